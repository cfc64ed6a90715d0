"""Organization or place: a named thing that acts is a body (round 23d).

- A pronominal verb in a compound tense ("s'est félicité", "s'est borné à") that the tagger
  reads as an adjective after "est": its subject acts as with any verb, so a name of several
  words the model read as a place, or a seat of power, is the organization.
- A seat of power opening its sentence, right before a finite verb or "s'est" + participle
  that the parser left without a subject ("Bercy promet", "Matignon s'est dit"): it acts.
- A unit of the land completed by a sport ("le District de X de football") is its body.
- A town and a club abbreviation after it ("le Beauvais RUFC") are one club.
- The last of a list of complements opened by "de" whose member before is a body ("du Mujao,
  du MNLA, et d'Al-Qaïda"), read as a place the gazetteer does not know, is one more body.
- A comma after a fronted phrase of place ("À Paris, Bercy a démenti") joins no list: the
  name after it, subject of the verb, is not one more place of a list.
Guards: a building that stands somewhere, a town that acts, a real list of places.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names


@pytest.mark.parametrize(("text", "org"), [
    ("Le Conservatoire du littoral s'est limité à saluer le choix des élus de Morvillard.",
     "Conservatoire du littoral"),
    ("Le Quai d'Orsay s'est limité à saluer l'issue du vote.", "Quai d'Orsay"),
    ("Bercy s'est félicité de la baisse du chômage au premier trimestre.", "Bercy"),
    ("Bercy promet des contrôles renforcés dans les boulangeries du pays.", "Bercy"),
    ("Matignon estime que la réforme des retraites peut encore attendre.", "Matignon"),
    ("À Paris, Bercy a démenti toute hausse de la taxe sur les carburants.", "Bercy"),
    ("À Paris, Matignon a annoncé mardi la nomination d'un nouveau préfet.", "Matignon"),
])
def test_body_that_acts(extract: Callable[..., dict], text: str, org: str) -> None:
    result = extract(text)
    assert org in entity_names(result, "organization")
    assert org not in entity_names(result, "place")


@pytest.mark.parametrize(("text", "place"), [
    # guards: a town that acts stays a place; a real list of places; a building
    ("À Lyon, Vireloup s'est félicité de la victoire de son équipe.", "Lyon"),
    ("Les randonneurs sont passés par Paris, Lyon et Marseille avant de rentrer.", "Lyon"),
    ("Le ministre a tenu une conférence de presse à Bercy mardi matin.", "Bercy"),
    ("La Tour Vaudrelle se dresse au bord du lac depuis le XIIe siècle.", "Tour Vaudrelle"),
])
def test_places_stay(extract: Callable[..., dict], text: str, place: str) -> None:
    assert place in entity_names(extract(text), "place")


# ---------------------------------------------------------------- a town and a club's suffix
@pytest.mark.parametrize(("text", "org", "town"), [
    ("Les joueurs se sont inclinés dimanche contre le Beauvais RUFC, devant 800 spectateurs.",
     "Beauvais RUFC", "Beauvais"),
    ("Les handballeurs se sont inclinés face au Sarvigny HBC samedi (27-25).", "Sarvigny HBC", "Sarvigny"),
    ("Le club a annoncé son départ après une défaite contre le Nancy BC.", "Nancy BC", "Nancy"),
])
def test_town_and_club_suffix(extract: Callable[..., dict], text: str, org: str, town: str) -> None:
    result = extract(text)
    assert org in entity_names(result, "organization")
    assert town not in entity_names(result, "place")
    assert org not in entity_names(result, "place")


@pytest.mark.parametrize(("text", "org"), [
    # guards: a prefix club stays whole; a firm's legal form is no club's
    ("L'AS Vireloup a battu Metz dimanche (2-1).", "AS Vireloup"),
    ("La société Vireloup SA a fermé son usine de Sarvigny.", "Vireloup SA"),
])
def test_club_guards(extract: Callable[..., dict], text: str, org: str) -> None:
    assert org in entity_names(extract(text), "organization")


# ---------------------------------------------------------------- a unit of the land and a sport
@pytest.mark.parametrize(("text", "org"), [
    ("Le District de la Haute-Meuse de football a reporté tous les matchs du week-end.",
     "District de la Haute-Meuse de football"),
    ("Le District de Vireloup de football a envoyé son vice-président, Paul Roy, à l'assemblée.",
     "District de Vireloup de football"),
])
def test_unit_and_sport_is_a_body(extract: Callable[..., dict], text: str, org: str) -> None:
    result = extract(text)
    assert org in entity_names(result, "organization")
    assert not any(org.startswith(p) for p in entity_names(result, "place"))


def test_unit_without_sport_stays(extract: Callable[..., dict]) -> None:
    # guard: a district with no sport is no body
    assert "organization" not in {e["type"] for e in extract(
        "Le district de Vireloup compte trois écoles et un collège.")["entities"]}


# ---------------------------------------------------------------- one more body of a list
@pytest.mark.parametrize(("text", "org"), [
    ("Les habitants redoutent les hommes du Mujao, du MNLA, et d'Al-Qaïda.", "Al-Qaïda"),
])
def test_last_of_a_list_of_bodies(extract: Callable[..., dict], text: str, org: str) -> None:
    result = extract(text)
    assert org in entity_names(result, "organization")
    assert org not in entity_names(result, "place")


@pytest.mark.parametrize(("text", "place"), [
    # guards: a town the gazetteer knows after a body; a list of places
    ("Il a longuement parlé du MNLA et de Tombouctou.", "Tombouctou"),
    ("Des délégués de l'ONU et de Bamako étaient présents à la réunion.", "Bamako"),
])
def test_list_guards(extract: Callable[..., dict], text: str, place: str) -> None:
    assert place in entity_names(extract(text), "place")
