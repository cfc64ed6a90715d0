"""Roles: precision of titles and of their `of` on real encyclopedic text (round 28h).

Sentences written for this audit, with invented names. Three rules of French writing:

- a state named once, by no nationality word, as the complement of another noun ("la
  vente des hélicoptères du Chili") is where a thing comes from, not where the story is set:
  an unmarked "le ministre du Budget" beside it is no minister of that state;
- an agent noun that no hand-written title list holds (only the broad lexicon of every noun
  in -eur or -aire), whose complement names with its article one thing done or obtained
  ("ordonnateur de l'offensive", "attributaire de plusieurs marchés"), says the person's part
  in the story, not a function;
- "bras droit" is a relation to another person, not an office.

The guard tables hold what must not change.
"""

from collections.abc import Callable

import pytest

from conftest import role_triples as _roles


# ------------------------------------------- a state named in passing is no minister's state
@pytest.mark.parametrize(("text", "person", "title"), [
    ("Le ministre du Budget Gérald Fontanier a signé la vente des hélicoptères du Chili.",
     "Gérald Fontanier", "ministre du budget"),
    ("L'ancienne ministre de la Santé Odile Varnier a commenté la hausse du prix des oranges "
     "d'Espagne.", "Odile Varnier", "ancienne ministre de la santé"),
    ("Le Premier ministre Anselme Barjot a réduit l'aide, et les colonies du Dahomey n'ont pas "
     "été consultées.", "Anselme Barjot", "premier ministre"),
])
def test_state_in_passing(extract: Callable[..., dict], text: str, person: str, title: str) -> None:
    roles = _roles(extract(text))
    assert (person, title, None) in roles


# ------------------------------------------- a deed or a relation is no title
@pytest.mark.parametrize(("text", "person", "absent"), [
    ("Le commandant Ferrucci, ordonnateur de l'offensive, a été relevé de ses fonctions.",
     "Ferrucci", "ordonnateur"),
    ("Luc Ferrandi, attributaire de plusieurs marchés de la commune, a été entendu par les "
     "gendarmes.", "Luc Ferrandi", "attributaire"),
    ("Paul Roux, bras droit de Marc Vidal, a démissionné mardi.", "Paul Roux", "bras droit"),
    ("Gilles Amadour, l'ex-bras droit du sénateur, a été entendu hier.", "Gilles Amadour",
     "ex-bras droit"),
])
def test_no_title(extract: Callable[..., dict], text: str, person: str, absent: str) -> None:
    assert not any(p == person and r.startswith(absent) for p, r, _ in _roles(extract(text)))


# ------------------------------------------------------------------- guards
@pytest.mark.parametrize(("text", "role"), [
    # the state is where the story is set: "en Grèce", or named twice
    ("Le ministre de l'Intérieur Yannis Kostaridis a visité les îles de Grèce touchées par les "
     "incendies, en Grèce.", ("Yannis Kostaridis", "ministre de l'intérieur", "Grèce")),
    # the rank stays beside the deed dropped
    ("Le commandant Ferrucci, ordonnateur de l'offensive, a été relevé de ses fonctions.",
     ("Ferrucci", "commandant", None)),
    # a bare kind after "de", no article
    ("Lise Marin, patineuse de vitesse, a gagné dimanche.", ("Lise Marin", "patineuse de vitesse", None)),
    # hand-written titles keep their complement
    ("Paul Tessier, rapporteur général du budget, a présenté le texte.",
     ("Paul Tessier", "rapporteur général du budget", None)),
    ("Hélène Darcy, directrice de la publication, a répondu aux lecteurs.",
     ("Hélène Darcy", "directrice de la publication", None)),
    ("Albert Quiblier, organisateur du festival de Sornay, a remercié les bénévoles.",
     ("Albert Quiblier", "organisateur", "festival de Sornay")),
    ("Jeanne Morvan, fondatrice de l'association Les Amis du Lavoir, a pris la parole.",
     ("Jeanne Morvan", "fondatrice", "Les Amis du Lavoir")),
])
def test_guards(extract: Callable[..., dict], text: str, role: tuple[str, str, str | None]) -> None:
    assert role in _roles(extract(text))
