"""Quotes whose incise has a description for its subject (round 26f: null speakers).

Steps fixed:
- "« ... », confiait hier matin l'éleveur": the day the words were said, set between the
  incise's verb and its subject (a weekday or "hier", then parts of the day), is stepped
  past to reach the subject; the parser takes the day for the subject (time_phrase_end);
- "Le club a gagné grâce à un but de X. « ... », a reconnu l'attaquant": a bare trade in an
  incise takes up the one person the sentences just before name, even as a complement (a
  pronoun looks for their subject), or else the one person the text named before, even
  only as the complement of a thing's noun ("le verger de X") (":trade", only_owner).
Guards: an office ("le maire") is no trade; a person named as the complement of a person's
noun ("la fille de X"); a person given another title ("le préfet X"); a pronoun with the
person only as a complement stays unresolved; a name after the day still reads as before.
The sentences are written for this test, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # the day, then the part of the day, between the verb and a trade
    ("Théo Valdrin a vu son atelier inondé. « L'eau est montée jusqu'aux établis, j'ai tout "
     "perdu », racontait hier soir le menuisier.", ["Théo Valdrin"]),
    ("Le verger de Mireille Castagnède a gelé. « Je n'avais jamais connu un printemps pareil », "
     "a confié mardi matin l'arboricultrice.", ["Mireille Castagnède"]),
    ("Le cabinet de Lucien Ferrandou a rouvert. « Les patients sont revenus dès la première "
     "semaine », a expliqué ce matin le dentiste.", ["Lucien Ferrandou"]),
    ("La fromagerie de Gaëlle Tourbière a reçu un prix. « Je ne m'y attendais pas du tout, "
     "c'est une belle surprise », a souri samedi la fromagère.", ["Gaëlle Tourbière"]),
])
def test_day_between_verb_and_subject(extract: Callable[..., dict], text: str,
                                      speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # a trade after a sentence naming the person as a complement
    ("Les Valmontois ont décroché le match nul sur un but de Kévin Lorrach. « On a manqué de "
     "lucidité devant le but en première période », a regretté l'attaquant.", ["Kévin Lorrach"]),
    ("La boutique de Sandrine Oberlé a fermé ses portes samedi. « Le loyer avait doublé en deux "
     "ans, je ne pouvais plus suivre », confie la fleuriste.", ["Sandrine Oberlé"]),
    ("Les riverains, par la voix de Marius Delpech, réclament un ralentisseur. « Les voitures "
     "passent à quatre-vingts devant l'école », s'indigne l'agriculteur.", ["Marius Delpech"]),
    # the only person, named as a thing's owner a paragraph before
    ("Le hangar de Bastien Quéruel a brûlé dans la nuit.\n\nLes pompiers de Vaudrecourt sont "
     "arrivés en vingt minutes. « Tout est parti en quelques instants, trente ans de travail », "
     "confie l'éleveur.", ["Bastien Quéruel"]),
])
def test_trade_takes_up_a_complement(extract: Callable[..., dict], text: str,
                                     speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # an office is no trade: the mayor is someone else
    ("La mairie a reçu la plainte de Paul Verlhac. « Nous allons étudier le dossier sans "
     "tarder », a déclaré le maire.", [None]),
    # the daughter of the one named may be the farmer
    ("La fille de Roger Mansart a repris la ferme.\n\nLes pompiers sont arrivés vite. « Tout est "
     "parti en quelques instants », a confié l'agricultrice.", [None]),
    # the one named holds another title
    ("Le préfet Hugues Daranval a visité la ferme.\n\nLes pompiers sont arrivés vite. « Tout est "
     "parti en quelques instants », a confié l'agriculteur.", [None]),
    # a pronoun with the person only as a complement: not their subject
    ("Le hangar de Bastien Quéruel a brûlé. « Tout est parti en quelques instants », a-t-il "
     "expliqué.", [None]),
    # a name after the day, and a trade whose holder is the sentence's subject, as before
    ("Le hangar a brûlé. « Tout est parti en quelques instants », a confié hier matin Bastien "
     "Quéruel.", ["Bastien Quéruel"]),
    ("Bastien Quéruel a perdu son hangar. « Tout est parti en quelques instants », a confié "
     "l'éleveur.", ["Bastien Quéruel"]),
])
def test_guards(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers
