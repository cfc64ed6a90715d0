"""The state factx components share on a Doc: the original text, the reference date,
and the candidates found so far. Kept in `doc.user_data` under `factx.*` keys."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from factx.types import Candidate

_CANDIDATES = "factx.candidates"
_TEXT = "factx.text"
_REF = "factx.ref_date"
_REF_SOURCE = "factx.ref_date_source"
_REF_OPTION = "factx.ref_date_option"
_REF_METADATA = "factx.ref_date_metadata"
_REF_FIXED = "factx.ref_date_fixed"


def add_candidates(doc: Doc, candidates: Iterable[Candidate]) -> None:
    doc.user_data.setdefault(_CANDIDATES, []).extend(candidates)


def set_candidates(doc: Doc, candidates: list[Candidate]) -> None:
    """Replace the candidates found so far (a layer that revises earlier ones)."""
    doc.user_data[_CANDIDATES] = list(candidates)


def get_candidates(doc: Doc, label: str | None = None) -> list[Candidate]:
    cands: list[Candidate] = doc.user_data.get(_CANDIDATES, [])
    return [c for c in cands if label is None or c.label == label]


def original_text(doc: Doc) -> str:
    """The input as read (before typography folding); same length as doc.text."""
    return doc.user_data.get(_TEXT) or doc.text  # doc.text is rebuilt on every access


def set_original_text(doc: Doc, text: str) -> None:
    doc.user_data[_TEXT] = text


def ref_date(doc: Doc) -> str | None:
    """The document date as ISO text at its own grain ("2019-07", "2012-06-22"), or None."""
    return doc.user_data.get(_REF)


def ref_date_source(doc: Doc) -> str | None:
    return doc.user_data.get(_REF_SOURCE)


def set_ref_date(doc: Doc, value: str | None, source: str | None) -> None:
    doc.user_data[_REF] = value
    doc.user_data[_REF_SOURCE] = source if value else None


def fix_ref_date(doc: Doc, value: str | None, source: str | None) -> None:
    """The date of the whole document, for a piece of a long text: not read again."""
    set_ref_date(doc, value, source)
    doc.user_data[_REF_FIXED] = True


def ref_date_fixed(doc: Doc) -> bool:
    return bool(doc.user_data.get(_REF_FIXED))


def ref_date_option(doc: Doc) -> str | None:
    """The --ref-date given by the user, used when the text states no date."""
    return doc.user_data.get(_REF_OPTION)


def set_ref_date_option(doc: Doc, value: str | None) -> None:
    doc.user_data[_REF_OPTION] = value


def ref_date_metadata(doc: Doc) -> str | None:
    """The date the file states outside its text (an HTML page's metadata), used when the
    text states none; before --ref-date."""
    return doc.user_data.get(_REF_METADATA)


def set_ref_date_metadata(doc: Doc, value: str | None) -> None:
    if value:
        doc.user_data[_REF_METADATA] = value


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end
