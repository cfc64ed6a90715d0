"""Roles' `of`: the body a possessive or a gentilé after the title stands for (round 23a).

Sentences written for this audit, with invented names. Rules of French news writing:
- a possessive before a title ("son adjoint", "sa trésorière") takes up who the clause is
  about; a thing or an event as the clause's subject ("l'intérim sera géré par son adjoint",
  "la réunion a été ouverte par son trésorier") owns no title, so the possessive takes up the
  one the sentence before is about: a coach's deputy is held in the coach's club, a mayor's
  deputy in his commune;
- a sentence the parser gave no subject ("Recruté en 2012, M. X, 51 ans, sortait ...") has
  for subject its one person named before the main verb by a bare noun phrase;
- a gentilé after a team or office title ("l'entraîneur spinalien") is the club whose name
  holds that town, also when the town is the club's first word or one half of a hyphenated
  name; a local office ("le maire rémois") stays the town's;
- a player or a coach named by a possessive ("son défenseur") whose owner holds a team title
  with its side ("l'entraîneur des Castors, X, ... son défenseur Y") is of that side, not of
  the story's leading club; a side's name the entity layer missed as a clause's subject ("Les
  Castors ont mené grâce à ...") is the body of that name named elsewhere.

The guard tables hold what must not change.
"""

from collections.abc import Callable

import pytest

from conftest import role_triples as _roles


def _of(result: dict, person: str, title: str) -> set[str | None]:
    return {o for p, r, o in _roles(result) if p == person and r == title}


_COACH = ("L'US Bérange a remercié lundi son entraîneur, Marc Tavel, au lendemain d'un revers "
          "contre le Stade Rocheux. ")
_MAYOR = ("Le maire de Brenoux, Marc Tavel, a démissionné lundi après un désaccord avec la "
          "communauté de communes du Val de Sorne. ")


# ------------------------------------------------- the possessive of a clause about a thing
@pytest.mark.parametrize(("text", "person", "title", "body"), [
    (_COACH + "M. Tavel paie les mauvais résultats de l'automne. L'intérim sera géré par son "
     "adjoint, Luc Herbin.", "Luc Herbin", "adjoint", "US Bérange"),
    (_COACH + "Âgé de 52 ans, Marc Tavel était en poste depuis 2015. La transition sera confiée à "
     "son adjoint, Luc Herbin.", "Luc Herbin", "adjoint", "US Bérange"),
    ("Le FC Tarmont s'est séparé de son entraîneur, Marc Tavel, au lendemain d'une défaite à "
     "Gravelines. Marc Tavel paie une série noire. La séance de reprise a été dirigée par son "
     "adjoint, Luc Herbin, mardi.", "Luc Herbin", "adjoint", "FC Tarmont"),
    # a sentence with no subject the parser found: its bare name before the main verb
    (_COACH + "Recruté en 2012, M. Tavel, 51 ans, sortait d'une saison blanche. L'intérim "
     "sera géré par son adjoint, Luc Herbin.", "Luc Herbin", "adjoint", "US Bérange"),
])
def test_possessive_after_a_thing(extract: Callable[..., dict], text: str, person: str, title: str,
                                  body: str) -> None:
    assert _of(extract(text), person, title) == {body}


# ------------------------------------------------- a gentilé: the club named after the town
@pytest.mark.parametrize(("text", "person", "title", "body"), [
    ("L'AS Épinal-Golbey s'est imposée 2-1 face au FC Brenoux-Vallée samedi soir. L'entraîneur "
     "spinalien, Paul Dorvier, a salué la combativité des siens.", "Paul Dorvier", "entraîneur",
     "AS Épinal-Golbey"),
    # the town as the club's first word, no club prefix
    ("Longtemps bousculé, le FC Brenoux-Vallée a fini par dominer les Thionville Castors samedi "
     "soir. L'entraîneur thionvillois, Paul Dorvier, regrettait un manque de réalisme.",
     "Paul Dorvier", "entraîneur", "Thionville Castors"),
    ("Le FC Brenoux-Vallée a battu les Épinal Renards 3-0 dimanche. Le gardien spinalien, Paul "
     "Dorvier, regrettait un manque de réalisme.", "Paul Dorvier", "gardien", "Épinal Renards"),
])
def test_gentile_club(extract: Callable[..., dict], text: str, person: str, title: str, body: str) -> None:
    assert _of(extract(text), person, title) == {body}


# ------------------------------------------------- "son défenseur": the side of its coach
@pytest.mark.parametrize(("text", "person", "title", "body"), [
    ("Le Celtic Brenoux a dominé les Rangers de Sorne 2-1 dimanche au stade du Moulin. Le Celtic "
     "Brenoux s'envole ainsi au classement. L'entraîneur des "
     "Rangers de Sorne, Jean Corbel, a contesté le carton rouge reçu par son défenseur "
     "Yann Lescop.", "Yann Lescop", "défenseur", "Rangers de Sorne"),
    ("Le FC Tarmont a battu l'AS Vélines 2-1 dimanche. Le FC Tarmont compte désormais huit points "
     "d'avance. L'entraîneur de l'AS Vélines, Jean Corbel, a contesté le carton rouge "
     "reçu par son défenseur Yann Lescop.", "Yann Lescop", "défenseur", "AS Vélines"),
    ("Le Sporting Arnac a battu les Mouettes 2-1 dimanche. L'entraîneur des Mouettes, Jean Corbel, "
     "regrettait la blessure de son gardien Yann Lescop.", "Yann Lescop", "gardien", "Mouettes"),
])
def test_player_of_the_coach(extract: Callable[..., dict], text: str, person: str, title: str,
                             body: str) -> None:
    assert _of(extract(text), person, title) == {body}


# ------------------------------------------------- guards: what was read before stays
@pytest.mark.parametrize(("text", "person", "title", "body"), [
    # the possessive opens the sentence: the subject before it
    (_COACH + "Son adjoint, Luc Herbin, assurera l'intérim.", "Luc Herbin", "adjoint", "US Bérange"),
    # a body as the subject of its own clause owns the title
    ("Le club Sporting Arnac a tenu son assemblée générale samedi. Son président, Paul Dorvier, "
     "a présenté le bilan.", "Paul Dorvier", "président", "Sporting Arnac"),
    ("La Banque Populaire Lorraine a prêté deux millions d'euros. Le club Sporting Arnac a tenu son "
     "assemblée samedi. La réunion a été ouverte par son président, Paul Dorvier.", "Paul Dorvier",
     "président", "Sporting Arnac"),
    # a mayor's deputy: the mayor's commune
    (_MAYOR + "Marc Tavel paie un long conflit. L'intérim sera géré par son premier adjoint, "
     "Luc Herbin.", "Luc Herbin", "premier adjoint", "Brenoux"),
    (_MAYOR + "Selon nos informations, M. Tavel a accepté de rester conseiller. Son premier "
     "adjoint, Luc Herbin, assurera l'intérim.", "Luc Herbin", "premier adjoint", "Brenoux"),
    # a gentilé after a local office: the town, though only a club holds its name
    ("Les Reims Pionniers ont été battus samedi. Le maire rémois, Paul Dorvier, était au stade.",
     "Paul Dorvier", "maire", "Reims"),
    ("L'AS Épinal-Golbey s'est imposée 2-1 face au FC Brenoux-Vallée samedi soir. Le maire "
     "spinalien, Paul Dorvier, a salué la victoire.", "Paul Dorvier", "maire", "Épinal"),
    # a club prefix: read before this round too
    ("Le FC Brenoux-Vallée a battu l'US Thionville Ruisseau 3-0 dimanche. Le gardien "
     "thionvillois, Paul Dorvier, regrettait un manque de réalisme.", "Paul Dorvier", "gardien",
     "US Thionville Ruisseau"),
])
def test_kept(extract: Callable[..., dict], text: str, person: str, title: str, body: str) -> None:
    assert _of(extract(text), person, title) == {body}
