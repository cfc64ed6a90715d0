"""Organizations and places, round 10: rules checked on articles nobody had tuned factx on.

Each table is written for these tests: sentences of French news in our own words.
"""

from __future__ import annotations

import pytest

from tests.conftest import mentions_by_name

# a building named in full, then its town: two places
VENUE_AND_TOWN = [
    ("Les obsèques seront célébrées lundi en l'église Saint-Rémi de Vittel.",
     "église Saint-Rémi", "Vittel"),
    ("Ses gravures sont exposées jusqu'en avril au musée Magnin de Dijon.",
     "musée Magnin", "Dijon"),
    ("Le satellite a quitté le Centre spatial guyanais de Kourou dans la nuit de mardi.",
     "Centre spatial guyanais", "Kourou"),
]


@pytest.mark.parametrize(("text", "venue", "town"), VENUE_AND_TOWN)
def test_a_building_named_in_full_stops_before_its_town(extract, text: str, venue: str, town: str) -> None:
    places = mentions_by_name(extract(text), "place")
    assert venue in places
    assert town in places
    assert not any(name.startswith(venue + " ") for name in places)


# the head's complement is the name: one place, town included
VENUE_NAMED_BY_TOWN = [
    ("Le blessé a été conduit à l'hôpital de Remiremont par les pompiers.", "hôpital de Remiremont"),
    ("La rencontre aura lieu dimanche au stade de la Meinau.", "stade de la Meinau"),
]


@pytest.mark.parametrize(("text", "place"), VENUE_NAMED_BY_TOWN)
def test_a_building_named_by_its_complement_stays_whole(extract, text: str, place: str) -> None:
    assert place in mentions_by_name(extract(text), "place")


# a body's name read as a body in the text and as a place on a line of its own
ONE_NAME_ONE_TYPE = [
    ("La CMA Occitanie ouvre ses ateliers aux collégiens ce samedi. « Nous voulons montrer nos "
     "métiers », explique sa présidente.\n\nContact presse de la CMA Occitanie\n\nTél. 05 61 00 00 00",
     "CMA Occitanie"),
    ("Selon la CCI Vendée, les commerces du littoral ont bien travaillé cet été.\n\n"
     "À propos de la CCI Vendée\n\nLa chambre représente les entreprises du département.",
     "CCI Vendée"),
]


@pytest.mark.parametrize(("text", "body"), ONE_NAME_ONE_TYPE)
def test_a_body_of_one_mention_is_a_body_in_all(extract, text: str, body: str) -> None:
    result = extract(text)
    assert body in mentions_by_name(result, "organization")
    assert body not in mentions_by_name(result, "place")
