"""People the pipeline misses (issue 11, round 15f: generality audit).

A civility that only a person bears ("Maître", "Me", "Dr", "M.", "Mme"; `person_civilities`
of models/entities.json) opens a person's name even when the model read the span as a thing
or a body, as it does at a sentence's start ("Maître X, plaide"). "Monsieur" and "Madame"
are not among them: they also open the names of shops, papers and works.

An initial after a given name is part of the person's name: the model stops the name on the
given name before it ("a entendu Owen L. mardi", the anonymised name of court reports) or on
the initial before the surname ("le livre de Nadia K. Tavernaud"). The surname is taken
unless the word after the initial is one of time, one that opens sentences or a function word
("... Karima B. Elle devra ...", "... Marie L. Le tribunal ..."): the initial then closes a
sentence. A day after the initial is no part of the name ("a condamné Karima B. mardi").

A given name the lexicon knows and one capitalized word after it, which the model left
untagged, opening a list's item, a bracket or the text, is a person ("- Luciano Rocheval");
not when either word is a place or a word of time, nor when a capitalized word follows (a
longer name). Sentences written for this audit, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names, quote_speakers


# ---------------------------------------------------------------- a person's civility at the start
@pytest.mark.parametrize(("text", "person"), [
    ("Maître Pelvoux, plaide : la procédure a été bâclée selon lui.", "Pelvoux"),
    ("Maître Rocheval plaide la relaxe.", "Rocheval"),
    ("Maître Rocheval, avocate de la famille, s'indigne de la peine.", "Rocheval"),
    ("Maître Pelvoux s'indigne : la peine est trop lourde.", "Pelvoux"),
    ("Dr Rocheval s'indigne : le patient n'a pas été soigné.", "Rocheval"),
])
def test_a_persons_civility_opens_a_person(extract: Callable[..., dict], text: str, person: str) -> None:
    result = extract(text)
    assert person in entity_names(result, "person")
    assert not any(name.split()[0] in ("Maître", "Dr") for name in entity_names(result, "misc"))


@pytest.mark.parametrize(("text", "speaker"), [
    ("Maître Pelvoux, plaide : « mon client n'a jamais été entendu ».", "Pelvoux"),
    ("Maître Rocheval s'indigne : « la peine est bien trop lourde ».", "Rocheval"),
])
def test_a_lawyer_pleading_speaks(extract: Callable[..., dict], text: str, speaker: str) -> None:
    assert speaker in quote_speakers(extract(text))


# ---------------------------------------------------------------- pitfalls: names that stay
@pytest.mark.parametrize(("text", "kind", "name"), [
    ("Le magazine Madame Figaro consacre sa une à la mode.", "person", "Figaro"),
    ("La série Docteur Kessling revient samedi sur la deuxième chaîne.", "person", "Kessling"),
])
def test_a_brands_civility_opens_no_person(extract: Callable[..., dict], text: str, kind: str,
                                           name: str) -> None:
    assert name not in entity_names(extract(text), kind)


@pytest.mark.parametrize(("text", "person"), [
    ("Me Sidonie Arbaret a demandé un renvoi.", "Sidonie Arbaret"),
    ("Pour Maître Sidonie Arbaret, l'enquête a été bâclée.", "Sidonie Arbaret"),
    ("Du côté de la défense, on trouve le Belge Maître Pelvoux.", "Pelvoux"),
    ("Le plaignant a porté plainte contre le Dr Quelvennec mardi.", "Quelvennec"),
    ("Maître Quelvennec plaide la relaxe de sa cliente.", "Quelvennec"),
    ("Maître Tavernaud, avocate de la partie civile, réclame une expertise.", "Tavernaud"),
])
def test_civilities_that_worked_still_work(extract: Callable[..., dict], text: str, person: str) -> None:
    assert person in entity_names(extract(text), "person")


# ---------------------------------------------------------------- an initial after a given name
@pytest.mark.parametrize(("text", "person"), [
    ("Le juge a entendu Owen L. mardi.", "Owen L."),
    ("Le tribunal a condamné Karima B. mardi à six mois de prison.", "Karima B."),
    ("Les enquêteurs ont interrogé Julien V. hier soir.", "Julien V."),
    ("Le tribunal correctionnel a relaxé Sophie M. jeudi.", "Sophie M."),
    ("Le parquet a requis deux ans contre Mathieu G. vendredi.", "Mathieu G."),
    ("Le livre de Nadia K. Tavernaud est paru en 2004.", "Nadia K. Tavernaud"),
    ("Le livre de Sarah K. Rocheval est paru en 2010.", "Sarah K. Rocheval"),
    ("Les travaux de Nadia K. Dorvenne ont été salués.", "Nadia K. Dorvenne"),
    ("Le rapport de Yasmine B. Kerhuel est paru en 2012.", "Yasmine B. Kerhuel"),
])
def test_an_initial_after_a_given_name_is_the_persons(extract: Callable[..., dict], text: str,
                                                       person: str) -> None:
    assert person in entity_names(extract(text), "person")


@pytest.mark.parametrize(("text", "person"), [
    # the initial closes a sentence: the next word opens the next one
    ("Le tribunal a condamné Karima B. Elle devra payer une amende.", "Karima B."),
    ("Le juge a entendu Owen L. Samedi, il a rendu son jugement.", "Owen L."),
    ("Les gendarmes ont arrêté Marie L. Le tribunal la jugera en mars.", "Marie L."),
    ("Le club a recruté Paul R. Dans la foulée, il a signé un jeune gardien.", "Paul R."),
    # names the model read whole
    ("Le témoin, Owen L., a été entendu mardi.", "Owen L."),
    ("Selon le témoignage de Hélène D. Rocheval, la voiture roulait vite.", "Hélène D. Rocheval"),
    ("Le prix a été remis à Claire P. Montvernier en mai.", "Claire P. Montvernier"),
])
def test_an_initial_closing_a_sentence_takes_no_word(extract: Callable[..., dict], text: str,
                                                     person: str) -> None:
    assert person in entity_names(extract(text), "person")


# ---------------------------------------------------------------- a name alone in a list's item
@pytest.mark.parametrize(("text", "person"), [
    ("- Louise-Yvonne Tavernaud, trésorière occulte du parti.", "Louise-Yvonne Tavernaud"),
    ("- Luciano Rocheval", "Luciano Rocheval"),
    ("- Luciano Pelvoux", "Luciano Pelvoux"),
    ("- Anne-Sophie Rocheval (alias la Baronne)", "Anne-Sophie Rocheval"),
    ("- Anne-Laure Kerhuel (alias le Notaire)", "Anne-Laure Kerhuel"),
])
def test_a_name_alone_in_a_list_is_a_person(extract: Callable[..., dict], text: str, person: str) -> None:
    assert person in entity_names(extract(text), "person")


@pytest.mark.parametrize("text", [
    "- Samedi Rocheval",
    "- Marie Curie Institut",
    "- Florence Italie",
    "- Lundi Matin",
])
def test_a_list_item_of_other_words_names_no_one(extract: Callable[..., dict], text: str) -> None:
    assert not entity_names(extract(text), "person")
