"""Long documents: split into pieces, extracted piece by piece, assembled into one result.

A text longer than `PIECE_CHARS` characters (a book, a report, a transcript, a dump of
articles pasted together) is cut at paragraph boundaries (a blank line, else a line
break), then at a sentence end, then at a space, so that no piece is longer than
`PIECE_CHARS`. Every piece goes through the pipeline like a text of its own, with the
document's date (read from the head of the whole text, or `--ref-date`) fixed for all of
them, so that relative dates in the last piece are anchored like those of the first.

The pieces' results are then assembled into one result for the whole text:
- offsets (mentions, quotes, evidence) index the whole text;
- entities found in several pieces become one: people by the rules of name coreference
  ("Mme Doussin" in piece 3 joins "Carole Doussin" of piece 1), organizations, places and
  misc by name or by acronym ("OMS" joins "Organisation mondiale de la santé", whose
  alias it is), roles by title, dates by expression and value (a date repeated in two
  pieces is one entity); figures stay one entity per occurrence, as in any document;
- facts keep their evidence and point to the assembled entities.

Texts up to `PIECE_CHARS` never come here: their output is the one of a single pass.
Pieces are small because the pipeline's cost grows faster than the length of one text
(docs/longdoc.md); memory then depends on the piece, not on the document.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import regex

from factx.resolve import acronyms, names
from factx.resolve.acronyms import initials
from factx.resolve.entities import assign_ids
from factx.resolve.names import _is_initial_form, gender_of
from factx.types import DocumentInfo, Entity, Fact, Mention, Result

if TYPE_CHECKING:  # pragma: no cover
    from factx.types import TextItem

PIECE_CHARS = 20_000  # longer texts are split into pieces of at most this many characters

# where a piece may end, best first: after a blank line, after a line break, after a
# sentence end (not "M." nor an initial), after a space
_CUTS = (
    regex.compile(r"\n[ \t\r\f\v]*\n\s*"),
    regex.compile(r"\n\s*"),
    regex.compile(r"(?<!(?:^|[^\p{L}])\p{Lu})[.!?…][»\"”’')\]]*\s+(?=[\p{Lu}«\"“\d(—–-])"),
    regex.compile(r"\s+"),
)
_ARTICLE = regex.compile(r"^(?:le |la |les |l')")
Record = dict[str, Any]
# fact fields that hold an entity id
REF_KEYS = ("person", "of", "speaker", "event", "date", "place", "figure", "subject")
# names repeat across the pieces of a long text: folded and tested once each
fold = lru_cache(maxsize=1 << 16)(names.fold)
is_acronym = lru_cache(maxsize=1 << 16)(acronyms.is_acronym)
PIPE_CHARS = 60_000  # pieces of one text in one nlp.pipe batch: about this many characters


def piece_size(size: int | None = None) -> int:
    return max(1, size or PIECE_CHARS)


def pipe_batch(size: int | None = None) -> int:
    """Pieces per `nlp.pipe` batch: a few, so that memory depends on the piece size."""
    return max(1, PIPE_CHARS // piece_size(size))


def is_long(text: str, size: int | None = None) -> bool:
    return len(text) > piece_size(size)


def split_text(text: str, size: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of consecutive pieces covering `text`, each at most `size` characters,
    cut at the best boundary in the second half of the room left."""
    size = piece_size(size)
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    while n - start > size:
        lo, hi = start + size // 2, start + size
        cut = hi
        for pattern in _CUTS:
            last = None
            for m in pattern.finditer(text, lo, hi + 1):
                if m.end() <= hi:
                    last = m
            if last is not None:
                cut = last.end()
                break
        spans.append((start, cut))
        start = cut
    spans.append((start, n))
    return spans


def document_date(item: TextItem) -> tuple[str | None, str | None]:
    """The date of the whole document and where it comes from, as the first piece reads it:
    its dateline or header, else the file's metadata (HTML), else the `--ref-date` option,
    else none."""
    from factx.components.docdate import read_doc_date

    found = read_doc_date(item.text)
    if found:
        return found, "text"
    if item.doc_date:
        return item.doc_date, "metadata"
    return item.ref_date, "option" if item.ref_date else None


def piece_items(item: TextItem, size: int | None = None) -> tuple[list[tuple[int, int]], list[TextItem]]:
    """The spans of a long text and one `TextItem` per piece (ids `doc_id#k`), each with the
    document's date fixed."""
    spans = split_text(item.text, size)
    when = document_date(item)
    items = [
        dataclasses.replace(item, text=item.text[a:b], doc_id=f"{item.doc_id}#{k}", sha256=None,
                            piece_date=when, piece=(k, len(spans)))
        for k, (a, b) in enumerate(spans, 1)
    ]
    return spans, items


# --- assembling ---------------------------------------------------------------------------

def result_from_record(record: dict[str, Any]) -> Result:
    """A factx/1 record (dict) back into a `Result` (the inverse of `Result.to_dict`)."""
    doc = record["document"]
    info = DocumentInfo(id=doc["id"], path=doc.get("path"), ref_date=doc.get("ref_date"),
                        ref_date_source=doc.get("ref_date_source"), language=doc.get("language", "fr"),
                        length=doc.get("length", 0), encoding=doc.get("encoding"))
    if "error" in record:
        return Result(info, error=record["error"])
    entities = []
    for e in record["entities"]:
        attrs = {k: v for k, v in e.items() if k not in ("id", "type", "name", "mentions")}
        mentions = [Mention(m["start"], m["end"], m["text"]) for m in e["mentions"]]
        entities.append(Entity(e["id"], e["type"], e["name"], mentions, attrs))
    facts = [Fact(f["type"], {k: v for k, v in f.items() if k != "type"}) for f in record["facts"]]
    return Result(info, entities, facts)


def _shift(value: Any, offset: int) -> Any:
    """A fact's fields with every start/end moved by `offset` (evidence included)."""
    if isinstance(value, dict):
        return {k: (v + offset if k in ("start", "end") and isinstance(v, int) else _shift(v, offset))
                for k, v in value.items()}
    if isinstance(value, list):
        return [_shift(v, offset) for v in value]
    return value


class _Union:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while x != root:
            self.parent[x], x = root, self.parent.get(x, x)
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)  # the earlier entity stays the root


class Assembly:
    """The results of the pieces of one text, added in order, assembled by `finish`."""

    def __init__(self, item: TextItem, spans: list[tuple[int, int]]) -> None:
        self.item = item
        self.spans = spans
        self.entities: list[Entity] = []  # every piece's entities, offsets moved, in order
        self.facts: list[tuple[str, dict[str, Any], dict[str, int]]] = []  # type, data, refs
        self.first: Result | None = None
        self.error: str | None = None
        self.added = 0

    @property
    def done(self) -> bool:
        return self.added == len(self.spans)

    def add(self, result: Result) -> None:
        k = self.added
        self.added += 1
        if self.error is not None:
            return
        if result.error is not None:
            a, b = self.spans[k]
            label = self.item.path or self.item.doc_id
            reason = result.error.split(": ", 1)[-1]
            self.error = f"{label}: extraction failed (piece {k + 1} of {len(self.spans)}, characters " \
                         f"{a}-{b}: {reason})"
            return
        if self.first is None:
            self.first = result
        offset = self.spans[k][0]
        index: dict[str, int] = {}
        for e in result.entities:
            index[e.id] = len(self.entities)
            mentions = [Mention(m.start + offset, m.end + offset, m.text) for m in e.mentions]
            self.entities.append(Entity(e.id, e.type, e.name, mentions, dict(e.attrs)))
        for f in result.facts:
            data = _shift(f.data, offset)
            refs = {key: index[data[key]] for key in REF_KEYS
                    if isinstance(data.get(key), str) and data[key] in index}
            self.facts.append((f.type, data, refs))

    def finish(self) -> Result:
        item = self.item
        info = DocumentInfo(id=item.doc_id, path=item.path, length=len(item.text), encoding=item.encoding)
        if self.error is not None:
            return Result(info, error=self.error)
        if self.first is not None:
            info.ref_date = self.first.document.ref_date
            info.ref_date_source = self.first.document.ref_date_source
        merged, target = merge_entities(self.entities)
        entities = assign_ids(merged)
        facts = []
        roles: dict[tuple[str, str], dict[str, Any]] = {}
        for type_, data, refs in self.facts:
            for key, i in refs.items():
                data[key] = target[i].id
            if type_ == "event" and "event" in refs:
                data["name"] = target[refs["event"]].name  # an event is named by its entity
            if type_ == "role":
                # one role fact per person and title, as in a single text: the first, with
                # what a later piece adds to it (of whom, outgoing or incoming)
                first = roles.setdefault((data["person"], fold(data["role"])), data)
                if first is not data:
                    if first.get("of") is None:
                        first["of"] = data.get("of")
                    if first.get("status") is None:
                        first["status"] = data.get("status")
                    continue
            facts.append(Fact(type_, data))
        return Result(info, entities, facts)


def merge_entities(entities: list[Entity]) -> tuple[list[Entity], list[Entity]]:
    """Entities of consecutive pieces -> (the document's entities, the one each became)."""
    groups = _Union()
    people = [i for i, e in enumerate(entities) if e.type == "person"]
    for group in _people_groups(entities, people):
        for i in group[1:]:
            groups.union(group[0], i)
    keys: dict[tuple[str, str], int] = {}

    def join(i: int, key: tuple[str, str]) -> None:
        if key in keys:
            groups.union(keys[key], i)
        else:
            keys[key] = i

    acronyms: list[int] = []
    for i, e in enumerate(entities):
        if e.type in ("organization", "place", "misc"):
            join(i, (e.type, _ARTICLE.sub("", fold(e.name))))
            for alias in e.attrs.get("aliases", []):
                join(i, ("alias", fold(alias)))
            if is_acronym(e.name):
                join(i, ("alias", fold(e.name)))
                acronyms.append(i)
        elif e.type == "role":
            join(i, ("role", fold(e.name)))
        elif e.type == "date" and e.attrs.get("value") is not None:
            join(i, ("date", f"{_ARTICLE.sub('', fold(e.name))}\0{sorted(e.attrs.items())!r}"))
    _acronyms_by_initials(entities, acronyms, groups)
    _names_of_people(entities, groups)

    members: dict[int, list[int]] = {}
    for i in range(len(entities)):
        members.setdefault(groups.find(i), []).append(i)
    merged: list[Entity] = []
    target: list[Entity] = [entities[0]] * len(entities) if entities else []
    for root in sorted(members):
        ent = _combine([entities[i] for i in members[root]])
        merged.append(ent)
        for i in members[root]:
            target[i] = ent
    return merged, target


def _people_groups(entities: list[Entity], people: list[int]) -> list[list[int]]:
    """People of different pieces that name coreference makes one, by the rules of a single
    text (factx.resolve.names): the same name or its initialled form; a surname alone joins
    the one full name that ends with it (of the same gender; if several, the one mentioned
    last before it, else none). Indexed, so that a book's thousands of people stay cheap."""
    def toks(i: int) -> list[str]:
        return fold(entities[i].name).split()

    order = sorted(people, key=lambda i: (-len(toks(i)), min(entities[i].mentions).start))
    groups: list[list[int]] = []
    gender: list[str | None] = []
    exact: dict[tuple[str, ...], int] = {}
    by_surname: dict[str, list[int]] = {}  # groups of full names (two words or more) by last word
    for i in order:
        words = toks(i)
        e = entities[i]
        sex = gender_of(e.attrs.get("civility"))
        start = min(e.mentions).start
        g = exact.get(tuple(words))
        if g is None and len(words) >= 2:
            g = next((h for h in by_surname.get(words[-1], []) if any(
                _is_initial_form(words, toks(j)) for j in groups[h][:1])), None)
        if g is None and len(words) == 1:
            found = by_surname.get(words[0], [])
            if sex:
                found = [h for h in found if gender[h] in (sex, None)] or found
            if len(found) == 1:
                g = found[0]
            elif found:
                before = sorted(((max((m.start for j in groups[h] for m in entities[j].mentions
                                       if m.start < start), default=-1), h) for h in found), reverse=True)
                if before[0][0] >= 0 and (len(before) == 1 or before[1][0] != before[0][0]):
                    g = before[0][1]
        if g is None:
            g = len(groups)
            groups.append([])
            gender.append(sex)
            exact[tuple(words)] = g
            if len(words) >= 2:
                by_surname.setdefault(words[-1], []).append(g)
        groups[g].append(i)
        if gender[g] is None:
            gender[g] = sex
    return groups


def _acronyms_by_initials(entities: list[Entity], acronyms: list[int], groups: _Union) -> None:
    """An acronym alone in its piece ("PCC") joins the organization of another piece whose
    initials it spells ("Parti communiste chinois"), when exactly one does."""
    if not acronyms:
        return
    by_initials: dict[str, set[int]] = {}
    for i, e in enumerate(entities):
        if e.type == "organization" and not is_acronym(e.name) and len(e.name.split()) >= 2:
            for spelled in set(initials(e.name)):
                by_initials.setdefault(spelled, set()).add(groups.find(i))
    for i in acronyms:
        found = {groups.find(j) for j in by_initials.get(entities[i].name.upper().replace(".", ""), set())}
        if len(found) == 1:
            groups.union(found.pop(), i)


def _names_of_people(entities: list[Entity], groups: _Union) -> None:
    """A place, organization or misc of one piece that spells a person's full name found in
    another piece is that person (as within a text)."""
    full: dict[str, int] = {}
    for i, e in enumerate(entities):
        if e.type == "person" and len(fold(e.name).split()) >= 2:
            full.setdefault(fold(e.name), i)
    for i, e in enumerate(entities):
        if e.type in ("place", "organization", "misc") and fold(e.name) in full \
                and not e.attrs.get("aliases"):
            groups.union(full[fold(e.name)], i)


def _combine(group: list[Entity]) -> Entity:
    """One entity from the same thing's entities in several pieces (document order)."""
    first = group[0]
    if len(group) == 1:
        first.mentions = sorted(set(first.mentions))
        return first
    types = [e.type for e in group]
    type_ = "person" if "person" in types else first.type
    if type_ != "person" and len(set(types)) > 1 and "organization" in types:
        type_ = "organization"  # an acronym the model read as misc once
    same = [e for e in group if e.type == type_]
    named = [e for e in same if not is_acronym(e.name)] or same
    name = named[0].name
    if type_ == "person":
        name = max(named, key=lambda e: (len(fold(e.name).split()), -min(e.mentions).start)).name
    elif type_ in ("organization", "place", "misc"):
        bare = _ARTICLE.sub("", fold(name))
        for e in named:  # the form without an article names it
            if len(fold(e.name)) < len(fold(name)) and _ARTICLE.sub("", fold(e.name)) == bare:
                name = e.name
    attrs: dict[str, Any] = {}
    for e in same + [e for e in group if e.type != type_]:
        for k, v in e.attrs.items():
            attrs.setdefault(k, v)
    if "aliases" in attrs or any(is_acronym(e.name) for e in group if e.name != name):
        aliases: list[str] = []
        for e in group:
            for a in [*e.attrs.get("aliases", []), *([e.name] if is_acronym(e.name) else [])]:
                if fold(a) != fold(name) and a not in aliases:
                    aliases.append(a)
        attrs["aliases"] = aliases
    mentions = sorted({m for e in group for m in e.mentions})
    return Entity(first.id, type_, name, mentions, attrs)
