"""Issue 7: date rules are compiled only when a text passes their trigger. A trigger must be
a necessary condition (a rule it rules out could never have matched), and the stored
triggers must be those the current grammar, lexicon and calendar give."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factx.normalize import normalize
from factx.resources import models_dir
from factx.temporal import derive_triggers, find_dates, grammar, triggers

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))

SENTENCES = [
    "Le 1er mai 2021, vers 14 h 30, les syndicats ont défilé du 3 au 5 avril.",
    "LE 12 FÉVRIER DERNIER, LE MINISTRE A PARLÉ ; le 12 fevrier  2019 aussi.",
    "Il y a  trois\tsemaines, la réunion prévue le 24/12/2018 a été reportée au lendemain.",
    "Entre 2015 et 2018, puis de janvier à mars 2020, les ventes ont baissé de 3,5 %.",
    "Mardi prochain à midi et quart, ou bien mercredi 4 juin, la séance reprendra.",
    "Dans les années 1990, au XXe siècle, au printemps 1995, la ville comptait 2000 habitants.",
    "Hier soir, aujourd'hui, demain matin et après-demain : quatre jours de fête.",
    "La veille de Noël, le jour même du scrutin, il est 8 h 15 et la nuit du lundi au mardi s'achève.",
    "Au cours de l'année, pendant deux ans et demi, depuis plus de dix ans, durant quelques mois.",
    "Chaque semaine, tous les lundis, ces derniers temps, actuellement, de nos jours, récemment.",
    "Fin 2021, mi-juillet, début de l'année prochaine, cette semaine-ci, l'été dernier, 2019-07.",
    "Un quinquennat, une demi-heure, trois quarts d'heure : un homme de 45 ans l'a dit à 9h.",
    "Le 14 juillet, fête nationale ; la Toussaint ; le nouvel an ; l'armistice du 11 novembre 1918.",
    "Aucune date ici : le chat dort sur le canapé rouge, près de la fenêtre.",
    "Lun. 3 et sam. 8 sept. 2007 ; le 5/6 ; 10.03.21 ; de 9 h à 17 h ; entre 8:00 et 9:30.",
    "La deuxième semaine, la première année, sa dernière journée, cinq jours plus tard, il y a un an.",
]


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in SAMPLES] + SENTENCES


def _engines_differ() -> str | None:
    """Why the stored triggers are not used here, if they were derived with other engines
    (a newer `regex` release): the finder then ignores the file and tries every rule (same
    results, no speed-up) until `python -m factx.temporal.derive_triggers` is run again."""
    stored = json.loads((models_dir() / triggers.FILE).read_text(encoding="utf-8"))
    if stored.get("engines") == triggers.engines():
        return None
    assert triggers.stored() is None
    return f"triggers.json derived with {stored.get('engines')}, here {triggers.engines()}"


def test_stored_triggers_are_current() -> None:
    if reason := _engines_differ():
        pytest.skip(reason)
    stored = json.loads((models_dir() / triggers.FILE).read_text(encoding="utf-8"))
    assert triggers.stored() is not None, "run `python -m factx.temporal.derive_triggers`"
    assert stored == derive_triggers.derive(), "stale: run `python -m factx.temporal.derive_triggers`"


def test_most_rules_have_a_trigger() -> None:
    if reason := _engines_differ():
        pytest.skip(reason)
    with_trigger = [r.id for r in grammar.rules() if r.trigger]
    assert len(with_trigger) >= len(grammar.rules()) - 2


@pytest.mark.parametrize("text", _texts(), ids=lambda t: t[:30])
def test_triggers_are_necessary(text: str) -> None:
    """A rule whose trigger fails on a text has no match in it, and every match's own text
    passes the trigger."""
    work = normalize(text)
    folded = triggers.fold(work)
    for rule in grammar.rules():
        if rule.trigger is None:
            continue
        matches = [m.group(0) for m in rule.pattern.finditer(work)]
        if not rule.may_match(folded):
            assert matches == [], rule.id
        for found in matches:
            assert triggers.holds(rule.trigger, triggers.fold(found)), (rule.id, found)


def test_sentences_exercise_the_rules() -> None:
    """The hand-written sentences do reach most rules (so the test above checks them)."""
    matched = set()
    for text in SENTENCES:
        work = normalize(text)
        matched |= {r.id for r in grammar.rules() if r.pattern.search(work)}
    assert len(matched) >= 25, sorted(matched)


def test_same_dates_without_triggers(monkeypatch: pytest.MonkeyPatch) -> None:
    lazy = [find_dates(t, "2019-07-03") for t in _texts()]
    eager_rules = tuple(
        grammar.Rule(r.id, r.kind, r.resolver, r.template, r.keep_prefix, None) for r in grammar.rules()
    )
    monkeypatch.setattr("factx.temporal.finder.rules", lambda: eager_rules)
    assert [find_dates(t, "2019-07-03") for t in _texts()] == lazy


def test_fold_collapses_blanks_and_maps_digits() -> None:
    if reason := _engines_differ():
        pytest.skip(reason)
    assert triggers.fold("Le  12\tFÉVRIER") == "le 00 fevrier"
    assert triggers.holds((("fevrier",), ("00",)), triggers.fold("LE 12 FÉVRIER"))
    assert not triggers.holds((("fevrier",),), triggers.fold("le 12 mars"))
