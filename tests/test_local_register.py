"""Organizations and places of the local register of a regional daily (issue 11, round 9b):
a canton named by its noun and its town, and more rows of this round below.

Each row is a short text written for these tests in the register of a regional daily of
1999-2004 (councils, fêtes, schools, associations). Pitfall rows keep what must stay.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import mentions_by_name as _forms

DATE = "date 2001-05-12\n\n"


def _role_of(result: dict, role: str) -> str | None:
    """The name of the `of` of the first role fact of that title."""
    names = {e["id"]: e["name"] for e in result["entities"]}
    for fact in result["facts"]:
        if fact.get("type") == "role" and fact.get("role") == role:
            return names.get(fact.get("of"), fact.get("of"))
    return None


# a canton is a territory named by its noun and its chief town: "le canton de Bruyères" is the
# place, and the town named on its own stays a place of its own
CANTONS = [
    ("M. Paul Grosdidier, conseiller général du canton de Bruyères, a coupé le ruban. La "
     "fête de Bruyères a duré deux jours.", "canton de Bruyères", "Bruyères"),
    ("Le canton de Remiremont compte trois candidats. À Remiremont, le sortant se représente.",
     "canton de Remiremont", "Remiremont"),
    ("Les pompiers de Charmes ont défilé. Les maires du canton de Charmes étaient présents.",
     "canton de Charmes", "Charmes"),
]


@pytest.mark.parametrize(("text", "canton", "town"), CANTONS)
def test_a_canton_is_a_place_named_with_its_noun(
        extract: Callable[..., dict], text: str, canton: str, town: str) -> None:
    places = _forms(extract(DATE + text), "place")
    assert canton in places
    assert town in places


def test_a_general_councillor_holds_his_seat_in_the_canton(extract: Callable[..., dict]) -> None:
    result = extract(DATE + "M. Jean Collin, conseiller général du canton de Stenay, assistait à "
                     "la cérémonie. Le maire de Stenay l'a remercié.")
    assert _role_of(result, "conseiller général") == "canton de Stenay"


# pitfalls: an adjective after the noun ("le canton voisin de Plombières") leaves the town
# alone as the place; the noun alone names nothing
CANTON_PITFALLS = [
    ("Dans le canton voisin de Plombières, le conseiller sortant ne se représente pas.",
     "Plombières"),
    ("Tous les maires du canton étaient réunis samedi à Xertigny.", "Xertigny"),
]


@pytest.mark.parametrize(("text", "town"), CANTON_PITFALLS)
def test_no_canton_without_its_complement(extract: Callable[..., dict], text: str, town: str) -> None:
    places = _forms(extract(DATE + text), "place")
    assert town in places
    assert not any(name.startswith("canton") for name in places)
