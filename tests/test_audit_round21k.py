"""Round 21k: two round-21 rules narrowed after an audit on unseen text (Sequoia, HIPE).

- A region after "dans" and an article (round 21c, entity_types._in_an_area) is written with
  a lower-case article ("dans le Vaudrois"); in the middle of a sentence a capital article
  opens a title's own name, a newspaper's or a book's ("dans Le Vaudrinois"): no region.
- A bare title with no body takes the nearest body of a kind it is held in (round 21f,
  roles._kind_bodies, titles.json body_kinds): an office of the State (a ministry, a
  prefecture, a gendarmerie) is headed by a minister, a prefect, an officer and has no
  president, and a municipal council has a mayor: "le président X" is not held there.
The names are invented.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names, held_of, role_triples


# ------------------------------------------------- a newspaper's name is no region
@pytest.mark.parametrize(("text", "word"), [
    ("Le conseiller dénonce le prix des encarts vendus aux artisans dans Le Vaudrinois, petit "
     "journal de campagne de Pierre Galmot.", "Vaudrinois"),
])
def test_capital_article_after_dans_is_no_region(extract: Callable[..., dict], text: str, word: str) -> None:
    assert not any(p.endswith(word) for p in entity_names(extract(text), "place"))


# ------------------------------------------------- no president in an office of the State
@pytest.mark.parametrize(("text", "person"), [
    ("En 1921, le ministère de l'agriculture refusait de rouvrir le dossier. Le scandale, "
     "révélé par la presse en 1975, visait le président Arnaud Vernier lorsqu'il dirigeait "
     "les finances.", "Arnaud Vernier"),
    ("La préfecture des Vosges a publié un arrêté lundi. Le texte a été contesté par les "
     "riverains. Le président Jules Marcotte a demandé son retrait.", "Jules Marcotte"),
    ("La Gendarmerie nationale a ouvert une enquête. Le président Jules Marcotte a salué sa "
     "rapidité.", "Jules Marcotte"),
    ("Le Ministère des Armées a lancé un appel d'offres. Le président Jules Marcotte a visité "
     "l'usine.", "Jules Marcotte"),
])
def test_a_president_is_not_held_in_an_office_of_the_state(extract: Callable[..., dict], text: str,
                                                          person: str) -> None:
    assert held_of(role_triples(extract(text)), person, "président") == [None]


# ------------------------------------------------- guards
@pytest.mark.parametrize(("text", "place"), [
    ("Les randonneurs se sont perdus dans le Vaudrois dimanche.", "Vaudrois"),
    ("Ils ont passé leur enfance dans la Morvelie, près de la frontière.", "Morvelie"),
])
def test_guard_regions_after_dans(extract: Callable[..., dict], text: str, place: str) -> None:
    assert place in entity_names(extract(text), "place")


@pytest.mark.parametrize(("text", "person", "of"), [
    ("Le Tribunal correctionnel d'Épinal a examiné l'affaire mardi. Le président, Jules "
     "Marcotte, a rappelé les faits.", "Jules Marcotte", "Tribunal correctionnel d'Épinal"),
    ("Le Conseil départemental des Vosges a voté son budget lundi. Le président, Jules "
     "Marcotte, a salué un effort.", "Jules Marcotte", "Conseil départemental des Vosges"),
    ("L'association Les Amis du Moulin a tenu son assemblée. Le président, Jules Marcotte, a "
     "dressé le bilan.", "Jules Marcotte", "Les Amis du Moulin"),
])
def test_guard_presidents_keep_their_body(extract: Callable[..., dict], text: str, person: str,
                                          of: str) -> None:
    assert held_of(role_triples(extract(text)), person, "président") == [of]
