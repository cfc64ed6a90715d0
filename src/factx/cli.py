"""The `factx` command: options -> sources -> library API -> output. Nothing else.

Errors the user can fix become one `Error: ...` line on stderr and exit code 1; usage
errors exit 2 (Typer's convention); stdout carries only data. In a batch, a document that
fails becomes an error record in its place, the run goes on, and the exit code is 1.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from factx import __version__

EXAMPLES = """\
Examples:

\b
  factx extract article.txt
      a readable view on a terminal, JSON when piped
  factx extract article.txt | jq '.entities[] | select(.type=="person") | .name'
      the people of an article
  cat article.txt | factx extract -
      read standard input
  factx extract corpus/ -o out.jsonl
      a folder (recursive, *.txt), one JSON line per document, on all cores
  factx extract corpus/ -o out.jsonl --resume
      finish an interrupted run: documents already in out.jsonl are skipped
  factx extract corpus/ --glob '*.{txt,md,html}' -o view.html
      Markdown and HTML too, as a page to read in a browser
  factx extract --from-list paths.txt -f csv --csv-table facts -o facts.csv
      the files listed in paths.txt, one CSV row per fact
  factx extract a.txt b.txt --format jsonl -j 1
      several files as JSON Lines on stdout, in this process
  factx extract corpus/ -o corpus.db --resume
      an SQLite corpus database (add the new or changed files to it)
  factx corpus corpus.db --type person --since 2023-01
      who comes up most, their roles over time, who is quoted most
  factx extract corpus/ --dask tcp://scheduler:8786 -o out.jsonl
      on a Dask cluster (pip install 'factx[dask]')
  factx extract notes.txt --ref-date 2019-07-15
      anchor relative dates when the text has no dateline
  factx extract article.txt --model fr_core_news_sm
      the smaller, faster model
"""

app = typer.Typer(
    name="factx",
    help="Extract people, roles, organizations, places, dates, figures and the facts tying "
    "them together from French text.",
    epilog="Run 'factx extract --help' or 'factx corpus --help' for the options and examples.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factx {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = False,
) -> None:
    """Extract entities and facts from French text."""


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"Error: {message}", err=True)
    return typer.Exit(code)


def _check_ref_date(value: str | None) -> str | None:
    if value is None:
        return None
    from factx.components.docdate import parse_ref_date_option

    try:
        return parse_ref_date_option(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc


def _choose_format(fmt: str | None, output: Path | None, many: bool) -> str:
    if fmt:
        return fmt
    if output is not None:
        from factx.corpusdb import is_db_path
        from factx.export import SUFFIX_FORMATS

        if is_db_path(output):
            return "sqlite"
        return SUFFIX_FORMATS.get(output.suffix.lower()) or ("jsonl" if many else "json")
    if sys.stdout.isatty():
        return "table"
    return "jsonl" if many else "json"


SMALL_RUN = 8  # this many documents or fewer: no worker process, whatever -j says
SMALL_PIECES = 3  # a long text of this many pieces or fewer: no worker process either


class _Interrupted(KeyboardInterrupt):
    """SIGTERM, handled like Ctrl-C."""


class _Output:
    """Where records go, in whole units (a line, a row, a document), never half a record.

    stdout; or a file written in full or not at all (a temporary file, renamed at the end);
    or, with `append` (--resume), the file itself, one unit per write. With `keep_partial`
    (JSON Lines), an interrupted run renames what it wrote so far into place, every line
    whole, for --resume to finish.
    """

    def __init__(self, path: Path | None, append: bool = False, keep_partial: bool = False) -> None:
        self.path = path
        self.append = append
        self.keep_partial = keep_partial
        self.tmp: str | None = None
        self.fd: int | None = None
        self.units = 0

    def __enter__(self) -> Callable[[str], None]:
        if self.path is None:
            return self._emit_stdout
        folder = self.path.parent if str(self.path.parent) else Path(".")
        if not folder.is_dir():
            raise _fail(f"{self.path}: the folder {folder} does not exist")
        if self.append:
            self.fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
        else:
            fd, self.tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part", dir=folder)
            self.fd = fd
        return self._emit_file

    def _emit_stdout(self, unit: str) -> None:
        sys.stdout.write(unit)
        sys.stdout.flush()
        self.units += 1

    def _emit_file(self, unit: str) -> None:
        data = unit.encode("utf-8")
        while data:  # one write() for a unit in practice; a loop for the rare short write
            n = os.write(self.fd, data)  # type: ignore[arg-type]
            data = data[n:]
        self.units += 1

    def __exit__(self, exc_type: Any, exc: object, tb: object) -> None:
        if self.fd is None:
            return
        os.close(self.fd)
        interrupted = exc_type is not None and issubclass(exc_type, KeyboardInterrupt)
        if self.tmp is None:  # --resume: every line already written whole
            if interrupted:
                typer.echo(f"note: interrupted; {self.units} more document(s) added to {self.path}: "
                           "run the same command with --resume to finish", err=True)
            return
        if exc_type is None or (interrupted and self.keep_partial and self.units):
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(self.tmp, 0o666 & ~umask)
            os.replace(self.tmp, self.path)  # type: ignore[arg-type]
            if interrupted:
                typer.echo(f"note: interrupted; the {self.units} document(s) done are in {self.path}: "
                           "run the same command with --resume to finish", err=True)
        else:
            os.unlink(self.tmp)


@app.command(epilog=EXAMPLES)
def extract(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Files, folders (searched recursively), glob patterns; '-' reads standard "
                       "input.", show_default=False),
    ] = None,
    from_list: Annotated[
        str | None,
        typer.Option("--from-list", metavar="FILE",
                     help="Also read the paths listed in this file (one a line; "
                     "'-' for standard input).", show_default=False),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write here instead of standard output (all or nothing; "
                     "JSON Lines keep the documents done when interrupted).", dir_okay=False),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option("--format", "-f", metavar="FORMAT",
                     help="table | json | jsonl | csv | html | sqlite. Default: from the -o "
                     "suffix; else table on a terminal, json for one document and jsonl for several.",
                     show_default=False),
    ] = None,
    csv_table: Annotated[
        str, typer.Option("--csv-table", metavar="TABLE",
                          help="With csv: 'entities' (a row per mention) or 'facts' (a row per fact).")
    ] = "entities",
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, metavar="N",
                     help="Worker processes. Default: the number of cores.",
                     show_default=False),
    ] = None,
    resume: Annotated[
        bool, typer.Option("--resume", help="With -o FILE.jsonl or FILE.db: keep the documents already in "
                           "FILE (same path, same content) and add the others.")
    ] = False,
    dask: Annotated[
        str | None,
        typer.Option("--dask", metavar="ADDRESS",
                     help="Run on a Dask cluster: a scheduler address (tcp://host:8786) or "
                     "'local' for a local cluster of -j workers.", show_default=False),
    ] = None,
    model: Annotated[
        str, typer.Option("--model", "-m",
                          help="spaCy pipeline: fr_core_news_md, fr_core_news_sm or a path.")
    ] = "fr_core_news_md",
    ref_date: Annotated[
        str | None,
        typer.Option("--ref-date", help="Document date (YYYY-MM-DD, YYYY-MM or YYYY) for texts with no "
                     "dateline of their own; anchors relative dates.", show_default=False),
    ] = None,
    glob: Annotated[
        list[str] | None,
        typer.Option("--glob", metavar="PATTERN",
                     help="Which files to take in folders: *.txt (the default), '*.md', "
                     "'*.{txt,md,html}'; repeat for several.", show_default=False),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or notes on stderr.")] = False,
) -> None:
    """Extract entities and facts from French text files (or standard input)."""
    from factx.errors import FactxError
    from factx.export import CSV_TABLES, FORMATS

    if fmt is not None and fmt not in (*FORMATS, "sqlite"):
        raise typer.BadParameter(f"{fmt!r} is not one of {', '.join(FORMATS)}, sqlite", param_hint="--format")
    db = fmt == "sqlite" or (fmt is None and _choose_format(None, output, True) == "sqlite")
    if db and output is None:
        raise typer.BadParameter("sqlite needs -o FILE (a database file)", param_hint="--format")
    if csv_table not in CSV_TABLES:
        raise typer.BadParameter(f"{csv_table!r} is not one of {', '.join(CSV_TABLES)}",
                                 param_hint="--csv-table")
    if resume and (output is None or (fmt or "jsonl") != "jsonl") and not db:
        raise typer.BadParameter("--resume needs -o FILE and JSON Lines or sqlite output",
                                 param_hint="--resume")
    ref = _check_ref_date(ref_date)
    if not paths and from_list is None:
        if sys.stdin.isatty():
            raise _fail("no input: give a file, a folder, or '-' to read standard input", 2)
        paths = ["-"]
    if from_list == "-" and "-" in (paths or []):
        raise typer.BadParameter("standard input cannot be both the list of paths and a text",
                                 param_hint="--from-list")
    fmt = "sqlite" if db else "jsonl" if resume else fmt
    run = _Run(paths or [], from_list, output, fmt, csv_table, jobs, resume, dask, model, ref,
               glob or ["*.txt"], quiet)
    try:
        code = run.main()
    except FactxError as exc:
        raise _fail(str(exc)) from None
    except KeyboardInterrupt:
        raise _fail("interrupted", 130) from None
    raise typer.Exit(code)


CORPUS_EXAMPLES = """\
Examples:

\b
  factx extract corpus/ -o corpus.db && factx corpus corpus.db
      who comes up most, their roles over time, who is quoted most
  factx corpus corpus.db --type person --since 2023-01 --until 2023-06 --limit 20
      the people of six months of articles
  factx corpus corpus.db --format json | jq '.quoted[0]'
      the same as JSON, for programs
"""


@app.command(epilog=CORPUS_EXAMPLES)
def corpus(
    database: Annotated[Path, typer.Argument(help="A corpus database written by 'factx extract ... -o "
                                             "FILE.db'.", dir_okay=False, show_default=False,
                                             metavar="DATABASE")],
    fmt: Annotated[
        str | None,
        typer.Option("--format", "-f", metavar="FORMAT",
                     help="table | json. Default: table on a terminal, json when piped.", show_default=False),
    ] = None,
    types: Annotated[
        list[str] | None,
        typer.Option("--type", "-t", metavar="TYPE", help="person, organization or place; repeat for "
                     "several. Default: all three.", show_default=False),
    ] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, metavar="N", help="Rows per list.")] = 10,
    since: Annotated[
        str | None,
        typer.Option("--since", metavar="DATE", help="Only articles dated from DATE (YYYY-MM-DD, YYYY-MM "
                     "or YYYY).", show_default=False),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option("--until", metavar="DATE", help="Only articles dated up to DATE (included).",
                     show_default=False),
    ] = None,
) -> None:
    """Summarize a corpus database: people, organizations and places across articles."""
    from factx.corpusview import SUMMARY_TYPES, parse_date_option, render_summary, summarize
    from factx.errors import FactxError

    if fmt is not None and fmt not in ("table", "json"):
        raise typer.BadParameter(f"{fmt!r} is not one of table, json", param_hint="--format")
    for t in types or []:
        if t not in SUMMARY_TYPES:
            raise typer.BadParameter(f"{t!r} is not one of {', '.join(SUMMARY_TYPES)}", param_hint="--type")
    for hint, value in (("--since", since), ("--until", until)):
        if value is not None:
            try:
                parse_date_option(value, last=False)
            except ValueError as exc:
                raise typer.BadParameter(str(exc), param_hint=hint) from None
    try:
        data = summarize(database, tuple(dict.fromkeys(types)) if types else SUMMARY_TYPES, limit,
                         since, until)
    except FactxError as exc:
        raise _fail(str(exc)) from None
    if (fmt or ("table" if sys.stdout.isatty() else "json")) == "json":
        from factx.export import dumps_pretty

        typer.echo(dumps_pretty(data))
        return
    import shutil

    from rich.console import Console

    terminal = sys.stdout.isatty()
    render_summary(data, Console(width=shutil.get_terminal_size().columns if terminal else 120,
                                 force_terminal=terminal, color_system="auto" if terminal else None))


class _Run:
    def __init__(self, paths: list[str], from_list: str | None, output: Path | None, fmt: str | None,
                 csv_table: str, jobs: int | None, resume: bool, dask: str | None, model: str,
                 ref: str | None, globs: list[str], quiet: bool) -> None:
        self.paths = paths
        self.from_list = from_list
        self.output = output
        self.fmt = fmt
        self.csv_table = csv_table
        self.jobs = jobs
        self.resume = resume
        self.dask = dask
        self.model = model
        self.ref = ref
        self.globs = globs
        self.quiet = quiet

    def sources(self):  # type: ignore[no-untyped-def]
        from factx.sources import iter_sources

        return iter_sources(self.paths, self.globs, self.from_list)

    def main(self) -> int:
        from itertools import chain, islice

        from factx.errors import InputError
        from factx.sources import check_inputs

        check_inputs(self.paths, self.globs)  # bad command-line input: one error, nothing written
        sources = self.sources()
        first = list(islice(sources, SMALL_RUN + 1))
        if not first:
            raise InputError(f"{self.from_list}: no paths in this list")
        many = len(first) > 1
        fmt = _choose_format(self.fmt, self.output, many)
        if not many and not self.resume and not self.dask and fmt != "sqlite":
            return self.one(first[0], fmt)
        from factx.batch import default_jobs

        jobs = self.jobs or default_jobs()
        if len(first) <= SMALL_RUN and not self.dask:
            jobs = 1  # a few documents: loading the model in workers costs more than it saves
        return self.many(chain(first, sources), fmt, many, jobs)

    def _writer(self, fmt: str, emit: Callable[[str], None], many: bool):  # type: ignore[no-untyped-def]
        from factx.export import make_writer

        return make_writer(fmt, emit, many=many, csv_table=self.csv_table,
                           to_terminal=self.output is None and sys.stdout.isatty())

    def _note(self, message: str | None) -> None:
        if message and not self.quiet:
            typer.echo(f"note: {message}", err=True)

    def one(self, source, fmt: str) -> int:  # type: ignore[no-untyped-def]
        from factx.api import TextItem, process_chunk
        from factx.pieces import is_long
        from factx.pipeline import load_pipeline
        from factx.sources import declared, load

        loaded = load(source)  # InputError -> "Error: ..." with nothing written
        if not declared(loaded.encoding):
            self._note(f"{source.label}: not UTF-8, read as {loaded.encoding}")
        item = TextItem(loaded.text, doc_id=source.doc_id, path=source.display_path, ref_date=self.ref,
                        encoding=loaded.encoding, sha256=loaded.sha256, doc_date=loaded.doc_date)
        if is_long(item.text):
            record = self.one_long(source, item)
        else:
            load_pipeline(self.model)  # ModelError before any output is opened
            record = process_chunk([item], self.model)[0]
        if "error" in record:
            raise _fail(record["error"])
        with _Output(self.output) as emit:
            writer = self._writer(fmt, emit, many=False)
            writer.begin()
            writer.write(record, item.text)
            writer.end()
        return 0

    def one_long(self, source: Any, item: Any) -> dict[str, Any]:
        """A long text: its pieces spread over -j workers, progress in pieces."""
        from factx.batch import Entry, Splitter, chunked, default_jobs, make_backend, run
        from factx.pieces import split_text

        total = len(split_text(item.text))
        jobs = min(self.jobs or default_jobs(), total)
        if total <= SMALL_PIECES and not self.dask:
            jobs = 1  # starting workers would cost more than it saves
        backend = make_backend(self.model, jobs, self.dask)  # ModelError before any output is opened
        interrupted = False
        try:
            with _Progress(self, jobs, total=total, unit="pieces") as progress:
                splitter = Splitter(on_piece=lambda done, _: progress.advance(0))
                pairs = run(chunked(splitter.split([Entry(source, item=item)]), docs=1), backend)
                return next(rec for _, rec in splitter.join(pairs) if rec is not None)
        except KeyboardInterrupt:
            interrupted = True
            raise
        finally:
            backend.close(interrupted=interrupted)

    def many(self, sources: Iterator[Any], fmt: str, many: bool, jobs: int) -> int:
        import signal

        from factx.batch import ResumeState, Splitter, chunked, make_backend, prepare, run

        if fmt == "sqlite":
            from factx.corpusdb import DatabaseResume, connect

            state: Any = DatabaseResume(self.output) if self.resume else None  # type: ignore[arg-type]
            connect(self.output).close()  # type: ignore[arg-type]  # not a factx database: an error now
        else:
            state = ResumeState.load(self.output) if self.resume and self.output is not None else None
        if state is not None and state.dropped:
            self._note(f"{self.output}: {state.dropped} incomplete or failed record(s) dropped, to be redone")
        backend = make_backend(self.model, jobs, self.dask)  # ModelError before any output is opened
        previous = None
        if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
            def on_term(signum: int, frame: object) -> None:
                raise _Interrupted()

            try:
                previous = signal.signal(signal.SIGTERM, on_term)
            except ValueError:  # not the main thread
                previous = None
        ok = failed = skipped = 0
        started = time.monotonic()
        interrupted = False
        try:
            with self._writing(fmt, state, many) as writer, _Progress(self, jobs) as progress:
                writer.begin()
                splitter = Splitter()  # long documents go through in pieces, spread over the workers
                pairs = run(chunked(splitter.split(prepare(sources, self.ref, state))), backend)
                for entry, record in splitter.join(pairs):
                    if record is None:
                        skipped += 1
                    else:
                        self._note(entry.note)
                        writer.write(record, entry.item.text if entry.item is not None else None)
                        if "error" in record:
                            failed += 1
                            typer.echo(f"Error: {record['error']}", err=True)
                        else:
                            ok += 1
                    progress.advance(skipped)
                writer.end()
            incidents = backend.incidents()
            if state is not None:
                state.finish()
        except KeyboardInterrupt:
            interrupted = True
            raise
        finally:
            backend.close(interrupted=interrupted)
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)
        if not self.quiet:
            took = time.monotonic() - started
            extra = f", {skipped} already in {self.output}" if state is not None else ""
            typer.echo(f"{ok} document(s) extracted, {failed} failed{extra} ({took:.1f} s)", err=True)
        for incident in incidents:  # after the summary, so that it is the last word
            typer.echo(f"Error: {incident}", err=True)
        return 1 if failed or incidents else 0


    @contextmanager
    def _writing(self, fmt: str, state: Any, many: bool) -> Iterator[Any]:
        """A writer (begin, write, end) and where it writes: a file or stdout, or a database."""
        if fmt != "sqlite":
            with _Output(self.output, append=state is not None, keep_partial=fmt == "jsonl") as emit:
                yield self._writer(fmt, emit, many)
            return
        from factx.corpusdb import CorpusWriter

        with CorpusWriter(self.output, fresh=state is None) as db:  # type: ignore[arg-type]
            try:
                yield db
            except KeyboardInterrupt:
                db.flush()  # the documents done, whole
                typer.echo(f"note: interrupted; {db.written} document(s) written to {self.output}: "
                           "run the same command with --resume to finish", err=True)
                raise


class _Progress:
    """A Rich progress bar on stderr when it is a terminal (and not --quiet); else nothing."""

    def __init__(self, run: _Run, jobs: int, total: int | None = None, unit: str = "docs") -> None:
        self.bar: Any = None
        self.task: Any = None
        if run.quiet or not sys.stderr.isatty():
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            ProgressColumn,
            TextColumn,
            TimeElapsedColumn,
        )
        from rich.text import Text

        class Rate(ProgressColumn):
            """Documents a second since the start (results come a chunk at a time: an average
            over the run is steadier than Rich's sliding estimate)."""

            def render(self, task: Any) -> Text:
                rate = task.completed / task.elapsed if task.elapsed and task.completed else 0.0
                return Text(f"{rate:.1f} {unit}/s" if rate else f"– {unit}/s", style="progress.data.speed")

        class Left(ProgressColumn):
            def render(self, task: Any) -> Text:
                if not (task.total and task.completed and task.elapsed):
                    return Text("left -:--:--", style="progress.remaining")
                seconds = int((task.total - task.completed) * task.elapsed / task.completed)
                h, rest = divmod(seconds, 3600)
                return Text(f"left {h}:{rest // 60:02d}:{rest % 60:02d}", style="progress.remaining")

        if total is None and run.from_list != "-":
            total = sum(1 for _ in run.sources())
        where = f"on {run.dask}" if run.dask else f"{jobs} process{'es' if jobs > 1 else ''}"
        what = f"extracting ({where})" if unit == "docs" else f"extracting {unit} ({where})"
        self.bar = Progress(TextColumn(what), BarColumn(), MofNCompleteColumn(),
                            Rate(), TimeElapsedColumn(), Left(), TextColumn("{task.fields[skipped]}"),
                            console=Console(stderr=True), transient=True)
        self.task = self.bar.add_task("extract", total=total, skipped="")

    def __enter__(self) -> _Progress:
        if self.bar is not None:
            self.bar.start()
        return self

    def advance(self, skipped: int) -> None:
        if self.bar is not None:
            self.bar.update(self.task, advance=1, skipped=f"({skipped} skipped)" if skipped else "")

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def main() -> None:
    from factx.fastload import install_pattern_cache

    install_pattern_cache()  # factx's own process: long patterns compiled once per machine
    app()


if __name__ == "__main__":
    main()
