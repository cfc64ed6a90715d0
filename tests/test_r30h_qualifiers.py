"""Round 30h: figure qualifiers the hedge lexicon read against every annotated dev set.

- "à peine N" ("barely N") is an approximate count, not a bound: approx (models/figures/
  qualifiers.json, before.approx). No working gold of the dev sets gives it less_than; two
  give approx (own_dev3, own_dev10), one at_most (own_dev5).
- "en moyenne N" states an average, an exact value of its own: the hedge stays in the
  figure's text and the qualifier is null (before.exact), as every working gold has it
  (own_dev10, own_dev11; the postposed "40 % en moyenne" already was null).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


def figure_at(extract: Callable[..., dict], text: str, value: float) -> dict[str, Any]:
    found = [e for e in extract(text)["entities"]
             if e["type"] == "figure" and e["value"] == pytest.approx(value)]
    assert found, f"no figure {value} in {text!r}"
    return found[0]


HEDGES = [  # (text, value, qualifier): each row fails on the start code
    ("L'hiver, le hameau de Vercelles compte à peine 200 habitants.", 200, "approx"),
    ("La salle des fêtes n'a accueilli qu'à peine une centaine de curieux samedi.", 100, "approx"),
    ("Au marché de Lorvan, la truite se vend en moyenne 14 euros le kilo.", 14, None),
    ("Chaque foyer de Brennac a reçu en moyenne 320 euros d'aide.", 320, None),
]


@pytest.mark.parametrize(("text", "value", "qualifier"), HEDGES)
def test_hedge_qualifier(extract: Callable[..., dict], text: str, value: float,
                         qualifier: str | None) -> None:
    assert figure_at(extract, text, value)["qualifier"] == qualifier


def test_average_stays_in_span(extract: Callable[..., dict]) -> None:
    fig = figure_at(extract, "Au marché de Lorvan, la truite se vend en moyenne 14 euros le kilo.", 14)
    assert fig["mentions"][0]["text"].startswith("en moyenne")
