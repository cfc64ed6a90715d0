"""One-word names read as people that no line of the story writes as a person's (issue 11,
round 32f; `factx.resolve.unattested`).

A person in news is introduced by a given name, a civility, a title or a noun before the
name, a full name, an apposition or a list, or at least acts (the subject of a verb in its own
clause, an object, the one after "par", "selon", "avec"). A capitalized word with none of
these is no one: an infinitive opening an interview's question, a ground said to be full;
and a capital the gazetteer knows, read as a person where it stands for its government, is
the place. Sentences written for this round (invented names).
"""

from collections.abc import Callable

import pytest

from conftest import types_of_bare_name


@pytest.mark.parametrize(("text", "name"), [
    # an infinitive opening a question of an interview, after the dialogue dash
    ("Les moissons en avance\n\nLe président du syndicat agricole répond à nos questions.\n"
     "— Moissonner en juillet, c'est une première ?\n— Pour ma génération, oui.\n", "Moissonner"),
    # a ground said to be full: the subject of an adjective, nowhere a person's
    ("Le club prépare le derby\n\n« Il faut que Bonnefoy soit plein samedi soir », "
     "a expliqué le président Paul Marchand.\n", "Bonnefoy"),
])
def test_a_one_word_name_never_written_as_a_persons_is_no_person(
        extract: Callable[..., dict], text: str, name: str) -> None:
    assert "person" not in types_of_bare_name(extract(text), name)


@pytest.mark.parametrize(("text", "name"), [
    # a capital standing for its government, the agent of a passive
    ("Accord au Soudan\n\nLa trêve proposée par l'Union africaine a finalement été acceptée par "
     "Khartoum.\n", "Khartoum"),
])
def test_a_capital_read_as_a_person_with_no_sign_of_one_is_the_place(
        extract: Callable[..., dict], text: str, name: str) -> None:
    assert types_of_bare_name(extract(text), name) == {"place"}


@pytest.mark.parametrize(("text", "name"), [
    # the subject of a verb in its own clause
    ("Football\n\nLe match fut pénible. Ferrandini a marqué deux fois en seconde période.\n",
     "Ferrandini"),
    # the subject of a participle: someone
    ("Football\n\nLe stade était plein. Dumazet est suspendu pour le prochain match.\n", "Dumazet"),
    # the agent after "par", the one after "selon"
    ("Solidarité\n\nLa fondation créée par Colvache distribue des repas.\n", "Colvache"),
    ("Saison\n\nSelon Dufresnoy, la saison sera difficile.\n", "Dufresnoy"),
    # a surname the lemmatizer also lists as a noun, that the tagger reads as a proper noun
    ("Histoire\n\nÀ la conférence, les Alliés se faisaient encore des illusions sur Staline.\n", "Staline"),
    # a large town's name in a story that names no country: the person
    ("Histoire\n\nLe jeune officier a tout appris sous Bolivar, disent les historiens.\n", "Bolivar"),
    # a title before the name
    ("Visite\n\nLe président Chiracq a salué le geste.\n", "Chiracq"),
])
def test_a_one_word_name_written_as_a_persons_stays_a_person(
        extract: Callable[..., dict], text: str, name: str) -> None:
    assert types_of_bare_name(extract(text), name) == {"person"}
