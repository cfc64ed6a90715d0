"""The Python API other programs use: factx.extract, factx.extract_many, Result.to_dict."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import factx
from factx.api import TextItem, process_chunk

TEXTS = [
    "Québec, le 2 février 2023 – Le premier ministre, M. François Legault, a visité Trois-Rivières.\n",
    "Mme Sophie Brochu a quitté la présidence d’Hydro-Québec en 2023.\n",
    "Le club de Rimouski a gagné trois matchs de suite.\n",
]


def test_extract_one_text(nlp) -> None:  # type: ignore[no-untyped-def]
    result = factx.extract(TEXTS[0])
    assert isinstance(result, factx.Result) and result.ok
    data = result.to_dict()
    assert list(data) == ["schema", "document", "entities", "facts"] and data["schema"] == factx.SCHEMA
    assert data["document"]["ref_date"] == "2023-02-02"
    assert "François Legault" in [e["name"] for e in data["entities"] if e["type"] == "person"]
    dated = factx.extract(TEXTS[2], ref_date="2021-05-01").to_dict()
    assert (dated["document"]["ref_date"], dated["document"]["ref_date_source"]) == ("2021-05-01", "option")


def test_extract_many_streams_in_order(nlp) -> None:  # type: ignore[no-untyped-def]
    pulled: list[int] = []

    def texts() -> Iterator[str]:
        for i, t in enumerate(TEXTS * 20):
            pulled.append(i)
            yield t

    results = factx.extract_many(texts(), batch_size=4)
    assert pulled == []  # lazy: nothing read before the first result is asked for
    first = next(results)
    assert first.document.id == "text1" and len(pulled) < 60  # one batch ahead, not the whole input
    rest = list(results)
    assert [r.document.id for r in rest][:2] == ["text2", "text3"] and len(rest) == 59
    single = [factx.extract(t).to_dict()["entities"] for t in TEXTS]
    assert [r.to_dict()["entities"] for r in [first, *rest[:2]]] == single


def test_text_items_keep_their_names(nlp) -> None:  # type: ignore[no-untyped-def]
    items = [TextItem(TEXTS[1], doc_id="brochu", path="a/brochu.txt", sha256="0" * 64)]
    (result,) = factx.extract_many(items)
    assert result.document.id == "brochu" and result.document.path == "a/brochu.txt"


def test_process_chunk_isolates_a_failing_text(nlp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import factx.api

    real = factx.api.build_result

    def flaky(doc, info):  # type: ignore[no-untyped-def]
        if "Rimouski" in doc.text:
            raise ValueError("boom")
        return real(doc, info)

    monkeypatch.setattr(factx.api, "build_result", flaky)
    items = [TextItem(t, doc_id=f"t{i}", sha256=f"{i}" * 64) for i, t in enumerate(TEXTS)]
    records = process_chunk(items)
    assert [r["document"]["id"] for r in records] == ["t0", "t1", "t2"]
    assert records[0]["document"]["sha256"] == "0" * 64 and "entities" in records[1]
    assert records[2] == {"schema": "factx/1", "document": {"id": "t2", "path": None},
                          "error": "t2: extraction failed (ValueError: boom)"}
