"""Places of regional and wire news by class of French construction (issue 11, round 16j:
fresh probes). Sentences written for this audit, with invented names. One class:

- a capitalized noun of origin after an article names someone, not a place
  (entities._is_singular_demonym): a regional or ethnic origin that no nationality lists
  ("le Lorrain", "la Bretonne", "une Normande", "le Kosovar", entities.json `origin_nouns`
  and the regional gentilés of roles/demonyms.json), with the article inside the model's
  span too ("Le Lorrain a été élu"); a compound noun of nationality ("le Nord-Irlandais",
  "le Sud-Africain"); a nationality that is its country's name after a masculine article
  ("le Suisse a dominé", "un Corse", not "la Suisse", "en Corse"). Before the change each was
  a place.
- a building's head noun, a verb the tagger reads as an adjective ("ferme") and a capitalized
  day ("la piscine ferme Samedi"): no name; the day is no name of the building
  (entity_types._after_head). A day right after the head ("la rue Dimanche") or opening a
  compound ("le gymnase Lundi-Dupuis") still names it.
The pitfall tables hold what must not change: the lands themselves ("la Lorraine", "la
Suisse", "la Corse", "la Bretagne", "le Pays basque", "la Tchétchénie") and a masculine in
-ais or -ois that names a land as much as its people ("le Lyonnais est une région").
"""

from collections.abc import Callable

import pytest

from conftest import entity_names as _names


# ------------------------------------------------------------ a noun of origin names someone
@pytest.mark.parametrize(("text", "wrong"), [
    ("Le Suisse a dominé la descente de samedi devant deux Autrichiens à Valbrenne.", "Suisse"),
    ("Devant l'Italien Marco Bellotrani, le Suisse Reto Gleichsteiner a signé son deuxième succès.",
     "Suisse"),
    ("Le Corse a été interpellé jeudi soir à Portivelli par les gendarmes.", "Corse"),
    ("Le Lorrain a été élu président du club de tir samedi à Vaudreville.", "Lorrain"),
    ("La Normande a fini deuxième à Plombières.", "Normande"),
    ("La Vosgienne a terminé deuxième du slalom à Gérardmer.", "Vosgienne"),
    ("La Bretonne Maëlys Kerjestin a remporté le cross de Plourvelec dimanche.", "Bretonne"),
    ("Le Kosovar Fadil Rexhamaj a été arrêté lundi à la frontière macédonienne.", "Kosovar"),
    ("La Flamande a gagné le sprint à Gand devant deux Françaises.", "Flamande"),
    ("Le Provençal a battu le Savoyard en finale du tournoi de Brunvillers.", "Savoyard"),
    ("L'entraîneur du club, le Nord-Irlandais Cormac Marrowby, a salué ses joueurs.",
     "Nord-Irlandais"),
    ("Le Sud-Africain a conservé son titre mondial samedi soir à Johannesburg.", "Sud-Africain"),
])
def test_a_noun_of_origin_is_no_place(extract: Callable[..., dict], text: str, wrong: str) -> None:
    places = {fold_article(p) for p in _names(extract(text), "place")}
    assert wrong not in places


def fold_article(name: str) -> str:
    """A place name without the article the model may have taken in ("Le Lorrain")."""
    for art in ("Le ", "La ", "Un ", "Une "):
        if name.startswith(art):
            return name[len(art):]
    return name


@pytest.mark.parametrize(("text", "place"), [
    ("La Suisse a rejeté l'accord sur les transports signé à Bruxelles.", "Suisse"),
    ("Un incendie a ravagé 300 hectares de maquis en Corse jeudi.", "Corse"),
    ("La Lorraine a perdu 2000 emplois industriels en un an.", "Lorraine"),
    ("Les touristes allemands préfèrent la Bretagne et la Normandie.", "Bretagne"),
    ("Le Pays basque a fêté son champion dimanche à Ustarrène.", "Pays basque"),
    ("La Tchétchénie reste fermée aux journalistes étrangers.", "Tchétchénie"),
    ("date 2000-12-12\nLe Lyonnais est une région de vignobles. Le Beaujolais nouveau est arrivé à"
     " Belfort.", "Lyonnais"),
    ("Un Suisse a été arrêté mercredi à Genève avec trois kilos de cocaïne.", "Genève"),
])
def test_a_land_stays_a_place(extract: Callable[..., dict], text: str, place: str) -> None:
    places = {fold_article(p) for p in _names(extract(text), "place")}
    assert place in places


# ------------------------------------------------------------ a building, a verb, a capitalized day
@pytest.mark.parametrize(("text", "wrong"), [
    ("La gare ferme Dimanche à Lunéville.", "gare ferme Dimanche"),
    ("La piscine ferme Samedi pour la vidange annuelle.", "piscine ferme Samedi"),
    ("La bibliothèque ferme Mercredi pour inventaire.", "bibliothèque ferme Mercredi"),
    ("Le stade ferme Jeudi pour travaux à Golbrecourt.", "stade ferme Jeudi"),
    ("La salle des fêtes ferme Vendredi.", "salle des fêtes ferme Vendredi"),
])
def test_a_building_and_a_day_are_no_name(extract: Callable[..., dict], text: str, wrong: str) -> None:
    assert wrong not in _names(extract(text), "place")


@pytest.mark.parametrize(("text", "place"), [
    ("Le gymnase Lundi-Dupuis accueille le tournoi.", "gymnase Lundi-Dupuis"),
    ("La rue Dimanche sera fermée.", "rue Dimanche"),
    ("Le stade ferme Jeudi pour travaux à Golbrecourt.", "Golbrecourt"),
])
def test_a_building_named_by_a_day_word_stays(extract: Callable[..., dict], text: str, place: str) -> None:
    assert place in _names(extract(text), "place")
