"""Training the target-sentiment model (needs scikit-learn fitting; biaskit never runs this at
analysis time).

    biaskit train target-sentiment ../shared/data/newsmtsc

reads ``newsmtsc-rw/train.jsonl`` (the training split; the mt train file is the same) to fit,
and the dev splits of rw and mt only to choose the regularisation strength. The result is written
to ``biaskit/models/target_sentiment.npz`` together with the figures it reached on dev.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from biaskit.evaluation import Target, f1_macro, read_targets
from biaskit.targets import FEATURE_VERSION, VECTOR_PREFIXES, TargetModel, TargetPredictor
from biaskit.wordvectors import WordVectors, default_vectors

MODEL_NAME = "biaskit-target-sentiment"
MODEL_VERSION = "1.1.0"
C_GRID = (0.3, 1.0, 3.0, 10.0)
MIN_COUNT = 2


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


def fit(train: Sequence[Target], dev: Sequence[Target], grid: Sequence[float] = C_GRID,
        min_count: int = MIN_COUNT, seed: int = 0, vectors: WordVectors | None = None) -> tuple[TargetModel, dict]:
    """Fit one model per regularisation strength on ``train`` and keep the best on ``dev`` (macro-F1).

    Sparse features seen in fewer than ``min_count`` training targets are left out; dense features
    are standardised for fitting and the standardisation is then folded into the weights."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    if vectors is None:
        vectors = default_vectors()
    ftrain, fdev = featurize(train, vectors), featurize(dev, vectors)
    seen: dict[str, int] = {}
    for f in ftrain:
        for k in f:
            seen[k] = seen.get(k, 0) + 1
    kept = {k for k, c in seen.items() if c >= min_count or k.startswith(_DENSE)}
    mean, scale = _scaling(ftrain)
    vec = DictVectorizer(sort=True)
    xtr = vec.fit_transform([_standardise({k: v for k, v in f.items() if k in kept}, mean, scale) for f in ftrain])
    xdv = vec.transform([_standardise(f, mean, scale) for f in fdev])
    ytr = np.array([t.label for t in train])
    ydv = [t.label for t in dev]
    tried = []
    best = None
    for c in grid:
        clf = LogisticRegression(C=c, max_iter=5000, class_weight="balanced", random_state=seed)
        clf.fit(xtr, ytr)
        score = f1_macro(ydv, [int(k) for k in clf.predict(xdv)])
        tried.append({"C": c, "dev_f1_macro": round(score, 4)})
        if best is None or score > best[0]:
            best = (score, c, clf)
    assert best is not None
    score, c, clf = best
    order = [list(clf.classes_).index(k) for k in (-1, 0, 1)]
    coef = clf.coef_[order].T.copy()  # (features, classes)
    intercept = clf.intercept_[order].copy()
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
        "selected_on": f"NewsMTSC dev rw+mt ({len(dev)} targets)",
        "dev_f1_macro": round(score, 4),
        "grid": tried,
        "word_vectors": vectors.digest,
        "word_vectors_source": vectors.meta.get("source", "?"),
    }
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
