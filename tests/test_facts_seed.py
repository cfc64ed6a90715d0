"""The seed article's roles, quote and acronym, exactly as in ../shared/seed/expected.json
(both read at run time; nothing of the seed is copied here)."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from factx.resolve.names import fold

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = ROOT.parent / "shared" / "seed" / "expected.json"


def _key(s: str | None) -> str:
    return fold(unicodedata.normalize("NFKC", s or "").replace("\u2019", "'"))


@pytest.fixture(scope="module")
def seed(extract: Callable[..., dict], seed_text: str) -> tuple[dict, dict, str]:
    gold = json.loads(EXPECTED.read_text(encoding="utf-8"))
    return gold, extract(seed_text), seed_text


def _forms(ent: dict) -> set[str]:
    return {_key(ent["name"]), *(_key(m["text"]) for m in ent["mentions"]),
            *(_key(a) for a in ent.get("aliases", []))}


def test_seed_roles_exactly(seed: tuple[dict, dict, str]) -> None:
    gold, out, _ = seed
    ents = {e["id"]: e for e in out["entities"]}
    got: list[tuple[str, str, dict | None]] = []
    for f in out["facts"]:
        if f["type"] != "role":
            continue
        person = ents[f["person"]]["name"]
        got.append((_key(person), _key(f["role"]), ents.get(f["of"])))
    assert len({(p, r) for p, r, _ in got}) == len(got) == len(gold["roles"])
    for g in gold["roles"]:
        match = [x for x in got if x[0] == _key(g["person"]) and x[1] == _key(g["role"])]
        assert match, g
        of = match[0][2]
        gold_of = {_key(g["of"])} | {_key(a) for o in gold["organizations"] if o["name"] == g["of"]
                                     for a in o["aliases"]}
        assert of is not None and gold_of & _forms(of), g  # score.py's rule: one shared form


def test_seed_roles_are_entities_and_evidence_is_text(seed: tuple[dict, dict, str]) -> None:
    _, out, text = seed
    role_names = {_key(e["name"]) for e in out["entities"] if e["type"] == "role"}
    for f in out["facts"]:
        if f["type"] == "role":
            ev = f["evidence"]
            assert text[ev["start"] : ev["end"]] == ev["text"]
            if f["role"] != "présidente":  # derived from "à la présidence": no title of its own
                assert _key(f["role"]) in role_names


def test_seed_quote(seed: tuple[dict, dict, str]) -> None:
    gold, out, text = seed
    ents = {e["id"]: e for e in out["entities"]}
    quotes = [f for f in out["facts"] if f["type"] == "quote"]
    assert len(quotes) == len(gold["quotes"])
    for g, q in zip(gold["quotes"], quotes, strict=True):
        assert q["text"].startswith(g["starts"])
        assert ents[q["speaker"]]["name"] == g["speaker"]
        assert text[q["start"] : q["end"]] == q["text"]
        assert q["verb"]


def test_seed_acronym(seed: tuple[dict, dict, str]) -> None:
    gold, out, _ = seed
    orgs = [e for e in out["entities"] if e["type"] == "organization"]
    for g in gold["organizations"]:
        acronyms = [a for a in g["aliases"] if a.isupper() and " " not in a]
        if not acronyms:
            continue
        ent = next(e for e in orgs if _key(e["name"]) == _key(g["name"]))
        assert ent["aliases"] == acronyms
        assert sum(m["text"] == acronyms[0] for m in ent["mentions"]) >= 2
        assert not [e for e in orgs if e is not ent and _key(e["name"]) == _key(acronyms[0])]
