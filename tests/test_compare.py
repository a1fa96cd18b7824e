import json

import pytest
from typer.testing import CliRunner

from biaskit.aggregate import Aggregator
from biaskit.analysis import analyze_article
from biaskit.cli import app
from biaskit.compare import benjamini_hochberg, compare_outlets, contrast, hedges_g, permutation_test
from helpers import article

GOOD = "Voters praised Hamas for the wonderful deal."
BAD = "Critics condemned Hamas for the horrible attack."


def corpus(n=6):
    agg = Aggregator(["military_action"])
    for i in range(n):
        agg.add(analyze_article(article([GOOD, "Israel said talks went on."], ident=f"w{i}", outlet="wire")))
        agg.add(analyze_article(article([BAD, "Israel said talks went on."], ident=f"p{i}", outlet="paper")))
    return agg


def test_permutation_test_finds_a_real_difference_and_not_a_null_one():
    a = ([0.8, 0.7, 0.9, 0.6, 0.75, 0.85], [1] * 6)
    b = ([-0.8, -0.7, -0.9, -0.6, -0.75, -0.85], [1] * 6)
    diff, p = permutation_test(a, b, "t")
    assert diff == pytest.approx(4.6 / 6 * 2) and p < 0.01
    diff, p = permutation_test(a, a, "t")
    assert diff == 0 and p == 1.0
    assert permutation_test(a, b, "t") == permutation_test(a, b, "t")  # seeded


def test_benjamini_hochberg_and_hedges_g():
    assert benjamini_hochberg([0.01, 0.04, 0.03, 0.5]) == pytest.approx([0.04, 0.16 / 3, 0.16 / 3, 0.5])
    assert hedges_g([1, 2, 3], [1, 2, 3]) == 0
    assert hedges_g([2, 3, 4], [1, 2, 3]) > 0.5
    # no value where the spread is nil or a sample too small: not a misleading 0
    assert hedges_g([0.4, 0.4], [0.1, 0.1]) is None and hedges_g([0.4], [0.1, 0.2]) is None
    assert hedges_g([0.4, 0.4], [0.4, 0.4]) == 0


def test_outlet_differences_without_spread_print_no_effect_size(corpus):
    # every article of an outlet says the same of the actor: a difference, but no spread to scale it by
    runner = CliRunner()
    files = {}
    for k in range(4):
        files[f"Harbor Post/a{k}.txt"] = f"Vote {k}\n\nCritics condemned Egypt for the terrible, cruel crackdown.\n"
        files[f"Valley News/a{k}.txt"] = f"Vote {k}\n\nEgypt was praised for a wonderful, generous deal.\n"
    result = runner.invoke(app, ["compare", str(corpus(files)), "--by", "outlet", "--json"])
    rows = json.loads(result.stdout)["differences"]
    assert rows and all(r["hedges_g"] is None for r in rows if r["actor"] == "egypt")
    text = runner.invoke(app, ["compare", str(corpus(files)), "--by", "outlet"]).stdout
    assert "g = n/a" in text
    from biaskit.pipeline import run_report

    out = corpus(files).parent / "out"
    run_report([corpus(files)], out)
    assert '<td class="num">n/a</td></tr>' in (out / "outlets.html").read_text(encoding="utf-8")


def test_outlets_differ_on_hamas_not_on_israel():
    out = compare_outlets(corpus())
    rows = {d["actor"]: d for d in out["differences"]}
    assert rows["hamas"]["significant"] and rows["hamas"]["difference"] < 0  # paper minus wire... order is sorted
    assert rows["hamas"]["outlet_a"] == "paper"
    assert not rows["israel"]["significant"]
    assert [r["outlet"] for r in out["rankings"]["hamas"]] == ["wire", "paper"]
    wire = next(o for o in out["outlets"] if o["name"] == "wire")
    assert wire["articles"] == 6 and wire["actors"]["hamas"]["sentiment"] > 0
    assert {"ci_low", "ci_high", "low_data", "label_rate_interval", "quoted_share", "voice_tone"} <= set(wire["actors"]["hamas"])


def test_contrast_per_outlet():
    rows = {r["outlet"]: r for r in contrast(corpus(), "hamas", "israel")}
    assert rows["wire"]["difference"] > 0 > rows["paper"]["difference"]
    assert rows["wire"]["ci_low"] <= rows["wire"]["difference"] <= rows["wire"]["ci_high"]


def test_compare_command_json(corpus):
    root = corpus({f"wire/{i}.txt": f"Story {i}\n\n{GOOD} Israel said talks went on." for i in range(4)}
                  | {f"paper/{i}.txt": f"Story {i}\n\n{BAD} Israel said talks went on." for i in range(4)})
    runner = CliRunner()
    result = runner.invoke(app, ["compare", str(root), "--by", "outlet", "--contrast", "hamas", "israel", "--json", "-q"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {o["name"] for o in data["outlets"]} == {"wire", "paper"}
    assert all("articles" in o and "actors" in o for o in data["outlets"])
    assert data["contrast"]["a"] == "hamas" and len(data["contrast"]["per_outlet"]) == 2
    bad = runner.invoke(app, ["compare", str(root), "--contrast", "hamas", "nobody", "-q"])
    assert bad.exit_code == 1 and "'nobody' is neither an actor nor a group" in bad.output


def test_outlet_map_and_timeline():
    from biaskit.compare import outlet_map, timeline

    agg = Aggregator(["military_action", "diplomacy"])
    texts = {"wire": GOOD, "paper": BAD, "daily": "Hamas fired rockets as troops struck the border.",
             "weekly": "Hamas joined talks and diplomats signed a ceasefire."}
    for outlet, text in texts.items():
        for i, date in enumerate(["2020-01-05", "2020-03-10", "2020-05-15", "2020-07-20"]):
            agg.add(analyze_article(article([text, "Israel said talks went on."], ident=f"{outlet}{i}",
                                            outlet=outlet, date=date)))
    m = outlet_map(agg)
    assert {o["name"] for o in m["outlets"]} == set(texts)
    assert len(m["components"]) == 2 and all(c["loadings"] for c in m["components"])
    assert all(isinstance(l["feature"], str) for c in m["components"] for l in c["loadings"])
    assert 1 <= len({o["cluster"] for o in m["outlets"]}) <= 3
    assert m == outlet_map(agg)  # deterministic
    t = timeline(agg)
    assert t["unit"] == "month"
    wire = t["actors"]["hamas"]["outlets"]["wire"]
    assert [p["period"] for p in wire] == ["2020-01", "2020-03", "2020-05", "2020-07"]
    assert all(p["sentiment"] > 0 and p["articles"] == 1 for p in wire)
    two = Aggregator(["military_action"])
    two.add(analyze_article(article([GOOD], outlet="a")))
    two.add(analyze_article(article([BAD], outlet="b", ident="x")))
    assert outlet_map(two) is None and timeline(two) is None


def test_charts_render_pngs():
    from biaskit import charts
    from biaskit.compare import outlet_map

    agg = Aggregator(["military_action"])
    for outlet, text in (("a", GOOD), ("b", BAD), ("c", "Hamas fired rockets at troops.")):
        for i in range(2):
            agg.add(analyze_article(article([text, "Israel said talks went on."], ident=f"{outlet}{i}", outlet=outlet,
                                            date=f"2021-0{i + 1}-01")))
    png = charts.outlet_map(outlet_map(agg))
    assert png.startswith(b"\x89PNG")
    from biaskit.compare import timeline

    t = timeline(agg)
    assert charts.timeline("Hamas", t["actors"]["hamas"]["outlets"], t["unit"]).startswith(b"\x89PNG")


def test_each_outlet_gives_the_tone_of_what_it_quotes_an_actor_saying():
    agg = Aggregator(["military_action"])
    for i in range(3):
        agg.add(analyze_article(article(["“We welcome this wonderful, generous deal,” Hamas said."], ident=f"w{i}",
                                        outlet="wire")))
        agg.add(analyze_article(article(["“We reject this horrible, cruel deal,” Hamas said."], ident=f"p{i}",
                                        outlet="paper")))
    outlets = {o["name"]: o for o in compare_outlets(agg)["outlets"]}
    wire, paper = outlets["wire"]["actors"]["hamas"]["voice_tone"], outlets["paper"]["actors"]["hamas"]["voice_tone"]
    assert wire["sentences"] == paper["sentences"] == 3
    assert paper["ci_high"] < 0 < wire["ci_low"]


def test_outlets_quoting_an_actor_in_different_tones_differ_and_are_tested_apart():
    agg = Aggregator(["military_action"])
    same = "“Our delegation will attend the talks on Monday,” Israel said."
    for i in range(6):
        agg.add(analyze_article(article(["“We welcome this wonderful, generous deal,” Hamas said.", same],
                                        ident=f"w{i}", outlet="wire")))
        agg.add(analyze_article(article(["“We reject this horrible, cruel deal,” Hamas said.", same],
                                        ident=f"p{i}", outlet="paper")))
    out = compare_outlets(agg)
    rows = {d["actor"]: d for d in out["voice_tone_differences"]}
    assert set(rows) == {"hamas", "israel"}
    hamas = rows["hamas"]
    assert (hamas["outlet_a"], hamas["outlet_b"], hamas["articles_a"], hamas["articles_b"]) == ("paper", "wire", 6, 6)
    assert hamas["difference"] < -0.5 and hamas["significant"] and hamas["hedges_g"] < 0
    assert rows["israel"]["difference"] == 0 and not rows["israel"]["significant"]
    assert out == compare_outlets(agg)  # seeded
    few = Aggregator(["military_action"])
    for i in range(2):
        few.add(analyze_article(article(["“We welcome this wonderful deal,” Hamas said."], ident=f"w{i}", outlet="wire")))
        few.add(analyze_article(article(["“We reject this cruel deal,” Hamas said."], ident=f"p{i}", outlet="paper")))
    assert compare_outlets(few)["voice_tone_differences"] == []  # under three articles an outlet


def test_compare_and_report_show_the_tested_tone_of_quotes(corpus, tmp_path):
    warm = "“We welcome this wonderful, generous deal,” Hamas said."
    cold = "“We reject this horrible, cruel deal,” Hamas said."
    root = corpus({f"<i>wire/{i}.txt": f"Story {i}\n\n{warm} Talks went on." for i in range(5)}
                  | {f"paper/{i}.txt": f"Story {i}\n\n{cold} Talks went on." for i in range(5)})
    runner = CliRunner()
    result = runner.invoke(app, ["compare", str(root), "-q"])
    assert result.exit_code == 0, result.output
    tone = result.output.split("Tone of what each actor is quoted saying: ")[1].splitlines()
    assert tone[0] == "1 comparison tested, 1 significant (q < 0.05)."
    assert tone[1].startswith("  Hamas: <i>wire vs paper: +")  # outlets in sorted order, the first minus the second
    out = tmp_path / "out"
    result = runner.invoke(app, ["report", str(root), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    page = (out / "outlets.html").read_text(encoding="utf-8")
    table = page.split('<h3 id="voice-tone-differences">')[1].split("<h3")[0]
    assert "<td>Hamas</td><td>&lt;i&gt;wire</td><td>paper</td>" in table and "<i>wire" not in table
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert [d["actor"] for d in summary["comparison"]["voice_tone_differences"]] == ["hamas"]


def test_a_permutation_p_value_below_the_first_permutations_floor_is_resolved():
    from biaskit.compare import MAX_PERMUTATIONS, N_PERMUTATIONS

    a = ([0.5 + 0.01 * i for i in range(20)], [1] * 20)
    b = ([-0.5 - 0.01 * i for i in range(20)], [1] * 20)
    _, p = permutation_test(a, b, "far")
    assert p == 1 / (MAX_PERMUTATIONS + 1) < 1 / (N_PERMUTATIONS + 1)  # no shuffle comes near: all drawn
    mixed = ([0.3, 0.1, 0.4, 0.2, 0.35, 0.15, 0.25, 0.3, -0.1, 0.2], [1] * 10)
    other = ([-0.2, 0.0, -0.3, 0.1, -0.25, -0.1, -0.15, 0.05, -0.2, 0.0], [1] * 10)
    _, p_mixed = permutation_test(mixed, other, "mixed")
    assert 1 / (MAX_PERMUTATIONS + 1) < p_mixed < 1 / (N_PERMUTATIONS + 1)  # resolved between the two floors
    assert permutation_test(mixed, other, "mixed") == (permutation_test(mixed, other, "mixed"))  # seeded
    _, p_null = permutation_test(mixed, mixed, "null")
    assert p_null == 1.0  # every shuffle reaches a difference of zero: the first permutations settle it


def test_between_large_groups_a_small_p_value_comes_from_the_normal_tail_of_the_shuffles():
    import math

    from biaskit.compare import EXACT_MAX_ARTICLES, N_PERMUTATIONS

    n = EXACT_MAX_ARTICLES // 2 + 10  # (more articles in all than the exact refinement takes)
    a = ([0.2 + 0.3 * math.sin(i) for i in range(n)], [1] * n)
    b = ([0.3 * math.sin(i + 0.5) for i in range(n)], [1] * n)
    diff, p = permutation_test(a, b, "large")
    assert 0 < p < 1 / (N_PERMUTATIONS + 1)
    # the shuffled differences spread as the difference of two means drawn from all the articles
    values = a[0] + b[0]
    grand = sum(values) / (2 * n)
    sd = math.sqrt(sum((x - grand) ** 2 for x in values) / (2 * n - 1) * 2 / n)
    assert p == pytest.approx(math.erfc(abs(diff) / sd / math.sqrt(2)), rel=0.5)
    assert permutation_test(a, b, "large") == (diff, p)  # seeded


def test_permutation_tests_spread_over_processes_give_the_same_comparison(monkeypatch):
    import biaskit.compare as compare
    from biaskit.runner import make_runner

    agg = corpus()
    for i in range(6):  # a third outlet: three pairs of outlets for each of the two actors
        agg.add(analyze_article(article([GOOD, "Israel said talks went on."], ident=f"t{i}", outlet="third")))
    serial = compare_outlets(agg)
    monkeypatch.setattr(compare, "TEST_BATCH", 2)
    with make_runner((), jobs=2) as runner:
        handed = []
        apply = runner.apply
        monkeypatch.setattr(runner, "apply", lambda func, batches, *a: handed.append(len(batches)) or apply(func, batches, *a))
        spread = compare_outlets(agg, runner=runner)
    assert handed and handed[0] == 3  # six sentiment tests, two at a time
    assert spread == serial and len(serial["differences"]) == 6
