import json
import tomllib

from biaskit.curate import Survey, survey, toml_entries


def test_survey_counts_actors_and_unclaimed_names(corpus):
    root = corpus({
        "a.txt": "Hamas praised the deal. Officials met Quentara Vossberg in Velmar. Hamas said more.",
        "b.txt": "Quentara Vossberg stayed in Velmar. Israel waited.",
    })
    s = survey([root])
    rows = {r["id"]: r for r in s.rows()}
    assert rows["hamas"]["mentions"] == 2 and rows["hamas"]["articles"] == 1
    assert rows["hamas"]["resolutions"] == {"name": 2}
    assert rows["israel"]["mentions"] == 1
    # a proper name in running text is an actor of its own, also where it opens a sentence
    assert rows["quentara-vossberg"]["mentions"] == 2 and rows["quentara-vossberg"]["articles"] == 2
    assert rows["quentara-vossberg"]["discovered"]
    # a place after "in" is no actor: listed as an unclaimed name
    unclaimed = {n: (c, a) for n, c, a in s.frequent_unresolved(2)}
    assert unclaimed == {"Velmar": (2, 2)}


def test_toml_entries_parse_and_name_what_was_seen():
    s = Survey()
    s.unresolved.update({"Harbor Watch": 3, "Vell": 1})
    s.unresolved_articles.update({"Harbor Watch": 2, "Vell": 1})
    s.examples["Harbor Watch"] = 'Harbor Watch said "no" \x00 to the plan.'
    text = toml_entries(s, min_count=2)
    doc = tomllib.loads(text)
    assert doc["actor"] == [{"id": "harbor-watch", "name": "Harbor Watch", "kind": "organisation", "aliases": []}]
    assert text.startswith('# seen 3 times in 2 articles, e.g. Harbor Watch said "no" to the plan.\n')


def test_a_persons_entry_takes_the_gender_of_a_known_given_name():
    s = Survey(first_names={"Ann": "female", "Alex": "unisex"})
    s.unresolved.update({"Ann Quaylor": 3, "Alex Dorvelle": 2})
    s.unresolved_articles.update({"Ann Quaylor": 1, "Alex Dorvelle": 1})
    entries = {a["name"]: a for a in tomllib.loads(toml_entries(s))["actor"]}
    assert entries["Ann Quaylor"]["gender"] == "female" and entries["Ann Quaylor"]["kind"] == "person"
    assert "gender" not in entries["Alex Dorvelle"]  # a name both sexes carry: left for the user


def test_toml_entries_escape_quotes():
    s = Survey()
    s.unresolved.update({'Bad "Name"': 2})
    s.unresolved_articles.update({'Bad "Name"': 1})
    assert tomllib.loads(toml_entries(s))["actor"][0]["name"] == 'Bad "Name"'


def test_empty_survey_has_no_entries():
    assert toml_entries(Survey()) == ""


def test_toml_entries_carry_the_party_and_sector_the_articles_state(corpus, tmp_path):
    root = corpus({
        "a.txt": "Rep. Dale Kessock (R-Ohio) praised the plan. Kessock said so twice.",
        "b.txt": "The retailer Harbor Goods Inc. said so, and Harbor Goods Inc. said it again.",
    })
    text = toml_entries(survey([root]), min_count=2)
    doc = tomllib.loads(text)
    by_name = {a["name"]: a for a in doc["actor"]}
    assert by_name["Dale Kessock"]["party"] == "republican-party" and by_name["Dale Kessock"]["country"] == "us"
    assert by_name["Harbor Goods Inc"]["sector"] == "company"
    # the entries load as an overlay catalog
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "actors.toml").write_text(text, encoding="utf-8")
    from biaskit import lexicons
    assert {"dale-kessock", "harbor-goods-inc"} <= {a.id for a in lexicons.load((str(tmp_path / "mine"),)).actors}


def test_a_nickname_in_a_name_becomes_an_alias_that_finds_the_person_again(corpus, tmp_path):
    root = corpus({
        "a.txt": 'Harold "Bud" Kessling opened the plant. Kessling said it would stay.',
        "b.txt": "Bud Kessling spoke again on Friday, and Kessling smiled.",
    })
    entries = {a["id"]: a for a in tomllib.loads(toml_entries(survey([root]), min_count=2))["actor"]}
    entry = entries["harold-kessling"]  # (the other article's "Bud Kessling" is listed too: no article links them)
    assert entry["name"] == "Harold Kessling"
    assert entry["aliases"] == ["Bud Kessling", 'Harold "Bud" Kessling']
    (tmp_path / "mine").mkdir()
    pasted = "[[actor]]\n" + "".join(f"{key} = {json.dumps(value)}\n" for key, value in entry.items())
    (tmp_path / "mine" / "actors.toml").write_text(pasted, encoding="utf-8")  # that entry alone
    again = survey([root], overlays=(str(tmp_path / "mine"),))
    rows = {r["id"]: r for r in again.rows()}
    assert rows["harold-kessling"]["mentions"] == 4 and not rows["harold-kessling"]["discovered"]


def test_a_familys_entry_names_it_by_its_plural_surname_and_finds_it_again(corpus, tmp_path):
    root = corpus({
        "a.txt": "Dale Kessock and Mara Kessock spoke. The Kessocks said they would stay, and the Kessocks left.",
        "b.txt": "The Kessocks bought a farm in Ohio on Friday.",  # (no Kessock named in full: nobody's here)
    })
    entries = {a["id"]: a for a in tomllib.loads(toml_entries(survey([root]), min_count=2))["actor"]}
    entry = entries["kessock-family"]
    assert (entry["name"], entry["kind"], entry["aliases"]) == ("Kessock family", "group", ["Kessocks"])
    (tmp_path / "mine").mkdir()
    pasted = "[[actor]]\n" + "".join(f"{key} = {json.dumps(value)}\n" for key, value in entry.items())
    (tmp_path / "mine" / "actors.toml").write_text(pasted, encoding="utf-8")
    rows = {r["id"]: r for r in survey([root], overlays=(str(tmp_path / "mine"),)).rows()}
    family = rows["kessock-family"]  # now found in the article that names no Kessock in full too
    assert (family["articles"], family["discovered"], family["resolutions"]["alias"]) == (2, False, 3)
