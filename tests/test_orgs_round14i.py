"""Organizations by class of French writing (issue 11, round 14i: generality audit).

Each table holds sentences written for this audit, with invented names: a club named by its
town in a one-game report (a verb of the game and the score make it one), in a list that
closes on a noun of clubs ("X, Y et un autre club"), or beaten "au premier tour de X"; a
one-word name followed by "entier" ("Le Monde entier regarde ..."), the whole of a common
noun; and a party before a foreign town ("le Parti communiste de Pékin"), which stands for
the regime there. The pitfall tables hold what must not change: a wrong organization is
worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import mentions_by_name


# ---------------------------------------------------------------- a club named by its town
@pytest.mark.parametrize(("text", "org"), [
    # one game, its verb and its score: no three words of sport are needed
    ("L'ASV s'inclina devant Plouzané par 70-61.", "Plouzané"),
    ("Les Morlaisiens rencontrèrent Ostende qu'ils accrochèrent longtemps pour finalement céder par 36-32.",
     "Ostende"),
    ("Dimanche, Lesneven a battu Paimpol 3-1 sous la pluie.", "Paimpol"),
    ("Samedi soir, Douarnenez a dominé Vitré 28-14.", "Vitré"),
    # a list that closes on a noun of clubs names clubs
    ("L'attaquant hésitait : \"Ploërmel, Fougères, Redon et un autre club me faisaient des offres.\"",
     "Fougères"),
    ("Dinan, Saumur ou une autre équipe de Ligue 2 pourraient engager Mathis Kerdraon.", "Saumur"),
    ("Morlaix, Lamballe et deux clubs italiens ont proposé un contrat au gardien Yvon Le Cloarec.",
     "Lamballe"),
    ("Selon son agent, Dole et un autre club de l'élite ont appelé Théo Marzin.", "Dole"),
    # names given as examples of clubs
    ("L'USP jouait dimanche au tournoi de Plouzané face à des équipes de haut niveau telle Ostende "
     "(N1 belge).", "Ostende"),
    ("Des clubs comme Morlaix et Lamballe ont recruté Théo Marzin.", "Lamballe"),
    ("Des formations bretonnes telles que Dinan ou Redon visent la montée.", "Redon"),
    # who beat the name, with when between
    ("Les Lakers, tombeurs en demi-finale de Denver, ont gagné 93-85 face à Dallas.", "Denver"),
    ("Les Celtics, vainqueurs en demi-finale de Phoenix, joueront la finale contre Boston.", "Phoenix"),
])
def test_a_club_named_by_its_town(extract: Callable[..., dict], text: str, org: str) -> None:
    assert org in mentions_by_name(extract(text), "organization")


@pytest.mark.parametrize(("text", "place"), [
    # a list that closes on a noun of towns, or on one club without "autre": places
    ("Le festival a visité Fougères, Redon et d'autres villes de l'Ouest.", "Fougères"),
    ("Le maire de Lesneven et un club anglais ont signé un jumelage.", "Lesneven"),
    # examples of towns, or "comme" after a verb: no clubs
    ("Des villes comme Morlaix et Lamballe ont voté la fusion.", "Lamballe"),
    ("Les équipes ont joué comme Morlaix l'avait prévu.", "Morlaix"),
    # a score with no verb of the game is no match report
    ("Les élus de Paimpol ont voté la motion par 21-6.", "Paimpol"),
    # national teams stay their country
    ("La France, l'Italie et une autre équipe sont qualifiées.", "Italie"),
    # a year span is no score
    ("De 1998-2002, Mathis Kerdraon a vécu à Plouzané puis il a battu son record.", "Plouzané"),
])
def test_a_town_stays_a_place(extract: Callable[..., dict], text: str, place: str) -> None:
    res = extract(text)
    assert place in mentions_by_name(res, "place")
    assert place not in mentions_by_name(res, "organization")


@pytest.mark.parametrize(("text", "name"), [
    # the players of a town named by its demonym are no club
    ("Les Morlaisiens rencontrèrent Ostende qu'ils accrochèrent longtemps pour finalement céder par 36-32.",
     "Les Morlaisiens"),
    ("Les Bigoudens ont battu Ostende 2-0.", "Les Bretons"),
])
def test_a_demonym_is_no_club(extract: Callable[..., dict], text: str, name: str) -> None:
    assert name not in mentions_by_name(extract(text), "organization")


# ---------------------------------------------------------------- "Le Monde entier"
@pytest.mark.parametrize(("text", "name"), [
    ("Le Monde entier regarde la finale de Kervignac avec passion.", "Le Monde"),
    ("La Planète entière a retenu son souffle avant le décollage, selon Yvon Le Cloarec.", "La Planète"),
    ("Le Monde tout entier attend la décision de Mathis Kerdraon.", "Le Monde"),
    ("Depuis, le Monde entier connaît le nom de Théo Marzin.", "Monde"),
])
def test_the_whole_world_is_no_body(extract: Callable[..., dict], text: str, name: str) -> None:
    orgs = mentions_by_name(extract(text), "organization")
    assert not any(name in forms for forms in orgs.values())


@pytest.mark.parametrize(("text", "org"), [
    ("Le Monde a publié une enquête sur Mathis Kerdraon.", "Le Monde"),
    ("Selon Le Monde, Théo Marzin quittera Kervignac.", "Le Monde"),
    ("La Poste a fermé le bureau de Kervignac.", "La Poste"),
])
def test_a_newspaper_or_a_firm_stays(extract: Callable[..., dict], text: str, org: str) -> None:
    orgs = mentions_by_name(extract(text), "organization")
    assert any(org in forms for forms in orgs.values())


# ---------------------------------------------------------------- a party before a foreign town
@pytest.mark.parametrize(("text", "org", "place"), [
    ("Le Parti communiste de Pékin a limogé son secrétaire, selon Wu Jiangmin.", "Parti communiste", "Pékin"),
    ("Pour le Parti communiste de Vientiane, la réforme attendra, selon Nguyen Van Thao.",
     "Parti communiste", "Vientiane"),
    ("Le Parti unique de Pyongyang a célébré l'anniversaire de sa fondation.", "Parti unique", "Pyongyang"),
    ("Les dirigeants du Parti communiste de Minsk ont reçu Yvon Le Cloarec.", "Parti communiste",
     "Minsk"),
])
def test_a_party_before_a_foreign_town(extract: Callable[..., dict], text: str, org: str, place: str) -> None:
    res = extract(text)
    assert org in mentions_by_name(res, "organization")
    assert place in mentions_by_name(res, "place")


@pytest.mark.parametrize(("text", "org"), [
    # a French town keeps its section; a country is part of the party's name
    ("Le Parti socialiste de Saumur a désigné Anne Roubaud.", "Parti socialiste de Saumur"),
    ("Le Parti communiste de Chine a limogé Wu Jiangmin.", "Parti communiste de Chine"),
    # a university or a stock exchange is named after its town
    ("L'Université de Pékin a accueilli Wu Jiangmin.", "Université de Pékin"),
])
def test_a_name_with_its_town_stays(extract: Callable[..., dict], text: str, org: str) -> None:
    assert org in mentions_by_name(extract(text), "organization")
