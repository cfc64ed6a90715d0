"""Round 29e: a name the model calls an organization, written only where someone is or
comes from, is a place (organizations._names_only_arrived_at).

A fronted "À X," opening the sentence ("A" for "À" without its accent) sets the scene where
the event happens: a town or a district, which takes no article, where a body takes its
own ("à l'ONU") and is reached after a verb ("a déclaré à Radio X", left to the model).
Sentences invented for the test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import entity_names

ROWS = [
    ("A Stone Point, dans le Bronx, un immeuble a brûlé.", "Stone Point"),
    ("A Rocky Point, dans le Maryland, des maisons ont brûlé.", "Rocky Point"),
]


@pytest.mark.parametrize(("text", "name"), ROWS)
def test_fronted_place_is_no_body(extract: Callable[..., dict], text: str, name: str) -> None:
    result = extract(text)
    assert name in entity_names(result, "place")
    assert name not in entity_names(result, "organization")
