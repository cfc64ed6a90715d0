"""The date layer inside the full pipeline: candidates become `date` entities with
kind/value/mod in a fixed order, anchored on the dateline, --ref-date, or nothing."""

from __future__ import annotations

from collections.abc import Callable


def dates(result: dict) -> list[tuple[str, str, str | None]]:
    return [(e["name"], e["kind"], e["value"]) for e in result["entities"] if e["type"] == "date"]


def test_dateline_anchors_relative_dates(extract: Callable[..., dict]) -> None:
    text = "Lyon, le 3 mars 2021 – Le maire a annoncé hier qu'il se représentera l'an prochain."
    assert dates(extract(text)) == [
        ("le 3 mars 2021", "date", "2021-03-03"),
        ("hier", "date", "2021-03-02"),
        ("l'an prochain", "date", "2022"),
    ]


def test_ref_date_option_anchors_when_the_text_has_no_date(extract: Callable[..., dict]) -> None:
    text = "Le conseil municipal a voté hier le budget de la ville."
    assert dates(extract(text, ref_date="2020-11-05")) == [("hier", "date", "2020-11-04")]


def test_no_anchor_keeps_text_without_value(extract: Callable[..., dict]) -> None:
    text = "Le conseil municipal a voté hier le budget, adopté en 2019 déjà."
    assert dates(extract(text)) == [("hier", "date", None), ("2019", "date", "2019")]


def test_entity_keys_in_fixed_order(extract: Callable[..., dict]) -> None:
    result = extract("Elle dirige le club depuis plus de 10 ans.", ref_date="2019-07")
    (ent,) = [e for e in result["entities"] if e["type"] == "date"]
    assert list(ent) == ["id", "type", "name", "kind", "value", "mod", "mentions"]
    assert (ent["value"], ent["mod"]) == ("P10Y", "more_than")


def test_durations_are_dates_ages_are_figures(extract: Callable[..., dict]) -> None:
    text = "Paul Martin, 61 ans, dirige l'usine depuis dix ans."
    result = extract(text, ref_date="2019-07-01")
    assert dates(result) == [("depuis dix ans", "duration", "P10Y")]
    assert "depuis dix ans" not in [e["name"] for e in result["entities"] if e["type"] == "figure"]


def test_seed_article_dates(extract: Callable[..., dict], seed_text: str) -> None:
    found = {(name, value) for name, _kind, value in dates(extract(seed_text))}
    assert {("Le 7 novembre dernier", "2018-11-07"), ("la semaine dernière", None),
            ("depuis plus de 10 ans", "P10Y")} <= found
