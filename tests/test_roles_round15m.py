"""Roles recall by class of French construction (issue 12, round 15m: generality audit).

Sentences written for this audit, with invented names. A rank or an order's dignity given to
everyone listed after it ("Au rang de commandeur : X et Y", "élevés à la dignité de grand
officier X et Y") is held by each one of the list, as "Au grade de sergent : X et Y" is. The
pitfall tables hold what must not change: a wrong title is worse than none.
A side named by its kind and its town, which no entity names ("L'équipe de X, entraînée par
Y"), is the town's: its coach is the town's, as "l'entraîneur de X" is. "Le club, que préside
X, ..." when the parser makes the relative clause the sentence's root: the body is the noun
before the comma, and a bare "club" takes up the one named before.
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


# ---------------------------------------------------------------- "L'équipe de X, entraînée par Y"
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("L'équipe de Fougerolles, entraînée par Gaston Plumerel, a remporté le derby dimanche.",
     "Gaston Plumerel", "entraîneur", "Fougerolles"),
    ("L'équipe première de Champagney, entraînée par Ludovic Frambois, s'est inclinée à domicile.",
     "Ludovic Frambois", "entraîneur", "Champagney"),
    ("L'équipe féminine de Baume-les-Dames, entraînée par Odette Vasselin, jouera samedi.",
     "Odette Vasselin", "entraîneuse", "Baume-les-Dames"),
    ("Entraînée par Aurélien Corbineau, l'équipe de Valdahon a battu Fougerolles.",
     "Aurélien Corbineau", "entraîneur", "Valdahon"),
    ("L'équipe de Luxeuil-les-Bains, dirigée par Fabrice Haldenwang, a été sacrée championne.",
     "Fabrice Haldenwang", "directeur", "Luxeuil-les-Bains"),
])
def test_a_side_named_by_its_town(extract: Callable[..., dict], text: str, person: str, role: str,
                                  of: str) -> None:
    assert (person, role, of) in _roles(extract(text))


@pytest.mark.parametrize(("text", "person", "title"), [
    # a national side: no town
    ("L'équipe de France, entraînée par Gaston Plumerel, a gagné.", "Gaston Plumerel", "entraîneur"),
    # more of the side's name after the town
    ("L'équipe de Fougerolles de basket, entraînée par Gaston Plumerel, a gagné.", "Gaston Plumerel",
     "entraîneur"),
    # a crew, no side: "de nuit" is no adjective
    ("L'équipe de nuit de Fougerolles, dirigée par Gaston Plumerel, a nettoyé les rues.", "Gaston Plumerel",
     "directeur"),
    # an indefinite side is one of several
    ("Une équipe de Fougerolles, entraînée par Gaston Plumerel, a gagné.", "Gaston Plumerel", "entraîneur"),
])
def test_no_town_for_other_sides(extract: Callable[..., dict], text: str, person: str, title: str) -> None:
    assert set(_held(_roles(extract(text)), person, title)) <= {None}


# ---------------------------------------------------------------- "Le club, que préside X, ..."
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("L'AS Fougerolles a fêté ses cinquante ans samedi. Le club, que préside Gaston Plumerel, compte deux "
     "cents licenciés.", "Gaston Plumerel", "président", "AS Fougerolles"),
    ("Les footballeurs de l'US Champagney ont fêté le titre. Le club, que préside Gaston Plumerel, monte en "
     "division supérieure.", "Gaston Plumerel", "président", "US Champagney"),
    ("Le Cercle d'escrime de Valdahon recrute. Le club, que préside Odette Vasselin, ouvre une section pour "
     "les enfants.", "Odette Vasselin", "présidente", "Cercle d'escrime de Valdahon"),
    ("Le Judo club de Fougerolles organise un stage. L'association, que préside Nadège Mervillier, accueille "
     "cinquante enfants.", "Nadège Mervillier", "présidente", "Judo club de Fougerolles"),
    ("L'Entente sportive de Baume-les-Dames a tenu son assemblée. Le club, que présidait Fabrice Haldenwang "
     "jusqu'en 2019, a changé de bureau.", "Fabrice Haldenwang", "président",
     "Entente sportive de Baume-les-Dames"),
])
def test_the_club_that_someone_presides(extract: Callable[..., dict], text: str, person: str, role: str,
                                        of: str) -> None:
    assert (person, role, of) in _roles(extract(text))


@pytest.mark.parametrize(("text", "person", "title"), [
    # an event or a sitting is no body: no office
    ("L'AS Fougerolles a fêté ses cinquante ans. Le concert, que dirige Gaston Plumerel, aura lieu samedi.",
     "Gaston Plumerel", "directeur"),
    ("L'AS Fougerolles a fêté ses cinquante ans. La séance, que préside Gaston Plumerel, est ouverte.",
     "Gaston Plumerel", "président"),
])
def test_no_office_over_an_event(extract: Callable[..., dict], text: str, person: str, title: str) -> None:
    assert not _held(_roles(extract(text)), person, title)


def test_a_club_named_only_later_is_not_taken_up(extract: Callable[..., dict]) -> None:
    text = ("Le club, que préside Gaston Plumerel, compte deux cents licenciés. L'AS Fougerolles fête ses "
            "cinquante ans.")
    assert set(_held(_roles(extract(text)), "Gaston Plumerel", "président")) <= {None}
