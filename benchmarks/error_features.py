"""Counted features of the errors, per dev set and part: what the misses have in common, in
numbers only, so that the blind parts can steer the work without being read.

For every dev set and part (benchmarks/splits.py), and for three rows of score.py:

- roles (person+role) missed: whether the person is one of factx's people, whether factx gives
  that person another role, whether the gold title is known to the title lexicon (qualifiers
  such as "ancien" make it unknown), whether its word stands in a sentence that names the
  person, and how far the nearest occurrence is;
- roles (+of) whose person and title are right, but whose `of` is missing or wrong while the
  gold's body is one of factx's entities: kinds of body, where its nearest mention stands;
- organizations and places missed and extra: typed as something else, overlapping one of the
  same kind (a boundary error), or found nowhere; the number of words and mentions;
- quotations found with a null or wrong speaker (quote_who.py's cases): the paragraph around
  them (other guillemets before, a colon before, people and organizations named before, the
  speaker's last mention), the rule that fired, whether the quotation speaks in the first person.

Nothing but counts is printed, for any part; the texts stay unread. Features are approximate
(sentences are cut at ". " and line ends) and meant to be compared between parts and versions.

    python benchmarks/error_features.py [--sets regional_dev,wikinews_dev] [--rows roles,entities,quotes]
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from accuracy import DEV_SETS, load_scorer
from common import require_shared
from quote_who import classify as classify_quotes
from role_of import dev_parts

ROWS = ("roles", "of", "entities", "quotes")
KINDS = (("organization", "organizations"), ("place", "places"))
_COMPLEMENT = re.compile(r" d[eu]s? | d['’]")
_GENERIC = re.compile(r"\b(?:du|de la|de l['’]|des) ?(?:club|association|société|entreprise|groupe|"
                      r"comité|commune|ville|fédération|syndicat|parti|conseil|équipe|section|amicale|"
                      r"établissement|collège|lycée|école|usine|banque|cabinet|office|agence|service|"
                      r"structure|collectif|compagnie|chambre|mairie|ministère)\b")
_QUALIFIERS = {"ancien", "ancienne", "nouveau", "nouvelle", "premier", "première", "1er", "1re", "1ère",
               "deuxième", "2e", "troisième", "3e", "futur", "future", "actuel", "actuelle", "ex",
               "vice", "jeune", "dernier", "dernière", "précédent", "précédente", "ex-"}
_PART_HEADS = {"auteur", "autrice", "auteure", "conducteur", "conductrice", "chauffeur", "pilote"}
_PREPOSITIONS = {"a", "en", "au", "aux", "de", "du", "d'", "dans"}
_ARTICLES = ("le", "la", "l'", "l’", "les")
_PRONOUN = re.compile(r"\b(?:il|elle)s?\b")
_FIRST_PERSON = re.compile(r"\b(je|j|nous|on|moi)\b")


def _speech_words() -> re.Pattern[str]:
    import json

    data = json.loads((Path(__file__).resolve().parent.parent / "models" / "quotes.json").read_text())
    stems = {v[:-2] for v in data["speech"] + data["continuing_verbs"] if v.endswith(("er", "ir", "re"))}
    stems |= {"di", "dit", "expliqu", "ajout", "soulign", "précis", "indiqu", "confi", "lanc", "rappel"}
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, stems))) + r")\w*")


_SPEECH = _speech_words()


def _sentence(text: str, i: int) -> tuple[int, int]:
    """Rough bounds of the sentence holding offset i."""
    a = max(text.rfind(". ", 0, i), text.rfind("\n", 0, i)) + 1
    ends = [x for x in (text.find(". ", i), text.find("\n", i)) if x >= 0]
    return a, min(ends) if ends else len(text)


def _last_sentence_end(before: str) -> int:
    """Offset of the last rough sentence end (". ", "! ", "? ", "» ") in `before`, -1 if none."""
    return max(before.rfind(". "), before.rfind("! "), before.rfind("? "), before.rfind("» "))


def _bucket(n: int, top: int) -> str:
    return f"{n}" if n < top else f"{top}+"


def role_features(sc: ModuleType, gold: dict, pred: dict, text: str, out: Counter[str]) -> None:
    from factx.resolve.lexicon import lexicon

    lx = lexicon()
    ents = {e["id"]: e for e in pred["entities"]}
    people = {p["name"]: [p["name"], *p.get("mentions", [])] for p in gold["people"]}
    roles = [f for f in pred["facts"] if f["type"] == "role"]
    folded = sc.fold(text)
    headline_end = text.find("\n", text.find("\n") + 1)

    def person_forms(f: dict) -> list[str]:
        return sc.forms(ents[f["person"]]) if f.get("person") in ents else []

    for g in gold["roles"]:
        forms = people.get(g["person"], [g["person"]])
        if any(sc.forms_match(forms, person_forms(f)) and sc.overlap(g["role"], f["role"] or "")
               for f in roles):
            continue
        out["missed"] += 1
        person = next((e for e in ents.values()
                       if e["type"] == "person" and sc.forms_match(forms, sc.forms(e))), None)
        out[f"person found={person is not None}"] += 1
        if person is None:
            continue
        out[f"person has another role={any(f['person'] == person['id'] for f in roles)}"] += 1
        head = (g["role"] or "").split()[0].lower() if g["role"] else ""
        out[f"title in lexicon={lx.title_of(g['role']) is not None or lx.title_of(head) is not None}"] += 1
        words = (g["role"] or "").lower().split()
        out[f"title opens with a qualifier={bool(words) and words[0] in _QUALIFIERS}"] += 1
        bare = [w for w in words if w not in _QUALIFIERS]
        known = bool(bare) and lx.title_of(bare[0]) is not None
        out[f"title's head after qualifiers in lexicon={known}"] += 1
        out[f"title words={_bucket(len(words), 3)}"] += 1
        others = [e for e in ents.values() if e["type"] == "person" and e["id"] != person["id"]]
        out[f"title has a complement={bool(_COMPLEMENT.search(g['role'] or ''))}"] += 1
        out[f"gold of={bool(g.get('of'))}"] += 1
        out[f"person in the first line={any(m['start'] < headline_end for m in person['mentions'])}"] += 1
        spots = [m.start() for m in re.finditer(re.escape(sc.fold(head)), folded)] if head else []
        out[f"title word in text={bool(spots)}"] += 1
        if not spots:
            continue
        same = any(_sentence(text, m["start"]) == _sentence(text, s)
                   for m in person["mentions"] for s in spots)
        out[f"title in a sentence naming the person={same}"] += 1
        if not same:
            bounds = {_sentence(text, x) for x in spots}
            by_other = any(_sentence(text, m["start"]) in bounds for e in others for m in e["mentions"])
            out[f"title's sentence names another person={by_other}"] += 1
            near = min(spots, key=lambda x: min(abs(x - m["start"]) for m in person["mentions"]))
            sa, _sb = _sentence(text, near)
            lead = text[sa:near].strip().lower()
            opens = not lead or lead.split()[-1] in _ARTICLES
            out[f"title opens its sentence={opens}"] += 1
        d = min((s - m["start"] for m in person["mentions"] for s in spots), key=abs)
        far = "<=40" if abs(d) <= 40 else "<=120" if abs(d) <= 120 else ">120"
        out[f"nearest title {'before' if d < 0 else 'after'} the name, {far} chars"] += 1
    for f in roles:
        if any(sc.forms_match(people.get(g["person"], [g["person"]]), person_forms(f))
               and sc.overlap(g["role"], f["role"] or "") for g in gold["roles"]):
            continue
        right = any(h is not f and h.get("person") == f.get("person")
                    and any(sc.forms_match(people.get(g["person"], [g["person"]]), person_forms(h))
                            and sc.overlap(g["role"], h["role"] or "") for g in gold["roles"])
                    for h in roles)
        out[f"extra: factx also gives the person a right role={right}"] += 1
        extra_role_features(sc, gold, f, person_forms(f), out)


def extra_role_features(sc: ModuleType, gold: dict, f: dict, forms: list[str], out: Counter[str]) -> None:
    """An extra role: a title with the wrong extent (a gold role of the same person shares a
    word with it), a person the gold does not have, a title the gold gives someone else."""
    from factx.resolve.lexicon import lexicon

    lx = lexicon()
    out["extra"] += 1
    title = f["role"] or ""
    words = {sc.fold(w) for w in re.findall(r"\w+", title.lower())} - {"de", "du", "des", "la", "le", "l"}
    gperson = next((p for p in gold["people"] if sc.forms_match([p["name"], *p.get("mentions", [])], forms)),
                   None)
    out[f"extra: person is a gold person={gperson is not None}"] += 1
    if gperson is not None:
        own = [g for g in gold["roles"] if g["person"] == gperson["name"]]
        shared = any(words & {sc.fold(w) for w in re.findall(r"\w+", (g["role"] or "").lower())} for g in own)
        out[f"extra: gold person's roles={_bucket(len(own), 2)}, one shares a title word={shared}"] += 1
    out[f"extra: title in lexicon={lx.title_of(title) is not None}"] += 1
    out[f"extra: title words={_bucket(len(title.split()), 3)}"] += 1
    out[f"extra: title has a complement={bool(_COMPLEMENT.search(' ' + title + ' '))}"] += 1
    qualified = bool(title.split()) and title.split()[0].lower() in _QUALIFIERS
    out[f"extra: title opens with a qualifier={qualified}"] += 1
    head = title.split()[0].lower() if title.split() else ""
    out[f"extra: title's head a noun of a part in an event (auteur, conducteur)={head in _PART_HEADS}"] += 1
    ev = (f.get("evidence") or {}).get("text", "")
    out[f"extra: evidence chars={'<=40' if len(ev) <= 40 else '<=120' if len(ev) <= 120 else '>120'}"] += 1
    out[f"extra: evidence holds a list (', ' or ' et ')={', ' in ev or ' et ' in ev}"] += 1
    other = any(sc.overlap(g["role"] or "", title) for g in gold["roles"]
                if gperson is None or g["person"] != gperson["name"])
    out[f"extra: gold gives the title to another person={other}"] += 1


def _where(entity: dict, a: int, b: int, sentence: tuple[int, int]) -> str:
    """Where an entity's mentions stand against a role's evidence [a, b) and its sentence."""
    ms = [m["start"] for m in entity["mentions"]]
    if any(a <= m < b for m in ms):
        return "in the evidence"
    if any(sentence[0] <= m < sentence[1] for m in ms):
        return "in its sentence"
    return "earlier" if any(m < a for m in ms) else "only later"


def of_features(sc: ModuleType, gold: dict, pred: dict, text: str, out: Counter[str]) -> None:
    """The `of` of the roles whose person and title are right but whose body is missing or
    wrong, while the gold's body is one of factx's entities (role_of.py's "body found")."""
    ents = {e["id"]: e for e in pred["entities"]}
    people = {p["name"]: [p["name"], *p.get("mentions", [])] for p in gold["people"]}
    bodies = {o["name"]: [o["name"], *o.get("aliases", [])] for o in gold["organizations"]}
    places = {p if isinstance(p, str) else p["name"] for p in gold["places"]}
    roles = [f for f in pred["facts"] if f["type"] == "role"]

    def same(g: dict, f: dict) -> bool:
        person = ents.get(f.get("person") or "")
        return person is not None and sc.overlap(g["role"], f["role"] or "") \
            and sc.forms_match(people.get(g["person"], [g["person"]]), sc.forms(person))

    for g, f in sc.match_sets(gold["roles"], roles, same)[2]:
        if not g.get("of"):
            continue
        forms = bodies.get(g["of"], [g["of"]])
        ref = f.get("of") or None
        mine = ents.get(ref or "")
        # as score.py reads an `of`: an entity's forms, else the bare name factx gives
        given = sc.forms(mine) if mine is not None else [ref] if ref else []
        if sc.forms_match(forms, given) or any(sc.overlap(g["of"], x) for x in given):
            continue
        body = next((e for e in ents.values() if e["type"] in ("organization", "place")
                     and sc.forms_match(forms, sc.forms(e))), None)
        if body is None:
            continue
        outcome = "wrong" if given else "missing"
        out[outcome] += 1
        kind = "place" if g["of"] in places else "organization"
        out[f"{outcome}: gold body is a {kind}, factx's a {body['type']}"] += 1
        ev = f.get("evidence") or {}
        a, b = ev.get("start", 0), ev.get("end", 0)
        sent = _sentence(text, a)

        out[f"{outcome}: gold body's mention {_where(body, a, b, sent)}"] += 1
        if mine is not None:
            out[f"wrong: factx's body is a {mine['type']}, its mention {_where(mine, a, b, sent)}"] += 1
        elif given:
            out["wrong: factx's body is a bare name"] += 1
        complement = _COMPLEMENT.search(ev.get("text", ""))
        generic = bool(_GENERIC.search(ev.get("text", "").lower()))
        out[f"{outcome}: evidence holds a complement={bool(complement)}, a generic body noun={generic}"] += 1
        out[f"{outcome}: title has qualifier words={len((f['role'] or '').split()) > 1}"] += 1


def _gold_forms(items: list[Any]) -> list[list[str]]:
    return [[i["name"], *i.get("aliases", [])] if isinstance(i, dict) else [i] for i in items]


def entity_features(sc: ModuleType, gold: dict, pred: dict, text: str, out: dict[str, Counter[str]]) -> None:
    from factx.gazetteer import place_kind, village

    ents = list(pred["entities"])
    folded = sc.fold(text)
    people = [[p["name"], *p.get("mentions", [])] for p in gold["people"]]
    golds = {kind: _gold_forms(gold[key]) for kind, key in KINDS}
    golds["person"] = people
    for kind in ("organization", "place", "person"):
        c = out[kind]
        other_kind = {"organization": "place", "place": "organization", "person": "organization"}[kind]
        for forms in golds[kind]:
            if any(e["type"] == kind and sc.forms_match(forms, sc.forms(e)) for e in ents):
                continue
            c["missed"] += 1
            typed = next((e["type"] for e in ents if sc.forms_match(forms, sc.forms(e))), None)
            c[f"missed, typed as {typed}"] += 1
            if typed is None:
                part = any(e["type"] == kind and any(sc.overlap(x, y) for x in forms for y in sc.forms(e))
                           for e in ents)
                c[f"missed, untyped: overlaps a {kind}={part}"] += 1
                c[f"missed, untyped: in the text={any(sc.fold(x) in folded for x in forms)}"] += 1
                c[f"missed, untyped: words={_bucket(len(forms[0].split()), 4)}"] += 1
                c[f"missed, untyped: opens in lower case={forms[0][:1].islower()}"] += 1
                c[f"missed, untyped: in a gazetteer list={place_kind(forms[0]) or village(forms[0])}"] += 1
                spots = [m.start() for x in forms for m in re.finditer(re.escape(sc.fold(x)), folded)]
                lead = {folded[max(0, i - 4):i].split()[-1] if folded[max(0, i - 4):i].split() else ""
                        for i in spots}
                c[f"missed, untyped: after à/en/au/de/dans={bool(lead & _PREPOSITIONS)}"] += 1
        for e in ents:
            if e["type"] != kind:
                continue
            fe = sc.forms(e)
            if any(sc.forms_match(g, fe) for g in golds[kind]):
                continue
            c["extra"] += 1
            if any(sc.forms_match(g, fe) for g in golds[other_kind]):
                c[f"extra, a gold {other_kind}"] += 1
            elif kind != "person" and any(sc.forms_match(g, fe) for g in people):
                c["extra, a gold person"] += 1
            elif any(any(sc.overlap(x, y) for x in g for y in fe) for g in golds[kind]):
                c[f"extra, overlaps a gold {kind}"] += 1
            else:
                c["extra, no gold entity"] += 1
                first = e["mentions"][0]["start"] < text.find("\n")
                c[f"extra, no gold entity: in the first line={first}"] += 1
                c[f"extra, no gold entity: words={_bucket(len(e['name'].split()), 4)}"] += 1
                c[f"extra, no gold entity: mentions={_bucket(len(e['mentions']), 3)}"] += 1


_CLOSING = {"«": "»", "“": "”", '"': '"', "„": "“"}
_DASHES = ("-", "–", "—")
_QUE = re.compile(r"\bqu(?:e|['’])\s*$")
_QUE_ANY = re.compile(r"\bqu(?:e|['’])")


def _folded_with_offsets(text: str) -> tuple[str, list[int]]:
    """The text lower-cased, accents and spacing folded, with each folded character's offset."""
    chars: list[str] = []
    where: list[int] = []
    for i, c in enumerate(text):
        c = c.lower().replace("’", "'").replace("\xa0", " ").replace("\u202f", " ")
        c = "".join(x for x in unicodedata.normalize("NFD", c) if unicodedata.category(x) != "Mn")
        if c.isspace():
            if chars and chars[-1] == " ":
                continue
            c = " "
        for x in c:
            chars.append(x)
            where.append(i)
    return "".join(chars), where


def missed_quote_features(pred: dict, text: str, g: dict, out: Counter[str]) -> None:
    """A gold quotation no quote of factx holds: its marks, length, what governs it, what
    factx found around it (quote_who.py's "not found")."""
    folded, where = _folded_with_offsets(text)
    key, _ = _folded_with_offsets(g["starts"].strip(" «»“”\"-–—"))
    at = folded.find(key.strip())
    if at < 0:
        out["not found: opening words not located"] += 1
        return
    start = where[at]
    ls = text.rfind("\n", 0, start) + 1
    before = text[ls:start].rstrip()
    mark = before[-1:] if before[-1:] in _CLOSING else ""
    dash = not mark and before.lstrip()[:1] in _DASHES
    kind = mark or ("dash" if dash else "none")
    out[f"not found: mark={kind}"] += 1
    if mark:
        close = text.find(_CLOSING[mark], start)
        end = close if close >= 0 else len(text)
        before = before[:-1].rstrip()
    else:
        nl = text.find("\n", start)
        end = nl if nl >= 0 else len(text)
    body = text[start:end]
    n = len(body.split())
    size = "<5" if n < 5 else "5-9" if n < 10 else "10-19" if n < 20 else "20+"
    out[f"not found: words={size}"] += 1
    spans = "\n" in body.strip()
    out[f"not found: spans a line break={spans}"] += 1
    cut = _last_sentence_end(before)
    lead = before[cut + 1:].strip() if not dash else ""
    out[f"not found: words since the last sentence end={_bucket(len(lead.split()), 6)}"] += 1
    low = lead.lower()
    out[f"not found: colon right before={low.endswith(':')}"] += 1
    out[f"not found: after que={bool(_QUE.search(low))}"] += 1
    que = bool(_QUE_ANY.search(low))
    out[f"not found: que earlier in its sentence={que}"] += 1
    ents = [e for e in pred["entities"] if e["type"] in ("person", "organization")]
    lo = start - len(before) + len(before[:cut + 1]) if lead else start
    named = {e["type"] for e in ents for m in e["mentions"] if lo <= m["start"] < start}
    out[f"not found: named before it in its sentence={','.join(sorted(named)) or 'nobody'}"] += 1
    governs = "speech verb" if _SPEECH.search(low) else "other words" if lead else "nothing"
    out[f"not found: before it in its sentence: {governs}"] += 1
    after = text[end + 1:end + 3].lstrip(" \xa0\u202f")[:1]
    inside = (bool(lead) and not low.endswith(":")) or (after != "" and (after.islower() or after in ",;"))
    out[f"not found: a fragment inside a longer sentence={inside}"] += 1
    quotes = [f for f in pred["facts"] if f["type"] == "quote"]
    near = [f for f in quotes if f["start"] < end and f["end"] > start]
    if not near:
        out["not found: factx quote overlapping=none"] += 1
    for f in near:
        rel = "starts before" if f["start"] < start - 2 else "shorter" if f["end"] < end - 2 else "other"
        out[f"not found: factx quote overlapping={rel}"] += 1


def quote_features(sc: ModuleType, gold: dict, pred: dict, text: str, out: Counter[str]) -> None:
    ents = {e["id"]: e for e in pred["entities"]}
    gold_people = {p["name"]: [p["name"], *p.get("mentions", [])] for p in gold["people"]}
    for outcome, _detail, g, q in classify_quotes(sc, gold, pred, text):
        if outcome == "not found":
            missed_quote_features(pred, text, g, out)
        if outcome not in ("null", "wrong") or q is None:
            continue
        out[outcome] += 1
        mark = text.rfind("«", 0, q["start"] + 1)
        qs = mark if 0 <= q["start"] - mark <= 3 else q["start"]
        ps = text.rfind("\n", 0, qs) + 1
        pe = text.find("\n", qs)
        pe = len(text) if pe < 0 else pe
        before = text[ps:qs]

        def named(kind: str, a: int = ps, b: int = qs) -> set[str]:
            return {e["id"] for e in ents.values() if e["type"] == kind
                    for m in e["mentions"] if a <= m["start"] < b}

        out[f"rule={q.get('rule')}"] += 1
        out[f"opens its paragraph={not before.strip()}"] += 1
        out[f"colon right before={before.rstrip().endswith(':')}"] += 1
        out[f"after a sentence end={not before.strip() or bool(re.search(r'[.!?»]$', before.rstrip()))}"] += 1
        out[f"guillemets earlier in the paragraph={'«' in before}"] += 1
        out[f"guillemets in the paragraph={_bucket(text[ps:pe].count('«'), 3)}"] += 1
        out[f"people named before in the paragraph={_bucket(len(named('person')), 3)}"] += 1
        out[f"organizations named before in the paragraph={_bucket(len(named('organization')), 2)}"] += 1
        out[f"first person in the quotation={bool(_FIRST_PERSON.search(q['text'].lower()))}"] += 1
        earlier = [f for f in pred["facts"] if f["type"] == "quote" and ps <= f["start"] < qs - 3]
        fragments = max(0, before.count("«") - len(earlier))
        out[f"guillemets before in the paragraph that are no quote={_bucket(fragments, 2)}"] += 1
        cut = _last_sentence_end(before)
        lead = before[cut + 1:].lower()
        out[f"words since the last sentence end={_bucket(len(lead.split()), 6)}"] += 1
        out[f"speech verb since the last sentence end={bool(_SPEECH.search(lead))}"] += 1
        pronoun = bool(_PRONOUN.search(lead))
        out[f"il/elle since the last sentence end={pronoun}"] += 1
        forms = gold_people.get(g["speaker"], [g["speaker"]])
        speaker = next((e for e in ents.values() if e["type"] in ("person", "organization")
                        and sc.forms_match(forms, sc.forms(e))), None)
        out[f"gold speaker is a {speaker['type'] if speaker else 'not an entity'}"] += 1
        said = ents.get(q.get("speaker") or "")
        if said is not None:
            out[f"wrong: factx's speaker is a {said['type']}"] += 1
            if speaker is not None:
                holds = any(f["type"] == "role" and f.get("person") == said["id"]
                            and f.get("of") == speaker["id"] for f in pred["facts"])
                out[f"wrong: factx's speaker holds a role of the gold speaker={holds}"] += 1
                member = any(f["type"] == "role" and f.get("person") == speaker["id"]
                             and f.get("of") == said["id"] for f in pred["facts"])
                out[f"wrong: the gold speaker holds a role of factx's={member}"] += 1
                gone = [m["start"] for m in said["mentions"] if m["start"] < qs]
                far = "none" if not gone else "paragraph" if max(gone) >= ps else "further up"
                out[f"wrong: factx's speaker last named before, {far}"] += 1
        if speaker is None:
            continue
        mine = [m["start"] for m in speaker["mentions"] if ps <= m["start"] < qs]
        out[f"speaker's mentions before in the paragraph={_bucket(len(mine), 2)}"] += 1
        out[f"other people before in the paragraph={_bucket(len(named('person') - {speaker['id']}), 2)}"] += 1
        if earlier:
            last = max(earlier, key=lambda f: f["start"])
            who = "null" if not last.get("speaker") else \
                "the gold speaker" if last["speaker"] == speaker["id"] else "another"
            out[f"previous quote in the paragraph gives {who}"] += 1
        else:
            out["previous quote in the paragraph: none"] += 1
        before_all = [f for f in pred["facts"] if f["type"] == "quote" and f["start"] < qs - 3]
        if before_all and not earlier:
            last = max(before_all, key=lambda f: f["start"])
            who = "null" if not last.get("speaker") else \
                "the gold speaker" if last["speaker"] == speaker["id"] else "another"
            gap = text.count("\n", last["end"], qs)
            out[f"previous quote in an earlier paragraph gives {who}, {_bucket(gap, 3)} line breaks"] += 1
        if len(lead.split()) == 1:
            out[f"one word since the last sentence end, a dash={lead.strip() in ('-', '–', '—')}"] += 1
        named_before = [m["start"] for m in speaker["mentions"] if m["start"] < qs]
        out[f"speaker named before the quotation in the text={bool(named_before)}"] += 1
        if mine:
            between = text[max(mine):qs]
            out[f"guillemets between the speaker and the quotation={_bucket(between.count('«'), 2)}"] += 1
            out[f"sentence end between={bool(re.search(r'[.!?] ', between))}"] += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default="regional_dev,wikinews_dev", help="comma-separated dev sets")
    parser.add_argument("--rows", default=",".join(ROWS), help=f"some of {','.join(ROWS)}")
    args = parser.parse_args()
    require_shared()
    from factx.api import extract

    sc = load_scorer()
    rows = args.rows.split(",")
    names = args.sets.split(",")
    unknown = [n for n in names if n not in DEV_SETS] + [r for r in rows if r not in ROWS]
    if unknown:
        parser.error(f"unknown: {', '.join(unknown)}")
    for name, part, articles in dev_parts(names):
        counts: dict[str, Counter[str]] = {k: Counter() for k in ("roles", "of", "organization", "place",
                                                                  "person", "quotes")}
        for _doc_id, gold, text in articles:
            pred = extract(text).to_dict()
            if "roles" in rows:
                role_features(sc, gold, pred, text, counts["roles"])
            if "of" in rows:
                of_features(sc, gold, pred, text, counts["of"])
            if "entities" in rows:
                entity_features(sc, gold, pred, text, counts)
            if "quotes" in rows:
                quote_features(sc, gold, pred, text, counts["quotes"])
        for row, c in counts.items():
            if c:
                print(f"{name} {part} — {row}")
                for feature, n in sorted(c.items()):
                    print(f"    {n:4}  {feature}")


if __name__ == "__main__":
    main()
