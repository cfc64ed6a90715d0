"""Roles of wire news (round 20m): titles of every field and the names around them.

Sentences written for this round, with invented names. A title the lists give in one form
only has its regular feminine ("la générale", "la colonelle", "la pasteure", "la lieutenante",
models/roles/titles.json 'feminine_endings'). A surname the model read as an auxiliary ("X
est maire") no longer hides the subject of the copula. A club's abbreviation and town stop
before the name of the title's holder that follows them ("le gardien de l'AS X Paul Roy"),
and a body the model ran over a given name, the surname left out ("le directeur financier de
[Renault Paul] Roy"), gives the given name and the surname back to the person. A body the model
read right after a title in lower case, shaped as a given name and a surname, is its holder. The guards hold
what must not change: a club's name alone, a company named in full, a title held by its name.
"""

from collections.abc import Callable

import pytest

from conftest import role_triples as _roles


def _holds(result: dict, person: str, role: str, of: str | None = None) -> bool:
    return any(p == person and r == role and (of is None or o == of) for p, r, o in _roles(result))


# ---------------------------------------------------------------- the feminine of a one-form title
@pytest.mark.parametrize(("text", "person", "role"), [
    ("Selon la générale Inès Rouvier, les manœuvres reprendront au printemps.", "Inès Rouvier", "générale"),
    ("Solveig Arnaudet est pasteure depuis onze ans.", "Solveig Arnaudet", "pasteure"),
    ("Perrine Vasseur a été nommée lieutenante en septembre.", "Perrine Vasseur", "lieutenante"),
])
def test_feminine_of_one_form_titles(extract: Callable[..., dict], text: str, person: str, role: str) -> None:
    assert _holds(extract(text, ref_date="2024-03-12"), person, role)


# ---------------------------------------------------------------- a copula after a misread surname
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Nassim Benaissa est maire de Valcourt depuis 2008.", "Nassim Benaissa", "maire", "Valcourt"),
    ("Rayan Benaissa est président du club depuis 2012.", "Rayan Benaissa", "président", None),
    ("Sofiane Benaissa est trésorier du club.", "Sofiane Benaissa", "trésorier", None),
])
def test_copula_after_misread_surname(extract: Callable[..., dict], text: str, person: str, role: str,
                                      of: str | None) -> None:
    assert _holds(extract(text, ref_date="2024-03-12"), person, role, of)


# ---------------------------------------------------------------- a club, then its player's name
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Le gardien de l'AS Vernouillac Lucas Ferrandi a prolongé son contrat.",
     "Lucas Ferrandi", "gardien", "AS Vernouillac"),
    ("L'entraîneur du FC Brescoux Mathis Garnier a démissionné lundi.",
     "Mathis Garnier", "entraîneur", "FC Brescoux"),
    ("Selon l'attaquante de l'US Pontgrenet Chloé Marsan, le match sera serré.",
     "Chloé Marsan", "attaquante", "US Pontgrenet"),
])
def test_club_then_holder(extract: Callable[..., dict], text: str, person: str, role: str, of: str) -> None:
    assert _holds(extract(text, ref_date="2024-03-12"), person, role, of)


# ---------------------------------------------------------------- a firm run over a given name
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Le directeur financier de Renault Mehdi Benaissa a démissionné.",
     "Mehdi Benaissa", "directeur financier", "Renault"),
])
def test_firm_run_over_given_name(extract: Callable[..., dict], text: str, person: str, role: str,
                                  of: str) -> None:
    assert _holds(extract(text, ref_date="2024-03-12"), person, role, of)


# ---------------------------------------------------------------- a name typed a body after a title
@pytest.mark.parametrize(("text", "person", "role"), [
    ("Selon le champion du monde Kylian Griezmon, la situation reste tendue.",
     "Kylian Griezmon", "champion du monde"),
    ("Selon le champion du monde Kylian Traoré, le tracé était piégeux.",
     "Kylian Traoré", "champion du monde"),
])
def test_given_name_after_title(extract: Callable[..., dict], text: str, person: str, role: str) -> None:
    assert _holds(extract(text, ref_date="2024-03-12"), person, role)


# ---------------------------------------------------------------- guards
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("La colonelle Maëlys Garnier a pris mardi le commandement du régiment.",
     "Maëlys Garnier", "colonelle", None),
    ("La cheffe d'état-major Roxane Thuillier a présenté le plan de réforme.",
     "Roxane Thuillier", "cheffe d'état-major", None),
    ("Le directeur commercial de Tolmex Julien Marchais a démissionné.",
     "Julien Marchais", "directeur commercial", "Tolmex"),
    ("Mehdi Ferhat est maire de Valcourt depuis 2008.", "Mehdi Ferhat", "maire", "Valcourt"),
    ("Selon le champion du monde Nolan Kerbrat, le parcours était difficile.",
     "Nolan Kerbrat", "champion du monde", None),
])
def test_guards(extract: Callable[..., dict], text: str, person: str, role: str, of: str | None) -> None:
    assert _holds(extract(text, ref_date="2024-03-12"), person, role, of)


@pytest.mark.parametrize(("text", "names"), [
    ("Le FC Brescoux a battu l'AS Vernouillac samedi soir devant son public.",
     {"FC Brescoux", "AS Vernouillac"}),
    ("Une délégation de l'US Pontgrenet Football a été reçue en mairie.", {"US Pontgrenet Football"}),
])
def test_club_names_kept(extract: Callable[..., dict], text: str, names: set[str]) -> None:
    result = extract(text, ref_date="2024-03-12")
    assert names <= {e["name"] for e in result["entities"] if e["type"] == "organization"}
