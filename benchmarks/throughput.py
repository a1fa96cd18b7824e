"""Throughput: biaskit's per-article analysis against raw VADER over the same paragraphs.

    python benchmarks/throughput.py --data ../shared/data/allsides-articles/articles.jsonl

Reads the corpus once (ingest is timed apart), then in the same run times
(a) biaskit's analysis of every article in this process and
(b) vaderSentiment's polarity_scores on every scored paragraph of the same articles,
and prints both rates, their ratio, and everything as one JSON object at the end.

It also checks and times the pieces the ratio hides:

* biaskit's VADER pass (biaskit.vader, which keeps word valences) against vaderSentiment on
  every sentence biaskit scored: ``vader_mismatches`` must be 0; ``vader_pass_speedup`` is how
  much faster it is;
* the target-sentiment model: seconds spent on it inside (a), the number of (actor, sentence)
  targets it scored, and ``target_cost_vader_calls``, the cost of one target in units of one
  vaderSentiment call on one of these sentences (the goal is about three at most).
"""

from __future__ import annotations

import argparse
import json
import sys
import time


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", required=True, nargs="+", help="corpus files or folders (JSONL, CSV, text ...)")
    parser.add_argument("--limit", type=int, default=0, help="analyse at most this many articles (0: all)")
    args = parser.parse_args(argv)

    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from biaskit import lexicons
    from biaskit.analysis import Analyzer
    from biaskit.ingest import read_corpus
    from biaskit.types import Article

    lex = lexicons.load()
    t0 = time.perf_counter()
    articles = [a for a in read_corpus(args.data, lex.boilerplate) if isinstance(a, Article)]
    if args.limit:
        articles = articles[: args.limit]
    ingest_s = time.perf_counter() - t0
    if not articles:
        print("no articles found", file=sys.stderr)
        return 1
    paragraphs = [p.text for a in articles for p in a.paragraphs]
    words = sum(len(p.split()) for p in paragraphs)

    analyzer = Analyzer(lex)
    _ = analyzer.actors, analyzer.framing, analyzer.scorer, analyzer.target_model, analyzer.verb_classes
    target_time = [0.0, 0]
    scores_of = analyzer.target_scores

    def timed_target_scores(*a):
        t = time.perf_counter()
        out = scores_of(*a)
        target_time[0] += time.perf_counter() - t
        target_time[1] += len(out)
        return out

    analyzer.target_scores = timed_target_scores  # type: ignore[method-assign]
    t0 = time.perf_counter()
    records = 0
    for a in articles:
        records += len(analyzer.analyze(a).records)
    biaskit_s = time.perf_counter() - t0

    vader = SentimentIntensityAnalyzer()
    t0 = time.perf_counter()
    for p in paragraphs:
        vader.polarity_scores(p)
    vader_s = time.perf_counter() - t0

    from biaskit.segment import split_sentences
    from biaskit.vader import Vader

    sentences = [a.text[s:e] for a in articles for p in a.paragraphs for s, e in split_sentences(p.text, p.start)]
    t0 = time.perf_counter()
    reference = [vader.polarity_scores(x) for x in sentences]
    vader_sentence_s = time.perf_counter() - t0
    ours = Vader()
    t0 = time.perf_counter()
    mine = [ours.polarity_scores(x) for x in sentences]
    pass_s = time.perf_counter() - t0
    mismatches = sum(1 for a, b in zip(reference, mine) if a != b)
    per_call = vader_sentence_s / max(1, len(sentences))
    targets = target_time[1]

    n = len(articles)
    result = {
        "articles": n,
        "paragraphs": len(paragraphs),
        "words": words,
        "actor_paragraph_records": records,
        "ingest_seconds": round(ingest_s, 3),
        "biaskit_seconds": round(biaskit_s, 3),
        "vader_seconds": round(vader_s, 3),
        "articles_per_s": round(n / biaskit_s, 1),
        "vader_articles_per_s": round(n / vader_s, 1),
        "vader_ratio": round(biaskit_s / vader_s, 3),
        "vader_sentence_calls": analyzer.scorer.calls,
        "sentences": len(sentences),
        "vader_mismatches": mismatches,
        "vader_pass_speedup": round(vader_sentence_s / pass_s, 2) if pass_s else 0.0,
        "targets": targets,
        "target_seconds": round(target_time[0], 3),
        "target_cost_vader_calls": round(target_time[0] / targets / per_call, 2) if targets else 0.0,
    }
    print(f"articles: {n}  paragraphs: {len(paragraphs)}  words: {words}")
    print(f"biaskit analysis : {result['articles_per_s']:>8.1f} articles/s  ({biaskit_s:.2f} s)")
    print(f"raw VADER        : {result['vader_articles_per_s']:>8.1f} articles/s  ({vader_s:.2f} s)")
    print(f"ratio (biaskit time / VADER time): {result['vader_ratio']:.2f}")
    print(f"VADER pass: {mismatches} mismatches on {len(sentences)} sentences, {result['vader_pass_speedup']:.2f}x faster")
    print(f"target sentiment: {targets} targets in {target_time[0]:.2f} s, "
          f"{result['target_cost_vader_calls']:.2f} VADER sentence calls per target")
    print(json.dumps(result, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
