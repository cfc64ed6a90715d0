"""Organizations by class of French construction (issue 11, round 12: generality audit).

Each table holds sentences written for this audit, with invented names, one construction per
table: a party or body named by a cause with the indefinite article ("l'Union pour un
renouveau démocratique"), the "États membres" of a union (no body), a capital letter and
its full stop closing a sentence before a capitalized word ("dans le groupe C. Samedi
soir, ..."), and a publishing house named with its kind ("les éditions Grasset"). The
pitfall tables hold what must not change: a wrong name is worse than none.
"""

import re
from collections.abc import Callable

import pytest

from conftest import mentions_by_name


def _names(result: dict, kind: str) -> set[str]:
    return {e["name"] for e in result["entities"] if e["type"] == kind}


def _aliases(result: dict, name: str) -> set[str]:
    return {a for e in result["entities"] if e["name"] == name for a in e.get("aliases", [])}


# ------------------------------------------------- a cause with the indefinite article
@pytest.mark.parametrize(("text", "body"), [
    ("Il ne conduira pas l'Union pour un renouveau démocratique aux élections.",
     "Union pour un renouveau démocratique"),
    ("Le congrès de l'Alliance pour un avenir solidaire s'ouvrira samedi à Carhaix.",
     "Alliance pour un avenir solidaire"),
    ("Maëlle Kervadec a été élue présidente du Mouvement pour une écologie populaire.",
     "Mouvement pour une écologie populaire"),
    ("Les militants du Collectif pour un logement digne ont manifesté devant la préfecture.",
     "Collectif pour un logement digne"),
    ("Le porte-parole de la Coordination pour une école publique laïque a démenti.",
     "Coordination pour une école publique laïque"),
])
def test_a_cause_with_the_indefinite_article_is_in_the_name(extract: Callable[..., dict], text: str,
                                                            body: str) -> None:
    assert body in _names(extract(text), "organization")


@pytest.mark.parametrize(("text", "body", "acronym"), [
    ("L'Union pour un renouveau démocratique (URD) a obtenu trois sièges à Mende.",
     "Union pour un renouveau démocratique", "URD"),
    ("L'Union pour un mouvement populaire (UMP) a choisi son candidat à Rodez.",
     "Union pour un mouvement populaire", "UMP"),
])
def test_its_acronym_in_parentheses_is_an_alias(extract: Callable[..., dict], text: str, body: str,
                                                acronym: str) -> None:
    result = extract(text)
    assert body in _names(result, "organization")
    assert acronym in _aliases(result, body)


@pytest.mark.parametrize("text", [
    "Il a voté pour un candidat de l'Union.",
    "Elle a quitté le Mouvement pour un poste au ministère.",
    "Il a quitté l'Union pour un parti rival.",
    "L'Alliance a plaidé pour une réforme fiscale.",
    "Il a quitté l'Union pour une raison simple.",
])
def test_pour_outside_a_name_stays_outside(extract: Callable[..., dict], text: str) -> None:
    assert not any(" pour " in n for n in _names(extract(text), "organization"))


# ------------------------------------------------------------------------- "États membres"
@pytest.mark.parametrize("text", [
    "Les ministres des Vingt-Sept ont critiqué les aides versées par plusieurs États membres, dont l'Italie.",
    "La mesure a été adoptée par les États membres lors du sommet de Ljubljana.",
    "Selon les États membres, la réforme coûtera trop cher.",
    "La directive a été rejetée par plusieurs Etats membres, dont la Lettonie.",
    "Le texte a été ratifié par les États signataires de la convention.",
    "Le fonds sera financé par les États partenaires du programme.",
])
def test_member_states_are_no_organization(extract: Callable[..., dict], text: str) -> None:
    result = extract(text)
    assert not {n for n in _names(result, "organization") | _names(result, "place")
                if n.startswith(("États", "Etats"))}


@pytest.mark.parametrize(("text", "place"), [
    ("Les États-Unis et le Canada ont signé l'accord.", "États-Unis"),
    ("Il vit aux Etats-Unis depuis 2010.", "Etats-Unis"),
])
def test_the_united_states_stay_a_place(extract: Callable[..., dict], text: str, place: str) -> None:
    assert place in _names(extract(text), "place")


# ------------------------------------------------- a capital letter closing a sentence
@pytest.mark.parametrize(("text", "kept"), [
    ("Il reste trois journées dans le groupe C. Samedi soir, l'US Raon a battu Épinal.", "US Raon"),
    ("L'équipe termine deuxième de la poule B. Dimanche, le RC Guingamp recevra Millau.", "RC Guingamp"),
    ("Les Bleus sont dans le groupe F. Mardi, ils affronteront la Slovénie à Tallinn.", "Slovénie"),
    ("L'entraîneur a commenté la victoire du groupe C. Samedi, l'équipe jouera à Figeac.", "Figeac"),
    ("Le club de Privas figure dans la poule A. Jeudi soir, l'AS Brioude viendra y jouer.", "AS Brioude"),
])
def test_a_letter_closing_a_sentence_joins_no_name(extract: Callable[..., dict], text: str,
                                                   kept: str) -> None:
    names = {e["name"] for e in extract(text)["entities"]}
    assert kept in names
    assert not [n for n in names if re.search(r"(?:^|\s)[A-Z]\.(?:\s|$)", n)]


@pytest.mark.parametrize(("text", "person"), [
    ("Le rapport a été rédigé par J. Martinot et publié lundi.", "J. Martinot"),
    ("Selon P. Lemarchal, l'entreprise de Gaillac va bien.", "P. Lemarchal"),
    ("Le club a recruté Paul R. Dufrénoy, ancien joueur d'Ussel.", "Paul R. Dufrénoy"),
    ("M. Duvernay a présidé la séance du conseil de Nyons.", "Duvernay"),
])
def test_initials_stay_in_a_persons_name(extract: Callable[..., dict], text: str, person: str) -> None:
    assert person in _names(extract(text), "person")


# -------------------------------------------------------------------- publishing houses
@pytest.mark.parametrize(("text", "house"), [
    ("Le roman, publié par les éditions Grasset, s'est vendu à 20 000 exemplaires.", "éditions Grasset"),
    ("Son premier recueil paraîtra aux éditions Verlande en mars.", "éditions Verlande"),
    ("Le manuscrit a été refusé par les éditions Palmyre.", "éditions Palmyre"),
    ("Directrice des éditions Corvaline, Solène Fourcade a quitté Ambert.", "éditions Corvaline"),
])
def test_a_publishing_house_keeps_its_kind(extract: Callable[..., dict], text: str, house: str) -> None:
    assert house in _names(extract(text), "organization")


def test_the_bare_name_later_is_the_house(extract: Callable[..., dict]) -> None:
    result = extract("Les éditions Brantôme ont racheté une librairie de Rodez. "
                     "Brantôme publie surtout des essais.")
    orgs = mentions_by_name(result, "organization")
    assert orgs.get("éditions Brantôme") == {"éditions Brantôme", "Brantôme"}
    assert "Brantôme" not in orgs


@pytest.mark.parametrize("text", [
    "Les éditions du soir ont été supprimées.",
    "Le tirage des éditions régionales a baissé.",
    "Le quotidien publie trois éditions locales, dont celle de Privas.",
])
def test_a_newspapers_editions_are_no_house(extract: Callable[..., dict], text: str) -> None:
    assert not {n for n in _names(extract(text), "organization") if "édition" in n}


def test_a_name_of_two_words_stays_itself(extract: Callable[..., dict]) -> None:
    assert "Albin Michel" in _names(extract("Le livre est paru aux éditions Albin Michel."), "organization")
