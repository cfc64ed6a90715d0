"""Round 30d: homes for the elderly are bodies, and a place keeps the letters of an article.

- a home for the elderly named by its kind and a name or its commune ("la maison de
  retraite Les Glycines", "la maison de retraite de Varmont") is one organization, as a
  school is (`home_heads`, `institution_heads`);
- a one-word place that opens on the letters of an article ("le Lavedan", "la Laponie")
  keeps them: only a whole word "La", "Le", "Les" or an elided "L'" is an article
  (entity_types._ARTICLE_START).

Invented names and sentences; each fix row fails on the start code.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import entity_names, role_triples

HOME_ROWS = [
    ("kind and its commune",
     "Les élèves de CM2 ont chanté jeudi pour les résidents de la maison de retraite de "
     "Varmont-sur-Orne.",
     "maison de retraite de Varmont-sur-Orne"),
    ("kind and a name in two words",
     "Le conseil d'administration de la maison de retraite Les Glycines a voté mardi le budget "
     "des travaux.",
     "maison de retraite Les Glycines"),
    ("kind, a saint's name and the commune",
     "Un nouveau minibus a été livré lundi à la maison de retraite Sainte-Agathe de Lorvigny, "
     "grâce aux dons des commerçants.",
     "maison de retraite Sainte-Agathe de Lorvigny"),
]


@pytest.mark.parametrize("label,text,name", HOME_ROWS, ids=[r[0] for r in HOME_ROWS])
def test_home_is_a_body(extract: Callable[..., dict], label: str, text: str, name: str) -> None:
    assert name in entity_names(extract(text), "organization")


def test_home_director_holds_office_there(extract: Callable[..., dict]) -> None:
    text = ("Les travaux de la maison de retraite Sainte-Agathe de Lorvigny dureront un an. "
            "« Les résidents resteront sur place », assure la directrice, Odile Verchère.")
    roles = role_triples(extract(text))
    assert ("Odile Verchère", "directrice", "maison de retraite Sainte-Agathe de Lorvigny") in roles, roles


PLACE_ROWS = [
    ("'le' then a region opening on 'La'",
     "Les moutons transhument chaque été dans le Lavedan, dit le berger.",
     "Lavedan"),
    ("'la' then a land opening on 'La'",
     "Les éleveurs de rennes vivent dans la Laponie depuis des siècles, dit le guide.",
     "Laponie"),
]


@pytest.mark.parametrize("label,text,name", PLACE_ROWS, ids=[r[0] for r in PLACE_ROWS])
def test_place_keeps_its_first_letters(extract: Callable[..., dict], label: str, text: str,
                                       name: str) -> None:
    assert name in entity_names(extract(text), "place")
