"""People, organizations and places: the model's entities, corrected by factx's rules.

The statistical model is good at finding names and poor at their edges in French news:
elided articles ("l'ORPEX", "s'" alone), civility ("Mme Doussin"), organization names cut
short ("Innov & Export" for "Innov & Export PME"), and a town read as a person ("à
Laval"). This component turns `doc.ents` into candidates and fixes those, with the
lexicons of models/entities.json.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from functools import cache
from itertools import pairwise
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from factx import gazetteer
from factx.components import base, organizations
from factx.errors import PatternError
from factx.numbers import words_value
from factx.resolve.lexicon import lexicon
from factx.resolve.names import given_name_gender, given_name_title, is_given_name
from factx.resources import load_json, load_lines
from factx.types import Candidate
from factx.words import PARTICLES, fold


@cache
def _lex() -> dict[str, Any]:
    data = load_json("entities.json")
    return {
        "label_map": data["label_map"],
        "civilities": {c.lower() for c in data["civilities"]},
        "person_civilities": frozenset(data["person_civilities"]),
        "elisions": tuple(sorted(data["elisions"], key=len, reverse=True)),
        "junk": set(data["junk"]),
        "place_preps": set(data["place_prepositions"]),
        "org_suffixes": set(data["org_suffixes"]),
        "generic": {fold(w) for w in data["generic_words"]},
        "body_short_names": frozenset(data["body_short_names"]),
        "body_short_name_titles": frozenset(data["body_short_name_titles"]),
        "sports": {fold(w) for w in data["sport_names"]},
        "sport_rubrics": {fold(w) for w in data["sport_rubrics"]},
        "named_by_things": {fold(w) for w in data["named_by_things"]},
        "town_titles": frozenset(data["town_titles"]),
        "org_heads": {fold(w) for w in data["org_heads"]},
        "demonym_suffixes": tuple(data["demonym_suffixes"]),
        "demonym_exceptions": {fold(w) for w in data["demonym_exceptions"]},
        "company_suffixes": {w.rstrip(".").lower() for w in data["company_suffixes"]},
        "business_tails": frozenset(data["business_tails"]),
        "wiki_prefixes": tuple(data["wiki_affixes"]["prefixes"]),
        "wiki_suffixes": tuple(data["wiki_affixes"]["suffixes"]),
        "time_openers": {fold(w) for w in [*data["time_openers"], *load_json("calendar.json")["weekdays"]]},
        "time_next": {fold(w) for w in data["time_openers_next"]},
        "place_openers": frozenset(fold(w) for w in data["place_openers"]),
        "sovereign_titles": {fold(w) for w in data["sovereign_titles"]},
        "person_participles": frozenset(data["person_participles"]),
        "person_active_participles": frozenset(data["person_active_participles"]),
    }


_PLACE_LINKS = frozenset(("à", "a", "au", "aux", "dans", "en", "sur", "devant", "près", "vers", "chez",
                          "la", "le", "les", "l'", "l\u2019", "de", "du", "des", "d'", "d\u2019"))


def _after_time_opener(doc: Doc, start: int, end: int) -> int | None:
    """Token index where a name starts when the model ran it over a word of time opening the
    sentence and the preposition after it ("Dimanche au gymnase Pierre-de-Coubertin",
    "Hier soir à la salle Carbonnar"), or over a common noun and the preposition before a
    venue's head and name ("Réservations au bar Le Central"); None when the span opens
    otherwise."""
    lex = _lex()
    tok = doc[start]
    timed = fold(tok.text) in lex["time_openers"]
    if not tok.is_sent_start or not (timed or tok.pos_ == "NOUN"):
        return None
    j = start + 1
    while timed and j < end and (fold(doc[j].text) in lex["time_next"] or doc[j].like_num):
        j += 1
    k = j
    while k < end and doc[k].is_lower and doc[k].lower_ in _PLACE_LINKS:
        k += 1
    if k == j or k >= end or not doc[k].is_alpha or (not timed and not (
            doc[k].is_lower and doc[k].pos_ == "NOUN" and k + 1 < end and doc[k + 1].text[:1].isupper())):
        return None  # after a common noun, only a venue named by its head: "Réservations au" + "bar X"
    return k


# lower-case words between a word that opens a sentence on a place and the place's name
_OPENER_LINKS = frozenset(("de", "d'", "d\u2019", "du", "des", "à", "a", "au", "aux", "en", "sur", "dans"))


def _after_place_opener(doc: Doc, start: int, end: int) -> int | None:
    """Token index where a name starts when the model ran it over a word that opens the
    sentence before the place it introduces (entities.json `place_openers`) and the
    prepositions after it: "[Natif de Varcourt], il ...", "[Près d'Harmécourt]", "[Non loin
    de La Bresse]"; None when the span opens otherwise or nothing capitalized follows."""
    tok = doc[start]
    openers = _lex()["place_openers"]
    if not (tok.is_sent_start or (start and "\n" in doc[start - 1].text + doc[start - 1].whitespace_)) \
            or not tok.is_title or fold(tok.text) not in openers:
        return None
    j = start + 1
    while j < end and doc[j].is_lower and fold(doc[j].text) in openers:
        j += 1  # "Non loin de"
    k = j
    while k < end and doc[k].is_lower and doc[k].lower_ in _OPENER_LINKS:
        k += 1
    if k == start + 1 and fold(tok.text) not in ("vers",):
        return None  # "Venue Lambert": a word followed by a name is no opener but "Vers"
    if k >= end or not doc[k].text[:1].isupper() or (not doc[k].is_alpha and "-" not in doc[k].text):
        return None
    return k


@cache
def _described_heads() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """place_types.json: the rivers' nouns (`described_heads`), the heads of a town's parts
    (`district_heads`: a part named right after its head or after a bare "de", "le quartier
    de Bercy"), and the nouns of things located at a place the gazetteer must know."""
    data = load_json("place_types.json")
    heads = data["described_heads"]
    return frozenset(heads["rivers"]), frozenset(data["district_heads"]), frozenset(heads["located"])


_DESCRIBED_LINKS = frozenset(("de", "du", "des", "d'", "d\u2019"))
_DESCRIBED_ARTICLES = frozenset(("la", "l'", "l\u2019"))


def _after_described_noun(doc: Doc, start: int, end: int) -> int | None:
    """Token index where a place's name starts when the model's span opens on a lower-case
    noun that heads no place's name (place_types.json `described_heads`): "[fleuve
    Orénoque]" is the Orénoque, "[métro de Montréal]" and "[bocage de Saint-Jorioz]" name
    the town. After a river's noun the name always, after the head of a town's part
    (`district_heads`) the name right after it or after a bare "de" ("[quartier
    Valmoutier]"; "le quartier de la Gare" keeps its head); after the others only a name the
    gazetteer knows as a place. None when the span opens otherwise."""
    tok = doc[start]
    if not tok.is_lower:
        return None
    rivers, districts, located = _described_heads()
    district = tok.lower_ in districts
    if tok.lower_ not in rivers and not district and tok.lower_ not in located:
        return None
    k = start + 1
    if k < end and doc[k].lower_ in _DESCRIBED_LINKS:
        if district and doc[k].lower_ not in ("de", "d'", "d\u2019"):
            return None  # "le quartier des Tilleuls" keeps its head (entity_types._district_head)
        k += 1
        if k < end and doc[k - 1].lower_ != "du" and doc[k].lower_ in _DESCRIBED_ARTICLES:
            if district:
                return None
            k += 1  # "de la" + "Meuse", "de l'" + "Elbe"
    if k >= end or not doc[k].text[:1].isupper() or (not doc[k].is_alpha and "-" not in doc[k].text):
        return None
    if tok.lower_ not in rivers and not district:
        last = doc[end - 1]
        if gazetteer.place_kind(base.original_text(doc)[doc[k].idx : last.idx + len(last)]) is None:
            return None
    return k


_INITIAL = re.compile(r"^[A-ZÉ]\.$")  # an initial and its full stop: "K."


def _before_time_word(doc: Doc, start: int, end: int) -> int:
    """Where a name ends when the model ran it over a word of time after it: a day or
    "hier", "demain" in lower case, and what may follow them ("soir", "prochain", a date),
    after a word of the name that is no preposition or article ("a déclaré Jean Dupont
    mercredi", "la Banque mondiale lundi", "en Conseil des ministres mercredi", "les Utah
    Jazz hier soir", a hyphenated word too: "la Sainte-Barbe samedi", "à Saint-Dié mardi", an
    elided one: "à Vroncourt-en-l'Aire vendredi", or an
    initial: "a condamné Karima B. mardi");
    not "le Journal du dimanche", where the day is the name's complement."""
    lex = _lex()
    k = end
    while k - 1 > start and (doc[k - 1].like_num
                             or (doc[k - 1].is_lower and fold(doc[k - 1].text) in lex["time_next"])):
        k -= 1  # "soir", "prochain", a date
    if k - 1 > start and doc[k - 1].is_lower and fold(doc[k - 1].text) in lex["time_openers"] \
            and (re.sub(r"[-'\u2019]", "", doc[k - 2].text).isalpha() or _INITIAL.match(doc[k - 2].text)) \
            and doc[k - 2].lower_ not in _PLACE_LINKS:
        return k - 1
    return end


def _letter_closing(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """(index of the letter, index of the word after it) when the model ran a name over a
    capital letter that closes a sentence (`organizations.letter_closing`), the next word in
    the name."""
    for k in range(start, end - 1):
        n = organizations.letter_closing(doc, k)
        if n is not None and n < end:
            return k, n
    return None


_SHORT_NAME_DETERMINERS = frozenset(("le", "la", "l'", "l\u2019", "du", "au", "ce", "cet", "cette", "une",
                                     "notre", "votre", "leur", "son", "sa"))


def _body_short_name(doc: Doc, start: int, name: str) -> bool:
    """A capitalized noun of a body alone after a determiner inside a sentence ("le Conseil
    n'a pas répondu", "cette Assemblée", "les satellites de l'Union"): the short name of an
    institution (`body_short_names`), an organization even when the word is generic or the
    model read a place. Not "L'Union" with a capital article inside a sentence (a commune),
    nor "le président du Conseil" (a head of government's title)."""
    lex = _lex()
    if name not in lex["body_short_names"]:
        return False
    span = doc.char_span(start, start + len(name))
    if span is None or len(span) != 1 or span.start == 0:
        return False
    det = doc[span.start - 1]
    if det.lower_ not in _SHORT_NAME_DETERMINERS or (det.is_sent_start is False and det.text[:1].isupper()):
        return False
    if det.lower_ == "du" and span.start >= 2 and doc[span.start - 2].lower_ in lex["body_short_name_titles"]:
        return False
    return len(_full_names_of(doc).get(name, ())) < 2


def _full_names_of(doc: Doc) -> dict[str, set[str]]:
    """For each of the `body_short_names` the document writes as the head of a longer name,
    the distinct words that follow it there ("Conseil" -> {"national", "droits"} for "le
    Conseil national syrien" and "le Conseil des droits de l'Homme"): with two or more, the
    short name alone is ambiguous and names no one body. A head written in lower case with a
    word after it that no capitalized name has ("le conseil municipal", "l'assemblée
    générale") is one more: the capital alone may be that local council or meeting, which
    the annotation does not count bare. A person's name after the word ("le président de
    l'Assemblée Luc X") continues no name. Computed once per document."""
    cached = doc.user_data.get("factx.full_names")
    if cached is not None:
        return cached
    heads = _lex()["body_short_names"]
    lower_heads = {w.lower(): w for w in heads}
    capital: dict[str, set[str]] = {}
    lower: dict[str, set[str]] = {}
    for tok in doc:
        head = tok.text if tok.text in heads else lower_heads.get(tok.text)
        if head is None or tok.i + 1 >= len(doc):
            continue
        nxt = doc[tok.i + 1]
        if nxt.lower_ in ("de", "du", "des", "d'", "d\u2019") and tok.i + 2 < len(doc):
            nxt = doc[tok.i + 2]
            if nxt.lower_ in ("la", "l'", "l\u2019") and tok.i + 3 < len(doc):
                nxt = doc[tok.i + 3]  # "le Conseil de l'Europe"
            if not nxt.is_alpha:
                continue
        elif not (nxt.is_alpha and nxt.ent_type_ != "PER" and (nxt.text[:1].isupper() or nxt.pos_ == "ADJ")):
            continue
        (capital if tok.text == head else lower).setdefault(head, set()).add(fold(nxt.text))
    out = {head: capital.get(head, set()) | lower.get(head, set()) for head in {*capital, *lower}}
    for head, words in lower.items():
        if words - capital.get(head, set()):
            out[head].add("")  # a local body or meeting in lower case: the capital alone is ambiguous
    doc.user_data["factx.full_names"] = out
    return out


def _is_sport(doc: Doc, start: int, name: str) -> bool:
    """A sport's name alone ("Handball." or "Rugby / Fédérale 3" opening a sports brief) is
    no name, unless a preposition of place puts it as a town ("né à Rugby")."""
    lex = _lex()
    if fold(name) not in lex["sports"]:
        return False
    span = doc.char_span(start, start + len(name))
    return span is None or span.start == 0 or doc[span.start - 1].lower_ not in lex["place_preps"]


_RUBRIC_SPORT = re.compile(r"^.*\s[-\u2013/]\s+")  # "Football - " before "Serie A"
_RUBRIC_ARTICLE = re.compile(r"\s*(?:(?:la|le|les)\b\s*|l['\u2019]\s*)?", re.IGNORECASE)


def _after_rubric(text: str, start: int, end: int) -> int:
    """Where the name starts after a sports rubric and its colon ("Serie A : la Juventus",
    "Football - Ligue 1 : Lorient"): a competition or a sport before a colon heads the brief
    and is no part of the club's name; a title's colon ("Astérix : le Domaine des dieux") is
    kept, its first part being no rubric."""
    colon = text.find(":", start, end)
    if colon < 0:
        return start
    rubric = fold(_RUBRIC_SPORT.sub("", text[start:colon].strip()))
    lex = _lex()
    if rubric not in lex["sport_rubrics"] and rubric not in lex["sports"]:
        return start
    k = _RUBRIC_ARTICLE.match(text, colon + 1, end)
    k_end = k.end() if k is not None else colon + 1
    if k_end >= end:
        return end  # "Serie B : le": the rubric and an article, no name
    return k_end if text[k_end].isupper() else start


def _strip_elision(span_text: str, start: int) -> int:
    """Where a name starts once an elided word is left out ("l'ORPEX" -> "ORPEX")."""
    low = span_text.lower().replace("\u2019", "'")  # "l’Europe" as "l'Europe"
    for el in _lex()["elisions"]:
        if low.startswith(el) and len(span_text) > len(el):
            return start + len(el)
    return start


def _is_name_like(s: str) -> bool:
    """Two letters or more, a capital, not junk, and not a number in words: "Douze
    conseillers", "Mille coureurs" opening a sentence (a town or a surname that is a number,
    "Sept-Îles", has more to it)."""
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 2 and any(c.isupper() for c in letters) and fold(s) not in _lex()["junk"] \
        and words_value(s) is None


_ADDRESS = re.compile(r"^(?:(?i:monsieur|madame|mademoiselle|messieurs|mesdames|m\.|mme)\s+)?"
                      r"(?:le|la|les|l'|l\u2019)\s*\w")  # the article in lower case: "M. Le Pen" is named


def _is_address(name: str) -> bool:
    """"Monsieur le Président", "Madame la Commissaire", "M. le Maire": a civility and an
    article before a title address or name an office holder, not a named person."""
    return bool(_ADDRESS.match(name))


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


def _opens_on_person_civility(doc: Doc, start: int, end: int) -> bool:
    """The span [start, end) opens on a civility only a person bears (`person_civilities`:
    "Maître", "Me", "Dr", "M.", not "Monsieur" of "Monsieur Bricolage") and one to three
    capitalized words, or particles, follow it ("[Maître Varenne], plaide", "[Dr Kessel]")."""
    k = start + 1
    if doc[start].text == "M" and k < end and doc[k].text == ".":
        k += 1
    elif doc[start].text not in _lex()["person_civilities"]:
        return False
    rest = doc[k:end]
    return 1 <= len(rest) <= 3 and rest[0].is_title and rest[0].is_alpha \
        and all((t.is_title and t.is_alpha) or t.lower_ in PARTICLES for t in rest)


def _initial_after(doc: Doc, start: int, end: int) -> int:
    """Where a person's name ends when the model stopped it on a given name and an initial or
    right before the initial: the initial is the name's ("a entendu [Owen] L. mardi"), and so
    is the capitalized surname after it ("le livre de [Nadia K.] Tavernaud"), unless that word
    is one of time, one that opens sentences or any function word (the initial then closes
    one: "... Owen L. Samedi, ...", "... Marie L. Le tribunal ..."). Only after a given name
    the lexicon knows, opening the span."""
    if not doc[start].is_title or not is_given_name(doc[start].text):
        return end
    if end == start + 1 and end < len(doc) and _INITIAL.match(doc[end].text):
        initial = end
    elif end == start + 2 and _INITIAL.match(doc[start + 1].text):
        initial = start + 1
    else:
        return end
    n = initial + 1
    if n < len(doc) and doc[n].is_title and doc[n].is_alpha and not doc[n].ent_type_ and not doc[n].is_stop \
            and organizations.letter_closing(doc, initial) is None:
        return n + 1
    return n


def _word_end(text: str, end: int) -> int:
    """Where the word at `end` really ends ("Rami Abd al-" + "Rahman" was cut by the tokenizer)."""
    while end < len(text):
        joined = text[end] in "-'\u2019" and end + 1 < len(text) and text[end + 1].isalnum()
        if text[end].isalnum() or joined:
            end += 1
        else:
            break
    return end


def _parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut at commas and at a bracket left open: one name each."""
    out: list[tuple[int, int]] = []
    seg_start = start
    i = start
    while i <= end:
        if i == end or text[i] == "," or (text[i] == "[") or (text[i] == "(" and ")" not in text[i:end]):
            if i > seg_start:
                out.append((seg_start, i))
            if i < end and text[i] in "[(":
                break
            seg_start = i + 1
            while seg_start < end and text[seg_start] == " ":
                seg_start += 1
            seg_start = _skip_linking_words(text, seg_start, end)
            i = seg_start
            continue
        i += 1
    return [(a, b) for a, b in ((a, b - (len(text[a:b]) - len(text[a:b].rstrip()))) for a, b in out) if b > a]


_LINKS = ("de la ", "de l'", "de l\u2019", "du ", "des ", "de ", "d'", "d\u2019", "et ", "ou ")


def _skip_linking_words(text: str, start: int, end: int) -> int:
    for link in _LINKS:
        if text[start:end].lower().startswith(link):
            return start + len(link)
    return start


def _drop_leading_titles(text: str, start: int, end: int) -> int:
    """A person's name starts at its first capitalized word that is not an article or a title:
    "général Leclerc" -> "Leclerc", "- Le Voisin" -> "Voisin" (then dropped as generic), and
    not a thing named after the person: "Affaire Dumas :" in a headline is Dumas."""
    lex = _lex()
    pos = start
    while pos < end:
        while pos < end and not text[pos].isalnum():
            pos += 1
        word_end = pos
        while word_end < end and text[word_end] not in " \n":
            word_end += 1
        word = text[pos:word_end]
        rest = text[word_end:end].strip()
        if not rest:
            break
        nxt = fold(rest.split()[0])
        if word in ("Le", "La") and nxt not in lex["generic"] and nxt not in lex["named_by_things"] \
                and not (len(rest.split()) > 1 and _nationality_noun(rest.split()[0])):
            break  # "Le Pen", "Le Roy": a capitalized particle opens the surname
            # (not "Le Serbe Dragan Petrovic": a noun of nationality before the name)
        if word[:1].islower() or fold(word) in ("le", "la", "les") or fold(word) in lex["generic"] \
                or fold(word) in lex["named_by_things"] or _nationality_noun(word):
            pos = word_end + 1
            continue
        break
    return pos


def _hyphen_given_name(text: str, start: int) -> int:
    """Where a person's name starts when the model began it after the hyphen of a compound
    given name the tokenizer cut ("François-" + "Henri Pinault"): at the first given name."""
    if start < 3 or text[start - 1] != "-" or not text[start:start + 1].isupper():
        return start
    j = start - 1
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j:start - 1]
    first = text[start:].split(" ", 1)[0]
    # "Jean-" + "Luc Martin"; "Claude-" + "Annick Tissot": either half a given name of the table
    return j if word[:1].isupper() and (is_given_name(word) or is_given_name(first)) else start


def _is_plural_demonym(text: str, start: int, name: str) -> bool:
    """"les Tibétains", "des Britanniques": people named by nationality, not a place."""
    lex = _lex()
    low = fold(name)
    if " " in low or low in lex["demonym_exceptions"] or not low.endswith(lex["demonym_suffixes"]):
        return False
    before = text[max(0, start - 5) : start].lower().split()
    return bool(before) and before[-1] in ("les", "des", "aux", "ces", "deux", "trois")


_COMPASS = frozenset(("nord", "sud", "est", "ouest"))
_SINGULAR_DEMONYM = ("ain", "aine", "ien", "ienne", "ais", "aise", "ois", "oise")


def _is_singular_demonym(doc: Doc, start: int, name: str, label: str) -> bool:
    """"l'Uruguayen", "le jeune Belfortain": one word after an article, naming someone by
    where they come from, is neither a named person nor a place. For a place the word must
    be a nationality ("le Beaujolais" is a region); for a person a demonym's ending will do."""
    art = next((a for a in ("Le ", "La ", "Un ", "Une ") if name.startswith(a)), None)
    if art and (label == "place" or (art in ("Un ", "Une ") and label == "person")):
        if " " in name[len(art):]:
            return False
        start, name = start + len(art), name[len(art):]  # "Le Lorrain a été élu": the article in
    if " " in name or label not in ("person", "place"):
        return False
    low = fold(name)
    if "-" in name:  # "le Sud-Africain", "le Nord-Irlandais", "le Franc-Comtois": one noun
        known = _nationalities()[0] | _origin_nouns()
        if not _masculine_forms(low) & known and low.split(" ", 1)[0] in _COMPASS:
            low = low.split(" ", 1)[1]
        if not _masculine_forms(low) & known:
            return False
    span = doc.char_span(start, start + len(name))
    if span is None or span.start == 0:
        return False
    k = span.start - 1
    while k > 0 and doc[k].pos_ == "ADJ" and doc[k].is_lower:
        k -= 1
    if doc[k].lower_ not in ("le", "la", "l'", "l\u2019", "un", "une", "du", "au"):
        return False
    nationalities, countries = _nationalities()
    forms = _masculine_forms(low)
    if low in countries:
        # "la Suisse", "en Corse" are the land; "le Suisse a dominé", "un Corse" someone from it
        return label == "place" and low in nationalities and doc[k].lower_ in ("le", "un")
    # a masculine in -ais, -ois from a town or a region names its land too ("le Lyonnais",
    # "le Toulois"); its feminine ("la Lyonnaise") and a nationality's ("le Danois") do not
    land = low == min(forms, key=len) and low.endswith(("ais", "ois"))
    if forms & nationalities:
        return not (land and low not in _state_nationalities())
    if forms & _origin_nouns() and gazetteer.place_kind(name) is None and not is_given_name(name) \
            and not land:
        return True  # "le Lorrain", "la Bretonne", "un Flamand" (not "la Lorraine", the region)
    return label == "person" and low.endswith(_SINGULAR_DEMONYM)


@cache
def _state_nationalities() -> frozenset[str]:
    """The nationality adjectives of a country or a nation ("danois", "écossais"), not of a
    town or a region the gazetteer knows ("lyonnais", "bavarois"), folded."""
    adjectives = load_json("roles/nationalities.json")["adjectives"]
    return frozenset(fold(a) for a, c in adjectives.items() if gazetteer.place_kind(c) in ("country", None))


@cache
def _origin_nouns() -> frozenset[str]:
    """Nouns of regional or ethnic origin, folded: entities.json origin_nouns and the regional
    gentilés of roles/demonyms.json ("lorrain", "vosgien")."""
    known = load_json("roles/demonyms.json")["known"]
    return frozenset(fold(w) for w in [*load_json("entities.json")["origin_nouns"], *known])


def _nationality_noun(word: str) -> bool:
    """"Danois", "Lettone": a capitalized noun of nationality ("le jeune Danois Mads
    Kjeldsen"), no given name ("Normand")."""
    if not word[:1].isupper() or is_given_name(word):
        return False
    low = fold(word)
    return bool(_masculine_forms(low) & _nationalities()[0])


def _after_nationality_noun(doc: Doc, ent: Span) -> int | None:
    """Token where a person's name starts inside a place or a thing the model read from a
    noun of nationality on ("le Serbe Dragan Petrovic", "Le Russe Olga Vernova" opening a
    sentence): the noun, after an article inside or right before the span, then a given name
    of the table and one or two capitalized words (a person named by nationality and name)."""
    k = ent.start
    if doc[k].text in ("Le", "La", "L'", "L\u2019"):
        k += 1
    elif k == 0 or doc[k - 1].lower_ not in ("le", "la", "l'", "l\u2019"):
        return None
    rest = doc[k + 1 : ent.end]
    if k < ent.end and len(rest) == 1 and _nationality_noun(doc[k].text) and rest[0].is_title \
            and rest[0].is_alpha and not is_given_name(rest[0].text) \
            and gazetteer.place_kind(rest[0].text) is None and _named_in_full(doc, rest[0].text):
        return k + 1  # "l'Argentin Ferradas" after "Juan Pablo Ferradas": the surname alone
    if k >= ent.end or not _nationality_noun(doc[k].text) or not 2 <= len(rest) <= 3 \
            or not all(t.is_title and t.is_alpha for t in rest) or not is_given_name(rest[0].text) \
            or is_given_name(rest[-1].text) or gazetteer.place_kind(rest.text) is not None:
        return None
    return k + 1


def _title_opening_name(doc: Doc, ent: Span) -> int | None:
    """Token where a person's name starts inside a place or a thing the model read from a
    person's title in lower case on, after its determiner ("le [sapeur-pompier Ousmane
    Kandé]", "la [gardienne Ndeye Sarr]"): the title (a compound one cut at its hyphens
    counts), then two or three capitalized words, neither a place the gazetteer knows as a
    whole nor a country or a region among them (a town's name may be a given name: "Awa").
    French names no town nor body right after a title without "de": they are its holder's."""
    k = ent.start
    while k < ent.end and (doc[k].is_lower or (doc[k].text == "-" and not doc[k].whitespace_)):
        k += 1
    rest = doc[k : ent.end]
    if k == ent.start or not 2 <= len(rest) <= 3 or ent.start < 1 \
            or not all(t.is_title and all(p.isalpha() for p in t.text.split("-")) for t in rest):
        return None
    first = _hyphen_title_start(doc, k - 1)
    if first != ent.start or doc[first - 1].lower_ not in _TITLE_DETERMINERS \
            or lexicon().title_of(doc[first:k].text.lower()) is None:
        return None
    if gazetteer.place_kind(rest.text) is not None or any(
            gazetteer.place_kind(t.text, gazetteer.STRONG) is not None for t in rest):
        return None
    return k


def _titled_given_name(doc: Doc, ent: Span) -> bool:
    """A body the model read right after a person's title in lower case, its determiner and
    its complement in lower case ("le champion du monde [Kylian X]", "la cheffe d'état-major
    des armées [Awa Y]"), that has the shape of a person's name: a given name of the table,
    then one or two capitalized words, no given name last, no place the gazetteer knows.
    French names no body right after a title without "de": it is the title's holder."""
    if not _holder_shaped(ent) or (ent.start and doc[ent.start - 1].lower_ in _DE_WORDS):
        return False
    titles = lexicon()
    for j in range(ent.start - 1, max(0, ent.start - 8), -1):
        if not (doc[j].is_lower and not doc[j].is_punct) and doc[j].text != "-":
            return False  # (the hyphen of "état-major")
        comp = doc[j + 1 : ent.start]  # none, or the title's complement ("du monde", "des armées")
        if doc[j - 1].lower_ in _TITLE_DETERMINERS and titles.title_of(doc[j].lower_) is not None \
                and (not comp or (comp[0].lower_ in (*_DE_WORDS, "des")
                                  and not any(t.pos_ in ("VERB", "AUX") for t in comp))):
            return True
    return False


_CAPTION_STOPS = frozenset((".", ";", ",", "!", "?", "(", ")", "-", "\u2013", "\u2014", "\u2022"))


def _captioned_holder(doc: Doc, ent: Span) -> bool:
    """A place or a thing the model read right after "title :" that has the shape of a person's
    name (a given name of the table, then one or two capitalized words, no given name last, no
    place the gazetteer knows): the holder of the title a caption or a club's list names
    ("Trésorière adjointe : Aïcha X", "Présidente : ... ; secrétaire : ...")."""
    if ent.start < 2 or doc[ent.start - 1].text != ":" or not _holder_shaped(ent) \
            or gazetteer.place_kind(ent[0].text) is not None:
        return False
    return _title_label_before(doc, ent.start - 1)


def _holder_shaped(ent: Span) -> bool:
    """The shape of a title's holder's name (`_titled_given_name`, `_captioned_holder`): a given
    name of the table, then one or two capitalized words, no given name last, no place the
    gazetteer knows."""
    return 2 <= len(ent) <= 3 and all(t.is_title and t.is_alpha for t in ent) \
        and is_given_name(ent[0].text) and not is_given_name(ent[-1].text) \
        and gazetteer.place_kind(ent.text) is None


def _item_break(tok: Token) -> bool:
    """The token ends a line, a list's item or a caption's clause: a label may open after it."""
    return tok.text in _CAPTION_STOPS or "\n" in tok.whitespace_ or tok.is_space


def _title_label_before(doc: Doc, colon: int) -> bool:
    """The label before the colon at token `colon` opens on a person's title, within four words
    after a line's or a list item's start ("Trésorière adjointe :", "; secrétaire :")."""
    k = colon - 1
    while k > 0 and colon - k < 4 and not _item_break(doc[k - 1]):
        k -= 1
    if k < 0 or (k > 0 and not _item_break(doc[k - 1])):
        return False
    label = doc[k:colon].text
    return bool(label) and lexicon().title_of(label.split()[0].lower()) is not None


def _given_word_before(doc: Doc, ent: Span) -> int | None:
    """Token where a person's name starts when the model tagged only its last word (as anyone,
    a place or a thing) and left the word before untagged, right after a person's title ("le
    sapeur-pompier Emre" + "[Kandemir]", "la gardienne Aminata" + "[Sako]") or after a caption's
    "title :" ("Trésorière : Zeynep" + "[Kandemir]"): that word is the holder's given name,
    whether or not the table knows it. Not a function word, a word of time, a title, a place
    of the gazetteer or a nationality; the surname is no country nor region."""
    i = ent.start - 1
    if len(ent) != 1 or i < 1 or doc[i].ent_type_ or not ent[0].is_title or not ent[0].is_alpha:
        return None
    tok = doc[i]
    if not tok.is_title or not all(p.isalpha() for p in tok.text.split("-")) or tok.is_stop or len(tok) < 2 \
            or fold(tok.text) in _lex()["time_openers"] or lexicon().title_of(tok.lower_) is not None \
            or _nationality_noun(tok.text) or tok.lower_ in _lex()["civilities"] \
            or (gazetteer.place_kind(tok.text) is not None and not is_given_name(tok.text)) \
            or gazetteer.place_kind(ent.text, gazetteer.STRONG) is not None:
        return None
    if _after_title(doc, i) or (doc[i - 1].text == ":" and _title_label_before(doc, i - 1)):
        return i
    return None


def _nationality_alone(doc: Doc, ent: Span) -> bool:
    """The span is a noun of nationality, with its article or right after one ("La Chinoise",
    "le [Kosovar]")."""
    k = ent.start + (doc[ent.start].text in ("Le", "La", "L'", "L\u2019"))
    return k == ent.end - 1 and _nationality_noun(doc[k].text) and (
        k > ent.start or (k > 0 and doc[k - 1].lower_ in ("le", "la", "l'", "l\u2019")))


def _nationality_and_given_name(doc: Doc, ent: Span) -> int | None:
    """End of a person's name the model cut after its given name, taking a noun of nationality
    before it into the span ("le [Kosovar Bujar] Rexhaj"): the next capitalized word, no given
    name nor place, ends the name."""
    if len(ent) < 2 or not _nationality_alone(doc, doc[ent.start : ent.end - 1]):
        return None
    given, nxt = doc[ent.end - 1], doc[ent.end] if ent.end < len(doc) else None
    if nxt is None or not _given_word(given) or not nxt.is_title or not nxt.is_alpha \
            or is_given_name(nxt.text) or gazetteer.place_kind(nxt.text) is not None or nxt.ent_type_:
        return None
    if ent.end + 1 < len(doc) and doc[ent.end + 1].is_title:
        return None  # a longer name
    return ent.end + 1


def _named_in_full(doc: Doc, surname: str) -> bool:
    """The text writes `surname` somewhere after a given name of the table ("Juan Pablo
    Ferradas"): the surname of a person it names in full."""
    return any(t.text == surname and t.i > 0 and doc[t.i - 1].is_title
               and is_given_name(doc[t.i - 1].text.split("-")[0]) for t in doc)


def _article_and_nationality(text: str, name: str) -> bool:
    """"Le Serbe", "La Russe": an article and a noun of nationality, which the model read as a
    surname opening on an article; a surname it is only when the text gives it a given name
    somewhere ("Paul Le Basque")."""
    words = name.split()
    if len(words) != 2 or words[0] not in ("Le", "La") or not _nationality_noun(words[1]):
        return False
    given = r"\b[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?[ \u00a0]+"
    return re.search(given + re.escape(name) + r"\b", text) is None


def _after_nationality(doc: Doc, i: int) -> bool:
    """Token i follows an article and a capitalized noun of nationality ("La Russe" + "Olga
    Vernova"), which the model may read as a place and leave the name untagged after."""
    return i > 1 and doc[i - 2].lower_ in ("le", "la", "l'", "l\u2019") and _nationality_noun(doc[i - 1].text)


_TITLE_DETERMINERS = frozenset(("le", "la", "l'", "l\u2019", "un", "une", "du", "au", "son", "sa", "leur"))


def _after_title(doc: Doc, i: int) -> bool:
    """Token i follows a person's title in lower case after its determiner, with at most two
    adjectives in lower case between ("l'émissaire américain" + "Douglas Pennwright", "le
    militant kosovar" + "Afrim Kastrati"): the title's holder, whom the model may leave
    untagged after a title. An adjective of nationality counts whatever tag the model gave it
    ("le ministre kényan", "le juge sud-africain"). Not a body's title ("le groupe"), which the
    lexicon lacks."""
    k, adjectives = i - 1, 0
    while k > 0 and adjectives < 2 and doc[k].is_lower and (
            (doc[k].is_alpha and doc[k].pos_ == "ADJ") or doc[k].lower_ in lexicon().nationalities):
        k, adjectives = k - 1, adjectives + 1  # (an adjective of nationality whatever its tag: "kényan")
    if k < 1 or not doc[k].is_alpha:
        return False
    if doc[k].is_lower:
        title = doc[k].lower_
        if (h := _hyphen_title_start(doc, k)) < k:
            title, k = doc[h : k + 1].text.lower(), h  # "le sapeur-pompier", "la garde-champêtre"
        if k >= 1 and doc[k - 1].lower_ in _TITLE_DETERMINERS and lexicon().title_of(title) is not None:
            return True
    return _compound_title_before(doc, k)


def _compound_title_before(doc: Doc, k: int) -> bool:
    """A title of two or three words ends at token k after its determiner ("le premier
    ministre", "le secrétaire d'État"), or a title whose first word has the capital wire
    news gives it ("le Premier ministre", "le Président", "la Chancelière"): the other words
    in lower case but "État"; the lexicon knows the whole title. A capitalized word alone is
    a title only right after the determiner, which a name's own first word never has."""
    for h in range(k, max(0, k - 3) - 1, -1):
        if h < 1 or not (doc[h].is_lower or doc[h].is_title) \
                or any(not (t.is_lower or fold(t.text) == "etat" or t.text in ("d'", "d\u2019", "-"))
                       for t in doc[h + 1 : k + 1]):
            continue
        if h == k and doc[h].is_lower:
            continue  # one word in lower case: the caller's test
        det = doc[h - 1]
        wire = det.is_title and (h == 1 or doc[h - 2].is_punct)  # "Le Premier ministre" opening
        if det.lower_ in _TITLE_DETERMINERS and (det.is_lower or wire):
            title = re.sub(r"\s*([-'\u2019])\s*", r"\1", doc[h : k + 1].text.lower()).replace("\u2019", "'")
            if lexicon().title_of(title) is not None:
                return True
    return False


def _hyphen_title_start(doc: Doc, k: int) -> int:
    """The first token of a compound title in lower case the tokenizer cut at its hyphens and
    that ends at token k ("sapeur" "-" "pompier"); k itself when no hyphen glues a word to it."""
    while k >= 2 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_ \
            and doc[k - 2].is_lower and doc[k - 2].is_alpha:
        k -= 2
    return k


def _masculine_forms(low: str) -> set[str]:
    """A folded word and its masculine form if it is feminine: "lettone" -> "letton",
    "norvegienne" -> "norvegien", "suissesse" -> "suisse"."""
    forms = {low, low[:-2] if low.endswith("nne") else low[:-1] if low.endswith("e") else low}
    return forms | {low[:-3]} if low.endswith("esse") else forms


@cache
def _nationalities() -> tuple[frozenset[str], frozenset[str]]:
    """The nationality adjectives and their countries, folded: the hand-written table and
    the derived one ("kosovar", "albanais")."""
    adjectives = {**load_json("roles/nationalities_derived.json")["adjectives"],
                  **load_json("roles/nationalities.json")["adjectives"]}
    return frozenset(fold(a) for a in adjectives), frozenset(fold(c) for c in adjectives.values())


def _person_civility(doc: Doc, start_tok: int, end_tok: int) -> tuple[str | None, int, int]:
    """(civility, char start of the mention, char start of the name) for a PER span:
    civility inside the span ("Mme Doussin") or just before it ("Mme" + "Doussin")."""
    civs = _lex()["civilities"]
    first = doc[start_tok]
    if first.text.lower() in civs and end_tok - start_tok > 1:
        nxt = doc[start_tok + 1]
        if first.text == "M" and nxt.text == "." and end_tok - start_tok > 2:
            return "M.", first.idx, doc[start_tok + 2].idx
        return first.text, first.idx, nxt.idx
    before = _civility_before(doc, start_tok)
    if before:
        return before[0], before[1], first.idx
    return None, first.idx, first.idx


def _institution_head(doc: Doc, i: int) -> int | None:
    """Char start of an institution noun governing the place at token i ("université de
    Caen", "ministère de la Culture"), or None."""
    j = i - 1
    while j >= 0 and doc[j].lower_ in ("la", "l'", "le", "les"):
        j -= 1
    if j < 1 or doc[j].lower_ not in ("de", "d'", "du", "des"):
        return None
    heads = _lex()["org_heads"]
    for k in range(j - 1, max(-1, j - 4), -1):
        tok = doc[k]
        if fold(tok.text) in heads and tok.text[:1].islower():
            if k == j - 1 and organizations.runs_a_named_body(doc, tok, i):
                return None  # "la direction des" + "Verreries de Brisemont": the firm is the body
            if organizations.organ_of_a_body(doc, tok, i):
                return None  # "le bureau communautaire de la" + "communauté d'agglomération du Val"
            return tok.idx
        if tok.pos_ != "ADJ":
            return None
    return None


_SCORE = re.compile(r"\s+\d{1,3}\s*[-–à]\s*\d{1,3}$")
_SCORE_START = re.compile(r"\s+\d{1,3}$")
_SCORE_REST = re.compile(r"\s*(?:à|-|–)\s*\d")


def _clean(name: str) -> str:
    """The name without the punctuation around it, nor a score the model ran into it
    ("Manchester City 3-2")."""
    return _SCORE.sub("", name.strip(" ,.;:!?\"«»()[]'\u2019-–—")).rstrip()


_INITIAL_END = re.compile(r"\w+ [A-ZÉÈ]$")  # "Sébastien R" + ".": a name ending on an initial
_LOWER_PARTICLES = ("de", "d'", "du", "van", "von", "da", "di")
_CAP_PARTICLES = ("Le", "La", "De", "Du", "Van", "Von", "Da", "Di", "Del", "Della", "Des", "Ben", "El", "Al")
_LEADING_DE = re.compile(r"(?:de la |de l['\u2019]|de |du |des |d['\u2019])(?=[A-Z\u00c0-\u00dd])")


_SAINT = re.compile(r"^Saint(?:e)?-[A-ZÀ-Ý]")


def _saint_surname(doc: Doc, ent: Span, civil: bool) -> bool:
    """A surname of one hyphenated word opening on "Saint-" / "Sainte-" after a particle
    after a given name ("Agnès de Saint-Vorlan"; the caller checks the particle and the given
    name), which the model reads as a place or a body. A town the gazetteer knows ("Anne de
    Saint-Malo" may be a woman from there) only when a civility opens the name ("Mme Anne de
    Saint-Malo") or a finite verb follows it, whose subject it is ("Anne de Saint-Malo a
    signé"); "revenue de Saint-Malo", "la maison de Saint-Malo" have no given name before "de"."""
    if len(ent) != 1 or not _SAINT.match(ent.text) or not ent.text.replace("-", "").isalpha():
        return False
    if gazetteer.place_kind(ent.text) is None or civil:
        return True
    nxt = doc[ent.end] if ent.end < len(doc) else None
    return nxt is not None and nxt.is_lower and nxt.pos_ in ("AUX", "VERB") \
        and "Fin" in nxt.morph.get("VerbForm")


def _given_names_before_particles(doc: Doc) -> dict[int, int]:
    """{start of a person span: where the name really starts} for "Odile" + "de" + "Vassal",
    which the model splits into a first name of its own (any label), with the civility it
    may have kept before it ("Mme Odile"), and a surname: a given name (models/names) right
    before a lower-case particle before the person, or before a "Saint-" surname the model
    read as a place or a body (`_saint_surname`)."""
    out: dict[int, int] = {}
    civs = _lex()["civilities"]
    by_end = {ent.end: ent for ent in doc.ents}
    for ent in doc.ents:
        k = ent.start
        if k < 2 or doc[k - 1].text not in _LOWER_PARTICLES or doc[k - 1].ent_iob_ == "I":
            continue
        first = doc[k - 2]
        if not (first.is_title and first.is_alpha and is_given_name(first.text)):
            continue
        start, civil = k - 2, False
        if first.ent_iob_ == "I":  # "Mme Odette" + "de" + ...: the model's person ends on the given name
            before = by_end.get(k - 1)
            if before is None or before.label_ != "PER" or not all(
                    t.lower_ in civs or (t.is_title and is_given_name(t.text)) for t in before):
                continue
            start, civil = before.start, any(t.lower_ in civs for t in before)
        if ent.label_ == "PER" or _saint_surname(doc, ent, civil):
            out[k] = start
    # "Me Virginie" + "Le Roy", "Anne" + "De Smet": the model cut the name before a
    # capitalized particle that opens the surname; the given name, with the civility the
    # model may have kept before it, opens the person's name
    for ent in doc.ents:
        k = ent.start
        if ent.label_ != "PER" or k < 1 or ent.end - k < 2 or doc[k].text not in _CAP_PARTICLES \
                or k in out:
            continue
        first = doc[k - 1]
        if not (first.is_title and first.is_alpha and is_given_name(first.text)):
            continue
        if not first.ent_type_:
            out[k] = k - 1
            continue
        before = by_end.get(k)
        if before is not None and all(t.lower_ in civs or (t.is_title and is_given_name(t.text))
                                      for t in before):
            out[k] = before.start
    return out


_DE_WORDS = ("de", "du", "d'", "d\u2019")
_PAIR_LINKS = frozenset(("et", "ou", ","))  # the links of a list of names


def _lone_particle_before(doc: Doc, ent: Span) -> bool:
    """A surname with its particle and no given name, "de" in lower case right before the
    model's span, after a word that "de" as a preposition cannot follow: another "de"
    ("l'avis de de Vassal") or "selon" ("selon de Vassal"). The particle is the name's, and
    the name a person's, not a place's ("le discours de de Montbrison"); not a country's, a
    region's or a department's name ("l'office HLM de de Paris": a typo)."""
    k = ent.start
    return k >= 2 and doc[k - 1].text == "de" and doc[k - 2].lower_ in ("de", "selon") \
        and ent.end - k <= 2 and all(t.is_title and t.is_alpha for t in ent) \
        and gazetteer.place_kind(ent.text) not in gazetteer.STRONG


@cache
def _named_heads() -> frozenset[str]:
    """First words of bodies', buildings' and places' names, which may end on a person's name
    ("Fondation Jean Jaurès", "Centre Georges Pompidou", "rue Jean Moulin")."""
    places = load_json("place_types.json")
    heads = [*_lex()["org_heads"], *places["facility_heads"], *places["named_after_heads"],
             *places["admin_heads"]]
    return frozenset(fold(h.split()[0]) for h in heads)


def _secretary_post_before(doc: Doc, i: int) -> bool:
    """Whether token i ends a secretary's department after its preposition ("au Trésor", "à la
    Défense": models/roles/titles.json's `secretary_posts`)."""
    j = i - 1
    if j >= 0 and doc[j].lower_ in ("la", "l'", "l\u2019"):
        j -= 1
    return j >= 0 and doc[j].lower_ in ("à", "au", "aux") \
        and fold(doc[j : i + 1].text) in lexicon().secretary_posts


@cache
def _family_names_first() -> frozenset[str]:
    """models/entities.json's `family_names_first` (Vietnamese, Chinese, Korean), folded."""
    return frozenset(fold(w) for w in load_json("entities.json")["family_names_first"])


_GIVEN_PART = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[a-zà-ÿ]+)?(?: [A-ZÀ-Ý][a-zà-ÿ]+(?:-[a-zà-ÿ]+)?)?")


def _given_part(rest: str) -> bool:
    """One or two capitalized words, the second part of a hyphenated one in lower case ("Thi
    Hoa", "Ji-sung"): the given name after a family name written first."""
    return _GIVEN_PART.fullmatch(rest.replace(" - ", "-").replace(" -", "-").replace("- ", "-")) is not None


def _name_after_portfolio(doc: Doc, ent: Span) -> int | None:
    """Where a person's name starts inside a name the model ran from a title's domain or body
    over it ("le ministre de l'[Économie Bruno Le Maire]", "l'attaquant du [PSG Kylian
    Mbappé]", "le patron de [Tesla Elon Musk]"): a given name of the table after a capitalized
    word or an acronym, then one to three words of a name, the span the complement of a title;
    or a given name ending the span, the surname after it left out ("de [Renault Mehdi] X")."""
    titles = lexicon()
    if not any(titles.title_of(t.lower_) is not None for t in doc[max(0, ent.start - 4) : ent.start]) \
            or fold(doc[ent.start].text) in _named_heads():
        return None  # "le président de la Fondation Jean Jaurès": a body named after someone
    if ent.label_ == "PER" and (ent.start == 0 or doc[ent.start - 1].lower_ not in _DE_WORDS) \
            and not _secretary_post_before(doc, ent.start):
        return None  # a person's name runs from a body only as the complement of the title
        # (or from a secretary's department: "le secrétaire au [Trésor John Smith]")
    families = _family_names_first()
    for k in range(ent.start + 1, ent.end - 1):
        tok = doc[k]  # "la [CGT Tran Thi Hoa]": a family name written first opens the name
        if fold(tok.text) in families and (doc[k - 1].is_title or doc[k - 1].is_upper) \
                and fold(doc[k - 1].text) not in families and _given_part(doc[k + 1 : ent.end].text):
            return k
    for k in range(ent.start + 1, ent.end - 1):
        tok = doc[k]
        if not (tok.is_title and tok.is_alpha and is_given_name(tok.text)) or is_given_name(doc[k - 1].text) \
                or not (doc[k - 1].is_title or doc[k - 1].is_upper):
            continue
        rest = doc[k + 1 : ent.end]
        if 1 <= len(rest) <= 3 and all(t.is_title or t.text in _CAP_PARTICLES or t.lower_ in PARTICLES
                                       for t in rest) and rest[-1].is_title:
            return k
    last = ent.end - 1  # "le directeur financier de [Renault Mehdi] Benaissa": the surname untagged
    if ent.end - ent.start >= 2 and ent.end < len(doc) and is_given_name(doc[last].text) \
            and doc[last].is_title and doc[last - 1].is_title and not is_given_name(doc[last - 1].text) \
            and _untagged_surname(doc[ent.end]):
        return last
    return None


def _untagged_surname(tok: Token) -> bool:
    """A capitalized word no entity covers, of letters only, no given name, no word of the
    vocabulary in lower case: a surname the model left out of the name before it."""
    return tok.is_title and tok.is_alpha and not tok.ent_type_ and not is_given_name(tok.text) \
        and tok.pos_ in ("PROPN", "NOUN", "ADJ", "AUX", "VERB") and tok.i > 0 and not tok.is_sent_start


_TITLE_PREPS = frozenset(("de", "d'", "d\u2019", "du", "des", "à", "au", "aux"))


def _before_trailing_title(doc: Doc, start: int, end: int) -> int:
    """Where a person's name ends when the model ran it into the title that follows it, the
    predicative complement of a verb of appointment ("a nommé [Paul Roy Premier ministre]",
    "élu [Anne Roux Présidente du conseil]"), after a name of two words at least: before a
    title of several words with one in lower case inside the span (a name is capitalized
    throughout), or an office and its complement ("Président du Sénat"); before a capitalized
    office alone only after such a verb ("Paul Maire", "Anne Boucher" keep their surnames)."""
    titles = lexicon()
    appointed: bool | None = None
    for k in range(start + 2, end):
        if not doc[k].is_alpha or fold(doc[k].text) in PARTICLES:
            continue
        for m in range(min(len(doc), k + 6), k, -1):
            found = titles.title_of(doc[k:m].text.lower())
            if found is None:
                continue
            if any(t.is_lower for t in doc[k:min(m, end)]):
                return k  # "Premier ministre"
            word = found[0].split(" ")[0]
            if not (found[0] in titles.office or word in titles.office or word in titles.head_offices
                    or word in titles.state_titles or word in titles.local_titles):
                continue  # a trade may be a surname: "Anne Boucher", "Paul Berger du Val"
            if m < end and doc[m].is_lower and doc[m].lower_ in _TITLE_PREPS:
                return k  # an office and its complement: "Président de la République", "Maire de Vitry"
            if appointed is None:
                appointed = _appointed_object(doc, start)
            if appointed:
                return k
    return end


_REGNAL = re.compile(r"^(?:[IVX]+|Ier|Ire|Iᵉʳ)$")
_REALM_PREPS = frozenset(("de", "d'", "d\u2019", "du", "des"))


def _before_realm(doc: Doc, start: int, end: int) -> int:
    """Where a sovereign's name ends when the model ran it into the realm after it: before
    "de"/"du"/"d'" + a country the gazetteer knows, after a regnal number ("le roi [Karl IV
    de Suède]", "la reine [Ida II du Danemark]") or after the one given name a sovereign's
    title opens ("le sultan [Omar d'Oman]", "l'émir [Salim du Qatar]"): the name is the
    sovereign's, the country is where he reigns. `end` when there is no such realm."""
    for k in range(start + 1, end - 1):
        if doc[k].lower_ not in _REALM_PREPS or not (doc[k - 1].is_title or _REGNAL.match(doc[k - 1].text)):
            continue
        realm = doc[k + 1 : end].text
        if gazetteer.place_kind(realm, ("country",)) is None:
            continue
        if _REGNAL.match(doc[k - 1].text) and k - 1 > start:
            return k
        if k - 1 == start and start > 0 and fold(doc[start - 1].text) in _lex()["sovereign_titles"]:
            return k
    return end


def _title_complement(doc: Doc, ent: Span) -> tuple[int, str] | None:
    """Where the complement starts when the model ran a title and its "de" complement into
    one place, thing or person ("le [procureur général de Russie]", "[Premier ministre d'Israël]",
    "[secrétaire général de l'OTAN]"), and its type: the token after "de" (and its article),
    when the words before it are a title of the lexicon and the complement a place (one the
    gazetteer knows, or a mayor's town: `_mayor_town`) or an acronym (an organization); None
    otherwise (not "ministre des Affaires étrangères": a portfolio)."""
    titles = lexicon()
    start = ent.start
    while start < ent.end and doc[start].lower_ in ("le", "la", "l'", "l\u2019"):
        start += 1
    for k in range(start + 1, min(ent.end - 1, start + 5)):
        if doc[k].lower_ not in _REALM_PREPS or titles.title_of(doc[start:k].text.lower()) is None:
            continue
        n = k + 1
        if doc[n].lower_ in ("la", "l'", "l\u2019") and n + 1 < ent.end:
            n += 1
        comp = doc[n : ent.end].text
        if not doc[n].is_title and not doc[n].is_upper:
            return None
        if gazetteer.place_kind(comp) is not None or _mayor_town(doc, start, k, n, ent.end):
            return n, "place"
        if n + 1 == ent.end and comp.isalpha() and comp.isupper() and 2 <= len(comp) <= 6:
            return n, "organization"
        return None
    return None


def _mayor_town(doc: Doc, start: int, k: int, n: int, end: int) -> bool:
    """The title doc[start:k] is a mayor's (`town_titles` of models/entities.json: "maire",
    "bourgmestre", "Bürgermeister", which German writes capitalized) and doc[n:end] one to
    three capitalized words, no given name first: the mayor's town, known to the gazetteer or
    not ("[Bürgermeister de Rauschwald]")."""
    comp = doc[n:end]
    return doc[start:k].text.lower() in _lex()["town_titles"] and 1 <= len(comp) <= 3 \
        and all(t.is_title and t.is_alpha for t in comp) and not is_given_name(comp[0].text)


def _appointed_object(doc: Doc, start: int) -> bool:
    """Whether the name starting at token `start` is the object of a verb of appointment right
    before it, past adverbs ("a nommé hier Paul Roy", "élit Anne Roux")."""
    titles = lexicon()
    j = start - 1
    while j >= 0 and j > start - 4 and doc[j].pos_ == "ADV":
        j -= 1
    if j < 0 or doc[j].pos_ != "VERB":
        return False
    lemma = doc[j].lemma_.lower()
    return lemma in titles.appointment and lemma not in titles.copular


_SCORE_TOKEN = re.compile(r"^\d{1,3}[-\u2013]\d{1,3}$")


def _run_on_cut(doc: Doc, start: int, end: int, town: bool) -> int:
    """Where a name the model ran into the clause after it would end: before a finite verb
    or "ne" in lower case ("[Vaucourt] ne veut pas attendre"), before a score ("[Stade
    lavallois] 3-1 samedi"), or, for a town's name (`town`), before a "de" that only
    lower-case words follow ("[Baume-les-Dames] d'autrefois"; a body's name may end so: "Conseil
    d'administration", "Office de tourisme"); `end` when there is no such place."""
    for k in range(start + 1, end):
        t = doc[k]
        finite = t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
        if t.is_lower and (t.lower_ == "ne" or finite or organizations.verb_run_on(doc, k, start)):
            return k
        if _SCORE_TOKEN.match(t.text) or (t.is_digit and k + 2 < len(doc) and doc[k + 1].text in "-\u2013"
                                          and doc[k + 2].is_digit):
            return k
    return _de_cut(doc, start, end) if town else end


def _de_cut(doc: Doc, start: int, end: int) -> int:
    """`_run_on_cut`'s cut of a town's name: before a "de" only lower-case words follow."""
    last = end
    while last - 1 > start and doc[last - 1].is_lower and doc[last - 1].text.replace("-", "").isalpha():
        last -= 1
    if start < last - 1 < end and doc[last - 1].lower_ in ("de", "d'", "d\u2019") \
            and doc[last - 2].text[:1].isupper():
        return last - 1
    return end


def _run_on_end(doc: Doc, ent: Span, end: int, label: str) -> int:
    """The end of a place's or a body's name, cut where the model ran it into the clause
    after it (`_run_on_cut`). A MISC span, which may be the title of a work with a verb in
    it ("Qui veut gagner des millions"), is cut only when what is left is a name the model
    tagged as a place or a body elsewhere in the text ("Vrécourt" of "[Vrécourt ne veut pas
    attendre]"), when the verb governs words after the span (its clause runs on past it), or
    a place the gazetteer knows ("[Baume-les-Dames d'autrefois]")."""
    if label != "misc":
        return _run_on_cut(doc, ent.start, end, label == "place")
    k = _run_on_cut(doc, ent.start, end, False)
    if k < end and any(e.label_ in ("LOC", "ORG") and fold(e.text) == fold(doc[ent.start : k].text)
                       for e in doc.ents):
        return k
    if k < end and any(t.i >= end for t in doc[k].children):
        # the verb governs words past the span: the sentence's clause, not a title's ("[L'Écho
        # de la Vallée défilera] jusqu'au stade"); a title keeps its verb's words in it
        return k
    if k == end:  # no verb nor score: only the cut of a town's name is left to try
        k = _de_cut(doc, ent.start, end)
    return k if k < end and gazetteer.place_kind(doc[ent.start : k].text) is not None else end


def _listed_after_person(doc: Doc, ent: Span) -> bool:
    """A name of two or three capitalized words opening on a given name, which no gazetteer
    knows, right after "et", "ou" or a comma after a person's full name the model tagged
    ("Paul Roy et [Eden Vasseur] ont signé"): the next person of the list, though the model
    read a place or a thing."""
    k = ent.start
    if not 2 <= len(ent) <= 3 or k < 2 or doc[k - 1].lower_ not in _PAIR_LINKS \
            or not all(t.is_title and t.is_alpha for t in ent) or not is_given_name(ent[0].text) \
            or is_given_name(ent[-1].text) or gazetteer.place_kind(ent.text) is not None \
            or any(gazetteer.place_kind(t.text) is not None for t in ent[1:]):
        return False
    return any(e.label_ == "PER" and e.end == k - 1 and len(e) >= 2 and e[0].is_title
               and is_given_name(e[0].text.split("-")[0]) for e in doc.ents)


_ARTICLES_BEFORE_CLUB = frozenset(("le", "la", "l'", "l\u2019", "les", "du", "au", "des", "aux"))
_JOINED_INITIALS = re.compile(r"^(?:[A-ZÉ]\.){2,3}$|^[A-ZÉ]\.-[A-ZÉ]\.$")  # "F.L.", "J.-C."


def _initials_before(doc: Doc, ent: Span) -> int:
    """Where a person's name starts when the model left out the joined initials that open it
    ("F.L." + "[Brenneval]"): the initials token right before, on the same line; or the
    initials the model cut into tokens and made a person of their own ("[J.-C.]" +
    "[Marvaldi]"), not the era's "av. J.-C." before a name."""
    k = ent.start - 1
    if k >= 0 and _JOINED_INITIALS.match(doc[k].text) and doc[k].whitespace_ == " " \
            and not doc[k].ent_type_ and (k == 0 or doc[k - 1].lower_ not in _ARTICLES_BEFORE_CLUB):
        return k
    j = _split_initials(doc, ent.start)
    return ent.start if j is None else j


_ERA_WORDS = frozenset(("av.", "apr.", "av", "apr", "avant", "après"))  # "52 av. J.-C.": the era


def _split_initials(doc: Doc, end: int) -> int | None:
    """The start of a person the model gave by initials alone in two tokens ("J." + "-C."),
    right before token `end`, one space apart: that person's name goes on at `end`. The
    model may tag the first initial alone ("[J.]" + "-C." + "[Marvaldi]"): a lone "-C." glued
    to a person's initial is the second half of a compound given name's initials."""
    j = end - 2
    if j < 0 or doc[end - 1].whitespace_ != " " or doc[j].whitespace_ \
            or not _JOINED_INITIALS.match(doc[j].text + doc[end - 1].text) \
            or doc[j].ent_type_ != "PER" or doc[j].ent_iob_ != "B" \
            or (doc[end - 1].ent_type_ != "PER" and (doc[end - 1].ent_type_ or doc[j + 1:end - 1]
                                                     or end >= len(doc) or doc[end].ent_type_ != "PER")) \
            or (end < len(doc) and doc[end].ent_iob_ != "B"):
        return None
    if j > 0 and doc[j - 1].lower_ in _ERA_WORDS:
        return None
    return j


def _dash_initials(ent: Span) -> bool:
    """A name of two initials joined by a dash, no full stops, and one or two capitalized
    words ("J-P Mourgeot", "A-M Vaudrey"): a person's, whatever the model read; not after an
    article (a club: "l'A-S Xville") nor on a town the gazetteer knows."""
    k = ent.start - 1
    if (k >= 0 and ent.doc[k].lower_ in _ARTICLES_BEFORE_CLUB) \
            or gazetteer.place_kind(ent[3:].text) is not None:
        return False
    return 4 <= len(ent) <= 5 and all(len(t.text) == 1 and t.is_upper for t in (ent[0], ent[2])) \
        and ent[1].text == "-" and not ent[0].whitespace_ and not ent[1].whitespace_ and ent[2].whitespace_ \
        and all(t.is_title and t.is_alpha and len(t.text) > 1 for t in ent[3:])


# a name given by initials only: "J.-L. M.", "R. D.", "M.-C. L."
_INITIALS_ONLY = re.compile(r"[A-ZÀ-Ý]\.(?:[ \t-]*[A-ZÀ-Ý]\.?)+")
# what may follow a signature on its line: a wire credit ("(avec AFP)")
_CREDIT_AFTER = re.compile(r"\s*(?:\([^()\n]{1,30}\))?\s*")


def _initials_signature(text: str, start: int, end: int) -> bool:
    """The span is an article's signature in initials alone on its line ("J.-L. M." under a
    local story, "R. D. (avec AFP)"): a journalist's mark, which names nobody."""
    if not _INITIALS_ONLY.fullmatch(text[start:end].rstrip(".") + "."):
        return False
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    return not text[a:start].strip() and _CREDIT_AFTER.fullmatch(text[end:b].lstrip(".")) is not None


def ner_candidates(doc: Doc) -> list[Candidate]:
    """The model's entities as factx candidates, edges and labels corrected."""
    lex = _lex()
    text = base.original_text(doc)
    out: list[Candidate] = []
    opened = _given_names_before_particles(doc)
    for ent in doc.ents:
        label = lex["label_map"].get(ent.label_)
        if label is None or ent.start in opened.values():
            continue  # "Odile" of "Odile" + "de Vassal": the person's name starts there
        if label == "person" and _initials_signature(text, ent.start_char, ent.end_char):
            continue  # "J.-L. M." alone on the article's last line: a signature
        if label == "person" and len(ent) == 2 and ent.end < len(doc) and doc[ent.end].ent_type_ == "PER" \
                and _split_initials(doc, ent.end) == ent.start:
            continue  # "[J.-C.]" + "[Marvaldi]": the initials open the next person's name
        if label == "person" and len(ent) == 1 and ent.end + 1 < len(doc) and not doc[ent.end].ent_type_ \
                and _split_initials(doc, ent.end + 1) == ent.start:
            continue  # "[J.]" + "-C." + "[Marvaldi]": the same, the model tagging one initial
        if label == "person" and ent.start > 0 and doc[ent.start - 1].lower_ in _ERA_WORDS \
                and text.startswith("J.-C", ent.start_char) and len(ent) <= 2:
            continue  # "52 av. J.-C.": the era, no one
        if ent.start in opened:
            ent, label = Span(doc, opened[ent.start], ent.end, label="PER"), "person"
        if label == "person" and (k := _initials_before(doc, ent)) < ent.start:
            ent = Span(doc, k, ent.end, label="PER")  # "F.L." + "[Brenneval]"
        elif label in ("misc", "place") and len(ent) <= 2 and all(t.is_title for t in ent) \
                and (k := _initials_before(doc, ent)) < ent.start:
            # "F.L." + "[Brenneval]" tagged misc or place: initials of given names open a name
            ent, label = Span(doc, k, ent.end, label="PER"), "person"
        elif label != "person" and _dash_initials(ent):
            ent, label = Span(doc, ent.start, ent.end, label="PER"), "person"  # "J-P Mourgeot"
        if label in ("place", "misc") and _captioned_holder(doc, ent):
            label = "person"  # "Trésorière : [Aïcha X]": the title's holder
        elif label in ("person", "place", "misc") and (k := _given_word_before(doc, ent)) is not None:
            ent, label = Span(doc, k, ent.end, label="PER"), "person"  # "le pompier Emre [Kandemir]"
        if label in ("place", "misc") and _listed_after_person(doc, ent):
            label = "person"  # "Paul Roy et [Eden Vasseur]": one of a list of people
        particle = label in ("person", "place") and _lone_particle_before(doc, ent)
        if particle:
            ent, label = Span(doc, ent.start - 1, ent.end, label="PER"), "person"  # "selon de Vassal"
        if (closing := _letter_closing(doc, ent.start, ent.end)) is not None:
            k, n = closing
            if k > ent.start:  # the name before the sentence's end; a person's initial stays
                ent = Span(doc, ent.start, k + (label == "person"), label=ent.label_)
            else:  # the name, if any, after it and its word of time ("C. Samedi soir")
                while n < ent.end and (fold(doc[n].text) in lex["time_openers"]
                                       or fold(doc[n].text) in lex["time_next"] or doc[n].like_num):
                    n += 1
                if n >= ent.end or not doc[n].is_title:
                    continue
                ent = Span(doc, n, ent.end, label=ent.label_)
        if (complement := _title_complement(doc, ent)) is not None:
            # "[procureur général de Russie]", "[Premier ministre d'Israël]": the title is
            # a role's, its complement the country or body it serves
            k, kind = complement
            ent, label = Span(doc, k, ent.end, label="LOC" if kind == "place" else "ORG"), kind
        if (k := _name_after_portfolio(doc, ent)) is not None:
            head = doc[ent.start : k]  # "Renault" of "le patron de [Renault Carlos Ghosn]" stays
            name = _clean(head.text)
            if _is_name_like(name) and fold(name) not in lex["generic"]:
                out.append(Candidate(label if label != "person" else "organization", head.start_char,
                                     head.start_char + len(name), "ner", {"name": name}))
            end = ent.end + 1 if k == ent.end - 1 else ent.end  # the surname after the span
            ent, label = Span(doc, k, end, label="PER"), "person"
        if label == "organization" and _titled_given_name(doc, ent):
            label = "person"  # "le champion du monde [Kylian X]": the title's holder
        if label in ("place", "misc") and (k := _title_opening_name(doc, ent)) is not None:
            ent, label = Span(doc, k, ent.end, label="PER"), "person"  # "le [sapeur-pompier X Y]"
        if label != "person" and (k := _after_nationality_noun(doc, ent)) is not None:
            ent, label = Span(doc, k, ent.end, label="PER"), "person"  # "le Serbe" + "Dragan Petrovic"
        elif label != "person" and (k := _nationality_and_given_name(doc, ent)) is not None:
            ent, label = Span(doc, ent.end - 1, k, label="PER"), "person"  # "[le Kosovar Bujar] Rexhaj"
        elif label == "organization" and _nationality_alone(doc, ent):
            continue  # "La Chinoise" before "Li Meixiu": a noun of nationality names no body
        end_tok = ent.end
        if label in ("organization", "misc"):
            end_tok = _extend_org(doc, ent)
            if end_tok > ent.end:
                label = "organization"  # "Bois & Fibres" + "PME": a company name
        if label == "person":
            while end_tok < len(doc) and fold(doc[end_tok - 1].text) in PARTICLES \
                    and doc[end_tok].is_title and doc[end_tok].is_alpha and not doc[end_tok].ent_type_:
                end_tok += 1  # "le juge Van" + "Ruymbeke": a particle ends no name
            if end_tok + 1 < len(doc) and end_tok == ent.end and doc[end_tok].text in _LOWER_PARTICLES \
                    and not doc[end_tok + 1].ent_type_ and doc[end_tok - 1].is_title \
                    and is_given_name(doc[end_tok - 1].text) and _saint_surname(
                        doc, doc[end_tok + 1 : end_tok + 2], any(t.lower_ in lex["civilities"] for t in ent)):
                end_tok += 2  # "Michèle" + "de Saint-Romblet" (untagged): her surname
            end_tok = _before_trailing_title(doc, ent.start, end_tok)
            if (k := _before_realm(doc, ent.start, end_tok)) < end_tok:
                realm = doc[k + 1 : end_tok]  # "le roi Karl IV" + "de" + "Suède"
                out.append(Candidate("place", realm.start_char, realm.end_char, "ner", {"name": realm.text}))
                end_tok = k
            end_tok = _initial_after(doc, ent.start, end_tok)
            end_tok = _before_weekday(doc, ent.start, end_tok)  # "Mme Aurore Vidal Samedi"
            if end_tok == ent.end:
                end_tok = _surname_after_given(doc, ent.start, end_tok)  # "[Mamadou Lamine] Diop"
        end_tok = _before_time_word(doc, ent.start, end_tok)  # "a déclaré Jean Dupont mercredi"
        if label in ("place", "organization", "misc"):
            end_tok = _run_on_end(doc, ent, end_tok, label)
        end = _word_end(text, doc[end_tok - 1].idx + len(doc[end_tok - 1]))
        if label != "person" and ent.end - ent.start <= 3 and _civility_before(doc, ent.start):
            label = "person"  # "M. Gard": a name right after a civility is a person
        if label in ("misc", "organization") and _opens_on_person_civility(doc, ent.start, end_tok):
            label = "person"  # "[Maître Varenne], plaide": the model's thing is a person
        if label == "person":
            civility, start, name_start = _person_civility(doc, ent.start, end_tok)
            if civility:
                name = _clean(text[name_start:end])
                if _is_name_like(name) and not _is_address(name):
                    out.append(Candidate(label, start, end, "ner", {"name": name, "civility": civility}))
                continue
        # elided article at the start: "l'ORPEX" -> "ORPEX"; "s'" alone -> nothing
        start = _strip_elision(text[ent.start_char:end], ent.start_char)
        if label != "person":
            after = _after_time_opener(doc, ent.start, end_tok)
            if after is not None:  # "Dimanche au" + "gymnase Pierre-de-Coubertin"
                start = doc[after].idx
        if (k := _after_place_opener(doc, ent.start, end_tok)) is not None:
            start = doc[k].idx  # "Natif de" + "Varcourt", "Près d'" + "Harmécourt"
        if label == "place" and (k := _after_described_noun(doc, ent.start, end_tok)) is not None:
            start = doc[k].idx  # "fleuve" + "Orénoque", "métro de" + "Montréal"
        if label != "person":
            start = _after_rubric(text, start, end)  # "Serie A : la" + "Juventus"
        if label in ("place", "organization") and ent.end - ent.start == 2 and start == ent.start_char \
                and doc[ent.start].lower_ in ("un", "une") and doc[ent.start + 1].is_title:
            # "[Une Twingo] a percuté" at a line's start: the article opens no name, and the
            # one word it counts is a thing made (see organizations._one_made)
            start = doc[ent.start + 1].idx
        if label in ("place", "misc"):
            head = _institution_head(doc, ent.start)
            if head is not None:  # "université (américaine) de" + "Beyrouth"
                label, start = "organization", head
        for p_start, p_end in _parts(text, start, end):
            if label == "person" and not (doc[ent.start].idx == p_start and given_name_title(doc, ent.start)):
                # (not "Pape" of "le maire, Pape Ousmane Diallo,": a given name)
                p_start = _hyphen_given_name(text, _drop_leading_titles(text, p_start, p_end))
                if particle:
                    p_start = doc[ent.start].idx  # its particle opens the name
            while p_start < p_end and not text[p_start].isalnum():
                p_start += 1
            lead = _LEADING_DE.match(text, p_start, p_end) if label != "person" else None
            if lead:  # "L'équipe" + "de France": the model's span opens on the preposition
                p_start = lead.end()
            name = _clean(text[p_start:p_end])
            if label == "person" and _INITIAL_END.search(name) and text[p_start + len(name):][:1] == ".":
                name += "."  # "Sébastien R.": a surname given by its initial keeps its stop
            if _SCORE_START.search(name) and _SCORE_REST.match(text, p_start + len(name)):
                name = _SCORE_START.sub("", name)  # "Manchester City 3" + " à 2": a score
            short_name = label in ("organization", "place") and _body_short_name(doc, p_start, name)
            if not _is_name_like(name) or (fold(name) in lex["generic"] and not short_name) \
                    or _is_sport(doc, p_start, name):
                continue
            if name.lower() in lex["civilities"] or (label == "person" and _is_address(name)):
                continue  # "Mesdames" alone, "Monsieur le Président": nobody is named
            if _is_plural_demonym(text, p_start, name) or _is_singular_demonym(doc, p_start, name, label):
                continue
            if label == "person" and _article_and_nationality(text, name):
                continue  # "Le Serbe a été arrêté": someone named by nationality, no name
            p_label = "organization" if short_name else label  # "l'Union": a body, no place
            if label in ("place", "misc") and " " in name and fold(name).split(" ")[0] in lex["org_heads"]:
                p_label = "organization"  # "université de Caen"
            if label == "misc" and _lone_given_name(doc, text, p_start, name):
                p_label = "person"  # "l'éducateur d'Enzo": a person named by the given name alone
            out.append(Candidate(p_label, p_start, p_start + len(name), "ner", {"name": name}))
    # a name the tokenizer cut at a hyphen is read whole from its first part ("Hewlett" +
    # "-Packard"): the model's entity for the second part is inside it, not another name
    cut = [c for c in out if c.start > 0 and text[c.start - 1] == "-"]
    if cut:
        inside = {id(c) for c in cut if any(o.start < c.start and c.end <= o.end for o in out)}
        out = [c for c in out if id(c) not in inside]
    return _consistent_labels(doc, _company_names(text, out))


_JOINERS = organizations.JOINERS


def _company_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A name ending with a legal form is a company ("Lac Inc." tagged as a place), and it
    ends the organization named just before it ("Fromagerie" + "du" + "Lac Inc."); a place or
    thing whose last word is an English word of business after a capitalized one
    (`business_tails`: "... Aero Systems", "... Orbital Space") is a company too, and one word
    named as a collaborative online project is (`wiki_affixes`: "Wikisource", "Afripédia")."""
    lex = _lex()
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: c.start):
        words = c.attrs["name"].split()
        if c.label in ("misc", "place") and len(words) > 1 and words[-1] in lex["business_tails"] \
                and words[-2][:1].isupper():
            c.label = "organization"  # "Norvane Orbital Space": an English firm's name by its trade
        if c.label in ("misc", "place", "person") and len(words) == 1 and len(words[0]) > 6 \
                and (words[0].startswith(lex["wiki_prefixes"]) or words[0].endswith(lex["wiki_suffixes"])):
            c.label = "organization"  # "Wikisource", "Afripédia": a collaborative online project
        if len(words) > 1 and words[-1].rstrip(".").lower() in lex["company_suffixes"]:
            c.label = "organization"
            prev = out[-1] if out else None
            if prev is not None and prev.label == "organization" and text[prev.end : c.start] in _JOINERS:
                prev.end = c.end
                prev.attrs["name"] = text[prev.start : c.end]
                continue
        out.append(c)
    return out


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
        if key in persons_full and " " not in key:
            c.label = "person"  # the surname of a person named in full ("Assange")
            continue
        top = votes[key].most_common()
        if {label for label, _ in top} == {"person", "misc"} and " " not in key and is_given_name(key):
            c.label = "person"  # "l'éducateur d'Enzo" says who the other "Enzo" are
            continue
        if len(top) > 1 and top[0][1] > top[1][1]:
            c.label = top[0][0]
        elif c.label == "misc" and len(top) > 1:
            c.label = next(label for label, _ in top if label != "misc")  # a tie: a real type wins
    return cands


@cache
def _patterns() -> tuple[dict[str, Any], ...]:
    out = []
    for line in load_lines("entity_patterns.jsonl"):
        item = json.loads(line)
        if item.get("label") not in ("person", "organization", "place", "misc") or not item.get("pattern"):
            raise PatternError(f"models/entity_patterns.jsonl: bad pattern {item.get('id')!r}")
        out.append(item)
    return tuple(out)


@cache
def _over_people() -> frozenset[str]:
    """Keys of the patterns that may replace a person the model read inside them."""
    return frozenset(f"{p['label']}|{p['id']}" for p in _patterns() if p.get("overrides_person"))


@cache
def _context_before() -> dict[str, int]:
    """Keys of the patterns whose first tokens are context, not name, and how many."""
    return {f"{p['label']}|{p['id']}": int(p["context_before"])
            for p in _patterns() if p.get("context_before")}


def _matcher(vocab: Vocab) -> Matcher:
    matcher = Matcher(vocab)
    for item in _patterns():
        matcher.add(f"{item['label']}|{item['id']}", [item["pattern"]], greedy="LONGEST")
    return matcher


def _lone_given_name(doc: Doc, text: str, start: int, name: str) -> bool:
    """A given name alone (models/names) that the model left as a miscellaneous name is a
    person when the sentence says it is someone: an age after it ("Manon, 17 ans,"), or a
    noun for a person it completes ("l'éducateur d'Enzo", "la mère de Kevin"). Alone it
    may name a storm, a boat or a product ("Sandy a frappé", "le voilier Marie")."""
    from factx.resolve.quotes import quote_words

    if " " in name or "-" in name or not name[:1].isupper() or not is_given_name(name):
        return False
    span = doc.char_span(start, start + len(name), alignment_mode="expand")
    if span is None:
        return False
    j, k = span.end, span.start - 1
    if j + 2 < len(doc) and doc[j].text == "," and doc[j + 1].like_num and doc[j + 2].lower_ == "ans":
        return True  # an age, even for a name a town bears too
    if gazetteer.place_kind(name) is not None or k < 1 or doc[k].lower_ not in ("de", "d'"):
        return False
    noun, people = doc[k - 1], quote_words().human_nouns
    human = fold(noun.lemma_ or noun.text) in people or fold(noun.text) in people \
        or lexicon().title_of(noun.lower_) is not None
    return noun.pos_ == "NOUN" and noun.is_lower and human


def pattern_candidates(doc: Doc, matcher: Matcher, taken: list[Candidate]) -> list[Candidate]:
    """Names the model missed, found by factx's token patterns ("Conseil constitutionnel");
    a match never overrides a name the model found that overlaps it, unless it contains it.
    A pattern's `context_before` first tokens say where the name is and are no part of it
    (the article of "le G20": a grouping of states, where "un G3" may be a car)."""
    text = base.original_text(doc)
    out: list[Candidate] = []
    matches = sorted(matcher(doc), key=lambda m: (m[1], -m[2]))
    over_people = _over_people()
    context = _context_before()
    for match_id, start, end in matches:
        key = doc.vocab.strings[match_id]
        label = key.split("|", 1)[0]
        start += context.get(key, 0)
        if start >= end:
            continue
        if _letter_closing(doc, start, end) is not None:
            continue  # "la poule B." + "Dimanche": a sentence ends inside, no name ("Vosges Matin")
        c_start, c_end = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        clash = [c for c in taken + out if base.overlaps(c.start, c.end, c_start, c_end)]
        # "Vosges Matin": a newspaper's title, though the model read a person in it; not
        # "Paul Matin", a given name and a surname
        if any(not (c_start <= c.start and c.end <= c_end) or (c.label == "person" and key not in over_people)
               for c in clash) or (key in over_people and given_name_gender(text[c_start:c_end]) is not None):
            continue
        for c in clash:
            if c in taken:
                taken.remove(c)
        out.append(Candidate(label, c_start, c_end, "rules", {"name": text[c_start:c_end]}))
    return out


_LIST_MARKS = frozenset(("-", "\u2013", "\u2014", "\u2022", "*", "(", "[", ":", ";", "\u00ab", '"'))


def _given_word(tok: Token) -> bool:
    """A capitalized word that is a given name, each part of it if hyphenated ("Louise-Yvonne")."""
    parts = tok.text.split("-")
    return tok.is_title and all(p.isalpha() and is_given_name(p) for p in parts)


def _after_full_name(doc: Doc, i: int, taken: list[Candidate]) -> bool:
    """Whether token i follows "et", "ou" or a comma right after a person's full name (a given
    name and a surname at least): the next item of a list of people ("Paul Roy et Charlie
    Vasseur ont signé", "Paul Roy, Léa Brun et Hugo Mas"), which the model may leave untagged."""
    if i < 2 or doc[i - 1].lower_ not in _PAIR_LINKS:
        return False
    prev = doc[i - 2]
    end = prev.idx + len(prev)
    return any(c.label == "person" and c.end == end and " " in c.attrs.get("name", "")
               and is_given_name(c.attrs.get("name", "").split()[0].split("-")[0]) for c in taken)


def _lone_misc(doc: Doc, i: int) -> bool:
    """Token i is untagged, or the whole of a miscellaneous name of one word ("Coltaz")."""
    tok = doc[i]
    if not tok.ent_type_:
        return True
    return tok.ent_type_ == "MISC" and tok.ent_iob_ == "B" \
        and (i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I")


def _opens_subject(doc: Doc, i: int, after: int) -> bool:
    """Token i opens a line (after a headline line: "Kermesse" + "Odette Vallin a organisé") or
    a sentence, and the two words of the name are the subject or the head of an apposition:
    a verb, an auxiliary or a comma comes right after them (token `after`)."""
    if i == 0:
        return False
    prev = doc[i - 1]
    line = "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text)
    if not line and prev.text not in (".", "!", "?"):
        return False
    return after < len(doc) and (doc[after].pos_ in ("AUX", "VERB") or doc[after].text == ",")


def _common_words(nlp: Language) -> frozenset[str]:
    """The common nouns and adjectives of the model's lemmatizer lexicon (empty when it has none);
    the nouns are those the types step reads too (read once per model)."""
    from factx.components.entity_types import common_nouns

    return common_nouns(nlp) | common_nouns(nlp, "adj")


# the tags the model gives a foreign given name or surname it does not know: a proper noun, a
# noun, an adjective or a foreign word ("Thabo" + "Okafor" read as ADJ + X); capitalized after
# a title, none is a common word (the pair is checked against the lexicon of common words)
_FOREIGN_NAME_TAGS = ("PROPN", "NOUN", "ADJ", "X")


def _titled_foreign_name(doc: Doc, i: int, words: frozenset[str]) -> bool:
    """Tokens i and i + 1 are a name of two words the model left untagged right after a
    person's title ("le président yougoslave" + "Vojislav Kostunovic", "l'ayatollah" + "Ali
    Khamenov"): a given name the table lacks (Balkan, Arabic, Asian, African) then a surname,
    both tagged as names or content words (`_FOREIGN_NAME_TAGS`), neither a common word, a
    place, a nationality nor a word of the calendar; the title is the evidence. Not when a
    capitalized word or a hyphen follows (a longer name: a body's, a work's)."""
    if i + 2 >= len(doc) or not _after_title(doc, i):
        return False
    pair = (doc[i], doc[i + 1])
    nxt = doc[i + 2]
    if nxt.is_title or nxt.is_upper or nxt.text in ("-", "\u2013"):
        return False
    nationalities = _nationalities()[0]
    for t in pair:
        low = fold(t.text)
        if t.ent_type_ or not t.is_title or t.pos_ not in _FOREIGN_NAME_TAGS or t.is_stop or len(t.text) < 3 \
                or not all(p.isalpha() for p in t.text.split("-")) \
                or t.lower_ in words or low in nationalities or low in _lex()["time_openers"] \
                or lexicon().title_of(t.lower_) is not None or gazetteer.place_kind(t.text) is not None:
            return False
    return not is_given_name(pair[1].text)


def _signed_by(doc: Doc, i: int) -> bool:
    """Token i follows "Par" opening a line or the text: an author's line ("Par Agnieszka
    Wrona" above the story), whose name the caller asks to end the line."""
    if i < 1 or doc[i - 1].text != "Par":
        return False
    k = i - 1
    return k == 0 or "\n" in doc[k - 1].whitespace_ or (doc[k - 1].is_space and "\n" in doc[k - 1].text)


def untagged_people(doc: Doc, taken: list[Candidate], words: frozenset[str] = frozenset()) -> list[Candidate]:
    """A person the model left untagged where a name stands alone: a given name the lexicon
    knows and one capitalized word after it, opening a list's item, a bracket or the text
    ("- Louise-Anne Verdalle, trésorière du parti", "(Lily Kerhuel)"), or opening a line or a
    sentence as the subject of a verb or the head of an apposition ("Tennis" + "Gaëlle
    Vernon a battu ..."). Not when either word is a place the gazetteer knows, a function
    word or a word of the calendar, nor when a capitalized word follows (a longer name: a
    school's, a work's). Either word may be a miscellaneous name of its own the model read
    ("Odette" + "[Grandval]"): the pair is the person's name. At a line's or a sentence's
    start the second word is no common noun nor adjective (`words`, singular or plural): a
    shop's name ("Olivia Coiffure a ouvert")."""
    text = base.original_text(doc)
    out: list[Candidate] = []
    for i in range(len(doc) - 1):
        tok = doc[i]
        if not tok.is_title:
            continue  # the cheap test first: most tokens open no name
        given = _given_word(tok)
        if not given and _titled_foreign_name(doc, i, words):
            c_start, c_end = tok.idx, doc[i + 1].idx + len(doc[i + 1])
            if not any(base.overlaps(c.start, c.end, c_start, c_end) for c in taken + out):
                out.append(Candidate("person", c_start, c_end, "rules", {"name": text[c_start:c_end]}))
            continue
        if not given or not _lone_misc(doc, i):
            continue
        titled = _after_title(doc, i)
        signed = _signed_by(doc, i)
        listed = i == 0 or doc[i - 1].text in _LIST_MARKS or _after_full_name(doc, i, taken + out) \
            or _after_nationality(doc, i) or titled or signed
        if not listed and not (i + 2 < len(doc) and _opens_subject(doc, i, i + 2)):
            continue
        if tok.ent_type_ and listed and not signed:
            continue  # a lone miscellaneous given name in a list: as before
        if i > 1 and doc[i - 1].text in ("-", "\u2013") and "\n" not in doc[i - 2].whitespace_ \
                and not doc[i - 2].is_space and not doc[i - 2].is_punct:
            continue  # a dash inside a line: no list item
        j = i  # the given name's last token: "Louise" "-" "Anne"
        while j + 2 < len(doc) and doc[j + 1].text == "-" and not doc[j].whitespace_ \
                and not doc[j + 1].whitespace_ and _given_word(doc[j + 2]) and not doc[j + 2].ent_type_:
            j += 2
        if j + 1 >= len(doc):
            continue
        nxt = doc[j + 1]
        if signed and not (j + 2 == len(doc) or "\n" in nxt.whitespace_ or doc[j + 2].is_space):
            continue  # an author's line ends on the name
        # after a title, a surname the model read as a thing of one word is the holder's
        # ("le sapeur-pompier Emre" + "[Kaptanoglu]"); in a list it stays as it was
        if not _lone_misc(doc, j + 1) or (nxt.ent_type_ and listed and not titled and not signed) \
                or not nxt.is_title or not nxt.is_alpha \
                or nxt.is_stop or len(nxt.text) < 2 or is_given_name(nxt.text):
            continue
        if j + 2 < len(doc) and (doc[j + 2].is_title or doc[j + 2].text == "-"):
            continue
        if not listed and (not _opens_subject(doc, i, j + 2) or nxt.lower_ in words
                           or (nxt.lower_.endswith(("s", "x")) and nxt.lower_[:-1] in words)):
            continue
        # after a title a given name that also names a town ("Douglas", "Florence") is the
        # holder's: the title says a person follows
        # and so is a surname that is also a town's name after a given name ("le gendarme Emre"
        # + "Demirci"): a town follows no given name; a country or a region still stops it
        if any(fold(t.text) in _lex()["time_openers"] or (
                gazetteer.place_kind(t.text) is not None and not (titled and t is tok)
                and not (titled and t is nxt and gazetteer.place_kind(t.text, gazetteer.STRONG) is None))
                for t in (tok, nxt)):
            continue
        c_start, c_end = tok.idx, nxt.idx + len(nxt)
        clash = [c for c in taken + out if base.overlaps(c.start, c.end, c_start, c_end)]
        if any(c.label != "misc" or c.source != "ner" or c.start < c_start or c.end > c_end for c in clash):
            continue
        for c in clash:
            taken.remove(c)  # "Odette" + "[Grandval]": the model's word of the name goes
        out.append(Candidate("person", c_start, c_end, "rules", {"name": text[c_start:c_end]}))
    return out


def _before_weekday(doc: Doc, start: int, end: int) -> int:
    """Where a person's name ends when the model ran it over a capitalized day after it
    ("selon Mme Aurore Vidal Samedi", a day written with a capital as in a headline): a
    name of two words or more never ends on a weekday, which dates what is told. Not after
    a preposition or an article ("le Journal du Dimanche"), not a name of two words ("Paul
    Samedi": a surname)."""
    k = end - 1
    if k - start < 2 or not doc[k].is_title or doc[k].lower_ not in lexicon().weekdays \
            or doc[k - 1].lower_ in _PLACE_LINKS or not doc[k - 1].is_alpha:
        return end
    return k


def _surname_after_given(doc: Doc, start: int, end: int) -> int:
    """Where a person's name ends when the model stopped it on a given name and left the
    surname right after it untagged ("rencontré [Mamadou Lamine] Diop samedi",
    "[Aminata] Koulibaly samedi"): a name that ends on a given name the table knows, then
    one capitalized proper noun that is no given name, no stop word, no title, no word of
    time, no nationality and no place of the gazetteer, with no capitalized word after it
    (a longer run is a body's or a work's name)."""
    if end >= len(doc) or end - start > 3 or not is_given_name(doc[end - 1].text.split("-")[-1]):
        return end
    tok = doc[end]
    if tok.ent_type_ or not tok.is_title or tok.pos_ != "PROPN" or tok.is_stop or len(tok.text) < 3 \
            or not all(p.isalpha() for p in re.split(r"[-'\u2019]", tok.text)) or is_given_name(tok.text) \
            or fold(tok.text) in _lex()["time_openers"] or lexicon().title_of(tok.lower_) is not None \
            or _nationality_noun(tok.text) or gazetteer.place_kind(tok.text) is not None:
        return end
    if end + 1 < len(doc) and (doc[end + 1].is_title or doc[end + 1].is_upper
                               or doc[end + 1].text in ("-", "\u2013")):
        return end
    return end + 1


def _civility_name_end(doc: Doc, k: int) -> int | None:
    """Where the name after a civility ends when it opens at token k: one to three capitalized
    words (a hyphenated one counts as one: "Ben-Saïd"), or capitalized particles between them,
    none tagged by the model, none a word of time nor a civility; None when the run is longer
    (a body's or a work's name) or when no capitalized word opens it ("M. le maire")."""
    words, j = 0, k
    while j < len(doc) and words <= 3:
        tok = doc[j]
        if tok.ent_type_ or not tok.is_title or not all(p.isalpha() for p in tok.text.split("-")):
            break
        if fold(tok.text) in _lex()["time_openers"] or tok.lower_ in _lex()["civilities"]:
            return None
        j, words = j + 1, words + 1
        while j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ \
                and not doc[j].whitespace_ \
                and doc[j + 1].is_title and doc[j + 1].is_alpha and not doc[j + 1].ent_type_:
            j += 2  # "Ben" "-" "Saïd": the tokenizer's cut inside one surname
    if not 1 <= words <= 3 or (j < len(doc) and (doc[j].is_title or doc[j].text in ("-", "\u2013"))) \
            or (doc[j - 1].text in _CAP_PARTICLES):
        return None  # "M. Le" + "maire": a particle opens a surname, never ends one
    return j


def civility_people(doc: Doc, taken: list[Candidate]) -> list[Candidate]:
    """A civility only a person bears ("M.", "Mme", "Mlle", "Me", "Dr": `person_civilities`,
    not "Monsieur" of "Monsieur Bricolage") and the capitalized words after it that the model
    left untagged name a person, whatever the origin of the name ("M. Benhaddou", "Mme Ouédraogo
    a ouvert la séance"): French writes a civility only before someone's name. Not before an
    article in lower case ("M. le maire", "Mme la présidente": an office, see `_is_address`)."""
    person_civs = _lex()["person_civilities"]
    text = base.original_text(doc)
    out: list[Candidate] = []
    for tok in doc:
        if tok.text not in person_civs \
                and not (tok.text == "M" and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "."):
            continue  # the cheap test first
        k = tok.i + (2 if tok.text == "M" else 1)
        if k >= len(doc) or not doc[k].is_title or doc[k].ent_type_:
            continue
        end = _civility_name_end(doc, k)
        if end is None:
            continue
        c_start, n_start, c_end = tok.idx, doc[k].idx, doc[end - 1].idx + len(doc[end - 1])
        if any(base.overlaps(c.start, c.end, c_start, c_end) for c in taken + out):
            continue
        name = _clean(text[n_start:c_end])
        if _is_name_like(name) and fold(name) not in _lex()["generic"]:
            civility = text[c_start:n_start].strip()
            out.append(Candidate("person", c_start, c_end, "rules", {"name": name, "civility": civility}))
    return out


_CLAUSE_OPENERS = frozenset((".", "!", "?", ",", ";", ":", "\u00ab", '"', "(", "-", "\u2013", "\u2014",
                             "que", "qu'", "qu\u2019"))  # "a annoncé que X a été libéré"
_HAVE = frozenset(("a", "ont", "avait", "avaient", "aura", "auront"))
_SUBJECT_AUX = frozenset(("a", "ont", "avait", "avaient", "aura", "est", "sont", "était", "étaient", "sera",
                          "été", "s'", "s\u2019", "se"))


def _bare_name_word(tok: Token) -> bool:
    """A capitalized word that may be part of a foreign person's name: no function word, no
    civility ("Mme", kept out of names), no word of time, no nationality, no body's head, no
    country or region."""
    low = fold(tok.text)
    return tok.is_title and all(p.isalpha() for p in tok.text.split("-")) and len(tok.text) >= 2 \
        and not tok.is_stop and low not in _nationalities()[0] and tok.lower_ not in _lex()["civilities"] \
        and low not in _lex()["time_openers"] and low not in _lex()["org_heads"] \
        and gazetteer.place_kind(tok.text, gazetteer.STRONG) is None


def subjects_of_person_verbs(doc: Doc, taken: list[Candidate],
                             words: frozenset[str] = frozenset()) -> list[Candidate]:
    """A run of two to five capitalized words the model left untagged, or read whole as a thing or as a
    place it names nowhere else, that opens a sentence or a clause and is the subject of a verb only
    people do, through its auxiliaries ("Aung San Suu Kyi a été libérée", "X est né", "X a démissionné",
    "X a déclaré": person_participles of entities.json), is a person: a place or a body is not freed,
    born or elected, and does not resign. Not when its first or last word is a common word of French
    (inner ones may be: "Thein Sein"), nor when a word is a nationality, a word of time, a body's head,
    a country or a region, nor when the whole is a place the gazetteer knows."""
    participles, active = _lex()["person_participles"], _lex()["person_active_participles"]
    text = base.original_text(doc)
    out: list[Candidate] = []
    for t in doc:
        if t.lower_ not in participles and t.lower_ not in active:
            continue  # the cheap test first
        k = t.i - 1
        while k >= 0 and doc[k].lower_ in _SUBJECT_AUX and t.i - k <= 3:
            k -= 1
        if k == t.i - 1 or k < 1:
            continue  # no auxiliary: "X, libéré hier," is no clause of its own
        if t.lower_ in active and doc[t.i - 1].lower_ not in _HAVE:
            continue  # "la zone a été déclarée sinistrée": a passive says nothing of a speaker
        end = k + 1
        start = end
        while start > 0 and end - start < 6 and _bare_name_word(doc[start - 1]):
            start -= 1
        if not 2 <= end - start <= 5 or doc[start].lower_ in words or doc[end - 1].lower_ in words:
            continue  # a French word first or last: a body's or a thing's name ("Banque centrale")
        if start > 0:
            prev = doc[start - 1]
            if prev.text not in _CLAUSE_OPENERS and "\n" not in prev.whitespace_ and not prev.is_space:
                continue
        span = doc[start:end]
        ents = {(e.start, e.end, e.label_) for tok in span if tok.ent_type_ for e in [_ent_of(doc, tok.i)]}
        if any(a < start or b > end or (lab == "LOC" and (a, b) != (start, end))
               or lab not in ("PER", "MISC", "LOC") for a, b, lab in ents):
            continue  # the model's person cut short ("[Thura] Aung Myat") is the whole run's
        c_start, c_end = span.start_char, span.end_char
        if gazetteer.place_kind(span.text) is not None or fold(span.text) in _nationalities()[1]:
            continue
        clash = [c for c in taken + out if base.overlaps(c.start, c.end, c_start, c_end)]
        if any(c.label not in ("misc", "place", "person") or c.source != "ner" or c.start < c_start
               or c.end > c_end or (c.label == "place" and (c.start, c.end) != (c_start, c_end))
               for c in clash):
            continue
        if clash and clash[0].label == "place" and text.count(span.text) > 1:
            continue  # a place the document names again elsewhere stays one
        for c in clash:
            taken.remove(c)
        out.append(Candidate("person", c_start, c_end, "rules", {"name": text[c_start:c_end]}))
    return out


def _ent_of(doc: Doc, i: int) -> Span:
    return next(e for e in doc.ents if e.start <= i < e.end)


_LINE_ARTICLES = ("le", "la", "les", "l'", "l\u2019", "un", "une", "des")


def _common_at_line_start(doc: Doc, b: int) -> bool:
    """The word before token b, opening its line, reads as a common noun with its
    complement or its adjective after it ("Coup de théâtre", "Fête foraine"), not a name."""
    if b >= len(doc):
        return False
    nxt = doc[b]
    if nxt.lower_ in ("de", "d'", "d\u2019", "du", "des") and b + 1 < len(doc):
        return doc[b + 1].is_lower and doc[b + 1].is_alpha
    return nxt.is_lower and nxt.pos_ in ("ADJ", "NOUN")


def _person_opening_line(part: Span) -> bool:
    """A line's first words that name a person: a given name of the table and one or two
    capitalized words, no given name last, no place after the given name."""
    return 2 <= len(part) <= 3 and all(t.is_title and t.is_alpha for t in part) and _given_word(part[0]) \
        and not is_given_name(part[-1].text) and gazetteer.place_kind(part[1:].text) is None


def split_at_line_breaks(doc: Doc) -> None:
    """The model's entities that run over a line break ("Accident" + "Une Clio", a headline
    run into the article's first words; "Alpes valaisannes" + "Lausanne", a headline into the
    dateline) are cut there: the first line's part keeps the label; a later line's part,
    past an article that opens the line, stays an entity only when it names a person (a
    given name and a surname: "Justice" + "Fatima Zahra X, 28 ans"), is a place the gazetteer
    knows (a dateline's town: a place), one proper noun under a label of a name
    (not a sentence's first common noun: "Coup", "Établissement"), or a body's or a thing's
    name of several words opening on a capitalized noun ("Une Ligue régionale de cyclisme")."""
    if not any("\n" in e.text for e in doc.ents):
        return
    ents: list[Span] = []
    for e in doc.ents:
        breaks = [t.i for t in e if "\n" in t.text or "\n" in t.whitespace_]
        if not breaks:
            ents.append(e)
            continue
        cuts = [e.start, *[b + 1 for b in breaks], e.end]
        for n, (a, b) in enumerate(pairwise(cuts)):
            while b > a and (doc[b - 1].is_space or doc[b - 1].is_punct):
                b -= 1
            if n and a < b and doc[a].lower_ in _LINE_ARTICLES:
                a += 1
            if a >= b:
                continue
            if n == 0:
                ents.append(Span(doc, a, b, label=e.label_))
                continue
            part = doc[a:b]
            if _person_opening_line(part):
                ents.append(Span(doc, a, b, label="PER"))  # "Justice" + "Fatima Zahra X, 28 ans"
            elif gazetteer.place_kind(part.text) is not None:
                ents.append(Span(doc, a, b, label="LOC"))
            elif e.label_ in ("LOC", "ORG", "MISC") and len(part) == 1 and part[0].text[:1].isupper() \
                    and (part[0].pos_ == "PROPN" or part[0].is_upper) and not _common_at_line_start(doc, b):
                ents.append(Span(doc, a, b, label=e.label_))
            elif e.label_ in ("ORG", "MISC") and len(part) > 1 and part[0].is_title \
                    and part[0].pos_ in ("NOUN", "PROPN"):
                ents.append(Span(doc, a, b, label=e.label_))  # "Une" + "Ligue régionale de cyclisme"
    doc.ents = ents


@Language.factory("factx_entities")
def make_entities_component(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    matcher = _matcher(nlp.vocab)
    words = _common_words(nlp)

    def entities_component(doc: Doc) -> Doc:
        split_at_line_breaks(doc)
        cands = ner_candidates(doc)
        cands += pattern_candidates(doc, matcher, cands)
        cands += untagged_people(doc, cands, words)
        cands += civility_people(doc, cands)
        cands += subjects_of_person_verbs(doc, cands, words)
        cands = organizations.refine(doc, cands, words)
        base.add_candidates(doc, cands)
        return doc

    return entities_component
