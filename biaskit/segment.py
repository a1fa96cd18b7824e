"""Segmentation: paragraphs, sentences and word tokens, all with character offsets."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from biaskit.types import Paragraph


class Token(NamedTuple):
    """A word token: its span in the text and its surface form."""

    start: int
    end: int
    text: str


# Dotted acronyms ("U.S.", "D.C.", "a.m.") come first so their dots stay inside the token;
# a trailing possessive ('s / ’s, 'S in capitals) is its own token so "Netanyahu's" and
# "NETANYAHU'S" yield "Netanyahu" and "NETANYAHU".
TOKEN_RE = re.compile(r"(?:[A-Za-z]\.){2,}|\w+(?:(?:-(?!s\b)|['’](?![sS]\b))\w+)*|['’][sS]\b")

# Abbreviations that precede a name, a number or another word and so never end a sentence.
NEVER_FINAL = frozenset(
    """mr mrs ms messrs dr prof sen sens rep reps gov govs gen lt col maj capt cmdr adm sgt
    cpl pvt pfc spc brig rev hon pres supt insp det atty amb sec st mt ft jan feb mar apr jun jul aug
    sep sept oct nov dec no nos vs v approx fig""".split()
)
# Abbreviations that often sit mid-sentence but can also close one ("... in the U.S. The ...").
MAYBE_FINAL = frozenset("inc corp ltd co jr sr bros etc al".split())
# The last parts of web addresses, which end a sentence like a word ("... on HealthCare.gov. Rather").
WEB_DOMAINS = frozenset("com gov org net edu".split())
# Words that, after a MAYBE_FINAL abbreviation or a dotted acronym, show a new sentence began.
SENTENCE_STARTERS = frozenset(
    """The A An He She It They We I You But And Yet So This That These Those There In On At
    As If When While After Before Since His Her Its Their Our My What Why How Who Meanwhile
    However Still Then Now Some Many Most Officials""".split()
)

_BOUNDARY_RE = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+)")
# A sentence end with no space after it, as text copied from the web leaves them: a word ending in
# two lower-case letters or digits, the stop, and a capitalised word ("her spokesman said.British
# Prime Minister", "come 2014.Already", "they go.“I", "for all I know...He has"); never inside a
# web address or after an abbreviation ("Sen.Smith").
_GLUED_RE = re.compile(  # (the stop first, then the look behind it: fast)
    r"[.!?…](?:(?<=[a-z\d]{2}.)|(?<=[a-z\d]{2}\.\.\.))[”’)]?(?=[\"“‘(]?(?:[A-Z][a-z]|[AI] ))"
)
_NEXT_WORD_RE = re.compile(r"\s+[\"'“‘(\[]*(\S+)")
_DOTTED_AFTER_RE = re.compile(r"[^\s.]*\.\w")
_DOMAIN_AFTER_RE = re.compile(r"(?i:com|org|net|gov|edu)\b(?!\.)")  # "HealthCare.Gov", not "said.Gov. Abbott"
_BLANK_LINE_RE = re.compile(r"\n[ \t\r\f\v]*\n")
_SPACE_RE = re.compile(r"\s+")
_SPACE_SPLIT_RE = re.compile(r"\S+")


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Word tokens of ``text``; spans are shifted by ``offset`` so they point into a larger body."""
    new = tuple.__new__  # skips NamedTuple's argument handling: tokenising is on the hot path
    return [new(Token, (m.start() + offset, m.end() + offset, m.group())) for m in TOKEN_RE.finditer(text)]


def _word_before(text: str, end: int) -> str:
    """The run of word characters and dots that ends at ``end`` ("U.S." in "the U.S"), or "":
    read backwards from ``end``, so finding it costs the word's length, not the text's."""
    i = end
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] in "._"):  # (\w and ".")
        i -= 1
    return text[i:end]


def _ends_sentence(text: str, dot_end: int, punct: str) -> bool:
    """Decide whether the punctuation ending at ``dot_end`` closes a sentence."""
    nxt = _NEXT_WORD_RE.match(text, dot_end)
    if nxt is None:
        return True
    next_word = nxt.group(1)
    first = next_word[0]
    if not (first.isupper() or first.isdigit()):
        return False
    if not punct.startswith(".") or punct.startswith(".."):
        return True
    before = _word_before(text, dot_end - len(punct) + 1)
    if not before:
        return True
    word = before.rstrip(".")
    low = word.lower()
    bare = low.rsplit(".", 1)[-1]
    if bare in NEVER_FINAL and "." not in low:
        return False
    if len(word) == 1 and word.isupper() and not (word == "I" and text.endswith(" War I", 0, dot_end - len(punct))):
        return False  # a middle initial: "John F. Kennedy" (but "... after World War I. Sure enough")
    if "." in word and word.rsplit(".", 1)[-1] in WEB_DOMAINS:
        return True  # a web address ends the sentence: "... on HealthCare.gov. Rather, ..."
    if "." in word or bare in MAYBE_FINAL:  # "U.S.", "Inc.": only when a new sentence visibly starts
        return next_word.strip("\"'“”‘’,") in SENTENCE_STARTERS
    return True


def _glued_end(text: str, m: re.Match, straight_quotes: list[int]) -> int:
    """Where the sentence ends whose stop ``m`` has a capitalised word right after it, or 0 where
    the stop ends none: after an abbreviation ("Sen.Smith"), inside a dotted name
    ("www.example.Com", "news.Example.org"). A straight quote after the stop closes the sentence
    when it closes a quote the text opened ('he said, "we will."The'), else it opens the next
    ('he said."The plan'); ``straight_quotes``: where the text's straight quotes stand, in order."""
    word = _word_before(text, m.start()).rstrip(".")  # (the dots of an ellipsis before the last)
    if "." in word or word.lower() in NEVER_FINAL or word.lower() in MAYBE_FINAL \
            or _DOTTED_AFTER_RE.match(text, m.end()) or _DOMAIN_AFTER_RE.match(text, m.end()):
        return 0
    end = m.end()
    return end + 1 if text[end] == '"' and bisect_left(straight_quotes, end) % 2 else end


def _glued_ends(text: str, stops: list[re.Match]) -> tuple[list[int], list[int]]:
    """Where the sentences end whose stops ``stops`` (matches of ``_GLUED_RE``) have no space after
    them, leaving out those that end none (see ``_glued_end``); and where the text's straight
    quotes stand, in order."""
    straight = [q.start() for q in re.finditer('"', text)] if stops else []
    return [end for end in (_glued_end(text, m, straight) for m in stops) if end], straight


#: The most words one sentence may have. Longer runs of text without a full stop (an
#: unpunctuated transcript, a scraped list of links) are cut into pieces of at most this many
#: words, each at its last comma, semicolon, colon or dash when it has one past its middle: a
#: sentence's analysis compares its words with one another, so a run-on "sentence" of 100,000
#: words would cost as much as millions of ordinary ones. Real sentences are far shorter (of
#: 109,000 in 2,700 news articles, four are longer, all of them scraped menus).
MAX_SENTENCE_WORDS = 200
_CLAUSE_MARKS = (",", ";", ":", "—", "–", "-")


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span start..end of ``text``, cut into pieces of at most ``MAX_SENTENCE_WORDS`` words."""
    if end - start <= 2 * MAX_SENTENCE_WORDS:  # (a word and the space after it take two characters at least)
        return [(start, end)]
    words = [m.span() for m in _SPACE_SPLIT_RE.finditer(text, start, end)]
    if len(words) <= MAX_SENTENCE_WORDS:
        return [(start, end)]
    pieces = []
    first = 0
    while len(words) - first > MAX_SENTENCE_WORDS:
        last = first + MAX_SENTENCE_WORDS - 1
        cut = next((k for k in range(last, first + MAX_SENTENCE_WORDS // 2, -1)
                    if text[words[k][1] - 1] in _CLAUSE_MARKS or text[words[k][0]:words[k][1]] in _CLAUSE_MARKS), last)
        pieces.append((words[first][0], words[cut][1]))
        first = cut + 1
    pieces.append((words[first][0], end))
    return pieces


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence spans in ``text`` (shifted by ``offset``); whitespace between sentences is left out.
    A run of more than ``MAX_SENTENCE_WORDS`` words without a sentence end is cut into pieces."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    ends = [(m.end(), m.group()) for m in _BOUNDARY_RE.finditer(text)]
    glued, _ = _glued_ends(text, list(_GLUED_RE.finditer(text)))
    if glued:
        ends = sorted(ends + [(end, "") for end in glued])
    for end, punct in ends:
        if not punct or _ends_sentence(text, end, punct):
            _add_span(text, start, end, spans, offset)
            start = end
    if start < n:
        _add_span(text, start, n, spans, offset)
    return spans


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]], offset: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.extend((a + offset, b + offset) for a, b in _cut_long(text, start, end))


def split_paragraphs(text: str) -> list[str]:
    """Paragraph texts of a plain-text body.

    Blank lines separate paragraphs when the text has any (lines inside one are joined, for
    hard-wrapped text); otherwise every non-empty line is a paragraph, as in one-paragraph-per-line
    exports. White space inside a paragraph is folded to single spaces. A sentence end with no
    space after it ("a dismal failure.Pinal County Sheriff ...") is where a scraper dropped a
    paragraph break, and a paragraph starts there again.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    blocks = _BLANK_LINE_RE.split(text) if _BLANK_LINE_RE.search(text) else text.split("\n")
    out = []
    for block in blocks:
        folded = _SPACE_RE.sub(" ", block).strip()
        if folded:
            out += _unglued(folded)
    return out


#: Sentence ends with no space after them that a paragraph must have before it is cut at them:
#: a scraper that drops paragraph breaks drops all of them (Newsmax in the AllSides corpus: 7 an
#: article), while one such end is as often a typo inside a paragraph or a quote ("he
#: failed!That should NEVER have happened").
GLUED_BREAKS = 2


def _unglued(paragraph: str) -> list[str]:
    """``paragraph`` cut where a scraper dropped its paragraph breaks: at its sentence ends that
    have no space after them (see ``_glued_end``), outside quotations and not after an ellipsis,
    when it has at least ``GLUED_BREAKS`` of them."""
    stops = [m for m in _GLUED_RE.finditer(paragraph) if not paragraph.startswith(("..", "…"), m.start() - 1)
             and m.group()[0] != "…"]
    if len(stops) < GLUED_BREAKS:
        return [paragraph]
    glued, straight = _glued_ends(paragraph, stops)
    opening = [q.start() for q in re.finditer("“", paragraph)]
    closing = [q.start() for q in re.finditer("”", paragraph)]
    # not inside a quotation: after as many closing curly quotes as opening ones, and an even number of straight ones
    ends = [end for end in glued
            if bisect_left(opening, end) <= bisect_left(closing, end) and bisect_left(straight, end) % 2 == 0]
    if len(ends) < GLUED_BREAKS:
        return [paragraph]
    out, start = [], 0
    for end in ends:
        out.append(paragraph[start:end].strip())
        start = end
    out.append(paragraph[start:].strip())
    return [p for p in out if p]


def join_paragraphs(texts: list[str]) -> tuple[str, tuple[Paragraph, ...]]:
    """The article body (paragraphs joined by a blank line) and each paragraph's span in it."""
    paragraphs = []
    pos = 0
    for i, t in enumerate(texts):
        paragraphs.append(Paragraph(index=i, start=pos, end=pos + len(t), text=t))
        pos += len(t) + 2
    return "\n\n".join(texts), tuple(paragraphs)
