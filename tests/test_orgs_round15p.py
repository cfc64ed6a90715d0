"""Organizations by class of French writing (issue 11, round 15p: clubs named like regions, rubrics).

Each table holds sentences written for this audit, with invented names:
- a club whose name the gazetteer knows as a region or a province (a club's name in its own
  language, after "la" or "le") is the club where the text uses it as a team among words of
  sport: faced, completing a noun of players, played for; left or joined only with a word
  of transfer in the sentence or where another mention is a team already;
- a sports rubric before a colon (a competition or a sport: "Serie A : la X") is no part of
  the name that follows it.
The pitfall tables hold what must not change: a wrong organization is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names


# ---------------------------------------------- clubs named like a region or a province
@pytest.mark.parametrize(("text", "org"), [
    ("L'attaquant du Torino a inscrit un doublé samedi.", "Torino"),
    ("Le gardien de la Lazio a été suspendu pour deux matchs.", "Lazio"),
    ("Dimanche, l'équipe de Morvandin jouera face à la Lazio en championnat.", "Lazio"),
    ("La défenseure espagnole a joué cinq ans au Torino avant de raccrocher ses crampons.", "Torino"),
    ("Le milieu Arnaud Quessignac a quitté la Lazio l'été dernier pour un transfert de 20 millions.",
     "Lazio"),
    ("Le buteur de la Sicilia a rejoint le Piemonte en prêt la saison dernière.", "Piemonte"),
    ("Les supporters du Torino ont envahi la pelouse après la finale.", "Torino"),
    # left with no word of transfer, but a team in another sentence of the text
    ("Le latéral gauche a quitté la Lazio en janvier. Le gardien de la Lazio a salué son départ.", "Lazio"),
])
def test_region_named_club(extract: Callable[..., dict], text: str, org: str) -> None:
    assert org in entity_names(extract(text), "organization")


@pytest.mark.parametrize(("text", "name"), [
    # leaving or joining a region with no word of transfer: a place
    ("Le milieu de terrain a quitté la Bretagne la saison dernière.", "Bretagne"),
    ("L'entraîneur a rejoint la Normandie pour sa retraite.", "Normandie"),
    # a place of play: no article ("en"), or a country
    ("L'équipe évolue en Bretagne depuis dix saisons.", "Bretagne"),
    ("Le club a joué à la Réunion en match amical.", "Réunion"),
    # no word of sport: a trip
    ("Elle a quitté la Toscane pour s'installer à Lyon.", "Toscane"),
    ("Les touristes ont rejoint la Lombardie en train.", "Lombardie"),
])
def test_region_pitfalls_stay_places(extract: Callable[..., dict], text: str, name: str) -> None:
    orgs = {fold_article(n) for n in entity_names(extract(text), "organization")}
    assert name not in orgs


def fold_article(name: str) -> str:
    for article in ("la ", "le ", "l'"):
        if name.lower().startswith(article):
            return name[len(article):]
    return name


# ---------------------------------------------- a sports rubric before a colon
@pytest.mark.parametrize(("text", "org", "not_name"), [
    ("Serie A : la Vigolese s'impose face à Bologne.", "Vigolese", "Serie A : la Vigolese"),
    ("Serie A : la Brenzanese enchaîne une troisième victoire.", "Brenzanese", "Serie A : la Brenzanese"),
    ("Serie B : le Calcio Trebiano monte en première division.", "Calcio Trebiano", "Serie B : le"),
    ("Football : le Stade Quessignais l'emporte à domicile.", "Stade Quessignais",
     "Football : le Stade Quessignais"),
    ("Rugby - Top 14 : le Stade Morvandais domine Clermont.", "Stade Morvandais",
     "Rugby - Top 14 : le Stade Morvandais"),
])
def test_rubric_no_part_of_the_club(extract: Callable[..., dict], text: str, org: str, not_name: str) -> None:
    result = extract(text)
    assert org in entity_names(result, "organization")
    assert not_name not in {e["name"] for e in result["entities"]}


@pytest.mark.parametrize(("text", "name"), [
    # a title's colon: its first part is no rubric, the title stays whole
    ("Le film Astérix : le Domaine des dieux sort mercredi.", "Astérix : le Domaine des dieux"),
])
def test_rubric_pitfalls_title_kept(extract: Callable[..., dict], text: str, name: str) -> None:
    assert name in {e["name"] for e in extract(text)["entities"]}


@pytest.mark.parametrize(("text", "place"), [
    # a country after a rubric is a national team: it stays a place
    ("Ligue des nations : la Belgique domine le Portugal.", "Belgique"),
    # a town named where the match is played stays a place
    ("Ligue 2 : à Vassieux, les supporters ont fêté la montée.", "Vassieux"),
])
def test_rubric_pitfalls_places(extract: Callable[..., dict], text: str, place: str) -> None:
    result = extract(text)
    assert place not in entity_names(result, "organization")
