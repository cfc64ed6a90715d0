"""People whose given name only wire-story locales list (round 16l): the given-name table now
takes the Ghanaian, Nigerian, South African, Uzbek and Macedonian lists of Faker
(scripts/build_first_names.py), so a nationality noun or a title before "Kofi X", "Momcilo X"
finds the person. Pitfalls: towns and French words that are also given names stay what they
were. Sentences and names are invented.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names


# Rows that failed before the wider table: the name opens a story, or follows a nationality
# noun or a title the model does not read as one.
@pytest.mark.parametrize(("text", "person"), [
    ("date 2000-03-02\nLe Ghanéen Kofi Mensabo a remporté le marathon de Metz dimanche.", "Kofi Mensabo"),
    ("Le ministre serbe Momcilo Dravic a rencontré hier son homologue.", "Momcilo Dravic"),
    ("date 2001-05-14\nLe Ghanéen Kwame Ofosuhene a été élu maire de la ville.", "Kwame Ofosuhene"),
    ("date 2000-06-01\nLe colonel Momcilo Jevdovic commandait la garnison.", "Momcilo Jevdovic"),
    ("date 2000-06-01\nLa Ghanéenne Adwoa Kyeremata préside désormais l'association.", "Adwoa Kyeremata"),
])
def test_wire_given_name_found(extract: Callable[[str], dict], text: str, person: str) -> None:
    assert person in entity_names(extract(text), "person")


# Rows that passed already (the model finds them): they must stay.
@pytest.mark.parametrize(("text", "person"), [
    ("La Ghanéenne Akosua Bentewa a été reçue à la mairie de Vittel.", "Akosua Bentewa"),
    ("Le Nigérian Chukwuemeka Obadike a signé à Épinal pour deux saisons.", "Chukwuemeka Obadike"),
    ("L'Ouzbek Jamshid Tolqinov s'est imposé au tournoi de Lunéville.", "Jamshid Tolqinov"),
    ("Le Macédonien Blagoj Tresniak a été interpellé jeudi à Strasbourg.", "Blagoj Tresniak"),
    ("date 2000-06-01\nKofi Asamoaku, secrétaire du syndicat, a appelé à la grève.", "Kofi Asamoaku"),
])
def test_wire_given_name_after_nationality(extract: Callable[[str], dict], text: str, person: str) -> None:
    assert person in entity_names(extract(text), "person")


@pytest.mark.parametrize(("text", "place"), [
    ("L'équipe de Florence a battu Nancy samedi soir.", "Nancy"),
    ("Le Ghanéen a quitté Paris pour Accra mardi.", "Accra"),
    ("date 2000-06-01\nUne délégation d'Accra a été accueillie à Épinal.", "Accra"),
    ("Les jumelages avec Florence et Nancy ont été fêtés.", "Florence"),
])
def test_places_stay_places(extract: Callable[[str], dict], text: str, place: str) -> None:
    assert place in entity_names(extract(text), "place")
