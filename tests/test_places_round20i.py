"""The village tier of the gazetteer (round 20i): French communes below the town list.

models/gazetteer/village.txt holds the communes of INSEE's Code officiel géographique (under
500 inhabitants, or merged into another) that town.txt lacks, their article put back. A weak
kind: a name of that list is a place only where the text places it ("à", "entre ... et",
"X (Moselle)", "un habitant de X", "les pompiers de X", a local headline's head), never
because the list has it. The communes below are real (the list is the rule's evidence);
people and clubs are invented.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names as _names
from factx import gazetteer


# ---------------------------------------------------------------- the list itself
@pytest.mark.parametrize(("name", "known"), [
    ("Le Val-d'Ajol", True),  # with INSEE's article
    ("Val-d'Ajol", True),  # "au Val-d'Ajol": the article is the sentence's
    ("Ollans", True),
    ("Épinal", False),  # a town: the town list's
    ("Nicole", False),  # a given name is left out of the list
    ("Cabanes", False),  # so is a common noun's plural
])
def test_the_village_list(name: str, known: bool) -> None:
    assert gazetteer.village(name) is known


def test_a_village_is_no_kind_of_its_own_by_default() -> None:
    assert gazetteer.village("Ollans") and gazetteer.place_kind("Ollans") is None


# ---------------------------------------------------------------- where the text places it
@pytest.mark.parametrize(("text", "village"), [
    # a local headline's head before its colon
    ("Ollans : un nouveau terrain de boules\n\nLe conseil a choisi l'emplacement lundi soir.",
     "Ollans"),
    # a way "entre X et Y", the other end a town
    ("La déviation entre Ollans et Marnay sera ouverte à la circulation au printemps.", "Ollans"),
    # before its département in parentheses
    ("Achain (Moselle) recevra le concours de labour à la fin du mois.", "Achain"),
    # the "de" of a resident
    ("Une habitante de Beveuge a retrouvé son chat après trois semaines d'absence.", "Beveuge"),
    # the "de" of origin
    ("Originaire de Beveuge, le jeune homme a ouvert un garage à Vesoul.", "Beveuge"),
    # the commune closing its fire station's name
    ("Les pompiers de Belverne ont éteint un feu de broussailles mardi après-midi.", "Belverne"),
    # INSEE's article, capitalized inside the sentence
    ("Les habitants de La Romaine ont voté pour la fusion avec le bourg voisin.", "La Romaine"),
    # INSEE's article contracted with "à"
    ("Un incendie a ravagé une grange au Moutherot dans la nuit de lundi.", "Moutherot"),
])
def test_a_village_the_text_places_is_a_place(extract: Callable[..., dict], text: str,
                                               village: str) -> None:
    assert village in _names(extract(text), "place")


# ---------------------------------------------------------------- guards
@pytest.mark.parametrize(("text", "word"), [
    # surnames that are also communes of the list
    ("M. Husson a présenté le bilan financier de l'amicale.", "Husson"),
    ("Gilbert Grandjean a reçu la médaille du travail. Le maire a remis le diplôme à Grandjean.",
     "Grandjean"),
    # a plural common noun, a given name
    ("Le président de la cave des Cabanes a fait visiter les chais.", "Cabanes"),
    ("La kermesse a été préparée par Nicole et ses voisines.", "Nicole"),
    # a village's club playing: a team, no place
    ("L'Étoile sportive d'Achain a battu Ollans deux buts à un.", "Ollans"),
])
def test_no_place_without_a_place_s_evidence(extract: Callable[..., dict], text: str, word: str) -> None:
    assert word not in _names(extract(text), "place")


@pytest.mark.parametrize(("text", "place"), [
    ("Les pompiers de Mirecourt ont éteint un feu de broussailles mardi après-midi.", "Mirecourt"),
    ("Le maire de Fréménil, Albert Courtois, a présenté ses voeux aux habitants.", "Fréménil"),
    ("Née à Guerpont en 1931, Odette Lhuillier a tenu l'épicerie pendant quarante ans.", "Guerpont"),
])
def test_places_found_before_stay(extract: Callable[..., dict], text: str, place: str) -> None:
    assert place in _names(extract(text), "place")
