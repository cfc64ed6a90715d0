"""Dependency patterns of models/roles/dependency_patterns.json, run once per document.

The DependencyMatcher is compiled once per vocabulary (so once per loaded pipeline) and
kept for the process; a document's matches are indexed by label and by the token each node
landed on, for the role and quote rules to look up ("the subject of this verb", "the verb
whose complement is this title").
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from factx.resources import load_json

_MATCHERS: dict[int, tuple[Vocab, DependencyMatcher, dict[str, list[str]]]] = {}


def _matcher(vocab: Vocab) -> tuple[DependencyMatcher, dict[str, list[str]]]:
    hit = _MATCHERS.get(id(vocab))
    if hit is not None and hit[0] is vocab:
        return hit[1], hit[2]
    data: dict[str, Any] = load_json("roles/dependency_patterns.json")
    matcher = DependencyMatcher(vocab)
    names: dict[str, list[str]] = {}
    for label, patterns in data.items():
        if label.startswith("_"):
            continue
        matcher.add(label, patterns)
        names[label] = [node["RIGHT_ID"] for node in patterns[0]]
    _MATCHERS[id(vocab)] = (vocab, matcher, names)
    return matcher, names


class DepMatches:
    """label -> list of {node name: token index}."""

    def __init__(self, doc: Doc) -> None:
        matcher, names = _matcher(doc.vocab)
        self.by_label: dict[str, list[dict[str, int]]] = defaultdict(list)
        for match_id, token_ids in matcher(doc):
            label = doc.vocab.strings[match_id]
            self.by_label[label].append(dict(zip(names[label], token_ids, strict=True)))

    def where(self, label: str, node: str, i: int) -> list[dict[str, int]]:
        """Matches of `label` whose node `node` is token i."""
        return [m for m in self.by_label.get(label, []) if m.get(node) == i]


def matches(doc: Doc) -> DepMatches:
    """The document's dependency matches (compute once per document and pass along)."""
    return DepMatches(doc)
