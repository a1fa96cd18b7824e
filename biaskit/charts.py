"""Charts: matplotlib figures (Figure objects, no pyplot state) rendered to PNG bytes."""

from __future__ import annotations

import io
import warnings
from typing import Any, Sequence

from biaskit.sentiment import NEGATIVE_THRESHOLD, POSITIVE_THRESHOLD

_DPI = 100
_POS, _NEG, _NEU = "#1b7837", "#b2182b", "#777777"


def _figure(width: float, height: float) -> Any:
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=_DPI, layout="constrained")


def _png(fig: Any) -> bytes:
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # missing glyphs in exotic names must not flood the log
        # No "Software" entry: the bytes then depend on the drawing only.
        fig.savefig(buf, format="png", dpi=_DPI, metadata={"Software": None})
    return buf.getvalue()


def _color(v: float) -> str:
    return _POS if v >= POSITIVE_THRESHOLD else _NEG if v <= NEGATIVE_THRESHOLD else _NEU


def _shorten(s: str, n: int = 40) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


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
    ax.set_xlabel("mean VADER compound (95% bootstrap interval); grey band: neutral")
    ax.set_title(title)
    return _png(fig)


def frame_heatmap(matrix: Any, rows: Sequence[str], columns: Sequence[str], title: str) -> bytes:
    """Heat map of frame scores (frame terms per 100 words) for each actor."""
    fig = _figure(max(6, 0.45 * len(columns) + 3), max(2.5, 0.32 * len(rows) + 2))
    ax = fig.add_subplot()
    im = ax.imshow(matrix, aspect="auto", cmap="Blues", vmin=0)
    ax.set_xticks(range(len(columns)), [_shorten(c, 22) for c in columns], rotation=55, ha="right")
    ax.set_yticks(range(len(rows)), [_shorten(r) for r in rows])
    fig.colorbar(im, ax=ax, label="frame terms per 100 words")
    ax.set_title(title)
    return _png(fig)


def paragraph_sentiment(values: Sequence[float], title: str, has_title: bool) -> bytes:
    """Bars of each paragraph's sentiment along an article (the headline first when it has one)."""
    fig = _figure(8, 2.6)
    ax = fig.add_subplot()
    x = list(range(len(values)))
    ax.bar(x, values, color=[_color(v) for v in values])
    ax.axhline(0, color="#999999", linewidth=0.8)
    ax.set_ylim(-1.05, 1.05)
    labels = (["title"] if has_title else []) + [str(i) for i in range(1, len(values) + 1 - has_title)]
    ax.set_xticks(x, labels, fontsize=7 if len(values) > 30 else 9)
    ax.set_xlabel("paragraph")
    ax.set_ylabel("VADER compound")
    ax.set_title(_shorten(title, 90))
    return _png(fig)
