"""Temporary patches of other modules' attributes, safe when loads overlap in threads."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

lock = threading.RLock()  # tokenmatch.install() and the patches of loading
_patches: dict[tuple[int, str], list[Any]] = {}  # (owner, name) -> [original, users]


@contextmanager
def patched(owner: Any, name: str, value: Any) -> Iterator[None]:
    """`owner.name = value` while any caller is inside (loads may overlap in threads: the
    first one in patches, the last one out restores)."""
    key = (id(owner), name)
    with lock:
        if key not in _patches:
            _patches[key] = [owner.__dict__[name], 0]
            setattr(owner, name, value)
        _patches[key][1] += 1
    try:
        yield
    finally:
        with lock:
            _patches[key][1] -= 1
            if _patches[key][1] == 0:
                setattr(owner, name, _patches.pop(key)[0])
