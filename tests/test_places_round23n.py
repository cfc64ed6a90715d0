"""Places: the town a plain hospital is named after (round 23n).

- "l'hôpital de <ville>": news names a town's hospital by its town; the sentence says where
  someone died, was taken or lies, so the town the gazetteer knows is a place of the text
  too, nested in the hospital's name (place_types.json `sited_heads`, as an airport's or a
  camp's town).
- Not the institutions named by their legal title ("le centre hospitalier de X", "le CHU de
  X"): the eval sets count no town there. A surname or a club named like the town keeps it
  out, as for the other sited heads.
- An event named after the town that holds it ("les Jeux olympiques de X", "le tournoi ATP
  de X", "le Conseil européen de X": place_types.json `held_event_heads`): the town the
  gazetteer knows is a place of the text, not a treaty's or a work's town.
- A number closing a headline ("Football / National 2") counts nothing past the blank line
  after it: the next paragraph's first word (often a town) is no unit (figures._noun_unit).
"""

from collections.abc import Callable

import pytest

from conftest import entity_names


# ---------------------------------------------------------------- a plain hospital's town
@pytest.mark.parametrize(("text", "town"), [
    ("Lucien Verbrugge s'est éteint mardi à l'hôpital de Millau, à l'âge de 84 ans.", "Millau"),
    ("Blessée à la jambe, la randonneuse a été héliportée vers l'hôpital d'Aurillac.", "Aurillac"),
    ("Le motard, touché à la tête, a été conduit à l'hôpital de Guéret dans la soirée.", "Guéret"),
    ("Victime d'un malaise, Odile Parmentier a passé la nuit à l'hôpital psychiatrique de Tulle.",
     "Tulle"),
    ("L'ancien maire est mort dimanche à l'hôpital de Bressuire, entouré des siens.", "Bressuire"),
])
def test_town_of_a_plain_hospital_is_a_place(extract: Callable[..., dict], text: str, town: str) -> None:
    assert town in entity_names(extract(text), "place")


# guards: an institution's legal title keeps its town inside; an unknown name adds nothing
@pytest.mark.parametrize(("text", "town"), [
    ("Le blessé a été transporté au centre hospitalier de Lannion par les pompiers.", "Lannion"),
    ("Un enfant de dix ans a été héliporté vers le CHU de Saint-Flour jeudi soir.", "Saint-Flour"),
    ("La vieille dame est morte à l'hôpital de Kervadec, selon sa famille.", "Kervadec"),
])
def test_no_town_from_an_institution_or_an_unknown_name(
        extract: Callable[..., dict], text: str, town: str) -> None:
    assert town not in entity_names(extract(text), "place")


# the hospital keeps its whole name, and its town is added beside it
def test_hospital_keeps_its_whole_name_and_adds_its_town(extract: Callable[..., dict]) -> None:
    names = entity_names(extract("Gaston Ferrand est décédé à l'hôpital d'Oloron-Sainte-Marie."), "place")
    assert {"hôpital d'Oloron-Sainte-Marie", "Oloron-Sainte-Marie"} <= names


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
