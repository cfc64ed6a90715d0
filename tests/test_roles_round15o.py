"""Roles: a bare office under an unnamed association (round 15o: generality audit).

A page of local news holds several stories: "Les basketteurs ont battu Landerneau.\\n\\n
L'association a tenu son assemblée générale. La présidente, X, ...". The bare title is held in the
unnamed association the sentence before is about; the story's only organization (a side named only
by its town, a sports club named by its name, or a body named in an earlier story of the page) is
not that association. The sentences are written for this audit, with invented names. The pitfall
table holds what must not change: an association named in full, or named in the same paragraph
before "l'association" takes it up, and a body named by its kind.
"""

from collections.abc import Callable

import pytest

from conftest import held_of as _held
from conftest import role_triples as _roles


@pytest.mark.parametrize(("text", "person", "title"), [
    ("Les handballeurs de l'Entente Kervignac ont dominé Concarneau samedi 28-24.\n\nL'association a tenu "
     "son assemblée générale mardi soir. Le président, Loïc Penvenan, a remercié les bénévoles.",
     "Loïc Penvenan", "président"),
    ("Les footballeurs de l'Avenir Lorvenais ont battu Quimperlé dimanche 2-1.\n\nL'association a réuni "
     "ses adhérents jeudi. Pour conclure, le mot de la présidente, Maëlle Guernalec, a porté sur les "
     "travaux de la salle.", "Maëlle Guernalec", "présidente"),
    ("Les basketteurs ont battu Landerneau samedi 71-65.\n\nL'association envisage de rénover la salle "
     "paroissiale. La présidente, Annick Le Dréau, a présenté les comptes.", "Annick Le Dréau", "présidente"),
    ("L'équipe première a battu Morlaix dimanche 3-0, et la réserve a battu Quimperlé 2-1.\n\nL'association "
     "a tenu son assemblée générale mardi soir. Le président, Loïc Penvenan, a remercié les bénévoles.",
     "Loïc Penvenan", "président"),
    # a sports club named by its name, in the same paragraph
    ("L'Entente Kervignac a battu Lorient dimanche. L'association envisage de rénover la salle "
     "paroissiale. La présidente, Annick Le Dréau, a présenté les comptes.", "Annick Le Dréau", "présidente"),
    ("L'US Plouvénec a perdu à Brest. L'association a tenu son assemblée générale vendredi. Le président, "
     "Ewen Trégarvan, a dressé le bilan.", "Ewen Trégarvan", "président"),
])
def test_an_unnamed_association_is_no_side_named_elsewhere(extract: Callable[..., dict], text: str,
                                                           person: str, title: str) -> None:
    assert _held(_roles(extract(text)), person, title) == [None]


@pytest.mark.parametrize(("text", "person", "title", "of"), [
    ("L'association Les Amis de la Chapelle a tenu son assemblée générale. Le président, Loïc Penvenan, "
     "a remercié les bénévoles.", "Loïc Penvenan", "président", "Les Amis de la Chapelle"),
    ("Les Amis de la Chapelle ont organisé une kermesse dimanche. L'association a tenu son assemblée "
     "générale le soir même. Le président, Loïc Penvenan, a remercié les bénévoles.", "Loïc Penvenan",
     "président", "Les Amis de la Chapelle"),
    ("Les Foulées Morlanaises ont remporté le trophée. L'association a tenu son assemblée générale "
     "vendredi. Le président, Ewen Trégarvan, a dressé le bilan.", "Ewen Trégarvan", "président",
     "Foulées Morlanaises"),
    ("Le comité des fêtes de Lanvézec a tenu son assemblée générale. Le président, Loïc Penvenan, a "
     "remercié les bénévoles.", "Loïc Penvenan", "président", "comité des fêtes de Lanvézec"),
    ("Le club de Quimperlé a tenu son assemblée générale. Le président, Loïc Penvenan, a remercié les "
     "joueurs.", "Loïc Penvenan", "président", "club de Quimperlé"),
])
def test_a_named_association_still_holds_the_office(extract: Callable[..., dict], text: str, person: str,
                                                    title: str, of: str) -> None:
    assert _held(_roles(extract(text)), person, title) == [of]
