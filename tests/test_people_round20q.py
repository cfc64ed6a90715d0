"""People: a given name the names table lacks, cut off its surname (round 20q).

Sentences written for this round, with invented people, villages and clubs.

- A capitalized word the model left untagged (or tagged alone) one space before a person's
  name, or before words the text names a person by elsewhere, is that person's first given
  name when it opens the sentence, a list's item or follows a title: "Olusegun Adebayo a
  signé ..." then "Adebayo ..." make one person, "Olusegun Adebayo".
- Not a word of the language opening a sentence ("Selon", "Ensuite", "Lundi"), nor after a
  preposition; a word of time the model ran into the name ("Hier Okorafor a signé") is cut
  off the person.
"""

from collections.abc import Callable

import pytest

from conftest import mentions_by_name


@pytest.mark.parametrize(("text", "full", "short"), [
    # sentence start, age in apposition
    ("Randal Kolo Muani, 45 ans, ancien maire de Trévillac, a démissionné mardi. "
     "Kolo Muani a expliqué son choix.", "Randal Kolo Muani", "Kolo Muani"),
    # sentence start, subject of a verb
    ("Olusegun Adebayo a signé un contrat de trois ans avec le club. Adebayo arrive de Lorient.",
     "Olusegun Adebayo", "Adebayo"),
    # an item of a list
    ("Le conseil a reçu Paul Martin, Olusegun Kolo Muani et Jeanne Roux. Kolo Muani a pris la parole.",
     "Olusegun Kolo Muani", "Kolo Muani"),
    # after a comma closing a complement
    ("Pour le club, Keoni Kolo Muani reste la priorité. Kolo Muani a marqué dix buts.",
     "Keoni Kolo Muani", "Kolo Muani"),
])
def test_unknown_given_name_joins_the_surname(extract: Callable[..., dict], text: str,
                                              full: str, short: str) -> None:
    people = mentions_by_name(extract(text), "person")
    assert full in people
    assert short in people[full]


@pytest.mark.parametrize(("text", "surname"), [
    # guards: a word of the language opening the sentence is no given name
    ("Selon Okorafor, le projet est abandonné. Okorafor a parlé longuement.", "Okorafor"),
    # fix: a word of time the model ran into the name opening the sentence
    ("Hier Okorafor a signé un contrat avec le club. Okorafor arrive de Lorient.", "Okorafor"),
    ("Lundi Kolo Muani a repris l'entraînement. Kolo Muani a souri.", "Kolo Muani"),
    ("Ensuite Tauvela a signé un contrat. Tauvela arrive de Lorient.", "Tauvela"),
    ("En mars Tauvela a signé un contrat. Tauvela arrive de Lorient.", "Tauvela"),
    ("Tennis Adebayo a battu la tête de série. Adebayo jouera jeudi.", "Adebayo"),
    ("À Lyon Tauvela a signé un contrat. Tauvela arrive de Lorient.", "Tauvela"),
])
def test_common_word_before_a_surname_stays_out(extract: Callable[..., dict], text: str,
                                                surname: str) -> None:
    people = mentions_by_name(extract(text), "person")
    assert not any(n != surname and n.endswith(surname) for n in people)
