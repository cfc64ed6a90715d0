"""The `factx` command as a user meets it: output formats, stdin, several files, and
every kind of bad input (one `Error:` line, non-zero exit, nothing half-written)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factx import __version__
from factx.cli import app

ARTICLE = (
    "Montréal, le 3 mars 2021 – La présidente de l’Union des producteurs, Mme Hélène Gagnon, "
    "a rencontré hier à Québec le ministre de l’Agriculture. Mme Gagnon a plaidé pour les "
    "fermes familiales de la Montérégie.\n"
)
NOTE = "Le conseil municipal de Rimouski a adopté le budget. Le maire, Paul Lévesque, s’en réjouit.\n"


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def files(tmp_path: Path) -> dict[str, Path]:
    (tmp_path / "corpus" / "sub").mkdir(parents=True)
    paths = {
        "article": tmp_path / "corpus" / "a-article.txt",
        "note": tmp_path / "corpus" / "sub" / "b-note.txt",
        "latin": tmp_path / "latin.txt",
        "empty": tmp_path / "empty.txt",
        "binary": tmp_path / "binary.txt",
    }
    paths["article"].write_text(ARTICLE, encoding="utf-8")
    paths["note"].write_text(NOTE, encoding="utf-8")
    paths["latin"].write_bytes("Le maire de Sherbrooke, Évelyne Beaudin, a parlé.\n".encode("cp1252"))
    paths["empty"].write_bytes(b"")
    paths["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (tmp_path / "nothing").mkdir()
    return paths


def _check_offsets(doc: dict, text: str) -> None:
    for ent in doc["entities"]:
        for m in ent["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"], (ent, m)


def test_version_and_help(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"factx {__version__}"
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0 and "extract" in result.stdout
    result = runner.invoke(app, ["extract", "--help"])
    assert result.exit_code == 0
    for option in ("--output", "--format", "--model", "--ref-date", "Examples:", "jq"):
        assert option in result.stdout


def test_one_file_gives_one_json_object(runner: CliRunner, files: dict[str, Path], nlp) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(app, ["extract", str(files["article"])])
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert list(doc) == ["schema", "document", "entities", "facts"]
    assert doc["schema"] == "factx/1"
    assert doc["document"]["id"] == "a-article"
    assert doc["document"]["path"] == str(files["article"])
    assert doc["document"]["ref_date"] == "2021-03-03"
    assert doc["document"]["ref_date_source"] == "text"
    assert doc["document"]["length"] == len(ARTICLE)
    people = [e for e in doc["entities"] if e["type"] == "person"]
    assert [p["name"] for p in people] == ["Hélène Gagnon"]
    assert sorted(m["text"] for m in people[0]["mentions"]) == ["Mme Gagnon", "Mme Hélène Gagnon"]
    assert people[0]["civility"] == "Mme"
    _check_offsets(doc, ARTICLE)


def test_output_is_deterministic(runner: CliRunner, files: dict[str, Path], nlp) -> None:  # type: ignore[no-untyped-def]
    first = runner.invoke(app, ["extract", str(files["article"])]).stdout
    second = runner.invoke(app, ["extract", str(files["article"])]).stdout
    assert first == second
    assert "Montréal" in first  # non-ASCII kept, not escaped


def test_stdin_with_dash(runner: CliRunner, nlp) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(app, ["extract", "-", "--ref-date", "2020-05-04"], input=NOTE)
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["document"]["id"] == "stdin" and doc["document"]["path"] is None
    assert doc["document"]["ref_date"] == "2020-05-04"
    assert doc["document"]["ref_date_source"] == "option"
    _check_offsets(doc, NOTE)


def test_the_dateline_wins_over_the_option(runner: CliRunner, files: dict[str, Path], nlp) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(app, ["extract", str(files["article"]), "--ref-date", "1999-01-01"])
    doc = json.loads(result.stdout)
    assert (doc["document"]["ref_date"], doc["document"]["ref_date_source"]) == ("2021-03-03", "text")


def test_several_files_and_folders_give_json_lines_in_order(
    runner: CliRunner, files: dict[str, Path], nlp  # type: ignore[no-untyped-def]
) -> None:
    folder = files["article"].parent
    result = runner.invoke(app, ["extract", str(files["latin"]), str(folder)])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [json.loads(line)["document"]["id"] for line in lines] == ["latin", "a-article", "b-note"]
    assert "not UTF-8, read as cp1252" in result.stderr


def test_non_utf8_file_is_decoded_and_says_how(runner: CliRunner, files: dict[str, Path], nlp) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(app, ["extract", str(files["latin"])])
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["document"]["encoding"] == "cp1252"
    assert "Évelyne Beaudin" in [e["name"] for e in doc["entities"] if e["type"] == "person"]
    assert "read as cp1252" in result.stderr


@pytest.mark.parametrize(
    ("key", "message"),
    [("missing", "no such file"), ("empty", "empty file"), ("binary", "binary file"),
     ("folder", "no *.txt files")],
)
def test_bad_input_is_one_error_line_and_exit_1(
    runner: CliRunner, files: dict[str, Path], key: str, message: str
) -> None:
    special = {"missing": files["article"].parent / "absent.txt", "folder": files["empty"].parent / "nothing"}
    path = special.get(key, files.get(key))
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("Error: ") and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_unknown_model_is_an_error_and_writes_nothing(runner: CliRunner, files: dict[str, Path],
                                                      tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    args = ["extract", str(files["article"]), "--model", "fr_pas_de_modele", "-o", str(out)]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cannot load the spaCy model 'fr_pas_de_modele'")
    assert not out.exists() and list(tmp_path.glob(".out.json*")) == []


@pytest.mark.parametrize("value", ["2019-13-01", "hier"])
def test_malformed_ref_date_is_a_usage_error(runner: CliRunner, files: dict[str, Path], value: str) -> None:
    result = runner.invoke(app, ["extract", str(files["article"]), "--ref-date", value])
    assert result.exit_code == 2
    assert result.stdout == ""


def test_unknown_format_is_a_usage_error(runner: CliRunner, files: dict[str, Path]) -> None:
    result = runner.invoke(app, ["extract", str(files["article"]), "--format", "xml"])
    assert result.exit_code == 2


def test_one_bad_file_in_a_batch_is_reported_in_its_place(
    runner: CliRunner, files: dict[str, Path], nlp  # type: ignore[no-untyped-def]
) -> None:
    args = ["extract", str(files["article"]), str(files["binary"]), str(files["note"])]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["document"]["id"] for r in records] == ["a-article", "binary", "b-note"]
    assert "error" in records[1] and "binary file" in records[1]["error"]
    assert "entities" in records[0] and "entities" in records[2]
    assert "Error: " in result.stderr and "2 document(s) extracted, 1 failed" in result.stderr


def test_output_file(runner: CliRunner, files: dict[str, Path], tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(files["article"].parent), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and all(json.loads(line)["schema"] == "factx/1" for line in lines)


def test_table_view(runner: CliRunner, files: dict[str, Path], nlp) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(app, ["extract", str(files["article"]), "--format", "table"])
    assert result.exit_code == 0, result.stderr
    assert "People" in result.stdout and "Hélène Gagnon" in result.stdout
    assert "document date: 2021-03-03" in result.stdout
