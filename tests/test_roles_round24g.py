"""Extra roles: a rank's duty told by a head's verb is no second office (round 24g).

Sentences written for this audit, with invented names. Rules of French news writing:
- an officer or a magistrate named by rank or seat ("le capitaine X", "la juge Y",
  "le commissaire Z") and then given a head's verb in the same phrase ("qui dirigeait les
  secours", "qui présidait l'audience", "qui dirige le commissariat") is doing the duty of
  that rank: no "directeur" or "président" besides; the body the verb names is the rank's;

The guard tables hold what must not change: a mayor, a deputy or a treasurer who also
chairs or runs another body holds that second office.
"""

from collections.abc import Callable

import pytest

from conftest import role_triples as _roles


def _titles(result: dict, person: str) -> set[str]:
    return {r for p, r, _o in _roles(result) if p == person}


# ------------------------------------------------- a rank and the duty a verb tells
@pytest.mark.parametrize(("text", "person", "titles"), [
    ("Le lieutenant Yann Kerbellec, qui dirige le centre de secours de Morvenac, a présenté le "
     "bilan des interventions.", "Yann Kerbellec", {"lieutenant"}),
    ("Deux hommes ont été interpellés à Thiès, a indiqué le commissaire Ousmane Diagne, qui "
     "dirige le commissariat central de Thiès.", "Ousmane Diagne", {"commissaire"}),
    ("« Les preuves sont accablantes », a estimé la juge Ingrid Valtersen, qui présidait la "
     "chambre d'appel du tribunal de Brenoux.", "Ingrid Valtersen", {"juge"}),
    ("Le commandant Luc Herbin, qui dirige la compagnie de gendarmerie de Sarlieu, a présenté "
     "le bilan de l'année.", "Luc Herbin", {"commandant"}),
])
def test_rank_duty_is_no_second_office(extract: Callable[..., dict], text: str, person: str,
                                       titles: set[str]) -> None:
    assert _titles(extract(text), person) == titles


def test_rank_takes_the_body_of_its_duty(extract: Callable[..., dict]) -> None:
    text = ("La juge Ingrid Valtersen, qui préside le tribunal de commerce de Brenoux, a ouvert "
            "la séance.")
    assert _roles(extract(text)) == {("Ingrid Valtersen", "juge", "tribunal de commerce de Brenoux")}


# ------------------------------------------------- guards: a second office stays
@pytest.mark.parametrize(("text", "person", "title"), [
    ("La fête a réuni cent personnes. Le maire Paul Gisbert, qui préside aussi la communauté "
     "de communes du Val d'Orne, a pris la parole.", "Paul Gisbert", "président"),
    ("La fête a réuni cent personnes. Le trésorier Luc Herbin, qui dirige l'école de musique "
     "de Vernois, a pris la parole.", "Luc Herbin", "directeur"),
    ("Le colonel Jean Marot, qui a pris la présidence de l'amicale des anciens de Brenoux, a "
     "remercié les bénévoles.", "Jean Marot", "président"),
    ("Le capitaine Jean Marot a fondé le club de pétanque de Brenoux en 1990.", "Jean Marot",
     "fondateur"),
])
def test_second_office_kept(extract: Callable[..., dict], text: str, person: str, title: str) -> None:
    assert title in _titles(extract(text), person)
