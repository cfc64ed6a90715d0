"""Organizations of regional writing: precision (round 19a).

Classes of wrong organizations of a regional daily, probed with invented stories:
- a maker's name and a model's after an indefinite article ("une Renault Clio", "un Ford
  Transit"): one car, not a body (the one-word "une Clio" and "une Renault 21" already were);
  a branch of a bank opening on a common noun ("un Crédit Mutuel") stays a body;
- a street or a square after a shop's noun ("un magasin rue Thiers", "la pharmacie place
  Carnot"): the address of the shop, which the kind noun had made an organization; the
  place stays a place;
- a band's or a club's name the model ran into the verb of its clause ("[L'Écho de la
  Vallée défilera] jusqu'au stade"): the name ends before the verb;
- a shop the model read as a place with its trade's noun ("Dimanche, la [boulangerie
  Hennequin] a ..."): the trade and the name are the shop, as after the article;
- a firm's name after the noun of a site, then "de" and the town of the site ("l'usine Daum
  de Nancy", the model's "l'usine [PSA de Trémery]"): the firm ends before "de", the town is
  a place (a band's or a club's town, a firm's after another kind, stays in its name);
- a firm's name and the legal form after it ("Baccarat SA"): one firm, even when the name
  alone is a town's; "la direction de" before it is no part of it.
"""

from collections.abc import Callable

import pytest


def _types(result: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in result["entities"]}


@pytest.mark.parametrize(("text", "thing"), [
    ("Le conducteur d'une Citroën Xsara Picasso a été blessé hier soir à la sortie de Mervange.",
     "Citroën Xsara Picasso"),
    # (already right before round 19a: the model called these a thing)
    ("Un habitant de Varcourt a perdu le contrôle de sa voiture. Sa Renault Clio a percuté un arbre, "
     "puis une Peugeot Partner garée sur le bas-côté.", "Peugeot Partner"),
    ("Les gendarmes ont retrouvé un Ford Transit abandonné près de l'étang de Hautrupt.", "Ford Transit"),
    ("Une Renault Clio immatriculée dans les Vosges a été volée samedi à Moncourt.", "Renault Clio"),
])
def test_a_maker_and_a_model_counted_once_are_a_car(
        extract: Callable[..., dict], text: str, thing: str) -> None:
    types = _types(extract("date 2001-06-12\n" + text))
    assert types.get(thing) != "organization", types


@pytest.mark.parametrize(("text", "body"), [
    # guards: a body's name opening on a common noun after "un", and a maker named as a body
    ("À Moncourt, un Crédit Mutuel vient d'ouvrir ses portes près de la mairie.", "Crédit Mutuel"),
    ("Une Banque Populaire ouvrira l'an prochain dans le centre de Varcourt.", "Banque Populaire"),
    ("Renault a annoncé mardi l'embauche de deux cents intérimaires dans son usine.", "Renault"),
])
def test_a_body_after_an_indefinite_article_stays(
        extract: Callable[..., dict], text: str, body: str) -> None:
    types = _types(extract("date 2001-06-12\n" + text))
    assert types.get(body) == "organization", types


@pytest.mark.parametrize(("text", "street"), [
    ("Les Galeries Merlin ouvriront un magasin rue Thiers au printemps.", "rue Thiers"),
    ("Un opticien installé rue des Tanneurs depuis vingt ans prend sa retraite; son magasin "
     "avenue Foch sera repris par sa fille.", "avenue Foch"),
    # (already right before round 19a)
    ("La boulangerie place Carnot fermera ses portes en août.", "place Carnot"),
])
def test_a_street_after_a_shop_is_its_address(extract: Callable[..., dict], text: str, street: str) -> None:
    types = _types(extract("date 2002-03-08\n" + text))
    assert types.get(street) == "place", types


@pytest.mark.parametrize(("text", "body"), [
    # guards: a shop's own name after its kind stays the shop
    ("Les clients de la boulangerie Hennequin font la queue dès sept heures.", "boulangerie Hennequin"),
    ("Le supermarché Intermarché de Varcourt recrute deux caissières.", "Intermarché"),
])
def test_a_shop_named_after_its_kind_stays(extract: Callable[..., dict], text: str, body: str) -> None:
    types = _types(extract("date 2002-03-08\n" + text))
    assert types.get(body) == "organization", types


@pytest.mark.parametrize(("text", "body"), [
    # the model took the trade's noun into a place: "[boulangerie Hennequin]" as a place
    ("Samedi, la boucherie Thirion a fêté ses cinquante ans.", "boucherie Thirion"),
    # (already right before round 19a: the model read the name alone, as a person)
    ("Depuis lundi, la pharmacie Guerquin a changé de propriétaire.", "pharmacie Guerquin"),
])
def test_a_shop_the_model_read_as_a_place_with_its_kind(
        extract: Callable[..., dict], text: str, body: str) -> None:
    types = _types(extract("date 2002-03-08\n" + text))
    assert types.get(body) == "organization", types


@pytest.mark.parametrize(("text", "firm", "town"), [
    ("L'usine Daum de Nancy n'est pas concernée par le plan social.", "Daum", "Nancy"),
    ("Le magasin Muller de Lunéville fermera ses portes à la fin du mois.", "Muller", "Lunéville"),
    # the model's own organization ran over the town
    ("Les ouvriers de l'usine PSA de Trémery ont cessé le travail mardi.", "PSA", "Trémery"),
    # (already right before round 19a: the model split them itself)
    ("Il a fait toute sa carrière à l'usine Vaudrel de Toul.", "Vaudrel", "Toul"),
])
def test_a_firm_after_its_kind_ends_before_its_town(
        extract: Callable[..., dict], text: str, firm: str, town: str) -> None:
    types = _types(extract("date 2002-03-08\n" + text))
    assert types.get(firm) == "organization", types
    assert types.get(town) == "place", types


@pytest.mark.parametrize(("text", "body"), [
    # guards: a band's or a club's town is part of its name; a firm named by a common noun and a town
    ("La chorale Saint-Nabor de Mévaux chantera à Noël.", "chorale Saint-Nabor de Mévaux"),
    ("Le club Jeunesse de Toul a gagné son dernier match.", "Jeunesse de Toul"),
    ("L'entreprise Électricité de Strasbourg recrute des techniciens.", "Électricité de Strasbourg"),
])
def test_a_name_with_its_town_stays_whole(extract: Callable[..., dict], text: str, body: str) -> None:
    types = _types(extract("date 2002-03-08\n" + text))
    assert types.get(body) == "organization", types


@pytest.mark.parametrize(("text", "firm"), [
    ("La direction de Baccarat SA annonce quatre-vingts suppressions d'emplois.", "Baccarat SA"),
    ("Les Transports Colin SAS ont livré le matériel lundi matin.", "Transports Colin SAS"),
    # (already right before round 19a: the model's own organization)
    ("Le groupe a racheté Cuny SA en 1998 pour développer ses ventes.", "Cuny SA"),
])
def test_a_name_before_a_legal_form_is_a_firm(extract: Callable[..., dict], text: str, firm: str) -> None:
    types = _types(extract("date 2002-03-08\n" + text))
    assert types.get(firm) == "organization", types


@pytest.mark.parametrize(("text", "band", "verb"), [
    ("La fanfare L'Écho de la Vallée défilera jusqu'au monument aux morts.", "L'Écho de la Vallée",
     "défilera"),
    # (already right before round 19a)
    ("Samedi, la fanfare L'Écho du Val chantera devant la mairie de Moncourt.", "L'Écho du Val", "chantera"),
])
def test_a_name_ends_before_the_verb_of_its_clause(
        extract: Callable[..., dict], text: str, band: str, verb: str) -> None:
    types = _types(extract("date 2000-07-01\n" + text))
    assert any(band in name and kind == "organization" for name, kind in types.items()), types
    assert not any(verb in name for name in types), types


@pytest.mark.parametrize(("text", "body"), [
    # guards: names after their kind that were already whole
    ("La chorale La Clé des Chants donnera un concert dimanche à l'église.", "La Clé des Chants"),
    ("L'harmonie La Lyre de Brémoncourt jouera samedi à Varcourt.", "La Lyre de Brémoncourt"),
])
def test_a_band_after_its_kind_stays_whole(extract: Callable[..., dict], text: str, body: str) -> None:
    types = _types(extract("date 2000-07-01\n" + text))
    assert types.get(body) == "organization", types
