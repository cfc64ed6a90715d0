"""Where and how factx keeps what it computes once per machine: compact copies of a
model's big tables (`factx.fastload.compact`: the lemmatizer's look-up tables and the vectors'
key index) and compiled regular expressions (`factx.fastload.recache`).

Folder: `$FACTX_CACHE_DIR`, else `$XDG_CACHE_HOME/factx`, else `~/.cache/factx`;
`FACTX_CACHE_DIR=` (empty) turns caching off. Everything in it can be deleted at any time.

A table file is named after what it was made from (the model file's path, size and
modification time, the spaCy version, factx's format version, the kind of table), which
its header holds again and which is checked on reading: a file made from anything else is
never used. It is a small JSON header followed by flat arrays, mapped (not read) when
loaded. Files are written to a temporary name and renamed into place, so that parallel
processes never read half a file.
"""

from __future__ import annotations

import hashlib
import json
import mmap
import os
import struct
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

FORMAT = 1
MAGIC = b"FACTXTB\x01"
_HEADER = struct.Struct("<8sI")  # magic, header length
# a smaller model file is read in a few milliseconds: not worth a copy
MIN_SOURCE_BYTES = 1 << 20


def cache_dir() -> Path | None:
    """The cache folder, or None when `FACTX_CACHE_DIR` is set empty (cache off) or there
    is no home folder to put it in."""
    env = os.environ.get("FACTX_CACHE_DIR")
    if env is not None:
        return Path(env).expanduser() if env.strip() else None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except (RuntimeError, KeyError, OSError):  # no home folder: no cache
            return None
    return Path(base) / "factx"


def fingerprint(source: Path, kind: str) -> dict[str, Any]:
    import spacy.about

    stat = source.stat()
    return {"format": FORMAT, "kind": kind, "spacy": spacy.about.__version__,
            "source": str(source.resolve()), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}


def table_path(source: Path, kind: str) -> Path | None:
    """Where the compact copy of `source` (a model file) of this kind lives; None when the
    cache is off or the file is too small to need one."""
    folder = cache_dir()
    if folder is None or source.stat().st_size < MIN_SOURCE_BYTES:
        return None
    key = json.dumps(fingerprint(source, kind), sort_keys=True)
    return folder / f"{kind}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:20]}.bin"


def _align(n: int) -> int:
    return -(-n // 8) * 8


def write_tables(source: Path, kind: str, header: dict[str, Any],
                 arrays: dict[str, np.ndarray]) -> Path | None:
    """Write `header` (JSON) and `arrays` as the copy of `source`; the file, or None
    (cache off, folder not writable...)."""
    import numpy as np

    try:
        target = table_path(source, kind)
        if target is None:
            return None
        layout: dict[str, list[Any]] = {}
        offset = 0
        for name, array in arrays.items():
            offset = _align(offset)
            layout[name] = [array.dtype.str, offset, int(array.size)]
            offset += array.nbytes
        head = json.dumps({"fingerprint": fingerprint(source, kind), "arrays": layout, **header},
                          ensure_ascii=False).encode("utf-8")
        start = _align(_HEADER.size + len(head))
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=target.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(_HEADER.pack(MAGIC, len(head)) + head)
                for name, array in arrays.items():
                    out.write(b"\0" * (start + layout[name][1] - out.tell()))
                    out.write(np.ascontiguousarray(array).tobytes())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return target
    except (OSError, ValueError, TypeError, OverflowError):
        return None


def read_tables(source: Path, kind: str) -> tuple[dict[str, Any], dict[str, np.ndarray]] | None:
    """(header, arrays) of the copy of `source`, the arrays mapped from the file; None when
    there is none, or it was made from something else, or it cannot be read."""
    import numpy as np

    try:
        path = table_path(source, kind)
        if path is None or not path.is_file():
            return None
        with path.open("rb") as handle:
            data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        magic, size = _HEADER.unpack_from(data, 0)
        if magic != MAGIC:
            return None
        header = json.loads(bytes(data[_HEADER.size:_HEADER.size + size]).decode("utf-8"))
        if header.get("fingerprint") != fingerprint(source, kind):
            return None
        start = _align(_HEADER.size + size)
        arrays = {name: np.frombuffer(data, dtype=np.dtype(dtype), count=count, offset=start + offset)
                  for name, (dtype, offset, count) in header["arrays"].items()}
        return header, arrays
    except (OSError, ValueError, KeyError, TypeError, struct.error):
        return None
