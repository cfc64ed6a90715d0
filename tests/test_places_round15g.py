"""Places of local news by class of French construction (issue 11, round 15g: generality audit).

Sentences written for this audit, with invented names. Three classes:
- a word of origin opening the sentence, its "de" and a name, which the tagger reads as one
  person or thing ("Originaires de X, les deux frères ...", "Native de X, elle ...") or reads
  the name alone as a person after a plural or feminine word of origin ("Natives de X"): the
  name is the place (entity_types._origin_place; models/place_types.json `natifs`, `natives`);
- a one-word commune the tagger reads as a thing (misc) in the "de" complement of a body only
  a commune has ("la paroisse de X", "le curé de X"): the commune (as 15c did for a person);
- "procureur de la République de X": the prosecutor of the court of the town X, no state
  "République de X" (entity_types._prosecutor_seat; the role's `of` is the town in
  resolve/roles.py).
The pitfall tables hold what must not change: a state named "République de X" or
"République tchèque", and a person after a word of origin that is not at the sentence's start.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names as _names
from conftest import role_triples


# ------------------------------------------------------------ a sentence's word of origin
@pytest.mark.parametrize(("text", "place", "wrong"), [
    ("Originaires de Vautrevillers, les deux frères Bolloquet ont repris la scierie.",
     "Vautrevillers", "Originaires de Vautrevillers"),
    ("Native de Fresnoy-la-Combe, Gislaine Marchandot enseigne le violon depuis 1998.",
     "Fresnoy-la-Combe", "Native de Fresnoy-la-Combe"),
    ("Natives de Grandcourtel, les jumelles Pirandier chanteront samedi.", "Grandcourtel", None),
    ("Natifs de Malvoisey, les époux Teurdinot fêtent leurs noces d'or.", "Malvoisey", None),
    ("Originaires de Champreverdon, les Larbouillet sont agriculteurs depuis trois générations.",
     "Champreverdon", "Originaires de Champreverdon"),
    # communes the tagger reads as a person, a thing or nothing after the word of origin
    ("Originaires de Pesmes, les époux Vaudrichon fêtent leurs noces d'or.", "Pesmes",
     "Originaires de Pesmes"),
    ("Natives de Trépot, les sœurs Teurdinot tiennent un salon de coiffure.", "Trépot", None),
    ("Natifs de Mouchard, les frères Pirandier jouent au rugby à Dole.", "Mouchard", None),
    ("Native de Jussey, elle dirige la chorale depuis 2004.", "Jussey", None),
    ("Natifs de Mélisey, ils ont toujours vécu au village.", "Mélisey", "Mélisey"),
    ("Le retraité, natif de Mélisey, collectionne les horloges anciennes.", "Mélisey", "Mélisey"),
])
def test_a_word_of_origin_opening_the_sentence_names_a_place(
        extract: Callable[..., dict], text: str, place: str, wrong: str | None) -> None:
    result = extract(text)
    assert place in _names(result, "place")
    others = {e["name"] for e in result["entities"] if e["type"] != "place"}
    assert wrong is None or wrong not in others
    assert place not in _names(result, "person")


@pytest.mark.parametrize(("text", "person"), [
    # a person right after the word of origin's place, and one named with a given name
    ("Originaire de Pontarlier, Gaston Merlivaux a rejoint le club en 2010.", "Gaston Merlivaux"),
    ("Le retraité, natif de Morteau, s'appelle Anselme Grivotte.", "Anselme Grivotte"),
])
def test_a_person_after_a_word_of_origin_stays_a_person(
        extract: Callable[..., dict], text: str, person: str) -> None:
    assert person in _names(extract(text), "person")


# ------------------------------------------------------------ a commune's body: its commune
@pytest.mark.parametrize(("text", "town"), [
    # the tagger reads the commune as a thing (misc): only a commune has a parish or a curé
    ("La paroisse de Jussey organise une kermesse dimanche.", "Jussey"),
    ("La paroisse de Mélisey accueille un nouveau prêtre.", "Mélisey"),
    ("Le curé de Jussey a béni les tracteurs samedi.", "Jussey"),
    ("La paroisse de Fougerolles organise un loto.", "Fougerolles"),
])
def test_the_commune_of_a_parish_is_a_place(extract: Callable[..., dict], text: str, town: str) -> None:
    result = extract(text)
    assert town in _names(result, "place")
    assert town not in _names(result, "misc")


def test_a_feast_after_a_parish_is_no_place(extract: Callable[..., dict]) -> None:
    assert "Noël" not in _names(extract("La paroisse de Noël organise une kermesse."), "place")


# ------------------------------------------------------------ the prosecutor's town
@pytest.mark.parametrize(("text", "person", "town"), [
    ("Le procureur de la République de Vesoul, Anatole Tivolier, a ouvert une enquête.",
     "Anatole Tivolier", "Vesoul"),
    ("Procureure de la République de Belfort, Nadège Cormillot a requis six mois de prison.",
     "Nadège Cormillot", "Belfort"),
    ("Hier, le procureur adjoint de la République de Chaumont, Rémi Vassagnol, a tenu une conférence.",
     "Rémi Vassagnol", "Chaumont"),
    ("Selon Éloi Ravonnet, procureur de la République de Saint-Dié, l'enquête sera longue.",
     "Éloi Ravonnet", "Saint-Dié"),
    # a département after its article: the place is its name alone
    ("La procureure de la République de la Haute-Saône, Solène Ferrandin, a requis un an ferme.",
     "Solène Ferrandin", "Haute-Saône"),
])
def test_the_prosecutor_of_a_town_is_no_republic(extract: Callable[..., dict], text: str, person: str,
                                                 town: str) -> None:
    result = extract(text)
    assert town in _names(result, "place")
    assert not any("République" in e["name"] for e in result["entities"] if e["type"] != "role")
    assert [of for p, _, of in role_triples(result) if p == person] == [town]


@pytest.mark.parametrize(("text", "state"), [
    ("Le président de la République de Colombie est arrivé mardi à Paris.", "République de Colombie"),
    ("Le procureur général de la République tchèque a démissionné.", "République tchèque"),
    ("La République de Saint-Marin a signé l'accord lundi.", "République de Saint-Marin"),
])
def test_a_republic_that_is_a_state_stays(extract: Callable[..., dict], text: str, state: str) -> None:
    assert state in _names(extract(text), "place")
