"""A title coordinated after a description of the person in apposition (round 25e).

Sentences written for this audit, with invented names. One rule of French news writing: an
apposition after a name often gives first what the person is in life, with no article ("mère
de trois enfants", "élève de terminale à Vernac", "voisin", "habitante de La Bresse"), then,
after "et", the office held ("et représentante de la FCPE"); the office is the named person's,
whatever lies between: an age set between commas after the name, articles, prepositions and a
place name inside the description, an adjunct of place or time after the office's body ("dans
le Cher", "depuis 2010") before the apposition closes.

The guard tables hold what must not change.
"""

from collections.abc import Callable

import pytest

from conftest import held_of as _held
from conftest import role_triples as _roles


# ------------------------------------------------- description, "et", then the office
@pytest.mark.parametrize(("text", "person", "title", "of"), [
    # a parent's description, the office closed by a place adjunct, in a quotation's incise
    ("« Nous ne céderons pas », prévient Rosine Calvayrac, mère de deux enfants et "
     "représentante de la FCPE au collège.", "Rosine Calvayrac", "représentante", "FCPE"),
    # an age, a pupil's class and town, then a spokesman's office and its département
    ("« La réforme nous oublie », lance Mathis Oudinot, 16 ans, élève de seconde à Belvézac "
     "et porte-parole de l'UNL dans l'Aveyron.", "Mathis Oudinot", "porte-parole", "UNL"),
    # a student's field with "en", the subject of the sentence
    ("Clémence Faugeroux, étudiante en droit et trésorière du Cercle nautique de Montbazy, "
     "a présenté les comptes.", "Clémence Faugeroux", "trésorière", "Cercle nautique de Montbazy"),
    # a dweller of a place named with an article
    ("Hortense Bayrolles, habitante de La Vernière et secrétaire du comité des fêtes, a "
     "rappelé le programme.", "Hortense Bayrolles", "secrétaire", "comité des fêtes"),
    # an age then a one-word description, the office kept since a year
    ("Le conseil a entendu Firmin Lacombrade, 63 ans, voisin et président de l'amicale des "
     "pêcheurs de Roquefeuil depuis 2011.", "Firmin Lacombrade", "président",
     "amicale des pêcheurs de Roquefeuil"),
    # an age then a young retiree, the object of the verb
    ("La préfecture a reçu Gisèle Armanton, 58 ans, jeune retraitée et porte-parole du collectif "
     "Sauvons la Garenne.", "Gisèle Armanton", "porte-parole", "Sauvons la Garenne"),
])
def test_office_after_a_description(extract: Callable[..., dict], text: str, person: str,
                                    title: str, of: str) -> None:
    assert any(x is not None and of in x for x in _held(_roles(extract(text)), person, title))


# ------------------------------------------------- a bare former trade after an age
def test_former_trade_after_an_age_and_a_description(extract: Callable[..., dict]) -> None:
    text = ("« Il connaît chaque arbre », raconte Ambroise Tessandier, 71 ans, voisin et ancien "
            "charpentier, qui l'a formé.")
    assert any(p == "Ambroise Tessandier" and r.endswith("charpentier")
               for p, r, _ in _roles(extract(text)))


# ------------------------------------------------- guards: what must not change
@pytest.mark.parametrize(("text", "person", "title"), [
    # a title first, another coordinated after it (read before this round)
    ("Anatole Brézet, 45 ans, boulanger à Murvielle et trésorier du comité des fêtes, a été réélu.",
     "Anatole Brézet", "trésorier"),
    # the title's own holder named after it
    ("Octavie Merlaud a remercié les bénévoles et la présidente du club, Léonie Sarrade.",
     "Léonie Sarrade", "présidente"),
])
def test_guard_holder_kept(extract: Callable[..., dict], text: str, person: str, title: str) -> None:
    assert _held(_roles(extract(text)), person, title)


@pytest.mark.parametrize(("text", "person"), [
    # a plural group after the name: others, not the person's description
    ("On a vu Octavie Merlaud, des élus et représentants de la FCPE, devant la grille.",
     "Octavie Merlaud"),
    # a verb after the name's comma: the apposition is a clause, no description
    ("Octavie Merlaud, a salué les bénévoles et la présidente du club.", "Octavie Merlaud"),
    # a passive agent's titles coordinated after "par": the agent's, not the name's
    ("Octavie Merlaud, accueillie par le maire et président de la communauté de communes, a "
     "visité l'école.", "Octavie Merlaud"),
    # the other person's title after the coordination
    ("Octavie Merlaud a remercié les bénévoles et la présidente du club, Léonie Sarrade.",
     "Octavie Merlaud"),
])
def test_guard_no_office_for_the_name(extract: Callable[..., dict], text: str, person: str) -> None:
    assert not [r for p, r, _ in _roles(extract(text)) if p == person]
