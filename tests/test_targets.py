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
from biaskit.wordvectors import WordVectors, default_vectors, vocabulary

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


def test_a_speakers_label_opening_the_sentence_speaks_as_said_does():
    said = feats("Ruiz said the levy is a disgrace.", "Ruiz")
    for sentence, name in [("RUIZ: The levy is a disgrace.", "RUIZ"), ("SEN. JO RUIZ (D-NM): The levy is a disgrace.", "RUIZ"),
                           ("Jo Ruiz, KTVB NEWS: The levy is a disgrace.", "Ruiz"), ("Ruiz: Levy Is a Disgrace", "Ruiz")]:
        f = feats(sentence, name)
        assert f.get("x:speaks:neutral") == said["x:speaks:neutral"] == 1.0, sentence
    for sentence, name in [("Critics slammed Ruiz: the levy is a disgrace.", "Ruiz"),  # not the label's name
                           ("Update: Ruiz lost the vote.", "Ruiz"), ("RUIZ:", "RUIZ"),  # (nothing said after it)
                           ("Ruiz's plan: a levy on every home.", "Ruiz")]:  # lower case before the colon: no label
        assert not [k for k in feats(sentence, name) if k.startswith("x:speaks")], sentence


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
    for (target, name), (other, other_name) in (((ruiz, "Ruiz"), (platt, "Platt")), ((platt, "Platt"), (ruiz, "Ruiz"))):
        fast = m.add(m.add(m.bias, sentence_features(view, [ruiz, platt], m.vocab)),
                     mention_features(view, *target, [other], VERBS, m.vocab))
        slow = m.logits(feats(s, name, [other_name]))
        assert (fast.real, fast.imag) == pytest.approx((slow.real, slow.imag))
    # the word-vector blocks too: a word's table entry is its vector times the prefix's weights
    assert {"vS:", "vL:"} <= {k[:3] for k in feats(s, "Ruiz", ["Platt"])}
    assert "vR:" in {k[:3] for k in feats(s, "Platt", ["Ruiz"])}  # "defended him"
    assert m.tables["vL:"]["critics"] != 0
    # word features are looked up through their prefix's table: the window and clause words count
    assert any(k.startswith(("w:L1:", "w:R1:")) and k in m.weights for k in feats(s, "Ruiz", ["Platt"]))


def tiny_vectors():
    return WordVectors(["attacked", "critics", "nobody", "hope", "rose"],
                       [[1.0, 0.0], [0.0, 1.0], [0.5, 0.5], [-1.0, 0.0], [0.0, -1.0]], {"source": "test"})


def test_vector_features_average_the_clause_words_on_each_side_and_the_sentence():
    s = "Critics attacked Ruiz, and nobody rose."
    f = features(s, get_vader().analyze(s), s.index("Ruiz"), s.index("Ruiz") + 4, [], VERBS, tiny_vectors())
    # left: "critics" and "attacked"; right: nothing ("nobody rose" is past the comma: another clause)
    assert (f["vL:0"], f["vL:1"]) == pytest.approx((0.5, 0.5))
    assert not [k for k in f if k.startswith("vR:")]
    # the sentence: critics, attacked, nobody, rose (Ruiz masked)
    assert (f["vS:0"], f["vS:1"]) == pytest.approx((1.5 / 4, 0.5 / 4), abs=0.01)


def test_actor_names_lend_no_vector():
    v = tiny_vectors()
    one = features("Rose attacked Ruiz.", get_vader().analyze("Rose attacked Ruiz."), 14, 18, [(0, 4)], VERBS, v)
    two = features("Mark attacked Ruiz.", get_vader().analyze("Mark attacked Ruiz."), 14, 18, [(0, 4)], VERBS, v)
    assert one == two and one["vL:0"] == pytest.approx(1.0)  # "rose" has a vector, "mark" none: both masked


def test_word_vectors_round_trip_and_identify_themselves(tmp_path):
    v = tiny_vectors()
    v.save(tmp_path / "v.npz")
    back = WordVectors.load(tmp_path / "v.npz")
    assert back.words == v.words and back.digest == v.digest and back.meta == {"source": "test"}
    assert back.vector("nobody").tolist() == v.vector("nobody").tolist() == pytest.approx([0.5, 0.5], abs=1 / 127)
    (tmp_path / "bad.npz").write_bytes(b"not numpy")
    with pytest.raises(ValueError, match="bad.npz"):
        WordVectors.load(tmp_path / "bad.npz")
    with pytest.raises(ValueError, match="listed twice"):
        WordVectors(["a", "a"], [[0.0], [1.0]], {})


def test_model_refuses_word_vectors_it_was_not_trained_on():
    v = tiny_vectors()
    meta = {"feature_version": FEATURE_VERSION, "word_vectors": v.digest}
    m = TargetModel(["vL:0", "vL:1"], [[1.0, 0.0, -1.0], [0.0, 0.0, 2.0]], [0, 0, 0], meta, v)
    assert m.tables["vL:"]["attacked"] == complex(1.0, -1.0) and "hope" in m.vocab
    other = WordVectors(v.words, v.matrix * 0.5, {})
    with pytest.raises(ValueError, match="word vectors"):
        TargetModel(["vL:0"], [[1.0, 0.0, -1.0]], [0, 0, 0], meta, other)


def test_shipped_model_and_vectors_belong_together():
    m, v = default_model(), default_vectors()
    assert m.meta["word_vectors"] == v.digest and v.dimensions == 16 and len(v) > 20000
    assert {"praised", "slammed", "terrorist"} <= set(m.vocab)


def test_vocabulary_keeps_whole_lower_case_words(tmp_path):
    (tmp_path / "vocab.txt").write_text("[CLS]\n##ing\nthe\n1999\nwalked\n!\n", encoding="utf-8")
    words = vocabulary(tmp_path, ["ceasefire", "U.S."])
    assert {"the", "walked", "ceasefire", "good"} <= set(words)  # "good": from VADER's lexicon
    assert not {"[CLS]", "##ing", "1999", "!", "U.S."} & set(words) and words == sorted(words)
