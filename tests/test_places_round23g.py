"""Places: the span of a place named with its head noun (round 23g).

- A territory named by its noun and its chief town ("le canton de Mervaux-Est") is one
  place; the town inside it is a place of its own only when the text writes it elsewhere
  ("à Sorvilly"); written nowhere else it is only part of the territory's name.
- Two streets coordinated ("la rue X et du chemin Y") are two places even when the model
  reads them as one span; a path ("chemin") opens a street's name.
- A venue named in full and then its town after "de" ("la salle Marcel-Cerdan de Figeac"):
  the town the gazetteer knows is one more place.
- A head written with an elided article ("zone d'activités", "maison d'arrêt") opens a
  place as a head of one word does: the tokenizer splits "d'" from its word.
- A mountain range is named with its noun ("le massif de la Grisolle"), as a valley or
  a lake is: the head belongs to the place's name.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names


# ---------------------------------------------------------------- a territory's town, written once
@pytest.mark.parametrize(("text", "whole", "inner"), [
    ("Élu conseiller général du canton de Mervaux-Est en 1994, Paul Grandhomme se représente.",
     "canton de Mervaux-Est", "Mervaux-Est"),
    ("Troisième commune du canton de Valbrune, Lussac-le-Haut attend son théâtre depuis dix ans.",
     "canton de Valbrune", "Valbrune"),
])
def test_town_inside_a_canton_written_once_is_no_place(
        extract: Callable[..., dict], text: str, whole: str, inner: str) -> None:
    places = entity_names(extract(text), "place")
    assert whole in places
    assert inner not in places


# guards: the town written elsewhere keeps its place
@pytest.mark.parametrize(("text", "whole", "inner"), [
    ("Le canton de Sorvilly compte trois candidats. À Sorvilly, le maire sortant se représente.",
     "canton de Sorvilly", "Sorvilly"),
    ("Les pompiers de Charmeil ont défilé ; les maires du canton de Charmeil étaient là.",
     "canton de Charmeil", "Charmeil"),
])
def test_town_of_a_canton_named_elsewhere_stays(
        extract: Callable[..., dict], text: str, whole: str, inner: str) -> None:
    places = entity_names(extract(text), "place")
    assert whole in places
    assert inner in places


# ---------------------------------------------------------------- a mountain range keeps its noun
@pytest.mark.parametrize(("text", "place"), [
    ("Les chasseurs ont battu le massif de la Grisolle samedi.", "massif de la Grisolle"),
    ("La neige est tombée sur le massif du Taillard cette nuit.", "massif du Taillard"),
    ("Une randonnée aux flambeaux aura lieu dans le massif de l'Escarbot en avril.",
     "massif de l'Escarbot"),
    ("La neige est tombée en abondance sur le massif de l'Orbelon.", "massif de l'Orbelon"),
])
def test_mountain_range_is_named_with_its_noun(extract: Callable[..., dict], text: str, place: str) -> None:
    assert place in entity_names(extract(text), "place")


# guards: a range the model already read whole stays whole; an adjective after the noun
# names no range
def test_range_read_whole_stays(extract: Callable[..., dict]) -> None:
    places = entity_names(extract("Les loups ont été aperçus sur les crêtes du massif du Morvelin."), "place")
    assert "massif du Morvelin" in places


def test_massif_with_an_adjective_names_no_place(extract: Callable[..., dict]) -> None:
    places = entity_names(extract("Le massif voisin est fermé aux randonneurs depuis samedi."), "place")
    assert not any(p.startswith("massif") for p in places)


# ---------------------------------------------------------------- two streets coordinated
@pytest.mark.parametrize(("text", "first", "second"), [
    ("Le budget prévoit l'entretien de la rue des Cordiers et du chemin de la Fontaine-Rouge.",
     "rue des Cordiers", "chemin de la Fontaine-Rouge"),
    ("Les riverains se plaignent de la rue des Cordiers et du chemin des Vignes-Basses.",
     "rue des Cordiers", "chemin des Vignes-Basses"),
])
def test_two_coordinated_streets_are_two_places(
        extract: Callable[..., dict], text: str, first: str, second: str) -> None:
    places = entity_names(extract(text), "place")
    assert first in places
    assert second in places


# guards: streets each named apart stay apart
@pytest.mark.parametrize(("text", "streets"), [
    ("Les travaux touchent la place Carnot, l'avenue Foch et la rue Grillet.",
     {"place Carnot", "avenue Foch", "rue Grillet"}),
    ("Les riverains de l'impasse des Lilas et de l'allée des Peupliers se plaignent du bruit.",
     {"impasse des Lilas", "allée des Peupliers"}),
])
def test_streets_named_apart_stay_apart(extract: Callable[..., dict], text: str, streets: set[str]) -> None:
    assert streets <= entity_names(extract(text), "place")


# ---------------------------------------------------------------- a venue named in full, then its town
@pytest.mark.parametrize(("text", "venue", "town"), [
    ("Le tournoi se tiendra à la salle Marcel-Cerdan de Figeac.", "salle Marcel-Cerdan", "Figeac"),
    ("Le gala de boxe aura lieu à la salle Marcel-Cerdan de Saint-Girons.", "salle Marcel-Cerdan",
     "Saint-Girons"),
])
def test_town_after_a_named_venue_is_a_place(
        extract: Callable[..., dict], text: str, venue: str, town: str) -> None:
    places = entity_names(extract(text), "place")
    assert venue in places
    assert town in places


# guard: a venue named by its town alone ("le stade de X") is the town
def test_venue_named_by_its_town(extract: Callable[..., dict]) -> None:
    places = entity_names(extract("Le match s'est joué au stade de Montauban samedi soir."), "place")
    assert "Montauban" in places


# ---------------------------------------------------------------- a head written with an elided article
@pytest.mark.parametrize(("text", "place"), [
    ("L'intercommunalité veut agrandir la zone d'activités du Pré-Boisé, à Longchamp.",
     "zone d'activités du Pré-Boisé"),
    ("Une usine de 9 000 m² sortira de terre dans la zone d’activités Technoval.",
     "zone d’activités Technoval"),
])
def test_head_with_an_elided_article_opens_a_place(
        extract: Callable[..., dict], text: str, place: str) -> None:
    assert place in entity_names(extract(text), "place")
