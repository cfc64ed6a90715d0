"""Roles and their `of` by class of French construction (issue 12, round 12b: generality audit).

Each table holds sentences written for this audit, with invented names, one construction per
table: the head of a body named in a phrase fronted to the clause ("Du côté de l'Institut X,
le gouverneur Y"), a body named by its kind and an adjective before its name ("le secrétaire
général de la confédération ouvrière X"), a European commissioner held in the Commission the text
names, and a definite description of the person named before ("Le technicien de 48 ans,
ancien entraîneur de X, ..."). The pitfall tables hold what must not change: a wrong `of` is
worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import held_of as _held
from conftest import role_triples as _roles


# ---------------------------------------------------------------- "Du côté de X, le gouverneur Y"
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Les marchés attendent une baisse des taux. Du côté de la Réserve fédérale, le gouverneur Marc "
     "Delavault a promis la prudence.", "Marc Delavault", "gouverneur", "Réserve fédérale"),
    ("À la Banque centrale européenne, le gouverneur Karl Dreifuss a confirmé le calendrier.",
     "Karl Dreifuss", "gouverneur", "Banque centrale européenne"),
    ("Les syndicats appellent à la grève. Chez Renault, le porte-parole Anselme Quervel a minimisé le "
     "mouvement.", "Anselme Quervel", "porte-parole", "Renault"),
    ("La rentrée universitaire approche. À l'université de Strasbourg, le doyen Théodore Vaudrémont "
     "réclame des moyens.", "Théodore Vaudrémont", "doyen", "université de Strasbourg"),
    ("Au sein de la Banque de France, la gouverneure Odile Marcassin a lancé une réforme.",
     "Odile Marcassin", "gouverneure", "Banque de France"),
    ("Côté Michelin, le patron Lucien Bardoniet promet des embauches.", "Lucien Bardoniet", "patron",
     "Michelin"),
    ("La Banque de France, dont le gouverneur Aurèle Pinchonnat a confirmé le calendrier, reste prudente.",
     "Aurèle Pinchonnat", "gouverneur", "Banque de France"),
])
def test_a_head_in_the_body_fronted_to_its_clause(extract: Callable[..., dict], text: str, person: str,
                                                   role: str, of: str) -> None:
    assert (person, role, of) in _roles(extract(text))


@pytest.mark.parametrize(("text", "person", "title"), [
    # the body is no side of the title's clause: the governor answers it
    ("En réponse au FMI, le gouverneur Karl Dreifuss a confirmé le calendrier.", "Karl Dreifuss",
     "gouverneur"),
    # the body is the object of a verb: its governor is somebody else's
    ("Le FMI a critiqué vendredi le gouverneur Karl Dreifuss.", "Karl Dreifuss", "gouverneur"),
    # a place, not a body
    ("Au Texas, le gouverneur Karl Dreifuss a signé la loi.", "Karl Dreifuss", "gouverneur"),
    # a verb before the comma: no fronted phrase
    ("Après avoir quitté Renault, le patron Lucien Bardoniet a fondé sa société.", "Lucien Bardoniet",
     "patron"),
])
def test_no_body_for_a_head_outside_a_fronted_phrase(extract: Callable[..., dict], text: str, person: str,
                                                     title: str) -> None:
    assert _held(_roles(extract(text)), person, title) in ([None], [])


# ---------------------------------------------------------------- "de la confédération syndicale X"
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("À l'issue des discussions, le secrétaire général de la confédération ouvrière UGT, Lorenzo "
     "Bertinelli, a menacé de quitter la table.", "Lorenzo Bertinelli", "secrétaire général", "UGT"),
    ("Le patron du constructeur automobile Renault, Gaspard Villequier, a démenti.", "Gaspard Villequier",
     "patron", "Renault"),
    ("La secrétaire générale de la confédération CISL, Ornella Passalacqua, a démenti.",
     "Ornella Passalacqua", "secrétaire générale", "CISL"),
    ("Le PDG de l'équipementier Valeo, Hippolyte Carmagnac, a annoncé des suppressions de postes.",
     "Hippolyte Carmagnac", "pdg", "Valeo"),
    ("Le président du géant pétrolier Total, Anatole Brugerolles, a défendu ses marges.",
     "Anatole Brugerolles", "président", "Total"),
    ("La directrice de l'opérateur Orange, Clémence Hautecœur, a démenti.", "Clémence Hautecœur",
     "directrice", "Orange"),
    ("Le président de la centrale syndicale CGIL, Ettore Malaspina, a appelé à la grève.", "Ettore Malaspina",
     "président", "CGIL"),
    ("Le porte-parole du transporteur aérien Ryanair, Declan Fitzhallow, a démenti.", "Declan Fitzhallow",
     "porte-parole", "Ryanair"),
])
def test_a_body_by_its_kind_and_an_adjective_before_its_name(extract: Callable[..., dict], text: str,
                                                            person: str, role: str, of: str) -> None:
    assert (person, role, of) in _roles(extract(text))


@pytest.mark.parametrize(("text", "person", "title"), [
    # no name after the kind: no body made of "constructeur automobile"
    ("Le patron du constructeur automobile, Gaspard Villequier, a démenti.", "Gaspard Villequier", "patron"),
    # a person after the trade noun, not a body
    ("L'avocat du promoteur Jean-Baptiste Fortunel, Me Ambroise Lhérisson, a fait appel.",
     "Ambroise Lhérisson", "avocat"),
])
def test_no_body_from_a_trade_without_its_name(extract: Callable[..., dict], text: str, person: str,
                                              title: str) -> None:
    roles = _roles(extract(text))
    assert not any(p == person and r.startswith(title) and of is not None
                   and fold_name(of) in ("constructeur automobile", "promoteur", "jean-baptiste fortunel")
                   for p, r, of in roles)


def fold_name(name: str) -> str:
    return name.lower()


# ---------------------------------------------------------------- the European commissioner
@pytest.mark.parametrize(("text", "person", "of"), [
    ("La Commission européenne a présenté son plan. Le commissaire européen chargé de l'énergie, le "
     "Suédois Henrik Sørbye, a défendu le calendrier.", "Henrik Sørbye", "Commission européenne"),
    ("La Commission européenne a présenté son plan. La commissaire européenne à la Concurrence, Margrethe "
     "Vestholm, a défendu les quotas.", "Margrethe Vestholm", "Commission européenne"),
    ("La Commission européenne a présenté son plan. Le commissaire européen aux Transports, Jacques "
     "Barrault, a défendu les quotas.", "Jacques Barrault", "Commission européenne"),
    ("Bruxelles a tranché. Le commissaire européen à l'Agriculture Tomasz Wielgoszewski a annoncé une aide. "
     "La Commission européenne versera 300 millions d'euros.", "Tomasz Wielgoszewski",
     "Commission européenne"),
    ("Le commissaire européen Pieter Vanclefdonck a rencontré les pêcheurs. La Commission européenne "
     "étudie leurs demandes.", "Pieter Vanclefdonck", "Commission européenne"),
    ("Selon la Commission européenne, la croissance ralentit. La commissaire européenne aux Affaires "
     "économiques, Ingrid Hallvardsen, a présenté les prévisions.", "Ingrid Hallvardsen",
     "Commission européenne"),
])
def test_a_european_commissioner_in_the_commission_named(extract: Callable[..., dict], text: str,
                                                          person: str, of: str) -> None:
    assert of in _held(_roles(extract(text)), person, "commissaire européen")


@pytest.mark.parametrize(("text", "person", "title"), [
    # no Commission in the text: none ("aux Transports" is the portfolio, no body)
    ("Le commissaire européen chargé de l'énergie, le Suédois Henrik Sørbye, a défendu le calendrier.",
     "Henrik Sørbye", "commissaire européen"),
    ("Le commissaire européen aux Transports, Jacques Barrault, a défendu les quotas.", "Jacques Barrault",
     "commissaire européen"),
    # a police superintendent is no European commissioner
    ("La Commission européenne a publié son rapport. Le commissaire Julien Castagnolle a ouvert une enquête "
     "à Lille.", "Julien Castagnolle", "commissaire"),
])
def test_no_commission_when_none_is_named(extract: Callable[..., dict], text: str, person: str,
                                          title: str) -> None:
    assert _held(_roles(extract(text)), person, title) in ([None], [])


# ---------------------------------------------------------------- "Le technicien de 48 ans, ancien ..."
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Joint par téléphone, Bruno Castellazzi n'a pas caché sa déception. Le technicien de 48 ans, ancien "
     "entraîneur du FC Lorient, avait signé un contrat de trois ans.", "Bruno Castellazzi",
     "ancien entraîneur", "FC Lorient"),
    ("Le ministre a reçu hier Anne Vauquelin. L'avocate de 45 ans, ancienne bâtonnière de Dijon, défend les "
     "familles des victimes.", "Anne Vauquelin", "ancienne bâtonnière", "Dijon"),
    ("Les gendarmes ont entendu Roseline Caumartin. La quinquagénaire de 52 ans, conseillère municipale de "
     "Vesoul, a porté plainte.", "Roseline Caumartin", "conseillère municipale", "Vesoul"),
    # two people named before: the gender of the description picks one out
    ("Paul Verdaguer a rencontré hier Mme Anne Lestringant. L'avocate de 45 ans, ancienne bâtonnière de "
     "Dijon, défend les familles.", "Anne Lestringant", "ancienne bâtonnière", "Dijon"),
    ("Le club a confirmé l'arrivée de Bastien Ollivro. Le défenseur de 27 ans, ancien capitaine du Stade "
     "lavallois, a signé pour deux saisons.", "Bastien Ollivro", "ancien capitaine", "Stade lavallois"),
])
def test_a_description_with_an_age_takes_up_the_person_before(extract: Callable[..., dict], text: str,
                                                               person: str, role: str, of: str) -> None:
    assert (person, role, of) in _roles(extract(text))


@pytest.mark.parametrize(("text", "person", "role"), [
    # the title that heads the description is the person's too
    ("Le ministre a reçu hier Anne Vauquelin. L'avocate de 45 ans, ancienne bâtonnière de Dijon, défend les "
     "familles des victimes.", "Anne Vauquelin", "avocate"),
    ("Le tribunal a entendu Lucia Ferragamini. La juriste italienne, ancienne conseillère du ministre, a "
     "témoigné.", "Lucia Ferragamini", "ancienne conseillère du ministre"),
    ("Le tribunal a entendu Lucia Ferragamini. La juriste italienne, ancienne conseillère du ministre, a "
     "témoigné.", "Lucia Ferragamini", "juriste"),
])
def test_the_description_and_its_apposition_are_both_held(extract: Callable[..., dict], text: str,
                                                          person: str, role: str) -> None:
    assert _held(_roles(extract(text)), person, role)


def test_a_periphrasis_heading_the_description_is_no_title(extract: Callable[..., dict]) -> None:
    # "le technicien" is what the press calls a coach: no title of its own
    roles = _roles(extract("Joint par téléphone, Bruno Castellazzi n'a pas caché sa déception. Le technicien "
                           "de 48 ans, ancien entraîneur du FC Lorient, avait signé un contrat."))
    assert not _held(roles, "Bruno Castellazzi", "technicien")


@pytest.mark.parametrize(("text", "person", "title"), [
    # two men named before: the description picks none
    ("Paul Verdaguer a rencontré Jacques Lestringant. L'avocat de 45 ans, ancien bâtonnier de Dijon, défend "
     "les familles.", "Paul Verdaguer", "ancien bâtonnier"),
    ("Paul Verdaguer a rencontré Jacques Lestringant. L'avocat de 45 ans, ancien bâtonnier de Dijon, défend "
     "les familles.", "Jacques Lestringant", "ancien bâtonnier"),
    # the gender disagrees
    ("Le ministre a reçu hier Mme Anne Lestringant. Le juriste de 45 ans, ancien bâtonnier de Dijon, défend "
     "les familles.", "Anne Lestringant", "ancien bâtonnier"),
    # not at the head of the sentence
    ("Le ministre a reçu hier Anne Lestringant. Selon lui, l'avocate de 45 ans, ancienne bâtonnière de "
     "Dijon, défend les familles.", "Anne Lestringant", "ancienne bâtonnière"),
])
def test_no_description_without_its_one_person(extract: Callable[..., dict], text: str, person: str,
                                               title: str) -> None:
    assert not _held(_roles(extract(text)), person, title)
