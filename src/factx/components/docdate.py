"""The document's own date, read from its header or dateline.

Recognized near the top of the text (its first lines):
- a header field: "date 2019-07", "Date : 2021-03-03";
- a dateline: "22 juin 2012. -", "1er août 2012, Espagne. -", "Montréal, le 3 mars 2021 –",
  "PARIS (AFP), 4 juillet 2012 -", "Le 3 mars 2021 —";
- an ISO date alone on the first line;
- failing those, a header line ("Publié le 3 mars 2021 à 14h05", "Mis à jour le 03/03/2021")
  or a timestamp alone on a line (ISO 8601, RFC 2822): factx.temporal.header.
Otherwise the date an HTML page's metadata states (`ref_date_source: "metadata"`), then the
`--ref-date` option; otherwise the date stays unknown (None).
"""

from __future__ import annotations

from functools import cache

import regex
from spacy.language import Language
from spacy.tokens import Doc

from factx.components import base
from factx.numbers import Rx
from factx.resources import load_json

_HEAD_CHARS = 400  # a dateline is in the first lines of an article


@cache
def _patterns() -> tuple[tuple[Rx, Rx | None], ...]:
    """The dateline patterns, each with a looser one (or None) that finds something
    wherever it does: the `regex`-only patterns are compiled only when it does."""
    months = sorted(load_json("calendar.json")["months"], key=len, reverse=True)
    month = "(?P<month>" + "|".join(regex.escape(m) for m in months) + r")\.?"
    day = r"(?P<day>[0-3]?\d)(?:er)?"
    year = r"(?P<year>(?:1[89]|20)\d\d)"
    iso = r"(?P<iso>(?:1[89]|20)\d\d(?:-[01]\d(?:-[0-3]\d)?)?)"
    dash = r"[-–—]"
    flags = regex.IGNORECASE | regex.MULTILINE | regex.VERSION1
    # \p{L} in a set may match "ff" as one letter (full case folding of "ﬀ"), so that
    # {0,40} of them can be longer than 40 characters: these two stay with `regex`
    dateline_start = rf"^\s*(?:le\s+)?{day}\s+{month}\s+{year}"
    place_end = rf",\s*(?:le\s+)?{day}\s+{month}\s+{year}\s*[.,]?\s*{dash}"
    return (
        # header field: "date 2019-07", "Date : 2021-03-03"
        (Rx(rf"^\s*date\s*[:=]?\s*{iso}\b", flags), None),
        # dateline at a line start: "22 juin 2012. -", "1er août 2012, Espagne. -"
        (Rx(rf"{dateline_start}\s*(?:[.,]\s*)?(?:[\p{{L}} '’-]{{0,40}}[.,]?\s*)?{dash}", flags,
            re_source=None), Rx(dateline_start, flags)),
        # "Montréal, le 3 mars 2021 –", "PARIS (AFP), 4 juillet 2012 -"
        (Rx(rf"^\s*\p{{Lu}}[\p{{L}} '’().-]{{0,60}}{place_end}", flags, re_source=None),
         Rx(place_end, flags)),
        # an ISO date alone on a line
        (Rx(rf"^\s*{iso}\s*$", flags), None),
    )


def read_doc_date(text: str) -> str | None:
    """The date a document states for itself in its first lines, ISO at its grain."""
    head = text[:_HEAD_CHARS]
    months = load_json("calendar.json")["months"]
    for pattern, hint in _patterns():
        if hint is not None and not hint.search(head):
            continue  # where the hint finds nothing, the pattern finds nothing
        m = pattern.search(head)
        if not m:
            continue
        groups = m.groupdict()
        if groups.get("iso"):
            return _valid_iso(groups["iso"])
        month = months.get(groups["month"].lower().rstrip("."))
        day = int(groups["day"])
        if month and 1 <= day <= 31:
            return f"{int(groups['year']):04d}-{month:02d}-{day:02d}"
    from factx.temporal.header import read_header_date

    return read_header_date(text)


def _valid_iso(value: str) -> str | None:
    parts = value.split("-")
    if len(parts) >= 2 and not 1 <= int(parts[1]) <= 12:
        return None
    if len(parts) == 3 and not 1 <= int(parts[2]) <= 31:
        return None
    return value


def parse_ref_date_option(value: str) -> str:
    """A --ref-date value -> ISO: YYYY, YYYY-MM or YYYY-MM-DD as given, or a date as written
    ("15 juillet 2019", "15/07/2019", "juillet 2019", an ISO or RFC 2822 timestamp);
    ValueError if it is none of these."""
    m = regex.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    if not m:
        from factx.temporal.header import parse_date_string

        found = parse_date_string(value)
        if found and regex.search(r"(?<!\d)\d{4}(?!\d)", value):  # the century said, not guessed
            return found
        raise ValueError(f"{value!r} is not a date: give YYYY-MM-DD, YYYY-MM, YYYY or a date as written "
                         "('15 juillet 2019')")
    import datetime as dt

    y, mo, d = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    try:
        dt.date(y, mo, d)
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a valid date ({exc})") from None
    return value.strip()


@Language.component("factx_docdate")
def docdate_component(doc: Doc) -> Doc:
    """Sets the document date: from the text, else from the file's metadata (HTML), else
    from --ref-date, else None (a piece of a long text has the date of its document already)."""
    if base.ref_date_fixed(doc):
        return doc
    found = read_doc_date(base.original_text(doc))
    if found:
        base.set_ref_date(doc, found, "text")
    elif base.ref_date_metadata(doc):
        base.set_ref_date(doc, base.ref_date_metadata(doc), "metadata")
    else:
        option = base.ref_date_option(doc)
        base.set_ref_date(doc, option, "option" if option else None)
    return doc
