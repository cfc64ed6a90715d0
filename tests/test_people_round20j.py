"""People of every origin named with a civility, a title or a caption (round 20j).

Short texts written for this round, with invented people whose names come from the Maghreb,
West Africa, Turkey, Poland and elsewhere, which the model and the given-name table know less
well than French ones:
- a civility only a person bears ("M.", "Mme", "Dr") and the capitalized words the model left
  untagged after it are a person ("M. X, maire de ..."), not before an article ("M. le maire");
- a compound title the tokenizer cut at its hyphen ("le sapeur-pompier") is a title before a
  name, as "le pompier" was; a place the model read from such a title on is its holder;
- after a title or a caption's "title :", the untagged word before a surname the model tagged
  alone is the holder's given name, whether or not the table knows it; a surname that is also
  a town's name stays the person's after a given name;
- a caption "Trésorière : Given Surname" the model read as a place names the holder;
- given names with letters Unicode does not decompose ("ł", "ı") are keyed on plain letters;
- "Par" opening a line, then a given name and a surname ending it, is the author's name.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names, role_triples


def _people(result: dict) -> set[str]:
    return entity_names(result, "person")


# ---------------------------------------------------------------- a civility before a surname
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("M. Benaissa, maire de Sarcourt, a présidé la réunion.", "Benaissa", "maire", "Sarcourt"),
    ("M. Yalçın, maire de Sarcourt, a présidé la réunion.", "Yalçın", "maire", "Sarcourt"),
    ("M. Zielinski a ouvert la séance du conseil municipal.", "Zielinski", None, None),
])
def test_a_civility_names_a_person_of_any_origin(
        extract: Callable[..., dict], text: str, person: str, role: str | None, of: str | None) -> None:
    result = extract(text)
    assert person in _people(result)
    if role:
        assert (person, role, of) in role_triples(result)


# ---------------------------------------------------------------- a title before a full name
@pytest.mark.parametrize(("text", "person"), [
    # a compound title cut at its hyphen, the name untagged
    ("Le sapeur-pompier Mehdi Benaissa a reçu une médaille dimanche.", "Mehdi Benaissa"),
    # the model's place running from the title on
    ("La sapeur-pompier Fatoumata Traoré a reçu une médaille dimanche.", "Fatoumata Traoré"),
    # the surname tagged alone (as a place, as a person), the given name left out
    ("Le sapeur-pompier Emre Bangoura a reçu une médaille dimanche.", "Emre Bangoura"),
    ("La sapeur-pompier Aminata Bouazza a reçu une médaille dimanche.", "Aminata Bouazza"),
    # a surname that is also a town's name somewhere
    ("Le sapeur-pompier Emre Demirci a été décoré samedi.", "Emre Demirci"),
])
def test_a_title_before_a_name_makes_it_a_person(
        extract: Callable[..., dict], text: str, person: str) -> None:
    result = extract(text)
    assert person in _people(result)
    assert any(p == person and r == "sapeur-pompier" for p, r, _ in role_triples(result))


# ---------------------------------------------------------------- a caption "title : name"
@pytest.mark.parametrize(("text", "person", "role"), [
    ("Trésorière adjointe : Aïcha Mbarek.", "Aïcha Mbarek", "trésorière adjointe"),
    ("Trésorière adjointe : Zeynep Bangoura.", "Zeynep Bangoura", "trésorière adjointe"),
])
def test_a_caption_names_the_holder(extract: Callable[..., dict], text: str, person: str, role: str) -> None:
    result = extract(text)
    assert person in _people(result)
    assert person not in entity_names(result, "place")
    assert any(p == person and r == role for p, r, _ in role_triples(result))


# ---------------------------------------------------------------- letters "ł", "ı" in a given name
def test_a_given_name_with_a_polish_letter_opens_a_full_name(extract: Callable[..., dict]) -> None:
    result = extract("La conseillère municipale Małgorzata Lewandowska a démissionné.")
    assert "Małgorzata Lewandowska" in _people(result)


# ---------------------------------------------------------------- an author's line
def test_an_authors_line_names_a_person(extract: Callable[..., dict]) -> None:
    result = extract("Par Agnieszka Lewandowska\n\nLe comité des fêtes de Sarcourt a tenu son "
                     "assemblée jeudi.")
    assert "Agnieszka Lewandowska" in _people(result)


# ---------------------------------------------------------------- guards
@pytest.mark.parametrize(("text", "nobody"), [
    ("M. le maire a ouvert la séance du conseil municipal.", None),
    ("Mme la présidente a remercié les bénévoles du club.", None),
    ("Le sapeur-pompier de Sarcourt a été décoré samedi.", "Sarcourt"),
])
def test_an_office_or_a_town_is_no_person(
        extract: Callable[..., dict], text: str, nobody: str | None) -> None:
    people = _people(extract(text))
    assert people == set() if nobody is None else nobody not in people


@pytest.mark.parametrize(("text", "person"), [
    ("M. Dupoizat, maire de Vaudoncourt, a ouvert la séance.", "Dupoizat"),
    ("Le maire de Sarcourt, Gaspard Lorient, a accueilli les élus.", "Gaspard Lorient"),
    ("Présidente : Odile Ferrand ; secrétaire : Ingrid Solberg.", "Odile Ferrand"),
])
def test_names_already_found_stay(extract: Callable[..., dict], text: str, person: str) -> None:
    assert person in _people(extract(text))
