"""Round 26g: two decisions of the date layer.

- A day followed by its hour ("hier vers 18 h 45", "samedi, à 10 h 30", "le vendredi 17 mai
  à 20 h 30") gives two dates in the extraction: the day (a date) and the hour (a time of
  that day), as news writers list them; the date layer alone (`find_dates`) keeps the
  single TimeML expression, and an hour before its day ("9 h le 13 mars") stays one.
- "la rentrée" (des classes, scolaire, 2026, de septembre, d'août) is the month the school
  year starts, in the document's school year: before September the coming one unless
  "depuis" points back, from September the one begun unless a future verb points on.
  Guards: a comeback or an income ("sa rentrée en jeu", "la rentrée d'argent", "les
  rentrées fiscales"), another field's "rentrée" ("parlementaire"), "la pré-rentrée".
- a hedge elided before a vowel ("plus d'une heure", "près d'une heure", "moins d'une
  minute") opens a duration as "plus de deux heures" does, and an age behind it ("âgé de
  plus d'un an", "les nourrissons de moins d'un an") is an age, no duration.

Invented names and sentences; each fix row fails on the start code.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factx.temporal import find_dates


def dates(result: dict) -> dict[str, str | None]:
    return {e["name"].lower(): e["value"] for e in result["entities"] if e["type"] == "date"}


# 2019-03-12 is a Tuesday
SPLIT_ROWS = [
    ("'hier vers' an hour",
     "Un cycliste a été renversé hier vers 18 h 45 au carrefour des Corroyeurs à Morvaux.",
     "2019-03-12", {"hier": "2019-03-11", "18 h 45": "2019-03-11T18:45"}),
    ("a weekday, comma, 'à' an hour",
     "Le marché aux puces de Vernoux ouvrira samedi, à 10 h 30, sur le parking du stade.",
     "2019-03-12", {"samedi": "2019-03-16", "10 h 30": "2019-03-16T10:30"}),
    ("a full date and its hour",
     "L'assemblée de l'amicale des pêcheurs se tiendra le vendredi 17 mai à 20 h 30 à Vernancourt.",
     "2019-03-12", {"le vendredi 17 mai": "2019-05-17", "20 h 30": "2019-05-17T20:30"}),
    ("a weekday 'vers' an hour in words",
     "La rivière a débordé dimanche vers six heures du matin dans le bas du village de Grésille.",
     "2019-03-12", {"dimanche": "2019-03-10", "six heures du matin": "2019-03-10T06:00"}),
    ("'demain à' an hour",
     "Les obsèques de Gilberte Fauchois seront célébrées demain à 15 h en l'église de Morvaux.",
     "2019-03-12", {"demain": "2019-03-13", "15 h": "2019-03-13T15:00"}),
]

SPLIT_GUARDS = [
    ("guard: an hour before its day stays one",
     "Le conseil municipal de Vernoux se réunira à 9 h le 14 mars.",
     "2019-03-12", {"9 h le 14 mars": "2019-03-14T09:00"}),
    ("guard: a weekday and a part of the day stay one",
     "Samedi matin, les bénévoles du club de Morvaux ont nettoyé les berges.",
     "2019-03-12", {"samedi matin": "2019-03-09TMO"}),
]

RENTREE_ROWS = [
    ("'à la rentrée' told in June with a future",
     "Une salle de classe supplémentaire sera ouverte à la rentrée, a promis le maire de Vernoux.",
     "2019-06-20", "la rentrée", "2019-09"),
    ("'depuis la rentrée' in November",
     "Le car scolaire de Morvaux arrive en retard presque chaque jour depuis la rentrée.",
     "2019-11-20", "la rentrée", "2019-09"),
    ("'depuis la rentrée' in February points back a year",
     "Trois enseignants du collège des Tilleuls ne sont pas remplacés depuis la rentrée.",
     "2019-02-20", "la rentrée", "2018-09"),
    ("a past participle in July is the coming rentrée",
     "Institutrice à Grésille depuis douze ans, Odile Marchetti a été nommée à la rentrée à Vernoux.",
     "2019-07-02", "la rentrée", "2019-09"),
    ("'la rentrée' with its year",
     "Le lycée de Vernancourt proposera une section d'horlogerie à la rentrée 2021.",
     "2019-03-12", "la rentrée 2021", "2021-09"),
    ("'la rentrée des classes' as a subject",
     "La rentrée des classes s'est déroulée sans incident dans les écoles de Morvaux.",
     "2019-09-03", "la rentrée des classes", "2019-09"),
    ("'la rentrée d'août' where schools open in August",
     "Quatre classes préfabriquées seront livrées d'ici la rentrée d'août à Saint-Anselme.",
     "2019-03-12", "la rentrée d'août", "2019-08"),
    ("a future verb after September points to the next one",
     "La nouvelle grille horaire des écoles de Vernoux s'appliquera à la rentrée.",
     "2019-11-20", "la rentrée", "2020-09"),
]

NO_RENTREE_ROWS = [
    ("guard: a player's return", "Le milieu Jordan Pellevrin a fait sa rentrée en jeu à l'heure de jeu."),
    ("guard: an income", "Cette rentrée d'argent permettra au club de Morvaux de finir la saison."),
    ("guard: 'la rentrée en' a stage", "La rentrée en scène de la troupe de Vernoux a été saluée."),
    ("guard: tax income", "Les rentrées fiscales de la commune de Grésille ont baissé."),
    ("guard: another field's rentrée", "La rentrée parlementaire s'annonce tendue pour la majorité."),
    ("guard: 'la pré-rentrée'", "Les professeurs du collège des Tilleuls ont boycotté la pré-rentrée."),
    ("guard: a name's return", "La rentrée de Sylvain Ortolan au conseil a surpris ses colistiers."),
]


@pytest.mark.parametrize(("case", "text", "ref", "expected"), SPLIT_ROWS + SPLIT_GUARDS,
                         ids=[r[0] for r in SPLIT_ROWS + SPLIT_GUARDS])
def test_day_and_its_hour(extract: Callable[..., dict], case: str, text: str, ref: str,
                          expected: dict[str, str]) -> None:
    found = dates(extract(text, ref_date=ref))
    assert found == expected, (case, found)


def test_the_date_layer_alone_keeps_one_expression() -> None:
    found = [(e.text, e.value) for e in find_dates("Il est arrivé hier vers 18 h 45.", "2019-03-12")]
    assert found == [("hier vers 18 h 45", "2019-03-11T18:45")]


@pytest.mark.parametrize(("case", "text", "ref", "name", "value"), RENTREE_ROWS,
                         ids=[r[0] for r in RENTREE_ROWS])
def test_school_year_start(extract: Callable[..., dict], case: str, text: str, ref: str,
                           name: str, value: str) -> None:
    found = dates(extract(text, ref_date=ref))
    assert found.get(name, "<none>") == value, (case, found)


@pytest.mark.parametrize(("case", "text"), NO_RENTREE_ROWS, ids=[r[0] for r in NO_RENTREE_ROWS])
def test_no_school_year_start(extract: Callable[..., dict], case: str, text: str) -> None:
    found = dates(extract(text, ref_date="2019-03-12"))
    assert not any("rentr" in name for name in found), (case, found)


ELIDED_ROWS = [
    ("'près d'une heure' after a verb of length",
     "Le dégagement du conducteur coincé a duré près d'une heure, selon les pompiers de Vernoux.",
     "près d'une heure", "PT1H"),
    ("'plus d'une heure' after 'il a fallu'",
     "Les secouristes ont mis plus d'une heure pour atteindre le hameau de Grésille.",
     "plus d'une heure", "PT1H"),
    ("'moins d'une semaine' after 'en'",
     "Le comité de Morvaux a bouclé son budget en moins d'une semaine.",
     "moins d'une semaine", "P1W"),
    ("'au bout d'une heure'",
     "Au bout d'une heure de négociations, les grévistes de l'usine Trivaux ont levé le piquet.",
     "au bout d'une heure", "PT1H"),
]

# an age behind an elided hedge now meets the age checks (the start code read "un an" as a duration)
ELIDED_AGES = [
    ("an age with an elided hedge", "Le petit Louison, âgé de plus d'un an, a été confié à sa tante."),
    ("an age group", "Les nourrissons de moins d'un an sont vaccinés gratuitement à Vernoux."),
]


@pytest.mark.parametrize(("case", "text", "name", "value"), ELIDED_ROWS, ids=[r[0] for r in ELIDED_ROWS])
def test_elided_hedge_duration(extract: Callable[..., dict], case: str, text: str, name: str,
                               value: str) -> None:
    found = dates(extract(text, ref_date="2019-03-12"))
    assert found.get(name, "<none>") == value, (case, found)


@pytest.mark.parametrize(("case", "text"), ELIDED_AGES, ids=[r[0] for r in ELIDED_AGES])
def test_elided_hedge_age(extract: Callable[..., dict], case: str, text: str) -> None:
    found = dates(extract(text, ref_date="2019-03-12"))
    assert not found, (case, found)
