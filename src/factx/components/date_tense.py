"""Which way a year-less date leans, read from the parse: the tense of the verb that governs
the date (its head verb, reached through the nouns it complements), not the nearest verb in
the sentence. A reporting clause after the event ('..., a indiqué la banque') or a main verb
whose complement clause holds the date ('a confirmé que la vente commencerait le 1er
septembre') is no longer the date's verb; the complement's verb is.

The verb group is read from its word forms, the parser's tense features being unreliable
for the conditional (it tags 'commencerait' an imperfect):
- a conditional ('commencerait', 'recevrait', 'devrait') or a future ('ouvrira') points
  to the future; a compound past ('a voté', 'avait été mis'), an imperfect or a simple past
  to the past; a conditional or future auxiliary of a participle ('aurait été tué',
  'aura fini') keeps the hedge's past or the future perfect's future;
- an infinitive after 'aller', 'devoir' or 'pouvoir' takes its head's reading, a present
  of 'aller' or 'devoir' standing for a plan ('doit rouvrir lundi': future; 'peut' a capacity);
- anything else (a present, a bare infinitive, a noun phrase with no verb) says nothing
  and the surface cues of `factx.temporal.tense` decide, as before; so do the past
  readings (see make_hint).
Words in models/dates/tense.json "governor"."""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

import regex
from spacy.tokens import Doc, Token

from factx.resources import load_json
from factx.temporal.tense import Tense, TenseHint, _participle_data, simple_past
from factx.temporal.values import fold, weekday_number

_VERBAL = ("VERB", "AUX")
_CLIMB = 4  # heads walked up from the date to its verb: 'le 1er août' -> '%' -> 'abaissé'
# the endings of the future and the conditional after the future stem
_ENDINGS = ("ait", "aient", "ais", "ions", "iez", "a", "as", "ont", "ai", "ons", "ez")
_IMPERFECT = frozenset({"ais", "ait", "aient", "ions", "iez"})
_R_ENDING = regex.compile(rf"r(?:{'|'.join(_ENDINGS)})$")  # 'r' + an ending: 'sera', 'pourrait'


class _Words(NamedTuple):
    modals: frozenset[str]
    future_stems: tuple[str, ...]
    prospective: frozenset[str]  # participles of a plan after a present 'est' (bare_participle)
    plan_modals: frozenset[str]


@cache
def _words() -> _Words:
    data = load_json("dates/tense.json")["governor"]
    return _Words(frozenset(data["modals"]), tuple(data["future_stems"]), _participle_data()[1],
                  frozenset(data["plan_modals"]))


def _stem(lemma: str) -> str:
    """The future stem of a regular verb: 'commencer' -> 'commencer', 'prendre' -> 'prendr'."""
    return lemma[:-1] if lemma.endswith("re") else lemma


def _forward(tok: Token) -> bool:
    """A conditional or a future form: the future stem plus its endings (accents aside:
    'achèveront' is 'achever' + 'ont'), or the tagger's future or conditional when the
    form has the 'r' every French future and conditional ending follows ('sera',
    'pourrait', 'viendront') and is no imperfect of its verb: the tagger also calls an
    imperfect a conditional ('le bus passait vers midi',
    'déclarait', 'ouvrait': stem + 'ait', where the conditional is 'circulerait')."""
    form = fold(tok.text.lower())
    lemma = fold(tok.lemma_.lower())
    if ("Fut" in tok.morph.get("Tense") or "Cnd" in tok.morph.get("Mood")) and _R_ENDING.search(form) \
            and not (lemma.endswith(("er", "ir")) and form[len(lemma) - 2:] in _IMPERFECT
                     and form.startswith(lemma[:-2])) and not simple_past(tok.text):
        return True  # not a simple past in -ra the tagger calls a future ('déplora', 'déclara')
    stems = [_stem(lemma)] if lemma.endswith(("er", "ir", "re")) else []
    stems += [s for s in _words().future_stems if form.startswith(s)]
    return any(form == s + e for s in stems for e in _ENDINGS)


def _finite(tok: Token) -> bool:
    return "Fin" in tok.morph.get("VerbForm")


def _reading(verb: Token, depth: int = 0) -> Tense | None:
    """past / future from the verb group of `verb` (its auxiliaries and its own form)."""
    auxes = [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
    tense_aux = [a for a in auxes if a.dep_ in ("aux:tense", "aux") and _finite(a)]
    pass_aux = [a for a in auxes if a.dep_ == "aux:pass" and _finite(a)]
    if not auxes and _forward(verb):
        return "future"  # by its form: the tagger may call 'fêtera' a participle
    participle = "Part" in verb.morph.get("VerbForm")
    finite_aux = tense_aux or pass_aux
    if participle and finite_aux and verb.text.lower() in _words().prospective \
            and finite_aux[0].lemma_ == "être" and "Pres" in finite_aux[0].morph.get("Tense"):
        return "future"  # a plan: 'la ministre est attendue à Vernoux le 3 mai' (not 'ont attendu')
    if participle and tense_aux:
        a = tense_aux[0]
        if _forward(a):
            # 'aurait été tué' (a hedge on a past fact), 'aura fini' (future perfect)
            return "past" if a.text.lower().endswith(("ait", "aient")) else "future"
        return "past"
    if participle and pass_aux:
        a = pass_aux[0]
        if _forward(a):
            # 'sera fermée lundi'; a conditional ('seraient entrés', 'serait fermée') may be
            # a hedged past of a verb of motion or a plan: it says nothing
            return None if a.text.lower().endswith(("ait", "aient")) else "future"
        return "past" if "Imp" in a.morph.get("Tense") or "Past" in a.morph.get("Tense") else None
    if _finite(verb) and not participle:
        tense = verb.morph.get("Tense")
        return "past" if ("Imp" in tense or "Past" in tense) else None
    infinitive = "Inf" in verb.morph.get("VerbForm") or (participle and auxes and not tense_aux
                                                          and not pass_aux)
    if infinitive and depth == 0 and verb.dep_ in ("xcomp", "ccomp") and verb.head.pos_ in _VERBAL:
        head = verb.head
        if head.lemma_.lower() in _words().modals:
            reading = _reading(head, 1)
            if reading is None and _finite(head) and head.lemma_.lower() in _words().plan_modals:
                return "future"  # 'doit rouvrir lundi', 'va signer mardi' (not 'peut contenir')
            return reading
    return None


def governor(doc: Doc, start: int, end: int) -> Token | None:
    """The verb whose dependent the date is: up from the expression's root through the
    nouns it complements, stopping at the first verb or the copula of a predicate noun (a
    reporting clause after the event hangs as parataxis and is never on that path)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    for _ in range(_CLIMB):
        if tok.head is tok:
            return None
        tok = tok.head
        if tok.pos_ in _VERBAL:
            return tok
        cop = next((c for c in tok.children if c.dep_ == "cop"), None)
        if cop is not None:
            return cop  # a predicate noun or adjective: 'vendredi, c'était jour de fête'
    return None


def make_hint(doc: Doc) -> TenseHint | None:
    """A tense oracle over the parse for `factx.temporal.find_dates`: (start, end) -> tense.
    Only a reading that looks forward is passed on: the surface cues already find the past
    verbs, and what they miss is the date's own future or conditional behind a nearer past
    verb of saying or deciding (on the dev sets, the parse's past readings fixed working
    dates but cost as many unseen ones: an event noun after a past verb of deciding, 'a
    appelé à une grève le 2 octobre', is still to come)."""
    if not doc.has_annotation("DEP"):
        return None

    def hint(start: int, end: int) -> Tense | None:
        verb = governor(doc, start, end)
        reading = _reading(verb) if verb is not None else None
        if reading is None and verb is not None and _scheduled(verb) and _bare_weekday(doc.text[start:end]) \
                and _hangs_on(doc, start, end, verb):
            return "future"
        return reading if reading == "future" else None

    return hint


def _hangs_on(doc: Doc, start: int, end: int, verb: Token) -> bool:
    """The expression is the verb's own complement in its own clause ('rouvre mardi', 'reçoit
    Bâle dimanche'), not one of a noun or an adjective in between ('vainqueur de l'Italie
    samedi, reste invaincu') nor one the parse hangs on it over a comma ('s'annonce mal au
    vu de l'équipe, très faible samedi')."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0 or span.root.head != verb:
        return False
    lo, hi = sorted((verb.i, span.root.i))
    return not any(t.is_punct for t in doc[lo + 1:hi])  # not over a comma: another phrase's


_WEEKDAY_LEAD = regex.compile(r"(?:(?:le|ce|dès|du|au)[ \t]+)?(?P<wd>[\w]+)[ \t,]*", regex.IGNORECASE)


def _bare_weekday(text: str) -> bool:
    """'lundi', 'dès vendredi': a weekday alone (no day number, part of the day nor hour)."""
    m = _WEEKDAY_LEAD.fullmatch(text)
    return m is not None and weekday_number(m.group("wd")) is not None


def _scheduled(verb: Token) -> bool:
    """A present indicative of an action ('Cholet se déplace vendredi', 'le centre ouvre
    lundi', 'le FC Sion reçoit Bâle dimanche'): with a bare weekday, news French tells a
    fixture still to come; a past event is told in the compound past ('a reçu samedi').
    Not 'être' or 'avoir' (a state: 'le musée est fermé lundi'), nor a verb with an
    auxiliary."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in ("être", "avoir") or simple_past(verb.text):
        return False  # nor a simple past the tagger calls a present ('déplora', 'déclara')
    if any(c.dep_.startswith("aux") for c in verb.children):
        return False
    return "Fin" in verb.morph.get("VerbForm") and "Ind" in verb.morph.get("Mood") \
        and "Pres" in verb.morph.get("Tense")
