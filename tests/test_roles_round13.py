"""Roles and their `of` by class of French construction (issue 12, round 13).

A function held in a body that is neither an office of it nor a trade of one's own ("une
bénévole", "la responsable départementale", "son délégué régional", "le porte-parole") and
whose title names no body is held in the organization named before it in its sentence, in
the one the clause's subject names, else in the only organization the story names. The
sentences are written for this round, with invented names. The pitfall table holds what
must not change: a wrong `of` is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import role_triples as _roles


@pytest.mark.parametrize(("text", "person", "role", "of"), [
    # the only organization of the story
    ("La fanfare Les Cuivres du Brugnon a donné son concert de printemps samedi soir. Une bénévole, "
     "Odile Varnier, tenait la buvette.", "Odile Varnier", "bénévole", "Les Cuivres du Brugnon"),
    ("La Banque alimentaire du Terrois a reçu trois tonnes de denrées. La responsable départementale, "
     "Lucette Mariaud, remercie les donateurs.", "Lucette Mariaud", "responsable départementale",
     "Banque alimentaire du Terrois"),
    ("L'association Vélos du Pilat a inauguré son atelier de réparation. Le coordinateur, Bastien "
     "Farjol, accueille les cyclistes le mercredi.", "Bastien Farjol", "coordinateur", "Vélos du Pilat"),
    # named before, in the sentence
    ("Devant la Cour de cassation, Arsène Poulvier, porte-parole de l'Union des guides du Vercors, a lu "
     "une déclaration.", "Arsène Poulvier", "porte-parole", "Union des guides du Vercors"),
])
def test_a_function_in_the_story_s_organization(extract: Callable[..., dict], text: str, person: str,
                                                role: str, of: str | None) -> None:
    assert (person, role, of) in _roles(extract(text))


@pytest.mark.parametrize(("text", "person", "role"), [
    # two organizations, none named in the sentence: no guess
    ("L'Union des fromagers du Jura et la Chambre d'agriculture du Doubs ont signé une convention. "
     "Le porte-parole, Anselme Crotier, a salué un accord historique.", "Anselme Crotier", "porte-parole"),
    # the title names an unnamed body of its own: not the story's organization
    ("La coopérative Lait des Hautes-Combes a réuni ses adhérents. Le fondateur de la revue, Gaston "
     "Ferrel, était présent.", "Gaston Ferrel", "fondateur de la revue"),
    ("L'entreprise Charpentes Vuillermoz a livré la salle des fêtes. La responsable du chantier, "
     "Maëlle Brizard, se dit satisfaite.", "Maëlle Brizard", "responsable du chantier"),
])
def test_no_organization_is_guessed(extract: Callable[..., dict], text: str, person: str,
                                    role: str) -> None:
    assert (person, role, None) in _roles(extract(text))
