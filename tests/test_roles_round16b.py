"""Roles by class of French construction in regional and wire writing (issue 12, round 16b).

Sentences written for this audit, with invented names. Two classes: the subject of an
appointment verb separated from it by the name's detached appositions (an age, a trade, a
place: "X, 45 ans, agriculteur à V, a été élu maire"), and the compound titles "chef de
centre", "chef d'escadron", "chef de chœur" ... whose own complement is the body they head.
The pitfall tables hold what must not change: a wrong holder is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import held_of as _held
from conftest import role_triples as _roles


# ---------------------------------------------------------------- "X, 45 ans, agriculteur, a été élu maire"
@pytest.mark.parametrize(("text", "person", "role"), [
    ("Rolande Quiquerez, 52 ans, a été élue présidente de l'amicale au terme du scrutin.",
     "Rolande Quiquerez", "présidente"),
    ("Firmin Lachaussée, 58 ans, conseiller municipal sortant, a été élu adjoint au maire.",
     "Firmin Lachaussée", "adjoint au maire"),
    ("Aristide Malburet, 55 ans, a été nommé proviseur du lycée Jean-Zay.", "Aristide Malburet", "proviseur"),
    ("Clémence Fayolle, 41 ans, professeur des écoles, a été désignée présidente du comité des fêtes.",
     "Clémence Fayolle", "présidente"),
    # already read before (the parse links the verb to its subject): must stay
    ("Jean-Luc Bérangeot, 45 ans, agriculteur à Vilcey, a été élu maire au second tour.",
     "Jean-Luc Bérangeot", "maire"),
    ("Samedi, Gaspard Thévenaz, 38 ans, a été nommé directeur de l'office de tourisme.",
     "Gaspard Thévenaz", "directeur"),
    ("Marcelline Dubouchet, 61 ans, retraitée de l'enseignement, a été réélue trésorière du club.",
     "Marcelline Dubouchet", "trésorière"),
    ("Le capitaine Arsène Vauthrin, 47 ans, a été nommé commandant de la compagnie de gendarmerie.",
     "Arsène Vauthrin", "commandant"),
])
def test_appointed_past_the_names_appositions(extract: Callable[..., dict], text: str, person: str,
                                             role: str) -> None:
    assert _held(_roles(extract(text)), person, role)


@pytest.mark.parametrize(("text", "person", "role"), [
    # the name sits in a fronted phrase: the apposition after it is the subject
    ("Selon Honorine Verbecq, l'ancien trésorier, 66 ans, a été élu président.", "Honorine Verbecq",
     "président"),
    # a verb between: the name is another clause's
    ("Les gendarmes ont entendu Lazare Pécheloux, 29 ans, puis le témoin, 31 ans, a été nommé gardien.",
     "Lazare Pécheloux", "gardien"),
    # two names: the second one is elected, not the first
    ("Octave Rabiotte, 70 ans, et Léonce Barbezieux, 45 ans, ont assisté au vote. Léonce Barbezieux a été "
     "élu maire.", "Octave Rabiotte", "maire"),
])
def test_no_appointment_for_another_name(extract: Callable[..., dict], text: str, person: str,
                                         role: str) -> None:
    assert not _held(_roles(extract(text)), person, role)


# ---------------------------------------------------------------- "chef de centre", "chef d'escadron"
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Le capitaine Hervé Lambrequinet, chef de centre des sapeurs-pompiers de Pont-Saint-Vincent, a remis "
     "les galons.", "Hervé Lambrequinet", "chef de centre", "sapeurs-pompiers de Pont-Saint-Vincent"),
    ("Anatole Herbelin, chef d'escadron de la gendarmerie mobile de Saint-Avold, commandait le dispositif.",
     "Anatole Herbelin", "chef d'escadron", "gendarmerie mobile de Saint-Avold"),
    ("Le major Clovis Armengaud, chef de brigade de la gendarmerie de Vézelise, a mené l'enquête.",
     "Clovis Armengaud", "chef de brigade", "gendarmerie de Vézelise"),
    ("Léopoldine Sarrazac, cheffe de service de la maternité de Remiremont, part à la retraite.",
     "Léopoldine Sarrazac", "cheffe de service", "maternité de Remiremont"),
    # already read before: must stay
    ("Gilberte Manchelot, cheffe de chœur de la chorale Sainte-Cécile, a dirigé le concert de Noël.",
     "Gilberte Manchelot", "cheffe de chœur", "chorale Sainte-Cécile"),
    ("Le lieutenant Ferdinand Oberlé, chef de centre des pompiers de Lunéville, a présenté le bilan.",
     "Ferdinand Oberlé", "chef de centre", "pompiers de Lunéville"),
])
def test_compound_chief_titles_take_their_body(extract: Callable[..., dict], text: str, person: str,
                                               role: str, of: str) -> None:
    assert (person, role, of) in _roles(extract(text))


@pytest.mark.parametrize(("text", "person", "role", "of"), [
    # already read before: a known compound, a rank before the name
    ("Le chef de cabinet du préfet, Clotaire Ravignon, a présidé la réunion.", "Clotaire Ravignon",
     "chef de cabinet", None),
    ("Le chef d'orchestre Valentin Sauvageot a dirigé l'harmonie samedi.", "Valentin Sauvageot",
     "chef d'orchestre", None),
])
def test_other_chief_titles_unchanged(extract: Callable[..., dict], text: str, person: str, role: str,
                                      of: str | None) -> None:
    assert _held(_roles(extract(text)), person, role)
