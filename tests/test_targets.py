import math

import pytest

from biaskit.targets import (
    FEATURE_VERSION,
    SentenceView,
    TargetModel,
    TargetPredictor,
    default_model,
    features,
    mention_features,
    sentence_features,
)
from biaskit.vader import get_vader

VERBS = {"said": "neutral", "claimed": "doubting", "warned": "warning"}


def feats(sentence, target, others=()):
    a = sentence.index(target)
    spans = [(sentence.index(o), sentence.index(o) + len(o)) for o in others]
    return features(sentence, get_vader().analyze(sentence), a, a + len(target), spans, VERBS)


def test_window_and_clause_features_depend_on_the_side_of_the_mention():
    f = feats("Critics attacked Ruiz, and Ruiz attacked nobody.", "Ruiz")
    assert "w:L1:attacked" in f and "w:R1:and" in f and "w:R1:attacked" not in f
    assert "c:attacked" in f and "c:critics" in f
    assert "c:nobody" not in f  # beyond the comma: another clause
    assert f["d:compound"] == get_vader().analyze("Critics attacked Ruiz, and Ruiz attacked nobody.").compound


def test_actors_are_masked_so_names_carry_no_sentiment():
    f = feats("Platt praised Ruiz warmly.", "Ruiz", others=["Platt"])
    assert not [k for k in f if "ruiz" in k or "platt" in k]
    assert "s:<actor>" in f and "w:L3:<actor>" in f


def test_speaker_quote_and_negation_flags():
    f = feats('"The plan is reckless," Ruiz claimed.', "Ruiz")
    assert f.get("x:speaks:doubting") == 1.0 and "x:in_quote" not in f
    f = feats('Platt warned: "Ruiz is not honest."', "Ruiz", others=["Platt"])
    assert f.get("x:in_quote") == 1.0 and "x:spoken_about:warning" in f and "x:negated_clause" in f


def test_sentiment_word_features_follow_vader_valences():
    f = feats("Voters loved Ruiz.", "Ruiz")
    assert f["v:P"] == 0.5 and f["v:PL1"] == 0.5 and "v:N" not in f
    assert f["d:pos_near"] > 0 and f["d:neg_near"] == 0


def test_no_overlapping_word_gives_none():
    s = "Ruiz spoke."
    assert features(s, get_vader().analyze(s), 40, 44, [], VERBS) is None


def tiny_model(intercept=(0.0, 0.0, 0.0)):
    names = ["v:P", "v:N", "d:compound"]
    coef = [[-1.0, 0.0, 2.0], [2.0, 0.0, -1.0], [-0.5, 0.0, 0.5]]
    return TargetModel(names, coef, list(intercept), {"name": "tiny", "version": "0", "feature_version": FEATURE_VERSION})


def test_model_scores_are_the_linear_sum_and_softmax():
    m = tiny_model((0.1, 0.2, 0.3))
    z = m.add(m.bias, [((("", ["v:P", "v:P", "unknown"]),), 0.5), ((("", ["d:compound"]),), 0.8)])
    logits = [0.1 - 1.0 - 0.4, 0.2, 0.3 + 2.0 + 0.4]
    # scores relative to the neutral class: negative - neutral, positive - neutral
    assert (z.real, z.imag) == pytest.approx((logits[0] - logits[1], logits[2] - logits[1]))
    p = m.proba_of(z)
    assert sum(p) == pytest.approx(1.0) and p[2] > p[1] > p[0]
    e = [math.exp(z) for z in logits]
    assert p[0] == pytest.approx(e[0] / sum(e))


def test_model_file_round_trip_without_pickle(tmp_path):
    m = tiny_model((0.1, 0.2, 0.3))
    path = tmp_path / "m.npz"
    m.save(path)
    back = TargetModel.load(path)
    assert back.name == "tiny 0" and back.intercept == m.intercept
    assert back.weights.keys() == m.weights.keys()
    for k in m.weights:
        assert back.weights[k] == pytest.approx(m.weights[k], abs=1e-6)
    import numpy as np

    with np.load(path, allow_pickle=False) as z:  # plain arrays only
        assert {z[k].dtype.kind for k in z.files} <= {"S", "f"}


def test_model_of_other_feature_version_is_refused():
    with pytest.raises(ValueError, match="features v0"):
        TargetModel(["a"], [[0, 0, 0]], [0, 0, 0], {"feature_version": 0})


def test_shipped_model_loads_and_reads_contrasts():
    m = default_model()
    assert m.meta["feature_version"] == FEATURE_VERSION
    assert m.name.startswith("biaskit-target-sentiment ")
    p = TargetPredictor(m, VERBS)

    class T:
        def __init__(self, s, name, others=()):
            self.sentence, self.start = s, s.index(name)
            self.end = self.start + len(name)
            self.others = tuple((s.index(o), s.index(o) + len(o)) for o in others)

    s = "Voters cheered the brave and generous Ruiz, while prosecutors charged Platt with fraud and bribery."
    assert p.predict_targets([T(s, "Ruiz", ["Platt"]), T(s, "Platt", ["Ruiz"])]) == [1, -1]


def test_shared_and_mention_blocks_add_up_to_the_feature_dictionary():
    s = "Critics attacked Ruiz, but Platt defended him."
    sc = get_vader().analyze(s)
    view = SentenceView.of(s, sc)
    ruiz, platt = view.word_range(s.index("Ruiz"), s.index("Ruiz") + 4), view.word_range(s.index("Platt"), s.index("Platt") + 5)
    m = default_model()
    fast = m.add(m.add(m.bias, sentence_features(view, [ruiz, platt])), mention_features(view, *ruiz, [platt], VERBS))
    slow = m.logits(feats(s, "Ruiz", ["Platt"]))
    assert (fast.real, fast.imag) == pytest.approx((slow.real, slow.imag))
    # word features are looked up through their prefix's table: the window and clause words count
    assert any(k.startswith(("w:L1:", "w:R1:")) and k in m.weights for k in feats(s, "Ruiz", ["Platt"]))
