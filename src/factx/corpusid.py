"""Cross-document identity: the same person, organization or place gets one corpus id across
the articles of a corpus database (`factx.corpusdb`).

Within an article factx already groups the mentions of an entity; here entities of different
articles are linked, conservatively, and every link says why:

- same name: names are compared folded (case, accents, apostrophes, hyphens), without a
  civility ("M.", "Mme", ...) for people and without a leading article ("la RATP") for
  organizations and places;
- an acronym and its expansion: one article writes both ("... (RATP)", the expansion's
  `aliases`), others only one of them;
- an initialled name ("J. Castex") is linked to the one full name it abbreviates.

Never linked: a person named by a surname alone (with or without a civility: two "Martin"
are not one person on that evidence); an organization or place named by a generic head
alone ("la Commission", "le Parlement": which one depends on the article); an acronym
written with two different expansions; an initialled name that fits several full names; an
acronym and a name that merely share initials ("AFP" is not every "Association de
financement du P..."), however tempting. Pure functions: no spaCy, no database.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from factx.resources import load_json
from factx.words import fold

LINKED_TYPES = {"person": "p", "organization": "o", "place": "l"}


@dataclass(frozen=True)
class Member:
    """One entity of one article, as the corpus database stores it."""

    doc: int  # the document's row in the database
    doc_tag: str  # a stable short tag of the document (from its sha256 or path)
    doc_label: str  # the document's id, for the reasons
    entity: str  # its id in the article ("p1")
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    mentions: int = 1
    date: str | None = None  # the article's date
    civility: str | None = None  # people: "M.", "Mme", ... as the article wrote it


@dataclass
class CorpusEntity:
    id: str
    type: str
    name: str
    key: str
    aliases: list[str] = field(default_factory=list)
    documents: int = 0
    mentions: int = 0
    first_date: str | None = None
    last_date: str | None = None


@dataclass(frozen=True)
class Link:
    corpus_id: str
    doc: int
    entity: str
    reason: str


# --- names ----------------------------------------------------------------------------

@cache
def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(civilities, articles, generic heads), folded."""
    ents = load_json("entities.json")
    corpus = load_json("corpus.json")
    civ = frozenset(fold(c).rstrip(".") for c in ents["civilities"])
    generic = frozenset(fold(w) for w in (*ents["org_heads"], *ents["generic_words"]))
    return civ, frozenset(corpus["articles"]), generic


@cache
def _genders() -> dict[str, str]:
    table = load_json("corpus.json")["civility_gender"]
    return {fold(c).rstrip("."): g for g, civs in table.items() for c in civs}


def gender(civility: str | None) -> str | None:
    """"Mme" -> "f", "M." -> "m", "Dr" or none -> None."""
    return _genders().get(fold(civility).rstrip(".")) if civility else None


def is_acronym(name: str) -> bool:
    """"RATP", "O.N.U.", "AT&T": two capitals or more, no lower-case word."""
    s = re.sub(r"[.&\-]", "", name.strip())
    return 2 <= len(s) <= 10 and " " not in s and s.upper() == s and sum(c.isalpha() for c in s) >= 2


@lru_cache(maxsize=1 << 16)  # a corpus names the same people and places again and again
def name_key(name: str, etype: str) -> str:
    """The folded form under which names are compared."""
    if is_acronym(name):
        return re.sub(r"[.\s]", "", fold(name))
    civ, articles, _ = _lexicon()
    tokens = fold(name).split()
    if etype == "person":
        while len(tokens) > 1 and tokens[0].rstrip(".") in civ:
            tokens = tokens[1:]
        tokens = [t.rstrip(".") or t for t in tokens]
    elif len(tokens) > 1 and tokens[0] in articles:
        tokens = tokens[1:]
    elif tokens and tokens[0].startswith("l'") and len(tokens[0]) > 2 and "l'" in articles:
        tokens[0] = tokens[0][2:]
    return " ".join(tokens)


def _initial_form(short: list[str], full: list[str]) -> bool:
    """["j", "castex"] abbreviates ["jean", "castex"]."""
    if len(short) != len(full) or len(short) < 2 or short[-1] != full[-1]:
        return False
    if not any(len(s) == 1 for s in short[:-1]):
        return False
    pairs = zip(short[:-1], full[:-1], strict=True)
    return all(s == f or (len(s) == 1 and f.startswith(s)) for s, f in pairs)


def _slug(key: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", key).strip("-") or "x"


# --- linking --------------------------------------------------------------------------

# a node is (type, key); (type, key, doc tag, entity) for what is never linked; (type, key,
# gender) for one full name borne by a man and by a woman
Node = tuple[str, ...]


def link_entities(members: Iterable[Member]) -> tuple[list[CorpusEntity], list[Link]]:
    """Corpus entities (sorted by id) and one link per member (sorted by doc, entity)."""
    _, _, generic = _lexicon()
    at: dict[Node, list[Member]] = defaultdict(list)
    alone: dict[Node, str] = {}  # nodes that are never linked, and why
    pairs: dict[Node, set[Node]] = defaultdict(set)  # declared alias pairs, both ways
    declared: dict[tuple[Node, Node], tuple[str, str]] = {}  # (from, to) -> (name, doc label)
    for m in members:
        if m.type not in LINKED_TYPES:
            continue
        key = name_key(m.name, m.type)
        tokens = key.split()
        if not tokens:
            node = (m.type, key, m.doc_tag, m.entity)
            alone[node] = "no letters to compare: never linked across articles"
        elif m.type == "person" and len(tokens) == 1:
            node: Node = (m.type, key, m.doc_tag, m.entity)
            alone[node] = "surname only: never linked across articles"
        elif m.type != "person" and key in generic:
            node = (m.type, key, m.doc_tag, m.entity)
            alone[node] = "a generic name alone: never linked across articles"
        else:
            node = (m.type, key)
            for alias in m.aliases:
                other: Node = (m.type, name_key(alias, m.type))
                if other != node and other[1]:
                    pairs[node].add(other)
                    pairs[other].add(node)
                    declared.setdefault((node, other), (m.name, m.doc_label))
                    declared.setdefault((other, node), (alias, m.doc_label))
        at[node].append(m)
    _split_by_gender(at, alone)

    edges: dict[Node, dict[Node, str]] = defaultdict(dict)  # a -> b -> why b joins a's entity

    def edge(a: Node, b: Node, why_b: str, why_a: str) -> None:
        edges[a][b] = why_b
        edges[b][a] = why_a

    ambiguous = {n for n, others in pairs.items() if len(others) > 1}
    for (a, b), (name_a, label) in sorted(declared.items()):
        if a in ambiguous or b in ambiguous or b in edges[a]:
            continue
        name_b = declared[(b, a)][0]
        edge(a, b, f"written with {name_a} in {label}", f"written with {name_b} in {label}")
    for n in ambiguous:
        if n in at:
            alone.setdefault(n, "written with several different names: not linked")

    names = {n: _display(ms) for n, ms in at.items()}
    people: dict[tuple[str, int], list[Node]] = defaultdict(list)  # (surname, words) -> full names
    for n in sorted(at):
        if n[0] == "person" and len(n) == 2 and n[1].split():
            toks = n[1].split()
            people[(toks[-1], len(toks))].append(n)
    for n in sorted(at):
        if len(n) != 2 or n in pairs or n[0] != "person" or not n[1].split():
            continue
        toks = n[1].split()
        if any(len(t) == 1 for t in toks[:-1]):  # an initialled name: "j castex", "j p raffarin"
            same = people[(toks[-1], len(toks))]
            fits = [f for f in same if f != n and _initial_form(toks, f[1].split())]
            if len(fits) == 1:
                edge(fits[0], n, f"initials of {names[fits[0]]}", f"full name of {names[n]}")
            elif fits:
                alone[n] = "initials of several people: not linked"

    return _clusters(at, edges, alone, names)


def _split_by_gender(at: dict[Node, list[Member]], alone: dict[Node, str]) -> None:
    """One full name, a man ("M.") in one article and a woman ("Mme") in another: two people;
    the articles that give no civility cannot say which one they mean."""
    for node in [n for n in at if n[0] == "person" and len(n) == 2]:
        genders = {gender(m.civility) for m in at[node]} - {None}
        if len(genders) < 2:
            continue
        for m in at.pop(node):
            g = gender(m.civility)
            if g is None:
                split: Node = (*node, m.doc_tag, m.entity)
                alone[split] = "a name held by a man and a woman, and no civility here: not linked"
            else:
                split = (*node, g)
            at[split].append(m)


def _display(members: list[Member]) -> str:
    counts: dict[str, set[int]] = defaultdict(set)
    for m in members:
        counts[m.name].add(m.doc)
    return min(counts, key=lambda s: (-len(counts[s]), -len(s), s))


def _clusters(at: dict[Node, list[Member]], edges: dict[Node, dict[Node, str]], alone: dict[Node, str],
              names: dict[Node, str]) -> tuple[list[CorpusEntity], list[Link]]:
    seen: set[Node] = set()
    groups: list[list[Node]] = []
    for start in sorted(at):
        if start in seen:
            continue
        group, todo = [], [start]
        seen.add(start)
        while todo:
            n = todo.pop()
            group.append(n)
            for other in sorted(edges.get(n, {})):
                if other not in seen:
                    seen.add(other)
                    todo.append(other)
        groups.append([n for n in group if n in at])

    def rank(n: Node) -> tuple[bool, int, int, int, str]:
        docs = {m.doc for m in at[n]}
        return (is_acronym(names[n]), -len(docs), -len(n[1].split()), -len(names[n]), names[n])

    entities: list[CorpusEntity] = []
    links: list[Link] = []
    used: set[str] = set()
    for group in sorted(groups, key=lambda g: min(g)):
        head = min(group, key=rank)
        why: dict[Node, str] = {head: ""}
        frontier = [head]  # breadth first from the head: each node says how it was reached
        while frontier:
            nxt = []
            for n in frontier:
                for other, reason in sorted(edges.get(n, {}).items()):
                    if other not in why:
                        why[other] = reason
                        nxt.append(other)
            frontier = nxt
        etype, key = head[0], head[1]
        cid = f"{LINKED_TYPES[etype]}:{_slug(key)}"
        if len(head) > 2:
            cid += "@" + "-".join(head[2:])
        base, k = cid, 2
        while cid in used:
            cid, k = f"{base}-{k}", k + 1
        used.add(cid)
        members = [m for n in group for m in at[n]]
        canonical = names[head]
        others = {m.name for m in members} | {a for m in members for a in m.aliases}
        dates = sorted(m.date for m in members if m.date)
        entities.append(CorpusEntity(
            id=cid, type=etype, name=canonical, key=key,
            aliases=sorted(others - {canonical}),
            documents=len({m.doc for m in members}), mentions=sum(m.mentions for m in members),
            first_date=dates[0] if dates else None, last_date=dates[-1] if dates else None))
        for n in group:
            for m in at[n]:
                if n in alone and len(group) == 1:
                    reason = alone[n]
                elif n != head:
                    reason = why[n]
                elif m.name == canonical:
                    reason = "same name"
                else:
                    reason = "same name once case, accents, civility and articles are folded"
                links.append(Link(cid, m.doc, m.entity, reason))
    entities.sort(key=lambda e: e.id)
    links.sort(key=lambda x: (x.doc, x.entity))
    return entities, links
