"""Roles recall by class of French construction (issue 12, round 15m: generality audit).

Sentences written for this audit, with invented names. A rank or an order's dignity given to
everyone listed after it ("Au rang de commandeur : X et Y", "élevés à la dignité de grand
officier X et Y") is held by each one of the list, as "Au grade de sergent : X et Y" is. The
pitfall tables hold what must not change: a wrong title is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import held_of as _held
from conftest import role_triples as _roles


# ---------------------------------------------------------------- "Au rang de commandeur : X et Y"
@pytest.mark.parametrize(("text", "person", "role"), [
    ("Au rang de commandeur : Aurélien Corbineau et Fabrice Haldenwang.", "Fabrice Haldenwang", "commandeur"),
    ("Au rang de commandeur : Aurélien Corbineau et Fabrice Haldenwang.", "Aurélien Corbineau", "commandeur"),
    ("Au rang de chevalier : Nadège Mervillier, Gaston Plumerel et Ludovic Frambois.", "Ludovic Frambois",
     "chevalier"),
    ("Sont promus au rang d'officier Aurélien Corbineau et Nadège Mervillier.", "Nadège Mervillier",
     "officier"),
    ("La promotion du 14 juillet honore plusieurs habitants du canton. Au rang d'officier : Gaston Plumerel "
     "et Nadège Mervillier. Au rang de chevalier : Ludovic Frambois.", "Nadège Mervillier", "officier"),
    ("Ont été élevés à la dignité de grand officier Fabrice Haldenwang et Aurélien Corbineau.",
     "Aurélien Corbineau", "grand officier"),
    ("Sont élevées à la dignité de grand officier Nadège Mervillier et Odette Vasselin.", "Odette Vasselin",
     "grand officier"),
])
def test_a_rank_given_to_each_one_listed(extract: Callable[..., dict], text: str, person: str,
                                         role: str) -> None:
    assert _held(_roles(extract(text)), person, role)


@pytest.mark.parametrize(("text", "person", "title"), [
    # a singular participle: the rank is the first one's alone
    ("Promu au rang de chevalier, Aurélien Corbineau et Fabrice Haldenwang ont fêté cela à la mairie.",
     "Fabrice Haldenwang", "chevalier"),
    # the rank of the first list does not pass to the people of the next sentence
    ("Au rang de commandeur : Aurélien Corbineau. Fabrice Haldenwang et Nadège Mervillier ont applaudi.",
     "Fabrice Haldenwang", "commandeur"),
    # "au rang des" is a row of people, no rank
    ("Au rang des invités : Aurélien Corbineau et Fabrice Haldenwang.", "Fabrice Haldenwang", "invité"),
    ("Au premier rang, Aurélien Corbineau et Fabrice Haldenwang écoutaient le maire.", "Fabrice Haldenwang",
     "maire"),
])
def test_no_rank_for_the_others(extract: Callable[..., dict], text: str, person: str, title: str) -> None:
    assert not _held(_roles(extract(text)), person, title)
