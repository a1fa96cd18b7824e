import pytest
import pickle

from biaskit.analysis import analyze_article
from biaskit.sentiment import SentenceScorer

from helpers import article


def test_records_per_actor_and_paragraph():
    art = article(
        ["Hamas praised the wonderful deal. Israel rejected the terrible plan.",
         "Weather was mild in Lebanon."],
        title="Talks Resume",
    )
    res = analyze_article(art)
    assert [(r.paragraph, r.actor) for r in res.records] == [(1, "hamas"), (1, "israel"), (2, "lebanon")]
    scorer = SentenceScorer()
    hamas, israel, lebanon = res.records
    assert hamas.sentences == (1,) and israel.sentences == (2,)
    assert hamas.sentence_sentiment == round(scorer.score("Hamas praised the wonderful deal.")[3], 4)
    assert israel.sentence_sentiment == round(scorer.score("Israel rejected the terrible plan.")[3], 4)
    assert hamas.sentiment > 0.2 and israel.sentiment < -0.2  # toward the actor, from the target model
    assert hamas.paragraph_sentiment == israel.paragraph_sentiment == round(
        (hamas.sentence_sentiment + israel.sentence_sentiment) / 2, 4)
    assert res.paragraph_sentiment[1] == hamas.paragraph_sentiment
    assert len(res.paragraph_sentiment) == 3  # title + two paragraphs


def test_every_sentence_scored_once_and_spans_align():
    art = article(["Iran warned Israel. Israel answered.", "Iran waited."])
    res = analyze_article(art)
    assert [s.text for s in res.sentences] == ["Iran warned Israel.", "Israel answered.", "Iran waited."]
    for s in res.sentences:
        assert art.text[s.start:s.end] == s.text
    for r in res.records:
        for m in r.mentions:
            assert art.text[m.start:m.end] == m.surface
            assert m.sentence in r.sentences


@pytest.mark.parametrize(
    "text, verbs",
    [
        # a possessive pronoun's noun is no verb it speaks, nor is a verb after an object pronoun
        ("Antony Blinken arrived. His remarks and his claim were disputed.", ()),
        ("Antony Blinken arrived. Critics praised him, saying the talks worked.", ()),
        ("Antony Blinken arrived, according to his spokesman.", ()),
        # ... but an object speaks the participle right after it, and "according to" names a source
        ("Antony Blinken arrived. A video showed him saying the talks worked.", ("saying",)),
        ("Antony Blinken arrived. The talks worked, according to him.", ("according to",)),
    ],
)
def test_the_verbs_a_pronoun_speaks(text, verbs):
    res = analyze_article(article([text]))
    (rec,) = [r for r in res.records if r.actor == "antony-blinken"]
    assert rec.attribution == verbs


def test_a_speakers_organisation_after_of_does_not_speak_the_verb():
    res = analyze_article(article([
        "Antony Blinken of the State Department told reporters the talks worked.",
        '"The talks worked," said Antony Blinken of the State Department.',
        "Antony Blinken of the State Department's Office of Policy Planning warned of delays.",
        "The State Department said the talks worked.",
        "Joe Biden's White House said the talks worked.",
        '"The talks worked," said State Department spokesman Antony Blinken.',
    ]))
    speaks = {(r.paragraph, r.actor): r.attribution for r in res.records}
    assert speaks[(0, "antony-blinken")] == ("told",) and speaks[(0, "state-department")] == ()
    assert speaks[(1, "antony-blinken")] == ("said",) and speaks[(1, "state-department")] == ()
    assert speaks[(2, "antony-blinken")] == ("warned",) and speaks[(2, "state-department")] == ()
    # the body speaks when it is the subject, also after a person's possessive
    assert speaks[(3, "state-department")] == ("said",)
    assert speaks[(4, "white-house")] == ("said",)
    # ... but not when it is named before the speaker's title ("said State Department spokesman X")
    assert speaks[(5, "antony-blinken")] == ("said",) and speaks[(5, "state-department")] == ()


def test_a_speakers_organisation_after_a_title_in_apposition_does_not_speak_the_verb():
    res = analyze_article(article([
        "Antony Blinken, head of policy at the State Department, the agency he joined in May, said the talks worked.",
        "Antony Blinken, a senior official at the State Department who has led the talks since May, warned of delays.",
    ]))
    speaks = {(r.paragraph, r.actor): r.attribution for r in res.records}
    assert speaks[(0, "antony-blinken")] == ("said",) and speaks[(0, "state-department")] == ()
    assert speaks[(1, "antony-blinken")] == ("warned",) and speaks[(1, "state-department")] == ()


def test_a_paragraph_of_names_only_gives_them_no_score():
    res = analyze_article(article([
        "Dale Kessock and Jo Platt",  # a byline
        "Antony Blinken",  # an interview's speaker label
        "Why did the talks fail?",
        "Antony Blinken: the talks",  # (words besides the name: a paragraph of its own)
        "Antony Blinken praised Dale Kessock.",
    ]))
    assert sorted((r.paragraph, r.actor) for r in res.records) == [
        (3, "antony-blinken"), (4, "antony-blinken"), (4, "dale-kessock")]


def test_speaker_flag_and_frames_with_evidence():
    art = article(["Hezbollah warned that missiles would strike the border."])
    (rec,) = analyze_article(art).records
    assert rec.speaks and rec.attribution == ("warned",)
    scores = rec.frame_scores
    assert scores and all(v > 0 for v in scores.values())
    assert "military_action" in scores or "security_defense" in scores
    words = {art.text[e.start:e.end].lower() for e in rec.evidence}
    assert "warned" in words and ("missiles" in words or "strike" in words)


def test_an_actors_own_name_is_no_frame_it_appears_in():
    art = article(["The Department of Homeland Security hired a new cook for the canteen.",
                   "Republicans met in the Senate to talk about the harvest.",
                   "Republican senators toured the farm with the Israeli security establishment."])
    frames = {(r.paragraph, r.actor): (r.frame_scores, {art.text[e.start:e.end] for e in r.evidence if e.lexicon == "frames"})
              for r in analyze_article(art).records}
    # "Security" in its name frames the department no more than "cook" does
    assert frames[(0, "dhs")] == ({}, set())
    # each is framed by the other's name, never by its own
    assert frames[(1, "republican-party")][1] == {"Senate"}
    assert frames[(1, "senate")][1] == {"Republicans"}
    # a demonym's noun is how the text puts the actor: "senators" and "security" count, "Republican" does not
    assert frames[(2, "republican-party")][1] == {"senators", "security"}
    assert frames[(2, "israel")][1] == {"Republican", "senators", "security"}
    assert frames[(2, "israel")][0]["security_defense"] > 0


def test_the_title_before_a_name_is_no_frame_and_the_text_around_it_is():
    art = article(["Defense Secretary Mara Quillen toured the orchard on Monday.",
                   "They spoke of border security, Sen. Quillen said.",
                   "Quillen later discussed security at the border."], date="2024-05-01")
    frames = {r.paragraph: {art.text[e.start:e.end] for e in r.evidence if e.lexicon == "frames"}
              for r in analyze_article(art).records if r.actor == "mara-quillen"}
    assert frames == {0: set(), 1: {"border", "security"}, 2: {"security", "border"}}


def test_a_persons_name_is_no_frame_for_anyone_in_its_sentence():
    art = article(["Bill Clinton praised the bill that Tom Price wrote, and Sue Ferrand said the price was low."],
                  date="2016-05-01")
    frames = {r.actor: sorted(art.text[e.start:e.end] for e in r.evidence if e.lexicon == "frames")
              for r in analyze_article(art).records}
    assert frames["bill-clinton"] == ["bill", "price"]  # the bill and its price; not "Bill", "Price" or "Sue"
    assert frames["tom-price"] == ["bill", "price"]
    assert frames["sue-ferrand"] == ["bill", "price"]


def test_a_persons_name_labels_and_hedges_nothing():
    art = article(["Prime Minister Theresa May met Robert Crook, who called a rival a crook and said it may fail."],
                  date="2018-05-01")
    records = {r.actor: r for r in analyze_article(art).records}
    words = {art.text[e.start:e.end] for r in records.values() for e in r.evidence if e.lexicon == "labels"}
    assert words == {"may", "crook"}  # the words, not "May" and "Crook" of the names
    assert records["theresa-may"].hedges == records["robert-crook"].hedges == 1


@pytest.mark.parametrize("text, absent, present", [
    ("Hal Dorn met the vice president on Monday.", "morality", None),
    ("Hal Dorn called it a sin and a vice.", None, "morality"),
    ("Hal Dorn waged a charm offensive and called the remarks offensive.", "military_action", None),
    ("Hal Dorn said the army launched an offensive on the town.", None, "military_action"),
    ("Hal Dorn feared an offensive against the port.", None, "military_action"),
    ("Hal Dorn spoke at the party retreat on Friday.", "military_action", None),
    ("Hal Dorn said the rebels retreated north.", None, "military_action"),
    ("Hal Dorn voted against the continuing resolution.", "external_regulation", None),
    ("Hal Dorn backed a U.N. resolution on the strait.", None, "external_regulation"),
    ("Hal Dorn said the site drew heavy traffic and was fairly quiet at night.", "quality_of_life", None),
    ("Hal Dorn walked down the corridor to his office.", "humanitarian", None),
    ("Hal Dorn asked for a safe corridor for the families.", None, "humanitarian"),
])
def test_frame_words_in_their_other_senses_frame_nothing(text, absent, present):
    (rec,) = [r for r in analyze_article(article([text], date="2016-05-01")).records if r.actor == "hal-dorn"]
    cats = {e.category for e in rec.evidence if e.lexicon == "frames"}
    if absent:
        assert absent not in cats and "fairness_equality" not in cats
    if present:
        assert present in cats


def test_the_person_of_a_body_named_with_for_a_speaks():
    art = article(["Maya Quill of the Committee for a Responsible Harbor Budget said the plan was weak."])
    speaks = {r.actor: r.speaks for r in analyze_article(art).records}
    assert speaks == {"maya-quill": True, "committee-for-a-responsible-harbor-budget": False}
    art = article(["Maya Quill at the Harlow Institute told reporters the plan was weak."])
    speaks = {r.actor: r.speaks for r in analyze_article(art).records}
    assert speaks == {"maya-quill": True, "harlow-institute": False}


@pytest.mark.parametrize("text, expected", [
    # the verb's own speaker after it: the name in the clause before it does not speak
    ("The exchange has just Anthem, which cuts the options, says State Sen. Jo Ruiz.",
     {"anthem": False, "jo-ruiz": True}),
    ("More towns may join Anthem, says Jo Ruiz, a nurse, who runs a clinic.", {"anthem": False, "jo-ruiz": True}),
    # a person the verb is said of or to is no speaker of it
    ("Mara Quill, a nurse, said Jo Ruiz, the mayor, would win.", {"mara-quill": True}),
    ("Mara Quill, a nurse, asked Jo Ruiz to wait.", {"mara-quill": True, "jo-ruiz": False}),
])
def test_a_speaker_named_after_the_verb_leaves_the_clause_before_it_silent(text, expected):
    speaks = {r.actor: r.speaks for r in analyze_article(article([text])).records}
    assert {a: speaks[a] for a in expected} == expected


@pytest.mark.parametrize("text, expected", [
    # a place before an apposition does not speak
    ("The other harbor firm in Canada, Harlow Shipping Inc., also said it would stop.", {"canada": False}),
    ("Jo Ruiz, the manager at Harlow Shipping Inc., a harbor firm, said it would stop.",
     {"jo-ruiz": True, "harlow-shipping-inc": False}),
    # the subject of a relative clause after an apposition does
    ("The plan drew fire from the National Rifle Association, the gun lobby, which quickly criticized it.",
     {"nra": True}),
])
def test_a_place_in_the_clause_before_a_verb_does_not_speak(text, expected):
    speaks = {r.actor: r.speaks for r in analyze_article(article([text])).records}
    assert {a: speaks[a] for a in expected} == expected


@pytest.mark.parametrize("text, speaks", [
    ("Jo Ruiz added more tension to the talks.", False),
    ("Jo Ruiz added 20,000 agents to the patrol.", False),
    ("Jo Ruiz added new language to the harbor bill.", False),
    ("Jo Ruiz added that the plan had failed.", True),
    ("Jo Ruiz added in a statement that the plan had failed.", True),
    ("Jo Ruiz adds this could take years.", True),
])
def test_adding_something_is_no_saying(text, speaks):
    (rec,) = analyze_article(article([text])).records
    assert rec.speaks is speaks


@pytest.mark.parametrize("text, expected", [
    ("The firm, in an email to the Associated Press, said the claims were false.", {"associated-press": False}),
    ("Forty mayors sent a letter to Jo Ruiz urging her to sign.", {"jo-ruiz": False}),
    ("An aide to Jo Ruiz said the vote would wait.", {"jo-ruiz": True}),  # staff speak for whom they serve
])
def test_whom_a_letter_or_an_email_is_sent_to_does_not_speak(text, expected):
    speaks = {r.actor: r.speaks for r in analyze_article(article([text])).records}
    assert {a: speaks[a] for a in expected} == expected


def test_caption_mentions_are_listed_not_scored(tmp_path):
    from biaskit.ingest import read_corpus
    from biaskit import lexicons

    f = tmp_path / "a.txt"
    f.write_text("Soldiers of the IDF inspect a wall. photo times of israel\nHamas fired rockets.\n", encoding="utf-8")
    (art,) = list(read_corpus([f], lexicons.load().boilerplate))
    res = analyze_article(art)
    assert [r.actor for r in res.records] == ["hamas"]
    assert res.dropped_mentions == ((0, "idf", "IDF"),)
    assert {a.id for a in res.actors} == {"hamas", "idf"}


def test_a_caption_repeated_across_articles_is_read_once_and_gives_the_same_mentions(tmp_path, monkeypatch):
    import biaskit.analysis as analysis
    from biaskit import lexicons
    from biaskit.ingest import read_corpus

    for name, body in (("a", "Hamas fired rockets."), ("b", "Maria Vosk, whose son fled, said Hamas lied.")):
        (tmp_path / f"{name}.txt").write_text(f"Soldiers of the IDF inspect a wall. photo times of israel\n{body}\n",
                                              encoding="utf-8")
    arts = list(read_corpus([tmp_path], lexicons.load().boilerplate))
    calls = []
    real = analysis.find_mentions
    monkeypatch.setattr(analysis, "find_mentions", lambda *a, **k: calls.append(len(a[1])) or real(*a, **k))
    analyzer = analysis.Analyzer(lexicons.load())
    results = [analyzer.analyze(a) for a in arts]
    caption = len(arts[0].dropped[0].text)
    assert calls.count(caption) == 1  # the caption is searched once, each body once
    assert [r.dropped_mentions for r in results] == [((0, "idf", "IDF"),)] * 2
    fresh = [analysis.Analyzer(lexicons.load()).analyze(a) for a in arts]
    assert results == fresh


def test_result_is_picklable():
    res = analyze_article(article(["Iran warned Israel."]))
    assert pickle.loads(pickle.dumps(res)) == res


def test_no_actor_discovered_from_a_title_case_headline():
    res = analyze_article(article(["The library opened on Monday."], title="Mayor Opens Quiet Library"))
    assert res.records == ()


def test_a_captions_controls_and_credit_are_dropped(tmp_path):
    from biaskit.ingest import read_corpus
    from biaskit import lexicons

    f = tmp_path / "a.txt"
    f.write_text("Enlarge this image toggle caption Dana Voss/Harbor Wire/Landov Dana Voss/Harbor Wire/Landov\n"
                 "toggle caption Courtesy of Mira Kell\n"
                 "Senators from both states want the money. | AP Photos Council splits on harbor bill\n"
                 "The council voted on Monday.\n", encoding="utf-8")
    (art,) = list(read_corpus([f], lexicons.load().boilerplate))
    assert [d.rule for d in art.dropped] == ["photo_credit", "photo_credit", "photo_credit"]
    assert art.text.strip() == "The council voted on Monday."


def test_a_person_named_by_a_given_name_alone_belongs_to_its_article():
    one = analyze_article(article(["Oscar Lindqvist stands in the shade with his son, Daniel. Daniel smiled."], ident="a1"))
    two = analyze_article(article(["The nurse, Daniel, said the clinic was full."], ident="a2"))
    ones = {a.id: a for a in one.actors}
    twos = {a.id: a for a in two.actors}
    daniel_one = [i for i, a in ones.items() if a.name == "Daniel"]
    daniel_two = [i for i, a in twos.items() if a.name == "Daniel"]
    assert len(daniel_one) == len(daniel_two) == 1 and daniel_one != daniel_two  # two Daniels, not one
    assert "oscar-lindqvist" in ones  # a full name is the same actor wherever it appears
    assert {r.actor for r in one.records} >= {daniel_one[0], "oscar-lindqvist"}
    again = analyze_article(article(["Oscar Lindqvist stands in the shade with his son, Daniel. Daniel smiled."], ident="a1"))
    assert [a.id for a in again.actors] == [a.id for a in one.actors]  # the same article, the same ids


def test_an_actors_own_quoted_words_are_no_label_or_hedge_of_it():
    # a speaker's own "savage" and "may" in its quote label and hedge nothing of it ...
    res = analyze_article(article(['"These savage attacks may go on," Antony Blinken said.']))
    (rec,) = [r for r in res.records if r.actor == "antony-blinken"]
    assert rec.speaks and rec.labels == () and rec.hedges == 0
    assert not [e for e in rec.evidence if e.lexicon == "labels"]
    # ... but another speaker's words about it do, and so does the narration around it
    res = analyze_article(article(['"Antony Blinken is a savage who may lie," Hamas said.']))
    (rec,) = [r for r in res.records if r.actor == "antony-blinken"]
    assert dict(rec.labels).get("derogatory") == 1 and rec.hedges == 1
    res = analyze_article(article(['The savage Antony Blinken may resign, he said.']))
    (rec,) = [r for r in res.records if r.actor == "antony-blinken"]
    assert dict(rec.labels).get("derogatory") == 1 and rec.hedges == 1


def test_a_country_before_a_persons_name_in_apposition_does_not_speak():
    res = analyze_article(article(["Asylum seekers were sent back to Mexico, Mara Quill, an attorney for the union, said."]))
    speaks = {r.actor: r.speaks for r in res.records}
    assert speaks.get("mexico") is False and speaks.get("mara-quill") is True
