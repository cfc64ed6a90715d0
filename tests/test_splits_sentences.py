"""The working / blind split of the named-entity sets' sentences (benchmarks/splits.py)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from splits import sentence_blind  # noqa: E402


def test_every_third_sentence_of_each_source_is_blind() -> None:
    ids = [f"paper.ab_{n:05d}" for n in (9, 2, 6, 14, 11, 20)]
    ids += [f"wiki_7.200_{n:05d}" for n in (3, 1, 2)]
    # sorted per source: ab 2, 6, 9, 11, 14, 20 -> positions 2 and 5 blind; wiki 1, 2, 3 -> 3
    assert sentence_blind(ids) == {"paper.ab_00009", "paper.ab_00020", "wiki_7.200_00003"}


def test_newspaper_ids_split_on_their_issue() -> None:
    ids = [f"GAZ-1850-03-02-a-i0003#{n}" for n in range(50, 56)] + ["LUX-1901-05-06-a-i0007#4"]
    assert sentence_blind(ids) == {"GAZ-1850-03-02-a-i0003#52", "GAZ-1850-03-02-a-i0003#55"}


def test_the_split_does_not_depend_on_order() -> None:
    ids = [f"parl.12_{n:05d}" for n in range(12)]
    assert sentence_blind(ids) == sentence_blind(list(reversed(ids)))
    assert len(sentence_blind(ids)) == 4
