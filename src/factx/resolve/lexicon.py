"""The role and quote lexicons of models/roles/, indexed once per process.

Everything the facts layer knows about French titles, qualifiers, nationality adjectives and
verbs is data in models/roles/*.json; this module only reads it and derives the inflected
forms (feminine and plural of "afghan", gender of "présidente").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from factx.resolve.names import fold
from factx.resources import load_json


def inflect(adj: str) -> list[str]:
    """Masculine singular adjective -> its four forms ("malien" -> malienne, maliens...)."""
    if "|" in adj:
        masc, fem = adj.split("|", 1)
    else:
        masc = adj
        if masc.endswith("e"):
            fem = masc
        elif masc.endswith(("ien", "éen", "yen")) or masc.endswith("on"):
            fem = masc + "ne"
        else:
            fem = masc + "e"
    plural_m = masc if masc.endswith(("s", "x")) else masc + "s"
    return [masc, fem, plural_m, fem + "s"]


ER_ENDINGS = ("e", "es", "ent", "ons", "ez", "ait", "aient", "a", "èrent", "era", "eront", "erait", "é", "ée",
              "és", "ées", "ant")


def _er_forms(lemma: str) -> list[str]:
    """Usual conjugated forms of a first-group verb ("présider" -> préside, présidait, ...),
    for the tokens the lemmatizer leaves as they are."""
    if not lemma.endswith("er"):
        return []
    stem = lemma[:-2]
    soft = stem[:-1] + "ç" if stem.endswith("c") else stem + "e" if stem.endswith("g") else stem
    return [(soft if end[0] in "ao" else stem) + end for end in ER_ENDINGS]


def _first_chunk(s: str) -> str:
    """"député-maire" -> "député", "secrétaire d'état" -> "secrétaire", "l'" kept whole."""
    for i, c in enumerate(s):
        if c in " -'\u2019" and i > 0:
            return s[:i]
    return s


@dataclass(frozen=True)
class Lexicon:
    titles: dict[str, tuple[str, str | None]]  # lower form -> (canonical masculine, gender m/f/None)
    max_title_words: int
    first_words: frozenset[str]
    office: frozenset[str]
    head_offices: frozenset[str]  # "directeur": an office of the story's body, for roles only
    head_titles: frozenset[str]  # folded: "president", the one "à la tête de" a body holds it there
    fronted_heads: frozenset[str]  # "gouverneur": of the body named just before, never the story's
    body_only: frozenset[str]  # titles held in a body, never for a person ("patron")
    functions: frozenset[str]  # held in the body the story names when the title names none ("porte-parole")
    for_clients: frozenset[str]  # titles held for whoever hires them ("avocat"), in no body
    person_nouns: frozenset[str]  # "le jeune homme", "la victime": a person by a circumstance
    generic: frozenset[str]
    address_titles: frozenset[str]  # folded: "abbé", "chanoine" before a name, no office
    prefixes: tuple[str, ...]
    glued_prefixes: tuple[str, ...]  # "co" in "cosecrétaire": only before a whole title
    kinship: frozenset[str]
    same_office: tuple[tuple[str, ...], ...]  # folded names of one office
    title_bodies: dict[str, tuple[str, ...]]  # folded title -> folded names of the body it is held in
    not_titles: frozenset[str]
    adjectival: frozenset[str]  # titles that are also adjectives ("principal"): not before a noun
    not_role_heads: frozenset[str]
    before: dict[str, str | None]
    prefix_status: dict[str, str]
    after: dict[str, str | None]
    max_after_words: int
    status_words: dict[str, str]
    political: frozenset[str]  # party labels after a title, read over and left out of the role
    party_acronyms: frozenset[str]
    openers: frozenset[str]
    additive: tuple[tuple[str, ...], ...]  # "par ailleurs", "aussi" after "et" / "mais" between two titles
    topic_shift: tuple[str, ...]
    nationalities: dict[str, str]
    demonym_suffixes: tuple[str, ...]  # longest first
    demonyms: dict[str, str]  # gentilés known without their place named ("spinalien" -> Épinal)
    not_demonyms: frozenset[str]
    demonym_mandates: frozenset[str]  # titles held in a territory, besides the offices' lists
    org_nouns: frozenset[str]
    trade_bodies: frozenset[str]  # "constructeur": a firm by its trade, right before its name
    anaphoric_bodies: frozenset[str]  # org nouns that take up any organization named before
    team_nouns: frozenset[str]  # "le club", "l'équipe": never the league it plays in
    league_words: frozenset[str]
    public_bodies: frozenset[str]  # heads of public institutions named by their kind
    member_bodies: frozenset[str]  # bodies of members with a bureau ('l'amicale', 'le club')
    owner_nouns: frozenset[str]  # 'la famille', 'le personnel': no title, no body's kind, yet an owner
    place_nouns: frozenset[str]
    state_nouns: frozenset[str]
    place_or_state: frozenset[str]  # folded place_nouns and state_nouns: territories, no body's kind
    commune_nouns: frozenset[str]  # place nouns that take up a commune ('la commune', 'la ville')
    commune_bodies: frozenset[str]
    area_bodies: frozenset[str]  # folded words of bodies of an area wider than a commune
    kind_bodies: frozenset[str]  # folded head nouns of a body named by its kind ('communauté')
    states: frozenset[str]  # country names among the nationality adjectives' places
    state_titles: frozenset[str]
    secretary_posts: frozenset[str]  # folded: "a la defense", "au tresor" after "secrétaire"
    secretary_titles: frozenset[str]  # "secrétaire à la défense", "sous-secrétaire au trésor"
    secretary_states: frozenset[str]  # folded: the states whose secretaries those are
    local_titles: frozenset[str]
    member_titles: frozenset[str]  # seats a body has many holders of: 'le conseiller municipal' points back
    situation_titles: frozenset[str]  # 'le conducteur', 'le pompier': whom a story's situation brings in
    council_sides: frozenset[str]  # 'conseiller d'opposition': a seat on a council, a local office
    deed_nouns: frozenset[str]  # 'auteur de 9 buts': a deed counted, no function
    weekdays: frozenset[str]  # calendar.json: "samedi" after a title is no adjective of it
    team_titles: frozenset[str]
    ranks: frozenset[str]  # folded: "capitaine", "adjudant-chef", held in a uniformed body
    forces_words: tuple[str, ...]  # folded words of a uniformed body's name ("gendarmerie", "sdis")
    not_domain: frozenset[str]
    state_level_bodies: tuple[str, ...]  # folded openings: "parlement", "nations unies"
    faiths: frozenset[str]  # "copte", "chiite": who the person is, read over after a title
    origin_words: frozenset[str]  # "originaire (de)": where the person comes from
    role_verbs: dict[str, tuple[str, str]]
    role_verb_forms: dict[str, str]  # conjugated form -> lemma
    any_object_verbs: frozenset[str]  # role verbs whose object need not be a body ("fonder")
    appointment: dict[str, str | None]
    copular: frozenset[str]
    appointment_forms: frozenset[str]
    succession: frozenset[str]
    succession_forms: frozenset[str]
    succession_not_handed: frozenset[str]  # "l'abbé", "le docteur": a form of address, no office taken
    handover: dict[str, frozenset[str]]  # "passer" -> its objects ("relais", "flambeau")
    role_nouns: dict[str, tuple[str, str] | None]
    office_taken: dict[str, str | None]  # "X a pris la présidence": verb lemma -> status
    portfolio_nouns: dict[str, str | None]  # "ministère" -> "ministre"; "poste": the title follows
    portfolio_given: frozenset[str]  # "le ministère X revient à Y"
    portfolio_taken: frozenset[str]  # "Y récupère le portefeuille de X"
    as_markers: frozenset[str]
    speech: frozenset[str]
    speech_forms: frozenset[str]
    according_to: frozenset[str]
    # feminines derived by rule (feminine_title), not listed: "générale", "colonelle"; a few are
    # also everyday adjectives that open firms' names ("la Générale des eaux")
    derived_feminines: frozenset[str]
    # derived from the fields above, once
    not_heads: frozenset[str] = field(init=False)  # nouns that never head an unknown title
    verb_role_words: frozenset[str] = field(init=False)  # forms a role verb or noun may take
    verb_role_lemmas: frozenset[str] = field(init=False)  # lemmas of role and succession verbs
    folded_states: frozenset[str] = field(init=False)
    folded_political: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        derive = object.__setattr__  # frozen: the derived fields are set once, here
        derive(self, "not_heads", self.kinship | self.not_role_heads | self.not_domain | self.org_nouns
               | self.place_nouns | self.not_titles)
        derive(self, "verb_role_words",
               frozenset(self.role_nouns) | frozenset(self.role_verb_forms) | self.succession_forms)
        derive(self, "verb_role_lemmas",
               frozenset(self.role_verbs) | self.succession | frozenset(self.handover))
        derive(self, "folded_states", frozenset(fold(x) for x in self.states))
        derive(self, "folded_political", frozenset(fold(x) for x in self.political))

    def may_start_title(self, word: str) -> bool:
        """Whether a token (lower case) can be the first word of a title: a cheap filter."""
        for p in ("", *self.prefixes):
            if word.startswith(p):
                w = _first_chunk(word[len(p):])
                if w in self.first_words or (w.endswith("s") and w[:-1] in self.first_words) \
                        or (w.endswith("aux") and w[:-3] + "al" in self.first_words):  # "généraux"
                    return True
        for p in self.glued_prefixes:  # "cosecrétaire", "coauteurs"
            if word.startswith(p) and len(word) > len(p) + 3 and self.may_start_title(word[len(p):]):
                return True
        return False

    def title_of(self, text: str) -> tuple[str, str | None] | None:
        """(masculine form, gender) of a title as written, prefixes ("ex-") allowed."""
        low = text.lower()
        if low in self.titles:
            return self.titles[low]
        # hyphenated compounds ("secrétaire-général"), a state without its accent ("chef de l'Etat")
        for alt in (low.replace("-", " "), low.replace("l'etat", "l'état").replace("d'etat", "d'état")):
            if alt in self.titles:
                return self.titles[alt]
        for p in self.prefixes:
            if low.startswith(p) and low[len(p):] in self.titles:
                masc, g = self.titles[low[len(p):]]
                return p + masc, g
        for p in self.glued_prefixes:
            # "la cosecrétaire", "le coauteur", "cotrésorière": the rest a whole title of its own
            rest = low[len(p):]
            if low.startswith(p) and len(rest) > 3 and rest[0].isalpha() and rest in self.titles:
                masc, g = self.titles[rest]
                return p + masc, g
        parts = low.split("-")
        if len(parts) == 2 and all(parts) and " " not in low:
            # two titles joined by a hyphen are one title: "adjudant-chef", "médecin-capitaine",
            # "agriculteur-éleveur" (each part known, its gender kept when one part has it)
            a, b = self.titles.get(parts[0]), self.titles.get(parts[1])
            if a is None and parts[0].endswith("s"):  # "imprimeurs-libraires", the caller drops the last s
                a = self.titles.get(parts[0][:-1])
            if a is not None and b is not None:
                genders = {a[1], b[1]} - {None}
                return a[0] + "-" + b[0], (genders.pop() if len(genders) == 1 else None)
        return None


def feminine_title(masc: str, endings: dict[str, str]) -> str | None:
    """The regular feminine of a title written in one form: its first word's ending changed
    (models/roles/titles.json 'feminine_endings': "général de division" -> "générale de
    division", "chef d'état-major" -> "cheffe d'état-major", "pasteur" -> "pasteure"); None
    for a word in -e, a hyphenated first word (each part is read on its own) or no ending of
    the table. (A title in -teur whose feminine is in -trice has both forms in the lists.)"""
    first, sep, rest = masc.partition(" ")
    if "-" in first or "." in first or first.endswith("e"):
        return None
    for end in sorted(endings, key=len, reverse=True):
        if first == end or (len(first) > len(end) + 2 and first.endswith(end) and end != "chef"):
            return first[: len(first) - len(end)] + endings[end] + sep + rest
    return None


@cache
def lexicon() -> Lexicon:
    t = load_json("roles/titles.json")
    q = load_json("roles/qualifiers.json")
    n = load_json("roles/nationalities.json")
    v = load_json("roles/verbs.json")
    dm = load_json("roles/demonyms.json")
    titles: dict[str, tuple[str, str | None]] = {}
    # hand-written titles first, then the broad lexicon derived from the model (professions.py)
    not_titles = set(t["not_titles"])
    place_or_state = frozenset(fold(y) for y in [*n["place_nouns"], *n["state_nouns"]])  # not kinds of bodies
    broad = [f for f in load_json("roles/professions.json")["titles"] if not not_titles & set(f)]
    for forms in [*t["titles"], *broad]:
        masc = forms[0]
        if len(forms) == 1:
            titles.setdefault(masc, (masc, None))
        else:
            titles.setdefault(masc, (masc, "m"))
            titles.setdefault(forms[1], (masc, "f"))
    derived_feminines: set[str] = set()
    for masc in [*(f[0] for f in t["titles"] if len(f) == 1), *t["ranks"]]:
        fem = feminine_title(masc, t["feminine_endings"])
        if fem is not None and masc in titles and fem not in titles:  # "générale", "colonelle"
            titles[fem] = (titles[masc][0], "f")
            derived_feminines.add(fem)
    not_eure = set(t["not_eure_feminines"])
    for form, (masc, gender) in list(titles.items()):
        # "professeure", "auteure", "chercheure": the feminine in -eure of any title in -eur
        first, sep, rest = form.partition(" ")
        if gender != "f" and first.endswith("eur") and first.isalpha() and first + "e" not in not_eure:
            titles.setdefault(first + "e" + sep + rest, (masc, "f"))
    posts = t["secretary_posts"]
    secretaries = [f"{head} {p}" for head in ("secrétaire", "sous-secrétaire") for p in posts]
    for title in secretaries:  # "secrétaire à la défense": one title, a state's
        titles.setdefault(title, (title, None))
    for form, hit in list(titles.items()):  # spellings of the 1990 reform: "entraineur", "maitre"
        if "î" in form or "û" in form:
            titles.setdefault(form.replace("î", "i").replace("û", "u"), hit)
    nat: dict[str, str] = {}
    derived = load_json("roles/nationalities_derived.json")["adjectives"]  # professions.py
    for adj, place in [*n["adjectives"].items(), *derived.items()]:
        for form in inflect(adj):
            nat.setdefault(form, place)
    return Lexicon(
        titles=titles,
        max_title_words=max(len(k.split()) for k in titles) + 2,
        first_words=frozenset(_first_chunk(k) for k in titles),
        office=frozenset(t["office"]),
        head_offices=frozenset(t["head_offices"]),
        head_titles=frozenset(fold(x) for x in t["head_titles"]),
        fronted_heads=frozenset(t["fronted_heads"]),
        body_only=frozenset(t["body_only"]),
        functions=frozenset(t["functions"]),
        for_clients=frozenset(t["for_clients"]),
        person_nouns=frozenset(t["person_nouns"]),
        generic=frozenset(t["generic"]),
        address_titles=frozenset(fold(x) for x in t["address_titles"]),
        prefixes=tuple(t["prefixes"]),
        glued_prefixes=tuple(t["glued_prefixes"]),
        kinship=frozenset(t["kinship"]),
        same_office=tuple(tuple(fold(x) for x in g) for g in t["same_office"]),
        title_bodies={fold(k): tuple(fold(x) for x in v) for k, v in t["title_bodies"].items()},
        not_titles=frozenset(not_titles),
        adjectival=frozenset(t["adjectival"]),
        not_role_heads=frozenset(t["not_role_heads"]),
        before=dict(q["before"]),
        prefix_status=dict(q["prefix_status"]),
        after=dict(q["after"]),
        max_after_words=max(len(k.split()) for k in q["after"]),
        status_words=dict(q["status_words"]),
        political=frozenset(q["political"]),
        party_acronyms=frozenset(q["party_acronyms"]),
        openers=frozenset(q["appositive_openers"]),
        additive=tuple(sorted((tuple(a.split()) for a in q["additive_adverbs"]), key=len, reverse=True)),
        topic_shift=tuple(q["topic_shift"]),
        nationalities=nat,
        demonym_suffixes=tuple(sorted(dm["suffixes"], key=len, reverse=True)),
        demonyms={form: place for adj, place in dm["known"].items() for form in inflect(adj)},
        not_demonyms=frozenset(form for adj in dm["not_demonyms"] for form in inflect(adj)),
        demonym_mandates=frozenset(dm["mandates"]),
        org_nouns=frozenset(n["org_nouns"]),
        trade_bodies=frozenset(n["trade_bodies"]),
        anaphoric_bodies=frozenset(n["anaphoric_bodies"]),
        team_nouns=frozenset(n["team_nouns"]),
        league_words=frozenset(fold(x) for x in n["league_words"]),
        public_bodies=frozenset(fold(x) for x in n["public_bodies"]),
        member_bodies=frozenset(n["member_bodies"]),
        owner_nouns=frozenset(n["owner_nouns"]),
        place_nouns=frozenset(n["place_nouns"]),
        state_nouns=frozenset(n["state_nouns"]),
        place_or_state=place_or_state,
        commune_nouns=frozenset(n["commune_nouns"]),
        commune_bodies=frozenset(n["commune_bodies"]),
        area_bodies=frozenset(n["area_bodies"]),
        kind_bodies=frozenset(fold(x) for x in [*n["kind_bodies"], *n["org_nouns"], *n["public_bodies"],
                                                 *n["area_bodies"]]) - place_or_state,
        states=frozenset(p for p in [*n["adjectives"].values(), *derived.values()]
                         if p not in set(n["not_states"])),
        state_titles=frozenset([*t["state"], *secretaries]),
        secretary_posts=frozenset(fold(p) for p in posts),
        secretary_titles=frozenset(secretaries),
        secretary_states=frozenset(fold(x) for x in t["secretary_states"]),
        local_titles=frozenset(t["local"]),
        member_titles=frozenset(t["member_titles"]),
        situation_titles=frozenset(t["situation_titles"]),
        council_sides=frozenset(fold(x) for x in t["council_sides"]),
        deed_nouns=frozenset(t["deed_nouns"]),
        weekdays=frozenset(load_json("calendar.json")["weekdays"]),
        team_titles=frozenset(fold(x) for x in t["team"]),
        ranks=frozenset(fold(x) for x in t["ranks"]),
        forces_words=tuple(fold(x) for x in n["forces_words"]),
        not_domain=frozenset(n["not_domain"]),
        state_level_bodies=tuple(fold(x) for x in n["state_level_bodies"]),
        faiths=frozenset(form for adj in n["faiths"] for form in inflect(adj)),
        origin_words=frozenset(n["origin_words"]),
        role_verbs={k: (a, b) for k, (a, b) in v["role_verbs"].items()},
        role_verb_forms={f: k for k in v["role_verbs"] for f in _er_forms(k)},
        any_object_verbs=frozenset(v["any_object_verbs"]),
        appointment=dict(v["appointment"]),
        copular=frozenset(v["copular"]),
        appointment_forms=frozenset(v["appointment_forms"]),
        succession=frozenset(v["succession"]),
        succession_forms=frozenset(v["succession_forms"]),
        succession_not_handed=frozenset(v["succession_not_handed"]),
        handover={verb: frozenset(objs) for verb, objs in v["handover"].items()},
        role_nouns={k: (tuple(x) if x else None) for k, x in v["role_nouns"].items()},  # type: ignore[misc]
        office_taken={**{f: st for k, st in v["office_taken"].items() for f in _er_forms(k)},
                      **v["office_taken"]},  # and the forms the lemmatizer misses ("quitte")
        portfolio_nouns=dict(v["portfolio"]["nouns"]),
        portfolio_given=frozenset(v["portfolio"]["given"]),
        portfolio_taken=frozenset(v["portfolio"]["taken"]),
        as_markers=frozenset(v["as_markers"]),
        speech=frozenset(v["speech"]),
        speech_forms=frozenset(v["speech_forms"]),
        according_to=frozenset(v["according_to"]),
        derived_feminines=frozenset(derived_feminines),
    )


@cache
def parties() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Folded noun of a part played in an event ("prévenu", "vainqueur") -> (folded verbs whose
    object, folded verbs whose subject plays it) (models/quotes.json `parties`)."""
    out: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for part in load_json("quotes.json")["parties"].values():
        verbs = (frozenset(map(fold, part["object_of"])), frozenset(map(fold, part["subject_of"])))
        out.update({fold(n): verbs for n in part["nouns"]})
    return out
