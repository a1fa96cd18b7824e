"""Analysis of one article: sentences, VADER scores, actor mentions, framing -> ArticleResult.

``analyze_article`` is a pure function of its arguments (picklable in and out), so it can run
serially, in worker processes or on a cluster.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from functools import cached_property, lru_cache
from typing import Sequence

from biaskit import lexicons
from biaskit.actors import TITLE_JOINERS, ActorIndex, article_local, find_mentions
from biaskit.agency import POSSESSIVES, agency
from biaskit.quotes import find_quotes, names_only, quoted_share, title_opening
from biaskit.framing import FRAME_HITS, LABEL_HITS, SOURCE_MARKER, SPEAKER_REACH, SPEECH_HITS, FrameScorer, speaker_verbs
from biaskit.segment import Token, split_sentences, tokenize
from biaskit.sentiment import SentenceScorer, mean
from biaskit.targets import SentenceView, TargetModel, default_model, mention_features, sentence_features, verb_classes_of
from biaskit.terms import TermHit
from biaskit.vader import Scored
from biaskit.types import Actor, ActorParagraph, Article, ArticleResult, Match, Mention, Sentence

# Tokens between a loaded label and an actor's mention for the label to count as describing it.
LABEL_WINDOW = 8
# Tokens a title may run before a name: "Deputy National Security Adviser Jon Finer" (office titles of
# the roles lexicon have at most five words).
TITLE_REACH = 6

# The object forms of the personal pronouns ("her" is a possessive too), which speak only a participle
# right after them ("showed him saying"; possessives speak no verb after them: "his claim").
OBJECT_FORMS = frozenset("her him them".split())
# How a mention names its actor by name (not by a role, a pronoun or a demonym): a person named so at
# the start of an apposition is the speaker, not the name before it ("back to Mexico, Jo Ruiz, an
# attorney, said").
_NAMED = frozenset(("name", "alias", "short", "surname", "discovered"))


#: How many boilerplate pieces' mentions an analyzer keeps (see ``Analyzer.piece_mentions``).
PIECE_CACHE = 2_000


class Analyzer:
    """Compiled lexicons and the sentence scorer, built once per process and reused for every article."""

    def __init__(self, lex: lexicons.Lexicons) -> None:
        self.lex = lex

    @cached_property
    def framing(self) -> FrameScorer:
        return FrameScorer(self.lex)

    @cached_property
    def speech_term_max(self) -> int:
        """Tokens in the longest speech verb or source marker ("in the words of"): how far before
        a mention a speech hit that ends SPEAKER_REACH tokens before it may start."""
        terms = [v for _, verbs in self.lex.attribution for v in verbs] + list(self.lex.source_markers)
        return max((len(tokenize(t)) for t in terms), default=1)

    @cached_property
    def actors(self) -> ActorIndex:
        return ActorIndex(self.lex, self.framing.speech_verbs)

    @cached_property
    def title_words(self) -> frozenset[str]:
        """The words, lower case, of the titles that introduce a person ("Defense Secretary")."""
        return frozenset(t.text.lower() for title in self.lex.titles for t in tokenize(title))

    @cached_property
    def scorer(self) -> SentenceScorer:
        return SentenceScorer()

    @cached_property
    def target_model(self) -> TargetModel:
        return default_model()

    @cached_property
    def verb_classes(self) -> dict[str, str]:
        return verb_classes_of(self.lex.attribution)

    @cached_property
    def _pieces(self) -> dict[str, tuple[list[Mention], dict[str, Actor]]]:
        return {}

    def piece_mentions(self, text: str) -> tuple[list[Mention], dict[str, Actor]]:
        """The mentions in a piece of boilerplate cut from an article, and their actors, read as a
        text of its own: kept for the pieces seen last, as the same footer or newsletter box
        comes back in article after article (the results are only read, never changed)."""
        found = self._pieces.get(text)
        if found is None:
            toks = tokenize(text)
            found = find_mentions(self.actors, text, toks, [0] * len(toks), [0])
            if len(self._pieces) >= PIECE_CACHE:
                self._pieces.clear()  # a cheap bound, as the sentence cache's
            self._pieces[text] = found
        return found

    def load(self) -> "Analyzer":
        """Build every part now rather than at the first article that needs it (the target model
        at the first actor, ...): keeps loading out of a timing."""
        _ = self.framing, self.actors, self.scorer, self.target_model, self.verb_classes
        return self

    def target_scores(self, mentions: Sequence[Mention], sentences: Sequence[tuple[int, int, int]],
                      passes: Sequence[Scored], text: str) -> dict[tuple[int, str], float]:
        """Sentiment toward each actor in each sentence that mentions it: the target model on the
        actor's first named mention there (a pronoun only when the sentence names it no other way)."""
        by_sentence: dict[int, list[Mention]] = defaultdict(list)
        for m in mentions:
            by_sentence[m.sentence].append(m)
        model = self.target_model
        out: dict[tuple[int, str], float] = {}
        for si, ms in sorted(by_sentence.items()):
            _, s, e = sentences[si]
            chosen: dict[str, Mention] = {}
            for m in ms:
                old = chosen.get(m.actor)
                if old is None or (old.resolution == "pronoun" and m.resolution != "pronoun"):
                    chosen[m.actor] = m
            view = SentenceView.of(text[s:e], passes[si])
            ranges = {}
            for m in ms:
                r = view.word_range(m.start - s, m.end - s)
                if r is not None:
                    ranges[id(m)] = r
            shared = model.add(model.bias, sentence_features(view, ranges.values(), model.vocab))
            for actor_id, m in sorted(chosen.items()):
                target = ranges.get(id(m))
                if target is None:
                    out[(si, actor_id)] = 0.0
                    continue
                others = [r for r in ranges.values() if r != target]
                logits = model.add(shared, mention_features(view, target[0], target[1], others, self.verb_classes,
                                                           model.vocab))
                p = model.proba_of(logits)
                out[(si, actor_id)] = round(p[2] - p[0], 4)
        return out

    def analyze(self, article: Article, unresolved: bool = False) -> ArticleResult:
        """Analyse one article; with ``unresolved``, also list the names no actor claimed (curation)."""
        text = article.text
        sentences: list[tuple[int, int, int]] = []  # (paragraph, start, end)
        tokens: list[Token] = []
        sent_of: list[int] = []
        sent_tokens: list[tuple[int, int]] = []  # token range of each sentence
        for p in article.paragraphs:
            for s, e in split_sentences(p.text, p.start):
                idx = len(sentences)
                sentences.append((p.index, s, e))
                toks = tokenize(text[s:e], s)
                sent_tokens.append((len(tokens), len(tokens) + len(toks)))
                tokens += toks
                sent_of += [idx] * len(toks)
        scored = []
        passes = []
        for i, (p, s, e) in enumerate(sentences):
            vp = self.scorer.analyze(text[s:e])
            passes.append(vp)
            scored.append(Sentence(i, p, s, e, text[s:e], vp.neg, vp.neu, vp.pos, vp.compound))
        para_of_sent = [p for p, _, _ in sentences]
        headlines = frozenset(i for i, (p, _, _) in enumerate(sentences) if article.paragraphs[p].kind == "title")
        unclaimed: list[str] | None = [] if unresolved else None
        lower = [t.text.lower() for t in tokens]
        mentions, actors = find_mentions(
            self.actors, text, tokens, sent_of, para_of_sent, headlines, article.date, unclaimed, lower, article.outlet
        )
        mentions, actors = article_local(self.actors, article.id, mentions, actors)

        para_sentiment = []
        by_para: dict[int, list[float]] = defaultdict(list)
        for s in scored:
            by_para[s.paragraph].append(s.compound)
        for p in article.paragraphs:
            para_sentiment.append(round(mean(by_para[p.index]), 4))

        token_starts = [t.start for t in tokens]
        written = [t.text for t in tokens]
        hit_cache: dict[int, tuple[list[TermHit], list[TermHit], list[TermHit]]] = {}
        label_kind = self.framing.label_kind

        matches: dict[tuple[str, int, TermHit], Match] = {}

        def match(lexicon: str, h: TermHit, si: int, offset: int) -> Match:
            # one Match per hit, shared by every record of the sentence: results stay small to hand back
            key = (lexicon, si, h)
            found = matches.get(key)
            if found is None:
                found = matches[key] = Match(lexicon=lexicon, category=h.category, term=h.term, sentence=si,
                                             start=tokens[offset + h.first].start, end=tokens[offset + h.last].end)
            return found

        def sentence_hits(si: int, kind: int) -> list[TermHit]:
            found = hit_cache.get(si)
            if found is None:
                a, b = sent_tokens[si]
                found = hit_cache[si] = self.framing.sentence_hits(lower[a:b])
            return found[kind]

        token_cache: dict[int, tuple[Sequence[Token], list[str], list[TermHit], list[int], list[int]]] = {}

        def sentence_tokens(si: int) -> tuple[Sequence[Token], list[str], list[TermHit], list[int], list[int]]:
            """A sentence's tokens, their texts, its speech hits, their indexes in order of their
            first tokens, and those first tokens (a speaker's verb is looked for near it: see
            ``speaker_verbs``)."""
            found = token_cache.get(si)
            if found is None:
                a, b = sent_tokens[si]
                speech = sentence_hits(si, SPEECH_HITS)
                order = sorted(range(len(speech)), key=lambda k: speech[k].first)
                found = token_cache[si] = (tokens[a:b], written[a:b], speech, order,
                                           [speech[k].first for k in order])
            return found

        own_words: dict[str, tuple[frozenset[str], frozenset[str]]] = {}

        def identity_words(actor_id: str) -> tuple[frozenset[str], frozenset[str]]:
            """The words, lower case, of an actor's names (its name, aliases, short forms, demonyms and
            capitals; not its descriptions: "Israel's military" is framed by "military") and of the
            titles that may introduce it (its offices' and the roles lexicon's: "secretary of state")."""
            found = own_words.get(actor_id)
            if found is None:
                a = actors.get(actor_id)
                names = (a.name, *a.aliases, *a.short, *a.demonyms, *a.capitals) if a is not None else ()
                titles = [r.title for r in a.roles] if a is not None else []
                found = own_words[actor_id] = (
                    frozenset(t.text.lower() for f in names for t in tokenize(f)),
                    self.title_words.union(t.text.lower() for f in titles for t in tokenize(f)))
            return found

        def identifies(h: TermHit, actor_id: str, own: list[tuple[int, int]], a: int) -> bool:
            """Whether frame term ``h`` (in the sentence whose first token is ``a``) is part of what
            names the actor at one of its mentions ``own`` there: a word of its name inside the
            mention ("Security" in "Department of Homeland Security"), or of a title in capitals
            right before it ("National Security Adviser Jake Sullivan"; not "talked border security
            Sen. Ruiz said")."""
            names, titles = identity_words(actor_id)
            for f, l in own:
                if f <= h.last and h.first <= l:
                    if names.issuperset(lower[a + h.first:a + h.last + 1]):
                        return True
                elif h.last < f <= h.last + TITLE_REACH and titles.issuperset(lower[a + h.first:a + f]) \
                        and all(tokens[k].text[0].isupper() or lower[k] in TITLE_JOINERS
                                for k in range(a + h.first, a + f)):
                    return True
            return False

        person_names: dict[int, list[tuple[int, int]]] = defaultdict(list)  # sentence -> token spans of people's names
        for m in mentions:
            if m.resolution not in ("pronoun", "role") and m.actor in actors and actors[m.actor].kind == "person":
                a = sent_tokens[m.sentence][0]
                person_names[m.sentence].append((bisect_right(token_starts, m.start) - 1 - a,
                                                 bisect_right(token_starts, m.end - 1) - 1 - a))

        def in_person_name(h: TermHit, si: int) -> bool:
            """Whether term ``h`` of sentence ``si`` is a word of a person's name ("Bill" in "Bill Clinton",
            "Faith" in "Faith Hill"): a name frames, labels and hedges nothing, whoever the record is for."""
            return any(f <= h.first and h.last <= l for f, l in person_names.get(si, ()))

        grouped: dict[tuple[int, str], list[Mention]] = defaultdict(list)
        labels = names_only(text, article.paragraphs, mentions)
        for m in mentions:
            if m.paragraph not in labels:
                grouped[(m.paragraph, m.actor)].append(m)
        toward = self.target_scores(mentions, sentences, passes, text)
        verb_class = self.framing.verb_class
        quote_frames: list[tuple[int, Mention]] = []
        quotes = find_quotes(text, article.paragraphs, tokens, lower, sent_of, mentions, verb_class,
                             lambda actor_id: actors[actor_id].gender if actor_id in actors else None, quote_frames,
                             lambda actor_id: actors[actor_id].kind if actor_id in actors else None, labels)
        framed: dict[tuple[int, str], list[int]] = defaultdict(list)  # the verbs that framed an actor's quotes
        for v, m in quote_frames:
            framed[(m.paragraph, m.actor)].append(v)
        quoted_by: dict[tuple[int, str], int] = defaultdict(int)
        spoken: dict[str, list[tuple[int, int]]] = defaultdict(list)  # the quotes each actor speaks
        for q in quotes:
            if q.speaker is not None:
                quoted_by[(q.paragraph, q.speaker)] += q.words
                spoken[q.speaker].append((q.start, q.end))
        shares = quoted_share([(s, e) for _, s, e in sentences], quotes)
        quoted_sentences = tuple(i for i, share in enumerate(shares) if share >= 0.5)
        ends_at = {bisect_right(token_starts, m.end - 1) - 1: m for m in mentions}  # a mention's last token -> it
        person_starts = {bisect_right(token_starts, m.start) - 1: m.actor for m in mentions  # where a person's name opens
                         if m.resolution in _NAMED and m.actor in actors and actors[m.actor].kind == "person"
                         and not text.startswith(("'", "’"), m.end)}

        def affiliation(first: int) -> bool:
            """Whether the mention opening at token ``first`` only says where the person named
            right before it belongs, with "of" (or "at") and possessives of organisations between:
            "Jo Ruiz of Harlow University's Center for Ports told me" is Ruiz's word, not the centre's
            nor the university's, and so is "Jo Ruiz, a senior official at the State Department, the
            agency she joined in May, said" (but "Trump's White House said" is the White House's)."""
            k = first
            for _ in range(4):
                if k > 0 and lower[k - 1] == "the":
                    k -= 1
                if k < 2 or lower[k - 1] not in ("of", "at", "'s", "’s") or sent_of[k - 2] != sent_of[first]:
                    return False
                owner = ends_at.get(k - 2)
                if owner is None:  # a title in apposition: "Jo Ruiz, president of"
                    t = title_opening(text, tokens, lower, sent_of, k - 1, ends_at) if lower[k - 1] in ("of", "at") else None
                    person = ends_at.get(t - 1) if t is not None else None
                    return person is not None and person.actor in actors and actors[person.actor].kind == "person"
                kind = actors[owner.actor].kind if owner.actor in actors else None
                if kind == "person":
                    return lower[k - 1] in ("of", "at")
                k = bisect_right(token_starts, owner.start) - 1
            return False

        records = []
        for (pi, actor_id), ms in sorted(grouped.items()):
            sent_ids = sorted({m.sentence for m in ms})
            words = sum(sent_tokens[si][1] - sent_tokens[si][0] for si in sent_ids)
            spans_in: dict[int, list[tuple[int, int]]] = defaultdict(list)  # the mentions' token spans by sentence
            for m in ms:
                a = sent_tokens[m.sentence][0]
                spans_in[m.sentence].append((bisect_right(token_starts, m.start) - 1 - a,
                                             bisect_right(token_starts, m.end - 1) - 1 - a))
            frame_counts: dict[str, int] = defaultdict(int)
            evidence: list[Match] = []
            for si in sent_ids:
                a, _ = sent_tokens[si]
                own = spans_in[si]
                for h in sentence_hits(si, FRAME_HITS):
                    if own and identifies(h, actor_id, own, a) or in_person_name(h, si):
                        continue  # what names the actor, or a person, is no frame it appears in
                    frame_counts[h.category] += 1
                    evidence.append(match("frames", h, si, a))
            verbs: list[str] = []
            speaks = quoted_by.get((pi, actor_id), 0) > 0
            acts: dict[str, int] = defaultdict(int)
            for m in ms:
                a = sent_tokens[m.sentence][0]
                first = bisect_right(token_starts, m.start) - 1
                last = bisect_right(token_starts, m.end - 1) - 1
                role = agency(lower, first, last, sent_of, verb_class.keys(), written)
                if role is not None:
                    acts[role] += 1
                if not sentence_hits(m.sentence, SPEECH_HITS) or lower[first] in POSSESSIVES or affiliation(first):
                    continue  # (a possessive speaks no verb after it: "his claim", "its report")
                sent_toks, sent_words, speech, order, starts = sentence_tokens(m.sentence)
                reach_back = first - a - SPEAKER_REACH - self.speech_term_max
                window = order[bisect_left(starts, reach_back):bisect_right(starts, last - a + SPEAKER_REACH)]
                near = [speech[k] for k in sorted(window)]  # (in the sentence's order of hits)
                if lower[first] in OBJECT_FORMS:  # an object speaks only the participle right after it
                    near = [h for h in near if h.first == last - a + 1 and lower[last + 1].endswith("ing")
                            or h.category == SOURCE_MARKER and h.last < first - a]
                    # ("showed him saying", "according to him"; not "praised him, saying")
                person = actor_id in actors and actors[actor_id].kind == "person" and m.resolution != "compound"
                for h in speaker_verbs(text, sent_toks, first - a, last - a, near, sent_words, person, self.title_words,
                                       lambda k, a=a: person_starts.get(k + a, actor_id) != actor_id):
                    speaks = True
                    verbs.append(h.term.lower())
                    evidence.append(match("attribution", h, m.sentence, a))
            quoted_verbs = framed.get((pi, actor_id), ())
            have = set(evidence) if quoted_verbs else set()
            for v in quoted_verbs:  # and the verb of each quote it speaks, once
                si = sent_of[v]
                a = sent_tokens[si][0]
                hit = next((h for h in sentence_hits(si, SPEECH_HITS) if h.first == v - a), None)
                found = match("attribution", hit, si, a) if hit is not None else None
                if found is not None and found not in have:
                    verbs.append(found.term.lower())
                    evidence.append(found)
                    have.add(found)
            label_counts: dict[str, int] = defaultdict(int)
            hedges = 0
            seen_labels: set[tuple[int, int]] = set()
            said = spoken.get(actor_id, ())
            for si in sent_ids:
                a, _ = sent_tokens[si]
                near = spans_in[si]
                for h in sentence_hits(si, LABEL_HITS):
                    if (si, h.first) in seen_labels or in_person_name(h, si):
                        continue  # (a person's name labels and hedges nothing: "Robert Crook", "Theresa May")
                    if said and any(s <= tokens[a + h.first].start and tokens[a + h.last].end <= e for s, e in said):
                        continue  # the actor's own words label or hedge nothing of it: '"savage acts," Ruiz said'
                    if label_kind.get(h.category) == "hedge":
                        hedges += 1  # a hedge qualifies the whole sentence's claim
                    elif any(f - LABEL_WINDOW <= h.last and h.first <= l + LABEL_WINDOW for f, l in near):
                        label_counts[h.category] += 1  # a label near the actor's mention
                    else:
                        continue
                    seen_labels.add((si, h.first))
                    evidence.append(match("labels", h, si, a))
            frames = tuple(
                (f, round(100.0 * c / words, 4)) for f, c in sorted(frame_counts.items()) if words
            )
            records.append(
                ActorParagraph(
                    article=article.id,
                    outlet=article.outlet,
                    paragraph=pi,
                    actor=actor_id,
                    mentions=tuple(ms),
                    sentences=tuple(sent_ids),
                    sentiment=round(mean([toward[(si, actor_id)] for si in sent_ids]), 4),
                    paragraph_sentiment=para_sentiment[pi],
                    words=words,
                    frames=frames,
                    speaks=speaks,
                    attribution=tuple(sorted(set(verbs))),
                    evidence=tuple(sorted(set(evidence), key=lambda x: (x.sentence, x.start, x.end, x.lexicon, x.category, x.term))),
                    sentence_sentiment=round(mean([scored[si].compound for si in sent_ids]), 4),
                    labels=tuple(sorted(label_counts.items())),
                    hedges=hedges,
                    attribution_classes=tuple(sorted(Counter(verb_class.get(v, "other") for v in verbs).items())),
                    quoted_words=quoted_by.get((pi, actor_id), 0),
                    agency=tuple(sorted(acts.items())),
                )
            )
        dropped_mentions = []
        for di, d in enumerate(article.dropped):
            found, found_actors = article_local(self.actors, article.id, *self.piece_mentions(d.text))
            dropped_mentions += [(di, m.actor, m.surface) for m in found]
            for aid, a in found_actors.items():
                actors.setdefault(aid, a)
        return ArticleResult(
            id=article.id,
            outlet=article.outlet,
            title=article.title,
            source=article.source,
            date=article.date,
            url=article.url,
            sentences=tuple(scored),
            paragraph_sentiment=tuple(para_sentiment),
            records=tuple(records),
            actors=tuple(a for _, a in sorted(actors.items())),
            dropped=article.dropped,
            dropped_mentions=tuple(dropped_mentions),
            unresolved=tuple(unclaimed or ()),
            quotes=tuple(quotes),
            quoted_sentences=quoted_sentences,
        )


@lru_cache(maxsize=4)
def get_analyzer(overlays: tuple[str, ...] = ()) -> Analyzer:
    """The process-wide analyzer for a set of lexicon overlay folders."""
    return Analyzer(lexicons.load(overlays))


def analyze_article(article: Article, overlays: tuple[str, ...] = ()) -> ArticleResult:
    """Analyse one article with the built-in lexicons and the given overlay folders."""
    return get_analyzer(tuple(overlays)).analyze(article)
