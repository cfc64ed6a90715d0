"""Round 30c: a wire's dateline in capitals closed by a comma ("VEVEY, 14 (ATS).",
"NYON, — Le conseil ...", "MORGES," alone on its line) names the town the story was filed
from, when the gazetteer knows it as a town, even when the page glued it to the words before
it ("... a conclu M. Fardel LOCARNO, 12 (Reuter)."); whatever the model read there (a body, a
thing, a person's name run into it), the dateline is the place, and a name run into it from
the words before ends before it.

Not a month ("le 12 MARS, 15 personnes"), not a word in capitals after another one (a
headline in capitals), not an acronym that no gazetteer knows ("l'INSEE, 12 %").

Invented sentences; each fix row fails on the start code, but "dateline, day and month",
which the model already reads as a place (a guard that the rule keeps it).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import mentions_by_name

FIX_ROWS = [
    ("dateline, day and agency",
     "DELÉMONT, 8 (ATS). Le Parlement a adopté hier la loi sur les écoles de musique.",
     "DELÉMONT"),
    ("dateline, day and month",
     "MARTIGNY, 3 mars. La foire d'automne a attiré cette année des milliers de visiteurs.",
     "MARTIGNY"),
    ("dateline alone",
     "NYON,",
     "NYON"),
    ("dateline glued to the words before it",
     "Les négociations reprendront lundi, a conclu M. Fardel LOCARNO, 12 (Reuter).",
     "LOCARNO"),
    ("dateline glued to a headline",
     "Une grange détruite par le feu PORRENTRUY, 3 (ATS). Les pompiers sont restés sur place toute la nuit.",
     "PORRENTRUY"),
]


@pytest.mark.parametrize("label,text,town", FIX_ROWS, ids=[r[0] for r in FIX_ROWS])
def test_comma_dateline_is_a_place(extract: Callable[..., dict], label: str, text: str, town: str) -> None:
    places = mentions_by_name(extract(text), "place")
    assert any(town in mentions for mentions in places.values()), (label, places)


def test_name_run_into_the_dateline_ends_before_it(extract: Callable[..., dict]) -> None:
    result = extract("Les négociations reprendront lundi, a conclu M. Fardel LOCARNO, 12 (Reuter).")
    texts = {m["text"] for e in result["entities"] for m in e["mentions"]}
    assert "Fardel LOCARNO" not in texts and "M. Fardel LOCARNO" not in texts


KEEP_ROWS = [
    ("a month in capitals", "Le défilé aura lieu le 12 MARS, 15 associations y participeront.", "MARS"),
    ("an acronym", "Selon l'INSEE, 12 % des ménages sont concernés par la hausse.", "INSEE"),
    ("a surname in a list, then an age", "Élus au premier tour : M. Jean LAVAL, 45 ans, retraité.", "LAVAL"),
    ("a surname after a given name", "Ont obtenu des voix : Pierre COLMAR, 12 ; Anne VIGNY, 9.", "COLMAR"),
]


def test_a_surname_in_capitals_stays_with_its_given_name(extract: Callable[..., dict]) -> None:
    result = extract("Élus au premier tour : M. Jean LAVAL, 45 ans, retraité, et Mme Odile BRETTE, 52 ans.")
    people = {e["name"] for e in result["entities"] if e["type"] == "person"}
    assert {"Jean LAVAL", "Odile BRETTE"} <= people, people


@pytest.mark.parametrize("label,text,word", KEEP_ROWS, ids=[r[0] for r in KEEP_ROWS])
def test_not_a_dateline(extract: Callable[..., dict], label: str, text: str, word: str) -> None:
    places = mentions_by_name(extract(text), "place")
    assert not any(word in mentions for mentions in places.values()), (label, places)
