"""One-word names the model read as people that the document never writes as a person's.

A person in news is introduced: by a given name or a civility, by a title or another noun
right before the name ("le président X", "son fils X", "le substitut X"), by a full name of
which the one word is the surname, by an apposition or a list ("X, le maire", "Y, X et Z",
a team's line-up), or at least as the one who does something: the subject of a verb in its
own clause ("Alors que X avait ouvert le score"), the object of a verb, the agent after
"par" ("l'association créée par X"), the one after "selon", "avec", "chez". A one-word
capitalized name that the whole document writes in none of these ways, and writes as a
thing's in every mention, is no one's name, whatever the model said:

- a common noun or an infinitive of the lemmatizer's lexicon, capitalized where it opens a
  sentence without a verb of its own ("Affiches aux vitrines, tracts dans les boîtes :
  ...", "— Vendanger en août ?");
- a ground, a hall, a thing, said of with "être" and an adjective that is no participle
  ("que X soit plein"; "X est blessé" may be someone);
- a country or a region the gazetteer knows, or a capital or a large foreign town
  (`gazetteer.town_state`) in a story that names a country elsewhere, standing for its
  government or its people ("un plan accepté par X"): the place. For such a
  name, acting (a subject, an object, an agent) is no sign of a person, since a state acts
  in news as a person does; only a given name, a civility, a title, a full name, an
  apposition or a list keeps it a person.

A surname alone with no sign either way (a results list, "sous X", a sentence cut from its
story) stays a person: the absence of an introduction alone says nothing. The rule runs on
the candidates after `people_things.not_people`, before people are grouped
(`resolve.entities.build_entities`), so that a name a later step gives a full name, or reads
as a work or a firm, is left as it is.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from spacy.tokens import Doc, Token

from factx import gazetteer
from factx.resolve.lexicon import lexicon
from factx.resolve.names import is_given_name
from factx.resources import load_json
from factx.types import Candidate
from factx.verbs import doc_nouns, doc_verbs
from factx.words import fold

__all__ = ["unattested_people"]

# tokens next to a name that make it one of a list or an apposition ("X, le maire", "Y et X",
# "Thaon : Collin - Marchal, ...", "le prophète (X)")
_LIST_MARKS = frozenset({",", ";", "(", ")", "-", "et", "ou", ":", "/", "&"})
_OPEN_QUOTES = frozenset({"\u00ab", '"', "\u201c"})
_CLOSE_QUOTES = frozenset({"\u00bb", '"', "\u201d"})
# prepositions before someone, not before a place ("selon X", "avec X", "l'association créée par X")
_PERSON_PREPOSITIONS = frozenset({"par", "selon", "avec", "chez"})
# tokens between a subject and its verb that close the subject's clause ("Affiches aux
# vitrines, tracts ... : les commerçants sont mobilisés")
_CLAUSE_BREAKS = frozenset({":", ";", "\u2014", "\u2013", "\u00ab", "\u00bb", "(", ")"})


@cache
def _civilities() -> frozenset[str]:
    return frozenset(c.lower().rstrip(".") for c in load_json("entities.json")["civilities"])


def _words(name: str) -> list[str]:
    """A name's words, split at spaces and hyphens ("Saint-Dié" is two)."""
    return [w for w in re.split(r"[\s\-\u2010\u2011]+", name) if w]


def _one_word(name: str) -> bool:
    """One word, or one compound joined by hyphens ("Saint-Dié"); no space."""
    return bool(name) and not re.search(r"\s", name.strip())


def _in_longer_person(cands: list[Candidate], key: str) -> bool:
    """The document gives the word inside a person's name of several words ("Jean Toul" for
    "Toul"), or inside a body's ("Brelon-Industries" for "Brelon")."""
    for c in cands:
        if c.label not in ("person", "organization"):
            continue
        words = [fold(w) for w in _words(c.attrs.get("name") or "")]
        if len(words) >= 2 and key in words:
            return True
    return False


def _person_sign(doc: Doc, i: int, j: int, acting: bool) -> bool:
    """Tokens i..j, one mention, stand where French writes a person: after a civility or a
    lower-case noun in apposition ("M. X", "le général X", "son fils X"), next to a comma, a
    parenthesis, "et" or "ou" (an apposition, a list of people, a line-up); and when
    `acting`, as the subject of a verb in its own clause, the object of a verb or the agent
    after "par", "selon", "avec", "chez". Not the subject of an adjective that is no participle
    ("que X soit plein": a ground, a hall; "X est blessé" is someone)."""
    prev: Token | None = doc[i - 1] if i else None
    nxt: Token | None = doc[j] if j < len(doc) else None
    if prev is not None and (prev.lower_.rstrip(".") in _civilities()
                             or (prev.is_lower and (prev.pos_ in ("NOUN", "PROPN")
                                                    or lexicon().title_of(prev.lower_) is not None))):
        return True
    if any(t is not None and t.lower_ in _LIST_MARKS for t in (prev, nxt)):
        return True
    if prev is not None and nxt is not None and prev.text in _OPEN_QUOTES and nxt.text in _CLOSE_QUOTES:
        return True  # a nickname the story quotes ("ce cher « Toto »"), kept by people_things
    if not acting:
        return False
    tok = doc[i]
    if tok.dep_.startswith("nsubj"):
        head = tok.head
        between = doc[j : head.i] if head.i >= j else doc[head.i + 1 : i]
        return not _plain_adjective(head) and not any(
            t.text in _CLAUSE_BREAKS or "\n" in t.text + t.whitespace_ for t in between)
    return tok.dep_ in ("obj", "iobj", "obl:agent") \
        or (prev is not None and prev.lower_ in _PERSON_PREPOSITIONS)


def _mention_tokens(doc: Doc, c: Candidate) -> tuple[int, int] | None:
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or not len(span) or span.start_char != c.start or span.end_char != c.end:
        return None
    return span.start, span.end


def _common_word(doc: Doc, spans: list[tuple[int, int]]) -> bool:
    """Every mention is one token the tagger reads as no proper noun and whose lower case is
    a common noun of the lemmatizer (or its singular: "banderoles"), or an infinitive of its
    verbs in -er ("moissonner"). The lemmatizer's nouns hold some surnames ("dupont"): the
    tagger's reading of the token tells the common noun from them."""
    nouns = doc_nouns(doc)
    infinitives = doc_verbs(doc).infinitives
    for i, j in spans:
        tok = doc[i]
        low = tok.lower_
        if j != i + 1 or not (low in infinitives or (tok.pos_ != "PROPN" and (
                low in nouns or (low[-1:] in ("s", "x") and low[:-1] in nouns)))):
            return False
    return True


def _said_of_with_adjective(doc: Doc, j: int) -> bool:
    """The mention ending before token j is followed by "être" and an adjective that is no
    participle ("que X soit plein"; "X est blessé" is said of someone)."""
    if j + 1 >= len(doc) or doc[j].lemma_ != "être":
        return False
    adj = doc[j + 1]
    return _plain_adjective(adj) and adj.is_lower and not adj.lower_.endswith(("é", "ée", "és", "ées"))


def _plain_adjective(tok: Token) -> bool:
    """An adjective the tagger reads as no participle ("plein", not "blessé")."""
    return tok.pos_ == "ADJ" and "Part" not in tok.morph.get("VerbForm")


def _story_of_states(cands: list[Candidate], key: str) -> bool:
    """The document names a country as a place, other than the word `key`: a story of states,
    where a capital stands for its government ("Accra et Addis-Abeba ... accepté par X")."""
    return any(c.label == "place" and fold(c.attrs.get("name") or "") != key
               and gazetteer.place_kind(c.attrs.get("name") or "", ("country",)) == "country"
               for c in cands)


def unattested_people(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """The candidates without the one-word people the document never writes as a person's
    and writes as a thing's (see the module's docstring); a state, a region or a capital
    among them is the place."""
    groups: dict[str, list[Candidate]] = defaultdict(list)
    for c in cands:
        if c.label in ("person", "organization", "place", "misc") and c.attrs.get("name"):
            groups[fold(c.attrs["name"])].append(c)
    drop: set[int] = set()
    for key, cs in groups.items():
        people = [c for c in cs if c.label == "person"]
        if not people or len(people) < len(cs) or any(c.attrs.get("civility") for c in people):
            continue
        name = people[0].attrs["name"]
        if not _one_word(name) or not name[:1].isupper() \
                or any(is_given_name(w) for w in _words(name)) or _in_longer_person(cands, key):
            continue
        found = [_mention_tokens(doc, c) for c in people]
        spans = [s for s in found if s is not None]
        if len(spans) < len(found):
            continue
        state = gazetteer.place_kind(name, gazetteer.STRONG) is not None \
            or (gazetteer.town_state(name) is not None and _story_of_states(cands, key))
        if not (state or _common_word(doc, spans) or all(_said_of_with_adjective(doc, j) for _, j in spans)) \
                or any(_person_sign(doc, i, j, not state) for i, j in spans):
            continue
        for c in people:
            if state:
                c.label, c.attrs = "place", {"name": name, "why": "gazetteer"}
            else:
                drop.add(id(c))
    return [c for c in cands if id(c) not in drop]
