"""Core record types shared by every stage: frozen, picklable dataclasses with ``to_dict``."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any

#: The actor kinds a catalog entry may have.
ACTOR_KINDS = ("person", "organisation", "country", "group")
#: What an organisation is, where the catalog says: a firm or a news outlet ("the company", "the network").
SECTORS = ("company", "media")
#: What a group is, where the catalog says: an armed group or a movement, organised as an
#: organisation is ("Hamas ... the group said"); a people or a faith has none.
GROUP_SECTORS = ("armed", "movement")
# US states (and the places that elect delegates to Congress) by postal code, as a role's ``state``.
US_STATE_CODES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho",
    "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas",
    "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
    "WI": "Wisconsin", "WY": "Wyoming", "DC": "District of Columbia", "PR": "Puerto Rico", "GU": "Guam",
    "VI": "U.S. Virgin Islands", "AS": "American Samoa", "MP": "Northern Mariana Islands",
}

#: How a mention was tied to its actor, from most to least direct.
RESOLUTIONS = ("name", "alias", "short", "surname", "acronym", "demonym", "capital", "compound", "role", "discovered",
               "pronoun")


@dataclass(frozen=True)
class Problem:
    """Something in the input that was skipped or repaired, with where it happened."""

    path: str
    message: str
    line: int | None = None
    skipped: bool = True

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Paragraph:
    """One scored paragraph: its position in the article and its character span in the body.

    ``kind`` is "title" for the headline (paragraph 0 when the article has one) and "body" otherwise.
    """

    index: int
    start: int
    end: int
    text: str
    kind: str = "body"


@dataclass(frozen=True)
class Dropped:
    """A paragraph kept out of scoring (caption, credit, share line ...) and the rule that dropped it."""

    text: str
    rule: str
    reason: str
    cut: bool = False  # taken out of a paragraph whose rest was kept (a profile card ...)


@dataclass(frozen=True)
class Article:
    """One news article as read from the corpus.

    ``text`` is the body, paragraphs joined by blank lines; every span elsewhere points into it.
    """

    id: str
    outlet: str
    title: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    source: str
    date: str | None = None
    url: str | None = None
    dropped: tuple[Dropped, ...] = ()


@dataclass(frozen=True)
class Role:
    """An office an actor holds or held: ``title`` of ``of`` (an actor id) between two years; for
    an office of a US state or one it elects to Congress, the ``state``'s postal code ("FL")."""

    title: str
    of: str | None = None
    start: int | None = None
    end: int | None = None
    state: str | None = None
    # the government the office is part of: ``of`` when a country, else the government of the body
    # it is in ("fbi": "us"); set when the catalog is read
    government: str | None = None


@dataclass(frozen=True)
class FormerParty:
    """A party an actor belonged to (None: to none) up to the day before ``until`` (YYYY-MM-DD)."""

    party: str | None
    until: str


@dataclass(frozen=True)
class Actor:
    """A person, organisation, country or group the catalog knows or an article revealed."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    short: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    gender: str | None = None
    country: str | None = None
    party: str | None = None
    government: str | None = None
    alliances: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    discovered: bool = False
    sector: str | None = None  # "company" or "media" for an organisation, "armed" or "movement" for a group
    capitals: tuple[str, ...] = ()  # a country's capital, as news names its government: "Moscow denied"
    descriptions: tuple[str, ...] = ()  # what news calls it after "the" once named: "enclave", "Jewish state"
    former_parties: tuple[FormerParty, ...] = ()  # earlier parties, oldest first; ``party`` is the one since

    def party_on(self, date: str | None) -> str | None:
        """The party on ``date`` (YYYY-MM-DD, or a prefix of it: "2019" reads as the year's first
        day). Undated: the party, for an actor who never changed party; else None, not a guess."""
        if not self.former_parties:
            return self.party
        if not date:
            return None
        for f in self.former_parties:
            if date < f.until:
                return f.party
        return self.party

    def government_on(self, date: str | None) -> str | None:
        """The government a person counts toward on ``date`` (YYYY-MM-DD or its year): that of an
        office they held in that year, none between offices; undated, the catalog's ``government``.
        An organisation's is always its own."""
        if self.kind != "person" or not self.roles or not date or not date[:4].isdigit():
            return self.government
        year = int(date[:4])
        held = [r.government for r in self.roles if r.government
                and (r.start is None or r.start <= year) and (r.end is None or year <= r.end)]
        return self.government if self.government in held else held[0] if held else None

    def parties(self) -> frozenset[str]:
        """Every party the actor belongs or belonged to."""
        return frozenset(p for p in (self.party, *(f.party for f in self.former_parties)) if p)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def merged(self, other: "Actor") -> "Actor":
        """This discovered actor with the party, country and sector another article stated of it
        filled in where this one has none (a catalog actor stays as the catalog has it)."""
        if not self.discovered or not (other.party and not self.party or other.country and not self.country
                                       or other.sector and not self.sector):
            return self
        return replace(self, party=self.party or other.party, country=self.country or other.country,
                       sector=self.sector or other.sector)


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article with its span in the body and its VADER scores."""

    index: int
    paragraph: int
    start: int
    end: int
    text: str
    neg: float = 0.0
    neu: float = 0.0
    pos: float = 0.0
    compound: float = 0.0


@dataclass(frozen=True)
class Mention:
    """One occurrence of an actor: where it is and how it was recognised."""

    actor: str
    paragraph: int
    sentence: int
    start: int
    end: int
    surface: str
    resolution: str


@dataclass(frozen=True)
class Match:
    """A lexicon entry found in a sentence (a frame term, an attribution verb ...)."""

    lexicon: str
    category: str
    term: str
    sentence: int
    start: int
    end: int


@dataclass(frozen=True)
class Quote:
    """A quoted stretch of the body (characters start..end, inside the marks), its paragraph, the
    number of words in it, its speaker actor (or None) and which linked run of quote parts it is in."""

    start: int
    end: int
    paragraph: int
    words: int
    speaker: str | None
    run: int


@dataclass(frozen=True)
class ActorParagraph:
    """The scores of one actor in one paragraph, with the evidence behind them."""

    article: str
    outlet: str
    paragraph: int
    actor: str
    mentions: tuple[Mention, ...]
    sentences: tuple[int, ...]
    sentiment: float
    paragraph_sentiment: float
    words: int
    frames: tuple[tuple[str, float], ...]
    speaks: bool
    attribution: tuple[str, ...] = ()
    evidence: tuple[Match, ...] = ()
    sentence_sentiment: float = 0.0  # mean VADER compound of the sentences (not target-aware)
    labels: tuple[tuple[str, int], ...] = ()  # loaded labels near the actor's mentions, per category
    hedges: int = 0  # hedges in the actor's sentences
    attribution_classes: tuple[tuple[str, int], ...] = ()  # class of each speech verb, counted
    quoted_words: int = 0  # words quoted from the actor in the paragraph
    agency: tuple[tuple[str, int], ...] = ()  # mentions where the actor acts / is acted upon

    @property
    def frame_scores(self) -> dict[str, float]:
        return dict(self.frames)


@dataclass(frozen=True)
class ArticleResult:
    """Everything the analysis of one article produced: small records, no further text work needed."""

    id: str
    outlet: str
    title: str
    source: str
    date: str | None
    url: str | None
    sentences: tuple[Sentence, ...]
    paragraph_sentiment: tuple[float, ...]
    records: tuple[ActorParagraph, ...]
    actors: tuple[Actor, ...]
    dropped: tuple[Dropped, ...] = ()
    #: Actors named in dropped boilerplate (photo captions ...): (dropped paragraph index, actor id, surface).
    dropped_mentions: tuple[tuple[int, str, str], ...] = ()
    #: Capitalised names in the text that no actor claimed, for catalog curation.
    unresolved: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = field(default=())
    #: Direct quotes of the body, with their speakers where found.
    quotes: tuple[Quote, ...] = ()
    #: Sentences at least half inside quotation marks (quoted voices, not narration).
    quoted_sentences: tuple[int, ...] = ()
