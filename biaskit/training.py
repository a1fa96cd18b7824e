"""Training the target-sentiment model (needs scikit-learn fitting; biaskit never runs this at
analysis time).

    biaskit train target-sentiment ../shared/data/newsmtsc

reads ``newsmtsc-rw/train.jsonl`` (the training split; the mt train file is the same) to fit,
and the dev splits of rw and mt only to measure the result. Balanced class weights make the rare
classes (positive, then negative) win more often than macro-F1 rewards, so the negative and
positive class scores are shifted by offsets; the regularisation strength and the offsets are
the pair with the best macro-F1 on five held-out folds of the training split (8,739 targets judge
more steadily than dev's 785, and dev stays unseen). The result is written to
``biaskit/models/target_sentiment.npz`` together with the figures it reached on dev.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from biaskit.evaluation import Target, f1_macro, read_targets
from biaskit.targets import FEATURE_VERSION, VECTOR_PREFIXES, TargetModel, TargetPredictor
from biaskit.wordvectors import WordVectors, default_vectors

MODEL_NAME = "biaskit-target-sentiment"
MODEL_VERSION = "1.4.0"
C_GRID = (0.3, 1.0, 3.0, 10.0)
MIN_COUNT = 2
FOLDS = 5  # held-out folds of the training split that choose the regularisation and the class offsets
OFFSET_STEP, OFFSET_STEPS = 0.05, 20  # offsets tried: -1.0 .. 1.0 by 0.05


_DENSE = ("d:", *VECTOR_PREFIXES)  # features standardised in fitting and always kept


def featurize(targets: Sequence[Target], vectors: WordVectors | None = None) -> list[dict[str, float]]:
    """The features of labelled targets, as the shipped model sees them."""
    predictor = TargetPredictor(vectors=vectors)  # the model is not loaded: features need none
    return [predictor.featurize(t.sentence, t.start, t.end, t.others) for t in targets]


def _scaling(batch: Sequence[dict[str, float]]) -> tuple[dict[str, float], dict[str, float]]:
    """Mean and standard deviation of each dense feature ("d:", word vectors), for standardising in training."""
    keys = sorted({k for f in batch for k in f if k.startswith(_DENSE)})
    mean, scale = {}, {}
    for k in keys:
        vals = [f.get(k, 0.0) for f in batch]
        mu = sum(vals) / len(vals)
        sd = (sum((v - mu) ** 2 for v in vals) / len(vals)) ** 0.5
        mean[k], scale[k] = mu, sd or 1.0
    return mean, scale


def _standardise(f: dict[str, float], mean: dict[str, float], scale: dict[str, float]) -> dict[str, float]:
    out = dict(f)
    for k, mu in mean.items():
        out[k] = (f.get(k, 0.0) - mu) / scale[k]
    return out


def _fit_one(ftrain: Sequence[dict[str, float]], ytrain, c: float, min_count: int, seed: int):
    """One fit at regularisation ``c``: sparse features seen in fewer than ``min_count`` targets
    left out, dense ones standardised. Returns (vectorizer, mean, scale, classifier)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen: dict[str, int] = {}
    for f in ftrain:
        for k in f:
            seen[k] = seen.get(k, 0) + 1
    kept = {k for k, n in seen.items() if n >= min_count or k.startswith(_DENSE)}
    mean, scale = _scaling(ftrain)
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform([_standardise({k: v for k, v in f.items() if k in kept}, mean, scale) for f in ftrain])
    clf = LogisticRegression(C=c, max_iter=5000, class_weight="balanced", random_state=seed)
    clf.fit(x, ytrain)
    return vec, mean, scale, clf


def _class_scores(fitted, batch: Sequence[dict[str, float]]):
    """Scores of the classes -1, 0, 1 (columns, in that order) for feature dictionaries."""
    vec, mean, scale, clf = fitted
    scores = clf.decision_function(vec.transform([_standardise(f, mean, scale) for f in batch]))
    return scores[:, [list(clf.classes_).index(k) for k in (-1, 0, 1)]]


def _labels(scores, offsets: tuple[float, float] = (0.0, 0.0)) -> list[int]:
    """The best class of each row of scores, with offsets added to the negative and positive ones."""
    import numpy as np

    return [int(k) - 1 for k in (scores + np.array([offsets[0], 0.0, offsets[1]])).argmax(axis=1)]


def _offsets(ftrain: Sequence[dict[str, float]], ytrain, c: float, min_count: int, seed: int,
             folds: int) -> tuple[tuple[float, float], float, float]:
    """Offsets to the negative and positive class scores that maximise macro-F1 on ``folds``
    held-out folds of the training split (balanced class weights favour the rare classes more than
    macro-F1 rewards). Returns the offsets and the held-out macro-F1 without and with them."""
    import numpy as np
    from sklearn.model_selection import StratifiedKFold

    held_out = np.zeros((len(ftrain), 3))
    for fit_rows, test_rows in StratifiedKFold(folds, shuffle=True, random_state=seed).split(held_out, ytrain):
        fitted = _fit_one([ftrain[i] for i in fit_rows], ytrain[fit_rows], c, min_count, seed)
        held_out[test_rows] = _class_scores(fitted, [ftrain[i] for i in test_rows])
    truth = [int(k) for k in ytrain]
    steps = [round(x * OFFSET_STEP, 2) for x in range(-OFFSET_STEPS, OFFSET_STEPS + 1)]
    # the best macro-F1; of equals, the smallest shift
    best = max(((f1_macro(truth, _labels(held_out, (a, b))), -abs(a) - abs(b), a, b) for a in steps for b in steps))
    return (best[2], best[3]), f1_macro(truth, _labels(held_out)), best[0]


def fit(train: Sequence[Target], dev: Sequence[Target], grid: Sequence[float] = C_GRID,
        min_count: int = MIN_COUNT, seed: int = 0, vectors: WordVectors | None = None,
        folds: int = FOLDS) -> tuple[TargetModel, dict]:
    """Fit a model on ``train``: the regularisation strength of ``grid`` and the class offsets that
    give the best macro-F1 on ``folds`` held-out folds of ``train``; ``dev`` is only measured.
    With ``folds`` 0 there are no offsets and the strength is the one best on ``dev``.

    Sparse features seen in fewer than ``min_count`` training targets are left out; dense features
    are standardised for fitting and the standardisation is then folded into the weights."""
    import numpy as np

    if vectors is None:
        vectors = default_vectors()
    ftrain, fdev = featurize(train, vectors), featurize(dev, vectors)
    ytr = np.array([t.label for t in train])
    ydv = [t.label for t in dev]
    tried = []
    best = None
    for c in grid:
        entry: dict = {"C": c}
        fitted = None  # (fitted on the whole split here only when dev chooses)
        if folds:
            offsets, before, after = _offsets(ftrain, ytr, c, min_count, seed, folds)
            entry.update({"held_out_f1_macro": round(before, 4), "held_out_f1_macro_offset": round(after, 4)})
            score = after
        else:
            offsets, before, after = (0.0, 0.0), None, None
            fitted = _fit_one(ftrain, ytr, c, min_count, seed)
            score = f1_macro(ydv, _labels(_class_scores(fitted, fdev)))
            entry["dev_f1_macro"] = round(score, 4)
        tried.append(entry)
        if best is None or score > best[0]:
            best = (score, c, offsets, before, after, fitted)
    assert best is not None
    _, c, offsets, before, after, fitted = best
    if fitted is None:
        fitted = _fit_one(ftrain, ytr, c, min_count, seed)
    dev_scores = _class_scores(fitted, fdev)
    vec, mean, scale, clf = fitted
    order = [list(clf.classes_).index(k) for k in (-1, 0, 1)]
    coef = clf.coef_[order].T.copy()  # (features, classes)
    intercept = clf.intercept_[order].copy() + np.array([offsets[0], 0.0, offsets[1]])
    names = list(vec.get_feature_names_out())
    for j, name in enumerate(names):  # w * (x - mu) / sd == (w / sd) * x - w * mu / sd
        if name in mean:
            coef[j] /= scale[name]
            intercept -= coef[j] * mean[name]
    meta = {
        "name": MODEL_NAME,
        "version": MODEL_VERSION,
        "feature_version": FEATURE_VERSION,
        "estimator": "scikit-learn LogisticRegression (multinomial, class_weight=balanced)",
        "C": c,
        "min_count": min_count,
        "trained_on": f"NewsMTSC train ({len(train)} targets)",
        "selected_on": f"{folds} held-out folds of NewsMTSC train" if folds else f"NewsMTSC dev rw+mt ({len(dev)} targets)",
        "measured_on": f"NewsMTSC dev rw+mt ({len(dev)} targets)",
        "dev_f1_macro": round(f1_macro(ydv, _labels(dev_scores, offsets)), 4),
        "grid": tried,
        "word_vectors": vectors.digest,
        "word_vectors_source": vectors.meta.get("source", "?"),
    }
    if folds:
        meta["class_offsets"] = {"negative": offsets[0], "positive": offsets[1], "folds": folds,
                                 "held_out_f1_macro": round(before, 4), "held_out_f1_macro_offset": round(after, 4)}
    return TargetModel(names, coef, intercept, meta, vectors), meta


def train_from(data: Path, out: Path) -> dict:
    """Read NewsMTSC from ``data`` (the folder with newsmtsc-rw/ and newsmtsc-mt/), fit, write ``out``."""
    train = read_targets(data / "newsmtsc-rw" / "train.jsonl")
    dev = read_targets(data / "newsmtsc-rw" / "dev.jsonl") + read_targets(data / "newsmtsc-mt" / "dev.jsonl")
    model, meta = fit(train, dev)
    model.save(out)
    return meta


def build_vectors(model_dir: Path, data: Path, source: str) -> WordVectors:
    """Word vectors for the vocabulary of ``biaskit.wordvectors`` plus the words of NewsMTSC's
    training split (as the target model splits them), from the model in ``model_dir``."""
    from biaskit.targets import SentenceView
    from biaskit.vader import get_vader
    from biaskit.wordvectors import build, vocabulary

    vader = get_vader()
    words: set[str] = set()
    for t in read_targets(data / "newsmtsc-rw" / "train.jsonl"):
        words.update(SentenceView.of(t.sentence, vader.analyze(t.sentence)).words)
    return build(model_dir, vocabulary(model_dir, words), source)
