"""Sentiment: VADER scores per sentence (each distinct sentence scored once) and toward actors."""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

# VADER's own classification thresholds on the compound score (Hutto & Gilbert 2014, and the
# vaderSentiment README): compound >= 0.05 is positive, <= -0.05 negative, else neutral.
POSITIVE_THRESHOLD = 0.05
NEGATIVE_THRESHOLD = -0.05

#: Name and version of the method that turns sentence scores into sentiment toward an actor.
TARGET_METHOD = "mention-sentences-mean"
TARGET_METHOD_VERSION = "1"


@lru_cache(maxsize=1)
def vader_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("vaderSentiment")
    except PackageNotFoundError:  # pragma: no cover - vendored copies
        return "unknown"


def model_info() -> dict[str, str]:
    """What produced the sentiment numbers, for reports and summaries."""
    return {
        "sentence": f"vaderSentiment {vader_version()}",
        "target": f"{TARGET_METHOD} v{TARGET_METHOD_VERSION}",
    }


def label(compound: float) -> str:
    """VADER's three classes for a compound score."""
    if compound >= POSITIVE_THRESHOLD:
        return "positive"
    if compound <= NEGATIVE_THRESHOLD:
        return "negative"
    return "neutral"


class SentenceScorer:
    """VADER with a bounded cache, so a sentence repeated across articles is scored once."""

    def __init__(self, cache_size: int = 200_000) -> None:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        self._vader = SentimentIntensityAnalyzer()
        self._cache: dict[str, tuple[float, float, float, float]] = {}
        self._cache_size = cache_size
        self.calls = 0

    def score(self, sentence: str) -> tuple[float, float, float, float]:
        """(neg, neu, pos, compound) of a sentence."""
        hit = self._cache.get(sentence)
        if hit is not None:
            return hit
        self.calls += 1
        s = self._vader.polarity_scores(sentence)
        result = (s["neg"], s["neu"], s["pos"], s["compound"])
        if len(self._cache) >= self._cache_size:
            self._cache.clear()  # a cheap bound; a corpus rarely repeats sentences far apart
        self._cache[sentence] = result
        return result


def mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0
