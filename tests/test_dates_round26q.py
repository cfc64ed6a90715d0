"""Round 26q: a part of the day with a demonstrative, on the day the report means.

- "ce soir-là", "cette nuit-là", "ce matin-là" point back to the day the report last named,
  however far back (as "ce jour-là"); the span keeps its "-là". Without a named day they
  stay on the document's day.
- a quoted "ce soir" / "cette nuit" told in the past ("« Ce soir, nous avons gagné »", said
  after a match the report dates "samedi") is the speaker's evening: the narrative day (the
  day last named in the report's week, on or before the document's date), not the day the
  report is read. Guards: a quoted "ce soir" in the future, or outside a quotation, stays on
  the document's day.

Invented names and sentences; each fix row fails on the start code.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest


def dates(result: dict) -> dict[str, str | None]:
    return {e["name"].lower(): e["value"] for e in result["entities"] if e["type"] == "date"}


REF = "2019-03-12"  # a Tuesday

FIX_ROWS = [
    ("'ce soir-là' after a full date",
     "Le procès de Marc Olivet s'est ouvert lundi. Le 4 juin 2017, il avait frappé son "
     "voisin. Ce soir-là, il avait beaucoup bu.",
     {"ce soir-là": "2017-06-04"}),
    ("'cette nuit-là' after a day of the month",
     "Le 2 février, un incendie a détruit une grange à Morvaux. Cette nuit-là, le vent "
     "soufflait très fort.",
     {"cette nuit-là": "2019-02-02"}),
    ("'ce matin-là' inside a sentence",
     "Le 17 octobre 2016, la gendarmerie de Vernoux a reçu un appel. Les pompiers sont "
     "arrivés ce matin-là vers la ferme des Pradeuil.",
     {"ce matin-là": "2016-10-17"}),
    ("a quoted 'ce soir' in the past after a match day",
     "Le FC Bramont a battu Vierzac samedi. « Ce soir, nous avons montré du caractère », "
     "a déclaré l'entraîneur Paul Drevin.",
     {"samedi": "2019-03-09", "ce soir": "2019-03-09"}),
    ("a quoted 'cette nuit' in the past after an election day",
     "Les électeurs de Lormes ont choisi dimanche leur nouveau maire. « Cette nuit, les "
     "habitants ont voté pour le renouveau », a lancé Anne Castrelli.",
     {"dimanche": "2019-03-10", "cette nuit": "2019-03-10"}),
    ("a quoted 'ce soir' with an imperfect",
     "Les basketteurs de Saint-Aunès ont gagné vendredi à domicile. « Ce soir, il fallait "
     "absolument l'emporter », a résumé le capitaine Luc Ferrand.",
     {"vendredi": "2019-03-08", "ce soir": "2019-03-08"}),
]

GUARD_ROWS = [
    ("'ce soir' outside a quotation",
     "Le club a perdu samedi. Le maire Jean Pirot annoncera ce soir sa décision.",
     {"ce soir": "2019-03-12"}),
    ("a quoted 'ce soir' in the future",
     "Le club a perdu samedi. « Ce soir, nous jouerons mieux », promet Paul Drevin.",
     {"ce soir": "2019-03-12"}),
    ("a quoted 'ce soir' with no day named",
     "« Ce soir, nous avons montré du caractère », a déclaré l'entraîneur Paul Drevin.",
     {"ce soir": "2019-03-12"}),
    ("'ce soir' with no '-là' after an old date",
     "Le 4 juin 2017, Marc Olivet avait frappé son voisin. Il sera jugé ce soir.",
     {"ce soir": "2019-03-12"}),
]


@pytest.mark.parametrize("case,text,want", FIX_ROWS, ids=[r[0] for r in FIX_ROWS])
def test_part_of_day_on_the_day_meant(extract: Callable[..., dict], case: str, text: str,
                                      want: dict[str, str]) -> None:
    found = dates(extract(text, ref_date=REF))
    for name, value in want.items():
        assert found.get(name) == value, (case, found)


@pytest.mark.parametrize("case,text,want", GUARD_ROWS, ids=[r[0] for r in GUARD_ROWS])
def test_part_of_day_stays_on_the_documents_day(extract: Callable[..., dict], case: str,
                                                text: str, want: dict[str, str]) -> None:
    found = dates(extract(text, ref_date=REF))
    for name, value in want.items():
        assert found.get(name) == value, (case, found)
