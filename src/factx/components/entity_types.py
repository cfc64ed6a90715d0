"""Places and people decided by the evidence of the whole document.

Runs after `factx_entities` (which turns the model's entities into candidates) and
revises those candidates with what the document as a whole says about each name:

- the gazetteer (src/factx/gazetteer.py): a country, a region or a département is a place
  wherever it is written, even where the model missed it ("Espagne :" in a title, "otages
  du Liban") or read it as something else ("WASHINGTON." in a byline); a known town is a
  place when the text uses it as one ("à Épinal");
- the head noun: a building, a street or a site is named with its head ("rue Paul-Bert",
  "hôpital de Belfort", "musée du Louvre"); "ville de", "province de" make the name after
  them a place;
- how the text uses a name: after "à", "en", "au", or joined by "et" to a place, a town
  the gazetteer knows is a place ("à Jalo et Ojla");
- names of peoples are not places ("les Néerlandais", "un Britannique");
- people named through a title or a government: "abbé Pierre", "gouvernement Jospin",
  "Mes Perrin, Leuvrey et Spor".

Words and heads are data in models/place_types.json.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from functools import cache
from itertools import pairwise
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from factx import gazetteer
from factx.components import base, organizations
from factx.resolve.lexicon import inflect, lexicon
from factx.resolve.names import fold, given_name_title, is_given_name
from factx.resources import load_json
from factx.types import Candidate
from factx.verbs import NO_VERBS as _NO_VERBS
from factx.verbs import VerbLexicon, register_words

NAMED = ("person", "organization", "place", "misc")
_DE = ("de", "d'", "d\u2019", "du", "des")
_ARTICLES = ("la", "l'", "l\u2019", "le", "les")
_NOT_NAME_POS = {"ADV", "VERB", "ADJ", "ADP", "PRON", "DET", "CCONJ", "SCONJ", "AUX", "INTJ"}
_POSSESSIVES = ("mon", "ton", "son", "ma", "ta", "sa", "notre", "votre", "leur", "nos", "vos", "leurs", "ses")


@cache
def _lex() -> dict[str, Any]:
    data = load_json("place_types.json")
    ents = load_json("entities.json")
    # "originaire, natif (de)": where a person comes from, the roles' list; it opens a place
    # ("Native de X, elle ...") whose complement is only ever a commune
    origin = frozenset(load_json("roles/nationalities.json")["origin_words"])
    return {
        "facility": _by_first_word(data["facility_heads"]),
        "direct_only": set(data["direct_only_heads"]),
        "town_kept": set(data["town_kept_heads"]),
        "numbered": frozenset(data["numbered_heads"]),
        "determined": set(data["determined_heads"]),
        "feminine": frozenset(data["feminine_heads"]),
        "town_buildings": frozenset(fold(h) for h in data["town_buildings"]),
        "town_buildings_known": frozenset(fold(h) for h in data["town_buildings_known"]),
        "admin": set(data["admin_heads"]),
        "rivers": frozenset(data["described_heads"]["rivers"]),
        "districts": frozenset(data["district_heads"]),
        "geography": {fold(w) for w in data["geography_heads"]},
        "complements": set(data["place_complements"]),
        "town_of": set(data["town_complements"]),
        "residents": set(data["resident_nouns"]),
        "village_endings": tuple(fold(w) for w in data["village_endings"]),
        "located": set(data["located_bodies"]) | origin,
        "commune_bodies": frozenset(data["commune_bodies"]) | origin,
        "origin_words": origin,
        "toponym_links": frozenset(data["toponym_links"]),
        "work_authors": set(data["work_authors"]),
        "streets": set(data["street_heads"]),
        "named_after": {h.split()[-1] for h in data["named_after_heads"]},
        "place_adjectives": set(data["place_adjectives"]) | _nationality_forms(),
        "deities": {fold(w) for w in data["deities"]},
        "feast_cues": {fold(w) for w in data["feast_cues"]},
        "particles": set(data["name_particles"]),
        "work_heads": set(data["work_heads"]),
        "media_heads": set(data["media_heads"]),
        "org_heads": {fold(w) for w in ents["org_heads"]},
        "institutions": set(data["institution_heads"]),
        "preps": set(data["place_prepositions"]),
        "origin_verbs": frozenset(data["origin_verbs"]),
        "origin_nouns": frozenset(data["origin_nouns"]),
        "person_complement_titles": frozenset(data["person_complement_titles"]),
        "person_heads": set(data["person_heads"]),
        "firm_titles": frozenset(data["firm_titles"]),
        "faction_heads": set(data["faction_heads"]),
        "collectivities": frozenset(data["collectivity_heads"]),
        "religious": set(data["religious_titles"]),
        "address_titles": frozenset(data["address_titles"]),
        "plural_civ": dict(data["plural_civilities"]),
        "demonym_suffixes": (*ents["demonym_suffixes"], *data["demonym_suffixes"]),
        "demonym_exceptions": {fold(w) for w in ents["demonym_exceptions"]},
        "civilities": {c.lower() for c in ents["civilities"]},
        "family_nouns": frozenset(ents["family_nouns"]),
        "calendar": {fold(w) for part in ("months", "weekdays") for w in load_json("calendar.json")[part]},
        # a word of time opening a sentence ("Hier", "Lundi"; people_after_time_words) and a
        # brief's rubric ("Tennis"): no given name (given_names_left_untagged)
        "time_openers": frozenset(fold(w) for w in [*ents["time_openers"],
                                                    *load_json("calendar.json")["weekdays"]]),
        "rubric_words": frozenset(fold(w) for w in [*ents["sport_names"], *ents["generic_words"]]),
        "byline_titles": frozenset(fold(w) for w in ents["byline_titles"]),
    }


def _nationality_forms() -> set[str]:
    """Adjectives of nationality in their four forms ("français", "française", "françaises")."""
    return {f for adj in load_json("roles/nationalities.json")["adjectives"] for f in inflect(adj)}


def _is_cap(text: str) -> bool:
    return text[:1].isupper()


def _tok_at(doc: Doc) -> dict[int, int]:
    """The token starting at each character offset."""
    return {t.idx: t.i for t in doc}


def _span_toks(doc: Doc, c: Candidate) -> tuple[int, int] | None:
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    return (span.start, span.end) if span is not None and len(span) else None


def _alpha_word(tok: Token) -> bool:
    """Letters, or words of letters joined by hyphens in one token ("Pierre-de-Coubertin")."""
    return _alpha(tok) and not tok.text.endswith("-")


def _name_run(doc: Doc, i: int, links: bool = True) -> int:
    """End token of a proper name starting at token i: capitalized words, joined by hyphens
    or by "de"/"du"/"la" when a capitalized word follows ("Notre-Dame-de-Québec", "Rio de
    Janeiro")."""
    j = i
    while j < len(doc):
        tok = doc[j]
        word = (_is_cap(tok.text) and _alpha_word(tok)) or tok.text == "-" \
            or (j > i and doc[j - 1].text == "-")
        link = (links and j > i and tok.lower_ in ("de", "du", "la", "des") and j + 1 < len(doc)
                and _is_cap(doc[j + 1].text) and doc[j + 1].is_alpha)
        if not (word or link):
            break
        j += 1
    while j > i and (doc[j - 1].text == "-" or doc[j - 1].lower_ in ("de", "du", "la", "des")):
        j -= 1
    return j


# ---------------------------------------------------------------- places by head noun

def _by_first_word(heads: list[str]) -> dict[str, list[list[str]]]:
    """Multi-word heads indexed by their first word, the longest first."""
    out: dict[str, list[list[str]]] = defaultdict(list)
    # the tokenizer splits an elided article from its word: "maison d'arrêt" is three tokens
    split = (re.sub(r"(\w['\u2019])", r"\1 ", h).split() for h in heads)
    for words in sorted(split, key=len, reverse=True):
        out[words[0]].append(words)
    return dict(out)


# the feminine determiners, the only ones before a head of `feminine_heads` ("la tour Belvane")
_FEMININE_DETERMINERS = frozenset(("la", "une", "cette", "sa"))
# words right before a head that make it a noun: "la ferme Aubertel", "au cours Gambetta"
_HEAD_OPENERS = frozenset(("le", "la", "les", "l'", "l\u2019", "du", "des", "de", "d'", "d\u2019", "au",
                           "aux", "à", "sa", "son", "ses", "leur", "cette", "ce", "cet", "une", "un", "en",
                           "ex", "-"))


def _bare_head(word: str) -> str:
    """A head noun without the prefix of a former use, one token with it: "l'ex-hôtel
    Miramar" is the "hôtel Miramar" it was."""
    return word[3:] if word.startswith("ex-") and len(word) > 3 else word


def _facility_head(doc: Doc, i: int) -> int:
    """Number of tokens of a facility head noun starting at token i (0 when none); not a
    verb's form with no determiner or preposition before it ("il ferme Lundi"; the heads of
    `determined_heads` of models/place_types.json always want one: "la ferme Aubertel")."""
    if (doc[i].pos_ in ("VERB", "AUX") or doc[i].lower_ in _lex()["determined"]) \
            and (i == 0 or doc[i - 1].lower_ not in _HEAD_OPENERS):
        return 0
    if doc[i].lower_ in _lex()["feminine"] and (i == 0 or doc[i - 1].lower_ not in _FEMININE_DETERMINERS):
        return 0  # "le tour de France", "à son tour": no tower
    for words in _lex()["facility"].get(_bare_head(doc[i].lower_), ()):
        n = len(words)
        if i + n <= len(doc) and all(doc[i + k].lower_.replace("\u2019", "'") == words[k]
                                     for k in range(1, n)):
            return n
    return 0


def _district_head(doc: Doc, i: int, nouns: frozenset[str]) -> int:
    """1 when token i is the head of a part of a town (place_types.json `district_heads`)
    right before "du", "des" or "de" and an article and a name of one word that is a common
    noun of the lemmatizer's lexicon (`nouns`): the name keeps its head ("le quartier de la
    Gare", "le hameau des Granges"); 0 otherwise: a proper name, a compound ("le quartier du
    Haut-Ravinel", "le hameau des Cabanes-de-Rives"), the name right after the head ("le
    quartier Bellevue"), "de" and no article ("le quartier de Bercy"), "le quartier général"."""
    if doc[i].lower_ not in _lex()["districts"] or i + 3 >= len(doc):
        return 0
    j = i + 2 if doc[i + 1].lower_ in ("du", "des") else i + 3
    if j == i + 3 and not (doc[i + 1].lower_ == "de" and doc[i + 2].lower_ in ("la", "l'", "l\u2019")):
        return 0
    name = doc[j]
    if not (name.is_title and name.is_alpha) or not _in_nouns(name.lower_, nouns) \
            or (j + 1 < len(doc) and (doc[j + 1].text == "-" or doc[j + 1].is_title)):
        return 0
    return 1


_REGION_DETERMINERS = frozenset(("le", "du", "au", "ce"))


def _region_head(doc: Doc, i: int) -> int:
    """1 when token i is "pays" heading a traditional region named after its town: singular
    and definite ("le pays de Gex", "du pays de Montbéliard", "au pays de Bitche"), then "de"
    and a capitalized name with no article that the gazetteer knows as a town or a village;
    0 for the countries of something ("les pays d'Europe", "un pays d'Afrique": plural or
    indefinite; "le pays des Droits de l'homme": an article), for a continent or a country
    and for a name no gazetteer knows ("le pays de Molière": the writer's country)."""
    if doc[i].lower_ != "pays" or i + 2 >= len(doc) or doc[i + 1].lower_ not in ("de", "d'", "d\u2019"):
        return 0
    if doc[i].text != "pays" or i == 0 or doc[i - 1].lower_ not in _REGION_DETERMINERS:
        return 0  # (a capitalized "Pays" opens a name of geography_heads, read elsewhere)
    name = doc[i + 2]
    if not (_is_cap(name.text) and _alpha_word(name)):
        return 0
    return int(gazetteer.place_kind(name.text) == "town" or gazetteer.village(name.text))


def _after_head(doc: Doc, j: int) -> int | None:
    """Token where the name begins after a head noun ending at j: right there ("rue
    Paul-Bert"), after adjectives ("aéroport international Murtala-Muhammed"), or after
    "de", "du", "de la" ("camping de Bouzey", "musée du Louvre"). A day alone after such a
    word names nothing: the word was a verb ("la piscine ferme Samedi")."""
    head_end = j
    while j < len(doc) and doc[j].pos_ == "ADJ" and doc[j].text.islower():
        j += 1
    if head_end < j < len(doc) and fold(doc[j].text) in load_json("calendar.json")["weekdays"] \
            and not (j + 1 < len(doc) and (_is_cap(doc[j + 1].text) or doc[j + 1].text == "-")):
        return None  # "la gare ferme Dimanche": a verb the tagger read as an adjective, a day
    if j < len(doc) and doc[j].lower_ in _DE:
        j += 1
        if j < len(doc) and doc[j].lower_ in _ARTICLES and doc[j].text.islower():
            j += 1
    if j < len(doc) and ((_is_cap(doc[j].text) and _alpha_word(doc[j])) or _DATE_NAME.match(doc[j].text)):
        return j
    return None


# a street named after a day of history, in one token: "place du 30-Septembre", "rue du 8-Mai-1945"
_DATE_NAME = organizations.DATE_NAME


def facility_places(doc: Doc, cands: list[Candidate],
                     nouns: frozenset[str] = frozenset()) -> list[Candidate]:
    """A building, street or site named with its head noun is one place, head included;
    the names inside it are not places of their own. `nouns` (the lemmatizer's common nouns)
    tell a part of a town named by a common word ("le quartier de la Gare", _district_head)."""
    text = base.original_text(doc)
    by_start = defaultdict(list)
    for c in cands:
        toks = _span_toks(doc, c)
        if toks and c.label in NAMED:
            by_start[toks[0]].append((toks[1], c))
    out = list(cands)
    i = 0
    while i < len(doc):
        district = not _facility_head(doc, i) and bool(_district_head(doc, i, nouns))
        n = _facility_head(doc, i) or int(district) or _region_head(doc, i)
        # a capitalized head after "du" or a name is inside a longer name: "Lac" of
        # "Fromagerie du Lac Inc."
        capital = doc[i].text[:1].isupper() and i > 0 and (
            doc[i - 1].lower_ in _DE or (doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha)
            or (i > 1 and doc[i - 1].lower_ in _ARTICLES and doc[i - 2].lower_ in ("de", "d'")))
        if not n or capital or (i > 0 and doc[i - 1].text == "-"):
            i += 1
            continue
        if i + n < len(doc) and doc[i + n].is_digit and doc[i : i + n].text.lower() in _lex()["numbered"]:
            # "la base aérienne 133": the army's sites are named by their number
            start_char, end_char = doc[i].idx, doc[i + n].idx + len(doc[i + n])
            out.append(Candidate("place", start_char, end_char, "rules",
                                 {"name": text[start_char:end_char], "why": "numbered site"}))
            i += n + 1
            continue
        name_start = _after_head(doc, i + n)
        # a territory's noun is named by its complement alone: "le canton de Bruyères", not
        # "le canton voisin de Plombières" (there the town is the place)
        if name_start is None or (doc[i].lower_ in _lex()["admin"] and doc[i + n].pos_ == "ADJ"):
            i += n
            continue
        direct = doc[name_start - 1].lower_ not in (*_DE, *_ARTICLES)
        end = _name_run(doc, name_start, links=not direct)  # "pont Mathilde" + "de Rouen"
        if _DATE_NAME.match(doc[name_start].text):
            end = name_start + 1
        for c_end, c in by_start.get(name_start, ()):
            if (c.label != "person" or not c.attrs.get("civility")) and not direct:
                end = max(end, c_end)
        if end <= name_start:
            i += n
            continue
        start_char, end_char = doc[i].idx, doc[end - 1].idx + len(doc[end - 1])
        start_char += len(doc[i].lower_) - len(_bare_head(doc[i].lower_))  # "ex-hôtel X": "hôtel X"
        if not direct and (_owner(doc, name_start, end, by_start) or doc[i].lower_ in _lex()["direct_only"]):
            i = end  # "la ferme de Jean Aubertel": his farm, no name of its own
            continue
        if direct and doc[i].lower_ in _lex()["faction_heads"] \
                and _surname_of_person(text, doc[name_start].idx, start_char, end_char, out):
            i = end  # "le camp Morvan" after "Alain Morvan": his side, no place
            continue
        inside = [c for c in out if c.label in NAMED and start_char <= c.start and c.end <= end_char]
        clash = [c for c in out if c.label in NAMED and base.overlaps(c.start, c.end, start_char, end_char)
                 and c not in inside]
        # a span of the model that starts at the name and runs on into lower-case words
        # ("place" + "Tahrir vendredi") gives way to the place
        cut = [c for c in clash if c.start == doc[name_start].idx and not c.attrs.get("civility")
               and c.label != "organization" and text[end_char : c.end].strip()[:1].islower()]
        # a span of the model that runs from this head on over a second one coordinated with
        # it ("la rue des Vanniers et du chemin de la Croix-Haute") is two places, each with its head
        cut += [c for c in clash if c.start == start_char and c.label in ("place", "misc")
                and c not in cut and _second_head(doc, text, end, c.end)]
        clash = [c for c in clash if c not in cut]
        inside += cut
        out.extend(_towns_after_venue(text, end_char, cut))
        whole_body = any(c.label == "organization" and (c.start, c.end) == (start_char, end_char)
                         for c in inside)
        if clash or whole_body or any(c.label == "person" and c.attrs.get("civility") for c in inside):
            i = end  # "le Quai d'Orsay a démenti": a seat of power that acts is already a body
            continue
        if not direct and _town_of_building(doc, i, n, name_start, end):
            # "l'église de Varcourt": the commune is the place, its church no name of its own
            for c in inside:
                out.remove(c)
            out.append(Candidate("place", doc[name_start].idx, end_char, "rules",
                                 {"name": text[doc[name_start].idx : end_char], "why": "building's town"}))
            i = end
            continue
        # the town of "le canton de Bruyères" stays a mention of the town (its evidence of a
        # place) when the text names it elsewhere ("à Bruyères"); named nowhere else, it is
        # only the territory's name, dropped as a name inside a name ("le canton de Vaud")
        admin = not district and doc[i].lower_ in _lex()["admin"]
        for c in inside:
            if not admin or not _named_elsewhere(text, c.start, c.end, start_char, end_char):
                out.remove(c)
        named = text[doc[name_start].idx : end_char]
        out.append(Candidate("place", start_char, end_char, "rules",
                             {"name": text[start_char:end_char], "why": "head", "head_of": named}))
        if doc[name_start - 1].lower_ not in ("de", "d'", "d\u2019"):
            out.extend(_town_after_name(doc, text, end, out))
        i = end
    return out


def _town_after_name(doc: Doc, text: str, end: int, cands: list[Candidate]) -> list[Candidate]:
    """The town closing a venue named in full ("la salle Marcel-Cerdan de Figeac", "le
    stade du 14-Juillet de Varcourt"): after a bare "de", a name the gazetteer knows as a town and
    no other candidate covers is one more place, where the venue stands (as
    `_towns_after_venue` does for a span the model ran on)."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("de", "d'", "d\u2019") \
            or not (_is_cap(doc[end + 1].text) and _alpha_word(doc[end + 1])):
        return []
    town_end = _name_run(doc, end + 1)
    s, e = doc[end + 1].idx, doc[town_end - 1].idx + len(doc[town_end - 1])
    if gazetteer.place_kind(text[s:e]) != "town" \
            or any(c.label in NAMED and base.overlaps(c.start, c.end, s, e) for c in cands):
        return []
    return [Candidate("place", s, e, "rules", {"name": text[s:e], "why": "venue_town"})]


# what joins two places of a list: "et", a comma, and the second one's article
_COORDINATION = frozenset((",", "et", "ou", "du", "de", "des", "la", "le", "les", "l'", "l\u2019", "au",
                           "aux", "à"))


def _second_head(doc: Doc, text: str, end: int, span_end: int) -> bool:
    """Whether a head of a place (`facility_heads`) opens a second place after token end and
    before the character span_end, joined to the first one by "et" or a comma and the
    second one's article only ("la rue X et le chemin Y", "la place X, l'avenue Y")."""
    j = end
    if j >= len(doc) or doc[j].lower_ not in (",", "et"):
        return False
    j += 1
    while j < len(doc) and doc[j].idx < span_end and doc[j].lower_ in _COORDINATION:
        j += 1
    return j < len(doc) and doc[j].idx < span_end and bool(_facility_head(doc, j))


def _named_elsewhere(text: str, start: int, end: int, outer_start: int, outer_end: int) -> bool:
    """Whether the words text[start:end] are written again as a whole word outside the span
    outer_start..outer_end that holds them."""
    pattern = re.compile(r"(?<!\w)" + re.escape(text[start:end]) + r"(?![\w-])")
    return any(not (outer_start <= m.start() < outer_end) for m in pattern.finditer(text))


# the rest of a span the model ran on past a venue's name: "de" and a town ("Saint-Aubin" +
# " de Josselin")
_TOWN_REST = re.compile(r"\s+d(?:e\s+|'|\u2019)(?=\w)")


def _towns_after_venue(text: str, venue_end: int, cut: list[Candidate]) -> list[Candidate]:
    """The town the model's span ran into after a venue named in full: "l'église
    Saint-Mansuy de Ramonchamp" read as a person "Saint-Mansuy de Ramonchamp" gives way to
    the church, and its town, after a bare "de", is a place when the gazetteer knows it (as
    `venue_towns` does when the model reads the whole as a place)."""
    towns = []
    for c in cut:
        m = _TOWN_REST.match(text, venue_end, c.end)
        if m is None or gazetteer.place_kind(text[m.end() : c.end]) is None:
            continue
        towns.append(Candidate("place", m.end(), c.end, "rules",
                               {"name": text[m.end() : c.end], "why": "venue_town"}))
    return towns


def _owner(doc: Doc, name_start: int, end: int, by_start: dict[int, list[tuple[int, Candidate]]]) -> bool:
    """The "de" complement of a site's noun is a person's full name, a given name of the table
    and a surname in separate words, that the model read as a person ("la ferme de Jean
    Aubertel", "le café de Paul Vernichaud"): the site's owner, not its name ("la salle
    Marcel-Pagnol", "le collège Jules-Ferry" write the eponym hyphenated)."""
    if doc[name_start - 1].lower_ not in ("de", "d'", "d\u2019") or not 2 <= end - name_start <= 3 \
            or not all(t.is_title and t.is_alpha for t in doc[name_start:end]) \
            or not is_given_name(doc[name_start].text) or is_given_name(doc[end - 1].text):
        return False
    return any(c.label == "person" and c_end == end for c_end, c in by_start.get(name_start, ()))


def _town_of_building(doc: Doc, i: int, n: int, name_start: int, end: int) -> bool:
    """Whether the head of n tokens at token i is a common building of a commune
    (place_types.json `town_buildings`, in lower case) whose "de" complement tokens
    name_start..end is that commune's name, so the commune is the place ("l'église de
    Varcourt", "le cimetière de Lorvillers"): one capitalized word or a hyphenated compound;
    after an article only a compound ("de l'Isle-sur-Serein"; "du Pradelou" names the
    building); no country, region or département ("stade de France"); after the heads of
    `town_buildings_known` only a town of the gazetteer ("le stade de Kervanec" is named)."""
    head = fold(doc[i : i + n].text)
    if not doc[i : i + n].text.islower() or doc[name_start - 1].lower_ in ("du", "des"):
        return False
    # an adjective between head and "de": "le stade municipal de X"
    k = i + n
    while k < name_start and doc[k].pos_ == "ADJ":
        head += " " + fold(doc[k].text)
        k += 1
    bare = fold(doc[i : i + n].text)
    known = bool({head, bare} & _lex()["town_buildings_known"])
    if not known and bare not in _lex()["town_buildings"]:
        return False
    compound = "-" in doc[name_start:end].text
    if (end - name_start > 1 and not compound) or _DATE_NAME.match(doc[name_start].text):
        return False
    if doc[name_start - 1].lower_ in _ARTICLES and not compound:
        return False
    if end < len(doc) and doc[end].lower_ in _DE:
        return False  # "l'église de Varcourt des Champs": no commune alone
    kind = gazetteer.place_kind(doc[name_start:end].text)
    return kind == "town" if known else kind in (None, "town")


def _surname_of_person(text: str, name_start: int, start: int, end: int, cands: list[Candidate]) -> bool:
    """Whether the name text[name_start:end] ends the name of a person named in full elsewhere
    in the text (a person's candidate of more words, outside start..end)."""
    words = text[name_start:end].split()
    for c in cands:
        if c.label != "person" or base.overlaps(c.start, c.end, start, end):
            continue
        full = str(c.attrs.get("name") or text[c.start : c.end]).split()
        if len(full) > len(words) and full[-len(words):] == words:
            return True
    return False


_PEOPLE_ENDINGS = ("ais", "aise", "ois", "oise", "ien", "ienne")


def _named_venue_end(doc: Doc, i: int, end: int) -> int | None:
    """Token after the name of a building or site opening at token i and named in full
    before a "de": its head and a proper name ("église Saint-Aubin", "musée Vauban"), its head,
    "du", "des", "de la" and a name of its own ("stade du 26-Mars", "parc de la Roseraie"), or its
    head and an adjective of a country or a region ("Centre spatial guyanais"); None when
    the head's own complement names it ("hôpital de Nevers", "centre social de
    Beauregard")."""
    n = _facility_head(doc, i)
    j = i + n
    if not n or j >= end:
        return None
    if _is_cap(doc[j].text) and _alpha_word(doc[j]):
        return _name_run(doc, j, links=False)
    # a name of its own after "du", "des", "de la" ("stade du 26-Mars", "salle des Tilleuls"):
    # a bare "de" after it opens the town ("parc de la Pépinière" + "de Nancy")
    a = j + 1 if doc[j].lower_ in ("du", "des") else j + 2
    own_name = doc[i].lower_ not in _lex()["town_kept"]
    if own_name and a < end and (a == j + 1 or (doc[j].lower_ == "de" and doc[j + 1].lower_ in _ARTICLES
                                              and doc[j + 1].text.islower())):
        if _DATE_NAME.match(doc[a].text):
            return a + 1
        if _is_cap(doc[a].text) and _alpha_word(doc[a]):
            return _name_run(doc, a, links=False)
    k = j
    while k < end and doc[k].pos_ == "ADJ" and doc[k].text.islower():
        k += 1
    adjectives = [t.lower_ for t in doc[j:k]]
    if any(a in _lex()["place_adjectives"] or a.endswith(_PEOPLE_ENDINGS) for a in adjectives):
        return k
    return None


def venue_towns(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A building named in full and then its town is two places: "l'église Saint-Aubin de
    Josselin" is the church "église Saint-Aubin" and the town "Josselin", "le musée Vauban de
    Neuf-Brisach", "le Centre nautique régional de Gravelines" the same (a town the gazetteer knows,
    after "de" with no article); so is a venue whose own name follows "du", "des", "de la"
    ("le stade du 14-Juillet de Varcourt", "la salle des Tilleuls de Sauvelay"), when the
    gazetteer knows the name after its bare "de" as a town ("le château des Ducs de Lorraine"
    stays whole); where the head's complement is the name ("hôpital de Nevers", "stade de la
    Roseraie") nothing changes."""
    text = base.original_text(doc)
    out = list(cands)
    for c in cands:
        toks = _span_toks(doc, c) if c.label == "place" else None
        if toks is None:
            continue
        i, e = toks
        k = _named_venue_end(doc, i, e)
        if k is None or k + 1 >= e or doc[k].lower_ not in ("de", "d'", "d\u2019"):
            continue
        kind = gazetteer.place_kind(text[doc[k + 1].idx : c.end])
        if _name_run(doc, k + 1) != e or kind is None:
            continue
        if doc[i + _facility_head(doc, i)].lower_ in _DE and kind != "town":
            continue  # "le château des Ducs de Lorraine": the dukes', no town
        town_start = doc[k + 1].idx
        venue_end = doc[k - 1].idx + len(doc[k - 1])
        out.remove(c)
        attrs = {key: v for key, v in c.attrs.items() if key != "head_of"}
        attrs["name"] = text[c.start : venue_end]
        out.append(Candidate("place", c.start, venue_end, c.source, attrs))
        out.append(Candidate("place", town_start, c.end, "rules",
                             {"name": text[town_start : c.end], "why": "venue_town"}))
    return out


def common_streets(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A street named by a common noun in lower case is a place, head included: "rue de la
    gare", "avenue des écoles", "impasse du moulin" (street_heads; not "place": "la place
    des femmes"), written as an address, without an article before the head."""
    text = base.original_text(doc)
    streets = _lex()["streets"]
    out = list(cands)
    for i, tok in enumerate(doc[:-2]):
        if tok.lower_ not in streets or not tok.text.islower() or (i > 0 and doc[i - 1].pos_ == "DET"):
            continue  # "la rue du quartier" is a street, not its name; "rue du stade" is one
        j = i + 1
        if doc[j].lower_ not in _DE:
            continue
        j += 1
        if doc[j - 1].lower_ == "de" and j < len(doc) and doc[j].lower_ in _ARTICLES:
            j += 1
        if j >= len(doc) or doc[j].pos_ != "NOUN" or not doc[j].text.islower() or not doc[j].is_alpha \
                or (j + 1 < len(doc) and doc[j + 1].lower_ in _DE):
            continue  # "dans la rue des milliers de fois": a quantity, no street
        s, e = tok.idx, doc[j].idx + len(doc[j])
        if any(base.overlaps(c.start, c.end, s, e) for c in out if c.label in NAMED):
            continue
        named = text[doc[j].idx : e]
        out.append(Candidate("place", s, e, "rules", {"name": text[s:e], "why": "head", "head_of": named}))
    return out


# ---------------------------------------------------------------- places from the gazetteer

# a capitalized word glued by hyphens to the name before or after it ("Addis-Abeba")
_GLUED_BEFORE = re.compile(r"(?:[A-ZÀ-ÖØ-Þ][\w']*-)+$")
_GLUED_AFTER = re.compile(r"(?:-[A-ZÀ-ÖØ-Þ][\w']*)+")


def _glued(doc: Doc, i: int, j: int) -> bool:
    """Tokens i..j are one word the tokenizer cut at its hyphens ("Bandar" "-" "Abbas")."""
    return all(not t.whitespace_ for t in doc[i : j - 1]) and any(t.text == "-" for t in doc[i:j])


def hyphen_halves(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """The tokenizer cuts a compound it does not know at its hyphens ("Addis" + "-" +
    "Abeba") and the model may read one half as the place: the half joined by its hyphens to
    the capitalized words around it is the compound, when the gazetteer knows the compound as a
    place ("Addis-Abeba", "Rouyn-Noranda") and not the half alone."""
    text = base.original_text(doc)
    for c in cands:
        if c.label != "place" or "-" not in text[max(0, c.start - 1) : c.end + 1]:
            continue
        glued = text[c.start - 1 : c.start] == "-"
        before = _GLUED_BEFORE.search(text, max(0, c.start - 40), c.start) if glued else None
        after = _GLUED_AFTER.match(text, c.end) if text[c.end : c.end + 1] == "-" else None
        s = before.start() if before is not None else c.start
        e = after.end() if after is not None else c.end
        if (s, e) == (c.start, c.end) or (s > 0 and text[s - 1].isalnum()):
            continue
        name = text[s:e]
        if gazetteer.place_kind(name) is None or gazetteer.place_kind(text[c.start : c.end]) is not None:
            continue
        c.start, c.end = s, e
        if "name" in c.attrs:
            c.attrs["name"] = name
    return cands


def _after_common_word(doc: Doc, i: int) -> bool:
    """The word before token i, "de" and "du" aside, is a lower-case word."""
    j = i - 1
    while j >= 0 and doc[j].lower_ in _DE:
        j -= 1
    return j >= 0 and doc[j].is_alpha and doc[j].text.islower()


def _complement(doc: Doc, i: int) -> bool:
    """Token i follows "maire de", "habitants de", "ville de": the name there is a place."""
    lex = _lex()
    return i >= 2 and doc[i - 1].lower_ in _DE and (doc[i - 2].lower_ in lex["complements"]
                                                   or doc[i - 2].lower_ in lex["admin"])


def _origin(doc: Doc, i: int) -> bool:
    """Token i follows a word of origin and its "de": "natif de Jussey", "Originaires d'Arbois"."""
    return i >= 2 and doc[i - 1].lower_ in _DE and doc[i - 2].lower_ in _lex()["origin_words"]


def _town_complement(doc: Doc, i: int) -> bool:
    """Token i follows "maire de", "habitants de", "conseil municipal de": only a town is
    named there."""
    if i < 2 or doc[i - 1].lower_ not in _DE:
        return False
    words = _lex()["town_of"]
    # a qualifier after the title does not change its complement: "le maire sortant de X", "le
    # conseiller municipal sortant de Y" (one or two of them, in lower case); nor does a
    # prefix of rank: "la co-maire de X", "le vice-maire de Y"
    for j in range(i - 2, max(-1, i - 5), -1):
        word = doc[j].lower_
        for prefix in ("co-", "vice-"):
            word = word.removeprefix(prefix)
        if word in words or (j >= 1 and f"{doc[j - 1].lower_} {word}" in words):
            return True
        if not (doc[j].text.islower() and word in _title_after()):
            return False
    return False


@cache
def _title_after() -> frozenset[str]:
    """The one-word qualifiers written after a title ("sortant", "honoraire", "délégué")."""
    return frozenset(w for w in load_json("roles/qualifiers.json")["after"] if " " not in w)


def _located(doc: Doc, i: int, key: str = "located") -> bool:
    """Token i is the "de" complement of a local body, a building or an origin, directly or
    after the body's own complement ("l'école de Percy", "centre de secours de Bruyères");
    with key "commune_bodies", of one whose complement is only ever a commune."""
    words = _lex()[key]
    for k in (i - 2, i - 4):
        if k < 0 or doc[k + 1].lower_ not in _DE:
            return False
        if doc[k].lower_ in words:
            return True
    return False


def _team(doc: Doc, cs: list[Candidate]) -> bool:
    """In a sports report, a name that plays as a team in one of its mentions ("Lyon a battu
    Marseille", "face à Lens"): the club (organizations.py does this for the model's names;
    here for the towns the gazetteer adds after it)."""
    if not organizations.is_sports_report(doc):
        return False
    for c in cs:
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is not None and organizations.plays_as_team(doc, span):
            return True
    return False


def _after_title(doc: Doc, i: int) -> bool:
    """Token i comes right after a title in lower case ("le chancelier Kohl"), or capitalized
    after its article ("le Président Macron")."""
    if i < 1:
        return False
    before = doc[i - 1]
    capital = before.is_title and doc[i].is_title and i >= 2 and doc[i - 2].lower_ in _ARTICLES
    return (before.is_lower or capital) and lexicon().title_of(before.lower_) is not None


_BRANCH = re.compile(r"^[A-Z]{2,6}-(?:\d{2}|2[AB]|97\d)$")


def _event_name(doc: Doc, i: int) -> bool:
    """Token i comes right after a lower-case noun of events, with no "de" between: the
    name is the event's ("la foire Sainte-Catherine"), where "la fête de Vittel" is held in a town."""
    return organizations.non_body_noun(doc, i - 1)


def toponym(name: str) -> bool:
    """A name shaped as a French place name: capitalized parts joined by hyphens and "sur",
    "lès", "en", "aux"... ("Vaudéville-sur-Meuse", "Bouxières-aux-Chênes")."""
    parts = name.split("-")
    # one word of letters: no line break nor full stop inside ("Thaon-les-Vosges.\nRéuni" is
    # a town and the next line's first word)
    letters = all(p.replace("'", "").replace("\u2019", "").isalpha() for p in parts)
    # an elided article opens the last part: "Vroncourt-en-l'Aire"
    last = re.sub(r"^[ld]['\u2019]", "", parts[-1])
    return len(parts) >= 3 and letters and _is_cap(parts[0]) and _is_cap(last) \
        and any(p.lower() in _lex()["toponym_links"] for p in parts[1:-1])  # "BAR-SUR-AUBE"


def _after_de(doc: Doc, i: int) -> bool:
    """Token i follows "de", "du", "des" or "de la", "de l'"."""
    if i >= 1 and doc[i - 1].lower_ in _DE:
        return True
    return i >= 2 and doc[i - 1].lower_ in _ARTICLES and doc[i - 1].text.islower() \
        and doc[i - 2].lower_ in _DE


def _of_noun(doc: Doc, i: int) -> bool:
    """Token i is the complement of a common noun ("l'école de Morvillars", "la société
    d'aviculture de Belfort", "les pompiers de Charmes"): a town there is where it is."""
    return i >= 2 and doc[i - 1].lower_ in _DE and doc[i - 1].text.islower() and doc[i - 2].pos_ == "NOUN" \
        and doc[i - 2].text.islower() and doc[i - 2].is_alpha


def _first_on_line(doc: Doc, i: int) -> bool:
    """Token i is the first of its line."""
    return i == 0 or "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_ or doc[i - 1].is_space


def _opens(doc: Doc, i: int) -> bool:
    """Token i opens a sentence or a line."""
    prev = doc[i - 1] if i else None
    return prev is None or doc[i].is_sent_start or "\n" in prev.text + prev.whitespace_ \
        or prev.text in (".", "!", "?")


def _byline(doc: Doc, i: int, j: int) -> bool:
    """Tokens i..j are a dateline's town in capitals, first on its line and followed by a
    full stop and a dash, or by a bracket ("MADRID. _", "NEVERS (AFP) -"), its hyphens
    and elisions split off by the tokenizer or not ("PONT-L'ÉVÊQUE. —")."""
    if not (_first_on_line(doc, i) and _capitals(doc[i:j]) and j + 1 < len(doc)):
        return False
    after = doc[j].text + doc[j].whitespace_ + doc[j + 1].text
    return after[:1] == "(" or (after[:1] == "." and after[1:].lstrip()[:1] in ("_", "-", "\u2013", "\u2014"))


# the day after the comma, not an age ("Jean LAVAL, 45 ans" is a name in a list, no dateline)
_DATELINE_AFTER = re.compile(r"\s*,\s*(?:$|\n|\d{1,2}\b(?!\s*ans?\b)|[-\u2013\u2014(])")


def _comma_dateline(doc: Doc, i: int, j: int) -> bool:
    """Tokens i..j are a wire's dateline in capitals closed by a comma, the day or a dash after
    it or nothing more on the line ("VEVEY, 12 (ATS).", "LYON, \u2014 La ville ...",
    "OLTEN,"): where the story was filed, even when the page glued it to the headline before it
    ("Un grave accident OLTEN, 12"); at least four letters over its words in capitals and
    their hyphens ("SAINT-MALO", "SAINT MALO"), the previous word not in capitals too (no
    acronym of a headline in capitals, no civility nor given name: a surname in a list); no
    month nor weekday alone ("le 12 MARS, 15 personnes"); no age after the comma."""
    if j == i + 1 and fold(doc[i].text) in _lex()["calendar"]:
        return False
    if j >= len(doc) or doc[j].text != "," or not _capitals(doc[i:j]) \
            or any(t.text[:1].isdigit() for t in doc[i:j]):
        return False
    letters = sum(len(t.text) for t in doc[i:j] if t.text != "-")
    prev = doc[i - 1] if i and "\n" not in doc[i - 1].whitespace_ else None  # on the same line
    if prev is not None and ((prev.is_upper and prev.is_alpha) or prev.lower_ in _lex()["civilities"]
                             or (prev.text.istitle() and is_given_name(prev.text))):
        return False  # a headline's acronym; a surname after its civility or given name ("M. Jean LAVAL,")
    end = doc[j - 1].idx + len(doc[j - 1])
    return letters >= 4 and _DATELINE_AFTER.match(doc.text, end) is not None


def _line_head(doc: Doc, i: int, j: int) -> bool:
    """Tokens i..j open their line and a colon or a dash follows: the town a local headline
    or paragraph is about ("Saint-Orvain : Lucien Marbot remporte le cross", "Brévanne : loto
    dimanche"), a wire's dateline ("Genève — L'organisation ...")."""
    return _first_on_line(doc, i) and j < len(doc) and doc[j].text in (":", "\u2014", "\u2013") \
        and bool(doc[j - 1].whitespace_)


def _village_dateline(doc: Doc, i: int, j: int, nouns: frozenset[str]) -> bool:
    """Token i alone is a local page's dateline in capitals ("VAXAINVILLE. - Le comité ...",
    "NEVERS (AFP) -"): the commune the paragraph is about, even one no gazetteer knows (too
    small); not a rubric's noun ("FOOTBALL. -", "CARNET. -") nor an acronym."""
    if j != i + 1 or not _byline(doc, i, j):
        return False
    word = doc[i].text
    return len(word) >= 4 and any(ch in "AEIOUYÉÈÊÂÎÔÛ" for ch in word) \
        and not any(_in_nouns(part, nouns) for part in word.lower().split("-") if part)


def _capitals(toks: Span) -> bool:
    """Words in capitals, with their hyphens ("BAR-SUR-AUBE", "PONT" "-" "L'" "ÉVÊQUE")."""
    return all(t.is_upper or t.text == "-" for t in toks) and any(t.is_upper for t in toks)


def _capital_dateline(doc: Doc, i: int, j: int) -> bool:
    """Tokens i..j, in capitals, open their line and a full stop and a new sentence follow: a
    local page's town ("MIRECOURT. Portes ouvertes à l'école de lutherie")."""
    if not (_first_on_line(doc, i) and _capitals(doc[i:j]) and j + 1 < len(doc)):
        return False
    return doc[j].text == "." and bool(doc[j].whitespace_) and doc[j + 1].text[:1].isupper()


def _alpha(tok: Token) -> bool:
    """A word of letters, hyphens joining its parts ("New-York", "Saint-Dié")."""
    return tok.text.replace("-", "").isalpha() and not tok.text.startswith("-")


def gazetteer_places(doc: Doc, cands: list[Candidate],
                     nouns: frozenset[str] = frozenset()) -> list[Candidate]:
    """Countries, regions and départements the model missed; a town after "à" or in a
    dateline in capitals; a place (a town included) named at the end of an organization's
    name as where it is ("tribunal correctionnel d'Épinal", "pompiers de Charmes",
    "Commission européenne de Bruxelles") or inside a misc span ("match Bulgarie – France")."""
    text = base.original_text(doc)
    preps = _lex()["preps"]
    out = list(cands)
    org_ends = {c.end: c.start for c in cands if c.label == "organization"}
    place_ends = {c.end for c in cands if c.label == "place"}
    place_starts = {c.start for c in cands if c.label == "place"}
    i = 0
    while i < len(doc):
        tok = doc[i]
        # an article opens a name only in a dateline in capitals ("LA BRESSE. -"), or a
        # village's inside a sentence ("la commune de La Romaine"; `_village_place`)
        opener = tok.lower_ in _ARTICLES and not (
            tok.is_upper and _first_on_line(doc, i) and i + 1 < len(doc) and doc[i + 1].is_upper)
        village_article = opener and i > 0 and not tok.is_sent_start and tok.text.istitle() \
            and doc[i - 1].is_lower and i + 1 < len(doc) and _is_cap(doc[i + 1].text)
        # a dateline in capitals the page glued to the words before it ("Un grave accident
        # OLTEN, 12"): its own name, whatever precedes it
        comma_ends = {j for j in range(i + 1, min(len(doc), i + 5) + 1) if _comma_dateline(doc, i, j)} \
            if tok.is_upper and _alpha(tok) else set()
        if not (_is_cap(tok.text) and _alpha(tok)) or (opener and not village_article) or (
                not comma_ends
                and i > 0 and _is_cap(doc[i - 1].text) and _alpha(doc[i - 1]) and not tok.is_sent_start
                and doc[i - 1].lower_ != "à"  # "À Addis-Abeba," opening a sentence
                # "La Franche-Comté compte …": an article capitalized only because it opens
                # the sentence; not before a word of origin ("Le Suisse a dominé …", "Le Corse")
                and not (doc[i - 1].lower_ in _ARTICLES and (i == 1 or doc[i - 1].is_sent_start)
                         and tok.lower_ not in _lex()["place_adjectives"])):
            i += 1
            continue
        found = None
        for j in range(min(len(doc), i + 5), i, -1):
            if not (_is_cap(doc[j - 1].text) and _alpha(doc[j - 1])):
                continue
            name = text[tok.idx : doc[j - 1].idx + len(doc[j - 1])]
            end = doc[j - 1].idx + len(doc[j - 1])
            org_end = i > 0 and doc[i - 1].lower_ in _DE and org_ends.get(end, end) < tok.idx
            # the body's name stops before "de X" ("le lycée Jean-Moulin de Varcourt", "la
            # Commission européenne de Bruxelles"): X is where the body is, a town as well
            org_seat = i > 1 and doc[i - 1].lower_ in _DE and doc[i - 1].text.islower() \
                and doc[i - 2].idx + len(doc[i - 2]) in org_ends
            # a rubric's word is no town: "Rugby : Toulouse champion", "Orange :", "POLICE."
            head = (_line_head(doc, i, j) or _capital_dateline(doc, i, j)) \
                and not (j == i + 1 and _in_nouns(tok.lower_, nouns))
            listed = fold(tok.text) not in _COMPASS and (_listed_after_place(text, tok.idx, place_ends)
                                                          or _listed_before_place(text, end, place_starts))
            weak_ok = (i > 0 and doc[i - 1].lower_ in preps) or _byline(doc, i, j) or j in comma_ends \
                or head or _complement(doc, i) or _origin(doc, i) \
                or _of_noun(doc, i) or org_end or org_seat or _bracketed_after_place(doc, i, j, place_ends) \
                or listed
            kinds = gazetteer.KINDS if weak_ok else gazetteer.STRONG
            # a one-word town where only a place is named ("arrive de X", "le maire sortant de
            # X"), unless the document gives the word as a person's: the scan of the document
            # only for a word the gazetteer knows
            if village_article:
                if j > i + 1 and _village_place(doc, i, j, name, head, org_end, nouns) \
                        and not _introduced(doc, out, fold(name), False):
                    found = j
                    break
                continue
            if gazetteer.place_kind(name, kinds) or toponym(name) or _village_dateline(doc, i, j, nouns) or (
                    not weak_ok and (j == i + 1 or _glued(doc, i, j))
                    and gazetteer.place_kind(name) is not None
                    and _place_context(doc, i) and not _introduced(doc, out, fold(name))) or (
                    _village_place(doc, i, j, name, head or listed, org_end, nouns)
                    and not _introduced(doc, out, fold(name), False)):
                found = j
                break
        longer = found is not None and found < len(doc) and _is_cap(doc[found].text) and _alpha(doc[found])
        if found is None or longer or (tok.is_sent_start and found == i + 1 and tok.pos_ != "PROPN"
                                       and not tok.is_upper and not _headline_town(doc, i, nouns)):
            i += 1
            continue
        compound = _glued_name(doc, i, found)
        if compound is not None:
            a, b = compound
            if not any(c.label in NAMED and base.overlaps(c.start, c.end, a, b) for c in out):
                out.append(Candidate("organization", a, b, "rules", {"name": text[a:b], "why": "compound"}))
            i = found
            continue
        s, e = tok.idx, doc[found - 1].idx + len(doc[found - 1])
        # a name the model ran over a line's end into this one is cut there later ("Darfour" +
        # "\n\n" + "Genève —"): no name of this line
        over = [c for c in out if c.label in NAMED and base.overlaps(c.start, c.end, s, e)
                and "\n" not in text[c.start : s]]
        prev = doc[i - 1].lower_ if i else ""
        if _byline(doc, i, found):
            # a dateline's town the model read as a person: "BAR-SUR-AUBE. — Le club ..."
            # or, its article cut off, as anything: "LA" + "BRESSE. -"
            for c in [c for c in over if (c.label == "person" and (c.start, c.end) == (s, e)) or (
                    tok.lower_ in _ARTICLES and s < c.start and c.end == e)]:
                out.remove(c)
                over.remove(c)
        elif found in comma_ends:
            # the dateline is the town whatever the model read there ("MORGES," a body), and a
            # name the model ran into it from the words before ends before it ("Vaudrel NYON,");
            # `over` holds no span from an earlier line
            for c in [c for c in over if c.end == e and c.start <= s]:
                over.remove(c)
                if c.start < s and i > 0 and doc[i - 1].idx >= c.start:
                    c.end = doc[i - 1].idx + len(doc[i - 1])
                    if "name" in c.attrs:
                        c.attrs["name"] = text[c.start : c.end]
                else:
                    out.remove(c)
        keep = not over or all(
            # a span of the model led by common nouns, the place right after one of them ("match
            # éliminatoire Bulgarie", "bombes de Hiroshima"), not inside a title ("Vendée
            # Globe", "festival Lumières du Rhône")
            (c.label == "misc" and text[c.start : c.end][:1].islower() and _after_common_word(doc, i))
            or (c.label == "organization" and c.start < s and c.end == e
                and (prev in preps or _after_de(doc, i)))
            for c in over
        )
        # places the model cut from a longer name the gazetteer knows: "Maine" and "Loire" of
        # "Maine et Loire" (written without its hyphens)
        parts = [c for c in over if c.label == "place" and s <= c.start and c.end <= e
                 and (c.start, c.end) != (s, e)]
        linked = any(t.text.islower() for t in doc[i:found])  # "Bar le Duc", "Maine et Loire"
        if over and len(parts) == len(over) and (len(parts) >= 2 or linked):
            for c in parts:
                out.remove(c)
            keep = True
        if keep and not any(c.label == "place" and c.start == s and c.end == e for c in out):
            out.append(Candidate("place", s, e, "rules", {"name": text[s:e], "why": "gazetteer"}))
        i = found
    return out


_LIST_LINK = re.compile(r"(?:\s*,\s*(?:et\s+|ou\s+)?|\s+(?:et|ou)\s+)(?:de\s+|d['\u2019]|à\s+|en\s+)?")


def _listed_after_place(text: str, at: int, place_ends: set[int]) -> bool:
    """The name at `at` is the next of a list or a pair whose previous name is a place ("les
    maires de Varcourt et de Lorvillers", "entre Varcourt et Lorvillers", "à Varcourt, à
    Lorvillers"): the same ground as that place's, so a town the gazetteer knows there needs
    no preposition of its own. Only "et", "ou" or a comma, and the repeated "de", "à", "en",
    between the two names; the name itself must still be a town the gazetteer knows, and no
    point of the compass ("les centres de Varcourt Nord et Sud")."""
    return any(end < at and at - end <= 8 and _LIST_LINK.fullmatch(text, end, at) for end in place_ends)


def _listed_before_place(text: str, end: int, place_starts: set[int]) -> bool:
    """The name ending at `end` opens a list or a pair whose next name is a place
    ("Varcourt, Lorvillers et Sauvelay : la fibre arrive", "Varcourt et Lorvillers"): the
    same rule as `_listed_after_place`, read forwards."""
    return any(end < start <= end + 8 and _LIST_LINK.fullmatch(text, end, start) for start in place_starts)


def _village_place(doc: Doc, i: int, j: int, name: str, head: bool, org_end: bool,
                   nouns: frozenset[str]) -> bool:
    """Tokens i..j are a commune only the village list knows (INSEE's, `gazetteer.village`),
    written where the text names a place: after "à", "vers", "depuis"; after the "de" of a
    title of the commune or a local body ("le maire de X", "les pompiers de X", "natif de
    X"); before its département in parentheses ("X (Meuse)"); at the end of a body's name;
    as a local headline's head or a dateline. Never a given name, nor a common noun or its
    plural ("les Vignerons des Cabanes")."""
    if (j == i + 1 and (is_given_name(name) or _in_nouns(doc[i].lower_, nouns))) \
            or not gazetteer.village(name):
        return False
    prev = doc[i - 1] if i else None
    return head or org_end or _byline(doc, i, j) or _region_bracketed_after(doc, j - 1) or (
        prev is not None and prev.text.islower() and prev.lower_ in _lex()["preps"]) or (
        _complement(doc, i) or _origin(doc, i) or _town_complement(doc, i)
        or _located(doc, i) or _located(doc, i, "commune_bodies"))


def _place_context(doc: Doc, i: int) -> bool:
    """Token i is where a town is named, not a person: after "à", "vers", "depuis"; after the
    "de" of a verb of coming or leaving ("il arrive de Metz"), of "en provenance", "au
    départ"; after the "de" of a title, lower-case adjectives between allowed ("le maire
    sortant de Ludres", "l'épicière de Varcourt"), a title whose complement is mostly a
    person aside ("l'avocat de ...")."""
    lex = _lex()
    if i < 1:
        return False
    if doc[i - 1].lower_ in lex["preps"] and doc[i - 1].text.islower():
        return True
    if i < 2 or doc[i - 1].lower_ not in ("de", "d'", "d\u2019") or not doc[i - 1].text.islower():
        return False
    j = i - 2
    if doc[j].pos_ in ("VERB", "AUX") and doc[j].lemma_.lower() in lex["origin_verbs"]:
        return True
    while j > 0 and (doc[j].pos_ == "ADJ" or "Part" in doc[j].morph.get("VerbForm")) \
            and doc[j].text.islower() and doc[j].is_alpha and lexicon().title_of(doc[j].lower_) is None:
        j -= 1  # "maire sortant", "conseiller général", "curé doyen"
    word = doc[j].lower_
    if not (doc[j].text.islower() or ((j == 0 or _first_on_line(doc, j)) and doc[j].is_title)):
        return False
    if word in lex["origin_nouns"] or word in lex["complements"] or word in lex["town_of"]:
        return True
    return lexicon().title_of(word) is not None and word not in lex["person_complement_titles"] \
        and word not in lex["family_nouns"]


def _introduced(doc: Doc, cands: list[Candidate], key: str, bodies: bool = True) -> bool:
    """The document gives `key` (folded, one word) as a person's name somewhere, or as part
    of a body's: inside a person's name of several words ("Jean Toul"), after a civility or
    a title ("M. Laval", "le docteur Vittel"), inside an organization's name ("Brelon-Industries"
    for "le directeur de Brelon"), unless `bodies` is false (a village closing its fire
    station's name: "les pompiers de Belcourt")."""
    civilities = _lex()["civilities"]
    labels = ("person", "organization") if bodies else ("person",)
    for c in cands:
        words = re.split(r"[\s\-]+", fold(c.attrs.get("name") or ""))
        if c.label in labels and key in words and len(words) >= 2:
            return True
    for tok in doc:
        if fold(tok.text) != key or tok.i == 0:
            continue
        before = doc[tok.i - 1]
        if before.lower_ in civilities or before.text.rstrip(".").lower() in civilities \
                or (before.is_lower and lexicon().title_of(before.lower_) is not None):
            return True
    return False


_QUOTE_OPENERS = ("«", '"', "\u201c", "\u2014", "\u2013", "-")


def _headline_town(doc: Doc, i: int, nouns: frozenset[str]) -> bool:
    """Token i is a local headline's town: first on its line, a colon after it and no
    quotation ("Dellemont : la kermesse sous le soleil"); not a rubric's common noun
    ("Orange :"). A person's headline quotes him ("Dupont : « Je reste »")."""
    if i + 2 >= len(doc) or not _line_head(doc, i, i + 1) or doc[i + 1].text != ":" \
            or _in_nouns(doc[i].lower_, nouns):
        return False
    return doc[i + 2].text[:1] not in _QUOTE_OPENERS and "\n" not in doc[i + 1].whitespace_


def _listed_with_place(doc: Doc, i: int, place_starts: set[int], place_ends: set[int]) -> bool:
    """Token i is one member of a list of places, a place next to it across "et", "ou" or a
    comma: "entre Dellemont et Toul", "de Colombey, Vornay et Baccarat". The list follows
    a place's preposition ("à", "de", "entre" ...), or the member before is a place itself.
    Not a subject ("À Nancy, Laval a signé") nor a given name ("Florence")."""
    if doc[i].dep_.startswith("nsubj") or is_given_name(doc[i].text):
        return False
    prev = doc[i - 1] if i else None
    if prev is not None and prev.lower_ in ("et", "ou", ",") and i >= 2 \
            and doc[i - 2].idx + len(doc[i - 2]) in place_ends:
        return True
    if i + 2 >= len(doc) or doc[i + 1].lower_ not in ("et", "ou", ",") or doc[i + 2].idx not in place_starts:
        return False
    return prev is not None and prev.is_lower and (prev.lower_ in _lex()["preps"] or prev.lower_ in _DE
                                                   or prev.lower_ == "entre")


def _region_bracketed_after(doc: Doc, i: int) -> bool:
    """Token i is followed by its département, region or country in parentheses, the way
    regional news places a commune: "Dellemont (Vosges)", "Saumur (Maine-et-Loire)"."""
    if i + 3 >= len(doc) or doc[i + 1].text != "(":
        return False
    close = next((k for k in range(i + 2, min(len(doc), i + 8)) if doc[k].text == ")"), None)
    return close is not None and close > i + 2 \
        and gazetteer.place_kind(doc[i + 2 : close].text, gazetteer.STRONG) is not None


def towns_read_as_people(doc: Doc, cands: list[Candidate],
                         starts: dict[int, int] | None = None,
                         nouns: frozenset[str] = frozenset()) -> list[Candidate]:
    """A town the gazetteer knows, one word, that the model read as a person (or a thing)
    where only a place is named ("Le maire sortant de Ludres", "Il arrive de Metz", "L'épicière de
    Varcourt" as a headline), opening a local headline before its colon ("Delle : ...", a
    person's reading only),
    before its département in parentheses ("Delle (Territoire de Belfort)") or listed next
    to a place ("entre Delle et Toul") is that place, when the document never
    gives the word as a person's name (in a full name, after "M." or a title: "Jean Toul",
    "M. Laval") and no sports report makes it a team."""
    starts = _tok_at(doc) if starts is None else starts
    place_starts = {c.start for c in cands if c.label == "place"}
    place_ends = {c.end for c in cands if c.label == "place"}
    for c in cands:
        if c.label not in ("person", "misc") or c.start not in starts:
            continue
        i = starts[c.start]
        name = c.attrs.get("name") or ""
        j = _glued_town_end(doc, i, c.end)
        if j is None or not _is_cap(doc[i].text) or doc[i].is_upper \
                or not _alpha(doc[i]) or gazetteer.place_kind(name) is None:
            continue
        # a headline's town the model read as a person (as a thing it may be an event: a rally, a race)
        if not (_place_context(doc, i) or (c.label == "person" and _headline_town(doc, i, nouns))
                or _region_bracketed_after(doc, i)
                or _listed_with_place(doc, i, place_starts, place_ends)) \
                or (_introduced(doc, cands, fold(name)) if j == i + 1 else _in_longer_name(cands, c, name)) \
                or _team(doc, [c]):
            continue
        c.label, c.attrs = "place", {"name": name, "why": "gazetteer"}
    return cands


def _glued_town_end(doc: Doc, i: int, end: int) -> int | None:
    """The end of the candidate's tokens from i when they are one word, or one compound the
    tokenizer cut at its hyphens ("Dolbeau" "-" "Mistassini", "Baie-Saint-Paul": the towns of
    Québec, Wallonia and Switzerland are often such compounds); None otherwise."""
    j = i + 1
    while j < len(doc) and doc[j].idx < end:
        j += 1
    if doc[j - 1].idx + len(doc[j - 1]) != end:
        return None
    return j if j == i + 1 or _glued(doc, i, j) else None


def _in_longer_name(cands: list[Candidate], c: Candidate, name: str) -> bool:
    """A compound town's name is part of a longer name of a person or a body the document
    gives ("Jean Baie-Saint-Paul", "Caisse Desjardins de Trois-Rivières")."""
    key = fold(name)
    return any(o is not c and o.label in ("person", "organization")
               and key in fold(o.attrs.get("name") or "") and fold(o.attrs.get("name") or "") != key
               for o in cands)


def _bracketed_after_place(doc: Doc, i: int, j: int, place_ends: set[int]) -> bool:
    """Tokens i..j fill parentheses right after a place: the town's département or country,
    "Roubaix (Nord)", "Cholet (Maine et Loire)"."""
    if i < 2 or j >= len(doc) or doc[i - 1].text != "(" or doc[j].text != ")":
        return False
    before = doc[i - 2]
    return before.idx + len(before.text) in place_ends


_CARDINAL = frozenset(("nord", "sud", "est", "ouest", "centre"))


def _body_compound(name: str) -> bool:
    """Two capitalized words joined by a hyphen, one a place the gazetteer knows, the other no
    place, no geography's head and no cardinal point, the whole no place: "Météo-France"."""
    parts = name.split("-")
    if len(parts) != 2 or not all(p[:1].isupper() and p.isalpha() for p in parts):
        return False
    if any(fold(p) in _CARDINAL for p in parts):
        return False  # "Darfour-Nord", "Nord-Isère"
    places = [p for p in parts if gazetteer.place_kind(p) is not None]
    other = [fold(p) for p in parts if p not in places]
    # "Grande-Bretagne", "Nouvelle-France": a geography's word, masculine or feminine
    return len(places) == 1 and len(other) == 1 and other[0] not in _lex()["geography"] \
        and other[0].removesuffix("le").removesuffix("e") not in _lex()["geography"] \
        and other[0] not in ("nouvelle", "nouveau", "vieille", "vieux") \
        and gazetteer.place_kind(name) is None and not toponym(name)


def _glued_name(doc: Doc, i: int, end: int) -> tuple[int, int] | None:
    """A place glued by a hyphen to a capitalized word that is no place, the two words no
    gazetteer knows together, is a word of a body's name: "Météo-France", "Rhône-Poulenc",
    "Nice-Matin" (characters of the whole), or None. Not before or after a geography's head
    ("Saint-", "Haute-": a town the gazetteer does not know) or a cardinal point ("Nord-Isère"),
    nor a second place (a route or a pair: "Épinal-Remiremont")."""
    other = None
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        other, a, b = doc[i - 2], doc[i - 2].idx, doc[end - 1].idx + len(doc[end - 1])
    elif end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_:
        other, a, b = doc[end + 1], doc[i].idx, doc[end + 1].idx + len(doc[end + 1])
    if other is None or not (_is_cap(other.text) and other.is_alpha):
        return None
    text = base.original_text(doc)
    if (a > 0 and (text[a - 1].isalpha() or text[a - 1] == "-")) or (b < len(text) and text[b] == "-"):
        return None  # a longer compound: "Saint-Dié-des-Vosges"
    return (a, b) if _body_compound(text[a:b]) else None


# ---------------------------------------------------------------- people

def people_by_title(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """"abbé Pierre" is one name; "gouvernement Jospin" names the person Jospin; "Mes
    Perrin, Leuvrey et Spor" are three people."""
    lex = _lex()
    text = base.original_text(doc)
    out = list(cands)

    def replace(s: int, e: int, attrs: dict[str, Any]) -> None:
        for c in [c for c in out if c.label in NAMED and base.overlaps(c.start, c.end, s, e)]:
            if c.label == "person" or (c.start >= s and c.end <= e):
                out.remove(c)
        out.append(Candidate("person", s, e, "rules", attrs))

    for i, tok in enumerate(doc[:-1]):
        nxt = doc[i + 1]
        if not (_is_cap(nxt.text) and nxt.is_alpha):
            continue
        end = _name_run(doc, i + 1)
        kin = i > 0 and doc[i - 1].lower_ in _POSSESSIVES  # "son frère Slobodan": kinship
        if tok.lower_ in lex["religious"] and end == i + 2 and not tok.is_sent_start and not kin:
            s, e = tok.idx, nxt.idx + len(nxt)
            if not gazetteer.place_kind(nxt.text):
                replace(s, e, {"name": text[s:e]})
        elif tok.lower_ in lex["person_heads"] and 1 <= end - i - 1 <= 2:  # a name of one or two words
            s, e = nxt.idx, doc[end - 1].idx + len(doc[end - 1])
            name = text[s:e]
            # not a practice named by its kind and its founder: "le cabinet Lambert" (the
            # organization rules made the whole one name)
            firm = tok.lower_ in organizations.kinds_in_names() and any(
                c.label == "organization" and c.start == tok.idx and c.end == e for c in out)
            if not firm and not gazetteer.place_kind(name) and not any(
                    c.label == "person" and base.overlaps(c.start, c.end, s, e) for c in out):
                out.append(Candidate("person", s, e, "rules", {"name": name}))
    # a title written with a capital before a name: "le Conseiller fédéral Chaudet", "le
    # Président Obama"; the model reads the whole as one name, often a place
    titles = lexicon()
    for i, tok in enumerate(doc[:-1]):
        if not tok.is_title or not titles.may_start_title(tok.lower_) or given_name_title(doc, i):
            continue
        for n in (3, 2, 1):
            k = i + n
            if k >= len(doc) or titles.title_of(doc[i:k].text.lower()) is None:
                continue
            while k < len(doc) - 1 and k - i - n < 2 and doc[k].is_lower and doc[k].pos_ == "ADJ":
                k += 1  # "Conseiller fédéral", "Premier ministre britannique"
            if not (_is_cap(doc[k].text) and doc[k].is_alpha):
                break
            end = _name_run(doc, k)
            s, e = doc[k].idx, doc[end - 1].idx + len(doc[end - 1])
            if end - k > 3 or gazetteer.place_kind(text[s:e]) is not None:
                break
            whole = [c for c in out if c.label in NAMED and c.start <= tok.idx and c.end >= e]
            if not whole or any(c.label == "person" and c.start == s for c in out):
                break
            for c in whole:
                out.remove(c)
            out.append(Candidate("person", s, e, "rules", {"name": text[s:e]}))
            break
    for i, tok in enumerate(doc):
        civ = lex["plural_civ"].get(tok.text)
        if civ is None:
            continue
        j = i + 1
        while j < len(doc) and _is_cap(doc[j].text) and doc[j].is_alpha:
            end = _name_run(doc, j)
            s, e = doc[j].idx, doc[end - 1].idx + len(doc[end - 1])
            replace(s, e, {"name": text[s:e], "civility": civ})
            if end < len(doc) and (doc[end].text == "," or doc[end].lower_ == "et"):
                j = end + 1
            else:
                break
    return _surnames_after_title(doc, out)


_TITLE_ARTICLES = ("le", "la", "l'", "l\u2019", "au", "du")


def _nationality_word(tok: Token) -> bool:
    """An adjective of nationality in lower case, whatever tag the model gave it ("kényan" is
    often read as a noun), compound ones too ("sud-africain", one token)."""
    return tok.is_lower and tok.lower_ in lexicon().nationalities


def _surnames_after_title(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A person's title in lower case after its article, then a capitalized name of one or
    two words, names a person by title and surname: "au juge Varlin", "l'inspecteur Morel",
    "le sergent Dacosta"; the model often reads the name as a place or a thing, or takes the
    title into it. A military rank may name its holder with his particle ("le général de
    Sorbiac": the person "de Sorbiac") or with its corps between ("le colonel de gendarmerie
    Arnoult"). Not a firm named by its trade ("le constructeur Varlonge", "l'éditeur
    Ferrand"), nor a place ("le maire de Nancy"), an acronym ("le maire UDR") or a body found
    elsewhere in the text or by the organization rules."""
    titles = lexicon()
    firms = _lex()["firm_titles"]
    bodies = [(fold(str(c.attrs.get("name", ""))), c.start, c.end)
              for c in cands if c.label == "organization"]
    text = base.original_text(doc)
    out = list(cands)
    for i, tok in enumerate(doc[:-1]):
        if i < 1 or not tok.is_lower or not tok.is_alpha or doc[i - 1].lower_ not in _TITLE_ARTICLES:
            continue
        k = next((i + n for n in (3, 2, 1) if i + n < len(doc) and all(t.is_lower for t in doc[i : i + n])
                  and titles.title_of(doc[i : i + n].text.lower()) is not None), None)
        if k is None and (tok.lower_ in _lex()["address_titles"] or tok.lower_ in _lex()["religious"]):
            k = i + 1  # "le docteur", "maître": a way of address, no role of the table
        if k is None or doc[i:k].text.lower() in titles.trade_bodies or tok.lower_ in titles.trade_bodies:
            continue
        adjectives = 0  # "le président serbe Slobodan Drenkovic": the title's adjectives between
        while adjectives < 2 and k + 1 < len(doc) and _nationality_word(doc[k]):
            k, adjectives = k + 1, adjectives + 1
        rank = fold(tok.text) in titles.ranks and not adjectives
        # a title one addresses its holder by ("le docteur Vernay", "maître Vernay") names a
        # person by the one word after it, even a word the gazetteer knows as a town
        # ("l'abbé Vernay": a cleric's title too, the name without the title as for any title)
        address = k == i + 1 and (tok.lower_ in _lex()["address_titles"] or tok.lower_ in _lex()["religious"])
        new = True  # a rank's pattern is evidence enough; a bare title only retypes the model's name
        particle = rank and doc[k].lower_ in _DE[:3] and k + 1 < len(doc)
        if particle and doc[k + 1].is_lower and doc[k + 1].is_alpha and k + 2 < len(doc) \
                and doc[k + 2].lower_ not in _DE:
            s_tok = k + 2  # "le colonel de gendarmerie Arnoult"
        elif particle:
            s_tok = k + 1  # "le général de Sorbiac"
        else:
            s_tok, new = k, address
        if s_tok >= len(doc) or not (_is_cap(doc[s_tok].text) and doc[s_tok].is_alpha):
            continue
        end = _name_run(doc, s_tok, links=False)
        s = doc[k].idx if particle and s_tok == k + 1 else doc[s_tok].idx
        e = doc[end - 1].idx + len(doc[end - 1])
        surname = text[doc[s_tok].idx : e]
        # not an acronym ("le maire RPR"), nor a name the text gives a body elsewhere
        kind = gazetteer.place_kind(surname)  # a town's name may be a surname, a country's not
        town = kind is not None and not (address and end == s_tok + 1 and kind == "town")
        if len(surname.split()) > (1 if particle and s_tok == k + 1 else 2) or surname.isupper() \
                or town or any(
                    n == fold(surname) and not base.overlaps(a, b, s, e) for n, a, b in bodies):
            continue
        over = [c for c in out if c.label in NAMED and base.overlaps(c.start, c.end, s, e)]
        if particle and s_tok == k + 1 and [(c.label, c.start, c.end) for c in over] == [
                ("person", doc[s_tok].idx, e)]:
            over[0].start, over[0].attrs["name"] = s, text[s:e]  # "le général de Sorbiac", not "Sorbiac"
            continue
        # the model's body of one name after a title no firm holds is the person ("l'inspecteur
        # Tavernec" read as a firm); a body the rules found stays
        if any(c.label == "person" or (c.label == "organization" and (
                c.source != "ner" or tok.lower_ in firms)) for c in over) or (not over and not new):
            continue
        if any(c.end > e or c.start < tok.idx for c in over):
            continue  # a longer name the title is a word of
        for c in over:
            out.remove(c)
        out.append(Candidate("person", s, e, "rules", {"name": text[s:e], "why": "title"}))
    return out


_ELIDED = re.compile(r"\b([dlDL])'")  # "d'Arc": an elided particle is a word of its own ("Cléac'h" is one)
_CUT_PARTICLES = ("Le", "La", "De", "Du", "Van", "Von", "Di", "Da", "Del", "Mac", "Ben", "Abd", "El", "Al")


def whole_person_names(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A person's name does not end on a particle: "Armel Le" + "Cléac'h" (the tokenizer
    cut the word at its apostrophe) is "Armel Le Cléac'h", as "Jean-Yves Le Drian" is."""
    text = base.original_text(doc)
    out = list(cands)
    for c in cands:
        words = text[c.start : c.end].split()
        if c.label != "person" or len(words) < 2 or words[-1] not in _CUT_PARTICLES:
            continue
        k = c.end
        while k < len(text) and text[k] == " ":
            k += 1
        if k == c.end or k >= len(text) or not text[k].isupper():
            continue
        end = k
        while end < len(text) and (text[end].isalpha() or (
                text[end] in "'-\u2019\u00b4" and end + 1 < len(text) and text[end + 1].isalpha())):
            end += 1
        others = [o for o in out if o is not c and base.overlaps(o.start, o.end, k, end)]
        if any(o.label == "person" or o.end > end for o in others):
            continue
        for o in others:
            out.remove(o)
        c.attrs["name"] = (c.attrs.get("name") or "") + text[c.end : end]
        c.end = end
    return out


def holders_after_their_town(doc: Doc, cands: list[Candidate],
                             starts: dict[int, int] | None = None) -> list[Candidate]:
    """"le maire de Varcourt Paul Roy a ...", "par la conseillère municipale de Varcourt Anne
    Roy": with no comma, the model reads the commune and its holder's name as one name (a
    person, a place). After a municipal title's "de" (place_types.json `town_complements`, or
    a title among `place_complements`: "adjoint de"), a span whose later word is a given name
    followed by a capitalized word is two names: the commune (the words before the given
    name) and the person (the given name and the capitalized words after it, not a lower-case
    word the span ran over: "samedi")."""
    text = base.original_text(doc)
    starts = _tok_at(doc) if starts is None else starts
    lex = _lex()
    out = list(cands)
    for c in cands:
        i = starts.get(c.start)
        if c.label not in ("person", "place", "misc") or i is None:
            continue
        if not (_town_complement(doc, i) or (_complement(doc, i) and doc[i - 2].lower_ in lex["complements"]
                                             and lexicon().title_of(doc[i - 2].lower_) is not None)):
            continue
        if c.label == "place" and " " not in text[c.start : c.end]:
            _holder_after_town(doc, c, out, text, starts)
            continue
        if c.source != "ner" or " " not in text[c.start : c.end]:
            continue
        k = i + 1
        while k < len(doc) and doc[k].idx < c.end and not (
                doc[k - 1].whitespace_ and _is_cap(doc[k].text) and doc[k].is_alpha
                and is_given_name(doc[k].text) and k + 1 < len(doc) and _is_cap(doc[k + 1].text)
                and doc[k + 1].is_alpha):
            k += 1
        if k >= len(doc) or doc[k].idx >= c.end or (gazetteer.place_kind(doc[i:k].text) is None
                                                    and not toponym(doc[i:k].text) and " " in doc[i:k].text):
            continue  # no given name inside; a town of several words must be one a gazetteer knows
        end = _name_run(doc, k, links=False)
        s, e = doc[k].idx, doc[end - 1].idx + len(doc[end - 1])
        if any(o is not c and o.label == "person" and base.overlaps(o.start, o.end, s, e) and o.end > e
               for o in out):
            continue
        for o in [o for o in out if o is not c and base.overlaps(o.start, o.end, s, e)]:
            out.remove(o)
        town_end = doc[k - 1].idx + len(doc[k - 1])
        c.label, c.end = "place", town_end
        c.attrs = {**c.attrs, "name": text[c.start : town_end]}
        out.append(Candidate("person", s, e, "rules", {"name": text[s:e]}))
    return out


def _holder_after_town(doc: Doc, c: Candidate, out: list[Candidate], text: str,
                       starts: dict[int, int]) -> None:
    """A given name and a capitalized word right after the one-word commune of a municipal
    title, with no comma, that no layer read as a name, or that the model read as a second
    place: the holder's name ("la maire de Varcourt Anne Roy")."""
    k = starts.get(c.end + 1)
    if k is None or text[c.end] != " " or not (_is_cap(doc[k].text) and doc[k].is_alpha
                                                and is_given_name(doc[k].text)) \
            or k + 1 >= len(doc) or not (_is_cap(doc[k + 1].text) and doc[k + 1].is_alpha):
        return
    end = _name_run(doc, k, links=False)
    s, e = doc[k].idx, doc[end - 1].idx + len(doc[end - 1])
    others = [o for o in out if base.overlaps(o.start, o.end, s, e)]
    # the model may read the name, or its surname, as another place ("de Toul Anne Roy")
    if all(o.label in ("place", "misc") and o.source == "ner" and o.start >= s and o.end <= e
           for o in others):
        for o in others:
            out.remove(o)
        out.append(Candidate("person", s, e, "rules", {"name": text[s:e]}))


# particles that are also common French words (a preposition, an article): a name after
# them may be another person's ("le portrait de Marie par Louise Roy")
_FRENCH_PARTICLES = frozenset(("de", "du", "d'", "la", "le", "y", "e", "st"))


def names_joined_by_particle(cands: list[Candidate], text: str) -> list[Candidate]:
    """A name particle between two capitalized parts belongs to one person's name ("Cristiano
    Ronaldo dos Santos Aveiro", "Karim ould Saleck", "Willem van der Berg"): the model's two
    people, or a person and a thing, joined by one lower-case particle of models'
    name_particles (and a second one: "van der") with single spaces, are one person. A
    particle that is also a French preposition or article ('de', 'la') joins only two
    people, the first of two words or more, when the right part does not open on a given
    name (another person's full name): "le gymnase Quirinet de Varmonzey" is a site and its
    town."""
    particles = _lex()["particles"]
    people = sorted((c for c in cands if c.label in ("person", "misc")), key=lambda c: c.start)
    gone: set[int] = set()
    for a, b in pairwise(people):
        if id(a) in gone or a.label != "person" or b.label not in ("person", "misc") or b.start <= a.end:
            continue
        gap = text[a.end:b.start]
        words = gap.split(" ")
        if not (3 <= len(words) <= 4 and words[0] == "" and words[-1] == "") \
                or not all(w in particles for w in words[1:-1]):
            continue
        right = text[b.start:b.end]
        if not right[:1].isupper() or (words[1] in _FRENCH_PARTICLES and (
                is_given_name(right.split()[0]) or b.label != "person" or " " not in text[a.start:a.end])):
            continue  # "le gymnase Quirinet de Varmonzey": a site and its town
        a.end = b.end
        a.attrs["name"] = text[a.start:a.end]
        gone.add(id(b))
    return [c for c in cands if id(c) not in gone]


_NOT_BEFORE_NAME = frozenset(("à", "a", "de", "d'", "d\u2019", "en", "au", "aux", "du", "des", "le", "la",
                              "les", "l'", "l\u2019", "vers", "pour", "par", "sur", "dans"))


def given_names_split_off(doc: Doc, cands: list[Candidate],
                          starts: dict[int, int] | None = None) -> list[Candidate]:
    """A person's first given name the model cut off its name and read as a thing or a place
    ("Fatima" + "Zohra Belkaroui", "Nour" + "Eddine Kachami"): a given name of the table,
    alone in its span, one space before the person's name on the same line, is the first word
    of that name. Not after a preposition or an article ("à Florence Paul Roy" names a town
    first), nor after another capitalized word (a longer name); nor a capitalized preposition
    that is also in the table ("Par", opening a byline: "Par Jeanne Morlaix")."""
    text = base.original_text(doc)
    starts = _tok_at(doc) if starts is None else starts
    out = list(cands)
    for c in cands:
        if c.label != "person" or c.start < 2 or text[c.start - 1] != " " or text[c.start - 2] == " ":
            continue
        k = next((i for i in range(max(0, starts.get(c.start, 0) - 1), -1, -1)
                  if doc[i].idx + len(doc[i]) == c.start - 1), None)
        if k is None:
            continue
        tok = doc[k]
        if not tok.is_title or not all(p.isalpha() and is_given_name(p) for p in tok.text.split("-")):
            continue
        if tok.pos_ == "ADP" or tok.lower_ in _NOT_BEFORE_NAME:
            continue  # "Par Jeanne Morlaix" opening a byline: a preposition, not a given name
        if k > 0 and (doc[k - 1].lower_ in _NOT_BEFORE_NAME or doc[k - 1].is_title
                      or (doc[k - 1].is_alpha and not doc[k - 1].whitespace_)):
            continue
        alone = [o for o in out if o is not c and base.overlaps(o.start, o.end, tok.idx, c.start - 1)]
        if any(o.label == "person" or o.start != tok.idx or o.end != tok.idx + len(tok) for o in alone):
            continue
        _open_name_at(c, tok, alone, out, text)
    return out


def _open_name_at(person: Candidate, tok: Token, alone: list[Candidate], out: list[Candidate],
                  text: str) -> None:
    """The word before a person's name (a given name) opens it; its own candidates go."""
    for o in alone:
        out.remove(o)
    person.start = tok.idx
    person.attrs["name"] = text[person.start : person.end]


def _unknown_given_name(tok: Token, nouns: frozenset[str]) -> bool:
    """A capitalized word that can be a given name the table lacks ("Olusegun", "Keoni"): letters,
    three or more, a proper or common noun for the model, and not a word of the language (a
    common noun, an adverb, a function word: "Hier", "Côté", "Lundi"), a noun of things named
    after a person ("Procès", "Affaire": entities.json named_by_things), a sport or a rubric
    ("Tennis"), a title, a civility, a word of the calendar, a nationality nor a place the
    gazetteer knows."""
    low = tok.lower_
    return tok.is_title and _alpha_word(tok) and len(tok.text) >= 3 and not tok.is_stop \
        and tok.pos_ in ("PROPN", "NOUN", "X") and not _in_nouns(low, nouns) and fold(low) not in _things() \
        and fold(low) not in _lex()["calendar"] and fold(low) not in _lex()["rubric_words"] \
        and low not in _lex()["civilities"] and low not in _lex()["place_adjectives"] \
        and lexicon().title_of(low) is None and gazetteer.place_kind(tok.text) is None


def given_names_left_untagged(doc: Doc, cands: list[Candidate], starts: dict[int, int],
                              nouns: frozenset[str]) -> list[Candidate]:
    """A given name the table lacks, one space before a person's name ("Olusegun" + "Adebayo a
    signé", "Randal" + "Kolo Muani, 45 ans"), is the name's first word, as a known given name
    would be (`given_names_split_off`). The name after it is a person's here, or the same words
    are a person's elsewhere in the text (the model tagged the later, shorter mention only).
    The word is untagged, or tagged alone as a person, a thing or a place the gazetteer does
    not know, and opens the text, a line, a sentence or a list's item, or follows a lower-case
    word (a title, a verb of saying: "l'entraîneur Keoni Tauvela"). Not a word of the language
    opening a sentence ("Hier Dupont", "Selon Dupont"), not after a preposition or an article
    ("à Florence Paul Roy"), nor after another capitalized word (a longer name, a body's)."""
    text = base.original_text(doc)
    names = {c.attrs.get("name", text[c.start:c.end]) for c in cands if c.label == "person"}
    names = {n for n in names if 1 <= len(n.split()) <= 2 and all(w[:1].isupper() for w in n.split())
             and not is_given_name(n.split()[0])}
    if not names:
        return cands
    out = list(cands)
    for name in sorted(names):
        words = {fold(w) for w in name.split()}
        for m in re.finditer(r"(?<= )" + re.escape(name) + r"\b", text):
            i = starts.get(m.start())
            if i is None or i < 1:
                continue
            tok = doc[i - 1]
            if tok.idx + len(tok) != m.start() - 1 or is_given_name(tok.text) or fold(tok.text) in words \
                    or not _unknown_given_name(tok, nouns):
                continue  # a word written twice ("Aclasta Aclasta", a heading) is no given name
            if i >= 2:
                before = doc[i - 2]
                line = "\n" in before.whitespace_ or (before.is_space and "\n" in before.text)
                if not line and (before.lower_ in _NOT_BEFORE_NAME or before.is_title or before.is_upper
                                 or before.text in ("-", "\u2013", "'", "\u2019", "&")
                                 or (before.is_alpha and not before.whitespace_)):
                    continue
            here = [o for o in out if base.overlaps(o.start, o.end, tok.idx, m.end())]
            person = next((o for o in here if o.label == "person" and (o.start, o.end) == m.span()), None)
            alone = [o for o in here if o is not person]
            if any(o.start != tok.idx or o.end != tok.idx + len(tok)
                   or o.label not in ("person", "misc", "place") for o in alone):
                continue
            if person is None:
                person = Candidate("person", tok.idx, m.end(), "rules")
                out.append(person)
            _open_name_at(person, tok, alone, out, text)
    return out


def people_after_time_words(doc: Doc, cands: list[Candidate], starts: dict[int, int]) -> list[Candidate]:
    """A word of time opening a sentence with no comma after it ("Hier", "Demain", "Lundi":
    entities.json time_openers and the weekdays) that the model ran into the person's name
    after it ("Hier Adebayo a signé") is no part of the name: the person starts after it."""
    for c in cands:
        i = starts.get(c.start)
        if c.label != "person" or i is None or i + 1 >= len(doc) \
                or fold(doc[i].text) not in _lex()["time_openers"]:
            continue
        nxt = doc[i + 1]
        if nxt.idx >= c.end or not nxt.is_title or not doc[i].whitespace_:
            continue
        c.start = nxt.idx
        c.attrs["name"] = base.original_text(doc)[c.start : c.end]
    return cands

_NICKNAME_MARK = re.compile(r"[,(]\s*(?:dite?|surnomm[ée]e?)\s+[«\"\u201c][\s\u00a0\u202f]*$", re.IGNORECASE)


def nicknames(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A name filling quotation marks after "dit" or "surnommé" right after a person's name
    ("Marcel Oberlé, dit « Cécel »") is that person's nickname, a person's name whatever the
    model read it as (the people's layer makes it a mention of the person before)."""
    text = base.original_text(doc)
    person_ends = {c.end for c in cands if c.label == "person"}
    for c in cands:
        if c.label not in ("place", "misc", "organization") or c.source != "ner" \
                or " " in text[c.start : c.end]:
            continue
        mark = _NICKNAME_MARK.search(text, max(0, c.start - 20), c.start)
        if mark is None or len(text[: mark.start()].rstrip()) not in person_ends \
                or not text[c.end :].lstrip(" \u00a0\u202f").startswith(("»", '"', "\u201d")):
            continue
        c.label = "person"
    return cands


# ---------------------------------------------------------------- one type per name

def _demonym(name: str) -> bool:
    lex = _lex()
    low = fold(name)
    if " " in low or low in lex["demonym_exceptions"]:
        return False
    return low.endswith(lex["demonym_suffixes"])


def _plural_people(doc: Doc, cs: list[Candidate], starts: dict[int, int]) -> bool:
    """A one-word name in the plural after "les", "des", "aux" that no gazetteer knows names a
    people ("aux Bulgares"); plural places ("les Vosges") are in the gazetteer."""
    if fold(cs[0].attrs["name"]) in _lex()["demonym_exceptions"]:
        return False
    for c in cs:
        i = starts.get(c.start)
        if i and doc[i - 1].lower_ in ("les", "des", "aux") and doc[i].text.endswith("s"):
            return True
    return False


def _head_before(doc: Doc, cs: list[Candidate], starts: dict[int, int], heads: set[str]) -> bool:
    """A mention follows one of `heads`, adjectives aside: "la série Julie Lescaut", "la
    chaîne qatarie Al Jazeera"; not after "de" ("le film de Spielberg" names a person)."""
    for c in cs:
        j = starts.get(c.start, 0) - 1
        while j >= 0 and doc[j].pos_ in ("ADJ", "X") and doc[j].text.islower() and doc[j].is_alpha:
            j -= 1
        if j >= 0 and doc[j].lower_ in heads and doc[j].text.islower():
            return True
    return False


_EPONYM_HEADS = frozenset(("maladie", "maladies", "syndrome", "théorème", "principe", "complexe", "loi",
                           "lois", "effet", "équation", "constante", "paradoxe", "comète"))


def _eponym(doc: Doc, cs: list[Candidate], starts: dict[int, int]) -> bool:
    """One mention is the "de" complement of a noun that names a disease or a law of science
    after its discoverer ("la maladie de Parkinson", "le syndrome d'Asperger", "la loi de
    Moore", "la maladie de Lyme"), whatever town bears the name."""
    for c in cs:
        j = starts.get(c.start, 0)
        if j >= 2 and doc[j - 1].lower_ in _DE and doc[j - 2].lower_ in _EPONYM_HEADS:
            return True
    return False


def _holder_after_body(doc: Doc, cs: list[Candidate], starts: dict[int, int]) -> bool:
    """"Le président du club Paul Henry", "l'entraîneur de l'équipe première Christophe
    Didier": a person's name after a body's noun that is itself a title's complement names the
    title's holder, not the body (`organizations.holder_named`)."""
    for c in cs:
        i = starts.get(c.start)
        if i is None:
            return False
        j = i - 1
        while j >= 0 and doc[j].pos_ in ("ADJ", "X") and doc[j].text.islower() and doc[j].is_alpha:
            j -= 1  # the body's adjectives: "l'équipe première"
        if j < 0 or not organizations.holder_named(doc, j, c):
            return False
    return True


_PUBLISH = frozenset(("publier", "paraître", "éditer", "rééditer", "republier"))


def _published_by(doc: Doc, cs: list[Candidate], starts: dict[int, int]) -> bool:
    """A mention follows "chez" after a verb of publishing ("publié chez Grasset", "paru chez
    Robert Laffont"): the name is a publisher's, a firm."""
    for c in cs:
        i = starts.get(c.start, 0)
        if i >= 2 and doc[i - 1].lower_ == "chez" and any(
                t.lemma_ in _PUBLISH or t.lower_.startswith(("publié", "paru", "édité", "réédité"))
                for t in doc[max(0, i - 5) : i - 1]):
            return True
    return False


# after a publisher's name in a reference: its town, then the year, after a comma or in brackets
_REFERENCE_TAIL = re.compile(
    r"\s*(,\s*[A-Z][^\W\d][^,()\n]{0,25})?\s*[,(]\s*[^,()\n]{0,25}?\b(?:1[5-9]|20)\d\d\b")


def _reference_publisher(text: str, c: Candidate, person_spans: set[tuple[int, int]],
                         town: bool = False) -> bool:
    """The name is the publisher of a reference line: the line opens on an author (a person),
    then the work's title, then the name, then the year ("- Paul Roy, Les Ombres, Marc
    Vidal, 1999", "..., Marc Vidal (3 mai 2001)", a title in quotation marks, « Les Ombres »):
    a firm, named after its founder or not ("..., Les Ombres, Fayard (2001)"); a later edition
    follows a semicolon ("Les Ombres, Fayard, 1999 ; Marc Vidal, 2004"). With `town`, the
    publisher's own town follows it before the year ("..., Les Ombres, Plon, Paris, 1979"), so
    that a name of a town, the town's slot of a reference ("Les Ombres, Paris, 1979"), is not
    taken for the publisher."""
    ls = text.rfind("\n", 0, c.start) + 1
    before = text[ls : c.start]
    if not before.rstrip().endswith((",", ";")):
        return False
    le = text.find("\n", c.end)
    tail = _REFERENCE_TAIL.match(text, c.end, len(text) if le < 0 else le)
    if tail is None or (town and tail.group(1) is None) \
            or fold(c.attrs.get("name", "")).split(" ")[0].rstrip(".") in ("collection", "coll"):
        return False  # "..., Fayard, Collection Histoire, 1999": the publisher's series
    lead = len(before) - len(before.lstrip("-*\u2022\u2013 \t"))
    first = before.find(",", lead)
    if first < 0 or (ls + lead, ls + first) not in person_spans:
        return False
    title = before[first + 1 :].rstrip().removesuffix(",").strip().lstrip("\"«\u201c\u2018' ")
    # the title of a work opens on a capital ("Paul Roy, le maire, Marc Vidal (2004)" lists people)
    return title[:1].isupper() and not any(ls + first < a < c.start for a, _ in person_spans)


def _village_shaped(key: str) -> bool:
    """The folded one-word name ends as a French village's name does ("-court", "-ville",
    "-ménil") and is long enough to be more than a surname's ending ("Dumont")."""
    return len(key) >= 7 and key.isalpha() and key.endswith(_lex()["village_endings"])


_AREA_ARTICLES = frozenset(("le", "la", "l'", "l\u2019"))


def _in_an_area(doc: Doc, c: Candidate, starts: dict[int, int]) -> bool:
    """A mention written after "dans" and a singular definite article, "toute" between them
    or not ("dans le Vairois", "dans toute la Ruppéquie", the article in the model's span or
    before it): one is inside a region, a valley, a town, never inside a person; a work or
    a body read there ("dans la Bible", "dans le Monde") is a common noun, and "dans le BTP"
    an acronym, which the caller leaves out. The article is in lower case: after "dans", in
    the middle of a sentence, a capital article opens a title's own name, a newspaper's or a
    book's ("dans Le Vaudrinois", "dans La Gazette"), no region's."""
    i = starts.get(c.start)
    if i is None:
        return False
    if doc[i].lower_ in _AREA_ARTICLES and i + 1 < len(doc):
        i += 1  # "[la Ruppéquie]": the model's span opens on the article
    if i < 2 or doc[i - 1].lower_ not in _AREA_ARTICLES or not doc[i - 1].is_lower:
        return False
    j = i - 2
    if doc[j].lower_ in ("tout", "toute") and j > 0:
        j -= 1
    return doc[j].lower_ == "dans"


_VILLAGE_PREPS = frozenset(("à", "par", "vers", "depuis", "entre"))
_LIST_LINKS = frozenset((",", "et", "ou", "puis"))


def _village_evidence(doc: Doc, c: Candidate, starts: dict[int, int], place_ends: set[int],
                      thing: bool = True) -> bool:
    """The mention stands where a village is named: the head of a line before a colon or alone
    on it ("Varmécourt : la kermesse"), after "à", "par", "vers" or a common noun's "de" ("la
    doyenne de Varmécourt"), or next to a place or another name so shaped in a list ("par
    Dorvillers, Harmécourt et Gélaucourt"); a name the model read as a person or a body
    (`thing` false) only after a preposition of place or in a list."""
    i = starts.get(c.start)
    if i is None:
        return False
    text = base.original_text(doc)
    if thing and _first_on_line(doc, i) and (text[c.end : c.end + 3].lstrip(" \u00a0").startswith(":")
                                   or _alone_on_line(doc, c)):
        return True
    if i >= 1 and doc[i - 1].lower_ in _VILLAGE_PREPS and doc[i - 1].text.islower():
        return True
    if thing and _of_noun(doc, i):
        return True
    # "de Varmécourt à Dorvillers": the start of a way
    if i >= 1 and doc[i - 1].lower_ == "de" and i + 1 < len(doc) and doc[i + 1].lower_ == "à":
        return True
    # a list: the member before or after is a place or a word so shaped
    if i >= 2 and doc[i - 1].lower_ in _LIST_LINKS and (
            doc[i - 2].idx + len(doc[i - 2]) in place_ends
            or (doc[i - 2].is_title and _village_shaped(fold(doc[i - 2].text)))):
        return True
    j = i + 1
    if j + 1 < len(doc) and doc[j].lower_ in _LIST_LINKS:
        nxt = doc[j + 1]
        return nxt.is_title and (_village_shaped(fold(nxt.text))
                                 or gazetteer.place_kind(nxt.text) is not None)
    return False


def _village_mention(doc: Doc, c: Candidate, starts: dict[int, int], place_starts: set[int],
                     place_ends: set[int], nouns: frozenset[str]) -> bool:
    """The mention of a village INSEE's list knows stands where a commune is named: the
    evidence of `_village_evidence` (a headline's head, "par", "vers", a noun's "de", a
    list), or before its département in parentheses, after a title of the commune or a local
    body's "de" ("le maire de", "les pompiers de"), next to a place in a list."""
    span = _span_toks(doc, c)
    if span is None:
        return False
    i, j = span
    return _village_evidence(doc, c, starts, place_ends) or _region_bracketed_after(doc, j - 1) \
        or _town_complement(doc, i) or _located(doc, i) or _located(doc, i, "commune_bodies") \
        or _headline_town(doc, i, nouns) or _listed_with_place(doc, i, place_starts, place_ends)


def _alone_on_line(doc: Doc, c: Candidate) -> bool:
    """The name is the whole of its line, but for punctuation, and text follows: a rubric
    heading a paragraph (a signature, on the last line, stays a person)."""
    text = base.original_text(doc)
    a = text.rfind("\n", 0, c.start) + 1
    b = text.find("\n", c.end)
    if b < 0 or not text[b:].strip():
        return False
    return text[a:b].strip(" \t.:;,!?-\u2013\u2014") == text[c.start : c.end]


_SPACES = " \u00a0\u202f"


_WHERE = frozenset(("à", "a", "au", "aux", "en", "de", "du", "des", "d'", "d\u2019", "dans", "sur", "vers",
                    "chez"))


def _quoted(text: str, c: Candidate) -> bool:
    """The name fills a pair of quotation marks, not after a preposition of place: « Amélie »,
    "Titanic" (a home's name, `pensionnaire de « La Charmeuse »`, is a place)."""
    before = text[: c.start].rstrip(_SPACES)
    if not before.endswith(("«", '"', "\u201c")) or not text[c.end :].lstrip(_SPACES).startswith(
            ("»", '"', "\u201d")):
        return False
    words = before[:-1].split()
    return not words or (fold(words[-1]) not in _WHERE and not words[-1].endswith(("'", "\u2019")))


def _listed_nouns(doc: Doc, cs: list[Candidate], starts: dict[int, int], nouns: frozenset[str]) -> bool:
    """Every mention opens a sentence and is a common noun listed with common nouns in lower
    case ("Chars, fanfares et majorettes ont défilé", "Pompiers et gendarmes sont intervenus"):
    the start of the sentence capitalizes it; a town of that name (Chars) is not meant."""
    for c in cs:
        i = starts.get(c.start)
        if i is None or i + 2 >= len(doc) or not _in_nouns(doc[i].lower_, nouns):
            return False
        nxt, after = doc[i + 1], doc[i + 2]
        if not (_opens(doc, i) and nxt.lower_ in (",", "et", "ou") and after.is_lower
                and after.pos_ == "NOUN"):
            return False
    return True


def _feast(doc: Doc, cs: list[Candidate], starts: dict[int, int]) -> bool:
    """"la Saint-Nicolas", "la Saint-Jean": a (male) saint's name after the feminine article is
    his feast day (la fête de saint Nicolas), no place, nor person; a female saint's ("la
    Sainte-Barbe") when the sentence says it is a day (`_feast_day`), for "la Sainte-Victoire"
    may be a mountain. The same name opening a headline before its colon ("Sainte-Barbe :
    les pompiers à l'honneur") is that feast too (`_feast_kicker`)."""
    feast = False
    for c in cs:
        i = starts.get(c.start)
        name = c.attrs.get("name", "")
        if i is not None and name.startswith("La ") and i + 1 < len(doc):
            i, name = i + 1, name[3:]  # "[La Sainte-Catherine] a attiré": the article opens the span
        if i is None or i == 0 or doc[i - 1].lower_ != "la" or not (
                name.startswith("Saint-") or (name.startswith("Sainte-") and _feast_day(doc, i, name))):
            if _feast_kicker(doc, c, i):
                continue
            return False
        feast = True
    return feast


def _feast_kicker(doc: Doc, c: Candidate, i: int | None) -> bool:
    """A saint's name alone at the head of a line before a colon, the kicker of a headline
    ("Sainte-Barbe : ...", "Saint-Nicolas : ..."): it names what the article is about, the
    feast when the text names it so elsewhere, no place it locates anything in."""
    if i is None or not _first_on_line(doc, i):
        return False
    name = str(c.attrs.get("name") or doc.text[c.start : c.end])
    if not name.startswith(("Saint-", "Sainte-")):
        return False
    end = i
    while end < len(doc) and doc[end].idx < c.end:
        end += 1
    return end < len(doc) and doc[end].text == ":"


_AWAY = frozenset(("sur", "dans", "vers", "depuis", "devant", "derrière", "derriere", "près", "pres", "sous"))


def _feast_day(doc: Doc, i: int, name: str) -> bool:
    """The saint's name at token i, after "la", is her feast day: it is the object or the "de la"
    complement of a word of celebrating ("fêter la Sainte-Barbe", "le bal de la Sainte-Cécile"),
    or, when it is no verb's object ("gravir la Sainte-Victoire"), no other noun's complement
    ("au pied de la Sainte-Victoire") and no preposition of place puts it as a site ("sur la
    Sainte-Victoire"), a word of time follows it ("la Sainte-Barbe
    samedi") or it holds a given name ("la Sainte-Catherine")."""
    lex = _lex()
    saint = name[len("Sainte-"):]
    if not saint or not saint.isalpha():
        return False  # "la Sainte-Marie-aux-Mines"? a town's compound, not one saint
    tok = doc[i]
    if fold(tok.head.lemma_ or tok.head.text) in lex["feast_cues"] and tok.head.i != tok.i:
        return True
    if i >= 3 and doc[i - 2].lower_ == "de" \
            and fold(doc[i - 3].lemma_ or doc[i - 3].text) in lex["feast_cues"]:
        return True  # "la fête de la Sainte-Barbe", whatever the parse
    if (tok.dep_ == "obj" and tok.head.pos_ == "VERB") or (i >= 2 and fold(doc[i - 2].text) in _AWAY) \
            or (i >= 3 and doc[i - 2].lower_ == "de" and doc[i - 3].pos_ == "NOUN"):
        return False  # "gravir la", "sur la", "au pied de la Sainte-Victoire": a site
    end = i + 1
    while end < len(doc) and doc[end].idx < doc[i].idx + len(name):
        end += 1  # the name's last token
    return (end < len(doc) and doc[end].is_lower and fold(doc[end].text) in lex["calendar"]) \
        or is_given_name(saint)


def _place_before(doc: Doc, i: int, place_ends: set[int]) -> bool:
    """Token i ("et", ",") follows a place: "à Jalo et Ojla"."""
    return i >= 1 and doc[i - 1].idx + len(doc[i - 1]) in place_ends


def _between_places(doc: Doc, cs: list[Candidate], starts: dict[int, int], place_ends: set[int],
                    place_starts: set[int]) -> bool:
    """Every mention is one word inside a list of places, a place on either side of it ("par
    Xaronval, Ubexy et Hergugney", "Vittel, Bulgnéville, Contrexéville"): one more place of
    the list, whatever the model read it as."""
    for c in cs:
        i = starts.get(c.start)
        if i is None or i < 2 or i + 2 >= len(doc) or doc[i].idx + len(doc[i]) != c.end \
                or doc[i - 1].text != "," or not _place_before(doc, i - 1, place_ends) \
                or doc[i + 1].lower_ not in (",", "et", "ou") or doc[i + 2].idx not in place_starts:
            return False
    return True


def _listed_after_bodies(doc: Doc, cs: list[Candidate], starts: dict[int, int], org_ends: set[int]) -> bool:
    """Every mention is the last of a list of complements of one noun ("et" or "ou" before it,
    "de" opening each member) one of whose members before is an organization ("les hommes du
    Mujao, du MNLA et d'Al-Qaïda", "les élus de la CGT et de Vireloup Solidarité"): one more
    body."""
    for c in cs:
        i = starts.get(c.start)
        if i is None or i < 4:
            return False
        j = _de_member_start(doc, i)
        if j is None or j < 2 or doc[j - 1].lower_ not in ("et", "ou"):
            return False
        j -= 1
        found = False
        for _ in range(4):  # back over the members: ", du MNLA", "du Mujao"
            if j >= 1 and doc[j - 1].text == ",":
                j -= 1
            k = j - 1
            if k < 1 or not (doc[k].is_title or doc[k].is_upper):
                break
            if doc[k].idx + len(doc[k]) in org_ends:
                found = True
            while k > 0 and (doc[k - 1].is_title or doc[k - 1].is_upper or doc[k - 1].text == "-") \
                    and doc[k - 1].lower_ not in _DE:
                k -= 1
            first = _de_member_start(doc, k)
            if first is None:
                found = False  # the list's first member has no "de": no list of complements
                break
            if found or first < 1 or doc[first - 1].text != ",":
                break
            j = first
        if not found:
            return False
    return bool(cs)


def _de_member_start(doc: Doc, i: int) -> int | None:
    """The token of "de" ("du", "d'") that opens the member of a list at token i, over its
    articles; None when none does."""
    j = i - 1
    while j > i - 3 and j >= 0 and doc[j].lower_ in ("la", "le", "l'", "l\u2019", "les"):
        j -= 1
    return j if j >= 0 and doc[j].lower_ in _DE else None


def _listed_after_places(doc: Doc, cs: list[Candidate], starts: dict[int, int],
                         place_ends: set[int]) -> bool:
    """Every mention is one word closing a list of names ("et", "ou" before it) whose member
    before it is a place ("Pec et Djakovica", "Vucitrn, Srbica et Orahovac"), and the list
    is no subject ("Paris et Dupont ont signé") nor the complement of a noun, and the name no
    acronym and no noun with a complement of its own ("le réseau RTX de la Suisse ou VLM de
    l'Autriche")."""
    for c in cs:
        i = starts.get(c.start)
        if i is None or i < 2 or doc[i - 1].lower_ not in ("et", "ou") \
                or not _place_before(doc, i - 1, place_ends):
            return False
        k = i - 2  # back over the list: "A, B et" + the name
        while doc[k].idx + len(doc[k]) in place_ends:
            start = k
            while start > 0 and doc[start - 1].idx + len(doc[start - 1]) not in place_ends \
                    and (doc[start - 1].is_title or doc[start - 1].text == "-"):
                start -= 1
            if start < 2 or doc[start - 1].text != ",":
                break
            k = start - 2
        first = doc[k]
        while k > 0 and (doc[k - 1].text == "-" or (doc[k - 1].is_title and doc[k - 1].is_alpha)):
            k -= 1  # the first member's first token: "Kosovska Mitrovica", "Saint-Dié"
        if any(t.dep_.startswith("nsubj") for t in (first, first.head)) or doc[i].dep_.startswith("nsubj") \
                or not doc[i].is_title or (k > 0 and doc[k - 1].lower_ in _DE) \
                or (i + 1 < len(doc) and (doc[i + 1].lower_ in _DE
                                          or doc[i + 1].pos_ in ("AUX", "VERB"))) \
                or doc[k].is_sent_start \
                or (k > 0 and doc[k - 1].is_punct and doc[k - 1].text not in (",", ":")):
            return False  # "le réseau RTX de la Suisse ou VLM de l'Autriche": things of countries
    return True


def _all_nouns(doc: Doc, cs: list[Candidate], starts: dict[int, int], nouns: frozenset[str]) -> bool:
    """Every mention is one word the lemmatizer's lexicon lists as a common noun
    ("l'Harmonie", "l'Equipement", "« Formes et couleurs »"); a plural one after "les",
    "des" is geography ("les Alpes", "des Ardennes": ranges, regions, archipelagos)."""
    for c in cs:
        i = starts.get(c.start)
        if i is None:
            return False
        low = doc[i].lower_.rstrip("-")
        if not _in_nouns(low, nouns) or (low.endswith(("s", "x")) and i > 0
                                        and doc[i - 1].lower_ in ("les", "des", "aux")):
            return False
    return True


def _in_nouns(low: str, nouns: frozenset[str]) -> bool:
    """A lower-case word, or its singular, is a common noun, its first letter's accent
    restored where capitals drop it ("Equipement", "Etat")."""
    forms = {low, low.rstrip("sx")}
    if low[:1] == "e":
        forms |= {acc + f[1:] for f in list(forms) for acc in "éèê"}
    return any(f in nouns for f in forms)


def _generic_place(name: str) -> bool:
    """The name, article aside, is one of the common nouns of places ("la Ville", "la
    Région", "l'Etat"): capitalized, it means the body, and names no place."""
    key = fold(name)
    for article in ("la ", "le ", "les ", "l'", "l "):
        if key.startswith(article):
            key = key[len(article) :]
    return key in organizations.admin_nouns()


def _span_tokens(doc: Doc, c: Candidate) -> list[Token]:
    toks = _span_toks(doc, c)
    return list(doc[toks[0] : toks[1]]) if toks else []


def _conj_of_person(doc: Doc, cs: list[Candidate], starts: dict[int, int], person_toks: set[int]) -> bool:
    """A mention is joined by "et", "ou", a comma to a person's name, in the parse ("Roch
    Voisine ou encore Fayo", "Mathieu Kassovitz et Tcheky"): one of a list of people."""
    for c in cs:
        i = starts.get(c.start)
        if i is not None and doc[i].dep_ == "conj" and doc[i].head.i in person_toks:
            return True
    return False


_LIST_WORDS = (",", "et", "ou", "de", "d'", "d\u2019", "pour")


def _work_list(doc: Doc, cs: list[Candidate], starts: dict[int, int], named: set[int]) -> bool:
    """Every mention is in a list of names after "connu pour", "auteur de" (work_authors):
    "connu pour Gladiator, Lincoln", "l'auteure de Chocolat et de Vianne" name works.
    `named`: the tokens of all names."""
    lex = _lex()
    for c in cs:
        j = starts.get(c.start, 0) - 1
        while j > 0 and (j in named or doc[j].lower_ in _LIST_WORDS):
            if doc[j].lower_ in ("pour", "de", "d'", "d\u2019") and doc[j - 1].lower_ in lex["work_authors"]:
                break
            j -= 1
        if not (j > 0 and doc[j].lower_ in ("pour", "de", "d'", "d\u2019")
                and doc[j - 1].lower_ in lex["work_authors"]):
            return False
    return True


# words a title in apposition may follow; not an article: "Avant de quitter Cologne, le
# général a..." opens a new clause
_APPOSITION_LEADS = ("ancien", "ancienne", "ex", "futur", "future", "jeune")
# after the byline's comma, up to the line's end: "envoyé spécial", "de notre correspondante"
_SP = r"[ \t\u00a0]"
_BYLINE_TAIL = re.compile(rf"{_SP}*,{_SP}*(?:(?:de|par){_SP}+)?(?:(?:notre|nos){_SP}+)?"
                          rf"(?P<title>[^\W\d_]+(?:{_SP}+[^\W\d_]+){{0,2}}){_SP}*\.?{_SP}*")


def _byline_town(text: str, c: Candidate, titles: frozenset[str]) -> bool:
    """The name opens a line that only adds, after a comma, the title a paper gives its own
    reporter (entities.json `byline_titles`: "Lyon, envoyé spécial", "Berlin, de notre
    correspondante"), and the article goes on below: the byline under a headline. Its name
    is the town the piece was written in; nobody named there holds the title."""
    a = text.rfind("\n", 0, c.start) + 1
    b = text.find("\n", c.end)
    if b < 0 or text[a : c.start].strip() or not text[b:].strip():
        return False
    m = _BYLINE_TAIL.fullmatch(text, c.end, b)
    return m is not None and " ".join(fold(m["title"]).split()) in titles


def _titled(doc: Doc, cs: list[Candidate], starts: dict[int, int]) -> bool:
    """A mention is followed by a comma and a person's title or job, without an article
    ("Odile, conseillère municipale", "Dufour, ancien maire"): a person named in
    apposition."""
    lex = lexicon()
    for c in cs:
        i = starts.get(c.start)
        if i is None:
            continue
        j = i + 1
        if j + 1 >= len(doc) or doc[j].text != ",":
            continue
        j += 1
        while j < len(doc) - 1 and doc[j].lower_ in _APPOSITION_LEADS:
            j += 1
        if doc[j].text.islower() and doc[j].is_alpha and lex.title_of(doc[j].text) is not None:
            return True
    return False


def _after_plural_article(doc: Doc, cs: list[Candidate], starts: dict[int, int]) -> bool:
    """Every mention of a one-word name follows "les", "des", "aux" or "ces": a people, a
    family or a team ("les Touareg, les Songhoï", "chez les Dupont"), not one person."""
    for c in cs:
        i = starts.get(c.start)
        if not i or doc[i - 1].lower_ not in ("les", "des", "aux", "ces"):
            return False
    return True


# words of place before "les", "des" ("au large des", "près des", "dans les", "vers les")
_PLACE_BEFORE_PLURAL = frozenset(("large", "près", "proximité", "autour", "environs", "côté", "direction",
                                  "archipel", "îles", "île", "dans", "sur", "vers", "depuis", "entre",
                                  "jusqu'aux", "traversé", "visité", "rejoint", "quitté", "gagné"))


def _family_plural(doc: Doc, cs: list[Candidate], starts: dict[int, int],
                   family_nouns: frozenset[str]) -> bool:
    """Every mention of a one-word name follows a noun of relatives ("les jumelles", "les
    époux": `family_nouns`), or "les", "des", "ces" while the name does not end as a plural
    does: a surname stays invariable ("les Ravenet", "chez les Ravenet"), a plural place name
    takes its -s or -x ("les Vosges", "les Éparges")."""
    for c in cs:
        i = starts.get(c.start)
        if not i:
            return False
        before = doc[i - 1].lower_
        if before in family_nouns and i >= 2 \
                and doc[i - 2].lower_ in ("les", "des", "ces", "aux", "deux", "trois"):
            continue
        name = c.attrs.get("name") or ""
        if before not in ("les", "des", "ces") or len(name) < 3 or name[-1] in "sxzSXZ":
            return False
        if i >= 2 and doc[i - 2].lower_ in _PLACE_BEFORE_PLURAL:
            return False  # "au large des Kerlévan": an island group's name, invariable too
    return True


_DEFINITE = frozenset(("le", "la", "l'", "l\u2019", "les", "du", "des", "au", "aux"))


def _after_definite_article(doc: Doc, cs: list[Candidate], starts: dict[int, int],
                            person_starts: set[int]) -> bool:
    """Every mention of a name follows a definite article in lower case, nothing between
    ("le Het Nieuwsblad", "les Chicago Bulls", "au Titanic"): French names a person
    without an article, so that name is a body or a thing. Not when the name opens on a
    title, a civility or a nationality the model kept in it ("la Mère Teresa", "l'Américain
    John Smith", "au Premier ministre britannique"), which the article belongs to, nor at
    the head of a list of people, where the plural article stands for their kind ("le retour
    des Jean Dupré, Paul Roche et ...")."""
    lex = _lex()
    parts = cs[0].attrs["name"].split()
    first = parts[0]
    low = fold(first)
    words = {low, first.lower()}
    titles = lexicon()
    if any(w in lex[key] for key in ("civilities", "religious", "person_heads", "place_adjectives")
           for w in words) \
            or _demonym(first) or any(titles.title_of(" ".join(parts[:n]).lower()) is not None
                                      for n in range(1, min(3, len(parts)) + 1)):
        return False
    for c in cs:
        i = starts.get(c.start)
        # "Les Rita Mitsouko" opening a sentence: the plural article, whatever its case ("Le",
        # "La" with a capital open surnames: "Le Pen")
        if not i or (doc[i - 1].text not in _DEFINITE and doc[i - 1].text != "Les"):
            return False
        j = i
        while j < len(doc) and doc[j].idx < c.end:
            j += 1
        if j + 1 < len(doc) and doc[j].lower_ in (",", "et", "ou") and j + 1 in person_starts:
            return False
    return True


def _common_noun(doc: Doc, cs: list[Candidate], starts: dict[int, int], nouns: frozenset[str]) -> bool:
    """Every mention of a one-word name opens a sentence without a verb, and is a word the
    lemmatizer's lexicon lists as a common noun ("Inondations dans le sud.", "Salle
    polyvalente."): a heading's first word, not a name. A heading on the last line may be a
    signature, and stays. The model often runs a headline without a full stop into the
    paragraph below it: a word opening that paragraph opens its own sentence there, which
    ends where the model's does ("Portrait. À 45 ans, ...", the kicker of a feature)."""
    if not nouns:
        return False
    text = base.original_text(doc)
    for c in cs:
        i = starts.get(c.start)
        if i is None or not text[c.end :].strip():
            return False
        if doc[i].is_sent_start:
            words = doc[i].sent
        elif text[text.rfind("\n", 0, c.start) + 1 : c.start].strip() == "":
            words = doc[i : doc[i].sent.end]  # the line's first word, inside the model's sentence
        else:
            return False
        if any(t.pos_ in ("VERB", "AUX") for t in words):
            return False
        if not _in_nouns(doc[i].lower_, nouns):
            return False
    return True


@cache
def common_nouns(nlp: Language, part: str = "noun") -> frozenset[str]:
    """The common nouns (or the verbs: `part` "verb", the adjectives: "adj") of the model's
    lemmatizer lexicon (empty when it has none); read once per model, as two components ask."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, AttributeError, ValueError):
        return frozenset()
    return frozenset(table.get(part, ()))


_PARTICIPLE_ENDS = ("ées", "és", "ée", "é")


def verb_lexicon(nlp: Language) -> VerbLexicon:
    try:
        exceptions = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc").get("verb")
    except (KeyError, AttributeError, ValueError):
        exceptions = None
    return VerbLexicon(common_nouns(nlp, "verb"), exceptions)


def _opening_participle(doc: Doc, cs: list[Candidate], starts: dict[int, int],
                        verbs: VerbLexicon) -> bool:
    """Every mention of a one-word name opens a sentence or a line and is the past participle
    of a verb in -er of the lemmatizer's lexicon ("Installée depuis 2009 dans une ancienne grange, la
    potière ...", "Située au bord du lac, la commune ...") or one of another verb that its
    exceptions list (`VerbLexicon`: "Attendue depuis dix ans, l'unité ...", "Construite
    en 1890, la gare ..."): a participle clause, no name."""
    if not verbs.infinitives:
        return False
    for c in cs:
        i = starts.get(c.start)
        if i is None:
            return False
        low = doc[i].lower_
        stem = next((low[: -len(e)] for e in _PARTICIPLE_ENDS if low.endswith(e)), "")
        if not _opens(doc, i) or ((len(stem) < 3 or stem + "er" not in verbs.infinitives)
                                  and not verbs.other_participle(low)):
            return False
    return True


def _opening_noun(doc: Doc, cs: list[Candidate], starts: dict[int, int], nouns: frozenset[str]) -> bool:
    """Every mention of a one-word "person" opens a sentence or a line, is a common noun of
    the lemmatizer's lexicon, and is followed by a determiner, a noun, an adjective or a
    participle, which never follow a subject's name ("Surprise ce soir, ...", "Volets
    clos, rues désertes : ..."): the noun of a verbless phrase. A surname that is also a
    noun ("Boulanger a répondu", "Mercier, le maire") is followed by its verb or a comma."""
    if not nouns:
        return False
    for c in cs:
        i = starts.get(c.start)
        if i is None or i + 1 >= len(doc) or not _opens(doc, i) or not _in_nouns(doc[i].lower_, nouns):
            return False
        nxt = doc[i + 1]
        if not (nxt.is_lower and nxt.is_alpha and (nxt.pos_ in ("DET", "NOUN", "ADJ")
                                                    or "Part" in nxt.morph.get("VerbForm"))):
            return False
    return True


# "au lieu-dit La Chipotte", "au lieudit les Grands Prés": the name of a locality
_LIEU_DIT = re.compile(r"\blieux?[-\s]?dits?\s+(?:(?:la|le|les)\s+|l['\u2019])?$", re.IGNORECASE)
_LIEU_DIT_LEAD = re.compile(r"lieux?[-\s]?dits?\s+(?:(?:la|le|les)\s+|l['\u2019])?", re.IGNORECASE)
# an article opening a name: "La Bresse", "L'Aigle"; a word, not the first letters of one
# ("Laponie", "Lesotho", "Lens" keep their "La", "Les", "Le")
_ARTICLE_START = re.compile(r"^(?:(?:La|Le|Les)\s+|L['\u2019]\s*)")
_STATIVE = frozenset(("être", "avoir", "trouver", "situer", "compter", "dresser", "élever", "étendre",
                      "devenir", "rester", "sembler", "paraître", "appartenir", "border", "dominer",
                      # what a place has, hosts or goes through: "Longemer accueille les touristes"
                      "accueillir", "abriter", "attirer", "offrir", "posséder", "connaître", "voir",
                      "perdre", "gagner", "recevoir", "vivre"))


def _does(doc: Doc, i: int, end: int) -> bool:
    """The name at token i (ending at character `end`) is the active subject of a verb that is
    no verb of being or lying somewhere ("se trouve", "compte 3.000 habitants")."""
    span = doc.char_span(doc[i].idx, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return (root.dep_ == "nsubj" and root.head.pos_ == "VERB" and root.head.lemma_ not in _STATIVE) \
        or organizations.pronominal_subject(root)  # "s'est félicité", read as an adjective


def _sport_body(name: str) -> bool:
    """A unit of the land completed by a sport ("le District des Vosges de football", "la
    Région Sud de judo"): the body that runs that sport there, no place (a place is of no
    sport); entities.json `sport_names`, the units `admin_heads`."""
    words = [w for w in re.split(r"[\s'\u2019]+", fold(name)) if w]
    while words and words[0] in ("la", "le", "les", "l"):
        words.pop(0)
    units, sports = _sport_words()
    return len(words) >= 4 and words[0] in units and words[-2] in ("de", "d") and words[-1] in sports


_SPORT_AFTER = re.compile(r" d(?:e |['\u2019])([\w-]+)")


def _sport_complements(text: str, cands: list[Candidate]) -> None:
    """"le District des Vosges" + " de football": the sport after a unit's name the model
    read as a place is part of that name (the sport's body, `_sport_body`)."""
    units, sports = _sport_words()
    for c in cands:
        if c.label != "place" or not (m := _SPORT_AFTER.match(text, c.end)) or fold(m.group(1)) not in sports:
            continue
        name = str(c.attrs.get("name") or "")
        first = _ARTICLE_START.sub("", name).split()
        if len(first) >= 3 and fold(first[0]) in units and first[0][:1].isupper():
            c.end = m.end()
            c.attrs["name"] = text[c.start : c.end]


@cache
def _sport_words() -> tuple[frozenset[str], frozenset[str]]:
    """The units of the land (folded `admin_heads`) and the sports (folded `sport_names`)."""
    return (frozenset(fold(w) for w in _lex()["admin"]),
            frozenset(fold(w) for w in load_json("entities.json")["sport_names"]))


def _given_and_surname(name: str) -> bool:
    """Two or three capitalized words, the first a given name of the table and no place the
    gazetteer knows, the last no given name: the shape of a person's name."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words) \
        and is_given_name(words[0].split("-")[0]) and not is_given_name(words[-1]) \
        and gazetteer.place_kind(words[0]) is None


def _body_marked(name: str) -> bool:
    """A name that bears a body's mark, which no person's name bears: an ampersand ("Marks &
    Sons", "PS&D"), a word of firms' names (organizations.json `company_words`: "Nordvik
    Cruise Line", "Keller Group", "Colin Frères", "Vernay SARL"), or a club's prefix in
    capitals before a capitalized word ("US Thionville", "AS Nancy"; "Us" alone may be a
    given name)."""
    if "&" in name:
        return True
    words = name.split()
    org = organizations._lex()
    if len(words) >= 2 and any(w.strip(".,") in org["company_words"] for w in words[1:]):
        return True
    return len(words) >= 2 and words[0] in org["club_prefixes"] and words[0].isupper() \
        and words[1][:1].isupper()


def _collectivity_name(name: str) -> bool:
    """A name the model read as one place that opens on the lower-case noun of a local
    authority and goes on with a capital ("la région Bourgogne", "la collectivité Corse"):
    the authority, named with its kind (place_types.json `collectivity_heads`)."""
    words = _ARTICLE_START.sub("", name).split()
    return len(words) >= 2 and words[0] in _lex()["collectivities"] and words[1][:1].isupper()


def _place_head_name(name: str) -> bool:
    """The name opens on a noun of places, geography or states ("Centre social", "Val de
    Moselle", "Empire britannique"), on a place a gazetteer knows ("Suisse alémanique") or on
    a title ("Procureur de la République de Nanterre"): no body's name."""
    words = [w for w in re.split(r"[\s'\u2019-]+", fold(name)) if w]
    while words and words[0] in ("la", "le", "les", "l"):
        words.pop(0)
    first = words[0] if words else ""
    lead = _ARTICLE_START.sub("", name).split()
    # "Suisse alémanique", "Bretagne intérieure": a known place qualified is a place
    known = bool(lead) and gazetteer.place_kind(lead[0]) is not None
    # "le Procureur de la République de Nanterre explique": a title, someone's, no body
    titled = bool(lead) and lexicon().title_of(lead[0].lower()) is not None
    return first in _place_head_words() or first in _lex()["geography"] or first in _place_acronyms() \
        or known or titled


@cache
def _place_acronyms() -> frozenset[str]:
    """Acronyms of kinds of places ("CHU de Nancy", "ZI Nord"), folded."""
    return frozenset(fold(w) for w in load_json("organizations.json")["place_acronyms"])


def _place_and_noun(name: str, nouns: frozenset[str]) -> bool:
    """A name of two words, a place the gazetteer knows (not a given name: "Florence") and a
    capitalized common noun: the way associations, agencies and councils are named ("Moselle
    Nature", "Vosges Habitat", "Toul-Nord Aménagement"); no one's given name and surname."""
    words = name.split()
    if len(words) != 2 or not nouns or not words[1].isalpha() or not words[1][:1].isupper():
        return False
    place = words[0]
    head, _, tail = place.partition("-")
    if tail and fold(tail) in _CARDINAL:
        place = head  # "Toul-Nord": a part of the town
    low = words[1].lower()  # a noun in the singular, as such names have it ("Nature", not "Blazers")
    return gazetteer.place_kind(place) is not None and not is_given_name(place) \
        and not is_given_name(words[1]) and (low in nouns or (low[:1] == "e" and any(
            acc + low[1:] in nouns for acc in "éèê")))


def decide_types(doc: Doc, cands: list[Candidate], nouns: frozenset[str] = frozenset(),
                 starts: dict[int, int] | None = None,
                 verbs: VerbLexicon = _NO_VERBS) -> list[Candidate]:
    """One type per name, from the evidence of all its mentions; `nouns` (the common nouns
    of the lemmatizer, `common_nouns`) tell a capitalized common noun from a name; `starts`
    is `_tok_at(doc)` when the caller has it."""
    lex = _lex()
    text = base.original_text(doc)
    starts = _tok_at(doc) if starts is None else starts
    _sport_complements(text, cands)
    groups: dict[str, list[Candidate]] = defaultdict(list)
    for c in cands:
        if c.label in NAMED:
            groups[fold(c.attrs.get("name") or "")].append(c)
    surnames = {k.split()[-1] for k, cs in groups.items()
                if " " in k and any(c.label == "person" for c in cs)}
    place_ends = {c.end for c in cands if c.label == "place"}
    place_starts = {c.start for c in cands if c.label == "place"}
    org_ends = {c.end for c in cands if c.label == "organization"}
    person_toks = {t.i for c in cands if c.label == "person" for t in _span_tokens(doc, c)}
    named_toks = {t.i for c in cands if c.label in NAMED for t in _span_tokens(doc, c)}
    person_starts = {starts[c.start] for c in cands if c.label == "person" and c.start in starts}
    person_spans = {(c.start, c.end) for c in cands if c.label == "person"}
    org_firsts = {fold(re.split(r"[\s-]", c.attrs["name"])[0]) for c in cands
                  if c.label == "organization" and re.search(r"[\s-]", c.attrs.get("name") or "")}
    person_words = {w for k, cs in groups.items() if " " in k and any(c.label == "person" for c in cs)
                    for w in k.split()}
    street_names = {fold(c.attrs["head_of"]) for c in cands if c.attrs.get("head_of")}
    out: list[Candidate] = []
    drop: set[int] = set()
    for key, cs in groups.items():
        if not key:
            continue
        name = cs[0].attrs["name"]
        labels = {c.label for c in cs}
        if key in surnames and " " not in key and labels <= {"place", "misc"} \
                and gazetteer.place_kind(name) is None and not any(c.attrs.get("head_of") for c in cs):
            for c in cs:  # "Slobodan Drenkovic ... Drenkovic a refusé": the surname alone, the
                c.label = "person"  # person's, which the model read as a place or a thing
            continue
        if any(c.attrs.get("civility") for c in cs) or key in surnames or any(
                c.attrs.get("why") in ("head", "team", "contracted", "title", "media title") for c in cs):
            continue  # a team in a match report is its club, whatever the gazetteer says; "au Monde"
        befores = []
        for c in cs:
            i = starts.get(c.start)
            befores.append(doc[i - 1].lower_ if i else "")
        by_prep = any(b in lex["preps"] for b in befores)
        # not the subject after a fronted phrase's comma: "À Paris, Bercy a démenti"
        coordinated = any(b in ("et", ",", "ou") and _place_before(doc, starts[c.start] - 1, place_ends)
                          and not (b == "," and _does(doc, starts[c.start], c.end))
                          for b, c in zip(befores, cs, strict=True) if c.start in starts)
        admin = any(b in _DE and starts.get(c.start, 0) >= 2
                    and doc[starts[c.start] - 2].lower_ in lex["admin"]
                    for b, c in zip(befores, cs, strict=True))
        # "ville Belfort", not "secrétaire d'État Antony Blinken": the head in lower case
        admin = admin or any((b in lex["admin"] or b in lex["rivers"]) and c.start in starts
                             and doc[starts[c.start] - 1].is_lower
                             for b, c in zip(befores, cs, strict=True)) or any(
            _LIEU_DIT.search(text, max(0, c.start - 14), c.start) for c in cs)
        # "les pays du G77": a numbered body is no territory, whatever the head before it
        admin = admin and not (labels == {"organization"} and any(ch.isdigit() for ch in name))
        complement = any(c.start in starts and _complement(doc, starts[c.start]) for c in cs)
        # a mention after a municipal title's "de" ("maire de", "conseillère municipale de")
        municipal = any(c.start in starts and _town_complement(doc, starts[c.start]) for c in cs)
        # a name after "maire de", or shaped as a town's, is a place no gazetteer need know
        town = "organization" not in labels and (toponym(name) or (" " not in key and municipal))
        # "arrivés à Vroncourt-en-l'Aire": a name shaped as a French place's after a preposition
        # of place, which the model read as a body in every mention, is that place (not a team)
        town = town or (labels == {"organization"} and all(c.source == "ner" for c in cs) and by_prep
                        and toponym(name) and not _team(doc, cs))
        kind = gazetteer.place_kind(name)
        one_word = " " not in key and "-" not in name
        # "la brigade de gendarmerie de Varcourt", "natif de Sauvelay": only a commune is named
        # there, whether or not the gazetteer knows it (never a given name, nor a surname of
        # someone named in full)
        town = town or (labels <= {"person", "misc"} and one_word and key not in person_words
                        and not is_given_name(name) and any(
                            c.start in starts and _located(doc, starts[c.start], "commune_bodies")
                            for c in cs))
        # "un automobiliste de Varcourt": a word the model calls a thing or a surname after the
        # "de" of a resident's noun is the village they live in (never written as a person's
        # name elsewhere: in a full name, after a civility or a title)
        town = town or ((labels <= {"misc", "person"} or (labels == {"organization"} and _village_shaped(key)
                                                          and all(c.source == "ner" for c in cs)))
                        and one_word and kind is None and key not in person_words
                        and not is_given_name(name) and any(
                            (i := starts.get(c.start, 0)) >= 2 and doc[i - 1].lower_ in _DE
                            and doc[i - 2].lower_ in lex["residents"] for c in cs)
                        and not _introduced(doc, cands, key))  # a scan of the document: last
        # "Varmécourt : la fête du pain", "passera par Dorvillers, Harmécourt et Gélaucourt": one
        # word shaped as a village's name that the model reads as a thing, where the text gives
        # it a place's evidence (a headline's head, a preposition of place, a noun's "de", a list)
        # (read as a person or a body, only where a preposition of place or a list places it:
        # "ira de Varmécourt à Dorvillers", not "Harmécourt : « ... »" nor "le fils de Harmécourt")
        town = town or (one_word and kind is None and _village_shaped(key)
                        and (labels == {"misc"} or (labels <= {"misc", "person", "organization"}
                                                    and all(c.source == "ner" for c in cs)))
                        and key not in person_words and not is_given_name(name)
                        and (by_prep or admin or (any if labels == {"misc"} else all)(
                            _village_evidence(doc, c, starts, place_ends, labels == {"misc"}) for c in cs))
                        and not _introduced(doc, cands, key))
        # "Vellevans : la fête du pain", "entre Ollans et Épinal", "un habitant de Beveuge",
        # "Achain (Doubs)": a commune only INSEE's list knows, whatever the model read it as,
        # where the text gives a place's evidence (in every mention read as a person or a body)
        vtown = kind is None and not any(c.label == "organization" and c.source != "ner" for c in cs) \
            and gazetteer.village(name) and key not in person_words \
            and not (one_word and (is_given_name(name) or _in_nouns(key, nouns))) \
            and not _team(doc, cs) \
            and (by_prep or admin or complement or coordinated
                 or (any if labels <= {"misc", "place"} else all)(
                     _village_mention(doc, c, starts, place_starts, place_ends, nouns) for c in cs)) \
            and not _introduced(doc, cands, key, False)
        town = town or vtown
        # "dans le Vairois", "dans toute la Ruppéquie": one word after "dans" and "le", "la" that
        # the model read as a place or a thing, no common noun, no given name nor surname of the
        # document, is a region or a town, a demonym's ending notwithstanding ("le Vairois")
        unarticled = _ARTICLE_START.sub("", name[:1].upper() + name[1:])
        bare = fold(unarticled)
        area = labels <= {"place", "misc"} and kind is None and bare.isalpha() and not name.isupper() \
            and bare not in person_words and not is_given_name(bare) and not _in_nouns(bare, nouns) \
            and bare not in lex["calendar"] and all(_in_an_area(doc, c, starts) for c in cs)
        if area and bare != key:
            n = len(name) - len(unarticled)
            for c in cs:  # "[la Ruppéquie]": the article is the sentence's, not the name's
                c.start += n
                c.attrs["name"] = name[n:]
            name, key = name[n:], bare
        town = town or area
        # "ont fui Pec et Djakovica": a one-word name the model took for a surname or a body, last of a
        # list after a place, in every mention, is one more place of the list (not the
        # subject's list: "Paris et Dupont ont signé")
        town = town or ((labels == {"person"} or (labels == {"organization"}
                                                          and all(c.source == "ner" for c in cs)))
                        and one_word and kind is None and key not in person_words
                        and not is_given_name(name) and _listed_after_places(doc, cs, starts, place_ends))
        # "par Xaronval, Ubexy et Hergugney": a word the model took for a thing or a surname,
        # between two places of a list in every mention, is one more place of it
        town = town or (labels <= {"misc", "person"} and one_word and kind is None
                        and key not in person_words and not is_given_name(name)
                        and _between_places(doc, cs, starts, place_ends, place_starts))
        # "centre de secours de Bruyères", "originaire de Percy": a town the model took for a
        # surname, never written with a first name in the document
        located = labels == {"person"} and " " not in key and key not in person_words and any(
            c.start in starts and _located(doc, starts[c.start]) for c in cs)
        poses = {doc[starts[c.start]].pos_ for c in cs if c.start in starts}
        # "Lyon, envoyé spécial" under a headline: the byline's town, no reporter's name (a
        # place the gazetteer or the model knows: "Morel, correspondant" may sign a piece)
        byline = labels <= {"person", "place", "misc"} and key not in person_words \
            and (kind is not None or "place" in labels) and not is_given_name(name) \
            and any(_byline_town(text, c, lex["byline_titles"]) for c in cs)
        # not after a title: "le chancelier Kohl", "le libraire Vautrin", whatever the tagger says
        if vtown or byline:
            new = "place"
        elif key in lex["calendar"] or (key in street_names and "person" in labels) \
                or _feast(doc, cs, starts) \
                or (one_word and "person" not in labels and _listed_nouns(doc, cs, starts, nouns)) or (
                one_word and (kind is None or (labels == {"person"} and kind not in gazetteer.STRONG
                                               and not by_prep)) and poses and poses <= _NOT_NAME_POS
                # "la commune de Rozières", "la maire de Varcourt Anne Roy", whatever the tagger
                # reads it as: a village's name
                and not ((admin or municipal) and labels <= {"place", "misc"})
                and not any(c.start in starts and _after_title(doc, starts[c.start]) for c in cs)) or (
                # "Honoré" may be someone
                one_word and kind is None and ("person" not in labels or not is_given_name(name))
                and _opening_participle(doc, cs, starts, verbs)) or (
                one_word and kind is None and labels == {"person"} and key not in person_words
                and not is_given_name(name) and _opening_noun(doc, cs, starts, nouns)):
            # "Lundi soir" at a sentence start; "côté Paul-Bert" for the rue Paul-Bert; "Hier à
            # 10 h", "Fermé depuis vendredi": an adverb, a participle is no name
            new = "misc"
        elif labels == {"person"} and (any(ch.isdigit() for ch in name) or _head_before(doc, cs, starts,
                                                                                     lex["work_heads"])):
            new = "misc"  # "la série Julie Lescaut"; "McDonnell Douglas MD-83": no name is numbered
        elif labels == {"person"} and _head_before(doc, cs, starts, lex["named_after"]):
            new = "misc"  # "l'école Jules-Ferry": a school named after a person
        elif labels <= {"person", "place"} and one_word and kind not in gazetteer.STRONG and not by_prep \
                and key not in person_words and _eponym(doc, cs, starts):
            new = "misc"  # "la maladie de Parkinson", "d'Alzheimer": a disease named after someone
        elif labels == {"person"} and one_word and all(_alone_on_line(doc, c) for c in cs):
            new = "misc"  # "Billard." on a line of its own: a rubric, not a person
        elif labels == {"person"} and (key in lex["deities"]
                                       or (one_word and _work_list(doc, cs, starts, named_toks))):
            new = "misc"  # "foudroyé par Zeus"; "connu pour Gladiator, Lincoln": a god, works
        elif labels == {"person"} and one_word and _after_plural_article(doc, cs, starts):
            new = "misc"  # "les Songhoï", "des Dupont": a people, a family, no one person
        elif "place" in labels and labels <= {"place", "misc"} and one_word and kind is None \
                and not town and not admin and _family_plural(doc, cs, starts, lex["family_nouns"]):
            new = "misc"  # "les Ravenet sont éleveurs", "les jumelles Ravenet": a family, no place
        elif labels == {"person"} and one_word and _common_noun(doc, cs, starts, nouns):
            new = "misc"  # "Inondations", "Chose singulière": a common noun in capitals
        elif labels == {"person"} and _head_before(doc, cs, starts, lex["media_heads"]) \
                and not _holder_after_body(doc, cs, starts):
            new = "organization"  # "la chaîne qatarie Al Jazeera"
        elif (labels == {"person"} and _published_by(doc, cs, starts)) or (
                labels <= {"person", "misc", "place"} and all(
                    _reference_publisher(text, c, person_spans, kind is not None)
                    for c in cs)):
            # "un roman publié chez Grasset", "- Paul Roy, Les Ombres, Fayard (2001)": the
            # publisher, whatever the model read it as (a town's name only before the town)
            new = "organization"
        elif labels == {"person"} and (fold(name.split()[0]) in lex["org_heads"] or _body_marked(name)):
            new = "organization"  # "Groupe Bel", "Nordvik Cruise Line", "PS&D", "US Thionville"
        elif labels == {"person"} and _place_and_noun(name, nouns) \
                and not any(c.attrs.get("civility") for c in cs):
            new = "organization"  # "Moselle Nature", "Toul-Nord Aménagement": a body of the place
        elif labels == {"person"} and one_word and key in _place_head_words():
            new = "misc"  # "Salle des fêtes : le chauffage ...": a venue's noun, capitalized
        elif labels == {"person"} and one_word and key in org_firsts and key not in person_words:
            new = "organization"  # "Thomson" where "Thomson-CSF" is named: the firm, for short
        elif labels == {"person"} and kind is None and one_word and name.isupper() and name.isalpha() \
                and len(name) >= 2 and not organizations.thing_acronym(doc, name) \
                and all(c.start in starts and starts[c.start] >= 1
                        and doc[starts[c.start] - 1].lower_ in organizations.DEFINITE_ANY for c in cs):
            new = "organization"  # "La FCPE regrette ...": an acronym after an article ("VGE" is a man)
        elif labels == {"person"} and one_word and organizations.thing_acronym(doc, name):
            new = "misc"  # "le RMI", "la TVA": a thing; "les élèves de CP": a class
        elif labels == {"person"} and _after_definite_article(doc, cs, starts, person_starts):
            # "le Het Nieuwsblad", "les Chicago Bulls": a body; "le Titanic": a thing
            new = "misc" if one_word else "organization"
        elif labels == {"person"} and any(w[:1].islower() and fold(w.split("-")[0]) not in lex["particles"]
                                          for w in _ELIDED.sub(r"\1' ", name).split()[1:]):
            new = "misc"  # "Exploit des Knicks": a headline, not a name
        elif labels <= {"place", "misc"} and kind is None and one_word and not (by_prep or admin or town) \
                and _conj_of_person(doc, cs, starts, person_toks):
            new = "person"  # "avec Paul Roy ou encore Lucas": one of a list of people
        elif labels <= {"place", "misc"} and kind not in gazetteer.STRONG and one_word \
                and not (by_prep or admin or town or complement) and _titled(doc, cs, starts):
            new = "person"  # "et d'Odile, conseillère municipale": a title in apposition
        elif labels == {"place"} and kind not in gazetteer.STRONG and all(
                c.start in starts and _event_name(doc, starts[c.start]) for c in cs):
            new = "misc"  # "la foire Sainte-Catherine", "le festival Vittel en fête": an event's name
        elif labels == {"place"} and kind not in gazetteer.STRONG and not (by_prep or complement) \
                and name.split()[0] not in lex["institutions"] and all(_quoted(text, c) for c in cs):
            new = "misc"  # "« Amélie » toujours en tête": a title in quotation marks, no place
        elif labels == {"place"} and kind not in gazetteer.STRONG and _team(doc, cs):
            new = "organization"  # "Lyon a battu Marseille": towns the gazetteer found, as teams
        elif _BRANCH.match(name):
            new = "organization"  # "UIMM-88", "FO-54": a body's branch in a département
        elif labels == {"place"} and kind is None and not (by_prep or admin or town) \
                and not gazetteer.village(name) and _listed_after_bodies(doc, cs, starts, org_ends):
            new = "organization"  # "les hommes du Mujao, du MNLA et d'Al-Qaïda": one more body
        elif labels == {"place"} and _sport_body(name):
            new = "organization"  # "le District des Vosges de football": a sport's body
        elif labels == {"place"} and kind is None and any(ch.isdigit() for ch in name) \
                and not all(c.attrs.get("why") == "numbered site" for c in cs) \
                and not any(_DATE_NAME.match(w) for w in name.split()):
            new = "misc"  # "Stade 2": places are not numbered, but the army's sites ("base aérienne 133")
        elif labels == {"place"} and kind is None and name.isupper() and name.isalpha() \
                and not any(c.start in starts and _village_dateline(doc, starts[c.start],
                                                                    starts[c.start] + 1, nouns) for c in cs):
            new = "organization"  # an acronym no gazetteer knows: "ESO" (not a village's dateline)
        elif labels == {"place"} and kind is None and _collectivity_name(name) and any(
                c.start in starts and _does(doc, starts[c.start], c.end) for c in cs):
            new = "organization"  # "la région Bourgogne a débloqué 80 000 euros": the collectivity acts
        elif labels == {"place"} and kind is None and not (by_prep or admin or town or complement
                                                           or coordinated) \
                and name[:1].isupper() and len(_ARTICLE_START.sub("", name).split()) >= 2 \
                and not _place_head_name(name) and any(
                    c.start in starts and _does(doc, starts[c.start], c.end) for c in cs):
            # "Le Samu des Vosges a pris en charge ...": a name of several words no gazetteer
            # knows that does something is a body (one word that acts may be a people, "les
            # Allemands", or a person the model misread); a given name of the table and one or
            # two capitalized words, no place's, is a person the model misread ("Aïcha Mbarek,
            # nommée maire de X, a présenté ...")
            new = "person" if _given_and_surname(name) else "organization"
        elif labels == {"place"} and kind is None and one_word and poses == {"NOUN"} and not (
                by_prep or admin or complement or coordinated or town) and _all_nouns(doc, cs, starts, nouns):
            new = "misc"  # "de l'Harmonie", "sous le contrôle de l'Equipement": a common noun in capitals
        elif labels <= {"place", "misc"} and kind not in gazetteer.STRONG and not by_prep \
                and _generic_place(name):
            new = "misc"  # "les services de la Ville", "l'État": a common noun, no place named
        elif "place" in labels and name.split()[0] in lex["institutions"]:
            new = "organization"  # "Maison Blanche", "Ville de Belfort"
        elif kind in gazetteer.STRONG or admin or town or (
                kind and (by_prep or coordinated or complement or located or "place" in labels)):
            new = "place"
        elif labels <= {"place", "misc"} and kind is None and one_word and not admin and (
                (_demonym(name) and not by_prep) or (_plural_people(doc, cs, starts) and not any(
                    b in lex["preps"] and b not in ("au", "aux") for b in befores))):
            drop.update(id(c) for c in cs if c.label == "place")
            continue
        else:
            continue
        if new == "person" and _body_marked(name):
            new = "organization"  # "la victoire de X et du PS&D": a body listed with a person
        if new == "organization" and organizations.thing_acronym(doc, name):
            new = "misc"  # "les lignes du RER", "la TVA": a thing, whatever the clue of a body
        for c in cs:
            if new in ("place", "organization") or c.label in ("person", "place") or (
                    c.label == "misc" and new == "person"):  # organizations are another layer's:
                # they are only ever turned into places here
                c.label = new
    for c in cands:
        if id(c) in drop:
            c.label = "misc"
        out.append(c)
    return out


@cache
def _place_head_words() -> frozenset[str]:
    """First words of the heads of places' names ("salle", "église", "rue", "ville")."""
    lex = _lex()
    return frozenset({fold(w) for w in lex["facility"]} | {fold(w) for w in lex["admin"] | lex["streets"]})


@cache
def _naming_heads() -> frozenset[str]:
    """Nouns that head the name of a body or a place ("club", "tribunal", "rue", "église",
    "ville"): a headline opening on one of them may name something."""
    org = organizations._lex()
    lex = _lex()
    words = set(org["bodies"] | org["heads"] | org["named_bodies"] | org["titles"] | org["ner_heads"])
    words |= {fold(h.split()[0]) for h in org["venues"]}
    words |= _place_head_words()
    words |= {fold(w.split()[0]) for w in lex["named_after"]}
    return frozenset(words)


def headline_nouns(doc: Doc, cands: list[Candidate], nouns: frozenset[str]) -> list[Candidate]:
    """A title line without a verb that opens on a common noun ("Carnet.", "Mobilisation
    générale à Bruyères.", "Incendies.") is a rubric or a headline: the model's organization
    or place that starts it names nothing, unless its first word heads the name of a body or
    a place ("Tribunal correctionnel d'Épinal.", "Rue des Écoles."; a head alone,
    "Théâtre.", names nothing) or a gazetteer knows it (a town named like a common noun
    only where the model read a place: "Grève à l'usine X." is a strike). A word alone on
    its line is a common noun when the lemmatizer's lexicon lists it or the tagger reads one
    ("Randonnée."). A common noun before a colon at the start of a line is a rubric whatever
    the line holds, and no person either ("Renseignements : X, président du club"), nor a
    town that bears that noun ("Rugby : Toulouse champion", "Police : ..."). A line
    is a title when text follows it; a signature on the last line is another rule's."""
    if not nouns:
        return cands
    text = base.original_text(doc)
    heads = _naming_heads()
    out = []
    for c in cands:
        name = c.attrs.get("name", "")
        # a rubric before a colon ("Décès : X, 91 ans ; ..."): one word, whatever follows it
        rubric = " " not in name and text[c.end : c.end + 3].lstrip(" ").startswith(":") \
            and not c.attrs.get("civility")
        if (c.label not in ("organization", "place") and not (c.label == "person" and rubric)) \
                or not _is_cap(text[c.start : c.start + 1]):
            out.append(c)
            continue
        a = text.rfind("\n", 0, c.start) + 1
        b = text.find("\n", c.end)
        b = len(text) if b < 0 else b
        if text[a : c.start].strip() or not (rubric or text[b:].strip()):
            out.append(c)
            continue
        span = doc.char_span(a, b, alignment_mode="expand")
        first = doc.char_span(c.start, c.start + 1, alignment_mode="expand")
        if span is None or first is None or not len(first):
            out.append(c)
            continue
        tok = first[0]
        word = tok.text if tok.is_title else ""
        kind = gazetteer.place_kind(c.attrs.get("name", ""))
        # a town named like a common noun counts only where the model read a place
        unknown = kind is None or (c.label == "organization" and kind not in gazetteer.STRONG) or (
            # a rubric's noun before its colon, though some town bears it: "Rugby : Toulouse champion"
            rubric and kind == "town" and tok.lower_ in nouns)
        one = " " not in name and "-" not in name  # a head alone names nothing: "Théâtre."
        if word and (rubric or not any(t.pos_ in ("VERB", "AUX") for t in span)) \
                and (_in_nouns(word.lower(), nouns) or (one and tok.pos_ == "NOUN")) \
                and (one or (fold(word) not in heads and fold(word).rstrip("sx") not in heads)) and unknown:
            continue  # "Carnet.", "Mobilisation générale", "Grève à l'usine X.": a headline's noun
        out.append(c)
    return out


def _noun_complement_after(doc: Doc, tok: Token) -> bool:
    """Right after the token, a complement that only a common noun takes: "de", "du", "des",
    "d'" and a lower-case noun, an article between or not ("Réunion du conseil", "Lot de
    consolation", "Tours de chauffe"); not "de son côté", "de nouveau" (a town does those)."""
    i = tok.i + 1
    if i >= len(doc) or doc[i].lower_ not in ("de", "d'", "d\u2019", "du", "des") \
            or not doc[i].text.islower():
        return False
    i += 1
    if i < len(doc) and doc[i].lower_ in ("la", "l'", "l\u2019", "les") and doc[i - 1].lower_ != "des":
        i += 1
    return i < len(doc) and doc[i].text.islower() and doc[i].is_alpha and doc[i].pos_ == "NOUN"


def common_noun_openers(doc: Doc, cands: list[Candidate], nouns: frozenset[str]) -> list[Candidate]:
    """A capitalized common noun that opens a headline or a sentence with no article, read as
    a place or a body because some town, island or body bears it ("Réunion", "Lot", "Tours",
    "Orange"), is the common noun when a complement of a noun follows it ("Réunion du conseil
    municipal", "Lot de consolation", "Tours de chauffe"), or, when no town alone bears it, a
    lower-case adjective ("Réunion publique à X"). Not before a colon or a comma ("Tours :",
    "Vienne, la capitale"), nor a name whose first word heads a body's ("Conseil de
    l'Europe")."""
    if not nouns:
        return cands
    out = []
    for c in cands:
        first = doc.char_span(c.start, c.start + 1, alignment_mode="expand")
        if c.label not in ("place", "organization") or c.attrs.get("civility") or first is None \
                or not len(first):
            out.append(c)
            continue
        tok = first[0]
        word = tok.lower_
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if not tok.is_title or nxt is None or not _opens(doc, tok.i) \
                or not _in_nouns(word, nouns) or (c.label == "organization" and (
                    fold(word) in _naming_heads() or fold(word).rstrip("sx") in _naming_heads())):
            out.append(c)
            continue
        kind = gazetteer.place_kind(tok.text)
        adjective = nxt.text.islower() and nxt.pos_ in ("ADJ", "VERB") and nxt.head.i == tok.i \
            and nxt.dep_ in ("amod", "acl") and kind != "town"
        if _noun_complement_after(doc, tok) or adjective:
            continue  # "Réunion du conseil municipal", "Lot de consolation pour X"
        out.append(c)
    return out


_PLACE_PREPOSITIONS = ("à", "en", "dans", "vers", "depuis", "via", "sur", "par", "pour", "chez")


def _lead_words(doc: Doc, i: int, end: int) -> int:
    """Words at token i before a place's name that are not part of it: "de", "du", "des"
    ("de Besançon", "de la Meuse"), after a sentence's first word when it is no name
    ("Natif des Forges de Méziré", "Originaire de Cholet"; a word of origin whatever its tag)."""
    j = i
    if doc[j].is_sent_start and (doc[j].pos_ in ("ADJ", "VERB", "ADV", "ADP")
                                 or doc[j].lower_ in _lex()["origin_words"]) and j + 1 < len(doc) \
            and doc[j + 1].lower_ in _DE:
        j += 1
    if j < len(doc) and doc[j].text in ("au", "aux"):
        j += 1  # "face au Havre": the article of "Le Havre", contracted
    elif j < len(doc) and doc[j].text.islower() and (
            doc[j].lower_ in _DE or doc[j].text in _PLACE_PREPOSITIONS):
        # "de la Meuse"; the model's span took the preposition: "passe à Nancy", "dans les Vosges"
        j += 1
        if j < len(doc) and doc[j].lower_ in _ARTICLES and doc[j].text.islower():
            j += 1
    if j == i or j >= len(doc) or doc[j].idx >= end or not _is_cap(doc[j].text):
        return 0
    return j - i


def place_adjectives(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """An adjective of geography or nationality right after a place is part of its name:
    "Europe occidentale", "Kabylie maritime", "Alpes françaises"."""
    text = base.original_text(doc)
    ends = {t.idx + len(t): t.i for t in doc}
    words = _lex()["place_adjectives"]
    taken = {(c.start, c.end) for c in cands if c.label in NAMED}
    for c in cands:
        i = ends.get(c.end)
        if c.label != "place" or c.attrs.get("why") == "head" or i is None or i + 1 >= len(doc):
            continue
        nxt = doc[i + 1]
        if nxt.lower_ not in words or not nxt.text.islower() or doc[i].whitespace_ != " ":
            continue
        end = nxt.idx + len(nxt)
        if any(base.overlaps(a, b, nxt.idx, end) for a, b in taken):
            continue
        c.end = end
        c.attrs["name"] = text[c.start : end]
    return cands


_IN_PLACE = ("en", "au", "aux", "à", "dans")


def places_in_events(doc: Doc, cands: list[Candidate],
                     starts: dict[int, int] | None = None) -> list[Candidate]:
    """An event the model named with its common noun ("la guerre en X", "le conflit au X",
    "la paix au Proche-Orient") names a place after its locative preposition: the capitalised
    name that ends the span is the place, the common noun before it names nothing. Only when
    the span opens on a lower-case noun (after an article): an event's own name keeps its
    capital ("Jeux olympiques à X" is no common noun) and "de" is left alone ("la bataille de
    X" may name the event)."""
    text = base.original_text(doc)
    starts = _tok_at(doc) if starts is None else starts
    for c in cands:
        if c.label != "misc" or c.start not in starts:
            continue
        i = starts[c.start]
        if doc[i].lower_ in _ARTICLES:
            i += 1
        if i >= len(doc) or doc[i].idx >= c.end or doc[i].pos_ != "NOUN" or not doc[i].text.islower():
            continue
        j = i + 1
        while j < len(doc) and doc[j].idx < c.end and doc[j].lower_ not in _IN_PLACE:
            j += 1
        k = j + 1
        if k < len(doc) and doc[k].lower_ in _ARTICLES and doc[k].text.islower():
            k += 1  # "dans les Balkans"
        if j >= len(doc) or k >= len(doc) or doc[k].idx >= c.end or not _is_cap(doc[k].text):
            continue
        if any(not (_is_cap(t.text) or t.text in ("-", "'", "\u2019") or t.lower_ in _DE)
               for t in doc[k:] if t.idx < c.end):
            continue
        c.label, c.start = "place", doc[k].idx
        c.attrs = {"name": text[c.start : c.end]}
    return cands


# "procureur de la République de X", "la procureure adjointe de la République d'X": the
# prosecutor of the court of X (the court's town, no state of that name)
_PROSECUTOR_SEAT = re.compile(
    r"\b(?:vice-)?(?:procureure?s?|substituts?)(?:\s+(?:générale?|adjointe?s?))?\s+de\s+la\s+"
    r"République\s+(?:de\s+(?:l['\u2019]|la\s+)?|d['\u2019]\s*)(?=(?-i:[A-ZÀ-Ý]))", re.IGNORECASE)


def _prosecutor_seat(text: str, c: Candidate) -> int | None:
    """Where the town starts in a place or body that holds or follows "procureur de la
    République de X" (the tagger's span may hold the title or only "République de X")."""
    if "République" not in text[c.start : c.end]:
        return None
    for m in _PROSECUTOR_SEAT.finditer(text, max(0, c.start - 50), c.end):
        if text.find("République", m.start()) >= c.start and m.end() < c.end:
            return m.end()
    return None


def _origin_place(doc: Doc, c: Candidate, k: int, text: str) -> None:
    """A sentence's word of origin, its "de" and a name, read as one person or thing
    ("Originaires de Varcourt, les deux frères ...", "Native de Sauvelay, elle ..."): the
    name is a place (a commune, a region, a country), the word of origin no part of it."""
    if c.label == "person" and is_given_name(doc[k].text) and " " in text[c.start : c.end]:
        return  # someone named in full
    if _origin(doc, k) and (doc[k - 2].is_sent_start or c.label == "misc") and _is_cap(doc[k].text):
        j = k  # "Natifs de Marvelay, ils ...": the name alone, read as someone or something
    elif not doc[k].is_sent_start or doc[k].lower_ not in _lex()["origin_words"] \
            or k + 2 >= len(doc) or doc[k + 1].lower_ not in _DE:
        return
    else:
        j = k + 2
        if doc[j].lower_ in _ARTICLES and doc[j].text.islower():
            j += 1
    toks = [t for t in doc[j:] if t.idx < c.end]
    if not toks or toks[-1].idx + len(toks[-1]) != c.end or len(toks) > 6 or not _is_cap(toks[0].text) \
            or any(not (_is_cap(t.text) or t.text in ("-", "'", "\u2019") or t.lower_ in _DE + _ARTICLES
                        or t.lower_ in ("sur", "lès", "lez", "en", "sous", "et"))
                   for t in toks):
        return
    c.label, c.start = "place", toks[0].idx
    c.attrs = {"name": text[c.start : c.end]}


def _trade_of_town(doc: Doc, i: int, c: Candidate, cands: list[Candidate]) -> bool:
    """The place c opens on token i, a person's title or trade in lower case (the roles'
    table), then "de" and a town the gazetteer knows and the document never gives as a
    person's name: "boulangère de Varcourt", "notaire de Varcourt" as a headline. Not a
    street or a building ("rue de Metz" is one name), nor a title whose complement is mostly
    a person ("avocat de ...")."""
    lex = _lex()
    if i + 2 >= len(doc) or not doc[i].text.islower() or not doc[i].is_alpha \
            or lexicon().title_of(doc[i].lower_) is None \
            or doc[i + 1].lower_ not in ("de", "d'", "d\u2019") or not doc[i + 1].text.islower():
        return False
    if doc[i].lower_ in lex["family_nouns"] or doc[i].lower_ in lex["person_complement_titles"]:
        return False
    rest = base.original_text(doc)[doc[i + 2].idx : c.end]
    return _is_cap(rest) and gazetteer.place_kind(rest) is not None \
        and not _introduced(doc, cands, fold(rest))


def trim_places(doc: Doc, cands: list[Candidate], starts: dict[int, int] | None = None) -> list[Candidate]:
    """A place name starts at its name: not at a sentence's "A" ("A Belgrade,") nor at an
    administrative head ("état de New-York" is New-York); at a capitalized article inside
    the sentence, which is part of it ("à La Bresse", "près du Thillot" stays "Thillot"); a
    sentence's word of origin alone ("Originaires du Jura") is no place."""
    text = base.original_text(doc)
    admin = _lex()["admin"]
    starts = _tok_at(doc) if starts is None else starts
    drop: set[int] = set()
    for c in cands:
        if c.label in ("person", "misc") and c.start in starts:
            _origin_place(doc, c, starts[c.start], text)
        elif c.label in ("place", "organization") and (seat := _prosecutor_seat(text, c)):
            # "le procureur de la République de Vesoul": the court's town, no republic
            c.label, c.start = "place", seat
            c.attrs = {"name": text[c.start : c.end]}
        if c.label != "place" or c.start not in starts:
            continue
        k = starts[c.start]
        if doc[k].lower_ in _lex()["origin_words"] and doc[k].idx + len(doc[k]) == c.end:
            drop.add(id(c))  # "Originaires du Jura": the word of origin alone names nothing
            continue
        lead = _LIEU_DIT_LEAD.match(text, c.start, c.end)
        if lead and lead.end() in starts and _is_cap(text[lead.end() : lead.end() + 1]):
            c.start = lead.end()  # "lieudit le Haut-Bois": the locality is "Haut-Bois"
            c.attrs["name"] = text[c.start : c.end]
        i = starts[c.start]
        j = i
        if doc[i].text in ("A", "À", "En", "Au") and i + 1 < len(doc) and doc[i + 1].idx < c.end:
            j = i + 1
        elif lead := _lead_words(doc, i, c.end):
            j = i + lead
        elif doc[i].lower_ in admin and doc[i].text.islower() and i + 1 < len(doc) \
                and doc[i + 1].lower_ in _DE:
            j = i + 2
            if j < len(doc) and doc[j].lower_ in _ARTICLES and doc[j].text.islower():
                j += 1
        elif _trade_of_town(doc, i, c, cands):
            j = i + 2  # "[boulangère de Varcourt]": the model took the trade into the town's name
        elif _apposed_region(doc, i, c, text):
            j = i + 1  # "la région Occitanie": the region's own name, its kind no part of it
        if j > i and j < len(doc) and doc[j].idx < c.end and _is_cap(doc[j].text):
            c.start = doc[j].idx
            c.attrs["name"] = text[c.start : c.end]
        elif j == i and i >= 2 and doc[i - 1].text in ("La", "Le", "Les", "L'", "L\u2019") \
                and not doc[i - 1].is_sent_start and not doc[i - 2].is_punct and not doc[i - 2].is_space \
                and not doc[i - 2].text[:1].isupper():
            c.start = doc[i - 1].idx  # "à La Bresse", "au Val-d'Ajol": a capital inside the sentence
            c.attrs["name"] = text[c.start : c.end]  # makes the article part of the town's name
    return [c for c in cands if id(c) not in drop]


def _apposed_region(doc: Doc, i: int, c: Candidate, text: str) -> bool:
    """Token i is the lower-case noun of a local authority (`collectivity_heads`: "région")
    that the model took into the place's name, the name in apposition right after it ("la
    région Occitanie", "dans la région Nouvelle-Aquitaine"), a name the gazetteer knows alone as a
    region: the place is that name, as "le canton de Charmes" names Charmes. A name that is no
    region alone keeps its noun ("la région Centre"), and so does the authority that acts, a
    body for `decide_types` ("la région Occitanie finance le projet")."""
    if not (doc[i].text.islower() and doc[i].lower_ in _lex()["collectivities"]) or i + 1 >= len(doc) \
            or not _is_cap(doc[i + 1].text) or doc[i].whitespace_ != " " or _does(doc, i, c.end):
        return False
    return gazetteer.place_kind(text[doc[i + 1].idx : c.end], gazetteer.STRONG) == "subdivision"


def town_pairs(doc: Doc, cands: list[Candidate], starts: dict[int, int] | None = None) -> list[Candidate]:
    """"dans le sens Vichy-Montluçon", "la guerre Iran-Irak": two towns or two countries the
    gazetteer knows, joined by a hyphen into a name it does not know right after a common
    noun (the route, the line, the war between them), are the two places. Not a region named
    by two ("l'Alsace-Lorraine": no noun before), nor in a match report, where
    "Golbey-Épinal" is a game."""
    text = base.original_text(doc)
    if not any(c.label == "place" and "-" in c.attrs.get("name", "") for c in cands):
        return cands
    starts = _tok_at(doc) if starts is None else starts
    out: list[Candidate] = []
    for c in cands:
        name = c.attrs.get("name", "")
        i = starts.get(c.start)
        if c.label != "place" or "-" not in name or " " in name or i is None or i == 0 \
                or not (doc[i - 1].pos_ == "NOUN" and doc[i - 1].is_lower) \
                or gazetteer.place_kind(name) or toponym(name):
            out.append(c)
            continue
        cut = _pair_cut(name)
        if cut is None or organizations.is_sports_report(doc):
            out.append(c)
            continue
        for a, b in ((c.start, c.start + cut), (c.start + cut + 1, c.end)):
            out.append(Candidate("place", a, b, c.source, {"name": text[a:b], "why": "pair"}))
    return out


def _pair_cut(name: str) -> int | None:
    """Where a hyphen cuts `name` into two places the gazetteer knows ("Épinal-Remiremont",
    "Bar-le-Duc-Nancy"), or None."""
    at = name.find("-")
    while at > 0:
        left, right = name[:at], name[at + 1 :]
        kind = gazetteer.place_kind(left)
        if _is_cap(left) and _is_cap(right) and kind in ("town", "country") \
                and gazetteer.place_kind(right) == kind and all(len(p) > 3 for p in (left, right)):
            return at
        at = name.find("-", at + 1)
    return None


def names_cut_short(doc: Doc, cands: list[Candidate],
                    nouns: frozenset[str] = frozenset()) -> list[Candidate]:
    """A name the model cut short where the document names it whole: "le Trail" + " des lacs"
    in a headline is the "Trail des lacs" of the article, when the words after the short
    name are those of the longer name found elsewhere (any type but a person's); the short
    one takes the longer one's span and type."""
    text = base.original_text(doc)
    longer: dict[str, Candidate] = {}
    for c in cands:
        bare = _ARTICLE_START.sub("", c.attrs.get("name", "")).strip()
        if c.label in ("organization", "place", "misc") and " " in bare:  # not "Le Monde"
            longer.setdefault(bare.casefold(), c)
    if not longer:
        return _contracted_articles(doc, cands)
    spans = [(c.start, c.end) for c in cands if c.label in NAMED]
    for c in cands:
        name = c.attrs.get("name", "")
        if c.label not in ("place", "misc", "organization") or c.attrs.get("why"):
            continue
        short = _ARTICLE_START.sub("", name).casefold()
        for full, other in longer.items():
            if other is c or not full.startswith(short + " ") or other.label == c.label == "misc":
                continue
            rest = full[len(short) :]
            end = c.end + len(rest)
            if text[c.end : end].casefold() != rest or (end < len(text) and text[end].isalnum()):
                continue
            if any(s < end and e > c.end for s, e in spans):
                continue  # another name stands in the words after
            c.end, c.label = end, other.label
            c.attrs["name"] = text[c.start : c.end]
            break
    return _contracted_articles(doc, _short_forms(doc, cands, longer, nouns))


def _contracted_articles(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """"accordé au Monde", "selon les chiffres du Parisien": a name after "au" or "du" whose
    article the contraction swallowed is the organization the document names with it ("Le
    Monde", "Le Parisien"), not a place."""
    with_article = {fold(c.attrs.get("name", ""))[3:]: c for c in cands if c.label == "organization"
                    and fold(c.attrs.get("name", "")).startswith("le ")}
    if not with_article:
        return cands
    text = base.original_text(doc)
    for c in cands:
        other = with_article.get(fold(c.attrs.get("name", "")))
        before = text[max(0, c.start - 4) : c.start].split()
        if other is not None and other is not c and c.label in ("place", "misc", "organization") and before \
                and before[-1].lower() in ("au", "du"):
            c.label, c.attrs["name"], c.attrs["why"] = "organization", other.attrs["name"], "contracted"
    return cands


def _short_forms(doc: Doc, cands: list[Candidate], longer: dict[str, Candidate],
                 nouns: frozenset[str]) -> list[Candidate]:
    """A capitalized common noun alone that is the first word of one name of the document, and
    of one only, is that name said short: "le Tour" of "le Tour de France", "l'Harmonie" of
    "l'Harmonie municipale", "l'Union" of "l'Union européenne" (not "le Parti" beside two
    parties); it takes that name and its type."""
    firsts: dict[str, set[str]] = defaultdict(set)
    by_name: dict[str, Candidate] = {}
    for full, other in longer.items():
        if other.label in ("organization", "misc"):
            firsts[full.split()[0]].add(full)
            by_name[full] = other
    for c in cands:
        name = _ARTICLE_START.sub("", c.attrs.get("name", ""))
        key = name.casefold()
        if c.label not in ("place", "misc", "organization") or " " in name or "-" in name \
                or not _is_cap(name) or len(firsts.get(key, ())) != 1 or c.attrs.get("civility") \
                or not _in_nouns(key, nouns):
            continue  # a person stays one: "Marchand" may be someone
        other = by_name[next(iter(firsts[key]))]
        c.label, c.attrs["name"] = other.label, other.attrs["name"]
    return cands


_THING_LEAD = re.compile(r"([A-ZÀ-Ý][\w’'-]*) +(?=[A-ZÀ-Ý])")


def things_after_people(cands: list[Candidate], text: str) -> list[Candidate]:
    """"Procès Ferrand :", "Affaire Morvan" in a headline, read as a body or a place: a thing
    named after a person whose full name the story gives ("Richard Ferrand") names that
    person; the noun of the thing is no part of the name. Without the full name ("Plan
    Vigipirate") the name is left as it is. Two such surnames joined by a hyphen ("Keller-Duval")
    are people too (`names.group_people` parts them)."""
    things = _things()
    lead = [(c, m) for c in cands if c.label in ("place", "organization", "misc")
            and (m := _THING_LEAD.match(text, c.start)) and m.end() < c.end and fold(m.group(1)) in things]
    pairs = [(c, m) for c in cands if c.label in ("place", "organization", "misc")
             and (m := _SURNAME_PAIR.fullmatch(text, c.start, c.end))]
    if not lead and not pairs:
        return cands
    tails = set()
    for c in cands:
        words = fold(c.attrs.get("name") or text[c.start:c.end]).split()
        if c.label == "person" and len(words) >= 2:
            tails.update(" ".join(words[k:]) for k in range(1, len(words)))
    for c, m in lead:
        rest = text[m.end():c.end]
        if fold(rest) in tails and len(rest.split()) <= 2:
            c.label, c.start, c.attrs = "person", m.end(), {"name": rest}
    for c, m in pairs:
        # "le tandem Keller-Duval" read as a place: the surnames of two people of the story
        if fold(m.group(1)) in tails and fold(m.group(2)) in tails:
            c.label, c.attrs = "person", {"name": text[c.start:c.end]}
    return cands


_SURNAME_PAIR = re.compile(r"([A-ZÀ-Ý][\w'\u2019]{2,})-([A-ZÀ-Ý][\w'\u2019]{2,})")


_RESIDENT_LEAD = re.compile(r"(?:(?:un|une|le|la|les|des|l['\u2019])\s*)?([a-zà-ÿ]+)\s+(?:de\s+|d['\u2019])"
                            r"(?=[A-ZÀ-Ý][\w'\u2019-]*$)", re.IGNORECASE)


def resident_tails(cands: list[Candidate], text: str) -> list[Candidate]:
    """"Un motocycliste de Varcourt" read whole as a thing: the resident's noun and its "de" are
    no part of the name; the word after them is the name, left to `decide_types` (which makes
    a village of it when nothing gives it as a person's name)."""
    residents = _lex()["residents"]
    for c in cands:
        if c.label != "misc":
            continue
        m = _RESIDENT_LEAD.match(text, c.start, c.end)
        if m and m.end() < c.end and m.group(1).lower() in residents:
            c.start, c.attrs = m.end(), {**c.attrs, "name": text[m.end():c.end]}
    return cands


@cache
def _things() -> frozenset[str]:
    return frozenset(fold(w) for w in load_json("entities.json")["named_by_things"])


_STATE_COMPLEMENT = re.compile(r"[ÉE]tat(?: [a-zà-ÿ-]+)+")


def state_complements(cands: list[Candidate], text: str) -> list[Candidate]:
    """"d'État" with no article is a noun's complement, no place ("les chefs d'État africains",
    "les emprunts d'État espagnols", "un coup d'État"): the model's place "État" with the
    adjective of the noun before it names nothing ("l'État malien", with its article, stays
    the state)."""
    return [c for c in cands if not (
        c.label in ("place", "misc") and c.start >= 2 and text[c.start - 2 : c.start] in ("d'", "d\u2019")
        and _STATE_COMPLEMENT.fullmatch(text, c.start, c.end))]


def revise(doc: Doc, cands: list[Candidate], nouns: frozenset[str] = frozenset(),
           verbs: VerbLexicon = _NO_VERBS) -> list[Candidate]:
    starts = _tok_at(doc)  # the tokens do not change between the steps
    text = base.original_text(doc)
    cands = resident_tails(things_after_people(state_complements(cands, text), text), text)
    cands = headline_nouns(doc, places_in_events(doc, cands, starts), nouns)
    cands = place_adjectives(doc, trim_places(doc, cands, starts))
    cands = nicknames(doc, given_names_split_off(doc, whole_person_names(doc, cands), starts))
    cands = names_joined_by_particle(cands, text)
    cands = people_by_title(doc, cands)
    cands = venue_towns(doc, facility_places(doc, cands, nouns))
    cands = common_streets(doc, cands)
    cands = towns_read_as_people(doc, gazetteer_places(doc, hyphen_halves(doc, cands), nouns), starts, nouns)
    cands = holders_after_their_town(doc, cands, starts)
    cands = names_cut_short(doc, town_pairs(doc, cands, starts), nouns)
    cands = organizations.cut_at_line_breaks(doc, decide_types(doc, cands, nouns, starts, verbs))
    cands = given_names_left_untagged(doc, people_after_time_words(doc, cands, starts), starts, nouns)
    cands = full_names_of_lone_people(doc, people_by_apposed_title(doc, cands, nouns, starts), nouns, starts)
    cands = common_noun_openers(doc, cands, nouns)
    cands = titled_people(doc, roads(doc, kicker_lines(doc, towns_in_lists(doc, cands))), starts)
    cands = bodies_in_lists(doc, cands, nouns)
    cands = places_in_plural_lists(doc, cands)
    organizations.national_tails(doc, cands, nouns)  # "le Storting norvégien" is the Storting
    named = _names_after_thing_nouns(doc, text, starts)  # one scan for the two steps below
    cands = things_by_their_noun(doc, heavenly_bodies(doc, one_type_per_name(cands), starts), starts, named)
    cands = bodies_named_as_things(doc, cands, starts, named)
    cands = countries_named_in_full(doc, places_naming_things(doc, cands, starts), starts)
    organizations.time_tails(doc, cands)  # "le Parlement précédent" is the Parlement
    organizations.parties_conferences(cands)  # "la COP21": a treaty's supreme body
    cands = organizations.not_bodies_in_references(doc, cands)  # "ISBN 2-9504418-3-7"
    cands = headings_read_by_the_body(event_towns(doc, sited_towns(doc, compass_bearings(cands, text))), text)
    return ranked_competitors(doc, cands)


_HEADING_MAX = 160  # a title line is short; a paragraph of one line is no heading
_INNER_END = re.compile(r"[.!?]\s+\S")


def _on_heading(text: str, start: int, end: int) -> bool:
    """The mention stands on a title line: a line of its own, short, with no sentence ended
    inside it, that more text follows ("Darnoville : trente ans de jumelage avec Velkirch")."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    if b < 0 or not text[b:].strip():
        return False
    line = text[a:b].strip()
    return len(line) <= _HEADING_MAX and not _INNER_END.search(line)


def headings_read_by_the_body(cands: list[Candidate], text: str) -> list[Candidate]:
    """A title line has no article, no preposition, no verb around its names: the model
    reads a town there as a person or a thing ("trente ans de jumelage avec Velkirch", "RN 57 :
    deux blessés") that the body, with its "à Velkirch", "sur la RN 57", reads as a place. A
    name whose mentions in the body all have one type, a place or an organization, takes it
    in the title lines too, where the model called it a person or a thing without any sign
    of a person (a civility, a title's apposition)."""
    groups: dict[str, list[Candidate]] = defaultdict(list)
    for c in cands:
        if c.label in NAMED and c.attrs.get("name"):
            groups[fold(c.attrs["name"])].append(c)
    for cs in groups.values():
        if len({c.label for c in cs}) < 2:
            continue
        heads = [c for c in cs if _on_heading(text, c.start, c.end)]
        ids = {id(c) for c in heads}
        body = {c.label for c in cs if id(c) not in ids}
        if len(body) != 1 or not heads:
            continue
        label = next(iter(body))
        if label not in ("place", "organization"):
            continue
        for c in heads:
            if c.label in ("person", "misc") and not c.attrs.get("civility"):
                c.label = label
    return cands


def _heads_alternation(key: str) -> str:
    """The heads of a place_types.json list as one regex alternation, longest first: each
    head's first letter in either case, its spaces any run of spaces, its apostrophe either
    one."""
    heads = sorted(load_json("place_types.json")[key], key=len, reverse=True)
    return "|".join(f"(?i:{re.escape(h[0])})"
                    + re.escape(h[1:]).replace("\\ ", r"\s+").replace("'", "['\u2019]") for h in heads)


def _named_otherwise(text: str, name: str, cands: list[Candidate]) -> bool:
    """The text uses `name` for a person or a body somewhere (a surname, a club named by its
    town)."""
    key = fold(name)
    return any(o.label in ("person", "organization") and fold(text[o.start : o.end]) == key for o in cands)


@cache
def _sited_re() -> re.Pattern[str]:
    """A head of place_types.json `sited_heads` opening a name (its first letter in either
    case), up to three lower-case words ("salle polyvalente", "camp de
    réfugiés") and the bare "de" before a capitalized name."""
    alt = _heads_alternation("sited_heads")
    return re.compile(rf"(?:{alt})s?(?:\s+(?:de\s+|d['\u2019])?[a-zà-ÿœ-]+){{0,3}}?\s+(?:de\s+|d['\u2019])"
                      rf"(?=[A-ZÀ-ÖØ-Þ])(?!(?:La|Le|Les|L['\u2019])\b)")


def sited_towns(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """An airport, a hall or a camp named after the town where it stands
    ("l'aéroport de Lorvillers", "la salle polyvalente de Sauvelay", place_types.json
    `sited_heads`) keeps its whole name, and the town closing it, one the gazetteer knows as
    a town (a département or a province as well included: "l'aéroport de Genève",
    `gazetteer.is_town`), is a place of the text too, nested in the building's name. Not when
    the text uses that name for a person or a body elsewhere (a surname, a club named by its town)."""
    text = base.original_text(doc)
    found: list[Candidate] = []
    for c in cands:
        if c.label not in ("place", "organization"):
            continue
        m = _sited_re().match(text, c.start, c.end)
        if m is None:
            continue
        name = text[m.end() : c.end]
        if not gazetteer.is_town(name) or any(o.start == m.end() and o.end == c.end for o in cands):
            continue
        if _named_otherwise(text, name, cands):
            continue
        found.append(Candidate("place", m.end(), c.end, "rules", {"name": name, "why": "sited_town"}))
    return cands + found if found else cands


@cache
def _held_event_re() -> re.Pattern[str]:
    """A head of place_types.json `held_event_heads` (its first letter in either case), up to
    three lower-case words or acronyms ("tournoi ATP", "jeux olympiques d'hiver") and the bare
    "de" before a capitalized name; the name runs to the end of the match's text."""
    alt = _heads_alternation("held_event_heads")
    return re.compile(rf"(?:{alt})s?(?:\s+(?:d['\u2019])?(?:[a-zà-ÿœ-]+|[A-Z]{{2,5}})){{0,3}}?"
                      rf"\s+(?:de\s+|d['\u2019])(?=[A-ZÀ-ÖØ-Þ])(?!(?:La|Le|Les|L['\u2019])\b)")


_TOWN_AFTER = re.compile(r"\s+(?:de\s+|d['\u2019])([A-ZÀ-ÖØ-Þ][\w'\u2019]*(?:-[\w'\u2019]+)*)")


def event_towns(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """An event named after the town that holds it ("les Jeux olympiques de Séoul", "le
    tournoi ATP de Lyon", "le Conseil européen de Nice", place_types.json `held_event_heads`):
    the town the gazetteer knows (a province as well included: "les Jeux olympiques de Turin",
    `gazetteer.is_town`) is a place of the text, where the games, the match or the
    summit took place, nested in the event's name or right after the model's shorter span
    ("Conseil européen" + "de Nice"). Not when the text uses that name for a person or a body
    elsewhere, nor treaties named after a town ("les accords de Lomé"), which are no event."""
    text = base.original_text(doc)
    found: list[Candidate] = []
    for c in cands:
        if c.label not in ("misc", "organization"):
            continue
        m = _held_event_re().match(text, c.start, c.end)
        if m is not None:
            start, end = m.end(), c.end
        elif (pm := _held_event_re().match(probe := text[c.start : c.end] + " de X")) is not None \
                and pm.end() == len(probe) - 1 and (t := _TOWN_AFTER.match(text, c.end)) is not None:
            start, end = t.start(1), t.end(1)  # "le Conseil européen" + "de Nice"
        else:
            continue
        name = text[start:end]
        if not gazetteer.is_town(name) or any(o.start == start and o.end == end for o in cands) \
                or any(o.start == start and o.end == end for o in found):
            continue
        if _named_otherwise(text, name, cands):
            continue
        found.append(Candidate("place", start, end, "rules", {"name": name, "why": "event_town"}))
    return cands + found if found else cands


@cache
def _celestial() -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    data = load_json("place_types.json")
    heads = frozenset(fold(w) for w in data["celestial_heads"])
    names = frozenset(fold(w) for w in data["celestial_names"])
    words = "|".join(sorted((re.escape(w) for w in data["celestial_heads"]), key=len, reverse=True))
    return heads, names, re.compile(rf"(?<![\w-])(?:{words})s?(?![\w-])", re.IGNORECASE)


_LA_TERRE = re.compile(r"(?:^|[\s'\u2019])la\s+$", re.IGNORECASE)


def _celestial_complement(doc: Doc, i: int, heads: frozenset[str]) -> bool:
    """The name at token `i` is the "de" complement of the noun of a heavenly body, the model's
    span left the noun out: "la constellation du Lion", "la constellation de la Balance"; not
    "système", whose complement is often a place's ("le système de santé de Lyon" aside, "le
    système de Lyon")."""
    j = i - 1
    if j >= 1 and doc[j].lower_ in ("la", "l'", "l\u2019") and doc[j - 1].lower_ == "de":
        j -= 1
    if j < 1 or doc[j].lower_ not in _DE:
        return False
    return doc[j - 1].is_lower and fold(doc[j - 1].text) in heads and doc[j - 1].lower_ != "système"


def heavenly_bodies(doc: Doc, cands: list[Candidate],
                    starts: dict[int, int] | None = None) -> list[Candidate]:
    """Stars, planets and constellations are no places: a name after the noun of a heavenly
    body or opening on it ("l'étoile Véga", "la constellation du Cygne"); "la Terre" with its
    capital; and the Sun, the Moon and the planets named alone in a text that speaks of
    heavenly bodies ("plus près de son étoile que Vénus"), not a venue named after one ("la
    salle Saturne"). They become misc."""
    places = [c for c in cands if c.label == "place"]
    if not places:
        return cands
    heads, names, head_re = _celestial()
    text = base.original_text(doc)
    starts = _tok_at(doc) if starts is None else starts
    spoken: bool | None = None
    for c in places:
        words = fold(text[c.start : c.end]).split()
        if words and words[0] in ("la", "le", "l'"):
            words = words[1:]
        if not words:
            continue
        i = starts.get(c.start)
        before = doc[i - 1] if i else None
        if words[0] in heads or (before is not None and before.is_lower and fold(before.text) in heads) \
                or (i is not None and _celestial_complement(doc, i, heads)):
            c.label = "misc"
            continue
        if len(words) != 1 or words[0] not in names:
            continue
        if words[0] == "terre" and (text[c.start : c.start + 3].lower() == "la "
                                    or _LA_TERRE.search(text[max(0, c.start - 4) : c.start])):
            c.label = "misc"  # "la Terre", its article in the name or before it
            continue
        if before is not None and before.pos_ in ("NOUN", "PROPN"):
            continue  # "la salle Saturne"
        if spoken is None:
            spoken = head_re.search(text) is not None
        if spoken:
            c.label = "misc"
    return cands


@cache
def _thing_heads() -> frozenset[str]:
    """The nouns of things (place_types.json thing_heads) and of heavenly bodies, folded."""
    return frozenset(fold(w) for w in load_json("place_types.json")["thing_heads"]) | _celestial()[0]


# heads of things whose name after them is often a maker's, an airline's or a scheme's
_SCAN_SKIPPED_HEADS = frozenset(("type", "appareil", "avion", "système", "satellite naturel", "amas"))
_STAR_LETTER = re.compile(r" [a-z]{1,2}$")
# capitalized words on one line, no full stop (a sentence ends there), "of" inside ("Duchess of Bantry")
_THING_NAME = r"[A-ZÀ-Ý][\w'\u2019-]*(?:[ \u00a0]+(?:of[ \u00a0]+)?[A-ZÀ-Ý][\w'\u2019-]*)*"


@cache
def _thing_noun_pattern() -> re.Pattern[str]:
    """A noun of a thing (`thing_heads`, `celestial_heads`) in lower case after a definite
    article, a demonstrative or "son", "sa", up to two lower-case words before the name (checked as
    adjectives on the parse), then a run of capitalized words (a comet's number before it:
    "la comète 12P/Velka"); or the noun capitalized
    opening a line, the name right after it ("Ouragan Gaëlle :")."""
    data = load_json("place_types.json")
    heads = [h for h in (*data["thing_heads"], *data["celestial_heads"]) if h not in _SCAN_SKIPPED_HEADS]
    alt = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    cap = "|".join(re.escape(h[:1].upper() + h[1:]) for h in sorted(heads, key=len, reverse=True))
    return re.compile(rf"(?:(?<![\w-])(?i:le|la|l['\u2019]|du|au|ce|cet|cette|son|sa)\s*(?:{alt})s?"
                      rf"((?:\s+[a-zà-ÿ-]+){{0,2}})|(?:^|\n)(?:{cap}))\s+(?:\d+[A-Z]/)?({_THING_NAME})",
                      re.MULTILINE)


def _names_after_thing_nouns(doc: Doc, text: str, starts: dict[int, int]) -> set[str]:
    """The folded names the text writes right after the noun of a thing with a definite
    article or a demonstrative ("le robot européen Kelvo", "la tempête Gaëlle", "l'étoile
    Velka"), or after the noun opening a headline ("Ouragan Gaëlle :"), whether or not the
    model read that mention as a name: the lower-case words between the noun and the name
    must be adjectives in the parse ("la tempête frappe Vernelle" names no storm)."""
    found: set[str] = set()
    for m in _thing_noun_pattern().finditer(text):
        between = m.group(1)
        if between and between.strip():
            pos = m.start(1)
            ok = True
            for w in re.finditer(r"\S+", between):
                i = starts.get(pos + w.start())
                if i is None or doc[i].pos_ not in ("ADJ", "X"):
                    ok = False
                    break
            if not ok:
                continue
        name = fold(m.group(2))
        found.add(name)
        found.add(_STAR_LETTER.sub("", name))  # "l'étoile Velka Bb" is Velka's
    return found


_ERA = re.compile(r"(?:après|avant)-(?=[A-ZÀ-Ý])", re.IGNORECASE)


def _before_adjectives(doc: Doc, j: int) -> int:
    """The token at `j` or before it, the lower-case adjectives ending there skipped ("une
    roquette artisanale", "le satellite européen"); -1 when nothing else is before them."""
    while j >= 0 and doc[j].pos_ in ("ADJ", "X") and doc[j].text.islower() and doc[j].is_alpha:
        j -= 1
    return j


def _thing_head_at(doc: Doc, j: int, heads: frozenset[str]) -> bool:
    """The token at `j`, lower-case adjectives before it skipped ("une roquette artisanale"),
    is the noun of a thing ("l'ouragan", "Ouragan" opening a headline, "de type")."""
    j = _before_adjectives(doc, j)
    return j >= 0 and fold(doc[j].text) in heads and (doc[j].text.islower() or doc[j].is_sent_start
                                                      or (j > 0 and "\n" in doc[j - 1].text))


def thing_people(cands: list[Candidate], text: str, named: set[str], nouns: frozenset[str]) -> None:
    """A name the text writes after the noun of a thing ("la sonde Kelvo", `named`) is that
    thing's where the model read it as a person with no civility ("Kelvo transmettra ses
    images"), and so is a person's span opening on the noun capitalized ("Sonde Kelvo" in a
    headline)."""
    for c in cands:
        if c.label != "person" or c.attrs.get("civility"):
            continue
        name = str(c.attrs.get("name") or text[c.start:c.end])
        first = name.split()[0]
        if fold(name) in named or (first[:1].isupper() and fold(first) in nouns and " " in name):
            c.label = "misc"


def things_by_their_noun(doc: Doc, cands: list[Candidate], starts: dict[int, int] | None = None,
                         named: set[str] | None = None) -> list[Candidate]:
    """A name the document gives once after the noun of a thing, a vehicle, a storm or a
    heavenly body ("l'ouragan Maelle", "le cargo Varnholm", "une roquette de type Zerkan",
    "l'étoile Kappa Orionis"), or that opens on such a noun ("Ouragan Maelle :" in a
    headline), names that thing in all its mentions: read alone elsewhere ("le passage de
    Maelle", "les tirs de Zerkan") it is no place either, nor is it with a star's letter
    ("Kappa Orionis B"). A country, a region the gazetteer knows stays a place ("le paquebot
    France" beside "la France"), and so does a name the document also writes after a
    preposition of place ("le sous-marin Brest" beside "arrivé à Brest"). The time after or
    before someone's rule ("l'après Mbarga", "l'après-Zoltani") is no place either.
    `named`: `_names_after_thing_nouns`, when the caller has it."""
    starts = _tok_at(doc) if starts is None else starts
    cands = counted_names(doc, cands, starts)
    text = base.original_text(doc)
    if named is None:
        named = _names_after_thing_nouns(doc, text, starts)
    nouns = _thing_heads()
    if named:
        thing_people(cands, text, named, nouns)
    places = [c for c in cands if c.label == "place"]
    if not places:
        return cands
    lex = _lex()
    for c in places:
        i = starts.get(c.start)
        # "l'après Mbarga", "l'après-Zoltani": the time after a man's rule, not a place
        era = _ERA.match(text, c.start) is not None or (
            i is not None and i >= 2 and doc[i - 1].lower_ in ("après", "avant")
            and doc[i - 2].lower_ in ("l'", "l\u2019"))
        if era and gazetteer.place_kind(_ERA.sub("", text[c.start:c.end])) not in gazetteer.STRONG:
            c.label = "misc"
    things: set[str] = set()
    for c in cands:
        if c.label not in NAMED or c.start not in starts:
            continue
        name = text[c.start:c.end]
        words = name.split()
        if len(words) >= 2 and fold(words[0]) in nouns and words[1][:1].isupper():
            things.add(fold(" ".join(words[1:])))  # "Ouragan Maelle", the model's span
        elif _thing_head_at(doc, starts[c.start] - 1, nouns):
            things.add(fold(name))
    things |= named
    if not things:
        return cands
    # "le sous-marin Brest" beside "arrivé à Brest": the town is named too
    things -= {fold(str(c.attrs.get("name") or text[c.start:c.end])) for c in places
               if starts.get(c.start) and doc[starts[c.start] - 1].lower_ in lex["preps"]}
    for c in places:
        name = str(c.attrs.get("name") or text[c.start:c.end])
        key = fold(name)
        lettered = re.sub(r" [a-z]$", "", key)
        first = name.split()[0]
        headed = first.islower() and fold(first) in nouns and " " in name  # "le cargo Varnholm"
        if (key in things or headed or lettered in things) \
                and gazetteer.place_kind(name) not in gazetteer.STRONG:
            c.label = "misc"
    return cands


# ", un herbicide", ", une sonde": an apposition of a thing counted by the indefinite article
_THING_APPOSITION = re.compile(r"\s*,\s*(?:un|une)\s+([^\W\d_][\w-]*)")


@cache
def _thing_apposition_heads() -> frozenset[str]:
    """Nouns of things, works and products that say, in apposition after a name with "un" or
    "une", that the name is that thing (place_types.json thing_heads, work_heads of works and
    vehicles, product_heads), folded; 'type' and the nouns that a maker's or a body's name
    takes in apposition ('marque', 'modèle', 'prix', 'contrat', 'opération') aside."""
    data = load_json("place_types.json")
    heads = set(data["thing_heads"]) | set(data["work_heads"]) | set(data["product_heads"])
    return frozenset(fold(w) for w in heads - set(data["thing_apposition_exceptions"]))


@cache
def _vehicle_heads() -> frozenset[str]:
    """The nouns of things (`_thing_heads`) but those of heavenly bodies and 'type'."""
    return _thing_heads() - _celestial()[0] - {"type"}


def _definite_thing_head(doc: Doc, j: int, heads: frozenset[str]) -> bool:
    """The token at `j`, lower-case adjectives before it skipped ("le satellite européen"),
    is a lower-case noun of a vehicle or an instrument after a definite article: one named
    thing ("le paquebot", "du satellite"), where "un avion Airbus" counts one made by a maker."""
    j = _before_adjectives(doc, j)
    return j >= 1 and doc[j].text.islower() and fold(doc[j].text) in heads \
        and doc[j - 1].lower_ in _DEFINITE


@cache
def _body_nouns() -> frozenset[str]:
    """The nouns of bodies that head a firm's, a club's or a channel's name (place_types.json
    media_heads: 'la société', 'le groupe', 'la chaîne'), with 'compagnie' and 'armateur'."""
    heads = load_json("place_types.json")["media_heads"]
    return frozenset(fold(w) for w in heads) | {"compagnie", "armateur"}


def bodies_named_as_things(doc: Doc, cands: list[Candidate], starts: dict[int, int] | None = None,
                           named: set[str] | None = None) -> list[Candidate]:
    """An organization that names a thing: a name the document writes right after the noun
    of a vehicle or an instrument with a definite article ("le paquebot Stella Borealis",
    "le satellite européen Orbeko", "le télescope Zéphyr"), or that it puts in apposition to
    a thing, a work or a product counted by "un", "une" ("Glyphex, un herbicide", "Kestrel,
    une sonde spatiale") is that thing (misc) in all its mentions, no body. A maker after
    the indefinite article ("un avion Airbus") and "de type" stay as they are. `named`:
    `_names_after_thing_nouns`, when the caller has it (left unchanged)."""
    orgs = [c for c in cands if c.label == "organization"]
    if not orgs:
        return cands
    starts = _tok_at(doc) if starts is None else starts
    text = base.original_text(doc)
    heads = _vehicle_heads()
    apposed = _thing_apposition_heads()
    keys = [fold(str(c.attrs.get("name") or text[c.start:c.end])) for c in orgs]
    things: set[str] = set()
    for c, key in zip(orgs, keys, strict=True):
        i = starts.get(c.start)
        after = _THING_APPOSITION.match(text, c.end)
        if (i is not None and _definite_thing_head(doc, i - 1, heads)) \
                or (after is not None and fold(after.group(1)) in apposed):
            things.add(key)
    if named is None:
        named = _names_after_thing_nouns(doc, text, starts)
    if named:  # "la compagnie Kelvo" beside "le navire Kelvo": the firm is named too
        bodies = _body_nouns()
        named = named - {key for c, key in zip(orgs, keys, strict=True)
                  if starts.get(c.start) and fold(doc[starts[c.start] - 1].text) in bodies}
        things |= named
    if not things:
        return cands
    for c, key in zip(orgs, keys, strict=True):
        if key in things:
            c.label = "misc"
    return cands


@cache
def _eponym_heads() -> frozenset[str]:
    return frozenset(fold(w) for w in load_json("place_types.json")["eponym_heads"])


def _after_eponym_head(doc: Doc, i: int, heads: frozenset[str]) -> bool:
    """The name at token `i` is the complement of the noun of an agreement, a round of talks or
    a disease ("le protocole de Velgrade", "la fièvre de Tarnovie"), lower-case adjectives
    between them skipped, the noun in lower case or opening a sentence or a line."""
    if i < 2 or doc[i - 1].lower_ not in _DE:
        return False
    j = i - 2
    while j > 0 and doc[j].pos_ == "ADJ" and doc[j].text.islower() and doc[j].is_alpha:
        j -= 1
    tok = doc[j]
    return fold(tok.text) in heads and (tok.text.islower() or tok.is_sent_start
                                        or (j > 0 and "\n" in doc[j - 1].text))


@cache
def _compass() -> tuple[frozenset[str], re.Pattern[str]]:
    """The folded points of the compass (place_types.json `compass_points`), and what ends
    the text right before one written as a bearing or a side of the world: a word of
    `bearing_words` ("vers le", "cap au", "en direction de l'") or a plural of `bloc_nouns`
    ("les pays du"), then its article."""
    lex = load_json("place_types.json")
    words = "|".join(re.escape(w) for w in [*lex["bearing_words"], *lex["bloc_nouns"]])
    article = r"(?:le|l['\u2019]|au|à\s+l['\u2019]|du|de\s+l['\u2019])"
    return (frozenset(fold(p) for p in lex["compass_points"]),
            re.compile(rf"(?<![\w-])(?i:{words})\s+{article}\s*$"))


_CAPE_BEARING = re.compile(r"(?i:cap)\s+(?:au|à\s+l['\u2019])\s*(\S+)$")


def compass_bearings(cands: list[Candidate], text: str) -> list[Candidate]:
    """A point of the compass is the bearing of a movement after "vers", "cap", "direction"
    ("la perturbation se décale vers le Nord-Est", "le cargo met le cap au Sud"), and a side of
    the world after a plural of countries ("les pays du Sud"): no place of the text in that
    mention; "dans le Sud-Ouest", "l'Ouest de la France" stay places."""
    points, before = _compass()

    def bearing(c: Candidate) -> bool:
        name = text[c.start : c.end]
        if fold(name) in points:
            return before.search(text, max(0, c.start - 40), c.start) is not None
        m = _CAPE_BEARING.match(name)  # the bearing read as a cape's name: "le cap au Nord-Ouest"
        return m is not None and fold(m.group(1)) in points

    drop = {id(c) for c in cands if c.label == "place" and bearing(c)}
    return [c for c in cands if id(c) not in drop] if drop else cands


def places_naming_things(doc: Doc, cands: list[Candidate],
                         starts: dict[int, int] | None = None) -> list[Candidate]:
    """A town lends its name to what was signed, launched or first found there: "le protocole
    de Velgrade", "le cycle de Lorvan", "la fièvre de Tarnovie" (place_types.json
    `eponym_heads`) name a treaty, a round of talks, a disease, not the town. A place name the
    document writes ONLY in that position, in all its mentions, is no place of the text
    (misc); written once after "à" or anywhere else it stays a place in all of them."""
    places = [c for c in cands if c.label == "place"]
    if not places:
        return cands
    starts = _tok_at(doc) if starts is None else starts
    heads = _eponym_heads()
    text = base.original_text(doc)
    by_name: dict[str, list[Candidate]] = defaultdict(list)
    for c in places:
        by_name[fold(str(c.attrs.get("name") or text[c.start : c.end]))].append(c)
    for key, cs in by_name.items():
        if any(starts.get(c.start) is None or not _after_eponym_head(doc, starts[c.start], heads)
               for c in cs):
            continue
        # the same name read as something else elsewhere ("à Velgrade" read by the model
        # as a person) keeps it a place: only a name every mention of which is so placed
        if any(c.label != "place" and fold(text[c.start : c.end]) == key for c in cands):
            continue
        for c in cs:
            c.label = "misc"
    return cands


def countries_named_in_full(doc: Doc, cands: list[Candidate],
                            starts: dict[int, int] | None = None) -> list[Candidate]:
    """A place the model cut after the common words that open a country's or a region's name
    ("pays de Galles" read as "Galles"): when the two or three words before it, with it, make a
    name the gazetteer knows as a country or a region and it alone is none, the place is that
    whole name. The words taken in belong to no other name and stay in the sentence."""
    starts = _tok_at(doc) if starts is None else starts
    text = base.original_text(doc)
    taken = [(c.start, c.end) for c in cands if c.label in NAMED]
    for c in cands:
        i = starts.get(c.start)
        if c.label != "place" or i is None or i < 2:
            continue
        if gazetteer.place_kind(text[c.start : c.end]) is not None:
            continue
        for k in (2, 3):
            j = i - k
            if j < 0 or any("\n" in t.text or t.is_punct for t in doc[j:i]):
                break
            if doc[j].is_sent_start is False and not doc[j].is_alpha:
                continue
            name = text[doc[j].idx : c.end]
            if gazetteer.place_kind(name, ("country", "subdivision")) is None:
                continue
            if any(base.overlaps(a, b, doc[j].idx, c.start) for a, b in taken):
                break
            c.start = doc[j].idx
            c.attrs["name"] = name
            break
    return cands


@cache
def _count_words() -> frozenset[str]:
    """Spelled-out numbers of two and more that count units ("deux", "quatre", "douze"),
    from models/figures/numbers.json, without the articles "un", "une" and the scales."""
    data = load_json("figures/numbers.json")
    skip = {"zéro", "zero", "un", "une", "million", "millions", "milliard", "milliards", "mille"}
    return frozenset(w for w in data["words"] if w not in skip)


# before a number, the articles of a date ("le 14 Juillet", "du 8 Mai") and of a set that has a
# name of its own ("les 27", "ces Vingt-Sept")
_DATE_OR_SET_OPENERS = frozenset(("le", "du", "au", "des", "les", "ces", "nos", "vos", "leurs"))


def _count_before(doc: Doc, i: int) -> bool:
    """Token i (a capitalized name's first) follows a number that counts it: digits under a
    thousand or a number word ("quatre Tucano", "12 Rafale"), itself after no name, no
    score's dash and no article of a date ("le 14 Juillet", "Vireloup 2 Sarvigny 1")."""
    if i < 1:
        return False
    num = doc[i - 1]
    if not (num.lower_ in _count_words() or (num.is_digit and 1 < int(num.text) < 1000)):
        return False
    if num.whitespace_ != " " or (num.is_digit and i + 1 < len(doc) and doc[i + 1].is_digit):
        return False
    prev = doc[i - 2] if i >= 2 else None
    return prev is None or not (prev.text[:1].isupper() or prev.text in ("-", "\u2013", ":")
                                or prev.lower_ in _DATE_OR_SET_OPENERS)


def counted_names(doc: Doc, cands: list[Candidate], starts: dict[int, int]) -> list[Candidate]:
    """A capitalized name the text counts ("quatre Tucano", "trois Rafale", "douze
    Caracal") names a make or a model, of which there are several units: no body (a body is
    one) and no place, in all its mentions ("le Tucano a décollé"), unless another mention
    is the subject of a verb (the maker that acts: "Airbus a livré ... quatre Airbus"), which
    stays a body there; a place the gazetteer knows and a month stay what they are."""
    counted: set[str] = set()
    units: list[Candidate] = []
    for c in cands:
        if c.label in ("organization", "place") and c.start in starts and _count_before(doc, starts[c.start]):
            name = str(c.attrs.get("name", ""))
            if name[:1].isupper() and gazetteer.place_kind(name) is None \
                    and fold(name) not in _lex()["calendar"]:
                counted.add(fold(name))
                units.append(c)
    if not counted:
        return cands
    named = [c for c in cands if c.label in ("organization", "place")
             and fold(str(c.attrs.get("name", ""))) in counted]
    # "Airbus a livré ... quatre Airbus": the maker that acts stays a body where it acts
    makers = {fold(str(c.attrs.get("name", ""))) for c in named
              if c not in units and c.start in starts and _does(doc, starts[c.start], c.end)}
    for c in named:
        if c in units or fold(str(c.attrs.get("name", ""))) not in makers:
            c.label = "misc"
    return cands


def titled_people(doc: Doc, cands: list[Candidate], starts: dict[int, int] | None = None) -> list[Candidate]:
    """A given name and one or two capitalized words, set off by commas right after a title
    ("La secrétaire du Cercle, Lise Sorel, s'est montrée confiante", "le ministre des Mines,
    Kwame Asante, a rétorqué"), name the title's holder, not a place or a body the model
    read there; not a name the gazetteer knows."""
    titles = lexicon()
    starts = _tok_at(doc) if starts is None else starts
    for c in cands:
        if c.label not in ("place", "organization", "misc"):
            continue
        words = str(c.attrs.get("name", "")).split()
        i = starts.get(c.start)
        if i is None or not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) \
                or not is_given_name(words[0].split("-")[0]) or gazetteer.place_kind(" ".join(words)) \
                or _body_marked(" ".join(words)):
            continue
        if i < 2 or doc[i - 1].text != "," or c.end >= len(base.original_text(doc)):
            continue
        k = i - 2  # back over the title's phrase to its noun: "secrétaire du Cercle"
        while k >= 0 and i - k <= 8 and doc[k].text not in (",", ".", ";", ":") \
                and doc[k].pos_ not in ("VERB", "AUX"):
            if doc[k].is_lower and titles.title_of(doc[k].text) is not None:
                c.label = "person"
                break
            k -= 1
    return cands


_ONE_OF = ("l'un", "l\u2019un", "l'une", "l\u2019une", "un", "une")
_ROLE_DETERMINERS = ("le", "la", "l'", "l\u2019", "son", "sa", "leur", "un", "une")


def _title_word(tok: Token) -> bool:
    """A lower-case word that is a person's title or job, singular or plural."""
    if not (tok.is_alpha or "-" in tok.text) or not tok.text.islower() \
            or tok.text in _firm_titles() or tok.text.rstrip("s") in _firm_titles():
        return False
    lex = lexicon()
    return lex.title_of(tok.text) is not None or (
        tok.text.endswith("s") and lex.title_of(tok.text[:-1]) is not None)


@cache
def _firm_titles() -> frozenset[str]:
    """Titles a firm or a body may bear too (models/roles/titles.json firm_titles): after
    them, a name stays what the model read."""
    return frozenset(load_json("roles/titles.json")["firm_titles"])


def _apposed_title(doc: Doc, i: int, j: int) -> bool:
    """The name of tokens i..j stands between commas next to a person's title: after it
    ("Le porte-parole du parti, [Somsak Wattana], a appelé") or before it ("[Kamal
    Haddad], l'un des négociateurs ..."; "[X], le porte-parole de ...")."""
    if j < len(doc) - 1 and doc[j].text == ",":
        k = j + 1
        if doc[k].lower_ in ("l'", "l\u2019") and k + 1 < len(doc) and doc[k + 1].lower_ in ("un", "une"):
            k += 1  # "l'" + "un des ..."
        if doc[k].lower_ in _ONE_OF and k + 1 < len(doc) and doc[k + 1].lower_ in ("des", "de"):
            k += 2
        elif doc[k].lower_ in _ROLE_DETERMINERS:
            k += 1
        while k < len(doc) - 1 and (doc[k].lower_ in _APPOSITION_LEADS
                                    or (doc[k].pos_ == "ADJ" and doc[k].text.islower())):
            k += 1
        if k < len(doc) and _title_word(doc[k]):
            return True
    if i >= 3 and doc[i - 1].text == "," and (j >= len(doc) or doc[j].text in (",", ".")
                                              or doc[j].pos_ in ("VERB", "AUX")):
        for k in range(i - 2, max(0, i - 10), -1):
            if doc[k].text in (",", ".", ";", ":", "\n") or doc[k].pos_ in ("VERB", "AUX"):
                return False
            if _title_word(doc[k]) and doc[k - 1].lower_ in _ROLE_DETERMINERS:
                return True
            if doc[k].is_sent_start:
                return False
    return False


def people_by_apposed_title(doc: Doc, cands: list[Candidate], nouns: frozenset[str] = frozenset(),
                            starts: dict[int, int] | None = None) -> list[Candidate]:
    """A name of two or three capitalized words the model read as a body, a place or a thing,
    between commas
    next to a person's title or job ("Le porte-parole du parti, Somsak Wattana, a
    appelé", "Kamal Haddad, l'un des négociateurs, a jugé"), is that person: a body has no
    title of its own. Not a name with a common noun, a place or an acronym in it, nor one
    the rules built (a body's head noun), nor with a mention elsewhere."""
    starts = _tok_at(doc) if starts is None else starts
    groups: dict[str, list[Candidate]] = defaultdict(list)
    for c in cands:
        if c.label in NAMED:
            groups[fold(str(c.attrs.get("name") or ""))].append(c)
    org_heads = _lex()["org_heads"]
    for key, cs in groups.items():
        if len(cs) != 1 or cs[0].label not in ("organization", "place", "misc") or cs[0].source != "ner":
            continue
        c = cs[0]
        words = str(c.attrs.get("name") or "").split()
        if not 2 <= len(words) <= 3 or key.split()[0] in org_heads or not all(
                p[:1].isupper() and p[1:].islower() and p.isalpha() for w in words for p in w.split("-")) \
                or (c.label != "organization" and gazetteer.place_kind(" ".join(words)) is not None) \
                or any(_in_nouns(part.lower(), nouns) or (
                    gazetteer.place_kind(part) is not None
                    # a place's or a thing's reading: a part the gazetteer knows counts only when
                    # the document names it alone too ("Ngozi" is a province, and a given name)
                    and (c.label == "organization" or fold(part) in groups))
                       for w in words for part in w.split("-")):
            continue
        i = starts.get(c.start)
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if i is None or span is None or not _apposed_title(doc, i, span.end):
            continue
        c.label = "person"
    return cands


def full_names_of_lone_people(doc: Doc, cands: list[Candidate], nouns: frozenset[str] = frozenset(),
                              starts: dict[int, int] | None = None) -> list[Candidate]:
    """One person, one entity: a name of two to four capitalized words the model read as a
    thing ("Vladimir Poutine a reçu Recep Tayyip Erdogan" + "Erdogan a salué ..."), which ends
    on a word the document names a person by, alone or after a civility ("M. Erdogan"),
    elsewhere, is that person's full name
    (news give the full name first, the surname after). Not a name whose other words are
    common nouns ("la Tour Eiffel", "Prix Goncourt"), nor one after a lower-case head ("le
    stade Pierre Mauroy"), in quotation marks or with a digit; `names.group_people` then joins
    the surname to it."""
    lone = {fold(str(c.attrs.get("name") or "")) for c in cands
            if c.label == "person"
            and re.fullmatch(r"[A-ZÀ-Ý][\w'\u2019-]+", str(c.attrs.get("name") or ""))}
    if not lone:
        return cands
    text = base.original_text(doc)
    starts = _tok_at(doc) if starts is None else starts
    for c in cands:
        name = str(c.attrs.get("name") or "")
        words = name.split()
        if c.label != "misc" or not 2 <= len(words) <= 4 or fold(words[-1]) not in lone \
                or any(ch.isdigit() for ch in name) or _quoted(text, c):
            continue
        firsts = [w for w in words[:-1] if fold(w) not in _lex()["particles"]]
        if not firsts or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in firsts) \
                or any(_in_nouns(fold(part), nouns) for w in firsts for part in w.split("-")
                       if not is_given_name(part)):
            continue
        i = starts.get(c.start)
        if i is None or (i >= 1 and doc[i - 1].is_lower and doc[i - 1].pos_ in ("NOUN", "ADJ")):
            continue  # "le stade Pierre Mauroy", "la série Julie Lescaut": named after someone
        c.label = "person"
    return cands


_LIST_SP = r"[ \u00a0]"  # a list stands on one line (no tab, unlike _SP)
_LIST_DE = (rf"(?:de{_LIST_SP}+la{_LIST_SP}+|de{_LIST_SP}+l['\u2019]|du{_LIST_SP}+|des{_LIST_SP}+"
            rf"|de{_LIST_SP}+|d['\u2019])")
_LIST_NAME = rf"[A-ZÀ-ÖØ-Ý][\w'\u2019-]*(?:{_LIST_SP}[A-ZÀ-ÖØ-Ý][\w'\u2019-]*)*"
_LIST_SEP = rf"(?:{_LIST_SP}*,{_LIST_SP}*(?:(?:et|ou){_LIST_SP}+)?|{_LIST_SP}+(?:et|ou){_LIST_SP}+)"
_PLURAL_LIST = re.compile(
    rf"(?:{_LIST_SP}+(?!(?:de|du|des|la|le|les|et|ou|en|à|au|aux)\b)[a-zà-ÿ][a-zà-ÿ-]*){{0,2}}?"
    rf"{_LIST_SP}+{_LIST_DE}(?P<first>{_LIST_NAME})"
    rf"(?P<rest>(?:{_LIST_SP}*,{_LIST_SP}*{_LIST_DE}?{_LIST_NAME})*?"
    rf"{_LIST_SP}*,?{_LIST_SP}+(?:et|ou){_LIST_SP}+{_LIST_DE}?{_LIST_NAME})")
_LIST_MEMBER = re.compile(rf"{_LIST_SEP}{_LIST_DE}?(?P<name>{_LIST_NAME})")


def places_in_plural_lists(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A plural noun followed by a list of names, each its complement ("les camps d'Arvel, de
    Kesso et de Mabru", "les jardins ouvriers de Vittel, Mirecourt et Charmes", "les provinces
    d'Ondrel, d'Ibrun et d'Osso", "les gares de Lyon-Perrache, de Dijon et de Mâcon"): the
    noun counts the things the names name, one each, so it is no part of the first name (a
    singular noun may be: "le lac de Vessy et de Lormont"), and where one member is a place,
    every member that the model read as a thing, or as a body of one word no other layer
    named, is one more place of the list (never one read as a person: a list of people one
    of whom the model took for a place stays a list of people)."""
    text = base.original_text(doc)
    for tok in doc:
        if tok.pos_ != "NOUN" or "Plur" not in tok.morph.get("Number") or not tok.is_alpha:
            continue
        m = _PLURAL_LIST.match(text, tok.idx + len(tok))
        if m is None:
            continue
        spans = [(m.start("first"), m.end("first"))]
        spans += [(mm.start("name") + m.start("rest"), mm.end("name") + m.start("rest"))
                  for mm in _LIST_MEMBER.finditer(m.group("rest"))]
        members: list[tuple[int, int, Candidate | None]] = []
        for s, e in spans:
            owner = next((c for c in cands if c.label in NAMED and c.end == e
                          and tok.idx <= c.start <= s), None)
            members.append((s, e, owner))
        if not any(c is not None and c.label == "place" and c.start == s for s, e, c in members):
            continue
        listed = {id(c) for _, _, c in members}
        for s, e, c in members:
            if c is None:
                continue
            name = text[s:e]
            if any(o.label in ("organization", "person") and id(o) not in listed
                   and fold(str(o.attrs.get("name", ""))) == fold(name) for o in cands):
                continue  # "Vermar, leader du secteur" elsewhere: the text's body
            if c.start < s:  # "[jardins ouvriers de Vittel]": the noun is the list's
                if c.label not in ("place", "organization"):
                    continue
                c.start = s
                c.attrs["name"] = name
                c.attrs.pop("head_of", None)
                c.label = "place"
                c.attrs["why"] = "plural list"
            elif c.label == "misc" or (c.label == "organization" and " " not in name
                                       and (c.attrs.get("why") == "compound"
                                            or (c.attrs.get("why") is None and c.source == "ner"))):
                # "de Lyon-Perrache": a town's compound, read as a body's name (never a
                # person: a list of people one of whom the model read as a place stays theirs)
                c.label = "place"
                c.attrs["why"] = "plural list"
    return cands


def one_type_per_name(cands: list[Candidate]) -> list[Candidate]:
    """A name the document shows to be a body in one mention is a body in all: the press
    release's "le GIP Vendée publie ..." and its closing heading "À propos du GIP
    Vendée", read alone as a place. Not a place the gazetteer knows (a town whose club the
    text names by the town), nor a seat of power ("le Kremlin a réagi" beside "les
    hôtes du Kremlin"), nor a name opening on a noun of places ("Centre des congrès")."""
    bodies = {fold(str(c.attrs.get("name", ""))) for c in cands if c.label == "organization"}
    if not bodies:
        return cands
    seats = organizations._lex()["seats"]
    for c in cands:
        if c.label != "place":
            continue
        name = str(c.attrs.get("name", ""))
        key = fold(name)
        if key in bodies and key not in seats and gazetteer.place_kind(name) is None \
                and not _place_head_name(name):
            c.label = "organization"
    return cands


def towns_in_lists(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A list of results gives each person's town in parentheses ("Paul Vannier (Arbecey).
    M. et Mme Yves Loiseau (Chargey)"): one word in parentheses right after a person's name is
    a place when another name of the document in that same position is one, whatever the
    model read it as (a person, a thing)."""
    text = base.original_text(doc)
    if text.count("(") < 2:
        return cands
    person_ends = {c.end for c in cands if c.label == "person"}

    def after_person(c: Candidate) -> bool:
        if text[c.start - 1 : c.start] != "(" or text[c.end : c.end + 1] != ")":
            return False
        before = text[: c.start - 1].rstrip(" ")
        return len(before) in person_ends

    listed = [c for c in cands if c.label in NAMED and after_person(c)]
    if not any(c.label == "place" for c in listed):
        return cands
    for c in listed:
        name = text[c.start : c.end]
        if c.label in ("person", "misc") and not c.attrs.get("civility") and " " not in name \
                and name[:1].isupper() and not name.isupper():
            c.label = "place"
            c.attrs["why"] = "listed town"
    return cands


@cache
def _list_gap() -> re.Pattern[str]:
    """What may stand between two names of one list: capitalized words the name was cut
    short of ("X Foundation"), a share in parentheses ("(25 %)"), a comma, "et", "ou", then
    the parallel "de", "du", an article, a kind of body ("du X, de Y et de la chaîne Z")."""
    heads = "|".join(sorted(_lex()["media_heads"], key=len, reverse=True))
    return re.compile(
        r"(?P<tail>(?: [A-ZÀ-ÖØ-Ý][a-zà-ÿ'\u2019-][\w'\u2019-]*){1,3})?"
        r"\s*(?:\(\s*\d+(?:[.,]\d+)?\s*%\s*\)\s*)?(?P<sep>,\s*(?:(?:et|ou)\s+)?|(?:et|ou)\s+)"
        r"(?:(?:de\s+la|de\s+l['\u2019]|du|des|de|d['\u2019]|la|le|les|l['\u2019])\s*)?"
        rf"(?:(?:{heads})\s+)?")


_COMPASS = ("nord", "sud", "est", "ouest")


def _name_lists(text: str, cands: list[Candidate]) -> list[list[tuple[Candidate, int]]]:
    """Runs of names joined as one list ("du X, de Y et de Z", "X (50 %), Y (25 %) et Z",
    "X ou l'Y"), each name with where its capitalized words end: a run counts only when it
    ends on "et" or "ou", as French lists do; commas alone may join clauses ("Selon X, Y a
    ...")."""
    named = sorted((c for c in cands if c.label in NAMED), key=lambda c: (c.start, -c.end))
    runs: list[list[tuple[Candidate, int]]] = []
    run: list[tuple[Candidate, int]] = []
    last_sep = ""
    for c in named:
        if run and c.start < run[-1][0].end:
            continue  # a name inside another
        m = _list_gap().fullmatch(text, run[-1][0].end, c.start) if run else None
        if m and "\n" not in m.group(0):
            run[-1] = (run[-1][0], m.end("tail") if m.group("tail") else run[-1][0].end)
            run.append((c, c.end))
            last_sep = m.group("sep").strip(" ,").lower()
            continue
        if len(run) >= 2 and last_sep in ("et", "ou"):
            runs.append(run)
        run, last_sep = [(c, c.end)], ""
    if len(run) >= 2 and last_sep in ("et", "ou"):
        runs.append(run)
    return runs


def bodies_in_lists(doc: Doc, cands: list[Candidate], nouns: frozenset[str]) -> list[Candidate]:
    """A name listed among bodies is a body ("avec le soutien du Monde, de Kirama et de
    Ouest Provence", "les idées du FNLT, du Morabit et d'Al-Qaïda", "Het Dagblatt ou l'Algemeen
    Kurant"): when the organizations are at least half of a list (two of them, or one of two
    names), the other names of it that are read as a person, a place or a thing take their
    type, unless something speaks for their own: a place the gazetteer knows or shaped as a
    town's, a person with a civility, a given name, a full name elsewhere in the document, a
    day or a month, a thing's acronym. A person's name of several words changes only when it
    ends on a common noun (`nouns`)."""
    text = base.original_text(doc)
    lex = _lex()
    things = organizations._lex()["thing_acronyms"]
    person_words = {w for c in cands if c.label == "person" and " " in str(c.attrs.get("name", ""))
                    for w in fold(str(c.attrs["name"])).split()}
    by_key: dict[str, list[Candidate]] = defaultdict(list)
    for c in cands:
        if c.label in NAMED:
            by_key[fold(str(c.attrs.get("name", "")))].append(c)

    def may_join(c: Candidate, size: int) -> bool:
        name = str(c.attrs.get("name", ""))
        key = fold(name)
        words = name.split()
        if not key or key in lex["calendar"] or name in things or not name[:1].isupper():
            return False
        # "le Crédit agricole et la Ville": a common noun in capitals names no body of its own
        # "les Peugeot 306 et les Renault Clio": a numbered name is a model, a thing
        if _generic_place(name) or (len(words) == 1 and _in_nouns(name.lower(), nouns)) \
                or any(ch.isdigit() for ch in name):
            return False
        mentions = by_key[key]
        if any(m.attrs.get("civility") or m.attrs.get("why") in ("head", "team", "contracted")
               for m in mentions):
            return False
        if any(m.label == "person" for m in mentions):
            if key in person_words or is_given_name(words[0]):
                return False
            # one word among three names or more; of several, one ending on a common noun
            # ("Vinci Construction"): "Orlane Berthevin et la CGT" is someone
            if (" " not in key and size < 3) or (" " in key and not _in_nouns(words[-1].lower(), nouns)):
                return False
        # "Ouest Provence" among newspapers: a point of the compass may open a title's name
        compass = len(words) >= 2 and fold(words[0]) in _COMPASS and gazetteer.place_kind(name) is None
        known = gazetteer.place_kind(name) is not None or toponym(name)
        return not (any(m.label == "place" for m in mentions)
                    and (known or (_place_head_name(name) and not compass)))

    spans = [(c.start, c.end) for c in cands]
    for run in _name_lists(text, cands):
        orgs = sum(c.label == "organization" for c, _ in run)
        if orgs < (1 if len(run) == 2 else 2) or 2 * orgs < len(run):
            continue
        for c, end in run:
            if c.label == "organization" or not may_join(c, len(run)):
                continue
            key = fold(str(c.attrs.get("name", "")))
            if end > c.end and not any(base.overlaps(a, b, c.end, end) for a, b in spans):
                # "Harold and Mary Brisket Foundation": the name's words cut off take part
                c.attrs["name"] = text[c.start : end]
                c.end = end
            for m in [c, *by_key[key]]:
                m.label = "organization"
                m.attrs["why"] = "listed body"
    return cands


_KICKER_SEGMENT = re.compile(r"^[^\W\d][\w'\u2019-]*(?: [\w'\u2019-]+){0,2}$")


def _kicker(line: str) -> bool:
    """A rubric line over a headline, its parts separated by slashes: "Football / National 3",
    "Molsheim / Industrie", "Handball / Proligue" (two to four parts of one to three words, no
    sentence punctuation)."""
    parts = [p.strip() for p in line.split(" / ")]
    return 2 <= len(parts) <= 4 and all(_KICKER_SEGMENT.match(p) for p in parts)


# a numbered road: "la RN 57", "la RD 955", "le CD 12", "la route départementale 46", "la
# nationale 4", "l'autoroute A31"
_ROAD = re.compile(r"\b(?:(?:RN|RD|CD) ?\d{1,4}|route (?:départementale|nationale|forestière) \d{1,4}"
                   r"|(?:départementale|nationale) \d{1,4}|autoroute A ?\d{1,3})\b")

_BEFORE_ROAD = re.compile(r"(?:\b(?:la|le|les|sur|de|du|par|à|au)\s+|l')$")  # an article or a preposition


def roads(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A numbered road is a place, named as written ("la RN 57", "la route départementale 46",
    "l'autoroute A31"), not a thing nor a body; after an article or a preposition only ("RN
    57" alone may be a list's code); "nationale 3" bare, in a sports report, is a level."""
    text = base.original_text(doc)
    if not any(w in text for w in ("RN", "RD", "CD", "départementale", "nationale", "autoroute")):
        return cands
    out = list(cands)
    for m in _ROAD.finditer(text):
        before = text[max(0, m.start() - 6) : m.start()].lower().replace("\u2019", "'")
        if not _BEFORE_ROAD.search(before):
            continue
        if m.group()[:1] in "dn" and not before.endswith("la ") and organizations.is_sports_report(doc):
            continue  # "classement de nationale 3" in a sports report: a championship's level
        over = [c for c in out if c.label in NAMED and base.overlaps(c.start, c.end, m.start(), m.end())]
        if any(c.label == "person" or c.start < m.start() - 10 for c in over):
            continue
        for c in over:
            out.remove(c)
        out.append(Candidate("place", m.start(), m.end(), "rules", {"name": m.group(), "why": "road"}))
    return out


# A competitor's line of a results list: a rank and its full stop (or the start of a line or
# a sentence), one to three capitalized words, then the gap to the winner ("à 3'12",
# "à l'51", "à 12\""), "m. t." (même temps), or a nationality code in brackets ("(Esp)",
# "(S)") before the gap or the end of the item.
_UP = "A-ZÀ-ÖØ-Ý"
_RESULT_NAME = rf"[{_UP}][\w'\u2019]+(?:-[{_UP}][\w'\u2019]+)*"
_RESULT_GAP = r"(?:à\s+(?:l\s?['\u2019]\s*)?\d+\s*(?:h\s*\d+\s*)?['\u2019\"]|m\.\s?t\.)"
_RESULT_CODE = rf"\([{_UP}][a-z]{{0,2}}\)"
_RESULT_LINE = re.compile(
    rf"(?:(?<=\d\.\s)|(?<=\d\.)|^)\s*({_RESULT_NAME}(?:\s+{_RESULT_NAME}){{0,2}})"
    rf"(?=\s*(?:{_RESULT_CODE}\s*)?{_RESULT_GAP}|\s*{_RESULT_CODE}\s*(?:[.;,]|$))",
    re.MULTILINE)
_RANK_BEFORE = re.compile(r"(?:^|[\s;:.,])\d{1,3}\.\s*$")
_HAS_GAP, _HAS_CODE = re.compile(_RESULT_GAP), re.compile(_RESULT_CODE)
_GAP_AFTER = re.compile(rf"\s*(?:{_RESULT_CODE}\s*)?{_RESULT_GAP}")


def ranked_competitors(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A name ranked in a results list is a competitor's, a person's: "15. Brunswald à 2'24",
    "8. Tessandier (Fra) à 12\"", "82. Quillévéré m. t.", "4. Peeters (Be)." (a rank, one to three
    capitalized words, then the gap to the winner, "m. t." or a nationality code in brackets).
    Without its rank, only before a gap ("Quillévéré à 7'16" opening a line). The model reads
    such a surname as a place or a thing (or not at all); a place the gazetteer knows, a
    sport's or a generic word, a body or a team read there stays what it is."""
    text = base.original_text(doc)
    if not _HAS_GAP.search(text) and not _HAS_CODE.search(text):
        return cands
    out, changed = list(cands), False
    for m in _RESULT_LINE.finditer(text):
        s, e = m.span(1)
        ranked = bool(_RANK_BEFORE.search(text[max(0, s - 6) : s]))
        if not ranked and not _GAP_AFTER.match(text, e, e + 40):
            continue  # no rank: only a gap tells a competitor
        k = s - 1
        while k >= 0 and text[k] == " ":
            k -= 1  # the last character before the name that is not a space
        if not ranked and s > 0 and (text[k] if k >= 0 else "") not in ("", "\n", ".", ";"):
            continue
        name = text[s:e]
        if gazetteer.place_kind(name) is not None or fold(name) in _lex()["rubric_words"]:
            continue
        same = [c for c in out if c.label in NAMED and c.start < e and s < c.end]
        if any(c.label == "organization" or c.attrs.get("why") in ("head", "team") for c in same):
            continue
        if any(c.label == "person" and c.start <= s and e <= c.end for c in same):
            continue
        out = [c for c in out if not (c.label in NAMED and c.start < e and s < c.end)]
        out.append(Candidate("person", s, e, "rules", {"name": name, "why": "ranked"}))
        changed = True
    if changed:
        out.sort(key=lambda c: (c.start, c.end))
    return out


def kicker_lines(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """The parts of a rubric line over a headline ("Molsheim / Industrie", "Handball /
    Proligue") name a theme, a sport, a division: no organization, place or event; a town the
    gazetteer knows stays a place (the dateline's: "Molsheim")."""
    text = base.original_text(doc)
    if " / " not in text:
        return cands
    out: list[Candidate] = []
    for c in cands:
        if c.label in ("organization", "place", "misc"):
            a = text.rfind("\n", 0, c.start) + 1
            b = text.find("\n", c.start)
            line = text[a : len(text) if b < 0 else b]
            name = c.attrs.get("name") or text[c.start : c.end]
            if b >= 0 and text[b:].strip() and _kicker(line.strip()) \
                    and not (c.label == "place" and gazetteer.place_kind(name)):
                continue
        out.append(c)
    return out


@Language.factory("factx_entity_types")
def make_entity_types_component(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    nouns = common_nouns(nlp)
    verbs = verb_lexicon(nlp)
    register_words(doc_vocab=nlp.vocab, verbs=verbs, nouns=nouns)

    def entity_types_component(doc: Doc) -> Doc:
        base.set_candidates(doc, revise(doc, base.get_candidates(doc), nouns, verbs))
        return doc

    return entity_types_component
