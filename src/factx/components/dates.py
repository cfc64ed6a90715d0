"""Date layer (issue 3): temporal expressions, resolved against the document date.

Scaffolding until the date layer lands: registers the component, finds nothing.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("factx_dates")
def dates_component(doc: Doc) -> Doc:
    return doc
