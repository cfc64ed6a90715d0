"""Organizations and places of regional news (issue 11, round 8): a town that names a club in a
match report, a school named after a person or a saint.

Each row is a short article written for these tests, in the register of a regional daily
(match reports of village clubs, school starts, fêtes).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest


def _named(result: dict, kind: str) -> set[str]:
    return {e["name"] for e in result["entities"] if e["type"] == kind}


def _forms(result: dict, kind: str) -> dict[str, set[str]]:
    return {e["name"]: {m["text"] for m in e["mentions"]} for e in result["entities"] if e["type"] == kind}


# a town that names a club of the report after its abbreviation is the club where it plays,
# where it scores, where it heads the headline; it stays a town where the game is played
CLUB_TOWNS = [
    ("date 2004-10-04\n\nFootball : Golbey bat Épinal\n\nUS Golbey - FC Épinal : 2-0.\n"
     "Golbey a dominé le derby de bout en bout. L'entraîneur golbéen savourait la victoire, la "
     "troisième du championnat. Buts pour Golbey : Martin (12e), Colin (70e). Samedi, les joueurs "
     "se déplaceront à Vittel.\n",
     "US Golbey", "Golbey", "Vittel"),
    ("date 2005-03-14\n\nBasket : Toul renverse Neufchâteau\n\nUS Toul - SC Neufchâteau : 71-64.\n"
     "Menés à la pause, les joueurs de l'entraîneur Alain Roux ont renversé le match dans le "
     "dernier quart-temps. Toul remonte à la quatrième place du championnat. Prochaine rencontre "
     "à Mirecourt samedi.\n",
     "US Toul", "Toul", "Mirecourt"),
]


@pytest.mark.parametrize(("text", "club", "town", "venue"), CLUB_TOWNS)
def test_a_clubs_town_is_the_club_in_a_match_report(extract: Callable[..., dict], text: str, club: str,
                                                    town: str, venue: str) -> None:
    result = extract(text)
    orgs = _forms(result, "organization")
    assert town in orgs.get(club, set())
    assert town not in orgs  # one organization, named as the club
    assert town not in _named(result, "place")
    assert venue in _named(result, "place")


def test_a_club_town_where_something_is_stays_a_place(extract: Callable[..., dict]) -> None:
    result = extract("date 2004-10-04\n\nL'AS Ventron a battu le FC Cornimont (3-1) en championnat. "
                     "Le maire de Cornimont assistait au match, arbitré par un habitant de Ventron. "
                     "L'entraîneur a salué la victoire.\n")
    assert {"Cornimont", "Ventron"} <= _named(result, "place")


def test_a_lone_word_that_plays_is_a_team_not_a_person(extract: Callable[..., dict]) -> None:
    result = extract("date 2001-09-17\n\nL'Étoile de Charmes a subi sa première défaite du championnat "
                     "face à Joeuf (68-75), samedi. « Joeuf a été plus adroit », reconnaissait "
                     "l'entraîneur après le match.\n")
    assert "Joeuf" in _named(result, "organization")
    assert "Joeuf" not in _named(result, "person")


def test_a_player_named_alone_stays_a_person(extract: Callable[..., dict]) -> None:
    result = extract("date 2001-09-17\n\nLe championnat : Pierre Lemoine a battu Jean Vautrin en finale. "
                     "Vautrin s'est incliné devant Lemoine après le match, et l'entraîneur a salué la "
                     "victoire.\n")
    assert {"Pierre Lemoine", "Jean Vautrin"} <= _named(result, "person")
    assert not _named(result, "organization") & {"Lemoine", "Vautrin"}


# a school named by its kind (and level) and a person's, a saint's or a place's name
SCHOOLS = [
    ("La kermesse de l'école Jules-Ferry aura lieu samedi dans la cour.", "école Jules-Ferry"),
    ("Les élèves de l'école maternelle Jean-Macé ont planté des tulipes.", "école maternelle Jean-Macé"),
    ("Au collège Le Tertre, la principale a accueilli trois nouveaux professeurs.", "collège Le Tertre"),
    ("Le lycée professionnel Émile-Gallé accueille 400 élèves cette année.",
     "lycée professionnel Émile-Gallé"),
    ("Le groupe scolaire Saint-Exupéry fête ses cinquante ans.", "groupe scolaire Saint-Exupéry"),
]


@pytest.mark.parametrize(("text", "school"), SCHOOLS)
def test_a_school_is_named_with_its_kind(extract: Callable[..., dict], text: str, school: str) -> None:
    result = extract(text)
    assert school in _named(result, "organization")
    name = school.split()[-1] if school.split()[-2] != "Le" else " ".join(school.split()[-2:])
    assert name not in _named(result, "place") | _named(result, "person") | _named(result, "misc")


def test_a_school_with_and_without_its_level_is_one(extract: Callable[..., dict]) -> None:
    result = extract("date 2024-09-03\n\nRentrée à l'école Sainte-Odile\n\nLes 200 élèves de l'école "
                     "élémentaire Sainte-Odile ont retrouvé leurs classes lundi.\n")
    orgs = _forms(result, "organization")
    assert orgs.get("école élémentaire Sainte-Odile", set()) >= {"école Sainte-Odile",
                                                                 "école élémentaire Sainte-Odile"}
    assert "école Sainte-Odile" not in orgs


def test_a_school_described_names_none(extract: Callable[..., dict]) -> None:
    result = extract("Une école Jules-Ferry existe dans chaque ville de France.")
    assert "école Jules-Ferry" not in _named(result, "organization")
