import pytest

from biaskit import lexicons
from biaskit.framing import FrameScorer, speaker_verbs
from biaskit.segment import tokenize


@pytest.fixture(scope="module")
def scorer():
    return FrameScorer(lexicons.load())


def speaker(scorer, text, name, person=False):
    toks = tokenize(text)
    words = [t.text for t in toks]
    n = len(name.split())
    first = next(i for i in range(len(words)) if " ".join(words[i:i + n]) == name)
    hits = speaker_verbs(text, toks, first, first + n - 1, scorer.speech_hits([t.text.lower() for t in toks]),
                         person=person)
    return [h.term for h in hits]


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Mara Quill said the bridge was safe.", "Mara Quill", ["said"]),
        ("Mara Quill also stressed the cost.", "Mara Quill", ["stressed"]),
        ("Mara Quill urged the council to wait.", "Mara Quill", ["urged"]),
        ("Mara Quill, the city's engineer, warned of delays.", "Mara Quill", ["warned"]),
        ('"It is safe," said Mara Quill.', "Mara Quill", ["said"]),
        ('"It is safe," said Mara Quill on Monday.', "Mara Quill", ["said"]),
        # a body named before the speaker's title and name is where the speaker works
        ('"It is safe," said Harbor Council spokeswoman Mara Quill.', "Harbor Council", []),
        ('"It is safe," said Harbor Council President Mara Quill.', "Harbor Council", []),
        ('"It is safe," said Mara Quill Tuesday.', "Mara Quill", ["said"]),
        # a name after the verb that opens what is said is spoken of
        ("Tomas Brel, the port's chief, said Mara Quill is the kind of engineer it needs.", "Mara Quill", []),
        ("According to Mara Quill, the bridge is safe.", "Mara Quill", ["according to"]),
        ("According to the Harbor Ministry, the bridge is safe.", "Harbor Ministry", ["according to"]),
        ("According to the report, Mara Quill is safe.", "Mara Quill", []),
        ("According to the Harbor Ledger, Mara Quill has left the port.", "Mara Quill", []),
        ("In a statement, Mara Quill rejected the plan.", "Mara Quill", ["in a statement", "rejected"]),
        ("The council firmly denied the report.", "council", ["denied"]),
        ("Tomas Brel said Mara Quill was wrong.", "Mara Quill", []),
        ("Mara Quill visited the bridge.", "Mara Quill", []),
        ("Critics said that Mara Quill lied.", "Mara Quill", []),
        # a speaker's affiliation with "of" stands between the name and the verb
        ("Mara Quill of the Harbor Policy Institute said the bridge was safe.", "Mara Quill", ["said"]),
        ("Mara Quill of Harlow University's Center for Ports also warned of delays.", "Mara Quill", ["warned"]),
        ("The head of the port said Mara Quill of Harlow was wrong.", "Mara Quill", []),
        # after an apposition, the verb is the name's only when nothing but adverbs, a time or
        # "who" stands between its closing comma and the verb
        ("Mara Quill, the city's engineer, already warned of delays.", "Mara Quill", ["warned"]),
        ("Mara Quill, the city's engineer, on Friday warned of delays.", "Mara Quill", ["warned"]),
        ("Mara Quill, 42, who has said she will run, lost the vote.", "Mara Quill", ["said"]),
        ("They met Mara Quill, an adviser to the mayor, Tomas Brel said.", "Mara Quill", []),
        ('"Mara Quill, it is safe," Tomas Brel said.', "Mara Quill", []),
        # one of a list of subjects speaks the verb too
        ("Mara Quill and Tomas Brel said the bridge was safe.", "Mara Quill", ["said"]),
        ("Mara Quill, Jo Ruiz and Tomas Brel argued it would fail.", "Mara Quill", ["argued"]),
        ("Sen. Mara Quill, R-Ohio, and Sen. Tomas Brel, R-Utah, warned of delays.", "Mara Quill", ["warned"]),
        ("The Harbor Council and the Institute for Ports, or IFP, say the bridge is late.", "Harbor Council", ["say"]),
        ("Sens. Mara Quill of Ohio and Tomas Brel of Utah said the bridge was late.", "Mara Quill", ["said"]),
        ("Mara Quill and other Democrats said the bridge was late.", "Mara Quill", ["said"]),
        # a name in apposition to the subject before it speaks its verb, not a participle's
        ("The port's engineer, Mara Quill, says the bridge is safe.", "Mara Quill", ["says"]),
        ("Tomas Brel met the port's board, the Harbor Council, adding it was late.", "Harbor Council", []),
        # past a party's or state's tag in brackets
        ("Sen. Mara Quill (R-Ohio) also said the bridge was late.", "Mara Quill", ["said"]),
        ("Sen. Mara Quill (D) of Ohio said the bridge was late.", "Mara Quill", ["said"]),
        # ... not one that is the object of a preposition, nor a list with a comma before the verb
        ("A letter to Mara Quill and Tomas Brel said it would fail.", "Mara Quill", []),
        ("He met Mara Quill and Tomas Brel, said the aide.", "Mara Quill", []),
        ("Should Mara Quill and Tomas Brel Be Confirmed?", "Mara Quill", []),
        ("Scholars like Jo Ruiz, Mara Quill, and Tomas Brel of Harlow, argue it.", "Jo Ruiz", ["argue"]),
        ("Mara Quill, of Harlow, and Tomas Brel, of Dunmore, also said it was late.", "Mara Quill", ["said"]),
        ("Mara Quill, the bill's author, failed, and Tomas Brel said it was late.", "Mara Quill", []),
        ("The port's warden, Mara Quill, and the Harbor Council argued in court.", "Mara Quill", ["argued"]),
        ("The bill is dead in the Harbor Senate, and the Port Council has vowed a veto.", "Harbor Senate", []),
        ("Between the Harbor Council, the Port Authority, and Mara Quill, the leaders made promises.",
         "Harbor Council", []),
        ("After praising Mara Quill and Tomas Brel, the paper announced its choice.", "Mara Quill", []),
        # an apposition after "or" with an acronym is the same name
        ("The Harbor Council, or HC, said the bridge was safe.", "Harbor Council", ["said"]),
        # in the passive, the verb's subject is whom it is said to or of
        ("Mara Quill was asked about the delays.", "Mara Quill", []),
        ("Mara Quill has already been told to wait.", "Mara Quill", []),
        ("Mara Quill, the city's engineer, was accused of lying.", "Mara Quill", []),
        ("Mara Quill is now saying the bridge is safe.", "Mara Quill", ["saying"]),
        ("Mara Quill was kept informed of the delays.", "Mara Quill", []),
        ("Mara Quill was also asked about the delays.", "Mara Quill", []),
        ("Mara Quill has been roundly criticized for the delays.", "Mara Quill", []),
        ("Mara Quill was also saying the bridge is safe.", "Mara Quill", ["saying"]),
        # a speaker going on or keeping at it
        ("Mara Quill has long said the bridge is safe.", "Mara Quill", ["said"]),
        ("Mara Quill went on to say the bridge is safe.", "Mara Quill", ["say"]),
        ("As Mara Quill keeps saying, the bridge is safe.", "Mara Quill", ["saying"]),
        # a title in lower case between the verb and the speaker after it, with the body it serves ...
        ("The bridge is safe, said Harbor Council spokeswoman Mara Quill.", "Mara Quill", ["said"]),
        ("The bridge is safe, said former Brel aide Mara Quill.", "Mara Quill", ["said"]),
        ('"It is safe," said Brel\'s spokeswoman Mara Quill.', "Mara Quill", ["said"]),
        # ... but not a clause or a phrase, nor whom it is told
        ("The bridge failed, said the man who met Mara Quill.", "Mara Quill", []),
        ("The bridge is safe, Tomas Brel, the engineer, told Mara Quill.", "Mara Quill", []),
        ("The bridge is safe, Tomas Brel, the engineer, told Harbor TV's Mara Quill.", "Mara Quill", []),
        # a possessor after the verb, or a name past a comma after it, speaks nothing
        ('"It is safe," said Brel\'s spokeswoman Mara Quill.', "Brel", []),
        ("Tomas Brel, the port's chief, argued Mara Quill's plan would fail.", "Mara Quill", []),
        ("The bridge is safe, said Tomas Brel, Mara Quill's engineer.", "Mara Quill", []),
        # after a participle, a name opens what is said; a pronoun is the participle's own subject
        ("Tomas Brel hit back, saying Mara Quill failed.", "Mara Quill", []),
        ("Tomas Brel hit back, saying she failed.", "she", ["saying"]),
        ("Tomas Brel hit back, saying he’d stay.", "he’d", ["saying"]),
        # a name after the verb with a word of its clause after it opens what is said; a pronoun
        # there is nearly always the speaker's own
        ("Tomas Brel, D-Ohio, said Mara Quill weren't trying.", "Mara Quill", []),
        ("Tomas Brel, the engineer, said Mara Quill may resign.", "Mara Quill", []),
        ("The bridge is safe, said Harbor Council officials.", "Harbor Council", ["said"]),  # (its staff)
        ("The bridge is safe, said former Harbor City Attorney for the port.", "Harbor City", []),  # (whose title)
        ("The bridge is safe, said Mara Quill, Director of the port.", "Mara Quill", ["said"]),
        ('"It is safe," said Mara Quill in a statement.', "Mara Quill", ["said"]),
        ("Tomas Brel, the port's chief, said he still sees a way.", "he", ["said"]),
        ("Tomas Brel, the port's chief, said he’s staying.", "he", ["said"]),  # ("he's": no possessor)
        ("Tomas Brel, the port's chief, said he told Mara Quill it is safe.", "he", ["said", "told"]),
        # a name inside a quote does not speak the verb after it; scare quotes in an apposition
        # leave the verb to the name before them
        ('"It is not fair to Mara Quill," Tomas Brel, R-Ohio, said.', "Mara Quill", []),
        ('Mara Quill, who called the plan "not right," argued the bridge is safe.', "Mara Quill", ["argued"]),
        # a name that says where someone is does not speak for them; a name after one who speaks for
        # it does
        ("His mother in Harbor City said the bridge is safe.", "Harbor City", []),
        ("A migrant from Harbor City told reporters the bridge is safe.", "Harbor City", []),
        ("Officials in Harbor City said the bridge is safe.", "Harbor City", ["said"]),
        ("The majority on the Harbor Council said the bridge is safe.", "Harbor Council", ["said"]),
        ("Republicans in the Harbor Council said the bridge is safe.", "Harbor Council", []),
        ("Estimates from the Harbor Council suggest the bridge is safe.", "Harbor Council", ["suggest"]),
        ("A report from the Harbor Council said the bridge is safe.", "Harbor Council", ["said"]),
        ("The ladders kept coming in, Mara Quill said.", "Mara Quill", ["said"]),
        ("A strategist with ties to Mara Quill insisted the bridge is safe.", "Mara Quill", []),
        ("Three people who spoke with Mara Quill say the bridge is safe.", "Mara Quill", []),
        ("The vote passed, with Mara Quill contending it is safe.", "Mara Quill", ["contending"]),
        ("Advocates for Mara Quill say the bridge is safe.", "Mara Quill", ["say"]),
        # a dash closes an aside: its last name speaks when the aside names the subject, not when it
        # is a clause of its own
        ("One of its backers – Mayor Mara Quill – said the bridge is safe.", "Mara Quill", ["said"]),
        ("Two engineers — Tomas Brel of Ohio and Mara Quill of Utah — said it is safe.", "Mara Quill", ["said"]),
        ("The Post -- which, like Harbor TV, is owned by Mara Quill -- wrote that it is safe.", "Mara Quill", []),
        ("Tomas Brel — the chairman of the Harbor Council — said it is safe.", "Harbor Council", []),
        ("Two engineers — Tomas Brel, a member of the panel, and Mara Quill — said it is safe.", "Mara Quill", ["said"]),
        ("The chief — in posts including letters, videos and Harbor TV — said it is safe.", "Harbor TV", []),
        # the subject before an aside between dashes speaks, past a party tag too; not one named in
        # a relative clause before the aside
        ("Tomas Brel — the chairman of the Harbor Council — said it is safe.", "Tomas Brel", ["said"]),
        ("Sen. Mara Quill, R-Ohio – a contender in 2020 – said it is safe.", "Mara Quill", ["said"]),
        ("A senator who backed Mara Quill — Sen. Tomas Brel — said it is safe.", "Mara Quill", []),
        # the source "according to" names: past a title, not where the person named works
        ("The bridge is safe, according to spokeswoman Mara Quill.", "Mara Quill", ["according to"]),
        ("The bridge is safe, according to Harbor Council spokeswoman Mara Quill.", "Harbor Council", []),
        ("The bridge is safe, according to Harbor TV's health expert Dr. Mara Quill.", "Harbor TV", []),
        ("The bridge is safe, according to Harbor Council Lt. Mara Quill.", "Harbor Council", []),
        ("The bridge is safe, according to the chairman of the Harbor Council.", "Harbor Council", []),
        ("The bridge is safe, according to Tomas Brel's office.", "Tomas Brel", ["according to"]),
        ("The bridge is safe, according to Harbor Council documents seen by us.", "Harbor Council", ["according to"]),
        ("In a statement, Mara Quill said the bridge is safe.", "Mara Quill", ["in a statement", "said"]),
        # a body whose document is the source after "according to"
        ("The bridge is safe, according to a 2011 Harbor Council report.", "Harbor Council", ["according to"]),
        ("The bridge is safe, according to the latest Harbor TV poll.", "Harbor TV", ["according to"]),
        # a verb of saying whose bare form is a noun, after a name in the singular or an indefinite phrase
        ("The Harbor Council report found the bridge is safe.", "Harbor Council", []),
        ("A Harbor News report found the bridge is safe.", "Harbor News", []),
        ("Harbor Democrats claim the bridge is safe.", "Harbor Democrats", ["claim"]),
        # what puts out a statement speaks
        ("The Harbor Council issued a statement on the bridge.", "Harbor Council", ["issued a statement"]),
        # the agent of a participle does not speak the verb after it; a body whose document it is does
        ("Employers surveyed by Harbor TV said the bridge is safe.", "Harbor TV", []),
        ("A plan backed by the Harbor Council calls for a bridge.", "Harbor Council", []),
        ("A report released by the Harbor Council said the bridge is safe.", "Harbor Council", ["said"]),
        # a tag in brackets, then an apposition
        ("Sen. Mara Quill (R-Ohio), the panel's chair, said the bridge is safe.", "Mara Quill", ["said"]),
    ],
)
def test_speaker_verbs(scorer, text, name, expected):
    assert speaker(scorer, text, name) == expected


def test_a_title_of_the_roles_lexicon_stands_between_a_verb_and_its_speaker(scorer):
    text = "The bridge is safe, said White House press secretary Mara Quill."
    toks = tokenize(text)
    hits = scorer.speech_hits([t.text.lower() for t in toks])
    first = [t.text for t in toks].index("Mara")
    assert speaker_verbs(text, toks, first, first + 1, hits) == []  # "secretary" is no staff noun
    assert [h.term for h in speaker_verbs(text, toks, first, first + 1, hits, titles=frozenset({"secretary"}))] == ["said"]


@pytest.mark.parametrize("text, expected", [
    # a person's title and what describes its body, or a relative clause, may be long
    ("Mara Quill, president of the Harbor Pilots Council, the union of the port's pilots, said the bridge was safe.",
     ["said"]),
    ("Mara Quill, who has led the Harbor Pilots Council since the strike of 2019 ended, warned of delays.", ["warned"]),
    # not a clause of what someone did, nor a quotation or a parenthesis between
    ("Mara Quill, backed the plan earlier this week, but at least six harbor governors balked, saying it was late.",
     []),
    ('Mara Quill, president of the Harbor Pilots Council, the "voice of the port\'s pilots," said the bridge was safe.',
     []),
    ("Mara Quill (who beat Tomas Brel, a supporter of the harbor plan) was angry, saying it was late.", []),
])
def test_a_persons_long_apposition_stands_between_the_name_and_the_verb(scorer, text, expected):
    assert speaker(scorer, text, "Mara Quill", person=True) == expected
    assert speaker(scorer, text, "Mara Quill") == []  # (a body's long apposition is too uncertain)


def test_frame_hits_use_frame_ids(scorer):
    words = "rockets and missiles hit the town as aid convoys waited for a ceasefire".split()
    cats = {h.category for h in scorer.frame_hits(words)}
    assert {"military_action", "humanitarian"} <= cats
    assert cats <= set(scorer.frame_ids)


@pytest.mark.parametrize("text, expected", [
    ("Dems and the GOP meet on the harbor bill", []),  # headline shorthand, a house style
    ("the Democrat Party and its far-left wing", [("ideological", "democrat party"), ("ideological", "far-left")]),
])
def test_headline_shorthand_is_no_label(scorer, text, expected):
    assert [(h.category, h.term) for h in scorer.label_hits(text.lower().split())] == expected


def test_neutral_sentence_has_few_frame_hits(scorer):
    assert scorer.frame_hits("she walked to the shop and bought some bread".split()) == []


def test_one_pass_finds_what_a_matcher_per_lexicon_finds():
    from biaskit import lexicons
    from biaskit.framing import SOURCE_MARKER, FrameScorer
    from biaskit.segment import tokenize
    from biaskit.terms import TermMatcher

    lex = lexicons.load()
    scorer = FrameScorer(lex)
    text = ("Critics claimed the so-called regime allegedly ordered air strikes on refugees, "
            "officials said, while the ministry insisted the budget deficit and tax cuts were legal.")
    words = [t.text.lower() for t in tokenize(text)]
    frames, speech, labels = scorer.sentence_hits(words)
    assert frames == TermMatcher((f.id, t) for f in lex.frames for t in f.terms).find_lower(words) and frames
    speech_entries = [(c, v) for c, verbs in lex.attribution for v in verbs] + [(SOURCE_MARKER, m) for m in lex.source_markers]
    assert speech == TermMatcher(speech_entries).find_lower(words) and speech
    assert labels == TermMatcher((c, t) for c, _, terms in lex.labels for t in terms).find_lower(words) and labels


def test_an_apposition_that_opens_with_a_persons_name_names_the_speaker(scorer):
    text = "The ruling angered Harbor City, Mara Quill, an attorney for the union, said."
    toks = tokenize(text)
    words = [t.text for t in toks]
    hits = scorer.speech_hits([w.lower() for w in words])
    city, quill = words.index("Harbor"), words.index("Mara")
    assert [h.term for h in speaker_verbs(text, toks, city, city + 1, hits)] == ["said"]  # (no names known)
    assert speaker_verbs(text, toks, city, city + 1, hits, person_at=lambda k: k == quill) == []
    # a place before the apposition never speaks, names known or not
    text = "They were sent back to Harbor City, Mara Quill, an attorney for the union, said."
    toks = tokenize(text)
    hits = scorer.speech_hits([t.text.lower() for t in toks])
    city = [t.text for t in toks].index("Harbor")
    assert speaker_verbs(text, toks, city, city + 1, hits) == []
    # ... but a description does not ("The head of the union, Mara Quill, said" is still hers, and the
    # subject before a title keeps the verb)
    text = "Tomas Brel, the head of the union, said it works."
    toks = tokenize(text)
    hits = scorer.speech_hits([t.text.lower() for t in toks])
    assert [h.term for h in speaker_verbs(text, toks, 0, 1, hits, person_at=lambda k: False)] == ["said"]
