"""Roles and their `of` by class of French construction (issue 12, round 15d: per-mechanism audit).

Two classes of local news, in sentences written for this audit with invented names:
- a bare office of a bureau ("Le trésorier, X, ...") is held in the body whose bureau the story
  named before ("Sa présidente, Y, ..." of the amicale), even when the story also names a
  school's head ("le proviseur du lycée Z"): a school's head heads no bureau;
- a school post ("La principale, X", "Y, professeur de mathématiques") is held in the one school
  the story is about, the first organization it names, even paragraphs before the post.
The pitfall tables hold what must not change: a wrong `of` is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import held_of as _held
from conftest import role_triples as _roles


# ---------------------------------------------------------------- a bureau beside a school's head
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("XERTIGNY. - Isaure Brancourt, présidente de l'Amicale des pêcheurs de Xertigny, a ouvert samedi "
     "l'assemblée générale devant trente adhérents.\n\nPour attirer des jeunes, "
     "l'amicale va multiplier les sorties. Le proviseur du lycée Jules-Ferry, Clotaire Lemerle, a accepté "
     "d'accueillir une exposition.\n\nLe trésorier, Romuald Chavanon, a présenté des comptes équilibrés.",
     "Romuald Chavanon", "trésorier", "Amicale des pêcheurs de Xertigny"),
    ("DARNEY. - Fulbert Ravenel, président du Comité des fêtes de Darney, a ouvert dimanche la réunion "
     "annuelle devant une quarantaine de bénévoles.\n\nLa kermesse de juin aura lieu dans la cour du "
     "collège Louis-Pasteur, dont la principale, Hortense Garandel, a donné son accord.\n\nLa "
     "secrétaire, Sidonie Pélissard, a lu le rapport moral.", "Sidonie Pélissard", "secrétaire",
     "Comité des fêtes de Darney"),
    ("BAINS-LES-BAINS. - Les judokas ont fait le plein de médailles cette saison. C'est ce qu'a rappelé "
     "Amandine Tellier, présidente du Judo-club de Bains-les-Bains, lors de la réunion de vendredi.\n\n"
     "Le proviseur du lycée Camille-Claudel, Firmin Dauphinot, a proposé un créneau au gymnase.\n\nLa "
     "trésorière, Rosine Quesnoy, a détaillé le budget.", "Rosine Quesnoy", "trésorière",
     "Judo-club de Bains-les-Bains"),
    ("CHARMOIS. - « Le moulin doit revivre. » Pour Ludovic Chabrol, président de l'Association des amis "
     "du moulin de Charmois, l'année a été riche.\n\nLe principal du collège Jules-Verne, Clotaire "
     "Mirbeau, a promis une visite des élèves.\n\nLe vice-président, Firmin Vauthrin, présentera le "
     "programme d'été.", "Firmin Vauthrin", "vice-président", "Association des amis du moulin de Charmois"),
])
def test_a_bureau_office_in_the_bureau_named_before(extract: Callable[..., dict], text: str, person: str,
                                                    role: str, of: str) -> None:
    assert _held(_roles(extract(text)), person, role) == [of]


@pytest.mark.parametrize(("text", "person", "role"), [
    # two bureaus named before: whose treasurer is not sure
    ("XERTIGNY. - Isaure Brancourt, présidente de l'Amicale des pêcheurs de Xertigny, et Fulbert "
     "Ravenel, président du Comité des fêtes de Xertigny, ont signé une convention.\n\nLe proviseur du "
     "lycée Jules-Ferry, Clotaire Lemerle, était présent.\n\nLe trésorier, Romuald Chavanon, a "
     "présenté le budget commun.", "Romuald Chavanon", "trésorier"),
])
def test_no_bureau_when_two_are_named(extract: Callable[..., dict], text: str, person: str,
                                     role: str) -> None:
    assert _held(_roles(extract(text)), person, role) in ([], [None])


# ---------------------------------------------------------------- the school of the story
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Le collège Jean-Rostand de Bulgnéville a accueilli lundi vingt élèves italiens. Ils visiteront la "
     "région toute la semaine avec leurs correspondants.\n\nUne visite du Conseil de l'Europe est "
     "prévue jeudi. Les familles ont été nombreuses à se porter volontaires.\n\nLa principale, "
     "Isaure Ferrandon, a remercié les parents pour leur accueil.", "Isaure Ferrandon", "principale",
     "collège Jean-Rostand de Bulgnéville"),
    ("Le lycée Victor-Hugo d'Épinal fête ses cinquante ans samedi. Une exposition retrace son histoire "
     "depuis l'ouverture.\n\nLa Caisse d'épargne de Lorraine a financé l'exposition. La journée se "
     "terminera par un concert.\n\nLe proviseur, Ludovic Bessonnat, prononcera un discours à 11 h.",
     "Ludovic Bessonnat", "proviseur", "lycée Victor-Hugo d'Épinal"),
    ("Le collège Pierre-Brossolette a remporté le concours départemental de robotique. Les élèves ont "
     "travaillé six mois sur leur projet.\n\nLe robot trie les déchets en moins d'une minute. Le jury a "
     "salué son originalité.\n\n« Ils ont tout conçu eux-mêmes », explique Hortense Chabrol, professeur "
     "de technologie.", "Hortense Chabrol", "professeur de technologie", "collège Pierre-Brossolette"),
    ("Le lycée Marie-Curie organise une collecte de jouets jusqu'à vendredi. Les dons seront remis au "
     "Secours populaire.\n\nL'an dernier, plus de trois cents jouets avaient été récoltés. Les élèves "
     "espèrent faire mieux.\n\nLa proviseure adjointe, Sidonie Vauthrin, coordonne l'opération.",
     "Sidonie Vauthrin", "proviseure adjointe", "lycée Marie-Curie"),
])
def test_a_school_post_in_the_school_of_the_story(extract: Callable[..., dict], text: str, person: str,
                                                  role: str, of: str) -> None:
    assert _held(_roles(extract(text)), person, role) == [of]


@pytest.mark.parametrize(("text", "person", "role"), [
    # two schools in the story: whose principal is not sure
    ("Le collège Jean-Rostand a reçu les élèves du collège Louis-Aragon pour un tournoi. Les deux équipes "
     "se sont affrontées toute la journée.\n\nLe gymnase était comble. Les parents ont encouragé les "
     "joueurs.\n\nLa principale, Isaure Ferrandon, a remis les coupes.", "Isaure Ferrandon", "principale"),
    # a teacher of a trade or a sport is no school's staff
    ("Le collège Jean-Rostand a ouvert ses portes samedi. Les familles ont visité les salles.\n\n"
     "L'Union sportive de Vittel tenait un stand. Ses entraîneurs ont fait essayer le tennis.\n\n"
     "« Les enfants adorent », dit Firmin Chabrol, professeur de tennis.", "Firmin Chabrol",
     "professeur de tennis"),
    # the first body of the story is no school: a school named later is not the story's
    ("La mairie de Vittel a inauguré lundi un nouveau gymnase. Il accueillera les clubs de la ville.\n\n"
     "Les travaux ont duré un an. Le collège Jean-Moulin pourra aussi l'utiliser.\n\nLa visite a été "
     "suivie d'un vin d'honneur. Le proviseur, Ludovic Bessonnat, a salué les ouvriers.",
     "Ludovic Bessonnat", "proviseur"),
])
def test_no_school_when_the_story_is_not_about_one(extract: Callable[..., dict], text: str, person: str,
                                                   role: str) -> None:
    assert _held(_roles(extract(text)), person, role) == [None]


# ---------------------------------------------------------------- "celui de X, Y": the title taken up
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Le maire de Darney, Fulbert Ravenel, a protesté contre la fermeture. Celui de Bains-les-Bains, "
     "Firmin Dauphinot, a demandé un délai.", "Firmin Dauphinot", "maire", "Bains-les-Bains"),
    ("La présidente du club de judo de Vittel, Hortense Chabrol, a parlé la première. Celle du club de "
     "judo d'Épinal, Amandine Quesnoy, lui a répondu.", "Amandine Quesnoy", "présidente",
     "club de judo d'Épinal"),
    ("L'adjointe au maire de Vittel, Sidonie Tellier, est venue à la réunion, et celle de Contrexéville, "
     "Rosine Vauthrin, aussi.", "Rosine Vauthrin", "adjointe au maire", "Contrexéville"),
    ("Le capitaine du FC Vittel, Aurèle Mougenel, a ouvert le score. Celui de l'US Épinal, Ludovic "
     "Bessonnat, a égalisé à la dernière minute.", "Ludovic Bessonnat", "capitaine", "US Épinal"),
    ("Le directeur de l'hôpital de Remiremont, Clotaire Mirbeau, a signé la convention hier. Celui de "
     "l'hôpital de Saint-Dié, Firmin Chabrol, la signera lundi.", "Firmin Chabrol", "directeur",
     "hôpital de Saint-Dié"),
    # a plural title in the sentence before
    ("Des maires de villages vosgiens se sont plaints. Celui de Bulgnéville, Firmin Dauphinot, a "
     "dénoncé une décision brutale.", "Firmin Dauphinot", "maire", "Bulgnéville"),
    ("Les présidentes des clubs étaient présentes samedi. Celle du club de judo de Vittel, Amandine "
     "Quesnoy, a pris la parole.", "Amandine Quesnoy", "présidente", "club de judo de Vittel"),
])
def test_a_demonstrative_takes_up_the_title_before(extract: Callable[..., dict], text: str, person: str,
                                                    role: str, of: str) -> None:
    assert (person, role, of) in _roles(extract(text))


@pytest.mark.parametrize(("text", "person"), [
    # "celle de" takes up a noun that is no title
    ("Le maire, Fulbert Ravenel, a rappelé le prix de la maison de Firmin Dauphinot. Celle de "
     "Bulgnéville, Isaure Ferrandon, est à vendre.", "Isaure Ferrandon"),
    # the title named before has no complement: nothing for "celui de" to parallel
    ("Le maire, Fulbert Ravenel, a inauguré la salle. Celui de Bulgnéville, Firmin Dauphinot, était "
     "absent.", "Firmin Dauphinot"),
    # a masculine-only title is not taken up by "celle"
    ("Le directeur du lycée de Vittel, Clotaire Mirbeau, a parlé. Celle de Mirecourt, Isaure Ferrandon, "
     "est restée muette.", "Isaure Ferrandon"),
])
def test_no_title_taken_up_without_a_parallel(extract: Callable[..., dict], text: str, person: str) -> None:
    assert not any(p == person for p, _, _ in _roles(extract(text)))
