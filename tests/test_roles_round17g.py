"""Roles whose body the title implies, named elsewhere in the document (issue 12, round 17g).

Sentences written for this audit, with invented names. Two classes of French news writing:
a title that names the one institution it is held in without spelling it ("le pape" in the
Église catholique, "la députée européenne" in the Parlement européen), held there when the
story names that institution; and a possessive title in the incise after a quotation ("« ... »,
a affirmé son porte-parole, X"), whose owner is the body the sentence before the quotation
is about. The pitfall tables hold what must not change: a wrong `of` is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import held_of as _held
from conftest import role_triples as _roles


# ---------------------------------------------------------------- a title that implies its institution
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("L'Église catholique prépare le voyage. Le pape Clément XV se rendra à Jérusalem la semaine "
     "prochaine.", "Clément XV", "pape", "Église catholique"),
    ("Le pape Clément XV a reçu hier le président ivoirien. Le Saint-Siège a publié un communiqué.",
     "Clément XV", "pape", "Saint-Siège"),
    ("Le Parlement européen a adopté hier le texte. La députée européenne Solange Merviel a voté contre.",
     "Solange Merviel", "députée européenne", "Parlement européen"),
    ("Le Parlement européen examine la directive sur l'eau. « Ce texte est un progrès », estime Gérald "
     "Tourvin, député européen des Verts.", "Gérald Tourvin", "député européen", "Parlement européen"),
    ("L'eurodéputé Fabrice Ollandier a visité l'usine d'Épinal. Il siège au Parlement européen depuis "
     "1994.", "Fabrice Ollandier", "eurodéputé", "Parlement européen"),
    ("Le Parlement européen siège à Strasbourg. L'ancien député européen Marc Vallandier a salué ce "
     "compromis.", "Marc Vallandier", "ancien député européen", "Parlement européen"),
    ("L'Église catholique a béatifié hier une religieuse polonaise. Le cardinal Aurelio Bestani a lu "
     "le décret.", "Aurelio Bestani", "cardinal", "Église catholique"),
])
def test_a_title_held_in_the_institution_it_implies(extract: Callable[..., dict], text: str, person: str,
                                                   role: str, of: str) -> None:
    assert (person, role, of) in _roles(extract(text))


@pytest.mark.parametrize(("text", "person", "title"), [
    # the institution is not named: no body at all (the party is an affiliation)
    ("Le Parti socialiste réunit ses élus. La députée européenne Claire Boiteux a présenté son rapport.",
     "Claire Boiteux", "députée européenne"),
    ("Jean Vaubourdin, député européen, était hier à Remiremont. Il a rencontré les élus du canton.",
     "Jean Vaubourdin", "député européen"),
    # a cardinal and a pope with no church, no see named
    ("Le cardinal Amédée Rosselin a visité hier la cathédrale de Toul.", "Amédée Rosselin", "cardinal"),
    # a cardinal who is a diocese's archbishop is not held in the Vatican that acts in the story
    ("Le cardinal Lucien Armagnat, archevêque de Lyon, a ouvert le synode. Le Vatican a salué "
     "l'initiative.", "Lucien Armagnat", "cardinal"),
])
def test_no_implied_institution_when_the_story_does_not_name_it(extract: Callable[..., dict], text: str,
                                                               person: str, title: str) -> None:
    assert _held(_roles(extract(text)), person, title) in ([None], [])


# ---------------------------------------------------------------- "« ... », a affirmé son porte-parole, X"
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Le texte a été approuvé, selon l'Union des patriotes.\n\nLe Mouvement pour la renaissance a "
     "dénoncé des fraudes. « Nous avons reçu des dizaines de plaintes venues de tout le pays », a "
     "affirmé son porte-parole, Tidiane Koulibo, lors d'une conférence de presse.",
     "Tidiane Koulibo", "porte-parole", "Mouvement pour la renaissance"),
    ("Le Front populaire a remporté le scrutin, selon la Ligue électorale. Le Rassemblement des "
     "démocrates a dénoncé des irrégularités. « Des centaines de plaintes nous sont parvenues des "
     "bureaux de vote », a affirmé son porte-parole, Moussa Kandeh.",
     "Moussa Kandeh", "porte-parole", "Rassemblement des démocrates"),
    ("La Ligue des droits a publié un rapport. Le Collectif des familles a dénoncé des disparitions. "
     "« Nous avons recensé des dizaines de cas depuis le mois de janvier », a affirmé sa porte-parole, "
     "Awa Diallo-Sané.", "Awa Diallo-Sané", "porte-parole", "Collectif des familles"),
    ("Le Conseil national a voté la réforme. L'Union des enseignants a dénoncé le texte. « Ce vote ne "
     "règle aucun des problèmes des écoles rurales », a estimé son secrétaire général, Hervé Lanthier.",
     "Hervé Lanthier", "secrétaire général", "Union des enseignants"),
    ("La préfecture a fermé le camp mardi. Le Comité Solidarité Balkans a dénoncé cette décision. "
     "« Ces familles n'ont nulle part où aller cet hiver, personne ne les accueille », a lancé sa "
     "responsable, Vesna Dragović.", "Vesna Dragović", "responsable", "Comité Solidarité Balkans"),
    ("La Fédération des pêcheurs a porté plainte contre la société Chimeval. « Nous ne laisserons pas "
     "mourir la rivière pour quelques emplois », a déclaré sa présidente, Odette Rambourg.",
     "Odette Rambourg", "présidente", "Fédération des pêcheurs"),
    ("L'Agence de l'eau a refusé la subvention. Le syndicat agricole Terre vivante réclame une aide. "
     "« Sans cet argent, nos fermes fermeront avant l'été prochain », a prévenu son délégué, "
     "Bastien Ruffier.", "Bastien Ruffier", "délégué", "Terre vivante"),
    ("Après la Croix-Rouge, l'Alliance des mères de Goma a lancé un appel. « Les enfants meurent "
     "chaque jour dans les camps du nord », a expliqué sa coordinatrice, Aminata Bakayoko.",
     "Aminata Bakayoko", "coordinatrice", "Alliance des mères de Goma"),
])
def test_a_possessive_in_the_incise_of_a_quotation(extract: Callable[..., dict], text: str, person: str,
                                                   role: str, of: str) -> None:
    assert (person, role, of) in _roles(extract(text))


@pytest.mark.parametrize(("text", "person", "title"), [
    # a person is the subject before the quotation: the title is that person's relation, no body's
    ("Le comité Entraide a organisé la fête. Le docteur Paul Marandet a ouvert la soirée. « Nous "
     "comptons sur tous les habitants du quartier », a ajouté son assistante, Lise Horvath.",
     "Lise Horvath", "assistante"),
    ("L'association Les Mésanges a tenu son assemblée. Marc Ferrandaz a pris la parole. « Le bilan "
     "est très bon pour cette année encore », a dit son adjoint, Léo Chastang.",
     "Léo Chastang", "adjoint"),
])
def test_no_body_for_a_person_s_relation_after_a_quotation(extract: Callable[..., dict], text: str,
                                                           person: str, title: str) -> None:
    assert _held(_roles(extract(text)), person, title) in ([None], [])
