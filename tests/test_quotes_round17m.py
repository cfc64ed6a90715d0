"""Quotes: forms of attribution still missed (round 17m: generality audit from fresh probes).

Classes of French found by invented probes in the style of a regional daily:
1. an elided conjunction right before the opening mark ("trouve qu'« ... »", "lorsqu'« ... »",
   "puisqu'« ... »"): the tokenizer cut "qu" + "'" + "«", so the rule of "trouver que" (an
   opinion said) did not see its "que"; the tokenizer now keeps "qu'" whole before a mark
   (factx/pipeline.py), so the parse sees the conjunction as with a space;
2. a bare quotation in the first person after a portrait sentence in the passive ("X a été
   élue présidente du club en 1998. « Nous ... »"): what became of the person by a choice or
   an honour (models/quotes.json portrait_passives), like an active verb; not a passive with
   someone as its agent, nor a thing done to the person ("a été condamné"), nor a death;
3. "Au dire de X, « ... »", "Aux dires de X": the "dire" of the opener is no verb of saying
   with a subject of its own; and a view opener ("Au dire de X, ...", "De l'avis de X, ...")
   before a bare first-person quotation, as "Pour X, ..." already was.
The sentences are written for this audit, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers


# 1. an elided conjunction right before the opening mark
@pytest.mark.parametrize(("text", "speakers"), [
    ("Odile Ravenotte trouve qu'« il faudrait rouvrir la gare du village ».", ["Odile Ravenotte"]),
    ("Le président du club, Amédée Salvanche, trouve qu'« une seule équipe de jeunes ne suffit plus ».",
     ["Amédée Salvanche"]),
    # already right on base ("penser", a verb of saying by its stem; "reste optimiste", a stance)
    ("Au comptoir, Firmin Castelroux pense qu'« il faut agir vite avant l'hiver ».", ["Firmin Castelroux"]),
    ("La trésorière, Armande Pivolet, reste optimiste puisqu'« il reste encore trois matches à jouer ».",
     ["Armande Pivolet"]),
    ("Le ministre bulgare Petar Vodenicharov trouvait qu'« une telle mesure coûterait trop cher à l'État ».",
     ["Petar Vodenicharov"]),
    # already right on base (a verb of saying before "qu'«")
    ("Le maire, Gaston Pelvoisin, explique qu'« aucune hausse d'impôt n'est prévue cette année ».",
     ["Gaston Pelvoisin"]),
])
def test_elision_before_the_mark(extract: Callable[..., dict], text: str, speakers: list[str]) -> None:
    assert _speakers(extract(text)) == speakers


# 2. a portrait sentence in the passive
@pytest.mark.parametrize(("text", "speakers"), [
    ("Huguette Barbançon a été élue présidente du club de gymnastique en 1998. « Nous comptons aujourd'hui "
     "deux cents licenciés. »", ["Huguette Barbançon"]),
    ("Raymond Tirlemont a été nommé directeur de l'école en septembre. « Je découvre une équipe très motivée "
     "et accueillante. »", ["Raymond Tirlemont"]),
    ("Le préfet Luc Anstrever a remis les médailles. Lucie Garnerot a été décorée la dernière. « Je remercie "
     "tous ceux qui m'ont aidée pendant ces années. »", ["Lucie Garnerot"]),
    ("date 2000-09-12\nLe lieutenant Bastien Orvaldi a été muté à la brigade de Charmes le mois dernier. "
     "« Je connaissais déjà bien le secteur et ses habitants. »", ["Bastien Orvaldi"]),
])
def test_a_passive_portrait(extract: Callable[..., dict], text: str, speakers: list[str]) -> None:
    assert _speakers(extract(text)) == speakers


# 3. "Au dire de X", "Aux dires de X" and the view openers before a bare quotation
@pytest.mark.parametrize(("text", "speakers"), [
    ("Au dire de Lucien Ferbouchet, « la récolte sera médiocre cette année ».", ["Lucien Ferbouchet"]),
    # already right on base (the parse does not make "dires" a verb)
    ("Aux dires de Ginette Soubervie, « le marché couvert doit rester ouvert le dimanche ».",
     ["Ginette Soubervie"]),
    ("Au dire de Gisèle Paturot, le club n'a jamais été aussi vivant. « Nous avons accueilli quarante "
     "nouveaux membres. »", ["Gisèle Paturot"]),
    ("De l'avis de Josselin Marbonnet, la saison est réussie. « J'ai vu mes joueurs progresser chaque "
     "semaine. »", ["Josselin Marbonnet"]),
    # already right on base
    ("Aux yeux de Micheline Dortevaux, « le village a perdu son âme depuis la fermeture ».",
     ["Micheline Dortevaux"]),
])
def test_view_openers(extract: Callable[..., dict], text: str, speakers: list[str]) -> None:
    assert _speakers(extract(text)) == speakers


# pitfalls: nobody, or the one who really speaks
@pytest.mark.parametrize(("text", "speakers"), [
    # a passive with a person or a group as its agent: the "nous" may be theirs
    ("Odile Carmantrand a été agressée par deux jeunes dans le parc. « Nous voulions juste son sac, rien de "
     "plus. »", [None]),
    # a passive of a thing done to the person: the words after may be the lawyer's
    ("Arthur Vingeanne a été condamné jeudi à huit mois avec sursis. « Nous allons faire appel dès lundi "
     "matin. »", [None]),
    ("La gérante, Maryse Dombrevoix, a été placée en garde à vue mardi. « Nous ne savons rien de plus pour "
     "le moment. »", [None]),
    # a passive that says the person died
    ("Gilbert Armontier a été tué dans un accident de la route. « Je ne comprends pas ce qui est arrivé. »",
     [None]),
    # a passive about a thing, the person only its agent
    ("Le nouveau gymnase a été inauguré samedi par Rémi Castagnolle. « Nous avons attendu ce jour pendant "
     "dix ans. »", [None]),
    # a passive portrait, but a quotation not in the first person
    ("Eugène Barbazan a été réélu à la tête de l'amicale. « Le plus dur reste à faire pour tout le monde. »",
     [None]),
    # two people in the passive sentence
    ("Claudine Moréteau a été décorée par le préfet Luc Anstruthe. « Je dédie cette médaille à mon mari. »",
     [None]),
    # "d'après", "au dire de" a thing or unnamed people
    ("D'après le rapport, « la situation financière est préoccupante ».", [None]),
    ("Au dire de ses voisins, « il était très discret et poli ».", [None]),
])
def test_pitfalls(extract: Callable[..., dict], text: str, speakers: list[str]) -> None:
    assert _speakers(extract(text)) == speakers
