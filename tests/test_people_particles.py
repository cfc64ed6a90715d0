"""Surnames that open with a particle ("de", "Le", "Van", "Ben"): the surname with its
particle, whatever the particle's case at a sentence's start, is the same person as the full
name it ends; a span the model stops at the particle runs on to the surname (issue 11)."""

from collections.abc import Callable

import pytest

ROWS = [
    ("La navigatrice Odile de Vassal a abandonné mardi. De Vassal a rejoint le port de Brest.",
     {"Odile de Vassal": {"Odile de Vassal", "De Vassal"}}),
    ("Le juge Renaud Van Acker a été saisi. Hier, Van Acker a entendu trois témoins.",
     {"Renaud Van Acker": {"Renaud Van Acker", "Van Acker"}}),
    ("Ces notes intéressent le juge Van Acker depuis le mois de mai.",
     {"Van Acker": {"Van Acker"}}),
]


@pytest.mark.parametrize(("text", "people"), ROWS, ids=[str(i) for i in range(len(ROWS))])
def test_particle_surnames(extract: Callable[..., dict], text: str, people: dict[str, set[str]]) -> None:
    out = {e["name"]: {m["text"] for m in e["mentions"]} for e in extract(text)["entities"]
           if e["type"] == "person"}
    assert out == people
