"""Organizations cut short or run long (issue 11, round 16h: boundaries of local names).

Each table holds sentences written for this audit, with invented names:
- a general noun ("centre", "pôle") followed by two bare nouns of activity joined by "et",
  each after "de" with no article ("le centre d'incendie et de secours de Marvigny"), is the
  kind of a body; with the town after it, the whole is the body's name, where the model saw
  only the town.
The pitfall tables hold what must not change: a wrong organization is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names


# ---------------------------------------------- a kind named by two coordinated activities
@pytest.mark.parametrize(("text", "org"), [
    ("Le centre d'incendie et de secours de Marvigny a reçu un nouveau camion.",
     "centre d'incendie et de secours de Marvigny"),
    ("Une convention lie la commune au pôle de formation et d'insertion de Pontaney depuis mars.",
     "pôle de formation et d'insertion de Pontaney"),
    ("Le centre de soins et de prévention de Ferrancourt fermera ses portes en juin.",
     "centre de soins et de prévention de Ferrancourt"),
    ("Mme Odile Tranchard dirige le centre de secours et d'incendie d'Escurolle depuis 1997.",
     "centre de secours et d'incendie d'Escurolle"),
    ("Hier, le centre d'exploitation et d'entretien de Saint-Aubrin a été inauguré par le préfet.",
     "centre d'exploitation et d'entretien de Saint-Aubrin"),
])
def test_coordinated_kind_names_a_body(extract: Callable[..., dict], text: str, org: str) -> None:
    assert org in entity_names(extract(text), "organization")


@pytest.mark.parametrize(("text", "name"), [
    # the middle of a town, an article or a possessive in the complement, two towns
    ("Le centre de Marvigny et de ses environs sera fermé à la circulation dimanche.", "centre"),
    ("Au centre de la ville et de la région, les travaux avancent lentement.", "centre"),
    ("Il a grandi au centre d'Escurolle et de Pontaney, entre les deux rivières.", "centre"),
    # no name completes the kind: no body named
    ("Le centre de tir et de loisirs ouvrira le mois prochain.", "centre"),
    # a plural: the centres of a town, no one body
    ("Les centres de loisirs et de vacances de Ferrancourt ouvrent lundi.", "centres"),
    # a day of action, no body
    ("La journée de solidarité et de partage de Pontaney a réuni deux cents personnes.", "journée"),
])
def test_coordinated_kind_pitfalls(extract: Callable[..., dict], text: str, name: str) -> None:
    assert not any(n.lower().startswith(name) for n in entity_names(extract(text), "organization"))
