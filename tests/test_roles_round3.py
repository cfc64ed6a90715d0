"""Roles, round 3 of issue 12: constructions of French news read on unseen text (sentences
written for these tests). Each row gives the (person, role, of) that must be read; `of` is
matched on its folded name, None meaning "not checked"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from test_roles import assert_roles, roles_of

# a definite title without a name takes up the person named in the sentences before
ANAPHORS = [
    # a nationality says which office: the person named before, not the one of the title's sentence
    ("Gordon Brown a reçu hier les élus écossais. Dans une lettre, un lycéen de Leeds avait demandé "
     "au Premier ministre britannique de venir.",
     [("Gordon Brown", "premier ministre", "Royaume-Uni")]),
    # an office of a state
    ("Hélène Vidal défend sa réforme. La nouvelle ministre de la Justice la présentera mardi aux députés.",
     [("Hélène Vidal", "nouvelle ministre de la justice", None)]),
    # a named organization
    ("Jean-Louis Debré se dit opposé au projet. Dans une tribune, le président de l'Assemblée nationale "
     "estime que le texte est inutile.",
     [("Jean-Louis Debré", "président", "Assemblée nationale")]),
    # the person who already holds a title of the same family, even beside a pronoun subject
    ("Le Premier ministre visitera Dijon au côté du député-maire UDF Robert Poujade. Il déjeunera "
     "ensuite en compagnie du maire de Dijon.",
     [("Robert Poujade", "maire", "Dijon")]),
]

# the same constructions where the title is somebody else's
NOT_ANAPHORS = [
    # the subject of the title's clause is a pronoun: the named person is that subject
    ("Paul Martin a été reçu hier à Matignon. Il a remis au Premier ministre une pétition de "
     "3 000 signatures.", "Paul Martin"),
    # a sentence that opens on another participant
    ("Marie Colas a déposé plainte lundi. De son côté, le maire de Rodez a demandé une enquête.",
     "Marie Colas"),
    # a title in the complement of a noun of kinship
    ("Luc Bernier est reparti mardi. La fille de l'ambassadeur de Suède l'accompagnait.", "Luc Bernier"),
    # the person named before already holds another title
    ("Claude Ferry, agriculteur à Gray, a manifesté devant la préfecture. Le préfet de la Haute-Saône "
     "a promis une réponse.", "Claude Ferry"),
    # the related title names another commune
    ("La députée-maire de Vesoul, Anne Pichon, a ouvert la foire. Elle a ensuite rencontré le maire "
     "de Luxeuil.", "Anne Pichon"),
]


@pytest.mark.parametrize(("text", "expected"), ANAPHORS, ids=[c[0][:40] for c in ANAPHORS])
def test_title_takes_up_a_name(extract: Callable[..., dict], text: str,
                               expected: list[tuple[str, str, str | None]]) -> None:
    assert_roles(roles_of(extract(text)), expected)


@pytest.mark.parametrize(("text", "person"), NOT_ANAPHORS, ids=[c[0][:40] for c in NOT_ANAPHORS])
def test_title_of_somebody_else(extract: Callable[..., dict], text: str, person: str) -> None:
    got = roles_of(extract(text))
    extra = [g for g in got if g[0] == person and "agriculteur" not in g[1] and "députée-maire" not in g[1]]
    assert not extra, got
