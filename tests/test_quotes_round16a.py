"""Quotes: attribution in regional daily writing (round 16a: generality audit from fresh probes).

Two classes of French found by invented probes in the style of a regional daily:
1. a causative phrase of saying in the incise: "« ... », fait remarquer X", "fait observer",
   "fait-elle remarquer" (the inverted subject inside the phrase), "fait savoir" where the
   tagger reads "fait" as a noun; "faire observer une minute de silence" is no saying;
2. a bare quotation in the first person, its own sentence or paragraph, after one or two
   sentences of facts (things as subjects, nobody named, nobody saying anything) that follow
   the sentence about the one person the story names, or that follow that person's quotation;
3. "X et sa femme ... . « ... », explique-t-il": a named person coordinated with unnamed nouns
   of the other gender only is the one the pronoun stands for.
The sentences are written for this audit, with invented names. The pitfall tables hold what
must not change: someone else (a title, a second person, a pronoun) in between, a quotation
not in the first person, too many sentences in between.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers


@pytest.mark.parametrize(("text", "speaker"), [
    ("« Les vendanges commencent avec deux semaines d'avance », fait remarquer Ginette Lalouette, "
     "viticultrice à Bouzy-la-Forêt.", "Ginette Lalouette"),
    ("Martine Escoffier dirige la chorale paroissiale depuis 1988. « La chorale chante aussi pour les "
     "malades de l'hôpital », fait-elle remarquer.", "Martine Escoffier"),
    ("« Le terrain de football sera refait au printemps », fait savoir le président du club, "
     "Joël Vandambreuil.", "Joël Vandambreuil"),
    ("« Les travaux du pont ont pris du retard à cause des pluies », faisait remarquer hier soir "
     "Paul Gribomont, l'adjoint aux travaux.", "Paul Gribomont"),
    ("« La cantine accueille désormais cent vingt enfants chaque midi », fait remarquer Mme Odile Carrouget.",
     "Odile Carrouget"),
])
def test_a_causative_phrase_of_saying(extract: Callable[..., dict], text: str, speaker: str) -> None:
    assert _speakers(extract(text)) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # no incise: a body named only by its noun is no speaker here
    ("« Les routes seront dégagées avant la nuit », a fait savoir la préfecture.", None),
])
def test_a_causative_phrase_pitfalls(extract: Callable[..., dict], text: str, speaker: str | None) -> None:
    assert _speakers(extract(text)) == [speaker]


@pytest.mark.parametrize(("text", "speakers"), [
    ("Germain Roussillat vit seul dans sa ferme depuis le départ de ses enfants. Les volets restent fermés "
     "tout l'hiver.\n« Je parle à mes vaches, elles au moins m'écoutent. »", ["Germain Roussillat"]),
    ("Lucienne Barbezat tient le café du village depuis 1965. La salle n'a pas changé depuis. Les mêmes "
     "tables accueillent les joueurs de cartes le dimanche.\n« Ici, on connaît tout le monde, on se "
     "serre les coudes. »", ["Lucienne Barbezat"]),
    ("Josette Lambinoux a pris sa retraite de la poste en juin. Le guichet du village n'ouvre plus que "
     "le matin depuis.\n« J'ai vendu des timbres pendant trente-huit ans. »", ["Josette Lambinoux"]),
    ("Henriette Colombel attend toujours son indemnisation. La tempête a arraché la toiture de sa "
     "maison en décembre.\n« Nous dormons chez ma sœur depuis trois mois. »", ["Henriette Colombel"]),
    ("« Les commandes ont doublé depuis janvier », se réjouit Hélène Marbotte, gérante de la fromagerie. "
     "Les camions partent chaque matin vers Paris. La production a triplé en trois ans.\n« Nous allons "
     "embaucher quatre personnes avant l'été. »", ["Hélène Marbotte", "Hélène Marbotte"]),
    ("« Le club compte désormais deux cents licenciés », se félicite le président, Raoul Dessaigne. Les "
     "entraînements ont lieu le mercredi au gymnase. « Nous manquons encore d'éducateurs diplômés. »",
     ["Raoul Dessaigne", "Raoul Dessaigne"]),
])
def test_a_bare_quotation_after_narration(extract: Callable[..., dict], text: str,
                                           speakers: list[str]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # a title as a subject in between: the mayor may be the one speaking
    ("René Trouillard a reçu le maire dans sa ferme. Le maire a promis une aide.\n« Je n'y crois plus "
     "du tout, vous savez. »", [None]),
    # two people before
    ("Paul Vernichal et Jeanne Cadiou ont ouvert un gîte. La maison compte six chambres.\n« Nous "
     "affichons complet tout l'été. »", [None]),
    # not in the first person
    ("Albertine Voirillat a ouvert une galerie rue Carnot. Les tableaux viennent de toute la région.\n« La "
     "peinture régionale connaît un regain d'intérêt. »", [None]),
    # an act, no stance, and the quotation in the same paragraph (as round 8 decided)
    ("Henriette Colombel a déposé un dossier en mairie. La tempête a arraché la toiture de sa maison en "
     "décembre. « Nous dormons chez ma sœur depuis trois mois. »", [None]),
    # three sentences of facts in between: too far
    ("Lucienne Barbezat tient le café du village depuis 1965. La salle n'a pas changé. Les tables sont "
     "les mêmes. Le poêle chauffe encore la pièce.\n« Ici, on connaît tout le monde. »", [None]),
    # the second quotation has an incise of its own, naming nobody: not the mayor's
    ("« La salle des fêtes sera rénovée en 2001 », promet le maire, Roger Baudinot. Une annonce accueillie "
     "avec scepticisme. « On nous l'a déjà promis trois fois », souffle une habitante.",
     ["Roger Baudinot", None]),
    # someone else as a subject in between
    ("« Nous avons perdu trois brebis cette semaine », explique Gérard Poinsignon, éleveur. Un voisin "
     "a vu les loups près du col.\n« Je ne dors plus la nuit, je surveille le troupeau. »",
     ["Gérard Poinsignon", None]),
])
def test_a_bare_quotation_pitfalls(extract: Callable[..., dict], text: str,
                                   speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


# 3. "X et sa femme ... . « ... », explique-t-il": a named person coordinated with unnamed
# nouns of the other gender only; the pronoun can stand only for the named one
@pytest.mark.parametrize(("text", "speaker"), [
    ("Marcel Gueudet et sa femme tiennent l'épicerie du village depuis 1971. « Nous ne prendrons pas de "
     "vacances cette année », explique-t-il.", "Marcel Gueudet"),
    ("Jeanne Bardoux et son mari ont repris la ferme familiale en 1990. « Nous avons tout appris sur le "
     "tas », raconte-t-elle.", "Jeanne Bardoux"),
    ("Gaston Rebillard et sa compagne ont ouvert une crêperie place de la Mairie. « Nous voulions "
     "travailler ensemble depuis longtemps », explique-t-il.", "Gaston Rebillard"),
    ("Marie-Thérèse Jacquinot et son frère ont hérité du moulin de Belleau. « Nous allons le restaurer "
     "pièce par pièce », annonce-t-elle.", "Marie-Thérèse Jacquinot"),
    # already right before: a title before the name, "Mme" before it
    ("Le docteur Yves Kerhollec et son épouse ont quitté Brest pour s'installer à Charmes. « La mer nous "
     "manque un peu, mais pas le vent », confie-t-il.", "Yves Kerhollec"),
    ("Mme Solange Picavet et ses deux fils ont été relogés par la mairie après l'incendie. « Nous avons "
     "tout perdu, même les photos », a-t-elle déclaré.", "Solange Picavet"),
])
def test_a_pronoun_after_a_couple(extract: Callable[..., dict], text: str, speaker: str) -> None:
    assert _speakers(extract(text)) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # a partner of the pronoun's gender: which one?
    ("Marcel Gueudet et son fils tiennent l'épicerie du village depuis 1971. « Nous ne prendrons pas de "
     "vacances cette année », explique-t-il.", None),
    ("Jeanne Bardoux et Paul Marchetaux ont repris la ferme familiale en 1990. « Nous avons tout appris "
     "sur le tas », raconte-t-il.", None),
])
def test_a_pronoun_after_a_couple_pitfalls(extract: Callable[..., dict], text: str,
                                           speaker: str | None) -> None:
    assert _speakers(extract(text)) == [speaker]
