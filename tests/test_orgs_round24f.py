"""Organizations on fresh text (round 24f): a body's organ is no body of its own.

- A lower-case noun of a body's organ (`inner_organ_heads`: conseil, comité, bureau,
  commission, brigade ...), with at most two adjectives ("communautaire", "exécutif",
  "directeur") or a bare noun of its kind ("d'administration"), then "du", "de la" or
  "de l'" and a body (a lower-case noun of bodies with its complement, or a capitalized
  noun of bodies) names the organ of that body: the organization is the body, not the
  organ ("le conseil communautaire de la communauté de communes de la Haute-Sarre", "le bureau exécutif
  de l'Union des commerçants de X"); a title held in the organ has that body as its `of`.
- The police is such a body for its units ("la brigade criminelle de la police judiciaire":
  the police judiciaire); the gendarmerie's brigades stay bodies of their own.
- Unchanged: a council of a town ("le conseil municipal de X"), a body whose complement has
  no article ("le comité des fêtes de X", "la brigade de gendarmerie de X").
Sentences and names are invented for these tests.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names, held_of, role_triples


# ---------------------------------------------------------------- the organ gives way to its body
@pytest.mark.parametrize(("text", "body", "organ"), [
    ("Le conseil communautaire de la communauté de communes de la Haute-Sarre a adopté le budget.",
     "communauté de communes de la Haute-Sarre", "conseil communautaire"),
    ("Mardi soir, le conseil communautaire de la communauté de communes des Trois Vallons (CCTV) "
     "a voté la hausse de la redevance.",
     "communauté de communes des Trois Vallons", "conseil communautaire"),
    ("Le bureau exécutif de l'Union des commerçants de Varcourt a été renouvelé samedi.",
     "Union des commerçants de Varcourt", "bureau exécutif"),
    ("Le conseil d'administration de la caisse régionale de crédit agricole de Varcourt a démissionné.",
     "caisse régionale de crédit agricole de Varcourt", "conseil d'administration"),
    ("Elle est entrée au bureau exécutif de la fédération départementale des chasseurs des Vosges.",
     "fédération départementale des chasseurs des Vosges", "bureau exécutif"),
    ("Selon la brigade criminelle de la police judiciaire, le suspect a été interpellé mardi.",
     "police judiciaire", "brigade criminelle"),
    ("Le chef de la brigade financière de la police judiciaire de Lille, Alain Druvet, a témoigné.",
     "police judiciaire de Lille", "brigade financière"),
])
def test_organ_of_a_body(extract: Callable[..., dict], text: str, body: str, organ: str) -> None:
    orgs = entity_names(extract(text), "organization")
    assert body in orgs
    assert not any(o.startswith(organ) for o in orgs)


# ---------------------------------------------------------------- a title held in the organ
@pytest.mark.parametrize(("text", "person", "title", "body"), [
    ("Jeanne Morvillier, membre du conseil d'administration de la Fédération bretonne de voile, "
     "a démissionné.", "Jeanne Morvillier", "membre", "Fédération bretonne de voile"),
    ("Luc Vantrier, président du conseil communautaire de la communauté de communes de la Haute-Sarre, "
     "a ouvert la séance.", "Luc Vantrier", "président", "communauté de communes de la Haute-Sarre"),
    ("Avocat à Rennes, Yves Penhoat est membre du comité directeur de la Ligue bretonne des droits "
     "des marins (LBDM) depuis 2010.", "Yves Penhoat", "membre", "Ligue bretonne des droits des marins"),
])
def test_title_in_an_organ(extract: Callable[..., dict], text: str, person: str, title: str,
                           body: str) -> None:
    result = extract(text)
    assert held_of(role_triples(result), person, title) == [body]
    assert not any(o.split()[0] in ("conseil", "comité") and o != body
                   for o in entity_names(result, "organization"))


# ---------------------------------------------------------------- guards: bodies of their own
@pytest.mark.parametrize(("text", "body"), [
    ("Le conseil municipal de Varcourt a voté le budget jeudi soir.", "conseil municipal de Varcourt"),
    ("Le comité des fêtes de Morvillers prépare la brocante de juin.", "comité des fêtes de Morvillers"),
    ("La brigade de gendarmerie de Varcourt a ouvert une enquête.", "brigade de gendarmerie de Varcourt"),
    ("L'amicale du centre de secours de Varcourt organise son bal samedi.",
     "amicale du centre de secours de Varcourt"),
    ("La commission permanente du conseil départemental des Vosges a voté la subvention.",
     "conseil départemental des Vosges"),
    ("Selon la police judiciaire, le suspect a été interpellé à Lyon.", "police judiciaire"),
    ("Le bureau exécutif de l'Union des artisans de Morvillers (UAM) a élu une nouvelle équipe.",
     "Union des artisans de Morvillers"),
])
def test_bodies_of_their_own(extract: Callable[..., dict], text: str, body: str) -> None:
    assert body in entity_names(extract(text), "organization")
