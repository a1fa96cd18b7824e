import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biaskit import lexicons
from biaskit.ingest import drop_boilerplate
from biaskit.lexicons import BoilerplateRule
from biaskit.needles import fold, needles


@pytest.mark.parametrize("pattern, expected", [
    # the longest run of literal text, or the fewest strings when runs are as long
    (r"(?i)\b(?:file|archive)\s+photo\b", ("photo",)),
    (r"(?i)\ball rights reserved\b", ("all rights reserved",)),
    (r"(?i)\bcookies?\b[^.]{0,80}\b(?:cookie policy|privacy policy)\b", ("cookie",)),
    (r"(?i)\b(?:signed|sent)\s+to\s+your\s+inbox\b", ("inbox",)),
    # a case-sensitive literal is looked for folded too
    (r"\sMORE\b", ("more",)),
    # a letter beyond ASCII breaks a run: its case variants are many
    (r"(?i)\bcafé owners\b", (" owners",)),
    # optional parts give every string they can make; a branch, each branch's strings
    (r"\bphotos? by\b", ("photo by", "photos by")),
    (r"(?i)\b(?:photo|\w+ly)\b", ("ly", "photo")),
    (r"(?i)\bcredit(?:s|ed)*\b", ("credit",)),
    # a back-reference is no text of its own
    (r"\b(\w+) \1 MORE", (" more",)),
])
def test_needles_are_the_strings_every_match_of_a_pattern_holds(pattern, expected):
    assert needles(re.compile(pattern)) == expected


@pytest.mark.parametrize("pattern", [
    r"(?i)^comments?\s*$",              # anchored at the start: a failing search stops at once
    r"(?i)^(?:share|tweet)\b",
    r"[(\[]\s*(?:getty images|afp)\s*[)\]]",  # opens with a character class the search skips to
    r"\b\w+\s+\d+\b",                    # no literal text at all
    r"(?i)\b(?:photo|\w+)\b",             # one branch has none: no string is certain
])
def test_patterns_without_needles(pattern):
    assert needles(re.compile(pattern)) is None


def test_in_multiline_mode_a_caret_anchors_no_search():
    assert needles(re.compile(r"(?im)^photo credit\b")) == ("photo credit",)


def test_fold_writes_every_lookalike_of_an_ascii_letter_as_that_letter():
    letter = re.compile("(?i)[a-z]")
    lookalikes = [chr(c) for c in range(128, sys.maxunicode + 1) if letter.fullmatch(chr(c))]
    assert lookalikes  # the Kelvin sign, the long s, the Turkish dotted and dotless i
    for c in lookalikes:
        assert re.fullmatch("[a-z]", fold(c)), c
    assert fold("FİLE Photo ſtill") == "file photo still"
    assert fold("Ünal’s “Photo”") == "ünal’s “photo”"


PARAGRAPHS = [
    "Photo: Reuters",
    "PHOTO BY JANE DOE FOR THE HARBOR TIMES",
    "FİLE PHOTO",                                   # the Turkish dotted capital I
    "A crowd gathers on the quay. (Lem Arvo/AP)",
    "The mayor said the photo was taken in March.",
    "The council voted 7-2 to close the ferry terminal, a decision residents called a betrayal.",
    "© 2019 Harbor Media. ALL RIGHTS RESERVED.",
    "We use cookies to improve your experience. See our cookie policy.",
    "She said the cookies were baked by her grandmother, not bought.",
    "Click here to subscribe to our newsletter",
    "Breaking: the bridge is closed",
    "Sign up for our morning briefing, delivered straight to your inbox.",
    "Image copyright Getty Images Image caption The minister on Tuesday",
    "Dale Kessock/Getty Images",
    "Associated Press writer Mira Solt contributed to this report.",
    "“I have no comment,” the senator said.",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "Your browser doesn’t support HTML5 video.",
    "Comments",
    "The opinions expressed by columnists are their own.",
]


def test_needles_drop_exactly_what_the_patterns_drop():
    rules = lexicons.load().boilerplate
    assert any(n is not None for r in rules for n in r.needles)
    for p in PARAGRAPHS:
        plain = next((r.id for r in rules if not r.cut and r.applies(p) and any(x.search(p) for x in r.patterns)), None)
        with_needles = next((r.id for r in rules if r.matches(p)), None)
        assert with_needles == plain, p
    kept, dropped = drop_boilerplate(PARAGRAPHS, rules)
    assert "FİLE PHOTO" not in kept and "Dale Kessock/Getty Images" not in kept
    assert "She said the cookies were baked by her grandmother, not bought." in kept
    assert "The mayor said the photo was taken in March." in kept


def test_a_rule_whose_needles_a_paragraph_lacks_does_not_try_its_pattern():
    seen = []

    class Spy:
        def __init__(self, pattern):
            self.inner = re.compile(pattern)
            self.pattern, self.flags, self.groupindex = self.inner.pattern, self.inner.flags, self.inner.groupindex

        def search(self, text):
            seen.append(text)
            return self.inner.search(text)

    rule = BoilerplateRule("tip", "tip line", (Spy(r"(?i)\bsend (?:us )?your tips\b"),))  # type: ignore[arg-type]
    assert rule.needles == (("your tips",),)
    assert not rule.matches("The ferry sails at noon.")
    assert rule.matches("Please SEND US YOUR TIPS at the desk")
    assert seen == ["Please SEND US YOUR TIPS at the desk"]


# Patterns built from literals (cased, uncased and beyond ASCII), classes, groups, branches,
# repeats, anchors and look-arounds, against texts of the same characters in either case.
_ATOMS = st.sampled_from(["a", "b", "ab", "is", "K", "ı", "é", "’", " ", r"\b", "^", "$", ".", r"\w", r"\s",
                          "[ab]", "[^a]", "[’ ]", "(?=b)", "(?!a)", "(?<=a)"])


def _combine(children):
    return st.one_of(
        st.lists(children, min_size=1, max_size=4).map("".join),
        st.lists(children, min_size=2, max_size=3).map(lambda xs: "(?:" + "|".join(xs) + ")"),
        st.tuples(children, st.sampled_from(["?", "*", "+", "{2}", "{1,3}", "??"])).map(lambda t: f"(?:{t[0]}){t[1]}"),
        children.map(lambda x: f"({x})"),
    )


_PATTERNS = st.recursive(_ATOMS, _combine, max_leaves=12)
_TEXTS = st.lists(st.sampled_from(["a", "b", "ab", "AB", "is", "IS", "k", "K", "K", "ı", "İ", "ſ", "é", "É", "’", " ", "x", "\n"]),
                  max_size=10).map("".join)


@settings(max_examples=400, deadline=None)
@given(_PATTERNS, st.sampled_from(["", "(?i)", "(?m)", "(?s)"]), st.lists(_TEXTS, min_size=1, max_size=8))
def test_needles_never_refuse_a_text_the_pattern_matches(body, flags, texts):
    try:
        pattern = re.compile(flags + body)
    except re.error:
        return
    need = needles(pattern)
    if need is None:
        return
    for text in texts:
        if pattern.search(text):
            assert any(n in fold(text) for n in need), (pattern.pattern, text, need)
