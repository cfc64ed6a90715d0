"""Figures layer (issue 4): quantities with value, unit, qualifier and kind.

Scaffolding until the figures layer lands: registers the component, finds nothing.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("factx_figures")
def figures_component(doc: Doc) -> Doc:
    return doc
