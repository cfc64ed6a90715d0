"""Roles, round 22k: a noun no lexicon knows, held in a body (sentences and names invented
for these tests). The bare noun after "être" ("il avait été marguillier de la paroisse X")
and the plural after "l'un des" ("l'une des associées du GAEC") name a function when a body
follows; things, circumstances and figures of speech stay out."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factx.resolve.names import fold
from test_roles import roles_of


def _has(out: dict, person: str, title: str, of: str | None = None) -> bool:
    for p, r, o, _ in roles_of(out):
        if fold(p) == fold(person) and fold(title) in fold(r):
            return of is None or (o is not None and fold(of) in fold(o))
    return False


FIXED = [
    # a bare noun after "être", with a pronoun subject taking up the person, then a body
    ("Lucien Hardouin s'est éteint à 88 ans. Il avait longtemps été marguillier de la paroisse "
     "Saint-Firmin.", "Lucien Hardouin", "marguillier", "paroisse Saint-Firmin"),
    ("Aurèle Bontemps nous a quittés. Il était bedeau de la paroisse Notre-Dame de Vireux.",
     "Aurèle Bontemps", "bedeau", "paroisse Notre-Dame"),
    ("Gaston Pillet est décédé lundi. Il fut appariteur de la mairie de Bazoilles pendant vingt ans.",
     "Gaston Pillet", "appariteur", None),
    # the plural after "l'un des (nombre)": one of the holders of a function in a body
    ("Selon Gaston Mirebeau, l'un des quatre associés du GAEC des Prés-Hauts, le feu a pris vite.",
     "Gaston Mirebeau", "associé", "GAEC"),
    ("Pour Joël Vautrin, l'un des deux chantres de la paroisse Saint-Firmin, la cloche est fêlée.",
     "Joël Vautrin", "chantre", "paroisse Saint-Firmin"),
]


@pytest.mark.parametrize("text,person,title,of", FIXED)
def test_unknown_noun_held_in_a_body(extract: Callable[..., dict], text: str, person: str, title: str,
                                     of: str | None) -> None:
    assert _has(extract(text), person, title, of)


GUARDS = [
    # figures of speech, relations and circumstances are no function
    ("Lucien Hardouin s'est éteint à 88 ans. Il était le symbole de la paroisse Saint-Firmin.",
     "Lucien Hardouin", "symbole"),
    ("Mireille Fauconnet est symbole du club de Vireux depuis 2011.", "Mireille Fauconnet", "symbole"),
    ("Selon Odile Verhaeghe, l'une des fidèles de la paroisse Saint-Firmin, la messe a plu.",
     "Odile Verhaeghe", "fidèle"),
    ("Selon Odile Verhaeghe, l'une des voisines de la mairie de Bazoilles, le bruit a cessé.",
     "Odile Verhaeghe", "voisine"),
    ("Lucien Hardouin s'est éteint à 88 ans. Il était client de la boulangerie Martinet.",
     "Lucien Hardouin", "client"),
    # a thing noun, no body after it
    ("Lucien Hardouin s'est éteint à 88 ans. Il était fan de cyclisme.", "Lucien Hardouin", "fan"),
    ("Selon Odile Verhaeghe, l'un des projets de la commune de Bazoilles a pris du retard.",
     "Odile Verhaeghe", "projet"),
]


@pytest.mark.parametrize("text,person,title", GUARDS)
def test_no_function(extract: Callable[..., dict], text: str, person: str, title: str) -> None:
    assert not _has(extract(text), person, title)


KEPT = [
    # known titles in the same places are read as before
    ("Lucien Hardouin s'est éteint à 88 ans. Il avait été trésorier de la paroisse Saint-Firmin.",
     "Lucien Hardouin", "trésorier"),
    ("Selon Gaston Mirebeau, l'un des trois gérants du GAEC des Prés-Hauts, le feu a pris vite.",
     "Gaston Mirebeau", "gérant"),
    ("Armand Loisel, marguillier de la paroisse Saint-Rémi, a sonné les cloches.", "Armand Loisel",
     "marguillier"),
]


@pytest.mark.parametrize("text,person,title", KEPT)
def test_kept(extract: Callable[..., dict], text: str, person: str, title: str) -> None:
    assert _has(extract(text), person, title)
