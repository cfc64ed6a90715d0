"""Entities on fresh text (round 25g).

- A level is no body: the acronym of a primary-school class ("les élèves de CP", "une
  institutrice de CE2") where the text speaks of a school, and the acronym of an amateur
  championship's level ("Football (DH)", "monter en PHR") in a sports report, are things,
  not organizations, and a title's complement read as such a thing makes no new body.
- "nationale 3" with no article before it, in a sports report, is a championship's level,
  not a road; "la nationale 4" where cars crash stays a road.
- Guards: the same letters where nothing says school or sport stay what they were ("La DH"
  as a paper), a club or a school named beside a level keeps its name.
Sentences and names are invented for these tests.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names, held_of, role_triples

_SCHOOL = [
    ("Pour la fête de l'école des Acacias, les élèves de CP ont chanté une comptine.", "CP"),
    ("À l'école Jean-Racine de Morvilliers, les CP ont ouvert le spectacle devant les parents.", "CP"),
    ("Les écoliers de CP et de CE1 ont planté un arbre dans la cour de l'école.", "CP"),
    ("Depuis la rentrée, la classe de CP de l'école du Moulin compte vingt-deux élèves.", "CP"),
]


@pytest.mark.parametrize(("text", "level"), _SCHOOL)
def test_school_class_is_no_body(extract: Callable[..., dict], text: str, level: str) -> None:
    assert level not in entity_names(extract(text), "organization")


@pytest.mark.parametrize(("text", "person", "title"), [
    ("L'école des Tilleuls a fêté le départ de Maryse Vallon, institutrice de CP depuis douze ans.",
     "Maryse Vallon", "institutrice"),
    ("À l'école de Brévilly, Odile Ferrand, enseignante de CP, part à la retraite après la kermesse.",
     "Odile Ferrand", "enseignante"),
])
def test_teacher_of_a_class_has_no_body_cp(extract: Callable[..., dict], text: str, person: str,
                                           title: str) -> None:
    result = extract(text)
    assert "CP" not in entity_names(result, "organization")
    assert "CP" not in held_of(role_triples(result), person, title)


_SPORT = [
    ("Football (DH) : Bréval s'impose face à Varcourt\n\nLes joueurs de Bréval ont battu Varcourt "
     "(2-1) dimanche au stade municipal, grâce à un but de Rémi Tallon en seconde période.", "DH"),
    ("Football / DH : le FC Morvaux enchaîne\n\nLe FC Morvaux a dominé l'US Sorlin (3-0) samedi et "
     "reste en tête du championnat, a souligné son entraîneur Gilles Parmentier.", "DH"),
    ("Football : l'AS Ternay, promue en DH, a concédé le match nul (1-1) face à Sauvigny dimanche, "
     "malgré un penalty de son attaquant Karim Dahou.", "DH"),
    ("Football : le SC Valbrune rêve de la DH\n\nVainqueur de Lormeville (4-2) dimanche, le SC "
     "Valbrune compte cinq points d'avance en championnat. « Monter en DH, c'est l'objectif », "
     "confie l'entraîneur Hugo Lestrade.", "DH"),
    ("Football (PHR) : Sauvigny tombe à Ternay\n\nL'ES Sauvigny s'est inclinée (2-0) dimanche sur le "
     "terrain de Ternay, a regretté son entraîneur Luc Mesnard.", "PHR"),
]


@pytest.mark.parametrize(("text", "level"), _SPORT)
def test_championship_level_is_no_body(extract: Callable[..., dict], text: str, level: str) -> None:
    assert level not in entity_names(extract(text), "organization")


@pytest.mark.parametrize("text", [
    "Handball : Bréval bat Varcourt (27-25) et remonte à la 4e place du classement de nationale 3, "
    "a salué l'entraîneur Paul Ardent après le match.",
    "Basket : vainqueur de Lormeville (78-70), le BC Sauvigny reste leader de nationale 2, "
    "a indiqué son entraîneur Marc Oudin à l'issue de la rencontre.",
])
def test_bare_nationale_in_a_sports_report_is_no_road(extract: Callable[..., dict], text: str) -> None:
    places = entity_names(extract(text), "place")
    assert not any(p.startswith("nationale") for p in places)


# ---------------------------------------------------------------- guards
@pytest.mark.parametrize(("text", "kind", "name"), [
    ("Un poids lourd s'est renversé sur la nationale 4, près de Varmécourt, mardi matin.",
     "place", "nationale 4"),
    ("Un camion a quitté la RN 59 hier soir, à l'entrée de Brévilly.", "place", "RN 59"),
    ("Football (DH) : Bréval s'impose face à Varcourt\n\nLes joueurs du FC Bréval ont battu "
     "Varcourt (2-1) dimanche au stade municipal.", "organization", "FC Bréval"),
    ("Depuis la rentrée, la classe de CP de l'école du Moulin compte vingt-deux élèves.",
     "organization", "école du Moulin"),
    ("La FCPE a dénoncé mardi le manque de remplaçants dans les écoles du secteur.",
     "organization", "FCPE"),
    ("Selon La DH, le bourgmestre de Waremont a présenté sa démission mardi soir.",
     "organization", "DH"),
])
def test_guards(extract: Callable[..., dict], text: str, kind: str, name: str) -> None:
    assert name in entity_names(extract(text), kind)


# ---------------------------------------------------------------- a name apposed to a description
# "à une société de travaux publics de la Drôme, Rivaud TP, dont ...": a name between commas,
# with no article, after an indefinite noun of bodies, is that body (even one the model read as
# a person or a place); after a definite description, only a public service's noun says so
# ("le service municipal de l'air, X,"), and the description is then no body of its own.
@pytest.mark.parametrize(("text", "name"), [
    ("Le maire a confié le chantier à une société de travaux publics de la Drôme, Rivaud TP, "
     "dont le patron est un ami.", "Rivaud TP"),
    ("Le contrat a été signé avec une société de transport du Jura, Barvel Logistique, qui emploie "
     "quarante salariés.", "Barvel Logistique"),
    ("La plainte a été déposée par une association de défense des riverains, Aquavelle, soutenue "
     "par la commune.", "Aquavelle"),
    ("L'usine a été rachetée par un groupe pharmaceutique suisse, Solvéa, pour douze millions "
     "d'euros.", "Solvéa"),
    ("D'après l'observatoire régional de la qualité des eaux, Aquavel, la rivière est polluée.",
     "Aquavel"),
])
def test_name_apposed_to_a_body_description(extract: Callable[..., dict], text: str, name: str) -> None:
    assert name in entity_names(extract(text), "organization")


def test_public_service_description_is_its_names(extract: Callable[..., dict]) -> None:
    result = extract("Selon le service municipal de contrôle de l'air, Airvelle, la pollution a "
                     "doublé en un an.")
    orgs = entity_names(result, "organization")
    assert "Airvelle" in orgs
    assert not any(o.startswith("service municipal") for o in orgs)


@pytest.mark.parametrize(("text", "kind", "name"), [
    ("Le gérant de la société, Daniel Fourcade, a démenti toute faute.", "person", "Daniel Fourcade"),
    ("Selon le président d'une association de riverains, Paul Verdolin, la route est dangereuse.",
     "person", "Paul Verdolin"),
    ("Le contrat a été signé avec une entreprise du Jura, Lucie Marchal, sa gérante, l'a confirmé.",
     "person", "Lucie Marchal"),
])
def test_apposed_name_guards(extract: Callable[..., dict], text: str, kind: str, name: str) -> None:
    assert name in entity_names(extract(text), kind)
