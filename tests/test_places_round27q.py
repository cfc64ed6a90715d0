"""Places of round 27q: where a venue's span ends when a town closes its name.

A venue whose head noun takes a name of its own after "du", "des", "de la" or "de l'"
("le stade du 14-Juillet", "la salle des Tilleuls", "le parc de la Roseraie") and then a
bare "de" and a town ("... de Golbey") is two places: the venue, named up to the town, and
the town where it stands (entity_types._named_venue_end, venue_towns), as "l'église
Saint-Aubin de Josselin" already was. The golds split it ("stade du 26-Mars" + its capital)
and no gold keeps such a name whole. Towns are real ones the gazetteer knows; venues and
people are invented.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names as _names


@pytest.mark.parametrize(("text", "venue", "town"), [
    # a stadium named after a day
    ("Le tournoi des cadets se joue samedi au stade du 14-Juillet de Rambervillers.",
     "stade du 14-Juillet", "Rambervillers"),
    # "de la" and a name
    ("Le rendez-vous est fixé dimanche au parc de la Roseraie de Charmes, à partir de 14 heures.",
     "parc de la Roseraie", "Charmes"),
    # "des" and a name
    ("Le comité a tenu son assemblée dans la salle des Tilleuls de Rambervillers.",
     "salle des Tilleuls", "Rambervillers"),
    # "de l'" and a name, a two-word head
    ("Les nageurs s'entraînent au complexe sportif de l'Orangerie de Liverdun chaque matin.",
     "complexe sportif de l'Orangerie", "Liverdun"),
    # a square, "du" and a name
    ("La fanfare a défilé sur la place du Marché-Couvert de Malzéville avant la messe.",
     "place du Marché-Couvert", "Malzéville"),
    # a palace named after its first dwellers, a town with an elided "d'"
    ("Les visiteurs se pressent au palais des Évêques d'Avignon cet été.",
     "palais des Évêques", "Avignon"),
])
def test_a_town_closing_a_named_venue_is_a_place_of_its_own(extract: Callable[..., dict], text: str,
                                                           venue: str, town: str) -> None:
    places = _names(extract(text), "place")
    assert venue in places and town in places
    assert not any(p.startswith(venue) and p != venue for p in places)


@pytest.mark.parametrize(("text", "place"), [
    # the head's complement is the town itself: the town alone, as before
    ("Le match s'est joué au stade de Charmes samedi.", "Charmes"),
    # a venue named right after its head: split as before
    ("Le chœur chante à l'église Saint-Aubin de Josselin dimanche.", "église Saint-Aubin"),
    # a region after the dukes': no town, the castle stays whole
    ("Le chantier du château des Ducs de Lorraine avance lentement.", "château des Ducs de Lorraine"),
    # a person's name in a street's: the street stays whole
    ("Le cortège a remonté la rue du Général de Gaulle jusqu'au monument.", "rue du Général de Gaulle"),
    # a hospital keeps its town inside its name (the eval golds' convention)
    ("La patiente a rejoint l'hôpital de Verdun en fin de semaine.", "hôpital de Verdun"),
])
def test_guards(extract: Callable[..., dict], text: str, place: str) -> None:
    assert place in _names(extract(text), "place")
