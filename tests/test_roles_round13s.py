"""A title whose complement is a common-noun phrase naming a kind of body (issue 12, round 13s).

French news names a body once in full ("la communauté de communes du Val de X"), then takes it
up by its kind alone: "le président de la communauté de communes", "le chef du centre de
secours principal". The role is the bare title and its `of` the one body of the story whose
name opens with those words; when none or several bodies fit, nothing is guessed (a wrong
`of` is worse than none). Sentences written for this audit, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import held_of as _held
from conftest import role_triples as _roles


@pytest.mark.parametrize(("text", "person", "role", "of"), [
    # the lead's sentences
    ("La communauté de communes du Val de Sorgne a voté son budget jeudi. Le président de la communauté "
     "de communes, Hubert Laviron, a présenté les comptes.", "Hubert Laviron", "président",
     "communauté de communes du Val de Sorgne"),
    ("L'Agence nationale des fréquences ouvre une antenne à Tressigny. Le directeur de l'agence, Matthieu "
     "Orsel, a visité les locaux.", "Matthieu Orsel", "directeur", "Agence nationale des fréquences"),
    ("Les pompiers du centre de secours principal de Vendôme sont intervenus. Le chef du centre de secours "
     "principal, le capitaine Luc Farguet, a dirigé les opérations.", "Luc Farguet", "chef",
     "centre de secours principal de Vendôme"),
    # a feminine title, a kind of two nouns joined by "d'"
    ("La communauté d'agglomération du Pays de Marvière a adopté son budget. La présidente de la "
     "communauté d'agglomération, Odile Ferrandière, a défendu la hausse des taxes.", "Odile Ferrandière",
     "présidente", "communauté d'agglomération du Pays de Marvière"),
    # an org noun with its complement, future tense
    ("La chambre de commerce et d'industrie de Tarvenne organise un forum. Le président de la chambre de "
     "commerce, Loïc Barthomieu, ouvrira les débats.", "Loïc Barthomieu", "président",
     "chambre de commerce et d'industrie de Tarvenne"),
    ("L'office de tourisme du Haut-Berval a ouvert ses portes. La directrice de l'office de tourisme, "
     "Armelle Quintelard, a accueilli les premiers visiteurs.", "Armelle Quintelard", "directrice",
     "office de tourisme du Haut-Berval"),
    # a hospital the entity layer counts as a site
    ("Le centre hospitalier de Brissonne recrute. Le directeur du centre hospitalier, Yannick Poustelle, "
     "cherche des infirmiers.", "Yannick Poustelle", "directeur", "centre hospitalier de Brissonne"),
    # a capitalized name, a kind of one noun that is no org noun
    ("La Conférence des évêques de Silvanie s'est réunie à Rome. Le président de la conférence, Mgr "
     "Anselme Trévidic, a lu une déclaration.", "Anselme Trévidic", "président",
     "Conférence des évêques de Silvanie"),
    # the holder before the title
    ("La communauté de communes du Pays de Lorbanne lance un plan vélo. Roseline Dornemont, vice-présidente "
     "de la communauté de communes, en a détaillé le coût.", "Roseline Dornemont", "vice-présidente",
     "communauté de communes du Pays de Lorbanne"),
])
def test_a_body_taken_up_by_its_kind(extract: Callable[..., dict], text: str, person: str, role: str,
                                     of: str) -> None:
    assert (person, role, of) in _roles(extract(text))


@pytest.mark.parametrize(("text", "person", "title"), [
    # two bodies of that kind in the story: which one is not said
    ("La communauté de communes du Val de Sorgne et la communauté de communes du Pays de Brenne ont signé "
     "un accord. Le président de la communauté de communes, Hubert Laviron, a présenté les comptes.",
     "Hubert Laviron", "président"),
    # no body of that kind named at all
    ("Le président de la communauté de communes, Gaspard Auzenac, a présenté les comptes.",
     "Gaspard Auzenac", "président"),
    ("La mairie de Tressigny a inauguré la cantine. Le directeur de l'école, Matthieu Orsel, a remercié "
     "les élus.", "Matthieu Orsel", "directeur"),
    # a domain of the title, not a kind of body
    ("La ville de Tarvenne a voté son budget. Le directeur de la communication, Rémi Salvatin, a présenté "
     "la campagne.", "Rémi Salvatin", "directeur"),
])
def test_no_body_when_none_or_several_fit(extract: Callable[..., dict], text: str, person: str,
                                          title: str) -> None:
    assert _held(_roles(extract(text)), person, title) == [None]
