"""A medium is an organization (components/organizations.py, `_media`): a name the model
calls a work or an unknown place is a newspaper, a channel or a site when it reports the
news ("selon X", "cité par X", "au micro de X") or when words are published or said on it
("publié sur X", "a déclaré sur X"). A known place stays a place ("selon la France").

Each row is a sentence written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

MEDIA = [
    ("Selon Mediapart, la fouille a commencé lundi près de la gare.", "Mediapart"),
    ("D'après Libération, le projet coûtera deux millions d'euros.", "Libération"),
    ("La photographie a été publiée sur Wikipédia avant d'être retirée.", "Wikipédia"),
    ("Le clip a été vu un million de fois sur YouTube en une semaine.", "YouTube"),
    ("Le maire s'est expliqué au micro de Radio Vosges jeudi matin.", "Radio Vosges"),
    ("Ces chiffres, cités par Télérama, n'ont pas été confirmés.", "Télérama"),
]


@pytest.mark.parametrize(("text", "name"), MEDIA, ids=[m[1] for m in MEDIA])
def test_a_medium_is_an_organization(extract: Callable[..., dict], text: str, name: str) -> None:
    out = extract(text)
    types = {e["name"]: e["type"] for e in out["entities"]}
    assert types.get(name) == "organization", types


NOT_MEDIA = [
    # a state named after "selon" is the state
    ("Selon la France, l'accord sera signé à Bruxelles.", "France", "place"),
    # a place where one goes is not where words are published
    ("Les randonneurs sont montés sur le Hohneck dimanche.", "Hohneck", "place"),
]


@pytest.mark.parametrize(("text", "name", "kind"), NOT_MEDIA, ids=[m[1] for m in NOT_MEDIA])
def test_a_place_stays_a_place(extract: Callable[..., dict], text: str, name: str, kind: str) -> None:
    out = extract(text)
    types = {e["name"]: e["type"] for e in out["entities"]}
    assert types.get(name) == kind, types


def test_two_media_joined_by_et_are_two_names(extract: Callable[..., dict]) -> None:
    out = extract("Le quotidien Le Télégramme et la chaîne France 3 Bretagne en ont parlé.")
    orgs = {e["name"] for e in out["entities"] if e["type"] == "organization"}
    assert "Le Télégramme" in orgs and "France 3 Bretagne" in orgs, orgs


@pytest.mark.parametrize("text", [
    "Le Real Madrid a battu Manchester City 3-2 grâce à un but tardif.",
    "Le Real Madrid a battu Manchester City 3 à 2 grâce à un but tardif.",
])
def test_a_score_is_not_part_of_a_name(extract: Callable[..., dict], text: str) -> None:
    names = {e["name"] for e in extract(text)["entities"] if e["type"] in ("organization", "place", "misc")}
    assert "Manchester City" in names, names


def test_a_name_cut_at_its_hyphen_is_one_name(extract: Callable[..., dict]) -> None:
    # in this text the tokenizer splits "Hewlett-Packard" and the model tags both halves
    text = ("Le robot Curiosity a transmis de nouvelles images de Mars. Le groupe Daft Punk prépare "
            "un album. Apple a vendu cinq millions d'iPhone 5 en trois jours.\nLe prix Goncourt a été "
            "attribué à Jérôme Ferrari.\nHewlett-Packard supprimera 4 000 emplois, a indiqué son "
            "directeur général, Paul Durand. Boeing a livré son premier avion à Air India.")
    names = [e["name"] for e in extract(text)["entities"]]
    assert "Hewlett-Packard" in names and "Packard" not in names, names


@pytest.mark.parametrize(("text", "name"), [
    ("Marc Aubry, délégué régional de l'UNSA-57, et Anne Roux, présidente de l'UNSA-57, ont "
     "présenté le bilan de l'année.", "UNSA-57"),
    ("Le syndicat FO-54 appelle à la grève jeudi.", "FO-54"),
])
def test_a_body_s_branch_in_a_departement(extract: Callable[..., dict], text: str, name: str) -> None:
    types = [e["type"] for e in extract(text)["entities"] if e["name"] == name]
    assert types == ["organization"], types


def test_a_legal_form_alone_names_no_firm(extract: Callable[..., dict]) -> None:
    out = extract("Jean Roy, gérant de la SARL, a agrandi l'atelier de la rue Carnot.")
    assert "SARL" not in {e["name"] for e in out["entities"]}, out["entities"]


@pytest.mark.parametrize(("text", "name"), [
    # a firm named like a person: its share, its subsidiary, its kind before it
    ("L'action Morgan Stanley a perdu cinq points à la Bourse de New York.", "Morgan Stanley"),
    ("La filiale de Marcel Dassault au Brésil emploie trois cents personnes.", "Marcel Dassault"),
    ("Le géant américain Procter a racheté une marque de lessive.", "Procter"),
])
def test_a_firm_named_like_a_person(extract: Callable[..., dict], text: str, name: str) -> None:
    types = [e["type"] for e in extract(text)["entities"] if e["name"] == name]
    assert types == ["organization"], types
