"""The same per-article work in this process, in worker processes and on a Dask cluster."""

import re

import pytest

from biaskit.pipeline import analyze_corpus, collect, run_report
from biaskit.runner import CHUNK, SerialRunner, make_runner

N = 2 * CHUNK + 5  # more than one chunk per worker


def make(corpus):
    texts = {}
    for i in range(N):
        outlet = ("wire", "paper", "daily")[i % 3]
        texts[f"{outlet}/{i:03d}.txt"] = (f"Story {i}\n\nHamas praised the deal, officials said on day {i}. "
                                          f"Israel rejected the terrible plan.\n\n\"We will not stop,\" Netanyahu said.\n")
    return corpus(texts)


def test_process_pool_gives_the_same_results_in_the_same_order(corpus):
    root = make(corpus)
    serial = list(analyze_corpus([root]))
    with make_runner((), jobs=2) as runner:
        assert runner.jobs == 2
        parallel = list(analyze_corpus([root], runner=runner))
    assert parallel == serial


def test_report_bytes_do_not_depend_on_jobs(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr("biaskit.aggregate.SUMMARY_BATCH", 3)  # the groups' statistics in many worker tasks
    root = make(corpus)
    run_report([root], tmp_path / "one", runner=SerialRunner((), False))
    with make_runner((), jobs=2) as runner:
        run_report([root], tmp_path / "two", runner=runner)
    for name in ("scores.csv", "summary.json", "index.html", "outlets.html", "articles/article_0007.html"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_dask_local_cluster_equals_serial(corpus):
    distributed = pytest.importorskip("dask.distributed")
    root = make(corpus)
    serial = list(analyze_corpus([root]))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        with make_runner((), scheduler=cluster.scheduler_address) as runner:
            assert runner.jobs == 2
            remote = list(analyze_corpus([root], runner=runner))
            _, remote_summary, _ = collect([root], runner=runner)  # the groups' statistics on the cluster too
    assert remote == serial
    assert remote_summary == collect([root])[1]


def test_unknown_backend_and_unreachable_scheduler():
    from biaskit.errors import UsageError

    with pytest.raises(UsageError, match="unknown backend"):
        make_runner((), backend="threads")


@pytest.mark.parametrize("address", ["foo", "tcp://"])
def test_a_scheduler_address_distributed_cannot_parse_is_a_usage_error(address):
    pytest.importorskip("dask.distributed")
    from biaskit.errors import UsageError

    with pytest.raises(UsageError, match=f"^{re.escape(repr(address))} is not a Dask scheduler address"):
        make_runner((), scheduler=address)


def test_gc_pause_restores_the_collector_as_it_was():
    import gc

    from biaskit.runner import gc_paused

    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():  # nested batches leave it off until the outer one ends
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError):
        with gc_paused():
            raise ValueError("a failing batch")
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # a caller that turned it off keeps it off
    finally:
        gc.enable()


def test_frozen_heap_keeps_no_garbage_and_thaws_when_the_run_ends():
    import gc
    import weakref

    from biaskit.runner import frozen_heap

    class Node:
        pass

    assert gc.get_freeze_count() == 0
    kept = []
    with frozen_heap() as settle:
        for _ in range(3):
            a, b = Node(), Node()
            a.other, b.other = b, a  # a reference cycle, dropped at once: garbage
            gone = weakref.ref(a)
            del a, b
            kept.append(Node())  # state that lives on
            settle()
            assert gone() is None  # collected, not frozen with the survivors
            assert gc.get_freeze_count() >= len(kept)
        with frozen_heap() as inner:  # a nested run settles too and leaves the thaw to the outer one
            inner()
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


def test_frozen_heap_leaves_someone_elses_freeze_alone():
    import gc

    from biaskit.runner import frozen_heap

    gc.freeze()
    try:
        before = gc.get_freeze_count()
        with frozen_heap() as settle:
            settle()
        assert gc.get_freeze_count() == before  # neither frozen more nor thawed
    finally:
        gc.unfreeze()


def _article(ident, outlet, text, title="", date="2024-05-01"):
    from biaskit.segment import join_paragraphs
    from biaskit.types import Article

    body, spans = join_paragraphs(text.split("\n\n"))
    return Article(id=ident, outlet=outlet, title=title, text=body, paragraphs=spans, source=f"{outlet}/{ident}.txt",
                   date=date, url=f"https://{outlet}.example/{ident}")


def test_a_copy_of_an_article_is_analysed_once_and_scored_as_itself(monkeypatch):
    import biaskit.runner as runner_module
    from biaskit.analysis import analyze_article

    story = ("Hamas praised the deal, officials said. Israel rejected the terrible plan.\n\n"
             "\"We will not stop,\" Netanyahu said on Monday.")
    wire = _article("w1", "wire", story, title="Deal rejected")
    paper = _article("p7", "paper", story, title="Israel says no")  # the same story under another headline
    other = _article("d2", "daily", story.replace("Monday", "Tuesday"))
    later = _article("x9", "extra", story)
    analysed = []
    real = runner_module.analyze_batch

    def counting(batch, *args):
        analysed.extend(a.id for a in batch)
        return real(batch, *args)

    monkeypatch.setattr(runner_module, "analyze_batch", counting)
    runner = SerialRunner((), False)
    first = runner.map([wire, paper, other])
    second = runner.map([later])  # a copy in a later batch: the earlier result is reused too
    assert analysed == ["w1", "d2"]
    for got, article in zip(first + second, [wire, paper, other, later]):
        assert got == analyze_article(article)  # exactly what its own analysis gives
    assert {r.outlet for r in first[1].records} == {"paper"} and first[1].title == "Israel says no"


def test_copies_are_recognised_by_text_date_and_boilerplate():
    from biaskit.runner import content_key

    story = "Hamas praised the deal, officials said."
    a, b = _article("a", "one", story), _article("b", "two", story)
    assert content_key(a) == content_key(b)
    assert content_key(a) != content_key(_article("c", "two", story, date="2024-05-02"))


def _tagged(batch, tag):
    """A task for the runners: what it was given, and which process ran it."""
    import os

    return (batch, tag, os.getpid())


class _IdleExecutor:
    """An executor whose workers never start anything: every task stays queued."""

    def __init__(self):
        self.futures = []

    def submit(self, fn, *args):
        from concurrent.futures import Future

        self.futures.append(Future())
        return self.futures[-1]


def test_this_process_takes_the_last_queued_tasks_and_gives_results_in_order(monkeypatch):
    import os

    import biaskit.runner as runner_module

    ran = []
    real = runner_module._Task.run

    def noting(task):
        ran.append(task.batch)
        real(task)

    monkeypatch.setattr(runner_module._Task, "run", noting)
    runner = runner_module.JoblibRunner((), False, 2)
    runner._executor = idle = _IdleExecutor()
    assert runner.apply(_tagged, [0, 1, 2, 3], "t") == [(b, "t", os.getpid()) for b in range(4)]
    assert ran == [3, 2, 1, 0]  # from the back of the queue; the workers would go on from the front
    assert all(f.cancelled() for f in idle.futures)  # no worker will run them a second time
    runner.close()


def test_the_work_is_shared_between_this_process_and_a_worker():
    import os

    from biaskit.runner import _prepared

    with make_runner((), jobs=2) as runner:
        runner.prepare()  # the worker is up: it takes the first task at once
        pids = runner.apply(_prepared, [None] * 6, ())  # each holds its process 0.2 s
    assert os.getpid() in pids and len(set(pids)) == 2


def test_threads_get_their_turn_sooner_while_this_process_analyses_and_as_before_after():
    import sys

    from biaskit.runner import responsive_threads

    before = sys.getswitchinterval()
    with responsive_threads(0.0001):
        assert sys.getswitchinterval() == pytest.approx(0.0001)
    assert sys.getswitchinterval() == before


def test_prepare_builds_every_part_of_the_analyzer_before_the_first_article():
    from biaskit.analysis import get_analyzer

    get_analyzer.cache_clear()
    assert "target_model" not in vars(get_analyzer(()))  # parts are built when first needed ...
    SerialRunner((), False).prepare()
    assert {"framing", "actors", "scorer", "target_model", "verb_classes"} <= set(vars(get_analyzer(())))  # ... or now


def _dies_in_a_worker(batch, parent):
    """Doubles the batch in the main process (taking a moment, so the worker gets tasks too); a
    worker running it dies on the spot."""
    import os
    import time

    if os.getpid() != parent:
        os._exit(3)
    time.sleep(0.05)
    return batch * 2


def test_a_worker_that_dies_loses_no_work_and_the_next_batches_get_a_new_one(caplog):
    import os

    with make_runner((), jobs=2) as runner:
        runner.prepare()
        with caplog.at_level("WARNING", logger="biaskit"):
            assert runner.apply(_dies_in_a_worker, [1, 2, 3, 4, 5, 6], os.getpid()) == [2, 4, 6, 8, 10, 12]
        assert caplog.text.count("worker process stopped") == 1
        assert runner.apply(_dies_in_a_worker, [7, 8, 9], os.getpid()) == [14, 16, 18]
