import copy
import functools
import hashlib
import importlib.resources
import re
import tomllib
import types

import pytest

from biaskit import lexicons
from biaskit.errors import LexiconError
from biaskit.types import ACTOR_KINDS

REQUIRED_FRAMES = ("security_defense", "humanitarian", "diplomacy", "political", "legality", "economic")


@pytest.fixture(scope="module")
def builtin():
    return lexicons.load()


@functools.lru_cache(maxsize=None)
def _parse_toml(text):
    return tomllib.loads(text)


@pytest.fixture(autouse=True)
def fast_toml(monkeypatch):
    """Every load() re-parses the large built-in files; parse each distinct text once (speed only).

    Parsing is a pure function of the text, and a deep copy is handed out each time, so the loader
    sees exactly what tomllib would give it. Parse errors are not cached and propagate unchanged.
    """
    fake = types.SimpleNamespace(loads=lambda text: copy.deepcopy(_parse_toml(text)),
                                 TOMLDecodeError=tomllib.TOMLDecodeError)
    monkeypatch.setattr(lexicons, "tomllib", fake, raising=False)


def write_overlay(tmp_path, files, name="overlay"):
    """A lexicon folder with the given {file name: text or bytes}; returns its path as a string."""
    folder = tmp_path / name
    folder.mkdir()
    for fname, content in files.items():
        p = folder / fname
        if isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_text(content, encoding="utf-8")
    return str(folder)


def load_error(folder):
    with pytest.raises(LexiconError) as info:
        lexicons.load((folder,))
    return info.value


# ---------------------------------------------------------------------------------------------
# built-in lexicons


def test_builtin_files_are_package_resources():
    root = importlib.resources.files("biaskit") / "lexicons"
    for name in lexicons.LEXICON_NAMES:
        assert (root / f"{name}.toml").is_file(), name


def test_builtin_sources_hash_the_packaged_bytes(builtin):
    root = importlib.resources.files("biaskit") / "lexicons"
    assert [s.name for s in builtin.sources] == list(lexicons.LEXICON_NAMES)
    for s in builtin.sources:
        assert s.path == f"biaskit/lexicons/{s.name}.toml"
        assert s.sha256 == hashlib.sha256((root / f"{s.name}.toml").read_bytes()).hexdigest()


def test_builtin_actor_catalog(builtin):
    actors = builtin.actors
    assert len(actors) >= 300  # "several hundred"
    ids = [a.id for a in actors]
    assert len(set(ids)) == len(ids)
    assert ids == sorted(ids)
    assert {a.kind for a in actors} == set(ACTOR_KINDS)
    assert builtin.actor_by_id["israel"].kind == "country"
    assert "Israeli" in builtin.actor_by_id["israel"].demonyms


def test_builtin_actor_references_exist(builtin):
    ids = set(builtin.actor_by_id)
    for a in builtin.actors:
        refs = [a.country, a.party, a.government, *a.alliances, *(r.of for r in a.roles)]
        for ref in refs:
            assert ref is None or ref in ids, (a.id, ref)


def test_builtin_surface_forms_belong_to_one_actor(builtin):
    owner = {}
    for a in builtin.actors:
        # a people's names ("Israelis") are its country's plural demonyms, which the country
        # itself takes only before a head noun
        of_country = set(builtin.actor_by_id[a.country].demonyms) if a.id.endswith("-people") else set()
        for form in {a.name, *a.aliases, *a.short, *a.demonyms} - of_country:
            assert owner.setdefault(form, a.id) == a.id, (form, owner[form], a.id)


def test_every_country_with_a_demonym_has_its_people(builtin):
    countries = [a for a in builtin.actors if a.kind == "country" and a.demonyms]
    assert len(countries) > 150
    for c in countries:
        people = builtin.actor_by_id[lexicons.people_name(c.demonyms[0]).lower().replace(" ", "-")]
        assert (people.kind, people.country) == ("group", c.id)
        assert set(people.aliases) <= set(c.demonyms) and all(x.endswith("s") for x in people.aliases)
    assert builtin.actor_by_id["british-people"].aliases == ("Britons", "Brits")


def test_builtin_frames(builtin):
    for fid in REQUIRED_FRAMES:
        assert fid in builtin.frame_ids
    assert len(set(builtin.frame_ids)) == len(builtin.frame_ids)
    for f in builtin.frames:
        assert f.label.strip() and f.description.strip(), f.id
        assert f.terms, f.id


def test_builtin_versions_name_every_lexicon(builtin):
    assert set(builtin.versions) == {"actors", "roles", "first_names", "frames", "attribution", "labels", "boilerplate"}
    assert all(isinstance(v, str) and v for v in builtin.versions.values())
    assert "+" not in "".join(builtin.versions.values())  # no overlay


def test_builtin_other_lexicons_are_filled(builtin):
    assert "Prime Minister" in builtin.titles
    assert builtin.demonym_heads
    assert builtin.attribution and all(verbs for _, verbs in builtin.attribution)
    assert builtin.boilerplate and all(r.patterns for r in builtin.boilerplate)
    assert {kind for _, kind, _ in builtin.labels} <= {"label", "hedge"}


def test_load_is_cached(builtin):
    assert lexicons.load() is lexicons.load()
    assert lexicons.load() == builtin


# ---------------------------------------------------------------------------------------------
# overlays

OVERLAY_ACTORS = """
[[actor]]
id = "harbor-council"
name = "Harbor Council"
kind = "organisation"
aliases = ["the Harbor Council"]
country = "israel"

[[actor]]
id = "andorra"
name = "Andorra"
kind = "country"
aliases = ["Valleys of Andorra"]
"""

OVERLAY_FRAMES = """
[[frame]]
id = "harbor_talk"
label = "Harbor talk"
description = "Ships, docks and the people who work there."
terms = ["harb*", "dock workers"]
"""


def test_overlay_adds_and_replaces(tmp_path, builtin):
    folder = write_overlay(tmp_path, {"actors.toml": OVERLAY_ACTORS, "frames.toml": OVERLAY_FRAMES})
    lex = lexicons.load((folder,))
    assert lex is not builtin
    # one actor added; the replaced Andorra has no demonym left, so no "Andorran people" either
    assert len(lex.actors) == len(builtin.actors) + 1 - 1
    assert "andorran-people" in builtin.actor_by_id and "andorran-people" not in lex.actor_by_id

    added = lex.actor_by_id["harbor-council"]
    assert (added.name, added.kind, added.aliases, added.country) == (
        "Harbor Council", "organisation", ("the Harbor Council",), "israel")

    replaced = lex.actor_by_id["andorra"]
    assert replaced.aliases == ("Valleys of Andorra",)
    assert builtin.actor_by_id["andorra"].aliases != replaced.aliases
    assert replaced.demonyms == ()  # the whole entry is replaced, not merged

    assert lex.frame_ids == builtin.frame_ids + ("harbor_talk",)
    assert lex.overlays == (folder,)


def test_a_role_carries_its_us_state_and_an_overlay_can_give_one(tmp_path, builtin):
    romney = builtin.actor_by_id["mitt-romney"]
    assert [(r.title, r.state) for r in romney.roles] == [("senator", "UT"), ("governor", "MA")]
    folder = write_overlay(tmp_path, {"actors.toml": '[[actor]]\nid = "mara-vell"\nname = "Mara Vell"\nkind = "person"\n'
                                                     'roles = [{title = "governor", of = "us", state = "VT", from = 2030}]\n'})
    (role,) = lexicons.load((folder,)).actor_by_id["mara-vell"].roles
    assert (role.title, role.of, role.state, role.start) == ("governor", "us", "VT", 2030)


def test_overlay_version_names_the_overlay(tmp_path, builtin):
    folder = write_overlay(tmp_path, {"actors.toml": OVERLAY_ACTORS})
    lex = lexicons.load((folder,))
    digest = hashlib.sha256(OVERLAY_ACTORS.encode("utf-8")).hexdigest()
    assert lex.versions["actors"] == f"{builtin.versions['actors']}+{digest[:8]}"
    assert lex.versions["actors"] != builtin.versions["actors"]
    for name in ("roles", "frames", "attribution", "labels", "boilerplate"):
        assert lex.versions[name] == builtin.versions[name]
    assert any(s.path == str(tmp_path / "overlay" / "actors.toml") for s in lex.sources)


# ---------------------------------------------------------------------------------------------
# errors: each names the file, the entry and the reason


ACTOR_ERRORS = [
    pytest.param(
        '[[actor]]\nid = "harbor-planet"\nname = "Harbor Planet"\nkind = "planet"\n',
        "actor 'harbor-planet'",
        "kind must be one of person, organisation, country, group (got 'planet')",
        id="unknown-kind",
    ),
    pytest.param(
        '[[actor]]\nid = "harbor-works"\nname = "Harbor Works"\nkind = "organisation"\nsector = "shipping"\n',
        "actor 'harbor-works'",
        "sector of an organisation must be one of company, media (got 'shipping')",
        id="unknown-sector",
    ),
    pytest.param(
        '[[actor]]\nid = "harbor-front"\nname = "Harbor Front"\nkind = "group"\nsector = "company"\n',
        "actor 'harbor-front'",
        "sector of a group must be one of armed, movement (got 'company')",
        id="group-sector",
    ),
    pytest.param(
        '[[actor]]\nid = "ann-vask"\nname = "Ann Vask"\nkind = "person"\nsector = "media"\n',
        "actor 'ann-vask'",
        "only organisations and groups have a sector (got 'media' for a person)",
        id="person-sector",
    ),
    pytest.param(
        '[[actor]]\nid = "harbor-works"\nname = "Harbor Works"\nkind = "organisation"\ncapitals = ["Portville"]\n',
        "actor 'harbor-works'",
        "'capitals' is only for countries (kind is 'organisation')",
        id="capital-of-no-country",
    ),
    pytest.param(
        '[[actor]]\nid = "harbor-works"\nname = "Harbor Works"\nkind = "organisation"\ndescriptions = ["The Works"]\n',
        "actor 'harbor-works'",
        "description 'The Works' must be lower-case words said after \"the\" (\"enclave\", \"jewish state\")",
        id="description-not-lower-case",
    ),
    pytest.param(
        '[[actor]]\nid = "harbor-works"\nname = "Harbor Works"\nkind = "organisation"\ndescriptions = ["the works"]\n',
        "actor 'harbor-works'",
        "description 'the works' must be lower-case words said after \"the\" (\"enclave\", \"jewish state\")",
        id="description-with-article",
    ),
    pytest.param(
        '[[actor]]\nid = "harborland"\nname = "Harborland"\nkind = "country"\ncapitals = ["Moscow"]\n',
        "actor 'harborland'",
        "surface form 'Moscow' is already used by actor 'russia'",
        id="capital-of-two-countries",
    ),
    pytest.param(
        '[[actor]]\nid = "Harbor Council"\nname = "Harbor Council"\nkind = "organisation"\n',
        "actor #1",
        "id must be lowercase letters, digits, '-' or '_' (got 'Harbor Council')",
        id="bad-id",
    ),
    pytest.param(
        '[[actor]]\nname = "Harbor Council"\nkind = "organisation"\n',
        "actor #1",
        "id must be lowercase letters, digits, '-' or '_' (got None)",
        id="missing-id",
    ),
    pytest.param(
        '[[actor]]\nid = "harbor-council"\nname = "Harbor Council"\nkind = "organisation"\ncountry = "atlantis"\n',
        "actor 'harbor-council'",
        "'country' refers to unknown actor id 'atlantis'",
        id="unknown-country",
    ),
    pytest.param(
        '[[actor]]\nid = "mara-vell"\nname = "Mara Vell"\nkind = "person"\n'
        'roles = [{title = "Mayor", of = "atlantis"}]\n',
        "actor 'mara-vell'",
        "'roles.of' refers to unknown actor id 'atlantis'",
        id="unknown-role-of",
    ),
    pytest.param(
        '[[actor]]\nid = "mara-vell"\nname = "Mara Vell"\nkind = "person"\n'
        'roles = [{title = "governor", of = "us", state = "Florida"}]\n',
        "actor 'mara-vell'",
        "role 'governor': state must be a US postal code such as \"FL\" (got 'Florida')",
        id="bad-role-state",
    ),
    pytest.param(
        '[[actor]]\nid = "mara-vell"\nname = "Mara Vell"\nkind = "person"\npartie = "likud"\n',
        "actor 'mara-vell'",
        "unknown key 'partie' (valid: aliases, alliances, capitals, country, demonyms, descriptions, former_parties, "
        "gender, government, id, kind, name, party, roles, sector, short)",
        id="misspelt-key",
    ),
    pytest.param(
        '[[actor]]\nid = "mara-vell"\nname = "Mara Vell"\nkind = "person"\n'
        'roles = [{title = "mayor", of = "us", since = 2019}]\n',
        "actor 'mara-vell'",
        "unknown key 'since' (valid: from, of, state, title, to)",
        id="misspelt-role-key",
    ),
    pytest.param(
        '[[actor]]\nid = "mara-vell"\nname = "Mara Vell"\nkind = "person"\n'
        'former_parties = [{party = "likud", until = "spring 2019"}]\n',
        "actor 'mara-vell'",
        "former party's 'until' must be a date YYYY-MM-DD (got 'spring 2019')",
        id="bad-former-party-date",
    ),
    pytest.param(
        '[[actor]]\nid = "mara-vell"\nname = "Mara Vell"\nkind = "person"\n'
        'former_parties = [{party = "likud", until = 2019-05-01}, {until = 2012-01-01}]\n',
        "actor 'mara-vell'",
        "former parties must be listed oldest first (2012-01-01 after 2019-05-01)",
        id="former-parties-out-of-order",
    ),
    pytest.param(
        '[[actor]]\nid = "mara-vell"\nname = "Mara Vell"\nkind = "person"\n'
        'former_parties = [{party = "harbor-party", until = 2019-05-01}]\n',
        "actor 'mara-vell'",
        "'former_parties.party' refers to unknown actor id 'harbor-party'",
        id="unknown-former-party",
    ),
    pytest.param(
        '[[actor]]\nid = "mara-vell"\nname = "Mara Vell"\nkind = "person"\n'
        'former_parties = [{party = "likud", since = 2019-05-01}]\n',
        "actor 'mara-vell'",
        "each of 'former_parties' must be a table {party = ..., until = YYYY-MM-DD}",
        id="former-party-with-other-keys",
    ),
    pytest.param(
        '[[actor]]\nid = "harbor-state"\nname = "Harbor State"\nkind = "country"\naliases = ["Israel"]\n',
        "actor 'harbor-state'",
        "surface form 'Israel' is already used by actor 'israel'",
        id="conflict-with-builtin",
    ),
    pytest.param(
        '[[actor]]\nid = "harbor-a"\nname = "Harbor A"\nkind = "organisation"\naliases = ["Harbor Board"]\n\n'
        '[[actor]]\nid = "harbor-b"\nname = "Harbor B"\nkind = "organisation"\naliases = ["Harbor Board"]\n',
        "actor 'harbor-b'",
        "surface form 'Harbor Board' is already used by actor 'harbor-a'",
        id="conflict-between-overlay-actors",
    ),
    pytest.param(
        '[[actor]]\nid = "harbor-council"\nname = "Harbor Council"\nkind = "organisation"\naliases = [""]\n',
        "actor 'harbor-council'",
        "'aliases' has an empty or non-string item: ''",
        id="empty-alias",
    ),
    pytest.param(
        '[[actor]]\nid = "harbor-council"\nname = "Harbor Council"\nkind = "organisation"\n\n'
        '[[actor]]\nid = "harbor-council"\nname = "Harbor Council Two"\nkind = "organisation"\n',
        "actor 'harbor-council'",
        "id used twice in this file",
        id="id-twice",
    ),
]


@pytest.mark.parametrize("text, entry, reason", ACTOR_ERRORS)
def test_actor_errors_name_file_entry_and_reason(tmp_path, text, entry, reason):
    folder = write_overlay(tmp_path, {"actors.toml": text})
    path = str(tmp_path / "overlay" / "actors.toml")
    err = load_error(folder)
    assert str(err) == f"{path} [{entry}]: {reason}"
    assert (err.path, err.entry, err.reason) == (path, entry, reason)


def test_id_with_trailing_newline_is_rejected(tmp_path):
    folder = write_overlay(tmp_path, {"actors.toml": '[[actor]]\nid = "harbor\\n"\nname = "Harbor"\nkind = "organisation"\n'})
    err = load_error(folder)
    assert err.entry == "actor #1"
    assert err.reason == "id must be lowercase letters, digits, '-' or '_' (got 'harbor\\n')"


def test_conflict_from_replaced_builtin_names_the_overlay(tmp_path):
    text = '[[actor]]\nid = "afghanistan"\nname = "Afghanistan"\nkind = "country"\naliases = ["Israel"]\n'
    folder = write_overlay(tmp_path, {"actors.toml": text})
    err = load_error(folder)
    assert err.path == str(tmp_path / "overlay" / "actors.toml")
    assert err.entry == "actor 'afghanistan'"


def test_malformed_toml(tmp_path):
    folder = write_overlay(tmp_path, {"actors.toml": '[[actor]]\nid = "harbor"\nname = \n'})
    path = str(tmp_path / "overlay" / "actors.toml")
    err = load_error(folder)
    assert err.path == path and err.entry is None
    assert str(err).startswith(f"{path}: malformed TOML: ")
    assert re.search(r"\(at line 3, column \d+\)$", str(err)), str(err)


def test_toml_nested_too_deeply_names_the_file(tmp_path):
    folder = write_overlay(tmp_path, {"frames.toml": "x = " + "[" * 5000 + "]" * 5000 + "\n"})
    err = load_error(folder)
    assert err.path == str(tmp_path / "overlay" / "frames.toml")
    assert str(err).endswith("malformed TOML: arrays or tables nested too deeply to read")


def test_toml_number_too_long_to_read_names_the_file(tmp_path):
    folder = write_overlay(tmp_path, {"labels.toml": "weight = " + "7" * 5000 + "\n"})
    err = load_error(folder)
    assert err.path == str(tmp_path / "overlay" / "labels.toml")
    assert str(err).endswith("malformed TOML: a number with more digits than can be read")


def test_not_utf8(tmp_path):
    folder = write_overlay(tmp_path, {"labels.toml": b'[[category]]\nid = "caf\xe9"\n'})
    path = str(tmp_path / "overlay" / "labels.toml")
    err = load_error(folder)
    assert str(err) == f"{path}: not UTF-8 text (invalid continuation byte at byte 22)"


FRAME = '[[frame]]\nid = "harbor_talk"\nlabel = "Harbor talk"\ndescription = "Ships and docks."\nterms = [{}]\n'


@pytest.mark.parametrize(
    "term, reason",
    [
        ('"ab*"', "term 'ab*': a wildcard needs at least 4 letters before '*'"),
        ('"harb*"', None),  # boundary: 4 letters are enough (checked below by loading)
        ('"abc*"', "term 'abc*': a wildcard needs at least 4 letters before '*'"),
        ('"dock* workers"', "term 'dock* workers': '*' is allowed only at the end of the last word"),
        ('"dock  workers"', "term 'dock  workers' has a double space"),
    ],
    ids=["two-letters", "four-letters-ok", "three-letters", "star-inside-phrase", "double-space"],
)
def test_frame_term_errors(tmp_path, term, reason):
    folder = write_overlay(tmp_path, {"frames.toml": FRAME.format(term)})
    if reason is None:
        assert "harbor_talk" in lexicons.load((folder,)).frame_ids
        return
    path = str(tmp_path / "overlay" / "frames.toml")
    err = load_error(folder)
    assert str(err) == f"{path} [frame 'harbor_talk']: {reason}"


def test_frame_without_label(tmp_path):
    text = '[[frame]]\nid = "harbor_talk"\ndescription = "Ships and docks."\nterms = ["harbor"]\n'
    folder = write_overlay(tmp_path, {"frames.toml": text})
    err = load_error(folder)
    assert str(err) == f"{tmp_path / 'overlay' / 'frames.toml'} [frame 'harbor_talk']: 'label' is required"


def test_a_boilerplate_rules_cut_must_be_true_or_false(tmp_path):
    text = "[[rule]]\nid = \"harbor-ads\"\nreason = \"harbor ads\"\ncut = \"yes\"\npatterns = ['AD']\n"
    err = load_error(write_overlay(tmp_path, {"boilerplate.toml": text}))
    path = str(tmp_path / "overlay" / "boilerplate.toml")
    assert str(err) == f"{path} [rule 'harbor-ads']: cut must be true or false (got 'yes')"


def test_invalid_boilerplate_regex(tmp_path):
    text = "[[rule]]\nid = \"harbor-ads\"\nreason = \"harbor ads\"\npatterns = ['^ok$', '(unclosed']\n"
    folder = write_overlay(tmp_path, {"boilerplate.toml": text})
    with pytest.raises(re.error) as compile_error:
        re.compile("(unclosed")
    err = load_error(folder)
    path = str(tmp_path / "overlay" / "boilerplate.toml")
    assert str(err) == (
        f"{path} [rule 'harbor-ads']: pattern '(unclosed' is not a valid regular expression: {compile_error.value}"
    )


def test_folder_without_lexicon_files(tmp_path):
    folder = write_overlay(tmp_path, {"actor.toml": OVERLAY_ACTORS, "notes.txt": "nothing here"})
    err = load_error(folder)
    assert str(err) == (
        f"{folder}: no lexicon files in folder (looked for actors.toml, roles.toml, first_names.toml, "
        "frames.toml, attribution.toml, labels.toml, boilerplate.toml)"
    )


def test_missing_folder(tmp_path):
    folder = str(tmp_path / "no-such-folder")
    err = load_error(folder)
    assert str(err) == f"{folder}: lexicon folder not found"


def test_error_is_not_cached(tmp_path):
    """A failed load is not remembered: fixing the file and loading again works."""
    folder = write_overlay(tmp_path, {"actors.toml": '[[actor]]\nid = "harbor"\nname = "Harbor"\nkind = "ship"\n'})
    load_error(folder)
    (tmp_path / "overlay" / "actors.toml").write_text(
        '[[actor]]\nid = "harbor"\nname = "Harbor"\nkind = "organisation"\n', encoding="utf-8")
    assert lexicons.load((folder,)).actor_by_id["harbor"].kind == "organisation"


def test_first_names_give_gender_and_reject_unknown_lists(tmp_path):
    names = dict(lexicons.load().first_names)
    assert names["Susan"] == "female" and names["Roy"] == "male"
    folder = write_overlay(tmp_path, {"first_names.toml": '[names]\nmale = ["Tobias"]\nelvish = ["Legolas"]\n'})
    err = load_error(folder)
    assert err.reason == "unknown list 'elvish' (valid: male, female, unisex, ambiguous)"


def test_ambiguity_rules_decide_by_cues():
    from biaskit.lexicons import Ambiguity

    rule = Ambiguity("Georgia", keep=("tbilisi",), drop=("atlanta", "fulton county"), default="drop")
    assert rule.decide("protests in tbilisi grew".split())
    assert not rule.decide("votes in fulton county and tbilisi and atlanta".split())
    assert not rule.decide("no cue here".split())


def test_the_catalog_gives_countries_their_capitals(builtin):
    capitals = {a.id: a.capitals for a in builtin.actors}
    assert capitals["russia"] == ("Moscow",) and capitals["ukraine"] == ("Kyiv", "Kiev")
    assert all(a.kind == "country" for a in builtin.actors if a.capitals)


def test_the_catalog_says_which_organisations_are_firms_and_news_outlets(builtin):
    sectors = {a.id: a.sector for a in builtin.actors}
    assert sectors["aetna"] == sectors["walmart"] == "company"
    assert sectors["cnn"] == sectors["new-york-times"] == "media"
    assert sectors["nra"] is None and sectors["senate"] is None


@pytest.mark.parametrize(
    "fname, text, entry, reason",
    [
        # a table named in the plural would otherwise load nothing, unseen
        ("actors.toml", '[[actors]]\nid = "harbor-council"\nname = "Harbor Council"\nkind = "organisation"\n',
         None, "unknown key 'actors' (valid: actor, meta)"),
        ("frames.toml", '[[frame]]\nid = "harbor"\nlabel = "Harbor"\ndescription = "Docks."\nterm = ["dock"]\n',
         "frame 'harbor'", "unknown key 'term' (valid: description, group, id, label, terms)"),
        ("attribution.toml", '[markers]\nsources = ["according to"]\n', "markers", "unknown key 'sources' (valid: source)"),
        ("roles.toml", '[[ambiguous]]\nform = "Harbor"\ndefualt = "drop"\n', "ambiguous #1",
         "unknown key 'defualt' (valid: default, drop, form, keep)"),
    ],
)
def test_an_unknown_key_names_file_entry_and_the_valid_keys(tmp_path, fname, text, entry, reason):
    err = load_error(write_overlay(tmp_path, {fname: text}))
    assert (err.path, err.entry, err.reason) == (str(tmp_path / "overlay" / fname), entry, reason)


@pytest.mark.parametrize("files, where, reason", [
    ({"roles.toml": 'titles = ["Gov.", "."]\n'}, "roles.toml [titles]", "'titles' item '.' has no word in it (letters or digits)"),
    ({"actors.toml": '[[actor]]\nid = "zland"\nname = "Zland"\nkind = "country"\ncapitals = ["..."]\n'},
     "actors.toml [actor 'zland']", "'capitals' item '...' has no word in it (letters or digits)"),
    ({"actors.toml": '[[actor]]\nid = "zed"\nname = "Zed Ray"\nkind = "person"\naliases = ["\U0001F600"]\n'},
     "actors.toml [actor 'zed']", "'aliases' item '\U0001F600' has no word in it (letters or digits)"),
    ({"actors.toml": '[[actor]]\nid = "bang"\nname = "!!!"\nkind = "group"\n'},
     "actors.toml [actor 'bang']", "'name' '!!!' has no word in it (letters or digits)"),
    ({"boilerplate.toml": '[[rule]]\nid = "big"\nreason = "r"\npatterns = ["a{4294967296}"]\n'},
     "boilerplate.toml [rule 'big']", "pattern 'a{4294967296}' is not a valid regular expression: the repetition number is too large"),
    ({"boilerplate.toml": '[[rule]]\nid = "deep"\nreason = "r"\npatterns = ["' + "(" * 1000 + "a" + ")" * 1000 + '"]\n'},
     "boilerplate.toml [rule 'deep']", "is nested too deeply to compile"),
])
def test_entries_nothing_could_match_or_compile_are_named_with_their_reason(tmp_path, files, where, reason):
    folder = write_overlay(tmp_path, files)
    err = load_error(folder)
    assert str(err).startswith(str(tmp_path / "overlay" / where) + ": ")
    assert str(err).endswith(reason)
