"""Quotes: a verbless clause before a colon, a noun of a view and the object relative that says
whose it is (round 24d: a grid crossing view nouns x verbs that rebut or share x subjects given
by a title, a name or a pronoun, in the plain and the inverted order).

Class fixed: "Une thèse que le procureur a rejetée : « ... »", "Un argument qu'a balayé la
maire : « ... »": the clause before the colon has no verb of its own, only a fronted noun and
its relative "que ..."; the relative's subject (a title the text gave one person, a pronoun,
a name), inverted or not, speaks (QuoteReader.fronted_relative_subject, read by colon()).
The same verbless clause with a noun of saying or feeling and the title whose it is ("Réponse
du procureur : « ... »", "Même analyse chez la maire :"): that title's holder speaks
(QuoteReader.fronted_owner; models/quotes.json saying_nouns, view_nouns, stance_nouns).
Guards: a text that is read ("Une lettre que le maire a lue"), a plural crowd's slogan, a title
nobody in the text holds, the plain clause "X a rejeté cette thèse :". The sentences are
written for this audit, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import speaker_quotes

COURT = ("Le tribunal de Sauzelles a jugé lundi Gilles Moriset. Le procureur, Hubert Lavaud, "
         "a requis cinq ans.\n\n")
TOWN = "La maire de Brévilly, Agnès Morvan, a présenté jeudi le budget de la commune.\n\n"
CLUB = "L'entraîneur du FC Tréveray, Loïc Bertrand, a commenté la défaite de dimanche.\n\n"
SAID = "« Nous avons fait tout ce qui était possible dans ces conditions. »"


def spoken(extract: Callable[..., dict], text: str, opening: str) -> list[str | None]:
    return [sp for sp, t in speaker_quotes(extract(text)) if t.startswith(opening)]


@pytest.mark.parametrize(("text", "speaker"), [
    # a title the text gave one person, subject of the relative
    (COURT + "Une thèse que le procureur a démontée mardi : " + SAID, "Hubert Lavaud"),
    (TOWN + "Une critique que la maire a balayée vendredi : " + SAID, "Agnès Morvan"),
    (CLUB + "Un reproche que l'entraîneur a rejeté samedi : " + SAID, "Loïc Bertrand"),
    # the subject inverted after the verb ("qu'a balayé X"), the parser's second object
    (TOWN + "Un argument qu'a rejeté la maire vendredi : " + SAID, "Agnès Morvan"),
    (COURT + "Une version qu'a balayée le procureur mardi : " + SAID, "Hubert Lavaud"),
    # a pronoun subject that takes up the one named before
    (TOWN + "Un constat qu'elle a dressé sans détour : " + SAID, "Agnès Morvan"),
    # a noun of saying or feeling and its owner by title, "de" or "chez"
    (COURT + "Réponse du procureur : " + SAID, "Hubert Lavaud"),
    (TOWN + "Colère de la maire : " + SAID, "Agnès Morvan"),
    (CLUB + "Même analyse chez l'entraîneur : " + SAID, "Loïc Bertrand"),
    (COURT + "Réaction laconique du procureur mardi : " + SAID, "Hubert Lavaud"),
])
def test_relative_subject_speaks(extract: Callable[..., dict], text: str, speaker: str) -> None:
    assert spoken(extract, text, "Nous avons fait") == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # already right: a name as the relative's subject, the plain clause with the title
    (TOWN + "Un reproche que Mme Morvan a balayé vendredi : " + SAID, "Agnès Morvan"),
    (COURT + "Le procureur a rejeté cette thèse mardi : " + SAID, "Hubert Lavaud"),
])
def test_unchanged(extract: Callable[..., dict], text: str, speaker: str) -> None:
    assert spoken(extract, text, "Nous avons fait") == [speaker]


@pytest.mark.parametrize("text", [
    # a text read aloud: its author's words, not the reader's
    TOWN + "Une lettre que la maire a lue à voix haute : " + SAID,
    # a crowd's slogan
    TOWN + "Un slogan que les manifestants ont scandé devant la mairie : " + SAID,
    # a title nobody in the text holds ("l'avocat général" after a prosecutor)
    COURT + "Une thèse que l'avocat général a démontée mardi : " + SAID,
    # the owner plural, a body, a title nobody holds, a person's title as the head noun
    TOWN + "Colère des parents : " + SAID,
    TOWN + "Réponse de la préfecture : " + SAID,
    TOWN + "Réponse du préfet : " + SAID,
    TOWN + "L'adjoint de la maire : " + SAID,
])
def test_guards(extract: Callable[..., dict], text: str) -> None:
    assert all(sp is None for sp in spoken(extract, text, "Nous avons fait"))
