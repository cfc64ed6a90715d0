"""Round 25p: a lone "un"/"une" that is the number one.

A lone "un"/"une" is an article ("un homme", "une enquête") and no figure. It is the number
one when a hedge of quantity stands right before it ("près d'un", "environ un", "au moins
une", "au plus un": nobody is "at least" an article). Not after "plus d'"/"moins d'" (mostly
idioms: "plus d'un tour dans son sac", "à moins d'un accord"), not before "fois" (a frequency),
and time units stay durations.

"Un"/"une" before an ordinal is a rank, not a fraction, unless a "de" complement follows
("un cinquième des voix"): "un troisième blessé", "une cinquième édition" are no figures
(a third or a half is written "tiers", "demi", never "troisième", "deuxième").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


def figures(extract: Callable[..., dict], text: str) -> list[dict[str, Any]]:
    return [e for e in extract(text)["entities"] if e["type"] == "figure"]


ONE = [
    # a hedge before the article
    ("La Vionne est montée à près d'un mètre du parapet, samedi à Courtefeuille.",
     "près d'un mètre", "mètre", "approx"),
    ("Le planeur s'est posé à environ un kilomètre de la piste de Bréhaudan.",
     "environ un kilomètre", "kilomètre", "approx"),
    ("Chaque village gardera au moins un représentant au conseil, selon Mathis Orlandi.",
     "au moins un représentant", "représentant", "at_least"),
    ("Le stock de Valmorel ne dépassera pas au maximum une tonne de grain cet hiver.",
     "au maximum une tonne", "tonne", "at_most"),
    ("Chaque équipe de Bréhaudan alignera au plus un joueur étranger samedi.",
     "au plus un joueur", "joueur", "at_most"),
]


@pytest.mark.parametrize("text, name, unit, qualifier", ONE)
def test_lone_un_is_one(extract: Callable[..., dict], text: str, name: str, unit: str,
                        qualifier: str | None) -> None:
    figs = [f for f in figures(extract, text) if f["value"] == 1]
    assert [(f["name"], f["unit"], f["qualifier"]) for f in figs] == [(name, unit, qualifier)]


ARTICLE = [
    # guards: an article, a duration, a unit word that is a common noun, a scale
    "Un homme a été interpellé à Vorlanges, une enquête est ouverte.",
    "Les pompiers ont mis près d'une heure à dégager Léo Parmentier.",
    "Il reste moins d'un an avant le scrutin municipal de Vorlanges.",
    "Le maire de Vorlanges a mis un pied dans la salle des fêtes.",
    "Le débat a gagné un degré de tension à Vorlanges.",
    "Il a réuni plus d'un million d'euros pour l'école de Vorlanges.",
    "Ce n'est pas un détail, a dit Léo Parmentier à Vorlanges.",
    "Les exportateurs de Vorlanges profitent d'un dollar faible cet été.",
    "Le facteur passe au moins une fois par semaine à Vorlanges.",
    "À moins d'un accord, les agents de Vorlanges resteront en grève.",
    "Le maire de Vorlanges a plus d'un tour dans son sac.",
]


@pytest.mark.parametrize("text", ARTICLE)
def test_article_stays_article(extract: Callable[..., dict], text: str) -> None:
    assert not [f for f in figures(extract, text) if f["value"] == 1]


RANK = [
    "Un troisième passager a été blessé dans la collision près de Vorlanges.",
    "Le comité de Bréhaudan annonce une septième édition du salon en mai.",
    "Les délégués de Vorlanges ont rejeté une deuxième phase du chantier.",
]


@pytest.mark.parametrize("text", RANK)
def test_article_and_ordinal_is_a_rank(extract: Callable[..., dict], text: str) -> None:
    assert not [f for f in figures(extract, text) if f["value"] < 1]


FRACTION = [
    # guards: fractions stay fractions
    ("Un cinquième des adhérents de Vorlanges n'a pas voté.", 0.2),
    ("Trois dixièmes du budget de Bréhaudan vont à la voirie.", 0.3),
    ("Un tiers des parcelles de Vorlanges est en friche.", 1 / 3),
]


@pytest.mark.parametrize("text, value", FRACTION)
def test_fraction_stays(extract: Callable[..., dict], text: str, value: float) -> None:
    assert [f["value"] for f in figures(extract, text) if f["value"] < 1] == [pytest.approx(value)]
