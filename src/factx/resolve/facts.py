"""Facts (issue 5): roles, acronyms, quotes and other relations between entities.

Scaffolding until the facts layer lands: no facts yet.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factx.types import Entity, Fact


def build_facts(doc: Doc, entities: list[Entity]) -> tuple[list[Entity], list[Fact]]:
    """(entities, facts): may add role entities and merge acronyms into organizations."""
    return entities, []
