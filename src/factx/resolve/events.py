"""Other facts a spreadsheet wants, where the text states them plainly.

- event: a sentence naming an event ("le gala", "le Gala MercadOr Québec") with a date entity
  and, if given, a place after "à"/"en" -> {"event", "name", "date", "place", "evidence"};
  "le gala" refers to a named event of the document whose name contains the noun.
- figure: a figure entity that is the object of a verb whose subject names an entity ("les
  ORPEX ont appuyé plus de 3 605 entreprises"; "Ces derniers ..." points to the last
  organization named) -> {"figure", "subject", "verb", "evidence"}.
Both need the date and figure layers' entities; without them there are none.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from factx.resolve.names import fold
from factx.resolve.spans import EntityIndex
from factx.resources import load_json
from factx.types import Entity

SUBJECTS = ("organization", "person", "place", "misc")


@dataclass
class Event:
    type: str
    start: int
    end: int
    refs: dict[str, Any] = field(default_factory=dict)

    def to_data(self, text: str) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for k, v in self.refs.items():
            data[k] = v.id if isinstance(v, Entity) else v
        data["evidence"] = {"start": self.start, "end": self.end, "text": text[self.start : self.end]}
        return data


@cache
def _lex() -> dict[str, Any]:
    data = load_json("roles/events.json")
    return {
        "nouns": frozenset(data["event_nouns"]),
        "preps": frozenset(data["place_preps"]),
        "date_kinds": frozenset(data["date_kinds"]),
        "anaphors": frozenset(data["subject_anaphors"]),
    }


def _char_span(sent: Span, items: list[tuple[Entity, int, int]], extra: list[int]) -> tuple[int, int]:
    doc = sent.doc
    lo = min([a for _, a, _ in items] + extra)
    hi = max([b for _, _, b in items] + [x + 1 for x in extra])
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])


def _events(doc: Doc, idx: EntityIndex, entities: list[Entity]) -> list[Event]:
    lex = _lex()
    named = [e for e in entities if e.type in ("misc", "organization")
             and any(w in lex["nouns"] for w in fold(e.name).split())]
    out: list[Event] = []
    for sent in doc.sents:
        dates = [d for d in idx.in_span(sent.start, sent.end, ("date",))
                 if d[0].attrs.get("kind", "date") in lex["date_kinds"]]
        if not dates:
            continue
        event: Entity | None = None
        name: str | None = None
        at: int | None = None
        for hit in idx.in_span(sent.start, sent.end, ("misc", "organization")):
            if hit[0] in named:
                event, at = hit[0], hit[1]
                break
        ev_span: list[tuple[Entity, int, int]] = []
        if event is not None and at is not None:
            hit = idx.at(at, ("misc", "organization"))
            ev_span = [hit] if hit else []
        if event is None:
            for tok in sent:
                if tok.pos_ == "NOUN" and tok.lower_ in lex["nouns"] and idx.at(tok.i) is None:
                    at = tok.i
                    refers = [e for e in named if tok.lower_ in fold(e.name).split()
                              and e.start < tok.idx]
                    if refers:
                        event = refers[-1]
                    else:
                        name = _noun_phrase(tok)
                    break
        if at is None:
            continue
        date = min(dates, key=lambda d: abs(d[1] - at))
        places = [p for p in idx.in_span(sent.start, sent.end, ("place",))
                  if p[1] > 0 and doc[p[1] - 1].lower_ in lex["preps"]]
        place = min(places, key=lambda p: abs(p[1] - at)) if places else None
        parts = [date, *ev_span] + ([place] if place else [])
        start, end = _char_span(sent, parts, [at])
        out.append(Event("event", start, end, {"event": event, "name": event.name if event else name,
                                               "date": date[0], "place": place[0] if place else None}))
    return out


def _noun_phrase(tok: Token) -> str:
    words = [tok] + [c for c in tok.children if c.dep_ == "amod" and c.i > tok.i]
    words.sort(key=lambda t: t.i)
    return " ".join(w.text for w in words)


def _figures(doc: Doc, idx: EntityIndex) -> list[Event]:
    lex = _lex()
    out: list[Event] = []
    last_subject: tuple[Entity, int, int] | None = None
    for sent in doc.sents:
        for fig in idx.in_span(sent.start, sent.end, ("figure",)):
            verb: Token | None = None
            for i in range(fig[1], fig[2]):
                tok = doc[i]
                if tok.dep_ in ("obj", "obl", "obl:arg", "nsubj:pass") and tok.head.pos_ in ("VERB", "AUX"):
                    verb = tok.head
                    break
            if verb is None:
                continue
            subject: tuple[Entity, int, int] | None = None
            where = fig
            head = verb
            while head.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in head.children) \
                    and head.head is not head:
                head = head.head  # "ont offert ..., élaboré 166 plans": the first verb's subject
            for c in head.children:
                if c.dep_ != "nsubj":
                    continue
                span = doc[c.left_edge.i : c.right_edge.i + 1]
                found = [h for h in idx.in_span(span.start, span.end, SUBJECTS) if not h[1] >= fig[1]]
                if found:
                    subject, where = found[0], found[0]
                elif span.text.lower() in lex["anaphors"] and last_subject is not None:
                    subject, where = last_subject, (last_subject[0], span.start, span.end)
            if subject is None:
                continue
            start, end = _char_span(sent, [fig, where], [verb.i])
            out.append(Event("figure", start, end, {"figure": fig[0], "subject": subject[0],
                                                    "verb": verb.text}))
        subs = idx.in_span(sent.start, sent.end, ("organization",))
        if subs:
            last_subject = subs[-1]
    return out


def resolve_events(doc: Doc, entities: list[Entity]) -> list[Event]:
    idx = EntityIndex(doc, entities)
    return _events(doc, idx, entities) + _figures(doc, idx)
