"""Organizations: a public body's acronym and the place it serves after "de" (round 25j).

France's public services and local bodies exist once per département, town or area, and the
press names each by its acronym and that place: "le SDIS du Jura", "la CPAM de Lure", "le
CCAS de Vesoul". factx already joined them after "le"/"la"/"l'" when the model tagged the
acronym as a body. It now also joins them when the article is contracted with "de" or "à"
("le chef du SDIS de ...", "elle travaille au CCAS de ..."), when the model read the acronym as
a place or a thing, and after a site noun ("l'agence ANPE de Verdun" is that body's local
office, not a firm's plant in a town). Guards: a party's acronym stays apart from its
branch's place, a firm stays apart from its plant's town, a thing's acronym is no body.
"""

from collections.abc import Callable

import pytest


def _orgs(result: dict) -> list[str]:
    return [e["name"] for e in result["entities"] if e["type"] == "organization"]


@pytest.mark.parametrize(("text", "body"), [
    # "du": the article contracted with "de" before an acronym the model left out
    ("Le commandant Hervé Moutier, patron du SDIS de la Haute-Saône, a décoré six pompiers.",
     "SDIS de la Haute-Saône"),
    ("Pascale Dorval, directrice du CCAS d'Héricourt, a présenté le budget social.",
     "CCAS d'Héricourt"),
    ("Les infirmiers du SMUR de la Haute-Marne ont réanimé le randonneur.",
     "SMUR de la Haute-Marne"),
    # "au": the article contracted with "à"
    ("Gilles Arnoult travaille au SDIS des Vosges depuis quinze ans.",
     "SDIS des Vosges"),
    # the model read the acronym as a thing or a place
    ("La commune a passé une convention avec le SDIS de Vesoul pour trois ans.",
     "SDIS de Vesoul"),
    ("Le maire a signé un accord avec la CAF d'Épinal pour la crèche.",
     "CAF d'Épinal"),
    # a site noun before the acronym: the body's own local office
    ("Les demandeurs d'emploi sont reçus à l'agence ANPE de Vesoul chaque jeudi.",
     "ANPE de Vesoul"),
])
def test_acronym_with_the_place_it_serves(extract: Callable[..., dict], text: str, body: str) -> None:
    assert body in _orgs(extract(text))


@pytest.mark.parametrize(("text", "body", "place"), [
    # guards: a firm's plant in a town, a party's branch
    ("Trois cents salariés travaillent à l'usine PSA de Sochaux.", "PSA", "Sochaux"),
    ("Le secrétaire du PS du Finistère a quitté ses fonctions.", "PS", "Finistère"),
    ("Le président de l'UMP des Vosges a réuni les militants.", "UMP", "Vosges"),
])
def test_acronym_apart_from_its_place(extract: Callable[..., dict], text: str, body: str, place: str) -> None:
    result = extract(text)
    assert body in _orgs(result)
    assert place in [e["name"] for e in result["entities"] if e["type"] == "place"]


@pytest.mark.parametrize(("text", "body"), [
    # guards: already whole on the start code
    ("La CPAM de la Haute-Marne a fermé son guichet de Langres.", "CPAM de la Haute-Marne"),
    ("Le directeur de la FDSEA des Vosges a rencontré le préfet.", "FDSEA des Vosges"),
])
def test_names_already_whole(extract: Callable[..., dict], text: str, body: str) -> None:
    assert body in _orgs(extract(text))


def test_thing_acronym_is_no_body(extract: Callable[..., dict]) -> None:
    # a tax's acronym before "de" and a town names no body
    result = extract("Les habitants paient la TVA de Vesoul comme ailleurs.")
    assert not any(name.startswith("TVA") for name in _orgs(result))
