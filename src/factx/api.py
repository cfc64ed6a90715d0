"""The library API: extract one text, or stream many through `nlp.pipe`.

    import factx
    result = factx.extract("Lyon, le 2 mai 2023 – ...")          # -> Result
    for result in factx.extract_many(texts):                      # -> Iterator[Result]
        print(result.to_dict())

`extract_many` streams: it holds one `nlp.pipe` batch at a time, whatever the length of
the iterable. For several processes or a Dask cluster, see `factx.batch` and
`factx.distributed` (docs/batch.md).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import groupby
from typing import Any

from factx import pieces
from factx.components import base
from factx.normalize import normalize
from factx.pipeline import DEFAULT_MODEL, load_pipeline
from factx.resolve import build_result
from factx.types import DocumentInfo, Result, TextItem, record


def _make_doc(nlp, item: TextItem):  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(normalize(item.text))
    base.set_original_text(doc, item.text)
    base.set_ref_date_option(doc, item.ref_date)
    base.set_ref_date_metadata(doc, item.doc_date)
    if item.piece_date is not None:
        base.fix_ref_date(doc, *item.piece_date)
    return doc


def _info(item: TextItem) -> DocumentInfo:
    return DocumentInfo(
        id=item.doc_id, path=item.path, length=len(item.text), encoding=item.encoding
    )


def extract_items(
    items: Iterable[TextItem], model: str = DEFAULT_MODEL, batch_size: int = 16,
    piece_chars: int | None = None, on_piece: Callable[[int, int], None] | None = None,
) -> Iterator[Result]:
    """Results in input order; texts are streamed through `nlp.pipe` in batches. A text
    longer than `piece_chars` (default `factx.pieces.PIECE_CHARS`) goes through in pieces,
    a few at a time, and comes out as one result; `on_piece(done, total)` follows them."""
    nlp = load_pipeline(model)

    def long(item: TextItem) -> bool:
        return item.piece is None and pieces.is_long(item.text, piece_chars)

    for is_long, run in groupby(items, key=long):
        if is_long:
            for item in run:
                yield _extract_long(nlp, item, piece_chars, on_piece)
        else:
            yield from _extract_short(nlp, run, batch_size)


def _extract_short(nlp, items: Iterable[TextItem], batch_size: int) -> Iterator[Result]:  # type: ignore[no-untyped-def]
    pending: deque[TextItem] = deque()

    def docs() -> Iterator:  # type: ignore[type-arg]
        for item in items:
            pending.append(item)
            yield _make_doc(nlp, item)

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        item = pending.popleft()
        yield build_result(doc, _info(item))


def _extract_long(nlp, item: TextItem, piece_chars: int | None,  # type: ignore[no-untyped-def]
                  on_piece: Callable[[int, int], None] | None) -> Result:
    spans, parts = pieces.piece_items(item, piece_chars)
    whole = pieces.Assembly(item, spans)
    docs = (_make_doc(nlp, part) for part in parts)
    for doc, part in zip(nlp.pipe(docs, batch_size=pieces.pipe_batch(piece_chars)), parts, strict=True):
        whole.add(build_result(doc, _info(part)))
        if on_piece is not None:
            on_piece(whole.added, len(spans))
    return whole.finish()


def extract(text: str, ref_date: str | None = None, model: str = DEFAULT_MODEL) -> Result:
    """Entities and facts of one French text. `ref_date` (YYYY, YYYY-MM or YYYY-MM-DD)
    anchors relative dates when the text has no dateline of its own."""
    return next(extract_items([TextItem(text, ref_date=ref_date)], model=model))


def extract_many(
    texts: Iterable[str | TextItem], ref_date: str | None = None, model: str = DEFAULT_MODEL,
    batch_size: int = 16,
) -> Iterator[Result]:
    """Results for many texts, in order, streamed (one model load, `nlp.pipe` batches).
    Plain strings get the ids text1, text2, ...; pass `TextItem`s to name them."""

    def items() -> Iterator[TextItem]:
        for i, t in enumerate(texts, 1):
            yield t if isinstance(t, TextItem) else TextItem(t, doc_id=f"text{i}", ref_date=ref_date)

    return extract_items(items(), model=model, batch_size=batch_size)


# --- records: what the CLI writes, whatever the process that made them (factx.types.record) ---



def error_record(doc_id: str, path: str | None, message: str) -> dict[str, Any]:
    """The factx/1 record of a document that could not be read or extracted."""
    return Result(DocumentInfo(doc_id, path), error=message).to_dict()


def process_chunk(items: list[TextItem], model: str = DEFAULT_MODEL) -> list[dict[str, Any]]:
    """Records of a chunk of texts, in order, through one `nlp.pipe` call. If the chunk
    fails, each text is retried alone, so that one bad document becomes one error record
    and the others still get their results. Runs in any process (local worker, Dask)."""
    load_pipeline(model)  # a ModelError is the run's error, not the documents'
    try:
        results = list(extract_items(items, model=model, batch_size=max(1, len(items))))
        return [record(r, it) for r, it in zip(results, items, strict=True)]
    except Exception:
        if len(items) == 1:
            return [_failed(items[0])]
    out = []
    for item in items:
        try:
            out.append(record(next(extract_items([item], model=model)), item))
        except Exception:
            out.append(_failed(item))
    return out


def _failed(item: TextItem) -> dict[str, Any]:
    import sys

    exc = sys.exc_info()[1]
    reason = f"{type(exc).__name__}: {exc}" if exc is not None else "unknown error"
    label = item.path or item.doc_id
    return error_record(item.doc_id, item.path, f"{label}: extraction failed ({reason[:300]})")
