"""Long regular expressions compiled once per machine, not once per process (issue 7).

Starting `factx extract` compiles about two dozen long `re` patterns: spaCy's French
`TOKEN_MATCH` (even in factx's fast form, `factx.fastload.tokenmatch`), the tokenizer's prefix, suffix
and infix expressions with their big Unicode letter classes, factx's date rules. `re`
does this in Python (`re._parser.parse`, then `re._compiler._code`), 0.15-0.3 s of every
start, and the result is always the same: a list of integers (the pattern's code for the
`_sre` engine) plus its group names.

`install()` puts a cache in front of `re._compiler.compile`, the function `re.compile`
calls when its in-process cache misses, for the whole process (the `factx` command and its
worker processes: factx's own processes); in a program that imports factx as a library,
`active()` does it only while factx imports spaCy and loads a model, so that the program's
own patterns are never written to factx's cache. While it is on, for a pattern string of
`MIN_LENGTH` characters or more, the code, flags and groups are read from a file in
factx's cache folder (`factx.fastload.diskcache`) and handed to `_sre.compile` exactly as
`re._compiler.compile` hands them, so the pattern object is the same (`==` on two
`re.Pattern`s compares their string, flags and code). On a miss the pattern is compiled
as `re` does, and its code kept to be written when the process exits.

The `regex` module (factx's patterns with variable-width look-behinds or Unicode
properties) works the same way and parses in Python too, more slowly: `regex._main._compile`
gets the same cache, keyed also by regex's version and its DEFAULT_VERSION, keeping the
arguments it hands its engine (`_regex.compile`: the pattern, flags, code and group tables,
all plain data), and a pattern compiled once per process is kept in `_regex_live`.

The file is named after the Python version and `_sre.MAGIC` (the engine's code format) and
holds them again, checked on reading; a file that cannot be read is ignored and replaced.
Writes go to a temporary file renamed into place. `FACTX_CACHE_DIR=` (empty) turns it off.
"""

from __future__ import annotations

import _sre
import atexit
import marshal
import os
import re
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

from factx.fastload.diskcache import cache_dir

FORMAT = 1
# shorter patterns compile in a fraction of a millisecond
MIN_LENGTH = 200
# what the file keeps at most (about 30 patterns are written by one run of factx)
MAX_ENTRIES = 400

Key = tuple[Any, ...]  # (pattern, flags); for regex ("regex", version, default version, pattern, flags)
Entry = tuple[Any, ...]

_original = _compiler.compile
_lock = threading.Lock()
_entries: dict[Key, Entry] | None = None  # read from the file on first use
_new: dict[Key, Entry] = {}
_saving_registered = False
_always = False  # install(): the whole process
_depth = 0  # active(): inside


def _version() -> list[Any]:
    return [FORMAT, sys.version, _sre.MAGIC, _sre.CODESIZE]


def cache_file() -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    tag = sys.implementation.cache_tag or "python"
    return folder / f"re-{tag}-{_sre.MAGIC}-{FORMAT}.bin"


def _valid(entry: Any) -> bool:
    return (type(entry) is tuple and len(entry) == 5 and type(entry[0]) is int
            and type(entry[1]) is list and all(type(c) is int for c in entry[1])
            and type(entry[2]) is int and type(entry[3]) is dict and type(entry[4]) is tuple)


def _read() -> dict[Key, Entry]:
    path = cache_file()
    if path is None:
        return {}
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if type(data) is not dict or data.get("version") != _version():
        return {}
    entries = data.get("entries")
    return entries if type(entries) is dict else {}


def _stored(key: Key) -> Any:
    """The entry kept for `key` (the file is read on first use), or None."""
    global _entries
    with _lock:
        if _entries is None:
            _entries = _read()
        return _entries.get(key)


def _keep(key: Key, entry: Entry) -> None:
    """Keep a new entry, to be written when the process exits."""
    global _entries, _saving_registered
    with _lock:
        if _entries is None:
            _entries = _read()
        _entries[key] = _new[key] = entry
        if not _saving_registered:
            atexit.register(save)
            _saving_registered = True


def _compile(pattern: Any, flags: int = 0) -> Any:
    """`re._compiler.compile`, with the code of long pattern strings kept in the cache."""
    if (not (_always or _depth) or type(pattern) is not str or len(pattern) < MIN_LENGTH
            or not isinstance(flags, int) or flags & re.DEBUG or cache_file() is None):
        return _original(pattern, flags)
    flags = int(flags)  # also the flags of the regex module, which re reads as ints
    key = (pattern, flags)
    entry = _stored(key)
    if entry is None or not _valid(entry):
        # what re._compiler.compile does, its results kept
        parsed = _parser.parse(pattern, flags)
        code = [int(c) for c in _compiler._code(parsed, flags)]
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        entry = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex,
                 tuple(indexgroup))
        _keep(key, entry)
    final_flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, final_flags, code, groups, dict(groupindex), indexgroup)


# --- the regex module ---------------------------------------------------------------------
# `regex.compile` parses in Python too (`regex._main._compile`), then hands `_regex.compile`
# the pattern, its flags, its code (a list of ints) and group tables: kept the same way,
# under a key that also holds regex's version and its DEFAULT_VERSION.

_regex_original: list[Any] = []  # regex._main._compile, as imported
_regex_live: dict[Key, Any] = {}  # compiled in this process


class _Capture:
    """Stands for the `_regex` extension module while `regex._main._compile` runs: keeps
    the arguments of its `compile` call."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.args: tuple[Any, ...] | None = None

    def compile(self, *args: Any) -> Any:
        self.args = args
        return self.real.compile(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


def _plain_data(value: Any) -> Any:
    """`value` with int subclasses (regex's flags) as ints, containers rebuilt; ValueError
    for anything marshal cannot write."""
    if value is None or type(value) in (bool, int, str, bytes, float):
        return value
    if isinstance(value, int):
        return int(value)
    if type(value) in (list, tuple):
        return type(value)(_plain_data(v) for v in value)
    if type(value) is dict:
        return {_plain_data(k): _plain_data(v) for k, v in value.items()}
    raise ValueError(f"not plain data: {type(value).__name__}")


def _valid_regex(entry: Any, pattern: str) -> bool:
    return (type(entry) is tuple and len(entry) == 11 and entry[0] == pattern
            and type(entry[2]) is list and all(type(c) is int for c in entry[2]))


def _regex_compile(pattern: Any, flags: Any, ignore_unused: Any, kwargs: Any, cache_it: Any) -> Any:
    """`regex._main._compile`, with the code of long pattern strings kept in the cache."""
    original = _regex_original[0]
    if (type(pattern) is not str or len(pattern) < MIN_LENGTH or not (_always or _depth)
            or kwargs or not cache_it or not isinstance(flags, int)):
        return original(pattern, flags, ignore_unused, kwargs, cache_it)
    import regex
    from regex import _main

    if flags & (regex.DEBUG | regex.LOCALE) or cache_file() is None:
        return original(pattern, flags, ignore_unused, kwargs, cache_it)
    key = ("regex", regex.__version__, int(regex.DEFAULT_VERSION), pattern, int(flags))
    live = _regex_live.get(key)
    if live is not None:
        return live
    entry = _stored(key)
    if entry is not None and _valid_regex(entry, pattern):
        compiled = _main._regex.compile(*entry)
    else:
        with _regex_lock:
            capture = _Capture(_main._regex)
            _main._regex = capture
            try:
                compiled = original(pattern, flags, ignore_unused, kwargs, cache_it)
            finally:
                _main._regex = capture.real
        try:
            if capture.args is not None and capture.args[0] is pattern:
                _keep(key, _plain_data(capture.args))  # ValueError: not plain data, not kept
        except ValueError:
            pass
    _regex_live[key] = compiled
    return compiled


_regex_lock = threading.RLock()


def _hook() -> None:
    if _compiler.compile is not _compile:
        _compiler.compile = _compile
    from regex import _main

    if _main._compile is not _regex_compile:
        if not _regex_original:
            _regex_original.append(_main._compile)
        _main._compile = _regex_compile


def install() -> None:
    """Compile long patterns through the cache from now on, in this whole process."""
    global _always
    _always = True
    _hook()


@contextmanager
def active() -> Iterator[None]:
    """Compile long patterns through the cache inside (and everywhere once `install()`ed)."""
    global _depth
    _hook()
    with _lock:
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1


def forget() -> None:
    """Drop what was read from the file and what is waiting to be written (the next long
    pattern reads the file again)."""
    global _entries
    with _lock:
        _entries = None
        _new.clear()
        _regex_live.clear()


def save() -> None:
    """Write what was compiled since the file was read, merged with the file (at exit)."""
    path = cache_file()
    with _lock:
        new = dict(_new)
        _new.clear()
    if path is None or not new:
        return
    entries = _read()
    entries.update(new)
    if len(entries) > MAX_ENTRIES:  # keep the newest
        entries = dict(list(entries.items())[-MAX_ENTRIES:])
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(marshal.dumps({"version": _version(), "entries": entries}))
        os.replace(tmp, path)
    except (OSError, ValueError):
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
