"""Quote facts: direct quotations and who said them.

Quotations are « ... », “ ... ”, "..." and dialogue-dash lines. The speaker is read after
the closing mark (", souligne Mme Doussin", "» a-t-il déclaré", "», selon X") or before the
opening one ("X a indiqué que « ...", "X précise : « ..."), through the dependency parse
(the subject of the speech verb) with a linear fallback. A pronoun ("a-t-elle déclaré")
points to the last speaker quoted shortly before, else to the nearest person before.
Speech verbs are data (models/roles/verbs.json).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Doc, Token

from factx.components import base
from factx.resolve.lexicon import lexicon
from factx.resolve.names import fold
from factx.resolve.patterns import DepMatches
from factx.resolve.roles import person_gender
from factx.resolve.spans import EntityIndex
from factx.types import Entity

SPEAKERS = ("person", "organization", "misc")
PAIRS = {"«": "»", "“": "”", "„": "“"}
DASHES = ("—", "–", "-")
PRONOUNS = {"il", "elle", "ils", "elles", "-il", "-elle", "-ils", "-elles", "t-il", "t-elle", "-t-il",
            "-t-elle"}
MIN_WORDS = 5
AUX_WORDS = {"a", "ont", "ne", "n'", "y"}


@dataclass
class Quote:
    speaker: Entity
    text: str
    start: int
    end: int
    verb: str | None

    def to_data(self) -> dict[str, Any]:
        return {"speaker": self.speaker.id, "text": self.text, "start": self.start, "end": self.end,
                "verb": self.verb}


@cache
def _stems() -> tuple[str, ...]:
    out = []
    for lemma in lexicon().speech:
        word = lemma.split()[-1]
        if word.endswith(("er", "ir", "re")) and len(word) >= 6:
            out.append(word[:-2])
    return tuple(sorted(set(out)))


INVERTED = {"-t", "-il", "-elle", "-ils", "-elles", "-on", "-t-il", "-t-elle"}


def is_speech_verb(tok: Token) -> bool:
    """A verb of saying, by lemma, known form or stem; any part of speech when an inverted
    pronoun follows it ("estime-t-il", which the tagger may read as an adverb)."""
    lex = lexicon()
    low = tok.lower_
    inverted = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in INVERTED
    if tok.lemma_.lower() in lex.speech or low in lex.speech_forms:
        return inverted or tok.pos_ in ("VERB", "AUX", "NOUN", "ADJ", "PROPN") or low in lex.speech_forms
    if (inverted or tok.pos_ in ("VERB", "ADJ", "NOUN")) and any(low.startswith(s) for s in _stems()):
        return low[-1] not in "sx" or low.endswith("ées")
    return False


def find_quotations(text: str) -> list[tuple[int, int]]:
    """Character spans of the quoted text (marks excluded), outermost quotations only."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in PAIRS:
            close = PAIRS[c]
            depth, j = 1, i + 1
            while j < n and depth:
                if text[j] == c and c != close:
                    depth += 1
                elif text[j] == close:
                    depth -= 1
                elif text[j] == "\n" and text[j + 1 : j + 2] == "\n":
                    break
                j += 1
            if depth == 0:
                out.append((i + 1, j - 1))
                i = j
                continue
        elif c == '"':
            j = text.find('"', i + 1)
            para = text.find("\n\n", i + 1)
            if j > 0 and (para < 0 or j < para):
                out.append((i + 1, j))
                i = j + 1
                continue
        elif c in DASHES and (i == 0 or text[i - 1] == "\n") and text[i + 1 : i + 2] == " ":
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append((i + 2, j))
            i = j
            continue
        i += 1
    return out


class QuoteReader:
    def __init__(self, doc: Doc, idx: EntityIndex, dm: DepMatches,
                 roles: list[tuple[Entity, str, int]]) -> None:
        self.doc = doc
        self.idx = idx
        self.dm = dm
        self.starts = [t.idx for t in doc]
        self.roles = roles  # (person, folded masculine title, where stated)
        self.text = base.original_text(doc)
        self.lex = lexicon()

    def tok_at(self, char: int) -> int:
        """Index of the first token starting at or after `char`."""
        return bisect_left(self.starts, char)

    def speaker_near(self, i: int) -> tuple[Entity, int, int] | None:
        """A speaker starting at token i, or after an article and a title ("l'agence Reuters",
        "le ministre de l'Intérieur Manuel Valls")."""
        for k in range(i, min(i + 8, len(self.doc))):
            hit = self.speaker_entity(k)
            if hit:
                return hit
            if self.doc[k].pos_ not in ("DET", "NOUN", "ADJ", "ADP", "PROPN") or self.doc[k].is_punct:
                break
        return None

    def speaker_entity(self, i: int) -> tuple[Entity, int, int] | None:
        for types in (("person",), ("organization", "misc")):
            hit = self.idx.starting_at(i, types)
            if hit:
                return hit
        return None

    def after(self, close_char: int) -> tuple[Entity | str, str] | None:
        """Attribution after the closing mark: (speaker or pronoun, verb)."""
        doc, lex = self.doc, self.lex
        i = self.tok_at(close_char + 1)
        while i < len(doc) and doc[i].text in (",", ")", "»", "”", '"', "-", "—", "–"):
            i += 1
        if i >= len(doc):
            return None
        if doc[i].lower_ in lex.according_to:
            hit = self.speaker_near(i + 1)
            return (hit[0], doc[i].text) if hit else None
        verb: Token | None = None
        pron: str | None = None
        for k in range(i, min(len(doc), i + 6)):
            t = doc[k]
            if t.lower_ in PRONOUNS or t.lower_.startswith("-t-") or t.lower_ in ("-il", "-elle"):
                pron = _pronoun(t)
                continue
            if is_speech_verb(t):
                verb = t
                break
            if t.pos_ != "AUX" and t.lower_ not in ("a", "ont", "avait", "-t", "t", "ne", "n'"):
                break
        if verb is None:
            return None
        k = verb.i + 1
        # "a expliqué à l'AFP Gilles-Éric Séralini": skip the addressee
        for _ in range(2):
            if k < len(doc) and doc[k].lower_ in ("à", "au", "aux"):
                k += 1 + (k + 1 < len(doc) and doc[k + 1].lower_ in ("l'", "la", "le", "les"))
                hit = self.idx.at(k)
                if hit:
                    k = hit[2]
        while k < len(doc) and doc[k].lower_ in ("-il", "-elle", "-t", "il", "elle", "-t-il", "-t-elle"):
            pron = _pronoun(doc[k]) if doc[k].lower_ != "-t" else pron or "pronoun"
            k += 1
        # the speaker, maybe after an article or a title ("a dit l'entraîneur Michel Blanc")
        hit = self.speaker_near(k)
        if hit:
            return hit[0], verb.text
        if pron:
            return str(pron), verb.text
        if k + 1 < len(doc) and doc[k].lower_ in ("l'", "le", "la") and doc[k + 1].pos_ == "NOUN" \
                and (k + 2 >= len(doc) or doc[k + 2].is_punct):
            # "répond le ministre": the person holding that title; else the one quoted just before
            return "title:" + fold(doc[k + 1].lemma_ or doc[k + 1].text), verb.text
        # the subject through the parse
        for c in self.subjects(verb):
            if c.pos_ == "PRON":
                return _pronoun(c), verb.text
            if c.i > verb.i:
                ents = self.idx.in_subtree(c, SPEAKERS)
                if ents:
                    return ents[0][0], verb.text
        return None

    def subjects(self, verb: Token) -> list[Token]:
        """Subjects of the verb, from the SUBJECT dependency pattern."""
        return [self.doc[m["subject"]] for m in self.dm.where("SUBJECT", "verb", verb.i)]

    def before(self, open_char: int) -> tuple[Entity | str, str] | None:
        """Attribution before the opening mark, in the same sentence."""
        doc, lex = self.doc, self.lex
        i = self.tok_at(open_char) - 1
        while i >= 0 and doc[i].text in ("«", "“", '"', "„", "—", "–"):
            i -= 1
        if i < 0:
            return None
        first = doc[i].sent.start
        for k in range(i, max(first - 1, i - 30, -1), -1):
            t = doc[k]
            if t.text in (".", "!", "?", "»", "”") and k != i:
                break
            if t.lower_ in lex.according_to or (t.lower_ == "pour" and (k == first or doc[k - 1].is_punct)):
                hit = self.speaker_near(k + 1)
                if hit:
                    return hit[0], t.text
            if is_speech_verb(t):
                subj = self._subject(t)
                if subj is not None:
                    return subj, t.text
        if doc[i].text == ":":
            people = self.idx.in_span(first, i, ("person",))
            if people:
                return people[-1][0], ""
        return None

    def _subject(self, verb: Token) -> Entity | str | None:
        """The speaker the verb's subject names; "pronoun" for il/elle or a bare noun phrase."""
        tok = verb
        for _ in range(3):  # "Estimant que ...", "et déclara": the subject of the governing verb
            subjects = self.subjects(tok)
            for c in subjects:
                if c.pos_ == "PRON":
                    return _pronoun(c)
                for types in (("person",), ("organization", "misc")):
                    ents = self.idx.in_subtree(c, types)
                    if ents:
                        return ents[0][0]
            if subjects:
                return None
            if tok is verb:
                # linear: the entity right before the verb and its auxiliaries
                k = verb.i - 1
                while k >= 0 and (self.doc[k].pos_ == "AUX" or self.doc[k].lower_ in AUX_WORDS):
                    k -= 1
                if k >= 0 and self.doc[k].lower_ in ("il", "elle"):
                    return _pronoun(self.doc[k])
                hit = self.idx.ending_at(k + 1, SPEAKERS)
                if hit:
                    return hit[0]
            if tok.dep_ not in ("conj", "advcl", "xcomp", "acl", "mark") or tok.head is tok:
                break
            tok = tok.head
        return None

    def title_holder(self, noun: str, before: int) -> Entity | None:
        """The one person a role fact before `before` gives this title ("le ministre")."""
        people = {id(p): p for p, title, at in self.roles
                  if at < before and (title == noun or title.split()[0] == noun)}
        return next(iter(people.values())) if len(people) == 1 else None

    def antecedent(self, at_char: int, last: Quote | None, gender: str | None = None) -> Entity | None:
        """Who "il"/"elle" is: the speaker quoted just before, else the last person named,
        skipping people of the other gender when civility or a title tells it."""
        if last is not None and at_char - last.end < 600 and _fits(last.speaker, gender):
            return last.speaker
        i = self.tok_at(at_char)
        people = [p for p in self.idx.in_span(0, i, ("person",)) if _fits(p[0], gender)]
        return people[-1][0] if people else None

    def read(self) -> list[Quote]:
        out: list[Quote] = []
        last: Quote | None = None
        prev_end = -1
        for start, end in find_quotations(self.text):
            raw = self.text[start:end]
            lead = len(raw) - len(raw.lstrip())
            body = raw.strip()
            if len(body.split()) < MIN_WORDS:
                continue
            s = start + lead
            e = s + len(body)
            dash = start >= 2 and self.text[start - 2] in DASHES
            introduced = self.text[:start - 1].rstrip().endswith(":")
            # "X a déclaré : « ... », selon l'AFP": the speaker announced before the colon wins
            found = self.before(start - 1) if introduced and not dash else None
            if found is None and not dash:
                found = self.after(end)
            if dash:
                # "— Nous partirons demain, a déclaré Pierre Nadeau.": the incise ends the quotation
                for c in (x for x in range(s, e) if self.text[x] == ","):
                    found = self.after(c)
                    if found is not None:
                        body = self.text[s:c].rstrip()
                        e = s + len(body)
                        break
                if len(body.split()) < MIN_WORDS:
                    continue
            if found is None:
                found = self.before(start - 1)
            before_mark = self.text[:start - 1].rstrip()
            opens = not before_mark or before_mark[-1] in ".!?:»\n"
            if found is None and last is not None and s - prev_end < 80 and opens and all(
                    h[0] is last.speaker for h in self.idx.in_span(self.tok_at(prev_end), self.tok_at(s),
                                                                  SPEAKERS)):
                found = (last.speaker, last.verb or "")  # « A », dit X. « B »
            if found is None:
                prev_end = e
                continue
            who, verb = found
            if isinstance(who, str) and who.startswith("title:"):
                speaker = self.title_holder(who[6:], s) or self.antecedent(s, last)
            elif isinstance(who, str):
                speaker = self.antecedent(s, last, who.partition(":")[2] or None)
            else:
                speaker = who
            if speaker is None:
                continue
            q = Quote(speaker=speaker, text=self.text[s:e], start=s, end=e, verb=verb or None)
            out.append(q)
            last = q
            prev_end = e
        return out


def _pronoun(tok: Token) -> str:
    """"pronoun:f" for elle/-t-elle, "pronoun:m" for il/-t-il, else "pronoun"."""
    low = tok.lower_
    if low.endswith(("elle", "elles")):
        return "pronoun:f"
    if low.endswith(("il", "ils")):
        return "pronoun:m"
    return "pronoun"


def _fits(person: Entity, gender: str | None) -> bool:
    known = person_gender(person)
    return gender is None or known is None or known == gender


def resolve_quotes(doc: Doc, entities: list[Entity], dm: DepMatches,
                   roles: list[tuple[Entity, str, int]] | None = None) -> list[Quote]:
    """Quote facts; `roles` (person, folded title, position) resolve "répond le ministre"."""
    return QuoteReader(doc, EntityIndex(doc, entities), dm, roles or []).read()
