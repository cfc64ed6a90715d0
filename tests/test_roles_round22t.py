"""Roles, round 22t: a verb of office ("diriger", "présider", "entraîner") whose subject takes
up a person without naming them gives that person the title derived from the verb, as a named
subject does: a subject pronoun "il"/"elle" resolved to one person (the resolver the copula rule
"Il est directeur de Y" uses), "ce dernier" / "celui-ci", or a definite description opening the
sentence ("Le quinquagénaire préside le club") standing for the one person the sentence before
names. Sentences and names are invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest


def _roles(result: dict) -> list[tuple[str, str, str | None]]:
    ents = {e["id"]: e["name"] for e in result["entities"]}
    return sorted((ents[f["person"]], f["role"], ents.get(f["of"]))
                  for f in result["facts"] if f["type"] == "role")


FIXES = [
    ("Marcel Tiraboschi est né à Verquenay en 1960. Il préside l'association des Amis du Vieux "
     "Moulin depuis 2001.", ("Marcel Tiraboschi", "président", "Amis du Vieux Moulin")),
    ("Annette Bourlier vit à Verquenay depuis vingt ans. Elle préside le comité des fêtes depuis 2015.",
     ("Annette Bourlier", "présidente", "comité des fêtes")),
    ("Marcel Tiraboschi est arrivé en 1990 à Verquenay. Il entraîne l'US Verquenay depuis 2010.",
     ("Marcel Tiraboschi", "entraîneur", "US Verquenay")),
    ("Odile Carnavet a grandi à Lormeuil. Elle dirige la société Fabrelle depuis trois ans.",
     ("Odile Carnavet", "directrice", "Fabrelle")),
    ("Marcel Tiraboschi a 54 ans. Ce dernier préside le Sporting Arnac depuis 2001.",
     ("Marcel Tiraboschi", "président", "Sporting Arnac")),
    ("Marcel Tiraboschi a 54 ans. Le quinquagénaire préside le Sporting Arnac depuis 2001.",
     ("Marcel Tiraboschi", "président", "Sporting Arnac")),
    ("Annette Bourlier fête ses 62 ans. La sexagénaire dirige la société Fabrelle.",
     ("Annette Bourlier", "directrice", "Fabrelle")),
]

GUARDS = [
    # two people of the pronoun's gender before it: nobody is taken up
    ("Marcel Tiraboschi et Paul Gendrin étaient là. Il dirige le Sporting Arnac depuis 2001.", []),
    # the pronoun's gender fits nobody named
    ("Annette Bourlier fête ses 62 ans. Il préside le Sporting Arnac depuis 2001.", []),
    # a meeting, no body: no office held
    ("Marcel Tiraboschi était là. Il dirige les débats avec calme.", []),
    ("Paul Gendrin est arrivé. Il préside la réunion avec fermeté.", []),
    # a body as the subject
    ("Marcel Tiraboschi était là. Le club dirige la manifestation.", []),
    # a description of the other gender
    ("Annette Bourlier fête ses 62 ans. Le sexagénaire dirige la société Fabrelle.", []),
    # a named subject, as before
    ("Paul Gendrin dirige la société Fabrelle.", [("Paul Gendrin", "directeur", "Fabrelle")]),
]


@pytest.mark.parametrize(("text", "role"), FIXES)
def test_role_verb_subject_taken_up(extract: Callable[..., dict], text: str,
                                    role: tuple[str, str, str | None]) -> None:
    assert role in _roles(extract(text))


@pytest.mark.parametrize(("text", "roles"), GUARDS)
def test_role_verb_subject_guards(extract: Callable[..., dict], text: str,
                                  roles: list[tuple[str, str, str | None]]) -> None:
    assert _roles(extract(text)) == roles
