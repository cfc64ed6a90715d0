"""Places: a point of the compass written as a bearing or a side of the world (round 24e).

- After "vers", "cap" or "direction" and its article ("se décale vers le Nord-Est", "met le
  cap au Sud", "en direction de l'Ouest"), a point of the compass is where something heads,
  no place of the text; nor is "cap au Sud-Est" a cape.
- After a plural noun of groups of countries ("les pays du Sud", "les économies du Nord"), it
  is a side of the world, no place either.
Guards: a point of the compass naming a region ("dans le Sud-Ouest", "l'Ouest de la France"),
a region whose name holds one ("l'Afrique du Sud", "la Caroline du Nord"), and a town after
"vers".
"""

from collections.abc import Callable

import pytest

from conftest import entity_names


@pytest.mark.parametrize(("text", "point"), [
    ("La perturbation orageuse se décalera mardi vers le Nord-Est, selon les prévisionnistes.",
     "Nord-Est"),
    ("Les averses glisseront ensuite vers le Sud-Ouest dans la soirée.", "Sud-Ouest"),
    ("Le convoi humanitaire a quitté Brelonville en direction du Nord-Ouest vers midi.",
     "Nord-Ouest"),
    ("Les ministres ont promis une aide accrue aux pays du Sud lors du sommet de Varcourt.",
     "Sud"),
    ("Selon le rapport, les économies du Nord résistent mieux à la hausse des taux.", "Nord"),
    ("Les délégués réclament que les nations du Sud-Est soient mieux représentées.", "Sud-Est"),
    ("Le chalutier a mis le cap au Sud-Est après avoir quitté le port de Kerbrolan.", "Sud-Est"),
])
def test_compass_bearing_no_place(extract: Callable[..., dict], text: str, point: str) -> None:
    places = entity_names(extract(text), "place")
    assert not any(p == point or p.endswith(" " + point) for p in places)


@pytest.mark.parametrize(("text", "place"), [
    ("Dans le Sud-Ouest, la sécheresse a réduit de moitié la récolte de maïs.", "Sud-Ouest"),
    ("Les éleveurs de Kerbrolan ont rejoint la manifestation vers Lorvillers samedi.",
     "Lorvillers"),
    ("La délégation de l'Afrique du Sud est arrivée mardi à Varcourt.", "Afrique du Sud"),
    ("Le gouverneur de la Caroline du Nord a décrété l'état d'urgence.", "Caroline du Nord"),
])
def test_compass_region_kept(extract: Callable[..., dict], text: str, place: str) -> None:
    assert place in entity_names(extract(text), "place")
