"""French numbers in running text: where they are and what they are worth.

A pure layer, no spaCy: `find_numbers(text)` returns every number it can read, as a
`NumberMatch` with character offsets (end exclusive) and a value:

- digits with French separators: "3 605" (space, no-break or narrow no-break space),
  "1.200" and "3.000.000" (dot thousands), "84,97" (decimal comma), "12.5", "-4", "1e10";
- spelled-out numbers, hyphenated or not, Belgian and Swiss forms ("vingt-et-un",
  "soixante-dix", "septante", "nonante"); text2num computes their value, factx only finds
  the span (and drops a lone "un"/"une", which is an article);
- a scale after the number: "2,5 millions", "trois milliards", "15 M€", "10k",
  "un million et demi";
- collective amounts: "une centaine" (100, approx), "deux douzaines" (24, approx),
  "des dizaines" (10, more_than), "plusieurs centaines de milliers" (100 000, more_than);
- fractions and ratios: "deux tiers", "trois cinquièmes", "3/4", "½", "cinq et un quart",
  "un sur trois"; a number that begins an ordinal ("vingt et unième") is no number.

Which numbers are figures (not dates, ordinals or names), and what they count, is the
figures component's business (factx.components.figures). The lexicons are data, in
models/figures/numbers.json.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from factx.errors import PatternError
from factx.normalize import normalize
from factx.resources import load_json

Number = int | float


# --- patterns compiled with `re` where it matches like `regex` ----------------------------
# factx's patterns are written for `regex` (IGNORECASE|VERSION1: full case folding). Its
# parser is pure Python: compiling the figures' patterns was most of a first document's
# figures layer. Python's `re` compiles them 5-10 times faster and, on a text made only of
# the characters below, matches exactly as `regex` does: on these both engines agree on
# \w, \d, \s, on which of them match each other case-insensitively, and none of them folds
# to several characters. Elsewhere (Turkish dotless i, "ß", superscripts, ligatures...)
# they differ, and `regex` is used. tests/test_figures_engines.py checks all of it.
SAME_ENGINES_RANGES = ((0x0000, 0x007F), (0x00A0, 0x024F), (0x2000, 0x206F), (0x20A0, 0x20CF))
SAME_ENGINES_EXCEPT = ("\x1c\x1d\x1e\x1f"  # \s for re, not for regex
                       "\u00b2\u00b3\u00b9\u00bc\u00bd\u00be"  # ² ³ ¹ ¼ ½ ¾: \w for re
                       "\u200c\u200d\u203f\u2040\u2054"  # joiners, ‿ ⁀ ⁔: \w for regex
                       "\u00df\u0130\u0149\u01f0"  # ß İ ŉ ǰ: fold to two characters
                       "\u0131")  # ı: "i" matches it for re, not for regex


@cache
def _other_chars() -> re.Pattern[str]:
    """A character outside the set on which `re` and `regex` agree."""
    keep = []
    for lo, hi in SAME_ENGINES_RANGES:
        start = lo
        for c in sorted(ord(x) for x in SAME_ENGINES_EXCEPT if lo <= ord(x) <= hi):
            if start < c:
                keep.append(f"\\U{start:08x}-\\U{c - 1:08x}")
            start = c + 1
        if start <= hi:
            keep.append(f"\\U{start:08x}-\\U{hi:08x}")
    return re.compile(f"[^{''.join(keep)}]")


_checked: list[tuple[str, bool]] = [("", True)]  # the last long text checked


def same_engines(text: str) -> bool:
    """True when `re` matches like `regex` on `text` (every character is in the set above)."""
    last = _checked[0]
    if last[0] is text:  # the same text, searched again at another position
        return last[1]
    ok = _other_chars().search(text) is None
    if len(text) > 200:
        _checked[0] = (text, ok)
    return ok


_VERSION1 = 0x100  # regex.VERSION1 (its IGNORECASE and MULTILINE are re's values)


class Rx:
    """A `regex` pattern compiled on first use; with `re` for the texts `same_engines`
    accepts, when `re_source` is given (the same pattern by default, written for `re`
    where `regex` has syntax of its own). Only IGNORECASE and MULTILINE among the flags
    (VERSION1 is implied for `regex` with IGNORECASE, as everywhere in factx)."""

    __slots__ = ("_fast", "_full", "flags", "re_source", "source")

    def __init__(self, source: str, flags: int = 0, re_source: str | bool | None = True) -> None:
        if flags & ~(re.IGNORECASE | re.MULTILINE | _VERSION1):
            raise ValueError(f"Rx: flags {flags:#x} beyond IGNORECASE, MULTILINE and VERSION1")
        self.source = source
        self.flags = flags
        self.re_source = source if re_source is True else (re_source or None)
        self._fast: re.Pattern[str] | None = None
        self._full: Any = None

    def fast(self) -> re.Pattern[str]:
        """The `re` pattern (only for texts `same_engines` accepts)."""
        if self._fast is None:
            assert self.re_source is not None
            self._fast = re.compile(self.re_source, self.flags & (re.IGNORECASE | re.MULTILINE))
        return self._fast

    def full(self) -> Any:
        """The `regex` pattern, the reference."""
        if self._full is None:
            import regex

            self._full = regex.compile(self.source, self.flags)
        return self._full

    def _for(self, text: str) -> Any:
        if self.re_source is not None and same_engines(text):
            return self._fast or self.fast()
        return self._full or self.full()

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        return self._for(text).match(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        return self._for(text).search(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        return self._for(text).fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[Any]:
        return self._for(text).finditer(text, pos, endpos)


@dataclass(frozen=True)
class NumberMatch:
    """One number read in a text: `text[start:end]` is the number as written."""

    start: int
    end: int
    value: Number
    source: str  # "digits" | "words" | "collective"
    qualifier: str | None = None  # what a collective amount implies: "approx", "more_than"
    scaled: bool = False  # a scale word or collective noun ends it ("millions", "centaine")
    form: str | None = None  # "fraction" ("deux tiers", "3/4"), "ratio" ("un sur trois"), "half" ("demi-")
    scale: int = 1  # the scale word's factor ("600 millions": 1000000), shared by a range's first bound


def as_number(value: Decimal | float | int) -> Number:
    """An int when the value is integral, else a float (the JSON number of a figure)."""
    d = value if isinstance(value, Decimal) else Decimal(str(value))
    if d == d.to_integral_value():
        return int(d)
    return float(d)


def parse_digits(s: str) -> Number | None:
    """The value of a number written in digits, French or English style.

    "3 605" and "3\u202f605" -> 3605; "1.200" -> 1200 (groups of three after a dot are
    thousands); "84,97" -> 84.97; "12.5" -> 12.5; "-4" -> -4; "1e10" -> 10000000000.
    None when `s` is not a number.
    """
    d = _parse_decimal(s)
    return None if d is None else as_number(d)


def _parse_decimal(s: str) -> Decimal | None:
    t = normalize(s).strip().replace(" ", "")
    if not t:
        return None
    sign = 1
    if t[0] in "-+":
        sign = -1 if t[0] == "-" else 1
        t = t[1:]
    exp = ""
    for e in ("e", "E"):
        if e in t:
            t, exp = t.split(e, 1)
            break
    if "," in t and "." in t:  # 1.458.000,00 or 1,234.5
        comma_last = t.rfind(",") > t.rfind(".")
        t = t.replace(".", "").replace(",", ".") if comma_last else t.replace(",", "")
    elif "," in t:
        t = t.replace(",", ".")
    elif t.count(".") > 1 or (t.count(".") == 1 and len(t.split(".")[1]) == 3 and t[0] != "0"):
        t = t.replace(".", "")  # dot thousands: 1.200, 3.000.000
    if t.startswith("."):
        t = "0" + t
    try:
        d = Decimal(t)
        if exp:
            d = d.scaleb(int(exp))
    except (InvalidOperation, ValueError):
        return None
    return d * sign


@cache
def _lex() -> dict[str, Any]:
    data = load_json("figures/numbers.json")
    try:
        return _read_lexicon(data)
    except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
        raise PatternError(f"models/figures/numbers.json is malformed: {exc!r}") from exc


def _read_lexicon(data: dict[str, Any]) -> dict[str, Any]:
    return {
        "words": tuple(data["words"]),
        "articles": frozenset(data["article_words"]),
        "one_hedges": tuple(data["article_as_one"]["hedges"]),
        "one_not_after": tuple(data["article_as_one"]["not_after"]),
        "scales": {k.lower(): Decimal(v) for k, v in data["scales"].items()},
        "attached": {k: Decimal(v) for k, v in data["attached_scales"].items()},
        "collectives": {k: Decimal(v) for k, v in data["collectives"].items()},
        "determiners": {k: (Decimal(v[0]), v[1]) for k, v in data["collective_determiners"].items()
                        if not k.startswith("_")},
        "fractions": {k: Decimal(str(v)) for k, v in data["fractions"].items()},
    }


def _alt(words: Any) -> str:
    """A regex alternation of literal words, longest first (ties alphabetical: the same
    pattern in every process, whatever the hash seed)."""
    import regex

    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@cache
def _patterns() -> dict[str, Any]:
    import regex

    lex = _lex()
    word = f"(?:{_alt(lex['words'])})"
    sep = r"(?:[ -]+(?:et[ -]+)?)"
    digits = (
        r"(?:\d{1,3}(?: \d{3})+(?!\d)|\d{1,3}(?:\.\d{3})+(?![\d])|\d+)"
        r"(?:,\d+|\.\d+)?(?:[eE][-+]?\d{1,2}(?!\w))?"
    )
    # a sign only where no number stands right before ("10 - 20 euros" is a range), and
    # after a word only when written against the number ("à -10 °C", not "euros - 20")
    sign = r"(?:(?<![\d%€$][ ]*)(?<![\w])(?:-(?=\d)|(?<![\w][ ]+)-[ ](?=\d)))?"
    word_scales = _alt(k for k in lex["scales"] if not k.startswith(("md", "mrd")))
    attached = _alt(lex["attached"])
    currency_after = r"[ ]?(?:[€$£]|d'euros|de dollars|EUR\b|USD\b|CHF\b)"
    colls = _alt(lex["collectives"])
    dets = _alt(k for k in lex["determiners"])
    flags = regex.IGNORECASE | regex.VERSION1
    ordinal_word = r"[a-zàâçéèêëîïôûù]+i[eè]mes?"
    return {
        "digits": Rx(  # variable-width look-behinds: `regex` only
            rf"(?:(?<![\w.,/])(?<![^\W\d_]-)|(?<=(?-i:USD|EUR|GBP|CHF|CAD)))(?P<num>{sign}{digits})"
            rf"(?P<den>/\d{{1,3}}(?![\d/]))?"
            rf"(?:(?P<att>(?-i:{attached}))(?={currency_after}|(?![\w]))"
            rf"|[ ](?P<att2>(?-i:{attached}))(?={currency_after})"
            rf"|[ ]+(?P<scale>{word_scales})(?![\w]))?"
            rf"(?P<half>[ ]+et[ ]+demie?(?![\w]))?",
            flags, re_source=None,
        ),
        "words": Rx(
            rf"(?<![\w-]){word}(?:{sep}{word})*(?![\w]|-\w)", flags
        ),
        "collective": Rx(
            rf"(?<![\w-])(?:(?P<det>{dets})(?:(?<=')|[ ]+)|(?P<numdet>\d+|{word}(?:{sep}{word})*)[ ]+)?"
            rf"(?P<noun>{colls})(?P<plural>s)?(?![\w])"
            rf"(?:[ ]+(?:de[ ]+|d')(?P<of>milliers|millions|milliards)(?![\w]))?",
            flags,
        ),
        "collective_hint": Rx(rf"(?:{colls})", flags),
        "demi": Rx(r"(?<![\w-])(?:un[ ]+)?demi-(?P<scale>million|milliard)s?(?![\w])", flags),
        "half": Rx(r"[ ]+et[ ]+demie?(?![\w])", flags),
        "fraction": Rx(r"[ ]+(?P<frac>tiers|quarts?)(?![\w])", flags),
        "and_fraction": Rx(
            rf"[ ]+et[ ]+(?P<k>une?|deux|trois|quatre|\d)[ ]+(?P<f>demie?|tiers|quarts?|{ordinal_word})"
            rf"(?![\w])", flags),
        "ord_after": Rx(
            rf"[ -]+(?:et[ -]+)?(?P<ord>(?:{word}[ -]+(?:et[ -]+)?)*{ordinal_word})(?![\w])", flags),
        "sur": Rx(
            rf"[ ]+sur[ ]+(?P<den>\d+(?:,\d+)?|{word}(?:{sep}{word})*)(?![\w]|-\w)", flags),
        "vulgar": Rx(r"(?<![\w])[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞](?![\w])"),
        "half_alone": Rx(r"(?<![\w-])(?:une?[ ]+)?demie?[- ](?=\w)", flags),
        "of_after": Rx(r"[ ]+(?:de|des|du|d')(?![\w])", flags),
        "word_after": Rx(r"[ ]+[^\W\d_]", flags),
        "ordinal": Rx(r"(?:e|er|re|ère|ere|ème|eme|è|nd|nde|ieme|ième)s?(?![\w])", flags),
        "token": Rx(r"[^\s-]+", flags),
        # a lone "un"/"une" that is the number one: after a hedge of quantity
        "one_hedge": Rx(rf"(?<![\w'])(?:{'|'.join(sorted(lex['one_hedges'], key=len, reverse=True))})[ ]*$",
                        flags),
        "one_not_after": Rx(rf"[ ]+(?:{_alt(lex['one_not_after'])})(?![\w'-])", flags),
    }


def _text2num(words: str) -> int | None:
    from text_to_num import text2num

    try:
        return int(text2num(words.lower().replace("zero", "zéro"), "fr"))
    except (ValueError, TypeError):
        return None


def words_value(s: str) -> Number | None:
    """The value of a spelled-out French number ("deux cent mille" -> 200000), or None.
    A lone "un"/"une" reads 1 here; whether it is an article is for the caller."""
    return _text2num(normalize(s).strip())


TENS_BEFORE_ET = {"vingt", "trente", "quarante", "cinquante", "soixante", "septante", "huitante",
                  "octante", "nonante"}


def _et_ok(words: list[str]) -> bool:
    """French writes "et" only in "vingt et un", ..., "soixante et onze": not "cent et trois"."""
    for k, w in enumerate(words):
        if w == "et" and not (0 < k < len(words) - 1 and words[k - 1] in TENS_BEFORE_ET
                              and words[k + 1] in ("un", "une", "onze")):
            return False
    return True


def _word_runs(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """Split a run of number words into the longest parts text2num can read, left to right:
    "cinq zéro" -> (cinq, 5), (zéro, 0); "vingt un" -> (vingt, 20), (un, 1)."""
    toks = [(m.start(), m.end()) for m in _patterns()["token"].finditer(text, start, end)]
    out: list[tuple[int, int, int]] = []
    i = 0
    while i < len(toks):
        found = None
        for j in range(len(toks), i, -1):
            words = [text[a:b].lower() for a, b in toks[i:j]]
            if not _et_ok(words):
                continue
            v = _text2num(text[toks[i][0]:toks[j - 1][1]])
            if v is not None:
                found = (j, v)
                break
        if found is None:
            i += 1
            continue
        j, v = found
        out.append((toks[i][0], toks[j - 1][1], v))
        i = j
    return out


def _ordinal_value(phrase: str) -> int | None:
    """The number an ordinal phrase is built on: "cinquième" -> 5, "vingt et unième" -> 21."""
    words = [w for w in phrase.lower().replace("-", " ").split() if w]
    stem = words[-1]
    for suffix in ("ièmes", "iemes", "ième", "ieme", "ièmes"):
        if stem.endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    known = set(_lex()["words"])
    stem = {"cinqu": "cinq", "neuv": "neuf"}.get(stem, stem)
    if stem not in known and stem + "e" in known:
        stem += "e"
    if stem not in known:
        return None
    return _text2num(" ".join([*words[:-1], stem]))


def _small(s: str) -> Decimal:
    return Decimal(s) if s.isdigit() else Decimal(_text2num(s) or 1)


def _tail(norm: str, end: int, value: Decimal, unit: Decimal, scaled: bool,
          ) -> tuple[int, Decimal, str | None] | None:
    """What follows a number and changes its value: "et demi", "et trois quarts", "deux
    tiers", "cinq huitièmes", "un sur trois". None when the number begins an ordinal
    ("vingt cinquième", "cent vingt-cinquième"): then it is no number of its own."""
    p, lex = _patterns(), _lex()
    m = p["half"].match(norm, end)
    if m:
        return m.end(), value + unit / 2, None
    m = p["and_fraction"].match(norm, end)
    if m:
        f = m["f"].lower()
        frac = lex["fractions"].get(f)
        if frac is None:
            den = _ordinal_value(f)
            frac = Decimal(1) / Decimal(den) if den and den >= 2 else None
        if frac is not None:
            return m.end(), value + _small(m["k"].lower()) * frac * unit, None
    if scaled:
        return end, value, None
    m = p["fraction"].match(norm, end)
    if m and value <= 10 and (value != 1 or p["of_after"].match(norm, m.end())):
        # "un tiers" alone is a third party; "un tiers des voix", "deux tiers" are fractions
        return m.end(), value * lex["fractions"][m["frac"].lower()], "fraction"
    m = p["ord_after"].match(norm, end)
    if m:
        den = _ordinal_value(m["ord"])
        if den is None:
            return None  # an ordinal factx cannot read ("trois billionième"): not a number either
        # halves, thirds and quarters are "demi", "tiers", "quart": "deuxième", "troisième",
        # "quatrième" are ranks; "un cinquième" is a fraction of something ("un cinquième des
        # voix") or alone; before a noun it is a rank ("un troisième blessé", "une cinquième édition")
        rank = value == 1 and p["word_after"].match(norm, m.end()) and not p["of_after"].match(norm, m.end())
        whole = value < den and not rank
        if 5 <= den <= 1000 and whole:
            return m.end(), value / Decimal(den), "fraction"
        return None
    m = p["sur"].match(norm, end)
    if m:
        d = m["den"]
        den = _parse_decimal(d) if d[0].isdigit() else (Decimal(_text2num(d)) if _text2num(d) else None)
        if den and value <= den:  # "un sur trois", not "1000 sur 3 ans" nor "2012 sur une"
            return m.end(), value / den, "ratio"
    return end, value, None


def find_numbers(text: str) -> list[NumberMatch]:
    """Every number in `text`, sorted by position, non-overlapping (longest reading wins)."""
    import unicodedata

    norm = normalize(text)
    p = _patterns()
    lex = _lex()
    found: list[NumberMatch] = []

    collectives = p["collective"].finditer(norm) if p["collective_hint"].search(norm) else ()
    for m in collectives:
        noun = m["noun"].lower()
        det = (m["det"] or "").lower()
        if noun in ("million", "milliard") and not (m["plural"] and det and det not in ("un", "une", "la")):
            continue  # "un million" is a number, read below; "des millions" is a collective
        mult, qual = lex["determiners"].get(det, (Decimal(1), None))
        if m["numdet"]:
            n = _parse_decimal(m["numdet"]) if m["numdet"][0].isdigit() else _text2num(m["numdet"])
            if n is None:
                continue
            mult, qual, det = Decimal(n), "approx", m["numdet"]
        if not m["plural"] and not m["numdet"] and det in ("", "de", "d'"):
            continue  # "exempté de quarantaine": a bare singular is a noun, not an amount
        if qual is None:
            qual = "more_than" if m["plural"] else "approx"
        value = lex["collectives"][noun] * mult
        if m["of"]:
            value *= lex["collectives"][m["of"].lower().rstrip("s")]
        start = m.start("noun")
        if m["numdet"]:
            start = m.start("numdet")
        elif det and det not in ("de", "d'"):
            start = m.start("det")
        found.append(NumberMatch(start, m.end(), as_number(value), "collective", qual, True))

    for m in p["demi"].finditer(norm):
        value = lex["scales"][m["scale"].lower()] / 2
        found.append(NumberMatch(m.start(), m.end(), as_number(value), "words", None, True))
    for m in p["half_alone"].finditer(norm):
        found.append(NumberMatch(m.start(), m.end(), 0.5, "words", None, False, "half"))
    for m in p["vulgar"].finditer(norm):
        found.append(NumberMatch(m.start(), m.end(), as_number(Decimal(str(unicodedata.numeric(m.group())))),
                                 "digits", None, False, "fraction"))

    for m in p["digits"].finditer(norm):
        d = _parse_decimal(m["num"])
        bare = not (m["att"] or m["att2"] or m["scale"])
        if d is None or (bare and p["ordinal"].match(norm, m.end("num"))):
            continue  # "3e édition", "1er", "2nde" are ordinals
        end = m.end("num")
        form = None
        if m["den"]:
            den = Decimal(m["den"][1:])
            if den == 0:
                continue
            d, end, form = d / den, m.end("den"), "fraction"
        scaled = False
        unit = Decimal(1)
        att = m["att"] or m["att2"]
        if att:
            unit = lex["attached"][att]
            end = m.end("att") if m["att"] else m.end("att2")
        elif m["scale"]:
            unit = lex["scales"][m["scale"].lower()]
            end = m.end("scale")
        if unit != 1:
            scaled = True
            d *= unit
        if m["half"] and scaled:
            d += unit / 2
            end = m.end("half")
        elif form is None:
            tail = _tail(norm, end, d, unit, scaled)
            if tail is None:
                continue
            end, d, form = tail
        found.append(NumberMatch(m.start(), end, as_number(d), "digits", None, scaled, form, int(unit)))

    for m in p["words"].finditer(norm):
        for s, e, v in _word_runs(norm, m.start(), m.end()):
            piece = norm[s:e].lower()
            toks = piece.replace("-", " ").split()
            if all(t in lex["scales"] and t != "mille" for t in toks):
                continue  # "millions" alone: only with a determiner (a collective)
            scaled = toks[-1] in lex["scales"]
            last_scale = lex["scales"][toks[-1]] if scaled else Decimal(1)
            tail = _tail(norm, e, Decimal(v), last_scale, scaled)
            if tail is None:
                continue
            end, value, form = tail
            if len(toks) == 1 and toks[0] in lex["articles"] and end == e and not _one(norm, s, e):
                continue  # an article ("un homme"), unless a fraction follows ("un tiers")
            found.append(NumberMatch(s, end, as_number(value), "words", None, scaled, form, int(last_scale)))

    return _select(found, norm)


def _one(norm: str, start: int, end: int) -> bool:
    """A lone "un"/"une" that counts: "près d'un mètre", "au moins un délégué" (not "au moins une fois")."""
    p = _patterns()
    if p["one_not_after"].match(norm, end):
        return False
    return bool(p["one_hedge"].search(norm, max(0, start - 24), start))


def _select(found: list[NumberMatch], norm: str) -> list[NumberMatch]:
    """Non-overlapping matches, longest first; a number word right after digits is
    not a number of its own ("50 cents" is 50 cents)."""
    found.sort(key=lambda n: (-(n.end - n.start), n.start))
    kept: list[NumberMatch] = []
    for n in found:
        if any(n.start < k.end and k.start < n.end for k in kept):
            continue
        kept.append(n)
    kept.sort(key=lambda n: n.start)
    out: list[NumberMatch] = []
    for n in kept:
        if out and n.source == "words" and out[-1].source == "digits" \
                and norm[out[-1].end:n.start].strip() == "" and not n.scaled:
            continue
        out.append(n)
    return out
