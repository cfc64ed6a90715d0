"""Roles of local life by class of French construction (issue 12, round 18d: regional recall).

Each table holds sentences written for this audit, with invented names, one construction per
table: a participle of office detached after a comma whose body the parser did not take as
its head ("le buffet servi par l'amicale, présidée par X"), an adverbial between a
participle of appointment and the title ("élu à l'unanimité président"), and a verb of
succession that names the predecessor by a title ("X succède au président Y": X takes it).
The pitfall tables hold what must not change: a wrong role is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import held_of as _held
from conftest import role_triples as _roles


# ---------------------------------------------------------------- "..., présidée par X"
@pytest.mark.parametrize(("text", "person", "role"), [
    ("On a trinqué ensuite au buffet préparé par l'amicale, présidée par "
     "Firmin Gotteland.", "Firmin Gotteland", "président"),
    ("Le repas a été préparé par les bénévoles de la chorale, présidée par Mme Yolande Barthelmy.",
     "Yolande Barthelmy", "présidente"),
    ("Les enfants ont défilé derrière les musiciens de la fanfare, présidée par Gaëtan Mourlevaux, "
     "jusqu'à la mairie.", "Gaëtan Mourlevaux", "président"),
    ("Une gerbe a été déposée par les membres de la section locale, présidée par Hortense Quimbert.",
     "Hortense Quimbert", "présidente"),
    ("Les coupes ont été offertes par les commerçants de l'union commerciale, présidée par "
     "Sylvain Corbelin.", "Sylvain Corbelin", "président"),
])
def test_a_detached_participle_of_office_on_the_noun_before_its_comma(
        extract: Callable[..., dict], text: str, person: str, role: str) -> None:
    assert role in _held_titles(extract(text), person)


@pytest.mark.parametrize(("text", "person"), [
    # the noun before the comma is no body: a meeting
    # (a group of people named by a plural title, "les trois juges, présidés par X", gives X
    # the presidency since round 26p: a court's presiding judge is its president, as the
    # golds count it; tests/test_roles_round26p.py)
    ("La réunion des parents, présidée par Mathilde Corvisart, a eu lieu mardi.", "Mathilde Corvisart"),
    # a participle that is no office
    ("Le bilan de la saison, présenté par Jules Ravenel, est positif.", "Jules Ravenel"),
    ("Le voyage des anciens, organisé par Rosine Valdahon, a conduit le groupe en Alsace.",
     "Rosine Valdahon"),
])
def test_no_office_from_a_detached_participle_on_no_body(extract: Callable[..., dict], text: str,
                                                         person: str) -> None:
    assert not _held(_roles(extract(text)), person, "présid")


# ---------------------------------------------------------------- "élu à l'unanimité président"
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Marc Ledrouville a été élu à l'unanimité président du syndicat d'initiative.", "Marc Ledrouville",
     "président", "syndicat d'initiative"),
    ("Mme Bérénice Haudricourt a été réélue à l'unanimité présidente de l'amicale des aînés.",
     "Bérénice Haudricourt", "présidente", "amicale des aînés"),
    ("Lors de l'assemblée générale, Ludovic Garandel a été élu pour trois ans trésorier de la "
     "société de chasse.", "Ludovic Garandel", "trésorier", "société de chasse"),
    ("Irène Pontcharraud a été nommée à titre provisoire directrice de la maison de retraite.",
     "Irène Pontcharraud", "directrice", "maison de retraite"),
    ("Norbert Vallerand, qui a été élu à l'unanimité président, remercie les membres.",
     "Norbert Vallerand", "président", None),
])
def test_an_adverbial_between_the_participle_of_appointment_and_the_title(
        extract: Callable[..., dict], text: str, person: str, role: str, of: str | None) -> None:
    assert (person, role, of) in _roles(extract(text))


@pytest.mark.parametrize(("text", "person"), [
    # the adverbial ends the clause: the title after the comma is another person's
    ("Marc Ledrouville a été élu à l'unanimité, le président sortant ne se représentait pas.",
     "Marc Ledrouville"),
    # no participle of appointment before the adverbial
    ("Le budget a été voté à l'unanimité par le conseil, président en tête.", None),
    ("Paul Vermorand a été battu à plate couture par le maire sortant Alain Coubertain.", "Paul Vermorand"),
])
def test_no_title_across_an_adverbial_without_appointment(extract: Callable[..., dict], text: str,
                                                          person: str | None) -> None:
    roles = _roles(extract(text))
    if person is None:
        assert not any(r == "président" for _, r, _ in roles)
    else:
        assert not [r for p, r, _ in roles if p == person]


# ---------------------------------------------------------------- "X succède au président Y"
@pytest.mark.parametrize(("text", "person", "role"), [
    ("Corentin Valmorel succède au président Hubert Lachaussée, qui ne se représentait pas.",
     "Corentin Valmorel", "président"),
    ("Le bureau a été reconduit, Mélanie Fourcaud succédant à la trésorière, Odette Brancion.",
     "Mélanie Fourcaud", "trésorière"),
    ("À l'école, Arnaud Sauveterre remplace l'institutrice Jeanne Malbuisson, partie en retraite.",
     "Arnaud Sauveterre", "instituteur"),
    ("Nadège Ferragoux a succédé en septembre à la directrice Colette Vaubecourt.", "Nadège Ferragoux",
     "directrice"),
    ("Samedi, Octave Rigaudeau succédera au secrétaire Lionel Barbazan, en poste depuis vingt ans.",
     "Octave Rigaudeau", "secrétaire"),
])
def test_the_successor_takes_the_title_of_the_predecessor(extract: Callable[..., dict], text: str,
                                                          person: str, role: str) -> None:
    assert role in _held_titles(extract(text), person)


@pytest.mark.parametrize(("text", "person"), [
    # the predecessor named by kinship: the title after the name is the predecessor's
    ("Élodie Sarrazet succède à son père, Joseph Sarrazet, maire de la commune depuis 1971.",
     "Élodie Sarrazet"),
    # a title with its own complement between it and the name: not read here
    ("Julien Montacier remplace au pied levé le gardien blessé, Fabien Chaumergy.", "Julien Montacier"),
    # a rank is the person's own: the lieutenant who replaces a captain is no captain
    ("À la caserne, le lieutenant Arnaud Sauveterre remplace le capitaine Jérôme Malbuisson, muté à "
     "Besançon.", "Arnaud Sauveterre:capitaine"),
    # an office noun inside the predecessor's title is no office taken ("de mairie")
    ("Arnaud Sauveterre remplace la secrétaire de mairie Jeanne Malbuisson.", "Arnaud Sauveterre:maire"),
    # a form of address is no office handed on
    ("Le père Clément Ravelonne succède à l'abbé Firmin Vautrincourt, parti en retraite.",
     "Clément Ravelonne:abbé"),
    # the verb's object is a thing
    ("Le nouveau gymnase remplace la salle des fêtes, trop vétuste.", None),
    # the title is the subject's own, the verb has none for the object
    ("Le maire Anatole Brisecou succède à Maxime Ravaillac.", "Maxime Ravaillac"),
])
def test_no_title_taken_without_a_titled_predecessor(extract: Callable[..., dict], text: str,
                                                     person: str | None) -> None:
    roles = _roles(extract(text))
    if person is None:
        assert not roles
    elif ":" in person:
        who, title = person.split(":")
        assert title not in {r for p, r, _ in roles if p == who}
    else:
        assert not [r for p, r, _ in roles if p == person]


def _held_titles(result: dict, person: str) -> set[str]:
    return {r for p, r, _ in _roles(result) if p == person}
