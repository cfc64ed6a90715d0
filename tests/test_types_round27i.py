"""Round 27i: the type of a capitalized name that says a body by a noun of its kind.

- A newspaper's or a periodical's title opens on a capitalized noun of the press
  (organizations.json `press_title_words`: "la Revue des ...", "le Courrier de ...",
  "L'Écho du ..."): the model reads it as a work (misc) or an unknown place; it is a
  medium, an organization, in every mention. A one-word title of that kind followed by
  "de" and its town is one name with the town ("la Gazette" + "de Vallorgue").
- "la plateforme X": a platform named before its name is a body (title_heads), and a
  title held in it ends before "de la plateforme" (roles' org_nouns).
- "sur son compte X", "sur sa page X": words published on an account held on an online
  service are published on the service, a medium (media_cues `account_nouns`).

Guards: a book's title in "Journal d'un ...", a gazetteer town after "la page", a person
and a quoted work stay what they were. Invented names and sentences; each fix row fails on
the start code.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import role_triples
from conftest import types_of_bare_name as _types

FIX_ROWS = [
    ("press title, subject of its verb",
     "La Revue des Hautes-Combes a consacré son dernier numéro aux moulins de la vallée.",
     "Revue des Hautes-Combes"),
    ("press title after 'fondateur de'",
     "Anselme Varnier, fondateur du Bulletin de Fontreuil, est mort mardi à 91 ans.",
     "Bulletin de Fontreuil"),
    ("press title opening a sentence",
     "Le Réveil de Sarvignac a publié jeudi la liste des nouveaux conseillers.",
     "Réveil de Sarvignac"),
    ("press title after 'rédacteur en chef de'",
     "Le rédacteur en chef de L'Écho des Combelles, Ferdinand Ostric, a quitté le journal.",
     "Écho des Combelles"),
    ("press title read in",
     "On pouvait lire dans la Tribune du Valmorin un long portrait du nouveau curé.",
     "Tribune du Valmorin"),
    ("one-word title and its town",
     "Dans un entretien accordé à la Gazette de Montfaucelles, le maire a confirmé son départ.",
     "Gazette de Montfaucelles"),
    ("a platform before its name",
     "Dix mille signatures ont été recueillies en trois jours par la plateforme Vivir Juntos Ya.",
     "Vivir Juntos Ya"),
    ("an account on an online service",
     "« La route restera fermée jusqu'à lundi », a écrit la préfecture sur son compte Vélonet.",
     "Vélonet"),
    ("a page on an online service",
     "Le club de Brassac a présenté sur sa page Fotogram son nouveau gardien.",
     "Fotogram"),
]


@pytest.mark.parametrize(("label", "text", "name"), FIX_ROWS, ids=[r[0] for r in FIX_ROWS])
def test_body_by_its_kind(extract: Callable[..., dict], label: str, text: str, name: str) -> None:
    assert "organization" in _types(extract(text), name)


def test_title_held_in_a_platform(extract: Callable[..., dict]) -> None:
    result = extract("Le président de la plateforme Vivir Juntos Ya, Amaury Dellac, appelle au calme.")
    assert ("Amaury Dellac", "président", "Vivir Juntos Ya") in role_triples(result)


GUARD_ROWS = [
    ("a book's title in 'Journal d'un'",
     "Elle a relu cet été le Journal d'un Pêcheur de Loire, paru en 1932.",
     "Journal d'un Pêcheur de Loire", "organization"),
    ("a known town after 'sa page'",
     "Le maire a écrit sur sa page Grenoble un long message.",
     "Grenoble", "organization"),
    ("a person after 'selon'",
     "Selon Ferdinand Ostric, le journal sera vendu en juin.",
     "Ferdinand Ostric", "organization"),
]


@pytest.mark.parametrize(("label", "text", "name", "not_type"), GUARD_ROWS, ids=[r[0] for r in GUARD_ROWS])
def test_guards(extract: Callable[..., dict], label: str, text: str, name: str, not_type: str) -> None:
    assert not_type not in _types(extract(text), name)


def test_known_daily_stays(extract: Callable[..., dict]) -> None:
    result = extract("Le Journal du Vercors a publié une enquête sur la mairie.")
    assert "organization" in _types(result, "Journal du Vercors")
