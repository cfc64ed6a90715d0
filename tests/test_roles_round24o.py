"""Round 24o: a local officer's portfolio of coordinated fields is one title
(resolve/roles.py `_Roles._field_item`, `_listed_field`, the `local_field` branch of
`_complement`; components/organizations.py `_in_portfolio`, `_office_field`, `_fields_end`).

- an adjoint's, an échevin's, a delegated councillor's or a vice-president's portfolio may
  list several fields: "A et B", "A, B et C", "de A et de B", "à A et à B", capitalized or
  not; the whole list stays in the title, the name in apposition holds it;
- none of the fields becomes a place, an organization, a person or a thing;
- the holder's body is found as for a single field (an échevin's commune);
- guards: a town list after échevin, a second title after "et", a date after the comma, two
  holders of two titles, a minister's two domains.

Invented names and sentences; each fix row fails on the start code (endsnap).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest


def roles_of(result: dict, person: str) -> list[tuple[str, str | None]]:
    ents = {e["id"]: e for e in result["entities"]}
    return [(f["role"], ents[f["of"]]["name"] if f.get("of") in ents else f.get("of"))
            for f in result["facts"] if f["type"] == "role" and ents[f["person"]]["name"] == person]


def named(result: dict, word: str) -> list[str]:
    return [e["type"] + "=" + e["name"] for e in result["entities"]
            if e["type"] in ("place", "organization", "person", "misc") and word.lower() in e["name"].lower()]


FIX_ROWS = [
    ("two capitalized fields, no second preposition",
     "À Sorvilliers, l'adjointe aux Fêtes et Loisirs, Nadège Brossard, a lancé la kermesse.",
     "Nadège Brossard", "adjointe aux fêtes et loisirs", "Sorvilliers", ("Loisirs",)),
    ("the same in lower case",
     "À Sorvilliers, l'adjointe aux fêtes et loisirs, Nadège Brossard, a lancé la kermesse.",
     "Nadège Brossard", "adjointe aux fêtes et loisirs", "Sorvilliers", ()),
    ("an échevin's two fields with their prepositions, his commune",
     "À Huy, l'échevin des Sports et de la Jeunesse, Gaëtan Moreels, a inauguré la salle.",
     "Gaëtan Moreels", "échevin des sports et de la jeunesse", "Huy", ("Jeunesse",)),
    ("an échevin's fields after 'de'",
     "À Huy, l'échevine de la Culture et du Patrimoine, Solène Vandeput, a rouvert le musée.",
     "Solène Vandeput", "échevine de la culture et du patrimoine", "Huy", ("Patrimoine",)),
    ("three fields, commas and 'et'",
     "À Huy, l'échevin des Aînés, de la Santé et du Logement, Gaëtan Moreels, a pris la parole.",
     "Gaëtan Moreels", "échevin des aînés, de la santé et du logement", "Huy", ("Santé", "Logement")),
    ("a delegated councillor's two fields after 'à'",
     "À Sorvilliers, le conseiller délégué à la Culture et au Patrimoine, Bastien Ortolan, a parlé.",
     "Bastien Ortolan", "conseiller délégué à la culture et au patrimoine", None, ("Patrimoine",)),
    ("an adjoint's fields, the first read as a company at the sentence's start",
     "Le budget de Sorvilliers a été voté. L'adjoint aux Finances et à l'Urbanisme, Bastien Ortolan, "
     "a défendu les chiffres.",
     "Bastien Ortolan", "adjoint aux finances et à l'urbanisme", "Sorvilliers", ("Finances", "Urbanisme")),
    ("a vice-president in charge of three fields",
     "La vice-présidente chargée des Sports, de la Jeunesse et de la Vie associative, Nadège Brossard, "
     "a présenté le plan.",
     "Nadège Brossard", "vice-présidente chargée des sports, de la jeunesse et de la vie associative",
     None, ("Jeunesse",)),
    ("a vice-president's bare list in lower case",
     "Le vice-président chargé des sports, jeunesse et culture, Bastien Ortolan, a présenté le plan.",
     "Bastien Ortolan", "vice-président chargé des sports, jeunesse et culture", None, ()),
]


@pytest.mark.parametrize("case,text,person,role,of,fields", FIX_ROWS, ids=[r[0] for r in FIX_ROWS])
def test_coordinated_fields_are_one_title(extract: Callable[..., dict], case: str, text: str, person: str,
                                          role: str, of: str | None, fields: tuple[str, ...]) -> None:
    result = extract(text)
    assert (role, of) in roles_of(result, person), (case, roles_of(result, person))
    for word in fields:
        assert not named(result, word), (case, word, named(result, word))


GUARD_ROWS = [
    ("an échevin of two towns keeps the first town",
     "L'échevin de Dinant et de Ciney, Gaëtan Moreels, a parlé.", "Gaëtan Moreels",
     [("échevin", "Dinant")]),
    ("a second title after 'et' stays a title of its own",
     "Bastien Ortolan, adjoint aux sports et président du club de Sorvilliers, a remis les coupes.",
     "Bastien Ortolan", [("adjoint aux sports", None), ("président", None)]),
    ("a minister's two domains",
     "Le ministre de l'Économie et des Finances, Bastien Ortolan, a parlé à Paris.", "Bastien Ortolan",
     [("ministre de l'économie et des finances", None)]),
    ("one field, then the holder and another holder",
     "À Sorvilliers, l'adjoint aux Sports, Bastien Ortolan, et Nadège Brossard, trésorière, ont parlé.",
     "Bastien Ortolan", [("adjoint aux sports", "Sorvilliers")]),
    ("a charge then two holders",
     "La vice-présidente chargée des sports, Nadège Brossard, et le trésorier, Bastien Ortolan, ont parlé.",
     "Nadège Brossard", [("vice-présidente chargée des sports", None)]),
]


@pytest.mark.parametrize("case,text,person,expected", GUARD_ROWS, ids=[r[0] for r in GUARD_ROWS])
def test_guards_unchanged(extract: Callable[..., dict], case: str, text: str, person: str,
                          expected: list[tuple[str, str | None]]) -> None:
    assert roles_of(extract(text), person) == expected, case


def test_a_date_after_the_comma_is_no_field(extract: Callable[..., dict]) -> None:
    result = extract("L'adjoint aux sports, lundi, a remis les coupes à Sorvilliers.")
    assert all("lundi" not in f.get("role", "") for f in result["facts"])
