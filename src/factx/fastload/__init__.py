"""Loading the spaCy model fast: the same pipeline and the same results as `spacy.load`, in
a fraction of the time (docs/startup.md). Nothing outside this package imports its modules;
the rest of factx calls these three functions:

- `load(model)`: the loaded spaCy pipeline (what `factx.pipeline.load_model` calls);
- `import_spacy()`: `import spacy` the fast way (`factx.components` calls it first);
- `install_pattern_cache()`: in factx's own processes (the `factx` command, its worker
  processes), long regular expressions compiled once per machine, for the whole process.

`FACTX_STOCK_SPACY=1` in the environment turns all of it off: plain `import spacy`, plain
`spacy.load(model)`, no cache. The output is the same either way (tests/test_fastload.py
compares both on the eval texts); only the start-up time differs.

Inside, from the bottom up:

    diskcache    the cache folder (`FACTX_CACHE_DIR`) and its table files
    recache      long `re` and `regex` patterns compiled from the cache
    patching     attributes of spaCy, srsly and numpy patched while a model loads
    tokenmatch   the French tokenizer's TOKEN_MATCH compiled fast
    tables       spaCy look-up tables built fast
    compact      the lemmatizer's tables and the vectors' key index read from the cache
    loading      the hooks put together: `import_spacy`, `load`
"""

from __future__ import annotations

import os
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["STOCK_ENV", "import_spacy", "install_pattern_cache", "load", "stock"]

STOCK_ENV = "FACTX_STOCK_SPACY"


def stock() -> bool:
    """True when `FACTX_STOCK_SPACY` asks for stock spaCy (set, and not empty nor "0")."""
    return os.environ.get(STOCK_ENV, "").strip() not in ("", "0")


def import_spacy() -> ModuleType:
    """The `spacy` module, imported the fast way (stock: `import spacy`)."""
    if stock():
        import spacy

        return spacy
    from factx.fastload import loading

    return loading.import_spacy()


def load(model: str) -> Language:
    """The spaCy pipeline `model` (a package name or a folder) as `spacy.load(model)` gives
    it, loaded fast (stock: `spacy.load(model)`). OSError when there is no such model."""
    if stock():
        import spacy

        return spacy.load(model)
    from factx.fastload import loading

    nlp: Language = loading.load(model)
    return nlp


def install_pattern_cache() -> None:
    """For the rest of this process, long regular expressions compiled from factx's cache
    (not in stock mode). Only for factx's own processes: a program that imports factx as a
    library keeps its own patterns out of the cache."""
    if not stock():
        from factx.fastload import recache

        recache.install()
