"""Places of round 27a: a place the gazetteer knows that a later decision refused.

- A body's name that stops before "de X" ("le lycée Paul-Verlaine de Vesoul", "le Parlement
  européen de Strasbourg"): X is where the body is, a town as much as a département
  (entity_types.gazetteer_places, `org_seat`); before, only a name that ran over the town
  made it one.
- France's regions of 1982-2015 ("Franche-Comté", "Picardie", "Midi-Pyrénées"), which ISO
  3166-2 no longer lists, are subdivisions of the gazetteer (scripts/build_gazetteer.py
  FORMER_REGIONS): a local headline's head, not only a name the model found.

People, schools and clubs are invented; the towns and départements are real ones the
gazetteer knows (its evidence is part of the rule).
"""

from collections.abc import Callable

import pytest

from conftest import entity_names as _names


@pytest.mark.parametrize(("text", "place"), [
    # a body's name, then "de" and its town
    ("Au lycée Paul-Verlaine de Vesoul, les cours reprendront lundi.", "Vesoul"),
    ("Le Parlement européen de Strasbourg a adopté le texte en première lecture.", "Strasbourg"),
    ("Les ministres ont écrit à la Commission européenne de Bruxelles pour obtenir un délai.",
     "Bruxelles"),
    # a former region heading a local headline
    ("Franche-Comté : la récolte de comté en hausse de cinq pour cent", "Franche-Comté"),
    ("Midi-Pyrénées : les éleveurs de brebis inquiets pour l'été", "Midi-Pyrénées"),
    ("Champagne-Ardenne : la vendange commence plus tôt que prévu", "Champagne-Ardenne"),
    ("Rhône-Alpes : les stations de ski ouvrent enfin", "Rhône-Alpes"),
])
def test_a_known_place_is_kept(extract: Callable[..., dict], text: str, place: str) -> None:
    assert place in _names(extract(text), "place")


@pytest.mark.parametrize(("text", "place"), [
    # what worked before stays
    ("Le préfet du Nord a pris un arrêté limitant l'usage de l'eau.", "Nord"),
    ("Le chômage recule en Franche-Comté depuis le printemps, selon l'Insee.", "Franche-Comté"),
    ("Les éleveurs de Picardie ont bloqué la rocade de Vernay mardi.", "Picardie"),
    ("Poitou-Charentes : le festival de Montbrison-le-Haut annulé", "Poitou-Charentes"),
])
def test_places_found_before_stay(extract: Callable[..., dict], text: str, place: str) -> None:
    assert place in _names(extract(text), "place")


@pytest.mark.parametrize(("text", "kind", "name"), [
    # a given name that is also a region stays the person's
    ("Lorraine Dubreuil a été élue présidente du club de judo de Vernay.", "person", "Lorraine Dubreuil"),
    # a person's name after the body is no town
    ("Le Parti radical de Gaston Ferrandier a perdu deux sièges.", "person", "Gaston Ferrandier"),
])
def test_guards(extract: Callable[..., dict], text: str, kind: str, name: str) -> None:
    result = extract(text)
    assert name in _names(result, kind)
    assert not {"Lorraine", "Gaston Ferrandier", "Ferrandier"} & _names(result, "place")
