"""Round 25i: figures on new text.

- an age after a bare hedge is a figure, not a duration: "les ouvriers de plus de 50 ans",
  "les moins de 16 ans", "le pont a plus de cent ans" (the date layer read the hedge as its
  preposition of time and skipped every age check); a noun ending in "-age" before "de" is
  no "âge de" ("un voyage de sept ans" stays a duration);
- a tally of a finite body is two figures: "27 élus sur 35" is 27 élus and 35 (élus); a small
  round base stays a rate ("deux Français sur cinq" is 0.4);
- a part of a whole counts the whole's noun: "10 des 17 ministères", "deux de ses clients";
- a bare number linked to the figure just before it counts the same thing: "26 voix contre
  7", "dont 41 millions", "sur 12 500", "6 200 selon la police".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


def figures(extract: Callable[..., dict], text: str) -> list[dict[str, Any]]:
    return [e for e in extract(text)["entities"] if e["type"] == "figure"]


def durations(extract: Callable[..., dict], text: str) -> list[str]:
    return [e["name"] for e in extract(text)["entities"]
            if e["type"] == "date" and e.get("kind") == "duration"]


def one(extract: Callable[..., dict], text: str, value: float) -> dict[str, Any]:
    found = [f for f in figures(extract, text) if f["value"] == pytest.approx(value)]
    assert found, f"no figure of value {value} in {text!r}: {figures(extract, text)}"
    return found[0]


AGES = [
    ("La prime concerne les ouvriers de plus de 55 ans de la filature Vernade.", 55, "more_than"),
    ("Le chômage frappe 28 % des moins de 25 ans à Morlenc.", 25, "less_than"),
    ("Les navettes deviennent gratuites pour les moins de 18 ans dès la rentrée.", 18, "less_than"),
    ("La halle de Brivac a plus de soixante ans et fuit de partout.", 60, "more_than"),
    ("Le cercle nautique compte quarante licenciés de moins de 16 ans.", 16, "less_than"),
    ("La chapelle, vieille de près de 300 ans, sera restaurée.", 300, "approx"),
]


@pytest.mark.parametrize(("text", "value", "qualifier"), AGES)
def test_an_age_after_a_hedge_is_a_figure(extract: Callable[..., dict], text: str, value: int,
                                          qualifier: str) -> None:
    f = one(extract, text, value)
    assert (f["unit"], f["qualifier"], f["kind"]) == ("ans", qualifier, "age"), f


STILL_DURATIONS = [  # guards: a hedged length of time stays a duration
    ("Il a écopé d'une peine de plus de dix ans de réclusion à Morlenc.", "plus de dix ans"),
    ("La sonde a atteint la comète après un voyage de plus de dix ans.", "plus de dix ans"),
    ("Après un voyage de sept ans, la sonde Vénilde arrive enfin.", "sept ans"),
    ("Le chantier du pont de Brivac a duré plus de dix ans.", "plus de dix ans"),
    ("Il reste moins de trois ans à la commune pour se mettre aux normes.", "moins de trois ans"),
    ("L'association de Jeanne Morvil agit depuis plus de vingt ans.", "depuis plus de vingt ans"),
]


@pytest.mark.parametrize(("text", "span"), STILL_DURATIONS)
def test_a_hedged_length_of_time_stays_a_duration(extract: Callable[..., dict], text: str, span: str) -> None:
    assert span in durations(extract, text)


TALLIES = [
    ("La liste de Paul Fabre aura 27 élus sur 35 au conseil de Brivac.", 27, "élus", 35),
    ("Le projet a été approuvé dans 17 cantons sur 26 dimanche.", 17, "cantons", 26),
    ("Onze conseillers sur quinze assistaient à la séance de Morlenc.", 11, "conseillers", 15),
    ("La motion a recueilli 328 députés sur 450 au parlement.", 328, "députés", 450),
]


@pytest.mark.parametrize(("text", "count", "unit", "whole"), TALLIES)
def test_a_tally_of_a_body_is_two_figures(extract: Callable[..., dict], text: str, count: int, unit: str,
                                          whole: int) -> None:
    f = one(extract, text, count)
    assert (f["unit"], f["kind"]) == (unit, "count"), f
    g = one(extract, text, whole)
    assert g["unit"] == unit, g


RATES = [  # guards: a small round base is a rate
    ("Deux habitants sur cinq partent en vacances l'été.", 0.4, "habitants"),
    ("Un électeur sur trois s'est abstenu à Brivac.", 1 / 3, "électeur"),
    ("Sept salariés sur dix sont des femmes chez Vernade.", 0.7, "salariés"),
]


@pytest.mark.parametrize(("text", "value", "unit"), RATES)
def test_a_small_base_stays_a_rate(extract: Callable[..., dict], text: str, value: float, unit: str) -> None:
    f = one(extract, text, value)
    assert (f["unit"], f["kind"]) == (unit, "ratio"), f


PARTS = [
    ("La coalition obtient 10 des 17 ministères du futur gouvernement.", 10, "ministères"),
    ("Les crues ont emporté sept des seize moulins de la vallée.", 7, "moulins"),
    ("Le groupe Vernade annonce que 1 200 de ces départs toucheront la Lorraine.", 1200, "départs"),
    ("Maître Leblanc a obtenu la relaxe de deux de ses clients.", 2, "clients"),
    ("Le pivot a inscrit 14 des 21 points de son équipe.", 14, "points"),
]


@pytest.mark.parametrize(("text", "value", "unit"), PARTS)
def test_a_part_counts_the_whole_noun(extract: Callable[..., dict], text: str, value: int, unit: str) -> None:
    f = one(extract, text, value)
    assert (f["unit"], f["kind"]) == (unit, "count"), f


RESTATED = [
    ("Le budget de Brivac a été voté par 21 voix contre 6 jeudi.", 6, "voix"),
    ("Un plan de 90 millions d'euros, dont 35 millions pour les écoles, a été adopté.", 35000000, "euros"),
    ("Près de 3 000 pharmacies, sur 21 000, étaient fermées samedi.", 21000, "pharmacies"),
    ("Quelque 8 000 personnes selon les organisateurs, 3 100 selon la police, ont défilé à Morlenc.", 3100,
     "personnes"),
    ("L'association compte 212 adhérents, contre 187 il y a un an.", 187, "adhérents"),
    ("Le maire sortant a obtenu 54 % contre 46 pour son adversaire.", 46, "%"),
]


@pytest.mark.parametrize(("text", "value", "unit"), RESTATED)
def test_a_bare_number_counts_what_the_figure_before_counts(extract: Callable[..., dict], text: str,
                                                            value: float, unit: str) -> None:
    f = one(extract, text, value)
    assert f["unit"] == unit, f


UNLINKED = [  # guards: a date or duration between breaks the link; no link word, no unit
    ("Le procureur avait requis huit mois de prison dont deux avec sursis.", 2),
    ("Les 40 bénévoles ont servi le repas. Ensuite, 12 sont restés pour ranger.", 12),
]


@pytest.mark.parametrize(("text", "value"), UNLINKED)
def test_no_unit_without_a_link(extract: Callable[..., dict], text: str, value: int) -> None:
    found = [f for f in figures(extract, text) if f["value"] == value]
    assert all(f["unit"] is None for f in found), found
