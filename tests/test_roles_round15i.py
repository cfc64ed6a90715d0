"""Roles recall by class of French construction (issue 12, round 15i: generality audit).

Sentences written for this audit, with invented names. A span of time set between a title and
its complement ("la présidente depuis dix ans du club X, Y", "le maire, depuis 2008, de Z, Y")
does not cut the title from its body. The pitfall tables hold what must not change: a wrong
`of` is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import held_of as _held
from conftest import role_triples as _roles


# ---------------------------------------------------------------- "le président depuis 2015 de X"
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("La présidente depuis dix ans du club de tennis de Darney, Ginette Marbochet, a présenté le bilan.",
     "Ginette Marbochet", "présidente", "club de tennis de Darney"),
    ("Le maire, depuis 2008, de Vittel, Roland Pétavin, a inauguré la salle des fêtes.",
     "Roland Pétavin", "maire", "Vittel"),
    ("Le directeur depuis trois ans de l'office de tourisme de Plombières, Lionel Brocquet, quitte "
     "son poste.",
     "Lionel Brocquet", "directeur", "office de tourisme de Plombières"),
    ("La directrice depuis plus de vingt ans de l'école de musique de Corcieux, Odile Charvenat, part à "
     "la retraite.", "Odile Charvenat", "directrice", "école de musique de Corcieux"),
    ("Le trésorier depuis janvier du comité des fêtes de Bulgnéville, Armand Quirielle, a présenté les "
     "comptes.", "Armand Quirielle", "trésorier", "comité des fêtes de Bulgnéville"),
    ("Le président, depuis trois ans, de l'Union sportive de Hadol, Gaëtan Morlevat, a été réélu "
     "dimanche.", "Gaëtan Morlevat", "président", "Union sportive de Hadol"),
    ("La secrétaire depuis 2012 de la chorale de Fontenoy, Maryse Thouvenel, sera honorée samedi.",
     "Maryse Thouvenel", "secrétaire", "chorale de Fontenoy"),
    ("Le trésorier pendant douze ans de l'amicale des pompiers de Dounoux, Armand Quirielle, est décédé.",
     "Armand Quirielle", "trésorier", "amicale des pompiers de Dounoux"),
])
def test_a_time_span_between_the_title_and_its_body(extract: Callable[..., dict], text: str, person: str,
                                                    role: str, of: str) -> None:
    assert (person, role, of) in _roles(extract(text))


@pytest.mark.parametrize(("text", "person", "title"), [
    # the span is no time: "depuis la création de l'association" names no body of the title
    ("Le président depuis la création de l'association, Hubert Fayolle, a ouvert la séance.",
     "Hubert Fayolle", "président"),
    # no complement after the span
    ("Le président depuis 2015, Hubert Fayolle, a ouvert la séance à Darney.", "Hubert Fayolle", "président"),
    # "de suite" closes the span, no body
    ("Hubert Fayolle a été président pendant dix ans de suite à Darney.", "Hubert Fayolle", "président"),
])
def test_no_body_read_past_a_span_that_names_none(extract: Callable[..., dict], text: str, person: str,
                                                 title: str) -> None:
    assert set(_held(_roles(extract(text)), person, title)) <= {None}


# ---------------------------------------------------------------- "Au grade de sergent : X et Y"
@pytest.mark.parametrize(("text", "person", "role"), [
    ("Au grade de sergent : Julien Vaudrey et Thomas Lerouvillois.", "Thomas Lerouvillois", "sergent"),
    ("Au grade de caporal-chef : Gwendal Pierrefitte, Corentin Darbois et Solène Marvaux.", "Solène Marvaux",
     "caporal-chef"),
    ("Ont été promus au grade de sergent Julien Vaudrey et Thomas Lerouvillois.", "Thomas Lerouvillois",
     "sergent"),
    ("Lors de la Sainte-Barbe, plusieurs pompiers ont été distingués. Au grade d'adjudant : "
     "Maëlys Gravelotte et Corentin Darbois. Au grade de sergent : Gwendal Pierrefitte.",
     "Corentin Darbois", "adjudant"),
    ("Sont élevés au grade de lieutenant Solène Marvaux et Gwendal Pierrefitte.", "Gwendal Pierrefitte",
     "lieutenant"),
])
def test_a_grade_given_to_each_one_listed(extract: Callable[..., dict], text: str, person: str,
                                          role: str) -> None:
    assert _held(_roles(extract(text)), person, role)


@pytest.mark.parametrize(("text", "person", "title"), [
    # a singular participle: the grade is the first one's alone
    ("Promu au grade de sergent, Julien Vaudrey et Thomas Lerouvillois ont fêté cela à Darney.",
     "Thomas Lerouvillois", "sergent"),
    # a title before a name, no grade: the second one named holds none
    ("Le sergent Julien Vaudrey et Thomas Lerouvillois ont reçu les élus.", "Thomas Lerouvillois", "sergent"),
    ("Au grade de sergent : Julien Vaudrey. Thomas Lerouvillois et Gwendal Pierrefitte ont été félicités.",
     "Thomas Lerouvillois", "sergent"),
])
def test_no_grade_for_who_is_not_listed(extract: Callable[..., dict], text: str, person: str,
                                        title: str) -> None:
    assert not _held(_roles(extract(text)), person, title)


# ---------------------------------------------------------------- "X entraîne le club Y"
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Gaëtan Morlevat entraîne l'Union sportive de Hadol depuis trois saisons.", "Gaëtan Morlevat",
     "entraîneur", "Union sportive de Hadol"),
    ("Gaëtan Morlevat, qui entraîne les seniors de l'Union sportive de Saulxures, est satisfait.",
     "Gaëtan Morlevat", "entraîneur", "Union sportive de Saulxures"),
    ("Solène Marvaux entraîne depuis 2019 les poussins du FC Dounoux.", "Solène Marvaux", "entraîneuse",
     "FC Dounoux"),
    ("Avant de rejoindre Nancy, Julien Vaudrey avait entraîné l'AS Gironcourt pendant six ans.",
     "Julien Vaudrey", "entraîneur", "AS Gironcourt"),
])
def test_a_coach_named_by_the_verb(extract: Callable[..., dict], text: str, person: str, role: str,
                                   of: str) -> None:
    assert (person, role, of) in _roles(extract(text))


@pytest.mark.parametrize(("text", "person"), [
    # the reflexive: who trains is no coach
    ("Julien Vaudrey s'entraîne avec le club de Dounoux depuis l'été.", "Julien Vaudrey"),
    # "entraîner" as "bring about", or "drag along": no body is its object
    ("La fermeture de l'usine a entraîné le départ de Julien Vaudrey.", "Julien Vaudrey"),
    ("Julien Vaudrey a entraîné son frère dans l'aventure.", "Julien Vaudrey"),
    ("Les pluies ont entraîné des inondations, selon Gwendal Pierrefitte.", "Gwendal Pierrefitte"),
])
def test_no_coach_without_a_team_trained(extract: Callable[..., dict], text: str, person: str) -> None:
    assert not _held(_roles(extract(text)), person, "entraîneu")
