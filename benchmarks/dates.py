"""Date layer accuracy: factx next to dateparser's `search_dates`, same anchor, four sets.

    python benchmarks/dates.py [--pipeline] [--json]     # needs the bench extra: pip install -e '.[bench]'

Systems
- factx: the date layer (`factx.temporal.find_dates`) anchored on the document date
  factx reads (dateline/header, `factx.components.docdate.read_doc_date`) or the set's
  reference date. With --pipeline, wikinews is run through the full `factx.extract`.
- dateparser: `dateparser.search.search_dates(text, languages=["fr"],
  settings={"RELATIVE_BASE": <same anchor>})`; each found string is given its grain by
  dateparser's own `DateDataParser.get_date_data(...).period` (year -> "2012", month ->
  "2012-06", day -> "2012-06-22", time -> "2012-06-22T15:00"). dateparser has no
  durations, ranges or sets. Without an anchor it falls back to today (its behaviour).

How each set is scored
- wikinews_dev (20 articles, factx gold, GUIDELINE.md): score.py itself, used in place,
  on one factx/1-shaped JSON per article; rows "dates" (detection by overlapping
  normalized text, one-to-one), "date values" (exact value string among matched gold
  dates that have a value) and "dates+value". Note: gold writes hour durations "P48H"
  where factx writes ISO "PT48H" (the issue's convention); they count as wrong.
- all three external sets: detection by overlapping character spans, one-to-one, then a
  gold expression inside an already matched prediction also counts as found (TimeML
  and Duckling split "mardi vers 21 h 45" or "entre 1990 et 1999" where factx keeps one
  expression); such a gold value is judged against the parts of the predicted value
  (range ends, the day of a dated time).
- dates_frtimebank (55 Est Républicain articles, TimeML TIMEX3): P/R/F1 as above.
  Value = exact TIMEX3 value (timezone suffix dropped), except: PRESENT_REF counts as
  the article's date ("maintenant" = the anchor day); values with placeholders (XXXX-11-07, PXD, TNI alone) or
  PAST_REF/FUTURE_REF are not scored for value (reported as "unscored").
- dates_duckling_fr (225 whole-input phrases, reference 2013-02-12T04:30): detection by
  overlapping spans. Duckling's value + grain is turned into ISO at that grain
  (Day -> 2013-02-12, Hour/Minute -> 2013-02-12T15:00, Week -> 2013-W07, Month ->
  2013-03, Year -> 2014); intervals with exclusive ends become "start/end" at their
  grain with the end made inclusive; part-of-day intervals (hour-grain intervals
  within one day) are scored on their day, against the day part of factx's value;
  "after:"/"before:" values score their point. Durations are compared as ISO strings.
- dates_recognizers_fr (103 sentences, TIMEX values): detection by overlapping spans;
  "X" placeholders match any digit (XXXX-10-02 matches 2016-10-02), "XXXX-WXX-2"
  matches any Tuesday, "(start,end,PnX)" ranges match either "start/end" or the
  duration "PnX", a time alone "T19:56" matches the time part of a dated time,
  seconds are dropped; FUTURE_REF etc. are not scored for value.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    EVAL,
    WIKINEWS_GOLD,
    WIKINEWS_TXT,
    article_texts,
    require_shared,
    score,
    write_predictions,
)

Span = tuple[int, int, str | None]  # start, end, value
Predictor = Callable[[str, str | None], list[Span]]


# ------------------------------------------------------------------ systems


def factx_spans(text: str, anchor: str | None) -> list[Span]:
    from factx.temporal import find_dates

    return [(e.start, e.end, e.value) for e in find_dates(text, anchor)]


def dateparser_spans(text: str, anchor: str | None) -> list[Span]:
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    settings: dict[str, Any] = {}
    if anchor:
        parts = [int(x) for x in anchor.split("-")] + [1, 1]
        settings["RELATIVE_BASE"] = dt.datetime(parts[0], parts[1], parts[2])
    try:
        found = search_dates(text, languages=["fr"], settings=settings) or []
    except Exception:  # dateparser raises on some inputs; count as nothing found
        found = []
    ddp = DateDataParser(languages=["fr"], settings=settings)
    out: list[Span] = []
    pos = 0
    for sub, when in found:
        start = text.find(sub, pos)
        if start < 0:
            start = text.find(sub)
        if start < 0:
            continue
        pos = start + len(sub)
        period = ddp.get_date_data(sub).period or "day"
        if period == "year":
            value = f"{when.year:04d}"
        elif period == "month":
            value = f"{when.year:04d}-{when.month:02d}"
        elif period == "week":
            y, w, _ = when.isocalendar()
            value = f"{y:04d}-W{w:02d}"
        elif period == "time" or (when.hour, when.minute) != (0, 0):
            value = when.strftime("%Y-%m-%dT%H:%M")
        else:
            value = when.date().isoformat()
        out.append((start, start + len(sub), value))
    return out


# ------------------------------------------------------------------ scoring


def prf(tp_p: int, n_p: int, tp_g: int, n_g: int) -> tuple[float, float, float]:
    p = tp_p / n_p if n_p else (1.0 if n_g == 0 else 0.0)
    r = tp_g / n_g if n_g else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def span_scores(docs: Iterable[tuple[list[dict], list[Span], Callable[[dict, str | None], bool | None]]]
                ) -> dict[str, Any]:
    """Matching by overlapping offsets: first one-to-one (greedy, in text order); then a
    gold expression lying inside an already matched prediction also counts as found
    (TimeML splits "mardi vers 21 h 45" and "entre 1990 et 1999" in two, factx keeps one).
    A gold value is judged by `same_value` (None = not scorable) against the predicted
    value or, when the gold lies inside a longer prediction, against its parts (the
    ends of a range, the day of a dated time)."""
    n_g = n_p = tp_p = tp_g = ok = scored = unscored = 0

    def judge(same_value: Callable[[dict, str | None], bool | None], gexp: dict, span: Span) -> None:
        nonlocal ok, scored, unscored
        s, e, v = span
        candidates: list[str | None] = [v]
        if v and (s < gexp["start"] or gexp["end"] < e):
            candidates += [*v.split("/"), v[:10]]
        verdicts = [same_value(gexp, c) for c in candidates]
        if all(x is None for x in verdicts):
            unscored += 1
            return
        scored += 1
        ok += int(any(verdicts))

    for gold, pred, same_value in docs:
        n_g += len(gold)
        n_p += len(pred)
        used: dict[int, int] = {}
        left: list[dict] = []
        for gexp in gold:
            for i, (s, e, _v) in enumerate(pred):
                if i not in used and s < gexp["end"] and gexp["start"] < e:
                    used[i] = 1
                    tp_g += 1
                    judge(same_value, gexp, pred[i])
                    break
            else:
                left.append(gexp)
        for gexp in left:
            for i in used:
                s, e, _v = pred[i]
                if s <= gexp["start"] and gexp["end"] <= e:
                    tp_g += 1
                    judge(same_value, gexp, pred[i])
                    break
        tp_p += len(used)
    p, r, f = prf(tp_p, n_p, tp_g, n_g)
    return {"P": round(p, 3), "R": round(r, 3), "F1": round(f, 3), "gold": n_g, "pred": n_p,
            "value_acc": round(ok / scored, 3) if scored else None, "value_n": scored, "unscored": unscored}


def _anchor_of(reference: str | None) -> str | None:
    return reference[:10] if reference else None


def timebank_value(anchor: str | None) -> Callable[[dict, str | None], bool | None]:
    def same(gexp: dict, value: str | None) -> bool | None:
        gv = re.sub(r"(T\d\d:\d\d)(?::\d\d)?[+-]\d+$", r"\1", str(gexp["value"]))
        if gv == "PRESENT_REF":
            return value == anchor
        if "X" in gv or gv.endswith("_REF"):
            return None
        return value == gv
    return same


def duckling_norm(expr: dict) -> list[str] | None:
    value, grain, typ = str(expr["value"]), expr.get("grain") or "", expr["type"]
    if typ == "duration":
        return [value]
    for prefix in ("after:", "before:"):
        if value.startswith(prefix):
            value = value[len(prefix):]

    def at(v: str, grain: str) -> str:
        d = dt.datetime.fromisoformat(v.replace("-00-00T", "-01-01T").replace("-00T", "-01T"))
        if grain in ("Second", "Minute", "Hour"):
            return d.strftime("%Y-%m-%dT%H:%M")
        if grain == "Week":
            y, w, _ = d.isocalendar()
            return f"{y:04d}-W{w:02d}"
        if grain == "Month":
            return d.strftime("%Y-%m")
        if grain == "Year":
            return f"{d.year:04d}"
        return d.date().isoformat()

    if "/" in value:
        a, b = value.split("/")
        da = dt.datetime.fromisoformat(a.replace("-00", "-01"))
        db = dt.datetime.fromisoformat(b.replace("-00", "-01"))
        if grain == "Hour" and da.date() == (db - dt.timedelta(seconds=1)).date():
            return ["DAY:" + da.date().isoformat()]
        step = {"Day": dt.timedelta(days=1), "Hour": dt.timedelta(hours=1), "Minute": dt.timedelta(minutes=1),
                "Second": dt.timedelta(seconds=1)}.get(grain)
        end = (db - step).isoformat() if step else b
        return [f"{at(a, grain)}/{at(end, grain)}"]
    return [at(value, grain)]


def duckling_value(gexp: dict, value: str | None) -> bool | None:
    forms = duckling_norm(gexp)
    if forms is None:
        return None
    for f in forms:
        if f.startswith("DAY:"):
            if value is not None and value[:10] == f[4:]:
                return True
        elif value == f:
            return True
    return False


def _wild(pattern: str, value: str) -> bool:
    if len(pattern) != len(value):
        return False
    return all(p == v or (p == "X" and v.isdigit()) for p, v in zip(pattern, value, strict=True))


def recognizers_value(gexp: dict, value: str | None) -> bool | None:
    gv = re.sub(r"(T\d\d:\d\d):\d\d", r"\1", str(gexp["value"]))
    if gv.endswith("_REF"):
        return None
    if value is None:
        return False
    m = re.fullmatch(r"\(([^,]+),([^,]+),([^)]+)\)", gv)
    if m:
        a, b, dur = m.groups()
        if value == dur:
            return True
        if "/" in value:
            va, vb = value.split("/", 1)
            return _wild(a, va) and (_wild(b, vb) or _wild(b, _next_day(vb)))
        return False
    wk = re.fullmatch(r"XXXX-WXX-(\d)(T.*)?", gv)
    if wk:
        try:
            day = dt.date.fromisoformat(value[:10])
        except ValueError:
            return False
        return day.isoweekday() == int(wk.group(1)) and (wk.group(2) or "") in ("", value[10:])
    if gv.startswith("T"):
        t = value[10:] if len(value) > 10 else ""
        return t == gv or t == gv + ":00" or (len(gv) == 3 and t.startswith(gv + ":"))
    if re.fullmatch(r"[\dX]{4}-[\dX]{2}-[\dX]{2}T\d\d", gv):
        return value.startswith(gv[:10]) and value[10:13] == gv[10:13] and _wild(gv[:10], value[:10])
    return _wild(gv, value)


def _next_day(v: str) -> str:
    try:
        return (dt.date.fromisoformat(v) + dt.timedelta(days=1)).isoformat()
    except ValueError:
        return v


def phrase_set(name: str, predict: Predictor) -> dict[str, Any]:
    path = EVAL / name
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = []
    for row in rows:
        anchor = _anchor_of(row.get("reference"))
        if name.startswith("dates_frtimebank"):
            judge = timebank_value(anchor)
        elif name.startswith("dates_duckling"):
            judge = duckling_value
        else:
            judge = recognizers_value
        docs.append((row["expressions"], predict(row["text"], anchor), judge))
    return span_scores(docs)


def wikinews(predict: Predictor, pipeline: bool) -> dict[str, Any]:
    from factx.components.docdate import read_doc_date

    texts = article_texts(WIKINEWS_GOLD, WIKINEWS_TXT)
    if pipeline:
        from factx.api import extract

        def to_json(text: str) -> dict:
            return extract(text).to_dict()
    else:
        def to_json(text: str) -> dict:
            anchor = read_doc_date(text)
            ents = [{"id": f"d{i}", "type": "date", "name": text[s:e], "value": v,
                     "mentions": [{"text": text[s:e], "start": s, "end": e}]}
                    for i, (s, e, v) in enumerate(predict(text, anchor), 1)]
            return {"schema": "factx/1", "document": {"ref_date": anchor}, "entities": ents, "facts": []}
    with tempfile.TemporaryDirectory() as tmp:
        write_predictions(texts, Path(tmp), to_json)
        rows = score(WIKINEWS_GOLD, Path(tmp))
    d, v, dv = rows["dates"], rows["date values"], rows["dates+value"]
    return {"P": d["P"], "R": d["R"], "F1": d["F1"], "gold": d["gold"], "pred": d["pred"],
            "value_acc": v["acc"], "value_n": v["n"], "unscored": 0, "dates+value F1": dv["F1"]}


SETS = ("wikinews_dev", "dates_frtimebank.jsonl", "dates_duckling_fr.jsonl", "dates_recognizers_fr.jsonl")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pipeline", action="store_true", help="run wikinews through the full factx.extract")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    try:
        import dateparser  # noqa: F401
    except ImportError:
        sys.exit("benchmarks/dates.py compares factx with dateparser: pip install -e '.[bench]'")
    require_shared()
    results: dict[str, dict[str, dict]] = {}
    for name in SETS:
        results[name] = {}
        for system, predict in (("factx", factx_spans), ("dateparser", dateparser_spans)):
            if name == "wikinews_dev":
                results[name][system] = wikinews(predict, args.pipeline and system == "factx")
            else:
                results[name][system] = phrase_set(name, predict)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
        return
    head = (f"{'set':22s} {'system':11s} {'P':>6s} {'R':>6s} {'F1':>6s} {'value acc':>10s} {'(n)':>6s} "
            f"{'gold':>5s} {'pred':>5s}")
    print(head)
    print("-" * len(head))
    for name, by_system in results.items():
        for system, r in by_system.items():
            acc = f"{r['value_acc']:.3f}" if r["value_acc"] is not None else "-"
            extra = f"   dates+value F1 {r['dates+value F1']:.3f}" if "dates+value F1" in r else ""
            if r.get("unscored"):
                extra += f"   ({r['unscored']} matched with placeholder values, not scored)"
            label = name.removesuffix(".jsonl")
            print(f"{label:22s} {system:11s} {r['P']:6.3f} {r['R']:6.3f} {r['F1']:6.3f} "
                  f"{acc:>10s} {r['value_n']:6d} {r['gold']:5d} {r['pred']:5d}{extra}")


if __name__ == "__main__":
    main()
