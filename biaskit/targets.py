"""Sentiment toward an actor in a sentence, not of the sentence.

VADER scores a sentence as a whole. For a mention of an actor, biaskit looks at the sentence
around the mention with VADER's own machinery (the valence VADER gives every word, after its
negation, booster and "but" rules) and at the sentence's structure:

* the words next to the mention, by side and distance ("accused X" differs from "X accused");
* the mention's clause (up to a comma, semicolon, colon or a contrastive conjunction);
* VADER's sentiment words by polarity, side, distance and whether they share the clause;
* whether the mention is inside a quotation, whether it is the speaker ("X said", "said X", or
  the label of a transcript or headline, "X: ...") and the class of the speech verb ("claimed"
  doubts, "warned" warns);
* the sentence's own VADER scores and the words of the sentence, with every actor masked, so a
  name never carries sentiment of its own;
* what the words around the mention mean, beyond the words seen in training: the average word
  vector (``biaskit.wordvectors``) of the clause's words on each side (up to six) and of the whole
  sentence, every actor again masked.

A multinomial logistic regression (scikit-learn, trained by ``biaskit train target-sentiment``
on the NewsMTSC training split) weighs these features. Its parameters ship as a small ``.npz``
file in ``biaskit/models`` that is read with numpy only (no pickle, no scikit-learn at run
time). The score toward the actor is P(positive) - P(negative), in [-1, 1].
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Container, Iterable, Iterator, Mapping, Sequence

from biaskit.vader import Scored
from biaskit.wordvectors import WordVectors, default_vectors

#: Version of the feature definitions below; a model file records the version it was trained with.
FEATURE_VERSION = 3
MODEL_FILE = "target_sentiment.npz"
CLASSES = ("negative", "neutral", "positive")

_PUNCT = "\"'“”‘’()[]{}.,;:!?…-—–*"
_QUOTE_RE = re.compile("[\"“”]")
_SPLIT_RE = re.compile(r"\S+")  # VADER's words are the text split at white space
_CLAUSE_ENDS = (",", ";", ":", "”", '"')
_BREAK_WORDS = frozenset("but although though while whereas however because since yet unless".split())
_NEGATIONS = frozenset("not no never nobody nothing neither nor without cannot".split())
# Widths of the windows on each side of a mention: cumulative, so the nearest word counts thrice.
_BUCKETS = (1, 3, 6)
_CLAUSE_MAX = 12
_LEFT = tuple((f"w:L{b}:", b) for b in _BUCKETS)
_RIGHT = tuple((f"w:R{b}:", b) for b in _BUCKETS)
_VECTOR_WINDOW = 6  # words of the clause on each side whose vectors are averaged
# The names of a sentiment word's features, by (positive, left of the mention, distance bucket,
# inside the mention's clause): "v:P", "v:PL1", "v:P:in".
_POLAR = {
    (positive, left, bucket, inside): (f"v:{p}", f"v:{p}{'L' if left else 'R'}{bucket}", f"v:{p}:{'in' if inside else 'out'}")
    for positive, p in ((True, "P"), (False, "N")) for left in (True, False) for bucket in (1, 2, 3)
    for inside in (True, False)
}


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
    label_end: int = -1  # the last word of a speaker's label that opens the sentence ("TAPPER:"), or -1

    @classmethod
    def of(cls, sentence: str, scored: Scored) -> "SentenceView":
        n, off = len(scored.words), scored.offset
        found = list(_SPLIT_RE.finditer(scored.text)) if off >= 0 else []
        if len(found) != n:  # emoji descriptions: split the raw text
            found, off = list(_SPLIT_RE.finditer(sentence))[:n], 0
        raw = [m.group() for m in found]
        starts = [m.start() + off for m in found]
        ends = [m.end() + off for m in found]
        if len(found) < n:
            pad = n - len(found)
            raw += [""] * pad
            starts += [len(sentence)] * pad
            ends += [len(sentence)] * pad
        words = [w.strip(_PUNCT) or w for w in scored.lower]
        # a word ends a clause when it ends with , ; : or a closing quote, or the next word opens a quote
        clause_end = [r.endswith(_CLAUSE_ENDS) for r in raw]
        quote_at = [m.start() for m in _QUOTE_RE.finditer(sentence)] if _QUOTE_RE.search(sentence) else []
        if quote_at:
            for i in range(1, n):
                if raw[i].startswith(("“", '"')):
                    clause_end[i - 1] = True
        sentiment_words = [i for i, v in enumerate(scored.valences) if v]
        return cls(scored, words, starts, ends, quote_at, clause_end, sentiment_words, _label_end(raw))

    def word_range(self, start: int, end: int) -> tuple[int, int] | None:
        """First and last word overlapping characters start..end of the sentence (the words are in
        order and do not overlap: found by bisection)."""
        first, stop = bisect_right(self.ends, start), bisect_left(self.starts, end)
        return (first, stop - 1) if first < stop else None

    def quoted(self, at: int) -> bool:
        """Whether character ``at`` stands inside a quotation."""
        inside = False
        for q in self.quote_at:
            if q >= at:
                break
            inside = not inside
        return inside


_LABEL_MAX = 8  # words a speaker's label may have


def _label_end(raw: Sequence[str]) -> int:
    """The index of the word that ends a speaker's label opening a sentence, as in a transcript or
    a headline: up to eight capitalised words, the last followed by a colon, then what is said
    ("TAPPER: ...", "SEN. LINDSEY GRAHAM (R-SC): ...", "Chuck Todd: ..."); -1 when there is none."""
    for j, r in enumerate(raw[:_LABEL_MAX]):
        if not (r[:1].isupper() or r[:1] == "(" and r[1:2].isupper()):
            return -1
        if r.endswith(":"):
            return j if j + 1 < len(raw) else -1
    return -1


# A block of features that share one value: (groups, value), where each group is a prefix and the
# words it is put before ("w:L1:" and ["accused"] name the feature "w:L1:accused"). A repeated
# name adds up. The model looks words up in one table per prefix, so scoring builds no names.
Block = tuple[Sequence[tuple[str, Sequence[str]]], float]
#: Prefixes of the features made of a word; the model keeps one table of words per prefix.
WORD_PREFIXES = ("w:L1:", "w:L3:", "w:L6:", "w:R1:", "w:R3:", "w:R6:", "c:", "s:")
#: Prefixes of the word-vector features: a block of words under one of them stands for the sum of
#: the words' vectors, one feature per dimension ("vL:0", "vL:1", ...). A linear model's weights
#: make that a number per word, so the model keeps a table of words for these prefixes too.
VECTOR_PREFIXES = ("vS:", "vL:", "vR:")


def block_names(groups: Sequence[tuple[str, Sequence[str]]]) -> list[str]:
    """The feature names of a block."""
    return [prefix + w for prefix, words in groups for w in words]


def sentence_features(view: SentenceView, actors: Iterable[tuple[int, int]], vocab: Container[str]) -> Iterator[Block]:
    """Features every mention of the sentence shares: its words and word pairs with all actors
    masked, the mean vector of its words with a vector (``vocab``: the words that have one), and
    its VADER scores."""
    masked = list(view.words)
    for first, last in actors:
        for k in range(first, last + 1):
            masked[k] = "<actor>"
    grams = set(masked)
    grams.update([f"{a} {b}" for a, b in zip(masked, masked[1:])])
    if grams:
        yield (("s:", sorted(grams)),), 1.0 / math.sqrt(len(grams))
    known = list(filter(vocab.__contains__, masked))
    if known:
        yield (("vS:", known),), 1.0 / len(known)
    sc = view.scored
    yield (("", ("d:compound",)),), sc.compound
    yield (("", ("d:pos",)),), sc.pos
    yield (("", ("d:neg",)),), sc.neg
    if view.quote_at:
        yield (("", ("d:quotes",)),), 1.0


def mention_features(
    view: SentenceView,
    first: int,
    last: int,
    others: Sequence[tuple[int, int]],
    verb_classes: Mapping[str, str],
    vocab: Container[str],
) -> Iterator[Block]:
    """Features of the mention at words first..last (``others``: the other actors' word ranges;
    ``vocab``: the words that have a vector)."""
    words = view.words
    n = len(words)
    other = set()
    for a, b in others:
        other.update(range(a, b + 1))
    masked = [("<actor>" if i in other else w) for i, w in enumerate(words)] if other else words

    window = [(prefix, masked[max(0, first - b):first]) for prefix, b in _LEFT]
    window += [(prefix, masked[last + 1:last + 1 + b]) for prefix, b in _RIGHT]
    size = sum(len(words) for _, words in window)
    if size:
        yield window, 1.0 / math.sqrt(size)

    clause_end = view.clause_end
    lo = first
    while lo > 0 and first - lo < _CLAUSE_MAX and not clause_end[lo - 1] and words[lo - 1] not in _BREAK_WORDS:
        lo -= 1
    hi = last
    while hi < n - 1 and hi - last < _CLAUSE_MAX and not clause_end[hi] and words[hi + 1] not in _BREAK_WORDS:
        hi += 1
    clause = masked[lo:first] + masked[last + 1:hi + 1]
    # the meaning of the clause's words on each side, up to six words
    for prefix, side in (("vL:", masked[max(lo, first - _VECTOR_WINDOW):first]),
                         ("vR:", masked[last + 1:min(hi + 1, last + 1 + _VECTOR_WINDOW)])):
        known = list(filter(vocab.__contains__, side))
        if known:
            yield ((prefix, known),), 1.0 / len(known)
    if clause:
        yield (("c:", clause),), 1.0 / math.sqrt(len(clause))

    pos_near = neg_near = 0.0
    polar = []
    valences = view.scored.valences
    for i in view.sentiment_words:
        if first <= i <= last:
            continue
        v = valences[i]
        d = first - i if i < first else i - last
        polar += _POLAR[v > 0, i < first, 1 if d <= 2 else 2 if d <= 5 else 3, lo <= i <= hi]
        if v > 0:
            pos_near += v / (1 + d)
        else:
            neg_near += v / (1 + d)
    if polar:
        yield (("", polar),), 0.5
    yield (("", ("d:pos_near",)),), pos_near
    yield (("", ("d:neg_near",)),), neg_near

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
    if speaker is None and last <= view.label_end:  # the speaker's label: "X: ..." is what X says
        speaker = verb_classes.get("said", "neutral")
    if speaker is not None:
        flags.append("x:speaks:" + speaker)
    else:
        flags += ["x:spoken_about:" + c for c in sorted({verb_classes[x] for x in words if x in verb_classes})]
    if flags:
        yield (("", flags),), 1.0
    yield (("", ("d:position",)),), first / max(1, n)
    yield (("", ("d:others",)),), float(len(others))


def features(sentence: str, scored: Scored, start: int, end: int, others: Sequence[tuple[int, int]],
             verb_classes: Mapping[str, str], vectors: WordVectors | None = None) -> dict[str, float] | None:
    """All features of the mention at characters start..end of ``sentence`` (``others``: other
    actor mentions as character spans), or None when no word of the sentence overlaps it. The
    word-vector blocks become one feature per dimension (``vectors``: the shipped ones unless given)."""
    view = SentenceView.of(sentence, scored)
    target = view.word_range(start, end)
    if target is None:
        return None
    ranges = [r for r in (view.word_range(a, b) for a, b in others) if r is not None and r != target]
    if vectors is None:
        vectors = default_vectors()
    vocab = vectors.index
    out: dict[str, float] = {}
    for blocks in (sentence_features(view, [target, *ranges], vocab),
                   mention_features(view, target[0], target[1], ranges, verb_classes, vocab)):
        for groups, v in blocks:
            (prefix, words), *_ = groups
            if prefix in VECTOR_PREFIXES:
                total = sum(vectors.vector(w) for w in words) * v
                for j, x in enumerate(total.tolist()):
                    out[f"{prefix}{j}"] = out.get(f"{prefix}{j}", 0.0) + x
                continue
            for k in block_names(groups):
                out[k] = out.get(k, 0.0) + v
    return out


class TargetModel:
    """A trained target-sentiment model: per feature, one weight per class (negative, neutral,
    positive), read from a ``.npz`` file. Dense features are used raw: their standardisation in
    training is folded into the weights and the intercept. A model with word-vector features
    records the digest of the vectors it was trained on; ``vectors`` (the shipped ones unless
    given) must be those."""

    def __init__(self, names: Sequence[str], coef, intercept: Sequence[float], meta: dict,
                 vectors: WordVectors | None = None) -> None:
        if meta.get("feature_version") != FEATURE_VERSION:
            raise ValueError(f"model features v{meta.get('feature_version')}, biaskit computes v{FEATURE_VERSION}")
        rows = [tuple(float(x) for x in row) for row in coef]
        if len(rows) != len(names) or any(len(r) != 3 for r in rows) or len(intercept) != 3:
            raise ValueError("model weights do not match its feature names")
        self.weights: dict[str, tuple[float, ...]] = dict(zip(names, rows))
        self.intercept = tuple(float(x) for x in intercept)
        # Scoring needs the classes' scores relative to the neutral one only (softmax does not
        # change when all scores shift): negative - neutral and positive - neutral, kept as one
        # complex number, so summing a block's weights is a single call to sum() in C.
        self.bias = complex(self.intercept[0] - self.intercept[1], self.intercept[2] - self.intercept[1])
        # the weights split by word prefix ("" holds the other features): looked up without names
        self.tables: dict[str, dict[str, complex]] = {p: {} for p in ("", *WORD_PREFIXES, *VECTOR_PREFIXES)}
        dims: dict[str, dict[int, complex]] = {p: {} for p in VECTOR_PREFIXES}
        for name, (w0, w1, w2) in self.weights.items():
            prefix = next((p for p in VECTOR_PREFIXES if name.startswith(p)), None)
            if prefix is not None:
                dims[prefix][int(name[len(prefix):])] = complex(w0 - w1, w2 - w1)
                continue
            prefix = next((p for p in WORD_PREFIXES if name.startswith(p)), "")
            self.tables[prefix][name[len(prefix):]] = complex(w0 - w1, w2 - w1)
        self.meta = meta
        self.vectors: WordVectors | None = None  # the vectors it weighs (None: no vector features)
        self.vocab: Container[str] = frozenset()  # the words with a vector
        if any(dims.values()):
            if vectors is None:
                vectors = default_vectors()
            if meta.get("word_vectors") != vectors.digest:
                raise ValueError(f"model trained on word vectors {meta.get('word_vectors')}, "
                                 f"these are {vectors.digest}")
            self._vector_tables(vectors, dims)
            self.vectors, self.vocab = vectors, vectors.index

    def _vector_tables(self, vectors: WordVectors, dims: Mapping[str, Mapping[int, complex]]) -> None:
        """Per word and vector prefix, the word's vector times the prefix's weights: what the word
        adds to a block's sum."""
        import numpy as np

        for prefix, by_dim in dims.items():
            if any(j >= vectors.dimensions for j in by_dim):
                raise ValueError(f"model weighs {prefix} dimensions the word vectors do not have")
            w = np.zeros(vectors.dimensions, dtype=np.complex128)
            for j, c in by_dim.items():
                w[j] = c
            scores = vectors.matrix @ w
            self.tables[prefix] = dict(zip(vectors.words, scores.tolist()))

    @property
    def name(self) -> str:
        return f"{self.meta.get('name', 'target-sentiment')} {self.meta.get('version', '?')}"

    def add(self, acc: complex, blocks: Iterable[Block]) -> complex:
        """``acc`` plus the relative class scores of feature blocks (start from ``bias``)."""
        tables = self.tables
        for groups, v in blocks:
            total = 0j
            for prefix, words in groups:
                get = tables[prefix].get
                total += sum(filter(None, map(get, words)), 0j)
            acc += total * v
        return acc

    @staticmethod
    def proba_of(z: complex) -> tuple[float, float, float]:
        """P(negative), P(neutral), P(positive) from relative class scores."""
        m = max(z.real, 0.0, z.imag)
        e0, e1, e2 = math.exp(z.real - m), math.exp(-m), math.exp(z.imag - m)
        t = e0 + e1 + e2
        return e0 / t, e1 / t, e2 / t

    def proba(self, batch: Sequence[Mapping[str, float]]) -> list[tuple[float, float, float]]:
        """Class probabilities for feature dictionaries."""
        return [self.proba_of(self.logits(f)) for f in batch]

    def logits(self, features: Mapping[str, float]) -> complex:
        """Relative class scores of a feature dictionary (name -> value), as ``add`` gives them."""
        acc = self.bias
        for k, v in features.items():
            w = self.weights.get(k)
            if w is not None:
                acc += complex(w[0] - w[1], w[2] - w[1]) * v
        return acc

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
    def load(cls, path: Path | None = None, vectors: WordVectors | None = None) -> "TargetModel":
        import numpy as np

        if path is None:
            with resources.as_file(resources.files("biaskit") / "models" / MODEL_FILE) as p:
                return cls.load(Path(p), vectors)
        with np.load(path, allow_pickle=False) as z:
            names = bytes(z["names"].item()).decode("utf-8").split("\n")
            meta = json.loads(bytes(z["meta"].item()).decode("utf-8"))
            return cls(names, z["coef"].tolist(), z["intercept"].tolist(), meta, vectors)


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

    def __init__(self, model: TargetModel | None = None, verb_classes: Mapping[str, str] | None = None,
                 vectors: WordVectors | None = None) -> None:
        from biaskit.vader import get_vader

        self._model = model
        self.verb_classes = verb_classes if verb_classes is not None else default_verb_classes()
        # the vectors features are made with: those given, else the model's, else the shipped ones
        self.vectors = vectors if vectors is not None else model.vectors if model is not None else None
        self.vader = get_vader()

    @property
    def model(self) -> TargetModel:
        """The model (the shipped one unless another was given); computing features needs none."""
        if self._model is None:
            self._model = default_model()
        return self._model

    def featurize(self, sentence: str, start: int, end: int, others: Sequence[tuple[int, int]]) -> dict[str, float]:
        scored = self.vader.analyze(sentence)
        return features(sentence, scored, start, end, others, self.verb_classes, self.vectors) or {}

    def predict_targets(self, targets) -> list[int]:
        """Labels -1/0/1 for objects with ``sentence``, ``start``, ``end`` and ``others``."""
        batch = [self.featurize(t.sentence, t.start, t.end, t.others) for t in targets]
        if not batch:
            return []
        return [max(range(3), key=p.__getitem__) - 1 for p in self.model.proba(batch)]
