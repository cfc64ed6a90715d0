"""Shared fixtures: one spaCy pipeline for the whole session, and ../shared when present."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

# factx's cache (the lemmatizer's tables, factx.lemmacache) goes to a folder of this
# session, not the user's ~/.cache; subprocesses (CLI tests) inherit it
if "FACTX_CACHE_DIR" not in os.environ:
    _cache = tempfile.mkdtemp(prefix="factx-test-cache-")
    os.environ["FACTX_CACHE_DIR"] = _cache
    atexit.register(shutil.rmtree, _cache, True)

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "commerce-international-quebec.txt"
EVAL = SHARED / "eval-data"


Triple = tuple[str, str, str | None]  # a role fact as (person's name, role, the name of its `of`)


def role_triples(result: dict) -> set[Triple]:
    """The role facts of a factx/1 dict as (person, role, of) names."""
    ents = {e["id"]: e["name"] for e in result["entities"]}
    return {(ents[f["person"]], f["role"], ents.get(f.get("of"), f.get("of")) if f.get("of") else None)
            for f in result["facts"] if f["type"] == "role"}


def quote_speakers(result: dict) -> list[str | None]:
    """The speaker's name of each quote fact, in order (None for a quotation with no speaker)."""
    return [speaker for speaker, _ in speaker_quotes(result)]


def speaker_quotes(result: dict) -> list[tuple[str | None, str]]:
    """(speaker's name or None, the quotation's text) of each quote fact, in order."""
    names = {e["id"]: e["name"] for e in result["entities"]}
    return [(names.get(f.get("speaker")) if f.get("speaker") else None, f["text"])
            for f in result["facts"] if f["type"] == "quote"]


def entity_names(result: dict, kind: str) -> set[str]:
    """The names of the entities of one type in a factx/1 dict."""
    return {e["name"] for e in result["entities"] if e["type"] == kind}


def types_of_bare_name(result: dict, name: str) -> set[str]:
    """The types of the entities whose name, without a leading capitalised article, is `name`."""
    out = set()
    for e in result["entities"]:
        n = e["name"]
        for art in ("Le ", "La ", "Les ", "L'", "L\u2019"):
            if n.startswith(art):
                n = n[len(art):]
        if n == name:
            out.add(e["type"])
    return out


def held_of(roles: set[Triple], person: str, title: str) -> list[str | None]:
    """The `of` of every role of `person` whose title starts with `title`."""
    return [of for p, r, of in roles if p == person and r.startswith(title)]


def mentions_by_name(result: dict, kind: str) -> dict[str, set[str]]:
    """The entities of one type in a factx/1 dict: name -> the texts of its mentions."""
    return {e["name"]: {m["text"] for m in e["mentions"]} for e in result["entities"] if e["type"] == kind}


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The full factx pipeline (fr_core_news_md + factx components), loaded once."""
    from factx.pipeline import load_pipeline

    return load_pipeline("fr_core_news_md")


@pytest.fixture(scope="session")
def extract(nlp) -> Callable[..., dict]:  # type: ignore[no-untyped-def]
    """extract(text, ref_date=None) -> the factx/1 dict, on the shared pipeline."""
    from factx.api import extract as _extract

    def run(text: str, ref_date: str | None = None) -> dict:
        return _extract(text, ref_date=ref_date).to_dict()

    return run


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("../shared/seed is not beside this checkout (it is in CI); seed tests skipped")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    if not EVAL.exists():
        pytest.skip("../shared/eval-data is not beside this checkout (it is in CI)")
    return EVAL
