"""Roles' `of`: a title whose complement names a unit, a branch or an organ of a body (round 24b).

Sentences written for this audit, with invented names. Rules of French news writing:
- an office held in a unit of a body (a hospital's ward, a firm's laboratory, an association's
  local branch) is held in that body: "le médecin responsable de l'unité" after "l'unité de
  soins du centre hospitalier X" is X's; a unit the model named followed by its body ("le
  département des Cartes de la BnF") is the body's;
- a branch named by its body's acronym and its town ("l'agence ONF de X", "l'antenne ONF de
  X") is the body named before in full;
- an office in a governing organ (a board of directors, a supervisory board, a steering
  committee) whose complement takes up a body by its kind ("du conseil de surveillance de la
  société", "du comité directeur du club") is held in that body named before; the organ stays
  in the title.

The guard table holds what must not change.
"""

from collections.abc import Callable

import pytest

from conftest import role_triples as _roles


def _of(result: dict, person: str) -> set[str | None]:
    return {o for p, _, o in _roles(result) if p == person}


# ------------------------------------------------- a unit or a branch taken up alone
@pytest.mark.parametrize(("text", "person", "body"), [
    ("L'unité de gériatrie du centre hospitalier de Brenoux a reçu ses premiers malades lundi. "
     "Le docteur Paul Vinet, médecin responsable de l'unité, parle d'un soulagement.",
     "Paul Vinet", "centre hospitalier de Brenoux"),
    ("Le laboratoire d'analyses de la société Tolvex a déménagé cet été. La directrice du "
     "laboratoire, Claire Morand, a guidé les visiteurs.", "Claire Morand", "Tolvex"),
    ("L'antenne cantonale de l'association Les Amis du Lavoir a tenu son assemblée samedi. La "
     "présidente de l'antenne, Odile Ferrat, a dressé le bilan.", "Odile Ferrat",
     "Les Amis du Lavoir"),
])
def test_unit_taken_up(extract: Callable[..., dict], text: str, person: str, body: str) -> None:
    assert _of(extract(text), person) == {body}


# ------------------------------------------------- a unit or a branch named with its body
@pytest.mark.parametrize(("text", "person", "body"), [
    ("La BnF montre des cartes marines anciennes. « Un fonds rare », estime Odile Ferrat, "
     "directrice du département des Cartes de la BnF.", "Odile Ferrat", "BnF"),
    ("Les bûcherons de l'Office national des forêts (ONF) s'inquiètent. Le directeur de l'agence "
     "ONF de Varnay, Hervé Colin, a reçu les maires.", "Hervé Colin", "Office national des forêts"),
    ("Les bûcherons de l'Office national des forêts (ONF) s'inquiètent. Le directeur de "
     "l'antenne ONF de Varnay, Hervé Colin, a reçu les maires.", "Hervé Colin",
     "Office national des forêts"),
])
def test_unit_with_its_body(extract: Callable[..., dict], text: str, person: str, body: str) -> None:
    assert _of(extract(text), person) == {body}


# ------------------------------------------------- an organ of a body named by its kind
@pytest.mark.parametrize(("text", "person", "body"), [
    ("La société Tolvex a publié ses comptes annuels. Le président du conseil de surveillance "
     "de la société, Luc Ferrand, salue les résultats.", "Luc Ferrand", "Tolvex"),
    ("L'association Les Amis du Lavoir a tenu son assemblée. Le président du conseil "
     "d'administration de l'association, Luc Ferrand, a lu le rapport moral.", "Luc Ferrand",
     "Les Amis du Lavoir"),
    ("Le FC Varnay a réuni ses licenciés vendredi. Luc Ferrand, membre du comité directeur du "
     "club, se dit confiant.", "Luc Ferrand", "FC Varnay"),
    ("L'entreprise Colvert a embauché vingt ouvriers. La présidente du directoire de "
     "l'entreprise, Claire Morand, parle d'une année record.", "Claire Morand", "Colvert"),
])
def test_organ_of_a_body(extract: Callable[..., dict], text: str, person: str, body: str) -> None:
    assert _of(extract(text), person) == {body}


# ------------------------------------------------- guards: what must not change
@pytest.mark.parametrize(("text", "person", "body"), [
    # no unit named before: the firm's, as before
    ("La société Tolvex recrute. La responsable de l'unité, Claire Morand, reçoit les candidats.",
     "Claire Morand", "Tolvex"),
    # a committee with no body named before it stays the office's own
    ("Le village de Varnay prépare sa fête. Le président du comité des fêtes, Luc Ferrand, "
     "attend du monde.", "Luc Ferrand", "comité des fêtes"),
    # a section named with its club
    ("Le FC Varnay a tenu son assemblée. La présidente de la section jeunes du FC Varnay, "
     "Claire Morand, a dressé le bilan.", "Claire Morand", "FC Varnay"),
    # a body named in full after its kind
    ("Le président de la société Tolvex, Luc Ferrand, a signé le contrat.", "Luc Ferrand", "Tolvex"),
])
def test_guards(extract: Callable[..., dict], text: str, person: str, body: str | None) -> None:
    assert _of(extract(text), person) == {body}
