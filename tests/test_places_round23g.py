"""Places: the span of a place named with its head noun (round 23g).

- A territory named by its noun and its chief town ("le canton de Mervaux-Est") is one
  place; the town inside it is a place of its own only when the text writes it elsewhere
  ("à Sorvilly"); written nowhere else it is only part of the territory's name.
- A mountain range is named with its noun ("le massif de la Brévardière"), as a valley or
  a lake is: the head belongs to the place's name.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names


# ---------------------------------------------------------------- a territory's town, written once
@pytest.mark.parametrize(("text", "whole", "inner"), [
    ("Élu conseiller général du canton de Mervaux-Est en 1994, Paul Grandidier se représente.",
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
    ("Une sortie de nuit est prévue dans le massif de l'Escarbot au printemps.",
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
