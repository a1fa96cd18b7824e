import json

import pytest
from typer.testing import CliRunner

from biaskit.aggregate import Aggregator
from biaskit.analysis import analyze_article
from biaskit.cli import app
from biaskit.compare import benjamini_hochberg, compare_outlets, contrast, hedges_g, permutation_test
from tests.helpers import article

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


def test_outlets_differ_on_hamas_not_on_israel():
    out = compare_outlets(corpus())
    rows = {d["actor"]: d for d in out["differences"]}
    assert rows["hamas"]["significant"] and rows["hamas"]["difference"] < 0  # paper minus wire... order is sorted
    assert rows["hamas"]["outlet_a"] == "paper"
    assert not rows["israel"]["significant"]
    assert [r["outlet"] for r in out["rankings"]["hamas"]] == ["wire", "paper"]
    wire = next(o for o in out["outlets"] if o["name"] == "wire")
    assert wire["articles"] == 6 and wire["actors"]["hamas"]["sentiment"] > 0
    assert {"ci_low", "ci_high", "low_data", "label_rate_interval", "quoted_share"} <= set(wire["actors"]["hamas"])


def test_contrast_per_outlet():
    rows = {r["outlet"]: r for r in contrast(corpus(), "hamas", "israel")}
    assert rows["wire"]["difference"] > 0 > rows["paper"]["difference"]
    assert rows["wire"]["ci_low"] <= rows["wire"]["difference"] <= rows["wire"]["ci_high"]


def test_compare_command_json(corpus):
    root = corpus({f"wire/{i}.txt": f"Story {i}\n\n{GOOD} Israel said talks went on." for i in range(4)}
                  | {f"paper/{i}.txt": f"Story {i}\n\n{BAD} Israel said talks went on." for i in range(4)})
    runner = CliRunner()
    result = runner.invoke(app, ["compare", str(root), "--by", "outlet", "--contrast", "hamas", "--contrast", "israel", "--json", "-q"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {o["name"] for o in data["outlets"]} == {"wire", "paper"}
    assert all("articles" in o and "actors" in o for o in data["outlets"])
    assert data["contrast"]["a"] == "hamas" and len(data["contrast"]["per_outlet"]) == 2
    bad = runner.invoke(app, ["compare", str(root), "--contrast", "hamas nobody", "-q"])
    assert bad.exit_code == 1 and "'nobody' is neither an actor nor a group" in bad.output
