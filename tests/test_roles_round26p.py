"""Roles given by a plural title or by a passive (round 26p).

Sentences written for this round, with invented names. Three rules of French news writing
(src/factx/resolve/roles.py):

- a plural title followed by "dont" picks people out of the group: "cinq adjoints, dont X
  et Y" — each named person holds the title (RoleReader.holder, the apposition after);
- a passive's agent may be a title with the name set in apposition to it: "présidée par
  la notaire X", "présidé par son adjoint Y" — the named person holds the office the verb
  gives, as when the agent is named bare (RoleReader._titled_agent);
- a counted group held in a body, in apposition to as many names: "deux élèves du collège
  X, Léa et Hugo" — each name takes the noun in the singular, known title or not
  (RoleReader._counted_group);
- a group of people named by a plural title, presided or coached: "les jurés et les
  magistrats, présidés par X", "les joueuses du club, entraînées par Y" — the agent is the
  group's president or coach (RoleReader._members); a group led otherwise gives no title.

The guard tables hold what must not change.
"""

from collections.abc import Callable

import pytest

from conftest import role_triples as _roles


def _titles(result: dict, person: str) -> set[str]:
    return {r for p, r, _ in _roles(result) if p == person}


# ------------------------------------------------- a plural title, then "dont" and the names
@pytest.mark.parametrize(("text", "people", "title"), [
    ("Le budget est passé. Cinq conseillers municipaux, dont Gaëtan Furlaud, se sont abstenus.",
     ["Gaëtan Furlaud"], "conseiller municipal"),
    ("La réforme divise. Plusieurs députés, dont Annick Sorvel et Rémi Bastaing, ont annoncé "
     "leur opposition.", ["Annick Sorvel", "Rémi Bastaing"], "député"),
    ("Le préfet a reçu jeudi plusieurs délégués syndicaux, dont Yvon Carmaux, à Brevilly.",
     ["Yvon Carmaux"], "délégué syndical"),
    ("La liste compte onze adjoints, dont Odile Prunier et Samuel Gressot.",
     ["Odile Prunier", "Samuel Gressot"], "adjoint"),
])
def test_plural_title_dont(extract: Callable[..., dict], text: str, people: list[str],
                           title: str) -> None:
    result = extract(text)
    for person in people:
        assert any(t.startswith(title.split()[0][:6]) for t in _titles(result, person)), person


# ------------------------------------------------- a counted group held in a body, then its names
@pytest.mark.parametrize(("text", "people", "title"), [
    ("À la cérémonie, deux élèves du collège Aristide-Bergès, Maëlle Tissot et Noah Ferrand, "
     "ont déposé une gerbe.", ["Maëlle Tissot", "Noah Ferrand"], "élève"),
    ("Trois écoliers de l'école Sainte-Agathe, Irène Poupard, Joël Mandrin et Agnès Viard, "
     "ont chanté la Marseillaise.", ["Irène Poupard", "Joël Mandrin", "Agnès Viard"], "écolier"),
    ("Samedi, deux lycéens du lycée Mercadier, Théo Lamarque et Inès Borel, ont reçu un "
     "prix de poésie.", ["Théo Lamarque", "Inès Borel"], "lycéen"),
])
def test_counted_group(extract: Callable[..., dict], text: str, people: list[str], title: str) -> None:
    result = extract(text)
    for person in people:
        assert any(t.startswith(title) for t in _titles(result, person)), person


# ------------------------------------------------- a passive whose agent is a title and a name
@pytest.mark.parametrize(("text", "person", "body"), [
    ("Le comité des fêtes de Vernoux, présidé par le notaire Armand Queyrel, a fixé la date "
     "du bal.", "Armand Queyrel", "comité des fêtes"),
    ("L'office de tourisme de Vernoux est présidé depuis 2019 par l'ancien maire Léon Daubrac.",
     "Léon Daubrac", None),
    ("Le maire a indiqué que le syndicat des eaux de Vernoux, présidé par son premier adjoint "
     "Julien Morlanne, votera le tarif en mars.", "Julien Morlanne", None),
])
def test_passive_titled_agent(extract: Callable[..., dict], text: str, person: str,
                              body: str | None) -> None:
    result = extract(text)
    assert any(t.startswith("président") for t in _titles(result, person))
    if body is not None:
        assert any(p == person and r.startswith("président") and o and body in o
                   for p, r, o in _roles(result))


# ------------------------------------------------- a group of people presided or coached
@pytest.mark.parametrize(("text", "person", "title"), [
    ("Après trois heures de délibéré, les six jurés et les trois magistrats, présidés par "
     "M. Fernand Lécuyer, ont écarté la préméditation.", "Fernand Lécuyer", "président"),
    ("Les conseillers communautaires, présidés par Hélène Marsaud, ont adopté le budget.",
     "Hélène Marsaud", "présidente"),
])
def test_group_presided(extract: Callable[..., dict], text: str, person: str, title: str) -> None:
    assert title in _titles(extract(text), person)


# ------------------------------------------------- guards: what must not change
@pytest.mark.parametrize(("text", "person"), [
    # a group named by no title: no role from "dont"
    ("L'accident a fait quatre blessés, dont Maxime Jolibois, près de Brevilly.", "Maxime Jolibois"),
    ("Plusieurs habitants, dont Colette Armagnac, ont signé la pétition.", "Colette Armagnac"),
    # a group led otherwise than presided or coached
    ("Les soldats, dirigés par Bastien Ferrou, ont franchi le pont.", "Bastien Ferrou"),
    ("Les randonneurs, guidés par Bastien Ferrou, ont atteint le refuge.", "Bastien Ferrou"),
    # the count does not match the names: no group read
    ("Deux élèves du collège Aristide-Bergès, Maëlle Tissot, Noah Ferrand et Jade Lemoine, ont "
     "déposé une gerbe.", "Maëlle Tissot"),
    # following is no office
    ("Le cortège, suivi par Bastien Ferrou, a traversé le bourg.", "Bastien Ferrou"),
])
def test_guards_no_role(extract: Callable[..., dict], text: str, person: str) -> None:
    assert not _titles(extract(text), person)


@pytest.mark.parametrize(("text", "person", "title"), [
    # a bare agent keeps its office
    ("Le club de judo de Vernoux, présidé par Alix Verdane, a tenu son assemblée.",
     "Alix Verdane", "présidente"),
    # a team's players coached by a named coach (read before this round)
    ("Les joueuses de l'AS Brevilly, entraînées par Yannick Poulard, ont gagné dimanche.",
     "Yannick Poulard", "entraîneur"),
    # a meeting presided by a mayor: the mayor's title only
    ("La séance, présidée par le maire Gilbert Favrol, a duré deux heures.",
     "Gilbert Favrol", "maire"),
])
def test_guards_kept(extract: Callable[..., dict], text: str, person: str, title: str) -> None:
    assert title in _titles(extract(text), person)


def test_meeting_is_no_presidency(extract: Callable[..., dict]) -> None:
    titles = _titles(extract("La séance, présidée par le maire Gilbert Favrol, a duré deux "
                             "heures."), "Gilbert Favrol")
    assert not any(t.startswith("président") for t in titles)


def test_mission_led_is_no_post(extract: Callable[..., dict]) -> None:
    titles = _titles(extract("Une mission de l'Union africaine, dirigée par l'ancien ministre "
                             "Ibrahim Sakho, est arrivée lundi."), "Ibrahim Sakho")
    assert not any(t.startswith("directeur") for t in titles)
