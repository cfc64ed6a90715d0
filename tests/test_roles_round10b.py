"""Roles, round 10b of issue 12: constructions that carry to text nobody tuned on.

One word that qualifies the holder may stand between a title's apposition and the name
("le président du jury, la Kazakhe X", "la maire sortante, l'écologiste Y", "le recteur du
sanctuaire, le père Z"), a nationality no lexicon lists included; a date there is no such
word. A bare "président" in a story about a foreign state's election is its head of state,
not the party the story names. One who holds an office and stands in for a body or a
person on an occasion ("qui représentait le conseil", "représentant le diocèse") holds no
office of representative besides; the noun with its complement still is one.
Sentences written for these tests; rows give (person, role, of), `of` None meaning the role
must have no organization or place."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factx.resolve.lexicon import fold
from test_roles import roles_of
from test_roles_round5 import assert_of

QUALIFIED_HOLDER = [
    # a nationality noun the lexicon does not list, then the holder
    ("La présidente du jury, la Kazakhe Aïgoul Nourbekova, a rendu son verdict vendredi.",
     [("Aïgoul Nourbekova", "présidente du jury", None)]),
    ("Le directeur de l'Observatoire européen austral, le Qatarien Salem Al-Kuwari, a présenté "
     "les premières images du télescope.",
     [("Salem Al-Kuwari", "directeur", "Observatoire européen austral")]),
    # a political family
    ("À Besançon, la maire sortante, l'écologiste Claire Vuitton, est réélue dès le premier tour.",
     [("Claire Vuitton", "maire sortante", "Besançon")]),
    ("Le président de la commission des finances, le centriste Hervé Morlot, a annoncé son "
     "abstention.",
     [("Hervé Morlot", "président", "commission des finances")]),
    # a priest's "père"
    ("« La fréquentation a doublé », se réjouit le recteur du sanctuaire, le père Anselme Roux.",
     [("Anselme Roux", "recteur du sanctuaire", None)]),
]


@pytest.mark.parametrize(("text", "expected"), QUALIFIED_HOLDER, ids=[c[0][:40] for c in QUALIFIED_HOLDER])
def test_one_word_qualifies_the_holder(extract: Callable[..., dict], text: str,
                                      expected: list[tuple[str, str, str | None]]) -> None:
    assert_of(roles_of(extract(text)), expected, exact=False)


@pytest.mark.parametrize("text", [
    # a date between the apposition and the name is no qualifier of the holder
    "Le directeur de la scierie, le lendemain Paul Girard a repris le travail.",
    "La présidente de l'amicale, la veille Marie Colin avait prévenu la mairie.",
])
def test_a_date_is_no_qualifier(extract: Callable[..., dict], text: str) -> None:
    got = roles_of(extract(text))
    assert not [g for g in got if fold(g[1]).startswith(("directeur", "presidente"))], got


HEAD_OF_STATE = [
    # a foreign state's election: the outgoing president against a party's candidate
    ("Niger : l'opposition revendique la victoire\n\nNiamey, 14 mars 2011. – Le candidat de "
     "l'Alliance pour le renouveau (APR), Issa Maïga, se dit certain de devancer le président "
     "sortant, Boubacar Hamani, dans les urnes.",
     [("Issa Maïga", "candidat", "Alliance pour le renouveau"),
      ("Boubacar Hamani", "président sortant", "Niger")]),
    ("Bénin : un second tour serré\n\nCotonou, 20 mars 2011. – Le Parti du progrès a mené "
     "campagne dans le nord. Le président sortant, Lucien Adjovi, a voté à Porto-Novo.",
     [("Lucien Adjovi", "président sortant", "Bénin")]),
]


@pytest.mark.parametrize(("text", "expected"), HEAD_OF_STATE, ids=[c[0][:30] for c in HEAD_OF_STATE])
def test_bare_president_of_a_foreign_state_is_no_party_office(
        extract: Callable[..., dict], text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert_of(roles_of(extract(text)), expected, exact=True)


@pytest.mark.parametrize(("text", "expected"), [
    # a French party's congress: its president stays the party's
    ("Le congrès de l'UMP s'est ouvert samedi à Lille. Le président, Paul Morel, a pris la parole.",
     [("Paul Morel", "président", "UMP")]),
    ("Le Parti radical a réuni son congrès à Lyon. Le président, Jean Vial, a appelé à l'union.",
     [("Jean Vial", "président", "Parti radical")]),
])
def test_party_president_at_home_keeps_the_party(extract: Callable[..., dict], text: str,
                                                  expected: list[tuple[str, str, str | None]]) -> None:
    assert_of(roles_of(extract(text)), expected, exact=True)


STAND_IN = [
    # an office holder standing in for another on an occasion
    ("L'adjointe aux écoles, Lucie Voirin, qui représentait le conseil, a coupé le ruban.",
     [("Lucie Voirin", "adjointe")]),
    ("Le doyen du chapitre, Luc Perrin, représentant le diocèse, a béni les nouvelles cloches.",
     [("Luc Perrin", "doyen")]),
    ("La directrice de l'école, Anne Thiriet, représentant l’inspection, a remis les prix.",
     [("Anne Thiriet", "directrice")]),
]


@pytest.mark.parametrize(("text", "expected"), STAND_IN, ids=[c[0][:40] for c in STAND_IN])
def test_standing_in_is_no_office(extract: Callable[..., dict], text: str,
                                  expected: list[tuple[str, str]]) -> None:
    got = roles_of(extract(text))
    for person, role in expected:
        assert any(fold(g[0]) == fold(person) and fold(g[1]).startswith(fold(role)) for g in got), got
        assert not any(fold(g[0]) == fold(person) and fold(g[1]).startswith("representant") for g in got), got


@pytest.mark.parametrize(("text", "person", "of"), [
    # the noun with its complement, or the verb of one who holds nothing else: an office
    ("Le représentant de la Fondation Abbé-Pierre, Hugo Lemaire, a visité le foyer.",
     "Hugo Lemaire", "Fondation Abbé-Pierre"),
    ("Sophie Marcheix représente la Confédération paysanne au conseil d'administration.",
     "Sophie Marcheix", "Confédération paysanne"),
])
def test_representative_still_read(extract: Callable[..., dict], text: str, person: str, of: str) -> None:
    assert_of(roles_of(extract(text)), [(person, "représentant" if person == "Hugo Lemaire"
                                         else "représentante", of)], exact=True)


FRONTED_BODY = [
    # a body in a phrase fronted to the title's clause, more than five words back
    ("Le Front de gauche recule dans l'Est. Au siège du PCF, place du Colonel-Fabien, le "
     "secrétaire national, Pierre Laurent-Vidal, a parlé d'un « avertissement ».",
     [("Pierre Laurent-Vidal", "secrétaire national", "PCF")]),
    ("Chez Michelin, dans son usine de Cataroux, le directeur, Hugues Garnier, a reçu les élus.",
     [("Hugues Garnier", "directeur", "Michelin")]),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_BODY, ids=[c[0][:40] for c in FRONTED_BODY])
def test_body_fronted_to_the_title_clause(extract: Callable[..., dict], text: str,
                                          expected: list[tuple[str, str, str | None]]) -> None:
    assert_of(roles_of(extract(text)), expected, exact=True)


def test_body_behind_a_verb_is_not_fronted(extract: Callable[..., dict]) -> None:
    # the body is the object of another clause's verb, far back: the title does not take it
    text = ("L'Olympique lyonnais a battu l'AS Nancy-Lorraine samedi au terme d'un match serré, "
            "et le président, Gilles Perrin, a salué ses joueurs.")
    got = roles_of(extract(text))
    match = [g for g in got if fold(g[0]) == fold("Gilles Perrin")]
    assert match and (match[0][2] is None or "nancy" not in fold(match[0][2])), got
