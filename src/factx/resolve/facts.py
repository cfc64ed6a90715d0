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


def build_facts(doc: Doc, entities: list[Entity]) -> tuple[list[Entity], list[Fact]]:
    """(entities, facts): may add role entities and merge acronyms into organizations."""
    text = base.original_text(doc)
    people = reconcile_people(entities, lambda name: gazetteer.place_kind(name) is not None)
    entities = release_titles(doc, people)
    entities = resolve_acronyms(doc, entities)
    dm = matches(doc)
    roles, new_orgs = resolve_roles(doc, entities, dm)
    entities = _absorb(entities, new_orgs)
    entities = entities + _role_entities(roles, text)
    # a role as written too ("nouveau curé": "le nouveau curé" is that one, not his predecessor)
    held = [(r.person, fold(t), r.start) for r in roles for t in dict.fromkeys((r.title, r.role))]
    # "le président kényan" is the head of state "le chef de l'État" takes up
    held += [(r.person, alias, r.start) for r in roles
             for alias in office_aliases(r.role, r.of.name if r.of is not None else r.of_name)]
    leads = [(r.person, r.of, r.status, r.start) for r in roles
             if r.of is not None and r.of.type == "organization" and r.person.type == "person"]
    quotes = resolve_quotes(doc, entities, dm, held, leads)
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
