"""Round 24i: the commune's offices and towns of Swiss, Belgian and Québec news
(models/roles/titles.json "local", "titles"; models/roles/qualifiers.json "party_acronyms";
roles.py _affiliation_body).

- Swiss municipal offices: "le syndic" / "la syndique" (the head of a commune's executive),
  "le municipal" / "la municipale" (a member of the Municipalité, with or without a
  portfolio), "le conseiller communal" / "la conseillère communale" (Belgium too): with no
  complement they are held in the commune the story is about, as "le maire" is;
- Québec's "la mairesse": the mayor's title in the feminine;
- a party beside a municipal seat ("X, conseiller communal UDC", "bourgmestre PTB",
  "conseiller municipal UMP") says which side the holder is on: the seat stays the
  commune's, and the parties of Swiss, Belgian and Québec news are known by their acronyms;
- a town the gazetteer knows as a hyphenated compound ("Baie-Saint-Paul", "Trois-Rivières",
  as many towns of Québec, Wallonia and Switzerland are), cut by the tokenizer and read as a
  person where only a place is named, is that place (entity_types.towns_read_as_people), and
  so is a town after "l'urgence de", "les citoyens de" (models/place_types.json
  place_complements);
- guards: a bare mayor, a general councillor's canton, a party's own president, the adjective
  "municipal(e)" after a noun ("la police municipale", "la municipale partielle").

Invented names and sentences; each fix row fails on the start code.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest


def roles_of(result: dict, person: str) -> list[tuple[str, str | None]]:
    ents = {e["id"]: e for e in result["entities"]}
    return [(f["role"], ents[f["of"]]["name"] if f.get("of") in ents else None)
            for f in result["facts"] if f["type"] == "role" and ents[f["person"]]["name"] == person]


VOTE = "Les électeurs de Vernand-sur-Orbe ont rejeté dimanche le crédit du nouveau collège.\n\n"
POOL = "À Vernand-sur-Orbe, le projet de piscine divise les habitants.\n\n"
TOWN = "Vernand-sur-Orbe"

FIX_ROWS = [
    ("syndic, bare, after a quotation",
     VOTE + "« Nous reprendrons le dossier », a assuré le syndic, Alain Verdonck, mardi soir.",
     "Alain Verdonck"),
    ("syndique, the feminine",
     VOTE + "« Nous reprendrons le dossier », a assuré la syndique, Sophie Rochat, mardi soir.",
     "Sophie Rochat"),
    ("municipale with a portfolio",
     VOTE + "La municipale chargée des écoles, Sophie Rochat, a regretté le résultat.",
     "Sophie Rochat"),
    ("municipal right before the name",
     POOL + "Le municipal Alain Verdonck a défendu le projet mardi soir.",
     "Alain Verdonck"),
    ("conseiller communal, a Swiss party after it",
     POOL + "Alain Verdonck, conseiller communal UDC, a défendu le projet mardi soir.",
     "Alain Verdonck"),
    ("conseillère communale, a Belgian party after it",
     POOL + "Sophie Rochat, conseillère communale MR, a défendu le projet mardi soir.",
     "Sophie Rochat"),
    ("conseiller municipal, a French party after it",
     POOL + "Alain Verdonck, conseiller municipal UMP, a défendu le projet mardi soir.",
     "Alain Verdonck"),
    ("bourgmestre, a Belgian party after it",
     POOL + "Alain Verdonck, bourgmestre PTB, a défendu le projet mardi soir.",
     "Alain Verdonck"),
    ("mairesse, bare, in apposition",
     "Les citoyens de Vernand-sur-Orbe étaient nombreux mardi à l'assemblée publique.\n\n"
     "Présente à la séance, Sophie Rochat, mairesse, a rappelé le calendrier.",
     "Sophie Rochat"),
]


@pytest.mark.parametrize(("case", "text", "person"), FIX_ROWS, ids=[r[0] for r in FIX_ROWS])
def test_municipal_office_is_the_communes(extract: Callable[..., dict], case: str, text: str,
                                          person: str) -> None:
    roles = roles_of(extract(text), person)
    assert any(of == TOWN for _, of in roles), (case, roles)


GUARD_ROWS = [
    ("a bare mayor", POOL + "Le maire, Alain Verdonck, a défendu le projet mardi soir.",
     "Alain Verdonck", TOWN),
    ("a general councillor with a party: his canton",
     "Dans le canton de Vernand-sur-Orbe, le conseiller général UDF Alain Verdonck a été réélu.",
     "Alain Verdonck", "canton de Vernand-sur-Orbe"),
    ("a party's president keeps the party",
     POOL + "Le président de l'UDC, Alain Verdonck, a défendu le projet mardi soir.",
     "Alain Verdonck", "UDC"),
]


@pytest.mark.parametrize(("case", "text", "person", "of"), GUARD_ROWS, ids=[r[0] for r in GUARD_ROWS])
def test_guards_keep_their_body(extract: Callable[..., dict], case: str, text: str, person: str,
                                of: str) -> None:
    roles = roles_of(extract(text), person)
    assert any(o == of for _, o in roles), (case, roles)


ADJECTIVE_ROWS = [
    "La police municipale de Vernand-sur-Orbe a interpellé Alain Verdonck samedi soir.",
    "Lors de la municipale partielle de Vernand-sur-Orbe, Alain Verdonck a obtenu 54 % des voix.",
    "Alain Verdonck, employé municipal à Vernand-sur-Orbe, a été décoré samedi.",
    "Hier soir, Alain Verdonck, élu municipal de Vernand-sur-Orbe, a quitté la majorité.",
]


@pytest.mark.parametrize("text", ADJECTIVE_ROWS)
def test_municipal_adjective_is_no_title(extract: Callable[..., dict], text: str) -> None:
    assert not [r for r in roles_of(extract(text), "Alain Verdonck") if r[0].startswith("municipal")]


# a compound town the tokenizer cuts at its hyphens and the model reads as a person, where only
# a place is named (after a title, a noun of a town's people or a hospital's emergency ward)
PLACE_ROWS = [
    ("emergency ward of a compound town",
     "L'urgence de Baie-Saint-Paul fermera ses portes la nuit dès lundi.", "Baie-Saint-Paul"),
    ("emergency wards, plural",
     "Les urgences de Trois-Rivières débordent depuis une semaine.", "Trois-Rivières"),
    ("the town's citizens",
     "Les citoyens de Trois-Rivières étaient nombreux à l'assemblée.", "Trois-Rivières"),
    ("a Swiss commune's head", "La syndique de Saint-Georges, Anne Dufrasne, a réagi.", "Saint-Georges"),
]


@pytest.mark.parametrize(("case", "text", "town"), PLACE_ROWS, ids=[r[0] for r in PLACE_ROWS])
def test_compound_town_read_as_person_is_a_place(extract: Callable[..., dict], case: str, text: str,
                                                 town: str) -> None:
    types = {e["type"] for e in extract(text)["entities"] if e["name"] == town}
    assert "place" in types and "person" not in types, (case, types)


def test_person_named_like_a_compound_town_stays_a_person(extract: Callable[..., dict]) -> None:
    text = ("Le chanteur Paul Saint-Georges a rempli la salle samedi. "
            "Le public de Saint-Georges a réclamé trois rappels.")
    people = {e["name"] for e in extract(text)["entities"] if e["type"] == "person"}
    assert "Paul Saint-Georges" in people
