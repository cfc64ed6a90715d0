"""Deriving the date rules' triggers (`factx.temporal.triggers`) from the rules' own parsed
patterns, ahead of time: `python -m factx.temporal.derive_triggers` writes
models/dates/triggers.json for the current grammar, lexicon and calendar files;
tests/test_dates_lazy.py checks the file is current. Not used when extracting.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from typing import Any

from factx.errors import PatternError
from factx.resources import models_dir
from factx.temporal.grammar import _unique_groups, rule_sources
from factx.temporal.triggers import FILE, Trigger, engines, source_key

DIGIT = r"\d"  # the pseudo-literal standing for any decimal digit
_LIMIT = 1024  # largest set of alternative strings followed through a pattern
_KEEP = 2  # clauses kept per rule: the most selective ones


def fold_char(p: str) -> str | None:
    """The folded form of a pattern literal (one character), or None if it has none."""
    if p == DIGIT or p.isdecimal():
        return "0"
    if p == "\t":
        return " "
    s = "".join(c for c in unicodedata.normalize("NFD", p.lower()) if not unicodedata.combining(c))
    return s if len(s) == 1 else None


def _cat(a: str, b: str) -> str:
    """Folded strings joined: blanks collapse as `fold` collapses them."""
    return a + b[1:] if a.endswith(" ") and b.startswith(" ") else a + b


def _product(a: frozenset[str], b: frozenset[str]) -> frozenset[str] | None:
    """Every string of `a` followed by one of `b`; if too many, the strings around the joint
    (the ends of `a`'s, the starts of `b`'s: the text has them too), or None."""
    for k in (0, 8, 6, 5, 4, 3, 2):
        if k:
            a = frozenset(x[-k:] for x in a)
            b = frozenset(y[:k] for y in b)
        if len(a) * len(b) <= _LIMIT:
            return frozenset(_cat(x, y) for x in a for y in b)
    return None


_NOTHING: frozenset[str] = frozenset({""})


class _Info:
    """What a node of a pattern tells about its matches (all folded): `exact`, when known, is
    every string it can match; each match starts with one of `pre` and ends with one of
    `suf` ({""}: unknown); it contains one string of each of `clauses`."""

    def __init__(self, exact: frozenset[str] | None, pre: frozenset[str] = _NOTHING,
                 suf: frozenset[str] = _NOTHING, clauses: list[frozenset[str]] | None = None) -> None:
        self.exact = exact
        self.pre = exact if exact is not None else pre
        self.suf = exact if exact is not None else suf
        self.clauses = clauses or []

    def candidates(self) -> list[frozenset[str]]:
        out = [*self.clauses, self.pre, self.suf]
        return [cl for cl in out if "" not in cl]


class _Analyzer:
    """Necessary conditions of a parsed pattern (a `re._parser` tree)."""

    def __init__(self) -> None:
        from re import _constants as c

        self.c = c
        self.alphabet: set[str] = set()
        self.groups: dict[int, _Info] = {}

    def seq(self, items: Any) -> _Info:
        run: frozenset[str] = _NOTHING  # the strings the text has since the last unknown
        pre: frozenset[str] | None = None  # set once the sequence stops being exact
        clauses: list[frozenset[str]] = []
        for op, av in items:
            info = self.node(op, av)
            clauses.extend(info.clauses)
            if info.exact is not None:
                joined = _product(run, info.exact)
                if joined is not None:
                    run = joined
                    continue
                _flush(run, clauses)
                if pre is None:
                    pre = run
                run = info.exact
                continue
            joined = _product(run, info.pre)
            if joined is None:
                _flush(run, clauses)
                _flush(info.pre, clauses)
                joined = run
            else:
                _flush(joined, clauses)
            if pre is None:
                pre = joined
            run = info.suf
        if pre is None:
            return _Info(run, clauses=clauses)
        _flush(run, clauses)
        return _Info(None, pre, run, clauses)

    def alt(self, alts: list[_Info]) -> _Info:
        if all(a.exact is not None for a in alts):
            union = frozenset().union(*(a.exact for a in alts if a.exact is not None))
            if len(union) <= _LIMIT:
                return _Info(union)
        clause: set[str] = set()
        for a in alts:
            best = _best(a.candidates())
            if best is None:
                clause = set()
                break
            clause |= best
        pre = frozenset().union(*(a.pre for a in alts))
        suf = frozenset().union(*(a.suf for a in alts))
        return _Info(None, pre if len(pre) <= _LIMIT else _NOTHING,
                     suf if len(suf) <= _LIMIT else _NOTHING, [frozenset(clause)] if clause else [])

    def node(self, op: Any, av: Any) -> _Info:
        c = self.c
        if op is c.LITERAL:
            return _Info(self.members([chr(av)]))
        if op is c.IN:
            return _Info(self.in_(av))
        if op is c.BRANCH:
            return self.alt([self.seq(a) for a in av[1]])
        if op is c.SUBPATTERN:
            info = self.seq(av[-1])
            if av[0] is not None:
                self.groups[av[0]] = info
            return info
        if op is c.ATOMIC_GROUP:
            return self.seq(av)
        if op is c.GROUPREF:
            # the group's own text again (case aside): known if it has no letter
            ref = self.groups.get(av)
            if ref is not None and ref.exact is not None and all(
                ch.isascii() and not ch.isalpha() for s in ref.exact for ch in s
            ):
                return _Info(ref.exact)
            return _Info(None)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            info = self.seq(sub)
            if lo == 0:
                if hi == 1 and info.exact is not None:
                    return _Info(info.exact | _NOTHING)
                return _Info(None)
            if lo == hi == 1 or info.exact == frozenset({" "}):  # blanks collapse in `fold`
                return info
            extra = [info.exact] if info.exact is not None and "" not in info.exact else []
            return _Info(None, info.pre, info.suf, info.clauses + extra)
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return _Info(_NOTHING)  # zero-width: the text on either side is contiguous
        return _Info(None)  # ANY, NOT_LITERAL, ...: no information

    def members(self, members: list[str]) -> frozenset[str] | None:
        out = set()
        for p in members:
            f = fold_char(p)
            if f is None:
                return None
            out.add(f)
        self.alphabet.update(members)
        return frozenset(out)

    def in_(self, items: Any) -> frozenset[str] | None:
        c = self.c
        members: list[str] = []
        for op, av in items:
            if op is c.LITERAL:
                members.append(chr(av))
            elif op is c.RANGE and av[1] - av[0] < 64:
                members.extend(chr(i) for i in range(av[0], av[1] + 1))
            elif op is c.CATEGORY and av is c.CATEGORY_DIGIT:
                members.append(DIGIT)
            else:
                return None  # NEGATE, \w, \s, wide ranges: no information
        return self.members(members)


def _flush(strings: frozenset[str], clauses: list[frozenset[str]]) -> None:
    if "" not in strings:
        clauses.append(strings)


def _weight(s: str) -> float:
    return sum(1.0 if ch.isalpha() else 0.5 if ch not in " 0" else 0.25 for ch in s)


def _strength(clause: frozenset[str]) -> float:
    """How rarely a clause holds, roughly: its weakest string's weight (letters count most)."""
    return min(_weight(s) for s in clause)


def _best(cands: list[frozenset[str]]) -> frozenset[str] | None:
    return max(cands, key=lambda cl: (_strength(cl), -len(cl)), default=None)


def _simplify(clause: frozenset[str]) -> frozenset[str]:
    """Drop the strings containing another string of the clause (they add nothing)."""
    return frozenset(s for s in clause if not any(t != s and t in s for t in clause))


def _parse(source: str) -> Any:
    """The `re` parse tree of a rule, or of a pattern matching more (for `regex`-only syntax:
    Unicode properties read as \\w, which the analysis treats as unknown), or None."""
    from re import _parser

    broad = re.sub(r"\\p\{\w+\}", r"\\w", _unique_groups(source))
    try:
        return _parser.parse(broad, re.IGNORECASE)
    except re.error:
        return None


def derive_rule(source: str, analyzer: _Analyzer) -> Trigger | None:
    """The trigger of one rule's full source (None: it has none worth testing)."""
    tree = _parse(source)
    if tree is None:
        return None
    analyzer.groups = {}
    cands = {_simplify(cl) for cl in analyzer.seq(tree).candidates()}
    ranked = sorted(cands, key=lambda cl: (-_strength(cl), len(cl), sorted(cl)))
    kept = [cl for cl in ranked if _strength(cl) > 0][:_KEEP]
    if not kept:
        return None
    return tuple(tuple(sorted(cl, key=lambda s: (len(s), s))) for cl in sorted(kept, key=len))


def fold_table(alphabet: set[str]) -> dict[str, str]:
    """Every character either engine matches case-insensitively to a literal of `alphabet`,
    with the literal's folded form (identities left out); an ambiguous character is an error."""
    import regex

    def esc(p: str) -> str:
        return p if p == DIGIT else re.escape(p)

    engines = [
        (re.compile(esc(p), re.IGNORECASE), regex.compile(esc(p), regex.IGNORECASE | regex.VERSION0), p)
        for p in sorted(alphabet)
    ]
    everything = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)
    cls = "[" + "".join(esc(p) for p in sorted(alphabet)) + "]"
    cands = set(re.findall(cls, everything, re.IGNORECASE))
    cands |= set(regex.findall(cls, everything, regex.IGNORECASE | regex.VERSION0))
    table: dict[str, str] = {}
    for ch in sorted(cands):
        targets = {fold_char(p) for a, b, p in engines if a.fullmatch(ch) or b.fullmatch(ch)}
        if len(targets) != 1 or None in targets:
            raise PatternError(f"date triggers: {ch!r} folds ambiguously ({targets})")
        target = targets.pop()
        assert target is not None
        if target != ch:
            table[ch] = target
    return table


def derive() -> dict[str, Any]:
    """The content of models/dates/triggers.json for the current data files."""
    analyzer = _Analyzer()
    rules: dict[str, list[list[str]]] = {}
    for rid, source in rule_sources():
        trigger = derive_rule(source, analyzer)
        if trigger is not None:
            rules[rid] = [list(c) for c in trigger]
    return {
        "_comment": "Generated by `python -m factx.temporal.derive_triggers` from grammar.json, "
        "lexicon.json and ../calendar.json: do not edit. See factx/temporal/triggers.py.",
        "key": source_key(),
        "engines": engines(),
        "fold": dict(sorted(fold_table(analyzer.alphabet).items())),
        "rules": rules,
    }


def render(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main() -> None:
    path = models_dir() / FILE
    path.write_text(render(derive()), encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
