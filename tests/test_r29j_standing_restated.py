"""Round 29j: a definite title that says its holder is leaving it ("le président sortant", "le
maire démissionnaire") or holds it until a vote ("le président par intérim") takes up a person
already named who holds the office: said again of the one person who holds that title, it is a
role of its own, his, with the body of the title he holds; another name of the office ("le chef
de l'État sortant") is the one leaving holder's. Not when the phrase's gender is not his, not for
another office, and "par intérim" only of the one just elected to it (the interim is mostly
somebody else's)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import role_triples

ROWS = [
    ("M. Hubert Lacombe, président depuis 1995, ne se représentait pas. "
     "Dans son rapport, le président sortant a dressé le bilan.", "Hubert Lacombe", "président sortant"),
    ("Le maire de Rioz, Louis Berthier, a inauguré l'école. Le maire sortant a remercié les élus.",
     "Louis Berthier", "maire sortant"),
    ("Le président Marcel Dutronc a démissionné lundi. Le président démissionnaire a convoqué le conseil.",
     "Marcel Dutronc", "président démissionnaire"),
    ("La maire Sophie Renard a présenté le budget. La maire sortante a remercié les élus.",
     "Sophie Renard", "maire sortante"),
]


@pytest.mark.parametrize(("text", "person", "role"), ROWS)
def test_leaving_title_restated(extract: Callable[..., dict], text: str, person: str, role: str) -> None:
    roles = role_triples(extract(text))
    assert any(p == person and r == role for p, r, _ in roles), roles


def test_leaving_title_keeps_the_body(extract: Callable[..., dict]) -> None:
    roles = role_triples(extract("Le maire de Rioz, Louis Berthier, a inauguré l'école. "
                                 "Le maire sortant a remercié les élus."))
    assert ("Louis Berthier", "maire sortant", "Rioz") in roles, roles


NOT_HIS = [
    # a feminine phrase is no man's
    ("Le maire Louis Berthier a inauguré l'école. La maire sortante a remercié les élus.", "Louis Berthier"),
    # the interim is somebody else's
    ("Le président Marcel Dutronc a démissionné lundi. Le vice-président Paul Armand assure l'intérim. "
     "Le président par intérim a convoqué le conseil.", "Marcel Dutronc"),
]


@pytest.mark.parametrize(("text", "person"), NOT_HIS)
def test_not_his(extract: Callable[..., dict], text: str, person: str) -> None:
    roles = role_triples(extract(text))
    assert not any(p == person and ("sortant" in r or "intérim" in r) for p, r, _ in roles), roles


LEAVING = [
    ("Le candidat Paul Diatta l'emporterait face au président sortant, Amadou Fall. "
     "Lundi, le chef de l'État sortant a reconnu sa défaite.",
     "Amadou Fall", "chef de l'état sortant"),
    ("Gérard Vassal a été élu président du Sénégal dimanche. "
     "Le président par intérim, âgé de 52 ans, a salué ses partisans.",
     "Gérard Vassal", "président par intérim"),
]


@pytest.mark.parametrize(("text", "person", "role"), LEAVING)
def test_leaving_holder_taken_up(extract: Callable[..., dict], text: str, person: str, role: str) -> None:
    roles = role_triples(extract(text))
    assert any(p == person and r == role for p, r, _ in roles), roles


def test_elected_office_kept_beside_the_interim(extract: Callable[..., dict]) -> None:
    roles = role_triples(extract(LEAVING[1][0]))
    assert ("Gérard Vassal", "président", "Sénégal") in roles, roles


def test_another_office_is_not_taken_up(extract: Callable[..., dict]) -> None:
    roles = role_triples(extract("Le député sortant Marc Tellier a perdu. Le sénateur Henri Blochet a réagi. "
                                 "Le maire sortant a félicité le vainqueur."))
    assert not any(p == "Marc Tellier" and r.startswith("maire") for p, r, _ in roles), roles
