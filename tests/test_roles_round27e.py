"""Roles: a description that voices a quotation takes up its speaker (round 27e).

Sentences written for this audit, with invented names. A rule of French news writing: the
verb of saying of a quotation has a subject the reader can identify; when that subject is
a definite or demonstrative description with no name beside it ("« ... », a lancé l'élue",
"« ... », confiait l'agriculteur", "La commerçante a expliqué : « ... »"), it takes up a
person named before, and the quotation layer already finds who. That person holds the
description's title. A person the text gave an office already is only named again by a
description ("l'élu" for the mayor, "le magistrat" for the prosecutor): then a title is
added only when it says a change of office ("le nouveau maire" of the candidate who won).

The guard table holds what must not change.
"""

from collections.abc import Callable

import pytest

from conftest import role_triples as _roles


def _titles(result: dict, person: str) -> set[str]:
    return {r.lower() for p, r, _ in _roles(result) if p == person}


# ------------------------------------------- the description voicing a quotation
@pytest.mark.parametrize(("text", "person", "title"), [
    # incise after the quotation, the subject parsed as the verb's object
    ("Yvette Carrandier siège dans l'opposition à Morvanges depuis 2014. Elle a voté contre "
     "le budget.\n\n« Les familles du quartier attendent des logements depuis des années », a "
     "lancé l'élue.", "Yvette Carrandier", "élue"),
    # incise with an adverbial between the verb and the description
    ("Un hangar de la ferme de Lucien Bressonnet a brûlé dans la nuit de lundi, près de "
     "Saint-Aubrel. « Toute une vie de travail est partie en fumée », confiait hier soir "
     "l'agriculteur, devant les ruines.", "Lucien Bressonnet", "agriculteur"),
    # a trade taken up in the incise of a quotation over two sentences
    ("Mireille Dautrevaux tient la boutique de la place du Marché depuis trente ans. « Les "
     "clients ne viennent plus le lundi. Nous fermerons donc ce jour-là », explique la "
     "fleuriste.", "Mireille Dautrevaux", "fleuriste"),
    # a new office for a person named before by another title, the outgoing holder beside him
    ("À Sorgeval, le candidat divers gauche, Théo Marsaudon, 49 ans, l'emporte avec 54 % des "
     "voix face à la maire sortante, Aline Vercoutre.\n\n« Les habitants ont choisi de tourner "
     "la page », a déclaré le nouveau maire devant la mairie.", "Théo Marsaudon", "nouveau maire"),
])
def test_description_voicing_quote(extract: Callable[..., dict], text: str, person: str, title: str) -> None:
    assert title in _titles(extract(text), person)


# ------------------------------------------------------------------- guards
@pytest.mark.parametrize(("text", "person", "absent"), [
    # the mayor named again as "l'élu": no second role
    ("Le maire de Brévillon, Gaston Ferrucci, a présenté les vœux vendredi. « Nous ouvrirons la "
     "nouvelle école en septembre prochain », a assuré l'élu.", "Gaston Ferrucci", "élu"),
    # the prosecutor named again as "le magistrat"
    ("Le procureur de la République de Vallenne, Hugues Tardivon, a requis deux ans de prison. "
     "« Les faits sont graves et parfaitement établis », a souligné le magistrat.",
     "Hugues Tardivon", "magistrat"),
])
def test_description_of_an_office_held(extract: Callable[..., dict], text: str, person: str,
                                       absent: str) -> None:
    assert absent not in _titles(extract(text), person)


@pytest.mark.parametrize(("text", "person", "title"), [
    # the winner alone in the sentence before: read as before
    ("À Sorgeval, le candidat divers gauche, Théo Marsaudon, l'a emporté dimanche avec 54 % des "
     "voix. « Les habitants ont choisi de tourner la page », a déclaré le nouveau maire devant "
     "la mairie.", "Théo Marsaudon", "nouveau maire"),
    # a title in apposition beside the name is read as before
    ("« Nous avons besoin de bénévoles pour la fête », a indiqué la présidente du comité des "
     "fêtes de Lormoy, Sylvie Andrezan.", "Sylvie Andrezan", "présidente"),
])
def test_named_title_unchanged(extract: Callable[..., dict], text: str, person: str, title: str) -> None:
    assert title in _titles(extract(text), person)


def test_no_role_for_an_unknown_speaker(extract: Callable[..., dict]) -> None:
    # a description with no person named before: nobody takes it
    text = "« Le chantier a pris trois mois de retard », a regretté l'architecte lundi."
    assert not _roles(extract(text))

