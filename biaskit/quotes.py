"""Quotations: where quoted text is, and who is quoted.

Direct quotes are found by their quotation marks (curly or straight) within the article body. A
quote may span sentences, and paragraphs too: by news convention a paragraph that opens a quote
without closing it continues into the next paragraph when that one opens with a quotation mark
again. Each run of linked quote parts gets one speaker, found next to one of its parts:

* after the closing mark: '"...," Ruiz said', '"...," said Ruiz', '"...," the mayor, Ruiz, said':
  the last name of the phrase after the verb ('said former Platt aide Jo Ruiz'; not a possessor,
  'said Platt's spokesman', nor a place, 'Ruiz said at the White House'), else the verb's subject
  ('Ruiz, Platt's spokesman, said', 'one backer — Sen. Jo Ruiz of Ohio — said', 'Sen. Jo Ruiz
  (D-Ohio), who has long ... , said'; the subject of a clause before ', saying'; not a name that
  only qualifies the speaker, 'a Senate aide said'), never the object of a verb that takes one
  ('"...," Ruiz told CNN' is Ruiz's), or the name right after the mark whose apposition ends at the
  verb ('"...," Jo Ruiz, a professor at Vanderbilt who studies the law, told me'); also '"...," Ruiz
  continued' and '"...," according to Ruiz';
* before the opening mark: 'Ruiz said: "..."', 'Ruiz said, "..."', 'Ruiz told reporters "..."': the
  verb's subject, or a name right after the verb ('..., said Ruiz: "..."'), never the object of a
  verb that takes one ('Ruiz told CNN: "..."' is Ruiz's, 'a colleague asked Ruiz: "..."' not his),
  or the last name of the phrase after it that ends at the mark ('said legal director Jo Ruiz, "..."');
  with a verb that names something ('what he termed "..."', 'Ruiz called the bill "..."'), only the
  subject right before the verb (not 'what critics called "..."', 'a bill written by Ruiz called "..."');
  a frame that ends the paragraph before with a colon ('Ruiz told reporters:' / '"..."');
* a speaker's name and a colon that open the paragraph, as in a transcript: 'Ruiz: "..."'; a credit
  after a dash, '"...." — Jo Ruiz' (not a tweet's author, '— Jo Ruiz (@jr)');
* a quote without a frame of its own that opens the sentence after an attributed one goes on in
  its voice ('"...," Ruiz said. "..."'), in the next paragraph too when that frame ends its own,
  past a title named in the frame ('said on "Today." "..."'), and so does one framed by a "he
  said" no mention resolved, after a speaker of his gender, and the rest of a quote its frame
  interrupts ('"...," says Ruiz of the institute, "..."').

The speaker is an actor mention standing next to a speech verb (the attribution lexicon) within a
few words of the mark, in the same sentence (or, after a quote ending in a question or exclamation
mark, as the name and verb that open the next one: '"...?" Ruiz asked.'). A programme's or work's
title is no one's words ('said on CNN's "State of the Union"', 'said on "Meet the Press"'). Quotes
without such a frame stay unattributed (scare quotes, titles, quoted phrases).

A transcript needs no quotation marks: a person's label that opens a paragraph or a sentence in
it ("TAPPER: ...", "SEN. LINDSEY GRAHAM (R-SC): ...", "CHUCK TODD, NBC NEWS: ...", "Ruiz: ...")
starts that person's turn, and what follows the colon, up to the next label, counts as quoted from
them (the quotations inside it apart: those have their own frames). A label whose first sentence
speaks of the person heads a section about them, not their words ("Clinton: She has called for
..."), and a later sentence that does ends the turn.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace
from typing import AbstractSet, Callable, Container, Iterator, Mapping, Sequence

from biaskit.agency import BE, MODALS, POSSESSIVES
from biaskit.framing import SPEAKER_GAP_WORDS, STAFF_NOUNS, STAFF_QUALIFIERS, TIME_NAMES, named_after
from biaskit.segment import Token
from biaskit.types import Mention, Paragraph, Quote, Sentence

_MARK_RE = re.compile('[“”"]')
_OPEN = "“"
_CLOSE = "”"
_STRAIGHT = '"'
# Verbs of saying whose next name is whom it is said to or of, not who says it ("told CNN").
OBJECT_VERBS = frozenset("""told tell tells telling asked ask asks asking urged urge urges urging warned warn warns
    warning assured assure assures reminded remind reminds informed inform informs advised advise advises pressed
    press presses accused accuse accuses called call calls calling described describe describes""".split())
# Days and months, which a capital does not make part of a speaker's title ("said Wednesday that").
_TIME_WORDS = TIME_NAMES | frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# Words after a verb of saying that end the phrase naming the speaker ('"...," Ruiz said on NBC').
_AFTER_STOPS = _TIME_WORDS | frozenset("""on in at to for with from during after before about by according while when
    as who which that this last earlier later yesterday today tonight recently also again then now and but via
    through outside inside near behind beside alongside amid among across following ahead over under per""".split())
# Prepositions whose object does not speak the verb after the clause ('excuses for the White House, asking';
# not "from": 'spin from Josh Earnest, arguing').
_OBJECT_PREPOSITIONS = frozenset("for to with against about toward towards into onto upon over".split())
# ... and with those of place, where the clause before is too long to see where it opens ('Advocates,
# who … as it unfolds in the House, said'; still not "from").
_ANY_PREPOSITIONS = _OBJECT_PREPOSITIONS | frozenset("in at on near inside across throughout within".split())
_PARTY_TAG_RE = re.compile(r"[RDI]-[A-Z][A-Za-z]*")
_DASH_RE = re.compile(r"\s*[—–-]+\s*")
_NEXT_QUOTE_RE = re.compile(r"\s*[,:]?\s*[“\"]")
_LABEL_RE = re.compile(r"\s*:\s*[“\"]")
_OPENS_RIGHT_AFTER_RE = re.compile(r"\s+[“\"]")
# A speaker's label in a transcript: up to three title words before the name ("SEN.", "Sen.",
# "FORMER PRESIDENT"); after it the party and state, or after a comma the speaker's role or outlet
# in capitals ("(R-SC)", ", HOST", ", NBC NEWS", ", PRESIDENT OF THE UNITED STATES"); then the colon.
_TURN_BEFORE_RE = re.compile(r"(?:(?:[A-Z]{2,}\.?|[A-Z][a-z]{1,3}\.)\s+){0,3}$")  # (searched up to the name)
SPEAKER_LABEL_END_RE = re.compile(r"(?: ?\([A-Z][A-Za-z.\- ]{0,20}\))?(?:, (?:[A-Z][A-Z0-9.'’&/-]* ?){1,8})?:")
_WORD_CHAR_RE = re.compile(r"\w")
_STAGE_RE = re.compile(r"(?:\s*\([^()\n]{0,80}\))*")  # stage directions opening a turn: "(LAUGHTER)", "(on camera)"
_SENTENCE_END_RE = re.compile(r"[.?!…)\]”\"—-]\s+$")  # what may stand before a label inside a paragraph
TURN_LOOK_BACK = 40  # characters before a name searched for its title words
_FRAME_END_RE = re.compile(r"\s*[,:]\s*[“\"]")
_AFFILIATIONS = ("of", "at", "with", "from")  # before the body a speaker named after the verb is with
_BREAK_RE = re.compile("[,;:()\\[\\]—–“”\"]")
_APPOSITION_OPENS_RE = re.compile(r"\s*(,|\([RDI]-)")  # an apposition or a party tag after a name
# What joins two quoted phrases of one speaker: 'a "moral" and "legal" duty', '"pro-gun" but "anti-violence"'.
_JOINED_QUOTES_RE = re.compile(r",?\s+(?:and|but|or|nor|and also|but also)\s+(?:an?\s+|the\s+)?")
# Prepositions whose object is no subject of the verb after it ('seated next to Ruiz at the meeting said').
_OBJECT_OF = frozenset("to with against about from at on in during over under than like toward towards".split())
# What comes from a body and speaks for it ('a statement from the agency said').
_SOURCE_NOUNS = frozenset("""statement statements response letter memo email e-mail release filing note report reports
    editorial study post tweet resolution""".split())
_PUNCT_BREAK_RE = re.compile("[,;:()\\[\\]—–]")
# Verbs that frame a quote next to its mark only, as a speaker goes on or ends ('"...," Ruiz continued'),
# or that are more often nouns elsewhere ('"...," he notes').
_GOING_ON = frozenset("""continued continues concluded concludes notes maintains echoed echoes recalled recalls
    agreed agrees""".split())
# ... of which these frame a quote before its opening mark only past a colon or a comma ('Ruiz
# agreed: "..."'; not 'the nominee agrees "with the dissent"').
_AFTER_COLON = frozenset("echoed echoes recalled recalls agreed agrees".split())
# Verbs (besides the -ed forms) that make a stretch before ", said" a clause, not an apposition.
_CLAUSE_VERBS = frozenset("""is was are were has had have will would did does can could should must might says said
    told wrote made took gave drew went came got held left met sent spent kept brought bought caught felt found knew
    led lost ran saw stood struck threw won became began broke chose fought grew rose sold spoke swore taught thought
    understood""".split())
# Verbs that name something in the speaker's words, whose subject next to them speaks the quote
# after them ('what he termed "..."', 'Ruiz called it "..."'; not 'what critics called "..."').
_NAMING_VERBS = frozenset("termed terms dubbed dubs called calls labeled labels labelled branded brands".split())
# ... and their participles, which after a comma name it in the words of the clause's subject ('McCaul
# questioned the timing, calling it "a political decision"').
_NAMING_PARTICIPLES = frozenset("calling dubbing labeling labelling branding terming".split())
_NAMING_AUXILIARIES = frozenset("has had have also once repeatedly".split())
# Words before one of them that make it a noun ('the calls for "..."', 'described calls to ... as "..."').
_ARTICLES = frozenset("a an the these those".split())
# Nouns for a work whose title in quotes follows them ('his new book "The Harbor Wars"'): no one's words.
_WORK_NOUNS = frozenset("""book books memoir memoirs novel novels film films movie movies documentary
    documentaries album albums song songs play musical essay essays podcast""".split())
#: Words before a participle that make it part of a clause: of the one before, for a participle of
#: saying ('Ruiz tweeted ... before adding', 'answered by saying'), or of the main clause after,
#: for one that opens a sentence ("After meeting Cruz, he ...").
PARTICIPLE_LEADS = frozenset("before after while when since upon by".split())
_POSSESSIVE = ("'s", "’s")  # the token of a possessive ending
_PRONOUN_GENDER = {"he": "male", "she": "female"}
_SUBJECT_PRONOUNS = frozenset("he she they it we i".split())
# Subject pronouns of a frame that names no actor ('"...," they wrote'), and words after which a
# word of saying is a noun ('his tweet', "Trump's statement", 'a 5th tweet').
_PRONOUN_SUBJECTS = frozenset(("he", "she", "they"))
_NOUN_OPENERS = frozenset((*_POSSESSIVE, "the", "a", "an", "his", "her", "their", "its"))
# Words after which a verb of saying frames nothing: a passive's auxiliaries ('until Morgan is
# confirmed') and an infinitive's "to" ('is to speak at the hearing').
_NO_FRAME_BEFORE = BE | {"to"}
# How many tokens between a quotation mark and the speech verb, and between the verb and the speaker.
_REACH = 8
_PHRASE_REACH = 20  # ... and before a phrase quoted in lower case inside a clause
_PHRASE_GAP = 20  # tokens between two phrases one frame quotes ('said the cuts were "necessary" due to the "high levels"')
# What follows the closing mark of a phrase quoted inside a clause: a space and a word in lower case.
_EMBEDDED_RE = re.compile(r" [a-z]")
_CLOSING_FRAME = 8  # tokens of a frame that closes a sentence after a comma ('..., said Jo Ruiz of the institute.')
_APPOSITION_MAX = 16  # tokens of an apposition between a name after a quote and its verb
_PREDICATE_REACH = 30  # tokens of a first predicate before "and said"
_SPEAKER_GAP = 6
_DESCRIPTION_MAX = 12  # tokens of a description after a verb before the person's name ("one of the leaders of ...")
_RELATIVES = frozenset("which who whom whose that".split())
_SUBJECT_OPENING = 4  # tokens before a clause's subject at most, capitalised, articles or staff words ('Now the
# administration', 'CNN contributor Jo Ruiz')
_TITLE_WORDS = 6  # words of a person's title in apposition ('Jo Ruiz, head of policy at the Harbor Council')
_TITLE_MAX = 3  # capitalised words of a title between "by" and a name ('by Senate Majority Leader')

#: At most this many quotes in a frame are passed over looking for the quote before ('"...," Ruiz
#: said on "Today."' passes one): a paragraph of thousands of quotation marks stays linear in time.
MAX_FRAME_QUOTES = 20


def title_opening(text: str, tokens: Sequence[Token], lower: Sequence[str], sent: Sequence[int], k: int,
                  named: Container[int], floor: int = -1) -> int | None:
    """The first token of a person's title in apposition that ends with the "of" or "at" at token
    ``k``: "president" in "Jo Ruiz, president of", "head" in "Jo Ruiz, head of policy at" (up to
    six words after a comma, no name of ``named`` tokens nor a possessive in them; not down to token
    ``floor``), or None. The person's name, if any, ends right before it."""
    for j in range(k - 1, max(floor, k - 1 - _TITLE_WORDS), -1):
        if sent[j] != sent[k] or j in named or lower[j] in _POSSESSIVE:
            return None
        if j > 0 and text[tokens[j - 1].end:tokens[j].start] == ", ":
            return j
    return None


def mistyped_open(body: str, i: int) -> bool:
    """Whether the closing mark at ``i`` of ``body`` opens a quotation, typed the wrong way round:
    at the start or after a space, right before a word ('”It was a threat,” Ruiz said')."""
    return body[i:i + 1] == _CLOSE and (i == 0 or body[i - 1].isspace()) and body[i + 1:i + 2].isalnum()


def quote_spans(text: str, paragraphs: Sequence[Paragraph]) -> list[tuple[int, int, int, int]]:
    """(start, end, paragraph index, run) of the quoted parts of the body paragraphs; parts of one
    quote that runs on across paragraphs share their run number."""
    parts: list[tuple[int, int, int, int]] = []
    runs = 0
    carried: int | None = None  # run of a quote left open at the end of the previous paragraph
    for p in paragraphs:
        if p.kind != "body":
            carried = None
            continue
        s, e = p.start, p.start + len(p.text)
        body = text[s:e]
        lead = len(body) - len(body.lstrip())
        continued = carried if body[lead:lead + 1] in (_OPEN, _STRAIGHT) or mistyped_open(body, lead) else None
        carried = None
        inside_from: int | None = None
        run = -1
        for m in _MARK_RE.finditer(body):  # only the quotation marks, not every character
            i, ch = m.start(), m.group()
            if inside_from is None and (ch in (_OPEN, _STRAIGHT) or mistyped_open(body, i)):
                inside_from = s + i + 1
                if continued is not None:
                    run, continued = continued, None
                else:
                    run, runs = runs, runs + 1
            elif inside_from is not None and ch in (_CLOSE, _STRAIGHT):
                if s + i > inside_from:
                    parts.append((inside_from, s + i, p.index, run))
                inside_from = None
        if inside_from is not None:  # still open at the paragraph's end: it may run on
            if e > inside_from:
                parts.append((inside_from, e, p.index, run))
            carried = run
    return parts


#: What ``_Reader.speaker_at`` returns for a word that frames no quote.
_NO_FRAME = object()


class _Reader:
    """The words of one article around its quotes: who frames each quote (see the module docstring)."""

    def __init__(self, text: str, tokens: Sequence[Token], lower: Sequence[str], sent: Sequence[int],
                 mention_at: Mapping[int, Mention], verb_class: Mapping[str, str],
                 gender_of: Callable[[str], str | None],
                 kind_of: Callable[[str], str | None] = lambda actor_id: None) -> None:
        self.text, self.tokens, self.lower, self.sent = text, tokens, lower, sent
        self.words = [t.text for t in tokens]
        self.starts = [t.start for t in tokens]
        self.mention_at, self.verb_class, self.gender_of, self.kind_of = mention_at, verb_class, gender_of, kind_of
        self.n = len(tokens)

    def gap(self, i: int, j: int) -> str:
        """The text between tokens ``i`` and ``j``."""
        return self.text[self.tokens[i].end:self.tokens[j].start]

    def says(self, j: int) -> bool:
        """Whether token ``j`` is a verb of saying, or one of a speaker going on ("continued")."""
        return self.lower[j] in self.verb_class or self.lower[j] in _GOING_ON and self.words[j].islower()

    def broken(self, j: int, marks: bool = True) -> bool:
        """Whether a comma, bracket, dash or (unless not ``marks``) quotation mark stands right
        before token ``j``."""
        found = (_BREAK_RE if marks else _PUNCT_BREAK_RE).search(self.text, self.tokens[j - 1].end, self.tokens[j].start)
        return found is not None

    def clause_start(self, k: int) -> int:
        """The first token of the clause that token ``k`` ends: back to the sentence's start or a break."""
        c = k
        while c > 0 and self.sent[c - 1] == self.sent[k] and not self.broken(c):
            c -= 1
        return c

    def closing_frame(self, k: int) -> bool:
        """Whether a verb of saying follows token ``k`` at once, or in the last words of its sentence
        after a comma ('..., Ruiz said.', '..., said Jo Ruiz of the institute.')."""
        if not 0 <= k < self.n:
            return False
        if self.lower[k] in self.verb_class:
            return True
        s0, end = self.sent[k], k
        while end + 1 < self.n and self.sent[end + 1] == s0:
            end += 1
        c = next((c for c in range(end, k, -1) if self.broken(c, marks=False)), None)
        return c is not None and end - c < _CLOSING_FRAME and self.lower[c] not in ("and", "but", "or", "then") \
            and any(self.lower[j] in self.verb_class for j in range(c, end + 1))  # (not ', and asserted')

    def after_verb(self, v: int, end: int, s0: int) -> Mention | None:
        """The speaker named after the verb at ``v`` (before token ``end``): '"...," said Ruiz', the
        last name of the words that follow it up to a comma, a preposition or a time ('"...," said
        former Obama spokesman Ben LaBolt'; '"...," Ruiz said at the White House' names no one
        after the verb); past a comma only when nothing was named before it ('said the mayor, Ruiz')."""
        words, lower, mention_at = self.words, self.lower, self.mention_at
        found: Mention | None = None
        commas = 0
        for j in range(v + 1, end):
            if self.sent[j] != s0:
                break
            if self.broken(j):  # a comma, bracket or dash before it
                if found is not None or commas == 2:
                    break
                commas += 1  # ('argued South Bend, Indiana, Mayor Pete Buttigieg')
            m = mention_at.get(j)
            if m is not None and m is found:
                continue  # (the words of one name: "University of Georgia")
            if lower[j] in _AFTER_STOPS or lower[j] == "of" and (found is not None or not (
                    words[j - 1][:1].isupper() and j + 1 < end and words[j + 1][:1].isupper())):
                if lower[j] == "of" and found is None and commas == 0:
                    return self.person_after_description(j, s0)
                break
            if lower[j] in _POSSESSIVE:
                found = None  # a possessor does not speak: 'says Willard's mother, Melissa Kennedy'
                continue
            if m is not None:
                if m.resolution == "pronoun":  # a subject pronoun speaks ('and said he hopes Pence ...')
                    return found or (m if lower[j] in _SUBJECT_PRONOUNS else None)
                found = m
            elif found is not None and lower[j] in STAFF_NOUNS:
                found = None  # one who speaks for it ('said a White House official'; '... spokesman Josh Earnest')
            elif found is not None and words[j][:1].islower() and (lower[j].endswith(("ing", "ed"))
                                                                 or lower[j].endswith("s") and not lower[j].endswith("ss")):
                break  # '"...," said Ruiz citing Smith', 'said Ruiz hopes Smith'
            elif found is None and self.broken(j) and words[j][:1].islower() and lower[j].endswith("ing") \
                    and lower[j] != "quoting":  # (but 'Collins said, quoting Mulvaney': Mulvaney's words)
                break  # a participle's object is no speaker ('"...," Reid said, noting four vulnerable Democrats')
        return found

    def person_after_description(self, j: int, s0: int) -> Mention | None:
        """After a verb, a description with "of" at token ``j`` and the person it describes after
        the next comma: '"...," said one of the leaders of the State Senate, Jo Ruiz, a Democrat'
        (not the body named in it); or None."""
        for k in range(j + 1, min(self.n, j + _DESCRIPTION_MAX)):
            if self.sent[k] != s0:
                return None
            if self.broken(k):
                m = self.mention_at.get(k)
                if m is None or self.kind_of(m.actor) != "person":
                    return None
                after = bisect_left(self.starts, m.end)  # the token after the name
                return m if after >= self.n or self.sent[after] != s0 or self.broken(after) else None
        return None

    def named_after_verb(self, v: int, end: int, s0: int, edge: int) -> Mention | None:
        """Before an opening mark, the speaker named right after the verb at ``v``: past an article
        or the words of a title ('said Utah Gov. Gary Herbert, "..."'), or after "that" a pronoun
        ('declared that he has "..."'; not 'said that the U.S. should "..."', another subject); not
        past a preposition or a day ('said on NBC', 'said Wednesday that'); ``edge``: the token after
        the last before the mark."""
        words, lower, mention_at = self.words, self.lower, self.mention_at
        after_that = False
        for j in range(v + 1, end):
            if self.sent[j] != s0:
                break
            m = mention_at.get(j)
            if m is not None:
                if after_that:
                    return m if m.resolution == "pronoun" else None
                while j + 1 < end and mention_at.get(j + 1) is m:
                    j += 1
                # not the subject of what is said ('claiming the White House could use "..."'; an
                # apposition may follow: 'said Jo Ruiz, Platt's chief aide, "..."')
                affiliated = j + 2 < edge and lower[j + 1] in _AFFILIATIONS \
                    and _FRAME_END_RE.match(self.text, self.tokens[edge - 1].end) is not None \
                    and any(words[i][:1].isupper() for i in range(j + 2, edge)) \
                    and all(words[i][:1].isupper() or lower[i] in ("the", "of", "for", "and") for i in range(j + 2, edge))
                clause = j + 1 < edge and not self.text.startswith(",", self.tokens[j].end) \
                    and any(words[i][:1].islower() for i in range(j + 1, edge)) and not affiliated
                # (but the body the speaker is with: 'says Jo Ruiz of the Harbor Institute, "..."'; not 'said Homeland Security
                # Secretary Jo Ruiz was "..."'), nor the subject of the quoted words after it, with no comma
                # or colon between ('its website says Americans "should never be denied ..."')
                return None if clause or _OPENS_RIGHT_AFTER_RE.match(self.text, self.tokens[j].end) else m
            if lower[j] == "that" and not after_that:
                after_that = True
            elif not (lower[j] in ("the", "a", "an") or words[j][:1].isupper() and lower[j] not in _TIME_WORDS
                      or lower[j] == "of" and words[j - 1][:1].isupper() and j + 1 < end and words[j + 1][:1].isupper()):
                break  # (an "of" inside a title goes on: "said Secretary of State Antony Blinken")
        return None

    def subject_before(self, v: int) -> bool:
        """Whether a subject stands right before the verb at ``v``: an actor's name (not a possessive)
        or a subject pronoun ("Ruiz said", "he said"; not '..., said Ruiz')."""
        if v < 1 or self.sent[v - 1] != self.sent[v] or self.gap(v - 1, v) != " ":
            return False
        m = self.mention_at.get(v - 1)
        if m is not None:
            return not self.possessor(m)
        return self.lower[v - 1] in _SUBJECT_PRONOUNS

    def phrase_opening(self, k: int) -> int:
        """The first token of the phrase of a name that starts at token ``k``: its article, if it has one
        ("the GOP amendment")."""
        return k - 1 if k > 1 and self.lower[k - 1] in ("the", "a", "an") and self.gap(k - 1, k) == " " else k

    def adverb(self, j: int) -> bool:
        """Whether token ``j`` is a word that may stand between a subject and its verb ("also",
        "has", "repeatedly")."""
        return self.lower[j] in SPEAKER_GAP_WORDS or self.lower[j].endswith("ly") and self.words[j].islower()

    def member_of(self, m: Mention, end: int = -1) -> Mention | None:
        """The person whom mention ``m`` names a body of, with "of", "at", "with" or "from": named
        right before it ('Jo Ruiz of the Harlow Institute added') or before a title in apposition
        ('Jo Ruiz, president of the Harbor Council'; not past token ``end``); or None."""
        k = self.phrase_opening(bisect_left(self.starts, m.start)) - 1
        if k <= max(end, 0) or self.lower[k] not in ("of", "at", "with", "from"):
            return None
        person = self.mention_at.get(k - 1) if self.gap(k - 1, k) == " " else None
        if person is None:
            t = title_opening(self.text, self.tokens, self.lower, self.sent, k, self.mention_at, end)
            person = self.mention_at.get(t - 1) if t is not None else None
        if person is None or person is m or person.resolution == "pronoun" \
                or not (self.kind_of(person.actor) == "person" or self.gender_of(person.actor)):
            return None
        return person

    def after_preposition(self, m: Mention, prepositions: AbstractSet[str] = _OBJECT_PREPOSITIONS) -> bool:
        """Whether a preposition stands right before mention ``m``'s phrase: "for the White House"."""
        k = self.phrase_opening(bisect_left(self.starts, m.start))
        return k > 0 and self.lower[k - 1] in prepositions

    def before_verb(self, v: int, end: int, s0: int, limit: int) -> Mention | None:
        """The verb's subject before the verb at ``v`` (down to token ``end``, exclusive; past an
        apposition down to ``limit``, exclusive, the quote's edge): 'Ruiz said', 'Ruiz also said',
        'the mayor, Ruiz, said', 'Ruiz, a spokesman for the group, said'; not a name that only
        qualifies the noun before the verb ('another Senate aide said', 'Ruiz's spokesman said')."""
        words, lower, sent, mention_at = self.words, self.lower, self.sent, self.mention_at
        if v > 1 and lower[v - 1] in PARTICIPLE_LEADS and lower[v].endswith("ing") and sent[v - 1] == s0:
            # a participle after one of PARTICIPLE_LEADS ("before", "by" ...) speaks with the subject of the
            # clause it ends ('Ruiz tweeted ... before adding', 'Ruiz hurt his case by saying'): the last name
            # a verb follows
            t, passed = v - 1, False
            while t - 1 > max(limit, v - 1 - _PREDICATE_REACH) and sent[t - 1] == s0 \
                    and not (passed and self.says(t - 1)) and ";" not in self.gap(t - 1, t):
                t -= 1  # (not past a verb of saying and a name after it: 'He said Ruiz hurt his case by saying')
                m = mention_at.get(t)
                if lower[t] in _SUBJECT_PRONOUNS:
                    return m  # a subject pronoun, whoever it is: 'When Ruiz pressed on, she cut it short by saying'
                passed = passed or m is not None
                if m is not None and mention_at.get(t - 1) is not m:
                    subject = self.clause_subject(t, v - 1)
                    if subject is not None:
                        return subject
        if v - 1 > end and sent[v - 1] == s0 and self.gap(v - 1, v) == " " and self.adverb(v - 1):
            c = v - 2  # past an adverb ('Ruiz, a spokesman, also said'), unless what stands before it goes on
            while c - 1 > max(end, limit) and sent[c - 1] == s0 and not self.broken(c):  # from the quote, which
                c -= 1  # it holds ('Ruiz, who voted "present" on the amendment, also told')
            if c - 1 != limit:
                return self.before_verb(v - 1, end, s0, limit)
        if v - 1 > end and self.broken(v):  # an apposition ends
            near, end = end, max(limit, v - 1 - _APPOSITION_MAX)  # (it may be long: 'Ruiz (D-Del.), who ..., said')
            c = v - 1
            while c - 1 > end and sent[c - 1] == s0 and not self.broken(c):
                c -= 1
            h = c - 1
            if h > end and self.gap(h, c).strip().endswith("),"):  # past its tag: 'Ruiz (D-Del.),'
                while h > end and "(" not in self.gap(h - 1, h):
                    h -= 1
                h -= 1
            if h - 2 > end and h not in mention_at and words[h][:1].isupper() and lower[h - 1] in ("of", "from"):
                h -= 2  # past its state: 'Rep. Pete Sessions of Texas, chairman of ..., said'
            elif h - 3 > end and h not in mention_at and words[h][:1].isupper() and words[h - 1][:1].isupper() \
                    and lower[h - 2] in ("of", "from"):
                h -= 3  # ('of South Carolina')
            if h - 1 > end and _PARTY_TAG_RE.fullmatch(words[h]) and self.gap(h - 1, h).strip() == ",":
                h -= 1  # past a party tag: 'Sen. Ron Johnson, R-Wis., who opposed ..., said'
            head = mention_at.get(h) if h > end and sent[h] == s0 else None  # the name it follows,
            t = next((i for i in range(v - 1, c - 1, -1) if i in mention_at), None)  # or the last name in it
            inside = mention_at[t] if t is not None else None
            if inside is not None and (t == v - 1 or lower[t + 1] in ("of", "from")) \
                    and all(words[i][:1].isupper() or i == c and lower[i] == "the" for i in range(c, t + 1)):
                head, inside = inside, head  # that names someone ('..., Louisiana GOP Rep. John Fleming, said',
                # '..., the Entertainment Software Association, said'; not 'Schumer's communications
                # director', 'NRA executive', 'CEO for Healthplanfinder')
            if head is not None and head is not inside:
                head = self.member_of(head, end) or head  # the person whose title names the body
                # the apposition describes ('Judd, president of the Harbor Council, the pilots' union, said')
            if lower[c] in _RELATIVES:
                # a relative clause is about the name before it, its subject does not speak ('the
                # group, which Ruiz founded, said': the group, if it names someone)
                return head or self.nearest_before(c - 1, max(limit, c - 6), s0)  # (past a long one)
            if self.predicate(c):  # a predicate: its subject before it ('Obama, who met Reid, condemned the vote, saying')
                return self.before_verb(c, max(limit, c - 1 - _SPEAKER_GAP), s0, limit)
            if head is not None:
                return head
            subject = self.clause_subject(c, v)  # a clause before ', adding': its subject ('the
            if subject is not None:  # president said, adding', 'Ruiz disputed it, saying')
                return subject
            if lower[c] in ("a", "an", "the") and c - 1 > end and sent[c - 1] == s0:
                # an apposition of someone the article names just before it, past a tag ('Rep. Jo Ruiz,
                # R-Tenn., the second-ranking Republican, said'), else of no one ('..., a member of the
                # Senate group, said')
                return self.not_possessor(self.nearest_before(c - 1, max(end, c - 6), s0))
            if c - 1 < near:  # a long stretch: its nearest name only close to the verb
                found = self.not_possessor(self.nearest_before(v - 1, near, s0))
            else:
                found = self.not_possessor(inside or self.nearest_before(c - 1, max(end, c - 6), s0))
            if found is not None and found is inside:  # a person named with their body in the apposition
                found = self.member_of(found, end) or found  # ('an expert, Professor Jo Ruiz of Harlow University, said')
            if found is not None and found is inside and found.resolution != "pronoun" \
                    and self.after_preposition(found, _ANY_PREPOSITIONS):
                return None  # the object of a preposition in the clause before does not speak ('making excuses
                # for the White House, asking questions such as, "..."'; 'Advocates, who … as it unfolds in the
                # House, said')
            return found
            # (or the one just before a place or a tag: 'Sen. Mark Pryor, D-Ark., another incumbent, said')
        if v - 3 > end and lower[v - 1] == "of" and lower[v].endswith("ing") and v - 2 in mention_at:
            j = v - 2  # the object of an accusation is no speaker: 'Trump accused Democrats of telling'
            while j - 1 > end and mention_at.get(j - 1) is mention_at[v - 2]:
                j -= 1
            if lower[j - 1] in OBJECT_VERBS:
                return self.before_verb(j - 1, max(limit, j - 2 - _SPEAKER_GAP), s0, limit)
        if v - 1 > end and lower[v - 1] in ("and", "but"):  # ('Ruiz said ... but added: "..."')
            subject = self.joined_subject(v, s0, limit)
            if subject is not _NO_FRAME:
                return subject  # type: ignore[return-value]
        staff = False  # the words after the name so far are a staff noun and its qualifiers: 'Senate aide'
        for j in range(v - 1, end, -1):
            if sent[j] != s0:
                break
            if j == v - 1 and lower[j] in _RELATIVES and j - 1 > end:  # the subject is what the relative stands for:
                k = j - 1 - bool(_PARTY_TAG_RE.fullmatch(words[j - 1]) or lower[j - 1] in _TIME_WORDS)
                if ")" in self.gap(k, k + 1):  # past a parenthesis: 'the Center for Immigration Studies (CIS) that'
                    while k - 1 > end and "(" not in self.gap(k - 1, k):
                        k -= 1
                    k -= 1
                a = mention_at.get(k)  # the name right before it ('Ruiz, R-Fla., who declares'; 'the Post, which said');
                if a is not None:  # "that" not one after a preposition ('the bill, by Rep. Jo Ruiz, that declares',
                    # but 'a study by the institute that concluded')
                    t = bisect_left(self.starts, a.start)
                    while t - 1 > end and (b := mention_at.get(t - 1)) is not None and b.actor == a.actor:
                        a, t = b, bisect_left(self.starts, b.start)  # (its name before its acronym: 'the Center for
                        # Immigration Studies (CIS) that')
                    opening = self.phrase_opening(t) - 1
                    thing = lower[j] == "that" and (self.agent(a) or self.after_preposition(a)) \
                        and not (opening > 0 and lower[opening - 1] in _SOURCE_NOUNS)
                    return None if thing else self.member_of(a) or a
                if lower[j] in ("that", "which") and lower[k] not in _SOURCE_NOUNS:
                    return None  # nor a thing's ('a shirt that said'; but 'a report that said')
            m = mention_at.get(j)
            if m is not None:
                if staff:
                    return None
                if self.object_of_preposition(m, j, v):
                    return self.member_of(m)  # the person at a body ('John Holahan at Urban said'), or nobody
                return self.member_of(m) or m
            if lower[j] in STAFF_NOUNS and (staff or j == v - 1 or lower[j + 1] in SPEAKER_GAP_WORDS):
                staff = True
            elif not (staff and (lower[j] in STAFF_QUALIFIERS or lower[j] in _POSSESSIVE)):
                staff = False
        return None

    def reporter(self, j: int, floor: int, edge: int) -> Mention | None:
        """The one whose words the sentence ending at token ``j`` reports, when it is plain narration
        (no quotation mark in it) after ``floor`` (a paragraph's start): the speaker of a frame that
        closes it ('..., says Ms. Lake.'), else the subject of its first verb of saying ('Nahles added
        that ...', 'Ruiz said on Monday the plan would fail'); else None. ``edge``: where the quote
        after it starts."""
        s0, lower = self.sent[j], self.lower
        k = j
        while k > 0 and self.sent[k - 1] == s0:
            k -= 1
        if self.tokens[k].start < floor or _MARK_RE.search(self.text, self.tokens[k].start, edge - 1):
            return None
        m, v = self.speaker_near(j, -1)  # a frame that closes it first: '..., says Ms. Lake.'
        if v is not None and (self.says(v) or lower[v] == "according") and lower[v - 1] not in _NO_FRAME_BEFORE:
            return m  # (not a name's 'called for', a passive's 'until Morgan is confirmed', nor 'is to speak')
        for v in range(k + 1, j + 1):
            if lower[v] in self.verb_class and self.words[v].islower() and lower[v - 1] not in _NO_FRAME_BEFORE:
                m = self.before_verb(v, k - 1, s0, k - 1)
                return None if m is None or m.resolution == "pronoun" and lower[bisect_left(self.starts, m.start)] \
                    not in _SUBJECT_PRONOUNS else m
        return None

    def parenthetical(self, v: int) -> bool:
        """Whether the verb at ``v`` and its subject right before it stand between commas inside a
        sentence ('Teachers, he continued, would ...', 'Teachers, Ruiz added, would ...')."""
        if v < 2 or self.gap(v, v + 1).strip() != "," or self.sent[v - 1] != self.sent[v]:
            return False
        m = self.mention_at.get(v - 1)
        first = bisect_left(self.starts, m.start) if m is not None else v - 1
        return (m is not None or self.lower[v - 1] in _SUBJECT_PRONOUNS) and first > 0 \
            and self.sent[first - 1] == self.sent[v] and self.gap(first - 1, first).strip() == ","

    def object_of_verb(self, j: int) -> bool:
        """Whether the mention ending at token ``j`` follows a verb in the past tense or of saying, as its
        object ('described Trump', 'assailed Obama'), maybe past "the" or a title of capitalised words."""
        m = self.mention_at.get(j)
        if m is None:
            return False
        k = bisect_left(self.starts, m.start) - 1
        while k > 0 and self.sent[k] == self.sent[j] and (self.lower[k] == "the" or self.words[k][:1].isupper()):
            k -= 1
        w = self.words[k] if k >= 0 and self.sent[k] == self.sent[j] else ""
        return w.islower() and (w.endswith("ed") or w in self.verb_class or w in _NAMING_VERBS)

    def possessor(self, m: Mention) -> bool:
        """Whether mention ``m`` owns the noun after it: "Ruiz's plan", a plural's "Republicans' effort"."""
        return self.text.startswith(_POSSESSIVE, m.end) \
            or self.text.startswith(("’", "'"), m.end) and self.text[m.end - 1:m.end] == "s"

    def closing_frame_at(self, m: Mention, v: int) -> bool:
        """Whether speaker ``m`` and the verb at ``v`` next to it close their sentence after a comma,
        maybe with a time after them: '..., Obama said.', '..., said Jo Ruiz on Monday.' (not '..., an
        idea McConnell rejected.', nor a pronoun for a people or a thing: '..., they said.')."""
        first, last = bisect_left(self.starts, m.start), bisect_left(self.starts, m.end) - 1
        if not (last + 1 == v or v + 1 == first) or m.resolution == "pronoun" and self.lower[first] not in ("he", "she"):
            return False
        f0, f1 = min(first, v), max(last, v)
        end = self.past_time(f1 + 1, 1) - 1
        return f0 > 0 and self.gap(f0 - 1, f0).strip() == "," and (end + 1 >= self.n or self.sent[end + 1] != self.sent[f1])

    def not_possessor(self, m: Mention | None) -> Mention | None:
        """Mention ``m``, unless it owns the noun after it: a possessor in the clause before a
        participle does not speak ('The report called the agency's approach "problematic," saying')."""
        return None if m is None or self.possessor(m) else m

    def agent(self, m: Mention) -> bool:
        """Whether mention ``m`` follows "by", past a title ('a bill written by Sen. Jo Ruiz'): a
        passive's agent, not the subject of the verb after it."""
        t = bisect_left(self.starts, m.start) - 1  # the token before it
        floor = t - _TITLE_MAX
        while t > max(0, floor) and self.words[t][:1].isupper():
            t -= 1
        return t >= 0 and self.lower[t] == "by"

    def past_time(self, i: int, step: int) -> int:
        """The token past a time phrase at token ``i`` read in direction ``step`` ('Wednesday', 'on
        Wednesday'; backwards, 'on Wednesday' from "Wednesday"), or ``i`` when none stands there."""
        if not 0 <= i < self.n or self.lower[i] not in _TIME_WORDS and not (
                step > 0 and self.lower[i] == "on" and i + 1 < self.n and self.lower[i + 1] in _TIME_WORDS):
            return i
        if step > 0:
            return i + (2 if self.lower[i] == "on" else 1)
        return i - (2 if i > 0 and self.lower[i - 1] == "on" else 1)

    def predicate(self, i: int) -> bool:
        """Whether token ``i`` opens a predicate: a verb in lower case, past tense or one of
        ``_CLAUSE_VERBS`` ('condemned', 'said')."""
        return self.words[i][:1].islower() and (self.lower[i].endswith("ed") or self.lower[i] in _CLAUSE_VERBS)

    def object_of_preposition(self, m: Mention, j: int, v: int) -> bool:
        """Whether mention ``m``, ending at token ``j`` before the verb at ``v``, is the object of a
        preposition rather than the verb's subject ('seated next to Trump during the meeting
        described'); not the subject of a participle or a relative clause after it ('with Ruiz
        saying', 'like the NRA, which said'), nor a body a statement comes from ('a statement from
        the agency said')."""
        lower, k = self.lower, j
        while k > 0 and self.mention_at.get(k - 1) is m:
            k -= 1
        k = self.phrase_opening(k)  # ('on the GOP amendment, also told')
        if k > 2 and self.words[k - 1].islower() and lower[k - 2] in ("the", "a", "an") and lower[k - 3] in _OBJECT_OF \
                and self.gap(k - 1, k) == " " and self.gap(k - 2, k - 1) == " " \
                and j + 1 < v and self.words[j + 1].islower() and lower[j + 1] not in SPEAKER_GAP_WORDS:
            k -= 2  # past an adjective after the article, the name qualifying a noun: 'to the federal Health and
            # Human Services department' (not 'Over the weekend McCain said')
        return k > 0 and lower[k - 1] in _OBJECT_OF and self.gap(k - 1, k) == " " and m.resolution != "pronoun" \
            and lower[j + 1] not in (*_POSSESSIVE, "who", "which") and self.gap(j, j + 1) == " " \
            and not (j + 1 == v and lower[v].endswith("ing")) \
            and not (lower[k - 1] == "from" and k > 1 and lower[k - 2] in _SOURCE_NOUNS)

    def joined_subject(self, v: int, s0: int, limit: int) -> Mention | None | object:
        """The subject of the verb at ``v`` after "and", a second predicate: the clause's subject
        ('Trump extended an invitation to Democrats to the White House and said "..."'), also past a
        phrase quoted in the first ('called it "positive" and said') or an apposition before it ('Ruiz,
        R-S.D., called it "positive" and said'; not a possessor: 'Ruiz, a regular on Joe's show,
        called'); ``_NO_FRAME`` when none of these is found (down to token ``limit``, exclusive)."""
        sent = self.sent
        start = v - 1
        if start - 1 > limit and sent[start - 1] == s0 and self.gap(start - 1, start).strip() == ",":
            start -= 1  # past the comma before the conjunction: 'He praised the groups so far, but said'
        for marks, reach in ((True, _APPOSITION_MAX), (False, _APPOSITION_MAX), (False, _PREDICATE_REACH)):
            c = start
            while c - 1 > max(limit, v - 1 - reach) and sent[c - 1] == s0 and not self.broken(c, marks):
                c -= 1
            subject = self.clause_subject(c, v - 1)
            if subject is not None:
                return subject  # (last, a long first predicate: 'Trump on Wednesday extended an invitation
                # to Democrats to the White House to discuss immigration and said')
        if c < v - 1 and self.predicate(c) and self.broken(c, marks=False):
            m = self.before_verb(c, max(limit, c - 1 - _SPEAKER_GAP), s0, limit)
            return self.not_possessor(m)
        return _NO_FRAME

    def clause_subject(self, c: int, v: int) -> Mention | None:
        """The first name in tokens c..v-1 that a past-tense verb follows (past "also", "has" ...): the
        subject of the clause there ('Texas Gov. Rick Perry also slammed his fellow Republicans')."""
        words, lower, mention_at = self.words, self.lower, self.mention_at
        for t in range(c, v):
            m = mention_at.get(t)
            if m is None:
                continue
            j = t
            while j + 1 < v and mention_at.get(j + 1) is m:
                j += 1
            if self.possessor(m):
                return None  # a possessor is no subject ('fellow Republicans’ failed effort')
            while j + 1 < v and lower[j + 1] not in _CLAUSE_VERBS:
                past = self.past_time(j + 1, 1)
                if past <= v and past > j + 1:
                    j = past - 1  # ('Perry Wednesday slammed', 'Perry on Wednesday slammed')
                elif self.adverb(j + 1):
                    j += 1  # ('Perry also slammed')
                else:
                    break
            if j + 1 < v and words[j + 1].islower() and (lower[j + 1].endswith("ed") or lower[j + 1] in _CLAUSE_VERBS):
                return m
            if j + 1 < v and (lower[j + 1] in STAFF_NOUNS or lower[j + 1] in STAFF_QUALIFIERS):
                continue  # a name that qualifies the next one's title ('White House spokesman Jay Carney called')
            return None  # (only the first name: 'Perry slammed his fellow Republicans')
        return None

    def nearest_before(self, j: int, end: int, s0: int) -> Mention | None:
        """The nearest mention at or before token ``j`` (down to ``end``, exclusive) in sentence ``s0``."""
        for i in range(j, end, -1):
            if self.sent[i] != s0:
                break
            m = self.mention_at.get(i)
            if m is not None:
                return m
        return None

    def speaker_near(self, k: int, step: int, reach: int = _REACH) -> tuple[Mention | None, int | None]:
        """The actor mention framing a quote mark next to token ``k``, looking in direction ``step``
        (+1: after a closing mark, -1: before an opening mark) within the same sentence: the speech
        verb within a few tokens of the mark (``reach``; past ``_REACH`` only up to another quotation
        mark), the speaker right after it or a few tokens before it; with the token of the verb that
        frames it (None when no verb does)."""
        words, lower, sent, mention_at, n = self.words, self.lower, self.sent, self.mention_at, self.n
        if not 0 <= k < n:
            return None, None
        s0 = sent[k]
        for d in range(reach):
            v = k + step * d
            if not (0 <= v < n) or sent[v] != s0:
                return None, None
            if d >= _REACH and _MARK_RE.search(self.text, self.tokens[min(v, k)].start, self.tokens[max(v, k)].end):
                return None, None
            m = self.speaker_at(v, d, k, step)
            if m is not _NO_FRAME:
                return m, v  # type: ignore[return-value]
        t = k  # past a long apposition: '"...," (Dr.) Jo Ruiz, a professor of health policy at Vanderbilt, told me'
        while step > 0 and t < min(n - 1, k + 2) and t not in mention_at and words[t][:1].isupper() and sent[t + 1] == s0:
            t += 1  # (a title before the name)
        m = mention_at.get(t) if step > 0 else None
        if m is not None and m.start == self.tokens[t].start:
            j = t
            while j + 1 < n and mention_at.get(j + 1) is m:
                j += 1
            if j + 2 < n and lower[j + 1] in ("of", "from", "at") and words[j + 2][:1].isupper():  # 'Kevin Brady of
                j += 2  # Texas, chairman of ..., told'
                while j + 1 < n and words[j + 1][:1].isupper() and not self.broken(j + 1):
                    j += 1
            comma = self.gap(j, j + 1).strip() == "," if j + 1 < n else False
            if j + 2 < n and self.gap(j, j + 1).strip() == "(" and _PARTY_TAG_RE.match(words[j + 1]):
                t = next((t for t in range(j + 1, min(n - 1, j + 4)) if ")" in self.gap(t, t + 1)), j)
                if self.gap(t, t + 1).strip().lstrip(".") == "),":  # ('(R-S.C.),')
                    j, comma = t, True  # past its party tag: 'Sen. John Cornyn (R-TX), the No. 2 Republican, told'
            if comma and sent[j + 1] == s0:
                for c in range(j + 2, min(n - 1, j + 2 + _APPOSITION_MAX)):
                    if sent[c + 1] != s0:
                        break
                    if self.broken(c + 1):
                        if self.gap(c, c + 1).strip() == "," and self.says(c + 1):
                            return m, c + 1
                        if self.gap(c, c + 1) == ", " and words[c][:1].isupper() and words[c + 1][:1].isupper():
                            continue  # a list of names inside it: 'who worked on the Health, Education, Labor &
                            # Pensions committee, wrote'
                        break
        return None, None

    def speaker_at(self, v: int, d: int, k: int, step: int) -> Mention | None | object:
        """The speaker the word at ``v`` (``d`` tokens from the mark's neighbour ``k``) frames, None when
        it frames the quote with no actor named, ``_NO_FRAME`` when it frames none (see ``speaker_near``)."""
        lower, sent, mention_at, n = self.lower, self.sent, self.mention_at, self.n
        s0 = sent[k]
        if lower[v] == "according" and v + 1 < n and lower[v + 1] == "to":  # '"...," according to Ruiz'
            return self.after_verb(v + 1, min(n, v + 2 + _SPEAKER_GAP, k + 1 if step < 0 else n), s0)
        if step < 0 and lower[v] in _NAMING_PARTICIPLES and self.broken(v, marks=False) \
                and not (v + 1 < n and lower[v + 1] in ("out", "on", "up", "off")):  # ', calling it "..."': the
            start = v - 1  # subject that opens the clause before, its verb next ('Schumer praised Rubio's efforts,
            while start > 0 and sent[start - 1] == s0 and not self.broken(start, marks=False) \
                    and lower[start - 1] != "but":  # calling him "..."', 'invited him but he declined, calling it')
                start -= 1
            return self.clause_subject(start, v) or _NO_FRAME  # (else whatever frames it further back)
        if step < 0 and lower[v] in _NAMING_VERBS and v > 0 and sent[v - 1] == s0 \
                and (lower[v - 1] in self.verb_class or lower[v - 1] in _ARTICLES or lower[v - 1] in POSSESSIVES):
            return _NO_FRAME  # a noun: 'Ruiz described calls to abolish the agency as "..."', 'the calls for "..."'
        if step < 0 and lower[v] in _NAMING_VERBS:  # 'what he termed "..."', 'Ruiz called the bill "...",
            # 'Ruiz called for "..."':
            j = v - 2 if v > 1 and lower[v - 1] in _NAMING_AUXILIARIES else v - 1  # the subject next to it
            if self.gap(j, j + 1) == " ":
                j = max(0, self.past_time(j, -1))  # (past a time: 'Trump on Sunday called the caravan a "..."')
            if j > 0 and lower[j] == "and" and j == v - 1:  # a second predicate's ('Ruiz said it was "vital"
                subject = self.joined_subject(v, s0, -1)  # and called the plan "...")
                return None if subject is _NO_FRAME else subject
            if j > 0 and j not in mention_at and self.broken(j + 1, marks=False):  # or before an apposition
                m = self.before_verb(j + 1, max(-1, j - _SPEAKER_GAP), s0, -1)  # ('Ruiz, R-S.C., called it "..."'),
                # the name it follows (not 'Jo Ruiz, CEO of Aetna Inc., calls', 'a page, too, called', 'a
                # bill written by Ruiz (D-CA) called')
                if m is None or not _APPOSITION_OPENS_RE.match(self.text, m.end) or self.agent(m):
                    return None
                return m
            m = mention_at.get(j) if j >= 0 and sent[j] == s0 else None
            if m is None or m.resolution == "pronoun" and lower[j] not in _SUBJECT_PRONOUNS:
                return None
            return None if self.agent(m) else m  # (not 'a bill written by Ruiz called "..."')
        if lower[v] not in self.verb_class and not (
                lower[v] in _GOING_ON and d <= (3 if step > 0 else 0) and self.words[v].islower()  # (not 'War Room Notes')
                and (step > 0 or lower[v] not in _AFTER_COLON or self.gap(v, v + 1).strip()[:1] in (":", ","))) \
                and not (step < 0 and lower[v] in _GOING_ON and self.words[v].islower() and self.parenthetical(v)):
            return _NO_FRAME  # ('"...," the senator continued', 'He continued: "..."', 'Teachers, he continued,
            # would serve as a "..."'; not 'the topic continues to')
        if v > 1 and lower[v - 1] in _POSSESSIVE and self.object_of_verb(v - 2) \
                and not (step < 0 and "that" in lower[v + 1:k + 1]):
            return _NO_FRAME  # a noun, whose owner is the object of another's verb: 'Toomey described Trump's
            # remarks as "..."' (but 'Trump's claim that "..."' is Trump's, and so is 'Flake rejected the
            # president's claim that "..."')
        # never look back into the quote itself: after a closing mark, not before k; before an
        # opening mark, not after k
        fwd_end = min(n, v + 1 + _SPEAKER_GAP, k + 1 if step < 0 else n)
        limit = k - 1 if step > 0 else -1  # (never into the quote)
        back_end = max(limit, v - 1 - _SPEAKER_GAP)
        if step > 0:  # after a closing mark the speaker mostly follows the verb: '"...," said Ruiz'
            if lower[v] in OBJECT_VERBS and v > k:  # the subject of one that takes an object ('he told CNN'),
                return self.before_verb(v, back_end, s0, limit)  # unless it comes first ('"...?" asked Ruiz')
            if v > k and (lower[v - 1] in _SUBJECT_PRONOUNS or lower[v - 1] in MODALS) and self.gap(v - 1, v) == " ":
                # a subject before it: what follows is its object ('... "very angry" and that he would blame
                # Senate Majority Leader Mitch McConnell'); a subject no actor's frames nothing ('"...," when it
                # promised affordability, says Amber Alexander')
                m = self.before_verb(v, back_end, s0, limit)
                return _NO_FRAME if m is None else m
            after = self.after_verb(v, fwd_end, s0)
            if after is not None and after.resolution != "pronoun" and lower[v].endswith("ing"):
                after = None  # a participle's speaker is never after it: '"problematic," saying ICE leadership did
                # not ...' names whom the report speaks of (but 'adding he would ...')
            return after or self.before_verb(v, back_end, s0, limit)
        # before an opening mark the speaker is the verb's subject ('Ruiz said: "..."'), or the
        # name right after it ('..., said Ruiz: "..."', 'saying he "..."'); not the object of a
        # verb that takes one ('asked Sen. King: "..."', 'told CNN "..."'), nor a name after a
        # preposition ('said on NBC "..."')
        if lower[v] not in OBJECT_VERBS and not self.subject_before(v):  # (a name after 'Ruiz said' is
            # what Ruiz speaks of: 'He said Congress "is not going to ..."')
            after = self.named_after_verb(v, min(fwd_end, v + 5), s0, fwd_end)
            if after is None and _FRAME_END_RE.match(self.text, self.tokens[k].end):  # 'said legal director Jo Ruiz, "..."'
                after = self.after_verb(v, k + 1, s0)
                after = after if after is not None and after.end >= self.tokens[k].end else None
            if after is not None:
                return after
        return self.before_verb(v, back_end, s0, limit)

    def titled(self, k: int, a: int, b: int) -> bool:
        """Whether the quote at characters a..b, after token ``k``, is the title of a programme or a
        work rather than words spoken: after a body's possessive ('CNN's "State of the Union"'), or a
        few capitalised words after "on" or "of" or a noun for a work ('said on "Meet the Press"', 'author
        of "Gunfight"', 'his new book "The Harbor Wars"'; not 'the focus is on "a deal"'), a capitalised
        quote after "titled" or "headlined"."""
        lower = self.lower
        if lower[k] == "so-called":
            return True  # a name the writer holds at arm's length ('the so-called "nuclear option"')
        if lower[k] in ("titled", "entitled", "headlined") and self.text[a:a + 1].isupper():
            return True  # a work's title or a headline ('an ad titled, "Simon Sez."')
        owner = k - 1 if lower[k] in _POSSESSIVE else k if lower[k].endswith("s") and not self.text[a:a + 1].islower() \
            and self.text.startswith(("'", "’"), self.tokens[k].end) else -1  # (CBS' "Face the Nation")
        if owner >= 0:
            m = self.mention_at.get(owner)
            return m is not None and m.resolution != "pronoun" and self.gender_of(m.actor) is None
        return (lower[k] in ("on", "of") or lower[k] in _WORK_NOUNS) and self.text[a:a + 1].isupper() \
            and len(self.text[a:b].split()) <= 8


def _last_mark(text: str, a: int, b: int) -> str:
    """The last character of the quote at a..b, past closing single quotes of one inside it
    ('"... tell them 'the Senate will make it better?'"'), or ""."""
    k = b
    while k > a and text[k - 1] in "'’ ":
        k -= 1
    return text[k - 1:k] if k > a else ""


def find_quotes(
    text: str,
    paragraphs: Sequence[Paragraph],
    tokens: Sequence[Token],
    lower: Sequence[str],
    sent: Sequence[int],
    mentions: Sequence[Mention],
    verb_class: Mapping[str, str],
    gender_of: Callable[[str], str | None] = lambda actor_id: None,
    frames: list[tuple[int, Mention]] | None = None,
    kind_of: Callable[[str], str | None] = lambda actor_id: None,
    labels: AbstractSet[int] | None = None,
) -> list[Quote]:
    """The quotes of an article with their speakers (see the module docstring); ``gender_of``
    gives an actor's gender, for a quote framed by "he said" that no mention resolved, and
    ``kind_of`` its kind: a transcript's turns are those of persons. The verbs of saying that
    framed a quote, with the speaker's mention, are appended to ``frames`` if given (token index,
    mention)."""
    spans = quote_spans(text, paragraphs)
    starts = [t.start for t in tokens]
    turns = transcript_turns(text, paragraphs, mentions, spans, kind_of, starts, sent)
    if labels is None:
        labels = names_only(text, paragraphs, mentions)
    turns += interview_turns(text, paragraphs, mentions, spans, kind_of, {q.paragraph for q in turns},
                             max((q.run for q in turns), default=-1) + 1, labels)
    if not spans:
        return turns
    mention_at: dict[int, Mention] = {}
    quote_starts = [a for a, _, _, _ in spans]  # (in order, not overlapping)
    for m in mentions:  # pronouns too: 'what he termed "..."' is the pronoun's actor speaking
        q = bisect_right(quote_starts, m.start) - 1
        if q >= 0 and m.start < spans[q][1]:
            continue  # a name inside a quotation or a title speaks no quote ('wrote "The Faith of George W. Bush"')
        first = bisect_left(starts, m.start)
        last = bisect_right(starts, m.end - 1) - 1
        if m.resolution == "demonym" and 0 <= last < len(lower) and lower[last] in STAFF_NOUNS:
            continue  # one member of a party or people speaks, not the body ('one Republican senator said')
        for k in range(first, last + 1):
            mention_at.setdefault(k, m)
    reader = _Reader(text, tokens, lower, sent, mention_at, verb_class, gender_of, kind_of)
    by_index = {p.index: p for p in paragraphs}
    speakers: dict[int, str] = {}
    for a, b, pi, run in spans:
        if run in speakers:
            continue
        after = bisect_left(starts, b + 1)  # first token after the closing mark
        before = bisect_right(starts, a - 2) - 1  # last token before the opening mark
        last_in = bisect_left(starts, b) - 1  # last token inside the quote
        first_in = bisect_left(starts, a)  # first token inside the quote
        sides = ((after, 1, last_in), (before, -1, first_in))
        if text[b - 1:b].isalnum() and _EMBEDDED_RE.match(text, b + 1) and not reader.closing_frame(after):
            sides = sides[::-1]  # a phrase quoted inside a clause: its frame before it first ('said he
            # "had a good talk" with Ruiz, and asserted'; but '"It is easy" to do, says Ruiz', 'they
            # stress the "first syllables" of the name, Ruiz said.')
        if 0 <= before < len(sent) and 0 <= first_in < len(sent) and sent[before] == sent[first_in] \
                and reader.titled(before, a, b):
            continue  # a title is no one's words, whatever frames the sentence ('said on CNN's "State of
            # the Union" that he agrees')
        framed = False  # whether a verb framed it, naming an actor or not ('"...," an aide said')
        framed_at = -1  # (the token of the last such verb)
        for k, step, edge in sides:
            if not (0 <= k < len(sent) and 0 <= edge < len(sent)):
                continue
            own = sent[k] == sent[edge]  # the frame must stand in the quote's own sentence, or open the
            if not own and not (step > 0 and sent[k] == sent[edge] + 1 and _last_mark(text, a, b) in ("?", "!")
                                and tokens[k].start < by_index[pi].start + len(by_index[pi].text)):
                continue  # next one after a question or an exclamation ('"...?" Ruiz asked.')
            m, v = reader.speaker_near(k, step)
            if m is None and v is None and step < 0 and (text[a:a + 1].islower() or text[tokens[k].end:a - 1].strip() in (":", ",")):
                # a phrase quoted inside a clause, in lower case, is framed by the clause's verb further back,
                # a person's: 'Marbut acknowledges he wrote the legislation to set up a legal challenge and
                # "roll back ..."' (not a body's or a people's, as often the subject of what is reported);
                # so is a quote after a colon or a comma ('Meadows even joked that his role would tank the process:
                # "..."', 'Obama said while the inquiry is at an early stage, "..."')
                m, v = reader.speaker_near(k, step, _PHRASE_REACH)
                if m is not None and kind_of(m.actor) != "person":
                    m, v = None, None
            elif m is None and v is None and step > 0 and text[a:a + 1].islower() and own:
                # a phrase quoted inside a clause that a frame further on closes: 'The problems were
                # "aggravated" by the high level of traffic to the website, Obama said.'
                m, v = reader.speaker_near(k, step, _PHRASE_REACH)
                if m is None or v is None or not reader.closing_frame_at(m, v):
                    m, v = None, None
            if m is not None and not own and not (
                    v is not None and m.start <= tokens[min(k + 1, v)].start
                    and not _NEXT_QUOTE_RE.match(text, tokens[v].end)):
                m = None  # (not 'Obama replied, "..."', the frame of the quote after it)
            if v is not None and own:
                framed, framed_at = True, v
            if m is not None:
                speakers[run] = m.actor
                if frames is not None and v is not None and lower[v] in verb_class:
                    frames.append((v, m))
                break
        else:  # a transcript's speaker opens the paragraph: 'Ruiz: "..."', 'Sen. Jo Ruiz: "..."'
            m = mention_at.get(before)
            if m is not None and _LABEL_RE.fullmatch(text, m.end, a) and (
                    m.start == by_index[pi].start
                    or m.start > by_index[pi].start and m.resolution != "pronoun"
                    and named_after(text[by_index[pi].start:m.start].split(), frozenset())):
                speakers[run] = m.actor
            elif 0 <= after < len(tokens) and text[b - 1:b] in (".", "!", "?") \
                    and _DASH_RE.fullmatch(text, b + 1, tokens[after].start):  # a credit after a dash:
                m = mention_at.get(after)  # '"...." — Rahm Emanuel' (not a tweet's author, '— Jo Ruiz (@jr)')
                if m is not None and m.start == tokens[after].start and m.resolution != "pronoun" \
                        and not text.startswith(" (@", m.end) and not text.startswith("(@", m.end):
                    speakers[run] = m.actor
            elif before >= 0 and pi - 1 in by_index and text[by_index[pi].start:a - 1].strip() == "" \
                    and text[tokens[before].end:a - 1].strip() == ":":  # 'Ruiz said:' / '"..."'
                m, _ = reader.speaker_near(before, -1)
                if m is not None:
                    speakers[run] = m.actor
            elif 0 <= before < first_in < len(tokens) and sent[before] == sent[first_in] \
                    and text[tokens[before].end:a - 1].strip() == ":" and text[a:a + 1].isupper() \
                    and (c := reader.clause_start(before)) > framed_at:  # (-1 when no verb framed it)
                # a sentence quoted after a colon that ends a clause of a person's, with no verb of saying:
                # that person's ('Emanuel Jones summed up his view in a column: "..."', 'Obama also made this
                # pledge to consumers: "..."'; not 'When Ruiz typed it in, a box popped up: "..."')
                # (a verb of an opening phrase frames nothing here: 'Asked to clarify, Jo Ruiz gave this statement: "..."')
                m = reader.clause_subject(c, before + 1) if lower[c] not in _RELATIVES else None
                source = mention_at.get(before)  # (not a source the clause ends with: '... to Iowa - The Hill: "..."';
                # a person it ends with is whom it is said to: 'Collyer admonished McElvain: "..."')
                if source is not None and kind_of(source.actor) == "person":
                    s_first = bisect_left(starts, source.start)
                    if not _DASH_RE.search(text, tokens[s_first - 1].end if s_first else 0, source.start):
                        source = None
                t = bisect_left(starts, m.start) if m is not None else c
                if m is not None and kind_of(m.actor) == "person" and (source is None or source is m) \
                        and t - c <= _SUBJECT_OPENING and all(
                            tokens[i].text[:1].isupper() or lower[i] in ("the", "a", "an") or lower[i] in STAFF_NOUNS
                            or lower[i] in STAFF_QUALIFIERS or i in mention_at for i in range(c, t)):
                    speakers[run] = m.actor  # (the clause's own subject, not one in what it reports: 'wants to know
                    # where she was: "..."')
            elif not framed and 0 <= first_in <= last_in < after < len(tokens) and sent[after] == sent[last_in] \
                    and (first_in == 0 or sent[first_in - 1] != sent[first_in]) and text[a:a + 1].isupper() \
                    and len(text[a:b].split()) >= 3:
                # a quote that opens its sentence, framed further on in it ('"..." because of the action, Tom
                # Balanoff, president of the local, told the AP.', '"...," Customs and Border Protection
                # Commissioner R. Gil Kerlikowske said'; not a phrase inside a clause)
                m, v = reader.speaker_near(after, 1, _PHRASE_REACH)
                if v is not None and (lower[after] in _PRONOUN_SUBJECTS and after + 1 < len(tokens) and reader.says(after + 1)
                                      or (lower[v - 1] in _NOUN_OPENERS or lower[v - 1][:1].isdigit())
                                      and reader.gap(v - 1, v) == " "):
                    m = None  # (not past a subject that frames it unnamed, '"...," they wrote in a footnote, citing
                    # Trump's June 5th tweet', nor a noun: "5th tweet")
                if m is not None and v is not None:  # the first person named before the verb, if one is: 'Michael
                    # Needham, CEO of Heritage Action, said', 'Jim Manley, a former aide to Harry Reid, said'
                    people = [x for t in range(after, v) if (x := mention_at.get(t)) is not None
                              and kind_of(x.actor) == "person" and not reader.possessor(x)]
                    speakers[run] = (people[0] if people else m).actor
    # A quote that opens the sentence after an attributed one, with nothing between but the frame
    # of that one, goes on in its voice ('"...," Ruiz said. "..."'), also as the next paragraph
    # when that frame ends the paragraph ('"...," Ruiz said.' / '"..."'); not a quote with a frame
    # of its own ('"...," echoed Rep. Weber'). So does the rest of a quote that its frame interrupts
    # ('"...," says Ruiz of the institute, "..."').
    n = len(sent)

    def frame_sentence(span: tuple[int, int, int, int]) -> int:
        """The sentence a quote's frame after it ends: its own, or the next one after a question or
        an exclamation ('"...?" Ruiz asked.')."""
        last, nxt = bisect_left(starts, span[1]) - 1, bisect_left(starts, span[1] + 1)
        p = by_index[span[2]]
        if _last_mark(text, span[0], span[1]) in ("?", "!") and nxt < n and sent[nxt] == sent[last] + 1 \
                and tokens[nxt].start < p.start + len(p.text):
            return sent[nxt]
        return sent[last]

    def framed_before(q: int, speaker: str) -> bool:
        """Whether quote ``q`` of ``spans`` is framed before it, in its sentence and with no quote
        between, by words naming ``speaker``."""
        span = spans[q]
        t = bisect_left(starts, span[0]) - 1
        s0, floor = sent[t + 1], max(-1, t - _PHRASE_REACH)
        if q > 0:
            floor = max(floor, bisect_left(starts, spans[q - 1][1]) - 1)
        while t > floor and sent[t] == s0:
            if (m := mention_at.get(t)) is not None and m.actor == speaker:
                return True
            t -= 1
        return False

    for i in range(1, len(spans)):
        a, b, pi, run = spans[i]
        if run in speakers:
            continue
        q = i - 1  # the quote before, past a title quoted in its frame ('"...," Ruiz said on "Today."')
        while q > max(0, i - 1 - MAX_FRAME_QUOTES) and spans[q][3] not in speakers and spans[q][2] == spans[q - 1][2] \
                and sent[bisect_left(starts, spans[q][0])] == frame_sentence(spans[q - 1]):
            q -= 1
        _, pb, ppi, prun = spans[q]
        if prun not in speakers or not (pi == ppi or pi == ppi + 1):
            continue
        last_prev = bisect_left(starts, pb) - 1  # last token inside the one before
        first_in, after = bisect_left(starts, a), bisect_left(starts, b + 1)
        if not 0 <= last_prev < first_in < after <= n:
            continue
        if sent[first_in] == sent[last_prev] and pi == ppi and prun != run:
            if q == i - 1 and _JOINED_QUOTES_RE.fullmatch(text, pb + 1, a - 1):  # joined to the one before
                speakers[run] = speakers[prun]  # ('are "pro-gun ownership" but "anti-gun violence."')
            elif _FRAME_END_RE.match(text, tokens[first_in - 1].end) and any(  # interrupted by its frame
                    (m := mention_at.get(t)) is not None and m.actor == speakers[prun]
                    for t in range(last_prev + 1, first_in)):
                speakers[run] = speakers[prun]
            elif q == i - 1 and framed_before(q, speakers[prun]) and first_in - last_prev <= _PHRASE_GAP \
                    and ";" not in text[pb:a] and all(
                        (m := mention_at.get(t)) is None and not reader.says(t) or m is not None and m.actor == speakers[prun]
                        for t in range(last_prev + 1, first_in)):
                speakers[run] = speakers[prun]  # a second phrase the same frame quotes ('Ruiz said the cuts were
                # "necessary" due to the "high levels of detention"')
            continue
        ends = frame_sentence(spans[q])
        if sent[first_in] != ends + 1:
            continue
        if after < n and sent[after] == sent[after - 1]:
            if not (after + 1 < n and _PRONOUN_GENDER.get(lower[after]) is not None
                    and reader.says(after + 1)
                    and after not in mention_at and gender_of(speakers[prun]) == _PRONOUN_GENDER[lower[after]]):
                continue  # framed by words that named no one ('"...," echoed Rep. Weber', '"...," they added')
            # ('"...," Ruiz said.' / '"...," he added': the one speaker before, of his gender)
        elif pi != ppi and first_in == last_prev + 1:
            continue  # (a paragraph that is a bare quote does not carry its voice on)
        if all(sent[last_prev] <= sent[k] <= ends for k in range(last_prev + 1, first_in)):
            speakers[run] = speakers[prun]
    # A quote that is a sentence of its own, with no frame, goes on from a sentence of the same
    # paragraph right before it that reports someone's words ('Nahles added that the plan lacked
    # consent. "That's why I consider the deal an uncovered cheque."'): that someone's.
    for a, b, pi, run in spans:
        first_in, last_in, after = bisect_left(starts, a), bisect_left(starts, b) - 1, bisect_left(starts, b + 1)
        if run in speakers or not 0 < first_in <= last_in < n or sent[first_in - 1] == sent[first_in] \
                or after < n and sent[after] == sent[last_in]:
            continue
        m = reader.reporter(first_in - 1, by_index[pi].start, a)
        if m is not None:
            speakers[run] = m.actor
    out = []
    for a, b, pi, run in spans:
        words = len(text[a:b].split())
        out.append(Quote(a, b, pi, words, speakers.get(run), run))
    if turns:
        shift = max(q.run for q in out) + 1  # a turn's runs come after the quotation marks' runs
        out = sorted(out + [replace(q, run=q.run + shift) for q in turns], key=lambda q: q.start)
    return out


def label_start(text: str, line_start: int, name_start: int) -> int | None:
    """Where a speaker's label whose name starts at ``name_start`` begins, its title words included
    ("SEN. JO RUIZ"), when the label opens the line that starts at ``line_start`` (-1: not near)
    or a sentence in it ("... right?  CRUZ"); else None. What follows the name up to the colon is
    ``SPEAKER_LABEL_END_RE``'s."""
    at = _TURN_BEFORE_RE.search(text, max(line_start, name_start - TURN_LOOK_BACK, 0), name_start).start()  # (never None)
    if at == line_start or _SENTENCE_END_RE.search(text, max(line_start, at - 4, 0), at):
        return at
    return None


def transcript_turns(text: str, paragraphs: Sequence[Paragraph], mentions: Sequence[Mention],
                     spans: Sequence[tuple[int, int, int, int]], kind_of: Callable[[str], str | None],
                     starts: Sequence[int], sent: Sequence[int]) -> list[Quote]:
    """The turns of a transcript: a person's label that opens a body paragraph ("TAPPER: ..."), or
    a sentence in it ("... right?  CRUZ: I think ..."), gives the text after its colon, up to the
    next label, as quoted from that person, one run per turn (numbered from 0 in order), leaving
    out the quotations inside it (``spans``, as ``quote_spans`` gives them; ``starts`` and ``sent``:
    the tokens' starts and sentences). A "label" whose first sentence names the person again (by
    a pronoun too) heads a section about them, not their words ("Clinton: She has called for
    ...", "Obama: Advocates have railed against Obama ..."); a later sentence that does ends the
    turn ("Jo Ruiz: Cuts hurt the poor.  He says the plan ...")."""
    by_para: dict[int, list[Mention]] = {}
    for m in mentions:
        by_para.setdefault(m.paragraph, []).append(m)
    if not by_para:
        return []
    inside: dict[int, list[tuple[int, int]]] = {}
    for a, b, pi, _ in spans:
        inside.setdefault(pi, []).append((a, b))
    out: list[Quote] = []
    run = -1
    for p in paragraphs:
        ms = sorted(by_para.get(p.index, ()), key=lambda m: (m.start, m.end))
        if p.kind != "body" or not ms:
            continue
        end = p.start + len(p.text)
        quoted = inside.get(p.index, [])
        labels: list[tuple[int, int, Mention]] = []  # (where the label starts, where its turn starts, speaker)
        q_starts = [a for a, _ in quoted]  # (in order, not overlapping)

        def in_quote(at: int) -> bool:
            k = bisect_right(q_starts, at) - 1
            return k >= 0 and at < quoted[k][1]

        for m in ms:
            if m.resolution == "pronoun" or (labels and m.start < labels[-1][1]) or kind_of(m.actor) != "person" \
                    or in_quote(m.start):
                continue
            opens = label_start(text, p.start, m.start)
            label = SPEAKER_LABEL_END_RE.match(text, m.end) if opens is not None else None
            if label is not None and label.end() < end:
                labels.append((opens, label.end(), m))
        m_starts = [x.start for x in ms]
        for k, (_, start, m) in enumerate(labels):
            stop = labels[k + 1][0] if k + 1 < len(labels) else end
            about = next((x for x in itertools.islice(ms, bisect_left(m_starts, start), bisect_left(m_starts, stop))
                          if x.actor == m.actor and not in_quote(x.start)), None)
            if about is not None:  # the person spoken of: in the first sentence, the label heads a section
                first = bisect_left(starts, start)  # about them; later, the turn ends before it ("Jo
                if first >= len(sent) or about.sentence <= sent[first]:  # Ruiz: Cuts hurt.  He says ...")
                    continue
                stop = starts[bisect_left(sent, about.sentence)]
            run += 1
            between = quoted[bisect_left(q_starts, start):bisect_left(q_starts, stop)]
            out += [Quote(a, b, p.index, len(text[a:b].split()), m.actor, run)
                    for a, b in _words_between(text, start, stop, between)]
    return out


def _words_between(text: str, start: int, stop: int, quoted: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The pieces of a turn at characters start..stop that are its speaker's words: those between the
    quotations inside it (``quoted``, in order: another's words, with their own frames), trimmed,
    without a stage direction opening one ("(LAUGHTER)")."""
    pos = start
    for a, b in [*quoted, (stop + 1, stop + 1)]:
        lead = _STAGE_RE.match(text, pos, max(pos, a - 1))
        piece = text[lead.end():a - 1].strip()  # (a - 1: the opening mark)
        if _WORD_CHAR_RE.search(piece):
            at = text.index(piece, lead.end())
            yield at, at + len(piece)
        pos = max(pos, b + 1)  # (b + 1: past the closing mark)


# What may stand between the names of a paragraph that only names (a byline, a Q&A speaker's label).
_NAME_JOINERS_RE = re.compile(r"(?:\s|[,:&/|•·–—-]|\b(?:and|by|with|By|With)\b)*")


def names_only(text: str, paragraphs: Sequence[Paragraph], mentions: Sequence[Mention]) -> frozenset[int]:
    """Body paragraphs that are nothing but names ("Marisol Bello", "USA TODAY", "Doug Stanglin and
    Ken Alltucker", an interview's "Tara Golshan" before each question): a byline, a credit or a
    speaker's label, which says nothing about whom it names."""
    by_para: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.resolution != "pronoun":
            by_para.setdefault(m.paragraph, []).append(m)
    kinds = {p.index: p for p in paragraphs}
    out = []
    for pi, ms in by_para.items():
        p = kinds[pi]
        if p.kind != "body":
            continue
        at, end = p.start, p.start + len(p.text)
        for m in sorted(ms, key=lambda m: m.start):
            if m.start < at or _NAME_JOINERS_RE.fullmatch(text, at, m.start) is None:
                break
            at = m.end
        else:
            if _NAME_JOINERS_RE.fullmatch(text, at, end) is not None:
                out.append(pi)
    return frozenset(out)


def interview_turns(text: str, paragraphs: Sequence[Paragraph], mentions: Sequence[Mention],
                    spans: Sequence[tuple[int, int, int, int]], kind_of: Callable[[str], str | None],
                    taken: AbstractSet[int], run: int, names: AbstractSet[int]) -> list[Quote]:
    """The answers of an interview written as paragraphs that are a person's name alone, each
    before what that person says up to the next such label ("Tara Golshan" / question / "Joe
    Barton" / answer): the paragraphs after a label, quotations inside them apart, are quoted from
    its person; runs are numbered from ``run``. Only where two people or more are labelled twice
    or more, and not the interviewer, whose turns end with a question mark at least half the
    time (the outlet's own questions), nor a label whose next paragraph names the person again (a
    section about them: "Mitt Romney" / "Romney, R-Utah, said ..."); not the paragraphs in
    ``taken`` (a transcript's turns). ``names``: the paragraphs of names only (see ``names_only``)."""
    if len(names) < 4:
        return []  # (two people labelled twice each at least)
    by_para: dict[int, list[Mention]] = {}
    for m in mentions:
        by_para.setdefault(m.paragraph, []).append(m)
    position = {p.index: k for k, p in enumerate(paragraphs)}
    labels: dict[int, str] = {}  # paragraph -> the person it labels (the first it names: "Jeff Stein, Vox")
    for pi in names:
        first = min((m for m in by_para[pi] if m.resolution != "pronoun"), key=lambda m: m.start)
        if kind_of(first.actor) == "person":
            labels[pi] = first.actor
    counts = Counter(labels.values())
    if sum(1 for n in counts.values() if n >= 2) < 2:
        return []
    turns: list[tuple[str, list[Paragraph]]] = []
    for pi in sorted(labels):
        body: list[Paragraph] = []
        for p in paragraphs[position[pi] + 1:]:
            if p.kind != "body" or p.index in labels:
                break
            body.append(p)
        if body and not any(m.actor == labels[pi] and m.resolution != "pronoun" for m in by_para.get(body[0].index, ())):
            turns.append((labels[pi], body))
    asks = Counter(actor for actor, body in turns if body[-1].text.rstrip().endswith("?"))
    per = Counter(actor for actor, _ in turns)
    if not any(per[a] >= 2 and 2 * asks[a] >= per[a] for a in per):
        return []  # no one asks: not an interview but sections ("Obama:" / "Supports; also endorses ...")
    inside: dict[int, list[tuple[int, int]]] = {}
    for a, b, pi, _ in spans:
        inside.setdefault(pi, []).append((a, b))
    out: list[Quote] = []
    for actor, body in turns:
        if 2 * asks[actor] >= per[actor]:
            continue  # the interviewer's questions: the outlet's own words
        out += [Quote(a, b, p.index, len(text[a:b].split()), actor, run) for p in body if p.index not in taken
                for a, b in _words_between(text, p.start, p.start + len(p.text), inside.get(p.index, ()))]
        run += 1
    return out


def sentences_over(sentences: Sequence[Sentence], starts: Sequence[int], a: int, b: int) -> Iterator[Sentence]:
    """The sentences (in order; ``starts`` their start offsets) that overlap characters a..b."""
    for s in sentences[max(0, bisect_right(starts, a) - 1):]:
        if s.start >= b:
            break
        if s.end > a:
            yield s


def quoted_share(sentences: Sequence[tuple[int, int]], quotes: Sequence[Quote]) -> list[float]:
    """For each sentence (start, end), the share of its characters inside quotes."""
    out = []
    spans = sorted((q.start, q.end) for q in quotes)
    reach = list(itertools.accumulate((b for _, b in spans), max))  # the furthest end up to each span
    for s, e in sentences:
        inside = 0
        for k in range(bisect_right(reach, s), len(spans)):  # (the spans before all end by s)
            a, b = spans[k]
            if b <= s:
                continue
            if a >= e:
                break
            inside += min(b, e) - max(a, s)
        out.append(inside / (e - s) if e > s else 0.0)
    return out
