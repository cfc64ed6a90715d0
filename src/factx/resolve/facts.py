"""Facts (issue 5): roles, acronyms, quotes and other relations between entities.

Order of work: acronyms first (an acronym and its expansion become one organization, so
that every later fact points to it), then roles (which may add role entities and
organizations named only in a title's complement), quotes, and the plain events and
figures. Ids are assigned once all entities are known; facts refer to entity objects until
then and come out sorted by evidence start, then type.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from factx import gazetteer
from factx.components import base
from factx.resolve.acronyms import resolve_acronyms
from factx.resolve.entities import ONLY_IN_BODIES, assign_ids
from factx.resolve.events import resolve_events
from factx.resolve.names import fold, reconcile_people
from factx.resolve.patterns import matches
from factx.resolve.quotes import office_aliases, resolve_quotes
from factx.resolve.roles import PLACE_ORG, Role, release_titles, resolve_roles
from factx.resolve.spans import find_named
from factx.types import Entity, Fact, Mention

FACT_ORDER = {"role": 0, "quote": 1, "event": 2, "figure": 3}


def _absorb(entities: list[Entity], new: list[Entity]) -> list[Entity]:
    """Add new organizations; mentions of other entities inside theirs are dropped."""
    if not new:
        return entities
    spans = [(m.start, m.end) for e in new for m in e.mentions]
    out: list[Entity] = []
    for e in entities:
        if e.type in ("organization", "place", "misc"):
            e.mentions = [m for m in e.mentions
                          if not any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end)
                                     for a, b in spans)]
            if not e.mentions:
                continue
        out.append(e)
    return out + [e for e in new if e not in out]


def _role_entities(roles: list[Role], text: str) -> list[Entity]:
    by_name: dict[str, Entity] = {}
    for r in roles:
        if not r.mentions:
            continue
        key = fold(r.role)
        ent = by_name.get(key)
        if ent is None:
            ent = Entity(id="", type="role", name=r.role, mentions=[])
            by_name[key] = ent
        for a, b in r.mentions:
            m = Mention(a, b, text[a:b])
            if m not in ent.mentions:
                ent.mentions.append(m)
    # a derived role ("dirige" -> "directrice") has no title of its own in the text
    return list(by_name.values())


def _ref(e: Entity | None, name: str | None = None) -> str | None:
    if e is not None:
        return e.id
    return name


def drop_places_only_in_bodies(entities: list[Entity], roles: list[Role], quotes: list[Any],
                               events: list[Any]) -> list[Entity]:
    """A place named only inside organizations' names (flagged by `entities.drop_nested_mentions`)
    is a word of those names, not a place of the text. A role held in it keeps it by name (a
    mayor's commune named only in a headline's "l'école de Bulgnéville"); a quotation or an
    event that points to it keeps the entity."""
    flagged = [e for e in entities if e.attrs.pop(ONLY_IN_BODIES, False)]
    if not flagged:
        return entities
    used = {id(q.speaker) for q in quotes} | {id(v) for ev in events for v in ev.refs.values()}
    dropped = {id(e) for e in flagged if id(e) not in used}
    for r in roles:
        if r.of is not None and id(r.of) in dropped:
            r.of, r.of_name = None, r.of.name
    return [e for e in entities if id(e) not in dropped]


def name_to_entity(roles: list[Role], entities: list[Entity]) -> None:
    """A role's body given as a bare name ("le ministre danois" -> "Danemark", a heading's
    town) points to the entity of the document that has that name, an alias or a mention of
    it (accents, case and an opening article folded: "la France"), so that facts join
    entities by id; the name stays only when the text names no such place or organization."""
    for r in roles:
        if r.of is None and r.of_name:
            r.of = find_named(entities, r.of_name, PLACE_ORG)


_SPEAKER_DETS = frozenset({"le", "la", "l'", "l’", "ce", "cet", "cette"})  # definite, demonstrative


def described_speakers(doc: Doc, quotes: list[Any], roles: list[Role]) -> dict[int, Entity]:
    """The head of a definite or demonstrative description that is the subject of a
    quotation's verb of saying, with no name beside it ("« ... », a lancé l'élue", "Le nouveau
    maire a déclaré : « ... »", "confiait l'agriculteur") -> the person the quotation layer
    found speaking, when no role of that person was read on those words yet."""
    out: dict[int, Entity] = {}
    for q in quotes:
        who = q.speaker
        if who is None or who.type != "person" or not q.verb:
            continue
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            continue
        # the incise after the quotation, or its sentence before it (a quotation may run
        # over several sentences: its last one holds the incise)
        around = [*doc[span.end : min(len(doc), span.end + 12)], *doc[span.sent.start : span.start]]
        for verb in around:
            if verb.text != q.verb \
                    or not (q.end <= verb.idx <= q.end + 40 or q.start - 200 <= verb.idx < q.start):
                continue
            incise = verb.idx >= q.end
            for subj in verb.children:
                # in the incise the subject follows its verb, often parsed as its object (the
                # quotation is the object): "», a lancé l'élue"
                deps = ("nsubj", "nsubj:pass", "obj") if incise and subj.i > verb.i \
                    else ("nsubj", "nsubj:pass")
                if subj.dep_ not in deps or subj.pos_ != "NOUN" \
                        or not any(d.dep_ == "det" and d.lower_ in _SPEAKER_DETS for d in subj.children) \
                        or any(c.pos_ == "PROPN" and c.dep_ in ("appos", "flat:name") for c in subj.children):
                    continue
                if any(r.person is who and r.start <= subj.idx < r.end for r in roles):
                    continue  # read already
                out[subj.i] = who
    return out


def build_facts(doc: Doc, entities: list[Entity]) -> tuple[list[Entity], list[Fact]]:
    """(entities, facts): may add role entities and merge acronyms into organizations."""
    text = base.original_text(doc)
    people = reconcile_people(entities, lambda name: gazetteer.place_kind(name) is not None)
    entities = release_titles(doc, people)
    entities = resolve_acronyms(doc, entities)
    dm = matches(doc)
    read = entities
    saved = [(e, e.mentions) for e in read]  # _absorb trims them; a second reading starts afresh
    roles, new_orgs = resolve_roles(doc, read, dm)
    entities = _absorb(read, new_orgs)
    entities = entities + _role_entities(roles, text)
    # a role as written too ("nouveau curé": "le nouveau curé" is that one, not his predecessor)
    held = [(r.person, fold(t), r.start) for r in roles for t in dict.fromkeys((r.title, r.role))]
    # "le président kényan" is the head of state "le chef de l'État" takes up
    held += [(r.person, alias, r.start) for r in roles
             for alias in office_aliases(r.role, r.of.name if r.of is not None else r.of_name)]
    leads = [(r.person, r.of, r.status, r.start) for r in roles
             if r.of is not None and r.of.type == "organization" and r.person.type == "person"]
    quotes = resolve_quotes(doc, entities, dm, held, leads)
    speakers = described_speakers(doc, quotes, roles)
    if speakers:
        # "« ... », a lancé l'élue": the quotation layer found who the description stands
        # for; the roles are read again with it (rarely: only for such an unheld description)
        for e, mentions in saved:
            e.mentions = mentions
        again, new_again = resolve_roles(doc, read, dm, speakers)
        first = {(e.name, tuple(e.mentions)): e for e in new_orgs}
        swap = {id(e): first.get((e.name, tuple(e.mentions)), e) for e in new_again}
        for r in again:
            if r.of is not None and id(r.of) in swap:
                r.of = swap[id(r.of)]
        voiced = {id(q.speaker) for q in quotes if q.speaker is not None}
        new_orgs = [swap[id(e)] for e in new_again]
        new_orgs += [e for e in first.values() if id(e) in voiced and e not in new_orgs]
        roles = again
        entities = _absorb(read, new_orgs) + _role_entities(roles, text)
    events = resolve_events(doc, entities)
    entities = drop_places_only_in_bodies(entities, roles, quotes, events)
    name_to_entity(roles, entities)
    for e in entities:
        e.attrs.pop("_gender", None)
        e.mentions = sorted(set(e.mentions))
    entities = assign_ids(entities)

    rows: list[tuple[int, int, dict[str, Any], str]] = []
    for r in roles:
        data: dict[str, Any] = {
            "person": r.person.id,
            "role": r.role,
            "of": _ref(r.of, r.of_name),
            "status": r.status,
            "evidence": {"start": r.start, "end": r.end, "text": text[r.start : r.end]},
        }
        rows.append((r.start, FACT_ORDER["role"], data, "role"))
    for q in quotes:
        rows.append((q.start, FACT_ORDER["quote"], q.to_data(), "quote"))
    for ev in events:
        rows.append((ev.start, FACT_ORDER[ev.type], ev.to_data(text), ev.type))
    rows.sort(key=lambda x: (x[0], x[1]))
    return entities, [Fact(type=t, data=d) for _, _, d, t in rows]
