"""Roles of world news by class of French construction (issue 12, round 18i: generality audit).

Each table holds sentences written for this audit, with invented names, one construction per
table: a sovereign named by a given name and a regnal number, then "de"/"du" + the realm,
which the model runs into one person's name ("le roi Karl IV de Suède"); the crown prince
and the supreme guide, titles of their own; and the host of a meeting whose bare state title
must not take the state of the guest ("Le Premier ministre X a reçu le président égyptien"):
the state named in the other party of a verb of meeting is that party's; and a participle of
appointment set in apposition to a name or fronted before it ("X, élu en 1998 à la présidence
de Y, ..."), whose holder is that name. The pitfall tables
hold what must not change: a wrong `of` is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names as _names
from conftest import role_triples as _roles


# ---------------------------------------------------------------- a sovereign and his realm
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Le roi Gustave IV de Suède a inauguré mardi le nouveau pont de Malmö.", "Gustave IV", "roi", "Suède"),
    ("La reine Ingrid II du Danemark a reçu hier les ambassadeurs.", "Ingrid II", "reine", "Danemark"),
    ("Vendredi, le roi Baudry Ier de Belgique a signé la loi.", "Baudry Ier", "roi", "Belgique"),
    ("Le roi Farouk III d'Arabie saoudite a été hospitalisé samedi à Riyad.", "Farouk III", "roi",
     "Arabie saoudite"),
    ("Le sultan Nasser d'Oman a formé un nouveau gouvernement.", "Nasser", "sultan", "Oman"),
    ("Le grand-duc Adalbert de Luxembourg a abdiqué en faveur de son fils.", "Adalbert", "grand-duc",
     "Luxembourg"),
    ("L'émir Tamim III du Qatar est arrivé lundi à Paris pour une visite officielle.", "Tamim III", "émir",
     "Qatar"),
])
def test_a_sovereign_and_his_realm(extract: Callable[..., dict], text: str, person: str, role: str,
                                   of: str) -> None:
    result = extract(text)
    assert (person, role, of) in _roles(result)
    assert person in _names(result, "person")


@pytest.mark.parametrize(("text", "person"), [
    # a particle of a surname, no realm: the name stays whole
    ("Le journaliste Aymeric de Vallembert a publié un livre.", "Aymeric de Vallembert"),
    # a town after a regnal number is no realm the sentence names
    ("Le pape Innocent XIV de passage à Lyon a célébré la messe.", "Innocent XIV"),
])
def test_names_that_keep_their_de(extract: Callable[..., dict], text: str, person: str) -> None:
    assert person in _names(extract(text), "person")


# ---------------------------------------------------------------- crown prince, supreme guide
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Le prince héritier saoudien Fayçal ben Moqren a rencontré les ministres du Golfe.", "Fayçal ben Moqren",
     "prince héritier", "Arabie saoudite"),
    ("Le prince héritier Rachid Benkiran a visité la nouvelle usine de Tanger.", "Rachid Benkiran",
     "prince héritier", None),
    ("La princesse héritière Sofia Lindhagen a inauguré le musée.", "Sofia Lindhagen", "princesse héritière",
     None),
    ("Le guide suprême iranien, Mahmoud Sadeghzadeh, a mis en garde les réformateurs.", "Mahmoud Sadeghzadeh",
     "guide suprême", "Iran"),
])
def test_crown_prince_and_supreme_guide(extract: Callable[..., dict], text: str, person: str, role: str,
                                        of: str | None) -> None:
    assert (person, role, of) in _roles(extract(text))


def test_a_crown_prince_takes_no_title_of_the_one_he_meets(extract: Callable[..., dict]) -> None:
    roles = _roles(extract("Le prince héritier koweïtien Salem al-Jaber a rencontré le président "
                           "tunisien."))
    assert not any(p == "Salem al-Jaber" and r == "président" for p, r, _ in roles)


# ---------------------------------------------------------------- the state of the one met
@pytest.mark.parametrize(("text", "person", "role"), [
    ("Le Premier ministre Magnus Bergqvist a rencontré mardi le président égyptien.", "Magnus Bergqvist",
     "premier ministre"),
    ("Le chancelier Reinhold Baumgartl a reçu jeudi le roi de Jordanie.", "Reinhold Baumgartl", "chancelier"),
    ("La Première ministre Helle Skovgaard s'est entretenue avec le président tunisien.", "Helle Skovgaard",
     "première ministre"),
    ("Le Premier ministre Magnus Bergqvist a accueilli lundi le président syrien Nabil Haddouri.",
     "Magnus Bergqvist", "premier ministre"),
])
def test_the_state_of_the_one_met_is_not_the_hosts(extract: Callable[..., dict], text: str, person: str,
                                                   role: str) -> None:
    assert (person, role, None) in _roles(extract(text))


@pytest.mark.parametrize(("text", "person", "role", "of"), [
    # the host's own state stated: kept
    ("Le Premier ministre grec Kostas Lemonidis a reçu le président égyptien.", "Kostas Lemonidis",
     "premier ministre", "Grèce"),
    # the one met keeps his state
    ("Le Premier ministre Magnus Bergqvist a accueilli lundi le président syrien Nabil Haddouri.",
     "Nabil Haddouri", "président", "Syrie"),
    # no verb of meeting: the head of state of the story appoints his own Premier ministre
    ("Au Caire, le président égyptien Samir Bedraoui a limogé le Premier ministre Atef Khaldoun.",
     "Atef Khaldoun", "premier ministre", "Égypte"),
    ("Le gouvernement grec a présenté son budget. Le ministre des Finances, Petros Valaoritis, a défendu "
     "les économies.", "Petros Valaoritis", "ministre des finances", "Grèce"),
])
def test_states_that_stay(extract: Callable[..., dict], text: str, person: str, role: str, of: str) -> None:
    assert (person, role, of) in _roles(extract(text))


# ---------------------------------------------------------------- a participle of appointment in apposition
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Olav Brekke, élu à la présidence de la Commission du Danube, quitte ses fonctions.", "Olav Brekke",
     "président", "Commission du Danube"),
    ("Olav Brekke, élu en 1998 à la présidence de la Commission du Danube, quitte ses fonctions.",
     "Olav Brekke", "président", "Commission du Danube"),
    ("Ilze Kalnina, réélue lundi à la présidence du Comité olympique letton, a remercié ses soutiens.",
     "Ilze Kalnina", "présidente", "Comité olympique letton"),
    ("Tomasz Wrzosowski, nommé à la direction de la Banque nordique, a présenté son plan.",
     "Tomasz Wrzosowski", "directeur", "Banque nordique"),
    ("Élu en 1998 à la présidence de la Commission du Danube, Olav Brekke quitte ses fonctions.",
     "Olav Brekke", "président", "Commission du Danube"),
])
def test_a_participle_of_appointment_in_apposition(extract: Callable[..., dict], text: str, person: str,
                                                   role: str, of: str) -> None:
    assert (person, role, of) in _roles(extract(text))


@pytest.mark.parametrize(("text", "person"), [
    # the name is the complement of the phrase the participle qualifies: not the one elected
    ("Le successeur d'Olav Brekke, élu à la présidence de la Commission du Danube, sera connu lundi.",
     "Olav Brekke"),
    ("La fille d'Ilze Kalnina, élue à la présidence du Comité olympique letton, a parlé.", "Ilze Kalnina"),
])
def test_a_participle_after_a_complement_name(extract: Callable[..., dict], text: str, person: str) -> None:
    assert not any(p == person for p, _, _ in _roles(extract(text)))
