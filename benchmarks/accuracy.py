"""Accuracy of factx on the annotated articles, working and blind parts apart, next to stock spaCy.

Runs factx over every annotated dev set in ../shared/eval-data (the seed article,
`wikinews_dev`, `regional_dev`) and over our own `own_dev` (benchmarks/own_dev.jsonl: 30
articles written for factx by an engineer who had not read its code) and `own_dev2`
(benchmarks/own_dev2.jsonl: 60 more, written the same way by two other engineers) and `own_dev3`
(benchmarks/own_dev3.jsonl: 90 more, by three others) and `own_dev4` (60 more, by two others)
and `own_dev5` to `own_dev13` (60 more each, by four others each),
scores each part
with ../shared/eval-data/score.py (used in place), does the same for stock spaCy (the
model's PER/ORG/LOC entities, one entity per distinct string, no factx layer), and prints
the rows side by side.

The working / blind split is the fixed rule of `splits.py` (every third article by sorted
id is blind; wikinews' first 20, which the rules were written against, are working). Read
errors in the working part only (`--errors DIR` writes them, for working articles only);
the blind part is scored, never inspected. A blind score well below the working one means
a change fits sentences, not French.

    python benchmarks/accuracy.py [--model fr_core_news_md]
                                  [--sets seed,wikinews_dev,regional_dev,own_dev,...,own_dev13]
                                  [--no-stock] [--json | --markdown] [--errors DIR] [--ner]

Besides score.py's rows it prints "quotes wrong speaker": among the quotes factx gives a
speaker and whose text matches a gold quote, the share whose speaker is not the gold one;
"quotes (attributed only)": score.py's quotes row without the quotes whose speaker is
null (the gold lists only quotations attributed to someone named); and "quotes found": the
share of gold quotations whose text factx finds, whatever the speaker, with how many of
those it leaves with speaker null (detection apart from attribution).

With --ner it also scores named-entity spans on the Sequoia and HIPE-2020 sets
(ner_sequoia_fr.jsonl, ner_hipe2020_fr.jsonl): PER/ORG/LOC/MISC gold spans (HIPE's DATE
spans are left out) against factx's person/organization/place/misc mentions and against
the stock model's entities, per label, with exact offsets and with overlapping offsets.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    EVAL,
    OWN2_GOLD,
    OWN2_TXT,
    OWN3_GOLD,
    OWN3_TXT,
    OWN4_GOLD,
    OWN4_TXT,
    OWN5_GOLD,
    OWN5_TXT,
    OWN6_GOLD,
    OWN6_TXT,
    OWN7_GOLD,
    OWN7_TXT,
    OWN8_GOLD,
    OWN8_TXT,
    OWN9_GOLD,
    OWN9_TXT,
    OWN10_GOLD,
    OWN10_TXT,
    OWN11_GOLD,
    OWN11_TXT,
    OWN12_GOLD,
    OWN12_TXT,
    OWN13_GOLD,
    OWN13_TXT,
    OWN_GOLD,
    OWN_TXT,
    REGIONAL_GOLD,
    REGIONAL_TXT,
    SCORE,
    WIKINEWS_GOLD,
    WIKINEWS_TXT,
    article_texts,
    fmt_row,
    require_shared,
    score,
    seed_gold,
)
from splits import NEVER_READ, gold_ids, split

STOCK_TYPES = {"PER": "person", "ORG": "organization", "LOC": "place", "MISC": "misc"}
LABELS = {v: k for k, v in STOCK_TYPES.items()}
NER_SETS = ("ner_sequoia_fr.jsonl", "ner_hipe2020_fr.jsonl")
DEV_SETS = {"wikinews_dev": (WIKINEWS_GOLD, WIKINEWS_TXT), "regional_dev": (REGIONAL_GOLD, REGIONAL_TXT),
            "own_dev": (OWN_GOLD, OWN_TXT), "own_dev2": (OWN2_GOLD, OWN2_TXT),
            "own_dev3": (OWN3_GOLD, OWN3_TXT), "own_dev4": (OWN4_GOLD, OWN4_TXT),
            "own_dev5": (OWN5_GOLD, OWN5_TXT),
            "own_dev6": (OWN6_GOLD, OWN6_TXT),
            "own_dev7": (OWN7_GOLD, OWN7_TXT),
            "own_dev8": (OWN8_GOLD, OWN8_TXT),
            "own_dev9": (OWN9_GOLD, OWN9_TXT),
            "own_dev10": (OWN10_GOLD, OWN10_TXT),
            "own_dev11": (OWN11_GOLD, OWN11_TXT),
            "own_dev12": (OWN12_GOLD, OWN12_TXT),
            "own_dev13": (OWN13_GOLD, OWN13_TXT)}
ENTITY_ROWS = ("people", "organizations", "places")


def load_scorer() -> ModuleType:
    """score.py as a module (in place), for the per-article views and the speaker check."""
    spec = importlib.util.spec_from_file_location("factx_eval_score", SCORE)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


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


def stock_outputs(model: str, texts: list[tuple[str, str]]) -> dict[str, dict]:
    """factx/1-shaped outputs of the plain model: its entities, one per distinct text and label."""
    import spacy

    nlp = spacy.load(model)
    out: dict[str, dict] = {}
    for (doc_id, _), doc in zip(texts, nlp.pipe(t for _, t in texts), strict=True):
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
        out[doc_id] = {"schema": "factx/1", "document": {"ref_date": None},
                       "entities": list(seen.values()), "facts": []}
    return out


def factx_outputs(model: str, texts: list[tuple[str, str]]) -> dict[str, dict]:
    from factx.api import TextItem, extract_many

    items = [TextItem(text, doc_id=doc_id) for doc_id, text in texts]
    return {doc_id: res.to_dict() for (doc_id, _), res in
            zip(texts, extract_many(items, model=model), strict=True)}


def wrong_speakers(scorer: ModuleType, golds: list[dict], preds: dict[str, dict]) -> dict:
    """Among predicted quotes with a speaker whose text matches a gold quote: how many have
    another speaker than the gold one."""
    wrong = given = 0
    for gold in golds:
        pred = preds.get(gold["id"], {})
        ents = {e.get("id"): e for e in pred.get("entities", [])}
        people = {p["name"]: [p["name"], *p.get("mentions", [])] for p in gold["people"]}
        orgs = {o["name"]: [o["name"], *o.get("aliases", [])] for o in gold["organizations"]}
        for fact in pred.get("facts", []):
            if fact.get("type") != "quote" or not fact.get("speaker"):
                continue
            text = scorer.fold(fact.get("text", ""))
            match = [g for g in gold.get("quotes", []) if scorer.fold(g["starts"])[:25] in text]
            if not match:
                continue
            given += 1
            speaker = ents.get(fact["speaker"])
            forms = scorer.forms(speaker) if speaker else [fact["speaker"]]
            if not any(scorer.forms_match(people.get(g["speaker"], orgs.get(g["speaker"], [g["speaker"]])),
                                          forms) for g in match):
                wrong += 1
    return {"acc": round(wrong / given, 3) if given else None, "n": given}


def quotes_found(scorer: ModuleType, golds: list[dict], preds: dict[str, dict]) -> dict:
    """Among gold quotations: the share whose text factx finds as a quote, whatever the
    speaker it gives (detection apart from attribution), and how many of those found have
    speaker null."""
    found = unattributed = total = 0
    for gold in golds:
        quotes = [f for f in preds.get(gold["id"], {}).get("facts", []) if f.get("type") == "quote"]
        for g in gold.get("quotes", []):
            total += 1
            start = scorer.fold(g["starts"])[:25]
            hits = [f for f in quotes if start in scorer.fold(f.get("text", ""))]
            if hits:
                found += 1
                unattributed += not any(f.get("speaker") for f in hits)
    return {"acc": round(found / total, 3) if total else None, "n": total, "null": unattributed}


def score_part(tmp: Path, name: str, golds: list[dict], preds: dict[str, dict],
               scorer: ModuleType) -> dict:
    part = tmp / name
    part.mkdir(parents=True)
    (part / "gold.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in golds),
                                     encoding="utf-8")
    pred_dir = part / "pred"
    pred_dir.mkdir()
    for g in golds:
        (pred_dir / f"{g['id']}.json").write_text(json.dumps(preds[g["id"]], ensure_ascii=False),
                                                  encoding="utf-8")
    rows = score(part / "gold.jsonl", pred_dir)
    # the gold lists only quotations attributed to someone named; factx keeps the others with
    # speaker null, which score.py counts as wrong: the same row without them beside it
    attributed_dir = part / "attributed"
    attributed_dir.mkdir()
    for g in golds:
        pred = dict(preds[g["id"]])
        pred["facts"] = [f for f in pred.get("facts", []) if f.get("type") != "quote" or f.get("speaker")]
        (attributed_dir / f"{g['id']}.json").write_text(json.dumps(pred, ensure_ascii=False),
                                                         encoding="utf-8")
    rows["quotes (attributed only)"] = score(part / "gold.jsonl", attributed_dir).get("quotes")
    rows["quotes wrong speaker"] = wrong_speakers(scorer, golds, preds)
    rows["quotes found"] = quotes_found(scorer, golds, preds)
    return rows


def error_view(scorer: ModuleType, gold: dict, pred: dict, text: str) -> str:
    """A plain-text list of what factx missed and added on one (working) article."""
    ents = {e.get("id"): e for e in pred.get("entities", [])}

    def name(ref: str | None) -> str:
        e = ents.get(ref) if ref else None
        return e["name"] if e else str(ref)

    lines = [f"# {gold['id']}", text.strip(), ""]
    kinds = (("people", "person", lambda g: [g["name"], *g.get("mentions", [])]),
             ("organizations", "organization", lambda g: [g["name"], *g.get("aliases", [])]),
             ("places", "place", lambda g: [g]))
    for key, etype, gforms in kinds:
        gold_items = [gforms(g) for g in gold[key]]
        pred_items = [(e["name"], scorer.forms(e)) for e in pred.get("entities", []) if e["type"] == etype]
        missed = [g[0] for g in gold_items if not any(scorer.forms_match(g, p) for _, p in pred_items)]
        extra = [n for n, p in pred_items if not any(scorer.forms_match(g, p) for g in gold_items)]
        lines.append(f"## {key}: missed {missed}")
        lines.append(f"## {key}: extra  {extra}")
        others = [(e["type"], e["name"]) for e in pred.get("entities", [])
                  if e["type"] in {"person", "organization", "place", "misc"} and e["type"] != etype
                  and any(scorer.forms_match(g, scorer.forms(e)) for g in gold_items)]
        if others:
            lines.append(f"## {key}: found with another type {others}")
    lines.append("## roles gold:")
    lines += [f"   {r['person']} | {r['role']} | {r.get('of')}" for r in gold["roles"]]
    lines.append("## roles factx:")
    lines += [f"   {name(f.get('person'))} | {f.get('role')} | {name(f.get('of')) if f.get('of') else None}"
              for f in pred.get("facts", []) if f.get("type") == "role"]
    lines.append("## quotes gold:")
    lines += [f"   {q['speaker']} | {q['starts']}" for q in gold.get("quotes", [])]
    lines.append("## quotes factx:")
    lines += [f"   {name(f.get('speaker')) if f.get('speaker') else None} | {f.get('text', '')[:60]}"
              for f in pred.get("facts", []) if f.get("type") == "quote"]
    return "\n".join(lines) + "\n"


def run_sets(model: str, set_names: list[str], stock: bool, errors: Path | None) -> dict[str, dict]:
    scorer = load_scorer()
    tables: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for set_name in set_names:
            if set_name == "seed":
                seed_jsonl, texts = seed_gold(tmp)
                golds = [json.loads(seed_jsonl.read_text(encoding="utf-8"))]
                parts = {"all": [golds[0]["id"]]}
            else:
                gold_path, txt_dir = DEV_SETS[set_name]
                texts = article_texts(gold_path, txt_dir)
                golds = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()]
                parts = split(set_name, gold_ids(gold_path))
            by_id = {g["id"]: g for g in golds}
            systems: dict[str, Callable[[str, list[tuple[str, str]]], dict[str, dict]]] = {
                "factx": factx_outputs}
            if stock:
                systems["spaCy"] = stock_outputs
            for system, run in systems.items():
                preds = run(model, texts)
                for part, ids in parts.items():
                    key = f"{set_name}/{part}/{system}"
                    tables[key] = score_part(tmp, key.replace("/", "-"), [by_id[i] for i in ids], preds,
                                             scorer)
                if errors is not None and system == "factx" and set_name != "seed" \
                        and set_name not in NEVER_READ:
                    out = errors / set_name
                    out.mkdir(parents=True, exist_ok=True)
                    text_of = dict(texts)
                    for doc_id in parts["working"]:
                        (out / f"{doc_id}.txt").write_text(
                            error_view(scorer, by_id[doc_id], preds[doc_id], text_of[doc_id]),
                            encoding="utf-8")
                        (out / f"{doc_id}.json").write_text(
                            json.dumps(preds[doc_id], ensure_ascii=False, indent=1), encoding="utf-8")
    return tables


def print_tables(tables: dict[str, dict], set_names: list[str], model: str) -> None:
    for set_name in set_names:
        parts = sorted({k.split("/")[1] for k in tables if k.startswith(set_name + "/")},
                       key=lambda p: ("all", "working", "blind").index(p))
        cols = [(p, s) for s in ("factx", "spaCy") for p in parts if f"{set_name}/{p}/{s}" in tables]
        print(f"\n{set_name} ({model})")
        print(f"{'':22s} " + " ".join(f"{s + ' ' + p:34s}" for p, s in cols))
        rows = list(tables[f"{set_name}/{parts[0]}/factx"])
        for row in rows:
            cells = []
            for p, s in cols:
                r = tables[f"{set_name}/{p}/{s}"].get(row)
                cells.append(fmt_row(r) if s == "factx" or row in ENTITY_ROWS else "-")
            print(f"{row:22s} " + " ".join(f"{c:34s}" for c in cells))


def markdown_tables(tables: dict[str, dict], set_names: list[str]) -> str:
    """One compact Markdown table per set: F1 (or accuracy) per row, working and blind apart."""
    out = []
    for set_name in set_names:
        keys = [k for k in tables if k.startswith(set_name + "/")]
        cols = [k for s in ("factx", "spaCy") for p in ("all", "working", "blind")
                for k in keys if k == f"{set_name}/{p}/{s}"]
        out.append(f"**{set_name}**\n")
        out.append("| measure | " + " | ".join(k.split("/", 1)[1].replace("/", " ") for k in cols) + " |")
        out.append("|---|" + "---|" * len(cols))
        for row in tables[cols[0]]:
            cells = []
            for k in cols:
                r = tables[k].get(row)
                if r is None or (k.endswith("/spaCy") and row not in ENTITY_ROWS):
                    cells.append("–")
                elif "F1" in r:
                    cells.append(f"{r['F1']:.3f} (P {r['P']:.2f} R {r['R']:.2f})")
                else:
                    null = f", {r['null']} null" if "null" in r else ""
                    cells.append("–" if r.get("acc") is None else f"{r['acc']} (n {r['n']}{null})")
            out.append(f"| {row} | " + " | ".join(cells) + " |")
        out.append("")
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="fr_core_news_md")
    parser.add_argument("--sets", default=",".join(["seed", *DEV_SETS]),
                        help="comma-separated: seed, wikinews_dev, regional_dev, own_dev ... own_dev13")
    parser.add_argument("--no-stock", action="store_true", help="skip the stock spaCy columns")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    parser.add_argument("--markdown", action="store_true", help="print compact Markdown tables")
    parser.add_argument("--errors", type=Path, help="write per-article error views of the WORKING parts here")
    parser.add_argument("--ner", action="store_true", help="also score entity spans on Sequoia and HIPE")
    args = parser.parse_args()
    require_shared()
    set_names = [s for s in args.sets.split(",") if s]
    for s in set_names:
        if s != "seed" and s not in DEV_SETS:
            parser.error(f"unknown set {s!r}")
    tables = run_sets(args.model, set_names, not args.no_stock, args.errors)
    ner = ner_sets(args.model) if args.ner else {}
    if args.json:
        print(json.dumps({"articles": tables, "ner": ner}, ensure_ascii=False, indent=2))
        return
    if args.markdown:
        print(markdown_tables(tables, set_names))
        return
    print_tables(tables, set_names, args.model)
    for set_name, systems in ner.items():
        print(f"\n{set_name} (entity spans, PER/ORG/LOC/MISC, {args.model})")
        print(f"{'':22s} {'factx':34s} {'stock spaCy NER':34s}")
        for mode in ("exact", "overlap"):
            print(f"{mode:22s} {fmt_row(systems['factx'][mode]):34s} {fmt_row(systems['spaCy'][mode]):34s}")


if __name__ == "__main__":
    main()
