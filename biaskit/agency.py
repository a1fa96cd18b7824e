"""Agency: does an actor act in a sentence, or is it acted upon?

Without a parser, biaskit reads the words around a mention (lower case, same sentence):

* acted upon, passive: the mention is followed by a form of "be" and a past participle ("Ruiz was
  struck", "the rebels were driven back", "Ruiz has been charged");
* acts, agent of a passive: "struck by Ruiz";
* acts, subject: the mention is followed (after adverbs such as "also" or "later") by a past-tense
  verb ("Ruiz attacked", "Ruiz said", "Ruiz struck"), a modal or auxiliary with a verb ("Ruiz will
  attack", "Ruiz has launched", "Ruiz is building"), or a speech verb;
* acted upon, object: the mention follows a past-tense verb or "against"/"targeting" ("troops
  attacked Ruiz", "strikes against Ruiz").

Anything else (a possessive, a noun phrase, a mention in a list) counts as neither; nor does a
participle that describes the mention ("many worried Democrats", "the uninsured", "GOP-controlled
Congress", one that opens the sentence: "Ousted White House strategist") or a mention that
qualifies the name after it ("reduced Senate Democrats"). "Is expected to", "is set to" ... say
what the subject will do: it acts.
"""

from __future__ import annotations

from typing import AbstractSet, Sequence

BE = frozenset("is are was were be been being".split())
HAVE = frozenset("has have had".split())
MODALS = frozenset("will would can could should must may might shall did does do".split())
ADVERBS = frozenset("also later then again still never not once repeatedly reportedly allegedly already soon "
                    "just further immediately quickly".split())
# Common irregular past tenses and participles (regular ones end in -ed).
IRREGULAR = frozenset(
    """said told took taken made gave given went gone came met led left fought struck stricken hit
    shot sent won lost began begun held brought sought kept built spoke spoken wrote written rose
    fell fallen ran saw seen knew known thought chose chosen bought caught drove driven threw
    thrown blew blown broke broken stole stolen beat beaten bit bitten forgot forgotten froze
    frozen hid hidden shook shaken swore sworn tore torn wore worn woke overthrew overthrown
    sank sunk slew slain withdrew withdrawn undertook undertaken oversaw overseen put set cut
    hurt let quit shut split spread bound found ground wound""".split()
)
PARTICIPLE_ENDINGS = ("ed", "en")
OBJECT_MARKERS = frozenset("against targeting".split())
# Possessive pronouns: neither subjects nor objects themselves ("ordered his aides", "his claim").
POSSESSIVES = frozenset("his its their hers theirs".split())
# Participles after "be" that, with "to", say what the subject is to do ("is expected to sign").
RAISING = frozenset("expected set scheduled slated poised supposed due".split())
# Words before a participle that make it an adjective of the noun after it ("many worried Democrats").
DETERMINERS = frozenset("a an the many some most more few these those other all both several".split())
PREPOSITIONS = frozenset("with to from of for on at in about over under between among toward towards like than".split())
ACTS = "acts"
ACTED_UPON = "acted_upon"


_NOT_PAST = frozenset("need needs feed seed speed breed greed shed bed red embed indeed hundred".split())


# Verbs that open with "un" (not adjectives made with the prefix: "uninsured", "unimpressed").
_UN_VERBS = frozenset("""united unified unveiled unleashed unlocked unloaded unraveled unravelled unsealed untied
    uncovered unmasked unnerved unplugged unearthed unfolded unfurled unsettled unseated unrolled""".split())


def _past(word: str) -> bool:
    if "-" in word:
        return False  # a compound adjective: "GOP-controlled", "Democratic-led", "so-called"
    return word in IRREGULAR or (len(word) > 3 and word.endswith("ed") and word not in _NOT_PAST
                                 and not (word.startswith("un") and not word.startswith("under")
                                          and word not in _UN_VERBS))


def _participle(word: str) -> bool:
    return _past(word) or (len(word) > 4 and word.endswith("en") and word not in ("citizen", "women", "children"))


def agency(lower: Sequence[str], first: int, last: int, sent: Sequence[int],
           speech_verbs: AbstractSet[str] = frozenset(), words: Sequence[str] | None = None) -> str | None:
    """``ACTS``, ``ACTED_UPON`` or None for the mention at tokens first..last (see module docstring);
    ``words``: the tokens as written, to tell a name that qualifies the next one."""
    n = len(lower)
    s0 = sent[first]

    def at(k: int) -> str:
        return lower[k] if 0 <= k < n and sent[k] == s0 else ""

    if lower[first] in POSSESSIVES:
        return None  # "ordered his aides": the aides are acted upon
    before = at(first - 1)
    if before in OBJECT_MARKERS:
        return ACTED_UPON
    if before == "by":
        return ACTS if _participle(at(first - 2)) else None
    if before in PREPOSITIONS:
        return None  # "talks with Ruiz": neither
    j = last + 1
    if at(j) in ("'s", "’s"):
        return None  # a possessive: "Ruiz's troops" -- the troops act
    while at(j) in ADVERBS:
        j += 1
    w = at(j)
    if w in BE or (w in HAVE and at(j + 1) == "been"):
        k = j + 2 if w in HAVE else j + 1
        while at(k) in ADVERBS or at(k) in ("been", "being"):
            k += 1
        nxt = at(k)
        if nxt in RAISING and at(k + 1) == "to":
            return ACTS  # "Trump is expected to sign", "the bill is set to pass"
        if _participle(nxt) and not nxt.endswith("ing"):
            return ACTED_UPON
        if nxt.endswith("ing") and len(nxt) > 4:
            return ACTS  # "Ruiz is building"
        return None  # "Ruiz is a senator"
    if w in HAVE or w in MODALS:
        k = j + 1
        while at(k) in ADVERBS:
            k += 1
        if at(k) and at(k).isalpha():
            return ACTS
        return None
    if w and (_past(w) or w in speech_verbs):
        return ACTS
    if before and _past(before) and before not in speech_verbs and at(first - 2) not in BE \
            and at(first - 2) and at(first - 2) not in DETERMINERS \
            and not (words is not None and at(j) and words[j][:1].isupper()):
        return ACTED_UPON  # (not a participle that describes it: "many worried Democrats", "a revised Senate
        # bill", "Ousted White House strategist", nor a name that qualifies the next: "reduced Senate Democrats")
    return None
