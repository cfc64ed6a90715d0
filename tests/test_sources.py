"""Decoding what users hand factx: the byte order marks of UTF-8, UTF-16 and UTF-32, the
usual guesses without one, and binaries refused with one clean error. No model needed,
except for the last test, which reads a UTF-16 file through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factx.cli import app
from factx.errors import InputError
from factx.sources import declared, decode

PHRASE = "À Québec, l’équipe de Mme Zoé Côté a reçu 12 000 € « sans condition » — un record.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (PHRASE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + PHRASE.encode("utf-8"), "utf-8-sig"),
        (b"\xff\xfe" + PHRASE.encode("utf-16-le"), "utf-16-le"),  # Windows Notepad's "Unicode"
        (b"\xfe\xff" + PHRASE.encode("utf-16-be"), "utf-16-be"),
        (b"\xff\xfe\x00\x00" + PHRASE.encode("utf-32-le"), "utf-32-le"),
        (b"\x00\x00\xfe\xff" + PHRASE.encode("utf-32-be"), "utf-32-be"),
        (PHRASE.encode("cp1252"), "cp1252"),
    ],
)
def test_marked_and_plain_encodings_give_the_text_back(data: bytes, encoding: str) -> None:
    text, used = decode(data, "x.txt")
    assert (text, used) == (PHRASE, encoding)
    assert not text.startswith("\ufeff")  # the mark is not part of the text: offsets start at 0


def test_latin1_without_a_mark_when_cp1252_cannot_be_right() -> None:
    data = "Les \x81 de l’été".replace("’", "'").encode("latin-1")
    assert decode(data, "x.txt") == ("Les \x81 de l'été", "latin-1")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, "binary file (NUL bytes), not a text"),
        (PHRASE.encode("utf-16-le"), "binary file (NUL bytes), not a text"),  # UTF-16 without a mark
        (b"\xff\xfe" + PHRASE.encode("utf-16-le")[:-1], "binary file (not valid utf-16-le), not a text"),
        (b"\xff\xfe\x00\x00" + b"\x00\x00\x11\x00" * 4, "binary file (not valid utf-32-le), not a text"),
        (b"\xfe\xff" + "\x00".join("abcdef").encode("utf-16-be"), "binary file (NUL bytes), not a text"),
        (b"\xef\xbb\xbf\xff\xfe\xfd", "binary file (not valid utf-8), not a text"),
        (b"\xff\xfe" + "\x01\x02\x03\x04\x05\x06".encode("utf-16-le"),
         "binary file (control bytes), not a text"),
        (b"\xff\xfe", "empty file"),
        (b"\xfe\xff" + " \n".encode("utf-16-be"), "no text (only white space)"),
        (b"", "empty file"),
    ],
)
def test_binaries_and_empty_files_are_refused_cleanly(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as info:
        decode(data, "x.bin")
    assert str(info.value) == f"x.bin: {message}"


@pytest.mark.parametrize(
    ("encoding", "is_declared"),
    [("utf-8", True), ("utf-8-sig", True), ("utf-16-le", True), ("utf-32-be", True),
     ("cp1252", False), ("latin-1", False)],
)
def test_only_guessed_encodings_are_worth_a_note(encoding: str, is_declared: bool) -> None:
    assert declared(encoding) is is_declared


def test_a_notepad_unicode_file_is_read_with_its_offsets(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Trois-Rivières, le 5 mai 2022 – La mairesse de Trois-Rivières, Mme Hélène Gagnon, a "
            "inauguré hier une bibliothèque de 8 millions de dollars.\r\n")
    path = tmp_path / "bloc-notes.txt"
    path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    result = CliRunner().invoke(app, ["extract", str(path), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""  # a marked encoding is not a guess: no note
    doc = json.loads(result.stdout)
    assert doc["document"]["encoding"] == "utf-16-le" and doc["document"]["length"] == len(text)
    assert doc["document"]["ref_date"] == "2022-05-05"
    assert "Hélène Gagnon" in [e["name"] for e in doc["entities"] if e["type"] == "person"]
    for ent in doc["entities"]:
        for m in ent["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
