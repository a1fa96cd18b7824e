import pytest

from biaskit.segment import join_paragraphs, split_paragraphs, split_sentences, tokenize


def sentences(text):
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The U.S. envoy arrived. Talks began.", ["The U.S. envoy arrived.", "Talks began."]),
        ("Sen. Mara Quill spoke first. Then the vote.", ["Sen. Mara Quill spoke first.", "Then the vote."]),
        ("Dr. Ilse Varga and Gen. Tomas Brel met on Jan. 5 in Oslo.", ["Dr. Ilse Varga and Gen. Tomas Brel met on Jan. 5 in Oslo."]),
        ("Authorities say Spc. Ivo Lenz and Pfc. Ada Marr served.", ["Authorities say Spc. Ivo Lenz and Pfc. Ada Marr served."]),
        ("It was sent to the U.S. The reply came fast.", ["It was sent to the U.S.", "The reply came fast."]),
        ("John F. Kennedy left. Nobody knew!", ["John F. Kennedy left.", "Nobody knew!"]),
        ("It began after World War I. Sure enough, Joseph I. Vance came.", ["It began after World War I.", "Sure enough, Joseph I. Vance came."]),
        ('"We will not yield," she said. He nodded.', ['"We will not yield," she said.', "He nodded."]),
        ("Is it over? Not yet.", ["Is it over?", "Not yet."]),
        ("Prices rose 3.5 percent. Wages did not.", ["Prices rose 3.5 percent.", "Wages did not."]),
        ("no capital after. the end", ["no capital after. the end"]),
        # stops with no space after them, as text copied from web pages has them
        ("Talks stalled, her aide said.Dutch officials left.", ["Talks stalled, her aide said.", "Dutch officials left."]),
        ("Voters decide in 2026.Already the race is close.", ["Voters decide in 2026.", "Already the race is close."]),
        ("They left!Then it rained.", ["They left!", "Then it rained."]),
        ("Nobody knows...He left early.", ["Nobody knows...", "He left early."]),
        ("Tolls rose…Ferries stopped.", ["Tolls rose…", "Ferries stopped."]),
        ("Nobody came.“I waited,” he said.", ["Nobody came.", "“I waited,” he said."]),
        ('He said, "we will win."The crowd cheered.', ['He said, "we will win."', "The crowd cheered."]),
        ('She spoke."The plan stands," he said.', ["She spoke.", '"The plan stands," he said.']),
        ("He wrote to Sen.Quill and Gov.Brel on Monday.", ["He wrote to Sen.Quill and Gov.Brel on Monday."]),
        ("See news.Example.Org and Acme.com today.", ["See news.Example.Org and Acme.com today."]),
        ("Few enrolled on HealthCare.Gov this week.", ["Few enrolled on HealthCare.Gov this week."]),
        ("The bill passed, he said.Gov. Brel signed it.", ["The bill passed, he said.", "Gov. Brel signed it."]),
        # a web address ends a sentence as a word does
        ("Nobody signed up on HealthCare.gov. Rather, it failed.", ["Nobody signed up on HealthCare.gov.", "Rather, it failed."]),
    ],
)
def test_sentence_boundaries(text, expected):
    assert sentences(text) == expected


def test_sentence_offsets_are_shifted():
    text = "One here. Two there."
    spans = split_sentences(text, offset=100)
    assert spans == [(100, 109), (110, 120)]


def test_tokens_split_possessives_and_keep_acronyms():
    toks = [t.text for t in tokenize("Netanyahu's aides met U.S. and O'Neill’s staff, well-known.")]
    assert toks == ["Netanyahu", "'s", "aides", "met", "U.S.", "and", "O'Neill", "’s", "staff", "well-known"]
    # in capitals too, and a party tag keeps its state
    toks = [t.text for t in tokenize("NETANYAHU'S AIDES MET O'NEILL’S STAFF; Sen. Ruiz (R-S.C.), X-s")]
    assert toks == ["NETANYAHU", "'S", "AIDES", "MET", "O'NEILL", "’S", "STAFF", "Sen", "Ruiz", "R-S", "C", "X", "s"]


def test_token_offsets_point_into_text():
    text = "  Mara Quill spoke"
    for t in tokenize(text, offset=10):
        assert text[t.start - 10:t.end - 10] == t.text


def test_paragraphs_by_blank_lines_join_wrapped_lines():
    text = "First line\nwrapped here.\n\nSecond   paragraph.\n"
    assert split_paragraphs(text) == ["First line wrapped here.", "Second paragraph."]


def test_paragraphs_one_per_line_without_blank_lines():
    assert split_paragraphs("One.\r\nTwo.\r\n\r") == ["One.", "Two."]


@pytest.mark.parametrize("text, expected", [
    # a scraper dropped the breaks: every sentence end without a space after it starts a paragraph
    ("The harbor board met on Monday.Its chair, Jo Ruiz, spoke first. She was brief.The vote came at noon.",
     ["The harbor board met on Monday.", "Its chair, Jo Ruiz, spoke first. She was brief.", "The vote came at noon."]),
    ('The ferry sank at dawn.Crews said "we found no one."The search ends today.',
     ["The ferry sank at dawn.", 'Crews said "we found no one."', "The search ends today."]),
    # one such end is a slip inside a paragraph, kept whole
    ("The ferry sank at dawn.Crews searched all day.", ["The ferry sank at dawn.Crews searched all day."]),
    # inside a quotation, after an ellipsis, after an abbreviation or in an address: no break
    ("Ruiz said, “It failed.That should never happen.” The board agreed.Then it voted.",
     ["Ruiz said, “It failed.That should never happen.” The board agreed.Then it voted."]),
    ('She wrote "we lost.They won." on the door.It stayed there.', ['She wrote "we lost.They won." on the door.It stayed there.']),
    ("Here we go again...Ban 2.0 tweeted Sen.Smith from HealthCare.Gov today.Rain fell.",
     ["Here we go again...Ban 2.0 tweeted Sen.Smith from HealthCare.Gov today.Rain fell."]),
])
def test_a_paragraph_is_cut_where_a_scraper_glued_its_paragraphs(text, expected):
    assert split_paragraphs(text) == expected


def test_join_paragraphs_spans():
    body, paras = join_paragraphs(["Alpha.", "Beta gamma."])
    assert body == "Alpha.\n\nBeta gamma."
    assert [body[p.start:p.end] for p in paras] == ["Alpha.", "Beta gamma."]
    assert [p.index for p in paras] == [0, 1]


def test_run_on_text_is_cut_into_pieces_of_at_most_the_longest_sentence():
    from biaskit.segment import MAX_SENTENCE_WORDS

    words = [f"word{k}" for k in range(2 * MAX_SENTENCE_WORDS + 50)]
    text = " ".join(words)
    spans = split_sentences(text, 7)
    pieces = [text[a - 7:b - 7] for a, b in spans]
    assert all(len(p.split()) <= MAX_SENTENCE_WORDS for p in pieces) and len(pieces) == 3
    assert " ".join(pieces).split() == words  # every word kept, in order, nothing between the pieces
    # a piece ends at the last comma past its middle when there is one
    words[150] += ","
    words[60] += ","  # (before the middle: not used)
    pieces = [text[a:b] for text in [" ".join(words)] for a, b in split_sentences(text)]
    assert pieces[0].endswith("word150,") and len(pieces[0].split()) == 151
    # sentences up to the limit are left whole, as are ordinary ones around a run-on one
    exact = " ".join(words[:MAX_SENTENCE_WORDS]) + "."
    assert split_sentences(exact) == [(0, len(exact))]
    mixed = "Officials met on Monday. Then " + " ".join(words[:MAX_SENTENCE_WORDS + 10]) + ". They left."
    got = [mixed[a:b] for a, b in split_sentences(mixed)]
    assert got[0] == "Officials met on Monday." and got[-1] == "They left." and len(got) == 4
