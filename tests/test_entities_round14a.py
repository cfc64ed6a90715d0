"""A name listed among bodies is a body (issue 11, round 14a: generality audit).

French lists sponsors, media, armed groups, donors as one coordination: "avec le
partenariat du X, de Y et de Z", "financé par X (50 %), Y (25 %) et Z", "X ou l'Y". When the
organizations are at least half of such a list (ending on "et" or "ou"), a listed name the
model read as a person, a place or a thing takes their type, unless something speaks for its
own: a place the gazetteer knows, a person with a given name or a civility, a day. Sentences
written for this audit, with invented names; the pitfall table holds what must not change.
"""

from collections.abc import Callable

import pytest


def _types(result: dict, name: str) -> set[str]:
    return {e["type"] for e in result["entities"] if e["name"] == name}


@pytest.mark.parametrize(("text", "org"), [
    # a foundation named in English among donors with their shares
    ("L'argent de l'étude vient de l'Institut Kellner (60 %), Harold and Mary Brisket "
     "Foundation (30 %) et Google (10 %).", "Harold and Mary Brisket Foundation"),
    ("Le chantier est payé par le Brenton Kessling Institute (50 %), Lionel and Edna Tramell "
     "Foundation (30 %) et Google (20 %).", "Lionel and Edna Tramell Foundation"),
    # a firm whose name ends on a common noun, among sponsors
    ("Le salon doit beaucoup à l'aide de la Fondation Renaud, de Vinci Construction et de "
     "Lafarge.", "Vinci Construction"),
    ("Le laboratoire est financé par l'Inserm (40 %), Merck (40 %) et Kessling Pharma (20 %).", "Merck"),
    ("Le rapport est cofinancé par l'Unicef (70 %), Oxfam (20 %) et Solivaro (10 %).", "Solivaro"),
    # a magazine read as a person, a newspaper opening on a point of the compass
    ("Le festival s'appuie sur les rédactions du Monde, de Kirama, de Libération, de France 3 et "
     "de Ouest Provence.", "Kirama"),
    ("Le festival s'appuie sur les rédactions du Monde, de Kirama, de Libération, de France 3 et "
     "de Ouest Provence.", "Ouest Provence"),
])
def test_a_name_listed_among_bodies_is_a_body(extract: Callable[..., dict], text: str, org: str) -> None:
    assert _types(extract(text), org) == {"organization"}


@pytest.mark.parametrize(("text", "name", "kind"), [
    # a town, a country the gazetteer knows, listed with bodies
    ("Les élus de Paris, de Lyon et de la SNCF se sont réunis.", "Lyon", "place"),
    ("La CGT, la CFDT et Lyon ont manifesté lundi.", "Lyon", "place"),
    ("Le contrat lie Danone, Nestlé et la Belgique.", "Belgique", "place"),
    ("L'usine Airbus et Toulouse ont conclu un accord.", "Toulouse", "place"),
    # a person with a given name, known or not, listed with bodies
    ("Renault, Peugeot et Christophe Vanderbeck ont signé l'accord.", "Christophe Vanderbeck", "person"),
    ("Orlane Berthevin et la CGT ont porté plainte.", "Orlane Berthevin", "person"),
    ("Danone, Nestlé et Maëlys Quintarel ont signé la charte.", "Maëlys Quintarel", "person"),
])
def test_a_name_with_its_own_evidence_keeps_its_type(extract: Callable[..., dict], text: str, name: str,
                                                     kind: str) -> None:
    assert _types(extract(text), name) == {kind}


@pytest.mark.parametrize(("text", "name"), [
    # commas alone join clauses, not a list
    ("Selon Renault, Kirama a perdu de l'argent et Peugeot aussi.", "Kirama"),
    # a day opening the sentence
    ("Lundi, Renault et Peugeot ont annoncé un accord.", "Lundi"),
    # one body among names read as people or places: too little to go by
    ("Dupont, Durand et la CGT ont signé la pétition.", "Dupont"),
    ("Les habitants de Kirama, de Bolno et la CGT ont manifesté.", "Kirama"),
    # a common noun in capitals beside a body
    ("La Caisse d'épargne et la Région ont renouvelé leur aide.", "Région"),
    # no body in the list
    ("Les touristes lisent Het Dagblatt ou De Morgenpost.", "Het Dagblatt"),
])
def test_no_body_outside_a_list_of_bodies(extract: Callable[..., dict], text: str, name: str) -> None:
    assert "organization" not in _types(extract(text), name)
