"""Organizations named by their kind in lower case, with no town and no name (round 21i).

The convention, read on the working parts of every dev set: the annotation counts a local
body that the story names only by its kind ("l'office de tourisme attend", "selon la chambre
d'agriculture", "le comité de fleurissement"), not a town's council ("le conseil municipal"),
a parish council ("le président du conseil de fabrique" is a title with no body), a school of
an art ("l'école de musique"), nor a building ("au foyer rural"). So:
- a head and the one word that says its kind (an adjective, or "de" and a bare noun of
  activity), after a definite article, is an organization (models/organizations.json:
  kind_named_bodies); a head that also names a building ("foyer", "centre") only when the
  body acts or one who runs it is named;
- a church's or a bar's body named by its seat ("le diocèse de X", "le barreau de X") is an
  organization (institution_heads), as the annotation counts it.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names


def _orgs(extract: Callable[..., dict], text: str) -> set[str]:
    return entity_names(extract("date 2014-05-12\n" + text), "organization")


@pytest.mark.parametrize(("text", "body"), [
    ("La société de chasse a tenu son assemblée générale hier soir.", "société de chasse"),
    ("Dimanche, la société de pêche a lâché trois cents truites dans le ruisseau.", "société de pêche"),
    ("L'office de tourisme a imprimé un nouveau plan des sentiers.", "office de tourisme"),
    ("Selon la chambre d'agriculture, la récolte de blé sera médiocre.", "chambre d'agriculture"),
    ("L'harmonie municipale a joué devant le monument aux morts.", "harmonie municipale"),
    ("La chorale paroissiale a chanté pendant la veillée de Noël.", "chorale paroissiale"),
    ("Le groupe folklorique a dansé sur la place du marché.", "groupe folklorique"),
    ("La troupe de théâtre répète une comédie de Feydeau.", "troupe de théâtre"),
    ("Le cercle philatélique expose ses timbres rares à la mairie.", "cercle philatélique"),
    ("L'union commerciale lance une tombola pour les fêtes.", "union commerciale"),
    ("Une battue a été organisée par la société de chasse dimanche matin.", "société de chasse"),
    ("La police municipale a verbalisé une dizaine de conducteurs.", "police municipale"),
    # a building's head when the body acts
    ("Le foyer rural organise un loto samedi soir.", "foyer rural"),
    ("Le centre social propose des cours de couture aux retraités.", "centre social"),
    # a church's and a bar's body named by its seat
    ("Le diocèse de Verlonges a nommé trois prêtres.", "diocèse de Verlonges"),
    ("Le bâtonnier du barreau de Mirande a salué les jeunes avocats.", "barreau de Mirande"),
])
def test_a_body_named_by_its_kind(extract: Callable[..., dict], text: str, body: str) -> None:
    assert body in _orgs(extract, text)


@pytest.mark.parametrize("text", [
    # the building, not the body
    "La soirée dansante a eu lieu au foyer rural samedi soir.",
    "Les enfants vont au centre social après la classe.",
    # described, not named
    "Une société de chasse vient de se créer dans le village voisin.",
    # no activity of a body
    "La société de consommation inquiète les sociologues.",
    # a town's council is not counted bare
    "Le conseil municipal a voté le budget primitif.",
    # a parish council: a title's words, no body
    "Le président du conseil de fabrique, Paul Hestin, a remercié les fidèles.",
    # a school of an art, an association's workshop
    "L'école de musique accueille quarante élèves.",
    "L'atelier de peinture reprendra en septembre.",
    # a nation's police by its nationality
    "La police suédoise a arrêté deux suspects.",
    # no name in the complement
    "Il regardait la cour par le barreau de la fenêtre.",
])
def test_no_body_named(extract: Callable[..., dict], text: str) -> None:
    assert not {o for o in _orgs(extract, text) if o[:1].islower()}


@pytest.mark.parametrize(("text", "body", "not_body"), [
    # guards: the body's town or name stays with it, and the kind alone is that body again
    ("La société de chasse de Vornay a tenu son assemblée. Le bilan de la société de chasse est bon.",
     "société de chasse de Vornay", "société de chasse"),
    ("Le foyer rural de Montbrelin organise un loto.", "foyer rural de Montbrelin", "foyer rural"),
    ("La troupe de théâtre « Les Tréteaux » a joué samedi. La troupe de théâtre prépare la suite.",
     None, "troupe de théâtre"),
])
def test_kind_with_its_town_or_name(extract: Callable[..., dict], text: str, body: str | None,
                                    not_body: str) -> None:
    orgs = _orgs(extract, text)
    if body is not None:
        assert body in orgs
    assert not_body not in orgs
