"""Round 26g: decisions of the date layer.

- "la rentrée" (des classes, scolaire, 2026, de septembre, d'août) is the month the school
  year starts, in the document's school year: before September the coming one unless
  "depuis" points back, from September the one begun unless a future verb points on.
  Guards: a comeback or an income ("sa rentrée en jeu", "la rentrée d'argent", "les
  rentrées fiscales"), another field's "rentrée" ("parlementaire"), "la pré-rentrée".

Invented names and sentences; each fix row fails on the start code.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest


def dates(result: dict) -> dict[str, str | None]:
    return {e["name"].lower(): e["value"] for e in result["entities"] if e["type"] == "date"}


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
     "Le lycée de Trévillers proposera une section d'horlogerie à la rentrée 2021.",
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
    ("guard: a player's return", "Le milieu Jordan Pellegrin a fait sa rentrée en jeu à l'heure de jeu."),
    ("guard: an income", "Cette rentrée d'argent permettra au club de Morvaux de finir la saison."),
    ("guard: 'la rentrée en' a stage", "La rentrée en scène de la troupe de Vernoux a été saluée."),
    ("guard: tax income", "Les rentrées fiscales de la commune de Grésille ont baissé."),
    ("guard: another field's rentrée", "La rentrée parlementaire s'annonce tendue pour la majorité."),
    ("guard: 'la pré-rentrée'", "Les professeurs du collège des Tilleuls ont boycotté la pré-rentrée."),
    ("guard: a name's return", "La rentrée de Sylvain Ortolan au conseil a surpris ses colistiers."),
]


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

