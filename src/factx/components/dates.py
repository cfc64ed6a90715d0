"""Date layer (issue 3): every temporal expression, resolved against the document date.

A thin spaCy component over `factx.temporal.find_dates` (a pure function of the text and
the reference date): each expression becomes a `Candidate(label="date", source="dates")`
with attrs `kind`, `value` and, when the text qualifies it, `mod`. The reference date is
the one `factx_docdate` set (dateline, header or --ref-date); without one, relative
expressions keep their text and get `value: None` (today's date is never used).
A day followed by its hour ('dimanche vers 6 heures', 'hier, à 9 h 15') gives two
candidates, the day (a date) and the hour (a time of that day): news writers list the
day an event happened and its hour as two facts (the dev golds split 14 of 18 such
phrases), while the date layer alone keeps TimeML's single expression.
A reference to the present ('désormais', 'maintenant', 'actuellement': grammar rule
`present_ref`) is no candidate: French TimeBank tags it, but it dates no fact of the story
and no news gold lists it (2 golds of 64 such words on the working dev texts, of every set);
the date layer alone keeps it. Nor is the rank of a period in a series ('pour la troisième
année consécutive', 'lors de la quatrième journée' of a league: rule `ordinal_period` read as
a length of one unit): it measures no time of the story, and no news gold lists it; the
first or the last one ('au cours de la dernière année') stays a span, as the seed's gold has it.
Nor is 'demain' complementing a noun other than a day or an event ('l'école de demain', 'les
ingénieurs de demain'): it names the future, no day ('la réunion de demain', 'à partir de
demain' stay: lexicon deictic_dated_heads; "d'hier" stays a day: 'la soirée d'hier').
Nor is 'une journée' named by its complement ('une journée d'action', 'une journée de
mobilisation'): a day of some cause, an event, no length of time; a complement of a time spent
('une journée de travail', 'de grève', 'de débats': lexicon duration_complements) keeps it.
Nor are the first or last minutes or seconds with no number ('dans les dernières minutes', 'en
toutes dernières secondes'): the end or start of a game or a race, told on its own clock, no
length of time ('ces dernières minutes', 'les trois dernières minutes' stay).
Nor is a vague adverb that qualifies a participle used as an adjective ('une grange récemment
restaurée', 'le club, récemment promu,'): it describes a thing, it dates no fact of the story;
after an auxiliary ('ont été récemment arrêtés') it dates the verb's fact and stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex
from spacy.language import Language
from spacy.tokens import Doc

from factx.components import base
from factx.temporal.values import fold, folded_set
from factx.types import Candidate

if TYPE_CHECKING:
    from factx.temporal.finder import TimeExpr
    from factx.temporal.tense import TenseHint


_NO_FACT_RULES = frozenset({"present_ref"})  # TimeML's PRESENT_REF: no date of a fact


_EDGE_ORDINALS = ("premi", "derni")  # 'la dernière année', 'la première semaine': a span


def _is_fact(e: TimeExpr) -> bool:
    """No present reference, no rank of a period in a series ('la deuxième journée'); the
    first or last period ('au cours de la dernière année') is a span of time and stays."""
    if e.rule in _NO_FACT_RULES:
        return False
    if e.rule == "ordinal_period" and e.kind == "duration":
        return any(w.lower().startswith(_EDGE_ORDINALS) for w in e.text.split())
    return True


# only 'demain': "d'hier" in news names the events of yesterday ('la soirée d'hier', 'celles
# d'hier', 'les crues d'hier') far more often than the past
_DEICTIC_WORDS = frozenset({"demain"})
# the word before 'de demain' / "d'hier": 'l'école de demain' -> 'ecole'
_DE_BEFORE = regex.compile(r"([\w-]+)[ \t]+(?:de[ \t]+|d['’])$")


def _generic_deictic(e: TimeExpr, text: str) -> bool:
    """'les métiers de demain', 'la ville de demain': 'demain' is the complement of a noun
    that names no day nor event held on one; it speaks of the future ('le match de demain'
    is a day)."""
    if e.rule != "deictic" or fold(e.text) not in _DEICTIC_WORDS:
        return False
    m = _DE_BEFORE.search(text, max(0, e.start - 40), e.start)
    return bool(m) and fold(m.group(1)) not in folded_set("deictic_dated_heads")


_DAY_OF = regex.compile(r"[ \t]+(?:de[ \t]+|d['’])([\w-]+)")


def _day_of_cause(e: TimeExpr, text: str) -> bool:
    """'une journée d'action', 'une journée de mobilisation': the day an event is held on,
    named by its cause, no length of time ('une journée de travail' is one)."""
    if e.kind != "duration" or not fold(e.text).endswith("une journee"):
        return False
    m = _DAY_OF.match(text, e.end, e.end + 40)
    return bool(m) and fold(m.group(1)) not in folded_set("duration_complements")


_GAME_EDGE = regex.compile(r"(?:(?:dans[ \t]+)?les[ \t]+)?(?:dernieres|premieres)[ \t]+(?:minutes|secondes)")


def _edge_of_game(e: TimeExpr) -> bool:
    """'dans les dernières minutes', 'premières secondes': the edge of a match, no length."""
    return e.rule == "last_n" and _GAME_EDGE.fullmatch(fold(e.text)) is not None


_VAGUE_ADVERBS = frozenset({"recemment", "dernierement", "naguere", "autrefois", "jadis"})
_NEXT_WORD = regex.compile(r"[ \t]+([\w-]{3,})")
_PARTICIPLE = regex.compile(r"\w+(?:ée?s?|ie?s?|ue?s?|ite?s?|ise?s?|erte?s?)")
_WORDS_BEFORE = regex.compile(r"[\w'’-]+")
# the auxiliaries, and the adverbs that may stand between one and the adverb ('a tout récemment')
_AUXILIARIES = frozenset(["a", "as", "ai", "avons", "avez", "ont", "avait", "avais", "avaient",
                          "avions", "aviez", "aura", "auront", "aurait", "auraient", "eu", "est",
                          "es", "suis", "sommes", "etes", "sont", "etait", "etais", "etaient", "sera",
                          "seront", "serait", "seraient", "ete", "fut", "furent", "etre", "avoir",
                          "ayant", "etant", "soit", "soient", "ait", "aient"])
_BETWEEN = frozenset(["tout", "tres", "plus", "si", "deja", "encore", "bien", "assez", "pas",
                      "jamais", "ne", "n'", "aussi", "seulement"])
_NOT_PARTICIPLES = frozenset({"plus", "puis", "depuis", "parmi", "aussi", "ainsi", "celui",
                              "celle", "celles", "ceux", "lui", "tous", "toute", "toutes", "qui",
                              "ici", "ceci", "voici", "voila", "oui", "aussitot"})


def _participle_adverb(e: TimeExpr, text: str) -> bool:
    """'une moissonneuse récemment achetée': the adverb qualifies an adjective-participle of a
    noun, no verb of the story ('il a récemment acheté', 'ont été récemment arrêtés' stay)."""
    if e.rule != "vague_date" or fold(e.text) not in _VAGUE_ADVERBS:
        return False
    nxt = _NEXT_WORD.match(text, e.end, e.end + 40)
    if not nxt or _PARTICIPLE.fullmatch(nxt.group(1).lower()) is None \
            or fold(nxt.group(1)) in _NOT_PARTICIPLES:
        return False
    before = [fold(w).rsplit("'", 1)[-1] for w in _WORDS_BEFORE.findall(text, max(0, e.start - 60), e.start)]
    while before and before[-1] in _BETWEEN:
        before.pop()
    return bool(before) and before[-1] not in _AUXILIARIES


def date_candidates(text: str, ref_date: str | None, tense_hint: TenseHint | None = None) -> list[Candidate]:
    from factx.temporal import find_dates

    return [
        Candidate(label="date", start=e.start, end=e.end, source="dates", attrs=e.attrs())
        for e in find_dates(text, ref_date, split_day_clock=True, tense_hint=tense_hint)
        if _is_fact(e) and not _generic_deictic(e, text) and not _day_of_cause(e, text)
        and not _edge_of_game(e) and not _participle_adverb(e, text)
    ]


_ONE_PERIOD = regex.compile(r"une[ \t]+(?:annee|journee)")
# what a bare 'une année' / 'une journée' is told by, after the noun: an adjective, a
# participle, a noun in apposition ('une année record', 'une journée portes ouvertes') or a
# year ('une année 1999'); not a complement with its preposition ('une journée de grève')
_QUALIFIERS = frozenset({"amod", "acl", "nummod"})


def _evaluated_period(e: Candidate, doc: Doc) -> bool:
    """'une année chargée', 'une année record', 'a évoqué « une journée
    historique »', 'une journée portes ouvertes': a bare 'une année' or 'une journée' that
    an adjective, a participle or a noun after it tells is the period judged or named, no
    length of time; 'une année entière de travaux', 'une journée de travail', 'il a fallu une
    année' stay (lexicon period_length_adjectives: the words that keep the length)."""
    if e.attrs.get("kind") != "duration" or _ONE_PERIOD.fullmatch(fold(doc.text[e.start:e.end])) is None:
        return False
    span = doc.char_span(e.start, e.end, alignment_mode="expand")
    if span is None:
        return False
    noun = span[-1]
    keep = folded_set("period_length_adjectives")
    for child in noun.rights:
        if child.dep_ == "punct" or child.i > noun.i + 4:
            continue
        apposed = child.dep_ == "nmod" and not any(c.dep_ == "case" for c in child.children)
        if (child.dep_ in _QUALIFIERS or apposed) and fold(child.text.lower()) not in keep:
            return True
    return False


@Language.component("factx_dates")
def dates_component(doc: Doc) -> Doc:
    from factx.components.date_tense import make_hint

    cands = date_candidates(doc.text, base.ref_date(doc), make_hint(doc))
    base.add_candidates(doc, [c for c in cands if not _evaluated_period(c, doc)])
    return doc
