"""Round 27b: a standing council or commission named in lower case by the plural of its members
or of its field ("la commission des finances", "le conseil des gouverneurs") is an organization.

French writes many standing bodies with no capital and no parent body: the head noun
("commission", "conseil": models/organizations.json `member_council_heads`), after a definite
article, and "des" with a plural common noun. Other lower-case institution heads still need a
capital or a territorial adjective in their complement (components/organizations.py: _is_named).

Guards: no article ("en conseil des ministres", the weekly meeting), an indefinite article (a
commission still to be created), a day after the complement (a meeting), a parent body named in
the complement (the parent is the organization), a local committee with its village.

Invented names and sentences; each fix row fails on the start code.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import entity_names

FIX_ROWS = [
    ("sits on the commission, after 'à la'",
     "Élue en 2019, Noémie Brasseur a rejoint la commission des finances l'an passé.",
     "commission des finances"),
    ("agent of a passive verb, after 'par le'",
     "Le projet de budget a été examiné par le conseil des gouverneurs avant le vote de jeudi.",
     "conseil des gouverneurs"),
    ("subject of the clause",
     "À Vranfeuil, la commission des travaux s'est réunie mardi soir pour choisir l'entreprise.",
     "commission des travaux"),
    ("object of 'soumettre à'",
     "Le maire Aurélien Pichon soumettra le dossier au conseil des sages dès la rentrée.",
     "conseil des sages"),
    ("after a title, its body",
     "Le rapporteur de la commission des lois, Timothée Vasseur, a rendu un avis réservé.",
     "commission des lois"),
]


@pytest.mark.parametrize("label,text,body", FIX_ROWS, ids=[r[0] for r in FIX_ROWS])
def test_member_council_is_an_organization(extract: Callable[..., dict], label: str, text: str,
                                           body: str) -> None:
    assert body in entity_names(extract(text), "organization"), label


GUARD_ROWS = [
    ("no article: the government's weekly meeting",
     "Le texte sera présenté en conseil des ministres au début du mois prochain.",
     "conseil"),
    ("indefinite article: a body still to be created",
     "Selon Joël Martinot, il faudrait créer une commission des usagers dans chaque quartier.",
     "commission"),
    ("a day after the complement: a meeting",
     "La réforme sera annoncée lors du conseil des ministres de mercredi, selon l'entourage du "
     "ministre.",
     "conseil"),
]


@pytest.mark.parametrize("label,text,head", GUARD_ROWS, ids=[r[0] for r in GUARD_ROWS])
def test_no_council_organization(extract: Callable[..., dict], label: str, text: str, head: str) -> None:
    assert not any(name.startswith(head) for name in entity_names(extract(text), "organization")), label


KEPT_ROWS = [
    ("a parent body named in the complement is the organization",
     "Le député Arkadi Volne préside désormais la commission des affaires sociales de la Douma.",
     "Douma"),
    ("a local committee with its village",
     "Le comité des fêtes de Varnoux-sur-Aube a organisé une brocante dimanche.",
     "comité des fêtes de Varnoux-sur-Aube"),
]


@pytest.mark.parametrize("label,text,body", KEPT_ROWS, ids=[r[0] for r in KEPT_ROWS])
def test_other_bodies_kept(extract: Callable[..., dict], label: str, text: str, body: str) -> None:
    assert body in entity_names(extract(text), "organization"), label
