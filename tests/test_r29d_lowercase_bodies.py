"""Round 29d: standing councils and parties named in lower case in wire and encyclopaedic text.

A council or commission completed by a field of public action after "de" and an article
("la commission du contrôle des dépenses", "le conseil de sécurité"), and a party named by its
political family or its members ("le parti socialiste", "le parti des travailleurs"), are one
named body each (components/organizations.py: _domain_council, _party_family). Sentences
invented for the test.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import entity_names

BODIES = [
    ("La commission du contrôle des dépenses a rejeté le rapport de M. Valbrune.",
     "commission du contrôle des dépenses"),
    ("Hier, la commission de l'agriculture et de la pêche a voté le texte de Mme Orlac.",
     "commission de l'agriculture et de la pêche"),
    ("Le 3 mars, la commission consultative des droits de la personne a rendu son avis.",
     "commission consultative des droits de la personne"),
    ("Le conseil de sécurité s'est réuni jeudi à la demande du Brésil.", "conseil de sécurité"),
    ("En 1978, Paul Ternier adhère au parti communiste de sa ville.", "parti communiste"),
    ("Elle fut la candidate du parti socialiste aux élections de 1995.", "parti socialiste"),
    ("Au nom du parti des travailleurs, Ana Ribeira a salué le vote.", "parti des travailleurs"),
]


@pytest.mark.parametrize(("text", "body"), BODIES)
def test_lowercase_body_is_an_organization(extract: Callable[..., dict], text: str, body: str) -> None:
    assert body in entity_names(extract(text), "organization")


NOT_BODIES = [
    "La commission de contrôle désignée par le recteur a remis ses conclusions.",
    "La commission de sécurité a visité la salle des fêtes mardi.",
    "Le pays vit sous un parti unique depuis 1970.",
    "Le parti majoritaire a perdu trois sièges.",
    "Le texte sera présenté en conseil des ministres le 22 septembre.",
]


@pytest.mark.parametrize("text", NOT_BODIES)
def test_kind_of_committee_is_no_body(extract: Callable[..., dict], text: str) -> None:
    assert not entity_names(extract(text), "organization")
