"""Quotes: the speaker a regional daily names by a word of class after the quotation (round 18a:
generality audit from fresh probes).

Classes of French found by invented probes in the style of a regional daily:
1. a class noun in the incise for the rank or the trade the text gave the person: "le
   militaire", "le sous-officier" for a gendarme, an adjudant, a captain; "l'éleveur", "le
   cultivateur" for a farmer; "le patron", "la patronne" for a restaurant owner or a
   manager; "le coureur", "le champion" for a sprinter (models/quotes.json 'periphrases');
2. a noun for a person by age ("la sexagénaire", "le quinquagénaire") that the tagger reads as
   an adjective after its article: still the incise's subject, with the article's gender;
3. "notre homme", "notre interlocutrice": the reporter's word for the person the story is
   about ('reporter_nouns'), as "l'homme", "la femme" would be;
4. verbs of manner in the incise the lexicon missed or the tagger reads as an adjective
   ("tempère", "savoure", "jubile-t-elle", "positive le maire"): a verb of saying right after
   the comma that follows the closing mark; the tagger's adjective before the article is the
   verb, not a qualifier of the title ("positive maire").
The sentences are written for this audit, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers


# 1. a class noun for the rank or the trade
@pytest.mark.parametrize(("text", "speakers"), [
    ("date 2000-03-14\nL'adjudant-chef Roger Vaubourg, commandant de la brigade de Saulxures, a présenté le "
     "bilan de l'enquête.\n« Le travail de terrain a fini par payer », résume le militaire.",
     ["Roger Vaubourg"]),
    ("date 2000-05-10\nLe gendarme Paul Chardonnet, de la brigade de Mirecourt, a interpellé "
     "les deux voleurs.\n"
     "« Ils n'ont opposé aucune résistance ce soir-là », précise le sous-officier.", ["Paul Chardonnet"]),
    ("date 2001-02-02\nLe capitaine Luc Sauvageot commande la compagnie de gendarmerie de Neufchâteau.\n"
     "« Nous allons renforcer les contrôles sur les routes du secteur », annonce le militaire.",
     ["Luc Sauvageot"]),
    ("date 2000-11-08\nLa major Sophie Demangel commande depuis septembre la brigade de Bruyères.\n"
     "« Les cambriolages ont baissé de moitié depuis le printemps », souligne la militaire.",
     ["Sophie Demangel"]),
    ("date 2000-06-21\nMarcel Rouvroy, agriculteur à Rambervillers, a perdu une partie de sa récolte.\n"
     "« Je n'avais jamais vu un orage pareil de toute ma vie », témoigne l'éleveur.", ["Marcel Rouvroy"]),
    ("date 2000-06-22\nÉtienne Laheurte, agriculteur à Domèvre, attend toujours les indemnités promises.\n"
     "« Le dossier traîne depuis plus de six mois à la préfecture », déplore le cultivateur.",
     ["Étienne Laheurte"]),
    ("date 2000-09-03\nLe restaurateur Yves Lambotte a ouvert une auberge à Bains-les-Bains.\n"
     "« La cuisine du terroir plaît toujours autant aux clients », assure le patron.", ["Yves Lambotte"]),
    ("date 2000-02-11\nL'adjudant Luc Sauvageot a pris le commandement de la brigade de Darney.\n"
     "« Je connais bien le secteur et ses habitants depuis longtemps », explique le militaire.",
     ["Luc Sauvageot"]),
    ("date 2000-07-30\nLe sprinteur Kévin Ravenel a remporté la course dimanche à Remiremont.\n"
     "« Je suis très heureux de cette victoire à domicile », confie le coureur.", ["Kévin Ravenel"]),
])
def test_a_class_noun_for_the_rank_or_trade(extract: Callable[..., dict], text: str,
                                            speakers: list[str]) -> None:
    assert _speakers(extract(text)) == speakers


# 2. a noun by age read as an adjective
@pytest.mark.parametrize(("text", "speakers"), [
    ("date 2000-09-20\nYvette Marchandon a fêté ses 68 ans entourée de ses amis du club.\n"
     "« J'ai toujours aimé rendre service aux autres », confie la sexagénaire.", ["Yvette Marchandon"]),
    ("date 2000-04-11\nLe docteur Alain Rebillard exerce à Charmes depuis vingt ans.\n"
     "« Les jeunes médecins ne veulent plus venir s'installer ici », regrette le quinquagénaire.",
     ["Alain Rebillard"]),
    ("date 2000-08-20\nLe boulanger Yves Rouvroy, 61 ans, ferme sa boutique après quarante ans.\n"
     "« Je pars le cœur gros mais la tête tranquille », confie le sexagénaire.", ["Yves Rouvroy"]),
    # already right on base a101ef0 (the tagger reads a noun there): kept as a guard
    ("date 2000-10-02\nLe restaurateur Yves Lambotte a repris l'auberge du col en mars.\n"
     "« Il a fallu tout refaire, de la cave au grenier », raconte le quadragénaire.", ["Yves Lambotte"]),
    ("date 2001-01-15\nJeannine Perrinet habite la ferme de ses parents depuis 1950.\n"
     "« Autrefois, on allait chercher l'eau au lavoir du village », se souvient la septuagénaire.",
     ["Jeannine Perrinet"]),
])
def test_a_noun_by_age_read_as_adjective(extract: Callable[..., dict], text: str,
                                         speakers: list[str]) -> None:
    assert _speakers(extract(text)) == speakers


# 3. "notre homme", "notre interlocutrice"
@pytest.mark.parametrize(("text", "speakers"), [
    ("date 2000-04-01\nFernand Oudinot collectionne les vieux tracteurs depuis quarante ans.\n"
     "« Le premier, je l'ai acheté avec ma paie de commis », raconte notre homme.", ["Fernand Oudinot"]),
    ("date 2000-05-18\nLucie Brenier tient la mercerie de la Grand-Rue depuis 1970.\n"
     "Notre interlocutrice le reconnaît : « Les clients se font de plus en plus rares. »", ["Lucie Brenier"]),
    # already right on base a101ef0 (the sentence before names the speaker): kept as a guard
    ("date 2000-08-08\nAprès trente ans dans la marine, Gilles Fleuriot s'est installé à Gérardmer.\n"
     "« Le lac me rappelle un peu la mer de mon enfance », sourit notre interlocuteur.", ["Gilles Fleuriot"]),
    ("date 2000-12-12\nOdette Vuillemard prépare chaque année les bredeles pour la fête de l'école.\n"
     "« Ma grand-mère m'a appris toutes ses recettes d'Alsace », explique notre hôtesse.",
     ["Odette Vuillemard"]),
])
def test_notre_homme(extract: Callable[..., dict], text: str, speakers: list[str]) -> None:
    assert _speakers(extract(text)) == speakers


# 4. verbs of manner in the incise
@pytest.mark.parametrize(("text", "speakers"), [
    ("date 2000-04-14\nLa directrice de l'école, Jeannine Perrinet, a présenté le projet aux parents.\n"
     "« Les enfants pourront cultiver leur propre potager dès le printemps », complète la directrice.",
     ["Jeannine Perrinet"]),
    ("date 2000-05-07\nLa présidente du club, Lucie Brenier, a ouvert l'assemblée générale.\n"
     "« Nous avons doublé le nombre de licenciés en deux saisons », savoure la présidente.",
     ["Lucie Brenier"]),
    ("date 2000-03-09\nLe maire de Charmois, Gilles Fleuriot, a reçu les parents d'élèves.\n"
     "« Rien n'est encore décidé pour la classe unique du village », tempère-t-il.", ["Gilles Fleuriot"]),
    # already right on base a101ef0 (the sentence before names the speaker): kept as guards
    ("date 2000-02-25\nLe maire de Vincey, Paul Hutin, a soumis au vote le budget de la commune.\n"
     "« Nous finirons les travaux de la mairie avant la fin de l'année », positive le maire.",
     ["Paul Hutin"]),
    ("date 2000-06-30\nLa présidente du comité, Odette Vuillemard, a dressé le bilan de la fête.\n"
     "« Nous n'avions jamais accueilli autant de visiteurs au village », jubile-t-elle.",
     ["Odette Vuillemard"]),
    ("date 2000-10-19\nLe président du club, Étienne Laheurte, a commenté la saison.\n"
     "« On ne peut pas gagner tous les matches de la saison », philosophe le président.",
     ["Étienne Laheurte"]),
])
def test_verbs_of_manner(extract: Callable[..., dict], text: str, speakers: list[str]) -> None:
    assert _speakers(extract(text)) == speakers


# pitfalls: must stay without speaker, or keep theirs
@pytest.mark.parametrize(("text", "speakers"), [
    # two people the class noun fits: which one?
    ("date 2000-03-15\nL'adjudant Roger Vaubourg et le lieutenant Luc Sauvageot ont mené l'enquête.\n"
     "« Le travail de terrain a fini par payer », résume le militaire.", [None]),
    # a mayor is no soldier
    ("date 2000-05-02\nLe maire, Paul Hutin, a ouvert la séance du conseil à 20 h 30.\n"
     "« Nous ne toucherons pas aux impôts cette année », assure le militaire.", [None]),
    # "la sexagénaire" after a man only
    ("date 2000-09-21\nPaul Hutin a fêté ses 68 ans entouré de ses amis du club.\n"
     "« J'ai toujours aimé rendre service aux autres », confie la sexagénaire.", [None]),
    # "notre interlocutrice" after a man only
    ("date 2000-04-02\nFernand Oudinot collectionne les vieux tracteurs depuis quarante ans.\n"
     "« Le premier, je l'ai acheté avec ma paie de commis », raconte notre interlocutrice.", [None]),
    # "la patronne" is not the man who runs the place
    ("date 2000-09-04\nLe restaurateur Yves Lambotte a ouvert une auberge à Bains-les-Bains.\n"
     "« La cuisine du terroir plaît toujours autant aux clients », assure la patronne.", [None]),
    # a quoted sign is nobody's words
    ("date 2000-05-30\nÀ l'entrée du village, Fernand Oudinot a installé un panneau « Ralentissez, nos "
     "enfants jouent dans la rue ».", [None]),
])
def test_pitfalls(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers
