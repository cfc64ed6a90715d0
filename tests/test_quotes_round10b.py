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
     "la commune, représentée par l'adjointe à la culture, Claire Bauer. Celle-ci a promis une "
     "nouvelle salle. « La commune tiendra parole et le chantier ouvrira au printemps », "
     "a-t-elle affirmé.",
     [("Claire Bauer", "La commune tiendra", "incise")]),
    # the same with the masculine form, the mayor the subject of the sentence before
    ("Le maire a salué l'arrivée du nouveau chef de corps, le lieutenant Marc Huber. Celui-ci a "
     "présenté son équipe. « Nous serons sur place en moins de dix minutes partout dans le "
     "canton », a-t-il assuré.",
     [("Marc Huber", "Nous serons sur", "incise")]),
    # a pronoun after a fronted phrase, in a chain of sentences about the one person named
    ("Trésorière du club de marche depuis 1985, Yvonne Keller, 81 ans, a reçu la médaille de la "
     "ville. Arrivée à Thann en 1950, elle a élevé cinq enfants. Devant ses amis, elle a remercié "
     "le maire, puis elle a pris la parole. « Pendant trente ans, nous avons marché chaque "
     "dimanche, par tous les temps. »",
     [("Yvonne Keller", "Pendant trente ans,", "introduced")]),
    # a title opening the sentence, the parser making it the subject and the name in
    # apposition a conjunct: the pronoun of the next sentences is that person
    ("Une stèle a été dévoilée samedi. Président de la section locale de l'Union des blessés et "
     "mutilés de guerre (UBMG), Louis Kern, 80 ans, a lui-même été mobilisé en mars 1944, à 19 "
     "ans. Blessé à Brest, en Bretagne, il a passé un an à l'hôpital. Devant la foule, il a lu "
     "les noms des disparus, puis il a pris la parole. \"Pendant cinquante ans, on nous a "
     "oubliés. Aujourd'hui, nos camarades ont enfin leur nom sur la pierre.\"",
     [("Louis Kern", "Pendant cinquante ans,", "introduced")]),
    # ... and with a relative clause between the acronym and the verb
    ("La Fédération des chasseurs (FDC), qui n'avait pas appelé à manifester, estime pour sa part "
     "que « la crise ne se réglera pas dans les bois ».",
     [("Fédération des chasseurs", "la crise ne", "verb_before")]),
    # "juge pour sa part que", the tagger reading "juge" as a noun in apposition
    ("La Confédération des artisans (CDA), qui n'a pas signé l'accord, juge pour sa part que "
     "« les petits ateliers paieront la note ».",
     [("Confédération des artisans", "les petits ateliers", "verb_before")]),
    # "». Selon l'union, ...": the source of the next sentence, not of the quotation
    ("Le président de l'union des artisans, Henri Muller, se montre plus réservé. « Les petits "
     "ateliers ont dû avancer des fonds importants. Certains ont attendu des heures au guichet. » "
     "Selon l'union, une dizaine d'ateliers sont restés fermés lundi.",
     [("Henri Muller", "Les petits ateliers", "introduced")]),
    # "», accuse son secrétaire général, X"
    ("Le syndicat des pilotes refuse la réforme. « Le ministère veut démonter notre statut par "
     "petits morceaux », accuse son secrétaire général, Paul Gautier.",
     [("Paul Gautier", "Le ministère veut", "incise")]),
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
    ("« Les ateliers ont attendu des heures au guichet », selon la Chambre de métiers de la "
     "Moselle.",
     [("Chambre de métiers de la Moselle", "Les ateliers ont", "according_to")]),
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
