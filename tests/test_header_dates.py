"""The date a document states for itself outside a French dateline: header lines, lone
timestamps, HTML metadata, and dates as written given to --ref-date. Texts written for
these tests."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factx.cli import app
from factx.components.docdate import parse_ref_date_option, read_doc_date
from factx.sources import html_page
from factx.temporal.header import parse_date_string, read_header_date

BODY = "\n\nLe conseil municipal de Gaspé a voté hier un budget de 4 millions de dollars.\n"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Publié le 3 mars 2021 à 14h05", "2021-03-03"),
        ("Publié le mercredi 3 mars 2021 à 14 h 05", "2021-03-03"),
        ("PUBLIÉ LE 3 MARS 2021", "2021-03-03"),
        ("Mis à jour le 03/03/2021", "2021-03-03"),
        ("mis a jour le 03/03/2021 à 9 h", "2021-03-03"),
        ("Mis en ligne : 2021-03-03T14:05:00+01:00", "2021-03-03"),
        ("Date : Wed, 03 Mar 2021 14:05:00 +0100", "2021-03-03"),
        ("Date de publication : 1er mars 2021", "2021-03-01"),
        ("Published: March 3, 2021", "2021-03-03"),  # a page template in English
        ("Updated Wed, March 3rd, 2021 at 2:05 PM", "2021-03-03"),
        ("Par Julie Roy\nPublié le 3 mars 2021", "2021-03-03"),
        # the publication, not the update: relative dates are written from the day of publication
        ("Mis à jour le 5 mars 2021\nPublié le 3 mars 2021", "2021-03-03"),
        ("Publié le 3 mars 2021, mis à jour le 5 mars 2021", "2021-03-03"),
        # a timestamp alone on a line: ISO 8601, RFC 2822
        ("2021-03-03T14:05:00Z", "2021-03-03"),
        ("2021-03-03 14:05 | Société", "2021-03-03"),
        ("Wed, 03 Mar 2021 14:05:00 +0100", "2021-03-03"),
        # no date of the document's own
        ("Publié hier à 14h05", None),  # relative: never read against today
        ("Dates de la tournée : 3 mars 2021", None),
        ("Date limite : 15 mars 2021", None),
        ("Publication des résultats le 5 mai 2021", None),
        ("Le maire a publié le 3 mars 2021 un rapport.", None),
        ("Publié le 31/02/2021", None),
        ("Mis à jour en 2021", None),
        ("Poſted: 3 mars 2021", None),  # a long s, which case-insensitive matching takes for an s
    ],
)
def test_header_lines_and_timestamps(head: str, expected: str | None) -> None:
    assert read_header_date(head + BODY) == expected
    assert read_doc_date(head + BODY) == expected


def test_a_header_line_far_below_the_top_is_the_body_not_a_header() -> None:
    text = "Le conseil a siégé.\n" * 20 + "Publié le 3 mars 2021\n"
    assert read_header_date(text) is None


def test_a_dateline_wins_over_a_header_line() -> None:
    text = "Publié le 5 mars 2021 à 8h\n\nGaspé, le 4 mars 2021 – Le conseil a voté hier.\n"
    assert read_doc_date(text) == "2021-03-04"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("15 juillet 2019", "2019-07-15"),
        ("le 15 juillet 2019", "2019-07-15"),
        ("Lundi 15 juillet 2019 à 8 h", "2019-07-15"),
        ("15 juil. 2019", "2019-07-15"),
        ("15/07/2019", "2019-07-15"),
        ("juillet 2019", "2019-07"),
        ("2019-07-15T08:00:00.000Z", "2019-07-15"),
        ("2019-07", "2019-07"),
        ("Mon, 15 Jul 2019 08:00:00 GMT", "2019-07-15"),
        ("15 Jul 2019 08:00 +0200", "2019-07-15"),
        ("15 July 2019", "2019-07-15"),
        ("Jul. 15, 2019", "2019-07-15"),
        ("Marc 15, 2019", None),  # not a month
        ("July 32, 2019", None),
        ("hier", None),
        ("2019", None),  # a year alone is no publication date
        ("2019-13-15", None),
        ("le maire", None),
        ("", None),
    ],
)
def test_date_strings(value: str, expected: str | None) -> None:
    assert parse_date_string(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2019-07-15", "2019-07-15"), ("2019-07", "2019-07"), ("2019", "2019"),
     ("15 juillet 2019", "2019-07-15"), ("1er août 2012", "2012-08-01"), ("15/07/2019", "2019-07-15"),
     ("juillet 2019", "2019-07")],
)
def test_ref_date_option_takes_a_date_as_written(value: str, expected: str) -> None:
    assert parse_ref_date_option(value) == expected


@pytest.mark.parametrize("value", ["hier", "2019-13-01", "le 32 juillet 2019", "bientôt"])
def test_ref_date_option_refuses_what_is_no_date(value: str) -> None:
    with pytest.raises(ValueError, match="is not a"):
        parse_ref_date_option(value)


PAGE = """<!DOCTYPE html><html><head><title>Budget de Gaspé</title>{meta}</head>
<body><article><header><p>Par Julie Roy, {time}</p></header>
<p>Le conseil municipal de Gaspé a voté hier un budget de 4 millions de dollars.</p>
<p>Le vote aura lieu le <time datetime="2021-04-12">12 avril</time>.</p></article></body></html>"""


@pytest.mark.parametrize(
    ("meta", "time", "expected"),
    [
        ('<meta property="article:published_time" content="2021-03-03T14:05:00+01:00">', "", "2021-03-03"),
        ('<meta property="article:modified_time" content="2021-03-05T09:00:00Z">'
         '<meta property="article:published_time" content="2021-03-03T14:05:00+01:00">', "", "2021-03-03"),
        ('<meta name="date" content="2021-03-03">', "", "2021-03-03"),
        ('<meta itemprop="datePublished" content="2021-03-03T14:05">', "", "2021-03-03"),
        ("", '<time datetime="2021-03-03T14:05:00+01:00">3 mars</time>', "2021-03-03"),
        ("", '<time pubdate datetime="2021-03-02">2 mars</time>', "2021-03-02"),
        ('<meta property="article:published_time" content="n/a">', "", None),
        ("", "", None),  # the <time> in the body dates the vote, not the page
        ('<meta name="description" content="2021-03-03">', "", None),
    ],
)
def test_html_publication_dates(meta: str, time: str, expected: str | None) -> None:
    text, doc_date = html_page(PAGE.format(meta=meta, time=time))
    assert "Le conseil municipal de Gaspé a voté hier" in text and "<" not in text
    assert doc_date == expected


def test_a_time_before_the_first_paragraph_is_the_byline() -> None:
    page = ('<html><body><div class="byline">Julie Roy, <time datetime="2021-03-03">3 mars</time></div>'
            '<p>Le conseil a voté hier.</p><p>Vote le <time datetime="2021-04-12">12 avril</time>.</p>'
            "</body></html>")
    assert html_page(page)[1] == "2021-03-03"


def test_html_without_dates_has_none() -> None:
    assert html_page("<html><body><p>Le conseil a voté.</p></body></html>") == ("Le conseil a voté.\n", None)


def test_a_header_line_anchors_relative_dates(extract: Callable[..., dict]) -> None:
    result = extract("Publié le 3 mars 2021 à 14h05" + BODY)
    assert (result["document"]["ref_date"], result["document"]["ref_date_source"]) == ("2021-03-03", "text")
    dates = {e["name"]: e["value"] for e in result["entities"] if e["type"] == "date"}
    assert dates["hier"] == "2021-03-02"


def test_html_metadata_dates_a_page_and_the_text_wins(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    meta = '<meta property="article:published_time" content="2021-03-03T14:05:00+01:00">'
    page = tmp_path / "budget.html"
    page.write_text(PAGE.format(meta=meta, time=""), encoding="utf-8")
    dateline = tmp_path / "ligne.html"
    dateline.write_text(PAGE.format(meta=meta, time="").replace("<p>Le conseil", "<p>Gaspé, le 2 mars 2021 – "
                                                                 "Le conseil"), encoding="utf-8")
    runner = CliRunner()
    docs = []
    for path in (page, dateline):
        result = runner.invoke(app, ["extract", str(path), "-f", "json", "--ref-date", "2020-01-01"])
        assert result.exit_code == 0, result.stderr
        docs.append(json.loads(result.stdout))
    assert [(d["document"]["ref_date"], d["document"]["ref_date_source"]) for d in docs] == [
        ("2021-03-03", "metadata"), ("2021-03-02", "text")]
    hier = [e["value"] for e in docs[0]["entities"] if e["type"] == "date" and e["name"] == "hier"]
    assert hier == ["2021-03-02"]
    batch = runner.invoke(app, ["extract", str(page), str(dateline), "-f", "jsonl", "-j", "1",
                                "--ref-date", "2020-01-01"])  # the batch path carries it too
    assert batch.exit_code == 0, batch.stderr
    assert [json.loads(line) for line in batch.stdout.splitlines()] == docs


def test_cli_ref_date_as_written(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    note = tmp_path / "note.txt"
    note.write_text("Le conseil municipal a voté hier un budget de 4 millions.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(note), "-f", "json", "--ref-date", "15 juillet 2019"])
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert (doc["document"]["ref_date"], doc["document"]["ref_date_source"]) == ("2019-07-15", "option")
    bad = CliRunner().invoke(app, ["extract", str(note), "--ref-date", "demain"])
    assert bad.exit_code == 2 and "is not a date" in bad.stderr
