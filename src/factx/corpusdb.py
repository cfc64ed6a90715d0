"""The corpus database: `factx extract corpus/ -o corpus.db` writes one SQLite file.

Tables (foreign keys on, deleting a document deletes all that hangs from it):

- `documents`: one row per document, its `record` the factx/1 record whole (JSON), so that
  `SELECT record FROM documents ORDER BY doc` gives back the JSON Lines output;
- `entities` (per document, keyed `(doc, id)`), `mentions`, `facts` (roles, quotes, events,
  figure subjects; `data` the fact whole) and `fact_entities` (every entity a fact names);
- `corpus_entities` and `corpus_links`: one corpus id for the same person, organization or
  place across articles, each link with its reason (`factx.corpusid`);
- views `roles` and `quotes`, with names and article dates, for reading by hand.

Writing is in chunks, one transaction each (WAL journal): a run killed at any moment leaves
a database of whole documents; `--resume` adds only the documents whose path and SHA-256
are not in it yet (and replaces those whose file changed). Cross-document identity is
rebuilt from all the entities at the end of a run (and by `factx corpus` if a run was cut
short before it), so that it does not depend on the order documents came in. Standard
library `sqlite3` only.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from factx.errors import FactxError

DB_SCHEMA = "factx-corpus/1"
DB_SUFFIXES = (".db", ".sqlite", ".sqlite3")
CHUNK_DOCS = 8  # documents per transaction (factx.batch.CHUNK_DOCS)

Record = dict[str, Any]

DDL = """
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE documents (
  doc INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  path TEXT,
  source TEXT NOT NULL UNIQUE,          -- the path, or '-' for standard input
  sha256 TEXT,
  date TEXT,                            -- document.ref_date: YYYY-MM-DD, YYYY-MM or YYYY
  date_source TEXT,
  date_start TEXT,                      -- the first and last day the date covers
  date_end TEXT,
  language TEXT,
  length INTEGER,
  encoding TEXT,
  error TEXT,                           -- why the document could not be read or extracted
  record TEXT NOT NULL                  -- the factx/1 record, whole
);
CREATE INDEX documents_date ON documents (date_start, date_end);
CREATE INDEX documents_id ON documents (id);
CREATE TABLE entities (
  doc INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
  id TEXT NOT NULL,                     -- the id within the document: p1, o2, ...
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  value,                                -- dates and figures
  unit TEXT,
  attributes TEXT,                      -- the entity's other fields (civility, aliases, kind...), JSON
  mentions INTEGER NOT NULL,
  PRIMARY KEY (doc, id)
) WITHOUT ROWID;
CREATE INDEX entities_type_name ON entities (type, name);
CREATE INDEX entities_name ON entities (name COLLATE NOCASE);
CREATE TABLE mentions (
  doc INTEGER NOT NULL,
  entity TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  FOREIGN KEY (doc, entity) REFERENCES entities (doc, id) ON DELETE CASCADE
);
CREATE INDEX mentions_entity ON mentions (doc, entity);
CREATE TABLE facts (
  doc INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
  n INTEGER NOT NULL,                   -- its place in the record's facts, from 1
  type TEXT NOT NULL,                   -- role, quote, event, figure
  entity TEXT,                          -- who: the person (role), speaker (quote), subject (figure), event
  role TEXT,
  of TEXT,                              -- role: the organization or place's entity id
  of_name TEXT,                         -- role: a body the text names by no entity
  status TEXT,
  verb TEXT,
  start INTEGER,                        -- the quote, or the evidence
  end INTEGER,
  text TEXT,
  data TEXT NOT NULL,                   -- the fact, whole, JSON
  PRIMARY KEY (doc, n),
  FOREIGN KEY (doc, entity) REFERENCES entities (doc, id) ON DELETE CASCADE,
  FOREIGN KEY (doc, of) REFERENCES entities (doc, id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX facts_type ON facts (type);
CREATE INDEX facts_entity ON facts (doc, entity);
CREATE TABLE fact_entities (
  doc INTEGER NOT NULL,
  fact INTEGER NOT NULL,
  field TEXT NOT NULL,                  -- person, of, speaker, subject, figure, event, date, place
  entity TEXT NOT NULL,
  PRIMARY KEY (doc, fact, field),
  FOREIGN KEY (doc, fact) REFERENCES facts (doc, n) ON DELETE CASCADE,
  FOREIGN KEY (doc, entity) REFERENCES entities (doc, id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX fact_entities_entity ON fact_entities (doc, entity);
CREATE TABLE corpus_entities (
  id TEXT PRIMARY KEY,                  -- p:jean-castex, o:ratp, l:lyon
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  key TEXT NOT NULL,                    -- the folded name
  aliases TEXT NOT NULL,                -- the other names and acronyms seen, JSON
  documents INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  first_date TEXT,
  last_date TEXT
);
CREATE INDEX corpus_entities_type ON corpus_entities (type, documents);
CREATE INDEX corpus_entities_name ON corpus_entities (name COLLATE NOCASE);
CREATE TABLE corpus_links (
  doc INTEGER NOT NULL,
  entity TEXT NOT NULL,
  corpus_id TEXT NOT NULL REFERENCES corpus_entities (id) ON DELETE CASCADE,
  reason TEXT NOT NULL,                 -- why this entity is this corpus entity
  PRIMARY KEY (doc, entity),
  FOREIGN KEY (doc, entity) REFERENCES entities (doc, id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX corpus_links_corpus ON corpus_links (corpus_id);
CREATE VIEW roles AS
  SELECT c.id AS corpus_id, c.name AS person, f.role, COALESCE(co.name, o.name, f.of_name) AS of,
         f.status, d.date, d.id AS document, d.doc, f.text AS evidence
  FROM facts f JOIN documents d ON d.doc = f.doc
  LEFT JOIN corpus_links l ON l.doc = f.doc AND l.entity = f.entity
  LEFT JOIN corpus_entities c ON c.id = l.corpus_id
  LEFT JOIN entities o ON o.doc = f.doc AND o.id = f.of
  LEFT JOIN corpus_links lo ON lo.doc = f.doc AND lo.entity = f.of
  LEFT JOIN corpus_entities co ON co.id = lo.corpus_id
  WHERE f.type = 'role';
CREATE VIEW quotes AS
  SELECT c.id AS corpus_id, COALESCE(c.name, e.name) AS speaker, f.text AS quote, f.verb, d.date,
         d.id AS document, d.doc
  FROM facts f JOIN documents d ON d.doc = f.doc
  LEFT JOIN entities e ON e.doc = f.doc AND e.id = f.entity
  LEFT JOIN corpus_links l ON l.doc = f.doc AND l.entity = f.entity
  LEFT JOIN corpus_entities c ON c.id = l.corpus_id
  WHERE f.type = 'quote';
"""

WHO = {"role": "person", "quote": "speaker", "figure": "subject", "event": "event"}


def is_db_path(path: Path | None) -> bool:
    return path is not None and path.suffix.lower() in DB_SUFFIXES


def connect(path: Path, create: bool = True) -> sqlite3.Connection:
    """An open corpus database (created if need be); FactxError if `path` is something else."""
    if not create and not path.is_file():
        raise FactxError(f"{path}: no such database")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise FactxError(f"{path}: the folder {folder} does not exist")
    try:
        conn = sqlite3.connect(path, isolation_level=None)  # transactions are explicit
        conn.execute("PRAGMA foreign_keys = ON")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "meta" in tables:
            row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            if row is None or row[0] != DB_SCHEMA:
                conn.close()
                raise FactxError(f"{path}: a database of another version ({row[0] if row else '?'}; "
                                 f"this factx writes {DB_SCHEMA})")
        elif tables:
            conn.close()
            raise FactxError(f"{path}: an SQLite database that factx did not write; not touched")
        elif create:
            conn.execute("PRAGMA journal_mode = WAL")
            with transaction(conn):
                _create(conn)
        else:
            conn.close()
            raise FactxError(f"{path}: an empty database, not a factx corpus")
        conn.execute("PRAGMA synchronous = NORMAL")  # WAL: durable at checkpoints, never torn
        return conn
    except sqlite3.DatabaseError as exc:
        raise FactxError(f"{path}: not a database factx can open ({exc})") from None


def _create(conn: sqlite3.Connection) -> None:
    for statement in DDL.split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)",
                     [("schema", DB_SCHEMA), ("identity", "current")])


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


# --- dates ----------------------------------------------------------------------------

def date_bounds(date: str | None) -> tuple[str | None, str | None]:
    """"2023-05" -> ("2023-05-01", "2023-05-31"); what is not a date -> (None, None)."""
    if not date:
        return None, None
    parts = date.split("-")
    if not all(p.isdigit() for p in parts) or len(parts[0]) != 4 or len(parts) > 3:
        return None, None
    if len(parts) == 3:
        return date, date
    if len(parts) == 2:
        return f"{date}-01", f"{date}-31"
    return f"{date}-01-01", f"{date}-12-31"


# --- records -> rows ------------------------------------------------------------------

def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _scalar(value: Any) -> Any:
    return _json(value) if isinstance(value, (dict, list)) else value


def source_of(record: Record) -> str:
    return record["document"].get("path") or "-"


_ENTITY_COLUMNS = ("id", "type", "name", "mentions", "value", "unit")


class _Rows:
    """The rows of one chunk, table by table, for executemany."""

    def __init__(self) -> None:
        self.entities: list[tuple[Any, ...]] = []
        self.mentions: list[tuple[Any, ...]] = []
        self.facts: list[tuple[Any, ...]] = []
        self.fact_entities: list[tuple[Any, ...]] = []

    def add(self, doc: int, record: Record) -> None:
        ids = set()
        for ent in record.get("entities", []):
            ids.add(ent["id"])
            attrs = {k: v for k, v in ent.items() if k not in _ENTITY_COLUMNS}
            self.entities.append((doc, ent["id"], ent["type"], ent["name"], _scalar(ent.get("value")),
                                  ent.get("unit"), _json(attrs) if attrs else None, len(ent["mentions"])))
            self.mentions.extend((doc, ent["id"], m["start"], m["end"], m["text"]) for m in ent["mentions"])
        for n, fact in enumerate(record.get("facts", []), 1):
            who = fact.get(WHO.get(fact["type"], ""))
            evidence = fact.get("evidence") if isinstance(fact.get("evidence"), dict) else {}
            of = fact.get("of")
            start = fact.get("start", evidence.get("start"))
            end = fact.get("end", evidence.get("end"))
            text = fact.get("text") if fact["type"] == "quote" else evidence.get("text", fact.get("text"))
            self.facts.append((doc, n, fact["type"], who if who in ids else None, fact.get("role"),
                               of if of in ids else None, of if of is not None and of not in ids else None,
                               fact.get("status"), fact.get("verb"), start, end, text, _json(fact)))
            for field, value in fact.items():
                if field != "type" and isinstance(value, str) and value in ids:
                    self.fact_entities.append((doc, n, field, value))


class CorpusWriter:
    """Records -> the database, `chunk_docs` documents a transaction.

    `fresh`: the database is emptied in the first transaction (a new run without --resume);
    a run cut short before it leaves the earlier content untouched. A record whose document
    (path) is already in the database replaces it. `close()` writes what is pending (whole
    documents) and, unless the run was cut short, rebuilds the corpus identity.
    """

    def __init__(self, path: Path, fresh: bool = True, chunk_docs: int | None = None) -> None:
        self.path = path
        self.conn = connect(path)
        self.fresh = fresh
        self.chunk_docs = chunk_docs or CHUNK_DOCS
        self.pending: list[Record] = []
        self.written = 0

    def begin(self) -> None:
        """Nothing to write before the documents (the writer interface of factx.export)."""

    def end(self) -> None:
        self.flush()

    def write(self, record: Record, text: str | None = None) -> None:
        self.pending.append(record)
        if len(self.pending) >= self.chunk_docs:
            self.flush()

    def flush(self) -> None:
        if not self.pending and not self.fresh:
            return
        conn = self.conn
        with transaction(conn):
            if self.fresh:
                conn.execute("DELETE FROM documents")
                conn.execute("DELETE FROM corpus_entities")
            rows = _Rows()
            for record in self.pending:
                doc = self._document(record)
                rows.add(doc, record)
            conn.executemany("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows.entities)
            conn.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?)", rows.mentions)
            conn.executemany("INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows.facts)
            conn.executemany("INSERT INTO fact_entities VALUES (?, ?, ?, ?)", rows.fact_entities)
            conn.execute("UPDATE meta SET value = 'stale' WHERE key = 'identity'")
        self.fresh = False
        self.written += len(self.pending)
        self.pending = []

    def _document(self, record: Record) -> int:
        d = record["document"]
        source = source_of(record)
        self.conn.execute("DELETE FROM documents WHERE source = ?", (source,))
        start, end = date_bounds(d.get("ref_date"))
        cur = self.conn.execute(
            "INSERT INTO documents (id, path, source, sha256, date, date_source, date_start, date_end, "
            "language, length, encoding, error, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (d["id"], d.get("path"), source, d.get("sha256"), d.get("ref_date"), d.get("ref_date_source"),
             start, end, d.get("language"), d.get("length"), d.get("encoding"), record.get("error"),
             _json(record)))
        return int(cur.lastrowid)  # type: ignore[arg-type]

    def close(self, complete: bool = True) -> None:
        try:
            self.flush()
            if complete:
                rebuild_identity(self.conn)
        finally:
            self.conn.close()

    def __enter__(self) -> CorpusWriter:
        return self

    def __exit__(self, exc_type: Any, exc: object, tb: object) -> None:
        if exc_type is None:
            self.close()
        elif issubclass(exc_type, KeyboardInterrupt):
            self.close(complete=False)  # the documents done are kept, whole
        else:
            self.conn.close()


class DatabaseResume:
    """--resume with a database: the documents it holds, extracted without error (the same
    interface as `factx.batch.ResumeState`)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.done: set[tuple[str, str]] = set()
        self.dropped = 0
        self.changed: dict[str, str] = {}
        self.kept = 0
        if not path.exists():
            return
        conn = connect(path)
        try:
            for source, sha, error in conn.execute("SELECT source, sha256, error FROM documents"):
                if error is None and sha:
                    self.done.add((source, sha))
                else:
                    self.dropped += 1
        finally:
            conn.close()
        self.kept = len(self.done)

    def is_done(self, path: str | None, sha: str) -> bool:
        return (path or "-", sha) in self.done

    def finish(self) -> None:
        """Nothing to do: a changed document replaced its old rows when it was written."""


# --- cross-document identity ----------------------------------------------------------

def _tag(sha: str | None, source: str) -> str:
    return (sha or hashlib.blake2b(source.encode(), digest_size=8).hexdigest())[:8]


def rebuild_identity(conn: sqlite3.Connection) -> None:
    """corpus_entities and corpus_links from all the entities, in one transaction."""
    from factx.corpusid import LINKED_TYPES, Member, link_entities

    marks = ", ".join("?" * len(LINKED_TYPES))
    rows = conn.execute(
        "SELECT e.doc, d.sha256, d.source, d.id, e.id, e.type, e.name, e.attributes, e.mentions, d.date "
        f"FROM entities e JOIN documents d ON d.doc = e.doc WHERE e.type IN ({marks})",
        tuple(LINKED_TYPES)).fetchall()
    members = []
    for doc, sha, source, label, eid, etype, name, attrs, n, date in rows:
        extra = json.loads(attrs) if attrs else {}
        aliases = tuple(extra.get("aliases") or ())
        members.append(Member(doc, _tag(sha, source), label, eid, etype, name, aliases, n, date,
                              extra.get("civility")))
    entities, links = link_entities(members)
    with transaction(conn):
        conn.execute("DELETE FROM corpus_entities")  # and corpus_links, by cascade
        conn.executemany("INSERT INTO corpus_entities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         [(e.id, e.type, e.name, e.key, _json(e.aliases), e.documents, e.mentions,
                           e.first_date, e.last_date) for e in entities])
        conn.executemany("INSERT INTO corpus_links VALUES (?, ?, ?, ?)",
                         [(x.doc, x.entity, x.corpus_id, x.reason) for x in links])
        conn.execute("UPDATE meta SET value = 'current' WHERE key = 'identity'")


def identity_is_stale(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT value FROM meta WHERE key = 'identity'").fetchone()
    return row is None or row[0] != "current"
