"""Roles for any title, from the syntax (issue 12): one row per construction, sentences written
for these tests. Each row gives the (person, role, of) that must be read; `of` is matched on
its folded name, None meaning "not checked"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factx.resolve.names import fold
from factx.resolve.professions import derive
from factx.resources import load_json
from test_roles import assert_roles, roles_of

CONSTRUCTIONS = [
    # apposition before the name, complement whose name begins with its article
    ("Le directeur de La Redoute, Pierre Vasseur, a annoncé des embauches.",
     [("Pierre Vasseur", "directeur", "La Redoute")]),
    # a title right before the name, from the broad lexicon (never typed by hand)
    ("Le saxophoniste Bruno Lecomte jouera samedi soir à Dijon.",
     [("Bruno Lecomte", "saxophoniste", None)]),
    # two coordinated titles before the name, both from the broad lexicon
    ("La chanteuse et compositrice Alice Renaud a annulé sa tournée.",
     [("Alice Renaud", "chanteuse", None), ("Alice Renaud", "compositrice", None)]),
    # nationality adjective after a lexicon title: of the country
    ("Le céramiste japonais Kenji Sato expose ses bols à Vallauris.",
     [("Kenji Sato", "céramiste", "Japon")]),
    # nationality adjective, then a ministry's capitalized domain
    ("Le ministre portugais de la Santé, Rui Carvalho, a visité l'hôpital.",
     [("Rui Carvalho", "ministre de la santé", "Portugal")]),
    # copula, the title tagged as a verb by the model
    ("Sophie Lambert est directrice de l'Institut Pasteur depuis janvier.",
     [("Sophie Lambert", "directrice", "Institut Pasteur")]),
    # appointment verb, the title stops where the organization's name begins
    ("Odile Marchal a été élue présidente du Conseil régional de Bretagne en juin.",
     [("Odile Marchal", "présidente", "Conseil régional de Bretagne")]),
    # a participle "élu" is not the title "un élu"
    ("Henri Ferrand, élu en 1995 à la tête de la Caisse d'épargne de Rouen, prend sa retraite.", []),
    # a plural title before a list of names
    ("Les adjoints Louis Caron, Marthe Vidal et Paul Rey ont voté le budget.",
     [("Louis Caron", "adjoint", None), ("Marthe Vidal", "adjoint", None), ("Paul Rey", "adjoint", None)]),
    # "respectivement": the n-th title is the n-th name's, with the shared organization
    ("Lucien Marty et Rose Aubert, respectivement président et secrétaire de l'association Les Amis "
     "du Lavoir, ont accueilli le public.",
     [("Lucien Marty", "président", "Les Amis du Lavoir"),
      ("Rose Aubert", "secrétaire", "Les Amis du Lavoir")]),
    # a noun no lexicon knows, in apposition after the name
    ("Hier, Martine Gilles, bénévole aux Restos du cœur, a servi trois cents repas.",
     [("Martine Gilles", "bénévole", None)]),
    # a noun no lexicon knows, before the name, with its nationality
    ("L'émissaire norvégien Lars Holm est arrivé à Colombo.",
     [("Lars Holm", "émissaire", "Norvège")]),
    # a noun no lexicon knows before the name, after a comma
    ("« Nous fermons en août », explique le propriétaire, Jacques Peltier.",
     [("Jacques Peltier", "propriétaire", None)]),
    # two titles in apposition, the second right before the name: both are the name's
    ("D'après le porte-parole de la police, le commandant Yves Aubry, la route reste fermée.",
     [("Yves Aubry", "porte-parole de la police", None), ("Yves Aubry", "commandant", None)]),
    # a counterpart is no title of its own
    ("Le président Luis Ortega a reçu son homologue péruvien Carlos Vidal à Quito.",
     [("Luis Ortega", "président", None)]),
    # circumstances are not functions, even in apposition
    ("Hier, Martine Gilles, victime d'une chute, a été hospitalisée.", []),
    # a title held for a person: the name after the comma is the holder, not M. Vernet
    ("Il sera secondé par l'ancien conseiller de M. Vernet, Alain Moreau, nommé trésorier.",
     [("Alain Moreau", "ancien conseiller", None), ("Alain Moreau", "trésorier", None)]),
    # an organization between the title and the name
    ("Le sénateur UMP Gérard Longuet a défendu le texte.",
     [("Gérard Longuet", "sénateur", "UMP")]),
    # apposition without its first comma
    ("Selon nos informations, Marc Weber le directeur commercial de l'entreprise, quittera son poste.",
     [("Marc Weber", "directeur commercial", None)]),
    # coordination after a complement that names no organization
    ("Rémi Caillaud, porte-parole de l'ONG et expert du Sahel, décrit la situation.",
     [("Rémi Caillaud", "porte-parole", None), ("Rémi Caillaud", "expert", "Sahel")]),
    # spelling of the 1990 reform, hyphenated compound
    ("L'entraineur Paul Mercier a été limogé. Selon Ana Duarte, secrétaire-générale du syndicat, "
     "la décision était attendue.",
     [("Paul Mercier", "entraineur", None), ("Ana Duarte", "secrétaire-générale", None)]),
    # ordinal before the title, a commune after "la commune de"
    ("Le mariage a été célébré par Gilles Perrot, 1er adjoint de la commune de Thaon-les-Vosges.",
     [("Gilles Perrot", "1er adjoint", "Thaon-les-Vosges")]),
]


@pytest.mark.parametrize(("text", "expected"), CONSTRUCTIONS, ids=[c[0][:40] for c in CONSTRUCTIONS])
def test_role_constructions_from_the_syntax(extract: Callable[..., dict], text: str,
                                            expected: list[tuple[str, str, str | None]]) -> None:
    got = roles_of(extract(text))
    assert_roles(got, expected)
    if not expected:
        assert got == []


OF_CASES = [
    # an organization taken up by its head noun alone ("du Conseil" -> the council named before)
    ("Le Conseil national de la résistance syrienne s'est réuni à Doha. Le chef du Conseil, "
     "Hassan Karim, a demandé des armes.",
     "Hassan Karim", "chef", "Conseil national de la résistance syrienne"),
    # "du parti": the organization named before, the one named most
    ("Les Verts ont voté contre. Les Verts refusent la centrale. « C'est non », dit Anne Roussel, "
     "la porte-parole du parti.",
     "Anne Roussel", "porte-parole", "Les Verts"),
    # a minister with no country named: the state the article is about (by name and adjective)
    ("Le Parlement grec a voté le budget. La Grèce reste sous tutelle. Le ministre des Finances "
     "Georges Papadakis a salué le vote.",
     "Georges Papadakis", "ministre des finances", "Grèce"),
    # "du gouvernement" alone: the state the article is about
    ("Le Portugal a voté le budget. Le porte-parole du gouvernement, João Matos, a salué le vote.",
     "João Matos", "porte-parole", "Portugal"),
    # a president with no organization in the text: the state
    ("Aux États-Unis, la tempête a fait douze morts. Le président Barack Obama a annulé un meeting.",
     "Barack Obama", "président", "États-Unis"),
    # a municipal office: the commune named before
    ("Le conseil municipal de Rambervillers s'est réuni lundi. Paul Didier, conseiller municipal, a "
     "présenté le budget.",
     "Paul Didier", "conseiller municipal", "Rambervillers"),
    # an organization named right after its head noun
    ("Denis Morel, directeur général du groupe Bongrain, a présenté les comptes.",
     "Denis Morel", "directeur général", "Bongrain"),
    # the model took the preposition into the country's name ("de France")
    ("Selon l'ambassadeur de France au Mali, Christian Rouyer, la situation reste tendue.",
     "Christian Rouyer", "ambassadeur", "France"),
    # a nationality adjective ending the title's domain
    ("Le joueur de tennis suisse Marco Keller a gagné hier à Bâle.",
     "Marco Keller", "joueur de tennis", "Suisse"),
    # a village body named by its head noun and complement
    ("M. Roland Petitjean, président de l'amicale des donneurs de sang, a remis les diplômes.",
     "Roland Petitjean", "président", "amicale des donneurs de sang"),
    # an institution named by a noun and an adjective is the institution, not the country
    ("Hier, Elena Rossi, porte-parole de la commission européenne, a répondu aux questions.",
     "Elena Rossi", "porte-parole", "commission européenne"),
    # a place in a team, in an article about the club
    ("Le FC Sochaux a perdu samedi. Le FC Sochaux reste dernier. L'entraîneur Hervé Garnier "
     "a reconnu ses erreurs.",
     "Hervé Garnier", "entraîneur", "FC Sochaux"),
]


@pytest.mark.parametrize(("text", "person", "role", "of"), OF_CASES, ids=[f"{c[1]}-{c[2]}" for c in OF_CASES])
def test_role_of(extract: Callable[..., dict], text: str, person: str, role: str, of: str) -> None:
    got = roles_of(extract(text))
    match = [g for g in got if fold(g[0]) == fold(person) and fold(g[1]) == fold(role)]
    assert match, got
    assert match[0][2] is not None and fold(of) in fold(match[0][2]), match


def test_repeated_title_is_one_role(extract: Callable[..., dict]) -> None:
    text = ("Le maire de Gérardmer, Étienne Klein, a ouvert la fête. Étienne Klein, maire depuis 2001, "
            "a remercié les bénévoles. Le maire a ensuite coupé le ruban.")
    got = [g for g in roles_of(extract(text)) if g[0] == "Étienne Klein"]
    assert [(g[1], g[2]) for g in got] == [("maire", "Gérardmer")]


DERIVE_CASES = [
    # (noun lemmas, feminine forms -> lemma, adjectives, entries expected, entries refused)
    (["chanteur", "moteur"], {"chanteuse": ["chanteur"]}, [], [["chanteur", "chanteuse"]], [["moteur"]]),
    (["agriculteur"], {"agricultrice": ["agriculteur"]}, [], [["agriculteur", "agricultrice"]], []),
    (["boulanger", "boulangère"], {}, [], [["boulanger", "boulangère"]], []),
    (["physicien", "physicienne"], {}, [], [["physicien", "physicienne"]], []),
    (["graphiste", "liste", "piste"], {}, [], [["graphiste"]], [["liste"], ["piste"]]),
    (["sociologue", "astronaute", "psychiatre"], {}, [],
     [["sociologue"], ["astronaute"], ["psychiatre"]], []),
    # an adjective in -ier used as a noun names no function
    (["premier", "première"], {}, ["premier"], [], [["premier", "première"]]),
    # demonyms and participles do not have an agent suffix
    (["soudanien"], {"soudanienne": ["soudanien"], "opprimée": ["opprimé"]}, [], [],
     [["soudanien", "soudanienne"], ["opprimé", "opprimée"]]),
]


@pytest.mark.parametrize(("nouns", "feminines", "adjectives", "wanted", "refused"), DERIVE_CASES)
def test_professions_derived_by_rule(nouns: list[str], feminines: dict[str, list[str]], adjectives: list[str],
                                     wanted: list[list[str]], refused: list[list[str]]) -> None:
    got = derive(nouns, feminines, adjectives)
    for entry in wanted:
        assert entry in got, (entry, got)
    for entry in refused:
        assert entry not in got, (entry, got)


def test_shipped_professions_match_the_model(nlp) -> None:  # type: ignore[no-untyped-def]
    """models/roles/professions.json is what the rule derives from the installed model's tables
    and spaCy's French lookup table (spacy-lookups-data), and holds all the model alone gives."""
    from factx.resolve.professions import from_model, lookup_table

    shipped = load_json("roles/professions.json")["titles"]
    assert len(shipped) > 2000
    alone = from_model(nlp)
    assert not [e for e in alone if e not in shipped and e[0] not in {x[0] for x in shipped}]
    table = lookup_table()
    if table is None:
        pytest.skip("spacy-lookups-data is not installed (the lexicon extra)")
    assert from_model(nlp, table) == shipped
    assert ["éducateur", "éducatrice"] in shipped and ["viticulteur", "viticultrice"] in shipped
