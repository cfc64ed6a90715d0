"""Teams named by their town (issue 11, round 16k: generality audit).

A regional daily names a club by its town alone ("Frouard a battu Longwy"): the gold counts that
town as an organization. These tables hold sentences written for this audit, with invented
stories: a town opening a brief under a team sport's rubric line and followed by its verb of
result ("X s'est imposé", "X l'emporte", "X a été éliminé par Y", "X mène 3 à 1"), the team a
verb of beating takes as its object ("X bat Y (3-0)"), and a results line ("X - Y : 2-1"). The
pitfall tables hold towns that stay places: the subject of a verb of no game, a record or
inhabitants lost, a winner of an individual sport.
"""

from collections.abc import Callable

import pytest


def _types(result: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in result["entities"]}


# ------------------------------------------- a town opening a brief with its verb of result
@pytest.mark.parametrize(("text", "teams"), [
    ("Basket\nTomblaine s'est imposé face à Gravelines samedi soir.", ("Tomblaine", "Gravelines")),
    ("Handball\nVittel l'emporte de justesse et reste invaincu à domicile.", ("Vittel",)),
    ("Football\nDarney a été éliminé en Coupe de France par Creutzwald.", ("Darney", "Creutzwald")),
    ("Hockey sur glace\nBriey mène 4 à 2 à la fin du deuxième tiers-temps.", ("Briey",)),
    ("Rugby : Pompey s'incline à Auch (18-12) et perd sa place de leader.", ("Pompey",)),
    ("Volley-ball\nMoyenmoutier a perdu contre Tourcoing en trois sets.", ("Moyenmoutier", "Tourcoing")),
    ("Basket\nLudres a remporté le derby face à Dombasle, 85 à 77.", ("Ludres", "Dombasle")),
    ("Football\nDompaire s'est qualifiée pour les huitièmes de finale du challenge.", ("Dompaire",)),
])
def test_a_town_leading_its_result_is_the_team(extract: Callable[..., dict], text: str,
                                               teams: tuple[str, ...]) -> None:
    types = _types(extract("date 2000-03-12\n" + text))
    for team in teams:
        assert types.get(team) == "organization", (team, types)


# ------------------------------------------- the other team, object of a verb of beating
@pytest.mark.parametrize(("text", "teams"), [
    ("Football\nBulgnéville bat Saulxures (3-0) et remonte.", ("Bulgnéville", "Saulxures")),
    ("Basket\nLongwy domine Montmédy 81-64 et conserve la tête.", ("Longwy", "Montmédy")),
    ("Handball\nJoeuf a battu Tourcoing 27-25 samedi soir.", ("Joeuf", "Tourcoing")),
    ("Football\nRaon-aux-Bois a éliminé Vandoeuvre aux tirs au but.", ("Raon-aux-Bois", "Vandoeuvre")),
])
def test_the_beaten_town_is_the_team(extract: Callable[..., dict], text: str,
                                     teams: tuple[str, ...]) -> None:
    types = _types(extract("date 2000-03-12\n" + text))
    for team in teams:
        assert types.get(team) == "organization", (team, types)


# ------------------------------------------- a results line
@pytest.mark.parametrize(("text", "teams"), [
    ("Football\nTomblaine - Briey : 2-1.", ("Tomblaine", "Briey")),
    ("Résultats du week-end\nLudres - Pompey : 0-3.", ("Ludres", "Pompey")),
    ("Longwy - Joeuf : 1-1.\nLes deux équipes se quittent dos à dos.", ("Longwy", "Joeuf")),
    ("Darney - Dompaire : 4-2.", ("Darney", "Dompaire")),
])
def test_a_results_line_names_two_teams(extract: Callable[..., dict], text: str,
                                        teams: tuple[str, ...]) -> None:
    types = _types(extract("date 2000-03-12\n" + text))
    for team in teams:
        assert types.get(team) == "organization", (team, types)


# ------------------------------------------- pitfalls: the town stays a place
@pytest.mark.parametrize(("text", "place"), [
    ("Tomblaine accueille le congrès départemental des notaires ce week-end.", "Tomblaine"),
    ("Tomblaine a inauguré sa nouvelle médiathèque samedi matin.", "Tomblaine"),
    ("Longwy a battu le record de fréquentation de son salon du livre.", "Longwy"),
    # under a sport's rubric too: beating a record is no match ("battre son record")
    ("Handball\nLe maire de Longwy a ouvert la salle. Longwy a battu son record d'affluence.", "Longwy"),
    ("Basket\nTomblaine a encore battu un record de licenciés cette saison.", "Tomblaine"),
    ("La commune de Darney a perdu de 10 à 15 habitants par an depuis 1990.", "Darney"),
    ("Longwy a perdu de 10 à 15 habitants par an depuis 1990.", "Longwy"),
    ("Cyclisme\nLe coureur de Briey s'est imposé au sprint à Montmédy.", "Briey"),
    ("Football\nLe stade de Pompey sera fermé pour travaux jusqu'en juin.", "Pompey"),
    ("Briey mène une politique active en faveur du logement social.", "Briey"),
])
def test_a_town_of_no_game_stays_a_place(extract: Callable[..., dict], text: str, place: str) -> None:
    types = _types(extract("date 2000-03-12\n" + text))
    assert types.get(place) == "place", types
