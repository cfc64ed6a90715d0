"""Round 31c (places): a plural noun followed by a list of names, each its complement.

"Les sites de A, de B et de C", "les jardins ouvriers de A, B et C": the plural noun counts the
things the names name, one each. It is no part of the first name ("jardins ouvriers de A" is
not a place; A is), where a singular noun may be ("le lac de Vessy et de Lormont": the
lake keeps its name). Where one member of the list is a place, every member the model read as
a thing, or as a one-word body no other layer named, is one more place of the list (not one
read as a person: `entity_types.places_in_plural_lists`).

Invented sentences; each fix row fails on the start code.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import entity_names

FIXES = [
    ("the plural noun and its adjective are the list's, not the first town's",
     "Des voleurs ont visité les jardins ouvriers de Mirecourt, Vittel et Charmes cet hiver.",
     {"Mirecourt", "Vittel", "Charmes"}, {"jardins ouvriers de Mirecourt"}),
    ("a state's noun in the plural: each state is named by its complement",
     "Les États de Kano, de Kaduna et de Sokoto concentrent la plupart des malades.",
     {"Kano", "Kaduna", "Sokoto"}, {"États de Kano"}),
    ("sites named after their place, one the model reads as a thing",
     "Des familles arrivent chaque jour dans les sites de Bidibidi, de Nakivale et de Kyangwali. "
     "Une épidémie de rougeole frappe le camp de Nakivale depuis mars.",
     {"Bidibidi", "Nakivale"}, set()),
    ("an airport's compound name, in a list of airports",
     "Les aéroports de Genève-Cointrin, de Zurich et de Berne restaient fermés samedi.",
     {"Genève-Cointrin"}, set()),
]

GUARDS = [
    ("guard: a singular noun keeps the first name",
     "Les eaux du lac de Vessy et de Lormont restent froides en juin.",
     {"lac de Vessy"}),
    ("guard: a list of people is no list of places",
     "Les mandats de Gaspard Lenormand et de Thibault Morvillier ont été comparés.",
     set()),
]


@pytest.mark.parametrize(("why", "text", "places", "not_places"), FIXES, ids=[r[0] for r in FIXES])
def test_plural_list_members_are_places(extract: Callable[..., dict], why: str, text: str,
                                        places: set[str], not_places: set[str]) -> None:
    got = entity_names(extract(text), "place")
    assert places <= got, why
    assert not (not_places & got), why


@pytest.mark.parametrize(("why", "text", "places"), GUARDS, ids=[r[0] for r in GUARDS])
def test_plural_list_guards(extract: Callable[..., dict], why: str, text: str, places: set[str]) -> None:
    got = entity_names(extract(text), "place")
    assert places <= got, why
    assert not ({"Gaspard Lenormand", "Thibault Morvillier"} & got), why
