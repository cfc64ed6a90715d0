"""Inputs -> documents: files, folders (sorted, recursive), "-" for stdin; decoding.

A `Source` is read lazily, so a batch over a large folder holds one text at a time.
Reading failures are `InputError`s with a message fit for a user.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from factx.errors import InputError

DEFAULT_GLOB = "*.txt"
# bytes that cp1252 leaves undefined: a text holding them is latin-1 (or not text)
_CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


@dataclass(frozen=True)
class Source:
    """One document to read: a file path, or standard input."""

    path: Path | None  # None for stdin
    label: str  # the path as given (or found in a folder), "-" for stdin

    @property
    def doc_id(self) -> str:
        return "stdin" if self.path is None else self.path.stem

    @property
    def display_path(self) -> str | None:
        return None if self.path is None else self.label


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Bytes -> (text, encoding). UTF-8 (with or without BOM), else cp1252, else latin-1.

    Raises InputError for a binary file or an empty text.
    """
    if not data.strip():
        raise InputError(f"{name}: empty file" if data == b"" else f"{name}: no text (only white space)")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary file (NUL bytes), not a text")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        if any(b in _CP1252_UNDEFINED for b in data):
            text, encoding = data.decode("latin-1"), "latin-1"
        else:
            text, encoding = data.decode("cp1252"), "cp1252"
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\t\n\r\f\v")
    if controls > max(2, len(text[:8192]) // 100):
        raise InputError(f"{name}: binary file (control bytes), not a text")
    return text, encoding


def read_source(source: Source) -> tuple[str, str]:
    """The decoded text of a source and the encoding used."""
    if source.path is None:
        data = sys.stdin.buffer.read()
        return decode(data, "stdin")
    try:
        data = source.path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(f"{source.label}: no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{source.label}: is a directory") from exc
    except PermissionError as exc:
        raise InputError(f"{source.label}: permission denied") from exc
    except OSError as exc:
        raise InputError(f"{source.label}: cannot read ({exc.strerror})") from exc
    return decode(data, source.label)


def _walk(folder: Path, pattern: str) -> list[Path]:
    return sorted(p for p in folder.rglob(pattern) if p.is_file())


def expand(inputs: Iterable[str], pattern: str = DEFAULT_GLOB) -> list[Source]:
    """Paths as given on a command line -> sources, in order; folders walked sorted.

    Raises InputError for a path that does not exist or a folder with no matching file.
    """
    out: list[Source] = []
    for raw in inputs:
        if raw == "-":
            out.append(Source(None, "-"))
            continue
        path = Path(raw)
        if path.is_dir():
            found = _walk(path, pattern)
            if not found:
                raise InputError(f"{raw}: no {pattern} files in this folder")
            out.extend(Source(p, str(p)) for p in found)
        elif path.exists():
            out.append(Source(path, raw))
        else:
            raise InputError(f"{raw}: no such file or folder")
    return out


def iter_texts(sources: Iterable[Source]) -> Iterator[tuple[Source, str | None, str | None, str | None]]:
    """(source, text, encoding, error) for each source, reading one at a time."""
    for src in sources:
        try:
            text, enc = read_source(src)
        except InputError as exc:
            yield src, None, None, str(exc)
        else:
            yield src, text, enc, None
