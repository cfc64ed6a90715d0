"""Local bodies whose names run on after a town, and other names cut or mistyped in the
local pages of a regional daily (issue 11, round 9c).

Every row is a short text written for these tests in the register of a regional daily:
election lists, traders' unions, intercommunal bodies, teams, consumers' associations,
school papers, road accidents. Pitfall rows keep what must stay as it was.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

DATE = "date 2002-11-04\n\n"


def _typed(result: dict) -> set[tuple[str, str]]:
    return {(e["type"], e["name"]) for e in result["entities"]
            if e["type"] in ("organization", "place", "misc", "person")}


# a town and words of its own, after "liste", after a body's kind, or after a plural article
# that no town takes, is a list, an association or a team; a body's name that ends on its town
# goes on over the capitalized words after it; a name of capitals may close on "de" and a bare
# noun ("Cœur de ville")
RUN_ON = [
    ("Pour l'opposition, M. Marc Hentz, tête de liste de Sélestat Demain, a voté contre le budget.",
     "Sélestat Demain", ["Sélestat"]),
    ("Samedi, les handballeurs d'Épinal ont battu les Nancy Lions devant 800 spectateurs.",
     "Nancy Lions", []),
    ("La communauté de communes de Sarrebourg Moselle Sud a voté une subvention de 20 000 euros.",
     "communauté de communes de Sarrebourg Moselle Sud", ["Sud"]),
    ("Le trésorier de l'association Lunéville Cœur de ville, M. Denis Roux, a dressé le bilan de "
     "la braderie.", "Lunéville Cœur de ville", ["Lunéville Cœur"]),
]


@pytest.mark.parametrize(("text", "body", "not_named"), RUN_ON)
def test_names_run_on_after_a_town(extract: Callable[..., dict], text: str, body: str,
                                   not_named: list[str]) -> None:
    found = _typed(extract(DATE + text))
    assert ("organization", body) in found, found
    for name in not_named:
        assert not any(n == name for _, n in found), found


# a name never ends on a function word: the capitalized word after it belongs to it
def test_a_name_never_ends_on_a_function_word(extract: Callable[..., dict]) -> None:
    text = DATE + ("L'association de défense des consommateurs UFC-Que Choisir a dénoncé les tarifs. "
                   "Selon l'UFC-Que Choisir, les hausses dépassent 8 %.")
    found = _typed(extract(text))
    assert ("organization", "UFC-Que Choisir") in found, found
    assert not any(n in ("UFC", "UFC-Que") for _, n in found), found


# a quoted title given to a paper, right after a noun of the press or after its participle
# phrase and a comma, is that paper: an organization
PAPERS = [
    ("Les écoliers de Dompaire ont montré leur journal, « L'Écho des préaux », aux parents.",
     "L'Écho des préaux"),
    ("Les collégiens publient depuis trois ans le bulletin « La Gazette du Haut-Fourneau ».",
     "La Gazette du Haut-Fourneau"),
    ("Les élèves de CM2 ont présenté leur journal imprimé en couleur, \"Le Petit Ramonchamp\", "
     "qui paraîtra chaque trimestre.", "Le Petit Ramonchamp"),
]


@pytest.mark.parametrize(("text", "paper"), PAPERS)
def test_a_quoted_paper_title_is_an_organization(extract: Callable[..., dict], text: str,
                                                   paper: str) -> None:
    assert ("organization", paper) in _typed(extract(DATE + text))


def test_a_quoted_title_after_no_press_noun_is_no_body(extract: Callable[..., dict]) -> None:
    text = DATE + "La chorale a chanté « Le Temps des cerises » devant la mairie."
    assert not any(t == "organization" and "Temps" in n for t, n in _typed(extract(text)))


# one car counted by "une" is a thing made, and so is every later mention of it
def test_a_car_counted_by_an_indefinite_article_is_no_body(extract: Callable[..., dict]) -> None:
    text = DATE + ("Vers 18 h, une Twingo roulant vers Saint-Dié a heurté un platane. Le conducteur "
                   "de la Twingo, M. Luc Perrin, a été blessé.")
    found = _typed(extract(text))
    assert not any(t == "organization" and n == "Twingo" for t, n in found), found


# pitfalls: what must stay
def test_a_party_before_a_person_keeps_its_name(extract: Callable[..., dict]) -> None:
    found = _typed(extract(DATE + "Le conseiller municipal PS Jean Thomas a quitté la séance."))
    assert ("person", "Jean Thomas") in found, found
    assert not any(t == "organization" and "Jean" in n for t, n in found), found


def test_a_body_of_a_town_before_a_person_stops_there(extract: Callable[..., dict]) -> None:
    text = DATE + ("Selon la mairie de Golbey, le chantier durera six mois. Le président du club "
                   "de Golbey Michel Durand a salué la décision.")
    found = _typed(extract(text))
    assert not any(t == "organization" and "Michel" in n for t, n in found), found


def test_a_plain_town_after_a_preposition_stays_a_place(extract: Callable[..., dict]) -> None:
    found = _typed(extract(DATE + "Les joueurs de Remiremont se rendront à Gérardmer samedi."))
    assert ("place", "Gérardmer") in found, found


# a body named by its cause, opening a sentence where the model sees no name
CAUSES = [
    ("La Ligue contre le cancer a ouvert une permanence à Mirecourt.", "Ligue contre le cancer"),
    ("L'Association pour la sauvegarde du lavoir réunit ses adhérents vendredi.",
     "Association pour la sauvegarde du lavoir"),
]


@pytest.mark.parametrize(("text", "body"), CAUSES)
def test_a_body_named_by_its_cause_opens_a_sentence(extract: Callable[..., dict], text: str,
                                                     body: str) -> None:
    assert ("organization", body) in _typed(extract(DATE + text))


def test_a_head_before_a_time_is_no_such_name(extract: Callable[..., dict]) -> None:
    found = _typed(extract(DATE + "La Fédération a voté pour la première fois contre le budget."))
    assert not any(n.startswith("Fédération ") for _, n in found), found


# a sports centre or a swimming centre is a venue, a place, like a "complexe sportif"
VENUES = [
    ("Les 600 supporters du Centre sportif municipal ont fêté la montée.", "Centre sportif municipal"),
    ("Le centre aquatique de Rambervillers rouvrira ses bassins en septembre.",
     "centre aquatique de Rambervillers"),
]


@pytest.mark.parametrize(("text", "venue"), VENUES)
def test_a_sports_centre_is_a_place(extract: Callable[..., dict], text: str, venue: str) -> None:
    found = _typed(extract(DATE + text))
    assert ("place", venue) in found, found
    assert ("organization", venue) not in found, found


# an acronym of a thing or a trade (a rail network, a tax, a sector) names no body, whatever
# clue of a body the sentence gives
THINGS = [
    ("Mardi, la circulation sur les lignes du RER restera perturbée.", "RER"),
    ("« Les prix flambent dans le BTP », a constaté le président de la chambre des métiers.", "BTP"),
]


@pytest.mark.parametrize(("text", "acronym"), THINGS)
def test_a_thing_acronym_is_no_body(extract: Callable[..., dict], text: str, acronym: str) -> None:
    assert ("organization", acronym) not in _typed(extract(DATE + text))


# the lead engineer's rows (round 9): a body named after a person's friends keeps the person's
# name, which the model reads apart; a firm and a person written side by side are still two
@pytest.mark.parametrize(("text", "body"), [
    ("L'Association des amis de Jules Verne organise une exposition à Nancy.",
     "Association des amis de Jules Verne"),
    ("La Société des amis d'Émile Gallé a publié un catalogue des vases de l'artiste.",
     "Société des amis d'Émile Gallé"),
])
def test_friends_of_a_person(extract: Callable[..., dict], text: str, body: str) -> None:
    orgs = [e["name"] for e in extract(text)["entities"] if e["type"] == "organization"]
    assert orgs == [body]
