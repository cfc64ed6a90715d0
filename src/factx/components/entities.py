"""People, organizations and places: the model's entities, corrected by factx's rules.

The statistical model is good at finding names and poor at their edges in French news:
elided articles ("l'ORPEX", "s'" alone), civility ("Mme Doussin"), organization names cut
short ("Innov & Export" for "Innov & Export PME"), and a town read as a person ("à
Laval"). This component turns `doc.ents` into candidates and fixes those, with the
lexicons of models/entities.json.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from factx.components import base
from factx.resolve.names import fold
from factx.resources import load_json
from factx.types import Candidate


@cache
def _lex() -> dict[str, Any]:
    data = load_json("entities.json")
    return {
        "label_map": data["label_map"],
        "civilities": {c.lower() for c in data["civilities"]},
        "elisions": tuple(sorted(data["elisions"], key=len, reverse=True)),
        "junk": set(data["junk"]),
        "place_preps": set(data["place_prepositions"]),
        "org_suffixes": set(data["org_suffixes"]),
    }


def _strip_elision(span_text: str, start: int) -> tuple[str, int]:
    low = span_text.lower()
    for el in _lex()["elisions"]:
        if low.startswith(el) and len(span_text) > len(el):
            return span_text[len(el):], start + len(el)
    return span_text, start


def _is_name_like(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 2 and any(c.isupper() for c in letters) and fold(s) not in _lex()["junk"]


def _extend_org(doc: Doc, ent: Span) -> int:
    """Token index where an organization name really ends: after acronyms and suffixes."""
    end = ent.end
    suffixes = _lex()["org_suffixes"]
    while end < len(doc):
        tok = doc[end]
        if tok.ent_iob_ == "B":  # another entity starts here
            break
        acronym = tok.is_alpha and tok.is_upper and len(tok) >= 2
        if not (acronym or tok.text in suffixes) or (tok.whitespace_ == "" and end + 1 < len(doc) \
                and doc[end + 1].is_alpha):
            break
        end += 1
    return end


def _civility_before(doc: Doc, i: int) -> tuple[str, int] | None:
    """A civility token (or "M" + ".") right before token i: (civility, its char start)."""
    civs = _lex()["civilities"]
    if i >= 1 and doc[i - 1].text.lower() in civs:
        return doc[i - 1].text, doc[i - 1].idx
    if i >= 2 and doc[i - 1].text == "." and doc[i - 2].text in ("M", "MM"):
        return doc[i - 2].text + ".", doc[i - 2].idx
    return None


def ner_candidates(doc: Doc) -> list[Candidate]:
    """The model's entities as factx candidates, edges and labels corrected."""
    lex = _lex()
    text = base.original_text(doc)
    out: list[Candidate] = []
    for ent in doc.ents:
        label = lex["label_map"].get(ent.label_)
        if label is None:
            continue
        start_tok, end_tok = ent.start, ent.end
        if label in ("organization", "misc"):
            end_tok = _extend_org(doc, ent)
            if end_tok > ent.end:
                label = "organization"  # "Bois & Fibres" + "PME": a company name
        start, end = doc[start_tok].idx, doc[end_tok - 1].idx + len(doc[end_tok - 1])
        attrs: dict[str, Any] = {}
        # civility inside the span ("Mme Doussin") or just before it ("Mme" + "Doussin")
        if label == "person":
            first = doc[start_tok]
            civ_inside = first.text.lower() in lex["civilities"] and end_tok - start_tok > 1
            if civ_inside:
                nxt = doc[start_tok + 1]
                if first.text == "M" and nxt.text == ".":
                    attrs["civility"] = "M."
                    name_start = doc[start_tok + 2].idx if end_tok - start_tok > 2 else end
                else:
                    attrs["civility"] = first.text
                    name_start = nxt.idx
            else:
                before = _civility_before(doc, start_tok)
                name_start = start
                if before:
                    attrs["civility"], start = before
            name = text[name_start:end].strip()
        else:
            name = text[start:end]
        # elided article at the start: "l'ORPEX" -> "ORPEX"; "s'" alone -> nothing
        stripped, new_start = _strip_elision(text[start:end], start)
        if new_start != start and not attrs.get("civility"):
            start, name = new_start, stripped
        name = name.strip(" ,.;:!?\"«»()[]'\u2019")
        while end > start and text[end - 1] in " ,;:!?\"«»()[]":
            end -= 1
        if not _is_name_like(name):
            continue
        attrs = {"name": name, **attrs}
        out.append(Candidate(label, start, end, "ner", attrs))
    return _consistent_labels(doc, out)


def _consistent_labels(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """One name, one type per document; a lone word after "à" is a place, not a person."""
    preps = _lex()["place_preps"]
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    char_to_tok = {t.idx: t.i for t in doc}
    for c in cands:
        key = fold(c.attrs["name"])
        i = char_to_tok.get(c.start)
        prev = doc[i - 1].lower_ if i else ""
        if c.label == "person" and " " not in c.attrs["name"] and not c.attrs.get("civility") \
                and prev in preps:
            c.label = "place"
        votes[key][c.label] += 1
    persons_full = {fold(c.attrs["name"]).split()[-1] for c in cands
                    if c.label == "person" and " " in c.attrs["name"]}
    for c in cands:
        key = fold(c.attrs["name"])
        if c.label == "person" and key in persons_full:
            continue  # a surname of a named person stays a person
        top = votes[key].most_common()
        if len(top) > 1 and top[0][1] > top[1][1]:
            c.label = top[0][0]
    return cands


@Language.component("factx_entities")
def entities_component(doc: Doc) -> Doc:
    base.add_candidates(doc, ner_candidates(doc))
    return doc
