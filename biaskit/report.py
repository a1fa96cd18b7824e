"""Report: scores.csv, summary.json, PNG charts and self-contained HTML pages (overview, actors,
outlets, one page per article), each file written atomically."""

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
#: Outlets the outlet charts name: those with the most articles (all of them are in the tables,
#: summary.json and the map's points).
TOP_OUTLETS = 30
#: Articles that get their own paragraph-sentiment chart.
ARTICLE_CHARTS = 40

# Charts a run writes only when there is something to draw.
_OPTIONAL_OUTPUTS = ("actor_sentiment.png", "actor_frames.png", "outlet_sentiment.png", "outlet_map.png")
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
    """summary.json text: sorted keys and a fixed layout, so equal runs give equal bytes.

    The first two levels are indented, one entry per line (one actor, one outlet, one article),
    and each entry is written on its line by the C encoder: a corpus of thousands of actors
    stays quick to write and easy to diff, grep and read."""
    def flat(value: Any) -> str:
        return json.dumps(value, sort_keys=True, ensure_ascii=False)

    def block(value: Any, pad: str) -> str:
        if isinstance(value, dict) and value:
            items = [f"{pad}  {flat(str(k))}: {flat(value[k])}" for k in sorted(value)]
        elif isinstance(value, list) and value:
            items = [f"{pad}  {flat(v)}" for v in value]
        else:
            return flat(value)
        open_, close = ("{", "}") if isinstance(value, dict) else ("[", "]")
        return open_ + "\n" + ",\n".join(items) + "\n" + pad + close

    top = [f"  {flat(str(k))}: {block(summary[k], '  ')}" for k in sorted(summary)]
    return "{\n" + ",\n".join(top) + "\n}\n"


def _data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def quote_runs(result: ArticleResult) -> list[dict[str, Any]]:
    """The article's quotes as the reader meets them, one entry per quote that runs on across
    sentences or paragraphs: its first paragraph, speaker (or None), words, and text (the parts
    joined with " … ")."""
    from biaskit.quotes import sentences_over

    runs: dict[int, dict[str, Any]] = {}
    starts = [s.start for s in result.sentences]
    for q in result.quotes:
        pieces = [sent.text[max(q.start, sent.start) - sent.start:min(q.end, sent.end) - sent.start].strip()
                  for sent in sentences_over(result.sentences, starts, q.start, q.end)]
        run = runs.setdefault(q.run, {"paragraph": q.paragraph, "speaker": q.speaker, "words": 0, "text": ""})
        run["words"] += q.words
        part = " ".join(p for p in pieces if p)
        run["text"] = f"{run['text']} … {part}" if run["text"] and part else run["text"] or part
    return list(runs.values())


#: Which mark a stretch of text shows when several cover exactly the same words: the actor first.
_MARK_ORDER = {"mention": 0, "attribution": 1, "labels": 2, "frames": 3}


def highlight(text: str, spans: Sequence[Sequence[Any]]) -> Any:
    """HTML of a sentence with its mention and lexicon spans marked; all text escaped. The pieces
    are joined as one string (markupsafe's escape for each, no Markup arithmetic per span)."""
    from markupsafe import Markup, escape

    out = []
    pos = 0
    for start, end, kind in sorted(spans, key=lambda s: (s[0], -s[1], _MARK_ORDER.get(s[2], len(_MARK_ORDER)), str(s[2]))):
        if start < pos or start >= end:
            continue  # overlapping spans: the first (longest; on a tie, the actor) wins
        out.append(escape(text[pos:start]))
        out.append(f'<mark class="{escape(kind)}">{escape(text[start:end])}</mark>')
        pos = end
    out.append(escape(text[pos:]))
    return Markup("".join(out))


# Sorting for tables marked "sortable": the one script a report page may run (the page's CSP
# allows it by its hash and nothing else).
SORT_SCRIPT = """document.querySelectorAll("table.sortable").forEach(function (t) {
  t.querySelectorAll("thead th").forEach(function (th, i) {
    th.addEventListener("click", function () {
      var body = t.tBodies[0], rows = Array.prototype.slice.call(body.rows);
      var dir = th.getAttribute("data-dir") === "asc" ? -1 : 1;
      th.setAttribute("data-dir", dir === 1 ? "asc" : "desc");
      var key = function (r) {
        var s = r.cells[i] ? r.cells[i].textContent.trim() : "";
        var n = parseFloat(s.replace("\u2212", "-").replace("%", ""));
        return isNaN(n) ? s.toLowerCase() : n;
      };
      rows.sort(function (a, b) {
        var x = key(a), y = key(b);
        if (typeof x !== typeof y) { x = String(x); y = String(y); }
        return (x > y ? 1 : x < y ? -1 : 0) * dir;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
});"""
PAGES = ("index.html", "actors.html", "outlets.html", "articles.html")


def _script_hash() -> str:
    import hashlib

    return "sha256-" + base64.b64encode(hashlib.sha256(SORT_SCRIPT.encode("utf-8")).digest()).decode("ascii")


def _counts(pairs: Any) -> Any:
    """Counts by name ("doubting 3, neutral 40"), each pair kept on one line: a narrow cell wraps
    between pairs, never inside one; names read with spaces ("partisan framing")."""
    from markupsafe import Markup, escape

    items = pairs.items() if hasattr(pairs, "items") else pairs
    return Markup(", ").join(Markup('<span class="count">{}&nbsp;{}</span>').format(
        escape(str(name).replace("_", " ")), n) for name, n in items)


def _tone_cell(tone: Any) -> Any:
    """A tone over its interval and sentences ("-0.210 / -0.350 … -0.070 / 12 sentences", a line
    each, so the column stays narrow), "—" for none."""
    from markupsafe import Markup

    if not tone:
        return "—"
    return Markup('{:+.3f}<br><span class="small">{:+.3f} … {:+.3f}<br>{}&nbsp;sentence{}</span>').format(
        tone["sentiment"], tone["ci_low"], tone["ci_high"], tone["sentences"], "" if tone["sentences"] == 1 else "s")


def _environment() -> Any:
    from jinja2 import DictLoader, Environment, StrictUndefined
    from markupsafe import Markup

    folder = resources.files("biaskit") / "templates"
    templates = {p.name: p.read_text(encoding="utf-8") for p in folder.iterdir() if p.name.endswith(".j2")}
    env = Environment(loader=DictLoader(templates), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["signed"] = lambda v: f"{v:+.3f}"
    env.filters["plural"] = lambda word, n: word if n == 1 else word + "s"
    env.filters["tone"] = lambda v: "pos" if v >= 0.05 else "neg" if v <= -0.05 else "neu"
    env.filters["dictget"] = lambda pairs, key: dict(pairs).get(key, 0)
    env.filters["counts"] = _counts
    env.filters["tone_cell"] = _tone_cell
    env.globals.update(sort_script=Markup(SORT_SCRIPT), script_hash=_script_hash())
    return env


def article_page_name(position: int) -> str:
    """The report page of the article at ``position`` (0-based) in run order."""
    return f"articles/article_{position + 1:04d}.html"


class ArticlePages:
    """Writes one HTML page per article as the results stream in: staged in a hidden folder next
    to the report and moved into ``articles/`` only on commit, so a failed run leaves the previous
    report's pages as they were."""

    def __init__(self, out: Path, summary_stub: dict[str, Any], actor_names: dict[str, str]) -> None:
        import tempfile

        self.out = out
        out.mkdir(parents=True, exist_ok=True)
        self.staging = Path(tempfile.mkdtemp(prefix=".articles-", dir=out))
        self.stub = summary_stub
        self.actor_names = dict(actor_names)
        self.env = _environment()
        self.names: list[str] = []
        self.page_of: dict[str, str] = {}

    def add(self, result: ArticleResult) -> None:
        from biaskit import charts

        position = len(self.names)
        name = article_page_name(position)
        self.page_of.setdefault(result.id, name)
        for a in result.actors:
            self.actor_names.setdefault(a.id, a.name)
        chart = None
        if position < ARTICLE_CHARTS:
            png = charts.paragraph_sentiment(list(result.paragraph_sentiment), result.title or result.id, bool(result.title))
            (self.staging / f"article_{position + 1:04d}.png").write_bytes(png)
            chart = _data_uri(png)
        spans: dict[int, set[tuple[int, int, str]]] = {}
        for r in result.records:
            for m in r.mentions:
                spans.setdefault(m.sentence, set()).add((m.start, m.end, "mention"))
            for e in r.evidence:
                spans.setdefault(e.sentence, set()).add((e.start, e.end, e.lexicon))
        paragraphs: dict[int, dict[str, Any]] = {}
        for sent in result.sentences:
            p = paragraphs.setdefault(sent.paragraph, {
                "index": sent.paragraph, "sentences": [],
                "kind": "title" if sent.paragraph == 0 and result.title else "body",
                "tone": result.paragraph_sentiment[sent.paragraph] if sent.paragraph < len(result.paragraph_sentiment) else 0.0,
            })
            local = [(a - sent.start, b - sent.start, k) for a, b, k in spans.get(sent.index, ())]
            p["sentences"].append({"index": sent.index, "compound": sent.compound, "html": highlight(sent.text, local)})
        html = self.env.get_template("article.html.j2").render(
            summary=self.stub, root="../", article=result, records=result.records, chart=chart,
            paragraphs=[paragraphs[k] for k in sorted(paragraphs)], actor_names=self.actor_names,
            quotes=quote_runs(result),
        )
        (self.staging / Path(name).name).write_text(html, encoding="utf-8")
        self.names.append(name)

    def commit(self) -> list[str]:
        """Move the staged pages into ``articles/`` and remove pages and charts of earlier runs;
        returns the names written (relative to the report folder)."""
        import os

        target = self.out / "articles"
        target.mkdir(parents=True, exist_ok=True)
        fresh = set()
        for p in sorted(self.staging.iterdir()):
            os.replace(p, target / p.name)
            fresh.add(p.name)
        for p in sorted(target.glob("article_*")):
            if p.name not in fresh:
                p.unlink()
        self.abort()
        return [f"articles/{n}" for n in sorted(fresh)]

    def abort(self) -> None:
        import shutil

        shutil.rmtree(self.staging, ignore_errors=True)


def largest_outlets(outlets: Sequence[dict[str, Any]], n: int = TOP_OUTLETS) -> set[str]:
    """The names of the ``n`` outlets with the most articles (of equals, the first by name)."""
    return {o["name"] for o in sorted(outlets, key=lambda o: (-o["articles"], o["name"]))[:n]}


def write_report(
    out: Path,
    summary: dict[str, Any],
    aggregator: Any,
    frames: Sequence[Any],
    level: str = "actor",
    comparison: dict[str, Any] | None = None,
    page_of: dict[str, str] | None = None,
) -> dict[str, Path]:
    """Write summary.json, the PNG charts and the report pages (index, actors, outlets, articles)
    into ``out``; scores.csv and the article pages are streamed apart."""
    from biaskit import charts

    # Everything is drawn and rendered in memory first and written only at the end, so a
    # failure while drawing leaves the previous report as it was.
    files: dict[str, bytes] = {"summary.json": summary_json(summary).encode("utf-8")}
    frame_label = {f.id: f.label for f in frames}
    top = [a for a in summary["actors"] if a["sentiment"] is not None][:TOP_ACTORS]
    images: dict[str, str] = {}

    def chart(name: str, key: str, png: bytes) -> str:
        files[name] = png
        images[key] = _data_uri(png)
        return images[key]

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
        shown = largest_outlets(outlets)
        rows = [{"name": o["name"], **o["actor_sentiment"]} for o in outlets if o["name"] in shown]
        title = "Sentiment toward actors, by outlet"
        if len(rows) < len(outlets):
            title += f" ({len(rows)} of {len(outlets)}: those with the most articles)"
        chart("outlet_sentiment.png", "outlet_sentiment", charts.sentiment_intervals(rows, title))
    if comparison and comparison.get("map"):
        chart("outlet_map.png", "outlet_map", charts.outlet_map(comparison["map"], largest_outlets(summary["outlets"])))
    timeline_images = []
    if comparison and comparison.get("timeline"):
        t = comparison["timeline"]
        for i, (aid, series) in enumerate(t["actors"].items()):
            if series["outlets"]:
                img = chart(f"timeline_{i + 1:02d}.png", f"timeline_{i + 1:02d}",
                            charts.timeline(series["name"], series["outlets"], t["unit"], frame_label,
                                            [o["name"] for o in summary["outlets"]]))
                timeline_images.append((series["name"], img))

    if page_of is None:
        page_of = {art["id"]: article_page_name(i) for i, art in enumerate(aggregator.articles)}
    evidence = {
        a["id"]: [dict(e, html=highlight(e["text"], e["spans"])) for e in aggregator.evidence.get(a["id"], [])]
        for a in top
    }
    from biaskit.compare import (ENOUGH_EXCEEDANCES, EXACT_MAX_ARTICLES, MAX_PERMUTATIONS, MIN_ARTICLES,
                                 N_PERMUTATIONS)

    env = _environment()
    context = dict(
        summary=summary,
        root="",
        top=top,
        top_ids={a["id"] for a in top},
        frames=frames,
        frame_label=frame_label,
        images=images,
        evidence=evidence,
        actor_names={a["id"]: a["name"] for a in summary["actors"]},
        page_of=page_of,
        level=level,
        comparison=comparison,
        timeline_images=timeline_images,
        min_articles=MIN_ARTICLES,
        permutations=N_PERMUTATIONS,
        max_permutations=MAX_PERMUTATIONS,
        exact_max_articles=EXACT_MAX_ARTICLES,
        enough_exceedances=ENOUGH_EXCEEDANCES,
    )
    for page in PAGES:
        files[page] = env.get_template(page + ".j2").render(**context).encode("utf-8")
    for name in sorted(files, key=lambda n: n == "index.html"):  # the front page last: it links the rest
        atomic_write_bytes(out / name, files[name])
    _remove_stale(out, files)
    return {name: out / name for name in files}


def _remove_stale(out: Path, fresh: dict[str, bytes]) -> None:
    """Remove charts an earlier run wrote that this run did not (a report shows one run only)."""
    stale = [out / n for n in _OPTIONAL_OUTPUTS if n not in fresh]
    stale += [p for p in sorted(out.glob("timeline_*.png")) if p.name not in fresh]
    for p in stale:
        try:
            p.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise OutputError(f"cannot remove stale {p}: {exc.strerror or exc}") from None
