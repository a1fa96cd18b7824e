from biaskit.analysis import analyze_article
from biaskit.quotes import quote_spans
from helpers import article


def quotes_of(paragraphs):
    art = article(paragraphs)
    res = analyze_article(art)
    return [(art.text[q.start:q.end], q.speaker, q.words) for q in res.quotes], res


def speakers_of(paragraphs):
    """The (text, speaker) pairs of the quotes found in ``paragraphs``."""
    return [(t, s) for t, s, _ in quotes_of(paragraphs)[0]]


def test_quote_spans_across_paragraphs_share_a_run():
    art = article(["“The port will open. Trucks are waiting.", "“We need fuel,” she said.", "No quote here."])
    spans = quote_spans(art.text, art.paragraphs)
    assert [art.text[a:b] for a, b, _, _ in spans] == ["The port will open. Trucks are waiting.", "We need fuel,"]
    assert spans[0][3] == spans[1][3]  # one run: the quote goes on into the next paragraph


def test_a_closed_quote_does_not_run_on():
    art = article(["“Enough,” he said.", "“Again,” Platt said."])
    spans = quote_spans(art.text, art.paragraphs)
    assert spans[0][3] != spans[1][3]


def test_a_name_after_a_subject_and_its_verb_is_spoken_of_not_speaking():
    found = speakers_of([
        "Antony Blinken met reporters. He said Congress \u201cis not going to get in the way\u201d of the deal.",
        "Antony Blinken said Hamas \u201cmust accept\u201d the offer.",
        "Asked about the deal, said Antony Blinken: \u201cWe are close.\u201d",
    ])
    assert found == [("is not going to get in the way", "antony-blinken"), ("must accept", "antony-blinken"),
                     ("We are close.", "antony-blinken")]


def test_a_body_described_in_a_persons_title_is_not_the_speaker():
    found = speakers_of([
        "Antony Blinken, head of policy at the State Department, the agency he joined in May, said: \u201cWe are close.\u201d",
        "The State Department, the agency Antony Blinken leads, said: \u201cWe are closer.\u201d",
    ])
    assert found == [("We are close.", "antony-blinken"), ("We are closer.", "state-department")]


def test_a_sentence_quoted_after_a_colon_ending_a_persons_clause_is_that_persons():
    found = speakers_of([
        "Harbor columnist Antony Blinken summed up his view in a column last year: \u201cThe port must stay open.\u201d",
        "Antony Blinken met the envoys on Monday but added: \u201cNo deal is near.\u201d",
        "Nancy Pelosi also made this pledge to the dockers: \u201cWe will fund the port.\u201d",
        # a person the clause ends with is whom it is said to
        "Later Nancy Pelosi admonished Antony Blinken: \u201cYou cannot close the port.\u201d",
        # not the clause's own subject, a clause of a body's, or a subject inside what the clause reports
        "When Antony Blinken typed his name, a box popped up on the screen: \u201cAccess denied.\u201d",
        "Critics returned to Nancy Pelosi's question, which Antony Blinken ducked: \u201cWho pays for the port?\u201d",
        "Antony Blinken, a former envoy, wants to know where she was: \u201cNancy Pelosi missed the vote.\u201d",
        "Antony Blinken heads back to the port - Reuters: \u201cTrucks are moving.\u201d",
        # after an opening phrase whose verb frames nothing there
        "Asked to clarify the remarks, Harbor spokesman Antony Blinken provided this: \u201cThe port stays open.\u201d",
    ])
    assert found == [
        ("The port must stay open.", "antony-blinken"), ("No deal is near.", "antony-blinken"),
        ("We will fund the port.", "nancy-pelosi"), ("You cannot close the port.", "nancy-pelosi"),
        ("Access denied.", None), ("Who pays for the port?", None), ("Nancy Pelosi missed the vote.", None),
        ("Trucks are moving.", None), ("The port stays open.", "antony-blinken"),
    ]


def test_a_surname_that_is_also_a_word_between_a_speaker_and_the_verb_still_speaks():
    assert speakers_of(["\u201cIt works,\u201d Billy Long said.", "\u201cIt works,\u201d Billy Long also said."]) == [
        ("It works,", "billy-long"), ("It works,", "billy-long")]


def test_a_relative_before_the_verb_speaks_for_what_it_stands_for():
    found = speakers_of([
        "The Senate passed the bill, by Rep. Ted Yoho, R-Fla., that declares the deal \u201cnull and void.\u201d",
        "Protesters of Antony Blinken held signs that said \u201cNo deal.\u201d",
        "The plan met scorn, according to The Washington Post, which said it was \u201creckless.\u201d",
        "He cited a study by the Center for Immigration Studies (CIS) that concluded \u201cmost ports lose money.\u201d",
        "The deal is backed by Rep. Ted Yoho, who says it is \u201csound.\u201d",
    ])
    assert found == [("null and void.", None), ("No deal.", None), ("reckless.", "washington-post"),
                     ("most ports lose money.", "center-for-immigration-studies"), ("sound.", "ted-yoho")]


def test_a_possessor_is_no_clause_subject_of_a_participle():
    found = speakers_of([
        "Mike Pence spoke to Americans after fellow Republicans\u2019 failed effort to pass the bill -- admitting that "
        "members are \u201cback to the drawing board\u201d but vowing that Joe Biden will \u201ckeep fighting.\u201d",
    ])
    assert found == [("back to the drawing board", "mike-pence"), ("keep fighting.", "mike-pence")]


def test_a_person_named_with_the_body_they_belong_to_speaks_not_the_body():
    found = speakers_of([
        "Antony Blinken of the State Department added, \u201cThe talks worked.\u201d",
        "Antony Blinken of the State Department warns that the plan \u201ccarries too much risk.\u201d",
        "Nancy Pelosi, a fellow at the Harbor Institute, also said, \u201cWe are done.\u201d",
        # past an adverb, not into a clause that holds the quote
        "Nancy Pelosi, who like most Democrats voted \u201cpresent\u201d on the Republican amendment, also told "
        "reporters she would wait.",
    ])
    assert found == [("The talks worked.", "antony-blinken"), ("carries too much risk.", "antony-blinken"),
                     ("We are done.", "nancy-pelosi"), ("present", None)]


def test_a_quote_after_a_comma_is_framed_by_a_persons_verb_further_back_and_a_title_is_nobodys():
    found = speakers_of([
        "Antony Blinken said while the inquiry is at its earliest stage, \u201cWe see no sign of a plot.\u201d",
        "Nancy Pelosi is out with an ad titled, \u201cHarbor Days.\u201d",
        "In a column titled \u201cThe Port Must Stay Open,\u201d Antony Blinken said the talks worked.",
    ])
    assert found == [("We see no sign of a plot.", "antony-blinken"), ("Harbor Days.", None),
                     ("The Port Must Stay Open,", None)]


def test_a_closing_mark_typed_before_a_word_opens_a_quote():
    found = speakers_of([
        "\u201dThe port will open,\u201d Antony Blinken told reporters. \u201cTrucks are waiting.\u201d",
        "Antony Blinken said the talks \u201dworked\u201d and that ships \u201cwere moving.\u201d",
        "The crossing stayed shut.\u201d Nobody else spoke.",
    ])
    assert found == [
        ("The port will open,", "antony-blinken"), ("Trucks are waiting.", "antony-blinken"),
        ("worked", "antony-blinken"), ("were moving.", "antony-blinken")]


def test_a_participle_of_saying_after_before_or_by_speaks_with_its_clauses_subject():
    found = speakers_of([
        "Antony Blinken spoke. He wrote that the crossing was shut before adding, \u201cAid must reach the port.\u201d",
        "Joe Biden met Antony Blinken, but Jo Platt answered questions by saying she did not "
        "\u201chave a plan.\u201d",
        # not past a verb of saying whose clause names someone else, nor past a subject no one is named for
        "Joe Biden said Antony Blinken hurt his own case by saying he had \u201cno choice.\u201d",
        "When Joe Biden pressed on, they cut the talk short by saying \u201cWe are done\u201d and walked away.",
    ])
    assert found == [
        ("Aid must reach the port.", "antony-blinken"), ("have a plan.", "jo-platt"),
        ("no choice.", "antony-blinken"), ("We are done", None)]


def test_speakers_after_and_before_the_quote():
    found, _ = quotes_of([
        '"The plan is reckless," Hamas said.',
        "Netanyahu said: “We will not stop.”",
        "“Talks go on,” said Antony Blinken.",
        "“It is fragile,” the secretary of state, Antony Blinken, told reporters.",
    ])
    assert [(t, s) for t, s, _ in found] == [
        ("The plan is reckless,", "hamas"),
        ("We will not stop.", "benjamin-netanyahu"),
        ("Talks go on,", "antony-blinken"),
        ("It is fragile,", "antony-blinken"),
    ]
    assert found[1][2] == 4


def test_a_multi_paragraph_quote_has_one_speaker_and_scare_quotes_have_none():
    found, res = quotes_of([
        "Antony Blinken said: “The crossing must open.",
        "“Aid cannot wait.”",
        "Critics called the plan a “bridge to nowhere” on Monday.",
    ])
    assert [(t, s) for t, s, _ in found] == [
        ("The crossing must open.", "antony-blinken"),
        ("Aid cannot wait.", "antony-blinken"),
        ("bridge to nowhere", None),
    ]
    blinken = [r for r in res.records if r.actor == "antony-blinken"]
    assert blinken[0].quoted_words == 4 and blinken[0].speaks


def test_pronoun_speaker_and_quoted_sentences():
    found, res = quotes_of(["Netanyahu criticized the plan, what he termed “a disaster.” “It will fail.” Aid arrived."])
    assert found[0][1] == "benjamin-netanyahu"
    texts = [s.text for s in res.sentences]
    assert [texts[i] for i in res.quoted_sentences] == ["“It will fail.”"]


def test_before_the_quote_the_speaker_is_the_verbs_subject_not_its_object():
    found = speakers_of([
        "Netanyahu told CNN: “We will not stop.”",  # whom it is said to
        "Hamas said on Al Jazeera that “the truce holds.”",  # where it is said
        "A colleague asked Sen. Angus King: “Is there something in the water in Maine?”",  # whom it is asked
        "Blinken declared that he has “unfinished business.”",  # the subject, taken up after "that"
        "“Talks go on,” said Antony Blinken.",  # after a closing mark, the name after the verb
        # the name after the verb, past a title, before an opening mark; not another subject after "that"
        "“It is fragile,” said Secretary of State Antony Blinken, “and it must hold.”",
        "Blinken said that Israel should show “maximum restraint.”",
    ])
    assert found == [
        ("We will not stop.", "benjamin-netanyahu"),
        ("the truce holds.", "hamas"),
        ("Is there something in the water in Maine?", None),
        ("unfinished business.", "antony-blinken"),
        ("Talks go on,", "antony-blinken"),
        ("It is fragile,", "antony-blinken"),
        ("and it must hold.", "antony-blinken"),
        ("maximum restraint.", "antony-blinken"),
    ]


def test_after_the_quote_the_speaker_is_the_name_the_verb_introduces():
    found = speakers_of([
        "“We are close,” Antony Blinken told CNN.",  # the subject of "told", not its object
        "“We are close,” an aide told CNN.",  # an unnamed subject: nobody the article names
        "“Why now?” asked Antony Blinken.",  # an inverted question names its asker after the verb
        "“Talks go on,” said former Netanyahu adviser Ron Dermer.",  # the last name of the phrase
        "“It is fragile,” Antony Blinken said at the White House.",  # where, not who
        "“It holds,” said Hamas’s political chief, Ismail Haniyeh.",  # a possessor does not speak
        "“It holds,” said Netanyahu’s spokesman.",
        "“We are close,” Antony Blinken said via Twitter.",
        "“We are close,” Antony Blinken said, per Al Jazeera.",  # the outlet that reports it
        "Asked about the plan, said former Netanyahu adviser Ron Dermer, “It is too soon.”",  # before the mark
        # a description with "of", then the person it describes after a comma (not the body in it)
        "“It holds,” said one of the leaders of the Knesset, Ron Dermer, a veteran of the talks.",
        "“It holds,” said the head of the Knesset.",
    ])
    assert found == [
        ("We are close,", "antony-blinken"),
        ("We are close,", None),
        ("Why now?", "antony-blinken"),
        ("Talks go on,", "ron-dermer"),
        ("It is fragile,", "antony-blinken"),
        ("It holds,", "ismail-haniyeh"),
        ("It holds,", None),
        ("We are close,", "antony-blinken"),
        ("We are close,", "antony-blinken"),
        ("It is too soon.", "ron-dermer"),
        ("It holds,", "ron-dermer"),
        ("It holds,", None),
    ]


def test_after_a_quote_a_verb_with_a_subject_before_it_takes_no_speaker_after_it():
    found, _ = quotes_of([
        # the name after "blame" is its object: the subject ("he") speaks
        "Netanyahu declared a day earlier that the delay would make him “very angry” and that he would blame "
        "Foreign Minister Yair Lapid, his rival.",
        # a subject that names no actor frames nothing: the speaker is found further on
        "“We lost the harbor,” when it ruled on Monday, said Ron Dermer.",
        # an inverted frame after a comma still names its speaker
        "“Aid” doesn't cut it, said Antony Blinken.",
    ])
    assert [(t, s) for t, s, _ in found] == [
        ("very angry", "benjamin-netanyahu"),
        ("We lost the harbor,", "ron-dermer"),
        ("Aid", "antony-blinken"),
    ]


def test_an_interview_written_with_name_labels_quotes_the_answers_not_the_questions():
    found = speakers_of([
        "Ron Dermer, CNN",  # the interviewer's label, with the outlet
        "Why did the talks fail?",
        "Antony Blinken",
        "The harbor stayed shut. “Nobody moved,” an aide told me.",
        "Ron Dermer",
        "Will it open?",
        "Antony Blinken",
        "I think so.",
    ])
    assert found == [
        ("The harbor stayed shut.", "antony-blinken"),
        ("Nobody moved,", None),
        ("an aide told me.", "antony-blinken"),
        ("I think so.", "antony-blinken"),
    ]


def test_sections_under_name_labels_are_no_interview():
    found, _ = quotes_of([
        "Antony Blinken:", "Supports the plan; says talks must go on.",
        "Ron Dermer:", "Opposes the plan.",
        "Antony Blinken:", "Backs the port deal.",
        "Ron Dermer:", "Rejects the port deal.",
    ])
    assert found == []


def test_a_name_right_before_the_quoted_words_is_their_subject_not_their_speaker():
    found = speakers_of([
        "The harbor council's website says Antony Blinken “will not stop the talks.”",
        "Critics of the harbor plan said Antony Blinken “is wrong.”",
        "The plan, said Antony Blinken, “is wrong.”",  # (a comma: the name is the speaker)
    ])
    assert found == [("will not stop the talks.", None), ("is wrong.", None), ("is wrong.", "antony-blinken")]


def test_a_phrase_quoted_far_into_a_clause_is_its_speakers():
    found = speakers_of([
        "Ron Dermer acknowledges he wrote the harbor bill to set up a legal challenge and “roll back bad precedent.”",
        # a body's or a people's is as often the subject of what is reported: nobody's
        "Democrats said the harbor bill, which the port authority wrote last year after the storm, was “a disgrace.”",
    ])
    assert found == [("roll back bad precedent.", "ron-dermer"), ("a disgrace.", None)]


def test_the_object_of_a_preposition_in_the_clause_before_does_not_speak():
    found = speakers_of([
        'Critics are making excuses for the White House, asking questions such as, "is it too big?"',
        'Ron Dermer disagreed with her, telling him: "You have no facts."',  # a pronoun: its own rules
        'The port drew spin from Antony Blinken, arguing that "it is working."',  # "from": its source speaks
        # (also at the end of a clause too long to see where it opens)
        "Advocates, who had been awaiting the hearing for a hint of the debate as it unfolds in the House, "
        "said the word “amnesty” was a bad sign.",
    ])
    assert found == [("is it too big?", None), ("You have no facts.", "ron-dermer"),
                     ("it is working.", "antony-blinken"), ("amnesty", None)]


def test_a_participle_of_saying_has_its_speaker_before_it():
    found = speakers_of([
        # a name after the participle is whom the words are about ('..., saying Hamas ...')
        'Ron Dermer called the plan "reckless," saying Hamas would exploit it.',
        'The audit called the port "a mess," saying Hamas leadership did not "share the data" with anyone.',
        # a subject pronoun after it is still the speaker's own
        'Ron Dermer called the plan "reckless," adding he would vote no.',
    ])
    assert found == [
        ("reckless,", "ron-dermer"), ("a mess,", None), ("share the data", None), ("reckless,", "ron-dermer")]


def test_a_possessor_in_the_clause_before_a_participle_does_not_speak():
    found = speakers_of(['The audit called Hamas\'s plan "a mess," saying the port did not "share the data" at all.',
                         "She also seems to take issue with the leniency of Hamas's policy, saying that a deal "
                         'should not "sink the budget."'])
    assert found == [("a mess,", None), ("share the data", None), ("sink the budget.", None)]


def test_a_quote_after_a_colon_is_framed_by_the_verb_of_its_clause_further_back():
    found = speakers_of([
        "In an interview last week, Ron Dermer even joked that his role would tank the whole process: “Hamas will not wait.”",
        "A letter from Ron Dermer reached the port this week, and the crowd chanted the slogan: “Open the port.”",
    ])
    assert found == [("Hamas will not wait.", "ron-dermer"), ("Open the port.", None)]


def test_a_quote_standing_alone_goes_on_from_the_sentence_before_that_reports_someone():
    found = speakers_of([
        "Ron Dermer added that the plan lacked the consent of Egypt. “That is why I call it an empty cheque.”",
        "There is a reason Antony Blinken had to say otherwise, says Ron Dermer. “The polls are clear.”",
        "Antony Blinken is to speak at the hearing. “It is whining.”",  # no one's words reported
        "Critics said that the plan failed. “It is a mess.”",  # someone the article does not name
        "Ron Dermer left early. “It is late.”",  # (no words of his reported)
    ])
    assert found == [
        ("That is why I call it an empty cheque.", "ron-dermer"), ("The polls are clear.", "ron-dermer"),
        ("It is whining.", None), ("It is a mess.", None), ("It is late.", None)]


def test_whose_remarks_a_speaker_characterises_does_not_speak_the_characterisation():
    found = speakers_of([
        "Ron Dermer described Antony Blinken’s remarks on the port as “encouraging.”",
        "Ron Dermer called Antony Blinken’s comments “dangerous.”",
        # what a claim says is its owner's words
        "Antony Blinken’s claim that the port is “vastly improved” was false.",
        "Ron Dermer rejected Antony Blinken’s claim that “the port is open.”",
    ])
    assert found == [
        ("encouraging.", "ron-dermer"), ("dangerous.", "ron-dermer"), ("vastly improved", "antony-blinken"),
        ("the port is open.", "antony-blinken")]


def test_a_naming_participle_after_a_comma_is_the_word_of_its_clauses_subject():
    found = speakers_of([
        "Ron Dermer praised Antony Blinken’s efforts on Sunday, calling him a “tremendous asset.”",
        "Hamas invited Ron Dermer to the talks but he declined, calling the offer “insulting.”",
        "In a speech on how open Egypt is, Ron Dermer criticised the plan, calling it “unworkable.”",
        "Senators voted one by one, calling out “aye” or “no.”",  # (not naming)
    ])
    assert found == [
        ("tremendous asset.", "ron-dermer"), ("insulting.", "ron-dermer"), ("unworkable.", "ron-dermer"),
        ("aye", None), ("no.", None)]


def test_a_quote_opening_its_sentence_is_framed_further_on_in_it():
    found, _ = quotes_of([
        "“We will see very positive changes” because of the deal, Ron Dermer, president of the port board, told reporters.",
        "“There are no permits,” Customs and Border Protection Commissioner Ron Dermer said at a press conference.",
        "“The port must open,” Michael Brenner, director of policy at the Hamas Relief Fund, said on Monday.",
    ])
    assert [(t, s) for t, s, _ in found] == [
        ("We will see very positive changes", "ron-dermer"), ("There are no permits,", "ron-dermer"),
        ("The port must open,", "michael-brenner")]
    # not past a subject that frames it without a name, nor by a noun
    found, _ = quotes_of(["“Indeed, the port has always been open,” they wrote in a footnote, citing Ron Dermer’s 5th tweet."])
    assert [(t, s) for t, s, _ in found] == [("Indeed, the port has always been open,", None)]


def test_a_long_apposition_after_the_speaker_may_list_names():
    found = speakers_of([
        '"The intent is plain," Ron Dermer, who served on the Health, Education, Labor & Pensions committee for '
        'a decade, wrote in an email.'])
    assert found == [("The intent is plain,", "ron-dermer")]


def test_a_second_predicate_after_a_comma_and_but_is_the_clause_subjects():
    found = speakers_of([
        'Ron Dermer praised the other harbor groups and their work so far, but said it would be “a shame if '
        'they pulled back.”'])
    assert found == [("a shame if they pulled back.", "ron-dermer")]
    # past an apposition, before a first predicate that opens with an auxiliary
    found = speakers_of([
        'Ron Dermer, spokesman for the port, did not respond directly to the findings of the audit, but insisted '
        'officers "acted lawfully."'])
    assert found == [("acted lawfully.", "ron-dermer")]


def test_a_phrase_quoted_inside_a_clause_is_framed_by_the_frame_that_closes_its_sentence_further_on():
    found = speakers_of([
        'The delays were "made worse" by the heavy traffic at the port over the long weekend, Ron Dermer said.',
        'The delays were "made worse" by the heavy traffic at the port over the long weekend, said Ron Dermer on Monday.',
        # not a verb that does not close the sentence, nor one whose speaker stands apart from it
        'The delays were "made worse" by the heavy traffic at the port over the long weekend, Ron Dermer said of it.',
        'The board wanted to "go faster" and change the rules over the long weekend, an idea Ron Dermer rejected.',
    ])
    assert found == [("made worse", "ron-dermer"), ("made worse", "ron-dermer"), ("made worse", None), ("go faster", None)]


def test_a_naming_verb_after_an_article_or_a_verb_is_a_noun_and_frames_nothing():
    found = speakers_of([
        'Port spokesman Ron Dermer described calls to close the harbor as "dangerously misguided."',
        'Ron Dermer answered the calls for "a new start" with a plan.',
    ])
    assert found == [("dangerously misguided.", "ron-dermer"), ("a new start", "ron-dermer")]


def test_the_person_at_a_body_speaks_not_the_body():
    found = speakers_of(['“The port is a real barrier,” Ron Dermer at Harlow University said.'])
    assert found == [("The port is a real barrier,", "ron-dermer")]


def test_verbs_of_saying_beyond_said():
    found = speakers_of([
        "“How can a city say no?” demanded Rep. Ron Dermer.",
        "“We will not wait!” Antony Blinken yelled.",
        "“Fine,” Antony Blinken snapped back.",
        "“It was hard,” Ron Dermer recalled.",
        "One who answers “no” would not be admitted into Israel.",  # no verb of saying
        # a question quoted inside the quote ends it: the frame is the next sentence
        "“I asked him, ‘Where is the ship?’” Ron Dermer recalled.",
    ])
    assert found == [
        ("How can a city say no?", "ron-dermer"),
        ("We will not wait!", "antony-blinken"),
        ("Fine,", "antony-blinken"),
        ("It was hard,", "ron-dermer"),
        ("no", None),
        ("I asked him, ‘Where is the ship?’", "ron-dermer"),
    ]


def test_a_quote_after_an_attributed_one_goes_on_in_its_voice():
    found = speakers_of([
        "“The crossing must open,” Antony Blinken said on Monday. “Aid cannot wait.”",
        "“Trucks are ready,” said Hamas.",
        "“Fuel is short.”",  # the frame above ended its paragraph: the same voice
        "“Again.”",  # a paragraph that is a bare quote carries no voice on
        "The envoy arrived. “Nothing moved.”",  # narration between: no one's
        "“We wait,” Netanyahu said. “We wait too,” echoed the envoy.",  # a frame of its own
    ])
    assert found == [
        ("The crossing must open,", "antony-blinken"),
        ("Aid cannot wait.", "antony-blinken"),
        ("Trucks are ready,", "hamas"),
        ("Fuel is short.", "hamas"),
        ("Again.", None),
        ("Nothing moved.", None),
        ("We wait,", "benjamin-netanyahu"),
        ("We wait too,", None),
    ]


def test_a_speaker_going_on_and_a_source_after_according_to():
    found = speakers_of([
        "“The crossing stays shut,” Netanyahu continued.",
        "Antony Blinken continued: “Aid cannot wait.”",
        "The port is “ready for fuel,” according to Hamas.",
        "The army continued its “final phase” on Monday.",  # narration, not a frame
        "The port is “open,” according to a leaked memo.",  # a source the article does not name
    ])
    assert found == [
        ("The crossing stays shut,", "benjamin-netanyahu"),
        ("Aid cannot wait.", "antony-blinken"),
        ("ready for fuel,", "hamas"),
        ("final phase", None),
        ("open,", None),
    ]


def test_a_transcripts_speaker_opens_the_paragraph():
    found = speakers_of([
        "Netanyahu: “We will not stop.”",
        "On the talks, Blinken: “They go on.”",  # not at the paragraph's start: no label
    ])
    assert found == [("We will not stop.", "benjamin-netanyahu"), ("They go on.", None)]


def test_a_speakers_label_may_open_with_a_title():
    found = speakers_of([
        "Sen. Ted Cruz: “We will not stop.”",
        "Former congressman Antony Blinken: “They go on.”",
        "A reply came from Antony Blinken:",  # (a paragraph that ends with a name is no label of the next)
        "“We stay.”",
    ])
    assert found == [("We will not stop.", "ted-cruz"), ("They go on.", "antony-blinken"), ("We stay.", None)]


def test_a_transcripts_turns_are_quoted_from_their_speakers():
    found, res = quotes_of([
        "MARIA FERNANDEZ, KTVB NEWS: Welcome back. The levy failed.",
        "SEN. OSCAR VALDEZ (D-NM): It failed because it was badly written.",
        "FERNANDEZ: Your rival called it “a fair deal” last week.",  # a quotation inside a turn keeps its own
        "VALDEZ: “Fair” is not the word.",
        "UNIDENTIFIED MALE: Shame!",  # nobody's label
        "The station said: the debate ends at nine.",  # not a label
    ])
    speakers = {a.id: a.name for a in res.actors}
    assert [(t, speakers.get(s)) for t, s, _ in found] == [
        ("Welcome back. The levy failed.", "Maria Fernandez"),
        ("It failed because it was badly written.", "Oscar Valdez"),
        ("Your rival called it", "Maria Fernandez"),
        ("a fair deal", None),
        ("last week.", "Maria Fernandez"),
        ("Fair", "Oscar Valdez"),  # (a label before a quotation frames it)
        ("is not the word.", "Oscar Valdez"),
    ]
    assert [w for *_, w in found][:2] == [5, 7]
    runs = [q.run for q in res.quotes]
    assert runs[2] == runs[4] and len({runs[0], runs[1], runs[2], runs[6]}) == 4  # one run per turn
    assert not {runs[3], runs[5]} & {runs[0], runs[1], runs[2], runs[6]}  # apart from the quotation marks'
    by_actor = {(r.paragraph, speakers[r.actor]): r for r in res.records}
    assert by_actor[(1, "Oscar Valdez")].speaks and by_actor[(1, "Oscar Valdez")].quoted_words == 7
    assert res.quoted_sentences  # the turns are the voices quoted, not the outlet's narration


def test_turns_inside_one_paragraph_and_sections_about_a_person():
    found, res = quotes_of([
        "MARIA FERNANDEZ: Is the levy dead?  SEN. OSCAR VALDEZ (D-NM): It is.  FERNANDEZ: Why?",  # one paragraph, three turns
        "Hillary Clinton: She has called for a levy on every home.",  # about her: no turn
        "Barack Obama: Mayors have pressed Obama for a levy.",
        "John Ruiz: Levies hurt the poor. He says the plan fails.",  # her words end where he is spoken of
    ])
    names = {a.id: a.name for a in res.actors}
    assert [(t, names.get(s)) for t, s, _ in found] == [
        ("Is the levy dead?", "Maria Fernandez"), ("It is.", "Oscar Valdez"), ("Why?", "Maria Fernandez"),
        ("Levies hurt the poor.", "John Ruiz"),
    ]
    assert len({q.run for q in res.quotes}) == 4


def test_the_programmes_journalists_narrate_rather_than_speak():
    found, res = quotes_of([
        "STEVE HOLLIS, HOST: The levy failed last night.",
        "RITA OKAFOR, BYLINE: Oscar Valdez wrote the levy.",
        "OSCAR VALDEZ: It was a good levy.",
        "HOLLIS: And now the weather.",  # the host again, by surname
        "JO MARSH, KTVB NEWS ANCHOR: Rain tonight.",
    ])
    names = {a.id: a.name for a in res.actors}
    assert [(t, names.get(s)) for t, s, _ in found] == [("It was a good levy.", "Oscar Valdez")]
    assert sorted(names.values()) == ["Oscar Valdez"]  # their labels are no mentions either
    assert 0 not in res.quoted_sentences and 2 in res.quoted_sentences  # the host's words are the outlet's


def test_a_stage_direction_is_no_ones_words():
    found, _ = quotes_of(["MARIA FERNANDEZ: (LAUGHTER) (on camera) Welcome back.", "FERNANDEZ: (Throws the bill down)"])
    assert [(t, w) for t, _, w in found] == [("Welcome back.", 2)]


def test_a_label_of_no_person_opens_no_turn():
    found, _ = quotes_of(["Hamas: the ceasefire holds.", "Gaza: Trucks crossed at dawn."])
    assert found == []


def test_he_added_after_a_quote_goes_on_with_the_speaker_before_of_his_gender():
    found, _ = quotes_of([
        "“The crossing must open,” Antony Blinken said. “Trucks wait at the border. Fuel is short. "
        "Doctors have no power. Children are hungry. Winter is near.”",
        "“We will keep pressing,” he added.",  # no mention resolved "he": the speaker before
        "“It is not enough,” she added.",  # not of his gender
    ])
    assert [s for _, s, _ in found] == ["antony-blinken", "antony-blinken", "antony-blinken", None]


def test_the_subject_of_a_naming_verb_speaks_the_words_it_names():
    found = speakers_of([
        "Netanyahu criticized the Biden administration for what he termed “inconceivable bottlenecks.”",
        "Hamas has called the plan “a trap.”",
        "The plan, what critics called “a trap,” failed.",  # critics are no actor: no one's
        "A bill written by Antony Blinken called the “Open Crossings Act” passed.",  # an agent, not a subject
    ])
    assert found == [
        ("inconceivable bottlenecks.", "benjamin-netanyahu"),
        ("a trap.", "hamas"),
        ("a trap,", None),
        ("Open Crossings Act", None),
    ]


def test_before_the_verb_the_subject_not_a_name_that_qualifies_it():
    found, _ = quotes_of([
        "“We want that fight,” one senior GOP aide said.",  # the aide speaks, not the party
        "“We want that fight,” Netanyahu’s spokesman said.",
        "“It holds,” Ron Dermer, Netanyahu’s adviser, said.",  # the name before the apposition
        "A backer of the deal — Sen. Lindsey Graham of South Carolina — said the truce would “hold.”",  # a name in it
        "Sen. Lindsey Graham, R-S.C., a backer, said the truce would “hold.”",  # past the tag
        "“It holds,” the Trump administration argues.",  # an institution's noun: its own voice
    ])
    assert [s for _, s, _ in found] == [None, None, "ron-dermer", "lindsey-graham", "lindsey-graham", "donald-trump"]


def test_a_name_after_the_quote_speaks_past_a_long_apposition():
    found, _ = quotes_of([
        "“The talks go on,” Antony Blinken, who flew in from a long week of meetings in three capitals, "
        "told reporters.",
        "“The talks go on,” Antony Blinken, who flew in from a long week of meetings in three capitals "
        "across the region and beyond it and more, told reporters.",  # too long to be sure
        "“It will hold,” Netanyahu quipped.",
    ])
    assert [s for _, s, _ in found] == ["antony-blinken", None, "benjamin-netanyahu"]


def test_the_verb_that_frames_a_quote_counts_for_its_speaker_once():
    _, res = quotes_of([
        "“We are close,” said former Netanyahu adviser Ron Dermer.",  # a phrase the verb opens
        "“We are close,” Antony Blinken insisted.",  # found by both readings: counted once
    ])
    verbs = {(r.paragraph, r.actor): dict(r.attribution_classes) for r in res.records}
    assert verbs[(0, "ron-dermer")] == {"neutral": 1} and verbs[(0, "benjamin-netanyahu")] == {}
    assert verbs[(1, "antony-blinken")] == {"doubting": 1}


def test_a_question_or_exclamation_ends_the_sentence_before_its_frame():
    found = speakers_of([
        "“Is the crossing open?” Antony Blinken asked.",
        "“We will not stop!” Netanyahu said.",
        "At one point Blinken said, “Is it a truce?” Netanyahu replied, “It is not.”",  # the next quote's frame
        "“Is it over?”",
        "Antony Blinken said nothing.",  # the next paragraph frames nothing
    ])
    assert found == [
        ("Is the crossing open?", "antony-blinken"),
        ("We will not stop!", "benjamin-netanyahu"),
        ("Is it a truce?", "antony-blinken"),
        ("It is not.", "benjamin-netanyahu"),
        ("Is it over?", None),
    ]


def test_a_second_phrase_the_same_frame_quotes_is_the_same_speakers():
    found = speakers_of([
        "The State Department said the cuts were \u201cnecessary\u201d due to the \u201chigh cost of the convoys.\u201d",
        "Antony Blinken said that the talks with the many unions of the port over the long and bitter winter "
        "\u201cwent well\u201d after a long night of haggling in the old harbor office and \u201cwill go on.\u201d",
        # not past another actor, nor past a verb of saying
        "Antony Blinken said the plan was \u201cweak\u201d and that Jo Platt was \u201cfurious.\u201d",
        "Antony Blinken called the plan \u201cweak,\u201d but critics said it was \u201csound.\u201d",
    ])
    assert found == [
        ("necessary", "state-department"), ("high cost of the convoys.", "state-department"),
        ("went well", "antony-blinken"), ("will go on.", "antony-blinken"),
        ("weak", "antony-blinken"), ("furious.", None),
        ("weak,", "antony-blinken"), ("sound.", None)]


def test_a_speaker_going_on_between_commas_frames_a_phrase_later_in_the_sentence():
    found = speakers_of([
        "Antony Blinken spoke. The convoys, he continued, would serve as a \u201clifeline for the port.\u201d",
        "The convoys, Antony Blinken added, were \u201ca lifeline.\u201d",
        "The topic continues, as the port notes, to be a \u201chard one.\u201d",  # (no one's verb between commas)
    ])
    assert found == [
        ("lifeline for the port.", "antony-blinken"), ("a lifeline.", "antony-blinken"), ("hard one.", None)]


def test_a_participle_after_a_clause_with_an_irregular_past_speaks_with_its_subject():
    found = speakers_of([
        "In Cairo, Antony Blinken drew a bright line on the crossing, insisting, \u201cThe port must open.\u201d",
        "A coalition, which includes Hamas, sent a letter on Monday, urging the envoys to \u201cact now.\u201d",
    ])
    assert found == [("The port must open.", "antony-blinken"), ("act now.", None)]


def test_a_works_title_after_its_noun_is_no_ones_words():
    found = speakers_of([
        "In his new book, \u201cThe Harbor Wars,\u201d Antony Blinken writes that the port must open.",
        "Antony Blinken mentioned the movie \u201cGroundhog Day\u201d and said the talks \u201cwill go on.\u201d",
        "Antony Blinken said the book \u201cis a record of the talks.\u201d",  # (in lower case: words said)
    ])
    assert found == [
        ("The Harbor Wars,", None), ("Groundhog Day", None), ("will go on.", "antony-blinken"),
        ("is a record of the talks.", "antony-blinken")]


def test_a_quote_its_frame_interrupts_and_one_after_a_title_in_the_frame_go_on():
    found = speakers_of([
        "“The crossing,” says Antony Blinken of the State Department, “must open.”",
        "“Aid waits,” Netanyahu said on “Meet the Press.”",
        "“Fuel is short.”",  # goes on past the programme's title in the frame
        "“The port,” a reader wrote, “is shut.”",  # no actor framed the first part
        "“Is it over?” Hamas asked on CNN’s “State of the Union.” “It is not.”",  # after a question's frame
        "“Aid waits,” Netanyahu told CBS’ “Face the Nation.”",  # a possessive of a name ending in "s"
        "Netanyahu spoke of the Hamas’ “plan” today.",  # (a phrase in lower case is no title)
    ])
    assert found == [
        ("The crossing,", "antony-blinken"),
        ("must open.", "antony-blinken"),
        ("Aid waits,", "benjamin-netanyahu"),
        ("Meet the Press.", None),
        ("Fuel is short.", "benjamin-netanyahu"),
        ("The port,", None),
        ("is shut.", None),
        ("Is it over?", "hamas"),
        ("State of the Union.", None),  # a programme after a body's possessive: no one's words
        ("It is not.", "hamas"),
        ("Aid waits,", "benjamin-netanyahu"),
        ("Face the Nation.", None),
        ("plan", "benjamin-netanyahu"),
    ]


def test_a_credit_after_a_dash_and_a_name_with_its_state_before_an_apposition():
    found, _ = quotes_of([
        "“The crossing must open.” — Antony Blinken",
        "Blinken said the talks were “going well” — Netanyahu (@netanyahu) May 1",  # a tweet's author: no
        "“It holds,” Sen. Lindsey Graham of South Carolina, a backer of the deal from the start, told CNN.",
        "“Will it hold?” Antony Blinken, who flew in from Cairo on Monday night, asked reporters.",
    ])
    assert [s for _, s, _ in found] == ["antony-blinken", "antony-blinken", "lindsey-graham", "antony-blinken"]


def test_a_frame_ending_a_paragraph_with_a_colon_speaks_the_quote_that_opens_the_next():
    found, _ = quotes_of([
        "Sen. Lindsey Graham (R-S.C.), who backed the deal, told reporters:",
        "“The truce holds. Aid is moving.”",
        "The plan had three parts:",  # no verb of saying: no one's
        "“Fuel, food and water.”",
    ])
    assert [s for _, s, _ in found] == ["lindsey-graham", None]


def test_a_long_apposition_before_the_verb_keeps_its_head_and_a_clause_is_no_apposition():
    found, _ = quotes_of([
        "Sen. Lindsey Graham of South Carolina, a member of the Senate group that wrote the bill, said it is “dead.”",
        "Ron Dermer, a spokesman for the office of Prime Minister Benjamin Netanyahu, said the talks were “over.”",
        "Antony Blinken disputed the account of the talks in Cairo, saying it was “wrong.”",  # a clause
        # a person named with their body in the apposition: the person, not the body
        "A veteran of the talks, former envoy Ron Dermer of the Israeli Foreign Ministry, said it is “over.”",
    ])
    assert [s for _, s, _ in found] == ["lindsey-graham", "ron-dermer", "antony-blinken", "ron-dermer"]


def test_subjects_of_clauses_and_predicates_speak_and_staff_and_complements_do_not():
    found, _ = quotes_of([
        "“We are close,” said a White House official.",  # one who speaks for it, unnamed
        "Netanyahu said the White House could use “every tool.”",  # the subject of what is said
        "Netanyahu, who met Antony Blinken, condemned the plan, saying it was “reckless.”",  # a predicate's
        "Antony Blinken also criticised the Israeli government, saying it was “slow.”",  # a clause's
        "Netanyahu thanked Hamas for the truce and said it was “fragile.”",  # a second predicate's
        "Hamas rejected the so-called “final offer.”",  # a name held at arm's length
        "“It holds,” the envoy said, adding that “the crossing is open.”",  # no actor
        "Netanyahu accused Hamas of telling “lies.”",  # the accuser's words, not the accused's
    ])
    assert [s for _, s, _ in found] == [
        None, "benjamin-netanyahu", "benjamin-netanyahu", "antony-blinken", "benjamin-netanyahu", None, None, None,
        "benjamin-netanyahu"]


def test_a_phrase_quoted_inside_a_clause_is_framed_before_it_unless_a_frame_closes_the_sentence():
    found = speakers_of([
        "Netanyahu said he had “a good talk” with Antony Blinken, and asserted the truce would hold.",
        "Israelis are stressing the “first three words” of the plan, Antony Blinken said.",
        "“It should be easy” to reach a deal, says Antony Blinken.",
        "Netanyahu said Blinken's plan “gives us a way out” of the war.",
        "Sen. Lindsey Graham, R-S.C., called the deal “weak” and said Netanyahu's offer “goes too far” for him.",
        "A judge, Lindsey Graham, said Secretary of State Antony Blinken was “rewriting the deal” when he spoke.",
        "Most Netanyahu supporters say the deal is a “bad bargain” for Israel.",  # people who back him
    ])
    assert found == [
        ("a good talk", "benjamin-netanyahu"),
        ("first three words", "antony-blinken"),
        ("It should be easy", "antony-blinken"),
        ("gives us a way out", "benjamin-netanyahu"),
        ("weak", "lindsey-graham"), ("goes too far", "lindsey-graham"),
        ("rewriting the deal", "lindsey-graham"),
        ("bad bargain", None),
    ]


def test_the_subject_of_a_relative_clause_in_an_apposition_does_not_speak():
    found, _ = quotes_of([
        "The group, which Netanyahu founded, said “the deal is weak.”",
        "“The deal is weak,” the group, which Netanyahu founded, said.",
        "The group, which Netanyahu founded, called the deal “weak.”",
        "Sen. Lindsey Graham, R-S.C., who met Netanyahu, said “it is weak.”",
    ])
    assert [s for _, s, _ in found] == [None, None, None, "lindsey-graham"]


def test_frames_past_a_party_tag_a_title_and_a_first_predicate_and_notes():
    found, _ = quotes_of([
        "“It holds,” Sen. Lindsey Graham (R-S.C.), a backer of the deal from the start, told CNN.",
        "White House spokesman Antony Blinken called the plan “reckless” and said, “It will fail.”",
        "Netanyahu said the truce was “fragile” and called the plan a “trap.”",
        "“The truce is fragile,” he notes.",  # "notes" frames a quote next to its mark
        "The War Room Notes, “dated May 1,” were leaked.",  # (not as a name's word)
    ])
    assert [s for _, s, _ in found] == ["lindsey-graham", "antony-blinken", "antony-blinken", "benjamin-netanyahu",
                                        "benjamin-netanyahu", "benjamin-netanyahu", None]


def test_a_speaker_named_after_the_verb_with_the_body_they_are_with_frames_the_quote_after():
    found, _ = quotes_of([
        "But even then, says Antony Blinken of the Harbor Institute, “there was an informal path.”",
        # not a clause after the body, nor whom a verb accuses of the quoted words
        "“It holds,” said Antony Blinken of the Harbor Institute, which has led efforts to “defund” the port.",
        "Netanyahu responded by accusing Blinken of “fearmongering” on Monday.",
    ])
    assert [(q, s) for q, s, _ in found] == [("there was an informal path.", "antony-blinken"),
                                             ("It holds,", "antony-blinken"), ("defund", None),
                                             ("fearmongering", "benjamin-netanyahu")]


def test_a_phrase_joined_to_a_quoted_one_by_and_or_but_is_in_its_voice():
    found, _ = quotes_of([
        "Netanyahu said the truce was “fragile after months of fighting on the border” but “holding.”",
        "Blinken called the plan “bold in its reach across the whole region” and a “first step,” and Netanyahu"
        " called it “weak.”",
        "The report called the plan “hasty” and “vague.”",  # no one named
    ])
    assert [s for _, s, _ in found] == [
        "benjamin-netanyahu", "benjamin-netanyahu", "antony-blinken", "antony-blinken", "benjamin-netanyahu",
        None, None]


def test_the_object_of_a_preposition_before_the_verb_does_not_speak():
    found, _ = quotes_of([
        "Blinken, who had been seated next to Netanyahu during the talks described them as “useful.”",
        "A letter sent on Monday to Netanyahu warned the plan would “fail.”",
        "Blinken, who voted “present” on the Hamas amendment, also told reporters the talks went on.",
        "The talks ended with Netanyahu saying he was “hopeful.”",  # the subject of a participle
        "Critics of the deal, like Netanyahu, who said it was “weak,” left.",  # of a relative clause
        "Netanyahu met Blinken. After Netanyahu argued the plan was “weak,” talks ended.",  # "after" joins clauses
    ])
    got = [s for _, s, _ in found]
    assert got[:2] == [None, None] and got[3:] == ["benjamin-netanyahu"] * 3
    assert got[2] != "hamas"  # (past an article: 'on the Hamas amendment')
    # ... past an adjective too, where the name qualifies a noun (not 'Over the weekend Blinken said')
    found, _ = quotes_of(["In a letter to the federal Justice Department office, the group said the plan was “weak.”",
                          "Over the weekend Blinken said the plan was “weak.”"])
    assert [s for _, s, _ in found] == [None, "antony-blinken"]
    # ... nor after the verb ('"...," Ruiz said outside the White House')
    found, _ = quotes_of(["“It was useful,” Blinken said outside the White House.",
                          "“It was useful,” he said, standing alongside Netanyahu."])
    assert [s for _, s, _ in found] == ["antony-blinken", "antony-blinken"]


def test_a_title_is_no_ones_words_whatever_frames_it_and_recalling_or_agreeing_frames_a_quote():
    found, _ = quotes_of([
        "Speaking on NBC’s “Meet the Press,” Netanyahu said the talks would go on.",
        "“The talks were long,” Blinken recalls. “We kept going.”",
        "“It will hold,” agrees Antony Blinken.",
        "Blinken agreed: “It will hold.”",
        "The envoy agrees “with the plan” in part.",  # no colon: no frame
    ])
    assert [s for _, s, _ in found] == [None, "antony-blinken", "antony-blinken", "antony-blinken", "antony-blinken",
                                        None]


def test_a_lawmaker_or_senator_a_party_qualifies_is_not_the_party():
    found, _ = quotes_of([
        "“It will pass,” said a veteran GOP lawmaker who asked not to be named.",
        "“It will fail,” one Republican senator said.",
        "“It will pass,” Republicans said in a statement.",  # the party speaking
    ])
    assert [s for _, s, _ in found] == [None, None, "republican-party"]


def test_a_long_first_predicate_and_a_time_after_its_subject():
    found, _ = quotes_of([
        "Blinken on Wednesday extended an invitation to the aides of Netanyahu to the talks in Cairo to discuss the "
        "truce and said “it holds.”",
        "Netanyahu Tuesday rejected the plan and said it was “weak.”",
    ])
    assert [s for _, s, _ in found] == ["antony-blinken", "benjamin-netanyahu"]


def test_a_participles_object_is_no_speaker_and_a_time_may_stand_before_a_naming_verb():
    found, _ = quotes_of([
        "“We will win,” Netanyahu said, citing Blinken as a witness.",
        "“We will win,” Netanyahu said, quoting Blinken.",  # the words of the one quoted
        "Netanyahu on Sunday called the plan a “trap” and blamed Hamas for the delay.",
    ])
    assert [s for _, s, _ in found] == ["benjamin-netanyahu", "antony-blinken", "benjamin-netanyahu"]


def test_thousands_of_quotation_marks_in_one_paragraph_are_quotes_of_no_one():
    found, _ = quotes_of(["Antony Blinken said: " + 'a "b" ' * 5000 + "and left."])
    assert len(found) == 5000 and {t for t, _, _ in found} == {"b"}
    speakers = [s for _, s, _ in found]  # the first ones joined to the quote after "said:", then narration's
    assert speakers[:4] == ["antony-blinken"] * 4 and set(speakers[4:]) == {None}
