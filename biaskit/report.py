"""Report: scores.csv, summary.json, PNG charts and a self-contained index.html, written atomically."""

from __future__ import annotations

import base64
import csv
import json
from importlib import resources
from pathlib import Path
from typing import Any, Sequence

from biaskit.errors import OutputError
from biaskit.fsutil import AtomicFile, atomic_write_bytes
from biaskit.types import ArticleResult

#: Version of the layout of summary.json and scores.csv; bumped when a field changes meaning.
FORMAT_VERSION = 1
#: Actors shown in the charts and given an evidence section in the HTML.
TOP_ACTORS = 30
#: Articles that get their own paragraph-sentiment chart.
ARTICLE_CHARTS = 40

# Charts a run writes only when there is something to draw.
_OPTIONAL_OUTPUTS = ("actor_sentiment.png", "actor_frames.png", "outlet_sentiment.png")
_CSV_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Columns holding text from the corpus (or derived from it); only these get the formula guard.
_TEXT_COLUMNS = frozenset({0, 1, 3, 7, 11, 18, 19, 23, 25})
SCORE_COLUMNS = (
    "article", "outlet", "date", "title", "paragraph", "part", "actor", "actor_name", "actor_kind",
    "mentions", "resolutions", "surfaces", "sentences", "sentiment", "sentence_sentiment", "paragraph_sentiment",
    "words", "speaks", "attribution", "attribution_classes", "quoted_words", "acts", "acted_upon", "labels",
    "hedges", "evidence",
)


def _safe_cell(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe (CSV injection)."""
    if isinstance(value, str) and value.startswith(_CSV_FORMULA_START):
        return "'" + value
    return value


class ScoresWriter:
    """Streams one row per article x paragraph x actor into scores.csv, renamed into place on commit."""

    def __init__(self, path: Path, frame_ids: Sequence[str], actor_names: dict[str, tuple[str, str]]) -> None:
        self.path = path
        self.frame_ids = tuple(frame_ids)
        self.actor_names = actor_names
        self._file = AtomicFile(path, text=True)
        self._csv = csv.writer(self._file.fh, lineterminator="\n")
        self._csv.writerow(SCORE_COLUMNS + tuple(f"frame_{f}" for f in self.frame_ids))
        self.rows = 0

    def add(self, result: ArticleResult) -> None:
        known = {a.id: (a.name, a.kind) for a in result.actors}
        parts = {}
        for r in result.records:
            name, kind = known.get(r.actor) or self.actor_names.get(r.actor, (r.actor, ""))
            if r.paragraph not in parts:
                parts[r.paragraph] = "title" if (r.paragraph == 0 and result.title) else "body"
            frames = dict(r.frames)
            row = [
                result.id, result.outlet, result.date or "", result.title, r.paragraph, parts[r.paragraph],
                r.actor, name, kind, len(r.mentions),
                ";".join(sorted({m.resolution for m in r.mentions})),
                ";".join(dict.fromkeys(m.surface for m in r.mentions)),
                ";".join(str(s) for s in r.sentences),
                f"{r.sentiment:.4f}", f"{r.sentence_sentiment:.4f}", f"{r.paragraph_sentiment:.4f}", r.words,
                int(r.speaks),
                ";".join(r.attribution),
                ";".join(f"{c}:{n}" for c, n in r.attribution_classes),
                r.quoted_words, dict(r.agency).get("acts", 0), dict(r.agency).get("acted_upon", 0),
                ";".join(f"{c}:{n}" for c, n in r.labels), r.hedges,
                ";".join(f"{e.lexicon}:{e.category}:{e.term}@{e.start}-{e.end}" for e in r.evidence),
            ] + [f"{frames.get(f, 0.0):.4f}" for f in self.frame_ids]
            self._csv.writerow([_safe_cell(v) if i in _TEXT_COLUMNS else v for i, v in enumerate(row)])
            self.rows += 1

    def commit(self) -> None:
        self._file.commit()

    def abort(self) -> None:
        self._file.abort()


def summary_json(summary: dict[str, Any]) -> str:
    """summary.json text: sorted keys, fixed indentation, so equal runs give equal bytes."""
    return json.dumps(summary, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def highlight(text: str, spans: Sequence[Sequence[Any]]) -> Any:
    """HTML of a sentence with its mention and lexicon spans marked; all text escaped."""
    from markupsafe import Markup, escape

    out = []
    pos = 0
    for start, end, kind in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start < pos or start >= end:
            continue  # overlapping spans: the first (longest) wins
        out.append(escape(text[pos:start]))
        out.append(Markup('<mark class="{}">').format(kind) + escape(text[start:end]) + Markup("</mark>"))
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def _template() -> Any:
    from jinja2 import Environment, StrictUndefined

    src = (resources.files("biaskit") / "templates" / "report.html.j2").read_text(encoding="utf-8")
    env = Environment(autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["signed"] = lambda v: f"{v:+.3f}"
    env.filters["plural"] = lambda word, n: word if n == 1 else word + "s"
    return env.from_string(src)


def write_report(
    out: Path,
    summary: dict[str, Any],
    aggregator: Any,
    frames: Sequence[Any],
    level: str = "actor",
) -> dict[str, Path]:
    """Write summary.json, the PNG charts and index.html into ``out``; scores.csv is streamed apart."""
    from biaskit import charts

    # Everything is drawn and rendered in memory first and written only at the end, so a
    # failure while drawing leaves the previous report as it was.
    files: dict[str, bytes] = {"summary.json": summary_json(summary).encode("utf-8")}
    frame_label = {f.id: f.label for f in frames}
    top = [a for a in summary["actors"] if a["sentiment"] is not None][:TOP_ACTORS]
    images: dict[str, str] = {}

    def chart(name: str, key: str, png: bytes) -> None:
        files[name] = png
        images[key] = _data_uri(png)

    chart_rows = top if level == "actor" else summary["groups"][level][:TOP_ACTORS]
    if chart_rows:
        title = "Sentiment toward actors (most mentioned)" if level == "actor" else f"Sentiment toward each {level} (most mentioned)"
        chart("actor_sentiment.png", "actor_sentiment", charts.sentiment_intervals(chart_rows, title))
    if top:
        matrix = aggregator.frame_matrix([a["id"] for a in top])
        chart("actor_frames.png", "actor_frames",
              charts.frame_heatmap(matrix, [a["name"] for a in top],
                                   [frame_label[f] for f in aggregator.frame_ids], "Frames around each actor"))
    outlets = [o for o in summary["outlets"] if "actor_sentiment" in o]
    if len(outlets) > 1:
        rows = [{"name": o["name"], **o["actor_sentiment"]} for o in outlets]
        chart("outlet_sentiment.png", "outlet_sentiment", charts.sentiment_intervals(rows, "Sentiment toward actors, by outlet"))
    article_images: dict[str, str] = {}
    for i, art in enumerate(aggregator.articles[:ARTICLE_CHARTS]):
        png = charts.paragraph_sentiment(art["sentiment"], art["title"] or art["id"], bool(art["title"]))
        files[f"articles/article_{i + 1:04d}.png"] = png
        article_images[art["id"]] = _data_uri(png)

    evidence = {
        a["id"]: [dict(e, html=highlight(e["text"], e["spans"])) for e in aggregator.evidence.get(a["id"], [])]
        for a in top
    }
    html = _template().render(
        summary=summary,
        top=top,
        frames=frames,
        frame_label=frame_label,
        images=images,
        article_images=article_images,
        evidence=evidence,
        actor_names={a["id"]: a["name"] for a in summary["actors"]},
        article_charts=ARTICLE_CHARTS,
        level=level,
    )
    files["index.html"] = html.encode("utf-8")
    for name in sorted(files, key=lambda n: n == "index.html"):  # the page last: it links the rest
        atomic_write_bytes(out / name, files[name])
    _remove_stale(out, files)
    return {name: out / name for name in files}


def _remove_stale(out: Path, fresh: dict[str, bytes]) -> None:
    """Remove charts an earlier run wrote that this run did not (a report shows one run only)."""
    stale = [out / n for n in _OPTIONAL_OUTPUTS if n not in fresh]
    stale += [p for p in sorted((out / "articles").glob("article_*.png")) if f"articles/{p.name}" not in fresh]
    for p in stale:
        try:
            p.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise OutputError(f"cannot remove stale {p}: {exc.strerror or exc}") from None
