"""Roles: a title of several words or with a wire-style capital before a name the model left
untagged, and a title whose complement is itself a title (round 24m).

Sentences written for this audit, with invented names. Rules of French news writing:
- wire news writes the highest offices with a capital ("le Premier ministre", "le Président",
  "la Chancelière", "le Secrétaire d'État"), often with a nationality adjective between the
  title and the name; a title of two or three words ("premier ministre", "secrétaire d'État")
  before a name, after its determiner, says a person follows, as a one-word title does;
- "premier", "première" opening a title ("premier ministre", "première adjointe") is an
  ordinal written in letters, not a count: in another title's complement ("le porte-parole
  du premier ministre, X") it names the office X serves, and X holds the head title.

The guard tables hold what must not change.
"""

from collections.abc import Callable

import pytest

from conftest import role_triples as _roles


def _titles(result: dict, person: str) -> set[str]:
    return {r for p, r, _ in _roles(result) if p == person}


# ------------------------------------------------- a capitalised or compound title before the name
@pytest.mark.parametrize(("text", "person", "title", "of"), [
    ("Le Président islandais Erik Vangsted a signé le traité jeudi.",
     "Erik Vangsted", "président", "Islande"),
    ("Le Secrétaire d'État Olaf Brekkestad a atterri à Tokyo dans la nuit.",
     "Olaf Brekkestad", "secrétaire d'état", None),
    ("Le Secrétaire d'État Rune Fjellvik a parlé hier à Berlin.",
     "Rune Fjellvik", "secrétaire d'état", None),
    # guards: the model found these names; the title was read already
    ("Le Premier ministre américain Erik Vangsted a quitté Bruxelles mardi.",
     "Erik Vangsted", "premier ministre", "États-Unis"),
    ("Le premier ministre danois Sverre Lindqvam a rejeté la proposition.",
     "Sverre Lindqvam", "premier ministre", "Danemark"),
    ("La Chancelière allemande Ursula Brenneke a répondu vendredi.",
     "Ursula Brenneke", "chancelière", "Allemagne"),
])
def test_title_before_untagged_name(extract: Callable[..., dict], text: str, person: str, title: str,
                                    of: str | None) -> None:
    triples = {(r, o) for p, r, o in _roles(extract(text)) if p == person}
    assert any(r.startswith(title) and (of is None or o == of) for r, o in triples), triples


# ------------------------------------------------- a title in the complement of another title
@pytest.mark.parametrize(("text", "person", "head"), [
    ("Le porte-parole du premier ministre, Anselme Tourvel, a démenti toute rumeur.",
     "Anselme Tourvel", "porte-parole"),
    ("La conseillère du Premier ministre, Hortense Malvoisin, a reçu les syndicats.",
     "Hortense Malvoisin", "conseill"),
    ("Le chef de cabinet de la première adjointe, Firmin Brocquet, a quitté ses fonctions.",
     "Firmin Brocquet", "chef de cabinet"),
])
def test_complement_title_is_not_the_holders(extract: Callable[..., dict], text: str, person: str,
                                             head: str) -> None:
    titles = _titles(extract(text), person)
    assert titles and all(t.startswith(head) for t in titles), titles


# ------------------------------------------------- guards
@pytest.mark.parametrize(("text", "person", "title"), [
    ("Le président du conseil départemental, Gaétan Rouvillois, a inauguré le collège.",
     "Gaétan Rouvillois", "président du conseil départemental"),
    ("Le ministre de l'Intérieur, Basile Quendrac, a annoncé des renforts.",
     "Basile Quendrac", "ministre de l'intérieur"),
    ("Le porte-parole du maire, Erwan Tallidec, a répondu aux riverains.",
     "Erwan Tallidec", "porte-parole du maire"),
    ("Le Premier ministre Einar Ostergrim a quitté Bruxelles mardi.",
     "Einar Ostergrim", "premier ministre"),
])
def test_guards(extract: Callable[..., dict], text: str, person: str, title: str) -> None:
    assert title in _titles(extract(text), person)


@pytest.mark.parametrize(("text", "person"), [
    ("Le fils du premier adjoint, Noé Cabardel, a été blessé dans l'accident.", "Noé Cabardel"),
])
def test_kin_of_title_holds_none(extract: Callable[..., dict], text: str, person: str) -> None:
    assert not any(t.startswith("premier") for t in _titles(extract(text), person))
