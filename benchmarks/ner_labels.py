"""People and places of factx on sentences it was never tuned on, one label at a time.

Scores factx's person and place mentions against the PER and LOC spans of the Sequoia
sentences (ner_sequoia_fr.jsonl; by default the Est Républicain ones, ids `annodis.er_*`:
the newspaper and era of regional_dev) or of HIPE-2020 (ner_hipe2020_fr.jsonl), with exact
and overlapping offsets, per label. Mentions are matched as spans, so a place or a person
found under another label counts as a miss of its gold label and a wrong one of its own.

    python benchmarks/ner_labels.py [--set sequoia|hipe] [--genre news] [--labels PER,LOC]
                                    [--part working|blind|all] [--nested] [--errors]

Conventions differ from GUIDELINE.md (the eval README says how): Sequoia tags a country
acting as a government as ORG, HIPE person spans include titles. The figures compare one
version of factx with another on the same convention, not with the dev sets' figures.
`--errors` prints each missed and extra span with its sentence, to read what factx gets
wrong on text nobody tuned it on: the working sentences only. Every third sentence of each
source, by sorted id, is blind (benchmarks/splits.py): scored, never printed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import EVAL, require_shared
from splits import sentence_blind

FILES = {"sequoia": "ner_sequoia_fr.jsonl", "hipe": "ner_hipe2020_fr.jsonl"}
TYPES = {"PER": "person", "LOC": "place", "ORG": "organization", "MISC": "misc"}


_CIVILITY = re.compile(r"(?:M\.|MM\.|Mme|Mmes|Mlle|Me|Mes|Dr|Pr)\s+")


def _name_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A person's mention without its civility, as Sequoia and HIPE's PER spans have it
    ("M. Soyer" is the span "Soyer")."""
    m = _CIVILITY.match(text, start, end)
    return (m.end(), end) if m else (start, end)


def prf(gold: list[set[tuple[int, int]]], pred: list[set[tuple[int, int]]], overlap: bool) -> dict:
    """Micro precision, recall and F1 over spans, exact or overlapping."""
    n_g = sum(len(g) for g in gold)
    n_p = sum(len(p) for p in pred)
    if overlap:
        pairs = list(zip(gold, pred, strict=True))
        tp_p = sum(1 for g, p in pairs for a in p if any(a[0] < b[1] and b[0] < a[1] for b in g))
        tp_g = sum(1 for g, p in pairs for b in g if any(a[0] < b[1] and b[0] < a[1] for a in p))
    else:
        tp_p = tp_g = sum(len(g & p) for g, p in zip(gold, pred, strict=True))
    prec, rec = (tp_p / n_p if n_p else 0.0), (tp_g / n_g if n_g else 0.0)
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"P": round(prec, 3), "R": round(rec, 3), "F1": round(f1, 3), "gold": n_g, "pred": n_p}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=sorted(FILES), default="sequoia")
    parser.add_argument("--genre", default="news", help="keep rows whose genre contains this (default: news)")
    parser.add_argument("--labels", default="PER,LOC")
    parser.add_argument("--model", default="fr_core_news_md")
    parser.add_argument("--errors", action="store_true",
                        help="print missed and extra spans (working sentences only)")
    parser.add_argument("--nested", action="store_true",
                        help="also score the gold spans nested in another one (a place inside an "
                             "organization's name: GUIDELINE.md mostly leaves them out, so by "
                             "default they are skipped, and factx mentions on them are not counted)")
    parser.add_argument("--part", choices=("working", "blind", "all"), default="all",
                        help="score the working or blind sentences (benchmarks/splits.py), or all; "
                             "the default prints all three")
    args = parser.parse_args()
    require_shared()

    from factx.api import extract_many

    rows = [json.loads(line) for line in (EVAL / FILES[args.set]).read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if args.genre.lower() in str(r.get("genre", "")).lower()]
    blind = sentence_blind([r["id"] for r in rows])
    texts = [r["text"] for r in rows]
    results = list(extract_many(texts, model=args.model))
    parts = ["all", "working", "blind"] if args.part == "all" else [args.part]
    print(f"{FILES[args.set]}, genre ~ {args.genre!r}: {len(rows)} sentences "
          f"({len(rows) - len(blind)} working, {len(blind)} blind)")
    for label in args.labels.split(","):
        etype = TYPES[label]
        nested = [set() if args.nested else {(e["start"], e["end"]) for e in r["entities"] if e.get("nested")}
                  for r in rows]
        gold = [{(e["start"], e["end"]) for e in r["entities"] if e["label"] == label} - n
                for r, n in zip(rows, nested, strict=True)]
        pred = [{_name_span(r["text"], m.start, m.end) if label == "PER" else (m.start, m.end)
                 for e in res.entities if e.type == etype for m in e.mentions} - n
                for r, res, n in zip(rows, results, nested, strict=True)]
        for part in parts:
            keep = [part == "all" or (r["id"] in blind) == (part == "blind") for r in rows]
            g_part = [g for g, k in zip(gold, keep, strict=True) if k]
            p_part = [p for p, k in zip(pred, keep, strict=True) if k]
            for mode in ("exact", "overlap"):
                s = prf(g_part, p_part, mode == "overlap")
                tag = "" if len(parts) == 1 else f"{part:8}"
                print(f"{label} {tag}{mode:8} P {s['P']:.3f} R {s['R']:.3f} F1 {s['F1']:.3f}"
                      f"  (gold {s['gold']}, factx {s['pred']})")
        if args.errors:
            for r, g, p in zip(rows, gold, pred, strict=True):
                if r["id"] in blind:
                    continue
                for a, b in sorted(g - p):
                    print(f"  - {label} missed {r['text'][a:b]!r}: {r['text']}")
                for a, b in sorted(p - g):
                    print(f"  + {label} extra  {r['text'][a:b]!r}: {r['text']}")


if __name__ == "__main__":
    main()
