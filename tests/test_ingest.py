import json
import re

import pytest

from biaskit.ingest import decode, drop_boilerplate, normalize_date, read_corpus
from biaskit.lexicons import BoilerplateRule
from biaskit.types import Article, Problem

RULES = (
    BoilerplateRule("photo", "photo credit", (re.compile(r"(?i)\bphoto [a-z ]+$"),), max_words=40),
    BoilerplateRule("comments", "comment prompt", (re.compile(r"(?i)^post a comment$"),)),
)


def read(root, rules=RULES):
    items = list(read_corpus([root], rules))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Problem)]



def assert_built_in_rules_drop(debris: list[str], sentences: list[str]) -> list[str]:
    """Run the built-in boilerplate rules over ``debris`` then ``sentences``: every piece of debris
    is dropped and every sentence kept, in order; returns the rules that dropped the debris."""
    from biaskit import lexicons

    kept, dropped = drop_boilerplate(debris + sentences, lexicons.load().boilerplate)
    assert kept == sentences
    assert [d.text for d in dropped] == debris
    return [d.rule for d in dropped]

def test_text_file_title_paragraphs_and_boilerplate(corpus):
    root = corpus({"a.txt": "Soldiers looked at the damage. photo harbor news\n"
                            "Mayor Opens New Bridge\n"
                            "The bridge opened on Monday.\n"
                            "Traffic moved at once.\n"
                            "Post a Comment\n"})
    (art,), problems = read(root)
    assert problems == []
    assert art.title == "Mayor Opens New Bridge"
    assert [p.text for p in art.paragraphs] == ["Mayor Opens New Bridge", "The bridge opened on Monday.", "Traffic moved at once."]
    assert [p.kind for p in art.paragraphs] == ["title", "body", "body"]
    assert [d.rule for d in art.dropped] == ["photo", "comments"]
    assert art.outlet == "unknown"
    for p in art.paragraphs:
        assert art.text[p.start:p.end] == p.text


def test_outlet_from_subfolder_and_recursive_read(corpus):
    root = corpus({"harbor-times/2024/one.txt": "A first story.\n\nWith two paragraphs.",
                   "valley-post/two.md": "# Valley Headline\n\nSome **bold** text and a [link](http://x.example).\n"})
    arts, problems = read(root)
    assert problems == []
    assert [(a.id, a.outlet) for a in arts] == [("harbor-times/2024/one.txt", "harbor-times"), ("valley-post/two.md", "valley-post")]
    md = arts[1]
    assert md.title == "Valley Headline"
    assert md.paragraphs[1].text == "Some bold text and a link."


def test_text_header_block(corpus):
    root = corpus({"h.txt": "Title: Council Votes\nOutlet: Harbor Times\nDate: 2024-03-05\n\nThe council voted."})
    (art,), _ = read(root)
    assert (art.title, art.outlet, art.date) == ("Council Votes", "Harbor Times", "2024-03-05")


def test_html_article_drops_scripts_and_navigation(corpus):
    page = """<html><head><title>Site | Story</title>
    <meta property="og:title" content="Harbor Bridge Opens">
    <meta property="og:site_name" content="Harbor Times">
    <meta property="article:published_time" content="2024-05-02T10:00:00Z">
    <script>var tracking = "do not read";</script></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Harbor Bridge Opens</h1><p>The bridge opened &amp; traffic flowed.</p>
    <p>Officials were pleased.<br>Very pleased.</p><figure><img src=x><figcaption>A caption</figcaption></figure></article>
    <footer>Copyright footer</footer></body></html>"""
    root = corpus({"p.html": page})
    (art,), problems = read(root)
    assert problems == []
    assert art.title == "Harbor Bridge Opens"
    assert art.outlet == "Harbor Times"
    assert art.date == "2024-05-02"
    body = [p.text for p in art.paragraphs[1:]]
    assert body == ["The bridge opened & traffic flowed.", "Officials were pleased.", "Very pleased."]
    assert "tracking" not in art.text and "Home" not in art.text and "caption" not in art.text


def test_jsonl_records_fields_and_bad_lines(corpus):
    lines = [
        json.dumps({"id": "x1", "headline": "First", "content": "Body one.\n\nBody two.", "source": {"name": "Wire A"}, "published_at": "2023-01-02"}),
        "{not json",
        json.dumps({"title": "No text here"}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"text": "Plain text record.", "outlet": "Wire B", "url": "http://b.example/1"}),
    ]
    root = corpus({"feed.jsonl": "\n".join(lines)})
    arts, problems = read(root)
    assert [(a.id, a.title, a.outlet, a.date) for a in arts] == [
        ("feed.jsonl#x1", "First", "Wire A", "2023-01-02"),
        ("feed.jsonl#6", "", "Wire B", None),
    ]
    assert [p.text for p in arts[0].paragraphs] == ["First", "Body one.", "Body two."]
    assert [str(p) for p in problems] == [
        "feed.jsonl:2: invalid JSON: Expecting property name enclosed in double quotes (column 2)",
        "feed.jsonl:3: record has no text (looked for content_original, text, body, content, article, article_text, full_text, fulltext, story, maintext, description)",
        "feed.jsonl:4: record is a JSON list, not an object",
    ]


def test_content_original_preferred_over_masked_content(corpus):
    rec = {"ID": "7", "content": "masked ddd text", "content_original": "Real text.", "source": "Wire"}
    root = corpus({"a.json": json.dumps([rec])})
    (art,), _ = read(root)
    assert art.paragraphs[0].text == "Real text."
    assert art.id == "a.json#7"


def test_json_object_with_articles_list(corpus):
    root = corpus({"b.json": json.dumps({"articles": [{"body": "One."}, {"body": "Two."}]})})
    arts, _ = read(root)
    assert [a.paragraphs[0].text for a in arts] == ["One.", "Two."]


def test_csv_semicolon_and_malformed_row(corpus):
    text = 'title;text;outlet\n"T1";"First body.";"Wire"\n"T2";"broken"\n"T3";"Third body.";"Wire"\n'
    root = corpus({"c.csv": text})
    arts, problems = read(root)
    assert [a.title for a in arts] == ["T1", "T3"]
    assert [str(p) for p in problems] == ["c.csv:3: malformed CSV record: 2 fields where the header has 3"]


def test_csv_without_text_column(corpus):
    root = corpus({"d.csv": "a,b\n1,2\n"})
    arts, problems = read(root)
    assert arts == []
    assert str(problems[0]).startswith("d.csv:1: CSV header has no text column")


def test_unreadable_files_are_reported_and_rest_is_read(corpus):
    root = corpus({
        "bin.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00binary",
        "empty.txt": "   \n",
        "bad.json": "{\"a\": ",
        "img.png": b"\x89PNG",
        "good.txt": "Still read.",
    })
    arts, problems = read(root)
    assert [a.id for a in arts] == ["good.txt"]
    assert [str(p) for p in problems] == [
        "bad.json:1: invalid JSON: Expecting value (column 7)",
        "bin.txt: binary file (contains NUL bytes); not an article",
        "empty.txt: empty file",
        "img.png: unsupported file type .png; expected one of .txt, .text, .md, .markdown, .html, .htm, .xhtml, .json, .jsonl, .ndjson, .csv, .tsv",
    ]


def test_duplicate_ids_are_kept_apart(corpus):
    recs = [{"id": "same", "text": "One."}, {"id": "same", "text": "Two."}]
    root = corpus({"r.json": json.dumps(recs)})
    arts, _ = read(root)
    assert [a.id for a in arts] == ["r.json#same", "r.json#same~2"]


def test_decode_encodings():
    assert decode("café".encode("utf-16"), "f") == "café"
    assert decode(b"\xef\xbb\xbfcaf\xc3\xa9", "f") == "café"
    assert decode("café “quoted”".encode("cp1252"), "f") == "café “quoted”"


def test_normalize_date():
    assert normalize_date("2024-06-20T10:00:00Z") == "2024-06-20"
    assert normalize_date("June 20, 2024") == "2024-06-20"
    assert normalize_date("sometime") is None
    assert normalize_date("") is None


@pytest.mark.parametrize("written", [
    "Sept. 5, 2019", "Sep. 5, 2019", "Sept 5, 2019", "September 5th, 2019", "5 September 2019",
    "Thu, 05 Sep 2019 14:30:00 GMT", "Published 5:30 PM EDT Sep 5, 2019", "Updated: 2019-09-05 10:00",
    "09/05/2019 14:30", "2019/09/05 14:30:00",
])
def test_dates_as_news_and_feeds_write_them(written):
    assert normalize_date(written) == "2019-09-05"


@pytest.mark.parametrize("written", ["Sept. 5", "2019", "2019-13-45", "March 32, 2019", "Mayday 2019", "13/45/2019 10:00"])
def test_a_date_that_is_no_day_is_none(written):
    assert normalize_date(written) is None


def test_a_record_with_a_date_not_understood_is_kept_undated_and_reported(tmp_path):
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.jsonl").write_text(
        json.dumps({"id": "x", "date": "the fifth of never", "text": "The harbor master opened the bridge."}) + "\n"
        + json.dumps({"id": "y", "date": "Sept. 5, 2019", "text": "The ferry ran late."}) + "\n", encoding="utf-8")
    arts, problems = read(root)
    assert [(a.id, a.date) for a in arts] == [("a.jsonl#x", None), ("a.jsonl#y", "2019-09-05")]
    assert [(str(p), p.skipped) for p in problems] == [
        ("a.jsonl:1: date 'the fifth of never' not understood; the article is read without a date", False)]


def test_drop_boilerplate_respects_max_words():
    long = "A long paragraph about a photo shoot " + "with many words " * 20 + "photo harbor news"
    kept, dropped = drop_boilerplate([long, "***", "photo harbor news"], RULES)
    assert kept == [long]
    assert [(d.rule, d.text) for d in dropped] == [("no_text", "***"), ("photo", "photo harbor news")]


def test_a_cutting_rule_takes_its_match_out_of_the_paragraph_and_keeps_the_rest():
    rule = BoilerplateRule("ad", "inline advert", (re.compile(r"\s*\[AD[^\]]*\]"), re.compile(r"Harbor(?P<cut> ADVERT)")),
                           cut=True)
    kept, dropped = drop_boilerplate(["The mayor [AD: buy boats] opened the Harbor ADVERT bridge.", "[AD]"], [rule])
    assert kept == ["The mayor opened the Harbor bridge."]
    assert [(d.rule, d.text, d.cut) for d in dropped] == [("ad", "[AD: buy boats]", True), ("ad", "ADVERT", True),
                                                          ("ad", "[AD]", True)]


def test_a_rule_with_contains_is_tried_only_on_paragraphs_holding_one_of_its_strings():
    rule = BoilerplateRule("ferry_ad", "ferry advert", (re.compile(r"(?i)^book now\b"),), contains=("ferry", "Ferry"))
    kept, dropped = drop_boilerplate(["Book now: Ferry tickets half price", "Book now, the mayor urged voters."], [rule])
    assert kept == ["Book now, the mayor urged voters."]
    assert [d.rule for d in dropped] == ["ferry_ad"]


def test_profile_cards_inside_sentences_are_cut_and_the_shown_name_stays():
    from biaskit import lexicons

    rules = lexicons.load().boilerplate
    paragraphs = [
        "Harbor Commissioner Ann Fowler Annabel (Ann) Fowler Hodges FowlerDock strike enters third week | "
        "Ferry fares rise again Gulls return to the old pier MORE (D-Maine) opened the bridge on Monday.",
        "Mayor Tom Reyes Tom ReyesCouncil votes on budget Tom Reyes launches reelection bid MORE, a Democrat, spoke next.",
        "Tom Reyes Tom Reyes, the mayor's nephew, said there was MORE work to do.",
        "Fowler told Ann Fowler that the fares would rise.",
        # a card with no headlines, glued to MORE, ends there (the next shown name stays), and a
        # space may stand before the first headline after a full name with a nickname in brackets
        "The pier bill passed with Reps. Dale Kessock Dale Henry KessockMORE (Maine), Ivo Brandt Ivo (Ike) Paul "
        "BrandtPier bill passes MORE (Maine) and Sen. Lia Moss Lia (Lee) Ann Moss Harbor votes loom MORE (D) voting yes.",
    ]
    kept, dropped = drop_boilerplate(paragraphs, rules)
    assert kept == [
        "Harbor Commissioner Ann Fowler (D-Maine) opened the bridge on Monday.",
        "Mayor Tom Reyes, a Democrat, spoke next.",
        paragraphs[2],
        paragraphs[3],
        "The pier bill passed with Reps. Dale Kessock (Maine), Ivo Brandt (Maine) and Sen. Lia Moss (D) voting yes.",
    ]
    assert [d.rule for d in dropped] == ["profile_card"] * 5
    assert dropped[0].text.startswith("Annabel (Ann) Fowler Hodges FowlerDock") and dropped[0].text.endswith("MORE")


def test_a_dateline_with_a_wire_credit_is_cut_and_brackets_in_sentences_stay():
    from biaskit import lexicons

    paragraphs = ["HARLOW, Maine (AP) — The harbor master opened the bridge.", "(CNN) - Ferry fares rose again.",
                  "Harlow (Reuters) The mayor spoke.", "NEW HARLOW (CNNMoney) -- Dock workers went on strike.",
                  # a credit inside a sentence, a ticker, a party tag, the agency named in full: kept
                  "Reporters for Harbor News (CNN) said so.", "Harbor Freight (HFT) shares rose.",
                  "Sen. Ann Fowler (D-Maine): The fares must fall.", "The Associated Press (AP) reported it first."]
    kept, dropped = drop_boilerplate(paragraphs, lexicons.load().boilerplate)
    assert kept == ["The harbor master opened the bridge.", "Ferry fares rose again.", "The mayor spoke.",
                    "Dock workers went on strike.", *paragraphs[4:]]
    assert [(d.rule, d.text, d.cut) for d in dropped] == [
        ("wire_credit", "HARLOW, Maine (AP) —", True), ("wire_credit", "(CNN) -", True),
        ("wire_credit", "Harlow (Reuters)", True), ("wire_credit", "NEW HARLOW (CNNMoney) --", True)]


def test_promoted_links_in_brackets_are_boilerplate_and_brackets_in_sentences_are_not():
    from biaskit import lexicons

    paragraphs = ["( Also on HARBORNEWS: Ferry strike enters its third week)", "(QUIZ: Do you know the harbor master?)",
                  "The harbor master (QUIZ: who is she?) said the ferries would run."]
    kept, dropped = drop_boilerplate(paragraphs, lexicons.load().boilerplate)
    assert kept == paragraphs[2:]
    assert [d.rule for d in dropped] == ["navigation", "navigation"]


def test_page_furniture_is_dropped_and_sentences_that_look_alike_are_kept():
    furniture = ["Story Continued Below", "3 years ago", "Follow @harbornews Follow @JaneDoeHN", "[pullquote]",
                 "Do You Back the New Ferry Fares? Vote Now in Our Poll", "ANALYSIS/OPINION:",
                 "Get the Harbor Briefing delivered to your inbox. By signing up, you agree to our Privacy Policy",
                 "CLOSE The mayor opened the new harbor bridge on Monday. Video provided by Harbor TV",
                 "Do You Back the New Ferry Fares? Vote in Urgent National Poll", "PHOTOS: The ten oldest ferries of the coast",
                 "QUIZ: How well do you know the harbor?",
                 "The Harbor Memo is a reported column by Mira Solt, primarily focused on the port authority.",
                 "The Ledger's editorial opinions are decided by its Editorial Board, separate from the news staff.",
                 "( See the Ledger's full harbor coverage)", "\u2022 This article is based in part on wire service reports.",
                 "- Follow the Harbor Desk on Twitter: @harbordesk",
                 "Follow Harbor Ledger reporter Mira Solt on Twitter at twitter.com/msolt.",
                 "This story has been updated.", "This post has been updated with additional information.",
                 "This article tagged under: Ferries", "Join us on Facebook.com/LedgerOpinion.",
                 "Read LedgerOpinion's new Flipboard magazine.", "By Mira Solt, Staff writer", "By Dale Kessock/Staff writer",
                 "This story was reported by The Associated Press.", "( The Ledger's full harbor coverage)",
                 "(IN 60 SECONDS: Ferry fares explained)", "Start the day smarter: Get the Ledger's Morning Briefing in your inbox",
                 "To read more editorials, go to the Opinion front page or sign up for the daily Opinion email newsletter.",
                 "Harbor Voices is the Ledger's home for first-person essays. Read our submission guidelines, and pitch us at "
                 "voices@ledger.example.",
                 "Note: Get your copy of the Harbor Special Report \u201cTides of Trade\u201d with our FREE Offer \u2013",
                 "Mira Solt and Dale Kessock contributed.", "Staff writer Mira Solt contributed reporting from Harlow.",
                 "Dale Kessock contributed to this report. Mira Solt reported from Harlow Bay.",
                 "Contributing: Mira Solt and Dale Kessock", "Kessock reported from Harlow. Follow Mira Solt on Twitter at @msolt.",
                 "CLICK HERE TO GET THE HARBOR NEWS APP", "Want more ferry news? Download the Harbor Ledger app."]
    sentences = ["Three years ago the ferry ran twice a day.", "The mayor said voters should vote now, not later.",
                 "Kessock wrote in The Harbor Ledger that the ferry would close.", "Fares were reported from Harlow, Dunmore and Vell.",
                 "If you want to volunteer at the harbor festival, you can sign up here or at the town hall.",
                 "Close to 800 people crossed the bridge on Monday.",
                 "Should the ferry run at night? Voters in the town poll said yes, 60 to 40.",
                 "Photos of the old ferries were shown to the council.", "See the harbor coverage on page 4.",
                 "The mayor said to follow the ferry news on Twitter, where the port posts its delays.",
                 "The ferry's timetable has been updated, and this story has changed the town.",
                 "By Monday, the staff writers had left the Ledger.", "Join us on the harbor walk on Sunday, the mayor said.",
                 "(The new law extends coverage)", "Get your copy of the timetable at the ferry office.",
                 "The Harbor Fund contributed $5,000 to the festival.",
                 "Riders can get the ferry app at the office.", "Why download the Harbor Ledger app? The mayor said it was free."]
    assert_built_in_rules_drop(furniture, sentences)


def test_long_sign_up_forms_playlists_and_programme_notes_are_dropped_and_stories_glued_to_them_kept():
    from biaskit import lexicons

    form = ("Newsletter Sign Up Continue reading the main story Please confirm that you are a person by ticking the box. "
            "That email address looks wrong. Please type it again. Pick at least one newsletter to go on. Sign Up "
            "Expect emails with harbor news, ferry timetables and offers from The Harbor Ledger. You can leave the list "
            "whenever you like. You also agree to hear now and then about events and offers for readers of The Harbor "
            "Ledger and its partners. Thanks for signing up. Something went wrong on our side. Please give it another "
            "try in a few minutes. View all Harbor Ledger newsletters.")
    pitch = ("Harbor Morning newsletter Everything you need to know about the ferries, the port and the people who run "
             "them, every weekday before seven. Email Sign Up By signing up you agree to receive email newsletters or "
             "alerts from HARBOR LEDGER. You can unsubscribe at any time.")
    playlist = ("JUST WATCHED Mayor Jo Ruiz: 'We will not close the harbor, not this year and not next year' Replay More "
                "Videos ... MUST WATCH Mayor Jo Ruiz: 'We will not close the harbor, not this year and not next year' 02:54")
    note = ("[Watch Fox: Harbor master Dale Kessock, who has run the port for twenty years, discusses the ferry strike "
            "and what it means for the summer season in the 9 a.m. ET hour]")
    assert all(len(p.split()) > 25 for p in (pitch, playlist, note)) and len(form.split()) > 80
    stories = ["Newsletter Sign Up Continue reading the main story The harbor master said the ferries would run "
               "again on Monday.",
               "The mayor told reporters she would watch Fox: the channel, she said, had been fair to the harbor "
               "[Watch Fox: the harbor]. She did not say more.",
               "Ruiz said the form, which read \"Email Sign Up By signing up you agree to receive email newsletters\", "
               "had confused readers. " + " ".join(["The ferry ran late again."] * 15)]
    kept, dropped = drop_boilerplate([form, pitch, playlist, note, *stories], lexicons.load().boilerplate)
    assert kept == stories
    assert [d.rule for d in dropped] == ["long_promotion"] * 4


def test_captions_that_open_with_their_credit_or_carry_it_after_a_bar_are_dropped():
    captions = [
        "Mira Solt/AP Mayor Jo Ruiz speaks during a news conference about the ferry on Oct. 4.",
        "Dale Kessock/Harbor Port Authority/Reuters/File The old ferry leaves Harlow in this 2019 photo.",
        "Mira Solt/Staff Commuters cross the bridge on Monday.",
        "Dale Kessock/The Christian Science Monitor Fishermen mend nets at the pier, where the ferry will dock.",
        "The mayor wants the ferry back by May, and the council agrees. | Mira Solt/AFP/Getty Images harbor "
        "Mayor pushes ferry plan Critics say the timetable is too tight.",
        "Voters backed the bridge toll. | AP Photo/harborledger.com, Mira Solt Toll passes The vote was close.",
        'Hide caption Ruiz and her son feed the gulls at the pier. "We come every week," she says. Previous Next '
        "Mira Solt/Harbor Radio",
    ]
    sentences = ["Mira Solt/AP reporters covered the vote.", "The ferry and/or the bridge will close.",
                 "Hide caption and seek: the 50/50 game went on, and Ruiz said the previous next round was hers.",
                 "Ruiz said the toll was fair | and the council agreed with her, 5/2, on Monday.",
                 "Trips rose 20 percent/year since 2019, AP reported."]
    assert set(assert_built_in_rules_drop(captions, sentences)) == {"credit_led_caption"}


def test_jsonl_records_end_at_newlines_only(corpus):
    from biaskit.ingest import read_corpus

    rec = {"id": "x", "title": "T", "text": "Hamas praised\u2028the deal\x1e today."}
    root = corpus({"f.jsonl": json.dumps(rec, ensure_ascii=False) + "\r\n" + json.dumps({"id": "y", "text": "Fine."}) + "\n"})
    items = list(read_corpus([root]))
    assert [type(i).__name__ for i in items] == ["Article", "Article"]


def test_a_folders_documentation_is_passed_over_unless_named(corpus):
    root = corpus({
        "README.md": "# Corpus\n\nArticles scraped in 2024 from three outlets.\n",
        "LICENSE": "Free to use for research.\n",
        "wire/a.txt": "Talks resumed\n\nEnvoys met in Cairo on Monday.\n",
    })
    ids = [a.id for a in read_corpus([root]) if isinstance(a, Article)]
    assert ids == ["wire/a.txt"]
    named = [a for a in read_corpus([root / "README.md"]) if isinstance(a, Article)]
    assert len(named) == 1 and "three outlets" in named[0].text


def test_video_playlists_and_photo_galleries_are_boilerplate():
    from biaskit import lexicons

    rules = lexicons.load().boilerplate
    paragraphs = [
        "JUST WATCHED Mayor opens the new harbor bridge Replay More Videos ... MUST WATCH Mayor opens the new harbor bridge 02:54",
        "Photos: The harbor bridge opens Hide Caption 1 of 9 Photos: The harbor bridge opens Hide Caption 2 of 9",
        "The mayor said she had just watched the first ferry cross and would replay the film tonight.",
    ]
    kept, dropped = drop_boilerplate(paragraphs, rules)
    assert kept == paragraphs[2:]
    assert [d.rule for d in dropped] == ["media_player", "photo_gallery"]


def test_a_photo_gallery_of_any_length_is_cut_and_the_text_around_it_kept():
    from biaskit import lexicons

    rules = lexicons.load().boilerplate
    slide = ("Photos: The harbor bridge opens The harbor bridge opens – A ferry crosses under the new span at dawn, "
             "watched by a crowd on the pier. Hide Caption {} of 300")
    gallery = " ".join(slide.format(k) for k in range(1, 301))  # over 9,000 words
    paragraphs = ["The mayor opened the bridge on Monday. " + gallery + " The council meets again in June.", gallery,
                  "The mayor's office posted photos of the bridge beside a Hide Caption button, 1 of 3 new features."]
    kept, dropped = drop_boilerplate(paragraphs, rules)
    assert kept == ["The mayor opened the bridge on Monday. The council meets again in June.", paragraphs[2]]
    assert [(d.rule, d.cut, d.text) for d in dropped] == [("photo_gallery", True, gallery)] * 2


def test_an_authors_biography_is_dropped_and_a_source_introduced_is_kept():
    bios = ["Mira Solt is a senior editor of opinion for The Harbor Ledger.",
            "Dale Kessock is a professor of maritime law at Harlow University. He is the author of Tides of Trade.",
            "Dr. Jane Voss is a radiologist and a contributor to The Harbor Ledger.",
            "Tom Reyes is digital politics editor for Harbor TV, and his column appears Monday to Friday.",
            "Mira Solt is senior editor of opinion for The Harbor Ledger and author of \u201cFerries and Their Keepers\u201d"
            " (Dunmore Press, 2012).",
            'Dale Kessock is a professor at Harlow University and the author of "Can the Port Survive?" The views'
            ' expressed are his own.', "\u2022 Dale Kessock is editor emeritus of The Harbor Ledger."]
    sentences = ["Dale Kessock is a professor at Harlow University, and he says the ferry will close.",
                 "Mira Solt is a fellow at the Harbor Institute. \u201cThe fares are too high,\u201d she wrote.",
                 "Jane Voss is a columnist at the Ledger. \u201cFerries are public goods\u201d is her motto.",
                 "Tom Reyes is the author of \u201cTides,\u201d and he argued on Monday that the fares must fall.",
                 "The mayor is the author of the new harbor plan.",
                 "Jane Voss was a reporter before she ran for the council."]
    assert assert_built_in_rules_drop(bios, sentences) == ["author_bio"] * len(bios)


def test_json_nested_too_deeply_is_a_problem_not_a_crash(corpus):
    deep = "[" * 5000 + "]" * 5000
    root = corpus({
        "deep.json": deep,
        "feed.jsonl": json.dumps({"text": "First record read."}) + "\n" + '{"text": ' + deep + "}\n"
                      + json.dumps({"text": "Third record read."}),
        "good.txt": "Still read.",
    })
    arts, problems = read(root)
    assert [a.id for a in arts] == ["feed.jsonl#1", "feed.jsonl#3", "good.txt"]
    assert [str(p) for p in problems] == [
        "deep.json:1: invalid JSON: arrays or objects nested 5000 deep, too deep to read (column 5000)",
        "feed.jsonl:2: invalid JSON: arrays or objects nested 5001 deep, too deep to read (column 5009)",
    ]


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="no named pipes here")
def test_pipes_and_devices_are_not_read(corpus, tmp_path):
    import os

    root = corpus({"good.txt": "Still read."})
    os.mkfifo(root / "pipe.txt")  # reading it would wait for a writer forever
    links = os.path.exists("/dev/zero")
    if links:
        os.symlink("/dev/zero", root / "zero.txt")  # reading it would never end
    arts, problems = read(root)
    assert [a.id for a in arts] == ["good.txt"]
    why = "not a regular file (a pipe, device or socket); not read"
    assert [str(p) for p in problems] == [f"pipe.txt: {why}"] + ([f"zero.txt: {why}"] if links else [])


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="no named pipes here")
def test_pipes_are_not_read_when_files_are_hashed_for_the_cache(corpus, tmp_path):
    import os

    from biaskit.pipeline import run_baseline

    root = corpus({"good.txt": "Vote\n\nEgypt praised the deal.\n"})
    os.mkfifo(root / "pipe.txt")
    result = run_baseline([root], tmp_path / "baseline.json")
    assert [str(p) for p in result.problems] == ["pipe.txt: not a regular file (a pipe, device or socket); not read"]


def test_jsonl_streamed_line_by_line_reads_as_the_whole_file_does(corpus):
    import hashlib

    from biaskit.ingest import _read_file, file_digest

    lines = [
        json.dumps({"id": "a", "title": "First", "text": "Body one.\n\nBody two.", "outlet": "Wire A"}),
        "",
        "{broken",
        json.dumps({"id": "b", "text": "Line\u2028separator inside a string.", "date": "2023-02-30"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "c", "text": "Caf\u00e9 and na\u00efve, \u201cquoted\u201d.", "outlet": "Wire B"}, ensure_ascii=False),
    ]
    raw = b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8") + b"\r\n"
    root = corpus({"feed.jsonl": raw})
    path = root / "feed.jsonl"
    streamed = list(_read_file(path, "feed.jsonl", None, RULES))
    whole = list(_read_file(path, "feed.jsonl", None, RULES, data=path.read_bytes()))
    assert [item for _, item in streamed] == [item for _, item in whole]
    assert [a.id for _, a in streamed if isinstance(a, Article)] == ["feed.jsonl#a", "feed.jsonl#b", "feed.jsonl#c"]
    shares = [f for f, _ in streamed]
    assert shares == sorted(shares) and shares[-1] == 1.0  # progress by bytes read
    assert file_digest(path) == hashlib.sha256(raw).hexdigest()


def test_jsonl_streamed_edge_files(corpus):
    root = corpus({
        "blank.jsonl": "\n  \n\n",
        "nul.jsonl": b'{"text": "a"}\n\x00\x00',
        "utf16.jsonl": ('{"id": "u", "text": "Wide text."}\n').encode("utf-16"),  # (with its BOM: read whole)
        "latin.jsonl": b'{"id": "l", "text": "Caf\xe9 opened."}\n',
    })
    arts, problems = read(root)
    assert [(a.id, a.paragraphs[0].text) for a in arts] == [("latin.jsonl#l", "Café opened."), ("utf16.jsonl#u", "Wide text.")]
    assert [str(p) for p in problems] == ["blank.jsonl: empty file", "nul.jsonl: binary file (contains NUL bytes); not an article"]


def test_csv_streamed_line_by_line_reads_as_the_whole_file_does(corpus):
    from biaskit.ingest import _read_file, hashed_bytes

    raw = ("\ufeffid,title,text,outlet\r\n"
           '"a","First","Body one.\r\n\r\nBody two, after a blank line inside the field.","Wire A"\r\n'
           "\r\n"
           '"b","Second","Only two fields"\r\n'
           '"c","Third","Caf\u00e9 and na\u00efve, \u201cquoted\u201d; a ""doubled"" quote.","Wire B"\r\n'
           '"d","Fourth","Ends without a line end.","Wire A"').encode("utf-8")
    root = corpus({"feed.csv": raw})
    path = root / "feed.csv"
    streamed = list(_read_file(path, "feed.csv", None, RULES))
    whole = list(_read_file(path, "feed.csv", None, RULES, data=path.read_bytes()))
    assert [item for _, item in streamed] == [item for _, item in whole]
    arts = [a for _, a in streamed if isinstance(a, Article)]
    assert [a.id for a in arts] == ["feed.csv#a", "feed.csv#c", "feed.csv#d"]
    assert [p.text for p in arts[0].paragraphs if p.kind != "title"] == [
        "Body one.", "Body two, after a blank line inside the field."]
    assert [str(p) for _, p in streamed if isinstance(p, Problem)] == [
        "feed.csv:6: malformed CSV record: 3 fields where the header has 4"]
    shares = [f for f, _ in streamed]
    assert shares == sorted(shares) and shares[-1] == 1.0  # progress by bytes read
    assert hashed_bytes(path)[1] is None  # with the cache on it is hashed in chunks, then streamed


def test_csv_streamed_edge_files(corpus):
    root = corpus({
        "blank.csv": "\n  \r\n\n",
        "mac.csv": b"text,outlet\r\"Old Mac line ends.\",Wire\r",
        "late.csv": b"\n\ntext;outlet\nLate header.;Wire\nbroken;row;here\n",
        "latin.tsv": b"id\ttext\nl\tCaf\xe9 opened.\n",
        "utf16.csv": "id,text\nu,Wide text.\n".encode("utf-16"),  # (with its BOM: read whole)
    })
    arts, problems = read(root)
    assert [(a.id, a.paragraphs[0].text) for a in arts] == [
        ("late.csv#4", "Late header."), ("latin.tsv#l", "Café opened."), ("mac.csv#2", "Old Mac line ends."),
        ("utf16.csv#u", "Wide text.")]
    assert [str(p) for p in problems] == ["blank.csv: empty file",
                                          "late.csv:5: malformed CSV record: 3 fields where the header has 2"]


LONG_TEXT = " ".join(["The council met and approved the plan after a long debate."] * 30)


def assert_read_in_little_memory(root, name: str, articles: int) -> None:
    """Reading the file ``name`` under ``root`` (of megabytes) gives ``articles`` articles and
    never takes a quarter of the file's size in memory."""
    import tracemalloc

    size = (root / name).stat().st_size
    assert size > 5_000_000
    tracemalloc.start()
    try:
        count = sum(isinstance(item, Article) for item in read_corpus([root], RULES))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == articles
    assert peak < size / 4, f"peak {peak} bytes while reading a {size}-byte file"


def test_a_large_csv_is_never_held_whole(corpus):
    row = '"{i}","Outlet {k}","Day {i}. ' + LONG_TEXT + '"\n'
    root = corpus({"big.csv": "id,outlet,text\n" + "".join(row.format(i=i, k=i % 7) for i in range(3_000))})
    assert_read_in_little_memory(root, "big.csv", 3_000)


# JSON files read whole (None), or a few bytes (characters) at a time: seams between chunks
# fall inside names, strings, numbers and multi-byte characters.
CHUNKS = [None, 1, 2, 3, 5, 7]


def read_in_chunks(monkeypatch, chunk: int | None) -> None:
    import biaskit.ingest as ingest

    if chunk:
        monkeypatch.setattr(ingest, "_CHUNK", chunk)


JSON_FILES = {
    "list.json": json.dumps([
        {"id": "a", "title": "First", "text": "Caf\u00e9 and na\u00efve, \u201cquoted\u201d.", "outlet": "Wire A"},
        ["not", "an", "object"],
        12345678901234567890,
        {"id": "b", "text": "Second body.", "extra": {"deep": [[[1.5e3]]]}},
        1.2345678e-16,
    ], ensure_ascii=False, indent=1),
    "articles.json": json.dumps({"articles": [{"id": "c", "text": "Third body."}, {"text": "Fourth body."}],
                                 "status": "ok", "totalResults": 2}),
    "status_first.json": json.dumps({"status": "ok", "articles": [{"id": "d", "text": "Fifth body."}]}),
    "one.json": '\n\n  {"id": "e", "text": "Sixth body."}\n',
    # a key given twice: both lists are read, the second numbered after the first
    "twice.json": '{"articles": [{"id": "f", "text": "Seventh body."}], "page": 1,'
                  ' "articles": [7, {"id": "g", "text": "Eighth body."}]}',
    "empty_list.json": "[ ]",
    "blank.json": " \n\t\n",
}


@pytest.mark.parametrize("chunk", CHUNKS)
def test_json_files_are_read_a_record_at_a_time_as_whole(corpus, monkeypatch, chunk):
    from biaskit.ingest import _read_file

    read_in_chunks(monkeypatch, chunk)
    root = corpus(JSON_FILES)
    for name in JSON_FILES:
        path = root / name
        streamed = list(_read_file(path, name, None, RULES))
        whole = list(_read_file(path, name, None, RULES, data=path.read_bytes()))
        assert [item for _, item in streamed] == [item for _, item in whole], name
    arts, problems = read(root)
    assert [(a.id, a.paragraphs[-1].text) for a in arts] == [
        ("articles.json#c", "Third body."), ("articles.json", "Fourth body."), ("list.json#a", "Café and naïve, “quoted”."),
        ("list.json#b", "Second body."), ("one.json#e", "Sixth body."), ("status_first.json#d", "Fifth body."),
        ("twice.json#f", "Seventh body."), ("twice.json#g", "Eighth body.")]
    assert [str(p) for p in problems] == [
        "blank.json: empty file", "list.json: record 2 is a JSON list, not an object",
        "list.json: record 3 is a JSON int, not an object", "list.json: record 5 is a JSON float, not an object",
        "twice.json: record 2 is a JSON int, not an object"]


BROKEN_JSON = [
    '[{"text": "A."},\n {"text": "B."}\n {"text": "C."}]',
    '[{"text": "A."},\n {"text": "B."},\n {"text": "C" "x"}]',
    '[{"text": "A."},\n {"text": "B."}] trailing words',
    '[{"text": "A."},\n {"text": "B."},\n {"text": "C.',
    '[{"text": "A."},\n {"text": "B."},\n',
    '[{"text": "A."},\n {"text": "B."}',
    '{"articles": [{"text": "A."},\n {"text": "B."}], "n": 1 2}',
    '{"articles": [{"text": "A."},\n {"text": "B."}], "n": 1, 7: 2}',
    '{"articles": [{"text": "A."},\n {"text": "B."}], "n" 1}',
    '{"articles": [{"text": "A."},\n {"text": "B."}]} {}',
]


@pytest.mark.parametrize("text", BROKEN_JSON)
@pytest.mark.parametrize("chunk", CHUNKS)
def test_broken_json_keeps_the_records_before_the_error_and_places_it_as_json_does(corpus, monkeypatch, text, chunk):
    read_in_chunks(monkeypatch, chunk)
    with pytest.raises(json.JSONDecodeError) as err:
        json.loads(text)
    root = corpus({"feed.json": text})
    arts, problems = read(root)
    assert [a.paragraphs[0].text for a in arts] == ["A.", "B."]
    assert [str(p) for p in problems] == [
        f"feed.json:{err.value.lineno}: invalid JSON: {err.value.msg} (column {err.value.colno})"]


@pytest.mark.parametrize("chunk", CHUNKS)
def test_json_streamed_edge_files(corpus, monkeypatch, chunk):
    read_in_chunks(monkeypatch, chunk)
    deep = "[" * 3000 + "]" * 3000
    root = corpus({
        "latin.json": b'[{"id": "l", "text": "Caf\xe9 opened."}]',
        "utf16.json": '[{"id": "u", "text": "Wide text."}]'.encode("utf-16"),
        "deep.json": '[{"text": "Kept."}, ' + deep + "]",
        "nul.json": b'[{"text": "a"}]\x00',
    })
    arts, problems = read(root)
    assert [(a.id, a.paragraphs[0].text) for a in arts] == [
        ("deep.json", "Kept."), ("latin.json#l", "Café opened."), ("utf16.json#u", "Wide text.")]
    assert [str(p) for p in problems] == [
        "deep.json:1: invalid JSON: arrays or objects nested 3001 deep, too deep to read (column 3020)",
        "nul.json: binary file (contains NUL bytes); not an article"]


@pytest.mark.parametrize("shape", ["list", "articles", "status_first"])
def test_a_large_json_file_is_never_held_whole(corpus, monkeypatch, shape):
    import biaskit.ingest as ingest

    monkeypatch.setattr(ingest, "_CHUNK", 1 << 16)  # (a file many chunks long, that a test reads quickly)
    records = [{"id": str(i), "outlet": f"Outlet {i % 7}", "text": f"Day {i}. {LONG_TEXT}"} for i in range(3_000)]
    doc = records if shape == "list" else {"articles": records, "status": "ok"} if shape == "articles" \
        else {"status": "ok", "totalResults": len(records), "articles": records}  # (as news APIs write them)
    root = corpus({"big.json": json.dumps(doc)})
    del records
    assert_read_in_little_memory(root, "big.json", 3_000)


@pytest.mark.parametrize("chunk", CHUNKS)
def test_numbers_of_thousands_of_digits_do_not_end_the_run(corpus, monkeypatch, chunk):
    read_in_chunks(monkeypatch, chunk)
    digits = "9" * 5000
    root = corpus({
        "list.json": f'[{{"id": "a", "text": "First.", "views": {digits}}}, -{digits}]',
        "one.json": f'{{"id": "b", "text": "Second.", "views": {digits}}}',
        "feed.jsonl": f'{{"id": "c", "text": "Third.", "views": {digits}}}\n',
    })
    arts, problems = read(root)
    assert [(a.id, a.paragraphs[0].text) for a in arts] == [
        ("feed.jsonl#c", "Third."), ("list.json#a", "First."), ("one.json#b", "Second.")]
    assert [str(p) for p in problems] == ["list.json: record 2 is a JSON float, not an object"]


def test_markdown_that_opens_and_never_closes_is_kept_as_text(corpus):
    from biaskit.ingest import _clean_markdown

    opened = {
        "brackets": "Biden said this. " + "[" * 50_000,
        "ticks": "Biden said this. " + "`x " * 20_000,
        "links": "Biden said this. " + "[a](" * 20_000,
        "images": "Biden said this. " + "![a](" * 20_000,
    }
    for name, text in opened.items():
        assert _clean_markdown(text) == ([text.strip()], ""), name
    paras, heading = _clean_markdown("# Head\n\nSome **bold** and _it_ with a [link](http://x.org/a \"t\") and "
                                     "![pic](p.png) and `code`.\n\n**" + "long bold " * 150 + "end**")
    assert heading == "Head"
    assert paras == ["Some bold and it with a link and  and code.", "**" + "long bold " * 150 + "end**"]


def test_mojibake_is_repaired_and_clean_text_left_as_it_is(corpus):
    mangled = "Ã¢â‚¬ËœNo. 1 priorityÃ¢â‚¬â„¢: the harbor boardÃ¢â‚¬â„¢s plan"  # UTF-8 read as Windows-1252, twice
    root = corpus({"feed.jsonl": "\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "a", "title": mangled, "text": "The boardâ€™s chair, JosÃ© Ruiz, spoke.", "outlet": "CafÃ© Post"},
        {"id": "b", "title": "Café — naïve “quoted” São Paulo", "text": "Ça va: 25 °C, ¿qué?", "outlet": "Ça Va"},
    ])})
    arts, problems = read(root)
    assert not problems
    fixed, clean = arts
    assert fixed.title == "‘No. 1 priority’: the harbor board’s plan"
    assert fixed.paragraphs[-1].text == "The board’s chair, José Ruiz, spoke." and fixed.outlet == "Café Post"
    assert (clean.title, clean.paragraphs[-1].text, clean.outlet) == ("Café — naïve “quoted” São Paulo", "Ça va: 25 °C, ¿qué?", "Ça Va")
