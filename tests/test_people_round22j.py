"""Names the model reads as people's that name no one (round 22j).

Short texts written for this round, with invented people, horses, teams and places:
- a lower-case article right before the name ("le ministre norvégien du Climat", "de
  l'Urbanisme", "les Portland Trail Blazers"): French writes no article before a person's name, so the words
  name a field, a team, a band, a thing; a particle after a given name ("Louise du Bois"), a
  noun of nationality before a name ("le Russe Ivan Orlov") and a name the story also gives
  a person without an article stay people;
- a name right after the noun of a horse ("la jument Kerlidou", "le trotteur Valdoré"): the
  horse's; the rider stays a person.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names


def _people(result: dict) -> set[str]:
    return entity_names(result, "person")


# ---------------------------------------------------------------- an article before the name
@pytest.mark.parametrize(("text", "thing", "person"), [
    ("Le ministre norvégien du Climat, Nils Berggren, a quitté la salle.", "Climat", "Nils Berggren"),
    ("Jeudi, le ministre finlandais du Climat, Nils Berggren, est reparti à Helsinki.",
     "Climat", "Nils Berggren"),
    ("La ministre islandaise du Climat, Ingrid Dahl, a quitté la réunion.", "Climat", "Ingrid Dahl"),
    # the article elided
    ("Le ministre canadien de l'Urbanisme, Marc Tremblay, a visité le chantier.",
     "Urbanisme", "Marc Tremblay"),
    ("Avec 30 points de Karl Vance, les Mustangs ont battu les Portland Trail Blazers, hier soir.",
     "Trail Blazers", "Karl Vance"),
])
def test_a_name_after_a_lower_case_article_is_no_person(
        extract: Callable[..., dict], text: str, thing: str, person: str | None) -> None:
    people = _people(extract(text))
    assert thing not in people
    if person:
        assert person in people


# ---------------------------------------------------------------- a horse's name
@pytest.mark.parametrize(("text", "horse", "rider"), [
    ("Le cheval Kerlidou a remporté le Grand Prix de Vaucourt dimanche.", "Kerlidou", None),
    ("La jument Castellani, montée par Paul Rives, a gagné le trophée de Vaucourt.",
     "Castellani", "Paul Rives"),
    ("Le trotteur Valdoré a devancé tous ses rivaux sur l'hippodrome de Vaucourt.", "Valdoré", None),
    ("La pouliche Vermandine a remporté sa première course à Vaucourt.", "Vermandine", None),
])
def test_a_name_after_the_noun_of_a_horse_is_no_person(
        extract: Callable[..., dict], text: str, horse: str, rider: str | None) -> None:
    people = _people(extract(text))
    assert horse not in people
    if rider:
        assert rider in people


# ---------------------------------------------------------------- guards: people stay people
@pytest.mark.parametrize(("text", "person"), [
    ("Le Russe Ivan Orlov a battu le Suédois Nils Berggren en finale.", "Ivan Orlov"),
    ("Le prix a été remis à Jean de la Vergne par le maire.", "Jean de la Vergne"),
    ("Louise du Bois, adjointe, a présidé la séance.", "Louise du Bois"),
    ("La fille du Dr Keller a été reçue par le Président Vasseur.", "Vasseur"),
    ("Le Brésilien Ronaldinho a marqué deux buts.", "Ronaldinho"),
    ("Paul Rives a vendu son cheval à Jean Ferrand.", "Jean Ferrand"),
    ("Le ministre norvégien du Climat, Nils Berggren, a quitté la salle.", "Nils Berggren"),
    ("Le discours de l'Américain John Kessler a été applaudi.", "John Kessler"),
])
def test_people_around_an_article_stay_people(extract: Callable[..., dict], text: str, person: str) -> None:
    assert person in _people(extract(text))
