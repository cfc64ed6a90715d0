"""People: a particle surname on "Saint-" / "Sainte-", and lists of full names (round 15n:
generality audit).

Each table holds sentences written for this audit, with invented names, one class per table:
a given name, a lower-case particle and a hyphenated "Saint-X" ("Gaëlle de Sainte-Orvanne") is
one person's name, even where the model read the "Saint-X" as a town or a body; the next item
of a list of full names ("Paul Roy et Noa Vasseur ont signé") is a person though the model
left it untagged or read it as a place. The pitfall tables hold what must not change: a wrong
answer is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names as _names


# ---------------------------------------------------------------- "de Saint-X" surnames
@pytest.mark.parametrize(("text", "person", "no_longer"), [
    ("Michèle de Saint-Aubrac a ouvert la séance du conseil lundi.", "Michèle de Saint-Aubrac",
     "Saint-Aubrac"),
    ("Michèle de Saint-Romblet a signé le registre.", "Michèle de Saint-Romblet", "Saint-Romblet"),
    ("Ysaline de Sainte-Hermine a fêté ses cent ans.", "Ysaline de Sainte-Hermine", "Sainte-Hermine"),
    ("Mme Solène de Sainte-Hermine présidera le jury.", "Solène de Sainte-Hermine", "Sainte-Hermine"),
    ("Mme Gwenaëlle de Sainte-Hermine a ouvert la séance.", "Gwenaëlle de Sainte-Hermine", "Sainte-Hermine"),
])
def test_a_given_name_de_saint_x_is_one_person(extract: Callable[..., dict], text: str, person: str,
                                                no_longer: str) -> None:
    result = extract(text)
    assert person in _names(result, "person")
    assert no_longer not in _names(result, "place") | _names(result, "organization")


@pytest.mark.parametrize(("text", "person"), [
    # the model already reads these whole (other particles, a surname "Saint-X" without one)
    ("Apolline de Sainte-Hermine a signé le registre des délibérations.", "Apolline de Sainte-Hermine"),
    ("M. Aurélien de Saint-Aubrac présidera le jury du concours.", "Aurélien de Saint-Aubrac"),
    ("Maëlys de Saint-Vorlan a présenté son livre à la médiathèque.", "Maëlys de Saint-Vorlan"),
    ("Le docteur Gaëlle de Sainte-Orvanne a soigné les blessés.", "Gaëlle de Sainte-Orvanne"),
    ("Hélène du Plessis-Vermont a été élue présidente du club.", "Hélène du Plessis-Vermont"),
    ("Arnaud de la Bourdonnière a quitté ses fonctions mardi.", "Arnaud de la Bourdonnière"),
    ("Sophie d'Anvremont a remporté le prix du jury.", "Sophie d'Anvremont"),
    ("Yann Le Floc'hmoan a marqué deux buts samedi.", "Yann Le Floc'hmoan"),
    ("Marc Saint-Justin a été nommé directeur de l'usine.", "Marc Saint-Justin"),
])
def test_other_particle_surnames_stay(extract: Callable[..., dict], text: str, person: str) -> None:
    assert person in _names(extract(text), "person")


@pytest.mark.parametrize(("text", "place"), [
    # no given name right before "de": a verb of motion, a noun of place, a body keep the town
    ("Il est parti de Sainte-Hermine à pied lundi matin.", "Sainte-Hermine"),
    ("Les habitants de Sainte-Colombe ont voté dimanche.", "Sainte-Colombe"),
    ("Elle est revenue de Saint-Malo hier soir.", "Saint-Malo"),
    ("Le car a conduit Michèle de Sainte-Hermine à Nantes.", "Nantes"),
    ("La route de Sainte-Hermine sera fermée jusqu'à vendredi.", "Sainte-Hermine"),
])
def test_a_town_de_saint_x_stays_a_place(extract: Callable[..., dict], text: str, place: str) -> None:
    result = extract(text)
    assert place in _names(result, "place")
    assert not any(place in p for p in _names(result, "person"))


# ---------------------------------------------------------------- lists of full names
@pytest.mark.parametrize(("text", "person"), [
    ("Marie Quintrec et Charlie Destrebecq sont partis en vacances.", "Charlie Destrebecq"),
    ("Marie Quintrec et Noa Lecorvec ont signé la pétition.", "Noa Lecorvec"),
    ("Paul Vandrecourt et Eden Moulinard se sont qualifiés pour la finale.", "Eden Moulinard"),
    ("Léa Sarrasol et Eden Moulinard sont partis en vacances.", "Eden Moulinard"),
    ("Hugo Bellancourt et Eden Moulinard se sont qualifiés pour la finale.", "Eden Moulinard"),
])
def test_the_next_full_name_of_a_list_is_a_person(extract: Callable[..., dict], text: str,
                                                  person: str) -> None:
    result = extract(text)
    assert person in _names(result, "person")
    assert person not in _names(result, "place")


@pytest.mark.parametrize(("text", "people"), [
    # lists of three and pairs the model reads whole stay
    ("Théo Garandel, Emma Vilcourt et Charlie Destrebecq ont été récompensés.",
     {"Théo Garandel", "Emma Vilcourt", "Charlie Destrebecq"}),
    ("Jules Ferrandin, Sasha Morvennec et Eden Quillard sont arrivés premiers.",
     {"Jules Ferrandin", "Sasha Morvennec", "Eden Quillard"}),
    ("Anaïs Coudrier ou Charlie Pelvoux pourrait reprendre le poste.", {"Anaïs Coudrier", "Charlie Pelvoux"}),
    ("La médaille a été remise à Yves Cardonnel et à Charlie Mauvernay.",
     {"Yves Cardonnel", "Charlie Mauvernay"}),
])
def test_lists_of_people_stay(extract: Callable[..., dict], text: str, people: set[str]) -> None:
    assert people <= _names(extract(text), "person")


@pytest.mark.parametrize(("text", "name", "kind"), [
    # after a person's full name, "et" + a town, a body or a work keeps its type
    ("Paul Vandrecourt et Sainte-Colombe ont été cités dans le rapport.", "Sainte-Colombe", "place"),
    ("Entre Marie Quintrec et Paris, le courant passe.", "Paris", "place"),
    ("Paul Vandrecourt et Charlie Hebdo ont été cités au procès.", "Charlie Hebdo", "organization"),
    ("Paul Vandrecourt et Saint-Malo.", "Saint-Malo", "place"),
])
def test_a_town_or_body_after_a_person_keeps_its_type(extract: Callable[..., dict], text: str, name: str,
                                                      kind: str) -> None:
    result = extract(text)
    assert name in _names(result, kind)
    assert name not in _names(result, "person")
