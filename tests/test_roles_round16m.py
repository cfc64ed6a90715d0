"""Derived roles and titles of a town's adjective (issue 12, round 16m).

Sentences written for this audit, with invented names. Three classes: the office a noun of
office names ("au cours de la présidence de X", "sous la présidence de Y") is held in the state
its own sentence names, not in the one the story names most; "le numéro deux du régime" (a
noun of a state's power that is no kind of body) is the state's, as "le porte-parole du
gouvernement" is; a player's title with a town's adjective ("l'attaquant golbéen X") is
held in the club of that town the text names, also when the club's name opens with the town
("Golbey Football Club"). The pitfall tables hold what must not change.
"""

from collections.abc import Callable

import pytest

from conftest import held_of as _held
from conftest import role_triples as _roles


# ---------------------------------------------------------------- "au cours de la présidence de X"
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Le Portugal a reçu ses partenaires. Le Portugal veut un accord. Au cours de la présidence de "
     "Tarja Halvenko, la Finlande avait défendu l'élargissement.", "Tarja Halvenko", "présidente",
     "Finlande"),
    ("Le Portugal a reçu ses partenaires à Lisbonne. Le Portugal veut un accord. Sous la présidence de "
     "Jacques Marnival, la France a obtenu un compromis.", "Jacques Marnival", "président",
     "France"),  # round 24j: the id of the place written "la France"; 24n: its name drops the article
    ("La Slovaquie attend. La Slovaquie négocie. La Slovaquie espère. Depuis le début de la présidence "
     "de Vaclav Horalek, la République tchèque a beaucoup changé.", "Vaclav Horalek", "président",
     "République tchèque"),
    ("L'Espagne proteste. L'Espagne menace. Pendant la présidence de Carlos Menditegui, l'Argentine "
     "a privatisé ses chemins de fer.", "Carlos Menditegui", "président", "Argentine"),
    ("L'Italie a voté contre. L'Italie conteste le texte. Durant la présidence de Kofi Adjemang, le "
     "Ghana a connu une forte croissance.", "Kofi Adjemang", "président", "Ghana"),
])
def test_presidency_of_its_own_sentence(extract: Callable[..., dict], text: str, person: str, role: str,
                                        of: str) -> None:
    roles = _roles(extract(text))
    assert _held(roles, person, role) == [of], roles


# pitfalls: a sentence naming no state, or several with none as its subject, keeps what it had
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    # no state in its sentence: the story's
    ("La Finlande vote lundi. La Finlande hésite encore. Au cours de la présidence de Tarja Halvenko, "
     "les négociations avaient avancé.", "Tarja Halvenko", "présidente", "Finlande"),
])
def test_presidency_pitfalls(extract: Callable[..., dict], text: str, person: str, role: str,
                             of: str) -> None:
    roles = _roles(extract(text))
    assert _held(roles, person, role) == [of], roles


# ---------------------------------------------------------------- "le numéro deux du régime"
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Nikolaj Sajnevic, le numéro deux du régime, a été reçu à Moscou. La Yougoslavie refuse le plan.",
     "Nikolaj Sajnevic", "numéro deux", "Yougoslavie"),
    ("Le numéro deux du régime irakien, Tarek Azzabi, a rencontré le pape hier.",
     "Tarek Azzabi", "numéro deux", "Irak"),
    ("Le numéro un du régime, Hassan Kourbani, a limogé trois ministres. L'Iran dément toute crise.",
     "Hassan Kourbani", "numéro un", "Iran"),
    ("Selon la Syrie, le porte-parole du régime, Walid Chaddami, sera à Genève lundi.",
     "Walid Chaddami", "porte-parole", "Syrie"),
    ("La Biélorussie a fermé ses frontières. Le numéro deux du régime, Viktor Charkevitch, "
     "a été arrêté hier.", "Viktor Charkevitch", "numéro deux", "Biélorussie"),
])
def test_number_two_of_the_regime(extract: Callable[..., dict], text: str, person: str, role: str,
                                  of: str) -> None:
    roles = _roles(extract(text))
    assert _held(roles, person, role) == [of], roles


# pitfalls: "régime" with a complement of its own is a domain, not the state
@pytest.mark.parametrize(("text", "person", "role"), [
    ("Le directeur du régime de retraite, Lucien Dantravel, a répondu aux syndicats.",
     "Lucien Dantravel", "directeur du régime de retraite"),
])
def test_regime_pitfalls(extract: Callable[..., dict], text: str, person: str, role: str) -> None:
    roles = _roles(extract(text))
    assert _held(roles, person, role) == [None], roles


# ---------------------------------------------------------------- "l'attaquant golbéen X"
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Handball\nSélestat prend sa revanche\nLe Sélestat Ried Handball (SRH) a battu Ivry samedi. "
     "Le gardien sélestadien Marc Dollingweiler a sorti quinze ballons.",
     "Marc Dollingweiler", "gardien", "Sélestat Ried Handball"),
    ("Football\nGolbey s'impose\nLe Golbey Football Club a battu Thaon dimanche. L'attaquant golbéen "
     "Rémi Vautrignon a marqué deux fois.", "Rémi Vautrignon", "attaquant", "Golbey Football Club"),
    ("Rugby\nLe Golbey Rugby Club a perdu à Dijon. La capitaine golbéenne Sandrine Vautrignon s'est "
     "blessée à l'épaule.", "Sandrine Vautrignon", "capitaine", "Golbey Rugby Club"),
    ("Basket\nLe Sélestat Basket Club l'a emporté face à Colmar (78-71). L'entraîneur sélestadien, "
     "Didier Hochmeister, savourait.", "Didier Hochmeister", "entraîneur", "Sélestat Basket Club"),
    ("Volley\nLa Vittel Volley Association a battu Nancy en trois sets. La passeuse vittelloise "
     "Aurélie Grandmougeot a été élue meilleure joueuse.", "Aurélie Grandmougeot", "passeuse",
     "Vittel Volley Association"),
])
def test_player_of_the_towns_club(extract: Callable[..., dict], text: str, person: str, role: str,
                                  of: str) -> None:
    roles = _roles(extract(text))
    assert _held(roles, person, role) == [of], roles


# pitfalls: a mayor is the town's even when a firm named after the town is named; a club
# named by its prefix keeps working; no club named: the town
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Golbey\nGolbey Électricité embauche. Le maire golbéen Rémi Vautrignon a visité l'usine.",
     "Rémi Vautrignon", "maire", "Golbey"),
    ("Football\nLe SAS Épinal a battu Raon (2-0). L'attaquant spinalien Kévin Darbellois a marqué deux buts.",
     "Kévin Darbellois", "attaquant", "SAS Épinal"),
    ("Rugby\nToulouse\nLe capitaine toulousain Fabien Pelossard a été blessé samedi.",
     "Fabien Pelossard", "capitaine", "Toulouse"),
])
def test_town_adjective_pitfalls(extract: Callable[..., dict], text: str, person: str, role: str,
                                 of: str) -> None:
    roles = _roles(extract(text))
    assert _held(roles, person, role) == [of], roles
