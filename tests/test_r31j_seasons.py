"""Round 31j (dates): 'N saisons' as a length of years.

'N saisons' (a club's, a series' or a festival's seasons) is a length of N years, as
'N années' is: 'trois saisons' P3Y, 'pendant quatre saisons' P4Y, 'les deux dernières
saisons' P2Y (lexicon units: 'saisons' -> Y). A bare 'cette saison' keeps no value.
'le bilan de N saisons / années' is that length too, no age (lexicon
duration_nouns_before_de: 'bilan').

Invented names and sentences; each fix row fails on the code before 31j.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

REF = "2012-03-14"


def values(result: dict) -> dict[str, str | None]:
    """Each date mention's text (lower case) -> value."""
    return {m["text"].lower(): e.get("value")
            for e in result["entities"] if e["type"] == "date" for m in e["mentions"]}


SEASONS = [
    ("N saisons after a verb",
     "Le gardien Marc Telvin a joué trois saisons au club de Ravignac avant de partir.",
     "trois saisons", "P3Y"),
    ("après N saisons",
     "Après deux saisons en deuxième division, l'équipe de Brossac retrouve l'élite.",
     "après deux saisons", "P2Y"),
    ("pendant N saisons",
     "Le festival de Vernouille a tenu pendant quatre saisons sans aide de la région.",
     "pendant quatre saisons", "P4Y"),
    ("le bilan de N saisons",
     "Le président du club de Brossac a dressé le bilan de neuf saisons à sa tête.",
     "neuf saisons", "P9Y"),
]


@pytest.mark.parametrize(("case", "text", "mention", "expected"), SEASONS, ids=[c[0] for c in SEASONS])
def test_seasons_are_years(extract: Callable[..., dict], case: str, text: str,
                           mention: str, expected: str) -> None:
    assert values(extract(text, REF)).get(mention) == expected


def test_bare_season_keeps_no_length(extract: Callable[..., dict]) -> None:
    vals = values(extract("Cette saison, le club de Ravignac vise la montée.", REF))
    assert not any(v and v.startswith("P") for v in vals.values())
