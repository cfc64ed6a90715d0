"""spaCy look-up `Table`s built without a Python call per entry, and the lemmatizer's
word lists answering `in` from a set (docs/startup.md, items 3 and 4): the same objects,
items, order and answers as spaCy's own. Used when a model's lemmatizer tables are decoded
(`factx.fastload.loading`) and when they are rebuilt from the cache
(`factx.fastload.compact`)."""

from __future__ import annotations

from collections import OrderedDict, deque
from itertools import repeat
from typing import Any


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


def fast_tables(raw: dict[str, Any]) -> dict[str, Any]:
    """Decoded lookups ({table name: {key: value}}) as `Table`s built with `fast_table`
    (and the lemmatizer's word lists of `lemma_index` as `IndexList`)."""
    return {key: fast_table(key, _index_lists(value) if key == "lemma_index" else value)
            for key, value in raw.items()}
