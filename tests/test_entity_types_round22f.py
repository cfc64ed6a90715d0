"""Organization or place: the type of a name (round 22f).

- A capitalized name the text counts ("quatre Canadair", "trois Rafale", "douze Caracal")
  names a make or a model of which there are several units: no organization (a body is one)
  and no place, in all its mentions. A place the gazetteer knows, a date's month, a score
  between two clubs stay what they are.
- A local authority named with its lower-case kind ("la région Bourgogne") that the model
  read as one place is the authority, an organization, when it is the active subject of a
  verb ("a débloqué 80 000 euros"); "dans la région Bourgogne" stays a place.
- The nations of the United Kingdom ("Angleterre", "Écosse", "Pays de Galles", "Irlande du
  Nord") are countries of the gazetteer: a national team named by its country is a place, as
  the guideline counts a country that acts.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names


# ---------------------------------------------------------------- a counted make is no body
@pytest.mark.parametrize(("text", "name"), [
    ("Une centaine de pompiers, soutenus par six Canadair, ont fixé le feu près de Vireloup.",
     "Canadair"),
    ("Trois Rafale ont survolé la base de Sarvigny samedi matin.", "Rafale"),
    ("Deux Canadair ont largué de l'eau sur la colline. Un troisième Canadair est arrivé "
     "dans la soirée.", "Canadair"),
])
def test_counted_make_is_no_organization(extract: Callable[..., dict], text: str, name: str) -> None:
    result = extract(text)
    assert name not in entity_names(result, "organization")
    assert name not in entity_names(result, "place")


# ---------------------------------------------------------------- a local authority that acts
@pytest.mark.parametrize(("text", "org"), [
    ("La région Bourgogne a débloqué 80 000 euros pour rénover le lavoir de Vireloup.",
     "région Bourgogne"),
    ("La région Poitou-Charentes versera une aide de 20 000 euros aux éleveurs de Sarvigny.",
     "région Poitou-Charentes"),
])
def test_region_that_acts_is_a_body(extract: Callable[..., dict], text: str, org: str) -> None:
    result = extract(text)
    assert org in entity_names(result, "organization")
    assert org not in entity_names(result, "place")


# ---------------------------------------------------------------- the UK's nations are countries
@pytest.mark.parametrize(("text", "place"), [
    ("Le XV de Brémontier s'est incliné samedi face à l'Angleterre (18-20) au stade de Vireloup.",
     "Angleterre"),
    ("Les footballeurs de Sarvigny ont été battus par l'Irlande du Nord (0-2) en match amical.",
     "Irlande du Nord"),
])
def test_uk_nation_is_a_place(extract: Callable[..., dict], text: str, place: str) -> None:
    result = extract(text)
    assert place in entity_names(result, "place")
    assert place not in entity_names(result, "organization")


# ---------------------------------------------------------------- guards
@pytest.mark.parametrize(("text", "kind", "name"), [
    ("Airbus a livré 12 avions à la compagnie Air Vireloup.", "organization", "Airbus"),
    # the maker that acts stays a body though the text also counts its planes
    ("Airbus a présenté ses comptes mardi. Quatre Airbus ont quitté l'usine de Vireloup.",
     "organization", "Airbus"),
    ("Les Restos du cœur ont ouvert trois centres à Vireloup.", "place", "Vireloup"),
    ("Le 14 Juillet, un feu d'artifice sera tiré à Sarvigny.", "place", "Sarvigny"),
    ("Elle vit dans la région Bourgogne depuis dix ans.", "place", "Bourgogne"),
    ("Le derby s'est joué à Vireloup devant 2 000 spectateurs.", "place", "Vireloup"),
])
def test_names_that_keep_their_type(extract: Callable[..., dict], text: str, kind: str, name: str) -> None:
    assert name in entity_names(extract(text), kind)
