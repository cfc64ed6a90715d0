"""How many HIPE-2020 functions factx's role layer finds next to their person.

`../shared/eval-data/roles_hipe2020_fr.jsonl` splits person mentions of French historical
newspapers into name, titles (civilities, "M.", "sieur") and functions ("maire du dit
lieu", "capitaine-lieutenant"). It is a second source of titles and constructions, apart
from the dev articles. For every gold function this script asks: does factx give a role
to a person whose mention overlaps the gold person's name, with the function's head word
in the role? It prints the share found, working and blind sentences apart, and with
--misses every function missed (or found on no person) in its sentence, to read classes
of misses: working sentences only.

The split is round 28's (benchmarks/splits.py `sentence_blind`): sentences grouped by
newspaper issue, every third one by sorted id is blind, scored and never printed.

Scored convention: functions only (HIPE's titles are civilities, which factx does not
count as roles); OCR noise is left as it is.

    python benchmarks/roles_hipe.py [--misses] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from splits import sentence_blind

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "eval-data" / "roles_hipe2020_fr.jsonl"
PARTS = ("working", "blind")


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def head_word(function: str) -> str:
    """The first word of a function of 4+ letters ("du dit lieu" words are not heads)."""
    for w in fold(function).replace("-", " ").replace("'", " ").split():
        if len(w) >= 4 and w.isalpha():
            return w
    return fold(function)


def score(rows: list[dict[str, Any]], extract: Callable[[str], dict[str, Any]],
          misses: list[str] | None = None) -> dict[str, dict[str, int]]:
    """Counts per part ({"working": {...}, "blind": {...}}); the misses of WORKING sentences
    are appended to `misses` (two lines each) when it is given. Blind sentences are run and
    counted, never printed."""
    blind = sentence_blind([r["id"] for r in rows])
    counts = {p: {"total": 0, "found": 0, "roles_near": 0, "extra": 0, "sentences": 0} for p in PARTS}
    for row in rows:
        part = "blind" if row["id"] in blind else "working"
        c = counts[part]
        c["sentences"] += 1
        out = extract(row["text"])
        mentions = {e["id"]: [(m["start"], m["end"]) for m in e["mentions"]]
                    for e in out["entities"] if e["type"] == "person"}
        roles = [f for f in out["facts"] if f["type"] == "role"]
        for person in row["persons"]:
            spans = [(n["start"], n["end"]) for n in person["name"]] or [(person["start"], person["end"])]
            mine = [r for r in roles if any(a < e and s < b for a, b in mentions.get(r["person"], [])
                                            for s, e in spans)]
            heads = {head_word(f["text"]) for f in person["functions"]}
            c["roles_near"] += len(mine)
            c["extra"] += sum(1 for r in mine if not any(h in fold(r["role"]) for h in heads))
            for fn in person["functions"]:
                c["total"] += 1
                h = head_word(fn["text"])
                if any(h in fold(r["role"]) for r in mine):
                    c["found"] += 1
                elif misses is not None and part == "working":
                    got = "; ".join(r["role"] for r in mine) or "-"
                    around = row["text"][max(0, person["start"] - 120): person["end"] + 80]
                    misses.append(f"MISS {fn['text']!r} of {person['text']!r} (factx: {got})  [{row['id']}]")
                    misses.append("      " + " ".join(around.split()))
    return counts


def report(counts: dict[str, dict[str, int]]) -> Iterable[str]:
    """One line per part: the share of gold functions found, the roles near HIPE people."""
    for part in PARTS:
        c = counts[part]
        yield (f"HIPE functions found next to their person, {part:7} ({c['sentences']} sentences): "
               f"{c['found']}/{c['total']} = {c['found'] / max(c['total'], 1):.3f}; "
               f"factx roles on HIPE people: {c['roles_near']}, of which not a gold function: {c['extra']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--misses", action="store_true", help="print each missed function of a working sentence")
    ap.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"{DATA} not found", file=sys.stderr)
        return 1
    from factx.api import extract

    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.limit:
        rows = rows[: args.limit]
    misses: list[str] | None = [] if args.misses else None
    counts = score(rows, lambda text: extract(text).to_dict(), misses)
    for line in misses or []:
        print(line)
    for line in report(counts):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
