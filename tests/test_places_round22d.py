"""Places of round 22d: a town closing the name of a site, and compounds cut at a hyphen.

The towns are real ones the gazetteer knows (its evidence is part of each rule); people,
clubs and events are invented. Classes:

- a building or site named after the town where it stands, with a bare "de" ("l'aéroport
  de Figari", "la salle polyvalente de Lannion", "le camp de réfugiés de X", "sa villa de
  Y": place_types.json sited_heads): the site keeps its whole name and the town is one more
  place of the text;
- a country or a continent and the adjective of its part by language or by the desert
  ("Suisse romande", "Afrique subsaharienne": place_types.json place_adjectives);
- a compound the tokenizer cut at its hyphens ("Bobo" + "-" + "Dioulasso"), the model
  reading one half as the place or nothing after a sentence's opening "À": the compound the
  gazetteer knows is the place.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names as _names


@pytest.mark.parametrize(("text", "site", "town"), [
    # an airport
    ("Le vol de Mme Parvelin s'est posé à l'aéroport de Figari en fin de matinée.",
     "aéroport de Figari", "Figari"),
    # a hall, an adjective after its head
    ("Une soixantaine d'éleveurs ont tenu réunion jeudi soir dans la salle polyvalente de Lannion.",
     "salle polyvalente de Lannion", "Lannion"),
    # a camp, a compound town
    ("Des familles s'entassent au camp de Mazar-e-Charif depuis l'hiver.",
     "camp de Mazar-e-Charif", "Mazar-e-Charif"),
    # a villa
    ("Le trésorier a fait rénover sa villa de Figeac aux frais du club.",
     "villa de Figeac", "Figeac"),
])
def test_a_town_closing_a_sites_name_is_a_place(extract: Callable[..., dict], text: str, site: str,
                                               town: str) -> None:
    places = _names(extract(text), "place")
    assert town in places and site in places


@pytest.mark.parametrize(("text", "place"), [
    # the model reads a half, a sentence opening on the compound
    ("Le chantier du barrage divise la région. Addis-Abeba a lancé la mise en eau du réservoir.",
     "Addis-Abeba"),
    # a sentence opening on "À" and the compound
    ("À Bobo-Dioulasso, les commerçants ont gardé leurs boutiques fermées samedi.", "Bobo-Dioulasso"),
    # after the "de" of a verb of coming, the compound in three tokens
    ("La délégation venue d'Addis-Abeba est repartie mardi avec Lucien Tavernat.", "Addis-Abeba"),
])
def test_a_compound_cut_at_its_hyphen_is_the_place(extract: Callable[..., dict], text: str,
                                                   place: str) -> None:
    places = _names(extract(text), "place")
    assert place in places
    assert not any(p != place and p in place for p in places)


@pytest.mark.parametrize(("text", "place"), [
    ("Le festival de Lucien Tavernat attire chaque été les familles de Suisse romande.", "Suisse romande"),
    ("Les banques de Suisse alémanique ont relevé leurs taux.", "Suisse alémanique"),
    ("La récolte de cacao recule dans toute l'Afrique subsaharienne cette année.", "Afrique subsaharienne"),
])
def test_a_part_of_a_country_by_its_adjective(extract: Callable[..., dict], text: str, place: str) -> None:
    assert place in _names(extract(text), "place")


@pytest.mark.parametrize(("text", "name", "kind"), [
    # a street named after a town is not in it: the street alone
    ("Une conduite d'eau a cédé rue de Vesoul dans la nuit de lundi.", "rue de Vesoul", "place"),
    # a hospital keeps its whole name (the eval sets disagree on its town)
    ("Les pompiers ont conduit le blessé à l'hôpital de Figeac.", "hôpital de Figeac", "place"),
    # a sentence opening on "À" and a person's compound given name
    ("À Marie-Odile Verchamp, ses collègues ont offert un bouquet.", "Marie-Odile Verchamp", "person"),
    # the adjective alone, after a common noun, names no place
    ("Les chaînes romandes ont diffusé le match de Lucien Tavernat.", "Lucien Tavernat", "person"),
    # a compound the model reads whole stays so
    ("À Port-Moresby, la délégation de Lucien Tavernat a été reçue par le ministre.", "Port-Moresby",
     "place"),
])
def test_guards(extract: Callable[..., dict], text: str, name: str, kind: str) -> None:
    assert name in _names(extract(text), kind)


@pytest.mark.parametrize(("text", "town"), [
    ("Une conduite d'eau a cédé rue de Vesoul dans la nuit de lundi.", "Vesoul"),
    ("Les pompiers ont conduit le blessé à l'hôpital de Figeac.", "Figeac"),
    # "de la": the complement is the site's own name
    ("Le gala aura lieu à la salle de la Garenne samedi.", "Garenne"),
])
def test_no_town_out_of_these_names(extract: Callable[..., dict], text: str, town: str) -> None:
    assert town not in _names(extract(text), "place")
