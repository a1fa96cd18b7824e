"""Sentiment: VADER scores per sentence (each distinct sentence scored once) and toward actors."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    from biaskit.vader import Scored

# VADER's own classification thresholds on the compound score (Hutto & Gilbert 2014, and the
# vaderSentiment README): compound >= 0.05 is positive, <= -0.05 negative, else neutral.
POSITIVE_THRESHOLD = 0.05
NEGATIVE_THRESHOLD = -0.05

@lru_cache(maxsize=1)
def vader_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("vaderSentiment")
    except PackageNotFoundError:  # pragma: no cover - vendored copies
        return "unknown"


def model_info() -> dict[str, str]:
    """What produced the sentiment numbers, for reports and summaries."""
    from biaskit.targets import default_model

    return {
        "sentence": f"VADER (vaderSentiment {vader_version()} lexicon and rules)",
        "target": default_model().name,
    }


def label(compound: float) -> str:
    """VADER's three classes for a compound score."""
    if compound >= POSITIVE_THRESHOLD:
        return "positive"
    if compound <= NEGATIVE_THRESHOLD:
        return "negative"
    return "neutral"


class SentenceScorer:
    """VADER (biaskit.vader: vaderSentiment's rules, the word valences kept) with a bounded cache,
    so a sentence repeated across articles is scored once."""

    def __init__(self, cache_size: int = 20_000) -> None:
        from biaskit.vader import get_vader

        self._vader = get_vader()
        self._cache: dict[str, Scored] = {}
        self._cache_size = cache_size
        self.calls = 0

    def analyze(self, sentence: str) -> "Scored":
        """VADER's pass over a sentence: scores, words and word valences."""
        hit = self._cache.get(sentence)
        if hit is not None:
            return hit
        self.calls += 1
        result = self._vader.analyze(sentence)
        if len(self._cache) >= self._cache_size:
            self._cache.clear()  # a cheap bound; a corpus rarely repeats sentences far apart
        self._cache[sentence] = result
        return result

    def score(self, sentence: str) -> tuple[float, float, float, float]:
        """(neg, neu, pos, compound) of a sentence."""
        return self.analyze(sentence).scores


def mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0
