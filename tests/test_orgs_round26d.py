"""Organizations: the names of trade unions (round 26d).

- a member union's acronym joined by a hyphen to its confederation's ("le SNES-FSU", "le
  SGEN-CFDT", "le SE-Unsa") is ONE organization, the member union: it was cut into two
  acronyms, read as a place, or left out;
- a union's acronym or name written alone in a list of unions ("la CGT, la CFDT et SUD",
  "Solidaires et la CGT") is an organization, though the model reads "SUD" as a compass point
  or misses a name that opens the clause;
- such an acronym in brackets after the member union's name is that name's alias ("le
  Syndicat des professeurs de Varcourt (SPV-FSU)"), not a second body;
- a confederation's name in full ("Force ouvrière") is an organization on its own;
- guards: a string of confederations stays a list of bodies ("CGT-CFDT-FO"), a union whose own
  acronym holds a hyphen stays whole ("CFE-CGC"), the compass point and the common noun
  ("dans le Sud", "la force ouvrière du bassin") name no body.

Invented names and sentences; each fix row fails on the start code.
"""

from collections.abc import Callable

import pytest


def _orgs(result: dict) -> set[str]:
    return {e["name"] for e in result["entities"] if e["type"] == "organization"}


@pytest.mark.parametrize(("text", "body", "not_bodies"), [
    ("Selon le SNES-FSU, quarante postes manquent dans les collèges de Varcourt.",
     "SNES-FSU", {"SNES", "FSU"}),
    ("Le SGEN-CFDT appelle les enseignants de Varcourt à cesser le travail jeudi.",
     "SGEN-CFDT", {"SGEN", "CFDT"}),
    ("Le SE-Unsa dénonce la fermeture de deux classes à Morvaux.",
     "SE-Unsa", set()),
    ("Lucie Harmand, secrétaire départementale du SNUipp-FSU, a lu une motion devant l'inspection.",
     "SNUipp-FSU", {"SNUipp", "FSU"}),
    ("D'après un comptage du SNEP-FSU, trois gymnases restent fermés à Varcourt.",
     "SNEP-FSU", {"SNEP", "FSU"}),
])
def test_member_union_and_its_confederation(extract: Callable[..., dict], text: str, body: str,
                                            not_bodies: set[str]) -> None:
    orgs = _orgs(extract(text))
    assert body in orgs
    assert not orgs & not_bodies


@pytest.mark.parametrize(("text", "body"), [
    ("Les agents de l'hôpital ont suivi le mot d'ordre de la CGT, de la CFDT et de SUD.", "SUD"),
    ("Une intersyndicale CGT, FO et SUD appelle à débrayer lundi chez Varlet.", "SUD"),
    ("Les syndicats FO et SUD dénoncent le plan de départs de la fonderie.", "SUD"),
    ("Solidaires et la CGT ont appelé à la grève dans les dépôts de bus.", "Solidaires"),
    ("Force ouvrière réclame toujours le retrait du projet de fusion.", "Force ouvrière"),
    ("Un tract de Force ouvrière circulait mardi dans les ateliers de Varlet.", "Force ouvrière"),
])
def test_union_named_in_a_list_or_in_full(extract: Callable[..., dict], text: str, body: str) -> None:
    assert body in _orgs(extract(text))


def _aliases(result: dict, name: str) -> list[str]:
    return next((e.get("aliases", []) for e in result["entities"] if e["name"] == name), [])


@pytest.mark.parametrize(("text", "body", "acronym"), [
    ("Le Syndicat national des enseignements de second degré (SNES-FSU) appelle à la grève. "
     "Le SNES-FSU juge la réforme injuste.",
     "Syndicat national des enseignements de second degré", "SNES-FSU"),
    ("Le Syndicat des enseignants (SE-Unsa) réclame des postes. Selon le SE-Unsa, douze classes "
     "manquent à Varcourt.",
     "Syndicat des enseignants", "SE-Unsa"),
])
def test_member_union_acronym_in_brackets(extract: Callable[..., dict], text: str, body: str,
                                          acronym: str) -> None:
    result = extract(text)
    orgs = _orgs(result)
    assert body in orgs
    assert acronym in _aliases(result, body)
    assert acronym not in orgs


@pytest.mark.parametrize(("text", "bodies", "not_bodies"), [
    # a string of confederations is a list of unions acting together
    ("L'intersyndicale CGT-CFDT-FO appelle à la grève chez Varlet.", {"CGT", "CFDT", "FO"}, {"CGT-CFDT-FO"}),
    # a union whose own acronym holds a hyphen stays whole
    ("La CFE-CGC a signé l'accord salarial de la fonderie.", {"CFE-CGC"}, {"CFE", "CGC"}),
    # the compass point and the common noun name no body
    ("Il pleut sur tout le Sud, mais la CGT maintient son rassemblement.", {"CGT"}, {"Sud", "SUD"}),
    ("La force ouvrière du bassin a fondu en vingt ans, selon la CFDT.", {"CFDT"},
     {"force ouvrière", "Force ouvrière"}),
])
def test_guards(extract: Callable[..., dict], text: str, bodies: set[str], not_bodies: set[str]) -> None:
    orgs = _orgs(extract(text))
    assert bodies <= orgs
    assert not orgs & not_bodies
