"""Round 29k: a name ranked in a results list is a competitor's, a person's
(factx.components.entity_types.ranked_competitors). Invented sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import entity_names

# (text, the competitor, a person)
RANKED = [
    # a rank, the surname, the gap to the winner
    ("Puis les Suisses : 12. Zurbriggen à 3'12 \". 27. Aeschbach à 4'05 \".", "Zurbriggen"),
    # a rank, the surname, a nationality code in brackets, the gap written "à l'"
    ("7. Ortega-Marín (Esp) à l' 38 \".", "Ortega-Marín"),
    # a rank, the surname, a nationality code, the item's end
    ("Classement du prologue. 5. Vermeulen (Be).", "Vermeulen"),
    # a rank, the surname, a code, the gap (the model reads nothing)
    ("9. Lorenzetti (It) à 2'40 \".", "Lorenzetti"),
    # no rank: a line opening on the surname, then the gap
    ("Kerbrat à 9'31 \". 141. Lhuillier à 9'40 \".", "Kerbrat"),
    # "m. t.": the same time as the one before
    ("Étape du jour : 44. Tissandier à 1'02 \". 45. Roumégoux m. t.", "Roumégoux"),
]


@pytest.mark.parametrize(("text", "person"), RANKED)
def test_ranked_competitor_is_a_person(extract: Callable[..., dict], text: str, person: str) -> None:
    result = extract(text)
    assert person in entity_names(result, "person")
    assert person not in entity_names(result, "place") | entity_names(result, "misc")


# guards (no change expected, the rule must not undo them): a town the gazetteer knows stays a
# place; an hour is no gap
KEPT = [
    ("Classement des équipes : 3. Épinal à 12 \".", "Épinal"),
    ("Le peloton est arrivé à Nancy à 14 h.", "Nancy"),
]


@pytest.mark.parametrize(("text", "place"), KEPT)
def test_town_in_results_stays_a_place(extract: Callable[..., dict], text: str, place: str) -> None:
    result = extract(text)
    assert place in entity_names(result, "place")
    assert place not in entity_names(result, "person")
