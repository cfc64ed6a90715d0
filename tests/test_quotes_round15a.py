""""A confié le Norvégien": a word of origin after a quotation stands for the one person the
text called so before its name (issue 13, round 15).

"Le Norvégien X a gagné devant l'Autrichien Y. Le Français Z a pris la sixième place.
« ... », a confié le Norvégien": the speaker is X, not Z, the last man named. Two people
called so: none. The one found otherwise called by another origin ("le Français"): none.
A description with no word of origin keeps its reading. Invented names.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers


@pytest.mark.parametrize(("text", "speaker"), [
    ("Le Norvégien Sven Hallvik s'est imposé jeudi au combiné de Val Gardena devant l'Autrichien "
     "Florian Maierhofer. Le Français Jules Carrade, tenant du titre, finit sixième.\n\n« Sur la "
     "piste glacée, j'ai tenté le tout pour le tout et cela a marché », a confié le Norvégien à la "
     "télévision.", "Sven Hallvik"),
    ("La Kényane Mercy Wanjohi a gagné dimanche le marathon de Lyon devant l'Éthiopienne Almaz "
     "Gebrekidan. La Française Odile Bréhaut a terminé quatrième.\n\n« Je voulais ce record depuis "
     "trois ans, je suis enfin récompensée », a expliqué la Kényane, radieuse.", "Mercy Wanjohi"),
    ("L'Italien Matteo Scarpellini s'est imposé mardi à Roubaix. Il a devancé le Belge Wout "
     "Vanderbeken et le Suisse Reto Ammann. « Dans le dernier secteur pavé, j'ai senti que les "
     "autres étaient à bout », a raconté l'Italien.", "Matteo Scarpellini"),
    ("Le Canadien Kevin Pelletreau a battu en finale l'Espagnol Pablo Ezquerra. Le Brésilien "
     "Thiago Lins avait été éliminé la veille. « J'ai joué mon meilleur tennis cette semaine, "
     "je n'y crois pas encore tout à fait », a commenté le Canadien.", "Kevin Pelletreau"),
])
def test_origin_word_points_to_the_one_called_so(extract: Callable[..., dict], text: str,
                                                 speaker: str) -> None:
    assert _speakers(extract(text)) == [speaker]


@pytest.mark.parametrize("text", [
    # two people called so: which one?
    "Le Norvégien Sven Hallvik a devancé le Norvégien Eirik Brekkan et le Français Jules Carrade. "
    "« Sur la piste glacée, j'ai tenté le tout pour le tout et cela a marché », a confié le Norvégien.",
    # the one just named was called by another origin; nobody called so
    "Le Français Jules Carrade finit sixième du combiné. « Sur la piste glacée, j'ai "
    "tenté le tout pour le tout et cela a marché », a confié le Norvégien.",
    # a woman is not "le Norvégien"'s feminine... and a man is not "la Norvégienne"
    "Le Norvégien Sven Hallvik a gagné devant la Française Odile Bréhaut. « Sur la piste glacée, j'ai "
    "tenté le tout pour le tout et cela a marché », a confié la Norvégienne.",
])
def test_origin_word_with_no_one_called_so_gives_none(extract: Callable[..., dict], text: str) -> None:
    assert not any(_speakers(extract(text)))


@pytest.mark.parametrize(("text", "speaker"), [
    # one person called so, the last named: unchanged
    ("La Suédoise Ingrid Falkvang a remporté dimanche le slalom de Méribel. « Sur la piste glacée, j'ai "
     "tenté le tout pour le tout et cela a marché », a confié la Suédoise.", "Ingrid Falkvang"),
    # no word of origin: the description's reading is unchanged
    ("Battu, Gaspard Quillévic a reconnu sa défaite et salué son rival. « Les électeurs "
     "ont voulu changer d'équipe, je le respecte pleinement », a déclaré l'ancien maire.",
     "Gaspard Quillévic"),
    ("Le président de l'amicale, Bastien Orlival, rappelle que Yoann Kerdraon est le troisième "
     "directeur à partir en deux ans. « Chaque année, on repart de zéro et ce sont les bénévoles "
     "qui trinquent », déplore-t-il.", "Bastien Orlival"),
])
def test_other_descriptions_keep_their_speaker(extract: Callable[..., dict], text: str,
                                               speaker: str) -> None:
    assert _speakers(extract(text)) == [speaker]


# "« ... », a lancé, ravie, X": a short phrase between commas (an adjective, a time, a manner)
# between the incise's verb and its subject; the speaker is the one named after it. A name
# inside that phrase after a preposition is the one spoken of, not the speaker.
@pytest.mark.parametrize(("text", "speaker"), [
    ("« Nous avons battu notre record de participation cette année », a lancé, ravie, "
     "Nadine Colombet.", "Nadine Colombet"),
    ("« Le chantier sera livré avant la rentrée scolaire de septembre », a promis, hier soir, "
     "le maire de Saint-Aubin, Gilles Pommeret.", "Gilles Pommeret"),
    ("« Je n'aurais jamais imaginé finir ma carrière sur un titre pareil », a confié, lundi "
     "matin, Rémi Taverdet.", "Rémi Taverdet"),
    ("« On ne lâchera rien tant que l'usine ne sera pas sauvée », a martelé, très remonté, le "
     "délégué CGT Yannick Fourcadet.", "Yannick Fourcadet"),
    # already read before: an adjective the parser tags as one
    ("« La bibliothèque restera ouverte tout l'été pour les enfants », assure, souriante, la "
     "directrice Émilie Sarrazac.", "Émilie Sarrazac"),
])
def test_detached_phrase_before_the_incise_subject(extract: Callable[..., dict], text: str,
                                                   speaker: str) -> None:
    assert _speakers(extract(text)) == [speaker]


@pytest.mark.parametrize("text", [
    # the one spoken of, after "à propos de": not the speaker
    "« Les comptes de l'association sont enfin à l'équilibre », a souligné, à propos de Gilles "
    "Pommeret, le nouveau trésorier.",
    # nobody named after the phrase
    "« Nous avons battu notre record de participation cette année », a lancé, ravie, une "
    "habitante du quartier.",
])
def test_detached_phrase_names_no_speaker(extract: Callable[..., dict], text: str) -> None:
    assert not any(_speakers(extract(text)))


# "sur le thème : « ... »", "portant l'inscription : « ... »", "avec le motif : « ... »": the
# words after a label's noun and a colon are a label (a theme, an inscription, a charge, a
# slogan), no one's saying; no quotation. A work's noun before a colon is not one ("il a
# présenté son livre : « ... »" gives the presenter's words).
@pytest.mark.parametrize("text", [
    "Le maire Ferdinand Rouquayrol a inauguré une exposition sur le thème : « Les métiers "
    "d'autrefois dans nos villages de montagne ».",
    "Les grévistes, menés par Urbain Castagnoly, ont défilé derrière une banderole portant "
    "l'inscription : « Non à la fermeture de notre usine de Rodez ».",
    "Le général Fernand Lotharet a fait juger les trois soldats avec le motif : « refus d'obéir "
    "à un ordre donné devant l'ennemi ».",
    "La présidente Hortense Malaviel a lancé une campagne sous le slogan : « Tous ensemble pour "
    "sauver notre école du village ».",
    "Le préfet Fernand Lotharet a signé un arrêté avec la mention : « interdiction de circuler "
    "sur la route départementale ».",
])
def test_label_after_a_colon_is_no_quotation(extract: Callable[..., dict], text: str) -> None:
    assert not any(_speakers(extract(text)))


@pytest.mark.parametrize(("text", "speaker"), [
    ("La romancière Hortense Malaviel a présenté son livre : « J'ai voulu raconter la vie de "
     "nos grands-parents dans ces villages ».", "Hortense Malaviel"),
    ("Le maire Ferdinand Rouquayrol a inauguré l'exposition : « Nous voulons montrer aux enfants "
     "les métiers d'autrefois ».", "Ferdinand Rouquayrol"),
])
def test_work_noun_before_a_colon_keeps_the_speaker(extract: Callable[..., dict], text: str,
                                                    speaker: str) -> None:
    assert _speakers(extract(text)) == [speaker]
