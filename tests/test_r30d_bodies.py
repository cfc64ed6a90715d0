"""Round 30d: a place keeps the letters of an article.

- a one-word place that opens on the letters of an article ("le Languedoc", "la Laponie")
  keeps them: only a whole word "La", "Le", "Les" or an elided "L'" is an article
  (entity_types._ARTICLE_START).

Invented names and sentences; each fix row fails on the start code.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import entity_names

PLACE_ROWS = [
    ("'le' then a region opening on 'La'",
     "Le vin provenait de cuves de vin de table achetées dans le Languedoc. L'enquête continue.",
     "Languedoc"),
    ("'la' then a land opening on 'La'",
     "Les éleveurs de rennes vivent dans la Laponie depuis des siècles, dit le guide.",
     "Laponie"),
]


@pytest.mark.parametrize("label,text,name", PLACE_ROWS, ids=[r[0] for r in PLACE_ROWS])
def test_place_keeps_its_first_letters(extract: Callable[..., dict], label: str, text: str,
                                       name: str) -> None:
    assert name in entity_names(extract(text), "place")
