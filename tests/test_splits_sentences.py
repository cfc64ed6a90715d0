"""The working / blind split of the named-entity sets' sentences (benchmarks/splits.py)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from splits import sentence_blind  # noqa: E402


def test_every_third_sentence_of_each_source_is_blind() -> None:
    ids = [f"annodis.er_{n:05d}" for n in (9, 2, 6, 14, 11, 20)]
    ids += [f"frwiki_50.1000_{n:05d}" for n in (3, 1, 2)]
    # sorted per source: er 2, 6, 9, 11, 14, 20 -> positions 2 and 5 blind; frwiki 1, 2, 3 -> 3
    assert sentence_blind(ids) == {"annodis.er_00009", "annodis.er_00020", "frwiki_50.1000_00003"}


def test_hipe_ids_split_on_their_issue() -> None:
    ids = [f"EXP-1808-09-01-a-i0001#{n}" for n in range(50, 56)] + ["IMP-1900-01-01-a-i0002#1"]
    assert sentence_blind(ids) == {"EXP-1808-09-01-a-i0001#52", "EXP-1808-09-01-a-i0001#55"}


def test_the_split_does_not_depend_on_order() -> None:
    ids = [f"Europar.550_{n:05d}" for n in range(12)]
    assert sentence_blind(ids) == sentence_blind(list(reversed(ids)))
    assert len(sentence_blind(ids)) == 4
