import struct
import subprocess
import sys
from pathlib import Path

import numpy as np

from biaskit import charts

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
ROOT = Path(__file__).resolve().parent.parent


def png_size(data):
    """(width, height) in pixels from the PNG header."""
    assert data[:8] == PNG_SIGNATURE
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def render_twice(fn, *args):
    first, second = fn(*args), fn(*args)
    assert first[:8] == PNG_SIGNATURE
    assert first == second  # same input, byte-identical output
    return first


def row(name, sentiment, low, high):
    return {"name": name, "sentiment": sentiment, "ci_low": low, "ci_high": high}


EDGE_ROWS = [
    row("Ελληνική Βουλή — 日本語 — Россия", -0.4, -0.6, -0.2),
    row('<script>alert("x")</script><img src=x onerror=alert(1)>', 0.0, 0.0, 0.0),  # zero-width interval
    row("Mara Vell", 0.91, 0.91, 0.91),  # zero width, near the edge of the axis
    row("x" * 200, -1.0, -1.0, -0.95),
]


def test_sentiment_intervals_edge_cases():
    """Non-Latin and HTML names, zero-width intervals and a long title; rendered twice, same bytes."""
    png = render_twice(charts.sentiment_intervals, EDGE_ROWS, "Sentiment toward actors " * 12)
    # 8 x max(2.2, 0.32 * rows + 1.2) inches at 100 dpi
    assert png_size(png) == (800, round(100 * (0.32 * len(EDGE_ROWS) + 1.2)))


def test_sentiment_intervals_one_row_with_label_key():
    rows = [{"outlet": "Harbor Post", "sentiment": 0.2, "ci_low": 0.1, "ci_high": 0.3}]
    png = charts.sentiment_intervals(rows, "By outlet", label_key="outlet")
    assert png_size(png) == (800, 220)  # the minimum height


def test_long_frame_names_go_on_a_second_line_and_are_cut_only_past_it():
    assert charts._two_lines("Economic") == "Economic"
    assert charts._two_lines("Legality, constitutionality and jurisprudence") == \
        "Legality, constitutionality\nand jurisprudence"
    label = charts._two_lines("word " * 30)
    assert label.count("\n") == 1 and label.endswith("…") and max(len(x) for x in label.split("\n")) <= 28


def test_a_headline_too_wide_for_the_article_chart_is_cut_to_fit():
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig = charts._figure(8, 2.6, layout=None)
    ax = fig.add_subplot()
    charts._fitted_title(fig, ax, "WIDE HEADLINE " * 10, 90, fontsize=11)
    title = ax.get_title()
    assert title.endswith("…") and len(title) < 90
    assert ax.title.get_window_extent(FigureCanvasAgg(fig).get_renderer()).width <= 800
    charts._fitted_title(fig, ax, "Short headline", 90, fontsize=11)
    assert ax.get_title() == "Short headline"


def test_frame_heatmap_edge_cases():
    """One row, all zero (no frame terms at all), an HTML label; rendered twice, same bytes."""
    matrix = np.zeros((1, 3))
    png = render_twice(charts.frame_heatmap, matrix, ['<b>bold</b> & "co"'], ["Economic", "Legality", "Diplomacy"],
                       "Frames around each actor")
    assert png_size(png) == (600, 250)  # max(6, 0.45 * 3 + 3) x max(2.5, 0.32 * 1 + 2) inches at 100 dpi


def test_frame_heatmap_non_latin_labels():
    matrix = np.array([[1.5, 0.0], [0.0, 12.25]])
    png = charts.frame_heatmap(matrix, ["Ελληνική Βουλή", "日本語"], ["Économie", "Право"], "Frames")
    assert png_size(png) == (600, 264)


def test_paragraph_sentiment_headline_only_long_non_latin_title():
    png = render_twice(charts.paragraph_sentiment, [0.4], "日本語の見出し <script>alert(1)</script> " * 8, True)
    assert png_size(png) == (800, 260)


def test_paragraph_sentiment_depends_on_data():
    a = charts.paragraph_sentiment([0.5, -0.5], "", False)
    b = charts.paragraph_sentiment([-0.5, 0.5], "", False)
    assert a[:8] == b[:8] == PNG_SIGNATURE
    assert a != b


def test_importing_charts_does_not_import_matplotlib():
    out = subprocess.run(
        [sys.executable, "-c", "import biaskit.charts, sys; print('matplotlib' in sys.modules)"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    assert out.stdout.strip() == "False"


def test_paragraph_ticks_every_paragraph_or_thinned_in_long_articles():
    assert charts.paragraph_ticks(4, True) == ([0, 1, 2, 3], ["title", "1", "2", "3"])
    assert charts.paragraph_ticks(3, False) == ([0, 1, 2], ["1", "2", "3"])
    pos, labels = charts.paragraph_ticks(61, True)
    assert labels[:3] == ["title", "5", "10"] and labels[-1] == "60" and pos[1] == 5
    pos, labels = charts.paragraph_ticks(60, False)
    assert labels[:3] == ["1", "5", "10"] and pos[:3] == [0, 4, 9]
    assert len(charts.paragraph_ticks(400, False)[0]) <= 21
    png = charts.paragraph_sentiment([0.2, -0.5] * 40, "Long", True)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"


def test_paragraph_ticks_stay_few_in_dumps_of_thousands_of_paragraphs():
    for n in (601, 1000, 1001, 4337, 7501, 40000):
        pos, labels = charts.paragraph_ticks(n, True)
        assert len(pos) <= (31 if n <= 1000 else 16), n
        assert pos == sorted(set(pos)) and pos[0] == 0 and labels[0] == "title" and pos[-1] < n
        steps = {int(b) - int(a) for a, b in zip(labels[1:], labels[2:])}
        assert len(steps) == 1 and steps.pop() in (50, 100, 500, 1000, 3000), n
    assert charts.paragraph_ticks(4337, False)[1][:3] == ["1", "500", "1000"]
    # drawn (as lines, not a bar per paragraph), the same bytes twice, and the data shows
    values = [(-1) ** k * (k % 7) / 7 for k in range(2500)]
    png = render_twice(charts.paragraph_sentiment, values, "A dump", False)
    assert png != charts.paragraph_sentiment([-v for v in values], "A dump", False)


def test_periods_stand_as_far_apart_as_they_are_in_time():
    assert charts.period_positions(["2016-01", "2016-02", "2017-02"]) == {"2016-01": 0, "2016-02": 1, "2017-02": 13}
    assert charts.period_positions(["2020-W52", "2020-W53", "2021-W01", "2021-W05"]) == \
        {"2020-W52": 0, "2020-W53": 1, "2021-W01": 2, "2021-W05": 6}
    # a period of another form goes last, one step on
    assert charts.period_positions(["2016-01", "2016-03", "someday"]) == {"2016-01": 0, "2016-03": 2, "someday": 3}


def test_timeline_names_frames_by_their_labels_and_draws_the_same_bytes():
    outlets = {"Harbor Post": [{"period": "2016-01", "sentiment": 0.2, "paragraphs": 2, "frames": {"legality": 1.5}},
                               {"period": "2017-06", "sentiment": -0.4, "paragraphs": 1, "frames": {"legality": 0.5}}]}
    png = render_twice(charts.timeline, "Mara Vell", outlets, "month", {"legality": "Legality and courts"})
    assert png_size(png) == (1050, 520)  # the legends stand beside the plots



def test_frame_labels_stand_centred_on_their_columns_so_two_lines_do_not_lean_into_the_next(monkeypatch):
    import math

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    drawn = []
    monkeypatch.setattr(charts, "_png", lambda fig: drawn.append(fig) or b"")
    columns = ["Economic", "Legality, constitutionality and jurisprudence", "Policy prescription and evaluation",
               "External regulation and reputation", "Military action"]
    charts.frame_heatmap(np.ones((2, len(columns))), ["Mara Vell", "Harbor Council"], columns, "Frames")
    ax = drawn[0].axes[0]
    renderer = FigureCanvasAgg(drawn[0]).get_renderer()
    along = (math.cos(math.radians(55)), math.sin(math.radians(55)))  # the labels' slant
    labels = ax.get_xticklabels()
    assert [t.get_text().count("\n") for t in labels] == [0, 1, 1, 1, 0]
    for label in labels:
        box = label.get_window_extent(renderer)
        x, y = label.get_transform().transform(label.get_position())  # where the label hangs from its column
        # the label's centre lies on the slanted line through that point: no sideways offset
        offset = ((box.x0 + box.x1) / 2 - x) * along[1] - ((box.y0 + box.y1) / 2 - y) * along[0]
        assert abs(offset) < 1.0, (label.get_text(), offset)


def test_timeline_draws_a_line_for_the_outlets_with_most_paragraphs_only(monkeypatch):
    drawn = []
    monkeypatch.setattr(charts, "_png", lambda fig: drawn.append(fig) or b"")
    outlets = {f"Outlet {k:02d}": [{"period": "2016-01", "sentiment": 0.1, "paragraphs": k + 1, "frames": {}},
                                   {"period": "2016-02", "sentiment": -0.1, "paragraphs": 1, "frames": {}}]
               for k in range(20)}
    charts.timeline("Mara Vell", outlets, "month")
    ax = drawn[0].axes[0]
    names = [line.get_label() for line in ax.get_lines() if not line.get_label().startswith("_")]
    assert names == [f"Outlet {k:02d}" for k in range(20 - charts.TIMELINE_OUTLETS, 20)]
    assert f"({charts.TIMELINE_OUTLETS} of 20, most paragraphs)" in ax.get_title()
    drawn.clear()
    charts.timeline("Mara Vell", dict(list(outlets.items())[:3]), "month")
    assert "of 3" not in drawn[0].axes[0].get_title() and len(drawn[0].axes[0].get_legend().get_texts()) == 3


def test_timeline_lines_look_different_and_an_outlet_keeps_its_look(monkeypatch):
    drawn = []
    monkeypatch.setattr(charts, "_png", lambda fig: drawn.append(fig) or b"")
    outlets = {f"Outlet {k:02d}": [{"period": "2016-01", "sentiment": 0.1, "paragraphs": 2, "frames": {}},
                                   {"period": "2016-03", "sentiment": -0.1, "paragraphs": 1, "frames": {}}]
               for k in range(charts.TIMELINE_OUTLETS)}

    def looks(fig):
        return {line.get_label(): (line.get_color(), line.get_linestyle(), line.get_marker())
                for line in fig.axes[0].get_lines() if not line.get_label().startswith("_")}

    charts.timeline("Mara Vell", outlets, "month", order=sorted(outlets))
    every = looks(drawn[-1])
    assert len(every) == charts.TIMELINE_OUTLETS and len(set(every.values())) == len(every)  # no two alike
    some = {k: outlets[k] for k in ("Outlet 03", "Outlet 11")}
    charts.timeline("Tam Orr", some, "month", order=sorted(outlets))
    assert looks(drawn[-1]) == {k: every[k] for k in some}  # the same outlet, the same line
    charts.timeline("Tam Orr", some, "month")  # without the report's order: still two different lines
    assert len(set(looks(drawn[-1]).values())) == 2
    # more outlets than looks: the drawn ones are told apart by their place on this chart
    styles = charts.line_styles(["a", "b"], [f"o{k}" for k in range(40)] + ["a", "b"])
    assert styles["a"] != styles["b"]
    assert charts.line_styles(["x", "y"], ["y", *[f"o{k}" for k in range(39)], "x"]) == charts.line_styles(["x", "y"])


def test_outlet_map_draws_every_outlet_and_names_the_chosen(monkeypatch):
    drawn = []
    monkeypatch.setattr(charts, "_png", lambda fig: drawn.append(fig) or b"")
    comp = {"explained_variance": 0.4, "loadings": [{"feature": "frame legality", "weight": 0.7}]}
    data = {"components": [comp, comp],
            "outlets": [{"name": f"Outlet {k}", "x": k / 10, "y": -k / 10, "cluster": k % 3} for k in range(60)]}
    charts.outlet_map(data, {"Outlet 3", "Outlet 7"})
    ax = drawn[0].axes[0]
    assert sum(len(c.get_offsets()) for c in ax.collections) == 60
    assert sorted(t.get_text() for t in ax.texts) == ["Outlet 3", "Outlet 7"]
    assert "60 outlets, the 2 with the most articles named" in ax.get_title()
    drawn.clear()
    charts.outlet_map(data)
    assert len(drawn[0].axes[0].texts) == 60 and "named" not in drawn[0].axes[0].get_title()
