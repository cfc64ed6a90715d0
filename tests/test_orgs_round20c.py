"""Organizations of regional writing: precision (round 20c).

Classes of wrong organizations of a regional daily, probed with invented stories:
- a body's noun and an adjective that takes a measure ("un ex-joueur du club âgé de 44
  ans", "l'amicale vieille de trente ans"): the age belongs to a person or to the body, it is
  no part of a name; the name ends before the adjective ("le comité de jumelage" + "âgé de 64
  ans"), and a lone "club" or "amicale" names nothing;
- a body's noun whose complement is an organ that every firm or institution has ("le comité
  d'entreprise", "le comité central d'entreprise", "le comité d'établissement", "le comité de
  pilotage"): no body of its own; a local committee named by its purpose ("comité des fêtes",
  "comité de jumelage", "comité de soutien") stays a body;
- a capitalized kind of building and a person's given name and surname joined by a hyphen
  ("le Musée Claude-Vernier", "l'Hôpital Émile-Garnier"): a building named after someone, a
  place, as the same names in lower case already were;
- a headline or rubric that opens its line on a local body's kind and its territorial
  adjective alone ("Conseil municipal : ...", "Tribunal correctionnel : ..."): the capital is
  the line's and, as "le conseil municipal" in a sentence, the words name no body; the body of
  a named town, or a capital inside a sentence, stays;
- a plural common noun capitalized by the start of its sentence or line and joined by "et",
  "ou" or a comma to another plural noun in lower case ("Pompiers et gendarmes sont
  intervenus"): a common noun like its partner, no name; two names joined stay.
"""

from collections.abc import Callable

import pytest


def _types(result: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in result["entities"]}


def _orgs(result: dict) -> list[str]:
    return [e["name"] for e in result["entities"] if e["type"] == "organization"]


@pytest.mark.parametrize(("text", "word"), [
    ("Gilles Perrouzet, ex-joueur du club âgé de 44 ans, entraîne désormais les cadets.", "âgé"),
    ("La trésorière de l'amicale âgée de trente ans a présenté des comptes en équilibre.", "âgée"),
    ("Le club vieux de cent ans fête son anniversaire en juin.", "vieux"),
    ("Un bénévole de l'association âgé de 70 ans a été décoré.", "âgé"),
])
def test_an_age_after_a_body_noun_is_no_name(
        extract: Callable[..., dict], text: str, word: str) -> None:
    orgs = _orgs(extract("date 2004-05-10\n" + text))
    assert not [o for o in orgs if word in o], orgs


@pytest.mark.parametrize(("text", "body"), [
    ("Le président du comité de jumelage âgé de 64 ans, Marc Olivier, a été réélu.", "comité de jumelage"),
    # guards: a body's name with its complements and no measure
    ("Le comité de jumelage a accueilli vingt familles allemandes.", "comité de jumelage"),
    ("Le club de tennis de table a organisé son tournoi de printemps.", "club de tennis de table"),
    ("L'association des parents d'élèves a vendu des gâteaux.", "association des parents d'élèves"),
])
def test_a_named_body_ends_before_its_age(
        extract: Callable[..., dict], text: str, body: str) -> None:
    orgs = _orgs(extract("date 2004-05-10\n" + text))
    assert orgs == [body], orgs


@pytest.mark.parametrize("text", [
    "Les élus du comité d'entreprise ont refusé le plan de la direction.",
    "Le comité de pilotage s'est réuni en mairie mardi soir.",
    "Le comité d'établissement a voté une motion contre les licenciements.",
    "Le comité central d'entreprise a été convoqué pour jeudi.",
])
def test_an_organ_of_a_firm_is_no_body(extract: Callable[..., dict], text: str) -> None:
    orgs = _orgs(extract("date 2004-05-10\n" + text))
    assert not [o for o in orgs if o.lower().startswith("comité")], orgs


@pytest.mark.parametrize(("text", "body"), [
    # guards: the firm after its organ, and committees named by their purpose
    ("Le comité central d'entreprise des Tissages Morlan sera réuni jeudi.", "Tissages Morlan"),
    ("Le comité des fêtes a organisé la brocante dimanche.", "comité des fêtes"),
    ("Le comité de soutien aux sinistrés a collecté 2 000 euros.", "comité de soutien"),
])
def test_a_committee_named_by_its_purpose_stays(
        extract: Callable[..., dict], text: str, body: str) -> None:
    types = _types(extract("date 2004-05-10\n" + text))
    assert types.get(body) == "organization", types


@pytest.mark.parametrize(("text", "venue"), [
    ("Les enfants ont visité le Musée Claude-Vernier avec leur institutrice.", "Musée Claude-Vernier"),
    ("Le blessé a été transporté à l'Hôpital Émile-Garnier.", "Hôpital Émile-Garnier"),
    ("Les spectateurs ont rempli le Théâtre Lucien-Marbot pour la première.", "Théâtre Lucien-Marbot"),
    # guard: already a place before round 20c
    ("Le concert aura lieu à la Médiathèque Jeanne-Morlet samedi soir.", "Médiathèque Jeanne-Morlet"),
])
def test_a_building_named_after_a_person_is_a_place(
        extract: Callable[..., dict], text: str, venue: str) -> None:
    types = _types(extract("date 2004-05-10\n" + text))
    assert types.get(venue) == "place", types


def test_a_museum_named_by_its_collection_stays_a_body(extract: Callable[..., dict]) -> None:
    # guard: no person's name after the kind
    types = _types(extract("date 2004-05-10\nLe Musée des Beaux-Arts a reçu un don."))
    assert types.get("Musée des Beaux-Arts") == "organization", types


@pytest.mark.parametrize(("text", "rubric"), [
    ("Conseil municipal : la cantine rénovée\nLes élus de Vornay ont voté les travaux mardi soir.",
     "Conseil municipal"),
    ("Tribunal correctionnel : amende pour un chasseur\nUn retraité de Brandeuil a été condamné lundi.",
     "Tribunal correctionnel"),
    ("Conseil général : les routes d'abord\nLes élus ont consacré vendredi la moitié du budget à la voirie.",
     "Conseil général"),
])
def test_a_rubric_of_a_local_body_is_no_name(
        extract: Callable[..., dict], text: str, rubric: str) -> None:
    orgs = _orgs(extract("date 2004-05-10\n" + text))
    assert rubric not in orgs, orgs


@pytest.mark.parametrize(("text", "body"), [
    # guards: a national body's own name, the rubric with its town, a capital inside the sentence
    ("Conseil constitutionnel : la loi retoquée\nLes sages ont censuré deux articles jeudi.",
     "Conseil constitutionnel"),
    ("Tribunal correctionnel de Brandeuil : amende pour un chasseur\nUn retraité a été condamné lundi.",
     "Tribunal correctionnel de Brandeuil"),
    ("Fêtes de fin d'année\nLe Conseil municipal a voté mardi une enveloppe pour les illuminations.",
     "Conseil municipal"),
])
def test_a_named_rubric_stays(extract: Callable[..., dict], text: str, body: str) -> None:
    orgs = _orgs(extract("date 2004-05-10\n" + text))
    assert body in orgs, orgs


@pytest.mark.parametrize(("text", "word"), [
    ("Pompiers et gendarmes sont intervenus rapidement sur la départementale.", "Pompiers"),
    ("Gendarmes et douaniers ont contrôlé une centaine de véhicules.", "Gendarmes"),
])
def test_a_capitalized_plural_noun_joined_to_a_common_noun_is_no_name(
        extract: Callable[..., dict], text: str, word: str) -> None:
    types = _types(extract("date 2004-05-10\n" + text))
    assert word not in types, types


@pytest.mark.parametrize(("text", "body"), [
    # guards: two names joined, and a union's name before a common noun
    ("Renault et Peugeot ont annoncé des embauches.", "Peugeot"),
    ("Jeunes Agriculteurs et chasseurs ont planté des haies.", "Jeunes Agriculteurs"),
])
def test_names_joined_at_a_sentence_start_stay(
        extract: Callable[..., dict], text: str, body: str) -> None:
    assert _types(extract("date 2004-05-10\n" + text)).get(body) == "organization"
