import pytest

from biaskit.agency import ACTED_UPON, ACTS, agency
from biaskit.segment import tokenize


def role(sentence, name, speech=frozenset({"said", "warned"})):
    written = [t.text for t in tokenize(sentence)]
    toks = [w.lower() for w in written]
    words = name.lower().split()
    first = next(i for i in range(len(toks)) if toks[i:i + len(words)] == words)
    return agency(toks, first, first + len(words) - 1, [0] * len(toks), speech, written)


@pytest.mark.parametrize(
    "sentence, name, expected",
    [
        ("Ruiz attacked the depot.", "Ruiz", ACTS),
        ("Ruiz also struck the depot.", "Ruiz", ACTS),
        ("Ruiz will sign the deal.", "Ruiz", ACTS),
        ("Ruiz has launched an inquiry.", "Ruiz", ACTS),
        ("Ruiz is building a wall.", "Ruiz", ACTS),
        ("Ruiz warned of delays.", "Ruiz", ACTS),
        ("Ruiz was struck by a car.", "Ruiz", ACTED_UPON),
        ("Ruiz has been charged with fraud.", "Ruiz", ACTED_UPON),
        ("The depot was hit by Ruiz.", "Ruiz", ACTS),
        ("Troops attacked Ruiz at dawn.", "Ruiz", ACTED_UPON),
        ("Strikes against Ruiz continued.", "Ruiz", ACTED_UPON),
        ("Ruiz's troops advanced.", "Ruiz", None),
        ("Ruiz is a senator.", "Ruiz", None),
        ("Officials said Ruiz", "Ruiz", None),
        ("Ruiz and Platt met.", "Ruiz", None),
        # a participle that describes the mention, and a mention that qualifies a name after it
        ("Polls found many worried Democrats in the party.", "Democrats", None),
        ("Voters backed the uninsured Ruiz.", "Ruiz", None),
        ("Polls show a GOP-controlled Congress in trouble.", "Congress", None),
        ("Ousted Ruiz aide Jo Platt spoke.", "Ruiz", None),
        ("The vote reduced Senate Democrats to a minority.", "Senate", None),
        ("Voters united Ruiz and Platt.", "Ruiz", ACTED_UPON),
        # a possessive pronoun neither acts nor is acted upon: its noun is
        ("Ruiz ordered his aides to leave.", "his", None),
        # "is expected to" says what the subject will do
        ("Ruiz is expected to sign the deal.", "Ruiz", ACTS),
        ("Ruiz was forced to sign the deal.", "Ruiz", ACTED_UPON),
    ],
)
def test_agency(sentence, name, expected):
    assert role(sentence, name) == expected


def test_agency_counts_reach_the_records():
    from biaskit.analysis import analyze_article
    from helpers import article

    res = analyze_article(article(["Israel struck Hezbollah targets. Hezbollah was hit again."]))
    by = {r.actor: dict(r.agency) for r in res.records}
    assert by["israel"] == {ACTS: 1}
    assert by["hezbollah"] == {ACTED_UPON: 2}
