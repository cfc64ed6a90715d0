"""Small helpers turning French words and numbers into calendar values, and calendar
values into ISO 8601 text at the grain the text gives."""

from __future__ import annotations

import datetime as dt
import unicodedata
from functools import cache

import regex

from factx.temporal.grammar import calendar, lexicon

ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_ELISION = regex.compile(r"^\w['’]")


def fold(s: str) -> str:
    s = s.lower().replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def unelided(word: str) -> str:
    """The word without an elided article or preposition before it ("l'épreuve" -> "épreuve")."""
    return _ELISION.sub("", word)


@cache
def _folded(section: str) -> dict[str, object]:
    src = calendar() if section in ("months", "weekdays") else lexicon()
    return {fold(k): v for k, v in src[section].items()}


@cache
def folded_set(key: str) -> frozenset[str]:
    """The words of lexicon list `key`, folded (case, accents, apostrophes)."""
    return frozenset(fold(w) for w in lexicon()[key])


def lookup(section: str, word: str) -> object:
    """The lexicon value for `word` (case, accents, apostrophes and blanks folded)."""
    key = " ".join(fold(word).split())
    return _folded(section).get(key.rstrip("."), _folded(section).get(key))


def month_number(word: str | None) -> int | None:
    if not word:
        return None
    v = lookup("months", word)
    return int(v) if isinstance(v, int) else None


def weekday_number(word: str | None) -> int | None:
    if not word:
        return None
    v = lookup("weekdays", word)
    if v is None:
        v = lookup("weekday_abbreviations", word)
    return int(v) if isinstance(v, int) else None


def day_number(word: str | None) -> int | None:
    if not word:
        return None
    w = fold(word)
    if w in ("1er", "premier"):
        return 1
    digits = "".join(c for c in w if c.isdigit())
    return int(digits) if digits else None


def number(word: str | None) -> float | None:
    """'12' -> 12, '3,2' -> 3.2, 'quarante-huit' -> 48, 'une' -> 1; None if not a number."""
    if not word:
        return None
    w = " ".join(word.strip().lower().split())
    try:
        return float(w.replace(",", "."))
    except ValueError:
        pass
    if w in ("un", "une"):
        return 1.0
    from text_to_num import text2num

    for candidate in (w, w.replace(" ", "-")):
        try:
            return float(text2num(candidate, "fr"))
        except ValueError:
            continue
    return None


def roman(s: str) -> int | None:
    s = s.upper()
    if s.isdigit():
        return int(s)
    total, prev = 0, 0
    for ch in reversed(s):
        v = ROMAN.get(ch)
        if v is None:
            return None
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total or None


def two_digit_year(yy: int, anchor_year: int | None) -> int:
    pivot = (anchor_year or 2000) % 100 + 10
    century = ((anchor_year or 2000) // 100) * 100
    return century + yy if yy <= pivot else century - 100 + yy


def fmt_num(x: float) -> str:
    if abs(x - round(x)) < 1e-9:
        return str(round(x))
    return f"{x:.3f}".rstrip("0").rstrip(".")


# a unit and a half ('deux heures et demie', 'un mois et demi') in whole smaller units, as
# TimeML writes it and the dev golds do: PT2H30M, P1M15D, P1DT12H; years in months (P30M)
_HALF = {"Y": "P{1}M", "M": "P{0}M15D", "D": "P{0}DT12H", "H": "PT{0}H30M", "MIN": "PT{0}M30S"}
_HALF_ALONE = {"Y": "P6M", "M": "P15D", "D": "PT12H", "H": "PT30M", "MIN": "PT30S"}  # half a unit


def iso_duration(n: float | None, code: str) -> str | None:
    """P10Y, P3W, PT12H, PT14M, P3.2D... from a quantity and a unit code of lexicon.json;
    a half of a unit in the smaller unit (`_HALF`: 'deux ans et demi' P30M, not P2.5Y)."""
    if n is None:
        return None
    mult = 1.0
    mult_given = bool(code) and code[0].isdigit()
    while code and code[0].isdigit():
        digits = ""
        while code and code[0].isdigit():
            digits, code = digits + code[0], code[1:]
        mult = float(digits)
    n *= mult
    if not mult_given and abs(n * 2 - round(n * 2)) < 1e-9 and abs(n - round(n)) > 1e-9 \
            and code in _HALF:
        if n < 1:
            return _HALF_ALONE[code]
        return _HALF[code].format(int(n), round(n * 12))  # 'deux heures et demie': PT2H30M
    if code in ("Y", "M", "W", "D"):
        return f"P{fmt_num(n)}{code}"
    if code == "H":
        return f"PT{fmt_num(n)}H"
    if code == "MIN":
        return f"PT{fmt_num(n)}M"
    if code == "S":
        return f"PT{fmt_num(n)}S"
    return None


def iso_day(d: dt.date) -> str:
    return d.isoformat()


def iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + delta
    return k // 12, k % 12 + 1


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None
