"""Trying to break biaskit: fuzzed input files, kills mid-run, damaged caches, hostile ids."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biaskit import lexicons
from biaskit.cache import ResultCache, run_context
from biaskit.ingest import read_corpus
from biaskit.pipeline import analyze_corpus, run_report
from biaskit.types import Article, Problem

SUFFIXES = [".txt", ".md", ".html", ".json", ".jsonl", ".csv"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_in_any_format_never_crash_ingest(tmp_path_factory, data, suffix):
    root = tmp_path_factory.mktemp("fuzz")
    (root / f"f{suffix}").write_bytes(data)
    (root / "ok.txt").write_text("Hamas praised the deal.\n", encoding="utf-8")
    items = list(read_corpus([root], lexicons.load().boilerplate))
    assert any(isinstance(i, Article) and i.source == "ok.txt" for i in items)  # the rest is still read
    for p in items:
        if isinstance(p, Problem):
            assert p.path == f"f{suffix}" and p.message  # one clear line naming the file


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=st.lists(st.one_of(
    st.text(max_size=200),
    st.dictionaries(st.sampled_from(["id", "title", "text", "outlet", "date", "url"]),
                    st.one_of(st.text(max_size=120), st.integers(), st.none(), st.lists(st.integers(), max_size=3)),
                    max_size=6).map(json.dumps)), max_size=12))
def test_any_jsonl_records_are_scored_or_reported_by_line(tmp_path_factory, records):
    root = tmp_path_factory.mktemp("jsonl")
    (root / "feed.jsonl").write_text("\n".join(r.replace("\n", " ") for r in records) + "\n", encoding="utf-8")
    for item in analyze_corpus([root]):
        if isinstance(item, Problem):
            assert item.path == "feed.jsonl" and (item.line is None or 1 <= item.line <= len(records) + 1)
        else:
            assert -1.0 <= min([r.sentiment for r in item.records] or [0]) <= 1.0


def test_hostile_ids_cannot_write_outside_the_report(corpus, tmp_path):
    root = corpus({"feed.jsonl": "\n".join(json.dumps(r) for r in [
        {"id": "../../escape", "title": "<script>alert(1)</script>", "text": "Hamas praised the deal.", "outlet": "../../x"},
        {"id": "/etc/passwd", "title": "T", "text": "Israel rejected the plan.", "outlet": "a/b\\c"},
    ]) + "\n"})
    out = tmp_path / "out"
    run_report([root], out)
    written = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()}
    assert all(w.startswith(("out/", "corpus/")) for w in written), written
    assert not (tmp_path / "escape").exists() and not (tmp_path.parent / "escape").exists()


def test_input_order_does_not_change_the_outputs(corpus, tmp_path):
    a = corpus({"a/one.txt": "Hamas praised the deal.\n", "b/two.txt": "Israel rejected the plan.\n"})
    run_report([a / "b", a / "a"], tmp_path / "x")
    run_report([a / "a", a / "b"], tmp_path / "y")
    for name in ("scores.csv", "summary.json", "index.html", "articles/article_0001.html"):
        assert (tmp_path / "x" / name).read_bytes() != b""
    assert (tmp_path / "x" / "scores.csv").read_bytes() == (tmp_path / "y" / "scores.csv").read_bytes()
    x = json.loads((tmp_path / "x" / "summary.json").read_text())
    y = json.loads((tmp_path / "y" / "summary.json").read_text())
    x.pop("inputs"), y.pop("inputs")  # the paths as given are recorded as given
    assert x == y


def test_damaged_cache_entries_are_recomputed_not_trusted(corpus, tmp_path):
    root = corpus({"a.txt": "Hamas praised the deal.\n", "b.txt": "Israel rejected the plan.\n"})
    ctx = run_context(lexicons.load(), False)
    first = list(analyze_corpus([root], cache=ResultCache(tmp_path / "c", ctx)))
    for entry in (tmp_path / "c").rglob("*.pickle"):
        raw = bytearray(entry.read_bytes())
        raw[-5] ^= 0xFF  # one flipped bit near the end of the payload
        entry.write_bytes(bytes(raw))
    again = ResultCache(tmp_path / "c", ctx)
    second = list(analyze_corpus([root], cache=again))
    assert again.hits == 0 and second == first


KILL_SCRIPT = """
import sys
from biaskit.pipeline import run_report, run_baseline
run_report([sys.argv[1]], sys.argv[2])
run_baseline([sys.argv[1]], sys.argv[3])
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_runs_leave_the_previous_report_and_baseline_intact(corpus, tmp_path):
    texts = {f"o{i % 3}/{i:03d}.txt": f"Story {i}\n\nHamas praised the deal on day {i}. Israel rejected it.\n"
             for i in range(60)}
    root = corpus(texts)
    out, base = tmp_path / "out", tmp_path / "baseline.json"
    env = dict(os.environ, PYTHONHASHSEED="0")
    subprocess.run([sys.executable, "-c", KILL_SCRIPT, str(root), str(out), str(base)], check=True, env=env)
    names = ("index.html", "summary.json", "scores.csv", "actors.html", "articles/article_0001.html")
    before = {n: (out / n).read_bytes() for n in names}
    baseline = base.read_bytes()
    (root / "o0" / "000.txt").write_text("Changed\n\nEgypt hosted the talks.\n", encoding="utf-8")
    for delay in (0.5, 1.5, 2.5, 3.5, 5.0):
        proc = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, str(root), str(out), str(base)], env=env)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        for n in names:  # each file is the old one or a complete new one, never a torn one
            data = (out / n).read_bytes()
            if data != before[n]:
                assert n.endswith(".csv") or data.rstrip().endswith((b"</html>", b"}")), n
        json.loads((out / "summary.json").read_text(encoding="utf-8"))
        json.loads(base.read_text(encoding="utf-8"))
    assert json.loads(baseline)["format"] == "biaskit-baseline"
    # the next complete run clears what the killed ones left behind
    subprocess.run([sys.executable, "-c", KILL_SCRIPT, str(root), str(out), str(base)], check=True, env=env)
    assert [p.name for p in out.glob(".*")] == [".biaskit-report"]  # (the report folder's mark, no leftovers)
    assert not list((out / "articles").glob(".*"))


def test_a_hostile_corpus_is_read_with_one_problem_line_per_bad_file(corpus, tmp_path):
    root = corpus({
        "good.txt": "Hamas praised the deal.\n",
        "nul.txt": b"Hamas\x00\x00 praised\x00 the deal" * 50,
        "utf16.txt": "Israel rejected the plan.\n".encode("utf-16-le"),  # no BOM
        "utf16bom.txt": "Israel rejected the plan.\n".encode("utf-16"),
        "latin1.txt": "Jos\xe9 Mar\xeda praised the caf\xe9 deal.\n".encode("latin-1"),
        "cp1252.txt": "\x93Egypt hosted the talks,\x94 officials said.\n".encode("latin-1"),
        "empty.txt": b"",
        "binary.json": bytes(range(256)) * 40,
        "nested.html": "<html><body>" + "<div>" * 5000 + "<p>Hamas praised the deal.</p>" + "</div>" * 10 + "",
        "unclosed.html": "<html><body><p>Israel rejected the plan.<p>Egypt hosted talks.<div><span>",
        "bad.jsonl": '{"text": "Hamas praised the deal."}\n{oops\n[1, 2]\n{"title": "no text"}\n',
        "bad.csv": 'text,title\n"unclosed quote, here\nHamas praised the deal.,T\n',
        "huge.txt": "Hamas praised the deal " * 60_000,  # one 1.4 MB line
    })
    (root / "loop").symlink_to(root, target_is_directory=True)  # a link loop: never followed
    t0 = time.perf_counter()
    items = list(analyze_corpus([root]))
    assert time.perf_counter() - t0 < 60  # no hang
    problems = [i for i in items if isinstance(i, Problem)]
    scored = {i.source.split(":")[0] for i in items if not isinstance(i, Problem)}
    assert {"good.txt", "utf16bom.txt", "latin1.txt", "cp1252.txt", "nested.html", "unclosed.html", "bad.jsonl"} <= scored
    assert all(p.path and p.message and "\n" not in p.message for p in problems)
    reasons = {p.path: p.message for p in problems}
    assert "empty" in reasons["empty.txt"]
    assert "longer than" in reasons["huge.txt"]
    assert {p.line for p in problems if p.path == "bad.jsonl"} == {2, 3, 4}


def test_a_file_that_vanishes_mid_run_is_one_problem(corpus, monkeypatch):
    import biaskit.ingest as ingest

    root = corpus({"a.txt": "Hamas praised the deal.\n", "b.txt": "Israel rejected the plan.\n",
                   "c.txt": "Egypt hosted the talks.\n"})
    real = ingest._read_file

    def vanishing(path, *args, **kwargs):
        if path.name == "a.txt":
            (root / "b.txt").unlink()  # gone after the listing, before it is read
        return real(path, *args, **kwargs)

    monkeypatch.setattr(ingest, "_read_file", vanishing)
    items = list(analyze_corpus([root]))
    assert [type(i).__name__ for i in items] == ["ArticleResult", "Problem", "ArticleResult"]
    assert items[1].path == "b.txt" and "cannot read" in items[1].message


def test_a_file_that_loses_its_permission_mid_run_is_one_problem(corpus, monkeypatch):
    from pathlib import Path

    root = corpus({"a.txt": "Hamas praised the deal.\n", "b.txt": "Israel rejected the plan.\n"})
    real = Path.read_bytes

    def guarded(self):
        if self.name == "b.txt":  # as if its mode changed after the listing (root ignores chmod)
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", guarded)
    items = list(analyze_corpus([root]))
    assert [type(i).__name__ for i in items] == ["ArticleResult", "Problem"]
    assert items[1].path == "b.txt" and "Permission denied" in items[1].message


def test_lone_surrogates_and_undecodable_file_names_reach_every_output_replaced(corpus, tmp_path):
    """A JSON escape such as "\\ud800" is no character, and a file name's bytes that are not UTF-8
    are kept by Python as such surrogates: none of them can be written as UTF-8, so each becomes
    U+FFFD instead of ending the report with an encoding error."""
    from biaskit.pipeline import run_baseline

    root = corpus({"feed.jsonl": '{"id": "s\\ud800", "title": "Odd \\udfff title", "outlet": "Wire \\udc00",'
                                 ' "text": "Israel said \\ud800 the talks failed."}\n'})
    try:
        (root / os.fsdecode(b"Out\xfflet")).mkdir()
        (root / os.fsdecode(b"Out\xfflet") / os.fsdecode(b"a\xfe.txt")).write_text("Hamas rejected the plan.\n")
    except (OSError, UnicodeError):
        pytest.skip("this file system keeps only valid UTF-8 names")
    out = tmp_path / "out"
    result = run_report([root], out)
    assert result.problems == [] and result.articles == 2
    saved = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert sorted(o["name"] for o in saved["outlets"]) == ["Out\ufffdlet", "Wire \ufffd"]
    assert sorted((a["id"], a["title"]) for a in saved["articles"]) == [
        ("Out\ufffdlet/a\ufffd.txt", ""), ("feed.jsonl#s\ufffd", "Odd \ufffd title")]
    scores = (out / "scores.csv").read_text(encoding="utf-8")
    assert "Out\ufffdlet/a\ufffd.txt" in scores and "feed.jsonl#s\ufffd" in scores
    assert "Wire \ufffd" in (out / "outlets.html").read_text(encoding="utf-8")
    run_baseline([root], tmp_path / "baseline.json")
    assert "Out\ufffdlet/a\ufffd.txt" in (tmp_path / "baseline.json").read_text(encoding="utf-8")
