"""What is not a person (issue 11, round 18g: generality audit from fresh wire probes).

Sentences written for this audit, with invented people and invented titles of works.

- A few words in quotation marks shaped as a title or a nickname of a thing, not as a spoken
  sentence: they open on a capitalized article ("l'auteur de « La Mare aux loups »") or an
  article stands right before the quotation marks ("le « Four à pain »"), with no
  punctuation inside. A capitalized word there is a word of the title, no person's name,
  straight quotes or guillemets alike; unless the story names the same person outside.
- A football line-up whose surname is also a village's name: the spaced dash that parts
  the lines of the team still parts two players ("Blanc - Rémy"), and a substitute in
  brackets with his minute ("(Vincent, 70e)") is a player too.
- A word of speech that opens a quoted reply ("« Ben, je ne sais pas »") is nobody.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names


def _people(extract: Callable[..., dict], text: str) -> set[str]:
    return entity_names(extract(text), "person")


# ---------------------------------------------------------------- a title in quotation marks
@pytest.mark.parametrize(("text", "person", "not_person"), [
    ('La pièce "La Dame de chez Florimond" a fait salle comble, se réjouit Claire Vanoni.',
     "Claire Vanoni", "La Dame"),
    ("On joue ce soir « Une Nuit chez Léonard » au théâtre municipal, a indiqué Marc Pellerot.",
     "Marc Pellerot", "Léonard"),
    ('Le public a applaudi "La Bergère et Léontine", jouée par la troupe de Claire Vanoni.',
     "Claire Vanoni", "Léontine"),
    ('Le public a applaudi "La Bergère et Marcelin", jouée par la troupe de Claire Vanoni.',
     "Claire Vanoni", "Marcelin"),
    # right before the change too (kept as rows of the class)
    ("La chorale a interprété « Le Chant de Martial » et « Les Cloches de Séraphin », raconte Roger Vautrel.",
     "Roger Vautrel", "Séraphin"),
    ("Le musée expose les lettres de l'auteur de \"La Bergère aux corbeaux\", explique Hervé Lachadier.",
     "Hervé Lachadier", "Bergère"),
    ("La piscine, que les habitants surnomment le « Bocal d'Orgelet », ferme en mai, dit Anne Dorvalle.",
     "Anne Dorvalle", "Bocal"),
    ("Les enfants ont chanté « Le Meunier de Sornac » devant la directrice, Odile Ferrandier.",
     "Odile Ferrandier", "Meunier"),
])
def test_a_word_of_a_quoted_title_is_no_person(extract: Callable[..., dict], text: str, person: str,
                                               not_person: str) -> None:
    people = _people(extract, text)
    assert person in people
    assert not_person not in people


@pytest.mark.parametrize(("text", "person"), [
    # pitfalls: a spoken sentence in quotation marks, a name the story also gives outside, a
    # nickname or a given name filling the quotation marks, a title after the noun of a work
    ("« La faute en revient à Bernard Soulaire, qui a tout signé », a accusé le maire.", "Bernard Soulaire"),
    ("Le slogan « La Lorraine avec Gilbert Vaudrémont » a été affiché. Gilbert Vaudrémont a voté.",
     "Gilbert Vaudrémont"),
    ("Jacques Ferrelin, l'auteur de « La Vie devant soi », a été reçu à Metz.", "Jacques Ferrelin"),
    ("« Je pense que Marc Tellieron a raison », a déclaré le président du club.", "Marc Tellieron"),
])
def test_a_person_in_quotation_marks_stays(extract: Callable[..., dict], text: str, person: str) -> None:
    assert person in _people(extract, text)


# ---------------------------------------------------------------- a line-up: a village's name as a surname
@pytest.mark.parametrize(("text", "players"), [
    ("Golbey : Thiébault - Gaspardin, Hubert, Noël, Laurent - Rémy, Denis (Vincent, 70e), Claude - "
     "Mathieu, Pierrot. Entraîneur : Michel Baradelle.",
     {"Laurent", "Rémy", "Claude", "Mathieu", "Vincent"}),
    ("Rambervillers : Mougenel - Colas, Valentin - Rémy, Perrin, Husson, Jacquot. Entraîneur : Marc Voirel.",
     {"Valentin", "Rémy"}),
    ("Bruyères : Grandjean - Simon, Étienne, Didier, Florent - Mathieu, Bastien (Rémy, 81e), Aubry.",
     {"Mathieu", "Rémy"}),
    ("Saint-Nabord : Petitcolas - Lambert, Gilles, Thomas - Mathieu, Rémy, Gérard, Boulanger.",
     {"Thomas", "Mathieu"}),
])
def test_line_up_with_a_village_surname(extract: Callable[..., dict], text: str, players: set[str]) -> None:
    people = _people(extract, text)
    assert players <= people
    assert not any(" - " in p for p in people)


@pytest.mark.parametrize("text", [
    # pitfall: results of matches between towns, one of which no gazetteer may know
    "Promotion d'honneur : Épinal - Golbey, Thaon - Rémy, Mirecourt - Charmes, Vittel - Darney.",
    "Les scores : Lunéville - Rémy, Toul - Pont-à-Mousson, Neufchâteau - Mathieu, Bayon - Vézelise.",
])
def test_results_of_towns_stay_no_people(extract: Callable[..., dict], text: str) -> None:
    assert not {"Rémy", "Mathieu", "Épinal", "Lunéville", "Toul"} & _people(extract, text)


# ---------------------------------------------------------------- a word of speech
@pytest.mark.parametrize(("text", "person"), [
    ("\"Ben, je n'en sais rien\", a répondu le prévenu, Kévin Marsolle, au président du tribunal.",
     "Kévin Marsolle"),
    ("« Ben oui, on a gagné », sourit le capitaine, Thierry Lachambre.", "Thierry Lachambre"),
    ("« Ben… je ne sais pas », bafouille le témoin, Damien Rouvrois.", "Damien Rouvrois"),
    # right before the change too
    ("« Ben, je ne sais pas », répond le prévenu. « C'est parti tout seul », ajoute Julien Marcadet.",
     "Julien Marcadet"),
    ('"Ben, on verra bien", a lâché Sylvain Roubéry à la sortie du conseil.', "Sylvain Roubéry"),
    ("« Bah, c'est la vie », soupire Mireille Landrieux, qui tient le café depuis vingt ans.",
     "Mireille Landrieux"),
    ("— Ben, il faudra attendre le printemps, répond la fermière, Josette Aubriot.", "Josette Aubriot"),
])
def test_a_word_of_speech_is_nobody(extract: Callable[..., dict], text: str, person: str) -> None:
    people = _people(extract, text)
    assert person in people
    assert not {"Ben", "Bah"} & people


@pytest.mark.parametrize(("text", "person"), [
    # pitfalls: the given name and the particle of real people
    ("Ben Morlaix, l'entraîneur des cadets, a félicité ses joueurs.", "Ben Morlaix"),
    ("Le président tunisien Zine el-Abidine Ben Ali a reçu le ministre.", "Zine el-Abidine Ben Ali"),
    ("« Ben Morlaix nous a beaucoup aidés », a salué la présidente du club.", "Ben Morlaix"),
])
def test_a_name_like_a_word_of_speech_stays(extract: Callable[..., dict], text: str, person: str) -> None:
    assert person in _people(extract, text)
