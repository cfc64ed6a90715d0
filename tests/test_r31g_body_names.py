"""Round 31g: a name that bears a body's mark is no person's.

The model reads some bodies' names as people's; a name no person bears is the body's:
- a word only firms' names bear (organizations.json `company_words`: "Group", "Line",
  "Holdings", ..., with the legal forms and family-firm tails), or an ampersand;
- a club's prefix in capitals before a capitalized word ("US Vernonnet"; "Us" alone may be
  a given name, so the title-and-comma rule took "l'US X" for a person);
- a national charity's name (`national_charities`), whatever the model made of it, a
  person too, unless a civility stands before it.

Invented names and sentences; each row fails on round 31's start code.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import entity_names

ROWS = [
    ("a firm's word 'Group'",
     "L'équipementier a racheté l'an dernier le chinois Hanlong Group, selon un communiqué.",
     "Hanlong Group"),
    ("an ampersand in an acronym listed with a person",
     "Pays-Bas : large victoire de Jan Dekker et du VD&N aux législatives",
     "VD&N"),
    ("a club's prefix in capitals",
     "Rugby : le Stade Orvalais s'impose face à Vernonnet\n\nORVAL. — Le Stade Orvalais l'a "
     "emporté dimanche face à l'US Vernonnet (22-20). L'entraîneur de Vernonnet, Paul Garric, "
     "regrettait la défaite.\n\nAu classement, Orval reste à trois longueurs du leader, Vernonnet.",
     "US Vernonnet"),
    ("a national charity the model read as a person",
     "La solidarité défendue par Emmaüs « change des vies », a dit le maire.",
     "Emmaüs"),
]


@pytest.mark.parametrize("label,text,name", ROWS, ids=[r[0] for r in ROWS])
def test_body_marked_name_is_a_body(extract: Callable[..., dict], label: str, text: str,
                                    name: str) -> None:
    result = extract("date 2010-01-01\n\n" + text)
    assert name not in entity_names(result, "person")
    assert name in entity_names(result, "organization")


def test_person_named_beside_stays(extract: Callable[..., dict]) -> None:
    """Guard: the person listed with the body keeps his type."""
    result = extract("date 2010-01-01\n\nPays-Bas : large victoire de Jan Dekker et du VD&N aux législatives")
    assert "Jan Dekker" in entity_names(result, "person")
