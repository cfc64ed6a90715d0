"""Places of regional news by class of French construction (issue 11, round 16d: fresh probes).

Sentences written for this audit, with invented names. One class:
- a part of a town named by a common noun after "du", "des" or "de" and an article ("le
  quartier de la Gare", "le quartier des Oseraies", "le hameau des Perrières", "le
  lotissement du Moulin"): the head is part of the place's name, as for a street or a valley
  (models/place_types.json `district_heads`, entity_types.facility_places). Before the
  change the name alone was a place, a thing, or nothing.
The pitfall table holds what must not change: a district named by a proper name or a
compound ("le quartier du Haut-Ravinel", "le hameau des Cabanes-de-Saulnois"), right after its
head ("le quartier Bellevue"), or after "de" and no article ("le quartier de Vaudrecourt",
"le hameau de Brossignol"): the name alone is the place; "quartier général" is no district.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names as _names


# ------------------------------------------------------------ a district named by common words
@pytest.mark.parametrize(("text", "place", "wrong"), [
    ("Les habitants du quartier des Oseraies réclament un terrain de jeux depuis deux ans.",
     "quartier des Oseraies", None),
    ("Un incendie s'est déclaré hier soir dans le quartier de la Gare, à Lamberville.",
     "quartier de la Gare", "Gare"),
    ("La fête du quartier des Charmilles aura lieu samedi après-midi.",
     "quartier des Charmilles", "Charmilles"),
    ("Deux voitures avaient brûlé dans le quartier des Jonquilles à Marchenoir.",
     "quartier des Jonquilles", "Jonquilles"),
    ("Le hameau des Perrières, qui dépend de Courbevaine, sera raccordé au réseau d'eau.",
     "hameau des Perrières", "Perrières"),
    ("Les premiers habitants du lotissement des Aubépines ont emménagé en mars.",
     "lotissement des Aubépines", "Aubépines"),
    ("M. Firmin Pertuisot, qui habite le quartier du Moulin, a porté plainte jeudi.",
     "quartier du Moulin", "Moulin"),
    ("Les commerçants du quartier de l'Étang ont rencontré le maire de Baudinval jeudi.",
     "quartier de l'Étang", "Étang"),
])
def test_a_district_named_by_common_words_keeps_its_head(
        extract: Callable[..., dict], text: str, place: str, wrong: str | None) -> None:
    result = extract(text)
    places = _names(result, "place")
    assert place in places
    assert wrong is None or wrong not in places | _names(result, "misc")


@pytest.mark.parametrize(("text", "place", "absent"), [
    # the name right after the head, or after "de" and no article: the name alone
    ("Les jeunes du quartier Bellevue ont repeint le préau de l'école.", "Bellevue",
     "quartier Bellevue"),
    ("Le quartier de Vaudrecourt a bien changé depuis la fermeture de l'usine.", "Vaudrecourt",
     "quartier de Vaudrecourt"),
    ("Le hameau de Brossignol compte une quarantaine d'habitants.", "Brossignol",
     "hameau de Brossignol"),
    # a proper name, a compound: the name alone
    ("Mme Ombeline Pertuisot, qui habite le quartier du Haut-Ravinel, a porté plainte.",
     "Haut-Ravinel", "quartier du Haut-Ravinel"),
    ("Les familles du hameau des Cabanes-de-Saulnois s'inquiètent de la crue.", "Cabanes-de-Saulnois",
     "hameau des Cabanes-de-Saulnois"),
    ("La fête du quartier de la Wendelau aura lieu samedi à Gravelotte.", "Gravelotte",
     "quartier de la Wendelau"),
    # a headquarters is no district
    ("Les soldats ont installé leur quartier général de l'état-major à Gravelotte.", "Gravelotte",
     "quartier général de l'état-major"),
])
def test_a_district_named_otherwise_is_its_name_alone(
        extract: Callable[..., dict], text: str, place: str, absent: str) -> None:
    places = _names(extract(text), "place")
    assert place in places
    assert absent not in places
