"""Armed groups and movements named by a plural after an article (issue 11, round 13x).

French news names some armed groups and movements by a plural, often in lower case, after
"les" ("les talibans", "les Shebab"): a short list of them (models/organizations.json:
movement_names), and, for any other one-word capitalized name, the sentence: the subject of a
verb of armed or political action ("Les X ont revendiqué l'attaque") is a group when it is no
people ("les Kurdes", "les Français", "les Alsaciens") and no place. Sentences written for this
audit, with invented names; the pitfall table holds what must not change.
"""

from collections.abc import Callable

import pytest


def _names(result: dict, kind: str) -> set[str]:
    return {e["name"] for e in result["entities"] if e["type"] == kind}


@pytest.mark.parametrize(("text", "org"), [
    ("Les Shebab ont enlevé deux humanitaires près de Baidoa, a indiqué Abdiwali Dhuuxo.", "Shebab"),
    ("Selon la police afghane, les talibans contrôlent désormais la route de Ghazni.", "talibans"),
    ("Le chef des houthis, Ouassim Hamoudane, a rejeté l'offre de trêve.", "houthis"),
    ("Les Kodari ont revendiqué l'enlèvement de trois ingénieurs dans la région de Diffa.", "Kodari"),
    ("Les Zintaba ont attaqué un convoi militaire mardi. Leur porte-parole a menacé la capitale.",
     "Zintaba"),
    ("Dans un communiqué, les Malouka menacent de frapper les bases étrangères du pays.", "Malouka"),
    ("Les Shabab avaient pris le contrôle du port de Kismayo en 2008, rappelle Mahad Oorweyne.", "Shabab"),
])
def test_a_movement_named_by_a_plural(extract: Callable[..., dict], text: str, org: str) -> None:
    assert org in _names(extract(text), "organization")


@pytest.mark.parametrize(("text", "word"), [
    ("Les Kurdes ont attaqué les positions de l'armée près de Kobané.", "Kurdes"),
    ("Les Français ont appelé à voter pour le candidat sortant.", "Français"),
    ("Les Alsaciens ont menacé de boycotter la réunion régionale.", "Alsaciens"),
    ("Un commandant taliban a été tué dans la province de Helmand.", "taliban"),
    ("Les jihadistes ont attaqué une caserne près de Ménaka.", "jihadistes"),
    ("Les Tchétchènes ont attaqué un poste de police à Grozny.", "Tchétchènes"),
    ("Les Peuls ont accusé les milices de la région de Mopti.", "Peuls"),
])
def test_a_people_or_a_kind_is_no_movement(extract: Callable[..., dict], text: str, word: str) -> None:
    assert not any(word in name for name in _names(extract(text), "organization"))
