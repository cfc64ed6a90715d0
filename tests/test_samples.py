"""Golden tests on the project's own samples (French texts written for factx).

Two kinds of check:
- what a careful reader notes in each sample, written by hand below (people, document
  date, key dates, figures, roles and quotes), so a regression in any layer shows up
  with a readable message;
- the whole output, byte for byte, against `samples/expected/<stem>.json`, so that any
  change in the output is seen and reviewed. After a deliberate change, regenerate with
  `FACTX_UPDATE_GOLDEN=1 pytest tests/test_samples.py` and review the diff.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import SAMPLES

SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))
EXPECTED = SAMPLES / "expected"


def _ents(doc: dict, etype: str) -> list[dict]:
    return [e for e in doc["entities"] if e["type"] == etype]


def _people(doc: dict) -> dict[str, set[str]]:
    return {e["name"]: {m["text"] for m in e["mentions"]} for e in _ents(doc, "person")}


def _date(doc: dict, text: str) -> dict:
    found = [e for e in _ents(doc, "date") if text in e["name"]]
    assert found, f"no date entity for {text!r}: {[e['name'] for e in _ents(doc, 'date')]}"
    return found[0]


def _spaces(s: str) -> str:
    return s.replace("\u202f", " ").replace("\xa0", " ")


def _figure(doc: dict, text: str) -> dict:
    found = [e for e in _ents(doc, "figure") if _spaces(text) in _spaces(e["name"])]
    assert found, f"no figure entity for {text!r}: {[e['name'] for e in _ents(doc, 'figure')]}"
    return found[0]


def _roles(doc: dict) -> set[tuple[str, str]]:
    names = {e["id"]: e["name"] for e in doc["entities"]}
    roles = [f for f in doc["facts"] if f["type"] == "role"]
    return {(names[f["person"]], f["role"].replace("\u2019", "'")) for f in roles}


def _quotes(doc: dict) -> list[tuple[str, str]]:
    names = {e["id"]: e["name"] for e in doc["entities"]}
    return [(names.get(f["speaker"], "?"), f["text"]) for f in doc["facts"] if f["type"] == "quote"]


@pytest.fixture(scope="module")
def outputs(extract: Callable[..., dict]) -> dict[str, dict]:
    return {p.stem: extract(p.read_text(encoding="utf-8")) for p in SAMPLE_FILES}


def test_samples_exist() -> None:
    assert len(SAMPLE_FILES) >= 3


def test_quebec_exportations(outputs: dict[str, dict]) -> None:
    doc = outputs["quebec-exportations"]
    assert doc["document"]["ref_date"] == "2023-05"
    people = _people(doc)
    assert people["Julien Ouellet"] == {"Julien Ouellet", "M.\xa0Ouellet"}
    assert people["Sophie Lapointe"] == {"Sophie Lapointe", "Mme Lapointe"}
    assert _date(doc, "30 juin prochain")["value"] == "2023-06-30"
    assert _date(doc, "depuis six ans")["value"] == "P6Y"
    fig = _figure(doc, "240")
    assert (fig["value"], fig["qualifier"], fig["unit"]) == (240, "more_than", "membres")
    fig = _figure(doc, "1\u202f150")
    assert (fig["value"], fig["qualifier"], fig["unit"]) == (1150, "approx", "entreprises")
    fig = _figure(doc, "une centaine")
    assert (fig["value"], fig["qualifier"]) == (100, "approx")
    assert _figure(doc, "12")["kind"] == "percent"
    roles = _roles(doc)
    assert ("Sophie Lapointe", "directrice générale") in roles
    assert ("Julien Ouellet", "directeur des ventes") in roles
    quotes = _quotes(doc)
    assert [q[0] for q in quotes] == ["Julien Ouellet"]
    assert quotes[0][1].startswith("Nos entreprises ont montré")


def test_paris_transports(outputs: dict[str, dict]) -> None:
    doc = outputs["paris-transports"]
    assert doc["document"]["ref_date"] == "2024-03-14"
    people = _people(doc)
    assert people["Jean Castex"] == {"Jean Castex", "M.\xa0Castex"}
    assert "Agnès Pannier-Runacher" in people
    orgs = {e["name"]: e for e in _ents(doc, "organization")}
    ratp = [e for e in orgs.values() if "RATP" in {e["name"], *e.get("aliases", [])}]
    assert ratp
    assert "Régie autonome des transports parisiens" in {ratp[0]["name"], *ratp[0].get("aliases", [])}
    assert _date(doc, "l’an dernier")["value"] == "2023"
    fig = _figure(doc, "600 millions")
    assert (fig["value"], fig["qualifier"], fig["kind"]) == (600_000_000, "approx", "money")
    fig = _figure(doc, "45 rames")
    assert (fig["value"], fig["unit"]) == (45, "rames")
    assert ("Agnès Pannier-Runacher", "ministre de la Transition énergétique") in _roles(doc) or any(
        p == "Agnès Pannier-Runacher" and r.startswith("ministre") for p, r in _roles(doc)
    )
    quotes = _quotes(doc)
    assert ("Jean Castex", quotes[0][1]) in quotes and quotes[0][1].startswith("Cette commande permettra")


def test_lyon_festival(outputs: dict[str, dict]) -> None:
    doc = outputs["lyon-festival"]
    assert doc["document"]["ref_date"] == "2022-06-22"
    people = _people(doc)
    assert people["Claire Morel"] == {"Claire Morel", "Mme Morel"}
    assert _date(doc, "du 8 au 11 septembre")["value"] == "2022-09-08/2022-09-11"
    assert _date(doc, "hier")["value"] == "2022-06-21"
    assert _figure(doc, "deux cents")["value"] == 200
    fig = _figure(doc, "350 000")
    assert (fig["value"], fig["qualifier"], fig["unit"]) == (350_000, "approx", "visiteurs")
    assert _figure(doc, "1,8 million")["value"] == 1_800_000
    assert not [f for f in _ents(doc, "figure") if f["name"].startswith("12e")]  # an ordinal
    assert any(p == "Claire Morel" and r.startswith("adjointe au maire") for p, r in _roles(doc))
    assert [q[0] for q in _quotes(doc)] == ["Claire Morel"]


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.stem)
def test_golden_output_byte_for_byte(path: Path, monkeypatch: pytest.MonkeyPatch, nlp) -> None:  # type: ignore[no-untyped-def]
    """The CLI's JSON for each sample, exactly as reviewed in samples/expected/."""
    from typer.testing import CliRunner

    from factx.cli import app

    monkeypatch.chdir(SAMPLES.parent)
    result = CliRunner().invoke(app, ["extract", str(path.relative_to(SAMPLES.parent)), "--format", "json"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    golden = EXPECTED / f"{path.stem}.json"
    if os.environ.get("FACTX_UPDATE_GOLDEN"):
        EXPECTED.mkdir(exist_ok=True)
        golden.write_text(result.stdout, encoding="utf-8")
    assert golden.exists(), f"no golden file {golden}: run FACTX_UPDATE_GOLDEN=1 pytest {__file__}"
    assert result.stdout == golden.read_text(encoding="utf-8")
