"""How many HIPE-2020 functions factx's role layer finds next to their person.

`../shared/eval-data/roles_hipe2020_fr.jsonl` splits person mentions of French historical
newspapers into name, titles (civilities, "M.", "sieur") and functions ("maire du dit
lieu", "capitaine-lieutenant"). It is a second source of titles and constructions, apart
from the dev articles. For every gold function this script asks: does factx give a role
to a person whose mention overlaps the gold person's name, with the function's head word
in the role? It prints the share found, and with --misses every function missed (or
found on no person) in its sentence, to read classes of misses.

Scored convention: functions only (HIPE's titles are civilities, which factx does not
count as roles); OCR noise is left as it is.

    python benchmarks/roles_hipe.py [--misses] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "eval-data" / "roles_hipe2020_fr.jsonl"


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def head_word(function: str) -> str:
    """The first word of a function of 4+ letters ("du dit lieu" words are not heads)."""
    for w in fold(function).replace("-", " ").replace("'", " ").split():
        if len(w) >= 4 and w.isalpha():
            return w
    return fold(function)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--misses", action="store_true", help="print each missed function in its sentence")
    ap.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"{DATA} not found", file=sys.stderr)
        return 1
    from factx.api import extract

    total = found = 0
    extra = roles_near = 0
    lines = DATA.read_text(encoding="utf-8").splitlines()
    if args.limit:
        lines = lines[: args.limit]
    for line in lines:
        row = json.loads(line)
        out = extract(row["text"]).to_dict()
        mentions = {e["id"]: [(m["start"], m["end"]) for m in e["mentions"]]
                    for e in out["entities"] if e["type"] == "person"}
        roles = [f for f in out["facts"] if f["type"] == "role"]
        for person in row["persons"]:
            spans = [(n["start"], n["end"]) for n in person["name"]] or [(person["start"], person["end"])]
            mine = [r for r in roles if any(a < e and s < b for a, b in mentions.get(r["person"], [])
                                            for s, e in spans)]
            heads = {head_word(f["text"]) for f in person["functions"]}
            roles_near += len(mine)
            extra += sum(1 for r in mine if not any(h in fold(r["role"]) for h in heads))
            for fn in person["functions"]:
                total += 1
                h = head_word(fn["text"])
                if any(h in fold(r["role"]) for r in mine):
                    found += 1
                elif args.misses:
                    got = "; ".join(r["role"] for r in mine) or "-"
                    print(f"MISS {fn['text']!r} of {person['text']!r} (factx: {got})")
                    around = row["text"][max(0, person["start"] - 120) : person["end"] + 80]
                    print("     ", " ".join(around.split()))
    print(f"HIPE functions found next to their person: {found}/{total} = {found / max(total, 1):.3f}")
    print(f"factx roles on HIPE people: {roles_near}, of which not a gold function: {extra}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
