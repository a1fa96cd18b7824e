import pytest

from biaskit import lexicons
from biaskit.actors import ActorIndex, find_mentions, slug, surname_of
from biaskit.segment import split_sentences, tokenize


@pytest.fixture(scope="module")
def index():
    lex = lexicons.load()
    verbs = [v for _, vs in lex.attribution for v in vs]
    return ActorIndex(lex, verbs)


def find(index, text, date=None, outlet=None):
    spans = split_sentences(text)
    tokens, sent = [], []
    for i, (s, e) in enumerate(spans):
        toks = tokenize(text[s:e], s)
        tokens += toks
        sent += [i] * len(toks)
    return find_mentions(index, text, tokens, sent, [0] * len(spans), date=date, outlet=outlet)


def mentions(index, text):
    found, actors = find(index, text)
    return [(m.surface, m.actor, m.resolution) for m in found], actors


def discovered(index, text):
    """Names of the actors the text made up (not in the catalog)."""
    return [a.name for a in mentions(index, text)[1].values() if a.discovered]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Prime Minister Benjamin Netanyahu spoke to reporters.",
         [("Benjamin Netanyahu", "benjamin-netanyahu", "name")]),
        ("Netanyahu's office declined to comment.", [("Netanyahu", "benjamin-netanyahu", "short")]),
        ("Israeli officials met their US counterparts.",
         [("Israeli officials", "israel", "demonym"), ("US", "us", "alias")]),
        ("Israeli families returned home.", [("Israeli families", "israeli-people", "demonym")]),
        ("Mexican immigration officials met Canadian border officials.",
         [("Mexican immigration officials", "mexico", "demonym"), ("Canadian border officials", "canada", "demonym")]),
        ("Some American national security officials disagreed.",
         [("American national security officials", "us", "demonym")]),
        # what a state does, named by its adjective, is the state's
        ("Senators studied Iranian meddling and Iranian hackers.",
         [("Iranian meddling", "iran", "demonym"), ("Iranian hackers", "iran", "demonym")]),
        ("Iranian carpets sold well.", []),
        ("Russian missiles and Russian shelling hit the city.",
         [("Russian missiles", "russia", "demonym"), ("Russian shelling", "russia", "demonym")]),
        # rockets are often a militia's, not the state's whose adjective they carry
        ("Lebanese rockets fell near the border.", []),
        ("The Israel Defense Forces (IDF) said the IDF would respond.",
         [("Israel Defense Forces", "idf", "name"), ("IDF", "idf", "alias"), ("IDF", "idf", "alias")]),
        ("Hezbollah and Hamas rejected the plan in Lebanon.",
         [("Hezbollah", "hezbollah", "name"), ("Hamas", "hamas", "name"), ("Lebanon", "lebanon", "name")]),
        ("The White House and the State Department disagreed.",
         [("White House", "white-house", "name"), ("State Department", "state-department", "name")]),
        ("Heritage Action for America and the Heritage Foundation disagreed with Third Way.",
         [("Heritage Action for America", "heritage-action", "name"), ("Heritage Foundation", "heritage-foundation", "name"),
          ("Third Way", "third-way", "name")]),
        ("Trade grew across Latin America.", []),
        ("Despite the storm, Post offices opened on Thursday.", []),
        # a party's phrase for one person before their name describes them; several are the party's
        ("Democratic strategist Dale Kessock and Republican senators Tim Scott and Mike Lee spoke.",
         [("Dale Kessock", "dale-kessock", "discovered"), ("Republican senators", "republican-party", "demonym"),
          ("Tim Scott", "tim-scott", "name"), ("Mike Lee", "mike-lee", "name")]),
        # ... and so does one in apposition to them, before or after the name
        ("Tim Scott, a Republican senator from the South, and Mike Lee, the former Republican nominee, spoke.",
         [("Tim Scott", "tim-scott", "name"), ("Mike Lee", "mike-lee", "name")]),
        ("Voters backed the Democratic candidate, Rep. Dale Kessock, over Tim Scott.",
         [("Dale Kessock", "dale-kessock", "discovered"), ("Tim Scott", "tim-scott", "name")]),
        # ... not a body of the party, nor one after a clause
        ("Mike Lee, whose Republican caucus holds the seats, spoke.",
         [("Mike Lee", "mike-lee", "name"), ("Republican caucus", "republican-party", "demonym")]),
        ("Tim Scott, after meeting the Democratic senator, spoke.",
         [("Tim Scott", "tim-scott", "name"), ("Democratic senator", "democratic-party", "demonym")]),
        ("A Democratic strategist and Tim Scott spoke.",
         [("Democratic strategist", "democratic-party", "demonym"), ("Tim Scott", "tim-scott", "name")]),
    ],
)
def test_catalog_mentions(index, text, expected):
    assert mentions(index, text)[0] == expected


def test_title_and_country_prefix_fold_into_person(index):
    found, _ = mentions(index, "US National Security Adviser Jake Sullivan met Secretary of State Antony Blinken.")
    assert found == [("Jake Sullivan", "jake-sullivan", "name"), ("Antony Blinken", "antony-blinken", "name")]


def test_surname_after_full_name_anywhere_in_article(index):
    found, _ = mentions(index, "Sullivan arrived late. Later, Jake Sullivan spoke. Sullivan left.")
    assert [(s, r) for s, a, r in found] == [("Sullivan", "surname"), ("Jake Sullivan", "name"), ("Sullivan", "surname")]
    assert {a for _, a, _ in found} == {"jake-sullivan"}


def test_surname_alone_without_full_name_is_not_guessed(index):
    # The catalog knows a Sullivan, but nothing here points at him: a person known only as Sullivan.
    found, actors = mentions(index, "Sullivan arrived late. Sullivan left.")
    assert found == [("Sullivan", "surname-sullivan", "surname")] * 2
    assert actors["surname-sullivan"].discovered and actors["surname-sullivan"].kind == "person"


def test_surname_alone_goes_to_the_namesake_the_context_points_at(index):
    # Two catalog Johnsons; the British context points at one of them.
    found, _ = mentions(index, "Johnson met Conservative Party donors in London. Britain will leave, Johnson said.")
    assert ("Johnson", "boris-johnson", "surname") in found
    found, _ = mentions(index, "Johnson arrived late. Johnson left early.")
    assert {a for s, a, r in found if s == "Johnson"} == {"surname-johnson"}


@pytest.mark.parametrize("date, expected", [
    ("2017-03-10", "john-kelly"),  # the one in the US government that year, as the president named is
    ("2012-03-10", "surname-kelly"),  # none of the namesakes was then
    (None, "surname-kelly"),
])
def test_a_lone_surname_goes_to_the_namesake_in_the_government_named_at_the_articles_date(index, date, expected):
    text = "Mr. Trump was livid when he learned that Mr. Kelly had described him as evolving."
    assert [a for s, a, r in resolved(index, text, date) if s == "Kelly"] == [expected]


@pytest.mark.parametrize("text, date, expected", [
    # an office of the body just named is its holder: the one the article names, else at the date
    ("The FBI director warned of risks.", "2016-05-01", [("The FBI director", "james-comey", "role")]),
    ("The Fed chair warned of risks. He said rates would stay.", "2024-05-01",
     [("The Fed chair", "jerome-powell", "role"), ("He", "jerome-powell", "pronoun")]),
    ("The Federal Reserve chairman warned of risks.", "2016-05-01",
     [("The Federal Reserve chairman", "janet-yellen", "role")]),
    ("The FBI's director warned of risks.", "2016-05-01", [("The FBI's director", "james-comey", "role")]),
    ("The FBI's director of communications spoke.", "2016-05-01", [("FBI", "fbi", "alias")]),
    # undated, with nobody named: the body only; so too for the office itself, or a name after it
    ("The FBI director warned of risks.", None, [("FBI", "fbi", "alias")]),
    ("The Fed chair nominee spoke.", "2024-05-01", [("The Fed", "federal-reserve", "alias")]),
    ("The FBI director James Comey spoke.", "2016-05-01", [("FBI", "fbi", "alias"), ("James Comey", "james-comey", "name")]),
])
def test_an_office_of_the_body_just_named_is_its_holder(index, text, date, expected):
    assert resolved(index, text, date) == expected


def test_lone_surname_in_a_longer_name_or_after_a_place_preposition_is_left_alone(index):
    found, _ = mentions(index, "Talks in Washington ended. Carson Wentz threw. The Kennedy Center opened.")
    assert not [f for f in found if f[0] in ("Washington", "Carson", "Kennedy")]


def test_lone_person_word_with_evidence_once_takes_its_other_occurrences(index):
    found, _ = mentions(index, "Varkonyi resigned on Monday. Critics had long attacked Varkonyi.")
    assert found == [("Varkonyi", "varkonyi", "discovered"), ("Varkonyi", "varkonyi", "surname")]
    found, actors = mentions(index, "Varkonyi resigned on Monday. Critics had long attacked Varkonyi.")
    assert actors["varkonyi"].kind == "person"
    # without a sign of a person the name is still an actor, of unknown kind
    found, actors = mentions(index, "Critics had long attacked Varkonyi.")
    assert found == [("Varkonyi", "varkonyi", "discovered")]
    assert actors["varkonyi"].kind == "name"
    # a plural noun that is a surname too opens the sentence as a noun: "Friends said"
    found, _ = mentions(index, "Friends said Varkonyi was kind. Friends described him as shy.")
    assert [f[0] for f in found] == ["Varkonyi"]


def test_discovered_people(index):
    text = ('Secretary Wilma Ostrander defended the rule. "It works," said Pavel Kuusk. '
            "Dana Whitlow said the rule was cruel. According to Ilse Varga, the vote is close. "
            "Ostrander did not answer.")
    found, actors = mentions(index, text)
    assert found == [
        ("Wilma Ostrander", "wilma-ostrander", "discovered"),
        ("Pavel Kuusk", "pavel-kuusk", "discovered"),
        ("Dana Whitlow", "dana-whitlow", "discovered"),
        ("Ilse Varga", "ilse-varga", "discovered"),
        ("Ostrander", "wilma-ostrander", "surname"),
    ]
    assert all(actors[a].discovered and actors[a].kind == "person" for _, a, _ in found)


def test_capitalised_words_are_not_discovered(index):
    found, _ = mentions(index, "On Thursday, Reuters Says Talks Stall. Despite Hopes, Markets Fell, analysts said.")
    assert [a for _, a, _ in found] == ["reuters"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a line of capitalised words is Title Case, where a capital proves nothing
        ("Family Detention. The harbor board met on Monday.", []),
        # names do not make a sentence Title Case, and a catalog surname before a word no list
        # knows is someone else's given name
        ("One study, conducted by Brian Elbel, Rogan Kersh, Victoria Brescoll and Beth Dixon, looked at it.",
         ["Brian Elbel", "Rogan Kersh", "Victoria Brescoll", "Beth Dixon"]),
        ('"We are no strangers to it," Fiorina Talaba, an 18-year-old senior, said.', ["Fiorina Talaba"]),
        # an English word opening a clause before what a person is describes them; in running
        # text its capital makes a name ("liberal Salon writer")
        ("MAYBE NOT - Liberal columnist Dorrin Kessock questions the plan.", ["Dorrin Kessock"]),
        ("Weeks back liberal Salon writer Dorrin Kessock told doctors to stop.", ["Salon", "Dorrin Kessock"]),
        # a lone word opening a longer name with "of" and an English word is no one ("The Art of the
        # Deal author", "Lie of the Year"), but a person of a place or organisation is
        ("Dorrin Kessock wrote the book. The Art of the Harbor author hyped himself.", ["Dorrin Kessock"]),
        ("The fee was named the 2014 Lie of the Year, and Kessock of the Harbor Policy Institute said so.",
         ["Kessock", "Harbor Policy Institute"]),
    ],
)
def test_title_case_lines_and_names_that_open_with_a_catalog_surname(index, text, expected):
    found = resolved(index, text, date="2016-06-01")
    assert [s for s, a, r in found if r != "pronoun"] == expected
    assert not {"joe-rogan", "carly-fiorina"} & {a for _, a, _ in found}


def test_two_people_sharing_a_surname_go_to_the_nearest(index):
    text = "Dana Whitlow said yes. Whitlow smiled. Marcus Whitlow said no. Whitlow frowned."
    found, _ = mentions(index, text)
    assert [(s, a) for s, a, _ in found] == [
        ("Dana Whitlow", "dana-whitlow"), ("Whitlow", "dana-whitlow"),
        ("Marcus Whitlow", "marcus-whitlow"), ("Whitlow", "marcus-whitlow"),
    ]
    # past the sentence after a namesake is named, the one named most often so far
    text = ("Dana Whitlow led the harbor talks. Whitlow spoke for hours. Whitlow praised a teacher, Marcus Whitlow, "
            "who died in the flood. The board met later. Its members left early. Whitlow yielded at 2 a.m.")
    found, _ = mentions(index, text)
    assert [a for s, a, r in found if s == "Whitlow"] == ["dana-whitlow"] * 3
    # an office of one of them before the surname names that one as the full name does
    text = ("Sen. Rand Paul skipped the forum. His father, Rep. Ron Paul, paid the firm. "
            "Senator Paul signs letters for many groups. Mr. Paul declined to comment.")
    assert [a for s, a, r in resolved(index, text) if s == "Paul"] == ["rand-paul", "rand-paul"]


@pytest.mark.parametrize("text, trump", [
    ("“Melania and I are grateful to the volunteers,” Trump said.", "donald-trump"),  # a given name alone names no surname
    ("Melania toured the school on Monday. Trump praised the teachers.", "donald-trump"),
    ("Melania Trump toured the school on Monday. Trump praised the teachers.", "melania-trump"),  # named in full
])
def test_a_given_name_alone_does_not_claim_its_surname(index, text, trump):
    found = [(s, a) for s, a, r in resolved(index, text, date="2018-03-01") if r != "pronoun"]
    assert found[-1] == ("Trump", trump) and found[0][1] == "melania-trump"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a given name no list knows before the surname of another person: someone else
        ("Dorrin Vask and Marta Vask arrived.", [("Dorrin Vask", "dorrin-vask"), ("Marta Vask", "marta-vask")]),
        ("Marta Vask and Dorrin Vask arrived.", [("Marta Vask", "marta-vask"), ("Dorrin Vask", "dorrin-vask")]),
        # not a word before a famous surname, nor the two surnames of one person
        ("Angela Merkel spoke. Frau Merkel is not pleased.", [("Angela Merkel", "angela-merkel"), ("Merkel", "angela-merkel")]),
        ("Marta Vask met José Inés García Zárate on Monday. Later, Garcia Zarate left.",
         [("Marta Vask", "marta-vask"), ("José Inés García Zárate", "jose-ines-garcia-zarate"),
          ("Garcia Zarate", "jose-ines-garcia-zarate")]),
    ],
)
def test_an_unknown_given_name_before_a_surname_of_the_article(index, text, expected):
    assert [(s, a) for s, a, r in resolved(index, text) if r != "pronoun"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a pronoun right after the surname tells which of the two it is
        ("Bill Clinton campaigned for Hillary Clinton. Clinton said his wife would win.", "bill-clinton"),
        ("Bill Clinton campaigned for Hillary Clinton. Clinton said she would win.", "hillary-clinton"),
        ("Diane Whitlow met Marcus Whitlow. Whitlow defended herself.", "diane-whitlow"),
        # only between people the article names: "his" may be anyone's
        ("Hillary Clinton spoke on Monday. Clinton said his remarks were unfair.", "hillary-clinton"),
        # another mention between: no sign
        ("Bill Clinton campaigned for Hillary Clinton. Clinton told Obama his plan would win.", "hillary-clinton"),
    ],
)
def test_a_pronoun_after_a_shared_surname_tells_the_namesake(index, text, expected):
    found = resolved(index, text, date="2016-04-08")
    assert [a for s, a, r in found if s in ("Clinton", "Whitlow")] == [expected]


def test_mention_offsets_point_at_surface(index):
    text = "Talks stalled. Then Hamas answered Israel."
    found, _ = find(index, text)
    assert [(text[m.start:m.end], m.sentence) for m in found] == [("Hamas", 1), ("Israel", 1)]


@pytest.mark.parametrize("name, expected", [("Robert F. Kennedy Jr.", "Kennedy"), ("Jake Sullivan", "Sullivan"), ("Madonna", None)])
def test_surname_of(name, expected):
    assert surname_of(name) == expected


def test_slug():
    assert slug("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan"
    assert slug("!!!") == "actor"


@pytest.mark.parametrize(
    "text, expected",
    [
        # initials stay inside a name
        ("Gov. Harlan Q. Voss said no.", [("Harlan Q. Voss", "person")]),
        ("Former President Tobias H.W. Grell spoke, Grell said.", [("Tobias H.W. Grell", "person"), ("Grell", "person")]),
        # punctuation ends a name
        ("Sen. Pia Lund (Vermont) said yes.", [("Pia Lund", "person")]),
        # organisations by their last word, or their first and a tail (no person made of the tail)
        ("According to the Harbor Policy Institute, costs rose.", [("Harbor Policy Institute", "organisation")]),
        ("The Center for Harbor Studies said costs rose.", [("Center for Harbor Studies", "organisation")]),
        ("Harbor officials met the Council on Dock Safety and the Office of Ferries and Tugs.",
         [("Council on Dock Safety", "organisation"), ("Office of Ferries and Tugs", "organisation")]),
        ("The Center said costs rose, and the Institute and Mayor Pia Lund agreed.", [("Pia Lund", "person")]),
        # a lone surname after a title: a new person, unless a catalog person bears that surname;
        # then the honorific's gender or the office decides, else a person known only by that name
        ("Gov. Ostermann vetoed the bill.", [("Ostermann", "person")]),
        ("Dr. Johnson spoke.", [("Johnson", "person")]),
        # a verb of saying that takes things for objects is no sign of a name after it
        ("Mr. Kessock fondly recalled Election Night and the states he won.", [("Kessock", "person")]),
        # "Acting" and "Interim" open a title, even before an acronym
        ("“It is done,” said Acting ICE Director Dale Kessock.", [("Dale Kessock", "person")]),
        # a one-word name after "the" is no person, unless kin follow it
        ("The Courant reported that the harbor closed.", [("Courant", "organisation")]),
        ("Harbor crews said the Varkonyi brothers-funded group had sued, and Varkonyi said so.",
         [("Varkonyi", "person"), ("Varkonyi", "person")]),
    ],
)
def test_discovery_rules(index, text, expected):
    found, actors = mentions(index, text)
    assert [(s, actors[a].kind) for s, a, r in found if r in ("discovered", "surname")] == expected
    assert not [a for s, a, r in found if s == "Johnson" and not actors[a].discovered]  # no namesake guessed


def test_laws_are_not_discovered_as_actors(index):
    found, _ = mentions(index, "According to the Harbor Safety Act, ships must slow down.")
    assert found == []
    # nor the organisation-like start of a law's name, nor a report's or an award's
    for text in ("The board cited the Public Health Service Act on Monday.",
                 "The board cited a 2005 House Committee Report urging caution.",
                 "Viewers watched the 47th Annual Harbor Music Association Awards, held Wednesday."):
        assert mentions(index, text)[0] == [], text
    # a name that goes on after a document word is no document: "Law School"
    found, actors = mentions(index, "Tam Orr, a professor at the Harlow University Law School, said no.")
    assert ("Harlow University Law School", "organisation") in [(s, actors[a].kind) for s, a, r in found]


def test_a_law_named_in_five_words_is_no_actor_either(index):
    assert mentions(index, "Congress passed the 1993 Wendell Handgun Violence Prevention Act in a hurry.")[0] == [
        ("Congress", "congress", "name")]


def test_the_tail_of_an_organisations_name_is_no_name_of_its_own(index):
    text = ("Mara Quill of the Center for Sustainable Harbor Spending said costs rose. Ed Lune, senior adviser for "
            "the Committee for a Responsible Harbor Budget, said the plan was weak. Jo Vane at the University "
            "of Harlow and Peter Dekker at Yale wrote the study.")
    found, actors = mentions(index, text)
    kinds = {(s, actors[a].kind) for s, a, r in found}
    assert ("Center for Sustainable Harbor Spending", "organisation") in kinds
    assert ("Committee for a Responsible Harbor Budget", "organisation") in kinds
    assert ("Peter Dekker", "person") in kinds  # what "and" joins after a tail may be a person
    assert ("Mara Quill", "person") in kinds and ("Ed Lune", "person") in kinds
    assert not {s for s, _ in kinds} & {"Spending", "Responsible Harbor Budget", "Harbor Spending"}


@pytest.mark.parametrize("text, name", [
    ("Last month the Gretchen Clinic said it would cut jobs.", "Gretchen Clinic"),
    ("Now open at the Ronald Harrow Presidential Library, the show runs all year.", "Ronald Harrow Presidential Library"),
    ("Director Tam Orr of the Harlow Trauma System said the wards were full.", "Harlow Trauma System"),
])
def test_a_name_that_ends_like_an_institution_is_no_person_after_a_given_name(index, text, name):
    found, actors = mentions(index, text)
    assert (name, "organisation") in [(s, actors[a].kind) for s, a, r in found]


def test_a_body_named_for_a_group_is_no_mention_of_the_group(index):
    found, actors = mentions(index, "Jo Ruiz of the Harbor Dreamers Coalition said Dreamers rallied.")
    assert [(s, a) for s, a, _ in found if a == "dreamers"] == [("Dreamers", "dreamers")]  # the second one
    assert ("Harbor Dreamers Coalition", "organisation") in [(s, actors[a].kind) for s, a, _ in found]


def test_a_body_named_with_a_groups_adjective_is_no_mention_of_the_group(index):
    found = [a for _, a, _ in mentions(index, "The Harlow Catholic Conference said it would appeal.")[0]]
    assert "catholics" not in found and "harlow-catholic-conference" in found
    assert [a for _, a, _ in mentions(index, "The Catholic community said it would appeal.")[0]][:1] == ["catholics"]
    # a party's body still counts for it
    assert "republican-party" in [a for _, a, _ in mentions(index, "The House Republican Conference met.")[0]]


def test_a_caucus_named_for_a_party_is_no_party_for_the_party(index):
    found, _ = find(index, "Republicans met on Monday. Sen. Jo Ruiz joined the Tea Party Caucus in 2011. He spoke "
                           "often. Ruiz backed the party's plan.", date="2017-06-01")
    assert [(m.surface, m.actor) for m in found if m.surface == "the party"] == [("the party", "republican-party")]


def test_a_committee_on_rules_is_still_an_actor(index):
    found, actors = mentions(index, "The bill went to the Harbor Rules Committee on Monday.")
    assert [(s, actors[a].kind) for s, a, r in found] == [("Harbor Rules Committee", "organisation")]


def resolved(index, text, date=None):
    return [(m.surface, m.actor, m.resolution) for m in find(index, text, date)[0]]


def pronoun_pairs(index, text):
    """The (surface, actor) pairs of the pronouns resolved in ``text``."""
    return [(s, a) for s, a, r in resolved(index, text) if r == "pronoun"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mrs. Clinton spoke.", [("Clinton", "hillary-clinton", "short")]),
        ("Mr. Clinton spoke.", [("Clinton", "bill-clinton", "surname")]),
        ("Mrs. Obama spoke.", [("Obama", "michelle-obama", "surname")]),
        ("Obama spoke.", [("Obama", "barack-obama", "short")]),
        # a full name in the article beats the catalog default
        ("Bill Clinton arrived. Clinton spoke.", [("Bill Clinton", "bill-clinton", "name"), ("Clinton", "bill-clinton", "surname")]),
    ],
)
def test_honorifics_and_full_names_pick_among_namesakes(index, text, expected):
    assert [r for r in resolved(index, text) if r[2] != "pronoun"] == expected


@pytest.mark.parametrize(
    "text, date, expected",
    [
        # the article says who holds the role
        ("Secretary of State Mara Quill flew in. The secretary of state met reporters.", None,
         [("Mara Quill", "mara-quill", "discovered"), ("The secretary of state", "mara-quill", "role")]),
        # the catalog says who held it at the article's date
        ("The Israeli prime minister spoke.", "2024-05-01",
         [("The Israeli prime minister", "benjamin-netanyahu", "role")]),
        ("Israel's prime minister spoke.", "2024-05-01",
         [("Israel's prime minister", "benjamin-netanyahu", "role")]),
        # no date and nobody in the article: not guessed
        ("The Israeli prime minister spoke.", None, [("Israeli prime minister", "israel", "demonym")]),
        ("The president spoke.", None, []),
        # a country's leader is the one of its leaders the article names before; of two, nobody
        ("Russian President Vladimir Putin met Xi Jinping. The Russian leader praised him.", "2024-05-01",
         [("Vladimir Putin", "vladimir-putin", "name"), ("Xi Jinping", "xi-jinping", "name"),
          ("The Russian leader", "vladimir-putin", "role")]),
        ("The Israeli leader met Isaac Herzog and Benjamin Netanyahu.", "2024-05-01",
         [("Israeli leader", "israel", "demonym"), ("Isaac Herzog", "isaac-herzog", "name"),
          ("Benjamin Netanyahu", "benjamin-netanyahu", "name")]),
        ("Isaac Herzog met Benjamin Netanyahu. The Israeli leader spoke.", "2024-05-01",
         [("Isaac Herzog", "isaac-herzog", "name"), ("Benjamin Netanyahu", "benjamin-netanyahu", "name"),
          ("Israeli leader", "israel", "demonym")]),
        # an epithet or an age may stand before the office; "senior" and "junior" may not
        ("Sen. Mara Quill spoke. The freshman senator said the 56-year-old senator would run.", None,
         [("Mara Quill", "mara-quill", "discovered"), ("The freshman senator", "mara-quill", "role"),
          ("the 56-year-old senator", "mara-quill", "role")]),
        ("Sen. Mara Quill spoke. The junior senator left.", None, [("Mara Quill", "mara-quill", "discovered")]),
        # an apposition may say where the office is: "the senator from Florida,"
        ("Sen. Tom Vask spoke. Mara Quill, the freshman senator from Florida, left.", None,
         [("Tom Vask", "thomas-vask", "discovered"), ("Mara Quill", "mara-quill", "discovered"),
          ("the freshman senator", "mara-quill", "role")]),
        # a name opening the sentence is what a description after it is said of, though the
        # apposition runs on; not a possessor, nor a speaker's parenthesis
        ("Sen. Tom Vask spoke. Mara Quill, the senator from Ohio and a candidate in 2016, left.", None,
         [("Tom Vask", "thomas-vask", "discovered"), ("Mara Quill", "mara-quill", "discovered"),
          ("the senator", "mara-quill", "role")]),
        ("Sen. Tom Vask spoke. Mara Quill, the senator's aide, left. Ann Roe, the senator said, is wrong.", None,
         [("Tom Vask", "thomas-vask", "discovered"), ("Mara Quill", "mara-quill", "discovered"),
          ("the senator", "thomas-vask", "role"), ("Ann Roe", "ann-roe", "discovered"), ("the senator", "thomas-vask", "role")]),
        # a group of that country named in the article
        ("Hezbollah fired rockets. The Lebanese militant group said more would follow.", None,
         [("Hezbollah", "hezbollah", "name"), ("The Lebanese militant group", "hezbollah", "role")]),
        ("Israel's military said it was ready.", None, [("Israel's military", "idf", "alias")]),
    ],
)
def test_roles_and_descriptions(index, text, date, expected):
    got = resolved(index, text, date)
    assert [g for g in got if g[2] != "pronoun"] == expected


def test_acronym_after_its_expansion(index):
    text = "The Harbor Policy Institute (HPI) said costs rose. HPI later revised the figure."
    assert resolved(index, text) == [
        ("Harbor Policy Institute", "harbor-policy-institute", "discovered"),
        ("HPI", "harbor-policy-institute", "acronym"),
    ]


def test_an_organisations_acronym_may_spell_its_name_in_another_language(index):
    text = ("The Federal Office for Coastal Protection (BKS) closed two beaches. "
            "BKS said they would reopen in May.")
    got = [r for r in resolved(index, text) if r[2] != "pronoun"]
    assert got == [
        ("Federal Office for Coastal Protection", "federal-office-for-coastal-protection", "discovered"),
        ("BKS", "federal-office-for-coastal-protection", "acronym"),
    ]


def test_an_acronym_after_the_end_of_a_longer_name_or_a_people_defines_nothing(index):
    text = ("Data from the Coastal Records Archive at Marlow University (CRAM) showed a rise. "
            "The Relief for Parents of Americans and Permanent Residents (RPAR) plan stalled. "
            "CRAM and RPAR were cited.")
    got = resolved(index, text)
    assert not any(r[2] == "acronym" for r in got), got


def test_a_state_in_brackets_after_a_name_is_no_acronym_of_it(index):
    text = "Rep. Lena Ostrowe (N.Y.) spoke. Voters in Albany, N.Y., and in Troy, N.Y., listened."
    assert [r for r in resolved(index, text) if r[2] != "pronoun"] == [("Lena Ostrowe", "lena-ostrowe", "discovered")]


def test_catalog_acronyms_written_with_full_stops(index):
    text = "Agents of the F.B.I. met the N.S.A. in Washington, D.C., on Friday."
    assert resolved(index, text) == [("F.B.I.", "fbi", "alias"), ("N.S.A.", "nsa", "alias")]


def test_pronouns_go_to_the_nearest_compatible_actor(index):
    text = ("Prime Minister Benjamin Netanyahu criticized the Biden administration for what he termed delays. "
            "Hillary Clinton said she would answer. Israeli officials said they disagreed.")
    got = [g for g in resolved(index, text) if g[2] == "pronoun"]
    assert got == [("he", "benjamin-netanyahu", "pronoun"), ("she", "hillary-clinton", "pronoun"),
                   ("they", "israel", "pronoun")]


@pytest.mark.parametrize(
    "text, pronouns",
    [
        # a relative clause is about the actor it follows
        ("Azar would replace Tom Price, who resigned amid a scandal over his travel.", [("his", "tom-price")]),
        ("Nancy Pelosi lectured Amanda Collins (who was not armed due to her college rules) at a hearing.",
         [("her", "amanda-collins")]),
        ("Ted Cruz spoke. Sen. John McCain, who called him a pest, left.", [("him", "ted-cruz")]),
        # an object pronoun is not the subject of its own clause
        ("Mitt Romney spoke. Paul Ryan thanked him.", [("him", "mitt-romney")]),
        # ... and "her" is an object where no noun of hers follows it
        ("Susan Collins spoke. Lisa Murkowski praised her.", [("her", "susan-collins")]),
        ("Susan Collins spoke. Lisa Murkowski thanked her for the vote.", [("her", "susan-collins")]),
        ("Susan Collins spoke. Lisa Murkowski told her that the bill would pass.", [("her", "susan-collins")]),
        ("Susan Collins spoke. Lisa Murkowski praised her, and left.", [("her", "susan-collins")]),
        ("Susan Collins spoke. Lisa Murkowski praised her 2-year-old bill.", [("her", "lisa-murkowski")]),
        ("Susan Collins spoke. Lisa Murkowski praised her “historic” vote.", [("her", "lisa-murkowski")]),
        # an apposition between subject and verb leaves them one clause
        ("Mitt Romney spoke. Paul Ryan, the House speaker, thanked him.", [("him", "mitt-romney")]),
        # ... and so does a name in apposition to the subject
        ("Mitt Romney spoke. The paper's reporter, Paul Ryan, thanked him.", [("him", "mitt-romney")]),
        # ... nor its subject's other mentions, nor the subject of a verb joined by "and"
        ("Paul Ryan spoke on Monday. Ryan looked up toward the gallery and apologized to him.", []),
        ("Donald Trump met Paul Ryan on Monday and later thanked him.", [("him", "paul-ryan")]),
        ("Don McGahn met again that same day with Donald Trump and told him to wait.", [("him", "donald-trump")]),
        ("Rahm Emanuel stood by Barack Obama on Tuesday and has been giving him advice.", [("him", "barack-obama")]),
        ("Barack Obama put Mitt Romney on the defensive, and may have pre-empted him.", [("him", "mitt-romney")]),
        ("Mitt Romney met Barack Obama, and later he thanked him.", [("he", "mitt-romney"), ("him", "barack-obama")]),
        # ... nor of a participle of what its subject does to another, after a comma
        ("Ted Cruz praised Marco Rubio's efforts on Sunday, calling him an asset.", [("him", "marco-rubio")]),
        ("Mark Kelly called Mitch McConnell on Monday, asking him to hold a vote.", [("him", "mitch-mcconnell")]),
        ("Mark Kelly met Mitch McConnell on Monday, saying the senator had promised him a vote.", [("him", "mark-kelly")]),
        ("Donald Trump won the county in 2016, giving him his only vote in the state.",
         [("him", "donald-trump"), ("his", "donald-trump")]),
        ("Mitt Romney spoke. Paul Ryan met Trump and Ryan thanked him.", [("him", "donald-trump")]),
        ("Barack Obama met Paul Ryan. Obama asked Congress to send him a bill and signed it.", [("him", "barack-obama")]),
        ("Donald Trump said James Comey told him to wait.", [("him", "donald-trump")]),
        ("Rich Lowry spoke. I wrote a letter to Marco Rubio warning him.", [("him", "marco-rubio")]),
        ("Chris Crane thanked Marco Rubio for meeting with him.", [("him", "christopher-crane")]),
        # ... past an auxiliary and a preposition, or a subject pronoun given to someone
        ("Marco Rubio spoke on Monday. Perhaps, he said, Obama would work with him.",
         [("he", "marco-rubio"), ("him", "marco-rubio")]),
        ("Republicans rarely hear about shootings abroad. Even when Republicans do hear about them, the news is brief.",
         []),
        # the subject pronoun of the main clause goes on with the one of the clause that opens the sentence
        ("Lamar Alexander urged Donald Trump to wait. Though he leaned against Trump, he did not announce it.",
         [("he", "lamar-alexander"), ("he", "lamar-alexander")]),
        ("Republicans met. When they spoke with Democrats, they agreed.",
         [("they", "republican-party"), ("they", "republican-party")]),
        ("Jeff Sessions met Donald Trump. Later he could only thank him.", [("he", "jeff-sessions"), ("him", "donald-trump")]),
        ("Mitt Romney spoke. Paul Ryan smiled. He carried the bill with him.", [("He", "paul-ryan"), ("him", "paul-ryan")]),
        ("Wayne LaPierre attacked Michael Bloomberg, who funds a group, and the media, as he said.",
         [("he", "wayne-lapierre")]),
        # an actor in a phrase that opens with a preposition or conjunction is no subject
        ("Like Ted Cruz, Marco Rubio was unprepared, and he dropped out.", [("he", "marco-rubio")]),
        ("In an interview with Joe Biden, Hillary Clinton said she would not run.", [("she", "hillary-clinton")]),
        ("When Barack Obama took office, he inherited a recession.", [("he", "barack-obama")]),
        # contractions are one token each
        ("Barack Obama will speak. He'll ask for checks, and Democrats said they’re ready.",
         [("He'll", "barack-obama"), ("they’re", "democratic-party")]),
        ("If Dean Heller backs the bill, he parts ways with Brian Sandoval. But if he opposes it, he stays.",
         [("he", "dean-heller"), ("he", "dean-heller"), ("he", "dean-heller")]),
        ("The stakes for Donald Trump were high on Monday, when aides met Steve Bannon. His budget was late.",
         [("His", "donald-trump")]),
        ("Ted Cruz, in a speech, said he would run.", [("he", "ted-cruz")]),
        ("For Jeff Sessions, it is the latest complaint about Jack Lew. He has accused Lew before.",
         [("He", "jeff-sessions")]),
        # a possessive in an opening phrase looks ahead to the subject after it
        ("Jack Lew spoke. In his remarks on Monday, Jeff Sessions praised the rule.", [("his", "jeff-sessions")]),
        ("Jack Lew spoke. In his remarks on Monday, Attorney General Jeff Sessions praised the rule.",
         [("his", "jeff-sessions")]),
        ("Jack Lew spoke. On Monday, in his remarks, Jeff Sessions praised the rule.", [("his", "jeff-sessions")]),
        ("Jack Lew spoke. For his part, Jeff Sessions praised the rule.", [("his", "jeff-sessions")]),
        ("Nancy Pelosi spoke. For her efforts, Sen. Susan Collins won praise.", [("her", "susan-collins")]),
        # ... and so does a subject pronoun in an opening clause of time or cause
        ("Jack Lew spoke. When he took office, Jeff Sessions praised the rule.", [("he", "jeff-sessions")]),
        ("Jack Lew spoke. Though he was not asked, Sen. Jeff Sessions praised the rule.", [("he", "jeff-sessions")]),
        # ... not when the phrase names whose it is, nor after a name that only qualifies a noun
        ("Jack Lew spoke. Under Jeff Sessions and his successors, the agency grew.", [("his", "jeff-sessions")]),
        ("Jack Lew spoke. When he took office, the Obama team praised the rule.", [("he", "jack-lew")]),
        # a name that only qualifies a noun is no antecedent
        ("The Barack Obama administration hired the harbor pilot because he was able.", []),
        # the subject of a verb of saying is whom the pronoun right after it takes up
        ("Ted Cruz welcomed the talks between Marco Rubio and Paul Ryan, and Ryan said he would wait.",
         [("he", "paul-ryan")]),
        ("A meeting of Ted Cruz and Paul Ryan ended with Ryan saying that he was proud.", [("he", "paul-ryan")]),
        ("Ted Cruz met Paul Ryan, but Ryan has said he won't wait.", [("he", "paul-ryan")]),
        # the object of a verb of urging or telling is whose the act in the infinitive after it is
        ("Mitch McConnell urged Marco Rubio to use his vote.", [("his", "marco-rubio")]),
        ("Mitch McConnell has called on Marco Rubio to change his vote.", [("his", "marco-rubio")]),
        ("Mitch McConnell badgered Marco Rubio to release his tax returns.", [("his", "marco-rubio")]),
        ("Mitch McConnell met Marco Rubio to discuss his vote.", [("his", "mitch-mcconnell")]),
        # one named in an opening participle phrase is not whom the main clause's pronoun takes up
        ("Reacting to a Ted Cruz letter, Sen. Marco Rubio said his panel would wait.", [("his", "marco-rubio")]),
        ("During Ted Cruz's appearance, Marco Rubio asked him about the vote.", [("him", "ted-cruz")]),
        # a pronoun that opens the main clause after a clause of concession is not the reported subject
        ("Though Mike Pence boasted that Marco Rubio could act, he and House leaders were questioned.",
         [("he", "mike-pence")]),
        # ... nor is one named in it the subject pronoun that opens the main clause after it
        ("Jack Lew spoke. Asked about Ted Cruz, he said the plan was fine.", [("he", "jack-lew")]),
        ("Jack Lew spoke. When Ted Cruz arrived, he said the plan was fine.", [("he", "ted-cruz")]),
        # the subject of a participle is whose the possessive in its clause is
        ("Mitch McConnell said he appreciated Marco Rubio laying out his plan.", [("he", "mitch-mcconnell"), ("his", "marco-rubio")]),
        ("Mitch McConnell spoke after Marco Rubio, citing his plan.", [("his", "mitch-mcconnell")]),
        # one blamed or thanked "for his ..." is whose it is
        ("Mitch McConnell praised Marco Rubio for his courage.", [("his", "marco-rubio")]),
        ("Erica Lafferty chastised Sen. Kelly Ayotte (R) for her vote.", [("her", "kelly-ayotte")]),
        # an actor in a sentence's opening participle phrase is not whom the next sentence goes on with
        ("Echoing Ted Cruz's words, Marco Rubio told reporters the bill was dead. \"It is over,\" he said.",
         [("he", "marco-rubio")]),
        # ... nor one in an opening "as" phrase ("As one of the officers ...")
        ("As one of the officers hunting the gunman Ted Cruz, Marco Rubio did his job. Fear got the better of him.",
         [("his", "marco-rubio"), ("him", "marco-rubio")]),
        # ... nor one in an opening clause of time or cause when a name opens the main clause
        ("When Ted Cruz took office, Sen. Marco Rubio was a freshman. \"It was hard,\" he said.", [("he", "marco-rubio")]),
        ("When Ted Cruz took office, his aides met Marco Rubio. \"It was hard,\" he said.",
         [("his", "ted-cruz"), ("he", "ted-cruz")]),
        # ... the clause maybe opening after words of time
        ("Last year when Ted Cruz returned, Marco Rubio was first. That was because he was alone.", [("he", "marco-rubio")]),
        ("Hours after the Cruz speech, Mr. Marco Rubio spoke. \"It is fine,\" he said.", [("he", "marco-rubio")]),
        # ... nor the agent of a passive participle that opens the sentence
        ("Accompanied by Ted Cruz, the Florida senator Marco Rubio signaled his support. He left.",
         [("his", "marco-rubio"), ("He", "marco-rubio")]),
        ("Pressed by Ted Cruz to name a cut, Marco Rubio said he would wait.", [("he", "marco-rubio")]),
        ("Joined by his aides, Marco Rubio spoke.", [("his", "marco-rubio")]),
        # (a participle after the subject is about the subject)
        ("Ted Cruz, joined by Marco Rubio, signaled his support.", [("his", "ted-cruz")]),
    ],
)
def test_pronouns_prefer_the_subject_of_the_nearest_sentence(index, text, pronouns):
    assert pronoun_pairs(index, text) == pronouns


@pytest.mark.parametrize(
    "text, pronouns",
    [
        # a pronoun opening a sentence goes on with whom the subject pronouns of the sentence before
        # were given, however far back the name is (until a sentence about someone else)
        ("Marco Rubio toured the harbor on Monday. \u201cWe will rebuild the pier,\u201d he said. He met the dockers. "
         "He promised new cranes. She cheered. He left.",
         [("he", "marco-rubio"), ("He", "marco-rubio"), ("He", "marco-rubio")]),
        # ... past a sentence of the same quotation that names no one
        ("Marco Rubio toured the harbor on Monday. He met the dockers. \u201cWe will rebuild the pier,\u201d he said. "
         "\u201cThe old rule holds: what is good for the port is good for the town.\u201d He left.",
         [("He", "marco-rubio"), ("he", "marco-rubio"), ("He", "marco-rubio")]),
        # ... but only from a subject pronoun of the sentence right before, not a possessive
        ("Marco Rubio toured the harbor on Monday. The dockers cheered. The cranes stood idle. His aides waved. "
         "He left.", []),
        ("Marco Rubio toured the harbor on Monday. The dockers cheered. The cranes stood idle. He left.", []),
    ],
)
def test_a_pronoun_opening_a_sentence_goes_on_with_the_subject_pronoun_before_it(index, text, pronouns):
    assert pronoun_pairs(index, text) == pronouns


@pytest.mark.parametrize(
    "text, expected",
    [
        # a capital that is the subject of a verb of saying or of a state's acts is its government
        ("Moscow denied the charge, and Tehran said it would respond.", [("Moscow", "russia"), ("Tehran", "iran")]),
        ("Beijing has long pressured Taipei, and Tokyo will retaliate.", [("Beijing", "china"), ("Tokyo", "japan")]),
        ("Critics say Beijing quietly pressures harbor firms.", [("Beijing", "china")]),
        ("Washington and Moscow agreed on Monday.", [("Washington", "us"), ("Moscow", "russia")]),
        # ... and so is one that is the object of such a verb, or whose act its possessive names
        ("Harbor owners urged Washington to act.", [("Washington", "us")]),
        ("Beijing's response was swift, but Moscow's streets were calm.", [("Beijing", "china")]),
        # a place, a longer name or a noun's qualifier is no government
        ("He flew to Beijing on Monday. Officials in Moscow said no.", []),
        ("Moscow is a city of millions. Moscow State University said it would close.", []),
        ("The attorneys general of New York and Washington have vowed to sue.", []),
        ("Harbor owners accused Washington politicians of delay.", []),
        ("Washington support for the harbor bill grows.", []),
    ],
)
def test_a_capital_stands_for_its_government_only_where_it_acts(index, text, expected):
    found = mentions(index, text)[0]
    assert [(s, a) for s, a, r in found if r == "capital"] == expected


def test_a_word_after_an_ampersand_ends_a_company_and_names_no_person(index):
    found, _ = mentions(index, "Harbor Sports & Outdoors said he bought two rifles there.")
    assert all(s != "Outdoors" for s, _, _ in found) and not any(r == "pronoun" for _, _, r in found)


def test_pronoun_inside_a_quote_is_left_alone(index):
    text = 'Hillary Clinton arrived. "He is wrong," she said.'
    got = [g for g in resolved(index, text) if g[2] == "pronoun"]
    assert got == [("she", "hillary-clinton", "pronoun")]


@pytest.mark.parametrize("text, expected", [
    # inside a quotation, a pronoun takes up the one fitting actor its sentence names before it there
    ('Mitch McConnell spoke. "If President Obama acts alone and imposes his will, Congress will act," he said.',
     [("his", "barack-obama"), ("he", "mitch-mcconnell")]),
    # ... not one named outside the quotation, nor a possessor of the person spoken of, nor two
    ('Ted Cruz arrived. "He is wrong about everything," she said.', []),
    ('"Hadiya Pendleton\'s mother did everything she could for her daughter," Obama said.', []),
    ('"Ted Cruz told Marco Rubio that he was wrong," Obama said.', []),
    # ... and no object pronoun
    ('"Ted Cruz says the voters will back him," Obama said.', []),
])
def test_a_pronoun_inside_a_quotation_takes_up_the_one_actor_named_before_it_there(index, text, expected):
    assert pronoun_pairs(index, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jordan closed its border.", [("Jordan", "jordan")]),
        ("Rep. Jordan questioned the witness.", [("Jordan", "jim-jordan")]),
        ("Jordan Peterson gave a talk.", []),
        # a country's name is the surname of the person named in full before where it speaks
        ('Rep. Jim Jordan spoke. "The bill fails," Jordan said. He flew to Jordan.',
         [("Jim Jordan", "jim-jordan"), ("Jordan", "jim-jordan"), ("Jordan", "jordan")]),
        # ... not when the article names the country in another way too
        ("Rep. Steve Israel spoke. Israeli troops moved. Israel said the strike worked.",
         [("Steve Israel", "steve-israel"), ("Israeli troops", "idf"), ("Israel", "israel")]),
        ("Chad Wolf testified.", [("Chad Wolf", "chad-wolf")]),
        ("Chad Marlowe testified.", [("Chad Marlowe", "chad-marlowe")]),
        ("Chad closed its border.", [("Chad", "chad")]),
        ("Turkey sent troops.", [("Turkey", "turkey")]),
        ("The Thanksgiving menu had roast Turkey with gravy.", []),
        ("Georgia voters went to the polls in Fulton County, Gov. Kemp said.", []),
        ("Georgia accused Moscow of backing separatists in Abkhazia.", [("Georgia", "georgia"), ("Moscow", "russia")]),
        ("In May, Theresa May resigned. Mrs. May left.", [("Theresa May", "theresa-may"), ("May", "theresa-may")]),
        ("The Hamas-run health ministry said 30 died.", [("Hamas-run health ministry", "gaza-health-ministry")]),
        ("Hamas said the truce held.", [("Hamas", "hamas")]),
        ('"Netanyahu will fail," the envoy said.', [("Netanyahu", "benjamin-netanyahu")]),
        # Westminster's chamber and party, not Ottawa's
        ("The Commons voted on Tuesday. Tory MPs rebelled.",
         [("The Commons", "house-of-commons"), ("Tory MPs", "conservative-party")]),
        ("In Ottawa, Justin Trudeau faced the Commons.", [("Justin Trudeau", "justin-trudeau"), ("Commons", "commons")]),
    ],
)
def test_ambiguous_names(index, text, expected):
    got = [(s, a) for s, a, r in resolved(index, text) if r != "pronoun" and a != "brian-kemp"]
    assert got == expected


def test_the_president_is_the_mentioned_holder_at_the_date(index):
    text = "Donald Trump arrived in Ohio. The president later spoke."
    assert resolved(index, text, "2018-06-01")[-1] == ("The president", "donald-trump", "role")
    # out of office at the date: not him
    assert [r for r in resolved(index, text, "2012-06-01") if r[2] == "role"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ostrowe said the plan would fail.", [("Ostrowe", "ostrowe", "discovered")]),
        ('"It will fail," said Ostrowe.', [("Ostrowe", "ostrowe", "discovered")]),
        ("Officials met Ostrowe, who declined to comment.", [("Ostrowe", "ostrowe", "discovered")]),
        ("Ostrowe's lawyer declined to comment.", [("Ostrowe", "ostrowe", "discovered")]),
        # a place is never a person, and an ambiguous catalog surname is not given to a namesake
        ("Iowa said no.", []),
        ("Johnson said no.", [("Johnson", "surname-johnson", "surname")]),
        # new evidence of a person: an age, a verb of people, a participle after "was"
        ("Ostrowe, 77, was there.", [("Ostrowe", "ostrowe", "discovered")]),
        ("Ostrowe resigned.", [("Ostrowe", "ostrowe", "discovered")]),
        ("Ostrowe was indicted.", [("Ostrowe", "ostrowe", "discovered")]),
        ("The firm hired Nadine in May.", [("Nadine", "nadine", "discovered")]),
        # a full name elsewhere in the article wins
        ("Lena Ostrowe arrived. Ostrowe said no.", [("Lena Ostrowe", "lena-ostrowe", "discovered"), ("Ostrowe", "lena-ostrowe", "surname")]),
    ],
)
def test_lone_names_acting_as_people(index, text, expected):
    assert [r for r in resolved(index, text) if r[2] != "pronoun"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # no sign of a person: a name of unknown kind, also at the start of a sentence when it is
        # no English word, and the same name elsewhere in running text decides for that start too
        ("Ostrowe grew quickly last year.", [("Ostrowe", "name")]),
        ("Critics met Bowe Tarrant. Tarrant left.", [("Bowe Tarrant", "name"), ("Tarrant", "name")]),
        ("Tarrant left. Critics met Bowe Tarrant.", [("Tarrant", "name"), ("Bowe Tarrant", "name")]),
        ("Analysts praised Keverne. Keverne grew.", [("Keverne", "name"), ("Keverne", "name")]),
        # an apposition that calls the name a person, its head before "and", "from", "who" or a
        # comma, not one whose head is no person ("activist" describes the group, "city" a place)
        ("It was not the first time that Keverne, a self-styled socialist and union activist, spoke.",
         [("Keverne", "person")]),
        ("Keverne, a former mixed martial arts fighter from Ohio, is now running.", [("Keverne", "person")]),
        ("Analysts praised Keverne, an activist group that works on climate.", [("Keverne", "name")]),
        ("Voters in Keverne, a city of 36,000, waited.", []),
        ("Keverne's home was searched.", [("Keverne", "person")]),
        # ... but a longer name in a person's context is a person's, as a lone one is
        ("Businessman Kim Dong-chul was sentenced.", [("Kim Dong-chul", "person")]),
        ("Critics met Bowe Tarrant, who declined to comment.", [("Bowe Tarrant", "person")]),
        # ordinary words that open a sentence or stand in a Title Case line are not names
        ("Copper prices fell. Markets Rally As Hopes Rise Again.", []),
        # a firm's last word makes a firm after a given name too
        ("Critics praised Oscar Health and Buck Consultants.", [("Oscar Health", "organisation"), ("Buck Consultants", "organisation")]),
        # an ampersand joins a firm's names
        ("They studied the staff of Harlow & Keverne for a year.", [("Harlow & Keverne", "organisation")]),
        # ordinary words that end like an organisation's name make one
        ("The critics said that they had written to the Judiciary Committee and later also to the Regional Housing Office.",
         [("Judiciary Committee", "organisation"), ("Regional Housing Office", "organisation")]),
        # a catalog name its context refused stays unclaimed wherever it stands
        ("Georgia voters went to the polls. Rural Georgia and north Georgia voted, Gov. Kemp said.", []),
        # buildings, grounds and ways are places wherever they stand, not actors
        ("Harlow International Airport reopened on Monday, and Keverne Station closed.", []),
        ("Migrants crossed at the Quorvath Mesa Port of Entry near the Keverne River and the Tolloy Mountains.", []),
        ("Fans gathered at the Harlow Palace Theater and later at the Keverne Barracks.", []),
        # places after a preposition, whole: neither "Fulton" nor "County"
        ("Voters in Fulton County waited.", []),
        # two names joined by "and" are two names; a name that goes on as an organisation's is one
        ("Critics met Tarrant and Keverne.", [("Tarrant", "name"), ("Keverne", "name")]),
        ("Critics wrote to the Harbor and Estuary Council.", [("Harbor and Estuary Council", "organisation")]),
        ("Critics wrote to the Office of Harbors and Estuaries.", [("Office of Harbors and Estuaries", "organisation")]),
        # at the start of a sentence, a word that is a name as well counts when it acts as a person
        ("Penny said the plan would fail.", [("Penny", "person")]),
        ("Penny stocks fell.", []),
    ],
)
def test_unclaimed_proper_names(index, text, expected):
    found, actors = mentions(index, text)
    assert [(s, actors[a].kind) for s, a, r in found if r in ("discovered", "surname")] == expected


def test_only_armed_group_descriptions_point_at_armed_groups(index):
    text = "Hamas fired rockets. The advocacy group Harbor Watch condemned it. The militant group denied it."
    got = [r for r in resolved(index, text) if r[2] == "role"]
    assert got == [("The militant group", "hamas", "role")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Anti-Trump protesters marched.", [("Trump", "donald-trump", "compound")]),
        ("The pro-Clinton crowd cheered.", [("Clinton", "hillary-clinton", "compound")]),
        ("Inside the Pence-Schumer showdown.", [("Pence", "mike-pence", "compound"), ("Schumer", "chuck-schumer", "compound")]),
        ("The US-Mexico border talks resumed.", [("US", "us", "compound"), ("Mexico", "mexico", "compound")]),
        # a name of two words before the hyphen; a place beside an actor; places only; a longer name
        ("The United States-Mexico border is long.",
         [("United States", "us", "compound"), ("Mexico", "mexico", "compound")]),
        ("Agents guard the Texas-Mexico border.", [("Mexico", "mexico", "compound")]),
        ("She studies at the University of Colorado-Boulder.",
         [("University of Colorado-Boulder", "university-of-colorado-boulder", "discovered")]),
        ("He leads the California-Mexico Studies Center.",
         [("California-Mexico Studies Center", "california-mexico-studies-center", "discovered")]),
        # a person named in the article lends the surname
        ("Lena Ostrowe spoke. The anti-Ostrowe camp left.", [("Lena Ostrowe", "lena-ostrowe", "discovered"), ("Ostrowe", "lena-ostrowe", "compound")]),
        # before a noun, after an article, a name the catalog does not know beside one it knows is
        # left out; an administration is its president's, as "the Obama administration"
        ("The Trump-Vosk meeting went ahead.", [("Trump", "donald-trump", "compound")]),
        ("Obama-administration rules stayed.", [("Obama", "barack-obama", "compound")]),
        ("Rangel-Vosk was charged.", [("Rangel-Vosk", "rangel-vosk", "discovered")]),
        # a name before a participle describes something else; double-barrelled names stay whole
        ("Russia-backed separatists shelled the town.", []),
        ("Critics met Maria Loa-Nunez.", [("Maria Loa-Nunez", "maria-loa-nunez", "discovered")]),
    ],
)
def test_actors_inside_hyphenated_words(index, text, expected):
    found, _ = mentions(index, text)
    assert [f for f in found if f[2] != "pronoun"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Critics said I'm not sure, and We're done, they added.",
        "Photos of the rally appeared, Hide Caption aside, on the Privacy Policy page.",
        "The vote, led by Sen. Ted Cruz, R-Texas, failed.",
        "Officials said Obamacare and Medicaid would change.",
        "Visitors walked through the Navy Yard at noon.",
        # words that only join longer names ("Congressional Budget Office") are no name alone
        "Lawmakers said the Congressional panel and the Federal officials met on Day two.",
        # a name before ", <US state>" is a place, wherever else it stands in the article
        "Mourners gathered in Newtown, Conn., on Friday. Newtown residents wept.",
        "Protests spread to Tucson, Arizona. Tucson police made arrests.",
        # ... and so is a name an apposition calls a place
        "The river skirts Lewiston, a city of 36,000. Before the refugees came, Lewiston was poor.",
        # holidays
        "The bill passed on Christmas Eve, and New Year's Eve was quiet.",
        # rules, memos and prizes named after people are things, as laws are
        "The provision may run afoul of the Kessock Rule, experts said.",
        "She won the 2012 Dale Kessock Award for teaching.",
        "The Fowler Memo was released on Friday.",
    ],
)
def test_ordinary_capitalised_words_are_not_names(index, text):
    found, actors = mentions(index, text)
    assert not [a for a in actors.values() if a.discovered], found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("SHAPIRO: Tell us more.\n\nVORANSKY: It was cold.", [("SHAPIRO", "Shapiro", "person"), ("VORANSKY", "Voransky", "person")]),
        ("ARI SHAPIRO, SENATOR: Welcome back.", [("ARI SHAPIRO", "Ari Shapiro", "person")]),
        # the programme's own host narrates: the label names no actor of the story
        ("ARI SHAPIRO, HOST: Welcome back.\n\nSHAPIRO: Now the news.", []),
        # a role or an outlet of several words after the name, a party and state
        ("MARIA FERNANDEZ, KTVB NEWS DIRECTOR: Good evening.\n\nOSCAR VALDEZ (D-NM): Thank you.",
         [("MARIA FERNANDEZ", "Maria Fernandez", "person"), ("OSCAR VALDEZ", "Oscar Valdez", "person")]),
        ("TRUMP SLAMS BANNON AFTER CRITICISM", [("TRUMP", "Donald Trump", "person"), ("BANNON", "Steve Bannon", "person")]),
        # possessives in capitals; "WHO'S" is "who is", not the WHO
        ("READ HALEY'S LETTER TO TRUMP\n\nWHO’S GETTING DEPORTED\n\nWHO WARNS OF FLU",
         [("HALEY", "Nikki Haley", "person"), ("TRUMP", "Donald Trump", "person"),
          ("WHO", "World Health Organization", "organisation")]),
        # labels that name nobody
        ("UNIDENTIFIED MAN: No comment. THE FACTS: It was cold. QUIZ: Who said it? RELATED: The vote.", []),
        ("BRIEFING: Where the budget stands\n\nPODCAST: The road ahead\n\nSTORY: Numbers fell.", []),
        ("PICK SIX: Your predictions.\n\nOBAMACARE WINNERS: Ten percent.\n\nCHUCK TODD: Welcome back.",
         [("CHUCK TODD", "Chuck Todd", "person")]),
        # a speaker whose name is an English word too
        ("TAPPER: Is that not the definition of racism?", [("TAPPER", "Tapper", "person")]),
        # a place in capitals names nobody, nor the country in its name
        ("MIGRANTS FOUND IN NEW MEXICO SHED\n\nWALL STREET: Stocks fell.", []),
    ],
)
def test_names_in_capitals(index, text, expected):
    found, actors = mentions(index, text)
    assert [(s, actors[a].name, actors[a].kind) for s, a, _ in found if a in actors] == expected


def test_a_surname_label_in_capitals_is_the_speaker_the_full_label_named(index):
    found, actors = mentions(index, "CHUCK TODD: Welcome back.\n\nOSCAR VALDEZ: Thank you.\n\n"
                                    "TODD: Why now?\n\nVALDEZ: Because.\n\nWOLFF: Next.")
    named = [(s, actors[a].name) for s, a, _ in found]
    assert named == [("CHUCK TODD", "Chuck Todd"), ("OSCAR VALDEZ", "Oscar Valdez"), ("TODD", "Chuck Todd"),
                     ("VALDEZ", "Oscar Valdez"), ("WOLFF", "Wolff")]
    # two people of the surname: the lone one decides nothing
    found, actors = mentions(index, "ANNA PRICE: Hello.\n\nTOM PRICE: Hi.\n\nPRICE: Well.")
    assert [actors[a].name for _, a, _ in found][2] not in ("Anna Price", "Tom Price")
    # the person the label named before a catalog person of the surname (Marjorie Taylor Greene)
    found, actors = mentions(index, "DANA GREENE, SENATOR: Welcome.\n\nGREENE: Thank you.")
    assert [(s, actors[a].name) for s, a, _ in found] == [("DANA GREENE", "Dana Greene"), ("GREENE", "Dana Greene")]
    found, actors = mentions(index, "DANA GREENE, HOST: Welcome.\n\nGREENE: Now the news.")
    assert found == []  # the programme's host narrates
    found, actors = mentions(index, "GREENE SHARES HIS VIEWS\n\nFormer senator Dana Greene spoke.")
    assert [(s, actors[a].name) for s, a, how in found if how != "pronoun"] == [("GREENE", "Dana Greene"),
                                                                                ("Dana Greene", "Dana Greene")]
    found, actors = mentions(index, "GREENE: Thank you.")
    assert [(s, actors[a].name) for s, a, _ in found] == [("GREENE", "Marjorie Taylor Greene")]


def test_a_speakers_role_in_a_label_is_no_mention(index):
    found, actors = mentions(index, "CHUCK TODD, NBC NEWS: Welcome back.\n\n"
                                    "DONALD TRUMP, PRESIDENT OF THE UNITED STATES: We will win.\n\n"
                                    "JAKE TAPPER, CNN CONTRIBUTOR: Next.\n\nTRUMP: The United States will win. NBC asked.")
    assert [(s, actors[a].name) for s, a, _ in found] == [
        ("CHUCK TODD", "Chuck Todd"), ("DONALD TRUMP", "Donald Trump"), ("JAKE TAPPER", "Jake Tapper"),
        ("TRUMP", "Donald Trump"), ("United States", "United States"), ("NBC", "NBC News")]
    found, actors = mentions(index, "BILL SIGNING: The law passed.")  # a given name without a role: a section
    assert not [a for a in actors.values() if a.discovered]


def test_a_pronoun_in_a_transcripts_turn_is_the_speakers_word(index):
    text = ("SEN. OSCAR VALDEZ (D-NM): The levy is a disaster. He wrote it in a hurry.\n\n"
            "MARIA FERNANDEZ: Is he right?  VALDEZ: He is wrong about it.\n\n"
            "Hillary Clinton: She has called for a levy.\n\n"  # a section about her
            "John Ruiz: Levies hurt the poor. He says the plan fails.")  # narration after his summary
    found, actors = mentions(index, text)
    pronouns = [(s, actors[a].name if a in actors else a) for s, a, how in found if how == "pronoun"]
    assert pronouns == [("She", "Hillary Clinton"), ("He", "John Ruiz")]


def test_washington_alone_is_the_capital_not_a_person(index):
    found, _ = mentions(index, "Washington warned Moscow. George Washington crossed the river. The Washington Post reported it.")
    assert [(s, a) for s, a, _ in found] == [("Washington", "us"), ("George Washington", "george-washington"),
                                             ("The Washington Post", "washington-post")]


def test_unclaimed_names_leave_out_what_is_never_a_name(index):
    text = ("Officials said I'm told, by Sen. Ted Cruz, R-Texas, Rep. Carolyn McCarthy, D-New York, and the Hide Caption "
            "box, that envoys met in Visalia over Obama-era rules and a GOP-led plan the Administration and many Texans opposed.")
    spans = split_sentences(text)
    tokens = tokenize(text)
    unclaimed: list[str] = []
    find_mentions(index, text, tokens, [0] * len(tokens), [0] * len(spans), unresolved=unclaimed)
    assert unclaimed == ["Visalia"]


def test_unclaimed_names_leave_out_credits_counties_and_quoted_titles(index):
    text = ('Critics in Quaylor County watched "Morning Harbor Hour" on TV. | Dale Kessock/Getty Images '
            "The envoys met in Visalia.")
    tokens = tokenize(text)
    unclaimed: list[str] = []
    find_mentions(index, text, tokens, [0] * len(tokens), [0] * len(split_sentences(text)), unresolved=unclaimed)
    assert unclaimed == ["Visalia"]


def unclaimed_in(index, text):
    tokens = tokenize(text)
    unclaimed: list[str] = []
    find_mentions(index, text, tokens, [0] * len(tokens), [0] * len(split_sentences(text)), unresolved=unclaimed)
    return unclaimed


def test_unclaimed_names_leave_out_a_family_called_by_its_surname(index):
    text = "Dale Kessock spoke. The Kessocks and the Obamas met the envoys in Visalia."
    assert unclaimed_in(index, text) == ["Visalia"]


def test_a_court_case_named_for_someone_is_no_actor_nor_an_unclaimed_name(index):
    text = "The Quorvel settlement limits detention. Under Quorvel, the envoys met in Visalia."
    assert unclaimed_in(index, text) == ["Visalia"]
    assert mentions(index, text)[0] == []
    # a person's "case" is still about the person
    found, _ = mentions(index, "The authority in the Quorvel case has not ruled. Quorvel was captured in 2009.")
    assert [s for s, _, _ in found] == ["Quorvel"]


def test_unclaimed_names_leave_out_an_english_word_opening_a_quotation(index):
    text = 'The mayor added, "Tell them it is done." The envoys met in Visalia.'
    assert unclaimed_in(index, text) == ["Visalia"]


def test_unclaimed_names_are_whole_names_not_the_rest_of_a_claimed_one(index):
    # the words after a place, an actor or an ordinary capitalised word go on that name
    text = ("Runners crossed the Boston Marathon line near the Statue of Liberty and the Little Sisters of the Poor. "
            "Obama Job Approval fell. The envoys met in Visalia.")
    assert unclaimed_in(index, text) == ["Visalia"]
    # (without the words before them, the same names are listed)
    assert unclaimed_in(index, "Runners crossed the line near Liberty.") == ["Liberty"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a catalog surname that is also a given name, before a surname no form starts, is someone else
        ("Former governor Haley Quorvath spoke, and Ryan Tessmer agreed.",
         [("Haley Quorvath", "haley-quorvath", "discovered"), ("Ryan Tessmer", "ryan-tessmer", "discovered")]),
        # ... also before another catalog person's surname: two catalog people make no third
        ("The issue came back to haunt Warren Cassidy, the lobby's chief, on Monday.",
         [("Warren Cassidy", "warren-cassidy", "discovered")]),
        # before an English word (a headline) the surname stays the catalog person's
        ("Speaker Paul Ryan spoke. Ryan Budget Plan Faces Test.",
         [("Paul Ryan", "paul-ryan", "name"), ("Ryan", "paul-ryan", "short")]),
        # ... but before a catalog surname that is a word too, after a given name of known sex, someone else
        ("The Gazette's Ryan Miller wrote the story on Monday.", [("Ryan Miller", "ryan-miller", "discovered")]),
        # ... and so before a middle initial
        ("The plan came from Rep. Ryan A. Costello on Monday.", [("Ryan A. Costello", "ryan-costello", "discovered")]),
        # the surname alone, and a word after it that names no one, stay the catalog person's
        ("The Ryan budget passed on Monday, and Ryan said so.",
         [("Ryan", "paul-ryan", "short"), ("Ryan", "paul-ryan", "short")]),
        # a given name and a surname after "X of Y and" start a person's name, not the rest of Y's
        ("Reps. Pell Darrigan of Texas and Anne Voss of Ohio voted.",
         [("Pell Darrigan", "pell-darrigan", "discovered"), ("Anne Voss", "anne-voss", "discovered")]),
    ],
)
def test_a_short_form_that_opens_another_persons_name_is_not_its_owner(index, text, expected):
    assert mentions(index, text)[0] == expected


def test_advocacy_groups_named_like_a_month_or_a_slogan_are_in_the_catalog(index):
    found, _ = mentions(index, "Students with March for Our Lives rallied in March, and the Coalition to Stop "
                               "Gun Violence and Families USA joined them.")
    assert [(s, a) for s, a, r in found if r != "pronoun"] == [
        ("March for Our Lives", "march-for-our-lives"), ("Coalition to Stop Gun Violence", "coalition-to-stop-gun-violence"),
        ("Families USA", "families-usa")]


def test_amnesty_is_amnesty_international_only_where_the_article_says_so(index):
    found, _ = mentions(index, "Texas sued to stop the amnesty for illegal immigrants, and Amnesty was the word.")
    assert found == []
    found, _ = mentions(index, "Amnesty International said the prisoners were tortured. Amnesty called for an inquiry.")
    assert [(s, a) for s, a, _ in found] == [("Amnesty International", "amnesty-international"),
                                             ("Amnesty", "amnesty-international")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Muslims gathered outside the mosque, and Muslim leaders spoke.",
         [("Muslims", "muslims", "name"), ("Muslim leaders", "muslims", "demonym")]),
        ("A rabbi said the Jewish community was shaken.", [("Jewish community", "jews", "demonym")]),
        ("Many Latinos backed the bill, while Hispanic voters in Arizona split.",
         [("Latinos", "hispanic-americans", "alias"), ("Hispanic voters", "hispanic-americans", "demonym")]),
        ("Catholic leaders met Sikhs, and the Roman Catholic Church agreed.",
         [("Catholic leaders", "catholics", "demonym"), ("Sikhs", "sikhs", "name"),
          ("Roman Catholic Church", "catholic-church", "alias")]),
        # a country's people are not its state: "community" heads only a group's adjective
        ("The Somali community in Minneapolis mourned.", []),
    ],
)
def test_religious_and_ethnic_groups(index, text, expected):
    found, _ = mentions(index, text)
    assert [f for f in found if f[2] != "pronoun"] == expected


@pytest.mark.parametrize(
    "text",
    ["Most Americans say the economy is getting worse.", "Israelis said they were tired of the war.",
     "Hispanic voters, Europeans said, would decide it."],
)
def test_a_demonym_is_never_a_new_actor(index, text):
    assert not discovered(index, text)
    peoples = index.peoples
    assert all(r in ("demonym", "pronoun") or a in peoples for _, a, r in mentions(index, text)[0])


@pytest.mark.parametrize(
    "text, expected",
    [
        # the plural demonym alone, and the adjective before a noun for people, name the people
        ("Palestinians protested, and Israelis rallied.",
         [("Palestinians", "palestinian-people", "alias"), ("Israelis", "israeli-people", "alias")]),
        ("Rockets killed two Israeli civilians, and Lebanese families fled.",
         [("Israeli civilians", "israeli-people", "demonym"), ("Lebanese families", "lebanese-people", "demonym")]),
        ("The American people deserve better, said the American public.",
         [("American people", "american-people", "name"), ("American public", "american-people", "demonym")]),
        # the state's heads still name the state
        ("Israeli officials and Israeli ministers met Palestinian residents.",
         [("Israeli officials", "israel", "demonym"), ("Israeli ministers", "israel", "demonym"),
          ("Palestinian residents", "palestinian-people", "demonym")]),
        # a people of its own, not the country's: no catalog actor
        ("Jewish Israelis and Arab Israelis voted.", []),
        ("Trade with Latin Americans grew.", []),
        ("Mexico curbed the flow of Central American migrants.", [("Mexico", "mexico", "name")]),
        # an adjective before anything else names nobody
        ("Israeli politics shifted.", []),
        ("Gun research is at the heart of American public health.", []),
        # a group's adjective before a noun for people names the group
        ("Hispanic voters turned out, and Muslim refugees arrived.",
         [("Hispanic voters", "hispanic-americans", "demonym"), ("Muslim refugees", "muslims", "demonym")]),
        ("Hispanic politics shifted.", []),
    ],
)
def test_peoples(index, text, expected):
    found, actors = mentions(index, text)
    assert [f for f in found if not actors[f[1]].discovered] == expected


def test_an_adjective_of_people_opens_no_name(index):
    assert mentions(index, "Latin American leaders met in Lima. Central American officials agreed.")[0] == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("According to Kovarik, the talks failed.", "Kovarik"),
        ("The look on Kovarik's face said it all.", "Kovarik"),
        ("Kovarik believes the talks failed.", "Kovarik"),
    ],
)
def test_more_contexts_make_a_lone_name_a_person(index, text, name):
    found, actors = mentions(index, text)
    assert [(a.name, a.kind) for a in actors.values()] == [(name, "person")]


def test_a_word_opening_a_sentence_before_a_speech_verb_is_a_speaker(index):
    # "Morello" and "Fryer" are English words too: only the speech verb after them says they are names
    found, actors = mentions(index, "The rally ended late. Morello said it was a start. Fryer also told reporters so.")
    assert [(s, actors[a].kind) for s, a, _ in found] == [("Morello", "person"), ("Fryer", "person")]
    # plural and collective nouns speak without an article, and are nobody
    text = "Police said the road was closed. Authorities told drivers to wait. Staff added that it reopened."
    assert mentions(index, text)[0] == []
    # a present form that is a noun too proves nothing: "Report claims" is no speaker
    assert mentions(index, "The vote was close. Fryer claims were heard.")[0] == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("The study was done by the RAND Corporation, which advises the Army.", "RAND Corporation"),
        ("A spokesman for PTR Industries said the plant would move.", "PTR Industries"),
        ("Gerald Kominski of the UCLA Center for Health Policy told the paper so.", "UCLA Center for Health Policy"),
    ],
)
def test_an_acronym_opens_an_organisation_ending_like_one(index, text, name):
    found, actors = mentions(index, text)
    assert [(actors[a].name, actors[a].kind) for s, a, _ in found if s.split()[0].isupper()] == [(name, "organisation")]
    assert not [s for s, a, _ in found if s in name and s != name], found  # no part of it taken apart


@pytest.mark.parametrize(
    "text",
    [
        "Conservative Super PAC Freedom Partners Action Fund bought ads.",  # the acronym is inside a longer name
        "He signed the STOP School Violence Act into law.",  # the name goes on past the organisation word
        "An acronym alone opens no name: the GOP Leader spoke.",
    ],
)
def test_an_acronym_opens_no_organisation_inside_or_before_a_longer_name(index, text):
    found, actors = mentions(index, text)
    assert not any(actors[a].discovered and s.split()[0].isupper() for s, a, _ in found), found


def test_a_company_noun_before_a_name_makes_it_an_organisation(index):
    text = ("Lyft said fares would rise. The ride-hailing company Lyft cut jobs. The firm Jones Day wrote the brief. "
            "The drugmaker Eli Lilly raised prices. Eli Lilly said it would not comment.")
    found, actors = mentions(index, text)
    assert {s: actors[a].kind for s, a, _ in found} == {"Lyft": "organisation", "Jones Day": "organisation",
                                                        "Eli Lilly": "organisation", "it": "organisation"}
    # a person stays a person, also after a company's founder title
    found, actors = mentions(index, "The company founder Marta Ruiz said sales grew. Ruiz said so again.")
    assert {actors[a].kind for _, a, _ in found} == {"person"}


@pytest.mark.parametrize(
    "text, name, later",
    [
        ("Sen. Kevin de Quorra proposed it. De Quorra said it would pass.", "Kevin de Quorra", "De Quorra"),
        ("Activist Marta de la Vellard spoke on Monday. De la Vellard said so.", "Marta de la Vellard", "De la Vellard"),
        ("Judge Pieter van Dorvelle ruled on Monday. Van Dorvelle said so.", "Pieter van Dorvelle", "Van Dorvelle"),
    ],
)
def test_particles_belong_to_the_name_and_the_surname_with_them_is_the_person(index, text, name, later):
    found, actors = mentions(index, text)
    assert [(s, actors[a].name, r) for s, a, r in found] == [(name, name, "discovered"), (later, name, "surname")]


def test_a_catalog_surname_after_particles_is_another_persons(index):
    # Ted Cruz's surname ends another person's name, who is no Ted Cruz
    found, actors = mentions(index, "Detainee Marta de la Cruz said the guards came at night.")
    assert [(s, actors[a].name) for s, a, _ in found] == [("Marta de la Cruz", "Marta de la Cruz")]
    # the particle written with a capital after a name word (Fidel Castro's surname)
    found, actors = mentions(index, "The fund, said Marta Quiroga De Castro of the council, is empty.")
    assert [(s, actors[a].name) for s, a, _ in found] == [("Marta Quiroga De Castro", "Marta Quiroga De Castro")]
    found, actors = mentions(index, "Fidel Castro spoke. Later, Castro left.")
    assert [actors[a].name for _, a, _ in found] == ["Fidel Castro", "Fidel Castro"]


@pytest.mark.parametrize(
    "text",
    [
        "Quorvex said it would appeal the ruling. Quorvex, which runs the center, denied it.",
        "Quorvex said it would appeal the ruling. Quorvex's shares fell on Monday.",
    ],
)
def test_a_lone_name_that_acts_as_a_firm_is_an_organisation(index, text):
    found, actors = mentions(index, text)
    assert {(actors[a].name, actors[a].kind) for _, a, _ in found} == {("Quorvex", "organisation")}


def test_president_pro_tem_is_a_title_and_pro_stays_a_word_of_names(index):
    text = "Senate President Pro Tem Dale Quorn agreed. Retailers such as Bass Pro Shops disagreed."
    found, actors = mentions(index, text)
    assert [(s, actors[a].name) for s, a, _ in found if actors[a].kind == "person"] == [("Dale Quorn", "Dale Quorn")]


def test_a_lone_surname_goes_to_the_namesake_the_article_has_named_by_title(index):
    # Christopher Stevens and John Paul Stevens share the surname: "Justice" says which
    found, actors = mentions(index, "Justice Stevens criticized the ruling. Stevens wrote a dissent.")
    assert [(s, a) for s, a, _ in found] == [("Stevens", "john-paul-stevens"), ("Stevens", "john-paul-stevens")]


def test_a_surname_with_either_apostrophe_is_the_same_persons(index):
    found, _ = mentions(index, "Judge Reed O'Connor ruled on Friday. O’Connor wrote that the mandate fails.")
    assert [(s, a) for s, a, _ in found] == [("Reed O'Connor", "reed-oconnor"), ("O’Connor", "reed-oconnor")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a given name no list knows, alone after the full name: the same person, and a person
        ("Jamilo Maalim arrived in 2010. Jamilo said she was afraid.",
         [("Jamilo Maalim", "jamilo-maalim", "person"), ("Jamilo", "jamilo-maalim", "person"),
          ("she", "jamilo-maalim", "person")]),
        # not the first word of a name that goes on with an ordinary word ("Forester", "Flight")
        ("A silver Quorvath Forester pulled into the lot. The Quorvath had no plates.",
         [("Quorvath Forester", "quorvath-forester", "name"), ("Quorvath", "quorvath", "name")]),
    ],
)
def test_the_first_word_of_a_name_no_list_knows_alone(index, text, expected):
    found, actors = mentions(index, text)
    assert [(s, a, actors[a].kind) for s, a, _ in found] == expected


def test_a_surname_with_or_without_its_accents_is_the_same_persons(index):
    found, _ = mentions(index, "Dolores Quiñónez spoke on Monday. Later, Ms. Quinonez said no.")
    assert [(s, a) for s, a, _ in found] == [("Dolores Quiñónez", "dolores-quinonez"), ("Quinonez", "dolores-quinonez")]
    found = resolved(index, "Ms. Saldana told Congress that the agency is strained.", date="2015-06-01")
    assert ("Saldana", "sarah-saldana") in [(s, a) for s, a, _ in found]


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("The drug was owned by Quorvasset, a small biotechnology company in Atlanta. Quorvasset wanted more.",
         "Quorvasset", "organisation"),
        ("The study came from Mercavo, a libertarian think tank. Mercavo said so.", "Mercavo", "organisation"),
        # the head comes first: a lawyer for a company is a person
        ("Kessock, a lawyer for the company, said no. Kessock left.", "Kessock", "person"),
        # a longer name that opens with no given name, the apposition after or before it
        ("The caravan was led by Pueblo Vasto Unido, the group helping migrants. Pueblo Vasto Unido said so.",
         "Pueblo Vasto Unido", "organisation"),
        ("The union sued its longtime advertising agency, Ackerly McQuorn, on Friday. Ackerly McQuorn denied it.",
         "Ackerly McQuorn", "organisation"),
        # not a person's name, nor one a statement to a body follows
        ("Dale Vorrick, the company's lawyer, said no. Vorrick left.", "Dale Vorrick", "person"),
        ("In a statement to the agency, Ackerly McQuorn said the suit was wrong.", "Ackerly McQuorn", "person"),
    ],
)
def test_an_apposition_that_calls_a_name_a_company_makes_it_an_organisation(index, text, name, kind):
    found, actors = mentions(index, text)
    assert {actors[a].kind for _, a, r in found if actors[a].name == name and r != "pronoun"} == {kind}


def test_a_lone_name_after_the_is_no_person(index):
    found, actors = mentions(index, "Few are insured, according to the Quorvex. The Quorvex said so again.")
    assert {(actors[a].name, actors[a].kind) for _, a, _ in found} == {("Quorvex", "organisation")}
    # ... but a family named so is people
    found, actors = mentions(index, "Groups backed by the Quorvex brothers spent money. Quorvex said so.")
    assert {actors[a].kind for _, a, _ in found} == {"person"}


def test_a_storms_name_names_nobody_anywhere_in_the_article(index):
    text = ("Hurricane Quorra hit the coast, and Tropical Storm Velma followed. Quorra killed 40 people, "
            "and officials said his response was slow.")
    found, _ = mentions(index, text)
    assert found == []
    # a person of that given name is still a person
    found, actors = mentions(index, "Velma Ostrander fled Hurricane Velma. Ostrander said she lost her home.")
    assert {actors[a].name for _, a, _ in found} == {"Velma Ostrander"}
    # ... nor does a list of them
    found, _ = mentions(index, "After the storms, including hurricanes Quorra, Velma and Tamsin, Quorra was the worst.")
    assert found == []


def test_a_lone_name_acting_as_a_person_joins_the_full_name_found_later(index):
    # "Kamyar" is no known given name: the full name is found after the lone ones, as a name of
    # unknown kind; the lone name's evidence makes it a person, whom "he" then takes up
    text = "The daughter of Kamyar Samimi spoke. The lawsuit is over Samimi's death. Samimi said he was ill."
    found, actors = mentions(index, text)
    assert {a for _, a, _ in found} == {"kamyar-samimi"} and actors["kamyar-samimi"].kind == "person"
    assert ("he", "kamyar-samimi", "pronoun") in found


def test_a_catalog_surname_yields_to_the_namesake_named_in_full_unless_its_owner_is_too(index):
    found, _ = mentions(index, "Union official Shawn Moran spoke on Monday. Moran says the crossings doubled.")
    assert [(s, a) for s, a, _ in found] == [("Shawn Moran", "shawn-moran"), ("Moran", "shawn-moran")]
    found, _ = mentions(index, "Mitt Romney and his wife, Ann Romney, arrived. Romney spoke first.")
    assert ("Romney", "mitt-romney") in [(s, a) for s, a, _ in found]


def test_a_title_an_organisation_gives_is_not_the_plain_role(index):
    for body in ("NEA", "the NRA's"):
        found, _ = mentions(index, f"{body} President Lily Marsh spoke. President Trump replied. The president left.")
        assert ("The president", "donald-trump", "role") in found, body
    # ... but is when nobody else holds it
    found, _ = mentions(index, "IRS Commissioner John Koskinen testified. The commissioner said no.")
    assert ("The commissioner", "john-koskinen", "role") in found
    # ... and a dateline is no organisation's: "(Harbor News) President ..." holds the plain role
    found, _ = find(index, "(CNN) President Donald Trump spoke on Monday. Chinese President Xi Jinping answered. "
                           "The next day the President left.", date="2018-11-26")
    assert [(m.surface, m.actor) for m in found if m.resolution == "role"] == [("the President", "donald-trump")]


def test_the_unqualified_office_is_the_one_not_titled_with_another_country(index):
    text = ("President Donald Trump spoke. He will meet Chinese President Xi Jinping at the summit.\n\n"
            "Democrats said the President must answer. How will the President react?")
    found, _ = find(index, text, date="2018-11-26")
    assert [(m.surface, m.actor) for m in found if m.resolution == "role"] == [
        ("the President", "donald-trump"), ("the President", "donald-trump")]
    # ... and in an article that titles only the foreign president, he is "the president"
    found, _ = find(index, "Chinese President Xi Jinping spoke in Beijing. The president said trade would grow.",
                    date="2018-11-26")
    assert [(m.surface, m.actor) for m in found if m.resolution == "role"] == [("The president", "xi-jinping")]
    # ... but not before he is named: "the president" there is no foreign one named later
    found, _ = find(index, "The spokesman said he let the president down, comparing a dictator to Syrian leader "
                           "Bashar Assad.", date="2017-04-12")
    assert [(m.surface, m.actor) for m in found if m.resolution == "role"] == []
    # ... unless the US has no such office: the one prime minister the article names, even later
    found, _ = find(index, "The prime minister warned of the talks. He was applauded. \"We are grateful,\" "
                           "Netanyahu said.", date="2015-03-03")
    assert [(m.surface, m.actor) for m in found if m.resolution in ("role", "pronoun")] == [
        ("The prime minister", "benjamin-netanyahu"), ("He", "benjamin-netanyahu")]


def test_an_office_title_picks_the_namesake_who_held_it(index):
    found, _ = mentions(index, "Congress acted after President Clinton used the CDC to advance his theme. "
                               "Secretary Clinton disagreed.")
    assert [(s, a) for s, a, r in found if s in ("Clinton", "his")] == [
        ("Clinton", "bill-clinton"), ("his", "bill-clinton"), ("Clinton", "hillary-clinton")]


@pytest.mark.parametrize(
    "text",
    [
        "Press Secretary Sanders said the bill was fine.",
        # the office ends a longer title of the catalog's; news style writes titles in lower case
        "White House press secretary Sanders said the bill was fine.",
    ],
)
def test_a_short_form_after_the_end_of_an_office_title_is_its_holders(index, text):
    assert [(s, a) for s, a, r in mentions(index, text)[0] if s == "Sanders"] == [("Sanders", "sarah-huckabee-sanders")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the namesake the article names in full never sat in the Senate: the senator is the other
        ("The group once paid Rep. Ron Paul of Texas. \"Senator Paul signs many letters,\" an aide said.",
         [("Ron Paul", "ron-paul"), ("Paul", "rand-paul")]),
        ("Rep. Ron Paul of Texas spoke. Mr. Paul left.", [("Ron Paul", "ron-paul"), ("Paul", "ron-paul")]),
        # a catalog namesake with other offices is not a justice: someone the catalog does not know
        ("The footnote came from Justice Brennan in 1982.", [("Brennan", "brennan")]),
    ],
)
def test_a_recorded_office_the_namesake_never_held_is_another_persons(index, text, expected):
    found, _ = mentions(index, text)
    assert [(s, a.split("--")[0]) for s, a, r in found if "Paul" in s or "Brennan" in s] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a state before the office: the namesake who held it there
        ("Florida Gov. Bush signed the bill.", "jeb-bush"),
        ("Texas Gov. Bush signed the bill.", "george-w-bush"),
        ("Florida Republican Gov. Bush signed the bill.", "jeb-bush"),
        # ... nobody of the catalog when none held it there
        ("Ohio Gov. Bush signed the bill.", "surname-bush"),
        ("Ohio Sen. Brown spoke.", "sherrod-brown"),
        # ... also when the article names the other namesake in full
        ("George W. Bush spoke. Later Florida Gov. Bush signed the bill.", "jeb-bush"),
        # a party and state tag after the surname says it too, the party included
        ("Sen. Scott (R-S.C.) said no.", "tim-scott"),
        ("Sen. Scott, R-Fla., said no.", "rick-scott"),
        ("Scott (R-S.C.) said no.", "tim-scott"),
        ("Sen. Brown (D-Ohio) said no.", "sherrod-brown"),
        ("Sen. Scott (R-SC) said no.", "tim-scott"),
    ],
)
def test_a_state_before_an_office_picks_the_namesake_who_held_it_there(index, text, expected):
    found, _ = mentions(index, text)
    assert [a for s, a, r in found if s in ("Bush", "Brown", "Scott")][-1] == expected


@pytest.mark.parametrize(
    "text, date, expected",
    [
        # a state's party member is who belonged to that party on the article's date
        ("Tulsi Gabbard spoke on Monday. The Hawaii Democrat said no.", "2019-05-02", "tulsi-gabbard"),
        ("Tulsi Gabbard spoke on Monday. The Hawaii Democrat said no.", "2025-02-01", None),
        ("Joe Manchin spoke on Monday. The West Virginia Democrat said no.", "2021-06-01", "joe-manchin"),
        ("Joe Manchin spoke on Monday. The West Virginia Democrat said no.", "2024-07-01", None),
        # undated, any party they belonged to fits what the text says
        ("Joe Manchin spoke on Monday. The West Virginia Democrat said no.", None, "joe-manchin"),
    ],
)
def test_a_party_member_is_read_at_the_articles_date(index, text, date, expected):
    found = [(s, a) for s, a, r in resolved(index, text, date) if r == "role"]
    assert found == ([] if expected is None else [(text.split(". ")[1].removesuffix(" said no."), expected)])


def test_a_tag_of_another_party_is_not_the_namesake_of_that_state(index):
    found, actors = mentions(index, "Rep. Johnson (D-Texas) said no.")
    assert [(s, actors[a].discovered) for s, a, r in found] == [("Johnson", True)]



@pytest.mark.parametrize(
    "text, expected",
    [
        ("Speaker Boehner said the House would vote on Friday.", [("the House", "house-of-representatives")]),
        # a longer name goes on, or the article is about another parliament
        ("The House Judiciary Committee met.", [("House Judiciary Committee", "house-judiciary-committee")]),
        ("MPs in Westminster debated. The House of Commons and then the House voted.",
         [("House of Commons", "house-of-commons")]),
        # at a sentence start, with the same rule for the article's context
        ("Speaker Boehner spoke. The House voted.", [("The House", "house-of-representatives")]),
        ("MPs in Westminster debated. The House voted.", []),
    ],
)
def test_the_house(index, text, expected):
    found, actors = mentions(index, text)
    assert [(s, a) for s, a, _ in found if "House" in s] == expected


def test_british_titles_introduce_a_name(index):
    found, actors = mentions(index, "Lord Sacks called it absurd. PC Hillier was alone in his car. The Lord is my shepherd.")
    assert [(s, a, r) for s, a, r in found] == [("Sacks", "sacks", "discovered"), ("Hillier", "hillier", "discovered"),
                                                ("his", "hillier", "pronoun")]
    assert actors["sacks"].gender == "male"


def test_a_city_after_a_given_name_is_a_surname(index):
    found, _ = mentions(index, "Whitney Houston sang in Houston. Joaquin Phoenix flew to Phoenix on Valentine's Day.")
    assert [(s, a) for s, a, _ in found] == [("Whitney Houston", "whitney-houston"), ("Joaquin Phoenix", "joaquin-phoenix")]
    # ... and a given name before a surname, and a place in an organisation's tail, are no place
    found, _ = mentions(index, "Judge Orlando Garcia studied at the University of Houston.")
    assert [(s, a) for s, a, _ in found] == [("Orlando Garcia", "orlando-garcia"), ("University of Houston", "university-of-houston")]
    found, _ = mentions(index, "Federal judge Orlando L. Garcia ruled, and Garcia's order stands. Orlando police agreed.")
    assert [(s, a) for s, a, _ in found] == [("Orlando L. Garcia", "orlando-garcia"), ("Garcia", "orlando-garcia")]
    # a given name that is also a word is one after a title: "Mark" is no person of its own
    found, _ = mentions(index, "Ohio Gov. Mark Dayton spoke in Dayton.")
    assert [(s, a) for s, a, _ in found] == [("Mark Dayton", "mark-dayton")]


def test_a_namesakes_relative_named_in_full_is_not_the_namesake(index):
    found, _ = mentions(index, "Police said Kovarik's brother, Tamas Kovarik, died in a shootout.")
    assert [(s, a) for s, a, _ in found] == [("Kovarik", "kovarik"), ("Tamas Kovarik", "tamas-kovarik")]


def test_an_apposition_with_a_place_noun_in_another_sense_leaves_a_person(index):
    assert discovered(index, "We met Kovari, a former state senator, in Tucson. Kovari said no.") == ["Kovari"]


def test_a_people_is_a_group_of_its_country_and_takes_they(index):
    people = index.actors["palestinian-people"]
    assert (people.name, people.kind, people.country, people.aliases) == ("Palestinian people", "group", "palestine", ("Palestinians",))
    found, _ = mentions(index, "Most Palestinians reject the plan. They say it ignores them.")
    assert [(s, a) for s, a, r in found if r == "pronoun"] == [("They", "palestinian-people"), ("them", "palestinian-people")]


def test_a_people_is_not_the_countrys_militant_group(index):
    found, _ = mentions(index, "Lebanese families fled as Hezbollah fired rockets. The Lebanese militant group said it would go on.")
    assert ("The Lebanese militant group", "hezbollah", "role") in found


def test_first_word_of_a_longer_demonym_is_still_a_name(index):
    # "Solomon Islanders" is a demonym; "Solomon" alone is a person here
    found, actors = mentions(index, "He added that Reyes was Solomon's personal assistant, Solomon said.")
    assert ("Solomon", "solomon", "discovered") in found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Chicago Tribune reported the deal first.", ["Chicago Tribune"]),
        ("A Houston Chronicle editor called Tucson officials.", ["Houston Chronicle"]),
        ("Texas Gov. Greg Abbott spoke in Kansas City.", ["Greg Abbott"]),
        ("Iowa Republicans met in Des Moines.", ["Republicans"]),
        ("Yesterday a reporter for the New York Daily News wrote that the mayor was wrong.", ["New York Daily News"]),
        ("New York Daily News reporters asked him about it.", ["New York Daily News"]),  # at a sentence start
        ("Catholic groups sued, and the Catholic Hospital Association objected.", ["Catholic Hospital Association"]),
        # the rest of a longer name is no name of its own; a chamber's committee is named whole
        ("The Senate Finance Committee met.", ["Senate Finance Committee"]),
        ("Guthrie sits on the House's Energy and Commerce Committee, aides said.", ["Guthrie", "the House", "Energy and Commerce Committee"]),
        ("The Children's Health Insurance Program expired.", []),
        ("In Europe, the Midwest and the Rio Grande Valley, Islamic and Spanish-language media grew.", []),
        # newspapers of hyphenated names, a place named for a saint, a school
        ("The Akron Beacon-Journal and the St. Louis Post-Dispatch ran it.", ["Akron Beacon-Journal", "St. Louis Post-Dispatch"]),
        ("Students at Akron High walked out in Cleveland and Buenos Aires.", ["Akron High"]),
    ],
)
def test_a_place_opens_a_newspaper_name_but_names_nobody_alone(index, text, expected):
    found, _ = mentions(index, text)
    assert [s for s, _, _ in found] == expected



@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mary Trump wrote a book about her uncle.", [("Mary Trump", "mary-trump")]),
        ("Michael J. Fox spoke at the gala.", [("Michael J. Fox", "michael-fox")]),
        ("Will Trump sign the bill?", [("Trump", "donald-trump")]),
        ("The senator told Fox that the plan would fail.", [("Fox", "fox-news")]),
        ("Criminologist James Alan Fox studies shootings. Fox says the data is clear.",
         [("James Alan Fox", "james-alan-fox"), ("Fox", "james-alan-fox")]),
        # a news agency or pollster called by its first word, unless a person of that name is named in full
        ("The deal was large, according to Bloomberg.", [("Bloomberg", "bloomberg-news")]),
        ("Michael Bloomberg funds the group. Bloomberg said it would grow, Bloomberg TV reported.",
         [("Michael Bloomberg", "michael-bloomberg"), ("Bloomberg", "michael-bloomberg"), ("Bloomberg TV", "bloomberg-news")]),
        ("Polls from Gallup and Rasmussen show the law is unpopular.", [("Gallup", "gallup"), ("Rasmussen", "rasmussen-reports")]),
        ("Nikolas Cruz was arrested after the shooting.", [("Nikolas Cruz", "nikolas-cruz")]),
        # the catalog person under another form of the same given name
        ("Paul D. Ryan spoke first.", [("Paul D. Ryan", "paul-ryan")]),
        ("Dick Durbin and Charles E. Grassley disagreed.",
         [("Dick Durbin", "dick-durbin"), ("Charles E. Grassley", "chuck-grassley")]),
        ("Sen. Diane Feinstein objected.", [("Diane Feinstein", "dianne-feinstein")]),
        # unless the catalog knows the name as someone's own: Ivana is no slip for Ivanka
        ("Ivana Trump wrote a memoir, and Ivanka Trump praised it.",
         [("Ivana Trump", "ivana-trump"), ("Ivanka Trump", "ivanka-trump")]),
        ("George P. Bush ran in Texas.", [("George P. Bush", "george-p-bush")]),
        ("Christopher C. Cuomo asked the question.", [("Christopher C. Cuomo", "chris-cuomo")]),
        # one discovered person under two forms of a given name; two under different names
        ("Detective Luis Alvarez fought cancer. Lou Alvarez died on Saturday.",
         [("Luis Alvarez", "luis-alvarez"), ("Lou Alvarez", "luis-alvarez")]),
        ("Joan Baker met John Baker.", [("Joan Baker", "joan-baker"), ("John Baker", "john-baker")]),
        # a nickname quoted inside a name is part of it, and calls the same person
        ('Dorota "Dot" Wenzlow was hurt on the pier. Dot Wenzlow recovered, Wenzlow said.',
         [('Dorota "Dot" Wenzlow', "dorota-wenzlow"), ("Dot Wenzlow", "dorota-wenzlow"), ("Wenzlow", "dorota-wenzlow")]),
        ("Kate Wenzlow was hurt. Her brother said Katarzyna “Kate” Wenzlow had recovered.",
         [("Kate Wenzlow", "kate-wenzlow"), ("Katarzyna “Kate” Wenzlow", "kate-wenzlow")]),
        ("College President Harold 'Bud' Kessling approved it.", [("Harold 'Bud' Kessling", "harold-kessling")]),
        ("Mayor William H. “Bill” Vandermolen said no. John Russell \"Rusty\" Kessling said yes.",
         [("William H. “Bill” Vandermolen", "william-vandermolen"), ('John Russell "Rusty" Kessling', "john-russell-kessling")]),
        ('Mayor Harold Fitzwater "Bud" Vandermolen said no.', [('Harold Fitzwater "Bud" Vandermolen', "harold-fitzwater-vandermolen")]),
        # a building named for someone is nobody
        ("Eric Cantor met Republicans at Blair House.", [("Eric Cantor", "eric-cantor"), ("Republicans", "republican-party")]),
        # a lone name first, the full name later: one person
        ("Moran said the agents were angry. Union president Shawn Moran said so too.",
         [("Moran", "shawn-moran"), ("Shawn Moran", "shawn-moran")]),
        ("Jesse Jackson spoke, and Jesse Jackson Jr. listened.",
         [("Jesse Jackson", "jesse-jackson"), ("Jesse Jackson Jr", "jesse-jackson-jr")]),
    ],
)
def test_a_short_form_after_a_given_name_is_another_person(index, text, expected):
    found, _ = mentions(index, text)
    assert sorted((s, a) for s, a, r in found if r != "pronoun") == sorted(expected)


def test_middle_initials_and_short_given_names_do_not_split_a_person_across_articles(index):
    """One article writes the middle initial or the full given name, another does not: one actor
    in the aggregates. A middle name or a "Jr." keeps a person apart."""
    short, _ = mentions(index, "Economist Jim Lindqvist testified on Tuesday.")
    full, _ = mentions(index, "Economist James Lindqvist testified on Friday.")
    assert [a for _, a, _ in short] == [a for _, a, _ in full] == ["james-lindqvist"]
    for other in ("Economist James Alan Lindqvist testified.", "Economist Jim Lindqvist Jr. testified.",
                  "Economist Jimena Lindqvist testified."):
        assert [a for _, a, _ in mentions(index, other)[0]] != ["james-lindqvist"]
    first, _ = mentions(index, "Economist Sarah R. Lindqvist testified on Tuesday.")
    second, _ = mentions(index, "Economist Sarah Lindqvist testified again on Friday.")
    third, _ = mentions(index, "Economist Sarah T. Lindqvist-Moore testified too.")
    assert [a for _, a, _ in first] == [a for _, a, _ in second] == ["sarah-lindqvist"]
    assert [a for _, a, _ in third] == ["sarah-lindqvist-moore"]
    both, actors = mentions(index, "Sarah R. Lindqvist testified. Later Sarah Lindqvist left the room.")
    assert {a for _, a, _ in both} == {"sarah-lindqvist"}
    assert actors["sarah-lindqvist"].name == "Sarah R. Lindqvist"  # the first form names it
    leading, _ = mentions(index, "Economist J. Walter Lindqvist testified on Tuesday.")
    assert [(s, a) for s, a, _ in leading] == [("Walter Lindqvist", "walter-lindqvist")]  # as "J. Walter Lindqvist"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The American Enterprise Institute published the study.", ["American Enterprise Institute"]),
        ("The National Immigration Law Center sued.", ["National Immigration Law Center"]),
        ("The National Association of Manufacturers objected.", ["National Association of Manufacturers"]),
        ("The House Judiciary Committee voted.", ["House Judiciary Committee"]),  # a title word opens it
        ("National Shooting Sports Foundation officials said so.", ["National Shooting Sports Foundation"]),
        ("American officials met.", ["American officials"]),  # a demonym phrase, as before
    ],
)
def test_an_organisation_may_open_with_a_demonym_or_national(index, text, expected):
    found, actors = mentions(index, text)
    assert [s for s, _, _ in found] == expected
    assert all(actors[a].kind in ("organisation", "country") for _, a, _ in found)


@pytest.mark.parametrize(
    "text",
    ["Former President Bill Clinton chimed in on the plan.", "Obama told CEOs last week that he would wait.",
     "Before the Fourth of July recess, the vote came."],
)
def test_titles_holidays_and_plural_titles_are_no_new_actors(index, text):
    assert not discovered(index, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Yesterday Insurance Commissioner Mike Chaney said no.", ["Mike Chaney"]),
        ("Technologist Erin Tonkyro said it worked.", ["Erin Tonkyro"]),
        ("Later Sheriff Arpaio said no.", ["Arpaio"]),
        ("County Executive Dow Constantine spoke on Monday.", ["Dow Constantine"]),
    ],
)
def test_a_title_or_a_job_before_a_name_is_not_part_of_it(index, text, expected):
    found, _ = mentions(index, text)
    assert [s for s, _, r in found if r != "pronoun"] == expected


@pytest.mark.parametrize("date, expected", [("2013-04-10", "surname-wolf"), ("2020-04-10", "chad-wolf")])
def test_a_lone_surname_goes_to_nobody_who_took_office_after_the_article(index, date, expected):
    text = "Republicans in the House met. Wolf said the bill was dead, and the A-rated senators agreed."
    tokens = tokenize(text)
    spans = split_sentences(text)
    sent = [next(k for k, (s, e) in enumerate(spans) if s <= t.start < e) for t in tokens]
    found, actors = find_mentions(index, text, tokens, sent, [0] * len(spans), date=date)
    assert [(m.surface, m.actor) for m in found if m.surface == "Wolf"] == [("Wolf", expected)]
    assert not any("rated" in a for a in actors)


def test_an_organisation_named_in_full_is_found_by_its_first_or_last_word_later(index):
    found, actors = mentions(index, "Economists at the Harbor Policy Institute and the Quaylor Center disagree about "
                                    "what the new ferry line would cost over the next ten years. Harbor says it would fall; Quaylor says it would rise, and the "
                                    "Harbor team expects savings. The New York Times reported the study on Monday. "
                                    "According to the Times, the mayor agreed.")
    by_surface = {}
    for s, a, _ in found:
        by_surface.setdefault(s, set()).add(actors[a].name)
    assert by_surface["Harbor"] == {"Harbor Policy Institute"}
    assert by_surface["Quaylor"] == {"Quaylor Center"}
    assert by_surface["Times"] == {"The New York Times"}


def test_the_last_word_of_an_organisation_opening_a_longer_name_is_not_that_organisation(index):
    found, _ = mentions(index, "Immigration and Customs Enforcement held them. Later, Enforcement and Removal Operations "
                               "officers released them.")
    assert [s for s, a, _ in found if a == "ice"] == ["Immigration and Customs Enforcement"]
    # also when the catalog writes the name with "The" ("The Cato Institute")
    found, _ = mentions(index, "The Cato Institute sent nine people to the court. Cato planned no parties.")
    assert [(s, a) for s, a, _ in found] == [("The Cato Institute", "cato-institute"), ("Cato", "cato-institute")]
    # the word stands for the organisation only where the article names it in full
    _, alone = mentions(index, "Officials told reporters that Quaylor expects the ferry to be late again on Monday.")
    assert [a.name for a in alone.values()] == ["Quaylor"]


def test_state_tags_people_of_states_and_political_sides_are_no_actors(index):
    text = ("Sen. Chuck Schumer, D-New York, said that 1 in 4 Texans has no coverage, and that the Left "
            "and the Right agree on the border Wall. ( CARTOONS: Pia Lund on ferries)")
    assert discovered(index, text) == ["Pia Lund"]
    # (a county is a place, as a city is: no actor either)
    assert discovered(index, "Quaylor County hospitals had climbed out of the red, and evangelical Christian "
                             "leaders in Quaylor County agreed on Monday.") == []
    # nor are the ACA's "Cadillac tax" and a bridge on the border
    assert discovered(index, "Mainers and Detroiters fear the Cadillac tax, they said at the Paso del Norte bridge.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Officials met the Harbor Court of Appeals and the Quay Institute of Technology on Monday.",
         ["Harbor Court of Appeals", "Quay Institute of Technology"]),
        ("Researchers at the University of Quayland at Eastport and the Harbor Journal of Medicine agreed.",
         ["University of Quayland at Eastport", "Harbor Journal of Medicine"]),
        # a field joined by "and" ends a tail of any length
        ("Mia Dorvelle, who leads the Quayland Center for Harbor Policy and Research, told me so.",
         ["Mia Dorvelle", "Quayland Center for Harbor Policy and Research"]),
        # "and the" and a last word go on a one-word tail, not another body
        ("The Quayland Commission on Ferries and the Uninsured found gaps on Monday.",
         ["Quayland Commission on Ferries and the Uninsured"]),
        ("The Quayland Bureau of Ferries and the Harbor Service said no on Monday.",
         ["Quayland Bureau of Ferries", "Harbor Service"]),
        # the rest of a city in a party tag is no name
        ("Speaker Mia Dorvelle, D-Los Angeles, and Sen. Tom Quorn (R-San Diego) agreed on Monday.",
         ["Mia Dorvelle", "Tom Quorn"]),
        ("Rep. Mia Dorvelle, D-St. Louis, and Sen. Tom Quorn (R-St. Peters) agreed on Monday.",
         ["Mia Dorvelle", "Tom Quorn"]),
        # a hyphenated description or an account is no name
        ("Gun-control advocates and Cuban-American voters cheered, @HarborNews reported on Monday.", []),
        ("Pre-existing conditions and Monday-Friday hours were covered, the mayor said on Monday.", []),
        ("A girl in a white T-shirt passed the X-ray machines, officials said on Monday.", []),
        # ... nor the capitalised first word of a numbered item
        ("The questions: 6) Will this work? 9) Walls work, officials said on Monday.", []),
        # ... nor, after a capitalised word opening a sentence, a contraction or a description
        ("\u201cObviously I\u2019m disappointed,\u201d the mayor said. Twenty Republican-led states sued on Monday.",
         []),
        # catalog people's surnames joined name a bill, no new person
        ("Senators rejected the Graham-Cassidy bill and then Manchin-Toomey, officials said on Monday.", []),
        # a firm's "&" joins its name
        ("Analysts at Quaylor & Dorvelle and the Harbor Leukemia & Lymphoma Society agreed on Monday.",
         ["Quaylor & Dorvelle", "Harbor Leukemia & Lymphoma Society"]),
    ],
)
def test_organisation_tails_descriptions_and_accounts(index, text, expected):
    assert sorted(discovered(index, text)) == sorted(expected)


def test_a_word_first_taken_for_a_person_goes_to_the_organisation_named_in_full(index):
    found, actors = mentions(index, "Editors told The New York Times about the ferry plan on Monday. The plan will "
                                    "cost more, the Times adds, citing officials at the Quaylor Institute. Quaylor said "
                                    "the Harbor Institute for Ferry Safety Pia Lund agreed.")
    names = {(s, actors[a].name) for s, a, _ in found}
    assert ("Times", "The New York Times") in names and ("Quaylor", "Quaylor Institute") in names
    # an organisation's tail ends before a person's name
    assert ("Harbor Institute for Ferry Safety", "Harbor Institute for Ferry Safety") in names
    assert ("Pia Lund", "Pia Lund") in names


def test_an_honorific_keeps_a_surname_from_the_other_person_named_in_full(index):
    found, actors = mentions(index, "Mrs. Clinton thanked the volunteers at the harbor on Monday. She praised her "
                                    "husband, former President Bill Clinton, and Mrs. Clinton then left.")
    assert [actors[a].name for s, a, _ in found if s == "Clinton"] == ["Hillary Clinton", "Hillary Clinton"]


def test_a_lone_given_name_is_the_one_person_named_in_full_with_it(index):
    found, actors = mentions(index, "Felipe Quaylor-Ramos crossed the harbor on Monday with his brother. Later "
                                    "Felipe told reporters that the ferry had been late again, and Ana agreed.")
    names = {(s, actors[a].name) for s, a, _ in found}
    assert ("Felipe", "Felipe Quaylor-Ramos") in names
    assert ("Ana", "Ana") in names  # nobody named in full is called Ana


def test_a_common_nickname_alone_is_the_one_person_named_in_full_with_its_given_name(index):
    found, actors = mentions(index, "Kathleen Quaylor said the ferry had been late again. Critics say Kathy is "
                                    "blaming the port.")
    assert [(s, actors[a].name) for s, a, _ in found if s == "Kathy"] == [("Kathy", "Kathleen Quaylor")]
    # ... but not when someone named here has it as a given name: "Jack" is Jack Dorvelle's, not John Quaylor's
    found, actors = mentions(index, "John Quaylor and Jack Dorvelle crossed the harbor. Later Jack told reporters "
                                    "that the ferry had been late again.")
    assert [(s, actors[a].name) for s, a, _ in found if s == "Jack"] == [("Jack", "Jack Dorvelle")]


def test_an_ambiguous_given_name_inside_a_sentence_before_a_surname_opens_a_persons_name(index):
    _, actors = mentions(index, "The vote was close, and Mark Quaylor said that Frank Dorvelle and Will Power "
                                "were wrong about the ferry plan.")
    kinds = {a.name: a.kind for a in actors.values()}
    assert kinds["Mark Quaylor"] == "person" and kinds["Frank Dorvelle"] == "person"
    assert kinds["Will Power"] == "name"  # "power" is an ordinary word: no sign of a person


def test_jan_is_a_given_name_before_a_surname_and_the_month_before_a_date(index):
    assert discovered(index, "Gov. Jan Quaylor said on Monday that the vote on Jan. 20 and on Jan 21 would stand.") \
        == ["Jan Quaylor"]


def test_saint_and_a_surname_is_a_place(index):
    found, _ = mentions(index, "Officials in St. Paul said the ferry would run again on Monday, and Paul agreed.")
    assert [s for s, _, _ in found] == ["Paul"]


def test_a_catalog_organisation_is_found_by_its_first_word_only_when_that_word_names_it(index):
    found, actors = mentions(index, "Analysts at the Heritage Foundation and agents of the Border Patrol disagreed "
                                    "about the harbor fence on Monday. Heritage says it costs too much; Border "
                                    "security, the agents said, comes first.")
    names = [(s, actors[a].name) for s, a, _ in found]
    assert ("Heritage", "Heritage Foundation") in names
    assert not any(s == "Border" for s, _ in names)


def test_a_us_body_named_with_us_is_the_same_body_named_without_it(index):
    found, actors = mentions(index, "The U.S. Harbor Guard searched the harbor on Monday, officials said. "
                                    "Later the Harbor Guard said the ferry had been found.")
    assert [(s, actors[a].name) for s, a, _ in found] == [("U.S. Harbor Guard", "Harbor Guard"),
                                                          ("Harbor Guard", "Harbor Guard")]
    # ... and so for the catalog's ("U.S. Coast Guard" ... "the Coast Guard")
    found, actors = mentions(index, "The U.S. Coast Guard searched the harbor on Monday, officials said. "
                                    "Later the Coast Guard said the ferry had been found.")
    assert [(s, a) for s, a, _ in found] == [("U.S. Coast Guard", "us-coast-guard"), ("the Coast Guard", "us-coast-guard")]


def test_a_country_word_opening_an_organisations_name_is_no_mention_of_the_country(index):
    found, actors = mentions(index, "A U.S. Harbor Court in Maine blocked the plan on Monday, and the U.S. said it "
                                    "would appeal.")
    assert [(s, actors[a].name) for s, a, _ in found] == [("U.S. Harbor Court", "Harbor Court"),
                                                          ("U.S.", "United States"), ("it", "United States")]


@pytest.mark.parametrize(
    "text, they",
    [
        ("Republicans met on Monday, and they agreed to fund the harbor.", "republican-party"),
        ("US officials met Hezbollah envoys on Monday; they warned of escalation.", "us"),
        # a body named in the singular, or a country, is "it" in news: "they" are the people just named
        ("The Senate passed the harbor bill after dairy farmers said they needed it.", None),
        ("The Senate passed the harbor bill after Amish farmers said they needed it.", "amish"),
        ("Migrants waited at the border with the United States, and they were tired.", None),
    ],
)
def test_they_takes_up_people_in_the_plural_not_a_body_named_in_the_singular(index, text, they):
    got = [a for _, a in pronoun_pairs(index, text)]
    assert got == ([they] if they else [])


@pytest.mark.parametrize(
    "text, they",
    [
        ("Democrats met on Monday, and they agreed to fund the harbor.", ["democratic-party"]),
        # a plural noun between the actor and the pronoun is what "they" or "them" takes up
        ("Democrats said the harbor plans were late, and they would be changed.", []),
        ("Democrats praised the 40 farmers, and they thanked them.", []),
        ("Democrats visited the children before they left.", []),
        ("Democrats passed the harbor law, and 54 percent of those questioned say they oppose it.", []),
        # ... and so do two actors together: "they" may be both
        ("Democrats let Gaby Vellard and Tessa Quorn out of the center, and they went back.", []),
        ("Democrats praised the port after the insurer and Aetna said they would merge.", []),
        # "as they say" stands for nobody
        ("Democrats passed the harbor bill; as they say, the rest is history.", []),
        ("Democrats passed the harbor bill, and they praised it.", ["democratic-party"]),
        # a plural after a preposition or before "who" is a noun; the head of an actor's mention is the actor
        ("Democrats must settle a fight between dockers who want tolls because they fear losses.", []),
        ("Democrats wrote to the board about dockworkers, and they asked for a meeting.", []),
        ("Democrats met on Monday. A pilot led a group of non-members into the harbor office and sat with them.", []),
        ("Based on statements from NRA leaders, it is unlikely they would vote no.", ["nra"]),
        # ... unless the pronoun opens the sentence after the one the actor opens: the subject goes on
        ("Democrats share these harbor concerns. They have said so.", ["democratic-party"]),
        ("Most Democrats back the harbor plans. But they want changes.", ["democratic-party"]),
        ("The board heard Democrats on the harbor plans. They were late.", []),
        # ... but not when two open it together: "they" may be both
        ("Republicans and Democrats back the harbor plans. But they disagree on tolls.", []),
        ("Democrats visited unlicensed pilots who've docked there, and they thanked them.", []),
        # a reflexive takes the nearest fitting actor of its own sentence
        ("Republicans blamed the harbor board, but the fight is among Democrats themselves.", ["democratic-party"]),
        ("Democrats met on Monday. Themselves and others were blamed.", []),
        # a question's plural subject after its auxiliary stands between too
        ("Will Democrats be forced to pay? Will they vote? Will dockworkers be able to work without worrying "
         "whether they can pay?", ["democratic-party"]),
    ],
)
def test_they_passes_over_an_actor_when_a_plural_noun_stands_between(index, text, they):
    assert [a for _, a in pronoun_pairs(index, text)] == they


def test_a_former_holder_named_with_the_title_is_not_the_holder_at_the_articles_date(index):
    text = ("President Obama created the harbor program years ago. On Monday judges ordered the president to "
            "restart it, and President Trump said he would appeal.")
    found, actors = find(index, text, date="2018-06-09")
    roles = [actors[m.actor].name for m in found if m.resolution == "role"]
    assert roles == ["Donald Trump"]
    found, actors = find(index, text, date="2014-06-09")  # then the article's own "President Obama" holds
    assert [actors[m.actor].name for m in found if m.resolution == "role"] == ["Barack Obama"]


def test_a_name_with_a_middle_initial_is_one_name_even_when_the_initial_is_a_word(index):
    found, _ = mentions(index, "Mark L. Pryor of Arkansas met Orrin G. Hatch. Lucinda A. Vosk said the talks went well.")
    assert [(s, a, r) for s, a, r in found] == [("Mark L. Pryor", "mark-pryor", "name"), ("Orrin G. Hatch", "orrin-hatch", "name"),
                                                ("Lucinda A. Vosk", "lucinda-vosk", "discovered")]
    # the catalog person's initial must not contradict the one written here
    found, _ = mentions(index, "George W. Bush met George P. Bush.")
    assert [a for _, a, _ in found] == ["george-w-bush", "george-p-bush"]


def test_a_lone_name_acting_as_a_person_joins_the_full_name_with_an_initial(index):
    found, _ = mentions(index, '"We heard you," Mark J. Tolver, a deputy secretary, wrote. Tolver said more time would help.')
    assert [(s, a) for s, a, _ in found] == [("Mark J. Tolver", "mark-tolver"), ("Tolver", "mark-tolver")]


def test_a_name_after_a_closing_quote_is_a_name_not_a_sentence_start(index):
    assert discovered(index, '"Nobody listened to the families," Crump said.') == ["Crump"]
    assert discovered(index, 'She said, "Crump is a good word."') == []


def test_a_possessive_with_a_persons_noun_after_in_is_a_person_not_a_place(index):
    assert discovered(index, "In Vaskin's view, the plan was doomed.") == ["Vaskin"]
    assert discovered(index, "The mayor lives in Lymington's old town.") == []


def test_an_office_before_a_surname_keeps_it_from_a_namesake_named_in_full(index):
    text = ("President Obama led a day of remembrance. \"We have to do more,\" the president said, before he and "
            "first lady Michelle Obama lit candles. Mrs. Obama wept. Obama left for Camp David.")
    found, _ = mentions(index, text)
    assert [(s, a) for s, a, _ in found] == [
        ("Obama", "barack-obama"), ("the president", "barack-obama"), ("he", "barack-obama"),
        ("Michelle Obama", "michelle-obama"), ("Obama", "michelle-obama"), ("Obama", "barack-obama")]
    # without the office holder in the article, the surname is the one named in full
    found, _ = mentions(index, "Ivanka Trump spoke in Detroit. Trump said she would return.")
    assert [(s, a) for s, a, _ in found] == [("Ivanka Trump", "ivanka-trump"), ("Trump", "ivanka-trump"), ("she", "ivanka-trump")]


def test_a_surname_that_is_a_month_or_a_direction_counts_before_a_verb_of_saying(index):
    text = ("Prime Minister Theresa May faces a vote in Parliament. May has said she will stay. In May, the talks "
            "failed. May was the wettest month. May also told the cabinet to wait.")
    found, _ = mentions(index, text)
    assert [(s, a) for s, a, _ in found if s == "May"] == [("May", "theresa-may"), ("May", "theresa-may")]
    found, _ = mentions(index, "Oliver North will leave the board. The storm moved North. North said the board had failed.")
    assert [(s, a) for s, a, _ in found if "North" in s] == [("Oliver North", "oliver-north"), ("North", "oliver-north")]


def test_a_surname_goes_to_a_living_namesake_before_one_named_as_late(index):
    text = ("Chris Vell, a spokesman for the Harbor Institute, spoke. The bill was championed by the late Sen. "
            "Dale Vell. Mr. Vell said the institute would oppose it.")
    found, _ = mentions(index, text)
    assert [(s, a) for s, a, r in found if "Vell" in s][-1] == ("Vell", "christopher-vell")
    # named as late and alone: the surname is still his
    found, _ = mentions(index, "The late Sen. Dale Vell championed the bill. Vell said it would pass.")
    assert [(s, a) for s, a, r in found] == [("Dale Vell", "dale-vell"), ("Vell", "dale-vell")]


def test_a_surname_before_its_catalog_owner_is_named_is_the_namesake_named_so_far(index):
    text = ("Former Vice President Dick Cheney spoke in Casper. Cheney said the bill went too far. "
            "His daughter, Rep. Liz Cheney, voted for it. Cheney said she had no regrets.")
    found, _ = mentions(index, text)
    cheneys = [(s, a) for s, a, _ in found if "Cheney" in s]
    assert cheneys == [("Dick Cheney", "dick-cheney"), ("Cheney", "dick-cheney"),
                       ("Liz Cheney", "liz-cheney"), ("Cheney", "liz-cheney")]
    # an owner the article has already named by the short form keeps it
    found, _ = mentions(index, "President Trump signed the order. Ivanka Trump thanked her father. Trump left at noon.")
    assert [(s, a) for s, a, _ in found if "Trump" in s] == [
        ("Trump", "donald-trump"), ("Ivanka Trump", "ivanka-trump"), ("Trump", "donald-trump")]
    # as does a noun only its owner fits
    found, _ = mentions(index, "Jeb Bush spoke in Miami. The last Bush presidency ended in 2009. George W. Bush stayed away.")
    assert [(s, a) for s, a, _ in found if "Bush" in s][1] == ("Bush", "george-w-bush")


def test_another_given_name_before_a_surname_is_another_person(index):
    found, _ = mentions(index, "Megan Tolliver spoke first. Later she hugged her niece Grace Tolliver. Tolliver smiled.")
    assert [(s, a) for s, a, _ in found] == [("Megan Tolliver", "megan-tolliver"), ("she", "megan-tolliver"),
                                             ("her", "megan-tolliver"), ("Grace Tolliver", "grace-tolliver"),
                                             ("Tolliver", "megan-tolliver")]


def test_a_slogan_ending_in_a_demonym_is_no_actor_but_a_surname_that_is_a_demonym_is(index):
    assert discovered(index, 'The billboard says "Pure American" under a photo. It is as American as pie.') == []
    assert discovered(index, '"It is amnesty," said Bob Dane of the federation. Dane declined to say more.') == ["Bob Dane"]


def test_parties_in_a_case_name_name_the_case_not_actors(index):
    found, _ = mentions(index, "The court will rule in King v. Burwell. It may overturn Roe v. Wade, Trump said. "
                               "Brown v. Board of Education ended that.")
    assert [(s, a) for s, a, _ in found] == [("Trump", "donald-trump")]
    # "vs." in a headline is a contest between actors
    found, _ = mentions(index, "Piers Morgan vs. Alex Jones")
    assert [a for _, a, _ in found] == ["piers-morgan", "alex-jones"]


def test_a_web_address_names_nobody_but_a_credit_pair_does(index):
    assert discovered(index, "Watch it here: pic.twitter.com/HgavzhOtiN and bit.ly/Kv3Qpl today.") == []
    assert discovered(index, "A Reuters/Quorvex poll found support rising, Vaskin said.") == ["Quorvex", "Vaskin"]


def test_programmes_and_their_acronyms_are_no_actors(index):
    text = ("The Harbor Relief Protocols (HRP) sent boats back. Families in the Small Business Harbor Options Program "
            "and the Dockside Savings Account were told the Lantern Plan had ended, Vaskin said.")
    assert discovered(index, text) == ["Vaskin"]


def test_a_month_after_of_is_no_surname_but_after_a_title_it_is(index):
    found, _ = mentions(index, "The review was put on hold at the end of May. Prime Minister May spoke. Mrs. May left.")
    assert [(s, a) for s, a, _ in found] == [("May", "theresa-may"), ("May", "theresa-may")]


def test_a_city_that_is_also_a_surname_is_the_person_only_where_it_acts_as_one(index):
    found, _ = mentions(index, "Defense Secretary Lloyd Austin spoke. Austin said the troops would stay. "
                               "Secretary Austin flew home.")
    assert [(s, a) for s, a, _ in found] == [("Lloyd Austin", "lloyd-austin"), ("Austin", "lloyd-austin"),
                                             ("Austin", "lloyd-austin")]
    found, _ = mentions(index, "Lloyd Austin spoke in Austin, Texas. Austin has grown fast.")
    assert [(s, a) for s, a, _ in found] == [("Lloyd Austin", "lloyd-austin")]
    # a state after a name and a parenthesis is a place, whatever title the name might also be
    found, _ = mentions(index, "Rep. Steve King, Iowa Republican, spoke. Angus King (Maine) agreed.")
    assert [s for s, _, _ in found] == ["Steve King", "Angus King"]


def test_a_given_name_joined_to_a_full_name_shares_its_surname(index):
    found, _ = mentions(index, "Funding giants Charles and David Koch gave money. Bill and Hillary Clinton spoke. "
                               "Tom and Jane Vosk agreed.")
    assert [(s, a) for s, a, _ in found] == [
        ("Charles", "charles-koch"), ("David Koch", "david-koch"), ("Bill", "bill-clinton"),
        ("Hillary Clinton", "hillary-clinton"), ("Tom", "thomas-vosk"), ("Jane Vosk", "jane-vosk")]
    # a surname or a place before "and" is no given name
    found, _ = mentions(index, "Sen. Bill Cassidy spoke. The plan by Cassidy and Lindsey Graham failed. "
                               "Saxby Chambliss of Georgia and Dean Heller voted no.")
    assert ("Cassidy", "bill-cassidy") in [(s, a) for s, a, _ in found]
    assert not any(a in ("cassidy-graham", "georgia-heller") for _, a, _ in found)


def test_a_description_in_apposition_is_the_person_it_follows(index):
    found, _ = mentions(index, "Senator Lamar Alexander spoke. Rep. Mark Walker (R-N.C.), the chairman of the Republican "
                               "Study Committee, agreed. Later the chairman of the Republican Study Committee said no.")
    assert [(s, a) for s, a, r in found if r == "role"] == [("the chairman", "mark-walker"), ("the chairman", "mark-walker")]
    found, _ = mentions(index, "Donald Trump is the president of the United States, and Lora Vance, the president of "
                               "the Harbor Guild, disagrees.")
    assert [(s, a) for s, a, r in found if r == "role"] == [("the president", "donald-trump"), ("the president", "lora-vance")]


def test_a_description_of_another_body_or_name_or_in_a_list_stays_unresolved(index):
    text = ("Judiciary Chairman Bob Goodlatte spoke. The bill is backed by GOP leaders and the chairman of the House "
            "Freedom Caucus. Kasich, the governor of Ohio, and Vosmer, the governor of Idaho, agreed. "
            "'We build on what Kathleen, the President, and others did,' Goodlatte said.")
    found, _ = mentions(index, text)
    assert [(s, a) for s, a, r in found if r == "role"] == [("the governor", "john-kasich")]


def test_a_partys_adjective_before_its_people_names_the_party(index):
    found, _ = mentions(index, "Republican lawmakers said no, and Democratic senators agreed. The Democratic party "
                               "split. Money went to the Republican Governors Association.")
    assert [(s, a) for s, a, _ in found] == [
        ("Republican lawmakers", "republican-party"), ("Democratic senators", "democratic-party"),
        ("Democratic party", "democratic-party"), ("Republican Governors Association", "republican-governors-association")]
    # not across punctuation
    found, _ = mentions(index, "Democratic — and some Republican — senators voted no.")
    assert found == []
    # a chamber between ("Republican House members"), and members of a party
    found, _ = mentions(index, "Republican House members balked; Democratic members of the panel did not.")
    assert [(s, a) for s, a, _ in found] == [("Republican House members", "republican-party"),
                                             ("Democratic members", "democratic-party")]


def test_a_countrys_consulate_is_the_country(index):
    found, _ = mentions(index, "The family called the Guatemalan Consulate, then the Mexican consulates.")
    assert [(s, a) for s, a, _ in found] == [("Guatemalan Consulate", "guatemala"), ("Mexican consulates", "mexico")]


def test_they_is_no_bodys_people_named_after_punctuation(index):
    text = "(CNN) - Members of the new caucus said Sunday they expect a draft."
    assert pronoun_pairs(index, text) == []


def test_a_chamber_opening_a_committees_name_is_the_committee(index):
    found, _ = mentions(index, "The Senate Judiciary Committee met, and the Senate passed the bill.")
    assert [(s, a) for s, a, _ in found] == [("Senate Judiciary Committee", "senate-judiciary-committee"), ("Senate", "senate")]


@pytest.mark.parametrize("text, expected", [
    # its staff's union speaks for the union, not for the agency
    ("Mara Voss, president of the National Border Patrol Council, said agents were angry.",
     [("National Border Patrol Council", "national-border-patrol-council"), ("Mara Voss", "mara-voss")]),
    ("The National ICE Council objected to the plan, the National ICE Council said.",
     [("National ICE Council", "national-ice-council"), ("National ICE Council", "national-ice-council")]),
    ("The USCIS Council said the plan was unworkable.", [("USCIS Council", "uscis-council")]),
    ("Pell Harrow of the FBI Agents Association said the plan was unworkable.",
     [("Pell Harrow", "pell-harrow"), ("FBI Agents Association", "fbi-agents-association")]),
    # a fund named for a chamber is nobody's chamber
    ("The Senate Conservatives Fund said it would spend on ads while the Senate was away.",
     [("Senate Conservatives Fund", "senate-conservatives-fund"), ("it", "senate-conservatives-fund"), ("Senate", "senate")]),
    # a council that is part of the body stays the body
    ("The White House Council of Economic Advisers said wages rose.", [("White House", "white-house")]),
])
def test_a_government_bodys_name_opening_a_union_or_fund_is_that_union_or_fund(index, text, expected):
    found, _ = mentions(index, text)
    assert sorted((s, a) for s, a, _ in found) == sorted(expected)


def test_an_acronym_opening_a_name_after_the_opening_the_is_an_organisation(index):
    text = "The QRT Corporation said costs rose."
    assert discovered(index, text) == ["QRT Corporation"]


def test_a_firms_suffix_in_capitals_ends_its_name_and_no_namesakes_surname_takes_it(index):
    found, actors = mentions(index, "The agency gave the grant to Kessock LLC, which lobbies the agency. The firm's "
                                    "principal, Mara Kessock, was turned away. Kessock LLC did not respond.")
    assert [(s, a) for s, a, _ in found] == [("Kessock LLC", "kessock-llc"), ("The firm", "kessock-llc"),
                                             ("Mara Kessock", "mara-kessock"), ("Kessock LLC", "kessock-llc")]
    assert actors["kessock-llc"].kind == "organisation" and actors["kessock-llc"].sector == "company"


def test_a_newspapers_name_is_an_organisation_found_again_by_its_last_word(index):
    found, actors = mentions(index, "The Harbor Valley Bee reported it. The Bee found no record. Rep. Randy Forbes agreed.")
    assert [(s, a) for s, a, _ in found] == [("Harbor Valley Bee", "harbor-valley-bee"), ("Bee", "harbor-valley-bee"),
                                             ("Randy Forbes", "randy-forbes")]
    assert actors["harbor-valley-bee"].kind == "organisation"
    assert found[1][2] == "short"  # an organisation's short name, no surname


def test_a_country_ending_an_organisations_name_is_no_mention_of_the_country(index):
    found, _ = mentions(index, "Officials at the nonprofit Enroll Harbor America said more people signed up this week, "
                               "and the Boy Scouts of America agreed, while across America people cheered.")
    assert [(s, a) for s, a, _ in found] == [("Enroll Harbor America", "enroll-harbor-america"), ("America", "us")]
    found, _ = mentions(index, "The hearing, titled What Should America Do about the harbor, drew a Hungarian-born U.S. "
                               "citizen and other witnesses.")
    assert [(s, a) for s, a, _ in found] == [("America", "us"), ("U.S.", "us")]
    # in a Title Case line every word has a capital
    found, _ = mentions(index, "Blinken Reiterates Need for Increased Gaza Aid")
    assert ("Gaza", "gaza") in [(s, a) for s, a, _ in found]


def test_a_direction_opens_an_organisations_name(index):
    assert sorted(discovered(index, "Jane Vosk of Southern Harbor University spoke in Eastern Europe. The Northern Dock "
                                    "Workers Union agreed.")) == ["Jane Vosk", "Northern Dock Workers Union", "Southern Harbor University"]


def test_the_federal_appeals_courts_are_one_actor_each_however_written(index):
    found, _ = mentions(index, "The 9th U.S. Circuit Court of Appeals ruled. The Ninth Circuit ruled again, and the 5th "
                               "Circuit agreed, as did the U.S. Court of Appeals for the D.C. Circuit.")
    assert [a for _, a, _ in found] == ["ninth-circuit", "ninth-circuit", "fifth-circuit", "dc-circuit"]


def test_of_several_bodies_named_the_one_named_in_this_sentence_or_the_one_before_is_meant(index):
    text = ("Republicans and Democrats met on the harbor bill. Later, Democrats voted against it. "
            "The party said the bill would fail.")
    assert [(s, a) for s, a, r in resolved(index, text) if r == "role"] == [("The party", "democratic-party")]
    # both named in the sentence before: nobody
    text = "Republicans and Democrats met on the harbor bill. The party said the bill would fail."
    assert [(s, a) for s, a, r in resolved(index, text) if r == "role"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Kaiser Family Foundation polled voters. The foundation said most were unsure.",
         [("The foundation", "kaiser-family-foundation")]),
        ("The FBI ran the checks; the bureau processed a record number.", [("the bureau", "fbi")]),
        # in capitals too, a house style ("the Court held") ...
        ("The FBI ran the checks; the Bureau processed a record number.", [("the Bureau", "fbi")]),
        ("The Supreme Court heard the case, and the Court ruled for Ruiz.", [("the Court", "us-supreme-court")]),
        # ... but not where a longer name goes on or a title holds it
        ("Duke University found it, said Jo Ruiz, a professor at the University of Alabama School of Law who "
         "studied it.", []),
        ("The Supreme Court ruled, Ruiz said on Face the Court after the vote.", []),
        # the Centers for Disease Control and Prevention is an agency too: of two, the one named close by
        ("The Food and Drug Administration approved the drug in May. Doctors were pleased. Later, the Centers for "
         "Disease Control and Prevention counted 805 cases. The agency said more would come.", [("The agency", "cdc")]),
        # something else's foundation, or the court of public opinion: nobody
        ("The Kaiser Family Foundation polled voters on the foundation of the health law.", []),
        ("The Supreme Court upheld the law, which lost in the court of public opinion.", []),
        # a matter in court is not the court
        ("The Supreme Court will hear it. The court case rests on four words, and the court battle drags on.", []),
        ("The National Rifle Association backed Ruiz, but the association with Grady hurt him.", []),
        # a state's armed forces are "the military" and "the army"; a hospital named for an army is not,
        # nor is a US branch "the military"
        ("The Israeli military struck Rafah. The army said the military had found tunnels.",
         [("The army", "idf"), ("the military", "idf")]),
        ("Doctors at Reynolds Army Community Hospital left. The military paid them.", []),
        ("The U.S. Army missed its goal. The military paid more, and the army hired.", [("the army", "us-army")]),
        # "the country" is the one country named in its sentence or the one before ...
        ("Mexico held elections on Sunday. The country is divided.", [("The country", "mexico")]),
        ("Voters in Mexico and Canada went to the polls. The country is divided.", []),
        ("Mexico held elections on Sunday. The government conceded nothing.", [("The government", "mexico")]),
        # ... never the only one an article names further away: news calls its own country so
        ("Mexico held elections on Sunday. Farmers voted. Migrants in the country illegally stayed home.", []),
    ],
)
def test_more_bodies_said_by_their_kind(index, text, expected):
    assert [(s, a) for s, a, r in resolved(index, text) if r == "role"] == expected


def test_the_court_is_the_one_court_the_article_names(index):
    found, _ = mentions(index, "The 9th U.S. Circuit Court of Appeals ruled on Monday. In its opinion, the court said "
                               "the order was unlawful.")
    assert [(s, a, r) for s, a, r in found][-1] == ("the court", "ninth-circuit", "role")
    found, _ = mentions(index, "The Supreme Court heard the case while the 5th Circuit disagreed. The court said nothing, "
                               "and the justices left.")
    assert "the court" not in [s.lower() for s, _, _ in found]
    assert ("the justices", "us-supreme-court") in [(s, a) for s, a, _ in found]


def test_a_judge_named_before_the_one_court_leaves_the_court_to_nobody(index):
    # a district judge's court is not the appeals court the article names only later
    text = ("Judge Mary Elton ruled on Friday. \"The court sees no merit in the claim,\" she wrote. The state may "
            "appeal to the 9th U.S. Circuit Court of Appeals.")
    found, _ = mentions(index, text)
    assert "the court" not in [s.lower() for s, _, _ in found]
    assert ("9th U.S. Circuit Court of Appeals", "ninth-circuit") in [(s, a) for s, a, _ in found]
    # named before the judge's words, the court is still the one court
    found, _ = mentions(index, "The 9th U.S. Circuit Court of Appeals heard Judge Mary Elton's case. The court "
                               "said nothing.")
    assert ("The court", "ninth-circuit", "role") in found


def test_the_president_pro_tempore_is_another_office(index):
    found, _ = mentions(index, "President Obama spoke. Both will be appointed by the President pro tempore of the Senate, "
                               "and the president agreed.")
    assert [(s, a) for s, a, r in found if r == "role"] == [("the president", "barack-obama")]


def test_a_long_name_that_ends_like_an_organisation_is_whole(index):
    assert discovered(index, "Doctors at the new Gerald Vance Regional Medical Center said the ward was full.") \
        == ["Gerald Vance Regional Medical Center"]


def test_a_tech_school_is_an_organisation(index):
    _, actors = mentions(index, "Students at Louisiana Tech said the campus was calm, and the dean agreed.")
    assert [(a.name, a.kind) for a in actors.values() if a.discovered] == [("Louisiana Tech", "organisation")]


def test_a_lone_name_before_settlement_or_decision_names_a_case(index):
    found, _ = mentions(index, "Sen. Dean Heller spoke. The justices cited the Heller decision, and officials want to end "
                               "the Vosko settlement that limits detention.")
    assert [s for s, _, _ in found] == ["Dean Heller"]


def test_a_country_after_a_given_name_and_a_comma_is_still_the_country(index):
    found, _ = mentions(index, "Children came from El Salvador, Guatemala and Honduras, said Barbara Jordan.")
    assert [a for _, a, _ in found if a != "barbara-jordan"] == ["el-salvador", "guatemala", "honduras"]
    assert "jordan" not in [a for _, a, _ in found]


def test_organisations_listed_after_commas_are_each_found_whole(index):
    text = ("The letter was signed by the Harbor Policy Institute, the Western Academy of Coastal Surgeons, "
            "the Pacific Action Forum and the Northern Federation of Ferry Workers.")
    assert sorted(discovered(index, text)) == ["Harbor Policy Institute", "Northern Federation of Ferry Workers",
                                               "Pacific Action Forum", "Western Academy of Coastal Surgeons"]


def test_a_place_after_a_comma_and_of_or_to_is_no_actor(index):
    text = ("'We want laws that work,' said Dorrin Kell, of Lakemoor, who drove in. "
            "She travels from Brownsville, Texas, to Matamoros each week. "
            "Jeffrey Voss, of Harbor State University, agreed.")
    assert sorted(discovered(index, text)) == ["Dorrin Kell", "Harbor State University", "Jeffrey Voss"]


def test_a_family_called_by_its_plural_surname_is_no_person_of_its_own(index):
    text = "Mary Kell pays more now. The Kells said the premium doubled. Michelle Obama visited the Obamas' old school."
    _, actors = mentions(index, text)
    assert sorted((a.name, a.kind) for a in actors.values() if a.discovered) == [
        ("Kell family", "group"), ("Mary Kell", "person"), ("Obama family", "group")]


def test_a_role_said_of_a_name_of_unknown_kind_goes_to_nobody_else(index):
    text = "Kasich, the governor of Ohio, and Vosmer, the governor of Idaho, agreed."
    found, _ = mentions(index, text)
    assert [(s, a) for s, a, r in found if r == "role"] == [("the governor", "john-kasich")]


def test_a_name_before_a_participle_in_ed_is_no_actor(index):
    assert discovered(index, "Only Harbor-approved devices and a Voss-driven plan for Kellco-funded clinics remain.") == []


def test_a_given_name_that_is_also_a_document_word_opens_a_name_in_a_list(index):
    text = "The governors Maren Stohl, Bill Ardwick and Tom Ravel met. The Bill passed later."
    assert sorted(discovered(index, text)) == ["Bill Ardwick", "Maren Stohl", "Tom Ravel"]


def test_an_ordinary_word_opening_a_sentence_is_no_short_form_unless_it_acts(index):
    text = "Mara Roof joined the Young Americans for Liberty. Liberty will be lost, she said. Roof said so."
    got = [(s, a) for s, a, r in resolved(index, text) if r != "pronoun"]
    assert got == [("Mara Roof", "mara-roof"), ("Young Americans for Liberty", "young-americans-for-liberty"),
                   ("Roof", "mara-roof")]


def test_the_speaker_of_a_quote_is_not_whom_the_quote_is_about(index):
    text = ("President Trump will visit on Monday. The mayor, Dan Margolis, spoke to reporters. "
            "“I hope the city gives the president a warm welcome,” he said.")
    got = pronoun_pairs(index, text)
    assert got == [("he", "daniel-margolis")]


def test_he_after_a_quoted_sentence_takes_up_its_speaker_not_whom_the_quotation_names(index):
    text = ("“Sen. Max Baucus is not the only one who sees a wreck,” Dan Margolis, the mayor's spokesman, "
            "told reporters on Thursday. He was referring to the finance chairman.")
    got = pronoun_pairs(index, text)
    assert got == [("He", "daniel-margolis")]


def test_a_title_word_after_an_honorific_is_a_surname(index):
    text = "Mr. King runs a grill in Ohio. Mr. King said his cooks are young. Thank you, Mr. President, she said."
    got = [(s, a) for s, a, r in resolved(index, text) if r != "pronoun"]
    assert got == [("King", "king"), ("King", "king")]
    assert mentions(index, text)[1]["king"].gender == "male"


def test_magazines_named_new_and_the_people_of_new_york(index):
    text = ("The New Yorker and the New Republic reported it. A lifelong New Yorker, she said no. "
            "Most New Yorkers said no, and Wisconsinites said yes.")
    got = [(s, a) for s, a, r in resolved(index, text) if r != "pronoun"]
    assert got == [("The New Yorker", "new-yorker"), ("New Republic", "new-republic")]


def test_a_one_word_name_the_article_also_uses_as_a_place_names_nobody(index):
    text = ("Marlow's schools are full. Marlow is more vital than it was. Refugees settled in Marlow. "
            "Rep. Dale Kessock, Pennsylvania Republican, said Kessock's plan would help. "
            "Ridezo said fares rose; an investor in Ridezo agreed.")
    got = [(s, a) for s, a, r in resolved(index, text) if r != "pronoun"]
    assert got == [("Dale Kessock", "dale-kessock"), ("Kessock", "dale-kessock"), ("Ridezo", "ridezo")]


def test_a_capitalised_auxiliary_opening_a_question_is_no_name(index):
    text = "Campaign notes - Can Ken Cuccinelli pull off an upset? Analysis - Should Delmar Voss run again?"
    assert sorted(discovered(index, text)) == ["Delmar Voss"]


def test_a_quoted_title_of_a_show_or_book_is_no_actor(index):
    text = ("Sen. Jo Kellam said on CNN's \"Starting Point\" that a tabloid called him the \"Craziest Man on Earth.\" "
            "A fan said \"Dorrin Vosk is right.\"")
    assert sorted(discovered(index, text)) == ["Dorrin Vosk", "Jo Kellam"]


def test_a_surname_in_a_shows_quoted_title_names_the_show(index):
    found, _ = mentions(index, 'Tom Perez said on CNN\'s "Cuomo Prime Time" that it was bad. '
                               'Andrew Cuomo said "Cuomo Is Right" was his slogan. '
                               'Critics spoke of "Cuomo Derangement Syndrome."')
    assert [s for s, a, r in found if a == "andrew-cuomo" and r != "pronoun"] == ["Andrew Cuomo", "Cuomo", "Cuomo"]


def test_a_surname_quoted_alone_after_a_possessive_names_the_show(index):
    found, _ = mentions(index, "Tom Perez told Fox News’ “Cuomo,” that it was bad. Tom Perez spoke on CNN's \"Cuomo\" too. "
                               "Andrew Cuomo spoke. His aide called him \"Cuomo\" in jest.")
    assert [s for s, a, r in found if a == "andrew-cuomo" and r != "pronoun"] == ["Andrew Cuomo", "Cuomo"]


def test_a_newspaper_written_in_capitals_is_the_newspaper_not_the_country(index):
    found, _ = mentions(index, "Photo: Dale Voss, USA TODAY. The USA and Canada agreed.")
    assert [(s, a) for s, a, _ in found if a in ("usa-today", "us")] == [("USA TODAY", "usa-today"), ("USA", "us")]


def test_they_takes_up_a_bodys_people_named_after_its_acronym(index):
    text = "The Harbor Policy Institute (HPI) officials said they disagreed."
    assert pronoun_pairs(index, text) == [("they", "harbor-policy-institute")]


def test_the_fed_is_the_federal_reserve_and_van_hollen_one_person(index):
    text = "The Fed raised rates. Fed up, voters left. Sen. Chris Van Hollen objected, and Van Hollen said so."
    got = [(s, a) for s, a, r in resolved(index, text) if r != "pronoun"]
    assert got == [("The Fed", "federal-reserve"), ("Chris Van Hollen", "chris-van-hollen"),
                   ("Van Hollen", "chris-van-hollen")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # words joined by "and" make one organisation's name when it ends like one
        ("Staff of the Harbor and Estuary Council and the Ethics and Marine Policy Center met.",
         ["Harbor and Estuary Council", "Ethics and Marine Policy Center"]),
        # names that are no English words, a newspaper, or a second name that opens its own make two
        ("She studied at Dovrel and Kessock Law School.", ["Dovrel", "Kessock Law School"]),
        ("The Harbor Review and Weekly Standard disagreed.", []),
        # a state named in two words goes on a longer name and ends one
        ("Staff at the University of North Carolina and the New Jersey Harbor Coalition agreed.",
         ["University of North Carolina", "New Jersey Harbor Coalition"]),
        # a place named for a saint is found whole, never as a person of its own
        ("The St. Louis County Harbor Department reported a rise.", ["St. Louis County Harbor Department"]),
    ],
)
def test_organisations_joined_by_and_or_named_for_places_are_found_whole(index, text, expected):
    assert sorted(discovered(index, text)) == sorted(expected)


def test_a_committee_of_congress_and_its_name_without_the_chamber(index):
    text = ("The Senate Homeland Security and Governmental Affairs Committee met. Sen. Dale Kessock, who chairs the "
            "Senate Judiciary Committee, said the Judiciary Committee would vote. The House Ways and Means Committee agreed.")
    got = [(s, a) for s, a, r in mentions(index, text)[0] if a.endswith("-committee")]
    assert got == [("Senate Homeland Security and Governmental Affairs Committee", "senate-homeland-security-committee"),
                   ("Senate Judiciary Committee", "senate-judiciary-committee"),
                   ("Judiciary Committee", "senate-judiciary-committee"),
                   ("House Ways and Means Committee", "house-ways-and-means-committee")]
    assert index.actors["senate-judiciary-committee"].government == "us"


def test_a_committee_name_of_both_chambers_stays_its_own_when_the_article_names_both(index):
    text = "The House Judiciary Committee and the Senate Judiciary Committee met. The Judiciary Committee voted."
    got = [(s, a) for s, a, _ in mentions(index, text)[0]]
    assert ("Judiciary Committee", "senate-judiciary-committee") not in got
    assert ("Judiciary Committee", "house-judiciary-committee") not in got


@pytest.mark.parametrize(
    "text, committee",
    [
        ("The Senate voted on Monday. The Judiciary Committee approved the harbor bill.", "senate-judiciary-committee"),
        ("The House voted on Monday. The Judiciary Committee approved the harbor bill.", "house-judiciary-committee"),
        ("The Senate voted on Monday. The Finance Committee met.", "senate-finance-committee"),
        # both chambers, or neither: the committee is not decided
        ("The Senate and the House voted. The Judiciary Committee approved the harbor bill.", "judiciary-committee"),
        ("The Ohio legislature voted. The Judiciary Committee approved the harbor bill.", "judiciary-committee"),
        # the House has no finance committee
        ("The House voted on Monday. The Finance Committee met.", "finance-committee"),
        # the committee's own sentence decides first, by a chamber or a member's title
        ("The House voted on Monday. Sen. Dale Kessock, chairman of the Judiciary Committee, objected.",
         "senate-judiciary-committee"),
        ("The Senate voted on Monday. Rep. Dale Kessock, who chairs the Judiciary Committee, objected.",
         "house-judiciary-committee"),
        ("The Senate and the House voted. The Judiciary Committee, led by a senator from Ohio, objected.",
         "senate-judiciary-committee"),
        ("The Senate and the House voted. Sen. Dale Kessock told Rep. Jo Platt the Judiciary Committee would act.",
         "judiciary-committee"),
    ],
)
def test_a_committee_without_its_chamber_is_the_one_of_the_chamber_the_article_names(index, text, committee):
    assert [a for s, a, _ in mentions(index, text)[0] if s.endswith("Committee")] == [committee]


def test_a_discovered_organisation_named_short_is_the_one_named_in_full(index):
    text = ("Volunteers at the Refugee Dream Center said so. The Dream Center opened in May. "
            "The UK Department of Harbors and the Kessock Department of Harbors met.")
    got = [(s, a) for s, a, _ in mentions(index, text)[0]]
    assert ("Dream Center", "refugee-dream-center") in got
    # a name right after a capitalised word is part of another, not a short form
    assert not any(s == "Department of Harbors" and a == "kessock-department-of-harbors" for s, a in got)
    # ... and its first word alone, taken for it before, goes with it
    text = ("The Senate Judiciary Committee on Thursday approved the harbor bill. The measure's passage by the "
            "Judiciary panel was expected. The Judiciary Committee has approved three other bills.")
    assert {a for s, a, _ in mentions(index, text)[0]} == {"senate-judiciary-committee"}


def test_a_states_chamber_is_not_congress(index):
    text = ("The Texas Senate passed the bill and the state House agreed. New York Senate leaders met. "
            "Texas Senate candidate Dale Kessock and three swing state Senate Democrats spoke. The U.S. Senate voted.")
    got = [s for s, a, _ in mentions(index, text)[0] if a == "senate"]
    assert got == ["Senate", "Senate", "U.S. Senate"]


def test_a_states_court_or_department_is_not_the_federal_one(index):
    text = ("The Texas Supreme Court ruled, and the state Department of Justice and the Ohio Attorney General "
            "appealed. Then the Supreme Court and the Department of Justice weighed in.")
    got = [(s, a) for s, a, _ in mentions(index, text)[0] if a in ("us-supreme-court", "justice-department")]
    assert got == [("Supreme Court", "us-supreme-court"), ("Department of Justice", "justice-department")]


def test_a_states_legislature_chambers_courts_and_offices_are_actors_of_their_own(index):
    text = ("The Texas Senate passed the harbor bill and the Texas House of Representatives agreed. "
            "Colorado's General Assembly and the New York State Assembly followed, and the Virginia House of "
            "Delegates did not. The Ohio House Finance Committee met as the Nevada Supreme Court ruled. "
            "The California Department of Justice and the Kessock Harbor Authority sued. "
            "Pennsylvania State Police said the Illinois legislature was wrong.")
    got, actors = mentions(index, text)
    assert [(s, actors[a].name) for s, a, _ in got if actors[a].discovered and a != "kessock-harbor-authority"] == [
        ("Texas Senate", "Texas Senate"), ("Texas House of Representatives", "Texas House"),
        ("Colorado's General Assembly", "Colorado General Assembly"), ("New York State Assembly", "New York Assembly"),
        ("Virginia House of Delegates", "Virginia House of Delegates"),
        ("Ohio House Finance Committee", "Ohio House Finance Committee"), ("Nevada Supreme Court", "Nevada Supreme Court"),
        ("California Department of Justice", "California Department of Justice"),
        ("Pennsylvania State Police", "Pennsylvania State Police"), ("Illinois legislature", "Illinois Legislature"),
    ]
    assert all(actors[a].kind == "organisation" and actors[a].country == "us" for _, a, r in got if r == "discovered"
               and a != "kessock-harbor-authority")
    # a state's race for Congress, or its delegation there, is no state body; nor is a House where the
    # state has none
    text = ("Dale Kessock won the Texas Senate race. The Ohio House delegation met. "
            "One California House Republican listened.")
    assert not any(a.discovered for a in mentions(index, text)[1].values() if a.name != "Dale Kessock")


def test_a_states_body_named_without_its_state_is_the_one_the_article_named_before(index):
    text = ("The Missouri House voted 118-36 for the harbor bill. The state House had passed it before, "
            "and the state Senate will vote next week. The Iowa Legislature adjourned; the legislature meets in May.")
    got = [(s, a) for s, a, _ in mentions(index, text)[0]]
    assert ("The state House", "missouri-house") in got
    assert ("the legislature", "iowa-legislature") in got
    assert not any(s == "state Senate" or "Senate" in s for s, _ in got)  # no Missouri Senate named
    # another state named since, or in the same sentence, leaves it open; so does a body named only later
    text = ("The Kansas legislature voted for the harbor bill. Dale Kessock lives in New York. "
            "Republicans in the legislature objected. The legislature in Texas votes next. "
            "The Assembly will vote too, as the Nevada Assembly did.")
    got = [(s, a) for s, a, _ in mentions(index, text)[0]]
    assert [a for s, a in got if "legislature" in s.lower()] == ["kansas-legislature"]
    assert [a for s, a in got if "Assembly" in s] == ["nevada-assembly"]
    assert "Assembly" not in discovered(index, text)
    text = ("The Democrat-led Assembly gaveled out before midnight, after the 2012 General Assembly session. "
            "The Assembly speaker, a Democrat, squelched the harbor deal.")
    assert not discovered(index, text)
    # the UN's General Assembly, named before, is what "the General Assembly" is when no state's is named
    text = "The UN General Assembly voted on the harbor resolution. The General Assembly vote was 128 to 9."
    assert [a for _, a, _ in mentions(index, text)[0]] == ["un-general-assembly", "un-general-assembly"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kessock testified before the House Energy & Commerce Committee.",
         ("House Energy & Commerce Committee", "house-energy-and-commerce-committee")),
        ("The Department of Health & Human Services said so.", ("Department of Health & Human Services", "hhs")),
        ("Smith and Wesson said so.", ("Smith and Wesson", "smith-wesson")),
    ],
)
def test_a_catalog_name_is_found_with_and_written_as_an_ampersand_or_the_other_way(index, text, expected):
    assert expected in [(s, a) for s, a, _ in mentions(index, text)[0]]


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Avalere Health said premiums would rise.", "Avalere Health", "organisation"),  # a firm's last word
        ("Kessock Harbor said the port would close.", "Kessock Harbor", "name"),  # an ordinary noun ends no surname
        ("Dale Kessock said the port would close.", "Dale Kessock", "person"),  # a given name before it
        ("Mark Harbor said the port would close.", "Mark Harbor", "person"),  # a given name that is also a word
        ("Varkonyi Baker said the port would close.", "Varkonyi Baker", "person"),  # a word that is a surname too
        ("Kessock Airlines said the port would close.", "Kessock Airlines", "organisation"),
    ],
)
def test_the_kind_of_a_discovered_name_by_its_last_word(index, text, name, kind):
    actors = mentions(index, text)[1]
    assert [(a.name, a.kind) for a in actors.values()] == [(name, kind)]


def test_an_organisation_with_a_common_nouns_possessive_inside_is_one_name(index):
    text = ("Dale Kessock of the ACLU's Immigrants' Rights Project and doctors at St. Jude Children's Research "
            "Hospital met the National Women’s Law Center and the Harbor County Sheriff's Office.")
    got, actors = mentions(index, text)
    assert [s for s, a, _ in got if actors[a].kind == "organisation" and actors[a].discovered] == [
        "Immigrants' Rights Project", "St. Jude Children's Research Hospital", "National Women’s Law Center",
        "Harbor County Sheriff's Office"]
    # a person's or an organisation's possessive before another organisation is not part of its name
    text = ("Obama's Justice Department and Georgetown University's Harbor Policy Institute agreed; so did the "
            "Harbor School of Public Health's Injury Research Center.")
    got, actors = mentions(index, text)
    names = [actors[a].name for _, a, _ in got]
    assert "Harbor Policy Institute" in names and "Georgetown University" in names
    assert not any("'s" in n or "’s" in n for n in names)


def test_a_compass_word_goes_on_an_organisations_tail(index):
    text = ("Judge Dale Kessock of the U.S. District Court for the Southern District of Harbor County ruled, "
            "and the University of Southern California agreed.")
    names = [a.name for a in mentions(index, text)[1].values() if a.kind == "organisation"]
    assert "District Court for the Southern District of Harbor County" in names
    assert "University of Southern California" in names


def test_a_discovered_names_id_is_the_same_whichever_apostrophe_is_typed(index):
    one = mentions(index, "Devin O'Malley said the Women's Harbor Commission agreed.")[0]
    two = mentions(index, "Devin O’Malley said the Women’s Harbor Commission agreed.")[0]
    assert [a for _, a, _ in one] == [a for _, a, _ in two] == ["devin-omalley", "womens-harbor-commission"]


def test_the_last_word_of_an_organisation_inside_another_name_is_not_it(index):
    text = "The Catholic Church held a vigil. People gathered for a prayer vigil at St. Rose Church in Newtown."
    assert [(s, a) for s, a, _ in mentions(index, text)[0]] == [("Catholic Church", "catholic-church")]
    # alone, it is the organisation named in full before
    text = "The Catholic Church held a vigil. Officials said the Church would help the families."
    assert [(s, a) for s, a, _ in mentions(index, text)[0]] == [("Catholic Church", "catholic-church"),
                                                                ("Church", "catholic-church")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("U.S. District Judge Dale Kessock blocked the rule. The judge said it was unlawful.",
         [("The judge", "dale-kessock")]),
        ("Sen. Jane Varkonyi voted no. The senator said the harbor bill was flawed.", [("The senator", "jane-varkonyi")]),
        ("State Sen. Jane Varkonyi voted no, and the senator said so.", [("the senator", "jane-varkonyi")]),
        ("Mayor Dale Kessock spoke. The mayor said the city would sue.", [("The mayor", "dale-kessock")]),
        ("House Speaker Dale Kessock spoke. The speaker said no.", [("The speaker", "dale-kessock")]),
        ("Harbor Secretary Jane Varkonyi spoke. The secretary said no.", [("The secretary", "jane-varkonyi")]),
        ("Rep. Jane Varkonyi voted no. The congresswoman said so, and the lawmaker left.",
         [("The congresswoman", "jane-varkonyi"), ("the lawmaker", "jane-varkonyi")]),
        ("Secretary of State Jane Varkonyi spoke. The secretary said no.", [("The secretary", "jane-varkonyi")]),
        # a press secretary or an assistant secretary is not "the secretary"
        ("White House press secretary Jane Varkonyi spoke. The secretary said no.", []),
        ("Assistant Secretary Jane Varkonyi spoke. The secretary said no.", []),
        ("Deputy Secretary Jane Varkonyi spoke. The secretary said no.", []),
        # two judges named by title: "the judge" stays open
        ("Judge Jane Varkonyi and Judge Dale Kessock heard the case. The judge said nothing.", []),
    ],
)
def test_a_title_written_short_or_long_is_the_role_the_article_names_later(index, text, expected):
    assert [(s, a) for s, a, r in resolved(index, text) if r == "role"] == expected


def test_an_organisations_one_word_name_after_an_honorific_is_a_surname(index):
    got = [(s, a) for s, a, _ in mentions(index, "Mr. Fox said the deal was close, and Mrs. Target agreed.")[0]]
    assert ("Fox", "fox-news") not in got and ("Target", "target") in got
    assert ("Fox", "fox-news") in [(s, a) for s, a, _ in mentions(index, "KING: Fox reported it first.")[0]]


@pytest.mark.parametrize(
    "text, party",
    [
        ("Sen. Dale Kessock (R-Ohio) voted no.", "republican-party"),
        ("Rep. Dale Kessock, D-Calif., voted no.", "democratic-party"),
        ("Dale Kessock (D) voted no.", "democratic-party"),
        ("Texas Republican state Sen. Dale Kessock voted no.", "republican-party"),
        ("Democratic Rep. Dale Kessock voted no.", "democratic-party"),
        ("Dale Kessock, a Republican, voted no.", "republican-party"),
        ("Rep. Dale Kessock, Pennsylvania Republican, voted no.", "republican-party"),
        ("Dale Kessock, a Democratic state senator, voted no.", "democratic-party"),
        ("Dale Kessock, a Republican voter, voted no.", None),  # a voter is no party's member
        ("Sen. Dale Kessock (I-Vt.) voted no.", None),  # an independent: American, of no party
        ("Dale Kessock (R-Ohio) voted no. Dale Kessock, a Democrat, said so.", None),  # two parties: open
    ],
)
def test_a_discovered_persons_party_as_the_article_states_it(index, text, party):
    actor = mentions(index, text)[1]["dale-kessock"]
    assert actor.party == party
    assert actor.country == ("us" if party or "(R-Ohio)" in text or "(I-Vt.)" in text else None)


@pytest.mark.parametrize(
    "date, expected",
    [
        ("2017-05-07", [("the president", "donald-trump")]),  # Obama's term ended on January 20
        ("2017-01-10", [("the president", "barack-obama")]),  # Trump's had not begun
        ("2016-05-07", [("the president", "barack-obama")]),
    ],
)
def test_the_presidency_turns_over_on_inauguration_day(index, date, expected):
    text = ("President Barack Obama signed the harbor law, and President Donald Trump spoke of it. "
            "Then the president said the harbor would stay open.")
    assert [(s, a) for s, a, r in resolved(index, text, date=date) if r == "role"] == expected


@pytest.mark.parametrize(
    "text, date, expected",
    [
        # the one administration the article names
        ("Critics said the Biden administration delayed the harbor rule. The administration said the delay was needed.",
         None, [("The administration", "joe-biden")]),
        # none named: the president in office at the article's date, when the article names him
        ("President Obama spoke on Monday. The administration said the delay was needed.",
         "2014-03-01", [("The administration", "barack-obama")]),
        ("Republicans attacked the administration over the harbor rule.", "2014-03-01", []),  # he is not named
        ("President Obama spoke on Monday. The administration said the delay was needed.", None, []),  # no date
        # two administrations named, or another thing administered: nobody
        ("The Bush administration and the Obama administration differ. The administration said so.", None, []),
        ("President Obama spoke. The administration of the vaccine was slow, administration officials said.",
         "2014-03-01", []),
        # an administration named long before gives way to the president in office, when named
        ("President Obama spoke on Monday. The harbor fared worse than under the Bush administration. "
         "Tides rose. Ships left. Boats sank. Docks closed. The administration said the delay was needed.",
         "2014-03-01", [("The administration", "barack-obama")]),
        # ... but not when named in its sentence or the few before
        ("President Obama spoke on Monday. The Bush administration had built the harbor. "
         "The administration said it would stay open.",
         "2014-03-01", [("The administration", "george-w-bush")]),
        # one of the two named close before
        ("The Bush administration and the Obama administration differ. Tides rose. Ships left. Boats sank. "
         "Docks closed. The Trump administration spoke. The administration said so.",
         None, [("The administration", "donald-trump")]),
    ],
)
def test_the_administration_is_the_presidents_the_article_means(index, text, date, expected):
    assert [(s, a) for s, a, r in resolved(index, text, date=date) if "dministration" in s] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a surname's administration is the one catalog president who bore it, whatever the short form
        ("Harbor fees fell during the Clinton administration.", [("Clinton", "bill-clinton")]),
        ("Judges upheld a Clinton administration policy on harbors.", [("Clinton", "bill-clinton")]),
        ("The Carter administration built the pier.", [("Carter", "jimmy-carter")]),
        # ... and so are its era and presidency
        ("The harbor ban of the Clinton era lapsed.", [("Clinton", "bill-clinton")]),
        ("Fees rose in the Clinton presidency.", [("Clinton", "bill-clinton")]),
        # ... not one hoped for, nor a compound, nor a surname two presidents bore
        ("A Clinton administration would build the pier.", [("Clinton", "hillary-clinton")]),
        ("A Clinton presidency means a new pier.", [("Clinton", "hillary-clinton")]),
        ("The Obama-Clinton administration built the pier.", [("Obama", "barack-obama"), ("Clinton", "hillary-clinton")]),
        ("The Bush administration built the pier.", [("Bush", "george-w-bush")]),
        # what only a president has: appointees, the years in office
        ("Judge Dale Kessock, a Clinton appointee, upheld the harbor fees.",
         [("Dale Kessock", "dale-kessock"), ("Clinton", "bill-clinton")]),
        ("The harbor fees date from the Clinton years.", [("Clinton", "bill-clinton")]),
        ("Harbor fees rose. Clinton years ago said no.", [("Clinton", "hillary-clinton")]),
        # a president's title with "then-", or in the plural before a list
        ("The fees rose under then-President Clinton.", [("Clinton", "bill-clinton")]),
        ("Dale Kessock served Presidents Clinton and Obama.",
         [("Dale Kessock", "dale-kessock"), ("Clinton", "bill-clinton"), ("Obama", "barack-obama")]),
        ("Presidents Carter, Reagan, both Bushes and Clinton backed the pier.",
         [("Carter", "jimmy-carter"), ("Reagan", "ronald-reagan"), ("Clinton", "bill-clinton")]),
        ("Dale Kessock thanked Presidents Carter and Ford.",
         [("Dale Kessock", "dale-kessock"), ("Carter", "jimmy-carter"), ("Ford", "gerald-ford")]),
        ("The fees rose under then-President Carter.", [("Carter", "jimmy-carter")]),
        ("Sens. Toomey and Clinton backed the pier.", [("Toomey", "pat-toomey"), ("Clinton", "hillary-clinton")]),
    ],
)
def test_a_surnames_administration_is_the_presidents_who_bore_it(index, text, expected):
    assert [(s, a) for s, a, r in resolved(index, text, date="2016-06-01")] == expected


def test_the_administration_is_no_antecedent_for_a_pronoun(index):
    text = ("President Obama spoke on Monday. Sen. Dale Kessock attacked the harbor rule. "
            "The administration defended it. “It is wrong,” he said.")
    got = resolved(index, text, date="2014-03-01")
    assert ("he", "dale-kessock", "pronoun") in got


@pytest.mark.parametrize(
    "text, expected",
    [
        # whom someone serves or backs only qualifies the noun: "an Obama appointee" is no Obama
        ("Sen. Dale Kessock spoke on Monday. An Obama appointee, he had ties to the harbor board.",
         [("he", "dale-kessock")]),
        ("President Obama spoke on Monday. An Obama appointee, he had ties to the harbor board.", []),
        ("President Obama spoke on Monday. A Trump supporter said he would vote.", []),
        ("President Obama spoke on Monday. Another student argued that he would vote.", []),
        # one the article may have named: "the Delaware Democrat said he" is most often the senator
        ("Sen. Dale Kessock spoke on Monday. The Delaware Democrat said he would vote.", [("he", "dale-kessock")]),
        # a title before a name is no such noun: "Obama adviser Dale Kessock said he"
        ("President Obama spoke on Monday. Obama adviser Valerie Jarrett said he would veto it.",
         [("he", "barack-obama")]),
    ],
)
def test_a_name_that_qualifies_a_follower_is_no_antecedent(index, text, expected):
    assert [(s, a) for s, a, r in resolved(index, text, date="2014-03-01") if r == "pronoun"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The National Rifle Association opposed the harbor bill. The NRA said so, and the group will sue.",
         [("the group", "nra")]),
        # the medium of a statement, or an organisation named once, is passed over
        ("The NRA opposed the harbor bill. NRA leaders told CNN the group will sue.", [("the group", "nra")]),
        ("The NRA opposed the harbor bill. NRA leaders met the Harbor Policy Institute; the group will sue.",
         [("the group", "nra")]),
        # a government body, a people, or nothing named: nobody
        ("The Senate passed the harbor bill. The Senate voted, and the group will sue.", []),
        ("Hispanics backed the harbor bill, Hispanics said. The group will vote.", []),
        # an armed group or a movement is organised as an organisation is; a faith is not
        ("Hezbollah fired rockets at the harbor. Hezbollah said it would go on, and the group warned Israel.",
         [("the group", "hezbollah")]),
        ("Muslims met in the harbor mosque. Muslims said prayers, and the group left.", []),
        ("The group of senators met on Monday.", []),
        ("The NRA opposed the harbor bill, an NRA spokesman said, and the organization will sue.",
         [("the organization", "nra")]),
        # ... but one named once that speaks, or that "the group" is apposed to, is it
        ("The NRA opposed the harbor bill. The NRA lost. The Harbor Policy Institute said that the group will sue.",
         [("the group", "harbor-policy-institute")]),
        ("The NRA opposed the harbor bill. The NRA met the Harbor Policy Institute, the group that wrote it.",
         [("the group", "harbor-policy-institute")]),
        # ... and a group of a kind is nobody's
        ("The NRA opposed the harbor bill. The NRA said harbor pilots are the group that loses most.", []),
        # a partner after "with" is no medium ("in an interview with CNN" is)
        ("The NRA and Everytown opposed the bill. The NRA lost. Pilots associated with Everytown met, though the "
         "group backed it.", [("the group", "everytown")]),
        ("The NRA and Everytown opposed the bill. The NRA lost. Pilots said in an interview with Everytown that the "
         "group will sue.", [("the group", "nra")]),
    ],
)
def test_the_group_is_the_organisation_the_article_named_last(index, text, expected):
    assert [(s, a) for s, a, r in resolved(index, text) if "group" in s or "organization" in s] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The New York Times reported the harbor deal. The newspaper said the talks had ended.",
         [("The newspaper", "new-york-times")]),
        ("Fox News aired the harbor speech, and the network said ratings were up.", [("the network", "fox-news")]),
        # two networks named before it, or a news agency only: nobody; one named only after it does not count
        ("Fox News and CNN aired the harbor speech, and the network said ratings were up.", []),
        ("Fox News aired the harbor speech, and the network said ratings were up. CNN declined.",
         [("the network", "fox-news")]),
        ("The Associated Press reported the harbor deal. The newspaper said so.", []),
    ],
)
def test_the_newspaper_and_the_network_are_the_one_the_article_names(index, text, expected):
    assert [(s, a) for s, a, r in resolved(index, text) if r == "role"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Aetna said it would leave the harbor exchange. The insurer lost money, and the company said so.",
         [("The insurer", "aetna"), ("the company", "aetna")]),
        # a firm named once is the company when it is the only firm the article names
        ("Walmart stopped selling rifles. The company said the harbor store would close.", [("The company", "walmart")]),
        ("Walmart and Amazon stopped selling rifles. The company said the harbor store would close.", []),
        # ... named in the article's opening sentences, or in reach of it; not once in passing long before
        ("Walmart stopped selling rifles. The harbor bill passed. Fishermen were glad. Docks reopened. Boats sailed. "
         "Nets were mended. Prices fell. Crews rested. The company said the harbor store would close.",
         [("The company", "walmart")]),
        ("The harbor bill passed. Fishermen were glad. Docks reopened. Gift cards (Walmart or iTunes) sold out. "
         "Nets were mended. Prices fell. Crews rested. Sails were sewn. Ropes were coiled. Tides rose. "
         "The company said the harbor store would close.", []),
        ("The port announced on Twitter that the harbor bill passed. Docks reopened. The company said so.", []),
        # a discovered firm: a company noun before it, or a firm's name
        ("The retailer Kessock Goods said so, Kessock Goods said. The company will close.",
         [("The company", "kessock-goods")]),  # ("The retailer" before the name is no anaphor)
        ("Harbor Widget Inc. said so, Harbor Widget Inc. said. The firm will close.", [("The firm", "harbor-widget-inc")]),
        # the NRA is no firm, nor a firm a group
        ("The NRA opposed the harbor bill, the NRA said, and the company will sue.", []),
        ("Walmart opposed the harbor bill, Walmart said, and the group will sue.", []),
    ],
)
def test_the_company_is_the_firm_the_article_named_last(index, text, expected):
    assert [(s, a) for s, a, r in resolved(index, text) if r == "role"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the subject of the reported clause the pronoun stands in
        ("Sen. Dale Kessock said Tom Varkonyi should keep his promise on the harbor.", "thomas-varkonyi"),
        ("Dale Kessock noted that Tom Varkonyi would veto it if he could.", "thomas-varkonyi"),
        # ... not whom one tells, blames or whose thing is named
        ("Dale Kessock went to tell Tom Varkonyi he was pulling the harbor bill.", "dale-kessock"),
        ("Tom Varkonyi blasted Dale Kessock on his show.", "thomas-varkonyi"),
        ("Tom Varkonyi criticized Dale Kessock's harbor plan, though his campaign said little.", "thomas-varkonyi"),
        # also after a phrase of the telling, and when the subject is a role
        ("Dale Kessock said through a spokesman that Obama is not going to get his wish.", "barack-obama"),
        ("President Obama spoke. Judge Dale Kessock said the president overstepped his authority.", "barack-obama"),
        # a verb of saying that takes no clause stands inside the reported one
        ("Dale Kessock reported that Tom Varkonyi urged officials to ignore what he called hysteria.", "thomas-varkonyi"),
    ],
)
def test_a_pronoun_in_a_reported_clause_takes_up_its_subject(index, text, expected):
    got = [a for s, a, r in resolved(index, text, "2014-05-01") if r == "pronoun"]
    assert got == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a possessive or reflexive is whom the subject pronoun of its clause is
        ("Judge Dale Kessock ruled, after Tom Varkonyi said he wanted his harbor bill passed.",
         ["thomas-varkonyi", "thomas-varkonyi"]),
        ("Dale Kessock praised the plan before Tom Varkonyi said he would fund it himself.",
         ["thomas-varkonyi", "thomas-varkonyi"]),
        ("Dale Kessock lost. Later he found himself alone.", ["dale-kessock", "dale-kessock"]),
        # ... also when the subject pronoun takes up nobody: then nobody
        ("Dale Kessock spoke as a young woman who said she was there for her mother cried.", []),
        # not past a name, a relative clause or a comma
        ("Dale Kessock said he met Tom Varkonyi at his office.", ["dale-kessock", "dale-kessock"]),
        # a speaker before a phrase of time still speaks the pronoun after the verb
        ("Judge Dale Kessock ruled after Tom Varkonyi earlier this year said he would sign his bill.",
         ["thomas-varkonyi", "thomas-varkonyi"]),
        ("Dale Kessock spoke after Tom Varkonyi on Tuesday said he would veto it.", ["thomas-varkonyi"]),
    ],
)
def test_a_possessive_follows_the_subject_pronoun_of_its_clause(index, text, expected):
    assert [a for s, a, r in resolved(index, text, "2014-05-01") if r == "pronoun"] == expected


@pytest.mark.parametrize("marker", ["former", "[former]", "the late", "then"])
def test_a_role_held_before_is_not_the_role_the_article_means(index, marker):
    text = (f"The court's conservatives, particularly {marker} Chief Justice Pell Darrigan, cautioned against it, "
            "and Roberts agreed. The chief justice wrote the opinion.")
    got = [(s, a) for s, a, r in resolved(index, text, date="2015-03-03") if r == "role"]
    assert got == [("The chief justice", "john-roberts")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a county named for a king, an event, a headline's ordinary word: nobody
        ("But King County refused to notify ICE, and the Holocaust museum objected.", [("ICE", "ice", "alias")]),
        ("Administration warned about site's trouble before launch\nThe fix came later.", []),
        # an interview's initials are no names
        ("JB: So how did the talks go?\nSK: Slowly. We kept at it.", []),
        ("JB: So how did the talks go?\nVELL: Slowly. We kept at it.", [("VELL", "vell", "discovered")]),
        # "Dept." is a department
        ("The Justice Dept. should have kept the original ban.", [("Justice Dept", "justice-department", "alias")]),
        # a plural noun of people opening a sentence, and a word opening a quote after a colon
        ("Conspiracists on the fringe spread theories about the ferry.", []),
        ("Harbor desk: 'Young voters must speak too'", []),
    ],
)
def test_words_that_look_like_names_but_name_nobody(index, text, expected):
    assert mentions(index, text)[0] == expected


def test_company_suffixes_end_an_organisations_name(index):
    text = "Quorvath Industries said the plant would move, and Vellard Pharmaceuticals agreed."
    found, actors = mentions(index, text)
    assert [(s, actors[a].kind) for s, a, _ in found] == [
        ("Quorvath Industries", "organisation"), ("Vellard Pharmaceuticals", "organisation")]


def test_a_name_after_an_organisation_and_and_is_a_name_of_its_own(index):
    text = "Representatives from the Harbor Foundation and Greenpeace also spoke."
    assert [s for s, _, _ in mentions(index, text)[0]] == ["Harbor Foundation", "Greenpeace"]


def test_peoples_without_a_state_are_groups(index):
    text = "Kurdish leaders met Druze elders, and Yazidis who fled ISIS spoke for the Yazidi community."
    found, actors = mentions(index, text)
    assert [(s, a) for s, a, _ in found if actors[a].kind == "group" and a != "islamic-state"] == [
        ("Kurdish leaders", "kurds"), ("Druze", "druze"), ("Yazidis", "yazidis"), ("Yazidi community", "yazidis")]


def test_holidays_and_a_states_people_name_nobody(index):
    text = ("On Christmas Day and again on Election Day, Coloradoans and Pittsburghers lined up to vote "
            "at Fortune 500 firms.")
    assert mentions(index, text)[0] == []


def test_a_state_senate_president_is_not_the_president(index):
    text = ("State Senate President Dale Kessock of Pueblo spoke. President Barack Obama urged Congress to act. "
            "\"The recalls hurt the president's proposals,\" an aide said.")
    got = [(s, a) for s, a, r in resolved(index, text) if r == "role"]
    assert got == [("the president", "barack-obama")]


def test_a_given_name_opening_a_quoted_title_is_no_person(index):
    text = ("Dorrin Vosk is the author of “Emily Finds Her Voice” (2013). "
            "Her card reads “Dylan Kessock, 2006 – 2012,” a friend said.")
    assert sorted(discovered(index, text)) == ["Dorrin Vosk", "Dylan Kessock"]


def test_counties_plural_acronyms_and_a_persons_title_are_no_actors(index):
    text = ("Health savings accounts: HSAs put patients first. The road runs through lonely Quaylor County. "
            "The Legal Aid Society of Quaylor County sued. \"It is hard,\" said Quaylor County Sheriff Dale Kessock.")
    assert sorted(discovered(index, text)) == ["Dale Kessock", "Legal Aid Society of Quaylor County"]


def test_credits_for_photographs_and_articles_name_nobody(index):
    text = ("The Senate passed it. | Dale Kessock/Getty Images Officials said so. By Dorrin Vosk/Staff writer. "
            "Ann Veltry said so.")
    assert discovered(index, text) == ["Ann Veltry"]


def test_a_name_turned_into_a_description_is_no_name(index):
    text = "The San Francisco-based firm and a Dale Kessock-backed group sued. Dale Kessock said so."
    assert discovered(index, text) == ["Dale Kessock"]
    text = "It had an Orwellian-sounding name, and Harborcare-hating senators said so. Moon Jae-in agreed."
    assert discovered(index, text) == []  # (Moon Jae-in is in the catalog)


def test_an_adjective_opening_a_sentence_is_no_catalog_surname(index):
    # (the catalog has two Republican Youngs, the senator and Rep. Don Young: "a senator" decides)
    text = ("Republicans met on Monday. Young people are key to the law. Young activists marched. "
            "Sen. Mitch McConnell said so. Young, a senator, said he disagreed.")
    got = [(s, a) for s, a, r in resolved(index, text) if s == "Young"]
    assert got == [("Young", "todd-young")]
    # ... also with other words for the same people, and when the senator is named in full
    text = ("Sen. Todd Young spoke. Young and healthy consumers may wait. Young pro-life activists marched. "
            "Young and his aides left.")
    got = [(s, a) for s, a, r in resolved(index, text) if r == "surname"]
    assert got == [("Young", "todd-young")]


def test_the_us_before_an_office_makes_it_that_countrys(index):
    found = resolved(index, "He said the U.S. president would fly to Geneva.", date="2014-05-01")
    assert [(s, a, r) for s, a, r in found] == [("the U.S. president", "barack-obama", "role")]


def test_a_county_named_like_a_senator_is_no_mention_of_him(index):
    text = "Sen. Richard Shelby said so. Shelby County officials agreed. Shelby said no."
    assert [(s, a) for s, a, _ in resolved(index, text)] == [("Richard Shelby", "richard-shelby"),
                                                             ("Shelby", "richard-shelby")]


def test_the_committee_is_the_one_committee_the_article_names(index):
    text = ("The Senate Judiciary Committee met on Monday. The committee voted 12-10, and the committee "
            "chairman said so.")
    got = [(s, a, r) for s, a, r in resolved(index, text) if r == "role"]
    assert got == [("The committee", "senate-judiciary-committee", "role")]
    both = "The House Judiciary Committee and the Senate Judiciary Committee met. The committee voted."
    assert [r for _, _, r in resolved(index, both) if r == "role"] == []
    text = "Agents of the Department of Homeland Security waited. The department said its agents would stay."
    assert [(s, a) for s, a, r in resolved(index, text) if r == "role"] == [("The department", "dhs")]
    text = "Republicans met on Monday. A spokesman said the party would regroup."
    assert [(s, a) for s, a, r in resolved(index, text) if r == "role"] == [("the party", "republican-party")]
    # an agency is no department; a body in apposition to a name nobody claimed is that name's
    text = ("The Department of Health and Human Services and the Internal Revenue Service met. The agency said so. "
            "Staff of the Harbor Registry Group, the agency that keeps the files, agreed.")
    assert [(s, a) for s, a, r in resolved(index, text) if r == "role"] == [("The agency", "irs")]


def test_a_title_before_a_shared_surname_picks_the_one_who_held_it(index):
    text = "The opinion by Justice Roberts cites a section. Sen. Roberts of Kansas disagreed."
    assert [(s, a) for s, a, _ in resolved(index, text)] == [("Roberts", "john-roberts"), ("Roberts", "pat-roberts")]
    # an office held long ago counts: "Governor Clinton" is Bill Clinton, not the short form's Hillary
    text = "In 1980, Governor Clinton pressed the harbor board to act."
    assert [(s, a) for s, a, _ in resolved(index, text)] == [("Clinton", "bill-clinton")]


def test_the_nations_of_the_united_kingdom_are_countries_and_their_titles_and_namesakes_are_not(index):
    text = ("Northern Ireland and Scotland backed Remain; Welsh voters did not. The Bank of England and "
            "the Prince of Wales met police from New South Wales, and Scotland Yard said so.")
    found = sorted((s, a) for s, a, _ in resolved(index, text))
    # not Ireland, nor Wales for the prince's title or the Australian state
    assert found == [("Bank of England", "bank-of-england"), ("Northern Ireland", "northern-ireland"),
                     ("Scotland", "scotland"), ("Scotland Yard", "metropolitan-police"), ("Welsh voters", "welsh-people")]
    assert index.actors["welsh-people"].country == "wales"
    # nor are seas, rivers, canals and regions named for a country that country
    text = "Militants in the Niger Delta, the Gulf of Mexico, the South China Sea and Western Australia."
    assert resolved(index, text) == []


def test_a_local_office_the_catalogs_namesake_never_held_is_someone_else(index):
    found = [(s, a) for s, a, _ in resolved(index, "Officer Duffy said the guns were safe. Mayor Bloomberg agreed.")]
    assert ("Duffy", "sean-duffy") not in found and ("Bloomberg", "michael-bloomberg") in found


@pytest.mark.parametrize(
    "text, expected",
    [
        # a people's or a party's plural name before "for", "against" or "United" and a name opens
        # an advocacy group's name
        ("On Monday the conservative group Americans for Fair Quorvath said the bill was a tax increase.",
         [("Americans for Fair Quorvath", "organisation")]),
        ("Their letter came from Republicans for Harbor Reform and from Latinos United for Quorvath Action.",
         [("Republicans for Harbor Reform", "organisation"), ("Latinos United for Quorvath Action", "organisation")]),
        ("On Tuesday the Pell Darrigan-backed Americans for Harbor Safety ran ads again in three states.",
         [("Americans for Harbor Safety", "organisation")]),
        # its leader's title after the name is no part of it
        ("Critics of the plan included Americans for Fair Quorvath President Pell Darrigan, who spoke.",
         [("Americans for Fair Quorvath", "organisation"), ("Pell Darrigan", "person")]),
        # so do plural nouns for people, and "Friends" before "of" too
        ("Mothers Against Harbor Dredging and Citizens for Quorvath Ethics sued the port.",
         [("Mothers Against Harbor Dredging", "organisation"), ("Citizens for Quorvath Ethics", "organisation")]),
        ("A conservation group, Friends of the Quorvath Marsh, sued. Friends of Animals joined.",
         [("Friends of the Quorvath Marsh", "organisation"), ("Friends of Animals", "organisation")]),
        # but not a noun with a phrase after it, nor a friend of someone
        ("Students for the most part agreed. Friends of mine said so. Parents for their part said no.", []),
        # the cause an advocacy group's name ends with is no name for it alone
        ("Families for Harbor Freedom sued the port. Reporters filed Freedom of Information Act requests.",
         [("Families for Harbor Freedom", "organisation")]),
    ],
)
def test_a_peoples_name_may_open_an_advocacy_group(index, text, expected):
    found, actors = mentions(index, text)
    assert [(s, actors[a].kind) for s, a, _ in found] == expected


@pytest.mark.parametrize(
    "text, people",
    [
        ("Many Americans for years opposed the measure, and polls show they still do.", "american-people"),
        ("Enthusiasm among Hispanics for Obama has jumped, the survey shows.", "hispanic-americans"),
        ("A push to defund the law is pitting Republicans against Republicans in the House.", "republican-party"),
    ],
)
def test_a_people_before_for_and_an_actor_or_a_lower_case_word_stays_the_people(index, text, people):
    found, actors = mentions(index, text)
    assert people in [a for _, a, _ in found]
    assert all(not actors[a].discovered for _, a, _ in found)


def test_abbreviated_police_ranks_are_titles_not_names(index):
    text = "Bomb Squad Det. Luis Quorvath died on Saturday. Det. Quorvath had cancer, said Cpl. Anne Tessmer."
    assert [(s, a) for s, a, _ in mentions(index, text)[0]] == [
        ("Luis Quorvath", "luis-quorvath"), ("Quorvath", "luis-quorvath"), ("Anne Tessmer", "anne-tessmer")]
    # a rank before a catalog surname its bearer never held names someone else
    found = [(s, a) for s, a, _ in resolved(index, "Det. Duffy said the guns were safe.")]
    assert ("Duffy", "sean-duffy") not in found


def test_a_surname_before_a_group_names_the_group_not_the_person(index):
    text = "Republicans met. Sen. Mitch McConnell spoke at a Young Republicans event on Monday."
    assert "todd-young" not in [a for _, a, _ in resolved(index, text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a given name no list knows, before a catalog surname: someone else, found as a new name
        ("Talvon Harris, then 17, is accused of theft.", [("Talvon Harris", "talvon-harris", "discovered")]),
        ("Talvon Harris said he was innocent. Harris left.",
         [("Talvon Harris", "talvon-harris", "discovered"), ("he", "talvon-harris", "pronoun"), ("Harris", "talvon-harris", "surname")]),
        # ... unless it is one of the catalog person's names or their given name spelled another way
        ("Portman and Moore Capito want a slower phase-out.",
         [("Portman", "rob-portman", "short"), ("Moore Capito", "shelley-moore-capito", "name")]),
        ("Adolph Hitler rose in 1933.", [("Adolph Hitler", "adolf-hitler", "name")]),
        # a known given name that is a word too opens a statement's name, not a question
        ("Tom Harris said he was innocent.", [("Tom Harris", "thomas-harris", "discovered"), ("he", "thomas-harris", "pronoun")]),
        ("Will Harris sign it?", [("Harris", "kamala-harris", "short")]),
        # a title, a demonym or a catalog name before the surname changes nothing
        ("Sen. Harris said no.", [("Harris", "kamala-harris", "short")]),
        ("Wouldn't Obama have done better?", [("Obama", "barack-obama", "short")]),
    ],
)
def test_an_unknown_given_name_before_a_catalog_surname(index, text, expected):
    assert resolved(index, text, "2019-06-01") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "he" took Ostrowe up, so "her" is someone else: nobody named here
        ("The family walked out during Ostrowe's statement, after he called her a liar.",
         [("Ostrowe", "ostrowe", "discovered"), ("he", "ostrowe", "pronoun")]),
        # "Ms." says Tavi Ostrowe is a woman, wherever it stands: "he" is not her
        ("Tavi Ostrowe opened a shop in May. Ms. Ostrowe hired two clerks. Later he said the shop would close.",
         [("Tavi Ostrowe", "tavi-ostrowe", "discovered"), ("Ostrowe", "tavi-ostrowe", "surname")]),
        ("Tavi Ostrowe, 52, opened a shop. He said the shop would close. Ms. Ostrowe hired two clerks.",
         [("Tavi Ostrowe", "tavi-ostrowe", "discovered"), ("Ostrowe", "tavi-ostrowe", "surname")]),
        # nothing said of the gender: the nearest person, as before
        ("Tavi Ostrowe said the shop would close. He blamed the rent.",
         [("Tavi Ostrowe", "tavi-ostrowe", "discovered"), ("He", "tavi-ostrowe", "pronoun")]),
    ],
)
def test_a_person_of_unknown_gender_keeps_the_gender_of_its_honorific_or_first_pronoun(index, text, expected):
    assert resolved(index, text) == expected


def test_a_capitalised_word_after_a_or_an_is_a_kind_not_a_person(index):
    found, actors = mentions(index, "Lombardi, also a Jesuit, said he was stunned.")
    assert [(s, a) for s, a, r in found if r == "pronoun"] == []
    assert all(actors[a].kind != "person" for s, a, r in found if s == "Jesuit")


def test_a_given_name_of_one_sex_tells_whom_a_pronoun_of_that_sex_takes_up(index):
    found, _ = mentions(index, "Jef Pollock and Alida Garcia joined the group. She will lead its coalitions.")
    assert [(s, a) for s, a, r in found if r == "pronoun"] == [("She", "alida-garcia")]


@pytest.mark.parametrize(
    "text, expected_he",
    [
        # the object of the pronoun's own verb is someone else ...
        ("Mr. Tarrant chaired the hearing. Mr. Ostrowe testified on Monday. He grilled Mr. Ostrowe on the costs.", "tarrant"),
        # ... and so is a person named in a clause under it, after a verb of thinking or saying
        ("Mr. Tarrant chaired the hearing. Mr. Ostrowe testified on Monday. He thinks Mr. Ostrowe lied.", "tarrant"),
        ("Greg Gianforte met voters. Ben Jacobs asked him about the bill. He said he was approached by Jacobs.",
         "gregory-gianforte"),
        # ... but not one past the end of its clause, nor one named by a description ("the president")
        ("Mr. Tarrant chaired the hearing. Mr. Ostrowe testified on Monday. He lied, Mr. Tarrant thinks.", "ostrowe"),
        ("Barack Obama spoke on Monday. He said he wants to be the president that passes it.", "barack-obama"),
    ],
)
def test_a_subject_pronoun_is_not_the_object_of_its_own_verb(index, text, expected_he):
    assert [a for s, a, r in resolved(index, text) if s == "He"] == [expected_he]


def test_a_lone_name_of_unknown_kind_is_the_full_name_it_ends(index):
    found, actors = mentions(index, "Critics met Bowe Tarrant on Monday. Later Tarrant left for Ohio.")
    assert [(s, a) for s, a, r in found] == [("Bowe Tarrant", "bowe-tarrant"), ("Tarrant", "bowe-tarrant")]
    assert actors["bowe-tarrant"].kind == "name"  # nothing said it acts as a person


def test_a_surname_used_alone_after_a_given_name_that_is_a_word_makes_a_person(index):
    # "Sandy" is a word too, so "Sandy Ostrowe" alone is a name of unknown kind; the surname used
    # alone later is how articles speak of people
    found, actors = mentions(index, "Critics met Sandy Ostrowe on Monday. Later Ostrowe recalls the night. She wept.")
    assert found == [("Sandy Ostrowe", "sandy-ostrowe", "discovered"), ("Ostrowe", "sandy-ostrowe", "surname"),
                     ("She", "sandy-ostrowe", "pronoun")]
    assert actors["sandy-ostrowe"].kind == "person"


@pytest.mark.parametrize(
    "text",
    [
        "Dale Kessock, president of the Tea Party Patriots, said the group would fight the bill.",
        "Dale Kessock, who lives on Chicago's South Side, told his son about the bill.",
    ],
)
def test_the_last_word_of_a_longer_name_is_no_person_of_its_own(index, text):
    found, actors = mentions(index, text)
    assert [s for s, a, r in found if actors[a].kind == "person"] == ["Dale Kessock"] + (["his"] if "his" in text else [])


@pytest.mark.parametrize(
    "text, expected",
    [
        # the sentence before closes with its speaker: "he said" goes on with that speaker ...
        ("The union endorsed Tom Varkonyi because of his plan, Dale Kessock said. But the plan is weak, he said.", "dale-kessock"),
        ("The union endorsed Tom Varkonyi because of his plan, said Dale Kessock. But the plan is weak, he added.", "dale-kessock"),
        # ... and what frames a quotation in the speaking pronoun's own sentence is the speaker's words
        ("\"We want a deal,\" Dale Kessock said. If Tom Varkonyi \"wants a strike, that is his choice,\" he said.",
         "dale-kessock"),
        ("\"We want a deal,\" Dale Kessock said. Tom Varkonyi agreed: \"It is a fair offer,\" he said.",
         "thomas-varkonyi"),
        # ... with a title before the speaker's name
        ("The union endorsed Tom Varkonyi for mayor, spokesman Dale Kessock said. \"We are proud,\" he said.", "dale-kessock"),
        # ... not a pronoun that does not speak, nor after a speaker who does not close the sentence
        ("The union endorsed Tom Varkonyi because of his plan, Dale Kessock said. But he lost.", "thomas-varkonyi"),
        ("Dale Kessock said the union endorsed Tom Varkonyi. But the plan is weak, he said.", "dale-kessock"),
        # a speaker between commas goes on with the speaker of the sentence before, past whom its quotation names
        ("Tom Varkonyi spoke. \"Let Governor Varkonyi wait,\" Dale Kessock said. What is needed, he said, is a deal.",
         "dale-kessock"),
    ],
)
def test_a_speaking_pronoun_goes_on_with_the_speaker_that_closed_the_sentence_before(index, text, expected):
    assert [a for s, a, r in resolved(index, text) if s == "he"] == [expected]


def test_a_speaker_between_commas_goes_on_with_the_speaking_pronoun_before(index):
    text = ("It annoys Dale Kessock that Governor Tom Varkonyi weighs in. \"I think the governor should wait,\" he says. "
            "What is needed, he says, is a deal.")
    assert [a for s, a, r in resolved(index, text) if s == "he"] == ["dale-kessock", "dale-kessock"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dale Kessock teaches at George Washington University.",
         [("Dale Kessock", "person"), ("George Washington University", "organisation")]),
        # also when the person is named in full in the article
        ("Hillary Clinton spoke on Monday. The donor gave $6 million to the Clinton Foundation.",
         [("Hillary Clinton", "person"), ("Clinton Foundation", "organisation")]),
        # a place named for a person is no actor, nor a city whose name ends in a catalog surname
        ("Donald Trump spoke at Trump Tower on Monday.", [("Donald Trump", "person")]),
        ("Her husband works for the city of Santa Cruz, near Fort Collins.", []),
        ("Kamala Harris spoke. Harris Interactive polled voters.", [("Kamala Harris", "person"), ("Harris Interactive", "name")]),
        # a couple of name words may come between ("the Giffords Law Center"), not another catalog name
        ("A report from the Giffords Law Center found the state led.", [("Giffords Law Center", "organisation")]),
        ("The Obama Justice Department sued the state.", [("Obama", "person"), ("Justice Department", "organisation")]),
        ("Clinton won Harris County by a wide margin.", [("Clinton", "person")]),
        # a system, even with a title's word inside ("Health" of "Health Secretary")
        ("Dale Kessock, who runs Harris Health System near Houston, said so.", [("Dale Kessock", "person")]),
    ],
)
def test_what_is_named_for_a_person_is_not_that_person(index, text, expected):
    found, actors = mentions(index, text)
    assert [(s, actors[a].kind) for s, a, r in found] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # several senators named: "the senator" is the one named in its sentence or the one before
        ("Marco Rubio and Ted Cruz spoke on Monday. Voters like Rubio, polls show. The senator still has a chance.",
         [("The senator", "marco-rubio")]),
        ("Sen. Ted Cruz and Sen. Dale Kessock spoke on Monday. Later, Kessock met reporters. The senator said no.",
         [("The senator", "dale-kessock")]),
        # both named there: nobody
        ("Marco Rubio and Ted Cruz spoke on Monday. The senator still has a chance.", []),
    ],
)
def test_a_role_several_named_people_hold_is_the_one_named_close_before(index, text, expected):
    assert [(s, a) for s, a, r in resolved(index, text, "2015-05-01") if r == "role"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a person named in apposition right after a description is whom it describes
        ("The senator, Dale Kessock, said no.", [("The senator", "dale-kessock")]),
        ("The policy was put into effect by the attorney general, Jeff Sessions, in May.", [("the attorney general", "jeff-sessions")]),
        # ... but not when the description belongs to another noun
        ("The assistant to the senator, Dale Kessock, said no.", []),
    ],
)
def test_a_person_apposed_after_a_description_is_whom_it_describes(index, text, expected):
    assert [(s, a) for s, a, r in resolved(index, text, "2018-06-15") if r == "role"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title that opens with an organisation's name is the title, not the organisation
        ("The White House chief of staff, Dale Kessock, said no.",
         [("The White House chief of staff", "dale-kessock", "role"), ("Dale Kessock", "dale-kessock", "discovered")]),
        ("Sen. Mitch McConnell spoke. The Senate majority leader said no.",
         [("Mitch McConnell", "mitch-mcconnell", "name"), ("The Senate majority leader", "mitch-mcconnell", "role")]),
        # the organisation alone stays the organisation
        ("The White House said no.", [("White House", "white-house", "name")]),
        # a holder the article does not name is not guessed
        ("The White House counsel said no.", [("White House", "white-house", "name")]),
    ],
)
def test_a_title_that_opens_with_a_name_is_a_description(index, text, expected):
    assert [r for r in resolved(index, text, "2018-06-15") if r[2] != "pronoun"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a state's office is the person it is said of in apposition
        ("Dale Kessock, the Ohio governor, said no.",
         [("Dale Kessock", "dale-kessock", "discovered"), ("the Ohio governor", "dale-kessock", "role")]),
        ("Sen. Dale Kessock spoke. The Ohio governor said no.", [("Dale Kessock", "dale-kessock", "discovered")]),
        # ... or the one holder of the office named in its sentence or the one before whom the
        # catalog does not place in another state
        ("Ted Cruz spoke on Monday. The Texas senator said no.",
         [("Ted Cruz", "ted-cruz", "name"), ("The Texas senator", "ted-cruz", "role")]),
        ("Ted Cruz and Marco Rubio spoke on Monday. The Texas senator said no.",
         [("Ted Cruz", "ted-cruz", "name"), ("Marco Rubio", "marco-rubio", "name"), ("The Texas senator", "ted-cruz", "role")]),
        ("Ted Cruz and John Cornyn spoke on Monday. The Texas senator said no.",
         [("Ted Cruz", "ted-cruz", "name"), ("John Cornyn", "john-cornyn", "name")]),
        ("Marco Rubio spoke on Monday. The Texas senator said no.", [("Marco Rubio", "marco-rubio", "name")]),
        # ... written after the office too
        ("Ted Cruz and Marco Rubio spoke on Monday. The senator from Texas said no.",
         [("Ted Cruz", "ted-cruz", "name"), ("Marco Rubio", "marco-rubio", "name"), ("The senator", "ted-cruz", "role")]),
        ("Paul Ryan and Steve King spoke. Beck praised Ryan after the congressman from Wisconsin joined the ticket.",
         [("Paul Ryan", "paul-ryan", "name"), ("Steve King", "steve-king", "name"), ("Beck", "surname-beck", "surname"),
          ("Ryan", "paul-ryan", "short"), ("the congressman", "paul-ryan", "role")]),
        # ... named after it when no one of that state is before
        ("Marco Rubio spoke. You find that the senator from Maine [Republican Susan Collins] agrees.",
         [("Marco Rubio", "marco-rubio", "name"), ("the senator", "susan-collins", "role"),
          ("Susan Collins", "susan-collins", "name")]),
        # ... the catalog's representative, or one the article titles so
        ("Rep. Louie Gohmert said no. The Texas congressman left.",
         [("Louie Gohmert", "louie-gohmert", "name"), ("The Texas congressman", "louie-gohmert", "role")]),
        ("Rep. Dale Kessock said no. The Texas congressman left.",
         [("Dale Kessock", "dale-kessock", "discovered"), ("The Texas congressman", "dale-kessock", "role")]),
        ("Rep. Louie Gohmert said no. The Ohio congressman left.", [("Louie Gohmert", "louie-gohmert", "name")]),
        # ... or else the one named before anywhere in the article whom it places in that state
        ("John Kasich spoke. It rained. It rained again. It rained more. Ted Cruz and Rick Perry spoke. "
         "The Ohio governor said no.",
         [("John Kasich", "john-kasich", "name"), ("Ted Cruz", "ted-cruz", "name"), ("Rick Perry", "rick-perry", "name"),
          ("The Ohio governor", "john-kasich", "role")]),
        # (not the contest for the office)
        ("John Kasich spoke. He cited the Ohio governor's race.", [("John Kasich", "john-kasich", "name")]),
        ("Lindsey Graham spoke on Monday. The South Carolina senator said no.",
         [("Lindsey Graham", "lindsey-graham", "name"), ("The South Carolina senator", "lindsey-graham", "role")]),
        # a state's party member is the one person of that party named close before
        ("John Boehner and Nancy Pelosi spoke. The Ohio Republican, who leads the House, said no.",
         [("John Boehner", "john-boehner", "name"), ("Nancy Pelosi", "nancy-pelosi", "name"),
          ("The Ohio Republican", "john-boehner", "role"), ("the House", "house-of-representatives", "alias")]),
        ("Chuck Schumer spoke on Monday. The New York Democrat said no.",
         [("Chuck Schumer", "chuck-schumer", "name"), ("The New York Democrat", "chuck-schumer", "role")]),
        ("Chuck Schumer spoke on Monday. The New York Democrat's plan failed.",
         [("Chuck Schumer", "chuck-schumer", "name"), ("The New York Democrat", "chuck-schumer", "role")]),
        ("Donald Trump spoke on Monday. The Republican nominee's plan failed.",
         [("Donald Trump", "donald-trump", "name"), ("The Republican nominee", "donald-trump", "role")]),
        # ... not when two are, nor when the words describe something else
        ("John Boehner and John Kasich spoke. The Ohio Republican said no.",
         [("John Boehner", "john-boehner", "name"), ("John Kasich", "john-kasich", "name")]),
        # ... of that state: "the Florida Republican" is not the Texan named last, but the Floridian before
        ("Marco Rubio spoke. It rained. It rained again. Ted Cruz and Rand Paul disagreed. The Florida Republican said no.",
         [("Marco Rubio", "marco-rubio", "name"), ("Ted Cruz", "ted-cruz", "name"), ("Rand Paul", "rand-paul", "name"),
          ("The Florida Republican", "marco-rubio", "role")]),
        # ... as an object too, and not a catalog person whose offices have no state
        ("Sen. Al Franken spoke. But the Minnesota Democrat won't back the bill.",
         [("Al Franken", "al-franken", "name"), ("the Minnesota Democrat", "al-franken", "role")]),
        ("Groups met Sen. Marco Rubio and pushed the Florida Republican to do more.",
         [("Marco Rubio", "marco-rubio", "name"), ("the Florida Republican", "marco-rubio", "role")]),
        ("Mitch McConnell rejected Donald Trump's idea. The Kentucky Republican said no.",
         [("Mitch McConnell", "mitch-mcconnell", "name"), ("Donald Trump", "donald-trump", "name"),
          ("The Kentucky Republican", "mitch-mcconnell", "role")]),
        ("John McCain spoke. And the freshman Arizona Republican, Jeff Flake, said no.",
         [("John McCain", "john-mccain", "name"), ("the freshman Arizona Republican", "jeff-flake", "role"),
          ("Jeff Flake", "jeff-flake", "name")]),
        ("John Boehner spoke. The Ohio Republican primary is in May.", [("John Boehner", "john-boehner", "name")]),
        # a party's office or nominee said of one person named close before is that person
        ("Sen. Jon Tester spoke on Monday. The Democratic senator, who faces a hard race, said no.",
         [("Jon Tester", "jon-tester", "name"), ("The Democratic senator", "jon-tester", "role")]),
        # ... not one yet to come, nor one of many
        ("Donald Trump spoke. The Republican nominee will be chosen in July.",
         [("Donald Trump", "donald-trump", "name"), ("Republican nominee", "republican-party", "demonym")]),
        ("Donald Trump spoke. A Republican senator said no.",
         [("Donald Trump", "donald-trump", "name"), ("Republican senator", "republican-party", "demonym")]),
        ("Donald Trump spoke on Monday. The GOP nominee said no.",
         [("Donald Trump", "donald-trump", "name"), ("The GOP nominee", "donald-trump", "role")]),
        # ... also with an epithet before the party or "presidential" after it
        ("Donald Trump spoke on Monday. The presumptive Republican presidential nominee said no.",
         [("Donald Trump", "donald-trump", "name"),
          ("The presumptive Republican presidential nominee", "donald-trump", "role")]),
        ("Hillary Clinton spoke, and later the likely Democratic nominee said no.",
         [("Hillary Clinton", "hillary-clinton", "name"), ("the likely Democratic nominee", "hillary-clinton", "role")]),
        # ... or the person named in apposition after it
        ("Donald Trump spoke. The presumptive GOP presidential nominee, Mitt Romney, said no.",
         [("Donald Trump", "donald-trump", "name"), ("The presumptive GOP presidential nominee", "mitt-romney", "role"),
          ("Mitt Romney", "mitt-romney", "name")]),
        ("Donald Trump spoke. The presumptive Republican nominee will be chosen in July.",
         [("Donald Trump", "donald-trump", "name"), ("Republican nominee", "republican-party", "demonym")]),
        # a name that only qualifies a noun names no one close before
        ("The Trump administration spoke. The GOP nominee said no.",
         [("Trump", "donald-trump", "short"), ("GOP", "republican-party", "alias")]),
        # a former office is the one person named close before who held it and holds it no more
        ("Mitt Romney spoke on Monday. The former Massachusetts governor said no.",
         [("Mitt Romney", "mitt-romney", "name"), ("The former Massachusetts governor", "mitt-romney", "role")]),
        ("Nikki Haley spoke on Monday. The former South Carolina governor said no.",
         [("Nikki Haley", "nikki-haley", "name"), ("The former South Carolina governor", "nikki-haley", "role")]),
        ("Hillary Clinton and Mike Pompeo spoke. The former secretary of state said no.",
         [("Hillary Clinton", "hillary-clinton", "name"), ("Mike Pompeo", "mike-pompeo", "name"),
          ("The former secretary of state", "hillary-clinton", "role")]),
        # ... not one who still holds it
        ("Donald Trump spoke. The former president said no.", [("Donald Trump", "donald-trump", "name")]),
        # ... of that state, not the other former governor named close before; or one named further back
        ("Jeb Bush and Mitt Romney spoke on Monday. The former Florida governor said no.",
         [("Jeb Bush", "jeb-bush", "name"), ("Mitt Romney", "mitt-romney", "name"),
          ("The former Florida governor", "jeb-bush", "role")]),
        ("Jeb Bush spoke. It rained. It rained again. Mitt Romney spoke. The former Florida governor said no.",
         [("Jeb Bush", "jeb-bush", "name"), ("Mitt Romney", "mitt-romney", "name"),
          ("The former Florida governor", "jeb-bush", "role")]),
    ],
)
def test_a_state_party_or_former_office_is_the_one_person_named_close_before(index, text, expected):
    assert [r for r in resolved(index, text, "2018-06-15") if r[2] != "pronoun"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a given name that is also a word, before a catalog surname, makes another person
        ("The plan was praised by farmer Bill Gruber, who runs a dairy near the river. Gruber said so.",
         [("Bill Gruber", "william-gruber", "discovered"), ("Gruber", "william-gruber", "surname")]),
        ("The videos were found by Rich Weinstein, an investment adviser in the city.",
         [("Rich Weinstein", "rich-weinstein", "discovered")]),
        # ... at a sentence's start too, when he speaks or an apposition follows
        ("Rich Weinstein, an investment adviser, found the videos in the archive.",
         [("Rich Weinstein", "rich-weinstein", "discovered")]),
        # the catalog person's own given name is still theirs; a title or a question is no given name
        ("The plan was praised by Sen. Bill Nelson on Monday.", [("Bill Nelson", "bill-nelson", "name")]),
        ("The plan was praised by Justice Alito on Monday.", [("Alito", "samuel-alito", "short")]),
        ("Will Obama ask Congress for the delay in the spring?",
         [("Obama", "barack-obama", "short"), ("Congress", "congress", "name")]),
    ],
)
def test_a_given_name_that_is_a_word_before_a_catalog_surname(index, text, expected):
    assert [r for r in resolved(index, text, "2015-06-15") if r[2] != "pronoun"] == expected


def test_the_post_is_the_one_paper_of_that_name_the_article_names(index):
    found, _ = mentions(index, "The Washington Post reported the plan, and it failed, according to the Post.")
    assert [(s, a) for s, a, r in found] == [("The Washington Post", "washington-post"), ("Post", "washington-post")]
    # two such papers, or none, leave it to nobody; a comment link is no paper
    found, _ = mentions(index, "The Washington Post and the New York Post reported it. The Post said so.")
    assert [s for s, a, r in found] == ["The Washington Post", "New York Post"]
    assert mentions(index, "The Post reported it. Post a Comment")[0] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a known name qualifying a word, or joined to another name before a noun, is no new actor
        ("Obama-administration assertions failed, and the Trump-Kim meeting went ahead.", []),
        ("Two Denver-area schools closed.", []),
        # ... and so is a demonym qualifying a word
        ("Hispanic-rights activists met, and the White House said Spanish-speakers would wait.", []),
        # ... but a double-barrelled surname is a person, and a name after a hyphened place is whole
        ("Rangel-Hernandez was charged on Monday.", ["Rangel-Hernandez"]),
        ("Joan Budden, an executive at Michigan-based Priority Health, told reporters the plan was late.",
         ["Joan Budden", "Priority Health"]),
        ("Dana Voss of the Los Angeles-based Coalition for Harbor Workers Rights and a Tea Party-backed Texan spoke.",
         ["Coalition for Harbor Workers Rights", "Dana Voss"]),
        # the last word of a demonym of two words starts no name
        ("North Korean media praised the talks.", []),
    ],
)
def test_hyphened_names_and_demonym_tails(index, text, expected):
    assert discovered(index, text) == expected


def test_a_places_last_word_alone_is_no_actor(index):
    found, _ = mentions(index, "Activists fasting on the Mall urged Mr. Boehner to act. The Mall was quiet.")
    assert [s for s, a, r in found] == ["Boehner"]
    found, _ = mentions(index, "Members are still on the Floor speaking about the bill, Rep. Dale Vell said.")
    assert [s for s, a, r in found] == ["Dale Vell"]


@pytest.mark.parametrize(
    "text",
    [
        # a compass word opens a town's name
        "For decades, much of South Orange's diversity has grown. In South Orange, the index is 59.",
        "The West Columbia gun store said nothing.",
        "It was the size of a Southern Baptist annual meeting.",
    ],
)
def test_a_compass_word_opens_a_place_that_is_no_actor(index, text):
    assert discovered(index, text) == []


def test_a_towns_police_are_an_organisation_not_the_town(index):
    found, actors = mentions(index, "The Columbia police report was seen. Charlotte-Mecklenburg police have resisted.")
    assert [(s, actors[a].kind) for s, a, r in found] == [
        ("Columbia police", "organisation"), ("Charlotte-Mecklenburg police", "organisation")]


def test_a_firms_name_as_a_likeness_is_no_firm(index):
    found, _ = mentions(index, "The Oracle of Omaha gave money, and Flipkart is the Amazon of India. Oracle said "
                               "profits rose.")
    assert [(s, a) for s, a, r in found if s in ("Oracle", "Amazon")] == [("Oracle", "oracle")]


def test_a_firms_name_going_on_as_a_places_is_the_place(index):
    found, _ = mentions(index, "Families flocked to Disney World. The Amazon River flooded. Disney and Amazon said "
                               "profits rose, and the NRA World Shooting Championship went on.")
    assert [(s, a) for s, a, r in found] == [("Disney", "walt-disney-company"), ("Amazon", "amazon"), ("NRA", "nra")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # what the catalog says news calls an actor, once the article has named it
        ("Aid reached Gaza on Monday after Israel opened a crossing. Trucks entered the enclave, and the Jewish "
         "state said more would follow.", [("the enclave", "gaza"), ("the Jewish state", "israel")]),
        ("NATO leaders met. The alliance pledged aid.", [("The alliance", "nato")]),
        ("Jerome Powell said the Federal Reserve would wait. The central bank kept rates steady.",
         [("The central bank", "federal-reserve")]),
        # not named before, a longer name, "of" after, or two actors so called nearby: nobody
        ("The alliance pledged aid. NATO leaders met.", []),
        ("NATO leaders met. The Alliance Party won.", []),
        ("Gaza and the West Bank saw protests. The territory was calm.", []),
        ("Aid reached Gaza. The territory of Guam was calm.", []),
        ("The Fed and the European Central Bank met. The central bank said no.", []),
    ],
)
def test_what_news_calls_an_actor_once_named(index, text, expected):
    assert [(s, a) for s, a, r in resolved(index, text) if r == "role"] == expected


def test_parliament_alone_is_the_parliament_of_the_country_the_article_names(index):
    text = ("Boris Johnson resigned after a committee found he had misled Parliament. Members of Parliament "
            "voted later, and the parliament rose. Protesters gathered in Parliament Square.")
    found, _ = mentions(index, text)
    assert [(s, a) for s, a, r in found if "arliament" in s] == [("Parliament", "uk-parliament"), ("the parliament", "uk-parliament")]
    found, _ = mentions(index, "Olaf Scholz addressed the Bundestag. Parliament approved the budget.")
    assert [(s, a) for s, a, r in found][-1] == ("Parliament", "bundestag")
    # two countries with a parliament, or none: nobody
    found, _ = mentions(index, "Olaf Scholz met Boris Johnson. Parliament approved the budget.")
    assert [s for s, a, r in found] == ["Olaf Scholz", "Boris Johnson"]
    found, _ = mentions(index, "Mayor Ann Vask addressed Parliament.")
    assert [s for s, a, r in found] == ["Ann Vask"]
    # a country's parliament is that country's, whatever else the article names
    found, _ = mentions(index, "Olaf Scholz met Boris Johnson. Ukraine's parliament passed the law; Ann Vask's parliament fell.")
    assert [(s, a) for s, a, r in found if "arliament" in s] == [("parliament", "verkhovna-rada")]


def test_firms_named_like_people_are_firms(index):
    found, actors = mentions(index, "Analysts at Morgan Stanley cut the target. Fannie Mae and Freddie Mac lost money, "
                                    "and Eli Lilly said prices would fall.")
    assert [s for s, a, r in found] == ["Morgan Stanley", "Fannie Mae", "Freddie Mac", "Eli Lilly"]
    assert {actors[a].kind for _, a, _ in found} == {"organisation"}
    assert {actors[a].sector for _, a, _ in found} == {"company"}


def test_a_magazine_named_for_a_word_is_found_by_its_full_name_only(index):
    found, actors = mentions(index, "Time magazine reported the harbor plan. Time is running out, Costco said.")
    assert [(s, a) for s, a, r in found] == [("Time magazine", "time-magazine"), ("Costco", "costco")]
    assert actors["time-magazine"].sector == "media" and actors["costco"].sector == "company"
    # once named in full, its first word stands for it where it acts: "Time reports"
    found, _ = mentions(index, "Time magazine reported the harbor plan. The plan failed, Time reports.")
    assert [(s, a) for s, a, r in found] == [("Time magazine", "time-magazine"), ("Time", "time-magazine")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"The stage is set," noted Darrell Westmore, the director. Darrell West said so too.',
         [("Darrell Westmore", "person"), ("the director", "person"), ("Darrell West", "person")]),
        ("Matt House, a spokesman for the senator, declined to comment.", [("Matt House", "person")]),
        ("Joe Manchin of West Virginia spoke.", [("Joe Manchin", "person")]),
        ("The vote angered Paul West Virginia Republicans.", [("Paul", "person"), ("Republicans", "organisation")]),
        ("Rep. Lou Correa leads the Management Efficiency Subcommittee.",
         [("Lou Correa", "person"), ("Management Efficiency Subcommittee", "organisation")]),
    ],
)
def test_a_word_that_names_no_one_alone_is_a_surname_after_a_given_name(index, text, expected):
    found, actors = mentions(index, text)
    assert [(s, actors[a].kind) for s, a, r in found if r != "pronoun"] == expected


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Send comments to HarborComments@agency.gov by Friday.", "HarborComments"),
        ("Lina Ostrowe, Ph.D., teaches at the college.", "Ph"),
        ("Hmmm. That was an Orwellian move by the Executive Branch.", "Branch"),
        ("Hmmm. That was an Orwellian move by the Executive Branch.", "Orwellian"),
        ("The bill passed during Reconstruction, they said.", "Reconstruction"),
    ],
)
def test_words_that_name_nobody_alone(index, text, absent):
    assert absent not in [s for s, _, _ in mentions(index, text)[0]]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a catalog surname that is an English word names its owner only where it acts as a person
        ("Gun violence affects Black communities, the groups say.", []),
        ('"Long term, costs will rise," the analyst said.', []),
        ("If there is no wall, there is no Deal!", []),
        ("Watch Senators Burr, Coburn and Hatch on Monday.",
         [("Burr", "richard-burr"), ("Coburn", "tom-coburn"), ("Hatch", "orrin-hatch")]),
        ("Kelly brought more structure to the West Wing.", [("Kelly", "person")]),
        # a court case, a rule or a firm named for someone is not that someone
        ("Trump slammed the 1997 Flores settlement.", [("Trump", "donald-trump")]),
        ("The so-called Byrd rule limits reconciliation.", []),
        ("The ruling narrowed the core of Roe, they said.", []),
        ("Ronny Gal follows it for Sanford C. Bernstein.", [("Ronny Gal", "ronny-gal"), ("Sanford C. Bernstein", "sanford-bernstein")]),
        # but not a person's case or ruling
        ("Trump slams Democrats over the Kate Steinle case.",
         [("Trump", "donald-trump"), ("Democrats", "democratic-party"), ("Kate Steinle", "kate-steinle")]),
        # a word that opens another name here is that name's, not a catalog namesake's
        ("Judge Reed O'Connor ruled in Texas. Critics said Reed's decision was an overreach.",
         [("Reed O'Connor", "reed-oconnor"), ("Reed", "reed-oconnor")]),
    ],
)
def test_a_catalog_surname_alone_names_its_owner_only_where_it_acts_as_a_person(index, text, expected):
    found, actors = mentions(index, text)
    got = [(s, a) for s, a, r in found if r != "pronoun"]
    if expected and expected[0][1] == "person":
        assert [(s, actors[a].kind) for s, a in got] == expected
    else:
        assert got == expected


def test_a_name_after_a_persons_title_is_a_person_whatever_its_last_word(index):
    found, actors = mentions(index, '"It spiked after the vote," CNN Polling Director Keating Orchard said. He was surprised.')
    assert actors["keating-orchard"].kind == "person"
    assert ("He", "keating-orchard", "pronoun") in found


def test_a_full_name_repeated_with_an_unknown_given_name_stays_whole(index):
    text = "Special Agent Kisu Yolander led the raid. Yolander says so. Still, agent Kisu Yolander appears satisfied."
    found, _ = mentions(index, text)
    assert [(s, a) for s, a, r in found if r != "pronoun"] == [
        ("Kisu Yolander", "kisu-yolander"), ("Yolander", "kisu-yolander"), ("Kisu Yolander", "kisu-yolander")]


def test_what_a_person_is_before_a_name_makes_it_a_persons_and_may_give_a_gender(index):
    found, actors = mentions(index, '"It is risky," says Democratic pollster Velinda Orchard. She polls often.')
    assert actors["velinda-orchard"].kind == "person"
    assert ("She", "velinda-orchard", "pronoun") in found
    found, actors = mentions(index, "Claudia Urbiana and daughter Quinzella Cardenas hug. A man bows his head as he stands.")
    assert actors["quinzella-cardenas"].gender == "female"
    assert not [m for m in found if m[2] == "pronoun"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Delaney Tarrow, a Marjory Stoneman Douglas High School student, spoke.", "Delaney Tarrow"),
        ("It was spearheaded by Al Cardenow, chairman of the American Conservative Union.", "Al Cardenow"),
        ("They named Nidal Hasow, the U.S. Army major who killed 13.", "Nidal Hasow"),
        # a supporter, a suspect, a wonk, a killer: what people are, before or after the name
        ("Avrik Tolloy, a supporter of the bill, agreed that it needs work.", "Avrik Tolloy"),
        ("The suspect, Sayfo Saipek, shouted during the attack.", "Sayfo Saipek"),
        ("The bureau failed to stop Charleston killer Dyllon Rufe from buying a gun.", "Dyllon Rufe"),
        ("Health policy wonk Avrik Tolloy is issuing a specific prediction.", "Avrik Tolloy"),
        # a police chief's title; "named", "called" or "identified as" after what a person is
        ("It would be blocked, Police Chief Dorrin Kessock of Norwood told me.", "Dorrin Kessock"),
        ("The spokespeople were a journalist and former legislator named Bartolo Fuentel and his wife.", "Bartolo Fuentel"),
        ("Authorities charged a man identified as Cristo Rivelo with murder.", "Cristo Rivelo"),
        # a party's or a state's tag after the name, as a member of Congress's
        ("The bill came from Salo Carbajel (D-Calif.) and others.", "Salo Carbajel"),
        ("Elisso Slotkan (Mich.) objected to the plan.", "Elisso Slotkan"),
        # what a person is, in lower case, after an organisation's name
        ("Harbor Conservative Union head Alo Cardenel spoke. A co-author, Gareno Wintemeyer, agreed.", "Alo Cardenel"),
    ],
)
def test_an_apposition_with_names_before_its_head_makes_a_person(index, text, name):
    actors = mentions(index, text)[1]
    assert [a.kind for a in actors.values() if a.name == name] == ["person"]


def test_a_name_before_of_and_an_organisation_is_a_person_and_a_country_after_an_unknown_given_name_a_surname(index):
    actors = mentions(index, "Avik Rovan of the Manhattan Institute wrote that the law fails.")[1]
    assert actors["avik-rovan"].kind == "person"
    found, actors = mentions(index, '"It spiked," CNN Polling Director Keating Holland said. Trade with Holland grew.')
    assert [(s, a) for s, a, _ in found] == [("CNN", "cnn"), ("Keating Holland", "keating-holland"), ("Holland", "netherlands")]
    assert [s for s, _, _ in mentions(index, "McConnell, the leader of GOP-controlled Senate, responded.")[0]] == ["McConnell", "Senate"]


def test_a_copula_and_what_a_person_is_make_a_person_and_a_university_is_an_organisation(index):
    found, actors = mentions(index, "Abbe R. Glucksby is a professor of law at Yale. Yale said no.")
    assert [(s, actors[a].kind) for s, a, _ in found] == [
        ("Abbe R. Glucksby", "person"), ("Yale", "organisation"), ("Yale", "organisation")]
    assert [a.kind for a in mentions(index, "The Harbor Fund is a major donor to the party.")[1].values()] == ["organisation"]


def test_navy_alone_names_only_the_navy_named_before(index):
    assert mentions(index, "Chris Kyle, the former Navy SEAL, was shot.")[0] == [("Chris Kyle", "christopher-kyle", "discovered")]
    found, _ = mentions(index, "The U.S. Navy said so. Then Navy divers left.")
    assert [a for _, a, _ in found] == ["us-navy", "us-navy"]


def test_a_shared_government_points_at_a_namesake_only_while_in_office(index):
    """Most political articles name their country's government: by itself that says nothing about
    which of several namesakes a lone surname is, unless one of them holds office at the date."""
    text = "Democrats met in Congress on Tuesday. Brown answered their questions."
    undated = [a for m in find(index, text)[0] if m.surface == "Brown" for a in [m.actor]]
    assert undated and undated[0] != "anthony-brown"  # Sherrod, Jerry and Anthony Brown are all Democrats


def test_a_word_the_article_names_a_court_case_by_is_the_case_everywhere_in_it(index):
    text = "The Heller decision struck down the ban. After Heller, the court waited. Stevens criticized Heller."
    assert "Heller" not in [s for s, _, _ in mentions(index, text)[0]]
    found = mentions(index, "Sen. Dean Heller spoke. Heller said no.")[0]
    assert [(s, a) for s, a, _ in found] == [("Dean Heller", "dean-heller"), ("Heller", "dean-heller")]
    found = mentions(index, "The Abramski ruling will show how far President Obama can push his agenda.")[0]
    assert ("his", "barack-obama", "pronoun") in found


def test_a_one_word_catalog_name_before_a_given_name_and_a_surname_is_a_given_name(index):
    found = mentions(index, "In San Antonio, Jesus Manuel Garcia shoots at a theater. Jesus Christ taught it.")[0]
    assert [a for _, a, _ in found].count("jesus") == 1  # "Jesus Christ" only


@pytest.mark.parametrize("text, first", [("They prayed to Jesus", "jesus"), ("Jesus", "jesus"),
                                         ("They prayed to Jesus Manuel", "jesus")])
def test_a_catalog_name_at_the_end_of_the_text_is_read_safely(index, text, first):
    assert [a for _, a, _ in mentions(index, text)[0]][:1] == [first]


def test_a_one_word_name_with_a_capital_inside_is_an_organisation_not_a_person(index):
    found, actors = mentions(index, "FedEx said it would not sponsor the group. Then Don McGahn left; McGahn said no.")
    kinds = {s: actors[a].kind for s, a, r in found if r != "pronoun"}
    assert kinds == {"FedEx": "organisation", "Don McGahn": "person", "McGahn": "person"}


def test_a_catalog_surname_ending_an_institutions_name_is_no_person(index):
    found = mentions(index, "Sally Rogers, a professor at the University of California at Davis, spoke. "
                            "UC Davis economist Giovanni Peri agreed.")[0]
    assert not any(a.startswith("surname-davis") or a == "david-davis" for _, a, _ in found)


def test_people_opening_a_sentence_with_a_verb_of_saying_are_whom_they_takes_up(index):
    found = mentions(index, "Many Americans need help. Officials said in the post they have called in more staff.")[0]
    assert [m for m in found if m[2] == "pronoun"] == []
    found = mentions(index, "Republicans met on Monday. They said the bill was dead.")[0]
    assert ("They", "republican-party", "pronoun") in found


def test_a_plural_opening_a_sentence_before_its_verb_is_whom_they_takes_up(index):
    found = mentions(index, "Republicans praised the law. Insurers are desperate to know whether they will be paid.")[0]
    assert [m for m in found if m[2] == "pronoun"] == []


@pytest.mark.parametrize("text, pronoun, expected", [
    # people a plural noun names speak, and "they" opens what they say
    ("Democrats pushed the bill. Older voters say they will remember it.", "they", None),
    ("Democrats pushed the bill. Hispanic voters say they will remember it.", "they", "hispanic-americans"),
    ("Democrats pushed the bill. Many activists argued that they had been ignored.", "they", None),
    ("Democrats pushed the bill. Party leaders said they would not wait.", "they", None),
    # not things, nor a noun the comma ends
    ("Democrats pushed the bill, but procedural rules say they must wait a week.", "they", "democratic-party"),
    ("Republicans broke off talks, saying they feared a revolt.", "they", "republican-party"),
    # "they" after ", but" goes on with the plural noun that opened its sentence
    ("The cancellations will not affect most Americans, but they could hurt the law.", "they", None),
    ("Republicans will not meet most Democrats, but they could call them.", "they", "republican-party"),
    ("The American people spoke. Twenty-five states sued the government, arguing they would bear the costs.",
     "they", None),
    # "they" opening a sentence goes on with the plural noun that opened the one before
    ("Immigrant groups urged Republicans to act. They said the vote was overdue.", "They", None),
    ("The four liberals were appointed by Democrats. They often vote together.", "They", None),
    ("Democrats proposed changes. Health plans are similar in scope. They would give the state a bigger role.",
     "They", None),
    ("Democrats met. Many Latin American newspapers have called it a ploy. They also report the caravan grew.",
     "They", None),
    ("Democrats met. Although the judge gave no hint, administration supporters fear the worst. They point to "
     "an order.", "They", None),  # (the main clause's, after an opening one)
    ("Democrats urged immigrant groups to act. They said the vote was overdue.", "They", "democratic-party"),
    ("Republicans urged Democrats to act. They said the vote was overdue.", "They", "republican-party"),
    # two actors joined say what "they" opens, or stand between: both
    ("Democrats and Republicans say they have the public on their side.", "they", None),
    ("The eight senators, four Democrats and four Republicans, said that they would wait.", "they", None),
    ("Democratic and Republican leaders are taking it seriously, but first they need more facts.", "they", None),
    ("The White House and Democrats on the Hill know that they're better off with her.", "they're", None),
    # the object of a verb whose object is a thing
    ("Republicans and gun dealers back the bans. Democrats want Congress to pass them.", "them", None),
    ("Democrats demanded funding. Republicans refused to appropriate them.", "them", None),
    ("Should the court knock down subsidies, most Republicans agree they will need to extend them.", "them", None),
    # things named before "them" stand between it and an actor, unless "them" takes people
    ("Democrats looked at the recent spate of mass shootings and what can be done to prevent them.", "them", None),
    ("The call puts pressure on Democrats, who find that support of tougher gun laws could make it hard for them.",
     "them", "democratic-party"),
    ("Democrats were pushing partisan bills, and Rep. Tom Cole was warning them.", "them", "democratic-party"),
    ("Republicans met on Monday. Sen. Ray Tolle urged them to act.", "them", "republican-party"),
    ("Democrats doubted the governor's actions and kept digging behind them.", "them", None),
    ("Democrats rejected the governor's demands, and the governor would not offer them anything.",
     "them", "democratic-party"),
    ("Democrats rejected the governor's demands, but the governor kept battling both of them on air.",
     "them", "democratic-party"),
    ("Senate Democrats are drafting plans that they think are more sound than the House bill. Some of them are "
     "sponsors of it.", "them", "democratic-party"),
    ("Democrats backed a mandatory buyback of assault weapons, all of them.", "them", None),
    # people named before "them" in its sentence, not as a predicate, a body's members or a verb
    ("Republicans are considering giving undocumented immigrants legal status, but not allow them a path.",
     "them", None),
    ("Democrats campaign as soft on illegal immigrants, but are tough on them in office.", "them", None),
    ("The ads keep labeling Democrats as socialists as a way of painting them as extreme.", "them", "democratic-party"),
    ("House Republicans resisted. After days of trying to charm members of Congress, Trump gave them an ultimatum.",
     "them", "republican-party"),
    ("Dreamers face deportation. Now he wants to hold them hostage.", "them", "dreamers"),
    ("Republicans said the plan would grant permits to those here illegally, giving them a chance.", "them", None),
    # a verb of thinking, and "people" opening a sentence
    ("Democrats pushed the bill. Immigration activists believe they are stronger now.", "they", None),
    ("Democrats pushed the bill. People get fooled when they are not paying attention.", "they", None),
    # ... after an auxiliary too
    ("Democrats pushed the bill. The chamber's leaders have said they will not vote.", "they", None),
    # two actors joined before a reflexive: both
    ("Both Republicans and Democrats on the Hill want to exempt themselves.", "themselves", None),
    ("Republicans met. Democrats themselves were split.", "themselves", "democratic-party"),
])
def test_they_takes_up_people_a_plural_noun_names(index, text, pronoun, expected):
    found = mentions(index, text)[0]
    assert [a for s, a, r in found if r == "pronoun" and s == pronoun] == ([expected] if expected else [])


@pytest.mark.parametrize("text, expected", [
    # a pronoun opening a sentence goes on with the one that opened the sentence before
    ("Mark Kelly spoke after Barack Obama. He said the law was weak, echoing Obama. He further argued for checks.",
     ["mark-kelly", "mark-kelly"]),
    ("Republicans met on Monday. They spoke with Hispanic voters. They had disappointed them.",
     ["republican-party", "republican-party", "hispanic-americans"]),
    ("Republicans met on Monday. They can question Democrats as well as Republicans. Or they can shout.",
     ["republican-party", "republican-party"]),
    # ... whatever objects stand between, but not past a sentence another subject opens
    ("Republicans met on Monday. They met Democrats about the bills. They said no.",
     ["republican-party", "republican-party"]),
    ("Republicans met on Monday. They met the governors. But the governors left. They said no.",
     ["republican-party"]),
    # ... whatever plural nouns stand between, along a chain of such sentences, however long
    ("Harbor Union officials misjudged the strike. They predicted that support would grow as workers "
     "learned more. They dismissed the complaints of most Canadians about the docks. They expected "
     "that the ports would settle. They were wrong.",
     ["harbor-union"] * 4),
])
def test_a_pronoun_opening_a_sentence_goes_on_with_the_one_opening_the_sentence_before(index, text, expected):
    found = mentions(index, text)[0]
    assert [a for s, a, r in found if r == "pronoun"] == expected


@pytest.mark.parametrize("text, outlet, expected", [
    # a newspaper's own articles call it by its last word
    ("The Times found that two dozen people sold guns.", "New York Times - News", [("Times", "new-york-times")]),
    ("Once The Times made its inquiry known, three accounts vanished.", "Washington Times",
     [("Times", "washington-times")]),
    # not in another outlet's, nor when the article names another paper so, nor before a name
    ("The Times found that two dozen people sold guns.", "Fox News", []),
    ("The Washington Times reported it first, and the Times found more.", "New York Times - News",
     [("The Washington Times", "washington-times"), ("Times", "washington-times")]),
    ("He spoke at the Times Square rally.", "New York Times - News", []),
])
def test_a_newspaper_calls_itself_by_its_last_word(index, text, outlet, expected):
    found, _ = find(index, text, outlet=outlet)
    assert [(m.surface, m.actor) for m in found] == expected


@pytest.mark.parametrize("text, expected", [
    # "it" right after a body's own verb of saying, as the subject of what follows
    ("The NRA said it would fight the bill.", [("it", "nra")]),
    ("Israel says that it will respond.", [("it", "israel")]),
    ("The FBI also said it had checked the records.", [("it", "fbi")]),
    ("The FBI said it didn’t check the records.", [("it", "fbi")]),
    ("The NRA says it opposes the bill.", [("it", "nra")]),  # a verb of the present
    ("The IDF said it struck targets overnight.", [("it", "idf")]),  # a past not in -ed
    # "its" in the clause the body opens as its subject
    ("The NRA has doubled its spending.", [("its", "nra")]),
    ("The Justice Department was told to file its response.", [("its", "justice-department")]),
    ("On Monday, the NRA doubled its spending.", [("its", "nra")]),
    ("Israel says that it will respond, and Mexico said its troops would stay.",
     [("it", "israel"), ("its", "mexico")]),
    # not an object, not across a comma or another actor, not a body's people, not a body that
    # only qualifies a noun
    ("CNN reported it.", []),
    ("The NRA described it as a bad bill.", []),
    ("The Justice Department said it was speculative to believe the claim.", []),
    ("The NRA, which backs Trump, lost its case.", []),
    ("The NRA has asked Congress to double its budget.", []),
    ("Republicans said it was over.", []),
    ("The Senate bill will cut its tax credits.", []),
])
def test_it_and_its_of_a_body_only_where_the_sentence_leaves_no_doubt(index, text, expected):
    found = mentions(index, text)[0]
    assert [(s, a) for s, a, r in found if r == "pronoun"] == expected


@pytest.mark.parametrize("text, outlet, expected", [
    # the country people enter or stay in illegally is the one the outlet publishes in
    ("Mexico held elections on Sunday. Migrants who entered the country illegally stayed home.", "Fox News - Politics",
     [("the country", "us")]),
    ("Uzbekistan protested. He was in the country legally on a student visa.", "New York Times - News",
     [("the country", "us")]),
    # not when the outlet is unknown, nor any other "the country" (the one named close by)
    ("Mexico held elections on Sunday. Migrants who entered the country illegally stayed home.", "Harbor Gazette", []),
    ("Mexico held elections on Sunday. The country is divided.", "Fox News", [("The country", "mexico")]),
    # ... nor where a verb of entering comes before it, in an article that names that country
    ("The U.S. tightened its rules. Chinese travelers entering the country now face questions.", "Fox News",
     [("the country", "us")]),
    ("The U.S. tightened its rules. Fewer migrants from Mexico were smuggled into the country.", "Fox News",
     [("the country", "us")]),
    ("Chinese travelers entering the country now face questions.", "Fox News", []),
    ("Mexico and the U.S. signed a pact. Travelers entering the country now face questions.", "Harbor Gazette", []),
    ("Mexico and the U.S. signed a pact. Travelers entering the country now face questions.", "Fox News",
     [("the country", "us")]),
])
def test_the_country_migrants_enter_is_the_outlets_own(index, text, outlet, expected):
    found, _ = find(index, text, outlet=outlet)
    assert [(m.surface, m.actor) for m in found if m.resolution == "role"] == expected


@pytest.mark.parametrize("text, outlet, expected", [
    # the federal government of the outlet's country, where the article names it or its bodies
    ("Congress passed the bill, and the federal government will pay for it.", "Fox News", [("the federal government", "us")]),
    ("Congress passed the bill, and the federal government will pay for it.", "Harbor Gazette",
     [("the federal government", "us")]),
    ("Voters cheered, and the federal government will pay for it.", "Harbor Gazette", []),
    # ... or of the one federal country named close by; of two named there, nobody's
    ("Canada's premier said the federal government in Ottawa was slow.", "Fox News", [("the federal government", "canada")]),
    ("Mexico and Congress said the federal government should pay.", "Fox News", []),
    # a thing of the government's is no government
    ("Congress passed the bill before the federal government shutdown began.", "Fox News", []),
    ("Congress passed the bill before the government shutdown began in the U.S.", "Fox News", []),
])
def test_the_federal_government_is_the_one_federal_country_the_context_names(index, text, outlet, expected):
    found, _ = find(index, text, outlet=outlet)
    assert [(m.surface, m.actor) for m in found if m.resolution == "role"] == expected


@pytest.mark.parametrize("text, expected", [
    # a pair of both sexes stands for anyone: nobody is resolved
    ("Sen. Marco Rubio said every applicant must prove his or her income.", []),
    ("Gov. Jane Okafor said a teacher who feels unsafe can ask that he or she be moved.", []),
    ("Marco Rubio said each voter may call him/her a friend.", []),
    # ... but two pronouns of one sex joined are the actor's
    ("Marco Rubio said his or his staff's notes were lost.", [("his", "marco-rubio"), ("his", "marco-rubio")]),
])
def test_a_pronoun_pair_of_both_sexes_stands_for_nobody(index, text, expected):
    assert pronoun_pairs(index, text) == expected


@pytest.mark.parametrize("text, surface, expected", [
    # a possessive in a later clause belongs to that clause's subject
    ("Ted Cruz is a senator while Marco Rubio had not yet filed his papers.", "his", "marco-rubio"),
    ("Ted Cruz won Iowa but Marco Rubio kept his lead in the polls.", "his", "marco-rubio"),
    ("Ted Cruz spoke first, and Sen. Marco Rubio of Florida announced his plan after him.", "his", "marco-rubio"),
    # ... after a comma too, in a series of clauses, and past the place before a title
    ("Ted Cruz spoke in Houston, Texas Gov. Rick Perry showed off his aim, and Marco Rubio left early.", "his", "rick-perry"),
    ("Ted Cruz spoke first, and Florida Sen. Marco Rubio announced his plan.", "his", "marco-rubio"),
    # ... and so does a subject pronoun, but not an object
    ("Republicans vowed to repeal the law, and Democrats have vowed to protect what they can.", "they", "democratic-party"),
    ("Joe Biden said he backed it before Barack Obama had himself announced he backed it.", "he", "barack-obama"),
    ("Democrats won the House while Republicans vowed to fight them.", "them", "democratic-party"),
    # ... and so does one in a clause after "that"
    ("Mitt Romney ignored the fact that Barack Obama had instructed his team to work on it.", "his", "barack-obama"),
    ("Republicans recalled the pledge that Democrats could keep the insurance they liked.", "they", "democratic-party"),
    # ... not when the name has no verb of its own, is only the copula's subject, or is joined to another
    ("The senators sat with Ted Cruz at the head and Marco Rubio to his left.", "his", "ted-cruz"),
    ("The book was written by Ted Cruz, and Marco Rubio was one of his editors.", "his", "ted-cruz"),
    ("Republicans met Barack Obama and Democrats but rejected the bill and insisted they would wait.", "they", None),
])
def test_a_pronoun_in_a_later_clause_takes_up_that_clauses_subject(index, text, surface, expected):
    found = [a for s, a in pronoun_pairs(index, text) if s == surface]
    assert (found[-1] if found else None) == expected


@pytest.mark.parametrize("text, expected", [
    # a subject pronoun after a short opening phrase of time or place goes on with the subject before,
    # as one opening its sentence does, whoever the sentence before names last
    ("Ted Cruz spoke first. He offered to debate Marco Rubio. At the end of the night, he left the hall.",
     [("He", "ted-cruz"), ("he", "ted-cruz")]),
    ("Ted Cruz spoke first. He offered to debate Marco Rubio. In 2014, he ran again.",
     [("He", "ted-cruz"), ("he", "ted-cruz")]),
    # ... and after a participle's phrase that names someone, not that one
    ("Ted Cruz spoke first. He offered to debate Marco Rubio. After meeting Rubio, he left the hall.",
     [("He", "ted-cruz"), ("he", "ted-cruz")]),
])
def test_a_pronoun_after_an_opening_phrase_goes_on_with_the_subject(index, text, expected):
    assert pronoun_pairs(index, text) == expected


@pytest.mark.parametrize("text, expected", [
    # sentences wholly inside a quotation count as one for a pronoun's reach: the speaker is in reach
    ('\u201cThe port is shut,\u201d Ted Cruz told reporters. \u201cSo we wait. But for how long? Nobody knows. '
     'Nobody asks.\u201d He later said the port would open.', [("He", "ted-cruz")]),
    # a speaker whose verb closes the sentence with a phrase of time or place goes on speaking
    ('\u201cThe port is shut,\u201d Marco Rubio\u2019s aide, Ted Cruz, said Sunday on the radio. He added that he '
     'hoped it would open.', [("He", "ted-cruz"), ("he", "ted-cruz")]),
    ('\u201cThe port is shut,\u201d Marco Rubio\u2019s aide, Ted Cruz, said to reporters. He added that he '
     'hoped it would open.', [("He", "ted-cruz"), ("he", "ted-cruz")]),
    # ... and a subject pronoun after a speaking pronoun and its verb is whom that one is
    ("Marco Rubio\u2019s aide, Ted Cruz, spoke on Sunday. He added that he hoped it would open.",
     [("He", "ted-cruz"), ("he", "ted-cruz")]),
])
def test_a_speaker_goes_on_past_a_long_quotation_and_a_closing_phrase(index, text, expected):
    assert pronoun_pairs(index, text) == expected


def test_an_object_pronoun_in_a_question_is_not_its_subject(index):
    # "What does X have on him?": X is the question's subject, so "him" is someone else
    text = "Donald Trump met Vladimir Putin in Helsinki. What does Putin have on him?"
    assert pronoun_pairs(index, text) == [("him", "donald-trump")]


@pytest.mark.parametrize("text, expected", [
    # a speaker after the quotation that opens the sentence goes on with the subject before
    ("Mayor Tony Okafor spoke. He noted that Joaquin Guzman escaped last year. \u201cWe should learn from him,\u201d "
     "he said.", "anthony-okafor"),
    # ... after a quotation of several sentences too, reached from where it opens
    ("Commissioner Dale Okafor ridiculed the plan. \"How can they do it? Notices went out. Rates were approved. "
     "How will this work?\" he said.", "dale-okafor"),
    # ... but a pronoun opening its sentence after a quotation that opened inside the one before goes on
    # with that sentence's speaker
    ("Joe Manchin met the families. He became choked up. Said Pat Toomey: \"Criminals should not have guns. "
     "Nobody disagrees.\" He said the checks were common sense.", "pat-toomey"),
    # ... as a sentence-opening pronoun does, past the reach of the name
    ("Dr. Bob Russo is sure of it. He is a radiologist. He is also a president. He says the rates hurt. \"You get "
     "what you pay for,\" he says.", "robert-russo"),
])
def test_a_speaker_after_an_opening_quotation_goes_on_with_the_subject_before(index, text, expected):
    found = [(s.lower(), a) for s, a in pronoun_pairs(index, text)]
    assert found[-1] == ("he", expected)


@pytest.mark.parametrize("text, expected", [
    # one named inside a quotation of a sentence before is not whom a pronoun opening a sentence takes up
    ("Rep. Mario Diaz-Balart spoke on Monday. \u201cHere is what Barack Obama would do: the Democrats will say it "
     "takes a one-page bill,\u201d he said. \u201cAnd that is going to be the pressure on the Republicans.\u201d "
     "He does not want a fight.",
     [("he", "mario-diaz-balart"), ("He", "mario-diaz-balart")]),
    ("Marco Rubio spoke on Fox News. \u201cFor Barack Obama to move the goalposts on that does not bode well for "
     "the bill,\u201d Rubio said. He left.", [("He", "marco-rubio")]),
    # (a name in quotation marks is no quotation)
    ("Sen. Dale Kessock joined the \u201cGang of Eight\u201d on Monday. He said so.", [("He", "dale-kessock")]),
])
def test_a_name_quoted_before_is_not_taken_up_by_an_opening_pronoun(index, text, expected):
    assert pronoun_pairs(index, text) == expected


@pytest.mark.parametrize("text, expected", [
    # one whose spokesman or aide is named right after it is not whom the sentence goes on with
    ("Barack Obama spoke. Obama spokesman Jay Carney said the deal was close, but he added that more was needed.",
     [("he", "jay-carney")]),
    ("Harry Reid spoke. Former Reid staffer Jim Manley defended his old boss.", [("his", "james-manley")]),
    # (a reported clause's subject after an adverb is the pronoun's)
    ("Barack Obama spoke. Obama spokesman Jay Carney is conceding that perhaps Barack Obama wishes he could "
     "take his words back.", [("he", "barack-obama"), ("his", "barack-obama")]),
])
def test_one_whose_aide_is_named_after_it_is_passed_over(index, text, expected):
    assert pronoun_pairs(index, text) == expected


def test_a_pronoun_past_the_reach_of_a_name_goes_on_with_its_sentences_subject(index):
    text = ("Bill Gates is an optimist. He is rich. He invented computing. He runs a foundation, but he can see "
            "problems getting better, and his work matters.")
    assert pronoun_pairs(index, text)[-2:] == [("he", "bill-gates"),
                                                                                 ("his", "bill-gates")]
    # ... and a possessive opening a sentence with the subject pronouns of the one before
    text = "Bill Gates is an optimist. He is rich. He invented computing. He runs a foundation. His wealth grew."
    assert pronoun_pairs(index, text)[-1] == ("His", "bill-gates")
    # ... and a later one with none before it in its sentence, with the sentence before's
    text = ("Carl Jurney spoke. Hunters use large magazines. He also is concerned about loans. Many hunts, in which "
            "guns are loaned, last longer, he said.")
    assert pronoun_pairs(index, text)[-1] == ("he", "carl-jurney")


@pytest.mark.parametrize("text, expected", [
    # a possessive after "said in", "writes in" is the speaker's, named or not
    ("Judge Jon Tigar ruled against Donald Trump. The president \u201cmay not rewrite the laws,\u201d the judge said "
     "in his order.", ["jon-tigar"]),
    ("In a glimpse of life in Donald Trump's orbit, his former aide Corey Lewandowski writes in his new book that "
     "the president was angry.", ["donald-trump", "corey-lewandowski"]),
    ("Donald Trump spoke. The president \u201cmay not rewrite the laws,\u201d a spokesman said in his statement.", []),
])
def test_a_possessive_after_a_verb_of_saying_is_the_speakers(index, text, expected):
    assert [a for _, a in pronoun_pairs(index, text)] == expected


def test_a_possessive_in_an_opening_phrase_leaves_the_next_sentence_to_the_main_subject(index):
    text = ("Instead of fixing Barack Obama's health law, Ted Cruz argued for its repeal. "
            "\u201cIt is broken,\u201d he said.")
    assert pronoun_pairs(index, text) == [("he", "ted-cruz")]


@pytest.mark.parametrize("text, expected", [
    # "those who ..." in the pronoun's sentence are whom "they" takes up, not the actor named before
    ("Senate Republicans chose a waiting period, so those with a gap in coverage must wait before they can enroll.",
     None),
    ("Democrats wrote the rule. Among those who renewed, a third said they were satisfied.", None),
    ("Janet Napolitano assured Americans, saying those eligible must apply, after which they can renew.", None),
    # ... but not a part of the actor's own, nor "those" in an object of the sentence before
    ("Democratic lawmakers \u2014 particularly those in the House \u2014 want distance between themselves and "
     "the plan.", "democratic-party"),
    ("Democrats asked the agency to give those who missed the deadline more time. They say it is fair.",
     "democratic-party"),
])
def test_those_described_stand_between_they_and_an_actor(index, text, expected):
    got = [a for s, a in pronoun_pairs(index, text) if s.lower() in ("they", "themselves")]
    assert got == ([expected] if expected else [])


@pytest.mark.parametrize("text, expected", [
    # a sentence whose subject is a plural noun stands between "they" and an actor named before it
    ("Sen. Marco Rubio met other Republicans. Immigrant-rights groups were angry, and some said they would sue.", []),
    ("Democrats praised the law. Several large insurance companies announced that they will stay.", []),
    # ... and so does a plural noun as the subject of a clause after "when", "if", "that"
    ("Democrats stopped hoping when voters defied prediction after prediction that they would love the law.", []),
    ("Democrats backed a practice whereby migrants are released while they wait for a hearing.", []),
    ("Americans say finding labor is so hard that farmers are changing what they grow.", []),
    # ... and so do people of a pronoun's ("his colleagues"), but not its things ("his remarks")
    ("The Founding Fathers feared it. Rick Perry and his colleagues say they are rejecting the law.", []),
    ("Democrats balked. Chuck Schumer, in his remarks, said that they had proposed a deal.", ["democratic-party"]),
    # ... and a plural noun with a word before it after "that", or right after "which", and one after a possessor
    ("Republicans wrote the plan. The main idea is that state exchanges would go on working like they do now.", []),
    ("Democrats backed the rule for a screening at which migrants must prove they have fears.", []),
    ("Americans will have insurance. So Marco Rubio's claims are true, but they are only part of the story.",
     []),
    # ... and so does a plural noun opening the sentence before with "of"
    ("The fight recalls the standoff between President Clinton and congressional Republicans. Critics of the "
     "strategy, including many veteran Republicans on Capitol Hill, warn that it will fail. They say it will lose.", []),
    # ... and so do two people joined as the subject of the sentence before ("They" is both)
    ("Rep. Will Hurd, Texas Republican, and Rep. Pete Aguilar, California Democrat, said the bill protects "
     "Dreamers. They have offered a bill.", []),
    ("John McCain and Chuck Schumer praised Democrats. They met on Monday.", []),
    ("John McCain praised Democrats. They met on Monday.", ["democratic-party"]),
    # ... and so does a plural noun after a comma as the subject of its clause, not a source named after it
    ("Republicans want to repeal the law. But if they do, governors could have very different pressures weighing "
     "on them.", ["republican-party"]),
    ("Republican leaders met on Monday. They had no majority, aides say. But they were close.",
     ["republican-party"] * 2),
    # ... and so do people named for a place ("Silicon Valley donors"), not things ("both Ohio chambers")
    ("Reform is popular among Democrats and some Silicon Valley donors, who say rules bar them from hiring.", []),
    ("Though Democrats hold both Ohio chambers, they will have a harder time in the Senate.", ["democratic-party"]),
    # ... and so do two joined, the second speaking ("have said they"), and a plural noun that fears
    ("Democrats cheered. Donald Trump and Republican lawmakers have said they would support it.", []),
    ("Nancy Pelosi spoke. Some activists fear a deal that hurts Dreamers, and they know Democrats can win.", []),
    # ... and so do two people joined, with their titles and party tags
    ("Republicans met Democrats. Sen. John McCain (R-Ariz.) and Sen. Dick Durbin (D-Ill.) said they agreed.", []),
    ("Democrats cheered. Chuck Schumer, D-N.Y., and House Minority Leader Nancy Pelosi, D-Calif., said they agreed.",
     []),
    # ... but not a body joined after "the" in an object: "they" goes on with the subject
    ("When Republicans used it to propel them to control of Congress and the White House, they cheered.",
     ["republican-party"] * 2),
    # ... and so do a dozen nouns, and plural nouns after "there are"
    ("Republicans wrote to a dozen companies to ask whether anyone solicited funds from them.", []),
    ("As Republicans try to cut the tax, there are signs of a truce in the Senate, and they could help.", []),
    # ... and a relative clause after two actors joined is about both
    ("The eight senators, four Democrats and four Republicans, who wrote the plan -- were sure that they would win.",
     []),
    ("The eight senators, four Democrats, who wrote the plan -- were sure that they would win.", ["democratic-party"]),
    # ... but not a plural in an opening clause, nor others who speak of the actor
    ("What will Republicans say? That high deductibles are good, they just forgot to mention it?", ["republican-party"]),
    ("Republicans can keep working as long as they like. Still others have argued that Congress could pass a "
     "budget. This would enable them to work on two bills.", ["republican-party"] * 2),
])
def test_a_plural_subject_or_two_people_stand_between_they_and_an_actor(index, text, expected):
    assert [a for s, a in pronoun_pairs(index, text) if s.lower() in ("they", "them")] == expected


@pytest.mark.parametrize("text, expected", [
    # a pronoun left to people named without a name leaves later ones of its kind in the sentence too
    ("Democrats courted Latino voters. But union organisers believe they are stronger now than they were.", []),
    ("Sen. Marco Rubio said every applicant must show his or her income and his address.", []),
    # ... but not a speaker, nor one whose antecedent is named after the first
    ("Pete Buttigieg spoke. The nominee must be bold, whatever plan he or she backs, he added.",
     [("he", "pete-buttigieg")]),
    ("Union organisers believe they are strong, and Democrats say they agree.", [("they", "democratic-party")]),
])
def test_a_pronoun_left_to_someone_unnamed_leaves_the_next_of_its_kind(index, text, expected):
    assert pronoun_pairs(index, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a pronoun in a relative clause about a person an indefinite article introduces is that person's
    ('"It is noise," said a senior administration official, who previewed the speech of Barack Obama '
     'on the condition that he not be identified.', []),
    # ... not one apposed to a name
    ("Barack Obama spoke. The comments were made by Jim Gruber, an economist, who noted in a speech that "
     "he helped write the bill.", [("he", "james-gruber")]),
    # ... and in the sentence such a person opens before a relative clause
    ("Juan Eskalon wrote on Twitter. One DACA recipient who wrote to me is still waiting for the renewal he "
     "applied for.", []),
    # (not a predicate's: that person is named)
    ("Juan Eskalon wrote on Twitter. He is a DACA recipient who is still waiting for the renewal he applied for.",
     [("He", "juan-eskalon"), ("he", "juan-eskalon")]),
])
def test_a_pronoun_in_a_relative_clause_about_someone_unnamed_is_theirs(index, text, expected):
    assert pronoun_pairs(index, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "and" after a tail of two English words joins one or two more that close the name
    ("Dana Voss, head of the Center for Consumer Information and Insurance Oversight, spoke.",
     ["Dana Voss", "Center for Consumer Information and Insurance Oversight"]),
    ("The Association of American Physicians and Surgeons objected.", ["Association of American Physicians and Surgeons"]),
    ("The Project on Government Oversight filed a request.", ["Project on Government Oversight"]),
    # ... but not a name of its own after "and"
    ("The Harbor Institute for Coastal Studies and Alex Nowrasteh disagreed.",
     ["Harbor Institute for Coastal Studies", "Alex Nowrasteh"]),
    ("The Center for Coastal Studies and National Harbor Pilots Association disagreed.",
     ["Center for Coastal Studies", "National Harbor Pilots Association"]),
])
def test_an_organisations_tail_goes_on_past_and(index, text, expected):
    assert sorted(discovered(index, text)) == sorted(expected)


def test_the_buildings_of_congress_name_nobody(index):
    text = ("Staffers met in the Dirksen Senate Office Building, then walked to the Rayburn House Office "
            "Building. The Senate voted later.")
    assert [(s, a) for s, a, _ in mentions(index, text)[0]] == [("Senate", "senate")]
    assert discovered(index, text) == []


def test_a_house_committee_named_without_its_chamber(index):
    text = "The Committee on Oversight and Government Reform and the Committee on Energy and Commerce met."
    assert [a for _, a, _ in mentions(index, text)[0]] == ["house-oversight-committee", "house-energy-and-commerce-committee"]


def test_a_groups_one_word_name_after_a_given_name_is_a_persons_surname(index):
    found, _ = mentions(index, "John Wagner, a deputy commissioner at the agency, said he agreed. The Wagner Group fought on.")
    assert [(s, a) for s, a, _ in found] == [("John Wagner", "john-wagner"), ("he", "john-wagner"),
                                             ("Wagner Group", "wagner-group")]
    # ... and so is the same word alone once such a person is named, and a school named alike names nobody
    found, _ = mentions(index, "Steven Wagner testified on Monday. Wagner runs the agency. Dana Voss teaches at "
                               "Wagner College.")
    assert [(s, a) for s, a, _ in found if s == "Wagner"] == [("Wagner", "steven-wagner")]
    # ... as is a country's other name, for a person, but not its own name nor for a name of another kind
    found, _ = mentions(index, "CNN Polling Director Keating Holland spoke. Support dropped, Holland said. "
                               "America's guns sell well, Ride Through America said.")
    assert [(s, a) for s, a, _ in found if s in ("Holland", "America")] == [("Holland", "keating-holland"),
                                                                             ("America", "us")]


def test_countries_by_their_everyday_names(index):
    text = ("Fences went up between Macedonia and Greece, and refugees from Congo and the Republic of the Congo "
            "crossed the Congo River.")
    assert [a for _, a, _ in mentions(index, text)[0]] == ["north-macedonia", "greece", "drc", "republic-of-the-congo"]


def test_blue_cross_and_its_brands(index):
    text = ("Pam Kehaly of Anthem Blue Cross spoke. Blue Shield of California and the BlueCross BlueShield "
            "Association objected.")
    assert [(s, a) for s, a, _ in mentions(index, text)[0] if a != "pam-kehaly"] == [
        ("Anthem Blue Cross", "anthem"), ("Blue Shield", "blue-cross-blue-shield"),
        ("BlueCross BlueShield Association", "blue-cross-blue-shield")]


def test_the_founding_fathers_are_a_group(index):
    found, _ = mentions(index, "Founding Fathers like George Washington understood it, and Founding Father Charles "
                               "Thomson chose the words.")
    assert [(s, a) for s, a, _ in found if a == "founding-fathers"] == [("Founding Fathers", "founding-fathers"),
                                                                        ("Founding Father", "founding-fathers")]
    assert "Fathers" not in discovered(index, "Founding Fathers like George Washington understood it.")


def test_documents_and_products_named_like_actors_are_not_actors(index):
    text = ("Reince Priebus said Green Card holders would not be affected, but he showed a PowerPoint slide "
            "after an outbreak at Disneyland.")
    assert discovered(index, text) == []
    assert [(s, a) for s, a, _ in mentions(index, text)[0]] == [("Reince Priebus", "reince-priebus"),
                                                                  ("he", "reince-priebus")]


def test_an_abbreviation_without_its_last_dot_and_regions_name_nobody(index):
    assert discovered(index, "Agents patrol the U.S-Mexico border, and arrests fell in the Carolinas.") == []
    assert discovered(index, "Migrants dream of the Land of Opportunity and a trip to Vegas.") == []
    assert discovered(index, "Cubans poured into Key West, and a Cash for Clunkers program followed.") == []


def test_a_school_for_children_is_where_something_happened_not_an_actor(index):
    text = ("A gunman opened fire at Harlow Bay Elementary School on Friday. Students from Dunmore High School "
            "marched. Dana Voss of the Harlow School of Public Health spoke.")
    assert discovered(index, text) == ["Dana Voss", "Harlow School of Public Health"]
    # ... also when "school" is written in lower case, and the Parkland school named alone
    assert discovered(index, "Survivors of the shooting at Dunmore Bay High school met Dana Voss.") == ["Dana Voss"]
    assert discovered(index, "Kyle Kashuv, a junior at Stoneman Douglas, spoke. Stoneman Douglas students said no.") \
        == ["Kyle Kashuv"]


def test_members_of_a_body_opening_a_sentence_are_its_people_for_they(index):
    text = "The talks went on. Members of the Freedom Caucus said that they would oppose it."
    assert pronoun_pairs(index, text) == [("they", "freedom-caucus")]
    text = "The talks went on. Other members of the Freedom Caucus indicated they would oppose it."
    assert pronoun_pairs(index, text) == [("they", "freedom-caucus")]
    # ... but not when others than its people open the sentence
    assert pronoun_pairs(index, "The talks went on. Critics of the Freedom Caucus said that they would oppose it.") \
        == []


def test_it_before_take_and_a_span_of_time_stands_for_nothing(index):
    assert pronoun_pairs(index, "The Supreme Court will rule. After the court announces, it will take only "
                                "seconds before parties react.") == []
    assert pronoun_pairs(index, "The NRA met. The NRA said it will take the issue seriously.") == [("it", "nra")]


def test_a_state_abbreviation_after_a_place_names_nobody(index):
    assert discovered(index, "Dana Voss from Seaford, Del., spoke. COVINGTON, La. — Del Smith spoke.") \
        == ["Dana Voss", "Del Smith"]


def test_a_title_case_label_opening_a_line_names_nobody(index):
    text = "Interactive Map: State-level gun laws.\nLife-Changing And Traumatic: Dana Voss spoke.\nSarah Kliff: Why?"
    assert discovered(index, text) == ["Dana Voss", "Sarah Kliff"]
    assert [a for _, a, _ in mentions(index, "Weekly Standard: Boehner said no.")[0]] == ["weekly-standard", "john-boehner"]


def test_a_disease_or_a_law_named_after_someone_names_nobody(index):
    text = "Dana Voss said her son has Crohn's disease and backs Kate's Law, unlike Kovari's law firm."
    assert discovered(index, text) == ["Dana Voss", "Kovari"]


def test_family_words_and_abbreviations_of_address_name_nobody(index):
    text = ("\"Of course I can, Mama,\" says her daughter. Mom said so. Write to Attn: Dana Voss of the Harbor "
            "Sheriffs' Assn. in the harbor.")
    assert discovered(index, text) == ["Dana Voss"]


def test_a_plural_word_before_the_plural_form_of_a_verb_of_saying_is_no_person(index):
    assert discovered(index, "Unions say they can help. Guys speak of them as tools.") == []
    assert discovered(index, "Banks says he can help.") == ["Banks"]


def test_a_word_opening_a_sentence_that_the_article_writes_in_lower_case_is_no_name(index):
    text = "Rollout of the harbor website was slow. Critics blamed the rollout. Prosecutorial discretion is old."
    assert discovered(index, text) == []
    # ... but an unknown word the article never writes in lower case is a name (an account, "@kovari", is no
    # lower-case writing of it)
    assert discovered(index, "Kovari was late. Kovari left.") == ["Kovari"]
    assert discovered(index, "Kovari was late. Follow @kovari for more.") == ["Kovari"]


def test_prizes_and_phrases_that_open_with_a_word_of_names_name_nobody(index):
    text = ("Some Nobel Prize laureates objected to the political Hail Mary. Veterans exposed to Agent Orange "
            "prayed the Good Lord would help, said Dana Voss, who got her Master's degree at Case Western.")
    assert [(s, a) for s, a, _ in mentions(index, text)[0]] == [
        ("Dana Voss", "dana-voss"), ("her", "dana-voss"), ("Case Western", "case-western-reserve-university")]
    text = ("The program crossed some kind of Rubicon, said Dana Voss, a Nobel laureate who speaks Amharic. "
            "Nobel Prizes and the Pulitzer committee were not named.")
    assert [(s, a) for s, a, _ in mentions(index, text)[0]] == [("Dana Voss", "dana-voss")]


def test_a_catalog_form_with_an_apostrophe_matches_either_apostrophe(index):
    text = "Karen Ignagni of America’s Health Insurance Plans spoke, and America's Health Insurance Plans agreed."
    assert [(s, a) for s, a, _ in mentions(index, text)[0]] == [
        ("Karen Ignagni", "karen-ignagni"), ("America’s Health Insurance Plans", "ahip"),
        ("America's Health Insurance Plans", "ahip")]


def test_a_firm_named_with_a_possessive_is_not_a_persons_possessive(index):
    found, _ = mentions(index, "Mark Zandi of Moody's Analytics spoke. Moody’s Investor Service and Macy's agreed.")
    assert [(s, a) for s, a, _ in found] == [("Mark Zandi", "mark-zandi"), ("Moody's Analytics", "moodys"),
                                             ("Moody’s Investor Service", "moodys"), ("Macy's", "macys")]
    # ... but a surname's possessive after a given name or a title, or of a person the article names
    found, _ = mentions(index, "Bob McDonald's agency failed veterans. McDonald's plan was praised. Sen. Moody's "
                               "bill passed.")
    assert {a for _, a, _ in found} == {"robert-mcdonald", "moody"}


def test_the_air_force_is_the_us_air_force_but_not_in_a_longer_name(index):
    found, actors = mentions(index, "The Air Force said it erred. Cadets at the Air Force Academy objected, "
                                    "WikiLeaks said.")
    assert [(s, a) for s, a, _ in found] == [("The Air Force", "us-air-force"), ("it", "us-air-force"),
                                             ("Air Force Academy", "air-force-academy"), ("WikiLeaks", "wikileaks")]
    assert actors["air-force-academy"].discovered and not actors["wikileaks"].discovered


def test_advocacy_groups_pollsters_and_institutions_of_the_news_are_in_the_catalog(index):
    text = ("A CNN/ORC International poll found support, said Tim Jost of Washington and Lee University. "
            "Organizing for Action and the Giffords Law Center to Prevent Gun Violence sued, and the U.S. Capitol "
            "Police and Judicial Watch watched.")
    found = [a for _, a, _ in mentions(index, text)[0]]
    assert {"orc-international", "washington-and-lee-university", "organizing-for-action",
            "law-center-to-prevent-gun-violence", "us-capitol-police", "judicial-watch"} <= set(found)
    assert "gabrielle-giffords" not in found
    # ... and names the news writes otherwise than the catalog's first spelling
    text = "The Centers for Medicaid and Medicare Services told National Journal it had hired a Texas A&M University expert."
    assert [a for _, a, _ in mentions(index, text)[0]] == ["cms", "national-journal", "texas-am-university"]


def test_opinion_magazines_and_news_services_are_media(index):
    found, actors = mentions(index, "National Review's Rich Lowry wrote in Slate, Salon and Kaiser Health News (KHN).")
    assert [(s, a) for s, a, _ in found] == [("National Review", "national-review"), ("Rich Lowry", "rich-lowry"),
                                             ("Slate", "slate"), ("Salon", "salon"),
                                             ("Kaiser Health News", "kaiser-health-news"), ("KHN", "kaiser-health-news")]
    assert {actors[a].sector for a in ("national-review", "slate", "salon", "kaiser-health-news")} == {"media"}
    found, _ = mentions(index, "Businessweek quotes an official, and David Simas told the NewsHour so.")
    assert [(s, a) for s, a, _ in found] == [("Businessweek", "bloomberg-news"), ("David Simas", "david-simas"),
                                             ("NewsHour", "pbs")]


def test_a_restaurant_chain_and_an_airline_are_companies(index):
    found, actors = mentions(index, "McDonald's says the law will raise costs. Delta Air Lines cut ties with the NRA.")
    assert [(s, a) for s, a, _ in found] == [("McDonald's", "mcdonalds"), ("Delta Air Lines", "delta-air-lines"),
                                             ("NRA", "nra")]
    assert actors["mcdonalds"].sector == actors["delta-air-lines"].sector == "company"


@pytest.mark.parametrize("text, expected", [
    # a speaker no mention names closes the sentence before: "he said" / "they said" is that speaker
    ("Marco Rubio backed the harbor plan, said a spokesman. \u201cWe are proud,\u201d he said.", []),
    ("Democrats backed the harbor plan, the analysts said. The vote will be close, they said.", []),
    ("Marco Rubio backed the harbor plan, his spokesman said. \u201cWe are proud,\u201d he said.",
     [("his", "marco-rubio")]),
    # ... not an addressee, nor a named speaker
    ("Marco Rubio backed the harbor plan, he told his son. Those were the words he said.",
     [("he", "marco-rubio"), ("his", "marco-rubio"), ("he", "marco-rubio")]),
    ("Marco Rubio backed the harbor plan, Dale Kessock said. \u201cWe are proud,\u201d he said.", [("he", "dale-kessock")]),
])
def test_a_speaker_no_mention_names_goes_on_speaking(index, text, expected):
    assert pronoun_pairs(index, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body that speaks right before "they" is whom it takes up: its people
    ("Democrats forced a vote. The White House has argued they are open to changes.", [("they", "white-house")]),
    ("Greece asked for help. The EU said they were aware of the problem.", [("they", "eu")]),
    # ... not a body inside a longer subject, one joined to others, nor one addressing people
    ("But Democrats in Congress say they are not sure.", [("they", "democratic-party")]),
    ("Harbor lawmakers and the White House say they want a deal.", []),
    ("If people are unable to stop vaping, the CDC suggests they see a doctor.", []),
])
def test_they_after_a_body_that_speaks(index, text, expected):
    assert pronoun_pairs(index, text) == expected


def test_catalog_actor_outranks_a_non_actor_of_the_same_words(index, tmp_path):
    # US states are places to the built-in lexicons; a user who lists one as an actor gets it
    text = "California sued the agency on Monday. Officials in Nevada said California would win."
    assert [m for m in mentions(index, text)[0] if m[0] in ("California", "Nevada")] == []
    (tmp_path / "actors.toml").write_text(
        '[[actor]]\nid = "state-of-california"\nname = "California"\nkind = "organisation"\n', encoding="utf-8")
    lex = lexicons.load((str(tmp_path),))
    mine = ActorIndex(lex, [v for _, vs in lex.attribution for v in vs])
    assert [m for m in mentions(mine, text)[0] if m[0] in ("California", "Nevada")] == [
        ("California", "state-of-california", "name"), ("California", "state-of-california", "name")]
    # the built-in Puerto Rico is listed among the places too, and is named by the catalog
    assert mentions(index, "Aid for Puerto Rico was delayed.")[0] == [("Puerto Rico", "puerto-rico", "name")]


@pytest.mark.parametrize("text, name", [
    # a sentence's opening word before "the" starts no longer name: the name after it is whole
    ("At the Harbor Governors Association meeting, contenders spoke.", "Harbor Governors Association"),
    ("But the National Dock Workers Organizing Network said it would sue.", "National Dock Workers Organizing Network"),
    ("From the Kessock Valley Tribune: the mill closed.", "Kessock Valley Tribune"),
])
def test_a_name_after_a_sentences_opening_word_and_the_is_whole(index, text, name):
    assert discovered(index, text) == [name]


def test_the_gulf_is_a_place_and_its_states_their_own_names(index):
    text = "Some ended up in the Gulf. Tension in the Persian Gulf grew, and the Gulf Cooperation Council met."
    assert [(s, a) for s, a, _ in mentions(index, text)[0]] == [("Gulf Cooperation Council", "gcc")]


def test_two_party_adjectives_joined_before_people_name_both_parties(index):
    found, _ = mentions(index, "Republican and Democratic lawmakers met, and Democratic or Republican senators waited.")
    assert [(s, a) for s, a, _ in found] == [
        ("Republican", "republican-party"), ("Democratic lawmakers", "democratic-party"),
        ("Democratic", "democratic-party"), ("Republican senators", "republican-party")]


def test_the_armed_services_named_short_are_the_us_services(index):
    text = "He served in the Army, and the Coast Guard helped. Coast Guard corpsmen met the Navy at the Navy Yard."
    assert [(s, a) for s, a, _ in mentions(index, text)[0]] == [
        ("the Army", "us-army"), ("the Coast Guard", "us-coast-guard"), ("Coast Guard", "us-coast-guard"),
        ("the Navy", "us-navy")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the plural of the surname of a person named in full is the family, a group of its own
        ("Dwight Hammond was convicted. The Hammonds were ordered back to prison. They left.",
         [("Dwight Hammond", "dwight-hammond"), ("Hammonds", "hammond-family"), ("They", "hammond-family")]),
        ("Bill Clinton spoke. The charity the Clintons set up grew.", [("Bill Clinton", "bill-clinton"), ("Clintons", "clinton-family")]),
        # ... not an English plural, nor a surname nobody bears in full, nor the first word of a longer name
        ("Jane Center spoke. The Centers for Disease Control said no.", [("Jane Center", "jane-center")]),
        ("The Hammonds were ordered back to prison.", []),
        ("Bill Clinton spoke. The Clintons Foundation grew.",
         [("Bill Clinton", "bill-clinton"), ("Clintons Foundation", "clintons-foundation")]),
        # ... and so is the surname before a word for a family, which the mention takes in
        ("Dwight Hammond was convicted. The Hammond family left. The Hammond brothers stayed.",
         [("Dwight Hammond", "dwight-hammond"), ("Hammond family", "hammond-family"), ("Hammond brothers", "hammond-family")]),
        # ... not before a compound of "family", nor a relative of the person ("the Hammond daughter")
        ("Bill Clinton spoke. The Clinton family separation policy began. The Clinton daughter spoke.",
         [("Bill Clinton", "bill-clinton"), ("Clinton", "bill-clinton"), ("Clinton", "bill-clinton")]),
    ],
)
def test_the_plural_of_a_named_persons_surname_is_the_family(index, text, expected):
    found = [(s, a) for s, a, r in mentions(index, text)[0] if "Centers" not in s]
    assert found == expected


def test_a_family_takes_the_party_and_country_its_named_members_share(index):
    _, actors = mentions(index, "Bill Clinton and Hillary Clinton spoke. The Clintons left.")
    family = actors["clinton-family"]
    assert (family.kind, family.party, family.country) == ("group", "democratic-party", "us")


@pytest.mark.parametrize(
    "text, expected",
    [
        # "News" goes on a newspaper's name, as its other words do
        ("The Dallas Morning News reported the numbers.", [("Dallas Morning News", "organisation")]),
        ("The story by the Westchester Journal News prompted a backlash.", [("Westchester Journal News", "organisation")]),
        # ... not a person's noun after it, nor "Fake News"
        ("Fellow and Vessbart News Editor at Large Dale Vessick pitched in.",
         [("Vessbart News", "organisation"), ("Dale Vessick", "person")]),
        ("I never said that, as was stated on Fake News @CNN.", []),
    ],
)
def test_news_ends_a_newspapers_name(index, text, expected):
    _, actors = mentions(index, text)
    assert sorted((a.name, a.kind) for a in actors.values() if a.discovered) == sorted(expected)


def test_among_hundreds_of_people_each_is_told_apart_and_named_again(index):
    import random
    import string

    rng = random.Random(7)
    surnames = sorted({"".join(rng.choice(string.ascii_lowercase) for _ in range(8)).capitalize() for _ in range(400)})
    text = " ".join(f"John {s} said the plan was bad." for s in surnames)
    text += " José Inés García Zárate arrived. Later, Garcia Zarate left. Then Johnny " + surnames[123] + " spoke."
    found = [(s, a) for s, a, r in resolved(index, text) if r != "pronoun"]
    people = [a for s, a in found if s.startswith("John ")]
    assert len(people) == len(set(people)) == len(surnames)  # one actor each: no two merged
    assert found[-3:] == [("José Inés García Zárate", "jose-ines-garcia-zarate"),
                          ("Garcia Zarate", "jose-ines-garcia-zarate"),  # the two surnames of the one named in full
                          ("Johnny " + surnames[123], people[123])]  # a short given name: the same John


def test_a_word_coined_of_a_catalog_surname_is_no_actor(index):
    found, actors = mentions(index, "Critics called the plan Clintoncare, a Trumpian ploy and modern McCarthyism. "
                                    "Abramski said he bought the gun.")
    assert [(s, actors[a].name) for s, a, how in found if how != "pronoun"] == [("Abramski", "Abramski")]


def test_a_speaking_pronoun_goes_to_the_speaker_past_an_aside_between_dashes(index):
    text = ("When asked about Mollie Kessock's case, Sen. Elizabeth Warren, D-Mass. – a possible contender in 2020 – "
            "said that she knows it is hard.")
    assert [a for s, a, r in resolved(index, text) if s == "she"] == ["elizabeth-warren"]


def test_a_speakers_pronoun_with_nobody_of_its_gender_in_reach_takes_the_one_named_further_back(index):
    text = ("Sen. Dale Whitlow asked for consent to pass the harbor act. The bill passed the House. "
            "It would protect the docks. “We have to act,” he said in a floor speech.")
    assert [a for s, a, r in resolved(index, text) if s == "he"] == ["dale-whitlow"]
    # ... not past someone unnamed brought in between, nor one of unknown gender
    text = ("Sen. Dale Whitlow asked for consent to pass the harbor act. The bill passed the House. "
            "A dock worker who wrote to us was angry. “We have to act,” he said.")
    assert [a for s, a, r in resolved(index, text) if s == "he"] == []
    text = ("Quorvex Kessock asked for consent to pass the harbor act. The bill passed the House. "
            "It would protect the docks. “We have to act,” she said in a floor speech.")
    assert [a for s, a, r in resolved(index, text) if s == "she"] == []
