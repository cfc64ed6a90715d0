"""The date grammar: regex rules read from models/dates/grammar.json, their macros
expanded with the vocabulary of models/dates/lexicon.json and models/calendar.json,
each compiled once per process, when a text first passes its trigger (factx.temporal.triggers)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

import regex

from factx.errors import PatternError
from factx.resources import load_json
from factx.temporal import triggers
from factx.temporal.triggers import Trigger

_MACRO = regex.compile(r"\{([A-Z]+)(?::(\w+))?\}")
_ACCENTS = {
    "é": "e", "è": "e", "ê": "e", "ë": "e", "à": "a", "â": "a", "ù": "u", "û": "u",
    "ô": "o", "î": "i", "ï": "i", "ç": "c",
}
_FLAGS = regex.IGNORECASE | regex.VERSION0


@dataclass(frozen=True, eq=False)
class Rule:
    """One rule of grammar.json: its source is expanded and compiled on first use."""

    id: str
    kind: str
    resolver: str
    template: str  # the pattern as grammar.json writes it, macros unexpanded
    keep_prefix: bool = False
    trigger: Trigger | None = None

    @cached_property
    def source(self) -> str:
        return full_source(self.template)

    @cached_property
    def pattern(self) -> regex.Pattern[str] | re.Pattern[str]:
        try:
            return _compile(self.source)
        except regex.error as exc:
            raise PatternError(f"dates grammar: rule {self.id!r} does not compile: {exc}") from exc

    def may_match(self, folded: str) -> bool:
        """False only if the rule cannot match the text `folded` (`triggers.fold`) comes from."""
        return self.trigger is None or triggers.holds(self.trigger, folded)


@cache
def lexicon() -> dict[str, Any]:
    return load_json("dates/lexicon.json")


@cache
def calendar() -> dict[str, Any]:
    return load_json("calendar.json")


def fold_accents(pattern: str) -> str:
    """Let every accented letter outside a character class also match its bare form."""
    out: list[str] = []
    in_class = escaped = False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
            continue
        if ch == "\\":
            escaped = True
        elif ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class:
            in_class = False
        elif not in_class and ch.lower() in _ACCENTS:
            out.append(f"[{ch}{_ACCENTS[ch.lower()]}]")
            continue
        out.append(ch)
    return "".join(out)


def words(items: Any) -> str:
    """An alternation of phrases (longest first); spaces match any run of blanks."""
    phrases = sorted({str(w).lower() for w in items}, key=lambda w: (-len(w), w))
    parts = []
    for p in phrases:
        esc = regex.escape(p, special_only=True, literal_spaces=True)
        esc = esc.replace("'", "['’]").replace(" ", "{S}").replace("\\-", "[-‑ ]")
        parts.append(esc)
    return "(?:" + "|".join(parts) + ")"


def _generated_macros() -> dict[str, str]:
    lex, cal = lexicon(), calendar()
    abbr = set(lex["month_abbreviations"])
    full = [m for m in cal["months"] if m not in abbr]
    # 'jeu.', 'mer.' are a weekday only before its day number ('mer. 24 juin'): at a
    # sentence's end they are the nouns ('les arrêts de jeu.', 'deux jours de mer.')
    wd_abbr = "|".join(regex.escape(w) + r"\.(?=[ \t]*\d)" for w in lex["weekday_abbreviations"])
    numw = words(lex["number_words"])
    return {
        "MONTH": "(?P<month{s}>" + words(full) + ")",
        "MONTHX": "(?P<month{s}>" + words(full) + "|" + words(abbr) + r"\.?)",
        "WD": "(?:" + words(cal["weekdays"])[3:-1] + "|" + wd_abbr + ")",
        "NUMW": rf"(?:{numw}(?:(?:-|{{S}})(?:et(?:-|{{S}}))?{numw})*)",
        "UNIT": "(?P<unit{s}>" + words(lex["units"]) + ")",
        "REL": words(lex["relative_words"]),
        "QMOD": words(lex["modifiers"]),
        "HOLIDAY": words(lex["holidays"]),
        "SEASON": words(lex["seasons"]),
        "VAGUEQ": words(lex["vague_quantities"]),
        "SET": words(lex["sets"]),
        "VAGUE": words(lex["vague_dates"]),
        "PRESENT": words(lex["present_ref"]),
        "FIXED": words(lex["fixed_durations"]),
        "DEICTIC": words(k for k in lex["day_offsets"]),
        "ANAPH": words(lex["anaphoric_days"]),
    }


def expand(pattern: str, macros: dict[str, str]) -> str:
    """Replace {NAME} / {NAME:suffix} by the macro's text, recursively."""
    for _ in range(8):
        def sub(m: regex.Match[str]) -> str:
            name, suffix = m.group(1), m.group(2) or ""
            if name not in macros:
                raise PatternError(f"dates grammar: unknown macro {{{name}}}")
            return macros[name].replace("{s}", suffix)

        new = _MACRO.sub(sub, pattern)
        if new == pattern:
            return pattern
        pattern = new
    raise PatternError("dates grammar: macros nest too deeply")


_GROUP = re.compile(r"\(\?P<(\w+)>")


def _unique_groups(source: str) -> str:
    """A group name used twice is renamed name__2, name__3...: `group()` reads them all."""
    seen: dict[str, int] = {}

    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        seen[name] = seen.get(name, 0) + 1
        return m.group(0) if seen[name] == 1 else f"(?P<{name}__{seen[name]}>"

    return _GROUP.sub(sub, source)


def _compile(source: str) -> regex.Pattern[str] | re.Pattern[str]:
    """Python's `re` where it reads the pattern (it compiles the rules about ten times
    faster, which is most of a one-document run's date layer); `regex` otherwise."""
    try:
        return re.compile(_unique_groups(source), re.IGNORECASE)
    except re.error:
        return regex.compile(source, _FLAGS)


@cache
def group_names(pattern: regex.Pattern[str] | re.Pattern[str], name: str) -> tuple[str, ...]:
    """The groups standing for `name` in a pattern: itself and its renamed duplicates."""
    return tuple(k for k in pattern.groupindex if k == name or k.startswith(name + "__"))


@cache
def _macros() -> dict[str, str]:
    macros = dict(load_json("dates/grammar.json")["macros"])
    macros.update(_generated_macros())
    return macros


def full_source(template: str) -> str:
    """A rule's pattern, macros expanded, accents folded, bounded by non-word characters."""
    return rf"(?<![\w])(?:{fold_accents(expand(template, _macros()))})(?![\w])"


def _enabled() -> list[dict[str, Any]]:
    return [spec for spec in load_json("dates/grammar.json")["rules"] if spec.get("enabled", True)]


def rule_sources() -> tuple[tuple[str, str], ...]:
    """(id, full source) of every enabled rule of models/dates/grammar.json."""
    return tuple((spec["id"], full_source(spec["pattern"])) for spec in _enabled())


@cache
def rules() -> tuple[Rule, ...]:
    """The enabled rules of models/dates/grammar.json, in file order, with their triggers
    (models/dates/triggers.json, if current); each is compiled when first used."""
    stored = triggers.stored()
    found = stored[1] if stored else {}
    return tuple(
        Rule(spec["id"], spec["kind"], spec["resolver"], spec["pattern"],
             bool(spec.get("keep_prefix", False)), found.get(spec["id"]))
        for spec in _enabled()
    )


@cache
def strip_prefix_pattern() -> regex.Pattern[str]:
    return regex.compile(
        fold_accents(expand(words(lexicon()["strip_prefixes"]), {"S": r"[ \t]+"})) + r"[ \t]+(?=\S)",
        _FLAGS,
    )
