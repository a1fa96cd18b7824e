"""Command line: a thin typer layer; each command makes one library call and prints its result.

Library modules are imported inside the commands so ``biaskit --help`` stays fast.
"""

from __future__ import annotations

import logging
import re
import sys
import time
from enum import Enum
from pathlib import Path
from typing import Any, List, Optional, Tuple

import typer

from biaskit import __version__
from biaskit.aggregate import LEVELS

app = typer.Typer(
    name="biaskit",
    help="Media-bias and sentiment analysis: sentiment toward each actor, framing and sourcing, per outlet.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


#: The levels a report can show, as typer choices.
Level = Enum("Level", {lv: lv for lv in LEVELS}, type=str)  # type: ignore[misc]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"biaskit {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """Media-bias and sentiment analysis: sentiment toward each actor, framing and sourcing, per outlet."""
    # Every command prints the inputs it skipped itself, once, after its run: the library's log
    # of them (for programs using biaskit) stays out of the terminal.
    logging.basicConfig(level=logging.ERROR, format="%(message)s")


def _fail(message: str, code: int = 1) -> None:
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(code)


class _ProgressLine:
    """A one-line progress display on a terminal: share of input read, articles, rate and ETA."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.start = time.monotonic()
        self.last = 0.0
        self.shown = False

    def __call__(self, done: int, read: int, total: int) -> None:
        now = time.monotonic()
        if not self.enabled or now - self.last < 0.2:
            return
        self.last = now
        elapsed = max(now - self.start, 1e-9)
        rate = done / elapsed
        share = read / total if total else 0.0
        eta = ""
        if share > 0.01:
            remaining = elapsed * (1 - share) / share
            eta = f", ETA {int(remaining // 60)}:{int(remaining % 60):02d}"
        width = 24
        filled = int(width * share)
        bar = "#" * filled + "-" * (width - filled)
        sys.stderr.write(f"\r[{bar}] {share:4.0%} {done} articles, {rate:.0f}/s{eta}   ")
        sys.stderr.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            sys.stderr.write("\n")
            sys.stderr.flush()


def _overlays(folders: Optional[List[Path]]) -> tuple[str, ...]:
    return tuple(str(p) for p in folders or ())


def _cache(enabled: bool, folder: Optional[Path], overlays: tuple[str, ...], unresolved: bool = False) -> Any:
    """The result cache for a run, or None with --no-cache."""
    if not enabled:
        return None
    import os

    from biaskit import lexicons as lex_mod
    from biaskit.cache import ResultCache, default_dir, run_context

    where = folder or Path(os.environ.get("BIASKIT_CACHE_DIR") or default_dir())
    return ResultCache(where, run_context(lex_mod.load(overlays), unresolved))


# Options several commands share (typer reads them as defaults; declaring them once keeps the help alike).
_LEXICONS = typer.Option(None, "--lexicons", help="Folder of your own lexicon TOML files, laid over the built-in ones (repeatable).")
_CACHE = typer.Option(True, "--cache/--no-cache", help="Reuse the results of files analysed before (keyed by their bytes and the lexicon and model versions).")
_CACHE_DIR = typer.Option(None, "--cache-dir", help="Folder of the result cache (default: $BIASKIT_CACHE_DIR or ~/.cache/biaskit).")
_QUIET = typer.Option(False, "--quiet", "-q", help="No progress bar.")
_JOBS = typer.Option(0, "--jobs", "-j", min=0, help="Processes for the analysis: this one and N-1 workers (0: all cores; 1: this process only).")
_BACKEND = typer.Option("processes", "--backend", help="Where the analysis runs: processes (joblib) or dask.")
_SCHEDULER = typer.Option(None, "--scheduler", help="Address of a Dask scheduler to run on (implies --backend dask), e.g. tcp://10.0.0.5:8786.")


def _runner(jobs: int, backend: str, scheduler: Optional[str], overlays: tuple[str, ...],
            unresolved: bool = False) -> Any:
    from biaskit.errors import BiaskitError
    from biaskit.runner import make_runner

    try:  # make_runner checks the backend and reaches the scheduler: its errors are usage errors
        return make_runner(overlays, unresolved, jobs or None, backend, scheduler)
    except BiaskitError as exc:
        typer.echo(f"Error: {exc}", err=True)
        raise typer.Exit(2)


def _run_with_progress(call: Any, quiet: bool) -> Any:
    """Run a library call with a progress line; print its skipped inputs; turn its errors into exits."""
    from biaskit.errors import BiaskitError, EmptyCorpusError

    progress = _ProgressLine(enabled=not quiet and sys.stderr.isatty())
    try:
        result = call(progress)
    except EmptyCorpusError as exc:
        progress.close()
        for p in exc.problems:
            typer.echo(_problem_line(p), err=True)
        _fail(str(exc))
    except BiaskitError as exc:
        progress.close()
        _fail(str(exc))
    progress.close()
    for p in result.problems:
        typer.echo(_problem_line(p), err=True)
    return result


def _problem_line(p: Any) -> str:
    """How a problem of the input is told on the terminal: what was skipped, or kept with a flaw."""
    return _shown(f"{'skipped' if p.skipped else 'warning'} {p}")


# Characters of outside text (file, outlet and actor names) that a terminal would act on rather
# than show: control characters (a newline would split a line a CI log reads as one; an escape
# sequence could move the cursor or retitle the window) and the marks that reverse text's direction.
_UNSHOWN = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _shown(text: str) -> str:
    """``text`` with those characters written as escapes ("\\n", "\\x1b", "\\u202e")."""
    return _UNSHOWN.sub(lambda m: repr(m.group())[1:-1], text)


def _actor_table(actors: list[dict[str, Any]], limit: int = 12) -> list[str]:
    if not actors:
        return ["No actors found."]
    width = max(len("actor"), *(len(a["name"]) for a in actors[:limit]))
    lines = [f"  {'actor':<{width}}  {'mentions':>8}  {'sentiment':>9}  95% interval"]
    for a in actors[:limit]:
        if a["sentiment"] is None:
            lines.append(f"  {a['name']:<{width}}  {a['mentions']:>8}  {'—':>9}  only in captions or boilerplate")
            continue
        lines.append(
            f"  {a['name']:<{width}}  {a['mentions']:>8}  {a['sentiment']:>+9.3f}  "
            f"{a['ci_low']:+.3f} … {a['ci_high']:+.3f}"
        )
    if len(actors) > limit:
        lines.append(f"  … and {len(actors) - limit} more actors in summary.json")
    return lines


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


@app.command()
def report(
    paths: List[Path] = typer.Argument(..., help="Files or folders of articles (.txt .md .html .json .jsonl .csv)."),
    out: Path = typer.Option(Path("reports"), "--out", "-o", help="Folder for index.html, scores.csv, summary.json and charts."),
    lexicons: Optional[List[Path]] = _LEXICONS,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary table."),
    level: Level = typer.Option(Level("actor"), "--level", help="Show the main chart per actor or rolled up to party, government or country."),
    cache: bool = _CACHE,
    cache_dir: Optional[Path] = _CACHE_DIR,
    jobs: int = _JOBS,
    backend: str = _BACKEND,
    scheduler: Optional[str] = _SCHEDULER,
) -> None:
    """Analyse articles and write an HTML report, charts, scores.csv and summary.json."""
    from biaskit.pipeline import run_report

    ov = _overlays(lexicons)
    with _runner(jobs, backend, scheduler, ov) as runner:
        result = _run_with_progress(
            lambda progress: run_report(paths, out, ov, progress, level.value, _cache(cache, cache_dir, ov), runner),
            quiet,
        )
    c = result.summary["corpus"]
    typer.echo(
        f"Analysed {_plural(c['articles'], 'article')} ({_plural(c['paragraphs'], 'paragraph')}, "
        f"{_plural(c['outlets'], 'outlet')}); {_plural(len(result.problems), 'problem')}; "
        f"{_plural(c['dropped_paragraphs'], 'boilerplate paragraph')} dropped"
        + (f", {_plural(c['boilerplate_cuts'], 'piece')} cut from paragraphs." if c["boilerplate_cuts"] else ".")
    )
    if not quiet:
        for line in _actor_table(result.summary["actors"]):
            typer.echo(line)
    charts = sum(1 for name in result.written if name.endswith(".png"))
    typer.echo(
        f"Wrote {result.out / 'index.html'}, scores.csv, summary.json and {_plural(charts, 'chart')} to {result.out}/"
    )


@app.command()
def actors(
    paths: List[Path] = typer.Argument(..., help="Files or folders of articles."),
    lexicons: Optional[List[Path]] = _LEXICONS,
    top: int = typer.Option(40, "--top", min=1, help="How many actors and unresolved names to list."),
    min_count: int = typer.Option(2, "--min-count", min=1, help="Least mentions for an unresolved name to be listed or suggested."),
    toml: bool = typer.Option(True, "--toml/--no-toml", help="Print ready-to-paste TOML entries for names the catalog lacks."),
    as_json: bool = typer.Option(False, "--json", help="Print the survey as one JSON object instead."),
    quiet: bool = _QUIET,
    cache: bool = _CACHE,
    cache_dir: Optional[Path] = _CACHE_DIR,
    jobs: int = _JOBS,
    backend: str = _BACKEND,
    scheduler: Optional[str] = _SCHEDULER,
) -> None:
    """List the actors a corpus names, how they were recognised, and what the catalog lacks."""
    import json

    from biaskit.curate import survey, toml_entries

    ov = _overlays(lexicons)
    with _runner(jobs, backend, scheduler, ov, unresolved=True) as runner:
        s = _run_with_progress(
            lambda progress: survey(paths, ov, progress, runner, _cache(cache, cache_dir, ov, unresolved=True)), quiet)
    if as_json:
        typer.echo(json.dumps(s.to_dict(min_count), indent=2, sort_keys=True, ensure_ascii=False))
        return
    rows = s.rows()
    typer.echo(f"{_plural(len(rows), 'actor')} in {_plural(s.articles, 'article')}.")
    if rows:
        width = max(len("actor"), *(len(_shown(r["name"])) + 2 * bool(r["discovered"]) for r in rows[:top]))
        typer.echo(f"  {'actor':<{width}}  {'kind':<12}  {'mentions':>8}  {'articles':>8}  recognised by")
        for r in rows[:top]:
            how = ", ".join(f"{k} {v}" for k, v in r["resolutions"].items())
            name = _shown(r["name"]) + (" *" if r["discovered"] else "")
            typer.echo(f"  {name:<{width}}  {r['kind']:<12}  {r['mentions']:>8}  {r['articles']:>8}  {how}")
        if any(r["discovered"] for r in rows[:top]):
            typer.echo("  * discovered: not in the catalog")
    unresolved = s.frequent_unresolved(min_count)
    if unresolved:
        typer.echo(f"Frequent names no actor claimed (at least {min_count} mentions):")
        for name, count, arts in unresolved[:top]:
            typer.echo(f"  {_shown(name)}: {count} mentions in {_plural(arts, 'article')}")
    if toml:
        entries = toml_entries(s, limit=top, min_count=min_count)
        if entries:
            typer.echo("\nCatalog entries to review and paste into an actors.toml passed with --lexicons:\n")
            typer.echo(entries, nl=False)


class By(str, Enum):
    outlet = "outlet"


@app.command()
def compare(
    paths: List[Path] = typer.Argument(..., help="Files or folders of articles."),
    by: By = typer.Option(By.outlet, "--by", help="What to compare."),
    contrast: Optional[Tuple[str, str]] = typer.Option(None, "--contrast", help="Two actors or groups (ids): sentiment toward A minus toward B per outlet, e.g. --contrast republican-party democratic-party."),
    top: int = typer.Option(20, "--top", min=1, help="How many of the most mentioned actors and groups to estimate per outlet."),
    lexicons: Optional[List[Path]] = _LEXICONS,
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
    quiet: bool = _QUIET,
    cache: bool = _CACHE,
    cache_dir: Optional[Path] = _CACHE_DIR,
    jobs: int = _JOBS,
    backend: str = _BACKEND,
    scheduler: Optional[str] = _SCHEDULER,
) -> None:
    """Compare outlets: estimates per outlet, tested differences, rankings, and a contrast A - B."""
    import json

    from biaskit.pipeline import run_compare

    pair = (contrast[0], contrast[1]) if contrast else None
    ov = _overlays(lexicons)
    with _runner(jobs, backend, scheduler, ov) as runner:
        result = _run_with_progress(
            lambda progress: run_compare(paths, ov, progress, pair, top, _cache(cache, cache_dir, ov), runner), quiet)
    if as_json:
        typer.echo(json.dumps(result.summary, indent=2, sort_keys=True, ensure_ascii=False))
        return
    s = result.summary
    typer.echo(f"{_plural(len(s['outlets']), 'outlet')}; {_plural(len(s['differences']), 'comparison')} of the "
               f"sentiment toward an actor tested, {sum(d['significant'] for d in s['differences'])} significant "
               f"after Benjamini-Hochberg (q < 0.05); each line: first outlet minus second.")
    _echo_differences(s["differences"], s["actor_names"])
    voiced = s["voice_tone_differences"]
    if voiced:
        typer.echo(f"Tone of what each actor is quoted saying: {_plural(len(voiced), 'comparison')} tested, "
                   f"{sum(d['significant'] for d in voiced)} significant (q < 0.05).")
        _echo_differences(voiced, s["actor_names"])
    if "contrast" in s:
        c = s["contrast"]
        typer.echo(_shown(f"Contrast {c['a']} - {c['b']} per outlet:"))
        for r in c["per_outlet"]:
            if r["difference"] is None:
                typer.echo(f"  {_shown(r['outlet'])}: not both named")
            else:
                flag = " (little data)" if r["low_data"] else ""
                typer.echo(f"  {_shown(r['outlet'])}: {r['difference']:+.3f} [{r['ci_low']:+.3f}, {r['ci_high']:+.3f}]{flag}")


def _echo_differences(rows: list, names: dict) -> None:
    """The 15 tested differences with the smallest q (then p), one line each: the first outlet's
    estimate minus the second's ("vs": an outlet's name may hold a dash)."""
    for d in sorted(rows, key=lambda d: (d["q"], d["p"], d["actor"], d["outlet_a"], d["outlet_b"]))[:15]:
        name = names.get(d["actor"], d["actor"])
        typer.echo(f"  {_shown(name)}: {_shown(d['outlet_a'])} vs {_shown(d['outlet_b'])}: {d['difference']:+.3f} "
                   f"(p = {d['p']:.3g}, q = {d['q']:.3g}, g = {'n/a' if d['hedges_g'] is None else format(d['hedges_g'], '+.2f')})")


@app.command()
def baseline(
    paths: List[Path] = typer.Argument(..., help="Files or folders of articles."),
    out: Path = typer.Option(Path("reports/baseline.json"), "--out", "-o", help="The baseline file to write."),
    lexicons: Optional[List[Path]] = _LEXICONS,
    cache: bool = _CACHE,
    cache_dir: Optional[Path] = _CACHE_DIR,
    quiet: bool = _QUIET,
    jobs: int = _JOBS,
    backend: str = _BACKEND,
    scheduler: Optional[str] = _SCHEDULER,
) -> None:
    """Pin a corpus's scores: write a sorted, versioned baseline snapshot for `biaskit check`."""
    from biaskit.pipeline import run_baseline

    ov = _overlays(lexicons)
    with _runner(jobs, backend, scheduler, ov) as runner:
        result = _run_with_progress(
            lambda progress: run_baseline(paths, out, ov, progress, _cache(cache, cache_dir, ov), runner), quiet)
    d = result.summary
    typer.echo(f"Wrote {out}: {_plural(len(d['articles']), 'article')}, {_plural(len(d['actors']), 'actor')}, "
               f"{_plural(len(d['outlets']), 'outlet')}, {_plural(len(d['inputs']), 'input file')}.")


@app.command()
def check(
    paths: List[Path] = typer.Argument(..., help="Files or folders of articles."),
    baseline_file: Path = typer.Option(Path("reports/baseline.json"), "--baseline", "-b", help="The baseline to compare with."),
    tolerance: Optional[List[str]] = typer.Option(None, "--tolerance", "-t", help="family=value, e.g. sentiment=0.02 (families: sentiment, share, rate, frame, count); repeatable."),
    config: Optional[Path] = typer.Option(None, "--config", help="TOML file with a [check.tolerances] table."),
    interval: bool = typer.Option(False, "--interval", help="A sentiment drifts only when it leaves the baseline's 95% interval."),
    junit: Optional[Path] = typer.Option(None, "--junit", help="Also write a JUnit XML report to this file."),
    as_json: bool = typer.Option(False, "--json", help="Print the result as one JSON object."),
    lexicons: Optional[List[Path]] = _LEXICONS,
    cache: bool = _CACHE,
    cache_dir: Optional[Path] = _CACHE_DIR,
    quiet: bool = _QUIET,
    jobs: int = _JOBS,
    backend: str = _BACKEND,
    scheduler: Optional[str] = _SCHEDULER,
) -> None:
    """Recompute a corpus's scores and compare them with a baseline: exit 0 unchanged, 1 drift, 2 errors."""
    import json

    from biaskit.errors import BiaskitError
    from biaskit.fsutil import atomic_write_text
    from biaskit.pipeline import run_check
    from biaskit.regress import junit_xml, load_tolerances

    ov = _overlays(lexicons)
    try:
        tol = load_tolerances(config, tolerance or ())
        progress = _ProgressLine(enabled=not quiet and sys.stderr.isatty())
        with _runner(jobs, backend, scheduler, ov) as runner:
            res, problems = run_check(paths, baseline_file, ov, progress, tol, interval, _cache(cache, cache_dir, ov),
                                      runner)
        progress.close()
        if junit is not None:
            atomic_write_text(junit, junit_xml(res))
    except BiaskitError as exc:
        typer.echo(f"Error: {exc}", err=True)
        raise typer.Exit(2)
    for p in problems:
        typer.echo(_problem_line(p), err=True)
    if as_json:
        typer.echo(json.dumps(res.to_dict(), indent=2, sort_keys=True, ensure_ascii=False))
        raise typer.Exit(0 if res.ok else 1)
    for w in res.warnings:
        typer.echo(_shown(f"warning: {w}"))
    for kind, store in (("added", res.added), ("removed", res.removed)):
        for section, keys in sorted(store.items()):
            if keys:
                typer.echo(_shown(f"{kind} {section}: {', '.join(keys[:10])}{' …' if len(keys) > 10 else ''}"))
    if res.changed_inputs:
        typer.echo(_shown(f"changed inputs: {', '.join(res.changed_inputs[:10])}{' …' if len(res.changed_inputs) > 10 else ''}"))
    metrics = sum(len(v) for v in res.checked.values())
    if res.ok:
        typer.echo(f"No drift: {_plural(metrics, 'metric')} in {_plural(len(res.checked), 'group')} within tolerance.")
        return
    typer.echo(f"{_plural(len(res.drifts), 'drift')} ({metrics} metrics checked):")
    typer.echo(f"  {'metric':<22} {'actor / article':<30} {'outlet':<22} {'baseline':>10} {'now':>10} {'delta':>9}")
    for d in res.drifts[:60]:
        def fmt(v: Any) -> str:
            return f"{v:.4f}" if isinstance(v, float) else ("—" if v is None else str(v))

        actor, outlet = {"actors": (d["key"], "—"), "outlets": ("—", d["key"]),
                         "actor_outlet": tuple(d["key"].split("|", 1)) if "|" in d["key"] else (d["key"], "—"),
                         }.get(d["section"], (f"article {d['key']}", "—"))
        actor, outlet = _shown(actor), _shown(outlet)
        typer.echo(f"  {d['metric']:<22} {actor[:30]:<30} {outlet[:22]:<22} {fmt(d['baseline'])[:10]:>10} "
                   f"{fmt(d['now'])[:10]:>10} {fmt(d['delta']):>9}")
    if len(res.drifts) > 60:
        typer.echo(f"  … and {len(res.drifts) - 60} more (--json lists all)")
    raise typer.Exit(1)


evaluate_app = typer.Typer(
    help="Measure biaskit's sentiment against human labels, next to plain VADER on the same items.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(evaluate_app, name="evaluate")
train_app = typer.Typer(help="Fit the models biaskit ships (needs the training data).", no_args_is_help=True,
                        rich_markup_mode=None)
app.add_typer(train_app, name="train")


def _evaluate(files: List[Path], read: Any, run: Any, as_json: bool, lines: Any = None) -> None:
    """Read every file with ``read``, evaluate the rows with ``run``, print the figures (or JSON)."""
    import json

    from biaskit.errors import BiaskitError
    from biaskit.evaluation import iter_lines

    try:
        report = run([row for f in files for row in read(f)])
    except BiaskitError as exc:
        _fail(str(exc))
    if as_json:
        typer.echo(json.dumps(report, indent=2, sort_keys=True))
        return
    for line in (lines or iter_lines)(report):
        typer.echo(line)


_JSON = typer.Option(False, "--json", help="Print one JSON object instead of a table.")


# name, what the files are, what is measured (the command's help), and the reader, evaluation
# and printer of biaskit.evaluation (None: the generic table).
_EVALUATIONS = (
    ("target-sentiment",
     "NewsMTSC JSONL files (the original form with polarity 2/4/6, or the -hf form with -1/0/1); several are evaluated together.",
     "Sentiment toward each labelled target: macro-F1, accuracy and confusion, biaskit and VADER.",
     "read_targets", "evaluate_targets", None),
    ("sentence-sentiment",
     "VADER ground-truth files: id, mean rating (-4..4) and text, tab-separated.",
     "Sentence sentiment against mean human ratings: Pearson r, macro-F1, accuracy, confusion.",
     "read_ratings", "evaluate_sentences", None),
    ("loaded-language",
     "BABE/MBIC CSV files (';'-separated, columns text, label_bias, biased_words).",
     "Loaded language against Biased/Non-biased labels: ROC AUC and recall of annotated words, biaskit and VADER.",
     "read_bias_sentences", "evaluate_loaded", "loaded_lines"),
    ("frames",
     "GVFC CSV files (news_title or headline, Q1 Relevant, Q3 Theme1, Q3 Theme2).",
     "Frames of gun-violence headlines (GVFC) against expert codes: per-frame precision, recall, F1.",
     "read_gvfc", "evaluate_frames", "frame_lines"),
)


def _evaluation_command(name: str, files_help: str, doc: str, read: str, run: str, lines: str | None) -> None:
    def command(files: List[Path] = typer.Argument(..., help=files_help), as_json: bool = _JSON) -> None:
        from biaskit import evaluation  # loaded only when the command runs

        _evaluate(files, getattr(evaluation, read), getattr(evaluation, run), as_json,
                  getattr(evaluation, lines) if lines else None)

    command.__doc__ = doc
    command.__name__ = "evaluate_" + name.replace("-", "_")
    evaluate_app.command(name)(command)


for _spec in _EVALUATIONS:
    _evaluation_command(*_spec)


@train_app.command("target-sentiment")
def train_target_sentiment(
    data: Path = typer.Argument(..., help="The NewsMTSC folder (with newsmtsc-rw/ and newsmtsc-mt/): train fits and selects, dev measures."),
    out: Path = typer.Option(Path(__file__).parent / "models" / "target_sentiment.npz", "--out", "-o", help="Where to write the model (.npz)."),
) -> None:
    """Fit the target-sentiment model on NewsMTSC train (its settings chosen on held-out folds of it) and measure it on dev."""
    import json

    from biaskit.errors import BiaskitError
    from biaskit.training import train_from

    try:
        meta = train_from(data, out)
    except BiaskitError as exc:
        _fail(str(exc))
    typer.echo(json.dumps(meta, indent=2, sort_keys=True))
    typer.echo(f"Wrote {out}")


@train_app.command("word-vectors")
def train_word_vectors(
    model: Path = typer.Argument(..., help="A sentence-transformers model folder on disk (all-MiniLM-L6-v2); nothing is downloaded."),
    data: Path = typer.Argument(..., help="The NewsMTSC folder: the words of its training split join the vocabulary."),
    source: str = typer.Option("sentence-transformers/all-MiniLM-L6-v2", "--source", help="The model's name, recorded in the file."),
    out: Path = typer.Option(Path(__file__).parent / "models" / "word_vectors.npz", "--out", "-o", help="Where to write the vectors (.npz)."),
) -> None:
    """Make the word vectors the target-sentiment model reads (needs the sentence-transformers
    package); retrain the model afterwards: it records which vectors it was trained on."""
    import json

    from biaskit.errors import BiaskitError
    from biaskit.training import build_vectors

    if not model.is_dir():
        _fail(f"{model}: not a model folder")
    try:
        vectors = build_vectors(model, data, source)
    except ImportError as exc:
        _fail(f"building word vectors needs sentence-transformers ({exc})")
    except BiaskitError as exc:
        _fail(str(exc))
    vectors.save(out)
    typer.echo(json.dumps({**vectors.meta, "digest": vectors.digest}, indent=2, sort_keys=True))
    typer.echo(f"Wrote {out}")


def main() -> None:
    """Console entry point."""
    app()
