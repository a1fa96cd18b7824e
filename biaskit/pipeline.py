"""Pipeline: paths -> ingest -> analysis -> aggregation -> report, streaming one article at a time."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Sequence

from biaskit import __version__, lexicons
from biaskit.aggregate import LEVELS
from biaskit.errors import EmptyCorpusError, InputError, UsageError
from biaskit.runner import frozen_heap
from biaskit.types import ArticleResult, Problem

if TYPE_CHECKING:
    from biaskit.cache import ResultCache

log = logging.getLogger("biaskit")

#: Called after each article with (articles done, input bytes read, input bytes in all).
Progress = Callable[[int, int, int], None]


@dataclass
class RunResult:
    """What a report run produced: the summary data, the files written and the input problems."""

    summary: dict[str, Any]
    out: Path
    written: dict[str, Path] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return int(self.summary["corpus"]["articles"])


#: Articles analysed together (the unit handed to worker processes): bounds memory.
WINDOW = 256


def analyze_corpus(
    paths: Sequence[str | os.PathLike[str]],
    overlays: Sequence[str] = (),
    progress: Progress | None = None,
    unresolved: bool = False,
    cache: "ResultCache | None" = None,
    runner: Any = None,
    hashes: dict[str, str] | None = None,
) -> Iterator[ArticleResult | Problem]:
    """Results (and problems) for every article under ``paths``, in a stable order.

    With ``unresolved``, each result also lists the names no actor claimed (for curation). With a
    ``cache``, files and records whose bytes (and run context) were analysed before are not
    analysed again. A ``runner`` (biaskit.runner) spreads the analysis over processes or a
    cluster; results come out in the same order, whatever runs them. A ``hashes`` dictionary
    receives the SHA-256 of every file read, keyed by its path below the folder given.
    """
    from contextlib import nullcontext

    from biaskit.runner import SerialRunner

    lex = lexicons.load(tuple(overlays))  # a bad lexicon fails here, before any work
    # a runner made here is closed here; one given is the caller's to close
    with SerialRunner(tuple(overlays), unresolved) if runner is None else nullcontext(runner) as active:
        yield from _stream(paths, lex, progress, cache, active, hashes)


class _Slot:
    __slots__ = ("item", "record_key")

    def __init__(self, item: Any, record_key: str | None = None) -> None:
        self.item = item  # an Article still to analyse, an ArticleResult or a Problem
        self.record_key = record_key


def _stream(paths: Sequence[str | os.PathLike[str]], lex: Any, progress: Progress | None,
            cache: "ResultCache | None", runner: Any,
            hashes: dict[str, str] | None) -> Iterator[ArticleResult | Problem]:
    """Read files in order (each once; a JSON, JSON Lines or CSV file a piece at a time, after
    hashing it a chunk at a time when cached or pinned), reuse what the cache has, analyse the rest
    a window at a time."""
    from dataclasses import replace

    from biaskit.ingest import _read_file, _size, file_names, hashed_bytes, iter_files
    from biaskit.types import Article

    files = list(iter_files(paths))
    sizes = [_size(p) for _, p in files]
    total = sum(sizes)
    state = {"done": 0, "position": 0, "todo": 0}
    seen: dict[str, int] = {}
    window: list[_Slot] = []
    file_entries: list[tuple[str, int, int]] = []  # (file key, first slot, end slot) of whole files

    # A full window is handed to the runner at once and its results are used one window later,
    # so worker processes analyse the next window while this process writes out the last one.
    submitted: list[tuple[list[_Slot], list[tuple[str, int, int]], Callable[[], list[Any]]]] = []

    def submit() -> None:
        todo = [s.item for s in window if isinstance(s.item, Article)]
        submitted.append((list(window), list(file_entries), runner.submit(todo) if todo else list))
        window.clear()
        file_entries.clear()
        state["todo"] = 0

    def drain() -> Iterator[ArticleResult | Problem]:
        slots, entries, results = submitted.pop(0)
        todo = [s for s in slots if isinstance(s.item, Article)]
        if todo:
            for slot, result in zip(todo, results()):
                slot.item = result
                if cache is not None and slot.record_key and not isinstance(result, Problem):
                    cache.put(slot.record_key, [result])
        if cache is not None:
            for fkey, a, b in entries:
                cache.put(fkey, [slots[i].item for i in range(a, b)])
        for slot in slots:
            item = slot.item
            if isinstance(item, Problem):
                log.warning("skipped %s", item)
            else:
                n = seen.get(item.id, 0) + 1
                seen[item.id] = n
                if n > 1:  # two inputs with the same id: keep both, the later one renamed
                    new = f"{item.id}~{n}"
                    item = replace(item, id=new, records=tuple(replace(r, article=new) for r in item.records))
                state["done"] += 1
                if progress:
                    progress(state["done"], state["position"], total)
            yield item

    def flush() -> Iterator[ArticleResult | Problem]:
        submit()
        while len(submitted) > 1:
            yield from drain()

    before = 0
    for (root, path), size in zip(files, sizes):
        rel, outlet = file_names(root, path)
        fkey: str | None = None
        digest: str | None = None
        data: bytes | None = None  # the file's bytes when hashing read them (a JSON, JSON Lines or CSV file's never)
        if cache is not None or hashes is not None:
            try:
                digest, data = hashed_bytes(path)
            except (OSError, InputError):
                digest = None  # _read_file reports it
        if hashes is not None and digest is not None:
            name = rel  # relative: a baseline holds on another machine
            while name in hashes:
                name = f"{root.name}/{name}"
            hashes[name] = digest
        if cache is not None:
            fkey = cache.key(digest.encode("ascii"), rel, outlet) if digest is not None else None
            items = cache.get(fkey) if fkey else None
            if items is not None:
                window.extend(_Slot(it) for it in items)
                before += size
                state["position"] = before
                continue
        first = len(window)
        whole = True  # the file's slots all stay in one window: it can be cached as a whole
        pending: list[str] = []

        def reuse(raw: str) -> Any:
            assert cache is not None
            rkey = cache.key(raw.encode("utf-8"), "record", None)
            hit = cache.get(rkey)
            if hit is None:
                pending.append(rkey)  # the next article handed out is this record's
                return None
            return hit[0]

        for fraction, item in _read_file(path, rel, outlet, lex.boilerplate, reuse if cache is not None else None,
                                         data):
            if isinstance(item, Article):
                window.append(_Slot(item, pending.pop() if pending else None))
                state["todo"] += 1
            else:
                pending.clear()  # a record that became a problem: nothing to store
                window.append(_Slot(item))
            state["position"] = before + int(size * fraction)
            if state["todo"] >= WINDOW:
                whole = False
                yield from flush()
                first = 0
        if fkey and whole:
            file_entries.append((fkey, first, len(window)))
        before += size
        state["position"] = before
        if state["todo"] >= WINDOW or len(window) >= 4 * WINDOW:
            yield from flush()
    submit()
    while submitted:
        yield from drain()


def run_report(
    paths: Sequence[str | os.PathLike[str]],
    out: str | os.PathLike[str] = "reports",
    overlays: Sequence[str] = (),
    progress: Progress | None = None,
    level: str = "actor",
    cache: "ResultCache | None" = None,
    runner: Any = None,
) -> RunResult:
    """Analyse a corpus and write scores.csv, summary.json, charts and index.html into ``out``.

    ``level`` (actor, party, government or country) is the level the main chart shows.
    """
    from biaskit.compare import compare_outlets
    from biaskit.fsutil import atomic_write_bytes
    from biaskit.ingest import REPORT_MARKER
    from biaskit.report import TOP_ACTORS, ArticlePages, ScoresWriter, write_report
    from biaskit.sentiment import model_info

    if not paths:
        raise UsageError("no input paths given")
    if level not in LEVELS:
        raise UsageError(f"unknown level {level!r}; choose one of {', '.join(LEVELS)}")
    lex = lexicons.load(tuple(overlays))
    out_dir = Path(out)
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"output path {out_dir} exists and is not a folder")
    if any(Path(p).is_dir() and Path(p).resolve() == out_dir.resolve() for p in paths):
        raise UsageError(f"output folder {out_dir} is an input folder: its pages would be read as articles "
                         "next time; choose another with --out")
    _remove_leftovers(out_dir)
    atomic_write_bytes(out_dir / REPORT_MARKER, b"A biaskit report: not read as articles when inside a corpus.\n")
    writer = ScoresWriter(out_dir / "scores.csv", lex.frame_ids, {a.id: (a.name, a.kind) for a in lex.actors})
    stub = {"biaskit_version": __version__, "models": model_info(), "lexicons": lex.versions}
    pages = ArticlePages(out_dir, stub, {a.id: a.name for a in lex.actors})
    try:
        with frozen_heap() as settle:
            agg, summary, problems = collect(paths, overlays, progress, cache, runner, sinks=(writer.add, pages.add))
            settle()
            comparison = compare_outlets(agg, top=TOP_ACTORS, max_actors=TOP_ACTORS, runner=runner) \
                if len(agg.outlet_articles) > 1 else None
            if comparison is not None:
                summary["comparison"] = {k: comparison[k] for k in ("differences", "voice_tone_differences", "rankings",
                                                                     "map", "timeline")}
            settle()
            written = write_report(out_dir, summary, agg, lex.frames, level, comparison, pages.page_of)
        writer.commit()
        written.update({name: out_dir / name for name in pages.commit()})
    except BaseException:
        writer.abort()
        pages.abort()
        raise
    written["scores.csv"] = out_dir / "scores.csv"
    return RunResult(summary=summary, out=out_dir, written=dict(sorted(written.items())), problems=problems)


def _remove_leftovers(out: Path) -> None:
    """Temporary files and staging folders a killed run left in a report folder (a report folder
    serves one run at a time). The report itself is never touched here."""
    import shutil

    if not out.is_dir():
        return
    for p in sorted(out.glob(".*.tmp")) + sorted((out / "articles").glob(".*.tmp")):
        try:
            p.unlink()
        except OSError:
            pass
    for d in sorted(out.glob(".articles-*")):
        shutil.rmtree(d, ignore_errors=True)


def collect(
    paths: Sequence[str | os.PathLike[str]],
    overlays: Sequence[str] = (),
    progress: Progress | None = None,
    cache: "ResultCache | None" = None,
    runner: Any = None,
    sinks: Sequence[Callable[[ArticleResult], None]] = (),
    hashes: dict[str, str] | None = None,
) -> tuple[Any, dict[str, Any], list[Problem]]:
    """Analyse a corpus into an Aggregator, handing each result to ``sinks`` too (scores.csv, the
    article pages); returns the aggregator, the summary (as in summary.json) and the problems."""
    from biaskit.aggregate import Aggregator
    from biaskit.ingest import valid_text
    from biaskit.sentiment import model_info

    if not paths:
        raise UsageError("no input paths given")
    lex = lexicons.load(tuple(overlays))
    agg = Aggregator(lex.frame_ids, lex.actor_by_id)
    problems: list[Problem] = []
    with frozen_heap() as settle:
        for item in analyze_corpus(paths, overlays, progress, cache=cache, runner=runner, hashes=hashes):
            if isinstance(item, Problem):
                problems.append(item)
                continue
            agg.add(item)
            for sink in sinks:
                sink(item)
            settle()  # what the aggregates keep is not walked by the cycle collector again
        if not agg.articles:
            raise EmptyCorpusError([valid_text(str(p)) for p in paths], problems)
        summary = {"format_version": 1, "biaskit_version": __version__, "lexicons": lex.versions,
                   "models": model_info(), "inputs": [valid_text(str(p)) for p in paths], **agg.summary(runner),
                   "articles": agg.articles, "problems": [p.to_dict() for p in problems]}
        summary["corpus"]["problems"] = len(problems)
    return agg, summary, problems


def run_compare(
    paths: Sequence[str | os.PathLike[str]],
    overlays: Sequence[str] = (),
    progress: Progress | None = None,
    contrast: tuple[str, str] | None = None,
    top: int = 20,
    cache: "ResultCache | None" = None,
    runner: Any = None,
) -> RunResult:
    """Analyse a corpus and compare its outlets (see biaskit.compare); writes nothing."""
    from biaskit.compare import compare_outlets, known_names
    from biaskit.sentiment import model_info

    agg, _, problems = collect(paths, overlays, progress, cache, runner)
    if contrast is not None:
        known = known_names(agg)
        for name in contrast:
            if name not in known:
                close = sorted(k for k in known if name.lower() in k or k in name.lower())[:5]
                hint = f"; did you mean {', '.join(close)}?" if close else ""
                raise UsageError(f"--contrast: {name!r} is neither an actor nor a group in this corpus{hint}")
    summary = {"format_version": 1, "biaskit_version": __version__, "models": model_info(),
               **compare_outlets(agg, contrast, top, runner=runner), "problems": [p.to_dict() for p in problems]}
    return RunResult(summary=summary, out=Path("."), problems=problems)


def run_baseline(
    paths: Sequence[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    overlays: Sequence[str] = (),
    progress: Progress | None = None,
    cache: "ResultCache | None" = None,
    runner: Any = None,
) -> RunResult:
    """Write a baseline snapshot of a corpus's scores to ``out`` (atomically)."""
    from biaskit.fsutil import atomic_write_text
    from biaskit.regress import dumps, snapshot

    hashes: dict[str, str] = {}
    _, summary, problems = collect(paths, overlays, progress, cache, runner, hashes=hashes)
    doc = snapshot(summary, dict(sorted(hashes.items())))
    target = Path(out)
    if target.is_dir():
        raise UsageError(f"--out {target} is a folder; give a file name such as {target / 'baseline.json'}")
    atomic_write_text(target, dumps(doc))
    return RunResult(summary=doc, out=target, written={target.name: target}, problems=problems)


def run_check(
    paths: Sequence[str | os.PathLike[str]],
    baseline: str | os.PathLike[str],
    overlays: Sequence[str] = (),
    progress: Progress | None = None,
    tolerances: dict[str, float] | None = None,
    interval: bool = False,
    cache: "ResultCache | None" = None,
    runner: Any = None,
) -> tuple[Any, list[Problem]]:
    """Recompute a corpus's snapshot and compare it with a baseline (see biaskit.regress)."""
    from biaskit.regress import DEFAULT_TOLERANCES, compare, load_baseline, snapshot

    base = load_baseline(Path(baseline))  # a missing baseline fails before any work
    hashes: dict[str, str] = {}
    _, summary, problems = collect(paths, overlays, progress, cache, runner, hashes=hashes)
    now = snapshot(summary, dict(sorted(hashes.items())))
    return compare(base, now, tolerances or dict(DEFAULT_TOLERANCES), interval), problems
