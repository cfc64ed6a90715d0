"""A fast-compiling, equivalent `TOKEN_MATCH` for spaCy's French tokenizer.

Importing `spacy.lang.fr` builds `TOKEN_MATCH` in `spacy/lang/fr/tokenizer_exceptions.py`:
one regular expression of about 1.4 million characters, 266 anchored alternatives
(`^...$`), most of them repeating the same few Unicode letter classes of thousands of
characters each. Python's `re` compiles each copy of those classes again, with case
folding, which takes seconds on every start; loading a French model then compiles the
same pattern string again in `Tokenizer.from_bytes` (a cache hit in `re` only when the
import compiled it in the same process).

The alternatives come in a few shapes that differ only in a short literal part:

    ^<word>[<lower letters>]+$                        (fixed words, also with `*`)
    ^<prefix>[<hyphens>][<lower>][<hyphens lower elisions>]*$   (hyphen prefixes)
    ^<prefix>[<elisions>][<lower>][<hyphens lower elisions>]*$  (elision prefixes)
    ^[<letters>]+[<hyphens>]<combo>[<hyphens>](?:l[<elisions>])?[<letters>]+$

so `^A X$|^B X$|...` is rewritten `^(?:A|B|...)X$`: the same language (alternation
distributes over concatenation), the same engine (`re`), the same class texts and flags,
hence the same tokens, with each big class compiled a handful of times instead of 266
times. A grouped part must be a self-contained regex fragment (checked below: balanced
groups, no top-level `|`, no escapes, no capturing group); an alternative that is not is
kept as it is. Nothing is guessed: the rewrite is built from the very list spaCy joins
(`_regular_exp`), only after checking that joining it gives the stock pattern, and
anything unexpected falls back to the stock compile.

`install()` imports `spacy.lang.fr` with this rewrite; `tokenizer_load()` is a context
manager that makes `Tokenizer.from_bytes` use it for the stock pattern string of a model.

The rest of the start-up work this module saves (measured in docs/startup.md), each with
the same pipeline and the same results:

- `import_spacy()`: `import spacy` without importing `spacy.cli` (the `spacy` command's
  modules, with requests, httpx, weasel, jinja2...), which `spacy/__init__.py` imports only
  to re-export `spacy.info`; `spacy.info` still works (it imports the real one when called),
  and `spacy.cli` can be imported as usual afterwards.
- `fast_load()`: the lemmatizer's lookup tables (216,849 entries for fr_core_news_md) are
  filled by C loops instead of one Python `__setitem__` call per entry: the same `Table`
  objects (same items, same order, same Bloom filter); its per-part-of-speech word lists
  answer `in` from a set (`IndexList`); plus `tokenizer_load()`.
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
import re
import sys
import threading
import types
from collections import OrderedDict, deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import repeat
from pathlib import Path
from typing import Any

STOCK_MODULE = "spacy.lang.fr.tokenizer_exceptions"

_re_compile = re.compile
_lock = threading.RLock()  # install() and the patches of loading
_patches: dict[tuple[int, str], list[Any]] = {}  # (owner, name) -> [original, users]
# stock TOKEN_MATCH pattern string -> the equivalent fast compiled pattern
_FAST: dict[str, re.Pattern[str]] = {}

_SPECIAL = set("\\.^$*+?{}[]|()")


def is_fragment(part: str) -> bool:
    """True when `part` is a self-contained regex fragment that can be moved inside
    `(?:...|...)`: literal characters, simple `[...]` classes, non-capturing groups
    `(?:...)` (with `|` only inside a group) and `?`, `*`, `+` after an atom."""
    depth = 0
    i = 0
    atom = False  # is there an atom a quantifier can apply to?
    while i < len(part):
        c = part[i]
        if c == "\\":
            return False
        if c == "[":
            end = part.find("]", i + 2)  # "[]...]" is not used; a class has 1+ characters
            if end < 0 or "[" in part[i + 1 : end] or "\\" in part[i + 1 : end]:
                return False
            i = end + 1
            atom = True
            continue
        if c == "(":
            if not part.startswith("(?:", i):
                return False  # capturing group, lookaround or inline flags
            depth += 1
            i += 3
            atom = False
            continue
        if c == ")":
            if depth == 0 or not atom:
                return False
            depth -= 1
            atom = True
        elif c == "|":
            if depth == 0:
                return False
            atom = False
        elif c in "?*+":
            if not atom:
                return False
            if part[i - 1] in "?*+":
                return False  # lazy or possessive quantifiers, nested repeats
        elif c in _SPECIAL:
            return False  # ^ $ . { } ] and anything else not handled above
        else:
            atom = True
        i += 1
    return depth == 0 and atom


def factored_pattern(stock: str, alternatives: list[str], alpha: str, alpha_lower: str,
                     hyphens: str, elision: str) -> str | None:
    """The grouped equivalent of `stock`, or None when `stock` is not exactly
    `"(?iu)" + "|".join("(?:{})".format(m) for m in alternatives)`."""
    flags = "(?iu)"
    if flags + "|".join(f"(?:{m})" for m in alternatives) != stock:
        return None
    a, al = f"[{alpha}]", f"[{alpha_lower}]"
    h, e, hle = f"[{hyphens}]", f"[{elision}]", f"[{hyphens}{alpha_lower}{elision}]"
    templates = [  # (head, tail); the part between them is grouped
        ("^", f"{h}{al}{hle}*$"),
        ("^", f"{e}{al}{hle}*$"),
        (f"^{a}+{h}", f"{h}(?:l{e})?{a}+$"),
        ("^", f"{al}+$"),
        ("^", f"{al}*$"),
    ]
    groups: dict[int, list[str]] = {}
    order: list[int | str] = []  # a template index, or an alternative kept as it is
    for m in alternatives:
        for k, (head, tail) in enumerate(templates):
            if m.startswith(head) and m.endswith(tail) and len(m) > len(head) + len(tail):
                middle = m[len(head) : len(m) - len(tail)]
                if is_fragment(middle):
                    if k not in groups:
                        groups[k] = []
                        order.append(k)
                    groups[k].append(middle)
                    break
        else:
            order.append(m)
    parts = []
    for item in order:
        if isinstance(item, int):
            head, tail = templates[item]
            parts.append(f"(?:{head}(?:{'|'.join(groups[item])}){tail})")
        else:
            parts.append(f"(?:{item})")
    return flags + "|".join(parts)


def _build(stock: str, module_globals: dict[str, Any]) -> re.Pattern[str] | None:
    try:
        pattern = factored_pattern(
            stock,
            list(module_globals["_regular_exp"]),
            module_globals["ALPHA"],
            module_globals["ALPHA_LOWER"],
            module_globals["HYPHENS"],
            module_globals["ELISION"],
        )
    except (KeyError, TypeError):
        return None
    if pattern is None:
        return None
    compiled = _re_compile(pattern)
    _FAST[stock] = compiled
    return compiled


def _compile_hook(pattern: Any, flags: int = 0) -> Any:
    """`re.compile` while `spacy.lang.fr` is imported: the stock TOKEN_MATCH compile,
    called from spaCy's module, gets the fast equivalent; every other call is passed on."""
    if flags == 0 and isinstance(pattern, str) and len(pattern) > 100_000 \
            and pattern.startswith("(?iu)"):
        module_globals = sys._getframe(1).f_globals
        if module_globals.get("__name__") == STOCK_MODULE:
            fast = _FAST.get(pattern) or _build(pattern, module_globals)
            if fast is not None:
                return fast
    return _re_compile(pattern, flags)


def install() -> bool:
    """Import `spacy.lang.fr` with the fast TOKEN_MATCH (once per process). True when
    the French defaults use it; False when spaCy's module was already imported or its
    pattern is not the expected one (then it is the stock, slow, compiled pattern)."""
    with _lock:
        if STOCK_MODULE not in sys.modules:
            re.compile = _compile_hook  # only for this import, restored below
            try:
                import spacy.lang.fr
            finally:
                re.compile = _re_compile
    import spacy.lang.fr  # noqa: F401  (imported elsewhere: waits until it is complete)

    return is_fast(sys.modules[STOCK_MODULE].TOKEN_MATCH)


def is_fast(token_match: Callable[..., Any] | None) -> bool:
    """True when `token_match` is the bound `match` of one of our fast patterns."""
    owner = getattr(token_match, "__self__", None)
    return owner is not None and any(owner is fast for fast in _FAST.values())


class _TokenizerRe:
    """Stands for the `re` module inside `spacy.tokenizer` while a model loads."""

    def compile(self, pattern: Any, flags: int = 0) -> Any:
        if flags == 0 and isinstance(pattern, str):
            fast = _FAST.get(pattern)
            if fast is not None:
                return fast
        return _re_compile(pattern, flags)

    def __getattr__(self, name: str) -> Any:
        return getattr(re, name)


@contextmanager
def _patched(owner: Any, name: str, value: Any) -> Iterator[None]:
    """`owner.name = value` while any caller is inside (loads may overlap in threads: the
    first one in patches, the last one out restores)."""
    key = (id(owner), name)
    with _lock:
        if key not in _patches:
            _patches[key] = [owner.__dict__[name], 0]
            setattr(owner, name, value)
        _patches[key][1] += 1
    try:
        yield
    finally:
        with _lock:
            _patches[key][1] -= 1
            if _patches[key][1] == 0:
                setattr(owner, name, _patches.pop(key)[0])


@contextmanager
def tokenizer_load() -> Iterator[None]:
    """While active, `Tokenizer.from_bytes`/`from_disk` compile the stock TOKEN_MATCH
    pattern string of a model to the fast equivalent (other patterns as usual)."""
    import spacy.tokenizer as tokenizer_module

    with _patched(tokenizer_module, "re", _TokenizerRe()):
        yield


# --- import spacy without spacy.cli -------------------------------------------------------

def _info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`: spaCy's own, imported when called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy() -> types.ModuleType:
    """`import spacy` without `spacy.cli`, then `install()`; returns the `spacy` module.
    When spaCy is already imported, only `install()` runs. Long `re` patterns are compiled
    through factx's cache from here on (`factx.recache`)."""
    from factx import recache

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
        install()
    return sys.modules["spacy"]


# --- loading -----------------------------------------------------------------------------

def fast_table(name: str, data: dict[Any, Any]) -> Any:
    """`spacy.lookups.Table(name, data)`, filled without a Python call per entry: the
    same items in the same order and the same Bloom filter. Keys must be ints (hashes, as
    stored in a model); otherwise the stock constructor does the hashing."""
    from preshed.bloom import BloomFilter
    from spacy.lookups import Table

    if not all(type(key) is int for key in data):
        return Table(name, data)
    table = Table.__new__(Table)
    OrderedDict.__init__(table)
    # what Table.__init__(name, data) sets, then what its update(data) does per entry
    table.name = name
    table.default_size = 1e6
    table.bloom = BloomFilter.from_error_rate(max(len(data), 1))
    deque(map(OrderedDict.__setitem__, repeat(table), data.keys(), data.values()), maxlen=0)
    deque(map(table.bloom.add, data.keys()), maxlen=0)
    return table


class IndexList(list):  # type: ignore[type-arg]
    """A list of words that answers `in` from a set of the same words.

    The French lemmatizer asks `word in index` (index: the 3,000 to 66,000 known words of a
    part of speech, a list in the model) for every new word, a linear scan each time;
    this is the same list and the same answers (for strings, `in` a list is equality with
    one of its items, as `in` a set), at the cost of a hash. Not meant to be modified."""

    __slots__ = ("_members",)

    def __init__(self, items: list[Any]) -> None:
        super().__init__(items)
        self._members = frozenset(items)

    def __contains__(self, item: object) -> bool:
        try:
            return item in self._members
        except TypeError:  # an unhashable query: compare as a list does
            return list.__contains__(self, item)

    def __reduce__(self) -> tuple[Any, ...]:
        return (IndexList, (list(self),))


def _index_lists(value: Any) -> Any:
    """A lemma_index table's {part of speech: [words]} with `IndexList` values."""
    if not isinstance(value, dict):
        return value
    out = {}
    for pos, words in value.items():
        if type(words) is list and all(type(w) is str for w in words):
            words = IndexList(words)
        out[pos] = words
    return out


def _fast_tables(raw: dict[str, Any]) -> dict[str, Any]:
    """Decoded lookups ({table name: {key: value}}) as `Table`s built with `fast_table`
    (and the lemmatizer's word lists of `lemma_index` as `IndexList`)."""
    return {key: fast_table(key, _index_lists(value) if key == "lemma_index" else value)
            for key, value in raw.items()}


def _lookups_from_bytes(self: Any, bytes_data: bytes, **kwargs: Any) -> Any:
    """`spacy.lookups.Lookups.from_bytes`, building each table with `_fast_tables`."""
    import srsly

    self._tables = _fast_tables(srsly.msgpack_loads(bytes_data))
    return self


def _lookups_from_disk(self: Any, path: Any, filename: str = "lookups.bin", **kwargs: Any) -> Any:
    """`spacy.lookups.Lookups.from_disk`: the tables from factx's compact cache when it
    holds a valid copy (`factx.lemmacache`); else the file decoded, the cache written and
    read back, or (no cache) the tables built as `_lookups_from_bytes` does."""
    import srsly

    from factx import lemmacache

    source = Path(path) / filename
    if not source.exists():
        return self
    tables = lemmacache.load(source)
    if tables is None:
        raw = srsly.msgpack_loads(source.read_bytes())
        if lemmacache.save(source, raw) is not None:  # written: read back, cheaper than building
            tables = lemmacache.load(source)
        if tables is None:
            self._tables = _fast_tables(raw)
            return self
    return lemmacache.compact_lookups(self, tables)


_read_msgpack: list[Callable[..., Any]] = []  # srsly.read_msgpack, as imported


def _read_key2row(path: Any, *args: Any, **kwargs: Any) -> Any:
    """`srsly.read_msgpack`, which `Vectors.from_disk` calls for the vectors' `key2row`:
    for that file, its compact copy from factx's cache (`factx.lemmacache`), or the file
    read as usual and the copy written for the next start."""
    from factx import lemmacache

    read = _read_msgpack[0]
    source = Path(path)
    if source.name != "key2row" or args or kwargs or not source.is_file():
        return read(path, *args, **kwargs)
    compact = lemmacache.load_key2row(source)
    if compact is not None:
        return compact
    data = read(path)
    lemmacache.save_key2row(source, data)
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
    tables with `fast_table` or from factx's cache, its vectors' key2row from the cache and
    its vectors' table mapped."""
    import numpy
    import srsly
    from spacy.lookups import Lookups

    if not _read_msgpack:
        _read_msgpack.append(srsly.read_msgpack)
    if not _np_load:
        _np_load.append(numpy.load)
    with _patched(Lookups, "from_bytes", _lookups_from_bytes), \
            _patched(Lookups, "from_disk", _lookups_from_disk), \
            _patched(srsly, "read_msgpack", _read_key2row), \
            _patched(numpy, "load", _load_vectors), tokenizer_load():
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
