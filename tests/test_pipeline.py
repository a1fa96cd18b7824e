import csv
import json
from pathlib import Path

import pytest

from biaskit.errors import EmptyCorpusError, InputError, UsageError
from biaskit.pipeline import analyze_corpus, run_report
from biaskit.types import ArticleResult, Problem

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

REQUIRED = {
    "benjamin-netanyahu", "antony-blinken", "jake-sullivan", "tzachi-hanegbi", "ron-dermer", "joe-biden",
    "hezbollah", "hamas", "idf", "white-house", "state-department", "cnn", "israel", "us", "lebanon",
    "gaza", "iran",
}


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed-report")
    return run_report([SEEDS], out), out


def test_seed_actor_table(seed_report):
    result, _ = seed_report
    actors = {a["id"]: a for a in result.summary["actors"]}
    assert REQUIRED <= set(actors)
    names = {a["name"] for a in actors.values()}
    assert not names & {"Thursday", "Post", "Despite", "Post a Comment"}
    assert not [a for a in actors.values() if a["discovered"]]
    assert actors["joe-biden"]["mentions"] >= 1  # "the Biden administration"
    assert actors["idf"]["boilerplate_mentions"] == 1  # named only in the photo caption


def test_seed_outputs(seed_report):
    result, out = seed_report
    assert sorted(p.name for p in out.iterdir()) == [
        ".biaskit-report", "actor_frames.png", "actor_sentiment.png", "actors.html", "articles", "articles.html",
        "index.html", "outlets.html", "scores.csv", "summary.json"]
    assert sorted(p.name for p in (out / "articles").iterdir()) == ["article_0001.html", "article_0001.png"]
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["format_version"] == 1
    assert summary["biaskit_version"]
    assert set(summary["lexicons"]) == {"actors", "attribution", "boilerplate", "first_names", "frames", "labels", "roles"}
    assert summary["corpus"]["articles"] == 1
    assert summary["corpus"]["dropped_paragraphs"] == 2
    rows = list(csv.DictReader((out / "scores.csv").open(encoding="utf-8")))
    assert {r["actor"] for r in rows} == {a["id"] for a in summary["actors"] if a["paragraphs"]}
    assert sum(int(r["mentions"]) for r in rows) == sum(a["mentions"] for a in summary["actors"])
    assert all(-1 <= float(r["sentiment"]) <= 1 for r in rows)
    html = (out / "actors.html").read_text(encoding="utf-8")
    # the sentences behind an actor's score are shown, with the actor marked, linked to the article page
    assert '<mark class="mention">Hanegbi</mark>' in html
    assert 'href="articles/article_0001.html#s' in html
    page = (out / "articles" / "article_0001.html").read_text(encoding="utf-8")
    assert "Post a Comment" in page  # listed as dropped
    assert '<mark class="mention">Hanegbi</mark>' in page and 'id="s1"' in page


def test_same_input_same_bytes(seed_report, tmp_path):
    _, first = seed_report
    run_report([SEEDS], tmp_path)
    for name in ("scores.csv", "summary.json", "index.html", "actors.html", "outlets.html", "articles.html",
                 "articles/article_0001.html", "actor_sentiment.png", "actor_frames.png"):
        assert (tmp_path / name).read_bytes() == (first / name).read_bytes(), name


def test_problems_are_reported_and_rest_is_scored(corpus, tmp_path):
    root = corpus({"ok.txt": "Iran and Israel held talks.", "bad.jsonl": '{"text": "Hamas spoke."}\n{oops\n'})
    result = run_report([root], tmp_path / "out")
    assert result.articles == 2
    assert [str(p) for p in result.problems] == ["bad.jsonl:2: invalid JSON: Expecting property name enclosed in double quotes (column 2)"]
    assert result.summary["corpus"]["problems"] == 1


def test_an_article_whose_analysis_fails_is_a_problem_and_the_rest_is_scored(corpus, tmp_path, monkeypatch):
    from biaskit.analysis import Analyzer

    real = Analyzer.analyze

    def fragile(self, article, unresolved=False):
        if "Quokka" in article.text:
            raise ValueError("an unforeseen text")
        return real(self, article, unresolved)

    monkeypatch.setattr(Analyzer, "analyze", fragile)
    root = corpus({"a.txt": "Iran and Israel held talks.", "b.txt": "The Quokka said Hamas spoke.",
                   "c.txt": "Hamas and Israel met again."})
    items = list(analyze_corpus([root]))
    assert [type(i).__name__ for i in items] == ["ArticleResult", "Problem", "ArticleResult"]
    assert str(items[1]).startswith("b.txt: analysis of article ")
    assert "ValueError: an unforeseen text" in str(items[1])
    result = run_report([root], tmp_path / "out")
    assert result.articles == 2 and len(result.problems) == 1


def test_empty_corpus_keeps_previous_report(corpus, tmp_path):
    out = tmp_path / "out"
    run_report([corpus({"ok.txt": "Iran and Israel held talks."})], out)
    before = (out / "index.html").read_bytes()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "x.txt").write_bytes(b"\x00\x01\x02")
    with pytest.raises(EmptyCorpusError) as exc:
        run_report([bad], out)
    assert str(exc.value) == f"no articles found in {bad} (1 files or records could not be read)"
    assert (out / "index.html").read_bytes() == before
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == [".biaskit-report"]  # (no leftovers)


def test_missing_path_and_no_paths(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        run_report([tmp_path / "nope"], tmp_path / "out")
    with pytest.raises(UsageError):
        run_report([], tmp_path / "out")


def test_analyze_corpus_streams_results_and_problems(corpus):
    root = corpus({"a.txt": "Hamas spoke.", "b.txt": b"\x00bin"})
    items = list(analyze_corpus([root]))
    assert [type(i) for i in items] == [ArticleResult, Problem]


def test_progress_callback(corpus):
    root = corpus({"a.txt": "Hamas spoke.", "b.txt": "Iran spoke.", "c.txt": "Iraq spoke."})
    calls = []
    list(analyze_corpus([root], progress=lambda *a: calls.append(a)))
    assert [c[0] for c in calls] == [1, 2, 3]
    total = sum(len(t.encode()) for t in ("Hamas spoke.", "Iran spoke.", "Iraq spoke."))
    assert all(c[2] == total for c in calls)
    assert [c[1] for c in calls] == sorted(c[1] for c in calls)
    assert calls[-1][1] <= total


def test_charts_of_an_earlier_run_are_removed(corpus, tmp_path):
    out = tmp_path / "out"
    two = corpus({"east/a.txt": "Iran praised the deal.", "west/b.txt": "Israel criticised the deal."})
    run_report([two], out)
    assert (out / "outlet_sentiment.png").exists()
    assert (out / "articles" / "article_0002.png").exists()
    one = tmp_path / "one.txt"
    one.write_text("Iraq welcomed the deal.", encoding="utf-8")
    run_report([one], out)
    assert not (out / "outlet_sentiment.png").exists()
    assert sorted(p.name for p in (out / "articles").iterdir()) == ["article_0001.html", "article_0001.png"]
    assert not list(out.glob(".articles-*"))  # no staging folder left behind


def test_rollup_to_party_government_country(corpus, tmp_path):
    root = corpus({"a.txt": "Benjamin Netanyahu praised the wonderful deal. Israel welcomed it.\n\n"
                            "Joe Biden criticised the terrible plan."})
    result = run_report([root], tmp_path / "out", level="party")
    groups = {lv: {g["id"]: g for g in rows} for lv, rows in result.summary["groups"].items()}
    assert {"likud", "democratic-party"} <= set(groups["party"])
    # Netanyahu and Israel share a paragraph: Israel's country row counts that paragraph once
    israel = groups["country"]["israel"]
    assert israel["paragraphs"] == 1 and israel["mentions"] == 2
    assert groups["party"]["likud"]["sentiment"] > 0 > groups["party"]["democratic-party"]["sentiment"]
    assert "<h3>By party</h3>" in (tmp_path / "out" / "actors.html").read_text(encoding="utf-8")


def democrats_and_actors(corpus, tmp_path, files):
    """The Democratic Party's roll-up row and the actor rows of a report on ``files``."""
    result = run_report([corpus(files)], tmp_path / "out", level="party")
    return ({g["id"]: g for g in result.summary["groups"]["party"]}["democratic-party"],
            {g["id"]: g for g in result.summary["actors"]})


def test_a_discovered_persons_party_rolls_up_from_the_article_that_states_it_on(corpus, tmp_path):
    party, actors = democrats_and_actors(corpus, tmp_path, {
        "a.txt": "Dale Kessock praised the wonderful harbor plan.",
        "b.txt": "Rep. Dale Kessock, D-Ohio, praised the wonderful harbor plan again.",
        "c.txt": "Dale Kessock praised the wonderful harbor plan once more."})
    assert party["articles"] == 2 and party["sentiment"] > 0  # b and c (a was counted before b said it)
    assert actors["dale-kessock"]["party"] == "democratic-party" and actors["dale-kessock"]["sector"] is None


def test_a_person_who_left_a_party_rolls_up_to_it_only_in_articles_dated_before(corpus, tmp_path):
    party, actors = democrats_and_actors(corpus, tmp_path, {
        "a.txt": "Date: 2021-06-01\n\nJoe Manchin praised the wonderful harbor plan.",
        "b.txt": "Date: 2024-07-01\n\nJoe Manchin praised the wonderful harbor plan again.",
        "c.txt": "Joe Manchin praised the wonderful harbor plan once more."})
    assert party["articles"] == 1 and party["sentiment"] > 0  # a; b is after he left, c has no date
    manchin = actors["joe-manchin"]
    assert manchin["articles"] == 3 and manchin["party"] is None
    assert manchin["former_parties"] == [{"party": "democratic-party", "until": "2024-05-31"}]


def test_a_person_counts_toward_a_government_only_in_articles_dated_while_in_office(corpus, tmp_path):
    root = corpus({"a.txt": "Date: 2014-03-01\n\nBarack Obama praised the wonderful harbor plan.",
                   "b.txt": "Date: 2016-05-01\n\nDonald Trump attacked the terrible, cruel harbor plan.",
                   "c.txt": "Date: 2018-05-01\n\nDonald Trump praised the wonderful harbor plan again.",
                   "d.txt": "Barack Obama attacked the terrible, cruel harbor plan."})
    result = run_report([root], tmp_path / "out", level="government")
    us = {g["id"]: g for g in result.summary["groups"]["government"]}["us"]
    # a and c, the president's; not b, a candidate's, nor d, undated, the catalog giving him no government
    assert us["articles"] == 2 and us["mentions"] == 2 and us["sentiment"] > 0.2


def test_a_networks_credit_in_the_dateline_is_no_mention_of_it(corpus, tmp_path):
    root = corpus({"wire/a.txt": "Harbor talks\n\nWASHINGTON (CNN) — Joe Biden praised the wonderful harbor plan.\n\n"
                                 "CNN later asked him about the ferries."})
    result = run_report([root], tmp_path / "out")
    actors = {g["id"]: g for g in result.summary["actors"]}
    assert actors["cnn"]["mentions"] == 1 and actors["cnn"]["boilerplate_mentions"] == 1  # the second paragraph's
    assert actors["joe-biden"]["mentions"] == 2  # (and "him")


def test_the_summary_says_which_actors_are_firms_and_news_outlets(corpus, tmp_path):
    root = corpus({"a.txt": "Walmart stopped selling rifles, CNN reported. The NRA objected."})
    result = run_report([root], tmp_path / "out")
    sectors = {g["id"]: g["sector"] for g in result.summary["actors"]}
    assert sectors["walmart"] == "company" and sectors["cnn"] == "media" and sectors["nra"] is None


def test_unknown_level_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="unknown level 'nation'; choose one of actor, party, government, country"):
        run_report([SEEDS], tmp_path, level="nation")
