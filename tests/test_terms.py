import pytest

from biaskit.segment import tokenize
from biaskit.terms import TermMatcher

M = TermMatcher([
    ("security", "missile*"),
    ("security", "air strike"),
    ("security", "strike"),
    ("diplomacy", "talks"),
    ("diplomacy", "peace negotiat*"),
    ("economy", "tariff*"),
])


def hits(text):
    return [(h.category, h.term) for h in M.find(tokenize(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Missiles fell.", [("security", "missile*")]),
        ("An air strike hit.", [("security", "air strike")]),
        ("A strike hit.", [("security", "strike")]),
        ("Peace negotiations resumed after talks.", [("diplomacy", "peace negotiat*"), ("diplomacy", "talks")]),
        ("Tariffs and missiles.", [("economy", "tariff*"), ("security", "missile*")]),
        ("Nothing here.", []),
        ("The missil is misspelt.", []),
    ],
)
def test_find(text, expected):
    assert hits(text) == expected


def test_hit_token_range():
    toks = tokenize("Yesterday an air strike")
    (h,) = M.find(toks)
    assert (h.first, h.last) == (2, 3)
