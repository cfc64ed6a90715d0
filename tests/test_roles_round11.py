"""A title's holder named after a relative clause set off by commas (round 11, lead).

News writing puts a short description of the body or of the office between a title and
the name of its holder: "Le directeur de l'usine, qui emploie trente personnes, Marc Roy,
a confirmé". The name is still the title's holder, unless the clause names someone or a
title of its own, in which case the name after it belongs to that one.
"""

from collections.abc import Callable

import pytest


def _roles(result: dict) -> set[tuple[str, str]]:
    ents = {e["id"]: e["name"] for e in result["entities"]}
    return {(ents[f["person"]], f["role"]) for f in result["facts"] if f["type"] == "role"}


@pytest.mark.parametrize(("text", "role"), [
    ("La gérante de la fromagerie, qui emploie douze salariés, Lucie Marchand-Ferry, a confirmé le rachat.",
     ("Lucie Marchand-Ferry", "gérante")),
    ("Le président de l'harmonie, qui fêtera ses cent ans en mai, Roger Thiébault, a remercié les musiciens.",
     ("Roger Thiébault", "président")),
    ("Le directeur du musée, dont le mandat s'achève en juin, Olivier Grandvoinnet, ne sera pas remplacé.",
     ("Olivier Grandvoinnet", "directeur")),
])
def test_the_holder_after_a_relative_clause(extract: Callable[..., dict], text: str,
                                            role: tuple[str, str]) -> None:
    person, title = role
    assert any(p == person and r.startswith(title) for p, r in _roles(extract(text)))


@pytest.mark.parametrize(("text", "wrong"), [
    # the clause names a title of its own: the name is that one's
    ("Le maire, qui a accueilli le sous-préfet, Jacques Vauchelet, a parlé de la déviation.",
     ("Jacques Vauchelet", "maire")),
    # plural titles: a list, not one holder
    ("Les présidents des deux clubs, qui se sont réunis lundi, Paul Renauldon et Marc Hutin, ont signé.",
     ("Paul Renauldon", "présidents")),
])
def test_no_holder_across_a_clause_that_names_another_title(extract: Callable[..., dict], text: str,
                                                            wrong: tuple[str, str]) -> None:
    person, title = wrong
    assert not any(p == person and r.startswith(title) for p, r in _roles(extract(text)))
