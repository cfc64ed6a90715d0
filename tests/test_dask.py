"""factx on Dask: a LocalCluster of worker processes gives the same bytes as a local run,
and each worker loads the model once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factx.cli import app

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")

TEXTS = {
    "a-conseil": "Sherbrooke, le 12 mars 2021 – La mairesse de Sherbrooke, Mme Évelyne Beaudin, a présenté "
                 "hier un plan de 25 millions de dollars pour le transport collectif.\n",
    "b-hopital": "Le centre hospitalier de Rimouski a embauché 40 infirmières depuis janvier, selon son "
                 "directeur, M. Jean Tremblay.\n",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("dask")
    for name, text in TEXTS.items():
        (root / f"{name}.txt").write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0", silence_logs=40) as c:
        yield c


def _local_run(corpus: Path, out: Path) -> bytes:
    result = CliRunner().invoke(app, ["extract", str(corpus), "-j", "1", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    return out.read_bytes()


def test_a_cluster_gives_the_same_bytes_and_loads_the_model_once_per_worker(
    corpus: Path, cluster: Any, tmp_path: Path, nlp  # type: ignore[no-untyped-def]
) -> None:
    expected = _local_run(corpus, tmp_path / "local.jsonl")
    out = tmp_path / "dask.jsonl"
    result = CliRunner().invoke(app, ["extract", str(corpus), "--dask", cluster.scheduler_address,
                                      "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert out.read_bytes() == expected
    assert "2 document(s) extracted, 0 failed" in result.stderr

    def loads() -> int:
        from factx.pipeline import load_pipeline

        info = getattr(load_pipeline, "cache_info", None)
        return info().misses if info else -1

    with distributed.Client(cluster) as client:
        per_worker = client.run(loads)
    assert len(per_worker) == 2
    assert all(n in (1, -1) for n in per_worker.values()), per_worker


def test_local_cluster_option(corpus: Path, tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    expected = _local_run(corpus, tmp_path / "local.jsonl")
    out = tmp_path / "dask.jsonl"
    result = CliRunner().invoke(app, ["extract", str(corpus), "--dask", "local", "-j", "1", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert out.read_bytes() == expected


def test_a_worker_lost_mid_run_is_reported_and_resume_completes(
    corpus: Path, cluster: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, nlp  # type: ignore[no-untyped-def]
) -> None:
    from factx.distributed import DaskBackend

    marker = tmp_path / "killed-once"

    def work(items: list[Any], model: str) -> list[dict[str, Any]]:  # pickled by value, run on a worker
        import os
        import signal

        from factx.api import process_chunk

        if not marker.exists():
            marker.touch()
            os.kill(os.getpid(), signal.SIGKILL)  # as the out-of-memory killer would
        return process_chunk(items, model)

    monkeypatch.setattr(DaskBackend, "work", staticmethod(work))
    expected = _local_run(corpus, tmp_path / "local.jsonl")
    out = tmp_path / "dask.jsonl"
    args = ["extract", str(corpus), "--dask", cluster.scheduler_address, "-o", str(out)]
    result = CliRunner().invoke(app, args)
    assert marker.exists()
    assert result.exit_code == 1, result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("Error: the Dask worker tcp://") and "was lost during the run" in last
    assert out.read_bytes() == expected  # Dask ran the lost chunk again elsewhere: nothing lost

    again = CliRunner().invoke(app, [*args, "--resume"])
    assert again.exit_code == 0, again.stderr
    assert "0 document(s) extracted, 0 failed, 2 already in" in again.stderr
    assert out.read_bytes() == expected  # every document exactly once
