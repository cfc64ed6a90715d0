"""Records -> output: JSON, JSON Lines, CSV, HTML and the Rich terminal view. One place,
stable.

A record is `Result.to_dict()` (the factx/1 contract), possibly with `document.sha256`.
Writers are streaming: `begin()`, `write(record, text)` per document, `end()`, and every
call hands whole units (a line, a row, a document) to `emit`, so that an output file never
ends in the middle of a record.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from factx.types import Result
from factx.writer import TYPE_TITLES, Emit, Writer

FORMATS = ("table", "json", "jsonl", "csv", "html")
CSV_TABLES = ("entities", "facts")
SUFFIX_FORMATS = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
                  ".html": "html", ".htm": "html", ".txt": "table"}


def dumps_pretty(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def dumps_line(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def to_json(result: Result) -> str:
    """One pretty JSON object (2-space indent, non-ASCII kept), no trailing newline."""
    return dumps_pretty(result.to_dict())


def to_jsonl(result: Result) -> str:
    """One compact JSON object on one line, no trailing newline."""
    return dumps_line(result.to_dict())


# --- writers --------------------------------------------------------------------------

class JsonlWriter(Writer):
    def write(self, record: dict[str, Any], text: str | None = None) -> None:
        self.emit(dumps_line(record) + "\n")


class JsonWriter(Writer):
    """One document: one pretty object. Several: a JSON array of them."""

    def __init__(self, emit: Emit, many: bool) -> None:
        super().__init__(emit)
        self.many = many
        self.count = 0

    def begin(self) -> None:
        if self.many:
            self.emit("[")

    def write(self, record: dict[str, Any], text: str | None = None) -> None:
        body = dumps_pretty(record)
        if self.many:
            body = ("," if self.count else "") + "\n" + "\n".join("  " + x for x in body.split("\n"))
        else:
            body += "\n"
        self.count += 1
        self.emit(body)

    def end(self) -> None:
        if self.many:
            self.emit("\n]\n" if self.count else "]\n")


ENTITY_COLUMNS = ["doc_id", "path", "entity_id", "type", "name", "mention", "start", "end",
                  "value", "unit", "attributes", "error"]
FACT_COLUMNS = ["doc_id", "path", "fact", "type", "start", "end", "text", "fields", "entities", "error"]


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


def entity_rows(record: dict[str, Any]) -> list[list[Any]]:
    """One row per entity mention (an entity mentioned 3 times gives 3 rows, same id); a
    document with no entity gives one row with only its id and path, so that every
    document read is in the table."""
    doc = record["document"]
    if "error" in record:
        return [[doc["id"], doc.get("path") or "", "", "", "", "", "", "", "", "", "", record["error"]]]
    rows = []
    for ent in record.get("entities", []):
        attrs = {k: v for k, v in ent.items() if k not in ("id", "type", "name", "mentions", "value", "unit")}
        for m in ent["mentions"]:
            rows.append([doc["id"], doc.get("path") or "", ent["id"], ent["type"], ent["name"], m["text"],
                         m["start"], m["end"], _cell(ent.get("value")), _cell(ent.get("unit")),
                         _cell(attrs) if attrs else "", ""])
    return rows or [[doc["id"], doc.get("path") or "", *[""] * (len(ENTITY_COLUMNS) - 2)]]


def fact_rows(record: dict[str, Any]) -> list[list[Any]]:
    """One row per fact; `fields` holds its other fields as JSON, `entities` the names of
    the entities it refers to ("p1=Hélène Gagnon; o1=..."); a document with no fact gives
    one row with only its id and path."""
    doc = record["document"]
    if "error" in record:
        return [[doc["id"], doc.get("path") or "", "", "", "", "", "", "", "", record["error"]]]
    names = {e["id"]: e["name"] for e in record.get("entities", [])}
    rows = []
    for i, fact in enumerate(record.get("facts", []), 1):
        fields = {k: v for k, v in fact.items() if k not in ("type", "start", "end", "text")}
        refs = [v for v in fields.values() if isinstance(v, str) and v in names]
        refs += [x for v in fields.values() if isinstance(v, list)
                 for x in v if isinstance(x, str) and x in names]
        rows.append([doc["id"], doc.get("path") or "", i, fact["type"], _cell(fact.get("start")),
                     _cell(fact.get("end")), _cell(fact.get("text")), _cell(fields) if fields else "",
                     "; ".join(f"{r}={names[r]}" for r in dict.fromkeys(refs)), ""])
    return rows or [[doc["id"], doc.get("path") or "", *[""] * (len(FACT_COLUMNS) - 2)]]


class CsvWriter(Writer):
    def __init__(self, emit: Emit, table: str = "entities") -> None:
        super().__init__(emit)
        if table not in CSV_TABLES:
            raise ValueError(f"unknown CSV table {table!r}")
        self.table = table

    def _rows(self, rows: list[list[Any]]) -> str:
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows(rows)
        return buf.getvalue()

    def begin(self) -> None:
        self.emit(self._rows([ENTITY_COLUMNS if self.table == "entities" else FACT_COLUMNS]))

    def write(self, record: dict[str, Any], text: str | None = None) -> None:
        self.emit(self._rows(entity_rows(record) if self.table == "entities" else fact_rows(record)))


class TableWriter(Writer):
    """The Rich view, document after document."""

    def __init__(self, emit: Emit, to_terminal: bool) -> None:
        super().__init__(emit)
        import shutil

        from rich.console import Console

        self.buffer = io.StringIO()
        width = shutil.get_terminal_size().columns if to_terminal else 120
        self.console = Console(file=self.buffer, force_terminal=to_terminal, width=width,
                               color_system="auto" if to_terminal else None)

    def write(self, record: dict[str, Any], text: str | None = None) -> None:
        render_record(record, self.console)
        self.emit(self.buffer.getvalue())
        self.buffer.seek(0)
        self.buffer.truncate()


def make_writer(fmt: str, emit: Emit, *, many: bool, csv_table: str = "entities",
                to_terminal: bool = False) -> Writer:
    if fmt == "jsonl":
        return JsonlWriter(emit)
    if fmt == "json":
        return JsonWriter(emit, many)
    if fmt == "csv":
        return CsvWriter(emit, csv_table)
    if fmt == "html":
        from factx.html import HtmlWriter

        return HtmlWriter(emit)
    if fmt == "table":
        return TableWriter(emit, to_terminal)
    raise ValueError(f"unknown format {fmt!r}")


# --- the Rich view --------------------------------------------------------------------

def _details(ent: dict[str, Any]) -> str:
    skip = {"id", "type", "name", "mentions"}
    parts = []
    for k, v in ent.items():
        if k in skip or v is None or v == [] or v == {}:
            continue
        parts.append(f"{k}={v}" if not isinstance(v, list) else f"{k}={', '.join(map(str, v))}")
    return "  ".join(parts)


def render_table(result: Result, console: Any) -> None:
    """The readable view: a header, entities grouped by type, facts below."""
    render_record(result.to_dict(), console)


def render_record(data: dict[str, Any], console: Any) -> None:
    """The readable view of one record (see `render_table`)."""
    from rich.markup import escape
    from rich.panel import Panel
    from rich.table import Table

    doc = data["document"]
    if "error" in data:
        console.print(f"[bold red]{escape(doc['id'])}[/]: {escape(data['error'])}")
        return
    head = f"[bold]{escape(doc['id'])}[/]"
    if doc.get("path"):
        head += f"  [dim]{escape(doc['path'])}[/]"
    date = doc.get("ref_date") or "unknown"
    src = f" (from {doc['ref_date_source']})" if doc.get("ref_date_source") else ""
    head += f"\ndocument date: {date}{src}   length: {doc['length']} characters"
    console.print(Panel(head, expand=False))
    by_type: dict[str, list[dict[str, Any]]] = {}
    for ent in data["entities"]:
        by_type.setdefault(ent["type"], []).append(ent)
    for etype, title in TYPE_TITLES.items():
        ents = by_type.get(etype)
        if not ents:
            continue
        table = Table(title=f"{title} ({len(ents)})", title_justify="left", show_lines=False)
        table.add_column("id", style="dim", no_wrap=True)
        table.add_column("name", style="bold")
        table.add_column("details")
        table.add_column("mentions")
        for ent in ents:
            forms = sorted({m["text"] for m in ent["mentions"]} - {ent["name"]})
            mentions = f"{len(ent['mentions'])}×" + (f"  {'; '.join(forms)}" if forms else "")
            table.add_row(ent["id"], escape(ent["name"]), escape(_details(ent)), escape(mentions))
        console.print(table)
    if data["facts"]:
        names = {e["id"]: e["name"] for e in data["entities"]}
        table = Table(title=f"Facts ({len(data['facts'])})", title_justify="left")
        table.add_column("type", style="dim", no_wrap=True)
        table.add_column("fact")
        for fact in data["facts"]:
            table.add_row(fact["type"], escape(fact_line(fact, names)))
        console.print(table)
    else:
        console.print("[dim]No facts.[/]")


def fact_line(fact: dict[str, Any], names: dict[str, str]) -> str:
    parts = []
    for k, v in fact.items():
        if k in ("type", "evidence", "start", "end") or v is None:
            continue
        if isinstance(v, str) and v in names:
            v = names[v]
        parts.append(f"{k}: {v}")
    return "; ".join(parts)
