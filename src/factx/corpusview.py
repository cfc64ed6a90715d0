"""`factx corpus corpus.db`: what a corpus database says across its articles.

The most present people, organizations and places (by number of articles), each person's
roles over time (role, where, first and last article date), the most quoted speakers with a
sample quote. `summarize()` returns plain data (the `--format json` output, fixed key
order); `render_summary()` draws it with Rich. Article dates filter everything: a document
counts when its date (which may be a month or a year) meets the `since`..`until` period;
with a period, undated documents are left out.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

from factx.corpusdb import connect, date_bounds, identity_is_stale, rebuild_identity
from factx.errors import FactxError

SUMMARY_TYPES = ("person", "organization", "place")
TITLES = {"person": "People", "organization": "Organizations", "place": "Places"}
SAMPLE_CHARS = 160


def parse_date_option(value: str, last: bool) -> str:
    """"2023" -> "2023-01-01" (or "2023-12-31" for `last`); ValueError if it is no date."""
    start, end = date_bounds(value.strip())
    if start is None or end is None:
        raise ValueError(f"{value!r} is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY")
    try:
        dt.date.fromisoformat(start)
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a valid date ({exc})") from None
    return end if last else start


def _window(since: str | None, until: str | None) -> tuple[str, list[str]]:
    """SQL on `d` (documents) for the period, and its parameters."""
    sql, params = [], []
    if since:
        sql.append("d.date_end >= ?")
        params.append(since)
    if until:
        sql.append("d.date_start <= ?")
        params.append(until)
    return (" AND " + " AND ".join(sql)) if sql else "", params


def summarize(path: Path, types: tuple[str, ...] = SUMMARY_TYPES, limit: int = 10,
              since: str | None = None, until: str | None = None) -> dict[str, Any]:
    """The summary of a corpus database as plain data. `since`/`until`: YYYY[-MM[-DD]]."""
    for t in types:
        if t not in SUMMARY_TYPES:
            raise FactxError(f"--type {t!r}: one of {', '.join(SUMMARY_TYPES)}")
    lo = parse_date_option(since, last=False) if since else None
    hi = parse_date_option(until, last=True) if until else None
    conn = connect(path, create=False)
    try:
        if identity_is_stale(conn):  # a run was cut short before it linked the entities
            with contextlib.suppress(sqlite3.OperationalError):  # read-only: the last complete run's
                rebuild_identity(conn)
        return _summary(conn, types, limit, lo, hi)
    finally:
        conn.close()


def _summary(conn: sqlite3.Connection, types: tuple[str, ...], limit: int, lo: str | None,
             hi: str | None) -> dict[str, Any]:
    where, params = _window(lo, hi)
    docs, errors, first, last = conn.execute(
        "SELECT COUNT(*), COUNT(error), MIN(date), MAX(date) FROM documents d WHERE 1 = 1" + where,
        params).fetchone()
    out: dict[str, Any] = {
        "documents": docs,
        "failed": errors,
        "dates": {"first": first, "last": last},
        "period": {"since": lo, "until": hi},
        "top": {},
    }
    for etype in types:
        rows = conn.execute(
            "SELECT c.id, c.name, COUNT(DISTINCT l.doc) AS articles, SUM(e.mentions) AS n, MIN(d.date), "
            "MAX(d.date) FROM corpus_links l JOIN corpus_entities c ON c.id = l.corpus_id "
            "JOIN entities e ON e.doc = l.doc AND e.id = l.entity JOIN documents d ON d.doc = l.doc "
            "WHERE c.type = ?" + where +
            " GROUP BY c.id ORDER BY articles DESC, n DESC, c.name, c.id LIMIT ?",
            [etype, *params, limit]).fetchall()
        out["top"][etype] = [{"id": r[0], "name": r[1], "articles": r[2], "mentions": r[3],
                              "first_date": r[4], "last_date": r[5]} for r in rows]
    if "person" in types:
        out["roles"] = _roles(conn, limit, where, params)
        out["quoted"] = _quoted(conn, limit, where, params)
    return out


def _roles(conn: sqlite3.Connection, limit: int, where: str, params: list[str]) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT c.id, c.name, f.role, COALESCE(co.name, o.name, f.of_name) AS place, "
        "COUNT(DISTINCT f.doc), MIN(d.date), MAX(d.date) "
        "FROM facts f JOIN documents d ON d.doc = f.doc "
        "JOIN corpus_links l ON l.doc = f.doc AND l.entity = f.entity "
        "JOIN corpus_entities c ON c.id = l.corpus_id "
        "LEFT JOIN entities o ON o.doc = f.doc AND o.id = f.of "
        "LEFT JOIN corpus_links lo ON lo.doc = f.doc AND lo.entity = f.of "
        "LEFT JOIN corpus_entities co ON co.id = lo.corpus_id "
        "WHERE f.type = 'role'" + where + " GROUP BY c.id, f.role, place", params).fetchall()
    people: dict[str, dict[str, Any]] = {}
    for cid, name, role, place, articles, first, last in rows:
        person = people.setdefault(cid, {"id": cid, "name": name, "articles": 0, "roles": []})
        person["roles"].append({"role": role, "of": place, "articles": articles, "first_date": first,
                                "last_date": last})
        person["articles"] += articles
    for person in people.values():
        person["roles"].sort(key=lambda r: (r["first_date"] or "9999", r["role"], r["of"] or ""))
    ranked = sorted(people.values(), key=lambda p: (-p["articles"], p["name"], p["id"]))
    return ranked[:limit]


def _quoted(conn: sqlite3.Connection, limit: int, where: str, params: list[str]) -> list[dict[str, Any]]:
    base = ("FROM facts f JOIN documents d ON d.doc = f.doc "
            "JOIN corpus_links l ON l.doc = f.doc AND l.entity = f.entity "
            "JOIN corpus_entities c ON c.id = l.corpus_id WHERE f.type = 'quote'" + where)
    rows = conn.execute(
        "SELECT c.id, c.name, COUNT(*) AS quotes, COUNT(DISTINCT f.doc) " + base +
        " GROUP BY c.id ORDER BY quotes DESC, c.name, c.id LIMIT ?", [*params, limit]).fetchall()
    out = []
    for cid, name, quotes, articles in rows:
        sample = conn.execute(
            "SELECT f.text, d.date, d.id " + base + " AND c.id = ? "
            "ORDER BY d.date IS NULL, d.date DESC, d.doc, f.n LIMIT 1", [*params, cid]).fetchone()
        out.append({"id": cid, "name": name, "quotes": quotes, "articles": articles,
                    "sample": {"text": sample[0], "date": sample[1], "document": sample[2]}})
    return out


def render_summary(data: dict[str, Any], console: Any) -> None:
    """The Rich view of `summarize()`."""
    from rich.markup import escape
    from rich.panel import Panel
    from rich.table import Table

    dates = data["dates"]
    head = f"[bold]{data['documents']} document(s)[/]"
    if data["failed"]:
        head += f" ({data['failed']} failed)"
    if dates["first"]:
        head += f", dated {dates['first']} to {dates['last']}"
    period = data["period"]
    if period["since"] or period["until"]:
        head += f"\nperiod: {period['since'] or '…'} to {period['until'] or '…'}"
    console.print(Panel(head, expand=False))

    def span(first: str | None, last: str | None) -> str:
        if not first:
            return ""
        return first if first == last else f"{first} – {last}"

    for etype, rows in data["top"].items():
        table = Table(title=f"{TITLES[etype]} by number of articles", title_justify="left")
        table.add_column("name", style="bold")
        table.add_column("articles", justify="right")
        table.add_column("mentions", justify="right")
        table.add_column("dates")
        table.add_column("corpus id", style="dim")
        for r in rows:
            table.add_row(escape(r["name"]), str(r["articles"]), str(r["mentions"]),
                          span(r["first_date"], r["last_date"]), escape(r["id"]))
        console.print(table if rows else f"[dim]No {TITLES[etype].lower()}.[/]")
    if data.get("roles"):
        table = Table(title="Roles over time", title_justify="left")
        for col in ("person", "role", "of", "articles", "dates"):
            table.add_column(col, justify="right" if col == "articles" else "left")
        for person in data["roles"]:
            for i, r in enumerate(person["roles"]):
                who = escape(person["name"]) if i == 0 else ""
                table.add_row(who, escape(r["role"]), escape(r["of"] or ""), str(r["articles"]),
                              span(r["first_date"], r["last_date"]))
        console.print(table)
    if data.get("quoted"):
        table = Table(title="Most quoted", title_justify="left")
        table.add_column("speaker", style="bold")
        table.add_column("quotes", justify="right")
        table.add_column("articles", justify="right")
        table.add_column("a quote")
        for q in data["quoted"]:
            text = q["sample"]["text"] or ""
            if len(text) > SAMPLE_CHARS:
                text = text[: SAMPLE_CHARS - 1].rstrip() + "…"
            source = ", ".join(x for x in (q["sample"]["document"], q["sample"]["date"]) if x)
            table.add_row(escape(q["name"]), str(q["quotes"]), str(q["articles"]),
                          escape(f"« {text} » ({source})"))
        console.print(table)
