"""Organizations by class of French writing (issue 11, round 15h: firms the model reads as
people or places).

Each table holds sentences written for this audit, with invented names:
- what is bought, absorbed, privatized or nationalized is a firm: the object of such a verb
  ("le groupe a racheté Varmotte"), its passive subject ("Varmotte a été racheté par ..."),
  the complement of such a noun ("le rachat de Varmotte"), in every mention of the name;
- a surname alone, apposed to a noun that names a firm and never a person ("Varmotte,
  filiale du groupe ...", "Brescat, une entreprise de ..."), is that firm.
The pitfall tables hold what must not change: a wrong organization is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names


# ---------------------------------------------- bought, absorbed, privatized: a firm
@pytest.mark.parametrize(("text", "org"), [
    ("Le groupe a racheté Pellerand pour deux milliards d'euros.", "Pellerand"),
    ("Varmotte a racheté Pellerand en 2001.", "Pellerand"),
    ("Gravanel a été racheté par un fonds américain en mars dernier.", "Gravanel"),
    ("Le rachat de Hostrel par son concurrent a été validé par Bruxelles.", "Hostrel"),
    ("La ministre veut privatiser Norvesta avant la fin de l'année.", "Norvesta"),
    ("Le géant suisse a acquis Sorbinet en 2019. Sorbinet emploie trois cents salariés à Brest.",
     "Sorbinet"),
])
def test_what_is_bought_is_a_firm(extract: Callable[..., dict], text: str, org: str) -> None:
    assert org in entity_names(extract(text), "organization")


@pytest.mark.parametrize(("text", "person"), [
    # the buyer stays what the model read: a man may buy a firm
    ("Varmotte a racheté Pellerand en 2001.", "Varmotte"),
    # a person named in full, or a surname a person of the text bears
    ("Pierre Tavelin a racheté la boulangerie de la place.", "Pierre Tavelin"),
    ("Yvrelin a été racheté par Marvejac. Jeanne Yvrelin, sa fondatrice, reste au conseil.",
     "Jeanne Yvrelin"),
])
def test_takeover_pitfalls_people(extract: Callable[..., dict], text: str, person: str) -> None:
    result = extract(text)
    assert person in entity_names(result, "person")
    assert person not in entity_names(result, "organization")


@pytest.mark.parametrize(("text", "name"), [
    # a work bought after an indefinite article, a player bought by a club
    ("Le musée a acquis un Corvin pour sa collection permanente.", "Corvin"),
    ("Le club a acquis Dombrecq, un attaquant de 22 ans.", "Dombrecq"),
    # bought by, not bought
    ("La boulangerie a été rachetée par Tavelin en 2010.", "Tavelin"),
])
def test_takeover_pitfalls_not_firms(extract: Callable[..., dict], text: str, name: str) -> None:
    assert name not in entity_names(extract(text), "organization")


# ---------------------------------------------- apposed to a noun of firms
@pytest.mark.parametrize(("text", "org"), [
    ("Otrevin, filiale du groupe Sarmelle, a été vendue.", "Otrevin"),
    ("Le juge a entendu les dirigeants de Quervilly, filiale de la banque Altamor.", "Quervilly"),
    ("Belcamp, une entreprise de travaux publics, a obtenu le chantier du pont.", "Belcamp"),
    ("La mairie a choisi Ulmerco, une société de conseil basée à Lorient.", "Ulmerco"),
    ("Marvejac, filiale française du groupe, a licencié vingt salariés.", "Marvejac"),
    ("Le contrat a été signé avec Gravanel, une firme italienne.", "Gravanel"),
    ("Cette semaine, Yvrelin, holding de la famille, a vendu ses parts.", "Yvrelin"),
])
def test_apposed_to_a_firm_noun(extract: Callable[..., dict], text: str, org: str) -> None:
    assert org in entity_names(extract(text), "organization")


@pytest.mark.parametrize(("text", "person"), [
    # a noun a person bears too
    ("Dufresnac, assureur à Quimper, a témoigné mardi.", "Dufresnac"),
    # a person's apposition
    ("Kerjanvel, une habitante du quartier, a prévenu la police.", "Kerjanvel"),
    # a full name keeps its person
    ("Marc Pradelis, agence Pradelis Immobilier, a vendu la maison.", "Marc Pradelis"),
])
def test_apposition_pitfalls(extract: Callable[..., dict], text: str, person: str) -> None:
    result = extract(text)
    assert person not in entity_names(result, "organization")


# ---------------------------------------------- a press title keeps its adjective
@pytest.mark.parametrize(("text", "org"), [
    ("Selon Le Hérisson déchaîné, le préfet aurait menti.", "Le Hérisson déchaîné"),
    ("D'après Le Hérisson déchaîné et La Vigie normande, l'usine fermera.", "Le Hérisson déchaîné"),
    ("Le journal le Grelot enchaîné publie chaque semaine une caricature du ministre.", "Grelot enchaîné"),
    ("Dans l'hebdomadaire le Hérisson déchaîné, un dessin moque le maire.", "Hérisson déchaîné"),
    ("L'affaire a été révélée par Le Hérisson déchaîné le 10 octobre 1979.", "Le Hérisson déchaîné"),
])
def test_press_title_keeps_its_adjective(extract: Callable[..., dict], text: str, org: str) -> None:
    assert org in entity_names(extract(text), "organization")


@pytest.mark.parametrize(("text", "org", "long"), [
    # what follows says when or by whom, or what is done to it: not in the name
    ("Le Phare breton paru samedi consacre sa une au port.", None, "Phare breton paru"),
    ("La Poste privatisée en 2010 a fermé le bureau de Plouzévédé.", "La Poste", "La Poste privatisée"),
    ("Selon Le Hérisson, le préfet aurait menti.", "Le Hérisson", "Le Hérisson,"),
    # a word that says the whole, not a title
    ("Le Monde entier regarde vers Plouzévédé.", None, "Le Monde entier"),
])
def test_press_title_pitfalls(extract: Callable[..., dict], text: str, org: str | None, long: str) -> None:
    names = entity_names(extract(text), "organization")
    assert not any(long in n for n in names), names
    if org:
        assert org in names
