"""Quotations whose pronoun or description speaker is a person the text ties to a description
(issue 13, round 13p: generality audit).

Two classes of French news writing, each with sentences written for this audit (invented names):
a pronoun ("« ... », a-t-il soufflé") whose antecedent is the subject of the sentence before, a
definite description of the part a named person plays in the event ("le prévenu" for the one
who "comparaissait", even when the parser hangs "X, 48 ans, comparaissait" wrongly) or of the
trade given to the name before; and a description with an age as the subject before a
quotation ("Le skieur de 24 ans a confié : « ... »"). The pitfall tables hold what must not
change: a wrong speaker is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers


# ---------------------------------------------------------------- "Le prévenu ... a-t-il dit"
@pytest.mark.parametrize(("text", "speaker"), [
    # the lead's sentence (the judge renamed: the audit's names are not in the dev data)
    ("Hier, Roger Falquet, 48 ans, comparaissait devant les juges du tribunal "
     "correctionnel de Vesoul pour vol. Le président du tribunal, Henri Bastidou, a rappelé les "
     "faits. Le prévenu, chauffeur routier, a reconnu le vol. « Je regrette, je voulais juste "
     "payer mes dettes », a-t-il soufflé.", "Roger Falquet"),
    ("Mardi, Kevin Marsaudon, 23 ans, comparaissait devant les juges du tribunal "
     "correctionnel d'Agen pour trafic de stupéfiants. Le procureur, Bernard Tissandou, a requis "
     "deux ans de prison. Le prévenu a nié les faits. "
     "« Je n'ai jamais vendu quoi que ce soit à personne », a-t-il assuré.", "Kevin Marsaudon"),
    ("Sabine Quéroulle, 41 ans, comparaissait jeudi devant le tribunal de Dinan pour escroquerie. La "
     "présidente, Claire Mandrieux, lui a demandé de s'expliquer. La prévenue a reconnu les faits. « J'avais "
     "perdu mon travail et je ne savais plus quoi faire », a-t-elle expliqué.", "Sabine Quéroulle"),
    # already read before this round: kept as they are
    ("Yannick Morvézen était jugé lundi par la cour d'assises de Rennes pour le meurtre de son voisin. "
     "L'avocat général, Louis Perrochet, a demandé vingt ans de réclusion. L'accusé a gardé la tête basse. "
     "« Je ne me souviens de rien de cette nuit-là », a-t-il murmuré.", "Yannick Morvézen"),
    ("Thierry Calvayrac, boulanger à Figeac, a été agressé samedi soir dans sa boutique. Le maire, Jean-Luc "
     "Bordarie, s'est rendu sur place dimanche. Le boulanger a porté plainte. « Je n'ose plus ouvrir le "
     "soir, j'ai peur », a-t-il confié.", "Thierry Calvayrac"),
    ("Arnaud Pélissac, gardien du refuge de la Brèche, a donné l'alerte vers midi. Le maire de Gavarnie, "
     "Hervé Souléry, a salué son sang-froid. Le gardien a guidé les secours jusqu'au glacier. « Ils étaient "
     "quatre, dont deux enfants, et très mal équipés », a-t-il raconté.", "Arnaud Pélissac"),
    ("Fabien Rouquayrol, chauffeur de bus à Albi, a été frappé par un passager ivre. Le directeur du "
     "réseau, Marc Laborderie, a annoncé une plainte. Le chauffeur a repris le volant lundi. « Je ne veux "
     "pas que cela arrive à mes collègues », a-t-il dit.", "Fabien Rouquayrol"),
])
def test_a_pronoun_takes_up_the_one_a_description_stands_for(extract: Callable[..., dict], text: str,
                                                              speaker: str) -> None:
    assert _speakers(extract(text)) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # the subject of the sentence before is a named person: that one
    ("Hier, Roger Falquet, 48 ans, comparaissait devant les juges du tribunal "
     "correctionnel de Vesoul pour vol. Le président du tribunal, Henri Bastidou, a rappelé les "
     "faits. « Le dossier est pourtant simple », "
     "a-t-il souligné.", "Henri Bastidou"),
    # the description ties to nobody named: not the judge, the prosecutor named before
    ("Le président du tribunal, Henri Cazabonne, a ouvert l'audience à 14 heures. Le prévenu a reconnu les "
     "faits. « Je regrette tout ce que j'ai fait ce soir-là », a-t-il dit.", None),
    ("La présidente du tribunal, Odile Ferrandou, a ouvert l'audience. La prévenue a reconnu les faits. "
     "« Je regrette tout ce que j'ai fait ce soir-là », a-t-elle dit.", None),
    ("Le procureur de Lyon, Marc Duvernoix, a ouvert une enquête. Le suspect a été placé en garde à vue. "
     "« Je n'ai rien fait de mal ce soir-là, rien du tout », a-t-il assuré.", None),
    ("Un témoin a raconté la scène. « Je n'ai rien vu venir, tout est allé si vite », a-t-il dit.", None),
    ("Fabien Rouquayrol, chauffeur de bus à Albi, a été frappé par un passager. Le directeur du réseau, "
     "Marc Laborderie, a annoncé une plainte. Le témoin a raconté la scène. « Je ne veux pas que cela "
     "arrive à mes collègues », a-t-il dit.", None),
    # two people hold the part
    ("Paul Veyrinac comparaissait devant le tribunal de Millau. Jean Castagnoux comparaissait lui aussi "
     "pour les mêmes faits. Le prévenu a reconnu les faits. « Je regrette tout ce que j'ai fait ce "
     "soir-là », a-t-il dit.", None),
    # a noun for anyone by sex or age still takes up the one person named
    ("Anne Roubichou a ouvert une boulangerie à Figeac. La jeune femme a tout appris seule. « Je n'ose plus "
     "ouvrir le soir, j'ai peur », a-t-elle confié.", "Anne Roubichou"),
])
def test_a_pronoun_after_a_description_pitfalls(extract: Callable[..., dict], text: str,
                                                speaker: str | None) -> None:
    assert _speakers(extract(text)) == [speaker]


# ---------------------------------------------------------------- "Le skieur de 24 ans a confié :"
@pytest.mark.parametrize(("text", "speaker"), [
    # all read before this round (the class already passes): kept as they are
    ("Le Norvégien Arne Tveit a remporté la descente de Wengen. Le skieur de 24 ans a confié : « J'ai tout "
     "donné dans le dernier virage, je suis soulagé. »", "Arne Tveit"),
    ("Sabine Quéroulle est revenue s'installer à Dinan après dix ans au Canada. La retraitée de 67 ans "
     "raconte : « Le pays m'avait vraiment trop manqué pendant toutes ces années. »", "Sabine Quéroulle"),
    ("Thibault Escandolle a ouvert sa boulangerie rue Carnot au printemps. Le boulanger de 38 ans se "
     "réjouit : « Les clients sont revenus dès la première semaine. »", "Thibault Escandolle"),
    ("Arrêté samedi à Agen, Kevin Marsaudon a été relâché faute de preuves. Le jeune homme de 19 ans a "
     "assuré : « Je n'ai rien à voir avec cette histoire. »", "Kevin Marsaudon"),
    ("Élodie Ravanaz a décroché son diplôme d'infirmière en juin. La jeune femme de 23 ans explique : "
     "« J'ai toujours voulu soigner les gens. »", "Élodie Ravanaz"),
    ("Marie Lacoubère tient la ferme depuis vingt ans. L'éleveuse de 52 ans a expliqué que « la moitié du "
     "troupeau a été perdue cette année ».", "Marie Lacoubère"),
])
def test_an_age_description_as_subject(extract: Callable[..., dict], text: str, speaker: str) -> None:
    assert _speakers(extract(text)) == [speaker]


@pytest.mark.parametrize("text", [
    # the one named before was given another age (fixed this round)
    "Hugo Démarsel, 29 ans, a terminé deuxième de la descente. Le skieur de 24 ans a regretté : « La "
    "neige était trop lourde aujourd'hui. »",
    "Élodie Ravanaz, 31 ans, a décroché son diplôme d'infirmière en juin. La jeune femme de 23 ans "
    "explique : « J'ai toujours voulu soigner les gens. »",
    # two of that gender named before; three in the paragraph
    "Paul Veyrinac et Jean Castagnoux ont ouvert un garage à Millau. Le mécanicien de 45 ans explique : "
    "« Nous avons tout misé sur ce projet. »",
    "La Suédoise Frida Lindqvar a gagné le géant devant l'Autrichienne Lena Hofbrucker. La Française Chloé "
    "Varennat a fini sixième. La skieuse de 22 ans a regretté : « J'ai manqué la porte du bas et tout "
    "perdu. »",
    # the one named before is a woman; indefinite; nobody named
    "Sophie Carrelou a remporté le slalom de Flaine. Le skieur de 24 ans a confié : « Je ne m'attendais "
    "pas du tout à gagner ici. »",
    "Le maire, Bernard Tissandou, a visité le chantier. Une retraitée de 80 ans a déclaré : « Ces travaux "
    "étaient attendus depuis longtemps. »",
    "La police a interpellé deux suspects à Agen. Le jeune homme de 19 ans a affirmé : « Nous étions "
    "simplement au mauvais endroit. »",
])
def test_an_age_description_as_subject_of_no_one_named(extract: Callable[..., dict], text: str) -> None:
    assert _speakers(extract(text)) == [None]
