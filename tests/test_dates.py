# ruff: noqa: E501  (example tables read best one row per line)
"""Date layer tables: (sentence, anchor) -> the expression found, its kind and value.

Pure tests over `factx.temporal.find_dates` (no spaCy model needed). Sentences are
written for these tests; anchors are the document dates a dateline would give.
"""

from __future__ import annotations

import pytest

from factx.temporal import find_dates


def one(text: str, anchor: str | None) -> tuple[str, str, str | None, str | None]:
    found = find_dates(text, anchor)
    assert len(found) == 1, f"expected one expression in {text!r}, got {found}"
    e = found[0]
    assert text[e.start:e.end] == e.text
    return e.text, e.kind, e.value, e.mod


# (text, anchor, expected span, kind, value, mod)
ABSOLUTE = [
    ("Le traité a été signé le 22 juin 2012 à Bruxelles.", "2012-06-25", "le 22 juin 2012", "date", "2012-06-22", None),
    ("La loi entre en vigueur le 1er mars.", "2021-02-10", "le 1er mars", "date", "2021-03-01", None),
    ("Les travaux ont commencé en juin.", "2019-07", "juin", "date", "2019-06", None),
    ("Le site a ouvert en 2014 dans la banlieue.", "2019-07", "2014", "date", "2014", None),
    ("Le conseil se réunira mardi 30 juin.", "2020-06-25", "mardi 30 juin", "date", "2020-06-30", None),
    ("Le dossier a été déposé le 03/04/2021.", "2021-05-01", "03/04/2021", "date", "2021-04-03", None),
    ("Le chantier doit s'achever fin 2014.", "2013-05-02", "fin 2014", "date", "2014", "end"),
    ("La récolte commence mi-mai.", "2016-04-02", "mi-mai", "date", "2016-05", "mid"),
    ("La ville a grandi au début des années 2000.", "2019-07", "début des années 2000", "date", "200X", "start"),
    ("Le pont fut construit au XIXe siècle.", "2019-07", "XIXe siècle", "date", "18", None),
    ("Il est né le 31 octobre 1974 à Lyon.", None, "le 31 octobre 1974", "date", "1974-10-31", None),
    ("Les élections ont eu lieu en mars 2012.", "2012-06", "mars 2012", "date", "2012-03", None),
    ("Le marché était fermé pendant le mois d'août.", "2015-09-01", "le mois d'août", "date", "2015-08", None),
    ("Le rapport couvre l'année 2011 entière.", "2012-01-05", "l'année 2011", "date", "2011", None),
]

RELATIVE = [
    ("Le ministre a démissionné aujourd'hui.", "2012-06-22", "aujourd'hui", "date", "2012-06-22", None),
    ("Le maire a annoncé hier sa candidature.", "2012-06-22", "hier", "date", "2012-06-21", None),
    ("Deux voitures ont brûlé cette nuit dans le quartier.", "2012-06-22", "cette nuit", "date", "2012-06-22", None),
    ("Le club a recruté la semaine dernière.", "2012-06-22", "la semaine dernière", "date", "2012-W24", None),
    ("Le club a recruté la semaine dernière.", "2019-07", "la semaine dernière", "date", None, None),
    ("Les ventes ont baissé par rapport à l'an dernier.", "2019-07", "l'an dernier", "date", "2018", None),
    ("Cette année, le festival accueille trente groupes.", "2019-07", "Cette année", "date", "2019", None),
    ("Les résultats seront publiés le mois prochain.", "2019-12-03", "le mois prochain", "date", "2020-01", None),
    ("Le vote aura lieu lundi prochain.", "2012-06-22", "lundi prochain", "date", "2012-06-25", None),
    ("La décision sera connue dans trois jours.", "2012-06-22", "dans trois jours", "date", "2012-06-25", None),
    ("L'usine a fermé il y a dix ans.", "2019-07", "il y a dix ans", "date", "2009", None),
    ("Le réseau a été lancé il y a deux mois.", "2012-07-12", "il y a deux mois", "date", "2012-05", None),
    ("Le gala s'est tenu le 7 novembre dernier à Laval.", "2019-07", "le 7 novembre dernier", "date", "2018-11-07", None),
    ("Le gala s'est tenu le 7 novembre à Laval.", "2019-07-15", "le 7 novembre", "date", "2018-11-07", None),
    ("Le gala se tiendra le 7 novembre à Laval.", "2019-07-15", "le 7 novembre", "date", "2019-11-07", None),
    ("Les élus ont voté en juin dernier.", "2012-07-05", "juin dernier", "date", "2012-06", None),
    ("Les soldats ont été tués mercredi lors d'une patrouille.", "2012-06-28", "mercredi", "date", "2012-06-27", None),
    ("Le sommet se tiendra samedi à Genève.", "1999-05-26", "samedi", "date", "1999-05-29", None),
    ("Il est rentré hier soir de Madrid.", "2003-02-23", "hier soir", "time", "2003-02-22TEV", None),
    ("Le texte a été voté avant-hier.", "2012-06-22", "avant-hier", "date", "2012-06-20", None),
    ("La réunion a été reportée à demain.", "2012-06-22", "demain", "date", "2012-06-23", None),
    ("Les fouilles reprendront l'année prochaine.", "2012-06-22", "l'année prochaine", "date", "2013", None),
    ("Le maire a parlé ce matin aux habitants.", "2012-06-22", "ce matin", "date", "2012-06-22", None),
    ("Le maire a annoncé hier sa candidature.", None, "hier", "date", None, None),
    ("Il a été récemment élu au conseil.", "2012-06-22", "récemment", "date", None, None),
]

DURATIONS_AND_SPANS = [
    ("La grève a duré pendant 12 heures.", "2012-06-22", "pendant 12 heures", "duration", "PT12H", None),
    ("Elle dirige l'association depuis plus de 10 ans.", "2019-07", "depuis plus de 10 ans", "duration", "P10Y",
     "more_than"),
    ("Le festival a lieu du 22 au 24 juin.", "2012-06-10", "du 22 au 24 juin", "range", "2012-06-22/2012-06-24",
     None),
    ("Les ventes ont doublé entre 2010 et 2014.", "2019-07", "entre 2010 et 2014", "range", "2010/2014", None),
    ("L'enquête a duré 9 mois.", "2012-07-04", "9 mois", "duration", "P9M", None),
    ("Le navire a coulé en moins de 14 minutes.", "2012-06-10", "moins de 14 minutes", "duration", "PT14M",
     "less_than"),
    ("Les rebelles contrôlent la ville depuis trois mois.", "2012-07-04", "depuis trois mois", "duration", "P3M",
     None),
    ("Les experts rendront un avis d'ici à trois semaines.", "2012-10-29", "d'ici à trois semaines", "duration",
     "P3W", None),
    ("Le mandat dure un an et demi.", "2012-10-29", "un an et demi", "duration", "P18M", None),  # a half in months (31f)
    ("Le chantier s'étalera sur un demi-siècle.", "2012-10-29", "sur un demi-siècle", "duration", "P50Y", None),
    ("Les combats durent depuis plusieurs jours.", "2012-11-02", "depuis plusieurs jours", "duration", None, None),
    ("Le réseau a aidé les entreprises au cours de l'année.", "2019-07", "au cours de l'année", "duration", "P1Y",
     None),
    ("Le trafic reprendra vers 7 heures du matin.", "2012-11-01", "7 heures du matin", "time", "2012-11-01T07:00",
     "approx"),
    ("Les résultats tombent à 15 h.", "2012-06-24", "15 h", "time", "2012-06-24T15:00", None),
    ("L'incendie a éclaté vers 10h45 près du pont.", "2012-10-29", "10h45", "time", "2012-10-29T10:45", "approx"),
    ("Le magasin ouvre chaque jour de la semaine.", "2012-10-29", "chaque jour", "set", "P1D", None),
    ("Le marché se tient le dimanche.", "2012-10-29", "le dimanche", "set", "XXXX-WXX-7", None),
    # a rate: "par" and a unit of time is a set, as the guideline counts it (the figure stays a figure)
    ("Le loyer atteint 2000 euros par mois.", "2012-10-29", "par mois", "set", "P1M", None),
    ("La station traite 300 camions par jour.", "2019-07-01", "par jour", "set", "P1D", None),
    ("Le club reçoit 5 000 euros par an de la commune.", "2001-03-02", "par an", "set", "P1Y", None),
]

NOT_DATES = [
    "Le caporal-chef de 32 ans a été blessé.",
    "Trois personnes âgées de 18 à 25 ans ont été blessées.",
    "Carole Doussin, 61 ans, préside le réseau.",
    "Le réseau a appuyé plus de 3 605 entreprises.",
    "L'émission de France 2 a réuni deux millions de téléspectateurs.",
    "Appelez le 01 23 45 67 89 pour réserver.",
    "Il a vendu sept voitures au salon.",
    "Le prix atteint 2000 euros, soit trois fois le loyer.",
    "La sonde a photographié Mars depuis son orbite.",
    "Le score final est de 3 à 1.",
    "Ils sont 1500 manifestants dans la rue.",
    "Il a joué le rôle principal dans une série.",
]


@pytest.mark.parametrize(("text", "anchor", "span", "kind", "value", "mod"), ABSOLUTE)
def test_absolute_and_partial(text: str, anchor: str | None, span: str, kind: str, value: str | None,
                              mod: str | None) -> None:
    assert one(text, anchor) == (span, kind, value, mod)


@pytest.mark.parametrize(("text", "anchor", "span", "kind", "value", "mod"), RELATIVE)
def test_relative_to_anchor(text: str, anchor: str | None, span: str, kind: str, value: str | None,
                            mod: str | None) -> None:
    assert one(text, anchor) == (span, kind, value, mod)


@pytest.mark.parametrize(("text", "anchor", "span", "kind", "value", "mod"), DURATIONS_AND_SPANS)
def test_durations_and_spans(text: str, anchor: str | None, span: str, kind: str, value: str | None,
                             mod: str | None) -> None:
    assert one(text, anchor) == (span, kind, value, mod)


@pytest.mark.parametrize("text", NOT_DATES)
def test_no_false_dates(text: str) -> None:
    assert find_dates(text, "2019-07-01") == []


def test_several_in_order_with_anaphora() -> None:
    text = "Le sommet a eu lieu jeudi 16 août 2012. La veille, les ministres s'étaient réunis à 18 h."
    found = [(e.text, e.value) for e in find_dates(text, "2012-08-17")]
    assert found == [("jeudi 16 août 2012", "2012-08-16"), ("La veille", "2012-08-15"),
                     ("18 h", "2012-08-15T18:00")]


def test_time_takes_the_day_named_in_its_sentence() -> None:
    found = find_dates("Le match est prévu samedi 5 juin à Metz, coup d'envoi à 17 h.", "1999-05-22")
    assert [(e.text, e.value) for e in found] == [("samedi 5 juin", "1999-06-05"), ("17 h", "1999-06-05T17:00")]


def test_offsets_point_into_the_original_text() -> None:
    text = "Il l’a dit l’an dernier, le 3\u00a0mars."
    found = find_dates(text, "2019-07-01")
    assert [text[e.start:e.end] for e in found] == ["l’an dernier", "le 3\u00a0mars"]
    assert [e.value for e in found] == ["2018", "2019-03-03"]


def test_attrs_have_a_fixed_key_order() -> None:
    (e,) = find_dates("Elle y travaille depuis plus de 10 ans.", "2019-07")
    assert list(e.attrs()) == ["kind", "value", "mod"]
    (e,) = find_dates("Il est venu hier.", "2019-07-02")
    assert list(e.attrs()) == ["kind", "value"]


# (text, anchor, expected span, value): weekdays of a named week, clock times with their day
WEEKS_AND_CLOCKS = [
    ("La commission rendra son avis mardi de la semaine prochaine.", "2013-02-12", "mardi de la semaine prochaine", "2013-02-19"),
    ("Le vote a eu lieu dimanche de la semaine dernière.", "2013-02-12", "dimanche de la semaine dernière", "2013-02-10"),
    ("La réunion se tiendra lundi en huit.", "2013-02-12", "lundi en huit", "2013-02-25"),
    ("Le train arrive à trois heures et quart demain après-midi.", "2013-02-12", "trois heures et quart demain après-midi", "2013-02-13T15:15"),
    ("Les secours sont arrivés le 2 mars à environ 5h.", "2013-03-05", "le 2 mars à environ 5h", "2013-03-02T05:00"),
    ("L'assemblée a siégé jusqu'à la fin de la soirée.", "2013-02-12", "la fin de la soirée", "2013-02-12"),
    ("Les pompiers sont intervenus dans la nuit de lundi à mardi.", "1999-08-27", "dans la nuit de lundi à mardi", "1999-08-23TNI"),
    ("Les chiffres seront affinés d'ici la fin de l'année.", "1999-07-07", "d'ici la fin de l'année", "1999"),
]


@pytest.mark.parametrize(("text", "anchor", "span", "value"), WEEKS_AND_CLOCKS)
def test_weeks_and_clock_times(text: str, anchor: str, span: str, value: str) -> None:
    found = [(e.text, e.value) for e in find_dates(text, anchor)]
    assert found == [(span, value)]


@pytest.mark.parametrize(
    "text",
    [
        "Elle avait cinq ans quand sa famille a quitté la ville.",
        "J’ai seulement 29 ans, a-t-il rappelé.",
        "Il n’a que 17 ans.",
        "Le doyen du village aura 100 ans en mai.",
    ],
)
def test_an_age_after_avoir_is_not_a_duration(text: str) -> None:
    assert [d.text for d in find_dates(text, "2020-01-01") if "ans" in d.text] == []
