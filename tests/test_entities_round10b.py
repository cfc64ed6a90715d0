"""A number written in words is no name, even where the model reads one (round 10b, lead).

A sentence may open on a number in words ("Douze conseillers ...", "Mille coureurs ..."),
right after a dateline in capitals too; the model sometimes tags that word as a place or
a person. A town or a surname that is a number has more to it ("Sept-Îles", "Trois-Rivières").
"""

from collections.abc import Callable

import pytest


def _names(result: dict, kind: str) -> set[str]:
    return {e["name"] for e in result["entities"] if e["type"] == kind}


@pytest.mark.parametrize("text", [
    "date 2002-06-14\n\nLa fête du village\n\nBRUYÈRES. — Quinze bénévoles ont monté les stands samedi.",
    "date 2001-03-09\n\nConseil municipal\n\nVITTEL. — Douze conseillers étaient présents autour du maire.",
    "Mille coureurs sont attendus dimanche au départ de la course.",
    "Trente exposants ont répondu à l'appel du comité des fêtes.",
])
def test_a_number_in_words_opening_a_sentence_is_no_name(extract: Callable[..., dict], text: str) -> None:
    result = extract(text)
    named = _names(result, "place") | _names(result, "person") | _names(result, "organization")
    assert not {n for n in named if n.split()[0].lower() in {"quinze", "douze", "mille", "trente"}}


def test_a_town_named_by_a_number_stays_a_place(extract: Callable[..., dict]) -> None:
    result = extract("Le groupe a ouvert une usine à Trois-Rivières l'an dernier.")
    assert "Trois-Rivières" in _names(result, "place")
