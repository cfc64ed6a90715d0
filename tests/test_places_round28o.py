"""Round 28o (places): a town French writes with the ligature ("Wœrth", "Rœschwoog") is the
gazetteer's "Woerth", "Roeschwoog" (GeoNames spells it out): `gazetteer.place_kind` tries both.

(Round 28o's dateline rule, "MONTHEY, 4 mars.", fixed HIPE text only and was not merged.)
Each fix row fails on the start code.
"""

from __future__ import annotations

import pytest

LIGATURES = [
    ("an Alsatian town with its ligature, the list's 'Woerth'", "Wœrth", "town"),
    ("another, the list's 'Roeschwoog'", "Rœschwoog", "town"),
    ("a ligature opening the name, the list's 'Oermingen'", "Œrmingen", "town"),
]

LIGATURE_GUARDS = [
    ("guard: a town the lists already spell with the ligature", "Kœnigsmacker", "town"),
    ("guard: so is this one", "Bœrsch", "town"),
    ("guard: a common noun with a ligature is no place", "chœur", None),
]


@pytest.mark.parametrize(("why", "name", "kind"), LIGATURES + LIGATURE_GUARDS,
                         ids=[r[0] for r in LIGATURES + LIGATURE_GUARDS])
def test_ligature_spelled_out(why: str, name: str, kind: str | None) -> None:
    from factx import gazetteer

    assert gazetteer.place_kind(name) == kind, why
