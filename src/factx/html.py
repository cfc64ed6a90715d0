"""The HTML view: one self-contained page (inline CSS, no script, no external asset), each
document with its entities highlighted in the text and its facts listed.

Every piece of input text is escaped; entity ids are in the `title` and `data-id` of each
highlight, and each entity row has an anchor (`d<N>-<id>`) that facts link to.
"""

from __future__ import annotations

from html import escape
from typing import Any

from factx import __version__
from factx.writer import TYPE_TITLES, Emit, Writer

COLOURS = {
    "person": "#ffd29e",
    "organization": "#b9dcff",
    "place": "#c3f0b8",
    "role": "#f5c2f0",
    "date": "#fff1a1",
    "figure": "#ffc0c0",
    "misc": "#dddddd",
}
TITLE = "factx: entities and facts"

CSS = """
:root { --ink: #1d1d1f; --muted: #6b6b70; --line: #e3e3e8; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--ink); background: #f6f6f8; display: flex; flex-direction: column; }
header.page { order: -2; }
nav.index { order: -1; padding: .6rem 2rem 0; font-size: .9rem; }
nav.index summary { cursor: pointer; font-weight: 600; }
nav.index ol { columns: 3 16rem; margin: .4rem 0; }
nav.index .count { color: var(--muted); }
nav.index .failed a { color: #a01010; }
header.page { padding: 1rem 2rem; background: #fff; border-bottom: 1px solid var(--line); }
header.page h1 { margin: 0 0 .4rem; font-size: 1.3rem; }
.legend span { display: inline-block; margin: 0 .4rem .2rem 0; padding: 0 .45rem; border-radius: 4px;
  font-size: .85rem; }
main { padding: 1rem 2rem; }
article.doc { background: #fff; border: 1px solid var(--line); border-radius: 8px; margin: 0 0 1.5rem;
  padding: 1rem 1.4rem; }
article.doc h2 { margin: 0; font-size: 1.15rem; }
.meta { color: var(--muted); font-size: .85rem; margin: .2rem 0 .8rem; }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem; }
@media (max-width: 900px) { .layout { grid-template-columns: 1fr; } }
.text { white-space: pre-wrap; font-family: Georgia, "Times New Roman", serif; font-size: 1.02rem; }
mark { padding: 0 .12em; border-radius: 3px; color: inherit; }
mark::after { content: attr(data-id); font: 600 .62rem/1 system-ui, sans-serif; color: #555;
  vertical-align: super; margin-left: .12em; }
aside h3 { font-size: .95rem; margin: .2rem 0 .4rem; }
table.entities { border-collapse: collapse; width: 100%; font-size: .85rem; margin-bottom: 1rem; }
table.entities th, table.entities td { text-align: left; padding: .2rem .4rem;
  border-bottom: 1px solid var(--line); vertical-align: top; }
table.entities td.id { font-family: ui-monospace, monospace; white-space: nowrap; }
.swatch { display: inline-block; padding: 0 .35rem; border-radius: 3px; font-size: .78rem; }
ol.facts { padding-left: 1.3rem; font-size: .9rem; }
ol.facts .ftype { font-weight: 600; }
.quote { font-style: italic; }
.none { color: var(--muted); font-style: italic; }
article.error { border-color: #e5a1a1; background: #fff6f6; }
article.error .reason { color: #a01010; }
footer.page { padding: 0 2rem 2rem; color: var(--muted); font-size: .9rem; }
"""


def _type_css() -> str:
    return "\n".join(f".t-{t} {{ background: {c}; }}" for t, c in COLOURS.items())


def _legend() -> str:
    return "".join(f'<span class="t-{t}">{escape(TYPE_TITLES.get(t, t))}</span>' for t in COLOURS)


def highlight(text: str, entities: list[dict[str, Any]], anchor: str) -> str:
    """The text, escaped, with each entity mention wrapped in a <mark>. Overlapping
    mentions: the one starting first (the longer on a tie) wins."""
    spans = []
    for ent in entities:
        for m in ent["mentions"]:
            if 0 <= m["start"] < m["end"] <= len(text):
                spans.append((m["start"], -m["end"], ent))
    spans.sort(key=lambda s: (s[0], s[1]))
    out = []
    pos = 0
    for start, neg_end, ent in spans:
        end = -neg_end
        if start < pos:
            continue
        out.append(escape(text[pos:start]))
        title = f"{ent['id']} · {ent['type']} · {ent['name']}"
        out.append(f'<mark class="t-{escape(ent["type"])}" data-id="{escape(ent["id"])}" '
                   f'title="{escape(title)}"><a href="#{anchor}-{escape(ent["id"])}" '
                   f'style="color:inherit;text-decoration:none">{escape(text[start:end])}</a></mark>')
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


def _details(ent: dict[str, Any]) -> str:
    parts = []
    for k, v in ent.items():
        if k in ("id", "type", "name", "mentions") or v is None or v == [] or v == {}:
            continue
        parts.append(f"{k}: {', '.join(map(str, v)) if isinstance(v, list) else v}")
    return "; ".join(parts)


def _fact_html(fact: dict[str, Any], names: dict[str, str], anchor: str) -> str:
    parts = [f'<span class="ftype">{escape(str(fact.get("type", "fact")))}</span>']
    for k, v in fact.items():
        if k in ("type", "start", "end", "evidence") or v is None:
            continue
        if isinstance(v, str) and v in names:
            value = f'<a href="#{anchor}-{escape(v)}">{escape(names[v])}</a>'
        elif k == "text":
            value = f'<span class="quote">« {escape(str(v))} »</span>'
        else:
            value = escape(", ".join(map(str, v)) if isinstance(v, list) else str(v))
        parts.append(f"{escape(k)}: {value}")
    return "<li>" + " — ".join([*parts[:1], "; ".join(parts[1:])]) + "</li>"


def document_html(record: dict[str, Any], text: str | None, number: int) -> str:
    """One <article> for one record (and the text it was extracted from)."""
    doc = record["document"]
    anchor = f"d{number}"
    name = escape(str(doc.get("id")))
    path = escape(str(doc["path"])) if doc.get("path") else "standard input"
    if "error" in record:
        return (f'<article class="doc error" id="{anchor}" data-doc-id="{name}">\n<h2>{name}</h2>\n'
                f'<p class="meta">{path}</p>\n<p class="reason">Not extracted: '
                f'{escape(record["error"])}</p>\n</article>\n')
    meta = [path, f"document date: {escape(str(doc.get('ref_date') or 'unknown'))}"
            + (f" (from {escape(doc['ref_date_source'])})" if doc.get("ref_date_source") else ""),
            f"{doc.get('length', 0)} characters"]
    if doc.get("encoding") and not str(doc["encoding"]).startswith("utf-8"):
        meta.append(f"read as {escape(doc['encoding'])}")
    entities = record.get("entities", [])
    facts = record.get("facts", [])
    names = {e["id"]: e["name"] for e in entities}
    body = highlight(text, entities, anchor) if text is not None \
        else '<span class="none">(text not kept)</span>'
    rows = []
    for ent in entities:
        rows.append(f'<tr id="{anchor}-{escape(ent["id"])}"><td class="id">{escape(ent["id"])}</td>'
                    f'<td><span class="swatch t-{escape(ent["type"])}">{escape(ent["type"])}</span></td>'
                    f'<td>{escape(ent["name"])}</td><td>{escape(_details(ent))}</td>'
                    f'<td>{len(ent["mentions"])}</td></tr>')
    table = ('<table class="entities"><thead><tr><th>id</th><th>type</th><th>name</th><th>details</th>'
             '<th>mentions</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>") if rows \
        else '<p class="none">No entities.</p>'
    fact_list = ('<ol class="facts">' + "".join(_fact_html(f, names, anchor) for f in facts) + "</ol>") \
        if facts else '<p class="none">No facts.</p>'
    return (f'<article class="doc" id="{anchor}" data-doc-id="{name}">\n<h2>{name}</h2>\n'
            f'<p class="meta">{" · ".join(meta)}</p>\n<div class="layout">\n'
            f'<div class="text">{body}</div>\n<aside>\n<h3>Entities ({len(entities)})</h3>\n{table}\n'
            f'<h3>Facts ({len(facts)})</h3>\n{fact_list}\n</aside>\n</div>\n</article>\n')


class HtmlWriter(Writer):
    """A page: header and legend, then one <article> per document, then a summary."""

    needs_text = True

    INDEX_MAX = 5000  # documents listed in the index (drawn above the documents by CSS)

    def __init__(self, emit: Emit) -> None:
        super().__init__(emit)
        self.count = 0
        self.errors = 0
        self.index: list[str] = []

    def begin(self) -> None:
        self.emit(
            '<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="generator" content="factx {__version__}">\n<title>{escape(TITLE)}</title>\n'
            f"<style>{CSS}{_type_css()}\n</style>\n</head>\n<body>\n"
            f'<header class="page"><h1>{escape(TITLE)}</h1><div class="legend">{_legend()}</div>'
            "</header>\n<main>\n"
        )

    def write(self, record: dict[str, Any], text: str | None = None) -> None:
        self.count += 1
        failed = "error" in record
        self.errors += failed
        self.emit(document_html(record, text, self.count))
        if len(self.index) < self.INDEX_MAX:
            name = escape(str(record["document"].get("id")))
            what = "not extracted" if failed else \
                f"{len(record.get('entities', []))} entities, {len(record.get('facts', []))} facts"
            css = ' class="failed"' if failed else ""
            self.index.append(f'<li{css}><a href="#d{self.count}">{name}</a> '
                              f'<span class="count">{what}</span></li>')

    def end(self) -> None:
        failed = f", {self.errors} not extracted" if self.errors else ""
        self.emit("</main>\n")
        if self.count > 1:
            more = f"<p>and {self.count - len(self.index)} more</p>" if self.count > len(self.index) else ""
            self.emit(f'<nav class="index"><details><summary>{self.count} documents{failed}</summary>'
                      f'<ol>{"".join(self.index)}</ol>{more}</details></nav>\n')
        self.emit(f'<footer class="page"><p id="summary">{self.count} document(s){failed}. '
                  f"Made by factx {__version__}.</p></footer>\n</body>\n</html>\n")
