"""Entities on fresh text (round 23m).

- A venue named after a day of history ("le stade du 26-Mars") is named by that day alone:
  a "de" complement after it is the town where it stands, a place of its own; and the
  digits of such a day make no numbered thing of the venue ("Stade 2" stays a thing).
- "pays" singular and definite, then "de" and a capitalized name with no article, is a
  traditional region named with its head when the gazetteer knows the name as a town ("le
  pays de Gex", "du pays de Bitche"); not the countries of a continent ("les pays d'Europe",
  "un pays d'Afrique"), nor a writer's country ("le pays de Shakespeare").
- Unions' acronyms joined by hyphens ("l'intersyndicale SUD-CGT-FSU") are the unions acting
  together, each one an organization; a union whose own acronym holds a hyphen ("CGT-FO")
  stays one.
- "d'État" with no article is a noun's complement ("les chefs d'État africains", "les
  emprunts d'État espagnols"): no place "État africains"; "l'État" stays the state.
Sentences and names are invented for these tests.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names


# ---------------------------------------------------------------- a venue named after a day
@pytest.mark.parametrize(("text", "venue", "town"), [
    ("La finale de la coupe se jouera au stade du 20-Août de Lormeville dimanche.",
     "stade du 20-Août", "Lormeville"),
    ("Le stade du 3-Août de Korenza a accueilli vingt mille supporters samedi.",
     "stade du 3-Août", "Korenza"),
    ("Le tournoi régional aura lieu au gymnase du 8-Mai de Vaudrecourt pendant trois jours.",
     "gymnase du 8-Mai", "Vaudrecourt"),
])
def test_venue_named_after_a_day(extract: Callable[..., dict], text: str, venue: str, town: str) -> None:
    places = entity_names(extract(text), "place")
    assert venue in places
    assert town in places


@pytest.mark.parametrize(("text", "place"), [
    # guards: a street named after a day, with or without its town; a venue named after a man
    ("Le cortège partira de la place du 11-Novembre à Brévonne.", "place du 11-Novembre"),
    ("La boulangerie se trouve au 12, rue du 8-Mai-1945, à Vaudrecourt.", "rue du 8-Mai-1945"),
    ("Le concert se tiendra au stade Léo-Lagrange de Brévonne samedi.", "stade Léo-Lagrange"),
])
def test_named_venues_stay(extract: Callable[..., dict], text: str, place: str) -> None:
    assert place in entity_names(extract(text), "place")


def test_numbered_thing_stays_no_place(extract: Callable[..., dict]) -> None:
    # guard: a programme's number is no place
    result = extract("Il a présenté Stade 2 pendant dix ans avant de rejoindre la radio.")
    assert "Stade 2" not in entity_names(result, "place")


# ---------------------------------------------------------------- "le pays de X"
@pytest.mark.parametrize(("text", "region", "town"), [
    ("Les éleveurs du pays de Gex attendent la pluie depuis trois semaines.", "pays de Gex", "Gex"),
    ("Les artisans du pays de Sarrebourg réclament une aide de la région.",
     "pays de Sarrebourg", "Sarrebourg"),
    ("Il a ouvert une fromagerie au pays de Lunéville il y a dix ans.", "pays de Lunéville", "Lunéville"),
])
def test_region_named_pays(extract: Callable[..., dict], text: str, region: str, town: str) -> None:
    places = entity_names(extract(text), "place")
    assert region in places
    assert town not in places


@pytest.mark.parametrize(("text", "place", "not_place"), [
    # guards: the countries of a continent; a territory whose town stays the place
    ("Les pays d'Europe ont signé l'accord mardi.", "Europe", "pays d'Europe"),
    ("Un pays d'Afrique a rejoint l'alliance la semaine dernière.", "Afrique", "pays d'Afrique"),
    # a writer's country: no region of that name
    ("Le pays de Shakespeare accueille la conférence cette année.", None, "pays de Shakespeare"),
])
def test_countries_of_a_continent(extract: Callable[..., dict], text: str, place: str | None,
                                  not_place: str) -> None:
    places = entity_names(extract(text), "place")
    assert place is None or place in places
    assert not_place not in places


# ---------------------------------------------------------------- unions joined by hyphens
@pytest.mark.parametrize(("text", "unions"), [
    ("Un communiqué de l'intersyndicale SUD-CGT-FSU dénonce les suppressions de postes à Vaudrecourt.",
     {"SUD", "CGT", "FSU"}),
    ("Un tract CFDT-CFTC circulait lundi matin devant les grilles de la scierie.", {"CFDT", "CFTC"}),
])
def test_unions_joined_by_hyphens(extract: Callable[..., dict], text: str, unions: set[str]) -> None:
    orgs = entity_names(extract(text), "organization")
    assert unions <= orgs


def test_hyphenated_union_stays_whole(extract: Callable[..., dict]) -> None:
    # guard: Force ouvrière's own acronym
    orgs = entity_names(extract("Le délégué CGT-FO de la scierie, Paul Girard, appelle au calme."),
                        "organization")
    assert "CGT-FO" in orgs
    assert "FO" not in orgs


# ---------------------------------------------------------------- "d'État"
@pytest.mark.parametrize(("text", "not_place"), [
    ("Les chefs d'État africains se retrouveront jeudi à Vaudrecourt.", "État africains"),
    ("Les rendements des emprunts d'État espagnols remontent encore.", "État espagnols"),
])
def test_state_complement_no_place(extract: Callable[..., dict], text: str, not_place: str) -> None:
    assert not_place not in entity_names(extract(text), "place")


def test_the_state_stays(extract: Callable[..., dict]) -> None:
    # guard: a town after it is still a place
    places = entity_names(extract("Les chefs d'État africains se retrouveront jeudi à Vaudrecourt."), "place")
    assert "Vaudrecourt" in places
