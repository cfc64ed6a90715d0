"""The `of` of a title whose body the article named before (issue 12, round 18c).

Sentences written for this audit, with invented names. Two classes of French news writing:
a title whose complement is a definite kind noun ("le PDG du groupe", "le gérant du magasin")
in a story that introduced one body by that same noun ("le groupe Varnier", "le magasin
Intermarché") beside other bodies (a firm it bought, a client, a donor, the opponent): the
title is held in the body the noun introduced, not in the one named most often or last; and a
title that is the predicate of a relative clause opened by "où" hanging on a body ("a rejoint
la société Pelmat, où elle est responsable ..."): held in that body. The pitfall tables hold
what must not change: a wrong `of` is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import held_of as _held
from conftest import role_triples as _roles


# ------------------------------------------------- a kind noun takes up the body it introduced
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("L'association Les Amis de Sorbey a reçu un chèque du Lions Club. La présidente de "
     "l'association, Annie Morval, a remercié les donateurs.", "Annie Morval", "présidente",
     "Les Amis de Sorbey"),
    ("Le club Saint-Max Basket a battu l'ASL Orvan. L'entraîneur du club, Patrick Vauclin, "
     "savoure.", "Patrick Vauclin", "entraîneur", "Saint-Max Basket"),
    ("La société Ferlac travaille pour Vernal Industries depuis 1980. Le directeur de la société, Marc "
     "Obelin, craint la concurrence.", "Marc Obelin", "directeur", "Ferlac"),
    ("L'entreprise Balmat, sous-traitant de Motorval, va licencier. La CGT proteste. Le PDG de "
     "l'entreprise, Yves Cordel, défend son plan.", "Yves Cordel", "pdg", "Balmat"),
    ("Le groupe Marlux a racheté l'imprimerie Torvel. Le PDG du groupe, Henri Castagne, promet de "
     "garder les 60 salariés.", "Henri Castagne", "pdg", "Marlux"),
    ("Le magasin Superdis de Brédange ouvrira désormais le dimanche. Le directeur du magasin, Luc "
     "Amorin, justifie cette décision par la demande.", "Luc Amorin", "directeur", "Superdis"),
])
def test_a_kind_noun_takes_up_the_body_it_introduced(extract: Callable[..., dict], text: str,
                                                     person: str, role: str, of: str) -> None:
    assert (person, role, of) in _roles(extract(text))


# pitfalls: the same kind noun introduced two bodies, or another noun: as before
@pytest.mark.parametrize(("text", "person", "title", "wrong"), [
    # two firms introduced as "la société": the noun does not tell which
    ("La société Dervan a racheté la société Ostral. Le directeur de la société, Jean Malvert, "
     "rassure les salariés.", "Jean Malvert", "directeur", "Dervan"),
    # the firm named with its kind noun is the buyer; "du groupe" is no "société"
    ("La société Dervan appartient au groupe Ostral. Le président du groupe, Jean Malvert, a "
     "confirmé la vente.", "Jean Malvert", "président", "Dervan"),
])
def test_a_kind_noun_does_not_pick_a_body_it_did_not_introduce(
        extract: Callable[..., dict], text: str, person: str, title: str, wrong: str) -> None:
    assert wrong not in _held(_roles(extract(text)), person, title)


@pytest.mark.parametrize(("text", "person", "role", "of"), [
    # one body only: already right, stays right
    ("La société Ferbois s'installe à Vallières. Son directeur, Paul Drouvet, compte embaucher.",
     "Paul Drouvet", "directeur", "Ferbois"),
    ("Sylvie Mornet a rejoint la société Pelmat, où elle est directrice commerciale.",
     "Sylvie Mornet", "directrice commerciale", "Pelmat"),
    ("Le lycée Henri-Loritz de Bazonville accueille 900 élèves. Le proviseur de l'établissement, "
     "Annie Grelat, souhaite ouvrir une section.", "Annie Grelat", "proviseur", "lycée Henri-Loritz"),
])
def test_one_body_stays_held(extract: Callable[..., dict], text: str, person: str, role: str,
                             of: str) -> None:
    triples = _roles(extract(text))
    assert any(p == person and r == role and o is not None and (of in o or o in of) for p, r, o in triples)


# ------------------------------------------------- "où" + title: held in the body the clause hangs on
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Jacques Dorvanel a fait toute sa carrière à la Banque populaire de Sarvelange, où il a été "
     "directeur d'agence.", "Jacques Dorvanel", "directeur d'agence", "Banque populaire de Sarvelange"),
    ("Marc Trébaux travaille à l'usine Valmetal, où son frère Jean Trébaux est contremaître.",
     "Jean Trébaux", "contremaître", "Valmetal"),
    ("Après son apprentissage, Lucienne Garaud est entrée à la Caisse d'épargne de Vaucelle, où elle "
     "devint directrice d'agence.", "Lucienne Garaud", "directrice d'agence",
     "Caisse d'épargne de Vaucelle"),
    ("Le chômeur Denis Rabier a été embauché à la Banque Lormier, où il est devenu caissier.",
     "Denis Rabier", "caissier", "Banque Lormier"),
])
def test_a_title_in_a_where_clause_is_held_in_its_body(extract: Callable[..., dict], text: str,
                                                       person: str, role: str, of: str) -> None:
    assert (person, role, of) in _roles(extract(text))


# pitfalls: "où" after a place, or a title with its own body: unchanged
@pytest.mark.parametrize(("text", "person", "title", "wrong"), [
    ("Paul Serval vit à Sarvelange, où il est médecin.", "Paul Serval", "médecin", "Sarvelange"),
    ("Hélène Dormat a visité l'usine Valmetal, où elle a rencontré le directeur de la Banque Lormier, "
     "Henri Castou.", "Henri Castou", "directeur", "Valmetal"),
])
def test_a_where_clause_gives_no_other_body(extract: Callable[..., dict], text: str, person: str,
                                            title: str, wrong: str) -> None:
    assert wrong not in _held(_roles(extract(text)), person, title)
