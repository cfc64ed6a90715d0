"""Roles, round 22q: a body named by its kind then its name in apposition ("la société X",
"l'association X") and qualified by the participle of a role verb, detached or in the passive
("la société X, présidée par Y", "l'entreprise X est dirigée par Y"), is the body the title
derived from the verb is held in. And a head's title ("président", "directrice", "curé") that its
holder has with no body of its own is held in the body the text says the holder is at the head
of ("X est / reste / se trouve à la tête de B"; the phrase is no title itself). Sentences and
names are invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest


def _roles(result: dict) -> list[tuple[str, str, str | None]]:
    ents = {e["id"]: e["name"] for e in result["entities"]}
    return sorted((ents[f["person"]], f["role"], ents.get(f["of"]))
                  for f in result["facts"] if f["type"] == "role")


FIXES = [
    ("La société Verlimont, présidée par Jeanne Castagnol, a présenté ses comptes.",
     ("Jeanne Castagnol", "présidente", "Verlimont")),
    ("L'entreprise Fabrelle, dirigée par Marc Sauvin, embauche dix techniciens.",
     ("Marc Sauvin", "directeur", "Fabrelle")),
    ("La coopérative Vallon d'Orge est présidée par Hubert Lanvier depuis trois ans.",
     ("Hubert Lanvier", "président", "Vallon d'Orge")),
    ("Le groupe Dorsalis a été dirigé par Agnès Perrichon pendant dix ans.",
     ("Agnès Perrichon", "directrice", "Dorsalis")),
    ("La fondation Marvel-Ogier, présidée par Paul Dorvier, finance trois bourses.",
     ("Paul Dorvier", "président", "Marvel-Ogier")),
    # "à la tête de B": the body of a head's title stated in another sentence
    ("Le président Paul Dorvier a pris la parole. Il est à la tête du Sporting Arnac depuis 2010.",
     ("Paul Dorvier", "président", "Sporting Arnac")),
    ("Jeanne Castagnol, présidente, a pris la parole. Elle reste à la tête de la société Verlimont.",
     ("Jeanne Castagnol", "présidente", "Verlimont")),
    ("La directrice Jeanne Castagnol a signé. Elle se trouve à la tête du groupe Dorsalis depuis 2015.",
     ("Jeanne Castagnol", "directrice", "Dorsalis")),
    ("Le curé Tomas Brezak a béni la foule. Il est à la tête de la paroisse Saint-Firmin depuis mars.",
     ("Tomas Brezak", "curé", "paroisse Saint-Firmin")),
]

GUARDS = [
    # the body named after "de", the team's own name: already read
    ("Le club de Saint-Arnac est présidé par Paul Dorvier depuis 2010.",
     [("Paul Dorvier", "président", "club de Saint-Arnac")]),
    ("L'US Bérange, entraînée par Luc Marnier, a gagné dimanche.",
     [("Luc Marnier", "entraîneur", "US Bérange")]),
    # a meeting or a show is no body: no office
    ("Une réunion dirigée par Jeanne Castagnol a eu lieu lundi à Brenoux.", []),
    ("Le concert, animé par la chorale de Vilmont, a ravi le public.", []),
    ("La séance, présidée par le préfet, a duré deux heures.", []),
    # a participle that states no office
    ("La société Verlimont, visitée par Paul Dorvier, a présenté ses comptes.", []),
    # "à la tête de": no head's title (a treasurer), no body (a fortune), someone else at the head
    ("Le trésorier Paul Dorvier a pris la parole. Il est à la tête du Sporting Arnac depuis 2010.",
     [("Paul Dorvier", "trésorier", None)]),
    ("Le président Paul Dorvier a pris la parole. Il est à la tête d'une fortune considérable.",
     [("Paul Dorvier", "président", None)]),
    ("Le président Paul Dorvier a pris la parole. Jeanne Castagnol est à la tête du groupe Dorsalis.",
     [("Paul Dorvier", "président", None)]),
]


@pytest.mark.parametrize(("text", "role"), FIXES)
def test_participle_of_named_kind(extract: Callable[..., dict], text: str,
                                  role: tuple[str, str, str | None]) -> None:
    assert role in _roles(extract(text))


@pytest.mark.parametrize(("text", "roles"), GUARDS)
def test_participle_guards(extract: Callable[..., dict], text: str,
                           roles: list[tuple[str, str, str | None]]) -> None:
    assert _roles(extract(text)) == roles
