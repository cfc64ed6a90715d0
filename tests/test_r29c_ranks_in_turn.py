"""Round 29c: two ranks of a uniformed body held in turn ("le sergent X est promu sergent-chef")
are two roles, not one title and its fuller form; the higher rank written first and the lower
one after is the same rank shortened ("le caporal-chef X ... le caporal X"): one role."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import role_triples

ROWS = [
    ("Le sergent Florian Chapuis est promu sergent-chef.", "Florian Chapuis", {"sergent", "sergent-chef"}),
    ("Lors de la Sainte-Barbe, le caporal Yanis Morvan a été nommé caporal-chef.", "Yanis Morvan",
     {"caporal", "caporal-chef"}),
    ("Le brigadier Hervé Lamotte, promu brigadier-chef, a reçu ses galons.", "Hervé Lamotte",
     {"brigadier", "brigadier-chef"}),
]


@pytest.mark.parametrize(("text", "person", "titles"), ROWS)
def test_lower_then_higher_rank(extract: Callable[..., dict], text: str, person: str,
                                titles: set[str]) -> None:
    roles = role_triples(extract(text))
    assert {r for p, r, _ in roles if p == person} >= titles, roles


def test_higher_rank_shortened_is_one_role(extract: Callable[..., dict]) -> None:
    roles = role_triples(extract("Le caporal-chef Julien Barrachin a reçu la médaille. "
                                 "Le caporal Barrachin a remercié ses collègues."))
    assert {r for p, r, _ in roles if p == "Julien Barrachin"} == {"caporal-chef"}
