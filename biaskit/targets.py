"""Sentiment toward an actor in a sentence, not of the sentence.

VADER scores a sentence as a whole. For a mention of an actor, biaskit looks at the sentence
around the mention with VADER's own machinery (the valence VADER gives every word, after its
negation, booster and "but" rules) and at the sentence's structure:

* the words next to the mention, by side and distance ("accused X" differs from "X accused");
* the mention's clause (up to a comma, semicolon, colon or a contrastive conjunction);
* VADER's sentiment words by polarity, side, distance and whether they share the clause;
* whether the mention is inside a quotation, whether it is the speaker ("X said", "said X") and
  the class of the speech verb ("claimed" doubts, "warned" warns);
* the sentence's own VADER scores and the words of the sentence, with every actor masked, so a
  name never carries sentiment of its own.

A multinomial logistic regression (scikit-learn, trained by ``biaskit train target-sentiment``
on the NewsMTSC training split) weighs these features. Its parameters ship as a small ``.npz``
file in ``biaskit/models`` that is read with numpy only (no pickle, no scikit-learn at run
time). The score toward the actor is P(positive) - P(negative), in [-1, 1].
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator, Mapping, Sequence

from biaskit.vader import Scored

#: Version of the feature definitions below; a model file records the version it was trained with.
FEATURE_VERSION = 1
MODEL_FILE = "target_sentiment.npz"
CLASSES = ("negative", "neutral", "positive")

_PUNCT = "\"'“”‘’()[]{}.,;:!?…-—–*"
_QUOTE_RE = re.compile("[\"“”]")
_BREAK_WORDS = frozenset("but although though while whereas however because since yet unless".split())
_NEGATIONS = frozenset("not no never nobody nothing neither nor without cannot".split())
_WINDOW = 6
_CLAUSE_MAX = 12


# Window buckets a word at distance d belongs to (cumulative: the nearest word counts thrice).
_BUCKETS = {d: ("1", "3", "6") if d == 1 else ("3", "6") if d <= 3 else ("6",) for d in range(1, _WINDOW + 1)}


@dataclass
class SentenceView:
    """What every mention in one sentence shares: VADER's pass, cleaned words, quotation marks."""

    scored: Scored
    words: list[str]  # lower case, punctuation stripped
    starts: list[int]  # where each word starts in the sentence
    ends: list[int]
    quote_at: list[int]  # positions of quotation marks in the sentence
    clause_end: list[bool]  # word i ends a clause (its raw form ends with , ; : or a quote)
    sentiment_words: list[int]  # indices of the words with a VADER valence

    @classmethod
    def of(cls, sentence: str, scored: Scored) -> "SentenceView":
        spans = scored.spans()
        if spans is None or len(spans) != len(scored.words):  # emoji descriptions: split the raw text
            spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", sentence)]
            spans = (spans + [(len(sentence), len(sentence))] * len(scored.words))[: len(scored.words)]
        words = [w.strip(_PUNCT) or w for w in scored.lower]
        raw_ends = [sentence[s:e] for s, e in spans]
        # a word ends a clause when it ends with , ; : or a closing quote, or the next word opens a quote
        opens = [r.startswith(("“", '"')) for r in raw_ends[1:]] + [False]
        clause_end = [r.endswith((",", ";", ":", "”", '"')) or o for r, o in zip(raw_ends, opens)]
        quote_at = [m.start() for m in _QUOTE_RE.finditer(sentence)] if _QUOTE_RE.search(sentence) else []
        sentiment_words = [i for i, v in enumerate(scored.valences) if v]
        return cls(scored, words, [s for s, _ in spans], [e for _, e in spans], quote_at, clause_end, sentiment_words)

    def word_range(self, start: int, end: int) -> tuple[int, int] | None:
        """First and last word overlapping characters start..end of the sentence."""
        first = last = None
        for i, (s, e) in enumerate(zip(self.starts, self.ends)):
            if s < end and start < e:
                if first is None:
                    first = i
                last = i
            elif s >= end:
                break
        return None if first is None else (first, last)  # type: ignore[return-value]

    def quoted(self, at: int) -> bool:
        """Whether character ``at`` stands inside a quotation."""
        inside = False
        for q in self.quote_at:
            if q >= at:
                break
            inside = not inside
        return inside


Block = tuple[Sequence[str], float]  # feature names that each take this value (a repeated name adds up)


def sentence_features(view: SentenceView, actors: Iterable[tuple[int, int]]) -> Iterator[Block]:
    """Features every mention of the sentence shares: its words and word pairs with all actors
    masked, and its VADER scores."""
    masked = list(view.words)
    for first, last in actors:
        for k in range(first, last + 1):
            masked[k] = "<actor>"
    grams = {"s:" + w for w in masked}
    grams.update([f"s:{a} {b}" for a, b in zip(masked, masked[1:])])
    if grams:
        yield sorted(grams), 1.0 / math.sqrt(len(grams))
    sc = view.scored
    yield ("d:compound",), sc.compound
    yield ("d:pos",), sc.pos
    yield ("d:neg",), sc.neg
    if view.quote_at:
        yield ("d:quotes",), 1.0


def mention_features(
    view: SentenceView,
    first: int,
    last: int,
    others: Sequence[tuple[int, int]],
    verb_classes: Mapping[str, str],
) -> Iterator[Block]:
    """Features of the mention at words first..last (``others``: the other actors' word ranges)."""
    words = view.words
    n = len(words)
    other = set()
    for a, b in others:
        other.update(range(a, b + 1))
    masked = [("<actor>" if i in other else w) for i, w in enumerate(words)] if other else words

    window = []
    for i in range(max(0, first - _WINDOW), first):
        window += [f"w:L{b}:{masked[i]}" for b in _BUCKETS[first - i]]
    for i in range(last + 1, min(n, last + 1 + _WINDOW)):
        window += [f"w:R{b}:{masked[i]}" for b in _BUCKETS[i - last]]
    if window:
        yield window, 1.0 / math.sqrt(len(window))

    clause_end = view.clause_end
    lo = first
    while lo > 0 and first - lo < _CLAUSE_MAX and not clause_end[lo - 1] and words[lo - 1] not in _BREAK_WORDS:
        lo -= 1
    hi = last
    while hi < n - 1 and hi - last < _CLAUSE_MAX and not clause_end[hi] and words[hi + 1] not in _BREAK_WORDS:
        hi += 1
    clause = ["c:" + masked[i] for i in range(lo, hi + 1) if not first <= i <= last]
    if clause:
        yield clause, 1.0 / math.sqrt(len(clause))

    pos_near = neg_near = 0.0
    polar = []
    valences = view.scored.valences
    for i in view.sentiment_words:
        if first <= i <= last:
            continue
        v = valences[i]
        d = first - i if i < first else i - last
        pol = "P" if v > 0 else "N"
        polar += ("v:" + pol, f"v:{pol}{'L' if i < first else 'R'}{'1' if d <= 2 else '2' if d <= 5 else '3'}",
                  f"v:{pol}:{'in' if lo <= i <= hi else 'out'}")
        if v > 0:
            pos_near += v / (1 + d)
        else:
            neg_near += v / (1 + d)
    if polar:
        yield polar, 0.5
    yield ("d:pos_near",), pos_near
    yield ("d:neg_near",), neg_near

    flags = []
    for i in range(lo, hi + 1):
        if words[i] in _NEGATIONS or "n't" in words[i]:
            flags.append("x:negated_clause")
            break
    if view.quote_at and view.quoted(view.ends[first] - 1):  # the last character: a quote glued in front counts
        flags.append("x:in_quote")
    speaker = None
    for i in range(last + 1, min(n, last + 4)):  # "X said", "X also said"
        if words[i] in verb_classes:
            speaker = verb_classes[words[i]]
            break
    if speaker is None and first > 1 and words[first - 1] in verb_classes \
            and view.clause_end[first - 2] and not view.clause_end[first - 1]:  # '"...," said X' (not "said: X")
        speaker = verb_classes[words[first - 1]]
    if speaker is not None:
        flags.append("x:speaks:" + speaker)
    else:
        flags += ["x:spoken_about:" + c for c in sorted({verb_classes[x] for x in words if x in verb_classes})]
    if flags:
        yield flags, 1.0
    yield ("d:position",), first / max(1, n)
    yield ("d:others",), float(len(others))


def features(sentence: str, scored: Scored, start: int, end: int, others: Sequence[tuple[int, int]],
             verb_classes: Mapping[str, str]) -> dict[str, float] | None:
    """All features of the mention at characters start..end of ``sentence`` (``others``: other
    actor mentions as character spans), or None when no word of the sentence overlaps it."""
    view = SentenceView.of(sentence, scored)
    target = view.word_range(start, end)
    if target is None:
        return None
    ranges = [r for r in (view.word_range(a, b) for a, b in others) if r is not None and r != target]
    out: dict[str, float] = {}
    for blocks in (sentence_features(view, [target, *ranges]),
                   mention_features(view, target[0], target[1], ranges, verb_classes)):
        for names, v in blocks:
            for k in names:
                out[k] = out.get(k, 0.0) + v
    return out


class TargetModel:
    """A trained target-sentiment model: per feature, one weight per class (negative, neutral,
    positive), read from a ``.npz`` file. Dense features are used raw: their standardisation in
    training is folded into the weights and the intercept."""

    def __init__(self, names: Sequence[str], coef, intercept: Sequence[float], meta: dict) -> None:
        if meta.get("feature_version") != FEATURE_VERSION:
            raise ValueError(f"model features v{meta.get('feature_version')}, biaskit computes v{FEATURE_VERSION}")
        rows = [tuple(float(x) for x in row) for row in coef]
        if len(rows) != len(names) or any(len(r) != 3 for r in rows) or len(intercept) != 3:
            raise ValueError("model weights do not match its feature names")
        self.weights: dict[str, tuple[float, ...]] = dict(zip(names, rows))
        self.intercept = tuple(float(x) for x in intercept)
        self.meta = meta

    @property
    def name(self) -> str:
        return f"{self.meta.get('name', 'target-sentiment')} {self.meta.get('version', '?')}"

    def add(self, acc: list[float], blocks: Iterable[Block]) -> list[float]:
        """Add the class scores of feature blocks to ``acc``."""
        get = self.weights.get
        for names, v in blocks:
            s0 = s1 = s2 = 0.0
            hit = False
            for w in map(get, names):
                if w is not None:
                    s0 += w[0]
                    s1 += w[1]
                    s2 += w[2]
                    hit = True
            if hit:
                acc[0] += s0 * v
                acc[1] += s1 * v
                acc[2] += s2 * v
        return acc

    def proba_of(self, logits: Sequence[float]) -> tuple[float, float, float]:
        m = max(logits)
        e = [math.exp(z - m) for z in logits]
        t = sum(e)
        return e[0] / t, e[1] / t, e[2] / t

    def proba(self, batch: Sequence[Mapping[str, float]]) -> list[tuple[float, float, float]]:
        """Class probabilities for feature dictionaries."""
        return [self.proba_of(self.add(list(self.intercept), (((k,), v) for k, v in f.items()))) for f in batch]

    def save(self, path: Path) -> None:
        import io

        import numpy as np

        from biaskit.fsutil import atomic_write_bytes

        names = list(self.weights)
        buf = io.BytesIO()
        np.savez_compressed(
            buf,
            names=np.array("\n".join(names).encode("utf-8")),
            coef=np.array([self.weights[n] for n in names], dtype=np.float32).reshape(len(names), 3),
            intercept=np.array(self.intercept, dtype=np.float64),
            meta=np.array(json.dumps(self.meta, sort_keys=True).encode("utf-8")),
        )
        atomic_write_bytes(path, buf.getvalue())

    @classmethod
    def load(cls, path: Path | None = None) -> "TargetModel":
        import numpy as np

        if path is None:
            with resources.as_file(resources.files("biaskit") / "models" / MODEL_FILE) as p:
                return cls.load(Path(p))
        with np.load(path, allow_pickle=False) as z:
            names = bytes(z["names"].item()).decode("utf-8").split("\n")
            meta = json.loads(bytes(z["meta"].item()).decode("utf-8"))
            return cls(names, z["coef"].tolist(), z["intercept"].tolist(), meta)


@lru_cache(maxsize=1)
def default_model() -> TargetModel:
    return TargetModel.load()


@lru_cache(maxsize=1)
def default_verb_classes() -> dict[str, str]:
    """One-word speech verbs of the built-in attribution lexicon and their classes."""
    from biaskit import lexicons

    return verb_classes_of(lexicons.load().attribution)


def verb_classes_of(attribution: Iterable[tuple[str, Sequence[str]]]) -> dict[str, str]:
    return {v: cls for cls, verbs in attribution for v in verbs if " " not in v}


class TargetPredictor:
    """Target sentiment for labelled targets (evaluation and training) with a model."""

    def __init__(self, model: TargetModel | None = None, verb_classes: Mapping[str, str] | None = None) -> None:
        from biaskit.vader import get_vader

        self._model = model
        self.verb_classes = verb_classes if verb_classes is not None else default_verb_classes()
        self.vader = get_vader()

    @property
    def model(self) -> TargetModel:
        """The model (the shipped one unless another was given); computing features needs none."""
        if self._model is None:
            self._model = default_model()
        return self._model

    def featurize(self, sentence: str, start: int, end: int, others: Sequence[tuple[int, int]]) -> dict[str, float]:
        scored = self.vader.analyze(sentence)
        return features(sentence, scored, start, end, others, self.verb_classes) or {}

    def predict_targets(self, targets) -> list[int]:
        """Labels -1/0/1 for objects with ``sentence``, ``start``, ``end`` and ``others``."""
        batch = [self.featurize(t.sentence, t.start, t.end, t.others) for t in targets]
        if not batch:
            return []
        return [max(range(3), key=p.__getitem__) - 1 for p in self.model.proba(batch)]
