"""Long documents: one article made of many against the same text as separate articles.

    python benchmarks/long_articles.py --data ../shared/data/allsides-articles/articles.jsonl

Reads the first articles of the corpus and, for each size (by default 10, 40 and 160 articles),
times biaskit's analysis of those articles one by one and of one article made of all their
paragraphs in order (a transcript, a book, a long report), and of one paragraph made of all their
sentences (a transcript without paragraph breaks). Actor resolution looks back over the
whole article, so the long one may cost somewhat more, but it should grow with the text's
length, not with its square: ``long_ratio`` and ``paragraph_ratio`` (the long article's and the
one paragraph's seconds over the separate articles' seconds) should stay near 1 as the size grows. It also times the smallest and the
next size's text as one paragraph without full stops (a scraped page, a transcript without
punctuation: one sentence of thousands of words): ``run_on_growth``, the second time over the
first divided by the ratio of their words, should stay near 1 too. ``hostile_growth`` does the
same for made-up text that opens things it never closes, at a size and four times it: a
paragraph of quotation marks, Markdown of unclosed brackets and backticks, an article naming
a new person in every paragraph, a transcript pasted as one paragraph, a body whose paragraph
breaks were dropped (with quotes left open) and a photo gallery that never ends. Prints one JSON
object.
"""

from __future__ import annotations

import argparse
import itertools
import json
import time


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", required=True, nargs="+", help="corpus files or folders (JSONL, CSV, text ...)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 40, 160], help="articles per long document")
    args = parser.parse_args(argv)

    from biaskit import lexicons
    from biaskit.analysis import get_analyzer
    from biaskit.ingest import read_corpus
    from biaskit.segment import join_paragraphs
    from biaskit.types import Article

    lex = lexicons.load()
    need = max(args.sizes)
    articles = [a for a in itertools.islice(read_corpus(args.data, lex.boilerplate), need * 2)
                if isinstance(a, Article)][:need]
    analyzer = get_analyzer()
    analyzer.analyze(articles[0])  # (loads the lexicons and the model outside the timings)
    rows = []
    for size in args.sizes:
        part = articles[:size]
        start = time.perf_counter()
        for a in part:
            analyzer.analyze(a)
        separate = time.perf_counter() - start
        body, spans = join_paragraphs([a.text[p.start:p.end] for a in part for p in a.paragraphs])
        long = Article(id=f"long-{size}", outlet="benchmark", title="", text=body, paragraphs=spans,
                       source="benchmark", date=None)
        start = time.perf_counter()
        analyzer.analyze(long)
        whole = time.perf_counter() - start
        body, spans = join_paragraphs([" ".join(a.text[p.start:p.end] for a in part for p in a.paragraphs)])
        flat = Article(id=f"paragraph-{size}", outlet="benchmark", title="", text=body, paragraphs=spans,
                       source="benchmark", date=None)
        start = time.perf_counter()
        analyzer.analyze(flat)
        one_paragraph = time.perf_counter() - start
        rows.append({"articles": len(part), "words": len(body.split()), "separate_seconds": round(separate, 3),
                     "long_seconds": round(whole, 3), "long_ratio": round(whole / separate, 2),
                     "paragraph_seconds": round(one_paragraph, 3), "paragraph_ratio": round(one_paragraph / separate, 2)})
        print(f"{len(part)} articles, {rows[-1]['words']} words: separate {separate:.2f} s, "
              f"as one article {whole:.2f} s ({whole / separate:.2f}x), "
              f"as one paragraph {one_paragraph:.2f} s ({one_paragraph / separate:.2f}x)")
    run_on = []
    for size in sorted(args.sizes)[:2]:
        text = " ".join(a.text[p.start:p.end] for a in articles[:size] for p in a.paragraphs)
        text = text.replace(".", ",").replace("?", ",").replace("!", ",")
        body, spans = join_paragraphs([text])
        one = Article(id=f"run-on-{size}", outlet="benchmark", title="", text=body, paragraphs=spans,
                      source="benchmark", date=None)
        start = time.perf_counter()
        analyzer.analyze(one)
        run_on.append((len(body.split()), time.perf_counter() - start))
        print(f"{size} articles as one sentence, {run_on[-1][0]} words: {run_on[-1][1]:.2f} s")
    growth = None
    if len(run_on) == 2:
        (w1, t1), (w2, t2) = run_on
        growth = round((t2 / t1) / (w2 / w1), 2)
    hostile = hostile_growth(analyzer)
    print(json.dumps({"sizes": rows, "long_ratio": rows[-1]["long_ratio"], "paragraph_ratio": rows[-1]["paragraph_ratio"],
                      "run_on_growth": growth,
                      "run_on_seconds": [round(t, 3) for _, t in run_on],
                      "hostile_growth": hostile}, sort_keys=True))
    return 0


def hostile_growth(analyzer) -> dict[str, float]:
    """For each kind of hostile text, the time at four times the size over the time at the size,
    divided by four: near 1 when the cost grows with the length, near 4 with its square."""
    import random
    import string

    from biaskit import lexicons
    from biaskit.ingest import _clean_markdown, drop_boilerplate
    from biaskit.segment import join_paragraphs, split_paragraphs
    from biaskit.types import Article

    def article(paragraphs: list[str]) -> Article:
        body, spans = join_paragraphs(paragraphs)
        return Article(id="hostile", outlet="benchmark", title="", text=body, paragraphs=spans,
                       source="benchmark", date=None)

    rules = lexicons.load().boilerplate
    rng = random.Random(0)
    names = ["".join(rng.choice(string.ascii_lowercase) for _ in range(7)).capitalize() for _ in range(8000)]
    kinds = {
        "quote_marks": (2500, lambda n: analyzer.analyze(article(['a"' * n]))),
        "markdown_brackets": (50_000, lambda n: _clean_markdown("Biden said this. " + "[" * n)),
        "markdown_backticks": (20_000, lambda n: _clean_markdown("Biden said this. " + "`x " * n)),
        "new_person_each_paragraph": (500, lambda n: analyzer.analyze(
            article([f"John {names[k]} said the plan was bad." for k in range(n)]))),
        # a transcript pasted as one paragraph: a new speaker with a role in every turn
        "transcript_one_paragraph": (500, lambda n: analyzer.analyze(
            article(["  ".join(f"JOHN {names[k].upper()}, NBC NEWS: He said the plan was bad." for k in range(n))]))),
        # a body whose paragraph breaks a scraper dropped, with quotation marks left open
        "glued_paragraphs": (20_000, lambda n: split_paragraphs("“The plan went on.And on " * n)),
        # a gallery caption that never gets its "Hide Caption N of M"
        "gallery_without_end": (20_000, lambda n: drop_boilerplate(["Photos: Hide Caption x " * n], rules)),
    }
    out = {}
    for kind, (size, run) in kinds.items():
        seconds = []
        for n in (size, 4 * size):
            start = time.perf_counter()
            run(n)
            seconds.append(time.perf_counter() - start)
        out[kind] = round(seconds[1] / max(seconds[0], 1e-9) / 4, 2)
        print(f"{kind}: {size} -> {4 * size}: {seconds[0]:.2f} s -> {seconds[1]:.2f} s (growth {out[kind]})")
    return out


if __name__ == "__main__":
    raise SystemExit(main())
