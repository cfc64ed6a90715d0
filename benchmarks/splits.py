"""The fixed working / blind split of the annotated dev sets (the accuracy issue's method).

Rule: in each dev set, the articles sorted by id; every third one (positions 2, 5, 8, ...)
is *blind*, the others are *working*. Errors are read only in the working part; the blind
part is scored and never inspected. For `wikinews_dev`, the 20 articles factx's rules were
first written against (the first 20 lines of the gold file) cannot be blind: they are all
working, and the rule applies to the 40 others.

For `own_dev` (our own articles, ids own-00 to own-29), `own_dev2` (own-30 to own-89),
`own_dev3` (own-90 to own-179), `own_dev4` (own-180 to own-239), `own_dev5` (own-240 to own-299),
`own_dev6` (own-300 to own-359), `own_dev7` (own-360 to own-419), `own_dev8` (own-420 to
own-479), `own_dev9` (own-480 to own-539), `own_dev10` (own-540 to own-599), `own_dev11`
(own-600 to own-659), `own_dev12` (own-660 to own-719) and `own_dev13` (own-720 to own-779) the
blind part is
the odd ids: the rule their first round of work kept to (errors read on even ids only).

Nothing here reads a text: only ids, so the split is the same on every machine.
"""

from __future__ import annotations

import json
from pathlib import Path

BUILT_ON = {"wikinews_dev": 20}  # leading gold lines the rules were written against
# sets whose odd ids are blind
ODD_BLIND = {"own_dev", "own_dev2", "own_dev3", "own_dev4", "own_dev5", "own_dev6", "own_dev7",
              "own_dev8", "own_dev9", "own_dev10", "own_dev11",
              "own_dev12", "own_dev13"}
# sets nobody reads, not even their working part: own_dev7 (written before round 13) and own_dev9
# (round 24), kept as measures of text no rule was written against
NEVER_READ = {"own_dev7", "own_dev9"}


def gold_ids(gold_jsonl: Path) -> list[str]:
    return [json.loads(line)["id"] for line in gold_jsonl.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def split(set_name: str, ids: list[str]) -> dict[str, list[str]]:
    """{"working": [...], "blind": [...]} in the gold file's order."""
    if set_name in ODD_BLIND:
        odd = {d for d in ids if int(d.rsplit("-", 1)[1]) % 2}
        return {"working": [d for d in ids if d not in odd], "blind": [d for d in ids if d in odd]}
    built = ids[:BUILT_ON.get(set_name, 0)]
    rest = sorted(ids[len(built):])
    blind = {doc_id for i, doc_id in enumerate(rest) if i % 3 == 2}
    return {"working": [d for d in ids if d not in blind], "blind": [d for d in ids if d in blind]}


def is_blind(set_name: str, gold_jsonl: Path, doc_id: str) -> bool:
    return doc_id in split(set_name, gold_ids(gold_jsonl))["blind"]


def sentence_blind(ids: list[str]) -> set[str]:
    """The blind sentences of a named-entity set (Sequoia, HIPE-2020), from round 28 on.

    Sentences are grouped by their id's source (the id before its last "_" or "#": one
    Sequoia sub-corpus, one HIPE newspaper issue), sorted by id within the group, and every
    third one (positions 2, 5, 8, ...) is blind. Errors are printed for the working sentences
    only; the blind ones are scored, numbers only. Sequoia's Est Républicain sentences were
    read in rounds 19-27 before this split existed, so their blind third is blind from round
    28 on only.
    """
    groups: dict[str, list[str]] = {}
    for row_id in ids:
        cut = max(row_id.rfind("_"), row_id.rfind("#"))
        groups.setdefault(row_id[:cut] if cut > 0 else "", []).append(row_id)
    return {row_id for group in groups.values() for i, row_id in enumerate(sorted(group)) if i % 3 == 2}
