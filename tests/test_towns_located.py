"""A town the model took for a surname (components/entity_types.py, `located_bodies`): a
one-word name, never written with a first name in the document, that the gazetteer knows as
a town and that is the "de" complement of a local body, a building or an origin, is that
town. A surname after a noun of persons stays a person.

Each row is a sentence written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

ROWS = [
    # a fire station is a body (round 18e), its town a word of its name, as the gold keeps a town
    # named only inside a body's name
    ("Le lieutenant Paul Didier, chef du centre de secours de Bruyères, a dirigé les secours.",
     "centre de secours de Bruyères", "organization"),
    ("Louis Girard, originaire de Percy, était horloger avant la guerre.", "Percy", "place"),
    # named only inside the school's name, the town is a word of it, no person (round 9: nor
    # a place of its own)
    ("Les élèves de l'école de Mathieu ont planté des arbres.", "Mathieu", None),
    # a noun of persons: the name after it is a person
    ("L'avocat de Mathieu a demandé la relaxe de son client.", "Mathieu", "person"),
    # written with a first name elsewhere: a person, wherever it stands
    ("Jean Percy a vendu la ferme. L'école de Percy porte désormais son nom.", "Jean Percy", "person"),
]


@pytest.mark.parametrize(("text", "name", "kind"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_a_town_as_a_local_body_s_complement(extract: Callable[..., dict], text: str, name: str,
                                             kind: str | None) -> None:
    types = {e["name"]: e["type"] for e in extract(text)["entities"]}
    assert types.get(name) == kind, types


EVENTS = [
    # a name right after a noun of events is the event's name, not a place
    ("Les manèges de la foire Sainte-Catherine tournent jusqu'à dimanche.", "Sainte-Catherine", "misc"),
    # with "de", the event is held in the town
    ("La fête de Vittel aura lieu samedi sur les bords du lac.", "Vittel", "place"),
]


@pytest.mark.parametrize(("text", "name", "kind"), EVENTS, ids=[r[1] for r in EVENTS])
def test_an_event_s_name_is_no_place(extract: Callable[..., dict], text: str, name: str, kind: str) -> None:
    types = {e["name"]: e["type"] for e in extract(text)["entities"]}
    assert types.get(name) == kind, types


def test_towns_that_play_are_teams(extract: Callable[..., dict]) -> None:
    text = ("Football. Lyon a battu Marseille 2-1 samedi soir. Cette victoire permet à l'équipe de "
            "prendre la tête du championnat devant Nancy, qui s'est imposé face à Lens.")
    types = {e["name"]: e["type"] for e in extract(text)["entities"]}
    assert all(types.get(n) == "organization" for n in ("Lyon", "Marseille", "Nancy", "Lens")), types


def test_a_town_where_the_match_is_played_stays_a_place(extract: Callable[..., dict]) -> None:
    text = ("Football. Le match a été joué à Lyon devant vingt mille spectateurs. Cette victoire "
            "permet à l'équipe de prendre la tête du championnat.")
    types = {e["name"]: e["type"] for e in extract(text)["entities"]}
    assert types.get("Lyon") == "place", types
