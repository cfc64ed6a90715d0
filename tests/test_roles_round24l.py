"""Roles: a verb of saying read as a title, a rank after a preposition, a described speaker
(round 24l).

Sentences written for this audit, with invented names. Rules of French news writing:
- right after a quotation's closing mark and its comma comes the incise: its verb of saying,
  then the speaker. A bare word there is the verb, even when it is also a title noun ("»,
  juge Anne Roy", "», philosophe X"); a title in the incise comes with its article ("»,
  estime le juge X");
- a rank of the armed forces, gendarmerie or fire brigades (titles.json 'ranks') is a title
  wherever it stands, also after "selon", "d'après", "pour" and its article ("selon le major
  X", "d'après le maréchal des logis Y"); capitalised inside a name it is none;
- a definite description that speaks a quotation ("», jubilait la gagnante, 44 ans,
  pharmacienne à X") takes up the one person named since the sentence before the
  quotation, else the subject of that sentence (for a noun of a part, "le vainqueur", only
  when that sentence's verb is a verb of that part: "s'est imposé", "a remporté"); the title
  in apposition to the description is that person's.

The guard tables hold what must not change.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers
from conftest import role_triples as _roles


def _titles(result: dict, person: str) -> set[str]:
    return {r for p, r, _ in _roles(result) if p == person}


# ------------------------------------------------- a verb of saying is no title
@pytest.mark.parametrize(("text", "person", "verb"), [
    ("« Nous ne lâcherons rien sur la cantine », juge Odile Marchetaux, mère de deux élèves.",
     "Odile Marchetaux", "juge"),
    ("Le conseil a voté la hausse. \"Les familles vont payer plus cher\", juge Rémi Sorbel.",
     "Rémi Sorbel", "juge"),
    ("« Chaque saison ressemble à la précédente, et c'est tant mieux », philosophe Gaston Verlier.",
     "Gaston Verlier", "philosophe"),
])
def test_incise_verb_is_no_title(extract: Callable[..., dict], text: str, person: str, verb: str) -> None:
    result = extract(text)
    assert verb not in _titles(result, person)
    assert person in quote_speakers(result)


# ------------------------------------------------- a rank after a preposition
@pytest.mark.parametrize(("text", "person", "title"), [
    ("Selon le major Aurélien Potrat, le feu a pris dans un garage.", "Aurélien Potrat", "major"),
    ("D'après la major Lise Ferrandou, la route restera fermée jusqu'à midi.", "Lise Ferrandou", "major"),
    ("Pour l'aspirant Yves Carmagnol, l'alerte a été donnée trop tard.", "Yves Carmagnol", "aspirant"),
])
def test_rank_after_preposition(extract: Callable[..., dict], text: str, person: str, title: str) -> None:
    assert title in _titles(extract(text), person)


# ------------------------------------------------- the title of a described speaker
_WON = "Le Jurassien Bastien Morvillard s'est imposé dimanche au trail de Cornimont devant Yann Plessard. "
_SHOP = "Bastien Morvillard a repris la quincaillerie de la rue Basse au printemps. "


@pytest.mark.parametrize(("text", "person", "title"), [
    (_WON + "« La dernière montée m'a fait mal », savourait le vainqueur, 29 ans, ostéopathe à Remiremont.",
     "Bastien Morvillard", "ostéopathe"),
    (_WON + "\"La dernière montée m'a fait mal\", souriait le vainqueur, ostéopathe à Remiremont.",
     "Bastien Morvillard", "ostéopathe"),
    (_SHOP + "« Les clients sont revenus très vite », se réjouit le quinquagénaire, ancien menuisier.",
     "Bastien Morvillard", "menuisier"),
])
def test_title_of_described_speaker(extract: Callable[..., dict], text: str, person: str, title: str) -> None:
    assert any(r.endswith(title) for r in _titles(extract(text), person))


# ------------------------------------------------- guards
@pytest.mark.parametrize(("text", "person", "title"), [
    ("« Le dossier est clos », estime le juge Paul Ribaucourt.", "Paul Ribaucourt", "juge"),
    ("« Le dossier est clos », explique Paul Ribaucourt, juge au tribunal de Nancy.", "Paul Ribaucourt",
     "juge"),
    ("« La piste était glissante », raconte le pilote Paul Ribaucourt.", "Paul Ribaucourt", "pilote"),
    ("Le capitaine Paul Ribaucourt commande la compagnie depuis mars.", "Paul Ribaucourt", "capitaine"),
    ("Pour le sous-lieutenant Yves Carmagnol, l'alerte a été donnée trop tard.", "Yves Carmagnol",
     "sous-lieutenant"),
    ("Selon le maréchal des logis Hugo Delpierre, le conducteur roulait vite.", "Hugo Delpierre",
     "maréchal des logis"),
    ("Selon le capitaine de vaisseau Noël Gravier, le navire reprendra la mer lundi.", "Noël Gravier",
     "capitaine de vaisseau"),
])
def test_titles_kept(extract: Callable[..., dict], text: str, person: str, title: str) -> None:
    assert title in _titles(extract(text), person)


@pytest.mark.parametrize(("text", "person"), [
    # the beaten runner is the subject: "le vainqueur" is not him
    ("Yann Plessard a terminé derrière Bastien Morvillard. « La dernière montée m'a fait mal », "
     "savourait le vainqueur, 29 ans, ostéopathe à Remiremont.", "Yann Plessard"),
    ("Yann Plessard a été battu dimanche par Bastien Morvillard. « La dernière montée m'a fait mal », "
     "savourait le vainqueur, ostéopathe à Remiremont.", "Yann Plessard"),
    # two people as the subject: which one?
    ("Inès Garaudel et Bastien Morvillard ont repris la quincaillerie. « Les clients sont revenus », "
     "se réjouit le quinquagénaire, ancien menuisier.", "Bastien Morvillard"),
])
def test_described_speaker_not_guessed(extract: Callable[..., dict], text: str, person: str) -> None:
    assert not any("ostéopathe" in r or "menuisier" in r for r in _titles(extract(text), person))


def test_capitalised_rank_in_a_name(extract: Callable[..., dict]) -> None:
    result = extract("Le club dispute sa première saison en Major League Soccer depuis avril.")
    assert not [p for p, _, _ in _roles(result)]
    assert not any(e["type"] == "person" for e in result["entities"])
