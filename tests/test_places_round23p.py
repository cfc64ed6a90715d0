"""Towns of a list or a pair whose other member is a place (round 23p).

The towns are real communes the gazetteer knows (its evidence is part of the rule); events
are invented. A town joined by "et", "ou" or a comma (and the repeated "de", "à", "en") to
a name already read as a place stands on the same ground and needs no preposition of its
own: "les maires de X et de Y", "à X, Y et Z", a headline "X et Y : ...". The model often
gives such a member no entity at all (a town the gazetteer knows, or a village of its
village list) (entity_types.gazetteer_places,
`_listed_after_place` / `_listed_before_place`).
"""

from collections.abc import Callable

import pytest

from conftest import entity_names as _names


@pytest.mark.parametrize(("text", "town"), [
    # the second of a pair after "et de"
    ("Les maires de Chaligny et de Neuves-Maisons ont inauguré la passerelle jeudi.", "Neuves-Maisons"),
    ("Les élus de Lunéville et de Neuves-Maisons ont voté le budget commun.", "Neuves-Maisons"),
    # the second of a pair after a bare "et"
    ("Les maires de Chaligny et Neuves-Maisons ont inauguré la passerelle jeudi.", "Neuves-Maisons"),
    # the last of a list after a comma and "et"
    ("La brocante se tiendra à Chaligny, Messein et Neuves-Maisons dimanche.", "Neuves-Maisons"),
    ("Les cadets de Chaligny, Messein et Neuves-Maisons ont disputé le tournoi.", "Neuves-Maisons"),
    ("Les communes de Chaligny, Messein, Pont-Saint-Vincent et Neuves-Maisons se regroupent.",
     "Neuves-Maisons"),
    # a headline's pair: the first member before "et" and a place
    ("Neuves-Maisons et Chaligny : les deux écoles fusionnent\n\nLes conseils municipaux ont "
     "approuvé le projet lundi soir.", "Neuves-Maisons"),
    # a headline's pair: the second member
    ("Chaligny et Neuves-Maisons : la cantine devient commune\n\nLes parents d'élèves ont "
     "approuvé le projet lundi soir.", "Neuves-Maisons"),
    # a village only the village list knows, last of a list or second of a pair
    ("La brocante se tiendra à Chaligny, Messein et Davron dimanche.", "Davron"),
    ("Les maires de Chaligny et Rouge-Perriers ont signé la convention jeudi.", "Rouge-Perriers"),
    ("Les maires de Chaligny et de Thermes-Magnoac ont signé la convention jeudi.", "Thermes-Magnoac"),
])
def test_a_town_listed_with_a_place_is_a_place(extract: Callable[..., dict], text: str, town: str) -> None:
    assert town in _names(extract(text), "place")


@pytest.mark.parametrize(("text", "name", "kind"), [
    # the points of the compass after a place are no towns
    ("Les sapeurs des centres de Lunéville Nord et Sud, puis de Baccarat, sont intervenus.",
     "Sud", None),
    # a person named after a place stays a person
    ("Le maire de Chaligny et Paul Messein, son adjoint, ont reçu les lauréats.", "Paul Messein", "person"),
    # a town already read as a place stays one, the first of a pair too
    ("Entre Neuves-Maisons et Chaligny, la route restera coupée jusqu'à lundi.", "Chaligny", "place"),
    ("Le marché aura lieu à Neuves-Maisons, Messein et Chaligny samedi.", "Messein", "place"),
])
def test_guards(extract: Callable[..., dict], text: str, name: str, kind: str | None) -> None:
    result = extract(text)
    if kind is None:
        assert all(name not in _names(result, k) for k in ("place", "person", "organization"))
    else:
        assert name in _names(result, kind)
