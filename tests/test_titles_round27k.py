"""Round 27k: the title lexicon's coverage, broadened by rules of French word formation.

- "co" glued to a title, without a hyphen ("la cosecrétaire", "le coauteur", "la
  coprésentatrice") is read as "co-" is: a title when the rest is a whole title of the lists
  (models/roles/titles.json 'glued_prefixes'); "conseiller" or "copain" are no co- + title.
- a title in -eur also takes its feminine in -eure ("l'auteure", "la professeure", "la
  chercheure"), the form the feminization guides accept beside -rice/-euse, unless the -eure
  word is another noun ("une gageure": 'not_eure_feminines').
- "pro-" is one more hyphenated prefix ("le pro-recteur", a university's deputy head in
  Belgium and Switzerland).

Invented names and sentences; each fix row fails on the start code.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import role_triples

FIX_ROWS = [
    ("glued co- after the name, a quotation's speaker",
     "« Nous tiendrons jusqu'en juin », prévient Ondine Carvalet, cosecrétaire départementale du SNUipp.",
     "Ondine Carvalet", "cosecrétaire"),
    ("glued co- before the name, in apposition",
     "La cosecrétaire régionale du syndicat, Maëlle Roudil, a pris la parole en premier.",
     "Maëlle Roudil", "cosecrétaire"),
    ("glued co- of an agent noun, before the name",
     "Le coauteur de l'enquête, Firmin Bazergues, a répondu aux questions du public.",
     "Firmin Bazergues", "coauteur"),
    ("glued co- with a feminine title, after the name",
     "Nadège Folcher, cotrésorière du comité des fêtes de Vernassac, a détaillé les comptes de l'année.",
     "Nadège Folcher", "cotrésorière"),
    ("-eure after a qualifier, before the name",
     "« Le résultat nous a surpris », a déclaré la principale auteure de l'étude, Jeanne Morsaint.",
     "Jeanne Morsaint", "auteure"),
    ("pro- before the name",
     "Le pro-recteur Anselme Dufresnoy a ouvert la séance de rentrée de l'université.",
     "Anselme Dufresnoy", "pro-recteur"),
]

GUARD_ROWS = [
    ("guard: 'conseiller' is no co- + title",
     "Le conseiller municipal Bastien Lorrain a voté contre le budget de Vernassac.",
     "Bastien Lorrain", "conseiller municipal"),
    ("guard: a title already known glued ('copilote')",
     "Le copilote Évrard Ménestrel a été légèrement blessé dans la sortie de route.",
     "Évrard Ménestrel", "copilote"),
    ("guard: a known -eure form",
     "Solène Garrivier, professeure de lettres au collège des Tilleuls, a conduit la sortie.",
     "Solène Garrivier", "professeure de lettres"),
]


ALL_ROWS = FIX_ROWS + GUARD_ROWS


@pytest.mark.parametrize("label,text,person,title", ALL_ROWS, ids=[r[0] for r in ALL_ROWS])
def test_title_found(extract: Callable[..., dict], label: str, text: str, person: str, title: str) -> None:
    roles = role_triples(extract(text))
    assert any(p == person and title in r.lower() for p, r, _ in roles), roles


NO_ROLE_ROWS = [
    ("guard: 'une gageure' is no feminine title",
     "Tenir le chantier en six mois était une gageure, reconnaît Bastien Lorrain."),
    ("guard: a glued word whose rest is no title ('copain')",
     "Son copain Firmin Bazergues l'attendait devant la salle des fêtes de Vernassac."),
]


@pytest.mark.parametrize("label,text", NO_ROLE_ROWS, ids=[r[0] for r in NO_ROLE_ROWS])
def test_no_title(extract: Callable[..., dict], label: str, text: str) -> None:
    roles = role_triples(extract(text))
    assert not any(r.lower().startswith(("gageure", "copain")) for _, r, _ in roles), roles
