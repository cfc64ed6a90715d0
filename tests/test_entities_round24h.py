"""Entities on fresh text (round 24h).

- Twinning and exchange stories name the partner town's bodies in German, after a French
  article, often with "de" and the town: "la Realschule de X", "la Stadtkapelle de X", "le
  Musikverein de X". One capitalized compound ending in a German noun of a school, a
  society, a band, a choir or a fire brigade (models/organizations.json
  german_body_endings) is one organization, the town part of its name, whatever the model
  made of its words; "Kapelle" alone (a chapel), a French word, a town stay what they were.
Sentences and names are invented for these tests.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names


@pytest.mark.parametrize(("text", "body"), [
    ("Le collège Jean-Moulin a accueilli mardi vingt-huit élèves de la Realschule de Kleinfeld, "
     "ville jumelle de Brévonne.", "Realschule de Kleinfeld"),
    ("Le programme du week-end a compté un tournoi de pétanque et un concert de la Stadtkapelle "
     "de Hunsberg.", "Stadtkapelle de Hunsberg"),
    ("La Sparkasse de Kleinfeld a offert un chèque au comité de jumelage de Brévonne.",
     "Sparkasse de Kleinfeld"),
    ("Le Blasorchester de Hunsberg jouera au kiosque de Vaudrecourt dimanche.", "Blasorchester de Hunsberg"),
    ("Les musiciens du Musikverein de Talbrück ont défilé dimanche dans les rues de Lormeville.",
     "Musikverein de Talbrück"),
    ("Une délégation de la Feuerwehr de Kleinfeld a visité la caserne des pompiers de Brévonne.",
     "Feuerwehr de Kleinfeld"),
    ("Le Gymnasium de Hunsberg et le lycée Paul-Verlaine échangent des élèves depuis dix ans.",
     "Gymnasium de Hunsberg"),
])
def test_german_body_of_a_twin_town(extract: Callable[..., dict], text: str, body: str) -> None:
    result = extract(text)
    assert body in entity_names(result, "organization")
    assert body not in entity_names(result, "place")


@pytest.mark.parametrize(("text", "place", "not_org"), [
    # guards: a chapel is a place; the town alone stays a place
    ("Le cortège s'est arrêté devant la Kapelle de Talbrück, à la sortie de Brévonne.",
     "Kapelle de Talbrück", "Kapelle de Talbrück"),
    ("Les élèves de Kleinfeld ont été reçus à Brévonne par le maire, Marc Odelin.", "Kleinfeld", "Kleinfeld"),
    ("La délégation de Hunsberg est arrivée vendredi soir à Vaudrecourt.", "Hunsberg", "Hunsberg"),
])
def test_not_a_german_body(extract: Callable[..., dict], text: str, place: str, not_org: str) -> None:
    result = extract(text)
    assert place in entity_names(result, "place")
    assert not_org not in entity_names(result, "organization")
