"""Cheap necessary conditions for the date rules (issue 7: start-up time).

Compiling a date rule costs far more than the rest of a one-document run, and most rules
cannot match most texts. Each rule therefore carries a *trigger*: clauses of strings that
every match of the rule must contain (at least one string of each clause), derived from
the rule's own parsed pattern. A rule whose trigger fails on a text cannot match it, so it
is neither compiled nor run (see `factx.temporal.grammar.Rule.may_match`).

Strings are compared on a folded text: every character that the rule engines (`re` and
`regex`, case-insensitively) match to a letter of a trigger becomes that letter's folded
form (lower case, no accent), every decimal digit becomes "0"; the folding table is found by
trying every Unicode character against every literal, not by assumption.

Deriving the triggers means parsing all the rules, which costs as much as compiling them,
so it is done ahead of time: `python -m factx.temporal.derive_triggers` writes
models/dates/triggers.json, keyed by a hash of the grammar, lexicon and calendar files and of
the Unicode and `regex` versions. A stale or missing file is ignored (every rule is then
tried, as before); tests/test_dates_lazy.py checks the file is current.
"""

from __future__ import annotations

import hashlib
import unicodedata
from functools import cache

from factx.errors import PatternError
from factx.resources import load_json, models_dir

VERSION = 1
FILE = "dates/triggers.json"
SOURCES = ("dates/grammar.json", "dates/lexicon.json", "calendar.json")

Clause = tuple[str, ...]
Trigger = tuple[Clause, ...]


def engines() -> dict[str, str]:
    """The versions of the engines' Unicode tables the folding is derived from."""
    import regex

    return {"regex": regex.__version__, "unicode": unicodedata.unidata_version}


def source_key() -> str:
    """What the stored triggers depend on: the data files and the engines' Unicode tables."""
    import regex

    h = hashlib.sha256(f"{VERSION}|{unicodedata.unidata_version}|{regex.__version__}".encode())
    for name in SOURCES:
        h.update(b"\0" + (models_dir() / name).read_bytes())
    return h.hexdigest()


@cache
def stored() -> tuple[dict[int, str], dict[str, Trigger]] | None:
    """The folding table and the triggers by rule id, or None if the file is missing or stale."""
    try:
        data = load_json(FILE)
    except PatternError:
        return None
    if data.get("key") != source_key():
        return None
    table = {ord(k): v for k, v in data["fold"].items()}
    rules = {rid: tuple(tuple(c) for c in clauses) for rid, clauses in data["rules"].items()}
    return table, rules


def fold(text: str) -> str:
    """`text` folded for `holds`: characters mapped by the table, runs of blanks made one."""
    data = stored()
    if not data:
        return text
    out = text.translate(data[0])
    while "  " in out:
        out = out.replace("  ", " ")
    return out


def holds(trigger: Trigger, folded: str) -> bool:
    """Every clause has one of its strings in the folded text."""
    return all(any(s in folded for s in clause) for clause in trigger)
