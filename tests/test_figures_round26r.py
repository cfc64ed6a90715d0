"""Round 26r: figures, the counted noun of a time word.

- "journées" next to a sports league's words ("championnat", "classement", "poule", "de la
  fin", "en tête"...) are the rounds of the league: a count ("après huit journées"), and no
  longer a span of days in the date layer; elsewhere "quatre journées" stays a duration;
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


def of_type(extract: Callable[..., dict], text: str, kind: str) -> list[dict[str, Any]]:
    return [e for e in extract(text)["entities"] if e["type"] == kind]


ROUNDS = [
    ("Le FC Bréval compte neuf points après six journées et pointe à la dernière place du "
     "classement.", 6),
    ("À cinq journées de la fin du championnat, l'US Trémonts garde deux points d'avance.", 5),
    ("Il reste trois journées à disputer et l'AS Morvalec est en tête de sa poule.", 3),
    ("Battue à Morlenc, l'équipe de Vernade reste relégable après douze journées.", 12),
]


@pytest.mark.parametrize(("text", "value"), ROUNDS)
def test_league_rounds_are_counted(extract: Callable[..., dict], text: str, value: int) -> None:
    found = [f for f in of_type(extract, text, "figure") if f["value"] == value]
    assert found and found[0]["unit"] == "journées", of_type(extract, text, "figure")
    dates = [d for d in of_type(extract, text, "date") if "journées" in d["name"]]
    assert not dates, dates


STILL_DAYS = [  # guards: a span of days, no league around
    "Le salon de Brivac a attiré 40 000 visiteurs pendant ses quatre journées d'ouverture.",
    "Les agents de la mairie de Corlay ont cessé le travail durant deux journées.",
]


@pytest.mark.parametrize("text", STILL_DAYS)
def test_days_stay_a_duration(extract: Callable[..., dict], text: str) -> None:
    assert not [f for f in of_type(extract, text, "figure") if f["unit"] == "journées"]


STILL_COUNTED = [  # guards
    ("Le club de Sarvel compte 230 licenciés et trois équipes.", 3, "équipes"),
    ("Les deux buts de Marius Pellet ont offert la victoire à Brivac.", 2, "buts"),
]


@pytest.mark.parametrize(("text", "value", "unit"), STILL_COUNTED)
def test_other_counts_stay(extract: Callable[..., dict], text: str, value: int, unit: str) -> None:
    found = [f for f in of_type(extract, text, "figure") if f["value"] == value]
    assert found and found[0]["unit"] == unit, of_type(extract, text, "figure")
