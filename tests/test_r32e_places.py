"""Round 32e (places): venues named with their head noun, and regions after their noun.

- A tower, a hall, a market, a forecourt or a promenade named right after its head noun
  ("la tour Belvane", "le hall Rimbaud", "le marché Cantagrel") is one place, the head
  included, as a street or a stadium is (models/place_types.json `facility_heads`). "tour"
  is a building only after a feminine determiner: "le tour de Bretagne", "à son tour" name
  no tower (`feminine_heads`).
- "la région Occitanie": the region's own name is the place, the noun of its kind no part
  of it, when the gazetteer knows the name alone as a region ("la région Centre" keeps it;
  entity_types._apposed_region).

Invented sentences; each fix row fails on the start code.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import entity_names

FIXES = [
    ("a tower named after its head",
     "La tour Belvane, haute de quarante mètres, domine le port depuis 1850.",
     {"tour Belvane"}, {"Belvane"}),
    ("a hall named after its head, the name a writer's",
     "Le centre de vaccination a ouvert ses portes dans le hall Rimbaud, près de la gare.",
     {"hall Rimbaud"}, {"Rimbaud"}),
    ("a market named after its head",
     "Les commerçants du marché Cantagrel se plaignent des travaux de voirie.",
     {"marché Cantagrel"}, set()),
    ("a region named after its noun, in apposition",
     "La coopérative compte quelque 300 adhérents dans la région Occitanie depuis 2004.",
     {"Occitanie"}, {"région Occitanie"}),
    ("a region after its noun, in a title's complement",
     "Les syndicalistes ont été reçus par la vice-présidente de la région Hauts-de-France, Marie Delval.",
     {"Hauts-de-France"}, {"région Hauts-de-France"}),
]

GUARDS = [
    ("guard: a race, masculine 'tour', names no tower",
     "Le coureur a remporté le tour de Bretagne l'an dernier.", {"tour de Bretagne"}),
    ("guard: 'à leur tour' names no tower",
     "Les élus Martin et Durand ont pris la parole à leur tour.", {"tour Martin"}),
    ("guard: a market of a season after 'de' is no venue",
     "Le marché de Noël ouvrira ses chalets le premier vendredi de décembre.", {"marché de Noël"}),
    ("guard: a name that is no region alone keeps the noun",
     "Les élus de la région Centre ont voté le budget.", {"Centre"}),
]


@pytest.mark.parametrize(("why", "text", "places", "not_places"), FIXES, ids=[r[0] for r in FIXES])
def test_places(extract: Callable[..., dict], why: str, text: str, places: set[str],
                not_places: set[str]) -> None:
    found = entity_names(extract(text), "place")
    assert places <= found, why
    assert not (not_places & found), why


@pytest.mark.parametrize(("why", "text", "not_places"), GUARDS, ids=[r[0] for r in GUARDS])
def test_guards(extract: Callable[..., dict], why: str, text: str, not_places: set[str]) -> None:
    assert not (not_places & entity_names(extract(text), "place")), why
