"""A name the model takes for a place is a body when its sentence gives it a body's part and
no gazetteer knows it as a place (issue 11, round 7): the agent of a passive (a place does
not act), or an item of an enumeration whose other items are bodies. Known towns keep their
type in the same constructions."""

from collections.abc import Callable

import pytest

ROWS = [
    # the agent of a passive: a body that acts
    ("Les fouilles de la villa romaine, financées par la région et conduites par le Sivom, dureront "
     "deux ans.", "Sivom", "organization"),
    # an item of an enumeration of bodies
    ("Le salon a reçu le soutien de la SNCF, de Patrimoine Vosgien, de la Fnac et d'Arte.",
     "Patrimoine Vosgien", "organization"),
    # known places stay places, as agents or in a list of places
    ("Le tournoi est soutenu par Gérardmer, Épinal et Saint-Dié.", "Épinal", "place"),
    ("Ces mesures ont été décidées par Bruxelles.", "Bruxelles", "place"),
]


@pytest.mark.parametrize(("text", "name", "kind"), ROWS, ids=[str(i) for i in range(len(ROWS))])
def test_body_by_role(extract: Callable[..., dict], text: str, name: str, kind: str) -> None:
    types = {e["name"]: e["type"] for e in extract(text)["entities"]}
    assert types.get(name) == kind


# a newspaper's title: a place or a name, then Matin, Soir, Dimanche, Hebdo ...; not a person
# whose given name opens the name
TITLES = [
    ("Selon Vosges Matin, la fromagerie fermera avant l'été.", "Vosges Matin", "organization"),
    ("Le correspondant de Meuse Hebdo a suivi le procès.", "Meuse Hebdo", "organization"),
    ("Paul Matin a été élu président du club de pétanque.", "Paul Matin", "person"),
]


@pytest.mark.parametrize(("text", "name", "kind"), TITLES, ids=[str(i) for i in range(len(TITLES))])
def test_newspaper_titles(extract: Callable[..., dict], text: str, name: str, kind: str) -> None:
    types = {e["name"]: e["type"] for e in extract(text)["entities"]}
    assert types.get(name) == kind


# "la direction de X": the management of what X names (a body, a building, a shop, a name)
# is no organization of its own; of a domain of public action it is an administration
ORGANS = [
    ("La direction de l'usine a confirmé la fermeture de l'atelier.", "direction de l'usine", None),
    ("La direction de la clinique a démenti toute faute.", "direction de la clinique", None),
    ("La direction de l'aviation civile malienne a suspendu les vols.",
     "direction de l'aviation civile malienne", "organization"),
]


@pytest.mark.parametrize(("text", "name", "kind"), ORGANS, ids=[str(i) for i in range(len(ORGANS))])
def test_an_organ_is_no_body_of_its_own(extract: Callable[..., dict], text: str, name: str,
                                        kind: str | None) -> None:
    types = {e["name"]: e["type"] for e in extract(text)["entities"]}
    assert types.get(name) == kind
