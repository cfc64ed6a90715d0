"""Quotes: a quotation after a colon, with no verb of saying (round 19i).

Classes of French found by invented regional stories, all with a colon and no verb of saying:
1. a pronoun subject and a verb that links it to an adjective of stance, other than "être"
   ("Il reste pourtant optimiste :", "Il demeure prudent :", "Il se sent soulagé :"), which the
   parser may read as an impersonal "il": the person the pronoun stands for; not an impersonal
   verb with a noun ("Il reste deux places :");
2. a singular possessive and a noun of saying, of a view or of a feeling ("Son constat est
   amer :", "Sa réponse est simple :", "Son credo :"): the possessor, the one person the
   sentences before name as a subject; none when two people are named, when someone else (a
   person, a text, a body) may own the words, or for a person's noun ("Son adversaire ...");
3. a verbless phrase that sums up ("Une promesse tenue :", "Satisfaction générale :"), or a
   clause of facts about things before words in the first person singular ("Les débuts ont été
   durs : « Je ... »"): the one person the sentences before are about; not when a group, a
   second person or someone else's quotation comes in between.
The sentences are written for this round, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers


# 1. a pronoun linked to an adjective of stance by a verb other than "être"
@pytest.mark.parametrize(("text", "speakers"), [
    ("Gaspard Tirloy anime le club de tarot de Roncourt depuis douze ans. Les joueurs vieillissent. Il "
     "reste pourtant optimiste : « Nous aurons des jeunes à la rentrée, j'en suis sûr. »",
     ["Gaspard Tirloy"]),
    ("Gaspard Tirloy anime le club de tarot de Roncourt depuis douze ans. Il se sent aujourd'hui soulagé : "
     "« Nous avons trouvé une salle avant l'hiver. »", ["Gaspard Tirloy"]),
    ("Gaspard Tirloy anime le club de tarot de Roncourt depuis douze ans. Il semble pourtant serein : « Nous "
     "trouverons une salle avant l'hiver. »", ["Gaspard Tirloy"]),
    # guards: two men before "il"; an impersonal "il reste" with a noun; "être" works already; a
    # copula with no adverb between, which the parser reads with its subject
    ("Gaspard Tirloy anime le club de tarot de Roncourt depuis douze ans. Il demeure confiant : « Nous "
     "trouverons une salle avant l'hiver. »", ["Gaspard Tirloy"]),
    ("Gaspard Tirloy et Basile Ferrandou animent le club de tarot. Il reste pourtant optimiste : « Nous "
     "aurons des jeunes à la rentrée. »", [None]),
    ("Gaspard Tirloy anime le club de tarot de Roncourt. Il reste deux tables libres : « Les inscriptions "
     "ferment samedi à midi. »", [None]),
    ("Gaspard Tirloy anime le club de tarot de Roncourt depuis douze ans. Il est catégorique : « Nous ne "
     "quitterons jamais cette salle. »", ["Gaspard Tirloy"]),
])
def test_pronoun_and_stance_copula(extract: Callable[..., dict], text: str,
                                   speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


# 2. a possessive and a noun of saying, view or feeling
@pytest.mark.parametrize(("text", "speakers"), [
    ("Odile Parmentier tient la mercerie de Vézelise depuis trente ans. Les clientes se font rares. Son "
     "constat est amer : « Je ne vends presque plus rien le lundi. »", ["Odile Parmentier"]),
    ("Odile Parmentier tient la mercerie de Vézelise depuis trente ans. Sa réponse est simple : « Je "
     "resterai derrière mon comptoir jusqu'au bout. »", ["Odile Parmentier"]),
    ("Odile Parmentier tient la mercerie de Vézelise depuis trente ans. Son credo : « Je ne ferme jamais "
     "avant dix-neuf heures. »", ["Odile Parmentier"]),
    # guards: two people named; a text that may own the "constat"; a person's noun (the opponent);
    # someone else acting in between; a group's possessive
    ("Odile Parmentier a reçu Fernand Lachaux dans sa boutique. Son constat est amer : « Je ne vends "
     "presque plus rien le lundi. »", [None]),
    ("Fernand Lachaux, maire de Vézelise, a lu le rapport de la commission. Son constat est sévère : « Nous "
     "manquons de moyens depuis des années. »", [None]),
    ("Fernand Lachaux a perdu la finale du tournoi. Son rival du jour a salué le vaincu : « Il méritait "
     "autant que moi de gagner. »", [None]),
    ("Odile Parmentier tient la mercerie de Vézelise. Son mari l'aide le samedi. Son constat est amer : "
     "« Je ne vends presque plus rien le lundi. »", [None]),
    ("Odile Parmentier tient la mercerie de Vézelise. Les ventes baissent. Leur constat est amer : « Nous "
     "vendons à perte depuis deux ans. »", [None]),
])
def test_possessed_saying(extract: Callable[..., dict], text: str,
                          speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


# 3. a verbless summary, or a clause of facts, before the colon
@pytest.mark.parametrize(("text", "speakers"), [
    ("Fernand Lachaux, maire de Vézelise, a présenté le budget mardi soir. Les taux communaux ne bougeront "
     "pas. Une promesse tenue : « Nous n'avons pas touché aux impôts depuis sept ans. »",
     ["Fernand Lachaux"]),
    ("Le président de la fanfare, Théodule Garnotel, a présenté les comptes de la saison. "
     "Satisfaction générale : « Nous avons joué dans onze villages cet été. »", ["Théodule Garnotel"]),
    ("Odile Parmentier tient la mercerie de Vézelise depuis 1994. Les débuts ont été difficiles : « Je ne "
     "savais même pas coudre un bouton. »", ["Odile Parmentier"]),
    # guards: a group between; two people; the grévistes received; no first person; another
    # person named in the sentence before the one naming the speaker
    ("Fernand Lachaux, maire de Vézelise, a présenté le budget. Les habitants ont protesté. Colère "
     "générale : « Nous payons trop pour des routes en ruine. »", [None]),
    ("Fernand Lachaux, maire de Vézelise, a rencontré Odile Parmentier. Une promesse tenue : « Nous "
     "n'avons pas touché aux impôts depuis sept ans. »", [None]),
    ("Fernand Lachaux, maire de Vézelise, a reçu les grévistes de la scierie. Colère générale : « Nous "
     "voulons des réponses avant la fin du mois. »", [None]),
    ("Fernand Lachaux, maire de Vézelise, a présenté le budget. Les taux ne bougeront pas. Une promesse "
     "tenue : « Les impôts communaux sont stables depuis sept ans. »", [None]),
    ("Roncourt\n\nGaspard Tirloy anime le club de tarot depuis douze ans.\n\nBasile Ferrandou tient la "
     "buvette.\n\nSatisfaction générale : « Nous avons organisé douze concours. »", [None]),
])
def test_summary_before_the_colon(extract: Callable[..., dict], text: str,
                                  speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


# guards: what must not change
@pytest.mark.parametrize(("text", "speakers"), [
    ("Fernand Lachaux a cité son grand-père : « Le travail bien fait ne ment jamais, mon petit. »", [None]),
    ("Les obsèques de Fernand Lachaux ont eu lieu mardi. Les débuts de sa carrière avaient été durs : « Je "
     "ne savais rien faire. »", [None]),
    ("Le retraité Fernand Lachaux est catégorique : « Nous ne partirons pas de ce village. »",
     ["Fernand Lachaux"]),
    ("Pour Odile Parmentier, la saison est bonne : « Nous avons vendu deux fois plus de laine. »",
     ["Odile Parmentier"]),
    ("Odile Parmentier tient la mercerie de Vézelise. Les clientes la connaissent toutes : « Elle est ici "
     "depuis toujours, je crois. »", [None]),
])
def test_guards(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers
