"""Article text and metadata from an HTML page: paragraphs of the story, no scripts or navigation."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

# Containers whose text is never article text.
SKIP_TAGS = frozenset(
    "script style noscript template nav header footer aside form button select option svg "
    "canvas iframe object embed figcaption menu dialog".split()
)
# Tags that start or end a block of text (a paragraph boundary).
BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre section article main br hr "
    "table tr td th tbody thead caption figure address center".split()
)
HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())

# <meta> keys that carry each field, most specific first (Open Graph, then article:, then generic).
_META_FIELDS = {
    "title": ("og:title", "twitter:title", "title", "dc.title"),
    "outlet": ("og:site_name", "application-name", "publisher", "dc.publisher"),
    "date": (
        "article:published_time", "og:published_time", "datepublished", "date", "pubdate",
        "publish-date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date",
    ),
    "url": ("og:url",),
}


@dataclass
class HtmlDocument:
    """What was found in a page: blocks of text (with the tag that held them) and metadata."""

    blocks: list[tuple[str, str]] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    title_tag: str = ""
    canonical: str = ""
    time_datetime: str = ""

    def field(self, name: str) -> str:
        for key in _META_FIELDS.get(name, ()):
            value = self.meta.get(key, "").strip()
            if value:
                return value
        return ""


class _Extractor(HTMLParser):
    """Collects text blocks in three scopes: inside <article>, inside <main>, anywhere in <body>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.doc = HtmlDocument()
        self.scoped: dict[str, list[tuple[str, str]]] = {"article": [], "main": [], "all": []}
        self._skip = 0
        self._in_title = False
        self._depth = {"article": 0, "main": 0}
        self._buf: list[str] = []
        self._block_tag = "p"

    # -- structure -------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and "content" in a and key not in self.doc.meta:
                self.doc.meta[key] = a["content"]
            return
        if tag == "link" and "canonical" in a.get("rel", "").lower().split():
            self.doc.canonical = self.doc.canonical or a.get("href", "")
            return
        if tag == "time" and a.get("datetime") and not self.doc.time_datetime:
            self.doc.time_datetime = a["datetime"]
        if tag == "title":
            self._in_title = True
            return
        if tag in VOID_TAGS and tag not in BLOCK_TAGS:
            return
        if tag in SKIP_TAGS:
            self._flush()
            self._skip += 1
            return
        if tag in self._depth:
            self._flush()
            self._depth[tag] += 1
        if tag in BLOCK_TAGS:
            self._flush()
            self._block_tag = tag

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCK_TAGS:
            self._flush()
        elif tag in ("meta", "link"):
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
            return
        if tag in SKIP_TAGS:
            if self._skip:
                self._skip -= 1
            return
        if tag in BLOCK_TAGS or tag in self._depth:
            self._flush()
        if tag in self._depth and self._depth[tag]:
            self._depth[tag] -= 1

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.doc.title_tag += data
        elif not self._skip:
            self._buf.append(data)

    def close(self) -> None:
        super().close()
        self._flush()

    def _flush(self) -> None:
        if not self._buf:
            return
        text = " ".join("".join(self._buf).split())
        self._buf = []
        if not text:
            return
        block = (self._block_tag, text)
        self.scoped["all"].append(block)
        for scope, depth in self._depth.items():
            if depth:
                self.scoped[scope].append(block)


def parse_html(markup: str) -> HtmlDocument:
    """Parse a page; the story is the text inside <article>, else <main>, else the whole body."""
    parser = _Extractor()
    parser.feed(markup)
    parser.close()
    doc = parser.doc
    for scope in ("article", "main", "all"):
        if parser.scoped[scope]:
            doc.blocks = parser.scoped[scope]
            break
    doc.title_tag = " ".join(doc.title_tag.split())
    return doc


def looks_like_html(text: str) -> bool:
    """True for record text that is markup rather than prose (some feeds store HTML bodies)."""
    head = text.lstrip()[:2000].lower()
    return head.startswith("<") and any(t in head for t in ("<p", "<div", "<html", "<br", "<article"))
