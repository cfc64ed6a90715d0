"""Other facts: an event with its date and place, a figure with what it is about."""

from __future__ import annotations

from collections.abc import Callable

import pytest


def facts(out: dict, kind: str) -> list[dict]:
    ents = {e["id"]: e for e in out["entities"]}
    rows = []
    for f in out["facts"]:
        if f["type"] == kind:
            rows.append({k: ents[v]["name"] if isinstance(v, str) and v in ents else v
                         for k, v in f.items()})
    return rows


@pytest.mark.parametrize(("text", "name", "date", "place"), [
    ("Le sommet s'est tenu le 3 mars 2021 à Genève en présence de vingt chefs d'État.",
     "sommet", "le 3 mars 2021", "Genève"),
    ("Le Festival international de jazz a commencé hier soir à Montréal.",
     "Festival international de jazz", "hier soir", "Montréal"),
])
def test_event_with_date_and_place(extract: Callable[..., dict], text: str, name: str, date: str,
                                   place: str) -> None:
    out = extract(text)
    dates = [e for e in out["entities"] if e["type"] == "date"]
    if not dates:
        pytest.skip("no date layer in this checkout")
    got = facts(out, "event")
    assert len(got) == 1, got
    assert got[0]["name"] == name and got[0]["date"] == date and got[0]["place"] == place
    ev = next(f for f in out["facts"] if f["type"] == "event")["evidence"]
    assert text[ev["start"] : ev["end"]] == ev["text"]


def test_no_event_without_a_date(extract: Callable[..., dict]) -> None:
    assert facts(extract("Le sommet de Genève a réuni vingt chefs d'État."), "event") == []


def test_figure_with_its_subject(extract: Callable[..., dict]) -> None:
    text = "La Banque alimentaire de Laval a distribué plus de 12 000 repas aux familles."
    out = extract(text)
    if not [e for e in out["entities"] if e["type"] == "figure"]:
        pytest.skip("no figure layer in this checkout")
    got = facts(out, "figure")
    assert len(got) == 1
    assert got[0]["subject"] == "Banque alimentaire de Laval"
    assert "12 000" in got[0]["figure"] and got[0]["verb"] == "distribué"


def test_figure_subject_through_an_anaphor(extract: Callable[..., dict]) -> None:
    text = ("Les clubs de la Fédération québécoise de soccer ont recruté des bénévoles. "
            "Ces derniers ont encadré 4 500 enfants.")
    out = extract(text)
    if not [e for e in out["entities"] if e["type"] == "figure"]:
        pytest.skip("no figure layer in this checkout")
    got = facts(out, "figure")
    assert [g["subject"] for g in got] == ["Fédération québécoise de soccer"]
    assert got[0]["evidence"]["text"].startswith("Ces derniers")
