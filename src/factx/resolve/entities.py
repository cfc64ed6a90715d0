"""Candidates -> entities: one entity per real-world thing, with all its mentions.

- people: mentions of one person are merged ("Mme Doussin" joins "Carole Doussin");
- organizations, places, misc: one entity per name (accents and case folded);
- dates and figures: one entity per expression, with the attributes their layer set.
Ids are a type prefix and a rank by first mention ("p1", "o2"); entities come sorted by
first mention, so output is deterministic.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from spacy.tokens import Doc

from factx import gazetteer
from factx.components import base
from factx.resolve.lexicon import lexicon
from factx.resolve.names import fold, group_people
from factx.resolve.people_things import not_people
from factx.resolve.unattested import unattested_people
from factx.resources import load_json
from factx.temporal.header import headline_end
from factx.types import ID_PREFIX, Candidate, Entity, Mention
from factx.words import drop_article

TYPE_ORDER = {t: i for i, t in enumerate(ID_PREFIX)}
def mention_of(text: str, cand: Candidate) -> Mention:
    return Mention(cand.start, cand.end, text[cand.start : cand.end])


def _without_state_article(m: Mention, name: str) -> Mention:
    """A place's mention without the article the sentence puts before a country's or a
    region's name ("[la France]" is the mention "France", as its name is), when the gazetteer
    says the article is not the place's own ("La Paz", "Le Havre" keep theirs)."""
    if m.text == name or not m.text.endswith(name) or gazetteer.without_article(m.text) != name:
        return m
    cut = len(m.text) - len(name)
    return Mention(m.start + cut, m.end, name)


def assign_ids(entities: list[Entity]) -> list[Entity]:
    """Sort by first mention (then type, then name) and number each type from 1."""
    entities.sort(key=lambda e: (e.start, TYPE_ORDER.get(e.type, 99), e.name))
    counters: dict[str, int] = defaultdict(int)
    for e in entities:
        prefix = ID_PREFIX.get(e.type, "x")
        counters[prefix] += 1
        e.id = f"{prefix}{counters[prefix]}"
    return entities


NAME_LABELS = ("person", "organization", "place", "misc")


ONLY_IN_BODIES = "_only_in_bodies"  # a place named only inside organizations' names (see below)


# "le", "l'" and a rank ("le 1er régiment de ...") before a seat body's head
_BODY_LEAD = re.compile(r"^(?:(?:le|la|les|l') ?)?(?:\d+(?:e|er|ere|eme) )?")


@cache
def _seat_heads() -> tuple[str, ...]:
    return tuple(fold(h) + " " for h in load_json("place_types.json")["seat_bodies"])


def _seat_town(text: str, m: Mention, spans: list[tuple[int, int, str]]) -> bool:
    """The mention closes the name of a local service named after its commune, after a bare
    'de' ("le tribunal correctionnel de Varcourt", "les pompiers d'Harmécourt"): see
    place_types.json seat_bodies."""
    before = text[max(0, m.start - 3) : m.start].replace("\u2019", "'")
    if not (before.endswith("de ") or before.endswith("d'")):
        return False
    heads = _seat_heads()
    return any(e == m.end and s < m.start and label == "organization"
               and _BODY_LEAD.sub("", fold(text[s : m.start])).startswith(heads)
               for s, e, label in spans)


def drop_nested_mentions(entities: list[Entity], cands: list[Candidate], text: str) -> None:
    """A name inside a longer name is part of it: "Lyon" in "selon la Ville de Lyon" is a
    word of the city council's name, not one more mention of the city. Such a nested
    mention is dropped when its entity is also named on its own elsewhere; an entity named
    only inside other names keeps them. A place named only inside organizations' names ("le
    conseil départemental des Vosges", "l'université de Caen", "la Bourse de Séoul": the body
    is the thing named, its territory a word of its name) is flagged `ONLY_IN_BODIES`: no
    place of the text (`facts.drop_places_only_in_bodies`; "le maire" of the commune a
    headline names in "l'école de Bulgnéville" keeps it by name). A town closing the name of a
    local court, gendarmerie, fire station, prefecture or garrison ("le tribunal correctionnel
    de Varcourt") is the place where that service acts: a place of the text (`_seat_town`), when
    the gazetteer knows the town (one that is a département or a province as well included:
    "le parquet de Paris", "le tribunal de Turin"), or INSEE's list the village."""
    spans = [(c.start, c.end, c.label) for c in cands if c.label in NAME_LABELS]

    def outer(m: Mention) -> set[str]:
        return {label for s, e, label in spans if s <= m.start and m.end <= e and e - s > m.end - m.start}

    for ent in entities:
        if ent.type not in NAME_LABELS:
            continue
        around = [outer(m) for m in ent.mentions]
        alone = [m for m, labels in zip(ent.mentions, around, strict=True) if not labels]
        if alone:
            ent.mentions = alone
        elif ent.type == "place" and all(labels == {"organization"} for labels in around) \
                and not (any(_seat_town(text, m, spans) for m in ent.mentions)
                         and (gazetteer.is_town(ent.name) or gazetteer.village(ent.name))):
            ent.attrs[ONLY_IN_BODIES] = True


def _dates_in_person_names(cands: list[Candidate]) -> set[int]:
    """A feast or a day inside a person's name is a word of the name: 'Claire Noël',
    'Jean-Toussaint Leca', 'Marc Pâques' date nothing (ids of those date candidates)."""
    people = [(c.start, c.end) for c in cands if c.label == "person"]
    if not people:
        return set()
    return {id(c) for c in cands if c.label == "date" and any(
        s <= c.start and c.end <= e and e - s > c.end - c.start for s, e in people)}


def build_entities(doc: Doc) -> list[Entity]:
    text = base.original_text(doc)
    cands = sorted(unattested_people(doc, not_people(text, base.get_candidates(doc))),
                   key=lambda c: (c.start, c.end, c.label))
    entities: list[Entity] = []

    # people: coreference of name forms
    people = [c for c in cands if c.label == "person"]
    titles = lexicon()
    for group in group_people(text, people, lambda word: titles.title_of(word) is not None,
                              lambda word: word in titles.kinship):
        entities.append(group)

    # organizations, places, misc: one entity per folded name
    by_name: dict[tuple[str, str], Entity] = {}
    for c in cands:
        if c.label not in ("organization", "place", "misc"):
            continue
        name = c.attrs.get("name") or text[c.start : c.end]
        bare = drop_article(fold(name))  # "Le Réseau des exportateurs" is "Réseau des exportateurs"
        key = (c.label, bare)
        ent = by_name.get(key)
        if ent is None:
            ent = Entity(id="", type=c.label, name=name, mentions=[])
            by_name[key] = ent
            entities.append(ent)
        elif len(bare) == len(fold(name)) < len(fold(ent.name)):
            ent.name = name  # the form without an article names it
        ent.mentions.append(mention_of(text, c))
    for ent in by_name.values():
        # "la France" is named "France": the article is the sentence's, not the country's
        # ("Le Havre", "La Paz" keep theirs: the gazetteer lists them with it)
        if ent.type == "place" and (bare_name := gazetteer.without_article(ent.name)):
            ent.name = bare_name

    # dates: one entity per expression and value ("Halloween" three times is one date);
    # figures and roles: one entity per occurrence (two "deux à trois fois" may count two
    # different things)
    same_date: dict[tuple[str, str], Entity] = {}
    in_names = _dates_in_person_names(cands)
    for c in cands:
        if c.label not in ("date", "figure", "role") or id(c) in in_names:
            continue
        attrs = {k: v for k, v in c.attrs.items() if k != "name"}
        name = c.attrs.get("name") or text[c.start : c.end]
        key = None
        if c.label == "date" and attrs.get("value") is not None:
            key = (drop_article(fold(name)), repr(sorted(attrs.items())))
            if key in same_date:
                same_date[key].mentions.append(mention_of(text, c))
                continue
        ent = Entity(id="", type=c.label, name=name, mentions=[mention_of(text, c)], attrs=attrs)
        if key is not None:
            same_date[key] = ent
        entities.append(ent)

    entities = headline_figures(text, entities)
    for e in entities:
        e.mentions = sorted(set(e.mentions))
    drop_nested_mentions(entities, cands, text)
    for e in entities:
        if e.type == "place":
            # a country's mentions are its name too: "toute [la France]" mentions "France"
            # (after the nested mentions are read off the model's spans, which hold the article)
            e.mentions = sorted({_without_state_article(m, e.name) for m in e.mentions})
    return assign_ids(entities)


def _unit_key(unit: object) -> str | None:
    if not isinstance(unit, str) or not unit.strip():
        return None
    key = fold(unit.strip())
    return key[:-1] if len(key) > 3 and key[-1] in "sx" else key


def headline_figures(text: str, entities: list[Entity]) -> list[Entity]:
    """A figure of the headline that the body restates, with the same value and counted noun,
    is one figure: "520 postes" in the headline and "environ 520 postes" in the body. The
    body's figure names it and keeps its qualifier (the headline drops the hedge: a hedged
    figure is then one of the lead's); the headline's occurrence becomes one more mention of
    it. Two figures of the same value in the body stay two; a headline figure the body does
    not restate stays."""
    figures = [e for e in entities if e.type == "figure"]
    if len(figures) < 2:
        return entities
    end = headline_end(text)
    if end is None:
        return entities
    # the lead, the paragraph after the headline, restates its figure with the hedge it dropped;
    # further on, a hedged figure of the same value may count something else (a headline's
    # "trois navires", then paragraphs later "jusqu'à trois navires chaque mois")
    first = len(text) - len(text[end:].lstrip())
    lead_end = text.find("\n", first)
    lead_end = len(text) if lead_end < 0 else lead_end
    merged: set[int] = set()
    taken: set[int] = set()
    for head in figures:
        if head.mentions[0].start >= end:
            break
        key = _unit_key(head.attrs.get("unit"))
        value = head.attrs.get("value")
        if key is None or value is None:
            continue
        qualifier = head.attrs.get("qualifier")
        body = next((e for e in figures if e.mentions[0].start >= end and id(e) not in taken
                     and e.attrs.get("value") == value and _unit_key(e.attrs.get("unit")) == key
                     and (e.attrs.get("qualifier") == qualifier or e.mentions[0].start < lead_end)),
                    None)
        if body is None:
            continue
        body.mentions.extend(head.mentions)
        taken.add(id(body))
        merged.add(id(head))
    return [e for e in entities if id(e) not in merged] if merged else entities
