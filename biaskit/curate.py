"""Curation: survey which actors a corpus names, how they were recognised, and what the catalog lacks."""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Sequence

from biaskit.actors import nickname_of, slug, without_nickname
from biaskit.types import ACTOR_KINDS, Actor, ArticleResult, Problem


@dataclass
class Survey:
    """Actors found in a corpus with mention counts per resolution, and names no actor claimed."""

    articles: int = 0
    actors: dict[str, Actor] = field(default_factory=dict)
    mentions: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    article_count: Counter = field(default_factory=Counter)
    unresolved: Counter = field(default_factory=Counter)
    unresolved_articles: Counter = field(default_factory=Counter)
    examples: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    first_names: dict[str, str] = field(default_factory=dict)  # given name -> gender, from the lexicon

    def add(self, result: ArticleResult) -> None:
        self.articles += 1
        seen: set[str] = set()
        for rec in result.records:
            for m in rec.mentions:
                self.mentions[m.actor][m.resolution] += 1
                seen.add(m.actor)
                if m.actor not in self.examples:
                    self.examples[m.actor] = result.sentences[m.sentence].text
        for a in result.actors:
            self.actors[a.id] = self.actors[a.id].merged(a) if a.id in self.actors else a
        self.article_count.update(seen)
        self.unresolved.update(result.unresolved)
        self.unresolved_articles.update(set(result.unresolved))
        for name in result.unresolved:
            if name not in self.examples:
                self.examples[name] = next((s.text for s in result.sentences if name in s.text), "")

    def rows(self) -> list[dict[str, Any]]:
        """One row per actor, most mentioned first."""
        out = []
        for aid, counts in self.mentions.items():
            a = self.actors[aid]
            out.append({"id": aid, "name": a.name, "kind": a.kind, "discovered": a.discovered,
                        "mentions": sum(counts.values()), "articles": self.article_count[aid],
                        "resolutions": dict(sorted(counts.items()))})
        out.sort(key=lambda r: (-r["mentions"], r["id"]))
        return out

    def looks_like_person(self, name: str) -> bool:
        return self.first_names.get(name.split()[0]) in ("male", "female", "unisex")

    def frequent_unresolved(self, min_count: int = 2) -> list[tuple[str, int, int]]:
        """(name, mentions, articles) of unclaimed names seen at least ``min_count`` times."""
        rows = [(n, c, self.unresolved_articles[n]) for n, c in self.unresolved.items() if c >= min_count]
        return sorted(rows, key=lambda r: (-r[1], r[0]))

    def to_dict(self, min_count: int = 2) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "actors": self.rows(),
            "unresolved": [{"name": n, "mentions": c, "articles": a} for n, c, a in self.frequent_unresolved(min_count)],
            "problems": [p.to_dict() for p in self.problems],
        }


def survey(
    paths: Sequence[str | os.PathLike[str]], overlays: Sequence[str] = (), progress: Any = None,
    runner: Any = None, cache: Any = None,
) -> Survey:
    """Analyse a corpus and collect its actors and unclaimed names. A ``runner`` must list the
    unclaimed names (``unresolved=True``) and a ``cache`` must be keyed for them."""
    from biaskit import lexicons
    from biaskit.pipeline import analyze_corpus

    if runner is not None and not runner.unresolved:
        raise ValueError("survey needs a runner made with unresolved=True (it lists the unclaimed names)")
    s = Survey(first_names=dict(lexicons.load(tuple(overlays)).first_names))
    for item in analyze_corpus(paths, overlays, progress, unresolved=True, cache=cache, runner=runner):
        if isinstance(item, Problem):
            s.problems.append(item)
        else:
            s.add(item)
    return s


def _toml_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + "".join(ch if ch >= " " else f"\\u{ord(ch):04x}" for ch in escaped) + '"'


def _excerpt(sentence: str, name: str, width: int = 90) -> str:
    """A one-line piece of ``sentence`` around ``name``, safe inside a TOML comment."""
    text = " ".join("".join(ch if ch >= " " else " " for ch in sentence).split())
    at = max(0, text.find(name))
    start = max(0, at - width // 3)
    piece = text[start:start + width]
    return ("…" if start else "") + piece + ("…" if start + width < len(text) else "")


def toml_entries(s: Survey, limit: int = 20, min_count: int = 2) -> str:
    """Ready-to-paste [[actor]] entries for discovered actors and frequent unclaimed names."""
    blocks = []
    candidates: list[tuple[str, str, int, int]] = []  # (name, kind, mentions, articles)
    for row in s.rows():
        if row["discovered"] and row["mentions"] >= min_count:
            kind = row["kind"] if row["kind"] in ACTOR_KINDS else ("person" if s.looks_like_person(row["name"]) else "organisation")
            candidates.append((row["name"], kind, row["mentions"], row["articles"]))
    known = {c[0] for c in candidates}
    for name, count, arts in s.frequent_unresolved(min_count):
        if name not in known:
            candidates.append((name, "person" if s.looks_like_person(name) else "organisation", count, arts))
    candidates.sort(key=lambda c: (-c[2], c[0]))
    for name, kind, count, arts in candidates[:limit]:
        key = next((aid for aid, a in s.actors.items() if a.name == name), name)
        actor = s.actors.get(key)
        example = _excerpt(s.examples.get(key, ""), name)
        times = f"{count} time{'s' if count != 1 else ''} in {arts} article{'s' if arts != 1 else ''}"
        entry, aliases = name, []
        nick = nickname_of(name) if kind == "person" else None
        if nick:  # 'Kathryn "Kate" Steinle': Kathryn Steinle, also called Kate Steinle
            entry = without_nickname(name)
            aliases = [" ".join([nick, entry.split()[-1]]), name]
        elif actor is not None and actor.aliases:  # the forms the article gave it: "Clintons" of the Clinton family
            aliases = list(actor.aliases)
        lines = [f"# seen {times}" + (f", e.g. {example}" if example else ""),
                 "[[actor]]", f"id = {_toml_string(slug(entry))}", f"name = {_toml_string(entry)}",
                 f'kind = "{kind}"  # person, organisation, country or group',
                 f"aliases = [{', '.join(_toml_string(a) for a in aliases)}]"]
        if kind == "person":
            gender = s.first_names.get(name.split()[0])
            lines.append(f'gender = "{gender}"  # from the given name: check it' if gender in ("male", "female")
                         else '# gender = "female"  # or "male"')
            for field, placeholder in (("country", "us"), ("party", "democratic-party")):
                stated = getattr(actor, field, None) if actor is not None else None
                lines.append(f"{field} = {_toml_string(stated)}  # as the articles state it: check it" if stated
                             else f"# {field} = {_toml_string(placeholder)}")
        else:
            lines[4] += " (a guess: check it)"
            if actor is not None and actor.sector:
                lines.append(f"sector = {_toml_string(actor.sector)}  # as the articles show it: check it")
            for field in ("country", "party") if actor is not None and kind == "group" else ():
                if getattr(actor, field, None):  # a family's, from its members: "the Clintons"
                    lines.append(f"{field} = {_toml_string(getattr(actor, field))}  # as its members': check it")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + ("\n" if blocks else "")
