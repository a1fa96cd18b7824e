import dataclasses
import pickle

import pytest

from biaskit.types import (
    Actor, ActorParagraph, Article, ArticleResult, Dropped, FormerParty, Match, Mention, Paragraph, Problem, Role, Sentence,
)

PARAGRAPHS = (Paragraph(0, 0, 24, "Quiet week at the harbor", "title"), Paragraph(1, 26, 53, "Mara Vell opened the docks."))
DROPPED = (Dropped("photo harbor news", "photo", "photo credit"),)
ARTICLE = Article(
    id="harbor/one.txt", outlet="Harbor Post", title="Quiet week at the harbor",
    text="Quiet week at the harbor\n\nMara Vell opened the docks.", paragraphs=PARAGRAPHS,
    source="harbor/one.txt", date="2024-05-01", url="https://harbor.example/one", dropped=DROPPED,
)
MENTION = Mention("mara-vell", 1, 1, 26, 35, "Mara Vell", "name")
MATCH = Match("frames", "economic", "docks", 1, 47, 52)
RECORD = ActorParagraph(
    article="harbor/one.txt", outlet="Harbor Post", paragraph=1, actor="mara-vell", mentions=(MENTION,),
    sentences=(1,), sentiment=0.25, paragraph_sentiment=0.25, words=5, frames=(("economic", 20.0),),
    speaks=False, attribution=(), evidence=(MATCH,),
)
ACTOR = Actor("mara-vell", "Mara Vell", "person", short=("Vell",), gender="female",
              roles=(Role("mayor", "harbor-town", 2020, None),), discovered=False)
RESULT = ArticleResult(
    id="harbor/one.txt", outlet="Harbor Post", title="Quiet week at the harbor", source="harbor/one.txt",
    date="2024-05-01", url=None,
    sentences=(Sentence(0, 0, 0, 24, "Quiet week at the harbor"),
               Sentence(1, 1, 26, 53, "Mara Vell opened the docks.", 0.0, 0.8, 0.2, 0.25)),
    paragraph_sentiment=(0.0, 0.25), records=(RECORD,), actors=(ACTOR,), dropped=DROPPED,
    dropped_mentions=((0, "harbor-news", "harbor news"),),
    problems=(Problem("harbor/two.txt", "empty file"),),
)

INSTANCES = [ARTICLE, PARAGRAPHS[0], DROPPED[0], MENTION, MATCH, RECORD, ACTOR, ACTOR.roles[0], RESULT,
             RESULT.sentences[1], Problem("a.jsonl", "invalid JSON", 3)]


@pytest.mark.parametrize("obj", INSTANCES, ids=lambda o: type(o).__name__)
def test_frozen(obj):
    field = dataclasses.fields(obj)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(obj, field, "changed")
    with pytest.raises(dataclasses.FrozenInstanceError):
        obj.extra_attribute = 1


@pytest.mark.parametrize("obj", INSTANCES, ids=lambda o: type(o).__name__)
def test_pickle_round_trip(obj):
    copy = pickle.loads(pickle.dumps(obj))
    assert copy == obj
    assert copy is not obj
    assert type(copy) is type(obj)


def test_pickled_result_keeps_nested_records():
    copy = pickle.loads(pickle.dumps(RESULT))
    assert copy.records[0].mentions[0] == MENTION
    assert copy.records[0].evidence == (MATCH,)
    assert copy.actors[0].roles[0].of == "harbor-town"
    assert copy.problems[0].message == "empty file"
    assert copy.records[0].frame_scores == {"economic": 20.0}


def test_equal_records_hash_equal():
    """Frozen records with tuple fields are hashable by value (the analysis de-duplicates evidence with a set)."""
    twin = Match("frames", "economic", "docks", 1, 47, 52)
    assert twin == MATCH and hash(twin) == hash(MATCH)
    assert len({MATCH, twin, Match("frames", "economic", "docks", 1, 47, 53)}) == 2
    assert hash(pickle.loads(pickle.dumps(RESULT))) == hash(RESULT)


@pytest.mark.parametrize(
    "problem, expected",
    [
        (Problem("corpus/a.jsonl", "invalid JSON: Expecting value (column 1)", 7),
         "corpus/a.jsonl:7: invalid JSON: Expecting value (column 1)"),
        (Problem("corpus/b.txt", "empty file"), "corpus/b.txt: empty file"),
        (Problem("c.csv", "malformed CSV", 0), "c.csv:0: malformed CSV"),  # line 0 is a line, not "no line"
    ],
)
def test_problem_str(problem, expected):
    assert str(problem) == expected


def test_problem_to_dict():
    assert Problem("a.csv", "malformed CSV", 4, skipped=False).to_dict() == {
        "path": "a.csv", "message": "malformed CSV", "line": 4, "skipped": False}


def test_actor_to_dict_is_plain_data():
    d = ACTOR.to_dict()
    assert d["id"] == "mara-vell" and d["short"] == ("Vell",)
    assert d["roles"] == ({"title": "mayor", "of": "harbor-town", "start": 2020, "end": None, "state": None,
                          "government": None},)
    assert d["discovered"] is False and d["kind"] == "person"


def test_defaults():
    p = Problem("x.txt", "empty file")
    assert (p.line, p.skipped) == (None, True)
    assert Paragraph(0, 0, 3, "Hi.").kind == "body"
    bare = Actor("x", "X", "group")
    assert (bare.aliases, bare.roles, bare.discovered) == ((), (), False)


def test_a_discovered_actor_takes_what_another_article_states_of_it():
    from biaskit.types import Actor

    seen = Actor("dale-kessock", "Dale Kessock", "person", discovered=True)
    tagged = Actor("dale-kessock", "Dale Kessock", "person", discovered=True, party="republican-party", country="us")
    assert seen.merged(tagged).party == "republican-party" and seen.merged(tagged).country == "us"
    assert tagged.merged(Actor("dale-kessock", "Dale Kessock", "person", discovered=True, party="democratic-party")) == tagged
    catalog = Actor("jane-doe", "Jane Doe", "person")
    assert catalog.merged(Actor("jane-doe", "Jane Doe", "person", party="republican-party")) is catalog


def test_the_party_on_a_date_reads_the_former_parties_up_to_the_day_one_ended():
    crist = Actor("ben-ortiz", "Ben Ortiz", "person", party="democratic-party",
                  former_parties=(FormerParty("republican-party", "2010-04-29"), FormerParty(None, "2012-12-07")))
    assert crist.party_on("2009-01-01") == "republican-party"
    assert crist.party_on("2010-04-28") == "republican-party"
    assert crist.party_on("2010-04-29") is None  # the day it ended: none any more
    assert crist.party_on("2012-12-07") == crist.party_on("2020-02-02") == "democratic-party"
    assert crist.party_on("2010") == "republican-party"  # a year alone reads as its first day
    assert crist.party_on(None) is None  # undated: which one is not guessed
    assert crist.parties() == {"republican-party", "democratic-party"}
    steady = Actor("mara-vell", "Mara Vell", "person", party="likud")
    assert steady.party_on(None) == steady.party_on("1999-01-01") == "likud" and steady.parties() == {"likud"}


def test_a_person_counts_toward_the_government_of_an_office_held_in_the_articles_year():
    mayor = Actor("mara-vell", "Mara Vell", "person", government="harbor-state",
                  roles=(Role("governor", "harbor-state", 2021, None, government="harbor-state"),
                         Role("chief of the coast guard", "coast-guard", 2010, 2014, government="harbor-state"),
                         Role("envoy", "isle-state", 2004, 2008, government="isle-state")))
    assert mayor.government_on("2012-05-01") == mayor.government_on("2014") == "harbor-state"  # (the office's body's)
    assert mayor.government_on("2006-01-01") == "isle-state"
    assert mayor.government_on("2017-01-01") is None  # between offices
    assert mayor.government_on(None) == "harbor-state"  # undated: the catalog's
    firm = Actor("harbor-port", "Harbor Port Authority", "organisation", government="harbor-state")
    assert firm.government_on("1990-01-01") == "harbor-state"
