"""Other facts: an event with its date and place, a figure with what it is about."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from factx.types import Entity


@dataclass
class Event:
    type: str
    start: int
    end: int
    refs: dict[str, Any] = field(default_factory=dict)

    def to_data(self, text: str) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for k, v in self.refs.items():
            data[k] = v.id if isinstance(v, Entity) else v
        data["evidence"] = {"start": self.start, "end": self.end, "text": text[self.start : self.end]}
        return data


def resolve_events(doc: Doc, entities: list[Entity]) -> list[Event]:
    return []
