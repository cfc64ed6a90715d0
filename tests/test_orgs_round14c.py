"""Organizations by class of French writing (issue 11, round 14c: generality audit).

Each table holds sentences written for this audit, with invented names: a ministry named in
lower case by its domain ("le ministère du budget", as many papers write it), and a body in
lower case spelled out before its acronym in parentheses ("la police judiciaire (PJ)"). The
pitfall tables hold what must not change: a wrong organization is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import mentions_by_name


# ---------------------------------------------------------------- a ministry named in lower case
@pytest.mark.parametrize(("text", "org"), [
    ("Le ministère du budget a publié mardi ses prévisions, selon Armelle Quintrec.", "ministère du budget"),
    ("Un porte-parole du ministère de la défense a démenti toute frappe près de Vardelle.",
     "ministère de la défense"),
    ("Selon le ministère des affaires étrangères, Octave Brancourt sera reçu jeudi.",
     "ministère des affaires étrangères"),
    ("Les syndicats seront reçus au ministère de l'éducation nationale la semaine prochaine.",
     "ministère de l'éducation nationale"),
    ("Jeanne Ferrandou a quitté le ministère de l'intérieur en 2004 pour une banque.",
     "ministère de l'intérieur"),
    ("Le ministère de la santé a lancé une enquête après la mort de Lucien Marvejol.",
     "ministère de la santé"),
])
def test_a_ministry_named_in_lower_case(extract: Callable[..., dict], text: str, org: str) -> None:
    assert org in mentions_by_name(extract(text), "organization")


@pytest.mark.parametrize(("text", "org"), [
    # a ministry named with its capital keeps working as before
    ("Le ministère de la Culture a salué le travail de Lise Aubertot.", "ministère de la Culture"),
])
def test_a_ministry_with_a_capital_stays(extract: Callable[..., dict], text: str, org: str) -> None:
    assert org in mentions_by_name(extract(text), "organization")


@pytest.mark.parametrize(("text", "word"), [
    # the office of a priest or a preacher is no body
    ("Le père Anselme Grivaud a exercé son ministère de la parole pendant vingt ans.", "ministère"),
    ("Durant son ministère du culte à Vardelle, Eudes Pantaléon a restauré la chapelle.", "ministère"),
    # a domain no government holds
    ("Le ministère de la joie n'existe que dans le roman de Basile Fornerod.", "ministère"),
])
def test_no_ministry_without_a_domain(extract: Callable[..., dict], text: str, word: str) -> None:
    orgs = mentions_by_name(extract(text), "organization")
    assert not [n for n in orgs if word in n]


# ---------------------------------------- a lower-case body spelled out before its acronym
@pytest.mark.parametrize(("text", "org", "alias"), [
    ("L'enquête a été confiée à la police judiciaire (PJ) de Montbrison, a indiqué Hugues Darnetal.",
     "police judiciaire", "PJ"),
    ("Les agents de la police aux frontières (PAF) ont interpellé deux passeurs à Vardelle.",
     "police aux frontières", "PAF"),
    ("Selon la police municipale (PM), Rosine Quelvennec a été retrouvée saine et sauve.",
     "police municipale", "PM"),
    ("Un rapport de la police technique et scientifique (PTS) accable Gaspard Lebrasseur.",
     "police technique et scientifique", "PTS"),
])
def test_a_lower_case_body_before_its_acronym(extract: Callable[..., dict], text: str, org: str,
                                              alias: str) -> None:
    orgs = mentions_by_name(extract(text), "organization")
    assert org in orgs
    assert alias in orgs[org]


@pytest.mark.parametrize(("text", "word"), [
    # no acronym: the police as a force is no named body here
    ("La police a dispersé les manifestants devant la mairie de Vardelle.", "police"),
    # a thing spelled out before its acronym stays no body
    ("Le patient, Amédée Courtois, souffre d'un accident vasculaire cérébral (AVC).", "accident"),
])
def test_no_body_without_an_acronym_of_bodies(extract: Callable[..., dict], text: str, word: str) -> None:
    orgs = mentions_by_name(extract(text), "organization")
    assert not [n for n in orgs if word in n]


# ---------------------------------------- an English title cut before a word read as French
@pytest.mark.parametrize(("text", "org"), [
    ("Selon The Hollywood Reporter, le film de Maxence Dutertre sortira en mai.", "The Hollywood Reporter"),
    ("Selon The Kelvindale Reporter, le club de Maxence Dutertre sera vendu en mai.",
     "The Kelvindale Reporter"),
    ("D'après The Dallas Reporter, Ophélie Vantorre quittera la chaîne en juin.", "The Dallas Reporter"),
])
def test_an_english_title_runs_over_its_capitals(extract: Callable[..., dict], text: str, org: str) -> None:
    assert org in mentions_by_name(extract(text), "organization")


@pytest.mark.parametrize(("text", "org"), [
    # titles the model reads whole stay as they are
    ("D'après The Chicago Tribune, Ophélie Vantorre a signé mardi.", "The Chicago Tribune"),
    ("Le magazine The Brixworth Herald affirme que Maxence Dutertre a signé.", "The Brixworth Herald"),
])
def test_an_english_title_read_whole_stays(extract: Callable[..., dict], text: str, org: str) -> None:
    assert org in mentions_by_name(extract(text), "organization")


@pytest.mark.parametrize(("text", "name"), [
    # the English title stops at the sentence's end and before a person's name
    ("Ophélie Vantorre a lu The Quiet Harbour. Maxence Dutertre l'a adapté au cinéma.", "Maxence Dutertre"),
    ("Selon The Dallas Reporter Ophélie Vantorre a signé.", "Ophélie Vantorre"),
])
def test_an_english_title_stops_before_a_person(extract: Callable[..., dict], text: str, name: str) -> None:
    assert name in mentions_by_name(extract(text), "person")


# ---------------------------------------- a name apposed to an indefinite noun of bodies
@pytest.mark.parametrize(("text", "org"), [
    ("Il travaille pour une entreprise de logistique, la SAR, dirigée par Clément Hurtebise.", "SAR"),
    ("Le chantier a été confié à une société d'armement, la SAR, qui emploie trois cents personnes.", "SAR"),
    ("Elle a rejoint une fondation de recherche, la FRV, créée par Clément Hurtebise.", "FRV"),
    ("Le site appartient à une filiale du groupe, la SMT, depuis 2011, selon Irène Bastoul.", "SMT"),
    ("Il a vendu son usine à un groupe pétrolier, la Vordanix, en 2004.", "Vordanix"),
])
def test_a_name_apposed_to_an_indefinite_body(extract: Callable[..., dict], text: str, org: str) -> None:
    assert org in mentions_by_name(extract(text), "organization")


@pytest.mark.parametrize(("text", "name"), [
    # a thing, not a body, before the apposed name
    ("Clément Hurtebise a acheté une voiture d'occasion, la Fenza, à Vardelle.", "Fenza"),
    ("Irène Bastoul a restauré un tableau ancien, la Dame au lévrier, pour le musée.", "Dame au lévrier"),
    # a person apposed to a noun of bodies stays a person
    ("Il a écrit à un syndicat de Vardelle, le Dr Clément Hurtebise, qui a répondu.", "Clément Hurtebise"),
])
def test_no_body_apposed_without_an_indefinite_noun_of_bodies(extract: Callable[..., dict], text: str,
                                                              name: str) -> None:
    orgs = mentions_by_name(extract(text), "organization")
    assert name not in orgs
