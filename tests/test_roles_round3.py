"""Roles, round 3 of issue 12: constructions of French news read on unseen text (sentences
written for these tests). Each row gives the (person, role, of) that must be read; `of` is
matched on its folded name, None meaning "not checked"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from test_roles import assert_roles, roles_of

# how regional news names people with their function
CONSTRUCTIONS = [
    # a party in parentheses between the name and its title
    ("Hier soir, Marcel Thouvenin (UDF), conseiller général du canton de Darney, a voté contre.",
     [("Marcel Thouvenin", "conseiller général", None)]),
    # a plural title in apposition after coordinated names
    ("Ce que contestent Mme Odile Ferry et M. Bruno Lallement, délégués syndicaux à l'usine de Golbey.",
     [("Odile Ferry", "délégué syndical", None), ("Bruno Lallement", "délégué syndical", None)]),
    # a noun no lexicon knows, bare after the name, whatever the parser attached it to
    ("Les élèves ont répété avec un intervenant, Damien Krebs, maître de ballet.",
     [("Damien Krebs", "maître de ballet", None)]),
    # a board listed with colons
    ("Le nouveau bureau. Président : Gilles Cuny ; trésorière : Sandrine Voirin ; secrétaire : Marc Aubry.",
     [("Gilles Cuny", "président", None), ("Sandrine Voirin", "trésorière", None),
      ("Marc Aubry", "secrétaire", None)]),
    # a title held for somebody the model did not name, then its holder
    ("L'avocate de Kévin, Me Claire Dubreuil, a plaidé la relaxe.",
     [("Claire Dubreuil", "avocate", None)]),
    # "au poste de", "le métier de": the title held by the clause's subject
    ("Fabrice Mougel a passé vingt ans chez Peugeot, au poste de comptable.",
     [("Fabrice Mougel", "comptable", None)]),
    ("Avant sa retraite, Roger Claudel a exercé le métier de boulanger à Rambervillers.",
     [("Roger Claudel", "boulanger", None)]),
    # a second apposition after a status word, the title tagged as an adjective
    ("Gilbert Huin, ancien président du club, aujourd'hui trésorier, a présenté les comptes.",
     [("Gilbert Huin", "ancien président", None), ("Gilbert Huin", "trésorier", None)]),
    # two titles in apposition, the second kept in the name by the model
    ("Le chef de clinique, le docteur Yann Perrot, a rassuré les familles.",
     [("Yann Perrot", "chef de clinique", None)]),
    # an appointment participle and its date between the title and the name
    ("La réorganisation des ateliers est l'œuvre de la directrice financière nommée en mars dernier "
     "Hélène Vautrin.",
     [("Hélène Vautrin", "directrice financière", None)]),
    # "il"/"elle" subject of a copula or an appointment takes up the one person named before
    ("Né en 1931 à Vittel, Robert Pierrat a passé sa vie au village. Il fut maire de 1971 à 1995.",
     [("Robert Pierrat", "maire", None)]),
    ("Monique Ferry est arrivée à Épinal en 1988. Elle a été nommée directrice de l'école Jules-Ferry.",
     [("Monique Ferry", "directrice", None)]),
    # a body named after a person is no holder: "l'école Victor-Hugo"
    ("Sophie Lamy, institutrice à l'école Victor-Hugo, organise la kermesse.",
     [("Sophie Lamy", "institutrice", None)]),
    # a role verb in the passive: the agent holds the office of the subject
    ("Le comité des fêtes de Darney, présidé par Marc Lhôte, prépare la brocante.",
     [("Marc Lhôte", "président", "comité des fêtes de Darney")]),
    ("Depuis 1998, l'association est dirigée par Olivier Perrin.", [("Olivier Perrin", "directeur", None)]),
    # a role noun after an appointment verb; the participle gives the gender
    ("Nadine Colin a été réélue à la présidence du club de judo de Mirecourt.",
     [("Nadine Colin", "présidente", "club de judo de Mirecourt")]),
    ("Paul Thomas a été nommé à la direction de la Caisse d'épargne de Lorraine.",
     [("Paul Thomas", "directeur", None)]),
    # offices of local news from the broadened lexicons (derived, and hand-written)
    ("Au foyer de Golbey, Thierry Vogin, éducateur spécialisé, encadre douze adolescents.",
     [("Thierry Vogin", "éducateur spécialisé", None)]),
    ("La viticultrice Agnès Mougin a présenté son crémant.", [("Agnès Mougin", "viticultrice", None)]),
    ("Le skipper Loïc Perron a franchi la ligne en tête.", [("Loïc Perron", "skipper", None)]),
    ("Sœur Marthe a reçu la chargée de mission du département, Nathalie Brun.",
     [("Nathalie Brun", "chargée de mission", None)]),
    ("M. Henri Vautrin, le nouveau proviseur du lycée, a accueilli les élèves.",
     [("Henri Vautrin", "nouveau proviseur", None)]),
    # a bare title opening the sentence, detached before the subject's name
    ("Organiste depuis trente ans à la basilique de Saint-Nicolas, Henri Thiébaut a donné son dernier "
     "concert.", [("Henri Thiébaut", "organiste", None)]),
    ("Ancienne institutrice à Gérardmer, Mme Lucienne Gley fête aujourd'hui ses cent ans.",
     [("Lucienne Gley", "ancienne institutrice", None)]),
]

# a locution after a name is no title
NOT_TITLES = [
    ("Le juge a entendu Pascal Houot, grâce au témoignage de sa voisine.", "Pascal Houot"),
    ("Il a retrouvé Denis Marchal, faute de mieux, à la gare de Toul.", "Denis Marchal"),
    # two people named before "il": whom it stands for is not read
    ("Marc Didier a rencontré Luc Perrin mardi. Il est président du club de boules.", "Marc Didier"),
    ("Marc Didier a rencontré Luc Perrin mardi. Il est président du club de boules.", "Luc Perrin"),
    # a passive whose subject is no body: no office
    ("Le traitement est administré par Jacques Lalevée.", "Jacques Lalevée"),
]


@pytest.mark.parametrize(("text", "expected"), CONSTRUCTIONS, ids=[c[0][:40] for c in CONSTRUCTIONS])
def test_regional_constructions(extract: Callable[..., dict], text: str,
                                expected: list[tuple[str, str, str | None]]) -> None:
    assert_roles(roles_of(extract(text)), expected)


@pytest.mark.parametrize(("text", "person"), NOT_TITLES, ids=[c[0][:40] for c in NOT_TITLES])
def test_locution_is_no_title(extract: Callable[..., dict], text: str, person: str) -> None:
    assert not [g for g in roles_of(extract(text)) if g[0] == person]


# a definite title without a name takes up the person named in the sentences before
ANAPHORS = [
    # a nationality says which office: the person named before, not the one of the title's sentence
    ("Gordon Brown a reçu hier les élus écossais. Dans une lettre, un lycéen de Leeds avait demandé "
     "au Premier ministre britannique de venir.",
     [("Gordon Brown", "premier ministre", "Royaume-Uni")]),
    # an office of a state
    ("Hélène Vidal défend sa réforme. La nouvelle ministre de la Justice la présentera mardi aux députés.",
     [("Hélène Vidal", "nouvelle ministre de la justice", None)]),
    # a named organization
    ("Jean-Louis Debré se dit opposé au projet. Dans une tribune, le président de l'Assemblée nationale "
     "estime que le texte est inutile.",
     [("Jean-Louis Debré", "président", "Assemblée nationale")]),
    # the person who already holds a title of the same family, even beside a pronoun subject
    ("Le Premier ministre visitera Dijon au côté du député-maire UDF Robert Poujade. Il déjeunera "
     "ensuite en compagnie du maire de Dijon.",
     [("Robert Poujade", "maire", "Dijon")]),
]

# the same constructions where the title is somebody else's
NOT_ANAPHORS = [
    # the subject of the title's clause is a pronoun: the named person is that subject
    ("Paul Martin a été reçu hier à Matignon. Il a remis au Premier ministre une pétition de "
     "3 000 signatures.", "Paul Martin"),
    # a sentence that opens on another participant
    ("Marie Colas a déposé plainte lundi. De son côté, le maire de Rodez a demandé une enquête.",
     "Marie Colas"),
    # a title in the complement of a noun of kinship
    ("Luc Bernier est reparti mardi. La fille de l'ambassadeur de Suède l'accompagnait.", "Luc Bernier"),
    # the person named before already holds another title
    ("Claude Ferry, agriculteur à Gray, a manifesté devant la préfecture. Le préfet de la Haute-Saône "
     "a promis une réponse.", "Claude Ferry"),
    # the related title names another commune
    ("La députée-maire de Vesoul, Anne Pichon, a ouvert la foire. Elle a ensuite rencontré le maire "
     "de Luxeuil.", "Anne Pichon"),
]


@pytest.mark.parametrize(("text", "expected"), ANAPHORS, ids=[c[0][:40] for c in ANAPHORS])
def test_title_takes_up_a_name(extract: Callable[..., dict], text: str,
                               expected: list[tuple[str, str, str | None]]) -> None:
    assert_roles(roles_of(extract(text)), expected)


@pytest.mark.parametrize(("text", "person"), NOT_ANAPHORS, ids=[c[0][:40] for c in NOT_ANAPHORS])
def test_title_of_somebody_else(extract: Callable[..., dict], text: str, person: str) -> None:
    got = roles_of(extract(text))
    extra = [g for g in got if g[0] == person and "agriculteur" not in g[1] and "députée-maire" not in g[1]]
    assert not extra, got
