"""Round 30a (places): a state that no longer exists is a place, as a country is.

The gazetteer's countries come from CLDR and from ISO 3166-3, whose former countries start
in 1974 ("URSS", "Yougoslavie"); the states of the 19th and 20th centuries before them
("le Reich", "la Prusse", "l'Empire ottoman") and "l'Union soviétique" written out were no
place it knew, and the model reads some of them as bodies ("les journaux du Reich", "livré au
Reich"; "Union soviétique" is a capitalized institution's noun and an adjective to the token
patterns). `scripts/build_gazetteer.py` now types them (`FORMER_STATES`) as countries, and a
country is a place wherever it stands (GUIDELINE.md: a country acting as a government
counts as a place).

Invented sentences; each fix row fails on the start code.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import entity_names
from factx import gazetteer

STATES = [
    ("the Reich after a noun's 'du'",
     "Les journaux du Reich annoncent une nouvelle loi sur la monnaie.", "Reich"),
    ("the Reich after 'au', the one a thing is sold to",
     "On accuse l'officier Bertrand Vasseur d'avoir livré au Reich les cartes du canton.", "Reich"),
    ("the Reich as the government's complement",
     "Les bourses que finance le gouvernement du Reich attirent les étudiants à Zurich.", "Reich"),
    ("the Soviet Union written out, acting",
     "L'Union soviétique a rejeté hier la proposition du diplomate Henri Marsal.", "Union soviétique"),
]

GUARDS = [
    ("guard: a state the model read as a place stays one",
     "La Prusse et la Bavière ont signé un traité douanier.", "Prusse", "place"),
    ("guard: the Reichstag is a parliament, no state",
     "Le Reichstag a voté les crédits militaires mardi.", "Reichstag", None),
]


@pytest.mark.parametrize(("case", "text", "state"), STATES, ids=[r[0] for r in STATES])
def test_former_state_is_a_place(extract: Callable[..., dict], case: str, text: str, state: str) -> None:
    result = extract(text)
    assert state in entity_names(result, "place")
    assert state not in entity_names(result, "organization")


@pytest.mark.parametrize(("case", "text", "name", "kind"), GUARDS, ids=[r[0] for r in GUARDS])
def test_former_state_guards(extract: Callable[..., dict], case: str, text: str, name: str,
                             kind: str | None) -> None:
    result = extract(text)
    if kind is None:
        assert name not in entity_names(result, "place")
    else:
        assert name in entity_names(result, kind)


@pytest.mark.parametrize("name", ["Reich", "Troisième Reich", "Union soviétique", "Empire ottoman",
                                  "Autriche-Hongrie", "Allemagne de l'Est"])
def test_former_states_are_countries(name: str) -> None:
    assert gazetteer.place_kind(name) == "country"
