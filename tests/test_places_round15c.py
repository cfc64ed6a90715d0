"""Places of local news by class of French construction (issue 11, round 15c: generality audit).

Sentences written for this audit, with invented names. Two classes:
- a common building of a commune, with no name of its own, written with "de" and the
  commune ("l'église de X", "le cimetière de X", "le stade municipal de X" when X is a town
  of the gazetteer): the place of the text is the commune, not "église de X"
  (models/place_types.json `town_buildings`, `town_buildings_known`);
- a one-word name the model reads as a person in the "de" complement of a body that is only
  ever a commune's ("la brigade de gendarmerie de X", "le curé de X", "natif de X"): that
  commune, even when no gazetteer knows it (`commune_bodies`).
- a word of origin opening the sentence ("Native de X, elle ...", "Originaires du X") is
  no part of the place, whatever the tagger calls it (`origin_words`).
The pitfall tables hold what must not change: a building named in its own right stays one
place ("le stade de France", "l'église Saint-Rémy de X"), and a person stays a person.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names as _names


# ---------------------------------------------------------------- the commune of its building
@pytest.mark.parametrize(("text", "town", "building"), [
    ("Les obsèques de Ginette Faverdier ont été célébrées mardi en l'église de Vauchelmont.",
     "Vauchelmont", "église de Vauchelmont"),
    ("Samedi, le mariage de Loïc Brandouillet sera béni au temple de Vernecy-le-Petit.",
     "Vernecy-le-Petit", "temple de Vernecy-le-Petit"),
    ("Les Vert et Blanc ont battu dimanche leurs voisins au stade municipal de Champagnole, devant 300 "
     "spectateurs.",
     "Champagnole", "stade municipal de Champagnole"),
    ("La nageuse Maëlle Tourdesert s'entraîne chaque matin à la piscine de Marnay.", "Marnay",
     "piscine de Marnay"),
    ("Le tournoi de handball se déroulera au gymnase de Quingey samedi après-midi.", "Quingey",
     "gymnase de Quingey"),
    ("Un enfant de huit ans a été baptisé au temple de Sauvelay-sur-Ource par le pasteur.",
     "Sauvelay-sur-Ource", "temple de Sauvelay-sur-Ource"),
    ("L'inhumation aura lieu ensuite au cimetière de Bréviange, dans l'intimité.",
     "Bréviange", "cimetière de Bréviange"),
    ("Le loto du club se tiendra dimanche à la salle des fêtes de Montjarzy.",
     "Montjarzy", "salle des fêtes de Montjarzy"),
    ("La messe d'adieu sera dite jeudi en l'église de l'Isle-sur-Armance.",
     "Isle-sur-Armance", "église de l'Isle-sur-Armance"),
])
def test_the_commune_of_its_building_is_the_place(extract: Callable[..., dict], text: str, town: str,
                                                  building: str) -> None:
    places = _names(extract(text), "place")
    assert town in places
    assert building not in places


@pytest.mark.parametrize(("text", "place"), [
    # a building named in its own right: a proper name right after its head
    ("Le mariage a été célébré en l'église Saint-Rémy de Vauchelmont.", "église Saint-Rémy"),
    # the complement is a country, or a building's name after its article
    ("Le concert de la chanteuse aura lieu au stade de France en juin.", "stade de France"),
    ("Elle a été opérée à l'hôpital de la Pitié mardi.", "hôpital de la Pitié"),
    # a stadium's own name: no town the gazetteer knows, or after "du"
    ("Les joueurs de Brice Volanges ont gagné au stade de Kervanec.", "stade de Kervanec"),
    ("Le derby se jouera au stade du Pradelou samedi soir.", "stade du Pradelou"),
    # a hospital stays whole (the eval sets' convention)
    ("Blessé à la jambe, le motard a été transporté au centre hospitalier de Grémonville.",
     "centre hospitalier de Grémonville"),
    # heads whose complement names the building itself
    ("Les touristes ont visité le château de Brévillers.", "château de Brévillers"),
    ("Le cortège a quitté la cathédrale de Chartres.", "cathédrale de Chartres"),
])
def test_a_building_with_a_name_of_its_own_stays_one_place(extract: Callable[..., dict], text: str,
                                                           place: str) -> None:
    assert place in _names(extract(text), "place")


# ---------------------------------------------------------------- the commune of its gendarmerie
@pytest.mark.parametrize(("text", "town"), [
    ("Il a porté plainte à la brigade de gendarmerie de Courvenans.", "Courvenans"),
    ("Le curé de Montravel a béni les cloches.", "Montravel"),
    # the model reads a body there: unchanged, the commune inside it
    ("Le jeune homme a porté plainte à la brigade de gendarmerie de Courvenay.", "Courvenay"),
    ("Le curé de Dampvaleux célébrera la messe de la Saint-Jean.", "Dampvaleux"),
    ("Hier, les militaires de la caserne de Sermagnac ont défilé devant les élus.", "Sermagnac"),
    ("Les pompiers de Brouvelotte sont intervenus vers 22 heures pour un feu de cheminée.", "Brouvelotte"),
])
def test_a_name_only_a_commune_may_be(extract: Callable[..., dict], text: str, town: str) -> None:
    result = extract(text)
    assert town not in _names(result, "person")
    assert town in _names(result, "place") or any(town in o for o in _names(result, "organization"))


@pytest.mark.parametrize(("text", "person"), [
    # a given name is no commune
    ("La gendarmerie de Gérard Tavernol enquête sur le vol.", "Gérard Tavernol"),
    # someone named in full in the text
    ("Le colonel Armand Vuillequez commande la caserne. Les soldats de la caserne de Vuillequez "
     "ont défilé.", "Armand Vuillequez"),
])
def test_a_person_stays_a_person(extract: Callable[..., dict], text: str, person: str) -> None:
    assert person in _names(extract(text), "person")


# ---------------------------------------------------------------- "Native de X, elle ..."
@pytest.mark.parametrize(("text", "place", "wrong"), [
    ("Native de Brévaucourt, elle a longtemps tenu le café du village.", "Brévaucourt",
     "Native de Brévaucourt"),
    ("Native de Marnay, Odile Crevaux a enseigné trente ans au collège.", "Marnay", "Native de Marnay"),
    ("Native d'Arbois, la chanteuse revient sur scène cet été.", "Arbois", "Native d'Arbois"),
    ("Originaires du Jura, les deux frères ont repris la ferme familiale.", "Jura", "Originaires"),
])
def test_a_word_of_origin_opening_the_sentence_is_no_part_of_the_place(
        extract: Callable[..., dict], text: str, place: str, wrong: str) -> None:
    places = _names(extract(text), "place")
    assert place in places
    assert wrong not in places


@pytest.mark.parametrize(("text", "place"), [
    ("Originaire de Marnay, elle a ouvert une épicerie rue Haute.", "Marnay"),
    ("Natif du Doubs, Fabien Morvillard a été élu au premier tour.", "Doubs"),
    ("Il est originaire de Quingey et vit désormais à Arbois.", "Quingey"),
])
def test_an_origin_already_read_stays(extract: Callable[..., dict], text: str, place: str) -> None:
    assert place in _names(extract(text), "place")
