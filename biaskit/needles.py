"""Literal strings that every match of a regular expression contains: a quick test before the
pattern.

Most paragraphs of an article are no boilerplate, and a boilerplate pattern such as
``(?i)\\b(?:file|archive)\\s+(?:photo|picture)\\b`` is tried at every position of a paragraph
before it fails. Every match of that pattern contains "photo" or "picture" (in lower case), so
a paragraph whose lower-cased text holds neither cannot match, and ``str.__contains__`` tells
that far faster than the pattern. ``needles(pattern)`` reads the pattern's parse tree for such
a set of strings, choosing the most selective one it finds; ``fold(text)`` is the text they are
looked for in.

The needles are a necessary condition only: the pattern still decides. A pattern whose parse
tree holds nothing the reading understands gets no needles and is always tried, so the test
may make matching faster, never different.
"""

from __future__ import annotations

import re

try:  # the parser of the re module (Python 3.11 moved it)
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_C = _sre_parse  # LITERAL, IN, BRANCH ... are re-exported by the parser module

# The only characters beyond ASCII that a case-insensitive pattern lets stand for an ASCII
# letter (İ, ı, ſ and the Kelvin sign): ``fold`` writes them as the letter.
_ASCII_LOOKALIKES = {0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"}
_LOOKALIKE_CHARS = tuple(map(chr, _ASCII_LOOKALIKES))
# Bounds on the sets of exact strings followed through a pattern.
_MAX_STRINGS = 64
_MAX_CLASS = 10


def fold(text: str) -> str:
    """``text`` as needles are looked for in it: lower case, with the four characters that a
    case-insensitive pattern reads as ASCII letters written as those letters."""
    if text.isascii() or not any(c in text for c in _LOOKALIKE_CHARS):
        return text.lower()
    return text.translate(_ASCII_LOOKALIKES).lower()


def _char(code: int) -> str | None:
    """A pattern's literal character as a needle's character: lower case for ASCII, as it is for
    a character without case; None for a letter beyond ASCII (its case variants are many)."""
    c = chr(code)
    if c.isascii():
        return c.lower()
    return c if c.lower() == c.upper() else None


class _Reading:
    """For a piece of a pattern: ``exact``, the strings it can match when they are few (else None),
    and ``required``, a set of strings one of which every match of it contains (else None)."""

    __slots__ = ("exact", "required")

    def __init__(self, exact: frozenset[str] | None, required: frozenset[str] | None) -> None:
        self.exact = exact
        self.required = required


_NOTHING = _Reading(None, None)
_EMPTY = _Reading(frozenset({""}), None)


def _score(strings: frozenset[str]) -> tuple[int, int, int]:
    """How good a needle set is: the length of its shortest string up to six characters (about
    as rare in text as a longer one), then fewer strings (each is a test of its own), then the
    length of the shortest."""
    shortest = min(map(len, strings))
    return min(6, shortest), -len(strings), shortest


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The better of two needle sets (see ``_score``); a set that holds "" is none."""
    if not b or "" in b:
        return a
    return b if not a or _score(b) > _score(a) else a


def _sequence(items) -> _Reading:
    """The reading of a sequence of items: its best needles are those of one of its items, or
    the exact strings of a run of items that follow one another."""
    readings = [_item(op, av) for op, av in items]
    best: frozenset[str] | None = None
    for r in readings:
        if r.exact is None:
            best = _better(best, r.required)
    whole: frozenset[str] | None = None
    for s in range(len(readings)):  # the exact strings of every run of items with few of them
        run = frozenset({""})
        for k in range(s, len(readings)):
            r = readings[k]
            if r.exact is None or len(run) * len(r.exact) > _MAX_STRINGS:
                break
            run = frozenset(a + b for a in run for b in r.exact)
            best = _better(best, run)
        else:
            if s == 0:
                whole = run
    return _Reading(frozenset({""}) if not readings else whole, best)


def _item(op, av) -> _Reading:
    if op is _C.LITERAL:
        c = _char(av)
        return _Reading(frozenset({c}), None) if c is not None else _NOTHING
    if op is _C.AT:
        return _EMPTY  # ^, $, \b take no characters
    if op in (_C.ASSERT, _C.ASSERT_NOT):
        return _EMPTY  # look-around: takes no characters
    if op is _C.IN:
        chars = set()
        for kind, value in av:
            c = _char(value) if kind is _C.LITERAL else None
            if c is None:
                return _NOTHING
            chars.add(c)
        return _Reading(frozenset(chars), None) if len(chars) <= _MAX_CLASS else _NOTHING
    if op is _C.SUBPATTERN:
        return _sequence(av[-1])
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _sequence(av)
    if op is _C.BRANCH:
        readings = [_sequence(branch) for branch in av[1]]
        exact: frozenset[str] | None = frozenset().union(*(r.exact for r in readings)) \
            if all(r.exact is not None for r in readings) else None
        if exact is not None and len(exact) > _MAX_STRINGS:
            exact = None
        needed = [r.exact if r.exact is not None and "" not in r.exact else r.required for r in readings]
        required = frozenset().union(*needed) if all(needed) else None
        return _Reading(exact, required)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
        lo, hi, sub = av
        inner = _sequence(sub)
        if lo == 0:
            if hi == 1 and inner.exact is not None:
                return _Reading(inner.exact | {""}, None)  # optional: "s?"
            return _EMPTY if hi == 0 else _NOTHING
        if lo == hi == 1:
            return inner
        return _Reading(None, inner.exact if inner.exact is not None and "" not in inner.exact else inner.required)
    return _NOTHING


def _anchored(items, multiline: bool) -> bool:
    """Whether a sequence can match only at the start of the text ("^...")."""
    if not items:
        return False
    op, av = items[0]
    if op is _C.AT:
        return av is _C.AT_BEGINNING_STRING or av is _C.AT_BEGINNING and not multiline
    if op is _C.SUBPATTERN:
        return _anchored(av[-1], multiline)
    if op is _C.BRANCH:
        return all(_anchored(branch, multiline) for branch in av[1])
    return False


def _quick(items, multiline: bool) -> bool:
    """Whether a failing search of a pattern is quick without needles: it can match only at the
    start of the text, or it opens with a character without case or a class of such characters
    ("[(\\[]..."), which the search skips to before it tries the rest."""
    if not items:
        return False
    op, av = items[0]
    if op is _C.LITERAL:
        return chr(av).lower() == chr(av).upper()
    if op is _C.IN:
        return all(kind is _C.LITERAL and chr(value).lower() == chr(value).upper() for kind, value in av)
    return _anchored(items, multiline)


def needles(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings (folded, see ``fold``) one of which every match of ``pattern`` contains, or None
    when the pattern tells of none or needs none (its search fails quickly, see ``_quick``)."""
    try:
        items = list(_sre_parse.parse(pattern.pattern, pattern.flags))
        if _quick(items, bool(pattern.flags & re.MULTILINE)):
            return None
        found = _sequence(items).required
    except Exception:  # noqa: BLE001 - a parser or a node this reading does not know: the pattern decides
        return None
    return tuple(sorted(found)) if found and "" not in found else None
