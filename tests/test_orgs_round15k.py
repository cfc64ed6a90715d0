"""Organizations by class of French writing (issue 11, round 15k: whole names and clubs).

Each table holds sentences written for this audit, with invented names:
- a body whose name coordinates two parts of its complement with "et" ("office de tourisme
  et des congrès") is one name, not cut at "et" where the model's own organization opened
  on the lower-case second part;
- a one-word name no gazetteer knows, after a definite article, that a player leaves or
  joins (among words of sport), plays for or faces, or that completes a noun of players
  ("l'attaquant de la X"), is a club, in any article.
The pitfall tables hold what must not change: a wrong organization is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names


# ---------------------------------------------- whole names coordinated with "et"
@pytest.mark.parametrize(("text", "org"), [
    ("L'office de tourisme et des congrès de Brimont a publié son programme d'été.",
     "office de tourisme et des congrès de Brimont"),
    ("Elle dirige depuis 2019 l'office de tourisme et des congrès de Dole.",
     "office de tourisme et des congrès de Dole"),
])
def test_coordinated_complement_keeps_the_name_whole(
        extract: Callable[..., dict], text: str, org: str) -> None:
    assert org in entity_names(extract(text), "organization")


@pytest.mark.parametrize(("text", "org"), [
    # already whole before this round: kept
    ("Les pompiers du centre d'incendie et de secours de Dole sont intervenus mardi.",
     "centre d'incendie et de secours de Dole"),
    ("La chambre de commerce et d'industrie de Vassieux organise un forum.",
     "chambre de commerce et d'industrie de Vassieux"),
    ("Le syndicat des eaux et de l'assainissement de la vallée a voté le budget.",
     "syndicat des eaux et de l'assainissement de la vallée"),
    # a body in lower case named in the complement, with no "et" before it, stays itself
    ("Le député a promis au club le soutien du conseil départemental du Jura.",
     "conseil départemental du Jura"),
    # a capitalized body named in the complement stays the body named there
    ("Le conseil d'administration de l'Agence de l'eau s'est réuni lundi.", "Agence de l'eau"),
])
def test_coordinated_pitfalls_kept(extract: Callable[..., dict], text: str, org: str) -> None:
    assert org in entity_names(extract(text), "organization")


@pytest.mark.parametrize(("text", "not_org"), [
    # two bodies, not one name
    ("La mairie et la gendarmerie de Morlanges ont été prévenues.", "mairie et la gendarmerie de Morlanges"),
    # a centre with no name is no body
    ("Le centre d'incendie et de secours a reçu un nouveau camion.", "centre d'incendie et de secours"),
    # an amount after "et de" is no part of a name
    ("Le conseil de Brimont a voté une aide de 500 euros et de 800 euros.",
     "conseil de Brimont a voté une aide de 500 euros et de 800 euros"),
])
def test_coordinated_pitfalls_not_names(extract: Callable[..., dict], text: str, not_org: str) -> None:
    assert not_org not in entity_names(extract(text), "organization")


# ---------------------------------------------- foreign clubs by play and transfers
@pytest.mark.parametrize(("text", "org"), [
    ("Le milieu de terrain a quitté la Varessina pour un club anglais.", "Varessina"),
    ("Le défenseur a rejoint la Brenzanese cet été.", "Brenzanese"),
    ("Elle a joué à la Corvalese pendant deux saisons.", "Corvalese"),
    ("L'attaquant de la Trebiano a marqué deux buts dimanche.", "Trebiano"),
    ("Le gardien de la Montessa a été suspendu trois matchs.", "Montessa"),
    ("Le jeune avant-centre évoluait alors à la Vigolana.", "Vigolana"),
])
def test_club_by_play(extract: Callable[..., dict], text: str, org: str) -> None:
    assert org in entity_names(extract(text), "organization")


@pytest.mark.parametrize(("text", "name"), [
    # leaving or joining a place or a school is no transfer
    ("Elle a quitté la Bretagne en 2010.", "Bretagne"),
    ("Il a rejoint la Normandie après ses études.", "Normandie"),
    ("Il a quitté la Sorbonne pour enseigner à Lyon.", "Sorbonne"),
    # a country stays a place even in play
    ("Le défenseur a quitté la France pour un club anglais.", "France"),
])
def test_club_pitfalls_not_clubs(extract: Callable[..., dict], text: str, name: str) -> None:
    assert name not in entity_names(extract(text), "organization")
