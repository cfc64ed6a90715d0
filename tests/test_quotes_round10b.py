"""Quotations whose speaker a reader carries over from the sentences around them (issue 13,
round 10b): "celui-ci" / "celle-ci" for the one named last; a quotation standing alone after
a sentence whose subject is a pronoun set after a fronted phrase ("Lundi, à la barre, il ...")
or that goes on a chain of sentences about the same person; a body named with its acronym in
parentheses, or followed by a relative clause, whose verb the parser left without it; a
"Selon X" that opens the sentence after a quotation closed on its own full stop; "», accuse
X"; "Pour lui, « ... »" on the line after a quotation. One row per construction, then the
pitfalls where the speaker stays unknown or stays someone else."""

from collections.abc import Callable

import pytest
from spacy.language import Language

from test_quotes import facts_of
from test_quotes_round10 import reparsed

CARRIED = [
    # "celle-ci": the deputy named last, not the president who is the subject before her
    ("Le comité des fêtes a tenu son assemblée samedi. Le président a remercié les bénévoles et "
     "la commune, représentée par l'adjointe à la culture, Claire Bauer. Celle-ci a évoqué la "
     "future salle polyvalente. « Les plans sont prêts et les premiers coups de pioche sont "
     "prévus en avril », a-t-elle affirmé.",
     [("Claire Bauer", "Les plans sont", "incise")]),
    # the same with the masculine form, the mayor the subject of the sentence before
    ("Le maire a salué l'arrivée du nouveau chef de corps, le lieutenant Marc Huber. Celui-ci a "
     "présenté son équipe. « Nous serons sur place en moins de dix minutes partout dans le "
     "canton », a-t-il assuré.",
     [("Marc Huber", "Nous serons sur", "incise")]),
    # a pronoun after a fronted phrase, in a chain of sentences about the one person named
    ("Trésorière du club de marche depuis 1985, Yvonne Keller, 81 ans, a reçu la médaille de la "
     "ville. Arrivée à Thann en 1950, elle a élevé cinq enfants. Sous les applaudissements, elle "
     "a embrassé ses petits-enfants. « Chaque dimanche depuis trente ans, je retrouve mes amis "
     "sur les sentiers, qu'il pleuve ou qu'il vente. »",
     [("Yvonne Keller", "Chaque dimanche depuis", "introduced")]),
    # a title opening the sentence, the parser making it the subject and the name in
    # apposition a conjunct: the pronoun of the next sentences is that person
    ("Un vitrail a été restauré dans la chapelle du port. Président de l'Amicale des marins et "
     "pêcheurs retraités (AMPR), Louis Kern, 80 ans, a navigué vingt ans sur les chalutiers "
     "de Lorient. Revenu à terre en 1975, il a ouvert une petite école de voile. Dimanche, sur "
     "le quai, il a remercié les donateurs. \"Ce vitrail raconte notre métier mieux que tous "
     "les livres. Je suis fier que nos petits-enfants puissent le voir.\"",
     [("Louis Kern", "Ce vitrail raconte", "verb_before")]),
    # ... and with a relative clause between the acronym and the verb
    ("La Fédération des chasseurs (FDC), qui boude la concertation depuis mars, estime de son côté "
     "que « la crise ne se réglera pas dans les bois ».",
     [("Fédération des chasseurs", "la crise ne", "verb_before")]),
    # "juge de son côté que", the tagger reading "juge" as a noun in apposition
    ("La Confédération des artisans (CDA), qui refuse l'accord, juge de son côté que "
     "« les petits ateliers paieront la note ».",
     [("Confédération des artisans", "les petits ateliers", "verb_before")]),
    # "». Selon la fédération, ...": the source of the next sentence, not of the quotation
    ("Le président de la fédération des artisans, Henri Muller, reste prudent. « La hausse du gazole "
     "pèse sur les plus petits ateliers. Trois d'entre eux ont déjà licencié cet hiver. » "
     "Selon la fédération, les carnets de commandes sont pleins jusqu'en juin.",
     [("Henri Muller", "La hausse du", "introduced")]),
    # "», accuse son secrétaire général, X"
    ("Le syndicat des pilotes refuse la réforme. « Le ministère démonte notre statut pièce par "
     "pièce, sans jamais le dire », accuse son secrétaire général, Paul Gautier.",
     [("Paul Gautier", "Le ministère démonte", "incise")]),
    # "Pour lui, « ... »" on the line after his quotation, the parser cutting the sentence
    ("L'entraîneur Jean-Marie Bouvot n'a pas caché sa déception après le match. « Nous avons fait "
     "une saison correcte, sans plus, avec trop de blessés. »\nPour lui, « le club doit monter en "
     "première division d'ici deux ans ».",
     [("Jean-Marie Bouvot", "Nous avons fait", "introduced"),
      ("Jean-Marie Bouvot", "le club doit", "according_to")]),
]

PITFALLS = [
    # "celle-ci" names a woman; "a-t-il" then is nobody we can tell, not the mayor before her
    ("Le maire a accueilli la nouvelle directrice de l'école, Claire Bauer. Celle-ci a visité les "
     "classes. « Nous ouvrirons une cantine dès la rentrée prochaine », a-t-il annoncé.",
     [(None, "Nous ouvrirons une", "none")]),
    # a fronted phrase, then an impersonal "il": nobody speaks
    ("Julie Marchal a ouvert la séance. Ce matin-là, il pleuvait sur toute la vallée. « Nous ne "
     "toucherons pas aux impôts cette année. »",
     [(None, "Nous ne toucherons", "none")]),
    # a party's acronym after a person: the person speaks, not the party
    ("Le député Jean Roussel (PS) estime que « la loi ne passera pas au Sénat ».",
     [("Jean Roussel", "la loi ne", "verb_before")]),
    # "selon" after the comma of an incise still gives the quotation's source
    ("« La hausse du gazole pèse sur les plus petits ateliers », selon la Chambre de métiers de la "
     "Moselle.",
     [("Chambre de métiers de la Moselle", "La hausse du", "according_to")]),
]


@pytest.mark.parametrize(("text", "expected"), CARRIED + PITFALLS)
def test_speaker_carried(extract: Callable[..., dict], text: str,
                         expected: list[tuple[str | None, str, str]]) -> None:
    assert facts_of(extract(text)) == expected


# the parse the model was seen to produce on such sentences: the verb after the acronym in
# parentheses left with no subject (a root of its own), the body's name cut in two roots
SLIPS = [
    ("La Ligue de protection des oiseaux (LPO) regrette « une décision prise sans aucune étude "
     "sérieuse ».",
     {"regrette": ("ROOT", "regrette"), "Ligue": ("ROOT", "Ligue"), "LPO": ("nmod", "Ligue")},
     [("Ligue de protection des oiseaux", "une décision prise", "verb_before")]),
]


@pytest.mark.parametrize(("text", "slips", "expected"), SLIPS, ids=[str(i) for i in range(len(SLIPS))])
def test_acronym_slips(nlp: Language, text: str, slips: dict[str, tuple[str, str]],
                       expected: list[tuple[str | None, str, str]]) -> None:
    assert facts_of(reparsed(nlp, text, slips)) == expected
