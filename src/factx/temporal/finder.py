"""Find and resolve every temporal expression of a text: match all grammar rules, drop
the matches a context check rules out (ages, counts, verbs), keep the longest
non-overlapping ones, join a clock time to the day beside it, then resolve each in text
order (so "la veille" and a bare "15 h" can lean on the day named just before)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

import regex

from factx.normalize import normalize
from factx.resources import load_json
from factx.temporal import triggers
from factx.temporal.anchor import Anchor
from factx.temporal.grammar import Rule, lexicon, rules, strip_prefix_pattern
from factx.temporal.resolver import RESOLVERS, Context, Resolved, clock_of, g, g_start
from factx.temporal.tense import TenseHint, tense_near
from factx.temporal.values import fold, folded_set, iso_day, lookup, safe_date, unelided, weekday_number

Match = regex.Match[str]


@dataclass(frozen=True)
class TimeExpr:
    """One temporal expression: `text[start:end]`, its kind, ISO value and modifier."""

    start: int
    end: int
    text: str
    kind: str
    value: str | None
    mod: str | None = None
    rule: str = ""

    def attrs(self) -> dict[str, Any]:
        """The candidate attributes, in their fixed order: kind, value, then mod if any."""
        out: dict[str, Any] = {"kind": self.kind, "value": self.value}
        if self.mod:
            out["mod"] = self.mod
        return out


@dataclass
class _Hit:
    rule: Rule
    order: int
    m: Match
    start: int
    end: int


_WORD_BEFORE = regex.compile(r"([\w'’-]+)[ \t]*,?[ \t]*$")
_WORD_AFTER = regex.compile(r"^[ \t]*([\w%€$°²'’-]+|[%€$°])")
_NUMBER_LIST = regex.compile(r"(?:\d+[ \t]*(?:,|et|à|a|ou)[ \t]*)+$")
_LEADING_EN = regex.compile(r"en[ \t]+(?=\S)", regex.IGNORECASE)
_MID_SENTENCE = regex.compile(r"[\w,;'’][ \t]*$")
_COMPLEMENT = regex.compile(r"[ \t]+(?:de[ \t]+|d['’])([\w-]+(?:[ \t]+commune)?)")


def _prev_words(text: str, pos: int, n: int = 3) -> list[str]:
    return [fold(w) for w in regex.findall(r"[\w'’-]+", text[max(0, pos - 60):pos])][-n:]


def _next_word(text: str, pos: int) -> str:
    m = _WORD_AFTER.match(text[pos:pos + 40])
    return m.group(1) if m else ""


@cache
def _age_left() -> regex.Pattern[str]:
    """The words that end the text right before an age ("âgé de", "âge de": lexicon
    age_left_context, folded), not the end of a longer word ("un voyage de")."""
    alts = "|".join(regex.escape(fold(a)) for a in lexicon()["age_left_context"])
    return regex.compile(rf"(?<!\w)(?:{alts})$")


def _ok_month(m: Match, text: str) -> bool:
    if any(g(m, k) for k in ("year", "yy", "rel", "pmod", "this")) or "mois" in fold(m.group(0)):
        return True
    word = g(m, "month") or ""
    if word[:1].islower():
        return True
    prev = _prev_words(text, g_start(m, "month"), 1)
    return bool(prev) and prev[-1] in ("en", "de", "d'", "des", "depuis", "jusqu'en", "et", "ou", "mois")


def _ok_year(m: Match, text: str) -> bool:
    year = int(g(m, "year") or 0)
    lo, hi = lexicon()["year_window"]
    if not lo <= year <= hi:
        return False
    if g(m, "pmod") or g(m, "yearword"):
        return True
    nxt = _next_word(text, m.end())
    if nxt and fold(nxt) in folded_set("non_date_after_year"):
        return False
    before = text[max(0, m.start() - 3):m.start()]
    if regex.search(r"\d[ .]?$", before) or regex.search(r"[-/]$", before):
        return False
    prev = _prev_words(text, m.start(), 2)
    quantity = {"de", "les", "des", "ces", "environ", "quelque", "sur", "avec", "par"}
    lower_next = nxt[:1].isalpha() and nxt[:1].islower()
    if prev and prev[-1] in quantity and lower_next and fold(nxt) not in folded_set("year_followers"):
        return False
    raw_prev = regex.findall(r"[\w'’-]+", text[max(0, m.start() - 30):m.start()])[-1:]
    if raw_prev and raw_prev[0][:1].isupper() and fold(raw_prev[0]) not in folded_set("year_followers"):
        # "Euro 2016" is an event, "Windows 2000" a product: leave names alone
        return bool(regex.match(r"^[ \t]*[,.;:)]", text[m.end():m.end() + 2]))
    return True


# "les N ans" then "of" a named or determined thing ("du club", "de la libération", "de
# l'armistice", "de Renault"): an anniversary, the thing's age (a figure), not a span of time;
# "les dix ans de guerre" (a bare noun) stays a duration.
_ANNIVERSARY = regex.compile(
    r"^[ \t]+(?:du|des|de[ \t]+la|de[ \t]+l['’]|d['’]une?[ \t]|de[ \t]+(?=\p{Lu})|d['’](?=\p{Lu}))")


def _ok_duration(m: Match, text: str) -> bool:
    """Ages are figures, not durations: 'âgé de 61 ans', 'un homme de 45 ans', ', 61 ans,'."""
    code = lookup("units", g(m, "unit") or "")
    prep = fold(g(m, "prep") or "")
    # a bare hedge ("plus de", "moins de") is no preposition of time: "les ouvriers de plus de
    # 50 ans", "les moins de 25 ans", "le pont a plus de cent ans" are ages; the checks below decide
    hedge = prep in folded_set("age_hedges") and not g(m, "qmod") and code == "Y"
    if (g(m, "prep") and not hedge) or g(m, "rel") or _length_of(text, m.end()):
        return True  # "une heure de retard", "dix ans de prison"
    num = fold(g(m, "num") or "")
    if num in ("un", "une") and fold(g(m, "unit") or "") in ("jour", "heure", "seconde"):
        return False
    if code != "Y":
        return True
    start = m.start()
    lst = _NUMBER_LIST.search(text, max(0, start - 40), start)
    if lst:  # "de 19, 23 et 27 ans": look before the list
        start = lst.start()
    before = fold(text[max(0, start - 40):start])
    after = text[m.end():m.end() + 20]
    if _age_left().search(before.rstrip()):
        return False  # "âgé de 61 ans"; not the "-age de" of "un voyage de sept ans"
    if regex.match(r"^[ \t]*(?:d'âge|d'age|révolus|et plus|ou plus)", after):
        return False
    if _after_age_verb(text, start):
        return False
    prev = _prev_words(text, start, 2)
    if hedge and prev and prev[-1] in ("les", "des", "aux"):
        return False  # "les moins de 16 ans": an age group
    if prev and prev[-1] in ("les", "des", "aux") and _ANNIVERSARY.match(after) \
            and not (len(prev) > 1 and prev[-2] in folded_set("anniversary_time_words")):
        return False  # "les 60 ans du club", "des quatre-vingts ans de l'armistice": its age
    if prev and prev[-1] in ("de", "a", "ses", "leurs", "mes", "tes", "nos", "vos", "ces"):
        nouns = folded_set("duration_nouns_before_de")
        # an elided article stays on the noun: "une mise à l'épreuve de trois ans"
        return prev[-1] == "de" and len(prev) > 1 and unelided(prev[-2]) in nouns
    if regex.search(r",[ \t]*$", text[max(0, start - 3):start]) and regex.match(r"^[ \t]*[,).;]", after):
        return False
    return not regex.match(r"^[ \t]*(?:plus[ \t]+tard|plus[ \t]+tôt|auparavant)", after)


def _after_age_verb(text: str, start: int) -> bool:
    """'elle avait cinq ans', "j'ai seulement 29 ans", 'il aura bientôt 40 ans': an age."""
    adverbs = folded_set("age_adverbs")
    for word in reversed(_prev_words(text, start, 5)):
        word = word.replace("\u2019", "'").rsplit("'", 1)[-1] or word  # "j'ai" -> "ai"
        if word in adverbs:
            continue
        return word in folded_set("age_verbs")
    return False


def _ok_calendar_unit(m: Match, text: str) -> bool:
    return bool(g(m, "rel") or g(m, "this") or g(m, "ci"))


def _ok_numeric(m: Match, text: str) -> bool:
    if g(m, "year") or g(m, "yy"):
        return True
    prev = _prev_words(text, m.start(), 1)
    if prev and prev[-1] in ("le", "du", "au", "depuis"):
        return True
    return m.start() == 0 and m.end() == len(text)


def _length_of(text: str, end: int) -> bool:
    """'<N unit> de débats', '<N unit> de prison': a noun of activity or sentence after the
    unit makes the phrase a length of time (lexicon duration_complements)."""
    m = _COMPLEMENT.match(text[end:end + 40])
    return bool(m) and fold(m.group(1)) in folded_set("duration_complements")


def _ok_clock(m: Match, text: str) -> bool:
    """'à 7 heures', '7 heures du matin' are times; a bare '12 heures' is a duration, and
    so is 'après trois heures de palabres'. A capital 'Midi' inside a sentence or joined
    by a hyphen is the South in a name ('Auberge du Midi', 'Midi-Pyrénées'), no noon."""
    noon = g(m, "noon")
    if noon and noon[:1].isupper() and not (g(m, "tprep") or "")[:1].isupper():
        at = g_start(m, "noon")
        if text[m.end():m.end() + 1] == "-" or _MID_SENTENCE.search(text, max(0, at - 3), at):
            return False
    if g(m, "hourw") and _length_of(text, m.end()):
        return False  # 'trois heures de débats', 'une heure et demie de route': a length
    return not g(m, "hourw") or any(g(m, k) for k in ("tprep", "minw", "clockpod", "tday"))


def _ok_weekday_pair(m: Match, text: str) -> bool:
    """Only two days in a row make one span ('lundi et mardi'); 'lundi et jeudi' are two days."""
    wd, wd2 = weekday_number(g(m, "wd")), weekday_number(g(m, "wd2"))
    return wd is not None and wd2 is not None and (wd + 1) % 7 == wd2


def _ok_bare_part_of_day(m: Match, text: str) -> bool:
    """A bare part of the day ('le matin', 'la nuit') dates a reported event, not a habit
    ('le matin, il ouvre la boutique', 'souvent la nuit') nor the object of a preposition
    ('hébergés pour la nuit', 'à la nuit tombée'); a capital inside a sentence is a name."""
    if not (g(m, "pod") or "")[:1].islower():
        return False
    prev = _prev_words(text, m.start(), 2)
    if g(m, "pprep") or g(m, "same"):
        return not prev or prev[-1] not in folded_set("bare_pod_not_after")
    if prev and prev[-1] in folded_set("bare_pod_not_after"):
        return False
    if tense_near(text, m.start(), m.end()) is not None:
        return True
    return any(w in _auxiliaries() for w in prev)  # 'ils ont clos l'après-midi par un bal'


@cache
def _auxiliaries() -> frozenset[str]:
    return frozenset(fold(w) for w in load_json("dates/tense.json")["bare_participle"]["auxiliaries"])


FILTERS: dict[str, Callable[[Match, str], bool]] = {
    "month": _ok_month,
    "year": _ok_year,
    "duration": _ok_duration,
    "calendar_unit": _ok_calendar_unit,
    "numeric_date": _ok_numeric,
    "clock": _ok_clock,
    "weekday_pair": _ok_weekday_pair,
    "bare_part_of_day": _ok_bare_part_of_day,
}


def _hits(text: str) -> list[_Hit]:
    out = []
    folded = triggers.fold(text)
    for order, rule in enumerate(rules()):
        if not rule.may_match(folded):
            continue  # it cannot match: not compiled, not run
        check = FILTERS.get(rule.id)
        for m in rule.pattern.finditer(text):
            if m.end() == m.start() or (check and not check(m, text)):
                continue
            out.append(_Hit(rule, order, m, m.start(), m.end()))
    return out


def _select(hits: list[_Hit]) -> list[_Hit]:
    """Longest first, then earlier rule; no two kept hits overlap."""
    kept: list[_Hit] = []
    for h in sorted(hits, key=lambda h: (-(h.end - h.start), h.order, h.start)):
        if all(h.end <= k.start or k.end <= h.start for k in kept):
            kept.append(h)
    return sorted(kept, key=lambda h: h.start)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    m = strip_prefix_pattern().match(text, start, end)
    if m and m.end() < end:
        start = m.end()
    while end > start and text[end - 1] in " \t,":
        end -= 1
    return start, end


def find_dates(text: str, ref_date: str | None = None, *, split_day_clock: bool = False,
               tense_hint: TenseHint | None = None) -> list[TimeExpr]:
    """Every temporal expression of `text`, in order, resolved against `ref_date`
    (ISO at any grain, or None: then relative expressions get no value).

    A day with its hour ('samedi à 10 h', 'hier vers 18 h 45') is one expression, as
    TimeML and Duckling phrases take it; with `split_day_clock` it is two, the day (a
    date) and the hour (a time of that day), as a news fact sheet lists them (the
    extraction pipeline, `factx.components.dates`). `tense_hint` reads the tense of a
    date's own verb on the parse (factx.components.date_tense), before the surface cues."""
    work = normalize(text)  # one character for one: offsets stay those of `text`
    ctx = Context(work, Anchor.parse(ref_date), hint=tense_hint)
    selected = _select(_hits(work))
    out: list[TimeExpr] = []
    for h in selected:
        resolved = RESOLVERS[h.rule.resolver](h.m, ctx)
        if resolved is None:
            continue
        kind = h.rule.kind if resolved.kind == "vague" else resolved.kind
        start, end = h.start, h.end
        if not h.rule.keep_prefix and kind != "range":
            start, end = _trim(work, start, end)
        elif h.rule.keep_prefix:
            lead = _LEADING_EN.match(work, start, end)
            if lead:
                start = lead.end()
        expr = TimeExpr(start, end, text[start:end], kind, resolved.value, resolved.mod, h.rule.id)
        # a clock time followed by its day ("9h le 13 décembre", "13h30 samedi 21")
        day_part = None
        if out and _joins(work, out[-1], expr):
            expr = _join(text, out.pop(), expr)
        elif split_day_clock:
            day_part = _split_tail_clock(text, work, h, expr)
        if day_part is not None:
            out.append(day_part)
            _remember_day(ctx, day_part)
            expr = _tail_clock(text, work, h, resolved)
        out.append(expr)
        _remember_day(ctx, expr)
        if _night_ending_on_anchor(expr, ctx):
            # told from the evening before, the night is remembered as that day's (an hour
            # after it, 'à 18 heures', is still the evening's), but dated by its morning
            out[-1] = replace(expr, value=iso_day(ctx.anchor.date))  # type: ignore[arg-type]
    return out


def _night_ending_on_anchor(expr: TimeExpr, ctx: Context) -> bool:
    """'les résultats publiés dans la nuit' after Sunday's vote, in Monday's paper: a night
    whose report day is the day before the document's ends on the document's day, which
    dates it as it dates 'cette nuit'. 'pendant la nuit' (a watch kept through the night
    after 'hier soir') keeps the evening's day."""
    a = ctx.anchor.date
    return (expr.rule == "part_of_day" and a is not None and expr.value is not None
            and fold(expr.text).startswith("dans la nuit")
            and expr.value == iso_day(a - dt.timedelta(days=1)))


def _tail_start(h: _Hit) -> int:
    """Where a day's trailing clock time starts ('dimanche vers 6 heures': at 'vers'), or -1.
    Noon and midnight are no clock reading but a moment of the day, which a reader keeps
    with its day as 'lundi soir' ('jeudi à midi', 'samedi midi', 'hier vers minuit'): -1."""
    if h.rule.kind != "date" or clock_of(h.m, "t") is None or g(h.m, "noont"):
        return -1
    return g_start(h.m, "tprept")


def _split_tail_clock(text: str, work: str, h: _Hit, expr: TimeExpr) -> TimeExpr | None:
    """A day followed by its hour ('hier vers 18 h', 'lundi, à 9 h 15', 'le jeudi 3
    mars à 21 h 40') is two expressions, as a reader counts them: the day, a date, and the
    hour, a time of that day. The day part is returned (None if the match has no clock)."""
    at = _tail_start(h)
    if at < 0 or expr.kind != "time" or at <= expr.start:
        return None
    end = at
    while end > expr.start and work[end - 1] in " \t,":
        end -= 1
    day = expr.value[:10] if expr.value and _is_day(expr.value[:10]) else None
    if expr.value and day is None:
        return None
    return TimeExpr(expr.start, end, text[expr.start:end], "date", day, None, expr.rule)


def _tail_clock(text: str, work: str, h: _Hit, resolved: Resolved) -> TimeExpr:
    start, end = _trim(work, _tail_start(h), h.end)
    return TimeExpr(start, end, text[start:end], "time", resolved.value, resolved.mod, "clock")


def _joins(text: str, a: TimeExpr, b: TimeExpr) -> bool:
    gap = text[a.end:b.start]
    if not regex.fullmatch(r"[ \t]*,?[ \t]*(?:le[ \t]+)?", gap):
        return False
    return (a.kind == "time" and a.rule == "clock" and b.kind == "date" and _is_day(b.value)) or (
        b.kind == "time" and b.rule == "clock" and a.kind == "date" and _is_day(a.value)
        and regex.fullmatch(r"[ \t]*,[ \t]*", gap) is None and False
    )


def _join(text: str, a: TimeExpr, b: TimeExpr) -> TimeExpr:
    clock = a if a.rule == "clock" else b
    day = b if clock is a else a
    value = None
    if clock.value and day.value:
        value = f"{day.value}T{clock.value.split('T')[1]}"
    return TimeExpr(a.start, b.end, text[a.start:b.end], "time", value, clock.mod or day.mod, clock.rule)


def _is_day(value: str | None) -> bool:
    return bool(value and regex.fullmatch(r"\d{4}-\d\d-\d\d", value))


# 'depuis' right before a day: the start of a span still running ('depuis le 12 février')
_SINCE = regex.compile(r"(?<![\w])depuis[ \t]+(?:(?:le|la|l['’])[ \t]*)?$", regex.IGNORECASE)
_POINT = regex.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?")


def _remember_day(ctx: Context, expr: TimeExpr) -> None:
    if expr.rule == "bare_part_of_day":
        return  # it takes the narrative day; it names none for what follows
    point = _POINT.match(expr.value) if expr.value and expr.kind in ("date", "time") else None
    if point is None:
        return  # no year, month nor day ('197X', a decade, is none)
    ctx.points.append((expr.end, point.group(0)))
    if len(point.group(0)) == 10:  # a day
        y, mo, d = (int(x) for x in point.group(0).split("-"))
        day = safe_date(y, mo, d)
        if day:
            ctx.days.append((expr.end, day))
            if expr.rule == "holiday":
                ctx.feasts.add(expr.end)
            if _SINCE.search(ctx.text, max(0, expr.start - 20), expr.start):
                ctx.starts.add(expr.end)
            # a night whose morning is a later day: 'la nuit de samedi à dimanche', or 'dans
            # la nuit' of a day before the document's (the night ending on the document's
            # day is that day's)
            if expr.value.endswith("TNI") or (
                    expr.rule == "part_of_day" and "nuit" in expr.text.lower()
                    and ctx.anchor.date is not None and day < ctx.anchor.date):
                ctx.nights.add(expr.end)


__all__ = ["Resolved", "TimeExpr", "find_dates"]
