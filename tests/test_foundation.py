"""Fast tables for the foundation: typography folding, decoding, document dates, name
coreference. None of these needs the spaCy model."""

from __future__ import annotations

import pytest

from factx.components.docdate import parse_ref_date_option, read_doc_date
from factx.errors import InputError
from factx.normalize import normalize
from factx.resolve.names import fold, group_people
from factx.sources import decode, expand
from factx.types import Candidate


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("l\u2019Assemblée", "l'Assemblée"),
        ("3\u202f605 entreprises", "3 605 entreprises"),
        ("3\u00a0605\u00a0$", "3 605 $"),
        ("«\u202fOui\u202f»", "« Oui »"),
        ("Saint\u2011Jean", "Saint-Jean"),
        ("aujourd\u2019hui", "aujourd'hui"),
    ],
)
def test_normalize_folds_typography_one_char_for_one(text: str, folded: str) -> None:
    assert normalize(text) == folded
    assert len(normalize(text)) == len(text)


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        ("Préfecture de Québec".encode(), "Préfecture de Québec", "utf-8"),
        (b"\xef\xbb\xbf" + "Été à Montréal".encode(), "Été à Montréal", "utf-8-sig"),
        ("Œuvre d’été à 3 €".encode("cp1252"), "Œuvre d’été à 3 €", "cp1252"),
        ("Caf\u00e9 \u00e0 Nice".encode("latin-1") + b"\x81", "Caf\u00e9 \u00e0 Nice\x81", "latin-1"),
    ],
)
def test_decode_detects_the_encoding(data: bytes, text: str, encoding: str) -> None:
    assert decode(data, "x.txt") == (text, encoding)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "no text"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00", "binary file"),
        (bytes(range(1, 31)) * 20, "binary file"),
    ],
)
def test_decode_rejects_what_is_not_text(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode(data, "x.txt")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" date 2019-07 Les membres du réseau se sont réunis.", "2019-07"),
        ("Date : 2021-03-03\n\nLe conseil a voté.", "2021-03-03"),
        ("Titre de l'article\n\n22 juin 2012. - La 3e édition commence.", "2012-06-22"),
        ("Titre\n\n1er août 2012. - La Croatie publie une liste.", "2012-08-01"),
        ("Titre\n\n22 août 2012, Espagne. - Le parti exclut un député.", "2012-08-22"),
        ("Montréal, le 3 mars 2021 – La société annonce un rachat.", "2021-03-03"),
        ("PARIS (AFP), 4 juillet 2012 - Le gouvernement a tranché.", "2012-07-04"),
        ("2020-11-05\nUn texte daté en tête.", "2020-11-05"),
        ("Le conseil se réunira le 3 mars 2021 à Laval.", None),
        ("Il a vendu 2019 voitures en mai.", None),
        ("Une note sans date.", None),
    ],
)
def test_document_date_from_header_or_dateline(text: str, expected: str | None) -> None:
    assert read_doc_date(text) == expected


@pytest.mark.parametrize("value", ["2019", "2019-07", "2019-07-15"])
def test_ref_date_option_accepts_iso_at_any_grain(value: str) -> None:
    assert parse_ref_date_option(value) == value


@pytest.mark.parametrize("value", ["2019-13", "2019-02-30", "juillet", "hier", "19-07-15", ""])
def test_ref_date_option_rejects_malformed_dates(value: str) -> None:
    with pytest.raises(ValueError):
        parse_ref_date_option(value)


def _people(text: str, spans: list[tuple[str, str | None]]) -> list[tuple[str, list[str]]]:
    """Candidates for the given surface forms (each found after the previous one)."""
    cands, pos = [], 0
    for form, civility in spans:
        start = text.index(form, pos)
        name = form.split(" ", 1)[1] if civility else form
        attrs = {"name": name, **({"civility": civility} if civility else {})}
        cands.append(Candidate("person", start, start + len(form), "ner", attrs))
        pos = start + len(form)
    return sorted((e.name, sorted(m.text for m in e.mentions)) for e in group_people(text, cands))


def test_civility_and_surname_forms_join_the_full_name() -> None:
    text = "Carole Doussin parle. Mme Doussin insiste. Doussin conclut."
    assert _people(text, [("Carole Doussin", None), ("Mme Doussin", "Mme"), ("Doussin", None)]) == [
        ("Carole Doussin", ["Carole Doussin", "Doussin", "Mme Doussin"])
    ]


def test_a_surname_form_before_the_full_name_still_joins_it() -> None:
    text = "M. Roy arrive. Jean Roy, maire de Laval, parle."
    assert _people(text, [("M. Roy", "M."), ("Jean Roy", None)]) == [("Jean Roy", ["Jean Roy", "M. Roy"])]


def test_two_people_with_one_surname_stay_apart_and_civility_decides() -> None:
    text = "Jean Martin et Marie Martin sont là. Mme Martin parle, puis M. Martin."
    got = _people(text, [("Jean Martin", None), ("Marie Martin", None), ("Mme Martin", "Mme"),
                         ("M. Martin", "M.")])
    assert got == [
        ("Jean Martin", ["Jean Martin", "M. Martin"]),
        ("Marie Martin", ["Marie Martin", "Mme Martin"]),
    ]


def test_an_unknown_surname_is_its_own_person() -> None:
    text = "Mme Tremblay a parlé à Jean Roy."
    assert _people(text, [("Mme Tremblay", "Mme"), ("Jean Roy", None)]) == [
        ("Jean Roy", ["Jean Roy"]),
        ("Tremblay", ["Mme Tremblay"]),
    ]


def test_initialled_form_joins_the_full_name() -> None:
    text = "Carole Doussin est là. C. Doussin signe."
    assert _people(text, [("Carole Doussin", None), ("C. Doussin", None)]) == [
        ("Carole Doussin", ["C. Doussin", "Carole Doussin"])
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [("Rivière-du-Loup", "riviere du loup"), ("ÉGYPTE", "egypte"), ("l\u2019ONU", "l'onu")],
)
def test_fold_makes_name_variants_equal(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_expand_walks_folders_sorted_and_reports_missing_paths(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Texte.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Texte.", encoding="utf-8")
    (tmp_path / "note.md").write_text("Pas pris.", encoding="utf-8")
    labels = [s.path.name for s in expand([str(tmp_path)]) if s.path]
    assert labels == ["a.txt", "z.txt"]
    with pytest.raises(InputError, match="no such file"):
        expand([str(tmp_path / "absent.txt")])
    (tmp_path / "vide").mkdir()
    with pytest.raises(InputError, match=r"no \*\.txt files"):
        expand([str(tmp_path / "vide")])
