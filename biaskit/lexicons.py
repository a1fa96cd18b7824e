"""Lexicons: load, validate and overlay the TOML data files (actors, frames, verbs, labels, boilerplate)."""

from __future__ import annotations

import datetime
import gzip
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Sequence

from biaskit.errors import LexiconError, parse_toml
from biaskit.needles import fold, needles
from biaskit.types import ACTOR_KINDS, GROUP_SECTORS, SECTORS, US_STATE_CODES, Actor, FormerParty, Role

#: The lexicon files biaskit reads, by name; each is ``<name>.toml``.
LEXICON_NAMES = ("actors", "roles", "first_names", "frames", "attribution", "labels", "boilerplate")

#: Lexicons biaskit can run without (a smaller vocabulary, not an error).
OPTIONAL = frozenset({"first_names"})

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


@dataclass(frozen=True)
class Frame:
    id: str
    label: str
    group: str
    description: str
    terms: tuple[str, ...]


@dataclass(frozen=True)
class Ambiguity:
    """A surface form that names a catalog actor only in some contexts ("Georgia": country or US state).

    The article's words decide: more ``keep`` cues than ``drop`` cues keep the actor, more
    ``drop`` cues drop it, a tie falls back to ``default``. Cues are lowercase words or phrases.
    """

    form: str
    keep: tuple[str, ...]
    drop: tuple[str, ...]
    default: str = "keep"

    def decide(self, lower: Sequence[str], words: Sequence[str] = ()) -> bool:
        joined = " " + " ".join(lower) + " "
        keep = sum(joined.count(f" {c} ") for c in self.keep)
        drop = sum(joined.count(f" {c} ") for c in self.drop)
        if keep != drop:
            return keep > drop
        return self.default == "keep"


@dataclass(frozen=True)
class BoilerplateRule:
    id: str
    reason: str
    patterns: tuple[re.Pattern[str], ...]
    max_words: int | None = None
    #: A cutting rule removes what its patterns match from inside a paragraph (only the group
    #: named "cut" when a pattern has one) instead of dropping the whole paragraph.
    cut: bool = False
    #: When given, the rule is tried only on paragraphs that contain one of these strings (a
    #: quick test before the patterns).
    contains: tuple[str, ...] = ()
    #: Per pattern, the strings one of which the folded text of each of its matches contains
    #: (None: no such test), found in the pattern itself (see ``biaskit.needles``).
    needles: tuple[tuple[str, ...] | None, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "needles", tuple(needles(p) for p in self.patterns))

    def applies(self, paragraph: str, words: int | None = None) -> bool:
        """Whether the rule is tried on ``paragraph`` (of ``words`` words, counted here when not
        given): it is short enough and holds one of the ``contains`` strings."""
        if self.contains and not any(c in paragraph for c in self.contains):
            return False
        return self.max_words is None or (len(paragraph.split()) if words is None else words) <= self.max_words

    def candidates(self, paragraph: str, folded: str | None = None) -> list[re.Pattern[str]]:
        """The patterns that may match ``paragraph``: those whose needles its folded text
        (``folded``, made here when not given) holds, and those without needles."""
        if folded is None:
            folded = fold(paragraph)
        out = []
        for p, need in zip(self.patterns, self.needles):
            if need is not None:
                for n in need:
                    if n in folded:
                        break
                else:
                    continue
            out.append(p)
        return out

    def matches(self, paragraph: str, words: int | None = None, folded: str | None = None) -> bool:
        """Whether the rule drops ``paragraph`` (of ``words`` words, counted here when not given;
        ``folded``: its text folded for needles, see ``biaskit.needles.fold``)."""
        if self.cut or not self.applies(paragraph, words):
            return False
        for p in self.candidates(paragraph, folded):
            if p.search(paragraph):
                return True
        return False

    def cuts(self, paragraph: str) -> list[tuple[int, int]]:
        """The character spans a cutting rule removes from ``paragraph``, in order, not overlapping."""
        if not self.cut or not self.applies(paragraph):
            return []
        spans: list[tuple[int, int]] = []
        for p in self.candidates(paragraph):
            group = "cut" if "cut" in p.groupindex else 0
            spans += [m.span(group) for m in p.finditer(paragraph) if m.end(group) > m.start(group)]
        out: list[tuple[int, int]] = []
        for a, b in sorted(spans):
            if out and a < out[-1][1]:
                out[-1] = (out[-1][0], max(b, out[-1][1]))
            else:
                out.append((a, b))
        return out


@dataclass(frozen=True)
class Source:
    """One lexicon file that was read: where it came from and a hash of its bytes."""

    name: str
    path: str
    version: str
    sha256: str


@dataclass(frozen=True)
class Lexicons:
    """All lexicon data biaskit uses, validated; built once per process per set of overlay folders."""

    sources: tuple[Source, ...]
    actors: tuple[Actor, ...]
    titles: tuple[str, ...]
    demonym_heads: tuple[str, ...]
    people_heads: tuple[str, ...]
    non_actors: tuple[str, ...]
    ambiguous: tuple[Ambiguity, ...]
    first_names: tuple[tuple[str, str], ...]
    frames: tuple[Frame, ...]
    attribution: tuple[tuple[str, tuple[str, ...]], ...]
    source_markers: tuple[str, ...]
    labels: tuple[tuple[str, str, tuple[str, ...]], ...]
    boilerplate: tuple[BoilerplateRule, ...]
    overlays: tuple[str, ...] = field(default=())

    @property
    def versions(self) -> dict[str, str]:
        """Lexicon name -> version; an overlaid lexicon's version names the overlay's hash."""
        out: dict[str, str] = {}
        for s in self.sources:
            out[s.name] = s.version if s.name not in out else f"{out[s.name]}+{s.sha256[:8]}"
        return dict(sorted(out.items()))

    @cached_property
    def actor_by_id(self) -> dict[str, Actor]:
        return {a.id: a for a in self.actors}

    @cached_property
    def frame_ids(self) -> tuple[str, ...]:
        return tuple(f.id for f in self.frames)


# ---------------------------------------------------------------------------------------------
# reading


def _read(path: str, data: bytes) -> dict[str, Any]:
    try:
        return parse_toml(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise LexiconError(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except ValueError as exc:  # (parse_toml's TOMLDecodeError)
        raise LexiconError(path, f"malformed TOML: {exc}") from None


def _builtin_files() -> dict[str, tuple[str, bytes]]:
    root = resources.files("biaskit") / "lexicons"
    out = {}
    for name in LEXICON_NAMES:
        res = root / f"{name}.toml"
        try:
            out[name] = (f"biaskit/lexicons/{name}.toml", res.read_bytes())
        except FileNotFoundError:
            if name in OPTIONAL:
                continue
            raise LexiconError(
                f"biaskit/lexicons/{name}.toml",
                "built-in lexicon missing; reinstall biaskit (pip install --force-reinstall biaskit)",
            ) from None
    return out


def _overlay_files(dirs: Sequence[str]) -> list[tuple[str, str, bytes]]:
    out = []
    for d in dirs:
        folder = Path(d)
        if not folder.is_dir():
            raise LexiconError(d, "lexicon folder not found")
        found = False
        for name in LEXICON_NAMES:
            p = folder / f"{name}.toml"
            if p.is_file():
                out.append((name, str(p), p.read_bytes()))
                found = True
        if not found:
            names = ", ".join(f"{n}.toml" for n in LEXICON_NAMES)
            raise LexiconError(d, f"no lexicon files in folder (looked for {names})")
    return out


@lru_cache(maxsize=1)
def english_words() -> tuple[frozenset[str], frozenset[str]]:
    """Ordinary English words in lower case, and the capitalised words that are also names
    ("Baker"), from SCOWL (see lexicons/english_words.COPYRIGHT)."""
    path = "biaskit/lexicons/english_words.txt.gz"
    try:
        data = (resources.files("biaskit") / "lexicons" / "english_words.txt.gz").read_bytes()
        words = gzip.decompress(data).decode("ascii").split()
        return frozenset(w for w in words if w.islower()), frozenset(w for w in words if not w.islower())
    except (FileNotFoundError, OSError, EOFError, UnicodeDecodeError) as exc:
        raise LexiconError(path, f"built-in word list unreadable ({exc}); reinstall biaskit") from None


@lru_cache(maxsize=8)
def load(overlays: tuple[str, ...] = ()) -> Lexicons:
    """Load the built-in lexicons with the files of each overlay folder laid over them, in order.

    Overlay entries replace built-in entries with the same id and add the others.
    """
    files: list[tuple[str, str, bytes]] = [(n, p, b) for n, (p, b) in _builtin_files().items()]
    files += _overlay_files(overlays)
    docs: dict[str, list[tuple[str, dict[str, Any]]]] = {n: [] for n in LEXICON_NAMES}
    sources = []
    for name, path, data in files:
        doc = _read(path, data)
        _known_keys(path, None, doc, TABLES[name])
        meta = doc.get("meta", {})
        version = str(meta.get("version", "0")) if isinstance(meta, dict) else "0"
        sources.append(Source(name, path, version, hashlib.sha256(data).hexdigest()))
        docs[name].append((path, doc))
    actors = with_peoples(_load_actors(docs["actors"]))
    titles, heads, people_heads, non_actors = _load_roles(docs["roles"])
    ambiguous = _load_ambiguous(docs["roles"])
    first_names = _load_first_names(docs["first_names"])
    frames = _load_frames(docs["frames"])
    attribution, markers = _load_attribution(docs["attribution"])
    labels = _load_labels(docs["labels"])
    boilerplate = _load_boilerplate(docs["boilerplate"])
    return Lexicons(
        sources=tuple(sources),
        actors=actors,
        titles=titles,
        demonym_heads=heads,
        people_heads=people_heads,
        non_actors=non_actors,
        ambiguous=ambiguous,
        first_names=first_names,
        frames=frames,
        attribution=attribution,
        source_markers=markers,
        labels=labels,
        boilerplate=boilerplate,
        overlays=tuple(overlays),
    )


# ---------------------------------------------------------------------------------------------
# validation helpers


def _entries(path: str, doc: dict[str, Any], key: str) -> list[tuple[str, dict[str, Any]]]:
    items = doc.get(key, [])
    if not isinstance(items, list):
        raise LexiconError(path, f"'{key}' must be an array of tables ([[{key}]])")
    out = []
    for i, item in enumerate(items):
        label = f"{key} #{i + 1}"
        if not isinstance(item, dict):
            raise LexiconError(path, "must be a table", label)
        ident = item.get("id")
        if not isinstance(ident, str) or not _ID_RE.fullmatch(ident):
            raise LexiconError(path, f"id must be lowercase letters, digits, '-' or '_' (got {ident!r})", label)
        out.append((f"{key} '{ident}'", item))
    return out


def _str(path: str, entry: str, item: dict[str, Any], key: str, required: bool = False) -> str | None:
    value = item.get(key)
    if value is None:
        if required:
            raise LexiconError(path, f"'{key}' is required", entry)
        return None
    if not isinstance(value, str) or not value.strip():
        raise LexiconError(path, f"'{key}' must be a non-empty string", entry)
    if value != value.strip():
        raise LexiconError(path, f"'{key}' has leading or trailing spaces: {value!r}", entry)
    return value


_WORD_RE = re.compile(r"\w")


def _names(path: str, entry: str, item: dict[str, Any], key: str) -> tuple[str, ...]:
    """A list of names or forms to find in text (aliases, capitals, titles ...): each must hold a
    word, or nothing in an article could ever match it."""
    names = _strs(path, entry, item, key)
    for v in names:
        _has_word(path, entry, f"'{key}' item", v)
    return names


def _has_word(path: str, entry: str, what: str, value: str) -> None:
    if not _WORD_RE.search(value):
        raise LexiconError(path, f"{what} {value!r} has no word in it (letters or digits)", entry)


def _strs(path: str, entry: str, item: dict[str, Any], key: str) -> tuple[str, ...]:
    value = item.get(key, [])
    if not isinstance(value, list):
        raise LexiconError(path, f"'{key}' must be a list of strings", entry)
    seen = set()
    for v in value:
        if not isinstance(v, str) or not v.strip():
            raise LexiconError(path, f"'{key}' has an empty or non-string item: {v!r}", entry)
        if v != v.strip():
            raise LexiconError(path, f"'{key}' item has leading or trailing spaces: {v!r}", entry)
        if v in seen:
            raise LexiconError(path, f"'{key}' lists {v!r} twice", entry)
        seen.add(v)
    return tuple(value)


def _known_keys(path: str, entry: str | None, table: dict[str, Any], allowed: Iterable[str]) -> None:
    """Stop at a key the table may not have (a misspelt "partie" would otherwise be dropped unseen)."""
    allowed = tuple(allowed)
    for k in table:
        if k not in allowed:
            raise LexiconError(path, f"unknown key {k!r} (valid: {', '.join(sorted(allowed))})", entry)


def _merge(
    docs: list[tuple[str, dict[str, Any]]], key: str, keys: Iterable[str]
) -> list[tuple[str, str, dict[str, Any]]]:
    """Entries of every file (tables of ``keys`` and an id), later files replacing earlier
    entries with the same id."""
    keys = ("id", *keys)
    merged: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for path, doc in docs:
        seen_here: set[str] = set()
        for entry, item in _entries(path, doc, key):
            _known_keys(path, entry, item, keys)
            if item["id"] in seen_here:
                raise LexiconError(path, "id used twice in this file", entry)
            seen_here.add(item["id"])
            merged.pop(item["id"], None)  # a replacement moves to the end: its errors name its file
            merged[item["id"]] = (path, entry, item)
    return list(merged.values())


def _year(path: str, entry: str, role: dict[str, Any], key: str) -> int | None:
    v = role.get(key)
    if v is None:
        return None
    if not isinstance(v, int) or isinstance(v, bool) or not 1800 <= v <= 2100:
        raise LexiconError(path, f"role '{key}' must be a year between 1800 and 2100 (got {v!r})", entry)
    return v


def _former_parties(path: str, entry: str, item: dict[str, Any]) -> tuple[FormerParty, ...]:
    """An entry's ``former_parties``: tables {party = ..., until = YYYY-MM-DD}, oldest first; a table
    without ``party`` is a time in no party."""
    raw = item.get("former_parties", [])
    if not isinstance(raw, list):
        raise LexiconError(path, "'former_parties' must be a list of tables", entry)
    out: list[FormerParty] = []
    for f in raw:
        if not isinstance(f, dict) or set(f) - {"party", "until"}:
            raise LexiconError(path, "each of 'former_parties' must be a table {party = ..., until = YYYY-MM-DD}", entry)
        until = f.get("until")
        if isinstance(until, str):
            try:
                until = datetime.date.fromisoformat(until)
            except ValueError:
                pass
        if not isinstance(until, datetime.date) or isinstance(until, datetime.datetime):
            raise LexiconError(path, f"former party's 'until' must be a date YYYY-MM-DD (got {f.get('until')!r})", entry)
        day = until.isoformat()
        if out and day <= out[-1].until:
            raise LexiconError(path, f"former parties must be listed oldest first ({day} after {out[-1].until})", entry)
        out.append(FormerParty(_str(path, entry, f, "party"), day))
    return tuple(out)


#: The keys an actor entry may have besides its id.
ACTOR_KEYS = ("name", "kind", "aliases", "short", "demonyms", "gender", "country", "party", "former_parties",
              "government", "alliances", "roles", "sector", "capitals", "descriptions")
#: The tables and keys each lexicon file may have at its top level.
TABLES = {
    "actors": ("meta", "actor"), "frames": ("meta", "frame"), "labels": ("meta", "category"),
    "attribution": ("meta", "class", "markers"), "boilerplate": ("meta", "rule"), "first_names": ("meta", "names"),
    "roles": ("meta", "titles", "demonym_heads", "people_heads", "non_actors", "ambiguous"),
}


def _load_actors(docs: list[tuple[str, dict[str, Any]]]) -> tuple[Actor, ...]:
    actors = []
    where: dict[str, tuple[str, str]] = {}
    for path, entry, item in _merge(docs, "actor", ACTOR_KEYS):
        kind = _str(path, entry, item, "kind", required=True)
        if kind not in ACTOR_KINDS:
            raise LexiconError(path, f"kind must be one of {', '.join(ACTOR_KINDS)} (got {kind!r})", entry)
        gender = _str(path, entry, item, "gender")
        if gender not in (None, "male", "female"):
            raise LexiconError(path, f"gender must be male or female (got {gender!r})", entry)
        sector = _str(path, entry, item, "sector")
        if sector is not None and kind in ("organisation", "group"):
            allowed, article = (SECTORS, "an") if kind == "organisation" else (GROUP_SECTORS, "a")
            if sector not in allowed:
                raise LexiconError(path, f"sector of {article} {kind} must be one of {', '.join(allowed)} (got {sector!r})",
                                   entry)
        elif sector is not None:
            raise LexiconError(path, f"only organisations and groups have a sector (got {sector!r} for a {kind})", entry)
        roles = []
        raw_roles = item.get("roles", [])
        if not isinstance(raw_roles, list):
            raise LexiconError(path, "'roles' must be a list of tables", entry)
        for r in raw_roles:
            if not isinstance(r, dict):
                raise LexiconError(path, "each role must be a table {title = ..., of = ...}", entry)
            _known_keys(path, entry, r, ("title", "of", "from", "to", "state"))
            title = _str(path, entry, r, "title", required=True)
            start, end = _year(path, entry, r, "from"), _year(path, entry, r, "to")
            if start is not None and end is not None and end < start:
                raise LexiconError(path, f"role '{title}' ends ({end}) before it starts ({start})", entry)
            state = _str(path, entry, r, "state")
            if state is not None and state not in US_STATE_CODES:
                raise LexiconError(path, f"role '{title}': state must be a US postal code such as \"FL\" (got {state!r})", entry)
            roles.append(Role(title=title.lower(), of=_str(path, entry, r, "of"), start=start, end=end, state=state))
        actor = Actor(
            id=item["id"],
            name=_name(path, entry, item),
            kind=kind,  # type: ignore[arg-type]
            aliases=_names(path, entry, item, "aliases"),
            short=_names(path, entry, item, "short"),
            demonyms=_names(path, entry, item, "demonyms"),
            gender=gender,
            country=_str(path, entry, item, "country"),
            party=_str(path, entry, item, "party"),
            government=_str(path, entry, item, "government"),
            alliances=_strs(path, entry, item, "alliances"),
            roles=tuple(roles),
            sector=sector,
            capitals=_names(path, entry, item, "capitals"),
            descriptions=_strs(path, entry, item, "descriptions"),
            former_parties=_former_parties(path, entry, item),
        )
        if actor.capitals and kind != "country":
            raise LexiconError(path, f"'capitals' is only for countries (kind is {kind!r})", entry)
        for d in actor.descriptions:
            if not _DESCRIPTION_RE.fullmatch(d) or d.split()[0] in ("the", "a", "an"):
                raise LexiconError(path, f"description {d!r} must be lower-case words said after \"the\" "
                                         "(\"enclave\", \"jewish state\")", entry)
        actors.append(actor)
        where[actor.id] = (path, entry)
    ids = set(where)
    surface: dict[str, str] = {}
    for a in actors:
        path, entry = where[a.id]
        refs = [("country", a.country), ("party", a.party), ("government", a.government)]
        refs += [("former_parties.party", f.party) for f in a.former_parties]
        refs += [("alliances", x) for x in a.alliances] + [("roles.of", r.of) for r in a.roles]
        for key, ref in refs:
            if ref is not None and ref not in ids:
                raise LexiconError(path, f"'{key}' refers to unknown actor id {ref!r}", entry)
        for form in (a.name, *a.aliases, *a.short, *a.demonyms, *a.capitals):
            other = surface.setdefault(form, a.id)
            if other != a.id:
                raise LexiconError(
                    path, f"surface form {form!r} is already used by actor {other!r}", entry
                )
    by_id = {a.id: a for a in actors}

    def government_of(of: str | None) -> str | None:  # a role's: its country's, or its body's government
        body = by_id.get(of) if of else None
        return None if body is None else body.id if body.kind == "country" else body.government

    actors = [replace(a, roles=tuple(replace(r, government=government_of(r.of)) for r in a.roles)) if a.roles else a
              for a in actors]
    return tuple(sorted(actors, key=lambda a: a.id))


def _name(path: str, entry: str, item: dict[str, Any]) -> str:
    name = _str(path, entry, item, "name", required=True)
    assert name is not None
    _has_word(path, entry, "'name'", name)
    return name


def _load_roles(
    docs: list[tuple[str, dict[str, Any]]]
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    lists: dict[str, list[str]] = {"titles": [], "demonym_heads": [], "people_heads": [], "non_actors": []}
    for path, doc in docs:
        for key, items in lists.items():
            items += _names(path, key, doc, key)
    titles, heads, people, non_actors = (tuple(dict.fromkeys(v)) for v in lists.values())
    return titles, heads, people, non_actors


_SLUG_RE = re.compile(r"[^a-z0-9]+")
_DESCRIPTION_RE = re.compile(r"[a-z0-9][a-z0-9'-]*(?: [a-z0-9][a-z0-9'-]*){0,3}")


def slug(name: str) -> str:
    """An actor id for a name: lowercase ASCII words joined by hyphens."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return _SLUG_RE.sub("-", ascii_name.lower()).strip("-") or "actor"


def people_name(demonym: str) -> str:
    """The name of a country's people as a group: "Israeli people"."""
    return f"{demonym} people"


def peoples_of(actors: Sequence[Actor]) -> dict[str, str]:
    """Country id -> the id of its people (the group named as ``with_peoples`` names it, built in
    or given in an overlay)."""
    names = {a.id: people_name(a.demonyms[0]) for a in actors if a.kind == "country" and a.demonyms}
    return {a.country: a.id for a in actors if a.kind == "group" and a.country and names.get(a.country) == a.name}


def with_peoples(actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """The catalog with the people of every country that has a demonym, as a group affiliated to
    the country ("Israeli people", id "israeli-people"; also named by the plural demonyms,
    "Israelis"): what is said of "Palestinian civilians" or "Americans" is said of a people, not
    of a state, and still rolls up to the country. A catalog entry with that id is kept instead."""
    ids = {a.id for a in actors}
    added = []
    for a in actors:
        if a.kind != "country" or not a.demonyms:
            continue
        name = people_name(a.demonyms[0])
        ident = slug(name)
        if ident in ids:
            continue
        plurals = tuple(d for d in a.demonyms[1:] if d.endswith("s"))
        added.append(Actor(id=ident, name=name, kind="group", aliases=plurals, country=a.id))
        ids.add(ident)
    return tuple(sorted((*actors, *added), key=lambda x: x.id))


def _load_ambiguous(docs: list[tuple[str, dict[str, Any]]]) -> tuple[Ambiguity, ...]:
    rules: dict[str, Ambiguity] = {}
    for path, doc in docs:
        items = doc.get("ambiguous", [])
        if not isinstance(items, list):
            raise LexiconError(path, "'ambiguous' must be an array of tables ([[ambiguous]])")
        for i, item in enumerate(items):
            if not isinstance(item, dict):
                raise LexiconError(path, "must be a table", f"ambiguous #{i + 1}")
            entry = f"ambiguous #{i + 1}"
            _known_keys(path, entry, item, ("form", "default", "keep", "drop"))
            form = _str(path, entry, item, "form", required=True)
            entry = f"ambiguous {form!r}"
            default = _str(path, entry, item, "default") or "keep"
            if default not in ("keep", "drop"):
                raise LexiconError(path, f"default must be keep or drop (got {default!r})", entry)
            keep = tuple(c.lower() for c in _strs(path, entry, item, "keep"))
            drop = tuple(c.lower() for c in _strs(path, entry, item, "drop"))
            rules[form] = Ambiguity(form, keep, drop, default)  # type: ignore[arg-type]
    return tuple(rules[k] for k in sorted(rules))


def _load_first_names(docs: list[tuple[str, dict[str, Any]]]) -> tuple[tuple[str, str], ...]:
    names: dict[str, str] = {}
    for path, doc in docs:
        table = doc.get("names", {})
        if not isinstance(table, dict):
            raise LexiconError(path, "'names' must be a table")
        for gender in ("male", "female", "unisex", "ambiguous"):
            for name in _strs(path, f"names.{gender}", table, gender):
                names[name] = gender
        unknown = set(table) - {"male", "female", "unisex", "ambiguous"}
        if unknown:
            raise LexiconError(path, f"unknown list {sorted(unknown)[0]!r} (valid: male, female, unisex, ambiguous)", "names")
    return tuple(sorted(names.items()))


def _terms(path: str, entry: str, item: dict[str, Any], key: str) -> tuple[str, ...]:
    terms = _strs(path, entry, item, key)
    for t in terms:
        words = t.split(" ")
        if any(not w for w in words):
            raise LexiconError(path, f"term {t!r} has a double space", entry)
        if any("*" in w for w in words[:-1]) or words[-1].count("*") > 1 or (
            "*" in words[-1] and not words[-1].endswith("*")
        ):
            raise LexiconError(path, f"term {t!r}: '*' is allowed only at the end of the last word", entry)
        if words[-1].endswith("*") and len(words) == 1 and len(words[-1]) < 5:
            raise LexiconError(path, f"term {t!r}: a wildcard needs at least 4 letters before '*'", entry)
    return terms


def _load_frames(docs: list[tuple[str, dict[str, Any]]]) -> tuple[Frame, ...]:
    frames = []
    for path, entry, item in _merge(docs, "frame", ("label", "group", "description", "terms")):
        terms = _terms(path, entry, item, "terms")
        if not terms:
            raise LexiconError(path, "a frame needs at least one term", entry)
        frames.append(
            Frame(
                id=item["id"],
                label=_str(path, entry, item, "label", required=True),  # type: ignore[arg-type]
                group=_str(path, entry, item, "group") or "policy",
                description=_str(path, entry, item, "description", required=True),  # type: ignore[arg-type]
                terms=terms,
            )
        )
    return tuple(frames)


def _load_attribution(
    docs: list[tuple[str, dict[str, Any]]]
) -> tuple[tuple[tuple[str, tuple[str, ...]], ...], tuple[str, ...]]:
    classes = []
    for path, entry, item in _merge(docs, "class", ("description", "verbs")):
        verbs = _terms(path, entry, item, "verbs")
        if not verbs:
            raise LexiconError(path, "a verb class needs at least one verb", entry)
        classes.append((item["id"], tuple(v.lower() for v in verbs)))
    markers: list[str] = []
    for path, doc in docs:
        table = doc.get("markers", {})
        if not isinstance(table, dict):
            raise LexiconError(path, "'markers' must be a table")
        _known_keys(path, "markers", table, ("source",))
        markers += _strs(path, "markers", table, "source")
    return tuple(classes), tuple(dict.fromkeys(m.lower() for m in markers))


def _load_labels(docs: list[tuple[str, dict[str, Any]]]) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    out = []
    for path, entry, item in _merge(docs, "category", ("kind", "description", "terms")):
        kind = _str(path, entry, item, "kind", required=True)
        if kind not in ("label", "hedge"):
            raise LexiconError(path, f"kind must be label or hedge (got {kind!r})", entry)
        out.append((item["id"], kind, tuple(t.lower() for t in _terms(path, entry, item, "terms"))))
    return tuple(out)  # type: ignore[return-value]


def _load_boilerplate(docs: list[tuple[str, dict[str, Any]]]) -> tuple[BoilerplateRule, ...]:
    rules = []
    for path, entry, item in _merge(docs, "rule", ("reason", "patterns", "max_words", "cut", "contains")):
        patterns = []
        for p in _strs(path, entry, item, "patterns"):
            try:
                patterns.append(re.compile(p))
            except (re.error, OverflowError) as exc:  # ("a{4294967296}": a repeat too large)
                raise LexiconError(path, f"pattern {p!r} is not a valid regular expression: {exc}", entry) from None
            except RecursionError:  # (groups nested hundreds deep)
                raise LexiconError(path, f"pattern {p!r} is nested too deeply to compile", entry) from None
        max_words = item.get("max_words")
        if max_words is not None and (not isinstance(max_words, int) or isinstance(max_words, bool) or max_words < 1):
            raise LexiconError(path, f"max_words must be a positive whole number (got {max_words!r})", entry)
        cut = item.get("cut", False)
        if not isinstance(cut, bool):
            raise LexiconError(path, f"cut must be true or false (got {cut!r})", entry)
        contains = _strs(path, entry, item, "contains")
        rules.append(
            BoilerplateRule(
                id=item["id"],
                reason=_str(path, entry, item, "reason", required=True),  # type: ignore[arg-type]
                patterns=tuple(patterns),
                max_words=max_words,
                cut=cut,
                contains=contains,
            )
        )
    return tuple(rules)


def iter_forms(actor: Actor) -> Iterable[tuple[str, str]]:
    """Every catalog surface form of an actor with the resolution it stands for."""
    yield actor.name, "name"
    for a in actor.aliases:
        yield a, "alias"
    for s in actor.short:
        yield s, "short"
