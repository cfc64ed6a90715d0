"""benchmarks/roles_hipe.py scores working and blind HIPE sentences apart (round 28's split)
and prints the misses of working sentences only."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from roles_hipe import score  # noqa: E402
from splits import sentence_blind  # noqa: E402


def _row(row_id: str) -> dict[str, Any]:
    text = "Le sieur Dupont, maire du lieu, est venu."
    person = {"start": 9, "end": 15, "text": "Dupont", "name": [{"start": 9, "end": 15}],
              "functions": [{"text": "maire du lieu"}]}
    return {"id": row_id, "text": text, "persons": [person]}


def _nothing(text: str) -> dict[str, Any]:
    return {"entities": [], "facts": []}


def test_blind_sentences_are_counted_apart_and_never_printed() -> None:
    ids = [f"ABC-1850-01-01-a-i0001#{n}" for n in range(10, 16)]
    blind = sentence_blind(ids)
    assert len(blind) == 2
    misses: list[str] = []
    counts = score([_row(i) for i in ids], _nothing, misses)
    assert counts["working"]["total"] == 4 and counts["blind"]["total"] == 2
    assert counts["working"]["found"] == counts["blind"]["found"] == 0
    printed = " ".join(misses)
    assert all(i not in printed for i in blind)
    assert sum(1 for line in misses if line.startswith("MISS")) == 4


def test_a_found_function_counts_in_its_part() -> None:
    ids = [f"ABC-1850-01-01-a-i0001#{n}" for n in range(10, 13)]

    def found(text: str) -> dict[str, Any]:
        person = {"id": "p1", "type": "person", "mentions": [{"start": 9, "end": 15}]}
        return {"entities": [person], "facts": [{"type": "role", "person": "p1", "role": "maire"}]}

    counts = score([_row(i) for i in ids], found)
    assert counts["working"] == {"total": 2, "found": 2, "roles_near": 2, "extra": 0, "sentences": 2}
    assert counts["blind"]["found"] == 1
