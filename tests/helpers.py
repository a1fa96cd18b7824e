"""Small builders shared by the tests."""

from biaskit.segment import join_paragraphs
from biaskit.types import Article


def article(paragraphs, title="", outlet="test-outlet", ident="a1", date=None):
    texts = ([title] if title else []) + list(paragraphs)
    body, spans = join_paragraphs(texts)
    if title:
        from dataclasses import replace

        spans = (replace(spans[0], kind="title"),) + spans[1:]
    return Article(id=ident, outlet=outlet, title=title, text=body, paragraphs=spans, source=ident, date=date)
