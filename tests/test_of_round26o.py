"""A title's definite one-noun complement takes up the one body of that kind named before
(round 26o).

Sentences written for this audit, with invented names. One rule of French: a definite
common noun after a title ("le recteur de la basilique", "le gérant du camping", "le
directeur de la SEM") takes up the body, site or event that the same noun named earlier in
the text: the noun opened its name ("la basilique de Saint-X"), stood before it as its kind
("le camping Les Pins"), or is the acronym of the kind words before it ("la société
d'économie mixte X" -> "la SEM"). The role layer read such a complement as the title's
domain and tied it to nothing unless the noun was in its lexicon of bodies. Two names of one
kind compete: no body. A town is never a kind's ("de la commune" is read as before).

The guard table holds what must not change.
"""

from collections.abc import Callable

import pytest

from conftest import held_of as _held
from conftest import role_triples as _roles


# ------------------------------------------------- the one name of the noun's kind
@pytest.mark.parametrize(("text", "person", "title", "of"), [
    # a site the noun opened, named in lower case
    ("Les pèlerins ont rempli dimanche la basilique de Sainte-Aldegonde-des-Bois. Le recteur de la "
     "basilique, Jean Tassin, a béni la foule.", "Jean Tassin", "recteur",
     "basilique de Sainte-Aldegonde-des-Bois"),
    ("La cathédrale Saint-Ursin rouvre après trois ans de travaux. Annie Chabrol, rectrice de la "
     "cathédrale, a remercié les mécènes.", "Annie Chabrol", "rectrice", "cathédrale Saint-Ursin"),
    # the noun before the name, as its kind
    ("Le camping Les Pins Bleus affiche complet pour l'été. Le gérant du camping, Paul Mérindol, "
     "a dû refuser des familles.", "Paul Mérindol", "gérant", "Pins Bleus"),
    ("Le domaine viticole Clos des Aulnes a ouvert ses caves samedi. Le régisseur du domaine, "
     "Hugo Varennat, a fait goûter le millésime.", "Hugo Varennat", "régisseur", "Clos des Aulnes"),
    # an acronym: the initials of the kind words before the body's name
    ("Les travaux ont été confiés à l'entreprise Borelli Bâtiment par la société d'économie mixte "
     "Cérès Aménagement. Le directeur de la SEM, Paul Mérindol, se félicite du chantier.",
     "Paul Mérindol", "directeur", "Cérès Aménagement"),
    ("Le chantier a été financé par la société d'économie mixte Cérès Aménagement et la Caisse des "
     "dépôts. La directrice de la SEM, Annie Chabrol, se félicite du chantier.", "Annie Chabrol",
     "directrice", "Cérès Aménagement"),
    # an event the entity layer reads as no body, given by its name
    ("La conférence mondiale de Genève sur les glaciers s'est ouverte lundi. Le président de la "
     "conférence, Hugo Varennat, a salué les délégués.", "Hugo Varennat", "président",
     "conférence mondiale de Genève"),
])
def test_the_noun_takes_up_its_kinds_name(extract: Callable[..., dict], text: str, person: str,
                                         title: str, of: str) -> None:
    held = _held(_roles(extract(text)), person, title)
    assert any(x is not None and of in x for x in held), held


# ------------------------------------------------- guards
@pytest.mark.parametrize(("text", "person", "title", "of"), [
    # two names of one kind compete: no body
    ("La fromagerie Grandperrin et la fromagerie Bellet ont exposé leurs tommes. Le gérant de la "
     "fromagerie, Paul Mérindol, s'en est réjoui.", "Paul Mérindol", "gérant", None),
    # a noun no name took before: a domain, no body
    ("Le procès de Rémi Vautrin s'est ouvert lundi à Valbrune. L'avocate de la défense, Annie "
     "Chabrol, a plaidé la relaxe.", "Annie Chabrol", "avocate", None),
    # a town's name does not open with a kind noun: no basilica
    ("Les pèlerins sont venus à Saint-Véran dimanche. Le recteur de la basilique, Jean Tassin, a "
     "béni la foule.", "Jean Tassin", "recteur", None),
])
def test_guards(extract: Callable[..., dict], text: str, person: str, title: str, of: str | None) -> None:
    assert _held(_roles(extract(text)), person, title) == [of]


# ------------------------------------------------- unchanged: a commune noun, a club
@pytest.mark.parametrize(("text", "person", "title", "of"), [
    ("Les habitants de Valbrune ont voté dimanche. Le maire de la commune, Hugues Tarrade, a "
     "présenté le budget.", "Hugues Tarrade", "maire", "Valbrune"),
    ("L'US Valbrune a battu Marsolle dimanche. L'entraîneur du club, Rémi Vautrin, savoure.",
     "Rémi Vautrin", "entraîneur", "US Valbrune"),
])
def test_unchanged(extract: Callable[..., dict], text: str, person: str, title: str, of: str) -> None:
    assert of in _held(_roles(extract(text)), person, title)
