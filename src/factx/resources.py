"""Where factx's own rule models (lexicons, patterns) live, and loading them once."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from factx.errors import PatternError


@cache
def models_dir() -> Path:
    """`factx/models` inside an installed wheel, else the checkout's top-level `models/`."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "models", here.parent.parent / "models"):
        if candidate.is_dir():
            return candidate
    raise PatternError("factx's models/ folder is missing from this installation")


@cache
def load_json(name: str) -> Any:
    """A JSON data file of models/, parsed once per process."""
    path = models_dir() / name
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise PatternError(f"cannot load {path}: {exc}") from exc


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """A one-entry-per-line lexicon of models/ (blank lines and # comments skipped)."""
    path = models_dir() / name
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PatternError(f"cannot load {path}: {exc}") from exc
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)
