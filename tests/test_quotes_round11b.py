"""Quotations of the generality audit (issue 13, round 11b): classes of French that failed on
fresh sentences written for the audit, not on the sentences of the articles read. A short
phrase quoted after "parler de"; a subject named by the press's other word for a title
("l'édile"); a portrait in the words of the one who keeps its memory ("garde le souvenir
d'un homme « qui ... »"); "le nouveau maire" of an election report for the one who won the
seat, and "le nouveau président" for the newcomer, never the one who held the title before.
One row per sentence, then the pitfalls where nobody speaks."""

from collections.abc import Callable

import pytest

from test_quotes import facts_of

SPEAKERS = [
    # "parler de « ... »": the subject says the phrase
    ("Le maire de Ribérac, Hervé Delaunoy, a parlé d'« une journée noire pour la commune » "
     "après la fermeture de l'usine.",
     [("Hervé Delaunoy", "une journée noire", "verb_before")]),
    ("La présidente de l'association, Martine Kervadec, parle d'« une mobilisation jamais vue "
     "dans le canton ».",
     [("Martine Kervadec", "une mobilisation jamais", "verb_before")]),
    ("Le directeur du festival, Maxime Lhuillier-Dorat, a parlé d'un « succès populaire qui "
     "dépasse nos espérances » lundi.",
     [("Maxime Lhuillier-Dorat", "succès populaire qui", "verb_before")]),
    ("Devant les délégués, la secrétaire générale Ingrid Pellaprat a longuement parlé de « la "
     "souffrance des équipes de nuit à l'hôpital ».",
     [("Ingrid Pellaprat", "la souffrance des", "verb_before")]),
    # "l'édile" as the subject: the mayor named before
    ("M. Jacques Belcastel, maire d'Aubusson, a inauguré la nouvelle salle. L'édile s'est "
     "félicité de « l'aboutissement d'un projet attendu depuis dix ans par les associations ».",
     [("Jacques Belcastel", "l'aboutissement d'un projet", "verb_before")]),
    ("M. Jacques Belcastel, maire d'Aubusson, a inauguré la nouvelle salle. L'édile a salué "
     "« un projet attendu depuis dix ans par les associations ».",
     [("Jacques Belcastel", "un projet attendu", "verb_before")]),
    # a portrait in the words of the one who keeps the memory
    ("Son neveu, Hervé Vauquelart, garde l'image d'une tante « toujours penchée sur ses livres "
     "de comptes ».",
     [("Hervé Vauquelart", "toujours penchée sur", "verb_before")]),
    ("Son voisin, Roger Fardouillet, garde le souvenir d'un homme « toujours le premier levé et "
     "le dernier couché ».",
     [("Roger Fardouillet", "toujours le premier", "verb_before")]),
    # "le nouveau maire", "la nouvelle députée": the one who won the seat
    ("Henri Castelbajac, candidat divers gauche, a battu le maire sortant avec 51 % des suffrages "
     "à Yssingeaux. « C'est la victoire de toute une équipe », a lancé le nouveau maire.",
     [("Henri Castelbajac", "C'est la victoire", "incise")]),
    ("Dans la 3e circonscription, l'agricultrice Nadine Ferrandou a remporté le siège avec 53 % "
     "des voix. « Je serai la députée de tous les habitants du territoire », a assuré la "
     "nouvelle députée.",
     [("Nadine Ferrandou", "Je serai la", "incise")]),
    ("Au second tour, la candidate socialiste, Martine Kervadec, 49 ans, l'emporte avec 55 % des "
     "voix face au maire sortant, Paul Quintrec. « Les électeurs ont voulu le changement », a "
     "déclaré la nouvelle maire.",
     [("Martine Kervadec", "Les électeurs ont", "incise")]),
    # "le nouveau président": not the one who held the title before (held "depuis" a date,
    # "sortant", or succeeded by someone), the newcomer
    ("L'assemblée générale du club de pétanque s'est tenue samedi. M. Paul Vernoux, président "
     "depuis 1995, ne se représentait pas. Le président sortant a dressé le bilan de ses "
     "mandats.\n\nLe nouveau bureau a été élu. Président : Gilbert Hautecoeur ; trésorier : Marc "
     "Rivemale.\n\nLe nouveau président s'est dit \"heureux mais un brin tendu\" avant le vin "
     "d'honneur.",
     [("Gilbert Hautecoeur", "heureux mais un", "verb_before")]),
    ("La chorale a renouvelé son bureau. Mme Denise Moulinvert, présidente depuis douze ans, passe "
     "la main. Présidente : Colette Rivemale ; secrétaire : Anne Bouchereau. « Je ferai de mon "
     "mieux pour garder l'esprit de la chorale », a promis la nouvelle présidente.",
     [("Colette Rivemale", "Je ferai de", "incise")]),
    ("L'amicale des pompiers a tenu son assemblée. Le président, Roger Fardouillet, a annoncé son "
     "départ. Yves Lhomelet lui succède. « Je mesure la responsabilité qui m'attend », a déclaré "
     "le nouveau président.",
     [("Yves Lhomelet", "Je mesure la", "incise")]),
    ("Le directeur de l'hôpital, Bernard Vauquelart, part à la retraite. Il sera remplacé par Anne "
     "Delaunoy. « Je connais bien cette maison et ses équipes », a assuré la nouvelle directrice.",
     [("Anne Delaunoy", "Je connais bien", "incise")]),
]

PITFALLS = [
    # a book speaks of a world: no one's words
    ("Le roman parle d'« un monde sans pitié où chacun reste seul face à la nuit ».",
     [(None, "un monde sans", "none")]),
    # "parler de ses joueurs": not the quotation's verb; the incise names the speaker
    ("L'entraîneur de Mazamet, Thibaut Grosjacquet, a parlé de ses joueurs avec émotion. « Ils "
     "ont tout donné jusqu'à la dernière minute », a-t-il confié.",
     [("Thibaut Grosjacquet", "Ils ont tout", "incise")]),
    # a place or a body keeps a memory: nobody's words
    ("Le village garde le souvenir d'une crue « qui a emporté le pont et trois maisons en une "
     "nuit ».",
     [(None, "qui a emporté", "none")]),
    ("Le musée de la mine conserve la mémoire des gueules noires « qui descendaient à douze ans "
     "au fond du puits ».",
     [(None, "qui descendaient à", "none")]),
    # an outgoing mayor beaten: "le maire sortant" is not "le nouveau maire", and nobody won
    ("Le maire sortant, Paul Quintrec, a été battu dimanche. « Les électeurs ont voulu tourner "
     "la page », a reconnu le nouveau maire.",
     [(None, "Les électeurs ont", "none")]),
    # the president who announced his departure is not "le nouveau président", and his
    # successor is not named
    ("Le président du club, Roger Fardouillet, a annoncé son départ. Son successeur sera désigné "
     "en mars. « Je mesure la responsabilité qui attend le club », a déclaré le nouveau président.",
     [(None, "Je mesure la", "none")]),
    ("M. Paul Vernoux, président depuis 1995, a ouvert l'assemblée. « Le club a besoin de sang "
     "neuf et de bénévoles », a souligné le nouveau président.",
     [(None, "Le club a", "none")]),
    # the one who succeeds keeps the title; the one succeeded is the former holder
    ("Le père Yann Kervadec, nouveau curé de Lamballe, a été installé dimanche. Il succède à "
     "l'abbé Louis Hautecoeur, qui se retire après vingt-cinq ans. « Je viens d'abord pour "
     "écouter les familles », a lancé le nouveau curé.",
     [("Yann Kervadec", "Je viens d'abord", "incise")]),
    # a title in the masculine may be a woman's: "le procureur" is still Anne Quintrec
    ("Le procureur de la République, Anne Quintrec, a requis deux ans de prison. « Les faits sont "
     "graves et répétés », a souligné le procureur.",
     [("Anne Quintrec", "Les faits sont", "incise")]),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKERS, ids=[str(i) for i in range(len(SPEAKERS))])
def test_round11b_speakers(extract: Callable[..., dict], text: str,
                           expected: list[tuple[str | None, str, str]]) -> None:
    assert facts_of(extract(text)) == expected


@pytest.mark.parametrize(("text", "expected"), PITFALLS, ids=[str(i) for i in range(len(PITFALLS))])
def test_round11b_pitfalls(extract: Callable[..., dict], text: str,
                           expected: list[tuple[str | None, str, str]]) -> None:
    assert facts_of(extract(text)) == expected


def test_heard_of_is_not_said(extract: Callable[..., dict]) -> None:
    """"avoir entendu parler de « ... »": heard of, not said; the verb is the one that says."""
    out = extract("L'ancien trésorier Paul Quintrec reconnaît avoir entendu parler d'« une enveloppe "
                  "remise au siège du parti en 1998 ».")
    quotes = [f for f in out["facts"] if f["type"] == "quote"]
    assert [(q["verb"], q["rule"]) for q in quotes] == [("reconnaît", "verb_before")]
