"""Name forms: folding for comparison, and coreference of person mentions.

"Carole Doussin", "Mme Doussin", "Doussin" and "C. Doussin" are one person; "Jean Martin"
and "Marie Martin" are two, and "M. Martin" goes to the one that civility and position
point to. Civility never enters a name; it is kept as an attribute.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from difflib import SequenceMatcher
from functools import cache

from spacy.tokens import Doc

from factx.resources import load_json, load_lines
from factx.types import Candidate, Entity, Mention
from factx.words import PARTICLES, fold

__all__ = ["fold", "gender_of", "group_people", "reconcile_people"]

_MALE = {"m.", "m", "monsieur", "mr", "mr."}
_FEMALE = {"mme", "mme.", "madame", "mlle", "mlle.", "mademoiselle"}


def gender_of(civility: str | None) -> str | None:
    if not civility:
        return None
    c = civility.lower()
    return "m" if c in _MALE else "f" if c in _FEMALE else None


def _name_tokens(name: str) -> list[str]:
    return fold(name).split()


def _cand_name(text: str, c: Candidate) -> str:
    """The name a candidate gives ("name" attribute, civility left out), else its text."""
    return c.attrs.get("name") or text[c.start : c.end]


def _is_initial_form(short: list[str], full: list[str]) -> bool:
    """"c. doussin" / "c doussin" is an initialled form of "carole doussin"."""
    if len(short) != len(full) or len(short) < 2:
        return False
    for s, f in zip(short[:-1], full[:-1], strict=True):
        s = s.rstrip(".")
        if not (s == f or (len(s) == 1 and f.startswith(s))):
            return False
    return short[-1] == full[-1]


_GIVEN_INITIALS = re.compile(r"(?:[A-ZÀ-Ý]\.?-?){1,3}")


def _initialled(name: str) -> bool:
    """"J. Dupont", "J.-P. Bruneau", "JM Lagarde": a given name written as its initials."""
    words = name.split()
    return len(words) >= 2 and bool(_GIVEN_INITIALS.fullmatch(words[0]))


def _joined_initials(name: str, full: list[str]) -> bool:
    """"JM Perrot", "J.-M. Perrot" for "Jean-Marc Perrot": the initials of a compound
    given name written as one word in capitals, then the rest of the name as in full."""
    words = name.split()
    if len(words) < 2:
        return False
    letters = words[0].replace(".", "").replace("-", "")
    n = len(letters)
    if not (2 <= n <= 3 and letters.isalpha() and letters.isupper()) or len(full) != n + len(words) - 1:
        return False
    return all(f.startswith(c) for c, f in zip(fold(letters), full[:n], strict=True)) \
        and [fold(w) for w in words[1:]] == full[n:]


def group_people(text: str, cands: list[Candidate],
                 is_title: Callable[[str], bool] = lambda word: False,
                 is_kin: Callable[[str], bool] = lambda word: False) -> list[Entity]:
    """Person candidates -> person entities, each with all its mentions; `is_title` tells a
    title ("prince", "juge") from other words, `is_kin` a noun of kinship ("père", "épouse")."""
    cands = _split_pairs(text, _shared_surnames(text, cands, is_title))
    entities: list[Entity] = []
    gender: dict[int, str | None] = {}
    full_names: list[tuple[list[str], Entity]] = []
    # full names first (longest), so that short forms can join them wherever they stand; of
    # two names of as many words, the one with initials last ("J. Dupont" written before
    # "Jacques Dupont" is his, not another person)
    order = sorted(cands, key=lambda c: (-len(_name_tokens(_untitled(_cand_name(text, c)))),
                                         _initialled(_cand_name(text, c)), c.start))
    for c in order:
        name = _cand_name(text, c)
        toks = _name_tokens(name)
        civ = c.attrs.get("civility")
        gend = gender_of(civ)
        mention = Mention(c.start, c.end, text[c.start : c.end])
        target = None
        bare = _untitled(name)
        if bare != name:
            # "cardinal Bergoglio" after "Jorge Mario Bergoglio": the title a name keeps
            # ("abbé Pierre") is no part of the surname, which names the person named in full
            btoks = _name_tokens(bare)
            target = next((ent for ftoks, ent in full_names if ftoks == btoks), None) if len(btoks) > 1 \
                else _surname_match(btoks[0], c.start, gend, full_names, gender)
        if target is None:
            target = next((ent for ftoks, ent in full_names if toks == ftoks or _is_initial_form(toks, ftoks)
                           or _joined_initials(name, ftoks)), None)
        if target is None and len(toks) >= 2 and (toks[0] in PARTICLES or _hyphenated(name)):
            # "De Vassal", "Le Pen", "Van Rompuy": a surname with its particle, the tail of
            # one full name ("Odile de Vassal"), whatever the particle's case; "Mme
            # Martin-Reynaud": a double surname, the last word of one full name
            n = len(toks)
            tails = [ent for ftoks, ent in full_names if len(ftoks) > n and ftoks[-n:] == toks
                     and (toks[0] in PARTICLES or fold(ent.name.split()[-1]) == fold(name))]
            target = _last_before(tails, c.start, gend, gender)
        if target is None and len(toks) >= 2 and not civ and _hyphenated(name):
            target = _first_name_match(toks, full_names, name)
        if target is None and len(toks) == 1:
            target = _surname_match(toks[0], c.start, gend, full_names, gender)
        if target is None and len(toks) == 1 and not civ:
            target = _first_name_match(toks, full_names)
        if target is None:
            target = _inner_match(toks, name, c.start, gend, full_names, gender)
        if target is None:
            target = Entity(id="", type="person", name=name, mentions=[])
            if len(toks) >= 2 and _introduced_as_kin(text, c.start, c.end, is_kin):
                target.attrs[_KIN] = True
            entities.append(target)
            full_names.append((toks, target))
        target.mentions.append(mention)
        if civ and "civility" not in target.attrs:
            target.attrs["civility"] = civ
        if gender.get(id(target)) is None:
            gender[id(target)] = gend
    for ent in entities:
        ent.attrs.pop(_KIN, None)
    return _merge_spellings(text, _other_names(text, entities))


_KIN = "_kin"
_POSSESSIVE = frozenset(("son", "sa", "ses", "leur", "leurs", "mon", "ma", "notre"))
_KIN_AFTER = re.compile(r"\s*,\s*(?:son|sa|ses|leur)\s+([\w-]+)")


def _introduced_as_kin(text: str, start: int, end: int, is_kin: Callable[[str], bool]) -> bool:
    """The story introduces the person as someone's relative: "Son père et agent, Jorge
    Messi", "sa fille Julie Depardieu", "Brigitte Macron, son épouse"."""
    words = [w.strip(",;:()").lower() for w in text[max(0, start - 40) : start].split()][-4:]
    for k, w in enumerate(words[:-1]):
        if w in _POSSESSIVE and is_kin(words[k + 1]):
            return True
    after = _KIN_AFTER.match(text, end)
    return after is not None and is_kin(after.group(1).lower())


# ", née Blaise", "(né Martin)", ", de son vrai nom Cori Gauff", ", alias Zaz", "Jeanne
# née Morel", a nickname ", dit « Titi »", ", surnommée « Lulu »": the name after is another
# name of the person named just before
# (the nickname in quotation marks only: ", dit Paul Roy" may be a verb of saying)
_OTHER_NAME = re.compile(r"(?:[,(]\s*(?:n[ée]e?|de son (?:vrai )?nom(?: de naissance)?|alias)|\snée)\s+$"
                         r"|[,(]\s*(?:dite?|surnomm[ée]e?)\s+[«\"\u201c][\s\u00a0\u202f]*$",
                         re.IGNORECASE)


def _other_names(text: str, entities: list[Entity]) -> list[Entity]:
    """One person under two names: a birth name given after the name in use ("Christine
    Villemin, née Blaise"; "Coco Gauff, de son vrai nom Cori Gauff") joins the person named
    right before it; a married double surname and a name with one half of it ("Sophie
    Martin-Reynaud" and "Sophie Reynaud", the same given name) are one person, when no
    sentence names both; a nickname the story explains ("Madiba, comme l'appelaient les
    Sud-Africains") is the story's first person's."""
    owner = {m.end: e for e in entities for m in e.mentions}
    merged: dict[int, Entity] = {}

    def find(e: Entity) -> Entity:
        while id(e) in merged:
            e = merged[id(e)]
        return e

    def join(into: Entity, e: Entity) -> None:
        into, e = find(into), find(e)
        if into is e:
            return
        into.mentions.extend(e.mentions)
        for k, v in e.attrs.items():
            into.attrs.setdefault(k, v)
        merged[id(e)] = into

    first = min(entities, key=lambda e: min(m.start for m in e.mentions), default=None)
    for e in entities:
        for m in e.mentions:
            link = _OTHER_NAME.search(text, max(0, m.start - 30), m.start)
            prev = owner.get(len(text[: link.start()].rstrip())) if link else None
            prev = prev or _born_subject(text, m.start, entities)
            if prev is None and len(e.name.split()) == 1 and _NICKNAME_AFTER.match(text, m.end):
                prev = first  # "Madiba, comme l'appelaient les Sud-Africains": the story's person
            if prev is not None and prev is not e:
                join(prev, e)
                break
    alive = [e for e in entities if id(e) not in merged]
    for e in alive:
        words = e.name.split()
        if len(words) != 2 or not _hyphenated(words[1]):
            continue
        halves = {fold(part) for part in words[1].split("-")}
        given = fold(words[0])
        for other in alive:
            o_words = other.name.split()
            if other is not e and id(other) not in merged and len(o_words) == 2 \
                    and fold(o_words[0]) == given and fold(o_words[1]) in halves \
                    and not _one_sentence(text, e, other):
                join(e, other)
    return [e for e in entities if id(e) not in merged]


_NICKNAME_AFTER = re.compile(r",\s*comme (?:l['\u2019](?:appel|surnomm)|(?:le|la|les) surnomm|on l)",
                             re.IGNORECASE)
_BORN_OPENING = re.compile(r"(?:^|[.!?»]\s+|\n\s*)(N[ée])(e?)\s+$")


def _born_subject(text: str, at: int, entities: list[Entity]) -> Entity | None:
    """"Née Freda McDonald à Saint-Louis, l'artiste ...": a birth name opening a sentence
    is that of the person named last before it whose given name agrees with "né"/"née"."""
    opening = _BORN_OPENING.search(text, max(0, at - 8), at)
    if opening is None:
        return None
    gend = "f" if opening.group(2) else "m"
    before = [(max(m.start for m in e.mentions if m.start < opening.start()), e) for e in entities
              if given_name_gender(e.name) == gend and any(m.start < opening.start() for m in e.mentions)]
    return max(before, key=lambda p: p[0])[1] if before else None


def _one_sentence(text: str, a: Entity, b: Entity) -> bool:
    """Some mention of `a` and some mention of `b` stand in one sentence."""
    for m in a.mentions:
        for n in b.mentions:
            lo, hi = (m.end, n.start) if m.end <= n.start else (n.end, m.start)
            if not re.search(r"[.!?\n]", text[lo:hi]):
                return True
    return False


def _merge_spellings(text: str, entities: list[Entity]) -> list[Entity]:
    """One person spelled two ways in one story, as transliterations go: "Bachar al-Assad" and
    "Bachar el-Assad" (the particles aside, the same name), "Mouammar Kadhafi" and "Moammar
    Kadhafi" (the same surname, given names a letter or two apart that no table gives two
    genders: "Jean Roux" and "Jeanne Roux" are two people), never both in one sentence
    ("Claude et Claudie Petit")."""
    out: list[Entity] = []
    keys: list[tuple[list[str], list[str], Entity]] = []
    for ent in entities:
        toks = _name_tokens(ent.name)
        bare = [t for t in toks if t not in PARTICLES]
        if len(bare) >= 2:
            same = next((other for ktoks, kbare, other in keys if ktoks != toks
                         and _spellings(kbare, bare) and not _one_sentence(text, other, ent)), None)
            if same is not None:
                same.mentions.extend(ent.mentions)
                for k, v in ent.attrs.items():
                    same.attrs.setdefault(k, v)
                continue
            keys.append((toks, bare, ent))
        out.append(ent)
    return out


def _spellings(a: list[str], b: list[str]) -> bool:
    """Two names (particles left out) that may spell one: the same, or the same surname after
    given names a letter or two apart, of no two known genders."""
    if a == b:
        return True
    if len(a) != len(b) or a[1:] != b[1:] or a[0][0] != b[0][0] or min(len(a[0]), len(b[0])) < 4:
        return False
    return _given_names().get(a[0]) == _given_names().get(b[0]) \
        and SequenceMatcher(None, a[0], b[0]).ratio() >= 0.8


_AND = re.compile(r"\s+et\s+")
_GENERATIONS = frozenset(("Jr", "Sr", "II", "III", "IV", "fils", "père"))
_PAIR = re.compile(r"([A-ZÀ-Ý][\w'\u2019]{2,})-([A-ZÀ-Ý][\w'\u2019]{2,})")


@cache
def _pair_heads() -> frozenset[str]:
    """models/entities.json named_by_pairs: "l'affaire", "le tandem" before "X-Y"."""
    return frozenset(load_json("entities.json")["named_by_pairs"])


def _split_pairs(text: str, cands: list[Candidate]) -> list[Candidate]:
    """"l'affaire Woerth-Bettencourt", "le tandem Merkel-Sarkozy": two surnames joined by a
    hyphen after the noun of a thing two people name (or both of them surnames of people the
    story names in full) are two people, not one with a double surname."""
    surnames = set()
    for c in cands:
        name = _cand_name(text, c)
        if " " in name.strip():
            surnames.add(_name_tokens(name)[-1])
    if not surnames:
        return cands
    out: list[Candidate] = []
    for c in cands:
        name = _cand_name(text, c)
        m = _PAIR.fullmatch(name)
        if m is None or c.attrs.get("civility") or text[c.start : c.end] != name:
            out.append(c)
            continue
        known = [fold(m.group(1)) in surnames, fold(m.group(2)) in surnames]
        before = text[max(0, c.start - 14) : c.start].split()
        head = bool(before) and before[-1].lower().split("'")[-1].split("\u2019")[-1] in _pair_heads()
        if all(known) or (head and any(known)):
            cut = c.start + m.end(1)
            out.append(Candidate(c.label, c.start, cut, c.source, {**c.attrs, "name": m.group(1)}))
            out.append(Candidate(c.label, cut + 1, c.end, c.source, {**c.attrs, "name": m.group(2)}))
        else:
            out.append(c)
    return out


def _shared_surnames(text: str, cands: list[Candidate], is_title: Callable[[str], bool]) -> list[Candidate]:
    """"les frères Philippe et Laurent Dominati", "Marie et Pierre Curie", "Jean-Marie et
    Christine Villemin": a first name, simple or compound, coordinated with a full name shares
    its surname. Not a word that is someone's surname in
    the document ("Jospin et Jacques Chirac"), nor after a civility or a title, singular or
    plural ("le prince William et Kate Middleton"; "les juges Portelli et Philippe
    Vandingenen" are two people named by their surnames)."""
    surnames = {toks[-1] for toks in (_name_tokens(_cand_name(text, c)) for c in cands) if len(toks) >= 2}
    starts = {c.start: c for c in cands}
    out = []
    for c in cands:
        name = _cand_name(text, c)
        link = _AND.match(text, c.end)
        nxt = starts.get(link.end()) if link else None
        if nxt is not None and not c.attrs.get("civility") and " " not in name \
                and name.replace("-", "").isalpha() \
                and fold(name) not in surnames and not nxt.attrs.get("civility") \
                and not _after_title(text, c.start, is_title):
            full = _cand_name(text, nxt).split()
            if len(full) >= 2 and full[-1].rstrip(".") not in _GENERATIONS:  # "Ivanka et Donald Jr."
                c = Candidate(c.label, c.start, c.end, c.source,
                              {**c.attrs, "name": " ".join([name, *full[1:]])})
        out.append(c)
    return out


def _after_title(text: str, at: int, is_title: Callable[[str], bool]) -> bool:
    """The word before `at` is a title, singular or plural ("le prince", "les juges")."""
    words = text[max(0, at - 30) : at].split()
    if not words:
        return False
    word = words[-1].lower()
    return any(is_title(w) for w in {word, word[:-1] if word.endswith(("s", "x")) else word})


def _untitled(name: str) -> str:
    """The name without the lower-case title it opens with ("cardinal Bergoglio", "abbé
    Pierre"); the name itself when it has none."""
    words = name.split()
    k = 0
    while k < len(words) - 1 and words[k][:1].islower() and fold(words[k]) not in PARTICLES:
        k += 1
    return " ".join(words[k:]) if k and words[k][:1].isupper() else name


def _hyphenated(name: str) -> bool:
    """One word of parts joined by hyphens: "Martin-Reynaud", "Jean-Claude"."""
    name = name.strip()
    return "-" in name and " " not in name and name.replace("-", "").isalpha()


def _first_name_match(toks: list[str], full_names: list[tuple[list[str], Entity]],
                      compound: str | None = None) -> Entity | None:
    """"Julien" after "Julien Martin": a first name alone names the one person of the
    document who bears it (news uses it for children, athletes, witnesses); with two such
    people, or when it is also someone's surname, it joins no one. A `compound` given name
    ("Jean-Claude" after "Jean-Claude Dreyfus") names one whose first word it is."""
    n = len(toks)
    if any(len(ftoks) > n and ftoks[-n:] == toks for ftoks, _ in full_names):
        return None
    found = [ent for ftoks, ent in full_names if len(ftoks) > n and ftoks[:n] == toks
             and (compound is None or fold(ent.name.split()[0]) == fold(compound))]
    return found[0] if len(found) == 1 else None


def _inner_match(
    toks: list[str],
    name: str,
    at: int,
    gend: str | None,
    full_names: list[tuple[list[str], Entity]],
    gender: dict[int, str | None],
) -> Entity | None:
    """A short form inside one longer name of the document: "Lula" for "Luiz Inácio Lula da
    Silva", "López Obrador" for "Andrés Manuel López Obrador", "Mme Bettencourt Meyers" for
    "Françoise Bettencourt Meyers", "M. Xi" for "Xi Jinping" (a surname written first),
    "Denis Sassou" for "Denis Sassou-Nguesso" (a hyphenated surname cut), "Lucía Ferrer" for
    "Lucía Ferrer Gil" (a second surname dropped, as Spanish and Portuguese names are written
    again). Not a given name
    ("Marie" in "Jean-Marie Le Pen"); when several names hold the form, the one named last
    before it."""
    n = len(toks)
    if not n or (toks[0] in PARTICLES and n == 1) or any(len(t) < 2 for t in toks):
        return None
    lead_given = is_given_name(toks[0])
    found: dict[int, Entity] = {}
    for ftoks, ent in full_names:
        if len(ftoks) <= n or (gend and _gender(ent, gender) not in (gend, None)):
            continue
        for k in range(len(ftoks) - n + 1):
            if ftoks[k:k + n] != toks:
                continue
            if k > 0 and not lead_given:
                found[id(ent)] = ent
            elif k == 0 and n == 1 and not lead_given and gend:
                found[id(ent)] = ent  # "M. Xi" after "Xi Jinping"
            elif k == 0 and n >= 2 and fold(ent.name).startswith(fold(name)) \
                    and ent.name[len(name):len(name) + 1] == "-":
                found[id(ent)] = ent  # "Denis Sassou" for "Denis Sassou-Nguesso"
            elif k == 0 and lead_given and len(name.split()) >= 2 and ent.name.split()[:-1] == name.split():
                found[id(ent)] = ent  # "Lucía Ferrer" for "Lucía Ferrer Gil": a second surname dropped
    return _last_before(list(found.values()), at, gend, gender)


def _gender(ent: Entity, gender: dict[int, str | None]) -> str | None:
    """A person's gender from a civility the text gave, else from the given name ("Michelle
    Obama" is no "M. Obama")."""
    return gender.get(id(ent)) or given_name_gender(ent.name)


def _last_before(found: list[Entity], at: int, gend: str | None,
                 gender: dict[int, str | None]) -> Entity | None:
    """The one of `found` a short form at `at` names: the only one, else the one of the
    civility's gender, else the one mentioned last before it ("Le Pen" after "Marine Le Pen",
    with "Jean-Marie Le Pen" named earlier); None when nothing decides."""
    if gend and len(found) > 1:
        found = [e for e in found if _gender(e, gender) in (gend, None)] or found
    if len(found) > 1:
        # a relative introduced as such ("son père, Jorge Messi") is named in full or by the
        # given name; the surname alone is the main person's ("Messi disputera ...")
        found = [e for e in found if not e.attrs.get(_KIN)] or found
    if len(found) <= 1:
        return found[0] if found else None
    before = sorted(((max((m.start for m in e.mentions if m.start < at), default=-1), e) for e in found),
                    key=lambda p: p[0], reverse=True)
    if before[0][0] < 0 or before[1][0] == before[0][0]:
        return None
    return before[0][1]


def _surname_match(
    surname: str,
    at: int,
    gend: str | None,
    full_names: list[tuple[list[str], Entity]],
    gender: dict[int, str | None],
) -> Entity | None:
    """"Martin" or "M. Martin": the one full name ending on the surname that the civility
    and position point to (_last_before); None when nothing decides."""
    found = [ent for toks, ent in full_names if len(toks) >= 2 and toks[-1] == surname]
    return _last_before(found, at, gend, gender)


def reconcile_people(entities: list[Entity],
                     is_place: Callable[[str], bool] = lambda name: False) -> list[Entity]:
    """A known person's full name read as a place or organization joins the person.

    "Timor Goksel" tagged once as a place, "WikiLeaks Julian Assange" as one organization:
    the mention (or its tail) that spells a person's full name becomes that person's, the
    rest stays with its entity, and entities left with one name are merged. Initials ("DSK")
    and a surname in capitals ("MBAPPÉ"; not a place by `is_place`) join their person too.
    """
    full: dict[str, Entity] = {}
    for e in entities:
        if e.type == "person" and len(_name_tokens(e.name)) >= 2:
            full.setdefault(fold(e.name), e)
    if not full:
        return entities
    for e in entities:
        if e.type not in ("place", "organization", "misc"):
            continue
        kept: list[Mention] = []
        for m in e.mentions:
            key = fold(m.text)
            if key in full:
                full[key].mentions.append(m)
                continue
            for name, person in full.items():
                if key.endswith(" " + name) and len(m.text) > len(name) + 1:
                    cut = len(m.text) - len(name)
                    # the tail must be the name as written (same length once folded); not the
                    # complement of a name given after someone ("Société des amis de Victor Hugo")
                    after_de = fold(m.text[:cut]).split()[-1:] in (["de"], ["d"], ["du"], ["des"])
                    if fold(m.text[cut:]) == name and m.text[cut - 1] == " " and not after_de:
                        person.mentions.append(Mention(m.start + cut, m.end, m.text[cut:]))
                        head = m.text[:cut].rstrip()
                        m = Mention(m.start, m.start + len(head), head)
                    break
            kept.append(m)
        if kept != e.mentions:
            e.mentions = kept
            if kept and fold(e.name) not in {fold(k.text) for k in kept}:
                e.name = max((k.text for k in kept), key=len)
    _initials_join(entities)
    _capitals_join(entities, is_place)
    out: list[Entity] = []
    by_key: dict[tuple[str, str], Entity] = {}
    for e in entities:
        if not e.mentions:
            continue
        if e.type in ("place", "organization", "misc"):
            key = (e.type, fold(e.name))
            if key in by_key:
                by_key[key].mentions.extend(e.mentions)
                continue
            by_key[key] = e
        out.append(e)
    for e in out:
        e.mentions = sorted(set(e.mentions))
    return out


_INITIALS = re.compile(r"[A-Z]{3,5}")
_NAME_PARTS = re.compile(r"[\s\-'\u2019]+")


def _initials(name: str) -> set[str]:
    """"DSK" for "Dominique Strauss-Kahn", "PPDA" for "Patrick Poivre d'Arvor", "MBS" and
    "MS" for "Mohammed ben Salmane": the first letters of the name's parts, its particles
    counted or not."""
    parts = [p for p in _NAME_PARTS.split(name) if p[:1].isalpha()]
    every = "".join(p[0] for p in parts).upper()
    named = "".join(p[0] for p in parts if fold(p) not in PARTICLES and fold(p) != "l").upper()
    return {fold(every).upper().replace(" ", ""), fold(named).upper().replace(" ", "")}


def _initials_join(entities: list[Entity]) -> None:
    """A person's initials written as one word ("DSK", "NKM", "AMLO" after the full name):
    the initials, whatever type they were given, are that person's mentions, when exactly
    one person of the document has them (three letters at least: "PS" is a party)."""
    people = [e for e in entities if e.type == "person" and len(_NAME_PARTS.split(e.name)) >= 2]
    if not people:
        return
    for e in entities:
        if e.type not in ("person", "organization", "misc") or not _INITIALS.fullmatch(e.name) \
                or any(m.text != e.name for m in e.mentions):
            continue
        found = [p for p in people if p is not e and e.name in _initials(p.name)]
        if len(found) == 1:
            found[0].mentions.extend(e.mentions)
            e.mentions = []


def _capitals_join(entities: list[Entity], is_place: Callable[[str], bool]) -> None:
    """A surname the document writes in capitals ("MBAPPÉ a officialisé ...", a headline, a
    caption) and the model read as a place or a body, there and wherever it has the same type,
    is the one person of the document with that surname, when no gazetteer knows it as a
    place (`is_place`)."""
    people = [e for e in entities if e.type == "person"]
    if not people:
        return
    for e in entities:
        if e.type not in ("place", "organization", "misc") or " " in e.name.strip() \
                or not any(m.text.isupper() and len(m.text) >= 3 for m in e.mentions):
            continue
        key = fold(e.name)
        found = [p for p in people if _name_tokens(p.name)[-1:] == [key]]
        if len(found) == 1 and not is_place(e.name):
            found[0].mentions.extend(e.mentions)
            e.mentions = []


# letters of Latin-script alphabets that Unicode does not decompose into a base letter and an
# accent, so `fold` keeps them: "Michał", "Aydın", "Søren", "Đorđe" are keyed on "michal", ...
_LATIN_LETTERS = str.maketrans({"ł": "l", "ı": "i", "ø": "o", "đ": "d", "ħ": "h", "ŀ": "l", "ß": "ss",
                                "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"})


def name_key(word: str) -> str:
    """A given name folded (`fold`) down to ASCII letters: the key of models/names."""
    key = fold(word)
    return key if key.isascii() else key.translate(_LATIN_LETTERS)


@cache
def _given_names() -> dict[str, str]:
    """models/names/first_names.txt (scripts/build_first_names.py): folded given name -> "f"/"m"."""
    return dict(line.split("\t", 1) for line in load_lines("names/first_names.txt"))


def given_name_gender(name: str) -> str | None:
    """"f" or "m" from the given name a full name opens with ("Angela Merkel", "Jean-Pierre
    Roy": its first part), when the table gives that name one gender; None for a surname
    alone, an unknown or a mixed name ("Claude", "Dominique")."""
    words = name.split()
    if len(words) < 2:
        return None
    first = name_key(words[0]).split(" ")[0]  # fold turns "Jean-Pierre" into "jean pierre"
    return _given_names().get(first)


@cache
def _epicene_names() -> frozenset[str]:
    """models/names/epicene_names.txt: given names of both genders ("Claude", "Dominique"),
    which the gender table leaves out."""
    return frozenset(load_lines("names/epicene_names.txt"))


def lone_given_name_gender(name: str) -> str | None:
    """"f" or "m" for a person the text names by one given name alone ("Son mari, Paul,"), when
    the table gives that name one gender; None for a name of two words or more."""
    words = name.split()
    return _given_names().get(name_key(words[0])) if len(words) == 1 and "-" not in name else None


def is_given_name(word: str) -> bool:
    """Whether this one word is a given name in models/names: of one gender ("Bernard", "Léa")
    or of both ("Claude", "Camille"; these say no gender: `given_name_gender`)."""
    key = name_key(word)
    return key in _given_names() or key in _epicene_names()



@cache
def _title_given_names() -> frozenset[str]:
    return frozenset(fold(w) for w in load_json("entities.json")["title_given_names"])


_ROMAN = re.compile(r"^(?:[IVXLC]+|Ier|Ire|Iᵉʳ)$")
_DETERMINERS = frozenset(("le", "la", "l'", "l\u2019", "les", "du", "des", "au", "aux", "un", "une", "ce",
                          "cet", "son", "sa", "ses", "leur", "notre", "votre"))


def given_name_title(doc: Doc, i: int) -> bool:
    """Whether token i is a title that is also a given name ("Pape", "Cheikh":
    `title_given_names` of models/entities.json) opening a person's name: capitalized, no
    article right before it, a given name and a surname at least after it, no
    ordinal ("le maire, Pape Ousmane Diallo," is Pape Ousmane Diallo; "le pape François",
    "Pape Jean Paul II" name a pope)."""
    tok = doc[i]
    if not tok.is_title or fold(tok.text) not in _title_given_names():
        return False
    if i > 0 and (doc[i - 1].lower_ in _DETERMINERS or doc[i - 1].pos_ == "DET"):
        return False
    j = i + 1
    while j < len(doc) and doc[j].is_alpha and doc[j].is_title and not _ROMAN.match(doc[j].text):
        j += 1
    if j < len(doc) and _ROMAN.match(doc[j].text):
        return False
    # inside a name, after a given name: "Pape Cheikh Sarr", "Awa Cheikh Ba"
    inside = i > 0 and doc[i - 1].is_title and doc[i - 1].is_alpha \
        and (doc[i - 1].pos_ == "PROPN" or is_given_name(doc[i - 1].text)
             or fold(doc[i - 1].text) in _title_given_names())
    return j - i - 1 >= (1 if inside else 2)
