"""Batch runs: documents read lazily, grouped in chunks, extracted in this process, in
worker processes (`-j N`) or on a Dask cluster, and handed back in input order.

Memory stays flat: at most `max_inflight` chunks are read and not yet written, whatever the
size of the corpus; results are yielded as soon as the head of the queue is done and never
collected. Every backend runs the same function, `factx.api.process_chunk`, so the records
are the same whatever the backend and the number of processes.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from factx.api import TextItem, error_record, process_chunk
from factx.errors import FactxError, InputError
from factx.pieces import Assembly, is_long, piece_items, result_from_record
from factx.pipeline import check_model
from factx.sources import Source, declared, load
from factx.types import record

Record = dict[str, Any]

CHUNK_DOCS = 8  # documents per chunk sent to a worker (and per nlp.pipe call)
CHUNK_CHARS = 60_000  # ... or fewer, when they are long
# worker processes are replaced after this many documents: spaCy's string store grows with
# every new word it meets (explosion/spaCy#5083), so a fresh process keeps memory flat
RECYCLE_DOCS = 20_000


WARM_TEXT = ("Lyon, le 3 mars 2021 – Mme Claire Dumas, directrice du festival, a annoncé 40 000 "
             "spectateurs, soit 12 % de plus qu’en 2019. « Nous sommes ravis », a-t-elle dit hier.")


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


@dataclass
class Entry:
    """One document of the run, in input order."""

    source: Source
    item: TextItem | None = None  # to extract
    record: Record | None = None  # already known: a reading error
    skipped: bool = False  # --resume: already in the output
    note: str | None = None  # e.g. the encoding used, for stderr


@dataclass
class Chunk:
    entries: list[Entry] = field(default_factory=list)

    @property
    def items(self) -> list[TextItem]:
        return [e.item for e in self.entries if e.item is not None]


# --- resume ---------------------------------------------------------------------------

def _key(path: str | None, sha: str) -> bytes:
    return hashlib.blake2b(f"{path or '-'}\0{sha}".encode(), digest_size=16).digest()


def _pkey(path: str | None) -> bytes:
    return hashlib.blake2b((path or "-").encode(), digest_size=12).digest()


class ResumeState:
    """What an earlier (interrupted) run already wrote to a JSON Lines file.

    A document is done when the file holds a successful record with its path and the
    SHA-256 of its current bytes. Anything else is dropped from the file before the run
    goes on: a truncated last line, an unreadable line, error records (those documents are
    tried again), records without `document.sha256`. A document whose file changed since is
    extracted again, and its old record removed at the end.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.done: set[bytes] = set()
        self.done_paths: set[bytes] = set()
        self.changed: dict[str, str] = {}  # path -> new sha256, for files edited since
        self.kept = 0
        self.dropped = 0

    @classmethod
    def load(cls, path: Path) -> ResumeState:
        state = cls(path)
        if not path.exists():
            return state
        keep: list[bool] = []
        with open(path, "rb") as fh:
            for raw in fh:
                ok = False
                if raw.endswith(b"\n"):
                    try:
                        rec = json.loads(raw)
                        doc = rec["document"]
                        if "error" not in rec and doc.get("sha256"):
                            state.done.add(_key(doc.get("path"), doc["sha256"]))
                            state.done_paths.add(_pkey(doc.get("path")))
                            ok = True
                    except (ValueError, KeyError, TypeError):
                        ok = False
                keep.append(ok)
        state.kept = sum(keep)
        state.dropped = len(keep) - state.kept
        if state.dropped:
            state._rewrite(lambda i, raw: keep[i])
        return state

    def is_done(self, path: str | None, sha: str) -> bool:
        if _key(path, sha) in self.done:
            return True
        if _pkey(path) in self.done_paths:
            self.changed[path or "-"] = sha
        return False

    def finish(self) -> None:
        """Drop the old records of files that changed since the earlier run."""
        if not self.changed:
            return

        def keep(_: int, raw: bytes) -> bool:
            try:
                doc = json.loads(raw)["document"]
            except (ValueError, KeyError, TypeError):
                return True
            new = self.changed.get(doc.get("path") or "-")
            return new is None or doc.get("sha256") == new

        self._rewrite(keep)

    def _rewrite(self, keep: Callable[[int, bytes], bool]) -> None:
        folder = self.path.parent
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part", dir=folder)
        try:
            with os.fdopen(fd, "wb") as out, open(self.path, "rb") as fh:
                for i, raw in enumerate(fh):
                    if keep(i, raw):
                        out.write(raw)
            os.chmod(tmp, os.stat(self.path).st_mode & 0o777)
            os.replace(tmp, self.path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise


# --- reading and chunking -------------------------------------------------------------

def prepare(sources: Iterable[Source], ref_date: str | None,
            resume: ResumeState | None = None) -> Iterator[Entry]:
    """Sources -> entries, reading each file when its turn comes."""
    for src in sources:
        try:
            loaded = load(src)
        except InputError as exc:
            yield Entry(src, record=error_record(src.doc_id, src.display_path, str(exc)))
            continue
        if resume is not None and resume.is_done(src.display_path, loaded.sha256):
            yield Entry(src, skipped=True)
            continue
        note = None
        if loaded.encoding and not declared(loaded.encoding):
            note = f"{src.label}: not UTF-8, read as {loaded.encoding}"
        item = TextItem(loaded.text, doc_id=src.doc_id, path=src.display_path, ref_date=ref_date,
                        encoding=loaded.encoding, sha256=loaded.sha256, doc_date=loaded.doc_date)
        yield Entry(src, item=item, note=note)


def chunked(entries: Iterable[Entry], docs: int | None = None, chars: int | None = None) -> Iterator[Chunk]:
    """Consecutive entries, up to `docs` texts or `chars` characters a chunk."""
    docs = docs or CHUNK_DOCS
    chars = chars or CHUNK_CHARS
    chunk = Chunk()
    size = 0
    n = 0
    for entry in entries:
        chunk.entries.append(entry)
        if entry.item is not None:
            n += 1
            size += len(entry.item.text)
        if n >= docs or size >= chars:
            yield chunk
            chunk, size, n = Chunk(), 0, 0
    if chunk.entries:
        yield chunk


# --- backends -------------------------------------------------------------------------

class Backend(Protocol):
    max_inflight: int

    def submit(self, items: list[TextItem]) -> Any: ...

    def resolve(self, handle: Any, items: list[TextItem]) -> list[Record]: ...

    def incidents(self) -> list[str]:
        """What went wrong during the run beyond single documents (a worker process lost),
        one message each, for the end of the run; empty when all went well."""
        ...

    def close(self, interrupted: bool = False) -> None: ...


class _Done:
    def __init__(self, records: list[Record]) -> None:
        self.records = records

    def done(self) -> bool:
        return True

    def result(self) -> list[Record]:
        return self.records


class InlineBackend:
    """This process, no worker: the model is loaded here, once."""

    max_inflight = 1

    def __init__(self, model: str) -> None:
        from factx.pipeline import load_pipeline

        self.model = model
        load_pipeline(model)  # a ModelError before anything is written

    def submit(self, items: list[TextItem]) -> _Done:
        return _Done(process_chunk(items, self.model))

    def resolve(self, handle: _Done, items: list[TextItem]) -> list[Record]:
        return handle.result()

    def incidents(self) -> list[str]:
        return []

    def close(self, interrupted: bool = False) -> None:
        pass


def _init_worker(model: str) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    from factx.fastload import install_pattern_cache
    from factx.pipeline import load_pipeline

    install_pattern_cache()  # a factx process: long patterns compiled once per machine
    load_pipeline(model)  # once per worker process
    # a first short text, so that what the layers build lazily (compiled grammars, lexicons)
    # is built now, while the parent reads the first files, not in the first chunk
    process_chunk([TextItem(WARM_TEXT, doc_id="warm-up")], model)


def _pid_when_ready() -> int:
    import time

    time.sleep(0.2)  # long enough for the other workers to take a task too
    return os.getpid()


def _death(exitcode: int | None) -> str:
    """How a process ended, in words: "killed by signal 9 (SIGKILL)", "exit code 3"."""
    import signal

    if exitcode is None:
        return "ended"
    if exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = "unknown signal"
        return f"killed by signal {-exitcode} ({name})"
    return f"exit code {exitcode}"


class PoolBackend:
    """N worker processes (spawned: a clean interpreter each), the model loaded once in
    each. A worker that dies (killed by the system for lack of memory, by a user, or by a
    crash in native code) takes only its document down: the chunks its pool held are
    retried one document at a time in a fresh pool, and a document that kills its worker
    again becomes an error record. The death itself is an incident of the run, reported at
    its end (the run then exits 1). Every `recycle_docs` documents the pool is replaced by a
    fresh one (the old one finishes the chunks it holds), so that long runs do not grow."""

    # what each worker runs: module-level functions, picklable by reference
    work: Callable[[list[TextItem], str], list[Record]] = staticmethod(process_chunk)
    initializer: Callable[[str], None] = staticmethod(_init_worker)

    def __init__(self, model: str, jobs: int, recycle_docs: int | None = None) -> None:
        check_model(model)
        self.model = model
        self.jobs = jobs
        self.max_inflight = 2 * jobs + 1
        self.recycle_docs = recycle_docs or RECYCLE_DOCS
        self.docs_in_pool = 0
        self.retired: list[Any] = []  # replaced pools, finishing their last chunks
        self.deaths: dict[int, str] = {}  # id of a broken pool -> how its worker died
        self.retried = 0  # documents run again alone after a worker died
        self.failed_again = 0  # ... whose worker died again: error records
        self.pool = self._start()

    def _start(self):  # type: ignore[no-untyped-def]
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(max_workers=self.jobs, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=self.initializer, initargs=(self.model,))

    def warm(self) -> None:
        """Start every worker and load its model now (benchmarks time the work alone)."""
        seen: set[int] = set()
        while len(seen) < self.jobs:
            seen.update(f.result() for f in [self.pool.submit(_pid_when_ready) for _ in range(self.jobs)])

    def submit(self, items: list[TextItem]) -> Any:
        from concurrent.futures.process import BrokenProcessPool

        if self.docs_in_pool >= self.recycle_docs:
            self.pool.shutdown(wait=False)  # its pending chunks still complete
            self.retired.append(self.pool)
            self.pool = self._start()
            self.docs_in_pool = 0
        self.docs_in_pool += len(items)
        try:
            return self.pool.submit(self.work, items, self.model)
        except BrokenProcessPool:
            return None  # resolved one by one below

    def resolve(self, handle: Any, items: list[TextItem]) -> list[Record]:
        from concurrent.futures.process import BrokenProcessPool

        try:
            if handle is not None:
                return handle.result()
        except BrokenProcessPool:
            pass
        # the pool broke (a worker died, maybe on another chunk): one document at a time
        self._note_deaths()
        self.retried += len(items)
        out = []
        for item in items:
            self._restart_if_broken()
            try:
                out.extend(self.pool.submit(self.work, [item], self.model).result())
            except BrokenProcessPool:
                self.failed_again += 1
                label = item.path or item.doc_id
                out.append(error_record(item.doc_id, item.path,
                                        f"{label}: extraction failed (the worker process died)"))
        return out

    def _note_deaths(self) -> None:
        """Remember how the worker of each broken pool died (its exit code or signal); the
        pool's other workers, stopped by the pool itself, are not counted."""
        import signal
        import time

        for pool in [*self.retired, self.pool]:
            if not getattr(pool, "_broken", False) or id(pool) in self.deaths:
                continue
            processes = list((getattr(pool, "_processes", None) or {}).values())
            deadline = time.monotonic() + 2.0  # the pipe of a dead worker closes before it can be reaped
            for p in processes:
                p.join(timeout=max(0.0, deadline - time.monotonic()))
            codes = [p.exitcode for p in processes]
            dead = sorted(c for c in codes if c is not None and c not in (0, -signal.SIGTERM))
            self.deaths[id(pool)] = _death(dead[0]) if dead else ""

    def incidents(self) -> list[str]:
        if not self.deaths:
            return []
        n = len(self.deaths)
        who = "a worker process" if n == 1 else f"{n} worker processes"
        how = sorted({d for d in self.deaths.values() if d})
        why = f" ({', '.join(how)})" if how else ""
        outcome = (f"{self.failed_again} failed again (error records): run the same command with "
                   "--resume to retry them" if self.failed_again else "all were extracted")
        return [f"{who} died during the run{why}; the {self.retried} document(s) in flight were run "
                f"again one at a time: {outcome}"]

    def _restart_if_broken(self) -> None:
        from concurrent.futures.process import BrokenProcessPool

        if not getattr(self.pool, "_broken", False):
            return
        self._note_deaths()
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._start()
        self.docs_in_pool = 0
        try:
            self.pool.submit(os.getpid).result()  # a worker starts and loads the model
        except BrokenProcessPool:
            raise FactxError(f"the worker processes could not start or load the model {self.model!r}; "
                             "try -j 1 to see why") from None

    def close(self, interrupted: bool = False) -> None:
        for pool in [*self.retired, self.pool]:
            if interrupted:
                processes = list((getattr(pool, "_processes", None) or {}).values())
                pool.shutdown(wait=False, cancel_futures=True)
                for p in processes:
                    p.terminate()
            else:
                pool.shutdown(wait=True)
        self.retired = []


def run(chunks: Iterable[Chunk], backend: Backend) -> Iterator[tuple[Entry, Record | None]]:
    """(entry, record) in input order; record is None for an entry skipped by --resume.
    At most `backend.max_inflight` chunks are submitted and not yet yielded."""
    window: deque[tuple[Chunk, Any]] = deque()

    def flush_head() -> Iterator[tuple[Entry, Record | None]]:
        chunk, handle = window.popleft()
        items = chunk.items
        records = iter(backend.resolve(handle, items) if items else [])
        for entry in chunk.entries:
            if entry.item is not None:
                yield entry, next(records)
            else:
                yield entry, entry.record

    for chunk in chunks:
        items = chunk.items
        window.append((chunk, backend.submit(items) if items else None))
        while len(window) >= backend.max_inflight or (window and _ready(window[0][1])):
            yield from flush_head()
    while window:
        yield from flush_head()


def _ready(handle: Any) -> bool:
    return handle is None or handle.done()


def make_backend(model: str, jobs: int, dask: str | None = None) -> Backend:
    if dask:
        from factx.distributed import DaskBackend

        return DaskBackend(model, jobs, dask)
    if jobs <= 1:
        return InlineBackend(model)
    return PoolBackend(model, jobs)


# --- long documents in a batch ------------------------------------------------------------

class Splitter:
    """Spreads long documents of a batch over the backend piece by piece, and puts them
    together again in the output, in input order.

        splitter = Splitter()
        pairs = run(chunked(splitter.split(prepare(...))), backend)
        for entry, record in splitter.join(pairs): ...

    `on_piece(done, total)` is called as the pieces of a long document come back.
    """

    def __init__(self, size: int | None = None,
                 on_piece: Callable[[int, int], None] | None = None) -> None:
        self.size = size
        self.on_piece = on_piece
        self.pending: deque[tuple[Entry, Assembly]] = deque()

    def split(self, entries: Iterable[Entry]) -> Iterator[Entry]:
        for entry in entries:
            item = entry.item
            if item is None or item.piece is not None or not is_long(item.text, self.size):
                yield entry
                continue
            spans, items = piece_items(item, self.size)
            self.pending.append((entry, Assembly(item, spans)))
            for piece in items:
                yield dataclasses.replace(entry, item=piece, note=None)  # the note is the whole's

    def join(self, pairs: Iterable[tuple[Entry, Record | None]]) -> Iterator[tuple[Entry, Record | None]]:
        for entry, rec in pairs:
            if entry.item is None or entry.item.piece is None or rec is None:
                yield entry, rec
                continue
            whole, assembly = self.pending[0]
            assembly.add(result_from_record(rec))
            if self.on_piece is not None:
                self.on_piece(assembly.added, len(assembly.spans))
            if assembly.done:
                self.pending.popleft()
                yield whole, record(assembly.finish(), whole.item)
