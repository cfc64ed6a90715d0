"""A foreign capital or big city the model reads as a person is that city (round 26k).

- The news names a state by its seat: "accepté par Khartoum", "les rebelles accusent
  Bangui", "un succès pour Kigali", "selon Rabat". The model often reads such a city, alone
  after "par", "pour", "avec" or as a verb's object, as a person's surname, and factx had no
  place evidence to undo it (no "à", no title's "de"). The gazetteer ties each foreign city of
  100,000 inhabitants or more, and each capital, to its state (`gazetteer.town_state`): such a
  city read as a person is the city, unless the document gives it as someone's name (a full
  name, a civility, a title before it, a title in apposition) or it is a given name.
- Guards: a surname written in full elsewhere ("Lewis Hamilton ... pour Hamilton"), a given
  name ("Victoria"), a surname after a civility stay people.
Sentences and names are invented for these tests.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names


@pytest.mark.parametrize(("text", "city"), [
    ("Le plan de paix a finalement été approuvé jeudi par Khartoum, après six mois de refus.", "Khartoum"),
    ("La trêve a été saluée par Lomé, qui accueillera le prochain sommet régional.", "Lomé"),
    ("Les deux otages ont été libérés par Kigali dans la nuit de mardi.", "Kigali"),
    ("Ce vote au Conseil de sécurité est un revers pour Riyad, qui espérait un report.", "Riyad"),
    ("Le rapprochement avec Rabat reste la priorité du nouveau gouvernement.", "Rabat"),
    ("Les opposants accusent Yaoundé d'avoir truqué le scrutin de dimanche.", "Yaoundé"),
    ("Selon Rabat, les discussions reprendront après les fêtes.", "Rabat"),
    ("Le dialogue avec Lomé a repris discrètement au printemps.", "Lomé"),
])
def test_capital_read_as_person_is_a_place(extract: Callable[..., dict], text: str, city: str) -> None:
    result = extract(text)
    assert city in entity_names(result, "place")
    assert city not in entity_names(result, "person")


@pytest.mark.parametrize(("text", "name"), [
    # a surname given in full elsewhere in the document
    ("Le pilote Lewis Hamilton a dominé les essais libres. Pour Hamilton, la saison commence "
     "enfin.", "Lewis Hamilton"),
    # a given name
    ("La soliste malade a été remplacée par Victoria au dernier moment.", "Victoria"),
    # a surname after a civility
    ("Mme Dakar a présidé la séance. Selon Dakar, le budget sera voté en mars.", "Dakar"),
])
def test_person_named_like_a_city_stays_a_person(extract: Callable[..., dict], text: str,
                                                 name: str) -> None:
    assert name in entity_names(extract(text), "person")


# guards: a city the model already places keeps its place
@pytest.mark.parametrize(("text", "city"), [
    ("Le ministre est arrivé lundi à Kigali pour deux jours.", "Kigali"),
    ("Les rebelles du nord accusent Bangui de les avoir abandonnés aux milices.", "Bangui"),
])
def test_city_placed_already_stays_a_place(extract: Callable[..., dict], text: str, city: str) -> None:
    assert city in entity_names(extract(text), "place")
