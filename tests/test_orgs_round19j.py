"""Local bodies a regional daily names by their kind and their commune (round 19j).

A local body is named by a kind noun, the lower-case words that say what kind of body it is
(an adjective, "de" and a bare noun of activity) and "de" and its commune: "le foyer rural de
X", "la société de pêche de X", "la maison des jeunes et de la culture de X", "la troupe de
théâtre de X", "l'Étoile sportive de X", "le Football-Club de X"; a few kinds name a body with
the commune alone ("la clique de X"). A head that also names the building the body meets in
("centre", "maison", "foyer") is the body only when it acts; after "au" it stays a place. The
national charities ("les Restos du cœur", "la Croix-Rouge de X") are bodies whatever the
model made of them. Villages and people are invented; the guards hold what must not change.
"""

from collections.abc import Callable

import pytest


def _types(result: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in result["entities"]}


def _orgs(result: dict) -> set[str]:
    return {e["name"] for e in result["entities"] if e["type"] == "organization"}


# ------------------------------------------------------- a kind, its kind words, its commune
@pytest.mark.parametrize(("text", "name"), [
    ("Le foyer rural de Vaubexcourt prépare sa marche gourmande.", "foyer rural de Vaubexcourt"),
    ("La maison des jeunes et de la culture de Dolmenil lance un atelier de poterie.",
     "maison des jeunes et de la culture de Dolmenil"),
    ("Le centre social de Bréviller propose du soutien scolaire aux collégiens.",
     "centre social de Bréviller"),
    ("La société de pêche de Marainvaux a empoissonné l'étang communal.",
     "société de pêche de Marainvaux"),
    ("Le Football-Club de Vaubexcourt a dominé l'AS Vaudricourt.", "Football-Club de Vaubexcourt"),
    ("L'Étoile sportive de Fraimbois a remporté le derby.", "Étoile sportive de Fraimbois"),
    ("La clique de Hergugney a ouvert le défilé du 14-Juillet.", "clique de Hergugney"),
    ("La troupe de théâtre de Saulxerotte monte une comédie.", "troupe de théâtre de Saulxerotte"),
    ("La confrérie du brimbelle de Vaubexcourt a intronisé un chef.",
     "confrérie du brimbelle de Vaubexcourt"),
    ("Le centre de loisirs de Vittel accueille les enfants pendant les vacances.",
     "centre de loisirs de Vittel"),
    # a kind that worked with a town the gazetteer knows, now with a village no list holds
    ("L'amicale laïque de Fraimbois organise une sortie.", "amicale laïque de Fraimbois"),
])
def test_a_local_body_named_by_its_kind_and_commune(extract: Callable[..., dict], text: str,
                                                   name: str) -> None:
    result = extract("date 2001-05-12\n" + text)
    assert _types(result).get(name) == "organization", _types(result)


# --------------------------------------------------------------------- national charities
@pytest.mark.parametrize(("text", "name"), [
    ("Les Restos du cœur ont rouvert leur centre de distribution lundi.", "Restos du cœur"),
    ("La Croix-Rouge de Marainvaux forme des secouristes.", "Croix-Rouge de Marainvaux"),
])
def test_a_national_charity_and_its_branch(extract: Callable[..., dict], text: str, name: str) -> None:
    result = extract(text)  # (as the story's first line, where the model reads the name)
    assert _types(result).get(name) == "organization", _types(result)


def test_a_district_named_after_a_crossroads_is_no_charity(extract: Callable[..., dict]) -> None:
    result = extract("date 2001-05-12\nLa famille Perrin habite le quartier de la Croix-Rouge depuis "
                     "vingt ans.")
    assert "Croix-Rouge" not in _orgs(result), _types(result)


def test_a_charity_short_and_full_name_are_one_body(extract: Callable[..., dict]) -> None:
    result = extract("date 2001-05-12\nLes Restos du cœur cherchent des bras.\n"
                     "Les Restaurants du cœur de Dolmenil ont servi trois cents repas, et les "
                     "Restaurants du cœur comptent sur les dons.")
    orgs = _orgs(result)
    assert "Restaurants du cœur" in orgs and "Restos du cœur" not in orgs, orgs


# ----------------------------------------------------------------- guards: what stays put
@pytest.mark.parametrize(("text", "absent"), [
    ("La salle des fêtes de Vaubexcourt a été repeinte.", "salle des fêtes de Vaubexcourt"),
    ("L'église de Dolmenil a retrouvé son clocher.", "église de Dolmenil"),
    ("Le stade de Fraimbois accueillera la finale.", "stade de Fraimbois"),
    # the building a body meets in, after "au"
    ("Les enfants ont passé la soirée au centre social de Bréviller.", "centre social de Bréviller"),
    # a shopping centre acting is still a building
    ("Le centre commercial de Fraimbois compte trente boutiques.", "centre commercial de Fraimbois"),
    # without a kind word, "foyer" and "centre" name a home and a town's middle
    ("Le foyer de Vaubexcourt a fermé ses volets.", "foyer de Vaubexcourt"),
    ("Le centre de Dolmenil est piétonnier.", "centre de Dolmenil"),
])
def test_no_local_body_where_none_is_named(extract: Callable[..., dict], text: str, absent: str) -> None:
    result = extract("date 2001-05-12\n" + text)
    assert absent not in _orgs(result), _types(result)


def test_a_branch_of_a_larger_body_is_not_cut_before_it(extract: Callable[..., dict]) -> None:
    result = extract("date 2001-05-12\nLe président de la section de Vaubexcourt de l'Union des "
                     "anciens combattants a ouvert la séance.")
    assert "section de Vaubexcourt" not in _orgs(result), _types(result)


@pytest.mark.parametrize(("text", "name"), [
    # kinds that worked before stay as they were
    ("Le comité des fêtes de Dolmenil organise un loto.", "comité des fêtes de Dolmenil"),
    ("L'amicale laïque de Charmes organise une sortie.", "amicale laïque de Charmes"),
])
def test_known_kinds_are_unchanged(extract: Callable[..., dict], text: str, name: str) -> None:
    result = extract("date 2001-05-12\n" + text)
    assert _types(result).get(name) == "organization", _types(result)
