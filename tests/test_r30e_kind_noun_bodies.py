"""Round 30e: a definite noun of a kind of body with no name of its own ("l'équipe",
"l'entreprise") takes up the body named before, as it does as a title's "de" complement ("le
président du club"), in two more places of a role's phrase: the subject of a passive of
coaching or presiding ("L'équipe, entraînée par X"), and after "dans" ("tourneur dans
l'entreprise depuis 1998"). With no body named before, none."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import held_of, role_triples

ROWS = [
    # the subject of a passive of coaching
    ("date 2006-05-22\n\nFootball : l'AS Rouvière monte\n\nL'AS Rouvière a gagné dimanche à domicile. "
     "L'équipe, entraînée par Marc Fabregat, accède à la division supérieure.",
     "Marc Fabregat", "entraîneur", "AS Rouvière"),
    ("date 2006-05-22\n\nFootball : l'US Cambrelle en finale\n\nL'US Cambrelle a tenu son assemblée "
     "générale samedi. L'équipe première, entraînée par Lucas Ferrandi, vise la montée en fin de saison.",
     "Lucas Ferrandi", "entraîneur", "US Cambrelle"),
    # after "dans"
    ("date 2009-02-10\n\nFerronneries Aubrac en difficulté\n\nLe tribunal de commerce a placé la société "
     "Ferronneries Aubrac en redressement judiciaire. « On attend la suite », dit Hervé Castérac, soudeur "
     "dans l'entreprise depuis douze ans.", "Hervé Castérac", "soudeur", "Ferronneries Aubrac"),
    ("date 2009-02-10\n\nLes Papeteries du Lignon ferment\n\nLes Papeteries du Lignon fermeront en juin. "
     "Marc Vidal, électricien dans l'entreprise depuis 1990, ne cache pas sa colère.",
     "Marc Vidal", "électricien", "Papeteries du Lignon"),
]


@pytest.mark.parametrize(("text", "person", "title", "body"), ROWS)
def test_kind_noun_takes_up_the_body_named_before(extract: Callable[..., dict], text: str, person: str,
                                                  title: str, body: str) -> None:
    roles = role_triples(extract(text))
    assert held_of(roles, person, title) == [body], roles


@pytest.mark.parametrize(("text", "person", "title"), [
    ("Dimanche, l'équipe, entraînée par Marc Fabregat, a gagné de trois buts.", "Marc Fabregat", "entraîneu"),
    ("date 2009-02-10\n\nGrève\n\nMarc Vidal, électricien dans l'entreprise depuis 1990, ne cache pas sa "
     "colère.", "Marc Vidal", "électricien"),
])
def test_no_body_named_before_gives_none(extract: Callable[..., dict], text: str, person: str,
                                         title: str) -> None:
    roles = role_triples(extract(text))
    assert held_of(roles, person, title) in ([None], []), roles



def test_a_de_complement_is_not_the_club_named_before(extract: Callable[..., dict]) -> None:
    # "l'équipe de Darney" is Darney's side (the town is typed misc here): never AS Rouvière's
    text = ("date 2006-05-22\n\nFootball : l'AS Rouvière monte\n\nL'AS Rouvière a gagné dimanche. "
            "L'équipe de Darney, entraînée par Paul Vernadet, a perdu.")
    roles = role_triples(extract(text))
    assert held_of(roles, "Paul Vernadet", "entraîneu") in ([None], ["Darney"]), roles
