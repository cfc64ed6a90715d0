"""Quotations of local reports (issue 13, round 8): a speaker given by the press's other
name for a title ("le premier magistrat"), by a stressed pronoun ("Lui aussi savourait :"),
by the view of a description ("Le constat du chef de centre est clair :"), or by a
pronoun subject the parser hung on the auxiliary. One row per construction, then the
pitfalls where nobody is the speaker."""

from collections.abc import Callable

import pytest

from test_quotes import facts_of

SPEAKERS = [
    # "le premier magistrat" stands for the mayor, named before with that title
    ("La maire de Thaon, Odette Sauvage, a reçu les associations samedi. Ensuite le premier "
     "magistrat a détaillé le budget : « La piscine sera rénovée avant l'été prochain. »",
     [("Odette Sauvage", "La piscine sera", "verb_before")]),
    # "l'édile" in an incise
    ("Le maire de Dompaire, Luc Grandemange, a signé la convention. « Le chantier du groupe "
     "scolaire démarrera en avril », a précisé l'édile.",
     [("Luc Grandemange", "Le chantier du", "incise")]),
    # a stressed pronoun as the subject before a colon
    ("La gardienne du HC Amnéville, Laure Vincent, a tout arrêté. Elle aussi jubilait : "
     "« On a tenu bon pendant les dix dernières minutes. »",
     [("Laure Vincent", "On a tenu", "colon")]),
    ("Le buteur, Yann Claudel, a égalisé à la dernière minute. Lui aussi exultait : « On n'a "
     "jamais arrêté de croire à ce point. »",
     [("Yann Claudel", "On n'a jamais", "colon")]),
    # the view ("le constat", "la réponse") of a description the text gave a name
    ("Le proviseur du lycée Lapicque, Henri Masson, a fait visiter les ateliers. Le constat du "
     "proviseur est simple : « Nos élèves trouvent un emploi dès leur sortie. »",
     [("Henri Masson", "Nos élèves trouvent", "colon")]),
    # a pronoun subject the parser may hang on the auxiliary ("Il a d'abord ...")
    ("La présidente du club de gym, Nadine Collot, a ouvert l'assemblée. Elle a d'abord salué les "
     "bénévoles du gala.\n\n« Sans vous, nous n'aurions jamais pu organiser cette soirée. »",
     [("Nadine Collot", "Sans vous, nous", "introduced")]),
]

PITFALLS = [
    # two men named in the sentence before: "Lui aussi" could be either
    ("Le gardien, Yann Claudel, et l'arrière, Paul Didier, ont tout donné. Lui aussi exultait : "
     "« On n'a jamais arrêté de croire à ce point. »",
     [(None, "On n'a jamais", "none")]),
    # a feeling of a group, not of anyone named
    ("Le proviseur du lycée Lapicque, Henri Masson, a fait visiter les ateliers. La colère des "
     "parents est grande : « Nos enfants n'ont plus de cours de dessin depuis un an. »",
     [(None, "Nos enfants n'ont", "none")]),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKERS, ids=[str(i) for i in range(len(SPEAKERS))])
def test_local_speakers(extract: Callable[..., dict], text: str,
                        expected: list[tuple[str | None, str, str]]) -> None:
    assert facts_of(extract(text)) == expected


@pytest.mark.parametrize(("text", "expected"), PITFALLS, ids=[str(i) for i in range(len(PITFALLS))])
def test_local_pitfalls(extract: Callable[..., dict], text: str,
                        expected: list[tuple[str | None, str, str]]) -> None:
    assert facts_of(extract(text)) == expected
