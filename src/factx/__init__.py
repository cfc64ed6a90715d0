"""factx: entities and facts from French text.

The public API is small and loads spaCy only when first used::

    import factx
    result = factx.extract("Paris, le 3 mars 2021 – Mme Carole Doussin ...")
    result.to_dict()["entities"]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
SCHEMA = "factx/1"

__all__ = ["SCHEMA", "Result", "__version__", "extract", "extract_many"]

if TYPE_CHECKING:  # pragma: no cover
    from factx.api import extract, extract_many
    from factx.types import Result


def __getattr__(name: str) -> Any:
    # Lazy: `factx --version` and `factx --help` must not import spaCy.
    if name in ("extract", "extract_many"):
        from factx import api

        return getattr(api, name)
    if name == "Result":
        from factx.types import Result

        return Result
    raise AttributeError(f"module 'factx' has no attribute {name!r}")
