"""Places on regional text (round 21c): where a place's name starts, and regions named alone.

- A word that opens a sentence before the place it introduces ("Natif de", "Originaire de",
  "Installée à", "Près de", "Non loin de", "Vers", "Retour à") is capitalized there, and the
  model runs its entity over it ("Natif de Montaubry" read as one place): the name starts
  after it and its prepositions (entities.json `place_openers`,
  entities._after_place_opener). Nouns that head names ("Parti", "Direction") and words a
  person may follow ("Autour de", "Côté") are not among them.
- One word after "dans" and a singular definite article ("dans le Vaudrois", "dans toute la
  Morvelie") that the model read as a place or a thing, no common noun, acronym nor given
  name, is a region or a town (entity_types._in_an_area), a demonym's ending notwithstanding.
The towns of the first rows are real communes (the model's reading depends on the name);
the regions, the other villages and the people are invented.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names


# ---------------------------------------------------------------- a sentence's opener
@pytest.mark.parametrize(("text", "place"), [
    ("date 2004-05-10\nNatif de Remiremont, Lucien Favrot a rejoint la chorale en 1987.", "Remiremont"),
    ("date 2004-05-10\nHabitant de Frizon, Lucien Favrot a présidé la séance du conseil.", "Frizon"),
    ("Conseil municipal.\nHabitant de Frizon, Lucien Favrot a présidé la séance du conseil.", "Frizon"),
    ("Incendie.\nPrès de Frizon, un hangar agricole a brûlé dans la nuit de samedi.", "Frizon"),
])
def test_opener_is_no_part_of_the_place(extract: Callable[..., dict], text: str, place: str) -> None:
    places = entity_names(extract(text), "place")
    assert place in places
    assert not any(p != place and p.endswith(place) for p in places)


# ---------------------------------------------------------------- guards: openers that stay
@pytest.mark.parametrize(("text", "kind", "name"), [
    # a place the gazetteer knows, already right: the opener still cut, the town kept
    ("Née à Épinal, Odette Grangier a ouvert son atelier en 2001.", "place", "Épinal"),
    # a body's head noun opening the sentence is part of its name
    ("Direction départementale des territoires : les dossiers sont à déposer avant lundi.",
     "organization", "Direction départementale des territoires"),
])
def test_openers_that_stay(extract: Callable[..., dict], text: str, kind: str, name: str) -> None:
    assert name in entity_names(extract(text), kind)


def test_person_after_autour_de_is_kept(extract: Callable[..., dict]) -> None:
    # "Autour de" may introduce a person: not an opener of places
    result = extract("Autour de Josiane Marchal, les bénévoles ont préparé le repas des anciens.")
    assert "Josiane Marchal" in entity_names(result, "person")
    assert not entity_names(result, "place")


# ---------------------------------------------------------------- "dans le X": a region
@pytest.mark.parametrize(("text", "place"), [
    ("La fête du cidre s'est tenue dimanche dans le Vaudrois sous un grand soleil.", "Vaudrois"),
    ("Dans le Chaumois, les vignes ont souffert de la chaleur cet été.", "Chaumois"),
    ("L'association aide les familles à domicile dans toute la Morvelie depuis mars.", "Morvelie"),
    ("Une nouvelle ligne de car circulera dans la Morvelie dès la rentrée.", "Morvelie"),
])
def test_region_inside_dans(extract: Callable[..., dict], text: str, place: str) -> None:
    assert place in entity_names(extract(text), "place")


# ---------------------------------------------------------------- guards: "dans" + no place
@pytest.mark.parametrize("text", [
    "Ce passage se trouve dans la Bible depuis des siècles.",
    "Les chantiers ont repris dans le BTP après l'hiver.",
    "Il a lu le compte rendu dans le Républicain de samedi.",
])
def test_no_place_inside_dans(extract: Callable[..., dict], text: str) -> None:
    assert not entity_names(extract(text), "place")
