"""Actors: find and resolve mentions of people, organisations, countries and groups in an article.

Matching is a pass over the article's tokens with dictionaries keyed by a form's first token (a
multi-pattern matcher, linear in text length), then resolution with the article's own context:

1. catalog names, aliases and short forms ("Benjamin Netanyahu", "IDF", "Netanyahu"), demonym
   phrases that stand for a state ("Israeli officials"); phrases listed as non-actors ("Latin
   America") are consumed so their words name nobody, and ambiguous forms ("Georgia", "Jordan")
   are kept only when the article's context supports them;
2. actors the catalog does not know: people from a title ("Secretary Jane Doe"), a given name
   ("Roy Moore") or speech ("Jane Doe said", "according to Jane Doe"), organisations by their
   last word ("according to the Harbor Policy Institute") -- discovered actors;
3. acronyms defined in the article ("the Harbor Policy Institute (HPI)" ... "HPI");
4. surnames: a lone surname goes to the person of that surname named in full in the article,
   the nearest one when two share it ("Sullivan" after "Jake Sullivan"); the catalog's short form
   is only the fallback when nobody of that name is named in full;
5. a lone surname after a title or honorific ("Mrs. Clinton", "Gov. Ostermann"): the catalog
   person the title fits (gender, office), else a new person unless that is ambiguous;
   a lone surname nobody is named in full by goes to the catalog person the article's context
   (party, government, country, office) clearly points at, else to a person known only by that
   surname ("Murphy"), never to a guess among namesakes;
6. descriptions ("the Israeli prime minister", "the secretary of state", "the Lebanese militant
   group"): who holds that role in the article, else in the catalog at the article's date;
   left unresolved when that does not decide;
7. pronouns (he/she, him/her, his, they/them/their) go to the nearest compatible actor, marked
   as pronoun resolutions so they can be filtered or weighted;
8. titles and country words in front of a person's name are folded into that person's mention
   ("US National Security Adviser Jake Sullivan" is Sullivan, not also the United States).
"""

from __future__ import annotations

import hashlib
import itertools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import defaultdict
from functools import cached_property, lru_cache
from dataclasses import dataclass, replace
from typing import Iterable, Sequence

from biaskit.framing import DASH_RE
from biaskit.lexicons import Lexicons, english_words, iter_forms, peoples_of, slug
from biaskit.quotes import PARTICIPLE_LEADS, SPEAKER_LABEL_END_RE, TURN_LOOK_BACK, label_start, mistyped_open
from biaskit.segment import Token, tokenize
from biaskit.types import GROUP_SECTORS, US_STATE_CODES, Actor, Mention

# Modifiers allowed between a demonym and its head noun: "Israeli security establishment",
# "senior US officials", "Russian government officials", "Canadian border officials".
DEMONYM_MODIFIERS = frozenset(
    "senior top former military government security defense defence foreign intelligence "
    "health state local federal national regional caretaker new interim acting house senate congressional "
    "border immigration police law enforcement customs justice trade election embassy".split()
)
# Common English nicknames and the given names they stand for (both ways: "Dick" and "Richard").
NICKNAMES = {
    "dick": "richard", "rick": "richard", "bill": "william", "will": "william", "bob": "robert",
    "rob": "robert", "chuck": "charles", "charlie": "charles", "jim": "james", "jimmy": "james",
    "mike": "michael", "tom": "thomas", "ted": "edward", "ed": "edward", "joe": "joseph",
    "ben": "benjamin", "tony": "anthony", "bernie": "bernard", "dan": "daniel", "dave": "david",
    "steve": "steven", "larry": "lawrence", "hank": "henry", "harry": "henry", "jack": "john",
    "peggy": "margaret", "maggie": "margaret", "beto": "robert", "liz": "elizabeth", "beth": "elizabeth",
    "kate": "katherine", "kathy": "kathleen", "sue": "susan", "newt": "newton", "lou": "luis",
}

# The nicknames of each given name ("kathleen": "kathy").
NICKNAMES_OF: dict[str, tuple[str, ...]] = {
    formal: tuple(sorted(n for n, f in NICKNAMES.items() if f == formal)) for formal in set(NICKNAMES.values())}


def _same_given(a: str, b: str, slips: bool = True) -> bool:
    """Whether two lower-case given names can name one person: one is a short form of the other
    ("pat", "patrick"), a common nickname of it ("dick", "richard"; "lou", "luis") or, with
    ``slips``, a one-letter slip ("diane", "dianne")."""
    return a.startswith(b) or b.startswith(a) or NICKNAMES.get(a) == b or NICKNAMES.get(b) == a \
        or slips and len(a) > 3 and _one_edit(a, b)


def _one_edit(a: str, b: str) -> bool:
    """Whether two words differ by at most one inserted, deleted or changed letter."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


# Plural nouns for people that open the names of advocacy groups before "for", "against" or
# "United": "Citizens for Responsibility and Ethics in Washington", "Mothers Against Drunk Driving".
ADVOCACY_HEADS = frozenset(
    """Citizens Mothers Moms Fathers Parents Families Students Veterans Doctors Physicians Nurses
    Scientists Lawyers Teachers Taxpayers Patriots Mayors Sheriffs Survivors Women Friends""".split()
)
# Words that open organisations' names but no other name ("National Rifle Association").
ORG_PREFIXES = frozenset("National International Federal Southern Northern Eastern Western Central".split())
# Capitalised words before a plural demonym that make it a people of its own ("Native Americans").
PEOPLE_PREFIXES = frozenset(
    "Native Latin Central South North Asian African Arab Hispanic Latino Black White First Indigenous".split()
)
# Heads that make a group's adjective name the group ("the Muslim community"); after a country's
# demonym they name people, not the state ("the Somali community in Minneapolis").
GROUP_HEADS = [("community",), ("communities",)]
# Verbs that open a question in a title ("What Should America Do"), never part of a name.
QUESTION_VERBS = frozenset("should will would can could may might must does do did is are was were has have had".split())
# Words that open a question before its auxiliary ("What does the president have on him?").
WH_WORDS = frozenset("what why how where when who whom which".split())
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
    Democrat Democratic Christmas Easter Thanksgiving Ramadan Hanukkah Chanukah Passover Kwanzaa Diwali
    Halloween God Lord Jesus Christ Internet
    North South East West Northern Southern Eastern Western Central New Old Many Some Most All
    Several Both Each Every Other Another Such No Not One Two Three First Second Third Last
    Next Mr Mrs Ms Frau Herr Madame Monsieur Señora Señor Dr Prof Sen Rep Gov Gen Lt Col Capt Adm Sgt St Said Says Told According
    Asked Added Instead Indeed Overall Thus Therefore Moreover Furthermore Yes Please Thank
    Thanks Dear Hi Hello Well Even Just Only Perhaps Maybe Photos Videos Caption Replay Stories Fake
    Image Images Previous Continue Reaction Subscribe Newsletter Menu Search Home Close Skip
    Sens Reps Dems Senators Don't Don’t Down Attn Assn Asst Mom Mommy Dad Daddy Mama Grandma Grandpa""".split()
) | frozenset(  # an auxiliary opening a question ("Can Ken Cuccinelli win?"); not "Will", "May", given names
    w.capitalize() for w in QUESTION_VERBS if w not in ("will", "may", "might"))
# Last words of newspapers' names that name nothing alone elsewhere ("Post a Comment"): "the Post"
# is found as the one newspaper of the article whose name ends so.
PRESS_SHORT = frozenset({"Post"})
# Words of NOT_NAME that are surnames too, after a given name ("Darrell West", "Matt House").
SURNAME_WORDS = frozenset({"House", "West", "North", "South", "East", "Post"})
# Words that never name anyone alone but go on an organisation's name ("Government Accountability
# Office", "Oversight and Government Reform Committee", "Chicago Police Department").
INNER_NAME_WORDS = frozenset({"Government", "Police"})
# Plural nouns of people that may close an organisation's name after "and" ("... Elected and
# Appointed Officials").
PEOPLE_NOUNS_CLOSING = frozenset("officials officers members leaders workers".split())
# A word with a capital inside after two lower-case letters or more: "FedEx", "PowerPoint".
_CAMEL_RE = re.compile(r"^[A-Z][a-z]{2,}[A-Z][A-Za-z]*$")
# Openings of surnames written with a capital inside: "McGahn", "MacArthur", "DeParle", "LePage".
NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "La", "Le", "Du", "Van", "Von")
# Universities news names by one word ("a professor at Yale"): organisations, not names of unknown kind.
UNIVERSITY_NAMES = frozenset(
    """Harvard Yale Princeton Stanford Columbia Georgetown Duke Cornell Dartmouth Vanderbilt Northwestern
    Emory Rutgers Tufts Brandeis Baylor Purdue Fordham Villanova Tulane""".split()
)
# Words that alone name only the organisation named in full before whose name they end ("the
# Catholic Church ... the Church"), else nobody ("the Executive Branch", "in the Commonwealth").
TAIL_ONLY = frozenset("Church Commonwealth World Branch Metro Independent Navy Marine Floor".split())
# Words that are part of names ("Congressional Budget Office") but never a name alone.
LONE_NOT_NAME = frozenset(
    "Day International Congressional Federal Cabinet Administration Web National Capitol Dem CEOs CFOs "
    "Fourth Wall Hill Gang Left Right African Africans Asian Asians Black Blacks White Whites Latin Action "
    "States City County Media Nation Co Presidents Congresses Govs Millennials Midwestern Earth Bible Jr Sr "
    "Christian Assembly Legislature Ph PhD Hmm Hmmm Orwellian Judeo-Christian Confederate Judges "
    "Reconstruction Prohibition Man Friends".split()  # (a legislature alone is a state's or nobody's: see state_bodies)
) | frozenset(  # the people of a US state or city: "1 in 4 Texans has no health coverage"
    w + suffix for w in """Texan Californian Floridian Iowan Ohioan Virginian Arizonan Coloradan Michigander
    Minnesotan Oregonian Pennsylvanian Tennessean Kentuckian Alaskan Hawaiian Nevadan Utahn Wisconsinite
    Marylander Missourian Alabamian Louisianan Mississippian Oklahoman Kansan Nebraskan Arkansan Carolinian
    Vermonter Idahoan Montanan Dakotan Hoosier Illinoisan Washingtonian Bostonian Chicagoan Angeleno
    Philadelphian Yorker Jerseyan Mainer Delawarean Wyomingite Hampshirite Connecticuter Houstonian
    Dallasite Atlantan Detroiter Seattleite Denverite Coloradoan Alabaman Arizonian Brooklynite Manhattanite
    Miamian Baltimorean Clevelander Pittsburgher""".split() for suffix in ("", "s")
)
_NAME_SPLIT_RE = re.compile(r"[-'’]")
_CONTRACTION_RE = re.compile(r"['’](?:m|re|ve|ll|d|t|s)$")
_PARTY_TAG_RE = re.compile(r"^[RDI]-[A-Z]")
# A party and state tag or a state tag after a name, up to its close: "R-Fla.)", "D-N.Y.,", "R-SC)",
# "R-New York)", "Utah)".
_STATE_TAG_RE = re.compile(r"(?:[RDI]-)?((?:[A-Z]\.){2}|W\.Va\.|[A-Z]{2}|[A-Z][a-z]+\.?(?: [A-Z][a-z]+)?)(?=[),\]])")
_PLURAL_ACRONYM_RE = re.compile(r"^[A-Z]{2,}s$")  # things, not names: "HSAs", "IUDs", "NGOs"
_APOSTROPHE_RE = re.compile("['’]")
_TITLE_WORD_RE = re.compile(r"[A-Za-z][\w'’&-]*")  # the words of a quoted title


def _describes(word: str) -> bool:
    """Whether a hyphenated word is a name turned into a description: "Obama-era", "GOP-led",
    "FDA-approved" (a participle in -ed), "Orwellian-sounding" (one in -ing)."""
    if "-" not in word:
        return False
    tail = word.rsplit("-", 1)[1]
    return tail in DESCRIPTOR_SUFFIXES or tail.isalpha() and tail.islower() and (
        len(tail) > 3 and tail.endswith("ed") or len(tail) > 4 and tail.endswith("ing"))


def _is_name_word(word: str) -> bool:
    """A word that can be part of a personal name: "Moore", "McConnell", "O'Brien", "Jae-in", "Édouard"."""
    if len(word) < 2 or not word[0].isupper() or word.isupper():
        return False
    return all(p.isalpha() for p in _NAME_SPLIT_RE.split(word) if p)
_DOTTED_RE = re.compile(r"^(?:[A-Z]\.){1,3}$")
_QUOTE_RE = re.compile(r'[“”"\n]')
_ACRONYM_RE = re.compile(r"^[A-Z][A-Z0-9&.-]{1,9}$")
# Words that end the names of organisations rather than people.
ORG_WORDS = frozenset(
    """Academy Agency Alliance Association Authority Board Bureau Caucus Center Centre Charities Coalition
    College Commission Committee Subcommittee Company Conference Consulate Corporation Corps Council Court Department
    Embassy Federation Forum Foundation Fund Gang Group Guard Hospital Initiative Institute Institutes
    Institution League Ministry Network Office Organization School Organisation Partnership Party Project
    Program Programme Service Services Society Studies Trust Union University Watch Tech Inc Corp LLC Ltd
    Industries Companies Solutions Associates Partners Ministries Holdings Enterprises Technologies Systems
    Laboratories Pharmaceuticals Clearinghouse Airlines""".split()
)
# Words that end the name of a body of people of their own, or of their money, when a government
# body's name opens it ("ICE Union", "FBI Agents Association", "Senate Conservatives Fund").
MEMBERS_BODY_ENDS = frozenset(("Union", "Association", "Federation", "Fund", "Foundation"))
# Words that end the names of laws and documents, which are not actors ("Affordable Care Act").
DOCUMENT_WORDS = frozenset(
    """Act Acts Law Laws Amendment Bill Code Treaty Accord Accords Agreement Doctrine Report Protocol Protocols
    Process Program Programs Account Accounts Plan Rule Clause Memo Dossier Award Awards Prize""".split()
)
# Lowercase words that join the parts of one long name ("Center for Immigration Studies").
CONNECTORS = frozenset("of for to and the de on".split())
# Words before "in" and a company: "an investor in Lyft", "a stake in Uber".
STAKE_WORDS = frozenset("invest invested investing investor investors investment investments stake stakes shares".split())
# Short words a title in capitals keeps in lower case: "Craziest Man on Earth".
TITLE_JOINERS = frozenset("a an the of on in at to for and or with from by".split())
# A party after a person's state: "Ryan Costello, Pennsylvania Republican".
PARTY_WORDS = frozenset("republican democrat democratic independent".split())
# Offices a person is addressed by after an honorific ("Mr. President", "Madam Speaker").
ADDRESSED_OFFICES = frozenset(
    """president speaker chairman chairwoman chair secretary ambassador mayor governor senator
    justice minister premier chancellor leader commissioner director attorney prosecutor""".split()
)
# Honorifics that give a person's gender.
HONORIFIC_GENDER = {"Mr": "male", "Mrs": "female", "Ms": "female", "Miss": "female", "Sir": "male",
                    "Dame": "female", "Lady": "female", "Lord": "male", "King": "male", "Queen": "female",
                    "Frau": "female", "Herr": "male", "Madame": "female", "Monsieur": "male",
                    "Señora": "female", "Señor": "male"}
PRONOUNS = {
    "he": "male", "him": "male", "his": "male", "himself": "male",
    "she": "female", "her": "female", "hers": "female", "herself": "female",
    # "their" is left out: "families returned to their homes" mostly points at people, not at states.
    "they": "plural", "them": "plural", "themselves": "plural",
}
# ... and their contractions, one token each ("He'll", "they're"; "he's" is "he" and "'s")
PRONOUNS.update({p + a + c: PRONOUNS[p] for p in ("he", "she", "they") for a in ("'", "’")
                 for c in ("ll", "d", *(("re", "ve") if p == "they" else ()))})
# Nouns that, after "the", stand for the organisation the article named last ("the group said").
GROUP_WORDS = frozenset(("group", "organization", "organisation"))
# Words that may stand between "the" and an office held now ("the freshman congresswoman", "the
# embattled president"); not those of a past or future holder ("the late senator", "the ousted
# president", "the incoming president"), nor "senior" and "junior", which tell a state's two
# senators apart (the catalog does not).
EPITHETS = frozenset(
    """freshman sophomore veteran embattled outgoing longtime long-serving first-term second-term
    two-term three-term four-term five-term retiring beleaguered influential powerful popular unpopular
    controversial conservative liberal moderate progressive centrist populist hardline hard-line
    right-wing left-wing far-right far-left ailing""".split()
)
AGED = re.compile(r"\d{2,3}-year-old")
# The offices of a country's leader: "the Russian leader" is the one of them the article names.
LEADER_TITLES = ("president", "prime minister", "chancellor", "premier", "supreme leader", "king", "queen", "emir",
                 "crown prince")
# Nouns that make "the Lebanese militant group" a description of a group.
GROUP_NOUNS = frozenset("group groups movement militia militias organization organisation faction".split())
# Nouns after a possessive that show the owner is a person: "Wilson's lawyer".
PERSON_NOUNS = frozenset(
    """wife husband son daughter mother father brother sister family lawyer lawyers attorney
    attorneys campaign spokesman spokeswoman spokesperson aide aides adviser advisers advisor
    chief office friend friends girlfriend boyfriend widow supporters allies critics
    biographer statement remarks tweet tweets testimony face career life death arrest memoir
    resignation nomination view views favor favour post book speech mind opinion column account
    absence honor honour words home body gun car apartment""".split()
)
# Adjectives of armed groups in descriptions ("the Lebanese militant group", "the armed Shiite movement").
ARMED_ADJECTIVES = frozenset(
    """militant armed terrorist terror jihadist jihadi islamist rebel insurgent extremist
    paramilitary shiite shia sunni palestinian islamic hardline radical""".split()
)
# Verbs whose subject is a person: "Mallott resigned", "Moon briefed reporters".
PERSON_VERBS = frozenset(
    """apologized apologised resigned testified pleaded campaigned endorsed vowed tweeted
    briefed married divorced died smiled laughed shrugged nodded sighed retired graduated
    confessed interviewed stepped served believes believed thinks hopes hoped fears feared
    recalled""".split()
)
# Nouns before a name that make it a company's or another organisation's: "the firm Jones Day",
# "drugmaker Eli Lilly", "the ride-hailing company Lyft" (not "publisher", "contractor": people too).
COMPANY_NOUNS = frozenset(
    """company firm retailer automaker carmaker chipmaker drugmaker insurer lender airline
    manufacturer maker conglomerate subsidiary broadcaster website app nonprofit non-profit charity
    consultancy startup start-up""".split()
)
# Last words of a firm's name: "Sturm, Ruger & Co.", "Gilead Sciences Inc.", "PTR Industries".
COMPANY_ENDS = frozenset(
    "Inc Corp LLC Ltd Co Company Companies Industries Pharmaceuticals Holdings Enterprises Technologies Laboratories Airlines".split()
)
# Last words that make a longer name a firm's even after a given name, though they end no name
# inside a longer one ("Oscar Health", "Anderson Robbins Research", "Buck Consultants"; not
# "Pharmaceutical Research" of "Pharmaceutical Research and Manufacturers of America").
FIRM_TAILS = frozenset("Health Research Consultants Consulting Capital Insurance Energy Financial Analytics Labs".split())
# A firm's legal suffixes written in capitals, which end its name ("Chatman LLC").
FIRM_SUFFIXES = frozenset(("LLC", "LLP", "PLC"))
# Words before "with" or "to" and a news medium that make it the medium of what someone said
# ("an interview with Politico", "spoke to NPR", "said to reporters").
MEDIUM_LEADS = frozenset("""interview interviews conversation appearance chat spoke speaking talked talking
    said says explained wrote writing statement remarks comments""".split())
# Nouns that, after "the", stand for the firm the article named last ("the company said").
COMPANY_WORDS = frozenset(
    "company firm insurer retailer manufacturer gunmaker drugmaker automaker carmaker lender airline".split()
)
# Lower-case particles inside personal names ("Kevin de Leon", "Maria de la Cruz", "Pieter van Dorn");
# "la", "los" and "las" only after "de".
NAME_PARTICLES = frozenset("de del della van von der den da di du dos das la los las".split())
# Words before a storm's name, which names nobody ("Hurricane Katrina", "Tropical Storm Harvey").
STORM_WORDS = frozenset("Hurricane Typhoon Cyclone Superstorm Storm".split())
STORM_PLURALS = frozenset("hurricanes typhoons cyclones storms".split())  # before a list of their names
# What a firm has, after its name's possessive ("Lyft's drivers", "Mallinckrodt's shares").
FIRM_THINGS = frozenset(
    """shares stock stocks stores store employees workers customers products product headquarters
    subsidiary subsidiaries plant plants factory factories app platform drivers executives
    shareholders investors revenue revenues profits profit earnings sales brand merger acquisition
    ceo""".split()
)
# Verbs of saying whose next name is the addressee, not the subject of what is said ("told Adams he").
ADDRESSEE_VERBS = frozenset("told tell tells telling informed informs assured assures promised promises".split())
# Words that open a phrase of the telling between a verb of saying and "that" ("said through a
# spokesman that", "said in a statement that", "said on Monday that").
REPORT_PREPOSITIONS = frozenset(
    """through in on at during after before monday tuesday wednesday thursday friday saturday sunday
    yesterday today tonight later earlier repeatedly again privately publicly""".split()
)
# Verbs of saying that a reported clause follows without "that" ("said Obama should ...").
CLAUSE_VERBS = frozenset(
    """said says say saying argued argues arguing noted notes noting warned warns insisted insists added adds
    claimed claims contended contends suggested suggests acknowledged acknowledges explained explains believes
    believed thinks thought predicted predicts stressed stresses maintained maintains wrote writes""".split()
)
# Adverbs between a speaker and the speech verb: "Brat also said".
SPEECH_ADVERBS = frozenset("also later then previously earlier again repeatedly recently once".split())
# The words of a phrase of time between a speaker and the speech verb ("Obama earlier this year
# said", "Trump on Tuesday said"), and how many of them
SPEECH_TIME_WORDS = SPEECH_ADVERBS | frozenset(
    """on in this last year week month weekend morning afternoon evening night monday tuesday wednesday thursday
    friday saturday sunday january february march april june july august september october november
    december""".split())
SPEECH_TIME_REACH = 4
# ... the words such a phrase may open with besides SPEECH_ADVERBS, and may not end with
TIME_PHRASE_OPENERS = frozenset(("on", "in", "last", "this"))
# How many sentences back "the X administration" is what "the administration" means, whoever is
# in office at the article's date.
ADMINISTRATION_REACH = 3
ASIDE_REACH = 30  # how many tokens an aside between dashes may run
# How many sentences after a person of a shared surname is named in full a bare surname is theirs
# for being named last; further on it is the one named most often so far.
SURNAME_RECENCY = 1
# How many sentences back the pronoun that frames a quote ('"...," he said') looks for its one speaker
# when nobody of its kind stands within PRONOUN_WINDOW.
SPEAKER_WINDOW = 5
# The words an organisation's chair goes by ("the Fed chair", "the Federal Reserve chairman").
CHAIR_WORDS = ("chair", "chairman", "chairwoman")
# Words after "the FBI director" that make it an office, not its holder ("the Fed chair nominee"),
# or another office ("the agency's director of communications").
OFFICE_NOUNS = frozenset("nominee nominees pick post position job seat race search candidate candidates hearing "
                         "hearings confirmation vacancy slot of".split())
# Verbs whose object is a thing, not people: "them" after one stands for things ("sell them").
THING_VERBS = frozenset(
    """use used uses using pass passed passes passing sell sold sells selling buy bought buys buying fund
    funded funds funding repeal repealed repealing recreate including implement implemented implementing
    enforce enforced enforcing sign signed signing veto vetoed purchase purchased possess renew renewed
    renewing cancel cancelled canceled ban banned banning read fix fixed build built carry carried
    appropriate appropriated dismantle dismantled dismantling extend extended extends extending enact enacted
    adopt adopted publish published administer administered""".split()
)
# Words of judgement after "it is" that leave "it" standing for nothing ("it was premature to").
EXPLETIVE_WORDS = frozenset(
    """premature speculative unlikely likely clear unclear important possible impossible necessary
    unnecessary time difficult hard easy unfair fair wrong right true false appropriate inappropriate
    critical essential vital better best worth crucial imperative irresponsible ridiculous absurd
    obvious unconstitutional illegal legal inevitable doubtful""".split()
)
# Words of a span of time or amount after "it takes": "it will take only seconds", "it took years".
TIME_SPANS = frozenset(
    """only just about nearly almost at more less longer time years months weeks days hours minutes seconds
    decades""".split()
)
# Numbers in words, which may stand before an actor joined to another ("four Democrats and four Republicans").
COUNT_WORDS = frozenset("two three four five six seven eight nine ten dozen".split())
# Verbs that follow a plural subject ("Activists are ...", "Voters have ...").
PLURAL_AUXILIARIES = frozenset("are were have had will would can could should may might must do did".split())
# Endings of plural nouns for people ("voters", "activists", "politicians", "conservatives").
PEOPLE_PLURAL_ENDS = ("ers", "ists", "ians", "ives", "ors", "ants", "ents")
# Plurals with those endings that name things: "both chambers", "the numbers".
THING_PLURALS = frozenset(
    """chambers numbers papers borders orders powers matters centers centres letters waters layers
    offers answers headquarters corridors doors floors factors errors sectors monitors motives
    incentives objectives archives initiatives alternatives perspectives variants grants
    components documents events payments""".split()
)
# Nouns that speak without an article and are no name: "Police said", "Staff told" (and the
# plurals, IRREGULAR_PLURALS among them).
COLLECTIVE_NOUNS = frozenset(
    """police staff management security intelligence prosecution defense defence media press
    everyone everybody nobody somebody someone anyone anybody none nothing each both all many
    most some few several one another either neither research science history evidence
    government parliament leadership family clergy military less more much little""".split()
)
AUXILIARIES = frozenset("was is has had has been had been will would".split())
# Auxiliaries between a speaker and a verb of saying: "Trump has said he would".
SPEAKING_AUXILIARIES = frozenset("has have had will would".split())
# Words that may follow a name ending its phrase ("responded to Khan in statements").
OBJECT_ENDS = frozenset("in on at for with to from about after before over during since until".split())
# Auxiliaries and modals of a singular subject ("Perry will meet", "Rose was pressed"; not "... of Brown have").
SINGULAR_AUXILIARIES = (QUESTION_VERBS | {"shall"}) - {"are", "were", "have", "do"}
# Verbs, mostly irregular past forms, that show the word before them is their subject ("Kelly brought").
SUBJECT_VERBS = frozenset(
    """took brought told made went came comes gave got won lost ran met sent left put kept held wrote
    spoke thought knew saw became began led paid sought fought felt stood sat fell let set quit says
    argues insists wants needs knows thinks takes makes gets goes gives leads runs""".split()
)
# Participles after "was"/"has" that happen to people: "Rhines was convicted", "Cohen was sentenced".
PERSON_PARTICIPLES = frozenset(
    """convicted sentenced arrested indicted acquitted charged jailed imprisoned elected
    re-elected reelected appointed nominated sworn born raised educated hospitalized
    hospitalised pardoned impeached fired hired ousted deported detained questioned
    interviewed married""".split()
)
# Nouns after a name's possessive that make it a disease or a law named after someone ("Asperger's
# Syndrome", "Alzheimer's disease", "Kate's Law").
EPONYM_NOUNS = frozenset("syndrome disease law palsy".split())
# Endings that make an adjective of an English noun ("prosecutorial", "presidential").
DERIVED_ENDS = ("ial", "al")
# What the stem of a plural noun of people in "-ists" ends with in the English word it comes from
# ("conspiracists": "conspiracy", "lobbyists": "lobby", "extremists": "extreme", "Marxists": -).
AGENT_STEM_ENDS = ("ist", "ism", "y", "e", "ic", "")
# Prepositions before a place name: "talks in Washington".
LOCATIVES = frozenset("in from near outside inside across throughout around".split())
# Endings that make a name describe something else: "Russia-backed", "Hamas-run", "Obama-era".
DESCRIPTOR_SUFFIXES = frozenset(
    """backed run led based controlled owned funded allied linked aligned affiliated supported
    sponsored style era born made bound friendly leaning inspired occupied held dominated
    appointed ruled like type related centric wide specific esque language speaking majority
    minority rated compliant driven""".split()
)
# Last words of newspaper names: "Chicago Tribune", "Arizona Republic".
PRESS_WORDS = frozenset(
    """Times Post Tribune Globe Herald Chronicle Journal Examiner Gazette Star Sun News Republic
    Press Inquirer Register Bee Dispatch Observer Courant Sentinel Daily Magazine Review Telegraph
    Independent Standard Mirror Express Guardian Record Leader Enquirer Beacon Plain Dealer""".split()
)
# US states and their abbreviations: "Newtown, Conn." and "Tucson, Arizona" name places.
US_STATES = frozenset(
    """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia
    Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts
    Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon
    Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming Ala Ariz Ark
    Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla
    Ore Pa Tenn Tex Va Vt Wash Wis Wyo AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME
    MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY
    DC""".split()
)
# A state's postal code by the words news writes it with: name, AP abbreviation or postal code.
STATE_CODE_OF = {
    **{name: code for code, name in US_STATE_CODES.items() if name in US_STATES or " " in name},
    **{w: w for w in US_STATES if len(w) == 2 and w.isupper()},
    **{w: code for code, ws in (
        ("AL", "Ala"), ("AZ", "Ariz"), ("AR", "Ark"), ("CA", "Calif"), ("CO", "Colo"), ("CT", "Conn"), ("DE", "Del"),
        ("FL", "Fla"), ("GA", "Ga"), ("IL", "Ill"), ("IN", "Ind"), ("KS", "Kan Kans"), ("KY", "Ky"), ("LA", "La"),
        ("MD", "Md"), ("MA", "Mass"), ("MI", "Mich"), ("MN", "Minn"), ("MS", "Miss"), ("MO", "Mo"), ("MT", "Mont"),
        ("NE", "Neb"), ("NV", "Nev"), ("OK", "Okla"), ("OR", "Ore"), ("PA", "Pa"), ("TN", "Tenn"), ("TX", "Tex"),
        ("VA", "Va"), ("VT", "Vt"), ("WA", "Wash"), ("WI", "Wis"), ("WY", "Wyo")) for w in ws.split()},
}
# The abbreviations among them and the short names, which a full stop may follow after a place:
# "Seaford, Del.", "Columbus, Ohio.".
US_STATE_ABBREVIATIONS = frozenset(w for w in US_STATES if len(w) <= 5 and w[1:].islower())
# Prefixes written with a hyphen before an ordinary word: "Pre-existing", "Non-profit".
HYPHEN_PREFIXES = frozenset("pre post non anti pro self ex co re semi multi inter intra mid over under".split())
# Last words of names that may go on with "of ...": "New England Journal of Medicine".
TAILED = ORG_WORDS | {"Journal"}
# Fields that "and" joins to a tail of any length: "Center for Gun Policy and Research", "Center for
# Drug Evaluation and Research" (other names after "and" start anew: "... Institute and Obama").
TAIL_FIELDS = frozenset(
    """Research Policy Development Technology Education Health Prevention Treatment Studies Science
    Sciences Innovation Evaluation Training Management Budget Welfare Economics Analysis""".split()
)
# Compass words, which name nothing alone but open a place's or a district's name inside a tail.
COMPASS_WORDS = frozenset("Northern Southern Eastern Western Central North South East West".split())
# Words that open the tail of an organisation's name: "Center for ...", "Council on ...".
TAIL_WORDS = ("of", "for", "on")
# Demonyms of people (not of a catalog country) that make up hyphenated descriptions.
DEMONYM_EXTRA = frozenset("American African Asian Arab Latino Latina Hispanic European Native".split())
# Nouns for people, besides the lexicon's one-word people heads, that an adjective opening a
# sentence may describe ("Young adults"): the adjective is no surname then.
MORE_PEOPLE_NOUNS = frozenset(
    "adults conservatives liberals kids activists customers professionals americans republicans democrats".split()
)
# Last words of newspapers' names ("the newspaper" is the one the article names): not "News" or
# "Press" (Fox News, the Associated Press).
NEWSPAPER_WORDS = frozenset(
    """Times Post Tribune Globe Herald Chronicle Journal Examiner Gazette Sun Republic Inquirer Register
    Bee Dispatch Observer Courant Sentinel Telegraph Independent Guardian Enquirer Dealer""".split()
)
# Nouns that, after "the", name the one organisation of that kind the article names ("the court",
# "the committee"), with the words that show the kind in an organisation's name and those that
# show another ("Department of Health and Human Services" is no agency, the "Tea Party Caucus" no party).
BODY_NOUNS = {
    "court": (("Court",), ()), "committee": (("Committee",), ()), "department": (("Department",), ()),
    "university": (("University",), ()), "party": (("Party",), ("Caucus", "Coalition", "Committee", "Patriots", "Express")),
    "agency": (("Agency", "Administration", "Service", "Services", "Bureau", "Enforcement", "Protection", "Centers"),
               ("Department",)),
    "newspaper": (tuple(sorted(NEWSPAPER_WORDS)), ()),
    "bureau": (("Bureau",), ()), "commission": (("Commission",), ()), "council": (("Council",), ()),
    "board": (("Board",), ()), "caucus": (("Caucus",), ()), "foundation": (("Foundation",), ()),
    "institute": (("Institute",), ()), "association": (("Association",), ()), "coalition": (("Coalition",), ()),
    "hospital": (("Hospital",), ()),
    # a state's armed forces (ARMED_FORCES); a US branch ("U.S. Army") is no "the military"
    "military": (("Forces",), ()), "army": (("Forces", "Army"), ("Corps",)),
    "network": (("CNN", "MSNBC", "CNBC", "NBC", "CBS", "ABC", "PBS", "NPR", "BBC", "C-SPAN", "Jazeera", "Fox", "Univision",
                 "Telemundo", "Network"), ("Journal",)),
}
# Words after "the Court", "the Department" (body nouns in capitals) that make it a longer name:
# "the Department of the Interior", "the University at Buffalo", "the Committee on Homeland Security".
CAPITAL_BODY_TAILS = frozenset(("of", "at", "for", "on"))
# The nouns of BODY_NOUNS that only a state's armed forces are.
ARMED_FORCES = frozenset(("military", "army"))
# Nouns that, after "the", stand for the one country named in their sentence or the one before
# ("Mexico held elections. The country is divided", "... The government said").
COUNTRY_NOUNS = frozenset(("country", "nation", "government"))
# Verbs of entering a country, and the words before "into" that make it one: "entered the country",
# "smuggled into the country", "entry into the country".
ENTRY_VERBS = frozenset("enter enters entered entering reenter reenters reentered reentering re-enter re-entered re-entering".split())
INTO_VERBS = frozenset("entry came come comes coming smuggled sneaked snuck crossed crossing brought admitted".split())
# Body nouns that "of" after them makes something else's: "the foundation of the work week", "the
# court of public opinion" (but "the party of Lincoln", "inform the agency of the people they cover").
OF_OTHER_NOUNS = frozenset("court foundation association board institute council commission coalition bureau caucus hospital".split())
# Words after "the committee" or "the court" that make the phrase a person ("the committee chairman").
# Countries with a federal government, whose government news calls "the federal government".
FEDERAL_COUNTRIES = frozenset(
    """us canada mexico brazil argentina venezuela germany austria switzerland belgium russia bosnia-and-herzegovina
    india pakistan nepal malaysia australia nigeria ethiopia somalia south-sudan iraq uae""".split()
)
# Nouns after "the (federal) government" that name a thing of the government's, not the government
# ("the federal government shutdown", "the government spending bill").
GOVERNMENT_THINGS = frozenset(
    """shutdown shutdowns spending funding funds bill bills budget data debt bonds contract contracts contractor
    contractors jobs job money dollars grants subsidies benefits insurance website documents records
    takeover overreach program programs""".split()
)
BODY_PEOPLE = frozenset("chairman chairwoman chair spokesman spokeswoman spokesperson clerk counsel".split())
# Words after "the court" that make the phrase a matter in court, not the court ("the court case").
COURT_MATTERS = frozenset("case cases battle battles fight fights system date hearing hearings proceedings challenge challenges".split())
# Nouns after "public" that make a thing of the public, not the public ("American public health").
PUBLIC_THINGS = frozenset(
    """health school schools land lands sector debt option education housing service services servants
    transit safety interest radio broadcasting television university universities hospital hospitals
    works funds funding money record records""".split()
)
# The chambers of Congress in the catalog, by the word that opens their committees' names.
CHAMBER_IDS = {"senate": "Senate", "house-of-representatives": "House"}
# Verbs of saying whose object is as often a thing or an event as a quote ("recalled Election Night",
# "the study concluded", "Trump's demands"): no sign that a name next to them is someone's.
NAMELESS_SPEECH_VERBS = frozenset("""recall recalls recalled recalling conclude concludes concluded concluding
    demands complain complains complained complaining""".split())
# Titles of members of Congress, by their chamber ("Sen. Patrick Leahy").
MEMBER_TITLES = {**dict.fromkeys("Sen Sens Senator Senators senator senators".split(), "Senate"),
                 **dict.fromkeys("Rep Reps Congressman Congresswoman congressman congresswoman".split(), "House")}
# Words after "the Texas Republican" that make it a person, not an adjective ("pushed the Florida
# Republican to do more", "bombarding the Texas Republican with criticism").
AFTER_PERSON = frozenset("with to for from on at about in into over against as an a the and that because after".split())
# Nouns after an office's possessive that name the contest for it, not its holder's: "the
# Kentucky governor's race".
OFFICE_CONTESTS = frozenset("race contest election primary seat mansion".split())
# Legislative chambers: "Senate President" is the president of a senate.
CHAMBERS = frozenset("Senate House Assembly Legislature".split())
# First words of federal bodies' names that every state has one of too ("Texas Supreme Court").
STATE_BODIES = CHAMBERS | {"Supreme", "Department", "Attorney"}
# Words after "Texas Senate" that make it a race for Congress ("Texas Senate candidate"), and
# before "state Senate" that make it one ("swing state Senate races").
RACE_WORDS = frozenset(
    "race races candidate candidates campaign campaigns seat seats hopeful hopefuls nominee nominees "
    "contest contests primary primaries runoff runoffs election elections".split()
)
ELECTORAL_STATES = frozenset("red blue swing battleground purple key".split())
# A US state's bodies by the words after the state's name ("the Texas Senate", "Colorado's General
# Assembly", "the New York State Assembly"): the name they are known by after the state's, and
# their kind, by which "the state Senate" or "the legislature" is the one body of that kind the
# article names. "State" may stand between ("Pennsylvania State Police" needs it).
STATE_BODY_FORMS: dict[tuple[str, ...], tuple[str, str]] = {
    ("Senate",): ("Senate", "senate"),
    ("House",): ("House", "house"),
    ("House", "of", "Representatives"): ("House", "house"),
    ("House", "of", "Delegates"): ("House of Delegates", "house"),
    ("Assembly",): ("Assembly", "assembly"),
    ("General", "Assembly"): ("General Assembly", "legislature"),
    ("Legislature",): ("Legislature", "legislature"),
    ("legislature",): ("Legislature", "legislature"),
    ("Supreme", "Court"): ("Supreme Court", "supreme court"),
    ("Supreme", "Judicial", "Court"): ("Supreme Judicial Court", "supreme court"),
    ("Highway", "Patrol"): ("Highway Patrol", "police"),
}
# States whose lower chamber is no "House": "California House Republicans" are members of Congress.
NO_HOUSE_STATES = frozenset(("California", "Nevada", "New York", "Wisconsin", "New Jersey", "Nebraska"))
# The words "the" or "state" goes on with in a state body's name ("the state's Supreme Court").
STATE_BODY_WORDS = frozenset({"state", "'s", "’s"} | {form[0].lower() for form in STATE_BODY_FORMS})
STATE_ONLY_FORMS = {("Police",): ("State Police", "police")}  # after "State" only
# A state's offices named with a tail: "the California Department of Justice", "Ohio Board of Regents".
STATE_OFFICE_WORDS = frozenset("Department Board Office Commission Division".split())
# A discovered person's party, by a tag after the name ("(R-Ohio)", ", D-Calif.,"), a word before the
# title ("Democratic Rep. Jane Doe") or an apposition (", a Republican,", ", Pennsylvania Republican").
PARTY_LETTERS = {"R": "republican-party", "D": "democratic-party"}
PARTY_WORDS_OF = {"Republican": "republican-party", "GOP": "republican-party", "Democratic": "democratic-party",
                  "Democrat": "democratic-party"}
# Words after ", a Republican" that keep it a party member's description (not ", a Republican voter").
PARTY_MEMBER_NOUNS = frozenset(
    """senator representative congressman congresswoman lawmaker legislator governor candidate nominee
    member leader chairman chairwoman chair official operative strategist consultant mayor delegate
    assemblyman assemblywoman councilman councilwoman state congressional who and from of is was""".split()
)
# The states named in two words, and their first words ("D-New York", "R-North Carolina").
TWO_WORD_STATES = frozenset(
    ("New York", "New Jersey", "New Mexico", "New Hampshire", "North Carolina", "North Dakota", "South Carolina",
     "South Dakota", "West Virginia", "Rhode Island")
)
STATE_OPENERS = frozenset(s.split()[0] for s in TWO_WORD_STATES)
# First words of cities named in two words, in party tags too ("D-Los Angeles", "R-San Diego").
CITY_OPENERS = frozenset("Los San Santa El Fort Las La Palm Long Salt Baton Grand Corpus".split())
# Last words of the names of places below a state: "Pinal County", "Jefferson Parish".
PLACE_ENDS = frozenset("County Parish Township Borough".split())
# Words before "School" that make it a school for children, named as the place where something
# happened ("the shooting at Sandy Hook Elementary School"), not as an actor.
SCHOOL_GRADES = frozenset("Elementary High Middle Primary Junior Intermediate".split())
# Last words of the names of buildings, grounds and ways, which are places, not actors ("Logan
# International Airport", "Penn Station", "Lincoln Memorial", "the Otay Mesa Port of Entry"; not
# "Park", "Hall", "Tower", "Bay": surnames).
FACILITY_ENDS = frozenset(
    """Airport Station Stadium Arena Plaza Square Avenue Boulevard Street Road Highway Mall Building
    Cemetery Hotel Base Bridge Memorial Terminal Courthouse Port Theater Theatre Barracks Garden River
    Mountains Canyon World Zoo Resort""".split()
)
# Words that name nobody standing alone: a word that only ends a name ("the Church") or a place's
# ("on the Mall").
NO_LONE_NAME = TAIL_ONLY | FACILITY_ENDS
# Endings that coin a word of a person's surname, which names no actor of its own: "Trumpian",
# "McCarthyism", "Reaganite", "Obamaesque", "Clintoncare", "Obamacrats", "Trumpniks", "Grahamnesty".
COINED_ENDS = ("ian", "ians", "ism", "isms", "ist", "ists", "ite", "ites", "esque", "care", "crat", "crats",
               "nik", "niks", "nesty", "mania", "nomics")
# Words that, right after a person's name, make it the name of something named for them ("the
# Clinton Foundation", "George Washington University", "Trump Tower", "the Reagan Library", "Harris
# Health System"; a system is no organisation of its own: "National Instant Criminal Background Check System").
NAMED_FOR_ONLY = frozenset(("Library", "Museum", "Tower", "Towers", "Interactive", "Poll", "System"))
# Last words that make a discovered name of more than one word a firm's or an institution's, after a
# given name or a title too ("Oscar Health", "Cleveland Clinic", "Ronald Reagan Presidential Library").
INSTITUTION_ENDS = FIRM_TAILS | NAMED_FOR_ONLY - {"Tower", "Towers"} | {"Clinic", "Clinics", "Lab", "Laboratory"}
NAMED_FOR_ENDS = NAMED_FOR_ONLY | ORG_WORDS | FACILITY_ENDS | PLACE_ENDS
# Abbreviated title words, written out as the catalog's offices and "the senator" say them ("Gov. Bush"
# was a governor, "Lt. Gov." a lieutenant governor, "Sen. Jane Doe ... the senator").
TITLE_ABBREVIATIONS = {
    "sen": "senator", "rep": "representative", "gov": "governor", "lt": "lieutenant", "atty": "attorney",
    "gen": "general", "sec": "secretary", "supt": "superintendent", "pres": "president", "amb": "ambassador",
    "dist": "district", "asst": "assistant", "dep": "deputy", "sgt": "sergeant", "det": "detective",
}
# The last word of a longer title that "the <word>" says alone ("U.S. District Judge Jane Doe ... the
# judge", "state Sen. Jane Doe ... the senator").
ROLE_HEADS = frozenset("judge senator governor mayor sheriff congressman congresswoman speaker secretary chairman chairwoman".split())
# Words before one of those heads that make the title another office under it: "Assistant Secretary".
UNDER_HEADS = frozenset("press assistant deputy under vice".split())
# What else a legislator's title makes its bearer: "Rep. Jane Doe ... the congresswoman ... the lawmaker".
LEGISLATOR_WORDS = {
    "representative": ("congressman", "congresswoman", "lawmaker"), "congressman": ("lawmaker",),
    "congresswoman": ("lawmaker",), "senator": ("lawmaker",), "assemblyman": ("lawmaker",),
    "assemblywoman": ("lawmaker",), "delegate": ("lawmaker",),
}
# US offices that turn over on Inauguration Day, January 20 (and the first lady with the president).
INAUGURATED_OFFICES = frozenset(("president", "vice president", "first lady"))
# Words before a title that say its bearer no longer holds it: "former Chief Justice Rehnquist".
PAST_MARKERS = frozenset("former late then ex onetime one-time erstwhile retired".split())
# How far back (in sentences) a pronoun or description looks for its actor.
PRONOUN_WINDOW = 2
LONG_QUOTATION = 40  # characters: a quotation longer than a name or a phrase in quotation marks
LEDE_SENTENCES = 3  # an article's opening sentences, where it names what it is about
QUOTED_SENTENCES = 8  # sentences wholly inside quotation marks a pronoun's reach passes over as one
PRONOUN_TOKEN_REACH = 250  # nor more tokens back than this, in a sentence that goes on and on
REFLEXIVES = frozenset("himself herself themselves".split())
# Words for a whole family after a surname ("the Glosser family", "the Tsarnaev brothers"; not "the
# Clinton daughter").
FAMILY_WORDS = frozenset("family families brothers sisters siblings twins clan household dynasty".split())
# Nouns "family" makes a compound with, which a name before it qualifies ("the Trump family separation
# policy" is the president's).
FAMILY_COMPOUNDS = frozenset(
    "separation separations detention detentions reunification reunifications planning values leave unit units".split()
)
# Nouns after a US president's surname that name the time of their presidency ("the Clinton era").
PRESIDENCY_NOUNS = frozenset(("administration", "era", "presidency"))
# Nouns after a surname that name what only a president has: "a Clinton appointee", "the Clinton years".
PRESIDENTS_NOUNS = frozenset(("appointee", "appointees", "years"))
# Nouns a person's name qualifies as an institution's ("the Trump administration", "Obama-era").
ATTRIBUTIVE_NOUNS = frozenset(
    "administration administrations presidency era foundation doctrine library organization organisation show".split()
)
# People named for someone they serve or back, after an article: "an Obama appointee", "a Trump
# aide": the name only qualifies them ("An Obama appointee, he ..." is the appointee); after a
# possessive pronoun, people of their own ("Perry and his colleagues say they").
FOLLOWER_NOUNS = frozenset(
    """appointee appointees aide aides adviser advisers advisor advisors supporter supporters ally
    allies loyalist loyalists nominee nominees surrogate surrogates donor donors backer backers
    staffer staffers confidant confidante protege protégé colleague colleagues deputy deputies""".split()
)
# Prepositions that open a phrase before the subject ("Like Walker, Thompson ...", "In an
# interview with Pauley, Clinton ..."); not conjunctions ("If Heller votes no, he ..." is Heller)
# nor "for" ("For Sessions, it is ...; he ..." is Sessions).
OPENING_WORDS = frozenset(
    """like unlike without with despite besides beyond under in during following amid upon
    alongside against beside instead""".split()
)
# Past participles not ending in "-ed" that open a passive phrase: "Joined by ...", "Driven by ...".
IRREGULAR_PARTICIPLES = frozenset("""driven shown seen given written taken chosen beaten known led held caught
    brought taught sought struck""".split())
# Offices of towns, counties, courts and police that national figures of the catalog seldom held:
# before a surname, one of them says who is meant only if the catalog's bearer held it.
LOCAL_OFFICES = frozenset("""sheriff mayor judge officer deputy detective det. det sergeant sgt. sgt trooper
    inspector insp. insp corporal cpl. cpl councilman councilwoman alderman coach""".split())
# The catalog's US offices that a title for a state's office may stand for ("the Ohio congressman";
# None: a state's politician, "the Ohio Republican").
STATE_OFFICES = {
    None: ("senator", "representative", "governor"), "congressman": ("representative",),
    "congresswoman": ("representative",), "lawmaker": ("senator", "representative"),
    "legislator": ("senator", "representative"),
}
# Offices the catalog lists in full for everyone it knows who held them: before a surname, one of
# them is not a catalog person who has other offices and never this one ("Senator Paul" is not
# Rep. Ron Paul, "Justice Brennan" not the CIA's John Brennan).
RECORDED_OFFICES = frozenset(("senator", "representative", "governor", "justice"))
# Words that open a noun phrase without describing it: "Perry and his colleagues", "Carney and
# other officials" are a person and people, not "Young and healthy consumers".
NOT_ADJECTIVES = frozenset("""his her their its our my your the a an other others some many several
    all both fellow top senior two three four dozens""".split())
# Subject pronouns, and verbs of thinking and promising that, like the attribution lexicon's
# verbs of saying, a subject pronoun right after takes up their subject ("Trump said he would";
# "Rubio believes she is wrong" still has two readings, but news writes the first far more often).
SUBJECT_PRONOUNS = frozenset(("he", "she", "they"))
# ... and their contractions ("he'll", "they're")
SUBJECT_FORMS = frozenset(p for p in PRONOUNS if re.split("['’]", p)[0] in SUBJECT_PRONOUNS)
# How far back a possessive looks for the subject pronoun of its clause (CLAUSE_BREAKS end it)
PRONOUN_CLAUSE_REACH = 12
RELATIVE_OPENERS = frozenset(("who", "whom", "whose", "which"))
# Words after "her" that make it an object, not a possessive ("told her that", "gave her a").
NOT_AFTER_HER = frozenset("that the a an to and or in on at for with of about as from by if when".split())
# Words before "those" that make it a part of what was named before ("particularly those who").
SUBSET_CUES = frozenset("particularly especially including notably mostly mainly chiefly even".split())
# Verbs of saying whose clause is about whom a body addresses, not the body ("the CDC urges they").
BODY_SAYS_NOT = frozenset("suggest suggests suggested urge urges urged recommend recommends recommended ask asks asked".split())
# Words after "those" that make it people described ("those with ...", "those who ...").
THOSE_AFTER = frozenset(
    "who whose with without in on at of from under over living eligible affected here there already still illegally".split()
)
# A party's member after a state's name ("the Ohio Republican"), and the words that, after such a
# phrase, make it a person acting ("the Ohio Republican has said"; the modals not for one who may
# be yet to come: "the Republican nominee will be chosen").
PARTISANS = frozenset(("Republican", "Democrat"))
PARTISAN_VERBS = frozenset("has had is was will would could should can did does also then".split()) | {
    w.replace("'", q) for w in "won't wouldn't can't couldn't doesn't didn't isn't wasn't hasn't hadn't shouldn't".split()
    for q in "'’"}
# Verbs after "it" that make it the subject of a clause: "The NRA said it would ...".
IT_VERBS = PARTISAN_VERBS - {"also", "then"} | frozenset("may might plans wants intends expects hopes remains needs believes".split())
MODALS = frozenset("will would could should can".split())
# Past tenses not ending in "-ed" after "it" ("The IDF said it struck ..."), and words ending in "-s"
# after "it" that are no verb of the present ("said it as", "put it this way").
IRREGULAR_PASTS = frozenset("""struck hit shot sent made took gave found lost won paid spent sought brought began told
    knew saw met left kept held led sold bought built cut set put ran fought thought felt became came went got shut
    wrote chose drew rose fell threw broke spoke stood understood caught taught meant""".split())
NOT_PRESENT_S = frozenset("this thus plus less unless across perhaps always sometimes besides whereas towards afterwards".split())
# Epithets between "the" and a party's name that keep it one person ("the presumptive Republican nominee").
NOMINEE_EPITHETS = frozenset("presumptive likely eventual probable apparent".split())
# Nouns after "the Republican" or "the Democratic" that name one person ("the Republican nominee").
PARTY_EPITHETS = frozenset(
    "senator governor congressman congresswoman lawmaker nominee candidate leader front-runner frontrunner hopeful "
    "president speaker challenger incumbent".split())
# Words that open a phrase of time before the main clause ("On Sunday, in his remarks, Obama ...").
TIME_OPENERS = frozenset("on at last earlier later this that then now today yesterday meanwhile also still".split())
# Words that open a clause of time, cause or condition before the main clause ("When he took office, Obama ...").
SUBORDINATORS = frozenset("when whenever after before while although though because since once until unless if".split())
# Words besides SUBORDINATORS that open a clause whose subject may follow at once ("that state
# exchanges would", "at which migrants must", "whereby illegal immigrants are released").
CLAUSE_LINKS = frozenset(("that", "which", "whereby", "where"))
# Words before a clause's subject that join it to the clause before ("X spoke while Y ...").
JOINING_SUBJECT = SUBORDINATORS | {"and", "but", "whereas", "yet"}
# What ends a pronoun's clause in the text between words, and the resolutions that name an actor.
CLAUSE_BREAKS = (",", ";", ":", "(", ")", "—", "–", "--", '"', "“", "”")
NAMED_RESOLUTIONS = frozenset(("name", "alias", "short", "surname", "discovered"))
THINKING = frozenset(
    """believes believed thinks thought hopes hoped maintains maintained predicts predicted promises
    promised notes""".split()
)
# Verbs of thinking whose subject a pronoun right after takes up: "activists believe they're".
BELIEVING = THINKING | frozenset(
    "believe think feel felt fear feared hope worry worried expect expected know knew fearing hoping believing".split())
# Verbs after a subject pronoun whose next noun phrase is no object it excludes: a copula's is the
# subject itself ("they are the party"), a verb of thinking's opens a clause ("he thinks Obama ...").
NO_OBJECT_VERBS = frozenset(
    """is are was were be been being am remains remained became becomes seems seemed think thinks
    thought believe believes believed hope hopes hoped fear fears feared know knows knew expect
    expects expected""".split()
) | THINKING | CLAUSE_VERBS
# Words in -ing that open sentences as nouns, not participles.
NOT_PARTICIPLES = frozenset("""nothing something anything everything morning evening building wedding
    meeting hearing funding spending during""".split())
# Verbs whose object is the subject of the infinitive after it ("urged Obama to use his veto").
CONTROL_VERBS = frozenset("""urged urge urges urging advised advise advises advising told tell tells telling
    asked ask asks asking encouraged encourage encourages encouraging pressed press presses pressing
    pushed push pushes pushing warned warn warns warning persuaded persuade convinced convince challenged
    challenge challenges invited invite invites forced force forces ordered order orders begged beg begs
    implored implore implores allowed allow allows directed direct directs instructed instruct instructs
    call called calling calls badgered badger badgers badgering pressured pressure pressures pressuring
    prodded prod prods prodding dared dare dares""".split())
# Pronouns that cannot be the subject of their own clause ("McCain called him").
OBJECT_PRONOUNS = frozenset(("him", "them"))
# Heads of an apposition that make the lone name before it a person's ("Morello, a self-styled
# socialist and political activist", "Freeman, a former mixed martial arts fighter from Florida").
PERSON_HEADS = frozenset(
    """activist actor actress adviser advisor advocate aide analyst anchor artist athlete attorney
    author billionaire biographer bishop blogger businessman businesswoman candidate ceo chef
    chairman chairwoman coach columnist comedian commentator congressman congresswoman consultant
    contractor correspondent critic daughter democrat deputy designer diplomat doctor economist
    editor entrepreneur executive farmer father fighter filmmaker founder graduate historian host
    investor journalist judge lawmaker lawyer leader lobbyist man mother musician nephew niece
    novelist nurse officer operative owner pastor philanthropist physician pilot player poet
    politician pollster priest producer professor prosecutor rabbi rapper reporter republican
    researcher scholar scientist senator sheriff singer sister socialist soldier son spokesman
    spokeswoman strategist student teacher veteran widow woman writer major captain sergeant lieutenant
    colonel commander agent detective marine suspect victim teenager teen shooter gunman killer
    assailant attacker wonk expert resident immigrant refugee survivor defendant plaintiff witness
    official employee volunteer organizer protester girl boy legislator head chief boss president
    co-author coauthor co-founder cofounder recipient patient worker voter parent""".split()
) | {w for w in FOLLOWER_NOUNS if not w.endswith("s")}  # "a supporter", "an appointee"
# Heads of a party's phrase for one person that stands in apposition to them ("Ben Sasse, a
# Republican senator from Nebraska"), and the words that open such a phrase.
APPOSED_PARTY_HEADS = PERSON_HEADS | frozenset(
    "nominee governor negotiator mayor hopeful challenger incumbent contender appointee whip".split())
APPOSITION_OPENERS = frozenset("a an the then former once".split())
# Nouns for people that say their gender ("daughter Jocelyne Cardenas").
NOUN_GENDER = {
    **dict.fromkeys("daughter mother niece sister wife actress businesswoman chairwoman congresswoman".split(), "female"),
    **dict.fromkeys("son father nephew brother husband businessman chairman congressman".split(), "male"),
}
# Words that end an apposition's noun phrase: ", a former fighter from Florida", ", an activist who".
APPOSITION_ENDS = frozenset("and or who whom whose that which from of at in for with on since".split())
# Adverbs between "that" or a conjunction and the subject of its clause: "that perhaps the president".
CLAUSE_ADVERBS = frozenset("perhaps maybe probably possibly now also still even only then".split())
# Auxiliaries before the verb of a predicate joined by "and": "and has been giving him".
JOINED_AUXILIARIES = frozenset("has have had been is was will would may might could should must".split())
# Participles of what one does to another person, whose subject is the clause's before a comma:
# "Cruz praised Rubio, calling him an asset" (not one of what an event does: "Trump won, giving him").
ADDRESSING_PARTICIPLES = frozenset(
    """calling asking urging telling praising accusing thanking warning criticizing criticising blaming
    inviting pressing pressuring begging encouraging congratulating attacking slamming labeling labelling
    dubbing branding challenging questioning blasting mocking chiding scolding defending""".split()
)
# Words after "that" that make it point at a time, opening no clause: "that same day".
THAT_TIMES = frozenset("same day night week weekend month year morning afternoon evening time".split())
CLAUSE_PUNCTUATION = ",;:\"“”"  # between a subject and a verb it shares: another clause, or a quotation
# Words that open another clause or an infinitive between a mention and a pronoun.
CLAUSE_OPENERS = frozenset(
    """that said says say because if when while after before and but or as since although though
    whether to which who whom until unless""".split()
)
# Nouns of an apposition that make the name before it a body's, besides COMPANY_NOUNS ("Mercatus, a
# think tank").
BODY_APPOSITION_NOUNS = frozenset(
    """organization organisation group agency institute tank coalition association union network
    foundation charity outlet newspaper publication""".split()
)
# Nouns of an apposition that make the name before it a place ("Lewiston, a city of 36,000"), and
# whose "of" names a place ("the northern community of Dovev").
PLACE_NOUNS = frozenset(
    """city town village suburb neighborhood neighbourhood borough county state province region
    capital port island community township hamlet municipality district area governorate kibbutz""".split()
)
_COMMA_RE = re.compile(",")
PLACE_AFTER = frozenset("of in on near outside along where that with about just north south east west".split())
KIN_NOUNS = frozenset(
    "brother sister son daughter wife husband father mother cousin uncle aunt nephew niece widow".split()
)
# People a possessive names after a mention: "Hadiya's mother", "Obama's spokesman".
OWNED_PEOPLE = KIN_NOUNS | PERSON_HEADS
# Nouns after a surname that make it a family's ("the Koch brothers", "the Cavazos family").
FAMILY_NOUNS = KIN_NOUNS | {"family", "clan", "household"}
# Words that may open a sentence before its subject ("But they ...").
SENTENCE_LEADS = frozenset("but and or yet so still now meanwhile however then".split())
# Prepositions that open a phrase of time or place before a sentence's subject ("At the end of the
# interview, he ..."), and how many words such a phrase has at most.
OPENING_PREPOSITIONS = frozenset("at in on after during by later earlier within throughout until".split())
OPENING_PHRASE_MAX = 10
# ... and the words that open a phrase of time or place after a verb of saying that closes its sentence
# (", Cabrera said to reporters."), and how many tokens it has at most.
CLOSING_PREPOSITIONS = OPENING_PREPOSITIONS | {"to", "from"}
CLOSING_PHRASE_MAX = 10
IRREGULAR_PLURALS = frozenset("people children men women folks".split())
# Words that open a noun phrase: "the insurer and Aetna said they" joins a noun and an actor.
DETERMINERS = frozenset("the a an his her its their our your this that".split())
# Words that open a noun phrase, whose next word is no name standing alone ("no Deal", "some Black voters").
NOUN_OPENERS = DETERMINERS | frozenset("these those my no every each any some".split())
# Plural nouns "they" and "them" take up more often than an actor named before them: an irregular
# plural, or a lower-case word in -s after one of these words ("their plans", "the new policies",
# "2 million people"): between an actor and the pronoun, it leaves the pronoun unresolved.
PLURAL_CUES = frozenset(
    """the their these those many some all most other others few several both such more our your
    his her its of own new two three four five six seven eight nine ten dozens hundreds thousands
    millions million billion dozen hundred thousand""".split()
)
# Nouns after a lone name that make it a court case's ("the Flores settlement").
CASE_NOUNS = frozenset("settlement agreement decision ruling case lawsuit litigation precedent rule".split())
# Words that open a sentence in capitals and are never a name's first word ("At the ...").
OPENING_FUNCTION_WORDS = frozenset(
    """at in on to for from by with into of near after before during under like unlike among since despite
    and but or so yet as if when while""".split()
)
# Plurals of things news often takes up with "them": "mass shootings ... to prevent them".
THEM_THINGS = frozenset(
    """shootings bills reforms measures subsidies plans laws benefits programs policies rules regulations
    proposals amendments guns weapons rifles firearms votes taxes cuts mandates exchanges premiums changes
    provisions protections permits visas funds attacks ads tweets comments remarks documents records
    emails cases charges lawsuits orders ideas issues problems questions actions decisions moves steps
    efforts claims allegations accusations statements stories findings rulings sanctions tariffs deals
    agreements treaties negotiations demands requests conditions restrictions limits""".split()
)
# Words before "them" that take people, not things: "warning them", "hard for them".
PEOPLE_OBJECT_WORDS = frozenset(
    """warn warned warning warns help helped helping helps urge urged urging urges ask asked asking asks tell
    told telling tells label labeled labeling labelled labelling prohibit prohibits prohibited force forced
    forcing forces allow allowed allows allowing let lets pressure pressured pressuring push pushed pushing
    remind reminded reminding blame blamed blaming accuse accused accusing criticize criticized criticizing
    attack attacked attacking hurt hurts hurting for offer offered offering offers give gave given giving gives
    earn earned earning earns cost costing costs grant granted granting grants owe owed owes""".split()
)
# Quantities of a group before "of them", which take people, not things: "battling both of them".
PARTITIVE_PEOPLE = frozenset("both all each several many most some none".split())
PARTITIVE_THING_REACH = 6  # tokens: things named closer than this are what "all of them" are
# Words before a predicate noun, which names no one else: "labeling Democrats as socialists".
PREDICATE_OPENERS = frozenset("as become became becoming be been being are were is was".split())
# Prepositions: a word in -s right after one is a noun ("between nativists", "for immigrants").
PREPOSITIONS = frozenset("between against for from about into toward towards".split())
# Words after a name that are not its verb, or a verb whose predicate may name another ("and
# Schumer to his left", "and Jonathan his phone", "and Roberts was one of his clerks").
NOT_VERBS = OBJECT_ENDS | PREPOSITIONS | {"the", "a", "an", "of", "and", "or", "was", "is", "were", "are", "became"}
# Words before a place's name that keep it a place: "officials in Moscow said", "the mayor of Paris".
PLACE_PREPOSITIONS = frozenset("in at to from into of near outside across via inside around through".split())
# What a government does, as the verb its capital is the subject of: "Moscow denied", "Beijing retaliated".
STATE_ACTS = frozenset(
    """accuse accuses accused deny denies denied reject rejects rejected warn warns warned threaten threatens
    threatened demand demands demanded respond responds responded retaliate retaliates retaliated condemn
    condemns condemned blame blames blamed urge urges urged announce announces announced insist insists
    insisted refuse refuses refused agree agrees agreed vow vows vowed impose imposes imposed sanction
    sanctions sanctioned expel expels expelled summon summons summoned protest protests protested pressure
    pressures pressured back backs backed support supports supported oppose opposes opposed want wants
    wanted seek seeks sought fear fears feared hope hopes hoped claim claims claimed signal signals signaled
    signalled approve approves approved order orders ordered recognize recognizes recognized recognise
    recognises recognised welcome welcomes welcomed dismiss dismisses dismissed criticize criticizes
    criticized criticise criticises criticised object objects objected launch launches launched deploy
    deploys deployed recall recalls recalled negotiate negotiates negotiated""".split()
)
# What a government does or holds, after its capital's possessive: "Beijing's response" (not "Moscow's streets").
STATE_DOINGS = frozenset(
    """response decision decisions policy policies position stance claim claims demand demands refusal support
    backing annexation invasion aggression crackdown threat threats plan plans move moves offer proposal
    sanctions retaliation ambitions influence leadership involvement interference pressure behavior behaviour
    actions intentions objections warning warnings denial denials""".split()
)
CAPITAL_AUXILIARIES = frozenset("has had have will would could may might did does is was".split())
# Words after a capital that make it the object of the verb before it: "urged Washington to act",
# "warned Washington against", "accused Moscow of" (not "accused Washington politicians").
OBJECT_LINKS = frozenset("to against of over on for not".split())
# Words whose "'s" is "is" or "us" ("WHO'S", "IT'S", "LET'S"): in a line in capitals, no acronym's possessive.
CONTRACTED_WORDS = frozenset("who it that what there here let he she where how when".split())
# Roles in a transcript's speaker label that make the speaker the programme's own journalist, whose
# turns narrate ("STEVE INSKEEP, HOST:", "JO RUIZ, BYLINE:", "JAKE TAPPER, CNN ANCHOR:").
JOURNALIST_ROLES = frozenset("""HOST CO-HOST ANCHOR CO-ANCHOR BYLINE CORRESPONDENT REPORTER MODERATOR NEWSCASTER
    INTERVIEWER""".split())
# Speaker labels of transcripts that name nobody ("UNIDENTIFIED MAN:", "CROSSTALK").
LABEL_WORDS = frozenset(
    """UNIDENTIFIED MAN WOMAN MALE FEMALE CROWD HOST BYLINE ANNOUNCER REPORTER NARRATOR MODERATOR
    QUESTION ANSWER AUDIENCE CROSSTALK SOUNDBITE PROTESTERS PROTESTER SPEAKER VOICE CHILD STUDENT
    STUDENTS GROUP CHANTING APPLAUSE LAUGHTER END TAPE BEGIN VIDEO CLIP UPDATE NOTE EDITOR
    CORRECTION FACTS FACT CHECK BREAKING EXCLUSIVE WATCH READ MORE PHOTOS PHOTO PARTICIPANT
    PARTICIPANTS OFFICER INTERVIEWER SUBJECT CALLER COMMERCIAL BREAK QUIZ POLL RELATED ANALYSIS
    OPINION LIVE SOURCE SOURCES TRANSCRIPT CARTOON CARTOONS GRAPHIC GRAPHICS STORY STORIES BRIEFING
    PODCAST ENGAGE LATEST INTERACTIVE INQUIRY VERIFIED QUIZZES PROFILE INTERVIEW AUDIO EDITING REPORTING
    PRODUCTION PHOTOGRAPHY DESIGN""".split()
)
_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})

Form = tuple[tuple[str, ...], str, str]  # (tokens, actor id, resolution)


@lru_cache(maxsize=65536)
def _tokens_of(text: str) -> tuple[str, ...]:
    """The word tokens of a name or form, found once per text (a long article's new names compare
    with every name found before)."""
    return tuple(t.text for t in tokenize(text))


# The given names a short form stands for when it names a person's id ("Jim Porter" and "James
# Porter" in two articles are one actor): the nicknames that stand for one name in news (not
# "Will", "Harry", "Jack", "Ted" ..., names of their own too) and common clipped forms.
FORMAL_GIVEN = {k: v for k, v in NICKNAMES.items() if k not in (
    "will", "harry", "hank", "jack", "ted", "ed", "beto", "lou", "newt", "kate", "kathy", "sue", "peggy", "maggie",
    "beth", "bernie", "charlie")} | {
    "billy": "william", "bobby": "robert", "tommy": "thomas", "danny": "daniel", "chris": "christopher",
    "doug": "douglas", "matt": "matthew", "tim": "timothy", "phil": "philip", "ron": "ronald", "ken": "kenneth",
    "ray": "raymond", "jeff": "jeffrey", "greg": "gregory", "nick": "nicholas", "andy": "andrew", "don": "donald",
    "josh": "joshua", "fred": "frederick", "vince": "vincent", "zach": "zachary", "jake": "jacob", "johnny": "john"}
_INITIAL_WORD_RE = re.compile(r"[A-Z]\.$")


_NICKNAME_RE = re.compile(r"^\S+(?: \S+)? ([\"“'](\S+?)[\"”']) \S")


def nickname_of(name: str) -> str | None:
    """The nickname quoted inside a person's name, after the given name and maybe an initial or a
    middle name: "Kate" of 'Kathryn "Kate" Steinle', "Bill" of 'William H. "Bill" Herrington'."""
    m = _NICKNAME_RE.match(name)
    return m.group(2) if m else None


def without_nickname(name: str) -> str:
    """A person's name without the nickname quoted in it: 'Kathryn "Kate" Steinle' -> "Kathryn Steinle"."""
    m = _NICKNAME_RE.match(name)
    return name[:m.start(1)] + name[m.end(1) + 1:] if m else name


def person_key(name: str, person: bool = True) -> str:
    """The name a discovered person's id is made from: the given name in its full form, without
    middle initials. "Michael F. Cannon", "Mike Cannon" and "Michael Cannon" in three articles are
    one actor; a middle name stays ("James Alan Fox" is no James Fox), as does a "Jr." (he may be
    his father's son). A name not known to be a person's (``person`` false) only loses its middle
    initials."""
    words = without_nickname(name).split()  # 'Kathryn "Kate" Steinle' is Kathryn Steinle
    if len(words) < 2:
        return name
    formal = FORMAL_GIVEN.get(words[0].lower()) if person else None
    given = formal.capitalize() if formal else words[0]
    return " ".join([given, *(w for w in words[1:-1] if not _INITIAL_WORD_RE.match(w)), words[-1]])


class _Discovered(dict):
    """The actors an article names that the catalog does not, by id, with indexes of their names
    for ``_Resolver.new_actor``: each new name is compared with the few that share its surname or
    end like it, not with every name found before (an article naming thousands of people stays
    linear). Entries are replaced (a kind or a party learnt) but never removed, and a replaced
    entry keeps its name, so the indexes hold ids and the lookups read the entries as they are."""

    def __init__(self) -> None:
        super().__init__()
        self.by_surname: dict[str | None, list[str]] = defaultdict(list)  # names with a space, by surname_of
        self.by_ending: dict[str, list[str]] = defaultdict(list)  # names of three words or more, by
        # each end of their slug that starts at a hyphen ("-garcia-zarate" of "jose-ines-garcia-zarate")

    def __setitem__(self, ident: str, actor: Actor) -> None:
        if ident not in self:
            self._index(ident, actor.name)
        super().__setitem__(ident, actor)

    def setdefault(self, ident: str, actor: Actor) -> Actor:  # type: ignore[override]
        if ident not in self:
            self[ident] = actor
        return self[ident]

    def _index(self, ident: str, name: str) -> None:
        if " " in name:
            self.by_surname[surname_of(name)].append(ident)  # (None too: a name of a given name and "Jr.")
        if len(name.split()) > 2:
            s = slug(name)
            for k, ch in enumerate(s):
                if ch == "-":
                    self.by_ending[s[k:]].append(ident)


def surname_of(name: str) -> str | None:
    """The last name of a personal name, skipping suffixes ("Robert F. Kennedy Jr." -> "Kennedy")."""
    parts = [p for p in _tokens_of(name) if p not in _SUFFIXES]
    return parts[-1] if len(parts) > 1 else None


def _by_surname(people: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """Ids of people by their surname, as written with either apostrophe ("O'Connor" and
    "O’Connor") and without accents ("Saldana" for Saldaña), from (id, name) pairs in order."""
    out: dict[str, list[str]] = defaultdict(list)
    for ident, name in people:
        s = surname_of(name)
        if s:
            plain = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
            if len(plain) != len(s):
                plain = s  # letters without an ASCII base would be lost: no such form
            for form in dict.fromkeys((s.replace("’", "'"), s.replace("'", "’"), plain)):
                out[form].append(ident)
    return dict(out)


@lru_cache(maxsize=65536)
def _body_nouns(name: str) -> tuple[str, ...]:
    """The nouns of BODY_NOUNS an organisation's name makes it ("the court" for the "9th U.S. Circuit
    Court of Appeals"), found once per name."""
    words = set(name.split())
    return tuple(noun for noun, (kind_words, other_words) in BODY_NOUNS.items()
                 if not words.isdisjoint(kind_words) and words.isdisjoint(other_words))


def _spelled_out(words: Sequence[str]) -> list[str]:
    """A title's lower-case words with abbreviations written out ("lt", "gov" -> "lieutenant",
    "governor")."""
    return [TITLE_ABBREVIATIONS.get(w, w) for w in words]


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def _month_day(date: str | None) -> tuple[int, int] | None:
    """(month, day) of a YYYY-MM-DD date, or None."""
    if date and len(date) >= 10 and date[5:7].isdigit() and date[8:10].isdigit():
        return int(date[5:7]), int(date[8:10])
    return None


def _apostrophe_variants(form: str) -> list[tuple[str, ...]]:
    """A form written with the other apostrophe: "McDonald’s" for "McDonald's" and back."""
    if "'" in form:
        return [_tokens_of(form.replace("'", "’"))]
    if "’" in form:
        return [_tokens_of(form.replace("’", "'"))]
    return []


def _ampersand_variants(form: str) -> list[tuple[str, ...]]:
    """The tokens of a catalog form with "and" and "&" swapped between words, if it has either: a
    name written one way is found written the other ("House Energy & Commerce Committee", "Smith
    and Wesson"). "&" is no token, so "X & Y" is found as the words X Y."""
    return [_tokens_of(form.replace(a, b)) for a, b in ((" and ", " & "), (" & ", " and ")) if a in form]


class ActorIndex:
    """The catalog compiled for matching: every surface form keyed by its first token."""

    def __init__(self, lex: Lexicons, speech_verbs: Sequence[str] = ()) -> None:
        self.actors = {a.id: a for a in lex.actors}
        self.names = frozenset(a.name for a in lex.actors)
        self.by_surname = _by_surname((a.id, a.name) for a in lex.actors if a.kind == "person")
        # US presidents by surname ("Clinton" -> Bill Clinton): whose "the Clinton administration" is
        self.presidents = _by_surname((a.id, a.name) for a in lex.actors
                                      if any(r.title == "president" and r.of == "us" for r in a.roles))
        forms: dict[str, list[Form]] = defaultdict(list)
        demonyms: dict[str, list[Form]] = defaultdict(list)
        self.demonym_of: dict[str, str] = {}  # country id -> its adjective ("israel" -> "Israeli")
        for actor in lex.actors:
            written = list(iter_forms(actor))
            seen = {_tokens_of(form) for form, _ in written}
            # the forms as the catalog writes them, then with "and" and "&" swapped ("House Energy
            # & Commerce Committee") and with the other apostrophe ("America’s Health Insurance Plans"),
            # unless the catalog writes that too
            variants = [(toks, resolution) for form, resolution in written
                        for toks in (*_ampersand_variants(form), *_apostrophe_variants(form)) if toks not in seen]
            for toks, resolution in [(_tokens_of(form), resolution) for form, resolution in written] + variants:
                if toks:
                    forms[toks[0]].append((toks, actor.id, resolution))
                if toks and toks[0] == "the" and len(toks) > 1:  # "the House" opens a sentence as "The House"
                    forms["The"].append((("The", *toks[1:]), actor.id, resolution))
            for d in actor.demonyms:
                toks = _tokens_of(d)
                if toks:
                    demonyms[toks[0]].append((toks, actor.id, "demonym"))
            if actor.demonyms:
                self.demonym_of[actor.id] = actor.demonyms[0]
        # "F.B.I.", "the N.S.A.": an acronym of the catalog written with full stops is that acronym.
        catalog_tokens = {toks for lst in forms.values() for toks, _, _ in lst}
        for actor in lex.actors:
            if actor.kind == "person":
                continue
            for form, resolution in iter_forms(actor):
                dotted = (".".join(form) + ".",)
                if 2 <= len(form) <= 6 and form.isalpha() and form.isupper() and dotted not in catalog_tokens:
                    forms[dotted[0]].append((dotted, actor.id, resolution))
        # a non-actor form yields to a catalog actor of the same words: a user's own entry for
        # "California" (or the built-in Puerto Rico) names that actor, not a place to pass over
        for form in lex.non_actors:
            toks = _tokens_of(form)
            if toks and toks not in catalog_tokens:
                forms[toks[0]].append((toks, "", "none"))
        for table in (forms, demonyms):
            for lst in table.values():
                lst.sort(key=lambda f: (-len(f[0]), f[1]))
        self.forms = dict(forms)
        self.demonyms = dict(demonyms)
        # words that are a demonym by themselves ("Israeli", not "Solomon" of "Solomon Islanders")
        self.demonym_words = frozenset(w for w, lst in demonyms.items() if any(len(f[0]) == 1 for f in lst)) \
            | frozenset(f[0][-1] for lst in demonyms.values() for f in lst if len(f[0]) > 1)  # "Korean" of "North Korean"
        # words that are a catalog form by themselves ("Obama", "Boston"; not "Rose" of "Rose Garden")
        self.one_word_forms = frozenset(w for w, lst in forms.items() if any(len(f[0]) == 1 for f in lst))
        self.form_tables = _form_tables(self.forms)
        self.demonym_tables = _form_tables(self.demonyms)
        self.form_actor = {" ".join(f[0]): f[1] for lst in forms.values() for f in lst if f[1]}
        # capitals by their first word -> (words, country), longest first ("Mexico City", "Moscow")
        capitals: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
        for a in lex.actors:
            for c in a.capitals:
                toks = _tokens_of(c)
                capitals[toks[0]].append((toks, a.id))
        self.capitals = {w: sorted(lst, key=lambda f: -len(f[0])) for w, lst in capitals.items()}
        # a congressional committee's name without its chamber -> chamber -> the committee
        # ("Judiciary Committee" -> Senate and House Judiciary Committees)
        self.committees: dict[str, dict[str, str]] = defaultdict(dict)
        for form, ident in sorted(self.form_actor.items()):
            chamber, _, rest = form.partition(" ")
            if chamber in ("Senate", "House") and rest.endswith(" Committee") and self.actors[ident].government == "us":
                self.committees[rest].setdefault(chamber, ident)
        self.heads = sorted((tuple(h.lower().split()) for h in lex.demonym_heads), key=len, reverse=True)
        self.plural_heads = frozenset(h[0] for h in self.heads if len(h) == 1 and h[0].endswith("s"))
        titles: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for t in lex.titles:
            toks = _tokens_of(t)  # "Lt. Gov." -> ("Lt", "Gov"): full stops are not tokens
            titles[toks[0]].append(toks)
        for lst in titles.values():
            lst.sort(key=len, reverse=True)
        self.titles = dict(titles)
        # titles of two words or more in lower case, as news style writes them before a name
        # ("White House press secretary Sarah Sanders", "attorney general Jeff Sessions")
        lower_titles: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for lst in titles.values():
            for toks in lst:
                if len(toks) > 1 and tuple(t.lower() for t in toks) not in lower_titles[toks[0].lower()]:
                    lower_titles[toks[0].lower()].append(tuple(t.lower() for t in toks))
        self.lower_titles = dict(lower_titles)
        # (not "Pro" of "President Pro Tem", a word of names too: "Bass Pro Shops")
        self.title_tokens = frozenset(tok for lst in titles.values() for toks in lst for tok in toks) - {"Pro", "pro"}
        self.speech_verbs = frozenset(v for v in speech_verbs if " " not in v) - NAMELESS_SPEECH_VERBS
        # news media's names and aliases, longest first, to tell which one an outlet's name is
        self.media = sorted(((f.lower(), a.id) for a in lex.actors if a.sector == "media" for f in (a.name, *a.aliases)),
                            key=lambda p: (-len(p[0]), p))
        self._outlets: dict[str, str | None] = {}
        self.first_names = dict(lex.first_names)
        self.english, self.word_names = english_words()
        self.ambiguous = {a.form: a for a in lex.ambiguous}
        # Office titles, lowercase word tuples, for descriptions ("the secretary of state").
        role_titles = {tuple(r.title.split()) for a in lex.actors for r in a.roles}
        role_titles |= {tuple(t.lower().split()) for t in lex.titles if not t.endswith(".") and " " in t}
        role_titles |= {("president",), ("chancellor",), ("premier",), ("governor",), ("senator",)}
        role_titles |= {(w,) for w in ROLE_HEADS} | {(w,) for words in LEGISLATOR_WORDS.values() for w in words}
        by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for t in sorted(role_titles, key=len, reverse=True):
            by_first[t[0]].append(t)
        self.role_titles = dict(by_first)  # first word -> titles, longest first
        # Words a description can start with: an office, an armed group's adjective or a group noun.
        self.description_heads = frozenset(self.role_titles) | ARMED_ADJECTIVES | GROUP_NOUNS
        # (actor, first year, last year, whether the office turns over on January 20)
        self.role_holders: dict[tuple[str, str | None], list[tuple[str, int | None, int | None, bool]]] = defaultdict(list)
        for a in lex.actors:
            for r in a.roles:
                january = r.of == "us" and r.title in INAUGURATED_OFFICES
                self.role_holders[(r.title, r.of)].append((a.id, r.start, r.end, january))
                self.role_holders[(r.title, None)].append((a.id, r.start, r.end, january))
        # what news calls an actor after "the" once it is named ("the enclave", "the Jewish state"),
        # by first word: (words, actor id), the longest first
        self.descriptions: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
        for a in lex.actors:
            for d in a.descriptions:
                self.descriptions[d.split()[0]].append((tuple(d.split()), a.id))
        for entries in self.descriptions.values():
            entries.sort(key=lambda e: (-len(e[0]), e))
        # a country's parliaments, as the catalog names them ("UK Parliament", "German Parliament")
        self.parliaments: dict[str, list[str]] = defaultdict(list)
        for a in lex.actors:
            if a.kind == "organisation" and a.government and any(f.lower().endswith(" parliament") for f in (a.name, *a.aliases)):
                self.parliaments[a.government].append(a.id)
        # the people of a country ("Israeli people", "Israelis"), apart from its other groups
        self.people_of = peoples_of(lex.actors)
        self.peoples = frozenset(self.people_of.values())
        self.people_heads = sorted((tuple(h.lower().split()) for h in lex.people_heads), key=len, reverse=True)
        # one-word nouns for people, which an adjective opening a sentence may describe ("Young people")
        self.people_nouns = frozenset(h[0] for h in self.people_heads if len(h) == 1) | MORE_PEOPLE_NOUNS
        self.groups_of: dict[str, list[str]] = defaultdict(list)
        for a in lex.actors:
            if a.kind == "group" and a.country and a.id not in self.peoples:
                self.groups_of[a.country].append(a.id)

    def english_like(self, word: str) -> bool:
        """Whether a lower-case word the English word list lacks is an adjective derived from an
        English noun in it ("prosecutorial") or a plural noun of people ("conspiracists")."""
        if word.endswith("ists") and len(word) > 7:  # people of a view or a trade: "conspiracists" (conspiracy)
            return any(word[:-4] + end in self.english for end in AGENT_STEM_ENDS)
        return any(word.endswith(end) and len(word) - len(end) > 4 and word[:-len(end)] in self.english
                   for end in DERIVED_ENDS)

    def outlet_actor(self, outlet: str | None) -> str | None:
        """The catalog news medium an outlet's name names ("New York Times - News": The New York
        Times, "CNN (Web News)": CNN), or None."""
        if not outlet:
            return None
        if outlet not in self._outlets:
            low = outlet.lower()
            self._outlets[outlet] = next(
                (a for f, a in self.media if re.search(rf"(?<!\w){re.escape(f)}(?!\w)", low)), None)
        return self._outlets[outlet]


@dataclass
class _Hit:
    first: int
    last: int  # inclusive token index
    actor: str
    resolution: str
    span: tuple[int, int] | None = None  # characters, for a part of a token ("Trump" in "anti-Trump")


FormTable = list[tuple[int, dict[tuple[str, ...], Form]]]  # (length, tokens -> form), longest first


def _form_tables(table: dict[str, list[Form]]) -> dict[str, FormTable]:
    """Forms by first token, then by length and tokens: a look-up per length, not a test per form.
    Of forms with the same tokens the first in the given order wins."""
    out: dict[str, FormTable] = {}
    for first, forms in table.items():
        by_len: dict[int, dict[tuple[str, ...], Form]] = {}
        for form in forms:
            by_len.setdefault(len(form[0]), {}).setdefault(form[0], form)
        out[first] = sorted(by_len.items(), reverse=True)
    return out


def _match_at(words: Sequence[str], i: int, table: FormTable, sent: Sequence[int]) -> Form | None:
    """The longest form of ``table`` that the tokens from ``i`` spell within one sentence."""
    n = len(words)
    for k, forms in table:
        if i + k <= n and sent[i + k - 1] == sent[i]:
            form = forms.get(tuple(words[i:i + k]))
            if form is not None:
                return form
    return None


def _adjacent(text: str, a: Token, b: Token) -> bool:
    """Only a space (or an initial's full stop) between two tokens: "Reid (Nevada)" is not one name."""
    gap = text[a.end:b.start]
    return gap == " " or (gap == ". " and _is_initial(text, a))


def _initials(word: str) -> bool:
    """Whether an all-caps word is someone's initials, not a name: "JB", "SK", "JFK" (not "LEE", "COX")."""
    return len(word) == 2 or len(word) == 3 and not any(c in "AEIOUY" for c in word)


def _is_initial(text: str, tok: Token) -> bool:
    w = tok.text
    if _DOTTED_RE.match(w):
        return True
    return len(w) == 1 and w.isupper() and text[tok.end:tok.end + 1] == "."


def _plural_form(w: str) -> bool:
    """Whether the lower-case word ``w`` looks plural: "plans", "voters" (not "class", "status", "this")."""
    return len(w) > 3 and w[-1] == "s" and not w.endswith(("ss", "us", "is"))


def _after_according_to(lower: Sequence[str], i: int) -> bool:
    """True when "according to" (and maybe "the") stands right before token ``i``."""
    j = i - 1 if i > 0 and lower[i - 1] == "the" else i
    return j > 1 and lower[j - 2] == "according" and lower[j - 1] == "to"


class _Resolver:
    """The mentions of one article, built step by step (see the module docstring)."""

    def __init__(self, index: ActorIndex, text: str, tokens: Sequence[Token], sent: Sequence[int],
                 headlines: frozenset[int], year: int | None, lower: Sequence[str] | None = None,
                 month_day: tuple[int, int] | None = None, outlet: str | None = None) -> None:
        self.index = index
        medium = index.actors.get(outlet) if outlet else None  # the catalog medium that published the article
        # the newspaper that published it, if it is one, and the country it publishes in
        self.paper = outlet if medium is not None and medium.name.split()[-1] in NEWSPAPER_WORDS else None
        self.home = medium.country if medium is not None else None
        self.text = text
        self.tokens = tokens
        self.words = [t.text for t in tokens]
        self.lower = list(lower) if lower is not None else [w.lower() for w in self.words]
        self.sent = sent
        self.n = len(tokens)
        self.headlines = headlines
        self.year = year
        self.month_day = month_day if year is not None else None  # (month, day) when the date gives them
        # the date as far as known, to read party memberships at: "2019-07-04", "2019", None
        self.on = None if year is None else f"{year:04d}" if self.month_day is None \
            else f"{year:04d}-{self.month_day[0]:02d}-{self.month_day[1]:02d}"
        self.covered = [False] * self.n
        self.hits: list[_Hit] = []
        self._hits_index: tuple[dict[int, list[_Hit]], ...] | None = None  # see hits_at
        self.discovered: _Discovered = _Discovered()
        self.narrators: list[_Hit] = []  # the labels of a programme's journalists, no mentions (see capitals)
        self.local_roles: dict[tuple[str, str | None], set[str]] = defaultdict(set)
        self.single_after_title: list[tuple[int, int]] = []  # (title start, name token)
        self.single_with_evidence: list[int] = []  # lone names acting as people
        self.pronoun_gender: dict[str, str] = {}  # a person of unknown gender's: an honorific's, else the first he/she it took up
        self.opened: dict[int, int] = {}  # place names that open a longer name: start -> length
        self.name_starts: set[int] = set()  # where a person's name starts inside a capitalised run
        self.companies: set[str] = set()  # names a company noun stands before: "the retailer Staples"
        self.decisions: dict[str, bool] = {}
        self.passed: set[int] = set()  # tokens of places and other phrases that name nobody
        self._title_case: dict[int, bool] = {}

    # -- helpers -----------------------------------------------------------------------------
    def parties_of(self, actor_id: str) -> frozenset[str]:
        """The party an actor belonged to at the article's date; undated, every party it ever
        belonged to (what the text says of its party may fit any)."""
        a = self.actor(actor_id)
        if self.on is None:
            return a.parties()
        party = a.party_on(self.on)
        return frozenset((party,)) if party else frozenset()

    def actor(self, actor_id: str) -> Actor:
        return self.index.actors.get(actor_id) or self.discovered[actor_id]

    def add(self, first: int, last: int, actor: str, resolution: str) -> None:
        self.add_hit(_Hit(first, last, actor, resolution))
        for k in range(first, last + 1):
            self.covered[k] = True

    def add_hit(self, h: _Hit) -> None:
        self.hits.append(h)
        if self._hits_index is not None:  # (kept up to date rather than rebuilt)
            self._index_hit(h, *self._hits_index)

    def set_hits(self, hits: list[_Hit]) -> None:
        """Replace the mentions found so far by ``hits``, some of them (every change to their list
        goes through here or ``add_hit``)."""
        if self._hits_index is not None:  # (the dropped ones leave the index; it is not rebuilt)
            kept = {id(h) for h in hits}
            for h in self.hits:
                if id(h) not in kept:
                    for table, keys in zip(self._hits_index, ((h.first,), (h.last,), range(h.first, h.last + 1))):
                        for k in keys:
                            table[k] = [x for x in table[k] if x is not h]
        self.hits = hits

    def hits_at(self, j: int, last: bool = False, covering: bool = False) -> list[_Hit]:
        """The mentions that start at token ``j`` (with ``last``, that end there; with
        ``covering``, that cover it), in the order found: looked up in an index of the mentions,
        made when first asked for and kept up to date as they change (``add_hit``, ``set_hits``),
        so that asking for each token stays linear in the article's length."""
        if self._hits_index is None:
            self._hits_index = (defaultdict(list), defaultdict(list), defaultdict(list))
            for h in self.hits:
                self._index_hit(h, *self._hits_index)
        return self._hits_index[2 if covering else 1 if last else 0].get(j, [])

    @staticmethod
    def _index_hit(h: _Hit, starts: dict[int, list[_Hit]], ends: dict[int, list[_Hit]],
                   covers: dict[int, list[_Hit]]) -> None:
        starts[h.first].append(h)
        ends[h.last].append(h)
        for k in range(h.first, h.last + 1):
            covers[k].append(h)

    def same_sentence(self, i: int, j: int) -> bool:
        return 0 <= i < self.n and 0 <= j < self.n and self.sent[i] == self.sent[j]

    def gender(self, actor_id: str) -> str | None:
        a = self.actor(actor_id)
        if a.gender:
            return a.gender
        first = a.name.split()[0] if a.kind == "person" else ""
        g = self.index.first_names.get(first)
        return g if g in ("male", "female") else None

    def title_before(self, i: int) -> int | None:
        """Start of a title phrase that ends right before token ``i`` ("Secretary of State" Jane Doe)."""
        best = None
        for first in range(max(0, i - 6), i):
            if self.sent[first] != self.sent[i]:
                continue
            for toks in self.index.titles.get(self.words[first], ()):
                if first + len(toks) == i and tuple(self.words[first:i]) == toks:
                    best = first if best is None else min(best, first)
            for toks in self.index.lower_titles.get(self.lower[first], ()):
                if first + len(toks) == i and tuple(self.lower[first:i]) == toks:
                    best = first if best is None else min(best, first)
        return best

    # -- 1. catalog forms, non-actors, ambiguous forms, demonym phrases ------------------------
    def case_names(self, versus: list[int]) -> None:
        """The parties in a court case's name name the case, not actors: "Roe v. Wade", "Trump v.
        Hawaii", "Brown v. Board of Education"; their words are left to nobody."""
        words, text, tokens = self.words, self.text, self.tokens
        for i in versus:
            if not (0 < i < self.n - 1 and text[tokens[i].end:tokens[i].end + 1] == "." and words[i - 1][:1].isupper()
                    and words[i + 1][:1].isupper() and self.same_sentence(i - 1, i + 1)):
                continue
            first = i - 1
            while first > 0 and i - first < 5 and words[first - 1][:1].isupper() and self.joined(first - 1, first):
                first -= 1
            last = i + 1
            while last + 1 < self.n and last - i < 6 and self.same_sentence(i, last + 1) and (
                    words[last + 1][:1].isupper() and self.joined(last, last + 1)
                    or self.lower[last + 1] in CONNECTORS and last + 2 < self.n and words[last + 2][:1].isupper()
                    and self.same_sentence(i, last + 2)):
                last += 1
            for k in range(first, last + 1):
                self.covered[k] = True

    def catalog(self) -> None:
        words, forms, demonyms, tables = self.words, self.index.forms, self.index.demonyms, self.index.form_tables
        if "v" in words:  # not "vs.": "Piers Morgan vs. Alex Jones" is a contest
            self.case_names([i for i, w in enumerate(words) if w == "v"])
        # Only tokens that start some form are looked at: one set test per token, in C.
        if "Office" in words:
            self.office_buildings()
        starts = [i for i, w in enumerate(words) if w in forms or w in demonyms]
        done = 0  # tokens before this index are taken by an earlier match
        for i in starts:
            if i < done or self.covered[i]:
                continue
            form = _match_at(words, i, tables.get(words[i], ()), self.sent)
            if form is not None:
                k = len(form[0])
                kept = bool(form[1]) and self.keeps(form, i, i + k - 1)
                if kept:
                    given = self.given_name_before(i) if form[2] == "short" and k == 1 else -1
                    if given < 0 and form[2] == "short" and k == 1 and self.ambiguous_given_before(i):
                        given = i - 1  # "said Bill Gruber": Bill Gruber, not Jonathan Gruber
                    if given < 0 and form[2] == "short" and k == 1 and self.unknown_name_before(i):
                        if self.may_name(words[i - 1], form[1]):
                            given = self.given_name_before(i - 1)  # "Shelly Moore Capito", "Adolph Hitler"
                            start = given if given >= 0 and self.same_given_name(words[given], None, form[1]) else i - 1
                            self.add(start, i, form[1], "name")
                        # else another person's full name ("Dawnta Harris"): found later, or nobody's
                    elif given < 0:
                        self.add(i, i + k - 1, form[1], form[2])
                    else:
                        initial = words[i - 1] if i - 1 > given else None
                        # the short form's owner or another catalog person of that surname
                        owner = next((a for a in (form[1], *self.index.by_surname.get(words[i], ()))
                                      if self.same_given_name(words[given], initial, a)), None)
                        if owner is not None:
                            self.add(given, i, owner, "name")  # "Paul D. Ryan", "Christopher C. Cuomo"
                        # else another person's full name ("Mary Trump", "James Alan Fox"): found later
                elif not form[1]:
                    if k == 1 and (self.given_name_before(i) >= 0 or self.given_name_at(i) or self.titled(i)
                                   or self.titled_name_before(i)):
                        pass  # a person's name, not the place: "Whitney Houston", "Orlando Garcia", "Secretary
                        # Austin", "Gov. Mark Dayton"
                    elif self.opens_name(i + k) and not self.in_longer_name(i):
                        self.opened[i] = k  # "New York Daily News": found whole later
                    else:  # a known non-actor phrase ("Latin America"): its words name nobody
                        for j in range(i, i + k):
                            self.covered[j] = True
                            self.passed.add(j)
                if form[1] and not kept and self.index.actors[form[1]].kind == "organisation" and self.place_after_name(i, i):
                    self.covered[i] = self.covered[i + 1] = True  # a place: its words name nobody
                    self.passed.update((i, i + 1))
                if form[1] and not kept and self.opens_committee(form, i + k):
                    self.opened[i] = k  # "Senate Judiciary Committee": found whole later
                done = i + k if kept or not form[1] else i + 1  # a refused form leaves its words to others
                continue
            dem = _match_at(words, i, self.index.demonym_tables.get(words[i], ()), self.sent)
            if dem is not None and not self.after_capitalised(i):  # not "Central American migrants"
                who = dem[1]
                end = self.head_after(i + len(dem[0]), self.index.actors[who].kind == "group")
                if end is None and (who in self.index.people_of or self.index.actors[who].kind == "group"):
                    end = self.head_after(i + len(dem[0]), heads=self.index.people_heads)
                    if end is not None and not self.words[end].islower():
                        end = None  # a name: "League of United Latin American Citizens"
                    elif end is not None and self.lower[end] == "public" and end + 1 < self.n \
                            and self.lower[end + 1] in PUBLIC_THINGS and self.same_sentence(end, end + 1):
                        end = None  # a thing of the public: "American public health", "public schools"
                    if end is not None and who in self.index.people_of:
                        who = self.index.people_of[who]  # "Palestinian civilians": the people
                    # (a group's own: "Hispanic voters", "Muslim immigrants")
                if end is None:  # "Israeli and Lebanese families": the head of the next demonym
                    end, who = self.coordinated(i + len(dem[0]), who)
                if end is not None:
                    self.add(i, end, who, "demonym")
                    done = end + 1
        self.initialled()

    def initialled(self) -> None:
        """Catalog people named with a middle initial and a given name the catalog form does not
        start with, or one that is also a word: "Mark L. Pryor", "Orrin G. Hatch" (a namesake with
        another given name is someone else: "Jacqueline A. Thomas")."""
        by_surname, words = self.index.by_surname, self.words
        for k in self.capitalised:  # the initial, then the surname
            i = k + 1
            if len(words[k]) <= 6 and i < self.n and words[i] in by_surname and k > 0 and not self.covered[i] \
                    and _is_initial(self.text, self.tokens[k]):
                given = self.given_name_before(i)
                if given >= 0:
                    owner = next((a for a in by_surname[words[i]] if self.same_given_name(words[given], words[k], a)), None)
                    if owner is not None:
                        self.add(given, i, owner, "name")

    def coordinated(self, j: int, country: str) -> tuple[int | None, str]:
        """For a demonym ending before token ``j`` and joined by "and" or "or" to another one with a
        head ("Israeli and Lebanese officials", "Israeli or Palestinian civilians", "Democratic and
        Republican leaders"): the demonym's last token and what it names, the state, its party or
        the people, as the head makes the other name."""
        k = j + 1
        if k >= self.n or self.lower[j] not in ("and", "or") or not self.same_sentence(j - 1, k):
            return None, country
        other = _match_at(self.words, k, self.index.demonym_tables.get(self.words[k], ()), self.sent)
        if other is None or self.index.actors[country].kind not in ("country", "organisation"):
            return None, country  # (an organisation's: "Democratic and Republican leaders")
        after = k + len(other[0])
        if self.head_after(after) is not None:
            return j - 1, country
        if country in self.index.people_of and self.head_after(after, heads=self.index.people_heads) is not None:
            return j - 1, self.index.people_of[country]
        return None, country

    def opens_name(self, j: int) -> bool:
        """Whether the place or other non-actor phrase ending before token ``j`` begins the name
        of an organisation or a newspaper that goes on there: "Chicago Police Department",
        "Houston Chronicle" (the whole name is found later; the place alone names nobody)."""
        if j >= self.n or not self.same_sentence(j - 1, j) or not _adjacent(self.text, self.tokens[j - 1], self.tokens[j]) \
                or self.words[j] in self.index.demonym_words:
            return False
        form = _match_at(self.words, j, self.index.form_tables.get(self.words[j], ()), self.sent)
        if form is not None and form[1]:
            return False  # an actor's name follows: "Iowa Republicans", "California Senate"
        return self.named_body(j) > 0

    def titled_name_before(self, i: int) -> bool:
        """Whether a capitalised name word with a title before it stands right before token ``i``:
        "Gov. Mark Dayton", "Sen. Bill Nelson" (given names that are also words)."""
        j = i - 1
        return j > 0 and self.same_sentence(j, i) and not self.covered[j] and self.gap(j, i) == " " \
            and _is_name_word(self.words[j]) and self.words[j] not in NOT_NAME and self.titled(j)

    def in_longer_name(self, i: int) -> bool:
        """Whether token ``i`` continues a name after a connector: "Centers for Medicare",
        "Medicare & Medicaid Services"."""
        if i < 2 or not self.same_sentence(i - 2, i):
            return False
        gap = self.gap(i - 1, i)
        return "&" in gap or self.lower[i - 1] in CONNECTORS and self.name_word_before_connector(i)

    def name_word_before_connector(self, i: int) -> bool:
        """Whether the word two before ``i``, before a connector, is capitalised as a name's word
        ("Center for Harbor Studies"), not a sentence's opening word ("At the Republican Governors
        Association", "In the House Judiciary Committee")."""
        return self.words[i - 2][:1].isupper() \
            and not (self.lower[i - 2] in OPENING_FUNCTION_WORDS and self.starts_clause(i - 2))

    def named_body(self, j: int) -> int:
        """How many adjacent capitalised words from ``j`` make the rest of an organisation's or
        newspaper's name: up to the last of them that ends like one ("Hospital Association",
        "Daily News"), or 0."""
        k, end = j, 0
        while k < self.n and k - j < 4 and self.same_sentence(j, k) and not self.covered[k] and _is_name_word(self.words[k]) \
                and (k == j or _adjacent(self.text, self.tokens[k - 1], self.tokens[k])):
            w = self.words[k]
            if w in ORG_WORDS or w.rsplit("-", 1)[-1] in PRESS_WORDS or w == "High":
                end = k + 1 - j  # "Richmond Times-Dispatch", "Santa Fe High"
            elif w in NOT_NAME and w not in INNER_NAME_WORDS:
                break
            k += 1
        return end

    def and_body(self, j: int) -> int:
        """How many words from ``j`` make an organisation's name whose words are joined by "and":
        one to three capitalised English words, "and", and English words that end like an
        organisation ("Ways and Means Committee", "Ethics and Public Policy Center"), or 0. Words
        that end like an organisation or a newspaper themselves make two names ("Heritage
        Foundation and Cato Institute"), and so do names that are no English words ("Princeton
        and Harvard Law School") or a second part that opens an organisation's name of its own
        ("Commerce and National Park Service")."""
        if "and" not in self.lower[j + 1:j + 4]:
            return 0
        english = self.index.english
        k = j
        while k < self.n and k - j < 3 and self.same_sentence(j, k) and not self.covered[k] \
                and _is_name_word(self.words[k]) and self.words[k] not in NOT_NAME and self.lower[k] in english \
                and self.words[k] not in ORG_WORDS and self.words[k] not in PRESS_WORDS \
                and (k == j or self.gap(k - 1, k) == " "):
            k += 1
        if k == j or k + 1 >= self.n or self.lower[k] != "and" or not self.same_sentence(j, k + 1) \
                or self.gap(k - 1, k) != " " or self.opens_organisation(k + 1):
            return 0
        rest = self.named_body(k + 1)
        if not rest or self.words[k + rest] not in ORG_WORDS or any(self.lower[m] not in english for m in range(k + 1, k + rest)):
            return 0  # (not a newspaper's: "Capital Public Radio and Kaiser Health News")
        return k + 1 - j + rest

    def particles_at(self, k: int) -> int:
        """How many lower-case particles of a name start at token ``k`` and stand between a name
        word before them and one after ("de" of "Kevin de Leon", "de la" of "Maria de la Cruz",
        "van" of "Pieter van Dorn"), or 0."""
        m = k
        while m < self.n and m - k < 2 and self.words[m] in NAME_PARTICLES and (m == k or self.words[m] in ("la", "los", "las")):
            m += 1
        if m == k or m >= self.n or not _is_name_word(self.words[m]) or self.words[m] in NOT_NAME \
                or not all(self.gap(j, j + 1) == " " and self.same_sentence(j, j + 1) for j in range(k - 1, m)):
            return 0
        return m - k if _is_name_word(self.words[k - 1]) and self.words[k - 1] not in NOT_NAME else 0

    def particle_before(self, i: int) -> bool:
        """Whether the name word at ``i`` ends a name with particles before it ("Maria de la Cruz",
        or written with a capital after a name word: "Clarissa Martínez De Castro")."""
        k = i - 1
        while k > 0 and i - k <= 2 and self.words[k] in NAME_PARTICLES:
            k -= 1
        if k < i - 1:
            return self.particles_at(k + 1) == i - k - 1
        k = i - 1
        while k > 0 and i - k <= 2 and self.words[k].lower() in NAME_PARTICLES and self.words[k].istitle():
            k -= 1
        return k < i - 1 and _is_name_word(self.words[k]) and self.words[k] not in NOT_NAME \
            and self.words[k] not in self.index.title_tokens and not self.starts_clause(k) \
            and all(self.gap(j, j + 1) == " " and self.same_sentence(j, j + 1) for j in range(k, i))

    def office_buildings(self) -> None:
        """The buildings of Congress name nobody: "the Rayburn House Office Building", "Dirksen
        Senate Office Buildings" (neither the chamber nor a person named Rayburn)."""
        words = self.words
        for i in range(2, self.n - 1):
            if words[i] == "Office" and words[i + 1] in ("Building", "Buildings") and words[i - 1] in ("House", "Senate") \
                    and _is_name_word(words[i - 2]) and words[i - 2] not in NOT_NAME \
                    and all(self.joined(k, k + 1) and self.same_sentence(k, k + 1) for k in range(i - 2, i + 1)):
                for k in range(i - 2, i + 2):
                    self.covered[k] = True
                    self.passed.add(k)

    def place_after_name(self, first: int, last: int) -> bool:
        """Whether a one-word name (not an acronym) at ``first`` goes on as a place's name
        ("Disney World", "the Amazon River")."""
        return first == last and not self.words[first].isupper() and last + 1 < self.n and self.same_sentence(last, last + 1) \
            and self.joined(last, last + 1) and self.words[last + 1] in FACILITY_ENDS

    def keeps(self, form: Form, first: int, last: int) -> bool:
        """Whether a catalog form stands for its actor here (context decides for ambiguous ones)."""
        words = self.words
        actor = self.index.actors[form[1]]
        if first == last and words[first].isupper() and last + 1 < self.n and words[last + 1] in ("'S", "’S") \
                and self.lower[first] in CONTRACTED_WORDS:
            return False  # a line in capitals: "WHO'S GETTING DEPORTED" is "who is", not the WHO
        if actor.kind == "person" and self.after_saint(first):
            return False  # a saint's name, or a place named for one: "St. Paul", "San Marcos", "Fort Collins"
        if actor.kind == "person" and first == last and self.particle_before(first):
            return False  # the end of another person's name: "Maria de la Cruz" is no Cruz of the catalog
        if actor.kind == "country" and first == last:
            nxt = words[last + 1] if last + 1 < self.n and self.same_sentence(first, last + 1) else ""
            prev = words[first - 1] if first > 0 and self.same_sentence(first - 1, first) else ""
            if self.ends_longer_name(first):
                return False  # an organisation's name: "Enroll America", "Heritage Action for America"
            if nxt and _is_name_word(nxt) and self.index.first_names.get(words[first]) \
                    and nxt not in self.index.forms and nxt not in NOT_NAME:
                return False  # a given name: "Jordan Peterson", "Chad Wolf"
            if prev and ((prev in self.index.title_tokens and prev[0].isupper()) or prev in HONORIFIC_GENDER):
                return False  # a surname: "Rep. Jordan"
        if actor.kind in ("organisation", "group") and first == last and first > 0 and self.same_sentence(first - 1, first) \
                and (words[first - 1] in HONORIFIC_GENDER or words[first - 1] == "Dr") and self.gap(first - 1, first) in (" ", ". "):
            return False  # a surname: "Mr. Fox", "Dr. Target" (not Fox News)
        if actor.kind in ("organisation", "group") and first == last and not words[first].isupper():
            if self.given_name_before(first) >= 0:
                return False  # a person's surname after a given name: "John Wagner" is no Wagner Group
            if last + 1 < self.n and self.joined(last, last + 1) and self.same_sentence(last, last + 1) \
                    and words[last + 1] in ("College", "University"):
                return False  # a school named alike: "Wagner College"
        if actor.kind == "person" and first == last and form[2] != "short" and last + 1 < self.n \
                and self.given_name_at(last + 1) and self.joined(last, last + 1):
            return False  # a given name before another and a surname: "Jesus Manuel Garcia" is no Jesus of the catalog
        if actor.kind == "organisation" and form[0][-1] in ("'s", "’s") and self.persons_possessive(first):
            return False  # a person's possessive: "Bob McDonald's agency", "Sen. Moody's bill"
        if actor.kind == "organisation" and self.place_after_name(first, last):
            return False  # a place of its own or named for it: "Disney World", "the Amazon River"
        if actor.kind == "organisation" and first == last and 0 < first and last + 2 < self.n \
                and self.lower[first - 1] == "the" and self.lower[last + 1] == "of" and self.words[last + 2][:1].isupper() \
                and self.same_sentence(first - 1, last + 2) and not self.words[first].isupper():
            return False  # a likeness, no firm: "the Oracle of Omaha", "the Amazon of India"
        if actor.kind in ("person", "group") and self.named_for(last):
            return False  # an organisation or place named for the person: "Clinton Foundation", "George Washington University",
            # or for the group: "Santa Fe Dreamers Project"
        if actor.kind == "person" and form[2] == "short" and first == last \
                and (self.another_surname_after(first) or self.unknown_surname_after(first)):
            return False  # a given name of someone else: "Haley Barbour", "Ryan Costello" (not "Ryan Budget"),
            # "Fiorina Talaba"
        if len(form[0]) >= 2 and form[0][0] in ("the", "The") and last + 1 < self.n and self.same_sentence(last, last + 1) \
                and _adjacent(self.text, self.tokens[last], self.tokens[last + 1]) \
                and (len(form[0]) == 2 and words[last + 1][:1].isupper() or self.lower[last + 1] == "of"
                     or words[last + 1] in ORG_WORDS or words[last + 1] in FACILITY_ENDS):
            return False  # a longer name goes on: not "the House" of "The House Judiciary Committee", nor "the
            # Air Force" of "the Air Force Academy" (but "The Washington Post Tuesday")
        if first == last and self.names_people(first) and self.opens_advocacy_name(last + 1):
            return False  # an organisation's name: "Americans for Prosperity", "Republicans for Immigration Reform"
        if form[1] in self.index.peoples and first == last and self.after_capitalised(first):
            return False  # not the people but a group of them: "Native Americans", "Jewish Israelis"
        if actor.kind in ("country", "organisation") and first == last and first > 0 and self.same_sentence(first - 1, first) \
                and _adjacent(self.text, self.tokens[first - 1], self.tokens[first]) and (
                    self.given(words[first - 1]) or self.unknown_given_before(first)):
            return False  # a surname: "Barbara Jordan", "Randy Forbes" (not the magazine; "El Salvador, Guatemala" is a
            # list), "Keating Holland"
        if self.opens_committee(form, last + 1):
            return False  # one of its committees: "Senate Judiciary Committee" (found whole later)
        if self.opens_members_body(form, first, last + 1):
            return False  # a union, fund or association of its own: "National Border Patrol Council", "ICE
            # Union", "Senate Conservatives Fund", "FBI Agents Association" (found whole later)
        if form[0][0] in STATE_BODIES and actor.government == "us" and self.state_chamber(first):
            return False  # a state's legislature, court or department: "the Texas Senate", "the state House",
            # "Ohio House Finance Committee", "the Texas Supreme Court", "the California Department of Justice"
        rule = self.index.ambiguous.get(" ".join(("the", *form[0][1:]) if form[0][0] == "The" else form[0])) \
            or self.index.ambiguous.get(" ".join(form[0]))
        if rule is None:
            return True
        if rule.form not in self.decisions:  # the article decides once for all its occurrences
            self.decisions[rule.form] = rule.decide(self.lower, self.words)
        return self.decisions[rule.form]

    def persons_possessive(self, first: int) -> bool:
        """Whether the word at ``first``, before "'s", is the surname of a person rather than a firm
        named with a possessive ("McDonald's", "Moody's"): a given name, a title or an honorific stands
        right before it, or the article names someone of that surname with a given name ("Bob
        McDonald ... McDonald's plan")."""
        if self.given_name_before(first) >= 0 or self.titled(first):
            return True
        word = self.words[first]
        return any(self.words[k] == word and k > 0 and self.given(self.words[k - 1])
                   and _adjacent(self.text, self.tokens[k - 1], self.tokens[k]) for k in self.capitalised)

    def unknown_given_before(self, i: int) -> bool:
        """Whether the word before token ``i`` is a capitalised word no list knows, in running text,
        and a verb of saying or "of" follows: someone's given name ("Keating Holland of CNN said")."""
        w = self.words[i - 1]
        return _is_name_word(w) and self.unlisted(w) \
            and not (i > 1 and self.same_sentence(i - 2, i) and _is_name_word(self.words[i - 2]) and self.joined(i - 2, i - 1)
                     and self.words[i - 2] not in self.index.title_tokens) \
            and i + 1 < self.n and self.same_sentence(i, i + 1) \
            and (self.words[i + 1] in self.index.speech_verbs or self.lower[i + 1] in ("of", "who") or self.words[i + 1] == ",")

    def ends_longer_name(self, i: int) -> bool:
        """Whether the country name at ``i`` ends a longer name: after a capitalised word of running
        text ("Enroll America", "Welcoming America") or after "for" or "of" and one ("Heritage
        Action for America", "Bank of America"); not after a title, a direction or a demonym."""
        j = i - 1
        if j > 0 and self.lower[j] in ("for", "of") and self.same_sentence(j - 1, i):
            j -= 1
        elif j < 0 or not self.same_sentence(j, i) or not _adjacent(self.text, self.tokens[j], self.tokens[i]):
            return False
        if self.sent[i] in self.headlines or self.title_case(self.sent[i]):
            return False  # every word has a capital: "Blinken Reiterates Need for Increased Gaza Aid"
        w = self.words[j]
        return _is_name_word(w) and "-" not in w and w not in NOT_NAME and self.lower[j] not in QUESTION_VERBS \
            and w not in self.index.title_tokens and w not in self.index.demonym_words \
            and not (self.starts_clause(j) and self.lower[j] in self.index.english) \
            and self.gap(j, j + 1) == " "  # not "Hungarian-born U.S.", "Should America"

    def title_before_name(self, i: int) -> bool:
        """Whether token ``i`` is a title word before a name that is no English word ("President
        Grover Norquist"; not "Education Reform")."""
        return self.words[i] in self.index.title_tokens and i + 1 < self.n and self.same_sentence(i, i + 1) \
            and _is_name_word(self.words[i + 1]) and self.lower[i + 1] not in self.index.english

    def person_at(self, j: int) -> bool:
        """Whether a mention of a person covers token ``j``."""
        return any(h.actor and self.actor(h.actor).kind == "person" for h in self.hits_at(j, covering=True))

    def names_people(self, i: int) -> bool:
        """Whether token ``i`` is by itself the plural name of a people or of a group's members:
        "Americans", "Republicans", "Catholics"; or a plural noun for people that opens the names
        of advocacy groups ("Citizens for ...", "Mothers Against ...")."""
        return self.words[i] in ADVOCACY_HEADS or self.words[i].endswith("s") and any(
            len(f[0]) == 1 and self.index.actors[f[1]].kind in ("group", "organisation")
            for f in self.index.forms.get(self.words[i], ()) if f[1])

    def opens_advocacy_name(self, j: int) -> bool:
        """Whether "for", "against" or "United" and a capitalised word go on at token ``j`` a name a
        people's name opens: "Americans for Tax Reform", "Americans Against Gun Violence"; after
        "Friends", "of" too ("Friends of the Earth")."""
        k = j + 1 if j < self.n and self.words[j] == "United" else j
        if self.words[j - 1] == "Friends" and k + 2 < self.n and self.lower[k] == "of":
            if self.words[k + 1] == "the":
                k += 1  # "Friends of the Earth" (and "Friends of Animals")
        elif k + 1 >= self.n or self.lower[k] not in ("for", "against"):
            return False
        if not self.same_sentence(j - 1, k + 1):
            return False
        w = self.words[k + 1]
        return all(_adjacent(self.text, self.tokens[m], self.tokens[m + 1]) for m in range(j - 1, k + 1)) \
            and _is_name_word(w) and w not in self.index.demonym_words and self.sent[j] not in self.headlines \
            and w not in self.index.one_word_forms  # not "Hispanics for Obama"

    def advocates(self, first: int, last: int) -> bool:
        """Whether the name at tokens first..last is an advocacy group's, the cause it stands "for"
        or "against" ending it ("Families for Freedom"): its last word alone names not it."""
        return any(self.lower[k] in ("for", "against") for k in range(first + 1, last))

    def advocacy_name_end(self, i: int) -> int:
        """Where the advocacy group's name a people's name at ``i`` opens ends (see
        ``opens_advocacy_name``), or 0 when no capitalised word of it is free."""
        k = i + 2 if self.words[i + 1] == "United" else i + 1  # at "for" or "against"
        if self.lower[k] == "of" and self.words[k + 1] == "the":
            k += 1  # "Friends of the Earth"
        end = k + 1
        while end < self.n and end < k + 5 and self.joined(end - 1, end) and not self.covered[end] \
                and _is_name_word(self.words[end]) and not self.title_before_name(end):
            end += 1  # (not "... Tax Reform President Grover Norquist")
        return self.tail_end(i, end) if end > k + 1 else 0

    def opens_committee(self, form: Form, j: int) -> bool:
        """Whether a one-word catalog organisation opens the name of one of its committees that goes
        on at token ``j``: "Senate Judiciary Committee", "Senate Foreign Relations Subcommittee"."""
        if len(form[0]) != 1 or self.index.actors[form[1]].kind != "organisation" or j >= self.n \
                or not self.same_sentence(j - 1, j) or not _adjacent(self.text, self.tokens[j - 1], self.tokens[j]):
            return False
        body = self.named_body(j)
        return body > 0 and self.words[j + body - 1] in ("Committee", "Subcommittee")

    def opens_members_body(self, form: Form, first: int, j: int) -> bool:
        """Whether a government body's name opens the name of another body that goes on at token
        ``j``: its staff's union or association, or a fund named after it ("ICE Union", "USCIS
        Council", "FBI Agents Association", "Senate Conservatives Fund"). A council is one of the
        body's own unless right after its name and not "of" something ("White House Council of
        Economic Advisers", "White House Domestic Policy Council"), or after "National" ("National
        Border Patrol Council")."""
        actor = self.index.actors[form[1]]
        if actor.kind != "organisation" or not actor.government or j >= self.n or not self.same_sentence(j - 1, j) \
                or not _adjacent(self.text, self.tokens[j - 1], self.tokens[j]):
            return False
        body = self.named_body(j)
        if not body:
            return False
        end = self.words[j + body - 1]
        if end in MEMBERS_BODY_ENDS:
            return True
        national = first > 0 and self.words[first - 1] == "National" and self.same_sentence(first - 1, first) \
            and self.gap(first - 1, first) == " "
        return end == "Council" and (body == 1 or national) \
            and not (j + body < self.n and self.lower[j + body] == "of" and self.same_sentence(j, j + body))

    def after_capitalised(self, i: int) -> bool:
        """Whether token ``i`` follows a capitalised word of its sentence that describes it: a
        demonym, another people or a region ("Jewish Israelis", "Native Americans", "Latin Americans")."""
        j = i - 1
        if j < 0 or not self.same_sentence(j, i) or not _adjacent(self.text, self.tokens[j], self.tokens[i]):
            return False
        return self.words[j] in self.index.demonym_words or self.words[j] in PEOPLE_PREFIXES

    def another_surname_after(self, i: int) -> bool:
        """Whether the given name at ``i`` (a catalog person's surname too: "Haley", "Ryan") is
        followed by a surname that is no English word and no catalog form but maybe another catalog
        person's surname: "Haley Barbour", "Haley Byrd"; a catalog surname that is a word too after a
        given name of known sex ("Ryan Miller", "Ryan Cooper"; not "Ryan Budget"); a middle initial and
        a name ("Ryan A. Costello")."""
        nxt = self.words[i + 1] if i + 1 < self.n else ""
        known = self.given(self.words[i])
        if known and i + 2 < self.n and self.same_sentence(i, i + 2) and self.gap(i, i + 1) == " " \
                and _is_initial(self.text, self.tokens[i + 1]) and _is_name_word(self.words[i + 2]) \
                and self.words[i + 2] not in NOT_NAME:
            return True
        return self.given_name_at(i) and (nxt not in self.index.forms or known and nxt in self.index.by_surname) \
            and (self.lower[i + 1] not in self.index.english or known and nxt in self.index.by_surname)

    def unknown_surname_after(self, i: int) -> bool:
        """Whether a capitalised word no list knows follows token ``i`` in running text, as a
        surname follows a given name: "Fiorina Talaba, an 18-year-old senior", "Rogan Kersh"."""
        j = i + 1
        if j >= self.n or not self.same_sentence(i, j) or self.gap(i, j) != " " or self.title_case(self.sent[i]):
            return False
        w = self.words[j]
        return _is_name_word(w) and self.unlisted(w) and w not in self.index.by_surname and w not in ORG_WORDS

    def given_name_at(self, i: int) -> bool:
        """Whether token ``i`` is a given name right before a name word that no form starts, maybe
        after an initial ("Orlando Garcia", "Orlando L. Garcia"; not "Orlando police", "Houston
        Chronicle")."""
        j = i + 1
        if j + 1 < self.n and _is_initial(self.text, self.tokens[j]) and _adjacent(self.text, self.tokens[i], self.tokens[j]):
            j += 1  # (the initial joins the given name to the surname)
        return self.words[i] in self.index.first_names and j < self.n \
            and self.same_sentence(i, j) and _is_name_word(self.words[j]) \
            and (self.words[j] not in self.index.forms or self.given(self.words[i]) and self.words[j] in self.index.by_surname) \
            and self.words[j] not in NOT_NAME and self.words[j] not in ORG_WORDS and self.words[j] not in PRESS_WORDS \
            and self.words[j] not in self.index.title_tokens and _adjacent(self.text, self.tokens[j - 1], self.tokens[j])

    def given_name_before(self, i: int) -> int:
        """Index of a free given name (maybe followed by an initial) right before token ``i``, the
        two making one person's name ("Mary Trump", "Michael J. Fox"; not "Will Trump sign it?"), or -1."""
        j = i - 1
        initial = j > 0 and _is_initial(self.text, self.tokens[j]) and self.same_sentence(j - 1, i)
        if initial:
            j -= 1
        if j < 0 or not self.same_sentence(j, i) or self.covered[j] \
                or not _adjacent(self.text, self.tokens[j], self.tokens[j + 1]):
            return -1
        w = self.words[j]
        if w in NOT_NAME or w in self.index.title_tokens or not _is_name_word(w):
            return -1
        if initial:
            return j  # a name word, an initial and a surname: "Mark L. Pryor", "Orrin G. Hatch"
        if not self.given(w) \
                or self.starts_clause(j) and self.lower[j] in self.index.english and not self.given_opening(j, i):
            return -1
        return j

    def given_opening(self, j: int, i: int) -> bool:
        """Whether the given name at ``j`` that is a word too ("Tom", "Mark") opens the name ending at
        surname ``i`` though it opens a clause: a statement goes on ("Tom Harris said"), no question
        ("Will Trump sign it?")."""
        if self.lower[j] in QUESTION_VERBS or not self.words[j].isalpha():
            return False
        e = i
        while e + 1 < self.n and self.same_sentence(i, e + 1):
            e += 1
        return "?" not in self.text[self.tokens[e].end:self.tokens[e].end + 3]

    def unknown_name_before(self, i: int) -> bool:
        """Whether a capitalised word no list knows stands right before the surname at ``i``, the two
        one person's name ("Dawnta Harris"): no English word, title, demonym, place, catalog name or
        organisation's word ("Sen. Harris", "California Harris", "Obama Harris" are not)."""
        j = i - 1
        if j < 0 or not self.same_sentence(j, i) or self.covered[j] or self.gap(j, i) != " ":
            return False
        w = self.words[j]
        return self.unlisted(w) and w[1:].islower() and w not in US_STATES and w not in ORG_WORDS \
            and self.index.first_names.get(w) is None and w not in self.index.word_names

    def unlisted(self, w: str) -> bool:
        """Whether ``w`` is a capitalised word no list knows: no English word, title word, demonym,
        catalog form or word that is never a name."""
        return w.isalpha() and w[0].isupper() and w.lower() not in self.index.english and w not in NOT_NAME \
            and w not in self.index.title_tokens and w not in self.index.demonym_words and w not in self.index.forms

    def may_name(self, word: str, actor_id: str) -> bool:
        """Whether a word no list knows, before a catalog person's surname, may be part of their name:
        one of its words ("Moore" of Shelley Moore Capito) or their given name spelled another way
        ("Adolph" for Adolf: the same first four letters)."""
        a = self.actor(actor_id)
        names = [n.split() for n in (a.name, *a.aliases)]
        return any(word in n[:-1] for n in names) or len(word) >= 4 and any(
            len(n) > 1 and n[0][:4] == word[:4] for n in names)

    def same_given_name(self, given: str, initial: str | None, actor_id: str) -> bool:
        """Whether ``given`` (and a middle ``initial``) can be the first name of a catalog person:
        the same name, a short or long form of it ("Pat" and "Patrick", "Jeff" and "Jeffrey"), a
        common nickname ("Dick Durbin" for Richard) or a one-letter slip ("Diane" for Dianne); an
        initial must not contradict the catalog's ("George P. Bush" is not George W. Bush)."""
        a = self.actor(actor_id)
        g = given.lower()
        forms = [f.split() for f in (a.name, *a.aliases)]
        middles = {p[1][0] for p in forms if len(p) > 2 and len(p[1].rstrip(".")) == 1}
        if initial and middles and initial[0] not in middles:
            return False
        return any(_same_given(g, parts[0].lower().rstrip(".")) for parts in forms)

    def head_after(self, j: int, group: bool = False, heads: list[tuple[str, ...]] | None = None) -> int | None:
        """Index of the last token of a demonym head starting at ``j`` (after up to two modifiers);
        a group's adjective also takes "community" ("the Jewish community"), a country's does not.
        ``heads``: other heads to look for (those of a country's people)."""
        lower, sent = self.lower, self.sent
        if heads is None:
            heads = self.index.heads + GROUP_HEADS if group else self.index.heads
        for start in (j, j + 1, j + 2):
            if start >= self.n or sent[start] != sent[j - 1] \
                    or self.gap(start - 1, start).strip():
                return None  # not across punctuation: "Florida Republican, “senator"
            for head in heads:
                k = len(head)
                if start + k <= self.n and tuple(lower[start:start + k]) == head and sent[start + k - 1] == sent[j - 1]:
                    end = start + k - 1
                    if self.words[end][:1].isupper() and end + 1 < self.n and self.words[end + 1][:1].isupper() \
                            and self.joined(end, end + 1) or group and self.words[end] in ORG_WORDS:
                        return None  # the start of a name: "Republican Governors Association", or a body's
                        # name after a group's adjective: "Michigan Catholic Conference" (a party's or a
                        # country's body is theirs: "the House Republican Conference", "the Mexican Foreign Ministry")
                    return end
            if lower[start] not in DEMONYM_MODIFIERS:
                return None  # (up to two modifiers: "American law enforcement officials", "Israeli military intelligence")
        return None

    # -- 2. discovered actors ----------------------------------------------------------------
    def described_by(self, i: int, run: int) -> int:
        """Where the name after a place's name of two words and a descriptor ending a hyphened word
        starts, inside the capitalised words from ``i`` ("the Los Angeles-based Coalition for Humane
        Immigrant Rights": "Coalition"), or 0."""
        return next((k + 1 for k in range(i + 1, i + run - 1)
                     if "-" in self.words[k] and self.words[k].rsplit("-", 1)[-1] in DESCRIPTOR_SUFFIXES), 0)

    def name_run(self, i: int, limit: int = 4) -> int:
        """How many tokens of a name start at ``i``: capitalised, adjacent, initials inside."""
        text, tokens, n, particles = self.text, self.tokens, 0, 0
        while i + n < self.n and n - particles < limit:
            k = i + n
            word = tokens[k].text
            if self.covered[k] or self.sent[k] != self.sent[i] or word in NOT_NAME and not self.given_not_month(k) \
                    and not (n > 0 and _is_initial(text, tokens[k])) and not self.opens_state(k) \
                    and not (n == 1 and self.surname_word(k)) \
                    and not (n > 0 and word == "News" and self.joined(k - 1, k)):
                break  # (but "Jacqueline A. Thomas", "Darrell West", "The Dallas Morning News")
            if n == 0 and (word in self.index.title_tokens and not self.surname_after_honorific(k) or word in ORG_WORDS):
                break  # a title or "Office" starts no name (but "Mr. King", "Ms. Bishop")
            if n > 1 and self.lower[k] in PERSON_HEADS and tokens[k - 1].text in PRESS_WORDS:
                break  # a newspaper's title before a name: "Breitbart News Editor at Large Peter Schweizer"
            if n > 0 and word in NAME_PARTICLES:
                skip = self.particles_at(k)
                if not skip:
                    break
                n += skip  # "Kevin de Leon", "Maria de la Cruz": the name word after is counted next
                particles += skip  # (not toward the limit)
                continue
            if n in (1, 2) and self.nickname_at(k, i):
                n += 1  # a nickname in quotation marks: "Kathryn “Kate” Steinle" (the surname counted next)
                continue
            if n > 0 and not self.joined(k - 1, k) and not (n > 1 and self.nickname_at(k - 1, i)):
                break  # (a firm's "&" joins its name: "Scott & White Health Plan", "Procter & Gamble")
            if n > 0 and self.names_people(k) and self.opens_advocacy_name(k + 1):
                break  # a name of its own: "Giffords-backed Americans for Responsible Solutions"
            if _is_name_word(word) or (n > 0 and _is_initial(text, tokens[k])):
                n += 1
            else:
                break
        while n > 1 and (_is_initial(text, tokens[i + n - 1]) or self.words[i + n - 1] in NAME_PARTICLES):
            n -= 1  # do not end on an initial or a particle
        if n and i + n < self.n and self.words[i + n] in FIRM_SUFFIXES and not self.covered[i + n] \
                and self.sent[i + n] == self.sent[i] and self.joined(i + n - 1, i + n):
            return n + 1  # a firm's suffix in capitals ends its name: "Chatman LLC"
        if n - particles == limit and i + n < self.n and not self.covered[i + n] \
                and (self.words[i + n] in ORG_WORDS or self.words[i + n] in DOCUMENT_WORDS and not self.name_goes_on(i + n)) \
                and self.sent[i + n] == self.sent[i] and self.joined(i + n - 1, i + n):
            n += 1  # a long name that ends like an organisation or a law: "Marjory Stoneman Douglas High
            # School", "Brady Handgun Violence Prevention Act"
        return n

    def nickname_at(self, k: int, first: int) -> bool:
        """Whether token ``k`` is a nickname quoted inside the person's name that starts at token
        ``first`` with a given name (maybe an initial or a middle name between) and goes on with a
        name word after it: "Millard “Pete” Stith", "John Russell "Rusty" Houser", "William H.
        “Bill” Herrington"."""
        if not (0 < k < self.n - 1 and self.sent[first] == self.sent[k + 1]):
            return False
        before, after = self.gap(k - 1, k), self.gap(k, k + 1)
        if _is_initial(self.text, self.tokens[k - 1]):
            before = before.removeprefix(".")
        return before in (' "', " “", " '") and after == {' "': '" ', " “": "” ", " '": "' "}[before] \
            and self.given(self.words[first]) and _is_name_word(self.words[k]) and _is_name_word(self.words[k + 1])

    def opens_state(self, k: int) -> bool:
        """Whether token ``k`` opens a state's name of two words, which may open a longer name
        ("New Jersey Dream Act Coalition", "North Carolina Central University")."""
        return self.words[k] in STATE_OPENERS and k + 1 < self.n and self.same_sentence(k, k + 1) \
            and f"{self.words[k]} {self.words[k + 1]}" in TWO_WORD_STATES and _adjacent(self.text, self.tokens[k], self.tokens[k + 1])

    def surname_after_honorific(self, k: int) -> bool:
        """Whether the title word at ``k`` is a surname after "Mr.", "Mrs." or "Ms." ("Mr. King",
        "Ms. Bishop"), not the office someone is addressed by ("Mr. President", "Madam Speaker")."""
        return k > 0 and self.words[k - 1] in HONORIFIC_GENDER and self.lower[k] not in ADDRESSED_OFFICES and self.titled(k)

    def gap(self, a: int, b: int) -> str:
        """The text between tokens ``a`` and ``b``: " " inside a name, ", " before an apposition."""
        return self.text[self.tokens[a].end:self.tokens[b].start]

    def joined(self, a: int, b: int) -> bool:
        """Whether tokens a and b = a + 1 belong to one name: only a space (or an initial's full
        stop) between them, or a firm's " & " ("Scott & White")."""
        return _adjacent(self.text, self.tokens[a], self.tokens[b]) or self.gap(a, b) == " & "

    def tail_after(self, i: int) -> bool:
        """Whether the capitalised word ``i``, after a connector and a capitalised word, goes on a
        longer name: "Center for Harbor Studies", "Office of Management and Budget", "Ways and Means
        Committee". Two names joined by "and" are two names ("Reilly and Lowery"), unless the second
        ends like an organisation in English words (not "Princeton and Harvard Law School") or the
        first is itself the tail of a name. After a person's name
        comes where the person is from: a place ("Ron Pariseau, of Pomfret"), named by nobody, or an
        organisation of its own ("Mary Vosk of National Harbor Institute")."""
        if self.lower[i - 1] != "and":
            if self.covered[i - 2] and self.person_at(i - 2):
                return not (self.named_body(i) > 0 or self.opens_organisation(i) and self.organisation_after(i) > 0)
            return True
        if self.words[i] in ORG_PREFIXES and (self.words[i - 2] in ORG_WORDS or self.words[i - 2] in TAIL_FIELDS):
            return False  # a complete name, then another: "Center for Coastal Studies and National Pilots Association"
        body = self.named_body(i)
        if body > 0 and all(self.lower[k] in self.index.english for k in range(i, i + body - 1)) \
                or self.words[i - 2] in ORG_WORDS and "of" in self.lower[max(0, i - 5):i - 2]:
            return True  # (inside a tail: "Institute of Public Service and Policy"; not "Motorola Solutions and Marriott")
        if self.words[i] in TAIL_FIELDS and any(self.lower[k] in TAIL_WORDS for k in range(max(0, i - 5), i - 2)):
            return True  # a field ending a tail: "Center for Gun Policy and Research"
        tail = next((t for t in (2, 3) if i - 2 - t >= 0 and self.lower[i - 2 - t] in TAIL_WORDS), 0)
        if tail and self.tail_joins(i - 1, tail):
            return True  # "Center for Consumer Information and Insurance Oversight"
        return i > 2 and self.lower[i - 3] in CONNECTORS and self.same_sentence(i - 3, i) \
            and not self.full_name_at(i)  # a person's name: "Pell Darrigan of Texas and Anne Voss of Ohio"

    def credited(self, k: int) -> bool:
        """Whether a slash and a capitalised word follow token ``k`` right away: a credit for a
        photograph or an article ("Mark Wilson/Getty Images", "Ann Hermes/The Christian Science
        Monitor", "Simon Montlake/Staff writer")."""
        end = self.tokens[k].end
        return self.text[end:end + 1] == "/" and self.text[end + 1:end + 2].isupper()

    def names_nothing(self, first: int, count: int) -> bool:
        """Whether the name at tokens first..first+count-1 makes no new actor: a catalog name, or
        words that look like a name and name nobody:
        a programme or a law ("Individualized Education Program"); a description ending in a
        demonym ("Pure American", not "Bob Dane") or made of a name ("San Francisco-based"); a
        county, a place as a city is ("Pinal County"; not "Legal Aid Society of Palm Beach
        County"), a word coined of a catalog person's surname ("Trumpian", "Clintoncare"), a building, ground or way ("Logan International Airport"), a school for children
        ("Columbine High School", "Marjory Stoneman Douglas High school"); the title of the person
        named next ("Shelby County Sheriff Michael Miller"); a photographer or writer credited, or
        a picture agency ("Mark Wilson/Getty Images", "By Simon Montlake/Staff writer")."""
        end = first + count
        name = self.span_text(first, count)
        if name in self.index.names or count == 1 and name in self.index.form_actor \
                or end < self.n and self.words[end] == "Images" or self.eponym(end):
            return True
        if count == 1:
            return any(name.endswith(e) and name[:-len(e)] in self.index.by_surname for e in COINED_ENDS)
        words, last = self.words[first:end], self.words[end - 1]
        return last in DOCUMENT_WORDS or _describes(last) \
            or last in self.index.demonym_words and not self.index.first_names.get(words[0]) \
            or (last in PLACE_ENDS or last in FACILITY_ENDS) and not any(w in ORG_WORDS or w[:1].islower() for w in words[:-1]) \
            or last == "School" and count > 2 and words[-2] in SCHOOL_GRADES \
            or last in SCHOOL_GRADES and end < self.n and self.lower[end] == "school" and self.gap(end - 1, end) == " " \
            or last in self.index.title_tokens and end < self.n and self.person_follows(end) \
            and self.gap(end - 1, end) == " " \
            or self.credited(end - 1) and last not in ORG_WORDS

    def eponym(self, end: int) -> bool:
        """Whether a name ending before token ``end`` names a disease or a law after someone
        ("Asperger's Syndrome", "Alzheimer's disease", "Kate's Law"; not "Kovari's law firm")."""
        return end + 1 < self.n and self.lower[end] in ("'s", "’s") and self.lower[end + 1] in EPONYM_NOUNS \
            and self.same_sentence(end, end + 1) and self.words[end + 1] != "law"

    def discover(self, first: int, count: int, kind: str | None = None) -> str | None:
        if self.names_nothing(first, count):
            return None
        name = self.span_text(first, count)
        last = self.words[first + count - 1]
        if count > 1 and self.lower[first] in NAME_PARTICLES:
            tail = " " + name.lower()  # "De Leon said" after "Kevin de Leon": his surname
            owner = next((a.id for a in self.discovered.values() if a.kind == "person" and a.name.lower().endswith(tail)), None)
            if owner:
                self.add(first, first + count - 1, owner, "surname")
                return owner
        sector = None
        if name in self.companies and not self.surname_after_honorific(first) \
                or count == 1 and name in self.firm_words:
            kind, sector = "organisation", "company"  # "the firm Jones Day", "the app Lyft ... Lyft said", "CoreCivic, which runs"
        elif count == 1 and (name in UNIVERSITY_NAMES or _CAMEL_RE.match(name) and not name.startswith(NAME_PREFIXES)) \
                and not self.titled(first):
            kind = "organisation"  # "a professor at Yale", "Harvard's John McDonough"; a firm's or a site's
            # name written in one word with capitals inside ("FedEx", "CoreCivic", "OpenSecrets"; not "McGahn")
        elif kind is None and count > 1 and self.after_person_noun(first):
            kind = "person"
        elif kind is None:
            country = self.index.form_actor.get(last)
            kind = "organisation" if last in ORG_WORDS or last in INSTITUTION_ENDS and count > 1 or self.press_name(first, count) \
                or "&" in name else \
                "name" if country and self.index.actors[country].kind == "country" and not self.given(self.words[first]) \
                or count > 1 and self.common_noun_end(first + count - 1) and self.words[first] not in self.index.first_names \
                else "person"
            # a country's name or an ordinary noun ends no person's but a given name's: "Enroll America",
            # "Avalere Health", not "Steve Israel"
        if kind == "organisation" and sector is None:
            sector = "company" if last in COMPANY_ENDS or last in FIRM_TAILS else "media" if self.press_name(first, count) else None
        ident = self.new_actor(name, kind, sector)
        self.add(first, first + count - 1, ident, "discovered")
        return ident

    def member_of(self, j: int) -> bool:
        """Whether "of" and an organisation found already follow a name ending before token ``j``:
        "Avik Roy of the Manhattan Institute", "Dan Mendelson of Avalere Health"."""
        if j + 1 >= self.n or self.lower[j] != "of" or self.gap(j - 1, j) != " " or not self.same_sentence(j, j + 1):
            return False
        k = j + 2 if self.lower[j + 1] == "the" else j + 1
        return k < self.n and self.covered[k] and any(
            h.first == k and self.actor(h.actor).kind == "organisation" for h in self.hits)

    def opens_of_name(self, i: int) -> bool:
        """Whether the lone capitalised word at ``i`` opens a longer name with "of" and a capitalised
        English word ("The Art of the Deal", "Lie of the Year", "Tree of Life"), not a person's
        place or organisation ("Roy of the Manhattan Institute", "Wilson of the Heritage Foundation",
        "Smith of Ohio")."""
        j = i + 1
        if j + 1 >= self.n or self.lower[j] != "of" or self.gap(i, j) != " " or not self.same_sentence(i, j + 1):
            return False
        k = j + 2 if self.lower[j + 1] == "the" else j + 1
        if k >= self.n or not self.same_sentence(i, k) or not self.words[k][:1].isupper() \
                or self.lower[k] not in self.index.english or self.member_of(j) or self.covered[k]:
            return False
        run = self.name_run(k) or 1
        return self.words[k + run - 1] not in ORG_WORDS

    def named_as_person(self, first: int) -> bool:
        """Whether what a person is introduces the name at ``first`` with "named", "called" or
        "identified as": "a former legislator named Bartolo Fuentes", "a man identified as ..."."""
        k = first - 1
        if k > 0 and self.lower[k] == "as" and self.lower[k - 1] == "identified":
            k -= 1
        elif not (k > 0 and self.lower[k] in ("named", "called")):
            return False
        return self.lower[k - 1] in PERSON_HEADS and self.same_sentence(k - 1, first) \
            and all(self.gap(m, m + 1) == " " for m in range(k - 1, first))

    def after_person_noun(self, first: int) -> bool:
        """Whether what a person is stands right before the name at ``first``: "Democratic pollster
        Celinda Lake", "honor student Hadiya Pendleton"."""
        if first < 1 or self.lower[first - 1] not in PERSON_HEADS or not self.words[first - 1].islower() \
                or not self.same_sentence(first - 1, first):
            return False
        return self.gap(first - 1, first) == " " \
            or self.gap(first - 1, first) == ", " and first > 1 and self.lower[first - 2] == "the"  # "The suspect, Sayfullo Saipov,"

    def common_noun_end(self, k: int) -> bool:
        """Whether the last word of a name, at token ``k``, is an ordinary English noun that is no
        surname ("Health" of "Avalere Health"; not "Baker", "Price")."""
        w = self.words[k]
        return self.lower[k] in self.index.english and w not in self.index.word_names and w not in self.index.first_names

    def discovery(self) -> None:
        words, lower, sent, index = self.words, self.lower, self.sent, self.index
        capitalised = self.capitalised
        self.companies = {self.span_text(i, self.name_run(i) or 1) for i in capitalised
                          if i > 0 and lower[i - 1] in COMPANY_NOUNS and self.gap(i - 1, i) == " "}
        in_tail = self.organisation_tails()
        skip = 0
        for i in capitalised:
            if i < skip or i in in_tail:
                continue  # (a word of an organisation's tail is found with the whole name, later: "Center for
                # Sustainable Health Spending", "Committee for a Responsible Federal Budget")
            if not self.covered[i] and self.names_people(i) and self.opens_advocacy_name(i + 1):
                skip = self.advocacy_name_end(i)
                if skip:
                    self.discover(i, skip - i, "organisation")  # "Americans for Tax Reform", "Americans United for Life"
                continue
            if self.opens_organisation(i) and not self.covered[i]:
                skip = i + self.organisation_after(i)  # "National Rifle Association": found whole later
                continue
            if self.no_name_at(i) or self.after_saint(i) and (i - 1 in self.opened or not (
                    self.full_name_at(i) and self.words[i + 1] not in LONE_NOT_NAME)):
                continue  # "Americans said": a demonym is never a new actor; "St. Louis County": a place
                # named for a saint, found whole later (but "St. Thomas Aquinas" is a person, and "St.
                # Louis Post-Dispatch" a place's newspaper)
            if i > 0 and i not in self.name_starts and not self.covered[i - 1] and self.same_sentence(i - 1, i) \
                    and _adjacent(self.text, self.tokens[i - 1], self.tokens[i]) \
                    and _is_name_word(words[i - 1]) and words[i - 1] not in NOT_NAME \
                    and not ("-" in words[i - 1] and self.hyphen_describes(words[i - 1])) \
                    and (words[i - 1] not in index.title_tokens or i > 2 and lower[i - 2] in CONNECTORS
                         and words[i - 3][:1].isupper() and self.same_sentence(i - 3, i) and not self.given(words[i])):
                continue  # inside a longer capitalised name that was not taken (a title's word inside
                # an organisation's tail too: "Center for Health Policy", but "Secretary of Health Tom Price")
            if i > 0 and not self.covered[i - 1] and _ACRONYM_RE.match(words[i - 1]) and self.same_sentence(i - 1, i) \
                    and self.acronym_organisation(i - 1):
                continue  # the rest of a name an acronym opens: "FBI Agents Association", found whole later
            if (i > 1 and lower[i - 1] in CONNECTORS and self.name_word_before_connector(i)
                    and words[i - 2] not in NOT_NAME and self.same_sentence(i - 2, i) and self.tail_after(i)):
                continue  # the tail of a longer name: "Center for Immigration Studies"
            run = self.name_run(i)
            described = self.described_by(i, run)
            if described:
                skip = described  # found from the name after the description on
                continue
            if run == 0 or words[i + run - 1] in DOCUMENT_WORDS or self.person_start(i, run) > i:
                continue
            is_org = words[i + run - 1] in ORG_WORDS
            title = None if is_org else self.title_before(i)
            if title is None and run == 1 and not is_org:
                office = self.office_before(i, listed=False)  # "Presidents Carter and Ford", "then-President
                # Carter": a catalog person of the surname who held the office (not "Lawmakers: Tell us")
                if office and any(self.held_as(c, office) for c in index.by_surname.get(words[i], ())):
                    title = i - 1
            if title is not None:
                if run > 1:  # a person after a person's title, whatever the last word ("Director Keating Holland")
                    self.discover(i, run, None if words[i + run - 1] in INSTITUTION_ENDS else "person")
                else:
                    self.single_after_title.append((title, i))  # "Gov. Brown": decided after the surnames
                continue
            if run < 2:
                given_alone = index.first_names.get(words[i]) in ("male", "female") and i > 0 and self.same_sentence(i - 1, i) \
                    and lower[i - 1] != "in" and not self.before_state(i + 1)  # "in Troy", "Troy, N.Y.": a place
                ordinary = words[i] in LONE_NOT_NAME and words[i] not in index.first_names \
                    and not (i > 0 and lower[i - 1] == "the") \
                    or words[i] in NO_LONE_NAME  # "Administration warned", "the Mall urged", "on the Floor
                # speaking"; not "the Hill reported"
                after_initial = i > 1 and _is_initial(self.text, self.tokens[i - 1]) and self.joined(i - 1, i) \
                    and _is_name_word(words[i - 2]) and self.joined(i - 2, i - 1)  # "Abbe R. Gluck": found whole later
                if not is_org and not ordinary and not after_initial and (given_alone or self.person_context(i)):
                    self.single_with_evidence.append(i)  # "Wilson said": decided after the surnames
                continue
            after = i + run
            acronym = self.acronym_after(i, run)
            if acronym:  # "the Harbor Policy Institute (HPI)": a name that defines an acronym
                self.discover(i, run, None if is_org else "organisation")
                continue
            nxt = after + 1 if after < self.n and words[after] == "," else after
            given = self.given(words[i])
            if not is_org and (self.party_tag_after(after - 1) is not None or self.state_tag_after(after - 1)):
                self.discover(i, run)  # "Salud Carbajal (D-Calif.)", "Elissa Slotkin (Mich.)" (a pollster's "(D)" too)
                continue
            # Speech verbs in their written case: "Says" in a Title Case headline does not count.
            if given and not is_org and not self.in_title_beyond(i, run) \
                    or (nxt < self.n and words[nxt] in index.speech_verbs and sent[nxt] == sent[i]) or (
                    i > 0 and words[i - 1] in index.speech_verbs and sent[i - 1] == sent[i] and not is_org
                    ) or _after_according_to(lower, i):
                self.discover(i, run)

    def organisation_tails(self) -> set[int]:
        """The tokens of the tails of organisations' names, after a word that ends like one and "of",
        "for" or "on", up to an "and" or "at" ("Sustainable Health Spending" of "Center for Sustainable
        Health Spending"): no name of their own. (What "and" or "at" joins may be a name of its own:
        "William Landes at the University of Chicago and John Lott".)"""
        tails: set[int] = set()
        for k in self.capitalised:
            if self.words[k] in ORG_WORDS and k + 2 < self.n and self.lower[k + 1] in TAIL_WORDS and self.same_sentence(k, k + 2) \
                    and not self.covered[k + 1]:
                for j in range(k + 2, self.tail_end(k, k + 1)):
                    if self.lower[j] in ("and", "at"):
                        break
                    tails.add(j)
        return tails

    def in_title_beyond(self, i: int, run: int) -> bool:
        """Whether the name run i..i+run-1 is part of a quoted title that says more than it: a
        book's ("author of “Emily Gets Her Gun”"), not a name quoted alone ("“Dylan Hockley,
        3/8/06 – 12/14/12”")."""
        words = self.quoted_title(i) if self.quoted else None
        return words is not None and len(words) > run

    def person_context(self, i: int, first: int | None = None) -> bool:
        """Whether a lone capitalised word acts as a person: "Wilson (also) said", "said Wilson", "Wilson, who",
        "Wilson, 77,", "Wilson's lawyer", "Wilson resigned", "Wilson believes", "Wilson was indicted",
        "according to Wilson"; not "a Jesuit said", nor the last word of a longer name ("the Tea Party
        Patriots, said"). With ``first``, whether the name first..i does."""
        words, lower, n = self.words, self.lower, self.n
        if first is None:
            first = i
            if self.continues_name(i):
                return False
        if first > 0 and lower[first - 1] in ("a", "an") and self.same_sentence(first - 1, first):
            return False  # a kind, not a name: "Lombardi, also a Jesuit, said"
        j = i + 2 if i + 1 < n and words[i + 1] == "," else self.verb_after(i)
        if j < n and self.same_sentence(i, j) and (words[j] in self.index.speech_verbs or lower[j] in PERSON_VERBS):
            return True
        if j + 1 < n and self.same_sentence(i, j + 1) and lower[j] in AUXILIARIES and lower[j + 1] in PERSON_PARTICIPLES:
            return True
        if j + 2 < n and lower[j] in ("is", "was") and lower[j + 1] in ("a", "an", "the") and self.same_sentence(i, j + 2) \
                and self.is_person_head(j + 2):
            return True  # "Gluck is a professor of law at Yale"
        if i + 1 < n and self.same_sentence(i, i + 1):
            gap = self.gap(i, i + 1)
            if lower[i + 1] == "who" and gap.strip() == ",":
                return True
            if gap == ", " and i + 2 < n and words[i + 1].isdigit() and 15 < int(words[i + 1]) < 110 \
                    and self.char_after(i + 1) == ",":
                return True  # an age: "Pell, 77, was convicted"
            if self.persons_thing_after(i):
                return True
        if first > 0 and words[first - 1] in self.index.speech_verbs and self.same_sentence(first - 1, first):
            before = self.text[max(0, self.tokens[first - 1].start - 3):self.tokens[first - 1].start].rstrip()
            return before.endswith((",", '"', "”"))
        if self.described_as_person(i + 1):
            return True
        # "according to Kaku, ...": a word that is no English word, with its clause ending after it
        return first == i and _after_according_to(lower, i) and lower[i - 1] != "the" and lower[i] not in self.index.english \
            and (i + 1 >= n or not self.same_sentence(i, i + 1) or self.char_after(i) in ",.;:")

    def is_person_head(self, k: int) -> bool:
        """Whether the few lower-case words from token ``k`` end with what a person is, before
        punctuation or a preposition: "professor of law", "former senator from Ohio"."""
        for m in range(k, min(k + 4, self.n)):
            if not self.words[m].islower() or not self.same_sentence(k, m):
                return False
            if self.lower[m] in PERSON_HEADS:
                end = self.tokens[m].end
                return end == len(self.text) or self.text[end] in ",.;:)" \
                    or m + 1 < self.n and self.lower[m + 1] in ("of", "at", "for", "who", "and", "in", "with", "from")
        return False

    def continues_name(self, i: int) -> bool:
        """Whether the capitalised word at ``i`` goes on a name written right before it, no title or
        honorific ("Tea Party Patriots", "Tucson Sector", "Chicago's South Side")."""
        if i == 0 or not self.same_sentence(i - 1, i) or self.gap(i - 1, i) != " ":
            return False
        w = self.words[i - 1]
        return w[:1].isupper() and w not in self.index.title_tokens and w not in HONORIFIC_GENDER \
            and not (self.starts_clause(i - 1) and self.lower[i - 1] in self.index.english)  # not "Later Wilson said"

    def persons_thing_after(self, k: int, nouns: frozenset[str] = PERSON_NOUNS) -> bool:
        """Whether a person's thing follows token ``k``: "Wilson's lawyer", "in Dimon's view" (one
        of ``nouns``)."""
        return k + 2 < self.n and self.lower[k + 1] in ("'s", "’s") and self.lower[k + 2] in nouns

    def acronym_after(self, i: int, run: int) -> bool:
        """Whether "(ACR)" right after the name run i..i+run-1 spells the run's initials."""
        j = i + run
        if j >= self.n or not _ACRONYM_RE.match(self.words[j]):
            return False
        if self.gap(j - 1, j).strip() != "(":
            return False
        initials = "".join(w[0] for w in self.words[i:j] if w[0].isupper())
        return self.words[j].replace(".", "") == initials

    # -- 3. acronyms defined in the article ---------------------------------------------------
    def spells(self, acronym: str, h: _Hit) -> bool:
        """Whether ``acronym`` spells the initials of the hit's words or of one of its actor's
        names ("Harbor Policy Institute (HPI)"); "(N.Y.)" or "(D-N.Y.)" after a name is a state.
        An organisation's or group's acronym of three letters or more may spell its name in its
        own language ("Kurdistan Workers' Party (PKK)", "Federal Office for Migration and Refugees
        (BAMF)"); a person's or a two-letter one must spell the name ("(TX)" is a state)."""
        letters = acronym.replace(".", "").replace("&", "")
        if not letters.isalpha():
            return False
        if len(letters) >= 3 and "." not in acronym and self.actor(h.actor).kind in ("organisation", "group") \
                and h.actor not in self.index.peoples and self.starts_name(h.first):
            return True

        def initials(words: Sequence[str]) -> str:
            return "".join(w[0] for w in words if w[:1].isupper())

        if letters == initials(self.words[h.first:h.last + 1]):
            return True
        a = self.actor(h.actor)
        return any(letters == initials(_tokens_of(f)) for f in (a.name, *a.aliases))

    def starts_name(self, i: int) -> bool:
        """Whether token ``i`` opens a name, not the end of a longer one ("Transactional Records
        Access Clearinghouse at Syracuse University", "Parents of Americans")."""
        j = i - 1
        if j < 0 or not self.same_sentence(j, i) or self.lower[j] in ("the", "a", "an"):
            return True
        if self.lower[j] in (*CONNECTORS, "at"):
            return not (j > 0 and self.same_sentence(j - 1, i) and self.words[j - 1][:1].isupper())
        return not (self.words[j][:1].isupper() and self.joined(j, i))

    def acronyms(self) -> None:
        defined: dict[str, str] = {}
        for h in self.hits:
            nxt = h.last + 1
            if nxt < self.n and _ACRONYM_RE.match(self.words[nxt]) and not self.covered[nxt] \
                    and self.gap(h.last, nxt).strip() == "(" \
                    and self.char_after(nxt) == ")" \
                    and self.spells(self.words[nxt], h):
                defined.setdefault(self.words[nxt], h.actor)
                self.covered[nxt] = True  # the definition itself is part of the named mention
        if not defined:
            return
        for i in range(self.n):
            if not self.covered[i] and self.words[i] in defined:
                self.add(i, i, defined[self.words[i]], "acronym")

    # -- 4. surnames and short forms ------------------------------------------------------------
    def honour_honorific(self, h: _Hit) -> None:
        """"Mrs. Obama" is not Barack Obama: an honorific's gender overrides a short form's default."""
        want = HONORIFIC_GENDER[self.words[h.first - 1]]
        if self.gender(h.actor) in (None, want):
            return
        fitting = [c for c in self.index.by_surname.get(self.words[h.first], ()) if self.gender(c) == want]
        if len(fitting) == 1:
            h.actor, h.resolution = fitting[0], "surname"
        else:
            h.actor = ""  # nobody fits: unresolved

    def after_late(self, k: int) -> bool:
        """Whether "late" stands before the name at token ``k``, maybe with a title between ("the
        late Sen. Ted Kennedy", "the late John McCain")."""
        j = k - 1
        while j > 0 and self.same_sentence(j, k) and self.words[j] in self.index.title_tokens:
            j -= 1
        return j >= 0 and self.same_sentence(j, k) and self.lower[j] == "late"

    def office_before(self, i: int, listed: bool = True) -> str | None:
        """The office title written right before token ``i`` ("President", "Gov."), spelled as the
        catalog's roles spell it, or None. Also a one-word title with "then-" or "ex-" joined to it
        ("then-President Clinton") and one in the plural before a list of names ("Presidents
        Carter, Reagan, both Bushes and Clinton"; with ``listed`` False, only right before the name)."""
        start = self.title_before(i)
        if start is not None:
            return " ".join(_spelled_out(self.lower[start:i]))

        def plural_title(w: str) -> bool:
            return w.endswith("s") and (w[:-1],) in self.index.titles.get(w[:-1], ())

        k = i - 1
        while listed and k > 0 and i - k < 12 and self.same_sentence(k, i) and not plural_title(self.words[k]) and (
                self.lower[k] in ("and", "both") or _is_name_word(self.words[k]) and self.words[k] not in self.index.title_tokens
                and self.char_after(k - 1) in ", ." and self.words[k - 1] not in ("'s", "’s")):
            k -= 1  # back over a list of names
        if k < 0 or not self.same_sentence(k, i):
            return None
        word = self.words[k]
        if k == i - 1 and word.startswith(("then-", "ex-")):
            word = word.split("-", 1)[1]
        elif plural_title(word):
            word = word[:-1]  # "Presidents", "Sens."
        else:
            return None
        return " ".join(_spelled_out([word.lower()])) if (word,) in self.index.titles.get(word, ()) else None

    def held(self, actor_id: str, title: str) -> bool:
        """Whether the catalog lists ``title`` among the actor's offices."""
        return any(r.title == title or r.title.startswith(title + " ") for r in self.actor(actor_id).roles)

    def honour_office(self, h: _Hit) -> None:
        """A short form after an office title goes to the one namesake in the catalog who held
        that office (in the state written before it), when its default owner never did (there):
        "President Clinton" is Bill Clinton, "Florida Gov. Bush" Jeb Bush; else it is nobody's."""
        title = self.office_before(h.first)
        if title is None:
            return
        code = self.state_before_office(h.first)
        if code is not None and self.state_fit(h.actor, title, code) is False:  # "Florida Gov. Bush"
            fitting = [c for c in self.index.by_surname.get(self.words[h.first], ()) if self.state_fit(c, title, code)]
            if len(fitting) == 1:
                h.actor, h.resolution = fitting[0], "surname"
            else:
                h.actor = ""  # nobody of the catalog held it there: unresolved
            return
        if self.held_as(h.actor, title):
            return
        fitting = [c for c in self.index.by_surname.get(self.words[h.first], ()) if self.held_as(c, title)]
        if len(fitting) == 1:
            h.actor, h.resolution = fitting[0], "surname"

    def surnames(self) -> None:
        for h in self.hits:
            if h.resolution == "short" and h.first == h.last and h.first > 0:
                if self.words[h.first - 1] in HONORIFIC_GENDER:
                    self.honour_honorific(h)  # "Mrs. Obama"
                else:
                    self.honour_office(h)  # "President Clinton", "Gov. Bush"
        for h in [h for h in self.hits if not h.actor]:
            self.covered[h.first] = False
        self.set_hits([h for h in self.hits if h.actor])
        full_at: dict[str, list[int]] = defaultdict(list)
        for h in self.hits:
            if h.resolution in ("name", "alias", "discovered") and self.actor(h.actor).kind == "person" \
                    and not (h.resolution == "alias" and h.first == h.last
                             and self.words[h.first] == self.actor(h.actor).name.split()[0]):
                full_at[h.actor].append(h.first)  # (a given name alone, "Melania", says no surname)
        by_surname = _by_surname((actor_id, self.actor(actor_id).name) for actor_id in sorted(full_at))
        if not by_surname:
            return

        # People the article names only as dead ("the late Sen. Ted Kennedy") take a surname only
        # when no living namesake is named ("Mr. Kennedy said" is Chris Kennedy of Cato).
        late = {a for a, places in full_at.items() if all(self.after_late(p) for p in places)}
        # Where each is named by an office of theirs before the surname as well ("Sen. Paul" is Rand
        # Paul, not his father, Rep. Ron Paul, named in full once in between)
        named_at = {a: list(places) for a, places in full_at.items()}
        for h in self.hits:
            if h.first == h.last and h.resolution in ("short", "surname") and h.actor in named_at \
                    and self.named_by_office(h.first, h.actor):
                named_at[h.actor].append(h.first)

        def nearest(i: int, owners: list[str]) -> str:
            # The person whose full name (or office and surname) came last before, else first after;
            # but past the sentence after that naming, the one named most often so far ("Sen. Chris
            # Murphy ... a teacher's aide, Anne Marie Murphy, ... . ... . Murphy launched a filibuster").
            owners = [a for a in owners if a not in late] or owners

            def distance(a: str) -> int:  # (one named after i only: further than any before it)
                return min((i - p) if p <= i else (self.n + p - i) for p in named_at[a])

            last = min(owners, key=distance)
            before = [p for p in named_at[last] if p <= i]
            if not before or self.sent[i] - self.sent[max(before)] <= SURNAME_RECENCY:
                return last
            counts = {a: sum(1 for h in self.hits if h.actor == a and h.first < i) for a in owners}
            most = max(counts.values())
            return last if counts[last] == most else min((a for a in owners if counts[a] == most), key=distance)

        def fitting(i: int) -> list[str]:
            # The owners of the surname at i that its honorific allows ("Mrs. Clinton" is not Bill Clinton).
            owners = by_surname[self.words[i]]
            want = HONORIFIC_GENDER.get(self.words[i - 1]) if i > 0 else None
            return [a for a in owners if self.gender(a) in (None, want)] if want else owners

        # A catalog short form yields to a person of that surname named in full in this article,
        # unless an office written before it is its own and none of theirs ("President Obama" is
        # not Michelle Obama, named in full in the same article; a person the catalog does not know
        # may hold any office): then that office holder is in the article too and keeps the
        # surname alone ("Obama said"), as one named in full would.
        short = [(h, fitting(h.first)) for h in self.hits if h.resolution == "short" and h.first == h.last
                 and self.words[h.first] in by_surname and h.actor not in by_surname[self.words[h.first]]]
        office_holders = set()
        for h, owners in short:
            title = self.office_before(h.first) if owners else None
            if title is not None and self.held(h.actor, title) \
                    and not any(self.actor(a).discovered or self.held(a, title) for a in owners):
                office_holders.add(h.actor)
        for h, owners in short:
            if owners and h.actor not in office_holders:
                h.actor, h.resolution = nearest(h.first, owners), "surname"
        # Before its owner is named at all, a short form is the namesake the article has named in
        # full so far ("Parkland shooter Nikolas Cruz ... Cruz, 19, ..." before "Sen. Ted Cruz"),
        # unless an office written before it or the noun after it is its owner's alone. An owner
        # named before by the short form ("President Trump ... Ivanka Trump ... Trump said") keeps it.
        for h in sorted(self.hits, key=lambda h: h.first):
            if h.resolution != "short" or h.first != h.last or h.actor not in full_at \
                    or self.words[h.first] not in by_surname or h.first > min(full_at[h.actor]) \
                    or any(o.actor == h.actor and o.first < h.first for o in self.hits) \
                    or h.first + 1 < self.n and self.lower[h.first + 1] in ATTRIBUTIVE_NOUNS:
                continue  # (the "Bush presidency" is no Jeb Bush's)
            earlier = [a for a in fitting(h.first) if a != h.actor and min(full_at[a]) < h.first]
            title = self.office_before(h.first) if earlier else None
            if earlier and not (title is not None and self.held(h.actor, title)
                                and not any(self.actor(a).discovered or self.held(a, title) for a in earlier)):
                h.actor, h.resolution = nearest(h.first, earlier), "surname"
        # A country's name that is the surname of a person named in full before it is that person
        # where it speaks ("Rep. Jim Jordan ... Jordan said", "said Jordan", "Jordan, R-Ohio,"),
        # unless the article names the country in another way too ("Jordanian", "Amman").
        words: set[str] | None = None
        for h in self.hits:
            i = h.first
            if i != h.last or h.resolution != "name" or self.words[i] not in by_surname \
                    or self.actor(h.actor).kind != "country" \
                    or not (self.speaks_next(i) or i > 0 and self.words[i - 1] in self.index.speech_verbs
                            or self.party_tag_after(i) is not None):
                continue
            owners = [a for a in fitting(i) if min(full_at[a]) < i]
            country = self.actor(h.actor)
            words = set(self.words) if words is None else words
            if owners and not any(o.actor == h.actor and (o.resolution != "name" or o.last > o.first) for o in self.hits) \
                    and words.isdisjoint(country.demonyms) and words.isdisjoint(country.capitals):
                h.actor, h.resolution = nearest(i, owners), "surname"
        for i in [i for i, w in enumerate(self.words) if w in by_surname]:
            w = self.words[i]
            if self.covered[i] and not self.place_named_for(i):
                continue
            if w in NOT_NAME and not self.titled(i) and not self.speaks_next(i):
                continue  # "In May" is the month unless a title or a verb of saying says otherwise ("Mrs. May", "May said")
            owners = [a for a in fitting(i) if not self.office_rules_out(a, i)]
            if not owners or self.kin_of_namesake(i) or self.names_case(i, 1) or self.names_place(i) \
                    or self.describes_people(i) or self.named_for(i):
                continue
            owner = nearest(i, owners)
            if i > 0 and self.free_name_word_next(i, i - 1):
                given, known = self.actor(owner).name.split()[0], self.index.first_names.get(self.words[i - 1])
                if self.words[i - 1] == given or known and _same_given(self.lower[i - 1], given.lower(), slips=False):
                    self.add(i - 1, i, owner, "surname")  # the full name again: "George Will:" in a headline, "agent Kisu Yo"
                    continue
                if slug(self.actor(owner).name).endswith("-" + slug(f"{self.words[i - 1]} {w}")):
                    self.add(i - 1, i, owner, "surname")  # both surnames: "Garcia Zarate" of José Inés García Zárate
                    continue
                if known or self.actor(owner).discovered and self.lower[i - 1] not in self.index.english \
                        and "-" not in self.words[i - 1]:
                    continue  # another given name: someone else ("Megan Gipson ... niece Grace Gipson", "Dorrin Vask")
            self.add(i, i, owner, "surname")
            if len(owners) < len(by_surname[w]) and self.named_by_office(i, owner):
                named_at[owner].append(i)  # (in text order: "Senator Paul ... Mr. Paul")

    def named_for(self, k: int) -> bool:
        """Whether the person's name ending at token ``k`` opens the name of something named for
        them: "the Clinton Foundation", "George Washington University", "the Reagan Library", "the
        Giffords Law Center" (up to two capitalised words that open no catalog name before its end)."""
        for m in range(k + 1, min(k + 4, self.n)):
            if not self.same_sentence(k, m) or self.gap(m - 1, m) != " ":
                return False
            w = self.words[m]
            if w in NAMED_FOR_ENDS:
                return True
            if m + 1 < self.n and self.words[m + 1] in NAMED_FOR_ONLY and _is_name_word(w) and self.gap(m, m + 1) == " ":
                return True  # (a title's word too: "Harris Health System")
            if not _is_name_word(w) or w in self.index.title_tokens or w in NOT_NAME \
                    or _match_at(self.words, m, self.index.form_tables.get(w, ()), self.sent) is not None:
                return False  # (not "the Obama Justice Department")
        return False

    def in_other_name(self, i: int) -> bool:
        """Whether the word at ``i`` stands inside a longer capitalised name (joined to a name word
        before or after it): "Health" of "Avalere Health" or "Kaiser Health News" is not the last word
        of another organisation named in full ("Oscar Health"), nor a name of its own. "The" or an
        English word opening the sentence opens no name: "The Times", "But Dougan". Nor is an English
        word that opens a longer name with "and" or "of" ("Enforcement and Removal Operations" after
        "Immigration and Customs Enforcement"; not "Pearlstein and McLaine")."""
        before = i > 0 and self.same_sentence(i - 1, i) and self.joined(i - 1, i) and self.lower[i - 1] != "the" \
            and _is_name_word(self.words[i - 1]) and self.words[i - 1] not in self.index.title_tokens \
            and not (self.starts_clause(i - 1) and self.lower[i - 1] in self.index.english)  # not "But Dougan"
        after = i + 1 < self.n and self.same_sentence(i, i + 1) and self.joined(i, i + 1) and _is_name_word(self.words[i + 1])
        opens = i + 2 < self.n and self.lower[i] in self.index.english and self.lower[i + 1] in ("and", "of", "&") \
            and self.same_sentence(i, i + 2) \
            and self.gap(i, i + 1) == self.gap(i + 1, i + 2) == " " and _is_name_word(self.words[i + 2]) \
            and self.words[i + 2] not in self.index.title_tokens  # "Enforcement and Removal Operations"
        return before or after or opens

    def names_place(self, i: int) -> bool:
        """Whether the name at token ``i`` opens a county's or a parish's ("Shelby County")."""
        return i + 1 < self.n and self.words[i + 1] in PLACE_ENDS and self.same_sentence(i, i + 1) \
            and _adjacent(self.text, self.tokens[i], self.tokens[i + 1])

    # -- 5. a lone surname after a title --------------------------------------------------------
    def titled_surnames(self) -> None:
        for title_start, i in self.single_after_title:
            word = self.words[i]
            if self.covered[i] or word in LONE_NOT_NAME or word in ORG_WORDS:
                continue  # "King County", "Prince William County": a place
            honorific = self.words[i - 1] if self.words[i - 1] in HONORIFIC_GENDER else None
            candidates = list(self.index.by_surname.get(word, ()))
            bearers = len(candidates)
            if honorific and candidates:
                candidates = [c for c in candidates if self.gender(c) in (None, HONORIFIC_GENDER[honorific])]
                if not candidates:
                    bearers = 0  # "Mrs. King" when the catalog's Kings are men: someone else
            title = self.office_before(i) or " ".join(self.lower[title_start:i])
            if len(candidates) > 1:
                fitting = [c for c in candidates if self.held_as(c, title)]
                candidates = fitting or candidates  # "Justice Roberts" is the chief justice, "Sen. Roberts" the senator
            code = self.state_said_at(i)
            if code is not None and candidates:  # "Ohio Sen. Brown", "Sen. Scott (R-S.C.)": the one from there
                party = self.party_tag_after(i)  # (of the party the tag says: "Rep. Johnson (D-Texas)")
                fitting = [c for c in candidates if self.state_fit(c, title, code) is not False
                           and (not party or not (held := self.parties_of(c)) or party in held)]
                candidates = fitting if len(fitting) < 2 else [c for c in fitting if self.state_fit(c, title, code)] or fitting
                if not candidates:
                    bearers = 0
            if len(candidates) == 1 and (title.split()[-1] in LOCAL_OFFICES or title in RECORDED_OFFICES) \
                    and self.actor(candidates[0]).roles and not self.held_as(candidates[0], title):
                candidates, bearers = [], 0  # "Sheriff Israel" is not Rep. Steve Israel: someone else
            if len(candidates) == 1:
                self.add(i, i, candidates[0], "surname")
            elif not bearers:
                ident = self.discover(i, 1)
                if ident and honorific:
                    self.give_gender(ident, HONORIFIC_GENDER[honorific])
            # else: several catalog people bear this surname and nothing decides: unresolved

    def state_fit(self, actor_id: str, title: str | None, code: str) -> bool | None:
        """Whether the actor held US office ``title`` ("governor", "senator", "congressman"; None:
        any of these) for the state with postal code ``code``; None when the catalog gives no state
        for that office of theirs."""
        offices = STATE_OFFICES.get(title, (title,))
        states = {r.state for r in self.actor(actor_id).roles if r.title in offices and r.state}
        return (code in states) if states else None

    def state_before_office(self, i: int) -> str | None:
        """The postal code of the US state written before the office title that ends before token
        ``i``, maybe with a party word between ("Florida Gov. Bush", "Texas Republican Sen. Cruz"), or None."""
        start = self.title_before(i)
        if start is None or start == 0 or not self.same_sentence(start - 1, start):
            return None
        k = start - 1
        if self.words[k] in PARTY_WORDS_OF and k > 0 and self.same_sentence(k - 1, k):
            k -= 1
        return self.state_ending_at(k)

    def state_said_at(self, i: int) -> str | None:
        """The postal code of the US state written with the name at token ``i``: before its office
        ("Florida Gov. Bush") or in the party or state tag after it ("Rep. King (R-Iowa)", "Sen.
        Scott, R-S.C.,", "Hatch (Utah)"), or None."""
        code = self.state_before_office(i)
        if code is not None or i + 1 >= self.n or not self.same_sentence(i, i + 1) \
                or self.gap(i, i + 1) not in (" (", ", ", " ["):
            return code
        m = _STATE_TAG_RE.match(self.text, self.tokens[i + 1].start)
        if m is None:
            return None
        state = m.group(1).rstrip(".")
        if "." in state:  # "N.Y.", "W.Va."
            bare = state.replace(".", "")
            return "WV" if bare == "WVa" else bare if bare in US_STATE_CODES else None
        return STATE_CODE_OF.get(state)

    def state_ending_at(self, k: int) -> str | None:
        """The postal code of the US state whose name or abbreviation ends at token ``k`` ("Ohio",
        "New York", "Fla."), or None; not a bare postal code."""
        w = self.words[k]
        if k > 0 and self.same_sentence(k - 1, k) and f"{self.words[k - 1]} {w}" in TWO_WORD_STATES:
            return STATE_CODE_OF[f"{self.words[k - 1]} {w}"]
        return STATE_CODE_OF.get(w) if w in US_STATES and not w.isupper() else None

    def office_rules_out(self, actor_id: str, i: int) -> bool:
        """Whether the office written before token ``i`` is not the actor's: a recorded office it
        never held, or one it held for another state than the one written before it ("Florida
        Gov. Bush" is not George W. Bush, governor of Texas)."""
        title = self.office_before(i)
        if title is None:
            return False
        if self.never_held(actor_id, title):
            return True
        code = self.state_before_office(i)
        return code is not None and self.state_fit(actor_id, title, code) is False

    def never_held(self, actor_id: str, title: str | None) -> bool:
        """Whether ``title`` is a recorded office that the actor, a catalog person with other
        offices, never held."""
        actor = self.actor(actor_id)
        return title in RECORDED_OFFICES and not actor.discovered and bool(actor.roles) and not self.held_as(actor_id, title)

    def named_by_office(self, i: int, actor_id: str) -> bool:
        """Whether an office of the actor's is written before its surname at token ``i`` ("Senator Paul")."""
        title = self.office_before(i)
        return title is not None and self.held_as(actor_id, title)

    def held_as(self, actor_id: str, title: str) -> bool:
        """Whether a title written before a surname names an office the actor held: the office
        itself or one it ends ("Justice" for "chief justice")."""
        return self.held(actor_id, title) or any(r.title.endswith(" " + title) for r in self.actor(actor_id).roles)

    def coordinated_given_names(self) -> None:
        """A given name joined by "and" to a person's full name shares its surname: "Charles and
        David Koch", "Bill and Hillary Clinton"."""
        named = {h.actor for h in self.hits}
        for h in list(self.hits):
            g = h.first - 2
            if h.last != h.first + 1 or g < 0 or self.lower[h.first - 1] != "and" or self.covered[g] \
                    or self.gap(g, h.first) != " and " \
                    or not self.index.first_names.get(self.words[g]) or self.words[g] in NOT_NAME \
                    or any(k == 1 for k, _ in self.index.form_tables.get(self.words[g], ())) \
                    or named.intersection(self.index.by_surname.get(self.words[g], ())) \
                    or not self.index.first_names.get(self.words[h.first]) \
                    or self.actor(h.actor).kind != "person" or self.free_name_word_next(g, g - 1):
                continue  # not "of Georgia and Dean Heller", "Sen. Bill Cassidy ... Cassidy and Lindsey Graham"
            surname = self.words[h.last]
            owner = next((a for a in self.index.by_surname.get(surname, ())
                          if self.same_given_name(self.words[g], None, a)), None)
            self.add(g, g, owner or self.new_actor(f"{self.words[g]} {surname}", "person"), "name")

    def lone_names(self) -> None:
        """Lone names that act as people and no one claimed: a new person, unless a catalog person
        bears that surname (then it stays unresolved rather than guessed), or an ordinary word opens
        the sentence ("Critics said")."""
        for i in self.single_with_evidence:
            if self.starts_clause(i) and self.ordinary(i, 1) or self.plural_speakers(i):
                continue
            if not self.covered[i] and self.words[i] not in self.index.by_surname and not self.family(i) \
                    and not (self.words[i] in LONE_NOT_NAME and self.words[i].endswith("s")) \
                    and not (i > 0 and "&" in self.gap(i - 1, i)):  # not "New Yorkers said", "Sports & Outdoors said"
                self.discover(i, 1, "person")  # (a firm's name is an organisation's: see ``discover``)

    def families(self) -> None:
        """"the Clintons", "The Hammonds were ordered back to prison": after "the", the plural of
        the surname of a person the article names in full, when it is no English word, is that
        person's family, a group of its own ("Clinton family", with that plural as its alias), not
        the person, of the party and country its members named share; so is the surname before a
        word for a family ("the Glosser family", "the Tsarnaev brothers"), which the mention takes in."""
        people: dict[str, set[str]] = defaultdict(set)  # surname -> the people of it named
        for h in self.hits:
            a = self.actor(h.actor)
            surname = surname_of(a.name) if h.resolution != "pronoun" and a.kind == "person" else None
            if surname:
                people[surname].add(h.actor)
        if not people:
            return
        by_first = {h.first: h for h in self.hits if h.first == h.last}
        for i in [i for i in range(1, self.n - 1) if self.lower[i + 1] in FAMILY_WORDS and self.words[i] in people]:
            h = by_first.get(i)
            if self.lower[i - 1] != "the" or not self.same_sentence(i - 1, i + 1) or self.gap(i, i + 1) != " " \
                    or self.covered[i + 1] or self.covered[i] and (h is None or h.actor not in people[self.words[i]]) \
                    or i + 2 < self.n and self.lower[i + 2] in FAMILY_COMPOUNDS and self.gap(i + 1, i + 2) == " ":
                continue
            if h is not None:
                self.set_hits([o for o in self.hits if o is not h])
            self.add(i, i + 1, self.family_group(self.words[i], people[self.words[i]], None), "discovered")
        for i in self.capitalised:
            w = self.words[i]
            if i == 0 or self.covered[i] or self.lower[i - 1] != "the" or not w.endswith("s") \
                    or not w[1:].islower() or self.lower[i] in self.index.english or not self.same_sentence(i - 1, i) \
                    or i + 1 < self.n and self.same_sentence(i, i + 1) and self.joined(i, i + 1) and self.words[i + 1][:1].isupper():
                continue  # (not "the Departments", "the Ravens", "the Clintons Foundation")
            base = next((b for b in (w[:-1], w[:-2] if w.endswith("es") else None) if b in people), None)
            if base is None:
                continue
            self.add(i, i, self.family_group(base, people[base], w), "discovered")

    def family_group(self, surname: str, members: set[str], plural: str | None) -> str:
        """The id of the family of ``surname``, made when first seen with the party and country its
        ``members`` named share, to roll up to, and its plural as written ("Clintons") as its alias."""
        ident = self.new_actor(f"{surname} family", "group")
        family = self.discovered[ident]
        parties = {self.actor(a).party_on(self.on) for a in members}
        countries = {self.actor(a).country for a in members}
        self.discovered[ident] = replace(family, aliases=family.aliases or ((plural,) if plural else ()),
                                         party=next(iter(parties)) if len(parties) == 1 else None,
                                         country=next(iter(countries)) if len(countries) == 1 else None)
        return ident

    def plural_speakers(self, i: int) -> bool:
        """Whether the capitalised plural word at ``i`` is the subject of a verb of saying in its
        plural form, so people, not a person: "Unions say", "Activists argue" (not "Banks says",
        "Banks said")."""
        j = self.verb_after(i)
        w = self.lower[j] if j < self.n and self.same_sentence(i, j) else ""
        return self.lower[i].endswith("s") and self.lower[i] in self.index.english \
            and (w + "s" in self.index.speech_verbs or w + "es" in self.index.speech_verbs)

    # -- 5b. lone surnames nobody in the article is named in full by ---------------------------
    def bare_position(self, i: int) -> bool:
        """Whether token ``i`` can be a lone surname: a free capitalised name word that is not the
        first or last part of a longer name ("Carson Wentz", "Clinton Foundation", "Khizr Khan")."""
        w = self.words[i]
        if self.covered[i] or not _is_name_word(w) or self.sent[i] in self.headlines:
            return False
        prev = self.words[i - 1] if i > 0 and self.same_sentence(i - 1, i) else ""
        if prev.lower() in LOCATIVES or self.after_saint(i):
            return False  # "in Washington", "from Lincoln", "St. Paul": a place
        if (w in NOT_NAME and not self.titled(i)) or w in self.index.title_tokens or w in ORG_WORDS \
                or w in DOCUMENT_WORDS or w in self.index.demonym_words:
            return False
        if self.free_name_word_next(i, i - 1) or self.free_name_word_next(i, i + 1) or self.names_case(i, 1):
            return False
        if prev.isupper() and len(prev) > 1 and self.joined(i - 1, i) \
                or prev == "at" and i > 1 and _is_name_word(self.words[i - 2]) and self.joined(i - 2, i - 1):
            return False  # the end of an institution's name: "UC Davis", "University of California at Davis"
        if self.describes_people(i):
            return False
        if i + 2 < self.n and _is_initial(self.text, self.tokens[i + 1]) and _is_name_word(self.words[i + 2]) \
                and self.same_sentence(i, i + 2):
            return False  # a given name: "Sanford D. Bishop Jr.", "Sanford C. Bernstein"
        return self.given_name_before(i) < 0 or not _is_initial(self.text, self.tokens[i - 1])  # not "Mark J. Mazur"

    def describes_people(self, i: int) -> bool:
        """Whether a word that is a surname too describes the people named after it: a group's
        name ("Young Republicans", "Young Americans"), or an English word opening a clause, where
        its capital proves nothing ("Young people", "Young and healthy consumers"; not "Young said")."""
        if i + 1 < self.n and self.same_sentence(i, i + 1) and _adjacent(self.text, self.tokens[i], self.tokens[i + 1]) and (
                self.words[i + 1] in self.index.demonym_words
                or self.words[i + 1][:1].isupper() and self.lower[i + 1] in self.index.people_nouns):
            return True
        return self.starts_clause(i) and self.lower[i] in self.index.english and self.common_word_here(i)

    def common_word_here(self, i: int) -> bool:
        """Whether the English word at ``i``, opening a clause, describes the people named next
        ("Young people", "Young pro-life activists", "Young and healthy consumers"), not a person
        ("Young said", "Kelly comes in", "Young and Kelly agreed")."""
        j = i + 1
        if j >= self.n or not self.same_sentence(i, j) or self.gap(i, j) != " ":
            return False
        if self.lower[j] == "and" and j + 2 < self.n and self.same_sentence(i, j + 2) and self.words[j + 1].islower() \
                and self.lower[j + 1] not in NOT_ADJECTIVES and self.lower[j + 2] in self.index.people_nouns:
            return True  # another adjective of the same people follows: "Young and healthy consumers"
        while j + 1 < self.n and "-" in self.words[j] and self.words[j].islower() and self.same_sentence(i, j + 1):
            j += 1  # "Young pro-life activists"
        return self.lower[j] in self.index.people_nouns

    def place_named_for(self, i: int) -> bool:
        """Whether token ``i`` is a lone place name of the non-actor list that acts as a person of
        that surname named in full in the article ("Lloyd Austin ... Austin said"), in an article
        that never uses it as a place ("in Austin", "to Washington", "Austin, Texas")."""
        if i not in self.passed or any(j in self.passed and self.same_sentence(i, j) for j in (i - 1, i + 1)) \
                or self.words[i] in US_STATES or not self.person_context(i):
            return False  # "Washington warned Moscow": the capital and state stand for the government
        word = self.words[i]
        return not any(self.words[k] == word and (self.used_as_place(k) or k > 0 and self.lower[k - 1] in ("from", "to", "at"))
                       for k in self.passed)  # the article uses it as a place: "came to Washington"

    def given(self, word: str) -> bool:
        """Whether ``word`` is a given name of known gender (not one that is also a word: "Mark", "Bill")."""
        return self.index.first_names.get(word) in ("male", "female", "unisex")

    def titled(self, i: int) -> bool:
        """Whether a title or an honorific stands right before token ``i`` ("Mrs. May", "Prime
        Minister May", "Sen. Austin"; not the "of" of "the end of May", nor "Angus King (Maine)")."""
        if i == 0 or not self.same_sentence(i - 1, i) or self.gap(i - 1, i) not in (" ", ". "):
            return False
        if self.words[i - 1] in HONORIFIC_GENDER:
            return True
        start = self.title_before(i)
        return start is not None and self.words[start][:1].isupper()

    def free_name_word_next(self, i: int, j: int) -> bool:
        """Whether token ``j``, next to ``i``, is a free name word of one name with it: then ``i``
        is part of a longer name ("Carson Wentz", "niece Grace Gipson")."""
        return 0 <= j < self.n and self.same_sentence(i, j) and not self.covered[j] \
            and self.joined(min(i, j), max(i, j)) \
            and _is_name_word(self.words[j]) and self.words[j] not in NOT_NAME \
            and self.words[j] not in self.index.title_tokens

    def context_ids(self) -> set[str]:
        """The actors named in the article and their countries, parties, governments and alliances."""
        out: set[str] = set()
        for h in self.hits:
            a = self.actor(h.actor)
            out.add(a.id)
            out.update(x for x in (a.country, a.government, *a.alliances) if x)
            out.update(self.parties_of(a.id))
        return out

    def affinity(self, actor_id: str, context: set[str], joined: str) -> int:
        """How strongly the article's context points at a catalog person: a shared party counts 2,
        so does a shared government while the person holds an office there at the article's date
        (nearly every article of a country's politics names its government: not by itself a sign of
        one of its past office holders), a shared country or alliance 1, one of their offices named
        in the text 2."""
        a = self.actor(actor_id)
        score = 2 if any(p in context for p in self.parties_of(actor_id)) else 0
        government = a.government_on(self.on) if self.on is not None else None
        if government is not None and government in context:
            score += 2
        score += sum(1 for x in (a.country, *a.alliances) if x and x in context)
        if any(f" {r.title} " in joined for r in a.roles):
            score += 2
        return score

    def bare_surnames(self) -> None:
        """A lone surname nobody in the article is named in full by: every occurrence goes to the
        catalog person of that surname the article's context clearly points at, else to a person
        known only by that surname ("Murphy"), never to a guess among namesakes. A one-word person
        discovered in one place ("Wilson said") takes that word's other occurrences too."""
        single = {a.name: a.id for a in self.discovered.values() if a.kind == "person" and " " not in a.name}
        at: dict[str, list[int]] = defaultdict(list)
        for i, w in enumerate(self.words):
            if (w in single or w in self.index.by_surname) and self.bare_position(i):
                at[w].append(i)
        if not at:
            return
        context = self.context_ids()
        joined = f" {' '.join(self.lower)} "
        for w, places in sorted(at.items()):
            if w not in single:  # a catalog surname
                if w in self.case_words and not any(self.titled(i) for i in places):
                    for i in places:  # the court case the article names so: "the Heller decision ... after Heller"
                        self.covered[i] = True
                        self.passed.add(i)
                    continue
                if self.opens_name_elsewhere(w):
                    continue  # another name's first word here: "Reed O'Connor ... Reed's decision", "Baker County
                    # Detention Center ... sent her to Baker" (found with that name later)
                if self.lower[places[0]] in self.index.english and not any(self.acts_as_surname(i) for i in places) \
                        and not any(c in context for c in self.index.by_surname[w]):
                    continue  # an English word that acts as nobody here: "Black communities", "Long term"
            actor_id = single.get(w) or self.surname_owner(w, places, context, joined)
            for i in places:
                self.add(i, i, actor_id, "surname")

    def lone_word_names_nobody(self, i: int) -> bool:
        """Whether the capitalised word at ``i``, standing alone, names no actor: a word that names
        only the body whose name it ends ("the Church"), a place's last word ("on the Mall"), a
        settlement's or ruling's name ("Under Flores,"), an English word describing the person
        named next ("Liberal columnist ...") or the first word of a longer name with "of" ("The Art of
        the Deal")."""
        return self.words[i] in NO_LONE_NAME or self.names_case_here(i) or self.describes_person_next(i) \
            or self.opens_of_name(i)

    def describes_person_next(self, i: int) -> bool:
        """Whether the English word at ``i``, opening a clause, describes the person named after
        what they are: "Liberal columnist Frank Bruni", "Veteran pollster Peter Hart" (not "liberal
        Salon writer Matt Yglesias", where the capital makes a name)."""
        j = i + 1
        return (self.starts_clause(i) or i > 0 and self.gap(i - 1, i).strip() in ("-", "–", "—")) \
            and self.lower[i] in self.index.english and j + 1 < self.n and self.words[j].islower() \
            and self.lower[j] in PERSON_HEADS and self.words[j + 1][:1].isupper() and self.same_sentence(i, j + 1) \
            and self.gap(i, j) == " " and self.gap(j, j + 1) == " "

    def names_case_here(self, i: int) -> bool:
        """Whether the lone word at ``i`` is the name of a settlement, ruling or rule the article
        names, acting as nobody here ("the Flores settlement ... Under Flores, children"; not "the
        Bergdahl case ... Bergdahl was captured", a person's case, nor "Judge Heller")."""
        return self.words[i] in self.ruling_words and not self.titled(i) and not self.person_context(i)

    @cached_property
    def ruling_words(self) -> frozenset[str]:
        """Of ``case_words``, those before "v." or a noun for a settlement, decision, ruling, rule or
        precedent ("the Byrd rule", "Halbig v. Burwell"): not only a "case" or "lawsuit", which may
        be a person's."""
        nouns = CASE_NOUNS - {"case", "lawsuit", "litigation"} | {"v", "vs"}
        return frozenset(self.words[k] for k in self.capitalised if self.words[k] in self.case_words
                         and (k + 1 < self.n and self.lower[k + 1] in nouns or k > 0 and self.lower[k - 1] in ("v", "vs")))

    @cached_property
    def case_words(self) -> frozenset[str]:
        """The words the article names court cases by somewhere ("the Heller decision", "District of
        Columbia v. Heller")."""
        if self.vocabulary.isdisjoint(CASE_NOUNS) and self.vocabulary.isdisjoint(("v", "vs")):
            return frozenset()  # (most articles: no word a case is named by)
        return frozenset(self.words[k] for k in self.capitalised if self.names_case(k, 1)
                         or k > 0 and self.lower[k - 1] in ("v", "vs") and self.same_sentence(k - 1, k))

    def opens_name_elsewhere(self, w: str) -> bool:
        """Whether the word ``w`` opens a longer name somewhere in the article: another capitalised
        word joined to it follows ("Reed O'Connor", "Baker County")."""
        return any(w == self.words[k] and k + 1 < self.n and self.same_sentence(k, k + 1) and self.joined(k, k + 1)
                   and _is_name_word(self.words[k + 1]) and self.words[k + 1] not in NOT_NAME
                   and not (k > 0 and self.same_sentence(k - 1, k) and self.joined(k - 1, k) and _is_name_word(self.words[k - 1])
                            and self.words[k - 1] not in self.index.title_tokens)  # (not "Ferrell Scott Provided")
                   for k in self.capitalised)

    def acts_as_surname(self, i: int) -> bool:
        """Whether a surname that is an English word too acts as a person's at ``i``: after a title,
        in a person's context, as the subject of a verb ("Kelly brought", "Cole outlined", "Perry
        will meet"), with an apposition ("Miller, a retired Marine,": see ``person_context``), in a
        list of people or as an object ending its phrase ("responded to Khan in statements")."""
        if self.titled(i) or self.person_context(i) or self.acts(i) or self.listed_with_person(i):
            return True
        j = self.verb_after(i)
        if j < self.n and self.same_sentence(i, j) and self.gap(i, j) == " " \
                and (self.lower[j] in SINGULAR_AUXILIARIES or self.lower[j] in SUBJECT_VERBS):
            return True
        # an object that ends its phrase: "responded to Khan in statements", "called Yang "a Champion""
        # (not "the Deal", "Black communities")
        if i == 0 or not self.same_sentence(i - 1, i) or not self.words[i - 1].islower() \
                or self.lower[i - 1] in NOUN_OPENERS or self.gap(i - 1, i) != " ":
            return False
        return i + 1 >= self.n or not self.same_sentence(i, i + 1) or self.gap(i, i + 1).strip() != "" \
            or self.lower[i + 1] in OBJECT_ENDS

    def listed_with_person(self, i: int) -> bool:
        """Whether the word at ``i`` stands in a list of people's names or is followed by a state in
        brackets: "Burr, Coburn and Hatch", "(Bennet, Kaine and Higgins)", "Hatch (UT)"."""
        for k, step in ((i - 1, -1), (i + 1, 1)):
            if not (0 <= k < self.n and self.same_sentence(i, k)):
                continue
            if self.lower[k] == "and":
                k += step
            elif self.gap(min(i, k), max(i, k)).strip() != ",":  # (a comma is no token: "Burr, Coburn")
                continue
            if 0 <= k < self.n and self.same_sentence(i, k) and self.person_at(k):
                return True
        return i + 2 < self.n and self.gap(i, i + 1) == " (" and self.words[i + 1] in US_STATES

    def later_than(self, actor_id: str, year: int) -> bool:
        """Whether every office the catalog lists for the actor began after ``year``."""
        starts = [r.start for r in self.actor(actor_id).roles]
        return bool(starts) and all(s is not None and s > year for s in starts)

    def surname_owner(self, word: str, places: list[int], context: set[str], joined: str) -> str:
        candidates = list(self.index.by_surname[word])
        genders = {HONORIFIC_GENDER[self.words[i - 1]] for i in places if i > 0 and self.words[i - 1] in HONORIFIC_GENDER}
        if len(genders) == 1:
            candidates = [c for c in candidates if self.gender(c) in (None, *genders)]
        if self.year is not None:  # nobody yet: a 2013 article's "Wolf" is not a secretary of 2019
            candidates = [c for c in candidates if not self.later_than(c, self.year)]
        states = {code for code in map(self.state_said_at, places) if code}
        if len(states) == 1:  # "Scott (R-S.C.)", "Florida Sen. Scott": the one the catalog places there
            placed = [c for c in candidates if self.state_fit(c, None, next(iter(states)))]
            if len(placed) == 1:
                return placed[0]
        titles = {title for title in map(self.office_before, places) if title}
        if len(titles) == 1:  # "Presidents Carter and Ford": the one who held the office
            held = [c for c in candidates if self.held_as(c, next(iter(titles)))]
            if len(held) == 1:
                return held[0]
        named = [c for c in candidates if c in context]
        if len(named) == 1 and self.actor(named[0]).kind == "person" and not any(self.kin_of_namesake(i) for i in places):
            return named[0]  # the one the article names already, by a title: "Justice Stevens ... Stevens wrote"
        scores = {c: self.affinity(c, context, joined) for c in candidates}
        best = max(scores.values(), default=0)
        top = [c for c in candidates if scores[c] == best]
        if best >= 2 and len(top) == 1:
            return top[0]
        ident = f"surname-{slug(word)}"
        if ident not in self.discovered:
            self.discovered[ident] = Actor(id=ident, name=word, kind="person", discovered=True,
                                           gender=genders.pop() if len(genders) == 1 else None)
        return ident

    # -- 5c. proper names nobody claimed ------------------------------------------------------
    def starts_clause(self, i: int) -> bool:
        """Whether token ``i`` opens a sentence, a quotation, a transcript line or a numbered item,
        where every word is capitalised and a capital says nothing about a name."""
        if i == 0 or self.sent[i - 1] != self.sent[i]:
            return True
        raw = self.gap(i - 1, i)
        gap = raw.strip()
        return bool(gap) and (gap[-1] in ':“"‘(—–[\n' and gap[-2:] != ',"'  # not after a closing quote: "...," Crump said
                              or gap == ")" and self.words[i - 1].isdigit()  # a numbered item: "8) Will the caravan ..."
                              or gap == ":'" or raw.endswith(": '"))  # a straight single quote after a colon: "bubble: 'Young ..."

    def no_name_at(self, i: int) -> bool:
        """Whether token ``i`` cannot start an unclaimed name: it is taken, in a headline, a
        title, a demonym or a word that is never a name, or no name word at all ("I'm", "We're";
        "R-Texas" is a party and a state, named by the person it follows; "Gun-control" and
        "Cuban-American" describe; "@HarborNews" is an account, "Comments@" an e-mail address)."""
        w = self.words[i]
        return self.covered[i] or self.sent[i] in self.headlines or w in STORM_WORDS or self.in_line_label(i) \
            or self.state_abbreviation_at(i) \
            or w in NOT_NAME and not self.given_not_month(i) \
            and not self.opens_state(i) or w in self.index.title_tokens and not self.surname_after_honorific(i) \
            or w in self.index.demonym_words or not _is_name_word(w) or bool(_CONTRACTION_RE.search(w)) \
            or bool(_PARTY_TAG_RE.match(w)) or bool(_PLURAL_ACRONYM_RE.match(w)) \
            or "-" in w and (self.hyphen_describes(w) or self.names_joined_before_noun(i)) \
            or self.text[self.tokens[i].start - 1:self.tokens[i].start] in ("@", "#") or self.in_url(i) \
            or "-" in w and self.in_abbreviation(i) \
            or self.char_after(i) == "@"  # an e-mail address: "APAComments@atf.gov"

    def state_abbreviation_at(self, i: int) -> bool:
        """Whether token ``i`` is a US state's abbreviation after a place ("Seaford, Del., ...")."""
        return self.words[i] in US_STATE_ABBREVIATIONS and i > 0 and self.gap(i - 1, i) == ", " \
            and self.words[i - 1][:1].isupper() and self.char_after(i) == "."

    def in_line_label(self, i: int) -> bool:
        """Whether token ``i`` is in a Title Case label that opens a line before a colon and holds
        an English word that is no name ("Interactive Map:", "President Defends ACA:"; not a
        speaker's name in a Q&A, "Sarah Kliff:", "Michael Cannon:")."""
        labels = self.line_labels
        k = bisect_right(labels, (i, self.n))
        return k > 0 and labels[k - 1][0] <= i <= labels[k - 1][1]

    @cached_property
    def line_labels(self) -> list[tuple[int, int]]:
        """The first and last tokens of the labels ``in_line_label`` looks for, in order."""
        out = []
        for st in self.sentence_starts:
            if st > 0 and "\n" not in self.gap(st - 1, st):
                continue
            k = st
            while k < min(st + 6, self.n - 1) and self.same_sentence(st, k + 1) and self.words[k][:1].isupper() \
                    and self.char_after(k) != ":":
                k += 1
            if k == st or not self.words[k][:1].isupper() or self.char_after(k) != ":" \
                    or self.words[st] in self.index.first_names:
                continue
            if any(self.lower[m] in self.index.english and self.words[m] not in self.index.word_names
                   and self.words[m] not in self.index.first_names and self.words[m] not in self.index.title_tokens
                   and self.words[m] not in self.index.forms for m in range(st, k + 1)):
                out.append((st, k))
        return out

    def char_after(self, k: int) -> str:
        """The character right after token ``k`` ("" at the end of the text): ":" in "Interactive
        Map:", "." in "Del."."""
        return self.text[self.tokens[k].end:self.tokens[k].end + 1]

    def in_abbreviation(self, i: int) -> bool:
        """Whether token ``i`` goes on the initial before it without a space ("U.S-Mexico" without
        its last dot: no name "S-Mexico" in the hyphened word)."""
        return i > 0 and _is_initial(self.text, self.tokens[i - 1]) and self.tokens[i].start == self.tokens[i - 1].end + 1

    def names_joined_before_noun(self, i: int) -> bool:
        """Whether the hyphened word at ``i`` joins a catalog actor's name to another name before a
        noun, after an article: "the Trump-Kim meeting", "the McCain-Sarah Palin ticket" (not
        "Rangel-Hernandez is charged", nor "the NBC-Wall Street Journal poll", a longer name)."""
        parts = self.words[i].split("-")
        return len(parts) > 1 and i > 0 and self.lower[i - 1] in ("the", "a", "an") \
            and any(f[1] for f in self.index.forms.get(parts[0], ()) if len(f[0]) == 1) \
            and all(_is_name_word(p) for p in parts[1:]) \
            and not (i + 1 < self.n and self.same_sentence(i, i + 1) and self.joined(i, i + 1) and self.words[i + 1][:1].isupper())

    def in_url(self, i: int) -> bool:
        """Whether token ``i`` is part of a web address ("pic.twitter.com/HgavzhOtiN", "bit.ly/LSUtqX"),
        not of a credit or a pair of names ("AFP/Getty Images", "Reuters/Ipsos")."""
        start = self.tokens[i].start
        if self.text[start - 1:start] != "/":
            return False
        run = self.text[max(0, start - 40):start].rsplit(None, 1)[-1]
        return "." in run or ":" in run

    def hyphen_describes(self, word: str) -> bool:
        """Whether a hyphenated word is a description rather than a name: ordinary words with a
        lower-case tail ("Gun-control", "Single-payer", "Pro-gun", "T-shirt") or demonyms ("Cuban-American")."""
        parts = word.split("-")
        if all(p in self.index.demonym_words or p in DEMONYM_EXTRA for p in parts) or parts[0] in NOT_NAME:
            return True  # "Cuban-American", "Monday-Friday"
        if len(parts) > 1 and parts[-1] in DESCRIPTOR_SUFFIXES:
            return True  # a descriptor: "Angeles-based" (of "Los Angeles-based")
        if len(parts[0]) == 1 and all(p.islower() and p in self.index.english for p in parts[1:]):
            return True  # a letter and a word: "T-shirt", "X-ray", "U-turn"
        if len(parts) > 1 and all(p in self.index.by_surname for p in parts):
            return True  # catalog people's surnames joined: "the Graham-Cassidy bill", "Manchin-Toomey", no new person
        if len(parts) > 1 and (parts[0] in self.index.by_surname or parts[0] in self.index.one_word_forms
                               or parts[0] in self.index.demonym_words) \
                and all(p[:1].islower() for p in parts[1:]):
            return True  # a known name or a demonym qualifying a word: "Obama-administration assertions", "Abe-watchers",
            # "Denver-area", "Hispanic-rights activists", "Spanish-speakers"
        return all(p[:1].islower() for p in parts[1:]) and all(
            p.lower() in self.index.english or k == 0 and p.lower() in HYPHEN_PREFIXES for k, p in enumerate(parts))

    def after_saint(self, i: int) -> bool:
        """Whether token ``i`` follows "St." or "Saint" in its sentence ("St. Paul", "St. Louis"), or
        a word that opens a city's name ("San Marcos", "Santa Cruz", "Fort Collins"), also in a
        party tag ("D-St. Louis")."""
        return i > 0 and self.same_sentence(i - 1, i) and (
            self.words[i - 1] in ("St", "Saint") or self.words[i - 1].endswith(("-St", "-Saint"))
            or self.words[i - 1] in CITY_OPENERS and self.gap(i - 1, i) == " ")

    def surname_word(self, k: int) -> bool:
        """Whether the word at ``k`` that names no one alone ("House", "West") is the surname of
        the given name right before it, the name ending there: "Matt House, a spokesman",
        "Darrell West said" (not "Joe West Virginia", nor "Mark West" of a word "Mark")."""
        return self.words[k] in SURNAME_WORDS and self.given(self.words[k - 1]) and self.gap(k - 1, k) == " " \
            and not (k + 1 < self.n and self.same_sentence(k, k + 1) and self.words[k + 1][:1].isupper()
                     and self.gap(k, k + 1) == " ")

    def given_not_month(self, i: int) -> bool:
        """Whether "Jan" at ``i`` is a given name, not January: no full stop and a surname follow
        ("Gov. Jan Brewer", not "Jan. 20")."""
        return self.words[i] == "Jan" and i + 1 < self.n and self.gap(i, i + 1) == " " \
            and _is_name_word(self.words[i + 1]) and self.words[i + 1] not in NOT_NAME

    def person_follows(self, j: int) -> bool:
        """Whether a person's name, maybe after a title of a few words, starts at ``j``: "Chris
        Cox", "Executive Director Chris Cox" (not "Counsel" of "Office of Legal Counsel")."""
        while j < self.n and self.words[j] in self.index.title_tokens:
            j += 1
        return j < self.n and self.full_name_at(j)

    def full_name_at(self, i: int) -> bool:
        """Whether a known given name and a surname start at ``i`` ("... Legislative Action Chris Cox")."""
        return self.given(self.words[i]) and i + 1 < self.n \
            and self.same_sentence(i, i + 1) and _is_name_word(self.words[i + 1]) \
            and self.words[i + 1] not in ORG_WORDS and _adjacent(self.text, self.tokens[i], self.tokens[i + 1])

    def proper_name_at(self, i: int) -> int:
        """Length of an unclaimed proper name starting at ``i`` in running text, or 0 (a place
        is a proper name too: see ``after_locative``)."""
        w = self.words[i]
        if i > 0 and self.same_sentence(i - 1, i):
            if self.covered[i - 1] and _is_name_word(self.words[i - 1]) and _adjacent(self.text, self.tokens[i - 1], self.tokens[i]) \
                    and not self.full_name_at(i):
                return 0  # continues a claimed name: "Obama Foundation", "Senate Commerce Committee"
            if self.lower[i - 1] in CONNECTORS and i > 1 and self.name_word_before_connector(i) \
                    and self.same_sentence(i - 2, i) and _adjacent(self.text, self.tokens[i - 2], self.tokens[i - 1]) \
                    and self.tail_after(i):
                return 0  # the tail of a longer name: "Center for Harbor Studies", "Energy and Commerce Committee"
            if self.after_saint(i):
                return 0  # "St. Paul", "St. Louis": a saint's name or a place named for one
            if self.ends_party_tag(i):
                return 0  # the rest of a state in a party tag: "Sen. Chuck Schumer, D-New York"
        if i in self.opened and not self.covered[i]:
            end = i + self.opened[i] + self.named_body(i + self.opened[i])
            return (self.tail_end(i, end) if self.words[end - 1] in TAILED else end) - i
        if self.opens_organisation(i) and not self.covered[i] and self.sent[i] not in self.headlines:
            return self.organisation_after(i)  # "American Enterprise Institute", "National Immigration Law Center"
        if w in ORG_WORDS:
            return self.organisation_of(i)  # "Center for Immigration Studies"; "Center" alone names nothing
        if _ACRONYM_RE.match(w) and not self.covered[i] and self.sent[i] not in self.headlines:
            return self.acronym_organisation(i)  # "RAND Corporation", "PTR Industries"
        if self.no_name_at(i) or w in DOCUMENT_WORDS and not (self.given_name_at(i) or self.ambiguous_given_before(i + 1)) \
                or _describes(w):
            return 0  # (a given name opens a name: "Bill Haslam", "Bill Gruber")
        joined = self.and_body(i)
        if joined:
            return self.tail_end(i, i + joined) - i  # "Ethics and Public Policy Center"
        run = self.name_run(i)
        if run == 0 or self.words[i + run - 1] in DOCUMENT_WORDS:
            return 0
        if self.words[i + run - 1] in TAILED:
            return self.tail_end(i, i + run) - i  # "Massachusetts Institute of Technology"
        if self.person_start(i, run) > i:
            return 0  # the person's name starts later: "Insurance Commissioner Mike Chaney"
        if run == 1 and i > 0 and self.same_sentence(i - 1, i) and self.gap(i - 1, i) == " " \
                and self.words[i - 1] in COMPASS_WORDS and not self.covered[i - 1]:
            return 0  # the rest of a place's name: "South Orange", "West Columbia", "Central Kalimantan province"
        if run == 1 and i + 1 < self.n and self.same_sentence(i, i + 1) and self.words[i + 1] == "police" \
                and self.gap(i, i + 1) == " ":
            return 2  # a town's police, not the town: "the Columbia police report", "Charlotte-Mecklenburg police"
        return run

    def acronym_organisation(self, i: int) -> int:
        """Length of an organisation's name opened by the acronym at ``i`` and ending with one of
        ``ORG_WORDS`` a few name words later, with its tail ("RAND Corporation", "SANS Institute",
        "UCLA Center for Health Policy Research"), or 0: an acronym alone opens no name."""
        if self.words[i].title() in NOT_NAME or i > 0 and self.same_sentence(i - 1, i) and self.words[i - 1][:1].isupper() \
                and self.words[i - 1] != "The" and _adjacent(self.text, self.tokens[i - 1], self.tokens[i]):
            return 0  # inside a longer name or a line in capitals: "Super PAC Freedom Partners", "Here Comes ANOTHER Group"
            # (but "The RAND Corporation")
        end, k = 0, i + 1
        while k < self.n and k - i <= 4 and not self.covered[k] and self.same_sentence(i, k) \
                and _is_name_word(self.words[k]) and _adjacent(self.text, self.tokens[k - 1], self.tokens[k]):
            if self.words[k] in ORG_WORDS:
                end = k + 1
            k += 1
        if not end or end < k:
            return 0  # a name that goes on: "STEM School Highlands Ranch", "STOP School Violence Act"
        return self.tail_end(i, end) - i  # "UCLA Center for Health Policy Research"

    def person_start(self, i: int, run: int) -> int:
        """Where a person's name starts inside the run i..i+run-1 of three words or more, after a
        title ("Insurance Commissioner Mike Chaney", "Judiciary Chairman Bob Goodlatte") or after
        ordinary words before a given name ("Technologist Erin Tonkyro", "Economist J. Walter Lindqvist", whose
        first initial is left out as everywhere); else ``i``. The start is
        remembered, so that discovery does not take it for the inside of a longer name."""
        words, english = self.words, self.index.english
        if run < 3 or words[i + run - 1] in ORG_WORDS:
            return i
        for k in range(i + 1, i + run - 1):
            if words[k] in self.index.title_tokens and words[k + 1] not in self.index.title_tokens:
                self.name_starts.add(k + 1)
                return k + 1
            if self.given(words[k]) and all(self.lower[j] in english and not self.index.first_names.get(words[j])
                                            or j == k - 1 > i and _is_initial(self.text, self.tokens[j]) for j in range(i, k)):
                self.name_starts.add(k)
                return k
        return i

    def opens_organisation(self, i: int) -> bool:
        """Whether token ``i`` is a word that starts no other name but may open an organisation's:
        a demonym, "National" and the like, or a title word ("Health Insurance Program",
        "Finance Committee"); see ``organisation_after``."""
        w = self.words[i]
        return w in ORG_PREFIXES or w in self.index.demonym_words \
            or w in self.index.title_tokens and not self.surname_after_honorific(i)

    def organisation_after(self, i: int) -> int:
        """Length of an organisation's name that opens at ``i`` with a word of ``opens_organisation``
        and ends like an organisation ("American Medical Association"), or 0."""
        j = i + 1
        if j >= self.n or self.covered[j] or not self.same_sentence(i, j) or not _adjacent(self.text, self.tokens[i], self.tokens[j]):
            return 0
        if self.lower[j] == "and":  # "Energy and Commerce Committee"
            run = self.and_body(i)
            return self.tail_end(i, i + run) - i if run else 0
        run = self.named_body(j) or self.and_body(j) or self.acronym_body(j)
        if not run or self.words[j + run - 1] not in ORG_WORDS:
            return 0
        return self.tail_end(i, j + run) - i

    def acronym_body(self, j: int) -> int:
        """How many words from the acronym at ``j`` make the rest of an organisation's name, with the
        capitalised words after it ("ICE Council" of "National ICE Council"), or 0."""
        if not _ACRONYM_RE.match(self.words[j]) or j + 1 >= self.n or not self.same_sentence(j, j + 1) \
                or not _adjacent(self.text, self.tokens[j], self.tokens[j + 1]):
            return 0
        body = self.named_body(j + 1)
        return 1 + body if body else 0

    def tail_end(self, i: int, end: int) -> int:
        """Where an organisation's name that starts at ``i`` and has reached ``end`` ends, after the
        tails it goes on with: "of", "for", "on" or "and" and capitalised words ("National
        Association of Manufacturers", "Office of Management and Budget", "Center for the Study of
        Hate and Extremism")."""
        tail = 0  # words of the last tail
        while end + 1 < self.n and self.lower[end] in (*TAIL_WORDS, "and", "at") and self.same_sentence(i, end + 1):
            joined = self.lower[end] == "and"
            if joined and tail != 1 and not (tail and self.words[end + 1] in TAIL_FIELDS) and not self.tail_joins(end, tail) \
                    or self.lower[end] == "at" and not tail:
                break  # "and" joins two words of a tail only: not "... Institute and Obama"; "at" goes on
                # a tail only: "University of Texas at Austin"
            k = end + 1 + (self.lower[end + 1] == "the" and (self.lower[end] in TAIL_WORDS or self.the_tail_closes(end + 2))
                           or self.lower[end + 1] == "a" and self.lower[end] == "for")  # "Committee for a Responsible ..."
            more = 0
            while k + more < self.n and more < (2 if joined else 4) and self.same_sentence(i, k + more) \
                    and (not self.covered[k + more] or self.words[k + more] in US_STATES or k + more in self.passed) \
                    and _is_name_word(self.words[k + more]) and (self.words[k + more] not in NOT_NAME or k + more in self.passed
                                                                 or self.compass_before_name(k + more)
                                                                 or self.inner_name_word(k + more)) \
                    and not (joined and self.words[k + more] in self.index.title_tokens) \
                    and not (more and self.person_follows(k + more)) \
                    and (more == 0 or _adjacent(self.text, self.tokens[k + more - 1], self.tokens[k + more])):
                more += 1
            if not more:
                break
            end, tail = k + more, 0 if joined else more
        return end

    def inner_name_word(self, k: int) -> bool:
        """Whether token ``k`` is a word that names nobody alone but goes on a name with the name
        word right after it ("... Oversight and Government Reform")."""
        return self.words[k] in INNER_NAME_WORDS and k + 1 < self.n and _is_name_word(self.words[k + 1]) \
            and self.words[k + 1] not in NOT_NAME and self.gap(k, k + 1) == " "

    def tail_joins(self, k: int, tail: int) -> bool:
        """Whether "and" at ``k``, after a tail of two or three English words, joins one or two
        more that close the name ("Center for Consumer Information and Insurance Oversight",
        "Association of American Physicians and Surgeons"): English words that open no name of
        their own (not "... Progress and National Council", "... Studies and Alex Nowrasteh")."""
        english = self.index.english
        if not 2 <= tail <= 3 or any(self.lower[m] not in english and self.words[m] not in self.index.demonym_words
                                     or not _is_name_word(self.words[m]) for m in range(k - tail, k)):
            return False
        j = m = k + 1
        while m < self.n and m - j < 2 and self.same_sentence(k, m) and not self.covered[m] and _is_name_word(self.words[m]) \
                and (self.words[m] not in NOT_NAME or m > j and self.lower[m] in PEOPLE_NOUNS_CLOSING) \
                and self.lower[m] in english and (m == j or self.gap(m - 1, m) == " "):
            m += 1
        if m == j or m < self.n and self.same_sentence(k, m) and _is_name_word(self.words[m]) and self.gap(m - 1, m) == " ":
            return False  # (the name goes on past two words: not one tail)
        return not (self.opens_organisation(j) or self.full_name_at(j) or self.words[j] in ORG_WORDS)

    def the_tail_closes(self, k: int) -> bool:
        """Whether "and the" may go on a one-word tail with the capitalised word at ``k``, the last of
        the name ("Kaiser Commission on Medicaid and the Uninsured"; not "... and the Marshals
        Service", another body, nor "... and the FBI")."""
        return k < self.n and not self.covered[k] and _is_name_word(self.words[k]) and self.words[k] not in ORG_WORDS \
            and not (k + 1 < self.n and self.same_sentence(k, k + 1) and self.words[k + 1][:1].isupper())

    def compass_before_name(self, k: int) -> bool:
        """Whether the word at ``k`` is a compass word that opens a name with the capitalised word
        after it ("Southern District" of "District Court for the Southern District of Texas",
        "University of Northern Iowa")."""
        return self.words[k] in COMPASS_WORDS and k + 1 < self.n and self.same_sentence(k, k + 1) \
            and self.words[k + 1][:1].isupper() and _adjacent(self.text, self.tokens[k], self.tokens[k + 1])

    def organisation_of(self, i: int) -> int:
        """Length of an organisation's name that opens with its kind and goes on with a tail
        ("Center for American Progress", "Council on Foreign Relations", "University of Texas"),
        or 0."""
        if self.covered[i] or self.sent[i] in self.headlines or i + 2 >= self.n or self.lower[i + 1] not in TAIL_WORDS:
            return 0
        if i > 0 and self.same_sentence(i - 1, i) and _is_name_word(self.words[i - 1]) \
                and self.words[i - 1] not in NOT_NAME and _adjacent(self.text, self.tokens[i - 1], self.tokens[i]) \
                and not ("-" in self.words[i - 1] and self.hyphen_describes(self.words[i - 1])):
            return 0  # inside a longer name: "Pew Research Center for ..." is found from its start (not after a
            # description: "the Los Angeles-based Coalition for ...")
        end = self.tail_end(i, i + 1)
        return end - i if end > i + 1 else 0

    def after_locative(self, i: int) -> bool:
        """Whether token ``i`` follows "in", "from" ... or "the town of": a place, not an actor ("in Fresno")."""
        lower = self.lower
        return i > 0 and self.same_sentence(i - 1, i) and (
            lower[i - 1] in LOCATIVES or i > 1 and lower[i - 1] == "of" and lower[i - 2] in PLACE_NOUNS)

    def shortened_organisations(self) -> None:
        """A discovered name that ends like an organisation and ends the name of the one longer
        organisation named in the article after a capitalised word is that organisation: "the
        Senate Judiciary Committee ... the Judiciary Committee", "the Refugee Dream Center ... the
        Dream Center" (not the "New Jersey" of "Alliance of New Jersey"; with two such
        organisations, "the House Judiciary Committee" and the Senate's, it stays as it is). A
        name right after a capitalised word is part of another ("the UK Department of Health",
        "the ACLU's Immigrants' Rights Project")."""
        longer: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for h in self.hits:
            if h.last - h.first >= 2 and h.resolution in ("name", "alias", "discovered") \
                    and self.words[h.last] in ORG_WORDS and self.actor(h.actor).kind == "organisation":
                words = tuple(self.words[h.first:h.last + 1])
                for k in range(1, len(words) - 1):
                    if words[k - 1][:1].isupper():
                        longer[words[k:]].add(h.actor)
        if not longer:
            return
        moved: dict[str, str] = {}
        for h in self.hits:
            if h.resolution == "discovered" and h.last > h.first and not (
                    h.first > 0 and self.same_sentence(h.first - 1, h.first) and self.words[h.first - 1][:1].isupper()
                    and self.words[h.first - 1] not in NOT_NAME):  # (not "The" opening a sentence)
                owners = longer.get(tuple(self.words[h.first:h.last + 1]))
                if owners and len(owners) == 1 and h.actor not in owners and self.actor(h.actor).kind in ("organisation", "name"):
                    moved[h.actor] = next(iter(owners))
                    h.actor, h.resolution = moved[h.actor], "short"
        for h in self.hits:
            if h.actor in moved and h.resolution == "short":
                h.actor = moved[h.actor]  # its short form too: "the Judiciary panel"

    def press_short_names(self) -> None:
        """"the Post" is the one newspaper the article names whose name ends so ("The Washington Post
        ... the Post"), as "the Times" is (a word that names nothing alone: "Post" of "Post a
        Comment"); with two such papers nobody. When the article names none, the newspaper that
        published it, if its name ends so ("The Times reported" in a New York Times article)."""
        own = self.actor(self.paper).name.split()[-1] if self.paper is not None else None
        owners: dict[str, set[str]] = {}  # word -> the papers whose names end with it
        for i in range(1, self.n):
            w = self.words[i]
            if not (w in PRESS_SHORT or w == own) or self.covered[i] or self.lower[i - 1] != "the" \
                    or not self.same_sentence(i - 1, i) or self.sent[i] in self.headlines \
                    or self.same_sentence(i, i + 1) and self.words[i + 1][:1].isupper():
                continue
            if w not in owners:
                owners[w] = {h.actor for h in self.hits if h.last > h.first and self.words[h.last] == w
                             and self.actor(h.actor).kind == "organisation" and self.actor(h.actor).sector == "media"}
            named = owners[w]
            if len(named) == 1 or not named and w == own:
                self.add(i, i, next(iter(named)) if named else self.paper, "short")

    def the_administration(self) -> None:
        """"the administration" is the one whose the article names in its sentence or the few before
        ("the Obama administration ... the administration"), or, when it names none there, the US
        president in office at the article's date if the article names him, else the one it named
        further back; else nobody (two administrations named, an undated article, "the
        administration of the vaccine", "administration officials")."""
        if "administration" not in self.vocabulary:
            return
        at = [i for i in range(1, self.n) if self.lower[i] == "administration" and not self.covered[i]
              and self.lower[i - 1] == "the" and not self.covered[i - 1] and self.same_sentence(i - 1, i)]
        if not at:
            return
        owners = []  # (token, person) of "X administration"
        for h in self.hits:
            k = h.last + 1
            if k < self.n and self.lower[k] == "administration" and self.same_sentence(h.last, k) \
                    and h.resolution != "pronoun" and self.actor(h.actor).kind == "person":
                owners.append((k, h.actor))
        sitting = None
        if self.year is not None:
            mentioned = {h.actor for h in self.hits}
            presidents = {t[0] for t in self.index.role_holders.get(("president", "us"), ()) if self.in_office(*t[1:])}
            if len(presidents) == 1 and presidents <= mentioned:
                sitting = min(presidents)
        for i in at:
            if i + 1 < self.n and self.same_sentence(i, i + 1) and (
                    self.lower[i + 1] in ("of", "official", "officials", "spokesman", "spokeswoman", "spokesperson")
                    or self.words[i + 1][:1].isupper()):
                continue  # "the administration of the vaccine", "the administration officials", "the Administration Building"
            before = {a for k, a in owners if k < i}
            near = {a for k, a in owners if k < i and self.sent[k] >= self.sent[i] - ADMINISTRATION_REACH}
            if near:
                who = min(near) if len(near) == 1 else None
            elif before:  # named long before: "the Bush administration's response to Katrina" in 2013
                who = sitting if sitting is not None else min(before) if len(before) == 1 else None
            else:
                who = None if owners else sitting
            if who is not None:
                self.add(i - 1, i, who, "role")

    def officers_of_bodies(self) -> None:
        """"the FBI director", "the FBI's director", "the Fed chair": the person holding that office of the organisation
        just named, as ``holders`` finds them (the one the article names, else the catalog's at the
        article's date), in place of the organisation; nobody when that is not one person, when a
        name follows ("the FBI director James Comey" is found by name) or the office itself is
        meant ("the Fed chair nominee")."""
        for h in list(self.hits):
            i, k = h.first if self.lower[h.first] == "the" else h.first - 1, h.last + 1  # ("the Fed" is one form)
            if self.same_sentence(h.last, k) and self.words[k] in ("'s", "’s"):  # "the FBI's director"
                k += 1
            if h.resolution == "pronoun" or i < 0 or self.lower[i] != "the" or not self.same_sentence(i, k) \
                    or not self.words[k].islower() or self.gap(k - 1, k) != " ":
                continue
            body = self.actor(h.actor)
            if body.kind != "organisation" or body.discovered:
                continue
            found = None
            for end in (k + 1, k):  # the longer title first: "the Justice Department inspector general"
                if end < self.n and self.same_sentence(k, end):
                    said = " ".join(self.lower[k:end + 1])
                    found = next(((t, end) for t in (CHAIR_WORDS if said in CHAIR_WORDS else (said,))
                                  if (t, h.actor) in self.index.role_holders), None)
                    if found:
                        break
            if found is None:
                continue
            title, end = found
            nxt = end + 1
            if nxt < self.n and self.same_sentence(end, nxt) and (self.words[nxt][:1].isupper() or self.lower[nxt] in OFFICE_NOUNS):
                continue
            who = self.holders(title, h.actor)
            if len(who) == 1:
                self.set_hits([x for x in self.hits if x is not h])
                self.add(i, end, who.pop(), "role")

    def the_group(self) -> None:
        """"the group" ("the organization") is the organisation the article named last before it, in
        its sentence or the two before ("The National Rifle Association ... the group said"), of
        those it names more than once or that speak or are apposed to it, and that are no
        government body, party, firm or news outlet, nor only the medium of a statement ("told
        CNN"); else nobody (a people, a faith: "the group" of "Hispanics" is some group of them).
        "the company" ("the firm", "the insurer" ...) is the firm so named last, or the only firm
        the article names."""
        if self.vocabulary.isdisjoint(GROUP_WORDS) and self.vocabulary.isdisjoint(COMPANY_WORDS):
            return
        at = [i for i in range(1, self.n) if (self.lower[i] in GROUP_WORDS or self.lower[i] in COMPANY_WORDS)
              and self.lower[i - 1] == "the" and not self.covered[i] and not self.covered[i - 1] and self.same_sentence(i - 1, i)]
        if not at:
            return
        hits = sorted((h for h in self.hits if h.resolution != "pronoun"), key=lambda h: h.last)
        named: dict[str, int] = defaultdict(int)  # a one-off ("told CNN the group ...") is no group the article is about
        for h in hits:
            named[h.actor] += 1
        firms = {a for a in named if self.actor(a).sector == "company"}
        for i in at:
            if i + 1 < self.n and self.same_sentence(i, i + 1) and (
                    self.lower[i + 1] == "of" or self.words[i + 1][:1].isupper()
                    or self.lower[i + 1] in ("that", "which", "who") and "," not in self.gap(i, i + 1)
                    and not (i > 2 and self.gap(i - 2, i - 1) == ", ")):
                continue  # "the group of senators", "the Group Health ...", a kind of group: "immigrants are the
                # group that is most affected", "senators in the group — which also includes ..." (not "the NRA,
                # the group that led ...", nor "the group, which ...")
            company = self.lower[i] in COMPANY_WORDS
            if company and len(firms) == 1:  # the one firm the article names, named before: more than once, in
                # its opening sentences or in reach (not "gift cards (Amazon or iTunes)" pages before "the company")
                firm = min(firms)
                if any(h.actor == firm and h.last < i - 1 and not self.told(h) and (
                        named[firm] > 1 or self.sent[h.last] < LEDE_SENTENCES or self.sent[i] - self.sent[h.last] <= PRONOUN_WINDOW)
                       for h in hits):
                    self.add(i - 1, i, firm, "role")
                continue
            for h in reversed([h for h in hits if h.last < i - 1 and self.sent[i] - self.sent[h.last] <= PRONOUN_WINDOW]):
                if self.group_like(h, company) and not self.told(h) and (
                        named[h.actor] > 1 or self.speaks_next(h.last) or _after_according_to(self.lower, h.first)
                        or h.last == i - 2 and self.gap(h.last, i - 1) == ", "):
                    self.add(i - 1, i, h.actor, "role")  # (one named once if it speaks or "the group" is apposed
                    # to it: "according to the American College of Physicians. After all, the group said",
                    # "Mayors Against Illegal Guns, the group co-chaired by ...")
                    break

    def group_like(self, h: _Hit, company: bool) -> bool:
        """Whether the actor of a mention can be what "the company" (a firm) or "the group" (an
        organisation that is no government body, party, firm or news outlet, or an armed group or
        a movement) stands for."""
        a = self.actor(h.actor)
        if company:
            return a.sector == "company"
        if a.kind == "group":
            return a.sector in GROUP_SECTORS
        return a.kind == "organisation" and a.government is None and a.sector is None \
            and not a.name.endswith("Party") and a.name.split()[-1] not in PRESS_WORDS

    def told(self, h: _Hit) -> bool:
        """Whether a mention is the medium of what someone said ("told CNN", "on Fox News", "said in
        an interview with Politico", "NPR reported"), not an actor of the story."""
        before = self.lower[h.first - 1] if h.first > 0 and self.same_sentence(h.first - 1, h.first) else ""
        after = self.lower[h.last + 1] if h.last + 1 < self.n and self.same_sentence(h.last, h.last + 1) else ""
        if before in ("with", "to"):  # an interview's or a statement's medium, not a partner or a recipient
            # ("said in an interview with Politico", "spoke to NPR"; not "associated with Everytown")
            return h.first > 1 and self.lower[h.first - 2] in MEDIUM_LEADS
        return before in ("told", "on") or after in ("reported", "reports", "reporting")

    def no_person_after_the(self) -> None:
        """A one-word name taken for a person that the article writes after "the" ("according to the
        Lancet", "The Courant notes": a newspaper's) is no person but an organisation, unless a kin
        or family noun follows it there ("the Koch brothers", "the Koch brothers-funded group", "the
        Cavazos family") or an honorific comes before it elsewhere ("Mr. Iraheta-Lopez")."""
        titled = {h.actor for h in self.hits if h.first > 0 and self.words[h.first - 1] in HONORIFIC_GENDER}
        for h in self.hits:
            a = self.actor(h.actor)
            if a.discovered and a.kind == "person" and h.first == h.last and " " not in a.name and h.first > 0 \
                    and a.gender is None and h.actor not in titled \
                    and self.lower[h.first - 1] == "the" and self.same_sentence(h.first - 1, h.first) \
                    and not (h.last + 1 < self.n and self.lower[h.last + 1].split("-")[0].rstrip("s") in FAMILY_NOUNS):
                self.discovered[a.id] = replace(a, kind="organisation", sector="media" if a.name in PRESS_WORDS else a.sector)

    def organisations_by_apposition(self) -> None:
        """A name taken for a person that an apposition anywhere in the article calls a company or
        another body is an organisation's: a one-word name ("Pharmasset, a small biotechnology
        company based in Atlanta", "Mercatus, a libertarian think tank"), or a longer one that opens
        with no given name, the apposition after it or before it ("Pueblo Sin Fronteras, the group
        helping ...", "its longtime advertising agency, Ackerman McQueen,")."""
        named = {a.id: a for a in self.discovered.values() if a.kind in ("person", "name") and a.gender is None
                 and a.id not in self.pronoun_gender
                 and (" " not in a.name or self.index.first_names.get(a.name.split()[0]) is None)}
        if not named:
            return
        lone = {a.name: a for a in named.values() if " " not in a.name}
        for i in [i for i, w in enumerate(self.words) if w in lone]:  # also where no mention took the word
            if self.body_apposed_after(i):
                a = lone[self.words[i]]
                self.discovered[a.id] = replace(a, kind="organisation")
        for h in self.hits:
            a = named.get(h.actor)
            if a is not None and " " in a.name and (self.body_apposed_after(h.last) or self.body_apposed_before(h)):
                self.discovered[a.id] = replace(a, kind="organisation")

    def body_apposed_after(self, i: int) -> bool:
        """Whether an apposition after token ``i`` calls what it follows a company or another body
        (", a small biotechnology company"; not ", a lawyer for the company")."""
        j = i + 1
        if not (j < self.n and self.lower[j] in ("a", "an", "the") and self.gap(i, j) == ", " and self.same_sentence(i, j)):
            return False
        for k in range(j + 1, min(j + 6, self.n)):
            if not self.words[k].islower() or not self.same_sentence(j, k) or self.lower[k] in APPOSITION_ENDS \
                    or self.lower[k] in PERSON_HEADS:
                return False  # the head is before "for", "of" ...: ", a lawyer for the company" is a person
            if self.lower[k] in COMPANY_NOUNS or self.lower[k] in BODY_APPOSITION_NOUNS:
                return True
        return False

    def body_apposed_before(self, h: _Hit) -> bool:
        """Whether the name of ``h`` stands in apposition after a company or another body: "its
        advertising agency, Ackerman McQueen," (the name closed by a comma, a bracket or the sentence's end)."""
        k = h.first - 1
        if k < 1 or self.gap(k, h.first) != ", " or not self.same_sentence(k, h.first) \
                or not (self.lower[k] in COMPANY_NOUNS or self.lower[k] in BODY_APPOSITION_NOUNS):
            return False
        after = self.char_after(h.last)
        if not (h.last + 1 >= self.n or not self.same_sentence(h.last, h.last + 1) or after in (",", ")")):
            return False
        for m in range(k - 1, max(-1, k - 5), -1):  # a few lower-case words back: "its longtime advertising"
            if self.lower[m] in ("its", "their", "his", "her", "the", "a", "an"):
                return True
            if not self.words[m].islower():
                return False
        return False

    def state_bodies(self) -> None:
        """A US state's legislature, chambers, supreme court, police and departments are actors of
        their own, named with the state ("the Texas Senate", "Colorado's General Assembly", "the
        New York State Assembly", "the Ohio House Finance Committee", "the California Department
        of Justice"), not the federal ones nor another state's; not a state's race for Congress
        ("Texas Senate candidate"). Named without the state ("the state Senate", "the
        legislature", "the General Assembly"), a body is the one of that kind the article names
        with its state, and nobody when it names none or several (a UN article's "General
        Assembly" is the UN's)."""
        words, n = self.words, self.n
        named: list[tuple[int, str, str, str]] = []  # (last token, kind, id, state) of bodies named with their state
        states: list[tuple[int, str]] = []  # (token, state) of every state's name
        for i in [i for i, w in enumerate(words) if w in US_STATES or w in STATE_OPENERS]:
            if not (words[i] in US_STATES and len(words[i]) >= 4 and words[i][1:].islower() or self.opens_state(i)):
                continue
            j = i + (2 if self.opens_state(i) else 1)
            state = " ".join(words[i:j])
            states.append((i, state))
            if self.covered[i] and i not in self.passed \
                    or i > 0 and self.covered[i - 1] and i - 1 not in self.passed and self.same_sentence(i - 1, i):
                continue  # part of another name (a state's name alone is a place the catalog passed: "in Texas")
            if j < n and words[j] in ("'s", "’s") and self.same_sentence(i, j):
                j += 1
            found = self.state_body_at(i, j)
            if found is None or found[1].startswith("House") and state in NO_HOUSE_STATES:
                continue  # "California House Republicans": the state's members of Congress
            last, name, kind = found
            ident = slug(f"{state} {name}")
            if ident in self.index.actors:
                ident = f"discovered-{ident}"
            self.discovered.setdefault(ident, Actor(id=ident, name=f"{state} {name}", kind="organisation",
                                                    country="us", discovered=True))
            self.add(i, last, ident, "discovered")
            if kind:
                named.append((last, kind, ident, state))
        lower = self.lower
        for i in [j - 1 for j, w in enumerate(lower) if w in STATE_BODY_WORDS and j and lower[j - 1] in ("the", "state")]:
            if self.covered[i] or not self.same_sentence(i, i + 1):
                continue
            j = i + 1
            if lower[i] == "state" and j < n and words[j] in ("'s", "’s"):
                j += 1  # "the state's Supreme Court"
            if lower[i] == "the" and lower[j] == "state":
                continue  # taken from "state" on
            found = self.state_body_at(i, j, state_word=lower[i] == "state")
            if found is None or found[2] is None or any(self.covered[k] for k in range(j, found[0] + 1)):
                continue
            last, _, kind = found
            if last + 1 < n and lower[last + 1] in BODY_PEOPLE | {"speaker"} and self.same_sentence(last, last + 1):
                self.passed.update(range(i, last + 1))  # a person: "the Assembly speaker"
                self.covered[i:last + 1] = [True] * (last + 1 - i)
                continue
            if lower[i] == "the" and kind not in ("legislature", "assembly") or i > 0 and lower[i - 1] in ELECTORAL_STATES:
                continue  # "the Senate", "the House": Congress's; "swing state Senate races"
            first = i - 1 if lower[i] == "state" and i > 0 and lower[i - 1] == "the" else i
            body = self.state_body_before(i, kind, named, states)
            if body is not None:
                self.add(first, last, body, "short")
            elif kind == "legislature" and not any(k == kind for _, k, _, _ in named) and words[j] == "General" \
                    and any(h.actor == "un-general-assembly" for h in self.hits):
                self.add(first + (first < i or lower[first] == "the"), last, "un-general-assembly", "short")
            else:
                for k in range(first, last + 1):  # nobody: no discovered "Assembly"
                    self.covered[k] = True
                    self.passed.add(k)

    def state_body_before(self, i: int, kind: str, named: list[tuple[int, str, str, str]],
                          states: list[tuple[int, str]]) -> str | None:
        """The state body of ``kind`` that "the legislature" or "the state Senate" at token ``i``
        is: the one such body the article has named with its state before, when no other state's
        name stands since (nor later in the sentence: "the legislature in Texas"), else None."""
        before = {(ident, state) for last, k, ident, state in named if k == kind and last < i}
        if len(before) != 1:
            return None
        ((ident, state),) = before
        since = max(last for last, _, b, _ in named if b == ident and last < i)
        end = i
        while end + 1 < self.n and self.same_sentence(i, end + 1):
            end += 1
        if any(since < k <= end and other != state for k, other in states):
            return None
        return ident

    def possessive_names(self) -> None:
        """An organisation's name with a common noun's possessive inside is one name ("the
        Children's Defense Fund", "the ACLU's Immigrants' Rights Project", "National Women's Law
        Center", "St. Jude Children's Research Hospital"), not a person's or a place's possessive
        before an organisation ("Obama's Justice Department")."""
        words, tokens, text = self.words, self.tokens, self.text
        ends = [t.end for t in tokens]
        at = [(bisect_left(ends, m.start()), m.start()) for m in _APOSTROPHE_RE.finditer(text)]
        for k in [k for k, p in at if k < self.n - 2 and ends[k] == p]:  # a word right before an apostrophe
            w = words[k]
            if self.covered[k] or not w[:1].isupper() or self.sent[k] in self.headlines \
                    or self.lower[k] not in self.index.english or w in self.index.word_names or w in NOT_NAME \
                    or w in ORG_WORDS or w == "High":
                continue  # (an organisation's possessive: "Georgetown University's Health Policy Institute")
            if words[k + 1] in ("'s", "’s") and tokens[k].end == tokens[k + 1].start:
                j = k + 2  # "Children's"
            elif w.endswith("s") and text[tokens[k].end:tokens[k].end + 2] in ("' ", "’ ") and tokens[k + 1].start == tokens[k].end + 2:
                j = k + 1  # "Immigrants'"
            else:
                continue
            if j >= self.n or not self.same_sentence(k, j) or self.covered[j] or not self.words[j][:1].isupper():
                continue
            body = self.named_body(j)
            if not body:
                continue
            start = k
            while start > 0 and self.same_sentence(start - 1, start) and not self.covered[start - 1] \
                    and _is_name_word(words[start - 1]) and (words[start - 1] not in NOT_NAME or self.after_saint(start)) \
                    and (_adjacent(text, tokens[start - 1], tokens[start]) or self.after_saint(start)):
                start -= 1  # "National Women's", "St. Jude Children's"
            if start > 1 and self.lower[start - 1] in CONNECTORS and self.name_word_before_connector(start) \
                    and self.same_sentence(start - 2, start):
                continue  # the tail of a longer name: "School of Public Health's Injury Control Research Center"
            end = self.tail_end(start, j + body)  # "... Center for Law and Policy"
            self.discover(start, end - start, "organisation")

    def state_body_at(self, i: int, j: int, state_word: bool = False) -> tuple[int, str, str | None] | None:
        """A state's body named from token ``j`` on, after the state's name (or "state") that starts
        at ``i``: (its last token, its name after the state's, its kind or None for an office with a
        tail), or None."""
        words, n = self.words, self.n
        with_state = False
        if not state_word and j < n and words[j] in ("State", "state") and self.same_sentence(i, j) and self.gap(j - 1, j) == " ":
            j, with_state = j + 1, True
        if j >= n or not self.same_sentence(i, j) or self.gap(j - 1, j) not in (" ", ""):
            return None
        tables = (STATE_ONLY_FORMS, STATE_BODY_FORMS) if with_state else (STATE_BODY_FORMS,)
        for table in tables:
            for size in (3, 2, 1):
                form = table.get(tuple(words[j:j + size]))
                if form is None or not self.same_sentence(j, j + size - 1):
                    continue
                last = j + size - 1
                if last + 1 < n and self.lower[last + 1] in RACE_WORDS | {"delegation", "delegations"} \
                        and self.same_sentence(last, last + 1):
                    return None  # "Texas Senate race", "the Ohio House delegation": Congress's seats
                name, kind = form
                if kind in ("senate", "house", "assembly"):  # one of its committees: "Ohio House Finance Committee"
                    k = last + 1
                    while k < n and k <= last + 4 and self.same_sentence(j, k) and self.joined(k - 1, k) \
                            and _is_name_word(words[k]) and words[k] != "Committee":
                        k += 1
                    if k < n and k > last + 1 and words[k] == "Committee" and self.joined(k - 1, k):
                        committee = self.text[self.tokens[last + 1].start:self.tokens[k].end]
                        return k, f"{name} {committee}", None
                return last, name, kind
        if words[j] in STATE_OFFICE_WORDS and j + 2 < n and self.lower[j + 1] == "of" and not state_word:
            end = self.tail_end(j, j + 1)
            if end > j + 2:
                return end - 1, self.text[self.tokens[j].start:self.tokens[end - 1].end], None
        return None

    def chamber_committees(self) -> None:
        """A congressional committee named without its chamber ("the Judiciary Committee", "the
        Finance Committee") is that chamber's when its sentence names one chamber only that has
        such a committee, by name or by a member's title ("Sen. Patrick Leahy, chairman of the
        Judiciary Committee"), else when the article does (the Senate, or the House); else it
        stays a name of its own."""
        committees = self.index.committees
        found = [h for h in self.hits if h.resolution == "discovered" and self.actor(h.actor).discovered
                 and self.actor(h.actor).name in committees]
        if not found:
            return
        chambers = {CHAMBER_IDS[h.actor] for h in self.hits if h.actor in CHAMBER_IDS}
        by_sentence: dict[int, set[str]] = defaultdict(set)  # sentence -> the chambers it names
        for h in self.hits:
            if h.actor in CHAMBER_IDS:
                by_sentence[self.sent[h.first]].add(CHAMBER_IDS[h.actor])
        for k, w in enumerate(self.words):
            if w in MEMBER_TITLES:
                by_sentence[self.sent[k]].add(MEMBER_TITLES[w])
        moved: dict[str, str] = {}  # a committee decided by the article: all its mentions are that one
        for h in found:
            named = committees[self.actor(h.actor).name]
            options = {named[c] for c in by_sentence.get(self.sent[h.first], ()) if c in named}
            if len(options) == 1:
                h.actor, h.resolution = options.pop(), "short"
                continue
            options = {ident for c, ident in named.items() if c in chambers}
            if len(options) == 1:
                moved[h.actor] = options.pop()
        for h in self.hits:
            if h.actor in moved:
                h.actor, h.resolution = moved[h.actor], "short"

    def drop_places(self) -> None:
        """A one-word name taken for a person or a name of unknown kind that the article also uses
        as a place ("Lewiston's struggles ... in Lewiston", "Lewiston, Maine") or a storm's name
        ("Hurricane Katrina ... Katrina killed") names nobody."""
        names = {a.name: a.id for a in self.discovered.values() if " " not in a.name}
        if not names:
            return
        gone = {names[w] for k, w in enumerate(self.words) if w in names and (
            self.storm_at(k) or self.used_as_place(k) and self.discovered[names[w]].kind in ("person", "name"))}
        if gone:
            self.set_hits([h for h in self.hits if h.actor not in gone])

    def people_described(self) -> None:
        """A party's or a people's phrase for one person right before that person's name
        describes them ("Senate Republican leader Mitch McConnell", "Democratic strategist Peter
        Fenn"): it is no mention of the party or people of its own (a country's is; and several
        people named so are the party's too: "Republican senators Mike Lee and Jerry Moran")."""
        people = [h for h in self.hits if h.resolution in NAMED_RESOLUTIONS and self.actor(h.actor).kind == "person"]
        named = {h.first for h in people}
        drop = {id(h) for h in self.hits if h.resolution == "demonym" and h.last + 1 in named
                and self.actor(h.actor).kind != "country" and self.gap(h.last, h.last + 1) == " "
                and not _plural_form(self.lower[h.last])}
        # ... and so does one such phrase in apposition to the person: "Ben Sasse, a Republican senator
        # from Nebraska, said", "the Democratic candidate, Rep. Bruce Braley,"
        ends = {h.last for h in people}
        for h in self.hits:
            if h.resolution != "demonym" or id(h) in drop or self.actor(h.actor).kind == "country" \
                    or _plural_form(self.lower[h.last]) or not self.lower[h.last].isalpha():
                continue
            if self.lower[h.last] not in APPOSED_PARTY_HEADS:
                continue  # (not "Reid, whose Democratic caucus", "in the Democratic caucus, Reid could")
            k = h.first
            while k > 0 and k > h.first - 4 and self.words[k - 1].islower() and self.gap(k - 1, k) == " ":
                k -= 1  # "a", "the", "the presumptive", "a veteran"
            if k < h.first and self.lower[k] not in APPOSITION_OPENERS:
                k = h.first  # (not "Mike Pence, tried to parse the Republican nominee's")
            j = h.last + 1  # the first word after the phrase's comma, past titles ("Rep.", "Sen.")
            while j < self.n and j < h.last + 4 and self.words[j] in self.index.title_tokens and self.lower[j] != "the":
                j += 1
            if k > 0 and self.gap(k - 1, k) == ", " and k - 1 in ends \
                    or j in named and self.gap(h.last, h.last + 1) == ", ":
                drop.add(id(h))
        if drop:
            self.set_hits([h for h in self.hits if id(h) not in drop])

    def parliament(self) -> None:
        """"Parliament" alone or "the parliament" is the one parliament of the catalog whose country
        the article names, by the country or by someone or something of it ("Boris Johnson ... misled
        Parliament" is the UK Parliament); two such countries, or none, leave it to nobody; a
        country's ("Ukraine's parliament") is that country's; not a longer name ("Parliament
        Square"), nor what is "of Parliament" ("an act of Parliament", "Members of Parliament")."""
        if "parliament" not in self.vocabulary:
            return
        at = [i for i in range(self.n) if self.lower[i] == "parliament" and self.parliament_alone(i)]
        lone = {h.first: h for h in self.hits if h.first == h.last and h.resolution == "discovered"}
        held = {k for h in self.hits for k in range(h.first, h.last + 1)}  # (a lone name dropped as a place is no hit)
        at = [i for i in at if i not in held or i in lone]
        if not at:
            return
        countries = set()
        for h in self.hits:
            a = self.actor(h.actor)
            countries.add(a.id if a.kind == "country" else a.country)
        options = {p for c in countries if c for p in self.index.parliaments.get(c, ())}
        for i in at:
            owned = self.lower[i - 1] in ("'s", "’s")  # "Ukraine's parliament": that country's
            mine = self.index.parliaments.get(self.country_before(i) or "", ()) if owned else tuple(options)
            if len(mine) != 1:
                continue
            if i in lone:
                self.set_hits([h for h in self.hits if h is not lone[i]])
            first = i - 1 if self.lower[i - 1] == "the" and self.words[i] == "parliament" else i
            self.add(first, i, mine[0], "role")

    def parliament_alone(self, i: int) -> bool:
        """Whether "Parliament" (or "parliament" after "the" or "'s") at ``i`` stands alone: not in a longer
        name ("Parliament Square", "Kenyan Parliament") nor after "of" ("Members of Parliament")."""
        w = self.words[i]
        if not (w == "Parliament" or w == "parliament" and i > 0 and self.lower[i - 1] in ("the", "'s", "’s")):
            return False
        if i > 0 and self.same_sentence(i - 1, i) and (
                self.lower[i - 1] == "of" or self.joined(i - 1, i) and self.words[i - 1][:1].isupper() and self.lower[i - 1] != "the"):
            return False
        return not (i + 1 < self.n and self.same_sentence(i, i + 1) and self.joined(i, i + 1) and self.words[i + 1][:1].isupper())

    def administrations(self) -> None:
        """"The Clinton administration", "during the Carter administration", "the Clinton era": the
        administration (era, presidency) a surname names is the one US president of the catalog who
        bore it (Bill Clinton, not Hillary Clinton of the short form; Jimmy Carter, not a new actor),
        before the article's date; not a hoped-for one ("a Clinton administration would", "a Clinton
        presidency"), nor one a surname shared by two presidents names ("the Bush administration"
        stays as the names decide)."""
        if self.vocabulary.isdisjoint(PRESIDENCY_NOUNS) and self.vocabulary.isdisjoint(PRESIDENTS_NOUNS):
            return
        one_word = {h.first: h for h in self.hits if h.first == h.last}
        for i in [i for i, w in enumerate(self.lower) if (w in PRESIDENCY_NOUNS or w in PRESIDENTS_NOUNS) and i > 1]:
            j = i - 1
            ids = self.index.presidents.get(self.words[j], ())
            if len(ids) != 1 or self.gap(j, i) != " " or self.gap(j - 1, j) != " " \
                    or not self.same_sentence(j, i) or self.lower[j - 1] in ("a", "an") and self.lower[i] in PRESIDENCY_NOUNS and (
                        self.lower[i] != "administration" or not self.qualifies(i)) \
                    or self.lower[i] == "years" and self.lower[j - 1] != "the":
                continue  # ("Obama-Clinton administration": not the surname alone; "a Clinton administration
                # would": one hoped for, but "a Clinton administration policy" is the administration's;
                # "the Clinton years", not "Clinton years ago")
            president = ids[0]
            if self.year is not None and not any(
                    r.title == "president" and r.start is not None and r.start <= self.year for r in self.actor(president).roles):
                continue
            h = one_word.get(j)
            if h is None and not self.covered[j]:
                self.add(j, j, president, "surname")
            elif h is not None and h.actor != president and h.resolution in ("short", "surname", "discovered"):
                h.actor, h.resolution = president, "surname"

    def qualifies(self, i: int) -> bool:
        """Whether the word at token ``i`` qualifies a lower-case noun right after it ("a Clinton
        administration policy"), not a verb or modal ("a Clinton administration would")."""
        k = i + 1
        return k < self.n and self.same_sentence(i, k) and self.gap(i, k) == " " and self.words[k].islower() \
            and self.lower[k] in self.index.english and self.lower[k] not in CAPITAL_AUXILIARIES and self.lower[k] not in MODALS

    def capital_governments(self) -> None:
        """A capital that opens a clause as the subject of a verb of saying or of a state's acts
        stands for its country's government: "Moscow denied the charge", "Beijing will retaliate",
        "Tehran has rejected"; not a place ("flew to Beijing", "officials in Moscow said", "Moscow
        is a city of millions") nor inside a longer name ("Moscow State University said")."""
        if self.index.capitals.keys().isdisjoint(self.words):
            return
        for i in self.capitalised:
            at = self.capital_at(i)
            if at is None or any(self.covered[k] and k not in self.passed for k in range(i, at[0])):
                continue
            j, country = at
            before = self.lower[i - 1] if i > 0 and self.same_sentence(i - 1, i) else ""
            if before in PLACE_PREPOSITIONS or before and self.words[i - 1][:1].isupper() and not self.starts_clause(i) \
                    or before in ("and", "or") and i - 2 in self.passed and self.gap(i - 2, i - 1) == " " \
                    and not any(h.last == i - 2 and h.resolution == "capital" for h in self.hits):
                continue  # "officials in Moscow said", "East Jerusalem", "the attorneys general of New York and
                # Washington have vowed"
            then = self.capital_at(j + 1) if self.lower[j] == "and" else None  # "Washington and Moscow agreed"
            if self.state_acts(j) or before in STATE_ACTS and self.gap(i - 1, i) == " " and self.lower[j] in OBJECT_LINKS \
                    or then is not None and self.state_acts(then[0]):
                self.add(i, j - 1, country, "capital")  # "Moscow denied", "urged Washington to", "Washington
                # and Moscow agreed"

    def capital_at(self, i: int) -> tuple[int, str] | None:
        """The token after a capital's name that starts at token ``i`` and its country, where a word
        of the same sentence follows it (or its possessive): (end, country), or None."""
        for toks, country in self.index.capitals.get(self.words[i], ()) if i < self.n else ():
            j = i + len(toks)
            if j < self.n and tuple(self.words[i:j]) == toks and self.same_sentence(i, j) \
                    and (self.gap(j - 1, j) == " " or self.lower[j] in ("'s", "’s")):
                return j, country
        return None

    def state_acts(self, j: int) -> bool:
        """Whether a verb of saying or of a state's acts stands at token ``j`` (after an adverb in
        "-ly", an auxiliary or a modal maybe: "denied", "said", "quietly pressures", "will
        retaliate", "has long pressured"), or a possessive and what a state does ("'s response")."""
        if self.lower[j] in ("'s", "’s"):  # "Beijing's response", "Moscow's annexation of Crimea"
            return j + 1 < self.n and self.lower[j + 1] in STATE_DOINGS and self.same_sentence(j, j + 1)
        if j + 1 < self.n and self.lower[j].endswith("ly") and self.words[j].islower() and self.same_sentence(j, j + 1):
            j += 1  # "Beijing improperly pressures"
        if self.words[j] in self.index.speech_verbs \
                or self.lower[j] in STATE_ACTS and (self.lower[j].endswith(("s", "ed")) or self.lower[j] == "sought"):
            return True  # (a verb's base form only after an auxiliary: not "Washington support for reform")
        k = j + 1 if j + 1 < self.n and self.lower[j + 1] in ("long", "also", "repeatedly", "since") else j
        return self.lower[j] in CAPITAL_AUXILIARIES and k + 1 < self.n and self.same_sentence(j, k + 1) \
            and (self.words[k + 1] in self.index.speech_verbs or self.lower[k + 1] in STATE_ACTS)

    def storm_at(self, i: int) -> bool:
        """Whether the name at token ``i`` is a storm's: "Hurricane Katrina", "Tropical Storm Harvey",
        one of a list of them ("hurricanes Maria, Harvey and Irma")."""
        if i > 0 and self.words[i - 1] in STORM_WORDS and self.same_sentence(i - 1, i) and self.gap(i - 1, i) == " ":
            return True
        k = i  # back over the list: "hurricanes Maria, Harvey and Irma"
        while k > 0 and i - k < 8 and self.same_sentence(k - 1, k) and self.gap(k - 1, k) in (" ", ", ") \
                and (self.words[k][:1].isupper() or self.lower[k] in ("and", "or")):
            k -= 1
        return k < i and self.lower[k] in STORM_PLURALS and self.gap(k, k + 1) == " " and self.words[k + 1][:1].isupper()

    def used_as_place(self, i: int) -> bool:
        """Whether the name at token ``i`` stands for a place here: after "in", "near" ... (not
        "from": "a letter from Wilson"), or before a state or a description of a place."""
        if self.after_locative(i) and self.lower[i - 1] != "from" and _adjacent(self.text, self.tokens[i - 1], self.tokens[i]) \
                and self.char_after(i) not in ("'", "’") \
                and not (i > 1 and self.lower[i - 2] in STAKE_WORDS):  # not "On the outside, Pat", "in Hulse’ telling",
            return True  # "an investor in Lyft"
        return self.before_state(i + 1) or self.described_as_place(i + 1)

    def hometown(self, i: int, run: int) -> bool:
        """Whether the name at i..i+run-1 is a place after a comma: where the person named before
        it lives ("Ron Avery, of Pomfret,"; not an organisation: "Jeffrey Engel, of Southern
        Methodist University") or the next stop of a journey ("from Brownsville, Texas, to Matamoros")."""
        if i < 2 or self.lower[i - 1] not in ("of", "to") or not self.same_sentence(i - 2, i) \
                or self.gap(i - 2, i - 1) != ", " \
                or self.words[i + run - 1] in ORG_WORDS or self.words[i + run - 1] in PRESS_WORDS or i in self.opened:
            return False
        if self.lower[i - 1] == "to":
            return self.words[i - 2] in US_STATES or self.country_before(i - 1) is not None
        return self.words[i - 2][:1].isupper()

    def acts(self, i: int) -> bool:
        """Whether the word at ``i`` is followed by what an actor does or has: a speech verb, a
        past tense or a possessive ("Heritage said", "Urban assumed", "Roof's", "Brat also said")."""
        j = self.verb_after(i)
        if j >= self.n or not self.same_sentence(i, j):
            return False
        w = self.words[j]
        return w in self.index.speech_verbs or w in ("'s", "’s") or w.islower() and w.endswith("ed") and len(w) > 3

    def speaks_next(self, i: int) -> bool:
        """Whether a verb of saying follows the word at ``i``, maybe after "has" or "had" ("May
        said", "May has insisted", "May also told")."""
        j = self.verb_after(i)
        if j + 1 < self.n and self.lower[j] in ("has", "had") and self.same_sentence(j, j + 1) and self.gap(j, j + 1) == " ":
            j += 1
        return j < self.n and self.same_sentence(i, j) and self.gap(i, i + 1) == " " and self.words[j] in self.index.speech_verbs

    def parenthetical_speaker(self, i: int) -> bool:
        """Whether subject pronoun ``i`` and its verb of saying stand between commas inside the
        sentence, or close it after one ("What is required, he says, is cooperation", "Eagan, she
        said, is eager"): the speaker who goes on, as one opening the sentence does."""
        j = self.verb_after(i)
        if self.lower[i] not in SUBJECT_PRONOUNS or i == 0 or j >= self.n or self.words[j] not in self.index.speech_verbs \
                or self.gap(i - 1, i).strip() != "," or not self.same_sentence(i - 1, j) or self.in_quotation(i):
            return False
        return j + 1 >= self.n or not self.same_sentence(j, j + 1) or self.gap(j, j + 1).strip() == ","

    def verb_after(self, i: int) -> int:
        """The token after ``i``, past one adverb that may stand before a verb ("Brat also said")."""
        j = i + 1
        if j + 1 < self.n and self.lower[j] in SPEECH_ADVERBS and self.gap(i, j) == " " and self.same_sentence(i, j + 1):
            return j + 1  # (not "... This Morning,” also said")
        return j

    def speaker_at_start(self, i: int) -> bool:
        """Whether the lone capitalised word opening a sentence is its speaker: "Morello said",
        "Fryer also told"; no plural or collective noun ("Officials said", "Police said", "Staff
        told") nor a present form that is a noun too ("Report claims")."""
        j = self.verb_after(i)
        if j >= self.n or not self.same_sentence(i, j) or self.gap(i, i + 1) != " " \
                or self.words[j] not in self.index.speech_verbs or not self.words[j].endswith(("ed", "said", "told", "wrote")):
            return False
        low, english = self.lower[i], self.index.english
        return low not in COLLECTIVE_NOUNS and low not in IRREGULAR_PLURALS and not (low.endswith("s") and (
            low[:-1] in english or low.endswith("es") and low[:-2] in english or low.endswith("ies") and low[:-3] + "y" in english))

    @cached_property
    def firm_words(self) -> frozenset[str]:
        """Capitalised words the article writes as a firm's name: "which" after one ("CoreCivic,
        which runs the center") or a firm's things after its possessive ("Mallinckrodt's shares",
        "Lyft's drivers")."""
        return frozenset(
            self.words[k] for k in self.capitalised if k + 2 < self.n and self.same_sentence(k, k + 2) and (
                self.lower[k + 1] == "which" and self.gap(k, k + 1).strip() == ","
                or self.lower[k + 1] in ("'s", "’s") and self.lower[k + 2] in FIRM_THINGS))

    def family(self, i: int) -> bool:
        """Whether token ``i`` is a family called by its surname in the plural: "the Obamas"."""
        w = self.words[i]
        return i > 0 and self.lower[i - 1] == "the" and len(w) > 3 and w.endswith("s") \
            and (w[:-1] in self.index.by_surname
                 or any(self.words[h.last] == w[:-1] and h.last > h.first and self.actor(h.actor).kind == "person"
                        for h in self.hits))  # named in full: "John Richter ... the Richters"

    def compounds(self) -> None:
        """Actors inside hyphenated words: "anti-Trump", "pro-Clinton", "the Pence-Schumer talks".
        Every capitalised part must be a known actor (a catalog name of one word or the surname of a
        person named in the article), so double-barrelled names ("Loa-Nunez") stay whole; a name
        before a participle ("Hamas-run", "Russia-backed") describes something else and is left alone."""
        known: dict[str, str] = {}
        for h in self.hits:
            a = self.actor(h.actor)
            if a.kind == "person" and h.resolution in ("name", "alias", "discovered"):
                s = surname_of(a.name)
                if s:
                    known.setdefault(s, a.id)
        forms = self.index.forms
        for i in self.compound_tokens:
            if self.covered[i] or self.sent[i] in self.headlines:
                continue
            tok = self.tokens[i]
            parts, at = [], tok.start
            for p in tok.text.split("-"):
                parts.append((p, at))
                at += len(p) + 1
            if parts[0][0].lower() in ("anti", "pro") and len(parts) == 2:
                names = parts[1:]
            elif all(_is_name_word(p) or p in forms for p, _ in parts):  # "US-Mexico" too
                names = parts
            elif len(parts) == 2 and parts[1][0] in ATTRIBUTIVE_NOUNS and parts[1][0] not in DESCRIPTOR_SUFFIXES:
                names = parts[:1]  # "Obama-administration assertions", as "the Obama administration"
            else:
                continue
            joined_before_noun = self.names_joined_before_noun(i)
            found: list[tuple[str, int, int]] = []
            for p, start in names:
                actor = known.get(p)
                if actor is None:
                    form = next((f for f in forms.get(p, ()) if len(f[0]) == 1 and f[1]), None)
                    joined = bool(found) and found[0][1] < tok.start  # the word before is no other name's
                    actor = form[1] if form is not None and (joined or self.keeps(form, i, i)) else None
                if actor is None and start == tok.start:
                    actor = self.name_before_compound(i, p)  # "the United States-Mexico border"
                    if actor is not None:
                        start = self.tokens[i - 1].start
                if actor is None and (p in US_STATES or any(len(f[0]) == 1 and not f[1] for f in forms.get(p, ()))):
                    continue  # a place: "the Texas-Mexico border" names Mexico only
                if actor is None and joined_before_noun:
                    continue  # another name the catalog does not know: "the Trump-Kim meeting" names Trump
                if actor is None:
                    break
                found.append((actor, start, start + len(p) if start >= tok.start else tok.start + len(p)))
            else:
                if len(found) < len(names) and (not found or self.name_goes_on(i)) and not (found and joined_before_noun):
                    continue  # places only ("University of Colorado-Boulder"), or a longer name ("California-Mexico Studies Center")
                for actor, start, end in found:
                    self.add_hit(_Hit(i - (start < tok.start), i, actor, "compound", (start, end)))
                    if start < tok.start:
                        self.covered[i - 1] = True
                self.covered[i] = True

    def name_goes_on(self, i: int) -> bool:
        """Whether a capitalised word of the same name follows token ``i``."""
        return i + 1 < self.n and self.same_sentence(i, i + 1) and _is_name_word(self.words[i + 1]) \
            and self.joined(i, i + 1)

    def name_before_compound(self, i: int, part: str) -> str | None:
        """The catalog actor named by the word before the hyphenated token ``i`` together with its
        first part ("United" and "States" of "United States-Mexico"), or None."""
        if i == 0 or not self.same_sentence(i - 1, i) or self.covered[i - 1] or not _adjacent(self.text, self.tokens[i - 1], self.tokens[i]):
            return None
        form = next((f for f in self.index.forms.get(self.words[i - 1], ()) if f[0] == (self.words[i - 1], part) and f[1]), None)
        return form[1] if form is not None else None

    @cached_property
    def compound_tokens(self) -> list[int]:
        return [i for i, w in enumerate(self.words) if "-" in w and any(c.isupper() for c in w)]

    def capitals(self) -> None:
        """Names in capitals: catalog names in an all-caps line ("TRUMP SLAMS BANNON") and the
        speaker labels of transcripts ("SHAPIRO: ...", "CHUCK TODD: ...", "ARI SHAPIRO, HOST: ...")."""
        words = self.words
        caps = [i for i, w in enumerate(words) if not self.covered[i] and len(w) > 1 and w.isupper() and w[0].isalpha()]
        if not caps:
            return
        titled = list(words)
        for i in caps:
            titled[i] = words[i].title()
        done = 0
        people: dict[str | None, set[str]] | None = None  # persons named so far by surname, once a label needs them
        roles: set[int] = set()  # ids of the mentions inside speakers' roles ("CHUCK TODD, NBC NEWS:")
        journalists: set[str] = set()  # speakers whose label calls them the programme's ("STEVE INSKEEP, HOST:")

        def named_so_far(surname: str) -> str | None:
            """The one person of ``surname`` named so far, if one."""
            nonlocal people
            if people is None:
                people = defaultdict(set)
                for h in self.hits:
                    if self.actor(h.actor).kind == "person":
                        people[surname_of(self.actor(h.actor).name)].add(h.actor)
            found = people.get(surname, ())
            return next(iter(found)) if len(found) == 1 else None

        def labelled(ident: str, journalist: bool) -> None:
            """The label just added names ``ident``: none of the story's mentions if a journalist's."""
            if journalist:
                journalists.add(ident)
            if ident in journalists:
                roles.add(id(self.hits[-1]))

        for i in caps:
            if i < done or self.covered[i]:
                continue
            form = _match_at(titled, i, self.index.form_tables.get(titled[i], ()), self.sent)
            if form is not None and not form[1] and len(form[0]) > 1 \
                    and all(w.isupper() for w in words[i:i + len(form[0])]):
                done = i + len(form[0])  # a place or other non-actor phrase: "NEW MEXICO" names no Mexico
                continue
            if form is not None and form[1] and len(form[0]) == 1 and self.actor(form[1]).kind == "person" \
                    and named_so_far(titled[i]) not in (None, form[1]):
                # a surname alone is the one person of that surname the article names before a catalog
                # person's short form: "DAVID GREENE, HOST:" then "GREENE: ..." is no Marjorie Taylor
                # Greene, "CHENEY SHARES HIS HEART" about Dick Cheney no Liz Cheney
                ident = named_so_far(titled[i])
                self.add(i, i, ident, "surname")
                labelled(ident, False)
                done = i + 1
                continue
            if form is not None and form[1] and sum(map(len, form[0])) >= 4 \
                    and all(w.isupper() for w in words[i:i + len(form[0])]) and self.keeps(form, i, i + len(form[0]) - 1):
                self.add(i, i + len(form[0]) - 1, form[1], "name")
                if self.actor(form[1]).kind == "person":
                    if people is not None:
                        people[surname_of(self.actor(form[1]).name)].add(form[1])
                    labelled(form[1], self.starts_clause(self.after_titles(i))
                             and self.label_role(i + len(form[0]) - 1, roles))
                done = i + len(form[0])
                continue
            run = 0
            while run < 3 and i + run < self.n and self.sent[i + run] == self.sent[i] and words[i + run].isupper() \
                    and words[i + run].replace("-", "").isalpha() and not self.covered[i + run] \
                    and (run == 0 or _adjacent(self.text, self.tokens[i + run - 1], self.tokens[i + run])):
                run += 1
            before = self.text[max(0, self.tokens[i].start - 3):self.tokens[i].start].strip()
            if not run or not self.starts_clause(self.after_titles(i)) and before not in ("--", "—", "–", ")"):
                continue  # a label opens a line (after a title: "SEN. JO RUIZ:"), or follows a dash or "(CROSSTALK)"
            label = SPEAKER_LABEL_END_RE.match(self.text, self.tokens[i + run - 1].end)  # ("(R-SC):", ", HOST:")
            if label is None:
                continue
            name = " ".join(titled[i:i + run])
            if any(w in NOT_NAME or w.upper() in LABEL_WORDS for w in titled[i:i + run]):
                continue
            if run == 1 and _initials(words[i]) and words[i] not in self.index.form_actor:
                continue  # an interview's initials ("JB: So how did ...") say no name (but "LEE: ...")
            last = titled[i + run - 1]
            if run > 1 and self.lower[i + run - 1] in self.index.english and last not in self.index.word_names \
                    and last not in self.index.first_names and name not in self.index.form_actor \
                    and not (titled[i] in self.index.first_names and label.end() - self.tokens[i + run - 1].end > 1):
                continue  # a section label ending in an English word: "PICK SIX:", "OBAMACARE WINNERS:" (not
                # "CHUCK TODD:", "RESHMA SHAMASUNDER:", nor a given name's with a role: "JAKE TAPPER, CNN CONTRIBUTOR:")
            ident = self.index.form_actor.get(name)
            if (ident is None or form is None and self.actor(ident).kind == "person") and run == 1:
                # a surname alone: the one person of that surname named so far
                local = named_so_far(name)
                if local is not None:  # "CHUCK TODD: ..." then "TODD: ..."
                    ident = local
                    self.add(i, i, ident, "surname")
                    labelled(ident, False)
                    done = i + 1
                    continue
            ident = ident or self.new_actor(name, "person")
            self.add(i, i + run - 1, ident, "name" if ident in self.index.actors else "discovered")
            labelled(ident, self.label_role(i + run - 1, roles))
            if people is not None:
                people[surname_of(name)].add(ident)
            done = i + run
        if roles:
            self.narrators += [h for h in self.hits if id(h) in roles and h.actor in journalists]
            self.set_hits([h for h in self.hits if id(h) not in roles])

    def label_role(self, last: int, drop: set[int]) -> bool:
        """A speaker's label names its speaker alone: what stands between the name ending at token
        ``last`` and the colon, the speaker's role or outlet ("CHUCK TODD, NBC NEWS:", "DONALD
        TRUMP, PRESIDENT OF THE UNITED STATES:"), is no mention of its own: its tokens are taken and
        the ids of the mentions found there added to ``drop`` (removed at once by the caller).
        Returns whether the role makes the speaker one of the programme's journalists ("HOST",
        "BYLINE", "CNN ANCHOR"), whose labels are then no mentions either: they narrate."""
        m = SPEAKER_LABEL_END_RE.match(self.text, self.tokens[last].end)
        if m is None:
            return False
        k = last + 1
        while k < self.n and self.tokens[k].start < m.end():
            self.covered[k] = True
            drop.update(id(h) for h in self.hits_at(k, covering=True))
            k += 1
        return not JOURNALIST_ROLES.isdisjoint(self.words[last + 1:k])

    def after_titles(self, i: int) -> int:
        """The first of up to three title words in capitals right before token ``i`` in its
        sentence ("SEN." and "FORMER PRESIDENT" of a transcript's label), or ``i``."""
        k = i
        while k > 0 and i - k < 3 and self.same_sentence(k - 1, i) and self.words[k - 1].isupper() \
                and self.words[k - 1].title() in self.index.title_tokens:
            k -= 1
        return k

    def new_actor(self, name: str, kind: str, sector: str | None = None) -> str:
        """The id of a discovered actor called ``name``, made if new. A person named again with
        another form of the same given name ("Lou Alvarez" after "Luis Alvarez") is the same one
        (not a "Jr." after his father), and so are the last words of a longer name of a person named
        before, when the first is no given name ("Garcia Zarate" after "José Inés García Zárate"); a
        person's id is made from ``person_key``, so articles that write a middle initial or a short
        given name and articles that do not name one actor."""
        if kind in ("person", "name") and " " in name and self.index.first_names.get(name.split()[0]) is None:
            tail = "-" + slug(name)  # the two surnames of a person named in full before: "Garcia Zarate"
            owner = next((i for i in self.discovered.by_ending.get(tail, ()) if self.discovered[i].kind == "person"),
                         None)
            if owner is not None:
                return owner
        if kind == "person" and " " in name:
            surname, given = surname_of(name), name.split()[0]
            gender = self.index.first_names.get(given)
            suffixes = _SUFFIXES.intersection(_tokens_of(name))
            nick = nickname_of(name)
            for a in [self.discovered[i] for i in self.discovered.by_surname.get(surname, ())]:  # (same surname)
                other = a.name.split()[0]
                if a.kind == "person" and a.name != name \
                        and _SUFFIXES.intersection(_tokens_of(a.name)) == suffixes \
                        and (_same_given(given.lower(), other.lower(), slips=False)
                             and self.index.first_names.get(other, gender) == gender
                             or nick == other or nickname_of(a.name) == given):
                    return a.id  # (or one called by the other's nickname: "Kate Steinle" after 'Kathryn "Kate" Steinle')
        name = name.replace("’", "'")  # one name, one id, whichever apostrophe an outlet types
        plain = person_key(name, kind == "person") if kind in ("person", "name") else name
        if plain != name and (plain in self.index.form_actor or slug(plain) in self.index.actors):
            plain = name  # the initial tells him from a catalog namesake: "George P. Bush"
        ident = slug(plain.replace("'", ""))  # "O'Hara" -> "ohara", as the catalog's ids
        if ident in self.index.actors:
            ident = f"discovered-{ident}"
        self.discovered.setdefault(ident, Actor(id=ident, name=name, kind=kind, discovered=True, sector=sector))
        return ident

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """The article's words in lower case: whether a pass has anything to look at."""
        return frozenset(self.lower)

    @cached_property
    def written_lower(self) -> frozenset[str]:
        """The words the article writes in lower case somewhere (not an account: "@allahpundit")."""
        return frozenset(w for w, t in zip(self.words, self.tokens)
                         if w.islower() and self.text[t.start - 1:t.start] not in ("@", "#"))

    @cached_property
    def capitalised(self) -> list[int]:
        """Indexes of the tokens that start with a capital letter."""
        return [i for i, w in enumerate(self.words) if w[0].isupper()]

    def surnames_in_show_titles(self) -> None:
        """A surname alone in the quoted title of a programme or a work after a possessive or "on"
        (CNN's "Cuomo Prime Time", on "The Ingraham Angle") names the show, not the person: no
        mention (nor of a namesake the catalog holds: "Cuomo" there is not the governor)."""
        if not self.quoted:
            return
        drop = set()
        for h in self.hits:
            if h.resolution not in ("short", "surname") or h.first != h.last or not (
                    self.in_quoted_title(h.first) or self.quoted_alone(h.first)):
                continue
            k = self.last_quote(self.tokens[h.first].start)
            before = self.text[max(0, self.quoted[k][0] - 6):self.quoted[k][0]].rstrip(" \"“").lower()
            if before.endswith(("'s", "’s", "s'", "s’", " on")):  # (not "a case of "Trump Derangement Syndrome"")
                drop.add(id(h))  # (Fox News' "Hannity")
        if drop:
            self.set_hits([h for h in self.hits if id(h) not in drop])

    def quoted_alone(self, i: int) -> bool:
        """Whether token ``i`` is all its quotation holds, but for its punctuation ('"Hannity,"')."""
        start = self.tokens[i].start
        k = self.last_quote(start)
        return k >= 0 and start < self.quoted[k][1] \
            and not self.text[self.quoted[k][0]:self.quoted[k][1]].replace(self.words[i], "", 1).strip(" ,.!?'\"“”‘’")

    def in_quoted_title(self, i: int) -> bool:
        """Whether token ``i`` stands in a quoted title (see ``quoted_title``)."""
        return self.quoted_title(i) is not None

    def quoted_title(self, i: int) -> list[str] | None:
        """The words of the quotation token ``i`` stands in when it has two to eight words, all
        capitalised but for short joining words: the title of a show, a book or a slogan
        ("Starting Point", "Craziest Man on Earth"); else None."""
        start = self.tokens[i].start
        k = self.last_quote(start)
        if k < 0 or start >= self.quoted[k][1]:
            return None
        words = _TITLE_WORD_RE.findall(self.text[self.quoted[k][0]:self.quoted[k][1]])
        if 2 <= len(words) <= 8 and words[0][0].isupper() and all(w[0].isupper() or w in TITLE_JOINERS for w in words):
            return words
        return None

    def title_case(self, s: int) -> bool:
        """Whether sentence ``s`` is written in Title Case ("Reuters Says Talks Stall"), where a
        capital is no sign of a name: three in five of its English words of four letters or more
        are capitalised (names do not count: "conducted by Brian Elbel, Rogan Kersh, Victoria
        Brescoll and Beth Dixon" is running text)."""
        found = self._title_case.get(s)
        if found is None:
            a, b = bisect_left(self.sent, s), bisect_right(self.sent, s)  # a sentence's tokens are contiguous
            english = self.index.english
            long = [w for w, low in zip(self.words[a:b], self.lower[a:b]) if len(w) > 3 and w[0].isalpha() and low in english]
            up = sum(1 for w in long if w[0].isupper())
            found = self._title_case[s] = len(long) >= 2 and up * 5 >= len(long) * 3
        return found

    def proper_names(self) -> None:
        """Capitalised names in running text that no step claimed ("Kovari", "Bowe Bergdahl"):
        each becomes an actor of its own, a person when its first word is a known given name or
        its context is a person's, an organisation when it ends like one, else a name of unknown
        kind. A lone word that ends such a longer name in the article is that name ("Bergdahl").
        At the start of a sentence or quotation, or in a Title Case line, a capital proves nothing:
        there a name counts when it stands in running text elsewhere in the article or is no
        English word ("Kovari was looking")."""
        free: list[tuple[int, int]] = []
        later: list[tuple[int, int]] = []
        places: set[str] = set()
        done = 0
        for i in self.capitalised:
            if i < done:
                continue
            run = self.proper_name_at(i)
            if run == 0:
                continue
            end = i + run
            if end < self.n and self.words[end] in DOCUMENT_WORDS and self.joined(end - 1, end) \
                    and self.same_sentence(i, end) and not (end + 1 < self.n and self.same_sentence(end, end + 1)
                                                            and self.joined(end, end + 1)
                                                            and _is_name_word(self.words[end + 1])):
                done = end + 1  # a law's or a programme's name: "the Public Health Service Act" (not a
                continue  # name going on: "the University of Michigan Law School")
            described = self.described_by(i, run)
            if described:
                done = described  # the name after the description is looked at next
                continue
            done = i + run  # a name is taken or refused whole: "in Fulton County"
            place = self.after_locative(i) and not self.persons_thing_after(i + run - 1) \
                or self.hometown(i, run)  # not "in Dimon's view"
            if run == 1 and not place and self.words[i] in LONE_NOT_NAME or self.words[i + run - 1] in self.index.demonym_words:
                continue  # ... or an adjective of people: "Latin American leaders"
            if self.before_state(i + run) or self.described_as_place(i + run):
                places.add(self.span_text(i, run))  # "Newtown, Conn.", "Lewiston, a city of 36,000": a place, here and elsewhere
            elif not place:
                (later if self.starts_clause(i) or self.title_case(self.sent[i]) else free).append((i, run))
        if places or self.quoted:  # nor words of a quoted title ("Starting Point", "Craziest Man on Earth")
            free, later = ([(i, run) for i, run in names if self.span_text(i, run) not in places and not self.in_quoted_title(i)]
                           for names in (free, later))
        found: dict[str, str] = {}
        ends: dict[str, str] = {}  # last word of a longer name -> its actor
        heads: dict[str, str] = {}  # first word of an organisation's longer name -> the organisation
        national: dict[str, str] = {}  # a US body's name without "U.S.": "U.S. Air Force ... the Air Force"
        for h in self.hits:  # organisations named in full: "The New York Times ... the Times", "Sacramento Bee ... the Bee"
            if h.last > h.first and h.resolution in ("name", "alias", "discovered") and self.actor(h.actor).kind == "organisation":
                if not self.advocates(h.first, h.last):  # not "Freedom" of "Families for Freedom"
                    ends.setdefault(self.words[h.last], h.actor)
                if self.words[h.first] in ("U.S.", "US") and self.actor(h.actor).country == "us":
                    national.setdefault(self.span_text(h.first + 1, h.last - h.first), h.actor)
                first = h.first + (self.lower[h.first] == "the" and h.last > h.first + 1)  # (of "The Cato Institute")
                if self.heads_name(first) and self.kind_after(first, h.last):
                    heads.setdefault(self.words[first], h.actor)  # "the Urban Institute ... Urban"
        for i, run in sorted(free, key=lambda c: c[1] == 1):  # longer names first
            name = self.span_text(i, run)
            if run == 1 and self.family(i):
                continue  # "Dorrin Kell ... the Kells"
            if run == 1 and name not in found and name in ends and name not in self.index.form_actor:
                if not self.in_other_name(i):
                    self.add(i, i, ends[name], "surname")  # (not "America" of "Boy Scouts of America")
                continue
            if run == 1 and name not in found and name in heads:
                self.add(i, i, heads[name], "short")
                continue
            if name not in found and (self.names_case(i, run) or run == 1 and self.lone_word_names_nobody(i)):
                continue  # "the Flores settlement", "the Halbig case": a court case, no actor
            if name not in found and i not in self.opened and self.ordinary(i, run) and not self.organisation_name(i, run) \
                    and not self.press_name(i, run) and not (run == 1 and self.person_context(i)):
                continue  # "Hide Caption", "Gun Violence": ordinary words, no sign of a name ("Judiciary Committee" is one)
            found[name] = self.claim(i, run, found.get(name))
            if run > 1 and not self.advocates(i, i + run - 1):
                ends.setdefault(self.words[i + run - 1], found[name])
                if found[name] and self.actor(found[name]).kind == "organisation" and self.heads_name(i) \
                        and not self.press_name(i, run):  # not "Denver Post ... Denver"
                    heads.setdefault(self.words[i], found[name])  # "Urban Institute ... Urban"
        english = self.index.english
        for i, run in later:
            name = self.span_text(i, run)
            if run == 1 and self.family(i):
                continue
            if name in found:
                if found[name]:
                    self.add(i, i + run - 1, found[name], "discovered")
            elif run == 1 and self.starts_clause(i) and not self.acts(i) and (
                    self.lower[i] in self.index.english or self.words[i][1:].islower()
                    and self.words[i] not in self.index.first_names
                    and (self.lower[i] in self.written_lower or self.index.english_like(self.lower[i]))):
                continue  # "Liberty will be dead", "Census data", a word the article writes in lower case too
                # ("Signups rose ... the signups"), "Prosecutorial discretion is": not "Young Americans for Liberty"
            elif run == 1 and name in ends and name not in self.index.form_actor:
                if not self.in_other_name(i):
                    self.add(i, i, ends[name], "surname")
            elif run == 1 and name in heads:
                self.add(i, i, heads[name], "short")
            elif run == 1 and self.lone_word_names_nobody(i):
                continue
            elif i in self.opened or self.opens_organisation(i) or self.organisation_name(i, run) and run > 1:
                found[name] = self.claim(i, run, None)  # "National Rifle Association", "New York Daily News"
            elif self.lower[i] not in english or run > 1 and self.index.first_names.get(self.words[i]) \
                    or run == 1 and self.person_context(i) and not self.plural_speakers(i) and (
                        self.words[i] in self.index.word_names or self.index.first_names.get(self.words[i])) \
                    or run == 1 and self.speaker_at_start(i):
                found[name] = self.claim(i, run, None)  # "Kovari was", "Reed said", "Penny, who", "Morello said"
            elif run > 1 and self.words[i + 1] not in self.index.title_tokens \
                    and not (run == 2 and (self.words[i + 1] in LONE_NOT_NAME or self.words[i + 1] in ORG_WORDS)) and (
                    not self.title_case(self.sent[i]) or self.index.first_names.get(self.words[i + 1])
                    or self.lower[i + 1] not in english):  # not "County" of "Cook County"
                rest = self.span_text(i + 1, run - 1)  # "Actor Gary Sinise": the rest is the name
                title = self.office_before(i + 1, listed=False) if run == 2 else None
                holders = [c for c in self.index.by_surname.get(rest, ()) if self.held_as(c, title)] if title else []
                if len(holders) == 1:  # "Presidents Carter and Ford": the one of the surname who held it
                    self.add(i + 1, i + 1, holders[0], "surname")
                elif not (run == 2 and self.names_case_here(i + 1)) and (
                        not self.no_name_at(i + 1) or self.words[i + 1] in NAME_PARTICLES
                        or _is_initial(self.text, self.tokens[i + 1])):
                    # (not "Under Flores," the settlement, nor "Obviously I'm"; but "Sip B. Mouden")
                    found[rest] = self.claim(i + 1, run - 1, found.get(rest))
        # As in ``surnames``: a catalog short form or surname, or a lone name taken for a person of
        # its own, yields to the one person of that surname found here ("Criminologist James Alan Fox ...
        # Fox says" is not Fox News; "Moran said ... Shawn Moran" is one person).
        late: dict[str, list[str]] = defaultdict(list)
        for a in self.discovered.values():  # people, and names of unknown kind ("Kamyar Samimi")
            if a.kind in ("person", "name") and " " in a.name \
                    and all(_is_name_word(p) or len(p) == 2 and p[1] == "." for p in a.name.split()):
                late[surname_of(a.name) or ""].append(a.id)
        # lone names, of people or of unknown kind ("Krikorian" after "Mark Krikorian"); one acting as
        # a person makes the full name of unknown kind a person's, as does a surname used alone after
        # a name that opens with a given name that is also a word ("Sandy Phillips ... Phillips recalls")
        lone = {a.id: a.name for a in self.discovered.values() if a.kind in ("person", "name") and " " not in a.name}
        # a word taken alone before (as a person: "the Times adds") that stands for an organisation or
        # a person named here in full
        stands_for = {w: (a, "surname") for w, a in ends.items() if a and self.actor(a).kind == "organisation"}
        stands_for.update((w, (a, "short")) for w, a in heads.items() if w not in stands_for)
        # a lone given name of one person named in full here: "Jeb Bush ... Jeb said"; or the first
        # word of a name of unknown kind that no list knows ("Jamilo Maalim ... I met Jamilo")
        given: dict[str, set[str]] = defaultdict(set)
        by_nickname: dict[str, set[str]] = defaultdict(set)
        for h in self.hits:
            a = self.actor(h.actor)
            if h.resolution in ("name", "alias", "discovered") and h.last > h.first and (
                    a.kind == "person" or a.kind == "name" and a.discovered  # not "MacArthur Amendment", "AirAsia Flight"
                    and not any(self.lower[k] in self.index.english or self.words[k] in ORG_WORDS for k in range(h.first + 1, h.last + 1))):
                given[self.words[h.first]].add(a.id)
                if a.kind == "person":  # and by a common nickname of it: "Kathleen Sebelius ... Kathy"
                    for nick in NICKNAMES_OF.get(self.lower[h.first], ()):
                        by_nickname[nick.capitalize()].add(a.id)
        for w, owners in by_nickname.items():  # (unless someone named here has it: "Jack Pinto", "John Doe")
            given.setdefault(w, owners)
        for w, owners in given.items():
            if len(owners) == 1 and w not in stands_for and (
                    self.index.first_names.get(w) and self.actor(next(iter(owners))).kind == "person"
                    or w.lower() not in self.index.english and w not in self.index.first_names and w not in LONE_NOT_NAME):
                stands_for[w] = (next(iter(owners)), "short")
        # catalog people named in full here keep their surnames ("Jerry Moran ... Moran")
        in_full = {h.actor for h in self.hits if h.resolution in ("name", "alias") and h.last > h.first}
        for h in self.hits:
            owners = late.get(self.words[h.first]) if h.first == h.last else None
            if owners and len(owners) == 1 and not self.kin_of_namesake(h.first) and (
                    (h.resolution in ("short", "surname")
                     or h.resolution == "alias" and self.alias_yields(h, self.discovered[owners[0]]))
                    and h.actor in self.index.actors and h.actor not in in_full
                    or lone.get(h.actor) == self.words[h.first]):
                owner = self.discovered[owners[0]]
                if lone.get(h.actor) and owner.kind == "name" and (
                        self.discovered[h.actor].kind == "person" or owner.name.split()[0] in self.index.first_names):
                    self.discovered[owners[0]] = replace(self.discovered[owners[0]], kind="person")
                h.actor, h.resolution = owners[0], "surname"
            elif h.first == h.last and h.resolution in ("discovered", "surname") and self.words[h.first] in stands_for \
                    and self.actor(h.actor).name == self.words[h.first]:
                owner, resolution = stands_for[self.words[h.first]]
                if self.actor(h.actor).kind == "person" and self.actor(owner).kind == "name":
                    self.discovered[owner] = replace(self.discovered[owner], kind="person")  # "I met Jamilo when she was 22"
                h.actor, h.resolution = owner, resolution  # "Mercatus says", "the Times adds"
            elif h.resolution == "discovered" and self.actor(h.actor).name in national:
                h.actor, h.resolution = national[self.actor(h.actor).name], "short"  # "the Air Force"

    def alias_yields(self, h: _Hit, person: Actor) -> bool:
        """Whether a catalog alias standing alone at ``h`` yields to ``person``, of that surname and
        named here: an organisation's or group's ("Steven Wagner ... Wagner said"), or a country's
        other name acting as a person ("Keating Holland ... Holland said"; not "Holland" of a name
        of unknown kind, nor "Israel" of Steve Israel)."""
        a = self.actor(h.actor)
        return a.kind in ("organisation", "group") \
            or a.name != self.words[h.first] and person.kind == "person" and self.person_context(h.first)

    def kin_of_namesake(self, i: int) -> bool:
        """Whether the lone surname at ``i`` is someone's whose relative follows, named in full
        ("Tsarnaev's brother, Tamerlan Tsarnaev"): not that relative."""
        if not (i + 3 < self.n and self.lower[i + 1] in ("'s", "’s") and self.lower[i + 2] in KIN_NOUNS):
            return False
        return any(i + 3 <= h.first <= i + 4 and h.last > h.first and self.words[h.last] == self.words[i] for h in self.hits)

    def kind_after(self, first: int, last: int) -> bool:
        """Whether a catalog organisation's name at first..last is a word or two and its kind
        ("Urban Institute", "Kaiser Family Foundation"): its first word names it alone, unlike
        that of "Border Patrol" or "Immigration and Customs Enforcement"."""
        return last - first <= 2 and (self.words[last] in ORG_WORDS or self.lower[last] == "magazine") \
            and all(_is_name_word(w) and w not in ORG_WORDS for w in self.words[first:last])  # (also "Time magazine")

    def heads_name(self, i: int) -> bool:
        """Whether the word at ``i``, opening an organisation's name, can stand for it alone
        ("Urban" for the Urban Institute, "Kaiser" for the Kaiser Family Foundation; not
        "National", "American", "Texas" or a title word)."""
        w = self.words[i]
        return w not in ORG_PREFIXES and w not in LONE_NOT_NAME and w not in NOT_NAME and w not in ORG_WORDS \
            and w not in self.index.title_tokens and w not in self.index.demonym_words and w not in US_STATES

    def state_chamber(self, i: int) -> bool:
        """Whether the chamber's name at token ``i`` is a state's: after a US state's name (not an
        abbreviation) or "state" ("the Texas Senate", "the state House"); not a state's race for
        Congress ("Texas Senate candidate Ted Cruz", "swing state Senate Democrats")."""
        j = i - 1
        if j < 0 or not self.same_sentence(j, i) or self.gap(j, i) != " ":
            return False
        w = self.words[j]
        if self.lower[j] == "state":
            return not (j > 0 and self.lower[j - 1] in ELECTORAL_STATES)
        named = w in US_STATES and len(w) >= 4 and w[1:].islower() \
            or j in self.passed and j > 0 and self.words[j - 1] in STATE_OPENERS and self.same_sentence(j - 1, j)
        return named and not (i + 1 < self.n and self.lower[i + 1] in RACE_WORDS and self.same_sentence(i, i + 1))

    def before_state(self, j: int) -> bool:
        """Whether ", <US state>" follows at token ``j`` ("Tucson, Ariz.", "Newtown, Connecticut"),
        not a person's party and state ("Costello, Pennsylvania Republican")."""
        return 0 < j < self.n and self.words[j] in US_STATES and self.same_sentence(j - 1, j) \
            and self.gap(j - 1, j) == ", " \
            and not (j + 1 < self.n and self.lower[j + 1] in PARTY_WORDS and self.same_sentence(j, j + 1))

    def described_as_place(self, j: int) -> bool:
        """Whether an apposition that calls the name before token ``j`` a place follows there:
        ", a city of 36,000", ", a small town in Iowa", ", the capital."; not ", a state senator"."""
        k = self.apposition_head(j, PLACE_AFTER, 3)
        return k >= 0 and self.lower[k] in PLACE_NOUNS

    def described_as_person(self, j: int) -> bool:
        """Whether an apposition that calls the name before token ``j`` a person follows there:
        ", a self-styled socialist and political activist", ", a former fighter from Florida", ",
        the son of"; not ", an activist group" nor ", a city"."""
        k = self.apposition_head(j, APPOSITION_ENDS, 8, names=True)
        if k >= 0 and self.lower[k] in PERSON_HEADS:
            return True
        # a title or what a person is, then "of", with no article: ", chairman of the American Conservative Union"
        return 0 < j < self.n - 1 and self.same_sentence(j - 1, j + 1) and self.gap(j - 1, j) == ", " \
            and self.words[j].islower() and (self.lower[j] in PERSON_HEADS or self.words[j] in self.index.title_tokens) \
            and self.lower[j + 1] in ("of", "at")

    def apposition_head(self, j: int, ends: frozenset[str], limit: int, names: bool = False) -> int:
        """The head noun of an apposition opening with "a", "an" or "the" after a comma at token
        ``j``: the first of its next ``limit`` words that a comma, a full stop or a bracket closes
        or one of ``ends`` follows (", a former fighter from Florida": "fighter"); -1 if none or
        another capitalised word than a demonym comes first (with ``names``, names may stand before
        a lower-case head: ", a Marjory Stoneman Douglas High School student", ", the U.S. Army major
        who")."""
        if not 0 < j < self.n - 1 or not self.same_sentence(j - 1, j) or self.gap(j - 1, j) != ", " \
                or self.lower[j] not in ("a", "an", "the"):
            return -1
        for k in range(j + 1, min(j + 1 + limit, self.n)):
            w = self.words[k]
            if not self.same_sentence(j, k):
                return -1
            if not (w.islower() or w in self.index.demonym_words or w in ("Republican", "Democrat", "CEO")
                    or names and self.lower[k] in PERSON_HEADS):
                end = self.tokens[k].end
                if names and (_is_name_word(w) or _is_initial(self.text, self.tokens[k])) and self.text[end:end + 1] not in ",.;:)":
                    continue  # (a name inside is no head)
                return -1
            end = self.tokens[k].end
            if end == len(self.text) or self.text[end] in ",.;:)" or k + 1 < self.n and self.lower[k + 1] in ends:
                return k
        return -1

    def ordinary(self, i: int, run: int) -> bool:
        """Whether a capitalised run is made of ordinary English words only ("Critics", "Hide
        Caption", "Gun Violence"), does not start with a known given name ("Mark Judge") and is not
        one word that is a name as well ("Baker", "Brooks")."""
        if self.index.first_names.get(self.words[i]) or run == 1 and self.words[i] in self.index.word_names:
            return False
        english = self.index.english
        return all(part in english for k in range(i, i + run) for part in _NAME_SPLIT_RE.split(self.lower[k]) if part)

    def span_text(self, i: int, run: int) -> str:
        return self.text[self.tokens[i].start:self.tokens[i + run - 1].end]

    def ambiguous_given_before(self, i: int) -> bool:
        """Whether an ambiguous given name stands right before the surname at ``i`` inside a
        sentence ("said Mark Gruber", "farmer Bill Gruber"), or at its start when a verb of saying or
        an apposition follows: the two are one person's name (not "Justice Alito", nor "Will Obama
        ask Congress?")."""
        j = i - 1
        return j >= 0 and not self.covered[j] and self.same_sentence(j, i) and self.gap(j, i) == " " \
            and self.words[j] not in self.index.title_tokens \
            and self.ambiguous_given_name(j, 2, opening=self.speaks_or_apposed(i) and self.given_opening(j, i))

    def speaks_or_apposed(self, i: int) -> bool:
        """Whether a verb of saying or an apposition follows the name ending at ``i`` ("Rich
        Weinstein said", "Rich Weinstein, an investment adviser,", "..., who")."""
        k = i + 1
        if k + 1 >= self.n or not self.same_sentence(i, k + 1):
            return False
        return self.words[k] in self.index.speech_verbs \
            or self.gap(i, k) == ", " and self.words[k] in ("a", "an", "the", "who")

    def ambiguous_given_name(self, i: int, run: int, opening: bool = False) -> bool:
        """Whether an ambiguous given name opens a person's name here: inside a sentence (or at its
        start, with ``opening``), before a surname that is no English word ("Mark Begich", "Frank
        Sharry"; not "Will Power")."""
        if run != 2 or self.index.first_names.get(self.words[i]) != "ambiguous" or self.starts_clause(i) and not opening:
            return False
        last = self.words[i + 1]
        return self.lower[i + 1] not in self.index.english and last not in self.index.demonym_words \
            and last not in LONE_NOT_NAME and not _describes(last) and not self.title_case(self.sent[i])

    def names_case(self, i: int, run: int) -> bool:
        """Whether the lone name at ``i`` names a court case: "the Flores settlement", "the Halbig
        case", "the 1997 Flores agreement", "the Flores court settlement", "Flores v. Reno"."""
        if run != 1 or i + 1 >= self.n or not self.same_sentence(i, i + 1) or self.gap(i, i + 1) != " " \
                or i > 0 and self.same_sentence(i - 1, i) and _is_name_word(self.words[i - 1]) and self.joined(i - 1, i) \
                and self.lower[i - 1] not in ("the", "a", "an"):
            return False  # (not "Roberts' ruling", the judge's; nor "the Kate Steinle case", a person's)
        nxt = self.lower[i + 1]
        return nxt in CASE_NOUNS or nxt in ("v", "vs") \
            or nxt == "court" and i + 2 < self.n and self.same_sentence(i, i + 2) and self.lower[i + 2] in CASE_NOUNS

    def press_name(self, i: int, run: int) -> bool:
        """Whether the name at i..i+run-1 is a newspaper's: "Denver Post", "Arizona Republic" (not
        a person's: "Tom Leader")."""
        return run > 1 and self.words[i + run - 1] in PRESS_WORDS \
            and not self.given(self.words[i])

    def organisation_name(self, i: int, run: int) -> bool:
        """Whether the name at i..i+run-1 is an organisation's by its words: it ends with one of
        ``ORG_WORDS`` or has one before its tail ("Center for Harbor Studies", "Circuit Court of
        Appeals")."""
        words = self.words
        return words[i + run - 1] in ORG_WORDS or any(
            words[k] in TAILED and self.lower[k + 1] in TAIL_WORDS for k in range(i, i + run - 1))

    def party_affiliations(self) -> None:
        """A discovered person's party, as the article states it next to a mention: a party tag
        ("Sen. Jane Doe (R-Ohio)", "Rep. Jane Doe, D-Calif.,"), a party word before the title
        ("Democratic Rep. Jane Doe", "Texas Republican state Sen. Jane Doe") or an apposition
        ("Jane Doe, a Republican,", "Rep. Jane Doe, Pennsylvania Republican"); a state in the tag,
        or a party, makes the person American. Two parties stated leave the party open."""
        parties: dict[str, set[str]] = defaultdict(set)
        for h in self.hits:
            a = self.discovered.get(h.actor)
            if a is None or a.kind != "person" or h.resolution == "pronoun":
                continue
            party = self.party_tag_after(h.last)  # "" for an independent's tag: American, of no party
            if party is None:
                party = self.party_before_title(h.first) or self.party_apposed(h.last)
            if party is not None:
                parties[h.actor].add(party)
        for ident, found in parties.items():
            a = self.discovered[ident]
            party = min(found) if len(found) == 1 else None
            self.discovered[ident] = replace(a, party=party or a.party, country=a.country or "us")

    def party_tag_after(self, k: int) -> str | None:
        """The party of a tag right after token ``k`` ("(R-Ohio)", ", D-Calif.,", "(R)"), or None
        ("" for an independent's, "(I-Vt.)")."""
        j = k + 1
        if j >= self.n or not self.same_sentence(k, j) or self.gap(k, j) not in (" (", ", ", " ", " [", "("):
            return None
        w = self.words[j]
        if _PARTY_TAG_RE.match(w):
            return PARTY_LETTERS.get(w[0], "")
        if w in ("R", "D", "I") and self.gap(k, j).endswith(("(", "[")) and self.char_after(j) in (")", "]"):
            return PARTY_LETTERS.get(w, "")
        return None

    def state_tag_after(self, k: int) -> bool:
        """Whether a US state in brackets follows token ``k``, as after a member of Congress's name:
        "Elissa Slotkin (Mich.)"."""
        j = k + 1
        if j >= self.n or self.gap(k, j) != " (" or self.words[j] not in US_STATES or not self.same_sentence(k, j):
            return False
        rest = self.text[self.tokens[j].end:self.tokens[j].end + 2]
        return rest[:1] == ")" or rest == ".)"  # "(Mich.)", "(Virginia)"

    def party_before_title(self, i: int) -> str | None:
        """The party a word before the title of the name at ``i`` says ("Democratic Rep.", "Texas
        Republican state Sen."), or None."""
        start = self.title_before(i)
        if start is None:
            return None
        for k in (start - 1, start - 2):
            if k >= 0 and self.same_sentence(k, start) and self.words[k] in PARTY_WORDS_OF \
                    and (k == start - 1 or self.lower[k + 1] == "state" or self.words[k + 1] in US_STATES):
                return PARTY_WORDS_OF[self.words[k]]
        return None

    def party_apposed(self, k: int) -> str | None:
        """The party an apposition right after token ``k`` says (", a Republican,", ", the
        Democratic senator", ", Pennsylvania Republican"), or None."""
        j = k + 1
        if j + 1 >= self.n or not self.same_sentence(k, j + 1) or self.gap(k, j) != ", ":
            return None
        if self.lower[j] in ("a", "an", "the"):
            j += 1
        if j < self.n and self.opens_state(j):
            j += 2
        elif j < self.n and self.words[j] in US_STATES and len(self.words[j]) >= 4:
            j += 1
        if j >= self.n or not self.same_sentence(k, j) or self.words[j] not in PARTY_WORDS_OF:
            return None
        after = self.char_after(j)
        if after in (",", ".", ";", ")", "—", "–") or j + 1 < self.n and self.lower[j + 1] in PARTY_MEMBER_NOUNS:
            return PARTY_WORDS_OF[self.words[j]]
        return None

    def give_gender(self, ident: str, gender: str) -> None:
        """Give a discovered actor the gender an honorific says ("Mrs. Vosk"), unless it has one."""
        a = self.discovered[ident]
        if a.gender is None:
            self.discovered[ident] = replace(a, gender=gender)

    def claim(self, i: int, run: int, known: str | None) -> str:
        """The actor of the name at i..i+run-1, new unless ``known``; "" for a catalog name that
        its context refused here ("Georgia" the state), which stays unclaimed."""
        if known is not None:
            if known:
                self.add(i, i + run - 1, known, "discovered")
            return known
        honorific = self.surname_after_honorific(i)  # "Mr. King"
        if self.organisation_name(i, run) or run > 1 and self.opens_organisation(i) or self.press_name(i, run) \
                or run > 1 and ("&" in self.span_text(i, run) or self.words[i + run - 1] == "police"):
            kind = "organisation"  # "National Association of Manufacturers" (see organisation_after), "Johnson & Johnson",
            # "Columbia police"
        elif self.given(self.words[i]) and run > 1 or honorific or self.person_context(i + run - 1, i) \
                or self.ambiguous_given_name(i, run) or run > 1 and (
                    self.after_person_noun(i) or self.member_of(i + run) or self.titled(i) or self.named_as_person(i)
                    or self.party_tag_after(i + run - 1) is not None or self.state_tag_after(i + run - 1)):
            kind = "person"  # (a longer name in a person's context too: "Seung-Hui Cho, who killed", "Tavi Ostrowe, 52,")
        else:
            kind = "name"
        ident = self.discover(i, run, kind)
        if ident and kind == "person" and honorific:
            self.give_gender(ident, HONORIFIC_GENDER[self.words[i - 1]])
        elif ident and kind == "person" and i > 0 and self.lower[i - 1] in NOUN_GENDER and self.after_person_noun(i):
            self.give_gender(ident, NOUN_GENDER[self.lower[i - 1]])  # "daughter Jocelyne Cardenas"
        return ident or ""

    # -- 6. descriptions: roles and groups -----------------------------------------------------
    def learn_roles(self) -> None:
        """Roles the article itself gives: "Secretary of State Antony Blinken" -> secretary of state."""
        for h in self.hits:
            if self.actor(h.actor).kind != "person":
                continue
            start = self.title_before(h.first)
            if start is None:
                continue
            if any(k >= 0 and self.same_sentence(k, start) and self.lower[k] in PAST_MARKERS for k in (start - 1, start - 2)):
                continue  # a role held before: "[former] Chief Justice Rehnquist", "former U.S. Attorney Jane Doe"
            if start > 0 and self.lower[start - 1] in UNDER_HEADS and self.gap(start - 1, start) == " ":
                continue  # another office under it: "Assistant Secretary Anne Richard" is no secretary
            words = _spelled_out(self.lower[start:h.first])
            titles = [" ".join(words)]
            if len(words) > 1 and words[-1] in ROLE_HEADS and words[-2] not in UNDER_HEADS:
                titles.append(words[-1])  # "District Judge Jane Doe": "the judge" (a press secretary is no "the secretary")
            elif len(words) > 2 and words[0] in ROLE_HEADS and words[1] == "of":
                titles.append(words[0])  # "Secretary of State John Kerry": "the secretary"
            titles += LEGISLATOR_WORDS.get(words[-1], ())  # "Rep. Jane Doe ... the congresswoman", "the lawmaker"
            body = self.organisation_before(start)
            for title in titles:
                if body is not None:  # "NEA President Lily Eskelsen García": "the president" only when no other
                    self.local_roles[(title, body)].add(h.actor)
                    self.local_roles[(title, "")].add(h.actor)
                    continue
                country = self.country_before(start)
                self.local_roles[(title, country)].add(h.actor)
                self.local_roles[(title, None)].add(h.actor)

    def foreign_named_after(self, actor_id: str, role: str, start: int) -> bool:
        """Whether the one holder of an unqualified office ("the president" at token ``start``)
        holds it only of another country than the US and is named only after it: not whom news
        means by the office before naming anyone, when the US has that office too (the US has no
        prime minister: "The prime minister spoke ... Netanyahu said" is Netanyahu)."""
        offices = [r for r in self.actor(actor_id).roles if r.title == role]
        return bool(offices) and all(r.of not in (None, "us") for r in offices) \
            and (role, "us") in self.index.role_holders \
            and not any(h.actor == actor_id and h.last < start for h in self.hits)

    def titled_abroad(self, title: str) -> set[str]:
        """The people the article gives ``title`` with another country than the US ("Chinese
        President Xi Jinping"; not "Republican Sen.", nor "U.S. Sen.": an unqualified office in news
        biaskit reads is most often a US one, as in the catalog's "the president")."""
        return {a for (t, c), people in self.local_roles.items()
                if t == title and c and c != "us" and c in self.index.actors and self.index.actors[c].kind == "country"
                for a in people}

    def owner_before(self, i: int, kind: str) -> tuple[int, str | None]:
        """The token before ``i`` (before its "'s") and the actor of that kind a mention ending
        there names, or None."""
        j = i - 1
        if j >= 0 and self.words[j] in ("'s", "’s"):
            j -= 1
        return j, next((h.actor for h in self.hits_at(j, last=True) if self.actor(h.actor).kind == kind), None)

    def organisation_before(self, i: int) -> str | None:
        """The organisation named right before token ``i`` ("the NRA's", "NEA", a state's "Senate"), or None."""
        j, body = self.owner_before(i, "organisation")
        if j < 0 or self.gap(j, i).strip(" '’s"):
            return None  # a dateline or a bracket between: "(CNN) President Donald Trump"
        if body is None and self.same_sentence(j, i) \
                and (_ACRONYM_RE.match(self.words[j]) or self.words[j] in CHAMBERS) and self.country_before(i) is None:
            return self.words[j]  # an acronym the catalog does not know ("NEA President") or a state's
            # chamber ("State Senate President John Morse")
        return body

    def country_before(self, i: int) -> str | None:
        """The country named by the token(s) right before ``i`` ("Israeli", "US", "Israel's")."""
        j, country = self.owner_before(i, "country")
        if j < 0 or country is not None:
            return country
        for form in self.index.demonyms.get(self.words[j], ()):
            if len(form[0]) == 1:
                return form[1]
        a = self.index.form_actor.get(self.words[j])
        return a if a and self.index.actors[a].kind == "country" else None

    def holders(self, title: str, country: str | None) -> set[str]:
        """Who holds a role: as the article says, else among its people, else as the article says of
        an organisation's ("NEA President ..."), else in the catalog at its date.
        In a dated article, a person the catalog shows out of that office by then is left out of
        what the article says ("President Obama created the program ..." in 2018: "the president"
        is not Obama)."""
        terms = self.index.role_holders.get((title, country), ())
        local = self.local_roles.get((title, country))
        if local and self.year is not None:
            out_of_office = {t[0] for t in terms} - {t[0] for t in terms if self.in_office(*t[1:])}
            local = local - out_of_office
        if local:
            return set(local)
        mentioned = {h.actor for h in self.hits}
        found = {t[0] for t in terms if t[0] in mentioned and self.in_office(*t[1:])}
        if not found and country is None:  # an organisation's: "IRS Commissioner John Koskinen"
            found = set(self.local_roles.get((title, ""), ()))
        if found or self.year is None or country is None:
            return found
        return {t[0] for t in terms if self.in_office(*t[1:])}

    def in_office(self, start: int | None, end: int | None, january: bool = False) -> bool:
        """Whether an office held from ``start`` to ``end`` (years, open when None) covers the
        article's date (any office does when the year is unknown). The US presidency turns over
        on January 20: a president whose term ends in 2017 is out of office in a May 2017
        article, his successor not yet in office on January 10."""
        year = self.year
        if year is None:
            return True
        if january and self.month_day is not None and (year == start or year == end):
            after = self.month_day >= (1, 20)
            return (year != start or after) and (year != end or not after) or start == end == year
        return (start is None or start <= year) and (end is None or year <= end)

    def descriptions(self) -> None:
        lower, words, n = self.lower, self.words, self.n
        heads = self.index.description_heads
        # Only a "the" or "'s" with the first word of a description one or two words on (after an
        # epithet or two: "the freshman congresswoman", "the 76-year-old senator") can start one.
        for i in [i for i, w in enumerate(lower) if (w == "the" or w == "'s" or w == "’s")]:
            j = self.past_epithets(i + 1) if lower[i] == "the" else i + 1
            if not (j < n and (lower[j] in heads or lower[j] == "former" and j == i + 1)
                    or j + 1 < n and (lower[j + 1] in heads or words[j + 1] in PARTISANS)
                    or j + 2 < n and words[j] in STATE_OPENERS and f"{words[j]} {words[j + 1]}" in TWO_WORD_STATES
                    and (lower[j + 2] in heads or words[j + 2] in PARTISANS)):
                continue
            if j > i + 1 and not self.same_sentence(i, j):
                continue
            country = None
            if lower[i] == "the" and lower[j] == "former":
                self.describe_former(i, j + 1)
                continue
            if lower[i] == "the" and j < self.n and self.title_over_hit(j):  # "the White House counsel"
                self.describe(i, j, None)
                continue
            size = self.state_at(j) if lower[i] == "the" else 0
            if size and j + size < self.n and self.same_sentence(i, j + size):
                # "the Ohio governor, John Kasich,", "the Texas Republican said", "the New York Democrat"
                if not self.state_partisan(i, j + size):
                    self.describe(i, j + size, None, state=self.state_ending_at(j + size - 1))
                continue
            if lower[i] == "the" and j < self.n and (not self.covered[j] or self.demonym_hit_at(j) or self.country_hit_at(j)):
                for form in self.index.demonyms.get(words[j], ()):
                    if len(form[0]) == 1:
                        country, j = form[1], j + 1
                        break
                else:
                    a = self.index.form_actor.get(words[j])
                    if a and self.index.actors[a].kind == "country" and words[j].isupper():  # "the US president"
                        country, j = a, j + 1
            elif lower[i] != "the":  # "Israel's prime minister"
                country = self.country_before(i + 1)
                if country is None:
                    continue
            if j >= self.n or (self.covered[j] and not (self.demonym_hit_at(j - 1) or self.country_hit_at(j - 1))) \
                    or not self.same_sentence(i, j):
                continue
            start = i if lower[i] == "the" else self.hit_ending_at(i - 1)
            if start is None:
                continue
            self.describe(start, j, country)
        if not BODY_NOUNS.keys().isdisjoint(lower) or not COUNTRY_NOUNS.isdisjoint(lower):
            self.the_body()
        if "federal" in self.vocabulary:
            self.federal_government()

    def catalog_descriptions(self) -> None:
        """What the catalog says news calls an actor after "the" ("the enclave", "the Jewish state",
        "the alliance") is that actor when the article has named it before and no other actor so
        called (of several, the one named in its sentence or the two before, if only one is); not
        when a capitalised word goes on ("the Alliance Party") or "of" follows ("the territory of")."""
        table = self.index.descriptions
        if not table or self.vocabulary.isdisjoint(table):
            return
        named: dict[str, list[int]] | None = None  # actor -> last tokens of its mentions, when first needed
        for i in range(self.n - 1):
            if self.lower[i] != "the" or self.covered[i] or self.lower[i + 1] not in table:
                continue
            for words, _ in table[self.lower[i + 1]]:
                end = i + len(words)
                if end < self.n and tuple(self.lower[i + 1:end + 1]) == words and self.same_sentence(i, end) \
                        and all(not self.covered[k] or any(h.resolution == "demonym" and i < h.first <= k <= h.last <= end
                                                           for h in self.hits) for k in range(i + 1, end + 1)):
                    break  # (a demonym inside it is its word: "the Jewish state")
            else:
                continue
            if end + 1 < self.n and self.same_sentence(end, end + 1) and (
                    self.words[end + 1][:1].isupper() and self.joined(end, end + 1) or self.lower[end + 1] == "of"):
                continue
            if named is None:
                named = defaultdict(list)
                for h in self.hits:
                    if h.resolution != "pronoun" and not self.attributive(h):
                        named[h.actor].append(h.last)
            called = {a for w, a in table[self.lower[i + 1]] if w == words and any(k < i for k in named.get(a, ()))}
            if len(called) > 1:
                called = {a for a in called if any(k < i and self.sent[i] - self.sent[k] <= 2 for k in named[a])}
            if len(called) == 1:
                self.replace_span(i, end, called.pop(), "role")

    def the_body(self) -> None:
        """"the court" is the one court the article names, if it names one ("The 9th U.S. Circuit
        Court of Appeals ruled ... the court said"); of several it names, the one named in its
        sentence or the one before if only one is there, else nobody. So are "the committee", "the
        department", "the agency", "the party", "the newspaper", "the bureau" and the other nouns
        of BODY_NOUNS ("the Senate Judiciary Committee ... the committee voted"); "the justices"
        are the Supreme Court's when the article names it. "the country", "the nation" and "the
        government" are the one country named in their sentence or the one before, always."""
        named: dict[str, set[str]] = {noun: set() for noun in (*BODY_NOUNS, *COUNTRY_NOUNS)}
        for ident in {h.actor for h in self.hits}:
            a = self.actor(ident)
            for noun in _body_nouns(a.name) if a.kind == "organisation" else COUNTRY_NOUNS if a.kind == "country" else ():
                if noun not in ARMED_FORCES or a.government:  # (an "Army Community Hospital" is no army)
                    named[noun].add(ident)
        who_is = {noun: min(ids) for noun, ids in named.items() if len(ids) == 1 and noun not in COUNTRY_NOUNS}
        if "us-supreme-court" in named["court"]:
            who_is["justices"] = "us-supreme-court"  # the only court of justices
        # "the country" is one named close by, never the only one an article names: news about the
        # United States names Mexico once and calls its own country "the country"
        several = {noun for noun, ids in named.items() if len(ids) > 1 or ids and noun in COUNTRY_NOUNS}
        last_of: dict[str, list[tuple[int, str]]] = defaultdict(list)  # noun -> (last token, id) of its bodies' mentions
        if several:
            for h in sorted(self.hits, key=lambda h: h.last):
                for noun in several:
                    if h.actor in named[noun] and h.resolution != "role":
                        last_of[noun].append((h.last, h.actor))
        judge_at = self.lower.index("judge") if "court" in who_is and "judge" in self.vocabulary else None
        first_at: dict[str, int] = {}
        if judge_at is not None:
            for h in self.hits:
                if h.resolution != "role" and h.first < first_at.get(h.actor, self.n):
                    first_at[h.actor] = h.first
        for i in [i for i, w in enumerate(self.lower) if w in who_is or w in several]:
            w = self.lower[i]
            if i == 0 or self.lower[i - 1] != "the" or self.covered[i] or self.covered[i - 1] \
                    or self.words[i] not in (w, w.capitalize()) \
                    or not self.same_sentence(i - 1, i):
                continue
            if self.words[i] != w and (i + 1 < self.n and self.lower[i + 1] in CAPITAL_BODY_TAILS
                                       or i > 2 and self.words[i - 2][:1].isupper() and self.gap(i - 2, i - 1) == " "
                                       and self.same_sentence(i - 3, i - 2)):
                continue  # in capitals, house style ("the Court ruled"), unless a longer name goes on ("the
                # University of Alabama") or it stands in a title ("Face the Nation")
            if i + 1 < self.n and self.same_sentence(i, i + 1) \
                    and (self.words[i + 1][:1].isupper() or self.lower[i + 1] in BODY_PEOPLE
                         or self.lower[i + 1] == "of" and w in OF_OTHER_NOUNS and self.gap(i, i + 1) == " "
                         or w == "association" and self.lower[i + 1] in ("with", "between")
                         or w == "court" and self.lower[i + 1] in COURT_MATTERS
                         or w == "government" and self.lower[i + 1] in GOVERNMENT_THINGS):
                continue  # a longer name, a person or something else's: "the committee chairman", "the foundation
                # of the work week", "the court of public opinion" (not "the party of Lincoln", "the agency of
                # ..."), a link: "the association with Mr. Obama", a matter: "the court case", "the government
                # shutdown"
            if w in COUNTRY_NOUNS and i + 1 < self.n and self.lower[i + 1] in ("illegally", "legally", "unlawfully") \
                    and self.same_sentence(i, i + 1):
                who = self.home  # the country migrants are in or enter: the one the outlet publishes in
            elif w != "government" and self.entered(i) and self.home is not None and any(h.actor == self.home for h in self.hits):
                who = self.home  # "pregnant women entering the country on tourist visas", "limit entry into the
                # country": in an article that names it, the country the outlet publishes in
            elif w in several:  # several named: the one named in this sentence or the one before, if only one is
                near = {a for k, a in last_of[w] if k < i - 1 and self.sent[i] - self.sent[k] <= 1}
                who = min(near) if len(near) == 1 else None
            else:
                who = who_is[w]
                if w == "court" and judge_at is not None and judge_at < i < first_at.get(who, self.n):
                    who = None  # a judge's ruling quoted before the one court named: "Judge Bates ... 'The
                    # court sees no reason ...,' he ruled ... a date with the Supreme Court"
            if who is not None and not self.apposed_to_another(i, who):
                self.add(i - 1, i, who, "role")

    def federal_government(self) -> None:
        """"the federal government" is the government of the one federal country named, or whose
        bodies are named, in its sentence or the one before; with none named there, of the country
        the outlet publishes in when it is federal and the article names it or one of its
        government's bodies ("Congress"), else of the one federal country the article names or names
        bodies of; with several, nobody's. Not when it names a thing of the government's ("the
        federal government shutdown")."""
        named = {h.actor for h in self.hits if h.actor in FEDERAL_COUNTRIES and h.resolution != "role"}
        governed = named | {g for g in (self.actor(h.actor).government for h in self.hits) if g in FEDERAL_COUNTRIES}
        fallback = self.home if self.home in governed else min(governed) if len(governed) == 1 else None
        for i, w in enumerate(self.lower):
            if w != "government" or i < 2 or self.lower[i - 1] != "federal" or self.lower[i - 2] != "the" \
                    or self.words[i] != w or self.covered[i - 2] or self.covered[i - 1] or self.covered[i] \
                    or not self.same_sentence(i - 2, i):
                continue
            if i + 1 < self.n and self.same_sentence(i, i + 1) and (self.lower[i + 1] in GOVERNMENT_THINGS
                                                                    or self.words[i + 1][:1].isupper()):
                continue
            near = {h.actor if h.actor in named else self.actor(h.actor).government for h in self.hits
                    if (h.actor in named or self.actor(h.actor).government in governed)
                    and h.last < i - 2 and self.sent[i] - self.sent[h.last] <= 1}
            who = min(near) if len(near) == 1 else fallback if not near else None
            if who is not None and not self.apposed_to_another(i, who):
                self.add(i - 2, i, who, "role")

    def entered(self, i: int) -> bool:
        """Whether a verb of entering stands before "the <noun>" ending at token ``i``: "entering
        the country", "smuggled into the nation", "entry into the country"."""
        k = i - 2
        return k > 0 and (self.lower[k] in ENTRY_VERBS or self.lower[k] == "into" and self.lower[k - 1] in INTO_VERBS) \
            and self.same_sentence(k, i)

    def apposed_to_another(self, i: int, who: str) -> bool:
        """Whether "the <noun>" ending at token ``i`` stands in apposition to a name other than
        ``who``'s ("Harbor Registry Group, the agency that ..."); not after an opening word
        ("Finally, the court") nor before a clause ("Kavanaugh, the court might")."""
        k = i - 2
        return k >= 0 and self.gap(k, i - 1) == ", " \
            and _is_name_word(self.words[k]) and self.words[k] not in NOT_NAME \
            and not (self.starts_clause(k) and self.lower[k] in self.index.english) \
            and (self.char_after(i) in (",", ")")
                 or i + 1 < self.n and self.lower[i + 1] in ("that", "which", "whose")) \
            and not any(h.last == k and h.actor == who for h in self.hits)

    def state_at(self, j: int) -> int:
        """How many words of a US state's name that names no actor start at token ``j`` ("Ohio",
        "New York"), or 0."""
        if self.words[j] in STATE_OPENERS and self.same_sentence(j, j + 1) \
                and f"{self.words[j]} {self.words[j + 1]}" in TWO_WORD_STATES:
            size = 2
        elif self.words[j] in US_STATES:
            size = 1
        else:
            return 0
        return size if all(not self.covered[k] or k in self.passed for k in range(j, j + size)) else 0

    def leaders_named(self, country: str, start: int) -> set[str]:
        """The people named before token ``start`` who lead ``country`` at the article's date (its
        president, prime minister, chancellor, king ...): "the Israeli leader" is one of them."""
        named = {h.actor for h in self.hits if h.last < start and h.resolution != "pronoun"}
        return {t[0] for title in LEADER_TITLES for t in self.index.role_holders.get((title, country), ())
                if t[0] in named and self.in_office(*t[1:])}

    def named_before(self, start: int, sentences: int) -> set[str]:
        """The actors named (not by a pronoun, nor only qualifying a noun) before token ``start`` in
        its sentence and the ``sentences`` before it."""
        return {h.actor for h in self.hits if h.last < start and self.sent[start] - self.sent[h.last] <= sentences
                and h.resolution != "pronoun" and not self.attributive(h)}  # (not "the Bush administration")

    def party_member_before(self, start: int, party: str, code: str | None = None) -> str | None:
        """The one person of ``party`` named in the sentence of token ``start`` or the two before, or
        None. With the postal code of a state ("the Ohio Republican"), not one the catalog places
        in another state; when none is left, the one named before anywhere in the article whom it
        places in that state, if only one is."""
        people = {a for a in self.named_before(start, 2) if self.actor(a).kind == "person" and party in self.parties_of(a)}
        if code is not None:  # (not one the catalog gives offices of no state: "the Kentucky Republican" is no president)
            people = {a for a in people if (fit := self.state_fit(a, None, code))
                      or fit is None and (self.actor(a).discovered or not self.actor(a).roles)}
            if not people:
                people = {a for a in self.named_before(start, self.sent[start]) if self.actor(a).kind == "person"
                          and party in self.parties_of(a) and self.state_fit(a, None, code)}
        return people.pop() if len(people) == 1 else None

    def state_partisan(self, start: int, k: int) -> bool:
        """Resolve "the Ohio Republican", "the Vermont Democrat" (a state at ``k - 1``, the party word
        at ``k``) to the one person of that party named in its sentence or the two before, when it
        stands for a person there: a verb, "who", a comma, a preposition or an article follows
        ("pushed the Florida Republican to do more", "gave the Texas Republican an opening"; not
        "the Texas Republican primary", "the Ohio Republican Party"). Whether the words made such a phrase."""
        party = PARTY_WORDS_OF.get(self.words[k]) if self.words[k] in PARTISANS else None
        if party is None:
            return False
        apposed = self.person_apposed_after(k)
        if apposed is not None:  # "the freshman Arizona Republican, Jeff Flake, ..."
            self.add(start, k, apposed, "role")
            return True
        if not (self.acts_next(k) or k + 1 < self.n and self.same_sentence(k, k + 1) and self.words[k + 1] in AFTER_PERSON):
            return True  # an adjective: no one
        who = self.party_member_before(start, party, self.state_ending_at(k - 1))
        if who is not None:
            self.add(start, k, who, "role")
        return True

    def describe_former(self, start: int, j: int) -> None:
        """"the former secretary of state", "the former Massachusetts governor" (a title at ``j``,
        maybe after a state): the one person named in its sentence or the one before who held that
        office (and, in a dated article, no longer holds it); after a state, as ``placed_in_state``
        finds one of them."""
        size = self.state_at(j) if j < self.n else 0
        code = None
        if size and self.same_sentence(start, j + size):
            j += size
            code = self.state_ending_at(j - 1)
        for title in self.index.role_titles.get(self.lower[j], ()) if j < self.n else ():
            k = len(title)
            if j + k > self.n or tuple(self.lower[j:j + k]) != title or not self.same_sentence(start, j + k - 1) \
                    or j + k < self.n and self.words[j + k][:1].isupper() and self.same_sentence(j, j + k):
                continue  # (not a longer title: "the former Secretary of State Hillary Clinton")
            held = {t[0] for t in self.index.role_holders.get((" ".join(title), None), ())  # terms that have ended
                    if t[2] is not None and (self.year is None or t[2] <= self.year and not self.in_office(*t[1:]))}
            role = " ".join(title)  # ("the former Florida governor": Jeb Bush, named before)
            who = held & self.named_before(start, 1) if code is None else self.placed_in_state(held, role, start, code)
            if len(who) == 1:
                self.replace_span(start, j + k - 1, who.pop(), "role")
            return

    def party_epithets(self) -> None:
        """"the Republican senator", "the GOP nominee", "the presumptive Republican presidential
        nominee" said of one person: the one person of that party named in its sentence or the two
        before, or the person in apposition after it, when the phrase stands for a person
        there (a verb, "who" or a comma follows); else it stays the party's ("Republican senators",
        "a Republican senator", two of them named)."""
        for i in [i for i in range(2, self.n) if self.lower[i] in PARTY_EPITHETS]:
            j = i - 1 - (self.lower[i - 1] == "presidential")  # the party's word
            party = PARTY_WORDS_OF.get(self.words[j])
            k = j - 1  # "the", past epithets: "the presumptive Republican presidential nominee"
            while k > j - 3 and self.lower[k] in NOMINEE_EPITHETS:
                k -= 1
            if party is None or k < 0 or self.lower[k] != "the" or not self.same_sentence(k, i) \
                    or any(self.covered[t] and all(h.actor != party for h in self.hits_at(t, covering=True))
                           for t in range(k, i + 1)) \
                    or not self.acts_next(i, modal=False):
                continue
            # the person named in apposition after it ("the presumptive Republican nominee, Mitt Romney,")
            who = self.person_apposed_after(i) or self.party_member_before(k, party)
            if who is not None:
                self.replace_span(k, i, who, "role")

    def acts_next(self, k: int, modal: bool = True) -> bool:
        """Whether the phrase ending at token ``k`` stands for someone acting: a comma, the sentence's
        end, "who", a verb of saying, an auxiliary (with ``modal``, "will", "would" ... too: not for "the
        Republican nominee will be chosen") or a past tense follows, or it is someone's ("the Wisconsin
        Republican's work")."""
        nxt = self.lower[k + 1] if k + 1 < self.n and self.same_sentence(k, k + 1) else ""
        return self.gap(k, k + 1)[:1] in (",", ".", ";", ":") or not nxt or nxt == "who" or nxt in ("'s", "’s") \
            or nxt in PARTISAN_VERBS and (modal or nxt not in MODALS) \
            or self.words[k + 1] in self.index.speech_verbs or nxt.endswith("ed") and self.words[k + 1].islower()

    def title_over_hit(self, j: int) -> bool:
        """Whether a name at token ``j`` opens a longer role title ("White House" in "the White House
        counsel", "the White House chief of staff")."""
        h = next(iter(self.hits_at(j)), None)
        if h is None or h.resolution == "role":
            return False
        size = h.last - j + 1
        return any(len(t) > size and tuple(self.lower[j:j + len(t)]) == t and self.same_sentence(j, j + len(t) - 1)
                   for t in self.index.role_titles.get(self.lower[j], ()))

    def demonym_hit_at(self, j: int) -> bool:
        return any(h.resolution == "demonym" for h in self.hits_at(j))

    def country_hit_at(self, j: int) -> bool:
        """Whether a country named in one word stands at token ``j`` ("the US president")."""
        return any(h.last == j and self.actor(h.actor).kind == "country" for h in self.hits_at(j))

    def body_hit_at(self, j: int) -> bool:
        """Whether an organisation or a country is named from token ``j`` on ("of Congress")."""
        return any(self.actor(h.actor).kind in ("organisation", "country") for h in self.hits_at(j))

    def hit_ending_at(self, j: int) -> int | None:
        h = next(iter(self.hits_at(j, last=True)), None)
        return None if h is None else h.first

    def past_epithets(self, k: int) -> int:
        """The token after up to two epithets of an office holder opening at ``k`` ("freshman",
        "embattled", "76-year-old"), else ``k``."""
        m = k
        while m < self.n and m < k + 2 and (self.lower[m] in EPITHETS or AGED.fullmatch(self.lower[m])) \
                and self.gap(m, m + 1) == " ":
            m += 1
        return m

    def describe(self, start: int, j: int, country: str | None, state: str | None = None) -> None:
        """Resolve the description that opens at ``start`` with a title at ``j`` (after a demonym or
        country, ``country``). A US ``state``'s office ("the Ohio governor"; its postal code) is only
        the person it is said of in apposition, or the one holder of the office named close before
        whom the catalog does not place in another state, or else the one named before whom it
        places in that state."""
        lower = self.lower
        for title in self.index.role_titles.get(lower[j], ()):
            k = len(title)
            if j + k <= self.n and tuple(lower[j:j + k]) == title and self.same_sentence(j, j + k - 1) \
                    and not (j + k < self.n and self.words[j + k][:1].isupper() and self.same_sentence(j, j + k)
                             and self.gap(j + k - 1, j + k) != ", "):
                if j + k < self.n and lower[j + k] == "pro":
                    return  # another office: "the President pro tempore of the Senate"
                role = " ".join(title)
                if state is None and j + k + 1 < self.n and lower[j + k] == "from" and self.same_sentence(j, j + k + 1):
                    size = self.state_at(j + k + 1)  # "the senator from Texas": "the Texas senator"
                    state = self.state_ending_at(j + k + size) if size else None
                body, end = self.body_after(j + k)
                apposed = self.apposed_person(start, j + k - 1 if end is None else end, end is not None)
                if apposed is None and end is None and not (start > 0 and lower[start - 1] in ("to", "of", "for")):
                    apposed = self.person_apposed_after(j + k - 1)  # "the attorney general, Jeff Sessions,"
                    # (not "the assistant to the solicitor general, Joseph Palmore,")
                if apposed is not None:  # "Rep. Mark Walker (R-N.C.), the chairman of the Republican Study Committee,"
                    who = {apposed} if apposed else set()
                    if body and apposed:
                        self.local_roles[(role, body)].add(apposed)  # ... and later "the chairman of the RSC"
                elif state:
                    # (not the contest for the office: "the Kentucky governor's race")
                    contest = j + k + 1 < self.n and lower[j + k] in ("'s", "’s") and lower[j + k + 1] in OFFICE_CONTESTS
                    who = set() if contest else self.state_holders(role, start, state)
                elif body is not None and self.actor(body).kind == "country":  # "the president of the United States"
                    who = self.holders(role, body)
                elif end is not None and not self.place_at(end):  # "the chairman of the House Freedom Caucus":
                    who = set(self.local_roles.get((role, body), ())) if body else set()  # that body's, if the article says
                else:
                    who = self.holders(role, country)
                    after = self.lower[j + k] if j + k < self.n and self.same_sentence(j, j + k) else ""
                    home = who - self.titled_abroad(role)
                    if country is None and body is None and 0 < len(home) < len(who):
                        who = home  # "President Donald Trump ... Chinese President Xi Jinping ... the President": Trump
                    if country is None and body is None and len(who) == 1 and self.foreign_named_after(next(iter(who)), role, start):
                        who = set()  # (Spicer "let the president down", comparing Hitler to Syrian leader Bashar Assad)
                    if len(who) > 1 and after not in ("and", "of") and not (start > 0 and self.gap(start - 1, start) == ", "):
                        # several holders named ("the senator"): the one named in this sentence or the one before,
                        # if only one is (not an apposition: "Jane Doe, the president and co-founder of ...")
                        begin = self.sentence_start(start)
                        lo = self.sentence_start(begin - 1) if begin > 0 and self.sent[begin - 1] == self.sent[start] - 1 else begin
                        who = {h.actor for k in range(lo, start) for h in self.hits_at(k, last=True)
                               if h.actor in who and h.resolution != "pronoun"}
                if not who and role == "leader" and country is not None and apposed is None and end is None:
                    who = self.leaders_named(country, start)  # "the Israeli leader": Netanyahu, named before
                if len(who) == 1:
                    self.replace_span(start, j + k - 1, who.pop(), "role")
                return
        # "the Lebanese militant group": a group of that country named in the article or the catalog
        end = j
        while end < self.n and end < j + 3 and lower[end] in ARMED_ADJECTIVES and not self.covered[end]:
            end += 1
        described = country is not None or end > j  # "the group" alone could be any group
        if described and end < self.n and lower[end] in GROUP_NOUNS and self.same_sentence(j, end):
            mentioned = [h.actor for h in self.hits if self.actor(h.actor).kind == "group" and h.actor not in self.index.peoples
                         and (country is None or self.actor(h.actor).country == country)]
            options = set(mentioned) or (set(self.index.groups_of.get(country, ())) if country else set())
            if len(options) == 1:
                self.replace_span(start, end, options.pop(), "role")

    def state_holders(self, role: str, start: int, code: str) -> set[str]:
        """The holder of US office ``role`` that "the <state> <role>" at token ``start`` stands for
        (the catalog's, or one the article titles so: "Rep. Jane Doe ... the Texas congressman"):
        of the holders named in its sentence or the one before, the one the catalog does not place
        in another state, if only one is; else the one named before anywhere in the article whom
        the catalog places in that state, if only one is, or when none is, the one named after."""
        holders = set().union(*(self.holders(office, "us") for office in {role, *STATE_OFFICES.get(role, ())}))
        if role in STATE_OFFICES or role in STATE_OFFICES[None]:  # (not "the Virginia judge": some other judge)
            holders |= {a for a in self.holders(role, None) if self.actor(a).discovered or self.state_fit(a, role, code)}
        return self.placed_in_state(holders, role, start, code)

    def placed_in_state(self, holders: set[str], role: str, start: int, code: str) -> set[str]:
        """Of ``holders`` of ``role``, the one that a description of that state's office at token
        ``start`` stands for, as a set of one (see ``state_holders``), else an empty set."""
        near = {a for a in holders & self.named_before(start, 1) if self.state_fit(a, role, code) is not False}
        if len(near) == 1:
            return near
        placed = {a for a in holders & self.named_before(start, self.sent[start]) if self.state_fit(a, role, code)}
        if not placed:  # (then named after it: "the senator from New Hampshire [Kelly Ayotte]")
            named = {h.actor for h in self.hits if h.resolution != "pronoun" and not self.attributive(h)}
            placed = {a for a in holders & named if self.state_fit(a, role, code)}
        return placed if len(placed) == 1 else set()

    def body_after(self, m: int) -> tuple[str | None, int | None]:
        """For a title ending before token ``m``: when "of" and a name follow ("the chairman of the
        (conservative) House Freedom Caucus"), the organisation that name is (None if no actor) and
        the name's last token; else (None, None)."""
        if m + 1 >= self.n or self.lower[m] != "of" or not self.same_sentence(m, m + 1):
            return None, None
        p = m + 1
        if self.lower[p] in ("the", "a", "an"):
            p += 1
        if p < self.n and self.words[p].islower() and not self.words[p].endswith("ing"):
            p += 1  # "conservative"; not "(accuse the president) of undermining"
        if p >= self.n or not self.same_sentence(m, p) or not self.words[p][:1].isupper():
            return None, None
        h = next(iter(self.hits_at(p)), None)
        if h is not None:
            return (h.actor if self.actor(h.actor).kind in ("organisation", "country") else None), h.last
        last = p
        while last + 1 < self.n and self.same_sentence(p, last + 1) and self.words[last + 1][:1].isupper():
            last += 1
        return None, last

    def place_at(self, k: int) -> bool:
        """Whether token ``k`` ends a place name that names no actor ("the mayor of Tijuana")."""
        return k in self.passed or self.words[k] in US_STATES

    def apposed_person(self, start: int, end: int, qualified: bool) -> str | None:
        """Whom a description at tokens start..end is said of: the person named right before it and
        a comma ("John Boehner, the speaker of the House,"; a party tag in parentheses may come
        between) or before "is"/"was" ("Mitch McConnell is the majority leader of the Senate"), with
        an apposition closing at a comma, a bracket or the sentence's end (not "Obama is wrong, the
        senator said"). "" when it is said of a name that is no person the article knows
        ("Martinez, the governor of New Mexico"), None when it is said of nobody."""
        if start < 2 or not self.same_sentence(start - 1, start):
            return None
        if self.lower[start - 1] in ("is", "was") and self.gap(start - 2, start - 1) == " ":
            h = next(iter(self.hits_at(start - 2, last=True)), None)
            return h.actor if h is not None and h.resolution != "pronoun" and self.actor(h.actor).kind == "person" else None
        if end + 2 < self.n and self.lower[end + 1] == "from" and self.words[end + 2][:1].isupper() \
                and self.same_sentence(end, end + 2):  # "Marco Rubio, the freshman senator from Florida,"
            end, qualified = end + 2, True
            while end + 1 < self.n and end < start + 12 and self.same_sentence(end, end + 1) \
                    and self.gap(end, end + 1) == " " and self.words[end + 1][:1].isupper():
                end += 1
        after = self.char_after(end)
        closed = after in (",", ")", ";", ".") or end + 1 >= self.n or not self.same_sentence(end, end + 1)
        if not closed and (not self.opening_name_before(start) or self.words[end + 1] in self.index.speech_verbs
                           or self.lower[end + 1] in ("'s", "’s")):
            return None  # (but "Marco Rubio, the freshman senator from Florida and perhaps a candidate, ...";
            # not "Obama, the senator said, is wrong", nor "Jay Carney, the president's press secretary")
        if not qualified and end + 1 < self.n and self.lower[end + 1] in ("and", "or"):
            return None  # a list: "Kathleen, the President, and so many others" (not "Kasich, the governor of Ohio, and")
        chars = self.text[self.tokens[start - 1].start:self.tokens[start].start].rstrip()
        if not chars.endswith(","):
            return None
        chars = self.text[:self.tokens[start - 1].start] + chars[:-1].rstrip()
        if chars.endswith(")"):
            open_at = chars.rfind("(")
            if open_at < 0 or len(chars) - open_at > 20:
                return None
            chars = chars[:open_at].rstrip()
        h = next((h for h in self.hits if self.tokens[h.last].end == len(chars)), None)
        if h is None:
            k = bisect_right(self.tokens, len(chars), key=lambda t: t.end) - 1  # the token the comma follows
            named = k >= 0 and self.tokens[k].end == len(chars) and _is_name_word(self.words[k]) \
                and self.words[k] not in NOT_NAME and not self.starts_clause(k)
            return "" if named else None
        if h.resolution in ("role", "pronoun") or not self.same_sentence(h.last, start):
            return None  # not a list: "the vice president and the president, the majority leader"
        kind = self.actor(h.actor).kind
        return h.actor if kind == "person" else "" if kind == "name" else None  # "Vosmer, the governor of Idaho"

    def opening_name_before(self, start: int) -> bool:
        """Whether a person's name (maybe after a title) opens the sentence right before the comma
        before token ``start``: what follows it there is said of it ("Marco Rubio, the senator ...")."""
        h = next((h for h in self.hits_at(start - 1, last=True) if h.resolution in NAMED_RESOLUTIONS), None)
        if h is None or self.gap(h.last, start) != ", " or self.actor(h.actor).kind != "person":
            return False
        k = h.first
        while k > 0 and self.same_sentence(k - 1, k) and self.words[k - 1] in self.index.title_tokens:
            k -= 1
        return self.opens_sentence(k)

    def person_apposed_after(self, end: int) -> str | None:
        """The person named in apposition right after a description ending at token ``end`` ("the
        attorney general, Jeff Sessions, allows ..."): one mention between commas (or before the
        sentence's end), else None."""
        k = end + 1
        if k >= self.n or not self.same_sentence(end, k) or self.gap(end, k) != ", ":
            return None
        h = next(iter(self.hits_at(k)), None)
        if h is None or h.resolution in ("role", "pronoun") or self.actor(h.actor).kind != "person":
            return None
        closes = self.char_after(h.last) in (",", ")", ".", ";") \
            or h.last + 1 >= self.n or not self.same_sentence(h.last, h.last + 1)
        return h.actor if closes else None

    def replace_span(self, first: int, last: int, actor: str, resolution: str) -> None:
        """Add a hit over tokens first..last, taking the place of hits inside it (a demonym, say)."""
        self.set_hits([h for h in self.hits if not (first <= h.first and h.last <= last)])
        self.add(first, last, actor, resolution)

    # -- 7. pronouns ---------------------------------------------------------------------------
    def namesake_by_pronoun(self) -> None:
        """A surname the article names two people by, of either sex, is the one a pronoun right
        after it agrees with: "Bill Clinton campaigned for Hillary Clinton. Clinton said his wife
        ..." is Bill (a few lower-case words between, no other mention)."""
        full: dict[str, dict[str, str]] = defaultdict(dict)  # surname -> gender -> person named in full
        for h in self.hits:
            a = self.actor(h.actor)
            if a.kind == "person" and h.last > h.first and h.resolution in ("name", "alias", "discovered"):
                g, surname = self.gender(a.id), surname_of(a.name)
                if g and surname:
                    full[surname].setdefault(g, a.id)
        if not any(len(by_gender) > 1 for by_gender in full.values()):
            return
        starts = {h.first for h in self.hits}
        for h in self.hits:
            by_gender = full.get(self.words[h.first])
            if h.first != h.last or h.resolution not in ("short", "surname") or not by_gender or len(by_gender) < 2:
                continue
            k = h.last + 1
            while k < self.n and k - h.last <= 3 and self.words[k].islower() and self.lower[k] not in PRONOUNS \
                    and k not in starts and self.gap(k - 1, k) == " ":
                k += 1
            if k < self.n and self.lower[k] in PRONOUNS and self.gap(k - 1, k) == " " and self.same_sentence(h.first, k):
                h.actor = by_gender.get(PRONOUNS[self.lower[k]], h.actor)  # ("they": no sex, no change)

    def pronouns(self) -> None:
        candidates = [i for i in range(self.n) if self.lower[i] in PRONOUNS and not self.covered[i]]
        if not candidates:
            return
        hits = sorted(self.hits, key=lambda h: h.first)
        hit_sents = [self.sent[h.first] for h in hits]  # non-decreasing, as the hits are in text order
        hit_firsts = [h.first for h in hits]
        starting = {h.first: h for h in reversed(hits)}
        for h in hits:  # "Ms. Lo": a person of unknown gender takes the honorific's
            if h.first > 0 and self.words[h.first - 1] in HONORIFIC_GENDER and h.actor and self.gender(h.actor) is None:
                self.pronoun_gender.setdefault(h.actor, HONORIFIC_GENDER[self.words[h.first - 1]])
        self.layout(hits)
        quoted = self.quoted
        opener: dict[int, tuple[str, str]] = {}  # sentence -> (kind, actor) of the pronoun opening it
        said_by: dict[int, str] = {}  # subject pronoun -> the actor it was given
        subjects: dict[tuple[int, str], set[str]] = {}  # (sentence, kind) -> actors its subject pronouns were given
        subject_sents: set[int] = set()  # the sentences with a subject pronoun, given to someone or not
        # (sentence, kind) -> the last pronoun of the sentence left to someone unnamed ("activists believe
        # they're stronger than they were"): a later one of its kind takes up nobody named before it
        unnamed: dict[tuple[int, str], int] = {}
        for i in candidates:
            kind = PRONOUNS[self.lower[i]]
            at = self.tokens[i].start
            s = self.sent[i]
            if self.lower[i] in SUBJECT_PRONOUNS:
                subject_sents.add(s)
            q = self.last_quote(at)  # (the quotations do not overlap)
            inside = quoted[q] if q >= 0 and at < quoted[q][1] else None
            if inside is not None:  # (the hits of its sentence)
                self.quoted_pronoun(i, kind, inside, hits[bisect_left(hit_sents, s):bisect_right(hit_sents, s)])
                continue
            turn = self.turn_at(at)  # in a transcript's turn: one the turn names, not its speaker nor before it
            if self.idiom(i) or self.thing_object(i):
                continue
            if self.either_sex(i):
                unnamed[s, kind] = i
                continue
            fitting = []
            said = self.quote_said(i)
            # hits more than PRONOUN_WINDOW sentences back are out of reach: start after them (back from
            # where the quotation a speaking pronoun closes opens: '"... ? ... . ... ?" he said')
            quote_at = i if said is None else min(i, bisect_left(self.tokens, said[0], key=lambda t: t.start))
            reach = self.sent[self.past_quoted_sentences(quote_at)]
            # (and more than PRONOUN_TOKEN_REACH tokens back: a page without full stops is one sentence)
            lo = max(bisect_left(hit_sents, reach - PRONOUN_WINDOW), bisect_left(hit_firsts, quote_at - PRONOUN_TOKEN_REACH))
            for h in hits[lo:]:
                if h.first >= i and self.sent[h.first] >= s:
                    break
                if said and said[0] <= self.tokens[h.first].start < said[1]:
                    continue  # '"... the president ...," he said': the speaker is not whom the quote is about
                if turn is not None and (self.tokens[h.first].start < turn[0] or h.actor == turn[2]):
                    continue
                if self.fits(h, kind):
                    fitting.append(h)
            if said and not fitting and kind != "plural" and turn is None:
                # a speaker's pronoun with nobody of its kind in reach: the one person known to be of its
                # gender named a few sentences further back (a bill's sentences between: 'Durbin asked
                # ... . The legislation passed ... . It would ... . "...," he said')
                back = [h for h in hits[bisect_left(hit_sents, reach - SPEAKER_WINDOW):lo]
                        if self.fits(h, kind) and self.known_gender(h.actor) == kind and not self.in_quotation(h.first)]
                if len({h.actor for h in back}) == 1 and not self.unnamed_person_between(back[-1].last + 1, quote_at):
                    fitting = back[-1:]  # (not past someone unnamed: 'One DACA recipient who reached out ... he')
            if said and fitting:
                fitting = self.framing_quote_dropped(i, fitting)
            if fitting and self.lower[i] in SUBJECT_PRONOUNS and self.after_opening_participle(i):
                # the subject after an opening participle phrase is not one the phrase names ("Asked about
                # Trump, he said", "Echoing Cruz's words, he told reporters")
                fitting = [h for h in fitting if self.sent[h.first] != s]
            if fitting and self.opens_sentence(i):  # not one named inside a quotation of a sentence before
                fitting = [h for h in fitting if self.sent[h.first] == s or not self.in_long_quotation(h.first)]
            if fitting and self.object_pronoun(i):  # "McCain called him": not McCain, nor his other mentions
                bound = {h.actor for h in fitting if self.sent[h.first] == s and self.same_clause(h, i)}
                j = next((k for k in range(i - 1, max(i - 6, -1), -1) if self.lower[k] in SUBJECT_PRONOUNS), -1)
                if j in said_by and self.same_sentence(j, i) and self.predicate_reaches(j + 1, i) \
                        and self.lower[i - 1] not in OBJECT_ENDS and self.lower[i - 1] not in ("of", "by", "behind"):
                    bound.add(said_by[j])  # "how he could compel him": not whom "he" is (but "he carried it with him")
                fitting = [h for h in fitting if h.actor not in bound]
            if fitting and kind != "plural" and self.lower[i] in SUBJECT_PRONOUNS:
                objects = self.objects_after(i, starting)
                if i > 1 and self.words[i - 1] in FOLLOWER_NOUNS and self.comma_between(i - 1, i):
                    objects |= {h.actor for h in hits if h.last == i - 2}  # "An Obama appointee, he": not Obama
                objects |= self.named_in_clause_after(i, hits)  # "He said he was approached by Jacobs": not Jacobs
                fitting = [h for h in fitting if h.actor not in objects]  # "after he told Mr. Trump": not Trump
            k = self.subject_pronoun_before(i, kind)
            if k is not None:  # "Obama said he intends for his policies to ...": whom "he" is, or nobody
                if k in said_by:
                    self.add(i, i, said_by[k], "pronoun")
                continue
            k = self.speaker_slot(i) if self.lower[i] in SUBJECT_PRONOUNS else None
            if k is not None and k in said_by and PRONOUNS.get(self.lower[k]) == kind:
                self.add(i, i, said_by[k], "pronoun")  # "He added that he hoped": whom the speaking "he" is
                said_by[i] = said_by[k]
                subjects.setdefault((s, kind), set()).add(said_by[k])
                continue
            j = self.opening_clause_subject(i, kind)
            if j is not None and j in said_by:  # "When they slaughtered Yazidis, they ...": the same they
                self.add(i, i, said_by[j], "pronoun")
                said_by[i] = said_by[j]
                continue
            if self.unnamed_speaker_before(i) or self.unnamed_closing_speaker(i, kind) or self.unnamed_speakers_own(i) \
                    or self.in_unnamed_relative(i) \
                    or j is not None:
                unnamed[s, kind] = i
                continue  # "A Trump supporter said he would vote": the supporter
            best = None
            ahead = self.subject_after_opening(i, starting)
            owner = self.object_for_own(i, fitting) or self.told_to_own(i, fitting)
            speaker = self.speaker_before(i, fitting)
            if speaker is None and kind == "plural":
                speaker = self.body_speaking_before(i)  # "The White House has argued they are open"
            if speaker is not None and kind == "plural" and self.joins_actors(speaker.first - 1):
                continue  # "Democrats and Republicans say they": both
            if speaker is not None:  # "... ended with the president saying he would ..."
                best = speaker
            elif ahead is not None and self.fits(ahead, kind):  # "In his remarks, Biden ..."
                best = ahead
            elif owner is not None:  # "chastised Sen. Kelly Ayotte for her vote"
                best = owner
            elif self.lower[i] in REFLEXIVES:  # the nearest fitting actor of its own sentence: "Democrats themselves"
                best = next((h for h in reversed(fitting) if self.sent[h.first] == s), None)
                if best is not None and kind == "plural" and best.first > 0 and self.joins_actors(best.first - 1):
                    best = None  # "Republicans and Democrats ... get themselves": both
            elif fitting:
                # Prefer the subject: the first fitting actor of the sentence nearest the pronoun,
                # passing over one in an opening phrase ("Like Walker, Thompson ..."), and the actor
                # a relative clause is about when the pronoun is in it ("Price, who resigned over his ...").
                near = self.sent[fitting[-1].first]
                best = min((h for h in fitting if self.sent[h.first] == near),
                           key=lambda h: (self.rank(h, i), self.in_quotation(h.first), h.first))
                # (one named outside quotation marks first: the speaker, not whom the quotation is about)
                if near == s:
                    best = self.reported_subject(best, i, fitting) or self.clause_subject(best, i, fitting) \
                        or self.gerund_subject(best, i, fitting) or best
                else:  # "..., Cabrera said. But the wall is ill-informed, he said.": the speaker goes on speaking
                    best = self.closing_speaker(i, [h for h in fitting if self.sent[h.first] == near]) or best
            quote_opens = said is not None and self.sentence_start(quote_at) == quote_at
            opens = self.opens_sentence(i) or quote_opens or self.parenthetical_speaker(i) or self.after_opening_phrase(i) \
                or self.lower[i] in SUBJECT_PRONOUNS and self.after_opening_participle(i)
            # (a speaker after the quotation that opens a sentence: 'He noted that Guzman escaped. "We
            # should learn from him," he said.' goes on with the one who noted, as after a quotation of
            # several sentences: 'He said Trump made an offer. "... . ... ," he said.')
            went_on = opener.get(reach - 1 if quote_opens else s - 1) if opens and best is not None else None
            if went_on is not None and went_on[0] == kind and (any(h.actor == went_on[1] for h in fitting)
                                                               or self.named_out_of_reach(went_on[1], i, hits, lo)):
                # the subject goes on, whatever objects stand between: "They spoke with Hispanic
                # voters about the bill. They have disappointed ..." (and whatever plural nouns:
                # "They predicted support would grow as people learned more. They minimized ...");
                # so does a chain of such sentences, past the sentences a pronoun reaches back
                self.add(i, i, went_on[1], "pronoun")
                opener[s] = went_on
                said_by[i] = went_on[1]
                if self.lower[i] in SUBJECT_PRONOUNS:
                    subjects.setdefault((s, kind), set()).add(went_on[1])
                continue
            if best is not None and best.first < unnamed.get((s, kind), -1) \
                    and not (i + 1 < self.n and self.words[i + 1] in self.index.speech_verbs):
                continue  # (but a speaker: "no matter what he or she takes, he added")
            if best is not None and (kind != "plural" or self.subject_goes_on(best, i)
                                     or not self.plural_noun_between(best.last + 1, i)
                                     and not self.plural_subject_before(i)
                                     and not self.joins_actors(self.head_start(best.first) - 1)):
                # (not the second of two joined: "Democratic and Republican leaders ..., but they")
                self.add(i, i, best.actor, "pronoun")
                said_by[i] = best.actor
                if opens:
                    opener[s] = (kind, best.actor)
                if kind != "plural" and self.gender(best.actor) is None:
                    self.pronoun_gender.setdefault(best.actor, kind)  # "Worley ... he called her": not Worley
            elif best is not None:
                unnamed[s, kind] = i
            elif best is None and kind != "plural" and self.lower[i] not in OBJECT_PRONOUNS \
                    and self.lower[i] not in REFLEXIVES and (opens or (s, kind) not in unnamed):
                # nothing in reach fits: an opening pronoun goes on with the one actor the sentence before's
                # subject pronouns were given ("He wrote it. His latest column"), a later one with its own
                # sentence's ("He runs a foundation ..., but he can see", "He is trying to showcase his role")
                # or, when none before it there, the sentence before's ("He also is concerned about ... .
                # Many youth hunts ... last longer, he said."), past sentences that name no one outside a
                # quotation and have no subject pronoun (the rest of a quotation)
                chain = subjects.get((s, kind), set()) if not opens else set()
                b = s - 1
                while not chain and b >= s - PRONOUN_WINDOW and (turn is None or self.tokens[bisect_left(
                        self.sent, b)].start >= turn[0]):  # (not back past a turn's start)
                    chain = subjects.get((b, kind), set())
                    if b in subject_sents or any(not self.in_long_quotation(h.first)
                                                 for h in hits[bisect_left(hit_sents, b):bisect_right(hit_sents, b)]):
                        break  # (a sentence about someone else ends the chain: "He promised. She cheered. He left.")
                    b -= 1
                if len(chain) == 1 and (turn is None or turn[2] not in chain) and chain.isdisjoint(
                        h.actor for h in hits[bisect_left(hit_sents, s):bisect_right(hit_sents, s)]):
                    actor = next(iter(chain))
                    self.add(i, i, actor, "pronoun")
                    said_by[i] = actor
                    if opens and self.lower[i] in SUBJECT_PRONOUNS:
                        opener[s] = (kind, actor)
            if i in said_by and self.lower[i] in SUBJECT_PRONOUNS:
                subjects.setdefault((s, kind), set()).add(said_by[i])

    def unnamed_person_between(self, a: int, b: int) -> bool:
        """Whether someone unnamed is brought in between tokens ``a`` and ``b``: what a person is,
        after "a", "an", "one" or "another" ("a top gun industry executive", "One DACA recipient")."""
        return any(self.lower[k] in PERSON_HEADS and any(self.lower[j] in ("a", "an", "one", "another")
                                                         for j in range(max(a, k - 4), k))
                   for k in range(a, b))

    def turn_at(self, at: int) -> tuple[int, int, str] | None:
        """The transcript turn (see ``turns``: start, end, speaker) that character ``at`` stands in, or None."""
        turns = self.turns
        k = bisect_right(turns, (at, len(self.text))) - 1
        return turns[k] if k >= 0 and at < turns[k][1] else None

    @cached_property
    def turns(self) -> list[tuple[int, int, str]]:
        """Character spans of a transcript's turns with their speakers: the words of a person
        whose label opens a line or a sentence ("TAPPER: ...", "SEN. JO RUIZ (D-NM): ...", "...
        right?  CRUZ: ..."; labels as ``quotes.label_start`` finds them for the quotes), from after
        the colon to the next label or the end of the paragraph. A pronoun there is the speaker's
        word: it takes up someone the turn names before it, never the speaker (who would say "I")
        nor one named before the turn (a question's subject). Not a label whose first sentence
        names the person again or, in mixed case, that a pronoun opens: a section about them
        ("Clinton: She has called for ..."); and a sentence of narration ends a turn ("Jo Ruiz:
        Cuts hurt the poor.  He says ..."). Read from the mentions found by the time pronouns are
        resolved."""
        labels = []  # (label's first character, turn's first character and token, speaker, in capitals)
        for h in [*self.hits, *self.narrators]:  # (a journalist's turn is no one else's words either)
            start = self.tokens[h.first].start
            if self.actor(h.actor).kind != "person" or self.in_quotation(h.first):
                continue  # (not a headline quoted: 'the headline "Kaul: Nation needs a new agenda," he')
            near = max(0, start - TURN_LOOK_BACK - 4)  # (the line's start, if it is near enough to matter)
            line = self.text.rfind("\n", near, start) + 1 or (0 if near == 0 else -1)
            at = label_start(self.text, line, start)
            m = SPEAKER_LABEL_END_RE.match(self.text, self.tokens[h.last].end) if at is not None else None
            first = bisect_left(self.tokens, m.end(), key=lambda t: t.start) if m is not None else self.n
            if first < self.n and self.same_sentence(h.first, first):
                labels.append((at, m.end(), first, h.actor, self.words[h.last].isupper()))
        if not labels:
            return []
        labels.sort()
        named: dict[tuple[int, str], int] = {}  # (sentence, actor) -> the last token naming the actor there
        for h in self.hits:
            key = (self.sent[h.first], h.actor)
            named[key] = max(named.get(key, -1), h.first)
        out = []
        for k, (_, start, first, actor, capitals) in enumerate(labels):
            if self.lower[first] in PRONOUNS and not capitals \
                    or named.get((self.sent[first], actor), -1) >= first:
                continue  # a section about the person (but "VALDEZ: He is wrong": a transcript's capitals)
            stop = labels[k + 1][0] if k + 1 < len(labels) else len(self.text)
            end = self.text.find("\n", start, stop)  # (looked for up to the next label only: linear)
            end = stop if end < 0 else end
            t = first + 1
            while t + 1 < self.n and self.tokens[t].start < end:  # a sentence of narration ends it: "Jo Ruiz:
                if self.sent[t] != self.sent[t - 1] and self.lower[t] in SUBJECT_PRONOUNS \
                        and self.lower[t + 1] in self.index.speech_verbs \
                        and self.lower[t + 1].endswith("s"):  # Cuts hurt the poor.  He says ..." (not "He wrote it")
                    end = self.tokens[t].start
                    break
                t += 1
            out.append((start, end, actor))
        return out

    @staticmethod
    def named_out_of_reach(actor: str, i: int, hits: list[_Hit], lo: int) -> bool:
        """Whether ``actor`` is named nowhere from ``hits[lo]``, the first a pronoun at token ``i``
        reaches back to, up to it (``hits`` in text order): the pronoun cannot take it up, unless
        a chain of pronouns carried it."""
        return all(h.actor != actor for h in itertools.takewhile(lambda h: h.first < i, hits[lo:]))

    def object_for_own(self, i: int, fitting: list[_Hit]) -> _Hit | None:
        """For a possessive after "for" right after a fitting actor that is the object of a verb
        ("chastised Sen. Kelly Ayotte (R) for her vote", "praised Obama for his courage"), that
        actor: one is blamed or thanked for what is one's own; else None."""
        if not self.possessive(i) or i < 3 or self.lower[i - 1] != "for":
            return None
        k = i - 2
        if self.gap(k, k + 1).strip() == ")" and self.gap(k - 1, k).strip() == "(":
            k -= 1  # past a party tag: "Sen. Kelly Ayotte (R) for her vote"
        h = next((h for h in reversed(fitting) if h.last == k and self.same_sentence(h.first, i)), None)
        if h is None or self.opens_clause(h.first):
            return None
        v = self.head_start(h.first) - 1
        return h if v > 0 and self.words[v].islower() and self.words[v].isalpha() and self.lower[v].endswith("ed") else None

    def told_to_own(self, i: int, fitting: list[_Hit]) -> _Hit | None:
        """For a possessive in the infinitive after a fitting actor that a verb of telling or urging
        takes as its object ("Cornyn advised the former House member to focus on his own job",
        "urged Obama to use his veto"), that actor: the one told to act is whose the act is; else None."""
        if not self.possessive(i):
            return None
        for h in reversed(fitting):
            if h.last < i - 8:
                return None
            to = h.last + 1
            if to + 1 < i and self.lower[to] == "to" and self.same_sentence(h.first, i) \
                    and not self.comma_between(h.last, i) and not self.opens_clause(h.first) \
                    and bisect_right(self.hit_firsts, to) == bisect_left(self.hit_firsts, i):
                v = self.head_start(h.first) - 1
                if v > 1 and self.lower[v] == "on" and self.lower[v - 1].startswith("call"):
                    v -= 1  # "called on Obama to use his veto"
                return h if v > 0 and self.lower[v] in CONTROL_VERBS else None
        return None

    def subject_pronoun_before(self, i: int, kind: str) -> int | None:
        """For a possessive or reflexive pronoun ``i``, the subject pronoun of its kind it follows in
        one clause with no one named between them ("after Mr. Obama earlier this year said he intends
        for his policies", "they pride themselves"), or None: not past a comma or other mark, a word
        opening a relative clause ("he met a woman who lost her job"), another pronoun of its kind
        or PRONOUN_CLAUSE_REACH words."""
        if not (self.possessive(i) or self.lower[i] in REFLEXIVES):
            return None
        for k in range(i - 1, max(i - PRONOUN_CLAUSE_REACH, 0) - 1, -1):
            if not self.same_sentence(k, i) or any(c in self.gap(k, k + 1) for c in CLAUSE_BREAKS):
                return None
            w = self.lower[k]
            if w in PRONOUNS:
                if PRONOUNS[w] == kind:
                    return k if w in SUBJECT_FORMS else None
                continue  # ("he told her his plan")
            if self.covered[k] or w in RELATIVE_OPENERS:
                return None
        return None

    def opening_clause_subject(self, i: int, kind: str) -> int | None:
        """The subject pronoun of its kind of the clause that opens the sentence, when subject
        pronoun ``i`` opens the main clause right after it ("When they slaughtered Yazidis, they did
        not ..."): the same someone, not an actor named in that clause; else None."""
        start = self.sentence_start(i)
        j = start + 1
        if self.lower[i] in SUBJECT_PRONOUNS and j < i and self.lower[start] in SUBORDINATORS \
                and self.lower[j] in SUBJECT_PRONOUNS and PRONOUNS.get(self.lower[j]) == kind \
                and self.comma_between(j, i) and self.gap(i - 1, i).strip() == ",":
            return j
        return None

    def quoted_pronoun(self, i: int, kind: str, quote: tuple[int, int], hits: list[_Hit]) -> None:
        """A pronoun inside quotation marks is the speaker's word: it takes up only the one fitting
        actor its own sentence names before it inside the same quotation ('"If President Obama acts
        ... and imposes his will on the country, Congress will act"'), not a possessor of the person
        the sentence speaks of ("Hadiya's mother did everything she could for her daughter"), else
        nobody. Not an object pronoun (the speaker's "him" is seldom the subject before it).
        ``hits``: the mentions of its sentence."""
        if self.lower[i] in OBJECT_PRONOUNS or self.lower[i] in REFLEXIVES or self.idiom(i):
            return
        near = {h.actor for h in hits if h.first < i and quote[0] <= self.tokens[h.first].start
                and self.fits(h, kind) and not self.owns_person(h)}
        if len(near) == 1:
            self.add(i, i, near.pop(), "pronoun")

    def owns_person(self, h: _Hit) -> bool:
        """Whether mention ``h`` is the possessor of a person named after it ("Hadiya's mother",
        "Obama's spokesman"), who is then the one a pronoun after it more likely takes up."""
        return self.persons_thing_after(h.last, OWNED_PEOPLE)

    def clause_subject(self, best: _Hit, i: int, fitting: list[_Hit]) -> _Hit | None:
        """For a subject or possessive pronoun in a later clause of the sentence, that clause's
        subject ("Dzhokhar is a citizen while Tamerlan had not had his application granted":
        Tamerlan; "Republicans have vowed to repeal it, and Democrats have vowed to protect what they
        can": Democrats; "Carney said that President Obama has instructed his team": Obama): a
        fitting actor after ``best`` that opens a clause after a conjunction or "that", not
        joined to another actor ("Obama and Democrats"), and is followed by its verb (not a copula:
        "and Roberts was one of his clerks"), with no comma, other actor or word opening another
        clause (but "and", "but", "to") before the pronoun, or None."""
        if self.lower[i] in OBJECT_PRONOUNS or self.lower[i] in REFLEXIVES or self.lower[i] == "her" and not self.possessive(i):
            return None  # (an object may be anyone's: "Republicans trying to woo them")
        s = self.sent[i]
        for h in reversed(fitting):
            if h.first <= best.first or self.sent[h.first] != s:
                break
            k = self.head_start(h.first)
            if k < h.first:  # and past the place before a title: "and Texas Gov. Rick Perry"
                for _ in range(2):
                    if self.starts_clause(k) or not self.words[k - 1][:1].isupper() or self.gap(k - 1, k) != " ":
                        break
                    k -= 1
            j = h.last + 1
            if self.lower[j] == "of" and self.words[j + 1][:1].isupper():  # past a place: "Flake of Arizona announced"
                j += 2
                while j < i and self.words[j][:1].isupper() and self.gap(j - 1, j) == " ":
                    j += 1
            verb = self.words[j]
            while k > 1 and not self.starts_clause(k) and self.lower[k - 1] in CLAUSE_ADVERBS and self.gap(k - 1, k) == " ":
                k -= 1  # "that perhaps the president wishes he could"
            # (or after a comma: a series of clauses, "Ruiz spoke in Houston, Gov. Jo Platt showed off his aim, and ...")
            if self.starts_clause(k) or self.lower[k - 1] not in JOINING_SUBJECT and self.lower[k - 1] != "that" \
                    and self.gap(k - 1, k).strip() != "," \
                    or self.joins_actors(k - 1) \
                    or i - h.last > 12 or j >= i or not verb.isalpha() or not verb.islower() \
                    or verb in NOT_VERBS or verb in PRONOUNS or bisect_left(self.hit_firsts, i) - bisect_right(self.hit_firsts, h.last) \
                    or any(b in self.gap(h.last, i) for b in CLAUSE_BREAKS) \
                    or any(w in CLAUSE_OPENERS and w not in ("and", "but", "to") for w in self.lower[h.last + 1:i]):
                return None
            return h
        return None

    def gerund_subject(self, best: _Hit, i: int, fitting: list[_Hit]) -> _Hit | None:
        """For a possessive pronoun in a participle's clause, the actor right before the participle
        that is its subject ("in reaction to Jovan Belcher killing the mother of his child",
        "a photo of Obama holding his daughter"): the last fitting actor after ``best`` of the
        sentence, followed at once by a verb in "-ing" and with no comma, quotation or other actor
        before the pronoun, or None."""
        if not self.possessive(i):
            return None
        h = fitting[-1]
        j = h.last + 1
        if h is best or h.first <= best.first or self.sent[h.first] != self.sent[i] or not j < i <= j + 8 \
                or not self.lower[j].endswith("ing") or not self.words[j].islower() \
                or self.lower[j] in NOT_PARTICIPLES or self.gap(h.last, j) != " " \
                or bisect_left(self.hit_firsts, i) != bisect_right(self.hit_firsts, h.last) \
                or any(b in self.gap(h.last, i) for b in CLAUSE_BREAKS) \
                or self.in_quotation(h.first) != self.in_quotation(i):
            return None
        return h

    def object_pronoun(self, i: int) -> bool:
        """Whether pronoun ``i`` is an object: "him", "them", "her" not before its noun ("praised
        her", "told her that"; not "her daughter")."""
        if self.lower[i] != "her":
            return self.lower[i] in OBJECT_PRONOUNS
        if i + 1 >= self.n or not self.same_sentence(i, i + 1):
            return True
        gap = self.gap(i, i + 1)
        if gap == " ":
            return self.lower[i + 1] in NOT_AFTER_HER or self.lower[i + 1] in OBJECT_ENDS
        return any(c in gap for c in ",;:)—–")  # "praised her, and" (not 'her “proudest” vote')

    def possessive(self, i: int) -> bool:
        """Whether pronoun ``i`` is a possessive before its noun: "his", "her application" (not
        "told her that")."""
        w = self.lower[i]
        if w == "his":
            return True
        return w == "her" and i + 1 < self.n and self.same_sentence(i, i + 1) and self.gap(i, i + 1) == " " \
            and self.words[i + 1].isalpha() and self.words[i + 1].islower() and self.lower[i + 1] not in NOT_AFTER_HER

    def reported_subject(self, best: _Hit, i: int, fitting: list[_Hit]) -> _Hit | None:
        """In "X said [that] Y ... he", the subject of the reported clause when the pronoun is in it
        ("The judge said Mr. Obama does have the discretion ... the resources he has"): the first
        fitting actor right after the last verb of saying between X and the pronoun, or None."""
        said = [k for k in range(best.last + 1, i) if self.words[k] in self.index.speech_verbs
                and (self.lower[k] in CLAUSE_VERBS or self.lower[k] in ADDRESSEE_VERBS or "that" in self.lower[k + 1:k + 6])]
        # (a verb of saying that takes no clause is inside the one reported: "reported that Miller
        # urged officials to disregard what he described")
        if not said:
            return None
        start = self.sentence_start(i)
        if self.lower[start] in SUBORDINATORS and start <= best.first and self.phrase_start(i) == i:
            return None  # the pronoun opens the main clause after the one reported: "Though Pence boasted that
            # Trump could act at once, he and House leaders were peppered with questions"
        verb, k = self.lower[said[-1]], said[-1] + 1
        that = next((j for j in range(k, min(k + 5, i)) if self.lower[j] == "that"), -1)
        if that > k and (self.lower[k] not in REPORT_PREPOSITIONS or any(self.covered[j] or self.lower[j] == "," for j in range(k, that))):
            that = -1  # only a phrase of the telling before "that": "said through a spokesman that", "said Monday that"
        if verb in ADDRESSEE_VERBS or verb not in CLAUSE_VERBS and that < 0:
            return None  # whom one tells or blames is no subject: "went to tell Trump he", "blasted McConnell on his show"
        if that >= 0:
            k = that + 1
        starts = {h.first: h for h in fitting if h.last < i and self.sent[h.first] == self.sent[i]}
        h = starts.get(self.past_titles(k, i, starts))  # "said Mr. Obama", "said the president"
        if h is not None and (h.last + 1 < self.n and self.lower[h.last + 1] in ("'s", "’s")
                              or self.char_after(h.last) in ("'", "’")):
            return None  # "criticized Obama's policy ... his campaign", "Jones' rant": a possessor, no subject
        return h

    def closing_speaker(self, i: int, candidates: list[_Hit]) -> _Hit | None:
        """For subject pronoun ``i`` before a verb of saying ("he said", "she added"), the actor the
        sentence before closes with as its speaker (", Cabrera said.", ", spokesman Ian Cabrera
        said." or ", said Cabrera."), or None."""
        if self.lower[i] not in SUBJECT_PRONOUNS:
            return None
        j = self.verb_after(i)
        if j >= self.n or not self.same_sentence(i, j) or self.words[j] not in self.index.speech_verbs:
            return None
        for h in candidates:
            end = self.sentence_end(h.last)
            v = self.verb_after(h.last)
            k = h.first  # past the speaker's title: ", spokesman Ian Cabrera said."
            while h.first - k < 3 and k > 1 and self.same_sentence(k - 1, h.first) and self.gap(k - 1, k) == " " \
                    and (self.words[k - 1] in self.index.title_tokens or self.words[k - 1].isalpha() and self.words[k - 1].islower()):
                k -= 1
            if (v == end or self.closing_phrase(v + 1, end)) and self.words[v] in self.index.speech_verbs \
                    and self.comma_between(k - 1, k):
                return h  # ", Cabrera said.", ", Cabrera said Sunday on CBS."
            if h.last == end and h.first > 0 and self.words[h.first - 1] in self.index.speech_verbs \
                    and self.comma_between(h.first - 2, h.first - 1):
                return h  # ", said Cabrera."
        return None

    def closing_phrase(self, k: int, end: int) -> bool:
        """Whether tokens k..end are a short phrase of time or place after a closing verb of saying,
        with no person and no clause of their own ("Sunday on CBS's Face the Nation", "in an interview";
        not "after Rubio left")."""
        return k <= end and end - k < CLOSING_PHRASE_MAX \
            and (self.lower[k] in SPEECH_TIME_WORDS or self.lower[k] in CLOSING_PREPOSITIONS) \
            and not any(self.lower[m] in PRONOUNS for m in range(k, end + 1)) \
            and not any(self.lower[m] in CLAUSE_OPENERS for m in range(k + 1, end + 1)) \
            and "," not in self.text[self.tokens[k].start:self.tokens[end].start] \
            and not any(self.actor(h.actor).kind == "person" for m in range(k, end + 1) for h in self.hits_at(m))

    def objects_after(self, i: int, starting: dict[int, _Hit]) -> set[str]:
        """The actors named as the object of the verb right after subject pronoun ``i``, whom it
        cannot take up: "he told Mr. Trump", "she thanked the president" (a verb, maybe an honorific,
        a title or "the", then the mention)."""
        k = i + 1
        if k >= self.n or not self.same_sentence(i, k) or not self.words[k].islower() or self.lower[k] in CLAUSE_OPENERS \
                or self.gap(i, k) != " " or self.lower[k] in NO_OBJECT_VERBS:
            return set()  # not "they are the party", "he thinks the administration", "he said Obama"
        if k + 1 >= self.n or self.gap(k, k + 1) not in (" ", ". "):
            return set()  # "As he spoke, Mr. Obama ...": no object
        k = self.past_titles(k + 1, min(i + 5, self.n), starting)
        h = starting.get(k)
        return {h.actor} if h is not None and self.same_sentence(i, k) and self.gap(k - 1, k) in (" ", ". ") else set()

    def named_in_clause_after(self, i: int, hits: list[_Hit]) -> set[str]:
        """The people named after subject pronoun ``i`` in its own clause, whom it cannot take up
        ("He said he was approached by Jacobs", "she said Obama would sign it"): up to the next
        comma, semicolon, colon, bracket or dash; by name, not by a description ("he is the
        president") nor in a name that only qualifies a noun ("Trump officials")."""
        s = self.sent[i]
        out: set[str] = set()
        for h in hits[bisect_right(hits, i, key=lambda h: h.first):]:  # (the hits are in text order)
            if self.sent[h.first] != s or any(c in self.gap(k - 1, k) for k in range(i + 1, h.first + 1) for c in CLAUSE_BREAKS):
                break
            if h.resolution in NAMED_RESOLUTIONS and not self.attributive(h):
                out.add(h.actor)
        return out

    def past_titles(self, k: int, stop: int, starts: dict[int, _Hit]) -> int:
        """The first token from ``k`` (before ``stop``) that is no honorific, title word or "the",
        or that a mention starts at (a role's mention starts at "the": "the president")."""
        while k < stop and k not in starts and (
                self.words[k] in HONORIFIC_GENDER or self.words[k] in self.index.title_tokens or self.lower[k] == "the"):
            k += 1
        return k

    def idiom(self, i: int) -> bool:
        """Whether pronoun ``i`` stands for nobody in a set phrase: "as they say", "as they put it"."""
        return self.lower[i] == "they" and 0 < i < self.n - 1 and self.lower[i - 1] == "as" \
            and self.lower[i + 1] in ("say", "said", "put")

    def body_pronouns(self) -> None:
        """"it" and "its" for an organisation or a country only where the sentence leaves no doubt:
        "it" right after the body's own verb of saying ("The NRA said it would", "Israel says that
        it"), "its" in the clause the body opens as its subject, with no other actor or comma
        between ("The NRA has doubled its spending", "Mexico said its troops")."""
        if self.vocabulary.isdisjoint(("it", "its")):
            return
        ends: dict[int, list[_Hit]] = defaultdict(list)
        over: dict[int, list[_Hit]] = defaultdict(list)  # token -> the hits that cover it
        for h in self.hits:
            if h.resolution != "pronoun":
                ends[h.last].append(h)
                for k in range(h.first, h.last + 1):
                    over[k].append(h)
        firsts = sorted(h.first for h in self.hits)
        for i in range(1, self.n):
            w = self.lower[i]
            if w not in ("it", "its") or self.covered[i] or self.in_quotation(i):
                continue
            if w == "it":
                k = self.saying_verb_before(i)
                nxt = self.lower[i + 1] if i + 1 < self.n and self.same_sentence(i, i + 1) else ""
                if k < 1 or not (nxt in IT_VERBS or nxt.endswith("ed") or nxt in IRREGULAR_PASTS
                                 or len(nxt) > 3 and nxt.endswith("s") and nxt.isalpha() and nxt not in NOT_PRESENT_S):
                    continue  # (not "CNN reported it.")
                if self.expletive(i):
                    continue  # "said it was premature to ..."
                j = k - 1 if k > 1 and self.lower[k - 1] in SPEECH_ADVERBS else k
                found = [h for h in ends.get(j - 1, ()) if self.body(h) and self.gap(h.last, h.last + 1) == " "]
            else:
                lead = self.phrase_start(i)  # the subject: opening the sentence or a phrase, after "But", "The"
                while lead < i and (self.lower[lead] in SENTENCE_LEADS or self.lower[lead] == "the"):
                    lead += 1  # (a phrase may start inside a name: "the Bureau of Alcohol, Tobacco, ...")
                found = [h for h in over.get(lead, ()) if self.body(h) and h.last < i <= h.last + 8
                         and self.acts_next(h.last) and not self.comma_between(h.last, i) and self.same_sentence(h.last, i)
                         and bisect_left(firsts, i) == bisect_right(firsts, h.last)]
            if len({h.actor for h in found}) == 1:
                self.add(i, i, found[0].actor, "pronoun")

    def expletive(self, i: int) -> bool:
        """Whether "it" ``i`` stands for nothing before a copula and a word of judgement ("it was
        premature to", "it is time to", "it would be unlikely that") or before "take" and a span
        of time ("it will take only seconds")."""
        k = i + 1
        while k < self.n and self.lower[k] in ("is", "was", "'s", "’s", "would", "will", "could", "be", "not", "too", "very", "so"):
            k += 1
        if k + 1 < self.n and self.lower[k] in ("take", "takes", "took") and self.same_sentence(i, k + 1) \
                and (self.lower[k + 1] in TIME_SPANS or self.lower[k + 1].isdigit() or self.lower[k + 1] in COUNT_WORDS):
            return True  # "it will take only seconds", "it took years", "it takes two"
        return k > i + 1 and k < self.n and self.lower[k] in EXPLETIVE_WORDS

    def body(self, h: _Hit) -> bool:
        """Whether a mention names an organisation or a country as a body ("the NRA", "Israel"), as
        news calls "it"; not its people ("Republicans", "Israeli officials")."""
        a = self.actor(h.actor)
        return a.kind in ("organisation", "country") and not self.plural_mention(h, a)

    def either_sex(self, i: int) -> bool:
        """Whether pronoun ``i`` is one of a pair of both sexes that stands for anyone: "his or
        her income", "he or she", "him/her"."""
        kind = PRONOUNS[self.lower[i]]
        if kind == "plural":
            return False
        for other in (i - 2, i - 1, i + 1, i + 2):  # "... or ..." two tokens away, ".../..." next to it
            if not 0 <= other < self.n or not self.same_sentence(i, other) \
                    or PRONOUNS.get(self.lower[other]) in (None, kind, "plural"):
                continue
            a, b = min(i, other), max(i, other)
            if self.lower[a + 1] == "or" if b - a == 2 else self.gap(a, b) == "/":
                return True
        return False

    def thing_object(self, i: int) -> bool:
        """Whether "them" ``i`` is the object of a verb whose object is a thing: "ever use them",
        "want Congress to pass them", "do not sell them" (permits, bans, weapons)."""
        return self.lower[i] == "them" and i > 0 and self.lower[i - 1] in THING_VERBS and self.gap(i - 1, i) == " "

    def fits(self, h: _Hit, kind: str) -> bool:
        """Whether the actor of a mention can be what a pronoun of this kind takes up."""
        a = self.actor(h.actor)
        if kind == "plural":
            ok = a.kind == "group" or a.kind in ("organisation", "country") and self.plural_mention(h, a)
        else:
            ok = a.kind == "person" and self.known_gender(h.actor) in (kind, None)
        return ok and not self.attributive(h)

    def known_gender(self, actor_id: str) -> str | None:
        """An actor's gender from the catalog or a given name, else from an honorific or the first he
        or she that took it up here."""
        return self.gender(actor_id) or self.pronoun_gender.get(actor_id)

    def speaker_before(self, i: int, fitting: list[_Hit]) -> _Hit | None:
        """The fitting actor right before a verb of saying that subject pronoun ``i`` follows (maybe
        after "that"): whom "he" takes up in "Trump said he would", "the president saying that
        he was proud", even when someone else opens the sentence, and whose possessive ``i`` is in
        "the judge said in his order"; else None."""
        if not fitting:
            return None
        j = self.speaker_slot(i)
        if j is None:
            return None
        h = next((h for h in reversed(fitting) if h.last == j and self.gap(h.last, j + 1) == " "), None)
        if h is None and self.dash_between(j, j + 1):
            # past an aside between dashes, and a party tag before it: "Sen. Elizabeth Warren, D-Mass. –
            # a possible contender in 2020 – said that she"
            m = j
            while m > 0 and j - m < ASIDE_REACH and self.same_sentence(m - 1, j) and not self.dash_between(m - 1, m):
                m -= 1
            k = m - 1
            if m > 0 and self.dash_between(k, m) and self.same_sentence(k, j):
                h = next((h for h in reversed(fitting) if h.last == k or h.last == k - 1
                          and self.party_tag_after(h.last) is not None), None)
        return h

    def dash_between(self, k: int, m: int) -> bool:
        """Whether a dash stands between tokens ``k`` and ``m``."""
        return DASH_RE.search(self.gap(k, m)) is not None

    def speaker_slot(self, i: int) -> int | None:
        """The token right before the verb of saying (and its auxiliary and phrase of time) that
        subject pronoun ``i`` follows, or that possessive ``i`` follows ("said in his order"): where
        the speaker ``speaker_before`` looks for ends; else None."""
        if self.possessive_after_saying(i):
            k = i - 2
        elif self.lower[i] not in SUBJECT_PRONOUNS:
            return None
        else:
            k = self.saying_verb_before(i)
        if k < 1 or self.comma_between(k - 1, i):
            return None
        if k > 1 and self.lower[k - 1] in SPEAKING_AUXILIARIES:
            k -= 1  # "Trump has said he would", "Republican lawmakers have said they"
        j = k
        while j > 1 and k - j < SPEECH_TIME_REACH and self.lower[j - 1] in SPEECH_TIME_WORDS and self.gap(j - 1, j) == " ":
            j -= 1  # "Mr. Obama earlier this year said he", "Trump on Tuesday said he"
        if j < k and (self.lower[j] not in SPEECH_ADVERBS and self.lower[j] not in TIME_PHRASE_OPENERS
                      or self.lower[k - 1] in TIME_PHRASE_OPENERS):
            j = k  # (a phrase of time as a whole: not "Obama in said", nor "in Iowa")
        return j - 1

    def body_speaking_before(self, i: int) -> _Hit | None:
        """The organisation or country that speaks right before "they" ``i``, maybe with an
        auxiliary ("The White House has argued they", "Israel said they"): its people, not anyone
        named before; else None."""
        if self.lower[i] not in SUBJECT_PRONOUNS:
            return None
        k = self.saying_verb_before(i)
        if k < 2 or self.comma_between(k - 1, i):
            return None
        if self.lower[k] in BODY_SAYS_NOT:
            return None  # "the CDC suggests they monitor themselves": whom it addresses
        j = k - 2 if self.lower[k - 1] in SPEAKING_AUXILIARIES else k - 1
        h = next((h for h in self.hits_at(j, last=True) if h.resolution != "pronoun"), None)
        if h is None or self.gap(j, j + 1) != " " or self.actor(h.actor).kind not in ("organisation", "country") \
                or not self.opens_clause(h.first) \
                or self.joined_to_another(h.first):
            return None  # (not "Democrats in Congress say they", "businesses that supply Magpul say they",
            # "lawmakers and the White House say they")
        return h

    def saying_verb_before(self, i: int) -> int:
        """The verb of saying or thinking right before pronoun ``i``, maybe before "that" ("said he",
        "says that it"), in its sentence; else -1."""
        k = i - 1
        if k > 0 and self.lower[k] == "that":
            k -= 1
        if k < 1 or not (self.words[k] in self.index.speech_verbs or self.words[k] in THINKING) or not self.same_sentence(k, i):
            return -1
        return k

    def unnamed_speaker_before(self, i: int) -> bool:
        """Whether subject pronoun ``i`` follows a verb of saying whose subject is someone an
        indefinite article introduces ("a Trump supporter said he", "another student argued that
        he"): that person, whom no mention names. ("The Delaware Democrat said he" is most often
        the senator the article named.)"""
        k = self.saying_verb_before(i)
        if self.lower[i] not in SUBJECT_PRONOUNS or k < 2 or self.comma_between(max(0, k - 5), i):
            return False
        return self.unnamed_person(k - 1)

    def in_unnamed_relative(self, i: int) -> bool:
        """Whether pronoun ``i`` of one sex is in a relative clause about a person an indefinite
        article introduces and no mention names ("said a senior administration official, who
        previewed the president's speech on the condition that he not be identified"), or in the
        sentence that clause opens ("One DACA recipient who reached out to me is still waiting for
        the renewal he applied for"): that person."""
        if PRONOUNS[self.lower[i]] == "plural":
            return False
        j = i - 1
        while j > 2 and i - j < 25 and self.lower[j] != "who" and self.same_sentence(j, i) and "," not in self.gap(j, j + 1):
            j -= 1
        if self.lower[j] != "who" or not self.same_sentence(j, i) or not self.unnamed_person(j - 1):
            return False
        if self.gap(j - 1, j).strip() == ",":
            return True
        k = self.sentence_start(j)  # (without a comma, only after a subject that opens the sentence)
        return self.gap(j - 1, j) == " " and self.lower[k] in ("a", "an", "one") and j - k <= 5

    def unnamed_person(self, head: int) -> bool:
        """Whether token ``head`` is a person's noun that an indefinite article introduces a few
        words before it in its sentence ("a senior administration official", "a Trump supporter",
        "another student"; not one apposed to a name: "Jim Gruber, an economist")."""
        if self.covered[head] or self.lower[head] not in PERSON_HEADS:
            return False
        return any(self.lower[k] in ("a", "an", "another", "one") and self.same_sentence(k, head)
                   and self.gap(k - 1, k).strip() != "," for k in range(max(1, head - 4), head))

    def possessive_after_saying(self, i: int) -> bool:
        """Whether possessive ``i`` follows a verb of saying and "in" or "on" ("said in his order",
        "wrote on her blog"): the speaker's."""
        return self.lower[i] in ("his", "her") and i > 3 and self.lower[i - 1] in ("in", "on") \
            and self.words[i - 2] in self.index.speech_verbs and self.same_sentence(i - 3, i)

    def unnamed_speakers_own(self, i: int) -> bool:
        """Whether possessive ``i`` follows a verb of saying whose subject is a person no mention
        names ("a spokesman said in his statement", "the official wrote in her letter"): that
        person's."""
        k = i - 2
        return self.possessive_after_saying(i) and not self.covered[k - 1] and self.lower[k - 1] in PERSON_HEADS \
            and self.lower[k - 2] in ("the", "a", "an")

    def unnamed_closing_speaker(self, i: int, kind: str) -> bool:
        """Whether subject pronoun ``i`` speaks ("they said") after a sentence that closes with a
        speaker no mention names (", the analysts said.", ", said a spokesman."): that speaker goes
        on speaking, whoever was named before."""
        j = self.verb_after(i)
        if self.lower[i] not in SUBJECT_PRONOUNS or j >= self.n or not self.same_sentence(i, j) \
                or self.words[j] not in self.index.speech_verbs:
            return False
        start = self.sentence_start(i)
        end = start - 1  # the last word of the sentence before
        if end < 2:
            return False
        verb_last = self.words[end] in self.index.speech_verbs
        last = end - 1 if verb_last else end
        k = last
        while k > 0 and last - k < 4 and (not self.covered[k] or self.lower[k] in DETERMINERS) \
                and self.words[k].isalpha() and self.words[k].islower() \
                and self.same_sentence(k, end) and "," not in self.gap(k - 1, k):
            k -= 1
        if k == 0 or "," not in self.gap(k - 1, k) or not verb_last and (
                self.words[k] not in self.index.speech_verbs or self.lower[k] in ADDRESSEE_VERBS):
            return False  # (", said the analysts.": the verb opens the phrase after the comma; not ", told his son.")
        if (k if verb_last else k + 1) > last:
            return False
        noun = self.lower[last]
        if kind == "plural":
            return noun in IRREGULAR_PLURALS or _plural_form(noun)
        return noun in PERSON_HEADS

    def subject_after_opening(self, i: int, starting: dict[int, _Hit]) -> _Hit | None:
        """The mention right after the comma that closes the phrase a possessive pronoun opens
        its sentence with ("In his remarks Monday, Trump praised ...", "For his part, Schumer ..."),
        or the clause of time or cause a subject pronoun stands in ("When he took office, Obama ...",
        "When asked whether he was surprised, Senate Majority Leader Harry Reid ..."), or None."""
        start = self.sentence_start(i)
        phrase = self.phrase_start(i)
        if phrase != start and self.lower[start] in TIME_OPENERS:
            start = phrase  # after a phrase of time: "On Sunday, in his remarks at the vigil, Obama ..."
        if self.lower[i] in ("his", "her", "their"):
            if not self.opening(start) and not (self.lower[start] == "for" and i == start + 1):
                return None  # (and "For his part, Schumer ...")
        elif self.lower[i] not in ("he", "she") or self.lower[start] not in SUBORDINATORS:
            return None
        if phrase != start or any(start <= k < i for k in starting):
            return None  # (not "Under Jeff Sessions and his successors, ...": the phrase names whose)
        k = bisect_right(self.after_comma, i)  # the first comma after the pronoun, in its sentence
        if k < len(self.after_comma) and self.after_comma[k] <= self.sentence_end(i):
            at = self.after_comma[k]
            h = starting.get(self.past_titles(at, min(at + 5, self.n), starting))
            if h is None or self.attributive(h) or self.lower[h.first - 1] == "the" and self.actor(h.actor).kind == "person":
                return None  # not "..., the Trump DOJ has", "..., the Obama team" ("the Rev. Kevin Ulmet" is)
            return h
        return None

    def same_clause(self, h: _Hit, i: int) -> bool:
        """Whether a mention that opens a clause and pronoun ``i`` a word or two after it stand in
        one clause, the mention its subject: no comma (but one before "who") and no word that opens
        another clause between them ("McCain, who called him"; "Ryan thanked him"; not "Trump
        said Comey told him" for Trump, nor "Crane thanked Rubio for meeting with him")."""
        if not self.same_sentence(h.last, i) or not self.opens_clause(h.first):
            return False
        k = self.head_start(h.first)
        if h.last + 1 < i and k > 0 and self.gap(h.last, h.last + 1) == ", " and self.gap(k - 1, k) == ", " \
                and self.words[k - 1][:1].islower():  # itself an apposition: "Politico's reporter, Manu Raju, cornered him"
            return self.predicate_reaches(h.last + 1, i, after=True)
        j = self.past_apposition(h.last + 1, i)
        if j > h.last + 1:  # (the apposition's closing comma is no break)
            return self.predicate_reaches(j, i, after=True) or self.joined_predicate(h, j, i)
        if j < i and self.lower[j] == "who":
            j += 1
        return self.predicate_reaches(j, i) or self.joined_predicate(h, j, i) or self.participle_predicate(j, i)

    def past_apposition(self, j: int, i: int) -> int:
        """The token after an apposition that opens at ``j`` between commas and closes before token
        ``i`` ("Rep. Jim Jordan, the panel's top Republican, pressed him": "pressed"), else ``j``."""
        if not (0 < j < i and self.gap(j - 1, j) == ", " and self.lower[j] in ("the", "a", "an")):
            return j
        for k in range(j + 1, min(i, j + 9)):
            if "," in self.gap(k - 1, k):
                return k if self.gap(k - 1, k) == ", " else j
        return j

    def predicate_reaches(self, j: int, i: int, after: bool = False) -> bool:
        """Whether pronoun ``i`` stands in the predicate that opens at token ``j``: a word or two
        after it ("thanked him"), or up to four plain words that open with an auxiliary ("would
        work with him", "do hear about them"; not "asked Congress to send him", "accused advocates of asking him"); a
        comma right before ``j`` counts unless ``after``."""
        gap = self.gap(j, i) if after else self.gap(j - 1, i)
        if "," in gap or ";" in gap or any(self.opens_clause_at(k) for k in range(j, i)):
            return False
        return i - j <= 2 or i - j <= 4 and (self.lower[j] in PARTISAN_VERBS or self.lower[j] in MODALS
                                             or self.lower[j] in PLURAL_AUXILIARIES) and all(
            self.words[k].isalpha() and self.words[k].islower() and self.lower[k] != "to" and not self.covered[k] for k in range(j, i))

    def joined_predicate(self, h: _Hit, j: int, i: int) -> bool:
        """Whether pronoun ``i`` is the object of a verb joined by "and" to the predicate of the
        subject ``h`` (its words from ``j``): "Trump met Ryan on Monday and later thanked him", "Murphy
        looked up toward his son - seated in the gallery - and apologized to him" (one clause: no
        comma, no other word that opens a clause, the verb after "and" in the past tense or one of
        saying, and no name between it and the pronoun)."""
        if i - j > 16:
            return False
        joins = [k for k in range(j, i) if self.opens_clause_at(k) and not (k == i - 1 and self.lower[k] == "to")]
        if len(joins) != 1 or self.lower[joins[0]] != "and":
            return False
        if self.breaks_clause(self.gap(j - 1, i).replace(", and ", " and ", 1)):  # (a comma before the "and" only)
            return False
        k = joins[0] + 1
        while k < i and (self.lower[k].endswith("ly") or self.lower[k] in ("later", "then", "also", "again")
                         or self.lower[k] in JOINED_AUXILIARIES):
            k += 1  # "and later thanked him", "and has been giving him", "and may have pre-empted him"
        verb = self.words[k] if k < i else ""
        return verb.islower() and (verb.endswith("ed") or verb in self.index.speech_verbs
                                   or verb.endswith("ing") and self.lower[k - 1] in JOINED_AUXILIARIES) \
            and i - k <= 3 and not any(joins[0] < x.first < i for x in self.hits)

    def participle_predicate(self, j: int, i: int) -> bool:
        """Whether pronoun ``i`` is the object of a participle of what one does to another that,
        after a comma, goes on the predicate opening at token ``j`` (whose subject it is then not):
        "Cruz praised Rubio's efforts on Sunday, calling him an asset" (not "..., saying the senator
        had promised him", nor what the event did: "Trump won here, giving him his only vote")."""
        p = next((k for k in range(i - 1, max(i - 3, j), -1) if self.gap(k - 1, k) == ", "), None)
        if p is None or i - j > 20 or self.words[p] not in ADDRESSING_PARTICIPLES \
                or not all(self.words[k].islower() and self.words[k].isalpha() for k in range(p + 1, i)):
            return False
        return not self.breaks_clause(self.gap(j - 1, p - 1)) and not any(self.opens_clause_at(k) for k in range(j, p))

    @staticmethod
    def breaks_clause(gap: str) -> bool:
        """Whether text between tokens holds punctuation that ends a clause or opens a quotation."""
        return any(c in gap for c in CLAUSE_PUNCTUATION)

    def opens_clause_at(self, k: int) -> bool:
        """Whether the word at token ``k`` opens another clause ("that", "because", "and"), not
        "that" before a time ("met again that same day")."""
        return self.lower[k] in CLAUSE_OPENERS and not (
            self.lower[k] == "that" and k + 1 < self.n and self.lower[k + 1] in THAT_TIMES)

    def head_start(self, first: int) -> int:
        """Where the mention starting at token ``first`` begins with its titles and "the" ("the
        Texas senator", "Sen. Ted Cruz"), within its clause."""
        k = first
        while not self.starts_clause(k) and (self.words[k - 1] in self.index.title_tokens or self.lower[k - 1] == "the"):
            k -= 1
        return k

    def joined_to_another(self, first: int) -> bool:
        """Whether "and" or "or" stands right before the mention starting at ``first`` and its
        titles ("lawmakers and the White House")."""
        k = self.head_start(first)
        return not self.starts_clause(k) and self.lower[k - 1] in ("and", "or")

    def opens_clause(self, first: int) -> bool:
        """Whether the mention starting at token ``first`` (after its title) opens a clause: at the
        start of its sentence or a quotation, after a comma or after a word that opens a clause, or
        after the auxiliary of a question ("What does the president have ...")."""
        k = self.head_start(first)
        return self.starts_clause(k) or self.lower[k - 1] in CLAUSE_OPENERS and self.lower[k - 1] != "to" \
            or self.comma_between(k - 1, k) or self.lower[k - 1] in QUESTION_VERBS \
            and (self.starts_clause(k - 1) or k > 1 and self.lower[k - 2] in WH_WORDS)  # "What does the president have on him?"

    def attributive(self, h: _Hit) -> bool:
        """Whether a mention only qualifies a noun ("the Trump administration's team", "Obama-era
        rules", "a Trump aide") or names an institution ("the administration"): no antecedent for
        a pronoun."""
        if h.span is not None or h.resolution == "compound" or self.lower[h.last] in ATTRIBUTIVE_NOUNS:
            return True  # (nor "the administration", which stands for the president's)
        j = h.last + 1
        if j >= self.n or not self.same_sentence(h.last, j) or not _adjacent(self.text, self.tokens[h.last], self.tokens[j]):
            return False
        if self.words[j] in FOLLOWER_NOUNS:  # "a Trump aide", not "Trump aide Hope Hicks"
            return h.first > 0 and self.lower[h.first - 1] in ("a", "an", "the", "another") \
                and not (j + 1 < self.n and self.words[j + 1][:1].isupper() and self.same_sentence(j, j + 1))
        return self.words[j] in ATTRIBUTIVE_NOUNS

    def layout(self, hits: list[_Hit]) -> None:
        """Where the hits start, in order: what the pronoun rules look up (``rank`` ... need it)."""
        self.hit_firsts = [h.first for h in hits]
        self.hits_in_order = hits

    @cached_property
    def sentence_starts(self) -> list[int]:
        """The first token of every sentence, in order (``sentence_start`` looks them up)."""
        sent = self.sent
        return [0] + [k for k in range(1, self.n) if sent[k] != sent[k - 1]]

    @cached_property
    def after_comma(self) -> list[int]:
        """The tokens a comma stands right before, in order (``comma_between`` looks them up)."""
        token_starts = [t.start for t in self.tokens]
        after = {bisect_right(token_starts, m.start()) for m in _COMMA_RE.finditer(self.text)}
        return sorted(k for k in after if 0 < k < self.n)

    def opening(self, k: int) -> bool:
        """Whether token ``k`` opens a prepositional phrase ("In ...", "Like ...", "As for ...") or
        a passive participle's that opens the sentence ("Accompanied by ...", "Flanked by ...";
        not one after the subject: "The boy, identified by officials as ...")."""
        if k + 1 < self.n and self.lower[k + 1] == "by" and self.words[k].isalpha() and k == self.sentence_start(k) \
                and (self.lower[k].endswith("ed") or self.lower[k] in IRREGULAR_PARTICIPLES):
            return True
        return self.lower[k] in OPENING_WORDS or self.lower[k] == "as" and k + 1 < self.n \
            and self.words[k + 1].islower() and self.lower[k + 1] not in PRONOUNS \
            and self.lower[k + 1] not in ("it", "we", "you")  # "As for ...", "As one of the responders ..."
            # (not a clause: "As Obama gets ready ...", "As he approaches ...")

    def sentence_start(self, i: int) -> int:
        return self.sentence_starts[bisect_right(self.sentence_starts, i) - 1]

    def sentence_end(self, i: int) -> int:
        k = bisect_right(self.sentence_starts, i)
        return self.sentence_starts[k] - 1 if k < len(self.sentence_starts) else self.n - 1

    def phrase_start(self, i: int) -> int:
        """Where the comma-separated phrase token ``i`` is in starts, within its sentence."""
        k = bisect_right(self.after_comma, i)
        return max(self.sentence_start(i), self.after_comma[k - 1] if k else 0)

    def comma_between(self, a: int, b: int) -> bool:
        """Whether a comma stands between tokens ``a`` and ``b`` (a < b)."""
        return bisect_right(self.after_comma, b) > bisect_right(self.after_comma, a)

    def rank(self, h: _Hit, i: int) -> int:
        """How a fitting actor of the nearest sentence ranks as the antecedent of pronoun ``i``:
        0 when the pronoun is in a relative clause about it, before any comma or other actor and
        not its object ("Tom Price, who resigned amid a scandal over his ..."), 2 inside a phrase before a comma that opens with a preposition
        ("Like Walker, ...", "In an interview with Jane Pauley, ..."; not a possessive, "During
        Anton's appearance, ...") or one whose spokesman or aide is named right after it ("Obama
        spokesman Jay Carney"), else 1."""
        j = h.last + 1
        if j + 1 < i and self.lower[j] == "who" and self.lower[i] not in ("him", "them") and self.same_sentence(j, i) \
                and self.gap(h.last, j).strip() in ("", ",", "(") \
                and not self.comma_between(j, i) and bisect_right(self.hit_firsts, j) == bisect_left(self.hit_firsts, i) \
                and not (PRONOUNS[self.lower[i]] == "plural" and self.joins_actors(self.head_start(h.first) - 1)):
            return 0  # not "McCain, who called him ...", nor past the clause or another actor (nor the second
            # of two the clause is about: "four Democrats and four Republicans, who ..., said they")
        if j + 1 < self.n and self.lower[j] in OWNED_PEOPLE and self.words[j].islower() and self.covered[j + 1] \
                and self.gap(h.last, j) == " " and self.gap(j, j + 1) == " ":
            return 2  # one whose spokesman or aide is named after it: "Obama spokesman Jay Carney said ..., but he"
        start = self.phrase_start(h.first)  # the phrase the actor is in opens after the last comma before it
        if start < h.first and self.opening(start) and self.comma_between(h.last, self.sentence_end(h.last)) \
                and (h.last + 1 >= self.n or self.lower[h.last + 1] not in ("'s", "’s")):
            return 2
        if start < h.first and start == self.sentence_start(h.first) and self.participle_opens(start) \
                and self.sent[h.first] == self.sent[i] and self.comma_between(h.last, i):
            return 2  # and so is the main clause's own pronoun: "Reacting to Rubio's letter, Leahy said his panel ..."
        if start < h.first and start == self.sentence_start(h.first) and self.sent[h.first] < self.sent[i] \
                and self.comma_between(h.last, self.sentence_end(h.last)) \
                and (self.participle_opens(start)
                     or (self.subordinate_opens(start) or self.opening(start)) and self.named_after_clause(h.last)):
            return 2  # "Echoing Trump's words, Miller told ...", "When Trump took office, Miller was ...",
            # "Last year when Obama returned ..., Gross was ...",
            # "Instead of repealing Obama's law, Cruz argued ...":
            # a later sentence goes on with Miller (but "If Heller backs it, he parts ways with Sandoval")
        return 1

    def subordinate_opens(self, k: int) -> bool:
        """Whether a subordinate clause opens at token ``k``, maybe after up to three words of time
        ("When Trump took office", "Last year when", "Two days after", "Shortly before")."""
        for j in range(k, min(k + 4, self.n)):
            if self.lower[j] in SUBORDINATORS:
                return True
            if (j > k and (self.gap(j - 1, j) != " " or not self.words[j].islower())) or self.covered[j] \
                    or not self.words[j].isalnum():
                return False
        return False

    def named_after_clause(self, k: int) -> bool:
        """Whether a mention opens what follows the first comma after token ``k`` in its sentence,
        past titles and "the": the subject of the main clause after an opening clause ("When asked
        about it, Sen. Elizabeth Warren said")."""
        c = bisect_right(self.after_comma, k)
        if c == len(self.after_comma) or self.after_comma[c] > self.sentence_end(k):
            return False
        at = self.after_comma[c]
        while at < self.n and (self.words[at] in HONORIFIC_GENDER or self.words[at] in self.index.title_tokens
                               or self.lower[at] == "the"):
            at += 1
        f = bisect_left(self.hit_firsts, at)
        return f < len(self.hit_firsts) and self.hit_firsts[f] <= at

    def after_opening_phrase(self, i: int) -> bool:
        """Whether subject pronoun ``i`` opens the main clause right after a short phrase of time or
        place that opens its sentence, with its one comma, and names no one ("At the end of the
        interview, he ...", "On Monday, she ..."): the sentence is as good as opened by the pronoun."""
        start = self.sentence_start(i)
        return start < i - 1 and i - start <= OPENING_PHRASE_MAX and self.lower[i] in SUBJECT_PRONOUNS \
            and self.lower[start] in OPENING_PREPOSITIONS and self.gap(i - 1, i).strip() == "," \
            and not self.comma_between(start, i - 1) \
            and bisect_left(self.hit_firsts, start) == bisect_left(self.hit_firsts, i) \
            and not any(self.lower[k] in PRONOUNS for k in range(start, i))

    def after_opening_participle(self, i: int) -> bool:
        """Whether token ``i`` opens the main clause right after a participle phrase that opens its
        sentence ("Asked about the plan, he ...", "Echoing Cruz, he ...", "After meeting Cruz, he ...")."""
        start = self.sentence_start(i)
        return start < i - 1 and self.phrase_start(i) == i and (self.participle_opens(start) or start + 1 < i - 1 and (
            self.lower[start] in PARTICIPLE_LEADS and len(self.lower[start + 1]) > 4 and self.lower[start + 1].endswith("ing"))) \
            and self.gap(i - 1, i).strip() == "," and not self.comma_between(start, i - 1)  # (its one comma)

    def participle_opens(self, k: int) -> bool:
        """Whether token ``k`` opens its sentence with a participle ("Echoing ...", "Asked about ...")."""
        w = self.lower[k]
        return w == "asked" or len(w) > 5 and w.endswith("ing") and w not in NOT_PARTICIPLES

    def subject_goes_on(self, h: _Hit, i: int) -> bool:
        """Whether pronoun ``i`` opens the sentence after the one that opens with ``h``: "Israeli
        officials share these concerns. They have indicated ..." (the subject goes on, whatever
        plural nouns stand between)."""
        start = self.sentence_start(i)
        if self.sent[h.first] != self.sent[i] - 1 or any(self.lower[k] not in SENTENCE_LEADS for k in range(start, i)):
            return False
        j = h.last + 1
        if j + 1 < self.n and self.lower[j] in ("and", "or") and self.covered[j + 1] and self.same_sentence(h.last, j + 1):
            return False  # two together: "Republicans and Democrats agree ... But they" are both
        return all(self.lower[k] in SENTENCE_LEADS or self.lower[k] in PLURAL_CUES
                   for k in range(self.sentence_start(h.first), h.first))

    def plural_noun_between(self, j: int, i: int) -> bool:
        """Whether a plural noun that is no actor stands between tokens ``j`` and ``i``: "Americans
        lost their plans, and they ..." (the plans, not the Americans)."""
        lower, covered = self.lower, self.covered
        for k in range(j, i):
            w = lower[k]
            if k > 0 and self.sent[k - 1] != self.sent[k] and w not in SUBORDINATORS and w != "that" \
                    and "others" not in lower[k:k + 2] and self.plural_subject_at(k, i):
                return True  # a sentence whose subject is a plural noun: "Immigrant-rights groups were furious
                # ..., and some also said they" (not in an opening clause: "That high deductibles are good,
                # they forgot?"; nor others, who speak of someone: "Still others have contended that ...")
            if k > 0 and self.sent[k - 1] != self.sent[k] and w in QUESTION_VERBS and k + 2 < i and not covered[k + 1] \
                    and self.words[k + 1] == lower[k + 1] and self.plural_noun(lower[k + 1]) and self.words[k + 2].islower():
                return True  # a question's plural subject after its auxiliary: "Will businesses be able ... whether they"
            if not covered[k] and self.words[k] != w and self.plural_noun(w) and self.starts_clause(k) and k + 1 < i \
                    and self.words[k + 1].isalpha() and self.words[k + 1].islower() \
                    and self.lower[k + 1] not in OBJECT_ENDS and self.lower[k + 1] not in ("of", "and", "or"):
                return True  # a plural opening a sentence before its verb: "Officials said in a post they ...",
                # "Independents swing toward Republicans ... which they" (not the actor named before)
            if w == "those" and not covered[k] and k + 1 < i and lower[k + 1] in THOSE_AFTER \
                    and (self.same_sentence(k, i) or self.starts_clause(k)) \
                    and not (k > 0 and (lower[k - 1] in SUBSET_CUES or self.gap(k - 1, k).strip() in ("—", "–", "--"))):
                return True  # people described: "those with a break in coverage", "those who" (not a part of
                # the actor's own: "Democratic lawmakers — particularly those on the House side — ...")
            if covered[k] or self.words[k] != w:
                continue
            if w in IRREGULAR_PLURALS or k > 0 and lower[k - 1] == "those" and w.endswith("ed") and not covered[k - 1]:
                return True  # (and people described: "those surveyed", "those affected")
            if w == "and" and k < i - 1 and self.joins_actors(k, nouns=True):
                return True  # two together: "Gaby and Tesla", "Democrats and Republicans", "the insurer and Aetna"
            if _plural_form(w) and w.replace("-", "").isalpha():  # (hyphened too: "non-members")
                before = lower[k - 1] if k > 0 else ""
                if k > 0 and covered[k - 1] and not (k - 1 in self.passed and self.people_plural(w)) \
                        and (before not in DETERMINERS or not (self.people_plural(w) or w in FOLLOWER_NOUNS)):
                    continue  # the head of an actor's mention: "NRA leaders", or a thing of a pronoun's: "his
                    # remarks" (but people of a pronoun's stand between: "Perry and his colleagues say they",
                    # and so do people named for a place or a thing: "Silicon Valley donors")
                if before in PLURAL_CUES or before in PREPOSITIONS or before.isdigit() \
                        or before in ("are", "were", "aren't", "weren't") and lower[k - 2] == "there" \
                        or k + 1 < i and lower[k + 1] in ("who", "who've", "who’ve", "whose") \
                        or k + 2 < i and self.opens_plural_clause(k) \
                        or self.says_pronoun(k, i) \
                        or k > 1 and lower[k - 2] in PLURAL_CUES and before.isalpha() and not before.endswith("s") \
                        or lower[i] == "them" and (self.people_before_them(k, i)
                                                   or self.thing_before_them(k) and not self.them_takes_people(k, i)):
                    return True  # "the plans", "two states", "between nativists", "activists who", "when voters
                    # defied ...", "that after a life of work, seniors would ...", "at which migrants must",
                    # "that state exchanges would"; people before "them" in its sentence ("giving
                    # undocumented immigrants legal status, but not allow them")
        return False

    def people_before_them(self, k: int, i: int) -> bool:
        """Whether the plural at token ``k`` names people who "them" at ``i`` in its sentence may
        be ("giving undocumented immigrants legal status, but not allow them"): not a predicate
        ("labeling Democrats as socialists", "to become citizens"), a body's members ("members of
        Congress"; but "staffers of Michael Bloomberg" are others) nor a verb after its subject
        ("he wants", "Trump wants")."""
        if not self.same_sentence(k, i) or not self.people_plural(self.lower[k]):
            return False
        before = self.lower[k - 1] if k > 0 else ""
        return not (before in PREDICATE_OPENERS or before in SUBJECT_PRONOUNS or before in ("who", "that")
                    or k > 0 and self.covered[k - 1]
                    or k + 2 < self.n and self.lower[k + 1] == "of" and self.body_hit_at(k + 2))

    def them_takes_people(self, k: int, i: int) -> bool:
        """Whether the word before "them" at token ``i`` takes people rather than the things named at
        token ``k`` ("warning them", "offer them anything"; "battling both of them", unless the
        things stand right before: "weapons buyback: all of them")."""
        before = self.lower[i - 1] if i > 0 else ""
        return before in PEOPLE_OBJECT_WORDS \
            or before == "of" and i > 1 and self.lower[i - 2] in PARTITIVE_PEOPLE and i - k > PARTITIVE_THING_REACH

    def thing_before_them(self, k: int) -> bool:
        """Whether the plural at token ``k`` names things "them" may be ("mass shootings ...
        prevent them", "the reforms ... eliminate them"), not a verb after its subject ("he
        plans", "Trump votes")."""
        before = self.lower[k - 1] if k > 0 else ""
        return self.lower[k] in THEM_THINGS and not (before in SUBJECT_PRONOUNS or before in ("who", "that", "which")
                                                     or k > 0 and self.covered[k - 1])

    def opens_plural_clause(self, k: int) -> bool:
        """Whether the plural noun at token ``k``, its verb next, is the subject of a clause: after
        a word opening a clause ("when voters defied", "at which migrants must"), or one word after
        one ("that state exchanges would"), or after a comma ("..., seniors would"; not a source
        named after what it says: ", aides say.")."""
        lower, before = self.lower, self.lower[k - 1]
        if before in SUBORDINATORS or before in CLAUSE_LINKS:
            opens = True
        elif self.gap(k - 1, k) == ", ":
            opens = not self.attribution_closes(k + 1)
        else:
            opens = k > 1 and (lower[k - 2] in SUBORDINATORS or lower[k - 2] in CLAUSE_LINKS) and not self.starts_clause(k - 2) \
                and self.words[k - 1] == before and before.isalpha() and not self.covered[k - 1]
        return opens and self.plural_verb(k + 1)

    def attribution_closes(self, k: int) -> bool:
        """Whether the verb of saying at token ``k`` closes a sentence or a clause: a source named
        after what it says (", aides say.", ", officials said,"), no subject of a clause going on."""
        return self.words[k] in self.index.speech_verbs \
            and self.char_after(k) in (".", ",", ";")

    def joins_actors(self, k: int, nouns: bool = False) -> bool:
        """Whether "and" (or "or") at token ``k``, or a number right after one, joins an actor before it
        to one after it: "Democrats and Republicans", "four Democrats and four Republicans" (with
        ``nouns``, a noun after a determiner before it too: "the insurer and Aetna")."""
        lower, covered = self.lower, self.covered
        if 0 < k and lower[k] not in ("and", "or") and (lower[k].isdigit() or lower[k] in COUNT_WORDS):
            k -= 1  # (the number of the actor after)
        if not 0 < k < self.n - 1 or lower[k] not in ("and", "or"):
            return False
        after = k + 2 if lower[k + 1].isdigit() or lower[k + 1] in COUNT_WORDS else k + 1
        f = after
        while f < min(self.n - 1, after + 4) and not covered[f] and self.words[f] in self.index.title_tokens \
                and self.words[f][:1].isupper():
            f += 1  # titles before the second: "and House Minority Leader Nancy Pelosi"
        if f < self.n and covered[f]:
            after = f
        if after >= self.n or not covered[after] or not self.words[after][:1].isupper() or not self.same_sentence(k - 1, after):
            return False
        before = k - 1
        for b in (k - 1, k - 2):  # a party tag after the first: "Chuck Schumer, D-N.Y., and", "(R-Ariz.) and"
            if b > 0 and _PARTY_TAG_RE.match(self.words[b]) and self.same_sentence(b, k):
                before = b - 1
        return covered[before] or nouns and k > 1 and lower[k - 2] in DETERMINERS and self.words[k - 1] == lower[k - 1]

    def opens_sentence(self, i: int) -> bool:
        """Whether token ``i`` opens its sentence, after words that may lead a subject ("But they")."""
        return all(self.lower[k] in SENTENCE_LEADS for k in range(self.sentence_start(i), i))

    def plural_subject_before(self, i: int) -> bool:
        """Whether "they" ``i`` goes on with what a plural noun opens a clause with, rather than with
        an actor named before: after ", but" (", and", ...) or ", arguing" the subject of its own
        sentence ("The cancellations will not affect most Americans, but they could hurt ...",
        "Twenty-five states joined Texas in suing, arguing they would ..."); opening its sentence,
        the subject of the sentence before ("Immigrant rights groups cheered ... that Republicans can
        compete. They compared ..."), also of its main clause after an opening one."""
        start = self.sentence_start(i)
        if i > start + 1 and self.lower[i - 1] in ("but", "and", "so", "yet") and self.gap(i - 2, i - 1).strip() in (",", ";"):
            return self.plural_subject_at(start, i - 1)
        v = i - 2 if i > 1 and self.lower[i - 1] == "that" else i - 1
        if v > start and self.lower[i] in SUBJECT_PRONOUNS and self.gap(v - 1, v).strip() == "," and self.lower[v].endswith("ing") \
                and (self.words[v] in self.index.speech_verbs or self.lower[v] in BELIEVING):
            return self.plural_subject_at(start, v)
        if start == 0 or not self.opens_sentence(i):
            return False
        before = self.sentence_start(start - 1)
        if self.plural_subject_at(before, start - 1) or self.two_people_open(before):
            return True
        if self.lower[before] in SUBORDINATORS:  # the main clause's, after an opening one ("Although the
            # judge gave no hint, administration supporters fear the worst. They point to ...")
            c = next((k for k in range(before + 1, start) if self.gap(k - 1, k).strip() == ","), None)
            return c is not None and self.plural_subject_at(c, start - 1)
        return False

    def two_people_open(self, start: int) -> bool:
        """Whether two people joined by "and" open the sentence at token ``start``, with their titles
        and what they are between commas ("Rep. Will Hurd, Texas Republican, and Rep. Pete Aguilar,
        California Democrat, said ..."): the subject "they" goes on with in the next sentence."""
        f = bisect_left(self.hit_firsts, start)
        if f == len(self.hits_in_order) or self.head_start(self.hits_in_order[f].first) != start \
                or self.actor(self.hits_in_order[f].actor).kind != "person":
            return False
        k = self.hits_in_order[f].last + 1
        for h in self.hits_in_order[f + 1:f + 4]:
            j = self.head_start(h.first)
            if j - 1 < k or self.lower[j - 1] != "and" or not self.same_sentence(k, j):
                continue
            if all(self.covered[m] or self.words[m][:1].isupper() for m in range(k, j - 1)):
                return self.actor(h.actor).kind == "person"
        return False

    def plural_subject_at(self, start: int, end: int) -> bool:
        """Whether a plural noun that is no actor opens the words from ``start`` to ``end`` as the
        subject of the verb after it ("Insurers' exits ... mean", "Immigrant rights groups cheered")."""
        owner = self.possessor_at(start)
        if owner is not None:
            start = owner  # past a possessor: "Rubio's claims are true"
        for k in range(start, min(start + 5, end)):
            nxt = self.words[k + 1]
            if self.covered[k] or not (nxt.islower() or nxt in self.index.demonym_words or nxt in PEOPLE_PREFIXES):
                return False  # (an actor opens it; not a people's adjective: "Many Latin American newspapers")
            w = self.lower[k]
            if (w in GROUP_NOUNS or self.plural_noun(w)) and self.words[k] == w and self.gap(k, k + 1) == " " \
                    and self.plural_verb(k + 1):
                return True
            if k == start and self.plural_noun(w) and self.words[k] == w.capitalize() and w not in self.index.first_names \
                    and self.lower[k + 1] == "of" and self.gap(k, k + 1) == " " and k + 3 < self.n \
                    and not self.covered[k + 3 if self.lower[k + 2] == "the" else k + 2]:
                return True  # a plural noun opening the sentence: "Critics of the strategy, including ..., warn"
                # (not an actor's own: "Members of Congress", "Members of the court's conservative wing")
        return False

    def possessor_at(self, k: int) -> int | None:
        """Where the noun after a mention's possessive that opens at token ``k``, past words that
        lead a sentence, begins ("So Rubio's claims": "claims"), or None."""
        while k < self.n and self.lower[k] in SENTENCE_LEADS and not self.covered[k]:
            k += 1
        f = bisect_left(self.hit_firsts, k)
        if f == len(self.hit_firsts) or self.hit_firsts[f] != k:
            return None
        j = self.hits_in_order[f].last + 1
        return j + 1 if j + 1 < self.n and self.lower[j] in ("'s", "’s") and self.same_sentence(k, j + 1) else None

    def plural_noun(self, w: str) -> bool:
        """Whether the lower-case word ``w`` is an English plural noun ("officials", "plans", "people")."""
        return w in IRREGULAR_PLURALS or _plural_form(w) and w in self.index.english

    def plural_verb(self, k: int) -> bool:
        """Whether token ``k`` can be the verb of a plural subject before it ("said", "cheered", "are",
        "fear")."""
        w = self.lower[k]
        return self.words[k] in self.index.speech_verbs or w in PLURAL_AUXILIARIES or w in BELIEVING \
            or len(w) > 3 and w.endswith("ed") and w.isalpha()

    def says_pronoun(self, k: int, i: int) -> bool:
        """Whether people noun ``k`` is the subject of a verb of saying or thinking whose clause
        pronoun ``i`` opens: "Hispanic voters say they", "the lawmakers argued that they",
        "activists believe they're", "the leaders have said they"."""
        v = self.verb_after(k)
        if v + 1 < i and self.lower[v] in PLURAL_AUXILIARIES:
            v += 1  # "the leaders have said they"
        return v < i and (self.words[v] in self.index.speech_verbs or self.lower[v] in BELIEVING) \
            and self.gap(k, k + 1) == " " and (i == v + 1 or i == v + 2 and self.lower[v + 1] == "that") \
            and self.people_plural(self.lower[k])

    def people_plural(self, w: str) -> bool:
        """Whether plural noun ``w`` names people ("voters", "activists", "residents"), not things
        that speak for them ("rules", "arguments", "actions")."""
        return w in self.index.people_nouns or w in self.index.plural_heads \
            or w.endswith(PEOPLE_PLURAL_ENDS) and not w.endswith("ments") and w not in THING_PLURALS

    def plural_mention(self, h: _Hit, actor: Actor) -> bool:
        """Whether a mention of an organisation or a country names people in the plural, as "they"
        takes up ("Republicans", "Israeli officials", "Members of the Freedom Caucus" or "Some
        members of Congress" opening a sentence), not the body itself ("the Senate", "CNN", "the
        United States", "Hamas"), which news calls "it"."""
        last = self.lower[h.last]
        if last.endswith("s") and not last.endswith(("'s", "’s")) and not self.words[h.last].isupper() \
                and last not in actor.name.lower().split():  # not "the US", "the IRS", "the United States"
            return True
        last = h.last  # the body's people: "US officials", "Hamas fighters" (not "(CNN) - Members")
        if last + 2 < self.n and self.gap(last, last + 1) == " (" \
                and self.gap(last + 1, last + 2) == ") " and self.covered[last + 1]:
            last += 1  # its acronym between: "Department of Health and Human Services (HHS) officials"
        nxt = last + 1
        if nxt < self.n and self.same_sentence(h.last, nxt) and self.lower[nxt] in self.index.plural_heads \
                and (last > h.last or _adjacent(self.text, self.tokens[last], self.tokens[nxt])):
            return True
        k = h.first - 2 if h.first > 1 and self.lower[h.first - 1] == "the" else h.first - 1
        if not (k > 0 and self.lower[k] == "of" and self.lower[k - 1] in self.index.plural_heads):
            return False
        opener = k - 2 if k > 1 and (self.lower[k - 2] in PLURAL_CUES or self.lower[k - 2].isdigit()) else k - 1
        return self.starts_clause(opener) and self.words[opener][0].isupper()  # its people opening the sentence

    def framing_quote_dropped(self, i: int, fitting: list[_Hit]) -> list[_Hit]:
        """For a speaking pronoun after a quotation ('... "...," he said'), the fitting actors
        without those its own sentence names before the quotation, when the sentence before closes
        with a speaker: what frames the quotation is said by that speaker ('"...," Schumer said.
        If Trump "wants a shutdown, that is his decision," he said.': Schumer), unless the actor
        speaks there ('Reid agreed: "...," he said')."""
        s = self.sent[i]
        mine = [h for h in fitting if self.sent[h.first] == s]
        if not mine or self.closing_speaker(i, [h for h in fitting if self.sent[h.first] == s - 1]) is None:
            return fitting
        speaking = {h.actor for h in mine if h.last + 1 < i and (
            self.words[self.verb_after(h.last)] in self.index.speech_verbs
            or ":" in self.text[self.tokens[h.last].end:self.tokens[min(h.last + 3, i)].start])}
        return [h for h in fitting if self.sent[h.first] != s or h.actor in speaking]

    def quote_said(self, i: int) -> tuple[int, int] | None:
        """The quotation that pronoun ``i`` (outside quotation marks) says, when the pronoun follows
        its closing mark and a speech verb follows the pronoun ('"...," he said'), else None."""
        if i + 1 >= self.n or self.words[i + 1] not in self.index.speech_verbs or not self.same_sentence(i, i + 1):
            return None
        at = self.tokens[i].start
        k = self.last_quote(at)
        return self.quoted[k] if k >= 0 and not self.text[self.quoted[k][1]:at].strip(" ,”\"") else None

    def in_quotation(self, i: int, longer_than: int = -1) -> bool:
        """Whether token ``i`` stands inside quotation marks (of a quotation longer than
        ``longer_than`` characters)."""
        at = self.tokens[i].start
        k = self.last_quote(at)
        return k >= 0 and at < self.quoted[k][1] and self.quoted[k][1] - self.quoted[k][0] > longer_than

    def past_quoted_sentences(self, i: int) -> int:
        """Token ``i``, or, when the sentences right before its own stand wholly inside quotation
        marks (a speaker's words going on: '"...," Trump said. "So we ... . But you know what? ... ."
        He later said'), the first token of the first of them, up to QUOTED_SENTENCES back: a
        pronoun's reach counts them as one sentence."""
        quoted, tokens = self.quoted, self.tokens
        k = self.sentence_start(i)
        first = i
        for _ in range(QUOTED_SENTENCES):
            if k == 0:
                break
            before = self.sentence_start(k - 1)
            q = self.last_quote(tokens[k - 1].start)
            if q < 0 or quoted[q][0] > tokens[before].end or quoted[q][1] < tokens[k - 1].start:
                break
            first = k = before
        return first

    def in_long_quotation(self, i: int) -> bool:
        """Whether token ``i`` stands inside words someone said, not a name or a phrase in
        quotation marks ("the “Gang of Eight”")."""
        return self.in_quotation(i, LONG_QUOTATION)

    def last_quote(self, at: int) -> int:
        """Index of the last quotation opening at or before character ``at``, or -1."""
        return bisect_right(self.quoted, (at, len(self.text))) - 1

    @cached_property
    def quoted(self) -> list[tuple[int, int]]:
        """Character spans inside quotation marks: a pronoun there is the speaker's, not the narrator's."""
        spans = []
        start = None
        for m in _QUOTE_RE.finditer(self.text):
            ch = m.group()
            if ch == "\n":
                start = None
            elif start is None and (ch in "“\"" or mistyped_open(self.text, m.start())):
                start = m.end()
            elif start is not None and ch in "”\"":
                spans.append((start, m.start()))
                start = None
        if start is not None:
            spans.append((start, len(self.text)))
        return spans

    # -- names nobody was found for, for curation ---------------------------------------------
    def ends_party_tag(self, i: int) -> bool:
        """Whether token ``i`` is the rest of a state or city in a party tag: "York" of "D-New York",
        "Angeles" of "D-Los Angeles"."""
        return i > 0 and bool(_PARTY_TAG_RE.match(self.words[i - 1])) and (
            self.words[i - 1][2:] in STATE_OPENERS or self.gap(i - 1, i) == " " and self.words[i - 1][2:] in CITY_OPENERS)

    def rest_of_name(self, i: int) -> bool:
        """Whether token ``i`` goes on a name that began before it and was claimed or ruled out
        there: "Marathon" of "Boston Marathon", "Liberty" of "Statue of Liberty", "Job Approval" of
        "Obama Job Approval". Not after a title ("Senator Smith"), a catalog form refused there
        ("Marshall Williams") nor an ordinary word that opens the sentence ("Jane Doe said": "Doe"
        is still listed)."""
        j = i - 1
        if j > 0 and self.words[j] == "of":
            j -= 1  # "Statue of Liberty"
        elif j > 1 and self.words[j] == "the" and self.words[j - 1] == "of":
            j -= 2  # "Little Sisters of the Poor"
        if j < 0 or not self.same_sentence(j, i) \
                or not all(self.joined(k, k + 1) for k in range(j, i)):
            return False
        word = self.words[j]
        if not word[:1].isupper() or word in self.index.title_tokens:
            return False
        if self.covered[j]:  # by an actor or a phrase naming nobody ("Boston"), but a person's
            return j == i - 1 or not self.person_at(j)  # affiliation is a name of its own: "Andrew Papachristos of Yale"
        return self.words[j] not in self.index.one_word_forms and self.same_sentence(j - 1, j)  # ("Marshall Williams")

    def unresolved(self) -> list[str]:
        """Capitalised names in running text that no actor claimed ("Winner", "Mrs. Clinton"); not a
        family called by its surname ("the Obamas") nor a court case's name ("the Flores settlement
        ... under Flores")."""
        out = []
        i = 0
        while i < self.n:
            starts = i > 0 and self.same_sentence(i - 1, i)  # not the first word of a sentence
            if not starts or self.no_name_at(i) or self.words[i] in self.index.forms or _describes(self.words[i]) \
                    or self.ends_party_tag(i) or self.rest_of_name(i):
                i += 1
                continue
            run = self.name_run(i)
            if run and not self.ordinary(i, run) \
                    and not (run == 1 and (self.words[i] in LONE_NOT_NAME or self.family(i) or self.words[i] in self.case_words)) \
                    and not (run == 1 and self.starts_clause(i) and self.lower[i] in self.index.english) \
                    and not self.names_nothing(i, run) and not (self.quoted and self.in_quoted_title(i)):
                out.append(self.text[self.tokens[i].start:self.tokens[i + run - 1].end])  # (not "the Administration",
                # "Texans", a law, a county, a credit, a quoted title or an English word opening a quotation:
                # "“Tell them ...")
            i += max(run, 1)
        return out

    # -- 8. fold titles and country words into a person's mention, a country into an organisation's
    # name ("U.S. District Court") ----------------------------------------------------------------
    def absorbed(self) -> set[int]:
        kinds = {h.actor: self.actor(h.actor).kind for h in self.hits}
        gone: set[int] = set()
        hit_ending = {h.last: h for h in self.hits}
        for h in self.hits:
            if kinds[h.actor] == "organisation" and h.resolution == "discovered" and h.first > 0:
                prev = hit_ending.get(h.first - 1)  # "U.S. District Court": a court, not the country
                if prev is not None and kinds[prev.actor] == "country" and prev.first == prev.last \
                        and self.same_sentence(prev.last, h.first) \
                        and _adjacent(self.text, self.tokens[prev.last], self.tokens[h.first]):
                    gone.add(id(prev))
                    h.first = prev.first  # the mention reads "U.S. District Court"
                continue
            if kinds[h.actor] != "person" or h.resolution in ("pronoun", "role"):
                continue
            j = h.first
            while j > 0 and self.sent[j - 1] == self.sent[h.first] and self.words[j - 1] in self.index.title_tokens:
                prev = hit_ending.get(j - 1)
                if prev is not None and prev is not h and prev.resolution == "demonym":
                    j = prev.first  # a demonym phrase made of title words: "Israeli Prime Minister"
                    gone.add(id(prev))
                    continue
                j -= 1
            if j < h.first:
                prev = hit_ending.get(j - 1)
                if prev is not None and kinds[prev.actor] == "country" and self.sent[j - 1] == self.sent[h.first]:
                    gone.add(id(prev))
        self._hits_index = None  # (organisations' first tokens moved)
        return gone


def find_mentions(
    index: ActorIndex,
    text: str,
    tokens: Sequence[Token],
    sent: Sequence[int],
    para_of_sent: Sequence[int],
    headlines: frozenset[int] = frozenset(),
    date: str | None = None,
    unresolved: list[str] | None = None,
    lower: Sequence[str] | None = None,
    outlet: str | None = None,
) -> tuple[list[Mention], dict[str, Actor]]:
    """Mentions in an article (``tokens`` point into ``text``; ``sent[i]`` is token i's sentence index).

    No actors are discovered in the sentences listed in ``headlines``: in Title Case every word
    looks like a name ("Mayor Opens Quiet Library"). ``date`` (YYYY-MM-DD) picks office holders.
    Names no actor claimed are appended to ``unresolved`` when it is given. ``lower`` may hold
    the tokens in lower case, when the caller has them already. ``outlet`` names who published
    the article: "the Times" in a New York Times article is that paper.
    """
    r = _Resolver(index, text, tokens, sent, headlines, _year(date), lower, _month_day(date),
                  index.outlet_actor(outlet))
    r.catalog()
    r.state_bodies()
    r.possessive_names()
    r.discovery()
    r.coordinated_given_names()
    r.acronyms()
    r.surnames()
    r.titled_surnames()
    r.lone_names()
    r.bare_surnames()
    r.families()
    r.compounds()
    r.capitals()
    r.proper_names()
    r.shortened_organisations()
    r.press_short_names()
    r.chamber_committees()
    r.drop_places()
    r.people_described()
    r.administrations()
    r.capital_governments()
    r.parliament()
    r.acronyms()  # those defined by names found last ("Federal Office for Migration and Refugees (BAMF)")
    r.learn_roles()
    r.descriptions()
    r.catalog_descriptions()
    r.party_epithets()
    r.the_administration()
    r.officers_of_bodies()
    r.the_group()
    r.no_person_after_the()
    r.organisations_by_apposition()
    r.surnames_in_show_titles()
    r.namesake_by_pronoun()
    r.pronouns()
    r.body_pronouns()
    r.party_affiliations()
    gone = r.absorbed()
    if unresolved is not None:
        unresolved += r.unresolved()
    mentions = []
    for h in sorted(r.hits, key=lambda h: (h.first, h.last)):
        if id(h) in gone:
            continue
        if h.resolution == "surname" and r.actor(h.actor).kind in ("organisation", "group", "country"):
            h.resolution = "short"  # the last word of an organisation's name ("The New York Times ... the Times")
        s = sent[h.first]
        start, end = h.span or (tokens[h.first].start, tokens[h.last].end)
        mentions.append(
            Mention(
                actor=h.actor,
                paragraph=para_of_sent[s],
                sentence=s,
                start=start,
                end=end,
                surface=text[start:end],
                resolution=h.resolution,
            )
        )
    used = {m.actor for m in mentions}
    return mentions, {a: r.actor(a) for a in sorted(used)}


def article_local(index: ActorIndex, article_id: str, mentions: list[Mention],
                  actors: dict[str, Actor]) -> tuple[list[Mention], dict[str, Actor]]:
    """People an article names by a given name alone ("Maria, whose last name is withheld",
    "his son, Daniel") are its own: their ids carry the article's, so that the Daniels of
    different articles do not add up to one actor across a corpus."""
    local = {a.id for a in actors.values() if a.discovered and a.kind == "person" and " " not in a.name
             and index.first_names.get(a.name) in ("male", "female", "unisex")}
    if not local:
        return mentions, actors
    tag = hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:8]
    new = {ident: f"{ident}--{tag}" for ident in local}
    mentions = [replace(m, actor=new[m.actor]) if m.actor in new else m for m in mentions]
    actors = {new.get(k, k): replace(a, id=new[k]) if k in new else a for k, a in actors.items()}
    return mentions, actors
