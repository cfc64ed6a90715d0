"""Output writers and input expansion, on hand-made records and files: no model needed."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

from factx.errors import InputError
from factx.export import ENTITY_COLUMNS, FACT_COLUMNS, make_writer
from factx.html import document_html, highlight
from factx.sources import (
    Source,
    check_inputs,
    html_text,
    iter_sources,
    list_entries,
    load,
    markdown_text,
    split_patterns,
)

TEXT = "Mme Hélène Gagnon préside l’Union des producteurs depuis 2019. Mme Gagnon <b>parle</b>."
RECORD: dict[str, Any] = {
    "schema": "factx/1",
    "document": {"id": "gagnon", "path": "corpus/gagnon.txt", "ref_date": None, "ref_date_source": None,
                 "language": "fr", "length": len(TEXT), "encoding": "utf-8", "sha256": "ab" * 32},
    "entities": [
        {"id": "p1", "type": "person", "name": "Hélène Gagnon", "civility": "Mme",
         "mentions": [{"text": "Mme Hélène Gagnon", "start": 0, "end": 17},
                      {"text": "Mme Gagnon", "start": 63, "end": 73}]},
        {"id": "o1", "type": "organization", "name": "Union des producteurs",
         "mentions": [{"text": "Union des producteurs", "start": 28, "end": 49}]},
        {"id": "d1", "type": "date", "name": "2019", "value": "2019",
         "mentions": [{"text": "2019", "start": 57, "end": 61}]},
    ],
    "facts": [{"type": "role", "person": "p1", "role": "présidente", "of": "o1"}],
}
ERROR = {"schema": "factx/1", "document": {"id": "vide", "path": "corpus/vide.txt"},
         "error": "corpus/vide.txt: empty file"}


def _render(fmt: str, records: list[dict[str, Any]], **kw: Any) -> list[str]:
    units: list[str] = []
    writer = make_writer(fmt, units.append, many=len(records) > 1, **kw)
    writer.begin()
    for r in records:
        writer.write(r, TEXT if "error" not in r else None)
    writer.end()
    return units


def test_offsets_of_the_example_record_are_right() -> None:
    for ent in RECORD["entities"]:
        for m in ent["mentions"]:
            assert TEXT[m["start"]:m["end"]] == m["text"]


def test_jsonl_is_one_whole_line_per_record() -> None:
    units = _render("jsonl", [RECORD, ERROR])
    assert len(units) == 2 and all(u.endswith("\n") and u.count("\n") == 1 for u in units)
    assert [json.loads(u) for u in units] == [RECORD, ERROR]


def test_json_is_an_object_for_one_document_and_an_array_for_several() -> None:
    assert json.loads("".join(_render("json", [RECORD]))) == RECORD
    assert json.loads("".join(_render("json", [RECORD, ERROR]))) == [RECORD, ERROR]
    assert "Hélène" in "".join(_render("json", [RECORD]))  # not \u-escaped


def test_csv_entities_one_row_per_mention() -> None:
    rows = list(csv.DictReader(io.StringIO("".join(_render("csv", [RECORD, ERROR])))))
    assert list(rows[0]) == ENTITY_COLUMNS
    assert [(r["entity_id"], r["mention"]) for r in rows[:4]] == [
        ("p1", "Mme Hélène Gagnon"), ("p1", "Mme Gagnon"), ("o1", "Union des producteurs"), ("d1", "2019")]
    for r in rows[:4]:
        assert TEXT[int(r["start"]):int(r["end"])] == r["mention"]
        assert (r["doc_id"], r["path"]) == ("gagnon", "corpus/gagnon.txt")
    assert rows[0]["attributes"] == '{"civility":"Mme"}' and rows[3]["value"] == "2019"
    assert rows[4]["doc_id"] == "vide" and rows[4]["error"] == "corpus/vide.txt: empty file"


def test_csv_facts_one_row_per_fact() -> None:
    rows = list(csv.DictReader(io.StringIO("".join(_render("csv", [RECORD], csv_table="facts")))))
    assert list(rows[0]) == FACT_COLUMNS and len(rows) == 1
    assert rows[0]["type"] == "role" and rows[0]["fact"] == "1"
    assert json.loads(rows[0]["fields"]) == {"person": "p1", "role": "présidente", "of": "o1"}
    assert rows[0]["entities"] == "p1=Hélène Gagnon; o1=Union des producteurs"


def test_html_highlights_and_escapes() -> None:
    marked = highlight(TEXT, RECORD["entities"], "d1")
    assert marked.count("<mark ") == 4
    assert 'class="t-person" data-id="p1"' in marked and 'title="p1 · person · Hélène Gagnon"' in marked
    assert "&lt;b&gt;parle&lt;/b&gt;" in marked and "<b>" not in marked
    page = "".join(_render("html", [RECORD, ERROR]))
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "http" not in page.replace("http-equiv", "")  # no external asset
    assert 'id="d1-p1"' in page and 'href="#d1-o1"' in page  # the fact links to its entities
    assert "2 document(s), 1 not extracted" in page
    assert '<li><a href="#d1">gagnon</a> <span class="count">3 entities, 1 facts</span></li>' in page
    assert '<li class="failed"><a href="#d2">vide</a>' in page  # the index, drawn on top by CSS
    assert "<nav" not in "".join(_render("html", [RECORD]))  # no index for one document
    assert "Not extracted: corpus/vide.txt: empty file" in document_html(ERROR, None, 2)


def test_overlapping_mentions_are_highlighted_once() -> None:
    ents = [{"id": "p1", "type": "person", "name": "A",
             "mentions": [{"text": "Hélène Gagnon", "start": 4, "end": 17}]},
            {"id": "m1", "type": "misc", "name": "B",
             "mentions": [{"text": "Gagnon", "start": 11, "end": 17}]}]
    assert highlight(TEXT, ents, "d1").count("<mark") == 1


def test_table_view_of_an_error_and_a_document() -> None:
    out = "".join(_render("table", [RECORD, ERROR]))
    assert "People (1)" in out and "Hélène Gagnon" in out and "vide" in out and "empty file" in out


# --- inputs ---------------------------------------------------------------------------

def test_markdown_markup_is_blanked_and_offsets_kept() -> None:
    md = "# Le budget\n\nLe **maire** de [Rimouski](https://example.org/r) a parlé.\n- un point\n"
    text = markdown_text(md)
    assert len(text) == len(md)
    assert "**" not in text and "](" not in text and "#" not in text and "https" not in text
    assert md.index("Rimouski") == text.index("Rimouski")
    assert " ".join(text.split()) == "Le budget Le maire de Rimouski a parlé. un point"


def test_html_text_drops_tags_scripts_and_decodes_entities() -> None:
    page = ("<html><head><title>Le budget</title><style>p {color: red}</style></head><body>"
            "<h1>Rimouski</h1><p>Le maire&nbsp;a parl&eacute;.<br>Fin.</p><script>alert(1)</script>"
            "<p>A &amp; B</p></body></html>")
    assert html_text(page) == "Le budget\n\nRimouski\n\nLe maire a parlé.\nFin.\n\nA & B\n"


def test_load_reads_each_kind_and_hashes_the_bytes(tmp_path: Path) -> None:
    import hashlib

    (tmp_path / "a.html").write_text("<p>Le maire de Québec</p>", encoding="utf-8")
    (tmp_path / "b.md").write_text("*Le maire* de Québec", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes("Le maire de Québec".encode("cp1252"))
    a, b, c = (load(Source(tmp_path / n, n)) for n in ("a.html", "b.md", "c.txt"))
    assert a.text == "Le maire de Québec\n" and b.text == " Le maire  de Québec" and c.encoding == "cp1252"
    assert c.sha256 == hashlib.sha256((tmp_path / "c.txt").read_bytes()).hexdigest()
    (tmp_path / "d.html").write_text("<script>x</script>", encoding="utf-8")
    with pytest.raises(InputError, match="no text in this HTML page"):
        load(Source(tmp_path / "d.html", "d.html"))


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    for rel in ("b.txt", "a/z.txt", "a/y.md", "a.txt", "c/d/e.html", "c/notes.csv"):
        p = tmp_path / "corpus" / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("Le maire parle.", encoding="utf-8")
    return tmp_path / "corpus"


def _rel(sources: Any, root: Path) -> list[str]:
    return [Path(s.label).relative_to(root).as_posix() for s in sources]


def test_folders_are_walked_sorted_and_recursive(tree: Path) -> None:
    assert _rel(iter_sources([str(tree)]), tree) == ["a/z.txt", "a.txt", "b.txt"]
    assert _rel(iter_sources([str(tree)], "*.{txt,md,html}"), tree) == [
        "a/y.md", "a/z.txt", "a.txt", "b.txt", "c/d/e.html"]
    assert _rel(iter_sources([str(tree)], ["*.md", "*.html"]), tree) == ["a/y.md", "c/d/e.html"]
    rglob = [p.relative_to(tree).as_posix() for p in sorted(tree.rglob("*.txt"))]
    assert rglob == ["a/z.txt", "a.txt", "b.txt"]  # the same order as before


def test_globs_and_lists(tree: Path, tmp_path: Path) -> None:
    assert _rel(iter_sources([f"{tree}/**/*.txt"]), tree) == ["a.txt", "a/z.txt", "b.txt"]
    listing = tmp_path / "paths.txt"
    listing.write_text(f"# a comment\n{tree}/b.txt\n\n{tree}/c\n{tree}/absent.txt\n", encoding="utf-8")
    assert list(list_entries(str(listing))) == [f"{tree}/b.txt", f"{tree}/c", f"{tree}/absent.txt"]
    got = _rel(iter_sources([], "*.html", from_list=str(listing)), tree)
    assert got == ["b.txt", "c/d/e.html", "absent.txt"]  # a missing entry fails later, in its place
    assert split_patterns("*.txt,*.md") == ["*.txt", "*.md"]


@pytest.mark.parametrize(("arg", "message"), [("absent.txt", "no such file or folder"),
                                              ("c/d", "no *.txt files in this folder"),
                                              ("*.pdf", "no file matches this pattern")])
def test_command_line_inputs_are_checked_first(tree: Path, arg: str, message: str) -> None:
    with pytest.raises(InputError, match=re.escape(message)):
        check_inputs([str(tree), str(tree / arg)])


def test_csv_has_a_row_for_a_document_without_entities_or_facts() -> None:
    empty = {**RECORD, "document": {**RECORD["document"], "id": "vide", "path": "corpus/vide.txt"},
             "entities": [], "facts": []}
    for table, columns in (("entities", ENTITY_COLUMNS), ("facts", FACT_COLUMNS)):
        rows = list(csv.DictReader(io.StringIO("".join(_render("csv", [RECORD, empty], csv_table=table)))))
        assert [r["doc_id"] for r in rows][-1] == "vide", table
        last = rows[-1]
        assert (last["doc_id"], last["path"]) == ("vide", "corpus/vide.txt")
        assert all(last[c] == "" for c in columns[2:]), last
