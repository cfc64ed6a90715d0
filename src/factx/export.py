"""Result -> output: JSON, JSON Lines, and the Rich terminal view. One place, stable."""

from __future__ import annotations

import json
from typing import Any

from factx.types import Result

FORMATS = ("table", "json", "jsonl")

TYPE_TITLES = {
    "person": "People",
    "role": "Roles",
    "organization": "Organizations",
    "place": "Places",
    "date": "Dates",
    "figure": "Figures",
    "misc": "Other names",
}


def to_json(result: Result) -> str:
    """One pretty JSON object (2-space indent, non-ASCII kept), no trailing newline."""
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=2)


def to_jsonl(result: Result) -> str:
    """One compact JSON object on one line, no trailing newline."""
    return json.dumps(result.to_dict(), ensure_ascii=False, separators=(",", ":"))


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
    from rich.panel import Panel
    from rich.table import Table

    data = result.to_dict()
    doc = data["document"]
    if result.error is not None:
        console.print(f"[bold red]{doc['id']}[/]: {result.error}")
        return
    head = f"[bold]{doc['id']}[/]"
    if doc.get("path"):
        head += f"  [dim]{doc['path']}[/]"
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
            table.add_row(ent["id"], ent["name"], _details(ent), mentions)
        console.print(table)
    if data["facts"]:
        names = {e["id"]: e["name"] for e in data["entities"]}
        table = Table(title=f"Facts ({len(data['facts'])})", title_justify="left")
        table.add_column("type", style="dim", no_wrap=True)
        table.add_column("fact")
        for fact in data["facts"]:
            table.add_row(fact["type"], _fact_line(fact, names))
        console.print(table)
    else:
        console.print("[dim]No facts.[/]")


def _fact_line(fact: dict[str, Any], names: dict[str, str]) -> str:
    parts = []
    for k, v in fact.items():
        if k in ("type", "evidence", "start", "end") or v is None:
            continue
        if isinstance(v, str) and v in names:
            v = names[v]
        parts.append(f"{k}: {v}")
    return "; ".join(parts)
