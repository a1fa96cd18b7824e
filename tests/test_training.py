import json

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
