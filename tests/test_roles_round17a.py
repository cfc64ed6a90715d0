"""Roles and their `of` from context (issue 12, round 17a: generality audit from fresh probes).

Each table holds sentences written for this audit, with invented names, one class per table:
a union named in a story about a strike is no body of the management ("le directeur, X"); a
party beside an elected seat ("le conseiller général UDF X") is an affiliation, the seat is
the canton's the story names; a team title with no complement, in a sports report whose one
club is the subject of the sentence before, is held in that club. The pitfall tables hold what
must not change: a wrong `of` is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import held_of as _held
from conftest import role_triples as _roles


# ---------------------------------------------------------------- a union has no director
@pytest.mark.parametrize(("text", "person", "title"), [
    ("Le personnel de la clinique des Acacias de Vaudrecourt est en grève depuis lundi à l'appel de la "
     "CGT. Le directeur, Michel Fourvelin, a reçu une délégation.", "Michel Fourvelin", "directeur"),
    ("Une centaine d'agents ont débrayé hier à l'appel de la CFDT. Ils ont été reçus par la directrice "
     "générale, Odile Marcantoni, qui a promis des embauches.", "Odile Marcantoni", "directrice générale"),
    ("Grève à l'usine de Bliesbrück\nLes salariés ont cessé le travail mardi, à l'appel de Force "
     "ouvrière. Le PDG, Gaëtan Rossignac, refuse toute hausse des salaires.", "Gaëtan Rossignac", "pdg"),
    ("Le syndicat SUD a dénoncé jeudi les conditions de travail au centre de tri. Le directeur, Yannick "
     "Peyrolles, répond que trois postes seront créés.", "Yannick Peyrolles", "directeur"),
])
def test_a_union_is_no_body_of_the_management(extract: Callable[..., dict], text: str, person: str,
                                              title: str) -> None:
    held = _held(_roles(extract(text)), person, title)
    assert held and all(of is None or of not in ("CGT", "CFDT", "Force ouvrière", "SUD") for of in held)


@pytest.mark.parametrize(("text", "person", "title", "of"), [
    # a union's own officers stay the union's
    ("Pour la CGT, Rachid Benhamza, délégué syndical, a jugé les propositions insuffisantes.",
     "Rachid Benhamza", "délégué syndical", "CGT"),
    # the title names the union in its own complement
    ("Le directeur de la CGT-Cheminots, Gilbert Morvillers, a rencontré les salariés.",
     "Gilbert Morvillers", "directeur", "CGT-Cheminots"),
    ("La CFDT a tenu son congrès à Metz. Sa secrétaire générale, Josiane Werquin, a été réélue.",
     "Josiane Werquin", "secrétaire générale", "CFDT"),
])
def test_a_union_keeps_its_own_officers(extract: Callable[..., dict], text: str, person: str, title: str,
                                        of: str) -> None:
    assert of in _held(_roles(extract(text)), person, title)


# ---------------------------------------------------------------- a party beside an elected seat
@pytest.mark.parametrize(("text", "person", "of"), [
    ("Cantonales\nDans le canton voisin de Thiaucourt, le conseiller général UDF Marcel Brandicourt a "
     "retrouvé son siège au premier tour.", "Marcel Brandicourt", "Thiaucourt"),
    ("Dans le canton de Vézelise, la conseillère générale RPR Huguette Armandier a été réélue "
     "avec 58 % des voix.", "Huguette Armandier", "Vézelise"),
    ("La bataille reste ouverte dans le canton de Colombey. Le conseiller général sortant, "
     "Firmin Hocquard (PS), arrive en tête avec 41 % des suffrages.", "Firmin Hocquard", "Colombey"),
    ("Le canton de Charmes a voté dimanche. La conseillère générale sortante, Nadège Pilvin (UDF), "
     "est réélue dès le premier tour.", "Nadège Pilvin", "Charmes"),
])
def test_an_elected_seat_is_the_cantons_not_the_partys(extract: Callable[..., dict], text: str, person: str,
                                                       of: str) -> None:
    held = _held(_roles(extract(text)), person, "conseill")
    assert held and all(x is not None and of in x for x in held)


@pytest.mark.parametrize(("text", "person", "title", "of"), [
    # a party's own officers stay the party's
    ("Le PS a réuni ses militants à Épinal. Son premier secrétaire fédéral, Loïc Dambrine, a appelé à "
     "l'union.", "Loïc Dambrine", "premier secrétaire", "PS"),
])
def test_a_party_keeps_its_own_officers(extract: Callable[..., dict], text: str, person: str, title: str,
                                        of: str) -> None:
    assert of in _held(_roles(extract(text)), person, title)


@pytest.mark.parametrize(("text", "person"), [
    # two cantons in the window: no guess
    ("Les cantons de Thiaucourt et de Vézelise ont voté. Le conseiller général sortant, Firmin Hocquard "
     "(PS), arrive en tête.", "Firmin Hocquard"),
    # no canton named: nothing
    ("Le conseiller général UDF Marcel Brandicourt a inauguré la salle des fêtes samedi.",
     "Marcel Brandicourt"),
])
def test_no_canton_without_one_named(extract: Callable[..., dict], text: str, person: str) -> None:
    held = _held(_roles(extract(text)), person, "conseill")
    assert all(of is None for of in held)


# ---------------------------------------------------------------- a team's roster
@pytest.mark.parametrize(("text", "person", "title", "of"), [
    ("Basket\n\nNANCY. - Le Cercle Varennois s'est imposé 82-75 hier soir à domicile. Le meneur Thierry "
     "Lambrecq a inscrit 22 points.", "Thierry Lambrecq", "meneur", "Cercle Varennois"),
    ("Handball\n\nLe Cercle Mirecurtien a gagné 28-24 samedi à domicile. L'ailier Rasmus Kjeldgaard a "
     "marqué neuf buts.", "Rasmus Kjeldgaard", "ailier", "Cercle Mirecurtien"),
    ("Rugby\n\nLe Rugby-club Vaudrecourtois s'est imposé 24-10 dimanche. Le talonneur Grégory Puységur a "
     "inscrit un essai.", "Grégory Puységur", "talonneur", "Rugby-club Vaudrecourtois"),
    ("Football\n\nL'Union Bruyéroise s'est inclinée 2-1 dimanche. Le gardien Anthony Belvaux n'a rien pu "
     "faire sur le second but.", "Anthony Belvaux", "gardien", "Union Bruyéroise"),
    ("Volley\n\nLe Cercle Rambuvetais a remporté le derby 3-0 vendredi. La capitaine, Ophélie "
     "Grandjacquet, a salué le public.", "Ophélie Grandjacquet", "capitaine", "Cercle Rambuvetais"),
])
def test_a_team_title_is_held_in_the_club_the_report_is_about(extract: Callable[..., dict], text: str,
                                                              person: str, title: str, of: str) -> None:
    assert of in _held(_roles(extract(text)), person, title)


@pytest.mark.parametrize(("text", "person", "title"), [
    # no sports report: a firm that sponsors a team is no club
    ("La société Batilor a offert des maillots neufs. L'entraîneur Hervé Dalissier a remercié le "
     "directeur.", "Hervé Dalissier", "entraîneur"),
    # the one club named is the opponent, not the subject: no guess
    ("Hockey\n\nLes Dauphins d'Épinal ont battu Mulhouse 4-2 samedi. Le gardien Anthony Belvaux a été "
     "décisif.", "Anthony Belvaux", "gardien"),
])
def test_no_club_outside_a_sports_report(extract: Callable[..., dict], text: str, person: str,
                                         title: str) -> None:
    assert all(of is None for of in _held(_roles(extract(text)), person, title))


# ---------------------------------------------------------------- "le directeur de l'agence, de l'usine"
@pytest.mark.parametrize(("text", "person", "title", "of"), [
    ("Le Crédit mutuel de Ramonchamp a inauguré ses nouveaux locaux vendredi. Le directeur de l'agence, "
     "Serge Moulinot, a accueilli les invités.", "Serge Moulinot", "directeur",
     "Crédit mutuel de Ramonchamp"),
    ("La Banque populaire de Lorraine a ouvert un guichet à Charmes. La directrice de l'agence, Mireille "
     "Toussac, a coupé le ruban.", "Mireille Toussac", "directrice", "Banque populaire de Lorraine"),
    ("Le groupe Textilor emploie 300 personnes. Le directeur de l'usine, Paul Chaudeyrac, a annoncé un "
     "bénéfice.", "Paul Chaudeyrac", "directeur", "Textilor"),
    ("L'entreprise Fabrimeuble a investi deux millions de francs à Darnieulles. Le directeur de l'usine, "
     "Gilles Marcenac, prévoit dix embauches.", "Gilles Marcenac", "directeur", "Fabrimeuble"),
])
def test_the_agency_or_the_plant_is_the_firms(extract: Callable[..., dict], text: str, person: str,
                                              title: str, of: str) -> None:
    assert of in _held(_roles(extract(text)), person, title)


@pytest.mark.parametrize(("text", "person", "title"), [
    # a town hall is no firm: "l'agence" takes up the firm, not the public body
    ("La mairie de Vaxoncourt a signé avec la société Vosgéco. Le directeur de l'agence, Pascal Duchêne, "
     "était présent.", "Pascal Duchêne", "directeur"),
])
def test_the_agency_is_not_a_public_body(extract: Callable[..., dict], text: str, person: str,
                                         title: str) -> None:
    assert "mairie de Vaxoncourt" not in _held(_roles(extract(text)), person, title)
