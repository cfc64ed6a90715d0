"""Quotes: wrong speakers from fresh probes (round 16f, issue 13).

Three classes of French, found by invented probes in the style of a regional daily and its wire
stories, where factx named the wrong speaker (a wrong speaker is worse than none):
1. a verb of sight with a noun object is no saying: "Le préfet X a fait observer une minute de
   silence. « ... »", "Les élus ont observé une minute de silence" ("observer", "remarquer" say
   only with a clause: "a fait observer que", "fait remarquer X" in an incise);
2. words cited: "X cite Y : « ... »", "X a cité son père :", "X rapporte les propos de Y :",
   "X a répété les mots du ministre :": the words after the colon are the one cited, if named,
   else nobody's; not "X cite l'exemple de Y :" (X's own words about Y);
3. the spokesperson of a named person: "Le porte-parole de X a déclaré : « ... »" is not X
   speaking; a body's spokesperson still gives the body, a named spokesperson the person.
The sentences are written for this audit, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("Le préfet Gérard Maussenot a fait observer une minute de silence. « Cette tragédie touche toute "
     "la vallée de la Moselle. »", [None]),
    ("La directrice Sylvaine Gorbeaux a fait observer une minute de silence aux élèves. « Notre collège "
     "n'oubliera jamais son professeur de musique. »", [None]),
    ("Avant le coup d'envoi, l'arbitre Rémi Lafourcade a fait observer une minute de silence. « Le club "
     "perd un dirigeant fidèle depuis quarante ans. »", [None]),
    ("Le maire Anselme Quintavelle avait fait observer un instant de recueillement. « Personne ici ne "
     "reverra une crue pareille. »", [None]),
    ("Le président Oscar Vaudrenne observa une minute de silence. « Trois mineurs sont morts au fond "
     "du puits cette nuit. »", [None]),
])
def test_a_thing_seen_is_no_saying(extract: Callable[..., dict], text: str,
                                   speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) in (speakers, [])


@pytest.mark.parametrize(("text", "speakers"), [
    ("Le maire Lucien Bertrandet a fait observer que « la commune n'a jamais autant investi dans ses "
     "écoles ».", ["Lucien Bertrandet"]),
    ("Les conseillers ont observé une minute de silence. Puis le maire Lucien Bertrandet a pris la "
     "parole : « Notre village a perdu un grand serviteur. »", ["Lucien Bertrandet"]),
    ("« Les vendanges commencent avec trois semaines d'avance », fait observer Clotilde Ravenaz, "
     "viticultrice à Chambley.", ["Clotilde Ravenaz"]),
    ("La députée Noémie Harcourtel a fait remarquer que « la ligne de bus ne dessert plus les "
     "villages du plateau ».", ["Noémie Harcourtel"]),
])
def test_a_thing_seen_pitfalls(extract: Callable[..., dict], text: str, speakers: list[str]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("Le président Hubert Cazenave cite Victor Mardouillet : « La musique, c'est du bruit qui "
     "pense. »", ["Victor Mardouillet"]),
    ("Jean Dorgelet rapporte les propos de son voisin Paul Mariotte : « On ne dort plus avec ce bruit "
     "de camions. »", ["Paul Mariotte"]),
    ("Le président Hubert Cazenave a cité son prédécesseur Léon Marchadier : « Une ville se construit "
     "avec ses habitants. »", ["Léon Marchadier"]),
    ("Marie Pétrisson a cité son père : « Le travail bien fait n'a pas de prix. »", [None]),
    ("Madeleine Roussigny rapporte les mots de sa grand-mère : « Il faut toujours garder du pain pour "
     "le lendemain. »", [None]),
    ("La sénatrice Odette Pradelle a répété les mots du ministre : « Aucune classe ne fermera dans le "
     "département cette année. »", [None]),
    ("Le ministre serbe Dragan Kovilic a cité son homologue Ivo Brankovar : « La frontière restera "
     "ouverte aux convois humanitaires. »", ["Ivo Brankovar"]),
])
def test_words_cited_are_the_cited_ones(extract: Callable[..., dict], text: str,
                                        speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) in (speakers, []) if speakers == [None] \
        else _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # citing an example: the words are the one who cites it
    ("Le proviseur Alain Rebeyrol cite l'exemple de Julie Fornier : « Elle a obtenu son bac avec "
     "mention très bien. »", ["Alain Rebeyrol"]),
    # a verb of saying with no text cited
    ("Le capitaine Yves Moutardier rapporte : « Le feu a pris dans la grange vers minuit. »",
     ["Yves Moutardier"]),
    # a letter read: its author (as before)
    ("Le maire Roger Pelletan a lu une lettre de Louise Abadier : « Je remercie tous les bénévoles du "
     "village. »", ["Louise Abadier"]),
    # citing figures: the one who cites them speaks
    ("L'adjointe Colette Varambier cite des chiffres : « Nous avons accueilli deux mille visiteurs en "
     "un mois. »", ["Colette Varambier"]),
])
def test_words_cited_pitfalls(extract: Callable[..., dict], text: str, speakers: list[str]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("Le porte-parole de Ratko Djilovic a déclaré : « Le président est en bonne santé et reprendra "
     "ses fonctions. »", [None]),
    ("Une représentante de Mme Hortense Valbrune a déclaré : « La candidate ne retirera pas sa "
     "plainte. »", [None]),
    ("Le porte-parole du président Ismet Dervani a affirmé : « Aucun accord n'a été signé avec "
     "Belgrade. »", [None]),
    ("L'avocat de son voisin Luc Ferrandoni a déclaré : « Mon client n'a jamais touché à cette "
     "voiture. »", [None]),
    ("Le porte-parole de Florent Échaubard a assuré : « Notre candidat sera présent au second "
     "tour. »", [None]),
])
def test_a_persons_spokesperson_is_not_that_person(extract: Callable[..., dict], text: str,
                                                    speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) in (speakers, [])


@pytest.mark.parametrize(("text", "speakers"), [
    ("Le porte-parole de l'OTAN, Jamie Sheldrake, a déclaré : « Les frappes continueront jusqu'au "
     "retrait total. »", ["Jamie Sheldrake"]),
    ("Un porte-parole du Parti socialiste a déclaré : « Nous voterons contre ce texte de loi. »",
     ["Parti socialiste"]),
    ("Le président du club de rugby, Pascal Dorignac, a déclaré : « Nous visons la montée en fin de "
     "saison. »", ["Pascal Dorignac"]),
    ("Le maire de Thionville Marcel Aubertinot a déclaré : « La piscine rouvrira ses portes au mois de "
     "juin. »", ["Marcel Aubertinot"]),
    ("Dans une interview au Monde, Lionel Garrigou a déclaré : « Je ne serai pas candidat à la "
     "mairie. »", ["Lionel Garrigou"]),
])
def test_a_spokesperson_pitfalls(extract: Callable[..., dict], text: str, speakers: list[str]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("Le maire Gaston Perdrillat n'a jamais dit « la piscine fermera avant la fin de l'été ».", [None]),
    ("L'entraîneur Marc Oudinet dément avoir déclaré que « le club ne paiera plus ses joueurs ».", [None]),
    ("Le général Stevo Kramaric n'avait pas déclaré « nos troupes quitteront la province demain ».", [None]),
    ("La directrice Armelle Tisserandot se défend d'avoir dit « les parents d'élèves sont des "
     "irresponsables ».", [None]),
    ("La ministre Josiane Vallorbe nie avoir dit « les petites maternités doivent toutes fermer ».", [None]),
])
def test_words_denied_are_not_the_subjects(extract: Callable[..., dict], text: str,
                                           speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) in (speakers, [])


@pytest.mark.parametrize(("text", "speakers"), [
    ("Le maire Gaston Perdrillat n'a pas manqué de dire que « la piscine fermera avant la fin de "
     "l'été ».", ["Gaston Perdrillat"]),
    ("Le maire Gaston Perdrillat a toujours dit « la piscine fermera avant la fin de l'été ».",
     ["Gaston Perdrillat"]),
    ("Le maire Gaston Perdrillat ne cesse de dire que « la piscine fermera avant la fin de l'été ».",
     ["Gaston Perdrillat"]),
    ("La syndicaliste Rosine Lemerdier ne dit pas autre chose : « La direction veut fermer l'atelier "
     "de Toul. »", ["Rosine Lemerdier"]),
    ("Le préfet Yvon Castelbrac a dit ne pas croire que « les routes seront dégagées avant lundi ».",
     ["Yvon Castelbrac"]),
])
def test_words_denied_pitfalls(extract: Callable[..., dict], text: str, speakers: list[str]) -> None:
    assert _speakers(extract(text)) == speakers
