import json
import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

from biaskit.cache import ResultCache, run_context
from biaskit.cli import app
from biaskit.errors import UsageError
from biaskit.pipeline import analyze_corpus, run_baseline, run_check
from biaskit.regress import DEFAULT_TOLERANCES, load_tolerances

runner = CliRunner()
TEXTS = {
    "wire/a.txt": "Talks resume\n\nHamas praised the wonderful deal. Israel said talks went on.\n",
    "wire/b.txt": "Border news\n\nEgypt opened the crossing, officials said.\n",
    "paper/c.txt": "Strikes go on\n\nIsrael struck Hamas targets. Critics condemned the terrible attack.\n",
}


def test_baseline_is_sorted_versioned_and_hashes_inputs(corpus, tmp_path):
    root = corpus(TEXTS)
    res = run_baseline([root], tmp_path / "b.json")
    text = (tmp_path / "b.json").read_text(encoding="utf-8")
    doc = json.loads(text)
    assert doc["format"] == "biaskit-baseline" and doc["format_version"] == 1
    assert set(doc["inputs"]) == {"wire/a.txt", "wire/b.txt", "paper/c.txt"}
    assert all(len(h) == 64 for h in doc["inputs"].values())
    assert {"hamas", "israel"} <= set(doc["actors"]) and "hamas|wire" in doc["actor_outlet"]
    assert set(doc["articles"]) == {"wire/a.txt", "wire/b.txt", "paper/c.txt"}
    assert doc["biaskit_version"] and doc["lexicons"] and doc["models"]["target"]
    assert text == json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    run_baseline([root], tmp_path / "again.json")
    assert (tmp_path / "again.json").read_text(encoding="utf-8") == text
    assert res.summary == doc


def test_check_passes_unchanged_and_reports_drift(corpus, tmp_path):
    root = corpus(TEXTS)
    run_baseline([root], tmp_path / "b.json")
    res, _ = run_check([root], tmp_path / "b.json")
    assert res.ok and res.checked and not res.changed_inputs
    (root / "paper" / "c.txt").write_text("Strikes go on\n\nIsrael praised Hamas for a wonderful, generous truce.\n",
                                          encoding="utf-8")
    (root / "wire" / "d.txt").write_text("New\n\nJordan hosted the talks.\n", encoding="utf-8")
    res, _ = run_check([root], tmp_path / "b.json")
    assert not res.ok
    assert res.changed_inputs == ["paper/c.txt"] and res.added["inputs"] == ["wire/d.txt"]
    assert "wire/d.txt" in res.added["articles"] and "jordan" in res.added["actors"]
    drifted = {(d["section"], d["key"], d["metric"]) for d in res.drifts}
    assert ("actor_outlet", "hamas|paper", "sentiment") in drifted
    # a looser tolerance lets small moves pass, not the swing in sentiment
    loose, _ = run_check([root], tmp_path / "b.json", tolerances={**DEFAULT_TOLERANCES, "sentiment": 5.0, "count": 9})
    assert ("actor_outlet", "hamas|paper", "sentiment") not in {(d["section"], d["key"], d["metric"]) for d in loose.drifts}


def test_tolerances_from_config_and_command_line(tmp_path):
    cfg = tmp_path / "biaskit.toml"
    cfg.write_text("[check.tolerances]\nsentiment = 0.05\nframe = 0.5\n", encoding="utf-8")
    tol = load_tolerances(cfg, ["sentiment=0.1"])
    assert tol["sentiment"] == 0.1 and tol["frame"] == 0.5 and tol["share"] == DEFAULT_TOLERANCES["share"]
    with pytest.raises(UsageError, match="unknown metric family 'tone'"):
        load_tolerances(None, ["tone=1"])
    with pytest.raises(UsageError, match="not a number"):
        load_tolerances(None, ["sentiment=much"])
    cfg.write_text("x = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    with pytest.raises(UsageError, match="cannot read config .*nested too deeply"):
        load_tolerances(cfg, [])
    cfg.write_text("[check.tolerances]\nsentiment = " + "1" * 5000 + "\n", encoding="utf-8")
    with pytest.raises(UsageError, match="cannot read config .*: a number with more digits than can be read"):
        load_tolerances(cfg, [])


def test_check_command_exit_codes_junit_and_json(corpus, tmp_path):
    root = corpus(TEXTS)
    base = tmp_path / "b.json"
    assert runner.invoke(app, ["baseline", str(root), "--out", str(base), "-q", "--no-cache"]).exit_code == 0
    ok = runner.invoke(app, ["check", str(root), "--baseline", str(base), "-q", "--no-cache"])
    assert ok.exit_code == 0 and "No drift" in ok.output
    (root / "wire" / "a.txt").write_text("Talks fail\n\nHamas rejected the awful, cruel plan.\n", encoding="utf-8")
    junit = tmp_path / "junit.xml"
    bad = runner.invoke(app, ["check", str(root), "--baseline", str(base), "-q", "--no-cache", "--junit", str(junit)])
    assert bad.exit_code == 1
    assert "sentiment" in bad.output and "hamas" in bad.output and "changed inputs: wire/a.txt" in bad.output
    assert "actor / article" in bad.output and "outlet" in bad.output
    suite = ET.parse(junit).getroot().find("testsuite")
    cases = suite.findall("testcase")
    assert int(suite.get("tests")) == len(cases) and int(suite.get("failures")) >= 1
    assert any(c.get("name") == "actors:hamas" and c.find("failure") is not None for c in cases)
    js = runner.invoke(app, ["check", str(root), "--baseline", str(base), "-q", "--no-cache", "--json"])
    data = json.loads(js.output)
    assert js.exit_code == 1 and data["ok"] is False and data["drifts"]
    missing = runner.invoke(app, ["check", str(root), "--baseline", str(tmp_path / "none.json"), "-q", "--no-cache"])
    assert missing.exit_code == 2 and "no baseline" in missing.output
    wrong = runner.invoke(app, ["check", str(root), "--baseline", str(base), "-t", "bogus", "-q", "--no-cache"])
    assert wrong.exit_code == 2


def test_cache_reanalyses_only_changed_files(corpus, tmp_path):
    from biaskit import lexicons

    root = corpus(TEXTS)
    cache = ResultCache(tmp_path / "cache", run_context(lexicons.load(), False))
    first = list(analyze_corpus([root], cache=cache))
    assert (cache.hits, cache.misses) == (0, 6)  # each file, then each of its articles
    (root / "wire" / "b.txt").write_text("Border news\n\nJordan opened the crossing.\n", encoding="utf-8")
    again = ResultCache(tmp_path / "cache", cache.context)
    second = list(analyze_corpus([root], cache=again))
    assert (again.hits, again.misses) == (2, 2)  # the changed file and its changed article
    assert [r.id for r in second] == [r.id for r in first]
    assert second[0] == first[0]  # a cached result is the result
    plain = list(analyze_corpus([root]))
    assert plain == second
    other = ResultCache(tmp_path / "cache", cache.context + "|other lexicons")
    list(analyze_corpus([root], cache=other))
    assert other.hits == 0  # another run context never reuses results


def test_cache_reuses_unchanged_records_of_a_changed_jsonl_file(corpus, tmp_path):
    from biaskit import lexicons

    lines = [json.dumps({"id": f"r{i}", "title": f"Story {i}", "text": f"Hamas and Israel met for talks round {i}."})
             for i in range(4)]
    root = corpus({"feed.jsonl": "\n".join(lines) + "\n"})
    ctx = run_context(lexicons.load(), False)
    list(analyze_corpus([root], cache=ResultCache(tmp_path / "c", ctx)))
    lines[2] = json.dumps({"id": "r2", "title": "Story 2", "text": "Egypt hosted the talks."})
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    again = ResultCache(tmp_path / "c", ctx)
    out = list(analyze_corpus([root], cache=again))
    assert (again.hits, again.misses) == (3, 2)  # three unchanged records reused; the file and one record anew
    assert out == list(analyze_corpus([root]))


def test_cached_results_depend_on_the_code_itself(monkeypatch):
    from biaskit import lexicons
    from biaskit import cache

    before = run_context(lexicons.load(), False)
    assert f"code:{cache.code_digest()}" in before and len(cache.code_digest()) == 64
    monkeypatch.setattr(cache, "code_digest", lambda: "0" * 64)
    assert run_context(lexicons.load(), False) != before


def test_the_voices_are_pinned_and_an_older_baseline_without_them_warns_not_drifts(corpus, tmp_path):
    quoted = {"wire/q.txt": "Talks\n\n“We welcome this wonderful, generous deal,” Hamas said. Talks went on.\n"}
    root = corpus({**TEXTS, **quoted})
    run_baseline([root], tmp_path / "b.json")
    doc = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert doc["actors"]["hamas"]["voice_tone"] > 0.5 and doc["actors"]["hamas"]["quoted_words"] == 6
    assert doc["actor_outlet"]["hamas|wire"]["voice_tone"] > 0.5
    assert doc["outlets"]["wire"]["quoted_tone"] > 0.5 and "narration_tone" in doc["outlets"]["wire"]
    # the quote turns hostile: its tone drifts, the sentiment toward Hamas need not
    (root / "wire" / "q.txt").write_text(
        "Talks\n\n“We reject this horrible, cruel deal,” Hamas said. Talks went on.\n", encoding="utf-8")
    res, _ = run_check([root], tmp_path / "b.json")
    drifted = {(d["section"], d["key"], d["metric"]) for d in res.drifts}
    assert {("actors", "hamas", "voice_tone"), ("actor_outlet", "hamas|wire", "voice_tone"),
            ("outlets", "wire", "quoted_tone")} <= drifted
    # a baseline written before biaskit pinned the voices: they are not checked, and it says so
    for section in ("actors", "actor_outlet", "outlets"):
        for row in doc[section].values():
            for k in ("voice_tone", "quoted_words", "quoted_tone", "narration_tone"):
                row.pop(k, None)
    (tmp_path / "old.json").write_text(json.dumps(doc), encoding="utf-8")
    res, _ = run_check([root], tmp_path / "old.json")
    assert not {d["metric"] for d in res.drifts} & {"voice_tone", "quoted_words", "quoted_tone", "narration_tone"}
    assert any("the baseline has no quoted_words, voice_tone for its actors" in w for w in res.warnings)


def test_unreadable_baselines_are_usage_errors(tmp_path):
    from biaskit.regress import load_baseline

    path = tmp_path / "baseline.json"
    for text, why in [("{\"format\": ", "cannot read baseline"), ("[" * 5000 + "]" * 5000, "nested 5000 deep"),
                      ("[]", "is not a biaskit baseline")]:
        path.write_text(text, encoding="utf-8")
        with pytest.raises(UsageError, match=why):
            load_baseline(path)


def test_junit_report_stays_xml_whatever_the_names():
    from biaskit.regress import CheckResult, junit_xml

    row = {"metric": "sentiment", "baseline": 0.4, "now": -0.3, "delta": -0.7, "tolerance": 0.05, "drift": True}
    res = CheckResult(checked={"actor_outlet:egypt|Harbor\x1b\x00 Post <&>": [row], "actors:egypt": [dict(row, drift=False)]},
                      added={"outlets": ["Valley\x07 News"]}, warnings=["models differ\x1f"])
    root = ET.fromstring(junit_xml(res).encode("utf-8"))
    names = [c.get("name") for c in root.iter("testcase")]
    assert names == ["actor_outlet:egypt|Harbor\\x1b\\x00 Post <&>", "actors:egypt", "outlets:Valley\\x07 News"]
    assert root.find("testsuite").get("failures") == "2" and root.find("testsuite").get("tests") == "3"
    assert root.find("testsuite/system-err").text == "models differ\\x1f"


def _damaged(doc: dict) -> list[tuple[tuple[str, ...], object, str]]:
    """Ways to damage a baseline: (place in it, new value, what check must say)."""
    actor = sorted(doc["actors"])[0]
    article = sorted(doc["articles"])[0]
    return [
        (("inputs",), 5, "'inputs' must map file names to digests"),
        (("inputs",), ["a.txt"], "'inputs' must map file names to digests"),
        (("actors",), [1, 2], "'actors' must map names to their metrics"),
        (("outlets",), None, "'outlets' must map names to their metrics"),
        (("actors", actor), 5, f"actors[{actor!r}] must map metric names to values"),
        (("actors", actor, "sentiment"), "0.5", f"actors[{actor!r}].sentiment is \"0.5\", not a number"),
        (("actors", actor, "paragraphs"), None, f"actors[{actor!r}].paragraphs is null, not a number"),
        (("actors", actor, "sentiment"), float("nan"), f"actors[{actor!r}].sentiment is NaN, not a number"),
        (("actors", actor, "ci"), [0.1], f"actors[{actor!r}].ci is [0.1], not a pair of numbers"),
        (("articles", article), "x", f"articles[{article!r}] must map metric names to values"),
        (("articles", article, "actors"), 5, f"articles[{article!r}].actors is 5, not a list of actor ids"),
        (("actors", "\ud800"), {}, "it holds an escape that stands for no character (such as \\ud800)"),
    ]


def test_a_damaged_baseline_is_an_error_naming_the_damage(corpus, tmp_path):
    root = corpus(TEXTS)
    run_baseline([root], tmp_path / "b.json")
    good = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    for place, value, said in _damaged(good):
        doc = json.loads(json.dumps(good))
        target = doc
        for part in place[:-1]:
            target = target[part]
        target[place[-1]] = value
        bad = tmp_path / "bad.json"
        bad.write_text(json.dumps(doc), encoding="utf-8")
        for extra in ([], ["--json"], ["--junit", str(tmp_path / "j.xml")]):
            result = runner.invoke(app, ["check", str(root), "-b", str(bad), "-q", "-j", "1", *extra])
            assert result.exit_code == 2, (place, extra, result.output)
            assert f"{bad} is a damaged baseline: {said}; write it again" in result.output, (place, result.output)


@pytest.mark.parametrize("text", ['check = "x"\n', "check = 5\n", "check = [1, 2]\n", "[[check]]\nx = 1\n"])
def test_a_config_whose_check_is_not_a_table_is_a_usage_error(tmp_path, text):
    cfg = tmp_path / "biaskit.toml"
    cfg.write_text(text, encoding="utf-8")
    with pytest.raises(UsageError, match=r"\[check.tolerances\] must be a table"):
        load_tolerances(cfg, [])
