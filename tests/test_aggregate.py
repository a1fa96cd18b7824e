import pytest

from biaskit.aggregate import EVIDENCE_PER_ACTOR, Aggregator, bootstrap_ci
from biaskit.types import Actor, ActorParagraph, ArticleResult, Mention, Sentence

FRAMES = ("economic", "diplomacy", "legality")
ACTORS = {
    "ana": Actor("ana", "Ana Ruiz", "person"),
    "bo": Actor("bo", "Bo Lind", "person"),
    "cy": Actor("cy", "Cy Harbor", "organisation"),
    "ghost": Actor("ghost", "Ghost Party", "organisation"),
}


def result(aid, outlet, recs, dropped_mentions=(), extra_actors=()):
    """An ArticleResult with one sentence per record; recs: (paragraph, actor, sentiment, frames, speaks)."""
    sentences, records = [], []
    for i, (para, actor, value, frames, speaks) in enumerate(recs):
        start = 40 * i
        text = f"Sentence {i} about {ACTORS[actor].name}."
        sentences.append(Sentence(i, para, start, start + len(text), text, compound=value))
        name = ACTORS[actor].name
        at = start + text.index(name)
        mention = Mention(actor, para, i, at, at + len(name), name, "name")
        records.append(ActorParagraph(
            article=aid, outlet=outlet, paragraph=para, actor=actor, mentions=(mention,), sentences=(i,),
            sentiment=value, paragraph_sentiment=value, words=10, frames=tuple(sorted(frames.items())),
            speaks=speaks, attribution=("said",) if speaks else (),
        ))
    used = sorted({r[1] for r in recs} | set(extra_actors))
    return ArticleResult(
        id=aid, outlet=outlet, title=f"Title of {aid}", source=aid, date=None, url=None,
        sentences=tuple(sentences), paragraph_sentiment=tuple(r[2] for r in recs), records=tuple(records),
        actors=tuple(ACTORS[a] for a in used), dropped_mentions=tuple(dropped_mentions),
    )


# a1 (north): ana 0.2 and 0.4, bo 0.5 and -0.1; a2 (south): ana -0.3; ghost only in a dropped caption of a2.
A1 = result("a1", "north", [
    (0, "ana", 0.2, {"economic": 2.0}, True),
    (1, "ana", 0.4, {"economic": 4.0, "diplomacy": 1.0}, False),
    (1, "bo", 0.5, {}, False),
    (2, "bo", -0.1, {"legality": 3.0}, True),
])
A2 = result("a2", "south", [(0, "ana", -0.3, {}, False)], dropped_mentions=((0, "ghost", "Ghost Party"),),
            extra_actors=("ghost",))
# an unrelated article: a group that sorts before the others, with more mentions than anyone
A3 = result("a3", "aaa-east", [(i % 3, "cy", v, {}, False) for i, v in enumerate([0.9, -0.8, 0.1, 0.6, -0.2])]
            + [(3, "cy", 0.3, {}, False)])


def summarise(*results):
    agg = Aggregator(FRAMES)
    for r in results:
        agg.add(r)
    return agg, agg.summary()


def by_id(summary):
    return {a["id"]: a for a in summary["actors"]}


def outlet_rows(summary):
    return {o["name"]: o for o in summary["outlets"]}


def pair_rows(summary):
    return {(p["actor"], p["outlet"]): p for p in summary["actor_outlet"]}


def test_actor_means_counts_and_frames():
    _, s = summarise(A1, A2)
    ana, bo = by_id(s)["ana"], by_id(s)["bo"]
    assert ana["sentiment"] == pytest.approx((0.2 + 0.4 - 0.3) / 3, abs=1e-4)
    assert (ana["articles"], ana["paragraphs"], ana["mentions"]) == (2, 3, 3)
    assert ana["frames"] == pytest.approx({"economic": 6.0 / 3, "diplomacy": 1.0 / 3, "legality": 0.0}, abs=1e-4)
    assert (ana["speaks"], ana["speaks_share"]) == (1, pytest.approx(1 / 3, abs=1e-4))
    assert ana["attribution"] == {"said": 1} and ana["resolutions"] == {"name": 3}
    assert bo["sentiment"] == pytest.approx((0.5 - 0.1) / 2, abs=1e-4)
    assert (bo["articles"], bo["paragraphs"]) == (1, 2)
    assert [a["id"] for a in s["actors"]] == ["ana", "bo", "ghost"]  # most mentioned first
    assert s["corpus"] == {"articles": 2, "outlets": 2, "paragraphs": 5, "sentences": 5,
                           "dropped_paragraphs": 0, "boilerplate_cuts": 0, "actors": 3}


def test_interval_unit_and_bounds():
    _, s = summarise(A1, A2)
    ana, bo = by_id(s)["ana"], by_id(s)["bo"]
    # ana is in two articles: the article is the unit; the resampled means lie between the article means
    assert ana["ci_unit"] == "article"
    assert ana["ci_low"] <= ana["sentiment"] <= ana["ci_high"]
    assert -0.3 <= ana["ci_low"] < ana["ci_high"] <= 0.3
    # bo is in one article: its paragraphs are the unit
    assert bo["ci_unit"] == "paragraph"
    assert -0.1 <= bo["ci_low"] <= bo["sentiment"] <= bo["ci_high"] <= 0.5
    assert bo["ci_low"] < bo["ci_high"]


def test_outlets_and_pairs_are_separate_groups():
    _, s = summarise(A1, A2)
    north, south = outlet_rows(s)["north"], outlet_rows(s)["south"]
    assert north["actor_sentiment"]["sentiment"] == pytest.approx((0.2 + 0.4 + 0.5 - 0.1) / 4, abs=1e-4)
    assert north["actor_sentiment"]["ci_unit"] == "paragraph"
    assert south["actor_sentiment"]["sentiment"] == pytest.approx(-0.3, abs=1e-4)
    assert (south["actor_sentiment"]["ci_low"], south["actor_sentiment"]["ci_high"]) == (-0.3, -0.3)
    assert (north["articles"], north["paragraphs"], south["articles"], south["paragraphs"]) == (1, 4, 1, 1)
    assert north["tone"] == pytest.approx(0.25, abs=1e-4)  # mean paragraph sentiment of a1
    pairs = pair_rows(s)
    assert set(pairs) == {("ana", "north"), ("ana", "south"), ("bo", "north")}
    assert pairs[("ana", "north")]["sentiment"] == pytest.approx(0.3, abs=1e-4)
    assert pairs[("ana", "south")]["sentiment"] == pytest.approx(-0.3, abs=1e-4)
    assert pairs[("ana", "north")]["paragraphs"] == 2 and pairs[("ana", "south")]["paragraphs"] == 1


def test_actor_only_in_dropped_text_is_listed_unscored():
    _, s = summarise(A1, A2)
    ghost = by_id(s)["ghost"]
    assert ghost["boilerplate_mentions"] == 1
    assert (ghost["sentiment"], ghost["ci_low"], ghost["ci_high"], ghost["ci_unit"]) == (None, None, None, None)
    assert (ghost["mentions"], ghost["paragraphs"], ghost["articles"]) == (0, 0, 0)
    assert ghost["name"] == "Ghost Party"
    assert not any(p["actor"] == "ghost" for p in s["actor_outlet"])


def test_summary_is_reproducible():
    _, s1 = summarise(A1, A2)
    agg, s2 = summarise(A1, A2)
    assert s1 == s2
    assert agg.summary() == s2


def test_unrelated_group_does_not_change_other_intervals():
    _, before = summarise(A1, A2)
    _, after = summarise(A3, A1, A2)
    assert by_id(after)["cy"]["mentions"] > by_id(after)["ana"]["mentions"]  # cy's interval is drawn first
    for aid in ("ana", "bo"):
        assert by_id(after)[aid] == by_id(before)[aid]
    for name in ("north", "south"):
        assert outlet_rows(after)[name] == outlet_rows(before)[name]
    for key, row in pair_rows(before).items():
        assert pair_rows(after)[key] == row


def test_articles_list_and_evidence():
    agg, s = summarise(A1, A2)
    assert [a["id"] for a in agg.articles] == ["a1", "a2"]
    assert agg.articles[0]["top_actors"] == ["ana", "bo"]
    assert agg.articles[0]["sentiment"] == [0.2, 0.4, 0.5, -0.1]
    first = agg.evidence["ana"][0]
    assert first["text"] == "Sentence 0 about Ana Ruiz."
    assert first["spans"] == [(17, 25, "mention")]  # relative to the sentence, not the article
    assert first["text"][17:25] == "Ana Ruiz"
    second = agg.evidence["ana"][1]  # a1's second sentence starts at 40 in the article
    assert second["spans"] == [(17, 25, "mention")] and second["sentence"] == 1


def test_evidence_is_bounded():
    many = result("a9", "north", [(i, "ana", 0.1, {}, False) for i in range(EVIDENCE_PER_ACTOR + 5)])
    agg, _ = summarise(many)
    assert len(agg.evidence["ana"]) == EVIDENCE_PER_ACTOR


def test_frame_matrix():
    agg, _ = summarise(A1, A2)
    m = agg.frame_matrix(["bo", "ana"])
    assert m.shape == (2, 3)
    # columns in FRAMES order: economic, diplomacy, legality
    assert m[0].tolist() == pytest.approx([0.0, 0.0, 3.0 / 2])
    assert m[1].tolist() == pytest.approx([6.0 / 3, 1.0 / 3, 0.0])


# ---------------------------------------------------------------------------------------------
# bootstrap_ci


def test_bootstrap_identical_values_zero_width():
    low, high = bootstrap_ci([0.3] * 6, [1.0] * 6, "actor:same")
    assert high - low == 0
    assert low == pytest.approx(0.3)


def test_bootstrap_identical_means_different_counts():
    low, high = bootstrap_ci([0.6, 0.3, 0.9], [2.0, 1.0, 3.0], "actor:same-mean")
    assert low == pytest.approx(0.3) and high == pytest.approx(0.3)


def test_bootstrap_single_unit():
    assert bootstrap_ci([1.5], [3.0], "actor:one") == (0.5, 0.5)


def test_bootstrap_two_extremes():
    # resampled means of {0, 1} are 0, 0.5 or 1 with odds 1:2:1, so the 2.5/97.5 percentiles are 0 and 1
    assert bootstrap_ci([0.0, 1.0], [1.0, 1.0], "actor:x") == (0.0, 1.0)


def test_bootstrap_is_seeded_by_key():
    values = [0.1, -0.4, 0.7, 0.2, -0.9, 0.5, 0.0, 0.3]
    ones = [1.0] * len(values)
    a = bootstrap_ci(values, ones, "actor:ana")
    assert bootstrap_ci(values, ones, "actor:ana") == a
    assert min(values) <= a[0] < sum(values) / len(values) < a[1] <= max(values)


def test_voices_per_outlet_and_actor():
    from biaskit.aggregate import Aggregator
    from biaskit.analysis import analyze_article
    from helpers import article

    agg = Aggregator(["economic"])
    agg.add(analyze_article(article(
        ["Hamas said: “This is a wonderful, joyful victory.” The strikes were terrible."], outlet="wire")))
    agg.add(analyze_article(article(["“We reject the awful plan,” Israel said.", "Talks go on."], outlet="paper")))
    s = agg.summary()
    wire = next(o for o in s["outlets"] if o["name"] == "wire")
    assert wire["quoted_words"] == 6
    assert wire["quoted_tone"]["sentiment"] > 0 > wire["narration_tone"]["sentiment"]
    pairs = {(p["actor"], p["outlet"]): p for p in s["actor_outlet"]}
    assert pairs[("hamas", "wire")]["quoted_share"] == 1.0
    actors = {a["id"]: a for a in s["actors"]}
    assert actors["israel"]["quoted_words"] == 5 and actors["israel"]["attribution_classes"] == {"neutral": 1}


def test_every_rate_has_an_article_bootstrap_interval_and_thin_cells_are_marked():
    from biaskit.aggregate import LOW_DATA_ARTICLES, Aggregator
    from biaskit.analysis import analyze_article
    from helpers import article

    agg = Aggregator(["military_action"])
    texts = ["Hamas fired rockets at Israel, the terrorist group said.", "Hamas said the truce held.",
             "Hamas reportedly agreed to talks.", "Hamas leaders met in Doha.", "The army struck Hamas targets."]
    for i, t in enumerate(texts * 2):
        agg.add(analyze_article(article([t], ident=f"a{i}", outlet="wire" if i < 5 else "paper")))
    s = agg.summary()
    hamas = next(a for a in s["actors"] if a["id"] == "hamas")
    assert hamas["articles"] == 10 and not hamas["low_data"]
    for name in ("speaks_share", "label_rate", "hedge_rate"):
        low, high = hamas[f"{name}_interval"]
        assert low <= hamas[name] <= high
    assert hamas["label_rate"] > 0 and hamas["hedge_rate"] > 0
    low, high = hamas["frame_intervals"]["military_action"]
    assert low <= hamas["frames"]["military_action"] <= high and high > 0
    pair = next(p for p in s["actor_outlet"] if p["actor"] == "hamas" and p["outlet"] == "wire")
    assert pair["articles"] == 5 and pair["low_data"] == (5 < LOW_DATA_ARTICLES)
    one = Aggregator(["military_action"])
    one.add(analyze_article(article(texts[:1])))
    assert next(a for a in one.summary()["actors"] if a["id"] == "hamas")["low_data"]


def test_resampling_in_blocks_gives_the_same_intervals(monkeypatch):
    import numpy as np

    from biaskit import aggregate

    values = np.arange(60, dtype=float).reshape(30, 2) % 7 + 1
    whole = aggregate.resample_sums(values, "k")
    monkeypatch.setattr(aggregate, "RESAMPLE_BLOCK_CELLS", 45)  # blocks of one resample
    assert np.allclose(aggregate.resample_sums(values, "k"), whole)
    assert whole.shape == (aggregate.N_BOOTSTRAP, 2)
    # each resample draws 30 units: its count column sums to 30 draws of values
    assert not np.allclose(whole[0], whole[1])


def test_voice_shares_do_not_depend_on_how_actors_are_blocked(monkeypatch):
    from biaskit import aggregate

    from biaskit.analysis import analyze_article
    from helpers import article

    quotes = ["“We will not accept this plan at all,” Hamas said.", "“Talks go on,” Israel said.",
              "“We stand ready to host the next round of talks soon,” Egypt said."]
    results = [analyze_article(article(quotes[: 1 + i % 3] + quotes[i % 2:], outlet="wire", ident=f"a{i}"))
               for i in range(6)]

    def shares():
        agg = aggregate.Aggregator(())
        for r in results:
            agg.add(r)
        return [agg.voice_share(a, "wire") for a in ("egypt", "hamas", "israel")]

    together = shares()
    monkeypatch.setattr(aggregate, "VOICE_BLOCK", 1)
    assert shares() == together
    assert all(0 < s["quoted_share"] < 1 for s in together)
    assert all(s["quoted_share_interval"][0] <= s["quoted_share"] <= s["quoted_share_interval"][1] for s in together)


def test_draws_for_gives_the_stream_of_a_generator_seeded_from_the_key():
    import zlib

    import numpy as np

    from biaskit.aggregate import draws_for

    first = draws_for("actor:x").randint(0, 7, size=50)
    draws_for("actor:y").randint(0, 7, size=50)  # another group in between changes nothing
    again = draws_for("actor:x").randint(0, 7, size=50)
    fresh = np.random.RandomState(zlib.crc32(b"actor:x")).randint(0, 7, size=50)
    assert (first == again).all() and (first == fresh).all()
    assert not (draws_for("actor:y").randint(0, 7, size=50) == fresh).all()


def test_a_rate_that_is_zero_everywhere_has_a_zero_interval_and_changes_no_other():
    from biaskit.aggregate import ratio_intervals

    rows = [{"hits": 2.0, "quiet": 0.0, "n": 4.0}, {"hits": 0.0, "quiet": 0.0, "n": 3.0}, {"hits": 5.0, "n": 2.0}]
    both = ratio_intervals(rows, {"hit_rate": ("hits", "n", 1.0), "quiet_rate": ("quiet", "n", 1.0)}, "g")
    alone = ratio_intervals(rows, {"hit_rate": ("hits", "n", 1.0)}, "g")
    assert list(both) == ["hit_rate", "quiet_rate"]
    assert both["quiet_rate"] == (0.0, 0.0, 0.0)
    assert both["hit_rate"] == alone["hit_rate"]
    point, low, high = both["hit_rate"]
    assert point == 7.0 / 9.0 and low < point < high


def test_pair_statistics_reuse_the_summary_and_forget_it_when_articles_are_added():
    agg = Aggregator(FRAMES, ACTORS)
    agg.add(result("s1", "north", [(0, "ana", 0.5, {"economic": 1.0}, False)]))
    agg.add(result("s2", "north", [(0, "ana", -0.1, {}, True)]))
    summary = agg.summary()
    row = next(r for r in summary["actor_outlet"] if r["actor"] == "ana")
    stats = agg.pair_statistics("ana", "north")
    assert stats["sentiment"] == row["sentiment"] == 0.2 and stats["ci_low"] == row["ci_low"]
    assert agg.pair_statistics("ana", "north") is stats  # the summary's, not computed again
    agg.add(result("s3", "north", [(0, "ana", 0.9, {}, False)]))
    fresh = agg.pair_statistics("ana", "north")
    assert fresh["articles"] == 3 and fresh["sentiment"] == pytest.approx(0.4333, abs=1e-4)


def test_the_tone_of_what_an_actor_is_quoted_saying_per_actor_and_outlet():
    from biaskit.analysis import analyze_article
    from helpers import article

    agg = Aggregator(["economic"])
    agg.add(analyze_article(article([
        "Hamas said: “This is a wonderful, joyful victory.” The strikes were terrible.",  # one quoted sentence
        "“We reject the awful plan,” Israel said. “It is a disaster.”",  # two, one of them going on
        "Hamas and Israel met. “Maybe,” an aide said.",  # a quote no actor is given counts for no one
    ], outlet="wire")))
    agg.add(analyze_article(article(["“We love this great deal,” Israel said."], outlet="paper")))
    s = agg.summary()
    actors = {a["id"]: a for a in s["actors"]}
    assert actors["hamas"]["voice_tone"]["sentences"] == 1 and actors["hamas"]["voice_tone"]["sentiment"] > 0.5
    israel = actors["israel"]["voice_tone"]
    assert israel["sentences"] == 3 and israel["ci_low"] <= israel["sentiment"] <= israel["ci_high"]
    pairs = {(p["actor"], p["outlet"]): p for p in s["actor_outlet"]}
    assert pairs[("israel", "wire")]["voice_tone"]["sentiment"] < 0 < pairs[("israel", "paper")]["voice_tone"]["sentiment"]
    assert pairs[("israel", "wire")]["voice_tone"]["sentences"] == 2
    assert actors["hamas"]["quoted_words"] > 0 and "voice_tone" in actors["hamas"]


def test_a_quoted_sentence_counts_for_its_speaker_only_when_it_quotes_one_actor():
    from dataclasses import replace

    from biaskit.aggregate import quoted_speakers
    from biaskit.types import Quote

    r = replace(A1, quoted_sentences=(0, 1, 2), quotes=(
        Quote(2, 20, 0, 3, "ana", 0),  # sentence 0 (0..26): ana alone
        Quote(42, 50, 1, 2, "ana", 1), Quote(52, 60, 1, 2, "bo", 2),  # sentence 1: two speakers
        Quote(82, 100, 2, 3, None, 3),  # sentence 2: no speaker
        Quote(122, 140, 3, 3, "bo", 4),  # sentence 3 is not a quoted one
    ))
    assert quoted_speakers(r) == {0: "ana"}


def test_sums_written_after_a_worker_takes_over_the_column_numbering_read_back_by_name(monkeypatch):
    import biaskit.aggregate as aggregate

    monkeypatch.setattr(aggregate, "_COLUMNS", dict(aggregate._COLUMNS))
    monkeypatch.setattr(aggregate, "_FRAME_COLUMN", {})
    Aggregator(FRAMES).add(A1)  # this process numbers the frames' columns as it meets them
    other = {name: i for i, name in enumerate(aggregate._FIXED)}
    other.update({"frame:legality": 6, "frame:diplomacy": 7, "frame:economic": 8})
    aggregate._summaries([], FRAMES, other)  # a worker takes over the collecting process's numbering
    agg = Aggregator(FRAMES)
    agg.add(A1)
    ana = agg.by_actor["ana"].per_article["a1"]
    assert (ana["frame:economic"], ana["frame:diplomacy"], ana["speaks"], ana["n"]) == (6.0, 1.0, 1, 2)
    assert agg.by_actor["bo"].per_article["a1"]["frame:legality"] == 3.0
