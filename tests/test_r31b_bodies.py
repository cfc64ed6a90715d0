"""Round 31b: organizations the model and the sport rules missed.

- the conference of the parties of a treaty named by its acronym and session ("la COP21") is
  its supreme body, an organization (`parties_conferences`, organizations.parties_conferences);
- a club named by capitalized words around a team sport ("Varmont Pyrénées Rugby"), or by its
  town and "OC", is one organization (`club_sport_words`, `club_suffixes`).

Round 31b also wrote two rules that were not kept: public hospitals as bodies and "les pompiers
de X" as no body; regional_dev's gold (its working part) annotates both the other way.

Invented names and sentences; each fix row fails on the start code.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import entity_names

# - the conference of the parties of a treaty named by its acronym and session ("la COP21") is
#   its supreme body, an organization (`parties_conferences`).
COP_ROWS = [
    ("after a title", "Le ministre, président de la COP27, a ouvert la séance plénière.", "COP27"),
    ("in a headline", "COP19 : les délégués adoptent un texte de compromis\n\nLes négociations ont "
     "duré deux semaines.", "COP19"),
]


@pytest.mark.parametrize("label,text,name", COP_ROWS, ids=[r[0] for r in COP_ROWS])
def test_a_conference_of_the_parties_is_a_body(extract: Callable[..., dict], label: str,
                                               text: str, name: str) -> None:
    assert name in entity_names(extract(text), "organization")


# - a club named by its town, its region and a team sport ("Varmont Picardie Rugby") is one
#   organization (`club_sport_words`).
CLUB_ROWS = [
    ("town, region, sport", "Le Stade Lorvignais s'est imposé face à un Varmont Pyrénées Rugby "
     "accrocheur.", "Varmont Pyrénées Rugby"),
    ("town, sport, region", "Samedi, le Bréval Foot Picardie a battu Lorvigny en championnat.",
     "Bréval Foot Picardie"),
]


@pytest.mark.parametrize("label,text,name", CLUB_ROWS, ids=[r[0] for r in CLUB_ROWS])
def test_a_club_named_by_town_and_sport(extract: Callable[..., dict], label: str, text: str,
                                        name: str) -> None:
    assert name in entity_names(extract(text), "organization")
