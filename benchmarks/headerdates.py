"""The document's own date as a page or a feed states it ("Publié le 3 mars 2021 à
14h05", "Mis à jour le 03/03/2021", ISO 8601 and RFC 2822 timestamps): factx's reader
(`factx.temporal.header.parse_date_string`: factx's date grammar, the standard library's
RFC 2822 parser, ISO dates) next to dateparser, on date strings written for this script.

    python benchmarks/headerdates.py [--json]

dateparser is asked as for this job: `DateDataParser(languages=["fr", "en"])` with only
its absolute parsers (`custom-formats`, `absolute-time`, so that "hier" is never read
against today), day-month-year order, a value at day grain (its period "day" or "time"),
month grain for a month ("mars 2021"), nothing for a year alone. Needs the `bench` extra
(`pip install -e '.[bench]'`).

Printed: right / wrong / missed per system and per kind of string, the cost of the first
string in a fresh process (import and first call), and the median time of a later call.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

# (kind, string, expected ISO or None: no date of the document's own)
CASES: list[tuple[str, str, str | None]] = [
    ("french", "3 mars 2021 à 14h05", "2021-03-03"),
    ("french", "mercredi 3 mars 2021, 14:05", "2021-03-03"),
    ("french", "Mercredi 3 mars 2021 à 14 h 05", "2021-03-03"),
    ("french", "le 3 mars 2021", "2021-03-03"),
    ("french", "1er mars 2021", "2021-03-01"),
    ("french", "3 MARS 2021", "2021-03-03"),
    ("french", "3 mars 2021 - 14:05", "2021-03-03"),
    ("french", "03 févr. 2021 à 8h", "2021-02-03"),
    ("french", "mars 2021", "2021-03"),
    ("numeric", "03/03/2021", "2021-03-03"),
    ("numeric", "03/03/2021 à 9h", "2021-03-03"),
    ("numeric", "03/03/2021 09:12", "2021-03-03"),
    ("numeric", "3.3.2021", "2021-03-03"),
    ("numeric", "04/03/2021", "2021-03-04"),
    ("numeric", "12/11/2021", "2021-11-12"),
    ("iso", "2021-03-03", "2021-03-03"),
    ("iso", "2021-03-03T14:05:00+01:00", "2021-03-03"),
    ("iso", "2021-03-03T23:30:00Z", "2021-03-03"),
    ("iso", "2021-03-03T14:05:00.000Z", "2021-03-03"),
    ("iso", "2021-03-03 14:05", "2021-03-03"),
    ("rfc2822", "Wed, 03 Mar 2021 14:05:00 +0100", "2021-03-03"),
    ("rfc2822", "3 Mar 2021 14:05:00 GMT", "2021-03-03"),
    ("rfc2822", "Wed, 3 Mar 2021 14:05 CET", "2021-03-03"),
    ("english", "March 3, 2021", "2021-03-03"),
    ("english", "Mar 3, 2021 at 2:05 PM", "2021-03-03"),
    ("english", "3 March 2021", "2021-03-03"),
    ("none", "hier à 14h05", None),
    ("none", "il y a 3 heures", None),
    ("none", "aujourd'hui", None),
    ("none", "le 3 mars", None),
    ("none", "2021", None),
    ("none", "31/02/2021", None),
    ("none", "13/13/2021", None),
    ("none", "par la rédaction", None),
]


def factx_parser() -> Callable[[str], str | None]:
    from factx.temporal.header import parse_date_string

    return parse_date_string


def dateparser_parser() -> Callable[[str], str | None]:
    from dateparser.date import DateDataParser

    parser = DateDataParser(languages=["fr", "en"], settings={
        "PARSERS": ["custom-formats", "absolute-time"], "DATE_ORDER": "DMY",
        "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["month", "year"]})

    def parse(value: str) -> str | None:
        try:
            data = parser.get_date_data(value)
        except Exception:  # dateparser raises on some inputs
            return None
        if data.date_obj is None:
            return None
        if data.period in ("day", "time"):
            return data.date_obj.date().isoformat()
        if data.period == "month":
            return data.date_obj.strftime("%Y-%m")
        return None

    return parse


SYSTEMS = {"factx": factx_parser, "dateparser": dateparser_parser}


def cold(system: str) -> float:
    """Seconds to import a system and parse a first string, in a fresh process."""
    here = str(Path(__file__).resolve().parent)
    code = (f"import time; t = time.perf_counter(); import sys; sys.path.insert(0, {here!r}); "
            f"import headerdates as h; h.SYSTEMS[{system!r}]()({CASES[0][1]!r}); "
            "print(time.perf_counter() - t)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def run(system: str) -> dict[str, object]:
    parse = SYSTEMS[system]()
    for _, value, _ in CASES:  # warm: grammars compiled, language data loaded
        parse(value)
    by_kind: dict[str, list[int]] = {}
    times = []
    wrong = []
    for kind, value, expected in CASES:
        t = time.perf_counter()
        got = parse(value)
        times.append(time.perf_counter() - t)
        counts = by_kind.setdefault(kind, [0, 0, 0])  # right, wrong, missed
        if got == expected:
            counts[0] += 1
        elif got is None:
            counts[2] += 1
            wrong.append(f"{value!r}: missed (expected {expected})")
        else:
            counts[1] += 1
            wrong.append(f"{value!r}: {got} (expected {expected})")
    return {"by_kind": by_kind, "errors": wrong, "cold_s": round(cold(system), 3),
            "median_ms": round(1000 * statistics.median(times), 3)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    results = {}
    for system in SYSTEMS:
        try:
            results[system] = run(system)
        except ImportError as exc:
            results[system] = {"error": f"not installed ({exc}); pip install -e '.[bench]'"}
    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
        return
    kinds = list(dict.fromkeys(k for k, _, _ in CASES))
    print(f"{len(CASES)} date strings; right / wrong / missed (for 'none': right = nothing found)")
    print(f"{'kind':10}" + "".join(f"{s:>22}" for s in results))
    for kind in kinds:
        cells = []
        for res in results.values():
            c = res.get("by_kind", {}).get(kind)  # type: ignore[union-attr]
            cells.append(f"{c[0]:>3} / {c[1]:>2} / {c[2]:>2}" if c else "-")
        print(f"{kind:10}" + "".join(f"{c:>22}" for c in cells))
    for system, res in results.items():
        if "error" in res:
            print(f"{system}: {res['error']}")
            continue
        right = sum(c[0] for c in res["by_kind"].values())  # type: ignore[union-attr]
        print(f"{system}: {right}/{len(CASES)} right; first string in a fresh process {res['cold_s']} s "
              f"(import and first call); later calls median {res['median_ms']} ms")
        for line in res["errors"]:  # type: ignore[union-attr]
            print(f"    {line}")


if __name__ == "__main__":
    main()
