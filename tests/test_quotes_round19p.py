"""Quotes: a speaker named earlier, the quotation after a colon (round 19p: grid of regional
stories crossing how the person is introduced, what comes between, the quotation's form).

Class fixed: "Il ne masque pas son inquiétude : « ... »", the parser reading the subject "il"
of a verb that has its object as impersonal (expl:subj): a verb that takes no impersonal
subject (models/quotes.json: impersonal_verbs) has a real subject, and the colon's clause
gives its pronoun the person named before ("elle" was already read as a subject).
Guards: an impersonal "il faut", "il y a"; two men named, "il" the nearest; a person named
only as a complement. The sentences are written for this audit, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # name + role in apposition
    ("Le club fait ses comptes\nArmand Thiébaut, président de l'amicale bouliste de Grandrupt, a réuni "
     "ses adhérents. Il ne cache pas sa déception : « Nous perdons des licenciés chaque hiver. »",
     ["Armand Thiébaut"]),
    # "il" going on from the subject through a sentence naming another man as a complement
    ("Le club fait ses comptes\nArmand Thiébaut a ouvert l'assemblée. Il a salué le travail de Lucien "
     "Marchal, son secrétaire. Il ne masque pas son inquiétude : « Nous perdons des licenciés chaque "
     "hiver. »", ["Armand Thiébaut"]),
    # M. X, a new paragraph
    ("Une rentrée compliquée\nM. Jolibois dirige l'école de Bréchaincourt depuis six ans.\n"
     "Il ne cache pas son agacement : « Nous n'avons toujours pas de remplaçant pour la classe "
     "des petits. »", ["Jolibois"]),
    # two men: "il" is the nearest subject
    ("Le club fait ses comptes\nArmand Thiébaut a ouvert l'assemblée. Le secrétaire Lucien Marchal a lu "
     "le rapport moral. Il ne masque pas son inquiétude : « Nous perdons des licenciés chaque hiver. »",
     ["Lucien Marchal"]),
    # portrait opening
    ("Portrait\nFernand Coquelet, 61 ans, apiculteur à Saint-Ormel, a perdu la moitié de ses ruches. "
     "Il ne cache pas sa colère : « Les frelons ont tout ravagé en trois semaines. »",
     ["Fernand Coquelet"]),
])
def test_il_of_a_transitive_verb_before_a_colon(extract: Callable[..., dict], text: str,
                                                speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # "elle" already read as a subject
    ("Une rentrée compliquée\nOdette Vautrin dirige l'école de Bréchaincourt. Elle ne cache pas son "
     "inquiétude : « Nous n'avons toujours pas de remplaçant pour les petits. »", ["Odette Vautrin"]),
    # a stance adjective right before the colon (read before this round)
    ("Le club fait ses comptes\nArmand Thiébaut a ouvert l'assemblée de l'amicale. Il reste prudent : "
     "« Nous ne savons pas encore combien de licences seront renouvelées. »", ["Armand Thiébaut"]),
    # impersonal "il faut": no subject from the clause
    ("Le club fait ses comptes\nArmand Thiébaut a ouvert l'assemblée de l'amicale. Les licences ont baissé. "
     "Il faut des bénévoles : « Nous ne pourrons plus organiser le concours de juillet. »", [None]),
])
def test_guards(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


# "Le constat est amer : « ... »": a noun of a view with its definite article, alone, subject of
# an adjective, after sentences about one person (possessed_view -> topic_before)
@pytest.mark.parametrize(("text", "speakers"), [
    ("Le club fait ses comptes\nArmand Thiébaut, président de l'amicale, a présenté le budget. "
     "Le constat est amer : « Nous avons perdu vingt licenciés cette saison. »", ["Armand Thiébaut"]),
    ("Le marché de Noël\nMme Vautrin a repris le marché de Noël en 2021. L'objectif est ambitieux : "
     "« Nous voulons doubler le nombre d'exposants. »", ["Vautrin"]),
])
def test_a_view_noun_with_its_article(extract: Callable[..., dict], text: str,
                                      speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # a text read: its author's words, not the reader's
    ("Le club fait ses comptes\nArmand Thiébaut, président de l'amicale, a lu la lettre du préfet. "
     "Le message est clair : « Nous ne financerons plus les déplacements. »", [None]),
    # two people named
    ("Le club fait ses comptes\nArmand Thiébaut et Lucien Marchal ont présenté le budget. "
     "Le constat est amer : « Nous avons perdu vingt licenciés cette saison. »", [None]),
    # the view's owner named as its complement
    ("Le club fait ses comptes\nArmand Thiébaut, président de l'amicale, a présenté le budget. Le constat "
     "du trésorier est amer : « Nous avons perdu vingt licenciés cette saison. »", [None]),
    # nobody named: a fire's toll
    ("L'incendie de Varmont\nLe feu a pris dans une grange vers trois heures. Le bilan est lourd : "
     "« Nous avons perdu quarante bêtes. »", [None]),
])
def test_view_noun_guards(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers
