"""Term matching: find lexicon terms (words, ``prefix*`` wildcards, multi-word phrases) in tokens.

One dictionary look-up per token and prefix length, so matching is linear in the text.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, NamedTuple, Sequence

from biaskit.segment import Token


# Distinct words remembered per matcher; English news uses far fewer.
_MEMO_SIZE = 500_000


class TermHit(NamedTuple):
    """A term found in a token list: its category, the term as written, and the token range."""

    category: str
    term: str
    first: int
    last: int  # inclusive


def _word_matches(pattern: str, word: str) -> bool:
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    return word == pattern


class TermMatcher:
    """A compiled set of (category, term) pairs; terms are lowercase, matched on lowercased tokens."""

    def __init__(self, entries: Iterable[tuple[str, str]]) -> None:
        self.exact: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.prefix: dict[str, list[tuple[str, str]]] = defaultdict(list)
        # first word -> phrases starting with it: (words, category, term)
        self.phrases: dict[str, list[tuple[tuple[str, ...], str, str]]] = defaultdict(list)
        for category, term in entries:
            words = tuple(term.lower().split(" "))
            if len(words) == 1:
                w = words[0]
                if w.endswith("*"):
                    self.prefix[w[:-1]].append((category, term))
                else:
                    self.exact[w].append((category, term))
            elif words[0].endswith("*"):  # only the last word may carry '*', so this is unreachable
                raise ValueError(f"wildcard on a first word: {term!r}")
            else:
                self.phrases[words[0]].append((words, category, term))
        # Phrases by first word and, where it is written out, second word: a common first word
        # ("the", "war") then costs one look-up, not a test of every phrase it starts.
        self.by_second: dict[str, dict[str, list[tuple[tuple[str, ...], str, str]]]] = {}
        self.wild_second: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        for first, lst in self.phrases.items():
            for entry in lst:
                second = entry[0][1]
                if second.endswith("*"):
                    self.wild_second.setdefault(first, []).append(entry)
                else:
                    self.by_second.setdefault(first, {}).setdefault(second, []).append(entry)
        self._rank = {entry: k for lst in self.phrases.values() for k, entry in enumerate(lst)}
        self.prefix_lengths = sorted({len(p) for p in self.prefix})
        self._memo: dict[str, tuple[tuple[str, str], ...]] = {}
        self.max_phrase = max((len(w) for lst in self.phrases.values() for w, _, _ in lst), default=1)

    def _single(self, w: str) -> tuple[tuple[str, str], ...]:
        """(category, term) of the one-word terms matching ``w``, memoised: news repeats its words."""
        found = self._memo.get(w)
        if found is None:
            out = list(self.exact.get(w, ()))
            for length in self.prefix_lengths:
                if length > len(w):
                    break
                out += self.prefix.get(w[:length], ())
            found = tuple(out)
            if len(self._memo) < _MEMO_SIZE:
                self._memo[w] = found
        return found

    def find(self, tokens: Sequence[Token] | Sequence[str]) -> list[TermHit]:
        """Every hit in ``tokens``; a term inside a longer hit of the same category is not counted again."""
        return self.find_lower([t.lower() if isinstance(t, str) else t.text.lower() for t in tokens])

    def find_lower(self, words: Sequence[str]) -> list[TermHit]:
        """Like ``find``, for words already in lower case."""
        hits: list[TermHit] = []
        n = len(words)
        phrases, memo = self.phrases, self._memo
        for i, w in enumerate(words):
            singles = memo.get(w)
            if singles is None:
                singles = self._single(w)
            for cat, term in singles:
                hits.append(TermHit(cat, term, i, i))
            if w not in phrases or i + 1 >= n:
                continue
            candidates = self.by_second.get(w, {}).get(words[i + 1], ())
            wild = self.wild_second.get(w)
            if wild:  # in the phrases' own order, as without the index
                candidates = sorted([*candidates, *wild], key=self._rank.__getitem__)
            for phrase, cat, term in candidates:
                k = len(phrase)
                if i + k <= n and all(_word_matches(phrase[j], words[i + j]) for j in range(1, k)):
                    hits.append(TermHit(cat, term, i, i + k - 1))
        if not any(h.last > h.first for h in hits):
            return hits
        # Drop hits covered by a longer hit of the same category ("air strike" over "strike").
        spans = defaultdict(list)
        for h in hits:
            if h.last > h.first:
                spans[h.category].append((h.first, h.last))
        return [
            h for h in hits
            if not any(a <= h.first and h.last <= b and (a, b) != (h.first, h.last) for a, b in spans.get(h.category, ()))
        ]
