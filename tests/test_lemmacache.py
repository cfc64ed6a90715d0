"""factx.fastload.compact: the lemmatizer's tables and the vectors' key index read from the
compact cache are the tables spaCy decodes from the model, entry for entry, and a cache
that does not match its model file (or cannot be read or written) is never used.

The small tests build lookups shaped like a French model's (a big {hash: [lemma]} table, a
{part of speech: {form: [lemmas]}} table, word lists, rules) from forms written here; the
slow one compares every entry of the real fr_core_news_sm tables.
"""

from __future__ import annotations

import itertools
import os
import pickle
from pathlib import Path
from typing import Any

import pytest
import srsly
from spacy.lookups import Lookups, Table
from spacy.strings import get_string_id

from factx.fastload import compact, diskcache, loading
from factx.fastload.diskcache import cache_dir

STEMS = ["parl", "chant", "mang", "aim", "donn", "port", "jou", "trouv", "pens", "regard",
         "écout", "tomb", "arriv", "entr", "rest", "montr", "pass", "gard", "lev", "cherch"]
ENDINGS = ["e", "es", "ons", "ez", "ent", "ais", "ait", "ions", "iez", "aient", "ai", "as",
           "a", "âmes", "âtes", "èrent", "erai", "eras", "era", "erons", "erez", "eront",
           "é", "ée", "és", "ées", "ant", "er", "erais", "erait", "erions", "eriez",
           "eraient", "asse", "asses", "ât", "assions", "assiez", "assent", "ez-vous"]
PREFIXES = ["", "re", "dé", "sur", "sous", "contre", "entre", "pré"]


def _forms() -> list[tuple[str, str]]:
    """(form, lemma) pairs: about 6,400 made-up inflections, accents and hyphens included."""
    return [(p + s + e, p + s + "er") for p, s, e in itertools.product(PREFIXES, STEMS, ENDINGS)]


def _tables() -> dict[str, dict[Any, Any]]:
    forms = _forms()
    verbs = {form: [lemma] for form, lemma in forms}
    verbs["été"] = ["être", "été"]  # two lemmas
    return {
        "lemma_lookup": {get_string_id(form): [lemma] for form, lemma in forms},
        "lemma_rules": {get_string_id("verb"): [["ons", "er"], ["ez", "er"]],
                        get_string_id("noun"): [["aux", "al"], ["s", ""]]},
        "lemma_exc": {get_string_id("verb"): verbs,
                      get_string_id("adj"): {"beaux": ["beau"], "belles": ["beau"]}},
        "lemma_index": {get_string_id("verb"): sorted({lemma for _, lemma in forms}) * 60,
                        get_string_id("adv"): ["vite", "bien", "très"]},
    }


@pytest.fixture()
def source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A lookups.bin of the made-up tables, and a cache folder of this test."""
    monkeypatch.setenv("FACTX_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(diskcache, "MIN_SOURCE_BYTES", 0)
    path = tmp_path / "model" / "lookups.bin"
    path.parent.mkdir()
    path.write_bytes(srsly.msgpack_dumps(_tables()))
    return path


def _stock(path: Path) -> Lookups:
    return Lookups().from_bytes(path.read_bytes())


def _cached(path: Path) -> Lookups:
    """The tables as factx loads them: the first load writes the cache, the second reads it."""
    with loading.fast_load():
        if compact.load(path) is None:
            first = Lookups().from_disk(path.parent)  # writes the cache and reads it back
            assert compact.is_compact(first.get_table("lemma_lookup"))
            assert compact.load(path) is not None
        return Lookups().from_disk(path.parent)


def test_cached_tables_answer_like_the_stock_ones(source: Path) -> None:
    stock, cached = _stock(source), _cached(source)
    assert cached.tables == stock.tables
    assert compact.is_compact(cached.get_table("lemma_lookup"))
    assert compact.is_compact(cached.get_table("lemma_exc"))
    forms = [form for form, _ in _forms()]
    misses = ["chantonner", "Parle", "", "parle ", "xyz", "été-là", "ÉTÉ"]
    lookup, stock_lookup = cached.get_table("lemma_lookup"), stock.get_table("lemma_lookup")
    for word in forms + misses:
        assert lookup.get(word, [word]) == stock_lookup.get(word, [word])
        assert (word in lookup) == (word in stock_lookup)
    assert lookup.get(12345) is None and 12345 not in lookup
    with pytest.raises(KeyError):
        lookup["chantonner"]
    assert lookup["parlons"] == ["parler"]
    assert lookup.get("parlons") is lookup.get("parlons")  # the same list each time
    for pos in ["verb", "adj", "noun"]:
        exc, stock_exc = cached.get_table("lemma_exc").get(pos, {}), stock.get_table("lemma_exc").get(pos, {})
        for word in forms + misses + ["été", "beaux"]:
            assert exc.get(word, []) == stock_exc.get(word, [])
            assert (word in exc) == (word in stock_exc)
        index, stock_index = (cached.get_table("lemma_index").get(pos, []),
                              stock.get_table("lemma_index").get(pos, []))
        assert list(index) == list(stock_index)
        for word in forms[:300] + misses + ["parler", "vite"]:
            assert (word in index) == (word in stock_index)
    assert dict(cached.get_table("lemma_rules")) == dict(stock.get_table("lemma_rules"))


def test_cached_tables_are_whole_when_read_whole(source: Path) -> None:
    stock, cached = _stock(source), _cached(source)
    exc = cached.get_table("lemma_exc").get("verb")
    assert exc["été"] == ["être", "été"]
    assert list(exc) == list(stock.get_table("lemma_exc").get("verb"))  # same order
    assert len(exc) == len(stock.get_table("lemma_exc").get("verb"))
    assert exc == stock.get_table("lemma_exc").get("verb")
    assert pickle.loads(pickle.dumps(exc)) == exc
    lookup = cached.get_table("lemma_lookup")
    handed_out = lookup.get("chantons")
    assert len(lookup) == len(stock.get_table("lemma_lookup"))
    assert list(lookup.items()) == list(stock.get_table("lemma_lookup").items())
    assert lookup.get("chantons") is handed_out
    assert "chantons" in lookup and get_string_id("chantons") in lookup.bloom
    assert cached.to_bytes() == stock.to_bytes()  # as spaCy would save them
    restored = pickle.loads(pickle.dumps(cached.get_table("lemma_lookup")))
    assert type(restored) is Table and list(restored.items()) == list(lookup.items())
    lookup["chantonner"] = ["chantonner"]  # writable like any table, once filled
    assert lookup.get("chantonner") == ["chantonner"] and "chantonner" in lookup


def test_a_fresh_table_fills_on_whole_reads(source: Path) -> None:
    stock = _stock(source).get_table("lemma_lookup")
    for read in (len, list, lambda t: t.copy(), lambda t: t == stock, lambda t: t.to_bytes()):
        table = _cached(source).get_table("lemma_lookup")
        assert read(table) == read(stock)


def test_the_cache_follows_its_model_file(source: Path) -> None:
    _cached(source)
    assert compact.load(source) is not None
    stat = source.stat()
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert compact.load(source) is None  # the model file changed: rebuilt
    assert compact.save(source, _tables()) is not None
    assert compact.load(source) is not None


@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty"])
def test_a_damaged_cache_is_ignored(source: Path, damage: str) -> None:
    _cached(source)
    path = diskcache.table_path(source, compact.KIND)
    assert path is not None and path.exists()
    data = path.read_bytes()
    path.write_bytes({"truncate": data[: len(data) // 2], "garbage": b"not a cache file" * 10,
                      "empty": b""}[damage])
    assert compact.load(source) is None
    with loading.fast_load():
        lookups = Lookups().from_disk(source.parent)  # decoded again, cache rewritten
    assert lookups.to_bytes() == _stock(source).to_bytes()
    assert compact.load(source) is not None


def test_no_cache_when_off_or_not_writable(source: Path, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTX_CACHE_DIR", "")
    assert cache_dir() is None
    assert compact.save(source, _tables()) is None
    with loading.fast_load():
        plain = Lookups().from_disk(source.parent)
    assert not any(compact.is_compact(plain.get_table(n)) for n in plain.tables)
    assert plain.to_bytes() == _stock(source).to_bytes()
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("FACTX_CACHE_DIR", str(blocker / "cache"))  # under a file: unwritable
    assert compact.save(source, _tables()) is None
    with loading.fast_load():
        assert Lookups().from_disk(source.parent).to_bytes() == _stock(source).to_bytes()


def test_cache_folder_defaults(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("FACTX_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "factx"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache_dir() == Path.home() / ".cache" / "factx"

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", no_home)
    assert cache_dir() is None  # no home folder: no cache, and no error


def test_tables_of_another_shape_are_not_cached(source: Path) -> None:
    odd = _tables()
    odd["lemma_rules"][get_string_id("adv")] = [("ment", "")]  # a tuple: not plain JSON
    assert compact.save(source, odd) is None
    odd = _tables()
    odd["lemma_lookup"][get_string_id("nul")] = ["a\x00b"]  # the block separator
    assert compact.save(source, odd) is None


@pytest.mark.slow
def test_real_model_tables_entry_for_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every entry of fr_core_news_sm's lemmatizer tables, stock against cached."""
    from spacy import util

    monkeypatch.setenv("FACTX_CACHE_DIR", str(tmp_path))
    source = Path(util.get_package_path("fr_core_news_sm")).glob("*/lemmatizer/lookups/lookups.bin")
    path = next(source)
    stock = _stock(path)
    cached = _cached(path)
    assert compact.is_compact(cached.get_table("lemma_lookup"))
    for name in stock.tables:
        stock_table, table = stock.get_table(name), cached.get_table(name)
        for key, value in stock_table.items():
            if isinstance(value, dict):  # lemma_exc: {form: [lemmas]} per part of speech
                part = table.get(key)
                assert len(part) == len(value)
                for form, lemmas in value.items():
                    assert part.get(form) == lemmas, (name, form)
            elif isinstance(value, list) and name == "lemma_index":
                assert list(table.get(key)) == value
            else:
                assert table.get(key) == value, (name, key)
    assert cached.to_bytes() == stock.to_bytes()


# --- the vectors' key index ---------------------------------------------------------------

def _vectors(tmp_path: Path) -> tuple[Any, Path]:
    """A spaCy `Vectors` of the made-up forms (several forms share a row, as in a model),
    saved to a folder."""
    import numpy as np
    from spacy.vectors import Vectors

    forms = [form for form, _ in _forms()]
    data = np.arange(len(forms) // 3 * 4, dtype="float32").reshape(-1, 4)
    vectors = Vectors(data=data)
    for i, form in enumerate(forms):
        vectors.add(get_string_id(form), row=i % len(data))
    folder = tmp_path / "vocab"
    folder.mkdir()
    vectors.to_disk(folder)
    return vectors, folder


def _load_vectors(folder: Path) -> Any:
    from spacy.vectors import Vectors

    with loading.fast_load():
        return Vectors().from_disk(folder)


def test_vectors_key_index_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTX_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(diskcache, "MIN_SOURCE_BYTES", 0)
    stock, folder = _vectors(tmp_path)
    first = _load_vectors(folder)  # read as usual, the copy written
    assert type(first.key2row) is dict
    second = _load_vectors(folder)
    key2row = second.key2row
    assert isinstance(key2row, compact.CompactKey2Row)
    assert (second.shape, second.n_keys, second.is_full, len(second)) == (
        stock.shape, stock.n_keys, stock.is_full, len(stock))
    words = [form for form, _ in _forms()] + ["chantonner", "", "Parle", "ÉTÉ"]
    keys = [get_string_id(w) for w in words]
    assert second.find(keys=keys).tolist() == stock.find(keys=keys).tolist()
    for key in keys:
        assert (key in second) == (key in stock)
        assert key2row.get(key, -1) == stock.key2row.get(key, -1)
    assert key2row.get("parlons") is None and key2row.get(-5) is None and key2row.get(2**70) is None
    import numpy as np

    assert key2row.get(np.uint64(keys[0])) == stock.key2row[keys[0]]  # as a dict finds it
    assert list(key2row) == list(stock.key2row) and list(key2row.items()) == list(stock.key2row.items())
    assert list(key2row.values()) == list(stock.key2row.values())
    assert len(key2row.values()) == len(stock.key2row)
    assert second.to_bytes() == stock.to_bytes()  # written as the plain dict
    assert pickle.loads(pickle.dumps(key2row)) == stock.key2row
    assert (second[keys[3]] == stock[keys[3]]).all()


def test_vectors_key_index_becomes_the_dict(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTX_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(diskcache, "MIN_SOURCE_BYTES", 0)
    monkeypatch.setattr(compact, "PROMOTE_AFTER", 100)
    stock, folder = _vectors(tmp_path)
    _load_vectors(folder)
    loaded = _load_vectors(folder)
    mapping = loaded.key2row
    compact.attach_vectors(loaded)
    keys = [get_string_id(form) for form, _ in _forms()]
    assert loaded.find(keys=keys[:99]).tolist() == stock.find(keys=keys[:99]).tolist()
    assert loaded.key2row is mapping  # 99 look-ups: still compact
    loaded.find(keys=keys[99:120])
    assert type(loaded.key2row) is dict and loaded.key2row == stock.key2row  # now the dict
    assert mapping.get(keys[5]) == stock.key2row[keys[5]]  # the old object still answers
    # a change makes the dict too
    other = _load_vectors(folder)
    other.add(get_string_id("chantonner"), row=0)
    assert other.find(key="chantonner") == 0 and len(other.key2row) == len(stock.key2row) + 1


def test_vectors_table_is_mapped_copy_on_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy as np

    monkeypatch.setenv("FACTX_CACHE_DIR", "")  # the mapping does not need the cache
    stock, folder = _vectors(tmp_path)
    before = (folder / "vectors").read_bytes()
    loaded = _load_vectors(folder)
    assert isinstance(loaded.data, np.memmap) and loaded.data.flags.writeable
    assert np.array_equal(loaded.data, stock.data) and loaded.data.dtype == stock.data.dtype
    loaded.data[0, 0] = 123.0  # a change stays in the process
    assert (folder / "vectors").read_bytes() == before
    assert np.array_equal(_load_vectors(folder).data, stock.data)
    other = tmp_path / "other.npy"
    np.save(other, np.arange(3))
    with loading.fast_load():
        plain = np.load(other)  # any other file: numpy.load as usual
    assert type(plain) is np.ndarray
