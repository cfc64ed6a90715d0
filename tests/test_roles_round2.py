"""Roles, round 2 of issue 12: constructions read on unseen text (sentences written for these
tests). Each row gives the (person, role, of) that must be read; `of` is matched on its folded
name, None meaning "not checked"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factx.resolve.lexicon import lexicon
from factx.resolve.names import fold
from factx.resolve.professions import derive_nationalities
from test_roles import assert_roles, roles_of

CONSTRUCTIONS = [
    # an adjective between the article and the title joins the title
    ("On a appris hier la mort d'Émile Brunet, le célèbre photographe de Morteau.",
     [("Émile Brunet", "célèbre photographe", None)]),
    ("La jeune violoniste Claire Mathis a remporté le concours de Genève.",
     [("Claire Mathis", "jeune violoniste", None)]),
    # the same in apposition without an article
    ("Yvette Ramos, fidèle secrétaire du docteur Lenoir, a témoigné mardi.",
     [("Yvette Ramos", "fidèle secrétaire", None)]),
    # a plural title, then a list of names behind a plural civility the model left out of them
    ("Les défenseurs, Mes Garcin, Bolle et Fabre, ont demandé le renvoi.",
     [("Garcin", "défenseur", None), ("Bolle", "défenseur", None), ("Fabre", "défenseur", None)]),
    # a nationality adjective derived from the country's name ("Albanie" -> "albanais")
    ("Le ministre albanais de l'Économie, Arben Hoxha, a signé l'accord à Tirana.",
     [("Arben Hoxha", "ministre de l'économie", "Albanie")]),
    ("Le président yougoslave Dragan Petrović a reçu l'émissaire européen.",
     [("Dragan Petrović", "président", "Yougoslavie")]),
    # a hand-written adjective of a country whose name the derivation cannot split
    ("Le ministre bosniaque de la Justice, Emir Halilagić, a quitté Bruxelles jeudi.",
     [("Emir Halilagić", "ministre de la justice", "Bosnie-Herzégovine")]),
    # a title the model put inside the person's mention
    ("M. le professeur Vuillemin vient d'être nommé au conseil académique.",
     [("Vuillemin", "professeur", None)]),
    # a minister "of" a head of state serves that head's country, not the country named most
    ("La France a accordé l'asile à Karim Mansour, ancien ministre de l'Intérieur d'Ali Haddad. "
     "Le président algérien Ali Haddad l'avait limogé en mars.",
     [("Karim Mansour", "ancien ministre de l'intérieur", "Algérie")]),
    # government posts handed out: the ministry given to the one named after the verb,
    # the portfolio taken by the subject, the post whose title is written
    ("Au Portugal, le ministère de la Santé revient à l'ancienne infirmière Rita Soares, et Nuno Faria "
     "obtient le portefeuille de l'Agriculture.",
     [("Rita Soares", "ministre de la santé", "Portugal"),
      ("Nuno Faria", "ministre de l'agriculture", "Portugal")]),
    ("Le poste de ministre de la Défense a été attribué au général Jorge Lima.",
     [("Jorge Lima", "ministre de la défense", None)]),
    # a parenthesis between the title and its name
    ("Selon la gérante de la boutique (une franchise Nicolas), Agnès Morel, les ventes ont doublé.",
     [("Agnès Morel", "gérante", None)]),
    # a plural title before a list: its adjective in the singular too
    ("Les conseillers généraux Lucien Favre et Odile Marchand ont voté contre.",
     [("Lucien Favre", "conseiller général", None), ("Odile Marchand", "conseiller général", None)]),
    # an office the model took for a place's name is read as a title
    ("À l'audience, le procureur de la République, Hervé Lemoine, a requis deux ans ferme.",
     [("Hervé Lemoine", "procureur", None)]),
    # an adverb between the appointment verb and the title
    ("Sylvie Caron a été nommée hier directrice des ressources humaines.",
     [("Sylvie Caron", "directrice des ressources humaines", None)]),
    # a second adjective of origin after the nationality
    ("Il a déjeuné avec le chef kosovar albanais Ilir Berisha.",
     [("Ilir Berisha", "chef", "Kosovo")]),
]


@pytest.mark.parametrize(("text", "expected"), CONSTRUCTIONS, ids=[c[0][:40] for c in CONSTRUCTIONS])
def test_role_constructions(extract: Callable[..., dict], text: str,
                            expected: list[tuple[str, str, str | None]]) -> None:
    got = roles_of(extract(text))
    assert_roles(got, expected)


# a verb tagged as an adjective after a title is no title ("le jeune musicien rencontre X");
# a post that is only talked about is nobody's
NOT_ROLES = [
    ("Le ministère de la Santé a répondu à Paul Girard par un courrier.", "Paul Girard"),
    ("À vingt ans, le jeune guitariste rencontre Paul Vernier, qui l'engage aussitôt.", "Paul Vernier"),
]


@pytest.mark.parametrize(("text", "person"), NOT_ROLES)
def test_no_role(extract: Callable[..., dict], text: str, person: str) -> None:
    got = roles_of(extract(text))
    wrong = [g for g in got if fold(g[0]) == fold(person) and ("rencontre" in g[1] or "ministre" in g[1])]
    assert not wrong, got


NATIONALITY_CASES = [
    # (country names, adjectives, adjectives -> country expected, adjectives refused)
    (["Serbie", "Népal", "Kosovo", "Malte"], ["serbe", "népalais", "kosovar", "maltais"],
     {"serbe": "Serbie", "népalais": "Népal", "kosovar": "Kosovo", "maltais": "Malte"}, []),
    # a stem under four letters pairs with ordinary words ("Mali" + "in" is "malin")
    (["Mali"], ["malin"], {}, ["malin"]),
    # an adjective two countries would give is nobody's ("Guyana", "Guyane française")
    (["Guyana", "Guyane française"], ["guyanais"], {}, ["guyanais"]),
    # accents may differ in the stem, never in the suffix ("malaisé" is not "malaise")
    (["Malaisie"], ["malaisien", "malaisé"], {"malaisien": "Malaisie"}, ["malaisé"]),
    # "-(i)stan" drops whole, and its stem alone may be the adjective (round 18)
    (["Tadjikistan", "Turkménistan", "Kazakhstan"], ["tadjik", "turkmène", "kazakh", "kazakhe"],
     {"tadjik": "Tadjikistan", "turkmène": "Turkménistan", "kazakh": "Kazakhstan"}, []),
]


@pytest.mark.parametrize(("countries", "adjectives", "wanted", "refused"), NATIONALITY_CASES)
def test_nationalities_derived_by_rule(countries: list[str], adjectives: list[str], wanted: dict[str, str],
                                       refused: list[str]) -> None:
    got = derive_nationalities(countries, adjectives)
    for adj, country in wanted.items():
        assert got.get(adj) == country, (adj, got)
    for adj in refused:
        assert adj not in got, (adj, got)


def test_derived_nationalities_are_loaded() -> None:
    lex = lexicon()
    assert lex.nationalities["kosovare"] == "Kosovo"
    assert lex.nationalities["turkmène"] == "Turkménistan"
    assert lex.nationalities["yougoslaves"] == "Yougoslavie"
    assert lex.nationalities["français"] == "France"  # the hand-written list comes first
    assert "Albanie" in lex.states
