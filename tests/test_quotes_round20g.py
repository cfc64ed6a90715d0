"""Quotes: pronoun and title speakers across sentences, by salience (round 20g).

Cells of a grid crossing an incise or a lead-in with a pronoun or a bare title ("a-t-il
ajouté", "Selon elle", "poursuit le porte-parole") with the antecedent one or two sentences
up and a second person in between. Classes of French fixed:
1. a sentence between the antecedent and the pronoun that names a second person who fits
   only in its background (the object of a verb whose subject is a thing or a group, the
   agent of a passive, a noun's complement, a relative clause) does not take the pronoun
   away from the named subject of the sentence right before it: "X a visité le chantier.
   La visite, que Y avait préparée, a duré deux heures. « ... », a-t-il ajouté": X;
2. a bare spokesperson noun in an incise or as a subject ("», a précisé le porte-parole",
   "La représentante a ajouté :") is the one person the text gave that title before, not a
   body nor the one quoted last; the speaker of a quotation counts as the subject of its
   sentence for class 1;
3. "le prévenu", "l'accusée" is the one person whom a pronoun subject of "comparaître" or
   of a passive "juger" stands for ("Lundi, il comparaissait devant le tribunal").
Guards: a second person who is the subject of the sentence in between, or the speaker of a
quotation in between, keeps the pronoun; a sentence with no subject the parser found names
nobody aside. The sentences are written for this round, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers

Q = "« les engins reviendront sur place dès le mois prochain »"


# 1. a second person only in the background of the sentence in between
@pytest.mark.parametrize(("text", "speakers"), [
    # a relative clause
    ("Gaspard Lemonnier a inspecté mardi la digue. La tournée, que Firmin Haudecœur avait organisée, "
     f"s'est achevée à midi. {Q}, a-t-il ajouté.", ["Gaspard Lemonnier"]),
    # the object of a verb whose subject is a group
    ("Albane Quéroy a inspecté mardi la digue. La délégation a ensuite rencontré Perrine Soubeyran. "
     f"Elle a ajouté : {Q}.", ["Albane Quéroy"]),
    # the agent of a passive
    ("Gaspard Lemonnier a inspecté mardi la digue. Les travaux avaient été commandés par Firmin "
     f"Haudecœur en 2020. Selon lui, {Q}.", ["Gaspard Lemonnier"]),
    # a noun's complement, the subject a plural noun for people
    ("Albane Quéroy, la préfète de la région, s'est rendue mardi sur la digue. Les techniciens de "
     f"Perrine Soubeyran étaient présents. {Q}, a-t-elle expliqué.", ["Albane Quéroy"]),
    # the speaker of the quotation before, a body's sentence naming another aside
    ("« Le barrage tiendra même si la crue dure encore une semaine », a assuré Gaspard Lemonnier. La "
     f"société Hydrelis a reçu Firmin Haudecœur jeudi. {Q}, a-t-il ajouté.",
     ["Gaspard Lemonnier", "Gaspard Lemonnier"]),
    # guards: the second person is the subject in between; the speaker of a quotation in between
    ("Gaspard Lemonnier a inspecté mardi la digue. Firmin Haudecœur a salué la rapidité des travaux. "
     f"{Q}, a-t-il ajouté.", ["Firmin Haudecœur"]),
    ("Gaspard Lemonnier a inspecté mardi la digue. « Tout est prêt », a assuré Firmin Haudecœur. "
     f"{Q}, a-t-il ajouté.", ["Firmin Haudecœur"]),
    # guard: a second person of the other gender aside changes nothing
    ("Gaspard Lemonnier a inspecté mardi la digue. La tournée, que Perrine Soubeyran avait organisée, "
     f"s'est achevée à midi. {Q}, a-t-il ajouté.", ["Gaspard Lemonnier"]),
])
def test_background_person(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


# 2. a bare spokesperson noun in an incise
@pytest.mark.parametrize(("text", "speakers"), [
    ("Loïc Penvern, le porte-parole de la mairie, a visité mardi la digue. "
     f"{Q}, a précisé le porte-parole.", ["Loïc Penvern"]),
    ("La porte-parole de la préfecture, Ombeline Jaffrès, a visité mardi la digue. La société Trevanor "
     f"a annoncé un retard. {Q}, poursuit la porte-parole.", ["Ombeline Jaffrès"]),
    # as the subject of a lead-in
    ("Loïc Penvern, le porte-parole de la mairie, a visité mardi la digue. La société Trevanor a "
     f"annoncé un retard. Le porte-parole a ensuite affirmé que {Q}.", ["Loïc Penvern"]),
    # guard: no one given that title, the body the sentence before is about speaks through it
    (f"La société Trevanor a annoncé un retard de trois semaines. {Q}, a précisé le porte-parole.",
     ["Trevanor"]),
])
def test_spokesperson_title(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


# 3. the part of one tried, given through a pronoun: "Hier, il comparaissait devant le tribunal"
@pytest.mark.parametrize(("text", "speakers"), [
    ("Pendant trois ans, Anselme Kerbiriou a géré seul la caisse de la fanfare. Lundi, il comparaissait "
     "devant le tribunal de Vesoul. Le prévenu a tout reconnu. « Je comptais rembourser chaque centime "
     "avant l'été », a-t-il soufflé.", ["Anselme Kerbiriou"]),
    ("Armelle Quintric tenait la boutique depuis dix ans. Elle a été jugée jeudi pour escroquerie. La "
     "prévenue a gardé le silence. « Je n'ai jamais voulu tromper mes clients », a-t-elle lâché.",
     ["Armelle Quintric"]),
    # guard: two people named before the pronoun of the verb, both subjects: no one
    ("Anselme Kerbiriou et Gaëtan Morvillier ont géré la caisse de la fanfare. Lundi, il comparaissait "
     "devant le tribunal de Vesoul. Le prévenu a tout reconnu. « Je comptais rembourser chaque centime "
     "avant l'été », a-t-il soufflé.", [None]),
])
def test_tried_by_pronoun(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers
