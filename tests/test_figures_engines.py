"""The figures' and datelines' patterns compiled with `re` match as their `regex` originals.

factx.numbers.Rx compiles a pattern with Python's `re` (faster to compile) for the texts
`same_engines` accepts, and with `regex` (IGNORECASE|VERSION1, full case folding)
otherwise. These tests check the grounds of that: on the accepted characters both engines
agree on every atom the switched patterns use, and the two compiled versions of each
pattern find the same matches on French text, tricky case-folding characters included.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from typing import Any

import pytest
import regex

from factx import numbers
from factx.components import docdate, figures
from factx.numbers import SAME_ENGINES_EXCEPT, SAME_ENGINES_RANGES, Rx, find_numbers, same_engines

FULL = regex.IGNORECASE | regex.VERSION1


@cache
def safe_chars() -> tuple[str, ...]:
    return tuple(chr(c) for lo, hi in SAME_ENGINES_RANGES for c in range(lo, hi + 1)
                 if chr(c) not in SAME_ENGINES_EXCEPT)


@cache
def bmp() -> str:
    return "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF)


@cache
def expansions() -> tuple[str, ...]:
    """Strings of accepted characters that a single character folds to ("ss" for "ß",
    "fi" for "ﬁ"), in their case variants: what full case folding could match at once."""
    safe = set(safe_chars())
    out = set()
    for c in range(sys.maxunicode + 1):
        folded = chr(c).casefold()
        if len(folded) > 1 and set(folded) <= safe:
            out |= {folded, folded.upper(), folded.title(), chr(c).lower(), chr(c).upper()}
    return tuple(sorted(e for e in out if len(e) > 1 and set(e) <= safe))


def switched() -> dict[str, Rx]:
    out = {f"figures.{k}": v for k, v in figures._lex().items() if isinstance(v, Rx)}
    out |= {f"numbers.{k}": v for k, v in numbers._patterns().items()}
    for i, (pattern, hint) in enumerate(docdate._patterns()):
        out[f"docdate.{i}"] = pattern
        if hint is not None:
            out[f"docdate.{i}.hint"] = hint
    return {k: v for k, v in out.items() if v.re_source is not None}


def re_flags(rx: Rx) -> int:
    return rx.flags & (re.IGNORECASE | re.MULTILINE)


def test_the_accepted_characters_fold_and_classify_alike() -> None:
    safe = safe_chars()
    safe_set = set(safe)
    text = bmp()
    for c in safe:
        assert len(c.casefold()) == 1, c
        full = {m.group() for m in regex.finditer(regex.escape(c), text, FULL)}
        fast = {m.group() for m in re.finditer(re.escape(c), text, re.IGNORECASE)}
        assert all(len(m) == 1 for m in full | fast), c
        assert full & safe_set == fast & safe_set, (c, full ^ fast)
        for cls in (r"\w", r"\W", r"\d", r"\D", r"\s", r"\S"):
            answers = {bool(regex.fullmatch(cls, c, FULL)), bool(regex.fullmatch(cls, c)),
                       bool(re.fullmatch(cls, c, re.IGNORECASE)), bool(re.fullmatch(cls, c))}
            assert len(answers) == 1, (c, cls)
    for e in expansions():  # no accepted character matches two characters at once
        assert not any(regex.fullmatch(regex.escape(c), e, FULL) for c in e), e


def test_same_engines_rejects_the_tricky_characters() -> None:
    assert same_engines("Le chiffre d'affaires a progressé de 15 % (3,5 M€) — « très bien ».\n")
    assert same_engines("ÉTÉ ŒUVRE Ÿ ÿ µ ǅ ſ")
    for tricky in ("ı", "İ", "ß", "ẞ", "ﬁ", "ﬀ", "\u212a", "\u212b", "²", "½", "e\u0301", "\u200d",
                   "\x1e", "ǰ", "ŉ", "α", "я", "😀"):
        assert not same_engines(f"une hausse de 3 % {tricky}"), tricky
        assert not same_engines("x" * 300 + tricky), tricky  # long texts are cached: still checked


def _atoms(source: str) -> list[str]:
    """The character classes and class escapes of a pattern, and a check that none of them
    uses VERSION1 syntax that `re` would read otherwise (nested sets, set operations)."""
    atoms, i = [], 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            if source[i + 1] in "wWdDsS":
                atoms.append(source[i:i + 2])
            i += 2
        elif ch == "[":
            j = i + 1
            if source[j:j + 1] == "^":
                j += 1
            while source[j] != "]":
                assert source[j] != "[", f"nested set in {source[i:j + 1]!r}"
                j += 2 if source[j] == "\\" else 1
            body = source[i:j + 1]
            for op in ("--", "&&", "||", "~~"):
                assert op not in re.sub(r"\\.", "", body), f"set operation in {body!r}"
            atoms.append(body)
            i = j + 1
        else:
            i += 1
    return atoms


ATOM_STRINGS_EXTRA = ("ss", "SS", "st", "fi", "ff", "ffi", "fl", "i\u0307")


@pytest.mark.parametrize("name", sorted(switched()))
def test_switched_pattern_atoms_agree(name: str) -> None:
    rx = switched()[name]
    assert rx.re_source is not None
    for c in set(rx.source) - set(safe_chars()):  # "²" of "km²": matches no accepted character
        assert not any(regex.fullmatch(regex.escape(c), d, rx.flags)
                       or re.fullmatch(re.escape(c), d, re_flags(rx)) for d in safe_chars()), c
    assert rx.re_source == rx.source
    for atom in set(_atoms(rx.source)):
        full = regex.compile(atom, rx.flags)
        fast = re.compile(atom, re_flags(rx))
        for c in safe_chars():
            assert bool(full.fullmatch(c)) == bool(fast.fullmatch(c)), (atom, c)
        for e in (*expansions(), *ATOM_STRINGS_EXTRA):
            if full.fullmatch(e):
                # a set such as [\w'] matches "ff" at once for regex (the fold of "ﬀ"); as the
                # whole of a look-around that changes nothing, since it matches each "f" too
                assert all(full.fullmatch(c) for c in e), (atom, e)
                bare = rx.source
                for look in ("(?<!", "(?!", "(?<=", "(?="):
                    bare = bare.replace(f"{look}{atom})", "")
                assert atom not in bare, (atom, e)


# French written for these tests: figures, hedges, units, datelines, lists; upper case,
# accents and ligatures that fold alike in both engines (œ, ÿ, ſ, µ, ǅ)
SAMPLES = (
    "Lyon, le 2 mai 2023 – Le chiffre d'affaires a augmenté de près de 15 % par rapport à l'an "
    "dernier, pour atteindre 3,5 millions d'euros ; l'an passé, il avait reculé de 2 points.",
    "Environ deux tiers des 1 200 salariés, soit quelque 800 personnes, ont voté ; un électeur sur "
    "trois s'est abstenu et 40 % environ ont dit non.",
    "Il faisait -10 °C hier, soit dix degrés sous zéro, à 15 h 30, le 7 novembre, et 2'44 au chrono.",
    "Une centaine de manifestants, puis des milliers ; plusieurs centaines de milliers selon la CGT, "
    "une vingtaine selon la police, deux douzaines d'œufs et un demi-million de francs.",
    "MONTRÉAL (AFP), 3 mars 2021 - Le groupe a vendu 25 000 exemplaires à 12 $ CAD pièce, soit "
    "USD 9,50 ou 8 EUR, et £ 50 millions ; 15 dollars et 15 cents.",
    "22 juin 2012. - Le Havre. -\ndate : 2019-07\n2021-03-03\nLe 3 mars 2021 — tout va bien",
    "AU MOINS 3 KM, JUSQU'À 40 KM/H, PLUS DE 2,5 MD€, MOINS 5 DEGRÉS, PAS MOINS DE 12 ÉLÈVES, "
    "QUINZE POUR CENT, VINGT-ET-UN ANS, SOIXANTE-DIX-SEPT MÈTRES.",
    "Les deux produits, tous deux neufs ; l'article 49 ; au 12 bis, rue Victor-Hugo, 69002 Lyon ; "
    "tél. 01 23 45 67 89 ou +33 1 23 45 67 89 ; un plan de 3x4 m ; le 12/05/2020.",
    "Le taux est passé de 7,1 % à 8,4 % ; de 300 à 600 millions de francs ; entre 18 et 25 ans, "
    "âgé de 42 ans, pendant 3 ans, depuis plus de 10 ans, 5 ans de prison.",
    "Ordre du jour :\n1. le budget\n 2) le vote\n3° divers\n(4) fin ; voir [1] et (2).",
    "Œuvre ÉTÉ ÇA ÿ Ÿ ǅ ǆ Ǆ ſix ſous zéro, Deux Mille Vingt-Trois, cinq et un quart, un demi-litre, "
    "trois cinquièmes, vingt et unième, 1er, 3e, 2nde, 1.200 et 3.000.000, 1e10, 10k€, 15 M€.",
    "Une hausse de 3 points, une baisse de quelque 12 %, en progression de 4 %, +12 %, -3 % ; "
    "« près de 20 000 € », une quinzaine de jours, deux fois plus, 3 sur 5, un sur trois.",
)


def _show(m: Any) -> Any:
    return None if m is None else (m.span(), m.groups(), m.groupdict())


@pytest.mark.parametrize("name", sorted(switched()))
def test_switched_pattern_matches_alike(name: str) -> None:
    rx = switched()[name]
    fast, full = rx.fast(), rx.full()
    for text in (*SAMPLES, *(s.upper() for s in SAMPLES)):
        assert same_engines(text)
        assert [_show(m) for m in fast.finditer(text)] == [_show(m) for m in full.finditer(text)]
        for pos in range(0, len(text) + 1):
            assert _show(fast.match(text, pos)) == _show(full.match(text, pos)), (text, pos)
            if pos == len(text) or (text[pos].isalnum() and not text[pos - 1:pos].isalnum()):
                # the windows figures searches: the characters before a number (a word)
                window = (max(0, pos - 40), pos)
                assert _show(fast.search(text, *window)) == _show(full.search(text, *window)), (text, pos)
        piece = text[:60]
        assert _show(fast.fullmatch(piece)) == _show(full.fullmatch(piece))


def test_tricky_texts_are_read_with_regex() -> None:
    """Where the engines differ, Rx answers as `regex` (here "i" and a dotless "ı")."""
    unit = figures._lex()["unit_after"]
    text = "3 kılomètres"  # "i" matches "ı" for re, not for regex
    assert re.match("ki", "kı", re.IGNORECASE) and not regex.match("ki", "kı", FULL)
    assert not same_engines(text)
    assert unit.match(text, 1) is None and unit.fast().match(text, 1) is not None
    for text in ("Il y a 5 Straße et 3 km²", "ﬁn : 2 ﬀ, 10 °C et 4 \u212a", "Dı 3 İstanbul 12 %"):
        for rx in switched().values():
            assert _show(rx.search(text)) == _show(rx.full().search(text)), text


def test_numbers_read_alike_with_regex_only(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = (*SAMPLES, "cınq euros et ſix ans", "vıngt-deux mılle", "5 m² et ½ litre", "DEUX MİLLE")
    default = [find_numbers(t) for t in texts]
    monkeypatch.setattr(numbers, "same_engines", lambda text: False)
    assert [find_numbers(t) for t in texts] == default
