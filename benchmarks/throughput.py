"""Throughput: biaskit's per-article analysis against raw VADER over the same paragraphs.

    python benchmarks/throughput.py --data ../shared/data/allsides-articles/articles.jsonl

Reads the corpus once (ingest is timed apart), then in the same run times
(a) biaskit's analysis of every article in this process (its serial runner, a window of
    articles at a time, as ``--jobs 1`` runs it) and
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
    parser.add_argument("--cache-rerun", action="store_true",
                        help="also time a cached first run and a re-run after changing one article (whole corpus)")
    parser.add_argument("--no-jobs", action="store_true", help="skip the --jobs 1 / --jobs 2 comparison")
    parser.add_argument("--memory", action="store_true",
                        help="also measure peak memory of a full run on the corpus and on it repeated 5x (JSONL data)")
    args = parser.parse_args(argv)

    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from biaskit import lexicons
    from biaskit.analysis import get_analyzer
    from biaskit.ingest import read_corpus
    from biaskit.pipeline import WINDOW
    from biaskit.runner import SerialRunner
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

    get_analyzer.cache_clear()
    analyzer = get_analyzer(()).load()  # the one the serial runner uses
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
    serial = SerialRunner((), False)
    for i in range(0, len(articles), WINDOW):
        records += sum(len(r.records) for r in serial.map(articles[i:i + WINDOW]))
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
    if not args.no_jobs:
        result.update(jobs_speedup(articles))
    result["help_seconds"] = help_seconds()
    if args.memory:
        result.update(memory_ratio(args.data, args.limit))
    if args.cache_rerun:
        result.update(cache_rerun(args.data))
        if len(args.data) == 1 and args.data[0].endswith(".jsonl"):  # the same corpus, one file per article
            result.update({f"{k}_per_file": v for k, v in cache_rerun(args.data, split=True).items()})
    print(f"articles: {n}  paragraphs: {len(paragraphs)}  words: {words}")
    print(f"biaskit analysis : {result['articles_per_s']:>8.1f} articles/s  ({biaskit_s:.2f} s)")
    print(f"raw VADER        : {result['vader_articles_per_s']:>8.1f} articles/s  ({vader_s:.2f} s)")
    print(f"ratio (biaskit time / VADER time): {result['vader_ratio']:.2f}")
    print(f"VADER pass: {mismatches} mismatches on {len(sentences)} sentences, {result['vader_pass_speedup']:.2f}x faster")
    print(f"target sentiment: {targets} targets in {target_time[0]:.2f} s, "
          f"{result['target_cost_vader_calls']:.2f} VADER sentence calls per target")
    print(json.dumps(result, sort_keys=True))
    return 0


def warm_up_articles(n: int = 64) -> list:
    """Small articles of their own, to start workers and build analyzers outside the timing
    without filling any sentence cache with the corpus's sentences."""
    from biaskit.segment import join_paragraphs
    from biaskit.types import Article

    out = []
    for i in range(n):
        body, spans = join_paragraphs([f"Warm-up paragraph {i}: officials said the plan would take {i} days."])
        out.append(Article(id=f"warm-up-{i}", outlet="warm-up", title="", text=body, paragraphs=spans, source="warm-up"))
    return out


def jobs_speedup(articles: list) -> dict:
    """Analysis time of the same articles in this process alone and in two processes (this one
    and a worker), each process starting with empty sentence caches (the warm-up articles share
    no sentence with the corpus)."""
    from biaskit.analysis import get_analyzer
    from biaskit.runner import JoblibRunner, SerialRunner

    warm = warm_up_articles()
    get_analyzer.cache_clear()
    serial = SerialRunner((), False)
    serial.prepare()  # build the analyzer outside the timing, as for the workers below
    serial.map(warm)
    t0 = time.perf_counter()
    one = serial.map(articles)
    one_s = time.perf_counter() - t0
    get_analyzer.cache_clear()  # this process analyses too: it starts with empty caches as well
    with JoblibRunner((), False, 2) as pool:
        pool.map(warm)
        pool.prepare()  # the worker has built its analyzer and is idle
        t0 = time.perf_counter()
        two = pool.map(articles)
        two_s = time.perf_counter() - t0
    same = one == two
    print(f"jobs: 1 process {one_s:.2f} s, 2 processes {two_s:.2f} s: {one_s / two_s:.2f}x (identical results: {same})")
    return {"jobs1_seconds": round(one_s, 3), "jobs2_seconds": round(two_s, 3),
            "jobs2_speedup": round(one_s / two_s, 3), "jobs2_identical": same}


def help_seconds(repeat: int = 5) -> float:
    """Median wall time of ``biaskit --help`` in a fresh interpreter."""
    import statistics
    import subprocess

    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "biaskit", "--help"], check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    value = statistics.median(times)
    print(f"biaskit --help: {value:.3f} s (median of {repeat})")
    return round(value, 3)


_PEAK = """
import json, resource, sys
from biaskit.pipeline import collect
from biaskit.runner import SerialRunner
agg, summary, problems = collect([sys.argv[1]], runner=SerialRunner((), False))
print(json.dumps({"articles": summary["corpus"]["articles"],
                  "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def memory_ratio(data: list[str], limit: int) -> dict:
    """Peak RSS of a full analysis and aggregation of the corpus, and of the corpus repeated five
    times as distinct articles, each in a fresh process."""
    import subprocess
    import tempfile
    from pathlib import Path

    src = Path(data[0])
    if src.suffix.lower() != ".jsonl":
        print("memory: needs a JSONL corpus", file=sys.stderr)
        return {}
    lines = [ln for ln in src.read_text(encoding="utf-8").splitlines() if ln.strip()]
    if limit:
        lines = lines[:limit]
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for times in (1, 5):
            path = Path(tmp) / f"x{times}.jsonl"
            with path.open("w", encoding="utf-8") as fh:
                for k in range(times):
                    for line in lines:
                        rec = json.loads(line)
                        for key in ("ID", "id"):
                            if key in rec:
                                rec[key] = f"{rec[key]}-{k}"
                        rec["title"] = f"{rec.get('title', '')} ({k})"
                        fh.write(json.dumps(rec) + "\n")
            run = subprocess.run([sys.executable, "-c", _PEAK, str(path)], check=True, capture_output=True, text=True)
            out[times] = json.loads(run.stdout.strip().splitlines()[-1])
    ratio = out[5]["peak_kb"] / out[1]["peak_kb"]
    print(f"memory: peak {out[1]['peak_kb'] / 1024:.0f} MB for {out[1]['articles']} articles, "
          f"{out[5]['peak_kb'] / 1024:.0f} MB for {out[5]['articles']}: {ratio:.2f}x")
    return {"peak_mb_1x": round(out[1]["peak_kb"] / 1024, 1), "peak_mb_5x": round(out[5]["peak_kb"] / 1024, 1),
            "mem_ratio_5x": round(ratio, 3)}


def cache_rerun(data: list[str], split: bool = False) -> dict:
    """Copy the corpus to a temporary folder (with ``split``, a JSONL corpus as one .json file per
    record), analyse it through an empty result cache, change one article (the first line of the
    first file, or the first file's text), analyse it again."""
    import shutil
    import tempfile
    from pathlib import Path

    from biaskit import lexicons
    from biaskit.cache import ResultCache, run_context
    from biaskit.ingest import iter_files
    from biaskit.pipeline import analyze_corpus

    with tempfile.TemporaryDirectory() as tmp:
        roots = []
        for i, d in enumerate(data):
            src = Path(d)
            dst = Path(tmp) / f"in{i}" / src.name
            if split:
                dst = Path(tmp) / f"in{i}" / "records"
                dst.mkdir(parents=True)
                for k, line in enumerate(src.read_text(encoding="utf-8").splitlines()):
                    if line.strip():
                        (dst / f"{k:06d}.json").write_text(line, encoding="utf-8")
            elif src.is_dir():
                shutil.copytree(src, dst)
            else:
                dst.parent.mkdir(parents=True)
                shutil.copy2(src, dst)
            roots.append(str(dst))
        ctx = run_context(lexicons.load(), False)
        t0 = time.perf_counter()
        first = ResultCache(Path(tmp) / "cache", ctx)
        n = sum(1 for _ in analyze_corpus(roots, cache=first))
        first_s = time.perf_counter() - t0
        _, target = next(iter(iter_files(roots)))
        text = target.read_text(encoding="utf-8", errors="replace")
        if target.suffix.lower() in (".jsonl", ".json"):
            head, _, rest = text.partition("\n")
            rec = json.loads(head)
            for k in ("content_original", "text", "content", "body"):
                if isinstance(rec.get(k), str):
                    rec[k] += " Officials praised the outcome."
                    break
            text = json.dumps(rec) + ("\n" + rest if rest else "")
        else:
            text += "\n\nOfficials praised the outcome.\n"
        target.write_text(text, encoding="utf-8")
        t0 = time.perf_counter()
        second = ResultCache(Path(tmp) / "cache", ctx)
        sum(1 for _ in analyze_corpus(roots, cache=second))
        rerun_s = time.perf_counter() - t0
    print(f"cache{' (one file per article)' if split else ''}: first run {first_s:.2f} s ({n} items), "
          f"re-run after changing one article {rerun_s:.2f} s "
          f"({rerun_s / first_s:.1%} of the first run; {second.hits} cache hits, {second.misses} misses)")
    return {"cache_first_seconds": round(first_s, 3), "cache_rerun_seconds": round(rerun_s, 3),
            "cache_rerun_ratio": round(rerun_s / first_s, 4), "cache_rerun_hits": second.hits,
            "cache_rerun_misses": second.misses}


if __name__ == "__main__":
    sys.exit(main())
