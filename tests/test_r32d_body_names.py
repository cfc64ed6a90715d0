"""Bodies' names cut at their kind (issue 11, round 32d): a body's name written with a
capital and ending on lower-case words of kind, which the model cut there, goes on over the
capitalized name set right after it (a close apposition that says which one), with an
adjective closing it; a plural kind takes several names joined by "et"; a person's name
there is someone of the body, not its name.

Every row is a sentence written for these tests; the guard row (a person after the kind)
passes before the rule too and keeps that behaviour.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import entity_names

DATE = "date 2003-05-12\n\n"

# (text, the organization's full name, a shorter organization that must not remain)
KIND_THEN_NAME = [
    ("Le secrétaire du Cercle nautique Les Cormorans lorientais a démissionné hier.",
     "Cercle nautique Les Cormorans lorientais", "Cercle nautique"),
    ("Partie civile, le Syndicat des vins des appellations Saumur et Saumur-Champigny obtient 5 000 euros.",
     "Syndicat des vins des appellations Saumur et Saumur-Champigny", "Syndicat des vins des appellations"),
    ("Le Comité interprofessionnel des appellations Chinon et Bourgueil a porté plainte.",
     "Comité interprofessionnel des appellations Chinon et Bourgueil",
     "Comité interprofessionnel des appellations"),
]


@pytest.mark.parametrize(("text", "full", "cut"), KIND_THEN_NAME)
def test_name_after_its_kind(extract: Callable[..., dict], text: str, full: str, cut: str) -> None:
    orgs = entity_names(extract(DATE + text), "organization")
    assert full in orgs
    assert cut not in orgs


# a person after the kind is someone of the body: the name stays where it was
def test_person_after_kind_is_not_the_name(extract: Callable[..., dict]) -> None:
    result = extract(DATE + "Le président du Syndicat des pêcheurs Michel Le Goff a pris la parole.")
    assert "Syndicat des pêcheurs" in entity_names(result, "organization")
    assert "Michel Le Goff" in entity_names(result, "person")
