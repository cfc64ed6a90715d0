"""Roles a reader notes in regional writing, missed or given to the wrong person (round 19e).

Sentences written for this audit, with invented names. Three constructions of French news
writing:
- titles coordinated in apposition after as many names coordinated, without "respectivement":
  "X et Y, président et trésorier du club" gives the n-th title to the n-th name (it gave both
  to the last name);
- "X, l'un des deux adjoints au maire", "l'une des principales dirigeantes": one of a group,
  with the group's count or an adjective between "l'un des" and the plural title (the count
  hid the title from its holder; "principaux" was read as the title "principal");
- a title's complement, then "dans" and a region or a department, then the holder in
  apposition: "le délégué de l'association dans les Vosges, X".
The guard tables hold what must not change.
"""

from collections.abc import Callable

import pytest

from conftest import role_triples as _roles


def _pairs(result: dict) -> set[tuple[str, str]]:
    return {(person, role) for person, role, _ in _roles(result)}


# ------------------------------------------- coordinated titles after coordinated names
@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("Lucien Varrot et Gilles Ambrun, président et trésorier de l'Amicale des boulistes de Sorcy, "
     "ont accueilli les équipes.",
     {("Lucien Varrot", "président"), ("Gilles Ambrun", "trésorier")}, ("Gilles Ambrun", "président")),
    ("Odile Ferrand et Marc Thévenot, maire et adjoint de Valbrune, ont coupé le ruban.",
     {("Odile Ferrand", "maire"), ("Marc Thévenot", "adjoint")}, ("Marc Thévenot", "maire")),
    ("Rémi Jolain, Anne Pradel et Hugo Serval, président, secrétaire et trésorier du comité des "
     "fêtes, ont remis les lots.",
     {("Rémi Jolain", "président"), ("Anne Pradel", "secrétaire"), ("Hugo Serval", "trésorier")},
     ("Hugo Serval", "président")),
])
def test_coordinated_titles_go_to_coordinated_names_in_order(
        extract: Callable[..., dict], text: str, expected: set[tuple[str, str]],
        wrong: tuple[str, str]) -> None:
    pairs = _pairs(extract(text))
    assert expected <= pairs
    assert wrong not in pairs


# guards: one name with two titles; a name of another clause before; a plural title
@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("Gilles Ambrun, maire et conseiller général, a inauguré la salle.",
     {("Gilles Ambrun", "maire"), ("Gilles Ambrun", "conseiller général")}, set()),
    ("Selon Paul Orlin, Gilles Ambrun, maire et conseiller général, a inauguré la salle.",
     {("Gilles Ambrun", "maire"), ("Gilles Ambrun", "conseiller général")}, {("Paul Orlin", "maire")}),
    ("Lucien Varrot et Gilles Ambrun, conseillers municipaux, ont voté contre.",
     {("Lucien Varrot", "conseiller municipal"), ("Gilles Ambrun", "conseiller municipal")}, set()),
    ("Lucien Varrot et Gilles Ambrun, respectivement président et trésorier du club, ont parlé.",
     {("Lucien Varrot", "président"), ("Gilles Ambrun", "trésorier")}, set()),
])
def test_coordination_guards(extract: Callable[..., dict], text: str, expected: set[tuple[str, str]],
                             absent: set[tuple[str, str]]) -> None:
    pairs = _pairs(extract(text))
    assert expected <= pairs
    assert not absent & pairs


# ------------------------------------------- one of a group, with its count or adjective
@pytest.mark.parametrize(("text", "person", "role"), [
    ("Bernard Colvet, l'un des deux adjoints au maire, a conduit la visite.", "Bernard Colvet",
     "adjoint au maire"),
    ("Nadine Ferrières, l'une des trois animatrices du centre aéré, a encadré la sortie.",
     "Nadine Ferrières", "animatrice"),
    ("Bernard Colvet, l'un des principaux dirigeants du syndicat, a pris la parole.", "Bernard Colvet",
     "principal dirigeant"),
])
def test_one_of_a_group_holds_the_title(extract: Callable[..., dict], text: str, person: str,
                                         role: str) -> None:
    assert (person, role) in _pairs(extract(text))


@pytest.mark.parametrize(("text", "person", "not_role"), [
    # "principaux" before a noun is an adjective, never the title "principal"
    ("Bernard Colvet, l'un des principaux dirigeants du syndicat, a pris la parole.", "Bernard Colvet",
     "principal"),
])
def test_adjective_is_no_title(extract: Callable[..., dict], text: str, person: str, not_role: str) -> None:
    assert (person, not_role) not in _pairs(extract(text))


# guards: the group without a count, or the count with its article, as before
@pytest.mark.parametrize(("text", "person", "role"), [
    ("Sylvain Morot, l'un des animateurs du foyer rural, a préparé le repas.", "Sylvain Morot", "animateur"),
    ("Les deux adjoints, Sylvain Morot et Céline Audran, ont été réélus.", "Céline Audran", "adjoint"),
    ("Le principal du collège, Sylvain Morot, a accueilli les parents.", "Sylvain Morot", "principal"),
])
def test_group_guards(extract: Callable[..., dict], text: str, person: str, role: str) -> None:
    assert (person, role) in _pairs(extract(text))


# ------------------------------------------- "dans" and the area, then the holder
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Le délégué départemental de la fédération dans les Vosges, Thierry Maucourt, réclame un "
     "rendez-vous.", "Thierry Maucourt", "délégué départemental", "Vosges"),
    ("La responsable de l'association dans la Meuse, Sophie Gerbaut, a rencontré le préfet.",
     "Sophie Gerbaut", "responsable", "Meuse"),
])
def test_area_after_the_complement_then_the_holder(extract: Callable[..., dict], text: str, person: str,
                                                   role: str, of: str) -> None:
    held = [o for p, r, o in _roles(extract(text)) if (p, r) == (person, role)]
    assert held and held[0] is not None and held[0].endswith(of)  # (the place's own name: its NER span)


# guards: "à", "en" as before; "dans" with no name in apposition is no part of the title
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Le directeur de l'agence à Remiremont, Thierry Maucourt, a signé.", "Thierry Maucourt", "directeur",
     "Remiremont"),
    ("Thierry Maucourt, le président du club, a installé un chapiteau dans les Vosges.", "Thierry Maucourt",
     "président", None),
])
def test_area_guards(extract: Callable[..., dict], text: str, person: str, role: str,
                     of: str | None) -> None:
    assert (person, role, of) in _roles(extract(text))


# ------------------------------------------- two titles stacked at the head of the sentence
@pytest.mark.parametrize(("text", "person", "role"), [
    ("Le président du comité des fêtes, l'adjoint aux sports de Morvillers, Denis Achard, a remis "
     "les coupes.", "Denis Achard", "président"),
    ("La présidente de la chorale, la directrice de l'école de musique, Hélène Vasseron, a dirigé le "
     "concert.", "Hélène Vasseron", "présidente"),
])
def test_stacked_titles_before_the_name_are_both_its(extract: Callable[..., dict], text: str, person: str,
                                                     role: str) -> None:
    assert (person, role) in _pairs(extract(text))


# guards: a list of guests, or the name in a coordination: the first title stays unheld
@pytest.mark.parametrize(("text", "person", "role"), [
    ("Étaient présents le sous-préfet, le maire de Morvillers, Denis Achard, et le conseiller général.",
     "Denis Achard", "sous-préfet"),
    ("Le président du club, le maire, Denis Achard et le curé ont pris la parole.", "Denis Achard",
     "président"),
])
def test_stacked_titles_guards(extract: Callable[..., dict], text: str, person: str, role: str) -> None:
    assert (person, role) not in _pairs(extract(text))


# ------------------------------------------- a fronted title, an apposition to its body, the subject
@pytest.mark.parametrize(("text", "person", "role"), [
    ("Ancienne directrice de la Cobelor, une filiale du groupe Ternay, Agnès Malherbe a été décorée.",
     "Agnès Malherbe", "ancienne directrice"),
    ("Gérant de la Fromagerie Daval, l'une des dernières laiteries du canton, Yves Rambert a reçu la "
     "médaille.", "Yves Rambert", "gérant"),
])
def test_fronted_title_past_an_apposition_to_its_body(extract: Callable[..., dict], text: str, person: str,
                                                      role: str) -> None:
    assert (person, role) in _pairs(extract(text))


# guard: a person named inside the second phrase: no holder after it
@pytest.mark.parametrize(("text", "person", "role"), [
    ("Ancien maire de Morvillers, le père d'Yves Rambert a été décoré.", "Yves Rambert", "ancien maire"),
])
def test_fronted_title_guard(extract: Callable[..., dict], text: str, person: str, role: str) -> None:
    assert (person, role) not in _pairs(extract(text))


# ------------------------------------------- an office handed over to the one named after "à"
@pytest.mark.parametrize(("text", "person", "role"), [
    ("Fernand Moutier a cédé la présidence de l'Amicale des donneurs de sang à Josiane Brulé.",
     "Josiane Brulé", "présidente"),
    ("Au bout de douze ans, Fernand Moutier a transmis le secrétariat du foyer rural à Luc Gentil.",
     "Luc Gentil", "secrétaire"),
])
def test_office_handed_over_to_the_one_after_a(extract: Callable[..., dict], text: str, person: str,
                                               role: str) -> None:
    assert (person, role) in _pairs(extract(text))


# guard: "à" opening a locution, not the heir
@pytest.mark.parametrize(("text", "person", "role"), [
    ("Fernand Moutier a cédé la présidence du club à la demande de Luc Gentil.", "Luc Gentil", "président"),
])
def test_office_handed_over_guard(extract: Callable[..., dict], text: str, person: str, role: str) -> None:
    assert (person, role) not in _pairs(extract(text))
