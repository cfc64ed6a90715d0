"""A time after a role's body is no part of it (issue 12, round 16, the lead's review).

Sentences written for this review, with invented names. "Elle a été élue présidente du comité
lundi": the weekday, "hier", "mardi soir" after the body's noun tell when, and made a body
"comité lundi" (an organization of that name, and the role's `of`). The time is cut: the body
is the noun alone, found as before (the body the text named, a named one after it, or none).
The last two rows already held (the body was named before the time) and must stay.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names
from conftest import held_of as _held
from conftest import role_triples as _roles


@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Ninon Farbaud a été élue présidente du comité lundi.", "Ninon Farbaud", "présidente", None),
    ("Gaspard Lemerlin a été nommé porte-parole du gouvernement mardi soir.", "Gaspard Lemerlin",
     "porte-parole", None),
    ("Gaspard Lemerlin a été réélu président du club hier.", "Gaspard Lemerlin", "président", None),
    # already right: must stay
    ("Ninon Farbaud a été élue présidente du comité des fêtes hier soir.", "Ninon Farbaud", "présidente",
     "comité des fêtes"),
    ("Gaspard Lemerlin a été désigné trésorier de l'amicale des pêcheurs samedi.", "Gaspard Lemerlin",
     "trésorier", "amicale des pêcheurs"),
])
def test_a_time_after_the_body_is_no_part_of_it(extract: Callable[..., dict], text: str, person: str,
                                                role: str, of: str | None) -> None:
    result = extract("date 2001-05-12\n" + text)
    assert _held(_roles(result), person, role) == [of], _roles(result)
    assert not any(w in name for name in entity_names(result, "organization")
                   for w in ("lundi", "mardi", "hier", "samedi"))

