"""Organizations: extras that are no body and bodies cut short (round 23h).

- a minister's portfolio after an adjective of nationality or of office between the title and
  its domain ("le ministre polonais de la Défense nationale", "le secrétaire d'État belge aux
  Affaires étrangères") is part of the title, no body; nor is
  the capitalized domain after "chargé de" that follows any person's title ("la conseillère
  fédérale chargée de l'Économie");
- a demonym the tagger does not know and calls a verb stays at the end of an association's
  name ("le Cercle des randonneurs bruyérois");
- the hyphen-joined names right after a body's lower-case complement are part of its name,
  the places it links ("le comité de jumelage Fresse-Lautenbach");
- a name the model calls a work, the recipient after "à" of a verb of saying ("a déclaré à
  L'Écho du Jura", "a précisé au Messager ardennais"), is a title of the press, an
  organization; a town, a person or an event there stays what it was.
"""

from collections.abc import Callable

import pytest


def _orgs(result: dict) -> list[str]:
    return [e["name"] for e in result["entities"] if e["type"] == "organization"]


def _people(result: dict) -> list[str]:
    return [e["name"] for e in result["entities"] if e["type"] == "person"]


def _named(result: dict) -> list[str]:
    return [e["name"] for e in result["entities"] if e["type"] in ("organization", "misc", "place")]


@pytest.mark.parametrize(("text", "domain"), [
    ("Le ministre polonais de la Défense nationale, Jan Kowalik, est arrivé hier.", "Défense"),
    ("Selon le secrétaire d'État belge aux Affaires étrangères, Luc Vermaelen, rien n'est signé.",
     "Affaires"),
    ("Le ministre hongrois des Ressources naturelles, Gábor Kelety, a visité le lac.", "Ressources"),
    ("La conseillère fédérale chargée de l'Économie et de la Formation, Iris Tanner, a promis un plan.",
     "Économie"),
])
def test_a_portfolio_after_an_adjective_is_no_body(
        extract: Callable[..., dict], text: str, domain: str) -> None:
    result = extract("date 2011-03-02\n" + text)
    assert not [n for n in _named(result) if domain in n], _named(result)
    assert len(_people(result)) == 1, _people(result)


@pytest.mark.parametrize(("text", "body"), [
    ("Le Cercle des randonneurs bruyérois tenait jeudi sa réunion.", "Cercle des randonneurs bruyérois"),
    ("Le comité de jumelage Fresse-Lautenbach, que préside Odile Marcot, a accueilli trente Allemands.",
     "comité de jumelage Fresse-Lautenbach"),
    ("Le comité de jumelage Fresse - Lautenbach compte soixante familles adhérentes.",
     "comité de jumelage Fresse - Lautenbach"),
])
def test_a_body_keeps_the_end_of_its_name(extract: Callable[..., dict], text: str, body: str) -> None:
    orgs = _orgs(extract("date 2011-03-02\n" + text))
    assert body in orgs, orgs


@pytest.mark.parametrize(("text", "body"), [
    # guards: a body whose complement names a town, a ministry, a firm after a title
    ("Le comité de jumelage de Fresse a accueilli trente familles allemandes.",
     "comité de jumelage de Fresse"),
    ("Le ministère tchèque de l'Agriculture a publié un rapport sur les récoltes.",
     "ministère tchèque de l'Agriculture"),
    ("Le patron allemand de Siemens, Karl Obermann, a démissionné mardi.", "Siemens"),
    ("La ministre fédérale de l'Union démocrate a rencontré la presse.", "Union démocrate"),
])
def test_bodies_that_stay(extract: Callable[..., dict], text: str, body: str) -> None:
    orgs = _orgs(extract("date 2011-03-02\n" + text))
    assert body in orgs, orgs


def test_a_given_name_after_a_body_is_no_part_of_it(extract: Callable[..., dict]) -> None:
    orgs = _orgs(extract("date 2011-03-02\nLe comité des fêtes Jean-Marc Huguet a organisé un bal."))
    assert not [o for o in orgs if "Huguet" in o], orgs


@pytest.mark.parametrize(("text", "medium"), [
    ("« Nous tiendrons jusqu'au bout », a-t-il déclaré à L'Écho du Jura.", "Écho du Jura"),
    ("« Rien n'est décidé », a indiqué le président à La Voix du Saulnois.", "Voix du Saulnois"),
    ("« Le dossier avance », a précisé l'adjoint au Messager ardennais.", "Messager ardennais"),
])
def test_a_work_words_are_said_to_is_a_medium(
        extract: Callable[..., dict], text: str, medium: str) -> None:
    orgs = _orgs(extract("date 2011-03-02\n" + text))
    assert [o for o in orgs if medium in o], orgs


@pytest.mark.parametrize(("text", "name", "kind"), [
    # guards: a town and a person the words are said to, an event the words are said at
    ("« Nous tiendrons », a-t-il déclaré à Remiremont.", "Remiremont", "place"),
    ("« Nous tiendrons », a répondu le maire à Pierre Gaudrion.", "Pierre Gaudrion", "person"),
])
def test_recipients_that_are_no_media(extract: Callable[..., dict], text: str, name: str, kind: str) -> None:
    result = extract("date 2011-03-02\n" + text)
    assert {e["name"]: e["type"] for e in result["entities"]}.get(name) == kind, result["entities"]


def test_an_event_words_are_said_at_is_no_medium(extract: Callable[..., dict]) -> None:
    orgs = _orgs(extract("date 2011-03-02\n« Nous tiendrons », a-t-il déclaré au Salon de l'agriculture."))
    assert orgs == [], orgs
