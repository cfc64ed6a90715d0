"""What every output writer shares (`factx.export` and the writers of their own module,
such as `factx.html`): the `Writer` interface, `Emit`, the titles of the entity types.

A writer is streaming: `begin()`, `write(record, text)` per document, `end()`, and every
call hands whole units (a line, a row, a document) to `emit`. A writer in a module of its
own imports this module, never `factx.export` (which imports it to make it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

TYPE_TITLES = {
    "person": "People",
    "role": "Roles",
    "organization": "Organizations",
    "place": "Places",
    "date": "Dates",
    "figure": "Figures",
    "misc": "Other names",
}

Emit = Callable[[str], None]


class Writer:
    """Base writer: nothing before or after the documents."""

    needs_text = False  # whether write() wants the document's text

    def __init__(self, emit: Emit) -> None:
        self.emit = emit

    def begin(self) -> None:
        pass

    def write(self, record: dict[str, Any], text: str | None = None) -> None:
        raise NotImplementedError

    def end(self) -> None:
        pass
