from biaskit.htmltext import looks_like_html, parse_html


def test_article_scope_wins_over_page():
    doc = parse_html("<body><p>Menu text</p><article><p>Story one.</p><p>Story two.</p></article></body>")
    assert [t for _, t in doc.blocks] == ["Story one.", "Story two."]


def test_main_scope_when_no_article():
    doc = parse_html("<body><div>Sidebar</div><main><p>Main text.</p></main></body>")
    assert [t for _, t in doc.blocks] == ["Main text."]


def test_unclosed_and_nested_tags_do_not_lose_text():
    doc = parse_html("<div><div><p>Deep <b>bold<i> text</div><p>After")
    assert [t for _, t in doc.blocks] == ["Deep bold text", "After"]


def test_script_and_style_text_is_never_kept():
    doc = parse_html("<p>Visible</p><script>alert('x')</script><style>p{}</style><noscript>ns</noscript>")
    assert [t for _, t in doc.blocks] == ["Visible"]


def test_metadata():
    doc = parse_html('<head><meta name="date" content="2024-01-02"><link rel="canonical" href="http://a.example/s">'
                     "<title> Page  Title </title></head><body><p>x</p></body>")
    assert doc.field("date") == "2024-01-02"
    assert doc.canonical == "http://a.example/s"
    assert doc.title_tag == "Page Title"


def test_looks_like_html():
    assert looks_like_html("<p>Hello</p>")
    assert not looks_like_html("Hello <b> is not markup")
