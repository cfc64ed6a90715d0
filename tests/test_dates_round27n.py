"""Round 27n (dates): three decisions on which temporal expressions the extraction keeps.

1. 'demain' complementing a noun naming no day nor event ('l'école de demain', 'les artisans
   de demain') speaks of the future: no date of the extraction (components.dates.
   _generic_deictic). A meeting or a match ('la réunion de demain') or 'à partir de demain'
   keep their day (lexicon deictic_dated_heads); "d'hier" stays a day ('celles d'hier').
2. A feast or a weekday inside a person's name ('Claire Noël', 'Jean-Toussaint Leca') is a
   word of the name, no date (resolve.entities._dates_in_person_names).
3. The weekday a writer adds to 'demain', 'hier' or 'aujourd'hui' ('demain jeudi') is the same
   day: one expression, no second date (grammar.json rule deictic); a weekday with its own
   day number ('hier mardi 9 mars') stays a date of its own.
4. 'une journée' named by its cause ('une journée d'action', 'de mobilisation') is a day an
   event is held on, no length of time (components.dates._day_of_cause); a time spent ('une
   journée de travail', lexicon duration_complements) stays a duration.
5. The first or last minutes or seconds with no number ('dans les dernières minutes') are the
   edge of a game, no length of time (components.dates._edge_of_game).
6. A vague adverb qualifying a participle used as an adjective ('une grange récemment
   restaurée') describes a thing and dates no fact; after an auxiliary it stays
   (components.dates._participle_adverb).

Invented names and sentences; each fix row fails on the start code.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest


def dates(result: dict) -> dict[str, str | None]:
    return {e["name"].lower(): e["value"] for e in result["entities"] if e["type"] == "date"}


# 2021-03-10 is a Wednesday
REF = "2021-03-10"

GENERIC = [
    ("a school 'of tomorrow'",
     "Pour la maire de Vaubrecourt, l'école de demain sera numérique ou ne sera pas.", {}),
    ("trades 'of tomorrow', plural people",
     "Le lycée Marbot forme les artisans de demain dans ses ateliers.", {}),
    ("jobs 'of tomorrow' after an adjective",
     "Le salon de Vaubrecourt présente les nouveaux métiers de demain aux collégiens.", {}),
    ("a generic deictic beside a real day",
     "Les médecins de demain ont visité hier l'hôpital de Vaubrecourt.", {"hier": "2021-03-09"}),
    ("guard: an evening of that day",
     "Le vote a eu lieu dans la soirée d'hier à la mairie de Vaubrecourt.", {"hier": "2021-03-09"}),
    ("guard: a meeting of that day",
     "La réunion de demain se tiendra à la salle des fêtes de Morlanges.", {"demain": "2021-03-11"}),
    ("guard: a match of that day",
     "Le match d'hier entre Morlanges et Vaubrecourt a été arrêté par la pluie.", {"hier": "2021-03-09"}),
    ("guard: a demonstrative standing for events of that day",
     "Les crues d'avant-hier ont surpris Morlanges ; celles d'hier ont noyé Vaubrecourt.",
     {"avant-hier": "2021-03-08", "hier": "2021-03-09"}),
    ("guard: from tomorrow on",
     "À partir de demain, la rue Carnot sera fermée à Morlanges.", {"demain": "2021-03-11"}),
]


@pytest.mark.parametrize(("case", "text", "want"), GENERIC, ids=[r[0] for r in GENERIC])
def test_generic_deictic_is_no_date(extract: Callable[..., dict], case: str, text: str,
                                    want: dict[str, str]) -> None:
    assert dates(extract(text, ref_date=REF)) == want, case


IN_NAMES = [
    ("Christmas as a surname",
     "Le directeur a salué le départ de Claire Noël, institutrice à Vaubrecourt.", {}),
    ("All Saints inside a hyphenated first name",
     "Le décès d'Jean-Toussaint Leca, ancien maire de Morlanges, a ému la vallée.", {}),
    ("guard: Easter as a surname (no date already)",
     "Odile Pâques, adjointe aux finances, a présenté le budget de Vaubrecourt.", {}),
    ("a weekday as a surname",
     "« Nous tiendrons bon », a assuré Paul Vendredi, délégué syndical chez Marbot.", {}),
    ("guard: the feast itself beside the name",
     "Claire Noël fêtera Noël chez sa fille, à Morlanges.", {"noël": "2021-12-25"}),
]


@pytest.mark.parametrize(("case", "text", "want"), IN_NAMES, ids=[r[0] for r in IN_NAMES])
def test_feast_in_a_name_is_no_date(extract: Callable[..., dict], case: str, text: str,
                                    want: dict[str, str]) -> None:
    assert dates(extract(text, ref_date=REF)) == want, case


WEEKDAY = [
    ("'demain' and its weekday, then an hour",
     "Les obsèques de Lucien Ferrand seront célébrées demain jeudi, à 10 h, en l'église de Morlanges.",
     {"demain jeudi": "2021-03-11", "10 h": "2021-03-11T10:00"}),
    ("'hier' and its weekday opening a sentence",
     "Hier mardi, le conseil municipal de Vaubrecourt a voté le budget.", {"hier mardi": "2021-03-09"}),
    ("'aujourd'hui' and its weekday",
     "Le marché de Morlanges ouvre aujourd'hui mercredi sur la place Carnot.",
     {"aujourd'hui mercredi": "2021-03-10"}),
    ("guard: a weekday with its day number stays its own date",
     "Hier mardi 9 mars, la neige a bloqué la route de Vaubrecourt.",
     {"hier": "2021-03-09", "mardi 9 mars": "2021-03-09"}),
    ("guard: 'demain soir' unchanged",
     "Le club de Morlanges recevra Vaubrecourt demain soir.", {"demain soir": "2021-03-11TEV"}),
]


@pytest.mark.parametrize(("case", "text", "want"), WEEKDAY, ids=[r[0] for r in WEEKDAY])
def test_deictic_and_its_weekday_are_one_day(extract: Callable[..., dict], case: str, text: str,
                                             want: dict[str, str]) -> None:
    assert dates(extract(text, ref_date=REF)) == want, case


DAY_OF = [
    ("a day of action called by unions",
     "La papeterie Marbot connaîtra le 4 avril une journée d'action voulue par ses syndicats.",
     {"le 4 avril": "2021-04-04"}),
    ("a day of awareness organised by a school",
     "Le collège de Vaubrecourt organise une journée de sensibilisation au harcèlement.", {}),
    ("after a day of anger",
     "Après une journée de colère, les riverains de Morlanges attendent des réponses.", {}),
    ("guard: a day of work is a length of time",
     "Après une journée de travail, Lucien Ferrand rejoint la chorale de Morlanges.",
     {"après une journée": "P1D"}),
    ("guard: a day spent somewhere",
     "Le randonneur de Vaubrecourt a passé une journée à l'hôpital.", {"une journée": "P1D"}),
]


@pytest.mark.parametrize(("case", "text", "want"), DAY_OF, ids=[r[0] for r in DAY_OF])
def test_day_of_a_cause_is_no_duration(extract: Callable[..., dict], case: str, text: str,
                                       want: dict[str, str]) -> None:
    assert dates(extract(text, ref_date=REF)) == want, case


GAME_EDGE = [
    ("the last minutes of a match",
     "Le gardien de l'AS Morlanges a sauvé les siens dans les dernières minutes.", {}),
    ("'en toutes dernières secondes'",
     "Vaubrecourt a encaissé un but en toutes dernières secondes, samedi.", {"samedi": "2021-03-06"}),
    ("guard: 'ces dernières semaines' stays",
     "Ces dernières semaines, le club de Morlanges a recruté trois joueurs.",
     {"ces dernières semaines": "P1W"}),
    ("guard: a counted edge stays",
     "Vaubrecourt a encaissé deux buts dans les cinq dernières minutes.",
     {"dans les cinq dernières minutes": "PT5M"}),
]


@pytest.mark.parametrize(("case", "text", "want"), GAME_EDGE, ids=[r[0] for r in GAME_EDGE])
def test_edge_of_a_game_is_no_duration(extract: Callable[..., dict], case: str, text: str,
                                       want: dict[str, str]) -> None:
    assert dates(extract(text, ref_date=REF)) == want, case


PARTICIPLE = [
    ("a barn recently restored",
     "À Vaubrecourt, une grange récemment restaurée accueille les expositions.", {}),
    ("a club recently promoted, in apposition",
     "Le FC Morlanges, récemment promu, reçoit Vaubrecourt samedi.", {"samedi": "2021-03-13"}),
    ("guard: after an auxiliary",
     "Deux suspects ont été récemment interpellés à Vaubrecourt.", {"récemment": None}),
    ("guard: 'a tout récemment' and its participle",
     "La commune de Morlanges a tout récemment rénové sa salle des fêtes.", {"récemment": None}),
]


@pytest.mark.parametrize(("case", "text", "want"), PARTICIPLE, ids=[r[0] for r in PARTICIPLE])
def test_adverb_of_a_participle_is_no_date(extract: Callable[..., dict], case: str, text: str,
                                           want: dict[str, str | None]) -> None:
    assert dates(extract(text, ref_date=REF)) == want, case
