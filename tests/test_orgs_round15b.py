"""Organizations by class of French writing (issue 11, round 15b: per-mechanism audit).

Each table holds sentences written for this audit, with invented names:
- a body named by one capitalized common noun and a state's adjective of nationality ("la
  Poste belge", "la Marine argentine"): the adjective is part of its name, as in "le
  Parlement maltais", even where the model's span stops before it;
- a national body followed by a lower-case complement that only says which local branch
  is meant ("l'Éducation nationale de la circonscription", "l'Office national des forêts
  du secteur"): the name ends before it.
The pitfall tables hold what must not change: a wrong organization is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names


# ---------------------------------------------- a common noun of a body + nationality
@pytest.mark.parametrize(("text", "org"), [
    ("Selon un communiqué, la Poste belge augmentera ses tarifs en janvier.", "Poste belge"),
    ("Le timbre à l'effigie de Maëlle Trégarvan a été édité par la Poste portugaise en mars.",
     "Poste portugaise"),
    ("Les salariés de la Poste française sont en grève depuis lundi.", "Poste française"),
])
def test_a_national_body_keeps_its_adjective(extract: Callable[..., dict], text: str, org: str) -> None:
    assert org in entity_names(extract(text), "organization")


@pytest.mark.parametrize(("text", "org"), [
    # already whole in the model's span: must stay so
    ("Les plongeurs de la Marine argentine ont retrouvé l'épave du chalutier.", "Marine argentine"),
    ("La Police japonaise a arrêté deux suspects samedi à Osaka.", "Police japonaise"),
    ("Hier, la Gendarmerie belge a ouvert une enquête sur l'accident d'Erwan Lestrohan.",
     "Gendarmerie belge"),
    # the adjective set off by a comma, or after a semicolon, qualifies something else
    ("La Poste, belge depuis 1830, a fêté son anniversaire.", "La Poste"),
    # an acronym drops its adjective ("la BBC britannique" is the BBC)
    ("La BBC britannique a diffusé le reportage de Yannig Kervennic.", "BBC"),
    # a name of several words keeps what it had
    ("La Croix-Rouge française a envoyé des secours à Plouzévédé.", "Croix-Rouge française"),
    ("Le Parlement européen a voté le texte jeudi.", "Parlement européen"),
])
def test_national_adjective_pitfalls(extract: Callable[..., dict], text: str, org: str) -> None:
    names = entity_names(extract(text), "organization")
    assert any(n in (org, "La " + org, "la " + org) for n in names), names


# ---------------------------------------------- a national body's local branch
@pytest.mark.parametrize(("text", "org", "long"), [
    ("Elle a rencontré l'inspectrice de l'Éducation nationale de la circonscription.",
     "Éducation nationale", "Éducation nationale de la circonscription"),
    ("Les agents de l'Office national des forêts du secteur ont balisé le sentier.",
     "Office national des forêts", "Office national des forêts du secteur"),
    ("Le responsable de la Police nationale de la commune, Erwan Lestrohan, a porté plainte.",
     "Police nationale", "Police nationale de la commune"),
    ("Les militants du Rassemblement national du canton ont collé des affiches à Plouzévédé.",
     "Rassemblement national", "Rassemblement national du canton"),
    ("L'Agence nationale pour l'emploi de la ville fermera ses portes en juin.",
     "Agence nationale pour l'emploi", "Agence nationale pour l'emploi de la ville"),
])
def test_a_national_body_ends_before_its_local_branch(extract: Callable[..., dict], text: str, org: str,
                                                      long: str) -> None:
    names = entity_names(extract(text), "organization")
    assert org in names and long not in names


@pytest.mark.parametrize(("text", "org"), [
    # no "national" in the name: a local body named with its unit
    ("Le comité des fêtes de la commune organise un loto dimanche.", "comité des fêtes de la commune"),
    # a proper name in the complement stays
    ("Le Conseil national de la Résistance a été fondé en 1943.", "Conseil national de la Résistance"),
    ("L'Office public d'aménagement de la ville de Plouzévédé a voté son budget.",
     "Office public d'aménagement de la ville de Plouzévédé"),
])
def test_local_branch_pitfalls(extract: Callable[..., dict], text: str, org: str) -> None:
    assert org in entity_names(extract(text), "organization")


# ---------------------------------------------- a minister's party between title and portfolio
@pytest.mark.parametrize(("text", "portfolio", "party"), [
    ("Yannig Kervennic, ancien ministre RPR de la Coopération, a été entendu.", "Coopération", "RPR"),
    ("Le ministre UMP de l'Intérieur a démenti toute fuite.", "Intérieur", "UMP"),
    ("Erwan Lestrohan, ministre PS des Finances, a présenté le budget.", "Finances", "PS"),
    ("Selon Maëlle Trégarvan, ex-ministre UDF de l'Agriculture, la réforme échouera.", "Agriculture", "UDF"),
])
def test_a_ministers_party_before_the_portfolio(extract: Callable[..., dict], text: str, portfolio: str,
                                                party: str) -> None:
    names = entity_names(extract(text), "organization")
    assert portfolio not in names and party in names


@pytest.mark.parametrize(("text", "org"), [
    # a union's officer of a firm: the firm is a body
    ("Le secrétaire CGT de Renault a dénoncé les suppressions de postes.", "Renault"),
    ("Yannig Kervennic, délégué FO de la Poste, a protesté.", "Poste"),
    ("Erwan Lestrohan, militant PS de la Fédération des Côtes-d'Armor, a voté.",
     "Fédération des Côtes-d'Armor"),
])
def test_a_party_before_a_body_pitfalls(extract: Callable[..., dict], text: str, org: str) -> None:
    names = entity_names(extract(text), "organization")
    assert any(n in (org, "la " + org, "La " + org) for n in names), names
