"""Framing: frame terms near an actor, and whether the actor speaks (attribution verbs)."""

from __future__ import annotations

import re
from typing import AbstractSet, Callable, Sequence

from biaskit.agency import BE
from biaskit.lexicons import Lexicons
from biaskit.segment import Token
from biaskit.terms import TermHit, TermMatcher

# Words that may stand between a speaker and the speech verb: "Blinken also stressed",
# "The White House firmly denied", "Netanyahu had criticized".
SPEAKER_GAP_WORDS = frozenset(
    "also has have had was were is are will would again then later previously repeatedly "
    "once further separately publicly privately earlier reportedly had been has been already even now keeps kept".split()
)
# Phrases before a verb of saying that leave it the speaker's: "Ruiz went on to say", "Ruiz continues
# to argue", "Ruiz has long said" ("long" and "since" only after "has": not the name "Long"); and
# their words, the only ones the phrases are looked for at.
_GOING_ON_VERBS = ("went", "goes", "go", "continued", "continues", "continue")
_SINCE_WORDS = ("long", "since")
_GAP_PHRASE_RE = re.compile(rf"\b(?:{'|'.join(_GOING_ON_VERBS)})(?: on)? to\b"
                            rf"|(?:(?<=has )|(?<=had )|(?<=have ))(?:{'|'.join(_SINCE_WORDS)})\b")
_GAP_PHRASE_WORDS = frozenset(_GOING_ON_VERBS + _SINCE_WORDS)
# The names of days and months, lower case: a time, never a name's part ("said Ruiz Monday").
_DAYS = tuple("monday tuesday wednesday thursday friday saturday sunday".split())
TIME_NAMES = frozenset(_DAYS) | frozenset(
    "january february march april may june july august september october november december".split())
_APPOSITIVE_MAX = 10  # tokens in ", the secretary of state, said"
SPEAKER_REACH = 16  # tokens between a speaker and its verb at most (", the ... adviser, warned")
SOURCE_MARKER = "source"


# People who speak for someone, or of them: a name right before them only qualifies them ('a
# Senate aide said', 'Clinton supporters say').
STAFF_NOUNS = frozenset("""aide aides official officials spokesman spokeswoman spokesperson spokespeople source sources
    staffer staffers adviser advisers advisor advisors lawyer lawyers attorney attorneys representative
    representatives hopeful hopefuls candidate candidates strategist strategists operative operatives
    supporter supporters backer backers ally allies loyalist loyalists donor donors voter voters critic
    critics surrogate surrogates appointee appointees lawmaker lawmakers senator senators congressman
    congresswoman congressmen contributor contributors analyst analysts correspondent correspondents host hosts
    anchor anchors columnist columnists commentator commentators""".split())
STAFF_QUALIFIERS = frozenset("senior top former chief press campaign legislative".split())

#: Positions in ``FrameScorer.sentence_hits``: frame terms, speech verbs (and source markers), labels.
FRAME_HITS, SPEECH_HITS, LABEL_HITS = 0, 1, 2


class FrameScorer:
    """Compiled frame and attribution lexicons."""

    def __init__(self, lex: Lexicons) -> None:
        self.frame_ids = lex.frame_ids
        self.speech_verbs = tuple(v for _, verbs in lex.attribution for v in verbs)
        self.verb_class = {v: cls for cls, verbs in lex.attribution for v in verbs}
        self.label_kind = {cat: kind for cat, kind, _ in lex.labels}
        # Frames, speech verbs (with source markers) and labels in one matcher, for one pass over
        # a sentence: each category is tagged with its lexicon.
        self.matcher = TermMatcher(
            [((FRAME_HITS, f.id), t) for f in lex.frames for t in f.terms]
            + [((SPEECH_HITS, cls), v) for cls, verbs in lex.attribution for v in verbs]
            + [((SPEECH_HITS, SOURCE_MARKER), m) for m in lex.source_markers]
            + [((LABEL_HITS, cat), t) for cat, _, terms in lex.labels for t in terms]
        )

    def sentence_hits(self, words: Sequence[str]) -> tuple[list[TermHit], list[TermHit], list[TermHit]]:
        """Frame terms, speech verbs and labels in a sentence's words (lower case), in one pass."""
        out: tuple[list[TermHit], list[TermHit], list[TermHit]] = ([], [], [])
        for (kind, category), term, first, last in self.matcher.find_lower(words):
            out[kind].append(TermHit(category, term, first, last))
        return out

    def label_hits(self, words: Sequence[str]) -> list[TermHit]:
        """Loaded labels and hedges in a sentence's words (lower case); see ``label_kind``."""
        return self.sentence_hits(words)[LABEL_HITS]

    def loaded_score(self, hits: Sequence[TermHit]) -> int:
        """A sentence's loaded-language score: how many loaded labels (not hedges) it uses."""
        kinds = self.label_kind
        return sum(1 for h in hits if kinds.get(h.category) == "label")

    def frame_hits(self, words: Sequence[str]) -> list[TermHit]:
        """Frame terms in a sentence's words (lower case)."""
        return self.sentence_hits(words)[FRAME_HITS]

    def speech_hits(self, words: Sequence[str]) -> list[TermHit]:
        """Speech verbs and source markers in a sentence's words (lower case)."""
        return self.sentence_hits(words)[SPEECH_HITS]


# The rest of a list of subjects after its first name, up to the verb: " and Mike Lee", ", Rand
# Paul, R-Ky., and Mike Lee, R-Utah,", ", of California, and Chuck Schumer, of New York, also", " and
# the Council on American-Islamic Relations, or CAIR,", " of Utah and Jerry Moran of Kansas", " and
# other Democrats". Between commas stand other names, party
# tags and short appositions (opening with a capital, "of", "a", "an", "the" or "or"); the last
# name follows "and" (its words capitalised, joined by "of", "on", "for"), with an apposition
# of its own or not; then adverbs or auxiliaries may stand before the verb. A comma before "and"
# alone ends a list of more names before ("Park, Solomon, and Katch write"), not a clause ("in the
# Senate, and the White House has vowed").
_LIST_NAME = r"(?:(?:the|other|fellow)\s+)?[A-Z][\w.\x27’-]*(?:\s+(?:(?:of|on|for)\s+(?:the\s+)?)?[A-Z][\w.\x27’-]*){0,6}"
_LIST_CHUNK = r"(?:[A-Z]|(?:of|a|an|the|or)\s)[^,;\"“”()]{0,40}"
_LIST_TAIL = r"(?:\s+(?:[a-z]+ly|also|both|all|have|has|had|are|were|will|would|again|then|now|already|even)){0,3}"
_COORDINATED_RE = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.\x27’-]*(?:\s+[A-Z][\w.\x27’-]*){0,3})?"  # the first name's place or body
    rf"(?:(?:\s*[,;]\s*{_LIST_CHUNK}){{1,8}}\s*[,;]?|(?P<serial>\s*,)?)"  # the names between, or a comma
    rf"\s+and\s+{_LIST_NAME}(?:\s*,\s*{_LIST_CHUNK}\s*,|(?P<comma>\s*,))?"  # the last name, its apposition
    rf"{_LIST_TAIL}\s*")
# Words before a name that make it an object, not a subject of the verb after its list ("a letter
# to Cruz and Lee said").
_OBJECT_LEADS = frozenset("to for with by from of at on about against than between among in into over under despite".split())
# A comma that goes on with a list, not an apposition: ", and Mike Lee,", ", Rand Paul, and Mike
# Lee,", ", or Rand Paul," (but an acronym after "or" is the same name: ", or CAIR,").
_LIST_GOES_ON_RE = re.compile(r"\s*,\s*(?:and\s|or\s(?![A-Z][A-Z0-9&.-]+\s*,))")


# A title and a name after a name that follows its verb: the name is where the speaker works, or
# whose title it is ("said Harbor Post blogger Jo Ruiz", "said former U.S. Attorney Jo Ruiz"); not
# a phrase of time or place ("said Ruiz on Monday"). A title in capitals and a name after it do too
# ("said Senate Majority Leader Mitch McConnell"): two capitalised words, not a day or a month.
_CAPITAL_TITLE_AFTER_RE = re.compile(
    rf"\s+(?!(?:{'|'.join(sorted(w.capitalize() for w in TIME_NAMES))})\b)[A-Z][\w.\x27’-]*\s+[A-Z]")
# ... nor is a name that opens what is said, a word of its clause after it ("Cruz, a candidate, said
# Judge Garland is the kind of nominee", "said Republicans weren't trying"); not a phrase of time,
# place or manner, nor a relative clause ('"…," said Ruiz on Monday', "said Ruiz recently", "…, said
# Ruiz, who").
_CLAUSE_AFTER_RE = re.compile(r"\s+([a-z][a-z\x27’-]*)")
_AFTER_SPEAKER_WORDS = frozenset(
    "on in at to for with from during after before about by of and or but who whose which this last earlier later "
    "when while as yesterday today tonight recently again also too a an the than".split())  # (days are capitalised)


def _clause_after(text: str, end: int) -> bool:
    """Whether a word after a name ending at ``end`` makes the name the subject of what is said."""
    m = _CLAUSE_AFTER_RE.match(text, end)
    return m is not None and m.group(1) not in _AFTER_SPEAKER_WORDS and not m.group(1).endswith("ly") \
        and m.group(1) not in STAFF_NOUNS  # (its staff speak for it, as before the verb: "said U.S. officials")


# ... nor a possessor ("said Platt's spokesman Jo Ruiz", "argued the judge's order would"); after
# "according to", only one whose person is named ("according to Harbor TV's health expert Dr. Jo
# Ruiz"; but "according to Platt's office", "according to the council's survey").
_POSSESSOR_RE = re.compile(r"[\x27’](?:s\b|\s)")
_TITLED_AFTER_RE = re.compile(r"([\x27’]s?)?((?:\s+[a-z][a-z-]*){1,4})\s+[A-Z]")
_CAPITAL_WORD_AFTER_RE = re.compile(r"\s+([A-Z][\w.-]*)")


def _titled_after(text: str, end: int, titles: AbstractSet[str]) -> bool:
    """Whether a title follows the name ending at ``end``, which then only says where the person
    named after it works or whose title it is: "according to Harbor TV's health expert Dr. Jo Ruiz",
    "said Platt spokesman Jo Ruiz", "said Harbor State Police Lt. Jo Ruiz", "said former U.S.
    Attorney for Ohio"; not a verb or a noun of another kind ("In a statement, Ruiz said Platt ...",
    "according to Harbor Council documents obtained by ...", "said he told Platt")."""
    m = _TITLED_AFTER_RE.match(text, end)
    if m is not None:
        title = m.group(2).split()
        if _is_title(title[-1], titles) and (m.group(1) or all(_is_title(w, titles) for w in title)):
            return True  # (after a possessive, the words before the title may be any: "Harbor TV's health expert")
    if _CAPITAL_TITLE_AFTER_RE.match(text, end) is not None:
        return True
    m = _CAPITAL_WORD_AFTER_RE.match(text, end)  # a title in capitals alone ("U.S. Attorney for Ohio")
    return m is not None and _is_title(m.group(1), titles)


# The words between a verb and the speaker named after it: capitalised ("said Sen. Jo Ruiz"), and
# a title in lower case, with the body it serves ("said White House spokesman Jo Ruiz", "said former
# Platt aide Jo Ruiz", "said Platt's spokesman Jo Ruiz"); not a clause or a phrase ("said the man
# who met Jo Ruiz", "said via Twitter"), nor a listener ("told Harbor TV's Jo Ruiz").
_PROFESSIONS = frozenset("""economist economists expert experts researcher researchers scholar scholars historian
    pollster consultant lobbyist activist activists scientist professor sociologist psychiatrist psychologist
    physician doctor blogger editor reporter writer author founder director political legal policy
    political-science executive manager coordinator organizer""".split())
_TITLE_WORDS = STAFF_NOUNS | STAFF_QUALIFIERS | _PROFESSIONS  # (and the roles lexicon's titles, given)
_TITLE_GAP_LOWER_MAX = 3
_SOURCE_GAP_MAX = 6  # tokens from "according to" to its source: "according to White House press secretary Jo Ruiz"
# Verbs whose name after them is whom they address, never their speaker: "…, told Jo Ruiz".
_TELLING = frozenset(("told", "tell", "tells", "telling"))
# Verbs whose person after them, past a comma, is the one asked ("Ruiz, a nurse, asked Jo Platt to
# wait"); after a quote, the one asking ('"Why?" asked Ruiz').
_ASKING = frozenset(("asked", "asks", "urged", "urges"))
_SUBJECT_PRONOUNS = frozenset(("he", "she", "they"))
# "add" before these words adds something rather than saying it ("added warning labels", "adding more
# tension", "added up to little", "added 20,000 agents"; but "added that", "adding he thought").
_ADDING = frozenset(("add", "adds", "added", "adding"))
_ADDED_THINGS = frozenset("""to up a an more new additional another some about them millions thousands hundreds
    billions warning language costs jobs fuel""".split())  # (not "in", "this": "added in a statement that",
# "adds this could ...")


def _closes_quote(between: str) -> bool:
    """Whether a quote closes in ``between``, the text from a name to a verb after it, that opened
    before it: the name is inside the quote, not the verb's speaker ('"… Platt," Ruiz, R-Ohio,
    said'); scare quotes in an apposition open and close there ('Ruiz, who called it "not right,"
    argued')."""
    return between.count('"') % 2 == 1 or between.count("”") > between.count("“")


def _inverted(verb: str, named: str) -> bool:
    """Whether the name (or pronoun) ``named`` right after ``verb`` may be the verb's speaker. After a
    participle a name opens what is said ("Platt hit back, saying Ruiz failed"), but a pronoun
    is nearly always the participle's own subject, the speaker ("Ruiz hit back, saying he ...")."""
    if verb in _TELLING:
        return False
    return not verb.endswith("ing") or _subject_pronoun(named)


def _subject_pronoun(word: str) -> bool:
    """Whether ``word`` is "he", "she" or "they", maybe with a verb joined to it ("he’d")."""
    return re.split("[\x27’]", word.lower(), maxsplit=1)[0] in _SUBJECT_PRONOUNS


def named_after(gap: Sequence[str], titles: AbstractSet[str]) -> bool:
    """Whether ``gap``, the words between a verb and a name after it, leave the verb to the name:
    capitalised words, "of", and up to three words of a title in lower case (``titles`` or
    the staff and professions above); a possessive only before such a title."""
    lower = 0
    for k, w in enumerate(gap):
        if w == "of" and k and gap[k - 1][:1].islower():
            return False  # the body a title belongs to: "according to the chairman of the Harbor Council"
        if w[:1].isupper() or w == "of":
            continue
        lw = w.lower()
        if lw in ("'s", "’s"):
            if not (k and gap[k - 1][:1].isupper() and any(_is_title(x, titles) for x in gap[k + 1:])):
                return False
            continue
        if not _is_title(w, titles):
            return False
        lower += 1
    return lower <= _TITLE_GAP_LOWER_MAX


def _is_title(word: str, titles: AbstractSet[str]) -> bool:
    word = word.lower()
    return word in _TITLE_WORDS or word in titles and word not in ("the", "of")


# A party's or state's tag in brackets right after a name: " (R-S.D.) ", " (D) of New York ".
_PAREN_TAG_RE = re.compile(r"\s*\((?:[RDI](?:-[A-Z][\w.]*)?|[A-Z][\w.]*(?:-[A-Z][\w.]*)?)\)")


# Where a name is, after a noun that does not speak for it: "His mother in Guatemala said", "a
# migrant from Honduras said" (not "Officials in Mexico said", "scholars from the Harbor Institute
# say"; and "of" is no place: "the head of the NRA said", "43 percent of Democrats said", nor "for":
# "advocates for Dreamers say"; "with" is, but not before a participle: "people who spoke with Ruiz
# say", "with Democrats contending").
_PLACE_LEADS = frozenset("in from at near inside outside across throughout within to about against over on with".split())
_PLAIN_GAP_RE = re.compile(r"\s+(?:[Tt]he\s+)?")
# Prepositions after which the name after a voice other than staff is whom it is addressed to or
# about, not where it comes from ("in an email to The Associated Press said", "a letter to Congress
# saying"; but "a statement from the agency said", "an aide to Cassidy said", "the majority on the
# court said").
_ADDRESSEE_LEADS = frozenset(("to", "about"))
# Relative pronouns that are the subject of the verb after them, standing for the name before.
_SUBJECT_RELATIVES = frozenset(("which", "who", "that"))
# What a body puts out, after its name, and the words that may stand before the name then
# ("according to a 2011 Pew report").
_DOCUMENT_NOUNS = frozenset("report reports study survey poll analysis memo release estimate estimates data figures "
                            "findings documents records review audit".split())
_DOCUMENT_LEADS = frozenset("a an the this new recent latest last same earlier".split())
_VOICE_NOUNS = STAFF_NOUNS | _PROFESSIONS | _DOCUMENT_NOUNS | frozenset(
    "government governments ministry ministries embassy embassies office department military army police authorities "
    "administration leadership leader leaders president premier minister ministers team members staff "
    "some many most others those several majority minority letter statement ad e-mail email numbers guidance".split())
# (and what a body puts out: "A report from the Harbor Council said")


def _before_name(words: Sequence[str], first: int) -> int:
    """The token before the name at ``first``, past "the" ("in the Harbor Council"); -1 at the start."""
    k = first - 1
    return k - 1 if k >= 0 and words[k].lower() == "the" else k


def _placed(text: str, tokens: Sequence[Token], words: Sequence[str], first: int, verb: str) -> bool:
    """Whether the name at ``first`` says where the noun before it is, a noun that does not speak for
    it ("His mother in Guatemala", "a migrant from Honduras", "Republicans in Congress"; not past a
    comma: "bringing them in, Ruiz said")."""
    k = _before_name(words, first)
    return k >= 1 and words[k].lower() in _PLACE_LEADS \
        and not (words[k].lower() == "with" and verb.lower().endswith("ing")) \
        and (words[k - 1].lower() not in _VOICE_NOUNS
             or words[k].lower() in _ADDRESSEE_LEADS and words[k - 1].lower() not in STAFF_NOUNS) \
        and _PLAIN_GAP_RE.fullmatch(text, tokens[k].end, tokens[first].start) is not None


# A dash between a name and a verb closes an aside: the name at its end speaks when the aside names
# the subject ("one of its backers – Mayor Jo Ruiz – said", "two Republicans — Sen. Ruiz and Sen.
# Platt — said"), not when it is a clause of its own ("Time -- which, like CNN, is part of Harbor
# Media -- wrote", "the third judge -- named by Jo Ruiz -- asked").
DASH_RE = re.compile(r"[—–]|--")
_ASIDE_CLAUSE_WORDS = frozenset(
    "which who whom whose that like including named appointed by with from for to as is was are were has have had".split())
_ASIDE_MAX = 200  # characters an aside between dashes may have
# What may stand between a subject and its verb of saying: an aside between dashes, after a party
# tag maybe ("Sen. Jo Ruiz, D-Mass. – a possible contender in 2020 – said").
_DASH_ASIDE_RE = re.compile(rf"(?:,\s*[A-Z][A-Za-z.-]*,?)?\s*(?:{DASH_RE.pattern})(?:(?!{DASH_RE.pattern}).){{1,{_ASIDE_MAX}}}?"
                            rf"(?:{DASH_RE.pattern})\s*", re.S)


def _in_aside_clause(text: str, start: int) -> bool:
    """Whether the name starting at ``start``, before a closing dash, ends a clause within the aside."""
    lead = text[max(0, start - _ASIDE_MAX):start]
    opening = None
    for opening in DASH_RE.finditer(lead):
        pass
    if opening is None:
        return False
    # its first and last stretch between commas: not what describes a name of a list between them ("— Sen.
    # Ruiz, a member of the panel, and Sen. Platt —"; but "— across channels including letters, TV and Harbor Post —")
    chunks = lead[opening.end():].split(",")
    return any(w.lower() in _ASIDE_CLAUSE_WORDS or w == "of" and k and words[k - 1][:1].islower()
               for words in (chunks[0].split(), chunks[-1].split())
               for k, w in enumerate(words))  # (and the body of a title: "— the chairman of the Harbor Council —")


def _in_relative_clause(text: str, tokens: Sequence[Token], words: Sequence[str], first: int) -> bool:
    """Whether the name at ``first`` stands in a relative clause opened a few words before it, with
    no punctuation between ("who backed Ruiz")."""
    for k in range(first - 1, max(first - 5, -1), -1):
        if text[tokens[k].end:tokens[k + 1].start].strip():
            return False
        if words[k].lower() in ("who", "which", "that", "whom", "whose"):
            return True
    return False


def _source_document(text: str, tokens: Sequence[Token], words: Sequence[str], marker: int, first: int, last: int) -> bool:
    """Whether the name at tokens ``first..last`` names whose document the source marker ending at
    ``marker`` names ("according to a Justice Department report", "according to a 2011 Pew survey")."""
    gap = words[marker + 1:first]
    return marker < first and len(gap) <= 3 and all(w.lower() in _DOCUMENT_LEADS or w.isdigit() for w in gap) \
        and last + 1 < len(words) and words[last + 1].lower() in _DOCUMENT_NOUNS \
        and text[tokens[marker].end:tokens[last + 1].start].count(",") == 0


# Verbs of saying whose speaker may follow them after a clause ("..., says Jo Ruiz."), not a person
# they are said to ("asked Jo Ruiz to", "told Jo Ruiz that").
_INVERTED_VERBS = frozenset("""says said writes wrote adds added notes noted explains explained argues argued
    continues continued warns warned recalls recalled""".split())
# Words that go on describing a speaker after an apposition ("..., says Jo Ruiz, a nurse, who ...",
# ", writes Jo Ruiz, a professor, in an email").
_DESCRIPTION_GOES_ON = frozenset("who whose which in at from a an the and".split())


def _speaker_after(text: str, tokens: Sequence[Token], words: Sequence[str], verb: int, last: int,
                   titles: AbstractSet[str], person_at: Callable[[int], bool]) -> bool:
    """Whether the verb of saying at tokens ``verb..last``, after a comma, has its speaker right after
    it: a person's name, maybe past a title, that closes the sentence, maybe after an apposition
    ("..., which reduces the options, says State Sen. Andy Sanborn."; "..., says Jo Ruiz, a nurse.";
    not "..., said Jo Ruiz, the mayor, would win", nor "asked Jo Ruiz to")."""
    if verb == 0 or words[verb].lower() not in _INVERTED_VERBS or "," not in text[tokens[verb - 1].end:tokens[verb].start]:
        return False
    for k in range(last + 1, min(len(words), last + 2 + _TITLE_GAP_LOWER_MAX + 2)):
        if person_at(k):
            if not named_after(words[last + 1:k], titles):
                return False
            j = k
            while j + 1 < len(words) and words[j + 1][:1].isupper() and text[tokens[j].end:tokens[j + 1].start] in (" ", ". "):
                j += 1  # (past initials: "Jo R. Ruiz")
            rest = text[tokens[j].end:tokens[-1].end + 1].lstrip()
            if rest[:1] in ("", ".", "!", "?"):
                return True
            if rest[:1] != ",":
                return False
            described = rest[1:].split(",", 1)  # an apposition to the sentence's end, or one that goes on describing
            return len(described) == 1 or (described[1].split() or [""])[0].lower() in _DESCRIPTION_GOES_ON
    return False


def _token_after(tokens: Sequence[Token], k: int, at: int) -> int:
    """The first token after token ``k`` that starts after character ``at``."""
    k += 1
    while k < len(tokens) and tokens[k].start <= at:
        k += 1
    return k


def _object_of_preposition(words: Sequence[str], first: int) -> bool:
    """Whether the name at ``first`` follows a preposition, maybe with "the" between ("a letter to
    the council and Ruiz")."""
    k = _before_name(words, first)
    return k >= 0 and words[k].lower() in _OBJECT_LEADS


_PASSIVE_ADVERBS = frozenset("also again then later previously once further separately already even now never not "
                             "often since first".split())


def _passive(gap: Sequence[str], verb: str) -> bool:
    """Whether a verb after ``gap`` is in the passive: a form of "be" before it, maybe with adverbs
    between, the verb no "-ing" ("X was asked", "X has already been told", "X was also asked"; not
    "X is saying")."""
    k = len(gap) - 1
    while k > 0 and (gap[k].lower() in _PASSIVE_ADVERBS or gap[k].lower().endswith("ly")):
        k -= 1
    return k >= 0 and (gap[k].lower() in BE or gap[k].lower() in ("kept", "keeps")) \
        and not verb.lower().endswith("ing")  # (and "Ruiz was kept informed"; but "Ruiz kept saying")


# Verbs of saying whose bare form is a noun as well: after a name in the singular or in an
# indefinite noun phrase it is the noun ("The CBO report found", "a BuzzFeed News report"; not
# "Democrats claim").
_NOUN_FORMS = frozenset("report claim comment tweet note".split())
_INDEFINITE = frozenset("a an this that another one".split())


def _noun_after(words: Sequence[str], first: int, last: int, verb: str) -> bool:
    """Whether the verb right after the name at tokens ``first..last`` is a noun it qualifies."""
    if verb.lower() not in _NOUN_FORMS:
        return False
    before = words[first - 1].lower() if first > 0 else ""
    return not words[last].endswith("s") or before in _INDEFINITE or before in ("'s", "’s") or before.isdigit()


def _agent_of_participle(words: Sequence[str], first: int) -> bool:
    """Whether the name at ``first`` is the agent of a participle ("Americans polled by USA TODAY
    say", "a panel appointed by Ruiz said"), not the subject of the verb after it; but what a body
    puts out speaks for it ("a report released by the CBO said")."""
    k = _before_name(words, first)
    return k >= 1 and words[k].lower() == "by" and words[k - 1].lower().endswith(("ed", "en")) \
        and not (k >= 2 and words[k - 2].lower() in _DOCUMENT_NOUNS)


def _is_gap(words: Sequence[str]) -> bool:
    lower = [w.lower() for w in words]
    if all(w in SPEAKER_GAP_WORDS or w.endswith("ly") for w in lower):
        return True
    if len(lower) < 2 or _GAP_PHRASE_WORDS.isdisjoint(lower):
        return False  # (the phrases are looked for only where one of their words is)
    said = " ".join(lower)
    reduced = _GAP_PHRASE_RE.sub(" ", said)
    return reduced != said and _is_gap(reduced.split())


# Words of a phrase of time between an apposition's closing comma and the verb ("X, the
# senator's aide, on Friday said").
_TIME_GAP_WORDS = frozenset(_DAYS) | frozenset(
    "on this last earlier week month year weekend morning afternoon evening night today yesterday".split())
_TIME_GAP_MAX = 3


def _apposition_lead(words: Sequence[str]) -> bool:
    """Whether ``words``, between the comma that closes an apposition and a verb, leave the verb to
    the name before the apposition: words that may stand between a speaker and the verb, a phrase of
    time, after "who" or "which" ("Ruiz, the senator's aide, who has said"), but no other name or
    clause (", a senior adviser to Platt, Ruiz said", ', "Ruiz, it failed," Platt said')."""
    if words and words[0].lower() in ("who", "which"):
        words = words[1:]
    time = [w for w in words if w.lower() in _TIME_GAP_WORDS]
    return len(time) <= _TIME_GAP_MAX and _is_gap([w for w in words if w.lower() not in _TIME_GAP_WORDS])


_AFFILIATION_JOINERS = frozenset(("of", "for", "a", "and", "&", "the", "'s", "’s", "on"))  # ("for a": "Committee for a Responsible ...")
_AFFILIATION_MAX = 10  # tokens in "of Harlow University's Center for Ports and Harbors"


def _affiliation(words: Sequence[str]) -> int:
    """How many of ``words`` are an affiliation right after a speaker's name: "of", maybe "the",
    then a capitalised name (with its joining words: "of Harlow University's Center for Ports"),
    or 0."""
    if len(words) < 2 or words[0] not in ("of", "at"):
        return 0  # (where the speaker works: "Jo Ruiz at the Harlow Institute said")
    end = 0
    for k in range(1, min(len(words), _AFFILIATION_MAX + 1)):
        w = words[k]
        if w[:1].isupper():
            end = k + 1
        elif w.lower() not in _AFFILIATION_JOINERS:
            break
    return end


def _titled_apposition(between: str) -> bool:
    """Whether the text between a person's name and a verb is a title in apposition and what
    describes its body, commas around: ", president of the Harbor Council, the union of the port's
    pilots," or a relative clause (", who leads the council,"): the title in lower case (its first
    word no verb's past or participle: not ", backed the plan, but the governors balked,") or with
    "of"; no quotation, parenthesis or dash."""
    if not between.rstrip().endswith(",") or any(c in between for c in '"“”()—–'):
        return False
    title = between.lstrip()[1:].split(",", 1)[0].strip()
    first = title.split(" ", 1)[0]
    return title[:1].islower() and not first.endswith(("ed", "ing")) or " of " in title


def speaker_verbs(
    text: str,
    tokens: Sequence[Token],
    first: int,
    last: int,
    speech: Sequence[TermHit],
    words: Sequence[str] | None = None,
    person: bool = False,
    titles: AbstractSet[str] = frozenset(),
    person_at: Callable[[int], bool] | None = None,
) -> list[TermHit]:
    """Speech hits of a sentence whose speaker is the mention at tokens ``first..last``.

    Recognised: "X said", "X also stressed", "X of the Harlow Institute said", "X, the ... adviser,
    warned" (for a person, ``person``, also "X, president of the Harbor Council, the pilots' union,
    said"), one of a list of subjects ("X and Y said", "X, R-Ohio, Y and Z argued"), "said X" after
    a quote or comma, maybe past a title ("said Harbor Post blogger X"; not "said X blogger Jo Ruiz",
    "said X's spokesman", "told X", "saying X will"), and "according to X". Not a verb in the
    passive ("X was asked"). ``words``: the tokens' texts, if the caller has them. Only hits within
    SPEAKER_REACH tokens of the mention are looked at, so that a sentence of thousands of words (a
    page without full stops) costs in proportion to its mentions. ``titles``: words of titles in
    lower case that may stand between a verb and the speaker after it ("said White House press
    secretary Jo Ruiz"), besides the staff nouns and professions. ``person_at``: whether a person's
    name starts at a token, if known: an apposition that opens with one names the speaker, not the
    name before it ("… sent back to Mexico, Jo Ruiz, an attorney, said").
    """
    out = []
    if words is None:
        words = [t.text for t in tokens]
    for h in speech:
        if h.first - last > SPEAKER_REACH or first - h.last > SPEAKER_REACH:
            continue
        if h.term in _ADDING and h.last + 1 < len(words) and (words[h.last + 1].lower() in _ADDED_THINGS
                                                             or words[h.last + 1][:1].isdigit()):
            continue  # what is added to something, not said: "the government added warning labels", "adding more tension"
        if h.category == SOURCE_MARKER:
            if _source_document(text, tokens, words, h.last, first, last):
                out.append(h)  # the body whose document is the source: "according to a 2011 Pew report"
            elif h.last < first and first - h.last <= _SOURCE_GAP_MAX \
                    and named_after([w for w in words[h.last + 1:first] if w.lower() != "the"], titles) \
                    and not _titled_after(text, tokens[last].end, titles) \
                    and not ("," in text[tokens[h.last].end:tokens[first].start]
                             and h.term.rsplit(" ", 1)[-1].lower() in ("to", "of", "by")):  # "according to the Health Ministry"
                out.append(h)  # (not the subject after the source it names: "According to CNN, Ruiz has ...";
                # but "In a statement, the White House said")
            continue
        if h.first > last:  # X ... said, "X of the Harlow Institute said"
            gap = words[last + 1:h.first]
            between = text[tokens[last].end:tokens[h.first].start]
            if _passive(gap, words[h.first]):  # "X was asked", "X has been told"
                continue
            if not gap and _noun_after(words, first, last, words[h.first]) or _agent_of_participle(words, first):
                continue
            if person_at is not None and gap and _speaker_after(text, tokens, words, h.first, h.last, titles, person_at):
                continue  # the verb's own speaker comes after it: "Anthem, which ..., says State Sen. Andy Sanborn"
            tag = _PAREN_TAG_RE.match(between)  # past a tag in brackets: "Sen. John Thune (R-S.D.) said"
            direct = gap if tag is None else between[tag.end():].split()
            if (_is_gap(direct) or _is_gap(direct[_affiliation(direct):])) and "," not in between and '"' not in between \
                    and not (DASH_RE.search(between) and _in_aside_clause(text, tokens[first].start)) \
                    and not _placed(text, tokens, words, first, words[h.first]):
                out.append(h)
            elif between.strip() == "," and first and text[tokens[first - 1].end:tokens[first].start].strip() == "," \
                    and not words[h.first].lower().endswith("ing"):  # (a participle's subject is the clause's: "shared
                # concerns with the agency, CMS, adding")
                out.append(h)  # a name in apposition to the subject before it: "The official, Julie Bataille, acknowledges"
            elif (listed := _COORDINATED_RE.fullmatch(between)) and (not listed["comma"] or between.count(",") >= 2) \
                    and (not listed["serial"] or first and "," in text[tokens[first - 1].end:tokens[first].start]) \
                    and not _object_of_preposition(words, first):
                out.append(h)  # one of a list of subjects: "Ted Cruz and Mike Lee said", "Cruz, Paul and Lee argued"
            elif _DASH_ASIDE_RE.fullmatch(between) and '"' not in between \
                    and not _object_of_preposition(words, first) and not _placed(text, tokens, words, first, words[h.first]) \
                    and not _in_relative_clause(text, tokens, words, first):
                out.append(h)  # past an aside between dashes: "Sen. Jo Ruiz – a contender in 2020 – said" (not
                # "Another Republican who backed Ruiz — Sen. Jo Platt — said")
            elif (apposed := between[tag.end():] if tag else between).lstrip().startswith(",") \
                    and apposed.count(",") >= 2 and not _LIST_GOES_ON_RE.search(apposed) and not _closes_quote(apposed) \
                    and _apposition_lead(apposed.rsplit(",", 1)[1].replace("\"", " ").replace("”", " ").split()) \
                    and (len(gap) <= _APPOSITIVE_MAX or person and _titled_apposition(apposed)) \
                    and not (person_at is not None and person_at(_token_after(tokens, last, text.index(",", tokens[last].end)))) \
                    and not (_placed(text, tokens, words, first, words[h.first])
                             and (apposed.rsplit(",", 1)[1].split() or [""])[0] not in _SUBJECT_RELATIVES):
                out.append(h)  # "X, the ... adviser, warned", "X (R-N.Y.), the group's co-chair, said" (not a
                # place: "the other firearms maker in the U.S., Sturm, Ruger, also said"; but the subject
                # of a relative clause: "rankings from the NRA, the gun lobby, which quickly criticized")
                # (past a quote's closing mark too: 'X, who called it "not right," argued')
        elif h.last < first:  # "...," said X
            gap = words[h.last + 1:first]
            at = tokens[h.first].start
            before = text[max(0, at - 8):at].rstrip()
            if (before.endswith(('"', "”", "’", "'")) or before.endswith(",") and words[h.first].lower() not in _ASKING) \
                    and named_after(gap, titles) \
                    and _inverted(words[h.first].lower(), words[first].lower()) \
                    and "," not in text[tokens[h.last].end:tokens[first].start] \
                    and not _titled_after(text, tokens[last].end, titles) \
                    and (_subject_pronoun(words[first])  # ("said he's": no possessor, no clause of its own)
                         or not _clause_after(text, tokens[last].end) and not _POSSESSOR_RE.match(text, tokens[last].end)):
                out.append(h)  # (not past a comma: "said Jo Ruiz, Platt's aide")
    return out
