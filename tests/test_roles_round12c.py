"""Roles and their `of` by class of French construction (issue 12, round 12c: generality audit).

Each table holds sentences written for this audit, with invented names, one construction per
table: the American or British secretary of a department ("le secrétaire à la Défense"), a
bare "président" beside a parliament, a party or an international organization that acts on
him, the holder met or challenged by a body's delegation, and a faith, a people or an origin
after a title ("l'enseignante copte", "un enseignant originaire de Homs"). The pitfall tables
hold what must not change: a wrong `of` is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import mentions_by_name
from conftest import role_triples as _roles


# ---------------------------------------------------------------- "le secrétaire à la Défense"
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Le secrétaire à la Défense, Richard Halloway, a annoncé l'envoi de troupes.", "Richard Halloway",
     "secrétaire à la défense", None),
    ("Le secrétaire américain à la Défense, Richard Halloway, a annoncé l'envoi de troupes.",
     "Richard Halloway", "secrétaire à la défense", "États-Unis"),
    ("Le secrétaire américain au Trésor John Carrowby a présenté mardi un plan de relance.",
     "John Carrowby", "secrétaire au trésor", "États-Unis"),
    ("La secrétaire britannique à l'Intérieur, Margaret Pennywhistle, a démissionné dimanche.",
     "Margaret Pennywhistle", "secrétaire à l'intérieur", "Royaume-Uni"),
    # (right before too: a check of the titles made from the departments)
    ("Le sous-secrétaire à la Défense Tom Ashgrove a quitté ses fonctions.", "Tom Ashgrove",
     "sous-secrétaire à la défense", None),
    ("Washington a confirmé jeudi la visite du secrétaire à la Défense, Richard Halloway, à Tokyo. Le "
     "président américain a salué ce choix.", "Richard Halloway", "secrétaire à la défense", "États-Unis"),
    # an American or a British title: not of the state the story is about
    ("Le secrétaire à la Défense, Richard Halloway, est arrivé lundi à Bagdad. Les dirigeants irakiens ont "
     "salué sa visite.", "Richard Halloway", "secrétaire à la défense", None),
    # a minister's delegated domain, read as the business district
    ("Le ministre délégué à la Défense, Gaspard Vernouillet, a inauguré la base.", "Gaspard Vernouillet",
     "ministre délégué à la défense", None),
])
def test_a_secretary_of_a_department(extract: Callable[..., dict], text: str, person: str, role: str,
                                     of: str | None) -> None:
    result = extract(text)
    assert (person, role, of) in _roles(result)
    places = mentions_by_name(result, "place")
    assert not any(n.lower().endswith(("défense", "trésor", "intérieur")) for n in places)


@pytest.mark.parametrize(("text", "place"), [
    # the business district stays a place where no secretary's title stands before it
    ("Le siège de la société est installé à la Défense, a précisé son directeur Paul Verdat.", "la Défense"),
    ("Le salon s'installe à la Défense. La secrétaire générale Anne Roulier a présenté le programme.",
     "la Défense"),
    ("Le secrétaire de mairie, Paul Verdat, travaille à la Défense.", "la Défense"),
])
def test_the_business_district_stays_a_place(extract: Callable[..., dict], text: str, place: str) -> None:
    assert place in mentions_by_name(extract(text), "place")


# ---------------------------------------------------------------- a head of state beside a body
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Le Parlement arménien a prononcé mardi la révocation du président Aram Ghazarossian.",
     "Aram Ghazarossian", "président", "Arménie"),
    ("Le projet soutenu par le président Karim Haddadi aurait été approuvé par 60 % des votants, selon des "
     "résultats publiés par le Mouvement de la renaissance.", "Karim Haddadi", "président", None),
    ("Des officiers mutinés détiennent le Premier ministre Augusto Mendes Tavoreira et le président par "
     "intérim Fernando Lopes Cabral, a indiqué la Communauté des États sahéliens.", "Fernando Lopes Cabral",
     "président par intérim", None),
    ("Le Sénat paraguayen a destitué jeudi la présidente Lorena Benavídez Olcarreta.",
     "Lorena Benavídez Olcarreta", "présidente", "Paraguay"),
    ("Le Front populaire a réclamé la démission du président Anatole Kabasele, accusé de fraude.",
     "Anatole Kabasele", "président", None),
    ("L'Organisation des États riverains a condamné l'arrestation du président Idriss Maloumbi.",
     "Idriss Maloumbi", "président", None),
])
def test_a_head_of_state_beside_a_body_acting_on_him(extract: Callable[..., dict], text: str, person: str,
                                                    role: str, of: str | None) -> None:
    assert (person, role, of) in _roles(extract(text))


@pytest.mark.parametrize(("text", "person", "role", "of"), [
    # the president speaks or acts: the body of the story stays his
    ("Le Parti du progrès a tenu son congrès samedi. Le président Bruno Vaudrinet a ouvert les débats.",
     "Bruno Vaudrinet", "président", "Parti du progrès"),
    ("Le Mouvement rural a tenu son assemblée générale samedi, et le président Marcel Ravoux a présenté le "
     "bilan.", "Marcel Ravoux", "président", "Mouvement rural"),
    ("Le Parlement européen a accueilli lundi le président ukrainien Oleksandr Hrytsenko.",
     "Oleksandr Hrytsenko", "président", "Ukraine"),
    ("Le président de la Communauté des États sahéliens, Moussa Traorédji, a condamné le coup d'État.",
     "Moussa Traorédji", "président", "Communauté des États sahéliens"),
])
def test_a_president_of_the_body_stays(extract: Callable[..., dict], text: str, person: str, role: str,
                                       of: str) -> None:
    assert (person, role, of) in _roles(extract(text))


# ---------------------------------------------------------------- met by a body's delegation
@pytest.mark.parametrize(("text", "person", "role"), [
    ("Reçue dans l'après-midi, une délégation de la CFDT a rencontré le directeur général, Philippe "
     "Ostertag, et la directrice des ressources humaines, Sabine Kienzlé.", "Philippe Ostertag",
     "directeur général"),
    ("Reçue dans l'après-midi, une délégation de la CFDT a rencontré le directeur général, Philippe "
     "Ostertag, et la directrice des ressources humaines, Sabine Kienzlé.", "Sabine Kienzlé",
     "directrice des ressources humaines"),
    ("Les syndicalistes de la CGT ont rencontré mardi le directeur du site, Gérald Fourmont.",
     "Gérald Fourmont", "directeur du site"),
    ("Les représentants de l'Unsa ont interpellé le directeur, Bastien Corvaisier, sur les salaires.",
     "Bastien Corvaisier", "directeur"),
    ("La CFDT a rencontré la directrice générale Odile Vasselin jeudi.", "Odile Vasselin",
     "directrice générale"),
])
def test_the_one_a_body_meets_is_not_its_own(extract: Callable[..., dict], text: str, person: str,
                                             role: str) -> None:
    assert (person, role, None) in _roles(extract(text))


@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Le directeur de la CFDT, Paul Ravelot, a rencontré les salariés.", "Paul Ravelot", "directeur", "CFDT"),
    ("Une délégation de la CGT, conduite par son secrétaire, Marc Hurtebise, a rencontré le directeur.",
     "Marc Hurtebise", "secrétaire", "CGT"),
])
def test_the_body_of_the_one_who_meets_stays(extract: Callable[..., dict], text: str, person: str, role: str,
                                            of: str) -> None:
    assert (person, role, of) in _roles(extract(text))


# ---------------------------------------------------------------- a faith, a people, an origin
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("L'enseignante copte Mariam Fahmy a été blessée.", "Mariam Fahmy", "enseignante", None),
    ("Un enseignant originaire de Homs, Bassel Haddour, a témoigné.", "Bassel Haddour", "enseignant", None),
    ("Le prêtre catholique Anselme Ravignac a célébré la messe.", "Anselme Ravignac", "prêtre", None),
    ("L'imam chiite Hassan Tabrizi a appelé au calme.", "Hassan Tabrizi", "imam", None),
    ("Le pasteur protestant Étienne Vaudremont a été entendu par les enquêteurs.", "Étienne Vaudremont",
     "pasteur", None),
    ("Une infirmière originaire de Mossoul, Layla Qassab, raconte sa fuite.", "Layla Qassab", "infirmière",
     None),
    ("Le médecin juif Aron Lewkowicz a témoigné devant le tribunal.", "Aron Lewkowicz", "médecin", None),
])
def test_a_faith_or_an_origin_is_no_part_of_the_title(extract: Callable[..., dict], text: str, person: str,
                                                     role: str, of: str | None) -> None:
    roles = _roles(extract(text))
    assert (person, role, of) in roles
    assert not any(p == person and r != role for p, r, _ in roles)


@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Un enseignant de Homs, Bassel Haddour, a témoigné.", "Bassel Haddour", "enseignant", "Homs"),
    ("Le directeur financier Paul Ravelot a présenté les comptes.", "Paul Ravelot", "directeur financier",
     None),
])
def test_a_title_and_its_own_complement_stay(extract: Callable[..., dict], text: str, person: str, role: str,
                                            of: str | None) -> None:
    assert (person, role, of) in _roles(extract(text))
