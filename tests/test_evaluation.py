import json

import pytest

from biaskit.errors import InputError
from biaskit.evaluation import (
    accuracy,
    confusion,
    evaluate_sentences,
    evaluate_targets,
    f1_macro,
    iter_lines,
    pearson,
    rating_label,
    read_ratings,
    read_targets,
)


def write(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def original(sentence, targets):
    return json.dumps({"primary_gid": "g", "sentence_normalized": sentence, "targets": [
        {"Input.gid": f"g{i}", "from": a, "to": b, "mention": sentence[a:b], "polarity": p}
        for i, (a, b, p) in enumerate(targets)]})


def flat(sentence, a, b, p):
    return json.dumps({"mention": sentence[a:b], "polarity": p, "from": a, "to": b, "sentence": sentence, "id": "x"})


def test_both_newsmtsc_forms_read_the_same(tmp_path):
    s = "Mayor Ruiz praised Governor Platt but mocked Senator Oduya."
    spans = [(s.index("Ruiz"), s.index("Ruiz") + 4), (s.index("Platt"), s.index("Platt") + 5),
             (s.index("Oduya"), s.index("Oduya") + 5)]
    a = read_targets(write(tmp_path / "a.jsonl", [original(s, [(*spans[0], 4.0), (*spans[1], 6.0), (*spans[2], 2.0)])]))
    b = read_targets(write(tmp_path / "b.jsonl", [flat(s, *spans[0], 0), flat(s, *spans[1], 1), flat(s, *spans[2], -1)]))
    assert [(t.start, t.end, t.label, t.others) for t in a] == [(t.start, t.end, t.label, t.others) for t in b]
    assert [t.label for t in a] == [0, 1, -1]
    assert a[0].others == (spans[1], spans[2])


@pytest.mark.parametrize(
    "line, why",
    [
        ("{not json", "not JSON"),
        ('{"sentence": "abc", "from": 0, "to": 9, "polarity": 1}', "outside the sentence"),
        ('{"sentence": "abc", "from": 0, "to": 2, "polarity": 5}', "unknown polarity"),
        ('{"sentence": "abc", "to": 2, "polarity": 1}', "missing field"),
        ("[1, 2]", "expected a JSON object"),
    ],
)
def test_bad_target_lines_name_file_and_line(tmp_path, line, why):
    path = write(tmp_path / "bad.jsonl", [flat("Good day.", 0, 4, 1), line])
    with pytest.raises(InputError) as exc:
        read_targets(path)
    assert f"{path}:2:" in str(exc.value) and why in str(exc.value)


def test_ratings_file(tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes("1_1\t2.5\tA lovely day\twith a tab.\r\n1_2\t-1\tGrim.".encode())
    assert read_ratings(path) == [("1_1", 2.5, "A lovely day\twith a tab."), ("1_2", -1.0, "Grim.")]
    path.write_text("1\tnan\tx\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"r.txt:1: .*finite"):
        read_ratings(path)
    path.write_text("1\t0.5\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"r.txt:1: expected three"):
        read_ratings(path)


def test_metrics():
    gold, pred = [-1, -1, 0, 0, 1, 1], [-1, 0, 0, 0, 1, -1]
    assert confusion(gold, pred) == [[1, 1, 0], [0, 2, 0], [1, 0, 1]]
    assert accuracy(gold, pred) == pytest.approx(4 / 6)
    # per class F1: negative 0.5, neutral 0.8, positive 2/3
    assert f1_macro(gold, pred) == pytest.approx((0.5 + 0.8 + 2 / 3) / 3)
    assert pearson([1, 2, 3], [2, 4, 6]) == pytest.approx(1.0)
    assert pearson([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
    assert [rating_label(r) for r in (-2, -0.2, 0.1, 0.2)] == [-1, -1, 0, 1]


def test_target_evaluation_beats_sentence_vader_on_contrasts():
    from biaskit.evaluation import Target

    # The sentence is positive overall; only the target's own words say how it fares.
    items = []
    for s, name, label in [
        ("Critics praised the brilliant mayor but accused Platt of lying.", "Platt", -1),
        ("Platt was accused of fraud, while voters loved the wonderful new mayor.", "Platt", -1),
        ("Officials blamed the terrible storm, but thanked Ruiz for her heroic work.", "Ruiz", 1),
    ]:
        a = s.index(name)
        items.append(Target(s, a, a + len(name), (), label))
    report = evaluate_targets(items)
    assert report["n"] == 3 and set(report) >= {"f1_macro", "accuracy", "baseline_f1_macro", "confusion"}
    assert report["accuracy"] > report["baseline_accuracy"]


def test_sentence_evaluation_matches_vader():
    rows = [("1", 3.0, "What a wonderful, joyful day."), ("2", -3.0, "A horrible, tragic loss."),
            ("3", 0.0, "The meeting is at noon."), ("4", 1.0, "Fine.")]
    report = evaluate_sentences(rows)
    assert report["pearson_r"] == report["baseline_pearson_r"] > 0.8
    assert report["f1_macro"] == report["baseline_f1_macro"]


def test_bias_csv_and_loaded_language(tmp_path):
    from biaskit.evaluation import evaluate_loaded, read_bias_sentences

    path = tmp_path / "sg.csv"
    path.write_text(
        "\ufefftext;news_link;outlet;topic;type;label_bias;label_opinion;biased_words\n"
        '"The radical mob of thugs stormed the hearing.";x;o;t;left;Biased;Expresses;[\'thugs\', \'mob\']\n'
        '"The council met on Tuesday to review the budget.";x;o;t;left;Non-biased;Entirely factual;[]\n'
        '"Lawmakers voted on the bill.";x;o;t;left;No agreement;No agreement;[]\n'
        '"The regime\'s terrorist allies struck again.";x;o;t;right;Biased;Expresses;[\'regime\']\n'
        '"Officials released the annual report.";x;o;t;right;Non-biased;Entirely factual;[]\n',
        encoding="utf-8",
    )
    rows = read_bias_sentences(path)
    assert [r.biased for r in rows] == [1, 0, 1, 0] and rows[0].words == ("thugs", "mob")
    report = evaluate_loaded(rows)
    assert report["auc"] == 1.0 and report["word_recall"] == 1.0 and report["annotated_words"] == 3
    assert 0.0 <= report["baseline_auc"] <= 1.0


def test_bias_csv_errors_name_the_line(tmp_path):
    from biaskit.evaluation import read_bias_sentences

    path = tmp_path / "sg.csv"
    path.write_text("text;label_bias;biased_words\nA;Biased;[\nB;Maybe;[]\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"sg.csv:2: biased_words"):
        read_bias_sentences(path)
    path.write_text("text;label_bias\nA;Biased\n", encoding="utf-8")
    with pytest.raises(InputError, match="missing column"):
        read_bias_sentences(path)


def test_gvfc_frames(tmp_path):
    from biaskit.evaluation import evaluate_frames, read_gvfc

    path = tmp_path / "g.csv"
    path.write_text(
        "news_title,Q1 Relevant,Q2 Focus,Q3 Theme1,Q3 Theme2\n"
        "Senate Republicans block vote as election nears,1,2,3,99\n"
        "Shooting costs city millions in lost tax revenue and jobs,1,2,9,99\n"
        "Weather turns cold,2,99,99,99\n"
        "Students walk out,1,1,7,99\n",
        encoding="utf-8",
    )
    rows = read_gvfc(path)
    assert [r[1] for r in rows] == [3, 9, 7]
    report = evaluate_frames(rows)
    assert report["per_frame"]["political"]["recall"] == 1.0
    assert report["per_frame"]["economic"]["precision"] == 1.0
    assert report["per_frame"]["public_opinion"]["recall"] == 0.0
    assert report["n"] == 3


def test_records_end_at_newlines_only(tmp_path):
    s = "Ruiz praised\u2028the plan."
    path = write(tmp_path / "t.jsonl", [json.dumps({"sentence": s, "from": 0, "to": 4, "polarity": 1}, ensure_ascii=False)])
    assert [t.sentence for t in read_targets(path)] == [s]
    rows = tmp_path / "r.txt"
    rows.write_bytes("1\t2.0\tA fine\u2028day.\r\n".encode())
    assert read_ratings(rows) == [("1", 2.0, "A fine\u2028day.")]


def test_f1_intervals_bracket_the_figure_and_narrow_with_more_items():
    from biaskit.evaluation import f1_intervals

    gold = [-1, -1, 0, 0, 1, 1, -1, 0, 1, 0]
    pred = [-1, 0, 0, 0, 1, -1, -1, 0, 1, 1]
    base = [0, 0, 0, 0, 0, 1, -1, 0, 1, 1]
    small = f1_intervals(gold, pred, base)
    lo, hi = small["f1_macro_ci"]
    assert lo <= f1_macro(gold, pred) <= hi and lo < hi
    blo, bhi = small["baseline_f1_macro_ci"]
    assert blo <= f1_macro(gold, base) <= bhi
    # the same labels ten times over: the same figure, known more closely
    big = f1_intervals(gold * 10, pred * 10, base * 10)
    assert big["f1_macro_ci"][1] - big["f1_macro_ci"][0] < (hi - lo) / 2
    # reproducible: the resamples are seeded
    assert f1_intervals(gold, pred, base) == small


def test_f1_intervals_resample_units_whole_and_pair_the_two_labellings():
    from biaskit.evaluation import f1_intervals

    gold = [-1, 0, 1, 1, 0, -1]
    pred = [-1, 1, 1, 0, 0, -1]
    base = [0, 0, 1, 1, 1, -1]
    point, b = round(f1_macro(gold, pred), 4), round(f1_macro(gold, base), 4)
    # one unit: every resample holds all the items, so no spread at all
    one = f1_intervals(gold, pred, base, units=["s"] * 6)
    assert one["f1_macro_ci"] == [point, point] and one["baseline_f1_macro_ci"] == [b, b]
    assert one["f1_macro_gain_ci"] == [round(point - b, 4)] * 2
    # a labelling compared with itself differs by nothing in every resample
    same = f1_intervals(gold, pred, pred, units=["a", "a", "b", "b", "c", "c"])
    assert same["f1_macro_gain_ci"] == [0.0, 0.0]
    assert f1_intervals(gold * 10, gold * 10, base * 10)["f1_macro_ci"] == [1.0, 1.0]  # right in every resample


def test_pearson_intervals():
    from biaskit.evaluation import pearson_intervals

    y = [float(i % 7) - 3 for i in range(40)]
    noisy = [v + (0.9 if i % 3 == 0 else -0.6) for i, v in enumerate(y)]
    out = pearson_intervals(noisy, y, y)
    lo, hi = out["pearson_r_ci"]
    assert lo <= pearson(noisy, y) <= hi < 1.0
    assert out["baseline_pearson_r_ci"] == [1.0, 1.0]  # the ratings themselves
    assert out["pearson_r_gain_ci"][1] < 0  # worse than a perfect baseline in every resample


def test_evaluations_report_intervals(tmp_path):
    from biaskit.evaluation import Target

    items = []
    for s, name, label in [
        ("Critics praised the brilliant mayor but accused Platt of lying.", "Platt", -1),
        ("Voters cheered Ruiz at the rally.", "Ruiz", 1),
        ("The committee met Platt on Tuesday.", "Platt", 0),
    ]:
        a = s.index(name)
        items.append(Target(s, a, a + len(name), (), label))
    report = evaluate_targets(items)
    lo, hi = report["f1_macro_ci"]
    assert lo <= report["f1_macro"] <= hi and "sentences" in report["intervals"]
    text = "\n".join(iter_lines(report))
    assert "95% bootstrap intervals" in text and "difference" in text
    rows = [("1", 3.0, "What a wonderful, joyful day."), ("2", -3.0, "A horrible, tragic loss."),
            ("3", 0.0, "The meeting is at noon."), ("4", 1.0, "Fine.")]
    report = evaluate_sentences(rows)
    assert report["pearson_r_gain_ci"] == [0.0, 0.0]  # biaskit's sentence sentiment is VADER's
    assert "Pearson r" in "\n".join(iter_lines(report)).split("95% bootstrap")[1]


def test_target_file_nested_too_deeply_names_the_line(tmp_path):
    path = tmp_path / "deep.jsonl"
    good = json.dumps({"sentence": "Ruiz won.", "from": 0, "to": 4, "polarity": 1})
    write(path, [good, '{"sentence": ' + "[" * 4000 + "]" * 4000 + "}"])
    with pytest.raises(InputError) as err:
        read_targets(path)
    assert str(err.value).startswith(f"{path}:2: ") and "nested 4001 deep" in str(err.value)


def test_pearson_r_is_undefined_without_spread_not_zero():
    assert pearson([1.0], [2.0]) is None
    assert pearson([1, 2, 3], [5, 5, 5]) is None and pearson([4, 4], [1, 2]) is None
    rows = [("a", 2.5, "What a wonderful, generous gift."), ("b", 2.5, "A lovely, happy day for all.")]
    report = evaluate_sentences(rows)  # every rating the same: r measures nothing
    assert report["pearson_r"] is None and report["baseline_pearson_r"] is None
    assert report["pearson_r_ci"] is None and report["pearson_r_gain_ci"] is None
    assert json.loads(json.dumps(report))["pearson_r"] is None
    lines = list(iter_lines(report))
    assert any(line.split() == ["Pearson", "r", "n/a", "n/a"] for line in lines)
    assert any(line.split()[:3] == ["Pearson", "r", "n/a"] and line.endswith("difference n/a") for line in lines)


def test_macro_f1_scores_the_classes_that_occur_as_scikit_learn_does():
    import random

    from sklearn.metrics import f1_score

    assert f1_macro([1, 1], [1, 1]) == 1.0  # all right, on a file of one class: not 1/3
    assert f1_macro([1, 0], [1, 1]) == pytest.approx((2 / 3 + 0) / 2)
    rng = random.Random(3)
    for _ in range(300):
        n = rng.randint(1, 10)
        gold = [rng.choice((-1, 0, 1)[: rng.randint(1, 3)]) for _ in range(n)]
        pred = [rng.choice((-1, 0, 1)) for _ in range(n)]
        assert f1_macro(gold, pred) == pytest.approx(f1_score(gold, pred, average="macro", zero_division=0))


def test_the_bootstrap_macro_f1_is_the_same_figure_per_resample():
    import numpy as np

    from biaskit.evaluation import _f1_from_counts

    rng = np.random.default_rng(5)
    for _ in range(200):
        gold, pred = rng.integers(-1, 2, size=8), rng.integers(-1, 2, size=8)
        gold[: rng.integers(0, 8)] = 1  # often a class or two missing
        counts = np.zeros(9)
        for g, p in zip(gold, pred):
            counts[(g + 1) * 3 + (p + 1)] += 1
        assert _f1_from_counts(counts[None, :])[0] == pytest.approx(f1_macro(list(gold), list(pred)))
