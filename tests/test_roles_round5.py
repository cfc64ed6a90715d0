"""Roles, round 5 of issue 12: where a title's `of` may come from. "La commune", "la ville"
and a municipal office without a complement take up a commune: never a state, never a
place named after "en" (a country or a region), never a town the text locates abroad by
apposition. Sentences written for these tests; each row gives (person, role, of), with
`of` None meaning the role must have no organization or place."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factx.resolve.names import fold
from test_roles import roles_of

COMMUNE = [
    # a town located in a foreign state by apposition, then the state: no commune named
    ("Le mariage a été célébré à Oslo, en Norvège, samedi. La mariée est la fille de Pierre Roy, "
     "adjoint de la commune, et de Lucie Roy, conseillère municipale.",
     [("Pierre Roy", "adjoint", None), ("Lucie Roy", "conseillère municipale", None)]),
    # a country or a region after "en" is no commune
    ("La fête a lieu en Lorraine et au Portugal. Marc Simon, conseiller municipal, a ouvert le bal.",
     [("Marc Simon", "conseiller municipal", None)]),
    ("Le mariage a été célébré en Norvège. Pierre Roy, maire de la ville, était présent.",
     [("Pierre Roy", "maire", None)]),
    # a town named with "à" is still the commune taken up
    ("Le concert a eu lieu à Nancy. Marc Simon, conseiller municipal, a ouvert le bal.",
     [("Marc Simon", "conseiller municipal", "Nancy")]),
    ("Paul Henry, ingénieur en Bretagne, a épousé Anne Morel à Remiremont. Le témoin était "
     "Louis Girard, maire de la commune.",
     [("Louis Girard", "maire", "Remiremont")]),
    # a commune named after the office counts in its own sentence, not in a later story
    ("Le maire, Jean Roy, a accueilli les invités à Vittel hier.", [("Jean Roy", "maire", "Vittel")]),
    ("Le maire Jean Roy a proposé un relogement. Un avion a atterri hier à Bastia.",
     [("Jean Roy", "maire", None)]),
]


def assert_of(got: list, expected: list[tuple[str, str, str | None]], exact: bool) -> None:
    """Each (person, role) is read, with no `of` when None is expected, else with that `of`
    (the same folded name when `exact`, else a name holding it)."""
    for person, role, of in expected:
        match = [g for g in got if fold(g[0]) == fold(person) and fold(g[1]) == fold(role)]
        assert match, (person, role, got)
        if of is None:
            assert match[0][2] is None, (person, role, match)
        else:
            found = match[0][2]
            assert found is not None and (fold(of) == fold(found) if exact else fold(of) in fold(found)), \
                (of, match)


@pytest.mark.parametrize(("text", "expected"), COMMUNE, ids=[c[0][:40] for c in COMMUNE])
def test_commune_is_never_a_state_or_a_region(extract: Callable[..., dict], text: str,
                                              expected: list[tuple[str, str, str | None]]) -> None:
    assert_of(roles_of(extract(text)), expected, exact=False)


# "le porte-parole du parti", "le président du club" take up an organization named before;
# a medium the words are said to or reported by is not one of the story's bodies
MEDIUM = [
    ("Le MoDem a tenu son congrès hier. « Nous réagissons avec calme » déclare à l'AFP "
     "Jean Morel, le porte-parole du parti.", [("Jean Morel", "porte-parole", "MoDem")]),
    ("La Ligue des droits de l'homme a tenu son congrès. Selon l'AFP, Jean Morel, le président "
     "de l'association, a démissionné.", [("Jean Morel", "président", "Ligue des droits de l'homme")]),
    ("L'Olympique de Marseille a recruté un attaquant. Jean Morel a expliqué à l'AFP que le "
     "président du club, Luc Roy, a signé.", [("Luc Roy", "président", "Olympique de Marseille")]),
]


@pytest.mark.parametrize(("text", "expected"), MEDIUM, ids=[c[0][:40] for c in MEDIUM])
def test_a_medium_is_no_antecedent(extract: Callable[..., dict], text: str,
                                   expected: list[tuple[str, str, str | None]]) -> None:
    got = roles_of(extract(text))
    for person, role, of in expected:
        match = [g for g in got if fold(g[0]) == fold(person) and fold(g[1]) == fold(role)]
        assert match and match[0][2] is not None and fold(of) == fold(match[0][2]), (of, got)


# a body the text does not name, then the place it is in: the role is held in that place
UNNAMED_BODY_PLACE = [
    ("Paul Henry, directeur d'une usine à Épinal, a démissionné.", [("Paul Henry", "directeur", "Épinal")]),
    ("Marie Caron, infirmière dans une clinique privée, vit à Toul.", [("Marie Caron", "infirmière", None)]),
    ("Luc Roy, l'avocat de Bernard Dupont à Metz, a plaidé.", [("Luc Roy", "avocat", None)]),
]


@pytest.mark.parametrize(("text", "expected"), UNNAMED_BODY_PLACE,
                         ids=[c[0][:40] for c in UNNAMED_BODY_PLACE])
def test_unnamed_body_then_its_place(extract: Callable[..., dict], text: str,
                                     expected: list[tuple[str, str, str | None]]) -> None:
    assert_of(roles_of(extract(text)), expected, exact=True)
