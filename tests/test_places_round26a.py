"""Places of round 26a: where a place's span starts when the model opens it on a common noun.

The model often reads a lower-case noun before a name as part of a place ("[fleuve
Orénoque]", "[métro de Montréal]", "[quartier Kleinfeld]"). French writes a river's name
without its noun ("l'Orénoque"), a town's metro, tramway or surrounding countryside is no
place of its own (the town is), and a part of a town named right after its head or after a
bare "de" is that name alone (place_types.json described_heads, district_heads;
entities._after_described_noun). Heads that are part of a name stay ("le lac de X", "le
quartier de la Gare", "le canal du Midi", "le pic du Midi"). Names of people, rivers and districts are
invented; the towns after a transport's or a landscape's noun are real ones the gazetteer
knows (its evidence is part of that rule).
"""

from collections.abc import Callable

import pytest

from conftest import entity_names as _names


@pytest.mark.parametrize(("text", "place", "wrong"), [
    # a river's noun, the name right after it
    ("Le niveau du fleuve Orbanne a baissé de deux mètres en un mois, selon les pêcheurs.",
     "Orbanne", "fleuve Orbanne"),
    ("Une pollution aux hydrocarbures a été signalée jeudi dans la rivière Vézouse.",
     "Vézouse", "rivière Vézouse"),
    ("Les nomades ont planté leurs tentes le long de l'oued Kourouma, à sec depuis mars.",
     "Kourouma", "oued Kourouma"),
    # a town's network of transport
    ("Depuis son ouverture, le métro de Montréal n'avait jamais connu une telle panne.",
     "Montréal", "métro de Montréal"),
    ("Selon la préfecture, le tramway de Strasbourg a été touché par les intempéries de la nuit.",
     "Strasbourg", "tramway de Strasbourg"),
    # the land around a village
    ("Les élus veulent protéger le bocage de Nancy avant l'été prochain.",
     "Nancy", "bocage de Nancy"),
    # a part of a town named right after its head
    ("Le maire a promis la rénovation du quartier Kleinfeld et du centre-ville.",
     "Kleinfeld", "quartier Kleinfeld"),
    ("Selon la préfecture, le quartier Kermadec a été touché par les intempéries de la nuit.",
     "Kermadec", "quartier Kermadec"),
])
def test_the_place_starts_after_a_noun_that_heads_no_name(extract: Callable[..., dict], text: str,
                                                          place: str, wrong: str) -> None:
    places = _names(extract(text), "place")
    assert place in places
    assert wrong not in places


@pytest.mark.parametrize(("text", "place"), [
    # heads that are part of a place's name keep it
    ("Les baigneurs ont retrouvé le lac de Gérardmer après deux semaines d'interdiction.",
     "lac de Gérardmer"),
    ("Le maire a promis la rénovation du quartier de la Gare et du centre-ville.",
     "quartier de la Gare"),
    ("Le maire a promis la rénovation du quartier des Tilleuls et du centre-ville.",
     "quartier des Tilleuls"),
    ("Les péniches ont repris leur route sur le canal du Midi après les crues.",
     "canal du Midi"),
    # a street named after a town stays the street
    ("La circulation sera coupée rue de Remiremont pendant les travaux, a indiqué Paul Vernaud.",
     "rue de Remiremont"),
])
def test_heads_of_names_stay(extract: Callable[..., dict], text: str, place: str) -> None:
    assert place in _names(extract(text), "place")


@pytest.mark.parametrize(("text", "absent"), [
    # "le pic du Midi" is a mountain's name, "pic" no noun of described_heads
    ("Les alpinistes de Jules Ravinet ont atteint le pic du Midi avant la tempête.", "Midi"),
    # "le quartier général" names no place
    ("Le quartier général de l'armée a été visé par une frappe mardi.", "quartier général"),
])
def test_guards(extract: Callable[..., dict], text: str, absent: str) -> None:
    assert absent not in _names(extract(text), "place")
