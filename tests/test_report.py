import csv
import html
import json
import re
import shutil

import pytest

from biaskit import charts
from biaskit.errors import EmptyCorpusError
from biaskit.pipeline import run_report
from biaskit.report import SCORE_COLUMNS, ScoresWriter, highlight, summary_json
from biaskit.types import Actor, ActorParagraph, ArticleResult, Mention, Sentence

# ---------------------------------------------------------------------------------------------
# highlight

MARK_TAG = re.compile(r'<mark class="[a-z]+">|</mark>')


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        ("Ana met Bo.", [], "Ana met Bo."),
        ("Ana met Bo.", [(0, 3, "mention")], '<mark class="mention">Ana</mark> met Bo.'),
        # given out of order: marked in text order
        ("Ana met Bo.", [(8, 10, "mention"), (0, 3, "frames")],
         '<mark class="frames">Ana</mark> met <mark class="mention">Bo</mark>.'),
        # overlapping: the first span wins, the second is left unmarked
        ("Ana met Bo.", [(0, 7, "mention"), (4, 10, "frames")], '<mark class="mention">Ana met</mark> Bo.'),
        # same start: the longest wins, the nested one is dropped
        ("Ana met Bo.", [(0, 3, "frames"), (0, 7, "mention")], '<mark class="mention">Ana met</mark> Bo.'),
        # the same words marked twice: the actor wins, whatever the order the marks come in
        ("Ana met Bo.", [(0, 3, "frames"), (0, 3, "mention")], '<mark class="mention">Ana</mark> met Bo.'),
        ("Ana met Bo.", [(0, 3, "mention"), (0, 3, "frames")], '<mark class="mention">Ana</mark> met Bo.'),
        ("Ana met Bo.", [(4, 7, "frames"), (4, 7, "labels")], 'Ana <mark class="labels">met</mark> Bo.'),
        # touching spans are both kept
        ("Ana met Bo.", [(0, 3, "mention"), (3, 7, "attribution")],
         '<mark class="mention">Ana</mark><mark class="attribution"> met</mark> Bo.'),
        # empty span ignored
        ("Ana met Bo.", [(4, 4, "mention")], "Ana met Bo."),
        ('Tom & "Jo" <i>', [(0, 3, "mention")], '<mark class="mention">Tom</mark> &amp; &#34;Jo&#34; &lt;i&gt;'),
        ("Jo said <b>x</b>", [(8, 11, "frames")], 'Jo said <mark class="frames">&lt;b&gt;</mark>x&lt;/b&gt;'),
    ],
)
def test_highlight(text, spans, expected):
    assert str(highlight(text, spans)) == expected


PAYLOAD = 'Ana said <script>alert(1)</script> and <img src=x onerror=alert(1)> twice.'


@pytest.mark.parametrize(
    "spans",
    [
        [],
        [(0, 3, "mention")],
        [(9, 17, "frames"), (4, 8, "attribution")],  # a mark exactly over "<script>"
        [(10, 30, "mention"), (12, 50, "frames"), (39, 43, "attribution")],  # overlapping, inside the tags
        [(0, len(PAYLOAD), "mention"), (9, 17, "frames")],  # nested in a span over the whole sentence
    ],
)
def test_highlight_escapes_html(spans):
    out = str(highlight(PAYLOAD, spans))
    assert "<script" not in out.lower() and "<img" not in out.lower()
    bare = MARK_TAG.sub("", out)
    assert "<" not in bare and ">" not in bare  # the only tags are our marks
    assert out.count("<mark ") == out.count("</mark>")
    assert html.unescape(bare) == PAYLOAD  # all text is there, once, in order


def test_highlight_escapes_the_kind():
    out = str(highlight("Ana met Bo.", [(0, 3, 'mention" onclick="alert(1)')]))
    assert 'onclick="' not in out
    assert out.startswith('<mark class="mention&#34; onclick=&#34;alert(1)">Ana</mark>')


# ---------------------------------------------------------------------------------------------
# ScoresWriter


def scored_result(title="=HYPERLINK(\"http://evil.example\")", outlet="@harbor", sentiment=-0.5):
    sentences = (
        Sentence(0, 0, 0, 22, title, compound=0.0),
        Sentence(1, 1, 24, 50, "Mara Vell warned the docks.", compound=sentiment),
    )
    mention = Mention("mara-vell", 1, 1, 24, 33, "-Mara Vell", "name")
    rec = ActorParagraph(
        article="harbor/one.txt", outlet=outlet, paragraph=1, actor="mara-vell", mentions=(mention,),
        sentences=(1,), sentiment=sentiment, paragraph_sentiment=sentiment, words=5,
        frames=(("economic", 20.0),), speaks=True, attribution=("warned",),
    )
    return ArticleResult(
        id="harbor/one.txt", outlet=outlet, title=title, source="harbor/one.txt", date="2024-05-01", url=None,
        sentences=sentences, paragraph_sentiment=(0.0, sentiment), records=(rec,),
        actors=(Actor("mara-vell", "+Mara Vell", "person"),),
    )


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def test_scores_writer_header_rows_and_formula_guard(tmp_path):
    path = tmp_path / "out" / "scores.csv"
    w = ScoresWriter(path, ("economic", "diplomacy"), {})
    w.add(scored_result())
    w.commit()
    assert w.rows == 1
    header, row = read_csv(path)
    assert header == list(SCORE_COLUMNS) + ["frame_economic", "frame_diplomacy"]
    cell = dict(zip(header, row))
    # text cells that a spreadsheet would run as formulas get a leading apostrophe
    assert cell["title"] == "'=HYPERLINK(\"http://evil.example\")"
    assert cell["outlet"] == "'@harbor"
    assert cell["actor_name"] == "'+Mara Vell"
    assert cell["surfaces"] == "'-Mara Vell"
    # numbers stay numbers, even negative ones
    assert cell["sentiment"] == "-0.5000"
    assert cell["paragraph_sentiment"] == "-0.5000"
    assert float(cell["sentiment"]) == -0.5
    # the rest as written
    assert (cell["article"], cell["date"], cell["paragraph"], cell["part"]) == ("harbor/one.txt", "2024-05-01", "1", "body")
    assert (cell["actor"], cell["actor_kind"], cell["mentions"], cell["resolutions"]) == ("mara-vell", "person", "1", "name")
    assert (cell["sentences"], cell["words"], cell["speaks"], cell["attribution"]) == ("1", "5", "1", "warned")
    assert (cell["frame_economic"], cell["frame_diplomacy"]) == ("20.0000", "0.0000")
    assert [p.name for p in path.parent.iterdir()] == ["scores.csv"]


def test_scores_writer_plain_text_untouched(tmp_path):
    path = tmp_path / "scores.csv"
    w = ScoresWriter(path, (), {})
    w.add(scored_result(title="Quiet week at the harbor", outlet="Harbor Post", sentiment=0.25))
    w.commit()
    cell = dict(zip(*read_csv(path)))
    assert (cell["title"], cell["outlet"], cell["sentiment"]) == ("Quiet week at the harbor", "Harbor Post", "0.2500")


def test_scores_writer_abort_leaves_nothing(tmp_path):
    path = tmp_path / "scores.csv"
    w = ScoresWriter(path, ("economic",), {})
    w.add(scored_result())
    w.abort()
    assert list(tmp_path.iterdir()) == []


def test_scores_writer_abort_keeps_previous_file(tmp_path):
    path = tmp_path / "scores.csv"
    path.write_text("previous\n", encoding="utf-8")
    w = ScoresWriter(path, ("economic",), {})
    w.add(scored_result())
    w.abort()
    assert path.read_text(encoding="utf-8") == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["scores.csv"]


# ---------------------------------------------------------------------------------------------
# summary_json


def test_summary_json_is_stable():
    a = {"zeta": 1, "alpha": {"y": [3, {"b": 2, "a": 1}], "x": None}, "name": "Ελλάδα"}
    b = {"name": "Ελλάδα", "alpha": {"x": None, "y": [3, {"a": 1, "b": 2}]}, "zeta": 1}
    text = summary_json(a)
    assert text == summary_json(b)
    assert text.encode("utf-8") == summary_json(b).encode("utf-8")
    assert json.loads(text) == a
    assert text.endswith("}\n")
    assert text.index('"alpha"') < text.index('"name"') < text.index('"zeta"')
    assert text.index('"a"') < text.index('"b"')
    assert "Ελλάδα" in text  # not \\u-escaped
    assert "\n  " in text  # indented


# ---------------------------------------------------------------------------------------------
# end to end

ARTICLES = {
    "<b>bold-news/one.txt": (
        'Title: Harbor talks stall <script>alert("x")</script>\n\n'
        "Egyptian officials said the harbor talks in Cairo were going well.\n\n"
        "Egypt warned that the aid convoy was delayed by a terrible storm "
        "<img src=x onerror=alert(1)>.\n"
    ),
    "plain-post/two.txt": (
        "Quiet week at the library\n\n"
        "The United Nations praised Egypt for a generous and peaceful plan.\n\n"
        "Jordan told reporters the plan was a disaster.\n"
    ),
    "plain-post/three.txt": (
        "Egypt and Jordan agreed to reopen the border crossing on Monday.\n\n"
        "Critics said the deal was weak and unfair to farmers.\n"
    ),
}
OUTPUTS = ("index.html", "summary.json", "scores.csv")


def write_corpus(root, articles):
    for rel, text in articles.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """One corpus reported twice into the same folder: (corpus root, out, bytes after run 1, run result)."""
    base = tmp_path_factory.mktemp("e2e")
    root = write_corpus(base / "corpus", ARTICLES)
    out = base / "out"
    first = run_report([root], out)
    before = {name: (out / name).read_bytes() for name in OUTPUTS}
    second = run_report([root], out)
    return root, out, before, first, second


def test_report_files(report):
    root, out, before, first, second = report
    assert first.articles == 3
    for name in OUTPUTS + ("actor_sentiment.png", "actor_frames.png", "outlet_sentiment.png"):
        assert (out / name).is_file(), name
    assert sorted(p.name for p in (out / "articles").iterdir()) == [
        "article_0001.html", "article_0001.png", "article_0002.html", "article_0002.png",
        "article_0003.html", "article_0003.png"]
    assert [p.name for p in out.rglob("*.tmp")] == []
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert {o["name"] for o in summary["outlets"]} == {"<b>bold-news", "plain-post"}
    assert {a["id"] for a in summary["actors"]} >= {"egypt", "jordan"}


def test_report_html_has_no_active_content(report):
    import base64
    import hashlib

    from biaskit.report import SORT_SCRIPT

    _, out, *_ = report
    pages = {p.relative_to(out).as_posix(): p.read_text(encoding="utf-8") for p in sorted(out.rglob("*.html"))}
    assert set(pages) >= {"index.html", "actors.html", "outlets.html", "articles.html", "articles/article_0001.html"}
    allowed = "'sha256-" + base64.b64encode(hashlib.sha256(SORT_SCRIPT.encode()).digest()).decode() + "'"
    for name, page in pages.items():
        # the one script is biaskit's table sorter, allowed by its hash; nothing else may run
        scripts = re.findall(r"<script[^>]*>(.*?)</script>", page, flags=re.S | re.I)
        assert scripts == [SORT_SCRIPT], name
        assert page.lower().count("<script") == 1, name
        csp = re.findall(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', page)
        assert len(csp) == 1 and "default-src 'none'" in csp[0] and f"script-src {allowed}" in csp[0], name
        assert "<img src=x" not in page and "<b>bold-news" not in page, name
        assert not re.search(r"https?://", page), name
        assert "javascript:" not in page.lower(), name
        srcs = re.findall(r"""<img\b[^>]*\bsrc=["']?([^"' >]*)""", page)
        assert all(s.startswith("data:image/png;base64,") for s in srcs), name
        for href in re.findall(r'href="([^"]*)"', page):  # links stay inside the report
            assert href.startswith("#") or re.fullmatch(r"(\.\./)?[\w/.-]+\.html(#[\w-]+)?", href), (name, href)
    titles = pages["articles.html"] + "".join(v for k, v in pages.items() if k.startswith("articles/"))
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in titles  # the title, escaped
    assert "&lt;img src=x onerror=alert(1)&gt;" in pages["actors.html"]  # the evidence sentence, escaped
    assert "&lt;b&gt;bold-news" in pages["outlets.html"]  # the outlet folder name
    assert len(re.findall(r"<img\b", pages["index.html"])) == 2  # the two summary charts


def test_report_scores_csv_guards_nothing_needlessly(report):
    _, out, *_ = report
    header, *rows = read_csv(out / "scores.csv")
    cells = [dict(zip(header, r)) for r in rows]
    assert {c["outlet"] for c in cells} == {"<b>bold-news", "plain-post"}
    assert all(re.fullmatch(r"-?\d+\.\d{4}", c["sentiment"]) for c in cells)
    assert any(c["sentiment"].startswith("-") for c in cells)  # "delayed by a terrible storm"


def test_report_is_byte_identical_when_run_twice(report):
    _, out, before, first, second = report
    for name in OUTPUTS:
        assert (out / name).read_bytes() == before[name], name
    assert first.summary == second.summary


def test_failed_run_keeps_previous_report(report, tmp_path):
    _, out, *_ = report
    previous = tmp_path / "out"
    shutil.copytree(out, previous)
    saved = {name: (previous / name).read_bytes() for name in OUTPUTS}
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02 not text \x00")
    (bad / "empty.txt").write_bytes(b"")
    with pytest.raises(EmptyCorpusError) as info:
        run_report([bad], previous)
    assert str(info.value) == f"no articles found in {bad} (2 files or records could not be read)"
    assert {p.path for p in info.value.problems} == {"binary.txt", "empty.txt"}
    for name in OUTPUTS:
        assert (previous / name).read_bytes() == saved[name], name
    assert [p.name for p in previous.rglob("*.tmp")] == []


def test_run_failing_while_drawing_keeps_previous_report(report, tmp_path, monkeypatch):
    _, out, *_ = report
    previous = tmp_path / "out"
    shutil.copytree(out, previous)
    saved = {name: (previous / name).read_bytes() for name in OUTPUTS}
    other = write_corpus(tmp_path / "other", {"harbor-post/a.txt": "Jordan praised the new harbor plan.\n"})

    def broken_chart(*args, **kwargs):
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr(charts, "sentiment_intervals", broken_chart)
    with pytest.raises(RuntimeError, match="renderer crashed"):
        run_report([other], previous)
    assert [p.name for p in previous.rglob("*.tmp")] == []
    for name in OUTPUTS:
        assert (previous / name).read_bytes() == saved[name], name


def test_summary_json_is_sorted_one_entry_per_line_and_reads_back():
    summary = {
        "outlets": {"Wire B": {"sentiment": -0.25, "frames": {"legal": 1.0, "economic": 0.5}}, "Wire A": {"sentiment": 0.1}},
        "actors": [{"id": "x", "name": "Ünal \"Q\" Ostrowe"}, {"id": "y", "name": "</script>"}],
        "corpus": {}, "problems": [], "format_version": 3,
    }
    text = summary_json(summary)
    assert json.loads(text) == summary
    lines = text.splitlines()
    assert lines[0] == "{" and lines[-1] == "}"
    assert [ln.split('"')[1] for ln in lines if ln.startswith('  "')] == ["actors", "corpus", "format_version", "outlets", "problems"]
    assert '    "Wire A": {"sentiment": 0.1},' in lines  # one outlet per line, in key order
    assert '    "Wire B": {"frames": {"economic": 0.5, "legal": 1.0}, "sentiment": -0.25}' in lines
    assert '    {"id": "x", "name": "Ünal \\"Q\\" Ostrowe"},' in lines  # list entries keep their order
    assert summary_json(json.loads(text)) == text


def test_report_bytes_do_not_depend_on_the_process(corpus, tmp_path):
    """Runs in fresh interpreters (each with its own string hashing) write the same bytes,
    article pages included, also where an actor's name is a frame term as well."""
    import os
    import subprocess
    import sys

    root = corpus({"wire/a.txt": "Budget fight\n\nThe Pentagon said NATO and the IMF agreed. The FBI and the CIA "
                                 "disagreed, and the Pentagon said so again.\n"})
    outs = []
    for seed in ("1", "2", "3"):
        out = tmp_path / f"run{seed}"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-m", "biaskit", "report", str(root), "-o", str(out), "-q", "-j", "1",
                        "--no-cache"], check=True, env=env, capture_output=True)
        outs.append(out)
    names = sorted(p.relative_to(outs[0]).as_posix() for p in outs[0].rglob("*") if p.is_file())
    assert "articles/article_0001.html" in names
    page = (outs[0] / "articles/article_0001.html").read_text(encoding="utf-8")
    assert '<mark class="mention">Pentagon</mark>' in page  # the actor's mark wins the tie
    for other in outs[1:]:
        assert sorted(p.relative_to(other).as_posix() for p in other.rglob("*") if p.is_file()) == names
        for name in names:
            assert (other / name).read_bytes() == (outs[0] / name).read_bytes(), name


def test_counts_keep_each_name_with_its_number_and_escape_the_name():
    from biaskit.report import _counts

    assert str(_counts({"partisan_framing": 2, "<b>x": 1})) == (
        '<span class="count">partisan framing&nbsp;2</span>, <span class="count">&lt;b&gt;x&nbsp;1</span>')
    assert str(_counts([("neutral", 3)])) == '<span class="count">neutral&nbsp;3</span>'
    assert str(_counts({})) == ""


def test_article_pages_list_the_quotes_with_their_speakers(tmp_path):
    root = write_corpus(tmp_path / "corpus", {"wire/a.txt": (
        "Harbor talks\n\n"
        "“The crossing must open <b>now</b>,” Antony Blinken said. “Aid cannot wait.”\n\n"
        "Hamas said: “The port will open.\n\n"
        "“Trucks are waiting.”\n\n"
        "Critics called the plan a “bridge to nowhere” on Monday.\n"
    )})
    run_report([root], tmp_path / "out")
    page = (tmp_path / "out" / "articles" / "article_0001.html").read_text(encoding="utf-8")
    table = page[page.index("<h2>Quotes</h2>"):]
    rows = re.findall(r'<tr><td class="num"><a href="#p(\d+)">\d+</a></td><td>([^<]*)</td><td class="num">(\d+)</td>'
                      r'<td class="small">“([^<]*)”</td></tr>', table)
    assert rows == [
        ("1", "Antony Blinken", "5", "The crossing must open &lt;b&gt;now&lt;/b&gt;,"),  # escaped, never markup
        ("1", "Antony Blinken", "3", "Aid cannot wait."),  # goes on in the same voice
        ("2", "Hamas", "7", "The port will open. … Trucks are waiting."),  # one quote over two paragraphs
        ("4", "—", "3", "bridge to nowhere"),
    ]
    # the tone of what each actor is quoted saying: its quoted sentences, in summary.json and the table
    summary = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    tone = {a["id"]: a["voice_tone"] for a in summary["actors"]}
    assert tone["antony-blinken"]["sentences"] == 2 and tone["hamas"]["sentences"] == 2
    cell = f'{tone["antony-blinken"]["sentiment"]:+.3f}<br><span class="small">'
    assert cell in (tmp_path / "out" / "actors.html").read_text(encoding="utf-8")


def test_outlet_chart_names_the_outlets_with_most_articles(tmp_path, monkeypatch):
    from biaskit.report import TOP_OUTLETS, largest_outlets

    assert largest_outlets([{"name": "b", "articles": 2}, {"name": "a", "articles": 2}, {"name": "c", "articles": 5}], 2) \
        == {"c", "a"}
    files = {}
    for k in range(TOP_OUTLETS + 5):
        for j in range(1 + (k % 3)):  # some outlets with more articles than others
            files[f"Outlet {k:02d}/a{j}.txt"] = f"Talks {k} {j}\n\nEgypt praised the deal, officials said on day {j}.\n"
    root = write_corpus(tmp_path / "corpus", files)
    calls = []
    real = charts.sentiment_intervals
    monkeypatch.setattr(charts, "sentiment_intervals", lambda rows, title, *a: calls.append((rows, title)) or real(rows, title, *a))
    run_report([root], tmp_path / "out")
    rows, title = next((rows, title) for rows, title in calls if "by outlet" in title)
    assert len(rows) == TOP_OUTLETS and f"({TOP_OUTLETS} of {TOP_OUTLETS + 5}: those with the most articles)" in title
    summary = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    most = sorted(summary["outlets"], key=lambda o: (-o["articles"], o["name"]))[:TOP_OUTLETS]
    assert {r["name"] for r in rows} == {o["name"] for o in most}
    assert len(summary["outlets"]) == TOP_OUTLETS + 5  # the data keeps them all


def test_a_report_inside_its_corpus_is_never_read_back_as_articles(corpus):
    from biaskit.errors import UsageError

    root = corpus({"wire/a.txt": "Talks\n\nHamas praised the deal.\n", "paper/b.txt": "Strikes\n\nIsrael struck Gaza.\n"})
    first = run_report([root], root / "reports")
    assert (root / "reports" / ".biaskit-report").is_file()
    again = run_report([root], root / "reports")
    assert first.articles == again.articles == 2
    assert sorted(a["id"] for a in again.summary["articles"]) == ["paper/b.txt", "wire/a.txt"]
    with pytest.raises(UsageError, match=f"output folder {re.escape(str(root))} is an input folder"):
        run_report([root], root)
