"""People in wire news: the syntax says person (round 19l).

Sentences written for this round, with invented names from many countries: a name between
commas after a person's title is that person even when the model calls it a place (a part
of it may be a town somewhere: only a mention of that part alone elsewhere makes it a
place); a run of capitalized words the model leaves untagged, or cuts short, that is the
subject of a verb only people do ("a été libéré", "est née", "a démissionné") is a person;
a name particle ("dos", "van den", "ould") between two capitalized parts joins them into
one person. Guards: places after "à", a bank, two people in coordination, bodies that
speak, places that are declared or elected.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names


def _people(result: dict) -> set[str]:
    return entity_names(result, "person")


# ---------------------------------------------------------------- a title's apposition
@pytest.mark.parametrize(("text", "person"), [
    ("La ministre ghanéenne de la Santé, Ngozi Adaeze-Okafor, a quitté ses fonctions.",
     "Ngozi Adaeze-Okafor"),
    ("Le porte-parole de la présidence, Kigoma Nsanzimana, a démenti toute arrestation.",
     "Kigoma Nsanzimana"),
    ("Le ministre malien de la Défense, Sikasso Traoré-Diarra, a annoncé un cessez-le-feu.",
     "Sikasso Traoré-Diarra"),
])
def test_a_name_apposed_to_a_title_is_a_person(extract: Callable[..., dict], text: str, person: str) -> None:
    result = extract(text)
    assert person in _people(result)
    assert person not in entity_names(result, "place")


# ---------------------------------------------------------------- the subject of a verb of people
@pytest.mark.parametrize(("text", "person"), [
    ("Tohra Lin Sabai a été libérée dimanche après six ans de détention.", "Tohra Lin Sabai"),
    ("Jeudi, Thant Sein Maung a démissionné de la présidence du parti.", "Thant Sein Maung"),
    ("Nyan Lin Oo a déclaré que les négociations avaient échoué.", "Nyan Lin Oo"),
    ("Thura Aung Myat a été libéré mardi.", "Thura Aung Myat"),
    # the subject of a clause after "que"
    ("Le tribunal a indiqué que Thiha Aung Kyaw a été libéré.", "Thiha Aung Kyaw"),
])
def test_the_subject_of_a_verb_of_people_is_a_person(extract: Callable[..., dict], text: str,
                                                     person: str) -> None:
    assert person in _people(extract(text))


# ---------------------------------------------------------------- name particles
@pytest.mark.parametrize(("text", "person"), [
    ("L'attaquant Renato Alves dos Anjos Pereira a signé à Porto.", "Renato Alves dos Anjos Pereira"),
])
def test_a_particle_joins_one_name(extract: Callable[..., dict], text: str, person: str) -> None:
    people = _people(extract(text))
    assert person in people
    assert len(people) == 1


# ---------------------------------------------------------------- guards
@pytest.mark.parametrize(("text", "kind", "name"), [
    ("Il est arrivé à Sao Paulo lundi.", "place", "Sao Paulo"),
    ("Il est né à Mon Taung et a grandi à Sao Vicente.", "place", "Mon Taung"),
    ("La salle Mortagnol de Varzéville était pleine.", "place", "Varzéville"),
    ("La Banco do Brasil a annoncé des bénéfices.", "organization", "Banco do Brasil"),
    ("La Banque mondiale a déclaré que la croissance ralentit.", "organization", "Banque mondiale"),
    ("Les Vosges ont été déclarées zone sinistrée.", "place", "Vosges"),
    ("Le chercheur Pieter van den Hoek a reçu le prix.", "person", "Pieter van den Hoek"),
    ("Lundi, Myo Sein Thant a été arrêté à son domicile.", "person", "Myo Sein Thant"),
    ("Saint-Dié-des-Vosges a été élue ville fleurie.", "place", "Saint-Dié-des-Vosges"),
    ("Le Premier ministre, Kigali Mutombo, a démissionné. Il était à Kigali hier.", "place", "Kigali"),
])
def test_guards(extract: Callable[..., dict], text: str, kind: str, name: str) -> None:
    assert name in entity_names(extract(text), kind)


@pytest.mark.parametrize(("text", "people"), [
    ("Renato Alves et Pieter Hoek ont signé un accord.", {"Renato Alves", "Pieter Hoek"}),
    ("Karim Lahlou et Sofia Benali ont été arrêtés jeudi.", {"Karim Lahlou", "Sofia Benali"}),
    # a civility opening the sentence is no part of the name: one person, not two
    ("Le conseil a entendu Mme Odile Lestrade. Mme Lestrade a précisé sa position.", {"Odile Lestrade"}),
])
def test_two_people_in_coordination_stay_two(extract: Callable[..., dict], text: str,
                                             people: set[str]) -> None:
    assert _people(extract(text)) == people
