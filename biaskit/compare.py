"""Comparing outlets: per-outlet estimates, outlet-vs-outlet differences with permutation tests and
Benjamini-Hochberg correction, rankings, and contrasts between two actors or groups.

The article is the sampling unit throughout: a permutation test shuffles whole articles between
the two outlets, and every interval resamples articles. Random numbers are seeded from what is
compared, so the same corpus gives the same numbers, whatever else it holds.
"""

from __future__ import annotations

import math
from collections import Counter
from itertools import combinations
from typing import Any, Sequence

from biaskit.aggregate import (LOW_DATA_ARTICLES, ROLLUP_LEVELS, Aggregator, _Group, draws_for,
                               one_blas_thread, resample_sums)

#: Permutations per test at first. With thousands of comparisons corrected together, a floor of
#: 1/2001 would leave no difference significant, however large, so a test whose observed difference
#: fewer than ``ENOUGH_EXCEEDANCES`` of them reach is resolved further: between groups of up to
#: ``EXACT_MAX_ARTICLES`` articles by more permutations, doubling up to ``MAX_PERMUTATIONS`` (the
#: smallest p-value then is 1/(MAX_PERMUTATIONS + 1)); between larger groups, where that would take
#: long and the permutation distribution is close to normal, by the normal tail with the mean and
#: spread of the permuted differences.
N_PERMUTATIONS = 2000
MAX_PERMUTATIONS = 128_000
ENOUGH_EXCEEDANCES = 10
EXACT_MAX_ARTICLES = 200
TEST_BATCH = 200  # permutation tests handed to a worker process at a time
_DRAWS = 2_000_000  # uniform draws made at once (16 MB)
#: Articles an actor needs in each of two outlets for them to be compared.
MIN_ARTICLES = 3
#: At most this many actors (the most mentioned) are tested, to keep the correction meaningful.
MAX_ACTORS = 100
#: Outlets with fewer articles stay off the outlet map: one odd article would set an axis.
MAP_MIN_ARTICLES = 2


def _arrays(g: _Group) -> tuple[list[float], list[float]]:
    arts = list(g.per_article.values())
    return [a["sentiment"] for a in arts], [a["n"] for a in arts]


def permutation_test(a: tuple[Sequence[float], Sequence[float]], b: tuple[Sequence[float], Sequence[float]],
                     key: str, n_perm: int = N_PERMUTATIONS, max_perm: int = MAX_PERMUTATIONS) -> tuple[float, float]:
    """(difference, two-sided p-value) of sum(s)/sum(n) between two sets of articles, shuffling
    articles between the sets ``n_perm`` times; while fewer than ``ENOUGH_EXCEEDANCES`` shuffles
    reach the observed difference, more (doubling, up to ``max_perm``) when the sets hold at most
    ``EXACT_MAX_ARTICLES`` articles, else the normal tail of the shuffled differences."""
    import numpy as np

    s = np.asarray(list(a[0]) + list(b[0]), dtype=float)
    c = np.asarray(list(a[1]) + list(b[1]), dtype=float)
    na = len(a[0])
    observed = s[:na].sum() / c[:na].sum() - s[na:].sum() / c[na:].sum()
    rng = draws_for(key)
    chunk = max(1, _DRAWS // len(s))
    s_total, c_total = s.sum(), c.sum()

    def shuffled(count: int) -> Any:
        """The differences of ``count`` shuffles: per shuffle a random set of na articles, the na
        smallest of uniform draws."""
        parts = []
        for start in range(0, count, chunk):
            chosen = np.argpartition(rng.random_sample((min(chunk, count - start), len(s))), na - 1, axis=1)[:, :na]
            sa, ca = s[chosen].sum(axis=1), c[chosen].sum(axis=1)
            parts.append(sa / ca - (s_total - sa) / (c_total - ca))
        return np.concatenate(parts)

    first = shuffled(n_perm)
    extreme, total = int(np.sum(np.abs(first) >= abs(observed) - 1e-12)), n_perm
    if extreme < ENOUGH_EXCEEDANCES and len(s) > EXACT_MAX_ARTICLES:
        spread = float(first.std())
        if spread > 0:
            z = abs(observed - float(first.mean())) / spread
            return float(observed), min(1.0, math.erfc(z / math.sqrt(2)))
    while extreme < ENOUGH_EXCEEDANCES and total < max_perm:
        batch = min(total, max_perm - total)
        extreme += int(np.sum(np.abs(shuffled(batch)) >= abs(observed) - 1e-12))
        total += batch
    return float(observed), (extreme + 1) / (total + 1)


def hedges_g(x: Sequence[float], y: Sequence[float]) -> float | None:
    """Standardised mean difference of two samples (Hedges' g, small-sample corrected); None
    where it has no value: a sample of fewer than two, or no spread in either sample while the
    means differ (0 when they do not)."""
    nx, ny = len(x), len(y)
    if nx < 2 or ny < 2:
        return None
    mx, my = sum(x) / nx, sum(y) / ny
    vx = sum((v - mx) ** 2 for v in x) / (nx - 1)
    vy = sum((v - my) ** 2 for v in y) / (ny - 1)
    pooled = math.sqrt(((nx - 1) * vx + (ny - 1) * vy) / (nx + ny - 2))
    if pooled == 0:
        return 0.0 if mx == my else None
    return (mx - my) / pooled * (1 - 3 / (4 * (nx + ny) - 9))


def benjamini_hochberg(p: Sequence[float]) -> list[float]:
    """Benjamini-Hochberg adjusted p-values (q-values), in the input order."""
    n = len(p)
    order = sorted(range(n), key=lambda i: p[i])
    q = [0.0] * n
    running = 1.0
    for rank in range(n, 0, -1):
        i = order[rank - 1]
        running = min(running, p[i] * n / rank)
        q[i] = running
    return q


def differences(agg: Aggregator, min_articles: int = MIN_ARTICLES, max_actors: int = MAX_ACTORS,
                runner: Any = None) -> list[dict[str, Any]]:
    """Outlet-vs-outlet differences in sentiment toward each actor, tested and corrected."""
    return _tested(agg.by_pair, agg, "diff", min_articles, max_actors, runner)


def voice_tone_differences(agg: Aggregator, min_articles: int = MIN_ARTICLES,
                           max_actors: int = MAX_ACTORS, runner: Any = None) -> list[dict[str, Any]]:
    """Outlet-vs-outlet differences in the tone of what each actor is quoted saying (the quoted
    sentences that quote it alone), tested and corrected as a family of their own."""
    return _tested(agg.voice_tone_pair, agg, "voice_tone_diff", min_articles, max_actors, runner)


def _permutation_tests(batch: Sequence[tuple[Any, Any, str]]) -> list[tuple[float, float]]:
    """``permutation_test`` of each (a, b, key) of the batch (a worker's share of them)."""
    return [permutation_test(a, b, key) for a, b, key in batch]


def _run_tests(tests: list[tuple[Any, Any, str]], runner: Any) -> list[tuple[float, float]]:
    """The permutation tests, in order: in batches over the runner's processes when it has more
    than one (each test draws from its own seed, so where it runs changes nothing)."""
    if runner is None or getattr(runner, "jobs", 1) == 1 or len(tests) <= TEST_BATCH:
        return _permutation_tests(tests)
    batches = [tests[i:i + TEST_BATCH] for i in range(0, len(tests), TEST_BATCH)]
    return [r for part in runner.apply(_permutation_tests, batches) for r in part]


def _tested(pairs: dict[tuple[str, str], _Group], agg: Aggregator, key: str, min_articles: int,
            max_actors: int, runner: Any = None) -> list[dict[str, Any]]:
    """For each actor (of the ``max_actors`` most mentioned) that ``pairs`` holds in at least
    ``min_articles`` articles of two outlets or more, every pair of those outlets: the difference of
    the two groups' means, its permutation p-value (seeded from ``key``, the actor and the outlets),
    the Benjamini-Hochberg q-value across all rows, and Hedges' g on the article means."""
    by_actor_outlets: dict[str, list[str]] = {}
    for (aid, outlet), g in pairs.items():
        if len(g.per_article) >= min_articles:
            by_actor_outlets.setdefault(aid, []).append(outlet)
    mentions = {a: agg.by_actor[a].mentions if a in agg.by_actor else 0 for a in by_actor_outlets}
    actors = sorted((a for a, o in by_actor_outlets.items() if len(o) >= 2),
                    key=lambda a: (-mentions[a], a))[:max_actors]
    compared = [(aid, oa, ob) for aid in sorted(actors) for oa, ob in combinations(sorted(by_actor_outlets[aid]), 2)]
    tested = _run_tests([(_arrays(pairs[(aid, oa)]), _arrays(pairs[(aid, ob)]), f"{key}:{aid}|{oa}|{ob}")
                         for aid, oa, ob in compared], runner)
    rows = []
    for (aid, oa, ob), (diff, p) in zip(compared, tested):
        ga, gb = pairs[(aid, oa)], pairs[(aid, ob)]
        means_a = [a["sentiment"] / a["n"] for a in ga.per_article.values()]
        means_b = [a["sentiment"] / a["n"] for a in gb.per_article.values()]
        rows.append({"actor": aid, "outlet_a": oa, "outlet_b": ob, "articles_a": len(means_a),
                     "articles_b": len(means_b), "difference": round(diff, 4), "p": round(p, 5),
                     "hedges_g": None if (g := hedges_g(means_a, means_b)) is None else round(g, 4)})
    for row, q in zip(rows, benjamini_hochberg([r["p"] for r in rows])):
        row["q"] = round(q, 5)
        row["significant"] = q < 0.05
    return rows


def rankings(agg: Aggregator, min_articles: int = MIN_ARTICLES) -> dict[str, list[dict[str, Any]]]:
    """Per actor, the outlets from the most favourable to the least (those with enough articles)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for (aid, outlet), g in sorted(agg.by_pair.items()):
        if len(g.per_article) < min_articles:
            continue
        s = agg.pair_statistics(aid, outlet)
        out.setdefault(aid, []).append({"outlet": outlet, "sentiment": s["sentiment"], "ci_low": s["ci_low"],
                                        "ci_high": s["ci_high"], "articles": s["articles"]})
    return {aid: sorted(v, key=lambda r: (-r["sentiment"], r["outlet"])) for aid, v in out.items() if len(v) >= 2}


def _group_for(agg: Aggregator, name: str, outlet: str) -> _Group | None:
    """The actor or roll-up group ``name`` within an outlet."""
    if (name, outlet) in agg.by_pair:
        return agg.by_pair[(name, outlet)]
    for level in ROLLUP_LEVELS:
        g = agg.by_group_outlet.get((level, name, outlet))
        if g is not None:
            return g
    return None


def known_names(agg: Aggregator) -> set[str]:
    return set(agg.by_actor) | {key for level in ROLLUP_LEVELS for key in agg.by_group[level]}


def contrast(agg: Aggregator, a: str, b: str) -> list[dict[str, Any]]:
    """Per outlet: sentiment toward ``a`` minus toward ``b`` (actors or roll-up groups), with a 95%
    interval from resampling the outlet's articles that mention either."""
    import numpy as np

    rows = []
    for outlet in sorted(agg.outlet_articles):
        ga, gb = _group_for(agg, a, outlet), _group_for(agg, b, outlet)
        row: dict[str, Any] = {"outlet": outlet, "articles_a": len(ga.per_article) if ga else 0,
                               "articles_b": len(gb.per_article) if gb else 0}
        if not ga or not gb:
            row.update(difference=None, ci_low=None, ci_high=None, low_data=True)
            rows.append(row)
            continue
        arts = sorted(set(ga.per_article) | set(gb.per_article))
        empty: Counter = Counter()
        m = np.array([[ga.per_article.get(x, empty)["sentiment"], ga.per_article.get(x, empty)["n"],
                       gb.per_article.get(x, empty)["sentiment"], gb.per_article.get(x, empty)["n"]] for x in arts])
        point = m[:, 0].sum() / m[:, 1].sum() - m[:, 2].sum() / m[:, 3].sum()
        boot = resample_sums(m, f"contrast:{a}|{b}|{outlet}")
        with np.errstate(divide="ignore", invalid="ignore"):
            d = boot[:, 0] / boot[:, 1] - boot[:, 2] / boot[:, 3]
        d = d[np.isfinite(d)]
        low, high = np.percentile(d, [2.5, 97.5]) if len(d) and len(arts) >= 2 else (point, point)
        row.update(difference=round(float(point), 4), ci_low=round(float(low), 4), ci_high=round(float(high), 4),
                   low_data=min(row["articles_a"], row["articles_b"]) < LOW_DATA_ARTICLES)
        rows.append(row)
    return rows


@one_blas_thread
def compare_outlets(agg: Aggregator, contrast_pair: tuple[str, str] | None = None, top: int = 20,
                    max_actors: int = MAX_ACTORS, runner: Any = None) -> dict[str, Any]:
    """The comparison as plain data: per outlet its articles and estimates toward the most
    mentioned actors and groups, the tested differences, the rankings and the contrast (the
    permutation tests spread over ``runner``'s processes when it has several)."""
    actors = sorted(agg.by_actor, key=lambda a: (-agg.by_actor[a].mentions, a))[:top]
    groups = {level: sorted(agg.by_group[level], key=lambda k: (-agg.by_group[level][k].mentions, k))[:top]
              for level in ROLLUP_LEVELS}
    outlets = []
    for outlet in sorted(agg.outlet_articles):
        est: dict[str, Any] = {}
        for aid in actors:
            if (aid, outlet) in agg.by_pair:
                est[aid] = {**_estimate(agg.pair_statistics(aid, outlet)),
                            **agg.voice_share(aid, outlet), "voice_tone": agg.voice_tone_of(aid, outlet)}
        grp: dict[str, dict[str, Any]] = {}
        for level, keys in groups.items():
            for key in keys:
                if (level, key, outlet) in agg.by_group_outlet:
                    grp.setdefault(level, {})[key] = _estimate(agg.group_outlet_statistics(level, key, outlet))
        outlets.append({"name": outlet, "articles": agg.outlet_articles[outlet], "actors": est, "groups": grp})
    diffs, ranks = differences(agg, max_actors=max_actors, runner=runner), rankings(agg)
    voice_diffs = voice_tone_differences(agg, max_actors=max_actors, runner=runner)
    named = set(actors) | {d["actor"] for d in diffs + voice_diffs} | set(ranks)
    names = {aid: agg.actors[aid].name for aid in sorted(named) if aid in agg.actors}
    out: dict[str, Any] = {"by": "outlet", "outlets": outlets, "actor_names": names,
                           "differences": diffs, "voice_tone_differences": voice_diffs, "rankings": ranks}
    if contrast_pair is not None:
        a, b = contrast_pair
        out["contrast"] = {"a": a, "b": b, "per_outlet": contrast(agg, a, b)}
    out["map"] = outlet_map(agg, top)
    out["timeline"] = timeline(agg)
    return out


def outlet_features(agg: Aggregator, top: int = 20) -> tuple[list[str], list[str], list[list[float]]]:
    """(outlets, feature names, matrix) for the outlets with at least MAP_MIN_ARTICLES articles:
    each outlet's sentiment toward the most mentioned actors
    that at least half the outlets name (missing cells take the actor's mean over all outlets),
    its frame profile, its speaking, label and hedge rates and its narration and quoted tones."""
    outlets = sorted(o for o, n in agg.outlet_articles.items() if n >= MAP_MIN_ARTICLES)
    half = max(2, (len(outlets) + 1) // 2)
    mapped = set(outlets)
    naming = Counter(a for a, o in agg.by_pair if o in mapped)  # how many of the outlets name each actor
    shared = [a for a in sorted(agg.by_actor, key=lambda a: (-agg.by_actor[a].mentions, a))
              if naming[a] >= half][:top]
    overall = {a: agg.by_actor[a].sentiment for a in shared}  # (for the outlets that do not name one)
    names = [f"sentiment toward {agg.actors[a].name if a in agg.actors else a}" for a in shared]
    names += [f"frame {f}" for f in agg.frame_ids] + ["speaking share", "label rate", "hedge rate",
                                                       "narration tone", "quoted tone"]
    rows = []
    for o in outlets:
        row = []
        for a in shared:
            g = agg.by_pair.get((a, o))
            row.append(g.sentiment if g else overall[a])
        g = agg.by_outlet.get(o, _Group())
        row += [g.frames[f] / g.records if g.records else 0.0 for f in agg.frame_ids]
        row += [g.speaks / g.records if g.records else 0.0,
                100 * sum(g.labels.values()) / g.words if g.words else 0.0,
                100 * g.hedges / g.words if g.words else 0.0]
        for tone in (agg.narration_tone, agg.quoted_tone):
            t = tone.get(o)
            row.append(t.sentiment if t else 0.0)
        rows.append(row)
    return outlets, names, rows


def outlet_map(agg: Aggregator, top: int = 20) -> dict[str, Any] | None:
    """Outlets placed by their profiles (StandardScaler, then PCA to two axes, each named by its
    strongest loadings) and grouped by hierarchical (Ward) clustering; None under three outlets."""
    import numpy as np
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.decomposition import PCA
    from sklearn.preprocessing import StandardScaler

    outlets, names, rows = outlet_features(agg, top)
    if len(outlets) < 3:
        return None
    x = np.asarray(rows, dtype=float)
    keep = x.std(axis=0) > 1e-12
    x, names = x[:, keep], [n for n, k in zip(names, keep) if k]
    if x.shape[1] < 2:
        return None
    z = StandardScaler().fit_transform(x)
    pca = PCA(n_components=2, svd_solver="full", random_state=0)
    xy = pca.fit_transform(z)
    for k in range(2):  # a sign convention, so reruns and other versions draw the same map
        j = int(np.argmax(np.abs(pca.components_[k])))
        if pca.components_[k][j] < 0:
            pca.components_[k] *= -1
            xy[:, k] *= -1
    n_clusters = min(3, len(outlets) - 1)
    clusters = AgglomerativeClustering(n_clusters=n_clusters, linkage="ward").fit_predict(z)
    # number clusters in order of first appearance, so labels do not depend on the algorithm's
    order: dict[int, int] = {}
    for c in clusters:
        order.setdefault(int(c), len(order))
    components = []
    for k in range(2):
        load = sorted(zip(names, pca.components_[k]), key=lambda t: (-abs(t[1]), t[0]))[:5]
        components.append({"explained_variance": round(float(pca.explained_variance_ratio_[k]), 4),
                           "loadings": [{"feature": f, "weight": round(float(w), 4)} for f, w in load]})
    return {
        "features": names,
        "components": components,
        "outlets": [{"name": o, "x": round(float(a), 4), "y": round(float(b), 4), "cluster": order[int(c)]}
                    for o, (a, b), c in zip(outlets, xy, clusters)],
    }


def timeline(agg: Aggregator, top: int = 6) -> dict[str, Any] | None:
    """Sentiment and frame scores per actor per outlet per month (per week when the dated
    articles span under 120 days) for the most mentioned actors; None without dates."""
    from datetime import date

    if not agg.dated:
        return None
    days = sorted({d for _, _, d in agg.dated})
    try:
        first, last = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
    except ValueError:
        return None
    weekly = (last - first).days < 120

    def period(d: str) -> str:
        try:
            day = date.fromisoformat(d)
        except ValueError:
            return d[:7]
        if weekly:
            y, w, _ = day.isocalendar()
            return f"{y}-W{w:02d}"
        return d[:7]

    with_dates = {k[0] for k in agg.dated}
    actors = [a for a in sorted(agg.by_actor, key=lambda a: (-agg.by_actor[a].mentions, a)) if a in with_dates][:top]
    series: dict[str, dict[str, dict[str, Counter]]] = {}
    for (aid, outlet, d), acc in agg.dated.items():
        if aid in actors:
            series.setdefault(aid, {}).setdefault(outlet, {}).setdefault(period(d), Counter()).update(acc)
    out: dict[str, Any] = {"unit": "week" if weekly else "month", "actors": {}}
    for aid in actors:
        per_outlet = {}
        for outlet, periods in sorted(series.get(aid, {}).items()):
            points = []
            for p, acc in sorted(periods.items()):
                n = acc["n"]
                points.append({"period": p, "sentiment": round(acc["sentiment"] / n, 4), "paragraphs": int(n),
                               "articles": int(acc["articles"]),
                               "frames": {f: round(acc["frame:" + f] / n, 4) for f in agg.frame_ids
                                          if acc.get("frame:" + f)}})
            per_outlet[outlet] = points
        out["actors"][aid] = {"name": agg.actors[aid].name if aid in agg.actors else aid, "outlets": per_outlet}
    return out


def _estimate(s: dict[str, Any]) -> dict[str, Any]:
    keep = ("articles", "low_data", "sentiment", "ci_low", "ci_high", "speaks_share", "speaks_share_interval",
            "label_rate", "label_rate_interval", "hedge_rate", "hedge_rate_interval", "frames", "frame_intervals")
    return {k: s[k] for k in keep}
