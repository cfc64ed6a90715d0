"""Quotations inside the sentence of a named subject of stance or appeal, and quotations said by
coordinated subjects (issue 13, round 13t: generality audit).

Two classes of French news writing, each with sentences written for this audit (invented names):
a partial quotation that is no object of a verb of saying but an adverbial or the words of a
call inside the sentence of a named subject ("X a condamné « avec ... » la décision", "X a appelé
à voter pour Y « afin de ... »"), which is that subject's; and a quotation whose verb has two or
more coordinated named subjects ("X et Y ont salué « ... »"), one quote for each of them. The
pitfall tables hold what must not change: a wrong speaker is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers


# ---------------------------------------------------------------- a stance or a call, partly quoted
@pytest.mark.parametrize(("text", "speaker"), [
    ("La Confédération des artisans a condamné jeudi « de la façon la plus nette » la hausse des taxes "
     "sur le gazole.", "Confédération des artisans"),
    ("La ministre Corinne Valdérac a condamné « avec toute la force de la loi » l'attaque contre la mairie "
     "de Fougerolles.", "Corinne Valdérac"),
    ("Le Parti radical a condamné sans réserve « une violence qui n'a pas sa place dans notre "
     "démocratie ».", "Parti radical"),
    ("Le maire Gilles Tramazou a appelé les habitants à rester chez eux « tant que la tempête ne sera "
     "pas passée ».", "Gilles Tramazou"),
    ("Mélanie Corbasson a appelé ses électeurs à voter pour le candidat socialiste « pour empêcher "
     "l'extrême droite de gagner ».", "Mélanie Corbasson"),
    ("Ophélie Marcassin a invité les jeunes à s'inscrire sur les listes « parce que chaque voix compte "
     "vraiment ».", "Ophélie Marcassin"),
])
def test_a_partial_quotation_in_a_named_subjects_stance(extract: Callable[..., dict], text: str,
                                                        speaker: str) -> None:
    assert _speakers(extract(text)) == [speaker]


@pytest.mark.parametrize(("text", "speakers"), [
    # a body named by a common noun only: nobody
    ("Le syndicat a condamné mardi « sans aucune ambiguïté possible » la décision de fermer la ligne.", []),
    # a court's sentence, not a saying: the charge is nobody's words
    ("Le tribunal correctionnel de Rodez a condamné Sylvain Parmentié pour « conduite sous l'emprise de "
     "stupéfiants et outrage ».", []),
    ("L'ancien maire Julien Sarrazac a été condamné en appel pour « prise illégale d'intérêts dans un "
     "marché public ».", []),
    # someone else's words the subject reports keep their speaker
    ("La sénatrice Odile Ramponneau a condamné les propos de Marc Escudéro, qui avait qualifié les "
     "grévistes de « profiteurs qui ruinent le pays ».", ["Marc Escudéro"]),
    # a name given, a title of a work or of an operation
    ("Dans le quartier, tout le monde l'appelle « le roi de la nuit parisienne ».", []),
    ("Le maire Gilles Tramazou a appelé les habitants à lire le roman « Les enfants du lac Noir sont "
     "revenus ».", []),
    ("Le général Bastien Kerbastiou a salué le succès de l'opération « Bouclier de la mer du Nord ».", []),
])
def test_no_stance_speaker_where_none_speaks(extract: Callable[..., dict], text: str,
                                             speakers: list[str]) -> None:
    assert _speakers(extract(text)) == speakers


# ---------------------------------------------------------------- coordinated subjects
@pytest.mark.parametrize(("text", "speakers"), [
    ("Le maire Bernard Castellac et la préfète Hélène Vaudremont ont appelé les riverains à « ne pas "
     "s'approcher des berges pendant la crue ».", ["Bernard Castellac", "Hélène Vaudremont"]),
    ("« Nous ne céderons rien sur les salaires des agents », ont déclaré Justine Folcarelli et Marius "
     "Berthoumieu à la sortie de la réunion.", ["Justine Folcarelli", "Marius Berthoumieu"]),
    ("La CFDT et Force ouvrière ont dénoncé jeudi « un passage en force du gouvernement sur les "
     "retraites ».", ["CFDT", "Force ouvrière"]),
    ("Noémie Astruc et Damien Leclerc-Vidal ont affirmé qu'ils voulaient « continuer le combat jusqu'au "
     "bout pour les familles ».", ["Noémie Astruc", "Damien Leclerc-Vidal"]),
    ("« Cette fermeture serait une catastrophe pour toute la vallée », estiment Josiane Plantevin et "
     "Raymond Cazalis.", ["Josiane Plantevin", "Raymond Cazalis"]),
    ("Le Secours populaire et la Croix-Rouge saluent « l'élan de générosité des habitants de "
     "Montbrison ».", ["Secours populaire", "Croix-Rouge"]),
    ("L'entraîneur Patrice Lhuillery et la capitaine Inès Dabrowska ont reconnu « un match très "
     "difficile à gérer mentalement ».", ["Patrice Lhuillery", "Inès Dabrowska"]),
])
def test_a_quotation_of_coordinated_subjects_is_each_ones(extract: Callable[..., dict], text: str,
                                                          speakers: list[str]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speaker"), [
    # a conjunct that is a description, not a name
    ("Le député Xavier Montrésor et son avocat ont dénoncé « une procédure menée entièrement à charge "
     "contre lui ».", "Xavier Montrésor"),
    ("L'association Escoulou Avenir et les usagers ont dénoncé « une dégradation continue du service "
     "depuis des années ».", "Escoulou Avenir"),
    # "avec": no coordination
    ("La ministre Agathe Pellerin, avec le maire Olivier Chaumeil, a salué « le travail remarquable des "
     "bénévoles de la commune ».", "Agathe Pellerin"),
    # coordinated objects, coordinated names elsewhere in the sentence
    ("La présidente Lucie Tarragnoz a salué Benoît Ferrandier et Claire Ostalier pour « leur engagement "
     "sans faille depuis dix ans ».", "Lucie Tarragnoz"),
    ("« Nous ne lâcherons rien face à la direction », a déclaré Romain Barthélémy, qui a rencontré Sophie "
     "Larrouyette et Yann Corvaisier.", "Romain Barthélémy"),
    ("Marc Delsol a déclaré, comme Aline Vergnolles et Jean Mourgue, que « la réforme ne passera pas "
     "cette fois ».", "Marc Delsol"),
])
def test_one_speaker_when_the_other_is_no_coordinated_name(extract: Callable[..., dict], text: str,
                                                           speaker: str) -> None:
    assert _speakers(extract(text)) == [speaker]
