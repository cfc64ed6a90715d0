"""Round 26h: figures, three decisions of the layer.

- a possessive before a small spelled-out number states how many the owner has ("ses deux
  fils", "leurs trois enfants"), and "l'un des trois juges" how many make the whole: a count,
  not an anaphora ("ces deux produits", "tous deux", "chacun des deux" stay out);
- a verb right before the number bounds it: "le bilan dépasse 300 morts" (more_than), negated
  "n'a pas dépassé 40 %" (at_most), "des amendes pouvant atteindre 5 000 euros" (at_most); the
  span stays on the number; "ne ... plus que 12" (only) is no hedge;
- a bare amount of millions drops the unit of the last scaled amount of its paragraph
  ("9,4 millions de francs ... et 2,7 millions"); after an acronym it is no name number
  ("la CFTD 2,8 millions", unlike "France 2").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


def figures(extract: Callable[..., dict], text: str) -> list[dict[str, Any]]:
    return [e for e in extract(text)["entities"] if e["type"] == "figure"]


def one(extract: Callable[..., dict], text: str, value: float) -> dict[str, Any]:
    found = [f for f in figures(extract, text) if f["value"] == pytest.approx(value)]
    assert found, f"no figure of value {value} in {text!r}: {figures(extract, text)}"
    return found[0]


OWNED = [
    ("Le maire Gaston Quévrel est venu avec ses deux fils, pompiers à Brivac.", 2, "fils"),
    ("Odile Fanchet garde souvent ses quatre petits-enfants le mercredi.", 4, "petits-enfants"),
    ("Le couple Morsac attendait sur le quai avec leurs trois filles.", 3, "filles"),
    ("L'un des trois juges de la cour de Vernade a rédigé un avis contraire.", 3, "juges"),
    ("Selon Marc Tiloux, l'un des quatre associés de la ferme, les bêtes vont bien.", 4, "associés"),
    ("Le témoignage de l'une des deux plaignantes a été jugé crédible.", 2, "plaignantes"),
    ("Nos deux boulangeries de Morlenc resteront ouvertes en août.", 2, "boulangeries"),
]


@pytest.mark.parametrize(("text", "value", "unit"), OWNED)
def test_a_possessive_count_is_a_figure(extract: Callable[..., dict], text: str, value: int,
                                        unit: str) -> None:
    f = one(extract, text, value)
    assert (f["unit"], f["qualifier"]) == (unit, None), f


STILL_ANAPHORA = [  # guards: these refer back to things already counted
    "Ces deux produits de la coopérative de Vernade sont retirés.",
    "Jules Arnaval et Rémi Cosquet sont tous deux élus à Brivac.",
    "Chacun des deux candidats de Morlenc a voté.",
]


@pytest.mark.parametrize("text", STILL_ANAPHORA)
def test_an_anaphoric_number_stays_out(extract: Callable[..., dict], text: str) -> None:
    assert not [f for f in figures(extract, text) if f["value"] == 2], figures(extract, text)


BOUNDING_VERBS = [
    ("Le bilan des inondations de Vernade dépasse 120 morts.", 120, "more_than", "120 morts"),
    ("Le mercure ayant dépassé les 41 degrés, la finale de Brivac fut suspendue.", 41, "more_than",
     "41 degrés"),
    ("Dans ce canton, le chômage dépasse 18 % chez les jeunes.", 18, "more_than", "18 %"),
    ("La participation n'a pas dépassé 58 %, un plancher pour Morlenc.", 58, "at_most", "58 %"),
    ("Selon l'avocat, le préjudice « ne dépasse pas 400 000 euros ».", 400000, "at_most",
     "400 000 euros"),
    ("Au col de Vernade, la visibilité ne dépassait pas 200 mètres.", 200, "at_most", "200 mètres"),
    ("La loi prévoit des amendes pouvant atteindre 80 000 dollars pour les clubs.", 80000,
     "at_most", "80 000 dollars"),
    ("Le coût des travaux de Brivac ne devrait pas excéder 3 millions d'euros.", 3000000,
     "at_most", "3 millions d'euros"),
]


@pytest.mark.parametrize(("text", "value", "qualifier", "name"), BOUNDING_VERBS)
def test_a_bounding_verb_gives_the_qualifier(extract: Callable[..., dict], text: str, value: int,
                                             qualifier: str, name: str) -> None:
    f = one(extract, text, value)
    assert (f["qualifier"], f["name"]) == (qualifier, name), f


ONLY = [
    ("La paroisse de Morlenc ne compte plus que 42 prêtres en activité.", 42, "42 prêtres"),
    ("Le parti de Jean Vaucorbe ne recueillerait plus que 27 % des voix.", 27, "27 %"),
]


@pytest.mark.parametrize(("text", "value", "name"), ONLY)
def test_ne_plus_que_is_no_hedge(extract: Callable[..., dict], text: str, value: int,
                                 name: str) -> None:
    f = one(extract, text, value)
    assert (f["qualifier"], f["name"]) == (None, name), f


UNBOUNDED = [  # guards: a verb that states the figure without bounding it
    ("L'investissement de la fromagerie Cazal atteint 3 millions d'euros.", 3000000, None),
    ("La participation a atteint 61 % à Brivac.", 61, None),
    ("Les chômeurs de plus de 50 ans dépassent 2 000 à Vernade.", 50, "more_than"),
]


@pytest.mark.parametrize(("text", "value", "qualifier"), UNBOUNDED)
def test_other_qualifiers_unchanged(extract: Callable[..., dict], text: str, value: int,
                                    qualifier: str | None) -> None:
    assert one(extract, text, value)["qualifier"] == qualifier


SCALED = [
    ("Le budget de Vernade s'élève à 9,4 millions de francs en fonctionnement et 2,7 millions "
     "en investissement.", 2700000, "francs"),
    ("Il faudrait 380 millions d'euros par an pendant huit ans, contre 140 millions aujourd'hui.",
     140000000, "euros"),
    ("Le conseil de Brivac a voté 2 millions d'euros. Puis la tranche de la digue, pour 1,6 million.",
     1600000, "euros"),
    ("La préfecture a compté 1,3 million de marcheurs, la CFTD 2,8 millions.", 2800000,
     "marcheurs"),
]


@pytest.mark.parametrize(("text", "value", "unit"), SCALED)
def test_a_bare_scaled_amount_takes_the_last_amounts_unit(extract: Callable[..., dict], text: str,
                                                          value: int, unit: str) -> None:
    assert one(extract, text, value)["unit"] == unit


NOT_SCALED = [  # guards: a bare small number, a new paragraph, a name's number
    ("Il y a 6 millions d'euros pour la ville de Morlenc et 12 pour le port.", 12, None),
    ("Vernade compte 2 millions d'habitants.\n\nLe budget du port atteint 5 millions.", 5000000, None),
]


@pytest.mark.parametrize(("text", "value", "unit"), NOT_SCALED)
def test_no_unit_carried_otherwise(extract: Callable[..., dict], text: str, value: int,
                                   unit: str | None) -> None:
    assert one(extract, text, value)["unit"] == unit


def test_a_channel_number_stays_a_name(extract: Callable[..., dict]) -> None:
    assert not figures(extract, "Odile Fanchet regarde France 2 chaque soir à Brivac.")
