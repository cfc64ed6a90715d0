"""A place's canonical name without the article of the sentence (round 24n).

The model's span often keeps the article before a country or a region ("la France",
"La Bolivie", "l'Inde"): the entity's `name` (what a reader reads and joins on) is the
place's own name, "France", and since round 28d so is its mention (the span starts after the
article, as named-entity annotations have it). The article stays
where it is a word of the place's name: the gazetteer lists "Le Havre", "La Paz", "La
Réunion", "Le Val-d'Ajol" with it (gazetteer.without_article). Bodies and media ("La Poste",
"Le Figaro") are no places and keep their article. Countries and towns are real (the
gazetteer's evidence is the rule); people and events are invented for these tests.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names, mentions_by_name


@pytest.mark.parametrize(("text", "name", "mention"), [
    ("La France a signé mardi un accord de pêche avec le Maroc, a indiqué Odile Varnier.",
     "France", "France"),
    ("Selon Rémi Castagnol, la Chine a livré trois turbines en avril.", "Chine", "Chine"),
    ("La Bolivie a rappelé son ambassadeur, a annoncé Inés Carvallo jeudi.", "Bolivie", "Bolivie"),
])
def test_place_named_without_the_sentence_article(extract: Callable[..., dict], text: str,
                                                  name: str, mention: str) -> None:
    result = extract(text)
    places = mentions_by_name(result, "place")
    assert name in places, places
    assert mention in places[name]  # the mention is the name, without the sentence's article
    assert not any(n.lower().startswith(("la ", "le ", "les ", "l'")) and n[3:] == name
                   for n in entity_names(result, "place"))


@pytest.mark.parametrize(("text", "name"), [
    # guards: the article is a word of the place's name
    ("Le Havre a accueilli mardi la course des voiliers, raconte Loïc Tremeur.", "Le Havre"),
    ("La Paz a connu une journée de grève, selon Inés Carvallo.", "La Paz"),
    ("Le Caire a reçu la délégation de Marius Hellebaut lundi.", "Le Caire"),
    ("Mathis Peyrole est rentré à La Réunion après la saison.", "La Réunion"),
])
def test_article_of_the_place_name_stays(extract: Callable[..., dict], text: str, name: str) -> None:
    assert name in entity_names(extract(text), "place")


@pytest.mark.parametrize(("text", "name"), [
    # guards: bodies and media keep their article
    ("La Poste fermera son bureau de Vaudrecourt en juin, regrette Odile Varnier.", "La Poste"),
    ("Le Figaro a publié jeudi un entretien avec Rémi Castagnol.", "Le Figaro"),
])
def test_organization_keeps_its_article(extract: Callable[..., dict], text: str, name: str) -> None:
    assert name in entity_names(extract(text), "organization")


def test_a_town_keeps_its_article_even_when_a_bare_homonym_exists(extract: Callable[..., dict]) -> None:
    # the gazetteer names the commune "La Baule-Escoublac" and lists a "Baule" elsewhere: the
    # article before a town is the town's own word
    result = extract("La Baule attend les touristes cet été.")
    names = {e["name"] for e in result["entities"] if e["type"] == "place"}
    assert "La Baule" in names and "Baule" not in names
