"""Round 29a: a title held in the commune the story is about, with no name of it in the title.

- a complement that takes the commune up by a common noun ("doyenne des bénévoles de la
  commune", "du village"): the commune, found as a municipal office finds it (the place
  named before, else the heading town);
- a bare council seat ("deux conseillers, dont X", "l'élue") in a story about the commune's
  council ("le conseil municipal"): the municipal seat, held in the commune.

Invented names and sentences; each fix row fails on the start code.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import held_of, role_triples

FIX_ROWS = [
    ("complement 'de la commune', fronted title",
     "Vernassac : la fête des aînés\n\nVERNASSAC. — Les aînés de Vernassac se sont retrouvés dimanche "
     "à la salle des fêtes. Doyenne des bénévoles de la commune, Mme Odette Farjou, 93 ans, a "
     "coupé le gâteau.",
     "Odette Farjou", "doyenne", "Vernassac"),
    ("complement 'du village', title after the name",
     "Les habitants de Saint-Orbel ont inauguré samedi le nouveau lavoir. Firmin Castagnède, "
     "doyen des anciens du village, a raconté l'histoire du bâtiment.",
     "Firmin Castagnède", "doyen", "Saint-Orbel"),
    ("bare seat in a plural, 'dont'",
     "Le conseil municipal de Brassac-les-Mines s'est réuni jeudi soir pour voter le budget. "
     "Deux conseillers, dont Bastien Loubat, se sont abstenus.",
     "Bastien Loubat", "conseiller", "Brassac-les-Mines"),
    ("bare seat taking up a name, 'l'élue'",
     "Le conseil municipal de Vernassac a adopté mardi le plan de la nouvelle crèche. Hélène "
     "Crozatier, qui conduit l'opposition, a voté contre. « Ce projet coûte trop cher », a "
     "estimé l'élue.",
     "Hélène Crozatier", "élue", "Vernassac"),
]


@pytest.mark.parametrize("label,text,person,title,of", FIX_ROWS, ids=[r[0] for r in FIX_ROWS])
def test_commune_post(extract: Callable[..., dict], label: str, text: str, person: str, title: str,
                      of: str) -> None:
    roles = role_triples(extract(text))
    assert of in held_of(roles, person, title), roles


GUARD_ROWS = [
    ("guard: a bare 'conseiller' with no commune's council in the story",
     "La banque Orvalis a recruté un nouveau conseiller, Bastien Loubat, pour ses clients de Vernassac.",
     "Bastien Loubat", "conseiller"),
    ("guard: an unnamed body of the commune holds the title, not the commune",
     "Les habitants de Vernassac ont fêté samedi les cinquante ans du stade. Président du club "
     "de football de la commune, Gaspard Meurin a remercié les bénévoles.",
     "Gaspard Meurin", "président"),
    ("guard: a seat beside another body in its sentence (a bank's adviser) is not the commune's",
     "Le conseil municipal de Brassac-les-Mines a voté le budget jeudi. La banque Orvalis a "
     "recruté un conseiller, Bastien Loubat, pour ses clients.",
     "Bastien Loubat", "conseiller"),
    ("guard: seats of another council named in the sentence are not the commune's",
     "Le conseil municipal de Brassac-les-Mines a voté le budget jeudi. Au conseil régional, "
     "deux conseillers, dont Bastien Loubat, ont voté contre le plan.",
     "Bastien Loubat", "conseiller"),
]


@pytest.mark.parametrize("label,text,person,title", GUARD_ROWS, ids=[r[0] for r in GUARD_ROWS])
def test_no_commune(extract: Callable[..., dict], label: str, text: str, person: str, title: str) -> None:
    roles = role_triples(extract(text))
    held = held_of(roles, person, title)
    assert "Vernassac" not in held and "Brassac-les-Mines" not in held, roles
