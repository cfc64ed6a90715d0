"""Quotations of the generality audit, round 12b (issue 13): classes of French that failed on
fresh sentences. A quotation fragment in a clause whose subject is "il" or "elle" taking up
the person named in the sentence before ("Il s'est engagé à reprendre « ... »", the parser
reading the pronoun as impersonal; "Elle s'est montrée inquiète pour « ... »", a verb of
stance); a former office after the quotation ("», a déclaré l'ancien maire") or a trade as the
subject of the clause holding a fragment ("Le syndicaliste redoute « ... »") taking up the
one person named just before; a title, its charge between commas, then the name ("Le
premier adjoint, chargé des travaux, X, ..."); a noun naming the words just quoted as
someone's in the sentence right after them ("« ... » Le constat de X, ..."). One row per
sentence, then the pitfalls where the speaker is someone else or nobody, and rows that
worked before and must go on working. All names are invented."""

from collections.abc import Callable

import pytest

from conftest import role_triples
from test_quotes import facts_of

# 1. a subject pronoun of the clause that holds the quotation: the one named just before
PRONOUN = [
    ("Face à la presse, à Larissa, M. Lavrentis a revendiqué une large victoire. Il s'est aussi "
     "engagé à reprendre « les négociations salariales, sans toucher aux retraites ».",
     [("Lavrentis", "les négociations salariales,", "verb_before")]),
    ("Le ministre Aurélien Castagnolle a visité la centrale. Il s'est aussi engagé à "
     "poursuivre « la modernisation du parc, sans fermer un seul site ».",
     [("Aurélien Castagnolle", "la modernisation du", "verb_before")]),
    ("Le maire, Bastien Corvézin, a présenté ses vœux. Il s'est par ailleurs inquiété de « la "
     "baisse des dotations de l'État ».",
     [("Bastien Corvézin", "la baisse des", "verb_before")]),
    # a verb of stance ("se montrer") with the pronoun
    ("L'entraîneur, Yannick Ferrandou, a félicité ses joueurs. Il s'est toutefois montré inquiet "
     "pour « la fin de saison, avec trois matchs en une semaine ».",
     [("Yannick Ferrandou", "la fin de", "verb_before")]),
    ("La sénatrice Apolline Verdonnet a visité la maternité de Brioude. Elle s'est montrée "
     "inquiète pour « l'avenir des petits services d'urgence de montagne ».",
     [("Apolline Verdonnet", "l'avenir des petits", "verb_before")]),
    # a pronominal verb's "être" the parser reads as a passive's
    ("La sénatrice Apolline Verdonnet a visité la maternité de Brioude. Elle s'est par ailleurs "
     "inquiétée de « la fermeture annoncée du service de nuit ».",
     [("Apolline Verdonnet", "la fermeture annoncée", "verb_before")]),
    # a future, an incise inside the clause
    ("Le candidat Teodor Valescu a tenu meeting à Cluj. Il s'engagera, a-t-il promis, à défendre "
     "« une justice indépendante et un État de droit ».",
     [("Teodor Valescu", "une justice indépendante", "verb_before")]),
]

# 2. a description that tells something new of the person named just before: a former office
# after the quotation; a trade as the subject of the clause that holds a fragment
DESCRIPTION = [
    ("Devancé de 212 voix, M. Guérandel, candidat sans étiquette, a félicité la nouvelle équipe. "
     "« Je resterai un élu vigilant, sans esprit de revanche, pendant six ans », a assuré l'ancien "
     "maire, qui conserve un siège au conseil communautaire.",
     [("Guérandel", "Je resterai un", "incise")]),
    ("Battu dimanche, M. Pradelou a félicité son adversaire. « Je ne regrette rien de ces "
     "dix-huit années au service de la commune », a confié l'ancien maire.",
     [("Pradelou", "Je ne regrette", "incise")]),
    ("Mme Courtadon quitte la vie politique après quarante ans de mandats. « J'ai toujours "
     "préféré le terrain aux cabinets ministériels », a souri l'ancienne ministre.",
     [("Courtadon", "J'ai toujours préféré", "incise")]),
    ("« On nous demande des sacrifices pendant que les actionnaires se servent », s'emporte Farid "
     "Benchérif, délégué syndical FO. D'après lui, le site reste rentable. Le syndicaliste craint "
     "un plan social « dès le printemps, sans la moindre négociation ».",
     [("Farid Benchérif", "On nous demande", "incise"),
      ("Farid Benchérif", "dès le printemps,", "verb_before")]),
    ("« Le carnet de commandes est plein, mais la direction veut délocaliser », s'indigne Farid "
     "Benchérif, délégué syndical FO. Le syndicaliste dénonce « une fermeture programmée de "
     "longue date ».",
     [("Farid Benchérif", "Le carnet de", "incise"),
      ("Farid Benchérif", "une fermeture programmée", "verb_before")]),
    # a trade or a former office as the subject, with a verb of stance
    ("« Il n'est pas tombé une goutte depuis trois mois », explique Corinne Abadiou. "
     "L'agricultrice se montre inquiète pour « la prochaine récolte, déjà compromise par le gel ».",
     [("Corinne Abadiou", "Il n'est pas", "incise"),
      ("Corinne Abadiou", "la prochaine récolte,", "verb_before")]),
    ("« Nous avons perdu la moitié de la récolte en une nuit », raconte Mathis Lestradou. Le "
     "vigneron redoute « une saison blanche pour toute l'appellation ».",
     [("Mathis Lestradou", "Nous avons perdu", "incise"),
      ("Mathis Lestradou", "une saison blanche", "verb_before")]),
    ("Battu dimanche, M. Pradelou a félicité son adversaire. L'ancien maire se dit « fier du "
     "travail accompli pendant dix-huit ans ».",
     [("Pradelou", "fier du travail", "verb_before")]),
    ("Battue dimanche, Mme Courtadon a félicité son adversaire. L'ancienne maire redoute « un "
     "virage brutal dans la gestion des écoles de la commune ».",
     [("Courtadon", "un virage brutal", "verb_before")]),
    # a trade after the quotation, the text giving the person a title of that trade's kind
    ("« Le carnet de commandes est plein, mais la direction veut délocaliser », s'indigne Farid "
     "Benchérif, délégué syndical FO. « Nous irons jusqu'au bout de ce combat pour les salariés », "
     "prévient le syndicaliste.",
     [("Farid Benchérif", "Le carnet de", "incise"), ("Farid Benchérif", "Nous irons jusqu'au", "incise")]),
]

# 3. a title, its charge between commas, then the name
CHARGE = [
    ("À l'hôtel de ville, la prudence reste de mise. Le premier adjoint, chargé des travaux, "
     "Lucien Wendlacher, admet que le chantier a pris du retard. « La piscine ne rouvrira pas "
     "avant l'automne », a-t-il reconnu.",
     [("Lucien Wendlacher", "La piscine ne", "incise")],
     ("Lucien Wendlacher", "premier adjoint chargé des travaux", None)),
    ("La vice-présidente, chargée de la culture, Anne-Sophie Kerlann, a présenté le programme. "
     "« Nous voulons des spectacles dans chaque village du canton », a-t-elle expliqué.",
     [("Anne-Sophie Kerlann", "Nous voulons des", "incise")],
     ("Anne-Sophie Kerlann", "vice-présidente chargée de la culture", None)),
    ("L'adjoint au maire, chargé des sports, Thierry Balandras, a remis les coupes. « Ces jeunes "
     "ont montré un bel esprit d'équipe toute la saison », a-t-il souligné.",
     [("Thierry Balandras", "Ces jeunes ont", "incise")],
     ("Thierry Balandras", "adjoint au maire chargé des sports", None)),
    ("Le conseiller municipal, chargé de l'urbanisme, Gilles Ormesson, défend le projet. « Ce "
     "quartier attend une salle digne de ce nom depuis trop longtemps », a-t-il rappelé.",
     [("Gilles Ormesson", "Ce quartier attend", "incise")],
     ("Gilles Ormesson", "conseiller municipal chargé de l'urbanisme", None)),
]

# 4. a noun naming the words just quoted as someone's, right after them
ECHO = [
    ("« Nos effectifs fondent d'année en année, faute de relève chez les moins de trente ans. » "
     "Le constat d'Hélène Marchadour, présidente du Cercle des randonneurs de Morestel, a ouvert "
     "la réunion annuelle.",
     [("Hélène Marchadour", "Nos effectifs fondent", "cleft")]),
    ("« La forêt brûle chaque été un peu plus tôt, il faut agir maintenant. » Le cri d'alarme de "
     "Julien Salvetat, garde forestier depuis trente ans, résonne dans toute la vallée.",
     [("Julien Salvetat", "La forêt brûle", "cleft")]),
    ("« Nous ne fermerons aucune classe à la rentrée prochaine. » Le message de Ghislaine "
     "Lecoquet, inspectrice d'académie, a rassuré les parents.",
     [("Ghislaine Lecoquet", "Nous ne fermerons", "cleft")]),
    ("« Je ne me représenterai pas aux prochaines élections municipales. » L'aveu de Roger "
     "Tessandier a surpris tout le conseil.",
     [("Roger Tessandier", "Je ne me", "cleft")]),
    ("« Ne laissez jamais vos clés sur le contact, même pour deux minutes. »\nL'avertissement de "
     "la commandante Inès Moréac-Vidal s'adresse d'abord aux commerçants.",
     [("Inès Moréac-Vidal", "Ne laissez jamais", "cleft")]),
]

PITFALLS = [
    # class 1: a pronoun that may stand for a thing, two people, the other gender, an impersonal "il"
    ("La salle des fêtes a été entièrement rénovée. Elle se veut désormais « un lieu ouvert à "
     "toutes les associations du village ».",
     []),
    ("Paul Lagraulet et Jean Serbonnet ont signé l'accord. Il s'est montré confiant pour « la "
     "suite des négociations avec les syndicats ».",
     []),
    ("La présidente, Lucie Vialaret, a ouvert la réunion. Il s'est montré confiant pour « la suite "
     "des négociations avec les syndicats ».",
     []),
    ("Le maire, Bastien Corvézin, a présenté ses vœux. Il reste à trouver « une solution pour le "
     "transport scolaire des enfants ».",
     []),
    # class 2: someone holds that office, two people, the other gender, an office with its
    # complement (someone the text may never have named), the paragraph before
    ("Le maire, Paul Fontvieille, a inauguré la salle. « Ce bâtiment a coûté deux fois trop cher à "
     "la commune », a rappelé l'ancien maire.",
     [(None, "Ce bâtiment a", "none")]),
    ("M. Pradelou et M. Castéran ont débattu mardi soir. « Je ne regrette rien de ces dix-huit "
     "années au service de la commune », a confié l'ancien maire.",
     [(None, "Je ne regrette", "none")]),
    ("Mme Courtadon a reçu les agriculteurs. « Nous avons trop longtemps ignoré les campagnes », "
     "a reconnu l'ancien ministre.",
     [(None, "Nous avons trop", "none")]),
    ("M. Pradelou a présenté sa liste. « Cette liste ne ressemble à rien de ce qu'on a connu », a "
     "ironisé l'ancien ministre de l'Intérieur.",
     [(None, "Cette liste ne", "none")]),
    ("M. Pradelou a présenté sa liste.\n\nLa salle était comble. « Je ne regrette rien de ces "
     "dix-huit années au service de la commune », a confié l'ancien maire.",
     [(None, "Je ne regrette", "none")]),
    # a trade as subject: two people, another title given, the other gender
    ("Corinne Abadiou et Sophie Lartigau ont témoigné. L'agricultrice craint « une nouvelle "
     "sécheresse dès le mois de juin ».",
     []),
    ("Le maire, Paul Fontvieille, a reçu les exploitants. L'agriculteur dénonce « des prix "
     "d'achat qui ne couvrent plus les coûts ».",
     [(None, "des prix d'achat", "none")]),
    ("« Il n'est pas tombé une goutte depuis trois mois », explique Corinne Abadiou. Le "
     "syndicaliste craint « une fermeture programmée de longue date ».",
     [("Corinne Abadiou", "Il n'est pas", "incise")]),
    # class 4: an answer's noun (the words that follow are the answer), an incise before, no
    # one named after "de"
    ("« Nous ne fermerons aucune classe à la rentrée prochaine. » La réponse de Ghislaine "
     "Lecoquet ne s'est pas fait attendre.",
     [(None, "Nous ne fermerons", "none")]),
    ("« Nous ne fermerons aucune classe à la rentrée prochaine », a assuré Paul Fontvieille. Le "
     "constat de Ghislaine Lecoquet est tout autre.",
     [("Paul Fontvieille", "Nous ne fermerons", "incise")]),
    ("« Nous ne fermerons aucune classe à la rentrée prochaine. » Le message des parents "
     "d'élèves est clair.",
     [(None, "Nous ne fermerons", "none")]),
]


# rows that worked before this round and must go on working
STILL = [
    ("Invité du congrès, Gérald Montsalvy a longuement parlé d'Europe. « Nos agriculteurs ne "
     "doivent pas être la variable d'ajustement des traités », a lancé l'ex-président.",
     [("Gérald Montsalvy", "Nos agriculteurs ne", "incise")]),
    ("« Nous avons perdu la moitié de la récolte en une nuit », raconte Mathis Lestradou. "
     "Installé à Saint-Émilion depuis vingt ans, le vigneron réclame « des aides d'urgence avant "
     "les vendanges de septembre ».",
     [("Mathis Lestradou", "Nous avons perdu", "incise"),
      ("Mathis Lestradou", "des aides d'urgence", "verb_before")]),
    ("« Il n'est pas tombé une goutte depuis trois mois », explique Corinne Abadiou. "
     "L'agricultrice craint « une nouvelle sécheresse dès le mois de juin ».",
     [("Corinne Abadiou", "Il n'est pas", "incise"),
      ("Corinne Abadiou", "une nouvelle sécheresse", "verb_before")]),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN, ids=[str(i) for i in range(len(PRONOUN))])
def test_round12b_pronoun(extract: Callable[..., dict], text: str,
                          expected: list[tuple[str | None, str, str]]) -> None:
    assert facts_of(extract(text)) == expected


@pytest.mark.parametrize(("text", "expected"), DESCRIPTION, ids=[str(i) for i in range(len(DESCRIPTION))])
def test_round12b_description(extract: Callable[..., dict], text: str,
                              expected: list[tuple[str | None, str, str]]) -> None:
    assert facts_of(extract(text)) == expected


@pytest.mark.parametrize(("text", "expected", "role"), CHARGE, ids=[str(i) for i in range(len(CHARGE))])
def test_round12b_charge(extract: Callable[..., dict], text: str,
                         expected: list[tuple[str | None, str, str]], role: tuple[str, str, None]) -> None:
    out = extract(text)
    assert facts_of(out) == expected
    assert role in role_triples(out)


@pytest.mark.parametrize(("text", "expected"), ECHO, ids=[str(i) for i in range(len(ECHO))])
def test_round12b_echo(extract: Callable[..., dict], text: str,
                       expected: list[tuple[str | None, str, str]]) -> None:
    assert facts_of(extract(text)) == expected


@pytest.mark.parametrize(("text", "expected"), PITFALLS, ids=[str(i) for i in range(len(PITFALLS))])
def test_round12b_pitfalls(extract: Callable[..., dict], text: str,
                           expected: list[tuple[str | None, str, str]]) -> None:
    assert facts_of(extract(text)) == expected


@pytest.mark.parametrize(("text", "expected"), STILL, ids=[str(i) for i in range(len(STILL))])
def test_round12b_still(extract: Callable[..., dict], text: str,
                        expected: list[tuple[str | None, str, str]]) -> None:
    assert facts_of(extract(text)) == expected
