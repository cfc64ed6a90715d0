"""Round 29c: two offices held in turn, their dates between them ("conseiller municipal de
1959 à 1977, puis adjoint"; "secrétaire de 1970 à 1975, puis devient présidente de Y").
The second office, after the dates and "puis" (and a verb of becoming), is the same person's;
each keeps its own body (no sharing: "député de 1988 à 1993, puis sénateur de la Meuse")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import role_triples

ROWS = [
    ("Hubert Gallois est mort jeudi. Il avait été adjoint aux sports de 1977 à 1989, puis premier "
     "adjoint.", "Hubert Gallois", "premier adjoint"),
    ("Odile Vernet a été conseillère générale de 1992 à 1998, puis sénatrice.", "Odile Vernet", "sénatrice"),
    ("Lucien Bremontier fut instituteur pendant douze ans, puis directeur d'école.", "Lucien Bremontier",
     "directeur d'école"),
    ("Albert Roussel a été trésorier jusqu'en 2004 puis président du comité.", "Albert Roussel", "président"),
    ("Gisèle Marchand est secrétaire du syndicat de 1970 à 1975, puis devient présidente de la "
     "coopérative.", "Gisèle Marchand", "présidente"),
    ("Armand Jacquot fut comptable en 1981, puis est nommé directeur financier.", "Armand Jacquot",
     "directeur financier"),
    ("Mathis Perrault a été élu conseiller municipal en 1983, puis adjoint en 1989 et maire en 1995.",
     "Mathis Perrault", "maire"),
    ("Roger Vautrin est mort. Il avait été conseiller municipal de 1959 à 1977, puis adjoint chargé des "
     "fêtes sous le mandat de M. Denis Cholley.", "Roger Vautrin", "adjoint chargé des fêtes"),
    ("Gaston Mercier, conseiller municipal de Vesoul, de 1971 à 1983, puis adjoint, est décédé.",
     "Gaston Mercier", "adjoint"),
]


@pytest.mark.parametrize(("text", "person", "title"), ROWS)
def test_second_office_after_dates(extract: Callable[..., dict], text: str, person: str, title: str) -> None:
    roles = role_triples(extract(text))
    assert any(p == person and r == title for p, r, _ in roles), roles


def test_each_office_keeps_its_body(extract: Callable[..., dict]) -> None:
    roles = role_triples(extract("Firmin Lagarde a été député de 1986 à 1993, puis sénateur de la Meuse."))
    assert ("Firmin Lagarde", "sénateur", "Meuse") in roles
    assert ("Firmin Lagarde", "député", None) in roles


def test_no_second_office_of_a_clause_without_title(extract: Callable[..., dict]) -> None:
    roles = role_triples(extract("Firmin Lagarde a été maire de 2001 à 2008, puis le club l'a recruté."))
    assert {r for p, r, _ in roles if p == "Firmin Lagarde"} == {"maire"}
