"""Batch runs through the CLI, in this process (-j 1): every input kind and format, error
records, interruption and --resume. A few tests start worker processes or a subprocess;
they are kept small (each process loads the model once)."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factx.cli import app
from factx.sources import html_text

TEXTS = {
    "a-budget": "Rimouski, le 4 avril 2022 – Le maire de Rimouski, Guy Caron, a présenté hier un budget "
                "de 12 millions de dollars.\n",
    "b-festival": "Le festival de Lyon a accueilli 40 000 spectateurs en juillet. Sa directrice, Mme Claire "
                  "Dumas, se dit ravie.\n",
    "c-port": "À Marseille, le port a traité 3 millions de conteneurs l’an dernier, selon M. Paul Rivière.\n",
    "d-ecole": "Mme Aline Morel, directrice de l’école Jules-Ferry de Nantes, a rencontré les parents "
               "lundi.\n",
    "e-tram": "La ligne de tramway reliera Bordeaux à Mérignac en 2026, a annoncé Bordeaux Métropole.\n",
}


def big_corpus(tmp_path: Path, texts: dict[str, str], n: int) -> Path:
    """A folder of n files cycling through `texts` ("000-name.txt", ...), for runs long
    enough to be killed or interrupted midway."""
    corpus = tmp_path / "big"
    corpus.mkdir()
    for i in range(n):
        name = list(texts)[i % len(texts)]
        (corpus / f"{i:03d}-{name}.txt").write_text(texts[name], encoding="utf-8")
    return corpus


@contextlib.contextmanager
def interrupt_at(monkeypatch: pytest.MonkeyPatch, word: str) -> Iterator[None]:
    """Within it, extracting a text that contains `word` raises KeyboardInterrupt, as Ctrl-C
    during that document would; the other documents are extracted as usual."""
    import factx.api

    real = factx.api.build_result

    def interrupted(doc, info):  # type: ignore[no-untyped-def]
        if word in doc.text:
            raise KeyboardInterrupt
        return real(doc, info)

    with monkeypatch.context() as m:
        m.setattr(factx.api, "build_result", interrupted)
        yield


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    for i, (name, text) in enumerate(TEXTS.items()):
        (root / ("sub" if i % 2 else "") / f"{name}.txt").write_text(text, encoding="utf-8")
    return root


def _records(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def _ids(records: list[dict[str, Any]]) -> list[str]:
    return [r["document"]["id"] for r in records]


def _check_offsets(record: dict[str, Any], text: str) -> None:
    assert record["document"]["length"] == len(text)
    for ent in record["entities"]:
        for m in ent["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"], (ent, m)


def _extract(runner: CliRunner, *args: str, **kw: Any):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["extract", "-j", "1", *args], **kw)


# --- inputs ---------------------------------------------------------------------------

def test_folder_is_walked_in_sorted_order(runner: CliRunner, corpus: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    result = _extract(runner, str(corpus))
    assert result.exit_code == 0, result.stderr
    records = _records(result.stdout)
    assert _ids(records) == ["a-budget", "c-port", "e-tram", "b-festival", "d-ecole"]  # sub/ after *.txt
    for r in records:
        _check_offsets(r, TEXTS[r["document"]["id"]])
        assert len(r["document"]["sha256"]) == 64
    assert "5 document(s) extracted, 0 failed" in result.stderr


def test_globs_stdin_and_lists(runner: CliRunner, corpus: Path, tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    result = _extract(runner, f"{corpus}/**/[bc]-*.txt")
    assert _ids(_records(result.stdout)) == ["c-port", "b-festival"]
    listing = tmp_path / "paths.txt"
    listing.write_text(f"{corpus}/sub/d-ecole.txt\n# skipped\n{corpus}/a-budget.txt\n", encoding="utf-8")
    result = _extract(runner, "--from-list", str(listing))
    assert _ids(_records(result.stdout)) == ["d-ecole", "a-budget"]
    result = _extract(runner, str(corpus / "e-tram.txt"), "--from-list", "-",
                      input=f"{corpus}/a-budget.txt\n")
    assert _ids(_records(result.stdout)) == ["e-tram", "a-budget"]
    result = _extract(runner, "-", str(corpus / "e-tram.txt"), input=TEXTS["c-port"])
    records = _records(result.stdout)
    assert _ids(records) == ["stdin", "e-tram"] and records[0]["document"]["path"] is None
    _check_offsets(records[0], TEXTS["c-port"])


def test_markdown_and_html_files(runner: CliRunner, tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    md = "# Budget\n\nLe **maire** de Rimouski, [Guy Caron](https://example.org), a parlé.\n"
    page = ("<!DOCTYPE html><html><head><title>Festival</title><style>p{}</style></head><body>"
            "<p>Sa directrice, Mme Claire Dumas, se dit ravie&nbsp;: 40&nbsp;000 spectateurs.</p>"
            "<script>var x = 1;</script></body></html>")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text(md, encoding="utf-8")
    (tmp_path / "docs" / "b.html").write_text(page, encoding="utf-8")
    (tmp_path / "docs" / "c.txt").write_text(TEXTS["c-port"], encoding="utf-8")
    result = _extract(runner, str(tmp_path / "docs"), "--glob", "*.md", "--glob", "*.html")
    assert result.exit_code == 0, result.stderr
    a, b = _records(result.stdout)
    _check_offsets(a, md)  # Markdown: offsets are those of the file
    assert "Guy Caron" in [e["name"] for e in a["entities"] if e["type"] == "person"]
    _check_offsets(b, html_text(page))  # HTML: offsets into the text extracted
    assert "Claire Dumas" in [e["name"] for e in b["entities"] if e["type"] == "person"]
    assert not any("var x" in m["text"] for e in b["entities"] for m in e["mentions"])


# --- formats --------------------------------------------------------------------------

def test_every_format(runner: CliRunner, corpus: Path, tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    two = [str(corpus / "a-budget.txt"), str(corpus / "sub" / "d-ecole.txt")]
    jsonl = _records(_extract(runner, *two, "-f", "jsonl").stdout)
    array = json.loads(_extract(runner, *two, "-f", "json").stdout)
    assert array == jsonl
    single = json.loads(_extract(runner, two[0], "-f", "json").stdout)
    assert single == jsonl[0]

    out = tmp_path / "mentions.csv"
    result = _extract(runner, *two, "-o", str(out))  # the format follows the suffix
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == sum(len(e["mentions"]) for r in jsonl for e in r["entities"])
    for row in rows:
        assert TEXTS[row["doc_id"]][int(row["start"]):int(row["end"])] == row["mention"]
    facts = _extract(runner, *two, "-f", "csv", "--csv-table", "facts").stdout
    fact_rows = list(csv.DictReader(io.StringIO(facts)))
    assert len(fact_rows) == sum(max(1, len(r["facts"])) for r in jsonl)  # one for a fact-less one
    assert facts.startswith("doc_id,path,fact,type,")

    page = _extract(runner, *two, "-f", "html").stdout
    assert page.startswith("<!DOCTYPE html>") and page.count("<article") == 2
    assert page.count("<mark ") == sum(len(e["mentions"]) for r in jsonl for e in r["entities"])

    table = _extract(runner, *two, "-f", "table").stdout
    assert "a-budget" in table and "d-ecole" in table and "People" in table


# --- errors ---------------------------------------------------------------------------

def test_failures_become_records_in_place(runner: CliRunner, corpus: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                          monkeypatch: pytest.MonkeyPatch, nlp) -> None:
    import factx.api

    real = factx.api.build_result

    def flaky(doc, info):  # type: ignore[no-untyped-def]
        if "tramway" in doc.text:
            raise RuntimeError("panne simulée")
        return real(doc, info)

    monkeypatch.setattr(factx.api, "build_result", flaky)
    (corpus / "vide.txt").write_bytes(b"")
    listing = tmp_path / "paths.txt"
    listing.write_text(f"{corpus}/a-budget.txt\n{corpus}/absent.txt\n{corpus}/vide.txt\n"
                       f"{corpus}/e-tram.txt\n{corpus}/c-port.txt\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = _extract(runner, "--from-list", str(listing), "-o", str(out))
    assert result.exit_code == 1
    records = _records(out.read_text(encoding="utf-8"))
    assert _ids(records) == ["a-budget", "absent", "vide", "e-tram", "c-port"]
    assert [("error" in r) for r in records] == [False, True, True, True, False]
    assert records[1] == {"schema": "factx/1", "document": {"id": "absent", "path": f"{corpus}/absent.txt"},
                          "error": f"{corpus}/absent.txt: no such file"}
    assert "empty file" in records[2]["error"]
    assert "extraction failed (RuntimeError: panne simulée)" in records[3]["error"]
    assert "2 document(s) extracted, 3 failed" in result.stderr
    assert sum(line.startswith("Error: ") for line in result.stderr.splitlines()) == 3
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("args", [["--resume"], ["--resume", "-o", "x.jsonl", "-f", "csv"],
                                  ["--csv-table", "people"], ["-j", "0"]])
def test_usage_errors(runner: CliRunner, corpus: Path, args: list[str]) -> None:
    result = runner.invoke(app, ["extract", str(corpus), *args])
    assert result.exit_code == 2 and result.stdout == ""


def test_missing_list_file_is_an_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", "--from-list", str(tmp_path / "absent.txt")])
    assert result.exit_code == 1 and result.stderr.startswith("Error: ")
    assert "no such list file" in result.stderr


# --- interruption and --resume --------------------------------------------------------

def test_interrupted_run_keeps_whole_lines_and_resume_finishes_it(
    runner: CliRunner, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, nlp  # type: ignore[no-untyped-def]
) -> None:
    import factx.batch

    fresh = tmp_path / "fresh.jsonl"
    assert _extract(runner, str(corpus), "-o", str(fresh)).exit_code == 0

    monkeypatch.setattr(factx.batch, "CHUNK_DOCS", 1)
    out = tmp_path / "out.jsonl"
    with interrupt_at(monkeypatch, "Marseille"):
        result = _extract(runner, str(corpus), "-o", str(out))
    assert result.exit_code == 130
    assert "run the same command with --resume" in result.stderr
    assert out.read_bytes().endswith(b"\n")
    assert _ids(_records(out.read_text(encoding="utf-8"))) == ["a-budget"]
    assert list(tmp_path.glob(".out.jsonl*")) == []

    result = _extract(runner, str(corpus), "-o", str(out), "--resume")
    assert result.exit_code == 0, result.stderr
    assert "4 document(s) extracted, 0 failed, 1 already in" in result.stderr
    assert out.read_text(encoding="utf-8") == fresh.read_text(encoding="utf-8")


def test_resume_drops_a_truncated_line_and_errors_and_redoes_changed_files(
    runner: CliRunner, corpus: Path, tmp_path: Path, nlp  # type: ignore[no-untyped-def]
) -> None:
    fresh = tmp_path / "fresh.jsonl"
    assert _extract(runner, str(corpus), "-o", str(fresh)).exit_code == 0
    lines = fresh.read_text(encoding="utf-8").splitlines(keepends=True)
    out = tmp_path / "out.jsonl"
    error = json.dumps({"schema": "factx/1", "document": {"id": "c-port", "path": f"{corpus}/c-port.txt"},
                        "error": "x"}) + "\n"
    out.write_text(lines[0] + error + lines[2][:40], encoding="utf-8")  # a killed run: half a line
    result = _extract(runner, str(corpus), "-o", str(out), "--resume")
    assert result.exit_code == 0, result.stderr
    assert "2 incomplete or failed record(s) dropped" in result.stderr
    assert out.read_text(encoding="utf-8") == fresh.read_text(encoding="utf-8")

    result = _extract(runner, str(corpus), "-o", str(out), "--resume")  # nothing left to do
    assert "0 document(s) extracted, 0 failed, 5 already in" in result.stderr
    assert out.read_text(encoding="utf-8") == fresh.read_text(encoding="utf-8")

    changed = corpus / "a-budget.txt"
    changed.write_text(TEXTS["a-budget"].replace("Guy Caron", "Marie Caron"), encoding="utf-8")
    result = _extract(runner, str(corpus), "-o", str(out), "--resume")
    assert "1 document(s) extracted, 0 failed, 4 already in" in result.stderr
    records = _records(out.read_text(encoding="utf-8"))
    assert sorted(_ids(records)) == sorted(TEXTS)  # the old record of a-budget is gone
    assert records[-1]["document"]["id"] == "a-budget"
    assert "Marie Caron" in json.dumps(records[-1], ensure_ascii=False)


def test_progress_bar_only_on_a_terminal(runner: CliRunner, corpus: Path, nlp,  # type: ignore[no-untyped-def]
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from factx import cli

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    def run(quiet: bool) -> str:
        fake = Tty()
        monkeypatch.setattr(sys, "stderr", fake)
        r = cli._Run([str(corpus)], None, None, "jsonl", "entities", 1, False, None, "fr_core_news_md",
                     None, ["*.txt"], quiet)
        progress = cli._Progress(r, 1)
        with progress:
            progress.advance(0)
            if progress.bar is not None:
                progress.bar.refresh()
        monkeypatch.undo()
        return fake.getvalue()

    shown = run(quiet=False)
    assert "extracting" in shown and "1/5" in shown and "docs/s" in shown
    assert run(quiet=True) == ""
    result = _extract(runner, str(corpus), "-q")  # CliRunner's stderr is not a terminal
    assert result.stderr == ""


# --- processes ------------------------------------------------------------------------

def test_worker_processes_give_the_same_records(corpus: Path) -> None:
    """-j 2: two spawned workers, one model load each, records in input order."""
    from factx.batch import InlineBackend, PoolBackend, chunked, prepare, run
    from factx.sources import iter_sources

    def records(backend: Any) -> list[Any]:
        try:
            entries = prepare(iter_sources([str(corpus)]), "2022-01-01")
            return [rec for _, rec in run(chunked(entries, docs=1), backend)]
        finally:
            backend.close()

    pooled = records(PoolBackend("fr_core_news_md", 2))
    assert _ids(pooled) == ["a-budget", "c-port", "e-tram", "b-festival", "d-ecole"]
    assert pooled == records(InlineBackend("fr_core_news_md"))


def _fake_init(model: str) -> None:
    pass


def _fake_work(items: list[Any], model: str) -> list[dict[str, Any]]:
    if any(i.text == "PLANTAGE" for i in items):
        os._exit(3)  # a worker dying in native code, or killed for lack of memory
    return [{"schema": "factx/1", "document": {"id": i.doc_id, "path": None}, "entities": [], "facts": []}
            for i in items]


def test_a_worker_that_dies_takes_only_its_document_down() -> None:
    from factx.api import TextItem
    from factx.batch import Entry, PoolBackend, chunked, run
    from factx.sources import Source

    class Fake(PoolBackend):  # workers without a model: only the recovery is under test
        work = staticmethod(_fake_work)
        initializer = staticmethod(_fake_init)

    texts = ["un", "deux", "PLANTAGE", "quatre", "cinq", "six", "sept"]
    entries = [Entry(Source(None, "-"), item=TextItem(t, doc_id=t)) for t in texts]
    backend = Fake("fr_core_news_md", 2)
    try:
        records = [r for _, r in run(chunked(entries, docs=2), backend)]
    finally:
        backend.close()
    assert _ids(records) == texts
    assert ["error" in r for r in records] == [t == "PLANTAGE" for t in texts]
    assert records[2]["error"] == "PLANTAGE: extraction failed (the worker process died)"
    [incident] = backend.incidents()  # the first death, then the culprit's own, alone
    assert incident.startswith("2 worker processes died during the run (exit code 3); the ")
    assert incident.endswith("run again one at a time: 1 failed again (error records): run the same "
                             "command with --resume to retry them")


def _pid_work(items: list[Any], model: str) -> list[dict[str, Any]]:
    return [{"document": {"id": i.doc_id}, "pid": os.getpid()} for i in items]


def test_workers_are_replaced_after_so_many_documents() -> None:
    from factx.api import TextItem
    from factx.batch import Entry, PoolBackend, chunked, run
    from factx.sources import Source

    class Fake(PoolBackend):
        work = staticmethod(_pid_work)
        initializer = staticmethod(_fake_init)

    names = [f"d{i}" for i in range(12)]
    entries = [Entry(Source(None, "-"), item=TextItem("Le maire parle.", doc_id=n)) for n in names]
    backend = Fake("fr_core_news_md", 2, recycle_docs=4)
    try:
        records = [r for _, r in run(chunked(entries, docs=2), backend)]
    finally:
        backend.close()
    assert _ids(records) == names and backend.incidents() == []  # replaced, not dead
    assert len({r["pid"] for r in records}) > 2  # more processes than -j: fresh ones took over
    assert len({r["pid"] for r in records[:4]} & {r["pid"] for r in records[8:]}) == 0


def _failing_init(model: str) -> None:
    raise OSError("no model here")


def test_workers_that_cannot_start_stop_the_run_with_one_error() -> None:
    from factx.api import TextItem
    from factx.batch import Entry, PoolBackend, chunked, run
    from factx.errors import FactxError
    from factx.sources import Source

    class Broken(PoolBackend):
        initializer = staticmethod(_failing_init)

    backend = Broken("fr_core_news_md", 2)
    entries = [Entry(Source(None, "-"), item=TextItem("Le maire parle.", doc_id="a"))]
    with pytest.raises(FactxError, match="worker processes could not start or load the model"):
        list(run(chunked(entries), backend))
    backend.close(interrupted=True)


@pytest.mark.slow
def test_sigterm_leaves_whole_lines_and_resume_completes(tmp_path: Path) -> None:
    corpus = big_corpus(tmp_path, TEXTS, 60)
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "factx.cli", "extract", str(corpus), "-o", str(out), "-j", "1",
           "--model", "fr_core_news_sm"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and proc.poll() is None:
        parts = list(tmp_path.glob(".out.jsonl.*.part"))
        if parts and parts[0].stat().st_size > 0:
            break
        time.sleep(0.05)
    if proc.poll() is not None:
        pytest.skip("the run ended before it could be interrupted")
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    data = out.read_bytes()
    assert data.endswith(b"\n") and "Traceback" not in err
    done = len(data.splitlines())
    assert 0 < done < 60
    result = subprocess.run([*cmd, "--resume"], capture_output=True, text=True, timeout=600,
                            env={**os.environ, "COLUMNS": "100"})
    assert result.returncode == 0, result.stderr
    assert f"{60 - done} document(s) extracted, 0 failed, {done} already in" in result.stderr
    assert [json.loads(x)["document"]["id"] for x in out.read_text(encoding="utf-8").splitlines()] == \
        sorted(p.stem for p in corpus.iterdir())


def _workers(parent: int) -> list[int]:
    """The pids of the spawned worker processes of `parent` (not its resource tracker)."""
    out = []
    for child in Path(f"/proc/{parent}/task/{parent}/children").read_text().split():
        try:
            cmdline = Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:
            continue
        if b"spawn_main" in cmdline:
            out.append(int(child))
    return out


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="finds worker processes through /proc")
def test_a_worker_killed_mid_run_is_reported_and_resume_completes(tmp_path: Path) -> None:
    corpus = big_corpus(tmp_path, TEXTS, 160)
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "factx.cli", "extract", str(corpus), "-o", str(out), "-j", "2",
           "--model", "fr_core_news_sm"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 300
    killed = None
    while time.monotonic() < deadline and proc.poll() is None:
        parts = list(tmp_path.glob(".out.jsonl.*.part"))
        if parts and parts[0].stat().st_size > 0 and (workers := _workers(proc.pid)):
            killed = workers[0]
            os.kill(killed, signal.SIGKILL)  # the kernel's out-of-memory killer does the same
            break
        time.sleep(0.02)
    if killed is None:
        proc.kill()
        pytest.skip("the run ended before a worker could be killed")
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 1, err
    assert "Traceback" not in err
    last = err.strip().splitlines()[-1]
    assert last.startswith("Error: a worker process died during the run (killed by signal 9 (SIGKILL))"), err
    ids = [json.loads(x)["document"]["id"] for x in out.read_text(encoding="utf-8").splitlines()]
    assert ids == sorted(p.stem for p in corpus.iterdir())  # every document, in order, once
    result = subprocess.run([*cmd, "--resume"], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["document"]["id"] for r in records) == sorted(p.stem for p in corpus.iterdir())
    assert not any("error" in r for r in records)
