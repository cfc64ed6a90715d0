"""Helpers shared by the benchmark scripts: run factx over the annotated articles and
score them with ../shared/eval-data/score.py, used in place."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval-data"
SCORE = EVAL / "score.py"
WIKINEWS_GOLD = EVAL / "wikinews_dev.jsonl"
WIKINEWS_TXT = EVAL / "wikinews_dev"
REGIONAL_GOLD = EVAL / "regional_dev.jsonl"
REGIONAL_TXT = EVAL / "regional_dev"
# our own annotated set (issue 11, round 8): 30 short articles written for factx by an engineer
# who had not read its code, annotated by GUIDELINE.md; in the repository, not ../shared
OWN_GOLD = ROOT / "benchmarks" / "own_dev.jsonl"
OWN_TXT = ROOT / "benchmarks" / "own_dev"
OWN2_GOLD = ROOT / "benchmarks" / "own_dev2.jsonl"
OWN2_TXT = ROOT / "benchmarks" / "own_dev2"
# round 10: 90 more, by three engineers who had seen neither factx nor the other sets
OWN3_GOLD = ROOT / "benchmarks" / "own_dev3.jsonl"
OWN3_TXT = ROOT / "benchmarks" / "own_dev3"
# round 10, second half: 60 more, by two more engineers, written after the first half's rules
OWN4_GOLD = ROOT / "benchmarks" / "own_dev4.jsonl"
OWN4_TXT = ROOT / "benchmarks" / "own_dev4"
OWN5_GOLD = ROOT / "benchmarks" / "own_dev5.jsonl"
OWN5_TXT = ROOT / "benchmarks" / "own_dev5"
OWN6_GOLD = ROOT / "benchmarks" / "own_dev6.jsonl"
OWN6_TXT = ROOT / "benchmarks" / "own_dev6"
OWN7_GOLD = ROOT / "benchmarks" / "own_dev7.jsonl"
OWN7_TXT = ROOT / "benchmarks" / "own_dev7"
OWN8_GOLD = ROOT / "benchmarks" / "own_dev8.jsonl"
OWN8_TXT = ROOT / "benchmarks" / "own_dev8"
OWN9_GOLD = ROOT / "benchmarks" / "own_dev9.jsonl"
OWN9_TXT = ROOT / "benchmarks" / "own_dev9"
OWN10_GOLD = ROOT / "benchmarks" / "own_dev10.jsonl"
OWN10_TXT = ROOT / "benchmarks" / "own_dev10"
OWN11_GOLD = ROOT / "benchmarks" / "own_dev11.jsonl"
OWN11_TXT = ROOT / "benchmarks" / "own_dev11"
OWN12_GOLD = ROOT / "benchmarks" / "own_dev12.jsonl"
OWN12_TXT = ROOT / "benchmarks" / "own_dev12"
OWN13_GOLD = ROOT / "benchmarks" / "own_dev13.jsonl"
OWN13_TXT = ROOT / "benchmarks" / "own_dev13"
SEED_DIR = SHARED / "seed"


def require_shared() -> None:
    if not EVAL.exists():
        sys.exit(f"{EVAL} not found: the benchmarks read ../shared/eval-data beside the checkout")


def article_texts(gold_jsonl: Path, txt_dir: Path) -> list[tuple[str, str]]:
    """(id, text) of every gold article, in the gold file's order."""
    out = []
    for line in gold_jsonl.read_text(encoding="utf-8").splitlines():
        doc_id = json.loads(line)["id"]
        out.append((doc_id, (txt_dir / f"{doc_id}.txt").read_text(encoding="utf-8")))
    return out


def seed_gold(tmp: Path) -> tuple[Path, list[tuple[str, str]]]:
    """The seed's gold as a one-line JSONL (in a temporary folder) and its text."""
    gold = json.loads((SEED_DIR / "expected.json").read_text(encoding="utf-8"))
    path = tmp / "seed_gold.jsonl"
    path.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    text = (SEED_DIR / f"{gold['id']}.txt")
    if not text.exists():
        text = next(SEED_DIR.glob("*.txt"))
    return path, [(gold["id"], text.read_text(encoding="utf-8"))]


def write_predictions(texts: Iterable[tuple[str, str]], out_dir: Path,
                      predict: Callable[[str], dict]) -> None:
    """`predict(text) -> factx/1 dict` for each article, written as out_dir/<id>.json."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for doc_id, text in texts:
        (out_dir / f"{doc_id}.json").write_text(json.dumps(predict(text), ensure_ascii=False),
                                               encoding="utf-8")


def score(gold_jsonl: Path, pred_dir: Path) -> dict:
    """score.py's rows as a dict: {row: {"P","R","F1",...} or {"acc","n"}}."""
    proc = subprocess.run([sys.executable, str(SCORE), str(gold_jsonl), str(pred_dir), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)["rows"]


def fmt_row(row: dict | None) -> str:
    if row is None:
        return "-"
    if "F1" in row:
        return f"P {row['P']:.3f} R {row['R']:.3f} F1 {row['F1']:.3f}"
    if row.get("acc") is None:
        return "-"
    null = f", {row['null']} with no speaker" if "null" in row else ""
    return f"acc {row['acc']} (n {row['n']}{null})"


def results_with_candidates(texts: Iterable[tuple[str, str]],
                            model: str) -> Iterator[tuple[str, dict, Any, list]]:
    """(doc_id, result dict, Doc, factx candidates) of each text, one document at a time: for the
    debug views that trace which step made each mention (orgs_sources.py, entity_sources.py)."""
    from factx.api import _info, _make_doc
    from factx.components import base
    from factx.pipeline import load_pipeline
    from factx.resolve import build_result
    from factx.types import TextItem

    nlp = load_pipeline(model)
    for doc_id, text in texts:
        item = TextItem(text, doc_id=doc_id)
        doc = nlp(_make_doc(nlp, item))
        yield doc_id, build_result(doc, _info(item)).to_dict(), doc, base.get_candidates(doc)
