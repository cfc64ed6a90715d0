"""People by class of French construction (issue 11, round 15e: generality audit).

The "de" complement of an elected seat's noun names the seat, never a person: a mayor's
town ("le maire d'Oyarbide Garai"), a member's party or constituency ("la députée d'Ibar
Berria"); the model reads a two-word foreign name there as a person's. Sentences written for
this audit, with invented names. The pitfall tables hold what must not change: a person set
off by a comma after the title, a particle surname after a member's title, a person after a
noun that does take a person ("le porte-parole de ...").

A foreign club named by a club's word and its town ("Sporting Braga", "Slavia Olomouc";
`club_words` of models/organizations.json) that plays in a sports report is the club, not a
person; a player with a given name the lexicon lacks, or a given name that is also a club's
word ("Viktoria"), keeps her name when no town follows.

A name opening on a foreign definite article ("Die Abendpost", "Het Avondnieuws", "The
..."; `foreign_articles` of models/entities.json) is a title (a paper, a band, a work), no
one's name; not the Flemish "De" of a surname ("Pieter De Smedt").
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


# ---------------------------------------------------------------- a foreign club and its town
_LOST = "Battus 2-0 samedi en championnat, les joueurs de l'entraîneur"


@pytest.mark.parametrize(("text", "club"), [
    (f"Football. {_LOST} lorrain joueront mardi contre Sporting Braga.", "Sporting Braga"),
    ("Rugby. Battu 24-10 en championnat, le club de l'entraîneur Marc Dorvenne jouera la demi-finale "
     "contre Rapid Constanta.", "Rapid Constanta"),
    ("Football. Vainqueurs 1-0 en championnat, les joueurs de l'entraîneur bordelais joueront jeudi "
     "contre Sparta Zilina.", "Sparta Zilina"),
    ("Football. Après sa défaite 3-0 à Lille, l'entraîneur du club a prévenu ses joueurs : le championnat "
     "reprendra samedi contre Racing Kalmar.", "Racing Kalmar"),
    ("Football. L'entraîneur de Metz l'a dit : en championnat, son équipe a battu Strasbourg 1-0 et jouera "
     "jeudi face à Slavia Olomouc.", "Slavia Olomouc"),
])
def test_a_foreign_club_and_its_town_is_no_person(extract: Callable[..., dict], text: str, club: str) -> None:
    result = extract(text)
    assert club not in entity_names(result, "person")
    assert club in entity_names(result, "organization")


@pytest.mark.parametrize(("text", "person"), [
    ("Rugby. Battu 24-10 en championnat, le club de l'entraîneur Marc Dorvenne jouera la demi-finale "
     "contre Rapid Constanta.", "Marc Dorvenne"),
    # a player: a given name the lexicon lacks before a town's name; a club's word as given name
    ("Tennis. En demi-finale du tournoi, le Français a battu Kei Sapporo 6-3, 6-4 ; son entraîneur a "
     "salué un grand championnat.", "Kei Sapporo"),
    ("Tennis. En demi-finale du tournoi, la Tchèque a battu Viktoria Stepanek 6-3, 6-4 ; son entraîneur "
     "a salué un grand championnat.", "Viktoria Stepanek"),
    ("Football. En championnat, Lens a battu Nantes 2-0 grâce à un doublé de Rodrigo Albernaz, a dit "
     "l'entraîneur.", "Rodrigo Albernaz"),
])
def test_players_stay_people(extract: Callable[..., dict], text: str, person: str) -> None:
    assert person in entity_names(extract(text), "person")


# ---------------------------------------------------------------- a foreign article opens a title
@pytest.mark.parametrize(("text", "name"), [
    ("Selon le Néerlandais Het Avondnieuws, le gouvernement va tomber.", "Het Avondnieuws"),
    ("D'après Die Abendpost, le ministre démissionnera lundi.", "Die Abendpost"),
    ("Le quotidien le plus lu est l'Allemand Die Morgenwacht, devant son rival.", "Die Morgenwacht"),
    ("L'Italien Il Corriere Sereno affirme que le contrat a été signé mardi.", "Il Corriere Sereno"),
    ("Interrogé par Het Dagvaart, le ministre belge a démenti toute démission.", "Het Dagvaart"),
])
def test_a_name_opening_on_a_foreign_article_is_no_person(extract: Callable[..., dict], text: str,
                                                           name: str) -> None:
    assert name not in entity_names(extract(text), "person")


@pytest.mark.parametrize(("text", "person"), [
    ("Le Belge Pieter De Smedt a gagné l'étape. De Smedt a remercié son équipe.", "Pieter De Smedt"),
    ("La ministre flamande Els Van Daele a présenté son budget mardi.", "Els Van Daele"),
    ("Le Suédois Anders Dieterlund a remporté la course, devant le Néerlandais Joost Hettema.",
     "Joost Hettema"),
    ("L'Allemande Petra Dierking a été élue maire lundi.", "Petra Dierking"),
])
def test_people_with_a_particle_stay_people(extract: Callable[..., dict], text: str, person: str) -> None:
    assert person in entity_names(extract(text), "person")
