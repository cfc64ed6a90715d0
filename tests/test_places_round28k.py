"""Round 28k (places): the gazetteer knows every kind a name has.

scripts/build_gazetteer.py files a name under its strongest kind only, so a city that is
also a département, a province or a country ("Paris", "Turin", "Genève", "Singapour") was
no town for the rules that ask for one. The script now also writes
models/gazetteer/also_town.txt (the names kept under a stronger kind that GeoNames lists as a
town of 100,000 or more too), read by `gazetteer.is_town` and `gazetteer.place_kinds`;
`place_kind` still answers the strongest kind. The local service named after the commune
where it acts ("le parquet de Paris", "le tribunal correctionnel de Turin":
entities.drop_nested_mentions) now keeps such a city as a place of the text, as it did for
any other town.

Invented people and sentences; each fix row fails on the start code.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import entity_names
from factx import gazetteer

SEAT_TOWNS = [
    ("a prosecutor's office of a city that is a département too",
     "Le parquet de Paris a ouvert une enquête sur la société Vernadel.", "Paris"),
    ("a criminal court of a city that is an Italian province too",
     "Trois dirigeants du club ont comparu devant le tribunal correctionnel de Turin.", "Turin"),
    ("a fire brigade of a city that is a Swiss canton too",
     "Les pompiers de Genève ont maîtrisé l'incendie de l'entrepôt Dallier vers minuit.", "Genève"),
    ("a police station of a capital named like a French département",
     "Le commissariat de Vienne a relâché Lucien Barthomeuf mardi soir.", "Vienne"),
    ("a court of a city-state",
     "Le tribunal de Singapour a condamné la holding Morvasque à une amende.", "Singapour"),
]

SEAT_GUARDS = [
    ("guard: a plain town after a court was a place already",
     "Le tribunal correctionnel de Lyon a relaxé Odile Fernier.", "Lyon", True),
    ("guard: a département's body after 'du' names no town",
     "Le conseil départemental du Doubs a voté le budget des collèges.", "Doubs", False),
    ("guard: a university keeps its city as a word of its name",
     "Marc Oudinet enseigne la chimie à l'université de Turin.", "Turin", False),
]


@pytest.mark.parametrize(("case", "text", "place"), SEAT_TOWNS, ids=[r[0] for r in SEAT_TOWNS])
def test_seat_town_of_several_kinds(extract: Callable[..., dict], case: str, text: str, place: str) -> None:
    assert place in entity_names(extract(text), "place")


@pytest.mark.parametrize(("case", "text", "place", "kept"), SEAT_GUARDS, ids=[r[0] for r in SEAT_GUARDS])
def test_seat_town_guards(extract: Callable[..., dict], case: str, text: str, place: str, kept: bool) -> None:
    assert (place in entity_names(extract(text), "place")) is kept


KINDS = [
    ("Paris", "subdivision", {"subdivision", "town"}),
    ("Turin", "subdivision", {"subdivision", "town"}),
    ("Singapour", "country", {"country", "town"}),
    ("Vosges", "subdivision", {"subdivision"}),
    # a small commune named like its département is not promoted (towns of 100,000 or more)
    ("Mayenne", "subdivision", {"subdivision"}),
    ("Lyon", "town", {"town"}),
    ("Varcourtel", None, set()),
]


@pytest.mark.parametrize(("name", "strongest", "kinds"), KINDS, ids=[r[0] for r in KINDS])
def test_every_kind_of_a_name(name: str, strongest: str | None, kinds: set[str]) -> None:
    assert gazetteer.place_kind(name) == strongest  # the strongest kind is unchanged
    assert gazetteer.place_kinds(name) == kinds
    assert gazetteer.is_town(name) is ("town" in kinds)
