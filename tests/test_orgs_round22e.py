"""A trade union's own structures (round 22e).

The press names the structures of a trade union by a lower-case kind, a level and the
union's acronym ("l'union départementale CGT", "l'union locale CFDT de X", "la fédération FO
des cheminots", "l'UD CGT"), or by the acronym and the trade it gathers written after it
("la CGT cheminots", "la CFDT santé-sociaux"). The annotation counts each as an organization
of its own, the trade or the town it serves included, beside the union when the union is
named alone (models/organizations.json: union_branch_heads, union_branch_levels;
components/organizations.py: _union_branches). A site after "de" ("la section CGT de l'usine
X") is left as it was: the union and the firm.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names


def _orgs(extract: Callable[..., dict], text: str) -> set[str]:
    return entity_names(extract("date 2016-10-12\n" + text), "organization")


@pytest.mark.parametrize(("text", "body"), [
    ("Le secrétaire de l'union départementale CGT, Noël Barbaret, a appelé à cesser le travail.",
     "union départementale CGT"),
    ("L'union locale CFDT de Thaon-les-Vosges tiendra un piquet devant la mairie vendredi.",
     "union locale CFDT de Thaon-les-Vosges"),
    ("Le porte-parole de l'union régionale UNSA, Gaël Pirot, a quitté la salle.", "union régionale UNSA"),
    ("L'UD CGT des Vosges invite les salariés à défiler samedi.", "UD CGT des Vosges"),
    ("D'après Anouk Ferrat, de la CFDT santé-sociaux, il manque douze infirmières.", "CFDT santé-sociaux"),
    ("La CGT cheminots a déposé un préavis couvrant tout le week-end.", "CGT cheminots"),
])
def test_a_union_structure_is_one_body(extract: Callable[..., dict], text: str, body: str) -> None:
    assert body in _orgs(extract, text)


@pytest.mark.parametrize(("text", "bodies"), [
    # guards: the union alone, two unions, a weekday after the acronym, a site after "de"
    ("La CGT et FO ont claqué la porte des négociations mardi.", {"CGT", "FO"}),
    ("La CFDT mardi a rejoint le mouvement.", {"CFDT"}),
    ("La section CGT de l'usine Brovalex a voté la reconduction.", {"CGT", "Brovalex"}),
    ("Le syndicat FO des territoriaux a déposé un préavis pour lundi.", {"syndicat FO des territoriaux"}),
    ("Le délégué de la fédération CGT des transports, Rémi Causse, juge l'offre indigne.",
     {"fédération CGT des transports"}),
])
def test_what_stays_as_it_was(extract: Callable[..., dict], text: str, bodies: set[str]) -> None:
    assert _orgs(extract, text) == bodies


# A firm's or a body's coined name after its kind and its field ("la société de nettoyage X",
# "l'agence de voyages X"): the name alone is the organization, as after "l'entreprise X"
# (components/organizations.py: _kind_before, _coined_name). Not a given name, a place, a
# weekday.
@pytest.mark.parametrize(("text", "body"), [
    ("Il a travaillé pour la société de nettoyage Propnet pendant dix ans.", "Propnet"),
    ("L'agence de voyages Valtour a recruté trois salariés en mars.", "Valtour"),
    ("Le cabinet d'architectes Marlot a remporté le concours de la médiathèque.", "Marlot"),
    ("Il a travaillé pour l'agence de voyages Horizon Bleu pendant dix ans.", "Horizon Bleu"),
])
def test_a_coined_name_after_a_kind_and_its_field(extract: Callable[..., dict], text: str, body: str) -> None:
    assert body in _orgs(extract, text)


@pytest.mark.parametrize(("text", "word"), [
    ("L'entreprise de maçonnerie Jean Moreau a recruté trois salariés.", "Jean"),
    ("Il a travaillé pour la société de nettoyage Épinal pendant dix ans.", "Épinal"),
    ("L'association de randonnée Lundi a recruté trois salariés.", "Lundi"),
])
def test_no_coined_name(extract: Callable[..., dict], text: str, word: str) -> None:
    assert not any(word in o for o in _orgs(extract, text))


# A church's see named by two towns ("le diocèse de A et de B"): one body, both towns
# (components/organizations.py: _second_seat_end); not a second subject after "et".
@pytest.mark.parametrize(("text", "bodies"), [
    ("La messe était présidée par l'évêque du diocèse de Verdun et de Bar-le-Duc, Mgr Luc Aubrac.",
     {"diocèse de Verdun et de Bar-le-Duc"}),
    ("L'archevêché de Besançon et de Dole a publié un communiqué.", {"archevêché de Besançon et de Dole"}),
    # guards
    ("Le diocèse de Verdun et la ville de Toul ont signé une convention.", {"diocèse de Verdun"}),
])
def test_a_see_named_by_two_towns(extract: Callable[..., dict], text: str, bodies: set[str]) -> None:
    assert _orgs(extract, text) == bodies
