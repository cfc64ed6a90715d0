"""Entities on fresh text (round 25b).

- A title line has no article, no preposition, no verb around its names, and the model often
  reads a town there as a person ("quinze ans de rencontres avec X") or a road as a thing
  ("RN 66 : ..."); the body, with "à X", "sur la RN 66", reads a place. A name whose body
  mentions all have one type, a place or an organization, takes it on the title lines too:
  one entity, not a person and a place of the same name.
- Guards: a person the body names as a person stays one; a civility in the title keeps a
  person; a town read as a place everywhere stays a place.
Sentences and names are invented for these tests.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names

_FRIENDS = ("Amitié : quinze ans de rencontres avec {T}\n\nLe bureau a dressé samedi le bilan de "
            "l'année. Les choristes se rendront à {T} en juillet.")
_TWINNED = ("Jumelage : une semaine avec {T}\n\nLes familles ont accueilli leurs hôtes pendant trois "
            "jours. Un nouveau voyage à {T} est prévu l'an prochain.")
_CLUB = ("Rencontre avec {T} pour les anciens du club\n\nLe programme a été arrêté samedi par le "
         "bureau. Les bénévoles iront à {T} au printemps.")
_VISIT = ("Rencontre avec {T} pour les écoliers\n\nLe comité a présenté samedi le programme des "
          "visites. Les élus se rendront à {T} en septembre.")


# ------------------------------------------------- a town the title line reads as a person
@pytest.mark.parametrize(("template", "town"), [
    (_FRIENDS, "Velkirsch"),
    (_FRIENDS, "Kerdavel"),
    (_FRIENDS, "Lindvald"),
    (_TWINNED, "Harlenbach"),
    (_TWINNED, "Brenlow"),
    (_CLUB, "Tornbach"),
    (_VISIT, "Kerdanet"),
])
def test_title_town_read_by_the_body(extract: Callable[..., dict], template: str, town: str) -> None:
    result = extract(template.format(T=town))
    assert town in entity_names(result, "place")
    assert town not in entity_names(result, "person")


# ------------------------------------------------- a road the title line reads as a thing
@pytest.mark.parametrize(("text", "road"), [
    ("RN 66 : la circulation coupée pendant deux jours\n\nDes travaux de réfection auront lieu "
     "mardi et mercredi sur la RN 66 entre Ranvoy et Dolcourt.", "RN 66"),
    ("RN 59 : deux blessés dans une collision\n\nUne voiture et une camionnette se sont heurtées "
     "samedi sur la RN 59 près de Baccarat.", "RN 59"),
])
def test_title_road_read_by_the_body(extract: Callable[..., dict], text: str, road: str) -> None:
    result = extract(text)
    assert road in entity_names(result, "place")
    assert road not in entity_names(result, "misc")


# ------------------------------------------------------------------------------- guards
@pytest.mark.parametrize(("text", "kind", "name"), [
    ("Hommage à Martin Velard\n\nMartin Velard, ancien maire, est mort lundi. Les obsèques de "
     "Martin Velard auront lieu jeudi.", "person", "Martin Velard"),
    ("M. Dorlan honoré à Ranvoy\n\nLe conseil a remis samedi la médaille de la ville à M. Dorlan, "
     "ancien instituteur.", "person", "Dorlan"),
    ("Kessling : la fanfare en fête\n\nLa fanfare municipale a joué dimanche à Kessling devant deux "
     "cents personnes.", "place", "Kessling"),
    ("RD 418 : un motard grièvement blessé près de Sauvelay\n\nL'accident s'est produit lundi vers "
     "19 h sur la RD 418, à la sortie de Sauvelay.", "place", "RD 418"),
])
def test_title_guards(extract: Callable[..., dict], text: str, kind: str, name: str) -> None:
    assert name in entity_names(extract(text), kind)
