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
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from factx.components import base
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


def date_candidates(text: str, ref_date: str | None, tense_hint: TenseHint | None = None) -> list[Candidate]:
    from factx.temporal import find_dates

    return [
        Candidate(label="date", start=e.start, end=e.end, source="dates", attrs=e.attrs())
        for e in find_dates(text, ref_date, split_day_clock=True, tense_hint=tense_hint)
        if _is_fact(e)
    ]


@Language.component("factx_dates")
def dates_component(doc: Doc) -> Doc:
    from factx.components.date_tense import make_hint

    base.add_candidates(doc, date_candidates(doc.text, base.ref_date(doc), make_hint(doc)))
    return doc
