"""Quotes in portraits and interviews (issue 13, round 15j).

1. A portrait: the text names one person who fits a pronoun; paragraphs later "Elle prépare
   une exposition. « Je ... »" (a pronoun subject right before a first-person quotation) is
   that person's words whatever the distance (rule `portrait`), unless a sentence since has
   a noun of the pronoun's gender as its subject (the pronoun may stand for it) or the text
   names two people who fit.
2. An interview presented by its head ("Trois questions à X", "Entretien avec X", "X répond
   à nos questions"): the answers to the question lines, in quotation marks or opened by a
   dash, are X's (rule `interview_guest`); "Propos recueillis par Y" names the journalist.
Invented names and sentences.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers
from conftest import speaker_quotes


def _rules(result: dict) -> list[str]:
    return [f["rule"] for f in result["facts"] if f["type"] == "quote"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Armelle Quintrec a ouvert son atelier de poterie rue des Tanneurs il y a six ans. Elle façonne "
     "des bols et des vases en grès.\n\nLe public vient de loin pour voir ses pièces. Les commandes "
     "affluent depuis l'été.\n\nElle prépare une exposition pour le printemps. « Je veux montrer le "
     "travail de toute une vie. »", "Armelle Quintrec"),
    ("Installé à Morvillers depuis dix ans, Séverin Castagnol fabrique des violons. Il a appris le "
     "métier en Italie.\n\nLe bois vient des Vosges. Trois instruments sont en cours sur "
     "l'établi.\n\nIl travaille seul, six jours sur sept. « Je n'ai jamais compté mes heures, "
     "c'est une passion avant d'être un métier. »", "Séverin Castagnol"),
    ("Mme Ginette Balouzat a fêté mardi ses cent ans à la maison de retraite de Saint-Amarin. "
     "Née dans une ferme du plateau, elle a élevé cinq enfants.\n\nUn gâteau avait été "
     "commandé. Les résidents avaient préparé des chansons.\n\nElle garde une excellente "
     "mémoire. « Je me souviens encore de mon premier bal, en 1946. »", "Ginette Balouzat"),
    ("Le boulanger Gaëtan Lagardère a repris la boutique de la place de l'Église en janvier.\n\n"
     "Le four date de 1950. Les habitués ont vite adopté ses baguettes au levain.\n\n"
     "Il travaille seul depuis le départ de son apprenti. « J'aime ce silence de la nuit, quand le village "
     "dort. »", "Gaëtan Lagardère"),
])
def test_portrait_pronoun_before_quotation(extract: Callable[..., dict], text: str, speaker: str) -> None:
    result = extract(text)
    assert _speakers(result) == [speaker]
    assert _rules(result) == ["portrait"]


@pytest.mark.parametrize(("text", "speaker"), [
    # an incise with a pronoun far from the one named: already the one person (only_person)
    ("Armelle Quintrec a ouvert son atelier de poterie il y a six ans. Elle façonne des bols en "
     "grès.\n\nLe public vient de loin pour voir ses pièces. Les commandes affluent depuis "
     "l'été.\n\n« Je ne fais jamais deux fois la même pièce », sourit-elle.", "Armelle Quintrec"),
])
def test_portrait_incise_already_read(extract: Callable[..., dict], text: str, speaker: str) -> None:
    assert _speakers(extract(text)) == [speaker]


@pytest.mark.parametrize("text", [
    # the sentences since have a thing of the pronoun's gender as subject: "elle" may be the street
    "Armelle Quintrec a ouvert son atelier de poterie rue des Tanneurs il y a six ans.\n\nLa rue a "
    "longtemps été déserte. Elle revit depuis l'ouverture de la boulangerie.\n\nElle accueille "
    "désormais un marché le jeudi. « Je veux montrer le travail de toute une vie. »",
    # two women named: which one?
    "Armelle Quintrec et sa voisine Ernestine Poulignac ont ouvert un atelier de poterie.\n\nLe public "
    "vient de loin. Les commandes affluent depuis l'été.\n\nElle prépare une exposition pour le "
    "printemps. « Je veux montrer le travail de toute une vie. »",
    # not in the first person, no stance: not said to be his words
    "Installé à Morvillers depuis dix ans, Séverin Castagnol fabrique des violons.\n\nLe bois vient "
    "des Vosges. Trois instruments sont en cours.\n\nIl en vend une dizaine par an. « Les musiciens "
    "viennent parfois de l'étranger pour les essayer. »",
    # the one person named is a man; "elle" is someone else
    "Séverin Castagnol fabrique des violons depuis dix ans.\n\nLes commandes affluent depuis l'été.\n\n"
    "Elle prépare une exposition pour le printemps. « Je veux montrer le travail de toute une vie. »",
])
def test_portrait_pitfalls_give_none(extract: Callable[..., dict], text: str) -> None:
    assert not any(_speakers(extract(text)))


@pytest.mark.parametrize(("text", "speaker", "count"), [
    ("Trois questions à Gildas Pennarun, président du comité des fêtes de Plouzévec\n\n"
     "Comment se présente la saison ?\n« Très bien, nous avons déjà vendu la moitié des billets. »\n\n"
     "Quelles nouveautés cette année ?\n« Un concert le samedi soir et une course de caisses à "
     "savon. »\n\nPropos recueillis par Hortense Lescarret", "Gildas Pennarun", 2),
    ("Propos recueillis par Thibaut Lemarquis\n\nQuestions à Solène Bertaux, directrice de la "
     "médiathèque\n\nPourquoi ce nouveau site ?\n- Les usagers le demandaient depuis longtemps, il "
     "fallait moderniser l'accueil.\n\nQu'allez-vous proposer ?\n- Des ateliers numériques pour les "
     "seniors chaque mardi.", "Solène Bertaux", 2),
    ("Le maire de Vandières, Aristide Oltmann, répond à nos questions.\n\nLe budget est-il bouclé ?\n"
     "« Oui, sans hausse des impôts locaux cette année. »\n\nEt la nouvelle salle des sports ?\n"
     "« Les travaux commenceront en mars. »", "Aristide Oltmann", 2),
    ("Entretien avec Rosalie Vendrenne, championne régionale de tir à l'arc\n\nComment avez-vous "
     "débuté ?\n— À douze ans, dans le club de mon père.\n\nEt les Jeux ?\n— J'y pense, mais la "
     "route est longue.", "Rosalie Vendrenne", 2),
])
def test_interview_answers_are_the_guests(extract: Callable[..., dict], text: str, speaker: str,
                                          count: int) -> None:
    result = extract(text)
    assert _speakers(result) == [speaker] * count
    assert not any(t.rstrip().endswith("?") for _, t in speaker_quotes(result))


@pytest.mark.parametrize("text", [
    # no head presenting an interview: an answer line after a question is nobody's
    "Le comité des fêtes de Plouzévec prépare sa saison. Gildas Pennarun en est le président.\n\n"
    "Comment se présente la saison ?\n- Des ateliers numériques pour les seniors chaque mardi.",
    # a refusal to answer presents no interview
    "Le président du club, Gildas Pennarun, n'a pas souhaité répondre à nos questions.\n\n"
    "Pourquoi ce silence ?\n- Les usagers le demandaient depuis longtemps, il fallait moderniser l'accueil.",
    # two people presented: which one answers?
    "Questions à Gildas Pennarun et à Solène Bertaux\n\nComment se présente la saison ?\n"
    "« Très bien, nous avons déjà vendu la moitié des billets. »",
])
def test_interview_pitfalls_give_none(extract: Callable[..., dict], text: str) -> None:
    assert not any(_speakers(extract(text)))


@pytest.mark.parametrize(("text", "speaker"), [
    # 3. a person the text names by a given name alone ("Son mari, X,") is of that name's
    # gender: "elle" is not him, "il" is not her
    ("Mme Ghislaine Verchère tient la mercerie de la place du Marché depuis 1987. Son mari, Séverin, "
     "l'aide le samedi.\n\nLes clientes viennent de tout le canton. La boutique a été rénovée l'an "
     "dernier.\n\n« Je ne partirai pas à la retraite avant soixante-dix ans », assure-t-elle en riant.",
     "Ghislaine Verchère"),
    ("M. Anselme Rigoulot a repris la quincaillerie de la Grand-Rue en 2009. Sa femme, Perrine, tient "
     "la caisse.\n\nLes artisans du secteur y trouvent de tout. Le magasin ouvre aussi le dimanche "
     "matin.\n\n« Les grandes surfaces ne nous font pas peur », confie-t-il.", "Anselme Rigoulot"),
    ("Mme Léopoldine Tréhoret élève des chèvres au hameau des Pradelles. Son fils, Aristide, fabrique "
     "les fromages.\n\nLe troupeau compte quatre-vingts bêtes. Les visiteurs peuvent assister à la "
     "traite.\n\n« Nous vendons tout sur les marchés de la vallée », raconte-t-elle.", "Léopoldine Tréhoret"),
    ("Le maraîcher Gaëtan Brulhart cultive quatre hectares à la sortie du bourg. Sa fille, Apolline, "
     "l'a rejoint l'an passé.\n\nLes légumes sont vendus en circuit court. Le potager se visite le "
     "mercredi.\n\n« Nous n'utilisons aucun pesticide depuis dix ans », explique-t-il.", "Gaëtan Brulhart"),
    # pitfall: the pronoun of his gender still goes to the one named by his given name
    ("Mme Ghislaine Verchère tient la mercerie de la place du Marché depuis 1987. Son mari, Séverin, "
     "l'aide le samedi.\n\nLes clientes viennent de tout le canton. La boutique a été rénovée l'an "
     "dernier.\n\n« Je monte les cartons à la réserve chaque semaine », précise-t-il.", "Séverin"),
])
def test_lone_given_name_has_its_gender(extract: Callable[..., dict], text: str, speaker: str) -> None:
    assert _speakers(extract(text)) == [speaker]


@pytest.mark.parametrize("text", [
    # "Propos recueillis par Y": Y asked the questions, never answers them
    "Propos recueillis par Hortense Lescarret\n\nComment avez-vous vécu cette saison ?\n« Avec beaucoup "
    "de fierté, les joueurs ont tout donné. »\n\nQuels sont vos objectifs pour l'an prochain ?\n« Nous "
    "voulons monter en division supérieure. »",
    "Le chef étoilé répond aux lecteurs. Entretien réalisé par Ernestine Poulignac.\n\n— Comment "
    "avez-vous débuté ?\n— J'ai commencé à quinze ans, comme apprenti dans une brasserie de Lyon.",
    "Interrogée par Ernestine Poulignac\n\nQue pensez-vous du projet de rocade ?\n« Il coupera le "
    "quartier en deux, nous le combattrons. »\n\nEt ensuite ?\n« Nous irons devant le tribunal "
    "administratif s'il le faut. »",
])
def test_interviewer_never_answers(extract: Callable[..., dict], text: str) -> None:
    assert not any(_speakers(extract(text)))
