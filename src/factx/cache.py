"""Where factx keeps what it computes once per machine: the lemmatizer's tables in compact
form (`factx.lemmacache`) and compiled regular expressions (`factx.recache`).

`$FACTX_CACHE_DIR`, else `$XDG_CACHE_HOME/factx`, else `~/.cache/factx`;
`FACTX_CACHE_DIR=` (empty) turns caching off. Everything in it can be deleted at any time.
"""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path | None:
    """The cache folder, or None when `FACTX_CACHE_DIR` is set empty (cache off)."""
    env = os.environ.get("FACTX_CACHE_DIR")
    if env is not None:
        return Path(env).expanduser() if env.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "factx"
