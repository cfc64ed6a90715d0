"""Organizations: where a body's name ends before its acronym in brackets (round 25a).

A news story writes a body's whole name once, then its acronym in brackets, and the acronym
follows the WHOLE name. The model often stops the name early: at a complement in lower case
("le Centre togolais" + "de contrôle des maladies (TCDC)"), at the commas of a list of
domains or countries ("... en Bresse, Dombes et Revermont (AREB)"), or before a preposition
its span swallowed ("des rapatriés en" + "Algérie, Tunisie et Maroc"). The organization's
mention is extended over those complements to the bracket when the acronym spells the whole
name from its first letter, or (an acronym of the name in another language) spells none of
it; never when the mention alone spells the acronym, nor over another body or a person.
"""

from collections.abc import Callable

import pytest


def _orgs(result: dict) -> list[str]:
    return [e["name"] for e in result["entities"] if e["type"] == "organization"]


def _aliases(result: dict, name: str) -> list[str]:
    return next((e.get("aliases", []) for e in result["entities"] if e["name"] == name), [])


@pytest.mark.parametrize(("text", "body", "acronym"), [
    # a foreign acronym: its letters spell none of the French name
    ("Le Centre togolais de contrôle des maladies (TCDC) a dépêché des équipes à Sokodé.",
     "Centre togolais de contrôle des maladies", "TCDC"),
    ("Selon le Centre nigérien de contrôle des maladies (NCDC), l'épidémie recule.",
     "Centre nigérien de contrôle des maladies", "NCDC"),
    # a list of countries or regions closed by "et"
    ("Les porte-drapeaux de la Fédération nationale des rapatriés en Algérie, Tunisie et Maroc "
     "(FNRATM) ouvraient le cortège.",
     "Fédération nationale des rapatriés en Algérie, Tunisie et Maroc", "FNRATM"),
    ("L'Association régionale des éleveurs en Bresse, Dombes et Revermont (AREB) réclame des aides.",
     "Association régionale des éleveurs en Bresse, Dombes et Revermont", "AREB"),
    # a list of domains after "sur", the acronym written as a word
    ("Selon le Centre d'études sur la pollution, le bruit et les déchets (Cepobd), la ville doit agir.",
     "Centre d'études sur la pollution, le bruit et les déchets", "Cepobd"),
])
def test_name_runs_to_its_acronym(extract: Callable[..., dict], text: str, body: str, acronym: str) -> None:
    result = extract(text)
    assert body in _orgs(result)
    assert acronym in _aliases(result, body)


@pytest.mark.parametrize(("text", "body"), [
    # guards: the acronym spells the mention alone; what follows is where the body works
    ("Les bénévoles de Médecins sans frontières en Libye (MSF) ont quitté Tripoli.",
     "Médecins sans frontières en Libye"),
    # a name the letters already spelled stays as it was
    ("Le Centre algérien de lutte contre le cancer (CALC) a publié un rapport.",
     "Centre algérien de lutte contre le cancer"),
    ("La Fédération internationale de football (FIFA) a sanctionné le club.",
     "Fédération internationale de football"),
])
def test_names_already_whole(extract: Callable[..., dict], text: str, body: str) -> None:
    assert body in _orgs(extract(text))


@pytest.mark.parametrize(("text", "not_org"), [
    # a party's acronym after a person: an affiliation, no body's name
    ("Le conseiller régional Paul Morin (PS) a voté contre le projet.", "Paul Morin (PS)"),
    # a place in brackets is where the body is
    ("La Banque Dubreuil de Lyon (Rhône) a fermé ses guichets.", "Banque Dubreuil de Lyon"),
])
def test_brackets_that_close_no_name(extract: Callable[..., dict], text: str, not_org: str) -> None:
    assert not_org not in _orgs(extract(text))
