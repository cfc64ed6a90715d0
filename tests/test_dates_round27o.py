"""Round 27o (dates): the day a part of the day falls on, and the tense of the date's verb.

1. A part of the day with no day of its own ('dans la soirée', 'en fin de matinée', 'en
   début d'après-midi') takes the narrative day, as a bare 'dès le matin' did: the day last
   named in the report's week on the verb's side of the document date, not any day named
   last (a background date of an earlier sentence, or a plan after a past verb); a day named
   in its own sentence stays its day, and with no day of the report's week named, the day
   last named however far back does. After a named night ('dans la nuit de lundi à mardi'), a
   morning, an afternoon or a whole day falls on the night's second day; an evening stays
   on the first (resolver.Context.report_day, _last_named, r_part_of_day, r_bare_part_of_day).
2. The tagger's conditional is believed only for a form with a conditional's ending and no
   imperfect of its verb: it tags 'circulait' a conditional, which sent the date ahead
   (components.date_tense._forward).
3. A call to an action ('appelle à la grève', 'a appelé à un rassemblement',
   'appellent à manifester') dates the action, still ahead whatever the tense of the call
   (models/dates/tense.json "call"; tense.call_tense); a call to an attitude ('au calme')
   or a date before 'à' keeps the call's own date.

Invented names and sentences; each fix row fails on the start code.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest


def dates(result: dict) -> dict[str, str | None]:
    return {e["name"].lower(): e["value"] for e in result["entities"] if e["type"] == "date"}


# 2025-11-12 is a Wednesday
REF = "2025-11-12"

FIXES = [
    ("afternoon after a named night",
     "Dans la nuit de lundi à mardi, un incendie a ravagé un entrepôt de Vaudrange. "
     "En début d'après-midi, les pompiers ont quitté les lieux.",
     "début d'après-midi", "2025-11-11"),
    ("morning after a named night",
     "Dans la nuit de dimanche à lundi, la digue de la Sarve a cédé près de Morlanges. "
     "Dans la matinée, le préfet s'est rendu sur place.",
     "dans la matinée", "2025-11-10"),
    ("a background date of an earlier sentence is no narrative day",
     "Hier, les grévistes de Brévannes ont défilé dans le centre. Leur mouvement a débuté le "
     "15 octobre. En fin de matinée, ils ont rejoint la mairie.",
     "fin de matinée", "2025-11-11"),
    ("a planned date is no narrative day for a past evening",
     "Hier, le ministre a visité l'usine de Vaudrange. Il reviendra le 28 novembre. "
     "Il a reçu les syndicats dans la soirée.",
     "dans la soirée", "2025-11-11"),
    ("an imperfect tagged a conditional: a weekday",
     "Un train sur trois circulait lundi à Vaudrange.",
     "lundi", "2025-11-10"),
    ("an imperfect tagged a conditional: a month",
     "Un bus sur deux circulait en octobre à Morlanges.",
     "octobre", "2025-10"),
    ("a call to strike from a coming day",
     "L'intersyndicale de Brévannes appelle à la grève dans les trois ateliers dès lundi.",
     "lundi", "2025-11-17"),
    ("a past call to an action on a day and month",
     "La secrétaire de l'union locale a appelé les adhérents à une marche de soutien le 3 décembre.",
     "le 3 décembre", "2025-12-03"),
    ("a call to gather on a weekday",
     "Les riverains de Morlanges appellent à un rassemblement mardi devant la mairie.",
     "mardi", "2025-11-18"),
    ("a call to block, its people named",
     "Le collectif a appelé les habitants à bloquer la déchetterie à partir de jeudi.",
     "jeudi", "2025-11-13"),
]

GUARDS = [
    ("guard: an evening after a named night stays on its first day",
     "Dans la nuit de lundi à mardi, un incendie a ravagé un entrepôt de Vaudrange. "
     "« Le vent a tourné dans la soirée », a expliqué le capitaine Brissot.",
     "dans la soirée", "2025-11-10"),
    ("guard: a story of a dated past keeps its day for the evening",
     "Les faits remontent au 3 septembre. Le prévenu de Vaudrange a frappé un voisin dans la soirée.",
     "dans la soirée", "2025-09-03"),
    ("guard: a date in the part of the day's own sentence is its day",
     "Hier, le tribunal de Morlanges a jugé un chauffeur. Le 25 octobre, il avait percuté un "
     "cycliste dans la soirée.",
     "dans la soirée", "2025-10-25"),
    ("guard: a part of the day after yesterday",
     "Hier, la fanfare de Morlanges a défilé dans l'après-midi.",
     "dans l'après-midi", "2025-11-11"),
    ("guard: a real conditional still points ahead",
     "La vente des billets commencerait le 3 décembre, selon le club de Vaudrange.",
     "le 3 décembre", "2025-12-03"),
    ("guard: a future still points ahead",
     "La piscine de Morlanges ouvrira lundi.",
     "lundi", "2025-11-17"),
    ("guard: the call's own date, before 'à'",
     "La CGT a appelé samedi les salariés de Brévannes à la grève.",
     "samedi", "2025-11-08"),
    ("guard: a call to an attitude keeps the call's date",
     "Le maire de Morlanges a appelé au calme samedi.",
     "samedi", "2025-11-08"),
]


@pytest.mark.parametrize(("case", "text", "name", "value"), FIXES + GUARDS,
                         ids=[c[0] for c in FIXES + GUARDS])
def test_date_value(extract: Callable[..., dict], case: str, text: str, name: str,
                    value: str) -> None:
    found = dates(extract(text, ref_date=REF))
    hits = [v for k, v in found.items() if name in k]
    assert hits, (case, found)
    assert hits[0] is not None and hits[0].startswith(value), (case, found)
