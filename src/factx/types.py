"""The one result type of factx, with character offsets into the input as read.

Everything a layer finds becomes a `Candidate` (a labelled character span with typed
attributes and the name of the layer that found it); the resolvers turn candidates into
`Entity` and `Fact` objects; a `Result` is what the API returns and what every output
format serializes. Serialization lives here, in one place, with a fixed key order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA = "factx/1"

ENTITY_TYPES = ("person", "organization", "place", "role", "date", "figure", "misc")
# id prefixes, stable across versions
ID_PREFIX = {
    "person": "p",
    "organization": "o",
    "place": "l",
    "role": "r",
    "date": "d",
    "figure": "f",
    "misc": "m",
}


@dataclass(frozen=True, order=True)
class Mention:
    """One occurrence in the input: `input[start:end] == text`, end exclusive."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Candidate:
    """A span some layer found, before resolution into entities and facts."""

    label: str  # one of ENTITY_TYPES
    start: int
    end: int
    source: str  # which layer found it: "ner", "rules", "dates", "figures", ...
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass
class Entity:
    """One real-world thing with all its mentions; `attrs` are type-specific fields."""

    id: str
    type: str
    name: str
    mentions: list[Mention]
    attrs: dict[str, Any] = field(default_factory=dict)

    @property
    def start(self) -> int:
        return min(m.start for m in self.mentions)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "type": self.type, "name": self.name}
        out.update(self.attrs)
        out["mentions"] = [m.to_dict() for m in sorted(self.mentions)]
        return out


@dataclass
class Fact:
    """A relation between entities. `data` holds the fields after `type`, in order."""

    type: str
    data: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, **self.data}


@dataclass
class DocumentInfo:
    id: str
    path: str | None
    ref_date: str | None = None
    ref_date_source: str | None = None  # "text" | "option" | None
    language: str = "fr"
    length: int = 0
    encoding: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "ref_date": self.ref_date,
            "ref_date_source": self.ref_date_source,
            "language": self.language,
            "length": self.length,
            "encoding": self.encoding,
        }


@dataclass
class Result:
    """What factx extracted from one document, or why it could not."""

    document: DocumentInfo
    entities: list[Entity] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        if self.error is not None:
            return {
                "schema": SCHEMA,
                "document": {"id": self.document.id, "path": self.document.path},
                "error": self.error,
            }
        return {
            "schema": SCHEMA,
            "document": self.document.to_dict(),
            "entities": [e.to_dict() for e in self.entities],
            "facts": [f.to_dict() for f in self.facts],
        }


@dataclass(frozen=True)
class TextItem:
    """One text to extract from, with what is known of its document."""

    text: str
    doc_id: str = "text"
    path: str | None = None
    ref_date: str | None = None  # the --ref-date option: used when the text has no date
    doc_date: str | None = None  # the date the file states outside its text (HTML metadata)
    encoding: str | None = None
    sha256: str | None = None  # of the bytes read; written as document.sha256 by the CLI
    # a piece of a long text (factx.pieces): its rank and the number of pieces, and the
    # date of the whole document with its source, which the piece does not read for itself
    piece: tuple[int, int] | None = None
    piece_date: tuple[str | None, str | None] | None = None


def record(result: Result, item: TextItem | None = None) -> dict[str, Any]:
    """`result.to_dict()`, plus `document.sha256` when the bytes of the input are known
    (a field added to the factx/1 document object; used by `--resume`)."""
    data = result.to_dict()
    if item is not None and item.sha256 and result.error is None:
        data["document"]["sha256"] = item.sha256
    return data
