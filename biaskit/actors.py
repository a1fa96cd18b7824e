"""Actors: find and resolve mentions of people, organisations, countries and groups in an article.

Matching is one pass over the article's tokens with dictionaries keyed by a form's first token
(a multi-pattern matcher, linear in text length), in this order:

1. catalog names, aliases and short forms ("Benjamin Netanyahu", "IDF", "Netanyahu");
2. demonym phrases that stand for a state ("Israeli officials", "Russian forces"); phrases
   listed as non-actors ("Latin America") are consumed here so their words name nobody;
3. people the catalog does not know, from a title ("Secretary Jane Doe") or speech
   ("Jane Doe said", "said Jane Doe", "according to Jane Doe") -- discovered actors (an
   organisation when the name ends in a word such as Institute or Foundation);
4. surnames of the people found so far, anywhere in the article ("Sullivan" after "Jake Sullivan");
5. titles and country words in front of a person's name are folded into that person's mention
   ("US National Security Adviser Jake Sullivan" is Sullivan, not also the United States).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Sequence

from biaskit.lexicons import Lexicons, iter_forms
from biaskit.segment import Token, tokenize
from biaskit.types import Actor, Mention

# Modifiers allowed between a demonym and its head noun: "Israeli security establishment",
# "senior US officials", "Russian government officials".
DEMONYM_MODIFIERS = frozenset(
    "senior top former military government security defense defence foreign intelligence "
    "health state local federal national regional caretaker new interim acting".split()
)
# Capitalised words that never start or make up a discovered name.
NOT_NAME = frozenset(
    """The A An This That These Those There Here It Its He She They We I You His Her Their Our
    My Your Who What When Where Why How Which While If But And Or Nor So Yet For In On At By
    To From Of With Without After Before Since Until During Despite Although Though Because
    As Also However Meanwhile Earlier Later Today Yesterday Tomorrow Tonight Now Then Still
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep
    Sept Oct Nov Dec Post Comment Comments News Breaking Update Updated Photo Video Watch Read
    More Click Share Advertisement Sponsored Related Opinion Analysis Editorial Officials
    Sources Reports Police Government Congress Senate House Republicans Democrats Republican
    Democrat Democratic
    North South East West Northern Southern Eastern Western Central New Old Many Some Most All
    Several Both Each Every Other Another Such No Not One Two Three First Second Third Last
    Next Mr Mrs Ms Dr Prof Sen Rep Gov Gen Lt Col Capt Adm Sgt St Said Says Told According
    Asked Added Meanwhile Instead Indeed Overall Thus Therefore Moreover Furthermore""".split()
)
_NAME_PART = r"(?:[A-Z]['’])?[A-Z][a-zà-ÿ]+(?:[A-Z][a-zà-ÿ]+)*"
_NAME_TOKEN_RE = re.compile(rf"^{_NAME_PART}(?:-{_NAME_PART})*$")
_DOTTED_RE = re.compile(r"^(?:[A-Z]\.){1,3}$")
# Words that end the names of organisations rather than people.
ORG_WORDS = frozenset(
    """Agency Alliance Association Authority Board Bureau Caucus Center Centre Coalition
    College Commission Committee Company Corporation Corps Council Court Department Foundation
    Fund Group Guard Hospital Institute Institution League Ministry Network Office Organization
    Organisation Party Project Program Programme Service Services Society Studies Trust
    Union University Watch Inc Corp LLC Ltd""".split()
)
# Words that end the names of laws and documents, which are not actors ("Affordable Care Act").
DOCUMENT_WORDS = frozenset("Act Acts Law Laws Amendment Bill Code Treaty Accord Accords Agreement Doctrine Report".split())
# Lowercase words that join the parts of one long name ("Center for Immigration Studies").
CONNECTORS = frozenset("of for to and the de on".split())
_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
_SLUG_RE = re.compile(r"[^a-z0-9]+")

Form = tuple[tuple[str, ...], str, str]  # (tokens, actor id, resolution)


def _tokens_of(text: str) -> tuple[str, ...]:
    return tuple(t.text for t in tokenize(text))


def slug(name: str) -> str:
    """An actor id for a name: lowercase ASCII words joined by hyphens."""
    import unicodedata

    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return _SLUG_RE.sub("-", ascii_name.lower()).strip("-") or "actor"


def surname_of(name: str) -> str | None:
    """The last name of a personal name, skipping suffixes ("Robert F. Kennedy Jr." -> "Kennedy")."""
    parts = [p for p in _tokens_of(name) if p not in _SUFFIXES]
    return parts[-1] if len(parts) > 1 else None


class ActorIndex:
    """The catalog compiled for matching: every surface form keyed by its first token."""

    def __init__(self, lex: Lexicons, speech_verbs: Sequence[str] = ()) -> None:
        self.actors = {a.id: a for a in lex.actors}
        self.names = frozenset(a.name for a in lex.actors)
        self.surnames = frozenset(
            sn for a in lex.actors if a.kind == "person" for sn in [surname_of(a.name)] if sn
        )
        forms: dict[str, list[Form]] = defaultdict(list)
        demonyms: dict[str, list[Form]] = defaultdict(list)
        for actor in lex.actors:
            for form, resolution in iter_forms(actor):
                toks = _tokens_of(form)
                if toks:
                    forms[toks[0]].append((toks, actor.id, resolution))
            for d in actor.demonyms:
                toks = _tokens_of(d)
                if toks:
                    demonyms[toks[0]].append((toks, actor.id, "demonym"))
        for table in (forms, demonyms):
            for lst in table.values():
                lst.sort(key=lambda f: (-len(f[0]), f[1]))
        for form in lex.non_actors:
            toks = _tokens_of(form)
            if toks:
                forms[toks[0]].append((toks, "", "none"))
        for lst in forms.values():
            lst.sort(key=lambda f: (-len(f[0]), f[1]))
        self.forms = dict(forms)
        self.demonyms = dict(demonyms)
        self.heads = sorted((tuple(h.lower().split()) for h in lex.demonym_heads), key=len, reverse=True)
        titles: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for t in lex.titles:
            toks = _tokens_of(t)  # "Lt. Gov." -> ("Lt", "Gov"): full stops are not tokens
            titles[toks[0]].append(toks)
        for lst in titles.values():
            lst.sort(key=len, reverse=True)
        self.titles = dict(titles)
        self.title_tokens = frozenset(tok for lst in titles.values() for toks in lst for tok in toks)
        self.speech_verbs = frozenset(v for v in speech_verbs if " " not in v)


@dataclass
class _Hit:
    first: int
    last: int  # inclusive token index
    actor: str
    resolution: str


def _match_at(words: Sequence[str], i: int, candidates: Sequence[Form], sent: Sequence[int]) -> Form | None:
    for form in candidates:
        toks = form[0]
        k = len(toks)
        if i + k <= len(words) and sent[i + k - 1] == sent[i] and tuple(words[i:i + k]) == toks:
            return form
    return None


def _head_after(index: ActorIndex, lower: Sequence[str], j: int, sent: Sequence[int]) -> int | None:
    """Index of the last token of a demonym head starting at ``j`` (after an optional modifier)."""
    for start in (j, j + 1):
        if start >= len(lower) or sent[start] != sent[j - 1]:
            return None
        for head in index.heads:
            k = len(head)
            if start + k <= len(lower) and tuple(lower[start:start + k]) == head and sent[start + k - 1] == sent[j - 1]:
                return start + k - 1
        if start == j and lower[j] not in DEMONYM_MODIFIERS:
            return None
    return None


def _title_before(index: ActorIndex, words: Sequence[str], i: int, sent: Sequence[int]) -> int | None:
    """Start of a title phrase that ends right before token ``i`` ("Secretary of State" Jane Doe)."""
    best = None
    for first in range(max(0, i - 6), i):
        if sent[first] != sent[i]:
            continue
        for toks in index.titles.get(words[first], ()):
            if first + len(toks) == i and tuple(words[first:i]) == toks:
                best = first if best is None else min(best, first)
    return best


def _name_run(
    text: str,
    tokens: Sequence[Token],
    i: int,
    covered: Sequence[bool],
    sent: Sequence[int],
    exclude: frozenset[str],
    limit: int = 4,
) -> int:
    """How many tokens of a name start at ``i`` (0 to ``limit``).

    Name words are capitalised, adjacent (only spaces between them, so "Reid (Nevada)" is not one
    name) and not in ``exclude``; initials ("George W. Bush", "George H.W. Bush") may stand inside.
    """
    n = 0
    while i + n < len(tokens) and n < limit:
        k = i + n
        word = tokens[k].text
        if covered[k] or sent[k] != sent[i] or word in NOT_NAME:
            break
        if n == 0 and (word in exclude or word in ORG_WORDS):  # a title or "Office" starts no name
            break
        if n > 0 and not _adjacent(text, tokens[k - 1], tokens[k]):
            break
        if _NAME_TOKEN_RE.match(word):
            n += 1
        elif n > 0 and _is_initial(text, tokens[k]):
            n += 1
        else:
            break
    while n > 1 and _is_initial(text, tokens[i + n - 1]):  # do not end on an initial
        n -= 1
    return n


def _adjacent(text: str, a: Token, b: Token) -> bool:
    """Only a space (or an initial's full stop) between two tokens: "Reid (Nevada)" is not one name."""
    gap = text[a.end:b.start]
    return gap == " " or (gap == ". " and _is_initial(text, a))


def _after_according_to(lower: Sequence[str], i: int) -> bool:
    """True when "according to" (and maybe "the") stands right before token ``i``."""
    j = i - 1 if i > 0 and lower[i - 1] == "the" else i
    return j > 1 and lower[j - 2] == "according" and lower[j - 1] == "to"


def _is_initial(text: str, tok: Token) -> bool:
    w = tok.text
    if _DOTTED_RE.match(w):
        return True
    return len(w) == 1 and w.isupper() and text[tok.end:tok.end + 1] == "."


def find_mentions(
    index: ActorIndex,
    text: str,
    tokens: Sequence[Token],
    sent: Sequence[int],
    para_of_sent: Sequence[int],
    headlines: frozenset[int] = frozenset(),
) -> tuple[list[Mention], dict[str, Actor]]:
    """Mentions in an article (``tokens`` point into ``text``; ``sent[i]`` is token i's sentence index).

    No actors are discovered in the sentences listed in ``headlines``: in Title Case every word
    looks like a name ("Mayor Opens Quiet Library").

    The returned actors include those discovered in this article.
    """
    words = [t.text for t in tokens]
    lower = [w.lower() for w in words]
    n = len(words)
    covered = [False] * n
    hits: list[_Hit] = []

    def add(first: int, last: int, actor: str, resolution: str) -> None:
        hits.append(_Hit(first, last, actor, resolution))
        for k in range(first, last + 1):
            covered[k] = True

    # 1-2. catalog forms and demonym phrases
    i = 0
    while i < n:
        form = _match_at(words, i, index.forms.get(words[i], ()), sent)
        if form is not None:
            if form[1]:
                add(i, i + len(form[0]) - 1, form[1], form[2])
            else:  # a known non-actor phrase ("Latin America"): its words name nobody
                for k in range(i, i + len(form[0])):
                    covered[k] = True
            i += len(form[0])
            continue
        dem = _match_at(words, i, index.demonyms.get(words[i], ()), sent)
        if dem is not None:
            end = _head_after(index, lower, i + len(dem[0]), sent)
            if end is not None:
                add(i, end, dem[1], "demonym")
                i = end + 1
                continue
        i += 1

    # 3. discovered actors: "Secretary Jane Doe", "Jane Doe said", "said Jane Doe",
    #    "according to the Harbor Institute" (an organisation, by its last word)
    discovered: dict[str, Actor] = {}

    def discover(first: int, count: int) -> None:
        name = text[tokens[first].start:tokens[first + count - 1].end]
        if name in index.names:
            return
        kind = "organisation" if words[first + count - 1] in ORG_WORDS else "person"
        ident = slug(name)
        if ident in index.actors:
            ident = f"discovered-{ident}"
        discovered.setdefault(ident, Actor(id=ident, name=name, kind=kind, discovered=True))
        add(first, first + count - 1, ident, "discovered")

    single_after_title: list[int] = []
    for i in range(n):
        if covered[i] or not words[i][0].isupper() or words[i] in NOT_NAME or sent[i] in headlines:
            continue
        if i > 0 and not covered[i - 1] and sent[i - 1] == sent[i] and _adjacent(text, tokens[i - 1], tokens[i]) \
                and _NAME_TOKEN_RE.match(words[i - 1]) and words[i - 1] not in NOT_NAME \
                and words[i - 1] not in index.title_tokens:
            continue  # inside a longer capitalised name that was not taken
        if (i > 1 and lower[i - 1] in CONNECTORS and words[i - 2][:1].isupper()
                and words[i - 2] not in NOT_NAME and sent[i - 2] == sent[i]):
            continue  # the tail of a longer name: "Center for Immigration Studies"
        run = _name_run(text, tokens, i, covered, sent, index.title_tokens)
        if run == 0:
            continue
        if words[i + run - 1] in DOCUMENT_WORDS:
            continue
        is_org = words[i + run - 1] in ORG_WORDS
        if not is_org and _title_before(index, words, i, sent) is not None:
            if run > 1:
                discover(i, run)
            else:
                single_after_title.append(i)  # "Gov. Brown": decided after the surnames
            continue
        if run < 2:
            continue
        after = i + run
        nxt = after + 1 if after < n and words[after] == "," else after
        # Speech verbs in their written case: "Says" in a Title Case headline does not count.
        if (nxt < n and words[nxt] in index.speech_verbs and sent[nxt] == sent[i]) or (
            i > 0 and words[i - 1] in index.speech_verbs and sent[i - 1] == sent[i] and not is_org
        ) or _after_according_to(lower, i):
            discover(i, run)

    # 4. surnames of the people found, anywhere in the article
    full_name_at: dict[str, list[int]] = defaultdict(list)
    for h in hits:
        if h.resolution in ("name", "alias", "discovered"):
            full_name_at[h.actor].append(h.first)
    by_surname: dict[str, list[str]] = defaultdict(list)
    for actor_id in sorted(full_name_at):
        actor = index.actors.get(actor_id) or discovered[actor_id]
        if actor.kind == "person":
            s = surname_of(actor.name)
            if s:
                by_surname[s].append(actor_id)
    if by_surname:
        for i in range(n):
            if covered[i] or words[i] not in by_surname:
                continue
            owners = by_surname[words[i]]
            # Two people sharing a surname: the one whose full name came last before, else first after.
            owner = min(
                owners,
                key=lambda a: min((i - p) if p <= i else (n + p - i) for p in full_name_at[a]),
            )
            add(i, i, owner, "surname")
    # A lone surname after a title is a new person unless a catalog person bears it
    # ("Mrs. Clinton" could be either Clinton: left unresolved rather than guessed).
    for i in single_after_title:
        if not covered[i] and words[i] not in index.surnames:
            discover(i, 1)

    # 5. fold titles and country words in front of a person into that person's mention
    person_kinds = {a: (index.actors.get(a) or discovered[a]).kind for a in {h.actor for h in hits}}
    absorbed: set[int] = set()
    hit_ending = {h.last: h for h in hits}
    for h in hits:
        if person_kinds[h.actor] != "person":
            continue
        j = h.first
        while j > 0 and sent[j - 1] == sent[h.first] and words[j - 1] in index.title_tokens:
            prev = hit_ending.get(j - 1)
            if prev is not None and prev is not h:  # a demonym phrase made of title words
                j = prev.first
                absorbed.add(id(prev))
                continue
            j -= 1
        if j < h.first:
            prev = hit_ending.get(j - 1)
            if prev is not None and person_kinds[prev.actor] == "country" and sent[j - 1] == sent[h.first]:
                absorbed.add(id(prev))

    mentions = []
    for h in sorted(hits, key=lambda h: h.first):
        if id(h) in absorbed:
            continue
        s = sent[h.first]
        mentions.append(
            Mention(
                actor=h.actor,
                paragraph=para_of_sent[s],
                sentence=s,
                start=tokens[h.first].start,
                end=tokens[h.last].end,
                surface=text[tokens[h.first].start:tokens[h.last].end],
                resolution=h.resolution,
            )
        )
    used = {m.actor for m in mentions}
    actors = {a: (index.actors.get(a) or discovered[a]) for a in sorted(used)}
    return mentions, actors
