"""Aggregation: per actor, per outlet and per actor x outlet means with bootstrap intervals.

Results stream in one article at a time; only per-group, per-article sums are kept, never text
(apart from a bounded sample of evidence sentences per actor for the report).
"""

from __future__ import annotations

import functools
import threading
import zlib
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Sequence, TypeVar

from biaskit.types import Actor, ArticleResult

#: Bootstrap resamples per interval; 2,000 keeps the 2.5/97.5 percentiles stable to about 0.01.
N_BOOTSTRAP = 2000
#: Evidence sentences kept per actor for the report.
EVIDENCE_PER_ACTOR = 25
#: Levels actors roll up to, through the catalog's affiliations.
ROLLUP_LEVELS = ("party", "government", "country")
#: Levels a report can show: the actors themselves or what they roll up to.
LEVELS = ("actor", *ROLLUP_LEVELS)


def rollup_keys(actor: Actor, date: str | None) -> dict[str, str]:
    """The party and government (on ``date``, the article's) and the country an actor rolls up to
    (a country rolls up to itself)."""
    out = {}
    day = date[:10] if date else None
    party = actor.party_on(day)
    if party:
        out["party"] = party
    government = actor.government_on(day)
    if government:
        out["government"] = government
    country = actor.id if actor.kind == "country" else actor.country
    if country:
        out["country"] = country
    return out


# Columns of the per-article sums, numbered on first use (a name always reads the same column);
# the sums every paragraph a group takes adds to come first, at fixed places.
_FIXED = ("sentiment", "n", "labels", "hedges", "words", "speaks")
_COLUMNS: dict[str, int] = {name: i for i, name in enumerate(_FIXED)}
_SENTIMENT, _N, _LABELS, _HEDGES, _WORDS, _SPEAKS = range(len(_FIXED))
_ZEROS = bytes(8 * len(_FIXED))


def _widen(v: array, i: int) -> None:
    """Zeros appended to per-article sums ``v`` up to column ``i``."""
    v.frombytes(bytes(8 * (i + 1 - len(v))))


class ArticleSums:
    """The sums one group keeps for one article, in a compact array (a group holds one per
    article it appears in, so this is what memory grows with)."""

    __slots__ = ("v",)

    def __init__(self) -> None:
        self.v = array("d", _ZEROS)

    def add(self, name: str, x: float) -> None:
        i = _COLUMNS.setdefault(name, len(_COLUMNS))
        if i >= len(self.v):
            _widen(self.v, i)
        self.v[i] += x

    def get(self, name: str, default: float = 0.0) -> float:
        i = _COLUMNS.get(name)
        return self.v[i] if i is not None and i < len(self.v) else default

    def __getitem__(self, name: str) -> float:
        return self.get(name)


#: The number of the per-article column of each frame ("frame:<id>"), found once.
_FRAME_COLUMN: dict[str, int] = {}


def _frame_column(frame: str) -> int:
    column = _FRAME_COLUMN.get(frame)
    if column is None:
        name = "frame:" + frame
        column = _FRAME_COLUMN[frame] = _COLUMNS.setdefault(name, len(_COLUMNS))
    return column


@dataclass
class _Group:
    """Running sums for one group (an actor, an outlet, or an actor in an outlet).

    ``per_article`` keeps, per article, the sums every rate is a ratio of (sentiment, paragraphs,
    words, labels, hedges, paragraphs where it speaks, frame scores), so each rate gets an interval
    from the same article bootstrap."""

    per_article: dict[str, ArticleSums] = field(default_factory=dict)
    values: list[float] = field(default_factory=list)  # per paragraph, while the group has one article
    mentions: int = 0
    records: int = 0
    frames: Counter = field(default_factory=Counter)  # frame -> sum of per-record scores
    speaks: int = 0
    verbs: Counter = field(default_factory=Counter)
    verb_classes: Counter = field(default_factory=Counter)
    resolutions: Counter = field(default_factory=Counter)
    labels: Counter = field(default_factory=Counter)
    hedges: int = 0
    words: int = 0
    agency: Counter = field(default_factory=Counter)
    quoted_words: int = 0  # from the article's quotes, not the records: a quote may run on

    def add(self, article: str, value: float) -> ArticleSums:
        acc = self.per_article.get(article)
        if acc is None:
            acc = self.per_article[article] = ArticleSums()
        v = acc.v
        v[_SENTIMENT] += value
        v[_N] += 1
        if len(self.per_article) == 1:  # per-paragraph values matter only while one article is known
            self.values.append(value)
        elif self.values:
            self.values = []
        return acc

    @property
    def sentiment(self) -> float:
        """Mean sentiment over the group's paragraphs (0 when it has none)."""
        n = sum(a["n"] for a in self.per_article.values())
        return sum(a["sentiment"] for a in self.per_article.values()) / n if n else 0.0

    def take(self, article: str, value: float, records: Sequence[Any]) -> None:
        """Count one paragraph of a group with its sentiment ``value``, made of these actor records."""
        acc = self.add(article, value)
        sums = acc.v
        self.records += 1
        k = len(records)
        # Plain loops over the records' few (name, count) pairs: Counter.update costs more than
        # the counting for such short inputs, and most of them are empty.
        frames, verbs, verb_classes, resolutions = self.frames, self.verbs, self.verb_classes, self.resolutions
        labels, agency = self.labels, self.agency
        for r in records:
            self.mentions += len(r.mentions)
            for f, v in r.frames:
                frames[f] += v / k  # one record's profile, or the members' mean
                i = _frame_column(f)
                if i >= len(sums):
                    _widen(sums, i)
                sums[i] += v / k
            for verb in r.attribution:
                verbs[verb] += 1
            for c, n in r.attribution_classes:
                verb_classes[c] += n
            for m in r.mentions:
                resolutions[m.resolution] += 1
            n_labels = 0
            for c, n in r.labels:
                labels[c] += n
                n_labels += n
            sums[_LABELS] += n_labels
            self.hedges += r.hedges
            sums[_HEDGES] += r.hedges
            self.words += r.words
            sums[_WORDS] += r.words
            for c, n in r.agency:
                agency[c] += n
        if any(r.speaks for r in records):
            self.speaks += 1
            sums[_SPEAKS] += 1


_F = TypeVar("_F", bound=Callable[..., Any])


def one_blas_thread(func: _F) -> _F:
    """Run ``func`` with the BLAS library on one thread. Bootstraps multiply thousands of small
    matrices, where BLAS threads only spin (a sixth of a large report's CPU time, taken from the
    worker processes), and a sum's order, so its last bits, would depend on the thread count."""
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from threadpoolctl import threadpool_limits

        with threadpool_limits(limits=1, user_api="blas"):
            return func(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


_local = threading.local()


def draws_for(key: str) -> Any:
    """A random generator seeded from ``key``, for draws made at once: each interval or test is
    reproducible and does not change when other groups are added to the corpus. It is this
    thread's one generator re-seeded (a new generator costs fifty times more than re-seeding, and
    a summary seeds one per group), so the next call re-seeds it again."""
    rng = getattr(_local, "rng", None)
    if rng is None:
        import numpy as np

        rng = _local.rng = np.random.RandomState()
    rng.seed(zlib.crc32(key.encode("utf-8")))
    return rng


#: Actors whose voice shares are bootstrapped together (their article x actor block is held at once).
VOICE_BLOCK = 256
#: Cells of resample weights held at once: bootstraps over many articles run in blocks of
#: resamples, so their memory does not grow with the corpus.
RESAMPLE_BLOCK_CELLS = 1 << 20


def resample_sums(values: Any, key: str, n_boot: int = N_BOOTSTRAP) -> Any:
    """(n_boot, k) column sums of ``values`` (n units x k) over n_boot resamples of the units with
    replacement, seeded by ``key``. Each block of resamples is a matrix of multiplicities
    (one bincount), so no (n_boot, n, k) block of values is ever built, and blocks bound memory."""
    import numpy as np

    values = np.asarray(values, dtype=float)
    n = len(values)
    rng = draws_for(key)
    out = np.empty((n_boot, values.shape[1]))
    step = max(1, min(n_boot, RESAMPLE_BLOCK_CELLS // max(n, 1)))
    for a in range(0, n_boot, step):
        b = min(n_boot, a + step)
        idx = rng.randint(0, n, size=(b - a, n))  # the same draws as one (n_boot, n) call
        idx += (np.arange(b - a) * n)[:, None]
        weights = np.bincount(idx.ravel(), minlength=(b - a) * n).reshape(b - a, n).astype(float)
        out[a:b] = weights @ values
    return out


def bootstrap_ci(
    sums: list[float], counts: list[float], key: str, n_boot: int = N_BOOTSTRAP
) -> tuple[float, float]:
    """95% percentile interval of sum(sums)/sum(counts), resampling units with replacement."""
    import numpy as np

    s = np.asarray(sums, dtype=float)
    c = np.asarray(counts, dtype=float)
    if len(s) < 2:
        m = float(s.sum() / c.sum()) if c.sum() else 0.0
        return m, m
    boot = resample_sums(np.stack([s, c], axis=1), key, n_boot)
    low, high = np.percentile(boot[:, 0] / boot[:, 1], [2.5, 97.5])
    return float(low), float(high)


#: Fewer articles than this behind a cell: its numbers are shown but marked as resting on little data.
LOW_DATA_ARTICLES = 5
# Rates reported with an interval: name -> (numerator, denominator, scale).
_RATES = {
    "speaks_share": ("speaks", "n", 1.0),
    "label_rate": ("labels", "words", 100.0),  # loaded labels per 100 words of the actor's sentences
    "hedge_rate": ("hedges", "words", 100.0),
}


def _columns(rows: Sequence[Any], names: Sequence[str]) -> Any:
    """(rows x names) matrix of the named sums of each row (ArticleSums or a mapping), 0 where absent."""
    import numpy as np

    if rows and all(type(r) is ArticleSums for r in rows):
        full = np.zeros((len(rows), len(_COLUMNS) + 1))  # the last column stays 0: the absent names'
        for i, r in enumerate(rows):
            full[i, :len(r.v)] = r.v
        return full[:, [_COLUMNS.get(n, len(_COLUMNS)) for n in names]]
    return np.array([[r.get(n, 0.0) for n in names] for r in rows], dtype=float).reshape(len(rows), len(names))


def ratio_intervals(per_article: Sequence[Any], ratios: dict[str, tuple[str, str, float]], key: str,
                    n_boot: int = N_BOOTSTRAP) -> dict[str, tuple[float, float, float]]:
    """Point value and 95% percentile interval of each ratio sum(num)/sum(den) * scale, all from the
    same resamples of articles (seeded by ``key``: calls with the same key and number of articles
    share their resamples)."""
    import numpy as np

    names = sorted({x for num, den, _ in ratios.values() for x in (num, den)})
    col = {n: i for i, n in enumerate(names)}
    m = _columns(per_article, names)
    totals = m.sum(axis=0)
    out = {}
    points = {}
    for name, (num, den, scale) in ratios.items():
        d = totals[col[den]]
        points[name] = float(scale * totals[col[num]] / d) if d else 0.0
    if len(per_article) < 2:
        return {name: (p, p, p) for name, p in points.items()}
    # A numerator that is 0 in every article is 0 in every resample: its interval is [0, 0]
    # without drawing (most frames of most groups). The draws depend only on the key and the
    # number of articles, so leaving columns out changes no other interval.
    empty = ~m.any(axis=0)
    names_ = [n for n in ratios if not empty[col[ratios[n][0]]]]
    out.update({n: (points[n], 0.0, 0.0) for n in ratios if empty[col[ratios[n][0]]]})
    if not names_:
        return {n: out[n] for n in ratios}
    used = sorted({col[x] for n in names_ for x in ratios[n][:2]})
    col = {names[c]: i for i, c in enumerate(used)}
    boot = resample_sums(m[:, used], key, n_boot)  # (n_boot, metrics)
    nums = [col[ratios[n][0]] for n in names_]
    dens = [col[ratios[n][1]] for n in names_]
    scales = np.array([ratios[n][2] for n in names_])
    with np.errstate(divide="ignore", invalid="ignore"):
        r = scales * boot[:, nums] / boot[:, dens]  # (n_boot, ratios)
    finite = np.isfinite(r)
    whole = finite.all(axis=0)
    # columns without a lost resample in one call; the others (a zero denominator) one by one
    bounds = np.percentile(r[:, whole], [2.5, 97.5], axis=0) if whole.any() else None
    k = 0
    for j, name in enumerate(names_):
        point = points[name]
        if whole[j]:
            low, high = bounds[0, k], bounds[1, k]  # type: ignore[index]
            k += 1
        else:
            kept = r[finite[:, j], j]
            low, high = np.percentile(kept, [2.5, 97.5]) if len(kept) else (point, point)
        out[name] = (float(point), float(low), float(high))
    return {n: out[n] for n in ratios}


def _summary(g: _Group, key: str, frame_ids: Iterable[str]) -> dict[str, Any]:
    frame_ids = tuple(frame_ids)
    arts = list(g.per_article.values())
    mean = g.sentiment
    ratios = dict(_RATES)
    ratios.update({"frame:" + f: ("frame:" + f, "n", 1.0) for f in frame_ids})
    # The article is the sampling unit; with a single article, its paragraphs are. Over articles,
    # the sentiment's interval comes from the same resamples as the rates' (one draw, one product).
    if len(arts) >= 2:
        unit = "article"
        ratios["sentiment"] = ("sentiment", "n", 1.0)
    else:
        unit = "paragraph"
        low, high = bootstrap_ci(g.values, [1.0] * len(g.values), key)
    iv = ratio_intervals(arts, ratios, key) if arts else {k: (0.0, 0.0, 0.0) for k in ratios}
    if unit == "article":
        low, high = iv["sentiment"][1:]

    def rounded(v: tuple[float, float, float]) -> list[float]:
        return [round(v[1], 4), round(v[2], 4)]

    return {
        "articles": len(g.per_article),
        "low_data": len(g.per_article) < LOW_DATA_ARTICLES,
        "paragraphs": g.records,
        "mentions": g.mentions,
        "sentiment": round(mean, 4),
        "ci_low": round(low, 4),
        "ci_high": round(high, 4),
        "ci_unit": unit,
        "frames": {f: round(g.frames[f] / g.records, 4) if g.records else 0.0 for f in frame_ids},
        "frame_intervals": {f: rounded(iv["frame:" + f]) for f in frame_ids},
        "speaks": g.speaks,
        "speaks_share": round(g.speaks / g.records, 4) if g.records else 0.0,
        "speaks_share_interval": rounded(iv["speaks_share"]),
        "attribution": dict(sorted(g.verbs.items())),
        "attribution_classes": dict(sorted(g.verb_classes.items())),
        "quoted_words": g.quoted_words,
        "labels": dict(sorted(g.labels.items())),
        "label_rate": round(iv["label_rate"][0], 4),
        "label_rate_interval": rounded(iv["label_rate"]),
        "hedges": g.hedges,
        "hedge_rate": round(iv["hedge_rate"][0], 4),
        "hedge_rate_interval": rounded(iv["hedge_rate"]),
        "words": g.words,
        "agency": {"acts": g.agency["acts"], "acted_upon": g.agency["acted_upon"]},
        "resolutions": dict(sorted(g.resolutions.items())),
    }


def _pair_key(aid: str, outlet: str) -> str:
    """The seed key of an actor in an outlet: its intervals are drawn from it wherever asked."""
    return f"pair:{aid}|{outlet}"


def _voice_tone_key(aid: str, outlet: str | None = None) -> str:
    """The seed key of the tone of an actor's quotes (in an outlet)."""
    return f"voice_tone:{aid}" if outlet is None else "voice_tone:" + _pair_key(aid, outlet)


def _group_outlet_key(level: str, key: str, outlet: str) -> str:
    return f"{level}:{key}|{outlet}"


#: Groups whose statistics one worker task computes.
SUMMARY_BATCH = 500


@one_blas_thread
def _summaries(jobs: Sequence[tuple[_Group, str, bool | str]], frame_ids: tuple[str, ...],
               columns: dict[str, int] | None = None) -> list[dict[str, Any]]:
    """``_summary`` of each (group, key, with frames), or ``_tone_summary`` where the third member is
    ``_TONE``; ``columns`` is the column numbering of the process that collected the groups, taken
    over here when it differs (a worker process)."""
    if columns is not None and columns != _COLUMNS:
        _COLUMNS.clear()
        _COLUMNS.update(columns)
        _FRAME_COLUMN.clear()
    return [_tone_summary(g, key) if frames == _TONE else _summary(g, key, frame_ids if frames else ())
            for g, key, frames in jobs]


#: The third member of a summary job for a group of sentences whose tone alone is asked for.
_TONE = "tone"


def _tone_summary(g: _Group, key: str) -> dict[str, Any]:
    """The mean tone of a group of sentences with its 95% interval (over articles, or over the
    sentences of a single article), without the rates and frames of an actor's summary."""
    arts = list(g.per_article.values())
    if len(arts) >= 2:
        point, low, high = ratio_intervals(arts, {"sentiment": ("sentiment", "n", 1.0)}, key)["sentiment"]
    else:
        point = g.sentiment
        low, high = bootstrap_ci(g.values, [1.0] * len(g.values), key)
    return {"sentiment": round(point, 4), "ci_low": round(low, 4), "ci_high": round(high, 4)}


def quoted_speakers(result: ArticleResult) -> dict[int, str]:
    """The quoted sentences of an article (at least half inside quotation marks) that quote one
    actor alone: sentence index -> that actor."""
    from biaskit.quotes import sentences_over

    quoted = set(result.quoted_sentences)
    starts = [s.start for s in result.sentences]
    found: dict[int, set[str]] = defaultdict(set)
    for q in result.quotes:
        if q.speaker is not None:
            for s in sentences_over(result.sentences, starts, q.start, q.end):
                if s.index in quoted:
                    found[s.index].add(q.speaker)
    return {i: next(iter(who)) for i, who in sorted(found.items()) if len(who) == 1}


def _tone(g: _Group | None, stats: dict[str, Any] | None) -> dict[str, Any] | None:
    """The tone of a group of sentences as summary.json gives it, None when it has none."""
    if g is None or not g.records or stats is None:
        return None
    return {"sentences": g.records, "sentiment": stats["sentiment"], "ci_low": stats["ci_low"], "ci_high": stats["ci_high"]}


class Aggregator:
    """Collects ArticleResults and summarises them per actor, outlet and actor x outlet."""

    def __init__(self, frame_ids: Iterable[str], catalog: dict[str, Actor] | None = None) -> None:
        self.frame_ids = tuple(frame_ids)
        self.catalog = catalog or {}
        self.actors: dict[str, Actor] = {}
        # level -> group id -> running sums; (level, group, outlet) likewise
        self.by_group: dict[str, dict[str, _Group]] = {lv: defaultdict(_Group) for lv in ROLLUP_LEVELS}
        self.by_group_outlet: dict[tuple[str, str, str], _Group] = defaultdict(_Group)
        self.by_actor: dict[str, _Group] = defaultdict(_Group)
        self.by_outlet: dict[str, _Group] = defaultdict(_Group)
        self.by_pair: dict[tuple[str, str], _Group] = defaultdict(_Group)
        self.tone: dict[str, _Group] = defaultdict(_Group)  # outlet -> paragraph sentiment
        self.narration_tone: dict[str, _Group] = defaultdict(_Group)  # outlet -> sentences outside quotes
        self.quoted_tone: dict[str, _Group] = defaultdict(_Group)  # outlet -> quoted sentences
        self.quoted_words: Counter = Counter()  # outlet -> words inside quotation marks
        # actor -> the tone of the sentences it is quoted in; (actor, outlet) likewise
        self.voice_tone: dict[str, _Group] = defaultdict(_Group)
        self.voice_tone_pair: dict[tuple[str, str], _Group] = defaultdict(_Group)
        # (actor, outlet, YYYY-MM-DD) -> sums of sentiment, paragraphs and frame scores, for timelines
        self.dated: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
        self._voice: dict[str, dict[str, tuple[float, float, float]]] = {}  # outlet -> its actors' voice shares
        self._speakers: dict[str, list[str]] = defaultdict(list)  # outlet -> its quoted actors, with _voice
        self._stats: dict[str, dict[str, Any]] = {}  # group key -> its statistics, from the last summary
        self._dated_last: dict[tuple[str, str, str], str] = {}
        # outlet -> article -> words quoted in all ("<total>") and per speaker, for voice-share intervals
        self.quote_counts: dict[str, dict[str, Counter]] = defaultdict(dict)
        self.outlet_articles: Counter = Counter()
        self.evidence: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.articles: list[dict[str, Any]] = []
        self.n_paragraphs = 0
        self.n_sentences = 0
        self.n_dropped = 0
        self.n_cut = 0
        self.dropped_mentions: Counter = Counter()  # actor -> mentions in dropped boilerplate

    def add(self, result: ArticleResult) -> None:
        if self._voice or self._stats:  # computed before this article: stale now
            self._voice.clear()
            self._stats.clear()
        for a in result.actors:  # a discovered person's party an article states holds from there on
            self.actors[a.id] = self.actors[a.id].merged(a) if a.id in self.actors else a
        self.outlet_articles[result.outlet] += 1
        self.n_paragraphs += len(result.paragraph_sentiment)
        self.n_sentences += len(result.sentences)
        cuts = sum(d.cut for d in result.dropped)
        self.n_dropped += len(result.dropped) - cuts
        self.n_cut += cuts
        self.dropped_mentions.update(actor for _, actor, _ in result.dropped_mentions)
        for value in result.paragraph_sentiment:
            self.tone[result.outlet].add(result.id, value)
            self.tone[result.outlet].records += 1
        quoted = set(result.quoted_sentences)
        for s in result.sentences:  # the outlet's own voice and the voices it quotes, apart
            g = self.quoted_tone[result.outlet] if s.index in quoted else self.narration_tone[result.outlet]
            g.add(result.id, s.compound)
            g.records += 1
        for si, aid in quoted_speakers(result).items():  # and the tone of what each actor is quoted saying
            for g in (self.voice_tone[aid], self.voice_tone_pair[(aid, result.outlet)]):
                g.add(result.id, result.sentences[si].compound)
                g.records += 1
        counts = self.quote_counts[result.outlet].setdefault(result.id, Counter())
        for q in result.quotes:
            counts["<total>"] += q.words
            if q.speaker is not None:
                counts[q.speaker] += q.words
        for q in result.quotes:
            self.quoted_words[result.outlet] += q.words
            if q.speaker is not None:
                self.by_actor[q.speaker].quoted_words += q.words
                self.by_pair[(q.speaker, result.outlet)].quoted_words += q.words
                self.by_outlet[result.outlet].quoted_words += q.words
        actor_counts: Counter = Counter()
        for r in result.records:
            if result.date:
                key = (r.actor, r.outlet, result.date[:10])
                acc = self.dated[key]
                acc["sentiment"] += r.sentiment
                acc["n"] += 1
                if self._dated_last.get(key) != result.id:  # records of one article arrive together
                    self._dated_last[key] = result.id
                    acc["articles"] += 1
                for f, v in r.frames:
                    acc["frame:" + f] += v
            actor_counts[r.actor] += len(r.mentions)
            for g in (self.by_actor[r.actor], self.by_outlet[r.outlet], self.by_pair[(r.actor, r.outlet)]):
                g.take(r.article, r.sentiment, (r,))
            self._keep_evidence(result, r)
        self._add_rollups(result)
        self.articles.append(
            {
                "id": result.id,
                "outlet": result.outlet,
                "title": result.title,
                "date": result.date,
                "source": result.source,
                "paragraphs": len(result.paragraph_sentiment),
                "sentiment": [round(v, 4) for v in result.paragraph_sentiment],
                "dropped": [{"rule": d.rule, "reason": d.reason, "text": d.text} for d in result.dropped],
                "top_actors": [a for a, _ in sorted(actor_counts.items(), key=lambda x: (-x[1], x[0]))[:8]],
            }
        )

    def _add_rollups(self, result: ArticleResult) -> None:
        """Group records per paragraph: a party's sentiment there is the mean sentiment toward its
        members over the sentences that mention them (each member's sentence counts once)."""
        members: dict[tuple[str, str, int], list[Any]] = defaultdict(list)
        keys_of: dict[str, dict[str, str]] = {}  # an actor's records share the article's date
        for r in result.records:
            keys = keys_of.get(r.actor)
            if keys is None:
                actor = self.actors.get(r.actor)
                keys = keys_of[r.actor] = rollup_keys(actor, result.date) if actor is not None else {}
            for level, key in keys.items():
                members[(level, key, r.paragraph)].append(r)
        for (level, key, _), recs in sorted(members.items()):
            weight = sum(len(r.sentences) for r in recs)
            value = round(sum(r.sentiment * len(r.sentences) for r in recs) / weight, 4)
            for g in (self.by_group[level][key], self.by_group_outlet[(level, key, result.outlet)]):
                g.take(result.id, value, recs)

    def voice_share(self, aid: str, outlet: str) -> dict[str, Any]:
        """An actor's share of all the words an outlet quotes, with an interval over the outlet's articles."""
        if outlet not in self._voice:
            if not self._voice:  # the quoted actors of every outlet, found in one pass over the pairs
                self._speakers.clear()
                for (a, o), g in self.by_pair.items():
                    if g.quoted_words:
                        self._speakers[o].append(a)
            self._voice[outlet] = self._voice_shares(outlet)
        share = self._voice[outlet].get(aid, (0.0, 0.0, 0.0))
        return {"quoted_share": round(share[0], 4), "quoted_share_interval": [round(share[1], 4), round(share[2], 4)]}

    def _voice_shares(self, outlet: str) -> dict[str, tuple[float, float, float]]:
        """Every quoted actor's share of an outlet's quoted words, all from the same resamples of
        the outlet's articles, computed for blocks of actors so memory stays bounded."""
        speakers = sorted(self._speakers.get(outlet, ()))
        arts = list(self.quote_counts[outlet].values())
        out: dict[str, tuple[float, float, float]] = {}
        for k in range(0, len(speakers), VOICE_BLOCK):
            block = speakers[k:k + VOICE_BLOCK]
            out.update(ratio_intervals(arts, {aid: (aid, "<total>", 1.0) for aid in block}, f"voice:{outlet}"))
        return out

    def group_name(self, level: str, key: str) -> str:
        actor = self.catalog.get(key) or self.actors.get(key)
        name = actor.name if actor else key
        return f"Government of {name}" if level == "government" else name

    def _keep_evidence(self, result: ArticleResult, r: Any) -> None:
        kept = self.evidence[r.actor]
        for si in r.sentences:
            if len(kept) >= EVIDENCE_PER_ACTOR:
                return
            s = result.sentences[si]
            kept.append(
                {
                    "article": result.id,
                    "title": result.title,
                    "outlet": result.outlet,
                    "paragraph": r.paragraph,
                    "sentence": si,
                    "text": s.text,
                    "compound": s.compound,
                    "spans": sorted(
                        {(m.start - s.start, m.end - s.start, "mention") for m in r.mentions if m.sentence == si}
                        | {(e.start - s.start, e.end - s.start, e.lexicon) for e in r.evidence if e.sentence == si}
                    ),
                }
            )

    def _statistics(self, runner: Any = None) -> dict[str, dict[str, Any]]:
        """Every group's statistics (``_summary``) by its key, computed in batches: over the
        runner's worker processes when it has any (each group's draws are seeded by its key, so
        the figures do not depend on where they are computed)."""
        jobs: list[tuple[_Group, str, bool | str]] = []
        for aid in sorted(set(self.by_actor) | set(self.dropped_mentions)):
            jobs.append((self.by_actor.get(aid) or _Group(), f"actor:{aid}", True))
        for name in sorted(self.outlet_articles):
            jobs.append((self.tone[name], f"tone:{name}", False))
            for key, groups in (("narration", self.narration_tone), ("quoted", self.quoted_tone)):
                g = groups.get(name)
                if g is not None and g.records:
                    jobs.append((g, f"{key}:{name}", False))
            if name in self.by_outlet:
                jobs.append((self.by_outlet[name], f"outlet:{name}", True))
        jobs += [(g, _pair_key(aid, outlet), True) for (aid, outlet), g in sorted(self.by_pair.items())]
        jobs += [(g, _voice_tone_key(aid), _TONE) for aid, g in sorted(self.voice_tone.items())]
        jobs += [(g, _voice_tone_key(aid, outlet), _TONE) for (aid, outlet), g in sorted(self.voice_tone_pair.items())]
        for level in ROLLUP_LEVELS:
            jobs += [(g, f"{level}:{key}", True) for key, g in sorted(self.by_group[level].items())]
        jobs += [(g, _group_outlet_key(level, key, outlet), True)
                 for (level, key, outlet), g in sorted(self.by_group_outlet.items())]
        if runner is None or getattr(runner, "jobs", 1) == 1 or len(jobs) <= SUMMARY_BATCH:
            results = _summaries(jobs, self.frame_ids)  # one batch: not worth a hand-over
        else:
            batches = [jobs[i:i + SUMMARY_BATCH] for i in range(0, len(jobs), SUMMARY_BATCH)]
            results = [r for part in runner.apply(_summaries, batches, self.frame_ids, dict(_COLUMNS)) for r in part]
        self._stats = {key: r for (_, key, _), r in zip(jobs, results)}
        return self._stats

    def _statistics_of(self, g: _Group, key: str) -> dict[str, Any]:
        """The statistics of group ``g`` (with frames), as the last summary computed them for
        ``key`` (the comparison asks for many of the same groups) or computed now."""
        found = self._stats.get(key)
        return found if found is not None else _summary(g, key, self.frame_ids)

    def voice_tone_of(self, aid: str, outlet: str | None = None) -> dict[str, Any] | None:
        """The tone of an actor's quotes, in an outlet if given, as summary.json gives it (the last
        summary's figures, or computed now); None when no quoted sentence quotes it alone."""
        g = self.voice_tone.get(aid) if outlet is None else self.voice_tone_pair.get((aid, outlet))
        if g is None or not g.records:
            return None
        key = _voice_tone_key(aid, outlet)
        return _tone(g, self._stats.get(key) or _tone_summary(g, key))

    def pair_statistics(self, aid: str, outlet: str) -> dict[str, Any]:
        """Statistics of an actor in an outlet (as in summary.json's actor_outlet)."""
        return self._statistics_of(self.by_pair[(aid, outlet)], _pair_key(aid, outlet))

    def group_outlet_statistics(self, level: str, key: str, outlet: str) -> dict[str, Any]:
        """Statistics of a party, government or country in an outlet (summary.json's group_outlet)."""
        return self._statistics_of(self.by_group_outlet[(level, key, outlet)], _group_outlet_key(level, key, outlet))

    @one_blas_thread
    def summary(self, runner: Any = None) -> dict[str, Any]:
        """Aggregates as plain, sorted data (the body of summary.json); a ``runner`` with worker
        processes computes the groups' statistics there."""
        stats = self._statistics(runner)
        actors = []
        for aid in set(self.by_actor) | set(self.dropped_mentions):
            a = self.actors[aid]
            row = {"id": aid, "name": a.name, "kind": a.kind, "discovered": a.discovered,
                   "country": a.country, "party": a.party, "sector": a.sector,
                   "former_parties": [{"party": f.party, "until": f.until} for f in a.former_parties],
                   "boilerplate_mentions": self.dropped_mentions[aid]}
            row.update(stats[f"actor:{aid}"])
            row["voice_tone"] = self.voice_tone_of(aid)
            if aid not in self.by_actor:  # named only in captions or other dropped text: listed, not scored
                row.update(sentiment=None, ci_low=None, ci_high=None, ci_unit=None)
            actors.append(row)
        actors.sort(key=lambda x: (-x["mentions"], -x["boilerplate_mentions"], x["id"]))
        outlets = []
        for name in sorted(self.outlet_articles):
            tone = self.tone[name]
            t = stats[f"tone:{name}"]
            row = {"name": name, "articles": self.outlet_articles[name], "paragraphs": tone.records,
                   "tone": t["sentiment"], "tone_ci_low": t["ci_low"], "tone_ci_high": t["ci_high"],
                   "quoted_words": self.quoted_words[name]}
            for key, groups in (("narration", self.narration_tone), ("quoted", self.quoted_tone)):
                row[f"{key}_tone"] = _tone(groups.get(name), stats.get(f"{key}:{name}"))
            if name in self.by_outlet:
                row["actor_sentiment"] = stats[f"outlet:{name}"]
            outlets.append(row)
        pairs = []
        for (aid, outlet), g in sorted(self.by_pair.items()):
            row = {"actor": aid, "outlet": outlet, **stats[_pair_key(aid, outlet)]}
            row.update(self.voice_share(aid, outlet))
            row["voice_tone"] = self.voice_tone_of(aid, outlet)
            pairs.append(row)
        groups: dict[str, list[dict[str, Any]]] = {}
        for level in ROLLUP_LEVELS:
            rows = []
            for key, g in self.by_group[level].items():
                rows.append({"id": key, "name": self.group_name(level, key), **stats[f"{level}:{key}"]})
            rows.sort(key=lambda x: (-x["mentions"], x["id"]))
            groups[level] = rows
        group_outlet = [
            {"level": level, "group": key, "outlet": outlet, **stats[_group_outlet_key(level, key, outlet)]}
            for (level, key, outlet), g in sorted(self.by_group_outlet.items())
        ]
        return {
            "groups": groups,
            "group_outlet": group_outlet,
            "corpus": {
                "articles": len(self.articles),
                "outlets": len(self.outlet_articles),
                "paragraphs": self.n_paragraphs,
                "sentences": self.n_sentences,
                "dropped_paragraphs": self.n_dropped,
                "boilerplate_cuts": self.n_cut,
                "actors": len(actors),
            },
            "actors": actors,
            "outlets": outlets,
            "actor_outlet": pairs,
        }

    def frame_matrix(self, actor_ids: list[str]) -> Any:
        """Actor x frame matrix of mean frame scores (rows in ``actor_ids`` order, columns ``frame_ids``)."""
        from sklearn.feature_extraction import DictVectorizer

        vec = DictVectorizer(sparse=False, sort=False)
        vec.fit([{f: 0.0 for f in self.frame_ids}])
        rows = []
        for aid in actor_ids:
            g = self.by_actor[aid]
            rows.append({f: v / g.records for f, v in g.frames.items()} if g.records else {})
        return vec.transform(rows)
