"""Charts: matplotlib figures (Figure objects, no pyplot state) rendered to PNG bytes."""

from __future__ import annotations

import io
import warnings
from contextlib import contextmanager
from typing import Any, Container, Iterator, Sequence

from biaskit.sentiment import NEGATIVE_THRESHOLD, POSITIVE_THRESHOLD

_DPI = 100
_POS, _NEG, _NEU = "#1b7837", "#b2182b", "#777777"


def _figure(width: float, height: float, layout: str | None = "constrained") -> Any:
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=_DPI, layout=layout)


@contextmanager
def _quiet() -> Iterator[None]:
    """Warnings off while drawing: missing glyphs in exotic names must not flood the log."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


def _png(fig: Any) -> bytes:
    buf = io.BytesIO()
    with _quiet():
        # No "Software" entry: the bytes then depend on the drawing only.
        fig.savefig(buf, format="png", dpi=_DPI, metadata={"Software": None})
    return buf.getvalue()


def _color(v: float) -> str:
    return _POS if v >= POSITIVE_THRESHOLD else _NEG if v <= NEGATIVE_THRESHOLD else _NEU


def _shorten(s: str, n: int = 40) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def _two_lines(s: str, n: int = 28) -> str:
    """A label on at most two lines of about ``n`` characters ("Legality, constitutionality /
    and jurisprudence"), shortened only past that."""
    import textwrap

    lines = textwrap.wrap(s, n) or [""]
    return lines[0] if len(lines) == 1 else lines[0] + "\n" + _shorten(" ".join(lines[1:]), n)


def sentiment_intervals(rows: Sequence[dict[str, Any]], title: str, label_key: str = "name") -> bytes:
    """Dot-and-whisker chart: mean sentiment of each row with its 95% interval."""
    fig = _figure(8, max(2.2, 0.32 * len(rows) + 1.2))
    ax = fig.add_subplot()
    names = [_shorten(str(r[label_key])) for r in rows][::-1]
    means = [r["sentiment"] for r in rows][::-1]
    lows = [r["sentiment"] - r["ci_low"] for r in rows][::-1]
    highs = [r["ci_high"] - r["sentiment"] for r in rows][::-1]
    y = list(range(len(rows)))
    ax.axvspan(NEGATIVE_THRESHOLD, POSITIVE_THRESHOLD, color="#eeeeee", zorder=0)
    ax.axvline(0, color="#999999", linewidth=0.8)
    for yi, m, lo, hi in zip(y, means, lows, highs):
        ax.errorbar(m, yi, xerr=[[max(lo, 0)], [max(hi, 0)]], fmt="o", color=_color(m), capsize=3)
    ax.set_yticks(y, names)
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel("mean sentiment toward the actor\n(95% bootstrap interval; grey band: neutral)")
    ax.set_title(title)
    return _png(fig)


def frame_heatmap(matrix: Any, rows: Sequence[str], columns: Sequence[str], title: str) -> bytes:
    """Heat map of frame scores (frame terms per 100 words) for each actor."""
    fig = _figure(max(6, 0.45 * len(columns) + 3), max(2.5, 0.32 * len(rows) + 2))
    ax = fig.add_subplot()
    im = ax.imshow(matrix, aspect="auto", cmap="Blues", vmin=0)
    # a label of two lines centred on its column: not leaning into the next one
    ax.set_xticks(range(len(columns)), [_two_lines(c) for c in columns], rotation=55, ha="right", va="center",
                  rotation_mode="anchor", fontsize=8)
    ax.set_yticks(range(len(rows)), [_shorten(r) for r in rows])
    fig.colorbar(im, ax=ax, label="frame terms per 100 words")
    ax.set_title(title)
    return _png(fig)


_TICK_STEPS = (1, 5, 20, 50, 100, 200, 500)
_BARS = 300  # up to this many paragraphs, drawn as bars; more, as one collection of lines


def paragraph_ticks(n: int, has_title: bool) -> tuple[list[int], list[str]]:
    """Tick positions and labels for n paragraph bars: every paragraph, or in long articles the
    first bar and every 5th (20th, 50th, ...) paragraph, so the labels never overlap."""
    labels = 30 if n <= 1000 else 15  # as many as fit along the chart's width: fewer of four digits or more
    step = next((s for s in _TICK_STEPS if n <= s * labels), None)
    if step is None:  # (over 7,500 paragraphs: a round thousand or more)
        step = 1000 * -(-n // (1000 * labels))
    shown = [k for k in range(n) if k == 0 or (k + 1 - has_title) % step == 0]
    return shown, ["title" if has_title and k == 0 else str(k + 1 - has_title) for k in shown]


def paragraph_sentiment(values: Sequence[float], title: str, has_title: bool) -> bytes:
    """Bars of each paragraph's sentiment along an article (the headline first when it has one)."""
    # Fixed margins rather than a layout engine: one of these is drawn per article, and the
    # labels are always the same few short words.
    fig = _figure(8, 2.6, layout=None)
    fig.subplots_adjust(left=0.08, right=0.99, bottom=0.2, top=0.87)
    ax = fig.add_subplot()
    x = list(range(len(values)))
    colors = [_color(v) for v in values]
    if len(values) <= _BARS:
        ax.bar(x, values, color=colors)
    else:  # a bar is then narrower than a pixel: lines look the same, and a patch per paragraph takes seconds
        ax.vlines(x, 0, values, colors=colors, linewidth=max(0.25, 400 / len(values)))
    ax.axhline(0, color="#999999", linewidth=0.8)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xticks(*paragraph_ticks(len(values), has_title), fontsize=9)
    ax.set_xlabel("paragraph")
    ax.set_ylabel("VADER compound")
    _fitted_title(fig, ax, title, 90, fontsize=11)
    return _png(fig)


def _fitted_title(fig: Any, ax: Any, title: str, n: int, fontsize: float) -> None:
    """Set a title of at most ``n`` characters, shortened further until it fits the figure's width
    (a headline of wide letters or CJK characters is cut rather than drawn past the edge)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    text = ax.set_title(_shorten(title, n), fontsize=fontsize)
    renderer = FigureCanvasAgg(fig).get_renderer()
    width = fig.get_figwidth() * fig.dpi * 0.98
    with _quiet():
        while n > 20 and text.get_window_extent(renderer).width > width:
            n -= 4
            text.set_text(_shorten(title, n))


_CLUSTER_COLORS = ("#1f77b4", "#d95f02", "#7570b3", "#1b9e77", "#e7298a")


def _axis_name(k: int, comp: dict[str, Any]) -> str:
    parts = [f"{'+' if l['weight'] >= 0 else '−'} {_shorten(l['feature'], 28)}" for l in comp["loadings"][:2]]
    return f"axis {k + 1} ({comp['explained_variance']:.0%} of variance): {', '.join(parts)}"


def outlet_map(data: dict[str, Any], labelled: Container[str] | None = None) -> bytes:
    """Outlets on the first two principal axes of their profiles, coloured by cluster; every
    outlet a point, named when in ``labelled`` (all when None)."""
    fig = _figure(8, 6)
    ax = fig.add_subplot()
    for k in sorted({o["cluster"] for o in data["outlets"]}):  # one collection of points per cluster
        pts = [o for o in data["outlets"] if o["cluster"] == k]
        ax.scatter([o["x"] for o in pts], [o["y"] for o in pts], color=_CLUSTER_COLORS[k % len(_CLUSTER_COLORS)],
                   s=50 if len(data["outlets"]) <= 100 else 12, zorder=3)
    for o in data["outlets"]:
        if labelled is None or o["name"] in labelled:
            ax.annotate(_shorten(o["name"], 30), (o["x"], o["y"]), textcoords="offset points", xytext=(5, 4), fontsize=8)
    ax.axhline(0, color="#cccccc", linewidth=0.8)
    ax.axvline(0, color="#cccccc", linewidth=0.8)
    comps = data["components"]
    ax.set_xlabel(_axis_name(0, comps[0]), fontsize=8)
    ax.set_ylabel(_axis_name(1, comps[1]), fontsize=8)
    title = "Outlet map: profiles (sentiment toward actors, frames, voices, labels) on two axes; colour: cluster"
    named = sum(labelled is None or o["name"] in labelled for o in data["outlets"])
    if named < len(data["outlets"]):
        title += f"\n{len(data['outlets'])} outlets, the {named} with the most articles named"
    ax.set_title(title)
    ax.title.set_fontsize(9)
    return _png(fig)


def period_positions(periods: Sequence[str]) -> dict[str, int]:
    """Where each period ("2016-04" or "2016-W14") stands on a time axis, in months or weeks from
    the first, so that a gap of a year between two periods shows as one; a period of another
    form goes after the others, one step each."""
    from datetime import date

    def step(p: str) -> int | None:
        try:
            if "-W" in p:
                y, w = p.split("-W")
                return date.fromisocalendar(int(y), int(w), 1).toordinal() // 7
            y, m = p.split("-")
            return int(y) * 12 + int(m) - 1
        except ValueError:
            return None

    known = {p: step(p) for p in periods}
    values = [v for v in known.values() if v is not None]
    first = min(values) if values else 0
    out = {p: v - first for p, v in known.items() if v is not None}
    end = max(out.values(), default=-1)
    for p in sorted(p for p, v in known.items() if v is None):
        end += 1
        out[p] = end
    return out


#: Outlets a timeline draws a line for: those with the most paragraphs about the actor.
TIMELINE_OUTLETS = 12
# A line's look: matplotlib's ten default colours ("tab10"), then again with another dash and marker,
# so up to 40 lines look different (the default cycle repeats its colours after ten).
_LINE_COLORS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
                "#17becf")
_LINE_DASHES = (("-", "o"), ("--", "s"), (":", "^"), ("-.", "D"))


def line_styles(drawn: Sequence[str], order: Sequence[str] | None = None) -> dict[str, tuple[str, str, str]]:
    """Colour, dash and marker for each of the ``drawn`` series, all different. With ``order`` (every
    series of the report, e.g. all outlets), a series keeps the look of its place there, so an
    outlet looks the same on every chart, as long as that leaves the drawn ones distinct."""
    n = len(_LINE_COLORS) * len(_LINE_DASHES)
    rank = {o: i for i, o in enumerate(order or ())}
    keys = [rank.get(o, -1) for o in drawn]
    if min(keys, default=0) < 0 or len({k % n for k in keys}) < len(keys):
        keys = list(range(len(drawn)))
    return {o: (_LINE_COLORS[k % len(_LINE_COLORS)], *_LINE_DASHES[k // len(_LINE_COLORS) % len(_LINE_DASHES)])
            for o, k in zip(drawn, keys)}


def timeline(name: str, outlets: dict[str, list[dict[str, Any]]], unit: str,
             frame_label: dict[str, str] | None = None, order: Sequence[str] | None = None) -> bytes:
    """Sentiment toward one actor per outlet over time (a line for each of the
    ``TIMELINE_OUTLETS`` outlets with the most paragraphs about it), and its frame scores over
    time (all outlets), the periods spaced as far apart as they are in time. ``order``: all the
    report's outlets, so that each keeps its line's look from one timeline to the next."""
    periods = sorted({p["period"] for pts in outlets.values() for p in pts})
    pos = period_positions(periods)
    label = frame_label or {}
    fig = _figure(10.5, 5.2)
    ax, bx = fig.subplots(2, 1, sharex=True)
    drawn = sorted(outlets, key=lambda o: (-sum(p["paragraphs"] for p in outlets[o]), o))[:TIMELINE_OUTLETS]
    styles = line_styles(sorted(drawn), order)
    for outlet in sorted(drawn):
        pts = outlets[outlet]
        color, dash, marker = styles[outlet]
        ax.plot([pos[p["period"]] for p in pts], [p["sentiment"] for p in pts], marker=marker, markersize=3,
                linewidth=1, color=color, linestyle=dash, label=_shorten(outlet, 24))
    ax.axhline(0, color="#999999", linewidth=0.8)
    ax.set_ylim(-1.05, 1.05)
    ax.set_ylabel("sentiment")
    which = "outlet" if len(drawn) == len(outlets) else f"outlet ({len(drawn)} of {len(outlets)}, most paragraphs)"
    ax.set_title(f"{_shorten(name, 60)}: sentiment per {which} and frames, per {unit}")
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0))  # beside the lines, not over them
    totals: dict[str, dict[int, list[float]]] = {}
    for pts in outlets.values():
        for p in pts:
            for f, v in p["frames"].items():
                acc = totals.setdefault(f, {}).setdefault(pos[p["period"]], [0.0, 0.0])
                acc[0] += v * p["paragraphs"]
                acc[1] += p["paragraphs"]
    strongest = sorted(totals, key=lambda f: (-sum(a[0] for a in totals[f].values()), f))[:4]
    for f in strongest:
        xs = sorted(totals[f])
        bx.plot(xs, [totals[f][x][0] / totals[f][x][1] for x in xs], marker=".", linewidth=1,
                label=_shorten(label.get(f, f), 40))
    bx.set_ylabel("frame terms / 100 words")
    if strongest:
        bx.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    gap = max(1.0, max(pos.values(), default=0) / 12)  # at most about 12 labels, evenly spread in time
    shown: list[str] = []
    for p in sorted(periods, key=lambda p: pos[p]):
        if not shown or pos[p] - pos[shown[-1]] >= gap:
            shown.append(p)
    bx.set_xticks([pos[p] for p in shown], shown, rotation=45, ha="right", fontsize=7)
    return _png(fig)
