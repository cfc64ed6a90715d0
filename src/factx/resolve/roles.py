"""Role facts: who holds which title, of which organization or place, current or not.

A title is found by lexicon lookup over token n-grams (models/roles/titles.json), then the
phrase around it is read token by token: qualifiers before and after it ("ancienne",
"sortante", "par intérim"), a nationality adjective ("le président afghan" -> of
Afghanistan), complements ("de SERDEX International" is the organization, "à
l'international" belongs to the title), coordination ("directrice générale et commissaire
... de X" gives two roles of X). Its holder is the person in apposition after or before it,
the subject of a copula or appointment verb found through the dependency parse ("a été
nommé directeur"), or the subject of the clause for "à titre de", "en tant que". Verbs and
nouns that imply a role ("X dirige Y", "X succèdera à Y à la présidence", "la présidence de
X") give derived roles, kept only when no explicit title already says it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache, cached_property, lru_cache
from itertools import pairwise

from spacy.symbols import NOUN
from spacy.tokens import Doc, Span, Token

from factx import gazetteer
from factx.components import base
from factx.resolve.gentiles import gentile_form
from factx.resolve.lexicon import Lexicon, lexicon, parties
from factx.resolve.names import fold, given_name_gender, given_name_title
from factx.resolve.patterns import DepMatches
from factx.resolve.spans import EntityIndex
from factx.resources import load_json
from factx.temporal.header import first_line_start, headline_end
from factx.types import Entity, Mention
from factx.verbs import doc_verbs
from factx.words import drop_article

PERSON = ("person",)
ORG_PLACE = ("organization", "place")
PLACE_ORG = ("place", "organization")  # a body named by a bare name: a state, a town first
DEF_DETS = {"le", "la", "l'", "les"}
INDEF_DETS = {"un", "une"}
DEMONSTRATIVES = {"ce", "cet", "cette"}
POSS_DETS = {"son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes",
             *DEMONSTRATIVES}
# organs of a body named before ("le président du directoire" of the firm)
ORGANS = {"conseil", "directoire", "bureau", "comite", "commission", "assemblee"}
PRESIDENTS = {"président", "vice-président", "coprésident"}  # a body's head, its body in the title
_LEADING_ARTICLE = re.compile(r"^(?:[Ll]a |[Ll]e |[Ll]es |[Ll]['’])")
# copulas the model lemmatizes as nouns ("Odile Roy demeure présidente": "demeure", a dwelling)
MISREAD_COPULAS = {"demeure", "reste"}
# prepositions of circumstance that end a charge ("adjoint chargé des fêtes sous le mandat de X",
# "chargée des écoles depuis 2014"): what follows is when or under whom, not the charge
CHARGE_STOPS = frozenset({"sous", "depuis", "pendant", "durant", "lors", "jusqu'", "jusqu’"})
LATTER = {"dernier", "dernière"}  # "ce dernier", "cette dernière": the last person named
OWNER_DETS = {"son", "sa", "leur"}  # a possessive of the third person, before one title
DETS = DEF_DETS | INDEF_DETS  # an article
ANY_DETS = DETS | POSS_DETS  # an article or a possessive, demonstrative
DE = {"de", "d'", "du", "des"}
# what opens an item of a list or an apposition, before a bare title the tagger may call an
# adjective: "X, vice-présidente", "(trésorière)", and the dashes of a board's list
# ("président, X – vice-présidente, Y – trésorier, Z")
LIST_MARKS = (",", "(", "–", "—", "-")
# weak pronouns between a subject and its verb ("un ancien banquier l'avait dit")
CLITICS = {"ne", "n'", "n’", "y", "en", "lui", "leur", "l'", "l’", "le", "la", "les", "se", "s'", "s’"}
VOICE_NOUNS = {"voix", "bouche", "intermédiaire", "entremise"}  # "X, par la voix de son ministre"
# "Y reçoit celui de la Justice" (the post named before), "dont celui de X" (a plural title)
DEMONSTRATIVE_PRONOUNS = {"celui", "celle"}
# a story about a government, where "X reçoit la Défense" hands out a post
GOVERNMENT_WORDS = {"gouvernement", "cabinet", "ministre", "ministère", "portefeuille", "remaniement"}
CONTRACTED = {"du", "des", "au", "aux"}
CLOSING_MARKS = ("»", "”", '"')  # a quotation's closing mark, before its incise
CIVILITIES = {"M.", "MM.", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Dre", "Me", "Mes", "Mgr", "Pr"}
ROLE_PREPS = {"de", "d'", "du", "des", "à", "au", "aux", "chez", "auprès"}
LOCATIVE = {"en", "à", "au", "aux"}
ELECTED_ADJECTIVES = {"municipal", "municipale", "local", "locale", "régional", "régionale", "départemental",
                      "départementale", "communautaire", "national", "nationale"}
LOCAL_BODY_ADJECTIVES = ELECTED_ADJECTIVES | {"général", "générale", "généraux"}
FOLDED_LOCAL_BODY_ADJECTIVES = frozenset(fold(w) for w in LOCAL_BODY_ADJECTIVES)
NEGATION = {"ne", "n'", "n’"}
EPONYMOUS = {"régime", "cabinet"}  # with the state nouns, bodies named after their head ("le gouvernement X")
# a sentence that opens by naming who the title of the sentence before is ("Il s'agit de X")
IDENTIFYING = (("il", "s'", "agit", "de"), ("il", "s'", "agit", "d'"), ("c'", "est"), ("ce", "sera"),
               ("il", "s'", "appelle"), ("elle", "s'", "appelle"))
DE_FORMS = ("de", "d'", "d’")
_OF_WORDS = frozenset((*DE_FORMS, "du", "des"))  # "de", "d'", "du", "des": a complement's preposition
SEQUENCE_ADVERBS = {"successivement", "ensuite", "alors", "déjà", "longtemps", "enfin", "brièvement",
                    "désormais", "également", "notamment", "toujours", "encore", "depuis", "aujourd'hui",
                    "finalement"}
# between a copula and its title ("fut tour à tour secrétaire")
ADVERBIAL_PHRASES = {"tour à tour", "par la suite", "de nouveau", "à nouveau", "à son tour"}
# prepositions of the adverbial between a participle of appointment and its title ("élu à
# l'unanimité président", "réélue pour trois ans trésorière", "élu par acclamation maire")
ADVERBIAL_PREPOSITIONS = {"à", "pour", "par"}
NAMING_STEMS = ("appel", "nomm", "prénomm")  # "s'appelle", "se nomme", "se prénommait": the name given
# titles of their own that, glued after another title, qualify it ("directeur adjoint",
# "secrétaire générale adjointe", "directeur général délégué")
QUALIFYING_TITLES = {"adjoint", "adjointe", "délégué", "déléguée"}
# endings of French agent nouns: after "comme", a noun no lexicon knows with one is a function
AGENT_SUFFIXES = ("eur", "euse", "rice", "ier", "ière", "iste", "ien", "ienne", "aire")
# "Au grade de sergent : X et Y", "Au rang de commandeur : X et Y": the rank or the order's
# dignity each one listed gets
GRADE_NOUNS = {"grade", "rang", "dignité"}
BRANCH_NOUNS = {"section", "antenne", "délégation"}  # a local branch of a body named after it
# the nouns of a firm's plant: "le site", "l'usine" take up the firm whose plant was named so
PLANT_NOUNS = {"site", "usine", "établissement", "unité"}
SITE_BODIES = {"établissement", "hôpital", "école", "collège", "lycée", "clinique", "musée"}
JOIN_VERBS = {"rejoindre", "intégrer"}  # their object is the body joined
FRONTED_SIDES = {"chez", "côté", "à", "au", "aux", "pour", "dans", "auprès"}  # "Chez X,", "Côté X,", "À X,"
JOINED_PREPS = {"à", "au", "aux", "chez", "dans", "par"}  # the body one joins or works in, before "comme"
# words that open a verb's object or clause, never a title's complement ("juge que", "pilote le")
_VERB_OBJECT_OPENERS = frozenset(ANY_DETS | {"ces", "que", "qu'"})
APPOSITION_STOPS = frozenset((";", ":", "(", "«", "\"", "."))  # end a noun phrase in apposition
OBJECT_CLITICS = frozenset({"l'", "l’", "le", "la", "lui"})  # a third person taken up as object
# the standing offices a passive gives when its agent is a title and a name ("présidé par le
# notaire X") or its subject a group of people named by a plural title ("les jurés, présidés
# par X", "les joueurs, entraînés par Y"); "dirigé par" a mission or a group is no post
GROUP_OFFICES = frozenset(("président", "entraîneur"))
# the number of a counted group of people ("deux élèves de l'école, X et Y")
GROUP_COUNTS = {w: n for n, w in enumerate(
    ("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"), start=2)} \
    | {str(n): n for n in range(2, 11)}
# relative pronouns: a subject that takes up a noun of its own sentence
RELATIVE_PRONOUNS = frozenset(("qui", "que", "qu'", "dont", "lequel", "laquelle"))
ANAPHOR_SENTENCES = 3  # how far back a title without a name looks for the person it takes up
# nouns of shops, acts and things, never of an agent: "la boulangerie Vautrin", "le garage
# Mougel" name a business after its owner; "la nomination", "le classement" hold no office
# (a feminine agent in -eure is one: "la metteure en scène")
THING_SUFFIXES = ("ie", "tion", "sion", "ment", "ure", "age")
# after a title, words that make it another, lesser office: "maire-adjoint", "maire délégué",
# "maire honoraire" hold no mayor's office (folded)
ADJUNCTS = {"adjoint", "adjointe", "delegue", "deleguee", "honoraire", "suppleant", "suppleante"}
ORDINAL_ENDINGS = {"e", "er", "re", "ère", "ème", "eme", "es", "ers", "res"}
SKIP_VERBAL = {"a", "ont", "avait", "avaient", "aura", "auront", "aurait", "été", "qui", "ne", "n'", "pas",
               "déjà", "alors", "également", "aussi", "toujours", "encore", "bien", "y"}


@dataclass
class Phrase:
    """One title phrase in the text, token indices."""

    head: int
    head_end: int
    start: int  # first role token (pre-qualifiers included)
    det_start: int  # with its determiner
    end: int  # end of everything read (complements, nationality)
    pieces: list[tuple[int, int]]
    title: str  # canonical masculine title ("président")
    gender: str | None
    plural: bool = False
    status: str | None = None
    of: Entity | None = None
    of_name: str | None = None
    complement: bool = False  # a complement that is not a named organization ("d'une ONG")
    domain: bool = False  # a complement read into the title ("à l'international")
    # a complement with no article that names the kind of the office, not one body ("présidente
    # de groupe", "chef d'équipe"): no body of its own, so a possessive's owner still holds it
    kind_only: bool = False
    person_complement: bool = False  # "l'avocate de Bernard": the title is held for a person
    held_for: Entity | None = None  # that person


@dataclass
class Role:
    person: Entity
    role: str
    title: str
    of: Entity | None
    of_name: str | None
    status: str | None
    start: int  # evidence, characters
    end: int
    mentions: list[tuple[int, int]]  # the role title in the text, characters (none when derived)
    explicit: bool = True
    complement: bool = False
    gender: str | None = None
    forms: tuple[str, str] | None = None  # masculine and feminine titles of a derived role
    predecessor: Entity | None = None  # "X succède à Y à la présidence": Y, whose office X takes
    held_for: Entity | None = None  # "le premier ministre de Y": the person the title serves
    domain: bool = False  # a complement read into the title ("présidente du directoire")
    by_verb: bool = False  # derived from a role verb's subject ("X dirige Y"), not a noun



# state offices that hold a portfolio, folded: their capitalized complement with its article
# is a field of government, not a body ("ministre des Affaires sociales")
PORTFOLIO_OFFICES = ("ministre", "vice-ministre", "vice-premier ministre", "secretaire d'etat",
                     "sous-secretaire", "commissaire")


def _measure_adjective(doc: Doc, m: int) -> bool:
    """Token m is an adjective or a participle in lower case that takes a measure, "de" and
    a number ("âgé de 52 ans", "vieille de cent ans", "longue de 3 km"): it says an age or a
    size, and ends the name of a body before it (as organizations._complement_end does)."""
    t = doc[m]
    return t.pos_ in ("ADJ", "VERB") and t.is_lower and t.is_alpha and m + 2 < len(doc) \
        and doc[m + 1].lower_ in DE_FORMS and doc[m + 2].like_num


def _hold_named(ph: Phrase, body: Entity | str) -> None:
    """The body of `ph` from `RoleReader._named_by_its_noun`: an entity, or a name (an event
    the entity layer reads as no body)."""
    if isinstance(body, str):
        ph.of_name = body
    else:
        ph.of = body


def _held_in_town(ph: Phrase, j: int, town: tuple[int, tuple[Entity, int, int]]) -> int:
    """The title's words run to the town's "de" and its body is the town ("chef du centre de
    secours de Dole", "procureur de la République de Vesoul"); the end of the phrase."""
    ph.pieces.append((j, town[0]))
    ph.domain = True
    ph.of = town[1][0]
    ph.end = town[1][2]
    return ph.end

class RoleReader:
    def __init__(self, doc: Doc, idx: EntityIndex, new_orgs: list[Entity], dm: DepMatches) -> None:
        self.doc = doc
        self.idx = idx
        self.dm = dm
        self.lex: Lexicon = lexicon()
        self.text = base.original_text(doc)
        self.new_orgs = new_orgs  # organizations named only in a title complement
        self.last: tuple[int, Entity, int] | None = None  # end token, person, start of the last role read
        self.ends = [t.idx + len(t) for t in doc]
        self.folded = doc.text  # the typography-folded text; Doc.text joins the tokens on every access
        # the state the document is about (document_country), with the evidence it was read from
        self.country, self._state_weights, self._communes = _state_evidence(doc, idx.entities, self.lex)
        self.unheld: list[list[Phrase]] = []  # title phrases no name was found for
        self.sents = list(doc.sents)  # once: _pronoun_antecedent reads them for every pronoun
        self._town_list: list[tuple[str, Entity, bool]] | None = None  # see _towns
        self._club_stems: dict[str, list[Entity]] | None = None  # see gentile_clubs
        self._lower: str | None = None  # the text in lower case, once, for _trade_owner

    # ------------------------------------------------------------------ titles
    def title_at(self, i: int) -> tuple[int, str, str | None, bool] | None:
        """(end token, masculine title, gender, plural) of the longest title starting at i."""
        doc, lex = self.doc, self.lex
        tok = doc[i]
        if tok.is_punct or (not tok.is_alpha and "-" not in tok.text):
            return None
        if i > 1 and doc[i - 1].text == "," and doc[i - 2].text in CLOSING_MARKS \
                and self.idx.starting_at(i + 1, PERSON) is not None:
            # "« ... », juge Anne Roy", "», philosophe X": right after a quotation's closing
            # mark and its comma, a bare word before a name is the incise's verb of saying
            # (a title there comes with its article: "», estime le juge X")
            return None
        if tok.lower_ in ("chargé", "chargée") and i + 2 < len(doc) and doc[i + 1].lower_ in DE_FORMS \
                and doc[i + 2].is_lower and doc[i + 2].is_alpha and doc[i + 2].pos_ == "NOUN":
            # "chargée de campagne", "chargé d'affaires", "chargé de cours": "chargé" and a
            # bare noun, a title of its own whatever the noun
            de = "de " if doc[i + 1].lower_ == "de" else "d'"
            return i + 3, f"chargé {de}{doc[i + 2].lower_}", \
                "f" if tok.lower_ == "chargée" else None, False
        rank = self._rank_at(i)
        if not lex.may_start_title(tok.lower_):
            if rank is not None:
                return rank
            if self.unknown_head(i):
                return i + 1, tok.lower_, None, False
            return self.held_noun(i) or self._counted_group(i)
        if given_name_title(doc, i):
            return None  # "le maire, Pape Ousmane Diallo,": a given name
        for n in range(min(lex.max_title_words, len(doc) - i), 0, -1):
            if rank is not None and rank[0] > i + n:
                return rank  # "le capitaine de vaisseau X": the rank, longer than the title "capitaine"
            if n > 1 and any(self._stops_title(x, i + n) for x in range(i + 1, i + n)):
                continue  # "présidente du [Conseil départemental des Vosges]": the title stops at the name
            low = self.folded[tok.idx : self.ends[i + n - 1]].lower()  # apostrophes folded
            hit = lex.title_of(low)
            plural = False
            if hit is None and n == 2 and i > 0 and doc[i - 1].lower_ in ANY_DETS | CONTRACTED \
                    and doc[i].whitespace_ and doc[i + 1].is_lower and lex.title_of(tok.lower_) is None:
                # "leur deuxième ligne X": a compound title written without its hyphen, after
                # its article (not "en première ligne", a locution), whose first word is no
                # title of its own ("le ministre délégué" is the minister, qualified)
                hit = lex.title_of(low.replace(" ", "-", 1))
            if hit is None and low.endswith("s"):
                hit = lex.title_of(low[:-1])
                plural = hit is not None
            if hit is None and low.endswith("aux") and len(low) > 5:
                hit = lex.title_of(low[:-3] + "al")  # "les généraux X et Y", "les cardinaux"
                plural = hit is not None
            if hit is not None and n == 1 and hit[0] in lex.adjectival and i + 1 < len(doc) \
                    and doc[i + 1].is_lower and doc[i + 1].pos_ in ("NOUN", "ADJ"):
                continue  # "le principal suspect", "les principaux dirigeants": the adjective
            if hit is not None and n == 1 and hit[0] in lex.adjectival and i > 0 \
                    and doc[i - 1].is_lower and doc[i - 1].is_alpha \
                    and (doc[i - 1].pos_ == "NOUN" or "Part" in doc[i - 1].morph.get("VerbForm")):
                continue  # "élu municipal", "l'employé municipal": the adjective of a noun before it
            if hit is not None:
                return i + n, hit[0], hit[1], plural
        if rank is not None:
            return rank
        if self.unknown_head(i):
            return i + 1, tok.lower_, None, False
        return self.held_noun(i) or self._counted_group(i)

    def _counted_group(self, i: int) -> tuple[int, str, str | None, bool] | None:
        """A counted group of people held in a body, in apposition to as many names: "deux
        élèves de CM2 de l'école Jules-Ferry, Léa et Hugo, ont lu ...": a plural noun the
        lexicons do not know, after its number (two to ten), a complement of "de" that names
        a body (an organization of the text, or a body noun: "du collège", "de la chorale"),
        then, after a comma, exactly that many names. Each name holds the noun, in the
        singular. Kinship, circumstances and things stay out, as for `unknown_head`.
        (end token, singular title, None, True) or None."""
        doc, lex, idx = self.doc, self.lex, self.idx
        tok = doc[i]
        low = tok.lower_
        if tok.pos != NOUN or not tok.is_lower or not low.isalpha() or len(low) < 5 \
                or not low.endswith("s") or i == 0 or i + 4 >= len(doc):
            return None
        count = GROUP_COUNTS.get(doc[i - 1].lower_)
        if count is None or doc[i + 1].lower_ not in DE:
            return None
        one = low[:-1]
        if one in lex.not_heads or tok.lemma_.lower() in lex.not_heads or one.endswith(THING_SUFFIXES) \
                or one in lex.nationalities or any(self._demonym_hits(one)):
            return None
        c, body = i + 1, False
        while c < len(doc) and c - i <= 9 and doc[c].text != ",":
            t = doc[c]
            if (t.is_punct and t.text not in ("'", "’", "-")) \
                    or t.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ") or idx.at(c, PERSON):
                return None
            body = body or idx.at(c, ("organization",)) is not None \
                or (t.is_lower and (fold(t.lemma_) in lex.kind_bodies or t.lower_ in lex.org_nouns))
            c += 1
        if not body or c + 1 >= len(doc) or doc[c].text != ",":
            return None
        first = idx.starting_at(self._past_civility(c + 1), PERSON)
        if first is None:
            return None
        more, end = self.name_list(first[2])
        if 1 + len(more) != count or not (end >= len(doc) or doc[end].text in (",", ".", ";")
                                          or doc[end].pos_ in ("VERB", "AUX")):
            return None
        return i + 1, one, None, True

    def _rank_at(self, i: int) -> tuple[int, str, str | None, bool] | None:
        """The longest rank of the armed forces, gendarmerie or fire brigades (titles.json
        'ranks') written in lower case from token i: a title wherever it stands, also after a
        preposition ("selon le major X", "d'après le maréchal des logis Y") where an unknown
        noun is not read as one. (Capitalised, "Major" is a word of a name: "Major League".)"""
        doc = self.doc
        if not doc[i].is_lower or fold(doc[i].text).split("-")[0] not in _rank_heads():
            return None
        for n in range(min(4, len(doc) - i), 0, -1):
            low = self.folded[doc[i].idx : self.ends[i + n - 1]].lower()
            if fold(low) in self.lex.ranks:
                return i + n, low, None, False
        return None

    def _stops_title(self, x: int, end: int) -> bool:
        """Whether a name starts at token x, inside a title read up to `end`; not the state
        named by a state's title and its adjective ("le président de la [République
        tchèque]"): the title runs on over its last word."""
        hit = self.idx.starting_at(x, ORG_PLACE)
        if hit is None:
            return False
        return not (hit[2] > end and x == end - 1 and _state_title_tail(self.doc, x, hit[2], self.lex))

    def unknown_head(self, i: int) -> bool:
        """A noun the lexicons do not know, in the place of a title: in apposition right after
        a person's name ("Julie Roy, bénévole au Secours catholique, ..."), bare or with
        its article, and attached to the name by the parse. Kinship, circumstances ("victime",
        "habitante") and words of time are not titles."""
        doc, lex = self.doc, self.lex
        tok = doc[i]
        # one word, or a compound noun of hyphenated words ("le porte-drapeau, X")
        if tok.pos != NOUN or not tok.is_lower or not tok.text.replace("-", "").isalpha() or len(tok) < 4 \
                or "Plur" in tok.morph.get("Number") or tok.text.startswith("-") or tok.text.endswith("-") \
                or tok.lower_.startswith(("sans-", "non-", "nouveau-", "nouvelle-")):
            return False
        lemma = tok.lemma_.lower()
        if tok.lower_.startswith("ex-") and tok.lower_[3:] in lex.not_heads:
            return False  # "son ex-mari"
        if tok.lower_ in lex.not_heads or lemma in lex.not_heads \
                or (tok.lower_.endswith(THING_SUFFIXES) and not tok.lower_.endswith("eure")):
            return False
        if tok.lower_ in lex.nationalities or any(self._demonym_hits(tok.lower_)):
            return False  # "la Déodatienne Martine Colin", "le Golbéen X": where they live, no title
        k = i - 1
        if k >= 0 and (doc[k].lower_ == "comme" or doc[max(0, k - 2) : k + 1].text.lower() == "en tant que") \
                and tok.lower_.endswith(AGENT_SUFFIXES):
            return True  # "embauché comme aiguilleur", "en tant que saisonnier": a function's place
        det = k >= 0 and doc[k].lower_ in DETS
        if det:
            k -= 1
        if k >= 1 and doc[k].text == ",":
            person = self.idx.ending_at(k, PERSON)
            reach = person[2] if person is not None else k
            if i + 1 < len(doc) and (doc[i + 1].pos_ in ("NUM", "DET") or doc[i + 1].like_num):
                return False  # "L'association, que préside X, compte 40 membres": the verb
            if person is None and k >= 4 and doc[k - 1].lower_ == "ans" and doc[k - 2].like_num \
                    and doc[k - 3].text == ",":
                person = self.idx.ending_at(k - 3, PERSON)  # "Louis Girard, 28 ans, horloger"
                reach = k
            if person is not None and tok.dep_ == "appos" and person[1] <= tok.head.i < reach:
                return True
            # bare, attached to the name under another relation ("Julien Roy, maître de chai," is
            # often parsed as a conjunct), then a complement or the end of the apposition; a
            # locution is attached elsewhere ("X, faute de mieux", "X, grâce à Y")
            if person is not None and not det and person[1] <= tok.head.i < reach \
                    and tok.dep_ not in ("case", "mark", "fixed", "advmod", "cc") \
                    and (i + 1 == len(doc) or doc[i + 1].lower_ in ROLE_PREPS
                         or doc[i + 1].text in (",", ".", ";", ")")):
                return True
        # before the name, with its article: "le substitut Weyland", "le propriétaire, Jean Motsch"
        if not det:
            return False
        j = i + 1
        while j < len(doc) and doc[j].lower_ in lex.after and doc[j].is_lower:
            j += 1  # "l'envoyé spécial russe X"
        origin = j
        while j < len(doc) and doc[j].lower_ in lex.nationalities:
            j += 1
        origin = j > origin and doc[origin].is_lower
        if j < len(doc) and doc[j].text == ",":
            j += 1
        person = self.idx.starting_at(j, PERSON) if j < len(doc) else None
        if person is not None and origin and doc[i - 1].lower_ in DEF_DETS:
            return True  # "l'émissaire russe Viktor X": a nationality between the noun and the name
        if k >= 0 and doc[k].pos_ == "ADP":
            return False
        if person is None and doc[i - 1].lower_ in DEF_DETS | {"l’"}:
            return self._described_apposition(i)
        return person is not None and doc[j].head.i == i and doc[j].dep_ in ("appos", "flat:name", "nmod")

    def _described_apposition(self, i: int) -> bool:
        """"Le garde-rivière de l'amicale, Paul Roy, a ...": a noun with its definite
        article and a short complement of "de" (the body, the place it serves), then, between
        commas, a name the parse attaches to that noun: the noun is the title the name holds,
        in the lexicons or not. The complement holds no verb, no pronoun, no other name."""
        doc, idx = self.doc, self.idx
        if i + 3 >= len(doc):
            return False
        c = i + 2
        if doc[i + 1].lower_ == "en" and doc[i + 2].lower_ == "charge":
            c = i + 3  # "le municipal en charge des sports, X": a portfolio
        elif doc[i + 1].lower_ not in DE | {"d’"}:
            return False
        first = c
        while c < len(doc) and c - i <= 7 and doc[c].text != ",":
            t = doc[c]
            if (t.is_punct and t.text not in ("'", "’", "-")) \
                    or t.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ") or t.like_num or idx.at(c, PERSON):
                return False
            c += 1
        if c >= len(doc) or doc[c].text != "," or c == first:
            return False
        if first == i + 2:  # a complement of "de": a body, by its name or its kind
            n = first + (doc[first].lower_ in DEF_DETS | {"l’"})
            lex = self.lex
            if idx.starting_at(n, ORG_PLACE) is None and fold(doc[n].lemma_) not in lex.kind_bodies \
                    and doc[n].lower_ not in lex.org_nouns and doc[n].lemma_.lower() not in lex.org_nouns:
                return False
        person = idx.starting_at(c + 1, PERSON)
        if person is None:
            return False
        name = doc[c + 1]
        # the parse hangs the name on the noun or on its complement's noun, or reads it as a
        # second subject of the noun's verb: an apposition each time
        if not ((i <= name.head.i < c and name.dep_ in ("appos", "conj", "flat:name", "nmod"))
                or (name.dep_ == "nsubj" and doc[i].dep_ == "nsubj" and name.head.i == doc[i].head.i)):
            return False
        close = person[2]  # the apposition closes: a comma, the sentence's end, the verb
        return close >= len(doc) or doc[close].text in (",", ".", ";", ")") \
            or doc[close].pos_ in ("VERB", "AUX")

    def held_noun(self, i: int) -> tuple[int, str, str | None, bool] | None:
        """A noun the lexicons do not know, held in a body the words right after it name:
        (end token, title, gender, plural) or None. Two places of French say it is a
        function: the bare noun after "être" ("il avait été marguillier de la paroisse
        Saint-X": no article, as for a trade), and the plural after "l'un des (trois)"
        ("l'un des associés du GAEC": one of the holders); in both, "de/à/auprès" and a body
        follow (a name of the text, or a body noun: "la paroisse", "la mutuelle"). Words
        of circumstance, kinship and things stay out, as for `unknown_head`."""
        doc, lex = self.doc, self.lex
        tok = doc[i]
        if tok.pos != NOUN or not tok.is_lower or len(tok) < 4 or not tok.text.replace("-", "").isalpha() \
                or tok.text.startswith("-") or i + 2 >= len(doc) or doc[i + 1].lower_ not in ROLE_PREPS:
            return None
        low = tok.lower_
        plural = "Plur" in tok.morph.get("Number")
        if plural:
            # "l'un des associés", "l'une des trois bénévoles": one of them
            k = i - 1
            if k >= 0 and doc[k].like_num:
                k -= 1
            if k < 2 or doc[k].lower_ != "des" or doc[k - 1].lower_ not in ("un", "une") \
                    or doc[k - 2].lower_ not in ("l'", "l’"):
                return None
            if not low.endswith("s"):
                return None
            low = low[:-1]
        elif not any(c.dep_ == "cop" and c.lemma_ == "être" and c.i < i for c in tok.children) \
                or any(c.dep_ == "det" for c in tok.children) or doc[i - 1].lower_ in DETS:
            return None
        if low in lex.not_heads or tok.lemma_.lower() in lex.not_heads or low.endswith(THING_SUFFIXES) \
                or low in lex.nationalities or any(self._demonym_hits(low)):
            return None
        j = i + 2
        if j < len(doc) and doc[j].lower_ in DETS:
            j += 1
        if j >= len(doc):
            return None
        body = self.idx.starting_at(j, ORG_PLACE) is not None \
            or (j > i + 2 and self.idx.starting_at(i + 2, ORG_PLACE) is not None) \
            or (doc[j].is_lower and fold(doc[j].lemma_) in lex.kind_bodies)
        if not body:
            return None
        return i + 1, low, None, plural

    def title_in_name(self, i: int) -> tuple[Entity, int, int] | None:
        """The person whose mention the model opened with their title ("[professeur Desor]",
        "[M. le ministre Barbey]"): a lower-case word that is not in the person's name, after
        nothing but a civility or an article."""
        doc = self.doc
        hit = self.idx.at(i, PERSON)
        if hit is None or not doc[i].is_lower or fold(doc[i].text) in fold(hit[0].name).split():
            return None
        if all(doc[x].lower_ in DEF_DETS or doc[x].text in CIVILITIES for x in range(hit[1], i)):
            return hit
        return None

    def phrase(self, i: int, coordinated: bool = False) -> list[Phrase] | None:
        """The title phrase whose title starts at token i, with coordinated titles."""
        found = self.title_at(i)
        if found is None:
            return None
        doc, lex = self.doc, self.lex
        head_end, title, gender, plural = found
        if doc[i].lower_ in lex.appointment_forms and head_end < len(doc):
            k = head_end + (doc[head_end].lower_ in DETS)
            if k < len(doc) and self.title_at(k) is not None:
                return None  # "élue maire de Lyon": "élue" is the verb, "maire" the title
        if self.idx.at(i, ("person", "organization")) is not None and self.title_in_name(i) is None:
            return None  # a word inside a name ("Parti des travailleurs")
        if i > 1 and doc[i - 1].text == "," and head_end < len(doc) and doc[head_end].pos_ == "DET" \
                and doc[head_end].lower_ in ANY_DETS | {"des"} \
                and not doc[i].lower_.endswith(("ant", "ante")) and self.idx.ending_at(i - 1, PERSON):
            # "Bernard Roy, juge le plan insuffisant": the verb, with its object ("le général X,
            # commandant la seconde colonne" is a participle's office)
            return None
        if title == "auteur" and head_end + 2 < len(doc) and doc[head_end].lower_ in DE_FORMS \
                and doc[head_end + 1].like_num and doc[head_end + 2].lower_ in lex.deed_nouns:
            return None  # "X, auteur de 9 buts": a deed counted, no function
        if i > 0 and doc[i - 1].lower_ == "été" and (doc[i].lower_ in lex.appointment_forms or (
                doc[i].lower_.endswith("s") and doc[i].lower_[:-1] in lex.appointment_forms)):
            return None  # "Ont été élus : X, président": the participle of the verb, no title
        if doc[i].lower_ in lex.appointment_forms and not (i > 0 and doc[i - 1].lower_ in ANY_DETS) \
                and not self._elected_noun(i):
            return None  # "X, élu en 2001 à la tête de Y": the participle, not "un élu"
        start = i
        status: str | None = None
        for p, st in lex.prefix_status.items():
            if doc[i].lower_.startswith(p):
                status = st
        while start > 0 and doc[start - 1].lower_ in lex.before:
            status = lex.before[doc[start - 1].lower_] or status
            start -= 1
        start = self._adjectives_before(start, i)
        det_start = start
        if start > 0 and doc[start - 1].lower_ in ANY_DETS:
            det_start = start - 1
        if title == "envoyé" and det_start == start and head_end == i + 1:
            return None  # "X a envoyé des renforts": the verb; the noun comes with its article
        tok = doc[i]
        v = i - 1
        while v > 0:
            if doc[v].pos_ == "ADV" and doc[v].lower_ in SEQUENCE_ADVERBS:
                v -= 1  # "fut successivement trésorier", "devint ensuite adjoint" (not "très optimiste")
            elif self._adverbial_phrase(v):
                v -= 3  # "fut tour à tour secrétaire"
            elif (add := self._additive_start(v)) is not None:
                v = add - 1  # "est aussi adjoint", "est par ailleurs conseiller"
            elif (adv := self._appointment_adverbial(v)) is not None:
                v = adv - 1  # "élu à l'unanimité président"
            else:
                break
        after_verb = v >= 0 and (doc[v].pos_ == "AUX" or doc[v].lower_ in lex.appointment_forms or (
            doc[v].pos_ == "VERB" and doc[v].lemma_.lower() in lex.copular))  # "devint adjoint", an ADJ
        after_status = i > 1 and doc[i - 1].lower_ in lex.status_words and doc[i - 2].text == ","
        after_as = i > 0 and (doc[i - 1].lower_ == "comme"  # "comme auxiliaire", tagged an adjective
                              or doc[max(0, i - 3) : i].text.lower() == "en tant que")
        # a bare title opening its sentence with its complement, detached before the subject
        # ("Co-maire de X, Y a ..."), whatever the tagger calls it
        fronted = tok.is_sent_start and head_end < len(doc) and doc[head_end].lower_ in DE
        if tok.pos_ not in ("NOUN", "PROPN") and det_start == start and start == i and not coordinated \
                and not after_verb and not after_status and not after_as and not fronted \
                and not (i > 0 and doc[i - 1].text in LIST_MARKS) and self._glued_to_name(i) is None \
                and not self._after_opener(i) \
                and not (i > 2 and doc[i - 1].lower_ == "et"
                         and self._described_before(i - 1, None) < i - 1) \
                and not (i > 0 and doc[i - 1].lower_ in CONTRACTED and head_end < len(doc)
                         and self.idx.starting_at(head_end, PERSON) is not None):
            # (a title tagged as an adjective is read after a comma or a status word; or after
            # the article of a contracted preposition, right before the name it qualifies:
            # "sur une percée du troisième-ligne X", as "le troisième-ligne X" is read)
            return None
        ph = Phrase(head=i, head_end=head_end, start=start, det_start=det_start, end=head_end,
                    pieces=[(start, head_end)], title=title, gender=gender, plural=plural, status=status)
        chain = [ph]
        aside = False  # a second title between commas, after an additive adverb
        in_turn = False  # two offices held in turn, dates between: each keeps its own body
        j = head_end
        while j < len(doc):
            step = self._after(ph, j)
            if step is not None:
                j = step
                continue
            j = max(j, ph.end)  # past a complement read without a name ("de l'organisation")
            if j >= len(doc):
                break
            if self._unnamed_body_place(ph, j):
                continue
            low = doc[j].lower_
            second = self._second_complement(ph, j)
            if second is not None:  # "l'archevêque de Besançon et de Belfort, Mgr X"
                ph.end = second
                break
            if low == "," and j + 2 < len(doc) and doc[j + 1].lower_ == "puis":
                j, low = j + 1, "puis"  # "instituteur à Grandvillers, puis directeur de l'école"
            span = self._time_span_end(j)
            if span is not None and span + 1 < len(doc) and doc[span].lower_ == "et":
                j, low = span, "et"  # "président du club depuis 2015 et conseiller municipal"
            dated = self._dated_sequence(j)
            if dated is not None:  # "conseiller municipal de 1959 à 1977, puis adjoint"
                j, low, in_turn = dated, doc[dated].lower_, True
            if low == "mais" and self._additive_end(j + 1) is not None:
                low = "et"  # "président du club mais aussi adjoint au maire"
            if low == "," and j + 2 < len(doc) and ph.end == j:
                # "Le président du club, également maire de Lure, X, ...": a second title set
                # between commas by an additive adverb, then the name both titles are held by;
                # each keeps its own body (no sharing, unlike "président et trésorier de Z")
                k = self._additive_end(j + 1)
                rest = self.phrase(k, coordinated=True) if k is not None and k < len(doc) \
                    and self.title_at(k) is not None else None
                if rest and self._holder_after_comma(rest[-1].end):
                    chain.extend(rest)
                    aside = True
                break
            if low in ("et", "ou", "puis") and j + 1 < len(doc):
                k = k0 = self._additive_end(j + 1) or j + 1  # "maire et par ailleurs conseiller général"
                if low == "puis":
                    k = k0 = self._becomes_end(k)  # "secrétaire de 1970 à 1975, puis devient président"
                if doc[k].lower_ in ANY_DETS or doc[k].lower_ in DE:
                    k += 1
                while k < len(doc) and doc[k].lower_ in lex.before:
                    k += 1
                if k < len(doc) and self.title_at(k) is not None:
                    rest = self.phrase(k, coordinated=True)
                    if rest and doc[k0].lower_ in DEF_DETS and rest[-1].end < len(doc) \
                            and self.idx.starting_at(rest[-1].end, PERSON):
                        break  # "X devient sergent-chef et le caporal Marc Roy, ...": another's title
                    if rest and in_turn and any(self.idx.starting_at(x, PERSON) for x in
                                                (rest[-1].end, rest[-1].end + 1) if x < len(doc)):
                        break  # "puis adjoint sous le mandat de M. X": the reading ran into another
                    if rest:
                        chain.extend(rest)
                        break
            break
        for p in chain:
            if p.of is None and p.of_name is None:
                # "chef du centre" in a story that names the "centre d'intervention de Fresse",
                # "président du conseil régional" next to the "conseil régional du Limousin": the
                # one body named by its kind whose name opens with the definite complement
                p.of = self._body_by_opening(self._definite_complement(p))
        last = chain[-1] if aside or in_turn else _share_body(chain)
        for p in chain[:-1]:
            p.end = max(p.end, last.end)
        if ph.det_start < ph.start and doc[ph.det_start].lower_ in OWNER_DETS and last.of is None \
                and last.of_name is None and (not last.complement or last.kind_only):
            # "La société X embauche. Son directeur, Y, ..."; "Le groupe X s'est abstenu. Sa
            # présidente de groupe, Y": a complement with no article names the office's kind,
            # the possessive its body
            subject = self.body_before(ph.det_start)
            owner = subject or self._gentile_owner(ph.det_start, chain) \
                or self._sole_body_before(ph.det_start)
            for p in chain:
                # (a title held for a client, "son avocat", only for a body its clause's subject
                # names: "Nordalis, ..., a retiré le produit, selon son avocat")
                if p.of is None and p.of_name is None and (not p.complement or p.kind_only) \
                        and (_base_title(p.title, lex) not in lex.for_clients
                             or (subject is not None and subject.type == "organization")):
                    p.of = owner
        return chain

    def _dated_sequence(self, j: int) -> int | None:
        """The "puis" (or "et") after the dates of a first office, from token j, when the dates stand
        between two offices held in turn: "conseiller municipal de 1959 à 1977, puis adjoint",
        "député pendant cinq ans, puis sénateur", "instituteur jusqu'en 1990 puis directeur".
        The dates are years, months, numbers and words of time joined by the prepositions of
        a span ("de ... à", "en", "entre", "jusqu'en", "depuis", "pendant"), at most 9 tokens;
        None when anything else stands before the "puis" (a body, a verb, a place)."""
        doc = self.doc
        words = _time_span()[1]
        glue = _span_glue()
        if j + 1 < len(doc) and doc[j].text == ",":
            j += 1  # "conseiller municipal de la ville, de 1959 à 1977, puis adjoint": set off by commas
        m, dated = j, False
        while m < min(len(doc), j + 9):
            low = doc[m].lower_.replace("’", "'")
            if doc[m].like_num or low in _months():
                dated = True
            elif low in words and m > j:
                dated = dated or low not in DEF_DETS | INDEF_DETS
            elif low not in glue or (m > j + 1 and doc[m - 1].lower_ in glue and doc[m - 2].lower_ in glue):
                break  # (two prepositions at most in a row: "jusqu'en", "jusqu'à la fin")
            m += 1
        if not dated or doc[j].lower_.replace("’", "'") not in glue:
            return None
        if m < len(doc) and doc[m].text == ",":
            m += 1
        if m + 1 < len(doc) and doc[m].lower_ == "et" and doc[m - 1].text != ",":
            return m  # "adjoint en 1989 et maire en 1995"
        return m if m + 1 < len(doc) and doc[m].lower_ == "puis" else None

    def _becomes_end(self, k: int) -> int:
        """Token k past a verb of becoming after "puis" ("puis devient président", "puis est
        élu maire", "puis fut nommé directeur"): the verb's subject is the first office's
        holder, the title after it a second office held in turn."""
        doc, lex = self.doc, self.lex
        m = k
        while m < min(len(doc), k + 3) and (
                doc[m].pos_ == "AUX" or doc[m].lower_ in lex.appointment_forms
                or (doc[m].pos_ == "VERB" and doc[m].lemma_.lower() in lex.copular)):
            m += 1
        return m if m < len(doc) and self.title_at(m) is not None else k

    def _additive_end(self, k: int) -> int | None:
        """The token after an additive adverb at token k ("aussi", "par ailleurs", "en outre")
        between two coordinated titles, None when none stands there."""
        doc = self.doc
        for words in self.lex.additive:
            if k + len(words) < len(doc) and tuple(t.lower_ for t in doc[k : k + len(words)]) == words:
                return k + len(words)
        return None

    def _additive_start(self, v: int) -> int | None:
        """The first token of an additive adverb ending at token v ("aussi", "par ailleurs"),
        None when none ends there."""
        doc = self.doc
        for words in self.lex.additive:
            a = v - len(words) + 1
            if a >= 1 and tuple(t.lower_ for t in doc[a : v + 1]) == words:
                return a
        return None

    def _second_complement(self, ph: Phrase, j: int) -> int | None:
        """The end of a second name coordinated with the title's complement ("de Nancy et de
        Toul", "du club et de l'amicale") when the holder's name follows it in apposition."""
        doc = self.doc
        if ph.end != j or (ph.of is None and not ph.domain) or j + 3 >= len(doc) or doc[j].lower_ != "et" \
                or doc[j + 1].lower_ not in DE:
            return None
        n = j + 2 + (doc[j + 2].lower_ in DEF_DETS and doc[j + 1].lower_ in ("de", "d'"))
        hit = self.idx.starting_at(n, ORG_PLACE) if n < len(doc) else None
        return hit[2] if hit is not None and self._holder_after_comma(hit[2]) else None

    def body_before(self, at: int, clause: bool = True) -> Entity | None:
        """The body a possessive before a title stands for ("Son chef", "sa présidente"), or
        that a bare office takes up ("L'amicale a élu son bureau. Président : X ; ..."): the
        subject of the clause before token `at` in its sentence, else the subject of the
        sentence before, when that subject is an organization or a place. A person there
        makes the title that person's relation ("Paul Roy et son entraîneur"), no office;
        a body named by its kind and its town that the entity layer did not name ("Le centre
        de secours de Charmes manque de bras.") gives its town. Without `clause`, only the
        sentence before is read (the names of a list of offices are no subject that owns
        the next one)."""
        doc, idx = self.doc, self.idx
        voiced, body = self.voiced_body(at)
        if voiced:
            return body
        subj = self.owner_subject(at, clause)
        if subj is None:
            return None
        agent = self._passive_agent_body(subj)
        if agent is not None:
            return agent  # "Les inscriptions seront gérées par l'OMS. Sa directrice, X"
        # a person in the subject's phrase before the title ("Paul Roy et son entraîneur"); not
        # the title's own holder after it ("La DDE, par la voix de son directeur, X, annonce")
        if subj.pos_ == "PRON" or idx.at(subj.i, PERSON) \
                or any(h[1] < at for h in idx.in_subtree(subj, PERSON)):
            return None
        hit = idx.at(subj.i, ORG_PLACE)
        if hit is not None:
            return hit[0]
        if subj.pos_ in ("PROPN", "NOUN") and subj.text[:1].isupper() and not subj.is_sent_start:
            # "Les Castors ont mené grâce à l'attaquant X": a body's name the entity
            # layer missed here, though it named the body so elsewhere in the text
            end = subj.i + 1
            while end < len(doc) and doc[end].dep_ == "flat:name" and doc[end].head.i == subj.i:
                end += 1
            named = idx.named(doc[subj.i : end].text)
            if named is not None and named.type in ORG_PLACE:
                return named
        hit = idx.starting_at(subj.i + 1, ("organization",)) if subj.is_lower else None
        if hit is not None:
            return hit[0]  # its kind, then its name: "La scierie Girard recrute"
        organ = self._organ_subject_body(subj)
        if organ is not None:
            return organ
        if not subj.is_lower or subj.lemma_.lower() not in self.lex.org_nouns:
            return None
        nxt = doc[subj.i + 1] if subj.i + 1 < len(doc) else None
        if subj.i > 0 and doc[subj.i - 1].lower_ in DEF_DETS and nxt is not None \
                and nxt.is_lower and nxt.lower_ not in DE | {"d’"} \
                and (nxt.pos_ not in ("ADJ", "PROPN", "ADP")
                     or (nxt.dep_ == "case" and nxt.head.head.i != subj.i and nxt.head.i != subj.i)):
            # "Le club compte 85 licenciés. Son moniteur, X": the body named before; also when a
            # phrase of the verb follows it ("a répondu la société dans une lettre")
            return self._antecedent(subj.i, subj)
        # the body's name after its noun: "La société Mathieu Bois embauche"; or its kind and
        # its town, "Le centre de secours de Charmes", a body of that name
        for j in range(subj.i + 1, min(len(doc), subj.i + 8)):
            inner = idx.starting_at(j, ORG_PLACE)
            if inner is not None:
                if inner[0].type == "organization":
                    return inner[0]
                if doc[j - 1].lower_ in DE and inner[0].name[:1].isupper():
                    # "Le centre de secours de Charmes", a body the entity layer did not name: its
                    # town (a new organization here would swallow the town's own mention); "la
                    # section de Vittel de l'UNC": the body it is a branch of
                    e = inner[2]
                    if e + 1 < len(doc) and doc[e].lower_ in DE:
                        parent = idx.starting_at(e + 1 + (doc[e + 1].lower_ in DEF_DETS), ("organization",))
                        if parent is not None:
                            return parent[0]
                    return inner[0]
                return None
            t = doc[j]
            if t.text == "," and j + 1 < len(doc):
                # its name in apposition: "L'association organisatrice, Les Amis de X, ..."
                n = j + 1 + (j + 2 < len(doc) and doc[j + 1].lower_ in DEF_DETS)
                named = idx.starting_at(n, ("organization",))
                return named[0] if named is not None else None
            if not t.is_lower or t.pos_ not in ("NOUN", "ADJ", "ADP", "DET"):
                return None
        return None

    def _organ_subject_body(self, subj: Token) -> Entity | None:
        """"La direction de l'usine dit examiner le rapport. Son directeur, X": a subject
        that names a body's governing organ (models/roles/titles.json organ_nouns) by its
        de-complement speaks for the body that complement names, by its name or by its kind
        with a definite article (the body named before whose name holds that noun, or that
        the noun introduced: _antecedent); the organ's own complement, with no article ("le
        conseil d'administration de la société"), is read over. None otherwise."""
        doc = self.doc
        if not subj.is_lower or subj.lemma_.lower() not in _organ_nouns():
            return None
        c = subj
        for _ in range(3):
            c = next((x for x in c.children if x.dep_ == "nmod" and x.i > c.i
                      and any(y.dep_ == "case" and y.lower_ in DE for y in x.children)), None)
            if c is None:
                return None
            hit = self.idx.at(c.i, ("organization",))
            if hit is not None:
                return hit[0]
            definite = doc[c.i - 1].lower_ in DEF_DETS | {"du", "des"}
            if not c.is_lower or c.pos_ != "NOUN":
                return None
            if not definite:
                continue  # "d'administration", "de surveillance": the organ's own name
            if any(x.dep_ in ("nmod", "amod") for x in c.children):
                return None
            # (else a site named before by that kind, the entity layer's place: "la direction
            # du port", "du lycée" after the "Lycée des Remparts")
            kind = fold(c.lemma_)
            return self._antecedent(c.i, c) or next(
                (h[0] for h in reversed(self.idx.in_span(0, c.i, ("place",)))
                 if fold(h[0].name).split()[:1] == [kind]), None)
        return None

    def owner_subject(self, at: int, clause: bool = True) -> Token | None:
        """The subject a possessive at token `at` takes up (see body_before): the last subject
        of its clause before it, else of the sentence before (before the quotation, for an
        incise after one), else None."""
        doc = self.doc
        sent = doc[at].sent
        # the speaker's own words own nothing: "« Nous ... », a expliqué son délégué, X"; nor
        # does the title's own holder, named before it: "Anne Roy, sa présidente, estime ..."
        holder = self._apposed_holder(at)
        subjects = [t for t in doc[sent.start : at] if t.dep_ in ("nsubj", "nsubj:pass")
                    and not _quoted(t) and not (holder is not None and holder[0] <= t.i < holder[1])] \
            if clause else []
        # a relative pronoun takes up its antecedent: "Nordalis, qui emploie trois cents
        # salariés, a retiré le produit, selon son avocat"
        subjects = [self._relative_antecedent(t) for t in subjects]
        # "Le Front a dénoncé des fraudes. « Nous avons reçu ... », a affirmé son porte-parole,
        # X": the incise after a quotation speaks of the sentence before the quotation
        opened = self._quotation_before_incise(at) if not subjects else None
        before = sent.start if opened is None else min(opened, sent.start)
        if not subjects and before > 0:
            prev = doc[before - 1].sent
            while not clause and prev.start > 0 and prev[-1].text == ";":
                prev = doc[prev.start - 1].sent  # the items of one list: "Président : X ; trésorier : Y"
            line = max((t.i + 1 for t in prev if "\n" in t.text), default=prev.start)
            # a headline the parser ran into the first line: only the line's own subject
            subjects = [t for t in doc[line : prev.end] if t.dep_ in ("nsubj", "nsubj:pass")
                        and t.lower_ not in RELATIVE_PRONOUNS]
            # not a subject inside a quotation: "l'amicale estime que « la fermeture ... a vidé le bourg »"
            said = [t for t in subjects if not _quoted(t)]
            if not said:
                # "« Nous refusons ... », a répondu la société. Son président, X": the subject after
                # the incise's verb (the parser reads it as the verb's object) is the one who speaks
                said = self._incise_subjects(line, prev.end)
            subjects = said or subjects
            if not subjects and line < prev.end - 1 and doc[line].lower_ in DETS:
                subjects = [doc[line + 1]]  # a first line the parser ran into the headline above it
        return subjects[-1] if subjects else None

    def _incise_subjects(self, start: int, end: int) -> list[Token]:
        """The nouns that follow an incise's verb after a quotation between tokens start and
        end ("« ... », a répondu la société dans une lettre"): the inverted subject of a verb
        right after the closing mark and its comma, whatever the parser made of it (its
        subject or its object); not a pronoun, not inside a quotation."""
        doc = self.doc
        out = []
        for t in doc[start:end]:
            v = t.head
            if t.dep_ in ("nsubj", "obj") and t.pos_ in ("NOUN", "PROPN") and v.i < t.i \
                    and v.pos_ == "VERB" and self._incise_quotation(v.i + 1) is not None \
                    and not _quoted(t) and all(doc[x].pos_ in ("DET", "ADJ") for x in range(v.i + 1, t.i)):
                out.append(t)
        return out

    def _relative_antecedent(self, t: Token) -> Token:
        """The noun a relative pronoun subject takes up: a name right before its comma ("X, qui
        ..."), else the head of the relative clause; any other subject as it is."""
        if t.lower_ not in RELATIVE_PRONOUNS:
            return t
        if t.i >= 2 and self.doc[t.i - 1].text == ",":
            hit = self.idx.ending_at(t.i - 1, ("person", *ORG_PLACE))
            if hit is not None:
                return self.doc[hit[1]]
        return t.head.head if t.head.dep_ == "acl:relcl" and t.head.head.i < t.i else t

    def _apposed_holder(self, at: int) -> tuple[int, int] | None:
        """"Anne Roy, sa présidente, estime ...": the tokens of the person named right before the
        comma that opens the possessive at token `at` (the title's own holder, in whose
        apposition the title stands), else None."""
        if at < 2 or self.doc[at - 1].text != ",":
            return None
        hit = self.idx.ending_at(at - 1, PERSON)
        return (hit[1], hit[2]) if hit is not None else None

    def _quotation_before_incise(self, at: int) -> int | None:
        """The opening mark of the quotation right before an incise whose words run to token
        `at` ("« ... », a affirmé son porte-parole"): only a comma, verbs, auxiliaries and an
        inverted pronoun between the closing mark and `at`; None when there is no such quotation."""
        doc = self.doc
        k = at - 1
        inverted = ("-t-il", "-t-elle", "-il", "-elle", "t", "-t")
        while k >= 0 and at - k <= 6 and (doc[k].text == "," or doc[k].pos_ in ("VERB", "AUX")
                                          or doc[k].lower_ in inverted):
            k -= 1
        if k < 0 or k == at - 1 or doc[k].text not in ("»", "”"):
            return None
        return self._opening_mark(k, 300)

    def _incise_quotation(self, at: int) -> int | None:
        """The opening mark of the quotation right before the incise verb at token `at` - 1
        ("« ... », jubilait la gagnante", also between straight quotes): the verb, its
        auxiliary, a comma, then the closing mark; None otherwise."""
        doc = self.doc
        k = at - 1
        if k < 2 or doc[k].pos_ not in ("VERB", "AUX"):
            return None
        while k >= 0 and at - k <= 5 and (doc[k].text == "," or doc[k].pos_ in ("VERB", "AUX")
                                          or doc[k].lower_ in ("se", "s'", "s’")):
            k -= 1  # ("», se réjouit la lauréate": its reflexive pronoun)
        if k < 0 or doc[k + 1].text != "," or doc[k].text not in CLOSING_MARKS:
            return None
        if doc[k].text == '"':
            return next((x for x in range(k - 1, max(-1, k - 300), -1) if doc[x].text == '"'), None)
        return self._opening_mark(k, 300)

    def _opening_mark(self, close: int, reach: int) -> int | None:
        """The token that opens the quotation whose closing mark ("»" or "”") is token `close`,
        within `reach` tokens before it; None when there is none."""
        doc = self.doc
        mark = "«" if doc[close].text == "»" else "“"
        return next((x for x in range(close - 1, max(-1, close - reach), -1) if doc[x].text == mark), None)

    def voiced_body(self, at: int) -> tuple[bool, Entity | None]:
        """"tandis que la Suède, par la voix de son ministre, X, ...": whether the possessive
        at token `at` opens the complement of "par la voix de" ("par la bouche de", "par
        l'intermédiaire de") after a noun phrase, and the body or the state that phrase names,
        whatever the clause's subject ("la région, par la voix de son président": one the
        text does not name, None)."""
        doc = self.doc
        k = at - 1
        if k < 3 or doc[k].lower_ not in DE or doc[k - 1].lower_ not in VOICE_NOUNS:
            return False, None
        k -= 2
        if doc[k].lower_ in DEF_DETS:
            k -= 1
        if k < 2 or doc[k].lower_ != "par" or doc[k - 1].text != ",":
            return False, None
        k -= 2
        if doc[k].dep_ == "obj":
            return False, None  # "X a reçu la CGT, par la voix de son ...": the subject's voice
        hit = self.idx.ending_at(k + 1, ORG_PLACE)
        if hit is not None:
            return True, hit[0]
        return doc[k].pos_ == "NOUN", None

    def _gentile_owner(self, at: int, chain: list[Phrase]) -> Entity | None:
        """"Les Malcourtois menaient, mais leur buteur X a raté un penalty": a team
        title's possessive whose clause (else the sentence before) has for subject the plural
        noun of a club's town's people stands for that club (see _gentile_club)."""
        doc, lex = self.doc, self.lex
        if not all(fold(p.title) in lex.team_titles for p in chain):
            return None
        sent = doc[at].sent
        subjects = [t for t in doc[sent.start : at] if t.dep_ in ("nsubj", "nsubj:pass") and not _quoted(t)]
        if not subjects and sent.start > 0:
            subjects = [t for t in doc[sent.start - 1].sent if t.dep_ in ("nsubj", "nsubj:pass")
                        and not _quoted(t)]
        if not subjects or not subjects[-1].text[:1].isupper() or subjects[-1].pos_ not in ("NOUN", "PROPN"):
            return None
        return _gentile_club(self, subjects[-1])

    def _sole_body_before(self, at: int) -> Entity | None:
        """"Chez les locataires, l'amicale Les Mélèzes estime que « ... ». Sa porte-parole, X": when
        the parse gives the sentence before no subject that names a body, the one organization
        it names outside quotations, if it names no person (a person there makes the title a
        relation of theirs) and the possessive's own clause names none before it."""
        doc, idx = self.doc, self.idx
        sent = doc[at].sent
        holder = self._apposed_holder(at)
        if sent.start == 0 or idx.in_span(sent.start, at if holder is None else holder[0], PERSON):
            return None  # (the title's own holder before it, "Anne Roy, sa présidente", is no other person)
        prev = doc[sent.start - 1].sent
        # a paragraph the parser ran into the one before: only the sentence's last line
        line = max((t.i + 1 for t in prev if "\n" in t.text and t.i + 1 < prev.end), default=prev.start)
        # (a relative pronoun takes up a noun of the sentence, no person outside it: "selon
        # l'ONG X, qui gère un dispensaire. Sa coordinatrice, Y")
        if idx.in_span(line, prev.end, PERSON) or any(
                t.pos_ == "PRON" and t.dep_ in ("nsubj", "nsubj:pass") and not _quoted(t)
                and t.lower_ not in RELATIVE_PRONOUNS for t in doc[line : prev.end]):
            return None
        return _the_one(h[0] for h in idx.in_span(line, prev.end, ("organization",))
                        if not _quoted(doc[h[1]]) and not news_source(doc, h[0], self.lex))

    def _passive_agent_body(self, subj: Token) -> Entity | None:
        """The organization that is the agent of a passive clause whose subject names no body
        ("Les travaux seront financés par la Sodeval"): the one who acts, whom a possessive
        in the next sentence stands for."""
        if subj.dep_ != "nsubj:pass" or self.idx.at(subj.i, ORG_PLACE) is not None:
            return None
        for t in subj.head.children:
            if t.dep_ == "obl:agent":
                hit = self.idx.at(t.i, ("organization",))
                if hit is not None:
                    return hit[0]
        return None

    def _affiliation(self, chain: list[Phrase], k: int) -> None:
        """A title before the name, then the body after it between commas: "le capitaine X, de
        la brigade de Mirecourt, ..." is the brigade's captain (when the title names no office)."""
        ph = chain[-1]
        if ph.of is not None or ph.of_name is not None or ph.complement:
            return
        org = self.body_between_commas(k)
        if org is None:
            return
        for p in chain:
            if p.of is None and p.of_name is None and not p.complement:
                p.of = org

    def body_between_commas(self, k: int) -> Entity | None:
        """The organization named after the comma at token `k` by "de", "du", "de la", up to a
        comma, a closing bracket or a full stop: "X, de la brigade de Mirecourt, ..."."""
        doc = self.doc
        if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in DE:
            return None
        a = k + 2 if doc[k + 1].lower_ in CONTRACTED else k + 2 + (doc[k + 2].lower_ in DEF_DETS)
        org = self.idx.starting_at(a, ("organization",))
        end = org[2] if org is not None else len(doc)
        if end + 1 < len(doc) and doc[end].lower_ in DE_FORMS:
            # the body's town after its name ("le politologue X, de l'Institut des études
            # sociales de Tirlon, estime ..."): a place, or a bare proper name the entity layer left
            town = self.idx.starting_at(end + 1, ("place",))
            name = end + 1
            while name < min(len(doc), end + 5) and doc[name].text[:1].isupper() \
                    and doc[name].pos_ == "PROPN":
                name += 1
            end = town[2] if town is not None else name if name > end + 1 else end
        if org is None or end >= len(doc) or doc[end].text not in (",", ")", "."):
            return None
        return org[0]

    def _elected_noun(self, i: int) -> bool:
        """"élu" as a noun without its article: followed by the adjective of an assembly or a
        party label ("X, élu municipal de Golbey", "X, élue écologiste")."""
        doc, lex = self.doc, self.lex
        if doc[i].lower_ not in ("élu", "élue") or i + 1 >= len(doc):
            return False
        nxt = doc[i + 1].lower_
        if nxt in DE_FORMS and i + 2 < len(doc):  # "élue de la minorité", "élu d'opposition"
            side = doc[i + 2 + (doc[i + 2].lower_ in DEF_DETS)] if i + 3 < len(doc) else doc[i + 2]
            if fold(side.text) in lex.council_sides:
                return True
        return nxt in ELECTED_ADJECTIVES or (nxt in lex.political and doc[i + 1].pos_ == "ADJ")

    def _adjectives_before(self, start: int, i: int) -> int:
        """An adjective between the article and a known title belongs to the title phrase:
        "le fameux pronostiqueur", "la célèbre actrice" (at most two, after an article or a
        possessive, never a nationality or a participle)."""
        doc, lex = self.doc, self.lex
        if not lex.may_start_title(doc[i].lower_):
            return start
        named_next = i + 1 < len(doc) and self.idx.starting_at(i + 1, PERSON) is not None
        if doc[i].pos_ not in ("NOUN", "PROPN") and not named_next \
                and not (doc[i].pos_ == "VERB" and any(c.dep_ == "det" for c in doc[i].children)):
            # "le jeune musicien rencontre X": a title the model took for an adjective; with its
            # own article it is a noun ("le célèbre correspondant", tagged as a participle)
            return start
        plural = "Plur" in doc[i].morph.get("Number") or doc[i].lower_.endswith(("s", "x"))
        k = start
        while k > 0 and start - k < 2:
            t = doc[k - 1]
            if t.pos_ != "ADJ" or not t.is_lower or not t.is_alpha or t.lower_ in lex.nationalities \
                    or "Part" in t.morph.get("VerbForm") or t.lower_ in lex.before:
                break
            k -= 1
        if k < start and k > 0 and doc[k - 1].lower_ in ANY_DETS:
            return k
        if k < start and plural and k > 2 and doc[k - 1].lower_ == "des" and doc[k - 2].lower_ in INDEF_DETS:
            return k  # "X, l'un des principaux dirigeants du syndicat": one of a group
        if k < start and k > 1 and doc[k - 1].text == "," and self.idx.ending_at(k - 1, PERSON):
            return k  # in apposition without an article: "Malik Ferhane, jeune apiculteur en Ardèche"
        return start

    def _after(self, ph: Phrase, j: int) -> int | None:
        """Read one element after the title at token j; the new position, or None to stop."""
        doc, lex = self.doc, self.lex
        for n in range(min(lex.max_after_words, len(doc) - j), 0, -1):
            key = doc[j : j + n].text.lower()
            # "le ministre français délégué à la Francophonie": the nationality inside the
            # title, then its qualifier, though "délégué" is also a title of its own
            after_nationality = ph.end == j and ph.of_name is not None \
                and doc[j - 1].lower_ in lex.nationalities
            glued = n == 1 and ph.end == j and key in QUALIFYING_TITLES  # "secrétaire générale adjointe"
            if key in lex.after and not (n == 1 and self.title_at(j) and key not in ("général", "générale")
                                         and not after_nationality and not glued):
                ph.status = lex.after[key] or ph.status
                ph.pieces.append((j, j + n))
                ph.end = j + n
                return j + n
        low = doc[j].lower_
        free = ph.of is None and ph.of_name is None
        tok = doc[j]
        if ph.end == j:
            skip = self._party_label(j)
            if skip is not None:  # "le sénateur socialiste de la Creuse", "le maire RPR de Paris"
                ph.end = skip
                return skip
        if ph.end == j == ph.head_end \
                and doc[ph.head].lower_ in ("chef", "cheffe", "apprenti", "apprentie", "artisan",
                                            "artisane") \
                and tok.is_lower and lex.title_of(low) is not None:
            ph.pieces.append((j, j + 1))  # "chef magasinier", "apprenti boulanger": of a trade
            ph.end = j + 1
            return j + 1
        if ph.end == j and free and tok.is_lower and low not in lex.nationalities:
            town = self._demonym(low, ph)
            if town is not None:  # "l'entraîneur golbéen, X": of Golbey's club, or of Golbey
                base = _base_title(ph.title, lex)
                if base in lex.office or base in lex.local_titles or base in lex.state_titles \
                        or base in lex.body_only or base in lex.demonym_mandates \
                        or fold(ph.title) in lex.team_titles:
                    if isinstance(town, str):
                        ph.of_name = town
                    else:
                        ph.of = town
                ph.end = j + 1  # "l'arbitre parisien": where the person comes from, read over
                return j + 1
            if gentile_form(tok, ph.head, lex):
                ph.end = j + 1  # "le maire castelvarois, X": a town the text does not name, read over
                return j + 1
        if ph.end == j == ph.head_end and free and low in DEF_DETS | {"l’"} and j + 1 < len(doc) \
                and doc[ph.head].lower_.endswith("ant"):
            body = self.idx.starting_at(j + 1, ("organization",))
            if body is not None:  # "X, commandant la compagnie de gendarmerie de Montbard": the
                ph.of = body[0]   # participle's object is the body commanded
                ph.end = body[2]
                return body[2]
        if ph.end == j and low in ("à", "au", "aux") and ph.title in ("secrétaire", "sous-secrétaire"):
            for n in (4, 3, 2):  # "le secrétaire américain au Trésor": the department after the state
                if j + n <= len(doc) and fold(doc[j : j + n].text) in lex.secretary_posts:
                    post = " ".join(doc[j : j + n].text.lower().replace("’", "'").replace("' ", "'").split())
                    if f"{ph.title} {post}" in lex.state_titles:
                        ph.title = f"{ph.title} {post}"
                        ph.pieces.append((j, j + n))
                        ph.end = j + n
                        return j + n
        if ph.end == j and tok.is_lower and low in lex.faiths and ph.end > ph.head:
            ph.end = j + 1  # "l'enseignante copte X", "l'imam chiite Y": who the person is, read over
            return j + 1
        if ph.end == j and low in lex.origin_words and j + 2 < len(doc) \
                and doc[j + 1].lower_.replace("’", "'") in DE | {"d'"}:
            # "un enseignant originaire de Homs, X": where the person comes from, no body of the
            # title; the place is read over, the reading stops elsewhere
            hit = self.idx.starting_at(j + 1, ("place",)) or self.idx.starting_at(j + 2, ("place",))
            if hit is None:
                return None
            ph.end = hit[2]
            return hit[2]
        if ph.end == j and free and not ph.complement:
            comp = self._past_time_span(j)
            if comp is not None:  # "la présidente depuis dix ans du club X", "le maire, depuis 2001, de Y"
                ph.end = comp
                return comp
        if ph.end == j and tok.pos_ == "ADJ" and tok.is_lower and low not in lex.nationalities \
                and "Part" not in tok.morph.get("VerbForm") and low not in lex.before \
                and low not in lex.weekdays and not _measure_adjective(doc, j):
            named = self._named_body_adjective(ph, j)
            if named is not None:  # "le député de Russie unie X": the body's word, not the title's
                if named is not ph.of:
                    ph.of = named
                ph.end = j + 1
                return j + 1
            # ("ancien joueur du club âgé de 30 ans", "un boulanger de Toul âgé de 38 ans": the
            # age is the person's, no word of the title)
            ph.pieces.append((j, j + 1))  # "directeur financier", "conseiller technique"
            ph.end = j + 1
            return j + 1
        if low in lex.nationalities and free and (not doc[j].is_title or doc[j].pos_ == "ADJ"):
            ph.of_name = lex.nationalities[low]
            ph.end = j + 1
            return j + 1
        if low in lex.nationalities and ph.end == j and not doc[j].is_title \
                and doc[j - 1].lower_ in lex.nationalities:
            ph.end = j + 1  # a second adjective, of an origin: "le leader kosovar albanais X"
            return j + 1
        if free and not ph.complement and ph.end == j:
            org = self.idx.starting_at(j, ("organization",))
            if org is not None and org[2] < len(doc) and self.idx.starting_at(org[2], PERSON):
                ph.of = org[0]  # "le député UMP Jean Roy": the party between title and name
                ph.end = org[2]
                return org[2]
            if org is not None and org[2] - j <= 3 and doc[j].text[:1].isupper() \
                    and (org[2] == len(doc) or doc[org[2]].text in (",", ".", ";", ")")
                         or (doc[org[2]].lower_ in DE and org[2] + 2 < len(doc)
                             and (doc[w := org[2] + 1 + (doc[org[2] + 1].lower_ in DEF_DETS)].is_title
                                  or doc[w].lower_ in PLANT_NOUNS))):
                # "X, délégué CFDT, dénonce", "le délégué syndical CGT, Serge Colin": the body
                # named bare after the title, then the end of the apposition or the workplace
                # ("délégués CGT des Rapides de la Meuse", "délégué CGT du site", "de l'usine":
                # the reading stops at the union)
                ph.of = org[0]
                ph.end = org[2]
                return org[2] if org[2] == len(doc) or doc[org[2]].lower_ not in DE else None
        if low == "au" and ph.end == j and j + 2 < len(doc) and doc[j + 1].lower_ == "sein" \
                and doc[j + 2].lower_ in DE | {"d’"} and ph.of is None and ph.of_name is None:
            # "trésorier au sein de l'amicale": a locution of place, whose "de" opens the body
            # the title is held in, as the title's own "de" does; "au sein" is no domain
            return self._complement(ph, j + 2)
        if low in ROLE_PREPS and ph.of is None and ph.of_name is None and not ph.complement:
            return self._complement(ph, j)
        if low == "dans" and free and not ph.complement and ph.end == j and j + 2 < len(doc) \
                and self._bare_definite(j + 2):
            # "tourneur dans la société depuis 1998": the body named before, as "de la
            # société" takes it up
            return self._complement(ph, j)
        if low in ("dans", "sur") and free and not ph.complement and ph.end == j:
            return self._workplace(ph, j)
        if (low in LOCATIVE or low == "pour" or (low == "dans" and not free)) and j + 1 < len(doc):
            # (past the body: "le délégué de l'agence dans le Morbihan, X", where it works)
            # "correspondant du Monde à Washington", "directeur de Thomson pour l'Asie"
            hit = self.idx.starting_at(j + 1 + (doc[j + 1].lower_ in DEF_DETS), ("place",))
            if hit:
                free_here = ph.of is None and ph.of_name is None and not ph.complement
                owned = ph.det_start < ph.start and doc[ph.det_start].lower_ in OWNER_DETS
                # (not "son économiste pour l'Europe", "X, son représentant en Bretagne": the
                # area of an office the possessive's owner gives; the owner is its body)
                if free_here and not owned:
                    ph.of = hit[0]
                ph.end = hit[2]
                body = self._body_after_area(hit[2]) if free_here or ph.of is hit[0] else None
                if body is not None:  # "déléguée pour l'Afrique australe de la FAO": the area, then the body
                    ph.of = body[0]
                    ph.end = body[2]
                    return body[2]
                return hit[2]
        # "la première adjointe, chargée des sports, X": the charge set between commas, then the name
        charged = ("chargé", "chargée", "chargés", "chargées")
        aside = low == "," and ph.end == j and j + 3 < len(doc) and doc[j + 1].lower_ in charged
        # "l'adjointe en charge des écoles, X": the locution says what "chargée" says
        in_charge = not aside and low == "en" and j + 3 < len(doc) and doc[j + 1].lower_ == "charge"
        c = j + aside + in_charge
        if ph.end == j and (doc[c].lower_ in charged or in_charge) and c + 2 < len(doc) \
                and doc[c + 1].lower_ in DE | CONTRACTED | {"d’"}:
            # "l'adjoint au maire chargé des sports, X": the charge is part of the title
            m = c + 2
            while m < min(len(doc), c + 12) and not (doc[m].is_punct and doc[m].text not in ("'", "’", "-")
                                                     and not self._listed_field(m)) \
                    and doc[m].pos_ not in ("VERB", "AUX", "PRON", "SCONJ") and not self.idx.at(m, PERSON) \
                    and not (doc[m].lower_ in ("et", "puis") and self._title_next(m + 1)) \
                    and doc[m].lower_ not in CHARGE_STOPS \
                    and not (m > c + 2 and self._charge_body_at(m)):
                m += 1  # (up to a second title: "adjoint chargé des finances puis maire de X")
            named = m + 1 < len(doc) and doc[m].text == "," and self.idx.starting_at(m + 1, PERSON)
            if aside and not named:
                return None  # an aside that no name closes ("le maire, chargé de l'enquête, a ...")
            if m > c + 2:
                ph.pieces.append((c - in_charge, m))
                ph.end = m
                return m
        branch = self._branch_town(ph, j)
        if branch is not None:  # "le président de l'ADMR de Xertigny, X", "de l'UNC, section de Charmes, X"
            ph.end = branch
            return branch
        if low == "auprès" and ph.end == j and (ph.of is not None or ph.of_name is not None) \
                and j + 2 < len(doc) and doc[j + 1].lower_ in DE | {"d’"}:
            # "l'envoyé de la Suisse auprès de l'Unesco, X": the body the holder
            # is posted to, after the body he serves; read over, the holder's name follows
            n = j + 2 + (doc[j + 2].lower_ in DEF_DETS | {"l’"})
            posted = self.idx.starting_at(n, ORG_PLACE) if n < len(doc) else None
            if posted is not None:
                ph.pieces.append((j, posted[2]))
                ph.end = posted[2]
                return posted[2]
        if low in ROLE_PREPS and (ph.of is not None or ph.of_name is not None):
            if low in DE_FORMS and j + 1 < len(doc) and doc[j + 1].text[:1].isupper() \
                    and ph.of is not None and ph.of.type == "organization":
                # "directrice de l'école Jules-Ferry de Varcourt": a name right after the body's
                # "de", without an article, is where the body is, never the title's domain
                return None
            # a domain after the organization: "haute-commissaire des Nations unies aux droits de l'homme"
            return self._complement(ph, j, domain_only=True)
        if low in ("pour", "sur") and ph.of is not None and j + 2 < len(doc) \
                and doc[j + 1].lower_ in DEF_DETS and doc[j + 2].is_lower and not ph.domain:
            # the remit after the organization, then the holder in apposition: "l'envoyée
            # de l'Union européenne pour le Sahel, X", "le
            # rapporteur de l'ONU sur le logement, Y" (past a place of the remit: "pour
            # l'aide alimentaire en Asie, Z")
            pieces, before = list(ph.pieces), ph.end
            end = self._complement(ph, j, domain_only=True)
            if end is not None and end + 1 < len(doc) and doc[end].lower_ in LOCATIVE:
                where = self.idx.starting_at(end + 1 + (doc[end + 1].lower_ in DEF_DETS), ("place",))
                if where is not None:
                    end = ph.end = where[2]
            if end is None or not self._holder_after_comma(end):
                ph.pieces, ph.domain, ph.end = pieces, False, before
                return None
            return end
        return None

    def _named_body_adjective(self, ph: Phrase, j: int) -> Entity | None:
        """An adjective right after the proper name of a title's complement that cannot qualify
        the title, as it does not agree with its gender ("le député de Russie unie", "le
        président du Club de l'Europe nouvelle": "unie" and "nouvelle" are feminine, the title
        masculine or of no marked gender) ends that name: the name and the adjective
        are one body, an organization (a place with an adjective is a party's or a movement's
        name), the title's `of`. The model hangs such an adjective on the title and leaves it
        out of the name. After a body named by its head alone ("la CGT locale", "la Croix-Rouge
        départementale"), the adjective says which branch: read over, the body stays as named
        (returned as it is)."""
        doc = self.doc
        if ph.of is None or ph.plural or j < 2 or not doc[j - 1].text[:1].isupper():
            return None
        hit = self.idx.ending_at(j, ORG_PLACE)
        if hit is None or hit[0] is not ph.of:
            return None
        adj, head = doc[j].morph, doc[ph.head].morph
        title_gender = {"m": "Masc", "f": "Fem"}.get(ph.gender or "") or next(iter(head.get("Gender")), None)
        gender = next(iter(adj.get("Gender")), None)
        number = next(iter(adj.get("Number")), None)
        # (a title of either gender with no article, "porte-parole", "chef": only a feminine
        # title could take a feminine adjective, and nothing says this one is); a singular
        # adjective after a singular name (a plural one is rather a category, "champion de
        # France cadets", and the model takes "des Vosges unies" whole)
        if gender != "Fem" or title_gender == "Fem" or number == "Plur" \
                or "Plur" in doc[j - 1].morph.get("Number") or doc[j - 2].lower_ in ("des", "les", "aux"):
            return None
        # the adjective agrees with a place, the name itself or its last complement
        # ("Cercle de l'Europe"), not with the head noun of a body
        if ph.of.type != "place" and not any(t.pos_ == "ADP" for t in doc[hit[1] + 1 : j - 1]):
            return ph.of
        return self._new_org(doc[hit[1]].idx, doc[j].idx + len(doc[j]))

    def _minister_domain(self, ph: Phrase, hit: tuple[Entity, int, int]) -> bool:
        """"le ministre soudanais des Travaux publics", "de la Santé publique": a minister's
        complement with its article is his portfolio, a capitalized noun and lower-case
        adjectives, which the model may tag as a body or a place of several words; not a state
        ("ministre de la République tchèque": a place the gazetteer knows)."""
        # (any office that holds a portfolio: "le secrétaire d'État belge aux Affaires
        # européennes", "la vice-ministre des Affaires sociales")
        if not fold(_base_title(ph.title, self.lex)).startswith(PORTFOLIO_OFFICES):
            return False
        words = self.doc[hit[1] : hit[2]]
        return len(words) >= 2 and words[0].is_title and words[0].pos_ == "NOUN" \
            and all(t.is_lower and t.is_alpha for t in words[1:]) \
            and gazetteer.place_kind(hit[0].name) is None

    def _charge_body_at(self, m: int) -> bool:
        """The body a charge is held in, after its field: "vice-présidente chargée des mobilités
        à la métropole X", "chargé de communication à la communauté de communes", "chargé des
        sports de l'agglomération X". The field stops there; the body is the title's `of`, not
        its wording. After "de", only a named organization (not "chargé de la reconstruction du
        Kosovo", not "de la politique de la ville": a field of its own); after "à", a named
        organization or place, or a noun of bodies with its article."""
        doc, lex, idx = self.doc, self.lex, self.idx
        low = doc[m].lower_.replace("’", "'")
        if low not in DE | {"à", "au", "aux"}:
            return False
        n = m + 1 + (m + 1 < len(doc) and doc[m + 1].lower_.replace("’", "'") in DEF_DETS)
        if n >= len(doc):
            return False
        at = low in ("à", "au", "aux")
        hit = idx.starting_at(n, ORG_PLACE if at else ("organization",))
        if hit is not None:
            return True
        return at and n > m + 1 and doc[n].is_lower \
            and (doc[n].lower_ in lex.org_nouns or doc[n].lemma_.lower() in lex.org_nouns)

    def _past_time_span(self, j: int) -> int | None:
        """The complement's preposition after a span of time set between a title and its
        complement, from token j ("la présidente depuis dix ans du club X", "le maire, depuis
        2001, de Y"): "depuis" then numbers, months and words of time only; set between commas,
        the comma closes it. None when no "de" complement of the title follows."""
        doc = self.doc
        k = j + (doc[j].text == ",")
        m = self._time_span_end(k)
        if m is None or m + 1 >= len(doc):
            return None
        if k > j:  # the aside closed by its comma
            if doc[m].text != ",":
                return None
            m += 1
        if doc[m].lower_.replace("’", "'") not in DE | CONTRACTED | {"d'"}:
            return None
        nxt = doc[m + 1] if m + 1 < len(doc) else None
        if nxt is None or nxt.like_num or nxt.lower_ in _months():
            return None  # "depuis 2001 de 2008 ...": no complement
        if doc[m].lower_ in DE_FORMS and nxt.lower_.replace("’", "'") not in DEF_DETS and not nxt.is_title:
            return None  # "pendant dix ans de suite": a locution, no body
        return m

    def _time_span_end(self, k: int) -> int | None:
        """The end of a span of time opening at token k ("depuis 2015", "depuis plus de vingt
        ans", "en mars 2019"): the opener then numbers, months and words of time only."""
        doc = self.doc
        openers, words = _time_span()
        if k >= len(doc) or doc[k].lower_ not in openers:
            return None
        m = k + 1
        while m < min(len(doc), k + 7):
            low = doc[m].lower_.replace("’", "'")
            if low in ("plus", "près") and m + 1 < len(doc) and doc[m + 1].lower_ in DE_FORMS:
                m += 2  # "depuis plus de vingt ans"
            elif doc[m].like_num or low in words or low in _months():
                m += 1
            else:
                break
        return None if m == k + 1 else m

    def _adverbial_phrase(self, k: int) -> bool:
        """Whether the three tokens ending at token k are a locution between a copula and its
        title ("fut tour à tour secrétaire", "devint par la suite président")."""
        return k > 2 and self.doc[k - 2 : k + 1].text.lower() in ADVERBIAL_PHRASES

    def _appointment_adverbial(self, k: int) -> int | None:
        """The start of a short prepositional adverbial ending at token k right after a
        participle of appointment, between it and the title: "élu à l'unanimité président",
        "réélue pour trois ans trésorière", "nommé à titre provisoire directeur", "élu par
        acclamation maire". A preposition, then only articles, numbers, adjectives and one
        noun; the participle before it."""
        doc, lex = self.doc, self.lex
        if k < 2 or doc[k].pos_ not in ("NOUN", "ADJ"):
            return None
        j = k
        while j > max(0, k - 4) and doc[j].lower_ not in ADVERBIAL_PREPOSITIONS:
            if doc[j].pos_ not in ("NOUN", "ADJ", "DET", "NUM") or doc[j].is_punct:
                return None
            j -= 1
        if doc[j].lower_ not in ADVERBIAL_PREPOSITIONS or j < 1 or j == k:
            return None
        if sum(doc[x].pos_ == "NOUN" for x in range(j + 1, k + 1)) > 1:
            return None
        verb = doc[j - 1]
        forms = lex.appointment_forms
        if not (verb.lower_ in forms or (verb.lower_.endswith("s") and verb.lower_[:-1] in forms)):
            return None
        return j

    def _title_next(self, k: int) -> bool:
        """Whether a title starts at token k, after an optional article."""
        if k < len(self.doc) and self.doc[k].lower_ in ANY_DETS:
            k += 1
        return k < len(self.doc) and self.title_at(k) is not None

    def _branch_town(self, ph: Phrase, j: int) -> int | None:
        """The end of the town of a body's local branch, right after the body the title names,
        when the holder's name follows: "le président de l'ADMR de Xertigny, Jean Roy", "de
        l'UNC, section de Charmes, Louis Petit". The office stays the body's."""
        doc, idx = self.doc, self.idx
        if ph.of is None or ph.of.type != "organization" or ph.end != j or j + 2 >= len(doc):
            return None
        k = j
        if doc[k].text == "," and doc[k + 1].lower_ in BRANCH_NOUNS:
            k += 2  # ", section de Charmes,"
        if doc[k].lower_ not in DE:
            return None
        town = idx.starting_at(k + 1, ("place",))
        return town[2] if town is not None and self._holder_after_comma(town[2]) else None

    def _body_after_area(self, k: int) -> tuple[Entity, int, int] | None:
        """The organization named by a "de" complement right after the area an office covers
        ("le directeur pour l'Europe de l'OMS", "la représentante en France de l'Unicef"):
        the office is held in that body, the area only bounds it."""
        doc = self.doc
        if k + 1 >= len(doc) or doc[k].lower_ not in DE:
            return None
        m = k + 1 + (doc[k + 1].lower_ in DEF_DETS and doc[k].lower_ in ("de", "d'"))
        return self.idx.starting_at(m, ("organization",)) if m < len(doc) else None

    def _demonym(self, low: str, ph: Phrase) -> Entity | str | None:
        """The town, département or region a gentilé after a title stands for ("golbéen",
        "spinalien", "vosgien"): for a place in a team or an office of a body, the organization
        whose name holds that town ("le SAS Épinal"), else the place named, else (for a
        gentilé known without its place) the place's name."""
        lex = self.lex
        if low in lex.political or not low.replace("-", "").isalpha():
            return None
        body = fold(ph.title) in lex.team_titles or ph.title in lex.office
        named = self.gentile_clubs(low) if body else []
        if len(named) == 1:  # "l'entraîneur angevin" beside the Stade angevin: that club
            return named[0]
        known, hits = self._demonym_hits(low)
        if not hits:
            return known
        for e, org in hits:
            if org == body:
                return e
        if not body and known is not None:
            return known  # "le maire rémois" in a story naming only the club Reims Pionniers: the town
        return hits[0][0]

    def gentile_clubs(self, low: str) -> list[Entity]:
        """The organizations whose name holds the gentilé `low` itself, in any of its forms, as
        a lower-case word ("Stade angevin", "Stade toulousain", "Olympique lorrain"): a club
        named after its people's adjective, which a title or a side's noun takes up."""
        lex = self.lex
        stem = _gentile_stem(low, lex)
        if stem is None or low in lex.nationalities or low in lex.not_demonyms:
            return []
        if self._club_stems is None:  # once per document: the stem of each such word -> its bodies
            index: dict[str, list[Entity]] = {}
            for e in self.idx.entities:
                if e.type == "organization":
                    stems = {_gentile_stem(w, lex) for m in e.mentions
                             for w in m.text.replace("'", " ").replace("’", " ").split()[1:] if w.islower()}
                    for s in stems:
                        if s is not None:
                            index.setdefault(s, []).append(e)
            self._club_stems = index
        return list(self._club_stems.get(stem, ()))

    def _demonym_hits(self, low: str) -> tuple[str | None, list[tuple[Entity, bool]]]:
        """The place a gentilé is known to stand for (or None), and the places and bodies
        named in the text whose town it fits (see _demonym); nothing for the `not_demonyms`."""
        lex = self.lex
        if low in lex.not_demonyms:
            return None, []
        known = lex.demonyms.get(low)
        towns = self._towns()
        if known is not None:
            key = _town_key(known)
            hits = [(e, org) for k, e, org in towns if k == key]
        else:
            suffix = next((x for x in lex.demonym_suffixes if low.endswith(x)), None)
            if suffix is None:
                return None, []
            stem = fold(low[: -len(suffix)]).replace(" ", "")
            if len(stem) >= 2 and stem[-1] == stem[-2]:
                stem = stem[:-1]  # "thaonnais", "vittellois"
            if len(stem) < 4:
                return None, []
            scored = []
            for k, e, org in towns:
                n = 0
                while n < min(len(k), len(stem)) and k[n] == stem[n]:
                    n += 1
                if n >= 4 and n >= len(stem) - 3:
                    scored.append((n, e, org))
            best = max((n for n, _, _ in scored), default=0)
            hits = [(e, org) for n, e, org in scored if n == best]
        return known, hits

    def _towns(self) -> list[tuple[str, Entity, bool]]:
        """(folded key, entity, is an organization) for each place named, and for each
        capitalized word of an organization's name ("SAS Épinal" -> épinal), once per document."""
        if self._town_list is None:
            out: list[tuple[str, Entity, bool]] = []
            for e in self.idx.entities:
                if e.type == "place" and e.name[:1].isupper():
                    out.append((_town_key(e.name), e, False))
                elif e.type == "organization":
                    # a club named first by its town ("Sélestat Ried Handball", "Golbey
                    # Football Club", "Thionville Castors"): its first word too, unless it
                    # is the body's kind ("Banque Lorraine", "Office de X"); a word joining two
                    # towns ("Épinal-Golbey", "Metz-Moselle") holds each of them
                    kinds = self.lex.kind_bodies
                    for m in e.mentions:
                        words = m.text.replace("'", " ").replace("’", " ").split()
                        first = 0 if _club(e) or (words and fold(words[0]) not in kinds
                                                  and words[0].lower() not in self.lex.org_nouns) else 1
                        for n, w in enumerate(words[first:], first):
                            if w[:1].isupper() and len(w) >= 4 and not (n == 0 and w.isupper()):
                                out.append((_town_key(w), e, True))
                                parts = w.split("-")
                                if len(parts) == 2 and all(len(x) >= 4 and x[:1].isupper() for x in parts):
                                    out.extend((_town_key(x), e, True) for x in parts)
            self._town_list = out
        return self._town_list

    def _workplace(self, ph: Phrase, j: int) -> int | None:
        """An unnamed workplace then the place it is in: "cuisinier dans un restaurant à
        Nancy", "mécanicien sur un chantier naval en Norvège". The role is held in
        that place; without a place after it, the workplace is not read."""
        doc = self.doc
        m = j + 1
        if m >= len(doc) or doc[m].lower_ not in INDEF_DETS:
            return None
        m += 1
        while m < len(doc) and m - j < 8 and (doc[m].text == "-" or (doc[m].pos_ in ("NOUN", "ADJ")
                                                                     and doc[m].is_lower)):
            m += 1
        if m == j + 2:
            return None
        return ph.end if self._located_at(ph, m) else None

    def _located_at(self, ph: Phrase, m: int) -> bool:
        """"à Nancy", "en Écosse", "au Luxembourg" at token m: the place is the title's `of`."""
        doc = self.doc
        within = m + 2 < len(doc) and doc[m].lower_ == "dans" and doc[m + 1].lower_ in DEF_DETS
        if m + 1 >= len(doc) or (doc[m].lower_ not in LOCATIVE and not within):
            return False
        hit = self.idx.starting_at(m + 1 + (doc[m + 1].lower_ in DEF_DETS), ("place",))
        if hit is None and within:
            hit = self.idx.starting_at(m + 1, ("place",))  # "[la Meuse]": the article in the name
        if hit is None or (within and not self._holder_after_comma(hit[2])):
            # "dans" and a region or a department only before the holder in apposition: "le
            # délégué de l'association dans les Vosges, X" (the area the office covers)
            return False
        ph.of = hit[0]
        ph.end = hit[2]
        return True

    def _unnamed_body_place(self, ph: Phrase, j: int) -> bool:
        """A body the text does not name, then the place it is in: "professeure à l'école de
        langues au Luxembourg", "cuisinier dans un restaurant à Nancy". The role is held in
        that place (a title held for a person is not)."""
        if not ph.complement or ph.person_complement or ph.of is not None or ph.of_name is not None:
            return False
        return self._located_at(ph, j)

    def _party_label(self, j: int) -> int | None:
        """The end of a party label or political leaning at token j, right after a title: an
        adjective or locution of `political` ("socialiste", "de droite"), or a party's acronym,
        bare or in parentheses, before the title's own complement ("le maire RPR de Paris",
        "le député-maire (UMP) de Levallois"). It is read over and left out of the role, as a
        nationality is; a party acronym right before the name stays the title's organization."""
        doc, lex = self.doc, self.lex
        for n in range(min(4, len(doc) - j), 0, -1):
            key = doc[j : j + n].text.lower().replace("’", "'")
            known = key in lex.political or (n == 1 and key.endswith("s") and key[:-1] in lex.political)
            nxt = doc[j + n] if j + n < len(doc) else None
            if known and n > 1 and nxt is not None and doc[j + n - 1].pos_ == "NOUN" \
                    and (nxt.lower_ in DE or (nxt.pos_ in ("ADJ", "NOUN") and nxt.is_lower)):
                continue  # "chef du centre de secours", "directrice du centre hospitalier": a body
            if known and (n > 1 or doc[j].pos_ in ("ADJ", "NOUN", "PROPN")):
                return j + n
        paren = doc[j].text == "("
        a = j + 1 if paren else j
        if a >= len(doc) or not doc[a].is_alpha or not 2 <= len(doc[a]) <= 6:
            return None
        party = doc[a].text in lex.party_acronyms
        org = self.idx.starting_at(a, ("organization",))
        if not party and (not doc[a].is_upper or org is None or org[2] != a + 1):
            return None
        end = a + 1
        if paren:
            if end >= len(doc) or doc[end].text != ")":
                return None
            end += 1
            if end < len(doc) and self.idx.starting_at(self._past_civility(end), PERSON) is not None:
                return end  # "le sénateur (LR) X": the label in parentheses, then the holder's name
        k = end
        if k + 1 >= len(doc) or doc[k].lower_ not in DE:
            return None
        if party:
            return end  # "le président PS du conseil général"
        k += 1 + (doc[k + 1].lower_ in DEF_DETS)
        if k < len(doc) and (self.idx.starting_at(k, ORG_PLACE) or doc[k].lemma_.lower() in lex.place_nouns):
            return end  # "de Paris", "de la ville de Metz"
        return None

    def _name_of_noun(self, k: int, m: int) -> tuple[Entity, int, int] | None:
        """A person named right after the last noun of a complement read from k to m, when
        that noun is a government, a kinship or a title ("du gouvernement Balladur", "du
        général André"):
        the name is that noun's, not the holder of the title before."""
        doc, lex = self.doc, self.lex
        if m >= len(doc) or m - 1 < k:
            return None
        hit = self.idx.starting_at(m, PERSON)
        noun = doc[m - 1]
        if hit is None or not noun.is_lower or noun.pos_ != "NOUN":
            return None
        lemma = noun.lemma_.lower()
        if lemma in lex.state_nouns or lemma in EPONYMOUS or lemma in lex.kinship \
                or self.title_at(m - 1) is not None:
            return hit
        return None

    def _trade_body(self, k: int) -> bool:
        """"du constructeur automobile Vasseur", "de l'assureur Mutelia", "du géant pétrolier
        Petrolis": a noun of a firm by its trade (models/roles/nationalities.json
        'trade_bodies'), lower case, after its article, that the complement reads as the kind of
        the body named right after it, as an org noun ('org_nouns'); no body when no name follows."""
        tok = self.doc[k]
        trades = self.lex.trade_bodies
        return tok.is_lower and (tok.lower_ in trades or tok.lemma_.lower() in trades)

    def _second_domain(self, j: int) -> bool:
        """A second domain of a ministry from token j on: "de l'Emploi", "des Finances", "de
        la Communication", "à la Mer" after "délégué aux Transports" (a preposition, an article
        maybe, a capitalized noun)."""
        doc = self.doc
        if j >= len(doc) or doc[j].lower_ not in DE | CONTRACTED | {"à"}:
            return False
        j += 1 + (j + 1 < len(doc) and doc[j + 1].lower_ in DEF_DETS)
        return j < len(doc) and doc[j].is_alpha and doc[j].text[:1].isupper()

    def _listed_field(self, m: int) -> bool:
        """The comma at token m goes on to one more field of a list: "chargée des Sports, de la
        Jeunesse et de la Culture", "des sports, jeunesse et culture" (the field is followed by
        "et" or by a comma)."""
        if self.doc[m].text != ",":
            return False
        end = self._field_item(m + 1)
        return end is not None and end < len(self.doc) and self.doc[end].lower_ in ("et", ",")

    def _field_item(self, j: int) -> int | None:
        """One more field of a local officer's portfolio from token j on: "Loisirs", "de la
        Jeunesse", "à la culture", "au Patrimoine" (a preposition maybe, an article maybe, then a
        noun: capitalized, or a common noun that is no title; the parser may tag it an adjective),
        and the portfolio goes on or ends there (a comma, "et", the end of the clause); never a
        person's name or a date. Its end, or None."""
        doc = self.doc
        if j >= len(doc):
            return None
        if doc[j].lower_ in DE | CONTRACTED | {"à"}:
            j += 1
            if j < len(doc) and doc[j].lower_ in DEF_DETS:
                j += 1
        if j >= len(doc) or not doc[j].is_alpha or self.idx.at(j, (*PERSON, "date")) is not None:
            return None
        tok = doc[j]
        if not tok.text[:1].isupper() and (tok.pos_ not in ("NOUN", "ADJ") or self.title_at(j) is not None
                                           or tok.lower_ in self.lex.nationalities):
            return None
        end = j + 1
        while end < len(doc) and doc[end].is_lower and doc[end].pos_ == "ADJ":
            end += 1  # "des Travaux publics", "de la Vie associative"
        return end if end == len(doc) or doc[end].is_punct or doc[end].lower_ == "et" else None

    def _complement(self, ph: Phrase, j: int, domain_only: bool = False) -> int | None:
        doc, lex, idx = self.doc, self.lex, self.idx
        prep = doc[j].lower_
        hit = idx.starting_at(j, ORG_PLACE)
        if hit and not domain_only and doc[j].is_lower:
            ph.of = hit[0]  # the model took the preposition into the name: "[de France]"
            ph.end = hit[2]
            return hit[2]
        k = j + 1
        if prep == "auprès" and k < len(doc) and doc[k].lower_ in DE:
            k += 1
        if k >= len(doc):
            return None
        named = idx.starting_at(k, ORG_PLACE)
        # an office of a state, or a European commissioner's portfolio ("aux Transports")
        state = _base_title(ph.title, lex) in lex.state_titles or fold(ph.title) in lex.title_bodies
        if named is not None and state and named[2] == k + 1 and named[0].type == "organization":
            named = None  # "ministre des Finances": the ministry's domain, read as a name by the model
        if named is not None and not domain_only:
            if self._organ_of(ph, j, named[2], named[0]):
                return named[2]  # "membre du [comité directeur du club]": the club named before
            parent = self._unit_parent(named)
            if parent is not None:
                # "directrice du département des Estampes de la Bibliothèque de X": the unit the
                # model named is no body of its own; the office is held in the body after it
                ph.of = parent[0]
                ph.pieces.append((j, named[2]))  # the unit stays in the title
                ph.end = parent[2]
                return parent[2]
            ph.of = named[0]  # the name begins with its article: "de La Poste"
            ph.end = named[2]
            return named[2]
        det = None
        if doc[k].lower_ in DEF_DETS:
            det, k = "def", k + 1
        elif doc[k].lower_ in INDEF_DETS:
            det, k = "indef", k + 1
        elif doc[k].lower_ in POSS_DETS:
            det, k = "poss", k + 1
        elif prep in CONTRACTED:
            det = "def"
        if k >= len(doc):
            return None
        hit = idx.starting_at(k, ORG_PLACE)
        ministry = state and det == "def"
        portfolio_end = k + 1  # the end of a portfolio the model tagged as a name
        if hit and ministry and hit[2] == k + 1 and hit[0].type == "organization":
            hit = None  # "ministre des Finances": the ministry's domain, read as a name by the model
        if hit and ministry and self._minister_domain(ph, hit):
            portfolio_end = hit[2]
            hit = None  # "ministre de la Santé publique", "des Travaux publics": the same, of words
        if hit and not domain_only:
            # (a kind noun and a part of a name the model tagged alone: the body named before)
            ph.of = (self._part_named(doc[hit[1] : hit[2]]) if hit[0].name[:1].islower() else None) \
                or self._branch_named_by_parent(k, hit) or hit[0]
            ph.end = hit[2]
            return hit[2]
        if hit:
            return None
        again = self._name_taken_up(k, prep, det) if not domain_only and ph.of is None \
            and ph.of_name is None and not state and _base_title(ph.title, lex) not in lex.local_titles \
            else None
        if again is not None:
            ph.of = again[0]
            ph.end = again[1]
            return again[1]
        tok = doc[k]
        country = self._country_at(k) if not domain_only and ph.of is None and ph.of_name is None \
            and det in ("def", None) else None
        head = fold(_base_title(ph.title, lex))
        if country is not None and (state or head in ("president", "vice-president")):
            # "Premier ministre des Pays-Bas", "président des Comores": an office of the state
            # the gazetteer names, which the entity layer did not tag (not "ministre des
            # Finances": no country)
            ph.of_name = doc[k : country].text
            ph.end = country
            return country
        if not domain_only and ph.of is None and ph.of_name is None and det in ("def", None) \
                and tok.is_upper and tok.is_alpha and 2 <= len(tok) <= 8 and tok.text not in _legal_forms() \
                and idx.at(k, ("person", *ORG_PLACE)) is None and not _named_thing(doc, tok) \
                and (k + 1 == len(doc) or not doc[k + 1].is_upper):
            # "de l'ONU" the model did not tag; not a thing the entity layer read ("institutrice
            # de CP", "titulaire du BTS": a class, a diploma)
            ph.of = self._new_org(tok.idx, tok.idx + len(tok))
            ph.end = k + 1
            return k + 1
        if not domain_only and ph.of is None and ph.of_name is None and det == "def" and not ministry \
                and tok.is_title and tok.is_alpha and idx.at(k, ("person", "misc", *ORG_PLACE)) is None \
                and (k + 1 == len(doc) or not doc[k + 1].is_title) \
                and tok.lower_ not in lex.place_nouns and tok.lower_ not in lex.org_nouns \
                and gazetteer.place_kind(tok.text) is not None:
            # "la préfète du Cantal", "le sénateur de l'Ardèche": a place the gazetteer knows that
            # the entity layer did not tag, the office's territory, by its name
            ph.of_name = tok.text
            ph.end = k + 1
            return k + 1
        person = idx.starting_at(k, PERSON)
        if person is not None and not domain_only and det is None and ph.of is None and ph.of_name is None \
                and _base_title(ph.title, lex) in lex.body_only and self._bare_surname(person[0]):
            # "le patron de Thiriet", "PDG de Vosgelis": a body's office is not held for a
            # person; a name never written with a first name or a civility is the company's
            person[0].type = "organization"
            person[0].attrs.pop("civility", None)
            ph.of = person[0]
            ph.end = person[2]
            return person[2]
        if person is not None and not domain_only and ph.of is None and ph.of_name is None:
            # "l'ex-conseiller de M. Vannier, Théo Dalbret": the title is held for a
            # person, who is not its holder; the reading goes on past the name
            ph.complement = True
            ph.person_complement = True
            ph.held_for = person[0]
            ph.end = person[2]
            return None
        if idx.at(k, PERSON):
            return None
        # a common noun phrase: the domain of the title, or an organization named by it
        m = k
        org_head = doc[k].lower_ in lex.org_nouns or doc[k].lemma_.lower() in lex.org_nouns
        # "le numéro deux du régime": a noun of a state's power that is no kind of body ("du
        # régime de retraite" is a domain); the state only when bare or with its adjective
        state_head = not org_head and doc[k].lower_ in REGIME_NOUNS
        org_head = org_head or state_head
        trade = not org_head and self._trade_body(k)  # "du constructeur automobile Vasseur"
        a = k + 1
        while (org_head or trade) and a < min(len(doc) - 1, k + 3) and doc[a].is_lower and doc[a].is_alpha \
                and doc[a].pos_ in ("ADJ", "PROPN") and doc[a].lower_ not in lex.political \
                and doc[a].lower_ not in lex.nationalities:  # ("parti socialiste" is a name of its own)
            a += 1  # "de l'association organisatrice Vosges Trail", "du club local X"
        # (a branch's noun before its body's name: "de l'antenne ONF de X", "de la section CGT")
        branch = not org_head and _inner_noun(doc[k])
        named = idx.starting_at(a, ("organization",)) if (org_head or trade or branch) and a < len(doc) \
            else None
        if named is None and doc[k].lemma_.lower() in lex.place_nouns and k + 2 < len(doc) \
                and doc[k + 1].lower_ in DE | {"d’"}:
            named = idx.starting_at(k + 2, ("place",))  # "adjoint de la commune de Molay"
        if named is None and doc[k].lemma_.lower() in lex.place_nouns and k + 1 < len(doc) \
                and not doc[k + 1].is_lower:
            named = idx.starting_at(k + 1, ("place",))  # "préfète de la région Occitanie": its name after it
        if named is not None and not domain_only:
            # "la directrice de l'agence ONF de Varcourt": a branch named by its body and its
            # town is that body's, named before in full
            ph.of = (self._branch_named_by_parent(k, named) if a == k + 1 else None) or named[0]
            ph.end = named[2]
            return named[2]
        eponym = idx.starting_at(k + 1, PERSON) if org_head and doc[k].is_lower and k + 1 < len(doc) else None
        if eponym is not None and " " not in doc[eponym[1] : eponym[2]].text and not domain_only:
            ph.complement = True  # "directrice de l'école Marie-Curie": a body named after a person
            ph.end = eponym[2]
            return None
        # a local officer's portfolio ("l'adjoint aux Sports", "l'échevin des Finances"): its
        # fields may be coordinated, each with its preposition or not, capitalized or not
        # (an alderman's fields also after "de": "l'échevin de la Culture et du Patrimoine")
        local_field = not ministry and det == "def" \
            and (prep in CONTRACTED | {"à"} or fold(_base_title(ph.title, lex)) in _field_aldermen()) \
            and (_base_title(ph.title, lex) in lex.local_titles
                 or (j > 0 and doc[j - 1].lower_.startswith(("délégu", "chargé"))))
        fields_joined = False
        inner_entity = False
        tail: tuple[int, int] | None = None  # a state named after a ministry's domain
        town: tuple[int, tuple[Entity, int, int]] | None = None  # "centre de secours [de X]"
        while m < len(doc) and m - k < 10:
            t = doc[m]
            item = self._field_item(m + 1) if local_field and t.lower_ in ("et", ",") and m > k \
                and m - k < 9 else None
            if item is not None:
                m = item  # a local officer's fields: "adjointe aux Sports et Loisirs", "échevin des
                fields_joined = True  # Sports, de la Jeunesse et de la Culture" (one title, no name in it)
                continue
            if ministry and t.lower_ == "et" and m > k and m - k < 7 and self._second_domain(m + 1):
                m += 1  # a portfolio of two domains: "ministre de l'Économie et des Finances"
                m += doc[m].lower_ in ("à", "au", "aux")  # "déléguée aux Transports et à la Mer"
                continue
            if org_head and t.lower_ == "et" and m > k and m + 2 < len(doc) \
                    and doc[m + 1].lower_ in ("de", "d'", "d’") and doc[m + 2].is_lower \
                    and doc[m + 2].pos_ == "NOUN" and doc[k].lower_ in _unit_nouns():
                m += 2  # a unit of two fields: "au laboratoire de chimie et de physique de l'université"
                continue
            spaced_dash = t.text == "-" and bool(t.whitespace_) and bool(doc[m - 1].whitespace_)
            if (t.is_punct and t.text not in ("-", "'", "’")) or spaced_dash \
                    or t.pos_ in ("VERB", "AUX", "CCONJ", "PRON", "SCONJ") or t.lower_ in NEGATION:
                break  # "le maire de la commune n'a pas ...": the negation opens the verb (a hyphen
                # between spaces is a dash: "X - président du club - a ouvert la séance")
            if t.like_num and m - 2 >= k and m + 1 < len(doc) and doc[m + 1].lower_ == "ans" \
                    and doc[m - 2].lower_ in ("moins", "plus") and doc[m - 1].lower_ in DE_FORMS:
                m += 2  # an age group: "l'entraîneur des moins de 15 ans", "la section des plus de 60 ans"
                continue
            if m > k and _measure_adjective(doc, m):
                break  # "membre de l'amicale âgé de 52 ans": the age is no part of the body
            if idx.at(m, PERSON) or (t.like_num and not _ordinal(t.lower_)
                                     and not (t.pos_ == "ADJ" and m > k and doc[m - 1].pos_ == "NOUN"
                                              and (m + 1 == len(doc) or doc[m + 1].is_punct))
                                     and not (m == k and self._ordinal_title(k))):
                break  # (an ordinal is read: "député de la 1re circonscription", "l'équipe première")
            if t.lower_ in DE and m > k:
                n = m + 1 + (m + 1 < len(doc) and doc[m + 1].lower_ in DEF_DETS)
                if ministry and not domain_only and ph.of is None and ph.of_name is None \
                        and n < len(doc) and idx.at(n, ("person", *ORG_PLACE)) is None:
                    end = self._country_at(n)
                    if end is not None:  # "ministre de l'Économie des Émirats arabes unis": the state
                        tail = (n, end)
                        break
                inner = idx.starting_at(n, ORG_PLACE) if n < len(doc) else None
                if inner is not None:
                    if org_head and not domain_only:
                        parent = self._branch_parent(k, inner)
                        if parent is not None:
                            # "trésorière de l'antenne du Bocage de l'Association française
                            # des jardiniers amateurs", "de la délégation cantonale de l'AFJA": a
                            # local branch's office is held in the body it belongs to
                            ph.of = parent[0]
                            ph.end = parent[2]
                            return parent[2]
                        if inner[0].type == "place" and inner[0].name[:1].isupper():
                            town = (m, inner)
                        m = inner[2]
                        inner_entity = True
                    break
                m += 1
                continue
            if t.pos_ == "ADP" and m > k:
                break
            if idx.at(m, ORG_PLACE) and not (ministry and m < portfolio_end):
                break
            m += 1
        kind_named = idx.starting_at(m, ("organization",)) if (org_head or trade) and not domain_only \
            and m < len(doc) and m - k <= 6 and not inner_entity else None
        if kind_named is not None and all((t.is_lower or (t.is_upper and t.is_alpha)) and not t.is_punct
                                          for t in doc[k:m]):
            # "de la société de chauffage Thermeo", "du cabinet d'avocats X", "du
            # groupe de BTP Constrimo" (a trade's acronym no entity names): the body's kind,
            # then its name
            ph.of = kind_named[0]
            ph.end = kind_named[2]
            return kind_named[2]
        owner = self._name_of_noun(k, m)
        if owner is not None and not domain_only:
            if owner[1] - 1 == k:  # "secrétaire du général André": a title held for that person
                ph.complement = True
                ph.person_complement = True
                ph.held_for = owner[0]
                ph.end = owner[2]
                return None
            m = owner[1] - 1  # "ministre du Budget du gouvernement Balladur": the domain stops before
            while m > k and doc[m].lower_ not in DE:
                m -= 1
        while m > k and (doc[m - 1].lower_ in DE | DEF_DETS or doc[m - 1].pos_ == "ADP"):
            m -= 1
        timed = m
        while timed > k + 1 and idx.at(timed - 1, ("date",)):
            timed -= 1
        if timed < m and doc[timed - 1].pos_ in ("NOUN", "ADJ", "PROPN") \
                and doc[timed - 1].lower_ not in ("an", "année", "ans", "années"):
            m = timed  # "élu président du club hier", "du comité lundi soir": the time is no part of it
        if m <= k:
            return None
        np = doc[k:m]
        if state_head and not (len(np) == 1 or (len(np) == 2 and np[1].lower_ in lex.nationalities)):
            org_head = False
        bare_body = org_head and det is None and prep in ("de", "d'", "d’") and not inner_entity
        if bare_body:
            org_head = False  # no article: a domain, not a body ("maître de théâtre", "directeur d'usine")
        if org_head and not domain_only:
            if det in ("indef", "poss", None) and not inner_entity:
                ph.complement = True
                ph.end = m
                return None
            if len(np) == 2 and np[1].lower_ in lex.nationalities \
                    and (det != "def" or np[0].lower_ in lex.state_nouns or state_head):
                # "du gouvernement espagnol" is Spain; "de la commission européenne" is named below
                ph.of_name = lex.nationalities[np[1].lower_]
                ph.end = m
                return m
            if len(np) == 2 and det == "def" and np[1].is_lower:
                # "le président du club thaonnais": the club whose name holds Thaon
                club = next((e for e, org in self._demonym_hits(np[1].lower_)[1] if org), None)
                if club is not None:
                    ph.of = club
                    ph.end = m
                    return m
            if town is not None and town[0] - k >= 2 and det == "def" and not ph.domain \
                    and fold(doc[k].lemma_) in lex.public_bodies \
                    and all(t.is_lower or t.is_punct for t in doc[k : town[0]]):  # no name of its own
                # "chef du centre de secours de Dole": a public body named by its kind and
                # its town, which the entity layer does not name; its town (a new organization
                # would swallow the town's own mention; "du laboratoire d'astrophysique de
                # Besançon" stays one)
                return _held_in_town(ph, j, town)
            if town is not None and town[0] == k + 1 and doc[k].text == "République" and det == "def" \
                    and any(fold(doc[n].lower_).split("-")[-1] in _PROSECUTORS
                            for n in (k - 3, k - 4) if n >= 0):
                # "le procureur de la République de Vesoul": the court of that town, no republic
                return _held_in_town(ph, j, town)
            if len(np) >= 2 and det == "def" and {np[0].lemma_.lower(), np[0].lower_} & lex.anaphoric_bodies \
                    and all(t.is_lower and t.pos_ == "ADJ" and t.lower_ not in lex.political
                            and t.lower_ not in lex.nationalities for t in np[1:]):
                # "le capitaine de l'équipe première", "du club local": the body named before, not
                # a body of that name
                ph.of = self._antecedent(k, np[0])
                ph.complement = ph.of is None
                ph.end = m
                return m if ph.of is not None else None
            if self._organ_of(ph, j, m):
                return m
            kind = self._body_of_kind(np) if len(np) >= 2 and det == "def" and not inner_entity else None
            if kind is not None:  # "le chef du centre de secours principal": the centre named in full
                ph.of = kind
                ph.end = m
                return m
            organ = self._organ_body(np) if len(np) >= 4 and det == "def" else None
            if organ is not None:  # "trésorier du comité directeur de la Fédération X": the Fédération
                ph.of = organ
                ph.end = m
                return m
            if len(np) >= 2 and det == "def":
                ph.of = self._part_named(np) or self._new_org(doc[k].idx, doc[m - 1].idx + len(doc[m - 1]))
                ph.end = m
                return m
            if len(np) == 1 and det == "def":
                # "le porte-parole du parti", "le président du club": the organization named before
                # ("l'antenne" after "l'antenne bisontine de la Ligue des cyclistes": its body)
                ante = self._branch_before(k, np[0]) or self._antecedent(k, np[0])
                if ante is not None:
                    ph.of = ante
                    ph.end = m
                    return m
                kind = self._named_by_kind(k, np[0])
                if kind is not None:
                    ph.of_name = kind  # "le directeur du festival": the Festival d'Avignon named before
                    ph.end = m
                    return m
                site = self._named_by_its_noun(k, np) if not ph.complement else None
                if site is not None:  # "le directeur du musée" after "le musée de la Mine", a site
                    _hold_named(ph, site)
                    ph.end = m
                    return m
                if (np[0].lower_ in lex.state_nouns or state_head) and self.country is not None:
                    ph.of_name = self.country  # "le porte-parole du gouvernement": the state
                    ph.end = m
                    return m
            ph.complement = True
            ph.end = m
            return None
        if len(np) == 1 and det == "def" and not domain_only and not org_head \
                and np[0].lower_ == "site" and (m >= len(doc) or doc[m].lower_ not in DE | {"d’"}):
            # "le directeur du site": the firm that runs it (not "l'unité": a hospital's, an
            # army's, a plant's; not "du site de X", read as before)
            owner = self._plant_owner(k, np[0])
            if owner is not None:
                ph.of = owner
                ph.pieces.append((j, m))  # the plant stays in the title: "directeur du site"
                ph.end = m
                return m
        if len(np) == 1 and det == "def" and not domain_only and not org_head:
            parent = self._branch_before(k, np[0])
            if parent is not None:
                # "le médecin responsable de l'unité" after "l'unité de soins du centre
                # hospitalier X": the unit named before belongs to that body, which holds the office
                ph.of = parent
                ph.pieces.append((j, m))  # the unit stays in the title
                ph.end = m
                return m
        if len(np) == 1 and det == "def" and not domain_only and not org_head \
                and np[0].lemma_.lower() in lex.place_nouns:
            ante = self._antecedent(k, np[0])  # "le maire de la commune"
            if ante is not None:
                ph.of = ante
                ph.end = m
                return m
            commune = np[0].lemma_.lower() in lex.commune_nouns
            heading = _heading_commune(self.text, self.idx) if commune else None
            if heading is not None:  # "le premier magistrat de la commune" on a page headed "Darney : ..."
                ph.of, ph.of_name = heading
                ph.end = m
                return m
            if commune:
                ph.complement = True  # a commune the text does not name: no domain, no office to fill in
                ph.end = m
                return None
        if not domain_only and not org_head and det != "indef" and self._organ_of(ph, j, m):
            return m
        if det in ("indef", "poss") or prep == "chez" or org_head:
            if not domain_only:
                ph.complement = True
            return None
        if det is None and not domain_only and self._holder_after_comma(m) and doc[k].is_title \
                and all((doc[x].pos_ == "PROPN" and doc[x].is_title)
                        or (doc[x].text == "-" and not doc[x].whitespace_ and not doc[x - 1].whitespace_)
                        for x in range(k, m)):
            # "l'avocate de Bernard, Claire Roux": held for a name not read; "le maire de
            # Vernoy-Tremblant, X": a hyphenated name no entity types as a body or a place
            if _base_title(ph.title, lex) in lex.local_titles:
                ph.of_name = doc[k:m].text  # a mayor's bare "de" and a name: his commune
                ph.end = m
                return m
            ph.complement = True
            ph.end = m
            return None
        if any(doc[x].pos_ == "PROPN" and doc[x].is_title for x in range(k, m)) and not ministry \
                and not fields_joined:
            if not domain_only and det == "def" and self._holder_after_comma(m):
                # "le député de la 1re circonscription des Vosges, X": a complement naming
                # what no entity names, then the holder in apposition
                ph.complement = True
                ph.end = m
            return None
        if doc[k].lemma_.lower() in lex.not_domain or doc[k].lower_ in lex.not_domain:
            return None
        if ph.domain:
            return None  # one domain per title: "auteur du livre X" stops before "aux éditions"
        kind = self._body_of_kind(np) if det == "def" and ph.of is None and ph.of_name is None \
            and not inner_entity else None
        if kind is not None:  # "le président de la communauté de communes": the one named in full
            ph.of = kind
            ph.end = m
            return m
        kind = self._named_by_its_noun(k, np) if det == "def" and not domain_only and ph.of is None \
            and ph.of_name is None and not inner_entity and not ph.complement else None
        if kind is not None:  # "le recteur de la basilique" after "la basilique de Saint-X"
            _hold_named(ph, kind)
            ph.end = m
            return m
        ph.domain = True
        ph.kind_only = bare_body and not ph.complement
        ph.complement = ph.complement or bare_body  # still no office to fill in ("président de groupe")
        ph.pieces.append((j, m))
        ph.end = m
        if tail is not None:
            ph.of_name = doc[tail[0] : tail[1]].text
            ph.end = tail[1]
            return tail[1]
        last = doc[m - 1]
        if m - k >= 2 and last.lower_ in lex.nationalities and ph.of is None and ph.of_name is None \
                and not (ministry and not ph.plural and last.lower_.endswith(("s", "x"))
                         and doc[k].is_title):
            # (not "ministre des Affaires européennes": a plural adjective of the plural
            # portfolio, not of the one holder; "ministre des Finances grec" is Greece)
            ph.of_name = lex.nationalities[last.lower_]  # "patineur de vitesse néerlandais"
            ph.pieces[-1] = (j, m - 1)
        return m

    def _ordinal_title(self, k: int) -> bool:
        """A title of several words opens at token k with an ordinal written in letters
        ("premier ministre", "première adjointe", "premier secrétaire"), which the tagger
        reads as a number: the complement of another title ("le porte-parole du premier
        ministre") names that office, no count."""
        found = self.title_at(k)
        if found is not None and found[0] > k + 1:
            return True
        # "de la première adjointe", "du second vice-président": the ordinal, then a title
        return k + 1 < len(self.doc) and self.doc[k + 1].is_alpha and self.title_at(k + 1) is not None

    def _name_taken_up(self, k: int, prep: str, det: str | None) -> tuple[Entity, int] | None:
        """A body named before token k that the capitalized words at k name again, which the
        entity layer did not tag: its name without its article after the contracted "du",
        "des" ("Les Vignerons de X" -> "le président des Vignerons de X") or, after a bare
        "de", the opening words of its name, a short form ("la société Tolmex Emballages" ->
        "la directrice de Tolmex"). (The body, the end token); None unless exactly one body
        fits."""
        doc, idx = self.doc, self.idx
        tok = doc[k]
        if not tok.is_title or not tok.is_alpha or tok.text in _legal_forms() \
                or idx.at(k, ("person", *ORG_PLACE)) is not None:
            return None  # (a name the model tagged as a work, "[Archers de X]", may be the body's)
        if det is None and prep in DE_FORMS:
            if idx.at(k, ("misc",)) is not None:
                return None
            m = k
            while m < len(doc) and m - k < 3 and doc[m].is_title and doc[m].is_alpha \
                    and idx.at(m, ("person", "misc", *ORG_PLACE)) is None:
                m += 1
            short = fold(doc[k:m].text).split()
            if gazetteer.place_kind(doc[k:m].text) is not None:
                return None  # a town the entity layer missed is no short form of a firm
            article = None
        elif det == "def" and prep in ("du", "des"):
            article = "le" if prep == "du" else "les"
        else:
            return None
        found: dict[int, tuple[Entity, int]] = {}
        for e, _, _ in idx.in_span(0, k, ("organization",)):
            words = fold(e.name).split()
            if article is None:
                if words and (words[0] in ("le", "la", "les") or words[0].startswith("l'")):
                    words = words[1:]  # (the name's own article is no part of its short form)
                if len(words) > len(short) and words[: len(short)] == short:
                    found[id(e)] = (e, m)
                continue
            if len(words) < 2 or words[0] != article:
                continue
            rest = " ".join(e.name.split()[1:])
            end_char = tok.idx + len(rest)
            if fold(self.text[tok.idx : end_char]) != fold(rest) \
                    or (end_char < len(self.text) and self.text[end_char].isalnum()):
                continue
            span = doc.char_span(tok.idx, end_char)
            if span is not None:
                found[id(e)] = (e, span.end)
        return next(iter(found.values())) if len(found) == 1 else None

    def _organ_body(self, np: Span) -> Entity | None:
        """The organization named in a lower-case organ's complement: "le comité directeur de
        la" + "Fédération X", "le bureau communautaire de la" + "communauté d'agglomération du Val"
        (organizations.organ_of_a_body): the body the organ belongs to, or None."""
        from factx.components.organizations import organ_body_at

        k = organ_body_at(np.doc, np.start, np.end)
        hit = self.idx.starting_at(k, ("organization",)) if k is not None else None
        return hit[0] if hit is not None else None

    def _part_named(self, np: Span) -> Entity | None:
        """The one organization named before a kind noun phrase that names it again by its kind
        and a part of its name: "la cave des Vignerons" after "la cave coopérative Les Vignerons
        de X", "l'association des Amis" after "l'association Les Amis du Lavoir" (the words
        after "de" open its name, its article dropped), or "la Cave des Vignerons" before
        "... de X" (the whole phrase opens it); None when none or several do."""
        if not np[0].is_lower or np[0].pos_ != "NOUN":
            return None
        p = next((x for x in range(1, len(np)) if np[x].lower_ in DE), None)
        if p is None or p + 1 >= len(np) or not all(t.is_title and t.is_alpha for t in np[p + 1 :]):
            return None
        part = fold(np[p + 1 :].text).split()
        whole = fold(np.text).split()
        found: list[Entity] = []
        for e, _, _ in self.idx.in_span(0, np.start, ("organization",)):
            words = fold(e.name).split()
            bare = words[1:] if words and words[0] in ("le", "la", "les") else words
            if ((bare[: len(part)] == part and len(bare) > len(part)) or words[: len(whole)] == whole) \
                    and all(f is not e for f in found):
                found.append(e)
        return _the_one(found)

    def _country_at(self, k: int) -> int | None:
        """The end of a country's name the gazetteer knows opening at token k, capitalized and
        tagged by no entity ("Pays-Bas", "Émirats arabes unis"), the longest; None if none."""
        doc = self.doc
        if not doc[k].is_title or not doc[k].is_alpha or self.idx.at(k, ("person", *ORG_PLACE)):
            return None
        misc = self.idx.at(k, ("misc",))
        for end in range(min(len(doc), k + 4), k, -1):
            span = doc[k:end]
            if any(t.is_punct and t.text not in ("-", "'", "’") for t in span) or not span[-1].is_alpha:
                continue
            if gazetteer.place_kind(span.text, ("country",)) is not None:
                # a "misc" the model ran over the title, or the country's name alone, is no
                # name of its own (as "le Tour des Pays-Bas" is)
                return end if misc is None or misc[1] < k or (misc[1], misc[2]) == (k, end) else None
        return None

    def _branch_parent(self, k: int, inner: tuple[Entity, int, int]) -> tuple[Entity, int, int] | None:
        """The body a local branch or an inner unit named at token k belongs to ("la délégation
        [cantonale] de l'AFJA", "la section du Val-de-Saône de la Ligue des randonneurs", "le
        département des cartes de la BnF", "le laboratoire de chimie de l'Université de Reims"):
        the organization right after the noun's complement, past its town, area or field; None
        when token k is neither a branch noun nor a unit noun (models/roles/titles.json)."""
        doc, idx = self.doc, self.idx
        if not _inner_noun(doc[k]):
            return None
        if inner[0].type == "organization":
            return inner
        j = inner[2]
        if j + 1 < len(doc) and doc[j].lower_ in DE:
            n = j + 1 + (doc[j + 1].lower_ in DEF_DETS)
            parent = idx.starting_at(n, ("organization",)) if n < len(doc) else None
            if parent is not None:
                return parent
        return None

    def _organ_of(self, ph: Phrase, j: int, m: int, inside: Entity | None = None) -> bool:
        """A title held in an organ or a unit of a body the complement names by its kind alone,
        its last words ("la vice-présidente du conseil d'administration de la clinique", "membre du
        comité directeur du club", "la cheffe du service de l'établissement"): the body that
        kind noun takes up (the hospital, the club, the firm named before) holds the office, the
        organ stays in the title. Sets the phrase's body and end at token m; False when the
        complement tokens j..m are no such phrase or no body is taken up (an organization the
        model named so, `inside`, lower case, may hold them)."""
        doc, lex = self.doc, self.lex
        if ph.of is not None or ph.of_name is not None or m - j < 3 or m > len(doc):
            return False
        if inside is not None and (inside.type != "organization" or not inside.name[:1].islower()):
            return False
        noun = doc[m - 1]
        held = self.idx.at(m - 1, ("person", *ORG_PLACE))
        if not noun.is_lower or noun.pos_ != "NOUN" or (held is not None and held[0] is not inside) \
                or not {noun.lower_, noun.lemma_.lower()} & (lex.org_nouns | SITE_BODIES) \
                or {noun.lower_, noun.lemma_.lower()} & (lex.place_nouns | lex.state_nouns):
            return False
        p = m - 2 if doc[m - 2].lower_ in ("du", "des") else m - 3
        if p <= j or doc[p].lower_ not in DE or (p == m - 3 and doc[m - 2].lower_ not in DEF_DETS):
            return False
        organs = _inner_nouns(organs=True)
        # the organ's noun: the title's last word ("président du conseil" + "d'administration")
        # or the complement's first noun ("membre" + "du comité directeur")
        if not any(doc[x].lower_ in organs and doc[x].is_lower for x in range(max(j - 1, 0), p)):
            return False
        body = self._antecedent(m - 1, noun)
        if body is None:
            return False
        ph.of = body
        ph.pieces.append((j, p))
        ph.end = m
        return True

    def _branch_named_by_parent(self, k: int, named: tuple[Entity, int, int]) -> Entity | None:
        """"L'agence ONF de Varcourt", "la section CGT de Renault": after a branch or unit
        noun at token k, an organization the model named "X de <name>" whose X, an acronym, is
        the name or a mention of another organization named before it: that body (the branch is
        no body of its own for the office's holder); None otherwise."""
        doc, (e, start, end) = self.doc, named
        if not _inner_noun(doc[k]):
            return None
        start = max(start, k + 1)  # (the model may take the noun into the name: "[agence ONF de X]")
        cut = next((x for x in range(start + 1, end - 1) if doc[x].lower_ in ("de", "d'", "du")), None)
        if cut is None or not doc[end - 1].is_title or not doc[start].is_upper:
            return None
        short = fold(doc[start:cut].text)
        found = [f for f, s0, _ in self.idx.in_span(0, start, ("organization",)) if f is not e
                 and (fold(f.name) == short or any(fold(x.text) == short for x in f.mentions))]
        return _the_one(found)

    def _unit_parent(self, hit: tuple[Entity, int, int]) -> tuple[Entity, int, int] | None:
        """The organization right after an organization the model named by a unit or branch
        noun in lower case ("[département des Estampes] de la [BnF]", "[service de
        cardiologie] du [CHU de X]"): the body the unit belongs to; None otherwise."""
        doc, (e, start, end) = self.doc, hit
        if e.type != "organization" or not doc[start].is_lower or not _inner_noun(doc[start], organs=True):
            return None
        if end + 1 >= len(doc) or doc[end].lower_ not in DE:
            return None
        n = end + 1 + (doc[end + 1].lower_ in DEF_DETS)
        return self.idx.starting_at(n, ("organization",)) if n < len(doc) else None

    def _branch_before(self, k: int, noun: Token) -> Entity | None:
        """"La nouvelle secrétaire de l'antenne" after "l'antenne bisontine de la Ligue des
        cyclistes", "le responsable de l'unité" after "l'unité de soins du centre hospitalier
        X": the body the last branch or unit named before token k by the same noun belongs to
        (an organization, or a hospital or a school the entity layer counts as a site, named in
        lower case; not "le département", a territory too)."""
        doc = self.doc
        nouns = {noun.lower_, noun.lemma_.lower()}
        if not nouns & BRANCH_NOUNS and (not nouns & _unit_nouns() or nouns & self.lex.place_nouns):
            return None
        for x in range(k - 1, 0, -1):
            if doc[x].lower_ != noun.lower_ or doc[x - 1].lower_ not in DEF_DETS:
                continue
            for j in range(x + 1, min(len(doc) - 1, x + 6)):
                if doc[j].is_punct:
                    break
                if doc[j].lower_ not in DE:
                    continue
                n = j + 1 + (doc[j + 1].lower_ in DEF_DETS)
                if n + 1 < len(doc) and doc[n].is_lower and doc[n].lemma_.lower() in self.lex.org_nouns \
                        and self.idx.at(n, ORG_PLACE) is None:
                    n += 1  # its body's kind before its name: "de la société Tolvex"
                parent = self.idx.starting_at(n, ORG_PLACE) if n < len(doc) else None
                if parent is not None and (parent[0].type == "organization" or parent[0].name[:1].islower()):
                    return parent[0]
        return None

    def _definite_complement(self, ph: Phrase) -> Span | None:
        """The words of a title's definite complement that names no entity: inside a title of
        the lexicon ("présidente [du conseil régional]") or right after it ("chef [du centre]"),
        one to three words in lower case after "du", "des", "de la", "de l'"."""
        doc = self.doc
        k = next((x for x in range(ph.head + 1, ph.head_end) if doc[x].lower_ in DE), ph.head_end)
        if k >= len(doc):
            return None
        if doc[k].lower_ in CONTRACTED and doc[k].lower_ in DE:
            k += 1
        elif doc[k].lower_ in DE_FORMS and k + 1 < len(doc) \
                and doc[k + 1].lower_ in ("la", "l'", "l’"):
            k += 2
        else:
            return None
        m = k
        while m < len(doc) and m - k < 3 and doc[m].is_lower and doc[m].is_alpha \
                and doc[m].pos_ in ("NOUN", "ADJ") and self.idx.at(m, ORG_PLACE) is None:
            m += 1
        if m == k or (m < len(doc) and (doc[m].lower_ in DE or self.idx.starting_at(m, ORG_PLACE))):
            return None  # "du centre nautique de X": a body named in full, read elsewhere
        return doc[k:m]

    def _body_by_opening(self, np: Span | None) -> Entity | None:
        """The one organization of the text named by its kind (its name in lower case) whose
        name opens with the words of a definite complement, with more words after them ("le
        centre" -> "centre d'intervention de Fresse", "le conseil régional" -> "conseil régional
        du Limousin"; also after a first noun and "du": "les pompiers du centre d'intervention
        de Brioude"); None when none or several do, or when the words are no noun phrase."""
        lex = self.lex
        if np is None or not 1 <= len(np) <= 3 or np[0].pos_ != "NOUN" \
                or not all(t.is_lower and t.is_alpha for t in np) \
                or np[0].lemma_.lower() in lex.place_nouns or np[0].lower_ in lex.state_nouns:
            return None
        key = fold(np.text).split()
        found: list[Entity] = []
        for e in self.idx.entities:
            if e.type != "organization" or not e.name[:1].islower():
                continue
            words = fold(e.name).split()
            if len(words) <= len(key):
                continue
            inner = any(words[i : i + len(key)] == key and words[i - 1] in ("du", "de", "des")
                        for i in range(1, min(3, len(words) - len(key)) + 1))
            if words[: len(key)] == key or inner:
                found.append(e)
        return _the_one(found)

    def _body_of_kind(self, np: Span) -> Entity | None:
        """The one body of the story named in full whose name opens with a definite complement
        that is a common-noun phrase of a body's kind, with more words after it: "le président
        de la communauté de communes" -> "communauté de communes du Val de X", "le chef du
        centre de secours principal" -> "centre de secours principal de Y", "le directeur du
        centre hospitalier" -> "centre hospitalier de Z" (a site the entity layer counts as a
        place, named in lower case); None when none or several do ('kind_bodies')."""
        lex = self.lex
        if not 1 <= len(np) <= 6 or np[0].pos_ != "NOUN" \
                or not {fold(np[0].lemma_), fold(np[0].text)} & lex.kind_bodies \
                or not all(t.is_lower and (t.is_alpha or t.lower_ in DE | {"d’"}) for t in np) \
                or np[-1].lower_ in DE | {"d’"}:
            return None
        key = fold(np.text).split()
        found: list[Entity] = []
        for e in self.idx.entities:
            if e.type not in ("organization", "place") or (e.type == "place" and not e.name[:1].islower()):
                continue
            words = fold(e.name).split()
            if words and words[0] in ("le", "la", "les", "l'"):
                words = words[1:]
            if words and words[0].startswith("l'"):
                words = [words[0][2:], *words[1:]]
            if len(words) > len(key) and words[: len(key)] == key:
                found.append(e)
        return _the_one(found)

    def _named_by_its_noun(self, k: int, np: Span) -> Entity | str | None:
        """A definite complement of one common noun that is the kind of one body, site or
        event named before token k: the noun opened that name ("la basilique de Saint-X" ...
        "le recteur de la basilique"; "la conférence mondiale de X sur Y" ... "le président
        de la conférence", a name the entity layer reads as no body: given by name) or stood
        before it as its kind ("le domaine viticole Clos X" ... "le régisseur du domaine"); an
        acronym of capitals, the initials of the kind words before one body's name ("la société
        d'économie mixte X" ... "le directeur de la SEM"). None when no name or several
        answer: two of one kind compete. A town is never a kind's: "de la commune" is read above."""
        lex = self.lex
        if len(np) != 1 or not np[0].is_alpha:
            return None
        noun = np[0]
        acronym = noun.is_upper and 2 <= len(noun) <= 6
        if not acronym and (not noun.is_lower or noun.pos_ not in ("NOUN", "PROPN", "ADJ")):
            return None
        forms = {fold(noun.text), fold(noun.lemma_)}
        if forms & lex.place_or_state:
            return None  # "de la commune", "du pays": a territory, read above
        found: list[Entity] = []
        for e, start, _ in self.idx.in_span(0, k, (*ORG_PLACE, "misc")):
            if acronym:  # (the kind words make it a body, whatever type its name was given)
                if e.type != "misc" and self._kind_initials(start) == fold(noun.text).upper():
                    found.append(e)
                continue
            words = drop_article(fold(e.name)).split()
            # (a name in lower case: one named by its kind; a town's opens with no kind noun)
            opened = len(words) > 1 and words[0] in forms and e.name[:1].islower()
            # the kind noun set right before the name, in apposition ("le camping Les Pins"), not
            # a site named by its town ("la gare de Metz": the town is no station)
            kind_before = e.type != "misc" and start > 0 \
                and self.doc[start - 1].lower_ not in _OF_WORDS \
                and any({fold(t.text), fold(t.lemma_)} & forms for t in self._kind_words_before(start))
            if opened or kind_before:
                found.append(e)
        one = _the_one(found)
        return one.name if one is not None and one.type == "misc" else one

    def _kind_initials(self, start: int) -> str:
        """The initials, in capitals, of the lower-case kind words between an article and the
        name at token start ("la société d'économie mixte [X]" -> "SEM"; "de", "et", "pour"
        left out), or "" when no such words stand there."""
        doc = self.doc
        j = start - 1
        words: list[Token] = []
        while j >= 0 and start - j <= 8 and doc[j].lower_ not in DETS \
                and ((doc[j].is_lower and doc[j].is_alpha) or doc[j].lower_ in ("d'", "d’")):
            words.append(doc[j])
            j -= 1
        if j < 0 or doc[j].lower_ not in DETS:
            return ""
        letters = [t.text[0] for t in reversed(words)
                   if t.lower_ not in _OF_WORDS and t.lower_ not in ("et", "pour", "à", "au", "aux")]
        return fold("".join(letters)).upper() if len(letters) >= 2 else ""

    def _named_by_kind(self, k: int, noun: Token) -> str | None:
        """"le directeur du festival" after "le Festival d'Avignon", a name the entity layer did
        not type as a body: the one name before token k that opens with that body noun, the
        body it takes up (an event or a review named by its kind is run by someone)."""
        if not noun.is_lower or noun.lemma_.lower() not in self.lex.org_nouns:
            return None
        head = fold(noun.lemma_)
        names = {e.name for e, _, _ in self.idx.in_span(0, k, ("misc",))
                 if e.name[:1].isupper() and fold(e.name).split()[0] in (head, fold(noun.text))}
        return names.pop() if len(names) == 1 else None

    def _antecedent(self, k: int, noun: Token) -> Entity | None:
        """The organization (or, for "la ville", "la commune", the place) a definite head noun
        alone takes up: the last one named before it whose name holds that noun ("le chef du
        Conseil" -> Conseil national syrien), else the last one named before it."""
        types = ("place",) if noun.lemma_.lower() in self.lex.place_nouns else ("organization",)
        before = self.idx.in_span(0, k, types)
        if types == ("organization",) and noun.lemma_.lower() in SITE_BODIES:
            # "la directrice de l'établissement": a hospital or a school the entity layer
            # counts as a site ("centre hospitalier Saint-Charles") is the body that employs her
            sites = [h for h in self.idx.in_span(0, k, ("place",)) if h[0].name[:1].islower()]
            before = sorted(before + sites, key=lambda h: h[1])
        if noun.lemma_.lower() in self.lex.commune_nouns:
            before = [h for h in before if commune_place(self.doc, self.idx, h[0], self.lex)]
        nouns = {noun.lemma_.lower(), noun.lower_}
        if types == ("organization",) and (nouns & PLANT_NOUNS or _anaphor_kinds(noun)[:1] == ("firm",)):
            # a union runs no plant and no firm: "La CGT dénonce la fermeture. Le directeur de
            # l'usine, X, ..." is the firm's, not the union's
            before = [h for h in before if not _union(h[0])]
        if not before:
            return None
        head = fold(noun.lemma_ if noun.is_lower else noun.text)
        for e, _, _ in reversed(before):
            if head in fold(e.name).split():
                return e
        if types == ("organization",):
            introduced = self._introduced_by(before, noun)
            if introduced is not None:  # "le groupe Marlux ... le PDG du groupe": not the firm it bought
                return introduced
        if types == ("place",):
            return before[-1][0]  # "la commune": the last place named
        if not nouns & self.lex.anaphoric_bodies:
            return None  # "le curé de la paroisse": only a parish named before, not the club
        # else the organization named most often so far (the latest on a tie), leaving out a
        # medium the words are said to ("déclare à l'AFP", "selon Le Monde"): it reports the story
        before = [h for h in before if not news_source(self.doc, h[0], self.lex)] or before
        # a public institution named by its kind is not a club, a company or a party
        if noun.lemma_.lower() not in SITE_BODIES:  # (a hospital or a school may be public)
            before = [h for h in before if not self._public_body(h[0])]
        if noun.lemma_.lower() in self.lex.team_nouns:  # "le président du club": not the league
            before = [h for h in before if not set(fold(h[0].name).split()) & self.lex.league_words]
        kinds = _anaphor_kinds(noun)
        if kinds:
            # "le directeur de la société" is no association's, club's or council's: a body of
            # another known kind is not taken up ("l'association" may be a club's and back);
            # one the text calls by the noun's own kind comes first
            kind_of = {id(h[0]): _body_kind(self.doc, h[0]) for h in before}  # (once per body)
            own = [h for h in before if kind_of[id(h[0])] == kinds[0]]
            before = own or [h for h in before if kind_of[id(h[0])] in kinds]
        if not before:
            return None
        order = {id(e): n for n, (e, _, _) in enumerate(before)}
        return max((e for e, _, _ in before), key=lambda e: (len(e.mentions), order[id(e)]))

    def _plant_owner(self, k: int, noun: Token) -> Entity | None:
        """"le directeur du site", "le responsable du site": a plant noun that is no body's name
        takes up the firm whose plant the text named ("l'usine Brelotex"), else the one
        organization named before it that may run a plant: no union, no public institution, no
        medium; None when several are left."""
        before = [h for h in self.idx.in_span(0, k, ("organization",)) if not _union(h[0])]
        introduced = self._introduced_by(before, noun)
        if introduced is not None:
            return introduced
        return _the_one(h[0] for h in before if not self._public_body(h[0])
                        and not news_source(self.doc, h[0], self.lex))

    def _introduced_by(self, before: list[tuple[Entity, int, int]], noun: Token) -> Entity | None:
        """The one organization named before whose mention the same kind noun introduced
        ("le groupe Marlux", "le magasin Carrefour de X"), for "du groupe", "du magasin"; for
        a plant noun ("le site", "l'usine", "l'établissement"), any plant noun: the firm whose
        plant was named. None when two bodies were so introduced."""
        nouns = {noun.lemma_.lower(), noun.lower_}
        if nouns & PLANT_NOUNS:
            nouns |= PLANT_NOUNS
        found: list[Entity] = []
        for e, start, _ in before:
            if any({t.lemma_.lower(), t.lower_} & nouns for t in self._kind_words_before(start)) \
                    and all(f is not e for f in found):
                found.append(e)
        return found[0] if len(found) == 1 else None

    def _kind_words_before(self, start: int) -> list[Token]:
        """The words that may give the kind of a name's body: the lower-case word right before
        it ("usine [X]"), and the head noun of the noun phrase it closes, after its article,
        with adjectives or a "de" complement between ("la cave coopérative [Les Vignerons]",
        "la société d'économie mixte [X]", "l'école de musique [X]"; at most four words; not
        past another preposition: "l'équipe en [MLS]")."""
        doc = self.doc
        j = start - 1
        if j < 0 or not doc[j].is_lower:
            return []
        words = [doc[j]]
        while j >= 0 and start - j <= 4:
            t = doc[j]
            if t.pos_ == "DET" or t.lower_ in DETS:
                head = doc[j + 1]
                return [words[0], head] if j + 1 < start - 1 and head.pos_ == "NOUN" else words
            if not t.is_lower or t.is_punct or not (t.pos_ in ("NOUN", "ADJ") or t.lower_ in DE_FORMS):
                break
            j -= 1
        return words

    def _public_body(self, e: Entity) -> bool:
        """An organization named by the kind of public institution it is ("tribunal
        correctionnel d'Epinal", "la brigade de Charmes")."""
        words = fold(e.name).split()
        if words and words[0] in ("le", "la", "les", "l"):
            words = words[1:]
        return bool(words) and words[0] in self.lex.public_bodies

    def _bare_surname(self, e: Entity) -> bool:
        """A person entity only ever written as one capitalized word, with no civility."""
        if e.type != "person" or e.attrs.get("civility") or " " in e.name.strip():
            return False
        return all(" " not in m.text.strip() and "-" not in m.text for m in e.mentions)

    def _new_org(self, start: int, end: int) -> Entity:
        cut = self.text.find("\n", start, end)
        if cut > start:  # "président de l'office de tourisme" + "\n\nComment ...": the line's end
            end = len(self.text[start:cut].rstrip()) + start
        name = self.text[start:end]
        for e in self.new_orgs:
            if fold(e.name) == fold(name):
                e.mentions.append(Mention(start, end, name))
                return e
        existing = self.idx.named(name)
        if existing is not None and existing.type == "organization":
            return existing
        ent = Entity(id="", type="organization", name=name, mentions=[Mention(start, end, name)])
        self.new_orgs.append(ent)
        return ent

    # ------------------------------------------------------------------ holders
    def _verb_not_title(self, chain: list[Phrase]) -> bool:
        """A bare one-word title after a comma or a name that is also a verb in the present ("juge",
        "pilote", "arbitre"), with a determiner, a pronoun or "que" right after it: the verb of
        the name before its apposition ("X, conseillère municipale de Y, juge que ...", "X,
        président du club, pilote le projet"), not a second title; a title's complement opens
        with a preposition ("juge des enfants", "pilote de ligne"), never with an article."""
        ph = chain[0]
        doc = self.doc
        if len(chain) > 1 or ph.det_start != ph.start or ph.end != ph.start + 1 or ph.start == 0 \
                or ph.end >= len(doc) or not doc[ph.start].is_lower:
            return False
        if doc[ph.start - 1].text != "," and not self.idx.ending_at(ph.start, PERSON):
            return False  # (or right after the name: "X juge que ...")
        nxt = doc[ph.end]
        if nxt.lower_ not in _VERB_OBJECT_OPENERS and nxt.pos_ != "PRON":
            return False
        return doc_verbs(doc).present(doc[ph.start].lower_)

    def holder(self, chain: list[Phrase]) -> tuple[Entity, int, int, str | None] | None:
        """(person, first token, end token of the whole construction, status) or None."""
        doc, lex, idx = self.doc, self.lex, self.idx
        s, e = chain[0].det_start, chain[-1].end
        # "la veuve de l'ancien maire, Jeanne Morel": the name after the comma is the widow's
        kin = s >= 2 and doc[s - 1].lower_ in DE | CONTRACTED \
            and (doc[s - 2].lower_ in lex.kinship or doc[s - 2].lemma_.lower() in lex.kinship)
        if self._verb_not_title(chain):
            return None
        inside = self.title_in_name(chain[0].head)
        if inside is not None:  # "[le professeur Desor]": the mention holds its title
            return inside[0], min(s, inside[1]), max(e, inside[2]), None
        # a name right after the title: "X, l'empereur Bao Dai" is Bao Dai's title
        # not "un responsable du camp Morvan": the name is the side's, the title another's
        side = e < len(doc) and doc[e - 1].lower_ in _faction_heads()
        if e < len(doc) and not chain[-1].person_complement and not side:
            hit = idx.starting_at(e, PERSON)
            if hit:
                return hit[0], s, hit[2], None
        # apposition before: "Carole Doussin, commissaire ...", "X, l'un des responsables"
        k = s - 1
        if k > 2 and chain[0].plural and doc[k].like_num and doc[k].is_lower and doc[k - 1].lower_ == "des" \
                and doc[k - 2].lower_ in INDEF_DETS:
            k -= 1  # "X, l'un des deux adjoints au maire": the group's count, before the title
        status = None
        while k >= 0:
            moved = False
            for n in (3, 2, 1):
                if k - n + 1 >= 0 and doc[k - n + 1 : k + 1].text.lower() in lex.openers:
                    k -= n
                    moved = True
                    break
            if not moved and k >= 3 and doc[k].text == "," and doc[k - 1].lower_ == "ans" \
                    and doc[k - 2].like_num and doc[k - 3].text == ",":
                k -= 3  # "Marie Dupont, 45 ans, professeure ..."
                moved = True
            if not moved and k >= 2 and doc[k].text == "," and doc[k - 1].text == ")":
                # "Jean Roy (PS), conseiller général": a party or an age between name and title
                op = next((x for x in range(k - 2, max(-1, k - 10), -1) if doc[x].text in ("(", ")")), None)
                if op is not None and doc[op].text == "(" and idx.ending_at(op, PERSON):
                    k = op
                    moved = True
            if not moved and k >= 0 and doc[k].lower_ in lex.status_words:
                status = lex.status_words[doc[k].lower_]
                k -= 1
                moved = True
            if not moved:
                break
        if k >= 2 and doc[k].lower_ == "et" and chain[0].det_start == chain[0].start:
            k = self._described_before(k, e)  # "X, jeune retraitée et bénévole, ..."
        # "Anne Roy – vice-présidente du club – a ouvert la séance": an apposition between dashes
        dashed = k >= 0 and doc[k].text in ("–", "—", "-") and e < len(doc) \
            and doc[k].text in (doc[e].text, doc[e - 1].text)  # (a complement may hold the closing one)
        if k >= 0 and (doc[k].text in (",", "(") or dashed or self._caption_colon(k, chain[0])):
            hit = idx.ending_at(k, PERSON)
            if hit and not self._subject_after_fronted_name(hit, chain):
                return hit[0], hit[1], e, status
            latter = self._latter(k - 1)  # "Ce dernier, président depuis 1988, ..."
            if latter is not None:
                return latter, k - 2, e, status
            unnamed = self._unnamed_person(k)  # "Le jeune homme, apprenti boulanger, ..."
            if unnamed is not None:
                return unnamed[0], unnamed[1], e, status
            described = self._described_person(k)  # "Le technicien de 48 ans, ancien entraîneur"
            if described is not None:
                return described[0], described[1], e, status
            if self.last is not None and self.last[0] == k:
                # "M. Gard, avocat, commissaire général": a second apposition of the same person
                return self.last[1], self.last[2], e, status
        glued = self._glued_to_name(s) if k == s - 1 and s == chain[0].start else None
        if glued is not None:  # "Paul Roy adjoint aux sports a remis les coupes": no comma
            verb = self._appointing_verb(glued[1])
            if verb is not None and verb.lemma_.lower() in lex.appointment:
                status = lex.appointment[verb.lemma_.lower()] or status  # "a nommé X directrice"
            return glued[0], glued[1], e, status
        if k == s - 1 and s > 0 and doc[s].lower_ in DEF_DETS and e < len(doc) and doc[e].text == ",":
            hit = idx.ending_at(s, PERSON)  # "X le directeur technique du club, a assuré"
            if hit:
                return hit[0], hit[1], e, status
        # apposition after: "la présidente sortante, Carole Doussin", "le président afghan Hamid Karzai"
        k = e
        appointed = k + 1 < len(doc) and doc[k].lower_ in lex.appointment_forms
        if appointed:
            k += 1  # "la secrétaire générale nommée en janvier Anne Roux"
        date = idx.starting_at(k, ("date",)) if k < len(doc) else None
        if date is None and k + 1 < len(doc) and doc[k].pos_ == "ADP":
            date = idx.starting_at(k + 1, ("date",))
        if date is not None:
            k = date[2]  # "Devenu président du club en 2019, Marc Petit ..."
        if date is None and k + 1 < len(doc) and doc[k].text == "(":
            named = idx.starting_at(self._past_civility(k + 1), PERSON)
            if named and named[2] < len(doc) and doc[named[2]].text == ")" and not kin:
                return named[0], s, named[2] + 1, None  # "le maire (Paul Henry) a remis les coupes"
            if named and not kin and all(ph.plural for ph in chain):
                _, last = self.name_list(named[2])  # "les directeurs de cabinet (X, Y et Z)"
                if last > named[2] and last < len(doc) and doc[last].text == ")":
                    return named[0], s, named[2], None  # (the list is read on from the first name)
        if date is None and k < len(doc) and doc[k].text == "(":
            close = next((x for x in range(k + 1, min(len(doc), k + 8)) if doc[x].text == ")"), None)
            if close is not None and close + 1 < len(doc) and doc[close + 1].text == ",":
                k = close + 1  # a parenthesis before the name: "le directeur (groupe V), X"
        comma = k < len(doc) and (doc[k].text == "," or (doc[k].text == ":" and (
            s == chain[0].start or self._named_alone(k + 1))))  # "a un nouveau président : X."
        if comma:  # a bare title may be followed by a colon: "trésorière : Anne Roy ;"
            k += 1
        if comma and k + 1 < len(doc) and doc[k].lower_ in ("dont", "notamment") \
                and all(ph.plural for ph in chain) and not chain[-1].person_complement:
            k += 1  # "trois conseillers, dont X (et Y)": the names picked out of the group hold its title
        k = self._past_civility(k)  # "les avocats, Mes Dupuis et Laval"
        hit = idx.starting_at(k, PERSON) if k < len(doc) and not (side and k == e) else None
        if hit and not (kin and comma):
            return hit[0], s, hit[2], None
        named = self._called(chain, k) if not comma and not kin else None
        if named is not None:  # "Le nouveau curé de la paroisse s'appelle Paul Roy"
            return named[0], s, named[2], None
        if comma and not kin and k < len(doc) and doc[k].lower_ in ("qui", "dont", "où") \
                and not any(ph.plural for ph in chain):
            held = self._past_relative(k)
            if held is not None:  # "la directrice de l'agence, qui emploie trente personnes, X, ..."
                return held[0], s, held[2], None
        if comma and not kin and k < len(doc):
            # two titles in apposition: "le porte-parole de l'armée, le colonel X": both are X's
            t = k + (doc[k].lower_ in DETS)
            while t < len(doc) and doc[t].lower_ in lex.before:
                t += 1
            found_title = self.title_at(t) if t < len(doc) else None
            if found_title is not None and found_title[0] < len(doc):
                n = found_title[0]
                while n < len(doc) and doc[n].is_lower and not any(ph.plural for ph in chain) \
                        and (doc[n].lower_ in lex.nationalities or doc[n].lower_ in lex.after):
                    n += 1  # "sa présidente, la juriste suisse X": the second title's nationality
                hit = idx.starting_at(n, PERSON)
                if hit:
                    return hit[0], s, hit[2], None
                if not any(ph.plural for ph in chain) and not found_title[3]:
                    hit = self._stacked_holder(s, found_title[0])
                    if hit:
                        return hit[0], s, hit[2], None
            hit = idx.starting_at(t, PERSON) if t < len(doc) and t > k and doc[t].is_lower else None
            if not hit and t > k and t < len(doc) and doc[t].text in CIVILITIES:
                # "le responsable des urgences de l'OMS, le [Dr X]": a civility that takes the
                # article ("le Dr", "la Pr") opens the holder's name, the model keeping it there
                hit = idx.starting_at(t, PERSON)
            if hit:  # "le chef de service, le [docteur Paul Roy]": a title the model kept in the name
                return hit[0], s, hit[2], None
            named = self._after_qualifier(t) if t > k else None
            if named is not None:  # "la patronne de la Fédération de luge, la Lettone X": X's title
                return named[0], s, named[2], None
        fronted = self._fronted(chain[0], e)
        if fronted is not None:
            return fronted
        # copula and appointment verbs, through the parse: "X a été nommé directeur"
        found = self._verb_subject(doc[chain[0].head])
        if found:
            return found
        # "à titre d'administratrice", "en tant que président"
        for n in (3, 2, 1):
            if s - n >= 0 and doc[s - n : s].text.lower().replace("’", "'") in lex.as_markers:
                return self._clause_subject(s - n)
        return None

    def _caption_colon(self, k: int, ph: Phrase) -> bool:
        """Whether token k is the colon of a caption or list line that gives a name, then its
        bare title: "Paul Roy : président du club depuis 2015." (the name opens the line or the
        sentence)."""
        doc = self.doc
        if doc[k].text != ":" or ph.det_start != ph.start:
            return False
        hit = self.idx.ending_at(k, PERSON)
        if hit is None:
            return False
        first, before = doc[hit[1]], doc[hit[1] - 1]
        return first.is_sent_start or "\n" in self.folded[before.idx : first.idx] or before.text in (";", "•")

    def _described_before(self, et: int, e: int | None) -> int:
        """The comma that opens an apposition whose bare title, closed at token e, is
        coordinated with a description of the same person: "X, jeune retraitée et bénévole,",
        "Y, père de trois enfants et agriculteur.", "Z, 17 ans, élève de seconde à Vernac et
        porte-parole du syndicat lycéen dans l'Indre." (a description of a few words with no
        verb, opening with a lower-case noun or adjective, between the name's comma, or the
        comma of an age set after the name, and "et"); else `et` itself. With e None (the
        title's own end not read yet), the apposition's close is not checked."""
        doc = self.doc
        if e is not None and not self._apposition_closes(e):
            return et
        m = et - 1
        while m >= 0 and et - m <= 8 and self._description_word(m):
            m -= 1
        if m > 0 and doc[m].is_lower and doc[m].pos_ == "VERB" and doc[m - 1].text == "," \
                and "Part" not in doc[m].morph.get("VerbForm"):
            m -= 1  # its first noun tagged a verb ("élève de seconde", "voisine")
        if any(doc[x].lower_ == "par" for x in range(m + 1, et)) or (
                et >= 2 and doc[et - 2].pos_ == "DET" and self.title_at(et - 1) is not None):
            # "X, reçu par le maire et président de Y": the agent's titles, coordinated
            return et
        if m < 0 or m == et - 1 or doc[m].text != "," or not doc[m + 1].is_lower \
                or doc[m + 1].lower_ in DE or doc[m + 1].pos_ not in ("NOUN", "ADJ", "VERB") \
                or "Plur" in doc[m + 1].morph.get("Number"):
            # (a feminine agent noun is often tagged a verb: "habitante", "voisine"; a plural
            # opens a list of others: "X, des élus et représentants de parents")
            return et
        if self.idx.ending_at(m, PERSON) is not None:
            return m
        if m >= 3 and doc[m - 1].lower_ == "ans" and doc[m - 2].like_num and doc[m - 3].text == "," \
                and self.idx.ending_at(m - 3, PERSON) is not None:
            return m - 3  # "X, 17 ans, lycéenne et porte-parole"
        return et

    def _description_word(self, m: int) -> bool:
        """Whether token m may stand in a verbless description of a person before "et": a
        lower-case noun, adjective, number, article or preposition ("mère de trois enfants",
        "retraitée de la SNCF", "étudiante en droit"), or a capitalised name right after a
        preposition or another such name ("élève à Saint-Dié", "habitant de La Bresse")."""
        doc = self.doc
        tok = doc[m]
        if tok.is_lower:
            return tok.pos_ in ("NOUN", "ADJ", "NUM", "DET", "ADP") or tok.lower_ in self.lex.person_nouns
        if tok.like_num:
            return True
        if tok.is_alpha or "-" in tok.text:
            p = m - 1
            while p >= 0 and not doc[p].is_lower and (doc[p].is_alpha or "-" in doc[p].text) and m - p < 4:
                p -= 1
            return p >= 0 and doc[p].lower_ in ROLE_PREPS | {"en", "dans"} and doc[p].pos_ == "ADP"
        return False

    def _apposition_closes(self, e: int) -> bool:
        """Whether an apposition ends at token e: a comma, a full stop, a semicolon, a closing
        bracket or the text's end; or an adjunct of place or time with no verb that runs to
        one of them ("porte-parole du syndicat dans l'Indre.", "présidente depuis 2010,")."""
        doc = self.doc
        closing = (",", ".", ";", ")")
        if e >= len(doc) or doc[e].text in closing:
            return True
        if doc[e].pos_ != "ADP":
            return False
        for x in range(e + 1, min(len(doc), e + 8)):
            if doc[x].text in closing:
                return True
            if doc[x].pos_ in ("VERB", "AUX", "PRON", "CCONJ", "SCONJ") or doc[x].is_punct:
                return False
        return False

    def _stacked_holder(self, s: int, m: int) -> tuple[Entity, int, int] | None:
        """Two titles stacked in apposition at the head of the sentence, each with its
        complement, then the name and the verb: "Le président du comité des fêtes, l'adjoint
        aux sports de Vrécourt, Paul Roy, a remis les coupes" (both are Paul Roy's). The
        second title's complement runs from token m to a comma; the name closes the subject
        (a comma then the verb), so a list of guests ("le sous-préfet, le maire, X, et ...")
        is not read as one person's titles."""
        doc, idx = self.doc, self.idx
        if s != doc[s].sent.start:
            return None
        end = min(len(doc), m + 10)
        while m < end and doc[m].text != ",":
            if doc[m].pos_ in ("VERB", "AUX") or doc[m].lower_ in ("et", "ou") \
                    or idx.starting_at(m, PERSON) is not None:
                return None
            m += 1
        if m >= end:
            return None
        hit = idx.starting_at(self._past_civility(m + 1), PERSON)
        if hit is None or hit[2] + 1 >= len(doc) or doc[hit[2]].text != ",":
            return None
        after = doc[hit[2] + 1]
        return hit if after.pos_ in ("VERB", "AUX") or after.lower_ in CLITICS else None

    def _subject_after_fronted_name(self, hit: tuple[Entity, int, int], chain: list[Phrase]) -> bool:
        """"Avant Paul Roy, un ancien banquier avait parlé au juge", "Contrairement à Anne Roy,
        la directrice n'a pas signé": a name in a prepositional phrase fronted to its sentence,
        then a title with a finite verb right after it (no comma closing an apposition): the
        title is the verb's subject, someone else's, not the name's apposition. (Read on the
        words: the parser often takes the title for the name's apposition.)"""
        doc = self.doc
        e = chain[-1].end
        p = hit[1] - 1
        while p >= 0 and doc[p].text in CIVILITIES:
            p -= 1
        if p < 0 or doc[p].pos_ != "ADP" or doc[p].lower_ in DE or p - doc[p].sent.start > 2:
            return False
        if e >= len(doc):
            return False
        nxt = doc[e]
        return nxt.lower_ in CLITICS or nxt.pos_ == "AUX" \
            or (nxt.pos_ == "VERB" and "Fin" in nxt.morph.get("VerbForm"))

    def _called(self, chain: list[Phrase], k: int) -> tuple[Entity, int, int] | None:
        """The name a title that is the clause's subject is given by a verb of naming, right
        after the title phrase: "La nouvelle directrice de l'école s'appelle Anne Roy", "le
        président du club se nomme Paul Roy" (the title's own subject, not an object's)."""
        doc = self.doc
        if chain[0].plural:
            return None
        reflexive = ("s'", "se")
        stops = ("qui", "que", "dont")
        while k + 2 < len(doc) and k < chain[-1].end + 4 \
                and doc[k].lower_.replace("’", "'") not in reflexive and not doc[k].is_punct \
                and doc[k].pos_ != "AUX" and doc[k].lower_ not in stops:
            k += 1  # past the rest of the title's complement ("du club de pétanque")
        if k + 2 >= len(doc) or doc[k].lower_.replace("’", "'") not in reflexive \
                or not doc[k + 1].lower_.startswith(NAMING_STEMS):
            return None
        s = chain[0].det_start
        if s > 0 and not (doc[s].is_sent_start or doc[s - 1].is_punct or doc[s - 1].is_space):
            return None  # "il a rencontré le maire, qui s'appelle": only a subject opening its clause
        return self.idx.starting_at(self._past_civility(k + 2), PERSON)

    def _after_opener(self, i: int) -> bool:
        """Whether an apposition's opener, itself after a comma, comes right before token i
        ("X, 47 ans, jusqu'alors adjoint au directeur, ...", "Y, lui aussi potier")."""
        doc = self.doc
        return any(i - n - 1 >= 0 and doc[i - n - 1].text == ","
                   and doc[i - n : i].text.lower() in self.lex.openers for n in (3, 2, 1))

    def _glued_to_name(self, i: int) -> tuple[Entity, int, int] | None:
        """The person whose name a bare title in lower case follows with no comma, on the
        same line ("Paul Roy adjoint aux sports a remis les coupes", "Marie Roy professeure
        des écoles"): an apposition the writer did not punctuate."""
        doc = self.doc
        if i == 0 or not doc[i].is_alpha or not (doc[i].is_lower or doc[i].is_title):
            return None
        hit = self.idx.ending_at(i, PERSON)
        if hit is None or "\n" in self.folded[self.ends[i - 1] : doc[i].idx]:
            return None
        if not doc[i].is_lower and self._appointing_verb(hit[1]) is None:
            return None  # a capitalized title glues to the name only as an appointment's complement
        return hit

    def _appointing_verb(self, k: int) -> Token | None:
        """The verb of appointment right before the name starting at token k, past adverbs
        and a date ("a nommé hier Paul Roy Premier ministre", "élit ce lundi Anne Roux")."""
        doc = self.doc
        j = k - 1
        while j >= 0 and (doc[j].pos_ == "ADV" or self.idx.at(j, ("date",))):
            j -= 1
        if j < 0 or doc[j].pos_ != "VERB" or j < k - 4:
            return None
        appointment = self.lex.appointment
        return doc[j] if doc[j].lemma_.lower() in appointment or doc[j].lower_ in self.lex.appointment_forms \
            else None

    def _named_alone(self, k: int) -> bool:
        """Whether a person's name, and nothing else, runs from token k to the end of its
        sentence or clause ("Le club a un nouveau président : Jean Roy.")."""
        hit = self.idx.starting_at(self._past_civility(k), PERSON) if k < len(self.doc) else None
        return hit is not None and (hit[2] == len(self.doc) or self.doc[hit[2]].text in (".", ";", "!", "\n"))

    def _fronted(self, ph: Phrase, e: int) -> tuple[Entity, int, int, str | None] | None:
        """A bare title that opens the sentence, detached before the subject it describes:
        "Organiste depuis vingt ans à la cathédrale, Jean Roy prend sa retraite". Nothing
        but its complements up to the comma (no verb), then the subject's name."""
        if ph.det_start != ph.start:
            return None
        hit = self._fronted_subject(ph.start, e)
        return (hit[0], ph.det_start, hit[2], None) if hit is not None else None

    def _fronted_subject(self, start: int, e: int) -> tuple[Entity, int, int] | None:
        """The subject named after a detached phrase that opens the sentence at `start` and
        whose complements run from `e` to a comma without a verb."""
        doc = self.doc
        sent = doc[start].sent
        if start != sent.start:
            return None
        k = e
        while k < min(sent.end, e + 15) and doc[k].text != ",":
            if doc[k].pos_ in ("VERB", "AUX", "PRON", "SCONJ") or doc[k].text in (";", ":", "(", "«", "\""):
                return None
            k += 1
        if k >= len(doc) - 1 or doc[k].text != ",":
            return None
        # the name of the subject, or "il"/"elle" ("Médecin à Bains depuis 1962, il a soigné
        # ..."), also where the parser made a sentence of the detached phrase
        found = self._subject_after(k + 1)
        if found is None and doc[k - 1].pos_ in ("PROPN", "NOUN"):
            # a noun phrase in apposition to the complement's body, then the subject: "Ancien
            # directeur de la Sogépa, une filiale du groupe Varnier, Paul Roy a été décoré"
            m = self._body_apposition_end(k + 1, len(doc))  # (the parser may end a sentence at its comma)
            if m is not None:
                found = self._subject_after(m + 1)
        return found

    def _body_apposition_end(self, k: int, end: int) -> int | None:
        """The comma closing a noun phrase in apposition that opens at token k with an article
        or "l'un des" ("une filiale du groupe X", "l'un des services de l'État"): no verb, no
        pronoun, no name of a person in it; None if there is none."""
        doc = self.doc
        if k >= end or doc[k].lower_.replace("’", "'") not in DETS:
            return None
        m = k + 1
        if doc[k].lower_ in ("l'", "l’") and m + 1 < end and doc[m].lower_ in INDEF_DETS \
                and doc[m + 1].lower_ in ("des", "de"):
            m += 2  # "l'un des services ..."
        stop = min(end, k + 12)
        while m < stop and doc[m].text != ",":
            if doc[m].pos_ in ("VERB", "AUX", "PRON", "SCONJ") or doc[m].text in APPOSITION_STOPS \
                    or self.idx.starting_at(m, PERSON) is not None:
                return None
            m += 1
        return m if m < stop and m > k + 1 else None

    def _verb_subject(self, head: Token) -> tuple[Entity, int, int, str | None] | None:
        """The subject of the copula or appointment verb whose complement is this title, found
        with the APPOINTMENT and COPULA dependency patterns."""
        lex, idx, doc = self.lex, self.idx, self.doc
        found: list[tuple[Token, Token, str | None]] = []  # (verb, subject, status)
        for m in self.dm.where("APPOINTMENT", "title", head.i):
            verb = doc[m["verb"]]
            lemma = verb.lemma_.lower()
            if lemma in lex.appointment or verb.lower_ in lex.appointment_forms:
                subject = doc[m["subject"]]
                if lemma not in lex.copular and subject.dep_ != "nsubj:pass":
                    # "le conseil a nommé Y directeur": the appointed one is the object
                    objects = [c for c in verb.children if c.dep_ == "obj" and c.i != head.i]
                    if not objects or head.dep_ == "obj":
                        continue
                    subject = objects[0]
                found.append((verb, subject, lex.appointment.get(lemma)))
        for m in self.dm.where("COPULA", "title", head.i):
            found.append((head, doc[m["subject"]], None))
        for verb, subject, status in found:
            if subject.pos_ == "PRON" and subject.lower_ == "qui" and verb.dep_ == "acl:relcl":
                hit = idx.at(verb.head.i, PERSON)  # "X, qui fut l'ancien ministre"
                k = verb.head.i + 1
                if hit is None and k < len(doc) and doc[k].text == "," and subject.i == k + 1 \
                        and (unnamed := self._unnamed_person(k)) is not None:
                    hit = (unnamed[0], unnamed[1], k)  # "X ... . L'élu, qui est aussi conseiller, ..."
            elif subject.lower_ in LATTER and (latter := self._latter(subject.i)) is not None:
                return latter, head.i, head.i + 1, status  # "Ce dernier devient président d'honneur"
            elif (end := self._this_one_end(subject.i)) is not None \
                    and (latter := self._latter(end)) is not None:
                return latter, head.i, head.i + 1, status  # "Celui-ci est aussi trésorier du club"
            elif subject.pos_ == "PRON" and subject.lower_ in ("il", "elle"):
                hit = self._pronoun_antecedent(subject)  # "Paul Roy ... Il fut maire de 1965 à 1983"
                if hit is not None:
                    return hit[0], head.i, head.i + 1, status
            else:
                people = idx.in_subtree(subject, PERSON)
                hit = people[-1] if people else None
            if hit is not None:
                return hit[0], min(hit[1], head.i), max(hit[2], head.i + 1), status
        if head.dep_ == "acl:relcl" and head.head.lower_ in ("celui", "celle") \
                and any(c.lower_ == "qui" and c.dep_.startswith("nsubj") for c in head.children) \
                and any(c.dep_ == "cop" or (c.dep_ == "aux:pass" and c.lemma_ == "être")
                        for c in head.children):
            hit = self._demonstrative_antecedent(head.head)  # "X, celle qui fut institutrice"
            if hit is not None:
                return hit[0], head.i, head.i + 1, None
        if head.dep_ == "nsubj" and head.head.i > head.i \
                and any(c.lemma_ == "être" and c.i > head.i for c in head.head.children):
            hit = idx.at(head.head.i, PERSON)  # inverted copula: "le nouveau président est Jean Roy"
            if hit is not None:
                return hit[0], head.i, hit[2], None
        # "Il fut maire": "il" often parsed expletive; "il avait été instituteur", the copula
        # parsed as a passive auxiliary
        if any(c.dep_ == "cop" or (c.dep_ == "aux:pass" and c.lemma_ == "être") for c in head.children):
            pron = next((c for c in head.children if c.dep_ in ("nsubj", "expl:subj", "nsubj:pass")
                         and c.lower_ in ("il", "elle") and c.i < head.i), None)
            hit = self._pronoun_antecedent(pron) if pron is not None else None
            if hit is not None:
                return hit[0], head.i, head.i + 1, None
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")] + [
                g for c in head.children if c.dep_ in ("cop", "aux:pass") for g in c.children
                if g.dep_ in ("nsubj", "nsubj:pass")]  # (the subject hung on the copula)
            for c in subjects:  # "Ce dernier est conseiller", "celui-ci" (parsed a passive)
                if c.i < head.i:
                    end = c.i if c.lower_ in LATTER else self._this_one_end(c.i)
                    latter = self._latter(end) if end is not None else None
                    if latter is not None:
                        return latter, head.i, head.i + 1, None
        controlled = self._controlling_subject(head)
        if controlled is not None:
            return controlled
        return self._linear_verb_subject(head)

    def _controlling_subject(self, head: Token) -> tuple[Entity, int, int, str | None] | None:
        """The holder of a title complement of an infinitive in a clause of time "avant de",
        which has no subject of its own: the subject of the verb the clause depends on ("X a
        enseigné à Lure avant de devenir principal du collège", "Elle fut nommée à Toul avant
        d'être promue commandante"). What came after is told as done, unlike a purpose ("pour
        devenir") or a wish ("espère devenir"), which hold no office."""
        verb = head.head
        if head.dep_ not in ("obj", "xcomp") or verb.dep_ != "advcl" or verb.i > head.i \
                or "Inf" not in verb.morph.get("VerbForm") \
                or not any(c.dep_ == "mark" and c.lower_ == "avant" for c in verb.children):
            return None
        lemma = verb.lemma_.lower()
        passive = any(c.dep_ == "aux:pass" and c.lemma_ == "être" for c in verb.children)
        if lemma not in self.lex.copular and not (passive and lemma in self.lex.appointment):
            return None
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subject is None or subject.i > verb.i:
            return None
        if subject.pos_ == "PRON" and subject.lower_ in ("il", "elle"):
            hit = self._pronoun_antecedent(subject)
        else:
            people = self.idx.in_subtree(subject, PERSON)
            hit = people[-1] if people else None
        if hit is None:
            return None
        return hit[0], min(hit[1], head.i), max(hit[2], head.i + 1), None

    def _demonstrative_antecedent(self, pron: Token) -> tuple[Entity, int, int] | None:
        """The person "celui" / "celle" (of "celui qui fut maire") stands for: the name it is
        set in apposition to ("X, celle qui ..."), else the one person of its gender named before
        it in its sentence, else in the sentence before ("X est décédé. Celui qui fut ...")."""
        doc, idx = self.doc, self.idx
        gender = "f" if pron.lower_ == "celle" else "m"
        if pron.i > 0 and doc[pron.i - 1].text == ",":
            hit = idx.ending_at(pron.i - 1, PERSON)
            if hit is not None:
                return hit if person_gender(hit[0]) in (None, gender) else None
        sent = pron.sent
        before = doc[sent.start - 1].sent.start if sent.start else 0
        for lo, hi in ((sent.start, pron.i), (before, sent.start)):
            named = idx.in_span(lo, hi, PERSON)
            found = {id(h[0]): h for h in named if person_gender(h[0]) in (None, gender)}
            if len(found) > 1 or (named and not found):
                return None  # several who could be meant, or a nearer one of the other gender
            if found:
                return next(iter(found.values()))
        return None

    def _latter(self, k: int) -> Entity | None:
        """The person "ce dernier" / "cette dernière" ending at token k stands for: the last
        person named before it, in its sentence or the one before, when the gender agrees."""
        doc, idx = self.doc, self.idx
        start = self._this_one_start(k)
        if start is not None:  # "celui-ci", "celle-ci": the same reading as "ce dernier"
            feminine = doc[start].lower_ == "celle"
        elif k < 1 or doc[k].lower_ not in LATTER or doc[k - 1].lower_ not in DEMONSTRATIVES:
            return None
        else:
            start, feminine = k - 1, doc[k].lower_ == "dernière"
        sent = doc[start].sent  # (the parser may end a sentence on "Celui")
        lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        people = idx.in_span(lo, start, PERSON)
        if not people:
            return None
        person = people[-1][0]
        return person if _agrees(person, feminine) else None

    def _this_one_start(self, k: int) -> int | None:
        """The first token of "celui-ci" / "celle-ci" ending at token k, however the tokenizer
        cut it ("celui" "-ci", "celui" "-" "ci"), None when it is not that pronoun."""
        doc = self.doc
        low = doc[k].lower_
        if low in ("celui-ci", "celle-ci"):
            return k
        if low == "-ci" and k >= 1 and doc[k - 1].lower_ in DEMONSTRATIVE_PRONOUNS:
            return k - 1
        if low == "ci" and k >= 2 and doc[k - 1].text == "-" and doc[k - 2].lower_ in DEMONSTRATIVE_PRONOUNS:
            return k - 2
        return None

    def _this_one_end(self, k: int) -> int | None:
        """The last token of the "celui-ci" / "celle-ci" that token k belongs to (its first
        token or its last), None if k is in no such pronoun."""
        doc = self.doc
        start = k if doc[k].lower_ in DEMONSTRATIVE_PRONOUNS else self._this_one_start(k)
        if start is None:
            return None
        for end in (start, start + 1, start + 2):
            if end < len(doc) and self._this_one_start(end) == start:
                return end
        return None

    def _unnamed_person(self, k: int) -> tuple[Entity, int] | None:
        """A person named by a circumstance at the head of the sentence, before the comma at
        token k ("Le jeune homme, apprenti boulanger à X", "La septuagénaire, ancienne
        institutrice"): the one person the sentence before names, when the gender agrees.
        (person, first token of the noun phrase)."""
        doc, idx, lex = self.doc, self.idx, self.lex
        def person_noun(t: Token) -> bool:  # ("l'élu", "l'édile": a periphrasis for a holder)
            return t.lemma_.lower() in lex.person_nouns or t.lower_ in lex.person_nouns \
                or fold(t.lower_) in _periphrases()

        noun = k - 1
        d = k - 2 - (k >= 3 and doc[k - 2].lower_ in DEF_DETS)
        if k >= 5 and doc[k - 1].is_lower and doc[k - 1].pos_ == "NOUN" and doc[d].lower_ in DE \
                and person_noun(doc[d - 1]) and doc[d - 2].lower_ in DEMONSTRATIVES:
            noun = d - 1  # "cette habitante du centre, bénévole ...": the noun before its complement
        if k < 2 or not person_noun(doc[noun]):
            return None
        a = noun - 1
        while a >= 0 and doc[a].pos_ == "ADJ" and doc[a].is_lower and noun - a <= 2:
            a -= 1  # "le jeune homme", "la malheureuse victime"
        sent = doc[k].sent
        if a >= 0 and doc[a].lower_ in DEMONSTRATIVES:
            # "..., explique cette habitante, bénévole au Secours populaire": a demonstrative
            # takes up the one person named since the sentence before
            lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
            person = _the_one(h[0] for h in idx.in_span(lo, a, PERSON))
        elif a > 0 and doc[a].lower_ in DEF_DETS | {"l’"} \
                and (opened := self._incise_quotation(a)) is not None:
            # "« ... », jubilait la gagnante, 44 ans, pharmacienne à X": the description
            # that says a quotation takes up the one person named since the sentence before
            # the quotation, or else the subject of that sentence (who the story follows)
            prev = doc[opened - 1].sent if opened > 0 else None
            if prev is None:
                return None
            lo = doc[prev.start - 1].sent.start if prev.start > 0 else prev.start
            person = _the_one(h[0] for h in idx.in_span(lo, opened, PERSON))
            # a noun of a part ("le vainqueur", "le prévenu": quotes.json 'parties') is the
            # subject only of a verb of that part ("s'est imposé", "a remporté")
            part = parties().get(fold(doc[noun].text))
            if person is None and (part is None or fold(prev.root.lemma_) in part[1]):
                person = _the_one(h[0] for c in prev.root.children if c.dep_ == "nsubj"
                                  for h in idx.in_subtree(c, PERSON))
        elif a < 0 or doc[a].lower_ not in DEF_DETS or a != sent.start or sent.start == 0:
            return None
        else:
            prev = doc[sent.start - 1].sent
            person = _the_one(h[0] for h in idx.in_span(prev.start, prev.end, PERSON))
        if person is None:
            return None
        g = doc[a].morph.get("Gender")
        if g and not _agrees(person, g[0] == "Fem"):
            return None
        return person, a

    def _described_head(self, k: int) -> tuple[int, int] | None:
        """(the article, the noun) of a definite description of a person that opens a sentence
        and ends before token k: a person noun or a title, then an age ("Le technicien de 48
        ans", "L'avocate de 45 ans") or a nationality ("La juriste italienne"); None otherwise."""
        doc, lex = self.doc, self.lex
        if k >= 4 and doc[k - 1].lower_ == "ans" and doc[k - 2].like_num and doc[k - 3].lower_ in DE_FORMS:
            noun = k - 4  # "de 48 ans"
        elif k >= 3 and doc[k - 1].is_lower and doc[k - 1].lower_ in lex.nationalities:
            noun = k - 2  # "italienne"
        else:
            return None
        tok = doc[noun]
        low, lemma = tok.lower_, tok.lemma_.lower()
        person = bool(lex.title_of(low) or lex.title_of(lemma) or {low, lemma} & lex.person_nouns)
        if not tok.is_lower or tok.pos_ not in ("NOUN", "ADJ") or not person:
            return None
        a = noun - 1
        while a >= 0 and doc[a].pos_ == "ADJ" and doc[a].is_lower and noun - a <= 2:
            a -= 1  # "le jeune technicien"
        if a < 0 or doc[a].lower_ not in DEF_DETS | {"l’"} or doc[a].lower_ == "les" \
                or a != doc[a].sent.start:
            return None
        return a, noun

    def _described_person(self, k: int) -> tuple[Entity, int] | None:
        """"X n'a pas caché sa déception. Le technicien de 48 ans, ancien entraîneur de Y, ...":
        a definite description at the head of a sentence (see _described_head), before the
        comma at token k, stands for the person the sentence before names: the one named there,
        or the one among several whom the gender of the description alone picks out (every
        other known to be of the other gender). (person, the article's token)."""
        doc, idx = self.doc, self.idx
        found = self._described_head(k)
        if found is None:
            return None
        a, noun = found
        sent = doc[a].sent
        if sent.start == 0:
            return None
        prev = doc[sent.start - 1].sent
        people = list({id(h[0]): h[0] for h in idx.in_span(prev.start, prev.end, PERSON)}.values())
        g = doc[a].morph.get("Gender") or doc[noun].morph.get("Gender")
        gender = ("f" if g[0] == "Fem" else "m") if g else self._noun_gender(doc[noun])
        if len(people) == 1:
            person = people[0]
            return (person, a) if gender is None or _agrees(person, gender == "f") else None
        if gender is None:
            return None
        fits = [p for p in people if person_gender(p) == gender]
        if len(fits) == 1 and all(person_gender(p) not in (None, gender) for p in people if p is not fits[0]):
            return fits[0], a
        return None

    def _description_holder(self, chain: list[Phrase]) -> Entity | None:
        """"Le ministre a reçu X. L'avocate de 45 ans, ancienne bâtonnière de Dijon, ...": the
        title that heads a description with an age or a nationality, then a comma (see
        _described_person), is held by the person it stands for; not a title the press writes
        for another ("le technicien" for a coach: models/quotes.json 'periphrases'), nor a
        descriptor or a circumstance."""
        doc, lex = self.doc, self.lex
        ph = chain[0]
        if len(chain) != 1 or ph.of is not None or ph.complement:
            return None  # ("La juriste italienne": a nationality, the person's)
        k = ph.end
        if k + 3 < len(doc) and doc[k].lower_ in DE_FORMS and doc[k + 1].like_num \
                and doc[k + 2].lower_ == "ans":
            k += 3
        if k >= len(doc) or doc[k].text != ",":
            return None
        title = fold(ph.title)
        if title in _periphrases() or title in lex.generic or ph.title in lex.person_nouns:
            return None
        found = self._described_person(k)
        return found[0] if found is not None and found[1] == ph.det_start else None

    def _noun_gender(self, tok: Token) -> str | None:
        """"f"/"m" of a title noun by the lexicon's feminine form, None when both share it."""
        hit = self.lex.title_of(tok.lower_)
        return hit[1] if hit is not None else None

    def _pronoun_antecedent(self, pron: Token) -> tuple[Entity, int, int] | None:
        found = self._near_antecedent(pron)
        return found if found is not None else self._protagonist(pron)

    def _protagonist(self, pron: Token) -> tuple[Entity, int, int] | None:
        """A portrait or an obituary ("Disparition : Lucien Mathis nous a quittés", "Paimpol.
        L'ancien boulanger X s'en est allé"): the person its headline names, named again in the text,
        is whom "il"/"elle" stands for when the pronoun agrees with that person's known gender
        and nobody else who could be meant (of that gender, or of no known gender) is named in
        the pronoun's sentence before it or in the sentence before."""
        doc, idx = self.doc, self.idx
        if self._headline_person is None:
            return None
        hero, line_end = self._headline_person
        if len(hero[0].mentions) < 2 or hero[2] > pron.i:
            return None
        gender = person_gender(hero[0])
        if gender is None or gender != ("f" if pron.lower_ == "elle" else "m"):
            return None
        sent = pron.sent
        lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for e, _, _ in idx.in_span(max(lo, line_end), pron.i, PERSON):
            if e is not hero[0] and person_gender(e) in (None, gender):
                return None  # another who could be meant
        return hero[0], pron.i, pron.i + 1

    @cached_property
    def names_france(self) -> bool:
        """Whether the text names France (read once, and only when a state title asks)."""
        return _names_france(self.doc, self.idx.entities, self.lex)

    @cached_property
    def france_in_passing(self) -> bool:
        """Whether a story about a foreign state names France only in passing (read once, and
        only when a state title asks): see _france_in_passing."""
        return self.country is not None \
            and _france_in_passing(self.doc, self.idx.entities, self.lex, self.country,
                                   self._state_weights[self.country], self._communes)

    @cached_property
    def _sent_starts(self) -> list[int]:
        """The first token of each sentence, for bisect."""
        return [sent.start for sent in self.sents]

    @cached_property
    def _sent_start_chars(self) -> list[int]:
        """The first character of each sentence, for bisect."""
        return [sent.start_char for sent in self.sents]

    @cached_property
    def _headline_person(self) -> tuple[tuple[Entity, int, int], int] | None:
        """The one person the first line names (its last mention there) and the line's end
        token, None when it names none or several: read once, for every pronoun."""
        doc = self.doc
        first = next((t for t in doc if not t.is_space and t.lower_ != "date" and not t.like_num
                      and t.text not in ("-", "/")), None)
        if first is None:
            return None
        line_end = next((t.i for t in doc[first.i :] if "\n" in t.text_with_ws), len(doc))
        heads = {id(h[0]): h for h in self.idx.in_span(first.i, line_end, PERSON)}
        return (next(iter(heads.values())), line_end) if len(heads) == 1 else None

    def _near_antecedent(self, pron: Token) -> tuple[Entity, int, int] | None:
        """The person a subject "il"/"elle" takes up: the last person named as the subject of
        a clause, earlier in the pronoun's sentence or in the sentence before, if nobody else
        is named between them and the pronoun agrees with what is known of that person's gender.
        A sentence before whose subject is the same pronoun, or that has no subject ("Conseiller
        municipal de 1965 à 1989,"), passes the reading on to the one before it ("Paul Roy prend
        sa retraite. Médecin depuis 1962, il a soigné ... Ancien adjoint, il était ..."); the
        person named as a complement counts when the subject of that sentence names nobody
        ("Nous apprenons le décès de X. Né à Y, il ...")."""
        doc, idx = self.doc, self.idx
        sent = pron.sent
        sents = self.sents if sent.start > 0 else [sent]
        at = next((n for n, x in enumerate(sents) if x.start == sent.start), 0)
        lo = sents[at - 1].start if at > 0 else sent.start
        people = idx.in_span(lo, pron.i, PERSON)
        back = at - 1
        while not people and back > 0 and at - back <= 3:
            before = sents[back]
            if self._sentence_pronoun(before, pron.lower_) is None \
                    and any(t.dep_ in ("nsubj", "nsubj:pass") for t in before):
                return None  # someone or something else is the subject there
            back -= 1
            people = idx.in_span(sents[back].start, sents[back].end, PERSON)
        if not people:
            return None
        if len({id(p[0]) for p in people}) > 1:
            # two people named: "il" stands for the one of its gender when every other is known
            # to be of the other ("X a accueilli Anne Roy. Il est aussi ..."), else it is not read
            people = [p for p in people if _agrees(p[0], pron.lower_ == "elle")]
            if len({id(p[0]) for p in people}) != 1:
                return None
        last = people[-1]
        # the subject (or the root the parser made of a subject: "X, 71 ans, y a été fêtée")
        if not any(doc[x].dep_ in ("nsubj", "nsubj:pass", "ROOT") for x in range(last[1], last[2])) \
                and not (last[1] < sent.start and self._unpeopled_subject(doc[last[1]].sent)) \
                and not self._titled_subject(last):
            return None
        return last if _agrees(last[0], pron.lower_ == "elle") else None

    def _titled_subject(self, hit: tuple[Entity, int, int]) -> bool:
        """"L'abbé X prend sa retraite", "Le capitaine Y quitte la brigade": the subject is the
        title right before the name, the name its apposition; the person is the subject."""
        doc = self.doc
        k = hit[1] - 1
        return k > 0 and doc[k].dep_ in ("nsubj", "nsubj:pass") and doc[k].is_lower \
            and doc[k - 1].lower_ in DEF_DETS and self.title_at(k) is not None \
            and any(hit[1] <= c.i < hit[2] for c in doc[k].children)

    def _sentence_pronoun(self, sent: Span, form: str) -> Token | None:
        """The subject pronoun `form` ("il", "elle") of a sentence's main clause, if it is one."""
        for t in sent:
            if t.lower_ == form and t.dep_ in ("nsubj", "expl:subj", "nsubj:pass") \
                    and (t.head.dep_ == "ROOT" or t.head.head.dep_ == "ROOT"):
                return t
            if t.lower_ == "-" + form and t.head.dep_ == "parataxis" and t.head.head.dep_ == "ROOT" \
                    and (t.head.lemma_.lower() in self.lex.speech or t.head.lower_ in self.lex.speech_forms):
                return t  # the speaker of a quotation's incise: "« ... », a-t-il lancé."
        return None

    def _unpeopled_subject(self, sent: Span) -> bool:
        """Whether the subject of a sentence's main verb names no one who could be "il"/"elle":
        "Nous apprenons le décès de X", "Le décès de X est survenu samedi" (a first-person
        pronoun, "on", or a noun that is neither a title nor a person nor a name)."""
        root = sent.root
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass", "expl:subj")]
        if not subjects:
            return False
        subj = subjects[0]
        if subj.pos_ == "PRON":
            return subj.lower_ in ("nous", "on", "je", "j'")
        if subj.pos_ != "NOUN" or not subj.is_lower:
            return False
        if "Plur" in subj.morph.get("Number"):
            return True  # "Les gendarmes ont arrêté X. Il ...": not the plural subject
        low, lemma = subj.lower_, subj.lemma_.lower()
        lex = self.lex
        return not (lex.title_of(low) or lex.title_of(lemma) or low in lex.person_nouns
                    or lemma in lex.person_nouns or low in lex.kinship or lemma in lex.kinship
                    or self.unknown_head(subj.i))

    def _linear_verb_subject(self, head: Token) -> tuple[Entity, int, int, str | None] | None:
        """"X a été nommé [le] directeur", "X qui fut l'ancien ministre": read leftwards."""
        doc, lex = self.doc, self.lex
        k = head.i - 1
        while k >= 0 and (doc[k].lower_ in DETS or doc[k].lower_ in lex.before):
            k -= 1
        # "a nommé Julie Tremblay directrice générale": verb, the one appointed, the title
        obj = self.idx.ending_at(k + 1, PERSON)
        if obj is not None and obj[1] > 0:
            verb = doc[obj[1] - 1]
            lemma = verb.lemma_.lower()
            appoints = lemma in lex.appointment or verb.lower_ in lex.appointment_forms
            if appoints and lemma not in lex.copular:
                return obj[0], obj[1], head.i + 1, lex.appointment.get(lemma)
        verbal = False
        appointing = False
        status = None
        openers = _time_span()[0]
        while k >= 0:
            if self._adverbial_phrase(k):
                k -= 3  # "fut tour à tour secrétaire"
                continue
            span = next((o for o in range(k - 1, max(-1, k - 7), -1) if doc[o].lower_ in openers), None)
            if span is not None and self._time_span_end(span) == k + 1:
                k = span - 1  # "a été pendant vingt ans le président du club"
                continue
            if not verbal and (adv := self._appointment_adverbial(k)) is not None:
                k = adv - 1  # "a été élu à l'unanimité président"
                continue
            if self.idx.at(k, PERSON) is not None:
                break  # "Mehdi Benaissa est maire": a surname the model read as an auxiliary, the
                # title with no subject parsed: "être" right before a bare title is its copula
            copula = ((doc[k].pos_ == "VERB" and doc[k].lemma_.lower() in lex.copular)
                      or (doc[k].dep_ == "cop" and k == head.i - 1 and doc[k].lemma_ == "être"
                          and not any(c.dep_.startswith("nsubj") for c in head.children))  # no subject parsed
                      or (doc[k].lower_ in MISREAD_COPULAS and self.idx.ending_at(k, PERSON) is not None)) \
                and verbal is False and k + 1 < len(doc) \
                and not doc[k + 1].is_punct  # "en devint ensuite président"
            if not (doc[k].lower_ in lex.appointment_forms or doc[k].lower_ in SKIP_VERBAL or copula
                    or doc[k].pos_ in ("AUX", "ADV")  # "a été nommé hier directeur"
                    or (doc[k].lower_ == "en" and doc[k].pos_ == "PRON" and verbal)  # "en devint"
                    or self.idx.at(k, ("date",)) is not None):  # "a été élu samedi président"
                break
            if doc[k].lower_ in lex.appointment_forms or doc[k].lemma_.lower() in lex.appointment or copula:
                verbal = True
                appointing = appointing or not copula
                status = lex.appointment.get(doc[k].lemma_.lower(), status)
            k -= 1
        if not verbal or k < 0:
            return None
        if doc[k].text == ",":
            k -= 1  # "Paul Roy, nommé directeur de ..."
        if k >= 2 and doc[k].lower_ in ("lui", "elle") and doc[k - 1].text == ",":
            k -= 2  # "Pierre Noël, lui, est trésorier": the stressed pronoun repeats the subject
        hit = self.idx.ending_at(k + 1, PERSON)
        if hit is None and doc[k + 1].text == "," and appointing:
            hit = self._name_before_appositions(k + 1)  # "X, 45 ans, agriculteur à V, a été élu maire"
        if hit is None and doc[k].pos_ == "PRON" and doc[k].lower_ in ("il", "elle"):
            found = self._pronoun_antecedent(doc[k])  # "Il a été pendant vingt ans le président du club"
            return (found[0], head.i, head.i + 1, status) if found is not None else None
        if hit is None:
            return None
        return hit[0], hit[1], head.i + 1, status

    def _name_before_appositions(self, comma: int) -> tuple[Entity, int, int] | None:
        """The name whose detached appositions close at this comma, the subject of the verb after
        it: "X, 45 ans, agriculteur à V, a été élu maire". Only verbless, nameless phrases (an
        age, a trade, a place) between commas count, at most two of them."""
        doc, idx = self.doc, self.idx
        phrases = 1  # the phrase closing at this comma
        k = comma - 1
        while k >= max(0, comma - 16):  # (not the parser's sentence: it often ends one at such a comma)
            tok = doc[k]
            if tok.text == ",":
                hit = idx.ending_at(k, PERSON)
                if hit is not None:
                    # the name opens its sentence, past a civility or a title ("Le capitaine X"):
                    # not "Selon X, l'ancien trésorier, 60 ans, a été élu président"
                    p = hit[1] - 1
                    while p >= 0 and (doc[p].text in CIVILITIES or (
                            doc[p].is_lower and self.lex.title_of(doc[p].lower_) is not None)):
                        p -= 1
                    if p >= 0 and doc[p].lower_ in DETS:
                        p -= 1
                    date = idx.ending_at(p, ("date",)) if p >= 1 and doc[p].text == "," else None
                    if date is not None:
                        p = date[1] - 1  # "Samedi, X, 52 ans, a été élu"
                    opens = p < 0 or doc[p].is_space or doc[p].text in (".", "!", "?")
                    return hit if k < comma - 1 and opens else None
                phrases += 1
                if phrases > 2:
                    return None
            elif tok.pos_ in ("VERB", "AUX") or tok.is_space \
                    or tok.lower_ in ("et", "ou", "qui", "que", "dont") \
                    or tok.text in (".", ";", ":", "«", "»", "(", ")") \
                    or idx.at(k, PERSON) is not None:
                return None
            k -= 1
        return None

    def _clause_subject(self, marker: int) -> tuple[Entity, int, int, str | None] | None:
        doc, idx = self.doc, self.idx
        tok: Token = doc[marker]
        nearest = True
        for _ in range(6):
            for m in self.dm.where("SUBJECT", "verb", tok.i):
                people = idx.in_subtree(doc[m["subject"]], PERSON)
                if people:
                    return people[-1][0], people[-1][1], marker + 1, None
                if nearest and doc[m["subject"]].lower_ in ("il", "elle"):
                    # "Entrée à La Poste comme auxiliaire, elle a ...": whom the pronoun takes up
                    hit = self._pronoun_antecedent(doc[m["subject"]])
                    if hit is not None:
                        return hit[0], marker, marker + 1, None
                nearest = False  # only the nearest clause's subject pronoun
            if tok.head is tok:
                break
            tok = tok.head
        sent = doc[marker].sent
        people = idx.in_span(sent.start, marker, PERSON)
        if people:
            return people[-1][0], people[-1][1], marker + 1, None
        after = sent.end + (sent.end < len(doc) and doc[sent.end].text == ",")
        if (sent[-1].text == "," or after > sent.end) and after < len(doc):
            # "Embauché en 1970 comme magasinier, il a ...": a detached phrase the parser made a
            # sentence of; the subject after its comma
            hit = self._subject_after(after)
            if hit is not None:
                return hit[0], marker, marker + 1, None
        return None

    def _subject_after(self, k: int) -> tuple[Entity, int, int] | None:
        """The person that a name or a subject pronoun at token k stands for."""
        doc = self.doc
        if doc[k].lower_ in ("il", "elle") and doc[k].dep_ in ("nsubj", "nsubj:pass", "expl:subj"):
            return self._pronoun_antecedent(doc[k])
        hit = self.idx.starting_at(self._past_civility(k), PERSON)
        if hit is not None and any(doc[x].dep_ in ("nsubj", "nsubj:pass") for x in range(hit[1], hit[2])):
            return hit
        return None

    # ------------------------------------------------------------------ reading
    def read(self) -> list[Role]:
        doc = self.doc
        roles: list[Role] = []
        i = 0
        inside: tuple[int, Entity | None] = (0, None)  # end of the last title read, its holder
        while i < len(doc):
            chain = self.phrase(i)
            if not chain:
                i += 1
                continue
            pairs = self.respectively(chain)
            if pairs:
                for person, ph, lo, hi in pairs:
                    roles.append(self._role(person, ph, lo, hi, None))
                i = max(chain[-1].end, i + 1)
                continue
            if any(not ph.plural for ph in chain):
                chain = [ph for ph in chain if not ph.plural] if len(chain) > 1 else chain
            who = self.holder(chain)
            if who is not None and self._other_line(who, chain[0].head):
                who = None  # a headline's "Une nouvelle directrice", then the text's "Isabelle Roy vient ..."
            if who is not None and chain[0].start < inside[0] and who[0] is inside[1] \
                    and chain[-1].end < len(doc) and doc[chain[-1].end].text == ",":
                # "le substitut du procureur, M. Roy": the name in apposition is the whole
                # phrase's; the title in its complement is someone else's
                i = max(chain[-1].head_end, i + 1)
                continue
            if who is not None:
                person, lo, hi, status = who
                inside = (chain[-1].end, person)
                lo = min(lo, chain[0].det_start)
                hi = max(hi, chain[-1].end)
                if hi > chain[-1].end:
                    self._affiliation(chain, hi)
                self.last = (chain[-1].end, person, lo)
                holders = [person]
                if (all(ph.plural for ph in chain) or self._grade_label(chain[0])) and hi > chain[-1].end:
                    more, hi = self.name_list(hi)  # "les maires X, Y et Z", "Au grade de sergent : X et Y"
                    holders += [p for p in more if p is not person]
                elif all(ph.plural for ph in chain) and lo < chain[0].det_start:
                    more, lo = self.name_list_before(lo)  # "X et Y, délégués syndicaux"
                    holders = [p for p in more if p is not person] + holders
                for who_ in holders:
                    for ph in chain:
                        roles.append(self._role(who_, ph, lo, hi, status))
            else:
                self.unheld.append(chain)
            i = max(chain[-1].head_end, i + 1)
            for a, b in sorted(chain[-1].pieces):
                if a <= i < b:  # "Trésorière adjointe : X": "adjointe" was read as the title's own word
                    i = b
        roles.extend(self._identified())
        roles.extend(self._announced(roles))
        roles.extend(self._headline_title(roles))
        roles.extend(self._pronoun_titles())
        roles.extend(self._verb_roles())
        roles.extend(self._portfolio_roles())
        return roles

    def _identified(self) -> list[Role]:
        """A title with no name, then a sentence that opens by naming who holds it: "Le club a
        un nouvel entraîneur. Il s'agit de Rémi Roy, 38 ans." ("il s'agit de", "c'est", "il
        s'appelle"). One such title in the sentence before, singular, held in no other way."""
        doc = self.doc
        out: list[Role] = []
        by_sent: dict[int, list[list[Phrase]]] = {}
        for chain in self.unheld:
            by_sent.setdefault(bisect_right(self._sent_starts, chain[0].head) - 1, []).append(chain)
        for n, chains in by_sent.items():
            if len(chains) != 1 or n + 1 >= len(self.sents):
                continue
            chain = chains[0]
            if len(chain) != 1 or chain[0].plural or chain[0].person_complement \
                    or chain[0].held_for is not None:
                continue  # ("un président et un trésorier. Il s'agit de X": which one is not said)
            nxt = self.sents[n + 1]
            k = nxt.start
            words = [t.lower_.replace("’", "'") for t in doc[k : min(nxt.end, k + 4)]]
            for opener in IDENTIFYING:
                if words[: len(opener)] == list(opener):
                    k += len(opener)
                    break
            else:
                continue
            own = self.title_at(k + 1) if k + 1 < nxt.end and doc[k].lower_ in DEF_DETS else None
            if own is not None:
                k = own[0]  # "C'est l'abbé Jean Roy qui ...": past his own title
            hit = self.idx.starting_at(self._past_civility(k), PERSON) if k < nxt.end else None
            if hit is None or "\n" in self.folded[doc[chain[0].head].idx : doc[k].idx]:
                continue  # (a headline's title is no part of the story's first sentence)
            self.unheld.remove(chain)
            for ph in chain:
                out.append(self._role(hit[0], ph, ph.det_start, chain[-1].end, None))
        return out

    def _announced(self, roles: list[Role]) -> list[Role]:
        """A new holder announced with no name, then named in the next sentence: "Le nouveau
        président du club a été élu samedi. X, conseiller municipal, succède à Y", "L'harmonie
        a un nouveau chef. X ... a été désigné". The title is new ("nouveau", "nouvelle"),
        singular, held by nobody in its sentence, which names nobody; the office is taken in one
        of the two sentences (a verb of election or appointment, other than a copula, or of
        succession, or "avoir" with the title as its object); the next sentence names one person,
        as its subject or as the object of such a verb, who holds no title of the same family
        and whose gender does not contradict the title's; the title is not taken up there."""
        doc, lex = self.doc, self.lex
        takes_office = self._takes_office

        def predecessor(h: tuple[Entity, int, int]) -> bool:  # "succède à Y", "remplace Y"
            return any(t.head.lemma_.lower() in lex.succession or t.head.lower_ in lex.succession_forms
                       for t in doc[h[1]:h[2]] if t.dep_ in ("obj", "obl:arg", "obl", "iobj"))

        out: list[Role] = []
        for chain in list(self.unheld):
            ph = chain[0]
            if len(chain) != 1 or ph.plural or ph.status != "incoming" or ph.person_complement \
                    or ph.held_for is not None:
                continue
            n = bisect_right(self._sent_starts, ph.head) - 1
            here = self.sents[n]
            if self.idx.in_span(here.start, here.end, PERSON):
                continue
            # the next sentence that names someone, one sentence naming nobody allowed between
            # ("... a un nouveau président. L'assemblée s'est tenue samedi. X a été élu")
            nxt = next((x for x in self.sents[n + 1 : n + 3]
                        if self.idx.in_span(x.start, x.end, PERSON)), None)
            if nxt is None:
                continue
            people = {id(h[0]): h for h in self.idx.in_span(nxt.start, nxt.end, PERSON) if not predecessor(h)}
            if len(people) != 1:
                continue
            person, a, b = next(iter(people.values()))

            named = [t for t in doc[a:b] if t.dep_ in ("nsubj", "nsubj:pass", "obj")]
            if not named and a == nxt.start:
                named = [doc[a]]
            person_side = any(takes_office(t) for t in nxt)
            if not named or not person_side \
                    or any(t.dep_ == "obj" and not takes_office(t.head) for t in named) \
                    or any(t.lower_ == doc[ph.head].lower_ for t in nxt):
                continue
            if any(r.person is person and _title_family(r.title, ph.title) for r in roles):
                continue  # "le nouveau président ... X, le président sortant": someone else
            known = person_gender(person)
            if known is not None and ph.gender is not None and known != ph.gender:
                continue
            self.unheld.remove(chain)
            out.append(self._role(person, ph, ph.det_start, ph.end, ph.status))
        return out

    def _in_other_term(self, roles: Iterable[Role], ph: Phrase, before: int) -> bool:
        """Whether one of a person's roles read before character `before` makes title phrase
        ph another holder's term of the same office (_other_term)."""
        return any(r.start < before and _other_term(r, ph, self._entering) for r in roles)

    def _entering(self, r: Role) -> bool:
        """Whether role r was read in a clause where its holder takes the office: the subject
        of a verb of election, appointment or succession ("X a été élu maire", "X succède à
        Y"), in r's evidence or the next sentence that names him by a pronoun. Not a
        re-election ("réélu": the holder stays, he is "le maire sortant" too)."""
        span = self.doc.char_span(r.start, r.end, alignment_mode="expand")
        if span is None:
            return False
        sents = [span.sent]
        nxt = span.sent.end
        if nxt < len(self.doc) and self.doc[nxt].lower_ in ("il", "elle"):
            sents.append(self.doc[nxt].sent)  # "X a été élu maire. Il succède à Y"
        for sent in sents:
            for t in sent:
                if not self._takes_office(t) or fold(t.lemma_).startswith("reel") \
                        or fold(t.text).startswith("reel"):
                    continue
                subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubj:pass")]
                for c in subjects:
                    hit = self.idx.at(c.i, PERSON)
                    if (hit is not None and hit[0] is r.person) \
                            or (sent is not sents[0] and c.i == sent.start):  # "Il succède à Y"
                        return True
        return False

    def _takes_office(self, t: Token) -> bool:
        """Whether token t is a verb by which its subject takes an office: election or
        appointment (not a copula), or succession in the active voice ("X a été remplacé": X
        left it)."""
        lex = self.lex
        lemma = t.lemma_.lower()
        if (lemma in lex.succession or t.lower_ in lex.succession_forms) \
                and any(c.dep_ == "aux:pass" for c in t.children):
            return False
        return (lemma in lex.appointment and lemma not in lex.copular) or lemma in lex.succession \
            or t.lower_ in lex.succession_forms \
            or (t.lower_ in lex.appointment_forms and t.lower_ not in ("est", "était", "fut", "sera"))

    def _headline_title(self, roles: list[Role]) -> list[Role]:
        """A headline that opens on a title, the subject of its verb, and names nobody ("Le
        nouveau proviseur installé", "Varcourt : la nouvelle directrice a pris ses fonctions"),
        then a lead whose first sentence has one person only, as its subject: the story is about
        that person, who holds the headline's title. Not when the person holds another title in
        the text (the headline then speaks of someone else) unless the lead has them take the
        office ("X, boucher à Y, a été élu") and that title is not of the headline's family; nor
        when the lead takes the title up
        (for someone else), nor against the person's gender; one title in the headline,
        singular."""
        doc = self.doc
        first = next((t for t in doc[:12] if not t.is_space), None)
        if first is not None and first.lower_ == "date":  # a "date ..." line above the headline
            brk = next((t.i for t in doc[first.i : first.i + 12] if "\n" in t.text_with_ws), None)
            first = None if brk is None else next((t for t in doc[brk + 1 : brk + 4] if not t.is_space), None)
        if first is None:
            return []
        line_end = next((t.i for t in doc[first.i :] if "\n" in t.text_with_ws), len(doc))
        chains = [c for c in self.unheld if first.i <= c[0].det_start and c[-1].end <= line_end + 1]
        if len(chains) != 1 or len(chains[0]) != 1 or line_end - first.i > 14:
            return []
        ph = chains[0][0]
        pieces = sorted(ph.pieces)
        if any(b[0] != a[1] for a, b in pairwise(pieces)):
            return []  # words read into the title past a gap: a headline misparsed
        caps = [k for k in range(ph.head_end, ph.end) if doc[k].is_title]
        if caps and any(doc[k].lower_ in ("l'", "l’", "le", "la", "les", "un", "une")
                        for k in range(caps[-1] + 1, ph.end)):
            return []  # "Le ministre de la Santé visite l'hôpital": the headline's verb read as a noun
        if ph.plural or ph.person_complement or ph.held_for is not None \
                or self.idx.in_span(first.i, line_end + 1, PERSON):
            return []
        # the title opens the headline, or its words after a dateline ("Varcourt : le ...")
        town = self.idx.starting_at(first.i, ORG_PLACE)
        lead = town[2] if town is not None else first.i
        while town is None and lead < ph.det_start and (
                doc[lead].is_title or doc[lead].text in ("-", "'", "’")
                or doc[lead].lower_ in ("lès", "sur", "en")):
            lead += 1  # a village no gazetteer knows, in a dateline ("Varcourt-lès-Bains :")
        if lead < ph.det_start and doc[lead].text in (":", ".", "-", "–"):
            lead += 1
        if lead != ph.det_start:
            return []
        # the headline is a clause on the title ("Le nouveau proviseur installé", "... a pris
        # ses fonctions", "... inaugure"): a verbless headline's title ("Une nouvelle directrice
        # à la médiathèque") is left to the text
        nxt = doc[ph.end] if ph.end < line_end else None
        if nxt is None or not (nxt.pos_ in ("VERB", "AUX") or "Part" in nxt.morph.get("VerbForm")):
            return []
        start = next((t.i for t in doc[line_end + 1 :] if not t.is_space), None)
        if start is None:
            return []
        # the lead's first sentence, to its full stop (the parser may cut it, or run the
        # headline into it)
        end = next((t.i + 1 for t in doc[start : start + 80] if t.text in (".", "!", "?")
                    or "\n" in t.text_with_ws), min(len(doc), start + 80))
        people = {id(h[0]): h for h in self.idx.in_span(start, end, PERSON)}
        if len(people) != 1:
            return []
        person, a, b = next(iter(people.values()))
        if not (a == start or any(t.dep_ in ("nsubj", "nsubj:pass") for t in doc[a:b])) \
                or any(t.lower_ == doc[ph.head].lower_ for t in doc[start:end]):
            return []  # the lead's subject is the story's; its title taken up is someone else's
        other = [r for r in roles if r.person is person]
        if other and (any(_title_family(r.title, ph.title) for r in other)
                      or not any(self._takes_office(t) for t in doc[start:end])):
            return []  # another title, unless the lead has the person take the office ("X, ..., a été élu")
        known = person_gender(person)
        if known is not None and ph.gender is not None and known != ph.gender:
            return []
        self.unheld.remove(chains[0])
        return [self._role(person, ph, ph.det_start, ph.end, None)]

    def _plural_title_before(self, sent: Span, i: int) -> tuple[int, int, str, str | None] | None:
        """(start, end token, masculine title, gender) of the last plural title in the sentence
        before token i ("Plusieurs maires ..., dont celui de X"), None if there is none."""
        for j in range(i - 1, sent.start - 1, -1):
            found = self.title_at(j)
            if found is not None and found[3] and found[0] <= i:
                return j, found[0], found[1], found[2]
        return None

    def _title_taken_up(self, tok: Token) -> tuple[int, int, str, str | None] | None:
        """(start, end token, masculine title, gender) of the title a demonstrative opening a
        clause takes up: the last one named in its sentence or the one before, a singular one
        with its own complement ("Le maire de Darney, X, a protesté. Celui de Vittel, Y, ...")
        or a plural one ("Plusieurs maires ont protesté. Celui de Vittel, Y, ..."); None if
        there is none or the pronoun opens no clause."""
        doc, lex = self.doc, self.lex
        sent = tok.sent
        if tok.i != sent.start and doc[tok.i - 1].lower_ not in (",", ";", "et", "mais"):
            return None
        lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        last: tuple[int, int, str, str | None] | None = None
        j = lo
        while j < tok.i:  # left to right, past each title and name read ("adjointe au maire de X")
            named = self.idx.starting_at(j, ORG_PLACE)
            if named is not None:
                j = max(named[2], j + 1)
                continue
            found = self.title_at(j) if lex.may_start_title(doc[j].lower_) else None
            if found is None or found[0] >= tok.i:
                j += 1
                continue
            if found[3] or doc[found[0]].lower_ in (*DE_FORMS, "du", "des"):
                last = (j, found[0], found[1], found[2])  # "Plusieurs maires ont protesté. Celui de X"
            j = found[0]
        return last

    def _pronoun_titles(self) -> list[Role]:
        """A demonstrative pronoun that takes up a plural title of its sentence, with its own
        complement and a name in apposition: "Plusieurs maires étaient là, dont celui de
        Vaudrecourt, Paul Roy", "les présidentes des clubs, parmi lesquelles celle du Stade X,
        Anne Roy": the one named holds that title in the body or place of the complement."""
        doc, idx = self.doc, self.idx
        out: list[Role] = []
        for tok in doc:
            if tok.lower_ not in DEMONSTRATIVE_PRONOUNS or tok.i + 3 >= len(doc):
                continue
            j = tok.i + 1
            if doc[j].lower_ in DE_FORMS:
                j += 1 + (doc[j + 1].lower_ in DEF_DETS)
            elif doc[j].lower_ in ("du", "des"):
                j += 1
            else:
                continue
            body = idx.starting_at(j, ORG_PLACE)
            if body is None or body[2] >= len(doc) or doc[body[2]].text != ",":
                continue
            hit = idx.starting_at(self._past_civility(body[2] + 1), PERSON)
            before = self._plural_title_before(tok.sent, tok.i)
            if before is None and hit is not None:
                before = self._title_taken_up(tok)
            if hit is None or before is None:
                continue
            start, end, title, gender = before
            feminine = tok.lower_ == "celle"
            if (gender == "f") != feminine and gender is not None:
                continue  # "les directrices ..., dont celui de X": not the title taken up
            written = self.text[doc[start].idx : self.ends[end - 1]].lower()
            found = self.title_at(start)
            role = _singular_title(written) if found is not None and found[3] else written
            out.append(Role(person=hit[0], role=role, title=title, of=body[0], of_name=None, status=None,
                            start=tok.idx, end=self.ends[hit[2] - 1],
                            mentions=[(doc[start].idx, self.ends[end - 1])], gender=gender))
        return out

    def counterparts(self, roles: list[Role]) -> list[Role]:
        """"son homologue allemand, X", "son homologue de Trégonnec, X": one who holds, in
        another state, body or commune, the title of the person the possessive takes up (the
        title last named before it in the sentence); held in the state of the nationality
        adjective or in the body or place of the complement, else in none (the counterpart's
        body is not the possessor's)."""
        doc, idx, lex = self.doc, self.idx, self.lex
        out: list[Role] = []
        for tok in doc:
            if tok.lower_ != "homologue" or tok.i == 0 or doc[tok.i - 1].lower_ not in OWNER_DETS:
                continue
            j = tok.i + 1
            of: Entity | None = None
            of_name: str | None = None
            gentile: str | None = None
            if j < len(doc) and doc[j].is_lower and doc[j].lower_ in lex.nationalities:
                of_name = lex.nationalities[doc[j].lower_]
                j += 1
            elif j + 1 < len(doc) and doc[j].lower_ in (*DE_FORMS, "du", "des"):
                k = j + 1 + (doc[j].lower_ not in ("du", "des") and doc[j + 1].lower_ in DEF_DETS)
                body = idx.starting_at(k, ORG_PLACE)
                if body is None:
                    continue  # "son homologue de l'Intérieur": another portfolio, not read here
                of, j = body[0], body[2]
            elif j < len(doc) and doc[j].is_lower and doc[j].pos_ == "ADJ":
                gentile = doc[j].lower_  # "son homologue dijonnais": a town's people
                j += 1
            if j < len(doc) and doc[j].text == ",":
                j += 1
            hit = idx.starting_at(self._past_civility(j), PERSON) if j < len(doc) else None
            if hit is None:
                continue
            # the title of its sentence, else of the sentences before ("L'entraîneur X était
            # satisfait. Son homologue, Y, ..."): the possessive takes up the last one named
            n = bisect_right(self._sent_starts, tok.i) - 1
            cands: list[tuple[int, str, str, str | None]] = []
            for back in range(ANAPHOR_SENTENCES + 1):
                if n - back < 0 or cands:
                    break
                lo = self.sents[n - back].start_char
                hi = tok.idx if back == 0 else self.sents[n - back].end_char
                cands = [(r.mentions[0][0], r.role, r.title, r.gender) for r in roles if r.mentions
                         and lo <= r.mentions[0][0] < hi and r.person is not hit[0] and r.explicit]
                for chain in self.unheld:
                    ph = chain[0]
                    if len(chain) == 1 and not ph.plural and lo <= doc[ph.head].idx < hi:
                        cands.append((doc[ph.start].idx, self._text_of(ph), ph.title, ph.gender))
            if not cands:
                continue
            _, role, title, gender = max(cands, key=lambda c: c[0])
            if gender == "f" and person_gender(hit[0]) == "m":
                role = title  # "la ministre ... son homologue, Paul Roy": the title in the masculine
            if gentile is not None:  # the town's club for a coach, else the town ("SA Épinal", "Épinal")
                at = Phrase(head=tok.i, head_end=tok.i + 1, start=tok.i, det_start=tok.i, end=tok.i + 1,
                            pieces=[], title=title, gender=None)
                place = self._demonym(gentile, at)
                of, of_name = (place, None) if isinstance(place, Entity) else (None, place)
            out.append(Role(person=hit[0], role=role, title=title, of=of, of_name=of_name, status=None,
                            start=tok.idx, end=self.ends[hit[2] - 1], mentions=[(tok.idx, self.ends[tok.i])],
                            complement=of is None and of_name is None))
        return out

    def _other_line(self, who: tuple[Entity, int, int, str | None], head: int) -> bool:
        """Whether a line break stands between the title at token `head` and the holder's
        mention in the construction read: a headline's last words are no apposition of the
        text's first name ("Une nouvelle directrice à l'hôpital" / "Isabelle Roy vient ...")."""
        doc = self.doc
        at = doc[head].idx
        lo, hi = doc[who[1]].idx, self.ends[who[2] - 1]
        inside = [m for m in who[0].mentions if lo <= m.start and m.end <= hi]
        if not inside:
            return False
        return all("\n" in self.folded[m.end:at] if m.end <= at else "\n" in self.folded[at:m.start]
                   for m in inside)

    # ------------------------------------------------------------------ titles that take up a name
    def anaphoric(self, roles: list[Role], speakers: dict[int, Entity]) -> list[Role]:
        """A definite title with no name beside it that takes up a person named in an earlier
        sentence: "Ambroise Vaudrey est intervenu ... Capucine a écrit au Premier ministre belge",
        "Odile Marbot ... La présidente socialiste du conseil régional juge que".

        The title must say which office it is (a named organization or place, a nationality,
        or an office of a state). Its holder is the person named before who already holds a
        title of the same family ("le député-maire X ... le maire de Toulouse"); else the
        person named most often so far in the last sentences, when that person holds no other
        title, is not named in the title's own sentence and agrees in gender. A title in a
        clause whose subject is a personal pronoun ("Il a reçu le président français") is
        somebody else's: there the same-family holder alone is read."""
        doc, lex = self.doc, self.lex
        out: list[Role] = []
        people = [e for e in self.idx.entities if e.type == "person"]
        if not people or not self.unheld:
            return out
        starts = self._sent_start_chars
        held: dict[int, list[Role]] = {}
        for r in roles:
            held.setdefault(id(r.person), []).append(r)
        taken: dict[int, Entity] = {}  # the head of a title taken up -> its holder
        for chain in self.unheld:
            ph = chain[0]
            if any(p.plural or p.person_complement or p.held_for is not None for p in chain):
                continue
            if ph.det_start < ph.start:
                det = doc[ph.det_start].lower_
            else:
                det = doc[ph.start - 1].lower_ if ph.start > 0 else ""
            if det in DEMONSTRATIVES and len(chain) == 1:
                person = self._demonstrative_holder(ph)
                if person is not None:  # "X, 31 ans, a été condamné. Ce maçon avait ..."
                    out.append(self._role(person, ph, ph.det_start, ph.end, None))
                    held.setdefault(id(person), []).append(out[-1])
                    taken[ph.head] = person
                continue
            if det not in DEF_DETS | {"du", "au"} or det == "les":
                continue
            # a title of several words ("le Premier ministre") plays its part in the clause by
            # its syntactic head ("ministre"), not its first word
            head = doc[ph.head : ph.head_end].root
            voiced = next((speakers[x] for x in range(ph.head, ph.head_end) if x in speakers), None) \
                if speakers else None
            if voiced is not None and len(chain) == 1 \
                    and not (ph.gender == "f" and person_gender(voiced) == "m") \
                    and (not held.get(id(voiced)) or (ph.status in ("incoming", "former") and not any(
                        _related(r.title, ph.title) for r in held[id(voiced)]))):
                # "« ... », a lancé l'élue", "« ... », confiait l'agriculteur": a description
                # that voices a quotation takes up the one the quotation layer found speaking
                # (a reader is never left to guess who speaks). A person the text gave an
                # office already is only named again by it ("l'élu" for the mayor, "le
                # magistrat" for the prosecutor): a new title then only when it says a change
                # of office ("», a lancé la nouvelle maire" of the candidate who won)
                out.append(self._role(voiced, ph, ph.det_start, ph.end, None))
                held.setdefault(id(voiced), []).append(out[-1])
                taken[ph.head] = voiced
                continue
            here = bisect_right(starts, head.idx) - 1
            if self._name_follows(chain[-1].end):
                continue  # "l'ancien directeur de Thomson pour l'Asie, Alain Fribourg": not read, not guessed
            described = self._description_holder(chain)
            if described is not None:  # "X ... L'avocate de 45 ans, ancienne bâtonnière, ...": X
                out.append(self._role(described, ph, ph.det_start, ph.end, None))
                held.setdefault(id(described), []).append(out[-1])
                taken[ph.head] = described
                continue
            # "président, X ; vice-président, Y ; ... Le président a rappelé": the title said
            # again of the one person who holds that very title, however far back; not the
            # holder of a related one named last
            named = ph.of is not None or ph.of_name is not None
            exact = {id(r.person) for rs in held.values() for r in rs
                     if fold(r.title) == fold(ph.title) and r.start < head.idx and _compatible(r, ph)
                     and not (named and r.of is None and r.of_name is None)
                     and not self._in_other_term(rs, ph, head.idx)}
            if len(exact) == 1 and len(chain) == 1:
                first = next(r for rs in held.values() for r in rs if id(r.person) in exact)
                taken[ph.head] = first.person
                standing = self._restated_standing(ph, first, held[id(first.person)])
                if standing is not None:  # "le président X ... Le président sortant a dressé le bilan"
                    out.append(standing)
                    held[id(first.person)].append(standing)
                continue
            leaving = self._outgoing_holder(chain, head, held)
            if leaving is not None:  # "face au président sortant, X ... le chef de l'État sortant"
                out.append(leaving)
                held[id(leaving.person)].append(leaving)
                taken[ph.head] = leaving.person
                continue
            gender = ph.gender or self._phrase_gender(ph)
            cands: list[tuple[int, int, Entity]] = []  # (mentions before, last one, person)
            for e in people:
                before = [bisect_right(starts, m.start) - 1 for m in e.mentions if 0 <= m.start < head.idx]
                if not before or here in before or max(before) < here - ANAPHOR_SENTENCES:
                    continue
                cands.append((len(before), max(m.start for m in e.mentions if 0 <= m.start < head.idx), e))
            if not cands:
                continue
            group = self._office_group(self._text_of(ph))
            family = [c for c in cands if any((_related(r.title, ph.title) or
                                               (group is not None and self._office_group(r.role) == group))
                                              and not _other_office(r, ph) for r in held.get(id(c[2]), []))
                      and not self._in_other_term(held.get(id(c[2]), []), ph, head.idx)]
            trader = self._trade_owner(ph, [c[2] for c in cands]) if not family else None
            if trader is not None:
                person = trader  # "X ferme sa boulangerie ... Le boulanger part à la retraite"
            elif family:
                person = max(family, key=lambda c: c[1])[2]
                same = [r for r in held[id(person)] if fold(r.title) == fold(ph.title) and len(chain) == 1]
                if same and _compatible(same[0], ph):
                    if same[0].of is None and same[0].of_name is None:  # the office named the second time
                        same[0].of, same[0].of_name = ph.of, ph.of_name
                    taken[ph.head] = person
                    continue  # the title said again ("le président X ... le nouveau président"): one role
            else:
                specific = ph.of is not None or ph.of_name is not None \
                    or _base_title(ph.title, lex) in lex.state_titles
                genitive = det == "du" or (ph.det_start > 0 and doc[ph.det_start - 1].lower_ in DE)
                if (head.dep_ == "nmod" and genitive and self._person_noun(head.head)) \
                        or self._pronoun_subject(head) or self._topic_shift(head):
                    continue  # "la fille du consul de Suède": a person's complement, someone
                    # else ("le fief de l'ancien ministre" is his)
                if not specific:
                    marked = self._status_description_holder(chain, head, cands, held)
                    if marked is None:
                        marked = self._portrait_trade_holder(chain, head, held)
                        if marked is not None and ph.start < ph.head:  # "la jeune institutrice": the trade
                            chain = [replace(ph, start=ph.head, pieces=[(ph.head, ph.head_end)])]
                    if marked is None:
                        continue
                    person = marked
                else:
                    person = self._previous_subject(doc[ph.head : ph.head_end].root, [c[2] for c in cands]) \
                        or max(cands, key=lambda c: (c[0], c[1]))[2]
                    if held.get(id(person)) \
                            and not self._former_variation(chain, head, person, cands, held[id(person)]):
                        continue
            known = person_gender(person) \
                or next((r.gender for r in held.get(id(person), []) if r.gender), None)
            # a feminine title is no man's; a masculine one may be a woman's ("le chef de la
            # diplomatie", "le ministre" for a woman, as the press long wrote)
            if gender == "f" and known == "m":
                continue
            for p in chain:
                out.append(self._role(person, p, p.det_start, chain[-1].end, None))
                held.setdefault(id(person), []).append(out[-1])  # "le président américain" is then held
            taken[ph.head] = person
        # "Le nouveau procureur ... était auparavant substitut à Nancy": a title whose copula's
        # subject is a title taken up above is that person's too
        for chain in self.unheld:
            ph = chain[0]
            if ph.head in taken or any(p.plural or p.person_complement for p in chain):
                continue
            subjects = [m["subject"] for m in self.dm.where("COPULA", "title", ph.head)]
            person = next((taken[x] for x in subjects if x in taken), None)
            if person is not None:
                for p in chain:
                    out.append(self._role(person, p, p.det_start, chain[-1].end, None))
        return out

    def _outgoing_holder(self, chain: list[Phrase], head: Token,
                         held: dict[int, list[Role]]) -> Role | None:
        """"X l'emporterait face au président sortant, Y ... Lundi, le chef de l'État sortant a
        reconnu sa défaite": a definite title that says its holder
        is leaving it ("sortant", "démissionnaire") names again the one person the text has
        already said is leaving an office, by another name of that office. Only when one
        person alone holds a leaving title before it, of the same office (a related title,
        one of titles.json 'same_office', two state titles, or a state title and a president
        of no organization), the phrase's gender is not against his, it names no body other
        than his, and he does not hold that very role already."""
        ph = chain[0]
        if len(chain) != 1 or ph.status != "outgoing":
            return None
        at = head.idx
        leaving = {id(r.person): r for rs in held.values() for r in rs
                   if r.status == "outgoing" and r.start < at}
        if len(leaving) != 1:
            return None
        first = next(iter(leaving.values()))
        titles = held[id(first.person)]
        if (ph.of is not None and first.of is not None and ph.of is not first.of) \
                or (ph.of_name is not None and first.of_name is not None
                    and fold(ph.of_name) != fold(first.of_name)):
            return None
        text, lex = self._text_of(ph), self.lex
        group = self._office_group(text)
        bases = {_base_title(first.title, lex), _base_title(ph.title, lex)}
        state = bases <= lex.state_titles or (  # a state's president is its head of state
            "président" in bases and bool(bases & lex.state_titles)
            and all(x is None or x.type == "place" for x in (first.of, ph.of)))
        if not (_related(first.title, ph.title) or state
                or (group is not None and self._office_group(first.role) == group)):
            return None  # "le député sortant X ... le maire sortant": another office, maybe another man
        return self._taken_up(ph, first, text, titles)

    def _taken_up(self, ph: Phrase, first: Role, text: str, titles: list[Role]) -> Role | None:
        """The phrase as a role of the person who holds `first` (his `titles`), with `first`'s
        body where the phrase names none; none when the phrase's gender is not his ("la maire
        sortante" after "le maire X") or he holds that very title already."""
        known = person_gender(first.person) or next((r.gender for r in titles if r.gender), None)
        gender = ph.gender or self._phrase_gender(ph)
        if gender is not None and known is not None and gender != known:
            return None
        if any(fold(r.role) == fold(text) for r in titles):
            return None
        role = self._role(first.person, ph, ph.det_start, ph.end, None)
        if role.of is None and role.of_name is None:
            role.of, role.of_name = first.of, first.of_name
        return role

    def _restated_standing(self, ph: Phrase, first: Role, titles: list[Role]) -> Role | None:
        """"M. X, président depuis vingt ans, ne se représentait pas ... Le président sortant a dressé
        le bilan": the title said again of the one person who holds it, with a qualifier that
        says he is leaving it (qualifiers.json 'standing': "sortant", "démissionnaire"), is a
        role of its own, his, with the body of the title he holds. "Par intérim" (qualifiers.json
        'interim') only of the one elected or appointed to it in the sentence before ("X a été
        élu président. Le président par intérim a prêté serment"): else the interim is mostly held
        by somebody else than the president named. Not when the phrase's gender is not his
        ("la maire sortante" after "le maire X"), nor when he holds that very role already."""
        text = self._text_of(ph)
        words = fold(text).split()
        last = self.doc[max(x[1] for x in ph.pieces) - 1]
        if last.pos_ in ("VERB", "AUX") and fold(last.text) not in _standing()[0]:
            return None  # a verb misread into the phrase ("le président par intérim salue")

        def said(qualifiers: tuple[str, ...]) -> bool:
            return any(tuple(q.split()) == tuple(words[i : i + len(q.split())])
                       for q in qualifiers for i in range(1, len(words)))

        if said(_standing()[1]):  # "par intérim": of the one just elected or appointed to it
            starts = self._sent_start_chars
            here = bisect_right(starts, self.doc[ph.head].idx) - 1
            if first.status not in ("current", "incoming") \
                    or bisect_right(starts, first.start) - 1 != here - 1:
                return None
        elif not said(_standing()[0]):
            return None
        return self._taken_up(ph, first, text, titles)

    def _former_variation(self, chain: list[Phrase], head: Token, person: Entity,
                          cands: list[tuple[int, int, Entity]], titles: list[Role]) -> bool:
        """"Le Premier ministre X a présenté son programme. L'ancien maire de Rennes devra
        pourtant ...": the wire names its protagonist again by an office he held before, the
        subject of a main clause, with no name beside it. A former office ("ancien", "ex-")
        is no rival of the one he holds now, so a title already read for him does not bar
        it. Only as the subject of a clause that is not reported speech or a relative, for the
        person named most often so far, ahead of every other, and for an office he does not
        hold under the same title."""
        verb = head.head
        if len(chain) != 1 or chain[0].status != "former" or head.dep_ not in ("nsubj", "nsubj:pass") \
                or verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("ccomp", "acl", "acl:relcl", "csubj"):
            return False  # (not "Il affirme que l'ancien ministre ...": somebody else's words)
        if any(t.pos_ == "PRON" and t.lower_ in ("il", "elle", "lui")
               for t in self.doc[head.sent.start : head.i]):
            return False  # "Selon lui, l'ancien ministre": the pronoun is the protagonist
        counts = sorted((c[0] for c in cands), reverse=True)
        mine = next(c[0] for c in cands if c[2] is person)
        if mine != counts[0] or (len(counts) > 1 and counts[1] >= mine):
            return False
        return all(fold(r.title) != fold(chain[0].title) for r in titles)

    def _status_description_holder(self, chain: list[Phrase], head: Token,
                                   cands: list[tuple[int, int, Entity]],
                                   held: dict[int, list[Role]]) -> Entity | None:
        """"Albert Foucou a été élu dimanche. « ... », a commenté le nouveau maire", "X a
        présenté le bilan. L'ancien instituteur préside l'association depuis 1991": a title
        with no name and no complement, marked by a status ("ancien", "nouveau", "sortant",
        "futur"), points back to a known individual: an unnamed holder is introduced by "un",
        not by "le nouveau". So does a bare seat many hold ("la conseillère municipale":
        titles.json 'member_titles'), which no situation picks out alone as it does "le maire".
        As the subject of a main clause (before its verb, or after a speech verb that follows
        a quotation), it takes up the one person the nearest earlier sentence naming people
        names (else that sentence's subject), when the gender agrees and that person does not
        hold the same office already; a person who holds another title takes only a former
        office or the one a candidate won. Not when the clause takes that person up by a
        pronoun object ("Le nouveau maire l'a félicité": someone else)."""
        doc = self.doc
        ph = chain[0]
        # a seat many hold ("la conseillère municipale", "le député"), bare: only for a person
        # who holds no title yet
        member = ph.status is None and ph.title in self.lex.member_titles and ph.start == ph.head \
            and not ph.complement and not ph.domain and ph.end == ph.head_end
        if len(chain) != 1 or not (member or ph.status in ("former", "incoming", "outgoing")):
            return None
        verb = head.head
        inverted = head.i > verb.i and head.dep_ in ("nsubj", "obj") \
            and (verb.lemma_.lower() in self.lex.speech or verb.lower_ in self.lex.speech_forms) \
            and any(t.text in ("»", '"', "”") for t in doc[max(0, verb.i - 4) : verb.i])
        if not inverted and (head.dep_ not in ("nsubj", "nsubj:pass") or head.i > verb.i
                             or verb.dep_ != "ROOT"):
            return None  # (the parser reads the subject after a speech verb as its object)
        if verb.pos_ not in ("VERB", "AUX") or (not inverted and self._person_clitic(head)):
            return None
        starts = self._sent_start_chars
        sent_of: dict[int, int] = {}
        for c in cands:
            sent_of[id(c[2])] = bisect_right(starts, c[1]) - 1
        last = max(sent_of.values())
        nearest = [c[2] for c in cands if sent_of[id(c[2])] == last]
        if len(nearest) > 1:
            # "la liste de X a devancé celle du maire sortant, Y. La nouvelle maire ...": of two
            # people named, not the one whose gender or term in the office the title denies
            said = ph.gender or self._phrase_gender(ph)
            nearest = [p for p in nearest
                       if not (said == "f" and person_gender(p) == "m")  # (a masculine title may be hers)
                       and not self._in_other_term(held.get(id(p), []), ph, head.idx)] \
                or nearest
            if len(nearest) > 1 and ph.status == "former":
                # "l'ancien chef rebelle X ... a confirmé le président Y. L'ex-colonel ...": a
                # former office takes up the one the text describes by a former office, not
                # the one it names by an office he holds
                former = [p for p in nearest if any(r.status == "former" and r.start < head.idx
                                                    for r in held.get(id(p), []))]
                nearest = former if len(former) == 1 else nearest
        if len(nearest) == 1:
            person = nearest[0]
        else:
            person = self._previous_subject(head, nearest)
            if person is None:
                return None
        gender, known = ph.gender or self._phrase_gender(ph), person_gender(person)
        if gender is not None and known is not None and gender != known:
            return None
        base = _base_title(ph.title, self.lex)
        mine = held.get(id(person), [])
        # what the reader knows of him when the title comes: the titles read before it
        # ("La nouvelle maire obtient 52 % ... a dit X, infirmière")
        known_then = [r for r in mine if r.start < head.idx]
        if known_then and (member or ph.status == "outgoing" or (ph.status == "incoming"
                           and not any(fold(r.title).startswith("candidat") for r in known_then))):
            return None  # a holder of another office: only a former one ("l'ancien instituteur") or
            # the office a candidate won ("le candidat X ... le nouveau maire") is his for sure
        if any(_base_title(r.title, self.lex) == base for r in mine):
            return None  # "le président X ... le président sortant": the same office, read already
        return person

    def _portrait_trade_holder(self, chain: list[Phrase], head: Token,
                               held: dict[int, list[Role]]) -> Entity | None:
        """"Toul : Odile Marny range sa sacoche ... Odile Marny, 61 ans, a été fêtée. La factrice
        n'a pas caché son émotion": a portrait (its headline names one person, named again
        in the text) names its protagonist again by her trade, bare, with a definite article.
        A trade is no office a situation picks out ("le maire", "le président": the town's,
        the club's), so the definite takes up the one person the story is about. Only a trade
        whose form says its gender ("la factrice", "le menuisier"), agreeing with the
        protagonist's known gender; not a trade a situation brings in of itself ("le
        conducteur", "le pompier": titles.json 'situation_titles'), nor an office, a seat or a
        state title; as the subject of a main clause, or the speaker after a quotation; when
        nobody else who could be meant is named in the title's sentence or the one before, and
        the protagonist holds no other title of the same office."""
        doc, lex = self.doc, self.lex
        ph = chain[0]
        if len(chain) != 1 or ph.status is not None or ph.complement or ph.domain or ph.of is not None \
                or ph.of_name is not None or ph.end != ph.head_end or self._headline_person is None:
            return None
        hit = lex.title_of(doc[ph.head].lower_)
        if hit is None or hit[1] is None:
            return None  # an epicene title ("le journaliste") says nothing of whom it stands for
        base, gender = hit
        if not self._trade(base):
            return None
        verb = head.head
        if self._quotation_spoken(head) is None and (
                head.dep_ not in ("nsubj", "nsubj:pass") or head.i > verb.i or verb.dep_ != "ROOT"):
            return None
        hero, line_end = self._headline_person
        person = hero[0]
        if person_gender(person) != gender:
            return None
        # the last person named before the title who could be meant is the protagonist, named
        # again in the text; nobody else who could be meant is named in the title's sentence
        named = [h[0] for h in self.idx.in_span(line_end, head.sent.end, PERSON)
                 if h[0] is person or person_gender(h[0]) in (None, gender)]
        before = [h[0] for h in self.idx.in_span(line_end, head.i, PERSON)
                  if h[0] is person or person_gender(h[0]) in (None, gender)]
        if not before or before[-1] is not person or any(
                e is not person for e in named[len(before):]):
            return None
        mine = held.get(id(person), [])
        if any(_base_title(r.title, lex) == _base_title(base, lex) or not self._trade(r.title) for r in mine):
            return None  # the same trade read already; or one who holds an office: his trade is
            # no name the story gives him ("le maire X ... l'agriculteur" may be another)
        return person

    def _person_clitic(self, head: Token) -> bool:
        """Whether the clause of a title, after it, takes a third person up by an object pronoun
        ("Le nouveau maire l'a félicité", "lui a remis"): somebody else than the title's holder.
        Not the neuter "le" of a verb whose object is what is said ("Le maire sortant l'a
        confirmé vendredi", "l'a promis": verbs.json 'said_it'), its participle unagreed (no
        feminine -e, no plural -s but the -is that "promis" and "admis" always end in)."""
        doc = self.doc
        for t in doc[head.i + 1 : head.sent.end]:
            if t.pos_ != "PRON" or t.dep_ not in ("obj", "iobj") or t.lower_ not in OBJECT_CLITICS:
                continue
            verb = t.head
            low = verb.lower_
            agreed = low.endswith("e") or (low.endswith("s") and not low.endswith("is"))
            if t.lower_ in ("l'", "l’", "le") and t.dep_ == "obj" \
                    and verb.lemma_.lower() in _said_it_verbs() and not agreed:
                continue
            return True
        return False

    def _person_noun(self, tok: Token) -> bool:
        """Whether a noun names a person: a kinship noun ("la fille"), a tie to another ("un
        proche", titles.json 'relation_nouns'), a person noun ("la victime", 'person_nouns') or
        a title ("l'avocat")."""
        lex = self.lex
        words = (tok.lower_, tok.lemma_.lower())
        return tok.pos_ in ("NOUN", "PROPN", "ADJ") and (
            any(w in lex.kinship or w in lex.person_nouns or w in _relation_nouns() for w in words)
            or lex.title_of(tok.lower_) is not None)

    def _trade(self, title: str) -> bool:
        """Whether a canonical title is a trade: no office, seat or function held in a body,
        no state title, rank or team post, and no title a story's situation brings in
        (titles.json 'situation_titles')."""
        lex = self.lex
        return not (title in lex.situation_titles or title in lex.office or title in lex.head_offices
                    or title in lex.local_titles or title in lex.member_titles or title in lex.functions
                    or title in lex.for_clients or title in lex.generic or title in lex.body_only
                    or fold(title) in lex.ranks or fold(title) in lex.team_titles
                    or _base_title(title, lex) in lex.state_titles)

    def _demonstrative_holder(self, ph: Phrase) -> Entity | None:
        """"Les gendarmes ont interpellé X, 44 ans. Cette infirmière de Langres circulait ...": a
        title with a demonstrative at the head of its sentence takes up the one person the
        sentence before names, when the gender agrees (a demonstrative points back; a definite
        title there may be anyone's)."""
        doc, idx = self.doc, self.idx
        det = doc[ph.det_start]
        sent = det.sent
        # a paragraph's first line is a sentence of its own, whatever the parser joined to it
        breaks = [t.i for t in doc[sent.start : det.i] if t.is_space and "\n" in t.text]
        start = breaks[-1] + 1 if breaks else sent.start
        if start == 0 or det.lower_ not in DEMONSTRATIVES or not (
                det.i == start or self._fronted_adverbial(start, det.i)):
            return None
        prev = doc[sent.start : breaks[-1]] if breaks and breaks[-1] > sent.start else doc[start - 1].sent
        named = idx.in_span(prev.start, prev.end, PERSON)
        person = _the_one(h[0] for h in named) or self._lone_subject(prev, named)
        if person is None:
            return None
        lex = self.lex
        head = doc[ph.head].lemma_.lower()
        if any(t.lemma_.lower() == head or t.lemma_.lower() in lex.person_nouns or t.lower_ in lex.kinship
               for t in prev) \
                or any(prev.start <= c[0].head < prev.end and not c[0].plural for c in self.unheld):
            # "Il a consulté un médecin. Ce médecin ...", "... son voisin. Ce retraité ...": another
            return None  # ("les gendarmes", a plural title, is no such one)
        gender = ph.gender or self._phrase_gender(ph)
        known = person_gender(person)
        if gender is not None and known is not None and gender != known:
            return None
        return person

    def _lone_subject(self, sent: Span, named: list[tuple[Entity, int, int]]) -> Entity | None:
        """The person subject of the sentence's main verb when the others it names are no
        subject or object of it ("X a travaillé avec Y et Z."): the one a demonstrative
        opening the next sentence takes up."""
        root = sent.root
        hits = {id(h[0]): h[0] for h in named}
        core = [c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass", "obj", "iobj")]
        people = {id(h[0]): h[0] for c in core for h in self.idx.in_subtree(c, PERSON)}
        subj = [c for c in core if c.dep_ in ("nsubj", "nsubj:pass")]
        if len(people) != 1 or len(hits) < 2 or len(subj) != 1:
            return None
        person = next(iter(people.values()))
        hit = self.idx.at(subj[0].i, PERSON)
        return person if hit is not None and hit[0] is person else None

    def _fronted_adverbial(self, start: int, k: int) -> bool:
        """Whether tokens start..k-1 are a short adverbial set before the subject by its comma
        ("Aujourd'hui,", "Depuis 2010,", "Dans son village,"): no verb, pronoun or name."""
        doc = self.doc
        if k - start < 2 or k - start > 6 or doc[k - 1].text != ",":
            return False
        return all(t.pos_ in ("ADV", "ADP", "DET", "NOUN", "ADJ", "NUM") or t.text in ("'", "’")
                   for t in doc[start : k - 1]) and not self.idx.in_span(start, k, PERSON)

    def _previous_subject(self, head: Token, cands: list[Entity]) -> Entity | None:
        """"Hugo Fersen a nommé Y. Le chef de l'Etat a reçu ...": a title that is the
        subject of its sentence's main clause continues the subject of the sentence before,
        when a person among `cands` is that subject, alone (not "X et Y")."""
        doc = self.doc
        opening = self._quotation_spoken(head)
        if opening is not None:
            # "X était amer. « ... », glissait l'entraîneur du club": the
            # title speaking after a quotation continues the subject of the sentence before it
            if opening == 0:
                return None
            prev = doc[opening - 1].sent
        else:
            if head.dep_ not in ("nsubj", "nsubj:pass") or head.head.dep_ != "ROOT":
                return None
            sent = head.sent
            if sent.start == 0:
                return None
            prev = doc[sent.start - 1].sent
        root = prev.root
        for c in root.children:
            if c.dep_ in ("nsubj", "nsubj:pass") and c.i < root.i:
                hit = self.idx.at(c.i, PERSON)
                if any(k.dep_ == "conj" and self.idx.at(k.i, PERSON) is not None for k in c.children):
                    return None  # "X et Y veulent ...": two people, neither is the subject alone
                if hit is not None and any(hit[0] is e for e in cands):
                    return hit[0]
        return None

    def _quotation_spoken(self, head: Token) -> int | None:
        """The token that opens the quotation a title speaks, as the subject set after the
        speech verb that follows the closing mark ("« ... », glissait l'entraîneur"); None
        otherwise (the quotation opening within 150 tokens)."""
        doc = self.doc
        verb = head.head
        if not (head.i > verb.i and head.dep_ in ("nsubj", "obj") and verb.pos_ == "VERB"):
            return None
        # the verb of an incise right after the closing mark and its comma: a verb of saying,
        # whatever it is ("glissait", "pestait", "s'amuse")
        close = next((x for x in range(verb.i - 1, max(-1, verb.i - 4), -1)
                      if doc[x].text in ("»", "”")), None)
        if close is None or any(t.pos_ in ("VERB", "AUX", "NOUN", "PROPN") and not (
                t.head.i == verb.i and t.dep_.startswith("aux")) for t in doc[close + 1 : verb.i]):
            return None  # (the verb's own auxiliary is part of the incise: "», a glissé l'entraîneur")
        return self._opening_mark(close, 150)

    def _trade_owner(self, ph: Phrase, cands: list[Entity]) -> Entity | None:
        """The one person among `cands` the text gives the shop of this trade: "Robert Vautrin
        ferme sa boulangerie" (the shop, with a possessive, the object of a verb whose subject
        is the person) or "la boulangerie Vautrin" (the shop, then the person's surname), for
        "le boulanger" later. A shop is its trade's noun with -ie or -erie ("boucher" ->
        boucherie, "pâtissier" -> pâtisserie, "libraire" -> librairie, "imprimeur" ->
        imprimerie, "pharmacien" -> pharmacie)."""
        doc, idx = self.doc, self.idx
        if ph.head_end != ph.head + 1 or len(ph.pieces) > 1 or ph.complement or ph.domain:
            return None
        shops = _shop_nouns(ph.title)
        if self._lower is None:
            self._lower = self.folded.lower()
        if not any(x in self._lower for x in shops):
            return None  # the common case, found without reading the tokens
        found: set[int] = set()
        owner: Entity | None = None
        for tok in doc[: ph.det_start]:
            if tok.lower_ not in shops and tok.lemma_.lower() not in shops:
                continue
            hit = idx.starting_at(tok.i + 1, PERSON) if tok.i + 1 < len(doc) else None
            who = hit[0] if hit is not None else None
            if who is None and tok.i > 0 and doc[tok.i - 1].lower_ in POSS_DETS and tok.dep_ == "obj":
                subj = self._subject_person(tok.head)
                who = subj[0] if subj is not None else None
            if who is not None and any(who is c for c in cands):
                found.add(id(who))
                owner = who
        return owner if len(found) == 1 else None

    def _office_group(self, text: str) -> int | None:
        """Which office of `same_office` a role names ("chef du gouvernement" and "premier
        ministre" are one), its complement allowed ("premier magistrat de la commune")."""
        key = fold(text)
        for n, group in enumerate(self.lex.same_office):
            if any(key == m or (key.startswith(m + " ") and key[len(m) + 1 :].split()[0] not in ADJUNCTS)
                   for m in group):
                return n
        return None

    def _holder_after_comma(self, k: int) -> bool:
        """Whether token k is a comma, then a person's name (past a civility the model left
        out of it): the holder in apposition after a title's complement ("..., Mgr X")."""
        if not (k + 1 < len(self.doc) and self.doc[k].text == ","):
            return False
        if self.idx.starting_at(self._past_civility(k + 1), PERSON) is not None:
            return True
        # "le capitaine du Stade rochelais, le Sud-Africain X": a nationality noun before the name
        t = k + 1 + (self.doc[k + 1].lower_ in DEF_DETS)
        return t > k + 1 and self._after_qualifier(t) is not None

    def _name_follows(self, k: int) -> bool:
        """Whether a person is named within a few words after token k."""
        return bool(self.idx.in_span(k, min(len(self.doc), k + 6), PERSON))

    def _phrase_gender(self, ph: Phrase) -> str | None:
        """The gender the article and adjectives of a title phrase show ("la ministre",
        "l'ancien directeur"), else None."""
        for t in self.doc[ph.det_start : ph.head_end]:
            g = t.morph.get("Gender")
            if t.pos_ in ("DET", "ADJ") and g:
                return "f" if g[0] == "Fem" else "m"
        return None

    def _topic_shift(self, tok: Token) -> bool:
        """Whether the title's sentence opens on a marker of another participant ("De son côté,
        le négociateur ...", "Pour sa part, ...", "Quant au ministre ..."): the title is not the
        person spoken of so far."""
        sent = tok.sent
        words = " ".join(t.lower_ for t in sent[: min(len(sent), 5)])
        return any(words.startswith(m) for m in self.lex.topic_shift)

    def _pronoun_subject(self, tok: Token) -> bool:
        """Whether the clause of a title has a personal pronoun for subject, the title being
        something else in it ("Il a reçu le président")."""
        for _ in range(8):
            if tok.dep_ in ("nsubj", "nsubj:pass"):
                return False
            if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
                break
            tok = tok.head
        return any(c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ == "PRON"
                   and c.lower_ in ("il", "elle", "ils", "elles") for c in tok.children)

    def _after_nationality_noun(self, t: int) -> tuple[Entity, int, int] | None:
        """The person named right after a capitalized nationality or gentilé noun at token t
        (past a civility: "l'Islandais X", "le Sud-Africain Y", "le Jurassien Dr Z"): the
        wire's way of writing a title's holder in apposition, the noun being the holder's
        nationality, never the title's body."""
        doc, lex = self.doc, self.lex
        if t + 1 >= len(doc) or not doc[t].text[:1].isupper():
            return None
        low = doc[t].lower_.replace("’", "'")
        last = low.rsplit("-", 1)[-1]  # "sud-africain", "sud-coréen"
        if not (low in lex.nationalities or low in lex.demonyms or last in lex.nationalities):
            return None
        if self.idx.at(t, PERSON) is not None:
            return None  # the noun is part of a name ("Italien" as a surname)
        return self.idx.starting_at(self._past_civility(t + 1), PERSON)

    def _after_qualifier(self, t: int) -> tuple[Entity, int, int] | None:
        """The person named right after one word that qualifies the holder at token t, the
        determiner before it read: a nationality noun ("le Letton X", also one no lexicon
        lists), a political family ("la socialiste X"), a priest's "père" ("le père X"). In
        apposition after a title, "le/la" + one noun or adjective + a name is the wire's way
        of telling who holds the title; the word is never the title's body."""
        named = self._after_nationality_noun(t)
        if named is not None or t + 1 >= len(self.doc):
            return named
        tok = self.doc[t]
        if not tok.text.replace("-", "").isalpha() or tok.pos_ not in ("ADJ", "NOUN", "PROPN") \
                or tok.lower_ in self.lex.before or self.idx.at(t, (*PERSON, "date")) is not None:
            return None  # (not "le lendemain X": a date)
        return self.idx.starting_at(self._past_civility(t + 1), PERSON)

    def _past_relative(self, k: int) -> tuple[Entity, int, int] | None:
        """The holder named after a relative clause that describes the title's body or the
        title itself, set off by commas: "Le directeur de l'usine, qui emploie trente
        personnes, Marc Roy, a confirmé". The clause names no one and holds no title of its
        own (in "le maire, qui a reçu le préfet, Marc Roy, ..." the name is the préfet's),
        and the name closes with a comma or the sentence's end (token k: the pronoun)."""
        doc, idx = self.doc, self.idx
        close = next((x for x in range(k + 1, min(len(doc), k + 25))
                      if doc[x].is_punct or doc[x].is_space), None)
        if close is None or doc[close].text != "," or close - k < 3:
            return None
        if any(idx.starting_at(x, PERSON) or self.title_at(x) for x in range(k + 1, close)):
            return None
        hit = idx.starting_at(self._past_civility(close + 1), PERSON)
        if hit is None or hit[2] >= len(doc) or doc[hit[2]].text not in (",", ".", ";"):
            return None
        return hit

    def _past_civility(self, k: int) -> int:
        """The token after a civility the model left out of the name ("Mes [Perrin]")."""
        if k < len(self.doc) and self.doc[k].text in CIVILITIES and not self.idx.starting_at(k, PERSON):
            return k + 1
        return k

    def _grade_label(self, ph: Phrase) -> bool:
        """Whether the title names a grade or rank given to whoever is listed after it ("Au grade
        de sergent : X et Y", "promus au grade d'adjudant X et Y"): singular, yet each person
        of the list holds it. Not after a singular participle ("Promu au grade de sergent, X")."""
        doc = self.doc
        k = ph.det_start
        if k < 2 or doc[k - 1].lower_.replace("’", "'") not in ("de", "d'") \
                or doc[k - 2].lower_ not in GRADE_NOUNS:
            return False
        if k >= 4 and doc[k - 3].lower_ in ("au", "à"):
            verb = doc[k - 4].lower_
            return not (verb in self.lex.appointment_forms and not verb.endswith("s"))
        return True

    def name_list(self, k: int) -> tuple[list[Entity], int]:
        """The people named one after the other from token k on ("X, Y et Z" after the first
        name): the list, and the end token of the last name."""
        doc, idx = self.doc, self.idx
        out: list[Entity] = []
        while k + 1 < len(doc) and doc[k].lower_ in (",", "et"):
            hit = idx.starting_at(self._past_civility(k + 1), PERSON)
            if hit is None:
                break
            out.append(hit[0])
            k = hit[2]
        return out, k

    def name_list_before(self, k: int) -> tuple[list[Entity], int]:
        """The people named one after the other before token k ("X, Y et" before the last
        name of a list): the list, and the first token of the first name."""
        doc, idx = self.doc, self.idx
        out: list[Entity] = []
        while k >= 2 and doc[k - 1].lower_ in (",", "et"):
            hit = idx.ending_at(k - 1, PERSON)
            if hit is None:
                break
            out.insert(0, hit[0])
            k = hit[1]
        return out, k

    def respectively(self, chain: list[Phrase]) -> list[tuple[Entity, Phrase, int, int]]:
        """"X et Y, respectivement président et trésorière de Z": the n-th title is the n-th
        person's. The titles may run in a list with commas ("respectivement maire, adjointe et
        conseiller"); the people come before them in apposition, as the subjects of the verb
        ("X et Y ont été élus respectivement président et secrétaire"), or after them ("les deux
        hommes, respectivement président et secrétaire du club, X et Y"). (person, phrase,
        first token, end token) for each pair, or [] if the construction is not there."""
        doc, idx = self.doc, self.idx
        s = chain[0].det_start
        if s < 2:
            return []
        # without the adverb, singular titles in apposition after as many names coordinated:
        # "X et Y, président et trésorier du club" (one person holding both would not be
        # listed with another name before them)
        paired = doc[s - 1].text == "," and idx.ending_at(s - 1, PERSON) is not None
        if doc[s - 1].lower_ != "respectivement" and not paired:
            return []
        chain = self._title_list(chain)
        if len(chain) < 2 or (paired and (any(ph.plural for ph in chain)
                                          or doc[chain[-1].det_start - 1].lower_ != "et")):
            return []
        people: list[Entity] = []
        sent_start = doc[s].sent.start
        if paired:
            k = s - 1
        elif doc[s - 2].text == ",":
            k = s - 2
        else:  # "X et Y ont été élus respectivement ...": the subjects, right before the verb
            k = s - 1
            while k > sent_start and s - k <= 6 and idx.ending_at(k, PERSON) is None \
                    and (doc[k - 1].pos_ in ("AUX", "VERB", "ADV") or doc[k - 1].lower_ in SKIP_VERBAL):
                k -= 1
            if idx.ending_at(k, PERSON) is None:
                k = 0
        joins: list[str] = []
        while k > 0:
            hit = idx.ending_at(k, PERSON)
            if hit is None:
                break
            people.insert(0, hit[0])
            k = hit[1]
            if k > 0 and doc[k - 1].lower_ in (",", "et"):
                joins.insert(0, doc[k - 1].lower_)
                k -= 1
            else:
                break
        if paired:
            # one list of names: "X, Y et Z", not "Selon X, Y, ..." (the first name another clause's)
            joins = joins[len(joins) - len(people) + 1:] if len(people) > 1 else []
            if not joins or joins[-1] != "et" or any(j != "," for j in joins[:-1]) \
                    or (k > 0 and doc[k].lower_ in (",", "et")):
                return []
        end = chain[-1].end
        if len(people) != len(chain) and not paired and end + 1 < len(doc) and doc[end].text == ",":
            first = idx.starting_at(self._past_civility(end + 1), PERSON)
            if first is not None:  # "..., respectivement président et secrétaire du club, X et Y"
                more, last = self.name_list(first[2])
                people, end = [first[0], *more], last
        if len(people) != len(chain) or len({id(p) for p in people}) != len(people):
            return []
        lo = min(m.start for m in people[0].mentions if m.start >= 0)
        span = doc.char_span(lo, lo + 1, alignment_mode="expand")
        first_tok = span.start if span is not None else s
        hi = max(end, chain[-1].end)
        return [(p, ph, min(first_tok, s), hi) for p, ph in zip(people, chain, strict=True)]

    def _title_list(self, chain: list[Phrase]) -> list[Phrase]:
        """A chain of titles read on over commas: "maire, adjointe aux affaires scolaires et
        conseiller municipal" (a body named by the last is every one's)."""
        doc = self.doc
        out = list(chain)
        while len(out) < 8:
            j = out[-1].end
            if j + 1 >= len(doc) or doc[j].text != ",":
                break
            k = j + 1 + (doc[j + 1].lower_ in ANY_DETS)
            if k >= len(doc) or self.title_at(k) is None:
                break
            more = self.phrase(k, coordinated=True)
            if not more:
                break
            out.extend(more)
        _share_body(out)
        return out

    def _text_of(self, ph: Phrase) -> str:
        doc = self.doc
        parts: list[str] = []
        for a, b in ph.pieces:
            if ph.plural and a <= ph.head < b:
                # "les anciens directeurs": each word before the head in the singular too
                pre = "".join(_singular(t.lower_) + t.whitespace_ if t.pos_ == "ADJ" else t.text_with_ws
                              for t in doc[a : ph.head])
                head = self.text[doc[ph.head].idx : doc[ph.head_end - 1].idx + len(doc[ph.head_end - 1])]
                rest = self.text[doc[ph.head_end - 1].idx + len(doc[ph.head_end - 1]) : doc[b - 1].idx
                                 + len(doc[b - 1])]
                if "-" in head:  # "médecins-capitaines": each part in the singular
                    head = "-".join(w[:-1] if w.endswith("s") else w for w in head.split("-")) + "s"
                head = _singular_title(head)
                parts.append(pre + head + rest)
            elif ph.plural and b == a + 1 and a > ph.head and doc[a].pos_ == "ADJ":
                parts.append(_singular(doc[a].lower_))  # "les conseillers fédéraux": conseiller fédéral
            else:
                parts.append(self.text[doc[a].idx : doc[b - 1].idx + len(doc[b - 1])])
        return " ".join(" ".join(parts).split()).lower()

    def _role(self, person: Entity, ph: Phrase, lo: int, hi: int, status: str | None) -> Role:
        doc = self.doc
        a, b = ph.pieces[0][0], max(x[1] for x in ph.pieces)
        return Role(person=person, role=self._text_of(ph), title=ph.title, of=ph.of, of_name=ph.of_name,
                    status=ph.status or status, start=doc[lo].idx, end=doc[hi - 1].idx + len(doc[hi - 1]),
                    mentions=[(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]))], complement=ph.complement,
                    gender=ph.gender, held_for=ph.held_for, domain=ph.domain)

    def _subject_person(self, verb: Token) -> tuple[Entity, int, int] | None:
        for m in self.dm.where("SUBJECT", "verb", verb.i):
            subject = self.doc[m["subject"]]
            if subject.lower_ == "qui":  # "X, qui dirige Y": the relative's antecedent
                k = subject.i - (subject.i > 0 and self.doc[subject.i - 1].text == ",")
                hit = self.idx.ending_at(k, PERSON)
                if hit:
                    return hit
                unnamed = self._unnamed_person(k) if self.doc[k].text == "," else None
                if unnamed is not None:  # "X ... . L'homme, qui préside aussi le club, ..."
                    return unnamed[0], unnamed[1], k
            people = self.idx.in_subtree(subject, PERSON)
            if people:
                return people[-1]
        k = verb.i - 1
        # (a surname the tagger read as an auxiliary, "Benaissa a été élu", is the name's end)
        while k >= 0 and (self.doc[k].pos_ == "AUX" or self.doc[k].lower_ in SKIP_VERBAL) \
                and self.idx.at(k, PERSON) is None:
            k -= 1
        return self.idx.ending_at(k + 1, PERSON)

    def _taken_up_subject(self, verb: Token) -> tuple[Entity, int, int] | None:
        """The person that a subject before a role verb takes up without naming: "il"/"elle"
        (the copula rule's pronoun resolver), "ce dernier", "celui-ci", or a definite
        description opening the sentence ("Le quinquagénaire préside le club"), which stands
        for the one person the sentence before names. (person, the subject's tokens)."""
        doc = self.doc
        for m in self.dm.where("SUBJECT", "verb", verb.i):
            subject = doc[m["subject"]]
            if subject.i > verb.i or subject.dep_ != "nsubj":
                continue
            if subject.pos_ == "PRON" and subject.lower_ in ("il", "elle"):
                hit = self._pronoun_antecedent(subject)
                return (hit[0], subject.i, subject.i + 1) if hit is not None else None
            if subject.lower_ in LATTER:
                latter = self._latter(subject.i)
            elif (end := self._this_one_end(subject.i)) is not None:
                latter = self._latter(end)
            elif subject.pos_ in ("NOUN", "ADJ") and subject.right_edge.i == subject.i \
                    and any(c.dep_ == "det" for c in subject.children) \
                    and (unnamed := self._unnamed_person(subject.i + 1)) is not None:
                return unnamed[0], unnamed[1], subject.i + 1
            else:
                latter = None
            return (latter, subject.left_edge.i, subject.i + 1) if latter is not None else None
        return None

    def _passive_agent(self, verb: Token, forms: tuple[str, str]) -> Role | None:
        """A role verb in the passive: its agent holds the role of its subject ("le club est
        présidé par Sylvie Roy"); a subject that is no organization or place is no office ("le
        traitement est administré par l'infirmière")."""
        idx, lex = self.idx, self.lex
        agent = next((c for c in verb.children if c.dep_ == "obl:agent"), None)
        hit = idx.at(agent.i, PERSON) if agent is not None else None  # the agent itself, named
        if hit is None and agent is not None:
            hit = self._titled_agent(agent, forms)  # "présidé par son adjoint X", "par le maire X"
        if hit is None:
            return None
        # the subject, or the noun the participle qualifies ("le comité, présidé par X")
        subjects = [c for c in verb.children if c.dep_ == "nsubj:pass"]
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            subjects.append(verb.head)
        if verb.i >= 2 and self.doc[verb.i - 1].text == ",":
            # "le transfert au Syndicat scolaire du Val-d'Ajol (SSVA), présidé par X": the
            # parser hangs the participle on the main verb or on a noun before; the body named
            # right before the comma (past its acronym in parentheses) is what it qualifies
            k = verb.i - 1
            if self.doc[k - 1].text == ")":
                k = next((x for x in range(k - 2, max(-1, k - 6), -1) if self.doc[x].text == "("), k)
            named = idx.ending_at(k, ("organization",))
            if named is not None:
                subjects.append(self.doc[named[1]])
            else:
                noun = self._noun_before_comma(k, verb)
                if noun is not None:
                    subjects.append(noun)
        after = hit[2] + 1  # "Présidée par X, l'association ...": a participle opening the sentence
        if verb.i == verb.sent.start and after < len(self.doc) and self.doc[hit[2]].text == ",":
            subjects.append(self.doc[after + (self.doc[after].lower_ in DEF_DETS)])
        of: Entity | None = None
        found = False
        for subj in subjects:
            named = idx.at(subj.i, ORG_PLACE)
            if subj.lower_ in lex.portfolio_nouns or subj.lemma_.lower() in lex.portfolio_nouns:
                return None  # "le ministère du Budget, dirigé par X": a minister, read elsewhere
            members = self._members(subj, forms)
            if members is not None:  # "les jurés, présidés par X": the group's president
                of, found = members[0], True
                break
            if named is not None or subj.lemma_.lower() in lex.org_nouns or subj.lower_ in lex.org_nouns:
                of = named[0] if named is not None else self._team_town(subj)
                if of is None and named is None:
                    # "l'association des Amis du lavoir est présidée par X": the body's kind,
                    # then its name after "de", which the entity layer names without the kind
                    body, _ = self._noun_body(subj.i + 1)
                    of = body if body is not None and body.type == "organization" else None
                    if of is None and subj.i + 1 < len(self.doc):
                        # "la société Verlimont, présidée par X": the kind, then the name in
                        # apposition right after it
                        inline = idx.starting_at(subj.i + 1, ("organization",))
                        of = inline[0] if inline is not None else None
                    if of is None and self._bare_definite(subj.i):
                        # "L'AS Rouvière monte. L'équipe, entraînée par X, ...": a definite
                        # noun of a kind of body, with no name of its own, takes up the body
                        # named before, as in a title's complement ("l'entraîneur de l'équipe")
                        of = self._antecedent(subj.i, subj)
                found = True
                break
        if not found:
            return None
        subj = subjects[0]
        lo = min(subj.left_edge.i, verb.i)
        while lo < verb.i and self.doc[lo].pos_ == "ADP":  # "[de] l'Orchestre national, dirigé par X"
            lo += 1
        hi = max(hit[2], verb.i + 1)
        status = "current" if "Pres" in verb.morph.get("Tense") or any(
            c.dep_ == "aux:pass" and "Pres" in c.morph.get("Tense") for c in verb.children) else None
        role = self._derived(hit[0], forms, of, status, lo, hi)
        role.complement = of is None  # "la chambre du tribunal, présidée par X": a body not named
        return role

    def _bare_definite(self, i: int) -> bool:
        """Token i is a definite noun of a kind of body that may stand for any body named before
        (`anaphoric_bodies`: "l'équipe", "l'entreprise"), with at most three lower-case words of
        its own after it and no name ("l'équipe fanion", "la société locale"; not "la société
        Verlimont"): what follows is a punctuation mark, a verb, an adverb, a preposition or a
        conjunction, or the end of the text; not a "de" complement, which names a body of its own
        ("l'équipe de Darney" is Darney's, not the club named before)."""
        doc = self.doc
        noun = doc[i]
        if not noun.is_lower or noun.pos_ != "NOUN" or i == 0 \
                or doc[i - 1].lower_.replace("’", "'") not in DEF_DETS \
                or not {noun.lemma_.lower(), noun.lower_} & self.lex.anaphoric_bodies:
            return False
        k = i + 1
        while k < len(doc) and k - i <= 3 and doc[k].is_lower and doc[k].pos_ in ("ADJ", "NOUN") \
                and doc[k].lower_ not in DE_FORMS and self.idx.at(k) is None:
            k += 1
        if k < len(doc) and doc[k].lower_ in DE_FORMS:
            return False
        return k >= len(doc) or doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX", "ADV", "ADP", "CCONJ")

    def _members(self, subj: Token, forms: tuple[str, str]) -> tuple[Entity | None] | None:
        """A group of people named by a plural title that a passive of presiding or coaching
        qualifies: "les jurés et les magistrats, présidés par X", "les joueurs de l'US Marnoy,
        entraînés par Y": the agent presides or coaches the group, in the body its title's
        complement names (else none). (A group led otherwise, "les soldats, dirigés par X",
        gives no title.) (the body or None,) or None when the subject is no such group."""
        if forms[0] not in GROUP_OFFICES or subj.pos_ != "NOUN" or not subj.is_lower \
                or "Plur" not in subj.morph.get("Number"):
            return None
        found = self.title_at(subj.i)
        if found is None or not found[3]:
            return None
        of, _ = self._noun_body(found[0])
        return (of,)

    def _titled_agent(self, agent: Token, forms: tuple[str, str]) -> tuple[Entity, int, int] | None:
        """The person named in apposition to a title that is a passive's agent: "présidé par
        son premier adjoint X", "présidée par la maire Y" (the parser makes the title the
        agent and hangs the name on it): the name holds the office the verb gives, as when
        the agent is named bare. Only a standing office, presiding or coaching: "une mission
        dirigée par l'ancien ministre X" is a task the minister leads, no post. Not a name in
        a complement ("par la fille de X")."""
        if forms[0] not in GROUP_OFFICES or agent.pos_ != "NOUN" or not agent.is_lower \
                or self.title_at(agent.i) is None:
            return None
        for c in agent.children:
            if c.i > agent.i and c.dep_ in ("appos", "flat:name") \
                    and not any(g.dep_ == "case" for g in c.children):
                hit = self.idx.at(c.i, PERSON)
                if hit is not None and hit[1] > agent.i:
                    return hit
        return None

    def _noun_before_comma(self, comma: int, participle: Token) -> Token | None:
        """The common noun whose phrase ends right before the comma of a detached participle,
        when it agrees with it in gender and number: "le buffet servi par l'amicale,
        présidée par X" (the parser hangs the participle on "buffet"; "amicale" is what it
        qualifies). The outermost such phrase that agrees ("le comité des fêtes, présidé par X":
        comité)."""
        doc = self.doc
        last = comma - 1
        for n in doc[max(0, last - 8) : last + 1]:
            if not (n.pos_ == "NOUN" or (n.pos_ == "PROPN" and n.is_lower)) or n.right_edge.i != last:
                continue
            if any(t.i >= participle.i for t in n.subtree):
                continue
            if all(not n.morph.get(f) or not participle.morph.get(f)
                   or n.morph.get(f) == participle.morph.get(f) for f in ("Gender", "Number")):
                return n  # (a feature the tagger left out is no disagreement: "amicale")
            # the outermost phrase disagrees: the participle qualifies a noun inside it ("les
            # membres de la chorale, présidée par X")
        return None

    def _team_town(self, noun: Token) -> Entity | None:
        """"L'équipe de Darney, entraînée par X", "la formation féminine de Hadol, coachée par Y":
        a team named by its kind and its town, which the entity layer does not name, is the
        town's side; its coach is the town's (as "l'entraîneur de Darney"). Only a team noun in
        lower case with a definite article, its adjectives, then "de" and the town ending the
        phrase (not "l'équipe de France de rugby": a national side has a name of its own)."""
        doc, idx = self.doc, self.idx
        if not noun.is_lower or noun.lemma_.lower() not in self.lex.team_nouns \
                or noun.i == 0 or doc[noun.i - 1].lower_ not in DEF_DETS | {"l'", "l’"}:
            return None
        k = noun.i + 1
        while k < len(doc) and doc[k].is_lower and doc[k].pos_ == "ADJ":
            k += 1
        if k + 1 >= len(doc) or doc[k].lower_.replace("’", "'") not in ("de", "d'"):
            return None
        hit = idx.starting_at(k + 1, ("place",))
        if hit is None or not hit[0].name[:1].isupper() or _state_name(hit[0], self.lex) is not None:
            return None
        end = hit[2]
        if end < len(doc) and not (doc[end].is_punct or doc[end].pos_ in ("VERB", "AUX")):
            return None  # "l'équipe de Darney de football": more of the name follows
        return hit[0]

    def _appointed_to(self, tok: Token) -> Role | None:
        """A role noun after an appointment verb: "X a été réélue à la présidence du club",
        "nommé à la direction de l'usine": the one appointed holds the office."""
        doc, lex = self.doc, self.lex
        forms = lex.role_nouns.get(tok.lower_)
        if not forms or tok.i < 2:
            return None
        if not (doc[tok.i - 1].lower_ == "au" or (doc[tok.i - 1].lower_ in ("la", "l'")
                                                  and doc[tok.i - 2].lower_ == "à")):
            return None
        verb = tok.head
        if verb.pos_ not in ("VERB", "AUX") or verb.i > tok.i or verb.lemma_.lower() in lex.copular \
                or not (verb.lemma_.lower() in lex.appointment or verb.lower_ in lex.appointment_forms):
            return None
        subj = self._subject_person(verb)
        if subj is None and "Part" in verb.morph.get("VerbForm"):
            subj = self._participle_holder(verb)
        if subj is None:
            return None
        of, end = self._noun_body(tok.i + 1)
        status = lex.appointment.get(verb.lemma_.lower())
        role = self._derived(subj[0], forms, of, status, min(subj[1], verb.i), end)
        if "Part" in verb.morph.get("VerbForm") and verb.lower_.endswith(("e", "es")):
            role.role, role.gender = forms[1], "f"  # the participle agrees with the one appointed: "réélue"
        return role

    def _participle_holder(self, verb: Token) -> tuple[Entity, int, int] | None:
        """The person a participle of appointment with no subject of its own qualifies: the
        name it is set in apposition to ("X, élu en 1998 à la présidence de Y, ...") or, fronted
        before the clause, that clause's subject ("Nommée à la direction de Y, X a ...")."""
        head = verb.head
        if verb.i >= 2 and self.doc[verb.i - 1].text == "," and verb.dep_ not in ("ROOT", "advcl"):
            hit = self.idx.ending_at(verb.i - 1, PERSON)
            if hit is not None and hit[1] > 0 and self.doc[hit[1] - 1].pos_ == "ADP":
                return None  # "le successeur de X, élu ...": X is no head of the phrase
            return hit
        if verb.dep_ == "advcl" and verb.i < head.i and head.pos_ in ("VERB", "AUX") \
                and any(t.text == "," for t in self.doc[verb.i : head.i]):
            subj = self._subject_person(head)
            return subj if subj is not None and subj[1] > verb.i else None
        return None

    def _noun_body(self, end: int) -> tuple[Entity | None, int]:
        """The body named after a role noun ending at token `end` ("la présidence du club", "la
        direction de l'usine Peugeot"): (the organization or place, its end token), else (None, end)."""
        doc, lex, idx = self.doc, self.lex, self.idx
        if end + 1 < len(doc) and doc[end].lower_ in DE:
            k = end + 1 + (doc[end + 1].lower_ in DEF_DETS)
            hit = idx.starting_at(k, ORG_PLACE) if k < len(doc) else None
            if hit is None and k < len(doc) and (doc[k].lower_ in lex.org_nouns or doc[k].lemma_.lower()
                                                 in lex.org_nouns):
                hit = idx.starting_at(k + 1, ("organization",)) if k + 1 < len(doc) else None
                if hit is None:
                    ante = self._antecedent(k, doc[k])
                    hit = (ante, k, k + 1) if ante is not None else None
            if hit is not None:
                return hit[0], hit[2]
        return None, end

    def _verb_roles(self) -> list[Role]:
        """Roles that verbs and role nouns imply: "X dirige Y", "X succède à Y à la présidence"."""
        doc, lex, idx = self.doc, self.lex, self.idx
        out: list[Role] = []
        for tok in doc:
            low = tok.lower_
            if low not in lex.verb_role_words and tok.lemma_.lower() not in lex.verb_role_lemmas:
                continue  # a word no rule below reads: the common case
            lemma = tok.lemma_.lower()
            lemma = lemma if lemma in lex.role_verbs else lex.role_verb_forms.get(low, lemma)
            appointed = self._appointed_to(tok)
            if appointed is not None:
                out.append(appointed)
                continue
            inverted = lemma in lex.role_verbs and tok.pos_ != "VERB" and self._inverted_relative(tok)
            if (tok.pos_ == "VERB" or inverted) and lemma in lex.role_verbs:
                if any(c.dep_ in ("aux:pass", "nsubj:pass", "obl:agent") for c in tok.children):
                    agent = self._passive_agent(tok, lex.role_verbs[lemma])
                    if agent is not None:
                        out.append(agent)
                    continue  # passive: "le traitement est administré"
                subj = None if inverted else self._subject_person(tok)
                if subj is None and tok.i >= 1 and doc[tok.i - 1].lower_ in ("que", "qu'", "qu’"):
                    subj = idx.starting_at(tok.i + 1, PERSON)  # "que dirige X": the subject after the verb
                if subj is None and not inverted:
                    subj = self._taken_up_subject(tok)  # "X ... . Il préside le club depuis 2001"
                if subj is None or any(c.lower_ in ("se", "s'", "s’") for c in tok.children if c.i < tok.i):
                    continue  # "X, qui ne se représentait pas": a reflexive verb holds no office
                of = None
                end = max(tok.i + 1, subj[2])
                objects = self.dm.where("ROLE_VERB", "verb", tok.i) if not inverted \
                    else [{"object": tok.i - 1}]  # the relative pronoun, read below
                # "X a fondé ...": whatever was founded; no object: "X, qui préside depuis 1995"
                body = lemma in lex.any_object_verbs or not objects
                for m in objects:
                    obj = doc[m["object"]]
                    relative = obj.i if obj.pos_ == "PRON" and obj.lower_ in ("que", "qu'", "qu’") else None
                    if obj.pos_ == "PRON" and tok.dep_ == "acl:relcl" and tok.head.i < tok.i:
                        obj = tok.head  # "l'association, que préside X": what the relative takes up
                    elif relative is not None and obj.i >= 2 \
                            and doc[obj.i - 1].text == "," and obj.i > tok.sent.start + 1:
                        # the same relative clause when the parser made it the sentence's root
                        # ("Le club, que préside X, compte ..."): the noun before the comma
                        before = _phrase_head(doc[obj.i - 2])  # "le foyer rural": "foyer"
                        hit = idx.ending_at(obj.i - 1, ORG_PLACE)
                        obj = doc[hit[1]] if hit is not None else before
                    orgs = idx.in_subtree(obj, ORG_PLACE)
                    if relative is not None:
                        # the antecedent's own words, before the relative: not a place the rest
                        # of the sentence names ("La chorale, que dirige X, chantera à Y")
                        orgs = [o for o in orgs if o[2] <= relative]
                    if orgs:
                        of = orgs[0][0]
                        end = max(end, orgs[0][2])
                    body = body or bool(orgs) or obj.pos_ == "PROPN" \
                        or bool({obj.lemma_.lower(), obj.lower_} & (lex.org_nouns | lex.anaphoric_bodies))
                if not body:
                    continue  # "X a dirigé le concert", "présidait la séance": no office held
                masc, fem = lex.role_verbs[lemma]
                status = "current" if "Pres" in tok.morph.get("Tense") else None
                out.append(self._derived(subj[0], (masc, fem), of, status, min(subj[1], tok.i), end))
                out[-1].by_verb = True
            elif lemma in lex.succession or low in lex.succession_forms or self._hands_over(tok):
                subj = self._subject_person(tok)
                if subj is None:
                    continue
                prev = None
                noun = None
                body: Entity | None = None
                end = tok.i + 1
                # "X succède au président Y": the predecessor named by a title
                taken = self._predecessor_title(tok, subj[0]) if not self._hands_over(tok) else None
                for k in range(tok.i + 1, min(len(doc), tok.i + 12)):
                    if doc[k].is_sent_start or doc[k].text in (".", ";"):
                        break
                    if taken is not None and k < taken[1]:
                        continue
                    if prev is None and doc[k - 1].lower_ in {"à", "au"} | DEF_DETS:
                        hit = idx.starting_at(k, PERSON)
                        if hit:
                            prev = hit
                            end = max(end, hit[2])
                            continue
                    for n in (2, 1):
                        key = doc[k : k + n].text.lower()
                        if lex.role_nouns.get(key) and not self._noun_complement(k):
                            noun = lex.role_nouns[key]
                            # "à la présidence du comité des fêtes": the body of the office
                            body, end = self._noun_body(k + n)
                            end = max(end, k + n, tok.i + 1)
                            break
                    if noun:
                        break
                if noun is None:
                    if taken is not None:  # "X succède au président Y": X is the president
                        forms, hi = taken
                        out.append(self._derived(subj[0], forms, None, "incoming", min(subj[1], tok.i), hi))
                    continue
                lo = min(subj[1], tok.i)
                incoming, outgoing = subj[0], prev[0] if prev is not None else None
                if self._hands_over(tok):  # "X passe le relais à Y à la présidence": Y comes in
                    if outgoing is None:
                        continue
                    incoming, outgoing = outgoing, incoming
                out.append(self._derived(incoming, noun, body, "incoming", lo, end))
                out[-1].predecessor = outgoing
                if outgoing is not None:
                    out.append(self._derived(outgoing, noun, body, "outgoing", lo, end))
            elif lex.role_nouns.get(low) and tok.dep_ == "obj" and tok.head.i < tok.i \
                    and (tok.head.lemma_.lower() in lex.office_taken or tok.head.lower_ in lex.office_taken) \
                    and any(c.dep_ == "det" and c.lower_ in DEF_DETS for c in tok.children):
                # "X a pris la présidence de l'amicale", "assure le secrétariat", "quitte la direction"
                verb = tok.head
                subj = self._subject_person(verb)
                if subj is None or subj[1] > verb.i:
                    continue
                forms = lex.role_nouns[low]
                assert forms is not None
                body, end = self._noun_body(tok.i + 1)
                if low == "direction" and (body is None or body.type != "organization"):
                    continue  # "a pris la direction de Nancy": a heading, not an office
                status = lex.office_taken.get(verb.lemma_.lower(), lex.office_taken.get(verb.lower_))
                lo, hi = min(subj[1], verb.i), max(end, tok.i + 1)
                out.append(self._derived(subj[0], forms, body, status, lo, hi))
                heir = self._heir(verb, subj[0], hi) if verb.lemma_.lower() in lex.handover else None
                if heir is not None:  # "X cède la présidence du club à Y": Y comes in
                    out.append(self._derived(heir[0], forms, body, "incoming", lo, max(hi, heir[2])))
                    out[-1].predecessor = subj[0]
            elif low in lex.role_nouns and lex.role_nouns[low] and tok.i + 2 < len(doc) \
                    and doc[tok.i + 1].lower_ in DE:
                hit = idx.starting_at(tok.i + 2, PERSON)
                if hit and tok.i > 1 and doc[tok.i - 2].lower_ == "sous" and self._titled_after(hit[2]):
                    hit = None  # "sous la présidence de X, maire de Y": the mayor chairs the sitting
                if hit:
                    noun = lex.role_nouns[low]
                    assert noun is not None
                    role = self._derived(hit[0], noun, None, None, tok.i, hit[2])
                    # "Au cours de la présidence de X, la Finlande a ...": the state its own
                    # sentence names, not the one the story names most
                    role.of_name = self._sentence_state(tok)
                    out.append(role)
        return out

    def _inverted_relative(self, tok: Token) -> bool:
        """A role verb the tagger read as a noun or a name inside a relative whose subject
        follows it ("L'harmonie, que dirige X depuis 1990, ..."): "que" before it, a person
        named right after it, a noun before the relative."""
        doc = self.doc
        return tok.i >= 3 and doc[tok.i - 1].lower_ in ("que", "qu'", "qu’") and tok.is_lower \
            and _phrase_head(doc[tok.i - 2 - (doc[tok.i - 2].text == ",")]).pos_ in ("NOUN", "PROPN") \
            and self.idx.starting_at(tok.i + 1, PERSON) is not None

    def _sentence_state(self, tok: Token) -> str | None:
        """The state the sentence of `tok` names as a place: the only one it names, else the
        one that is the subject of its main verb; None when it names none or several with
        none as the subject."""
        doc, idx, lex = self.doc, self.idx, self.lex
        sent = tok.sent
        states: dict[str, list[tuple[int, int]]] = {}
        k = sent.start
        while k < sent.end:
            hit = idx.at(k, ("place",))
            if hit is not None and hit[1] == k:
                name = _state_name(hit[0], lex)
                if name is not None:
                    states.setdefault(name, []).append((hit[1], hit[2]))
                k = max(hit[2], k + 1)
                continue
            k += 1
        if len(states) == 1:
            return next(iter(states))
        subject = [n for n, spans in states.items() if any(
            doc[i].dep_ == "nsubj" and doc[i].head.i == sent.root.i for a, b in spans for i in range(a, b))]
        return subject[0] if len(subject) == 1 else None

    def _titled_after(self, k: int) -> bool:
        """Whether a title in apposition starts at token k: ", maire de Y", ", le président"."""
        doc = self.doc
        if k + 1 >= len(doc) or doc[k].text != ",":
            return False
        t = k + 1 + (doc[k + 1].lower_ in DETS)
        while t < len(doc) and doc[t].lower_ in self.lex.before:
            t += 1
        return t < len(doc) and self.title_at(t) is not None

    def _predecessor_title(self, verb: Token, incoming: Entity) -> tuple[tuple[str, str], int] | None:
        """The title of the predecessor the verb of succession names by it, right after the
        verb, before the name: "X succède au président Y", "succédant à la trésorière, Y",
        "X remplace le secrétaire Y". The subject takes that title; (its masculine and
        feminine forms, the end token of the predecessor's name). Only the title itself
        (no complement between it and the name), and another person named right after."""
        doc, lex = self.doc, self.lex
        k = verb.i + 1
        while k < len(doc) and (doc[k].pos_ == "ADV" or self.idx.at(k, ("date",)) is not None or (
                doc[k].pos_ in ("ADP", "DET") and k + 1 < len(doc) and self.idx.at(k + 1, ("date",)))):
            k += 1  # "a succédé en septembre à ..."
        if k < len(doc) and doc[k].lower_ in ("à", "au", "aux"):
            k += 1
        elif verb.lemma_.lower() not in ("remplacer",):
            return None
        if k < len(doc) and doc[k].lower_ in DEF_DETS | {"l'", "l’"}:
            k += 1
        elif k < len(doc) and doc[k - 1].lower_ not in ("au", "aux"):
            return None
        if k >= len(doc) or not doc[k].is_lower:
            return None
        found = self.title_at(k)
        if found is None:
            return None
        end, masc, _gender, plural = found
        if plural or masc in lex.kinship or fold(masc) in lex.ranks or masc in lex.succession_not_handed:
            return None  # a rank is the person's own, no office handed on ("remplace le capitaine X")
        m = end + (end < len(doc) and doc[end].text == ",")
        hit = self.idx.starting_at(self._past_civility(m), PERSON) if m < len(doc) else None
        if hit is None or hit[0] is incoming:
            return None
        fem = self._feminine_title(masc)
        return (masc, fem), hit[2]

    def _noun_complement(self, k: int) -> bool:
        """Whether the noun at k (past its article) is the complement of a noun before it
        ("la secrétaire de mairie": no office of "mairie" taken)."""
        doc = self.doc
        j = k - 1 - (k > 0 and doc[k - 1].lower_ in DETS)
        return j > 0 and doc[j].lower_ in DE_FORMS and doc[j - 1].pos_ == "NOUN"

    def _feminine_title(self, masc: str) -> str:
        """The feminine form of a masculine title the lexicon knows (itself when none)."""
        for low, (m, g) in self.lex.titles.items():
            if m == masc and g == "f":
                return low
        return masc

    def _hands_over(self, verb: Token) -> bool:
        """"X passe le relais à Y", "cède sa place à Y", "transmet le flambeau à Y": the
        subject hands an office over to the one named after "à" (`handover` in verbs.json)."""
        objects = self.lex.handover.get(verb.lemma_.lower())
        return bool(objects) and verb.pos_ == "VERB" and any(
            c.dep_ == "obj" and c.lemma_.lower() in objects for c in verb.children)

    def _heir(self, verb: Token, giver: Entity, end: int) -> tuple[Entity, int, int] | None:
        """The person named after "à" as a complement of a verb handing an office over ("a
        cédé la présidence à Y", "transmet à Y le secrétariat"): through the parse, or right
        after the office and its body (the parser often hangs "à Y" on the body's noun)."""
        doc = self.doc
        stop = min(len(doc) - 1, end + 6)
        while end < stop and doc[end].lower_ != "à" and (doc[end].lower_ in DE | DEF_DETS or (
                doc[end].is_lower and doc[end].pos_ in ("NOUN", "ADJ"))):
            end += 1  # past a body the text does not name: "le secrétariat du foyer rural à Y"
        if end + 1 < len(doc) and doc[end].lower_ == "à":
            hit = self.idx.starting_at(self._past_civility(end + 1), PERSON)
            if hit is not None and hit[0] is not giver:
                return hit
        for c in verb.children:
            if c.dep_ in ("obl", "obl:arg", "obl:mod", "iobj") \
                    and any(x.dep_ == "case" and x.lower_ in ("à", "au") for x in c.children):
                hit = self.idx.at(c.i, PERSON)
                if hit is not None and hit[0] is not giver:
                    return hit
        return None

    def _portfolio_roles(self) -> list[Role]:
        """Government posts handed out: "le ministère de l'Intérieur revient à X", "le poste de
        ministre des Finances a été confié à X", "X récupère le portefeuille de la Culture".
        The role is the minister of the post's domain."""
        doc, lex, idx = self.doc, self.lex, self.idx

        def portfolio_noun(t: Token) -> str:
            return t.lower_ if t.lower_ in lex.portfolio_nouns else t.lemma_.lower()

        out: list[Role] = []
        for tok in doc:
            bare = self._bare_portfolio(tok)
            if bare is not None:
                out.append(bare)
                continue
            noun = portfolio_noun(tok)
            if noun not in lex.portfolio_nouns and tok.lower_ in DEMONSTRATIVE_PRONOUNS:
                # "Y reçoit celui de la Justice": the post named before in the sentence
                noun = next((n for n in map(portfolio_noun, reversed(doc[tok.sent.start : tok.i]))
                             if lex.portfolio_nouns.get(n)), "")
                if not noun and any(tok.sent.start_char <= r.start < tok.idx for r in out):
                    noun = "portefeuille"  # "X récupère l'Intérieur et Y reçoit celui de l'Éducation"
            if noun not in lex.portfolio_nouns or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ not in DE:
                continue
            k = tok.i + 1  # the domain: "de l'Intérieur", "de ministre des Finances"
            end = k + 1
            while end < len(doc) and end - k < 8:
                t = doc[end]
                if (t.is_punct and t.text not in ("-", "'", "’")) \
                        or t.pos_ in ("VERB", "AUX", "SCONJ", "PRON") or idx.at(end, PERSON) \
                        or t.like_num or (t.pos_ == "ADP" and t.lower_ not in DE):
                    break
                end += 1
            if end <= k + 1:
                continue
            title = lex.portfolio_nouns[noun]
            if title is None:  # "le poste de ministre des Finances": the title is written
                found = self.title_at(k + 1)
                if found is None:
                    continue
                title, text = found[1], self.text[doc[k + 1].idx : self.ends[end - 1]]
            else:
                text = title + " " + self.text[doc[k].idx : self.ends[end - 1]]
            verb = tok.head
            lemma = verb.lemma_.lower()
            holder: tuple[Entity, int, int] | None = None
            if tok.dep_ in ("nsubj", "nsubj:pass") and lemma in lex.portfolio_given:
                holder = self._given_to(verb)
            elif tok.dep_ in ("obj", "obl:arg") and lemma in lex.portfolio_taken:
                holder = self._subject_person(verb)
            if holder is None:
                continue
            out.append(self._post_role(holder, text, title, tok.i, end))
        return out

    def _post_role(self, holder: tuple[Entity, int, int], text: str, title: str, first: int,
                   end: int) -> Role:
        """A government post handed out, from its first token to its end token and the holder's
        mention, wherever it stands."""
        lo, hi = min(holder[1], first), max(holder[2], end)
        return Role(person=holder[0], role=" ".join(text.lower().split()), title=title, of=None, of_name=None,
                    status=None, start=self.doc[lo].idx, end=self.ends[hi - 1], mentions=[], explicit=True,
                    gender=None)

    def _given_to(self, verb: Token) -> tuple[Entity, int, int] | None:
        """The person a post is given to: the first one named in the "à" complement after the
        verb ("le ministère revient à X", "la Santé est confiée à Y")."""
        for c in verb.children:
            if c.i > verb.i and c.dep_ in ("obl:arg", "obl", "iobj", "obl:mod") \
                    and any(x.lower_ in ("à", "au", "aux") for x in c.children):
                people = self.idx.in_subtree(c, PERSON)
                if people:
                    return people[0]
        return None

    def _bare_portfolio(self, tok: Token) -> Role | None:
        """A government post named by its domain alone, with a capital, in a story about a
        government: "X reçoit la Défense", "Y hérite de l'Intérieur", "la Santé est confiée à Z"
        (the minister of that domain). Not a domain followed by its own complement ("la Légion
        d'honneur", "la Coupe de France"), nor a person or a place."""
        doc, lex, idx = self.doc, self.lex, self.idx
        if not (tok.is_title and tok.is_alpha and tok.pos_ in ("NOUN", "PROPN") and tok.i > 1
                and doc[tok.i - 1].lower_ in DEF_DETS | {"du", "des"}):
            return None  # (before tok.sent, which spaCy finds by a scan)
        sent = tok.sent
        if tok.i <= sent.start + 1 \
                or idx.at(tok.i, PERSON) is not None \
                or (tok.pos_ == "PROPN" and idx.at(tok.i, ("place",)) is not None) \
                or tok.lower_ in lex.org_nouns | lex.state_nouns | lex.place_nouns:
            return None  # ("la Santé" the model took for a place is a common noun; not "la Présidence")
        end = tok.i + 1
        while end < len(doc):
            t = doc[end]
            if t.is_lower and t.pos_ == "ADJ":
                end += 1  # "la Marine marchande", "les Affaires étrangères"
            elif t.lower_ == "et" and end + 2 < len(doc) and doc[end + 1].lower_ in DEF_DETS \
                    and doc[end + 2].is_title and doc[end + 2].pos_ in ("NOUN", "PROPN"):
                end += 3  # "l'Économie et les Finances"
            else:
                break
        if end < len(doc) and (doc[end].lower_ in DE or doc[end].is_title):
            return None
        det = doc[tok.i - 1]
        lo = tok.i - 1
        verb = doc[lo - 1] if lo - 1 >= sent.start else None
        if verb is not None and verb.lower_ in DE_FORMS and det.lower_ in DEF_DETS:
            verb = doc[lo - 2] if lo - 2 >= sent.start else None  # "hérite de la Justice"
        holder: tuple[Entity, int, int] | None = None
        if verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in lex.portfolio_taken:
            holder = self._subject_person(verb)
        elif tok.dep_ in ("nsubj", "nsubj:pass") and tok.head.lemma_.lower() in lex.portfolio_given:
            holder = self._given_to(tok.head)
        if holder is None:
            return None
        prev = doc[sent.start - 1].sent if sent.start > 0 else sent
        if not any(t.lemma_.lower() in GOVERNMENT_WORDS or t.lower_ in GOVERNMENT_WORDS
                   for t in doc[prev.start : sent.end]):
            return None  # (read last: the scan of two sentences is the dearest test)
        elided = det.text.endswith(("'", "’"))
        article = {"le": "du ", "les": "des ", "du": "du ", "des": "des "}.get(
            det.lower_, "de " + det.text + ("" if elided else " "))
        domain = self.text[tok.idx : self.ends[end - 1]]
        return self._post_role(holder, "ministre " + article + domain, "ministre", tok.i - 1, end)

    def _derived(self, person: Entity, forms: tuple[str, str], of: Entity | None, status: str | None,
                 lo: int, hi: int) -> Role:
        doc = self.doc
        gender = person_gender(person)
        title = forms[1] if gender == "f" else forms[0]
        return Role(person=person, role=title, title=forms[0], of=of, of_name=None, status=status,
                    start=doc[lo].idx, end=doc[hi - 1].idx + len(doc[hi - 1]), mentions=[], explicit=False,
                    gender=gender, forms=forms)


def _nationality_noun_before(doc: Doc, r: Role, lex: Lexicon) -> str | None:
    """The state a capitalized noun of nationality names right before the holder's name in the
    role's evidence ("Le Britannique X, Premier ministre"), else None."""
    for m in r.person.mentions:
        if not (r.start <= m.start < r.end):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.start < 2:
            continue
        noun, det = doc[span.start - 1], doc[span.start - 2]
        if noun.is_title and noun.is_alpha and det.lower_ in ("le", "la", "l'", "l’") \
                and noun.lower_ in lex.nationalities:
            return lex.nationalities[noun.lower_]
    return None


def _gentile_stem(word: str, lex: Lexicon) -> str | None:
    """The stem of a gentilé before its suffix, the same for all its forms ("angevin",
    "angevine", "angevines" -> "angev"), None for a word with no gentilé's suffix."""
    low = fold(word.lower())
    if len(low) < 5 or not low.isalpha():
        return None
    for suffix in lex.demonym_suffixes:
        end = fold(suffix)
        if low.endswith(end) and len(low) - len(end) >= 3:
            return low[: -len(end)]
    return None


def _gentile_club(reader: RoleReader, tok: Token) -> Entity | None:
    """The one club a gentilé names, as a plural noun of its people ("les Malcourtois") or as an
    adjective ("les buts angevins"): the club whose name holds its town ("AS Malcourt") or
    the adjective itself ("Stade angevin"). None for a nationality, a named entity, or a
    word that fits no club or several."""
    lex = reader.lex
    low = tok.lower_.replace("’", "'")
    if not low.isalpha() or low in lex.nationalities or reader.idx.at(tok.i) is not None:
        return None
    if tok.pos_ == "ADJ" and not tok.is_lower:
        return None
    return _gentile_forms_club(reader, low)


def _gentile_forms_club(reader: RoleReader, low: str) -> Entity | None:
    """The one club the gentilé `low` (then, plural, its singular) fits: one named after it
    (RoleReader.gentile_clubs) or after its town (RoleReader._demonym_hits); None for a
    nationality, a `not_demonyms` word, or a form that fits no club or several."""
    lex = reader.lex
    for form in (low, low[:-1]) if low.endswith("s") else (low,):
        if form in lex.nationalities or form in lex.not_demonyms:
            return None
        _, hits = reader._demonym_hits(form)
        towns = [e for e, org in hits if org and e.type == "organization"]
        clubs = list({id(e): e for e in reader.gentile_clubs(form) + towns}.values())
        if len(clubs) == 1:
            return clubs[0]
    return None


def _phrase_head(tok: Token) -> Token:
    """The noun a phrase ending at `tok` is built on: "le foyer rural" -> "foyer", "la maison
    de retraite" -> "maison" (up its adjectives and noun complements, leftwards only)."""
    while tok.dep_ in ("amod", "nmod", "flat:name", "fixed") and tok.head.i < tok.i \
            and tok.head.pos_ in ("NOUN", "PROPN", "ADJ"):
        tok = tok.head
    return tok


def _share_body(chain: list[Phrase]) -> Phrase:
    """"président et trésorière de Z": the body the last title names is every title's that
    names none. The last phrase."""
    last = chain[-1]
    lex = lexicon()
    for p in chain[:-1]:
        if p.of is None and p.of_name is None and not p.complement \
                and not _own_commune(p.title, lex, last.of):
            p.of, p.of_name = last.of, last.of_name
    return last


def _own_commune(title: str, lex: Lexicon, body: Entity | None = None) -> bool:
    """"conseiller municipal et vice-président du syndicat des eaux", "maire et président de la
    communauté de communes": a municipal office names its body itself (the commune), so it
    never takes the body of the title coordinated after it. A bare "adjoint" may be anyone's,
    but not an organization's that a title coordinated after it names ("premier adjoint et
    président de l'office HLM", "adjointe et présidente du comité des fêtes": the mayor's
    deputy, in the commune; an association's deputy is its "secrétaire adjoint")."""
    base = _base_title(title, lex)
    return base in lex.local_titles \
        and (base != "adjoint" or (body is not None and body.type == "organization"))


@cache
def _rank_heads() -> frozenset[str]:
    """The first words of the ranks (folded, before a hyphen): a cheap filter for _rank_at."""
    return frozenset(r.split()[0].split("-")[0] for r in lexicon().ranks)


@cache
def _periphrases() -> frozenset[str]:
    """Titles the press writes for the holder of another ("le technicien" for a coach;
    models/quotes.json 'periphrases'), folded."""
    return frozenset(fold(k) for k in load_json("quotes.json")["periphrases"])


@cache
def _standing() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Qualifiers after a title that say its holder is leaving it ("sortant"), and those that
    say he holds it until someone is chosen ("par intérim"), folded."""
    q = load_json("roles/qualifiers.json")
    return tuple(fold(w) for w in q["standing"]), tuple(fold(w) for w in q["interim"])


def _interim(role: str) -> bool:
    """Whether a role's text says it is held until someone is chosen ("président par intérim")."""
    words = f" {fold(role)} "
    return any(f" {q} " in words for q in _standing()[1])


@cache
def _time_span() -> tuple[frozenset[str], frozenset[str]]:
    t = load_json("roles/qualifiers.json")["time_span"]
    return frozenset(t["openers"]), frozenset(t["words"])


@cache
def _span_glue() -> frozenset[str]:
    """The prepositions that join the dates of a span of office ("de 1959 à 1977", "jusqu'en
    1990") and the openers of a time span (qualifiers.json 'time_span')."""
    return frozenset(DE | {"d’", "à", "au", "en", "entre", "jusqu'", "jusqu’", "jusqu'en", "jusqu’en"}
                     | _time_span()[0])


@cache
def _months() -> frozenset[str]:
    return frozenset(load_json("calendar.json")["months"])


def _the_one(entities: Iterable[Entity]) -> Entity | None:
    """The one entity among these (named any number of times), None when none or several."""
    found = {id(e): e for e in entities}
    return next(iter(found.values())) if len(found) == 1 else None


def _quoted(tok: Token) -> bool:
    """A token inside a quotation of its sentence: an odd number of straight quotes, or a
    « not yet closed, before it; or after it, a quotation closed that its sentence did not
    open (the parser may start the sentence after the opening mark)."""
    sent = tok.sent
    before, after = sent[: tok.i - sent.start], sent[tok.i - sent.start + 1 :]
    opened = sum(t.text.count("«") for t in before) - sum(t.text.count("»") for t in before)
    closed = sum(t.text.count("»") for t in after) - sum(t.text.count("«") for t in after)
    return sum(t.text.count('"') for t in before) % 2 == 1 or opened > 0 or closed > 0 \
        or sum(t.text.count('"') for t in after) % 2 == 1


def _ordinal(word: str) -> bool:
    """"1re", "2e", "3ème", "21e": an ordinal written in digits."""
    digits = word.rstrip("eèmrs")
    return digits.isdigit() and word[len(digits) :] in ORDINAL_ENDINGS


def _town_key(name: str) -> str:
    """A place's name folded for matching its gentilé: no article, no spaces or hyphens
    ("Le Havre" -> havre, "Châtel-sur-Moselle" -> chatelsurmoselle)."""
    words = fold(name).split()
    if len(words) > 1 and words[0] in ("le", "la", "les", "l"):
        words = words[1:]
    return "".join(words)


def _shop_nouns(trade: str) -> frozenset[str]:
    """The nouns of the shop a trade keeps ("boulanger" -> boulangerie, "épicier" -> épicerie,
    "libraire" -> librairie, "imprimeur" -> imprimerie, "pharmacien" -> pharmacie)."""
    t = trade.lower()
    out = {t + "ie"}
    if t.endswith("ier"):
        out.add(t[:-3] + "erie")  # épicier, pâtissier, charcutier, menuisier
    if t.endswith("e"):
        out.add(t[:-1] + "ie")  # libraire
    if t.endswith("eur"):
        out.add(t[:-3] + "erie")  # imprimeur, brasseur
    if t.endswith("ien"):
        out.add(t[:-3] + "ie")  # pharmacien
    return frozenset(out)


def _singular_title(plural: str) -> str:
    """A plural title in the singular: "généraux" -> "général", "maires" -> "maire"."""
    return plural[:-3] + "al" if plural.endswith("aux") else plural[:-1]


def _singular(adjective: str) -> str:
    """The singular of a plural adjective ("fédéraux" -> "fédéral", "techniques" -> "technique")."""
    if adjective.endswith("eaux"):
        return adjective[:-1]  # "nouveaux": nouveau
    if adjective.endswith("aux"):
        return adjective[:-3] + "al"
    if adjective.endswith("s") and not adjective.endswith("ss"):
        return adjective[:-1]
    return adjective


def person_gender(person: Entity) -> str | None:
    """"f"/"m" from the person's civility or a gendered title already read, else from the
    given name the full name opens with (models/names), else None."""
    civ = str(person.attrs.get("civility") or "").lower().rstrip(".")
    if civ in ("mme", "madame", "mlle", "mademoiselle", "dre"):
        return "f"
    if civ in ("m", "monsieur", "mm"):
        return "m"
    return person.attrs.get("_gender") or given_name_gender(person.name)


def _agrees(person: Entity, feminine: bool) -> bool:
    """Whether a feminine (or masculine) word may stand for the person: their gender is
    unknown or the same."""
    known = person_gender(person)
    return known is None or known == ("f" if feminine else "m")


def _same_family(a: Role, b: Role) -> bool:
    return _title_family(a.title, b.title)


def _title_family(a: str, b: str) -> bool:
    """Whether two titles are one, or one extends the other ("président", "président délégué")."""
    ta, tb = fold(a), fold(b)
    return ta == tb or ta.startswith(tb + " ") or tb.startswith(ta + " ")


def _related(held: str, title: str) -> bool:
    """A title held and a title written later for the same office: the same title, one
    extending the other, or one part of a compound ("député-maire" and "maire")."""
    a, b = fold(held), fold(title)  # fold turns hyphens into spaces
    if a.startswith(b + " ") and a[len(b) + 1 :].split()[0] in ADJUNCTS:
        return False  # "maire-adjoint", "maire délégué" is not the mayor
    return a == b or a.startswith(b + " ") or b.startswith(a + " ") \
        or ("-" in held and b in fold(held.replace("-", " ")).split())


def _compatible(r: Role, ph: Phrase) -> bool:
    """Whether a title read again says the same office as a role already read: no other
    organization, place or country."""
    if ph.of is not None and r.of is not None and ph.of is not r.of:
        return False
    if _named_apart(r, ph):
        return False
    return ph.of_name is None or r.of_name is None or fold(ph.of_name) == fold(r.of_name)


def _named_apart(r: Role, ph: Phrase) -> bool:
    """Whether a role held and a title written later name their bodies in two ways (one an
    entity, the other a name only, as a nationality gives it) that share nothing: "le
    sélectionneur chilien X ... le sélectionneur des Pays-Bas" is another office;
    "... le sélectionneur du Chili" may be his."""
    if (ph.of is None) == (r.of is None):
        return False
    body, name = (ph.of, r.of_name) if ph.of is not None else (r.of, ph.of_name)
    if body is None or not body.name or not name:
        return False
    fa, fb = fold(body.name), fold(name)
    return fa not in fb and fb not in fa


def _other_term(r: Role, ph: Phrase, entering: Callable[[Role], bool]) -> bool:
    """Whether a title written later with a status names another holder of the same office
    than a role already read: the one who is taking an office ("le nouveau maire", "élu
    maire", "X succède à Y") and the one who is leaving it ("le maire sortant") are two
    people, whatever their order in the text ("la liste de X a devancé celle du maire
    sortant, Y. La nouvelle maire ..."; "X a été élu maire. Il succède à Y ... Le maire
    sortant ..."). A holder named with no status ("le président X ... le président
    sortant") is no other term: he may be the one leaving. `entering(r)`: whether r was
    read where its holder takes the office (RoleReader._entering), asked only when the title
    is the outgoing one's and nothing cheaper decides."""
    if ph.status not in ("outgoing", "incoming"):
        return False
    if not _related(r.title, ph.title) or _other_office(r, ph) or any(h in fold(r.role) for h in HONORARY):
        return False  # (an honorary title is no term in the office: "président d'honneur")
    if ph.status == "outgoing":
        return r.status == "incoming" or r.predecessor is not None or entering(r)
    return ph.status == "incoming" and r.status == "outgoing"


def _other_office(r: Role, ph: Phrase) -> bool:
    """Whether a title written later names another office than a related role already held:
    another place, or another organization ("la députée-maire de Vesoul ... le maire de Luxeuil").
    A party beside a commune is no conflict ("le député-maire UDF X ... le maire de Toulouse")."""
    if ph.of is not None and r.of is not None:
        return ph.of is not r.of and ph.of.type == r.of.type
    if _named_apart(r, ph):
        return True
    return ph.of_name is not None and r.of_name is not None and fold(ph.of_name) != fold(r.of_name)


HONORARY = ("d'honneur", "d honneur", "honoraire")  # folded


def _extends(longer: str, shorter: str) -> bool:
    """Whether a title is a fuller form of another ("député-maire de Y" of "député"); an
    honorary title is another one ("président" then "président d'honneur" when he steps down).
    Both are folded (no hyphen, no "’")."""
    return longer.startswith(shorter) and longer[len(shorter) : len(shorter) + 1] == " " \
        and not longer[len(shorter) + 1 :].startswith(HONORARY)


def _duty_of_rank(r: Role, kept: list[Role], lex: Lexicon) -> Role | None:
    """"Le capitaine X, qui dirigeait les opérations", "le juge Y, qui présidait la chambre",
    "le commissaire Z, qui dirige le commissariat": a head's title a verb gives (diriger,
    présider) to one the same phrase names by a rank or a seat on the bench is the duty of
    that rank, not another office; the explicit title of the same phrase (its evidence
    overlapping) that is a rank (titles.json ranks) or a bench title."""
    if not r.by_verb or r.forms is None or fold(r.forms[0]) not in lex.head_titles:
        return None
    duty = lex.ranks | _bench_words()[0]
    return next((x for x in kept if x.person is r.person and fold(x.title) in duty
                 and x.start < r.end and r.start < x.end), None)


def _promoted(longer: Role, shorter: Role, lex: Lexicon) -> bool:
    """"Le sergent X a été promu sergent-chef", "l'adjudant Y passe adjudant-chef": two ranks of
    a uniformed body (titles.json 'ranks'), the second the grade above the first, are two
    ranks held in turn, not one title and its fuller form: the lower rank written first (the
    higher one first, then the lower, is the same rank shortened: "le caporal-chef X ... le
    caporal X")."""
    a, b = fold(longer.title), fold(shorter.title)
    return a != b and a in lex.ranks and b in lex.ranks and " de " not in a and shorter.start < longer.start


def merge_roles(roles: list[Role]) -> list[Role]:
    """One entry per (person, role): duplicates merged, derived roles dropped when explicit."""
    lex = lexicon()
    for r in roles:
        if r.explicit and r.gender:
            r.person.attrs.setdefault("_gender", r.gender)
    explicit = [r for r in roles if r.explicit]
    derived = [r for r in roles if not r.explicit]
    out: list[Role] = []
    seen: dict[tuple[int, str], Role] = {}
    for r in sorted(explicit, key=lambda r: r.start):
        # "Président : X ... X, le nouveau président": one role
        key = (id(r.person), fold(r.role).removeprefix("nouveau ").removeprefix("nouvelle "))
        # "le député X" then "X, député-maire de Y": one role, the fuller title; not the
        # office held until a vote and the one the vote gave ("X a été élu président ... le
        # président par intérim"): two roles
        longer = [x for x in explicit if x.person is r.person and x is not r
                  and _extends(fold(x.role), fold(r.role)) and not _promoted(x, r, lex)
                  and not (_interim(x.role) and r.status in ("current", "incoming"))]
        if longer:
            target = longer[0]
            target.mentions.extend(r.mentions)
            if target.of is None and target.of_name is None:
                target.of, target.of_name = r.of, r.of_name
            target.status = target.status or r.status
            continue
        if key in seen:
            first = seen[key]
            first.mentions.extend(r.mentions)
            if first.of is None and first.of_name is None:
                first.of, first.of_name = r.of, r.of_name
            first.status = first.status or r.status
            continue
        seen[key] = r
        out.append(r)
    for r in sorted(derived, key=lambda r: r.start):
        if r.forms and person_gender(r.person) == "f":
            r.role = r.forms[1]  # "la présidente X ... X dirige": directrice
        rank = _duty_of_rank(r, out, lex)
        if rank is not None:
            if rank.of is None and rank.of_name is None and not rank.complement:
                rank.of = r.of  # "le commandant X, qui dirige la compagnie de Y"
            continue
        same = [x for x in out if x.person is r.person and _same_family(x, r)]
        if same:
            for x in same:
                if x.of is None and x.of_name is None and not x.complement:
                    x.of = r.of
                x.status = x.status or r.status
            continue
        out.append(r)
    return out


def _org_before(doc: Doc, idx: EntityIndex, r: Role) -> Entity | None:
    """"L'entreprise Renault, dont le directeur général ...": the organization named just before
    the role in its sentence."""
    at = (r.mentions[0][0] if r.mentions else r.start)
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return None
    sent = span[0].sent
    orgs = idx.in_span(sent.start, span.start, ("organization",))
    if not orgs or idx.in_span(orgs[-1][2], span.start, PERSON):
        return None
    if orgs[-1][2] < span.start - 5 and any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start : span.start]):
        return None  # farther back, only in a phrase fronted to the title's clause: "Au siège
    return orgs[-1][0]  # du PS, à Paris, le premier secrétaire, X": no verb before the title


# the verbs of "X est / reste / se trouve à la tête de B" ("reste", "demeure": the lemmatizer's)
HEAD_VERBS = frozenset({"être", "rester", "demeurer", "trouver", "maintenir"} | MISREAD_COPULAS)


def _heads_of(doc: Doc, idx: EntityIndex, reader: RoleReader, roles: list[Role], lex: Lexicon) -> None:
    """"X est / reste / se trouve à la tête de B", "X, à la tête de B depuis 2010, ...": the
    title of one who heads a body ("président", "directrice"), that X holds with no body of its
    own elsewhere in the text, is held in B ("à la tête de" is no title of its own)."""
    bare = [r for r in roles if r.of is None and r.of_name is None and not r.complement
            and r.predecessor is None and fold(r.title) in lex.head_titles]
    if not bare:
        return  # the common case: no head title left without its body
    for tok in doc:
        if tok.lower_ != "tête" or tok.i < 2 or doc[tok.i - 1].lower_ != "la" or doc[tok.i - 2].lower_ != "à":
            continue
        named, _ = reader._noun_body(tok.i + 1)  # "de la société X", "du club Y"
        if named is None or named.type != "organization":
            found = next((b for c in tok.children if c.dep_ == "nmod" and c.i > tok.i
                          and any(g.dep_ == "case" and g.lower_ in DE for g in c.children)
                          for b in idx.in_subtree(c, ("organization",))), None)
            named = found[0] if found is not None else None
        if named is None:
            continue
        holder: tuple[Entity, int, int] | None = None
        verb = tok if any(c.dep_ == "cop" for c in tok.children) else tok.head
        if verb is tok or (verb.lemma_.lower() in HEAD_VERBS and tok.dep_ in ("obl:arg", "obl:mod", "obl")
                           and verb.i < tok.i):
            # (the parser may hang the subject on the copula: "Elle est à la tête de B")
            heads = [verb, *(c for c in tok.children if c.dep_ == "cop")] if verb is tok else [verb]
            subj = next((c for h in heads for c in h.children if c.dep_ in ("nsubj", "expl:subj")), None)
            if subj is not None and subj.pos_ == "PRON" and subj.lower_ in ("il", "elle"):
                holder = reader._pronoun_antecedent(subj)
            elif subj is not None:
                holder = idx.at(subj.i, PERSON)
        elif tok.i >= 3 and doc[tok.i - 3].text == ",":
            holder = idx.ending_at(tok.i - 3, PERSON)  # "X, à la tête de B depuis 2010, ..."
        if holder is None:
            continue
        for r in bare:
            if r.person is holder[0] and r.of is None:
                r.of = named


def _agent_titles(roles: list[Role], lex: Lexicon) -> list[Role]:
    """"La Ligue de tennis de table avait été représentée par Mme X, trésorière": the title in
    apposition to the agent of a passive role verb, naming no body of its own, is held in the
    body the verb gives (its subject), when it is an office of a body (not "présidée par X,
    pharmacienne"); a representative at an event who holds a title there
    is that title's holder, not a "représentant" besides."""
    drop: set[int] = set()
    for d in roles:
        if d.explicit or d.forms is None or d.of is None:
            continue
        titled = [r for r in roles if r.person is d.person and r.explicit and r.of is None
                  and r.of_name is None and not r.complement and not r.domain and d.start <= r.start <= d.end
                  and (r.title in lex.office or r.title in lex.head_offices)]  # not "pharmacienne"
        for r in titled:
            r.of = d.of
        if titled and d.forms[0] == "représentant":
            drop.add(id(d))
    return [r for r in roles if id(r) not in drop]


def _coordinated_body(doc: Doc, idx: EntityIndex, body: Entity) -> bool:
    """Whether a body is named coordinated with another organization ("le Stade brestois et
    l'EA Guingamp", "Guingamp et Brest") somewhere in the text."""
    for m in body.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        j = span.end
        if j + 1 < len(doc) and doc[j].lower_ == "et":
            k = j + 1 + (doc[j + 1].lower_ in ANY_DETS)
            if k < len(doc) and idx.starting_at(k, ("organization",)) is not None:
                return True
        i = span.start - 1
        if i >= 1 and (doc[i].lower_ in ANY_DETS):
            i -= 1
        if i >= 1 and doc[i].lower_ == "et" and idx.ending_at(i, ("organization",)) is not None:
            return True
    return False


PARTY_HEADS = frozenset({"parti", "alliance", "rassemblement", "front"})


def _party(e: Entity, lex: Lexicon) -> bool:
    """Whether an organization is a political party: its name opens with a party's head noun
    ("Parti populaire", "Rassemblement pour la ..."), holds a political family's adjective, or is
    (or is written as) a party's acronym."""
    if e.type != "organization":
        return False
    words = fold(e.name).replace("'", " ").split()  # (fold writes "’" as "'")
    return bool(words) and (words[0] in PARTY_HEADS or any(w in lex.folded_political for w in words)
                            or any(m.text in lex.party_acronyms for m in e.mentions)
                            or e.name in lex.party_acronyms)


@dataclass(frozen=True)
class Affiliations:
    """models/roles/titles.json's `affiliations`."""

    union_acronyms: frozenset[str]
    union_heads: tuple[str, ...]  # folded first words of union names
    management_titles: frozenset[str]  # folded
    elected_seats: frozenset[str]  # folded titles of an elected seat
    constituency_heads: frozenset[str]


@cache
def _affiliations() -> Affiliations:
    a = load_json("roles/titles.json")["affiliations"]
    return Affiliations(frozenset(a["union_acronyms"]), tuple(a["union_heads"]),
                        frozenset(a["management_titles"]), frozenset(a["elected_seats"]),
                        frozenset(a["constituency_heads"]))


def _union(e: Entity) -> bool:
    """Whether an organization is a trade union: a union's acronym, or a name opened by a
    union's noun ("syndicat", "intersyndicale") or name ("Force ouvrière")."""
    aff = _affiliations()
    acronyms, heads = aff.union_acronyms, aff.union_heads
    if e.type != "organization":
        return False
    name = fold(e.name)
    return e.name in acronyms or any(m.text in acronyms for m in e.mentions) \
        or any(name == h or name.startswith(h + " ") for h in heads)


def _elected_seat(r: Role) -> bool:
    """Whether the title is an elected seat of a constituency ("conseiller général")."""
    seats = _affiliations().elected_seats
    role = fold(r.role)
    return fold(r.title) in seats or any(role == s or role.startswith(s + " ") for s in seats)


def _affiliation_body(r: Role, lex: Lexicon) -> bool:
    """Whether the role's body is one its holder only sides with: a union for a title of a
    firm's management ("le directeur, X" beside "à l'appel de la CGT"), a party or a union
    for an elected seat ("le conseiller général UDF X")."""
    if r.of is None:
        return False
    managers = _affiliations().management_titles
    if fold(r.title) in managers or fold(r.role) in managers:
        return _union(r.of)
    return (_elected_seat(r) or _municipal_seat(r, lex)) and (_party(r.of, lex) or _union(r.of))


def _municipal_seat(r: Role, lex: Lexicon) -> bool:
    """Whether the title is a commune's office alone ("X, conseiller communal UDC", "la
    conseillère municipale PS Y", "bourgmestre MR"): a party beside it is its holder's side.
    Not a mayor who also sits in Parliament ("le député-maire UDF X"): the party there is the
    parliamentary seat's, as it is beside "député"."""
    base = _base_title(r.title, lex)
    return base in lex.local_titles and not base.startswith(("député", "sénateur"))


def _body_in_title(text: str, r: Role) -> bool:
    """Whether the title names its body in its own complement ("le directeur de la CFDT")."""
    if r.of is None:
        return False
    ends = [end for _, end in r.mentions] or [r.end]
    return any(0 <= m.start - end <= 8 and re.fullmatch(r"\s*(?:de la|de l['’]|du|des|d['’])\s*",
                                                        text[end : m.start], re.IGNORECASE) is not None
               for m in r.of.mentions for end in ends) \
        or any(start <= m.start < end for m in r.of.mentions for start, end in r.mentions)


def _constituency_near(doc: Doc, idx: EntityIndex, r: Role) -> Entity | None:
    """The one constituency ("le canton de Thiaucourt") named in the title's sentence or the
    one before, for an elected seat whose title names none."""
    heads = _affiliations().constituency_heads
    span = doc.char_span(r.start, r.start + 1, alignment_mode="expand")
    if span is None:
        return None
    sent = span[0].sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    found: dict[int, Entity] = {}
    for t in doc[first : sent.end]:
        if t.lower_ not in heads:
            continue
        named = idx.starting_at(t.i, ("place",))
        if named is not None and fold(named[0].name).split(" ")[0] in heads:
            found[id(named[0])] = named[0]  # "le canton de Thiaucourt", one name
            continue
        k = t.i + 1
        while k < sent.end and k < t.i + 3 and doc[k].pos_ == "ADJ":
            k += 1  # "le canton voisin de Thiaucourt"
        town = idx.starting_at(k + 1, ("place",)) if k < sent.end and doc[k].lower_ in DE else None
        if town is not None:
            found[id(town[0])] = town[0]
    return next(iter(found.values())) if len(found) == 1 else None


def _stands_in(doc: Doc, r: Role) -> bool:
    """A representative's role read from the verb "représenter" ("qui représentait la
    municipalité") or from its participle before a direct object ("représentant l'évêque"),
    not from the noun with its complement ("représentant de l'évêque")."""
    if fold(r.title) != "representant":
        return False
    if not r.explicit:
        return True
    after = _title_span(doc, r)
    return after is not None and after.end < len(doc) and doc[after.end].lower_.replace("’", "'") in DEF_DETS


def _forces(e: Entity, lex: Lexicon) -> bool:
    """Whether an organization is a uniformed body by its name ("escadron de gendarmerie
    mobile de Murat", "caserne des pompiers de Volvic", "Sdis 15", "2e régiment de hussards")."""
    name = f" {fold(e.name)} "
    return any(f" {w} " in name for w in lex.forces_words)


def _forces_body(doc: Doc, idx: EntityIndex, r: Role, lex: Lexicon) -> Entity | None:
    """The uniformed body a rank is held in: the last one named before the rank in its
    sentence, else the first after it there, else the last one of the two sentences before
    (a quotation before an incise is often parsed as a sentence of its own)."""
    at = r.mentions[0][0] if r.mentions else r.start
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return None
    sent = span[0].sent
    lo = sent.start
    for _ in range(2):  # the sentence before, and one more when a quotation was cut in two
        lo = doc[lo - 1].sent.start if lo > 0 else lo
    hits = [h for h in idx.in_span(lo, sent.end, ("organization",)) if _forces(h[0], lex)]
    before = [h for h in hits if sent.start <= h[1] < span.start]
    after = [h for h in hits if h[1] >= span.start]
    earlier = [h for h in hits if h[1] < sent.start]
    hit = before[-1] if before else after[0] if after else earlier[-1] if earlier else None
    return hit[0] if hit is not None else None


def _subject_body(doc: Doc, reader: RoleReader, r: Role) -> Entity | None:
    """The organization the subject of the title's clause, or of the sentence before, names
    (see RoleReader.body_before); not a place."""
    at_char = r.mentions[0][0] if r.mentions else r.start  # a derived role: its evidence
    span = doc.char_span(at_char, at_char + 1, alignment_mode="expand")
    if span is None:
        return None
    at = span.start - (span.start > 0 and doc[span.start - 1].lower_ in ANY_DETS)
    # "la société d'aviculture a pris son essor avec la présidence de X": the clause's subject
    body = reader.body_before(at, clause=not r.explicit)
    return body if body is not None and body.type == "organization" else None


@cache
def _conceding() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """models/roles/verbs.json's `conceding`: (verbs, prepositions, words beside the title)."""
    c = load_json("roles/verbs.json")["conceding"]
    return frozenset(c["verbs"]), frozenset(c["preps"]), frozenset(c["words"])


# fronted words that name the side a sentence is about: "Côté anglais, ...", "Chez les Brévillois, ..."
SIDE_OPENERS = frozenset({"côté", "chez"})


def _side_named(doc: Doc, idx: EntityIndex, reader: RoleReader, tok: Token,
                lex: Lexicon) -> Entity | None:
    """The side a word names in a match report: a club's name; the plural name of a club's
    town's people or of a nation ("les Brévillois", "les Anglais") or its adjective after a
    fronted "Côté" ("Côté anglais"): the club whose name holds that town, the nation's place
    or side the text names."""
    hit = idx.at(tok.i, ("organization",))
    if hit is not None:
        e = hit[0]
        words = fold(e.name).split()
        # a club by its name, or a body of no other kind: not a league, a federation, a court
        # or a town hall that sanctions or honours a player ("La Ligue a suspendu le défenseur X")
        fields = not _no_team_kind(e) and not set(words) & lex.league_words \
            and bool(words) and words[0] not in lex.public_bodies and not news_source(doc, e, lex)
        return e if _club(e) or fields else None
    if idx.at(tok.i) is not None or tok.pos_ in ("PRON", "VERB", "AUX"):
        return None
    low = tok.lower_.replace("’", "'")
    country = lex.nationalities.get(low)
    if country is not None:  # a national side, named by its country
        e = idx.named(country)
        return e if e is not None and e.type in ORG_PLACE else None
    if not tok.text[:1].isupper() and doc[tok.i - 1].lower_ not in SIDE_OPENERS:
        return None
    return _gentile_forms_club(reader, low)


def _side_in_clause(doc: Doc, idx: EntityIndex, reader: RoleReader, r: Role,
                    lex: Lexicon) -> tuple[bool, Entity | None]:
    """"Le FC Sorlin a reçu l'AS Bréville. Les Brévillois ont ouvert le score par l'attaquant
    X", "Côté anglais, l'entraîneur Y savourait": in a match report, a team title with no body
    of its own is held in the side its clause is about, the club (or the club's town's people,
    or a nation whose side the text names) that is the subject of the verb the title's phrase
    hangs from, else the side a fronted "Côté ..."/"Chez les ..." names. When the clause sets
    the player against that side ("a encaissé un but de l'attaquant X", "malgré un doublé de
    X", "le gardien adverse": verbs.json `conceding`), he is of the other side, the other one
    of the two clubs the story names, else of none. Whether the clause decides, and the side."""
    at_char = r.mentions[0][0] if r.mentions else r.start
    span = doc.char_span(at_char, at_char + 1, alignment_mode="expand")
    if span is None:
        return False, None
    title = span.start + (doc[span.start].lower_ in ANY_DETS and span.start + 1 < len(doc))
    sent = doc[title].sent
    verbs, preps, words = _conceding()
    against = any(doc[k].lower_ in words for k in range(max(sent.start, title - 2), min(sent.end, title + 3)))
    side: Entity | None = None
    v = doc[title]
    hops = 0
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i and hops < 6:
        against = against or any(c.dep_ == "case" and c.lower_ in preps for c in v.children)
        v, hops = v.head, hops + 1
    if v.pos_ in ("VERB", "AUX") and v.i != title:
        against = against or v.lemma_.lower() in verbs
        # (not an article the parser made a second subject: "Le RC Loubière a ouvert")
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ != "DET"), None)
        if subj is None and v.dep_ == "conj":  # "Les Brévillois ont pressé et marqué par l'ailier X"
            subj = next((c for c in v.head.children if c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ != "DET"),
                        None)
        if subj is not None and not subj.left_edge.i <= title <= subj.right_edge.i:
            if idx.at(subj.i, PERSON) is not None:
                return False, None  # a person acting: "Paul Roy a marqué sur une passe de l'ailier X"
            side = _side_named(doc, idx, reader, subj, lex)
    if side is None:
        # "un doublé angevin inscrit par le pilier X": the gentilé of the noun the
        # title's phrase completes (through a participle) names the side of its club
        w, hops = doc[title], 0
        while w.head.i != w.i and hops < 4 and (w.head.pos_ in ("NOUN", "PROPN") or w.head.dep_ == "acl"):
            w, hops = w.head, hops + 1
            if w.pos_ == "NOUN":
                clubs = (_gentile_club(reader, c) for c in w.children
                         if c.dep_ == "amod" and c.is_lower and c.i != title)
                side = next((e for e in clubs if e is not None), None)
                if side is not None:
                    break
    if side is None and sent.end - sent.start > 3 and doc[sent.start].lower_ in SIDE_OPENERS \
            and sent.start + 2 < title:
        k = sent.start + 1 + (doc[sent.start + 1].lower_ in ("les", "le", "la", "l'", "l’"))
        side = _side_named(doc, idx, reader, doc[k], lex)
    if side is None:
        return False, None
    if against:
        clubs = [e for e in idx.entities if e.type == "organization" and _club(e)]
        other = [e for e in clubs if e is not side]
        return True, other[0] if len(clubs) == 2 and len(other) == 1 else None
    if _other_side(doc, r, side):
        return False, None
    return True, side


def _opening_body(doc: Doc, idx: EntityIndex, r: Role) -> Entity | None:
    """"L'association X a organisé sa fête samedi. La mairie a prêté la salle. Le président,
    Y, ...": the organization a story opens on, the subject of its first sentence that has
    one (a headline's too), when that sentence names no other organization; a story's
    people are of the body it is about unless their sentence says otherwise. Only before
    the title. Not for a possessive ("Sa coordinatrice, X"): its owner is the body or the
    person named just before, not the story's."""
    if _owner_det(doc, r) is not None:
        return None
    at = r.mentions[0][0] if r.mentions else r.start
    for sent in doc.sents:
        if sent.start_char >= at:
            return None
        subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubj:pass") and t.head.dep_ == "ROOT"), None)
        if subj is None:
            continue
        orgs = {id(h[0]): h[0] for h in idx.in_span(sent.start, sent.end, ("organization",))}
        # the subject's head or the name it introduces ("l'association Les Amis du Moulin")
        hit = idx.at(subj.i, ("organization",)) or next(
            iter(idx.in_span(subj.left_edge.i, subj.right_edge.i + 1, ("organization",))), None)
        if hit is None or len(orgs) != 1:
            return None
        return hit[0]
    return None


def _owner_det(doc: Doc, r: Role) -> int | None:
    """The token of the possessive right before the role's title ("son adjoint"), if any."""
    if not r.mentions:
        return None
    span = doc.char_span(r.mentions[0][0], r.mentions[0][0] + 1, alignment_mode="expand")
    if span is None or span.start == 0 or doc[span.start - 1].lower_ not in OWNER_DETS:
        return None
    return span.start - 1


def _voiced_owner(doc: Doc, reader: RoleReader, r: Role) -> tuple[bool, Entity | None]:
    """RoleReader.voiced_body for the possessive before the role's title, if any."""
    at = _owner_det(doc, r)
    return (False, None) if at is None else reader.voiced_body(at)


@cache
def _adversary() -> tuple[tuple[str, ...], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """models/roles/verbs.json's `adversary`: (prepositions, nouns that take the other side
    after "avec", verbs against their object, those and the nouns: what governs the other side
    after "avec", those and the verbs of meeting their object)."""
    a = load_json("roles/verbs.json")["adversary"]
    with_nouns, against = frozenset(a["with_nouns"]), frozenset(a["against_verbs"])
    return (tuple(sorted(a["preps"], key=len, reverse=True)), with_nouns, against,
            with_nouns | against, against | frozenset(a["meeting_verbs"]))


def _other_side(doc: Doc, r: Role, body: Entity) -> bool:
    """Whether a sentence that names the holder of a bare title names `body` as the other
    side of the holder's own clause: after "contre", "face à", "envers" ("a lancé une
    offensive contre le mouvement Y", "Face à l'union Y, le président X refuse"), after
    "avec" governed by a word of negotiating or fighting ("toute négociation avec Y",
    "négocier avec Y"), as what a verb of fighting or judging acts on ("combattre Y",
    "condamné par la cour Y", through a noun: "combattre les milices de Y"), as the direct
    object of a verb of meeting ("a reçu la fédération Y"); or the other way round, the body
    or its members the subject of a verb of meeting or opposing whose object is the holder
    ("une délégation de la CFDT a rencontré le directeur, X", "les représentants de Y ont
    interpellé le directeur"). The president of a body is not the one who negotiates with it,
    fights it, receives it, meets it or is judged by it."""
    preps, with_nouns, against, with_heads, facing = _adversary()
    own: set[int] = set()  # the sentences that name the holder, and the verbs he is the subject of
    verbs: set[int] = set()
    met: set[int] = set()  # the verbs of meeting or opposing he is the object of
    for m in r.person.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        own.add(span[0].sent.start)
        t = span.root
        for _ in range(4):  # "a rencontré le directeur, X, et la directrice, Y": apposition, coordination
            if t.dep_ in ("obj", "obl:agent") and t.head.lemma_.lower() in facing:
                met.add(t.head.i)
                break
            if t.dep_ not in ("appos", "conj", "flat:name") or t.head.i == t.i:
                break
            t = t.head
        t = span.root
        for _ in range(4):  # "le président X": the name in apposition to the subject
            if t.dep_ in ("nsubj", "nsubj:pass"):
                verbs.add(t.head.i)
                break
            if t.head.i == t.i:  # a parse that made the name its root: the first verb after it
                v = next((x for x in doc[span.end : span[0].sent.end] if x.pos_ == "VERB"), None)
                if v is not None:
                    verbs.add(v.i)
                break
            t = t.head
    if not verbs and not met:
        return False
    for m in body.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span[0].sent.start not in own:
            continue
        x = span.root
        for _ in range(3):  # "une délégation de la CFDT a rencontré le directeur X": its members meet him
            if x.dep_ in ("nsubj", "nsubj:pass") and x.head.i in met:
                return True
            if x.dep_ != "nmod" or x.head.i == x.i:
                break
            x = x.head
        k = span.start - (span.start > 0 and doc[span.start - 1].lower_ in ANY_DETS)
        before = doc[max(0, k - 4) : k].text.lower().replace("’", "'")
        x = span.root
        governor = x.head
        side = any(before.endswith(p) for p in preps) or (
            before.endswith("avec") and (governor.lemma_.lower() in with_heads
                                          or governor.lower_ in with_nouns))
        if not side and x.dep_ in ("obj", "obl:agent") and governor.lemma_.lower() in facing:
            side = True  # "combattre le front Y", "condamné par la cour Y", "a reçu la fédération Y"
        hops = 0
        while not side and x.dep_ == "nmod" and hops < 2:  # "combattre les milices du front Y"
            x, hops = x.head, hops + 1
            side = x.dep_ in ("obj", "obl:agent") and x.head.lemma_.lower() in against
        if not side:
            continue
        v = span.root
        while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
            v = v.head
        if v.i in verbs or any(a.i in verbs for a in v.ancestors):
            return True  # the holder's own clause ("a promis de combattre Y": under his verb)
    return False


# nouns of a state's power that are no kind of body: "le numéro deux du régime" is the
# state's ("du régime de retraite" stays a domain)
REGIME_NOUNS = frozenset({"régime"})
HEAD_OF_STATE_ROLES = frozenset({"president", "presidente", "president par interim",
                                 "presidente par interim"})


def _beside_head_of_state(doc: Doc, r: Role, body: Entity, lex: Lexicon) -> bool:
    """A bare "président" ("le président par intérim X") who is not the subject of his clause,
    named in a sentence that also names a parliament, a party, a movement or an international
    organization (models/roles/nationalities.json's `state_level_bodies`): that body acts on
    him or reports on him ("Le Sénat moldave a engagé une procédure contre le président X", "le
    projet soutenu par le président Y, selon les résultats publiés par le Mouvement Z"); he
    is a head of state, not its president. A president who speaks or acts ("Le président X a
    ouvert la séance") keeps the body of the story."""
    if fold(r.role) not in HEAD_OF_STATE_ROLES or r.domain or r.complement or body.type != "organization":
        return False
    name = fold(body.name)
    if not (_party(body, lex) or any(name == h or name.startswith(h + " ") for h in lex.state_level_bodies)) \
            or _club(body):
        return False
    sents: set[int] = set()
    for m in r.person.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        t = span.root
        for _ in range(4):  # "le président X": the name in apposition to the subject
            if t.dep_ in ("nsubj", "nsubj:pass") or t.head.i == t.i:
                return False  # his own clause's subject, or a parse that made him its root
            if t.dep_ not in ("appos", "flat:name", "conj"):
                break
            t = t.head
        sents.add(span[0].sent.start)
    for m in body.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span[0].sent.start in sents:
            return True
    return False


@cache
def _visit() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """models/roles/verbs.json's `visit`: (verbs of travel, of hosting, of escorting, nouns of
    visit)."""
    v = load_json("roles/verbs.json")["visit"]
    return (frozenset(v["travel_verbs"]), frozenset(v["host_verbs"]), frozenset(v["escort_verbs"]),
            frozenset(v["visit_nouns"]))


@cache
def _regime_bodies() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """(nouns of a state's government, openings of courts' names, folded seats of power)."""
    n = load_json("roles/nationalities.json")
    seats = load_json("organizations.json")["seats_of_power"]
    return (frozenset(n["regime_nouns"]), tuple(fold(x) for x in n["outside_bodies"]),
            frozenset(fold(x) for x in seats))


def _state_name(e: Entity, lex: Lexicon) -> str | None:
    """The state a place entity names ("la France", "Guinée-Bissau"), as document_country
    writes it; None for a town, a region or a body."""
    if e.type != "place":
        return None
    bare = _LEADING_ARTICLE.sub("", e.name)
    key = fold(bare)
    name = _folded_states().get(key)
    if name is not None:
        return name
    # a state with no nationality adjective in the lexicon ("Guinée-Bissau")
    return bare if gazetteer.place_kind(bare, ("country",)) is not None else None


@cache
def _folded_states() -> dict[str, str]:
    """The lexicon's states by their folded names."""
    return {fold(s): s for s in lexicon().states}


def _outside_body(e: Entity, lex: Lexicon) -> bool:
    """A body a head of state is seldom the president of: a party, a parliament, a movement, an
    international organization, a court, a seat of power ("le Kremlin")."""
    if e.type != "organization" or _club(e):
        return False
    _, courts, seats = _regime_bodies()
    name = fold(_LEADING_ARTICLE.sub("", e.name))
    return _party(e, lex) or name in seats or any(
        name == h or name.startswith(h + " ") for h in lex.state_level_bodies + courts)


def _placed_state(doc: Doc, idx: EntityIndex, r: Role, lex: Lexicon) -> tuple[str | None, bool]:
    """The state a bare "président" is placed in by his sentence: a state after "en", "au",
    "aux", "à", "dans" that is the place complement of his clause or of a clause his own
    depends on ("En Serbie, la présidente X a qualifié ...", "Il se rendra aux États-Unis, où
    il verra le président X", "Au Sénégal, il sera reçu par le président X"). Not
    when he is a guest there: the subject of a verb of travel ("le président X se rendra au
    Mali"), the object of a verb of hosting or escorting ("a reçu le président X en Chine"),
    one who goes with the traveller ("ira en Chine avec le président X"); as the subject of his
    own clause, only a state fronted before him places him ("Au Rwanda, le président X a
    salué", not "le président X a salué en Chine ..."). Returns (the state, whether the
    sentence names a state as a place that does not place him)."""
    travel, host, escort, visit_nouns = _visit()
    span = _title_span(doc, r)
    if span is None:
        return None, False
    sent = span[0].sent
    chain = [span.root]  # the title, up to the verb of its clause
    while chain[-1].pos_ not in ("VERB", "AUX") and chain[-1].head.i != chain[-1].i and len(chain) < 8:
        chain.append(chain[-1].head)
    own = chain[-1] if chain[-1].pos_ in ("VERB", "AUX") else None
    top = chain[-2] if own is not None and len(chain) > 1 else chain[-1]
    rel = top.dep_
    lemma = own.lemma_.lower() if own is not None else ""
    guest = own is not None and (
        (rel == "nsubj" and lemma in travel | escort)
        or (rel in ("obj", "nsubj:pass") and lemma in host | escort)
        or (rel.startswith("obl") and rel != "obl:agent" and lemma in travel | escort))

    def state_at(t: Token) -> str | None:
        hit = idx.at(t.i, ("place",))
        if hit is None or not sent.start <= hit[1] < sent.end:
            return None
        name = _state_name(hit[0], lex)
        k = hit[1]
        before = doc[k - 1].lower_ if k > sent.start else ""
        if before in ("la", "l'", "l’") and k - 1 > sent.start:
            before = doc[k - 2].lower_
        if name is None or before not in ("en", "au", "aux", "à", "dans"):
            return None
        if t.head.lemma_.lower() in visit_nouns:
            return None  # "en visite en Chine"
        return name

    placed: str | None = None
    other = False
    seen = {t.i for t in chain}
    # "En Côte d'Ivoire, le gouvernement du président X": the state the title hangs from
    for t in chain[1:-1] if own is not None else chain[1:]:
        name = state_at(t)
        if name is not None:
            if t.i < span.start and not guest:
                return name, other
            other = True
    v: Token | None = own
    while v is not None:
        for c in v.children:
            if c.i in seen or not c.dep_.startswith("obl"):
                continue
            name = state_at(c)
            if name is None:
                continue
            direct = v is own
            if guest or (direct and rel in ("nsubj", "nsubj:pass") and c.i > span.start):
                other = True
            elif placed is None:
                placed = name
        if placed is not None:
            return placed, other
        seen.update(t.i for t in v.children)
        if v.head.i == v.i or v.dep_ in ("conj", "parataxis"):
            break
        v = v.head
        seen.add(v.i)
        if state_at(v) is not None:  # "aux États-Unis, où il verra le président X"
            return (None, True) if guest else (state_at(v), other)
    return None, other


def _state_before_where(doc: Doc, idx: EntityIndex, r: Role, lex: Lexicon) -> str | None:
    """"Il se rendra en Chine, où il rencontrera le président X", "avant le voyage de Y aux
    États-Unis, où il doit voir le président X": the relative "où" right after a state named
    as a place ("en", "au", "aux", "à", "dans" before it) takes that state up, and the
    president its clause names there is that state's, however the parser attached the
    clause. Not when the title is the subject of a verb of travel in it ("au Mali, où le
    président X s'est rendu": a guest), nor with a second "où", a semicolon or a quotation
    between."""
    span = _title_span(doc, r)
    if span is None:
        return None
    sent = span[0].sent
    travel, _, escort, _ = _visit()
    k = span.start - 1
    while k > sent.start + 2 and span.start - k < 25 and doc[k].lower_ != "où" \
            and doc[k].text not in (";", "«", "»", "“", "”"):
        k -= 1
    if doc[k].lower_ != "où" or doc[k - 1].text != ",":
        return None
    hit = idx.ending_at(k - 1, ("place",))
    if hit is None or hit[1] <= sent.start:
        return None
    before = doc[hit[1] - 1].lower_
    if before in ("la", "l'", "l’") and hit[1] - 1 > sent.start:
        before = doc[hit[1] - 2].lower_
    if before not in ("en", "au", "aux", "à", "dans"):
        return None
    t = span.root
    while t.dep_ in ("appos", "flat:name") and t.head.i != t.i:
        t = t.head
    if t.dep_ in ("nsubj", "nsubj:pass") and t.head.lemma_.lower() in travel | escort:
        return None
    return _state_name(hit[0], lex)


@cache
def _tried_words() -> re.Pattern[str]:
    """The nouns of the one tried at a hearing ("le prévenu", "l'accusée"; quotes.json parties)."""
    nouns = load_json("quotes.json")["parties"]["tried"]["nouns"]
    return re.compile(r"\b(?:" + "|".join(map(re.escape, nouns)) + r")s?\b")


def _hearing_court(doc: Doc, entities: list[Entity], r: Role, lex: Lexicon) -> Entity | None:
    """"Jugé par le tribunal de X, le prévenu ... a interrogé le président, Y": in a court
    report (the text names one court, before the title, and the one tried: "le prévenu",
    "l'accusée"), a bare "président" or "présidente" is the judge who presides the hearing,
    the court's, not a club's or an association's the story also names."""
    if _base_title(r.title, lex) not in ("président", "présidente") or r.complement or r.domain:
        return None
    courts = [e for e in entities if e.type == "organization"
              and fold(e.name).split(" ")[0] in ("tribunal", "cour")]
    if len(courts) != 1 or not _named_before(courts[0], r) or _owner_det(doc, r) is not None:
        return None
    return courts[0] if _tried_words().search(doc.text.lower()) else None


def _named_before(body: Entity, r: Role) -> bool:
    """Whether the text names `body` before the role's title (its evidence, for a derived role)."""
    at = r.mentions[0][0] if r.mentions else r.start
    return any(m.start < at for m in body.mentions)


def _in_sentence(doc: Doc, r: Role, body: Entity) -> bool:
    """Whether the sentence of the role's title names `body`."""
    at = r.mentions[0][0] if r.mentions else r.start
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return True
    sent = span[0].sent
    lo, hi = sent[0].idx, sent[-1].idx + len(sent[-1])
    return any(lo <= m.start < hi for m in body.mentions)


def _regime_state(doc: Doc, r: Role, lex: Lexicon) -> tuple[bool, str | None]:
    """"le gouvernement du président X", "le régime de la présidente Y": whether the title is
    the complement of a noun of a state's government (he is a head of state), and the state
    a nationality adjective of that noun names ("le gouvernement ivoirien du président X")."""
    span = _title_span(doc, r)
    if span is None:
        return False, None
    t = span.root
    before = {x.lower_ for x in doc[max(0, span.start - 2) : span.start]}
    if t.dep_ != "nmod" or not before & {"de", "du", "d'", "d’"}:  # "du président", "de la présidente"
        return False, None
    noun = t.head
    if noun.lemma_.lower() not in _regime_bodies()[0] or noun.i > t.i:
        return False, None
    for c in noun.children:
        if c.dep_ == "amod" and c.is_lower and c.lower_ in lex.nationalities \
                and lex.nationalities[c.lower_] in lex.states:
            return True, lex.nationalities[c.lower_]
    return True, None


def _ownerless_subject(t: Token, reader: RoleReader) -> bool:
    """A subject that a possessive after it in its clause cannot take up for a title: a
    singular common noun of a thing or an event ("l'intérim", "la réunion", "la décision"),
    neither a title, a body's or a place's kind, nor a noun of people (lexicon owner_nouns),
    and naming no person, body or place in its phrase."""
    lex = reader.lex
    if t.pos_ != "NOUN" or not t.is_lower or "Plur" in t.morph.get("Number"):
        return False
    lemma = t.lemma_.lower()
    if {lemma, t.lower_} & (lex.org_nouns | lex.place_nouns | lex.team_nouns) \
            or fold(lemma) in lex.kind_bodies or lex.may_start_title(t.lower_) or lex.may_start_title(lemma) \
            or lemma in lex.owner_nouns or lemma in lex.member_bodies or fold(lemma) in lex.public_bodies:
        return False
    return not reader.idx.in_span(t.left_edge.i, t.right_edge.i + 1, ("person", *ORG_PLACE))


def _bare_names_before_root(sent: Span, reader: RoleReader) -> list[Token]:
    """"Arrivé en 2012, M. Tavel, 46 ans, avait signé ...": a sentence the parser gave no
    subject, whose one person is named before its main verb by a bare noun phrase (no
    preposition, not quoted): that name is the subject it missed."""
    root = sent.root
    people = reader.idx.in_span(sent.start, root.i, PERSON)
    if len({id(h[0]) for h in people}) != 1:
        return []
    tok = reader.doc[people[0][1]]
    while tok.dep_ == "flat:name" and tok.head.i < tok.i:
        tok = tok.head
    if tok.dep_ not in ("obl:mod", "nmod", "appos", "dep", "nsubj") or _quoted(tok) \
            or any(c.dep_ == "case" for c in tok.children) \
            or (tok.head.i != root.i and tok.head.dep_ != "advcl"):
        return []
    return [tok]


def _possessive_owner(doc: Doc, reader: RoleReader, r: Role) -> Entity | None:
    """"Marc Dévaux quitte le club. Son adjoint, X, assure l'intérim": the person a possessive
    before a title stands for, the subject of its clause or of the sentence before."""
    at = _owner_det(doc, r)
    if at is None:
        return None
    sent = doc[at].sent
    # "L'intérim sera géré par son adjoint, X": a thing or an event ("l'intérim", "la
    # réunion") owns no title; the possessive takes up the one the sentence before is about
    subjects = [t for t in doc[sent.start : at] if t.dep_ in ("nsubj", "nsubj:pass")
                and not _ownerless_subject(t, reader)]
    if not subjects and sent.start > 0:
        prev = doc[sent.start - 1].sent
        subjects = [t for t in prev if t.dep_ in ("nsubj", "nsubj:pass")] \
            or _bare_names_before_root(prev, reader)
    if not subjects:
        return None
    subj = subjects[-1]
    hit = reader.idx.at(subj.i, PERSON)
    if hit is None and subj.is_lower:  # "Le président du club, Yves Marchand, a annoncé ..."
        inner = reader.idx.in_subtree(subj, PERSON)
        hit = inner[0] if inner else None
    return hit[0] if hit is not None else None


def _owner_named_apart(doc: Doc, reader: RoleReader, r: Role, body: Entity) -> bool:
    """"Côté usagers, l'association Vélo-Cité dit suivre le dossier. « ... », affirme son
    président, X": a possessive before the title takes up the subject of its clause, else of
    the sentence before (RoleReader.owner_subject); when that subject is a name (capitalized,
    not a person's) whose phrase does not name `body`, the title is held in that named thing,
    which the entity layer may have missed, never in `body`, the story's one organization
    named elsewhere. A pronoun, a body named by its kind ("le club", read by _unnamed_owner)
    or a person (a relation of theirs) decides nothing here."""
    at = _owner_det(doc, r)
    if at is None:
        return False
    subj = reader.owner_subject(at)
    if subj is None or subj.pos_ in ("PRON", "DET") or not subj.text[:1].isupper() \
            or subj.i == doc[subj.i].sent.start:  # (a name the parser tagged as a verb: "Que Dire")
        return False
    idx = reader.idx
    lo, hi = subj.left_edge.i, subj.right_edge.i + 1
    if idx.at(subj.i, PERSON) is not None or idx.in_span(lo, hi, PERSON) \
            or reader._passive_agent_body(subj) is body:
        return False
    hit = idx.at(subj.i)
    return (hit is None or hit[0] is not body) \
        and all(h[0] is not body for h in idx.in_span(lo, hi, ORG_PLACE))


def _unnamed_owner(doc: Doc, reader: RoleReader, r: Role) -> tuple[bool, Entity | None]:
    """"Le club, fondé en 1920, a reçu l'aide de la banque X. Son entraîneur, Y": a possessive
    before the title stands for the subject of its clause or of the sentence before; when that
    subject is a body named by its kind alone ("le club", "l'association"), the title is held
    in that body: the one named before by a name holding the noun (RoleReader._antecedent),
    else none the text names, never another body of the sentence. (False, None) when the
    title has no possessive or its owner is no such noun."""
    at = _owner_det(doc, r)
    if at is None:
        return False, None
    sent = doc[at].sent

    def subjects_in(toks: Span) -> list[Token]:  # not a relative pronoun: "qui compte 120 membres"
        return [t for t in toks if t.dep_ in ("nsubj", "nsubj:pass") and not _quoted(t)
                and t.lower_ not in RELATIVE_PRONOUNS]

    subjects = subjects_in(doc[sent.start : at])
    if not subjects and sent.start > 0:
        subjects = subjects_in(doc[sent.start - 1].sent)
    if not subjects:
        return False, None
    subj = subjects[-1]
    if not subj.is_lower or subj.pos_ != "NOUN" or subj.lemma_.lower() not in reader.lex.org_nouns \
            or subj.i == 0 or doc[subj.i - 1].lower_ not in DEF_DETS \
            or reader.idx.at(subj.i, ("person", *ORG_PLACE)) is not None \
            or reader.idx.starting_at(subj.i + 1, ("organization",)) is not None \
            or reader.idx.in_span(subj.left_edge.i, subj.right_edge.i + 1, ("person", "organization")):
        # a named subject (its name right after its kind, "L'association Les Amis du Lavoir dit
        # ...", though the parser hung the name elsewhere), a person's, a pronoun: the other
        # steps read it
        return False, None
    if reader._passive_agent_body(subj) is not None:
        return False, None  # "La grève a été déclenchée par le syndicat X. Son secrétaire": X's
    if reader._organ_subject_body(subj) is not None:
        return False, None  # "La direction du collège ...": the body its complement names
    return True, reader._antecedent(subj.i, subj)


def _client_title_body(doc: Doc, reader: RoleReader, r: Role) -> Entity | None:
    """"Me X, avocat du prévenu, du barreau de Besançon, a plaidé ...": a title held for a
    client (lexicon for_clients), whose complement, if any, names the client, not a body; the
    body named between commas right after it is the one the holder belongs to (a bar, a
    practice, a hospital)."""
    if not r.mentions:
        return None
    span = doc.char_span(r.mentions[0][0], r.mentions[0][1], alignment_mode="expand")
    return reader.body_between_commas(span.end) if span is not None else None


def _fronted_body(doc: Doc, idx: EntityIndex, r: Role) -> Entity | None:
    """"Pour la CGT, Daniel Roy, délégué syndical, dénonce ...", "Chez Michelin, Anne Roux,
    ingénieure, ...": a body named at the head of the sentence, then a comma and the holder of
    a title that names no body of its own, who speaks or works for it."""
    span = doc.char_span(r.start, r.start + 1, alignment_mode="expand")
    if span is None:
        return None
    sent = span[0].sent
    first = sent[0]
    if first.lower_ not in ("pour", "chez", "côté") or len(sent) < 5:
        return None
    k = sent.start + 1 + (doc[sent.start + 1].lower_ in DEF_DETS | {"l’"})
    hit = idx.starting_at(k, ("organization",))
    if hit is None or hit[2] >= sent.end or doc[hit[2]].text != ",":
        return None
    k = hit[2] + 1
    while k < sent.end and doc[k].text in CIVILITIES:
        k += 1
    holder = idx.starting_at(k, PERSON)
    if holder is None or holder[0] is not r.person:
        return None
    return hit[0]


def _fronted_head_body(doc: Doc, idx: EntityIndex, r: Role, lex: Lexicon) -> Entity | None:
    """"Au sein de l'Institut Morvanel, le recteur X", "Chez Vasseur, la porte-parole Y",
    "La Banque de Morlaix, dont le gouverneur X": the body a head's or a voice's title
    ('fronted_heads' of titles.json) is held in when the title names none, the organization
    named last before it in its sentence, in a phrase fronted to the title's clause (no verb
    before the title, a comma right after the name) or before "dont"; nobody named between."""
    if r.title not in lex.fronted_heads or not r.mentions:
        return None
    span = doc.char_span(r.mentions[0][0], r.mentions[0][0] + 1, alignment_mode="expand")
    if span is None:
        return None
    at, sent = span.start, span[0].sent
    orgs = idx.in_span(sent.start, at, ("organization",))
    if not orgs:
        return None
    body, _, end = orgs[-1]
    if end >= at or doc[end].text != "," or idx.in_span(end, at, PERSON):
        return None
    between = doc[end + 1 : at]
    relative = len(between) >= 1 and between[0].lower_ == "dont"
    if any(t.lower_ not in ANY_DETS | {"l’", "dont"} and not (t.pos_ == "ADJ" and t.is_lower)
           for t in between):
        return None  # "Chez Vasseur, le nouveau porte-parole": an article, an adjective at most
    if relative:
        return body
    first = doc[sent.start]
    side = first.lower_ in FRONTED_SIDES or (first.lower_ == "du" and sent.start + 1 < len(doc)
                                             and doc[sent.start + 1].lower_ == "côté")
    if not side or idx.in_span(sent.start, end, PERSON) \
            or any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start : end]):
        return None  # "Vasseur a reçu, le gouverneur X", "En réponse au FMI, le gouverneur X": not his
    return body


def _title_body(entities: list[Entity], r: Role, lex: Lexicon) -> Entity | None:
    """"La Commission européenne a présenté son plan. La commissaire européenne chargée du commerce,
    X, ...": a title that names the very body it is held in ('title_bodies' of titles.json)
    is held there when the text names that body (once, under one of its names)."""
    role = fold(r.role)
    # the title, else the role as written ("la députée européenne", title "député"), else its
    # last words ("l'ancienne députée européenne")
    names = lex.title_bodies.get(fold(r.title)) or lex.title_bodies.get(role) or next(
        (v for k, v in lex.title_bodies.items() if role.endswith(" " + k)), None)
    if not names:
        return None
    for n in names:  # "le pape": the Église catholique the text names, else the Saint-Siège, else the Vatican
        hits = [e for e in entities if e.type in ORG_PLACE
                and (fold(e.name) == n or (e.type == "organization" and fold(e.name).startswith(n + " ")))]
        if hits:
            return _the_one(hits)
    return None


def _joined_body(doc: Doc, idx: EntityIndex, r: Role, lex: Lexicon) -> Entity | None:
    """"Entré à la SNCF en 1979 comme aiguilleur à Lunéville", "embauché chez Peugeot comme
    magasinier": a title after "comme" in a clause whose verb names the body the person joins
    or works in ("à", "chez", "dans", "par" and an organization before "comme", in the clause):
    the title is held in that body, not in the town after it."""
    if not r.mentions:
        return None
    span = doc.char_span(r.mentions[0][0], r.mentions[0][0] + 1, alignment_mode="expand")
    if span is None:
        return None
    k = span.start
    while k > span[0].sent.start and (doc[k - 1].lower_ in lex.before or doc[k - 1].lower_ in DEF_DETS):
        k -= 1  # "comme ancien conseiller"
    if k == 0 or doc[k - 1].lower_ != "comme":
        return None
    m = k - 2
    while m >= max(span[0].sent.start, k - 10):
        if doc[m].is_punct and doc[m].text not in ("-", "'", "’"):
            return None  # the clause ends: "comme" does not belong to that body's verb
        hit = idx.at(m, ("organization",))
        if hit is not None and hit[1] > 0 and doc[hit[1] - 1].lower_ in JOINED_PREPS | DEF_DETS:
            j = hit[1] - 1 if doc[hit[1] - 1].lower_ in JOINED_PREPS else hit[1] - 2
            if j >= 0 and (doc[j].lower_ in JOINED_PREPS or doc[j].lemma_.lower() in JOIN_VERBS):
                return hit[0]  # ("a rejoint l'US Thaon comme adjoint")
        m = hit[1] - 1 if hit is not None else m - 1
    return None


def _where_body(doc: Doc, idx: EntityIndex, r: Role) -> Entity | None:
    """The organization a relative clause opened by "où" hangs on, when the title is that
    clause's predicate and its holder the clause's subject: "a rejoint la société Pelmat, où
    elle est responsable des achats", "travaille à l'usine Morvalec, où son frère X est
    contremaître". Not a place ("vit à Toul, où il est médecin"): only a body."""
    if not r.mentions:
        return None
    span = doc.char_span(r.mentions[0][0], r.mentions[0][1], alignment_mode="expand")
    if span is None:
        return None
    x = span.root
    for _ in range(4):  # up from the title to the relative clause's head
        if any(c.lower_ == "où" for c in x.children) or x.head is x:
            break
        if x.dep_ not in ("xcomp", "obj", "nmod", "appos", "conj"):
            return None
        x = x.head
    where = next((c for c in x.children if c.lower_ == "où" and c.i < span.start), None)
    if where is None or not (x.i == span.root.i or span.root.head.i == x.i):
        return None  # the title is the clause's predicate or right under its verb
    # the body right before "où", a comma between ("l'usine Valmetal, où"; the parse may hang
    # the clause on the main verb rather than on the body)
    j = where.i - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    hit = idx.at(j, ("organization",)) if j >= 0 else None
    if hit is None or hit[2] != j + 1:
        return None
    subjects = [c for c in x.children if c.dep_.startswith("nsubj")]
    if len(subjects) != 1:
        return None
    subj = subjects[0]
    if subj.lower_ in ("il", "elle"):
        return hit[0] if any(m.start < doc[hit[1]].idx for m in r.person.mentions) else None
    held = doc[subj.left_edge.i : subj.right_edge.i + 1]
    if any(m.start >= held.start_char and m.end <= held.end_char for m in r.person.mentions):
        return hit[0]
    return None


_COUNCIL = re.compile(r"(?:conseil municipal|municipalité|mairie) (?:de |d'|d\u2019)(.+)$", re.IGNORECASE)


def _council_town(body: Entity) -> str | None:
    """The commune a municipal body is named after ("conseil municipal de Domèvre" ->
    "Domèvre"), else None."""
    if body.type != "organization":
        return None
    m = _COUNCIL.match(body.name)
    return m.group(1) if m else None


ASSEMBLY_VERBS = {"tenir": {"assemblée", "réunion"}, "renouveler": {"bureau", "comité"},
                  "élire": {"bureau", "comité"}, "réunir": {"adhérent", "membre", "sociétaire"}}


def _assembly_body(doc: Doc, idx: EntityIndex) -> Entity | None:
    """The one organization the text says held its general meeting or elected its bureau
    ("Le comité des fêtes a réuni son assemblée générale", "le club a renouvelé son
    bureau"): the body of a meeting report's bare offices ("Présidente : X ; trésorier : Y")."""
    found: list[Entity] = []
    for tok in doc:
        objects = ASSEMBLY_VERBS.get(tok.lemma_)
        if objects is None or not any(c.dep_ == "obj" and c.lemma_ in objects for c in tok.children):
            continue
        for c in tok.children:
            if c.dep_ == "nsubj":
                hit = idx.at(c.i, ("organization",))
                if hit is not None:
                    found.append(hit[0])
    return _the_one(found)


def _board(roles: list[Role], r: Role, lex: Lexicon) -> Entity | None:
    """"La présidente de l'amicale, X, ... Le trésorier, Y, ...": a bare office of a bureau
    is held in the one body whose offices the text named before it."""
    # a school's head ("le proviseur du lycée Y") heads no bureau: the bodies of the school
    # posts named before count only for another school post, the bureau's for a bureau office
    posts = _school_words()[0]
    school = fold(r.title) in posts
    # an elected officer with a portfolio ("vice-président chargé de l'économie de la
    # communauté X", a guest at the meeting) sits in an assembly, not in the bureau
    return _the_one(x.of for x in roles if x.explicit and x.start < r.start and x.title in lex.office
                    and x.of is not None and x.of.type == "organization"
                    and (fold(x.title) in posts) == school and _portfolio(x.role) is None)


def _presides_own_unit(r: Role, lex: Lexicon) -> bool:
    """"le président du comice", "la présidente de la conférence": a president's complement is
    the very body presided; when the text does not name it, no other body the story names is
    his (the union, the sponsor, the state of a summit). A domain in the plural ("président
    des anciens combattants") may name the members of a body named before: not read here."""
    if _base_title(r.title, lex) not in PRESIDENTS:
        return False
    rest = fold(r.role).split(" ", 1)
    if len(rest) != 2 or not rest[1].startswith(("du ", "de la ", "de l'")):  # (folded: no "’")
        return False
    noun = rest[1].split(" ", 2)[-1].split("'")[-1].split(" ")[0]
    return noun not in ORGANS  # "le président du conseil d'administration": the firm's organ


def _title_span(doc: Doc, r: Role) -> Span | None:
    """The tokens of the role's first title mention, None if it has none or they do not align."""
    if not r.mentions:
        return None
    return doc.char_span(r.mentions[0][0], r.mentions[0][1], alignment_mode="expand")


_PROSECUTORS = frozenset(("procureur", "procureure", "substitut", "substitute"))


def _unread_complement(doc: Doc, r: Role) -> bool:
    """"X, directeur général de la Juventus, ...": the title's own complement names a body
    (a capitalized name) that was not read as an organization; the title is held there, not
    in another body the story names, so no body is sure."""
    span = _title_span(doc, r)
    if span is None:
        return False
    k = span.end
    if k >= len(doc) or doc[k].lower_ not in DE | {"d’"}:
        return False
    k += 1
    if k < len(doc) and doc[k].lower_ in ("la", "l'", "l’", "le", "les"):
        k += 1
    return k < len(doc) and doc[k].text[:1].isupper() and doc[k].pos_ in ("PROPN", "NOUN", "X")


def _body_noun_near(doc: Doc, r: Role, lex: Lexicon) -> bool:
    """A body named by its kind with a definite article or a possessive in the role's sentence
    ("le mot du président, X, qui rappelle le rôle des bénévoles de l'association"): the
    president is that body's, not the state's."""
    span = _title_span(doc, r)
    if span is None:
        return False
    sent = span[0].sent
    dets = DEF_DETS | OWNER_DETS | {"du", "au"}
    return any(t.lower_ in lex.member_bodies and t.is_lower and t.i > sent.start
               and doc[t.i - 1].lower_ in dets for t in sent)


@cache
def _body_nouns() -> frozenset[str]:
    """Common nouns of bodies, firms, media and the sites they run (organizations.json)."""
    o = load_json("organizations.json")
    return frozenset(fold(n) for key in ("body_heads", "institution_heads", "title_heads", "managed_heads",
                                         "press_heads") for n in o[key])


def _unnamed_body(r: Role) -> bool:
    """"le fondateur de la revue", "la responsable du chantier": the title's complement is a
    body (or a site) the text does not name there; the function is held in it, not in
    another body the story names. A complement with no article is no body but the kind of
    the function ("chef d'équipe", "responsable de magasin", "chef de chantier"): it names
    no one team, shop or site, so the function is held in the body the story names."""
    words = fold(r.role).replace("'", "' ").split()
    for i, w in enumerate(words[:-1]):
        if w in ("de", "du", "des", "d'"):
            if w in ("de", "d'") and words[i + 1] not in ("la", "l'", "le", "les"):
                return False
            rest = [x for x in words[i + 1:] if x not in ("la", "l'", "le", "les")]
            return bool(rest) and rest[0] in _body_nouns()
    return False


@cache
def _portfolio_words() -> tuple[frozenset[str], tuple[str, ...], frozenset[str], frozenset[str]]:
    """Officers who hold a portfolio, the words that open one, the assemblies they sit in and
    the organs named "conseil" that are no assembly (models/roles/titles.json), folded."""
    t = load_json("roles/titles.json")
    return (frozenset(fold(x) for x in t["portfolio_holders"]),
            tuple(sorted((fold(x) for x in t["portfolio_markers"]), key=len, reverse=True)),
            frozenset(fold(x) for x in t["assembly_nouns"]),
            frozenset(fold(x) for x in t["not_assembly_organs"]))


_FIELD_STOP = {"la", "le", "les", "l", "de", "du", "des", "d", "et", "a", "au", "aux", "en", "pour"}


def _portfolio(role: str) -> list[str] | None:
    """The words of the field an elected officer's portfolio names ("vice-présidente chargée
    des transports et de la mobilité" -> transport, mobilite), stems; None when the role is
    no officer's portfolio."""
    holders, markers, _, _ = _portfolio_words()
    low = fold(role).replace("’", "'")
    first = low.split(" ", 1)[0]
    if first not in holders and not low.startswith(tuple(h + " " for h in holders)):
        return None
    for m in markers:
        at = low.find(" " + m + (" " if not m.endswith("'") else ""))
        if at < 0 and m.endswith("'"):
            at = low.find(" " + m)
        if at >= 0:
            rest = low[at + len(m) + 1 :].replace("'", " ").split()
            return [_stem(w) for w in rest if w not in _FIELD_STOP and len(w) > 2]
    return None


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word[-1] in "sx" else word


def _assembly(e: Entity) -> bool:
    """An organization named as an elected assembly of communes or of a territory ("communauté
    de communes du Val", "Brenne Métropole", "conseil départemental de l'Allier"; not "conseil
    d'administration de X")."""
    if e.type != "organization":
        return False
    _, _, assemblies, organs = _portfolio_words()
    words = fold(e.name).replace("'", " ").split()
    if not set(words) & (assemblies - {"mairie", "municipalite"}):
        return False
    return "conseil" not in words or not set(words) & organs


def _portfolio_body_wrong(doc: Doc, r: Role) -> bool:
    """A body given to a portfolio's holder that is not the one the holder sits in: an
    organization named by the portfolio's own words ("chargée des transports": the bus
    company), or, in a sentence naming by its kind the assembly the holder sits in ("au
    conseil de la métropole", "le conseil communautaire"), an organization that is no such
    assembly (the firm the officer signs with). Not a body named right after the title, its
    complement."""
    field = _portfolio(r.role)
    if field is None or r.of is None or not r.mentions:
        return False
    end = r.mentions[0][1]
    if any(0 <= m.start - end <= 4 for m in r.of.mentions):
        return False  # "vice-président chargé des sports de la Métropole de Lyon"
    words = [_stem(w) for w in fold(r.of.name).replace("'", " ").split()]
    _, _, assemblies, organs = _portfolio_words()
    if (set(field) - assemblies) & set(words):
        return True
    if words and words[0] in assemblies:
        return False
    span = _title_span(doc, r)
    if span is None:
        return False
    sent = span[0].sent
    for t in sent:
        if t.is_lower and (fold(t.lemma_) in assemblies or fold(t.text) in assemblies) \
                and t.i > sent.start and doc[t.i - 1].lower_ in DEF_DETS | {"du", "au", "à", "de"}:
            nxt = [x.lower_ for x in doc[t.i + 1 : t.i + 3]]
            if nxt and fold(nxt[-1]) in organs:
                continue  # "au conseil d'administration": a firm's organ
            return True
    return False


@cache
def _bench_words() -> tuple[frozenset[str], frozenset[str]]:
    """Titles of a court's bench and the words that make a court international (titles.json
    bench_titles, bench_court_words)."""
    t = load_json("roles/titles.json")
    return frozenset(fold(x) for x in t["bench_titles"]), frozenset(t["bench_court_words"])


def _international_court(entities: list[Entity], r: Role, lex: Lexicon) -> Entity | None:
    """"La Cour pénale internationale a jugé X ... selon le juge kényan Y": a judge's or a prosecutor's
    title with a nationality (a state for its `of`) in a text that names one international
    court is held in that court; the nationality says where the holder comes from."""
    titles, words = _bench_words()
    if r.of is not None or r.of_name is None or r.complement or fold(r.of_name) not in lex.folded_states \
            or fold(_base_title(r.title, lex)) not in titles:
        return None
    return _the_one(e for e in entities if e.type == "organization"
                    and fold(e.name).split(" ")[0] in ("tribunal", "cour", "chambre")
                    and set(fold(e.name).replace("-", " ").split()) & words)


@cache
def _organ_nouns() -> frozenset[str]:
    """Nouns of a body's governing organ (models/roles/titles.json organ_nouns): "le conseil
    d'administration", "le comité directeur", "le directoire"."""
    return frozenset(load_json("roles/titles.json")["organ_nouns"])


@cache
def _inner_nouns(organs: bool = False) -> frozenset[str]:
    """The nouns of a body's local branch (BRANCH_NOUNS) or inner unit (`_unit_nouns`), and
    with `organs` those of its governing organs (`_organ_nouns`)."""
    return frozenset(BRANCH_NOUNS) | _unit_nouns() | (_organ_nouns() if organs else frozenset())


def _inner_noun(tok: Token, organs: bool = False) -> bool:
    """Whether the token, as written or by its lemma, is one of `_inner_nouns`: "l'antenne",
    "le service", "les sections" (with `organs`, also "le conseil", "le comité")."""
    nouns = _inner_nouns(organs)
    return tok.lower_ in nouns or tok.lemma_.lower() in nouns


@cache
def _unit_nouns() -> frozenset[str]:
    """Nouns of a unit inside a body (models/roles/titles.json unit_nouns): "le service de
    cardiologie du CHU", "le collège de la Haute Autorité"."""
    return frozenset(load_json("roles/titles.json")["unit_nouns"])


@cache
def _school_words() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """Posts of a school's staff and the subjects taught there (models/roles/titles.json), the
    nouns that open a school's name (models/organizations.json), folded."""
    t = load_json("roles/titles.json")
    return (frozenset(fold(x) for x in t["school_posts"]),
            tuple(sorted((fold(x) for x in load_json("organizations.json")["school_heads"]),
                         key=len, reverse=True)),
            frozenset(fold(x) for x in t["school_subjects"]))


_SCHOOL_POST_TAILS = {"adjoint", "adjointe", "principal", "principale", "des ecoles", "d'ecole",
                      "stagiaire", "titulaire", "remplacant", "remplacante", "contractuel", "contractuelle"}


def _school_post(role: str, title: str) -> bool:
    """A post of a school's staff with no body in its title: "principal", "la proviseure
    adjointe", "directrice d'école", "professeur d'allemand" (a school subject; not
    "professeur de tennis")."""
    posts, _, subjects = _school_words()
    low = fold(role).replace("’", "'").strip()
    head = fold(title)
    words = low.split(" ", 1)
    if low in posts or (len(words) == 1 and head in posts):
        return True
    if len(words) != 2:
        return False
    rest = words[1]
    if f"{head} {rest}" in posts:
        return True  # "directrice d'école"
    if head not in posts:
        return False
    if rest in _SCHOOL_POST_TAILS:
        return True
    for opener in ("de ", "d'", "en "):
        if rest.startswith(opener):
            subject = rest[len(opener):].removeprefix("la ").removeprefix("l'").strip()
            return subject in subjects
    return _school_post_of_level(role)


def _school_post_of_level(role: str) -> bool:
    """A post of several words before its subject or class ("professeure des écoles de CM1",
    "professeur principal de mathématiques"; the first word in either gender)."""
    posts, _, subjects = _school_words()
    words = fold(role).replace("’", "'").split()
    for post in posts:
        head, *tail = post.split()
        n = len(tail) + 1
        if not tail or len(words) <= n or not words[0].startswith(head) or words[1:n] != tail:
            continue
        rest = " ".join(words[n:])
        for opener in ("de ", "d'", "en "):
            if rest.startswith(opener) and rest[len(opener):].strip() in subjects:
                return True
    return False


def _school(e: Entity) -> bool:
    """A school named in full: "collège Lucie-Aubrac", "école maternelle des Glycines",
    "groupe scolaire Pasteur"; not "école de musique", "école d'infirmières" (a school of a
    trade, with teachers of its own kind)."""
    if e.type not in ("organization", "place"):
        return False
    _, nouns, _ = _school_words()
    low = fold(e.name).replace("’", "'")
    noun = next((n for n in nouns if low.startswith(n + " ")), None)
    if noun is None:
        return False
    rest = e.name.replace("’", "'").split()[len(noun.split()):]
    if not rest:
        return False
    if rest[0].lower() in ("de", "du", "des") and len(rest) > 1 and rest[1][:1].islower():
        return False
    return not (rest[0].lower().startswith("d'") and rest[0][2:3].islower())


@cache
def _establishment_words() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """Posts of those who run an establishment, the tails a post may take, and the nouns
    that open an establishment's name, longest first (models/roles/titles.json
    establishment_*, organizations.json trade_heads and legal_forms), folded."""
    t = load_json("roles/titles.json")
    o = load_json("organizations.json")
    heads = {fold(x) for x in (*t["establishment_heads"], *o["trade_heads"], *o["legal_forms"])}
    return (frozenset(fold(x) for x in t["establishment_posts"]),
            frozenset(fold(x) for x in t["establishment_post_tails"]),
            tuple(sorted(heads, key=len, reverse=True)))


def _establishment_post(r: Role) -> bool:
    """"le directeur", "la directrice des soins", "l'ancien propriétaire": a post of one who
    runs or owns an establishment, with no body in its title (a qualifier may come before)."""
    posts, tails, _ = _establishment_words()
    words = fold(r.role).replace("’", "'").split()
    for i in range(len(words)):
        for n in (2, 1):
            if " ".join(words[i : i + n]) in posts:
                rest = " ".join(words[i + n :])
                return not rest or rest in tails
    return False


def _establishment(e: Entity) -> bool:
    """A named establishment with a staff: "centre hospitalier de Remiremont", "camping des
    Bouleaux", "société Tolmex" (its kind, then a name)."""
    if e.type not in ("organization", "place") or not e.mentions:
        return False
    low = fold(e.name).replace("’", "'")
    _, _, heads = _establishment_words()
    return any(low.startswith(h + " ") for h in heads)


def _establishment_body(doc: Doc, entities: list[Entity], r: Role) -> Entity | None:
    """"Le centre hospitalier de X a ouvert un service. Le directeur, Y, ...": the
    establishment the title's sentence or the one before names, when it names one; else the
    one the story opens on (the first body it names, before the title), when it is among
    those named there or none is."""
    # a firm is one by its kind noun too ("l'entreprise Colvert", "la société X"), for a title
    # with no possessive (a possessive's owner may be a person: "Il ... Son directeur")
    mine = _owner_det(doc, r) is None
    ests = [e for e in entities if _establishment(e) or (mine and _body_kind(doc, e) == "firm")]
    if not ests:
        return None
    near = [e for e in ests if _named_near(doc, r, e)]
    if len(near) == 1:
        return near[0]
    at = r.mentions[0][0] if r.mentions else r.start
    first = min(ests, key=lambda e: min(m.start for m in e.mentions))
    opens = min(m.start for m in first.mentions)
    bodies = [m.start for e in entities if e.type == "organization" for m in e.mentions]
    if opens < at and (not bodies or opens <= min(bodies)) and (not near or first in near):
        return first
    return None


@cache
def _kind_words() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """The nouns that name a body's kind, folded, to the kind (longest first), and the kinds
    of body each title is held in (models/roles/titles.json body_kinds, title_body_kinds)."""
    t = load_json("roles/titles.json")
    nouns = {fold(n): kind for kind, ns in t["body_kinds"].items() for n in ns}
    nouns = dict(sorted(nouns.items(), key=lambda kv: -len(kv[0])))
    return nouns, {fold(k): frozenset(v) for k, v in t["title_body_kinds"].items()}


def _body_kind(doc: Doc, e: Entity) -> str | None:
    """The kind of an organization ("club", "association", "firm", "collège", "parish", ...): a
    club by its prefix or club word, else the kind noun that opens its name
    ("Association des Amis du Lavoir", "société de pêche de X") or that comes right before one
    of its mentions in lower case ("la société Tolmex", "l'entreprise Colvert"); None when
    neither says, or when they disagree."""
    if e.type != "organization":
        return None
    if _club(e):
        return "club"
    nouns, _ = _kind_words()
    kinds: set[str] = set()
    words = fold(e.name).replace("’", "'").split()
    if words and words[0] in ("le", "la", "les", "l'"):
        words = words[1:]
    if words and words[0].startswith("l'"):
        words = [words[0][2:], *words[1:]]
    low = " ".join(words)
    name_kind = next((k for n, k in nouns.items() if low == n or low.startswith(n + " ")), None)
    if name_kind is not None:
        kinds.add(name_kind)
    for m in e.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.start == 0:
            continue
        before = doc[span.start - 1]
        if before.is_lower and before.pos_ == "NOUN":
            kind = nouns.get(fold(before.text)) or nouns.get(fold(before.lemma_))
            if kind is not None:
                kinds.add(kind)
    return kinds.pop() if len(kinds) == 1 else None


def _anaphor_kinds(noun: Token) -> tuple[str | None, ...]:
    """The kinds of body a definite kind noun may take up alone, its own kind first ("la
    société", "l'entreprise": a firm; "l'association", "le club": an association or a club,
    one often being the other), then bodies of no known kind; empty when the noun names no
    kind (body_kinds)."""
    nouns, _ = _kind_words()
    kind = nouns.get(fold(noun.lemma_)) or nouns.get(fold(noun.text))
    if kind is None:
        return ()
    if kind in ("association", "club"):
        return (kind, "club" if kind == "association" else "association", None)
    return (kind, None)


_CLUB_ONLY = frozenset({"club"})


def _kind_bodies(doc: Doc, entities: list[Entity], roles: list[Role], lex: Lexicon) -> None:
    """"L'association X a tenu son assemblée. La société Y a prêté la salle. La trésorière, Z,
    ...": a bare title (no complement, no domain) of a kind of body (a treasurer's is an
    association or a club, a coach's a club, a CEO's a firm, a principal's a school) whose
    body is an organization of another known kind is not held there: it goes to the body of
    a fitting kind named last before the title, else to none; a bare title with no body
    takes the fitting body named last before it, when there is one (title_body_kinds)."""
    _, title_kinds = _kind_words()
    kinds: dict[int, str | None] = {}

    def kind(e: Entity) -> str | None:
        if id(e) not in kinds:
            kinds[id(e)] = _body_kind(doc, e)
        return kinds[id(e)]

    for r in roles:
        if r.complement or r.domain or r.of_name is not None or r.predecessor is not None \
                or (r.of is not None and r.of.type != "organization"):
            continue
        fits = title_kinds.get(fold(r.role)) or title_kinds.get(fold(_base_title(r.title, lex)))
        if fits is None and fold(r.title) in lex.team_titles and fold(r.title) != "selectionneur":
            fits = _CLUB_ONLY  # every post of a side ("le milieu de terrain", "le talonneur") is a club's
        if fits is None:
            continue
        if r.of is not None:
            have = kind(r.of)
            if have is None or have in fits or fold(_base_title(r.title, lex)) in lex.ranks:
                continue  # (a rank, "le capitaine X", is also held in a uniformed body)
        elif _owner_det(doc, r) is not None:
            continue  # "son trésorier": the possessive's owner
        at = r.mentions[0][0] if r.mentions else r.start
        if r.of is None and "club" in fits and any(
                e.start < at and ((e.type == "place" and gazetteer.place_kind(e.name, ("country",)))
                                  or (e.type == "organization" and _forces(e, lex)))
                for e in entities if e.mentions):
            continue  # a national side named by its country ("l'Angleterre"); "le capitaine X" of a brigade
        named = sorted(((max(starts), e) for e in entities if e.type == "organization" and kind(e) in fits
                        and (starts := [m.start for m in e.mentions if m.start < at])), key=lambda h: h[0])
        if len(named) > 1 and _same_sentence(doc, named[-2][0], named[-1][0]):
            named = []  # "Le FC X a battu l'US Y. L'entraîneur, Z": either side's
        r.of = named[-1][1] if named else None


def _same_sentence(doc: Doc, a: int, b: int) -> bool:
    """Whether two character offsets fall in one sentence."""
    x = doc.char_span(a, a + 1, alignment_mode="expand")
    y = doc.char_span(b, b + 1, alignment_mode="expand")
    return x is not None and y is not None and x[0].sent.start == y[0].sent.start


def _title_before_name(r: Role) -> bool:
    """The title written right before its holder's name ("le professeur Yves Morlan"): for a
    professor, a physician's or a scholar's honorific rather than a school's teacher."""
    if not r.mentions:
        return False
    start, end = r.mentions[0]
    return any(0 <= m.start - end <= 1 or (m.start <= start and m.end > end) for m in r.person.mentions)


def _story_lead(entities: list[Entity], body: Entity, r: Role) -> bool:
    """The body is the story's subject: the first organization the text names, before the role
    ("Le collège X a reçu ... [later] Le principal, Y, ...")."""
    first = min((m.start for e in entities if e.type == "organization" for m in e.mentions),
                default=None)
    return first is not None and bool(body.mentions) and body.start == first < r.start


def _named_near(doc: Doc, r: Role, body: Entity) -> bool:
    """The body named in the role's sentence or the one before it."""
    span = _title_span(doc, r)
    if span is None:
        return False
    sent = span[0].sent
    # the sentence before, up to its own terminal mark (the parser may cut a sentence inside
    # a hyphenated name)
    ends = [t.i for t in doc[: sent.start] if t.text in (".", "!", "?", "…") or "\n" in t.text]
    lo = doc[ends[-2] + 1].idx if len(ends) >= 2 else 0
    return any(lo <= m.start < sent.end_char for m in body.mentions)


@cache
def _field_aldermen() -> frozenset[str]:
    """Folded titles whose "de" complement is a field, never a body (organizations.json
    `field_aldermen`: "l'échevin des Finances")."""
    return frozenset(fold(w) for w in load_json("organizations.json")["field_aldermen"])


def _base_title(title: str, lex: Lexicon) -> str:
    """"ex-ministre" -> "ministre", "ministre des finances" -> "ministre"."""
    low = title.lower()
    for p in lex.prefixes:
        if low.startswith(p) and p != "vice-":
            low = low[len(p):]
    if low in lex.state_titles or low in lex.local_titles:
        return low
    for t in sorted(lex.state_titles | lex.local_titles, key=len, reverse=True):
        if low.startswith(t + " ") and low[len(t) + 1 :].split()[0] not in LOCAL_BODY_ADJECTIVES:
            return t  # not "président du conseil général", "conseiller régional": a local assembly
    return low


def _deputy_of_other(role: str, lex: Lexicon) -> str | None:
    """The title a deputy serves when it is not the mayor's ("adjoint au chef de centre",
    "adjointe à la directrice": "chef", "directeur"): no municipal office, though "adjoint"
    alone is one. None for any other title."""
    words = role.lower().replace("’", "'").split()
    if len(words) < 3 or words[0] not in ("adjoint", "adjointe") or words[1] not in ("au", "à"):
        return None
    rest = words[2:] if words[1] == "au" else words[3:] if words[2] == "la" else []
    found = lex.title_of(rest[0]) if rest else None
    return found[0] if found is not None and found[0] not in lex.local_titles else None


def _town_hall(e: Entity) -> bool:
    """"la mairie de Lunel", "l'hôtel de ville": a commune's offices, held by its mayor and
    council (local titles), never by a president or a director of the text's other bodies."""
    return e.type == "organization" and fold(_LEADING_ARTICLE.sub("", e.name)).startswith(
        ("mairie", "hotel de ville"))


def _town_hall_post(role: str) -> bool:
    """"secrétaire de mairie", "agent de la mairie": a post in the town hall, held in the
    commune as a municipal office is."""
    return fold(role).endswith((" de mairie", " de la mairie"))


@cache
def _commune_post_words() -> tuple[tuple[str, ...], frozenset[str], tuple[str, ...]]:
    """titles.json commune_posts, folded: the endings of a complement that takes up the commune
    ("de la commune", "du village"), the bare council seats, the names of a commune's council."""
    c = load_json("roles/titles.json")["commune_posts"]
    nouns = [fold(n) for n in c["commune_nouns"]]
    endings = tuple(f" {de} {n}" for n in nouns for de in ("de la", "du"))  # (no noun opens with a vowel)
    members = frozenset(fold(t) for t in c["council_members"])
    return endings, members, tuple(fold(w) for w in c["council_words"])


def _commune_post(text: str, r: Role) -> bool:
    """A title held in the commune the story is about with no name of it in the title:
    its complement takes the commune up by a common noun ("porte-drapeau des anciens de la
    commune"), or it is a bare council seat ("deux conseillers, dont X, se sont abstenus",
    "a rappelé l'élue") in a story about the commune's council ("le conseil municipal")."""
    endings, members, councils = _commune_post_words()
    role = fold(r.role)
    ending = next((e for e in endings if role.endswith(e)), None)
    if ending is not None:
        # not a body of the commune the text leaves unnamed ("président du club de la
        # commune"): that body's title, not the commune's
        words = role[: -len(ending)].replace("'", "' ").split()[1:]
        return not any(w in _body_nouns() for w in words)
    return not r.complement and role in members and _names_a_council(text) \
        and not _other_body_in_sentence(text, r, councils)


@lru_cache(maxsize=4)
def _names_a_council(text: str) -> bool:
    """Whether the document names a commune's council (titles.json commune_posts
    'council_words'), folded once per document, not once per role."""
    folded = fold(text)
    return any(w in folded for w in _commune_post_words()[2])


def _other_body_in_sentence(text: str, r: Role, councils: tuple[str, ...]) -> bool:
    """Whether the sentence of a bare seat names a body other than the commune's council by
    its common noun ("La banque X a recruté un conseiller", "Au conseil régional, deux
    conseillers"): the seat may be that body's, so the commune is no sure answer."""
    start = max(text.rfind(".", 0, r.start), text.rfind("\n", 0, r.start)) + 1
    ends = [k for k in (text.find(".", r.end), text.find("\n", r.end)) if k >= 0]
    sentence = fold(text[start:min(ends) if ends else len(text)]).replace("'", "' ")
    for council in councils:
        sentence = sentence.replace(council, " ")
    return any(w in _body_nouns() and w != "mairie" for w in sentence.split())


_SIDE = re.compile(r"\s(?:de la |de l'|d')(\w+)$")


def _council_seat(role: str, lex: Lexicon) -> bool:
    """A seat named by the side of the council it is on ("conseiller d'opposition", "élue de
    la majorité", "conseillère de la minorité"): a municipal seat unless the title names
    another assembly ("conseiller régional d'opposition")."""
    low = fold(role).replace("’", "'")
    side = _SIDE.search(low)
    return side is not None and side.group(1) in lex.council_sides \
        and FOLDED_LOCAL_BODY_ADJECTIVES.isdisjoint(low.split())


@cache
def _said_it_verbs() -> frozenset[str]:
    return frozenset(load_json("roles/verbs.json")["said_it"])


@cache
def _relation_nouns() -> frozenset[str]:
    return frozenset(load_json("roles/titles.json")["relation_nouns"])


@cache
def _meeting_verbs() -> frozenset[str]:
    return frozenset(load_json("roles/verbs.json")["meeting"])


_PARTY_DEPS = frozenset(("nsubj", "nsubj:pass", "obj", "obl", "obl:arg", "obl:agent", "obl:mod", "iobj"))


def _state_named_in_passing(doc: Doc, entities: list[Entity], country: str, weights: dict[str, float],
                            lex: Lexicon) -> bool:
    """Whether the document names its one state only once, by no nationality word, and as the
    complement of another noun ("le scandale des vedettes du Pérou", "les comptoirs francs du
    Laos"): the state a thing comes from or belongs to, not the one the story is set in,
    so an unmarked "le ministre de l'Économie" is no sure minister of it (a story about a
    state names it again, or in a place: "en Grèce", "le gouvernement grec")."""
    if weights.get(country, 0.0) >= 2.0:
        return False
    spots = [m.start for e in entities if e.type == "place" and _state_name(e, lex) == country
             for m in e.mentions]
    if len(spots) != 1:
        return False
    span = doc.char_span(spots[0], spots[0] + 1, alignment_mode="expand")
    if span is None:
        return False
    k = span.start - 1
    if k >= 0 and doc[k].lower_ in ("la", "le", "l'", "l’", "les"):
        k -= 1
    return k >= 1 and (doc[k].lower_ in DE_FORMS or doc[k].lower_ in ("du", "des")) \
        and doc[k - 1].pos_ in ("NOUN", "ADJ") and doc[k - 1].is_lower


def _other_party_state(doc: Doc, entities: list[Entity], r: Role, country: str, lex: Lexicon) -> bool:
    """Whether `country` is named in the other party of the verb of meeting whose one party
    holds the role `r` ("Le Premier ministre X a reçu le président égyptien", "a rencontré
    son homologue jordanien", "s'est entretenu avec le roi de Jordanie"): the state of the
    one met, not of X, whose bare title must not take it as the document's state."""
    span = doc.char_span(r.start, r.end, alignment_mode="expand")
    if span is None:
        return False
    verb, mine = span.root, span.root
    for _ in range(4):
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        mine, verb = verb, verb.head
    if verb.pos_ != "VERB" or verb.lemma_ not in _meeting_verbs() or mine.i == verb.i:
        return False
    for child in verb.children:
        if child.i == mine.i or child.dep_ not in _PARTY_DEPS:
            continue
        sub = list(child.subtree)
        lo, hi = sub[0].idx, sub[-1].idx + len(sub[-1])
        if any(t.is_lower and lex.nationalities.get(t.lower_) == country for t in sub):
            return True
        if any(lo <= m.start and m.end <= hi and _state_name(e, lex) == country
               for e in entities if e.type == "place" for m in e.mentions):
            return True
    return False


def document_country(doc: Doc, entities: list[Entity], lex: Lexicon) -> str | None:
    """The state the document is about: the state named most often, by its name or by a
    nationality adjective ("les ministres grecs"), its foreign towns ("Magdebourg", "Bissau":
    the gazetteer's) counting half a mention each, as evidence that is not the state's name;
    the first named on a tie. Towns only weigh for a state the text names: they name none
    themselves (a local story from Sherbrooke is about no state). None if none."""
    return _state_evidence(doc, entities, lex)[0]


def _state_evidence(doc: Doc, entities: list[Entity],
                    lex: Lexicon) -> tuple[str | None, dict[str, float], float]:
    """(document_country, the weight of each state named, the French communes' weight)."""
    count: dict[str, float] = {}
    first: dict[str, int] = {}
    stated: set[str] = set()  # named by their name or an adjective
    states = _folded_states()
    communes = 0.0  # mentions of French communes (towns of no foreign state), half each
    for e in entities:
        if e.type != "place":
            continue
        name, weight = _state_name(e, lex), 1.0  # "la France", "Guinée-Bissau"
        if name is None:
            # a foreign town, not a province named like its capital ("Québec")
            bare = _LEADING_ARTICLE.sub("", e.name)
            kind = gazetteer.place_kind(bare)
            state = gazetteer.town_state(bare) if kind in ("town", "subdivision") else None
            town = state if kind == "town" else None
            if state is None and kind in ("town", "subdivision") and gazetteer.place_kind(bare, ("town",)):
                communes += 0.5 * len(e.mentions)  # ("Paris": a département too)
            name = states.get(fold(town), town) if town is not None and "(" not in town else None
            weight = 0.5
        if name is not None:
            count[name] = count.get(name, 0.0) + weight * len(e.mentions)
            first[name] = min(first.get(name, e.start), e.start)
            if weight == 1.0:
                stated.add(name)
    for tok in doc:
        if tok.is_lower and tok.lower_ in lex.nationalities \
                and not (tok.i > 0 and doc[tok.i - 1].lower_ in ("homologue", "homologues")):
            # ("son homologue belge": the other party's state, not the story's)
            name = lex.nationalities[tok.lower_]
            if name in lex.states:
                count[name] = count.get(name, 0.0) + 1
                first[name] = min(first.get(name, tok.idx), tok.idx)
                stated.add(name)
    named = {n for n in count if n in stated}
    if not named:
        # towns tell which of the states named it is about, they name none ("Sherbrooke")
        return None, count, communes
    best = min(named, key=lambda n: (-count[n], first[n]))
    if best != "France" and communes >= count[best]:
        # "perquisition à Clichy ... un compte en Suisse ... le juge de Créteil": a story
        # among French communes that names a foreign state in passing is not about that state
        # (French news does not name France for its own affairs): no state is sure
        return None, count, communes
    return best, count, communes


# how many times more often a foreign story must name its state than it names France (by
# nationality words only) for France to be a mention in passing
_PASSING_FRANCE = 3.0


def _france_in_passing(doc: Doc, entities: list[Entity], lex: Lexicon, country: str,
                       weight: float, communes: float) -> bool:
    """Whether a story about a foreign state names France only in passing: never by its name
    nor by a French commune ("Paris a condamné"), only by nationality words ("dont deux
    Françaises", "un touriste français") first met after the headline and the lead, and at
    most a third as often as the state the story is about ("Kenya", "Nairobi", "les forces
    kényanes" ...). Then France is no party to the story, and its unmarked "ministre de
    l'Intérieur" is the foreign state's. (`country` is document_country, `weight` and
    `communes` the evidence _state_evidence read it from.)"""
    if fold(country) == "france" or communes > 0 \
            or any(e.type == "place" and _state_name(e, lex) == "France" for e in entities):
        return False
    french = [t.i for t in doc if lex.nationalities.get(t.lower_) == "France"]
    if not french or weight < _PASSING_FRANCE * len(french):
        return False
    # not in the headline or the lead: "Deux Français enlevés au Niger" makes France a party
    # to the story, its minister speaking for them unmarked
    head = doc.text.find("\n\n")  # the headline, when the text opens with one
    lead = next((sent for sent in doc.sents if sent.end_char > head + 2), None)
    return lead is not None and french[0] >= lead.end


def _names_france(doc: Doc, entities: list[Entity], lex: Lexicon) -> bool:
    """Whether the text names France: by its name ("la France") or a French adjective or
    people noun ("le gouvernement français", "les Français")."""
    if any(e.type == "place" and _state_name(e, lex) == "France" for e in entities):
        return True
    return any(lex.nationalities.get(t.lower_) == "France" for t in doc)


@cache
def _club_names() -> tuple[frozenset[str], frozenset[str]]:
    return (frozenset(load_json("organizations.json")["club_prefixes"]),
            frozenset(load_json("roles/nationalities.json")["club_words"]))


def _sports_report(doc: Doc) -> bool:
    """Whether the organizations step found the document a sports report (it reads that once,
    for every document, before the roles: components/organizations.py, is_sports_report)."""
    return bool(doc.user_data.get("factx.sports_report"))


def _club(e: Entity) -> bool:
    """A sports club by its name: a club prefix ("FC Gauchery", "US Pellandre") or a word of
    club names ("Stade Colignac", "Racing club de X"), not "le comité des fêtes"."""
    prefixes, words = _club_names()
    parts = e.name.replace("-", " ").split()
    return bool(parts) and (parts[0] in prefixes or any(fold(w) in words for w in parts))


# the kinds of local bodies that may field a team: "le club de X", "l'entente sportive de Y"
_TEAM_KINDS = frozenset(("club", "entente", "union", "association", "etoile", "societe", "football club",
                         "sporting club"))


def _no_team_kind(e: Entity) -> bool:
    """A body named by its kind in lower case, a kind of local body that fields no team
    ("le comité des fêtes de X", "l'amicale des pompiers de Y", "la fanfare de Z":
    organizations.json local_body_heads but the clubs' kinds): no coach or player is its,
    even in a story about a tournament it organises."""
    words = e.name.split()
    if not words or not words[0][:1].islower():
        return False
    first = fold(words[0])
    return first in _local_heads() and first not in _TEAM_KINDS


@cache
def _local_heads() -> frozenset[str]:
    """The kinds of local bodies (organizations.json local_body_heads), folded."""
    return frozenset(fold(w) for w in load_json("organizations.json")["local_body_heads"])


@cache
def _district_heads() -> frozenset[str]:
    """The parts of a town ("quartier", "hameau", "lotissement": place_types.json district_heads)."""
    return frozenset(load_json("place_types.json")["district_heads"])


@cache
def _faction_heads() -> frozenset[str]:
    """Nouns that, before a surname, name that person's side ("le camp Morvan")."""
    return frozenset(load_json("place_types.json")["faction_heads"])


def _named_thing(doc: Doc, tok: Token) -> bool:
    """An acronym that French writes for a thing or a level, not a body ("titulaire du BTS",
    "institutrice de CP": organizations.thing_acronym)."""
    from factx.components import organizations

    return organizations.thing_acronym(doc, tok.text)


@cache
def _legal_forms() -> frozenset[str]:
    """"SARL", "GAEC", "SA": a kind of firm, not the name of one ("gérant de la SARL")."""
    return frozenset(load_json("organizations.json")["legal_forms"]) \
        | frozenset(load_json("entities.json")["company_suffixes"])


def news_source(doc: Doc, e: Entity, lex: Lexicon) -> bool:
    """An organization named only as the medium a statement is made to or reported by:
    after "selon", or the "à" complement of a verb of saying ("déclare à l'AFP", "a confié
    au Monde"). It reports the story and holds none of its offices."""
    if e.type != "organization" or not e.mentions:
        return False
    for m in e.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        k = span.start - 1
        if k >= 0 and doc[k].lower_ in DEF_DETS | {"l’"}:
            k -= 1
        if k < 0:
            return False
        if doc[k].lower_ == "selon":
            continue
        head = span.root.head
        if doc[k].lower_ in ("à", "au", "aux") and head.i < span.start and head.pos_ == "VERB" \
                and head.lemma_.lower() in lex.speech:
            continue
        return False
    return True


def commune_place(doc: Doc, idx: EntityIndex, e: Entity, lex: Lexicon) -> bool:
    """Whether a place may be the commune that "la commune" or a municipal office without a
    complement takes up: not a state, never named after "en" (a country or a region: "en
    Écosse", "en Lorraine"), and not a town the text locates in a state by apposition ("à
    Rotorua, en Nouvelle-Zélande": a place abroad, not the commune of the local page)."""
    states = lex.folded_states
    if fold(e.name) in states or not e.name[:1].isupper():
        return False  # a state, or a site named by its kind ("rue des Tanneurs", "hôpital de Remiremont")
    if fold(e.name) != "paris" and gazetteer.place_kind(e.name, ("town",)) is None \
            and gazetteer.place_kind(e.name, ("subdivision",)) is not None:
        return False  # a département or a region ("le conseil départemental de Lozère"); Paris is both
    for m in e.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        if span.start > 0 and doc[span.start - 1].lower_ == "en":
            return False
        k = span.start - 1 - (span.start > 1 and doc[span.start - 1].lower_ in DE)
        if k >= 0 and (doc[k].lemma_.lower() in _district_heads() or doc[k].lower_ == "lieu-dit"):
            return False  # a part of a town ("le quartier de Sous-Bois", "au lieu-dit les Prés"), no commune
        j = span.end
        if j + 2 < len(doc) and doc[j].text in (",", "(") and doc[j + 1].lower_ in ("en", "au", "aux"):
            hit = idx.starting_at(j + 2, ("place",))
            if hit is not None and fold(hit[0].name) in states:
                return False
    return True


DATELINE_TOWN = re.compile(r"^([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ -]*[A-ZÀ-ÖØ-Þ])\s*\.?\s*[—–-]\s")


@lru_cache(maxsize=8)  # asked per role and per commune noun, of the same text
def heading_town(text: str) -> str | None:
    """The town a local page's story is headed with: its first line (after a "date" line) is
    the town alone ("Lunéville"), the town, a colon and the headline ("Darney : la kermesse
    a réuni les familles") or the town, a full stop and the headline ("Paimpol. L'ancien
    boulanger s'en est allé"); else the dateline in capitals that opens the story ("PONT-L'ÉVÊQUE.
    — Le conseil municipal ..."); a town the gazetteer knows. The commune of a municipal office
    when the text names no other."""
    lines = [x.strip() for x in text.split("\n", 8)[:8] if x.strip()]
    if lines and lines[0].lower().startswith("date "):
        lines = lines[1:]
    if not lines:
        return None
    for line in lines[1:3]:  # the dateline first: the headline may name another place
        m = DATELINE_TOWN.match(line)
        words = m.group(1).split() if m is not None else []
        town = _as_written(" ".join(words), text) if 0 < len(words) <= 5 else None
        if town is not None:
            return town
    for head in (lines[0].split(":")[0].strip(), lines[0].split(". ")[0].strip()):
        words = head.split()
        if not words or len(words) > 5 or not head[:1].isupper() or any(c.isdigit() for c in head):
            continue
        if gazetteer.place_kind(head, ("town", "subdivision")) is not None:
            return (_as_written(head, text) or head) if head.isupper() else head  # "GOLBEY. — ..."
    return None


SMALL_WORDS = {"de", "des", "du", "la", "le", "les", "l", "d", "sur", "sous", "en", "et", "aux", "au"}


def _as_written(town: str, text: str) -> str | None:
    """A town written in capitals in a dateline, as the story writes it in lower case ("PONT-
    L'ÉVÊQUE" -> "Pont-l'Évêque"), else capitalized as French writes town names; None when the
    gazetteer knows no such town."""
    if gazetteer.place_kind(town, ("town",)) is None:
        return None
    for m in re.finditer(re.escape(town), text, re.IGNORECASE):
        if not m.group(0).isupper():
            return m.group(0)
    words = re.split(r"([\s'’-]+)", town.lower())
    return "".join(w if (w in SMALL_WORDS and n) else w.capitalize() for n, w in enumerate(words))


def _heading_commune(text: str, idx: EntityIndex) -> tuple[Entity | None, str | None] | None:
    """The commune a local page is headed with (heading_town) as a role's (of, of_name): the
    place the entity layer found, else the name alone; None when no town heads the page, or
    when its name was swallowed into a body's or a person's (left alone)."""
    town = heading_town(text)
    if town is None:
        return None
    named = idx.named(town)
    if named is None or named.type == "misc":
        return None, town
    return (named, None) if named.type == "place" else None


def _place_before(doc: Doc, idx: EntityIndex, r: Role) -> Entity | None:
    """"Le maire, Jean Roy, ...": the commune is the last place named before the role, in its
    sentence or earlier in the text (else the first one named after it in its sentence)."""
    at = (r.mentions[0][0] if r.mentions else r.start)
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return None
    lex = lexicon()
    def communal(e: Entity) -> bool:  # a place, or "conseil municipal de X", "mairie de X"
        words = fold(e.name).split()
        if e.type == "place":  # a town, not a site named by its kind ("hôpital de Remiremont")
            return e.name[:1].isupper() and commune_place(doc, idx, e, lex)
        if len(words) >= 2 and words[0] == "conseil" and words[1] in FOLDED_LOCAL_BODY_ADJECTIVES \
                and words[1] != "municipal":
            return False  # "le conseil départemental de Lozère" is no commune's council
        return bool(words) and words[0] in lex.commune_bodies
    places = [h for h in idx.in_span(0, span.start, ORG_PLACE) if communal(h[0])]
    here = [h for h in places if h[1] >= span[0].sent.start]
    if here:
        return here[-1][0]  # "à Vittel, le maire, Jean Roy, ..."
    # earlier in the text: the commune the story is about, the one named most often so far,
    # inside the names of its bodies too ("comité des fêtes de Golbey"; "Rentrée à l'école de
    # Darney", a headline that names the commune only in its school's name), the first named
    # on a tie (the headline's, the lead's); not a town named in passing ("avocate au barreau
    # d'Epinal", "étudiant à Nancy")
    # a commune named after the office in its own sentence ("Le maire, Jean Roy, a accueilli à
    # Vittel ..."), when none is named before but inside a body's name; a later sentence may
    # be another story
    after = [h for h in idx.in_span(span.start, span[0].sent.end, ORG_PLACE) if communal(h[0])]
    before = span[0].idx
    # a local body named before the office in its sentence, its name ending with a commune
    # ("Les pompiers de Vittel ont tenu leur assemblée, en présence du maire, X, et de Y,
    # chef du centre de Remiremont"): the story is that commune's, not the one of someone
    # else's apposition after the office; not a body of a wider area ("la brigade de Mirecourt")
    bodied = after and any(_local_body_town(doc, idx, h, communal, lex)
                           for h in idx.in_span(span[0].sent.start, span.start, ("organization",)))
    counted = [(sum(1 for m in e.mentions if m.start < before), min(m.start for m in e.mentions), e)
               for e in idx.entities if e.type in ORG_PLACE and e.mentions and communal(e)]
    counted = [c for c in counted if c[0]]
    town = heading_town(base.original_text(doc)) if counted else None
    headed = [c for c in counted if town is not None and fold(c[2].name) == fold(town)]
    if headed and (places or bodied or not after):
        return headed[0][2]  # the story's dateline or heading town, before one named more often
    if counted and (places or bodied or not after):
        return max(counted, key=lambda c: (c[0], -c[1]))[2]
    if places:
        return places[-1][0]
    return after[0][0] if after else None


def _local_body_town(doc: Doc, idx: EntityIndex, hit: tuple[Entity, int, int],
                     communal: Callable[[Entity], bool], lex: Lexicon) -> bool:
    """Whether an organization's mention (entity, first token, end token) is a local body's
    whose name ends with a commune the text names ("sapeurs-pompiers de Vittel", "comité des
    fêtes de Golbey"), not a body of a wider area ("communauté de communes de X", "collège de
    Y", lexicon area_bodies)."""
    body, start, end = hit
    text = base.original_text(doc)
    first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    for e in idx.entities:  # by name: its mention inside the body's may be dropped (drop_nested_mentions)
        at = last - len(e.name)
        if e.type != "place" or e is body or at <= first or text[at - 1] not in " '’" \
                or fold(text[at:last]) != fold(e.name) or not communal(e):
            continue
        words = re.split(r"[\s'’-]+", fold(text[first:at]))
        return not any(w in lex.area_bodies for w in words)
    return False


def lead_organization(entities: list[Entity], text: str, sole: bool = False) -> Entity | None:
    """The organization the document is about: the first one named at least twice, else
    (with `sole`) the only one it names. A name the headline of `text` writes in full
    counts once more: a headline names the story's body that its first paragraph names again
    ("Les Filatures de X ferment" over "Chez les Filatures de X, la direction annonce"), and the
    entity layer often reads no name in a headline, a line with no sentence around it."""
    orgs = [e for e in entities if e.type == "organization"]
    first = {id(e): e.start for e in orgs}
    twice = [e for e in orgs if len(e.mentions) >= 2]
    end = headline_end(text) if not twice else None
    if end is not None:
        at = first_line_start(text)
        head = text[at:end]
        for e in orgs:
            if len(e.name) < 4 or not e.name[:1].isupper() or e.start < end:
                continue
            # the name in full, not a part of a longer name ("GAEC" in "GAEC du Pré", "Shabab"
            # in "al-Shabab"), and no other entity read over it in the headline
            hit = re.search(rf"(?<![\w-]){re.escape(e.name)}(?![\w-])", head)
            if hit is None:
                continue
            a, b = at + hit.start(), at + hit.end()
            if not any(f is not e and m.start < b and a < m.end and m.end - m.start > len(e.name)
                       for f in entities for m in f.mentions):
                twice.append(e)
                first[id(e)] = a
    if twice:
        return min(twice, key=lambda e: first[id(e)])
    return orgs[0] if sole and len(orgs) == 1 else None


def release_titles(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """Organization or misc mentions that are a title ("Premier ministre") or a title phrase
    ("ministre de l'Intérieur"), place mentions that begin with a title in lower case
    ("procureur de la République"), and people named only by a title ("la Présidente"), are
    dropped: the role layer reads them as titles."""
    lex = lexicon()
    out: list[Entity] = []
    for e in entities:
        if e.type == "person":
            words = e.name.split()
            if words and words[0].lower() in DEF_DETS | {"l'", "l\u2019"}:
                words = words[1:]
            if words and lex.title_of(" ".join(words).lower()) and not _surname_after_civility(e):
                continue  # "Madame la Présidente": a title of address, not a name
        if e.type in ("organization", "misc", "place"):
            kept = []
            for m in e.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None and _is_title_phrase(span, lex) \
                        and (e.type != "place" or span[0].is_lower
                             or not any(t.is_title for t in span[1:])):
                    # "[procureur de la République]", "[Présidente de la région]"
                    continue
                if span is not None and e.type == "place" and _ends_title(doc, span, lex):
                    continue  # "la garde des [Sceaux]": the last word of a title, no town
                if span is not None and _state_title_tail(doc, span.start, span.end, lex) \
                        and span.text not in lex.states:
                    # "le président du [Conseil italien]", "la présidente de la [République
                    # slovène]": the end of a state's title, no body nor place
                    continue
                kept.append(m)
            if not kept:
                continue
            e.mentions = kept
        out.append(e)
    return out


@cache
def _person_civilities() -> frozenset[str]:
    return frozenset(load_json("entities.json")["person_civilities"])


def _surname_after_civility(e: Entity) -> bool:
    """The person is named by a capitalised word right after a civility written only before a
    surname ("M. Sergent", "le Dr Consul", "Mme Régent"): French puts the article between
    a civility and a title of address ("M. le Maire"), never before a surname, so the word is
    the surname, however much it looks like a title."""
    civ = e.attrs.get("civility")
    return isinstance(civ, str) and civ in _person_civilities() and e.name[:1].isupper() \
        and " " not in e.name and any(m.text == f"{civ} {e.name}" for m in e.mentions)


def _ends_title(doc: Doc, span: Span, lex: Lexicon) -> bool:
    """Whether a one-word name ends a title of several words that starts just before it, in
    lower case ("garde des Sceaux"). (A longer name that is the last word of a state's title and
    what qualifies it, "le secrétaire d'[État canadien]", is _state_title_tail's.)"""
    if len(span) != 1:
        return False
    for n in (2, 3):
        a = span.start - n
        if a >= 0 and doc[a].is_lower and lex.title_of(doc[a : span.end].text.lower()) is not None:
            return True
    return False


def _state_title_tail(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """Whether doc[start:end], a capitalized word and lower-case words, is the last word of a
    state's title in lower case before it ("président du", "secrétaire d'") followed by what
    qualifies that title: the adjective of a state ("italien", not "européen": the "Conseil
    européen" is a body of its own) or a word of status ("sortant")."""
    if end - start < 2 or not doc[start].is_title or not _title_qualifiers(doc[start + 1 : end], lex):
        return False
    for n in (2, 3):
        a = start - n
        if a >= 0 and doc[a].is_lower:
            hit = lex.title_of(doc[a : start + 1].text.lower())
            if hit is not None and hit[0] in lex.state_titles:
                return True
    return False


def _title_qualifiers(toks: Span, lex: Lexicon) -> bool:
    """Whether every word is in lower case and a state's adjective or a word of status
    ("sortant", "désigné"; not "européen", "fédéral": the "Conseil fédéral" is a body)."""
    return all(t.is_lower and (lex.nationalities.get(t.lower_) in lex.states or lex.after.get(t.lower_))
               for t in toks)


def _is_title_phrase(span: Span, lex: Lexicon) -> bool:
    k = 0
    while k < len(span) and span[k].lower_ in lex.before:
        k += 1
    for n in range(len(span) - k, 0, -1):
        words = span[k : k + n].text.lower()
        if words in lex.derived_feminines and span[k].is_title:
            continue  # a capitalized derived feminine opens a firm's name ("la Générale des eaux")
        if lex.title_of(words):
            rest = span[k + n :]
            if all(t.is_lower and t.lower_ in lex.nationalities for t in rest):
                return True  # "Premier ministre britannique"
            return len(rest) >= 2 and rest[0].lower_ in DE | {"à", "aux", "au"}
    return False


def resolve_roles(doc: Doc, entities: list[Entity], dm: DepMatches,
                  speakers: dict[int, Entity] | None = None) -> tuple[list[Role], list[Entity]]:
    """Role facts of the document, and organizations named only in a role complement.
    `speakers`: the head token of a title phrase with no name beside it -> the person the
    quotation layer found it stands for (the description that voices a quotation)."""
    idx = EntityIndex(doc, entities)
    new_orgs: list[Entity] = []
    reader = RoleReader(doc, idx, new_orgs, dm)
    read = reader.read()
    roles = merge_roles(read + reader.anaphoric(read, speakers or {}) + reader.counterparts(read))
    lead = lead_organization(entities, reader.text)
    # the lead, else the only body named
    sole = lead if lead is not None else lead_organization(entities, reader.text, sole=True)
    only = _the_one(e for e in entities if e.type == "organization")
    lex = lexicon()
    assembly = _assembly_body(doc, idx)
    for r in roles:
        if r.of is None and r.of_name is not None:
            r.of = idx.named_as(r.of_name, PLACE_ORG)  # "ministre danois": the text's "le Danemark"
    roles = _agent_titles(roles, lex)
    _heads_of(doc, idx, reader, roles, lex)
    country = reader.country  # read once, by the reader
    for r in roles:
        if r.held_for is None or r.of is not None or r.of_name is not None \
                or _base_title(r.title, lex) not in lex.state_titles:
            continue
        # "le premier ministre d'Ambroise Vannier": the state of the head of state he served,
        # else the state the document is about
        served = [x for x in roles if x.person is r.held_for and (x.of_name is not None
                  or (x.of is not None and x.of.type == "place"))]
        if served:
            r.of, r.of_name = served[0].of, served[0].of_name
        else:
            r.of_name = country
    for r in roles:
        if r.of is None and r.of_name is None and not r.complement \
                and _base_title(r.title, lex) in lex.state_titles:
            # "Le Serbe X, ministre de l'Intérieur", "l'Américaine Y, secrétaire d'État": the
            # noun of nationality before the holder names the state, as "le ministre serbe" does
            r.of_name = _nationality_noun_before(doc, r, lex)
    for r in roles:
        commune_post = _commune_post(reader.text, r)
        if r.of is not None or r.of_name is not None \
                or (r.complement and not _town_hall_post(r.role) and not commune_post):
            continue
        base_title = _base_title(r.title, lex)
        if fold(r.role) == "ministre" and not r.domain:
            # "le ministère de l'Économie a annoncé ... a déclaré le ministre, X": the one
            # ministry the story names
            ministry = _the_one(e for e in entities if e.type == "organization"
                                and fold(e.name).startswith("ministere "))
            if ministry is not None:
                r.of = ministry
                continue
        if base_title in lex.state_titles and country is not None \
                and (base_title not in lex.secretary_titles or fold(country) in lex.secretary_states) \
                and (fold(country) == "france" or not reader.names_france
                     or reader.france_in_passing) \
                and not _other_party_state(doc, entities, r, country, lex) \
                and not _state_named_in_passing(doc, entities, country, reader._state_weights, lex):
            # "le ministre de la Justice" in an article about Greece; not "le secrétaire à la
            # Défense" in one about Iraq (an American or a British title); not when the story
            # also names France: French news leaves its own ministers unmarked ("le ministre
            # des Affaires étrangères, X, en visite au Japon"), a foreign one is marked
            # ("son homologue japonais"), so the unmarked title is no sure sign of the state
            r.of_name = country
        elif (base_title in lex.local_titles and _deputy_of_other(r.role, lex) is None) \
                or _council_seat(r.role, lex) or _town_hall_post(r.role) or commune_post:
            owner = _possessive_owner(doc, reader, r)
            if owner is None:
                r.of = _place_before(doc, idx, r)
                town = heading_town(reader.text) if r.of is not None and r.of.name.isupper() else None
                if town is not None and r.of is not None and fold(town) == fold(r.of.name):
                    r.of.name = town  # "MOLSHEIM. — ...": the dateline's town, named as French writes it
                heading = _heading_commune(reader.text, idx) if r.of is None else None
                if heading is not None:  # "Darney : la kermesse ...", a local page's heading town
                    r.of, r.of_name = heading
            else:  # "Son adjoint, X": the deputy of the one named before, in that one's commune if a mayor
                r.of = next((x.of for x in roles if x.person is owner and x.of is not None
                             and _base_title(x.title, lex) in lex.local_titles), None)
                if r.of is None and fold(r.role) in ("adjoint", "adjointe"):
                    # "le chef du centre de secours, X, et son adjoint, Y": a bare deputy of
                    # one who heads a body is that body's deputy
                    r.of = next((x.of for x in roles if x.person is owner and x.of is not None), None)
    for r in roles:
        deputy = _deputy_of_other(r.role, lex)
        if deputy is not None and r.of is None and r.of_name is None:
            # "jusqu'alors adjoint au chef de centre": in the body of the chief the story names
            # (his title "chef" or "chef de centre")
            r.of = next((x.of for x in roles if x.of is not None and x.person is not r.person
                         and fold(x.title).split(" de ")[0] == fold(deputy)), None)
    for r in roles:
        if r.explicit and (r.of is None or r.of.type == "place") and not r.domain:
            r.of = _joined_body(doc, idx, r, lex) or r.of  # "entrée à La Poste comme auxiliaire à Haguenau"
    for r in roles:
        if r.of is None and r.of_name is None and (not r.complement or r.domain) and r.explicit:
            # (a domain read into the title is no body: "où il fut directeur d'agence")
            r.of = _where_body(doc, idx, r)  # "embauché chez Morvalec, où il est devenu contremaître"
    for r in roles:
        if r.of is None and r.of_name is None and r.explicit and _base_title(r.title, lex) in lex.for_clients:
            r.of = _client_title_body(doc, reader, r)  # "Me X, avocat du prévenu, du barreau de Metz"
    for r in roles:
        if r.of is None and r.of_name is None and not r.complement and r.explicit:
            r.of = _fronted_body(doc, idx, r)  # "Pour la CGT, Daniel Roy, délégué syndical, ..."
    for r in roles:
        if r.of is None and r.of_name is None and not r.complement and r.explicit and not r.domain:
            r.of = _fronted_head_body(doc, idx, r, lex)  # "Chez Vasseur, le gouverneur X"
    for r in roles:
        if r.of is None and r.of_name is None:
            r.of = _title_body(entities, r, lex)  # "le commissaire européen X": the Commission
    for r in roles:
        if r.of is None and r.of_name is None and not r.complement \
                and fold(_base_title(r.title, lex)) in lex.ranks:
            # "La brigade de Murat est chargée des investigations. D'après l'adjudant-chef
            # X, ...": a rank is held in the uniformed body named beside it, else
            # in the one of the holder's other title
            r.of = _forces_body(doc, idx, r, lex) or next(
                (x.of for x in roles if x.person is r.person and x.of is not None
                 and x.of.type == "organization" and _forces(x.of, lex)), None)
    for r in roles:
        if r.of is None and r.of_name is not None and fold(r.title) in lex.team_titles \
                and fold(r.title) != "selectionneur" and fold(r.of_name) in lex.folded_states:
            # "les Canaris ont égalisé sur un but du milieu ghanéen X": a player's or a
            # coach's nationality, not the body the title is held in (a national side's coach,
            # "le sélectionneur français", is the state's): the club the clause's subject or
            # the sentence before names, else the story's only one, when there is one
            at = doc.char_span(r.start, r.start + 1, alignment_mode="expand")
            body = reader.body_before(at.start) if at is not None else None
            if _sports_report(doc):  # "un doublé angevin de l'ailier samoan X": his side
                decided, side = _side_in_clause(doc, idx, reader, r, lex)
                body = side if decided and side is not None else body
            if body is not None and _coordinated_body(doc, idx, body):
                body = None  # "Le Stade brestois et l'EA Guingamp se sont quittés dos à dos": either side's
            club = body if body is not None and body.type == "organization" else \
                sole if sole is not None and sole.type == "organization" else None
            if club is not None:  # (with no club named, "le joueur de tennis suisse" is Swiss)
                r.of, r.of_name = club, None
    for r in roles:
        court = _international_court(entities, r, lex)
        if court is not None:  # "le juge kényan X" at the international court the story names
            r.of, r.of_name = court, None
    for r in roles:
        area = r.of.name if r.of is not None and r.of.type == "place" else r.of_name if r.of is None else None
        if area is not None and fold(r.title) in lex.team_titles \
                and gazetteer.place_kind(area, ("subdivision",)) is not None:
            # "le gardien vosgien X": a player of a club, not of the département; the club of
            # the story when it names one, else none
            r.of = sole if sole is not None and sole.type == "organization" else None
            r.of_name = None
    for r in roles:
        if r.of is None and r.of_name is None and not r.complement and fold(r.title) in lex.team_titles:
            # "L'entraîneur des Castors, X, a contesté le carton reçu par son défenseur Y": a
            # player or a coach of the side of the one whose possessive it is, when that one
            # holds a team title with its side
            owner = _possessive_owner(doc, reader, r)
            if owner is None or owner is r.person:
                continue
            own = next((x for x in roles if x.person is owner and fold(x.title) in lex.team_titles
                        and (x.of is not None or x.of_name is not None)), None)
            if own is not None:
                r.of, r.of_name = own.of, own.of_name
    sided: set[int] = set()  # team titles whose clause names their side
    if _sports_report(doc):
        for r in roles:  # "Les Brévillois ont marqué par l'ailier X": the side of the clause
            if r.of is None and r.of_name is None and not r.complement and fold(r.title) in lex.team_titles:
                decided, r.of = _side_in_clause(doc, idx, reader, r, lex)
                if decided:
                    sided.add(id(r))
    for r in roles:
        if r.of is None and r.of_name is None and not r.complement and fold(r.title) in lex.team_titles \
                and id(r) not in sided \
                and (lead is not None or (sole is not None and sole.type == "organization"
                                          and (_club(sole) or (_sports_report(doc) and not _no_team_kind(sole)
                                                          and _subject_body(doc, reader, r) is sole))
                                          and _possessive_owner(doc, reader, r) is None)):
            # "l'entraîneur X" in an article about a club, or naming one: the club ("Paul Roy a
            # gagné avec le club X. Son entraîneur, Y": Paul Roy's own coach, no club's); a
            # club named without a club's prefix when its clause, or the one before, has it as
            # subject ("Le Cercle Varennois s'est imposé. L'ailier X a marqué")
            r.of = lead or sole
    for r in roles:
        if r.of is None and r.of_name is None and not r.complement \
                and (r.title in lex.office or r.title in lex.head_offices) \
                and r.predecessor is None and not _presides_own_unit(r, lex) \
                and not _unread_complement(doc, r):
            # "au président Morel" in a story that names one body, the tribunal; "L'amicale a
            # renouvelé son bureau. Président : X" the body the sentence before is about
            voiced, voice = _voiced_owner(doc, reader, r)
            if voiced:  # "la région, par la voix de son président, X": the region's, unnamed
                r.of = voice
                continue
            # the body the text says held its meeting before the story's lead: "L'amicale a
            # tenu son assemblée générale en présence du médecin de l'Établissement ..., et
            # de l'Établissement (sigle)": the bureau is the amicale's, however often the
            # other body is named
            court = _hearing_court(doc, entities, r, lex)
            if court is not None:  # "a interrogé la présidente, X" at a trial: the court's
                r.of = court
                continue
            near = _org_before(doc, idx, r) or _subject_body(doc, reader, r) or _board(roles, r, lex)
            # the story's only body, when the text has named it before the title or in its
            # sentence: one named only in a later sentence ("Le président X a ouvert la
            # séance. ... La société Y a ...") is another paragraph's, or the other side of
            # the holder's action
            late = near is None and assembly is None and sole is not None and not _named_before(sole, r) \
                and not _in_sentence(doc, r, sole)  # (not "trésorier puis président de l'amicale X")
            if sole is not None and near is None and assembly is None \
                    and _owner_named_apart(doc, reader, r, sole):
                late = True  # "L'UFC dit ... « ... », affirme son président, X": the UFC's, not the story's
            r.of = near or assembly or (None if late else sole) or _opening_body(doc, idx, r)
            if r.of is not None and (_other_side(doc, r, r.of) or _beside_head_of_state(doc, r, r.of, lex)):
                r.of = None  # "Le président X a exclu toute négociation avec le mouvement Y"
            if r.of is not None and _town_hall(r.of) and _base_title(r.title, lex) not in lex.local_titles:
                # "le président X ... les emplois de la mairie de Y": a town hall has a mayor;
                # the president is of the body the story opens on, if not the town hall
                opening = _opening_body(doc, idx, r)
                r.of = opening if opening is not None and not _town_hall(opening) else None
            if r.of is not None and _party(r.of, lex) and _base_title(r.title, lex) == "président" \
                    and country is not None and fold(country) != "france" and not r.domain:
                # "opposé au président en place, X" in a story about a foreign state's election:
                # a bare "président" there is the head of state, not a party's that the story
                # names (a party's president is "le président du parti", "son président")
                r.of = None
            if fold(r.role) in HEAD_OF_STATE_ROLES and not r.domain:
                where = _state_before_where(doc, idx, r, lex)
                if where is not None:  # "le voyage de X aux États-Unis, où il verra le président Y"
                    r.of, r.of_name = None, where
                    continue
                # "le gouvernement du président X" in a story about a court; "Il se rendra aux
                # États-Unis, où il verra le président X" in one about the Kremlin: a
                # head of state, of the state his sentence places him in, else the story's
                regime, adjective = _regime_state(doc, r, lex)
                outside = r.of is not None and _outside_body(r.of, lex) and not _in_sentence(doc, r, r.of)
                # "Le président X a reçu ... " in a story about a foreign state whose only body
                # is a movement, a rebel group, an agency: the story's one body, reached by no
                # link of the sentence, is not the state he heads (a club's or an
                # association's president is read in French local news, not here)
                body = r.of if r.of is not None else sole if late else None
                far = near is None and body is not None and body is not assembly and not _club(body) \
                    and country is not None and fold(country) != "france"
                placed, other = _placed_state(doc, idx, r, lex) if regime or outside or far else (None, False)
                if regime:
                    r.of, r.of_name = None, placed or adjective or (None if other else country)
                    continue
                if placed is not None:
                    r.of, r.of_name = None, placed
                    continue
                if far:
                    r.of, late = None, False
                    if reader.names_france:
                        continue  # a French president visiting: no state for the unmarked title
            if r.of is None and _base_title(r.title, lex) in ("président", "vice-président") and not late \
                    and country is not None and not r.domain and not _body_noun_near(doc, r, lex):
                # "le président Obama", no organization in the text; not "la présidente du
                # directoire" of a firm that exports to the one state named
                r.of_name = country
    for r in roles:
        if r.of is None and r.of_name is None and r.predecessor is None \
                and (_base_title(r.title, lex) in lex.functions
                     or r.role.replace("’", "'") in lex.functions) \
                and not _unnamed_body(r) and not _unread_complement(doc, r):
            # "Une bénévole, X, tient la caisse", "la responsable départementale, Y", "chef
            # d'équipe, Z" (a function whose kind is its bare complement): a function
            # held in the organization named before in the sentence, the one the clause's
            # subject names (not one of two: "X et Y ont signé"), else the only one the story names
            subject = _subject_body(doc, reader, r)
            if subject is not None and _coordinated_body(doc, idx, subject):
                subject = None
            r.of = _org_before(doc, idx, r) or subject or only or _opening_body(doc, idx, r)
            if r.of is not None and _other_side(doc, r, r.of):
                r.of = None
    schools = [e for e in entities if _school(e)]
    the_school = _the_one(schools)
    for r in roles:
        school = the_school
        if school is None and len(schools) > 1 and r.of is None and r.of_name is None:
            # "l'école élémentaire des Tilleuls" ... "X, enseignante de CP, ... à l'école des
            # Tilleuls": of several schools (or one under two names), the one its sentence names
            near = [e for e in schools if _in_sentence(doc, r, e)]
            school = near[0] if len(near) == 1 else None
        if school is not None and r.of is None and r.of_name is None and r.status is None \
                and _school_post(r.role, r.title) \
                and (_named_near(doc, r, school) or _story_lead(entities, school, r)) \
                and not (fold(r.role) == "professeur" and _title_before_name(r)):
            # "Le collège X reçoit ses correspondants. Le principal, Y, et Z, professeur
            # d'allemand, ...": a school's staff, in the one school the story names beside them
            r.of = school
    for r in roles:
        if r.of is not None and r.of.type == "organization" and not r.complement \
                and _base_title(r.title, lex) not in lex.local_titles:
            # "Le club, fondé en 1920, vit de l'aide de la banque X. Son entraîneur, Y": the
            # possessive's owner is the unnamed club, not the one body the story names
            unnamed, owner = _unnamed_owner(doc, reader, r)
            if unnamed:
                r.of = owner
    for r in roles:
        if r.of is None and r.of_name is not None:
            r.of = idx.named_as(r.of_name, PLACE_ORG)  # "ministre danois": the text's "le Danemark"
    for r in roles:
        if r.predecessor is not None and r.of is None:
            same = [x for x in roles if x.person is r.predecessor and _same_family(x, r)]
            r.of = same[0].of if same else (_org_before(doc, idx, r) or lead)
    for r in roles:
        if r.of is not None and r.of.type == "organization" and _portfolio_body_wrong(doc, r):
            # "Au conseil de la métropole, X, vice-présidente chargée des transports, a signé
            # avec la Compagnie des transports urbains": a portfolio names a field, not the body
            # its holder sits in
            r.of = None
    council = _the_one(e for e in entities if _assembly(e))
    for r in roles:
        if council is not None and r.of is None and r.of_name is None and not r.complement \
                and _base_title(r.title, lex) == "vice-président" and _portfolio(r.role) is not None:
            # "Les élus de Brenne Métropole ont voté ... X, vice-président chargé des
            # transports": the one assembly of communes the story names
            r.of = council
    for r in roles:
        # "le maire, X" in "Le conseil municipal d'Arbecey s'est réuni": a municipal office
        # is held in the commune, not in its council
        town = _council_town(r.of) if r.of is not None else None
        if town is not None and (_base_title(r.title, lex) in lex.local_titles or _council_seat(r.role, lex)
                                 or _town_hall_post(r.role) or _commune_post(reader.text, r)):
            named = idx.named(town)
            r.of, r.of_name = (named, None) if named is not None and named.type == "place" else (None, town)
    for r in roles:
        if r.of is not None and not r.complement and _affiliation_body(r, lex) \
                and not _body_in_title(reader.text, r):
            # "le directeur, X" in a story about a strike the CGT called; "le conseiller général
            # UDF X": a union, a party beside the title says its holder's side, not his body
            r.of = None
            if _municipal_seat(r, lex) or _council_seat(r.role, lex):
                # "X, conseiller communal UDC", "la conseillère municipale PS Y": a municipal
                # seat is the commune's, the one a bare municipal title is held in
                r.of = _place_before(doc, idx, r)
            elif _elected_seat(r):  # "Dans le canton de Thiaucourt, le conseiller général UDF X"
                r.of = _constituency_near(doc, idx, r)
    for r in roles:
        if r.of is None and r.of_name is None and not r.complement and _elected_seat(r):
            r.of = _constituency_near(doc, idx, r)  # "le conseiller général sortant, X (RPR)"
    for r in roles:
        if r.of is None and r.of_name is None and _establishment_post(r) and not _unread_complement(doc, r):
            # "Le camping des Bouleaux a changé de mains. La gérante, X, ...", "le directeur
            # général, Y" in a story about a hospital: one who runs or owns an establishment
            # runs the one the story names there
            r.of = _establishment_body(doc, entities, r)
    _kind_bodies(doc, entities, roles, lex)
    # "la deuxième adjointe, X, qui représentait la commune", "l'abbé Y, représentant
    # l'archevêque": one who holds an office and stands in for a body or a person at an event
    # holds no office of representative besides (a representative named by the noun is kept)
    stand_in = {id(r) for r in roles if _stands_in(doc, r)}
    titled_other = {id(r.person) for r in roles if id(r) not in stand_in}
    roles = [r for r in roles if id(r) not in stand_in or id(r.person) not in titled_other]
    # a descriptor ("le scientifique X") adds nothing when the person has a real title
    # nor does a cleric's form of address ("l'abbé X, aumônier de l'hôpital", "le
    # recteur du sanctuaire, le chanoine Y"): a standing, not an office (titles.json address_titles)
    descriptors = lex.generic | lex.address_titles
    titled = {id(r.person) for r in roles if fold(r.title) not in descriptors}
    roles = [r for r in roles if fold(r.title) not in descriptors or id(r.person) not in titled
             or (r.explicit and (fold(r.role) != fold(r.title) or r.of is not None or r.of_name is not None))]
    # "spécialiste de la Syrie" stays beside "responsable de l'organisation"
    _unnamed_bodies_by_name(roles, new_orgs)
    # organizations named in a title's complement exist only if a role fact points to them
    used = {id(r.of) for r in roles if r.of is not None}
    return roles, [e for e in new_orgs if id(e) in used]


# (on folded text: no accent, "’" written "'")
_DOMAIN_NAME = re.compile(r"(\w+) (?:de la |de l'|des |du |de |aux |au )(\w+)")


def _domain_named(name: str) -> bool:
    """A body named by its head and a government's domain ("la commission des affaires
    étrangères", "le conseil de la défense"), even in lower case, is named: French writes
    such names of parliamentary and state bodies without capitals as often as with."""
    from factx.components.organizations import _lex

    m = _DOMAIN_NAME.match(fold(name))
    return m is not None and m.group(1) in _lex()["state_bodies"] and m.group(2) in _lex()["ministry_domains"]


def _unnamed_bodies_by_name(roles: list[Role], new_orgs: list[Entity]) -> None:
    """A title's complement written only in common nouns and adjectives ("le président du comité
    consultatif", "le chef de la marine birmane", "la porte-parole de la délégation européenne")
    describes the body the person belongs to; it gives it no name (GUIDELINE.md: organizations
    are NAMED bodies). The role keeps it as its `of` by name; no organization entity is made
    of it. A complement with a capital ("du conseil général des Vosges", "du comité des fêtes
    de Thaon") names its body and stays one."""
    unnamed = {id(e) for e in new_orgs
               if not any(ch.isupper() for ch in e.name) and not _domain_named(e.name)}
    if not unnamed:
        return
    for r in roles:
        if r.of is not None and id(r.of) in unnamed:
            r.of, r.of_name = None, r.of.name
