"""Where entities stand in the Doc: token -> (entity, mention), for the fact rules."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from factx.resolve.names import fold
from factx.types import Entity, Mention
from factx.words import drop_article


def find_named(entities: Iterable[Entity], name: str, types: tuple[str, ...]) -> Entity | None:
    """The entity of one of `types` (earlier types first) that `name` names: its name, an alias
    or a mention's text, folded as factx folds names; failing that, the same with an opening
    article dropped on either side ("France" names the place written "la France"). A fact's
    reference given as a bare name ("le ministre danois" -> "Danemark") points to that entity
    when the text names it. None when no entity of those types has that name."""
    key = fold(name)
    if not key:
        return None
    pool = [e for e in entities if e.type in types]
    pool.sort(key=lambda e: types.index(e.type))
    forms = [(e, [fold(f) for f in (e.name, *e.attrs.get("aliases", []), *(m.text for m in e.mentions))])
             for e in pool]
    for e, folded in forms:
        if key in folded:
            return e
    bare = drop_article(key)
    for e, folded in forms:
        if any(drop_article(f) == bare for f in folded):
            return e
    return None


class EntityIndex:
    """Mentions of entities aligned on tokens; rebuilt whenever entities change."""

    def __init__(self, doc: Doc, entities: list[Entity]) -> None:
        self.doc = doc
        self.entities = entities
        self._at: dict[int, list[tuple[Entity, Mention, int, int]]] = {}
        self.by_name: dict[str, Entity] = {}
        for e in entities:
            if e.type in ("person", "organization", "place", "misc"):
                for form in [e.name, *e.attrs.get("aliases", []), *(m.text for m in e.mentions)]:
                    self.by_name.setdefault(fold(form), e)
            for m in e.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or len(span) == 0:
                    continue
                for i in range(span.start, span.end):
                    self._at.setdefault(i, []).append((e, m, span.start, span.end))
        for hits in self._at.values():
            hits.sort(key=lambda h: h[2] - h[3])  # longest mention first

    def at(self, i: int, types: tuple[str, ...] | None = None) -> tuple[Entity, int, int] | None:
        """The entity with a mention covering token i: (entity, first token, end token)."""
        for e, _, a, b in self._at.get(i, ()):
            if types is None or e.type in types:
                return e, a, b
        return None

    def starting_at(self, i: int, types: tuple[str, ...]) -> tuple[Entity, int, int] | None:
        hit = self.at(i, types)
        return hit if hit and hit[1] == i else None

    def ending_at(self, end: int, types: tuple[str, ...]) -> tuple[Entity, int, int] | None:
        """The entity whose mention ends right before token `end`."""
        hit = self.at(end - 1, types) if end >= 1 else None
        return hit if hit and hit[2] == end else None

    def in_span(self, start: int, end: int, types: tuple[str, ...]) -> list[tuple[Entity, int, int]]:
        out: list[tuple[Entity, int, int]] = []
        i = start
        while i < end:
            hit = self.at(i, types)
            if hit and hit[2] <= end:
                out.append(hit)
                i = hit[2]
            else:
                i += 1
        return out

    def in_subtree(self, tok: Token, types: tuple[str, ...]) -> list[tuple[Entity, int, int]]:
        sub = list(tok.subtree)
        return self.in_span(sub[0].i, sub[-1].i + 1, types)

    def named(self, name: str) -> Entity | None:
        return self.by_name.get(fold(name))

    def named_as(self, name: str, types: tuple[str, ...]) -> Entity | None:
        """`find_named` over the indexed entities: the entity of one of `types` that `name` names."""
        return find_named(self.entities, name, types)

