"""The `of` of a bare title whose body the text names before it, among bodies of other kinds
(round 21f).

Sentences written for this audit, with invented names. One rule of French news writing: a
title with no complement ("X, trésorière, ...", "le gérant, Y", "l'entraîneur Z") names the
kind of body it is held in: a treasurer's is an association or a club, a coach's or a
player's a club, a manager's or a CEO's a firm (a bank is one), a principal's a collège, a
proviseur's a lycée, a parish priest's a parish (models/roles/titles.json body_kinds,
title_body_kinds). A body of another known kind named nearer the title is not its body: the
title goes to the nearest body of a fitting kind named before it, else to none; a bare title
with no body takes the nearest fitting one. Two fitting bodies named in one sentence ("X a
battu Y") leave it none.

The guard table holds what must not change.
"""

from collections.abc import Callable

import pytest

from conftest import held_of as _held
from conftest import role_triples as _roles


# ------------------------------------------------- the nearest body of the title's kind
@pytest.mark.parametrize(("text", "person", "title", "of"), [
    # a treasurer: the association, not the firm named between
    ("L'association Les Glaneurs de Brévaine a réuni ses adhérents vendredi. La société Kervalis "
     "avait offert le buffet. Noémie Castagnac, trésorière, a détaillé les comptes.",
     "Noémie Castagnac", "trésorière", "Glaneurs de Brévaine"),
    # a treasurer: the association, not the bank that paid for the lots
    ("Le comité des fêtes d'Ormancey prépare sa brocante. Le Crédit mutuel a offert les lots "
     "de la tombola. Le trésorier, Firmin Labrousse, tient la caisse.",
     "Firmin Labrousse", "trésorier", "comité des fêtes d'Ormancey"),
    # a manager: the firm, not the association named between
    ("L'entreprise Dorvalec Menuiserie agrandit son atelier. L'amicale des donneurs de sang "
     "y tiendra une collecte. Le gérant, Aurélien Pastoret, embauche deux apprentis.",
     "Aurélien Pastoret", "gérant", "Dorvalec Menuiserie"),
    # a coach with no body in his sentence: the one club named before, past a firm
    ("L'AS Vérignac a gagné son cinquième match d'affilée. La société Tolbrane sponsorise les "
     "maillots. L'entraîneur, Maxence Ribaudet, savoure.",
     "Maxence Ribaudet", "entraîneur", "AS Vérignac"),
    # a principal: the school, not the club named in between
    ("Le collège Germaine-Tillion de Saint-Oradoux accueille un tournoi. Le FC Saint-Oradoux "
     "prête son terrain. La principale, Bérengère Lavaud, remet les coupes.",
     "Bérengère Lavaud", "principale", "collège Germaine-Tillion"),
    # a parish priest: the parish, past the association that runs a stall
    ("La paroisse Saint-Ildut prépare sa kermesse. L'association Les Amis de Kerloc'h tiendra "
     "la buvette. Le curé, Yvon Le Gallic, bénira les enfants.",
     "Yvon Le Gallic", "curé", "paroisse Saint-Ildut"),
])
def test_a_bare_title_goes_to_the_nearest_body_of_its_kind(extract: Callable[..., dict], text: str,
                                                          person: str, title: str, of: str) -> None:
    assert any(x is not None and of in x for x in _held(_roles(extract(text)), person, title))


# ------------------------------------------------- no body of the title's kind: none
@pytest.mark.parametrize(("text", "person", "title"), [
    # a school has no treasurer
    ("Le lycée Hélène-Boucher de Vaucresson fête ses quarante ans. Une exposition retrace son "
     "histoire. Le trésorier, Octave Barnier, a ouvert le bal.", "Octave Barnier", "trésorier"),
    # a shop's manager is no grouping of communes'
    ("La communauté de communes du Val d'Arzon a voté une aide aux commerces. Le gérant, "
     "Hippolyte Ravenel, s'en réjouit.", "Hippolyte Ravenel", "gérant"),
])
def test_a_bare_title_with_no_body_of_its_kind_has_none(extract: Callable[..., dict], text: str,
                                                       person: str, title: str) -> None:
    assert _held(_roles(extract(text)), person, title) == [None]


# ------------------------------------------------- guards
@pytest.mark.parametrize(("text", "person", "title", "of"), [
    # two clubs in one sentence: either side's coach
    ("Le FC Lormeville a battu l'US Carvanne dimanche. L'entraîneur, Gaétan Morissot, était "
     "ravi.", "Gaétan Morissot", "entraîneur", None),
    # a rank is held in the uniformed body, not in the club named before
    ("Le FC Lormeville a perdu dimanche. La gendarmerie de Carvanne a ouvert une enquête sur "
     "les incidents. Le capitaine Gaétan Morissot a entendu les témoins.",
     "Gaétan Morissot", "capitaine", "gendarmerie de Carvanne"),
    # a president of a court stays the court's
    ("L'association Les Glaneurs de Brévaine a porté plainte. Le tribunal correctionnel "
     "d'Aurignac a jugé l'affaire jeudi. Le président, Edmond Sarrazin, a prononcé la relaxe.",
     "Edmond Sarrazin", "président", "tribunal correctionnel d'Aurignac"),
    # a mayor stays the commune's
    ("À Ormancey, la société Kervalis a ouvert un atelier. Le maire, Lucien Faverot, a coupé le "
     "ruban.", "Lucien Faverot", "maire", "Ormancey"),
    # a director may run a school: unchanged
    ("La société Kervalis a offert des ordinateurs. Le collège Germaine-Tillion les a reçus "
     "lundi. La directrice, Odile Fromentin, a remercié le donateur.",
     "Odile Fromentin", "directrice", "collège Germaine-Tillion"),
])
def test_guards(extract: Callable[..., dict], text: str, person: str, title: str, of: str | None) -> None:
    got = _held(_roles(extract(text)), person, title)
    assert got
    assert all(x is None for x in got) if of is None else any(x is not None and of in x for x in got)
