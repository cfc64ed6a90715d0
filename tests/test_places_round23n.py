"""Places: towns hidden inside other names (round 23n).

- An event named after the town that holds it ("les Jeux olympiques de X", "le tournoi ATP
  de X", "le Conseil européen de X": place_types.json `held_event_heads`): the town the
  gazetteer knows is a place of the text, not a treaty's or a work's town.
- A number closing a headline ("Football / National 2") counts nothing past the blank line
  after it: the next paragraph's first word (often a town) is no unit (figures._noun_unit).
"""

from collections.abc import Callable

import pytest

from conftest import entity_names


# ---------------------------------------------------------------- an event held in a town
@pytest.mark.parametrize(("text", "town"), [
    ("La plongeuse Maëlle Castagnède a décroché le bronze aux Jeux olympiques de Séoul.", "Séoul"),
    ("Après sa blessure, Yanis Ferrandou renonce au tournoi ATP de Lyon la semaine prochaine.", "Lyon"),
    ("La question des quotas sera tranchée lors du Conseil européen de Nice en décembre.", "Nice"),
])
def test_town_holding_an_event_is_a_place(extract: Callable[..., dict], text: str, town: str) -> None:
    assert town in entity_names(extract(text), "place")


# guards: a treaty or a work named after a town, a country in an event's name
@pytest.mark.parametrize(("text", "name"), [
    ("Les accords d'Évian restent un sujet sensible pour les anciens appelés.", "Évian"),
    ("La compagnie reprend Les Nuits de Sarajevo au théâtre municipal cet hiver.", "Sarajevo"),
])
def test_no_town_from_a_treaty_or_a_work(extract: Callable[..., dict], text: str, name: str) -> None:
    assert name not in entity_names(extract(text), "place")


# ---------------------------------------------------------------- a headline's number ends its paragraph
@pytest.mark.parametrize(("text", "town"), [
    ("Rugby / Fédérale 2\n\nMontauban renverse Albi au bout du suspense\n\nMenés à la pause, "
     "les joueurs ont arraché la victoire samedi soir.", "Montauban"),
    ("Football / Régional 2\n\nAurillac accueille le leader\n\nLes joueurs recevront dimanche.", "Aurillac"),
])
def test_number_of_a_headline_counts_nothing_in_the_next_paragraph(
        extract: Callable[..., dict], text: str, town: str) -> None:
    out = extract(text)
    assert not [e for e in out["entities"] if e["type"] == "figure" and "\n" in e["name"]]
    assert town in entity_names(out, "place")
