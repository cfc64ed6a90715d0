"""Organizations that name a thing (round 22p).

The model labels ORG the names of ships, satellites, instruments and products; the gold
lists no organization for them. Two constructions say that a name is a thing:
- the name right after the lower-case noun of a vehicle or an instrument with a definite
  article ("le paquebot X", "du satellite européen X"): one named thing, in all its mentions
  ("X doit revenir"); a maker counted by "un" ("un avion X") and "le satellite de X" stay;
- the name put in apposition to a thing, a work or a product counted by "un", "une"
  ("X, un herbicide vendu par ..."): the product, no body; "X, une entreprise" stays a body.
"""

from collections.abc import Callable

import pytest


def _types(result: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in result["entities"]}


@pytest.mark.parametrize(("text", "name"), [
    ("Le paquebot Kestrel a quitté le port de Brest mardi. Kestrel doit revenir en mai.", "Kestrel"),
    ("La sonde Kestrel a quitté son orbite mardi. Kestrel doit revenir en mai.", "Kestrel"),
    ("Le lancement du satellite Kestrel a été reporté. Les ingénieurs de Kestrel restent prudents.",
     "Kestrel"),
    ("Le cargo Kestrel a quitté le port de Brest mardi. Kestrel doit revenir en mai.", "Kestrel"),
    ("Les vignerons traitent leurs parcelles avec du Kestrel, un désherbant vendu par la firme Dravex.",
     "Kestrel"),
])
def test_a_named_thing_is_no_organization(extract: Callable[..., dict], text: str, name: str) -> None:
    types = _types(extract("date 2024-05-10\n" + text))
    assert types.get(name) != "organization", types


@pytest.mark.parametrize(("text", "name"), [
    # guards: a maker counted by "un", a body in apposition, a firm named by its kind
    ("La société Dravex a présenté mardi un nouveau satellite. Dravex emploie 300 salariés.", "Dravex"),
    ("Altavia, un groupe industriel, a annoncé mardi la création de cinquante emplois à Lyon.", "Altavia"),
    ("Altavia, une entreprise de Lyon, a annoncé mardi la création de cinquante emplois.", "Altavia"),
    ("La firme Altavia a lancé le satellite Orvanne. Altavia emploie 300 salariés.", "Altavia"),
])
def test_a_body_beside_a_thing_stays(extract: Callable[..., dict], text: str, name: str) -> None:
    types = _types(extract("date 2024-05-10\n" + text))
    assert types.get(name) == "organization", types


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("La passation s'est tenue dans la cour de l'hôtel Lambertin en fin de matinée.",
     "cour de l'hôtel Lambertin", "hôtel Lambertin"),
    ("Les élèves se sont rassemblés dans la cour du collège Lucien-Marchetti avant la rentrée.",
     "cour du collège Lucien-Marchetti", "collège Lucien-Marchetti"),
    ("Les grévistes se sont réunis dans la cour de la préfecture de Vesoul mardi matin.",
     "cour de la préfecture de Vesoul", "préfecture de Vesoul"),
])
def test_the_yard_of_a_building_is_no_body(
        extract: Callable[..., dict], text: str, gone: str, kept: str) -> None:
    types = _types(extract("date 2024-05-10\n" + text))
    assert gone not in types and kept in types, types


@pytest.mark.parametrize(("text", "body"), [
    # guards: a court of justice keeps its name
    ("L'affaire sera jugée par la cour d'appel de Besançon en septembre.", "cour d'appel de Besançon"),
    ("Mardi soir, la cour d'assises de la Meuse a rendu son verdict.", "cour d'assises de la Meuse"),
])
def test_a_court_stays_a_body(extract: Callable[..., dict], text: str, body: str) -> None:
    types = _types(extract("date 2024-05-10\n" + text))
    assert types.get(body) == "organization", types
