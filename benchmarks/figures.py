"""Figures layer benchmark: python benchmarks/figures.py [--errors]

Prints, in one run:

1. wikinews_dev (20 annotated articles) and the seed article, scored by
   ../shared/eval-data/score.py: figure precision/recall/F1 (a predicted figure matches a
   gold one with the same value and overlapping text), then, over matched pairs, unit
   accuracy (unit strings overlap, case and accents folded) and qualifier accuracy.
2. Value accuracy on the number sets, running the full factx pipeline on each text:
   - numbers_recognizers_fr (sentences): each gold expression of a quantity type (number,
     currency, dimension, percentage, age, temperature) is correct when a figure overlaps
     its span with the same value; ordinals (ordinal, ordinal.relative) are correct when no
     figure overlaps them (factx does not count ordinals).
   - numbers_duckling_fr (whole-input phrases): correct when a figure covers the whole
     expression with the same value; a currency range ("entre 10 et 20 euros") needs one
     figure per bound; ordinals as above.
   - numbers_text2num_fr (whole-input phrases): the same; an invalid input (negative) is
     correct when no figure covers the whole input.
   Left out of the counts, and reported: expressions without a value (a bare unit word
   such as "dollar") and a lone "un"/"une" (an article in factx's convention, a number in
   Recognizers-Text's and Duckling's).
3. The same number sets parsed by text2num alone, for comparison: `text2num(expression
   text, "fr")` on each gold expression (the span is given, so this is easier than
   finding it); a negative is correct when text2num rejects the whole input. Each set also
   shows the spelled-out expressions alone (no digit in the expression), text2num's ground.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
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

NUMBER_SETS = ("numbers_recognizers_fr", "numbers_duckling_fr", "numbers_text2num_fr")
QUANTITY_TYPES = {"number", "currency", "dimension", "percentage", "age", "temperature", "quantity",
                  "currencyrange"}
ORDINAL_TYPES = {"ordinal", "ordinal.relative"}
ARTICLES = {"un", "une"}
FIGURE_ROWS = ("figures", "figure units", "figure qualifiers")


def gold_values(expr: dict[str, Any]) -> list[float] | None:
    """The gold value(s) of an expression as floats ("0,04" -> 0.04, "100%" -> 100)."""
    v = expr.get("value")
    if v is None:
        return None
    vals = v if isinstance(v, list) else [v]
    out = []
    for x in vals:
        if isinstance(x, str):
            x = x.strip().rstrip("%").replace(",", ".")
        try:
            out.append(float(x))
        except (TypeError, ValueError):
            return None
    return out


def same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def figure_spans(result: dict[str, Any]) -> list[tuple[int, int, float]]:
    out = []
    for e in result.get("entities", []):
        if e["type"] != "figure" or e.get("value") is None:
            continue
        for m in e["mentions"]:
            out.append((m["start"], m["end"], float(e["value"])))
    return out


def score_number_set(name: str, results: list[dict[str, Any]], rows: list[dict[str, Any]],
                     errors: list[str]) -> Counter[str]:
    c: Counter[str] = Counter()
    for row, res in zip(rows, results, strict=True):
        figs = figure_spans(res)
        text = row["text"]
        whole = bool(row.get("whole_input"))
        if row.get("negative"):
            s, e = len(text) - len(text.lstrip()), len(text.rstrip())
            ok = not any(fs <= s and fe >= e for fs, fe, _ in figs)
            c["negative"] += 1
            c["negative_ok"] += ok
            if not ok:
                errors.append(f"{name}: negative {text!r} -> {figs}")
            continue
        for expr in row.get("expressions", []):
            t = expr.get("type")
            s, e = expr["start"], expr["end"]
            if t in ORDINAL_TYPES:
                ok = not any(fs < e and s < fe for fs, fe, _ in figs)
                c["ordinal"] += 1
                c["ordinal_ok"] += ok
                if not ok:
                    errors.append(f"{name}: ordinal {expr['text']!r} read as a figure in {text!r}")
                continue
            if t not in QUANTITY_TYPES:
                continue
            vals = gold_values(expr)
            if vals is None:
                c["skipped_no_value"] += 1
                continue
            if expr["text"].strip().lower() in ARTICLES:
                c["skipped_article"] += 1
                continue
            ok = True
            for v in vals:
                if whole and len(vals) == 1:
                    hit = any(fs <= s and fe >= e and same(fv, v) for fs, fe, fv in figs)
                else:
                    hit = any(fs < e and s < fe and same(fv, v) for fs, fe, fv in figs)
                ok = ok and hit
            c["value"] += 1
            c["value_ok"] += ok
            if not any(ch.isdigit() for ch in expr["text"]):
                c["words"] += 1
                c["words_ok"] += ok
            if not ok:
                errors.append(f"{name}: {expr['text']!r} = {vals} in {text[:90]!r} -> {figs}")
    return c


def text2num_alone(rows: list[dict[str, Any]]) -> Counter[str]:
    from text_to_num import text2num

    def parse(s: str) -> float | None:
        try:
            return float(text2num(s.strip().lower(), "fr"))
        except (ValueError, TypeError):
            return None

    c: Counter[str] = Counter()
    for row in rows:
        if row.get("negative"):
            c["negative"] += 1
            c["negative_ok"] += parse(row["text"]) is None
            continue
        for expr in row.get("expressions", []):
            t = expr.get("type")
            if t in ORDINAL_TYPES:
                continue  # text2num reads ordinals as numbers by design; not compared
            if t not in QUANTITY_TYPES:
                continue
            vals = gold_values(expr)
            if vals is None or expr["text"].strip().lower() in ARTICLES:
                continue
            got = parse(expr["text"])
            ok = got is not None and len(vals) == 1 and same(got, vals[0])
            c["value"] += 1
            c["value_ok"] += ok
            if not any(ch.isdigit() for ch in expr["text"]):
                c["words"] += 1
                c["words_ok"] += ok
    return c


def pct(ok: int, n: int) -> str:
    return f"{ok / n:.3f} ({ok}/{n})" if n else "-"


def main() -> None:
    require_shared()
    from factx.api import extract_many

    show_errors = "--errors" in sys.argv

    def predict_all(texts: list[str]) -> list[dict[str, Any]]:
        return [r.to_dict() for r in extract_many(texts)]

    print("== annotated articles (score.py) ==")
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        for label, (gold, texts) in (
            ("wikinews_dev", (WIKINEWS_GOLD, article_texts(WIKINEWS_GOLD, WIKINEWS_TXT))),
            ("seed", seed_gold(tmpdir)),
        ):
            # one batched run; write_predictions asks for the results in the same order
            results = iter(predict_all([t for _, t in texts]))
            pred_dir = tmpdir / label
            write_predictions(texts, pred_dir, lambda _text, _r=results: next(_r))
            rows = score(gold, pred_dir)
            for key in FIGURE_ROWS:
                print(f"{label:14s} {key:18s} {fmt_row(rows.get(key))}")

    print("\n== number sets: value accuracy (factx pipeline | text2num alone) ==")
    errors: list[str] = []
    for name in NUMBER_SETS:
        lines = (EVAL / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        rows = [json.loads(line) for line in lines]
        c = score_number_set(name, predict_all([r["text"] for r in rows]), rows, errors)
        t = text2num_alone(rows)
        print(f"{name:24s} values {pct(c['value_ok'], c['value'])}"
              f" | text2num {pct(t['value_ok'], t['value'])}")
        print(f"{'':24s} spelled out only {pct(c['words_ok'], c['words'])}"
              f" | text2num {pct(t['words_ok'], t['words'])}")
        if c["ordinal"]:
            print(f"{'':24s} ordinals not read as figures {pct(c['ordinal_ok'], c['ordinal'])}")
        if c["negative"]:
            print(f"{'':24s} invalid inputs rejected {pct(c['negative_ok'], c['negative'])}"
                  f" | text2num {pct(t['negative_ok'], t['negative'])}")
        if c["skipped_article"] or c["skipped_no_value"]:
            print(f"{'':24s} left out: {c['skipped_article']} lone un/une, "
                  f"{c['skipped_no_value']} without a value")
    if show_errors:
        print("\n".join(["", "== errors ==", *errors]))


if __name__ == "__main__":
    main()
