"""Every organization and place factx outputs on some texts, with the step that made it one:
a debug view to audit the rules on text they were not written for.

Each mention is traced back to the step that last gave it its label (organization or place):
the model's own label ("model ORG", "model LOC"), the model's entity retyped while factx turns
it into a candidate ("model PER->place"), a token pattern, or one of the rule steps of
`components/organizations.py` (`refine`) and `components/entity_types.py` (`revise`). The
steps are wrapped at run time (nothing in the library changes), by `tracing.py`.

    python benchmarks/entity_sources.py FILE_OR_DIR ... [--kinds organization,place]
                                        [--sequoia-er] [--model fr_core_news_md] [--tally]

Files are plain texts (a `date YYYY-MM-DD` first line, as factx reads them); a folder stands
for its `*.txt`. `--sequoia-er` adds Sequoia's Est Républicain sentences (`annodis.er_*` of
ner_sequoia_fr.jsonl) and prints, for each mention, the gold label it overlaps there. One line
per entity: kind, name, the source of each mention and the first mention in context. With
`--tally` only the count of entities per kind and source is printed. Never run it over the
blind parts of the dev sets or the `frtimebank-*` corpus texts (they are regional_dev).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tracing
from common import EVAL, results_with_candidates
from tracing import BaseTracer, rule_steps

KINDS = ("organization", "place")


class Tracer(BaseTracer):
    """The step that last gave each candidate its label."""

    def note(self, cands: list, step: str) -> None:
        for c in cands:
            old = self.tags.get(id(c))
            if old is None or old[2] != c.label:
                self.tags[id(c)] = (c, step, c.label)


def _model_source(doc: Any, c: Any) -> str:
    names = {"organization": "ORG", "place": "LOC", "person": "PER", "misc": "MISC"}
    for ent in doc.ents:
        if ent.start_char <= c.start < ent.end_char or c.start <= ent.start_char < c.end:
            same = names.get(c.label) == ent.label_
            return f"model {ent.label_}" if same else f"model {ent.label_}->{c.label}"
    return f"model ?->{c.label}"


def install(tracer: Tracer) -> None:
    from factx.components import entity_types, organizations

    tracing.install(tracer, _model_source,
                    {n: f"orgs.{n.lstrip('_')}" for n in rule_steps(organizations, "refine")},
                    {n: f"types.{n.lstrip('_')}" for n in rule_steps(entity_types, "revise")})


def run(texts: list[tuple[str, str]], model: str, tracer: Tracer) -> dict[str, tuple[dict, dict]]:
    """{doc_id: (result dict, {(start, end, label): source} of its candidates)}."""
    return {doc_id: (res, {(c.start, c.end, c.label): tracer.source(c) for c in cands})
            for doc_id, res, _doc, cands in results_with_candidates(texts, model)}


def mention_source(m: dict, kind: str, sources: dict) -> str:
    src = sources.get((m["start"], m["end"], kind))
    if src:
        return src
    return next((s for (a, b, k), s in sources.items() if k == kind and a < m["end"] and m["start"] < b),
                "resolve")


def _context(text: str, m: dict) -> str:
    a, b = max(0, m["start"] - 45), min(len(text), m["end"] + 45)
    marked = text[a : m["start"]] + "[" + text[m["start"] : m["end"]] + "]" + text[m["end"] : b]
    return marked.replace("\n", " / ")


def _gold_label(gold: list[dict], m: dict) -> str:
    labels = sorted({g["label"] for g in gold if g["start"] < m["end"] and m["start"] < g["end"]})
    exact = [g["label"] for g in gold if (g["start"], g["end"]) == (m["start"], m["end"])]
    return (exact[0] + "=" if exact else "") + ("/".join(labels) or "-")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--sequoia-er", action="store_true")
    parser.add_argument("--model", default="fr_core_news_md")
    parser.add_argument("--tally", action="store_true")
    args = parser.parse_args()
    kinds = args.kinds.split(",")
    texts: list[tuple[str, str]] = []
    for p in args.paths:
        files = sorted(p.glob("*.txt")) if p.is_dir() else [p]
        for f in files:
            if f.name.startswith("frtimebank-"):
                sys.exit(f"{f}: the frtimebank-* texts are regional_dev's; not read here")
            texts.append((f.stem, f.read_text(encoding="utf-8")))
    golds: dict[str, list[dict]] = {}
    if args.sequoia_er:
        for line in (EVAL / "ner_sequoia_fr.jsonl").read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if r["id"].startswith("annodis.er"):
                texts.append((r["id"], r["text"]))
                golds[r["id"]] = r["entities"]
    tracer = Tracer()
    install(tracer)
    results = run(texts, args.model, tracer)
    tally: Counter[tuple[str, str]] = Counter()
    for doc_id, text in texts:
        res, sources = results[doc_id]
        for e in res["entities"]:
            if e["type"] not in kinds:
                continue
            srcs = [mention_source(m, e["type"], sources) for m in e["mentions"]]
            first = min(e["mentions"], key=lambda m: m["start"])
            tally[(e["type"], srcs[e["mentions"].index(first)])] += 1
            if args.tally:
                continue
            gold = f" gold:{_gold_label(golds[doc_id], first)}" if doc_id in golds else ""
            print(f"{doc_id}\t{e['type'][:5]}\t{e['name']!r}\t{','.join(sorted(set(srcs)))}{gold}\t"
                  f"<<{_context(text, first)}>>")
    print()
    for (kind, src), n in sorted(tally.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1])):
        print(f"{kind:13} {src:40} {n:4}")


if __name__ == "__main__":
    main()
