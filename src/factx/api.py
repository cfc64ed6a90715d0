"""The library API: extract one text, or stream many through `nlp.pipe`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from factx.components import base
from factx.normalize import normalize
from factx.pipeline import DEFAULT_MODEL, load_pipeline
from factx.resolve import build_result
from factx.types import DocumentInfo, Result


@dataclass(frozen=True)
class TextItem:
    """One text to extract from, with what is known of its document."""

    text: str
    doc_id: str = "text"
    path: str | None = None
    ref_date: str | None = None  # the --ref-date option: used when the text has no date
    encoding: str | None = None


def _make_doc(nlp, item: TextItem):  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(normalize(item.text))
    base.set_original_text(doc, item.text)
    base.set_ref_date_option(doc, item.ref_date)
    return doc


def _info(item: TextItem) -> DocumentInfo:
    return DocumentInfo(
        id=item.doc_id, path=item.path, length=len(item.text), encoding=item.encoding
    )


def extract_items(
    items: Iterable[TextItem], model: str = DEFAULT_MODEL, batch_size: int = 16
) -> Iterator[Result]:
    """Results in input order; texts are streamed through `nlp.pipe` in batches."""
    nlp = load_pipeline(model)
    pending: list[TextItem] = []

    def docs() -> Iterator:  # type: ignore[type-arg]
        for item in items:
            pending.append(item)
            yield _make_doc(nlp, item)

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        item = pending.pop(0)
        yield build_result(doc, _info(item))


def extract(text: str, ref_date: str | None = None, model: str = DEFAULT_MODEL) -> Result:
    """Entities and facts of one French text. `ref_date` (YYYY, YYYY-MM or YYYY-MM-DD)
    anchors relative dates when the text has no dateline of its own."""
    return next(extract_items([TextItem(text, ref_date=ref_date)], model=model))


def extract_many(
    texts: Iterable[str | TextItem], ref_date: str | None = None, model: str = DEFAULT_MODEL
) -> Iterator[Result]:
    """Results for many texts, in order, streamed (one model load, `nlp.pipe` batches)."""

    def items() -> Iterator[TextItem]:
        for i, t in enumerate(texts, 1):
            yield t if isinstance(t, TextItem) else TextItem(t, doc_id=f"text{i}", ref_date=ref_date)

    return extract_items(items(), model=model)
