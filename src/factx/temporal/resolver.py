"""Resolvers: one function per grammar rule family, turning a regex match into a kind,
an ISO 8601 value (or None when the text does not fix one) and an optional modifier.

Conventions (see tests/test_dates*.py):
- values at the grain the text gives: "2019", "2019-07", "2018-11-07", "2012-W25",
  "2012-06-22T14:00", "2012-06-22TEV" (a named day and part of day), ranges "A/B",
  durations "P10Y", "PT12H", decades "200X", centuries "18" (the 1800s);
- a relative expression needs the anchor at the grain it works on ("la semaine dernière"
  with an anchor "2019-07" has no value); no anchor, no value: today is never used;
- a year-less day or month takes the year that puts it nearest the anchor, leaning
  to the past or the future with "dernier"/"prochain" or the tense of the verb.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

import regex

from factx.temporal.anchor import Anchor
from factx.temporal.grammar import group_names, lexicon
from factx.temporal.tense import Tense, TenseHint, leading_tense, tense_near
from factx.temporal.values import (
    add_months,
    day_number,
    fold,
    folded_set,
    iso_day,
    iso_duration,
    iso_week,
    lookup,
    month_number,
    number,
    roman,
    safe_date,
    two_digit_year,
    weekday_number,
)

Match = regex.Match[str]


@dataclass(frozen=True)
class Resolved:
    kind: str
    value: str | None
    mod: str | None = None


@dataclass
class Context:
    """What a resolver may look at: the text, the anchor, the days mentioned so far."""

    text: str
    anchor: Anchor
    days: list[tuple[int, dt.date]] = field(default_factory=list)  # (end offset, day)
    nights: set[int] = field(default_factory=set)  # end offsets of the days that are a night
    feasts: set[int] = field(default_factory=set)  # ... that name a feast ('Noël', 'Halloween')
    # ... that open a span still running ('depuis le 12 février'): a state's start, no day an event
    # of the report is told on
    starts: set[int] = field(default_factory=set)
    # (end offset, value) of every year, month or day named so far, at its grain ('2003',
    # '2016-10', '2011-03-31'): what 'l'année précédente' or 'vingt ans plus tard' counts from
    points: list[tuple[int, str]] = field(default_factory=list)
    hint: TenseHint | None = None  # the tense of a date's own verb, read on the parse

    def last_day(self) -> dt.date | None:
        return self.days[-1][1] if self.days else None

    def clock_day(self, hour: int) -> dt.date | None:
        """The day a clock time with no day of its own falls on: the day last named (in
        its sentence or before: a report tells its event's hours after naming its day),
        else the document's. After a night ('dans la nuit de samedi à dimanche', 'la nuit
        dernière'), a morning hour is on the night's second day. A feast named ('une fête
        d'Halloween', 'à trois semaines de Noël') is an occasion, not the day a report tells."""
        return self._last_named(hour, None, None, self.anchor.date)

    def hour_day(self, hour: int, tense: Tense | None) -> dt.date | None:
        """The day a bare hour falls on ('la réunion s'est achevée vers 23 h'): as `clock_day`,
        but the start of a span still running ('qui dirige depuis le 12 février le chantier')
        is no day an event of the report is told on, and an hour told in the past falls on
        no day after the document's (a plan named before it: 'le 20 juin prochain')."""
        hi = self.anchor.date if tense == "past" else None
        return self._last_named(hour, None, hi, self.anchor.date, skip_starts=True)

    def _last_named(self, hour: int, lo: dt.date | None, hi: dt.date | None,
                    default: dt.date | None, day_part: bool = False,
                    skip_starts: bool = False) -> dt.date | None:
        """The day last named (no feast, nor a span's start with `skip_starts`; within
        lo..hi when given, either may be None), else `default`; a morning
        hour after a named night falls on the night's second day, and so does a morning or an
        afternoon (`day_part`: 'dans la nuit de dimanche à lundi ... en début d'après-midi':
        the night is over, its day goes on)."""
        named = [(end, day) for end, day in self.days
                 if end not in self.feasts and not (skip_starts and end in self.starts)
                 and (lo is None or lo <= day) and (hi is None or day <= hi)]
        if not named:
            return default
        end, day = named[-1]
        if end in self.nights and (hour < 12 or day_part):
            return day + dt.timedelta(days=1)
        return day

    def narrative_day(self, hour: int, tense: Tense | None, day_part: bool = False) -> dt.date | None:
        """The day a bare part of the day ('dès le matin', 'la nuit') falls on: as for a
        clock time, the day last named, but only a day of the report's week on the verb's
        side of the document date: a record year recalled ('le 21 août 1922'), a plan
        ('demain', 'à la Toussaint') or a background date are no narrative day."""
        a = self.anchor.date
        if a is None:
            return self.clock_day(hour)
        lo = a if tense == "future" else a - dt.timedelta(days=7)
        hi = a if tense == "past" else a + dt.timedelta(days=7)
        return self._last_named(hour, lo, hi, a, day_part)

    def report_day(self, hour: int, tense: Tense | None, day_part: bool,
                   same_sentence: bool = False) -> dt.date | None:
        """The day a part of the day with no day of its own ('dans la soirée', 'en fin de
        matinée') falls on: the narrative day when the report named a day of its week on
        the verb's side (a background date named after it, 'en grève depuis le 15 octobre',
        or a plan is passed over); else the day last named however far back (a story of a
        dated past: 'les faits remontent au 12 janvier ... dans la soirée'), else the
        document's. A day named in the part of the day's own sentence is its day, however
        far ('le 25 octobre, la victime avait été suivie dans la soirée'); a past verb keeps
        out the days after the document's, a future one keeps nothing out (a future cue
        may be another clause's)."""
        a = self.anchor.date
        if a is not None and not same_sentence:
            lo = a - dt.timedelta(days=7)
            hi = a if tense == "past" else a + dt.timedelta(days=7)
            day = self._last_named(hour, lo, hi, None, day_part)
            if day is not None:
                return day
        return self._last_named(hour, None, None, a, day_part)

    def last_point(self, start: int, width: int, same_sentence: bool = False) -> str | None:
        """The year, month or day last named before `start` ('2003', '2016-10', '2011-03-31'),
        in `start`'s sentence only when `same_sentence`; None if there is none or the latest
        one is shorter than `width` (4 a year, 7 a month: a year where a month is needed)."""
        before = [(end, value) for end, value in self.points if end <= start]
        if not before:
            return None
        end, value = before[-1]
        if len(value) < width:
            return None
        if same_sentence and regex.search(r"[.!?]\s|\n", self.text[end:start]):
            return None
        return value

    def sentence_day(self, start: int) -> dt.date | None:
        """The last day named earlier in the same sentence, if any."""
        for end, day in reversed(self.days):
            if not regex.search(r"[.!?]\s|\n", self.text[end:start]):
                return day
            break
        return None

    def tense(self, m: Match) -> Tense | None:
        return tense_near(self.text, m.start(), m.end(), self.hint)


def g(m: Match, name: str) -> str | None:
    """The text of group `name` (of the last of its duplicates that took part), or None."""
    value = None
    for key in group_names(m.re, name):
        value = m.group(key) if m.group(key) is not None else value
    return value


def g_start(m: Match, name: str) -> int:
    """Where group `name` starts (-1 if it took no part)."""
    start = -1
    for key in group_names(m.re, name):
        start = m.start(key) if m.group(key) is not None else start
    return start


def rel_sign(word: str | None) -> int:
    if not word:
        return 0
    w = fold(word)
    for k, v in lexicon()["relative_words"].items():
        if fold(k) == w:
            return int(v)
    if w.startswith("dernier") or w.startswith("derniere") or w.startswith("passe"):
        return -1
    if w.startswith("prochain") or w in ("d'apres",) or w.startswith("suivant"):
        return 1
    return 0


def pmod_of(m: Match) -> str | None:
    word = g(m, "pmod") or g(m, "podmod")
    if not word:
        return None
    w = fold(word)
    if w.startswith("debut"):
        return "start"
    if w.startswith("fin"):
        return "end"
    if w in ("mi", "milieu"):
        return "mid"
    return None


def qmod_of(*words: str | None) -> str | None:
    for word in words:
        if word:
            v = lookup("modifiers", word)
            if isinstance(v, str):
                return v
    return None


def year_of(m: Match, anchor: Anchor, s: str = "") -> int | None:
    y = g(m, "year" + s)
    if y:
        return int(y)
    yy = g(m, "yy" + s)
    if yy:
        return two_digit_year(int(yy), anchor.year)
    return None


# ---------------------------------------------------------------- year choice


def choose_year_day(month: int, day: int, anchor: Anchor, sign: int, tense: Tense | None) -> int | None:
    """The year that puts day/month nearest the anchor, in the direction asked."""
    ref = anchor.date or anchor.approx_date
    if ref is None or anchor.year is None:
        return None
    if anchor.month is None and sign == 0:
        return anchor.year
    options = [(y, safe_date(y, month, day)) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    dated = [(y, d) for y, d in options if d is not None]
    if not dated:
        return None
    if sign < 0:
        before = [(y, d) for y, d in dated if d < ref]
        return max(before, key=lambda t: t[1])[0] if before else None
    if sign > 0:
        after = [(y, d) for y, d in dated if d > ref]
        return min(after, key=lambda t: t[1])[0] if after else None
    if tense == "past":
        before = [(y, d) for y, d in dated if d <= ref]
        if before:
            return max(before, key=lambda t: t[1])[0]
    if tense == "future":
        after = [(y, d) for y, d in dated if d >= ref]
        if after:
            return min(after, key=lambda t: t[1])[0]
    return min(dated, key=lambda t: (abs((t[1] - ref).days), t[0] != anchor.year))[0]


def choose_year_month(month: int, anchor: Anchor, sign: int, tense: Tense | None) -> int | None:
    if anchor.year is None:
        return None
    if anchor.month is None:
        return anchor.year
    ref = anchor.year * 12 + anchor.month
    options = [(y, y * 12 + month) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if sign < 0:
        return max((t for t in options if t[1] < ref), key=lambda t: t[1])[0]
    if sign > 0:
        return min((t for t in options if t[1] > ref), key=lambda t: t[1])[0]
    if tense == "past":
        return max((t for t in options if t[1] <= ref), key=lambda t: t[1])[0]
    if tense == "future":
        return min((t for t in options if t[1] >= ref), key=lambda t: t[1])[0]
    return min(options, key=lambda t: (abs(t[1] - ref), t[0] != anchor.year))[0]


def weekday_near(wd: int, ref: dt.date, sign: int, tense: Tense | None) -> dt.date:
    back = (ref.weekday() - wd) % 7
    fwd = (wd - ref.weekday()) % 7
    if sign < 0:
        return ref - dt.timedelta(days=back or 7)
    if sign > 0:
        return ref + dt.timedelta(days=fwd or 7)
    if tense == "past":
        return ref - dt.timedelta(days=back)
    if tense == "future":
        return ref + dt.timedelta(days=fwd)
    return ref - dt.timedelta(days=back) if back <= fwd else ref + dt.timedelta(days=fwd)


# ---------------------------------------------------------------- time of day


def clock_of(m: Match, s: str = "") -> tuple[int, int] | None:
    """(hour, minute) from the CLOCK macro's groups (suffix s), or None."""
    noon = g(m, "noon" + s)
    hour_txt = g(m, "hour" + s) or g(m, "hourw" + s)
    if noon:
        hour = 12 if fold(noon) == "midi" else 0
    elif hour_txt:
        h = number(hour_txt)
        if h is None:
            return None
        hour = int(h)
    else:
        return None
    minute = 0
    if g(m, "minute" + s):
        minute = int(g(m, "minute" + s) or 0)
    minw = g(m, "minw" + s)
    if minw:
        w = " ".join(fold(minw).split())
        fixed = lookup("minute_words", w)
        if isinstance(fixed, int):
            minute = fixed
        else:
            neg = w.startswith("moins")
            n = number(w.removeprefix("moins").removeprefix("et ").strip())
            if n is None:
                return None
            minute = -int(n) if neg else int(n)
    if minute < 0:
        hour, minute = hour - 1, 60 + minute
        if hour < 0:
            hour = 23
    pod = g(m, "clockpod" + s)
    if pod:
        v = lookup("clock_pod", pod)
        if v == "pm" and hour < 12:
            hour += 12
    if hour == 24:
        hour = 0
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return hour, minute


def with_time(day: dt.date | None, hm: tuple[int, int] | None) -> str | None:
    if day is None or hm is None:
        return None
    return f"{day.isoformat()}T{hm[0]:02d}:{hm[1]:02d}"


def pod_code(word: str | None) -> str | None:
    if not word:
        return None
    v = lookup("parts_of_day", word)
    return v if isinstance(v, str) else None


def finish_day(m: Match, day: dt.date | None, mod: str | None = None) -> Resolved:
    """A day, refined by a trailing clock time or part of day (the TAIL macro)."""
    hm = clock_of(m, "t")
    if hm is not None:
        return Resolved("time", with_time(day, hm), qmod_of(g(m, "tprept")) or mod)
    pod = pod_code(g(m, "pod"))
    if pod:
        value = f"{day.isoformat()}T{pod}" if day else None
        return Resolved("time", value, pmod_of(m) if g(m, "podmod") else mod)
    return Resolved("date", iso_day(day) if day else None, mod)


# ---------------------------------------------------------------- resolvers


def r_calendar(m: Match, ctx: Context) -> Resolved | None:
    anchor = ctx.anchor
    day = day_number(g(m, "day"))
    month = month_number(g(m, "month")) or (int(g(m, "nmonth") or 0) or None)
    wd = weekday_number(g(m, "wd"))
    if day is None or not 1 <= day <= 31:
        return None
    year = year_of(m, anchor)
    sign = rel_sign(g(m, "rel"))
    if month is None:  # "mercredi 13": the month near the anchor where the 13th is a Wednesday
        ref = anchor.date
        if ref is None:
            return Resolved("date", None)
        best = None
        for delta in (0, 1, -1, 2, -2):
            y, mo = add_months(ref.year, ref.month, delta)
            d = safe_date(y, mo, day)
            if d and (wd is None or d.weekday() == wd):
                best = d
                break
        return finish_day(m, best)
    if year is None and wd is not None and anchor.year:  # "samedi 5 juin": the year it is a Saturday
        fits = [y for y in (anchor.year, anchor.year + 1, anchor.year - 1)
                if (d := safe_date(y, month, day)) is not None and d.weekday() == wd]
        year = fits[0] if fits else None
    if year is None:
        year = choose_year_day(month, day, anchor, sign, None if sign else ctx.tense(m))
        if year is None:
            if safe_date(2000, month, day) is None:
                return None
            return finish_day(m, None)
    d = safe_date(year, month, day)
    if d is None:
        return None
    return finish_day(m, d, pmod_of(m) if g(m, "pmod") else None)


def r_month(m: Match, ctx: Context) -> Resolved | None:
    month = month_number(g(m, "month"))
    if month is None:
        return None
    year = year_of(m, ctx.anchor)
    mod = pmod_of(m)
    if year is None:
        sign = rel_sign(g(m, "rel"))
        if g(m, "this"):
            year = ctx.anchor.year
        else:
            year = choose_year_month(month, ctx.anchor, sign, None if sign else ctx.tense(m))
    return Resolved("date", f"{year:04d}-{month:02d}" if year else None, mod)


def r_numeric(m: Match, ctx: Context) -> Resolved | None:
    month = int(g(m, "nmonth") or 0)
    day_txt = g(m, "day")
    year = year_of(m, ctx.anchor)
    if not 1 <= month <= 12:
        return None
    if day_txt is None:
        return Resolved("date", f"{year:04d}-{month:02d}" if year else None)
    day = int(day_txt)
    if year is None:
        year = choose_year_day(month, day, ctx.anchor, 0, ctx.tense(m))
        if safe_date(2000, month, day) is None:
            return None
        if year is None:
            return finish_day(m, None)
    d = safe_date(year, month, day)
    if d is None:
        return None
    return finish_day(m, d)


def r_year(m: Match, ctx: Context) -> Resolved | None:
    year = int(g(m, "year") or 0)
    return Resolved("date", f"{year:04d}", pmod_of(m))


def r_decade(m: Match, ctx: Context) -> Resolved | None:
    dec = g(m, "decade") or ""
    if len(dec) == 2:
        dec = ("19" if int(dec) >= 20 or not ctx.anchor.year else "20") + dec
        if ctx.anchor.year and int(dec) > ctx.anchor.year:
            dec = str(int(dec) - 100)
    if len(dec) != 4:
        return None
    return Resolved("date", dec[:3] + "X", pmod_of(m))


def r_century(m: Match, ctx: Context) -> Resolved | None:
    n = roman(g(m, "century") or "")
    if not n or n > 21:
        return None
    return Resolved("date", f"{n - 1:02d}", pmod_of(m))


def r_deictic(m: Match, ctx: Context) -> Resolved | None:
    offset = lookup("day_offsets", g(m, "deictic") or "")
    ref = ctx.anchor.date
    if offset is None or ref is None:
        return finish_day(m, None)
    return finish_day(m, ref + dt.timedelta(days=int(offset)))  # type: ignore[call-overload]


def r_anaphoric(m: Match, ctx: Context) -> Resolved | None:
    if g(m, "of"):
        # 'au lendemain du scrutin', 'à la veille du vote': the day of another event;
        # opening the lead, it is the day the report is told on, the document's
        if ctx.anchor.date is not None and _in_lead_sentence(ctx.text, m.start()):
            return Resolved("date", iso_day(ctx.anchor.date))
        return Resolved("date", None)
    offset = lookup("anaphoric_days", g(m, "anaph") or "")
    base = ctx.last_day() or ctx.anchor.date
    if offset is None or base is None:
        return finish_day(m, None)
    return finish_day(m, base + dt.timedelta(days=int(offset)))  # type: ignore[call-overload]


_HEADER_LINE = regex.compile(r"[ \t]*date\b", regex.IGNORECASE)
_LEAD_MIN = 100  # characters: a shorter paragraph is a headline, a kicker or a byline
# a sentence's end: not the dateline's 'PARIS. -' nor '4 mai 2011. –'
_SENTENCE_END = regex.compile(r"[.!?][ \t»\"”]*[ \t]+(?=[«\"“]?[ \t]*\p{Lu})")


def _in_lead_sentence(text: str, start: int) -> bool:
    """`start` is in the first sentence of the article's lead: its first paragraph of some
    length after the header line and the headline, the dateline before it allowed."""
    at = 0
    for line in text.split("\n"):
        end = at + len(line)
        if line.strip() and not _HEADER_LINE.match(line) and len(line.strip()) >= _LEAD_MIN:
            return at <= start < end and _SENTENCE_END.search(text, at, start) is None
        at = end + 1
        if at > start:
            return False
    return False


def weekday_tense(m: Match, ctx: Context, sign: int) -> Tense | None:
    """The tense placing a weekday with no relative word (sign 0): the verb's, 'ce mardi'
    (a pair: 'ces samedi et dimanche') with none the coming day, 'depuis mardi' a state that
    began on a day already gone, 'jusqu'à lundi' the end of a span still running whatever
    the verb of the decision ('ont voté la grève jusqu'à lundi', 'la garde à vue peut être
    prolongée jusqu'à jeudi': the coming day; a limit gone is written 'lundi dernier')."""
    if sign:
        return None
    this = fold(g(m, "this") or "")
    if this == "depuis":
        return "past"
    if this.startswith("jusqu"):
        return "future"  # the end of a span still running: 'la grève reconduite jusqu'à lundi'
    tense = ctx.tense(m)
    return "future" if tense is None and this in ("ce", "ces") else tense


def r_weekday(m: Match, ctx: Context) -> Resolved | None:
    wd = weekday_number(g(m, "wd"))
    if wd is None:
        return None
    ref = ctx.anchor.date
    if ref is None:
        return finish_day(m, None)
    rel = fold(g(m, "rel") or "")
    extra = 0
    if rel.startswith("en"):
        extra = 14 if ("quinze" in rel or "15" in rel) else 7
        sign = 1
    else:
        sign = rel_sign(rel)
    this = fold(g(m, "this") or "")
    if this == "le" and not sign and not (g(m, "pod") or g(m, "hourt") or g(m, "noont") or g(m, "hourwt")):
        return Resolved("set", f"XXXX-WXX-{wd + 1}")  # "le dimanche": every Sunday
    tense = weekday_tense(m, ctx, sign)
    wk = fold(g(m, "wk") or "")
    if wk:  # "mardi de la semaine prochaine": that weekday in that week
        week_sign = rel_sign(g(m, "wkrel")) if g(m, "wkrel") else 0
        if "apres" in fold(g(m, "wkrel") or ""):
            week_sign = 1
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=week_sign)
        return finish_day(m, monday + dt.timedelta(days=wd))
    day = weekday_near(wd, ref, sign, tense)
    if extra:  # "lundi en huit": that weekday from today on, a week (two) later
        day = ref + dt.timedelta(days=(wd - ref.weekday()) % 7 + extra)
    return finish_day(m, day)


def r_calendar_unit(m: Match, ctx: Context) -> Resolved | None:
    unit = lookup("calendar_units", g(m, "cunit") or "")
    ci = g(m, "ci") or ""
    this = g(m, "this")
    rel = g(m, "rel")
    if ci.endswith("là"):
        # 'cette année-là', 'ce mois-là': the year or month the report last named
        width = _UNIT_WIDTH.get(unit) if isinstance(unit, str) else None
        point = ctx.last_point(m.start(), width) if width else None
        return Resolved("date", point[:width] if point and width else None)
    mod = pmod_of(m)
    if rel:
        sign = rel_sign(rel)
    elif this or ci or mod:
        sign = 0
    else:
        return None
    a = ctx.anchor
    if rel and unit in _UNIT_WIDTH and fold(rel) in folded_set("anaphoric_relative_words"):
        # 'en 2007, ... 3 % de plus que l'année précédente': the year before the one the
        # sentence names, not the document's ('l'année dernière' is the document's)
        point = ctx.last_point(m.start(), _UNIT_WIDTH[unit], same_sentence=True)
        if point is not None:
            a = Anchor.parse(point[:_UNIT_WIDTH[unit]])
    if mod:
        r = r_calendar_unit_value(unit, sign, a)
        return Resolved(r.kind, r.value, mod) if r else None
    return r_calendar_unit_value(unit, sign, a)


# the grain a calendar unit counts from: a year from any named year ('2003', '2003-05'), a
# month from a named month or day ('2016-10')
_UNIT_WIDTH = {"year": 4, "month": 7}


def r_calendar_unit_value(unit: object, sign: int, a: Anchor) -> Resolved | None:
    if unit == "year":
        return Resolved("date", f"{a.year + sign:04d}" if a.year else None)
    if unit == "month":
        if a.year and a.month:
            y, mo = add_months(a.year, a.month, sign)
            return Resolved("date", f"{y:04d}-{mo:02d}")
        return Resolved("date", None)
    if unit in ("week", "weekend"):
        if a.date is None:
            return Resolved("date", None)
        value = iso_week(a.date + dt.timedelta(weeks=sign))
        return Resolved("date", value + ("-WE" if unit == "weekend" else ""))
    if unit in ("quarter", "half"):
        if not (a.year and a.month):
            return Resolved("date", None)
        size = 3 if unit == "quarter" else 6
        y, mo = add_months(a.year, a.month, sign * size)
        label = "Q" if unit == "quarter" else "H"
        return Resolved("date", f"{y:04d}-{label}{(mo - 1) // size + 1}")
    return None


_POD_HOUR = {"MO": 9, "AF": 15, "EV": 20, "NI": 23, "DT": 12}  # a typical hour of each part
# the parts of the day a night cannot hold: after 'la nuit de dimanche à lundi' they are of
# its second day (the evening may be the first's, told after: 'le vent a tourné dans la soirée')
_DAYTIME = frozenset({"MO", "AF", "DT"})


def _in_quotation(text: str, start: int) -> bool:
    """Whether `start` is inside a quotation opened earlier in its paragraph."""
    seg = text[text.rfind("\n", 0, start) + 1:start]
    return seg.count("«") + seg.count("“") > seg.count("»") + seg.count("”")


def r_part_of_day(m: Match, ctx: Context) -> Resolved | None:
    """'cette nuit', 'ce soir' are the document's day; 'dans la soirée', 'en fin de
    matinée' the report's day (`Context.report_day`: the day last named in the report's
    week on the verb's side, not a background date in an apposition, 'en grève depuis le
    15 octobre', nor a plan; else the day last named; after a named night, a morning or an
    afternoon is of its second day); 'la nuit dernière' the day before.
    'ce soir-là', 'cette nuit-là' point back to the day the report last named, however far
    back (as 'ce jour-là'). A quoted 'ce soir' told in the past ('« Ce soir, nous avons
    gagné »') is the speaker's evening: the report's narrative day, not the day it is read.
    (The extraction then dates 'dans la nuit' of the day before the document's by the
    document's day: finder._night_ending_on_anchor.)"""
    code = lookup("parts_of_day", g(m, "pod") or "")
    hour = _POD_HOUR.get(code, 12) if isinstance(code, str) else 12
    if g(m, "there"):
        ref = ctx.clock_day(hour)
    elif g(m, "this") and _in_quotation(ctx.text, m.start()) and ctx.tense(m) == "past":
        ref = ctx.narrative_day(hour, "past")
    elif g(m, "this") or g(m, "rel"):
        ref = ctx.anchor.date
    else:
        ref = ctx.report_day(hour, ctx.tense(m), code in _DAYTIME, ctx.sentence_day(m.start()) is not None)
    sign = -1 if g(m, "rel") else 0
    if fold(g(m, "pod") or "") == "journee" and g(m, "this"):
        return None
    day = ref + dt.timedelta(days=sign) if ref else None
    return Resolved("date", iso_day(day) if day else None, pmod_of(m))


def r_bare_part_of_day(m: Match, ctx: Context) -> Resolved | None:
    """'dès le matin', 'toute la nuit', 'l'après-midi s'est achevé': the part of the day the
    report tells, on the narrative day (`Context.narrative_day`: the day last named in the
    report's week, else the document's; a morning after a named night is its second day).
    'le soir même' is the evening of the day just named, however far back. The value is
    the day and its TimeML part ('2019-03-11TMO'), as for 'samedi après-midi'."""
    code = lookup("parts_of_day", g(m, "pod") or "")
    if not isinstance(code, str):
        return None
    hour = _POD_HOUR.get(code, 12)
    day = ctx.clock_day(hour) if g(m, "same") else ctx.narrative_day(hour, ctx.tense(m), code in _DAYTIME)
    return Resolved("time", f"{iso_day(day)}T{code}" if day else None)


def _shift(ref: Anchor | dt.date | None, n: float, code: str, sign: int) -> tuple[str, str | None]:
    """(kind, value) of a point n units away from ref, at the unit's grain."""
    k = int(n)
    if k != n:
        return "date", None
    mult = 1
    while code and code[0].isdigit():
        mult, code = int(code.rstrip("YMWDHINS") or 1), code.lstrip("0123456789")
    k *= mult
    if isinstance(ref, dt.date):
        year, month, day = ref.year, ref.month, ref
    elif ref is not None and ref.year is not None:
        year, month, day = ref.year, ref.month, ref.date
    else:
        return ("time" if code in ("H", "MIN", "S") else "date"), None
    if code == "Y":
        return "date", f"{year + sign * k:04d}"
    if code == "M":
        if month is None:
            return "date", None
        y, mo = add_months(year, month, sign * k)
        return "date", f"{y:04d}-{mo:02d}"
    if code in ("W", "D"):
        if day is None:
            return "date", None
        days = k * (7 if code == "W" else 1)
        return "date", iso_day(day + dt.timedelta(days=sign * days))
    return "time", None


def r_ago(m: Match, ctx: Context) -> Resolved | None:
    direction = fold(g(m, "dir") or "")
    code = lookup("units", g(m, "unit") or "")
    if not isinstance(code, str):
        return None
    n = None if g(m, "vague") else number(g(m, "num"))
    if g(m, "half") and n is not None:
        n += 0.5
    mod = qmod_of(g(m, "qmod"))
    if direction.startswith("d'ici"):
        return Resolved("duration", iso_duration(n, code) if n is not None else None, mod)
    if n is None:
        return Resolved("time" if code in ("H", "MIN", "S") else "date", None, mod)
    sign = 1 if direction == "dans" else -1
    kind, value = _shift(ctx.anchor, n, code, sign)
    return Resolved(kind, value, mod)


def r_shifted(m: Match, ctx: Context) -> Resolved | None:
    code = lookup("units", g(m, "unit") or "")
    if not isinstance(code, str):
        return None
    n = None if g(m, "vague") else number(g(m, "num"))
    direction = fold(g(m, "dir") or "")
    if "plus" not in direction:  # "huit mois avant": how long before, a duration
        return Resolved("duration", iso_duration(n, code), qmod_of(g(m, "qmod")))
    mod = qmod_of(g(m, "qmod"))
    if code in ("H", "MIN", "S") and n is not None:
        # 'dix minutes plus tard', 'trois heures plus tard': the gap between two
        # moments of the story, whose first has no clock time written: a length of time
        return Resolved("duration", iso_duration(n, code), mod)
    sign = 1 if "tard" in direction else -1
    base: Anchor | dt.date | None = ctx.last_day()
    point = ctx.last_point(m.start(), 4)
    if point is not None and len(point) < 10 and (code == "Y" or len(point) == 7):
        # counted from the year or the month named last, not from an older day: 'En 1971,
        # ... Trente ans plus tard' is 2001; 'en mars, contre 54 % un an plus tôt' a month
        base = Anchor.parse(point)
    if n is None or base is None:
        return Resolved("time" if code in ("H", "MIN", "S") else "date", None, mod)
    if isinstance(base, Anchor) and base.month and code == "Y" and n == int(n):
        return Resolved("date", f"{base.year + sign * int(n):04d}-{base.month:02d}", mod)
    kind, value = _shift(base, n, code, sign)
    return Resolved(kind, value, mod)


def r_duration(m: Match, ctx: Context) -> Resolved | None:
    code = lookup("units", g(m, "unit") or "")
    if not isinstance(code, str):
        return None
    num = g(m, "num")
    n = number(num) if num else None
    if num and n is None:
        return None
    if n is None:
        n = 1.0 if g(m, "rel") else None
    if n is not None and g(m, "half"):
        n += 0.5
    mod = qmod_of(g(m, "qmod"), g(m, "qmod2"), g(m, "prep"))
    return Resolved("duration", iso_duration(n, code), mod)


def r_ordinal_period(m: Match, ctx: Context) -> Resolved | None:
    det = fold(g(m, "det") or "")
    ordinal = fold(g(m, "ord") or "")
    unit = lookup("units", g(m, "unit") or "")
    if not isinstance(unit, str):
        return None
    if ordinal[:1].isdigit() or det in ("au", "le", "du"):
        return Resolved("date", None)
    return Resolved("duration", iso_duration(1, unit))


def r_fixed(m: Match, ctx: Context) -> Resolved | None:
    phrase = g(m, "fixed") or ""
    value = lookup("fixed_durations", phrase)
    approx = {fold(p) for p in lexicon()["approx_durations"]}
    mod = qmod_of(g(m, "qmod")) or ("approx" if fold(" ".join(phrase.split())) in approx else None)
    if not isinstance(value, str):
        return None
    if fold(g(m, "prep") or "").startswith("il"):
        body = value.removeprefix("P")
        unit = body[-1]
        n = number(body[:-1])
        if n is None or body.startswith("T"):
            return Resolved("date", None, mod)
        return Resolved(*_shift(ctx.anchor, n, unit, -1), mod=mod)
    return Resolved("duration", value, mod)


def r_within_period(m: Match, ctx: Context) -> Resolved | None:
    code = lookup("units", g(m, "unit") or "")
    return Resolved("duration", iso_duration(1, code)) if isinstance(code, str) else None


def r_clock(m: Match, ctx: Context) -> Resolved | None:
    hm = clock_of(m)
    if hm is None:
        return None
    if g(m, "tpod") and pod_code(g(m, "tpod")) in ("AF", "EV") and hm[0] < 12:
        hm = (hm[0] + 12, hm[1])  # "trois heures demain après-midi", "8 heures ce soir"
    mod = qmod_of(g(m, "tprep"))
    tday = g(m, "tday") or (g(m, "tpod") if g(m, "tthis") else None)
    day: dt.date | None
    if tday and g(m, "tthis"):
        day = ctx.anchor.date
    elif tday:
        offset = lookup("day_offsets", tday)
        wd = weekday_number(tday)
        ref = ctx.anchor.date
        if ref is None:
            day = None
        elif isinstance(offset, int):
            day = ref + dt.timedelta(days=offset)
        elif wd is not None:
            day = weekday_near(wd, ref, 0, ctx.tense(m))
        else:
            day = None
    else:
        day = ctx.hour_day(hm[0], ctx.tense(m))
    return Resolved("time", with_time(day, hm), mod)


def r_holiday(m: Match, ctx: Context) -> Resolved | None:
    md = lookup("holidays", g(m, "holiday") or "")
    if not isinstance(md, str):
        return None
    month, day = (int(x) for x in md.split("-"))
    year = year_of(m, ctx.anchor)
    if year is None:
        year = choose_year_day(month, day, ctx.anchor, 0, ctx.tense(m))
    return Resolved("date", iso_day(dt.date(year, month, day)) if year else None)


def r_season(m: Match, ctx: Context) -> Resolved | None:
    code = lookup("seasons", g(m, "season") or "")
    if not isinstance(code, str):
        return None
    year = year_of(m, ctx.anchor)
    if year is None and ctx.anchor.year:
        sign = rel_sign(g(m, "rel"))
        year = ctx.anchor.year + sign
        months = SEASON_MONTHS.get(code)
        if months and ctx.anchor.month and not g(m, "this"):
            lead = None if sign else leading_tense(ctx.text, m.start())
            verb = None if sign or lead else ctx.tense(m)
            year = choose_year_season(months, ctx.anchor.year, ctx.anchor.month, sign, lead, verb)
    return Resolved("date", f"{year:04d}-{code}" if year else None, pmod_of(m))


SCHOOL_START_MONTH = 9  # 'la rentrée' with no month named: September


def r_school_start(m: Match, ctx: Context) -> Resolved | None:
    """'la rentrée': the month the school year starts (September unless named: 'la rentrée
    d'août'), its year written, or that of the document's school year: before September the
    coming one (a plan told in June, 'il a été muté à la rentrée', is for it) unless 'depuis'
    points back; from September on the one begun, unless a future verb points to the next
    ('la réforme s'appliquera à la rentrée' in November); 'prochaine'/'dernière' as a month's."""
    month = month_number(g(m, "month")) if g(m, "month") else SCHOOL_START_MONTH
    if month is None:
        return None
    year = year_of(m, ctx.anchor)
    a = ctx.anchor
    if year is None and a.year is not None:
        sign = rel_sign(g(m, "rel"))
        if sign or a.month is None:
            year = choose_year_month(month, a, sign, None)
        elif a.month < month:
            year = a.year - 1 if leading_tense(ctx.text, m.start()) == "past" else a.year
        elif a.month > month and ctx.tense(m) == "future":
            year = a.year + 1
        else:
            year = a.year
    return Resolved("date", f"{year:04d}-{month:02d}" if year else None)


# the months a season spans (first, last); winter straddles two years and keeps the anchor's
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}


def choose_year_season(months: tuple[int, int], year: int, month: int, sign: int,
                       lead: Tense | None, verb: Tense | None) -> int:
    """A year-less season: 'l'été dernier' the last one over before the document's month,
    'le printemps prochain' the next one not begun, 'depuis l'automne' the last one begun,
    'd'ici l'automne' the next one not over; with no such word, the document's year, or the
    next one when that year's season is over and a future verb tells of it ("le véhicule
    sera livré au printemps" in December). A reporting verb's past says little of a season
    to come ("le maire a promis un plan avant l'été" in March), so past never moves it back."""
    first, last = months
    ref = year * 12 + month
    options = [(y, y * 12 + first, y * 12 + last) for y in (year - 1, year, year + 1)]
    if sign < 0:
        return max((t for t in options if t[2] < ref), key=lambda t: t[2])[0]
    if sign > 0:
        return min((t for t in options if t[1] > ref), key=lambda t: t[1])[0]
    if lead == "past":
        return max((t for t in options if t[1] <= ref), key=lambda t: t[1])[0]
    if lead == "future" or (last < month and verb == "future"):
        return min((t for t in options if t[2] >= ref), key=lambda t: t[2])[0]
    return year


def r_set(m: Match, ctx: Context) -> Resolved | None:
    wd = weekday_number(g(m, "wd"))
    if wd is not None:
        return Resolved("set", f"XXXX-WXX-{wd + 1}")
    value = lookup("sets", g(m, "set") or "")
    return Resolved("set", value if isinstance(value, str) else None)


def r_vague(m: Match, ctx: Context) -> Resolved | None:
    if fold(g(m, "vaguedate") or "") in folded_set("day_anaphors"):
        # 'ce jour-là': the day the report last named, however far back ('le 14 août
        # 1997, ... ce jour-là'), as 'ce soir-là'; with none named it stays unresolved
        day = ctx.last_day()
        return Resolved("vague", iso_day(day) if day else None)
    return Resolved("vague", None)  # kind replaced by the rule's kind


def r_present(m: Match, ctx: Context) -> Resolved | None:
    a = ctx.anchor
    if a.date:
        return Resolved("date", iso_day(a.date))
    return Resolved("date", None)


def r_night_between(m: Match, ctx: Context) -> Resolved | None:
    """'la nuit de lundi à mardi': the night that starts on the first day."""
    wd, wd2 = weekday_number(g(m, "wd")), weekday_number(g(m, "wd2"))
    ref = ctx.anchor.date
    if wd is None or wd2 is None or (wd + 1) % 7 != wd2:
        return None
    if ref is None:
        return Resolved("time", None)
    day = weekday_near(wd2, ref, 0, ctx.tense(m)) - dt.timedelta(days=1)
    return Resolved("time", f"{day.isoformat()}TNI")


def r_weekday_pair(m: Match, ctx: Context) -> Resolved | None:
    """'jeudi et vendredi': the span from the first day to the next, the first placed like a
    lone weekday (tense, 'depuis', 'derniers'/'prochains')."""
    wd = weekday_number(g(m, "wd"))
    ref = ctx.anchor.date
    if wd is None:
        return None
    if ref is None:
        return Resolved("range", None)
    sign = rel_sign(g(m, "rel"))
    day = weekday_near(wd, ref, sign, weekday_tense(m, ctx, sign))
    return Resolved("range", _range(day, day + dt.timedelta(days=1)))


def _range(a: dt.date | None, b: dt.date | None) -> str | None:
    if a is None or b is None or b < a:
        return None
    return f"{a.isoformat()}/{b.isoformat()}"


def r_range_days(m: Match, ctx: Context) -> Resolved | None:
    d1, d2 = day_number(g(m, "day1")), day_number(g(m, "day2"))
    m2 = month_number(g(m, "month2"))
    m1 = month_number(g(m, "month1")) or m2
    if not (d1 and d2 and m1 and m2):
        return None
    y2 = year_of(m, ctx.anchor, "2")
    y1 = year_of(m, ctx.anchor, "1")
    if y2 is None:
        y2 = choose_year_day(m2, d2, ctx.anchor, rel_sign(g(m, "rel")), ctx.tense(m))
    if y1 is None and y2 is not None:
        y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
    if safe_date(2000, m1, d1) is None or safe_date(2000, m2, d2) is None:
        return None
    if y1 is None or y2 is None:
        return Resolved("range", None)
    value = _range(safe_date(y1, m1, d1), safe_date(y2, m2, d2))
    return Resolved("range", value) if value else None


def r_range_years(m: Match, ctx: Context) -> Resolved | None:
    y1, y2 = int(g(m, "year1") or 0), int(g(m, "year2") or 0)
    if not y1 < y2 or y2 - y1 > 200:
        return None
    return Resolved("range", f"{y1:04d}/{y2:04d}")


def r_range_months(m: Match, ctx: Context) -> Resolved | None:
    m1, m2 = month_number(g(m, "month1")), month_number(g(m, "month2"))
    if not (m1 and m2):
        return None
    y2 = year_of(m, ctx.anchor, "2") or year_of(m, ctx.anchor, "1")
    if y2 is None:
        y2 = choose_year_month(m2, ctx.anchor, 0, ctx.tense(m))
    y1 = year_of(m, ctx.anchor, "1") or (None if y2 is None else (y2 if m1 <= m2 else y2 - 1))
    if y1 is None or y2 is None:
        return Resolved("range", None)
    return Resolved("range", f"{y1:04d}-{m1:02d}/{y2:04d}-{m2:02d}")


def r_range_times(m: Match, ctx: Context) -> Resolved | None:
    a, b = clock_of(m, "1"), clock_of(m, "2")
    if a is None or b is None:
        return None
    day = ctx.sentence_day(m.start()) or ctx.anchor.date
    if day is None:
        return Resolved("range", None)
    return Resolved("range", f"{with_time(day, a)}/{with_time(day, b)}")


RESOLVERS: dict[str, Callable[[Match, Context], Resolved | None]] = {
    "calendar": r_calendar,
    "month": r_month,
    "numeric": r_numeric,
    "year": r_year,
    "decade": r_decade,
    "century": r_century,
    "deictic": r_deictic,
    "anaphoric": r_anaphoric,
    "weekday": r_weekday,
    "calendar_unit": r_calendar_unit,
    "part_of_day": r_part_of_day,
    "bare_part_of_day": r_bare_part_of_day,
    "ago": r_ago,
    "shifted": r_shifted,
    "duration": r_duration,
    "ordinal_period": r_ordinal_period,
    "fixed": r_fixed,
    "within_period": r_within_period,
    "clock": r_clock,
    "holiday": r_holiday,
    "season": r_season,
    "school_start": r_school_start,
    "set": r_set,
    "vague": r_vague,
    "present": r_present,
    "night_between": r_night_between,
    "weekday_pair": r_weekday_pair,
    "range_days": r_range_days,
    "range_years": r_range_years,
    "range_months": r_range_months,
    "range_times": r_range_times,
}
