"""Round 27p: figures, by the decision that failed.

- a "un"/"une" in a list of counted items is the number one, not an article: "trois
  blessés et un mort", "17 adjoints, 4 conseillers et un trésorier", "cinq granges brûlées,
  un hangar détruit, ..." (figures._listed_ones); not when the "un" item is an apposition
  after a comma, a relation ("un cousin du maire"), a subject of its own clause, or when the
  count is a complement ("une salle de 600 places, une cuisine");
- "Neuf" before its counted noun is the number even when the model tags the capital word a
  name ("Neuf mineurs ont été blessés"); "neuf" after a noun stays the adjective;
- "les N ans du club", "des 80 ans de l'armistice": an anniversary is the thing's age (a
  figure), not a duration (temporal.finder._ok_duration); "les dix ans de guerre",
  "pendant les dix ans du mandat" stay durations;
- "élève à neuf le nombre des blessés": the bare number counts the noun after "le nombre de"
  (units.json tally_nouns; the span stays on the number).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


def figures(extract: Callable[..., dict], text: str) -> list[dict[str, Any]]:
    return [e for e in extract(text)["entities"] if e["type"] == "figure"]


def has(extract: Callable[..., dict], text: str, value: float, unit: str) -> bool:
    return any(f["value"] == pytest.approx(value) and (f.get("unit") or "") == unit
               for f in figures(extract, text))


LISTED_ONES = [  # fix rows: fail on the start code
    ("Selon les pompiers, trois blessés et un mort ont été relevés à Vordel.", "mort"),
    ("Le bureau de l'amicale compte 17 adjoints, 4 conseillers et un trésorier.", "trésorier"),
    ("Cinq granges brûlées, un hangar détruit, une dizaine de clôtures arrachées : "
     "la tempête a frappé Marbeuil.", "hangar"),
    ("Le vieil homme laisse trois nièces et un arrière-petit-fils, Lucien.", "arrière-petit-fils"),
    ("Sur la ligne de départ, 22 hommes et une seule femme, Clémence Ardouval.", "femme"),
    ("L'accident de Vordel a fait un mort et deux blessés légers.", "mort"),
    ("Bilan de la nuit : deux noyés, un disparu et un rescapé.", "disparu"),
]


@pytest.mark.parametrize(("text", "unit"), LISTED_ONES)
def test_one_in_a_list_counts(extract: Callable[..., dict], text: str, unit: str) -> None:
    assert has(extract, text, 1, unit), figures(extract, text)


ONES_STAY_ARTICLES = [  # guards
    "Un pompier a été blessé à Vordel.",
    "Le club a aidé 240 familles, une hausse de 12 % sur un an.",
    "Le projet prévoit une salle de 400 places, une cuisine et un parking.",
    "Le village a perdu deux habitants et un cousin du maire Paul Brenet.",
    "Il a marqué deux buts et un supporter l'a porté en triomphe.",
    "Selon une source policière, une vingtaine de caravanes sont arrivées.",
    "Elle est restée trois jours et une nuit à Marbeuil.",
]


@pytest.mark.parametrize("text", ONES_STAY_ARTICLES)
def test_lone_articles_stay_out(extract: Callable[..., dict], text: str) -> None:
    assert not [f for f in figures(extract, text) if f["value"] == 1], figures(extract, text)


NEUF = [  # fix rows
    ("Neuf mineurs et un contremaître ont été blessés hier à Garvel.", 9, "mineurs"),
    ("Neuf Bretons figurent parmi les lauréats du concours de Vordel.", 9, "bretons"),
]


@pytest.mark.parametrize(("text", "value", "unit"), NEUF)
def test_neuf_before_its_noun(extract: Callable[..., dict], text: str, value: int, unit: str) -> None:
    assert has(extract, text, value, unit), figures(extract, text)


NEUF_ADJECTIVE = [  # guards
    "Un gymnase neuf accueillera les élèves de Garvel.",
    "La mairie de Vordel a été remise à neuf.",
    "Les logements neufs construits à Garvel sont déjà vendus.",
]


@pytest.mark.parametrize("text", NEUF_ADJECTIVE)
def test_neuf_adjective_stays_out(extract: Callable[..., dict], text: str) -> None:
    assert not [f for f in figures(extract, text) if f["value"] == 9], figures(extract, text)


ANNIVERSARIES = [  # fix rows
    ("La fanfare de Vordel fête les 60 ans du jumelage samedi.", 60),
    ("Un concert est prévu pour les quarante ans de la chorale.", 40),
    ("La célébration des 100 ans de l'usine Marbel a réuni le village.", 100),
    ("Garvel prépare les vingt-cinq ans de Brocantel, sa foire aux livres.", 25),
]


@pytest.mark.parametrize(("text", "value"), ANNIVERSARIES)
def test_anniversary_is_an_age(extract: Callable[..., dict], text: str, value: int) -> None:
    assert has(extract, text, value, "ans"), figures(extract, text)


STILL_DURATIONS = [  # guards
    "Les dix ans de guerre ont ruiné Vordel.",
    "Pendant les douze ans du mandat de Paul Brenet, Garvel a grandi.",
    "Les 30 ans de prison requis contre Marc Ollier ont surpris.",
]


@pytest.mark.parametrize("text", STILL_DURATIONS)
def test_years_of_time_stay_durations(extract: Callable[..., dict], text: str) -> None:
    assert not [f for f in figures(extract, text) if f.get("unit") == "ans"], figures(extract, text)


TALLIES = [  # fix rows: "à N le nombre de X" counts X
    ("Ce nouveau cas porte à neuf le nombre de décès recensés à Garvel.", 9, "décès"),
    ("Le chef de centre estime à 160 le nombre d'interventions depuis lundi.", 160, "interventions"),
    ("La mairie de Vordel a fixé à 250 le total de places du parking.", 250, "places"),
]


@pytest.mark.parametrize(("text", "value", "unit"), TALLIES)
def test_tally_counts_its_noun(extract: Callable[..., dict], text: str, value: int, unit: str) -> None:
    assert has(extract, text, value, unit), figures(extract, text)
