"""Organizations that the round-11 generality audit found missing on fresh sentences.

The audit took the organization errors factx made on articles it had not yet seen (the even
half of `own_dev4`, scored with the code of before it was read), wrote new sentences of the
same classes with other names, and kept what still failed: a town's band or choir named by
its kind ("l'harmonie municipale de X"), and a network a person reacts on ("a réagi sur X").
"""

from collections.abc import Callable

import pytest


def _names(result: dict, kind: str) -> set[str]:
    return {e["name"] for e in result["entities"] if e["type"] == kind}


@pytest.mark.parametrize(("text", "body", "town"), [
    ("La fanfare municipale de Corcieux a ouvert le défilé du 14 Juillet.", "fanfare municipale de Corcieux",
     "Corcieux"),
    ("L'harmonie de Raon-aux-Bois prépare son concert de la Sainte-Cécile.", "harmonie de Raon-aux-Bois",
     "Raon-aux-Bois"),
    ("La chorale paroissiale de Val-d'Ajol a chanté lors de la messe de Noël.",
     "chorale paroissiale de Val-d'Ajol", "Val-d'Ajol"),
    ("La fanfare de Moyenmoutier a reçu un nouveau tambour-major.", "fanfare de Moyenmoutier",
     "Moyenmoutier"),
])
def test_a_towns_band_or_choir_is_a_body(extract: Callable[..., dict], text: str, body: str,
                                         town: str) -> None:
    result = extract(text)
    assert body in _names(result, "organization")


def test_a_harmony_of_things_is_no_body(extract: Callable[..., dict]) -> None:
    result = extract("Une harmonie de verts et de bleus domine la toile du peintre.")
    assert not _names(result, "organization")


@pytest.mark.parametrize(("text", "network"), [
    ("La ministre a réagi sur Mastodon peu après la publication des chiffres.", "Mastodon"),
    ("Le joueur s'est exprimé sur Twitter dans la nuit pour s'excuser.", "Twitter"),
    ("L'ancien député a répondu sur Bluesky aux critiques de ses adversaires.", "Bluesky"),
])
def test_a_network_one_reacts_on_is_an_organization(extract: Callable[..., dict], text: str,
                                                    network: str) -> None:
    result = extract(text)
    assert network in _names(result, "organization")


def test_a_subject_one_speaks_on_is_no_network(extract: Callable[..., dict]) -> None:
    result = extract("Le maire s'est exprimé sur le budget lors du conseil de lundi.")
    assert not _names(result, "organization")


def test_a_person_one_reacts_to_stays_a_person(extract: Callable[..., dict]) -> None:
    result = extract("Le sénateur a réagi sur Julien Marchetti-Roux, son ancien adjoint, dans un communiqué.")
    assert "Julien Marchetti-Roux" in _names(result, "person")
