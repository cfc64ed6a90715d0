"""Organizations by class of French writing (issue 11, round 16c: wire stories in a regional daily).

Each table holds sentences written for this audit, with invented names:
- a seat of power acts where an adverbial splits the auxiliary from its participle ("le
  Kremlin a pour sa part appelé", "l'Élysée a, de son côté, démenti"), where it is the agent
  of a passive ("bloqué par l'Élysée"), and where it is joined by "et" to one that acts;
  "Matignon", which the model reads as a man's name, too;
- an acronym of a body that French writes as a word ("la Kfor", "l'Onu", "la Minuk") is a
  body after an article or a preposition, whatever the model made of it;
- an international force or mission is named with the country it serves after "au" or
  "en" ("la Force de paix au Kosovo").
The pitfall tables hold what must not change: a wrong organization is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names


def bare(names: set[str]) -> set[str]:
    """The names without a leading article (the scorer drops it too)."""
    out = set()
    for n in names:
        for article in ("La ", "Le ", "L'", "la ", "le ", "l'"):
            if n.startswith(article):
                n = n[len(article):]
                break
        out.add(n)
    return out


# ---------------------------------------------- a seat of power that acts
@pytest.mark.parametrize(("text", "org"), [
    ("Le Kremlin a pour sa part appelé à un cessez-le-feu immédiat.", "Kremlin"),
    ("L'Elysée a, de son côté, démenti toute rencontre avec le dirigeant serbe.", "Elysée"),
    ("La Maison Blanche avait dès lundi rejeté l'offre serbe.", "Maison Blanche"),
    ("Selon un communiqué, le Pentagone a une nouvelle fois nié toute victime civile.", "Pentagone"),
    ("Le projet de loi a été bloqué par l'Élysée en novembre.", "Élysée"),
    ("La nomination du préfet a été approuvée par Matignon et l'Elysée.", "Matignon"),
    ("Le plan de la ministre a été bloqué par l'Elysée et le Quai d'Orsay.", "Quai d'Orsay"),
])
def test_seat_of_power_acts(extract: Callable[..., dict], text: str, org: str) -> None:
    assert org in bare(entity_names(extract(text), "organization"))


@pytest.mark.parametrize(("text", "name"), [
    # "avoir" alone, a passive of the building, a motion through it: a place
    ("Le Kremlin a deux tours de plus que la cathédrale voisine.", "Kremlin"),
    ("Les touristes de Vaudrémont ont longé le Kremlin et la place Rouge.", "Kremlin"),
    ("Le cortège est arrivé devant l'Elysée vers midi.", "Elysée"),
    # a man named Matignon, named in full first
    ("Bernard Matignon a été élu maire de Dambelin. Matignon a aussitôt remercié les électeurs.",
     "Matignon"),
])
def test_seat_pitfalls_stay_places(extract: Callable[..., dict], text: str, name: str) -> None:
    assert name not in bare(entity_names(extract(text), "organization"))


# ---------------------------------------------- acronyms written as words
@pytest.mark.parametrize(("text", "org"), [
    ("Les soldats de la Kfor patrouillent dans le centre de Pristina.", "Kfor"),
    ("La Kfor a arrêté trois hommes armés près de Podujevo.", "Kfor"),
    ("La Minuk a recruté trois cents policiers venus d'Europe.", "Minuk"),
    ("Le secrétaire général de l'Onu est arrivé mardi à Prizren.", "Onu"),
    ("Paul Ternois, délégué de l'Unesco, a visité le camp de Kukës.", "Unesco"),
    ("Les casques bleus de la Sfor ont saisi un dépôt d'armes.", "Sfor"),
])
def test_word_acronym_is_a_body(extract: Callable[..., dict], text: str, org: str) -> None:
    assert org in entity_names(extract(text), "organization")


@pytest.mark.parametrize(("text", "org"), [
    # an acronym inside the name it closes stays in that name: no second body
    ("La Mission intérimaire des Nations unies au Kosovo (Minuk) sera dirigée par Marc Lachaussée.",
     "Mission intérimaire des Nations unies au Kosovo"),
])
def test_word_acronym_inside_a_name(extract: Callable[..., dict], text: str, org: str) -> None:
    orgs = entity_names(extract(text), "organization")
    assert org in orgs and "Minuk" not in orgs


# ---------------------------------------------- forces and missions named by their country
@pytest.mark.parametrize(("text", "org"), [
    ("Les soldats de la Force de paix au Kosovo ont arrêté trois hommes.", "Force de paix au Kosovo"),
    ("La Force multinationale de paix au Kosovo compte désormais 40 000 hommes.",
     "Force multinationale de paix au Kosovo"),
    ("Selon la Mission des Nations unies au Kosovo, la situation reste tendue à Pec.",
     "Mission des Nations unies au Kosovo"),
    ("La Mission des Nations unies en Erythrée a perdu dix casques bleus.",
     "Mission des Nations unies en Erythrée"),
])
def test_mission_named_by_its_country(extract: Callable[..., dict], text: str, org: str) -> None:
    assert org in entity_names(extract(text), "organization")


@pytest.mark.parametrize(("text", "name"), [
    # a French département is where a local body works, no part of a mission's name
    ("La Mission locale en Ardèche aide les jeunes de Brécourt.", "Mission locale en Ardèche"),
    # armed forces in a country are no named force
    ("Les forces serbes au Kosovo ont reculé de dix kilomètres.", "forces serbes au Kosovo"),
])
def test_mission_pitfalls(extract: Callable[..., dict], text: str, name: str) -> None:
    assert name not in entity_names(extract(text), "organization")


# ---------------------------------------------- ships after a noun of shipwrecks
@pytest.mark.parametrize(("text", "ship"), [
    ("Le musée compare les naufrages du Northern Pride et de l'Atlantic Countess survenus en 1911.",
     "Northern Pride"),
    ("Le musée compare les naufrages du Northern Pride et de l'Atlantic Countess survenus en 1911.",
     "Atlantic Countess"),
    ("Les familles commémorent le naufrage de l'Empress of Galway, survenu en 1916.", "Empress of Galway"),
    ("Le naufrage du Baltic Princess a fait 300 morts au large des côtes.", "Baltic Princess"),
    ("L'épave du Caledonian Star a été retrouvée par 40 mètres de fond.", "Caledonian Star"),
])
def test_wrecked_ship_is_no_body(extract: Callable[..., dict], text: str, ship: str) -> None:
    orgs = entity_names(extract(text), "organization")
    assert not any(ship in o for o in orgs)


@pytest.mark.parametrize(("text", "org"), [
    # a firm's collapse, the firm named as a body elsewhere in the story
    ("La société Brandolin a annoncé 300 licenciements. Le naufrage de Brandolin inquiète la vallée.",
     "Brandolin"),
    # the noun of a firm between: the firm
    ("Le naufrage de la compagnie Air Varennes inquiète ses deux cents salariés.", "Air Varennes"),
])
def test_wreck_pitfalls_stay_bodies(extract: Callable[..., dict], text: str, org: str) -> None:
    assert any(org in o for o in entity_names(extract(text), "organization"))
