import json

import pytest

from biaskit.evaluation import Target
from biaskit.targets import TargetModel, TargetPredictor, default_verb_classes
from biaskit.training import featurize, fit


def targets(rows):
    out = []
    for s, name, label in rows:
        a = s.index(name)
        out.append(Target(s, a, a + len(name), (), label))
    return out


GOOD = ["Voters praised {} for the wonderful rescue.", "Fans cheered {} after a brilliant win.",
        "{} was thanked for a generous gift.", "Neighbours admire {} and her kindness."]
BAD = ["Prosecutors charged {} with fraud.", "{} was jailed for a brutal attack.",
       "Critics blasted {} over the disastrous cuts.", "Police arrested {} after the violent riot."]
FLAT = ["{} arrived in the capital on Monday.", "{} will visit the factory next week.",
        "The committee met {} at noon.", "{} lives in a small town near the coast."]
NAMES = ["Ruiz", "Platt", "Oduya", "Lindqvist", "Barros", "Keane"]


def corpus(names):
    return targets([(t.format(n), n, y) for n in names for y, group in ((1, GOOD), (-1, BAD), (0, FLAT)) for t in group])


def test_fit_learns_from_labels_and_round_trips(tmp_path):
    train, dev = corpus(NAMES[:4]), corpus(NAMES[4:])
    model, meta = fit(train, dev, grid=(1.0, 10.0), min_count=1)
    assert meta["C"] in (1.0, 10.0) and meta["dev_f1_macro"] >= 0.9
    assert {g["C"] for g in meta["grid"]} == {1.0, 10.0}
    path = tmp_path / "m.npz"
    model.save(path)
    back = TargetModel.load(path)
    pred = TargetPredictor(back, default_verb_classes()).predict_targets(dev)
    assert sum(p == t.label for p, t in zip(pred, dev)) / len(dev) >= 0.9
    json.dumps(meta)  # the metadata is plain JSON


def test_dense_standardisation_is_folded_into_the_weights():
    train, dev = corpus(NAMES[:4]), corpus(NAMES[4:])
    model, _ = fit(train, dev, grid=(1.0,), min_count=1)
    # Scoring raw features with the folded weights equals scoring standardised ones with the fitted weights:
    # shown indirectly by the folded model reproducing its own dev figure from raw features.
    from biaskit.evaluation import f1_macro

    pred = TargetPredictor(model, default_verb_classes()).predict_targets(dev)
    assert round(f1_macro([t.label for t in dev], pred), 4) == model.meta["dev_f1_macro"]


def test_featurize_uses_the_same_features_as_prediction():
    (t,) = targets([("Critics blasted Ruiz over the cuts.", "Ruiz", -1)])
    (f,) = featurize([t])
    assert "w:L1:blasted" in f and "v:N" in f


def test_fit_records_the_word_vectors_it_was_trained_on(tmp_path):
    from biaskit.wordvectors import WordVectors

    vectors = WordVectors(["praised", "cheered", "charged", "jailed", "arrived", "visit"],
                          [[1, 0], [0.9, 0.1], [-1, 0], [-0.9, -0.1], [0, 1], [0.1, 0.9]], {"source": "test"})
    train, dev = corpus(NAMES[:4]), corpus(NAMES[4:])
    model, meta = fit(train, dev, grid=(1.0,), min_count=1, vectors=vectors)
    assert meta["word_vectors"] == vectors.digest and meta["word_vectors_source"] == "test"
    assert any(k.startswith("vL:") for k in model.weights) and set(model.vocab) == set(vectors.words)
    model.save(tmp_path / "m.npz")
    with pytest.raises(ValueError, match="word vectors"):  # the shipped vectors are not these
        TargetModel.load(tmp_path / "m.npz")
    back = TargetModel.load(tmp_path / "m.npz", vectors)
    pred = TargetPredictor(back, default_verb_classes()).predict_targets(dev)  # the model's own vectors
    assert sum(p == t.label for p, t in zip(pred, dev)) / len(dev) >= 0.9


def test_building_word_vectors_without_sentence_transformers_says_so(tmp_path):
    import importlib.util

    from typer.testing import CliRunner

    from biaskit.cli import app

    if importlib.util.find_spec("sentence_transformers") is not None:
        pytest.skip("sentence-transformers is installed here")
    (tmp_path / "model").mkdir()
    rw = tmp_path / "data" / "newsmtsc-rw"
    rw.mkdir(parents=True)
    (rw / "train.jsonl").write_text(json.dumps({"sentence": "Ruiz won.", "from": 0, "to": 4, "polarity": 1}) + "\n")
    out = tmp_path / "v.npz"
    res = CliRunner().invoke(app, ["train", "word-vectors", str(tmp_path / "model"), str(tmp_path / "data"), "--out", str(out)])
    assert res.exit_code == 1 and "sentence-transformers" in res.output and not out.exists()
    res = CliRunner().invoke(app, ["train", "word-vectors", str(tmp_path / "nowhere"), str(tmp_path / "data")])
    assert res.exit_code == 1 and "not a model folder" in res.output


def test_class_offsets_correct_balanced_weights_on_held_out_folds():
    import numpy as np

    from biaskit.training import _offsets

    # a rare positive class that one noisy feature separates badly: balanced class weights make
    # it win too often, and a lower positive score wins back held-out macro-F1
    rng = np.random.default_rng(0)
    y = rng.choice([-1, 0, 1], size=300, p=[0.3, 0.6, 0.1])
    feats = [{"d:x": float(v + rng.normal(0, 0.9))} for v in y]
    (neg, pos), before, after = _offsets(feats, y, 1.0, 1, 0, 5)
    assert pos < 0 and after > before + 0.03


def test_class_offsets_come_from_held_out_training_folds_and_fold_into_the_intercept():
    train, dev = corpus(NAMES[:4]), corpus(NAMES[4:])
    plain, meta0 = fit(train, dev, grid=(1.0,), min_count=1, folds=0)
    shifted, meta = fit(train, dev, grid=(1.0,), min_count=1, folds=4)
    assert "class_offsets" not in meta0
    off = meta["class_offsets"]
    assert off["folds"] == 4 and -1.0 <= off["negative"] <= 1.0 and -1.0 <= off["positive"] <= 1.0
    assert off["held_out_f1_macro_offset"] >= off["held_out_f1_macro"]
    # the same weights; the intercept moves by the offsets of the negative and positive classes
    assert shifted.weights == plain.weights
    moved = [a - b for a, b in zip(shifted.intercept, plain.intercept)]
    assert moved == pytest.approx([off["negative"], 0.0, off["positive"]])
