"""Figures layer, end to end on the shared pipeline: tables of
(text, expected value, unit, qualifier, kind), one table per bullet of issue 4."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

NBSP, NNBSP = "\u00a0", "\u202f"
SEED_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "seed"

Row = tuple[str, float, str | None, str | None, str]


def figures(extract: Callable[..., dict], text: str) -> list[dict[str, Any]]:
    return [e for e in extract(text)["entities"] if e["type"] == "figure"]


def check(extract: Callable[..., dict], row: Row) -> dict[str, Any]:
    text, value, unit, qualifier, kind = row
    found = [f for f in figures(extract, text) if f["value"] == pytest.approx(value)]
    assert found, f"no figure of value {value} in {text!r}: {figures(extract, text)}"
    f = found[0]
    assert (f["unit"], f["qualifier"], f["kind"]) == (unit, qualifier, kind), f
    return f


DIGITS: list[Row] = [
    ("La région compte 3 605 entreprises exportatrices.", 3605, "entreprises", None, "count"),
    (f"La région compte 3{NBSP}605 entreprises.", 3605, "entreprises", None, "count"),
    (f"La région compte 3{NNBSP}605 entreprises.", 3605, "entreprises", None, "count"),
    ("Le club revendique 1.200 adhérents.", 1200, "adhérents", None, "count"),
    ("L'indice a terminé à 84,97 points.", 84.97, "points", None, "count"),
    ("La commune compte 2,5 millions d'habitants.", 2500000, "habitants", None, "count"),
    ("Le groupe a investi 1,2 Md€ dans l'usine.", 1200000000, "€", None, "money"),
    ("La start-up a levé 4 M$ auprès de fonds.", 4000000, "$", None, "money"),
    ("Chaque lauréat reçoit 50 k€ de dotation.", 50000, "€", None, "money"),
    ("Le tunnel mesure 57 km de long.", 57, "km", None, "measure"),
]

WORDS: list[Row] = [
    ("Quinze joueurs ont été convoqués.", 15, "joueurs", None, "count"),
    ("Le refuge accueille deux cents chiens.", 200, "chiens", None, "count"),
    ("On a recensé vingt-et-un blessés.", 21, "blessés", None, "count"),
    ("On a recensé vingt et une victimes.", 21, "victimes", None, "count"),
    ("Le village compte soixante-dix maisons.", 70, "maisons", None, "count"),
    ("Le bus transportait septante passagers.", 70, "passagers", None, "count"),
    ("La course réunit nonante-deux coureurs.", 92, "coureurs", None, "count"),
]

COLLECTIVES: list[Row] = [
    ("Une centaine de bénévoles ont participé.", 100, "bénévoles", "approx", "count"),
    ("Des dizaines de maisons ont été inondées.", 10, "maisons", "more_than", "count"),
    ("Il a acheté une douzaine d'huîtres.", 12, "huîtres", "approx", "count"),
    ("Quelques milliers de supporters ont défilé.", 1000, "supporters", "more_than", "count"),
    ("La police a interpellé près de 300 manifestants.", 300, "manifestants", "approx", "count"),
    ("La salle accueille environ 800 spectateurs.", 800, "spectateurs", "approx", "count"),
    ("La salle accueille aux environs de 800 spectateurs.", 800, "spectateurs", "approx", "count"),
    ("Une petite centaine de curieux sont venus.", 100, "curieux", "approx", "count"),
    ("Plus de 40 pompiers ont été mobilisés.", 40, "pompiers", "more_than", "count"),
    ("Moins de 20 élèves étaient présents.", 20, "élèves", "less_than", "count"),
    ("Au moins douze personnes ont été blessées.", 12, "personnes", "at_least", "count"),
    ("Le stade peut recevoir jusqu'à 45 000 spectateurs.", 45000, "spectateurs", "at_most", "count"),
    ("Au moins une trentaine de véhicules ont brûlé.", 30, "véhicules", "at_least", "count"),
    ("Le bilan fait état d'au moins 12 morts.", 12, "morts", "at_least", "count"),
    # "dont" restates what the figure before counts (round 25i)
    ("On compte une cinquantaine d'espèces, dont deux douzaines menacées.", 24, "espèces", "approx", "count"),
    ("Le chantier a coûté 40 millions d'euros environ.", 40000000, "euros", "approx", "money"),
]

MONEY: list[Row] = [
    ("La ville a reçu deux millions d'euros de subventions.", 2000000, "euros", None, "money"),
    ("Le contrat est estimé à 15 M€.", 15000000, "€", None, "money"),
    ("Le rachat atteint 3,5 milliards de dollars.", 3500000000, "dollars", None, "money"),
    ("La maison s'est vendue 250 000 $.", 250000, "$", None, "money"),
    ("Le billet coûte 12,50 euros.", 12.5, "euros", None, "money"),
]

PERCENT: list[Row] = [
    ("Le chômage touche 15 % des jeunes.", 15, "%", None, "percent"),
    ("Le chômage touche 15 pour cent des jeunes.", 15, "pour cent", None, "percent"),
    ("Le taux de chômage enregistre une hausse de 3 points.", 3, "points", None, "percent"),
    ("Le taux a connu une baisse de près de 2 points.", 2, "points", "approx", "percent"),
    ("Le candidat a recueilli 51,2 % des voix.", 51.2, "%", None, "percent"),
]

COUNTED: list[Row] = [
    ("Le centre a donné 665 formations en gestion des entreprises.", 665, "formations", None, "count"),
    ("Le jury a désigné 8 grands gagnants.", 8, "gagnants", None, "count"),
    ("Les 16 OSBL membres du réseau ont voté.", 16, "osbl", None, "count"),
    ("La société a rédigé 120 plans d'affaires.", 120, "plans d'affaires", None, "count"),
    ("L'avion transportait 9 membres d'équipage.", 9, "membres d'équipage", None, "count"),
    ("Trois jeunes femmes ont été secourues.", 3, "femmes", None, "count"),
    ("Le suspect, âgé de 34 ans, a été arrêté.", 34, "ans", None, "age"),
    ("Un homme de 61 ans a été blessé.", 61, "ans", None, "age"),
    ("Le prix a été multiplié par deux fois.", 2, "fois", None, "ratio"),
    ("Il fait plus de 1 500 degrés Celsius au cœur du four.", 1500, "degrés celsius", "more_than", "measure"),
    ("Cette nuit, il a fait moins 12 degrés.", -12, "degrés", None, "measure"),
    ("Il a bu un demi-litre d'eau.", 0.5, "litre", None, "measure"),
    ("Il a fait 12 degrés sous zéro à Colmar.", -12, "degrés", None, "measure"),
    ("-10°", -10, "°", None, "measure"),
    ("Le ticket coûte 2 euros et 50 centimes.", 2.5, "euros", None, "money"),
    ("Un électeur sur trois s'est abstenu.", 1 / 3, "électeur", None, "ratio"),
    ("Deux Français sur cinq partent en vacances.", 0.4, "français", None, "ratio"),
    ("Un Français sur deux part en vacances.", 0.5, "français", None, "ratio"),
    ("Il a trois enfants et sept petits-enfants.", 7, "petits-enfants", None, "count"),
    ("Le score final est de un sur quatre.", 0.25, None, None, "ratio"),
    # a part counts its whole (round 25i)
    ("Les deux tiers des votants ont dit oui.", 2 / 3, "votants", None, "ratio"),
    ("Le lot a été vendu exactement 9 500 euros.", 9500, "euros", None, "money"),
]


@pytest.mark.parametrize("row", DIGITS, ids=[r[0] for r in DIGITS])
def test_digits(extract: Callable[..., dict], row: Row) -> None:
    check(extract, row)


@pytest.mark.parametrize("row", WORDS, ids=[r[0] for r in WORDS])
def test_words(extract: Callable[..., dict], row: Row) -> None:
    check(extract, row)


@pytest.mark.parametrize("row", COLLECTIVES, ids=[r[0] for r in COLLECTIVES])
def test_collectives_and_hedges(extract: Callable[..., dict], row: Row) -> None:
    check(extract, row)


@pytest.mark.parametrize("row", MONEY, ids=[r[0] for r in MONEY])
def test_money(extract: Callable[..., dict], row: Row) -> None:
    check(extract, row)


@pytest.mark.parametrize("row", PERCENT, ids=[r[0] for r in PERCENT])
def test_percent(extract: Callable[..., dict], row: Row) -> None:
    check(extract, row)


@pytest.mark.parametrize("row", COUNTED, ids=[r[0] for r in COUNTED])
def test_what_a_figure_counts(extract: Callable[..., dict], row: Row) -> None:
    check(extract, row)


# (text, numbers that must NOT be read as figures, numbers that must)
NOT_FIGURES: list[tuple[str, list[float], list[float]]] = [
    ("Le festival a eu lieu le 12 mars 2015 à Lyon.", [12, 2015], []),
    ("En 2014, la société comptait 40 salariés.", [2014], [40]),
    ("Du 3 au 5 juin, la ville fête la musique.", [3, 5], []),
    ("La réunion commence à 15 h 30.", [15, 30], []),
    ("Il a travaillé pendant 10 ans à Paris.", [10], []),
    ("La grève dure depuis plus de trois semaines.", [3], []),
    ("La 3e édition du salon a attiré 500 visiteurs.", [3], [500]),
    ("Il a présenté le journal de France 5 hier.", [5], []),
    ("Les dirigeants du G20 se réunissent.", [20], []),
    ("Appelez le 01 45 67 89 10 pour réserver.", [1, 45, 67, 89, 10], []),
    ("Le siège est au 12 rue Victor-Hugo, 69002 Lyon.", [69002], []),
    ("1. Les candidats doivent compter 30 signatures.", [1], [30]),
    ("L'article 49 de la Constitution a été invoqué.", [49], []),
    ("Un homme et une femme ont été entendus.", [1], []),
    ("Ils sont tous deux originaires de Nantes.", [2], []),
    ("Le vingt et unième jour, les secours sont arrivés.", [20, 21, 1], []),
    ("L'affaire a été confiée à un tiers.", [pytest.approx(1 / 3)], []),
    ("Le film de l'agent 007 sort en salles.", [7], []),
    ("Selon la presse[2], 40 soldats ont été tués.", [2], [40]),
    ("Ces deux produits sont vendus par la même firme.", [2], []),
    ("Lyon a battu Lille (3-1) samedi soir.", [3, 1], []),
    ("Le PSG s'est imposé 2 à 1 face à Lille.", [2, 1], []),
    ("Le navire a été placé en quarantaine dans le port.", [40], []),
    ("Il roule en 4x4 depuis des années.", [4], []),
    ("Le vainqueur a devancé Dupont de 2'44 sur 12 coureurs.", [2, 44], [12]),
    ("La route nationale 7 est coupée jusqu'au 18 au soir.", [7, 18], []),
    ("La mode des années 80 revient, selon 62 % des sondés.", [80], [62]),
    ("Les bus s'arrêteront : 1. à la gare, 2. au marché, 3. à la mairie.", [1, 2, 3], []),
    ("Appelez le 0800 123 456 pour un conseil.", [800, 123456, 123, 456], []),
    ("Il a été condamné à 5 ans de prison ferme.", [5], []),
    ("Le cytochrome P-450 dégrade la molécule.", [450], []),
    ("Les effets (1) restent rares chez 12 patients.", [1], [12]),
]


@pytest.mark.parametrize(("text", "absent", "present"), NOT_FIGURES, ids=[r[0] for r in NOT_FIGURES])
def test_not_figures(extract: Callable[..., dict], text: str, absent: list[float],
                     present: list[float]) -> None:
    values = [f["value"] for f in figures(extract, text)]
    for v in absent:
        assert v not in values, (text, values)
    for v in present:
        assert v in values, (text, values)


def test_a_unit_word_is_not_a_number_of_its_own(extract: Callable[..., dict]) -> None:
    values = [f["value"] for f in figures(extract, "Le chômage touche 15 pour cent des jeunes.")]
    assert values == [15]


def test_range_and_list_share_the_unit(extract: Callable[..., dict]) -> None:
    text = "Trois suspects âgés de 19, 22 et 27 ans ont été interpellés."
    got = {f["value"]: f["unit"] for f in figures(extract, text)}
    assert got == {3: "suspects", 19: "ans", 22: "ans", 27: "ans"}
    text = "Les mâles vivent deux à trois fois plus longtemps."
    got = {f["value"]: (f["unit"], f["kind"]) for f in figures(extract, text)}
    assert got == {2: ("fois", "ratio"), 3: ("fois", "ratio")}


def test_name_of_the_figure_is_the_span(extract: Callable[..., dict]) -> None:
    text = "Le lot a été vendu exactement 9 500 euros."
    (f,) = figures(extract, text)
    assert f["name"] == "exactement 9 500 euros"


def test_a_range_shares_unit_and_scale_a_comma_list_needs_a_conjunction(
        extract: Callable[..., dict]) -> None:
    text = "Le préjudice est estimé entre 300 et 600 millions d'euros."
    got = sorted((f["value"], f["unit"], f["kind"]) for f in figures(extract, text))
    assert got == [(300000000, "euros", "money"), (600000000, "euros", "money")]
    text = "Sur ces 530 millions, 50 % proviennent de l'État."
    got = {f["value"]: f["unit"] for f in figures(extract, text)}
    assert got == {530000000: None, 50: "%"}


def test_change_with_baseline(extract: Callable[..., dict]) -> None:
    text = "Les ventes affichent une augmentation de près de 12 % par rapport à l'an dernier."
    (f,) = figures(extract, text)
    assert f["name"] == "près de 12 %"
    assert (f["value"], f["unit"], f["qualifier"], f["kind"]) == (12, "%", "approx", "percent")
    assert (f["change"], f["baseline"]) == ("increase", "par rapport à l'an dernier")
    text = "Le trafic est en baisse de 4 % sur un an."
    (f,) = figures(extract, text)
    assert (f["change"], f["baseline"]) == ("decrease", "sur un an")


def test_passing_from_one_figure_to_another_is_a_change(extract: Callable[..., dict]) -> None:
    text = "Le taux de chômage est passé de 7,1 % à 8,4 %."
    got = {f["value"]: (f.get("change"), f.get("baseline")) for f in figures(extract, text)}
    assert got == {7.1: (None, None), 8.4: ("increase", "7,1 %")}
    text = "L'action a bondi de +12 % à l'ouverture."
    (f,) = figures(extract, text)
    assert (f["name"], f["value"], f["change"]) == ("+12 %", 12, "increase")


def test_span_runs_from_hedge_to_noun_and_keys_are_ordered(extract: Callable[..., dict]) -> None:
    text = f"Ils ont aidé plus de 3{NNBSP}605 entreprises cette année."
    (f,) = figures(extract, text)
    assert f["name"] == f"plus de 3{NNBSP}605 entreprises"
    m = f["mentions"][0]
    assert text[m["start"]:m["end"]] == f["name"]
    keys = list(f)
    assert keys[keys.index("name") + 1:keys.index("name") + 5] == ["value", "unit", "qualifier", "kind"]
    json.dumps(f)  # serializable


def test_offsets_hold_when_lower_case_would_change_lengths(extract: Callable[..., dict]) -> None:
    text = "İSTANBUL İÇİN : la ville compte plus de 15 millions d'habitants."
    (f,) = figures(extract, text)
    m = f["mentions"][0]
    assert text[m["start"]:m["end"]] == f["name"] == "plus de 15 millions d'habitants"
    assert f["qualifier"] == "more_than"


def test_an_elided_de_stays_out_of_the_span(extract: Callable[..., dict]) -> None:
    (f,) = figures(extract, "Le bilan fait état d'au moins 12 morts.")
    assert f["name"] == "au moins 12 morts"


def test_unit_is_read_from_the_input_as_written(extract: Callable[..., dict]) -> None:
    text = "La société a rédigé 120 plans d\u2019affaires."
    (f,) = figures(extract, text)
    assert f["unit"] == "plans d\u2019affaires"


def test_seed_article(extract: Callable[..., dict], seed_text: str) -> None:
    """Every figure of ../shared/seed/expected.json, with its value, unit and qualifier."""
    gold = json.loads((SEED_DIR / "expected.json").read_text(encoding="utf-8"))["figures"]
    got = figures(extract, seed_text)
    for g in gold:
        match = [f for f in got if f["value"] == g["value"]
                 and (g["text"] in f["name"] or f["name"] in g["text"])]
        assert match, g
        f = match[0]
        assert f["unit"] == g["unit"].lower() and f["qualifier"] == g["qualifier"], (g, f)
    assert len(got) == len(gold), [f["name"] for f in got]


def test_malformed_lexicons_are_reported() -> None:
    from factx.components.figures import _validate
    from factx.errors import PatternError
    from factx.resources import load_json

    units, quals = load_json("figures/units.json"), load_json("figures/qualifiers.json")
    _validate(units, quals)  # the shipped files are well formed
    with pytest.raises(PatternError, match=r"qualifiers\.json"):
        _validate(units, {**quals, "before": {"roughly": ["environ"]}})
    with pytest.raises(PatternError, match=r"units\.json: measure"):
        _validate({**units, "measure": "km"}, quals)
