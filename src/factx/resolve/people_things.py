"""Names of people that name something else: a work, a house, a firm, a publisher.

News names many things after people, and the model reads the name as a person's. How the
text writes the name says what it is:

- a title in quotation marks ("le film « Jeanne Rival »", "« Delicatessen », de Jeunet"): a
  name that fills quotation marks everywhere the story writes it is a work's title; a
  nickname after "dit", "surnommé", "alias", "ce cher", "le petit" stays the person's, and
  so does a given name alone ("« Lucie »");
- "Saint" with a capital before a name, without a hyphen ("directeur artistique de Saint
  Laurent"): French writes the saint himself "saint Laurent"; with a capital the words name
  a house, a brand, a place, and "Laurent" is nobody;
- "Chez" with a capital inside a sentence ("la paillote Chez Francis", "le bistrot Chez
  Josette"): the name of a restaurant or a shop; "chez X, on ..." ("Chez Bic, on assure
  que ...") is the firm speaking, impersonally;
- a name the story also writes after the noun of a thing ("la tempête Ciaran ... Ciaran
  devrait s'éloigner", "le paquebot Jacques-Cartier ... Le Jacques-Cartier"): the thing
  (`work_heads` of models/place_types.json); after the noun of a body ("le groupe Bic"),
  the body (`media_heads`);
- a surname after the noun of a family or of several relatives ("la famille Pinault", "les
  époux Ténardier"; `family_nouns` of models/entities.json): a family, no one person; not a
  given name ("les frères Philippe et Laurent Dominati" are people);
- the "de" complement of a title of rank held over a land ("prince de Galles", "duc
  d'Édimbourg", "évêque de Nancy"; `territorial_titles` of models/entities.json): that land,
  a place;
- the "de" complement of an elected seat's noun ("le maire d'Oyarbide Garai", "la députée
  d'Ibar Berria"; `town_titles`, `seat_titles` of models/entities.json): the mayor's town, a
  place; the member's party or constituency, which the text does not tell apart (no type);
- a name opening on a foreign definite article ("Die Abendpost", "Het Avondnieuws";
  `foreign_articles` of models/entities.json): a paper's or a work's title (no type);
- a name opening on a possessive of the first or second person plural ("Notre-Dame"): no
  one's name;
- a name a lower-case article leads, or a town's name after one ("le ministre du Climat",
  "les Denver Falcons"; `_article_led`): French writes no article before a person's
  name, so a field, a team, a thing; not a particle ("Louise du Bois"), not after a noun of
  nationality, not when the story also writes the name as a person's without the article;
- a given name and a surname joined by a hyphen as one word ("les élèves de Jules-Romains",
  "devant Victor-Hugo"): French writes so the name of a school, a street, a square named
  after someone, never the person; not a double surname the story gives a person ("Sophie
  Martin-Reynaud", then "Martin-Reynaud"), nor a compound given name it gives one
  ("Jean-Claude Roux", then "Jean-Claude");
- a name in parentheses right after a title, alone or before a page count ("« Houris »
  (Gallimard)", "(Albin Michel, 180 p.)"): the publisher;
- a name right after the lower-case noun of a firm ("le cabinet Aquilon Études", "la
  maison Verlaine Enchères"; `firm_heads` of models/entities.json), or opening on such a noun
  capitalized or on a trade's noun in -erie ("chez Tannerie Leblond"): the firm.

Several cases go the other way (`_in_apposition`, `_surnames_left_out`, `_line_ups`): a name
set off by commas after a person's title or a noun of kinship, or given an age, is a person
whatever type the model gave it, and so are given names listed or joined by "et", a full
name after a noun of nationality, a surname the model left out after a given name, and the
surnames of a team's line-up. And two capitalized words joined by a hyphen after the noun of a
thing only people name ("les chartes Allègre-Royal", "le tandem Keller-Duval";
`named_by_two_people` of models/entities.json) are two people, whatever type the model gave
the whole, unless a word is a country or a region, both are towns, or one opens a body's
name. And a given name alone listed with people named by their given names ("les trois
sœurs, Léa, Manon et Chloé") is a person too, whatever type the model gave it.

Runs on the candidates before people are grouped (`resolve.entities.build_entities`); only
text around each candidate is read.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from itertools import pairwise

from factx import gazetteer
from factx.resolve.lexicon import lexicon
from factx.resolve.names import is_given_name
from factx.resources import load_json
from factx.types import Candidate
from factx.words import fold

__all__ = ["not_people"]

_SPACES = " \u00a0\u202f\t"
_OPEN_QUOTES = ("«", '"', "\u201c")
_CLOSE_QUOTES = ("»", '"', "\u201d")
_NICKNAME = re.compile(r"\b(?:dite?s?|surnommée?s?|alias|appelée?s?|ch[eè]re?|petite?|vieux|vieille)\s*$",
                       re.IGNORECASE)
_SAINT = re.compile(r"(?<![\w-])Saint(?:e)? $")
_CHEZ = re.compile(r"(?<![\w-])([Cc])hez $")
_ON = re.compile(r",\s*(?:l['\u2019])?on\b")
_PUBLISHER_AFTER = re.compile(r"\s*(?:\)|,\s*\d)")
_TITLE_BEFORE = re.compile(r"[«\"\u201c]([^«»\"\u201c\u201d]{1,80})[»\"\u201d]\s*\(\s*$")
_PAGES_AFTER = re.compile(r",\s*\d[\d\s\u00a0\u202f]*\s*(?:p\.|pages)")
_SENTENCE_END = (".", "!", "?", ":", "\n", "«", '"', "\u201c", "\u2014", "\u2013", "-", "(")


_TITLE_ARTICLE = re.compile(r"(?:Le|La|Les|L['\u2019])\s*$")


def _fills_quotes(text: str, c: Candidate) -> bool:
    """The mention is the whole of a quotation, but for a capitalized article ("« Delicatessen
    »", "« Le Comte de Monte-Cristo »"), not a nickname."""
    before = text[: c.start].rstrip(_SPACES)
    article = _TITLE_ARTICLE.search(before, max(0, len(before) - 5))
    if article is not None:
        before = before[: article.start()].rstrip(_SPACES)
    if not before.endswith(_OPEN_QUOTES) or not text[c.end :].lstrip(_SPACES).startswith(_CLOSE_QUOTES):
        return False
    return not _NICKNAME.search(before[-20:-1].rstrip(_SPACES) + " ")


def _in_work_title(text: str, c: Candidate) -> bool:
    """The mention stands inside a few words in quotation marks right after the noun of a work
    ("son documentaire « Sur les traces de Che Guevara »", "le film « La Liste de X »")."""
    opening = text.rfind("«", max(0, c.start - 60), c.start)
    closing = text.find("»", c.end, c.end + 60)
    if opening < 0 or closing < 0 or "»" in text[opening:c.start] or "«" in text[c.end:closing]:
        return False
    words = text[max(0, opening - 25) : opening].split()
    works, _ = _heads()
    return bool(words) and fold(words[-1].split("'")[-1].split("\u2019")[-1]) in works \
        and len(text[opening:closing].split()) <= 10


_TITLE_OPEN = re.compile(r"(?:Les?|La|L['\u2019]|Une?|Des)\b")
_DETERMINER_BEFORE = re.compile(r"(?<![\w-])(?:les?|la|l['\u2019]|du|des|aux?|une?)\s*$")


def _quotation_around(text: str, c: Candidate) -> tuple[int, int] | None:
    """(opening, closing) offsets of the quotation marks that hold the mention on its line, if
    any: « » and \u201c \u201d pairs, or straight quotes when an odd number opens the line before."""
    line_start = text.rfind("\n", 0, c.start) + 1
    line_end = text.find("\n", c.end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start : c.start], text[c.end : line_end]
    for op, cl in (("«", "»"), ("\u201c", "\u201d")):
        o, k = before.rfind(op), after.find(cl)
        if o >= 0 and k >= 0 and cl not in before[o:] and op not in after[:k]:
            return line_start + o, c.end + k
    if before.count('"') % 2 == 1 and '"' in after:
        return line_start + before.rfind('"'), c.end + after.find('"')
    return None


def _in_titled_quote(text: str, c: Candidate) -> bool:
    """The mention stands inside a few words in quotation marks shaped as the title or the
    nickname of a thing, not a sentence: the words open on a capitalized article ("l'auteur de
    « La Mare aux loups »", "la pièce « La Dame de chez Arnaud »"), or an article stands
    right before the quotation marks ("le « Cube d'eau »"); no punctuation inside (a spoken
    sentence), at most seven words."""
    span = _quotation_around(text, c)
    if span is None:
        return False
    inner = text[span[0] + 1 : span[1]].strip(_SPACES)
    if len(inner.split()) > 7 or any(ch in inner for ch in ",;:.!?\u2026"):
        return False
    return _TITLE_OPEN.match(inner) is not None \
        or _DETERMINER_BEFORE.search(text[max(0, span[0] - 6) : span[0]]) is not None


def _eponym_word(name: str) -> bool:
    """"Jules-Romains", "Jean-Moulin": one word, a given name, a hyphen and a surname."""
    parts = name.split("-")
    return " " not in name and len(parts) == 2 and all(p[:1].isupper() for p in parts) \
        and is_given_name(parts[0]) and not is_given_name(parts[1])


def _inside_sentence(text: str, at: int) -> bool:
    """A word at `at` does not open its sentence or line."""
    before = text[:at].rstrip(_SPACES)
    return bool(before) and not before.endswith(_SENTENCE_END)


def _relabel(c: Candidate, label: str, text: str, start: int | None = None) -> Candidate:
    start = c.start if start is None else start
    return Candidate(label, start, c.end, c.source, {"name": text[start : c.end], "why": "not_person"})


@cache
def _entity_words(key: str) -> frozenset[str]:
    """A word list of models/entities.json: family_nouns, territorial_titles, named_by_two_people,
    firm_heads, town_titles, seat_titles, foreign_articles."""
    return frozenset(load_json("entities.json")[key])


_POSSESSIVE_OPEN = frozenset(("notre", "nos", "votre", "vos"))
_OF_TITLE = re.compile(r"([\w-]+)\s+(?:de\s+|d['\u2019])$")


def _title_land(text: str, c: Candidate) -> bool:
    """The name is the land of a title of rank: "prince de Galles", "duc d'Édimbourg"."""
    title = _OF_TITLE.search(text, max(0, c.start - 24), c.start)
    return title is not None and title.group(1).lower() in _entity_words("territorial_titles")


_ARTICLE_OPEN = frozenset(("le", "la", "les", "l'", "l\u2019"))


def _seat_of(text: str, c: Candidate) -> str | None:
    """The name is the "de" complement of an elected seat's noun: no person, the seat's town
    after a mayor's title ("le maire d'Oyarbide Garai"; `town_titles` of
    models/entities.json), a party or a constituency after a member's ("la députée d'Ibar
    Berria"; `seat_titles`), which the text does not say (so no type). A particle surname
    read as one word ("le député de Vaunoise") or opening on an article ("de La Serve") may
    be the member himself: the member's title wants two words, no article, no given name."""
    title = _OF_TITLE.search(text, max(0, c.start - 24), c.start)
    if title is None:
        return None
    noun = title.group(1).lower()
    words = text[c.start : c.end].split()
    if not words or is_given_name(words[0]) or words[0].lower() in _ARTICLE_OPEN \
            or words[0].lower().startswith(("l'", "l\u2019")):
        return None
    if noun in _entity_words("town_titles"):
        return "place"
    if noun in _entity_words("seat_titles") and len(words) > 1:
        return "misc"
    return None


def _family(text: str, c: Candidate) -> bool:
    """The name is a surname after "la famille", "les époux" ...: a family."""
    name = text[c.start : c.end]
    words = text[max(0, c.start - 12) : c.start].split()
    if not words or words[-1].lower() not in _entity_words("family_nouns"):
        return False
    return " " not in name and not is_given_name(name)


@cache
def _heads() -> tuple[frozenset[str], frozenset[str]]:
    """(nouns of works, vehicles and events; nouns of bodies) that head a thing's name."""
    data = load_json("place_types.json")
    return frozenset(fold(w) for w in data["work_heads"]), frozenset(fold(w) for w in data["media_heads"])


@cache
def _named_thing() -> re.Pattern[str]:
    """The noun of a vehicle or a storm (place_types.json thing_heads) opening its sentence
    with its article (an adjective before or after it allowed) then a comma, or anywhere
    before a participle of naming: the name after it is the thing's ("une seconde tempête,
    Vivaldo,", "la tempête, baptisée Vivaldo", "le cargo baptisé Orlanne"); not after a
    preposition ("Dans la tempête, Paul a perdu son toit")."""
    heads = sorted(load_json("place_types.json")["thing_heads"], key=len, reverse=True)
    alt = "|".join(re.escape(h) for h in heads if h != "type")
    naming = r"(?:baptisée?|nommée?|surnommée?|prénommée?|appelée?)"
    opening = r"(?:^|[.!?:\n»]\s*)(?:une?|la|le|l'|l\u2019|cette|ce|cet)\s*"
    adjectives = r"(?:[a-zà-ÿ-]+\s+)?"
    return re.compile(rf"(?:{opening}{adjectives}(?:{alt})(?:\s+[a-zà-ÿ-]+)?\s*,\s*{naming}?"
                      rf"|\b(?:{alt})(?:\s+[a-zà-ÿ-]+)?(?:\s*,\s*|\s+){naming})\s*$", re.IGNORECASE)


@cache
def _named_site() -> re.Pattern[str]:
    """The noun of a site or a ground (`_ground_nouns`), perhaps one word after it, then a
    participle of naming ("le site prévu, baptisé ", "la nouvelle zone, baptisée ")."""
    alt = "|".join(re.escape(h) for h in sorted(_ground_nouns(), key=len, reverse=True))
    naming = r"(?:baptisée?|dénommée?|surnommée?|appelée?)"
    return re.compile(rf"\b(?:{alt})(?:\s+[a-zà-ÿ-]+)?(?:\s*,\s*|\s+){naming}\s*$", re.IGNORECASE)


def _apposed_to_site(text: str, c: Candidate) -> bool:
    """A one-word name after the noun of a site and a participle of naming ("à un kilomètre du
    site prévu, baptisé Morvanne", "la zone baptisée Bellerive,"), closed by a comma, a stop or
    a preposition: the site's name, a place; a given name ("le gymnase, baptisé Marcel") is
    left, a site named after someone is written in full."""
    name = text[c.start : c.end]
    if " " in name or "-" in name or is_given_name(name):
        return False
    if not re.match(r"\s*(?:[,.;:)]|$|par\b|en\b)", text[c.end : c.end + 6]):
        return False
    return _named_site().search(text[max(0, c.start - 60) : c.start]) is not None


def _apposed_to_thing(text: str, c: Candidate) -> bool:
    """A one-word name right after the noun of a vehicle or a storm and a comma or a
    participle of naming ("une seconde tempête, Vivaldo, a frappé", "la tempête, baptisée
    Vivaldo par les météorologues"), closed by a comma, a stop or a preposition: the thing's
    name, no person; a full name ("le navire, Paul Roux l'a acheté") is not read so."""
    name = text[c.start : c.end]
    if " " in name or "-" in name:
        return False
    if not re.match(r"\s*(?:[,.;:)]|par\b|en\b)", text[c.end : c.end + 6]):
        return False
    return _named_thing().search(text[max(0, c.start - 60) : c.start]) is not None


def _headed_names(text: str, cands: list[Candidate]) -> dict[str, str]:
    """{folded name: type} for the names the document writes after the noun of a thing or of a
    body, inside one name ("la tempête Ciaran" read as one miscellaneous name), or as a one-word
    name in apposition to a vehicle or a storm ("une seconde tempête, Vivaldo,")."""
    works, bodies = _heads()
    out: dict[str, str] = {}
    for c in cands:
        if c.label == "person" and not c.attrs.get("civility") and _apposed_to_thing(text, c):
            out.setdefault(fold(c.attrs.get("name") or text[c.start : c.end]), "misc")
            continue
        if c.label == "person" and not c.attrs.get("civility") and _apposed_to_site(text, c):
            out.setdefault(fold(c.attrs.get("name") or text[c.start : c.end]), "place")
            continue
        if c.label not in ("misc", "organization"):
            continue
        head, _, rest = text[c.start : c.end].partition(" ")
        if not head.islower() or not rest[:1].isupper():
            continue
        if fold(head) in works:
            out.setdefault(fold(rest), "misc")
        elif fold(head) in bodies:
            out.setdefault(fold(rest), "organization")
    return out


def not_people(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The candidates, with a person's name that names a thing given the thing's type."""
    people = [c for c in cands if c.label == "person" and not c.attrs.get("civility")]
    if not people:
        return _people_by_shape(text, _people_pairs(text, cands))
    by_name: dict[str, list[Candidate]] = defaultdict(list)
    for c in people:
        by_name[fold(c.attrs.get("name") or text[c.start : c.end])].append(c)
    headed = _headed_names(text, cands)
    # the words a person's full name opens or ends with ("Jean Claude" of "Jean-Claude Roux")
    named = {" ".join(part) for k in by_name if len(k.split()) > 2
             for part in (k.split()[:2], k.split()[-2:])}
    for key, cs in by_name.items():
        if key not in headed and key not in named and _eponym_word(text[cs[0].start : cs[0].end]):
            headed[key] = "misc"  # "les élèves de Jules-Romains"
    # a given name alone is the person's when it fills quotation marks ("« Lucie »"), not
    # when it is one word of a longer title ("« La Dame de chez Maxim »")
    titles = {id(c) for key, cs in by_name.items()
              if all(_in_titled_quote(text, c) and not _fills_quotes(text, c) for c in cs)
              or (not is_given_name(key) and all(_fills_quotes(text, c) or _in_work_title(text, c)
                                                 or _in_titled_quote(text, c) for c in cs))
              for c in cs}
    out: list[Candidate] = []
    for c in cands:
        if c.label == "person" and not c.attrs.get("civility"):
            c = _thing(text, c, id(c) in titles, headed)
        out.append(c)
    out = _determined_names(text, out)
    return _people_by_shape(text, _listed_given_names(text, _people_pairs(text, out)))


# a lower-case article right before a name, or before a place's name that opens it ("les
# Denver Falcons"); the word before the article (and its "de") is kept to tell a
# particle ("Jean de la Fontaine")
_DETERMINED = re.compile(r"(?:^|(?<=[\s'\u2019(]))(\S+\s+(?:d[eu]\s+)?)?"
                         r"(?:(le|la|les|du|des|au|aux)\s+|(l['\u2019]))([A-ZÀ-Ý][\w\u2019'-]*\s+)?$")


def _article_led(text: str, c: Candidate) -> bool:
    """A lower-case article stands right before the name, or before a town's name that opens
    it ("le ministre du Climat", "de l'Urbanisme", "les Denver Falcons"):
    French writes no article before a person's name, so the words name a thing, a field, a
    team or a band. Not a particle after a given name ("Jean de la Fontaine", "Louise du
    Bois"), not a name holding a given name ("la Marie" of regional speech), not after a noun of
    nationality or a capitalized title ("le Néerlandais Van Dijk", "le Président Roux")."""
    m = _DETERMINED.search(text, max(0, c.start - 60), c.start)
    if m is None or any(is_given_name(w) for w in re.split(r"[\s-]", text[c.start : c.end])):
        return False  # "la Marie", "l'Abbé Pierre"
    if (m.group(1) or "")[:1].isupper():
        return False  # "Jean de la Fontaine", "Bertrand du Guesclin", "Louis de l'Isle"
    middle = (m.group(4) or "").strip(_SPACES)
    if middle:
        from factx.components.entities import _nationality_noun  # (a cycle at import)

        return gazetteer.place_kind(middle) is not None and not _nationality_noun(middle)
    return True


def _determined_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The candidates, with a person's name that a lower-case article leads (`_article_led`)
    made a name of no type, unless the document names a person so elsewhere without an
    article ("Maria Callas ... la Callas"): a word of a longer name, or the same name alone."""
    led = {id(c) for c in cands if c.label == "person" and not c.attrs.get("civility")
           and _article_led(text, c)}
    if not led:
        return cands
    taken = {fold(w) for c in cands if c.label == "person" and id(c) not in led
             for w in text[c.start : c.end].split()}
    return [_relabel(c, "misc", text) if id(c) in led
            and not any(fold(w) in taken for w in text[c.start : c.end].split()) else c
            for c in cands]


def _people_by_shape(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The candidates, with the people news writes by their shape whatever type the model gave
    them (`_article_surnames`, `_in_apposition`, `_untagged_titled`, `_surnames_left_out`,
    `_line_ups`)."""
    people = _article_surnames(text, _in_apposition(text, _ranked_competitors(text, cands)))
    return _line_ups(text, _surnames_left_out(text, _untagged_titled(text, people)))


# a country's abbreviation in brackets right after a name: "Verhoest (Bel)", "Ortuzar (ESP)"
_NATIONALITY_AFTER = re.compile(r"\s*\(\s*([A-Za-zÀ-ÿ-]{2,3})\s*[),]")
# a preposition of place just before: "à Oberwindl (Aut)" is the venue, not a competitor
_PLACE_PREPOSITION_BEFORE = re.compile(r"(?:^|\s)(?:à|au|aux|en|dans|vers|depuis)\s+$", re.IGNORECASE)


def _ranked_competitors(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A one-word name right before a country's abbreviation in brackets ("2. Verhoest (Bel)
    à 12 s", "l'Espagnol Ortuzar (ESP)"; `nationality_codes` of models/entities.json) is a
    competitor of a results table or a sports brief: a person, whatever place or thing the
    model read; not a name the gazetteer knows as a place ("Lyon (Fra)" may be a club), nor one
    after a preposition of place ("samedi à Oberwindl (Aut)", the venue). The code itself,
    which the model may read as a person, is nobody."""
    codes = _entity_words("nationality_codes")
    out = []
    for c in cands:
        if c.label in ("place", "misc") and text[c.end : c.end + 1] in (" ", "(") \
                and (m := _NATIONALITY_AFTER.match(text, c.end)) and m.group(1) in codes:
            name = text[c.start : c.end]
            if name.isalpha() and name[:1].isupper() and not name.isupper() \
                    and not _PLACE_PREPOSITION_BEFORE.search(text, max(0, c.start - 12), c.start) \
                    and gazetteer.place_kind(name) is None and not gazetteer.village(name):
                c = Candidate("person", c.start, c.end, c.source, {"name": name, "why": "competitor"})
        elif c.label == "person" and text[c.start - 1 : c.start] == "(" and text[c.start : c.end] in codes:
            c = _relabel(c, "misc", text)  # the code itself, "(Fra)", is nobody
        out.append(c)
    return out


# a given name, hyphenated or not
_GIVEN = r"([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)"
# a full name opening a sentence: a given name, then one to three words of a surname
# (particles allowed)
_OPENING_NAME = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))" + _GIVEN +
                           r"((?:\s+(?:de|du|des|d['\u2019]|van|von|Le|La|De|Du))?"
                           r"(?:\s+[A-ZÀ-Ý][\w'\u2019-]+){1,2})(?=\s*,)")


def _unplaced_given(given: str, rest: str) -> bool:
    """`given` is a given name of the table, and neither it nor `rest` (the whole name, the
    surname) is a place a gazetteer knows ("Florence La Rochelle")."""
    return _given_first(given) and gazetteer.place_kind(given) is None and gazetteer.place_kind(rest) is None


def _untagged_titled(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A full name that opens a sentence, followed by a comma and a title or an age ("Anne-Laure
    Roy, conseillère régionale, a voté contre", "Paul Henry, 52 ans, ..."), which the model
    left untagged (it does so, with a comma right after the name): a person, when it opens
    on a given name of the table that no gazetteer knows and no candidate covers any of it."""
    out = list(cands)
    for m in _OPENING_NAME.finditer(text):
        given = m.group(1)
        s, e = m.start(1), m.end(2)
        if not _unplaced_given(given, text[s:e]) or any(c.start < e and s < c.end for c in out):
            continue
        if not (_title_after(text, e) or _AGE_AFTER.match(text, e)):
            continue
        out.append(Candidate("person", s, e, "rules", {"name": text[s:e], "why": "titled name"}))
    return sorted(out, key=lambda c: (c.start, c.end))


# a given name, then a surname that opens on a capitalized article ("Le Quintrec", "La Ferrière")
_ARTICLE_SURNAME = re.compile(r"\b" + _GIVEN + r" (L[ea] [A-ZÀ-Ý][a-zà-ÿ'\u2019]+"
                              r"(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)\b")


def _article_surnames(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A given name of the table followed by a surname that opens on "Le" or "La" (Breton and
    Norman names: "Yannick Le Bras", "Odile La Vaissière"): the model may take that capital for
    an article, tag the given name alone as a miscellaneous name or a place, or tag nothing,
    above all at the start of a sentence. The whole is a person when no other name covers any
    of it; a given name the gazetteer knows as a place ("Florence La Rochelle") is left."""
    out = list(cands)
    for m in _ARTICLE_SURNAME.finditer(text):
        given = m.group(1)
        if not _unplaced_given(given, m.group(2)):
            continue
        s, e = m.start(), m.end()
        inside = [c for c in out if c.start < e and s < c.end]
        if any(c.label not in ("person", "misc", "place") or c.start < s or c.end > e for c in inside) \
                or any(c.label == "person" and (c.start, c.end) == (s, e) for c in inside):
            continue
        out = [c for c in out if not any(c is x for x in inside)]
        out.append(Candidate("person", s, e, "rules", {"name": text[s:e], "why": "article surname"}))
    return sorted(out, key=lambda c: (c.start, c.end))


_PAIR = re.compile(r"([A-ZÀ-Ý][a-zà-ÿ'\u2019]{2,})-([A-ZÀ-Ý][a-zà-ÿ'\u2019]{2,})")
_HEAD_BEFORE = re.compile(r"(?:^|\s)(?:l['\u2019])?([a-zà-ÿ]+)\s+$")


def _people_pairs(text: str, cands: list[Candidate]) -> list[Candidate]:
    """"les chartes Allègre-Royal" read as one thing: the two people it is named after."""
    out: list[Candidate] = []
    for c in cands:
        pair = _PAIR.fullmatch(text, c.start, c.end) if c.label in ("misc", "organization", "place") else None
        head = _HEAD_BEFORE.search(text, max(0, c.start - 16), c.start) if pair else None
        if pair is None or head is None or head.group(1) not in _entity_words("named_by_two_people") \
                or not _people_words(text, cands, c, pair.groups()):
            out.append(c)
            continue
        cut = pair.end(1)
        out.append(Candidate("person", c.start, cut, c.source, {"name": pair.group(1)}))
        out.append(Candidate("person", cut + 1, c.end, c.source, {"name": pair.group(2)}))
    return out


def _people_words(text: str, cands: list[Candidate], c: Candidate, words: tuple[str, ...]) -> bool:
    """The two words may be surnames: no country or region, not two towns, no word opening
    another body's name of the document."""
    kinds = [gazetteer.place_kind(w) for w in words]
    if None not in kinds or any(k in gazetteer.STRONG for k in kinds):
        return False
    firsts = {fold(re.split(r"[\s-]", o.attrs.get("name") or text[o.start : o.end])[0])
              for o in cands if o.label == "organization" and o is not c}
    return not any(fold(w) in firsts for w in words)


_LIST_LINK = re.compile(r"\s*(?:,|et|ou)\s*")


def _listed_given_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A given name alone read as a miscellaneous name or a place, listed next to a person
    named by the given name alone ("Léa, Manon et Chloé"), is a person."""
    given = {(c.start, c.end) for c in cands if c.label == "person" and _lone_given(text, c)}
    if not given:
        return cands
    starts = {s for s, _ in given}
    ends = {e for _, e in given}
    out = []
    for c in cands:
        if c.label in ("misc", "place") and _lone_given(text, c):
            listed = any(_LIST_LINK.fullmatch(text[e:c.start]) for e in ends if 0 < c.start - e <= 5) \
                or any(_LIST_LINK.fullmatch(text[c.end:s]) for s in starts if 0 < s - c.end <= 5)
            if listed:
                c = Candidate("person", c.start, c.end, c.source, {**c.attrs, "why": "listed_given_name"})
        out.append(c)
    return out


def _given_first(word: str) -> bool:
    """A given name of the table, a compound one by its first part ("Anne-Laure")."""
    return is_given_name(word.split("-")[0])


def _lone_given(text: str, c: Candidate) -> bool:
    name = text[c.start : c.end]
    return " " not in name and is_given_name(name)


def _publisher(text: str, c: Candidate) -> bool:
    """"« Houris » (Gallimard)", "(Albin Michel, 180 p.)": a publisher after a title (a few
    words in quotation marks, not a quotation signed "(Jean Dupont, président)")."""
    title = _TITLE_BEFORE.search(text, max(0, c.start - 90), c.start)
    after_title = title is not None and len(title.group(1).split()) <= 6 \
        and _PUBLISHER_AFTER.match(text, c.end) is not None
    in_brackets = text[: c.start].rstrip(_SPACES).endswith("(")
    return after_title or (in_brackets and _PAGES_AFTER.match(text, c.end) is not None)


_AFTER_INTERJECTION = re.compile(r"\s*(?:[,!\u2026]|\.\.\.|(?:oui|non)\b)")
_REPLY_OPEN = ("«", '"', "\u201c", "\u2014", "\u2013", "-")


def _interjection(text: str, c: Candidate) -> bool:
    """A word of speech ("Ben", "Bah"; `interjections` of models/entities.json) that opens a
    quoted reply, before a comma, an exclamation mark, an ellipsis or "oui", "non": "« Ben, je
    ne sais pas »", "« Bah oui »"."""
    name = text[c.start : c.end]
    return " " not in name and fold(name) in _entity_words("interjections") \
        and text[: c.start].rstrip(_SPACES).endswith(_REPLY_OPEN) \
        and _AFTER_INTERJECTION.match(text, c.end) is not None


def _thing(text: str, c: Candidate, title: bool, headed: dict[str, str]) -> Candidate:
    """The candidate, or the thing it names."""
    kind = headed.get(fold(c.attrs.get("name") or text[c.start : c.end]))
    head = text[max(0, c.start - 7) : c.start]
    saint = _SAINT.search(head)
    chez = _CHEZ.search(head)
    if title:
        return _relabel(c, "misc", text)  # a work's title
    if _interjection(text, c):
        return _relabel(c, "misc", text)  # "« Ben, je ne sais pas »"
    if kind is not None:
        return _relabel(c, kind, text)  # "Ciaran" after "la tempête Ciaran"
    if _title_land(text, c):
        return _relabel(c, "place", text)  # "le prince de Galles"
    seat = _seat_of(text, c)
    if seat is not None:
        return _relabel(c, seat, text)  # "le maire d'Oyarbide Garai"
    words = text[c.start : c.end].split()
    if len(words) > 1 and words[0][:1].isupper() and words[0].lower() in _entity_words("foreign_articles"):
        return _relabel(c, "misc", text)  # "Die Abendpost", "Het Avondnieuws": a title, no one's name
    if _family(text, c) or fold(re.split(r"[\s-]", text[c.start : c.end])[0]) in _POSSESSIVE_OPEN:
        return _relabel(c, "misc", text)  # "la famille Pinault"; "Notre-Dame"
    if saint is not None:
        return _relabel(c, "misc", text, c.start - len(saint.group()))  # "Saint Laurent"
    if chez is not None and chez.group(1) == "C" and _inside_sentence(text, c.start - len(chez.group())):
        return _relabel(c, "misc", text, c.start - len(chez.group()))  # "la paillote Chez Francis"
    if chez is not None and _ON.match(text, c.end):
        return _relabel(c, "organization", text)  # "Chez Bic, on assure": the firm
    if _publisher(text, c) or _firm(text, c):
        return _relabel(c, "organization", text)
    if (home := _home_start(text, c)) is not None:
        return _relabel(c, "organization", text, home)  # "la maison de retraite Bourlavet"
    if _site_town(text, c):
        return _relabel(c, "place", text)  # "le centre Mercandier de Brachelin": its town
    if _town_of_site(text, c):
        return _relabel(c, "place", text)  # "sur sa pelouse de Thaon": the ground's town
    return c


def _home_start(text: str, c: Candidate) -> int | None:
    """Where the name of a care home opens when the candidate is one surname right after its
    lower-case noun ("la maison de retraite Bourlavet", "le foyer-logement Grandsire";
    `home_heads` of models/entities.json): the establishment is named after someone, no
    person is."""
    name = text[c.start : c.end]
    if " " in name or is_given_name(name.split("-")[0]):
        return None
    before = text[max(0, c.start - 30) : c.start]
    for head in _entity_words("home_heads"):
        m = re.search(r"(?:^|[\s'\u2019])(" + re.escape(head) + r")\s+$", before)
        if m is not None:
            return c.start - len(before) + m.start(1)
    return None


# the lower-case noun of a site or a firm, one capitalized name, then "de" ("le magasin Vauzelle
# de ", "la salle Poirel de ")
_SITE_NAMED_BEFORE = re.compile(r"(?:^|[\s'\u2019])([a-zà-ÿ-]+)\s+[A-ZÀ-Ý][\w\u2019'-]*\s+"
                                r"(?:de\s+|d['\u2019])$")


@cache
def _site_nouns() -> frozenset[str]:
    """Lower-case nouns of a site, a shop or a firm that a name of its own follows
    (`facility_heads`, `named_after_heads` of models/place_types.json by their first word,
    `firm_heads` and `shop_heads` of models/entities.json), with a trade's noun in -erie
    ("la boulangerie Fourcadet de ")."""
    places = load_json("place_types.json")
    words = {h.split()[0] for h in (*places["facility_heads"], *places["named_after_heads"])}
    return frozenset(words | _entity_words("firm_heads") | _entity_words("shop_heads"))


def _site_town(text: str, c: Candidate) -> bool:
    """One word, no given name, in "de" after a site's or a firm's noun and its own name ("le
    centre Mercandier de Brachelin", "le magasin Vauzelle de Lorvillers", "la salle Poirel de
    Nancy"): the town where the site stands, no person (a site is named by a surname, not
    placed at one)."""
    name = text[c.start : c.end]
    if " " in name or is_given_name(name.split("-")[0]):
        return False
    m = _SITE_NAMED_BEFORE.search(text, max(0, c.start - 60), c.start)
    noun = m.group(1) if m is not None else ""
    return noun in _site_nouns() or (noun.endswith("erie") and len(noun) > 6)


# the lower-case noun of a site or a ground right before "de" ("sur sa pelouse de ", "au
# gymnase de ", "l'église d'")
_SITE_OF = re.compile(r"(?:^|[\s'\u2019])([a-zà-ÿ-]+)\s+(?:de\s+|d['\u2019])$")


@cache
def _ground_nouns() -> frozenset[str]:
    """`_site_nouns` and the nouns of a sports ground (`ground_nouns` of models/place_types.json)."""
    return _site_nouns() | frozenset(load_json("place_types.json")["ground_nouns"])


def _town_of_site(text: str, c: Candidate) -> bool:
    """One word the gazetteer knows as a town, no given name, in "de" right after the noun of a
    site or a ground ("sur sa pelouse de Thaon", "au gymnase de Golbey"): the town the site
    stands in. Many surnames are also towns' names, and the model reads them as people; after
    such a noun news writes the place, a site's owner is written with a possessive, not there."""
    name = text[c.start : c.end]
    if " " in name or is_given_name(name.split("-")[0]) or gazetteer.place_kind(name) != "town":
        return False
    m = _SITE_OF.search(text, max(0, c.start - 30), c.start)
    return m is not None and m.group(1).lower() in _ground_nouns()


_WORD_BEFORE = re.compile(r"(?:^|[\s'\u2019])([a-zà-ÿ]+)\s+$")


def _firm(text: str, c: Candidate) -> bool:
    """The name of a firm: after the lower-case noun of a firm or a house ("le cabinet
    Aquilon Études", "la maison Verlaine Enchères"; `firm_heads` of models/entities.json), or
    opening on such a noun capitalized or on a trade's noun in -erie ("chez Tannerie
    Leblond", "Boulangerie Martin") that is no given name ("Valérie")."""
    heads = _entity_words("firm_heads")
    before = _WORD_BEFORE.search(text, max(0, c.start - 20), c.start)
    if before is not None and before.group(1) in heads:
        return True
    words = text[c.start : c.end].split()
    if len(words) < 2 or not words[1][:1].isupper():
        return False
    first = words[0].lower()
    return (first in heads or (first.endswith(("erie", "eries")) and len(first) > 6)) \
        and not is_given_name(words[0])


# the noun phrase before the comma: a determiner, perhaps an adjective of age or rank, then
# its head noun ("La secrétaire du Cercle", "Le capitaine des Albatros", "sa sœur")
_LEAD_NP = re.compile(
    r"(?:^|[\s(])(?:(?:le|la|les|un|une|son|sa|ses|leur|leurs|notre|nos|votre|vos|ce|cet|cette|mon|ma)\s+"
    r"|l['\u2019])(?:(?:jeune|ancien|ancienne|nouveau|nouvel|nouvelle|futur|future|propre|vieil|vieille)\s+)?"
    r"([a-zà-ÿ][a-zà-ÿ'\u2019-]*)", re.IGNORECASE)
_OF_BEFORE = re.compile(r"(?:^|\s)(?:de|d['\u2019]|du|des|à|au|aux)\s*$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.!?;:,«»\"\u201c\u201d\n\u2014\u2013(]")
_APPOSITION_CLOSE = re.compile(r"\s*(?:[,.;)]|$)")
_NAME_WORD = re.compile(r"[A-ZÀ-Ý][\w'\u2019.-]*")


def _person_noun_before(text: str, at: int) -> bool:
    """The words before the comma at `at` are a noun phrase headed by a person's title or a
    noun of kinship ("Le ministre ghanéen des Mines", "son frère")."""
    start = max(0, at - 120)
    clause = text[start:at]
    ends = [m.end() for m in _CLAUSE_END.finditer(clause)]
    clause = clause[ends[-1] :] if ends else clause
    # the last noun phrase that is no "de" complement of another ("Le ministre [...] des Mines",
    # "Elle laisse un mari")
    leads = [m for m in _LEAD_NP.finditer(clause) if not _OF_BEFORE.search(clause, 0, m.start() + 1)]
    if not leads:
        return False
    head = leads[-1].group(1).lower()
    lex = lexicon()
    return lex.title_of(head) is not None or head in lex.kinship


# after a name: a comma and a title ("X, trésorière de ..."), or a copula and a title ("X est
# secrétaire générale de ...", "X était la directrice du ..."); the title's words follow
_TITLE_AFTER = re.compile(r"(?:\s*,\s*|\s+(?:est|était|devient|reste|demeure)\s+(?:(?:le|la|l['\u2019])\s*)?)"
                          r"((?:[a-zà-ÿ'\u2019-]+\s+){0,2}[a-zà-ÿ'\u2019-]+?)(?=\s+(?:de|du|des|d['\u2019])\b|\s*,)")


def _titled_after(text: str, c: Candidate) -> bool:
    """`_title_after`, for a name no article opens ("l'US Rixheim, leader du groupe" is a
    club) and with no word in capitals (an acronym: a body's)."""
    name = text[c.start : c.end]
    return not _ARTICLE_BEFORE.search(text, max(0, c.start - 6), c.start) \
        and not any(len(w) > 1 and w.isupper() for w in name.split()) and _title_after(text, c.end)


def _title_after(text: str, end: int) -> bool:
    """The name ending at `end` is followed by a title that a person holds in a body or a
    place, in apposition or after a copula: "Aminata Sy, trésorière de l'amicale, ...",
    "Depuis 2019, Aminata Sy est directrice du club": a person, whatever the model typed
    (a body or a place holds no title; "Nancy, capitale de la Lorraine" has none)."""
    m = _TITLE_AFTER.match(text, end)
    if m is None:
        return False
    words = m.group(1).split()
    lex = lexicon()
    return any(lex.title_of(" ".join(words[:k])) is not None for k in range(len(words), 0, -1))


def _apposed_name(text: str, c: Candidate) -> bool:
    """A capitalized name of one to four words, a person's shape: one word only when the
    table of given names holds it, several when the first is a given name of the table or
    none is known to the gazetteer or opens a body's name."""
    name = text[c.start : c.end]
    words = name.split()
    if not 1 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(w) for w in words) \
            or any(ch.isdigit() for ch in name) or name.isupper():
        return False
    if gazetteer.place_kind(name) in gazetteer.STRONG:
        return False
    if len(words) == 1:
        return _given_first(name)
    if _given_first(words[0]):
        return True
    return c.label == "place" and all(gazetteer.place_kind(w) is None for w in [name, *words])


# an age in apposition: "Kévin, 12 ans, a gagné"; only people are given one so
_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*ans\b")
_AND_GIVEN = re.compile(r"([A-ZÀ-Ý][\w-]+)((?:\s*,\s*[A-ZÀ-Ý][\w-]+)*)\s+et\s+([A-ZÀ-Ý][\w-]+)")


def _given_names_pair(text: str, c: Candidate) -> list[Candidate]:
    """A place or a miscellaneous name that is given names of the table joined by commas and
    "et" ("Léa et Mathéo"): those people, one candidate each; else nothing."""
    if c.label not in ("place", "misc", "organization") \
            or _AND_GIVEN.fullmatch(text, c.start, c.end) is None:
        return []
    words = [(m.start(), m.end()) for m in re.finditer(r"[A-ZÀ-Ý][\w-]+", text[c.start : c.end])]
    if not all(_given_first(text[c.start + a : c.start + b]) for a, b in words):
        return []
    return [Candidate("person", c.start + a, c.start + b, c.source,
                      {"name": text[c.start + a : c.start + b], "why": "given_names"}) for a, b in words]


_ARTICLE_BEFORE = re.compile(r"(?:^|[\s'\u2019])(?:la|le|les|l['\u2019]|du|des|au|aux)\s*$", re.IGNORECASE)


def _given_name_as_place(text: str, c: Candidate) -> bool:
    """A given name of the table alone, read as a place, that no gazetteer knows and no article
    precedes ("la coupe a été remise à Noam"): a person; "la Madeleine" stays."""
    return c.label == "place" and _lone_given(text, c) \
        and gazetteer.place_kind(text[c.start : c.end]) is None \
        and not _ARTICLE_BEFORE.search(text, max(0, c.start - 6), c.start) \
        and not text[: c.start].rstrip(_SPACES).endswith(_OPEN_QUOTES)


def _demonym_led(text: str, c: Candidate) -> int | None:
    """Where the person starts in a name read as a place or a miscellaneous name that opens on
    a noun of nationality ("la Guinéenne Fatoumata Diallo", "le Kényan Eliud Kipchoge"; with
    its article when the model took it in, at the start of a sentence: "La Norvégienne Ingrid
    Dahl"): after it, when a person's name of two words or three follows."""
    from factx.components.entities import _nationality_noun  # (a cycle at import)

    words = text[c.start : c.end].split()
    skip = 0
    if len(words) > 1 and words[0] in ("Le", "La", "le", "la"):  # "La Norvégienne Ingrid Dahl"
        skip = len(words[0]) + 1
        words = words[1:]
    if c.label not in ("place", "misc") or not 3 <= len(words) <= 4 or not _nationality_noun(words[0]):
        return None
    rest = words[1:]
    if not all(_NAME_WORD.fullmatch(w) for w in rest):
        return None
    at = c.start + skip + len(words[0])
    return at + 1 if text[at] == " " else None


def _in_apposition(text: str, cands: list[Candidate]) -> list[Candidate]:
    """People the model read as places, bodies or miscellaneous names, by how news writes
    people:

    - set off by commas right after a noun phrase headed by a person's title or a noun of
      kinship: "Le ministre ghanéen des Mines, Kwame Asante, a rétorqué", "Le capitaine des
      Albatros, Niels Olsen,", "Elle laisse un mari, Firmin, et deux filles"; a country or
      a region there is the title's land, and is left;
    - given an age in apposition ("Kévin, 12 ans, ...");
    - given names of the table listed after a comma ("Maëlle et Lucas,") or joined by "et" in
      one span ("Léa et Mathéo");
    - after a noun of nationality the model put in the span ("la Guinéenne Fatoumata Diallo");
    - a given name alone that no gazetteer knows and no article precedes ("revenu à Théo")."""
    listed = _given_name_lists(text, cands)
    out: list[Candidate] = []
    for c in cands:
        led = _demonym_led(text, c)
        if led is not None:
            c = Candidate("person", led, c.end, c.source, {"name": text[led : c.end], "why": "demonym"})
        pair = _given_names_pair(text, c)
        if pair:
            out.extend(pair)  # "devant Léa et Mathéo" read as one name
            continue
        if c.label in ("place", "organization", "misc"):
            before = text[: c.start].rstrip(_SPACES)
            titled = before.endswith(",") and _APPOSITION_CLOSE.match(text, c.end) is not None \
                and _person_noun_before(text, len(before) - 1)
            if id(c) in listed or ((titled or _AGE_AFTER.match(text, c.end) or _titled_after(text, c))
                                   and _apposed_name(text, c)) \
                    or _given_name_as_place(text, c):
                c = Candidate("person", c.start, c.end, c.source,
                              {"name": c.attrs.get("name") or text[c.start : c.end], "why": "apposition"})
        out.append(c)
    return out


def _given_name_lists(text: str, cands: list[Candidate]) -> set[int]:
    """The ids of the candidates in a list of two given names or more, alone, set off by a
    comma ("deux collégiens de 4e, Maëlys et Timéo, ont chanté ..."): people, whatever type the model
    gave each. A given name a gazetteer knows as a place ("Florence et Nancy") is left."""
    def given(c: Candidate) -> bool:
        return c.label in _NAMED and _lone_given(text, c) \
            and gazetteer.place_kind(text[c.start : c.end]) is None

    ordered = sorted((c for c in cands if given(c)), key=lambda c: c.start)
    out: set[int] = set()
    k = 0
    while k < len(ordered):
        run = [ordered[k]]
        while k + len(run) < len(ordered) \
                and _LIST_LINK.fullmatch(text[run[-1].end : ordered[k + len(run)].start]):
            run.append(ordered[k + len(run)])
        k += len(run)
        if len(run) >= 2 and text[: run[0].start].rstrip(_SPACES).endswith(",") \
                and text[run[-2].end : run[-1].start].strip() in ("et", "ou") \
                and _APPOSITION_CLOSE.match(text, run[-1].end):
            out.update(id(c) for c in run if c.label != "person")
    return out


_NAMED = ("person", "place", "organization", "misc")


_NEXT_NAME = re.compile(r" ((?:(?:De|Le|La|Van|Von|Di|Da|Del|Dos|Du)\s)?"
                        r"[A-ZÀ-Ý][A-Za-zÀ-ÿ'\u2019-]*[a-zà-ÿA-ZÀ-Ý])(?=[\s,.;:!?)»]|$)")


def _after_nationality(text: str, at: int) -> bool:
    """The word before `at` is a capitalized noun of nationality ("le Kényan Eliud")."""
    from factx.components.entities import _nationality_noun  # (a cycle at import)

    words = text[max(0, at - 30) : at].split()
    return bool(words) and text[:at].endswith((" ", "\u00a0")) and _nationality_noun(words[-1])


# a determiner, a lower-case word, up to two more before the name ("le juge " , "l'ambassadeur
# zimbabwéen ")
_TITLE_RIGHT_BEFORE = re.compile(r"(?:^|[\s'\u2019(])(?i:le|la|l['\u2019]|du|au)\s*([a-zà-ÿ-]+)"
                                 r"((?:\s+[a-zà-ÿ-]+){0,2})\s+$")


def _after_person_title(text: str, at: int) -> bool:
    """A person's title in lower case after its determiner ends right before `at`, perhaps with
    adjectives of nationality after it ("le juge " + "Themba", "l'ambassadeur zimbabwéen "):
    the name after it is its holder's, whatever the table of given names says."""
    m = _TITLE_RIGHT_BEFORE.search(text, max(0, at - 60), at)
    if m is None:
        return False
    lex = lexicon()
    return lex.title_of(m.group(1)) is not None and all(w in lex.nationalities for w in m.group(2).split())


def _surnames_left_out(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A person read as a given name alone, right before a capitalized word that no other
    name of the document covers, is named by both: the model left the surname out ("La
    directrice de l'association, Marie-Laure Kervella, a jugé": only "Marie-Laure" was a person).
    A country or a region after the given name is left ("Marie France" is rare, "Marie
    Espagne" none). A word the table does not know as a given name takes the next only after
    a noun of nationality ("le Kényan Eliud" + "Kipchoge") or a person's title ("le juge
    Themba" + "Mokoena"), and never a word a gazetteer knows."""
    taken = [(c.start, c.end) for c in cands]
    out: list[Candidate] = []
    for c in cands:
        name = c.attrs.get("name") or text[c.start : c.end]
        given = _given_first(name)
        if c.label == "person" and " " not in name and text[c.start : c.end].endswith(name) \
                and (given or _after_nationality(text, c.start) or _after_person_title(text, c.start)):
            nxt = _NEXT_NAME.match(text, c.end)
            kind = gazetteer.place_kind(nxt.group(1)) if nxt is not None else None
            if nxt is not None and (kind not in gazetteer.STRONG if given else kind is None) \
                    and not any(s < nxt.end(1) and nxt.start(1) < e for s, e in taken):
                c = Candidate("person", c.start, nxt.end(1), c.source,
                              {**c.attrs, "name": name + text[c.end : nxt.end(1)], "why": "surname_left_out"})
        out.append(c)
    return out


_DASH = re.compile(r"\s+[-\u2013\u2014]\s+")
# a team's line-up after its name and a colon: surnames (a few with initials) between commas
# and spaced dashes, substitutes in brackets with their minute, up to the full stop
_LINE_UP = re.compile(r"(?m)^[^\n:]{1,40}:\s*([^\n.:;]*(?:\.\s*(?=[A-Z]\.)[^\n.:;]*)*)")
_LINE_UP_ITEM = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'\u2019]+(?:-[A-ZÀ-Ý][a-zà-ÿ'\u2019]+)?")
_LINE_UP_SEP = re.compile(r"(?:\s*(?:,|(?<=\s)[-\u2013](?=\s)|\(|\)|\d{1,3}e)\s*)+")


def _players_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the line-ups of five names or more, a dash among them, fewer than half of
    them towns (players, not results)."""
    return [(m.start(1), m.end(1)) for m in _LINE_UP.finditer(text)
            if len(items := _LINE_UP_ITEM.findall(m.group(1))) >= 5 and _DASH.search(m.group(1))
            and 2 * sum(1 for i in items if gazetteer.place_kind(i) is not None) < len(items)]


def _line_ups(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A person's name holds no spaced dash: "Sorel - Garnier" read as one person is two players
    of a line-up ("Rambert : Lopez - Méric, Blanc, Sorel - Garnier, Bérard (Ottavi, 62e),
    Lhomme."), where the dash parts the lines of the team. In such a list of surnames, where
    the model found some players, every surname is a player, whatever type the model gave it."""
    out: list[Candidate] = []
    lines: list[tuple[int, int]] | None = None  # the line-ups of players, read when a pair needs them
    for c in cands:
        parts = _DASH.split(text[c.start : c.end]) if c.label == "person" else []
        if len(parts) < 2 or not all(_LINE_UP_ITEM.fullmatch(p) for p in parts):
            out.append(c)
            continue
        places = sum(1 for p in parts if gazetteer.place_kind(p) is not None)
        # "Millau - Onet": a match, no people; but a surname that is also a village's name
        # ("Blanc - Rémy") in a line-up of five names or more is a player
        if places and lines is None:
            lines = _players_lines(text)
        if places and not (places < len(parts) and any(a <= c.start and c.end <= b for a, b in lines or ())):
            out.append(c)
            continue
        at = c.start
        for part in parts:
            k = text.index(part, at)
            out.append(Candidate("person", k, k + len(part), c.source, {"name": part, "why": "line_up"}))
            at = k + len(part)
    return _line_up_players(text, out)


def _line_up_players(text: str, cands: list[Candidate]) -> list[Candidate]:
    by_span = {(c.start, c.end): c for c in cands}
    added: list[Candidate] = []
    relabel: set[int] = set()
    for m in _LINE_UP.finditer(text):
        start, body = m.start(1), m.group(1)
        items = [(start + i.start(), start + i.end()) for i in _LINE_UP_ITEM.finditer(body)]
        gaps = [body[a - start : b - start] for (_, a), (b, _) in pairwise(items)]
        if len(items) < 5 or not all(_LINE_UP_SEP.fullmatch(g) for g in gaps) \
                or not _DASH.search(body) or _LINE_UP_SEP.sub("", body[: items[0][0] - start]):
            continue
        people = [by_span.get(span) for span in items]
        if sum(1 for c in people if c is not None and c.label == "person") < 2:
            continue
        towns = [gazetteer.place_kind(text[a:b]) is not None for a, b in items]
        # most names towns: results ("Millau - Onet, Figeac - Decazeville"); a few towns
        # among players' surnames: players whose surname a village bears ("Blanc - Rémy")
        players = 2 * sum(towns) < len(items)
        for span, c, town in zip(items, people, towns, strict=True):
            word = text[span[0] : span[1]]
            if town and (c is None or c.label != "person") and not players:
                continue
            if c is None and not any(o.start < span[1] and span[0] < o.end for o in cands):
                added.append(Candidate("person", span[0], span[1], "line_up",
                                       {"name": word, "why": "line_up"}))
            elif c is not None and (c.label == "misc" or (c.label == "place" and players and town)):
                relabel.add(id(c))
    out = [Candidate("person", c.start, c.end, c.source, {**c.attrs, "why": "line_up"})
           if id(c) in relabel else c for c in cands]
    return out + added
