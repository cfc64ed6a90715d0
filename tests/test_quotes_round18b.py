"""Quotes: wrong speakers in wire stories (round 18b: generality audit from fresh probes).

Classes of French found by invented wire stories, where the nearest or the subject person is
not the speaker:
1. a text passed on by a medium, a body or a reader ("Le quotidien X publie une tribune du
   député Y : « ... »", "La radio a diffusé un message de Y :", "Le syndicat a transmis une
   déclaration de son secrétaire Y :", "L'agence a recueilli le témoignage d'un habitant :"):
   verbs of publishing or passing on (models/quotes.json publish_verbs) whose object is a text
   with an author after "de" give the author's words (nobody when the author is unnamed), not
   the medium's; "X a publié un communiqué :" stays X's own text. A verb of reading the parser
   hung under another word ("Lors de la cérémonie, le préfet a lu un message de Y :") and a name
   the parser cut from the text's phrase ("les propos du commissaire | Y") are read too;
2. a verb of questioning with a person as its object ("La chaîne X a interrogé le ministre
   Y : « ... »"): the one questioned answers, unless the words end on a question mark;
3. an incise whose speaker is someone's relative or aide ("», a confié un proche de Y",
   "», a expliqué un collaborateur du ministre Y"): Y, named in the complement, is not the
   speaker ("un proche" is the adjective as a noun; "du ministre Y" a title in the complement);
4. a verb of addressing in the passive with an agent ("X a été interpellé par le député Y :
   « ... »"): the agent speaks, not the subject addressed;
5. a fronted passive participle the parser took for the subject ("Accusé par X d'avoir menti,
   le ministre Y a rétorqué"): the person after its comma, not the participle (a misc entity);
6. "le prévenu", "au prévenu": a noun after its article, not a form of "prévenir" (whose
   subject was made the speaker of the judge's question).
The sentences are written for this audit, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers


# 1. a text passed on by a medium, a body or a reader
@pytest.mark.parametrize(("text", "speakers"), [
    ("BORDEAUX (AFP). - Le journal Sud-Est Matin publie ce samedi une tribune de la sénatrice Odile "
     "Varenguet : « Les petites communes ne doivent pas disparaître de la carte. »", ["Odile Varenguet"]),
    ("MADRID (AFP). - La télévision publique a diffusé jeudi un message du dirigeant séparatiste Iñaki "
     "Berrondoa : « Nous n'abandonnerons jamais la lutte pour notre peuple. »", ["Iñaki Berrondoa"]),
    ("PARIS (AFP). - La fédération FO a transmis à la presse une déclaration de son secrétaire général "
     "Marcel Pradeloup : « Aucun accord ne sera signé sans une hausse des salaires. »", ["Marcel Pradeloup"]),
    ("ROME (Reuters). - Le quotidien La Voce publie une lettre ouverte de l'ancien juge Aldo Ferracuti : "
     "« La justice italienne a besoin d'une réforme profonde et rapide. »", ["Aldo Ferracuti"]),
    ("GRENOBLE. - Lors de l'hommage, le préfet Armand Cheyrolles a lu un message de la ministre Hélène "
     "Rastignac : « Le pays tout entier salue le courage de ces secouristes. »", ["Hélène Rastignac"]),
    ("BRUXELLES (AFP). - Le porte-parole Willem Boogaerts a rapporté les propos du commissaire Sven "
     "Lindholmer : « Le calendrier de l'élargissement ne sera pas modifié. »", ["Sven Lindholmer"]),
    # the author unnamed: nobody, not the medium
    ("PRISTINA (AFP). - L'agence Reuters a recueilli le témoignage d'un habitant du village : « Les "
     "hommes armés sont arrivés avant l'aube et ont tout brûlé. »", [None]),
    # pitfalls: the subject's own text, or a text with no author after it
    ("PARIS (AFP). - La CFTC a publié un communiqué : « Les négociations doivent reprendre sans attendre "
     "la fin de l'été. »", ["CFTC"]),
    ("LYON. - Le ministre Gilbert Chastagnier a publié une tribune dans la presse : « La ville doit "
     "redevenir un lieu de vie pour tous ses habitants. »", ["Gilbert Chastagnier"]),
])
def test_a_text_passed_on(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


# 2. a verb of questioning: the one questioned answers
@pytest.mark.parametrize(("text", "speakers"), [
    ("PARIS (AFP). - La chaîne France 3 a interrogé le ministre Bertrand Louvigny : « La croissance "
     "dépassera trois pour cent cette année. »", ["Bertrand Louvigny"]),
    ("BERLIN (Reuters). - La radio Deutschlandfunk a interrogé la ministre Ulrike Hammerschlag : « Nous "
     "tiendrons nos engagements envers les agriculteurs. »", ["Ulrike Hammerschlag"]),
    ("NANTES. - Le quotidien local a questionné l'entraîneur Yann Kerbouriou : « Mes joueurs ont manqué "
     "de lucidité en fin de match. »", ["Yann Kerbouriou"]),
    # pitfall: a question asked, the asker's words (here a person, the subject)
    ("ÉPINAL. - Le juge Rémi Valtorvaine a interrogé le prévenu Kevin Moutardier : « Pourquoi avez-vous "
     "pris la fuite ce soir-là ? »", ["Rémi Valtorvaine"]),
])
def test_the_one_questioned(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


# 3. a relative or an aide of the one named in the incise
@pytest.mark.parametrize(("text", "speakers"), [
    ("PARIS (AFP). - « Il est très affecté mais reste combatif », a confié un proche de l'ancien ministre "
     "Lucien Dartagnol.", [None]),
    ("PARIS (AFP). - « Elle ne briguera pas de nouveau mandat l'an prochain », a indiqué une proche de la "
     "députée Martine Quercival.", [None]),
    ("MADRID (AFP). - « Aucune décision n'a encore été prise sur ce dossier », a expliqué un collaborateur "
     "du ministre José Arranzabal.", [None]),
    ("LONDRES (Reuters). - « La rencontre aura lieu avant la fin du mois prochain », a affirmé un diplomate "
     "proche du Premier ministre Nigel Ashbrindle.", [None]),
    # already right on base: "l'avocat de X", "un ami de X", "selon un proche de X"
    ("PARIS (AFP). - « Mon client n'a jamais touché un centime », a affirmé l'avocat de Roland Fessenheim.",
     [None]),
    ("PARIS (AFP). - « Il n'a rien à se reprocher dans ce dossier », a assuré un ami de Gérard Lonvillers.",
     [None]),
    # pitfalls: the title with its own name keeps its speaker
    ("ROME (AFP). - « Nous ne paierons aucune rançon », a déclaré le porte-parole du gouvernement, "
     "Ricardo Pennavaria.", ["Ricardo Pennavaria"]),
    ("PARIS (AFP). - « Le texte sera voté avant l'été », a affirmé le ministre de l'Intérieur Jean-Loup "
     "Vaurigny.", ["Jean-Loup Vaurigny"]),
    ("PARIS (AFP). - « Il est très affecté mais reste combatif », a confié Lucien Dartagnol à un proche.",
     ["Lucien Dartagnol"]),
])
def test_a_relative_or_an_aide(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


# 4. a verb of addressing in the passive: its agent speaks
@pytest.mark.parametrize(("text", "speakers"), [
    ("PARIS (AFP). - Le ministre Didier Montgarnier a été interpellé par le député Hervé Lachambre : « Vous "
     "abandonnez les agriculteurs de nos régions. »", ["Hervé Lachambre"]),
    ("MADRID (AFP). - La ministre Carmen Olazabal a été prise à partie par l'opposant Jordi Vallbona : "
     "« Votre gouvernement a menti aux familles des victimes. »", ["Jordi Vallbona"]),
    ("STRASBOURG. - Le commissaire a été apostrophé par l'eurodéputée Brigitte Hollerbach : « Vous n'avez "
     "rien fait pour les pêcheurs depuis deux ans. »", ["Brigitte Hollerbach"]),
    ("ROME (AFP). - Le président du Conseil Renato Albarelli a été félicité par le maire de Naples, Enzo "
     "Caputano : « Vous avez tenu toutes vos promesses envers notre ville. »", ["Enzo Caputano"]),
    # an agent unnamed: nobody, not the subject
    ("PARIS (AFP). - Le ministre Didier Montgarnier a été interpellé par un manifestant : « Vous abandonnez "
     "les agriculteurs de nos régions. »", [None]),
    # pitfalls: the subject's own words after a passive of another kind
    ("PARIS (AFP). - Le ministre Didier Montgarnier a été cité par le journal : « Je ne céderai pas sur ce "
     "texte avant les élections. »", ["Didier Montgarnier"]),
    ("NANCY. - Gisèle Ravenot a été élue présidente de l'association par le conseil : « Nous allons "
     "relancer les activités pour les jeunes du quartier. »", ["Gisèle Ravenot"]),
])
def test_addressed_in_the_passive(extract: Callable[..., dict], text: str,
                                  speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


# 5. a fronted passive participle the parser takes for the subject ("Accusé par X d'avoir menti,
# le ministre Y a rétorqué"): the person named after its comma, never the participle itself
@pytest.mark.parametrize(("text", "speakers"), [
    ("PARIS (AFP). - Accusé par Alain Mazerolle d'avoir menti, le ministre Lucien Forvallec a rétorqué : "
     "« Je n'ai de leçon à recevoir de personne dans cette enceinte. »", ["Lucien Forvallec"]),
    ("ROME (AFP). - Soupçonné par Gianni Lobardi d'avoir caché des fonds, le sénateur Piero Casaletti a "
     "déclaré : « Mes comptes sont à la disposition de la justice. »", ["Piero Casaletti"]),
    # already right on base: the parser finds the subject
    ("PARIS (AFP). - Attaquée par la députée Ginette Rousselin, la ministre Paule Herbelin a répliqué : "
     "« Je n'ai de leçon à recevoir de personne ici. »", ["Paule Herbelin"]),
    ("LILLE. - Salué par le public, l'entraîneur Roger Vauclaire a déclaré : « Cette victoire appartient "
     "à tous les supporters du club. »", ["Roger Vauclaire"]),
])
def test_a_fronted_participle(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


# 6. "le prévenu", "la prévenue": a noun with its article, not a form of "prévenir"
@pytest.mark.parametrize(("text", "speakers"), [
    ("ÉPINAL. - Le juge Rémi Valtorvaine a interrogé le prévenu Kevin Moutardier : « Pourquoi avez-vous "
     "pris la fuite ce soir-là ? »", ["Rémi Valtorvaine"]),
    ("METZ. - La présidente Annick Solveyrac a demandé à la prévenue Sonia Karbalik : « Que faisiez-vous "
     "devant ce magasin à deux heures du matin ? »", ["Annick Solveyrac"]),
    ("VERDUN. - Le procureur Marc Ollivrain a lancé au prévenu Jordan Pessaulx : « Vous n'avez jamais "
     "exprimé le moindre regret pour la victime. »", ["Marc Ollivrain"]),
    # pitfall: the verb "prévenir" still says
    ("NANCY. - Le maire Henri Cossonnet a prévenu les habitants : « Les travaux dureront au moins jusqu'à "
     "la fin de l'année. »", ["Henri Cossonnet"]),
])
def test_the_defendant_noun(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers
