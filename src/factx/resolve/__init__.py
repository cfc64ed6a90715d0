"""After the Doc: candidates -> entities (merging, coreference) -> facts -> Result."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factx.components import base  # first: it imports spaCy the fast way (factx.fastload)
from factx.resolve.entities import build_entities
from factx.resolve.facts import build_facts
from factx.types import DocumentInfo, Result

if TYPE_CHECKING:
    from spacy.tokens import Doc


def build_result(doc: Doc, info: DocumentInfo) -> Result:
    info.ref_date = base.ref_date(doc)
    info.ref_date_source = base.ref_date_source(doc)
    entities = build_entities(doc)
    entities, facts = build_facts(doc, entities)
    return Result(document=info, entities=entities, facts=facts)
