"""Our own annotated dev sets (benchmarks/own_dev.jsonl + benchmarks/own_dev/, own_dev2, own_dev3, own_dev4,
own_dev5, own_dev6, own_dev7, own_dev8, own_dev9, own_dev10, own_dev11,
own_dev12, own_dev13):
every gold line has its text, what the gold quotes is in the text, and the blind part is the
odd ids."""

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# set -> articles
SETS = {"own_dev": 30, "own_dev2": 60, "own_dev3": 90, "own_dev4": 60, "own_dev5": 60, "own_dev6": 60,
        "own_dev7": 60, "own_dev8": 60, "own_dev9": 60, "own_dev10": 60, "own_dev11": 60,
        "own_dev12": 60, "own_dev13": 60}


def _golds(name: str) -> list[dict]:
    gold = ROOT / "benchmarks" / f"{name}.jsonl"
    return [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize(("name", "size"), sorted(SETS.items()))
def test_every_gold_line_has_its_text_and_what_it_cites(name: str, size: int) -> None:
    golds = _golds(name)
    txt = ROOT / "benchmarks" / name
    assert len(golds) == size and len({g["id"] for g in golds}) == size
    assert sorted(p.stem for p in txt.glob("*.txt")) == sorted(g["id"] for g in golds)
    for g in golds:
        text = (txt / f"{g['id']}.txt").read_text(encoding="utf-8")
        assert text.startswith("date ") and g["ref_date"] in text.splitlines()[0]
        for q in g["quotes"]:
            assert q["starts"] in text, (g["id"], q["starts"])
        for p in g["people"]:
            assert all(m in text for m in p["mentions"]), (g["id"], p["name"])
        names = {p["name"] for p in g["people"]}
        assert all(r["person"] in names for r in g["roles"]), g["id"]


@pytest.mark.parametrize(("name", "size"), sorted(SETS.items()))
def test_the_blind_part_is_the_odd_ids(name: str, size: int) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from splits import gold_ids, split

    parts = split(name, gold_ids(ROOT / "benchmarks" / f"{name}.jsonl"))
    assert len(parts["working"]) == len(parts["blind"]) == size // 2
    assert all(int(d[-2:]) % 2 == 1 for d in parts["blind"])
    assert all(int(d[-2:]) % 2 == 0 for d in parts["working"])
    # the other sets keep their rule: every third article by sorted id
    assert split("regional_dev", ["a", "b", "c", "d", "e", "f"])["blind"] == ["c", "f"]


def test_quotes_found_counts_detection_apart_from_the_speaker() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from types import SimpleNamespace

    from accuracy import quotes_found

    scorer = SimpleNamespace(fold=lambda s: s.lower())
    golds = [{"id": "a", "quotes": [{"speaker": "Lise Varonne", "starts": "Nous ouvrirons le marché demain"},
                                    {"speaker": "Lise Varonne", "starts": "Le pont restera fermé tout"}]},
             {"id": "b", "quotes": [{"speaker": "Marc Ebrard", "starts": "Les travaux dureront trois mois"}]}]
    preds = {"a": {"facts": [{"type": "quote", "speaker": None,
                              "text": "Nous ouvrirons le marché demain matin"},
                             {"type": "role", "person": "p1"}]},
             "b": {"facts": [{"type": "quote", "speaker": "p2", "text": "Les travaux dureront trois mois"}]}}
    assert quotes_found(scorer, golds, preds) == {"acc": 0.667, "n": 3, "null": 1}


def test_role_of_sorts_each_paired_role_by_what_its_of_does() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from accuracy import SCORE, load_scorer
    from role_of import classify

    if not SCORE.exists():
        pytest.skip("../shared/eval-data/score.py is not beside the checkout")
    gold = {"people": [{"name": "Lise Varonne"}, {"name": "Marc Ebrard"}, {"name": "Paule Sirvent"},
                       {"name": "Yves Quenard"}],
            "organizations": [{"name": "Amicale des Tisserands", "aliases": ["ADT"]}],
            "roles": [{"person": "Lise Varonne", "role": "présidente", "of": "Amicale des Tisserands"},
                      {"person": "Marc Ebrard", "role": "trésorier", "of": "Amicale des Tisserands"},
                      {"person": "Paule Sirvent", "role": "maire", "of": "Vellefrange"},
                      {"person": "Yves Quenard", "role": "gérant", "of": None}]}
    ents = [{"id": "p1", "type": "person", "name": "Lise Varonne"},
            {"id": "p2", "type": "person", "name": "Marc Ebrard"},
            {"id": "p3", "type": "person", "name": "Paule Sirvent"},
            {"id": "p4", "type": "person", "name": "Yves Quenard"},
            {"id": "o1", "type": "organization", "name": "ADT"},
            {"id": "o2", "type": "organization", "name": "Crédit mutuel"}]
    facts = [{"type": "role", "person": "p1", "role": "présidente", "of": "o1"},
             {"type": "role", "person": "p2", "role": "trésorier", "of": None},
             {"type": "role", "person": "p3", "role": "maire", "of": "o2"},
             {"type": "role", "person": "p4", "role": "gérant", "of": "o2"}]
    pred = {"entities": ents, "facts": facts}
    kinds = {g["person"]: kind for kind, g, _ in classify(load_scorer(), gold, pred)}
    assert kinds == {"Lise Varonne": "right", "Marc Ebrard": "missing, body found",
                     "Paule Sirvent": "wrong, body absent", "Yves Quenard": "gold none"}


def test_quote_who_sorts_each_gold_quote_by_what_its_speaker_does() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from accuracy import SCORE, load_scorer
    from quote_who import classify

    if not SCORE.exists():
        pytest.skip("../shared/eval-data/score.py is not beside the checkout")
    text = ("Odile Ferrandon tient le relais depuis 1990. Elle en parle avec chaleur.\n"
            "« Les randonneurs reviennent chaque été ici », dit-elle.\n"
            "« Nous fermerons en hiver, comme toujours. »\n"
            "Le maire, Hugues Pellevoisin, a répondu : « Le chemin sera refait au printemps. »\n"
            "« Et la passerelle suivra. »")
    gold = {"people": [{"name": "Odile Ferrandon", "mentions": ["Mme Ferrandon"]},
                       {"name": "Hugues Pellevoisin"}],
            "organizations": [],
            "quotes": [{"speaker": "Odile Ferrandon", "starts": "Les randonneurs reviennent"},
                       {"speaker": "Odile Ferrandon", "starts": "Nous fermerons en hiver"},
                       {"speaker": "Hugues Pellevoisin", "starts": "Le chemin sera refait"},
                       {"speaker": "Hugues Pellevoisin", "starts": "Et la passerelle suivra"},
                       {"speaker": "Hugues Pellevoisin", "starts": "La route aussi"}]}

    def quote(words: str, speaker: str | None, verb: str | None) -> dict:
        start = text.index(words)
        return {"type": "quote", "speaker": speaker, "text": words, "start": start,
                "end": start + len(words), "verb": verb}

    ents = [{"id": "p1", "type": "person", "name": "Odile Ferrandon",
             "mentions": [{"start": 0, "end": 15}]},
            {"id": "p2", "type": "person", "name": "Hugues Pellevoisin",
             "mentions": [{"start": text.index("Hugues"), "end": text.index(", a répondu")}]}]
    facts = [quote("Les randonneurs reviennent chaque été ici", "p1", "dit"),
             quote("Nous fermerons en hiver, comme toujours.", None, None),
             quote("Le chemin sera refait au printemps.", "p1", None),
             quote("Et la passerelle suivra.", None, None)]
    pred = {"entities": ents, "facts": facts}
    rows = {g["starts"]: (outcome, detail)
            for outcome, detail, g, _ in classify(load_scorer(), gold, pred, text)}
    assert rows == {"Les randonneurs reviennent": ("right", ""),
                    "Nous fermerons en hiver": ("null", "speaker found, no verb, further up"),
                    "Le chemin sera refait": ("wrong", "speaker found, no verb, same sentence"),
                    "Et la passerelle suivra": ("null", "speaker found, no verb, paragraph before"),
                    "La route aussi": ("not found", "")}
