"""Names of French that the round-13 generality audit found wrong (issue 11, entities).

A saint's name after the feminine article is the saint's feast day ("la Sainte-Barbe", the
firemen's feast), an event, no place nor person, and a weekday after it is no part of it;
towns, churches and streets named after a saint stay places. A grouping of states named by
"G" and a number after a masculine article ("le G20", "du G7") is an organization.
"""

from collections.abc import Callable

import pytest

from conftest import held_of, role_triples


def _names(result: dict, kind: str) -> set[str]:
    return {e["name"] for e in result["entities"] if e["type"] == kind}


# -- E1: feast days -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "saint"), [
    # the lead's sentence
    ("Les pompiers de Thaon ont fêté la Sainte-Barbe samedi à la salle des fêtes.", "Sainte-Barbe"),
    # fresh ones
    ("La musique municipale a donné son concert de la Sainte-Cécile vendredi soir.", "Sainte-Cécile"),
    ("Les gendarmes de la brigade ont fêté la Sainte-Geneviève mardi avec les élus.", "Sainte-Geneviève"),
    ("Les pompiers de Vrinville fêteront la Sainte-Barbe le 4 décembre.", "Sainte-Barbe"),
    ("Pour la Sainte-Catherine, les écoliers de Vrinville ont planté des arbres.", "Sainte-Catherine"),
    ("Les mineurs ont célébré la Sainte-Barbe hier après-midi.", "Sainte-Barbe"),
    ("La Sainte-Catherine a attiré la foule à Vrinville malgré la pluie.", "Sainte-Catherine"),
    # already right before: the model read no place in these, or a male saint after "la"
    ("Les sapeurs-pompiers de Quarnelle-la-Haute ont célébré la Sainte-Barbe dimanche matin.",
     "Sainte-Barbe"),
    ("Le bal de la Sainte-Catherine se tiendra à la salle polyvalente de Vrinville.", "Sainte-Catherine"),
    ("À l'occasion de la Sainte-Barbe, le capitaine Loïc Tressard a remis des médailles.", "Sainte-Barbe"),
    # already right before: a male saint after "la"
    ("La Saint-Nicolas a attiré 3000 personnes à Nancy.", "Saint-Nicolas"),
    ("Le bal de la Saint-Sylvestre a réuni deux cents danseurs à Vrinville.", "Saint-Sylvestre"),
])
def test_a_feast_day_is_no_place(extract: Callable[..., dict], text: str, saint: str) -> None:
    result = extract(text)
    assert not any(saint in name for name in _names(result, "place") | _names(result, "person"))


@pytest.mark.parametrize(("text", "person", "title", "town"), [
    ("Les sapeurs-pompiers de Wintzenheim ont fêté la Sainte-Barbe samedi soir, en présence du maire, "
     "Paul Ritzler.", "Paul Ritzler", "maire", "Wintzenheim"),
    # already right before
    ("Les pompiers de Quarnelle-la-Haute ont fêté la Sainte-Barbe dimanche, en présence du maire, "
     "Gérald Fonteclaire.", "Gérald Fonteclaire", "maire", "Quarnelle-la-Haute"),
])
def test_a_feast_day_is_no_mayor_s_town(extract: Callable[..., dict], text: str, person: str, title: str,
                                        town: str) -> None:
    held = held_of(role_triples(extract(text)), person, title)
    assert held
    assert not any(of and "Sainte-Barbe" in of for of in held)


@pytest.mark.parametrize(("text", "place"), [
    # a weekday after a saint's town is no part of it either
    ("Le conseil municipal s'est réuni à Saint-Dié mardi soir.", "Saint-Dié"),
    # pitfalls: towns, churches, streets and sites named after a saint stay places
    ("Il est né à Sainte-Barbe en 1950 et y a toujours vécu.", "Sainte-Barbe"),
    ("Les fidèles se sont retrouvés à l'église Sainte-Catherine de Vrinville.", "église Sainte-Catherine"),
    ("Le magasin se trouve rue Sainte-Cécile, près de la gare.", "rue Sainte-Cécile"),
    ("Le festival se tient à Sainte-Marie-aux-Mines samedi.", "Sainte-Marie-aux-Mines"),
    ("Ils ont gravi la Sainte-Victoire dimanche.", "Sainte-Victoire"),
    ("Les randonneurs ont dormi au pied de la Sainte-Victoire.", "Sainte-Victoire"),
])
def test_places_named_after_a_saint_stay(extract: Callable[..., dict], text: str, place: str) -> None:
    places = _names(extract(text), "place")
    assert any(name.startswith(place) for name in places)
    assert not any(day in name for name in places for day in ("mardi", "samedi", "dimanche", "soir"))


# -- E2: groupings of states -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "group"), [
    # the lead's sentences
    ("Les dirigeants du G20 se retrouvent à Cannes. Le G8 avait échoué.", "G20"),
    ("Les dirigeants du G20 se retrouvent à Cannes. Le G8 avait échoué.", "G8"),
    # fresh ones
    ("Les ministres des Finances du G7 se réunissent jeudi à Ottawa.", "G7"),
    ("Les ministres du G7 ont adopté une déclaration commune.", "G7"),
    ("Les pays du G77 réclament une aide accrue aux nations pauvres.", "G77"),
    ("Au G20, la chancelière a défendu un plan de relance.", "G20"),
    ("La présidence du G8 revient cette année à l'Italie.", "G8"),
])
def test_a_grouping_of_states_is_an_organization(extract: Callable[..., dict], text: str, group: str) -> None:
    assert group in _names(extract(text), "organization")


@pytest.mark.parametrize("text", [
    # pitfalls: a road after "la", a car model after "un" are no grouping of states
    "Il a pris la G7 pour rejoindre Vrinville.",
    "Le constructeur présente un G3 et un G5 au salon de l'automobile.",
])
def test_other_g_numbers_are_no_organization(extract: Callable[..., dict], text: str) -> None:
    orgs = _names(extract(text), "organization")
    assert not any(name.startswith("G") and name[1:2].isdigit() for name in orgs)
