"""An experiment, not part of factx (see scripts/train_ner.py): training data for a NER taught
the annotation guideline, from our own annotated articles projected onto tokens.

Usage: python scripts/ner_data.py OUT_DIR [--model fr_core_news_md] [--keep MISC,ORG,LOC,PER]

The gold of `benchmarks/own_dev*.jsonl` (own_dev to own_dev6; never own_dev7 and never
../shared/eval-data, which stay unseen measures) names people, organizations and places as
strings, per document. Each string is found again in its text (longest first, no overlap,
word bounds) and labelled PER, ORG or LOC; a leading civility or article is left out of
the span, as the stock model does. The stock model's own MISC spans that touch no gold span
are kept as MISC (the guideline does not annotate MISC, and factx uses it), and with
`--keep` the stock spans of other labels too; every other token is O, so (without `--keep`)
a stock PER, ORG or LOC the guideline does not count is taught as O.

Writes OUT_DIR/train.spacy and OUT_DIR/dev.spacy (own_dev6's odd ids, to pick the best
epoch) and prints counts.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

ROOT = Path(__file__).resolve().parent.parent
SETS = ["own_dev", "own_dev2", "own_dev3", "own_dev4", "own_dev5", "own_dev6"]
LEAD = re.compile(r"^(?:(?:M\.|Mme|Mlle|Mgr|Dr|Me|MM\.|Mmes)\s+|(?:l['’]|[Ll]e\s+|[Ll]a\s+|[Ll]es\s+))")
WORD = r"[\w’'-]"
MISALIGNED: list[str] = []


def gold_strings(gold: dict) -> list[tuple[str, str]]:
    """(string, label) of a document's gold, one label per string (a string given two
    labels in one document is dropped: the gold does not say which occurrence is which)."""
    seen: dict[str, set[str]] = {}
    for p in gold.get("people", []):
        for s in [p["name"], *p.get("mentions", [])]:
            seen.setdefault(s, set()).add("PER")
    for o in gold.get("organizations", []):
        for s in [o["name"], *o.get("aliases", [])]:
            seen.setdefault(s, set()).add("ORG")
    for s in gold.get("places", []):
        seen.setdefault(s, set()).add("LOC")
    out = []
    for s, labels in seen.items():
        s = LEAD.sub("", s.strip()).strip()
        if s and len(labels) == 1:
            out.append((s, next(iter(labels))))
    return out


def find_all(text: str, s: str) -> list[tuple[int, int]]:
    pat = "".join("['’]" if c in "'’" else re.escape(c) for c in s)
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<!{WORD}){pat}(?!{WORD})", text)]


def doc_spans(nlp: Language, text: str, gold: dict,
              keep: frozenset[str] = frozenset({"MISC"})) -> tuple[Doc, int, int]:
    """The reference doc of one article (its entities set), the count of gold spans placed
    and the count of stock spans kept."""
    from spacy.tokens import Span
    doc = nlp(text)
    taken = [False] * len(doc)
    spans: list[Span] = []
    cands = []
    for s, label in gold_strings(gold):
        for a, b in find_all(text, s):
            cands.append((b - a, a, b, label))
    for _, a, b, label in sorted(cands, key=lambda c: (-c[0], c[1])):
        sp = doc.char_span(a, b, label=label, alignment_mode="strict")
        if sp is None:
            MISALIGNED.append(text[a:b])
            continue
        if any(taken[sp.start:sp.end]):
            continue
        for i in range(sp.start, sp.end):
            taken[i] = True
        spans.append(sp)
    n_gold = len(spans)
    for e in doc.ents:
        if e.label_ in keep and not any(taken[e.start:e.end]):
            spans.append(Span(doc, e.start, e.end, label=e.label_))
    ref = nlp.make_doc(text)
    ref.set_ents([Span(ref, s.start, s.end, label=s.label_) for s in sorted(spans, key=lambda s: s.start)],
                 default="outside")
    return ref, n_gold, len(spans) - n_gold


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--model", default="fr_core_news_md")
    ap.add_argument("--keep", default="MISC", help="stock labels kept where no gold span is (comma list)")
    a = ap.parse_args()
    keep = frozenset(x for x in a.keep.split(",") if x)
    import spacy
    from spacy.tokens import DocBin
    nlp = spacy.load(a.model, exclude=["lemmatizer"])
    train, dev = DocBin(), DocBin()
    counts = {"docs": 0, "gold spans": 0, "misc kept": 0}
    for name in SETS:
        gold_path = ROOT / "benchmarks" / f"{name}.jsonl"
        for line in gold_path.read_text(encoding="utf-8").splitlines():
            gold = json.loads(line)
            text = (ROOT / "benchmarks" / name / f"{gold['id']}.txt").read_text(encoding="utf-8")
            ref, n, m = doc_spans(nlp, text, gold, keep)
            counts["docs"] += 1
            counts["gold spans"] += n
            counts["misc kept"] += m
            odd = int(gold["id"].rsplit("-", 1)[1]) % 2
            (dev if name == "own_dev6" and odd else train).add(ref)
    a.out.mkdir(parents=True, exist_ok=True)
    train.to_disk(a.out / "train.spacy")
    dev.to_disk(a.out / "dev.spacy")
    counts["misaligned"] = len(MISALIGNED)
    print(json.dumps(counts), MISALIGNED[:30], file=sys.stderr)


if __name__ == "__main__":
    main()
