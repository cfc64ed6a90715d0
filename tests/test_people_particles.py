"""Surnames that open with a particle ("de", "Le", "Van", "Ben"): the surname with its
particle, whatever the particle's case at a sentence's start, is the same person as the full
name it ends; a span the model stops at the particle runs on to the surname (issue 11)."""

from collections.abc import Callable

import pytest

from test_people_round8 import _people

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
    out = _people(extract, text)
    assert out == people


# a given name alone (models/names) that the model leaves as a miscellaneous name is a person
# when its sentence says it is someone: local news names minors and defendants so ("l'éducateur
# d'Enzo", "Manon, 17 ans,"); alone it may be a storm or a boat
GIVEN = [
    ("L'éducateur d'Enzo a été entendu par les juges du tribunal pour enfants.", "Enzo", "person"),
    ("Manon, 17 ans, a porté plainte au commissariat de Saint-Dié.", "Manon", "person"),
    # one mention that says who it is types the others
    ("Enzo avait fugué en mars. L'éducateur d'Enzo a été entendu par les juges. Enzo sera placé "
     "dans un foyer.", "Enzo", "person"),
]


@pytest.mark.parametrize(("text", "name", "kind"), GIVEN, ids=[str(i) for i in range(len(GIVEN))])
def test_lone_given_name(extract: Callable[..., dict], text: str, name: str, kind: str) -> None:
    types = {e["name"]: e["type"] for e in extract(text)["entities"]}
    assert types.get(name) == kind
