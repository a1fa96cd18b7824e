"""The scoring helpers of the benchmarks: a benchmark that miscounts misleads more than none."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def load(name):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "forms, short, gid_name, same",
    [
        (["Donald Trump"], ["Trump"], "Donald Trump’s", True),  # a typographic apostrophe
        (["Donald Trump"], ["Trump"], "President Trump", True),
        (["Donald Trump"], ["Trump"], "Trump", True),
        (["Hillary Clinton"], ["Clinton"], "Hillary Rodham Clinton", True),
        (["Michael Flynn", "Mike Flynn"], ["Flynn"], "Mike Flynn", True),
        (["Donald Trump"], ["Trump"], "Ivanka Trump", False),  # another given name: another person
        (["Donald Trump"], ["Trump"], "businessman Trump", True),
        (["United States", "US", "U.S."], [], "the U.S.", True),  # title words only: equal names
        (["Senate"], [], "Senate", True),
        (["Senate"], [], "U.S.", False),
    ],
)
def test_identity_of_a_newsmtsc_target(forms, short, gid_name, same):
    assert load("actors").same_actor(forms, gid_name, short, frozenset({"ivanka", "donald", "hillary"})) is same


def test_newsmtsc_ids_give_document_sentence_and_name():
    parse = load("actors").parse_gid
    # made-up ids in NewsMTSC's two shapes (source, document, position, sentence, name, span)
    assert parse("_".join(["allsides", "12", "3", "1", "Ann Lee’s", "21", "30"])) == ("allsides_12_3", 1, "Ann Lee’s")
    assert parse("_".join(["polusa", "v1", "45", "-1", "4", "Bo Park", "8", "15"])) == ("_".join(["polusa", "v1", "45"]), 4, "Bo Park")


@pytest.mark.parametrize(
    "mention, pronoun",
    [("He", True), ("“they", True), ("myself", True), ("These", True), ("’m", True), ("anybody", True),
     ("Trump", False), ("This man", False), ("the president", False), ("Mr. Thompson", False)],
)
def test_pronoun_targets_are_left_out_of_named_recall(mention, pronoun):
    assert load("actors").is_pronoun(mention) is pronoun
