"""Organizations and places, round 10b: rules found in articles written after round 10a.

Each table is written for these tests: sentences of French news in our own words, with
other names than the articles the errors were read in.
"""

from __future__ import annotations

import pytest

from conftest import mentions_by_name

# a band, a choir or a practice named by its kind and one word: the kind is in the name
KIND_IN_NAME = [
    ("La chorale Saint-Rémi a chanté pendant la messe de minuit.", "chorale Saint-Rémi"),
    ("Le défilé était ouvert par l'harmonie Espérance, suivie des anciens combattants.",
     "harmonie Espérance"),
    ("Les plans du futur gymnase ont été confiés au cabinet Lambert, de Saint-Dié.", "cabinet Lambert"),
    ("Le bagad Quimperlé a joué devant la mairie samedi après-midi.", "bagad Quimperlé"),
]


@pytest.mark.parametrize(("text", "name"), KIND_IN_NAME)
def test_a_kind_before_a_one_word_name_is_part_of_it(extract, text: str, name: str) -> None:
    result = extract(text)
    bodies = mentions_by_name(result, "organization")
    assert name in bodies
    bare = name.split(" ", 1)[1]
    # the bare word is neither a second body, nor a place, nor a man
    assert bare not in bodies
    assert bare not in mentions_by_name(result, "place")
    assert bare not in mentions_by_name(result, "person")


# a name of several words, or one after its own article, is a name without its kind
KIND_OUT_OF_NAME = [
    ("Le bal sera animé par l'orchestre Les Alouettes jusqu'à deux heures.", "Les Alouettes"),
    ("L'étude a été menée par le cabinet Aquaterre Conseil pour la commune.", "Aquaterre Conseil"),
]


@pytest.mark.parametrize(("text", "name"), KIND_OUT_OF_NAME)
def test_a_name_that_stands_alone_leaves_its_kind_out(extract, text: str, name: str) -> None:
    bodies = mentions_by_name(extract(text), "organization")
    assert any(n == name or name in ms for n, ms in bodies.items())
    assert not any(n.endswith(" " + name) for n in bodies)


# stars, planets and constellations are not places on Earth
HEAVENLY = [
    ("Les astronomes ont repéré une planète rocheuse deux fois plus grosse que la Terre.", "la Terre"),
    ("La sonde a photographié l'étoile Bételgeuse pendant trois nuits.", "Bételgeuse"),
    ("Cette nébuleuse se trouve dans la constellation du Cygne, loin de notre galaxie.",
     "constellation du Cygne"),
    ("L'exoplanète tourne autour de son étoile plus vite que Vénus ne le fait autour du Soleil.", "Vénus"),
]


@pytest.mark.parametrize(("text", "name"), HEAVENLY)
def test_heavenly_bodies_are_no_places(extract, text: str, name: str) -> None:
    places = mentions_by_name(extract(text), "place")
    assert not any(name in ms or n == name for n, ms in places.items())


# a planet's name for a venue, or in a text that speaks of no heavenly body, is left alone
NOT_HEAVENLY = [
    ("Les ingénieurs suivent le vol depuis la salle Saturne du centre de contrôle, à Toulouse.",
     "Toulouse"),
    ("Le maire de Mercurey a inauguré la nouvelle école mardi.", "Mercurey"),
]


@pytest.mark.parametrize(("text", "place"), NOT_HEAVENLY)
def test_places_stay_places_beside_the_rule(extract, text: str, place: str) -> None:
    assert place in mentions_by_name(extract(text), "place")


# capitalized words the model left out right after a body's name are the rest of it
RUN_ON = [
    ("Le satellite a été assemblé par Airbus Defence Systems dans son usine de Toulouse.",
     "Airbus Defence Systems"),
    ("Le lanceur emporte un satellite conçu par Thales Alenia Space pour un opérateur coréen.",
     "Thales Alenia Space"),
]


@pytest.mark.parametrize(("text", "name"), RUN_ON)
def test_a_body_name_runs_over_untagged_capitals(extract, text: str, name: str) -> None:
    bodies = mentions_by_name(extract(text), "organization")
    assert name in bodies
    assert name.split()[0] not in bodies


def test_the_run_on_stops_at_a_line_end_and_a_given_name(extract) -> None:
    bodies = mentions_by_name(extract(
        "La section locale du RPR a tenu son congrès.\nAffaire des marchés publics\n\n"
        "Le candidat de l'UDF Pierre Aubry a été élu."), "organization")
    assert not any(n.startswith(("RPR ", "UDF ")) for n in bodies)


# an acronym written as a word, after an expansion that lists domains after commas
WORD_ACRONYMS = [
    ("Selon la Direction de l'analyse, de la recherche et des statistiques (Dars), l'emploi progresse.",
     "Direction de l'analyse, de la recherche et des statistiques", "Dars"),
    ("Un rapport de l'Agence nationale de sûreté de l'eau, de l'air et des sols (Ansas) paraît mardi.",
     "Agence nationale de sûreté de l'eau, de l'air et des sols", "Ansas"),
]


@pytest.mark.parametrize(("text", "name", "acronym"), WORD_ACRONYMS)
def test_a_word_acronym_takes_its_listed_domains(extract, text: str, name: str, acronym: str) -> None:
    result = extract(text)
    bodies = {e["name"]: e for e in result["entities"] if e["type"] == "organization"}
    assert name in bodies
    assert acronym not in mentions_by_name(result, "person")
    assert acronym not in bodies


# the parse hangs the first complement of a capitalized name on the word before it
def test_a_capitalized_name_keeps_its_first_complement(extract) -> None:
    bodies = mentions_by_name(extract(
        "Le président de l'Union des artisans de Bruyères, Marc Didier, se dit inquiet. "
        "Selon l'union, qui compte 120 membres, les ventes ont baissé."), "organization")
    assert any(n.startswith("Union des artisans") for n in bodies)
    assert "Union" not in bodies


# a body described in lower-case words right before its name: the name is the body
DESCRIBED = [
    ("Selon l'association des transporteurs routiers européens Road Alliance, chaque jour de "
     "blocage coûte cher.", "Road Alliance", "association des transporteurs routiers européens"),
    ("Les patrons, à commencer par la fédération des industries belges Agoria, s'inquiètent.",
     "Agoria", "fédération des industries belges"),
]


@pytest.mark.parametrize(("text", "name", "description"), DESCRIBED)
def test_a_description_before_a_name_is_no_name(extract, text: str, name: str, description: str) -> None:
    bodies = mentions_by_name(extract(text), "organization")
    assert name in bodies
    assert description not in bodies
