"""Where the quotes row loses: each gold quotation, by what factx does with its speaker.

For every dev set and part (benchmarks/splits.py), each gold quotation is sorted as:

- right: factx finds it with the gold's speaker;
- not found: no quote of factx holds its opening words;
- null / wrong: found, with no speaker or another one. These are split further by whether
  the gold's speaker is one of factx's entities ("speaker found" / "speaker absent"), by
  whether factx saw a speech verb for the quotation ("verb" / "no verb"), and by where the
  speaker's nearest mention before the quotation stands: in the quotation's own sentence,
  earlier in its paragraph, in the paragraph before, further up, or only after it.

Blind parts are counted, never shown; `--show` prints the working parts' null and wrong
cases only (own_dev7 and own_dev9, never read, are left out of it).

    python benchmarks/quote_who.py [--sets wikinews_dev,regional_dev] [--show]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from accuracy import DEV_SETS, load_scorer
from common import require_shared
from role_of import NEVER_SHOWN, dev_parts

OUTCOMES = ("right", "not found", "null", "wrong")
_SENTENCE_END = re.compile(r"[.!?…]\s")


def _where(text: str, quote_start: int, mentions: list[int]) -> str:
    """Where the nearest mention before the quotation stands, relative to it."""
    before = [m for m in mentions if m < quote_start]
    if not before:
        return "after only" if mentions else "no mention"
    m = max(before)
    between = text[m:quote_start]
    paragraphs = between.count("\n")
    if paragraphs == 0:
        # the quotation's own sentence, or an earlier one of its paragraph
        return "same sentence" if not _SENTENCE_END.search(between) else "paragraph"
    return "paragraph before" if paragraphs == 1 else "further up"


Row = tuple[str, str, dict, "dict | None"]


def classify(sc: ModuleType, gold: dict[str, Any], pred: dict[str, Any], text: str) -> list[Row]:
    """(outcome, detail, gold quote, factx quote) for each gold quotation."""
    ents = {e["id"]: e for e in pred.get("entities", [])}
    speakers = {p["name"]: [p["name"], *p.get("mentions", [])] for p in gold["people"]}
    speakers.update({o["name"]: [o["name"], *o.get("aliases", [])] for o in gold["organizations"]})
    quotes = [f for f in pred.get("facts", []) if f.get("type") == "quote"]
    out: list[Row] = []
    for g in gold.get("quotes", []):
        opening = sc.fold(g["starts"])[:25]
        found = next((q for q in quotes if opening in sc.fold(q.get("text", ""))), None)
        if found is None:
            out.append(("not found", "", g, None))
            continue
        said = ents.get(found.get("speaker") or "")
        if not g.get("speaker"):
            out.append(("right" if said is None else "wrong", "" if said is None else "gold none", g, found))
            continue
        forms = speakers.get(g["speaker"], [g["speaker"]])
        if said is not None and sc.forms_match(forms, sc.forms(said)):
            out.append(("right", "", g, found))
            continue
        entity = next((e for e in ents.values() if e.get("type") in ("person", "organization")
                       and sc.forms_match(forms, sc.forms(e))), None)
        verb = "verb" if found.get("verb") else "no verb"
        if entity is None:
            detail = f"speaker absent, {verb}"
        else:
            where = _where(text, found["start"], [m["start"] for m in entity.get("mentions", [])])
            detail = f"speaker found, {verb}, {where}"
        out.append(("null" if said is None else "wrong", detail, g, found))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", help="comma-separated dev sets (default: all)")
    parser.add_argument("--show", action="store_true",
                        help="print the working parts' null and wrong cases")
    args = parser.parse_args()
    require_shared()
    from factx.api import extract

    sc = load_scorer()
    names = args.sets.split(",") if args.sets else list(DEV_SETS)
    for name, part, articles in dev_parts(names):
        outcomes: Counter[str] = Counter()
        details: Counter[str] = Counter()
        for doc_id, gold, text in articles:
            for outcome, detail, g, q in classify(sc, gold, extract(text).to_dict(), text):
                outcomes[outcome] += 1
                if detail:
                    details[f"{outcome}: {detail}"] += 1
                shown = args.show and part == "working" and name not in NEVER_SHOWN
                if shown and outcome in ("null", "wrong"):
                    print(f"  [{name} {doc_id} {outcome}; {detail}] gold: {g['speaker']} | "
                          f"factx: {q and q.get('speaker')} | {g['starts'][:40]}")
        print(f"{name + ' ' + part:26}" + "  ".join(f"{k} {outcomes[k]}" for k in OUTCOMES))
        for detail, n in sorted(details.items(), key=lambda x: (-x[1], x[0])):
            print(f"{'':30}{n:3}  {detail}")


if __name__ == "__main__":
    main()
