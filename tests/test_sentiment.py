import pytest

from biaskit.sentiment import SentenceScorer, label, mean, model_info


@pytest.mark.parametrize("compound, expected", [(0.05, "positive"), (0.049, "neutral"), (-0.049, "neutral"), (-0.05, "negative")])
def test_vader_thresholds(compound, expected):
    assert label(compound) == expected


def test_scores_match_vader_and_are_cached():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    scorer = SentenceScorer()
    sentence = "The rescue was a wonderful success."
    raw = SentimentIntensityAnalyzer().polarity_scores(sentence)
    assert scorer.score(sentence) == (raw["neg"], raw["neu"], raw["pos"], raw["compound"])
    scorer.score(sentence)
    scorer.score("The attack was horrible.")
    assert scorer.calls == 2


def test_cache_is_bounded():
    scorer = SentenceScorer(cache_size=2)
    for s in ["Good.", "Bad.", "Fine.", "Good."]:
        scorer.score(s)
    assert len(scorer._cache) <= 2
    assert scorer.calls == 4


def test_model_info_names_vader_version():
    info = model_info()
    assert "vaderSentiment 3." in info["sentence"]
    assert info["target"].startswith("biaskit-target-sentiment ")


def test_mean():
    assert mean([]) == 0.0
    assert mean([0.5, -0.25]) == 0.125
