"""Roles and their `of` by class of French construction (issue 12, round 11c: generality audit).

Each table holds sentences written for this audit, with invented names, one construction per
table: a government post named by its bare domain ("X reçoit la Défense"), a demonstrative
title taking up the person of the sentence before ("Cette infirmière de Langres ..."), a
copula the model reads as a noun ("X demeure présidente"), and a president whose title names
its own body ("le président du comice"), which must not take another body of the story. The
pitfall tables hold what must not change: a wrong `of` is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import held_of as _held
from conftest import role_triples as _roles


# ---------------------------------------------------------------- a post named by its domain
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Le Premier ministre portugais a dévoilé son équipe. Rui Carvalhal hérite de la Justice, tandis que "
     "la Santé est confiée à Inês Mascarenhas.", "Rui Carvalhal", "ministre de la justice", "Portugal"),
    ("Le Premier ministre portugais a dévoilé son équipe. Rui Carvalhal hérite de la Justice, tandis que "
     "la Santé est confiée à Inês Mascarenhas.", "Inês Mascarenhas", "ministre de la santé", "Portugal"),
    ("Au Chili, le président a remanié son cabinet lundi. Marcela Otárola récupère l'Intérieur et "
     "Joaquín Bustamante reçoit celui de l'Éducation.", "Marcela Otárola", "ministre de l'intérieur",
     "Chili"),
    ("Au Chili, le président a remanié son cabinet lundi. Marcela Otárola récupère l'Intérieur et "
     "Joaquín Bustamante reçoit celui de l'Éducation.", "Joaquín Bustamante", "ministre de l'éducation",
     "Chili"),
    ("Le gouvernement belge a prêté serment. Le libéral Koen Vanhaesebrouck obtient les Finances et "
     "Sarah Lemmerling reçoit celle de l'Emploi.", "Koen Vanhaesebrouck", "ministre des finances",
     "Belgique"),
    ("Le gouvernement belge a prêté serment. Le libéral Koen Vanhaesebrouck obtient les Finances et "
     "Sarah Lemmerling reçoit celle de l'Emploi.", "Sarah Lemmerling", "ministre de l'emploi", "Belgique"),
])
def test_a_post_named_by_its_bare_domain(extract: Callable[..., dict], text: str, person: str, role: str,
                                         of: str) -> None:
    roles = _roles(extract(text))
    assert (person, role, of) in roles


@pytest.mark.parametrize(("text", "person"), [
    # a distinction, a trophy: the capitalized noun has its own complement
    ("Le ministre de la Culture a décoré samedi la chanteuse Aurélie Vandoncourt. Elle reçoit la "
     "Légion d'honneur.", "Aurélie Vandoncourt"),
    ("Le gouvernement a félicité l'équipe. Le capitaine Rémi Lagardère soulève la Coupe de France.",
     "Rémi Lagardère"),
    # a noun of bodies or places is no domain
    ("Le ministre a visité Lyon. Le maire Didier Ravoux garde la Ville malgré tout.", "Didier Ravoux"),
    # no government in the story: "la Défense" is no post
    ("Le club de Courbevoie accueille Noé Verdillac. Il reçoit la Défense dimanche.", "Noé Verdillac"),
])
def test_no_post_without_a_domain_of_government(extract: Callable[..., dict], text: str, person: str) -> None:
    assert not _held(_roles(extract(text)), person, "ministre")


# ---------------------------------------------------------------- "Ce maçon ..."
@pytest.mark.parametrize(("text", "person", "role"), [
    ("Le tribunal correctionnel de Chaumont a condamné mardi Kévin Dussoulier, 31 ans, à quatre mois de "
     "prison avec sursis. Ce maçon domicilié à Nogent avait conduit sans permis.", "Kévin Dussoulier",
     "maçon"),
    ("Les gendarmes ont interpellé Ludivine Castelbajou, 44 ans, jeudi soir. Cette infirmière de Langres "
     "circulait avec un taux d'alcool de 1,2 gramme.", "Ludivine Castelbajou", "infirmière"),
    ("Roland Pécherel a reçu la médaille du mérite agricole dimanche. Cet éleveur de Montigny-le-Roi a "
     "repris la ferme familiale en 1985.", "Roland Pécherel", "éleveur"),
])
def test_a_demonstrative_title_takes_up_the_person_before(extract: Callable[..., dict], text: str,
                                                         person: str, role: str) -> None:
    assert _held(_roles(extract(text)), person, role)


@pytest.mark.parametrize(("text", "person", "role"), [
    # the noun was said before of somebody else, a neighbour, a judge: another one
    ("Paul Verchamps a consulté un médecin lundi. Ce médecin lui a prescrit du repos.",
     "Paul Verchamps", "médecin"),
    ("Sophie Marennes a porté plainte contre son voisin. Ce retraité de 70 ans conteste les faits.",
     "Sophie Marennes", "retraité"),
    # the gender disagrees
    ("Les pompiers ont secouru Gisèle Tournemire samedi. Ce boulanger de Gray a donné l'alerte.",
     "Gisèle Tournemire", "boulanger"),
])
def test_a_demonstrative_title_of_another(extract: Callable[..., dict], text: str, person: str,
                                          role: str) -> None:
    assert not _held(_roles(extract(text)), person, role)


# ---------------------------------------------------------------- "X demeure présidente"
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Après la fusion, Odile Brancion demeure présidente de l'amicale des pêcheurs de Saint-Loup-sur-Aujon.",
     "Odile Brancion", "présidente", "amicale des pêcheurs de Saint-Loup-sur-Aujon"),
    ("Odile Brancion demeure présidente de l'amicale des pêcheurs.", "Odile Brancion", "présidente",
     "amicale des pêcheurs"),
    ("Malgré sa défaite, Marcel Quinsac demeure le trésorier du club.", "Marcel Quinsac", "trésorier", None),
])
def test_a_copula_read_as_a_noun(extract: Callable[..., dict], text: str, person: str, role: str,
                                 of: str | None) -> None:
    held = _held(_roles(extract(text)), person, role)
    assert held
    if of is not None:
        assert of in held


def test_a_dwelling_is_no_copula(extract: Callable[..., dict]) -> None:
    roles = _roles(extract("La demeure de Paul Chaumerel, président du club, a brûlé."))
    assert _held(roles, "Paul Chaumerel", "président")
    assert not [r for p, r, _ in roles if r.startswith("demeure")]


# ---------------------------------------------------------------- "le président du comice"
@pytest.mark.parametrize(("text", "person", "role"), [
    ("Le Syndicat des éleveurs de l'Aube a tenu son congrès samedi. Le président du comice, M. Gaston "
     "Rebillard, a ouvert la journée.", "Gaston Rebillard", "président du comice"),
    ("Le Crédit agricole de Champagne a financé l'opération. Le président du jury, Anatole Besnardeau, a "
     "remis les prix.", "Anatole Besnardeau", "président du jury"),
    ("Greenpeace manifestait devant le palais des congrès. La présidente de la conférence, Ingeborg "
     "Halvardsen, a reçu une délégation.", "Ingeborg Halvardsen", "présidente de la conférence"),
])
def test_a_president_of_an_unnamed_body_takes_no_other(extract: Callable[..., dict], text: str, person: str,
                                                       role: str) -> None:
    assert _held(_roles(extract(text)), person, role) == [None]


@pytest.mark.parametrize(("text", "person", "role", "of"), [
    # an organ of the body named before, and the body named by the complement, are kept
    ("La société Valdorme a publié ses comptes. Le président du directoire, Fabrice Orsonval, se dit "
     "confiant.", "Fabrice Orsonval", "président du directoire", "Valdorme"),
    ("L'amicale des pompiers de Chaource a renouvelé son bureau. Le président de l'amicale, Lucien "
     "Pernollet, a été réélu.", "Lucien Pernollet", "président", "amicale des pompiers de Chaource"),
])
def test_a_president_of_a_body_named_keeps_it(extract: Callable[..., dict], text: str, person: str, role: str,
                                              of: str) -> None:
    assert of in _held(_roles(extract(text)), person, role)


# ---------------------------------------------------------------- a portfolio of two domains after "à"
@pytest.mark.parametrize(("text", "person", "role"), [
    ("La ministre déléguée aux Transports et à la Mer, Solène Abraval, était à Brest lundi.",
     "Solène Abraval", "ministre déléguée aux transports et à la mer"),
    ("Le ministre français délégué au Commerce extérieur et à l'Attractivité, Julien "
     "Vaucorbeil, a annoncé une aide.", "Julien Vaucorbeil",
     "ministre délégué au commerce extérieur et à l'attractivité"),
    ("La ministre allemande déléguée à l'Industrie et au Numérique, Petra Hollweger, a salué l'accord.",
     "Petra Hollweger", "ministre déléguée à l'industrie et au numérique"),
])
def test_a_delegate_portfolio_of_two_domains(extract: Callable[..., dict], text: str, person: str,
                                             role: str) -> None:
    assert _held(_roles(extract(text)), person, role)


def test_a_second_title_after_et_is_not_a_domain(extract: Callable[..., dict]) -> None:
    roles = _roles(extract("La ministre déléguée aux Sports et le maire de Vierzon, Odon Valcourtois, "
                           "ont inauguré le stade."))
    assert not [r for p, r, _ in roles if "et le maire" in r]


# ---------------------------------------------------------------- "L'abbé X ... Il restera aumônier"
@pytest.mark.parametrize(("text", "person", "role"), [
    ("L'abbé Gervais Tissandier prend sa retraite à Fontvannes. Il restera aumônier de l'hôpital local.",
     "Gervais Tissandier", "aumônier"),
    ("Le capitaine Hugues Ballandras quitte la brigade de Gray. Il deviendra formateur.",
     "Hugues Ballandras", "formateur"),
    ("L'adjudant Léon Marsaudon prend sa retraite. Il restera président de l'amicale des anciens.",
     "Léon Marsaudon", "président"),
])
def test_a_pronoun_takes_up_a_subject_named_after_its_title(extract: Callable[..., dict], text: str,
                                                           person: str, role: str) -> None:
    assert _held(_roles(extract(text)), person, role)


def test_a_pronoun_after_two_people_is_not_read(extract: Callable[..., dict]) -> None:
    roles = _roles(extract("Le juge Armand Fieschetti a entendu Paul Duvergier mardi. Il restera "
                           "président du tribunal."))
    assert not _held(roles, "Armand Fieschetti", "président")
    assert not _held(roles, "Paul Duvergier", "président")
