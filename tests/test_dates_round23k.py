"""Round 23k: which way a year-less day leans (factx.temporal.tense, models/dates/tense.json).

- a past participle with no auxiliary right before the day dates a done event ("réunie
  mardi", "le scrutin organisé dimanche", "la motion votée vendredi"): the past day;
  a participle of plans ("prévu jeudi", "convoqué lundi"): the coming day;
- "depuis" + a weekday: a state that began on a day already gone;
- two days in a row joined by "et" ("jeudi et vendredi") are one span of two days, like
  "les 7 et 8 mars"; two days apart ("lundi et jeudi") stay two days;
- "<N unit> de" + a noun of activity or of a sentence ("deux heures de palabres" is no
  clock time, "une heure de retard", "douze ans de réclusion") is a duration;
- guards: a participle with its auxiliary ("seront bénis samedi"), after a degree adverb
  ("fortement ralentie vendredi"), a noun after a determiner, a name, "y compris".

Invented names and sentences; each fix row fails on the start code.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest


def date_values(result: dict) -> dict[str, str | None]:
    return {e["name"]: e["value"] for e in result["entities"] if e["type"] == "date"}


FIX_ROWS = [
    # ref 2019-03-12 is a Tuesday, 2019-03-14 a Thursday, 2019-03-13 a Wednesday,
    # 2019-03-16 a Saturday, 2019-03-17 a Sunday
    ("bare participle, council met",
     "Réuni jeudi soir en séance, le conseil de Trévillers vote les tarifs de la piscine.",
     "2019-03-12", "jeudi soir", "2019-03-07TEV"),
    ("bare participle after a noun",
     "Les municipales partielles organisées dimanche au Valdor donnent une courte avance aux sortants.",
     "2019-03-14", "dimanche", "2019-03-10"),
    ("bare participle after an adjective",
     "La motion spéciale adoptée vendredi par les élus de Morvaux fixe le tarif de la cantine.",
     "2019-03-13", "vendredi", "2019-03-08"),
    ("bare participle opening the sentence, feminine",
     "Reçue samedi à la mairie, la délégation du club de Vernoux repart avec une subvention.",
     "2019-03-14", "samedi", "2019-03-09"),
    ("participle of a plan",
     "Le concert prévu jeudi à l'église de Morvaux affiche complet.",
     "2019-03-17", "jeudi", "2019-03-21"),
    ("depuis + weekday",
     "Les routiers de l'entreprise Malvoisin bloquent le dépôt de Vernoux depuis mardi.",
     "2019-03-16", "mardi", "2019-03-12"),
]

GUARD_ROWS = [
    ("participle with a future auxiliary",
     "Les nouveaux vitraux de Morvaux seront bénis samedi par l'évêque.",
     "2019-03-14", "samedi", "2019-03-16"),
    ("participle after a degree adverb: a state",
     "Circulation fortement ralentie vendredi sur la ligne de Vernoux.",
     "2019-03-13", "vendredi", "2019-03-15"),
    ("noun after a determiner",
     "Le marché dimanche matin sur la place de Trévillers.",
     "2019-03-14", "dimanche matin", "2019-03-17TMO"),
    ("a name before the day",
     "Les coureurs de Vernoux au semi-marathon à Paris dimanche.",
     "2019-03-14", "dimanche", "2019-03-17"),
    ("y compris",
     "La patinoire de Vernoux ouvrira tous les jours, y compris le 1er novembre.",
     "2020-01-10", "le 1er novembre", "2020-11-01"),
    ("a past auxiliary still decides",
     "Le maire de Trévillers a signé jeudi la convention avec le syndicat des eaux.",
     "2019-03-12", "jeudi", "2019-03-07"),
]


@pytest.mark.parametrize(("case", "text", "ref", "name", "value"), FIX_ROWS + GUARD_ROWS,
                         ids=[r[0] for r in FIX_ROWS + GUARD_ROWS])
def test_year_less_day_direction(extract: Callable[..., dict], case: str, text: str, ref: str,
                                 name: str, value: str) -> None:
    assert date_values(extract(text, ref_date=ref)).get(name) == value, case


PAIR_ROWS = [
    ("two days in a row, present",
     "Le salon des vins de Morvaux se tient jeudi et vendredi sous la halle.",
     "2014-03-18", "jeudi et vendredi", "2014-03-20/2014-03-21"),
    ("two days in a row, past",
     "Les délégués du syndicat se sont retrouvés samedi et dimanche à Vernoux.",
     "2019-03-18", "samedi et dimanche", "2019-03-16/2019-03-17"),
    ("across the end of the week",
     "La foire aux bestiaux de Trévillers a fermé ses portes dimanche et lundi.",
     "2019-03-13", "dimanche et lundi", "2019-03-10/2019-03-11"),
    # "ces" before a pair with no verb leans to the coming days, as "ce" before one day
    ("'ces' with no verb, the coming days",
     "Grande braderie des commerçants ces samedi et dimanche dans les rues de Morvaux.",
     "2019-03-12", "ces samedi et dimanche", "2019-03-16/2019-03-17"),
]


@pytest.mark.parametrize(("case", "text", "ref", "name", "value"), PAIR_ROWS,
                         ids=[r[0] for r in PAIR_ROWS])
def test_two_days_in_a_row_are_one_span(extract: Callable[..., dict], case: str, text: str,
                                        ref: str, name: str, value: str) -> None:
    assert date_values(extract(text, ref_date=ref)).get(name) == value, case


def test_two_days_apart_stay_two_days(extract: Callable[..., dict]) -> None:
    text = "La permanence du député de Vernoux a reçu du public lundi et jeudi."
    values = date_values(extract(text, ref_date="2019-03-16"))
    assert values.get("lundi") == "2019-03-11"
    assert values.get("jeudi") == "2019-03-14"
    assert not any("/" in (v or "") for v in values.values())


LENGTH_ROWS = [
    ("hours of an activity after 'après' are no clock time",
     "Après trois heures de discussions, les élus de Morvaux ont voté le plan de voirie.",
     "trois heures", "PT3H"),
    ("one hour of delay",
     "Le car de ramassage de Vernoux est arrivé avec une heure de retard.",
     "une heure", "PT1H"),
    ("a sentence after 'à'",
     "Le tribunal a condamné le pilleur d'églises à douze ans de réclusion.",
     "douze ans", "P12Y"),
    ("a sentence after 'de'",
     "Le receleur de Trévillers a écopé de sept ans de prison.",
     "sept ans", "P7Y"),
]


@pytest.mark.parametrize(("case", "text", "name", "value"), LENGTH_ROWS, ids=[r[0] for r in LENGTH_ROWS])
def test_length_of_an_activity_or_sentence(extract: Callable[..., dict], case: str, text: str,
                                           name: str, value: str) -> None:
    values = {k.lower(): v for k, v in date_values(extract(text, ref_date="2019-03-12")).items()}
    assert any(k.endswith(name) and v == value for k, v in values.items()), (case, values)


@pytest.mark.parametrize("text", [
    "Le bal de Vernoux commence à vingt-deux heures.",
    "Rendez-vous à quinze heures devant la mairie de Morvaux.",
])
def test_a_clock_time_stays_a_time(extract: Callable[..., dict], text: str) -> None:
    values = date_values(extract(text, ref_date="2019-03-12"))
    assert any(v and "T" in v and not v.startswith("P") for v in values.values()), values


def test_an_age_stays_no_date(extract: Callable[..., dict]) -> None:
    text = "Un cycliste de 45 ans de Trévillers a été blessé."
    values = date_values(extract(text, ref_date="2019-03-12"))
    assert not any(v and v.startswith("P") for v in values.values()), values
