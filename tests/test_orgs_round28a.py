"""Round 28a: organizations the model reads as things, places or people, on real text.

1. The publisher of a reference line ("- Author, Title, Publisher (date)", "..., Publisher,
   Town, year") is a firm whatever the model read it as: a thing (misc), a person, a place
   (a name the gazetteer knows only when the publisher's own town follows it, so that the
   town's slot of a reference stays a place). The title may be in quotation marks; a later
   edition follows a semicolon. A publisher's series ("Collection ...") is no body
   (components/entity_types.py: _reference_publisher).
2. An acronym the model read as a thing, after a definite article ("la CNDM", "du GLR"),
   that no lexicon gives a thing ("la TVA") or a kind of place, is a body, wherever it
   stands in the sentence (before, only as the active subject of a full verb); not in a
   line of capitals (components/organizations.py).

Invented names, titles and sentences; each fix row fails on the start code.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import entity_names

FIX_ROWS = [
    ("publisher the model reads as a place no gazetteer knows, date in brackets",
     "- Aurèle Mangin, Les Greniers de la Brévenne, Vautrelle (12 avril 2008).",
     "Vautrelle"),
    ("publisher after a title in quotation marks, then its town",
     '- Odile Farjanel, "Le Temps des forges", Brisquet, Lyon, 1984.',
     "Brisquet"),
    ("publisher read as a thing, then a later edition",
     "- Gaspard Lhermel, Le Fleuve des cendres, Presses du Vallon, 1971 ; Henri Sauvaget, 1993.",
     "Presses du Vallon"),
    ("publisher after a semicolon: a later edition",
     "- Gaspard Lhermel, Le Fleuve des cendres, Presses du Vallon, 1971 ; Henri Sauvaget, 1993.",
     "Henri Sauvaget"),
    ("acronym read as a thing, after 'à la'",
     "Il travaillait à la CNDM depuis 1985.",
     "CNDM"),
    ("acronym read as a thing, object of a verb",
     "Il a dirigé la SACRE pendant dix ans.",
     "SACRE"),
]


@pytest.mark.parametrize("label,text,body", FIX_ROWS, ids=[r[0] for r in FIX_ROWS])
def test_organization_found(extract: Callable[..., dict], label: str, text: str, body: str) -> None:
    assert body in entity_names(extract(text), "organization"), label


GUARD_ROWS = [
    ("the town's slot of a reference stays a place",
     "- Aurèle Mangin, Les Greniers de la Brévenne, Paris, 2008.",
     "Paris", "place"),
    ("a town the gazetteer knows, in the town's slot, stays a place",
     "- Aurèle Mangin, Les Greniers de la Brévenne, Montbrison, 2008.",
     "Montbrison", "place"),
    ("a publisher's series is no body",
     "- Aurèle Mangin, Les Greniers de la Brévenne, Vautrelle, Collection Terroirs, 2008.",
     "Collection Terroirs", None),
    ("a thing's acronym stays a thing",
     "Le gouvernement a relevé la TVA sur les travaux au début de l'année.",
     "TVA", None),
    ("a headline in capitals has no acronym",
     "LE REPORTAGE DU SOIR Les vendanges ont commencé dans la vallée.",
     "SOIR", None),
]


@pytest.mark.parametrize("label,text,name,kind", GUARD_ROWS, ids=[r[0] for r in GUARD_ROWS])
def test_guards(extract: Callable[..., dict], label: str, text: str, name: str, kind: str | None) -> None:
    result = extract(text)
    assert name not in entity_names(result, "organization"), label
    if kind is not None:
        assert name in entity_names(result, kind), label
