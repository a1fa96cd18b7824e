import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from biaskit.vader import Vader

# Sentences that exercise each of VADER's rules: boosters and dampeners, ALL CAPS, negation one to
# three words back, "never so", "without doubt", "least", "no" before a sentiment word, "kind of",
# idioms, "but", punctuation emphasis, emoticons and emoji, empty and blank text.
SENTENCES = [
    "The mayor's plan is good.",
    "The mayor's plan is very good!",
    "The mayor's plan is VERY GOOD, the council said.",
    "The plan is not good.",
    "The plan isn't really that good at all.",
    "Nobody thinks the plan was never so good.",
    "Without doubt the plan is good.",
    "It is the least bad option, at least.",
    "There is no good answer and no hope.",
    "The budget was kind of good, sort of.",
    "The new stadium is the bomb, fans said.",
    "The talks were cordial, but the outcome was a disaster.",
    "Why?? Why would anyone cheer this???",
    "Great news :) for the town :(",
    "The volunteers 😁 cleaned the park 💘",
    "   padded   with   spaces   and   good   will   ",
    "",
    "   ",
    "NO ONE IS HAPPY about the closure",
    "He was hardly a hero, but not a villain either.",
]


@pytest.fixture(scope="module")
def both():
    return Vader(), SentimentIntensityAnalyzer()


@pytest.mark.parametrize("text", SENTENCES)
def test_scores_equal_vader_sentiment(both, text):
    ours, ref = both
    assert ours.polarity_scores(text) == ref.polarity_scores(text)


def test_word_valences_are_kept_and_positions_point_into_the_text(both):
    v, _ = both
    text = "  The rescue was wonderful, but the delay was awful."
    r = v.analyze(text)
    assert r.words[3] == "wonderful" and r.valences[3] > 0
    assert r.words[-1] == "awful" and r.valences[-1] < 0
    assert r.valences[0] == 0
    spans = r.spans()
    assert [text[a:b] for a, b in spans][3] == "wonderful,"
    # after "but", VADER weighs later words more: the same word gains weight
    plain = v.analyze("The delay was awful.")
    assert abs(r.valences[-1]) > abs(plain.valences[-1])


def test_emoji_text_has_no_positions(both):
    v, _ = both
    assert v.analyze("Good 😁 day").spans() is None
