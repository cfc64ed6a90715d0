"""Our own annotated dev set (benchmarks/own_dev.jsonl + benchmarks/own_dev/): every gold
line has its text, what the gold quotes is in the text, and the blind part is the odd ids."""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "own_dev.jsonl"
TXT = ROOT / "benchmarks" / "own_dev"


def _golds() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_gold_line_has_its_text_and_what_it_cites() -> None:
    golds = _golds()
    assert len(golds) == 30 and len({g["id"] for g in golds}) == 30
    assert sorted(p.stem for p in TXT.glob("*.txt")) == sorted(g["id"] for g in golds)
    for g in golds:
        text = (TXT / f"{g['id']}.txt").read_text(encoding="utf-8")
        assert text.startswith("date ") and g["ref_date"] in text.splitlines()[0]
        for q in g["quotes"]:
            assert q["starts"] in text, (g["id"], q["starts"])
        for p in g["people"]:
            assert all(m in text for m in p["mentions"]), (g["id"], p["name"])
        names = {p["name"] for p in g["people"]}
        assert all(r["person"] in names for r in g["roles"]), g["id"]


def test_the_blind_part_is_the_odd_ids() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from splits import gold_ids, split

    parts = split("own_dev", gold_ids(GOLD))
    assert len(parts["working"]) == len(parts["blind"]) == 15
    assert all(int(d[-2:]) % 2 == 1 for d in parts["blind"])
    assert all(int(d[-2:]) % 2 == 0 for d in parts["working"])
    # the other sets keep their rule: every third article by sorted id
    assert split("regional_dev", ["a", "b", "c", "d", "e", "f"])["blind"] == ["c", "f"]
