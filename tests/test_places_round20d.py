"""Communes of regional writing the model read as people (round 20d).

The communes are real ones the gazetteer knows (its evidence is part of each rule), chosen
among those whose name looks like a surname; people and events are invented. Classes:

- a local headline's town, before its colon ("Delle : ..."), the model reading it as a
  person or as nothing (a word tagged as a verb);
- a commune placed by its département in parentheses ("Lamarche (Vosges)");
- a member of a list of places, a place across "et", "ou" or a comma ("entre Delle et
  Toul", "de Mirecourt, Lamarche et Baccarat");
- a dateline in capitals whose town opens on its article ("LE THILLOT. -"), the model
  reading the rest as a body; a one-word dateline in capitals of a village too small for the
  gazetteer ("LEINTREY. -"), which was taken for an acronym;
- the complement of a noun of where along or around a town ("à hauteur de", "les rues de",
  "les abords de", "aux portes de", "la traversée de": place_types.json place_complements).
"""

from collections.abc import Callable

import pytest

from conftest import entity_names as _names


@pytest.mark.parametrize(("text", "town"), [
    # a headline's town before its colon
    ("Delle : les conscrits repeignent le lavoir\nLes jeunes de la classe ont passé le samedi "
     "au bord de l'eau.", "Delle"),
    ("Lamarche : une kermesse sous un ciel gris\nLes bénévoles ont tenu les stands malgré "
     "l'averse.", "Lamarche"),
    ("Marbache : le club de tarot fête ses vingt ans\nLes joueurs se sont retrouvés "
     "dimanche à la salle paroissiale.", "Marbache"),
    # a commune placed by its département in parentheses
    ("Delle (Territoire de Belfort). Le nouveau préau de l'école a été béni par le curé.", "Delle"),
    ("Le camion de Delle (Territoire de Belfort) a percuté un arbre.", "Delle"),
    # a member of a list of places
    ("Les travaux entre Baccarat et Rambervillers dureront un mois.", "Baccarat"),
    ("Les secouristes de Mirecourt, Lamarche et Baccarat ont été appelés en renfort.", "Baccarat"),
    ("Les jeunes de Vittel, Delle et Lamarche ont participé au tournoi.", "Lamarche"),
    ("Les communes de Toul, Lamarche et Delle se partagent le coût.", "Delle"),
    # a dateline in capitals whose town opens on its article
    ("LA BRESSE. - Les moniteurs de ski ont élu leur nouveau bureau vendredi.", "LA BRESSE"),
    ("LE THILLOT. - La vente de brioches a rapporté mille euros à l'association.", "LE THILLOT"),
    ("LEINTREY. - Le repas des anciens a réuni soixante convives dimanche.", "LEINTREY"),
    ("GONDREXON. - La kermesse de l'école se tiendra sous le préau.", "GONDREXON"),
    # the complement of a noun of where along or around a town
    ("La camionnette a quitté la chaussée à hauteur de Delle vers minuit.", "Delle"),
    ("Le défilé des chars fleuris a animé les rues de Lamarche.", "Lamarche"),
    ("Des barrières ont été posées aux abords de Delle pour la course.", "Delle"),
    ("Un entrepôt logistique va s'installer aux portes de Lamarche.", "Lamarche"),
    ("La traversée de Delle sera fermée aux camions pendant l'été.", "Delle"),
])
def test_a_commune_read_as_a_person_is_a_place(extract: Callable[..., dict], text: str, town: str) -> None:
    assert town in _names(extract(text), "place")


@pytest.mark.parametrize(("text", "name", "kind"), [
    # a person's headline quotes him: no town
    ("Lamarche : « Je ne lâcherai pas le dossier »\nL'élu d'opposition Paul Lamarche a "
     "interpellé le maire.", "Paul Lamarche", "person"),
    # the surname of a person the text names in full stays a person
    ("Delle : le retour du champion\nAprès trois saisons au Canada, Marc Delle rejoint le club "
     "de hockey.", "Marc Delle", "person"),
    # a subject of its own clause after a place is no list member
    ("À Toul, Florence a retrouvé ses anciens camarades de promotion.", "Toul", "place"),
    # a town already read as a place stays one
    ("La circulation entre Delle et Toul sera coupée pendant trois nuits.", "Delle", "place"),
    ("Le cycliste, qui habite Lamarche (Vosges), a été conduit à l'hôpital.", "Lamarche", "place"),
    ("Le randonneur, domicilié à Gérardmer (Vosges), s'était égaré.", "Vosges", "place"),
    # beside a person, no place: "aux côtés de"
    ("Le ministre posait aux côtés de Lucien Delle, le doyen du village.", "Lucien Delle", "person"),
])
def test_guards(extract: Callable[..., dict], text: str, name: str, kind: str) -> None:
    assert name in _names(extract(text), kind)


@pytest.mark.parametrize("text", [
    ("Lamarche : « Je ne lâcherai pas le dossier »\nL'élu d'opposition Paul Lamarche a "
     "interpellé le maire."),
    ("Delle : le retour du champion\nAprès trois saisons au Canada, Marc Delle rejoint le club "
     "de hockey."),
])
def test_a_persons_surname_in_a_headline_is_no_place(extract: Callable[..., dict], text: str) -> None:
    places = _names(extract(text), "place")
    assert "Lamarche" not in places and "Delle" not in places


@pytest.mark.parametrize("text", [
    "LA POSTE. - Les guichets du bureau fermeront plus tôt en août.",
    "FOOTBALL. - Les cadets ont battu leurs voisins trois buts à un.",
    "CARNET. - Nous apprenons la naissance de la petite Zoé.",
    "SNCF. - Les trains du matin partiront avec dix minutes de retard.",
])
def test_a_rubric_or_a_body_in_capitals_over_a_paragraph_is_no_place(extract: Callable[..., dict],
                                                                     text: str) -> None:
    assert not _names(extract(text), "place")
