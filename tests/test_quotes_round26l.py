"""Quotes whose speaker the sentence around gives (round 26l): a name set in apposition after
the complement of a noun that names no one.

Class fixed (titled_complement, used by np_speaker for every subject noun phrase): in "La mort
de son oncle, Marcel Ambrosi, a tout décidé" the parser hangs the name on "mort"; a noun for
an event or a thing cannot be the name in apposition, so the name is the complement's (the
uncle), not what the subject phrase names; nor the opening phrase of the sentence whose
verb it is (opening_subject_verb). The sentence's subject is then nobody, and a
portrait's dialogue line or a bare quotation after it is not the uncle's words.
Class fixed (headline, plain_interviewee): a headline's quotation over an interview laid out in
plain paragraphs (question paragraphs ending with "?", each answered by the next, no marks) is
the words of the one person the lead names.
Guards: a noun for a person as the head keeps the name ("Le fils de l'ancien maire, X,"), a
title with a long complement keeps it too, and a plain subject still speaks.
The sentences are written for this audit, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers

PORTRAIT = ("Une fromagère dans la vallée\n\nÀ l'aube, Maëlle Orsatelli est déjà dans la bergerie.\n\n"
            "— On croit que ce métier est paisible, plaisante-t-elle. En réalité, il ne laisse "
            "aucun répit.\n\n"
            "{SENT}\n\n— Il fallait bien que quelqu'un garde le troupeau. Je suis arrivée pour deux "
            "semaines et je suis restée.\n")


@pytest.mark.parametrize(("text", "speakers"), [
    # a death: the relative named after the kin noun
    (PORTRAIT.format(SENT="La disparition de son oncle, Dumé Orsatelli, berger respecté du canton, a tout "
                          "bouleversé."), ["Maëlle Orsatelli", "Maëlle Orsatelli"]),
    # a departure, the kin noun after an adjective
    (PORTRAIT.format(SENT="Le départ de son vieux voisin, Antoine Casabianca, ancien maçon du hameau, a "
                          "tout changé."), ["Maëlle Orsatelli", "Maëlle Orsatelli"]),
    # a death, a woman of the family
    (PORTRAIT.format(SENT="La mort de sa tante, Ghjulia Santoni, dernière bergère de la commune, a "
                          "précipité les choses."), ["Maëlle Orsatelli", "Maëlle Orsatelli"]),
    # a bare quotation after such a sentence: not the relative's words (none rather than him)
    ("Une fromagère dans la vallée\n\nMaëlle Orsatelli est bergère à Piedalba depuis six ans. Le décès "
     "de son père, Paul Orsatelli, figure du canton, a tout changé. « Il fallait bien que je reprenne le "
     "troupeau, je ne regrette rien. »\n", [None]),
])
def test_name_after_a_complement_of_a_thing(extract: Callable[..., dict], text: str,
                                              speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # a noun for a person as the head: the name is that person's
    ("Fête du village\n\nLe fils de l'ancien maire, Thibaut Lorcerie, a pris la parole : « Mon père "
     "aurait aimé voir cette place rénovée. »", ["Thibaut Lorcerie"]),
    # a title with a long complement
    ("Assemblée générale\n\nLe président de l'association des amis du moulin, Gérard Vaissette, a "
     "déclaré : « Nous avons enfin trouvé de quoi refaire la roue. »", ["Gérard Vaissette"]),
    # the person as the plain subject before a bare quotation
    ("Portrait\n\nRoseline Aubertin tient la mercerie depuis trente ans. Elle ne compte pas fermer. "
     "« Je resterai derrière mon comptoir tant que mes jambes me porteront. »", ["Roseline Aubertin"]),
    # the victim of an accident named after its complement: still the speaker
    ("Accident de la route\n\nLa victime de la collision, Sandrine Peyrelade, a témoigné : « Le camion "
     "a surgi sans ralentir au carrefour. »", ["Sandrine Peyrelade"]),
    # a metaphor for a person as the head: the name is the head's
    ("Conseil municipal\n\nLe bras droit du maire, Corentin Abgruel, a assuré : « Le budget de la "
     "piscine sera voté avant l'été. »", ["Corentin Abgruel"]),
    # a fronted phrase closed by its comma, the name the subject
    ("Conseil municipal\n\nLors de la visite du préfet, Corentin Abgruel a déclaré : « Nous attendons "
     "les crédits promis depuis deux ans. »", ["Corentin Abgruel"]),
    # the complement in the plural: the name is the head's
    ("Municipales\n\nLa tête de liste des écologistes, Nolwenn Le Bihan, a lancé : « Nous ferons de "
     "la gare un vrai pôle de transport. »", ["Nolwenn Le Bihan"]),
])
def test_guards(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


INTERVIEW = ("Vendanges : « {Q} »\n\n{LEAD}\n\n"
             "La récolte s'annonce-t-elle bonne ?\n\nElle sera petite mais belle. Le gel d'avril a touché "
             "les coteaux exposés au nord, le reste a bien tenu.\n\n"
             "Les prix vont-ils suivre ?\n\nJe l'espère. Les négociants parlent déjà de baisse, ce serait "
             "une erreur après trois années difficiles.\n")
HEADLINE_Q = "Nous ne vendrons pas nos raisins au rabais"


@pytest.mark.parametrize(("lead", "speakers"), [
    # the name, then the title
    ("Didier Laborderie, président du syndicat viticole de Saint-Aurèle, répond à la veille des premières "
     "coupes.", ["Didier Laborderie"]),
    # the title, then the name, a time phrase first
    ("À quelques jours des vendanges, le président du syndicat viticole, Didier Laborderie, fait le point "
     "sur la saison.", ["Didier Laborderie"]),
    # guard: the lead names two people, who answers is not said
    ("Didier Laborderie et Solène Marcassus, vignerons à Saint-Aurèle, font le point sur la saison.", [None]),
])
def test_headline_over_a_plain_interview(extract: Callable[..., dict], lead: str,
                                         speakers: list[str | None]) -> None:
    assert _speakers(extract(INTERVIEW.format(Q=HEADLINE_Q, LEAD=lead))) == speakers


def test_headline_over_a_report_stays_unattributed(extract: Callable[..., dict]) -> None:
    # no exchange of questions under the headline: a report, the headline's words no one's
    text = ("Vendanges : « Nous ne vendrons pas nos raisins au rabais »\n\nDidier Laborderie, président "
            "du syndicat viticole de Saint-Aurèle, a réuni les producteurs mardi.\n\nLa récolte s'annonce "
            "petite. Le gel d'avril a touché les coteaux exposés au nord.\n\nLes négociants parlent déjà "
            "de baisse des prix.\n")
    assert _speakers(extract(text)) == [None]
