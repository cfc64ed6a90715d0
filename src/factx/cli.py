"""The `factx` command: options -> sources -> library API -> output. Nothing else.

Errors the user can fix become one `Error: ...` line on stderr and exit code 1; usage
errors exit 2 (Typer's convention); stdout carries only data.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, TextIO

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
      a folder (recursive, *.txt), one JSON line per document
  factx extract a.txt b.txt --format jsonl
      several files as JSON Lines on stdout
  factx extract notes.txt --ref-date 2019-07-15
      anchor relative dates when the text has no dateline
  factx extract article.txt --model fr_core_news_sm
      the smaller, faster model
"""

app = typer.Typer(
    name="factx",
    help="Extract people, roles, organizations, places, dates, figures and the facts tying "
    "them together from French text.",
    epilog="Run 'factx extract --help' for the options and examples.",
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
        if output.suffix == ".json" and not many:
            return "json"
        return "jsonl" if many or output.suffix == ".jsonl" else "json"
    if sys.stdout.isatty():
        return "table"
    return "jsonl" if many else "json"


class _Output:
    """stdout, or a file written in full or not at all (temporary file, then rename)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.tmp: str | None = None
        self.stream: TextIO = sys.stdout

    def __enter__(self) -> TextIO:
        if self.path is not None:
            folder = self.path.parent if str(self.path.parent) else Path(".")
            if not folder.is_dir():
                raise _fail(f"{self.path}: the folder {folder} does not exist")
            fd, self.tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part", dir=folder)
            self.stream = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        return self.stream

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if self.tmp is None:
            self.stream.flush()
            return
        self.stream.close()
        if exc_type is None:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(self.tmp, 0o666 & ~umask)
            os.replace(self.tmp, self.path)  # type: ignore[arg-type]
        else:
            os.unlink(self.tmp)


@app.command(epilog=EXAMPLES)
def extract(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Text files or folders (searched recursively); '-' reads standard input.",
                       show_default=False),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write here instead of standard output (all or nothing).",
                     dir_okay=False),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option("--format", "-f", help="table | json | jsonl. Default: table on a terminal; "
                     "json for one document and jsonl for several when piped or written to a file.",
                     show_default=False),
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
    glob: Annotated[str, typer.Option("--glob", help="Which files to take in folders.")] = "*.txt",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or notes on stderr.")] = False,
) -> None:
    """Extract entities and facts from French text files (or standard input)."""
    from factx.errors import FactxError
    from factx.export import FORMATS

    if fmt is not None and fmt not in FORMATS:
        raise typer.BadParameter(f"{fmt!r} is not one of {', '.join(FORMATS)}", param_hint="--format")
    ref = _check_ref_date(ref_date)
    if not paths:
        if sys.stdin.isatty():
            raise _fail("no input: give a file, a folder, or '-' to read standard input", 2)
        paths = ["-"]
    try:
        code = _run(paths, output, fmt, model, ref, glob, quiet)
    except FactxError as exc:
        raise _fail(str(exc)) from None
    except KeyboardInterrupt:
        raise _fail("interrupted", 130) from None
    raise typer.Exit(code)


def _run(paths: list[str], output: Path | None, fmt: str | None, model: str, ref: str | None,
         glob: str, quiet: bool) -> int:
    from factx.sources import expand

    sources = expand(paths, glob)
    many = len(sources) > 1
    fmt = _choose_format(fmt, output, many)
    if not many:
        return _run_one(sources[0], output, fmt, model, ref, quiet)
    return _run_many(sources, output, fmt, model, ref, quiet)


def _note_encoding(label: str, encoding: str | None, quiet: bool) -> None:
    if encoding and not encoding.startswith("utf-8") and not quiet:
        typer.echo(f"note: {label}: not UTF-8, read as {encoding}", err=True)


def _run_one(source, output: Path | None, fmt: str, model: str, ref: str | None,  # type: ignore[no-untyped-def]
             quiet: bool) -> int:
    from factx.api import TextItem, extract_items
    from factx.pipeline import load_pipeline
    from factx.sources import read_source

    text, encoding = read_source(source)  # InputError -> "Error: ..." with nothing written
    _note_encoding(source.label, encoding, quiet)
    load_pipeline(model)  # ModelError before any output is opened
    item = TextItem(text, doc_id=source.doc_id, path=source.display_path, ref_date=ref, encoding=encoding)
    result = next(extract_items([item], model=model))
    with _Output(output) as out:
        _write(out, result, fmt, output is None)
    return 0


def _run_many(sources, output: Path | None, fmt: str, model: str, ref: str | None,  # type: ignore[no-untyped-def]
              quiet: bool) -> int:
    from factx.api import TextItem, extract_items
    from factx.pipeline import load_pipeline
    from factx.sources import iter_texts
    from factx.types import DocumentInfo, Result

    load_pipeline(model)
    failures: list[str] = []
    errors: dict[int, Result] = {}

    def items() -> Iterator[TextItem]:
        # failed reads are remembered and put back in their place in the output
        for i, (src, text, enc, err) in enumerate(iter_texts(sources)):
            if err is not None:
                errors[i] = Result(DocumentInfo(src.doc_id, src.display_path), error=err)
                typer.echo(f"Error: {err}", err=True)
                failures.append(src.label)
                continue
            _note_encoding(src.label, enc, quiet)
            yield TextItem(text, doc_id=src.doc_id, path=src.display_path, ref_date=ref, encoding=enc)

    def ordered() -> Iterator[Result]:
        index = 0
        for result in extract_items(items(), model=model):
            while index in errors:
                yield errors.pop(index)
                index += 1
            yield result
            index += 1
        for i in sorted(errors):
            yield errors.pop(i)

    with _Output(output) as out, _progress(len(sources), quiet) as advance:
        for result in ordered():
            _write(out, result, fmt, output is None)
            advance()
    if not quiet:
        ok = len(sources) - len(failures)
        typer.echo(f"{ok} document(s) extracted, {len(failures)} failed", err=True)
    return 1 if failures else 0


class _progress:
    """A Rich progress bar on stderr when it is a terminal; otherwise nothing."""

    def __init__(self, total: int, quiet: bool) -> None:
        self.total = total
        self.bar = None
        if not quiet and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self.bar = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
                                TimeRemainingColumn(), console=Console(stderr=True), transient=True)

    def __enter__(self):  # type: ignore[no-untyped-def]
        if self.bar is None:
            return lambda: None
        self.bar.start()
        task = self.bar.add_task("extract", total=self.total)
        return lambda: self.bar.advance(task)  # type: ignore[union-attr]

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def _write(out: TextIO, result, fmt: str, to_terminal: bool) -> None:  # type: ignore[no-untyped-def]
    from factx.export import render_table, to_json, to_jsonl

    if fmt == "json":
        out.write(to_json(result) + "\n")
    elif fmt == "jsonl":
        out.write(to_jsonl(result) + "\n")
    else:
        from rich.console import Console

        console = Console(file=out, force_terminal=None if to_terminal else False, width=None if to_terminal
                          else 120)
        render_table(result, console)
    out.flush()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
