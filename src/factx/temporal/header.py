"""The date a document states for itself outside a French dateline, and date strings given
outside a text (`--ref-date`, HTML metadata).

- a header line near the top: "Publié le 3 mars 2021 à 14h05", "Mis à jour le 03/03/2021",
  "Date : Wed, 03 Mar 2021 14:05:00 +0100", "Mis en ligne : 2021-03-03T14:05:00+01:00"
  (labels in models/dates/header.json; a publication label wins over an update label);
- a timestamp alone on a line: ISO 8601 ("2021-03-03T14:05:00Z") or RFC 2822 ("Wed, 03 Mar
  2021 14:05:00 +0100");
- `parse_date_string(value)`: one date string in any of these forms, French ones ("15
  juillet 2019", "lundi 15 juillet 2019 à 8 h", "15/07/2019", "juillet 2019"), or English
  ones as page templates write them ("March 3, 2021", "3 March 2021").

Values are ISO at the grain given, day at most ("2021-03-03", "2019-07"): the document date
is a day; the time of day and the time zone are dropped, the date kept as written. French
forms are read by factx's own date grammar (the one of the date layer, with no anchor, so
that "hier" is never read against today), RFC 2822 by the standard library, ISO 8601 by
its date part. dateparser was tried for this job and left out: see docs/accuracy.md.
"""

from __future__ import annotations

import re
from functools import cache

from factx.resources import load_json

HEAD_LINES = 12  # header lines come before the body: the first lines only
HEAD_CHARS = 800

_ISO = re.compile(r"(?P<y>(?:1[89]|20)\d\d)-(?P<m>[01]\d)(?:-(?P<d>[0-3]\d))?"
                  r"(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?(?:Z|[+-][0-2]\d:?[0-5]\d)?)?")
_RFC2822 = re.compile(r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d\d:\d\d(?::\d\d)?"
                      r"(?:\s*(?:[+-]\d{4}|[A-Z]{1,5}))?")
_FOLD = str.maketrans("àâäéèêëîïôöùûüçÀÂÄÉÈÊËÎÏÔÖÙÛÜÇ", "aaaeeeeiioouuucAAAEEEEIIOOUUUC")  # one for one


@cache
def _labels() -> tuple[re.Pattern[str], dict[str, str]]:
    data = load_json("dates/header.json")
    kinds: dict[str, str] = {}
    for kind in ("published", "updated"):
        for label in data[kind]:
            kinds[label.translate(_FOLD)] = kind
    labels = "|".join(re.escape(k).replace(r"\ ", r"[ \t]+") for k in sorted(kinds, key=len, reverse=True))
    line = re.compile(rf"^[ \t]*(?P<label>{labels})\b(?:[ \t]+le\b)?[ \t]*[:=]?[ \t]*(?P<value>\S[^\n]*)$",
                      re.IGNORECASE | re.MULTILINE)
    return line, kinds


def _valid(y: int, m: int, d: int | None) -> bool:
    import calendar

    return 1 <= m <= 12 and (d is None or 1 <= d <= calendar.monthrange(y, m)[1])


def _iso(value: str) -> str | None:
    m = _ISO.match(value)
    if not m or value[m.end():m.end() + 1].isalnum():
        return None
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"]) if m["d"] else None
    if not _valid(y, mo, d):
        return None
    return f"{y:04d}-{mo:02d}" + (f"-{d:02d}" if d is not None else "")


def _rfc2822(value: str) -> str | None:
    m = _RFC2822.match(value)
    if not m or value[m.end():m.end() + 1].isalnum():
        return None
    from email.utils import parsedate_tz  # not at import: email.utils brings socket and more

    parts = parsedate_tz(m.group())
    if parts is None or not _valid(parts[0], parts[1], parts[2]):
        return None
    return f"{parts[0]:04d}-{parts[1]:02d}-{parts[2]:02d}"


def _french(value: str) -> str | None:
    """The date a French date string starts with, if it has a day or a month and a year."""
    from factx.temporal import find_dates

    found = find_dates(value, None)
    if not found or found[0].start > 0 or found[0].kind not in ("date", "time") or not found[0].value:
        return None
    day = found[0].value[:10]
    return day if re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", day) else None


_WEEKDAY_EN = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+"
_ENGLISH = (
    re.compile(rf"(?:{_WEEKDAY_EN})?(?P<month>[a-z]+)\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})",
               re.IGNORECASE),
    re.compile(rf"(?:{_WEEKDAY_EN})?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<month>[a-z]+)\.?,?\s+(?P<year>\d{{4}})",
               re.IGNORECASE),
)


def _english(value: str) -> str | None:
    """"March 3, 2021", "Wed, March 3rd, 2021 at 2:05 PM", "3 March 2021": the way pages and
    feeds in English (and some French sites' templates) write their date."""
    months = load_json("dates/header.json")["english_months"]
    for pattern in _ENGLISH:
        m = pattern.match(value)
        if not m or value[m.end():m.end() + 1].isalnum():
            continue
        month = months.get(m["month"].lower())
        y, d = int(m["year"]), int(m["day"])
        if month and _valid(y, month, d):
            return f"{y:04d}-{month:02d}-{d:02d}"
    return None


def parse_date_string(value: str) -> str | None:
    """One date string -> ISO at its grain (day or month), or None if it states no
    absolute date (a relative date, a year alone, nonsense)."""
    value = value.strip().strip(".,;")
    if not value:
        return None
    return _iso(value) or _rfc2822(value) or _french(value) or _english(value)


def read_header_date(text: str) -> str | None:
    """The date of a header line among the first lines of a text, or of a timestamp alone
    on one of them; None if there is none."""
    head = "\n".join(text[:HEAD_CHARS].splitlines()[:HEAD_LINES])
    line, kinds = _labels()
    found: dict[str, str] = {}
    for m in line.finditer(head.translate(_FOLD)):
        # None when case folding let in a look-alike ("ſ" for "s", "K" for "k"): not a label
        kind = kinds.get(re.sub(r"[ \t]+", " ", m["label"].lower()))
        if kind is None or kind in found:
            continue
        start, end = m.span("value")
        value = parse_date_string(head[start:end])  # the line as written (same length)
        if value:
            found[kind] = value
    if "published" in found or "updated" in found:
        return found.get("published") or found["updated"]
    for raw in head.splitlines():
        raw = raw.strip()
        if raw and (raw[0].isdigit() or raw[:3].isalpha()):
            value = _iso(raw) or _rfc2822(raw)
            if value:
                return value
    return None


def is_header_line(line: str) -> bool:
    """Whether a line is a header giving a date ("date 2019-07-02", "Publié le 3 mai 2021")
    or a timestamp alone, as read_header_date reads them."""
    return read_header_date(line) is not None and not any(c in line for c in "«»“”")


def first_line_start(text: str) -> int:
    """Where the first line of the text with words starts, past "date ..." header lines."""
    start = 0
    for line in text.split("\n"):
        if line.strip() and not is_header_line(line):
            break
        start += len(line) + 1
    return start


def headline_end(text: str) -> int | None:
    """Where the headline ends: the first line of the text with words (past a "date ..."
    header line), a short line of its own that does not end a sentence with a full stop
    and has text after it; else None (a first paragraph is no headline)."""
    start = first_line_start(text)
    end = text.find("\n", start)
    if end < 0 or not text[end:].strip():
        return None
    line = text[start:end].strip()
    if not line or len(line) > 200 or line.rstrip(" »”\"").endswith("."):
        return None
    return end
