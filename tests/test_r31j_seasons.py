"""Round 31j (dates): two classes of length phrases.

1. 'N saisons' (a club's, a series' or a festival's seasons) is a length of N years, as
   'N années' is: 'trois saisons' P3Y, 'pendant quatre saisons' P4Y, 'les deux dernières
   saisons' P2Y (lexicon units: 'saisons' -> Y). A bare 'cette saison' keeps no value.
   'le bilan de N saisons / années' is that length too, no age (lexicon
   duration_nouns_before_de: 'bilan').
2. A judged 'une année' / 'une journée' after the preposition the duration rule keeps
   ('est revenu sur une année chargée', 'pendant une journée historique') is the period judged,
   no length of time, as the bare one is (components.dates._evaluated_period); 'sur une année
   glissante' and 'pendant une journée entière' stay lengths.

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


JUDGED = [
    ("sur une année chargée",
     "Le maire de Tolvac est revenu sur une année chargée pour la commune.", "sur une année"),
    ("pendant une journée historique",
     "Les habitants ont défilé pendant une journée historique pour le village.", "pendant une journée"),
]


@pytest.mark.parametrize(("case", "text", "mention"), JUDGED, ids=[c[0] for c in JUDGED])
def test_judged_period_after_preposition(extract: Callable[..., dict], case: str, text: str,
                                         mention: str) -> None:
    assert mention not in values(extract(text, REF))


KEPT = [
    ("sur une année glissante",
     "Les ventes de la coopérative ont progressé de 4 % sur une année glissante.", "sur une année", "P1Y"),
    ("pendant une journée entière",
     "Les secours ont cherché le randonneur pendant une journée entière.", "pendant une journée", "P1D"),
]


@pytest.mark.parametrize(("case", "text", "mention", "expected"), KEPT, ids=[c[0] for c in KEPT])
def test_length_after_preposition_stays(extract: Callable[..., dict], case: str, text: str,
                                        mention: str, expected: str) -> None:
    assert values(extract(text, REF)).get(mention) == expected
