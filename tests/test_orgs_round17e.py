"""Local bodies a regional daily names and the model misses (issue 11, round 17e: recall).

Four classes of French, probed with invented stories: a body's name in quotation marks right
after the noun of its kind or its acronym ("le club « Les Marcheurs du Val »", "l'AAPPMA « La
Gaule de la Vallée »"); an acronym of a body, after its definite article, subject of a verb
("La DDE a fermé la route"), which the model leaves out or reads as a place; a firm named by
one bare word after "chez" ("il a travaillé trente ans chez Brovinel"); a firm's one-word name
before a verb the tagger reads as its adjective, then a possessive ("l'usine Tréfalor ferme ses
portes"). The pitfall tables hold quoted things and activities, acronyms of things, places and
kinds of bodies, people after "chez", and adjectives that belong to an association's name.
"""

from collections.abc import Callable

import pytest


def _types(result: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in result["entities"]}


# ------------------------------------------- a name in quotation marks after a body's kind
@pytest.mark.parametrize(("text", "name"), [
    ("Le club « Les Marcheurs du Valtin » fête ses vingt ans samedi.", "Les Marcheurs du Valtin"),
    ("L'amicale « Les Joyeux Quilleurs » a élu son nouveau bureau.", "Les Joyeux Quilleurs"),
    ("La troupe « Les Planches de Brémoncourt » jouera deux pièces en mars.", "Les Planches de Brémoncourt"),
    ("Le foyer rural « La Clé des Prés » propose des cours de gymnastique.", "La Clé des Prés"),
    ("Mme Irène Corvasse préside depuis 1996 la section « Gym douce » du foyer.", "Gym douce"),
    ("L'AAPPMA « La Gaule de la Vézouze » ouvre la pêche à la truite samedi.", "La Gaule de la Vézouze"),
    ("Son club « Les Aiglons » a perdu dimanche à domicile.", "Les Aiglons"),
    ("La chorale « Voix du Lac » donnera un concert à l'église.", "Voix du Lac"),
])
def test_a_quoted_name_after_a_body_noun_is_the_body(extract: Callable[..., dict], text: str,
                                                     name: str) -> None:
    types = _types(extract("date 2000-04-14\n" + text))
    assert types.get(name) == "organization", types


@pytest.mark.parametrize(("text", "name"), [
    ("Elle anime l'atelier « Peinture sur soie » le mardi.", "Peinture sur soie"),
    ("Le chantier « Rivière propre » a mobilisé vingt bénévoles.", "Rivière propre"),
    ("Le club a lancé l'opération « Nettoyons la nature » dimanche.", "Nettoyons la nature"),
])
def test_a_quoted_thing_after_another_noun_is_no_body(extract: Callable[..., dict], text: str,
                                                      name: str) -> None:
    types = _types(extract("date 2000-04-14\n" + text))
    assert types.get(name) != "organization", types


# ------------------------------------------- an acronym of a body that acts
@pytest.mark.parametrize(("text", "acronym"), [
    ("La DDE a fermé la route départementale pour deux semaines.", "DDE"),
    ("Le SIVU scolaire a voté son budget mardi soir.", "SIVU"),
    ("La MJC propose un stage de poterie pendant les vacances.", "MJC"),
    ("Hier, le CCAS organisait le repas des aînés à la salle des fêtes.", "CCAS"),
    ("L'ONF a replanté trois hectares après la tempête.", "ONF"),
])
def test_an_acronym_subject_of_a_verb_is_a_body(extract: Callable[..., dict], text: str,
                                                acronym: str) -> None:
    types = _types(extract("date 2000-04-14\n" + text))
    assert types.get(acronym) == "organization", types


@pytest.mark.parametrize(("text", "acronym"), [
    ("Le SMIC augmentera de 3 % au 1er juillet.", "SMIC"),
    ("Le TGV arrivera à Nancy en 2007.", "TGV"),
    ("Le CHU accueille désormais les grands brûlés.", "CHU"),
    ("Le PACS a été voté par les députés.", "PACS"),
    ("Médecins du Lac soigne les réfugiés. L'ONG a dénoncé hier les conditions d'accueil.", "ONG"),
    ("La SARL a licencié ses deux employés en juin.", "SARL"),
])
def test_an_acronym_of_a_thing_or_a_place_is_no_body(extract: Callable[..., dict], text: str,
                                                     acronym: str) -> None:
    types = _types(extract("date 2000-04-14\n" + text))
    assert types.get(acronym) != "organization", types


# ------------------------------------------- a firm named by one word after "chez"
@pytest.mark.parametrize(("text", "firm"), [
    ("Chez Fermilux, on prépare déjà la rentrée avec trente salariés.", "Fermilux"),
    ("Il a travaillé trente ans chez Brovinel avant de prendre sa retraite.", "Brovinel"),
    ("Elle est entrée chez Pernaudex en 1985 comme secrétaire.", "Pernaudex"),
    ("Les ouvriers de chez Tréfilux ont débrayé hier matin.", "Tréfilux"),
    ("Chez Corvalis, la production a repris lundi après la grève.", "Corvalis"),
])
def test_one_word_after_chez_is_a_firm(extract: Callable[..., dict], text: str, firm: str) -> None:
    types = _types(extract("date 2000-04-14\n" + text))
    assert types.get(firm) == "organization", types


@pytest.mark.parametrize(("text", "person"), [
    ("Les gendarmes se sont rendus chez Marc Varnesson hier soir.", "Marc Varnesson"),
    ("Marc Varnesson a été cambriolé. Les voleurs sont entrés chez Varnesson par la cave.", "Varnesson"),
    ("Le repas a eu lieu chez M. Varnesson, à Gugnécourt.", "Varnesson"),
    ("Elle a passé Noël chez Bérangère, sa sœur.", "Bérangère"),
    ("Il a dormi chez Ghislaine avant de repartir pour Vesoul.", "Ghislaine"),
])
def test_a_person_after_chez_stays_a_person(extract: Callable[..., dict], text: str, person: str) -> None:
    types = _types(extract("date 2000-04-14\n" + text))
    assert types.get(person) != "organization", types


# ------------------------------------------- a firm's one-word name before its verb and object
@pytest.mark.parametrize(("text", "name"), [
    ("L'usine Tréfalor ferme ses portes à la fin du mois.", "Tréfalor"),
    ("L'entreprise Mobelux ferme son atelier de Bains-les-Bains.", "Mobelux"),
    ("La société Cartovert ferme ses deux magasins de Remiremont.", "Cartovert"),
    ("Le groupe Ravinel ferme sa dernière usine lorraine.", "Ravinel"),
])
def test_a_verb_before_a_possessive_ends_the_name(extract: Callable[..., dict], text: str,
                                                  name: str) -> None:
    result = extract("date 2000-04-14\n" + text)
    names = {e["name"] for e in result["entities"] if e["type"] == "organization"}
    assert name in names, names


@pytest.mark.parametrize(("text", "name"), [
    ("L'association Loisirs partagés tiendra son assemblée vendredi.", "Loisirs partagés"),
    ("L'association Sentiers fleuris ouvre ses portes samedi.", "Sentiers fleuris"),
])
def test_an_adjective_of_the_name_stays_in_it(extract: Callable[..., dict], text: str, name: str) -> None:
    result = extract("date 2000-04-14\n" + text)
    names = {e["name"] for e in result["entities"] if e["type"] == "organization"}
    assert name in names, names
