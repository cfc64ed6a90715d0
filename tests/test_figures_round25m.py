"""Round 25m: the same figure in the headline and in the body is one figure.

A headline gives a figure ("420 emplois menacés") and the body restates it, often with the
hedge the headline dropped ("près de 420 emplois"). That is one figure: the body's occurrence
names it and keeps its qualifier, the headline's is one more mention. Only a headline (a short
first line of its own, no full stop) and the same value and counted noun (singular or plural,
digits or words) merge; two figures of the same value in the body stay two.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


def figures(extract: Callable[..., dict], text: str, value: float) -> list[dict[str, Any]]:
    return [e for e in extract(text)["entities"]
            if e["type"] == "figure" and e["value"] == pytest.approx(value)]


MERGED = [
    # headline without the hedge, body with it
    ("Vermanges : 420 emplois menacés chez Tollet\n\nLa direction de Tollet a annoncé mardi "
     "la suppression de près de 420 emplois sur le site de la zone nord.",
     420, "près de 420 emplois", "approx"),
    ("Orvilliers : 1 200 euros dérobés à la kermesse\n\nLes voleurs ont emporté quelque "
     "1 200 euros dans la caisse de l'amicale laïque, dimanche soir.",
     1200, "quelque 1 200 euros", "approx"),
    ("Grève à Saint-Lubin : 35 % des commerces fermés\n\nSelon la chambre de commerce, "
     "environ 35 % des commerces du centre ont gardé le rideau baissé jeudi.",
     35, "environ 35 %", "approx"),
    # the body restates the figure as written
    ("Un cycliste de 27 ans blessé à Pontoval\n\nUn cycliste de 27 ans a été percuté samedi "
     "par une camionnette à l'entrée du bourg.", 27, "27 ans", None),
    ("Le club de Mareuil recrute 12 bénévoles\n\nPour sa fête d'été, le club de Mareuil "
     "cherche 12 bénévoles prêts à tenir la buvette.", 12, "12 bénévoles", None),
    # digits in the headline, words in the body
    ("Sécheresse : 48 communes privées d'eau potable\n\nQuarante-huit communes du plateau "
     "sont désormais ravitaillées par camion-citerne.", 48, "Quarante-huit communes", None),
    # a "date" header line before the headline
    ("date 2021-06-14\n\nBrécy : 600 spectateurs pour le festival\n\nPlus de 600 spectateurs "
     "ont assisté au concert d'ouverture samedi soir.", 600, "Plus de 600 spectateurs",
     "more_than"),
]


@pytest.mark.parametrize(("text", "value", "name", "qualifier"), MERGED)
def test_headline_figure_restated_in_the_body_is_one(extract: Callable[..., dict], text: str,
                                                     value: float, name: str,
                                                     qualifier: str | None) -> None:
    found = figures(extract, text, value)
    assert len(found) == 1, found
    assert found[0]["name"] == name
    assert (found[0].get("qualifier") or None) == qualifier
    assert len(found[0]["mentions"]) == 2


GUARDS = [
    # no headline: a first paragraph ending with a full stop; two figures of the same value stay two
    ("Le conseil de Ravigny a voté 12 subventions aux associations.\nLa région a de son côté "
     "accordé 12 subventions aux clubs du canton.", 12, 2),
    # a headline figure the body does not restate stays
    ("Trélaze : 300 emplois menacés\n\nLa direction a confirmé mardi que près de 310 emplois "
     "pourraient disparaître d'ici l'été.", 300, 1),
    # a hedged figure of the same value far from the lead counts something else: two figures
    ("Port-Aubrac : trois navires attendus au quai Lemoine\n\nLes paquebots accostent ce week-end "
     "au quai Lemoine, une première pour la ville.\n\nLa capitainerie espère ensuite recevoir "
     "jusqu'à trois navires chaque mois pendant l'été.", 3, 2),
    # same value, another counted noun: two figures
    ("Textile : la filature Dumoulin supprime 74 emplois\n\nLa filature emploie encore 74 "
     "intérimaires, qui ne sont pas concernés.", 74, 2),
]


@pytest.mark.parametrize(("text", "value", "count"), GUARDS)
def test_other_figures_stay_apart(extract: Callable[..., dict], text: str, value: float,
                                  count: int) -> None:
    assert len(figures(extract, text, value)) == count
