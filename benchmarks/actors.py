"""Actor recognition and resolution, measured on NewsMTSC targets and on the seed article.

    python benchmarks/actors.py --data ../shared/data/newsmtsc [--seed seeds/]

NewsMTSC sentences carry their article and position in their ids
(``allsides_<doc>_<n>_<sentence>_<name>_<from>_<to>``, ``polusa_v1_<doc>_-1_<sentence>_...``), so
the sentences of one article are put back together in order and analysed as one article, as
biaskit would see them. For every target that is not a pronoun:

* ``named_recall``: share of targets that biaskit marks with an actor mention overlapping the
  target span;
* ``identity_accuracy``: share of those whose actor's name matches the name in the id (after
  dropping titles, initials, possessives, accents and "al-", the words of the id's name and of
  one of the actor's catalog names contain one another: "Trump" fits Donald Trump, "Mike Flynn"
  fits Michael Flynn through his alias, "Beijing" fits China through its capital, "Ivanka Trump"
  does not fit Donald Trump; a name made
  of title words only, such as "Senate" or "the U.S.", must equal one of the actor's names).

The seed article is measured against benchmarks/seed_actors.toml, a hand-made list of its
actor mentions. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

# Personal, reflexive, demonstrative and indefinite pronouns: a target that is one of them alone
# is no named mention ("’m" is what annotators marked of "I’m").
PRONOUNS = frozenset(
    "he she they him her his hers them their theirs himself herself themselves it its we us our i "
    "me my you your who whom whose myself yourself yourselves ourselves itself oneself ours yours mine "
    "this that these those anybody anyone everybody everyone somebody someone nobody others 'm ’m".split()
)


def is_pronoun(mention: str) -> bool:
    """Whether a NewsMTSC target's text is a pronoun alone ("He", "myself", "These", "“I")."""
    return mention.strip(" \"'“”‘[]().,").lower() in PRONOUNS or mention.strip().lower() in ("'m", "’m")


# The third-person pronouns biaskit resolves, reported apart.
HE_SHE = frozenset("he him his himself she her hers herself".split())
THEY = frozenset("they them their themselves".split())
TITLE_WORDS = frozenset(
    "mr mrs ms dr sen rep gov gen president vice secretary senator representative governor "
    "former prime minister leader speaker house senate majority minority attorney general "
    "director chairman chairwoman judge justice chief the of state lt col adm u s us".split()
)
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _fold(name: str) -> str:
    """ASCII letters of a name, with typographic apostrophes kept as plain ones ("Trump’s")."""
    return unicodedata.normalize("NFKD", name.replace("’", "'")).encode("ascii", "ignore").decode()


def name_words(name: str) -> frozenset[str]:
    """Lowercase, accent-free words of a name without titles, initials, possessives or "al-"."""
    folded = _fold(name)
    words = []
    for w in _WORD_RE.findall(folded):
        w = re.sub(r"['’]s$", "", w).lower()
        w = re.sub(r"^(?:al|el)-", "", w)
        if len(w) > 1 and w not in TITLE_WORDS:
            words.append(w)
    return frozenset(words)


def _bare(name: str) -> str:
    return re.sub(r"[^a-z]", "", re.sub(r"^the\s+", "", _fold(name).lower()))


def same_actor(forms: list[str], gid_name: str, short: list[str] = (), given_names: frozenset[str] = frozenset()) -> bool:
    """Whether the target's name and one of the actor's names or aliases contain one another's
    words, or the target's name holds one of its short forms and no other given name ("Trump" and
    "businessman Trump" fit Donald Trump, "Ivanka Trump" does not); a name that is all title words
    ("Senate", "U.S.") must equal one of them. ``given_names``: lower-case given names."""
    g = name_words(gid_name)
    for form in forms:
        a = name_words(form)
        if a and g and (a <= g or g <= a):
            return True
        if not g and _bare(form) == _bare(gid_name):
            return True
    for form in short:
        a = name_words(form)
        if a and a <= g and not (g - a) & given_names:
            return True
    return False


def parse_gid(gid: str) -> tuple[str, int, str]:
    """(document key, sentence number, target name) of a NewsMTSC target id."""
    head = gid.rsplit("_", 2)[0]
    if head.startswith("polusa_"):
        src, ver, doc, _, sent, name = head.split("_", 5)
        return f"{src}_{ver}_{doc}", int(sent), name
    src, doc, n, sent, name = head.split("_", 4)
    return f"{src}_{doc}_{n}", int(sent), name


def load_newsmtsc(folder: Path) -> dict[str, dict[int, tuple[str, list[dict]]]]:
    """document -> sentence number -> (sentence, targets), from every *.jsonl of the non-hf folders."""
    docs: dict[str, dict[int, tuple[str, list[dict]]]] = defaultdict(dict)
    files = sorted(p for p in folder.glob("newsmtsc-*/*.jsonl") if not p.parent.name.endswith("-hf"))
    seen = set()
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            if rec["primary_gid"] in seen:  # rw and mt share the same train file
                continue
            seen.add(rec["primary_gid"])
            doc, sent, _ = parse_gid(rec["primary_gid"])
            text = rec["sentence_normalized"]
            old = docs[doc].get(sent)
            targets = (old[1] if old and old[0] == text else []) + rec["targets"]
            docs[doc][sent] = (text, targets)
    return docs


def _article(ident: str, paragraphs: list[str]):
    from biaskit.segment import join_paragraphs
    from biaskit.types import Article

    body, spans = join_paragraphs(paragraphs)
    return Article(id=ident, outlet="newsmtsc", title="", text=body, paragraphs=spans, source=ident)


def newsmtsc_figures(folder: Path) -> dict:
    from biaskit import lexicons
    from biaskit.analysis import get_analyzer

    analyzer = get_analyzer()
    given = frozenset(name.lower() for name, _ in lexicons.load().first_names)
    docs = load_newsmtsc(folder)
    total = found = right = 0
    by_resolution: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    # targets, resolved, resolved with a name in the id to judge by, resolved to the right actor,
    # and of the judged: the id's person named in the article, and of those resolved rightly
    pronoun = {"he/she": [0, 0, 0, 0, 0, 0], "they": [0, 0, 0, 0, 0, 0]}
    misses: dict[str, int] = defaultdict(int)
    t0 = time.perf_counter()
    for doc, sentences in sorted(docs.items()):
        order = sorted(sentences)
        art = _article(doc, [sentences[i][0] for i in order])
        res = analyzer.analyze(art)
        names = {a.id: [a.name, *a.aliases, *a.capitals] for a in res.actors}
        shorts = {a.id: list(a.short) for a in res.actors}
        mentions_by_para = defaultdict(list)
        for rec in res.records:
            for m in rec.mentions:
                mentions_by_para[m.paragraph].append(m)
        def hits(p, t) -> list:  # biaskit's mentions overlapping the target
            start, end = p.start + t["from"], p.start + t["to"]
            return [m for m in mentions_by_para[p.index] if m.start < end and start < m.end]

        def right_actor(hit, t) -> bool:  # one of them is the actor the target's id names
            _, _, gid_name = parse_gid(t["Input.gid"])
            return any(same_actor(names.get(m.actor, [m.actor]), gid_name, shorts.get(m.actor, []), given) for m in hit)

        def named(t) -> bool:  # the actor the target's id names is named somewhere in the article
            _, _, gid_name = parse_gid(t["Input.gid"])
            return any(same_actor(names[a], gid_name, shorts.get(a, []), given) for a in names)

        for p, sent_no in zip(art.paragraphs, order):
            for t in sentences[sent_no][1]:
                if is_pronoun(t["mention"]):
                    word = t["mention"].strip(" \"'“”‘[]().,").lower()
                    group = "they" if word in THEY else "he/she" if word in HE_SHE else None
                    if group is not None:
                        hit = hits(p, t)
                        pronoun[group][0] += 1
                        if hit and not is_pronoun(parse_gid(t["Input.gid"])[2]):  # an id naming "his" tells nobody
                            ok = right_actor(hit, t)
                            pronoun[group][2] += 1
                            pronoun[group][3] += ok
                            if named(t):
                                pronoun[group][4] += 1
                                pronoun[group][5] += ok
                        pronoun[group][1] += bool(hit)
                    continue
                total += 1
                hit = hits(p, t)
                if not hit:
                    misses[t["mention"]] += 1
                    continue
                found += 1
                ok = right_actor(hit, t)
                right += ok
                res_kind = hit[0].resolution
                by_resolution[res_kind][0] += 1
                by_resolution[res_kind][1] += ok
    seconds = time.perf_counter() - t0
    return {
        "documents": len(docs),
        "targets": total,
        "named_recall": round(found / total, 4) if total else 0.0,
        "identity_accuracy": round(right / found, 4) if found else 0.0,
        "by_resolution": {k: {"mentions": v[0], "identity_accuracy": round(v[1] / v[0], 4)} for k, v in sorted(by_resolution.items())},
        # third-person pronouns: how many biaskit resolves, and how many of those whose id names
        # someone (not a pronoun again) it resolves to the right actor; the ids often name another
        # person of the sentence, so also the accuracy where that person is named in the article
        "pronouns": {k: {"targets": v[0], "resolved": round(v[1] / v[0], 4) if v[0] else 0.0, "judged": v[2],
                         "accuracy": round(v[3] / v[2], 4) if v[2] else 0.0, "judged_named": v[4],
                         "accuracy_named": round(v[5] / v[4], 4) if v[4] else 0.0} for k, v in pronoun.items()},
        "frequent_misses": dict(sorted(misses.items(), key=lambda x: (-x[1], x[0]))[:25]),
        "seconds": round(seconds, 2),
    }


def seed_figures(seed: Path, truth_file: Path) -> dict:
    """Recall and identity of the seed article's hand-listed mentions (paragraph, surface, actor)."""
    try:
        import tomllib
    except ModuleNotFoundError:  # pragma: no cover
        import tomli as tomllib  # type: ignore[no-redef]
    from biaskit import lexicons
    from biaskit.analysis import get_analyzer
    from biaskit.ingest import read_corpus
    from biaskit.types import Article

    truth = tomllib.loads(truth_file.read_text(encoding="utf-8"))["mention"]
    (art,) = [a for a in read_corpus([seed], lexicons.load().boilerplate) if isinstance(a, Article)]
    res = get_analyzer().analyze(art)
    found = defaultdict(list)
    for rec in res.records:
        for m in rec.mentions:
            if m.resolution != "pronoun":  # the list holds named mentions only
                found[(m.paragraph, m.surface)].append(m.actor)
    for di, actor, surface in res.dropped_mentions:
        found[(-1 - di, surface)].append(actor)
    hits = right = 0
    for t in truth:
        got = found.get((t["paragraph"], t["surface"]))
        if got:
            hits += 1
            right += got.pop(0) == t["actor"]
    extra = sum(len(v) for v in found.values())
    return {
        "mentions": len(truth),
        "named_recall": round(hits / len(truth), 4),
        "identity_accuracy": round(right / hits, 4) if hits else 0.0,
        "unlisted_mentions": extra,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, help="the NewsMTSC folder (with newsmtsc-rw/ and newsmtsc-mt/)")
    parser.add_argument("--seed", type=Path, default=Path(__file__).resolve().parent.parent / "seeds")
    args = parser.parse_args(argv)
    out: dict = {}
    if args.data is not None:
        if not args.data.is_dir():
            print(f"no such folder: {args.data}", file=sys.stderr)
            return 2
        out["newsmtsc"] = newsmtsc_figures(args.data)
        out["named_recall"] = out["newsmtsc"]["named_recall"]
        out["identity_accuracy"] = out["newsmtsc"]["identity_accuracy"]
    truth = Path(__file__).resolve().parent / "seed_actors.toml"
    if args.seed.exists() and truth.exists():
        out["seed"] = seed_figures(args.seed, truth)
    print(json.dumps(out, indent=2, sort_keys=True, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
