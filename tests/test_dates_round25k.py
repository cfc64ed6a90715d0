"""Round 25k: a bare part of the day told as the moment of a reported event is a date.

- "dès le matin", "toute la nuit", "le soir même", "la nuit a été étouffante", "l'après-midi
  s'est achevé": the part of the day of the narrative day (the day last named in the
  report's week, on the verb's side of the document date; else the document's day);
- a record or background date recalled before it is no narrative day;
- a capital "Midi" inside a sentence or before a hyphen is the South in a name, no noon;
- guards: a habit in the present, "pour la nuit", "passer la nuit" (a stretch spent),
  "la soirée" as an event, a complement ("la nuit du 14 juillet"), a name ("la Nuit
  blanche de X"), "souvent la nuit", a noon at the head of a sentence, "dans l'après-midi".

Invented names and sentences; each fix row fails on the start code.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest


def dates(result: dict) -> dict[str, str | None]:
    return {e["name"].lower(): e["value"] for e in result["entities"] if e["type"] == "date"}


# 2019-03-12 is a Tuesday, 2019-08-05 a Monday
FIX_ROWS = [
    ("'dès le matin' after a weekday named the sentence before",
     "Les agriculteurs de la Brionne ont bloqué la rocade lundi. Dès le matin, une centaine de "
     "tracteurs convergeaient vers Morvaux.",
     "2019-03-12", "dès le matin", "2019-03-11TMO"),
    ("'toute la nuit' with a future verb",
     "Les secours fouilleront toute la nuit les berges du Lizon, a annoncé la préfecture.",
     "2019-03-12", "toute la nuit", "2019-03-12TNI"),
    ("'le soir même' after 'hier'",
     "Le ministre était hier à Vernoux. Le soir même, il a rencontré les élus du canton.",
     "2019-03-12", "le soir même", "2019-03-11TEV"),
    ("'le soir même' after a day named weeks before",
     "Le 2 février, la digue de Morvaux a cédé. Le soir même, les habitants ont été évacués.",
     "2019-03-12", "le soir même", "2019-02-02TEV"),
    ("'l'après-midi' object of a compound past",
     "Samedi, la kermesse de l'école Jean-Brissac a réuni les familles. Les élèves ont clos "
     "l'après-midi par un lâcher de ballons.",
     "2019-03-12", "l'après-midi", "2019-03-09TAF"),
    ("'la nuit' subject after a record date recalled",
     "Le thermomètre a atteint 41 degrés à Morvaux dimanche, contre 38 degrés le 4 août 1923. "
     "La nuit a été étouffante dans toute la vallée.",
     "2019-08-05", "la nuit", "2019-08-04TNI"),
    ("'dès le matin' after a night between two days",
     "Une crue a coupé la route de Vernancourt dans la nuit de samedi à dimanche. Les pompiers "
     "étaient sur place dès le matin.",
     "2019-03-12", "dès le matin", "2019-03-10TMO"),
]

NO_DATE_ROWS = [
    ("'Midi' in an association's name (fix)",
     "L'ancien trésorier de l'association Foyer du Midi a été condamné pour abus de confiance."),
    ("'Midi' joined to a region's name (fix)",
     "Le conseil régional de Midi-Pyrénées a relevé sa subvention au festival de Vernoux."),
    ("guard: a habit in the present",
     "Le matin, Lucette Darbois ouvre sa boulangerie de Vernoux."),
    ("guard: 'pour la nuit'",
     "Les randonneurs égarés ont été hébergés pour la nuit au refuge du Grand-Fay."),
    ("guard: 'la soirée' as an event",
     "La soirée s'est achevée autour d'un buffet offert par le comité des fêtes de Morvaux."),
    ("guard: 'la nuit' with a complement naming an event",
     "La nuit des étoiles a attiré trois cents curieux sur le plateau de Vernoux."),
    ("guard: a name with a capital",
     "Le festival a programmé la Nuit blanche de Morvaux pour la troisième fois."),
    ("guard: 'passer la nuit' is a stretch spent",
     "Les habitants évacués du hameau de Grésille ont passé la nuit à la salle "
     "polyvalente."),
    ("guard: 'souvent la nuit'",
     "Le sculpteur Anselme Trivaux travaillait souvent la nuit pour finir ses maquettes."),
]

GUARD_ROWS = [
    ("guard: noon at the head of a sentence",
     "À midi, les grévistes ont quitté le dépôt de Morvaux.",
     "2019-03-12", "midi", "2019-03-12T12:00"),
    ("guard: 'dans l'après-midi' as before",
     "La préfète a reçu les maires du canton dans l'après-midi.",
     "2019-03-12", "dans l'après-midi", "2019-03-12"),
    ("guard: 'la nuit du 14 juillet' keeps its day",
     "La nuit du 14 juillet, un feu d'artifice a été tiré depuis le pont de Vernoux.",
     "2019-08-05", "14 juillet", "2019-07-14"),
]


@pytest.mark.parametrize(("case", "text", "ref", "name", "value"), FIX_ROWS + GUARD_ROWS,
                         ids=[r[0] for r in FIX_ROWS + GUARD_ROWS])
def test_part_of_day_value(extract: Callable[..., dict], case: str, text: str, ref: str,
                           name: str, value: str) -> None:
    found = dates(extract(text, ref_date=ref))
    assert found.get(name, "<none>") == value, (case, found)


@pytest.mark.parametrize(("case", "text"), NO_DATE_ROWS, ids=[r[0] for r in NO_DATE_ROWS])
def test_no_date(extract: Callable[..., dict], case: str, text: str) -> None:
    found = dates(extract(text, ref_date="2019-03-12"))
    assert not found, (case, found)
