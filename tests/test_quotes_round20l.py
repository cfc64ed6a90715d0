"""Quotes: the speaker named in the quotation's own sentence (round 20l: a grid of wire
constructions crossing speakers, verbs and what stands between them).

Classes fixed:
- verbs of communication outside the lexicon ("a argué que", "a démenti que", "a hurlé",
  "a enchéri"; models/quotes.json communication_verbs, read by lemma only, a participle the
  lemmatizer left unread taken back to its infinitive);
- "Selon les mots de X", "Pour reprendre les termes de X" opening a view, like "De l'avis de X";
- "», dixit X", the parser hanging the name on "dixit" as a passive's agent;
- "X, selon qui « ... »", "X, pour qui « ... »": the relative stands for the name before it;
- "Y a interrogé X, qui a répondu que « ... »": the relative's subject is X, not Y;
- "X a quant à elle jugé que", "X a, pour sa part, estimé que": the subject on the auxiliary.
Guards: a body's text after "selon les termes de", a relative on a thing, known verbs.
The sentences are written for this audit, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # verbs of communication, "que" after them
    ("Le syndic Albéric Tromeur a argué que « la toiture de la halle ne tiendra pas un hiver "
     "de plus ».", ["Albéric Tromeur"]),
    ("La présidente de la coopérative, Gwenola Cadiou, a démenti que « les livraisons de lait "
     "aient été suspendues ».", ["Gwenola Cadiou"]),
    ("Maxence Ploudal a réitéré mardi que « le club ne vendra aucun joueur cet été ».",
     ["Maxence Ploudal"]),
    ("L'entraîneur Yannig Le Goff a clarifié que « personne ne sera écarté du groupe avant la "
     "finale ».", ["Yannig Le Goff"]),
    # a participle the lemmatizer leaves unread
    ("« Le stade restera fermé jusqu'à la fin des travaux de la tribune », a rebondi Solenn "
     "Kervella.", ["Solenn Kervella"]),
    ("« Le stade restera fermé jusqu'à la fin des travaux de la tribune », a enchéri Mme "
     "Kervella.", ["Kervella"]),
    # "Selon les mots de X", "Pour reprendre les termes de X"
    ("Selon les mots d'Ewen Marzin, « la passerelle sera rouverte aux piétons avant les fêtes ».",
     ["Ewen Marzin"]),
    ("Pour reprendre les termes du maire Corentin Abgrall, « le marché couvert retrouvera ses "
     "étals au printemps ».", ["Corentin Abgrall"]),
    # "dixit X", read as an agent by the parser
    ("« Les éoliennes du plateau tourneront dès le mois de juin », dixit Yvonne Tanguy.",
     ["Yvonne Tanguy"]),
    # "X, selon qui", "X, pour qui", past an apposition
    ("Rozenn Lagadec, selon qui « la ligne de car vers Landivisiau ne sera pas supprimée », "
     "rencontrera les usagers jeudi.", ["Rozenn Lagadec"]),
    ("Titouan Quéméner, adjoint aux sports, pour qui « la piscine doit rouvrir en septembre », "
     "a visité le chantier.", ["Titouan Quéméner"]),
    # the relative's subject is the name before ", qui"
    ("Le journaliste Fañch Morvan a interrogé Bleuenn Caradec, qui a répondu que « la fanfare "
     "défilera malgré la pluie ».", ["Bleuenn Caradec"]),
    ("Le préfet Hervé Penhoat a interrogé Mme Le Bihan, qui a répondu : « Nos pêcheurs ne "
     "sortiront pas tant que le quota restera inchangé. »", ["Le Bihan"]),
    # the subject on the auxiliary, a fixed phrase or an aside between
    ("Loïc Bernicot a quant à lui jugé que « nous ne céderons rien sur les primes des "
     "pompiers ».", ["Loïc Bernicot"]),
    ("Armelle Quiniou a, pour sa part, estimé que « la fusion des deux communes est une "
     "chance ».", ["Armelle Quiniou"]),
])
def test_speaker_in_the_quotations_sentence(extract: Callable[..., dict], text: str,
                                            speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # a text's terms, not a person's words
    ("Selon les termes de l'accord signé par Gaïd Le Roux, « les horaires d'ouverture seront "
     "allongés d'une heure ».", [None]),
    # a relative on a thing says nothing of the main clause's subject
    ("Le maire Goulven Tanguy a cité un vieux dicton, qui dit : « Pluie de mars ne vaut pas "
     "grand-chose pour les semis. »", ["Goulven Tanguy"]),
    # a known verb of saying, unchanged
    ("« La halle accueillera le salon du livre en octobre », a précisé Gwenola Cadiou.",
     ["Gwenola Cadiou"]),
    # the relative on a name already read, "dixit" already read with this name
    ("Le préfet Hervé Penhoat a reçu Malo Le Bihan, qui a déclaré : « Nos pêcheurs ne sortiront "
     "pas tant que le quota restera inchangé. »", ["Malo Le Bihan"]),
    ("« Les éoliennes du plateau tourneront dès le mois de juin », dixit Nolwenn Guivarc'h.",
     ["Nolwenn Guivarc'h"]),
    # "Pour X," alone still opens a view
    ("Pour Ewen Marzin, « la passerelle doit être élargie pour les vélos ».", ["Ewen Marzin"]),
])
def test_guards(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers
