"""Typed errors. The CLI turns each into one `Error: ...` line and a non-zero exit."""

from __future__ import annotations


class FactxError(Exception):
    """Base class of every error factx reports to a user."""


class InputError(FactxError):
    """A path or a text that cannot be read as a French text document."""


class ModelError(FactxError):
    """The spaCy pipeline asked for cannot be loaded."""


class PatternError(FactxError):
    """A pattern or lexicon file under models/ is malformed."""
