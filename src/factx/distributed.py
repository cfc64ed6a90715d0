"""factx on a Dask cluster: `factx extract corpus/ --dask tcp://scheduler:8786` (or
`--dask local` for a LocalCluster of `-j` worker processes on this machine).

Needs the `dask` extra (`pip install 'factx[dask]'`) here and factx (with its spaCy models)
installed on every worker. Each worker loads the pipeline once, when it joins (a worker
plugin), and then runs `factx.api.process_chunk` on chunks of texts sent by this process;
results come back in input order, at most a few chunks per worker in flight, so the output
is the same as a local run, byte for byte. See docs/batch.md.
"""

from __future__ import annotations

import contextlib
import uuid
from typing import Any

from factx.api import TextItem, error_record, process_chunk
from factx.errors import FactxError

try:
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # pragma: no cover - the extra is not installed
    WorkerPlugin = object  # type: ignore[assignment,misc]


class FactxWorkerPlugin(WorkerPlugin):  # type: ignore[misc,valid-type]
    """Loads the factx pipeline once per worker process, before any task runs."""

    name = "factx-pipeline"

    def __init__(self, model: str) -> None:
        self.model = model

    async def setup(self, worker: Any) -> None:
        import asyncio

        from factx.pipeline import load_pipeline

        # in a thread: the worker's event loop keeps answering the scheduler meanwhile
        await asyncio.to_thread(load_pipeline, self.model)


class DaskBackend:
    """The batch backend (see factx.batch.run) that sends chunks to Dask workers.

    A worker lost in the middle of a chunk (killed, out of memory, its machine gone): Dask
    runs the chunk again on another worker, and the loss is an incident of the run, reported
    at its end from the scheduler's events (the run then exits 1). A chunk that keeps
    killing its workers fails with Dask's `KilledWorker`: its documents become error records
    for `--resume` to retry. Workers leaving on purpose (`--lifetime`, scaling down) are not
    incidents."""

    work = staticmethod(process_chunk)  # what each worker runs on a chunk

    def __init__(self, model: str, jobs: int, address: str) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise FactxError("--dask needs Dask: pip install 'factx[dask]'") from None
        self.model = model
        self.cluster = None
        try:
            if address == "local":
                from factx.pipeline import check_model

                check_model(model)
                import dask

                # a busy machine may take a while to start the worker processes
                with dask.config.set({"distributed.comm.timeouts.connect": "120s"}):
                    self.cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1,
                                                processes=True, dashboard_address=":0", silence_logs=40)
                self.client = Client(self.cluster)
            else:
                self.client = Client(address, timeout="30s")
        except OSError as exc:
            self._close_cluster()
            raise FactxError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
        try:
            self.client.register_plugin(FactxWorkerPlugin(model))
        except Exception as exc:
            self.close()
            raise FactxError(f"the Dask workers could not load the model {model!r}: {exc}") from None
        workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        self.max_inflight = 2 * workers + 1
        # this run's tasks are named factx-<run>-<n>: the workers lost with one of them in hand
        # are told by the scheduler's "remove-worker" events, gathered as they come
        self.prefix = f"factx-{uuid.uuid4().hex}-"
        self.submitted = 0
        self.lost: dict[str, set[str]] = {}  # worker address -> keys of this run it held
        with contextlib.suppress(Exception):  # an old scheduler: the events are read at the end
            self.client.subscribe_topic("all", self._on_event)

    def submit(self, items: list[TextItem]) -> Any:
        self.submitted += 1
        return self.client.submit(self.work, items, self.model, key=f"{self.prefix}{self.submitted}")

    def _on_event(self, event: Any) -> None:
        try:
            _, msg = event
        except (TypeError, ValueError):
            return
        if not isinstance(msg, dict) or msg.get("action") != "remove-worker" or msg.get("expected"):
            return  # a worker leaving on purpose (--lifetime, scaling down) is no incident
        ours = {str(k) for k in msg.get("processing-tasks") or () if str(k).startswith(self.prefix)}
        if ours:
            self.lost.setdefault(str(msg.get("worker")), set()).update(ours)

    def incidents(self) -> list[str]:
        """Workers the scheduler lost, unexpectedly, while they ran chunks of this run."""
        with contextlib.suppress(Exception):  # a closed connection: what was gathered is what there is
            for event in self.client.get_events("all"):  # what the subscription may not have seen yet
                self._on_event(event)
        return [f"the Dask worker {worker} was lost during the run with {len(keys)} chunk(s) of it in "
                "hand; Dask ran them again on other workers (a chunk that failed there too is error "
                "records: run the same command with --resume to retry them)"
                for worker, keys in sorted(self.lost.items())]

    def resolve(self, handle: Any, items: list[TextItem]) -> list[dict[str, Any]]:
        try:
            return handle.result()
        except Exception as exc:  # a lost worker, a killed task: the documents are not lost
            reason = f"{type(exc).__name__}: {exc}"[:300]
            return [error_record(i.doc_id, i.path, f"{i.path or i.doc_id}: extraction failed on the Dask "
                                 f"cluster ({reason})") for i in items]

    def _close_cluster(self) -> None:
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None

    def close(self, interrupted: bool = False) -> None:
        try:
            self.client.close()
        finally:
            self._close_cluster()
