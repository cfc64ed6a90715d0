"""Quotes: paragraphs holding several guillemets (round 21a: a grid of village paragraphs
crossing how the speaker is introduced, what stands between, and how the quotation opens).

Classes fixed:
- guillemets around a name or a short fragment ("le club « Les Cyclos du Val »", "une
  « année charnière »") are no voice: the sentences around them still point to the one person
  named (QuoteReader.label_tokens, read by topic_before, quiet and introduced), and such a
  name is never the quotation before the next one;
- "il"/"elle" as the subject of a sentence between stands for the one person named, even with
  a verb of saying ("Il a salué l'amicale ...");
- a body as a subject between does not stand for words in the first person singular;
- "Pour X, ..." opens a sentence about X as much as "X a ..." does;
- "Et une certitude : « B »" after X's quotation: a noun of a saying as the subject, X goes on;
- "Le club « A » et l'association « B » ont ...": coordinated bodies are not two people whom
  a later "il" might stand for.
Guards: two people named, a body before words in the plural, a noun for a person ("Son
rival") between two quotations. The sentences are written for this audit, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers

HEAD = "Assemblée générale à Ferrières-la-Combe\n"


@pytest.mark.parametrize(("text", "speakers"), [
    # a name in guillemets in the sentence that introduces the person, then a bare quotation
    ("Ghislain Morvel, trésorier du club « Les Cyclos de la Vallée », a présenté les comptes "
     "de l'année. « Je n'ai jamais enregistré autant d'adhésions en une seule saison. »",
     ["Ghislain Morvel"]),
    # short fragments in the introducing sentence, then a bare quotation (first person plural)
    ("Ghislain Morvel, trésorier du club cycliste, évoque une « année charnière » et un « budget "
     "serré ». « Nous avons dû renoncer à deux sorties en montagne cet été. »",
     ["Ghislain Morvel"]),
    # a name in guillemets in a sentence between, then a colon after a verbless noun phrase
    ("Ghislain Morvel, trésorier du club cycliste, a présenté les comptes de l'année. La "
     "randonnée « Les Crêtes du Val » a réuni deux cents cyclistes. Le constat est simple : "
     "« Je n'ai jamais enregistré autant d'inscriptions depuis mon arrivée. »",
     ["Ghislain Morvel"]),
    # fragments said by "il" between, then a possessed noun of a view
    ("Ghislain Morvel, trésorier du club cycliste, a présenté les comptes de l'année. Il évoque "
     "une « année charnière » et un « budget serré ». Sa conviction : « Nous retrouverons "
     "l'équilibre dès la saison prochaine. »", ["Ghislain Morvel"]),
    # "il" with a verb of saying between stands for the one person named
    ("Ghislain Morvel, trésorier du club cycliste, a présenté les comptes de l'année. Il a "
     "salué l'amicale « Boules de la Combe » pour son aide. Le constat est simple : "
     "« Je n'ai jamais enregistré autant d'inscriptions depuis mon arrivée. »",
     ["Ghislain Morvel"]),
    # a body as the subject between, words in the first person singular
    ("Ghislain Morvel, trésorier du club cycliste, a présenté les comptes de l'année. La fanfare "
     "« L'Écho de la Combe » compte désormais vingt musiciens. Le constat est simple : « Je "
     "n'ai jamais enregistré autant d'inscriptions depuis mon arrivée. »", ["Ghislain Morvel"]),
    # "Pour X, ..." opens the sentence about X
    ("Pour Ghislain Morvel, trésorier du club cycliste, l'exercice reste équilibré. Les dépenses "
     "de transport ont baissé. Le constat est simple : « Je n'ai jamais enregistré autant "
     "d'inscriptions depuis mon arrivée. »", ["Ghislain Morvel"]),
    # an elliptical colon after X's quotation: X goes on
    ("Ghislain Morvel a une formule : « Un club vit tant que ses membres roulent ensemble. » Et "
     "une certitude : « Nous organiserons une nouvelle randonnée au printemps. »",
     ["Ghislain Morvel", "Ghislain Morvel"]),
    # two bodies coordinated as the subject, then "il"
    ("Ghislain Morvel, président du comité des fêtes de Valcombe, a dressé le bilan de la "
     "saison. Le club « Valcombe Sports » et l'association « Les Amis du Moulin » ont prêté "
     "leurs tentes. Il ne cache pas sa satisfaction : « Je n'aurais jamais cru voir autant de "
     "familles sur la place. »", ["Ghislain Morvel"]),
])
def test_guillemets_before_the_quotation(extract: Callable[..., dict], text: str,
                                         speakers: list[str | None]) -> None:
    assert _speakers(extract(HEAD + text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # two people named before: whose words?
    ("Ghislain Morvel et Bertille Sauvaget ont présenté les comptes. La randonnée « Les Crêtes "
     "du Val » a réuni deux cents cyclistes. Le constat est simple : « Nous organiserons une "
     "nouvelle randonnée au printemps. »", [None]),
    # a body as the subject between, words in the plural: the body's?
    ("Ghislain Morvel, trésorier du club cycliste, a présenté les comptes de l'année. La fanfare "
     "« L'Écho de la Combe » a animé la soirée. Le constat est simple : « Nous organiserons une "
     "nouvelle randonnée au printemps. »", [None]),
    # a noun for a person between two quotations: not the first speaker going on
    ("« J'ai roulé au-dessus de mes forces toute la journée », a confié Ghislain Morvel. Son "
     "rival s'est montré bon perdant : « Il a mérité la victoire, il était plus frais que moi "
     "dans la dernière côte. »", ["Ghislain Morvel", None]),
    # another person named between, then an elliptical colon
    ("Ghislain Morvel a une formule : « Un club vit tant que ses membres roulent ensemble. » "
     "Bertille Sauvaget a préparé l'exposition « Cent ans de vélo ». Et une certitude : « Nous "
     "organiserons une nouvelle randonnée au printemps. »", ["Ghislain Morvel", None]),
    # no guillemets between: unchanged
    ("Ghislain Morvel, trésorier du club cycliste, a présenté les comptes de l'année. Les "
     "dépenses de transport ont baissé. Le constat est simple : « Je n'ai jamais enregistré "
     "autant d'inscriptions depuis mon arrivée. »", ["Ghislain Morvel"]),
])
def test_guards(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(HEAD + text)) == speakers
