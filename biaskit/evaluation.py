"""Evaluation on human labels: target sentiment (NewsMTSC format) and sentence sentiment (VADER's
ground-truth format), each against plain VADER on the whole sentence measured in the same run.

Readers report a bad line with its file and line number and stop (an evaluation file is either
read whole or not at all: a silently shortened test set would change the figures).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

from biaskit.errors import InputError, parse_json

LABELS = (-1, 0, 1)
_POLARITY = {2.0: -1, 4.0: 0, 6.0: 1, -1: -1, 0: 0, 1: 1}


@dataclass(frozen=True)
class Target:
    """One labelled target: a sentence, the target's character span, the other targets' spans, the label."""

    sentence: str
    start: int
    end: int
    others: tuple[tuple[int, int], ...]
    label: int  # -1, 0, 1
    ident: str = ""


def _read_text(path: Path) -> str:
    """A UTF-8 evaluation file's text (a leading byte-order mark dropped)."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read: {exc}") from exc


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """Numbered lines, split at newlines only (str.splitlines would also cut at U+2028 and the
    like, which can stand inside a JSON string or a snippet's text)."""
    for n, line in enumerate(text.split("\n"), 1):
        yield n, line.rstrip("\r")


def _problem(path: Path, line: int, why: str) -> InputError:
    return InputError(str(path), why, line)


def read_targets(path: Path) -> list[Target]:
    """Targets of a NewsMTSC JSONL file: the original form (``sentence_normalized`` and ``targets``
    with polarity 2/4/6) or the flat ``-hf`` form (``sentence``, ``from``, ``to``, polarity -1/0/1)."""
    rows: list[tuple[str, int, int, int, str]] = []
    spans_of: dict[str, set[tuple[int, int]]] = {}
    text = _read_text(path)
    for n, line in _lines(text):
        if not line.strip():
            continue
        try:
            rec = parse_json(line)
        except json.JSONDecodeError as exc:
            raise _problem(path, n, f"not JSON ({exc.msg})") from exc
        if not isinstance(rec, dict):
            raise _problem(path, n, "expected a JSON object")
        try:
            if "targets" in rec:
                sentence = rec["sentence_normalized"]
                items = [(t["from"], t["to"], t["polarity"], t.get("Input.gid", "")) for t in rec["targets"]]
            else:
                sentence = rec["sentence"]
                items = [(rec["from"], rec["to"], rec["polarity"], rec.get("id", ""))]
        except (KeyError, TypeError) as exc:
            raise _problem(path, n, f"missing field {exc}") from exc
        if not isinstance(sentence, str):
            raise _problem(path, n, "the sentence is not a string")
        for start, end, polarity, ident in items:
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(sentence)):
                raise _problem(path, n, f"target span {start!r}..{end!r} is outside the sentence")
            label = _POLARITY.get(polarity)
            if label is None:
                raise _problem(path, n, f"unknown polarity {polarity!r} (expected 2/4/6 or -1/0/1)")
            rows.append((sentence, start, end, label, str(ident)))
            spans_of.setdefault(sentence, set()).add((start, end))
    if not rows:
        raise InputError(str(path), "no targets")
    return [Target(s, a, b, tuple(sorted(x for x in spans_of[s] if x != (a, b))), y, i) for s, a, b, y, i in rows]


def read_ratings(path: Path) -> list[tuple[str, float, str]]:
    """(id, mean rating, text) rows of a VADER ground-truth file (tab-separated, no header)."""
    text = _read_text(path)
    rows = []
    for n, line in _lines(text):
        if not line.strip():
            continue
        parts = line.split("\t", 2)
        if len(parts) != 3:
            raise _problem(path, n, "expected three tab-separated columns: id, mean rating, text")
        try:
            rating = float(parts[1])
        except ValueError as exc:
            raise _problem(path, n, f"the rating {parts[1]!r} is not a number") from exc
        if not math.isfinite(rating):
            raise _problem(path, n, f"the rating {parts[1]!r} is not a finite number")
        rows.append((parts[0], rating, parts[2]))
    if not rows:
        raise InputError(str(path), "no rows")
    return rows


def confusion(gold: Sequence[int], pred: Sequence[int]) -> list[list[int]]:
    """Rows are the true class, columns the predicted one, in the order negative, neutral, positive."""
    m = [[0, 0, 0] for _ in LABELS]
    for g, p in zip(gold, pred):
        m[g + 1][p + 1] += 1
    return m


def f1_macro(gold: Sequence[int], pred: Sequence[int]) -> float:
    """The mean F1 of the classes that occur in the labels or the predictions (as scikit-learn
    takes them): a class no item has and nothing predicts is not scored as a failure."""
    m = confusion(gold, pred)
    f1s = []
    for k in range(3):
        tp = m[k][k]
        fp = sum(m[r][k] for r in range(3)) - tp
        fn = sum(m[k]) - tp
        if tp + fp + fn:
            f1s.append(2 * tp / (2 * tp + fp + fn))
    return sum(f1s) / len(f1s) if f1s else 0.0


def accuracy(gold: Sequence[int], pred: Sequence[int]) -> float:
    return sum(g == p for g, p in zip(gold, pred)) / len(gold) if gold else 0.0


def pearson(x: Sequence[float], y: Sequence[float]) -> float | None:
    """Pearson's r; None where it is undefined (fewer than two items, or no spread in either)."""
    n = len(x)
    if n < 2:
        return None
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    return sxy / math.sqrt(sxx * syy) if sxx and syy else None


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def vader_label(compound: float) -> int:
    from biaskit.sentiment import NEGATIVE_THRESHOLD, POSITIVE_THRESHOLD

    return 1 if compound >= POSITIVE_THRESHOLD else -1 if compound <= NEGATIVE_THRESHOLD else 0


def rating_label(rating: float) -> int:
    """A mean human rating (-4..4) as a class, with VADER's own thresholds scaled to the rating range."""
    return 1 if rating >= 0.05 * 4 else -1 if rating <= -0.05 * 4 else 0


def _f1_from_counts(t):
    """Macro-F1 of each row of flattened 3 x 3 confusion counts (rows true, columns predicted)."""
    import numpy as np

    m = t.reshape(-1, 3, 3)
    tp = m[:, [0, 1, 2], [0, 1, 2]]
    denom = m.sum(axis=2) + m.sum(axis=1)  # 2tp + fp + fn
    f1 = np.divide(2 * tp, denom, out=np.zeros_like(tp), where=tp > 0)
    present = denom > 0  # (as f1_macro: the classes in the labels or the predictions)
    return f1.sum(axis=1) / np.maximum(present.sum(axis=1), 1)


def _interval(values) -> list[float] | None:
    """The 2.5th and 97.5th percentiles of resampled figures, over the resamples where the figure
    is defined (not NaN); None when it is defined in none."""
    import numpy as np

    values = np.asarray(values, dtype=np.float64)
    values = values[~np.isnan(values)]
    if not len(values):
        return None
    lo, hi = np.percentile(values, [2.5, 97.5])
    return [round(float(lo), 4), round(float(hi), 4)]


def f1_intervals(gold: Sequence[int], pred: Sequence[int], base: Sequence[int],
                 units: Sequence[object] | None = None) -> dict:
    """95% bootstrap intervals of macro-F1 for ``pred`` and ``base`` and of their difference,
    from the same resamples (paired; the aggregates' seeded bootstrap, ``resample_sums``).
    ``units``: what is resampled whole, one key per item (a sentence's targets share its words
    and are not independent); each item alone when None."""
    import numpy as np

    from biaskit.aggregate import resample_sums

    keys = list(range(len(gold))) if units is None else list(units)
    index: dict[object, int] = {}
    unit = np.array([index.setdefault(k, len(index)) for k in keys], dtype=np.int64)
    counts = np.zeros((len(index), 18))  # per unit: its confusion counts, biaskit's then the baseline's
    for offset, labels in ((0, pred), (9, base)):
        cell = offset + (np.asarray(gold) + 1) * 3 + (np.asarray(labels) + 1)
        np.add.at(counts, (unit, cell), 1)
    sums = resample_sums(counts, "evaluation:f1")
    ours, theirs = _f1_from_counts(sums[:, :9]), _f1_from_counts(sums[:, 9:])
    return {"f1_macro_ci": _interval(ours), "baseline_f1_macro_ci": _interval(theirs),
            "f1_macro_gain_ci": _interval(ours - theirs)}


def pearson_intervals(x: Sequence[float], base: Sequence[float], y: Sequence[float]) -> dict:
    """95% bootstrap intervals of Pearson r of ``x`` and of ``base`` with ``y``, and of their
    difference, from the same resamples of the items (``resample_sums``)."""
    import numpy as np

    from biaskit.aggregate import resample_sums

    a, b, c = (np.asarray(v, dtype=np.float64) for v in (x, base, y))
    # per item the terms of both correlations' sums: 1, c, c^2, then a, a^2, a*c and b, b^2, b*c
    sums = resample_sums(np.stack([np.ones_like(c), c, c * c, a, a * a, a * c, b, b * b, b * c], axis=1),
                         "evaluation:pearson")
    n, sc, scc = sums[:, 0], sums[:, 1], sums[:, 2]

    def r(sa, saa, sac):
        cov = sac - sa * sc / n
        va, vc = saa - sa * sa / n, scc - sc * sc / n
        ok = (va > 0) & (vc > 0)  # (r is undefined without spread: NaN, left out of the interval)
        return np.divide(cov, np.sqrt(np.where(ok, va * vc, 1.0)), out=np.full_like(cov, np.nan), where=ok)

    ours, theirs = r(*sums[:, 3:6].T), r(*sums[:, 6:9].T)
    return {"pearson_r_ci": _interval(ours), "baseline_pearson_r_ci": _interval(theirs),
            "pearson_r_gain_ci": _interval(ours - theirs)}


def _figures(gold: Sequence[int], pred: Sequence[int]) -> dict:
    return {"f1_macro": round(f1_macro(gold, pred), 4), "accuracy": round(accuracy(gold, pred), 4),
            "confusion": confusion(gold, pred)}


def evaluate_targets(targets: Sequence[Target], model=None) -> dict:
    """biaskit's target sentiment and plain VADER on the whole sentence, on the same targets."""
    from biaskit.targets import TargetPredictor
    from biaskit.vader import get_vader

    predictor = TargetPredictor(model)
    vader = get_vader()
    gold = [t.label for t in targets]
    pred = predictor.predict_targets(targets)
    base = [vader_label(vader.analyze(t.sentence).compound) for t in targets]
    out = {"n": len(targets), **_figures(gold, pred)}
    b = _figures(gold, base)
    out.update({"baseline_f1_macro": b["f1_macro"], "baseline_accuracy": b["accuracy"],
                "baseline_confusion": b["confusion"], "model": predictor.model.name,
                "baseline": "VADER compound of the whole sentence, thresholds -0.05/0.05"})
    from biaskit.aggregate import N_BOOTSTRAP

    out.update(f1_intervals(gold, pred, base, [t.sentence for t in targets]))
    out["intervals"] = f"95% bootstrap intervals, {N_BOOTSTRAP} resamples of the sentences (a sentence's targets together)"
    return out


def evaluate_sentences(rows: Sequence[tuple[str, float, str]]) -> dict:
    """biaskit's sentence sentiment against the mean human ratings, and plain vaderSentiment."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from biaskit.sentiment import SentenceScorer

    scorer = SentenceScorer()
    reference = SentimentIntensityAnalyzer()
    gold_r = [r for _, r, _ in rows]
    ours = [scorer.score(text)[3] for _, _, text in rows]
    base = [reference.polarity_scores(text)["compound"] for _, _, text in rows]
    gold = [rating_label(r) for r in gold_r]
    out = {"n": len(rows), **_figures(gold, [vader_label(c) for c in ours]),
           "pearson_r": _rounded(pearson(ours, gold_r))}
    b = _figures(gold, [vader_label(c) for c in base])
    out.update({"baseline_f1_macro": b["f1_macro"], "baseline_accuracy": b["accuracy"],
                "baseline_confusion": b["confusion"], "baseline_pearson_r": _rounded(pearson(base, gold_r)),
                "baseline": "vaderSentiment polarity_scores compound"})
    from biaskit.aggregate import N_BOOTSTRAP

    out.update(f1_intervals(gold, [vader_label(c) for c in ours], [vader_label(c) for c in base]))
    out.update(pearson_intervals(ours, base, gold_r))
    out["intervals"] = f"95% bootstrap intervals, {N_BOOTSTRAP} resamples of the items"
    return out


def _figure(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.4f}"


def _span(interval: list[float] | None, fmt: str, joint: str) -> str:
    return "n/a" if interval is None else f"{interval[0]:{fmt}}{joint}{interval[1]:{fmt}}"


def iter_lines(report: dict) -> Iterator[str]:
    """The figures of an evaluation as text lines."""
    names = ("negative", "neutral", "positive")
    yield f"items: {report['n']}"
    if "model" in report:
        yield f"model: {report['model']}"
    yield f"{'':24}{'biaskit':>10}{'baseline':>10}"
    yield f"{'macro-F1':24}{report['f1_macro']:>10.4f}{report['baseline_f1_macro']:>10.4f}"
    yield f"{'accuracy':24}{report['accuracy']:>10.4f}{report['baseline_accuracy']:>10.4f}"
    if "pearson_r" in report:
        yield f"{'Pearson r':24}{_figure(report['pearson_r']):>10}{_figure(report['baseline_pearson_r']):>10}"
    if "intervals" in report:
        yield ""
        yield f"{report['intervals']}:"
        for label, key, gain in (("macro-F1", "f1_macro", "f1_macro_gain_ci"), ("Pearson r", "pearson_r", "pearson_r_gain_ci")):
            if f"{key}_ci" in report:
                ours, base, diff = report[f"{key}_ci"], report[f"baseline_{key}_ci"], report[gain]
                yield (f"{label:24}{_span(ours, '.3f', '-'):11}  baseline {_span(base, '.3f', '-')}"
                       f"  difference {_span(diff, '+.3f', ' to ')}")
    for title, key in (("biaskit", "confusion"), ("baseline", "baseline_confusion")):
        yield ""
        yield f"confusion, {title} (rows: true class, columns: predicted)"
        yield f"{'':12}" + "".join(f"{n:>10}" for n in names)
        for name, row in zip(names, report[key]):
            yield f"{name:12}" + "".join(f"{v:>10}" for v in row)
    yield ""
    yield f"baseline: {report['baseline']}"


@dataclass(frozen=True)
class BiasSentence:
    """A sentence of the BABE/MBIC files: text, 1 for Biased, 0 for Non-biased, the annotated words."""

    text: str
    biased: int
    words: tuple[str, ...]


def read_bias_sentences(path: Path) -> list[BiasSentence]:
    """Rows of a BABE/MBIC CSV (``;``-separated, columns ``text``, ``label_bias``, ``biased_words``);
    rows labelled "No agreement" are left out."""
    import ast
    import csv
    import io

    raw = _read_text(path)
    reader = csv.DictReader(io.StringIO(raw, newline=""), delimiter=";")
    missing = {"text", "label_bias", "biased_words"} - set(reader.fieldnames or ())
    if missing:
        raise InputError(str(path), f"missing column(s) {', '.join(sorted(missing))}", 1)
    out = []
    for row in reader:
        line = reader.line_num
        label = (row.get("label_bias") or "").strip()
        if label == "No agreement":
            continue
        if label not in ("Biased", "Non-biased"):
            raise _problem(path, line, f"label_bias must be Biased, Non-biased or No agreement (got {label!r})")
        text = row.get("text") or ""
        try:
            words = ast.literal_eval(row.get("biased_words") or "[]")
        except (ValueError, SyntaxError) as exc:
            raise _problem(path, line, "biased_words is not a list like ['word', ...]") from exc
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise _problem(path, line, "biased_words is not a list of strings")
        out.append(BiasSentence(text, 1 if label == "Biased" else 0, tuple(words)))
    if not out:
        raise InputError(str(path), "no labelled sentences")
    return out


def roc_auc(labels: Sequence[int], scores: Sequence[float]) -> float:
    """Area under the ROC curve (ties count half), as scikit-learn's ``roc_auc_score``."""
    from sklearn.metrics import roc_auc_score

    if len(set(labels)) < 2:
        return float("nan")
    return float(roc_auc_score(labels, scores))


def evaluate_loaded(rows: Sequence[BiasSentence]) -> dict:
    """biaskit's loaded-language score of each sentence against the Biased/Non-biased labels, and
    the share of annotated biased words its label lexicon finds; plain VADER (1 - neu) as baseline."""
    from biaskit import lexicons
    from biaskit.framing import FrameScorer
    from biaskit.segment import tokenize
    from biaskit.vader import get_vader

    framing = FrameScorer(lexicons.load())
    vader = get_vader()
    labels = [r.biased for r in rows]
    ours, base = [], []
    annotated = found = 0
    for r in rows:
        tokens = [t.text.lower() for t in tokenize(r.text)]
        hits = framing.label_hits(tokens)
        scored = vader.analyze(r.text)
        ours.append(framing.loaded_score(hits))
        base.append(1.0 - scored.neu)
        covered = {k for h in hits for k in range(h.first, h.last + 1)}
        for w in r.words:
            parts = [t.text.lower() for t in tokenize(w)]
            if not parts:
                continue
            annotated += 1
            starts = [i for i in range(len(tokens) - len(parts) + 1) if tokens[i:i + len(parts)] == parts]
            found += any(all(k in covered for k in range(i, i + len(parts))) for i in starts)
    return {
        "n": len(rows),
        "biased": sum(labels),
        "auc": round(roc_auc(labels, ours), 4),
        "baseline_auc": round(roc_auc(labels, base), 4),
        "word_recall": round(found / annotated, 4) if annotated else 0.0,
        "annotated_words": annotated,
        "score": "loaded labels (label lexicon, kind 'label') in the sentence",
        "baseline": "VADER 1 - neu of the sentence",
    }


#: GVFC's nine gun-violence frames and the biaskit frame each is scored as (README, "Frames").
GVFC_FRAMES = {
    1: ("gun rights / 2nd Amendment", "legality"),
    2: ("gun control / regulation", "policy_prescription"),
    3: ("politics", "political"),
    4: ("mental health", "health_safety"),
    5: ("school or public space safety", "security_defense"),
    6: ("race / ethnicity", "fairness_equality"),
    7: ("public opinion", "public_opinion"),
    8: ("society / culture", "cultural_identity"),
    9: ("economic consequences", "economic"),
}


def read_gvfc(path: Path) -> list[tuple[str, int, int | None]]:
    """(headline, primary frame, secondary frame or None) of the relevant, framed GVFC headlines
    (comma-separated with columns ``news_title``/``headline``, ``Q1 Relevant``, ``Q3 Theme1``, ``Q3 Theme2``)."""
    import csv
    import io

    raw = _read_text(path)
    reader = csv.DictReader(io.StringIO(raw, newline=""))
    fields = set(reader.fieldnames or ())
    title = "news_title" if "news_title" in fields else "headline" if "headline" in fields else None
    missing = {"Q3 Theme1", "Q3 Theme2"} - fields
    if title is None or missing:
        raise InputError(str(path), "expected columns news_title (or headline), Q3 Theme1 and Q3 Theme2", 1)
    out = []
    for row in reader:
        line = reader.line_num
        try:
            relevant = int(float(row.get("Q1 Relevant") or 1))
            first = int(float(row["Q3 Theme1"]))
            second = int(float(row["Q3 Theme2"] or 99))
        except ValueError as exc:
            raise _problem(path, line, f"a frame code is not a number ({exc})") from exc
        if relevant != 1 or first not in GVFC_FRAMES:
            continue
        out.append((row[title], first, second if second in GVFC_FRAMES else None))
    if not out:
        raise InputError(str(path), "no relevant headlines with a frame")
    return out


def evaluate_frames(rows: Sequence[tuple[str, int, int | None]]) -> dict:
    """biaskit's strongest frame of each headline (among the frames GVFC's map to) against the
    coders' frames: per frame precision (the prediction is one of the headline's frames), recall (of
    headlines whose primary frame it is) and F1, their macro mean, accuracy and coverage."""
    from biaskit import lexicons
    from biaskit.framing import FrameScorer
    from biaskit.segment import tokenize

    framing = FrameScorer(lexicons.load())
    targets = [f for _, f in GVFC_FRAMES.values()]
    tp: dict[str, int] = {f: 0 for f in targets}
    fp: dict[str, int] = {f: 0 for f in targets}
    fn: dict[str, int] = {f: 0 for f in targets}
    correct = covered = 0
    for text, first, second in rows:
        counts: dict[str, int] = {}
        for h in framing.frame_hits([t.text.lower() for t in tokenize(text)]):
            if h.category in tp:
                counts[h.category] = counts.get(h.category, 0) + 1
        pred = max(targets, key=lambda f: counts.get(f, 0)) if counts else None  # ties: GVFC order
        gold = {GVFC_FRAMES[first][1]} | ({GVFC_FRAMES[second][1]} if second else set())
        primary = GVFC_FRAMES[first][1]
        if pred is not None:
            covered += 1
            if pred in gold:
                tp[pred] += 1
                correct += 1
            else:
                fp[pred] += 1
        if pred != primary:
            fn[primary] += 1
    per_frame = {}
    for code, (name, f) in GVFC_FRAMES.items():
        p = tp[f] / (tp[f] + fp[f]) if tp[f] + fp[f] else 0.0
        r = tp[f] / (tp[f] + fn[f]) if tp[f] + fn[f] else 0.0
        per_frame[f] = {"gvfc": f"{code} {name}", "precision": round(p, 4), "recall": round(r, 4),
                        "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
                        "support": sum(1 for _, a, _ in rows if GVFC_FRAMES[a][1] == f)}
    return {
        "n": len(rows),
        "per_frame": per_frame,
        "f1_macro": round(sum(v["f1"] for v in per_frame.values()) / len(per_frame), 4),
        "accuracy": round(correct / len(rows), 4),
        "coverage": round(covered / len(rows), 4),
        "method": "the biaskit frame with the most lexicon hits in the headline, among the nine GVFC maps to",
    }


def loaded_lines(report: dict) -> Iterator[str]:
    """The figures of a loaded-language evaluation as text lines."""
    yield f"sentences: {report['n']} ({report['biased']} biased)"
    yield f"{'':28}{'biaskit':>10}{'baseline':>10}"
    yield f"{'ROC AUC (biased vs not)':28}{report['auc']:>10.4f}{report['baseline_auc']:>10.4f}"
    yield f"recall of annotated biased words: {report['word_recall']:.4f} ({report['annotated_words']} words)"
    yield f"score: {report['score']}; baseline: {report['baseline']}"


def frame_lines(report: dict) -> Iterator[str]:
    """The figures of a frame evaluation as text lines."""
    yield f"headlines: {report['n']}; with a frame found: {report['coverage']:.1%}; accuracy {report['accuracy']:.4f}"
    yield f"  {'GVFC frame':34}{'biaskit frame':22}{'precision':>10}{'recall':>8}{'F1':>8}{'support':>9}"
    for f, v in report["per_frame"].items():
        yield f"  {v['gvfc']:34}{f:22}{v['precision']:>10.4f}{v['recall']:>8.4f}{v['f1']:>8.4f}{v['support']:>9}"
    yield f"macro-F1 {report['f1_macro']:.4f}; {report['method']}"
