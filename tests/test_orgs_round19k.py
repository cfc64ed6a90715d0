"""Sports reports: towns that stand for their teams (round 19k).

A regional daily's sports pages name teams by their town; the annotation counts a town that
plays as a team as an organization (a sports club), and the town where the game is played
("à X") as a place. Classes probed with invented briefs:
- a brief whose rubric opens its first line, the lead running on after it ("Handball. X a
  perdu contre Y"): a sports report, as a rubric on a line of its own already was;
- a score in words with its unit ("3 buts à 0", "2 sets à 1", "4 essais à 2") with a verb of
  the game: a sports report;
- verbs of the game made of a verb and its words, whose subject is a team ("faire match nul",
  "tenir en échec", "se déplacer", "arracher le nul"), and their other team ("l'emporter sur
  Y", "match nul avec Y", "tenir en échec Y", "se déplacer chez Y");
- the subject after a phrase fronted in its clause ("Dans le derby, X a dominé Y"), which the
  parse takes for an apposition.
"""

from collections.abc import Callable

import pytest


def _types(result: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in result["entities"]}


@pytest.mark.parametrize(("text", "teams"), [
    ("Handball. Épinal a perdu contre Dijon.", ("Épinal", "Dijon")),
    ("Volley. Lunéville reçoit Mulhouse samedi pour la 4e journée de championnat.",
     ("Lunéville", "Mulhouse")),
    ("Dans le derby, Golbey-Épinal a dominé Saint-Dié sur le score de 3 buts à 0.",
     ("Golbey-Épinal", "Saint-Dié")),
    ("Samedi soir, Mirecourt a dominé Charmes par 3 sets à 1 au gymnase municipal.",
     ("Mirecourt", "Charmes")),
    ("Football. Sedan a fait match nul avec Reims (1-1).", ("Sedan", "Reims")),
    ("Basket. Toul a tenu en échec Vittel lors de la rencontre de dimanche (70-70).", ("Toul", "Vittel")),
    ("Handball. Verdun l'a emporté sur Bar-le-Duc 31 à 27.", ("Verdun", "Bar-le-Duc")),
    ("Football. Remiremont se déplace chez Lunéville dimanche pour la 8e journée.",
     ("Remiremont", "Lunéville")),
    ("Football. Bitche a arraché le nul à Sarreguemines en fin de match (2-2).", ("Bitche",)),
])
def test_a_town_playing_in_a_sports_brief_is_its_team(
        extract: Callable[..., dict], text: str, teams: tuple[str, ...]) -> None:
    types = _types(extract("date 2001-10-14\n" + text))
    for team in teams:
        assert types.get(team) == "organization", (team, types)


@pytest.mark.parametrize(("text", "place"), [
    # the venue of the game stays a place
    ("Football. Remiremont se déplace à Lunéville dimanche pour la 8e journée.", "Lunéville"),
    ("Basket. Nancy s'est imposé à Gravelines 85 à 79.", "Gravelines"),
    ("Football. Bitche a arraché le nul à Sarreguemines en fin de match (2-2).", "Sarreguemines"),
    # no sports report, or no team
    ("Le Tour de France arrive à Nancy dimanche après une étape de montagne.", "Nancy"),
    ("Le maire d'Épinal se déplace à Dijon mardi pour signer la convention.", "Dijon"),
    ("Le cycliste Paul Rovel a battu Marc Thévenot au sprint à Vittel.", "Vittel"),
])
def test_a_town_where_something_happens_stays_a_place(
        extract: Callable[..., dict], text: str, place: str) -> None:
    types = _types(extract("date 2001-10-14\n" + text))
    assert types.get(place) == "place", types


def test_the_team_s_player_keeps_his_role(extract: Callable[..., dict]) -> None:
    result = extract("date 2001-10-14\nFootball. L'entraîneur de Sedan, Paul Rovel, était déçu. "
                     "Sedan a fait match nul avec Reims (1-1).")
    names = {e["id"]: e["name"] for e in result["entities"]}
    roles = {(names[f["person"]], f["role"], names.get(f["of"]))
             for f in result["facts"] if f["type"] == "role"}
    assert ("Paul Rovel", "entraîneur", "Sedan") in roles, roles
    assert _types(result).get("Sedan") == "organization"
