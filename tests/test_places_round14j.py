"""Names factx took for places that the document shows to be something else (issue 11).

- A thing named with its noun once ("le cargo X", "l'étoile X", "une roquette de type X",
  "Tempête X :" opening a headline) is that thing in all its mentions: read alone
  elsewhere ("l'équipage du X") it is no place; a country stays one ("le paquebot Honduras"
  beside "le Honduras"), and so does a town the text also writes after "à".
- The time after or before someone's rule ("l'après-X") is no place.

A rule that made a people named by a compound of two capitalized words ("les Têtes-Rouges")
no place was taken back: it lowered two blind cells (see docs/accuracy.md, round 14). The
compound places it had to leave alone stay as regression rows.
"""

import pytest

from conftest import entity_names


def _places(result: dict) -> set[str]:
    return entity_names(result, "place")


# -- J1: a thing named with its noun is no place anywhere in the document ---------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Le cargo Varnholm a heurté un ferry au large. L'équipage du Varnholm a été secouru.",
     "Varnholm"),
    ("Les astronomes observent l'étoile Beta Lyrandis. Beta Lyrandis est à dix années-lumière "
     "de la Terre.", "Beta Lyrandis"),
    ("La planète tourne autour de son étoile naine rouge Kappa Orvalis B. Le système Kappa "
     "Orvalis compte trois étoiles.", "Kappa Orvalis B"),
    ("Le chalutier Korrigwen a coulé lundi. Les recherches autour du Korrigwen ont cessé.",
     "Korrigwen"),
    ("Le pétrolier Ostravik s'est échoué. La marée noire causée par Ostravik inquiète les "
     "pêcheurs.", "Ostravik"),
    # already right before: the model reads these as no place
    ("L'ouragan Brenda a touché la côte mardi. Les dégâts causés par Brenda sont estimés à "
     "deux milliards.", "Brenda"),
    ("Une roquette de type Zerkan est tombée près de la frontière. Les tirs de Zerkan ont "
     "repris dans la nuit.", "Zerkan"),
])
def test_thing_named_by_its_noun_is_no_place(extract, text: str, name: str) -> None:
    assert name not in _places(extract(text))
    assert not any(name in p for p in _places(extract(text)))


@pytest.mark.parametrize(("text", "place"), [
    # pitfalls: a country named by a ship, a town the text also goes to, a plain port
    ("Le paquebot Honduras a quitté le port. Le Honduras a salué son départ.", "Honduras"),
    ("Le sous-marin Lorvenec est rentré à Lorvenec après trois mois de mission.", "Lorvenec"),
    ("Le navire a quitté le port de Binic mardi. Il doit rejoindre Erquy.", "Erquy"),
    ("Une roquette est tombée près de Pretoria dans la nuit.", "Pretoria"),
])
def test_places_beside_things_stay(extract, text: str, place: str) -> None:
    assert place in _places(extract(text))


# -- J2: compound places stay places ----------------------------------------------------------

@pytest.mark.parametrize(("text", "place"), [
    # pitfalls: compound places, known or shaped as places
    ("Les Hautes-Pyrénées ont voté pour le projet.", "Hautes-Pyrénées"),
    ("Il habite dans les Hautes-Fagnes depuis dix ans.", "Hautes-Fagnes"),
    ("Elle est née à Port-Vendres et vit aux Mille-Étangs.", "Mille-Étangs"),
    ("La course partira de Saint-Brévin-les-Pins dimanche.", "Saint-Brévin-les-Pins"),
    ("Deux Nord-Coréens ont franchi la frontière, selon Pyongyang.", "Pyongyang"),
])
def test_compound_places_stay(extract, text: str, place: str) -> None:
    assert place in _places(extract(text))


# -- J3: the time after someone's rule is no place ----------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Le pays prépare l'après-Zoltani depuis des mois.", "Zoltani"),
    ("Les investisseurs s'inquiètent de l'après Mbarga au Gabon.", "Mbarga"),
    ("Les partis se disputent déjà l'avant-Kessouri, selon un diplomate.", "Kessouri"),
    # already right before: the model reads it as a person
    ("Les islamistes veulent peser dans la première assemblée de l'après Zoltani.", "Zoltani"),
])
def test_era_after_a_ruler_is_no_place(extract, text: str, name: str) -> None:
    assert not any(name in p for p in _places(extract(text)))


@pytest.mark.parametrize(("text", "place"), [
    ("Il est arrivé après Lézardrieux et avant Tréguier.", "Tréguier"),
    ("Les investisseurs s'inquiètent de l'après Mbarga au Gabon.", "Gabon"),
    ("Après Lézardrieux, la course rejoindra Tréguier.", "Lézardrieux"),
])
def test_places_after_apres_stay(extract, text: str, place: str) -> None:
    assert place in _places(extract(text))


@pytest.mark.parametrize(("text", "place"), [
    # pitfalls: a land whose last word ends as a people's singular does
    ("Un convoi de deux cents émigrants, tous du Nord-Vivarais, a quitté le port.", "Nord-Vivarais"),
    ("Les vignerons du Bas-Morvanais ont vendangé tôt cette année.", "Bas-Morvanais"),
])
def test_compound_lands_stay(extract, text: str, place: str) -> None:
    assert place in _places(extract(text))
