"""Roles, round 9 of issue 12: constructions found on text nobody tuned on (new articles
written by an engineer who had not seen factx, the Est Républicain and Wikipedia texts of the
corpus, probes of local and wire news). A title glued to a name without a comma; a sentence
that opens by naming who holds the title of the sentence before; a seat named by its
council side; a body's kind then its name; a second complement coordinated before the
holder; the area an office covers, then its body; a nationality inside a compound title; a
deputy to another office. Sentences written for these tests; rows give (person, role, of),
`of` None meaning the role must have no organization or place."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factx.resolve.names import fold
from test_roles import roles_of
from test_roles_round5 import assert_of


def _holders(got: list[tuple[str, str, str | None, str | None]], role: str) -> set[str]:
    return {fold(g[0]) for g in got if fold(role) in fold(g[1])}


GLUED = [
    # an apposition the writer did not punctuate: the title right after the name, same line
    ("La kermesse a eu lieu samedi. Claire Vautrin adjointe aux affaires scolaires a remis "
     "les prix aux élèves.", [("Claire Vautrin", "adjointe aux affaires scolaires", None)]),
    ("Le loto a rapporté 2 000 euros. Hervé Jacquot trésorier du comité a fait les comptes.",
     [("Hervé Jacquot", "trésorier", "comité")]),
    ("Noémie Lallemand professeure des écoles a préparé le spectacle de fin d'année.",
     [("Noémie Lallemand", "professeure des écoles", None)]),
]


@pytest.mark.parametrize(("text", "expected"), GLUED, ids=[c[0][:40] for c in GLUED])
def test_a_title_glued_to_the_name(extract: Callable[..., dict], text: str,
                                    expected: list[tuple[str, str, str | None]]) -> None:
    got = roles_of(extract(text))
    for person, role, _ in expected:
        assert fold(person) in _holders(got, role), got


def test_an_appointment_verb_still_reads_its_predicate(extract: Callable[..., dict]) -> None:
    # "a nommé X directrice": the verb's reading, with its status, not a bare apposition
    got = roles_of(extract("Le bureau de l'office de tourisme a nommé Aline Perrot directrice en juin."))
    match = [g for g in got if fold(g[0]) == fold("Aline Perrot") and fold(g[1]) == fold("directrice")]
    assert match and match[0][3] == "current", got


def test_a_glued_title_needs_the_same_line(extract: Callable[..., dict]) -> None:
    got = roles_of(extract("Avec les bénévoles de Jean Aubert\nprésident de la fête, tout est prêt."))
    assert fold("Jean Aubert") not in _holders(got, "président"), got


IDENTIFIED = [
    # a title with no name, then "il s'agit de X", "c'est X", "elle s'appelle X"
    ("L'Union sportive de Darney a recruté un nouvel entraîneur. Il s'agit de Lionel Barbier, "
     "ancien joueur du club.", "Lionel Barbier", "entraîneur"),
    ("Le comité des fêtes s'est donné une nouvelle présidente. Elle s'appelle Josiane Marchal "
     "et habite le village depuis trente ans.", "Josiane Marchal", "présidente"),
    ("La paroisse accueillera son nouveau curé le mois prochain. C'est l'abbé Didier Lorrain "
     "qui a été choisi par l'évêque.", "Didier Lorrain", "curé"),
]


def test_two_titles_without_names_are_not_guessed(extract: Callable[..., dict]) -> None:
    # a president and a treasurer, then one name: which one is meant is not said
    got = roles_of(extract("L'amicale cherche un président et un trésorier. Il s'agit de Marc "
                           "Husson, qui a accepté de se présenter."))
    assert not [g for g in got if fold(g[0]) == fold("Marc Husson")], got


def test_a_witness_is_no_title_taken_up(extract: Callable[..., dict]) -> None:
    got = roles_of(extract("Le tribunal a entendu un témoin. Il s'agit de Pascal Remy, un voisin."))
    assert not [g for g in got if fold(g[0]) == fold("Pascal Remy")], got


COUNCIL_SIDE = [
    # a seat named by its council side is a municipal seat: of the commune
    ("Le conseil municipal de Dompaire a adopté le budget. Seul Paul Grosjean, conseiller "
     "d'opposition, a voté contre.", [("Paul Grosjean", "conseiller d'opposition", "Dompaire")]),
    ("À Bruyères, le conseil a voté la rénovation du gymnase. Nadia Cuny, élue de la minorité, "
     "s'est abstenue.", [("Nadia Cuny", "élue de la minorité", "Bruyères")]),
]


def test_a_regional_seat_of_the_opposition_is_no_commune_s(extract: Callable[..., dict]) -> None:
    got = roles_of(extract("À Épinal, Luc Ferry, conseiller régional d'opposition, a critiqué le "
                           "budget de la région."))
    match = [g for g in got if fold(g[0]) == fold("Luc Ferry")]
    assert match and all(g[2] is None or fold(g[2]) != fold("Épinal") for g in match), got


BODY_KIND = [
    # the body's kind, then its name: the office is held in the named body
    ("L'ancienne directrice de la société de transport Keolis Vosges, Brigitte Noël, a témoigné.",
     [("Brigitte Noël", "ancienne directrice", "Keolis")]),
    ("Le gérant de l'entreprise de travaux publics Eiffage, Bruno Colin, embauche des ouvriers.",
     [("Bruno Colin", "gérant", "Eiffage")]),
]


COORDINATED = [
    # a second complement coordinated with the first, then the holder in apposition
    ("La messe était célébrée par l'archevêque de Strasbourg et de Colmar, Mgr Luc Ravel.",
     [("Luc Ravel", "archevêque", "Strasbourg")]),
]


AREA_THEN_BODY = [
    # the area an office covers, then the body it is held in
    ("« Les stocks sont vides », a averti le directeur pour l'Asie de l'Unicef, Ravi Menon.",
     [("Ravi Menon", "directeur", "Unicef")]),
    ("La représentante en France du HCR, Céline Schmitt, a salué la décision.",
     [("Céline Schmitt", "représentante", "HCR")]),
]


def test_a_nationality_inside_a_compound_title(extract: Callable[..., dict]) -> None:
    got = roles_of(extract("La ministre française déléguée aux Sports, Claire Dumas, a visité le stade."))
    match = [g for g in got if fold(g[0]) == fold("Claire Dumas") and fold("déléguée") in fold(g[1])]
    assert match and match[0][2] is not None and fold(match[0][2]) == fold("France"), got


APPOINTED = [
    ("Né à Metz, Yves Colin a été ordonné prêtre en 1988.", "Yves Colin", "prêtre"),
    ("L'adjudant Paul Thiriet, 51 ans, jusqu'ici adjoint au chef de poste, dirigera le "
     "détachement dès mars.", "Paul Thiriet", "adjoint au chef de poste"),
]

# the next sentence names the holder (IDENTIFIED); ordination, an opener before a title (APPOINTED)
HOLDER_ROWS = IDENTIFIED + APPOINTED


@pytest.mark.parametrize(("text", "person", "role"), HOLDER_ROWS, ids=[c[1] for c in HOLDER_ROWS])
def test_the_holder_of_a_title(extract: Callable[..., dict], text: str, person: str, role: str) -> None:
    assert fold(person) in _holders(roles_of(extract(text)), role)


def test_a_deputy_to_a_chief_is_in_the_chief_s_body(extract: Callable[..., dict]) -> None:
    text = ("Le capitaine Alain Remy, chef du centre de secours de Corcieux, part à la retraite. "
            "Le sergent Paul Noirot, adjoint au chef de centre, le remplacera.")
    got = roles_of(extract(text))
    chief = [g for g in got if fold(g[0]) == fold("Alain Remy") and fold(g[1]).startswith("chef")]
    deputy = [g for g in got if fold(g[0]) == fold("Paul Noirot") and fold(g[1]).startswith("adjoint")]
    assert chief and deputy, got
    assert deputy[0][2] == chief[0][2], got  # the chief's body, not the commune as for a mayor's deputy


MAYOR_S_DEPUTY = [
    ("À Darney, Sylvie Roux, adjointe au maire, a inauguré la médiathèque.",
     [("Sylvie Roux", "adjointe au maire", "Darney")]),
]


ORIGIN_BETWEEN = [
    # a noun no lexicon knows, a nationality, then the name: the noun is the name's title
    ("Le président a reçu hier l'émissaire chinois Wang Lei pour parler du commerce.",
     [("Wang Lei", "émissaire", "Chine")]),
    ("L'envoyé spécial américain John Carter est arrivé à Damas.",
     [("John Carter", "envoyé spécial", "États-Unis")]),
]


def test_a_neighbour_of_some_nationality_is_no_title(extract: Callable[..., dict]) -> None:
    got = roles_of(extract("Le voisin allemand Hans Becker a prévenu les pompiers."))
    assert not [g for g in got if fold(g[0]) == fold("Hans Becker")], got


PLURAL_LISTS = [
    # a plural title in -aux, then the names; a plural title, then the names in parentheses
    ("Les généraux Pierre Lebrun et Henri Massu ont assisté au défilé.",
     [("Pierre Lebrun", "général"), ("Henri Massu", "général")]),
    ("Les anciens adjoints (Marie Colin, Paul Henry et Luc Didier) ont écrit au préfet.",
     [("Marie Colin", "ancien adjoint"), ("Paul Henry", "ancien adjoint"), ("Luc Didier", "ancien adjoint")]),
]


@pytest.mark.parametrize(("text", "expected"), PLURAL_LISTS, ids=[c[0][:40] for c in PLURAL_LISTS])
def test_plural_titles_and_their_lists(extract: Callable[..., dict], text: str,
                                       expected: list[tuple[str, str]]) -> None:
    got = roles_of(extract(text))
    for person, role in expected:
        assert (fold(person), fold(role)) in {(fold(g[0]), fold(g[1])) for g in got}, got


CHARGE_DE = [
    # "chargé(e) de" and a bare noun is a title, whatever the noun
    ("« Les nappes sont vides », alerte Inès Royer, chargée de plaidoyer à Oxfam France.",
     [("Inès Royer", "chargée de plaidoyer", "Oxfam")]),
    ("Thomas Girard, chargé de projet, a présenté les plans du futur gymnase.",
     [("Thomas Girard", "chargé de projet", None)]),
]


def test_charge_de_with_an_article_is_the_participle(extract: Callable[..., dict]) -> None:
    got = roles_of(extract("Anne Roux, chargée de la sécurité du site, a donné l'alerte."))
    assert not [g for g in got if fold(g[1]).startswith("chargee de")], got


JOINED = [
    # "comme" and a title in a clause whose verb names the body joined: held in that body,
    # not in the town named after the title
    ("Entré à la SNCF en 1980 comme conducteur à Lunéville, Michel Roy part à la retraite.",
     [("Michel Roy", "conducteur", "SNCF")]),
    ("Claire Hanus a été embauchée chez Michelin comme ingénieure en 2005.",
     [("Claire Hanus", "ingénieure", "Michelin")]),
    # a noun no lexicon knows, with an agent's ending, after "comme"
    ("Entré à la SNCF en 1978 comme aiguilleur, Michel Roy part à la retraite.",
     [("Michel Roy", "aiguilleur", "SNCF")]),
]


def test_comme_before_a_determiner_or_a_participle_is_no_title(extract: Callable[..., dict]) -> None:
    got = roles_of(extract("Comme chaque année, Paul Roy a organisé la fête. Comme prévu, Anne Roy a parlé."))
    assert not got, got


HEADING_TOWN = [
    # a local page's story headed by its town: the commune of a municipal office with no other
    ("Hadol : la kermesse a réuni les familles\n\nLe maire, Bernard Colle, a remis les prix aux enfants.",
     [("Bernard Colle", "maire", "Hadol")]),
    ("Darney\nLe marché de Noël a ouvert ses portes\n\nL'adjointe aux fêtes, Annick Roux, a tout organisé.",
     [("Annick Roux", "adjointe aux fêtes", "Darney")]),
    ("Hadol : le feu d'artifice annulé\n\nLe premier magistrat de la commune, Luc Aubert, l'a annoncé.",
     [("Luc Aubert", "premier magistrat", "Hadol")]),
    # a rubric heading is no commune
    ("Football : la coupe\n\nLe maire, Bernard Colle, a remis la coupe.",
     [("Bernard Colle", "maire", None)]),
]


QUALIFIED = [
    # a title of its own glued after another title qualifies it
    ("La secrétaire générale adjointe de la CFDT, Marylise Léon, a signé l'accord.",
     [("Marylise Léon", "secrétaire générale adjointe", "CFDT")]),
    ("Le directeur adjoint de l'hôpital de Remiremont, Marc Petit, a reçu les familles.",
     [("Marc Petit", "directeur adjoint", None)]),
]

# the title read whole, and the body whose name holds `of` (None: any body or none)
TITLE_ROWS = [c for table in (CHARGE_DE, QUALIFIED) for c in table]


@pytest.mark.parametrize(("text", "expected"), TITLE_ROWS, ids=[c[0][:40] for c in TITLE_ROWS])
def test_the_whole_title_and_a_body_holding_of(extract: Callable[..., dict], text: str,
                                               expected: list[tuple[str, str, str | None]]) -> None:
    got = roles_of(extract(text))
    for person, role, of in expected:
        match = [g for g in got if fold(g[0]) == fold(person) and fold(g[1]) == fold(role)]
        assert match, got
        assert of is None or (match[0][2] is not None and fold(of) in fold(match[0][2])), got


BODY_OF_THE_STORY = [
    # the first line the parser ran into the headline: its own subject is the body
    ("Dompaire : assemblée du club de judo\n\nLe Judo club de Dompaire a tenu son assemblée samedi. "
     "Devant quarante adhérents, la présidente Odile Marchal a dressé le bilan.",
     [("Odile Marchal", "présidente", "Judo club")]),
    # "le club" as the subject of the sentence before a possessive title: the body named before
    ("Le Tennis club de Vagney a fêté ses 50 ans. Le club compte 120 licenciés. Son moniteur, "
     "Yann Claudel, encadre les jeunes.",
     [("Yann Claudel", "moniteur", "Tennis club")]),
]


TEAM_SQUAD = [
    # a club's squad named by its kind and an adjective: the club named before, no new body
    ("Le FC Golbey a battu Thaon dimanche. Le capitaine de l'équipe première, Kévin Durand, a "
     "marqué deux buts.", [("Kévin Durand", "capitaine", "FC Golbey")]),
    # "a rejoint X comme adjoint": the body joined
    ("Ancien joueur du club, Damien Roux a rejoint l'ES Thaon comme entraîneur adjoint cet été.",
     [("Damien Roux", "entraîneur adjoint", "ES Thaon")]),
]


def test_a_party_named_by_its_adjective_stays_a_name(extract: Callable[..., dict]) -> None:
    got = roles_of(extract("Le Mouvement démocrate a présenté sa liste. Le candidat du parti "
                           "socialiste, Jean Roux, a répondu."))
    match = [g for g in got if fold(g[0]) == fold("Jean Roux")]
    assert match and all(g[2] is None or "democrate" not in fold(g[2]) for g in match), got


def test_the_establishment_takes_up_a_hospital_named_as_a_site(extract: Callable[..., dict]) -> None:
    # "l'établissement" takes up the hospital named before, whatever type the entity layer gives it
    text = ("Le service de maternité de l'hôpital de Neufchâteau fermera en juin. « Nous n'avons plus "
            "assez de sages-femmes », regrette le directeur de l'établissement, Paul Aubert.")
    got = roles_of(extract(text))
    match = [g for g in got if fold(g[0]) == fold("Paul Aubert") and fold(g[1]) == fold("directeur")]
    assert match and match[0][2] is not None and "hopital" in fold(match[0][2]), got


def test_the_author_of_goals_holds_no_title(extract: Callable[..., dict]) -> None:
    got = roles_of(extract("Porté par Hugo Marchal, auteur de 7 buts, Saint-Dié s'est imposé. "
                           "Anne Petit, auteur de deux romans, dédicaçait ses livres."))
    assert not [g for g in got if fold(g[0]) == fold("Hugo Marchal")], got
    assert [g for g in got if fold(g[0]) == fold("Anne Petit")], got


BRANCH = [
    # a body's local branch named by its town, then the holder: the office stays the body's
    ("Le président de l'ADMR de Dompaire, Gérard Houot, a présenté le rapport moral.",
     [("Gérard Houot", "président", "ADMR")]),
    ("La présidente de l'UNC, section de Thaon, Odile Mathis, a déposé une gerbe.",
     [("Odile Mathis", "présidente", "UNC")]),
]


CHARGED_WITH = [
    # "chargé de ..." after a title is part of it, and the holder after the comma is still read
    ("L'adjoint au maire chargé des travaux, Rémi Claude, a visité le chantier.",
     "Rémi Claude", "adjoint au maire chargé des travaux"),
    ("Hélène Weber, conseillère déléguée chargée de la jeunesse, a ouvert le forum.",
     "Hélène Weber", "conseillère déléguée chargée de la jeunesse"),
]


@pytest.mark.parametrize(("text", "person", "role"), CHARGED_WITH, ids=[c[1] for c in CHARGED_WITH])
def test_a_charge_after_a_title(extract: Callable[..., dict], text: str, person: str, role: str) -> None:
    got = roles_of(extract(text))
    assert (fold(person), fold(role)) in {(fold(g[0]), fold(g[1])) for g in got}, got


def test_a_player_of_a_departement_is_of_the_story_s_club(extract: Callable[..., dict]) -> None:
    # a gentilé of a département after a team title: the club the story names, not the département
    text = ("L'AS Vittel a battu Toul samedi. Le gardien vosgien Théo Collin a tout arrêté. "
            "L'AS Vittel recevra Lunéville dimanche prochain.")
    got = roles_of(extract(text))
    match = [g for g in got if fold(g[0]) == fold("Théo Collin") and fold(g[1]) == fold("gardien")]
    assert match and match[0][2] is not None and fold(match[0][2]) != fold("Vosges"), got


# one test over the tables of (person, role, of) rows above, each named after its construction
OF_TABLES = {
    "a seat named by its side is of the commune": COUNCIL_SIDE,
    "a body's kind then its name": BODY_KIND,
    "two coordinated complements before the holder": COORDINATED,
    "the area of an office then its body": AREA_THEN_BODY,
    "a mayor's deputy is still of the commune": MAYOR_S_DEPUTY,
    "an unknown noun then a nationality": ORIGIN_BETWEEN,
    "a title after comme is held in the body joined": JOINED,
    "the heading town is the commune": HEADING_TOWN,
    "the body a bare or possessive office is held in": BODY_OF_THE_STORY,
    "a club's squad and the club joined": TEAM_SQUAD,
    "a body's branch then the holder": BRANCH,
}
OF_ROWS = [(name, text, expected) for name, table in OF_TABLES.items() for text, expected in table]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in OF_ROWS],
                         ids=[f"{r[0]}: {r[1][:30]}" for r in OF_ROWS])
def test_the_office_and_its_body(extract: Callable[..., dict], text: str,
                                 expected: list[tuple[str, str, str | None]]) -> None:
    assert_of(roles_of(extract(text)), expected, exact=False)


# the lead engineer's rows (round 9): the body of a meeting report's bureau, the commune of
# a municipal office, the holder of the very title said again
BODIES = [
    # a bureau listed far from the body's name: the body that held its general meeting
    ("L'amicale des sapeurs-pompiers de Vincey a tenu samedi son assemblée générale à la "
     "caserne. Le docteur Louis Marchand, médecin du Service de santé, a rappelé les règles de "
     "sécurité. Plusieurs anciens ont été décorés.\nLe bureau : présidente, Martine Gérard ; "
     "secrétaire, Paul Didier.",
     [("Louis Marchand", "médecin", "Service de santé"),
      ("Martine Gérard", "présidente", "amicale des sapeurs-pompiers de Vincey"),
      ("Paul Didier", "secrétaire", "amicale des sapeurs-pompiers de Vincey")]),
    # a mayor is the commune's, not its council's
    ("Le conseil municipal de Portieux s'est réuni jeudi. Le maire, Jean-Luc Aubert, a présenté "
     "le budget.", [("Jean-Luc Aubert", "maire", "Portieux")]),
    # "Le président" after a list: the president, not the vice-president named last
    ("La section des anciens combattants a élu son bureau : président, Robert Hanus ; "
     "vice-président, Claude Marchal.\nLe président a remercié les porte-drapeaux.",
     [("Robert Hanus", "président", None), ("Claude Marchal", "vice-président", None)]),
]


@pytest.mark.parametrize(("text", "expected"), BODIES, ids=[c[1][0][1] for c in BODIES])
def test_bodies_of_local_offices(extract: Callable[..., dict], text: str,
                                 expected: list[tuple[str, str, str | None]]) -> None:
    got = [(p, r, of) for p, r, of, _ in roles_of(extract(text))]
    assert sorted(got) == sorted(expected)
