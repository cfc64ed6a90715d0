"""Acronyms: an organization's acronym and its expansion are one entity.

"les organismes régionaux de promotion des exportations (ORPEX)", "l'OTAN (Organisation du
traité de l'Atlantique nord)" and, with no parentheses, "Parti communiste chinois" ... "PCC"
(the initials spell it). The expansion is found with the Schwartz-Hearst rule: reading both
backwards, every letter of the acronym occurs in order in the words before the parenthesis,
the first one at the start of a word. The expansion becomes the entity's name, the acronym
an alias; every mention of the acronym ("l'ORPEX", "les ORPEX") joins the entity.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Token

from factx.components import base
from factx.resolve.names import fold
from factx.types import Entity, Mention
from factx.words import is_acronym

# "un", "une": a cause given with the indefinite article has no initial in the acronym
# ("Union pour un renouveau démocratique (URD)")
FUNCTION_WORDS = {"de", "du", "des", "la", "le", "les", "l", "d", "et", "en", "pour", "à", "aux", "au", "sur",
                  "un", "une", "of", "the", "and", "for"}
STOP = {",", ";", ":", ".", "!", "?", "(", ")", "«", "»", '"', "\n"}


def schwartz_hearst(short: str, long: str) -> int | None:
    """Start (character index in `long`) of the shortest long form `short` abbreviates."""
    s, li = len(short) - 1, len(long) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while li >= 0 and (long[li].lower() != c or (s == 0 and li > 0 and long[li - 1].isalnum())):
            li -= 1
        if li < 0:
            return None
        li -= 1
        s -= 1
    return long.rfind(" ", 0, li + 1) + 1


def initials(name: str) -> tuple[str, ...]:
    """Initials of every word, and of content words only ("Parti communiste chinois" -> PCC);
    and, when the name holds an acronym in capitals, those of its content words with every
    letter of the acronym ("SA Épinal" -> SAE, "AS Nancy-Lorraine" -> ASNL)."""
    raw = name.replace("'", " ").replace("\u2019", " ").replace("-", " ").split()
    words = [fold(w) for w in raw]
    all_ = "".join(w[0] for w in words if w and w[0].isalnum())
    content = "".join(w[0] for w in words if w and w not in FUNCTION_WORDS and w[0].isalnum())
    if not any(len(w) > 1 and w.isupper() and w.isalpha() for w in raw):
        return all_.upper(), content.upper()
    spelled = "".join(w if len(w) > 1 and w.isupper() and w.isalpha() else f[0]
                      for w, f in zip(raw, words, strict=True)
                      if f and f not in FUNCTION_WORDS and f[0].isalnum())
    return all_.upper(), content.upper(), fold(spelled).upper()


_DE_WORDS = ("de", "du", "des", "d'", "d\u2019")


_TERRITORY_TAIL = re.compile(r"\s(?:de|du|des|d')\s?(?:la\s|l')?"
                             r"([A-ZÉÈÎÔ][^\s,;:()]*(?:\s[A-ZÉÈÎÔ][^\s,;:()]*)?)$")


def _territory_start(long: str) -> int | None:
    """Where the territory a body's name ends on starts ("... de la Creuse", "... du
    Cantal"), when a gazetteer knows it; None otherwise."""
    from factx import gazetteer

    m = _TERRITORY_TAIL.search(long)
    return m.start() if m and gazetteer.place_kind(m.group(1)) is not None else None


def _expansion_before(doc: Doc, paren: Token, acr: str, commas: bool = False) -> tuple[int, int] | None:
    """Characters of the expansion written before "(ACR)", or None. With `commas`, the
    expansion may list its domains after commas, each opening on "de" ("Direction générale de
    la concurrence, de la consommation et de la répression des fraudes (DGCCRF)")."""
    words: list[Token] = []
    k = paren.i - 1
    limit = min(len(acr) + 5, 2 * len(acr))
    content = 0  # French expansions run long on function words: "maison des jeunes et de la culture"
    while k >= 0 and content < limit + 1 and not doc[k].is_space and (doc[k].text not in STOP or (
            commas and doc[k].text == "," and doc[k + 1].lower_ in _DE_WORDS)):
        words.append(doc[k])
        content += fold(doc[k].text).strip("'") not in FUNCTION_WORDS and not doc[k].is_punct
        k -= 1
    if not words:
        return None
    words.reverse()
    text = base.original_text(doc)
    a, b = words[0].idx, words[-1].idx + len(words[-1])
    long = text[a:b].replace("\u2019", "'")
    # the words whose initials are the acronym, when some are ("le Centre de gestion et
    # d'information (CGI)": reading letters backwards would start on "gestion")
    # or spell them and leave out the territory they end on ("le centre de gestion et
    # d'information de la Creuse (CGI)"), never from a lower-case function word ("l'Union pour un
    # renouveau démocratique (URD)": not from "un")
    cut = _territory_start(long)
    spelled = [m.start() for m in re.finditer(r"(?<!\S)\S", long)
               if not (long[m.start()].islower() and fold(long[m.start():].split()[0]) in FUNCTION_WORDS)
               and (acr.upper() in initials(long[m.start():])
                    or (cut and acr.upper() in initials(long[m.start() : cut])))]
    at = spelled[-1] if spelled else schwartz_hearst(acr, long)
    if at is None:
        return None
    start = at
    # never start on an elided article or function word, whichever apostrophe elides it
    # ("l'Agence", "l’Agence")
    while start < len(long) and fold(long[start:].split(" ")[0].split("'")[0]) in FUNCTION_WORDS and "'" in \
            long[start:].split(" ")[0]:
        start += long[start:].index("'") + 1
    n_words = len(long[start:].split())
    n_content = sum(fold(w).replace("'", " ").split()[-1] not in FUNCTION_WORDS
                    for w in long[start:].split())
    start += a
    if n_words < 2 or n_content > limit:
        return None
    first = text[start:b].split()[0]
    if first[0].lower() != acr[0].lower():
        return None
    return start, b


def _expansion_inside(doc: Doc, paren: Token, acr: str) -> tuple[int, int] | None:
    """Characters of "(expansion)" right after the acronym."""
    k = paren.i + 1
    while k < len(doc) and doc[k].text != ")" and k - paren.i < 15:
        k += 1
    if k >= len(doc) or doc[k].text != ")" or k == paren.i + 1:
        return None
    text = base.original_text(doc)
    a, b = doc[paren.i + 1].idx, doc[k - 1].idx + len(doc[k - 1])
    long = text[a:b].replace("\u2019", "'")
    at = schwartz_hearst(acr, long)
    if at is None or len(long.split()) < 2:
        return None
    if fold(long.split()[0]) in FUNCTION_WORDS or long[at:].split()[0][0].lower() != acr[0].lower():
        return None
    return a + at, b


def _entity_at(entities: list[Entity], start: int, end: int) -> Entity | None:
    for e in entities:
        if e.type in ("organization", "place", "misc") and any(m.start == start and m.end == end
                                                                for m in e.mentions):
            return e
    return None


def _acronym_entities(entities: list[Entity], acr: str) -> list[Entity]:
    """Every name entity the acronym stands for (the model may tag it ORG once, MISC once); a
    person too when the model read the acronym as a name: "(AF&C)" after its expansion (all
    the person's mentions are the acronym), or an acronym written as a word ("le Smur"), read
    as a surname."""
    key = fold(acr)

    def named(e: Entity) -> bool:
        return fold(e.name) == key or any(fold(m.text) == key for m in e.mentions)

    return [e for e in entities if (e.type in ("organization", "misc", "place") and named(e))
            or (e.type == "person" and (all(fold(m.text) == key for m in e.mentions)
                                        or (not is_acronym(acr) and named(e))))]


# an article, and one that opens a name
_ARTICLE = re.compile(r"(?:les?|la|l['\u2019])\s?", flags=re.IGNORECASE)
_LEADING_ARTICLE = re.compile(r"^(?:(?:les?|la)\s|l['\u2019])", flags=re.IGNORECASE)


# a name that ends on "de" and a place's capitalized name ("... de Pic Varnel", "... de Bourgogne")
_PLACE_TAIL = re.compile(r"\s(?:de|du|des|d['\u2019])\s?(?:(?:la|le|les|La|Le|Les)\s|[lL]['\u2019])?"
                         r"[A-ZÉÈÎÔ][^\s]*(?:\s[A-ZÉÈÎÔ][^\s]*)*$")


def _no_body_acronym(acr: str) -> bool:
    """The acronym of a place, a thing, a kind of body or a country's code ("(USA)", "(SA)",
    "(GER)"), or a name the gazetteer knows as a place: no body's own name in parentheses."""
    from factx import gazetteer
    from factx.components.organizations import _lex
    from factx.resources import load_json

    lex = _lex()
    return acr in lex["place_acronyms"] or acr in lex["thing_acronyms"] or acr in lex["kind_acronyms"] \
        or acr in load_json("organizations.json")["country_codes"] or gazetteer.place_kind(acr) is not None


def _original_acronym(doc: Doc, paren: Token, acr: str, entities: list[Entity]) -> tuple[int, int] | None:
    """A body's name translated into French, then the acronym of its name in its own language
    in parentheses ("l'Office fédéral des digues (BDA)", "le Parti du renouveau civique
    (HRS)"): the letters do not spell the French words, yet the acronym is the
    body's. The span of an organization of several words that ends right before the
    parenthesis; not when the acronym is a place's, a thing's or a kind of body's ("(USA)",
    "(SA)"), nor a French party's or union's after a body that is none ("le conseil régional
    (PS)": its affiliation), nor a country's code ("le Bayern Munich (GER)")."""
    from factx.components.organizations import _lex, _party_acronyms
    from factx.resources import load_json

    if not (2 <= len(acr) <= 6 and acr.isalpha() and acr.isupper()) or _no_body_acronym(acr):
        return None
    lex = _lex()
    from factx.components.organizations import names_a_body

    end = doc[paren.i - 1].idx + len(doc[paren.i - 1])
    found = [(e, m) for e in entities if e.type in ("organization", "misc")
             for m in e.mentions if m.end == end and len(m.text.split()) >= 2]
    if len(found) != 1:
        return None
    ent, mention = found[0]
    start = mention.start
    if ent.type == "misc":
        # "La Coalition des forces progressistes (SLK)" read as a thing, its article with it: a
        # body when a noun of bodies heads it; its name starts after the article
        article = _ARTICLE.match(mention.text)
        rest = mention.text[article.end() :] if article else mention.text
        if len(rest.split()) < 2 \
                or not (names_a_body(rest.lower()) or fold(rest.split()[0]) in lex["party_heads"]):
            return None
        if article:
            start += article.end()
            ent.mentions = [Mention(start, end, rest) if x == mention else x for x in ent.mentions]
            ent.name = rest if fold(ent.name) == fold(mention.text) else ent.name
    name = base.original_text(doc)[start:end]
    place = _PLACE_TAIL.search(name)
    if place and acr.upper() not in initials(name[: place.start()]):
        # "l'Observatoire de Pic Varnel (ESO)": a body named by its place, then the body that
        # runs it; "l'Office des eaux potables de Bourgogne (OEP)": its initials
        return None
    unions = load_json("roles/titles.json")["affiliations"]["union_acronyms"]
    affiliations = set(_party_acronyms()) | set(unions)
    if acr in affiliations and fold(name.split()[0]) not in lex["party_heads"]:
        return None
    return start, end


# the words that may link a body's name to the rest of it, before its acronym in brackets:
# prepositions of complements ("de contrôle des maladies", "sur les risques", "pour l'écrit",
# "en Algérie"), articles, and "et" closing a list ("l'environnement, la mobilité et
# l'aménagement"; "Algérie, Maroc et Tunisie")
# (folded words: "d\u2019" is "d'"; "à", folded "a", passes as a word of the name)
_RUN_LINKS = frozenset(("de", "du", "des", "d'", "la", "le", "les", "l'", "et",
                        "sur", "pour", "contre", "en", "aux", "au"))
_RUN_OPENERS = frozenset(("de", "du", "des", "d'", "sur", "pour", "contre", "en"))
_RUN_MAX = 14  # tokens between the name's mention and the bracket


def _complement_run(doc: Doc, first: int, paren: int) -> bool:
    """Tokens `first`..`paren` - 1 continue a body's name up to its acronym: they open on a
    preposition of complement, hold only those, articles, "et", nouns, adjectives and names
    (no verb, no figure, no quotation mark, no line break), and a comma only inside a list
    that "et" closes before the bracket."""
    if not 0 < paren - first <= _RUN_MAX or fold(doc[first].text) not in _RUN_OPENERS:
        return False
    commas = [k for k in range(first, paren) if doc[k].text == ","]
    if commas and not any(fold(doc[k].text) == "et" for k in range(commas[-1] + 1, paren)):
        return False
    for tok in doc[first:paren]:
        low = fold(tok.text)
        if tok.text == "," or low in _RUN_LINKS or tok.text == "-":
            continue
        if tok.is_space or tok.like_num or (not tok.is_alpha and not any(c in tok.text for c in "-'\u2019")):
            return False
        if tok.pos_ in ("VERB", "AUX", "PRON", "ADV", "SCONJ") or tok.is_sent_start:
            return False
    return True


def _expansion_past_mention(doc: Doc, paren: Token, acr: str,
                            entities: list[Entity]) -> tuple[int, int] | None:
    """"le Bureau kényan de surveillance des crues (KFMB)", "la Fédération des amis des
    phares en Bretagne, Normandie et Picardie (FAPBNP)": the model's organization stops
    short of the complements that end the body's name, yet a body's acronym in brackets
    follows the WHOLE name. The organization's mention (a capital first, two words or more
    when the acronym does not spell it) whose complements run up to the bracket
    (`_complement_run`) is extended to it, when the acronym spells the extended name from its
    first letter, or spells nothing of it (the acronym of its name in its own language, as in
    `_original_acronym`: not a place's, a kind's or a party's); never when the initials of the
    mention alone are the acronym. The characters, or None."""
    from factx.components.organizations import _party_acronyms

    if _no_body_acronym(acr) or acr in _party_acronyms():
        return None
    text = base.original_text(doc)
    end = doc[paren.i - 1].idx + len(doc[paren.i - 1])
    starts = {t.idx: t.i for t in doc[max(0, paren.i - _RUN_MAX - 12) : paren.i]}
    # another body or a person named last before the bracket owns the acronym ("... de la
    # filiale de Norvel (NRV)"): the complements hold places, never those
    others = [(x.start, x.end) for e in entities if e.type in ("organization", "person", "misc")
              for x in e.mentions if x.end <= end]
    for e in entities:
        if e.type != "organization":
            continue
        for m in e.mentions:
            if not (m.end < end and m.start in starts):
                continue
            first = next((t.i for t in doc[starts[m.start] : paren.i] if t.idx >= m.end), None)
            if first is not None and first - 1 > starts[m.start] \
                    and fold(doc[first - 1].text) in _RUN_OPENERS:
                first -= 1  # the model's span took the preposition: "des rapatriés en" + "Algérie, ..."
            # not when the acronym spells the mention alone: what follows is no part of the name
            # ("Médecins sans frontières en Libye (MSF)")
            if first is None or not _complement_run(doc, first, paren.i) \
                    or fold(acr).upper() in initials(_LEADING_ARTICLE.sub("", m.text)) \
                    or any(m.end <= a and b <= end for a, b in others):
                continue
            # the model's span with the article of the sentence's start ("Le Centre ...")
            article = _LEADING_ARTICLE.match(m.text)
            start = m.start + (article.end() if article else 0)
            own = text[start : m.end]
            if not own[:1].isupper():
                continue
            spelled = schwartz_hearst(fold(acr), fold(text[start:end]).replace("'", " "))
            if (spelled == 0 and fold(own[:1]) == fold(acr[:1])) or (
                    spelled is None and is_acronym(acr) and acr.isalpha() and len(own.split()) >= 2
                    and schwartz_hearst(fold(acr), fold(own)) is None):
                if article:  # the mention without the article, inside the name, goes with it
                    e.mentions = [Mention(start, m.end, own) if x == m else x for x in e.mentions]
                return start, end
    return None


def _word_shaped(word: str) -> bool:
    """An acronym written as a word, capital first: "Smur", "l'Otan", "l'Unesco"."""
    return word.istitle() and word.isalpha() and 3 <= len(word) <= 8


def _word_acronym(doc: Doc, paren: Token, word: str) -> tuple[int, int] | None:
    """"le Service mobile d'urgence et de réanimation (Smur)": an acronym written as a word,
    capital first ("Smur", "Samu", "Insee"), is one when the words before the parenthesis
    start with its letters, every one of them (content words or all words): the expansion's
    characters, or None. Stricter than for capitals, since any name may follow its place in
    parentheses."""
    if not _word_shaped(word):
        return None
    # its domains may be listed after commas, as with capitals ("l'Office de l'eau, de l'air
    # et des sols (Oeas)")
    for commas in (False, True):
        span = _expansion_before(doc, paren, word, commas)
        if span is not None and word.upper() in initials(base.original_text(doc)[span[0] : span[1]]):
            return span
    return None


def _syllabic_acronym(doc: Doc, paren: Token, word: str, entities: list[Entity]) -> tuple[int, int] | None:
    """"le Mouvement des entreprises de France (Medef)", "la Société générale alsacienne de banque
    (Sogenal)": an acronym written as a word, of syllables rather than initials, in
    parentheses right after an organization's name (the whole of one of its mentions), that
    spells its letters in order from the name's first letter: that name's characters, or None.
    A place the gazetteer knows ("(Lorraine)") is where the body is, no acronym."""
    from factx import gazetteer

    if not _word_shaped(word) or gazetteer.place_kind(word) is not None:
        return None
    text = base.original_text(doc)
    end = paren.idx
    while end > 0 and text[end - 1] in " \u00a0":
        end -= 1
    for e in entities:
        if e.type != "organization":
            continue
        for m in e.mentions:
            # or the name the model cut before the domains it lists after commas ("l'Agence
            # nationale de sûreté de l'eau" + ", de l'air et des sols (Ansas)")
            listed = m.end < end and _DOMAIN_LIST.fullmatch(text, m.end, end) is not None
            whole = text[m.start : end]
            if (m.end == end or listed) and len(m.text.split()) >= 2 and fold(m.text[:1]) == fold(word[:1]) \
                    and schwartz_hearst(fold(word), fold(whole)) == 0:
                return m.start, end
    return None


# domains after a body's name: ", de la pêche et des eaux", ", des sports et de la jeunesse"
_OF = r"(?:de la|de l['\u2019]|des|du|de|d['\u2019])\s*[^\W\d][^(),;.]*"
_DOMAIN_LIST = re.compile(rf"(?:,\s+{_OF}?)*\s+et\s+{_OF}", re.IGNORECASE)


def _departement_number(word: str) -> bool:
    """A French département's number: "88", "01", "971", "2A"."""
    return (word.isdigit() and 1 <= len(word) <= 3) or word in ("2A", "2B")


_TERRITORY_LINKS = (*_DE_WORDS, "la", "l'", "l\u2019", "-", "\u2013", "\u2014")


def _territory_close(doc: Doc, i: int) -> int | None:
    """Token of the ")" closing "(CRJ Bretagne)", "(CISSS des Laurentides)" from
    the token after the acronym: a place's name in capitalized words and their links, at
    most eight tokens; None otherwise."""
    k = i
    while k < len(doc) and k - i < 8 and doc[k].text != ")":
        t = doc[k]
        # a capitalized word, hyphens inside ("Haute-Vallée"), or a link
        if not (t.lower_ in _TERRITORY_LINKS
                or (t.text[:1].isupper() and all(p.isalpha() for p in re.split(r"[-\u2013]", t.text) if p))):
            return None
        k += 1
    if k >= len(doc) or doc[k].text != ")" or k == i or not any(t.text[:1].isupper() for t in doc[i:k]):
        return None
    return k


def _squeezed(text: str) -> str:
    return "".join(c for c in fold(text) if c.isalnum())


def _expansion_with_territory(doc: Doc, paren: Token, acr: str, tail: str) -> tuple[int, int] | None:
    """Characters of the expansion before "(CRJ Bretagne)": the words the acronym spells
    ("Conservatoire régional des jardins"), then the territory written after the acronym
    ("de Bretagne"), which the letters of the acronym are not looked for in; None when the
    words before the parenthesis do not end on that territory."""
    words = tail.replace("\u2019", "'").replace("'", " ").split()
    while words and fold(words[0]) in FUNCTION_WORDS:
        words.pop(0)
    want = _squeezed(" ".join(words))
    if not want:
        return None
    k, got = paren.i - 1, ""
    while k >= 0 and len(got) < len(want) and not doc[k].is_space:
        got = _squeezed(doc[k].text) + got
        k -= 1
    if got != want:
        return None
    territory_end = doc[paren.i - 1].idx + len(doc[paren.i - 1])
    while k >= 0 and fold(doc[k].text).strip("'\u2019") in FUNCTION_WORDS:
        k -= 1  # "de", "du", "de la" before the territory
    if k < 1:
        return None
    span = _expansion_before(doc, doc[k + 1], acr)
    return (span[0], territory_end) if span else None


def _absorb_alias(entities: list[Entity], text: str, alias: str) -> list[Entity]:
    """The acronym and its territory ("ADMR Haute-Vallée") name the body wherever they are
    written: each occurrence is a mention of it, the entity the model made of them (a place)
    joins it, and a place or an acronym inside them ("Haute-Vallée", "ADMR") is part of them."""
    key = fold(alias)
    body = next((e for e in entities if e.type == "organization" and alias in e.attrs.get("aliases", [])),
                None)
    if body is None:
        return entities
    spans = [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(alias)}(?!\w)", text)]
    out: list[Entity] = []
    for e in entities:
        if e is not body and e.type in ("organization", "place", "misc") \
                and (fold(e.name) == key or all(fold(m.text) == key for m in e.mentions)):
            _absorb(body, e, [])
            continue
        e.mentions = [m for m in e.mentions
                      if e.type not in ("organization", "place", "misc")
                      or not any(a <= m.start and m.end <= b and (m.start, m.end) != (a, b)
                                 for a, b in spans)]
        if e.mentions:
            out.append(e)
    body.mentions = sorted(set(body.mentions) | {Mention(a, b, text[a:b]) for a, b in spans})
    return out


def _merge(entities: list[Entity], doc: Doc, acr: str, span: tuple[int, int],
           numbered: str | None = None) -> list[Entity]:
    text = base.original_text(doc)
    start, end = span
    name = text[start:end]
    target = _entity_at(entities, start, end)
    acr_ents = _acronym_entities(entities, acr)
    from factx.components.organizations import names_a_body

    if name[:1].islower() and not names_a_body(name) and (target is None or target.type != "organization"):
        for e in acr_ents:  # "accidents vasculaires cérébraux (AVC)": a thing, not a body
            if e.type == "organization":
                e.type = "misc"
        return entities
    if target is None:
        # mentions of other entities inside the expansion are parts of its name
        # and so is the model's span of it with the sentence's article ("Le Haut Commissariat
        # ... (HCR)" at a sentence's start): the same name
        for e in entities:
            if e.type in ("organization", "place", "misc"):
                e.mentions = [m for m in e.mentions if not (start <= m.start and m.end <= end) and not (
                    m.end == end and m.start < start and _ARTICLE.fullmatch(text[m.start : start]))]
        entities = [e for e in entities if e.mentions or e.type not in ("organization", "place", "misc")]
        acr_ents = [e for e in acr_ents if e.mentions]
        # the body named the same way elsewhere (a headline) is the one the acronym stands for
        same = [e for e in entities if e.type == "organization" and fold(e.name) == fold(name)]
        if same:
            target = same[0]
            target.mentions.append(Mention(start, end, name))
        else:
            target = Entity(id="", type="organization", name=name, mentions=[Mention(start, end, name)])
            entities.append(target)
    target.name = name
    aliases: list[str] = list(target.attrs.get("aliases", []))
    for alias in (acr, numbered):
        if alias and alias not in aliases:
            aliases.append(alias)
    for acr_ent in acr_ents:
        if acr_ent is target:
            continue
        target.mentions.extend(acr_ent.mentions)
        if fold(acr_ent.name) not in (fold(acr), fold(name)) and acr_ent.name not in aliases:
            aliases.append(acr_ent.name)
        entities = [e for e in entities if e is not acr_ent]
    # every other occurrence of the acronym ("les ORPEX") is a mention too
    have = {(m.start, m.end) for m in target.mentions}
    for tok in doc:
        if tok.text == acr and (tok.idx, tok.idx + len(tok)) not in have:
            target.mentions.append(Mention(tok.idx, tok.idx + len(tok), text[tok.idx : tok.idx + len(tok)]))
    if target.type == "misc" or (target.type == "place" and numbered is None and _body_read_as_place(name)):
        target.type = "organization"
    target.attrs["aliases"] = aliases
    target.mentions = sorted(set(target.mentions))
    return entities


def _body_read_as_place(name: str) -> bool:
    """A name of several words spelled out by an acronym in parentheses, that the model read
    as a place, is a body when no gazetteer knows it and no noun of places heads it: "les
    Houillères du bassin de Lorraine (HBL)", "la Bibliothèque nationale de France (BnF)": a
    building's noun with a capital heads an institution's name; not "la République
    démocratique du Congo (RDC)" (a country) nor "l'aéroport Charles-de-Gaulle (CDG)", "le Val
    de Marne (VDM)" (a noun of places in lower case, or of a territory)."""
    from factx import gazetteer
    from factx.components.organizations import territory_heads

    words = fold(name).replace("'", " ").split()
    return len(words) >= 2 and name[:1].isupper() and gazetteer.place_kind(name) is None \
        and words[0] not in territory_heads()


def _short_form_of(short: Entity, full: Entity, unique: bool = False) -> bool:
    """`short` names `full` by its first words: "Parti populaire" for "Parti populaire
    espagnol" (two words or more), "Samsung" for "Samsung Electronics" (one word, a proper
    name: not an acronym, which the initials rule handles; a noun of bodies, "l'Assemblée",
    only when it is `unique`: one organization of the document starts with it), or those
    words cut short: "Éducation nat" for "Éducation nationale"; or the name after the kind
    that is part of it: "Grasset" for "éditions Grasset", "Ondine" for "chorale Ondine"."""
    from factx.components.organizations import kinds_in_names, names_a_body

    words, fw = fold(short.name).split(), fold(full.name).split()
    if not words or len(fw) < len(words) or words == fw:
        return False
    if full.name[:1].islower() and fw[0] in kinds_in_names() and fw[1:] == words and short.name[:1].isupper():
        return True
    if len(fw) > len(words) and fw[: len(words)] == words:
        return len(words) >= 2 or (short.name[:1].isupper() and not is_acronym(short.name)
                                   and len(words[0]) >= 3 and (not names_a_body(words[0]) or unique))
    cut = words[:-1] == fw[: len(words) - 1] and len(words[-1]) >= 3 \
        and fw[len(words) - 1].startswith(words[-1]) and len(words) >= 2
    return cut and len(fw) == len(words)


def _absorb(full: Entity, other: Entity, names: list[str]) -> None:
    """`other` is `full`: its mentions join `full`'s and `names` its aliases."""
    aliases = list(full.attrs.get("aliases", []))
    for a in names:
        if a not in aliases:
            aliases.append(a)
    full.attrs["aliases"] = aliases
    full.mentions = sorted(set(full.mentions + other.mentions))


def _serves_place(name: str, acr: str) -> bool:
    """`name` is the acronym `acr` and a place: "CPAM de Montluçon", "CAF Vendée"."""
    from factx import gazetteer

    rest = _after_acronym(name, acr)
    if rest is None:
        return False
    for link in ("de la ", "de l'", "de ", "du ", "des ", "d'"):
        if rest.startswith(link):
            rest = rest[len(link) :]
            break
    return gazetteer.place_kind(rest) is not None


def _after_acronym(name: str, acr: str) -> str | None:
    """What follows the acronym `acr` opening `name` ("CPAM de Montluçon": "de Montluçon"),
    apostrophes straight; None when `name` does not open with it and a space."""
    return name[len(acr) + 1 :].replace("\u2019", "'") if name.startswith(acr + " ") else None


def _words(name: str) -> list[str]:
    """A name's words, folded, an elided article or "de" a word of its own ("d'industrie")."""
    return fold(name).replace("'", "' ").split()


def _without_qualifiers(short: str, full: str) -> bool:
    """`short` is `full` less the adjectives after its head: "l'école du Moulin" for "l'école
    maternelle du Moulin", "le tribunal de Nancy" for "le tribunal correctionnel de Nancy"; and
    less the town the full name ends on ("l'école des Acacias" for "l'école élémentaire des
    Acacias de Frouard"). The head is a noun in lower case, the dropped words (one or two) are in
    lower case too, and the complement the short form keeps starts with "de"."""
    sw, fw, raw = _words(short), _words(full), full.replace("'", "' ").replace("\u2019", "\u2019 ").split()
    if len(sw) < 3 or not full[:1].islower() or not short[:1].islower() or sw[1] not in _DE_WORDS \
            or len(raw) != len(fw):
        return False
    for k in (1, 2):
        dropped = raw[1 : 1 + k]
        if not all(w.islower() and w.isalpha() and fold(w) not in FUNCTION_WORDS for w in dropped):
            continue
        rest = fw[len(sw) + k :]
        if fw[:1] + fw[1 + k : len(sw) + k] == sw and (not rest or (rest[0] in _DE_WORDS and any(
                w[:1].isupper() for w in raw[len(sw) + k + 1 :]))):
            return True
    return False


def _initials_with_complement(short: str, full: str) -> bool:
    """`short` is the initials of `full`'s head words and the same complement: "la CCI des Vosges"
    for "la chambre de commerce et d'industrie des Vosges", "le SC Ventron" for "le Sporting club de
    Ventron" (a club's acronym takes its town without "de")."""
    raw = short.split()
    if len(raw) < 2 or not is_acronym(raw[0]):
        return False
    tail, fw = _words(" ".join(raw[1:])), _words(full)
    if len(fw) <= len(tail) + 1 or fw[-len(tail) :] != tail or not any(w[:1].isupper() for w in raw[1:]):
        return False
    core = fw[: -len(tail)]
    if core[-1] in _DE_WORDS and tail[0] not in _DE_WORDS:
        core = core[:-1]  # "Football club de" / "FC": the town written without "de"
    return raw[0].upper().replace(".", "") in initials(" ".join(core))


def _acronym_at_a_place(short: str, body: Entity) -> bool:
    """`short` is `body`'s acronym and a place it is seated in: "la CAF de Meurthe-et-Moselle"
    after "la Caisse d'allocations familiales (CAF)", "l'agence ONF de Remiremont" after
    "l'Office national des forêts (ONF)": the body, at that place."""
    if is_acronym(body.name.split()[0]):
        return False  # "BTK" and "BTK France": the acronym alone joins the fuller name (below)
    return any(_serves_place(short, a) for a in body.attrs.get("aliases", []) if is_acronym(a))


def _local_short_forms(orgs: list[Entity], gone: set[int]) -> None:
    """A body named in full, then by a short form that keeps its complement: the short form is
    the body (see `_without_qualifiers`, `_initials_with_complement`, `_acronym_at_a_place`);
    only where one body of the document fits."""
    for short in orgs:
        if id(short) in gone:
            continue
        fulls = [f for f in orgs if f is not short and id(f) not in gone
                 and (_without_qualifiers(short.name, f.name) or _initials_with_complement(short.name, f.name)
                      or _acronym_at_a_place(short.name, f))]
        if len(fulls) == 1 and not _another_like(short, fulls[0], orgs):
            _absorb(fulls[0], short, [short.name, *short.attrs.get("aliases", [])])
            gone.add(id(short))


def _another_like(short: Entity, full: Entity, orgs: list[Entity]) -> bool:
    """Another body of the document has the short form's head and complement ("l'école
    maternelle du Centre", "l'école élémentaire du Centre"): the short form could be either."""
    sw = _words(short.name)
    if is_acronym(short.name.split()[0]):
        return False
    n = len(sw) - 1
    for o in orgs:
        ow = _words(o.name)
        if o is not short and o is not full and ow[:1] == sw[:1] \
                and any(ow[i : i + n] == sw[1:] for i in range(1, len(ow) - n + 1)):
            return True
    return False


def _acronym_and_complement(name: str, acr: str) -> bool:
    """`name` is the acronym `acr` and a "de" complement naming which one: "GAEC des Trois Érables"."""
    rest = _after_acronym(name, acr)
    return rest is not None and rest.startswith(("de ", "du ", "des ", "d'")) and len(rest.split()) <= 4


def merge_short_forms(entities: list[Entity]) -> list[Entity]:
    """"Parti populaire" beside "Parti populaire espagnol": one organization, the fuller name
    with the short one as an alias (see `_short_form_of`)."""
    orgs = sorted((e for e in entities if e.type == "organization"), key=lambda e: -len(e.name))
    gone: set[int] = set()
    firsts = Counter(tuple(fold(e.name).split()[:1]) for e in orgs)  # names do not change below
    for short in orgs:
        if id(short) in gone:
            continue
        unique = firsts[tuple(fold(short.name).split()[:1])] == 2  # itself and one other
        for full in orgs:
            if full is short or id(full) in gone:
                continue
            if _short_form_of(short, full, unique):
                _absorb(full, short, [short.name, *short.attrs.get("aliases", [])])
                gone.add(id(short))
                break
    _local_short_forms(orgs, gone)
    # an acronym alone beside the one body named by it and the place it serves ("la CPAM" and
    # "la CPAM de Montluçon", "la CAF" and "la CAF Vendée"), or by it and a complement ("le GAEC"
    # and "le GAEC des Trois Érables"), is that body
    for short in orgs:
        if id(short) in gone or not is_acronym(short.name):
            continue
        fulls = [f for f in orgs
                 if f is not short and id(f) not in gone
                 and any(_serves_place(n, short.name) or _acronym_and_complement(n, short.name)
                         for n in [f.name, *f.attrs.get("aliases", [])])]
        if len(fulls) == 1:
            _absorb(fulls[0], short, [short.name])
            gone.add(id(short))
    # a firm's first word alone, that the model read as a place and no gazetteer knows, is that
    # firm: "Dole : Nexaline ouvre un entrepôt" over "la société Nexaline Services"
    from factx import gazetteer

    for short in entities:
        if short.type not in ("place", "misc") or " " in short.name.strip() \
                or gazetteer.place_kind(short.name) is not None:
            continue
        fulls = [f for f in orgs if id(f) not in gone and _short_form_of(short, f)]
        if len(fulls) == 1:
            _absorb(fulls[0], short, [short.name])
            gone.add(id(short))
    return [e for e in entities if id(e) not in gone]


_PARLIAMENT_HEADS = frozenset(("parlement", "assemblee", "chambre", "senat", "congres"))
_APPOSITION_GAP = re.compile(r"^\s*,\s*(?:(?:le|la|les)\s+|l['\u2019])?$", re.IGNORECASE)


def _described_parliaments(text: str, entities: list[Entity]) -> list[Entity]:
    """A body by its name, then in apposition its description as a parliament, a capitalized
    head and an adjective of its country ("la Sobranié, le Parlement bulgare, a voté", "le
    Sejm, la Chambre basse polonaise,"): one body, named by its name, the description its
    alias. The name is one word, not an acronym, which a list of bodies would have."""
    orgs = [e for e in entities if e.type == "organization"]
    gone: set[int] = set()
    for desc in orgs:
        words = desc.name.split()
        if len(words) < 2 or fold(words[0]) not in _PARLIAMENT_HEADS or not words[0][:1].isupper() \
                or not words[-1].islower():
            continue
        for m in desc.mentions:
            if text[m.end : m.end + 1] != ",":
                continue  # the apposition closes
            named = [o for o in orgs if o is not desc and id(o) not in gone
                     and len(o.name.split()) == 1 and not is_acronym(o.name)  # not "l'ONU, le Parlement
                     # européen, l'OTAN": a list
                     and any(n.end < m.start and _APPOSITION_GAP.match(text[n.end : m.start])
                             for n in o.mentions)]
            if len(named) == 1:
                _absorb(named[0], desc, [desc.name, *desc.attrs.get("aliases", [])])
                gone.add(id(desc))
                break
    return [e for e in entities if id(e) not in gone]


def _short_names(entities: list[Entity]) -> list[Entity]:
    """"l'ONU" and "les Nations unies", "l'OTAN" and "l'Alliance atlantique" in one story: one
    body, named by the longer form, the acronym its alias (models/organizations.json:
    short_names, the bodies wire stories call both ways)."""
    from factx.resources import load_json

    data = load_json("organizations.json")
    table = {**data["short_names"], **data["charity_short_names"]}
    orgs = [e for e in entities if e.type == "organization"]
    gone: set[int] = set()
    for acr, names in table.items():
        keys = {fold(n) for n in names}
        acrs = [e for e in orgs if fold(e.name) == fold(acr) or acr in e.attrs.get("aliases", [])]
        # "Les Nations unies" at a sentence's start: the name without its article
        fulls = [e for e in orgs if fold(_LEADING_ARTICLE.sub("", e.name)) in keys and e not in acrs]
        if not acrs or not fulls:
            continue
        body = max(acrs + fulls, key=lambda e: (fold(e.name) != fold(acr), len(e.name)))
        body.name = _LEADING_ARTICLE.sub("", body.name) if fold(body.name) not in keys else body.name
        for e in acrs + fulls:
            if e is not body:
                _absorb(body, e, [e.name, *e.attrs.get("aliases", [])])
                gone.add(id(e))
    return [e for e in entities if id(e) not in gone]


def _member_union_in_brackets(doc: Doc, paren: Token) -> tuple[str, tuple[int, int]] | None:
    """A member union's acronym hyphenated to its confederation's in brackets after the union's
    name ("le Syndicat national des enseignements de second degré (SNES-FSU)", the tokens
    "SNES", "-", "FSU"): the letters before the hyphen spell the name, the whole is its
    acronym (models/organizations.json: union_confederations; round 26d)."""
    from factx.resources import load_json

    i = paren.i
    if i + 4 >= len(doc) or doc[i + 2].text != "-" or doc[i + 4].text != ")" \
            or not is_acronym(doc[i + 1].text) or doc[i + 1].whitespace_ or doc[i + 2].whitespace_:
        return None
    confs = {c.upper() for c in load_json("organizations.json")["union_confederations"]}
    if doc[i + 3].text.upper() not in confs or doc[i + 1].text.upper() in confs:
        return None
    span = _expansion_before(doc, paren, doc[i + 1].text)
    text = base.original_text(doc)
    return (text[doc[i + 1].idx : doc[i + 3].idx + len(doc[i + 3])], span) if span else None


def resolve_acronyms(doc: Doc, entities: list[Entity]) -> list[Entity]:
    text = base.original_text(doc)
    done: set[str] = set()
    for tok in doc:
        if tok.text != "(" or tok.i == 0 or tok.i + 1 >= len(doc):
            continue
        nxt = doc[tok.i + 1]
        closing = tok.i + 2 < len(doc) and doc[tok.i + 2].text == ")"
        if closing and (is_acronym(nxt.text) or nxt.is_title):
            if is_acronym(nxt.text):
                span = _expansion_before(doc, tok, nxt.text) \
                    or _expansion_before(doc, tok, nxt.text, commas=True)
            else:
                span = _word_acronym(doc, tok, nxt.text)
            if span is None and not is_acronym(nxt.text):
                span = _syllabic_acronym(doc, tok, nxt.text, entities)
            if is_acronym(nxt.text) and (span is None or text[span[0]].islower()):
                # letters found only from a lower-case word inside a body's translated name
                # ("l'Agence japonaise d'exploration aérospatiale (JAXA)"): the whole body's
                whole = _original_acronym(doc, tok, nxt.text, entities)
                if whole is not None and (span is None or whole[0] < span[0] <= span[1] == whole[1]):
                    span = whole
            if span is None or text[span[0]].islower():
                past = _expansion_past_mention(doc, tok, nxt.text, entities)
                if past is not None and (span is None or past[0] < span[0] <= span[1] == past[1]):
                    span = past
            if span and nxt.text not in done:
                entities = _merge(entities, doc, nxt.text, span)
                done.add(nxt.text)
                continue
        member = _member_union_in_brackets(doc, tok) if not closing else None
        if member is not None and member[0] not in done:
            entities = _merge(entities, doc, member[0], member[1])
            done.add(member[0])
            continue
        alias = None
        numbered = tok.i + 3 < len(doc) and doc[tok.i + 3].text == ")" \
            and _departement_number(doc[tok.i + 2].text)
        if numbered and (is_acronym(nxt.text) or _word_shaped(nxt.text)) and nxt.text not in done:
            # "le Service départemental d'incendie et de secours des Vosges (SDIS 88)": the
            # acronym and the département's number; "le SDIS" later is the same body, and so
            # is "le Sdis 24" wherever written
            span = _expansion_before(doc, tok, nxt.text)
            if span and (is_acronym(nxt.text) or nxt.text.upper() in initials(
                    text[span[0] : _territory_start(text[: span[1]]) or span[1]])):
                alias = f"{nxt.text} {doc[tok.i + 2].text}"
        close = _territory_close(doc, tok.i + 2) \
            if alias is None and is_acronym(nxt.text) and nxt.text not in done else None
        if close is not None:
            # "le Conservatoire régional des jardins de Bretagne (CRJ Bretagne)": the
            # acronym and the territory the expansion ends on; "le CRJ Bretagne" later, even
            # on a heading line read as a place, is the same body
            tail = text[doc[tok.i + 2].idx : doc[close - 1].idx + len(doc[close - 1])]
            span = _expansion_with_territory(doc, tok, nxt.text, tail)
            if span:
                alias = f"{nxt.text} {tail}"
        if alias is not None:
            entities = _merge(entities, doc, nxt.text, span, alias)
            entities = _absorb_alias(entities, text, alias)
            done.add(nxt.text)
            continue
        prev = doc[tok.i - 1]
        if is_acronym(prev.text) and prev.text not in done:
            span = _expansion_inside(doc, tok, prev.text)
            if span:
                entities = _merge(entities, doc, prev.text, span)
                done.add(prev.text)
    entities = merge_short_forms(entities)
    entities = _short_names(entities)
    entities = _described_parliaments(text, entities)
    # no parentheses: an acronym entity whose letters are another organization's initials
    orgs = [e for e in entities if e.type == "organization"]
    for e in orgs:
        if not (is_acronym(e.name) or _word_shaped(e.name)) or e.name in done:
            continue
        for other in orgs:
            if other is e or is_acronym(other.name) or len(other.name.split()) < 2:
                continue
            names = [other.name, *(a for a in other.attrs.get("aliases", []) if not is_acronym(a))]
            if any(e.name.upper().replace(".", "") in initials(n) for n in names):  # the initials, exactly
                _absorb(other, e, [e.name])
                entities = [x for x in entities if x is not e]
                done.add(e.name)
                break
    return entities
