"""Places of round 22l: a town that only lends its name to a treaty, a round of talks or a disease.

"Le protocole de Lisbonne", "le cycle d'Oslo", "la fièvre de Lassa": the town names what
was signed, launched or first found there (place_types.json eponym_heads). When the
document writes the name only in that position it is no place of the text; written once
where the text puts something there ("à Oslo"), it stays a place. Meetings and events
("conférence", "sommet") are held where they are named and keep their town.
The towns are real ones the gazetteer knows; people and bodies are invented.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names as _names


@pytest.mark.parametrize(("text", "town"), [
    # a treaty
    ("Le traité de Maastricht reste la référence des juristes de la faculté.", "Maastricht"),
    # a protocol, signed by many states
    ("Trente pays ont rejoint le protocole de Lisbonne depuis sa signature.", "Lisbonne"),
    # agreements, plural
    ("Selon Mme Vardelin, les accords d'Oslo ne sont plus qu'un souvenir.", "Oslo"),
    # a round of trade talks
    ("Les négociateurs espèrent sauver le cycle de Varsovie avant l'hiver.", "Varsovie"),
    # criteria
    ("Le gouvernement affirme respecter les critères de Maastricht cette année.", "Maastricht"),
    # a disease named after the village where it was found
    ("Deux nouveaux cas de fièvre de Lassa ont été signalés dans la province.", "Lassa"),
    # a pact, twice in the text, never placed
    ("Le pacte de Varsovie s'est dissous. Les anciens membres du pacte de Varsovie ont choisi l'Ouest.",
     "Varsovie"),
    # a process, an adjective between noun and name is skipped
    ("Le processus européen de Lisbonne a été relancé par les ministres de l'Éducation.", "Lisbonne"),
])
def test_a_town_naming_a_treaty_or_disease_is_no_place(extract: Callable[..., dict], text: str,
                                                       town: str) -> None:
    assert town not in _names(extract(text), "place")


@pytest.mark.parametrize(("text", "town"), [
    # the same town also where something happens: a place in all its mentions
    ("Les ministres se retrouvent à Lisbonne pour relancer le traité de Lisbonne.", "Lisbonne"),
    # a meeting is held where it is named
    ("La conférence de Varsovie a réuni cent délégations lundi.", "Varsovie"),
    # a town's office
    ("Le maire de Maastricht a reçu la délégation de Lorvenac samedi.", "Maastricht"),
    # the people of the town
    ("Les habitants d'Oslo ont manifesté samedi contre le projet de la société Brenvik.", "Oslo"),
])
def test_a_town_where_something_happens_stays_a_place(extract: Callable[..., dict], text: str,
                                                      town: str) -> None:
    assert town in _names(extract(text), "place")


@pytest.mark.parametrize(("text", "place"), [
    # the model keeps only the last word of a country's name
    ("Le pays de Galles, qui a battu l'Écosse samedi, garde ses chances de titre.", "pays de Galles"),
    ("Les joueurs du pays de Galles ont dominé l'Irlande à Cardiff.", "pays de Galles"),
])
def test_a_country_cut_after_its_opening_words_is_named_in_full(extract: Callable[..., dict], text: str,
                                                                place: str) -> None:
    places = _names(extract(text), "place")
    assert place in places and "Galles" not in places


def test_a_title_of_rank_over_a_land_is_not_stretched(extract: Callable[..., dict]) -> None:
    # "prince de Galles" is no country's name: nothing joins the land
    places = _names(extract("Le prince de Galles a visité la caserne de Lorvenac."), "place")
    assert "prince de Galles" not in places


@pytest.mark.parametrize(("text", "saint"), [
    # the kicker of the headline names the feast the body names
    ("Sainte-Barbe : les pompiers de Dombrot à l'honneur\n\nLes sapeurs-pompiers ont fêté la Sainte-Barbe "
     "samedi à la caserne.", "Sainte-Barbe"),
    ("Saint-Martin : une foire record\n\nLa foire de la Saint-Martin a attiré mille visiteurs dimanche.",
     "Saint-Martin"),
])
def test_a_feast_opening_a_headline_is_no_place(extract: Callable[..., dict], text: str, saint: str) -> None:
    assert saint not in _names(extract(text), "place")


def test_a_town_opening_a_headline_stays_a_place(extract: Callable[..., dict]) -> None:
    text = ("Saint-Dié : la fête bat son plein\n\nLa Saint-Nicolas sera fêtée samedi à Saint-Dié, "
            "a annoncé le comité.")
    places = _names(extract(text), "place")
    assert "Saint-Dié" in places and "Saint-Nicolas" not in places


@pytest.mark.parametrize(("text", "name"), [
    # the model's span left the noun of the heavenly body out
    ("Les chercheurs ont repéré une naine brune dans la constellation du Lion, à 40 années-lumière.", "Lion"),
    # guard: the model gave no place here before either
    ("Une étoile double brille dans la constellation de la Balance, selon l'observatoire de Vrémont.",
     "Balance"),
])
def test_a_constellations_name_after_de_is_no_place(extract: Callable[..., dict], text: str,
                                                     name: str) -> None:
    assert name not in _names(extract(text), "place")
