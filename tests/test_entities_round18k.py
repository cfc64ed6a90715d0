"""Entities by class of French construction (issue 11, round 18k: generality audit).

Each table holds sentences written for this audit, with invented names. A title the model ran
into its "de" complement as one place or thing ("le [procureur général de Serbie]", "[Premier
ministre d'Irlande]") loses the country or body the title serves: the complement is kept as
its own entity (and the role gets its `of`). A seat of power opening a clause with a verb the
tagger misreads ("Le Kremlin dément", "l'Élysée critique", "Bercy table sur") acts: it is an
organization. The pitfall tables hold what must not change.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names as _names
from conftest import role_triples as _roles


# ---------------------------------------------------------------- a title run into its complement
@pytest.mark.parametrize(("text", "kind", "name"), [
    ("Les enquêteurs ont saisi des documents. Le procureur général de Russie, Oleg Prokhvatine, a ouvert "
     "une information judiciaire.", "place", "Russie"),
    ("Les négociations reprennent lundi. Le Premier ministre de Croatie, Zdravko Belavicic, a démissionné "
     "hier soir.", "place", "Croatie"),
    ("Le sommet s'est achevé sans accord. Yoram Tzadkielov, Premier ministre d'Israël, a quitté la salle.",
     "place", "Israël"),
    ("Les deux délégations se sont séparées tard. La Première ministre de Finlande, Aino Kuusivaara, "
     "a salué un compromis.", "place", "Finlande"),
])
def test_a_title_run_into_its_country_keeps_the_country(extract: Callable[..., dict], text: str, kind: str,
                                                        name: str) -> None:
    assert name in _names(extract(text), kind)


@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Les enquêteurs ont saisi des documents. Le procureur général de Russie, Oleg Prokhvatine, a ouvert "
     "une information judiciaire.", "Oleg Prokhvatine", "procureur général", "Russie"),
    ("Les négociations reprennent lundi. Le Premier ministre de Croatie, Zdravko Belavicic, a démissionné "
     "hier soir.", "Zdravko Belavicic", "premier ministre", "Croatie"),
])
def test_the_role_takes_the_country_as_its_body(extract: Callable[..., dict], text: str, person: str,
                                                role: str, of: str) -> None:
    assert (person, role, of) in _roles(extract(text))


@pytest.mark.parametrize(("text", "absent"), [
    # a portfolio is no body and no place
    ("Le conseil s'est réuni mardi. Le ministre des Affaires étrangères, Piotr Walczyszyn, a pris la parole.",
     "Affaires étrangères"),
    # a title with no complement: nothing to keep
    ("Le scrutin a eu lieu dimanche. Le président sortant, Anatol Brezhnitsky, a reconnu sa défaite.",
     "président sortant"),
])
def test_no_complement_made_of_a_portfolio(extract: Callable[..., dict], text: str, absent: str) -> None:
    result = extract(text)
    assert all(absent not in _names(result, kind) for kind in ("place", "organization", "misc"))


@pytest.mark.parametrize(("text", "kind", "name"), [
    # the plain cases keep their answer
    ("La cérémonie a eu lieu samedi. Le maire de Bordeaux, Hervé Castagnolet, a coupé le ruban.",
     "place", "Bordeaux"),
    ("Les alliés sont inquiets. Le secrétaire général de l'OTAN, Lars Vindholmsen, a averti Belgrade.",
     "organization", "OTAN"),
])
def test_plain_titles_keep_their_complement(extract: Callable[..., dict], text: str, kind: str,
                                            name: str) -> None:
    assert name in _names(extract(text), kind)


# ---------------------------------------------------------------- a seat of power with a misread verb
@pytest.mark.parametrize(("text", "name"), [
    ("Des missiles ont visé la capitale tchétchène. Le Kremlin dément toute implication dans les frappes.",
     "Kremlin"),
    ("Un hebdomadaire évoque un remaniement. L'Élysée dément fermement cette information.", "Élysée"),
    ("Un convoi a été touché près de Kandahar. Le Pentagone dément avoir visé des civils.", "Pentagone"),
    ("Le gouvernement présente son budget mercredi. Bercy table sur une croissance de 2,5 %.", "Bercy"),
    ("Les syndicats dénoncent le projet de réforme. Matignon critique leur refus de négocier.", "Matignon"),
    ("Des journaux londoniens annoncent une démission. Downing Street dément catégoriquement.",
     "Downing Street"),
])
def test_a_seat_that_acts_with_a_misread_verb_is_a_body(extract: Callable[..., dict], text: str,
                                                        name: str) -> None:
    result = extract(text)
    assert any(n.endswith(name) for n in _names(result, "organization"))
    assert name not in _names(result, "place")


@pytest.mark.parametrize(("text", "name"), [
    # the building itself: a place
    ("Les touristes ont visité les jardins de l'Élysée dimanche. La file d'attente était longue.", "Élysée"),
    ("Le président a dîné à la table du Kremlin. Le repas a duré trois heures.", "Kremlin"),
])
def test_a_seat_that_does_not_act_stays_a_place(extract: Callable[..., dict], text: str, name: str) -> None:
    assert name not in _names(extract(text), "organization")
