"""Round 25h: which day a clock time falls on, and which year a year-less date or season takes.

- a clock time with no day of its own takes the day the report last named (its sentence's,
  else an earlier sentence's), not the document's: "lundi soir ... Vers 21 h 40, ...";
- after a night ("dans la nuit de samedi à dimanche", "dans la nuit" of a day before the
  document's), a morning hour is on the night's second day;
- a feast named as an occasion ("une fête d'Halloween") is no such day;
- "midi" inside "après-midi" is no clock time;
- a leading "d'ici (à/au/la fin de)" puts a year-less date after the document date and
  "depuis" before it, whatever the reporting verb's tense;
- a year-less season takes the next year when the document year's season is over and no
  past verb tells of it; "l'été dernier" is the last summer over, "depuis l'automne" the
  last autumn begun;
- guards: a day in the clock's own sentence, no day named at all, a past season of the
  document's year, a season to come after a past reporting verb, a year written out.

Invented names and sentences; each fix row fails on the start code.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest


def date_values(result: dict) -> dict[str, str | None]:
    return {e["name"]: e["value"] for e in result["entities"] if e["type"] == "date"}


def value_of(values: dict[str, str | None], name: str) -> str | None:
    """The value of the date whose name ends with `name` (a leading 'vers'/'à' may stay)."""
    hits = [v for k, v in values.items() if k.lower().endswith(name.lower())]
    return hits[0] if hits else "<none>"


# 2019-03-12 is a Tuesday, 2019-03-14 a Thursday, 2019-03-18 a Monday
FIX_ROWS = [
    ("clock after a weekday named in the sentence before",
     "Un incendie a détruit un hangar agricole à Morvaux lundi soir. Vers 21 h 40, les premiers "
     "pompiers sont arrivés sur place.",
     "2019-03-12", "21 h 40", "2019-03-11T21:40"),
    ("clock after 'hier' named in the sentence before",
     "Le conseil municipal de Vernoux s'est réuni hier soir. La séance a été levée à 23 h 10.",
     "2019-03-12", "23 h 10", "2019-03-11T23:10"),
    ("morning hour in the sentence of a night between two days",
     "Un camion s'est renversé dans la nuit de samedi à dimanche sur la route de Vaubrelle, "
     "vers 3 h 20.",
     "2019-03-18", "3 h 20", "2019-03-17T03:20"),
    ("morning hour in the sentence after a night between two days",
     "Deux voitures ont brûlé dans la nuit de vendredi à samedi à Morvaux. L'alerte a été donnée "
     "à 4 h 15 par un riverain.",
     "2019-03-18", "4 h 15", "2019-03-16T04:15"),
    ("midnight after the night of a day before the document's",
     "Le candidat de Vernoux a été élu lundi. Les résultats ont été publiés dans la nuit, et il "
     "a pris la parole peu après minuit.",
     "2019-03-14", "minuit", "2019-03-12T00:00"),
    ("'d'ici fin' + month after a past reporting verb",
     "Le maire de Vernoux a annoncé que la piscine serait rouverte d'ici fin novembre.",
     "2019-10-04", "fin novembre", "2019-11"),
    ("'d'ici' + month after a past reporting verb",
     "Le directeur a expliqué que vingt postes seraient créés d'ici juin.",
     "2019-11-29", "juin", "2020-06"),
    ("'depuis' + month nearer in the coming year",
     "Il s'agit de la cinquième hausse des tarifs du gaz depuis janvier.",
     "2019-12-20", "janvier", "2019-01"),
    ("'d'ici à' + weekday after a past verb",
     "Les syndicats de l'usine Valmore ont exigé une réponse d'ici à vendredi.",
     "2019-03-12", "vendredi", "2019-03-15"),
    ("'d'ici au' + day and month",
     "L'association a prévenu qu'elle saisirait la justice d'ici au 15 septembre.",
     "2019-09-04", "15 septembre", "2019-09-15"),
    ("season over this year, future verb",
     "Le nouveau camion des pompiers de Morvaux sera livré au printemps.",
     "2019-12-04", "printemps", "2020-SP"),
    ("'l'été dernier' in the autumn",
     "Le club de Vernoux a dû annuler deux tournois l'été dernier.",
     "2019-11-05", "l'été dernier", "2019-SU"),
    ("'depuis l'automne' in January",
     "C'est le quatrième vol de matériel agricole dans le canton depuis l'automne.",
     "2020-01-24", "automne", "2019-FA"),
]

GUARD_ROWS = [
    ("a day in the clock's own sentence",
     "La réunion publique aura lieu le 23 mars à Morvaux, à 20 h.",
     "2019-03-12", "20 h", "2019-03-23T20:00"),
    ("no day named: the document's",
     "Les portes de la mairie de Vernoux ouvriront à 9 h.",
     "2019-03-12", "9 h", "2019-03-12T09:00"),
    ("a feast named after the night is no day of the report",
     "Trois jeunes ont été blessés la nuit dernière lors d'une fête d'Halloween à Vernoux. Les "
     "secours ont été appelés vers 2 h 30.",
     "2019-11-01", "2 h 30", "2019-11-01T02:30"),
    ("past season of the document's year",
     "Au printemps, la commune de Vernoux avait rénové l'école.",
     "2019-11-05", "printemps", "2019-SP"),
    ("season to come after a past reporting verb",
     "Le maire a promis un plan de circulation avant l'été.",
     "2019-03-12", "été", "2019-SU"),
    ("'d'ici' + month with its year",
     "Le chantier de la salle des fêtes sera achevé d'ici juin 2021.",
     "2019-03-12", "juin 2021", "2021-06"),
]


@pytest.mark.parametrize(("case", "text", "ref", "name", "value"), FIX_ROWS + GUARD_ROWS,
                         ids=[r[0] for r in FIX_ROWS + GUARD_ROWS])
def test_day_and_year_of_a_date(extract: Callable[..., dict], case: str, text: str, ref: str,
                                name: str, value: str) -> None:
    values = date_values(extract(text, ref_date=ref))
    assert value_of(values, name) == value, (case, values)


def test_midi_inside_apres_midi_is_no_clock_time(extract: Callable[..., dict]) -> None:
    text = "L'après-midi s'est terminé sur un goûter à la salle des fêtes de Morvaux."
    values = date_values(extract(text, ref_date="2019-03-12"))
    assert not any(v and "T12:00" in v for v in values.values()), values
