"""VADER, one pass per sentence, with the valence of every word kept.

vaderSentiment's ``polarity_scores`` returns four numbers and throws away the per-word valences
that target-aware sentiment needs ("which sentiment words stand next to the actor?"). This module
runs VADER's own rules with VADER's own lexicon, constants and helper functions (imported from
vaderSentiment, not copied) and returns both the sentence scores and the word valences. The
scores are identical to ``polarity_scores`` (the tests and ``benchmarks/throughput.py`` check
this on every sentence they see); the pass is faster because each word is lower-cased once and
the emoji scan is skipped for text without non-ASCII characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT,
    C_INCR,
    N_SCALAR,
    NEGATE,
    SPECIAL_CASES,
    SentimentIntensityAnalyzer,
    SentiText,
    allcap_differential,
    scalar_inc_dec,
)

_NEGATE = frozenset(NEGATE)
_WORD_RE = re.compile(r"\S+")
_SO_THIS = ("so", "this")


@dataclass(frozen=True)
class Scored:
    """VADER's result for one text: the four scores, its words (as VADER splits them), their
    lower-case forms and each word's valence. ``text`` is the text the words were split from
    (emoji descriptions spliced in, stripped) and ``offset`` where it starts in the input, or -1
    when emoji descriptions changed it and positions in the input no longer match."""

    neg: float
    neu: float
    pos: float
    compound: float
    words: tuple[str, ...]
    lower: tuple[str, ...]
    valences: tuple[float, ...]
    text: str = ""
    offset: int = 0

    @property
    def scores(self) -> tuple[float, float, float, float]:
        return self.neg, self.neu, self.pos, self.compound

    def spans(self) -> list[tuple[int, int]] | None:
        """Where each whitespace-separated token starts and ends in the input, or None."""
        if self.offset < 0:
            return None
        return [(m.start() + self.offset, m.end() + self.offset) for m in _WORD_RE.finditer(self.text)]


def _negated(word: str) -> bool:
    return word in _NEGATE or "n't" in word


class Vader:
    """VADER's rules over VADER's lexicon, keeping the valence of each word."""

    def __init__(self) -> None:
        self._sia = SentimentIntensityAnalyzer()
        self.lexicon: dict[str, float] = self._sia.lexicon
        self._emojis: dict[str, str] = self._sia.emojis
        self._emoji_chars = frozenset(self._emojis)
        self._forms: dict[str, tuple[str, str]] = {}  # token -> (VADER's word, its lower case)

    def polarity_scores(self, text: str) -> dict[str, float]:
        """The same dictionary as vaderSentiment's ``polarity_scores``."""
        r = self.analyze(text)
        return {"neg": r.neg, "neu": r.neu, "pos": r.pos, "compound": r.compound}

    def _demojize(self, text: str) -> str:
        if text.isascii():
            return text
        emojis = self._emojis
        if self._emoji_chars.isdisjoint(text):  # one pass in C; curly quotes make most news non-ASCII
            return text
        out = []
        prev_space = True
        for ch in text:  # vaderSentiment's own replacement loop
            if ch in emojis:
                if not prev_space:
                    out.append(" ")
                out.append(emojis[ch])
                prev_space = False
            else:
                out.append(ch)
                prev_space = ch == " "
        return "".join(out)

    def analyze(self, text: str) -> Scored:
        plain = self._demojize(text)
        stripped = plain.strip()
        offset = -1 if plain is not text else len(plain) - len(plain.lstrip())
        forms = self._forms
        words: list[str] = []
        lower: list[str] = []
        for tok in stripped.split():
            form = forms.get(tok)
            if form is None:
                word = SentiText._strip_punc_if_word(tok)
                form = forms[tok] = (word, word.lower())
                if len(forms) > 500_000:
                    forms.clear()
            words.append(form[0])
            lower.append(form[1])
        sentiments = self._valences(words, lower)
        if "but" in lower:
            sentiments = SentimentIntensityAnalyzer._but_check(words, sentiments)
        s = self._sia.score_valence(sentiments, stripped)
        return Scored(s["neg"], s["neu"], s["pos"], s["compound"], tuple(words), tuple(lower),
                      tuple(sentiments), stripped, offset)

    def _valences(self, words: list[str], lower: list[str]) -> list[float]:
        lexicon = self.lexicon
        n = len(words)
        out: list[float] = [0] * n
        hits = [i for i, low in enumerate(lower) if low in lexicon and low not in BOOSTER_DICT]
        if not hits:
            return out
        is_cap_diff = allcap_differential(words)
        for i in hits:
            if lower[i] == "kind" and i < n - 1 and lower[i + 1] == "of":
                continue
            out[i] = self._valence(words, lower, i, is_cap_diff)
        return out

    def _valence(self, words: list[str], lower: list[str], i: int, is_cap_diff: bool) -> float:
        """``sentiment_valence`` of vaderSentiment for a word of the lexicon, rule for rule."""
        lexicon = self.lexicon
        low = lower[i]
        valence = lexicon[low]
        if low == "no" and i != len(words) - 1 and lower[i + 1] in lexicon:
            valence = 0.0
        if (i > 0 and lower[i - 1] == "no") or (i > 1 and lower[i - 2] == "no") \
                or (i > 2 and lower[i - 3] == "no" and lower[i - 1] in ("or", "nor")):
            valence = lexicon[low] * N_SCALAR
        if words[i].isupper() and is_cap_diff:
            valence = valence + C_INCR if valence > 0 else valence - C_INCR
        for start_i in range(3):
            if i > start_i and lower[i - (start_i + 1)] not in lexicon:
                s = scalar_inc_dec(words[i - (start_i + 1)], valence, is_cap_diff)
                if start_i == 1 and s != 0:
                    s = s * 0.95
                if start_i == 2 and s != 0:
                    s = s * 0.9
                valence = valence + s
                valence = self._negation(valence, lower, start_i, i)
                if start_i == 2:
                    valence = self._idioms(valence, lower, i)
        # "least" as a negation
        if i > 1 and lower[i - 1] not in lexicon and lower[i - 1] == "least":
            if lower[i - 2] != "at" and lower[i - 2] != "very":
                valence = valence * N_SCALAR
        elif i > 0 and lower[i - 1] not in lexicon and lower[i - 1] == "least":
            valence = valence * N_SCALAR
        return valence

    @staticmethod
    def _negation(valence: float, lower: list[str], start_i: int, i: int) -> float:
        """``_negation_check`` of vaderSentiment (its operator precedence included)."""
        if start_i == 0:
            if _negated(lower[i - 1]):
                valence = valence * N_SCALAR
        elif start_i == 1:
            if lower[i - 2] == "never" and lower[i - 1] in _SO_THIS:
                valence = valence * 1.25
            elif lower[i - 2] == "without" and lower[i - 1] == "doubt":
                pass
            elif _negated(lower[i - 2]):
                valence = valence * N_SCALAR
        else:
            if (lower[i - 3] == "never" and lower[i - 2] in _SO_THIS) or lower[i - 1] in _SO_THIS:
                valence = valence * 1.25
            elif lower[i - 3] == "without" and (lower[i - 2] == "doubt" or lower[i - 1] == "doubt"):
                pass
            elif _negated(lower[i - 3]):
                valence = valence * N_SCALAR
        return valence

    @staticmethod
    def _idioms(valence: float, lower: list[str], i: int) -> float:
        """``_special_idioms_check`` of vaderSentiment."""
        w3, w2, w1, w0 = lower[i - 3], lower[i - 2], lower[i - 1], lower[i]
        onezero = f"{w1} {w0}"
        twoonezero = f"{w2} {w1} {w0}"
        twoone = f"{w2} {w1}"
        threetwoone = f"{w3} {w2} {w1}"
        threetwo = f"{w3} {w2}"
        for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
            if seq in SPECIAL_CASES:
                valence = SPECIAL_CASES[seq]
                break
        n = len(lower)
        if n - 1 > i:
            zeroone = f"{w0} {lower[i + 1]}"
            if zeroone in SPECIAL_CASES:
                valence = SPECIAL_CASES[zeroone]
        if n - 1 > i + 1:
            zeroonetwo = f"{w0} {lower[i + 1]} {lower[i + 2]}"
            if zeroonetwo in SPECIAL_CASES:
                valence = SPECIAL_CASES[zeroonetwo]
        for n_gram in (threetwoone, threetwo, twoone):
            if n_gram in BOOSTER_DICT:
                valence = valence + BOOSTER_DICT[n_gram]
        return valence


@lru_cache(maxsize=1)
def get_vader() -> Vader:
    """One Vader per process: building the lexicon takes a while."""
    return Vader()
