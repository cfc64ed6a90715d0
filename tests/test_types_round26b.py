"""The type decision between place and organization for one name (round 26b).

Round 26b read every working case where factx and the gold disagree on place vs organization
(wikinews_dev, regional_dev and the even halves of own_dev..own_dev6, own_dev8, own_dev10):
most are conventions the golds do not share (a town standing for its team, hospitals and other
venues named by an institution's head) and the rest a long tail of one-off names. A tempting
rule, "a one-word name no gazetteer knows, after a singular article, that acts is a body",
turned three regions of working articles into organizations: a land acts in news writing as a
country does, and the guideline keeps a country used as an actor a place. These guard rows,
invented names and sentences, lock that reading so that no later rule makes it again.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names


# ---------------------------------------------------------------- guards: a land that acts stays a place
@pytest.mark.parametrize(("text", "place"), [
    # a region after "la", subject of a verb of action
    ("Cette année encore, la Vérandie a accueilli plus de deux millions de visiteurs.", "Vérandie"),
    # a region after "l'", subject of a compound past
    ("Après trois saisons sèches, l'Orbanie a perdu la moitié de ses troupeaux.", "Orbanie"),
    # a country the gazetteer knows, as a government actor (the guideline's own example)
    ("Mardi, la France a signé l'accord avec ses voisins du Sud.", "France"),
    # a region the gazetteer knows, subject of a verb of decision
    ("En fin de journée, la Bretagne a voté une aide aux éleveurs de porcs.", "Bretagne"),
])
def test_a_land_that_acts_stays_a_place(extract: Callable[..., dict], text: str, place: str) -> None:
    result = extract(text)
    assert place in entity_names(result, "place")
    assert place not in entity_names(result, "organization")


# ---------------------------------------------------------------- guards: a seat of power that acts is a body
@pytest.mark.parametrize(("text", "body"), [
    ("Le Kremlin a démenti jeudi toute livraison d'armes au régime voisin.", "Kremlin"),
])
def test_a_seat_that_acts_is_a_body(extract: Callable[..., dict], text: str, body: str) -> None:
    assert body in entity_names(extract(text), "organization")
