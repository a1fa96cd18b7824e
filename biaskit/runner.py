"""Where per-article analysis runs: in this process, in worker processes (joblib), or on a Dask
cluster. Every runner returns results in input order, so outputs are byte-identical whatever runs
them; only what is analysed crosses process boundaries (articles in, results out)."""

from __future__ import annotations

import gc
import logging
from collections import OrderedDict
from contextlib import contextmanager
from typing import Any, Callable, Iterator, Sequence

from biaskit.errors import UsageError
from biaskit.types import Article, ArticleResult, Problem

log = logging.getLogger("biaskit")

#: Articles sent to a worker at a time: large enough to amortise the hand-over, small enough to
#: keep every worker busy and memory flat.
CHUNK = 16


@contextmanager
def gc_paused() -> Iterator[None]:
    """Python's cycle collector paused for one batch of articles, then restored as it was.

    Analysing and handing over results allocate hundreds of thousands of small objects and no
    reference cycles, so the collector finds nothing, yet it would keep walking every object the
    process holds: while results pile up (a batch being unpickled, a caller collecting them all)
    that made up to a sixth of the run. Batches are bounded, so memory is unaffected."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


_frozen_depth = 0


@contextmanager
def frozen_heap() -> Iterator[Callable[[], None]]:
    """For one run: a function that moves every object alive into Python's permanent generation,
    where the cycle collector no longer walks it; everything moves back when the run ends.

    A run's main process keeps growing state (the aggregates) while it makes and drops many small
    objects (rows, pages, charts). Each collection walked the whole state again, which cost a
    sixth of a large report. Settling after each article collects what is new (page templates
    leave reference cycles behind) and freezes what survives, so the state is walked once and
    no garbage is kept. When something else froze objects first, or the collector is off, this
    does nothing."""
    global _frozen_depth
    if _frozen_depth == 0 and (gc.get_freeze_count() or not gc.isenabled()):
        yield lambda: None
        return

    def settle() -> None:
        gc.collect()  # walks only what is new since the last settle: the rest is frozen
        gc.freeze()

    _frozen_depth += 1
    try:
        yield settle
    finally:
        _frozen_depth -= 1
        if _frozen_depth == 0:
            gc.unfreeze()


def analyze_batch(articles: Sequence[Article], overlays: tuple[str, ...],
                  unresolved: bool) -> list[ArticleResult | Problem]:
    """Analyse articles with this process's analyzer (built once per process and reused). An
    article whose analysis fails becomes a Problem naming it: the rest of the corpus goes on."""
    from biaskit.analysis import get_analyzer

    analyzer = get_analyzer(tuple(overlays))
    out: list[ArticleResult | Problem] = []
    with gc_paused():
        for a in articles:
            try:
                out.append(analyzer.analyze(a, unresolved))
            except Exception as exc:  # noqa: BLE001 - one article must not end a long run
                out.append(Problem(a.source, f"analysis of article {a.id!r} failed ({type(exc).__name__}: {exc}); "
                                             "please report this with the article"))
    return out


def call_pickled(blob: bytes) -> bytes:
    """Run ``func(batch, *args)`` from one plain pickle and give its result as one: what a worker
    process takes and gives back. Process pools pickle what crosses with cloudpickle, whose
    per-object hook costs more than the plain pickle of the same articles and results; handing
    over bytes leaves it one object to pass."""
    import pickle

    with gc_paused():
        func, batch, args = pickle.loads(blob)
        return pickle.dumps(func(batch, *args), protocol=pickle.HIGHEST_PROTOCOL)


def _chunks(items: Sequence[Any], n: int) -> list[Sequence[Any]]:
    return [items[i:i + n] for i in range(0, len(items), n)]


#: Results of recent articles kept for their copies (a wire story repeated by other outlets).
RECENT = 256


def content_key(article: Article) -> tuple[Any, ...]:
    """Everything the analysis of an article reads, apart from its labels (id, outlet, title,
    source, URL): two articles with the same key get the same scores."""
    return article.text, article.date, tuple((p.start, p.end, p.kind) for p in article.paragraphs), article.dropped


def relabel(result: ArticleResult | Problem, source: Article, article: Article) -> ArticleResult | Problem:
    """The result of ``source``'s analysis given to ``article``, a copy of it under other labels."""
    from dataclasses import replace

    if isinstance(result, Problem):
        return Problem(article.source, result.message.replace(repr(source.id), repr(article.id), 1))
    return replace(result, id=article.id, outlet=article.outlet, title=article.title, source=article.source,
                   url=article.url,
                   records=tuple(replace(r, article=article.id, outlet=article.outlet) for r in result.records))


class SerialRunner:
    """Analysis in this process. ``submit`` hands over a batch and returns a function that gives
    its results: other runners start the work at once, so the caller can use the results of one
    batch while the next is being analysed. Every runner analyses an article once even when the
    corpus holds copies of it (the same text, date and boilerplate under another outlet, in the
    same batch or among the last ``RECENT`` articles): a copy gets the first one's result under
    its own labels, the same result its own analysis would give."""

    jobs = 1

    def __init__(self, overlays: tuple[str, ...], unresolved: bool) -> None:
        self.overlays, self.unresolved = overlays, unresolved
        self._recent: OrderedDict[tuple[Any, ...], tuple[Article, ArticleResult | Problem]] = OrderedDict()

    def submit(self, articles: Sequence[Article]) -> Callable[[], list[ArticleResult | Problem]]:
        keys = [content_key(a) for a in articles]
        first: dict[tuple[Any, ...], int] = {}
        unique: list[Article] = []
        for a, k in zip(articles, keys):
            if k not in first and k not in self._recent:
                first[k] = len(unique)
                unique.append(a)
        get = self._analyze(unique) if unique else list
        earlier = {k: self._recent[k] for k in keys if k not in first}  # kept now: the cache moves on

        def results() -> list[ArticleResult | Problem]:
            done = get()
            out: list[ArticleResult | Problem] = []
            for a, k in zip(articles, keys):
                source, result = (unique[first[k]], done[first[k]]) if k in first else earlier[k]
                out.append(result if source is a else relabel(result, source, a))
            for k, i in first.items():
                self._recent[k] = (unique[i], done[i])
                self._recent.move_to_end(k)
            while len(self._recent) > RECENT:
                self._recent.popitem(last=False)
            return out

        return results

    def _analyze(self, articles: list[Article]) -> Callable[[], list[ArticleResult | Problem]]:
        """Start the analysis of articles that are no copies; the function returned gives their results."""
        return lambda: analyze_batch(articles, self.overlays, self.unresolved)

    def map(self, articles: Sequence[Article]) -> list[ArticleResult | Problem]:
        return self.submit(articles)()

    def prepare(self) -> None:
        """Build the analyzer of every process that analyses and wait until they are ready: keeps
        start-up out of a timing (a run does not need it)."""
        from biaskit.analysis import get_analyzer

        get_analyzer(self.overlays).load()

    def apply(self, func: Callable[..., Any], batches: Sequence[Any], *args: Any) -> list[Any]:
        """``[func(batch, *args) for batch in batches]``, spread over the workers where there are
        any (``func`` must be importable by name; used for the per-group statistics)."""
        return [func(b, *args) for b in batches]

    def close(self) -> None:
        pass

    def __enter__(self) -> "SerialRunner":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@contextmanager
def responsive_threads(interval: float = 0.0002) -> Iterator[None]:
    """Other threads of this process get the interpreter within ``interval`` seconds of asking
    for it, then the previous interval is restored. While this process analyses, the thread
    that receives a worker's results must get a turn between the pieces of each result, or
    the worker waits on its pipe: at Python's default (5 ms) that left it idle a tenth of the
    time."""
    import sys

    was = sys.getswitchinterval()
    sys.setswitchinterval(min(was, interval))
    try:
        yield
    finally:
        sys.setswitchinterval(was)


def _prepared(_: Any, overlays: tuple[str, ...]) -> int:
    """Build every part of this worker's analyzer, holding the worker a moment so that the others
    take the same task (one per worker)."""
    import os
    import time

    from biaskit.analysis import get_analyzer

    get_analyzer(overlays).load()
    time.sleep(0.2)
    return os.getpid()


class _Task:
    """``func(batch, *args)`` queued for the workers (``future``); run here instead when this
    process takes it over."""

    __slots__ = ("func", "batch", "args", "future", "done", "result")

    def __init__(self, func: Callable[..., Any], batch: Any, args: tuple[Any, ...], future: Any) -> None:
        self.func, self.batch, self.args, self.future = func, batch, args, future
        self.done = False
        self.result: Any = None

    def run(self) -> None:
        self.result, self.done = self.func(self.batch, *self.args), True


class JoblibRunner(SerialRunner):
    """``jobs`` processes for the analysis: this one and ``jobs - 1`` workers (joblib's loky
    executor), kept for the whole run. Every batch is split into tasks queued for the workers at
    once, in order, so they never wait on this process. This process, whenever it needs a result
    no worker has given yet, runs a task itself: the last one queued that no worker has started
    (the workers go on from the front); when every task left is with a worker, the last of those
    while no worker has started it yet (both results are the same), so the end of a run does not
    wait on a worker's backlog. Only the workers' results cross a process boundary."""

    def __init__(self, overlays: tuple[str, ...], unresolved: bool, jobs: int) -> None:
        from joblib.externals.loky import get_reusable_executor

        super().__init__(overlays, unresolved)
        self.jobs = jobs
        self.workers = max(1, jobs - 1)
        self._executor = get_reusable_executor(max_workers=self.workers)
        self._tasks: list[_Task] = []  # queued and not finished yet, in order
        self._lost = False  # whether a worker of this pool died (and it was said)

    def prepare(self) -> None:
        super().prepare()
        for f in [self._submit(_prepared, (), (self.overlays,)) for _ in range(self.workers)]:
            f.result()

    def _analyze(self, articles: list[Article]) -> Callable[[], list[ArticleResult | Problem]]:
        if len(articles) <= CHUNK:
            return super()._analyze(articles)
        get = self._share(analyze_batch, _chunks(articles, CHUNK), self.overlays, self.unresolved)
        return lambda: [r for part in get() for r in part]

    def apply(self, func: Callable[..., Any], batches: Sequence[Any], *args: Any) -> list[Any]:
        return self._share(func, batches, *args)()

    def _share(self, func: Callable[..., Any], batches: Sequence[Any], *args: Any) -> Callable[[], list[Any]]:
        """Queue ``func(batch, *args)`` for every batch; the function returned gives the results in order."""
        with gc_paused():
            tasks = [_Task(func, b, args, self._submit(func, b, args)) for b in batches]
        self._tasks = self._unfinished() + tasks

        def results() -> list[Any]:
            with gc_paused(), responsive_threads():  # results are unpickled or made here, in order
                return [self._result(t) for t in tasks]

        return results

    def _submit(self, func: Callable[..., Any], batch: Any, args: tuple[Any, ...]) -> Any:
        """Queue ``func(batch, *args)`` for a worker, as one plain pickle; a pool whose worker died
        is replaced by a new one first."""
        import pickle
        from concurrent.futures import BrokenExecutor

        from joblib.externals.loky import get_reusable_executor

        blob = pickle.dumps((func, batch, args), pickle.HIGHEST_PROTOCOL)
        try:
            return self._executor.submit(call_pickled, blob)
        except BrokenExecutor:
            self._executor, self._lost = get_reusable_executor(max_workers=self.workers), False
            return self._executor.submit(call_pickled, blob)

    def _result(self, task: _Task) -> Any:
        import pickle
        from concurrent.futures import BrokenExecutor, wait

        while not task.done:
            if task.future.done():
                try:
                    blob = task.future.result()
                except BrokenExecutor as exc:  # the worker died (out of memory, killed ...)
                    if not self._lost:
                        self._lost = True
                        log.warning("a worker process stopped (%s); what it had is analysed in this process",
                                    str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
                    task.run()
                else:
                    task.result, task.done = pickle.loads(blob), True
                break
            self._tasks = self._unfinished()  # holds ``task``
            idle = next((t for t in reversed(self._tasks) if t.future.cancel()), None)
            if idle is None and len(self._tasks) > self.workers:
                idle = self._tasks[-1]  # every task left is with a worker; no worker has started the last yet
            if idle is None:
                wait([task.future])  # each worker is on its last task
            else:
                idle.run()
        return task.result

    def _unfinished(self) -> list[_Task]:
        """The queued tasks whose result is neither made here nor given by a worker yet."""
        return [t for t in self._tasks if not (t.done or t.future.done())]

    def close(self) -> None:
        for t in self._tasks:  # a run that stopped early leaves no queued work behind
            t.future.cancel()
        self._tasks = []


class DaskRunner(SerialRunner):
    """Batches of articles as tasks on a Dask distributed cluster (``pip install biaskit[dask]``)."""

    def __init__(self, overlays: tuple[str, ...], unresolved: bool, scheduler: str | None) -> None:
        try:
            from dask.distributed import Client
        except ImportError:
            raise UsageError("the dask backend needs dask.distributed: pip install 'biaskit[dask]'") from None
        super().__init__(overlays, unresolved)
        try:
            self.client = Client(scheduler) if scheduler else Client(processes=True, dashboard_address=None)
        except (OSError, TimeoutError) as exc:
            raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        except ValueError as exc:  # ("foo", "tcp://", "inproc://x": not an address distributed can parse)
            if not scheduler:
                raise
            raise UsageError(f"{scheduler!r} is not a Dask scheduler address (such as tcp://10.0.0.5:8786): {exc}") from None
        self.jobs = sum(self.client.nthreads().values()) or 1

    def _analyze(self, articles: list[Article]) -> Callable[[], list[ArticleResult | Problem]]:
        futures = self.client.map(analyze_batch, _chunks(list(articles), CHUNK), overlays=self.overlays,
                                  unresolved=self.unresolved, pure=False)

        def results() -> list[ArticleResult | Problem]:
            with gc_paused():
                return [r for part in self.client.gather(futures) for r in part]

        return results

    def apply(self, func: Callable[..., Any], batches: Sequence[Any], *args: Any) -> list[Any]:
        futures = [self.client.submit(func, b, *args, pure=False) for b in batches]
        with gc_paused():
            return self.client.gather(futures)

    def close(self) -> None:
        self.client.close()  # our connection; the cluster itself stays up when it is not ours


def make_runner(overlays: Sequence[str], unresolved: bool = False, jobs: int | None = 1,
                backend: str = "processes", scheduler: str | None = None) -> SerialRunner:
    """A runner for ``jobs`` processes (None or 0: all cores), or a Dask cluster (``backend="dask"``
    or a ``scheduler`` address)."""
    import os

    ov = tuple(overlays)
    if scheduler or backend == "dask":
        return DaskRunner(ov, unresolved, scheduler)
    if backend != "processes":
        raise UsageError(f"unknown backend {backend!r}; choose one of: processes, dask")
    n = jobs if jobs and jobs > 0 else (os.cpu_count() or 1)
    return SerialRunner(ov, unresolved) if n == 1 else JoblibRunner(ov, unresolved, n)
