"""Places of regional news by class of French construction (issue 11, round 16d: fresh probes).

Sentences written for this audit, with invented names. One class:
- a part of a town named by a common noun after "du", "des" or "de" and an article ("le
  quartier de la Gare", "le quartier des Oseraies", "le hameau des Perrières", "le
  lotissement du Moulin"): the head is part of the place's name, as for a street or a valley
  (models/place_types.json `district_heads`, entity_types.facility_places). Before the
  change the name alone was a place, a thing, or nothing.
- a one-word name the model reads as a surname or a body, last of a list of places after a
  verb ("ont fui Pec et Djakovica", "ont traversé Belgrade et Stavrenik"): one more place of
  the list (entity_types._listed_after_places, decide_types). Not a list that opens the
  sentence or is a subject ("Paris et Vrankovic ont signé"), nor the complement of a noun
  ("le réseau des États-Unis ou Galinor de la Russie"), nor a name the tagger left a thing.
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


# ------------------------------------------------------------ the last name of a list of places
@pytest.mark.parametrize(("text", "place"), [
    ("Les familles ont fui Pec et Djakovica dans la nuit de samedi à dimanche.", "Djakovica"),
    ("Des milliers de réfugiés ont fui Pec et Dobrovica pour gagner l'Albanie.", "Dobrovica"),
    ("Les camions ont traversé Belgrade et Stavrenik sans encombre.", "Stavrenik"),
    ("Les cyclistes ont rallié Épinal et Gérvauchamp en moins de trois heures.", "Gérvauchamp"),
])
def test_the_last_name_of_a_list_of_places_is_a_place(
        extract: Callable[..., dict], text: str, place: str) -> None:
    result = extract(text)
    assert place in _names(result, "place")
    assert place not in _names(result, "person") | _names(result, "organization")


@pytest.mark.parametrize(("text", "name"), [
    # a subject's list, a noun's complement, a thing: no place
    ("Paris et Vrankovic ont signé l'accord hier.", "Vrankovic"),
    ("Le système concurrencera le réseau des États-Unis ou Galinor de la Russie.", "Galinor"),
    ("La région a signé une convention avec Metz et Solvatec pour la formation.", "Solvatec"),
    ("Le contrat lie la ville de Nancy et Vortelis, une société de services.", "Vortelis"),
])
def test_a_name_after_a_place_that_is_no_list_of_places_stays(
        extract: Callable[..., dict], text: str, name: str) -> None:
    assert name not in _names(extract(text), "place")
