"""Organizations found by factx's rules of French news writing (components/organizations.py).

Each row is a sentence written for these tests, the organizations it must yield and names
that must not come out as organizations.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest


def _named(result: dict, kind: str) -> set[str]:
    return {e["name"] for e in result["entities"] if e["type"] == kind}


def _forms(result: dict, kind: str) -> set[str]:
    return {m["text"] for e in result["entities"] if e["type"] == kind for m in e["mentions"]}


INSTITUTIONS = [
    # a head noun and its "de" complements, cut before "à", a comma or a verb
    ("Le rendez-vous a été confirmé par l'ambassade de Belgique à Lisbonne.",
     {"ambassade de Belgique"}, {"Belgique"}),
    ("Selon la direction de l'aviation civile kényane, l'appareil était en règle.",
     {"direction de l'aviation civile kényane"}, set()),
    ("Le service départemental d'incendie et de secours a déployé trois camions.",
     {"service départemental d'incendie et de secours"}, set()),
    ("Le comité de jumelage prépare la venue d'une délégation allemande.",
     {"comité de jumelage"}, set()),
    ("Dimanche, l'association des commerçants de Lunéville organise une braderie.",
     {"association des commerçants de Lunéville"}, set()),
    ("Le prévenu a été condamné par le tribunal correctionnel de Nancy.",
     {"tribunal correctionnel de Nancy"}, set()),
    ("Les pompiers de Saint-Dié sont arrivés en dix minutes.",
     {"pompiers de Saint-Dié"}, set()),
    # a head that is also a common noun needs a name in its complement
    ("Les enfants jouaient dans la cour de l'école quand l'orage a éclaté.", set(), {"cour de l'école"}),
    ("Le gouvernement de coalition a tenu sa première réunion hier.", set(), {"gouvernement de coalition"}),
    ("Il a contacté les services de la mairie pour se plaindre.", set(), {"services de la mairie"}),
    # a capital on the head marks a proper name, whatever its complement
    ("Le Comité des fêtes a réuni ses bénévoles; la Cour des comptes dénonce la gestion.",
     {"Comité des fêtes", "Cour des comptes"}, set()),
    ("L'Amicale des sapeurs-pompiers de Gérardmer organise son bal.",
     {"Amicale des sapeurs-pompiers de Gérardmer"}, set()),
    # an indefinite, demonstrative or possessive word describes a body, it does not name one
    ("Il tient la loge pour une association néfaste de lobbyistes fanatiques.",
     set(), {"association néfaste de lobbyistes fanatiques"}),
    ("Chaque comité de quartier recevra une subvention de la commune.", set(), {"comité de quartier"}),
    ("Le club a réuni son conseil de discipline après la bagarre.", set(), {"conseil de discipline"}),
    # the board of a body named right there is a part of it, not another body
    ("Le conseil d'administration de la Fondation Pasteur s'est réuni.",
     {"Fondation Pasteur"}, {"conseil d'administration de la Fondation Pasteur"}),
]


@pytest.mark.parametrize(("text", "orgs", "not_orgs"), INSTITUTIONS)
def test_institutions_named_by_head_noun(extract: Callable[..., dict], text: str, orgs: set[str],
                                         not_orgs: set[str]) -> None:
    result = extract(text)
    assert orgs <= _named(result, "organization")
    assert not (not_orgs & _forms(result, "organization"))


VENUES = [
    ("Le blessé a été transporté à l'hôpital de Remiremont.", "hôpital de Remiremont"),
    ("Le tableau sera exposé au musée des Beaux-Arts de Nancy cet été.", "musée des Beaux-Arts de Nancy"),
]


@pytest.mark.parametrize(("text", "place"), VENUES)
def test_buildings_named_by_their_kind_are_places(extract: Callable[..., dict], text: str,
                                                  place: str) -> None:
    result = extract(text)
    assert place in _named(result, "place")
    assert place not in _named(result, "organization")


TITLED = [
    # the noun before the name says what it is; every other mention follows
    ("Le documentaire diffusé par la chaîne britannique Channel Four a fait du bruit. "
     "Channel Four n'a pas souhaité réagir.", "Channel Four"),
    ("D'après le quotidien Irish Times, le ministre va démissionner.", "Irish Times"),
    ("Les résultats ont paru dans la revue Science la semaine dernière.", "Science"),
    ("L'article a été retiré du site Wikipédia après une semaine.", "Wikipédia"),
    # a firm named by its trade and the family's name keeps the trade (test_local_bodies.py)
    ("Il a travaillé trente ans à la laiterie Fromentin avant sa retraite.", "laiterie Fromentin"),
]


@pytest.mark.parametrize(("text", "org"), TITLED)
def test_name_after_a_title_noun_is_an_organization(extract: Callable[..., dict], text: str,
                                                    org: str) -> None:
    result = extract(text)
    assert org in _named(result, "organization")
    assert org not in _named(result, "misc") | _named(result, "person") | _named(result, "place")


SPLITS = [
    # a parent body given by its acronym is a separate organization
    ("Le Conseil de sécurité de l'ONU se réunira lundi.", {"Conseil de sécurité", "ONU"},
     {"Conseil de sécurité de l'ONU"}),
    # a text of a body keeps its name, and the body is named too
    ("Selon le gouvernement, cette frappe viole la Charte de l'OTAN.", {"OTAN"}, set()),
    # a portfolio is not an organization
    ("Le ministre de l'Intérieur a annoncé des renforts.", set(), {"Intérieur"}),
    ("La secrétaire à l'Énergie, Jane Doe, a visité le site.", set(), {"Énergie"}),
    # but the body a secretary leads is one
    ("Le secrétaire général de la CGT a appelé à la grève.", {"CGT"}, set()),
]


@pytest.mark.parametrize(("text", "orgs", "not_orgs"), SPLITS)
def test_where_a_name_ends(extract: Callable[..., dict], text: str, orgs: set[str],
                           not_orgs: set[str]) -> None:
    result = extract(text)
    assert orgs <= _named(result, "organization")
    assert not (not_orgs & _forms(result, "organization"))


def test_names_listed_with_organizations(extract: Callable[..., dict]) -> None:
    result = extract("Les combattants du MNLA, du Mujao et d'Al-Qaïda tiennent la ville.")
    assert {"MNLA", "Mujao"} <= _named(result, "organization")


def test_capital_rubrics_are_not_organizations(extract: Callable[..., dict]) -> None:
    text = ("CIRCULATION. La rue principale sera fermée lundi.\n"
            "PATRIMOINE. Les journées du patrimoine attirent toujours autant de visiteurs.\n")
    result = extract(text)
    assert not ({"CIRCULATION", "PATRIMOINE"} & _forms(result, "organization"))


SPORTS = [
    # what a team plays against, or who beats whom, in a sports report
    ("Devant ses supporters, Nancy a battu Metz en championnat. L'entraîneur a félicité ses joueurs "
     "après le match.", {"Nancy", "Metz"}, set()),
    ("Le match contre Sochaux s'annonce difficile pour l'entraîneur, privé de son gardien et de son "
     "meilleur buteur.", {"Sochaux"}, set()),
    # where the game is played stays a place; so does a national team's country
    ("Après le match nul face à Auxerre, les joueurs de l'entraîneur iront à Lorient en championnat.",
     {"Auxerre"}, {"Lorient"}),
    ("Au terme d'un match serré, Épinal s'est incliné devant Longwy, malgré le soutien des supporters "
     "et un bon gardien.", {"Longwy"}, set()),
    # outside sport, a town after "contre" is a town
    ("Les habitants ont manifesté contre Strasbourg, accusée de bloquer le projet.", set(), {"Strasbourg"}),
    # a club abbreviation starts the club's name
    ("L'attaquant de l'AS Nancy-Lorraine a signé au FC Lorient.", {"AS Nancy-Lorraine", "FC Lorient"}, set()),
]


@pytest.mark.parametrize(("text", "orgs", "not_orgs"), SPORTS)
def test_sports_clubs_named_by_their_town(extract: Callable[..., dict], text: str, orgs: set[str],
                                          not_orgs: set[str]) -> None:
    result = extract(text)
    assert orgs <= _named(result, "organization")
    assert not (not_orgs & _forms(result, "organization"))


@pytest.mark.parametrize(("text", "expected"), [
    ("Nancy a battu Metz en championnat, sous les yeux de l'entraîneur et devant 20 000 supporters.", True),
    ("Le conseil municipal a voté le budget de la commune pour l'année prochaine.", False),
])
def test_sports_report(nlp, text: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    from factx.components.organizations import is_sports_report

    assert is_sports_report(nlp(text)) is expected


@pytest.mark.parametrize(("text", "org", "not_org"), [
    # an acronym for a body: the expansion names the organization
    ("Les organismes de placement collectif (OPC) devront publier leurs frais.",
     "organismes de placement collectif", None),
    ("La Fédération française de cyclisme (FFC) a suspendu le coureur.",
     "Fédération française de cyclisme", None),
    # an acronym for a thing is not an organization
    ("Il a été victime d'un accident vasculaire cérébral (AVC) samedi.", None, "AVC"),
    ("Le revenu minimum d'insertion (RMI) sera remplacé l'an prochain.", None, "RMI"),
])
def test_acronyms_of_bodies_and_of_things(extract: Callable[..., dict], text: str, org: str | None,
                                          not_org: str | None) -> None:
    result = extract(text)
    if org:
        assert org in _named(result, "organization")
    if not_org:
        assert not_org not in _forms(result, "organization")


EVIDENCE = [
    # an ordinal before the head is part of the name
    ("Le 3e régiment de hussards quittera la caserne en juin.", {"3e régiment de hussards"}, set()),
    # a seat of power that acts stands for the government; as a building it stays a place
    ("Le Kremlin a démenti toute rencontre avec l'opposant.", {"Kremlin"}, set()),
    ("Le Kremlin se trouve au cœur de Moscou.", set(), {"Kremlin"}),
    # the name after its members is a body
    ("Les militants de Boko Haram ont revendiqué l'attaque.", {"Boko Haram"}, set()),
    # a name whose first word is a noun of bodies
    ("Le navigateur de Groupe Michaud a franchi la ligne.", {"Groupe Michaud"}, set()),
    # "la Ville de X" with a capital is the town as a body
    ("La Ville de Toul a prêté un chapiteau à l'association.", {"Ville de Toul"}, set()),
    # ministers are people, not a body
    ("Les ministres des Finances de la zone euro se retrouvent à Bruxelles.", set(),
     {"ministres des Finances de la zone euro", "Finances"}),
    # in a sports report, a league or a cup is a competition
    ("Le club jouera la Ligue des champions : l'entraîneur et ses joueurs visent la finale du championnat.",
     set(), {"Ligue des champions"}),
]


@pytest.mark.parametrize(("text", "orgs", "not_orgs"), EVIDENCE)
def test_document_evidence(extract: Callable[..., dict], text: str, orgs: set[str],
                           not_orgs: set[str]) -> None:
    result = extract(text)
    assert orgs <= _named(result, "organization")
    assert not (not_orgs & _forms(result, "organization"))


@pytest.mark.parametrize(("text", "not_org"), [
    ("Rappelons que la société avait déjà été condamnée en 2010.", "Rappelons"),
    ("Le lanceur doit décoller à 18 h 15 UTC depuis la Guyane.", "UTC"),
])
def test_words_that_are_not_names(extract: Callable[..., dict], text: str, not_org: str) -> None:
    assert not_org not in _forms(extract(text), "organization")


def test_dateline_in_capitals_is_a_place(extract: Callable[..., dict]) -> None:
    result = extract("date 2001-03-02\n\nVictoire à domicile.\n"
                     "BORDEAUX. _ Les joueurs ont fêté leur victoire.")
    assert "BORDEAUX" in _named(result, "place")
    assert "BORDEAUX" not in _forms(result, "organization")


@pytest.mark.parametrize(("text", "org", "not_org"), [
    ("Le bureau de l'Organisation internationale de la francophonie pour l'Asie-Pacifique a ouvert.",
     "Organisation internationale de la francophonie",
     "Organisation internationale de la francophonie pour l'Asie-Pacifique"),
    ("Un reportage de la BBC britannique a relancé l'affaire.", "BBC", "BBC britannique"),
    # a nationality adjective that is part of the name stays
    ("L'Union européenne et l'Autorité palestinienne ont signé l'accord.", "Autorité palestinienne",
     "Autorité"),
])
def test_names_not_stretched_past_their_end(extract: Callable[..., dict], text: str, org: str,
                                            not_org: str) -> None:
    result = extract(text)
    assert org in _named(result, "organization")
    assert not_org not in _forms(result, "organization")


@pytest.mark.parametrize(
    "text, org",
    [
        # a name after the people who run or work for a body is that body
        ("Les doutes du dirigeant de Thomson se changèrent en inquiétudes.", "Thomson"),
        ("Les actionnaires de Vivendi ont protesté hier devant le siège.", "Vivendi"),
        ("Le PDG de Michelin a annoncé des suppressions de postes.", "Michelin"),
    ],
)
def test_a_name_after_those_who_run_it_is_a_body(extract: Callable[..., dict], text: str, org: str) -> None:
    result = extract(text)
    assert org in _named(result, "organization")
    assert org not in _named(result, "person")
