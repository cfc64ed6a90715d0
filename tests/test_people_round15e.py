"""People by class of French construction (issue 11, round 15e: generality audit).

The "de" complement of an elected seat's noun names the seat, never a person: a mayor's
town ("le maire d'Oyarbide Garai"), a member's party or constituency ("la députée d'Ibar
Berria"); the model reads a two-word foreign name there as a person's. Sentences written for
this audit, with invented names. The pitfall tables hold what must not change: a person set
off by a comma after the title, a particle surname after a member's title, a person after a
noun that does take a person ("le porte-parole de ...").
"""

from collections.abc import Callable

import pytest

from conftest import entity_names


# ---------------------------------------------------------------- a mayor's town
@pytest.mark.parametrize(("text", "name"), [
    ("Le maire d'Oyarbide Garai a reçu la délégation mardi.", "Oyarbide Garai"),
    ("La maire de Vallerosa Alta a fermé les écoles après les inondations.", "Vallerosa Alta"),
    ("Hier, le bourgmestre de Kessel Ondervoort a présenté le budget communal.", "Kessel Ondervoort"),
    ("Selon la mairesse de Sainte-Aurèle Vaudin, la route restera fermée jusqu'en juin.",
     "Sainte-Aurèle Vaudin"),
])
def test_a_mayors_town_is_no_person(extract: Callable[..., dict], text: str, name: str) -> None:
    result = extract(text)
    assert name not in entity_names(result, "person")


# ---------------------------------------------------------------- a member's party or seat
@pytest.mark.parametrize(("text", "name"), [
    ("La députée d'Ibar Berria a quitté l'hémicycle mardi.", "Ibar Berria"),
    ("Les propos du député d'Aldarri Gorria ont choqué l'assemblée.", "Aldarri Gorria"),
    ("Le sénateur d'Herri Zutik votera contre la réforme, a-t-on appris jeudi.", "Herri Zutik"),
    ("L'eurodéputé de Jaunt Berri a dénoncé un accord commercial déséquilibré.", "Jaunt Berri"),
])
def test_a_members_party_is_no_person(extract: Callable[..., dict], text: str, name: str) -> None:
    result = extract(text)
    assert name not in entity_names(result, "person")


# ---------------------------------------------------------------- pitfalls: people stay
@pytest.mark.parametrize(("text", "person"), [
    # a person set off after the title, and after a noun that takes a person
    ("Le maire de Cruzille, Odilon Vermandel, a inauguré la salle des fêtes.", "Odilon Vermandel"),
    ("Le porte-parole de Kelvin Marbeuf a démenti l'information dimanche.", "Kelvin Marbeuf"),
    ("L'avocat de Gaëtane Roussillat a fait appel du jugement.", "Gaëtane Roussillat"),
    ("La députée Mathilde Orvannes a interpellé le ministre de l'Intérieur.", "Mathilde Orvannes"),
    ("Le conseiller de Bastien Ferlandier a quitté l'équipe de campagne.", "Bastien Ferlandier"),
    # a given name after a member's title opens a person's name
    ("Le député de Marius Talavaud, selon ses opposants, ne siège jamais.", "Marius Talavaud"),
])
def test_people_near_a_seat_stay_people(extract: Callable[..., dict], text: str, person: str) -> None:
    assert person in entity_names(extract(text), "person")
