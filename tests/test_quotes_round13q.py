"""Quotations whose speaker is given after them by a definite description (issue 13, round 13q:
generality audit).

Two classes of French news writing, each with sentences written for this audit (invented names):
a description that adds the person's age ("», confie l'éleveuse de 52 ans", "le jeune homme de
19 ans") stands for the one person of its gender named just before; an office named by its other
name ("», a tranché le chef de l'État" for the president of a state, "le chef du gouvernement"
for the Premier ministre, and the reverse) stands for the one the text gives that office. The
pitfall tables hold what must not change: a wrong speaker is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers


# ---------------------------------------------------------------- "le skieur de 24 ans"
@pytest.mark.parametrize(("text", "speaker"), [
    ("Le Norvégien Arne Tveit a remporté la descente de Wengen. « J'ai tout donné dans le dernier virage, "
     "je suis soulagé », a glissé le skieur de 24 ans à la presse.", "Arne Tveit"),
    ("Marie Lacoubère tient la ferme depuis vingt ans. « Nous avons perdu la moitié du troupeau cette "
     "année », raconte l'éleveuse de 52 ans.", "Marie Lacoubère"),
    ("Thibault Escandolle a ouvert sa boulangerie rue Carnot au printemps. « Les clients sont revenus dès "
     "la première semaine », se réjouit le boulanger de 38 ans.", "Thibault Escandolle"),
    ("Élodie Ravanaz a décroché son diplôme en juin. « J'ai toujours voulu soigner les gens », explique "
     "la jeune femme de 23 ans.", "Élodie Ravanaz"),
    ("Laure Fabrègue et son frère Julien Fabrègue ont repris l'exploitation familiale. « Nous avons dû "
     "tout réapprendre en un hiver », raconte l'agricultrice de 34 ans.", "Laure Fabrègue"),
    ("Yannick Morvézen avait fondé la société à Vannes en 1998. « Je n'imaginais pas que nous serions "
     "encore là trente ans après », avait confié l'entrepreneur de 61 ans.", "Yannick Morvézen"),
    ("Après dix ans au Canada, Sabine Quéroulle est revenue s'installer à Dinan. « Le pays m'avait "
     "vraiment trop manqué », glisse la retraitée de 67 ans.", "Sabine Quéroulle"),
    ("Arrêté samedi à Agen, Kevin Marsaudon a été relâché faute de preuves. « Je n'ai rien à voir avec "
     "cette histoire », a assuré le jeune homme de 19 ans.", "Kevin Marsaudon"),
])
def test_an_age_description_takes_up_the_one_named_before(extract: Callable[..., dict], text: str,
                                                           speaker: str) -> None:
    assert _speakers(extract(text)) == [speaker]


@pytest.mark.parametrize("text", [
    # two people of that gender named just before
    "Paul Veyrinac et Jean Castagnoux ont ouvert un garage à Millau. « Nous avons tout misé sur ce "
    "projet », explique le mécanicien de 45 ans.",
    # three of that trade named in the paragraph: any of them
    "La Suédoise Frida Lindqvar a gagné le géant devant l'Autrichienne Lena Hofbrucker. La Française "
    "Chloé Varennat a fini sixième. « J'ai manqué la porte du bas et tout perdu », a regretté la skieuse "
    "de 22 ans.",
    # indefinite: someone the text never named
    "L'incendie a détruit trois maisons à Lunel dans la nuit. « Je n'avais jamais vu ça de ma vie », a "
    "raconté un habitant de 70 ans.",
    "Le maire, Bernard Tissandou, a visité le chantier. « Ces travaux étaient attendus depuis longtemps », "
    "a déclaré une retraitée de 80 ans.",
    # the one named before was given another age
    "Hugo Démarsel, 29 ans, a terminé deuxième de la descente. « La neige était trop lourde "
    "aujourd'hui », a regretté le skieur de 24 ans.",
    # the one named before is a woman, the description a man
    "Sophie Carrelou a remporté le slalom de Flaine. « Je ne m'attendais pas du tout à gagner ici », a "
    "glissé le skieur de 24 ans.",
    # nobody named
    "La police a interpellé deux suspects à Agen. « Nous étions simplement au mauvais endroit », a "
    "affirmé le jeune homme de 19 ans.",
])
def test_an_age_description_of_no_one_named(extract: Callable[..., dict], text: str) -> None:
    assert _speakers(extract(text)) == [None]


# ---------------------------------------------------------------- "le chef de l'État"
@pytest.mark.parametrize(("text", "speaker"), [
    ("Le président kényan, Daniel Obuya, a promis des sanctions. « Nous ne céderons jamais face à la "
     "violence aveugle », a tranché le chef de l'État.", "Daniel Obuya"),
    ("Le Premier ministre grec, Nikos Darras, a défendu son plan. « Nous n'avons pas d'autre choix que de "
     "réformer », a martelé le chef du gouvernement.", "Nikos Darras"),
    ("Au Paraguay, le président Julio Quispañez a dissous le Congrès mardi. « Je n'avais pas d'autre "
     "solution pour sauver le pays », a déclaré le chef de l'État.", "Julio Quispañez"),
    ("La Première ministre danoise, Karen Holmsgaard, a présenté sa réforme. « Ce texte protégera d'abord "
     "les plus fragiles », a affirmé la cheffe du gouvernement.", "Karen Holmsgaard"),
    ("Le chef de l'État malien, Amadou Keïtaro, a reçu les syndicats. « Le dialogue reste ouvert à tous "
     "les partenaires », a déclaré le président.", "Amadou Keïtaro"),
    ("Le chef du gouvernement italien, Matteo Ferrandini, a tenu bon face au Sénat. « Nous irons au bout "
     "de cette réforme », a insisté le Premier ministre.", "Matteo Ferrandini"),
    ("Le ministre des Affaires étrangères belge, Luc Vandeputtelaere, a convoqué l'ambassadeur. « Ces propos "
     "sont tout simplement inacceptables », a prévenu le chef de la diplomatie.", "Luc Vandeputtelaere"),
    ("Le président de la République, Henri Dauvergnat, a visité l'usine. « Notre industrie doit se "
     "réinventer au plus vite », a lancé le chef de l'État.", "Henri Dauvergnat"),
    ("Le maire, Paul Rivaudel, a accueilli le président ghanéen Ebo Asantewa. « Votre ville est "
     "magnifique et accueillante », a déclaré le chef de l'État.", "Ebo Asantewa"),
    # the subject before the quotation
    ("Le président ghanéen, Ebo Asantewa, a reçu les chefs coutumiers. Le chef de l'État a ensuite "
     "déclaré : « Nous ne tolérerons aucune violence dans le pays. »", "Ebo Asantewa"),
])
def test_an_office_by_its_other_name(extract: Callable[..., dict], text: str, speaker: str) -> None:
    assert _speakers(extract(text)) == [speaker]


@pytest.mark.parametrize("text", [
    # a president of a club is no head of state
    "Le président du club, Marc Vidalonne, a reçu les joueurs. « Nous devons rester unis jusqu'au bout », "
    "a déclaré le chef de l'État.",
    # two heads of state
    "Le président kényan, Daniel Obuya, a reçu le président ougandais, Peter Ssemwanga. « Nos deux pays "
    "sont des frères pour toujours », a déclaré le chef de l'État.",
    "Le président kényan Daniel Obuya a reçu son homologue ougandais Peter Ssemwanga. « Nos deux pays "
    "sont des frères pour toujours », a déclaré le chef de l'État.",
    # nobody holds the office
    "Les manifestants ont défilé dans la capitale samedi. « Nous ne reculerons devant aucune menace », a "
    "tranché le chef de l'État.",
    "La maire, Claire Duverneuil, a reçu les habitants du quartier. « Nous allons rénover l'école dès "
    "l'été », a promis le chef de l'État.",
    # a head of government is not the head of state
    "Le Premier ministre grec, Nikos Darras, a défendu son plan. « Nous n'avons pas d'autre choix que de "
    "réformer », a tranché le chef de l'État.",
])
def test_an_office_nobody_named_holds(extract: Callable[..., dict], text: str) -> None:
    assert _speakers(extract(text)) == [None]


def test_another_office_keeps_its_reading(extract: Callable[..., dict]) -> None:
    # "le chef de l'état-major" names no head of state: read as before (the chief of staff)
    text = ("Le chef d'état-major, le général Paul Rivaudel, a inspecté les troupes. « Nous sommes prêts à "
            "toute éventualité », a déclaré le chef de l'état-major.")
    assert _speakers(extract(text)) == ["Paul Rivaudel"]
