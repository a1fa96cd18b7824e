"""Regression checks: pin a corpus's scores in a baseline, then check later runs against it.

A baseline is a sorted, indented JSON snapshot: the biaskit, lexicon and model versions, the
SHA-256 of every input file, and the metrics per actor, outlet, actor x outlet and article. A check
recomputes the snapshot and compares metric by metric with a tolerance per metric family:

* ``sentiment``: sentiment toward actors, tones (−1 … 1);
* ``share``: speaking and voice shares (0 … 1);
* ``rate``: labels and hedges per 100 words;
* ``frame``: frame scores (terms per 100 words);
* ``count``: articles, paragraphs and mentions.

With ``interval`` a sentiment drifts only when the new value leaves the baseline's 95% interval
(and its tolerance). Exit codes: 0 nothing drifts, 1 drift, 2 usage or input errors.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from biaskit.errors import UsageError, parse_json, parse_toml

BASELINE_FORMAT = "biaskit-baseline"
BASELINE_VERSION = 1
DEFAULT_TOLERANCES = {"sentiment": 0.01, "share": 0.02, "rate": 0.05, "frame": 0.05, "count": 0.0}
# metric -> family
_ACTOR_METRICS = {"sentiment": "sentiment", "articles": "count", "paragraphs": "count", "mentions": "count",
                  "speaks_share": "share", "label_rate": "rate", "hedge_rate": "rate", "quoted_words": "count",
                  "voice_tone": "sentiment"}
_OUTLET_METRICS = {"articles": "count", "paragraphs": "count", "tone": "sentiment", "quoted_words": "count",
                   "narration_tone": "sentiment", "quoted_tone": "sentiment"}
# The tones summary.json gives as objects (sentences, sentiment, interval): the baseline keeps the sentiment.
_TONE_OBJECTS = ("voice_tone", "narration_tone", "quoted_tone")
_ARTICLE_METRICS = {"paragraphs": "count", "tone": "sentiment"}


def snapshot(summary: dict[str, Any], inputs: dict[str, str]) -> dict[str, Any]:
    """The baseline document for a run's summary (see the module docstring)."""
    def pick(row: dict[str, Any], metrics: dict[str, str]) -> dict[str, Any]:
        return {k: row[k]["sentiment"] if k in _TONE_OBJECTS else row[k]
                for k in metrics if k in row and row[k] is not None}

    actors = {}
    for a in summary["actors"]:
        if a.get("sentiment") is None:
            continue
        m = pick(a, _ACTOR_METRICS)
        m.update({f"frame:{f}": v for f, v in a["frames"].items() if v})
        m["ci"] = [a["ci_low"], a["ci_high"]]
        m["name"] = a["name"]
        actors[a["id"]] = m
    outlets = {o["name"]: pick(o, _OUTLET_METRICS) for o in summary["outlets"]}
    pairs = {}
    for p in summary["actor_outlet"]:
        m = pick(p, _ACTOR_METRICS)
        m["quoted_share"] = p.get("quoted_share", 0.0)
        m["ci"] = [p["ci_low"], p["ci_high"]]
        pairs[f"{p['actor']}|{p['outlet']}"] = m
    articles = {}
    for art in summary["articles"]:
        tones = art["sentiment"]
        articles[art["id"]] = {"outlet": art["outlet"], "paragraphs": art["paragraphs"],
                               "tone": round(sum(tones) / len(tones), 4) if tones else 0.0,
                               "actors": sorted(art["top_actors"])}
    return {
        "format": BASELINE_FORMAT,
        "format_version": BASELINE_VERSION,
        "biaskit_version": summary["biaskit_version"],
        "lexicons": summary["lexicons"],
        "models": summary["models"],
        "inputs": inputs,
        "actors": actors,
        "outlets": outlets,
        "actor_outlet": pairs,
        "articles": articles,
    }


def dumps(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def load_baseline(path: Path) -> dict[str, Any]:
    try:
        doc = parse_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"no baseline at {path}; write one with: biaskit baseline PATH... --out {path}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"cannot read baseline {path}: {exc}") from None
    if not isinstance(doc, dict) or doc.get("format") != BASELINE_FORMAT:
        raise UsageError(f"{path} is not a biaskit baseline")
    if doc.get("format_version") != BASELINE_VERSION:
        raise UsageError(f"{path} has baseline format {doc.get('format_version')}; this biaskit reads {BASELINE_VERSION}")
    problem = _damage(doc)
    if problem is not None:
        raise UsageError(f"{path} is a damaged baseline: {problem}; write it again with: biaskit baseline PATH... --out {path}")
    return doc


def _damage(doc: dict[str, Any]) -> str | None:
    """What makes a baseline document unusable for ``compare``, or None: every part it reads must
    have the shape ``snapshot`` writes (a file edited by hand or cut short in transfer may not)."""
    try:
        json.dumps(doc, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return "it holds an escape that stands for no character (such as \\ud800)"
    inputs = doc.get("inputs", {})
    if not isinstance(inputs, dict) or not all(isinstance(v, str) for v in inputs.values()):
        return "'inputs' must map file names to digests"
    for section, table in (("actors", _ACTOR_METRICS), ("outlets", _OUTLET_METRICS),
                           ("actor_outlet", _ACTOR_METRICS), ("articles", _ARTICLE_METRICS)):
        groups = doc.get(section, {})
        if not isinstance(groups, dict):
            return f"'{section}' must map names to their metrics"
        for key, row in groups.items():
            where = f"{section}[{key!r}]"
            if not isinstance(row, dict):
                return f"{where} must map metric names to values"
            for m, v in row.items():
                if _is_metric(m, table) and not _finite(v):
                    return f"{where}.{m} is {_short(v)}, not a number"
            ci = row.get("ci")
            if ci is not None and not (isinstance(ci, list) and len(ci) == 2 and all(map(_finite, ci))):
                return f"{where}.ci is {_short(ci)}, not a pair of numbers"
            if section == "articles" and not (isinstance(row.get("actors", []), list)
                                              and all(isinstance(a, str) for a in row.get("actors", []))):
                return f"{where}.actors is {_short(row.get('actors'))}, not a list of actor ids"
    return None


def _is_metric(key: str, table: dict[str, str]) -> bool:
    """Whether a key of a baseline group is a metric ``compare`` compares (see ``_family_of``)."""
    return key in table or key.startswith("frame:") or key == "quoted_share"


def _finite(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _short(v: Any) -> str:
    text = json.dumps(v, ensure_ascii=True)
    return text if len(text) <= 40 else text[:37] + "..."


def load_tolerances(config: Path | None, overrides: Iterable[str]) -> dict[str, float]:
    """Tolerances: the defaults, then ``[check.tolerances]`` of a TOML config file, then ``family=value``."""
    tol = dict(DEFAULT_TOLERANCES)
    if config is not None:
        try:
            doc = parse_toml(config.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:  # (not UTF-8, or parse_toml's TOMLDecodeError)
            raise UsageError(f"cannot read config {config}: {exc}") from None
        check = doc.get("check", {})
        table = check.get("tolerances", {}) if isinstance(check, dict) else None
        if not isinstance(table, dict):
            raise UsageError(f"{config}: [check.tolerances] must be a table")
        for k, v in table.items():
            tol[_family(k, str(config))] = _number(v, f"{config}: tolerance {k}")
    for item in overrides:
        if "=" not in item:
            raise UsageError(f"--tolerance takes family=value (got {item!r})")
        k, v = item.split("=", 1)
        tol[_family(k.strip(), "--tolerance")] = _number(v, f"--tolerance {k}")
    return tol


def _family(name: str, where: str) -> str:
    if name not in DEFAULT_TOLERANCES:
        raise UsageError(f"{where}: unknown metric family {name!r}; families: {', '.join(DEFAULT_TOLERANCES)}")
    return name


def _number(v: Any, where: str) -> float:
    try:
        x = float(v)
    except (TypeError, ValueError):
        raise UsageError(f"{where}: {v!r} is not a number") from None
    if not x >= 0:
        raise UsageError(f"{where}: a tolerance must be zero or more")
    return x


@dataclass
class CheckResult:
    drifts: list[dict[str, Any]] = field(default_factory=list)
    checked: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # group -> metrics compared
    added: dict[str, list[str]] = field(default_factory=dict)
    removed: dict[str, list[str]] = field(default_factory=dict)
    changed_inputs: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.drifts

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "drifts": self.drifts, "added": self.added, "removed": self.removed,
                "changed_inputs": self.changed_inputs, "warnings": self.warnings,
                "groups_checked": len(self.checked),
                "metrics_checked": sum(len(v) for v in self.checked.values())}


def _family_of(metric: str, table: dict[str, str]) -> str:
    if metric.startswith("frame:"):
        return "frame"
    if metric == "quoted_share":
        return "share"
    return table.get(metric, "count")


def compare(base: dict[str, Any], now: dict[str, Any], tol: dict[str, float], interval: bool = False) -> CheckResult:
    """Compare a fresh snapshot with a baseline."""
    res = CheckResult()
    for key in ("biaskit_version", "lexicons", "models"):
        if base.get(key) != now.get(key):
            res.warnings.append(f"{key} differ: baseline {json.dumps(base.get(key), sort_keys=True)}, "
                                f"now {json.dumps(now.get(key), sort_keys=True)}")
    b_in, n_in = base.get("inputs", {}), now.get("inputs", {})
    res.added["inputs"] = sorted(set(n_in) - set(b_in))
    res.removed["inputs"] = sorted(set(b_in) - set(n_in))
    res.changed_inputs = sorted(k for k in set(b_in) & set(n_in) if b_in[k] != n_in[k])
    for section, table in (("actors", _ACTOR_METRICS), ("outlets", _OUTLET_METRICS),
                           ("actor_outlet", _ACTOR_METRICS), ("articles", _ARTICLE_METRICS)):
        b, n = base.get(section, {}), now.get(section, {})
        res.added[section] = sorted(set(n) - set(b))
        res.removed[section] = sorted(set(b) - set(n))
        # a metric no group of the baseline's section has was added to biaskit after it was written:
        # not compared (a drift from nothing would fail every check), but said
        recorded = {k for row in b.values() for k in row}
        unrecorded = sorted({k for key in set(b) & set(n) for k in n[key]} & set(table) - recorded)
        if unrecorded and b:
            res.warnings.append(f"the baseline has no {', '.join(unrecorded)} for its {section} (written by an "
                                f"older biaskit): not checked; write the baseline again to check them")
        for key in sorted(set(b) & set(n)):
            group = f"{section}:{key}"
            rows = res.checked.setdefault(group, [])
            metrics = sorted(k for k in set(b[key]) | set(n[key])
                             if k not in ("ci", "name", "outlet", "actors") and k not in unrecorded
                             and _is_metric(k, table))
            for m in metrics:
                old, new = b[key].get(m, 0.0), n[key].get(m, 0.0)
                family = _family_of(m, table)
                delta = round(new - old, 6)
                drift = bool(abs(delta) > tol[family] + 1e-9)
                if drift and interval and family == "sentiment" and "ci" in b[key] and m == "sentiment":
                    low, high = b[key]["ci"]
                    drift = bool(not (low - tol[family] <= new <= high + tol[family]))
                row = {"section": section, "key": key, "metric": m, "family": family, "baseline": old,
                       "now": new, "delta": delta, "tolerance": tol[family], "drift": drift}
                rows.append(row)
                if drift:
                    res.drifts.append(row)
            if section == "articles" and b[key].get("actors") != n[key].get("actors"):
                row = {"section": section, "key": key, "metric": "actors", "family": "count",
                       "baseline": ", ".join(b[key].get("actors", [])), "now": ", ".join(n[key].get("actors", [])),
                       "delta": None, "tolerance": 0, "drift": True}
                rows.append(row)
                res.drifts.append(row)
    for section in ("actors", "outlets", "actor_outlet", "articles"):
        for key in res.added[section]:
            res.drifts.append({"section": section, "key": key, "metric": "added", "family": "count",
                               "baseline": None, "now": "present", "delta": None, "tolerance": 0, "drift": True})
        for key in res.removed[section]:
            res.drifts.append({"section": section, "key": key, "metric": "removed", "family": "count",
                               "baseline": "present", "now": None, "delta": None, "tolerance": 0, "drift": True})
    return res


def junit_xml(res: CheckResult, name: str = "biaskit check") -> str:
    """A JUnit XML report: one test case per checked group (actor, outlet, actor x outlet, article),
    failed when any of its metrics drifts; added and removed groups are failed cases too."""
    from xml.sax.saxutils import escape, quoteattr

    cases = []
    for group, rows in sorted(res.checked.items()):
        bad = [r for r in rows if r["drift"]]
        body = ""
        if bad:
            text = "\n".join(f"{r['metric']}: baseline {r['baseline']}, now {r['now']}, delta {r['delta']} "
                             f"(tolerance {r['tolerance']})" for r in bad)
            body = f"<failure message={quoteattr(f'{len(bad)} metric(s) drifted')}>{escape(text)}</failure>"
        cases.append(f'<testcase classname="biaskit.{escape(group.split(":", 1)[0])}" name={quoteattr(group)}>{body}</testcase>')
    for kind, store in (("added", res.added), ("removed", res.removed)):
        for section, keys in sorted(store.items()):
            if section == "inputs":
                continue
            for key in keys:
                msg = f"{section} {key} {kind} since the baseline"
                cases.append(f'<testcase classname="biaskit.{escape(section)}" name={quoteattr(f"{section}:{key}")}>'
                             f"<failure message={quoteattr(msg)}>{escape(msg)}</failure></testcase>")
    failures = sum(1 for c in cases if "<failure" in c)
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<testsuites><testsuite name={quoteattr(name)} '
            f'tests="{len(cases)}" failures="{failures}" errors="0">')
    props = "".join(f"<system-err>{escape(w)}</system-err>" for w in res.warnings[:1])
    doc = head + "\n" + "\n".join(cases) + ("\n" + props if props else "") + "\n</testsuite></testsuites>\n"
    # Characters XML 1.0 cannot hold at all (control characters of an outlet's or a file's name),
    # written as escapes: a CI server's parser rejects the whole report over one of them.
    return _NOT_XML.sub(lambda m: repr(m.group())[1:-1], doc)


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
