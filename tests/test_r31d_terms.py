"""Round 31d: the one taking an office and the one leaving it are two people.

A definite title with a status and no name ("la nouvelle maire", "le président sortant")
takes up a person named before. The one who is taking the office ("le nouveau maire",
"X a été élu maire", "X succède à Y") and the one who is leaving it ("le maire sortant")
hold two terms of one office: a new holder is never the one named as leaving it, and the
outgoing holder is never the one just elected or appointed (a re-election aside). Of two
people named in the sentence before, the title takes the one its gender and term allow;
and what the reader knows of a person is what was read before the title (titles given
after it do not bar him). A former office ("l'ex-général") takes, of two people named in
the sentence before, the one the text describes by a former office, not the one it names
by an office he holds. Working dev texts: own-636 (own_dev11), own-660, own-704 (own_dev12).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import role_triples

ROWS = [  # (text, (person, role) expected or None, (person, role) that must not be read or None)
    ("Au second tour, la liste conduite par Martine Leduc a devancé de 40 voix celle du maire "
     "sortant, Paul Girard. La nouvelle maire obtient 52 % des voix face à son adversaire.",
     ("Martine Leduc", "nouvelle maire"), None),
    ("Dimanche, la liste menée par Henri Pagnol a battu celle du maire sortant, Jean Ferrandi, "
     "de 87 voix. Le nouveau maire obtient 52 % des voix.", ("Henri Pagnol", "nouveau maire"), None),
    ("Samedi, l'équipe d'Yvette Castagné a devancé celle de la présidente sortante, Lucienne "
     "Brayer. La nouvelle présidente obtient 31 voix sur 58.",
     ("Yvette Castagné", "nouvelle présidente"), None),
    ("Lors de l'assemblée de l'amicale, Bernard Auclair a été élu président. Il succède à Lucien "
     "Perrot. « Nous allons travailler », a déclaré le nouveau président. Le président sortant a "
     "remis les clés du local.", ("Lucien Perrot", "président sortant"),
     ("Bernard Auclair", "président sortant")),
    ("Au second tour, la liste conduite par Martine Leduc a devancé celle du maire sortant, Paul "
     "Girard. La nouvelle maire obtient 52 % des voix. « Nous allons travailler », a lancé "
     "Martine Leduc, 48 ans, infirmière et conseillère municipale depuis 2001.",
     ("Martine Leduc", "nouvelle maire"), None),
    # a former office takes up the one the text describes by a former office, of two named
    ("Le président Milan Horvat a confirmé jeudi soir l'arrestation de Tomas Varga, l'ancien chef "
     "rebelle du Nord. L'ex-colonel, âgé de 61 ans, a été arrêté mardi dans un village du Sud.",
     ("Tomas Varga", "ex-colonel"), ("Milan Horvat", "ex-colonel")),
    ("La ministre Ana Dusek a reçu vendredi Anton Kral, l'ancien maire de Brod. L'ancien député, "
     "âgé de 70 ans, a plaidé pour une amnistie.", ("Anton Kral", "ancien député"), None),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), ROWS)
def test_terms_of_one_office(extract: Callable[..., dict], text: str,
                             wanted: tuple[str, str] | None, unwanted: tuple[str, str] | None) -> None:
    pairs = {(person, role) for person, role, _ in role_triples(extract(text))}
    if wanted is not None:
        assert wanted in pairs
    if unwanted is not None:
        assert unwanted not in pairs


def test_standing_holder_kept(extract: Callable[..., dict]) -> None:
    """The holder named with no status is still the one leaving ("président depuis 1990 ...
    Le président sortant"): no term is said for him, nothing bars him."""
    text = ("Le club a tenu son assemblée. Louis Girardot, président depuis 1990, ne se représentait "
            "pas. Le président sortant a remercié les bénévoles du club.")
    pairs = {(person, role) for person, role, _ in role_triples(extract(text))}
    assert ("Louis Girardot", "président sortant") in pairs
