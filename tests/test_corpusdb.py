"""The corpus database (issue 15): what it holds against the JSON Lines output, cross-document
identity as a table of cases, --resume, a run killed in the middle of a transaction, and the
`factx corpus` summary."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factx.cli import app
from factx.corpusdb import CorpusWriter, DatabaseResume, connect, date_bounds
from factx.corpusid import Member, is_acronym, link_entities, name_key
from test_batch import big_corpus, interrupt_at

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

TEXTS = {
    "a-nantes": "Nantes, le 12 janvier 2023 – La présidente de la Communauté urbaine de Nantes (CUN), Mme "
                "Isabelle Fortin, a présenté hier un plan de 30 millions d’euros pour le tramway. « Nous "
                "voulons des transports propres pour tous les habitants », a déclaré Isabelle Fortin devant "
                "les élus.\n",
    "b-port": "Saint-Nazaire, le 4 septembre 2024 – Isabelle Fortin, ministre de l’Écologie, a visité mardi "
              "le port de Saint-Nazaire. « Le port doit devenir un modèle pour toute la façade atlantique », "
              "a affirmé Mme Fortin. La CUN a salué cette visite, comme M. Paul Fortin, maire de "
              "Saint-Nazaire.\n",
    "c-budget": "Rimouski, le 4 avril 2022 – Le maire de Rimouski, Guy Caron, a présenté hier un budget de "
                "12 millions de dollars.\n",
}


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    for name, text in TEXTS.items():
        (root / f"{name}.txt").write_text(text, encoding="utf-8")
    return root


def _extract(runner: CliRunner, *args: str) -> Any:
    result = runner.invoke(app, ["extract", "-j", "1", *args])
    assert result.exit_code == 0, result.stderr
    return result


def _counts_jsonl(records: list[dict[str, Any]]) -> dict[str, int]:
    ok = [r for r in records if "error" not in r]
    return {
        "documents": len(records),
        "entities": sum(len(r["entities"]) for r in ok),
        "mentions": sum(len(e["mentions"]) for r in ok for e in r["entities"]),
        "facts": sum(len(r["facts"]) for r in ok),
    }


def _counts_db(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("documents", "entities", "mentions", "facts")}
    finally:
        conn.close()


def _check_consistent(path: Path) -> sqlite3.Connection:
    """Opens, passes SQLite's checks, and every document has all of its record's rows."""
    conn = connect(path, create=False)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    for doc, record in conn.execute("SELECT doc, record FROM documents"):
        rec = json.loads(record)
        n_ent = conn.execute("SELECT COUNT(*) FROM entities WHERE doc = ?", (doc,)).fetchone()[0]
        n_facts = conn.execute("SELECT COUNT(*) FROM facts WHERE doc = ?", (doc,)).fetchone()[0]
        assert (n_ent, n_facts) == (len(rec.get("entities", [])), len(rec.get("facts", [])))
    return conn


# --- what the database holds ----------------------------------------------------------

def test_samples_database_holds_what_the_jsonl_holds(runner: CliRunner, tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    jsonl, db = tmp_path / "out.jsonl", tmp_path / "out.db"
    _extract(runner, str(SAMPLES), "-o", str(jsonl))
    _extract(runner, str(SAMPLES), "-o", str(db))
    lines = jsonl.read_text(encoding="utf-8").splitlines()
    assert _counts_db(db) == _counts_jsonl([json.loads(x) for x in lines])
    conn = _check_consistent(db)
    # the record is kept whole: the JSON Lines output comes back from the database
    assert [r[0] for r in conn.execute("SELECT record FROM documents ORDER BY doc")] == lines
    roles = conn.execute("SELECT person, role, of FROM roles WHERE document = 'paris-transports' "
                         "ORDER BY person").fetchall()
    assert ("Jean Castex", "président-directeur général", "Régie autonome des transports parisiens") in roles
    conn.close()


def test_eval_articles_database_holds_what_the_jsonl_holds(runner: CliRunner, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                            eval_dir: Path, nlp) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from splits import gold_ids, split

    paths = []
    for name in ("wikinews_dev", "regional_dev"):
        working = split(name, gold_ids(eval_dir / f"{name}.jsonl"))["working"]  # never the blind part
        paths += [str(eval_dir / name / f"{doc_id}.txt") for doc_id in working[:12]]
    jsonl = tmp_path / "eval.jsonl"
    _extract(runner, *paths, "-o", str(jsonl))
    records = [json.loads(x) for x in jsonl.read_text(encoding="utf-8").splitlines()]
    db = tmp_path / "eval.db"
    with CorpusWriter(db) as writer:  # what the CLI does with the same records
        for rec in records:
            writer.write(rec)
    assert _counts_db(db) == _counts_jsonl(records)
    conn = _check_consistent(db)
    linked = conn.execute("SELECT COUNT(*) FROM entities WHERE type IN ('person', 'organization', 'place')"
                          ).fetchone()[0]
    assert conn.execute("SELECT COUNT(*) FROM corpus_links").fetchone()[0] == linked
    n_facts = conn.execute("SELECT COUNT(*) FROM facts").fetchone()[0]
    assert n_facts == sum(len(r.get("facts", [])) for r in records)
    conn.close()


# --- cross-document identity ----------------------------------------------------------

def _members(rows: list[tuple[Any, ...]]) -> list[Member]:
    """Rows of (article, type, name, aliases[, civility])."""
    return [Member(doc=row[0], doc_tag=f"t{row[0]}", doc_label=f"art{row[0]}", entity=f"e{i}", type=row[1],
                   name=row[2], aliases=row[3], date=f"2024-01-{row[0]:02d}",
                   civility=row[4] if len(row) > 4 else None)
            for i, row in enumerate(rows)]


PER, ORG, LOC = "person", "organization", "place"

MERGES = [
    # (entities as (article, type, name, aliases), groups of entities sharing one corpus id)
    pytest.param([(1, PER, "Hélène Gagnon", ()), (2, PER, "Helene GAGNON", ()),
                  (3, PER, "Hélène Gagnon", ())],
                 [{0, 1, 2}], id="same person in three articles, accents and case folded"),
    pytest.param([(1, PER, "Jean Martin", ()), (2, PER, "Marie Martin", ())],
                 [{0}, {1}], id="two people sharing a surname"),
    pytest.param([(1, PER, "Claude Martin", (), "M."), (2, PER, "Claude Martin", (), "Mme"),
                  (3, PER, "Claude Martin", ()), (4, PER, "Claude Martin", (), "Madame")],
                 [{0}, {1, 3}, {2}], id="one name, a man here and a woman there"),
    pytest.param([(1, PER, "Claude Martin", (), "M."), (2, PER, "Claude Martin", ()),
                  (3, PER, "Claude Martin", (), "Dr")],
                 [{0, 1, 2}], id="a civility on one side only"),
    pytest.param([(1, PER, "Martin", ()), (2, PER, "Martin", ()), (3, PER, "Jean Martin", ())],
                 [{0}, {1}, {2}], id="a surname alone is never linked"),
    pytest.param([(1, PER, "Mme Doussin", ()), (2, PER, "Carole Doussin", ())],
                 [{0}, {1}], id="civility-only mention"),
    pytest.param([(1, PER, "M. Jean Castex", ()), (2, PER, "Jean Castex", ())],
                 [{0, 1}], id="civility dropped from a full name"),
    pytest.param([(1, ORG, "Organisation mondiale de la santé", ("OMS",)), (2, ORG, "OMS", ())],
                 [{0, 1}], id="acronym here, its expansion there"),
    pytest.param([(1, ORG, "OMS", ()), (2, ORG, "Organisation mondiale de la Santé", ("OMS",))],
                 [{0, 1}], id="expansion in a later article"),
    pytest.param([(1, ORG, "Agence régionale de santé", ()), (2, ORG, "ARS", ())],
                 [{0}, {1}], id="shared initials are no evidence"),
    pytest.param([(1, ORG, "Agence France-Presse", ("AFP",)), (2, ORG, "AFP", ()),
                  (3, ORG, "Association de financement du PS", ())],
                 [{0, 1}, {2}], id="an acronym goes to the expansion written with it"),
    pytest.param([(1, ORG, "la Commission", ()), (2, ORG, "Commission", ()),
                  (3, ORG, "Commission européenne", ())],
                 [{0}, {1}, {2}], id="a generic head alone"),
    pytest.param([(1, ORG, "Parti communiste", ("PC",)), (2, ORG, "Parti conservateur", ("PC",)),
                  (3, ORG, "PC", ())],
                 [{0}, {1}, {2}], id="acronym written with two expansions"),
    pytest.param([(1, ORG, "la SNCF", ()), (2, ORG, "SNCF", ())], [{0, 1}], id="leading article"),
    pytest.param([(1, PER, "Jean Castex", ()), (2, PER, "J. Castex", ())], [{0, 1}], id="initialled name"),
    pytest.param([(1, PER, "Jean Castex", ()), (2, PER, "Jacques Castex", ()), (3, PER, "J. Castex", ())],
                 [{0}, {1}, {2}], id="initialled name fitting two people"),
    pytest.param([(1, PER, "Paris Hilton", ()), (2, LOC, "Paris", ()), (3, ORG, "Paris", ())],
                 [{0}, {1}, {2}], id="types never mix"),
    pytest.param([(1, LOC, "Saint-Étienne", ()), (2, LOC, "Saint Etienne", ())], [{0, 1}],
                 id="hyphen folded"),
]


@pytest.mark.parametrize(("rows", "groups"), MERGES)
def test_cross_document_identity(rows: list[tuple[Any, ...]], groups: list[set[int]]) -> None:
    members = _members(rows)
    entities, links = link_entities(members)
    by_entity = {(x.doc, x.entity): x for x in links}
    ids = [by_entity[(m.doc, m.entity)].corpus_id for m in members]
    found = sorted(({i for i, c in enumerate(ids) if c == cid} for cid in set(ids)), key=min)
    assert found == groups
    assert len(entities) == len(groups)
    assert all(x.reason for x in links)


def test_links_say_why_and_ids_do_not_depend_on_order() -> None:
    rows = [(1, ORG, "Organisation mondiale de la santé", ("OMS",)), (2, ORG, "OMS", ()),
            (3, PER, "Mme Doussin", ()), (4, PER, "Carole Doussin", ()), (5, PER, "C. Doussin", ()),
            (6, ORG, "Agence régionale de santé", ()), (7, ORG, "ARS", ())]
    entities, links = link_entities(_members(rows))
    reasons = {x.doc: (x.corpus_id, x.reason) for x in links}
    assert reasons[2] == ("o:organisation-mondiale-de-la-sante",
                          "written with Organisation mondiale de la santé in art1")
    assert reasons[3][1] == "surname only: never linked across articles"
    assert reasons[5] == ("p:carole-doussin", "initials of Carole Doussin")
    assert reasons[7] == ("o:ars", "same name")
    oms = next(e for e in entities if e.id == "o:organisation-mondiale-de-la-sante")
    assert (oms.name, oms.aliases, oms.documents, oms.first_date, oms.last_date) == \
        ("Organisation mondiale de la santé", ["OMS"], 2, "2024-01-01", "2024-01-02")
    again = link_entities(reversed(_members(rows)))
    assert again == (entities, links)


@pytest.mark.parametrize(("name", "etype", "key"), [
    ("Mme Carole Doussin", PER, "carole doussin"),
    ("J.-P. Raffarin", PER, "j p raffarin"),
    ("L’Oréal", ORG, "oreal"),
    ("Les Républicains", ORG, "republicains"),
    ("O.N.U.", ORG, "onu"),
    ("Le Havre", LOC, "havre"),
])
def test_name_keys(name: str, etype: str, key: str) -> None:
    assert name_key(name, etype) == key


@pytest.mark.parametrize(("name", "expected"), [("RATP", True), ("O.N.U.", True), ("AT&T", True),
                                                ("Paris", False), ("A", False), ("Parti communiste", False)])
def test_acronyms(name: str, expected: bool) -> None:
    assert is_acronym(name) is expected


@pytest.mark.parametrize(("date", "bounds"), [("2023-05-17", ("2023-05-17", "2023-05-17")),
                                              ("2023-05", ("2023-05-01", "2023-05-31")),
                                              ("2023", ("2023-01-01", "2023-12-31")),
                                              ("2025-SP", (None, None)), (None, (None, None))])
def test_document_date_bounds(date: str | None, bounds: tuple[str | None, str | None]) -> None:
    assert date_bounds(date) == bounds


# --- resume and killed runs -----------------------------------------------------------

def test_resume_adds_each_document_exactly_once(runner: CliRunner, corpus: Path, tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "corpus.sqlite"
    _extract(runner, str(corpus), "-o", str(db))
    fresh = _counts_db(db)
    assert fresh["documents"] == 3
    result = _extract(runner, str(corpus), "-o", str(db), "--resume")
    assert "0 document(s) extracted, 0 failed, 3 already in" in result.stderr
    assert _counts_db(db) == fresh

    (corpus / "d-new.txt").write_text("Le maire de Brest, M. Yann Le Goff, a inauguré lundi la nouvelle "
                                      "médiathèque.\n", encoding="utf-8")
    (corpus / "c-budget.txt").write_text(TEXTS["c-budget"].replace("Guy Caron", "Marie Caron"),
                                         encoding="utf-8")
    result = _extract(runner, str(corpus), "-o", str(db), "--resume")
    assert "2 document(s) extracted, 0 failed, 2 already in" in result.stderr
    conn = _check_consistent(db)
    sources = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY id")]
    assert sources == ["a-nantes", "b-port", "c-budget", "d-new"]
    names = {r[0] for r in conn.execute("SELECT name FROM entities WHERE type = 'person'")}
    assert "Marie Caron" in names and "Guy Caron" not in names
    conn.close()
    # without --resume the database is written afresh
    _extract(runner, str(corpus), "-o", str(db))
    assert _counts_db(db)["documents"] == 4


def test_an_interrupted_run_keeps_whole_documents_and_resume_finishes_it(
    runner: CliRunner, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, nlp  # type: ignore[no-untyped-def]
) -> None:
    import factx.batch
    import factx.corpusdb

    fresh = tmp_path / "fresh.db"
    _extract(runner, str(corpus), "-o", str(fresh))
    monkeypatch.setattr(factx.batch, "CHUNK_DOCS", 1)
    monkeypatch.setattr(factx.corpusdb, "CHUNK_DOCS", 1)
    db = tmp_path / "out.db"
    with interrupt_at(monkeypatch, "Rimouski"):
        result = runner.invoke(app, ["extract", "-j", "1", str(corpus), "-o", str(db)])
    assert result.exit_code == 130
    assert "2 document(s) written to" in result.stderr and "--resume" in result.stderr
    conn = _check_consistent(db)
    assert [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY doc")] == ["a-nantes", "b-port"]
    conn.close()
    result = _extract(runner, str(corpus), "-o", str(db), "--resume")
    assert "1 document(s) extracted, 0 failed, 2 already in" in result.stderr
    a, b = connect(db, create=False), connect(fresh, create=False)
    assert list(a.iterdump()) == list(b.iterdump())
    a.close()
    b.close()


KILLER = textwrap.dedent("""
    import json, os, sys
    from pathlib import Path
    import factx.corpusdb as cdb
    records = json.loads(sys.stdin.read())
    real = cdb._Rows.add
    seen = []
    def add(self, doc, record):
        seen.append(doc)
        real(self, doc, record)
        if len(seen) == 11:  # the third document of the second transaction, rows half written
            os._exit(9)
    cdb._Rows.add = add
    writer = cdb.CorpusWriter(Path(sys.argv[1]), chunk_docs=8)
    for rec in records:
        writer.write(rec)
    writer.close()
""")


def _sample_records(n: int) -> list[dict[str, Any]]:
    base = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((SAMPLES / "expected").glob("*.json"))]
    out = []
    for i in range(n):
        rec = json.loads(json.dumps(base[i % len(base)]))
        rec["document"]["path"] = f"corpus/{i:02d}-{rec['document']['id']}.txt"
        rec["document"]["id"] = f"{i:02d}-{rec['document']['id']}"
        rec["document"]["sha256"] = f"{i:064x}"
        out.append(rec)
    return out


def test_a_run_killed_mid_transaction_leaves_whole_documents_and_resume_completes(tmp_path: Path) -> None:
    records = _sample_records(20)
    db = tmp_path / "killed.db"
    proc = subprocess.run([sys.executable, "-c", KILLER, str(db)], input=json.dumps(records), text=True,
                          capture_output=True, timeout=120)
    assert proc.returncode == 9, proc.stderr
    conn = _check_consistent(db)
    assert conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 8  # the first chunk, whole
    assert conn.execute("SELECT value FROM meta WHERE key = 'identity'").fetchone()[0] == "stale"
    conn.close()
    from factx.corpusview import summarize

    summary = summarize(db, limit=50)  # links the entities of the documents it holds first
    assert summary["documents"] == 8
    assert "p:jean-castex" in {p["id"] for p in summary["top"]["person"]}
    conn = connect(db, create=False)
    assert conn.execute("SELECT value FROM meta WHERE key = 'identity'").fetchone()[0] == "current"
    conn.close()

    state = DatabaseResume(db)
    todo = [r for r in records if not state.is_done(r["document"]["path"], r["document"]["sha256"])]
    assert len(todo) == 12
    with CorpusWriter(db, fresh=False) as writer:
        for rec in todo:
            writer.write(rec)
    whole = tmp_path / "whole.db"
    with CorpusWriter(whole) as writer:
        for rec in records:
            writer.write(rec)
    assert _counts_db(db) == _counts_db(whole) == _counts_jsonl(records)
    a, b = connect(db, create=False), connect(whole, create=False)
    assert list(a.iterdump()) == list(b.iterdump())  # the same database as a run never killed
    a.close()
    b.close()


@pytest.mark.slow
def test_sigkill_of_the_command_leaves_a_database_that_resume_completes(tmp_path: Path) -> None:
    import signal
    import time

    corpus = big_corpus(tmp_path, TEXTS, 40)
    db = tmp_path / "out.db"
    cmd = [sys.executable, "-m", "factx.cli", "extract", str(corpus), "-o", str(db), "-j", "1",
           "--model", "fr_core_news_sm", "-q"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 300
    done = 0
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
                done = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        except sqlite3.Error:
            done = 0
        if done:
            break
        time.sleep(0.05)
    if proc.poll() is not None:
        pytest.skip("the run ended before it could be killed")
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    conn = _check_consistent(db)
    kept = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    conn.close()
    assert 0 < kept < 40
    result = subprocess.run([*cmd[:-1], "--resume"], capture_output=True, text=True, timeout=600,
                            env={**os.environ, "COLUMNS": "100"})
    assert result.returncode == 0, result.stderr
    assert f"{40 - kept} document(s) extracted, 0 failed, {kept} already in" in result.stderr
    conn = _check_consistent(db)
    ids = sorted(r[0] for r in conn.execute("SELECT id FROM documents"))
    assert ids == sorted(p.stem for p in corpus.iterdir())
    conn.close()


# --- the summary ----------------------------------------------------------------------

def test_corpus_summary(runner: CliRunner, corpus: Path, tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "corpus.db"
    _extract(runner, str(corpus), "-o", str(db))
    result = runner.invoke(app, ["corpus", str(db), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["documents"] == 3 and data["dates"] == {"first": "2022-04-04", "last": "2024-09-04"}
    top = data["top"]["person"][0]
    assert (top["id"], top["articles"], top["first_date"], top["last_date"]) == \
        ("p:isabelle-fortin", 2, "2023-01-12", "2024-09-04")
    assert "p:paul-fortin" in {p["id"] for p in data["top"]["person"]}  # a namesake, apart
    cun = [o for o in data["top"]["place"] + data["top"]["organization"] if "Communauté urbaine" in o["name"]]
    assert [o["articles"] for o in cun] == [2]  # "CUN" alone in the second article joins its expansion
    quoted = data["quoted"][0]
    assert (quoted["id"], quoted["quotes"], quoted["sample"]["document"]) == \
        ("p:isabelle-fortin", 2, "b-port")
    roles = {(p["id"], r["role"], r["of"]) for p in data["roles"] for r in p["roles"]}
    assert ("p:paul-fortin", "maire", "Saint-Nazaire") in roles
    assert ("p:guy-caron", "maire", "Rimouski") in roles

    result = runner.invoke(app, ["corpus", str(db), "-f", "json", "--since", "2024", "--type", "organization",
                                 "--type", "place", "-n", "1"])
    data = json.loads(result.stdout)
    assert data["documents"] == 1 and "roles" not in data
    assert set(data["top"]) == {"organization", "place"} and len(data["top"]["place"]) == 1
    result = runner.invoke(app, ["corpus", str(db), "-f", "json", "--until", "2022-12"])
    assert [p["id"] for p in json.loads(result.stdout)["top"]["person"]] == ["p:guy-caron"]

    result = runner.invoke(app, ["corpus", str(db), "-f", "table"])
    assert result.exit_code == 0
    assert "Isabelle Fortin" in result.stdout and "Roles over time" in result.stdout
    assert "Most quoted" in result.stdout


@pytest.mark.parametrize(("args", "code", "message"), [
    (["--since", "2024-13"], 2, "not a valid date"),
    (["--since", "hier"], 2, "YYYY-MM-DD"),
    (["--type", "date"], 2, "person, organization, place"),
    (["-f", "csv"], 2, "table, json"),
])
def test_corpus_usage_errors(runner: CliRunner, tmp_path: Path, args: list[str], code: int,
                             message: str) -> None:
    db = tmp_path / "x.db"
    CorpusWriter(db).close()
    result = runner.invoke(app, ["corpus", str(db), *args])
    assert result.exit_code == code
    assert message in result.stderr


def test_not_a_factx_database(runner: CliRunner, tmp_path: Path, corpus: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    result = runner.invoke(app, ["corpus", str(other)])
    assert result.exit_code == 1 and "Error:" in result.stderr and "did not write" in result.stderr
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(other), "-j", "1"])
    assert result.exit_code == 1 and "did not write" in result.stderr
    with sqlite3.connect(other) as conn:  # left as it was
        assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("t",)]
    result = runner.invoke(app, ["corpus", str(tmp_path / "missing.db")])
    assert result.exit_code == 1 and "no such database" in result.stderr
    result = runner.invoke(app, ["extract", str(corpus), "-f", "sqlite"])
    assert result.exit_code == 2 and "needs -o FILE" in result.stderr


@pytest.mark.slow
def test_worker_processes_and_dask_write_the_same_database(runner: CliRunner, tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "ten"
    root.mkdir()
    for i in range(10):  # more than cli.SMALL_RUN, so that -j 2 does start two workers
        name = list(TEXTS)[i % len(TEXTS)]
        (root / f"{i:02d}-{name}.txt").write_text(TEXTS[name], encoding="utf-8")

    def dump(*args: str) -> list[str]:
        db = tmp_path / f"run{len(list(tmp_path.glob('run*.db')))}.db"
        result = runner.invoke(app, ["extract", str(root), "-o", str(db), "-q", *args])
        assert result.exit_code == 0, result.stderr
        conn = connect(db, create=False)
        try:
            return list(conn.iterdump())
        finally:
            conn.close()

    inline = dump("-j", "1")
    assert any("p:isabelle-fortin" in line for line in inline)
    assert dump("-j", "2") == inline
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    assert dump("--dask", "local", "-j", "2") == inline


@pytest.mark.parametrize("name", ["", "  ", "M.", "—"])
def test_a_name_with_nothing_to_compare_is_linked_to_nothing(name: str) -> None:
    """A person or organization whose name folds to nothing (punctuation, a civility alone)
    keeps its own corpus id instead of breaking the identity pass."""
    members = [Member(doc=1, doc_tag="t1", doc_label="art1", entity="p1", type="person", name=name),
               Member(doc=2, doc_tag="t2", doc_label="art2", entity="p1", type="person", name=name),
               Member(doc=2, doc_tag="t2", doc_label="art2", entity="p2", type="person",
                      name="Jeanne Roux")]
    _, links = link_entities(members)
    assert len(links) == 3
    by_entity = {(link.doc, link.entity): link.corpus_id for link in links}
    assert by_entity[(1, "p1")] != by_entity[(2, "p1")]
