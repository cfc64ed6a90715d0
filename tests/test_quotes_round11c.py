"""Quotations of the generality audit, second pass (issue 13, round 11c): classes of French
that failed on fresh sentences written for the audit of Wikinews and regional articles.
A verb and the word it takes that together say ("a fait savoir que", "a laissé entendre
que", "a mis en garde contre"); "ce dernier" after the quotation ("», a répondu ce dernier");
a pronoun after a sentence about a named body ("La SNCF a reconnu ... « ... », a-t-elle
déclaré"); a title's holder in apposition the parser reads as a second subject; the text of
a body ("peut-on lire dans un communiqué de X"); thanks as words said ("Il a remercié les
bénévoles. « ... »"); a name or an epithet given by a named person ("le pape l'a nommée
« ... »", "l'a surnommé « ... »"). One row per sentence, then the pitfalls where the speaker
is someone else or nobody."""

from collections.abc import Callable

import pytest

from test_quotes import facts_of

SPEAKERS = [
    # a verb and the infinitive or noun it takes say together
    ("Michelin a fait savoir que « le site de Montredon ne fermera pas avant la fin de l'année "
     "prochaine ».",
     [("Michelin", "le site de", "verb_before")]),
    ("La Fédération française de cyclisme a fait savoir qu'elle « ne fera appel à aucun coureur "
     "suspendu cette saison ».",
     [("Fédération française de cyclisme", "ne fera appel", "verb_before")]),
    ("Le ministre Julio Ferreyra a laissé entendre que « de nouvelles mesures d'économie seront "
     "annoncées dès la rentrée ».",
     [("Julio Ferreyra", "de nouvelles mesures", "verb_before")]),
    ("La direction de Danone a fait valoir que « les salaires ont progressé plus vite que "
     "l'inflation depuis trois ans ».",
     [("Danone", "les salaires ont", "verb_before")]),
    ("L'Organisation mondiale de la santé a mis en garde contre « une propagation rapide du virus "
     "dans les pays voisins ».",
     [("Organisation mondiale de la santé", "une propagation rapide", "verb_before")]),
    ("Carmen Quintero a mis en garde les députés contre « toute tentation de revenir sur les "
     "acquis sociaux ».",
     [("Carmen Quintero", "toute tentation de", "verb_before")]),
    # "ce dernier" / "cette dernière" in the incise: the person named last
    ("Le journaliste a interrogé Paul Escudier sur ses projets. « Je ne me représenterai pas aux "
     "prochaines élections », a répondu ce dernier.",
     [("Paul Escudier", "Je ne me", "incise")]),
    ("La maire a rencontré Paul Escudier mardi. « Nous allons travailler ensemble sur ce dossier "
     "difficile », a indiqué ce dernier.",
     [("Paul Escudier", "Nous allons travailler", "incise")]),
    ("Le juge a entendu Marie Garrigue pendant trois heures. « Je n'ai rien à cacher à la justice "
     "de mon pays », a déclaré cette dernière.",
     [("Marie Garrigue", "Je n'ai rien", "incise")]),
    ("Paul Escudier, le maire du village, a reçu les pompiers. « Nous avons eu beaucoup de chance "
     "cette nuit », a déclaré ce dernier.",
     [("Paul Escudier", "Nous avons eu", "incise")]),
    # a pronoun after a sentence whose subject is a named body, no person named there
    ("Airbus a présenté mercredi ses résultats annuels. « Nous avons livré plus d'avions que "
     "jamais cette année », a-t-il affirmé.",
     [("Airbus", "Nous avons livré", "incise")]),
    ("La SNCF a reconnu des retards importants. « Nous présentons nos excuses à tous les voyageurs "
     "concernés », a-t-elle déclaré.",
     [("SNCF", "Nous présentons nos", "incise")]),
    ("Le groupe Danone a annoncé la fermeture de son usine. « Cette décision est douloureuse mais "
     "nécessaire pour l'avenir », a-t-il expliqué.",
     [("Danone", "Cette décision est", "incise")]),
    # thanks are words said: the quotation after them is the thanker's
    ("Le maire de Riom, Pierre Rispal, a inauguré samedi la nouvelle médiathèque.\nIl a ensuite "
     "remercié les bénévoles. « Sans eux, rien n'aurait été possible dans des délais aussi "
     "courts. »",
     [("Pierre Rispal", "Sans eux, rien", "verb_before")]),
    ("Le président du club, Marc Peyrusse, a pris la parole après la défaite.\nIl a remercié les "
     "supporters venus en nombre. « Vous avez été formidables jusqu'au bout, malgré le score. »",
     [("Marc Peyrusse", "Vous avez été", "verb_before")]),
    ("Le maire de Riom, Pierre Rispal, a inauguré samedi la nouvelle médiathèque.\nIl a remercié "
     "les bénévoles, « sans qui rien n'aurait été possible dans des délais aussi courts ».",
     [("Pierre Rispal", "sans qui rien", "verb_before")]),
    # a title, its complement, then the name in apposition ("L'avocate de X, Name,"): the
    # parser may read the name as a second subject; one verb in the singular, no "et": one
    ("L'avocate de Kevin, Mathilde Rouxel, a rappelé que son client n'avait jamais été condamné. "
     "« Il a agi sous la pression de ses camarades », plaide-t-elle devant les juges.",
     [("Mathilde Rouxel", "Il a agi", "incise")]),
    ("Le tribunal a jugé Kevin pour vol. L'avocate de Kevin, Mathilde Rouxel, a rappelé que son "
     "client n'avait jamais été condamné. « Il a agi sous la pression de ses camarades », "
     "souligne-t-elle.",
     [("Mathilde Rouxel", "Il a agi", "incise")]),
    ("L'avocat de Kevin, Louis Bourdeix, a rappelé que son client n'avait jamais été condamné. "
     "« Il a agi sous la pression de ses camarades », plaide-t-il.",
     [("Louis Bourdeix", "Il a agi", "incise")]),
    # the text of a body read or said where ("peut-on lire dans un communiqué de X", "a réagi
    # dans un communiqué X", "indique-t-on du côté de X")
    ("« La sécurité des passagers n'a jamais été menacée pendant l'incident », peut-on lire dans "
     "un communiqué d'Airbus.",
     [("Airbus", "La sécurité des", "incise")]),
    ("« La grève sera reconduite jusqu'à la fin de la semaine », lit-on dans un message du "
     "syndicat Sud Rail.",
     [("Sud Rail", "La grève sera", "incise")]),
    ("« L'enquête devra établir toutes les responsabilités dans ce drame », a réagi dans un "
     "communiqué l'association Oxfam.",
     [("Oxfam", "L'enquête devra établir", "incise")]),
    ("« Le barrage ne présente aucun risque pour les riverains », indique-t-on du côté d'Enedis.",
     [("Enedis", "Le barrage ne", "incise")]),
    # a body's name alone before a colon, as a person's is
    ("Europol : « Les réseaux de passeurs se sont déplacés vers la Méditerranée centrale cette "
     "année. »",
     [("Europol", "Les réseaux de", "colon")]),
    ("La SNCF : « Nous présentons nos excuses à tous les voyageurs concernés par ces retards. »",
     [("SNCF", "Nous présentons nos", "colon")]),
    # a name or an epithet given by a named person
    ("Le pape Léon XIII l'a nommée « protectrice des marins et des pêcheurs du monde entier ».",
     [("Léon XIII", "protectrice des marins", "verb_before")]),
    ("Le maire Gilles Pélissier l'a surnommé « le meilleur boulanger de toute la vallée du Lot ».",
     [("Gilles Pélissier", "le meilleur boulanger", "verb_before")]),
    ("L'évêque Jean Bonnafous a désigné la chapelle comme « le cœur spirituel de tout le diocèse "
     "depuis des siècles ».",
     [("Jean Bonnafous", "le cœur spirituel", "verb_before")]),
    ("Le pape Benoît XV avait nommé saint Christophe « patron de tous les automobilistes et des "
     "voyageurs ».",
     [("Benoît XV", "patron de tous", "verb_before")]),
]

PITFALLS = [
    # "ce dernier" after a body or a title named since the person: not that person, and not
    # the speaker of the sentence before either
    ("Paul Escudier a écrit au ministère de l'Agriculture. « Aucune aide ne sera versée avant le "
     "mois de juin », a répondu ce dernier.",
     [(None, "Aucune aide ne", "none")]),
    ("Paul Escudier a interpellé le préfet pendant la séance. « Les services de l'État font tout "
     "ce qu'ils peuvent », a répondu ce dernier.",
     [(None, "Les services de", "none")]),
    # the one named last is the one "ce dernier" stands for
    ("Le tribunal a entendu Marie Garrigue puis Hugo Mazerolles. « Je ne connaissais pas la "
     "victime avant ce soir-là », a assuré ce dernier.",
     [("Hugo Mazerolles", "Je ne connaissais", "incise")]),
    # a body said "je": not the body; a person named with the body: the person
    ("La CGT a appelé à la grève. « Je ne vois pas d'autre solution pour être entendu », a-t-elle "
     "lancé.",
     [(None, "Je ne vois", "none")]),
    ("Renault a licencié Paul Escudier en mars. « Je ne comprends toujours pas cette décision "
     "injuste », a-t-il déclaré.",
     [("Paul Escudier", "Je ne comprends", "incise")]),
    # three people coordinated, or a title and another's: which one said it?
    ("Paul Escudier, Hugo Mazerolles et Marie Garrigue ont visité le chantier. « Les travaux "
     "avancent plus vite que prévu », a-t-il affirmé.",
     [(None, "Les travaux avancent", "none")]),
    ("Le maire et son adjoint, Paul Escudier, ont visité le chantier. « Les travaux avancent plus "
     "vite que prévu », a-t-il affirmé.",
     [(None, "Les travaux avancent", "none")]),
    # a medium read is not the speaker
    ("« Le gouvernement a perdu toute crédibilité sur ce dossier », peut-on lire dans le quotidien "
     "Libération.",
     [(None, "Le gouvernement a", "none")]),
    # a name given in the passive, or "savoir" alone: nobody's words
    ("Le nouveau navire a été baptisé « la fierté de tout le port de Sète ».", []),
    ("Une rue du centre-ville a été nommée « allée des Justes parmi les Nations ».", []),
    ("Chacun sait que « la patience est la mère de toutes les vertus ».",
     [(None, "la patience est", "none")]),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKERS, ids=[str(i) for i in range(len(SPEAKERS))])
def test_round11c_speakers(extract: Callable[..., dict], text: str,
                           expected: list[tuple[str | None, str, str]]) -> None:
    assert facts_of(extract(text)) == expected


@pytest.mark.parametrize(("text", "expected"), PITFALLS, ids=[str(i) for i in range(len(PITFALLS))])
def test_round11c_pitfalls(extract: Callable[..., dict], text: str,
                           expected: list[tuple[str | None, str, str]]) -> None:
    assert facts_of(extract(text)) == expected
