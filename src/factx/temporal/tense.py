"""Which way a year-less date leans: the tense of the verb nearest to it in its sentence
(cues in models/dates/tense.json). Past -> the latest such date not after the anchor,
future -> the earliest not before it, unknown -> the nearest."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Literal

import regex

from factx.resources import load_json
from factx.temporal.grammar import fold_accents
from factx.temporal.values import fold, unelided

Tense = Literal["past", "future"]
# a reading of the date's own verb from the parse (factx.components.date_tense): (start, end) -> tense
TenseHint = Callable[[int, int], Tense | None]
_SENT_END = regex.compile(r"[.!?\n]\s|[\n]")
_FLAGS = regex.IGNORECASE | regex.VERSION0
_REACH = 60  # characters: a verb further away says little about this expression
_COMPLEMENT = regex.compile(r"(?:du|au|aux|de|des|d'|d’)(?![\w])", regex.IGNORECASE)
_WORD = regex.compile(r"[\w'’-]+")
_TO = regex.compile(r"(?:au|à)[ \t]", regex.IGNORECASE)


@cache
def _cues() -> tuple[regex.Pattern[str], regex.Pattern[str], frozenset[str]]:
    data = load_json("dates/tense.json")

    def alt(items: list[str]) -> regex.Pattern[str]:
        body = "|".join(f"(?:{fold_accents(p)})" for p in items)
        return regex.compile(rf"(?<![\w])(?:{body})(?![\w])", _FLAGS)

    return alt(data["past"]), alt(data["future"]), frozenset(data["not_future"])


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _SENT_END.finditer(text, 0, start)), default=0)
    m = _SENT_END.search(text, end)
    return left, (m.start() + 1 if m else len(text))


@cache
def _participle_data() -> tuple[regex.Pattern[str], frozenset[str], frozenset[str], frozenset[str],
                               frozenset[str]]:
    data = load_json("dates/tense.json")["bare_participle"]
    endings = "|".join(sorted(data["endings"], key=len, reverse=True))
    # the word right before the expression (an optional "le"/"en" between), and the word before it
    word = regex.compile(
        rf"(?:(?P<prev>[\w'’-]+)[ \t]+)?(?<![\w'’-])(?P<word>\w{{2,}}(?:{endings}))"
        r"[ \t]+(?:(?:le|en)[ \t]+)?$",
        regex.VERSION0)
    return (word, frozenset(data["prospective"]), frozenset(data["before_noun"]),
            frozenset(data["not_participle"]), frozenset(data["auxiliaries"]))


def participle_before(text: str, start: int) -> Tense | None:
    """A past participle with no auxiliary right before the expression: 'réunie mardi',
    'le scrutin organisé dimanche' -> past; a participle of plans ('prévu samedi') ->
    future. None for a noun (after a determiner or a preposition), a name, or a listed word."""
    pattern, prospective, before_noun, not_participle, auxiliaries = _participle_data()
    if _COMPLEMENT.match(text[start:start + 4]):
        return None  # "la soirée du 3 avril": a complement of the noun before it
    m = pattern.search(text, max(0, start - 60), start)
    if m is None:
        return None
    word = m.group("word")
    low = word.lower()
    if low in not_participle:
        return None
    prev = (m.group("prev") or "").lower()
    if prev in before_noun or prev.endswith(("'", "’")):
        return None
    if word[:1].isupper() and m.group("prev"):
        return None  # a capital inside a sentence: a name ("à Paris dimanche")
    before = _WORD.findall(text[max(0, m.start("word") - 40):m.start("word")])[-3:]
    if any(w.lower() in auxiliaries for w in before):
        return None  # "seront bénis samedi": a verb with its auxiliary, the cues decide
    return "future" if low in prospective else "past"


def _alt(items: list[str]) -> str:
    """A regex alternation of the words, the longest first."""
    return "|".join(regex.escape(w) for w in sorted(items, key=len, reverse=True))


@cache
def _leading() -> regex.Pattern[str]:
    data = load_json("dates/tense.json")["leading"]
    sep = r"(?:[ \t]+|(?<=['’])|(?<=mi)-)"
    return regex.compile(
        rf"(?<![\w'’])(?:(?P<future>{_alt(data['future'])})|(?P<past>{_alt(data['past'])}))"
        rf"(?:{sep}(?:{_alt(data['between'])}))*{sep}$", _FLAGS)


@cache
def _deferral() -> regex.Pattern[str]:
    data = load_json("dates/tense.json")
    stems = _alt(data["deferral"]["stems"])
    between = _alt(data["leading"]["between"])
    nots = "|".join(regex.escape(w) for w in data["deferral"]["not_words"])
    gap = int(data["deferral"]["gap"])
    return regex.compile(
        rf"(?<![\w'’])(?!(?:{nots})(?![\w]))(?:{stems})[\w]*(?:[ \t]+[\w'’-]+){{0,{gap}}}?"
        rf"(?P<to>[ \t]+(?:au|à)(?:[ \t]+(?:{between}))*)?[ \t]+$", _FLAGS)


@cache
def _call() -> tuple[regex.Pattern[str], tuple[str, ...]]:
    data = load_json("dates/tense.json")["call"]
    stems = _alt(data["stems"])
    nots = "|".join(regex.escape(w) for w in data["not_words"])
    before = "|".join(r"[ \t]+".join(map(regex.escape, w.split()))
                      for w in sorted(data["before"], key=len, reverse=True))
    gap = int(data["gap"])
    return regex.compile(
        rf"(?<![\w'’])(?!(?:{nots})(?![\w]))(?:{stems})[\w]*(?:[ \t]+[\w'’-]+){{0,3}}?[ \t]+(?:à|au|aux)"
        rf"(?P<action>(?:[ \t]+[\w'’-]+){{1,{gap}}}?)(?:[ \t]+(?:{before}))?[ \t]+$", _FLAGS), \
        tuple(fold(w.lower()) for w in data["actions"])


def call_tense(text: str, start: int) -> Tense | None:
    """'la CGT appelle à la grève dès lundi', 'a appelé à un rassemblement le 2 octobre':
    the date of an action people are called to is still ahead (models/dates/tense.json "call")."""
    pattern, actions = _call()
    m = pattern.search(text, max(0, start - 90), start)
    if m is None:
        return None
    words = (unelided(fold(w.lower())) for w in m.group("action").split())
    return "future" if any(w.startswith(actions) for w in words) else None


def leading_tense(text: str, start: int) -> Tense | None:
    """'d'ici (à) juin' -> future, 'depuis mai' -> past: a preposition right before the
    expression (models/dates/tense.json "leading") fixes its side of the document date;
    so does a verb of putting off before 'au'/'à' ('mis en délibéré au 4 mai', 'renvoyé
    à jeudi': the new date is ahead; tense.json "deferral")."""
    m = _leading().search(text, max(0, start - 40), start)
    if m is not None:
        return "future" if m.group("future") else "past"
    d = _deferral().search(text, max(0, start - 60), start)
    if d is not None and (d.group("to") or _TO.match(text, start, start + 3)):
        return "future"  # the expression may hold its own 'au': 'au 4 mai'
    return None


_CONDITIONAL = regex.compile(r"(\w+?)(?:aient|ait)")
_NEXT = regex.compile(r"[ \t]+(?:(?:pas|plus|jamais|déjà|bien|été)[ \t]+)?(\w+)")


@cache
def _conditional_words() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...], tuple[str, ...],
                                 tuple[str, ...], frozenset[str]]:
    data = load_json("dates/tense.json")
    stems = data["governor"]["future_stems"]
    cond = data["conditional"]
    return (frozenset(s for s in stems if len(s) <= 3), tuple(s for s in stems if len(s) > 3),
            tuple(cond["stem_endings"]), tuple(cond["not_stem_endings"]), tuple(cond["participle_endings"]),
            frozenset(cond["not_participles"]))


def conditional_tense(word: str, text: str, end: int) -> Tense | Literal["imperfect"] | None:
    """The tense a word in -ait/-aient tells: 'imperfect' (the past cue it was read as)
    unless it is a conditional ('devraient', 'allongerait', 'prendrait': future); a
    conditional auxiliary before a participle is a hedged past ('aurait tué': past;
    'serait arrivé' / 'serait fermé': no cue). Words in models/dates/tense.json "conditional"."""
    m = _CONDITIONAL.fullmatch(word.lower())
    if m is None:
        return "imperfect"
    short, long_stems, endings, not_endings, participle, not_participles = _conditional_words()
    stem = m.group(1)
    if not (stem in short or stem.endswith(long_stems)
            or (stem.endswith(endings) and not stem.endswith(not_endings) and len(stem) > 3)):
        return "imperfect"
    nxt = _NEXT.match(text, end)
    after = nxt.group(1).lower() if nxt else ""
    if stem in ("aur", "ser") and after.endswith(participle) and after not in not_participles:
        return "past" if stem == "aur" else None
    return "future"


@cache
def _simple_past_words() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    data = load_json("dates/tense.json")["simple_past"]
    return tuple(data["endings"]), tuple(data["future_endings"]), frozenset(data["futures"])


def simple_past(word: str) -> bool:
    """'déplora', 'déclara', 'assura', 'montra': the simple past of a verb in -rer, which
    the future cue's '-ra' also matches; not 'aura', 'mettra', 'paraîtra' (futures:
    models/dates/tense.json "simple_past")."""
    low = word.lower()
    endings, future_endings, futures = _simple_past_words()
    return low.endswith(endings) and low not in futures and not low.endswith(future_endings)


def tense_near(text: str, start: int, end: int, hint: TenseHint | None = None) -> Tense | None:
    """'past' or 'future' from the nearest verb cue in the sentence, else None. A leading
    'd'ici'/'depuis', then a bare participle right before the expression, then a call to an
    action ('appelle à la grève lundi'), then the tense of
    the date's own verb read on the parse (`hint`, when the caller has one) come first."""
    if (lead := leading_tense(text, start)) is not None:
        return lead
    if (bare := participle_before(text, start)) is not None:
        return bare
    if (call := call_tense(text, start)) is not None:
        return call
    if hint is not None and (parsed := hint(start, end)) is not None:
        return parsed
    past, future, not_future = _cues()
    left, right = sentence_bounds(text, start, end)
    best: tuple[int, Tense] | None = None
    cues: tuple[tuple[regex.Pattern[str], Tense], ...] = ((future, "future"), (past, "past"))
    for pattern, label in cues:
        for m in pattern.finditer(text, left, right):
            if m.start() < end and m.end() > start:
                continue
            if label == "future" and m.group(0).lower() in not_future:
                continue
            if m.group(0)[:1].isupper() and label == "future" and m.start() != left:
                continue  # a capitalized word inside a sentence is a name, not a verb
            dist = start - m.end() if m.end() <= start else m.start() - end
            if dist > _REACH:
                continue
            cue: Tense | None = label
            if label == "past" and _WORD.fullmatch(m.group(0)):
                # a one-word past cue: a conditional in -ait/-aient points ahead ('devraient')
                reading = conditional_tense(m.group(0), text, m.end())
                cue = "past" if reading == "imperfect" else reading
            elif label == "future" and _WORD.fullmatch(m.group(0)) and simple_past(m.group(0)):
                cue = "past"  # 'déclara': a simple past in -ra, no future
            if cue is None:
                continue  # 'serait fermé': no cue either way
            if best is None or dist < best[0]:
                best = (dist, cue)
    return best[1] if best else None
