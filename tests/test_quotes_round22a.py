"""Quotes: a quotation with no cue in its own sentence, whose speaker the NEXT sentence names
(round 22a: a grid of village paragraphs crossing how the sentence after the quotation takes
the words up, the people named and the verbs).

Classes fixed:
- the sentence right after a quotation takes those words up and says whose they are:
  "Ces mots, X les a prononcés", "Ces propos, X les a tenus", "Ces paroles sont celles de X",
  "Tels sont les mots de X", "Ainsi s'exprimait X", "X résume ainsi ..." (QuoteReader.taken_up,
  models/quotes.json: utter_verbs);
- a first-person quotation that opens a sentence of a paragraph whose sentences before it name
  nobody is read as one opening its paragraph (named_after: the next sentence's subject with a
  stance);
- "« ... » Pour X, ...": the one whose view the next sentence opens with;
- words in the first person singular, then a sentence opening on a person the text names
  there for the first time, in apposition ("Lucie Marot, 58 ans, ..."): the one introduced
  (named_after, first_met), even when the sentence tells an act, not a stance.
Guards: words heard, read, criticized or denied ("X les a entendus", "ne les a jamais
prononcés", "les a critiqués"); an act with "ainsi"; two people after "Pour"; a crowd's words
before an official's act; words in the plural before a person first named. The sentences are
written for this audit, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers

HEAD = "Fête de la Saint-Jean à Vaubrenet-le-Haut\n\n"


@pytest.mark.parametrize(("text", "speakers"), [
    # a demonstrative with a noun of words, the speaker the subject of "prononcer"
    ("« Nous avons repeint toute la salle nous-mêmes, sans un euro de subvention. » Ces mots, "
     "Odile Parmentier les a prononcés devant une quarantaine de bénévoles.", ["Odile Parmentier"]),
    # "tenir des propos"
    ("« Je ne laisserai pas fermer la dernière épicerie du bourg. » Ces propos, Hugo Lamarzelle "
     "les a tenus lundi soir en conseil municipal.", ["Hugo Lamarzelle"]),
    # "Ces paroles sont celles de X"
    ("« Nous avons tenu bon pendant trois hivers difficiles. » Ces paroles sont celles de Rémi "
     "Castagnol, qui préside l'amicale depuis dix ans.", ["Rémi Castagnol"]),
    # "Tels sont les mots de X"
    ("« Je garde un souvenir immense de cette première kermesse. » Tels sont les mots de Josiane "
     "Quéméner lors de l'inauguration du nouveau préau.", ["Josiane Quéméner"]),
    # the subject a title standing for the one person introduced before
    ("Odile Parmentier préside l'amicale laïque depuis 2015.\n\nLe bureau s'est réuni lundi. « Nous "
     "ne vendrons jamais le local de la rue du Moulin. » Ces mots, la présidente les a prononcés "
     "d'une voix ferme.", ["Odile Parmentier"]),
    # "c'est X qui les a ..."
    ("« Je ne veux plus voir un seul camion traverser la place de l'église. » Ces mots, c'est "
     "Armand Bellegarde qui les a lancés au dernier conseil.", ["Armand Bellegarde"]),
    # no full stop inside nor after the closing mark
    ("« Nous irons jusqu'au tribunal s'il le faut » Cette phrase, Solène Marchetti l'a répétée "
     "trois fois devant les riverains.", ["Solène Marchetti"]),
    # one voice ("je"), then a person named for the first time, presented in apposition
    ("Le marché de Noël ouvre ses portes samedi.\n\n« J'ai tourné mon premier bol à douze ans, "
     "dans la grange de mon grand-père. » Lucie Marot, 58 ans, vend ses grès sous la halle.",
     ["Lucie Marot"]),
    # "Ainsi s'exprimait X"
    ("« Nous avons doublé le nombre de licenciés en deux saisons. » Ainsi s'exprimait Bastien "
     "Orsoni samedi soir devant les parents.", ["Bastien Orsoni"]),
    # the quotation opens a sentence after one that names nobody; the next names the speaker
    ("La fanfare du canton a fêté ses trente ans samedi. « Nous jouons ensemble depuis l'école "
     "primaire. » Gilles Vautrinot sourit en évoquant les premières répétitions.",
     ["Gilles Vautrinot"]),
    # "Pour X, ..." after a first-person quotation opening its paragraph
    ("« Nous avons tout donné cette saison, jusqu'au dernier match. » Pour Nadège Villemur, la "
     "montée en régionale n'est plus un rêve.", ["Nadège Villemur"]),
    # "Ainsi parlait X", after a sentence of facts in the same paragraph
    ("Les cadets ont fini quatrièmes. « Nous avons perdu des matchs, jamais l'envie de jouer "
     "ensemble. » Ainsi parlait Yvon Kerhervé au moment de ranger les maillots.", ["Yvon Kerhervé"]),
])
def test_named_in_the_next_sentence(extract: Callable[..., dict], text: str,
                                    speakers: list[str | None]) -> None:
    assert _speakers(extract(HEAD + text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # words heard, not said
    ("La chorale a repris le refrain. « Nous chanterons jusqu'au bout de la nuit. » Ces mots, "
     "Léonie Farjas les a entendus cent fois cet hiver.", [None]),
    # the words criticized: not the critic's
    ("« Nous fermerons la classe unique à la rentrée prochaine. » Ces propos, Armand Bellegarde "
     "les a vivement critiqués devant les parents d'élèves.", [None]),
    # a saying denied
    ("La chorale a repris le refrain. « Nous quitterons la commune avant l'été. » Ces mots, "
     "Léonie Farjas ne les a jamais prononcés.", [None]),
    # "ainsi" on an act, no saying
    ("La chorale a repris le refrain. « Nous avons enfin un local digne de ce nom. » Léonie "
     "Farjas a ainsi rénové la salle des fêtes.", [None]),
    # two people after "Pour"
    ("« Nous avons tout donné cette saison, jusqu'au dernier match. » Pour Nadège Villemur et "
     "Firmin Lazareff, la montée en régionale n'est plus un rêve.", [None]),
    # a crowd's words, then an official's act
    ("Les manifestants ont défilé jusqu'à la mairie. « Nous voulons des moyens pour l'hôpital. » "
     "Le préfet Aurélien Chastagnol a accueilli les délégués vers onze heures.", [None]),
    # one voice, then an official's act: the official is no introduction of the one quoted
    ("Les manifestants ont défilé jusqu'à la mairie.\n\n« Je veux des moyens pour l'hôpital. » "
     "Le préfet Aurélien Chastagnol a reçu une délégation.", [None]),
    # words in the plural, then a person first named: a group's voice
    ("Les bénévoles ont monté les stands.\n\n« Nous avons tout préparé en trois jours. » Lucie "
     "Marot, 58 ans, vend ses grès sous la halle.", [None]),
    # already handled before this round: a cleft naming the speaker
    ("« Nous avons travaillé dur tout l'hiver. » C'est le constat de Lucien Dabadie, à la veille "
     "de l'assemblée générale.", ["Lucien Dabadie"]),
])
def test_guards(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(HEAD + text)) == speakers
