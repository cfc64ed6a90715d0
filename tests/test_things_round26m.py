"""Names of things after the noun of their kind (round 26m).

A name the text writes right after the noun of a thing with a definite article, a
demonstrative or "son"/"sa" ("la sonde Kelvaro", "le robot européen Orbelle", "cette planète
Tessandre Bb"), or after the noun opening a headline ("Satellite Orbelle :"), names that
thing: no person, no body, no place, in all its mentions, even where the model did not read
that first mention as a name (entity_types._names_after_thing_nouns, thing_people,
things_by_their_noun, bodies_named_as_things; nouns in place_types.json thing_heads).
Guards: lower-case words between the noun and the name must be adjectives ("la tempête
frappe X" names no storm); a firm whose ship has a longer name stays a body; a country, a
town also written after a preposition of place, a person with a civility stay.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names

_KINDS = ("person", "organization", "place")


def _named(result: dict, word: str) -> list[tuple[str, str]]:
    return [(e["type"], e["name"]) for e in result["entities"]
            if e["type"] in _KINDS and word in e["name"]]


# ---------------------------------------------------------------- fixed in round 26m
@pytest.mark.parametrize(("text", "word"), [
    # an adjective between the noun and the name, the name alone later
    ("La sonde européenne Kelvaro a été repérée mardi. Le passage de Kelvaro est attendu lundi.", "Kelvaro"),
    ("Le robot européen Orbelle a été repéré mardi. Le passage de Orbelle est attendu lundi.", "Orbelle"),
    # the noun mid-sentence, after a clause
    ("Selon les experts, le robot Kelvaro restera actif jusqu'en mai. Les images de Kelvaro ont surpris.",
     "Kelvaro"),
    ("Selon les experts, le cargo Tessandre restera au port jusqu'en mai. "
     "Les marins de Tessandre ont fait grève.",
     "Tessandre"),
    # the model leaves the first mention untagged, reads the second as a place
    ("Le satellite Orbeko a été lancé depuis Kourou. Orbeko observera les océans.", "Orbeko"),
    # the noun capitalized opening a headline
    ("Satellite Orbelle : deux pannes\n\nLe passage de Orbelle a surpris les habitants de Valmorin.",
     "Orbelle"),
    ("Robot Varnoze : la mission prolongée\n\nLes équipes de Varnoze préparent un nouvel essai.", "Varnoze"),
    ("Paquebot Kelvaro : deux blessés\n\nLe passage de Kelvaro a surpris les habitants de Valmorin.",
     "Kelvaro"),
    # a star's letter after its name
    ("Cette planète Tessandre Bb tourne autour de son étoile. Tessandre se trouve à quatre années-lumière.",
     "Tessandre"),
])
def test_name_after_a_thing_noun_is_no_entity(extract: Callable[..., dict], text: str, word: str) -> None:
    assert _named(extract(text), word) == []


# ---------------------------------------------------------------- guards
@pytest.mark.parametrize(("text", "kind", "name"), [
    # a firm named after its accented body noun ("société") beside a thing of
    # the same name stays a body (the noun is folded before the lookup)
    ("La société Kestrel a financé un grand télescope au Chili. Les astronomes y observent "
     "depuis mars la galaxie Kestrel, nommée en son honneur.", "organization", "Kestrel"),
    # a firm whose ship bears a longer name stays a body
    ("La société Navalex a construit le paquebot Navalex Star. Navalex emploie 300 salariés.",
     "organization", "Navalex"),
    # a verb between the noun of a storm and a town: no storm's name
    ("La tempête frappe durement Valmorin-sur-Lys depuis lundi.", "place", "Valmorin-sur-Lys"),
    # a country after the noun of a ship stays a place
    ("Le paquebot France a quitté Le Havre. La France a salué son départ.", "place", "France"),
    # a town named after a preposition of place too
    ("Le sous-marin Brest a appareillé lundi. Il est arrivé à Brest mardi.", "place", "Brest"),
    # a person with a civility
    ("Le robot a été présenté mardi par Mme Orlane Vasseur, ingénieure.", "person", "Orlane Vasseur"),
])
def test_bodies_and_places_kept(extract: Callable[..., dict], text: str, kind: str, name: str) -> None:
    assert name in entity_names(extract(text), kind)
