"""Quotes: the speaker given by the story, not the sentence (round 17c: generality audit from fresh probes).

Classes of French found by invented probes in the style of a regional daily:
1. a line above the story (a headline, a dateline) that the parser hangs the first sentence
   on: the person named there is still the subject of that sentence and the one person of
   the story, so a bare quotation in the first person after sentences of facts is theirs;
2. a bare quotation that speaks as "je" (never as "nous") after one or two sentences of facts
   in the same paragraph as the sentence about the story's one person: one voice, that
   person's; a plural noun for people as the subject of a sentence of facts ("Les clients
   se font rares") says no "je";
3. the sentence right before a bare quotation calls the one person the headline named by a
   noun for people with its definite article ("Le coureur a remporté le titre.");
4. "X, lui, trouve que « ... »": "trouver" followed by "que" is a verb of opinion that says
   (models/quotes.json opinion_verbs); "a trouvé « ... »", a thing found, is none.
The sentences are written for this audit, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers


# 1. a headline or dateline line above the story
@pytest.mark.parametrize(("text", "speakers"), [
    # already right on base a503c80 (the parse keeps the name in its line): kept as a guard
    ("date 2000-04-04\nArsène Clopinard a vendu sa ferme. Les bâtiments deviendront des gîtes.\n« Nous avons "
     "trouvé un acheteur sérieux après deux ans de recherche. »", ["Arsène Clopinard"]),
    ("Un centenaire au village\nMarcel Trimouillet a fêté ses cent ans mardi. Le gâteau a été offert par la "
     "commune.\n« J'ai toujours mangé les légumes de mon jardin. »", ["Marcel Trimouillet"]),
    ("date 2001-06-18\nLa forge rallumée\nOctave Berluchon a rallumé la forge de son grand-père. Le soufflet "
     "fonctionne encore.\n« Je travaille le fer comme on le faisait en 1900. »", ["Octave Berluchon"]),
    # already right on base
    ("Fête de la laine\nSimone Caudebert élève des moutons à Xertigny depuis 1979. Les toisons partent vers "
     "une filature belge.\n« Nous tondons nous-mêmes les trois cents bêtes chaque printemps. »",
     ["Simone Caudebert"]),
])
def test_a_line_above_the_story(extract: Callable[..., dict], text: str, speakers: list[str]) -> None:
    assert _speakers(extract(text)) == speakers


# 2. "je" in the same paragraph as the facts
@pytest.mark.parametrize(("text", "speakers"), [
    ("Fidèle au poste\nMarthe Gendrillon tient l'épicerie depuis vingt ans. Les clients se font rares. "
     "« Tant que le village vivra, je garderai la boutique ouverte. »", ["Marthe Gendrillon"]),
    ("Hervé Dambrevil, maraîcher à Golbey, a perdu sa récolte dans l'orage. La grêle a haché les salades en "
     "dix minutes. « Je n'avais jamais vu une chose pareille en trente ans. »", ["Hervé Dambrevil"]),
    ("Anselme Pivodier répare les horloges anciennes dans son atelier de la rue Basse. Les commandes "
     "viennent de toute la Lorraine. « J'ai appris le métier auprès de mon oncle à Besançon. »",
     ["Anselme Pivodier"]),
    ("Rosine Vallecourt préside le comité des fêtes depuis janvier. Les bénévoles sont nombreux. "
     "« Je compte organiser une brocante au mois de septembre. »", ["Rosine Vallecourt"]),
])
def test_je_in_the_paragraph_of_the_facts(extract: Callable[..., dict], text: str,
                                         speakers: list[str]) -> None:
    assert _speakers(extract(text)) == speakers


# 3. a noun for people with its article stands for the one person the headline named
@pytest.mark.parametrize(("text", "speakers"), [
    ("date 2000-08-03\nAurélien Chaudefond, champion de France\nLe coureur de Mirecourt a remporté dimanche "
     "le titre chez les juniors.\n« Je n'y croyais plus à deux kilomètres de l'arrivée. »",
     ["Aurélien Chaudefond"]),
    # already right on base (the noun read as a description of the portrait's one person)
    ("Ginette Larbouillat, présidente des aînés\nLa retraitée anime le club depuis dix ans.\n« Je voudrais "
     "trouver quelqu'un pour me remplacer l'an prochain. »", ["Ginette Larbouillat"]),
    ("Léonce Mirabeuf, meilleur apprenti de France\nLe jeune pâtissier de Mirecourt a convaincu le jury avec "
     "une pièce en sucre.\n« J'ai travaillé tous les soirs pendant six mois pour ce concours. »",
     ["Léonce Mirabeuf"]),
    # already right on base
    ("Colette Bramonville quitte l'école de Vomécourt\nL'institutrice a enseigné trente-deux ans dans "
     "la même classe.\n« Je garde un souvenir de chacun de mes élèves. »", ["Colette Bramonville"]),
])
def test_a_noun_for_the_headline_person(extract: Callable[..., dict], text: str,
                                        speakers: list[str]) -> None:
    assert _speakers(extract(text)) == speakers


# 4. "trouver que": an opinion said
@pytest.mark.parametrize(("text", "speakers"), [
    ("La kermesse a attiré la foule. Fabrice Tessandrier, lui, trouve que « les prix des manèges sont "
     "beaucoup trop élevés ».", ["Fabrice Tessandrier"]),
    ("Au marché, Odette Pelleterie trouve que « les producteurs locaux sont trop peu nombreux ».",
     ["Odette Pelleterie"]),
    # already right on base
    ("Interrogé à la sortie du conseil, le conseiller municipal Yann Querbonnet trouvait que « ce budget ne "
     "prépare pas du tout l'avenir ».", ["Yann Querbonnet"]),
    # already right on base ("selon" names the source)
    ("Les parents d'élèves trouvent que « la cantine coûte trop cher pour les familles », selon leur "
     "présidente, Nadège Forestal.", ["Nadège Forestal"]),
])
def test_trouver_que(extract: Callable[..., dict], text: str, speakers: list[str]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # two people in the story
    ("Gaspard Fenouillet et Hélène Dutramoy ont ouvert une librairie place Carnot. Les rayons comptent dix "
     "mille livres.\n« Je voulais ouvrir une librairie depuis l'enfance. »", [None]),
    ("Émilien Crouzier et son voisin Jacques Bertemont ont retrouvé le chien. La bête était blessée. « Je "
     "l'ai porté jusqu'à la voiture dans mes bras. »", [None]),
    # "nous" in the paragraph of an act (round 8 and 16a keep it none)
    ("Bénévole depuis dix ans, Sidonie Vautrinel a ouvert le local. Les demandes ont doublé depuis janvier. "
     "« Nous manquons de tout, surtout de lait pour les bébés. »", [None]),
    # a group noun as the subject in between
    ("Le maire, Paul Gervaisard, a inauguré la salle. Les associations disposent d'un local neuf. « Je "
     "remercie tous les bénévoles pour leur travail remarquable. »", [None]),
    # an incise of its own, naming nobody
    ("Le boulanger de la rue Haute a fermé. Les clients sont désemparés. « Je ne sais pas où acheter mon "
     "pain maintenant », regrette une habitante.", [None]),
    # the noun of the other gender than the headline's one person
    ("Aurélien Chaudefond, champion de France\nLa coureuse de Mirecourt a remporté dimanche le titre chez "
     "les juniors.\n« Je n'y croyais plus à deux kilomètres de l'arrivée. »", [None]),
    # a noun of the sentence that names someone else
    ("Aurélien Chaudefond, champion de France\nLe coureur de Mirecourt a battu Rémi Vassonnet au "
     "sprint.\n« Je n'y croyais plus à deux kilomètres de l'arrivée. »", [None]),
    # an office the headline's one person was not given, or a noun the story used for someone met
    ("Colas Ravignac attend toujours\nLe maire de Vomécourt a promis une aide pour la toiture.\n« Je n'y "
     "crois plus du tout, vous savez. »", [None]),
    ("Colas Ravignac a reçu le garde forestier dans sa ferme.\nLe garde forestier a promis de revenir.\n« Je "
     "n'y crois plus du tout, vous savez. »", [None]),
    # a banner, a title, the reporter's own word: no quotation of anyone
    ("Jean-Luc Morvignon a défilé avec les salariés. Les manifestants portaient une banderole : « Non à la "
     "fermeture de la maternité ».", []),
    ("Raymonde Cassagnac publie son premier roman, « Les Orties du jardin », aux éditions de l'Est.", []),
    ("Frédéric Lhuillerat a ouvert un restaurant « bio » à Charmes. Le succès est au rendez-vous.", []),
    # a thing found, not an opinion
    ("Le chercheur d'or Basile Trouvenel a trouvé « une pépite de la taille d'un œuf » dans la Moselotte.",
     []),
])
def test_pitfalls(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers
