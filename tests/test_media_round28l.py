"""Round 28l: a title of the press, a channel or a news agency the media lexicon knows by name
(quotes.json `media_names`) is an organization, whatever the model read in it (a work, a
place, nothing), and decide_types keeps it so (organizations._known_media).

- A title that is no common word ("Le Canard enchaîné", "Ouest-France", "France Inter",
  "franceinfo", "ATS") is a medium in every mention.
- A title that is a common word ("Le Monde", "Libération", media_cues `common_titles`) is one
  only where its sentence uses it as a medium: words said or an interview given to it, a
  verb of publishing it is the subject of, "interrogé par", a reference line "Headline,
  Title, 12 mai 2006"; a title with an article needs its article or "au", "du" before it.
- A title the model ran into the speaker's name ("sur franceinfo Lucien Grobert") is cut.

Guards: "la Libération" of 1944, "le Monde" as the world, a person named like a wire, a
newspaper a person works at without any medium cue. Invented names and sentences; each fix
row fails on the start code.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import types_of_bare_name as _types

FIX_ROWS = [
    ("interview given to a common-word title",
     "Dans une longue interview accordée au Monde, la skipper Maëlle Drouan raconte sa traversée.",
     "Monde"),
    ("words confided to a title without article",
     "Le sénateur Arnaud Peyrolle a confié à Libération qu'il quitterait son parti.",
     "Libération"),
    ("interview given to a weekly, no verb",
     "Dans un entretien au Point, Firmin Lagarde affirme que la scierie rouvrira.",
     "Point"),
    ("satirical weekly opening a sentence with a verb of publishing",
     "Le Canard enchaîné révèle que la préfète a fait repeindre sa résidence.",
     "Canard enchaîné"),
    ("satirical weekly titling on a subject",
     "Cette semaine, Le Canard enchaîné titrait sur les dépenses du maire de Vergonnet.",
     "Canard enchaîné"),
    ("daily as the agent of 'interrogé par'",
     "Interrogée par Le Parisien, la gérante Odile Sarrazin refuse de commenter.",
     "Parisien"),
    ("daily as the subject of a verb of publishing, untagged by the model",
     "Le Parisien a publié jeudi les comptes du club de Vergonnet.",
     "Parisien"),
    ("regional daily told something",
     "Firmin Lagarde a indiqué à Ouest-France que la scierie rouvrirait en mai.",
     "Ouest-France"),
    ("swiss wire in a dateline",
     "Martigny, 2 juin (ATS) - Deux alpinistes ont été secourus.",
     "ATS"),
    ("wire after its elided article",
     "Une coulée de boue a coupé la route du col, a rapporté l'ATS.",
     "ATS"),
    ("title the model ran into the speaker's name",
     "« Nous tiendrons bon », a réagi sur franceinfo Lucien Grobert, délégué syndical.",
     "franceinfo"),
]


@pytest.mark.parametrize(("label", "text", "name"), FIX_ROWS, ids=[r[0] for r in FIX_ROWS])
def test_known_medium_is_organization(extract: Callable[..., dict], label: str, text: str, name: str) -> None:
    types = _types(extract(text), name)
    assert "organization" in types
    assert "place" not in types


def test_speaker_cut_from_the_title(extract: Callable[..., dict]) -> None:
    result = extract("« Nous tiendrons bon », a réagi sur franceinfo Lucien Grobert, délégué syndical.")
    assert "person" in _types(result, "Lucien Grobert")


GUARD_ROWS = [
    ("the Liberation of 1944",
     "La Libération de Corvenne fut fêtée en septembre 1944 sur la place du marché.",
     "Libération", "organization"),
    ("the world",
     "Le skipper Loïc Brévan a bouclé son tour du Monde en solitaire.",
     "Monde", "organization"),
    ("the whole world as subject",
     "Le Monde entier a salué l'exploit d'Armelle Quintal.",
     "Monde", "organization"),
    ("a person named like a wire, with a civility",
     "M. Bloomberg a inauguré la nouvelle halle de Saint-Orvin.",
     "Bloomberg", "organization"),
]


@pytest.mark.parametrize(("label", "text", "name", "not_type"), GUARD_ROWS, ids=[r[0] for r in GUARD_ROWS])
def test_guards(extract: Callable[..., dict], label: str, text: str, name: str, not_type: str) -> None:
    assert not_type not in _types(extract(text), name)


def test_place_stays_a_place(extract: Callable[..., dict]) -> None:
    result = extract("Le festival s'est tenu à Sion devant trois mille spectateurs.")
    assert "place" in _types(result, "Sion")
