"""Organizations the model misses or mistypes, found by rules of French news writing.

Run after the model's entities and factx's token patterns (`factx_entities`), on their
candidates, with the lexicons of models/organizations.json:

- an institution named by a common head noun and its complement, read from the parse:
  "l'ambassade d'Espagne", "le service départemental d'incendie et de secours", "le
  comité de fleurissement"; the complement is the chain of "de" noun phrases the parse
  attaches to the head, so the name stops before "à Moscou", a comma or a verb;
- buildings and sites named that way are places ("l'hôpital de Belfort");
- a name put after a noun that says what it is, "la chaîne Al Jazeera", "le quotidien
  Brixworth Herald", is an organization, and so is every other mention of that name in the
  document (document-level evidence, not a list of names);
- so is a name with a noun of bodies in apposition ("la SAR, entreprise de travaux publics");
- a name headed by a capitalized noun of bodies that the model took for a place or left
  untyped, and that no gazetteer knows, is one ("l'Harmonie municipale");
- a name coordinated with organizations in an enumeration ("du Sdep, du Moval et
  d'Agir Ensemble") is one of them when the model could not type it;
- a proper name completed by a nationality adjective ends there, before its seat ("la
  Commission européenne de Bruxelles");
- a parent body given by its acronym is a separate organization ("Conseil de sécurité
  de l'ONU" is "Conseil de sécurité" and "ONU");
- a minister's portfolio is not an organization ("ministre de l'Intérieur");
- a body noun in lower case names a body only after a definite article ("une association
  d'États libres", "en direction des Hauts-de-Seine" do not);
- events, texts, prizes and diplomas are not organizations, whether their noun heads the
  name ("Salon du livre", "Constitution") or comes right before it ("accords de Schengen");
  nor are a day or a month ("Mardi"), a Roman numeral ("XXIe"), a regime ("Quatrième
  République"), people addressed ("Messieurs les Députés"), a common noun that only the
  start of a sentence capitalizes ("Pompiers et policiers ...", when the text writes that
  plural in lower case elsewhere or coordinates it with a lower-case noun).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache
from itertools import pairwise
from typing import Any

from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from factx.components import base
from factx.resources import load_json
from factx.types import Candidate
from factx.words import fold, is_acronym

_DE = ("de", "du", "des", "d'", "d\u2019")
# a definite article, elided or contracted: "la FCPE", "du Samu"
DEFINITE_ANY = ("le", "la", "les", "l'", "l\u2019", "du", "des", "au", "aux")
_NOT_ACTS = frozenset(("être", "avoir", "pouvoir", "devoir", "sembler", "paraître", "rester", "devenir",
                       "présenter", "permettre", "varier", "augmenter", "baisser", "diminuer"))
_ARTICLES = ("la", "le", "les", "l'", "l\u2019")
_NAMED = ("organization", "place", "misc", "person")
_ORDINAL = re.compile(r"^\d+(?:e|er|re|ère|ème)$")


def _portfolio_adjectives(listed: list[str]) -> frozenset[str]:
    """Folded adjectives that may stand between a minister's title and its portfolio: those of
    nationality and the listed ones ("le ministre chypriote des Finances", "fédérale")."""
    from factx.resolve.lexicon import lexicon

    return frozenset(fold(w) for w in [*lexicon().nationalities, *listed])


@cache
def _lex() -> dict[str, Any]:
    data = load_json("organizations.json")
    return {
        "bodies": {fold(w) for w in data["body_heads"]},
        "party_heads": frozenset(fold(w) for w in data["party_heads"]),
        "state_bodies": frozenset(fold(w) for w in data["state_body_heads"]),
        "portfolio_bodies": {fold(w) for w in data["portfolio_bodies"]},
        "heads": {fold(w) for w in data["institution_heads"]},
        "territorial": {fold(w) for w in data["territorial_adjectives"]},
        "venues": {fold(w) for w in data["venue_heads"]},
        "building_parts": tuple(data["building_parts"]),
        "buildings": {fold(w) for w in data["building_nouns"]},
        "titles": {fold(w) for w in data["title_heads"]},
        "title_acronyms": frozenset(data["title_acronyms"]),
        "kind_in_name": frozenset(fold(w) for w in data["kind_in_name_heads"]),
        "family_firm_tails": tuple(data["family_firm_tails"]),
        "company_words": frozenset(data["company_words"] + data["family_firm_tails"] + data["legal_forms"]
                                   + data["trailing_legal_forms"]),
        "body_words": {fold(w) for w in data["body_heads"] + data["institution_heads"] + data["title_heads"]
                       + data["expansion_heads"]},
        "expansion": {fold(w) for w in data["expansion_heads"]} - {fold(w) for w in data["body_heads"]
                                                                    + data["institution_heads"]},
        "portfolios": {fold(w) for w in data["portfolio_heads"]},
        "territory_acronyms": frozenset(data["territory_acronyms"]),
        "field_aldermen": {fold(w) for w in data["field_aldermen"]},
        "staff_heads": {fold(w) for w in data["staff_heads"]},
        "field_holders": {fold(w) for w in data["field_holders"]},
        "ministry_domains": frozenset(fold(w) for w in data["ministry_domains"]),
        "lower_parties": frozenset(fold(w) for w in data["lower_party_heads"]),
        "party_families": frozenset(fold(w) for w in data["party_families"]),
        "council_domains": frozenset(fold(w) for w in data["ministry_domains"] + data["council_domains"]),
        "portfolios_a": {fold(w) for w in data["portfolio_heads_with_a"]},
        "portfolio_adjectives": _portfolio_adjectives(data["portfolio_title_adjectives"]),
        "club_prefixes": set(data["club_prefixes"]),
        "club_suffixes": frozenset(data["club_suffixes"]),
        "club_sport_words": frozenset(data["club_sport_words"]),
        "parties_conferences": frozenset(data["parties_conferences"]),
        "club_words": set(data["club_words"]),
        "sport_cues": {fold(w) for w in data["sport_cues"]},
        "play_verbs": frozenset(fold(w) for w in data["play_verbs"]),
        "play_nouns": frozenset(fold(w) for w in data["play_nouns"]),
        "transfer_words": frozenset(fold(w) for w in data["transfer_words"]),
        "rubrics": frozenset(fold(w) for w in [*load_json("entities.json")["sport_rubrics"],
                                                *load_json("entities.json")["sport_names"]]),
        "sport_verbs": {fold(w) for w in data["sport_verbs"]},
        "team_sports": frozenset(fold(w) for w in data["team_sports"]),
        "losing_verbs": {"ceder", "chuter", "tomber"},  # with a score: "céder 36-32", not alone
        "countries": {fold(v) for v in load_json("roles/nationalities.json")["adjectives"].values()},
        "seats": {fold(w) for w in data["seats_of_power"]},
        "exile_heads": frozenset(fold(w) for w in data["exile_heads"]),
        "seat_verb_forms": frozenset(data["seat_verb_forms"]),
        "media_before": tuple(sorted({tuple(fold(w).split()) for w in data["media_cues"]["before"]},
                                     key=len, reverse=True)),
        "online_verbs": {fold(w) for w in data["media_cues"]["online_verbs"]},
        "agent_verbs": {fold(w) for w in data["media_cues"]["agent_verbs"]},
        "told_verbs": frozenset(fold(w) for w in data["media_cues"]["told_verbs"]),
        "account_nouns": frozenset(fold(w) for w in data["media_cues"]["account_nouns"]),
        "interview_nouns": frozenset(fold(w) for w in data["media_cues"]["interview_nouns"]),
        "members": {fold(w) for w in data["member_nouns"]},
        "leaders": {fold(w) for w in data["leader_nouns"]},
        "branches": frozenset(fold(w) for w in data["branch_nouns"]),
        "linked": frozenset(fold(w) for w in data["linked_adjectives"]),
        "groups": frozenset(fold(w) for w in data["group_nouns"]),
        "movements": frozenset(fold(w) for w in data["movement_names"]),
        "movement_verbs": frozenset(data["movement_verbs"]),
        "peoples": _peoples(),
        "demonym_suffixes": tuple(fold(w) for w in load_json("entities.json")["demonym_suffixes"]),
        "demonym_exceptions": frozenset(fold(w) for w in load_json("entities.json")["demonym_exceptions"]),
        "competitions": {fold(w) for w in data["competition_heads"]},
        "opponent": tuple(sorted((fold(w) for w in data["sport_opponent_words"]), key=len, reverse=True)),
        "non_bodies": {fold(w) for w in data["non_body_heads"]},
        "lower_non_bodies": frozenset(data["lower_non_body_heads"]),
        "meetings": {fold(w) for w in data["meeting_heads"]},
        "object_de_verbs": frozenset(fold(w) for w in data["object_de_verbs"]),
        "legal_forms": set(data["legal_forms"]),
        "trailing_legal_forms": frozenset(data["trailing_legal_forms"]),
        "sites": frozenset(fold(w) for w in data["site_heads"]),
        "own_name_heads": frozenset(fold(w) for w in data["own_name_heads"]),
        "grouping_tails": frozenset(data["grouping_tails"]),
        "place_acronyms": set(data["place_acronyms"]),
        "thing_acronyms": frozenset(data["thing_acronyms"]),
        "school_levels": frozenset(data["level_acronyms"]["school"]),
        "sport_levels": frozenset(data["level_acronyms"]["sport"]),
        "school_cues": frozenset(data["school_cues"]),
        "word_acronyms": frozenset(data["word_acronyms"]),
        "parliaments": frozenset(data["parliament_names"]),
        "mission_heads": frozenset(data["mission_heads"]),
        "trades": {fold(w) for w in data["trade_heads"]},
        "schools": {fold(w) for w in data["school_heads"] + data["home_heads"]},
        "service_heads": {fold(w) for w in data["service_heads"]},
        "purpose_heads": {fold(w) for w in data["purpose_heads"]},
        "divisions": {fold(w) for w in data["division_words"]},
        "division_tails": {fold(w) for w in data["division_tails"]},
        "civilities": {c.lower() for c in load_json("entities.json")["civilities"]},
        "ner_heads": {fold(w) for w in load_json("entities.json")["org_heads"]},
        "apposition": {fold(w) for w in data["apposition_heads"]},
        "apposed_names": {fold(w) for w in [*data["apposition_heads"], *data["apposed_name_heads"]]},
        "public_apposed": {fold(w) for w in data["apposed_name_heads"]},
        "named_bodies": {fold(w) for w in data["named_body_heads"] + data["body_heads"]},
        "organ_heads": {fold(w) for w in data["organ_heads"]},
        "inner_organs": frozenset(fold(w) for w in data["inner_organ_heads"]),
        "organ_forces": frozenset(fold(w) for w in data["organ_forces"]),
        "member_councils": frozenset(fold(w) for w in data["member_council_heads"]),
        "organ_complements": frozenset(fold(w) for w in data["organ_complements"]),
        "parent_organs": {fold(w) for w in data["parent_organ_heads"]},
        "domain_bodies": frozenset(fold(w) for w in data["domain_body_heads"]),
        "domain_firsts": frozenset(fold(w).split(" ")[0] for w in data["domain_body_heads"]),
        "domain_letters": frozenset(fold(w)[0] for w in data["domain_body_heads"]),
        "limiting": {fold(w) for w in data["limiting_adjectives"]},
        "phrase_heads": {fold(w) for w in data["phrase_name_heads"]},
        "phrase_links": {fold(w) for w in data["phrase_name_links"]},
        "slogan_seconds": {fold(w) for w in data["slogan_second_words"]},
        "managed": {fold(w) for w in data["managed_heads"]},
        "takeover_verbs": frozenset(fold(w) for w in data["takeover_verbs"]),
        "body_act_verbs": frozenset(data["body_act_verbs"]),
        "takeover_nouns": frozenset(fold(w) for w in data["takeover_nouns"]),
        "apposition_people": frozenset(fold(w) for w in data["apposition_people"]),
        "press_heads": {fold(w) for w in data["press_heads"]},
        "press_title_words": frozenset(data["press_title_words"]),
        "quoted_name_heads": frozenset(fold(w) for w in data["quoted_name_heads"]),
        "kind_acronyms": frozenset(data["kind_acronyms"] + data["legal_forms"]),
        "kinds": {fold(w) for w in data["body_heads"] + data["institution_heads"] + data["venue_heads"]},
        "coordinated_kind_heads": frozenset(fold(w) for w in data["coordinated_kind_heads"]),
        "calendar": {fold(w) for part in ("months", "weekdays") for w in load_json("calendar.json")[part]},
        "weekdays": frozenset(load_json("calendar.json")["weekdays"]),
    }


def _peoples() -> frozenset[str]:
    """Nationalities and faiths or peoples (roles/nationalities.json), masculine singular
    folded: "les Kurdes", "les Français" name a people, not a movement."""
    data = load_json("roles/nationalities.json")
    words = list(data["adjectives"]) + [f for w in data["faiths"] for f in w.split("|")]
    return frozenset(fold(w) for w in words)


def names_a_body(phrase: str) -> bool:
    """A lowercase phrase names a body when its first word is a noun of bodies, singular or
    plural ("organismes régionaux de promotion des exportations"), not when it names a
    thing ("accidents vasculaires cérébraux", "salaire minimum de croissance")."""
    lex = _lex()
    words = fold(phrase).split()
    if not words:
        return False
    first = words[0]
    if first in lex["body_words"]:
        return True
    # a plural of bodies ("organismes"), not of an expansion's head unless listed: "les instituts
    # médico-éducatifs (IME)" are a kind of school, "le centre intercommunal ... (CIAS)" one
    single = first[:-1]
    return first.endswith(("s", "x")) and single in lex["body_words"] and single not in lex["expansion"]


def _determined(doc: Doc, i: int) -> bool:
    """Token i is introduced by a determiner or a contracted article ("l'", "du", "au")."""
    k = i - 1
    while k >= 0 and ((doc[k].pos_ == "ADJ" and doc[k].is_lower) or _ORDINAL.match(doc[k].text)):
        k -= 1
    return k >= 0 and (doc[k].pos_ == "DET" or doc[k].lower_ in ("du", "au", "aux", "des"))


_NOT_DEFINITE = frozenset((
    "un", "une", "ce", "cet", "cette", "ces", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa",
    "ses", "notre", "nos", "votre", "vos", "leur", "leurs", "chaque", "aucun", "aucune",
    "plusieurs", "quelques", "certains", "certaines", "tout", "toute", "tel", "telle",
))


def _described(doc: Doc, i: int) -> bool:
    """Token i is introduced by an indefinite, demonstrative, possessive or quantifying word:
    "une association de citoyens", "chaque comité de quartier", "son conseil de
    discipline" describe a body; a body is named with the definite article."""
    k = i - 1
    while k >= 0 and ((doc[k].pos_ == "ADJ" and doc[k].is_lower) or _ORDINAL.match(doc[k].text)):
        k -= 1
    return k >= 0 and doc[k].lower_ in _NOT_DEFINITE


def _adjective(tok: Token) -> bool:
    """An adjective, or a participle used as one; a lower-case word the tagger calls a proper
    noun is an adjective it did not know ("kényane")."""
    return tok.pos_ in ("ADJ", "PROPN") or (tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm")) \
        or _demonym_modifier(tok)


_DEMONYM_ENDINGS = ("ien", "ienne", "iens", "iennes", "ais", "aise", "aises", "ois", "oise", "oises",
                    "ain", "aine", "ains", "aines")


def _demonym_modifier(tok: Token) -> bool:
    """A lower-case adjective of inhabitants the tagger did not know and called a verb or an
    auxiliary ("le Club des marcheurs" + "spinaliens"): the parse makes it a modifier and it
    ends like a demonym."""
    return tok.dep_ == "amod" and tok.pos_ in ("AUX", "VERB") and tok.is_lower and tok.is_alpha \
        and len(tok.text) > 6 and fold(tok.text).endswith(_DEMONYM_ENDINGS)


def _agrees(adj: Token, noun: Token) -> bool:
    """The adjective has the noun's number and gender where the tagger gives them."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    for feat in ("Number", "Gender"):
        a, n = adj.morph.get(feat), noun.morph.get(feat)
        if a and n and a != n:
            return False
    return True


# determiners that open a verb's object: inside a name an article or a possessive follows a
# preposition ("Maison de la culture", "Union pour un mouvement"), never a bare word
_OBJECT_DETS = frozenset({"le", "la", "les", "l'", "l\u2019", "un", "une", "son", "sa", "ses", "leur",
                          "leurs", "ce", "cet", "cette", "ces"})
_NAME_INNER_POS = frozenset({"VERB", "AUX", "ADJ", "NOUN"})
# a stretch of time may follow a name's adjective with its article ("le conseil municipal la
# semaine dernière"): no verb there (not `_TIME_NOUNS`, a date's words after a public body)
_STRETCH_NOUNS = frozenset({"semaine", "mois", "annee", "an", "veille", "lendemain", "nuit", "journee",
                            "matinee", "soiree", "saison", "week-end", "fois", "matin", "soir"})


def _subject_place(doc: Doc, start: int) -> bool:
    """The name starting at token `start` may be its clause's subject: no preposition nor
    verb stands before it and its article ("devant l'Assemblée générale des Nations unies" +
    "un discours": the object of the verb before, no verb after the name)."""
    j = start - 1
    while j >= 0 and doc[j].pos_ == "DET":
        j -= 1
    return j < 0 or doc[j].pos_ not in ("ADP", "VERB", "AUX")


def verb_run_on(doc: Doc, k: int, start: int) -> bool:
    """A lower-case word of a name's span that is the sentence's verb after a complete name: a
    word straight followed by an article or a possessive ("[Cour des comptes] critique la
    gestion": no name puts "la" after a bare word, only after a preposition), or a past
    participle with its agent ("[ministère de la Santé] cité par l'AFP") or agreeing with the
    name's head and not with the capitalized word before it ("[ministère de la Santé] cité";
    "Nations unies" keeps its adjective, which agrees with "Nations")."""
    t = doc[k]
    if not t.is_alpha or t.pos_ not in _NAME_INNER_POS or not doc[k - 1].text[:1].isalnum():
        return False
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    # (an infinitive or an imperative may open a cause's name: "Bien grandir au village"; a day's
    # number after the article is a date: "le comité directeur le 5 mai")
    if nxt is not None and nxt.lower_ in _OBJECT_DETS and nxt.pos_ == "DET" and _subject_place(doc, start) \
            and not {"Inf", "Imp"} & set(t.morph.get("VerbForm") + t.morph.get("Mood")) \
            and not (k + 2 < len(doc) and (fold(doc[k + 2].text) in _STRETCH_NOUNS or doc[k + 2].like_num)):
        return True
    if "Part" not in t.morph.get("VerbForm") or t.pos_ != "VERB":
        return False
    if nxt is not None and nxt.lower_ == "par":
        return True
    before = doc[k - 1]
    if not before.text[:1].isupper() or before.pos_ not in ("NOUN", "PROPN"):
        return False
    gender, number = t.morph.get("Gender"), t.morph.get("Number")
    b_gender, b_number = before.morph.get("Gender"), before.morph.get("Number")
    return bool(gender and b_gender and gender != b_gender) \
        or bool(number and b_number and number != b_number)


def _complement_end(doc: Doc, head: Token) -> int:
    """Token index where the name headed by `head` ends: its adjectives and the chain of
    "de" complements the parse attaches to it ("d'incendie et de secours"), contiguous."""
    inside = {head.i}
    i = head.i + 1
    end = head.i + 1
    n_compl = 0
    named_last = False  # the last complement is a name: "de l'Intérieur", "de Lorraine"
    while i < len(doc):
        tok = doc[i]
        # an adjective of the name: an adjective or a participle, right after its noun or
        # another adjective ("service départemental") or agreeing with the noun before it
        # ("des Nations unies") or with its own ("des donneurs de sang bénévoles"); a noun the
        # parse hangs on the name is the verb ("l'agence ... de Lorraine finance la moitié")
        # ("bénévoles", tagged a noun, agrees with "donneurs" and no object follows it)
        noun_adj = tok.pos_ == "NOUN" and _agrees(tok, tok.head) and not (
            i + 1 < len(doc) and doc[i + 1].pos_ in ("DET", "PRON", "NUM"))
        if tok.is_lower and verb_run_on(doc, i, head.i):
            break  # "la Cour des comptes" + "critique la gestion": the sentence's verb
        if tok.dep_ == "amod" and tok.head.i in inside and tok.is_lower and tok.is_alpha \
                and (_adjective(tok) or noun_adj) and (tok.head.i == i - 1 or doc[i - 1].dep_ == "amod"
                                                       or _agrees(tok, doc[i - 1]) or _agrees(tok, tok.head)):
            inside.add(i)
            i = end = i + 1
            continue
        coord = tok.lower_ == "et" and i + 1 < len(doc) and doc[i + 1].lower_ in _DE
        if tok.lower_ in _DE or coord:
            first = i + 1 if coord else i
            noun = doc[first].head
            # the parse may hang the first complement of a name opening on a capital on the
            # word the name completes ("le secrétaire de l'Office" + "des loisirs"): it is
            # the name's all the same
            sibling = not coord and not n_compl and head.is_title and noun.head.i == head.head.i \
                and head.head.i < head.i
            # and the town that closes a name after its adjective ("du centre de secours
            # principal" + "de Mévaux", hung on "chef du centre")
            sibling = sibling or (not coord and n_compl > 0 and doc[i - 1].i in inside
                                  and noun.pos_ == "PROPN" and noun.is_title
                                  and noun.head.i == head.head.i and head.head.i < head.i)
            # a capitalized word the tagger made an adjective is a name ("de Corcieux"), and so
            # is one it made a verb, a town ending like an infinitive ("de Vaubexviller")
            named = noun.pos_ in ("NOUN", "PROPN") or _capital_misread(noun)
            if noun.i <= first or not named \
                    or (noun.head.i not in inside and not sibling):
                break
            between = doc[first + 1 : noun.i]
            if any(t.pos_ not in ("DET", "ADJ", "NUM") or t.is_punct for t in between):
                break
            # "et de secours" joins a complement; "et de 800 euros", an amount, is no part of
            # the name
            if coord and any(t.like_num for t in between):
                break
            # "le club âgé de 41 ans", "l'amicale vieille de cent ans": an adjective that takes a
            # measure ("de" and a number) says the body's age or size, it is no part of its name:
            # the name ends before the adjective
            # (the parse may hang the measure on the noun: "club" + "de 41 ans")
            adj = doc[i - 1]
            if not coord and tok.lower_ in ("de", "d'", "d\u2019") and adj.i in inside and adj.i != head.i \
                    and adj.dep_ == "amod" and _adjective(adj) and any(t.like_num for t in (*between, noun)):
                end = adj.i
                break
            # "les pompiers de Bulgnéville et de Neufchâteau": the bodies of two towns, the
            # name ends with the first
            if coord and (noun.is_title or noun.is_upper) and (doc[i - 1].is_title or doc[i - 1].is_upper):
                break
            # "le ministère de la Santé" + "du cabinet précédent": after a capitalized
            # complement, one with a definite article and a noun in lower case says whose the
            # named body is, not its name ("la Ligue de Bretagne de football" keeps its sport)
            if not coord and named_last and noun.is_lower and (
                    tok.lower_ in ("du", "des") or any(t.lower_ in _ARTICLES for t in between)):
                break
            if not coord and _verbs_complement(doc, head, between, noun):
                break  # "a félicité le comité des fêtes" + "de son travail": the verb's
            inside.update(range(i, noun.i + 1))
            i = end = noun.i + 1
            n_compl += 1
            named_last = not noun.is_lower
            while i + 1 < len(doc) and doc[i].text == "-" and not doc[i - 1].whitespace_ \
                    and not doc[i].whitespace_:
                # a compound the tokenizer split: "sapeurs-pompiers", "Pont-l'Évêque"
                n = 2 if doc[i + 1].is_alpha else 3 if (
                    doc[i + 1].lower_ in ("l'", "l\u2019") and not doc[i + 1].whitespace_
                    and i + 2 < len(doc) and doc[i + 2].is_alpha) else 0
                if not n:
                    break
                inside.update(range(i, i + n))
                i = end = i + n
            titled = noun.is_lower and fold(noun.text) in _lex()["titles"]
            while i < len(doc) and doc[i].pos_ == "PROPN" and (doc[i - 1].pos_ == "PROPN" or titled) \
                    and doc[i].head.i in inside and (doc[i].is_title or doc[i].is_upper):
                titled = False  # "du groupe" + "Arcelor": the name the kind is given
                inside.add(i)  # a name of several words: "de Rio de Janeiro", "de Saint-Dié"
                i = end = i + 1
            if i == noun.i + 1 and noun.is_lower:
                i = end = _twin_names_end(doc, i)
                inside.update(range(noun.i + 1, end))
            continue
        break
    return end if n_compl else head.i


_OWNER_DETS = frozenset(("son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos",
                         "mon", "ma", "mes"))


def _verbs_complement(doc: Doc, head: Token, between: Span, noun: Token) -> bool:
    """The "de" complement (its words before its noun: `between`) is no part of the name of the
    body headed by `head` but a complement of the sentence's verb: one with a possessive ("de
    sa fidélité", "de leur patience": a body's name never says whose), or, when the body is
    the object of a verb that takes an object and a "de" complement ("remercier", "assurer",
    "informer", "accuser": `object_de_verbs`), the first singular lower-case one with its article
    ("a assuré la chorale" + "du plein appui de la mairie", "a prévenu le comité des riverains" +
    "de la coupure"); a plural or capitalized complement stays the body's ("des pompiers", "de
    Vrignolles")."""
    if any(t.lower_ in _OWNER_DETS for t in between):
        return True
    verb = head.head
    if head.dep_ != "obj" or verb.pos_ != "VERB" or fold(verb.lemma_) not in _lex()["object_de_verbs"]:
        return False
    if not noun.is_lower or "Plur" in noun.morph.get("Number"):
        return False
    de = doc[between.start - 1]  # "de", "du", "des": `between` opens right after it
    # with its article ("du soutien", "de la fermeture"): a bare "de" and noun is a compound of
    # the word before it ("des joueurs de quilles", "le club de tennis"); and when a complement
    # with a possessive follows, that one is the verb's ("de quilles" + "de sa fidélité")
    articled = de.lower_ == "du" or any(t.lower_ in _ARTICLES for t in between)
    return articled and not any(t.lower_ in _OWNER_DETS and doc[t.i - 1].lower_ in _DE
                                for t in doc[noun.i + 1 : min(noun.i + 12, noun.sent.end)])


def _twin_names_end(doc: Doc, i: int) -> int:
    """End of the names joined by a hyphen that a body's lower-case complement takes right
    after it, the places it links ("le comité de jumelage" + "Vittel-Badenweiler", "le club
    de l'amitié" + "Lunéville-Schwetzingen"): two capitalized words or more, none a given name
    (a person's name is no part of it); otherwise `i` itself."""
    from factx.resolve.names import is_given_name

    k = i
    parts = 0
    while k < len(doc) and doc[k].is_title and doc[k].is_alpha and not is_given_name(doc[k].text):
        parts += 1
        k += 1
        if k + 1 < len(doc) and doc[k].text in ("-", "–") and doc[k + 1].is_title:
            k += 1  # the hyphen, whether the tokenizer split it or spaced it
            continue
        break
    return k if parts >= 2 and (k - i) == 2 * parts - 1 else i


def _line_start(doc: Doc, i: int) -> bool:
    """Token i opens a line (a headline's first word: no article, a capital of position)."""
    return i == 0 or (doc[i - 1].is_space and "\n" in doc[i - 1].text)


def _ends_line(doc: Doc, end: int) -> bool:
    """Token `end` closes the line's name: a full stop and the line's end, or a colon (a
    rubric's: "Tribunal correctionnel d'Épinal : six mois pour un vol.")."""
    if end < len(doc) and doc[end].text == ":":
        return True
    k = end
    while k < len(doc) and doc[k].text in (".", "..", "...") and not doc[k].is_space:
        k += 1
    return k >= len(doc) or (doc[k].is_space and "\n" in doc[k].text)


def _is_named(doc: Doc, i: int, end: int, headline: bool = False) -> bool:
    """The head at token i and its complement up to `end` name one body: a body noun
    ("comité", "club") with any complement; another head ("cour", "service", a plural)
    only with a name in its complement or a territorial adjective ("départemental").
    At a headline's start the capital is the line's, not the name's."""
    lex = _lex()
    head = doc[i]
    if head.is_title and not headline:
        return True  # the capital marks a proper name: "la Cour des comptes", "le Comité des fêtes"
    plural = "Plur" in head.morph.get("Number")
    if fold(head.text) in lex["organ_heads"] and (_organ_of(doc, i, end) or _led_by_a_person(doc, i, end)):
        return False  # "la direction de l'usine": the management of a body, no body of its own
    if fold(head.text) in lex["bodies"] and not plural:
        # "le comité d'entreprise", "le comité de pilotage": an organ every firm or body has
        return not _organ_complement(doc, i, end)
    if not plural and fold(head.text) == "ministere" and _ministry_domain(doc, i, end):
        return True  # "le ministère du budget": a ministry named by its domain in lower case
    if not plural and i + 1 < end and fold(doc[i + 1].text) in lex["territorial"]:
        return True
    if not plural and fold(head.text) in lex["member_councils"] and _members_complement(doc, i, end):
        return True  # "la commission des finances", "le conseil des gouverneurs"
    if not plural and fold(head.text) in lex["lower_parties"]:
        return _party_family(doc, i, end)  # "le parti socialiste", "le parti des travailleurs"
    if not plural and fold(head.text) in lex["member_councils"] and _domain_council(doc, i, end):
        return True  # "la commission du contrôle des dépenses", "le conseil de sécurité"
    # a capital opens the name, whatever follows its hyphens: "de Bourg-Saint-Andéol", "de Saint-Jean-de-Luz"
    return any(t.text[:1].isupper() for t in doc[i + 1 : end]
               if t.pos_ in ("NOUN", "PROPN") or _capital_misread(t))


def _members_complement(doc: Doc, i: int, end: int) -> bool:
    """The council noun at token i, after a definite article, is completed right after it by
    "des" and a plural common noun in lower case, its members or its field ("la commission
    des finances", "le conseil des gouverneurs"): a standing body's name (`member_council_heads`)."""
    if i + 2 >= end or doc[i + 1].lower_ != "des" or not _after_definite(doc, i):
        return False
    noun = doc[i + 2]
    # ("lors du conseil des ministres de mercredi": a meeting on a day, not a body)
    return noun.pos_ == "NOUN" and noun.is_lower and noun.is_alpha and "Plur" in noun.morph.get("Number") \
        and not _dated(doc, i + 3, end)


_DEFINITE = frozenset(("le", "la", "l'", "l\u2019", "du", "au"))


def _after_definite(doc: Doc, i: int) -> bool:
    """Whether token i follows a definite article (or "du", "au"): a body's name, not a kind."""
    return i > 0 and doc[i - 1].lower_ in _DEFINITE


def _dated(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens start..end hold a word of the calendar: a meeting on a day ("le conseil
    des ministres de mercredi"), not a standing body."""
    return any(fold(t.text) in _lex()["calendar"] for t in doc[start:end])


def _party_family(doc: Doc, i: int, end: int) -> bool:
    """"parti" at token i, after a definite article, is named in lower case by its political
    family right after it (`party_families`: "le parti socialiste") or by its members after
    "des" ("le parti des travailleurs"): one party, not a kind of party ("un parti
    unique", "le parti majoritaire")."""
    if i + 1 >= end or not _after_definite(doc, i):
        return False
    nxt = doc[i + 1]
    if nxt.is_lower and fold(nxt.text) in _lex()["party_families"]:
        return True
    return _members_complement(doc, i, end)


def _domain_council(doc: Doc, i: int, end: int) -> bool:
    """The council noun at token i, after a definite article, is completed by a field of
    public action (`council_domains`) after "de" and an article, with at most one adjective of
    its own between ("la commission du contrôle des dépenses", "la commission consultative des
    droits de la personne", "le conseil de sécurité"): a standing body of a state or a
    parliament, named in lower case."""
    if not _after_definite(doc, i):
        return False
    k = i + 1
    if k < end and doc[k].pos_ == "ADJ" and doc[k].is_lower:
        k += 1  # "consultative", "permanente"
    if k >= end or doc[k].lower_ not in _DE:
        return False
    # a field with its article ("du contrôle des dépenses"); with none, the kind of a committee
    # every body has ("une commission de contrôle"), but for "le conseil de sécurité"
    determined = doc[k].lower_ in ("du", "des")
    k += 1
    while k < end and doc[k].lower_ in ("la", "l'", "l\u2019"):
        determined = True
        k += 1
    if k >= end or not doc[k].is_lower or doc[k].pos_ not in ("NOUN", "ADJ"):
        return False
    word = fold(doc[k].text)
    if word == "securite" and not determined:
        return fold(doc[i].text) == "conseil"  # a town's "commission de sécurité" visits halls
    return determined and word in _lex()["council_domains"] and not _dated(doc, k + 1, end)


def _organ_complement(doc: Doc, i: int, end: int) -> bool:
    """The first noun of the complement of the body noun at token i, in lower case right after
    "de", is one of `organ_complements` ("le comité (central) d'entreprise", "de pilotage")."""
    words = _lex()["organ_complements"]
    for t in doc[i + 1 : end]:
        if t.pos_ in ("NOUN", "PROPN"):
            return t.is_lower and doc[t.i - 1].lower_ in ("de", "d'", "d\u2019") and fold(t.text) in words
    return False


def _capital_misread(tok: Token) -> bool:
    """A capitalized word inside the sentence that the tagger made an adjective or a verb:
    a proper name all the same ("de Corcieux", "de Vaubexviller", read as an infinitive)."""
    return tok.pos_ in ("ADJ", "VERB") and tok.is_title and tok.i > 0 and not tok.is_sent_start \
        and not _line_start(tok.doc, tok.i)


def _ministry_domain(doc: Doc, i: int, end: int) -> bool:
    """The complement of "ministère" at token i opens, right after "de" and an article, on
    a government's domain (`ministry_domains`): "du budget", "de la défense", "des affaires
    sociales"; not "de la parole", "du culte"."""
    k = i + 1
    while k < end and doc[k].lower_ in (*_DE, "la", "l'", "l\u2019"):
        k += 1
    return i + 1 < k < end and doc[i + 1].lower_ in _DE \
        and doc[k].pos_ in ("NOUN", "ADJ", "PROPN") and fold(doc[k].text) in _lex()["ministry_domains"]


@cache
def _heads(*keys: str) -> frozenset[str]:
    """The words under `keys` of `_lex`, together (built once per set of keys)."""
    lex = _lex()
    return frozenset().union(*(lex[k] for k in keys))


@cache
def _organ_things() -> frozenset[str]:
    """What an organ noun runs: a body, a building, a shop (organ_of)."""
    return _heads("heads", "bodies", "venues", "trades", "named_bodies", "managed")


def _organ_of(doc: Doc, i: int, end: int) -> bool:
    """The complement of the organ noun at token i names what it runs: a body, a building, a
    shop or a named entity ("la direction de l'usine", "de l'hôpital", "de Renault"), not a
    domain of public action ("la direction de l'aviation civile")."""
    things = _organ_things()
    for t in doc[i + 1 : end]:
        if t.pos_ in ("NOUN", "PROPN"):
            low = fold(t.text)
            return t.is_title or t.is_upper or _listed(low, things)
    return False


def _led_by_a_person(doc: Doc, i: int, end: int) -> bool:
    """The complement of the organ noun at token i opens on a person's title in lower case
    ("sous la direction du lieutenant X", "de l'adjudant", "du chef de choeur"): a person
    leads, no body is named."""
    from factx.resolve.lexicon import lexicon

    for t in doc[i + 1 : end]:
        if t.pos_ in ("NOUN", "PROPN"):
            return t.is_lower and lexicon().title_of(t.text) is not None
    return False


def _listed(low: str, words: Collection[str]) -> bool:
    """The folded noun `low` or its singular is one of `words` ("verreries", "tissages")."""
    return low in words or low.rstrip("sx") in words


def runs_a_named_body(doc: Doc, head: Token, i: int) -> bool:
    """The organ noun `head` ("la direction des") governs a name at token i that opens on a
    capitalized noun of bodies or of a firm's trade ("Verreries de Brisemont", "Tissages de
    la Vologne"): the management of that body, which is the body named, not one of its own
    ("la direction des Affaires culturelles", a domain, is)."""
    lex = _lex()
    first = doc[i]
    low = fold(first.text)
    return fold(head.text) in lex["organ_heads"] and first.is_title \
        and _listed(low, lex["named_bodies"])


# a name given after a day of history, in one token: "place du 30-Septembre", "rue du 8-Mai-1945",
# "le stade du 14-Juillet"
DATE_NAME = re.compile(r"^\d{1,2}(?:er)?-(?:[Jj]anvier|[Ff][ée]vrier|[Mm]ars|[Aa]vril|[Mm]ai|[Jj]uin"
                       r"|[Jj]uillet|[Aa]o[uû]t|[Ss]eptembre|[Oo]ctobre|[Nn]ovembre|[Dd][ée]cembre)(?:-\d{2,4})?$")


def _date_named_end(doc: Doc, head_i: int, end: int) -> int:
    """A venue named after a day of history is named by that day alone ("le stade du 14-Juillet"):
    its "de" complement after it is the town where it stands ("du 14-Juillet de Lomé")."""
    k = head_i + 1
    if k + 1 < end and doc[k].lower_ == "du" and DATE_NAME.match(doc[k + 1].text):
        return k + 2
    return end


def institution_spans(doc: Doc) -> list[tuple[Span, str]]:
    """Bodies named by a lowercase head noun and a complement ("l'ambassade d'Espagne"),
    with their type: organization, or place for a building or site ("l'hôpital de Belfort")."""
    lex = _lex()
    out: list[tuple[Span, str]] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if tok.pos != NOUN and tok.pos != PROPN:
            i += 1  # the common case, tested first
            continue
        headline = tok.is_title and _line_start(doc, i)
        capital = tok.is_title and not tok.is_sent_start and not headline
        if not (tok.is_lower or capital or headline) or (not headline and not _determined(doc, i)) \
                or _described(doc, i):
            i += 1
            continue
        key = fold(tok.text)
        two = fold(doc[i : i + 2].text) if i + 1 < len(doc) else ""
        if i + 2 < len(doc) and fold(doc[i : i + 3].text) in lex["heads"]:
            key = fold(doc[i : i + 3].text)  # "centre d'incendie": a kind of body in three words
        head_i = i
        hyphen = i + 2 < len(doc) and doc[i + 1].text == "-" and not tok.whitespace_ \
            and not doc[i + 1].whitespace_
        if hyphen and fold(doc[i : i + 3].text) in lex["kinds"]:
            key = fold(doc[i : i + 3].text)  # "sapeurs" + "-" + "pompiers", cut by the tokenizer
            head_i = i + 2
        meeting = _meeting_end(doc, i)
        if meeting:
            i = meeting  # "l'assemblée générale de l'amicale ...": the body is the complement
            continue
        venue = key in lex["venues"] or two in lex["venues"]
        label = "place" if venue and not capital else (  # a headline's venue too: "Hôpital de X."
            "organization" if key in lex["heads"] or key in lex["bodies"]
            or (key in lex["coordinated_kind_heads"] and _coordinated_kinds(doc, i))
            or (key in lex["lower_parties"] and tok.is_lower) else None)
        if label is None:
            i += 1
            continue
        if key in lex["staff_heads"] and _office_holder_after(doc, head_i):
            i += 1  # "le cabinet du premier ministre": the office-holder's staff, no body
            continue
        end = _complement_end(doc, doc[head_i])
        if key in lex["lower_parties"] and end <= head_i + 1 and head_i + 1 < len(doc) \
                and fold(doc[head_i + 1].text) in lex["party_families"]:
            end = head_i + 2  # "le parti socialiste": an adjective alone names the party
        if venue:
            end = _date_named_end(doc, head_i, end)
        if key in _SEE_HEADS:
            end = _second_seat_end(doc, end)
        body = _plural_of_body(doc, head_i, end)
        if body is not None:
            # "les pompiers de la caserne de Mauriac": the caserne is the name
            if any(t.text[:1].isupper() for t in doc[body + 1 : end]
                   if t.pos_ in ("NOUN", "PROPN") or _capital_misread(t)):
                kind = fold(doc[body].text)
                out.append((doc[body:end], "place" if kind in lex["venues"] else "organization"))
            i = end
            continue
        if headline and not _ends_line(doc, end):
            i += 1  # a title line is a name when the name fills it: "Tribunal correctionnel d'Épinal."
            continue
        organ = key in lex["inner_organs"] and not capital
        body_i = _organ_of_named_body(doc, head_i, end) if organ else None
        if body_i is not None:
            # "le bureau communautaire de la communauté d'agglomération du Val": the body is inside
            force_end = _complement_end(doc, doc[body_i])
            if fold(doc[body_i].text) in lex["organ_forces"] and force_end > body_i + 1:
                out.append((doc[body_i:force_end], "organization"))  # "de la police judiciaire"
                i = force_end
            else:
                i += 1
            continue
        if end > head_i + 1 and _is_named(doc, head_i, end, headline):
            first = i - 1 if i >= 1 and _ORDINAL.match(doc[i - 1].text) else i  # "le 9e régiment"
            out.append((doc[first:end], label))
            i = end
        else:
            i += 1
    return out


def _office_holder_after(doc: Doc, i: int) -> bool:
    """The noun at token i is followed by "du", "de la" or "de l'" and a title in lower case,
    an adjective before it allowed ("le cabinet du premier ministre", "le cabinet de la
    ministre de la Culture"): the staff of that title's holder (`staff_heads`)."""
    from factx.resolve.lexicon import lexicon

    k = _past_definite_de(doc, i + 1, len(doc))
    if k is None:
        return False
    titles = lexicon()
    for n in (2, 1, 3):
        if k + n <= len(doc) and all(t.is_lower for t in doc[k : k + n]) \
                and titles.title_of(doc[k : k + n].text) is not None:
            return True
    return False


def _past_definite_de(doc: Doc, k: int, end: int) -> int | None:
    """The token after "du", "de la" or "de l'" at token k (before `end`), or None: where the
    complement of "le cabinet du ...", "le bureau de la ..." opens."""
    if k < end and doc[k].lower_ == "du":
        return k + 1
    if k + 1 < end and doc[k].lower_ == "de" and doc[k + 1].lower_ in ("la", "l'", "l\u2019"):
        return k + 2
    return None


# a church's see, which may be named by two towns: "le diocèse de Nancy et de Toul"
_SEE_HEADS = frozenset(("diocese", "archidiocese", "eveche", "archeveche"))


def _second_seat_end(doc: Doc, end: int) -> int:
    """After a see's name ending at token `end`, "et de" and a second town written with its
    capital ("le diocèse de Nancy et de Toul", "l'évêché de Saint-Claude et de Belley"): the
    see is named by both, one body; the end past the second town, else `end`."""
    if end + 2 >= len(doc) or doc[end].lower_ != "et" or doc[end + 1].lower_ not in _DE \
            or not doc[end - 1].text[:1].isupper():
        return end
    m = _PLACE_WORDS.match(base.original_text(doc), doc[end + 2].idx)
    return end if m is None else _token_at(doc, m.end())


def organ_body_at(doc: Doc, i: int, end: int) -> int | None:
    """The organ noun at token i (`inner_organ_heads`), at most two lower-case adjectives
    ("exécutif", "directeur") or a bare noun of its kind ("d'administration"), then "du",
    "de la" or "de l'" and a body (`organ_of_a_body`): "le bureau communautaire de la
    communauté d'agglomération du Val", "le bureau exécutif de l'Union des artisans de X"
    name an organ of that body, no body of its own; not "le conseil municipal de Varcourt"
    (a town), "le comité des fêtes" (no article). The body's first token, or None."""
    k = i + 1
    while k < min(end, i + 3) and doc[k].is_lower and doc[k].is_alpha \
            and doc[k].pos_ in ("ADJ", "VERB", "NOUN"):
        k += 1  # "exécutif", "permanente", "communautaire", "directeur" (tagged a noun)
    if k + 1 < end and doc[k].lower_ in ("de", "d'", "d\u2019") and doc[k + 1].is_lower \
            and doc[k + 1].pos_ == "NOUN":
        k += 2  # the organ's kind, a bare noun: "le conseil d'administration", "de surveillance"
    k = _past_definite_de(doc, k, end)
    if k is None or k >= end or not organ_of_a_body(doc, doc[i], k):
        return None
    return k


def _organ_of_named_body(doc: Doc, i: int, end: int) -> int | None:
    """`organ_body_at`, when the body after the organ at token i is named: a force of the
    state, or a lower-case noun of bodies with its own complement that names one."""
    k = organ_body_at(doc, i, end)
    if k is None:
        return None
    if fold(doc[k].text) in _lex()["organ_forces"]:
        return k  # "de la police judiciaire": a force of the state, named by its noun
    inner = _complement_end(doc, doc[k])
    return k if inner > k + 1 and _is_named(doc, k, inner) else None


def organ_of_a_body(doc: Doc, head: Token, i: int) -> bool:
    """The lower-case noun `head` is one of a body's organs (`inner_organ_heads`) and the
    name at token i, after its definite article, opens on a singular lower-case noun of
    bodies ("le bureau communautaire de la" + "communauté d'agglomération du Val"): the organ
    of that body, which is the body named, not one of its own."""
    lex = _lex()
    body = doc[i]
    if not (head.is_lower and fold(head.text) in lex["inner_organs"] and i > 0
            and doc[i - 1].lower_ in ("du", "la", "l'", "l\u2019")):
        return False
    if body.is_title and not body.is_sent_start:
        # "le bureau exécutif de l'" + "Union des artisans": a body's own name
        return _listed(fold(body.text), _heads("named_bodies", "party_heads"))
    return body.is_lower and body.pos_ == "NOUN" and "Plur" not in body.morph.get("Number") \
        and fold(body.text) in _heads("heads", "bodies", "organ_forces")


def _coordinated_kinds(doc: Doc, i: int) -> bool:
    """The head at token i is followed by two bare nouns of activity joined by "et", each
    after "de" with no article ("le centre d'incendie et de secours", "le pôle de formation
    et d'insertion"): the kind of a body, whose name the complement after it completes; not
    "le centre de la ville et de la région" (articles), nor "le centre de Golbey"."""
    k = i + 1
    if k + 4 >= len(doc) or "Sing" not in doc[i].morph.get("Number", ["Sing"]):
        return False
    first, second = doc[k + 1], doc[k + 4]
    bare = ("de", "d'", "d\u2019")
    return doc[k].lower_ in bare and doc[k + 2].lower_ == "et" and doc[k + 3].lower_ in bare \
        and all(t.pos_ == "NOUN" and t.is_lower and t.is_alpha for t in (first, second))


def _plural_of_body(doc: Doc, i: int, end: int) -> int | None:
    """A plural head whose complement is itself a body named by its kind, a singular noun in
    lower case ("les pompiers de la caserne de Mauriac", "les militaires de la
    brigade de Murat"): the men of that body, which is the name (the token where it starts,
    or None); not "les pompiers de Gondrecourt", where the town names them."""
    if "Plur" not in doc[i].morph.get("Number") or i + 1 >= end or doc[i + 1].lower_ not in _DE:
        return None
    k = i + 2
    if k < end and doc[k].lower_ in _ARTICLES:
        k += 1
    single = k < end and doc[k].is_lower and doc[k].pos_ == "NOUN" and "Sing" in doc[k].morph.get("Number")
    return k if single else None


def _meeting_end(doc: Doc, i: int) -> int | None:
    """Token index after a body's meeting named at token i ("assemblée générale",
    `meeting_heads`), in lower case or capitalized by the start of a sentence or headline
    only; None otherwise ("l'Assemblée générale des Nations unies" is a body's name)."""
    tok = doc[i]
    if not (tok.is_lower or (tok.is_title and (tok.is_sent_start or _line_start(doc, i)))) \
            or tok.pos_ not in ("NOUN", "PROPN"):
        return None  # the headline under a "date ..." line is no sentence start for the parser
    meetings = _lex()["meetings"]
    for n in (3, 2):
        if i + n <= len(doc) and fold(doc[i : i + n].text) in meetings \
                and all(t.is_lower for t in doc[i + 1 : i + n]):
            return i + n
    return None


def _meetings(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A name that opens on a body's meeting ("Assemblée générale du Cercle nautique de
    Lérinville.") names the body after "de", not the meeting: it starts there, or gives way
    to the name the model found there; a meeting alone ("Assemblée générale.") is an event."""
    text = base.original_text(doc)
    heads = _heads("heads", "bodies")
    out = []
    for c in cands:
        tok = _token_starting_at(doc, c.start) if c.label in ("organization", "misc") else None
        end = _meeting_end(doc, tok.i) if tok is not None else None
        if tok is None or end is None:
            out.append(c)
            continue
        j = end
        while j < len(doc) and doc[j].idx < c.end and (doc[j].lower_ in _DE or doc[j].lower_ in _ARTICLES):
            j += 1
        if j == end or j >= len(doc) or doc[j].idx >= c.end or (
                doc[j].is_lower and not _listed(fold(doc[j].text), heads)):
            # the meeting itself, an event; its people ("des donneurs de sang") name no body
            c.label = "misc"
            out.append(c)
            continue
        start = doc[j].idx
        if any(o is not c and o.label in _NAMED and base.overlaps(o.start, o.end, start, c.end)
               for o in cands):
            continue  # "Union sportive de Mirecourt" is named there: no name is cut inside another
        c.start, c.label = start, "organization"
        c.attrs["name"] = text[start : c.end]
        out.append(c)
    return out


def _undetermined_heads(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A name led by a lower-case noun of bodies names a body only with a definite article
    before it: "une association d'États libres" describes one, "en direction des
    Hauts-de-Seine" and "le train parti de Berne" are a way and a participle. A place the
    model saw in the complement stays (entity_types types it); anything else names nothing."""
    text = base.original_text(doc)
    heads = _heads("heads", "bodies", "ner_heads")
    out = []
    for c in cands:
        name = c.attrs.get("name", "")
        tok = _token_starting_at(doc, c.start) if c.label == "organization" and name[:1].islower() else None
        if tok is None or fold(tok.text) not in heads \
                or (_determined(doc, tok.i) and not _described(doc, tok.i)):
            out.append(c)
            continue
        k = tok.i + 1
        while k < len(doc) and doc[k].idx < c.end and not (doc[k].is_title or doc[k].is_upper):
            k += 1
        place = [e for e in doc.ents if e.label_ == "LOC" and e.start <= k < e.end]
        if k < len(doc) and doc[k].idx < c.end and place:
            # "en direction de Saint-Dié": the model's own place, whole, stays one; a part of a
            # longer span of the model is left to entity_types (misc), which types it on evidence
            c.start = doc[k].idx
            whole = any(e.start == k and e.end_char == c.end for e in place)
            words = text[c.start : c.end].replace("-", " ").split()  # a name, no "États libres"
            proper = all(w[:1].isupper() or w in ("de", "du", "des", "la", "le", "les", "sur", "en")
                         for w in words)
            c.label = "place" if whole and proper else "misc"
            c.attrs["name"] = text[c.start : c.end]
            out.append(c)
    return out


def _name_cands(cands: list[Candidate]) -> list[Candidate]:
    return [c for c in cands if c.label in _NAMED]


def _n_names(text: str, cands: list[Candidate]) -> None:
    """A name of West Africa opening on "N'" and a capital ("N'Guessan", "N'Djamena") keeps
    its "N'", which the model reads as the elided "ne" (that one takes a verb in lower case).
    Not a one-word person's: the later layers read a man named so by his first token alone."""
    for c in cands:
        s = c.start
        if c.label == "person" and " " not in str(c.attrs.get("name", "")):
            continue
        if s >= 2 and text[s - 2] == "N" and text[s - 1] in "'\u2019" and text[s : s + 1].isupper() \
                and (s == 2 or not text[s - 3].isalnum()) and "name" in c.attrs:
            c.start = s - 2
            c.attrs["name"] = text[c.start : c.start + 2] + c.attrs["name"]


def _adjacent_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Two organizations the model cut apart with one space between them are one name:
    French writes no body right after another without a comma or a conjunction ("Europe
    Écologie Les Verts", "Parti Pirate Varnois")."""
    orgs = sorted((c for c in cands if c.label == "organization"), key=lambda c: c.start)
    if len(orgs) < 2:
        return cands
    a = orgs[0]
    for b in orgs[1:]:
        if b.start == a.end + 1 and text[a.end] == " " and text[b.start:b.start + 1].isupper():
            cands.remove(b)
            a.end = b.end
            a.attrs["name"] = text[a.start : a.end]
        else:
            a = b
    return cands


@cache
def _club_word_re() -> re.Pattern[str]:
    words = "|".join(sorted((re.escape(w) for w in _lex()["club_words"]), key=len, reverse=True))
    return re.compile(rf"\b(?:{words}) (?=[A-ZÀ-Ý])")


def _club_word_towns(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A club's word then a town the gazetteer knows is one foreign club ("le Real Madrid",
    "du Sporting Lisbonne", "le Bayern Munich"), whatever the model read: nothing, or the town
    alone (a place inside the club's name); not when a person or a longer name covers it."""
    from factx import gazetteer

    text = base.original_text(doc)
    for m in _club_word_re().finditer(text):
        town = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if town is None or not town[0].is_title:
            continue
        tok = town[0]
        end = tok.idx + len(tok.text)
        if gazetteer.place_kind(tok.text) not in ("town", "subdivision"):
            continue
        start = m.start()
        inside = [c for c in _name_cands(cands) if base.overlaps(c.start, c.end, start, end)]
        if any(c.label == "person" or c.start < start or c.end > end for c in inside) \
                or any(c.label == "organization" and c.start == start and c.end == end for c in inside):
            continue
        for c in inside:
            cands.remove(c)
        cands.append(Candidate("organization", start, end, "rules", {"name": text[start:end]}))
    return cands


def _put_organization(cands: list[Candidate], text: str, start: int, end: int,
                      over: list[Candidate]) -> None:
    """The organization text[start:end] takes the place of the candidates `over` it covers;
    nothing changes if one of them runs out of it."""
    if any(c.start < start or c.end > end for c in over):
        return
    for c in over:
        cands.remove(c)
    cands.append(Candidate("organization", start, end, "rules", {"name": text[start:end]}))


def _run_over(c: Candidate, end: int, text: str, cands: list[Candidate], over: list[Candidate]) -> None:
    """Candidate c runs on to `end`; the names `over` it now covers are part of it."""
    for o in over:
        cands.remove(o)
    c.end = end
    c.attrs["name"] = text[c.start : end]


def _add_institutions(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Institution spans join the candidates; a place, organization or unknown name inside
    one is part of it ("d'Espagne" in "l'ambassade d'Espagne"); a person inside keeps it out,
    unless the "person" is a town the model misread ("la gendarmerie de Lamarche")."""
    text = base.original_text(doc)
    for span, label in institution_spans(doc):
        start, end = span.start_char, span.end_char
        inside = [c for c in _name_cands(cands) if base.overlaps(c.start, c.end, start, end)]
        # (not a participle with no auxiliary, an adjective of the name the tagger read as a
        # verb: "le Conseil de sécurité des Nations" + "unies")
        verb_after = span.end < len(doc) and (doc[span.end].pos_ == "AUX" or (
            doc[span.end].pos_ == "VERB" and "Part" not in doc[span.end].morph.get("VerbForm")))
        if verb_after:  # "la Cour des comptes critique ...": a name never runs into its verb
            for c in inside:
                if c.start >= start and c.end > end and c.label != "person":
                    c.end, c.attrs["name"] = end, text[c.start : end]
        if any(c.start < start or c.end > end for c in inside) \
                or any(c.label == "person" and not _town_read_as_person(doc, c, cands)
                       and not _school_town_read_as_person(doc, span, c, cands)
                       and not _service_domain(doc, span, c) for c in inside):
            continue
        head = next((t for t in span if not _ORDINAL.match(t.text)), span[0])
        # (the model's organization that opens on the lower-case noun of a complement joined
        # by "et" is a piece of this name cut there: "l'office de tourisme et des congrès de X")
        if any(c.label == "organization" and c.start > head.idx and not _cut_at_et(text, c)
               and not _service_domain(doc, span, c) for c in inside) \
                and fold(head.text) not in _lex()["portfolio_bodies"]:
            continue  # "le conseil d'administration de l'Agence ...": a part of a body named there
        same = [c for c in inside if c.start == start and c.end == end]
        if same:
            if label == "organization" and same[0].label == "place":
                # "la préfecture des Vosges rappelle": the State's office; "la cristallerie de
                # Rambervillers a fermé": the firm (a venue would be labelled a place above)
                same[0].label = "organization"
            continue
        for c in inside:
            cands.remove(c)
        cands.append(Candidate(label, start, end, "rules", {"name": text[start:end]}))
    return cands


_ET_DE_BEFORE = re.compile(r"\bet (?:de la |de l['’]|de |du |des |d['’])$")


def _cut_at_et(text: str, c: Candidate) -> bool:
    """Candidate c opens on a lower-case word right after "et" and a "de" ("et des congrès
    de X"): the second half of a name the model cut at its "et"."""
    return text[c.start].islower() and _ET_DE_BEFORE.search(text, max(0, c.start - 12), c.start) is not None


def _town_read_as_person(doc: Doc, c: Candidate, cands: list[Candidate]) -> bool:
    """A one-word "person" closing a body's name after "de" ("la gendarmerie de Lamarche",
    "les pompiers de Charmes") is the town the body serves when a gazetteer knows the town
    and no person of the document bears the word with a first name or a civility."""
    from factx import gazetteer

    name = c.attrs.get("name", "")
    if c.attrs.get("civility") or " " in name or not name[:1].isupper() or gazetteer.place_kind(name) is None:
        return False
    tok = _token_starting_at(doc, c.start)
    if tok is None or tok.i == 0 or doc[tok.i - 1].lower_ not in _DE:
        return False
    return not _borne_by_a_person(c, cands)


def _borne_by_a_person(c: Candidate, cands: list[Candidate]) -> bool:
    """Another person of the document bears the one-word name of c with a first name or a
    civility ("Jean Vornay", "M. Vornay"): c is that man, not a town."""
    name = c.attrs.get("name", "")
    return any(o is not c and o.label == "person" and name in o.attrs.get("name", "").split()
               and (" " in o.attrs.get("name", "") or o.attrs.get("civility")) for o in cands)


def _school_town_read_as_person(doc: Doc, span: Span, c: Candidate, cands: list[Candidate]) -> bool:
    """A one-word "person" after "de" closing the lower-case name of a school (school_heads:
    "le collège de Vornay", "le lycée professionnel de X"; "école" only with a kind word,
    "l'école de X" may be a school of thought) is its commune, one no gazetteer need know,
    when no person of the document bears the word with a first name or a civility. (Not
    after a territorial adjective: "le conseil municipal de X" leaves X a place, which the
    later layers read.)"""
    name = c.attrs.get("name", "")
    if c.attrs.get("civility") or " " in name or c.end != span.end_char or len(span) < 3 \
            or not span[0].is_lower or fold(span[0].text) not in _lex()["schools"] \
            or not all(t.is_lower for t in span[1 : len(span) - 2]) \
            or (fold(span[0].text) == "ecole" and len(span) < 4):
        return False
    tok = _token_starting_at(doc, c.start)
    if tok is None or tok.i == 0 or doc[tok.i - 1].lower_ not in _DE or not _commune_shape(tok):
        return False
    return not _borne_by_a_person(c, cands)


def _service_domain(doc: Doc, span: Span, c: Candidate) -> bool:
    """The model's name right after "de" and its article that closes the span of a service
    of a town hall or of a body, a lower-case `service_heads` noun ("le service des Espaces
    verts", "le service de l'Urbanisme"), is the service's domain, written with a capital:
    a word of the service's name, not a body or a person of its own."""
    head = span[0]
    if not head.is_lower or fold(head.text) not in _lex()["service_heads"] or c.end != span.end_char \
            or c.attrs.get("civility") or (c.label == "person" and " " in c.attrs.get("name", "")):
        return False
    k = head.i + 1
    if k < len(doc) and doc[k].lower_ in ("de", "d'", "d\u2019") and k + 1 < len(doc) \
            and doc[k + 1].lower_ in ("la", "l'", "l\u2019"):
        k += 1
    elif k >= len(doc) or doc[k].lower_ not in ("du", "des"):
        return False
    return k + 1 < len(doc) and doc[k + 1].idx == c.start and doc[k + 1].is_title


def _venues_are_places(cands: list[Candidate]) -> None:
    """"hôpital de Belfort", "musée du Louvre", "Centre des congrès": buildings and sites
    named by their kind are places (a capitalized one-word kind, "Port", "Palais", "Stade",
    often starts the name of a body: "Port autonome de Marseille")."""
    venues = _lex()["venues"]
    for c in cands:
        words = fold(c.attrs.get("name", "")).replace("' ", "'").replace("'", "' ").split()
        lower = c.attrs.get("name", "")[:1].islower()
        heads = {" ".join(words[:k]).replace("' ", "'") for k in ((1, 2, 3, 4) if lower else (2, 3, 4))}
        if c.label == "organization" and len(words) > 1 and (
                heads & venues or _named_for_a_person(c, venues)):
            c.label = "place"  # capitalized, only a kind of building in several words, or named for a person


def _named_for_a_person(c: Candidate, venues: Collection[str]) -> bool:
    """"la Médiathèque Jean-Lurçat", "le Musée Claude-Morel": a kind of building, capitalized,
    and a person's given name and surname joined by a hyphen, as French names its buildings and
    streets after people: the building, a place."""
    from factx.resolve.names import is_given_name

    words = c.attrs.get("name", "").split()
    if words and fold(words[0]) in ("le", "la", "l'", "les"):
        words = words[1:]
    return len(words) == 2 and fold(words[0]) in venues and "-" in words[1] \
        and words[1][:1].isupper() and is_given_name(words[1].split("-")[0])


@cache
def _local_lex() -> dict[str, Any]:
    """The kinds of local bodies and the national charities (models/organizations.json:
    local_body_heads and after)."""
    data = load_json("organizations.json")
    return {
        "heads": frozenset(fold(w) for w in data["local_body_heads"]),
        "letters": frozenset(fold(w)[:1] for w in data["local_body_heads"]),  # a cheap first test
        "bare": frozenset(fold(w) for w in data["local_bare_heads"]),
        "venues": frozenset(fold(w) for w in data["local_venue_heads"]),
        "venue_bodies": frozenset(fold(w) for w in data["local_venue_bodies"]),
        "charities": tuple(sorted(data["national_charities"], key=len, reverse=True)),
    }


_PLACE_LINKS = frozenset(("-", "sur", "sous", "en", "lès", "le", "la", "les", "l'", "l\u2019", "aux", "au",
                          "de", "du", "des", "d'", "d\u2019", "et"))


def _commune_shape(tok: Token) -> bool:
    """A token shaped as a commune's name: a capital, not all capitals, and a proper noun by
    the parse, or a common noun the model's vocabulary does not hold (no vector: "Brescoux";
    a capitalised word it knows, "Environnement", is no village), or a compound glued by
    hyphens whatever its tag ("Xertigny-le-Bas", "Damas-aux-Bois"): names the model may not
    know."""
    return tok.text[:1].isupper() and not tok.is_upper and (
        (tok.is_title and (tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.is_oov)))
        or ("-" in tok.text and len(tok) > 3))


def _commune_end(doc: Doc, i: int, places: dict[int, int], lo: int | None = None) -> int | None:
    """Where a place opening at token i on a capital ends: the longest one a gazetteer knows,
    of at most seven tokens ("Charmes", "Bar-le-Duc", "Bains-les-Bains"), or else the model's
    place that opens there (`places`: start token -> end token; a village no list holds), or
    else a proper noun the parse attaches to a word from token `lo` on, the body's kind."""
    from factx import gazetteer

    if i >= len(doc) or not doc[i].text[:1].isupper() or (not doc[i].is_alpha and "-" not in doc[i].text):
        return None
    best = places.get(i)
    k = i
    while k < min(len(doc), i + 7):
        tok = doc[k]
        capital = tok.text[:1].isupper()
        if not (capital or tok.lower_ in _PLACE_LINKS) or (tok.is_punct and tok.text != "-"):
            break
        k += 1
        if capital and gazetteer.place_kind(doc[i:k].text) is not None and (best is None or k > best):
            best = k
    if best is None and lo is not None:
        # a village no list holds, that the parse hangs on the body's kind words: "de Hergugney"
        first = doc[i]
        if _commune_shape(first) and lo <= first.head.i < i:
            best = i + 1
            while best < len(doc) and doc[best].pos_ == "PROPN" and doc[best].is_title \
                    and doc[best].head.i == i:
                best += 1
    return best


def _local_kind_end(doc: Doc, i: int, places: dict[int, int]) -> tuple[int, int] | None:
    """The lower-case words after the head ending at token i that say what kind of body it
    is, up to the "de" before its commune: an adjective ("rural", "sportive", "locale"), "de"
    and a bare noun of activity ("de pêche", "de théâtre"), "des" and a plural noun and their
    coordinates ("des jeunes et de la culture"). (kind words' end, the commune's end), or None."""
    k = i
    while k < min(len(doc), i + 10):
        tok = doc[k]
        if tok.lower_ in _DE:
            end = _commune_end(doc, k + 1, places, i - 1)
            if end is not None:
                return k, end
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            if nxt is not None and nxt.lower_ in ("la", "l'", "l\u2019") and tok.lower_ == "de":
                nxt = doc[k + 2] if k + 2 < len(doc) else None  # "et de la culture", "de la quiche"
                k += 1
            if nxt is not None and nxt.pos_ == "ADJ" and nxt.is_lower and k + 2 < len(doc) \
                    and doc[k + 2].pos_ == "NOUN":
                nxt = doc[k + 2]  # an adjective before the noun: "du troisième âge"
                k += 1
            if nxt is None or nxt.pos_ != "NOUN" or not nxt.is_lower or not nxt.is_alpha:
                return None
            k += 2 + _hyphen_tail(doc, k + 2)  # "des sapeurs" + "-" + "pompiers"
            continue
        if tok.lower_ == "et" and k > i and k + 1 < len(doc) and doc[k + 1].lower_ in _DE:
            k += 1
            continue
        if tok.is_lower and tok.is_alpha and tok.pos_ in ("ADJ", "VERB") and tok.dep_ != "ROOT":
            k += 1
            continue
        return None
    return None


def _hyphen_tail(doc: Doc, k: int) -> int:
    """2 when a hyphen and a lower-case word, glued to the word before token k, go on a
    compound noun there ("sapeurs" + "-" + "pompiers", which the tokenizer cuts), else 0."""
    if k + 1 < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_ \
            and doc[k + 1].is_lower and doc[k + 1].is_alpha:
        return 2
    return 0


_LEAD_INS = frozenset(("pour", "par", "selon", "avec", "chez", "à", "au", "aux", "de", "du", "des", "d'",
                       "d\u2019", "en", "sur", "le", "la", "les", "l'", "l\u2019"))


def _lead_in(before: str, c: Candidate) -> bool:
    """The model's "misc" span takes in, before a local body's name, only a preposition and
    an article that open the sentence ("Pour le" + "Tennis-club de X")."""
    words = re.findall(r"\w+['\u2019]?", fold(before))
    return c.label == "misc" and bool(words) and all(w in _LEAD_INS for w in words)


def _runs_or_belongs(doc: Doc, start: int, span: Span) -> bool:
    """The body named by `span` acts (`_acts`), or the words before it name one who runs it
    or belongs to it ("le président du foyer rural", "les bénévoles du centre social")."""
    from factx.resolve.lexicon import lexicon

    if _acts(doc, span):
        return True
    k = _before_articles(doc, start)
    opens = k == 0 or doc[k - 1].is_space or doc[k - 1].text in (".", "!", "?", ";", ":")
    if opens and span.end < len(doc) and doc[span.end].pos_ in ("VERB", "AUX") \
            and "Fin" in doc[span.end].morph.get("VerbForm"):
        return True  # the clause's subject, right before its verb, where the parse lost it
    k = start - 1
    if k >= 1 and doc[k].lower_ in ("du", "de", "des", "d'", "d\u2019"):
        k -= 1
        if k >= 0 and doc[k].lower_ in ("la", "l'", "l\u2019"):
            k -= 1
    if k < 0 or not doc[k].is_alpha:
        return False
    return doc[k].lower_ in _lex()["members"] or lexicon().title_of(doc[k].text) is not None \
        or doc[k].lower_ in ("membres", "bénévoles", "adhérents", "animateurs", "animatrices")


def _village_read_as_person(doc: Doc, c: Candidate, first: int, end: int, cands: list[Candidate]) -> bool:
    """The model's one-word "person" is the commune closing a local body's name, tokens
    `first` to `end` ("le centre social de Bréviller"), with no civility, and no person of the
    document bears the word with a first name or a civility."""
    name = c.attrs.get("name", "")
    if c.attrs.get("civility") or " " in name or c.start != doc[first].idx \
            or c.end != doc[end - 1].idx + len(doc[end - 1]):
        return False
    return not any(o is not c and o.label == "person" and name in o.attrs.get("name", "").split()
                   for o in cands)


def _place_spans(doc: Doc, cands: list[Candidate]) -> tuple[dict[int, int], dict[int, int]]:
    """Token start -> token end of the places and of the one-word people with no civility
    (a village the model may have read as a person), then of the places alone."""
    places: dict[int, int] = {}
    towns: dict[int, int] = {}
    for c in cands:
        if c.label == "place" or (c.label == "person" and not c.attrs.get("civility")
                                  and " " not in c.attrs.get("name", "")):
            first = _token_starting_at(doc, c.start)
            last = doc.char_span(c.start, c.end, alignment_mode="expand")
            if first is not None and last is not None:
                places[first.i] = last.end
                if c.label == "place":
                    towns[first.i] = last.end
    return places, towns


def _local_bodies(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A local body named by its kind and its commune: "le foyer rural de Gironcourt", "la
    société de pêche de Charmes", "l'Étoile sportive de Thaon", "le Football-Club de
    Sarrebourg" (models/organizations.json: local_body_heads); a head that also names a
    building ("centre", "maison", "foyer") is the body only when it acts or one who runs it
    is named before it."""
    loc = _local_lex()
    letters = loc["letters"]
    text = base.original_text(doc)
    out = list(cands)
    # a one-word "person" with no civility may be the village the model did not know
    # ("le comité des fêtes de Vornay"): `_village_read_as_person` checks it below
    places = _place_spans(doc, cands)[0]
    i = 0
    while i < len(doc):
        tok = doc[i]
        if (tok.pos != NOUN and tok.pos != PROPN) or (fold(tok.text)[:1] not in letters and not (
                i + 2 < len(doc) and doc[i + 2].lower_ == "club")):
            i += 1
            continue
        key, head_end = fold(tok.text), i + 1
        if i + 2 < len(doc) and doc[i + 1].text == "-" and not tok.whitespace_ and not doc[i + 1].whitespace_:
            key, head_end = fold(doc[i : i + 3].text), i + 3  # "Football" + "-" + "Club"
        capital = tok.is_title and not tok.is_sent_start and not _line_start(doc, i)
        if head_end == i + 3 and key.endswith(" club") and key.count(" ") == 1:
            key = fold("football-club")  # any sport's "X-club" names a club with its commune alone
            # "Le Tennis-club": after its article, whatever sentence the parse cut there
            capital = tok.is_title and i > 0 and doc[i - 1].pos_ == "DET"
        if key not in loc["heads"] or not (tok.is_lower or capital) or not _determined(doc, i) \
                or _described(doc, i):
            i += 1
            continue
        found = _local_kind_end(doc, head_end, places)
        if found is None:
            i += 1
            continue
        de, end = found
        if de == head_end and key not in loc["bare"] and not capital:
            i += 1  # "le foyer de Charmes", "la maison de Paul": a kind word is needed
            continue
        if end < len(doc) and doc[end].lower_ in _DE:
            i = end  # "la section de Charmes de l'Union ...": the branch of a larger body
            continue
        span = doc[i:end]
        kinds = [fold(doc[i:k].text) for k in range(i + 2, min(de, i + 4) + 1)]
        if key in loc["venues"] and (not _runs_or_belongs(doc, i, span) or any(
                k in _lex()["venues"] and k not in loc["venue_bodies"] for k in kinds)):
            i = end  # "au centre social de Mirecourt": the building
            continue
        start, stop = span.start_char, span.end_char
        inside = [c for c in _name_cands(out) if base.overlaps(c.start, c.end, start, stop)]
        # (the model's span may take in the article that opens the line: "Le Football-Club")
        lead = [c for c in inside if c.start < start and (fold(text[c.start:start]).strip() in _ARTICLES
                                                          or _lead_in(text[c.start:start], c))]
        if any((c.start < start and c not in lead) or c.end > stop for c in inside) \
                or any(c.label == "person" and not _town_read_as_person(doc, c, out)
                       and not _village_read_as_person(doc, c, de + 1, end, out) for c in inside) \
                or any(c.label == "organization" and c.start == start and c.end == stop for c in inside):
            i = end
            continue
        for c in inside:
            out.remove(c)
        out.append(Candidate("organization", start, stop, "rules", {"name": text[start:stop]}))
        i = end
    return out


@cache
def _kind_classes() -> dict[str, tuple[tuple[frozenset[str], frozenset[str], bool], ...]]:
    """Each head of `kind_named_bodies` (folded) -> its classes: (the adjectives, the nouns of
    activity after "de" that make it a body, whether it also names a building)."""
    out: dict[str, list[tuple[frozenset[str], frozenset[str], bool]]] = {}
    for cls in load_json("organizations.json")["kind_named_bodies"]:
        adjs = frozenset(fold(w) for w in cls.get("adjectives", ()))
        acts = frozenset(fold(w) for w in cls.get("activities", ()))
        venues = {fold(w) for w in cls.get("venue", ())}
        for head in cls["heads"]:
            out.setdefault(fold(head), []).append((adjs, acts, fold(head) in venues))
    return {k: tuple(v) for k, v in out.items()}


def _kind_end(doc: Doc, i: int, adjs: frozenset[str], acts: frozenset[str]) -> int | None:
    """Where the kind word after the head at token i ends: an adjective of `adjs` right after
    it ("rurale", "paroissiale"), or "de" and a bare noun of `acts` ("de chasse", "d'agriculture",
    "du tourisme", "des commerçants et artisans"); None when no kind of the class follows."""
    j = i + 1
    if j >= len(doc):
        return None
    nxt = doc[j]
    if nxt.is_lower and fold(nxt.text) in adjs:
        return j + 1
    if nxt.lower_ in _DE and j + 1 < len(doc) and doc[j + 1].is_lower:
        for n in (3, 1):  # the longest kind first: "commerçants et artisans"
            words = doc[j + 1 : j + 1 + n]
            if len(words) == n and fold(words.text) in acts:
                return j + 1 + n
    return None


def _kind_named_bodies(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A local body named by its kind alone, in lower case, after a definite article, with no
    town and no name after it ("la société de chasse a tenu son assemblée", "l'office de
    tourisme attend", "selon la chambre d'agriculture"): the head and its kind word
    (models/organizations.json: kind_named_bodies) are one organization; a head that also
    names a building ("le foyer rural", "l'école de musique") only when the body acts or one
    who runs it or belongs to it is named. A capitalized name, a quotation or "de" and a town
    after the kind are other rules' ("la société de pêche La Truite", "le foyer rural de X")."""
    classes = _kind_classes()
    text = base.original_text(doc)
    out = list(cands)
    names = _name_cands(cands)
    for tok in doc:
        if (tok.pos != NOUN and tok.pos != PROPN) or not tok.is_lower:
            continue  # (a lower-case head the tagger calls a proper noun: "l'union commerciale")
        found = classes.get(fold(tok.text))
        if found is None or "Plur" in tok.morph.get("Number") or not _determined(doc, tok.i) \
                or _described(doc, tok.i):
            continue
        kind = next(((e, venue) for adjs, acts, venue in found
                     if (e := _kind_end(doc, tok.i, adjs, acts)) is not None), None)
        if kind is None:
            continue
        end, venue = kind
        if end < len(doc):
            after = doc[end]
            if after.text[:1].isupper() or after.text in ("«", '"', "\u201c") or (
                    after.lower_ in _DE and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()):
                continue  # "la société de pêche La Truite", "le foyer rural de Vornay"
        span = doc[tok.i : end]
        if venue and not _runs_or_belongs(doc, _before_articles(doc, tok.i), span):
            continue  # "au foyer rural", "à l'école de musique": the building
        start, stop = span.start_char, span.end_char
        if any(base.overlaps(c.start, c.end, start, stop) for c in names) \
                or _named_elsewhere(text, text[start:stop]):
            continue
        out.append(Candidate("organization", start, stop, "rules", {"name": text[start:stop]}))
    return out


PublicClass = tuple[frozenset[str], frozenset[str], frozenset[str], bool]


@cache
def _public_classes() -> dict[str, tuple[PublicClass, ...]]:
    """Each head of `public_bodies` (folded) -> its classes: (the adjectives that may follow
    it, the adjective sequences that name the body alone, the domains after "de" or "pour",
    whether the head and a place after "de" are enough)."""
    out: dict[str, list[PublicClass]] = {}
    for cls in load_json("organizations.json")["public_bodies"]:
        adjs = frozenset(fold(w) for w in cls.get("adjectives", ()))
        alone = frozenset(fold(w) for w in cls.get("alone", ()))
        doms = frozenset(fold(w) for w in cls.get("domains", ()))
        for head in cls["heads"]:
            out.setdefault(fold(head), []).append((adjs, alone, doms, bool(cls.get("place"))))
    return {k: tuple(v) for k, v in out.items()}


_DOMAIN_LINKS = frozenset((*_DE, "pour", "aux"))
# the words of a date the parse may hang on the noun before them ("... pour l'emploi" + "lundi
# matin"): the weekdays and these
_TIME_NOUNS = frozenset(("matin", "soir", "midi", "hier", "demain", "aujourd'hui"))


def _public_domain_end(doc: Doc, j: int, doms: frozenset[str]) -> int | None:
    """Token after a domain of `doms` introduced at token j by "de", "du", "des", "d'" or
    "pour" and an article ("d'assurance maladie", "du travail", "pour l'emploi", "des
    services vétérinaires"), the longest one first; None when none is there."""
    if not doms or j >= len(doc) or doc[j].lower_ not in _DOMAIN_LINKS:
        return None
    k = j + 1
    if k < len(doc) and doc[k].lower_ in _ARTICLES and doc[j].lower_ in ("de", "pour"):
        k += 1
    if k >= len(doc) or not doc[k].is_lower:
        return None
    for n in range(min(9, len(doc) - k), 0, -1):
        words = doc[k : k + n]
        if words[-1].is_lower and fold(words.text) in doms:
            end = k + n
            m = end + 1
            if m < len(doc) and doc[m].lower_ in _ARTICLES and doc[end].lower_ == "de":
                m += 1
            if end < len(doc) and doc[end].lower_ in _DE and m < len(doc) and doc[m].is_lower \
                    and doc[m].pos_ == "NOUN":
                return None  # "le centre de gestion des déchets": another domain, longer
            nxt = doc[end] if end < len(doc) else None
            if nxt is not None and nxt.is_lower and nxt.is_alpha and (
                    nxt.pos_ == "ADJ" or (nxt.pos_ == "NOUN" and k <= nxt.head.i < end
                                          and fold(nxt.text) not in _TIME_NOUNS
                                          and fold(nxt.text) not in _lex()["weekdays"])):
                return None  # "la direction de l'industrie automobile": not the domain listed
            return end
    return None


def _public_place_end(doc: Doc, j: int, places: dict[int, int], village: bool = True) -> int | None:
    """Token after the place a public body serves, after "de" and an article at token j ("des
    Vosges", "de la Haute-Saône", "d'Épinal"): a place a gazetteer knows or one of `places`,
    or, if `village`, a proper noun the parse hangs on the body ("de Vornay"); else None."""
    if j >= len(doc) or doc[j].lower_ not in _DE:
        return None
    k = j + 1
    if k < len(doc) and doc[k].lower_ in ("la", "l'", "l\u2019") and doc[j].lower_ == "de":
        k += 1
    return _commune_end(doc, k, places, j - 1 if village else None)


def _part_of_public_body(c: Candidate, start: int, stop: int) -> bool:
    """The model's name c, inside the public body from `start` to `stop`, is a piece of it:
    the place it serves, a town read as a one-word person, the body itself cut short by an
    earlier rule ("la direction régionale de l'agriculture" + "et de la forêt")."""
    if c.label == "person":
        return not c.attrs.get("civility") and " " not in c.attrs.get("name", "")
    return c.label == "place" or (c.label == "organization" and c.start == start and c.end < stop)


def _public_bodies(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A public or social administration named in lower case, as French writes them, after
    a definite article: its head, its adjectives and its domain ("la caisse primaire
    d'assurance maladie", "l'inspection du travail", "l'agence nationale pour l'emploi"), or
    an adjective that names it alone ("la protection civile", "la mutualité sociale
    agricole"), then the place it serves if "de" names one ("la caisse d'allocations
    familiales des Vosges", "la trésorerie de Vornay": models/organizations.json,
    public_bodies). The model's places inside it (or a town it read as a one-word person) are
    part of it; nothing changes when another name is inside ("la trésorerie de Renault": a
    firm's), runs out of it or covers it already."""
    classes = _public_classes()
    text = base.original_text(doc)
    out = cands
    places: dict[int, int] | None = None
    towns: dict[int, int] = {}
    for tok in doc:
        if (tok.pos != NOUN and tok.pos != PROPN) or not tok.is_lower:
            continue
        found = classes.get(fold(tok.text))
        if found is None or not _determined(doc, tok.i) or _described(doc, tok.i):
            continue
        if places is None:
            places, towns = _place_spans(doc, cands)
        end = None
        for adjs, alone, doms, by_place in found:
            j = tok.i + 1
            while j < min(len(doc), tok.i + 3) and doc[j].is_lower and fold(doc[j].text) in adjs:
                j += 1
            stop = _public_domain_end(doc, j, doms)
            if stop is None and alone and fold(doc[tok.i + 1 : j].text) in alone and not (
                    j < len(doc) and doc[j].is_lower and doc[j].pos_ == "ADJ"):
                stop = j  # (not "la protection civile chilienne": another body's kind)
            if stop is not None:
                stop = _public_place_end(doc, stop, places) or stop
            elif by_place:  # the place alone makes it the body: a known town, not a one-word person
                stop = _public_place_end(doc, j, towns, village=False)
            if stop is not None and (end is None or stop > end):
                end = stop
        if end is None:
            continue
        start, stop_c = tok.idx, doc[end - 1].idx + len(doc[end - 1])
        inside = [c for c in _name_cands(out) if base.overlaps(c.start, c.end, start, stop_c)]
        if any(c.start < start or c.end > stop_c or not _part_of_public_body(c, start, stop_c)
               for c in inside):
            continue
        out = [c for c in out if c not in inside]
        out.append(Candidate("organization", start, stop_c, "rules", {"name": text[start:stop_c]}))
    return out


_NAME_AFTER_KIND = r"\s+(?:[«\"\u201c]|(?:de\s+|d['\u2019]|du\s+|des\s+)?[A-ZÀ-ÖØ-Þ])"


def _named_elsewhere(text: str, kind: str) -> bool:
    """The document gives the body of this kind a name or a town somewhere ("la troupe de
    théâtre Les Tréteaux", "la société de chasse de Vornay", "le foyer rural « Les Tilleuls »"):
    the kind alone is that body again, not another one (its name is other rules' work)."""
    return re.search("(?i:" + re.escape(kind) + ")" + _NAME_AFTER_KIND, text) is not None


@cache
def _place_noun_before() -> re.Pattern[str]:
    """A place noun and "de" right before a name: "le quartier de la Croix-Rouge", "rue de"."""
    types = load_json("place_types.json")
    nouns = {*types["district_heads"], *types["street_heads"], *types["admin_heads"], "place", "carrefour",
             "lieu-dit", "cité", "résidence"}
    words = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    return re.compile(r"\b(?:" + words + r")\s+(?:de|du|des|d['\u2019])\s*(?:la\s+|l['\u2019]\s*)?$", re.I)


@cache
def _german_body_pattern() -> re.Pattern[str]:
    """A French article, then one capitalized German compound ending in a noun of a body
    (`german_body_endings`, or one of `german_body_words` alone), then maybe "de" and the
    town: "la Realschule de Kleinfeld", "du Musikverein", "le Gymnasium d'Oberwalden"."""
    data = load_json("organizations.json")
    tails = "|".join(sorted(data["german_body_endings"], key=len, reverse=True))
    alone = "|".join(w.capitalize() for w in sorted(data["german_body_words"], key=len, reverse=True))
    return re.compile(
        r"\b(?i:la|le|les|du|des|au|aux|l['\u2019])\s*"
        rf"(?P<name>(?:[A-Z\u00c4\u00d6\u00dc][a-z\u00e4\u00f6\u00fc\u00df]+(?:{tails})|(?:{alone}))"
        r"(?:\s+(?:de|d['\u2019])\s*[A-Z\u00c0-\u00dd][\w'\u2019-]*\w)?)(?![\w-])")


def _german_bodies(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A German body of a twin town named in German after a French article ("la Realschule de
    Kleinfeld", "la Stadtkapelle de Hunsberg", "le Musikverein"): one organization, the town
    after "de" part of its name, whatever the model made of its words (a place, a person,
    the compound and the town apart). Its own name starts at the compound, no article."""
    for m in _german_body_pattern().finditer(text):
        start, end = m.start("name"), m.end("name")
        if any(c.label == "organization" and c.start <= start and c.end >= end for c in cands):
            continue
        cands = [c for c in cands if c.label not in _NAMED or not base.overlaps(c.start, c.end, start, end)]
        cands.append(Candidate("organization", start, end, "rules",
                               {"name": text[start:end], "why": "german body"}))
    return cands


def _national_charities(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A national charity's name after an article, and its branch's place after "de" ("les
    Restos du cœur", "la Croix-Rouge de Vittel") when the model read it, is that organization,
    whatever the model made of it, a person too ("l'entraide que prône Emmaüs": no
    person bears a charity's name; not with a civility); the article is no part of the
    name. (Where the model read nothing, adding the name on its own over-fired on the own
    sets: left out.)"""
    charities = _local_lex()["charities"]
    text = base.original_text(doc)
    for c in cands:
        if c.label not in ("place", "misc", "person") or (c.label == "person" and c.attrs.get("civility")):
            continue
        name = text[c.start : c.end]
        m = re.match(r"(?:(?:les|la|le|l['\u2019])\s*)?", name, re.I)
        skip = m.end() if m else 0
        rest = name[skip:]
        hit = next((ch for ch in charities if fold(rest).startswith(fold(ch))), None)
        if hit is None or _place_noun_before().search(text, max(0, c.start - 30), c.start + skip):
            continue
        after = _token_starting_at(doc, c.end + 1) if text[c.end : c.end + 1] == " " else None
        if after is not None and after.pos_ == "ADJ" and after.is_lower:
            continue  # "La Croix-Rouge" + "française": the later rules run the name on
        tail = rest[len(hit):]
        if tail and not re.match(r"\s+(?:de|du|des|d['\u2019])\s*\S", tail):
            continue
        c.label = "organization"
        c.start += skip
        c.attrs["name"] = text[c.start : c.end]
    return cands


_TO_DOMAIN = frozenset(("au", "aux", "à"))


def _domain_end(doc: Doc, j: int, capital_head: bool) -> int | None:
    """Token after the domain introduced at token j ("à l'Industrie", "aux Transports", "au
    Plan et à la Prospective"), or None when no domain is there."""
    from factx import gazetteer

    end = None
    while j < len(doc) and doc[j].lower_ in _TO_DOMAIN:
        k = j + 1
        if doc[j].lower_ == "à":
            if k >= len(doc) or doc[k].lower_ not in _ARTICLES:
                break  # "à Washington": where the body is
            k += 1
        if k >= len(doc):
            break
        dom = doc[k]
        named = dom.is_title or (capital_head and dom.is_lower)
        if not (dom.is_alpha and dom.pos_ in ("NOUN", "PROPN", "ADJ") and named) \
                or gazetteer.place_kind(dom.text) not in (None, "town"):
            break  # "au Liban": where the body works ("à la Mer" is no town: the article)
        end = k + 1
        # its words in lower case: "aux Affaires européennes", "aux Anciens combattants"
        while end < len(doc) and doc[end].is_lower and doc[end].is_alpha and doc[end].pos_ in ("ADJ", "NOUN"):
            if not (k <= doc[end].head.i < end or doc[end - 1].head.i == end):
                break
            end += 1
        if end + 1 < len(doc) and doc[end].lower_ == "et" and doc[end + 1].lower_ in _TO_DOMAIN:
            j = end + 1
            continue
        break
    return end


def _domain_bodies(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A body of a government named by its domain, like a ministry, keeps it: "le
    secrétariat d'État" + "à l'Industrie", "le haut-commissariat" + "aux Solidarités"
    (`domain_body_heads`); the model's names inside it are part of it."""
    text = base.original_text(doc)
    lex = _lex()
    heads, firsts, letters = lex["domain_bodies"], lex["domain_firsts"], lex["domain_letters"]
    out = cands
    for i, tok in enumerate(doc):
        if tok.lower_[:1] not in letters or fold(tok.text).split(" ")[0] not in firsts \
                or not _determined(doc, i):
            continue
        # the head's tokens: "secrétariat" + "d'" + "État", "haut-commissariat" or "haut" + "-" + ...
        j = next((j for j in range(i + 1, min(len(doc), i + 5)) if fold(doc[i:j].text) in heads), None)
        end = _domain_end(doc, j, tok.is_title) if j is not None else None
        if end is None:
            continue
        start_c, end_c = tok.idx, doc[end - 1].idx + len(doc[end - 1])
        over = [c for c in out if c.label in _NAMED and base.overlaps(c.start, c.end, start_c, end_c)]
        if any(c.label == "person" or c.start < start_c or c.end > end_c for c in over):
            continue
        out = [c for c in out if c not in over]
        out.append(Candidate("organization", start_c, end_c, "rules", {"name": text[start_c:end_c]}))
    return out


def _split_parent_acronym(text: str, cands: list[Candidate]) -> list[Candidate]:
    """"Conseil de sécurité de l'ONU": the body ends before its parent, named by acronym;
    a noun of bodies alone before it names no body on its own, the whole is the name ("la
    Commission de l'UEMOA", "le Parlement de la CEMAC": `parent_organ_heads`)."""
    out: list[Candidate] = []
    organs = _lex()["parent_organs"]
    cands = _organ_of_parent(text, cands, organs)
    for c in cands:
        name = c.attrs.get("name", "")
        cut = _parent_cut(name) if c.label in ("organization", "misc") else None
        if cut is not None and c.label == "organization" and name[:1].isupper() \
                and fold(name[: cut[0]]) in organs:
            cut = None
        if cut is None:
            out.append(c)
            continue
        if c.label == "misc":  # "la Charte de l'ONU": a text of the body, which is named too
            out.append(c)
            out.append(Candidate("organization", c.start + cut[1], c.end, c.source,
                                 {"name": text[c.start + cut[1] : c.end]}))
            continue
        head_end, acr_start = c.start + cut[0], c.start + cut[1]
        out.append(Candidate("organization", c.start, head_end, c.source,
                             {**c.attrs, "name": text[c.start : head_end]}))
        out.append(Candidate("organization", acr_start, c.end, c.source, {"name": text[acr_start : c.end]}))
    return out


def _organ_of_parent(text: str, cands: list[Candidate], organs: Collection[str]) -> list[Candidate]:
    """The model's "Parlement" + "de la" + "CEMAC": a capitalized noun of bodies alone, then
    "de" and an organization's acronym right after it, is one name, "Parlement de la CEMAC";
    the whole name, found by the model or so joined, holds no other name."""
    joined: list[Candidate] = []
    starts = {c.start: c for c in cands if c.label == "organization"}
    for c in cands:
        name = c.attrs.get("name", "")
        if c.label != "organization" or not name[:1].isupper() or fold(name) not in organs:
            continue
        m = _OF_PARENT.match(text, c.end)
        nxt = starts.get(m.end()) if m else None
        if nxt is not None and is_acronym(nxt.attrs.get("name", "")):
            c.end = nxt.end
            c.attrs["name"] = text[c.start : c.end]
    for c in cands:
        name = c.attrs.get("name", "")
        cut = _parent_cut(name) if c.label == "organization" else None
        if cut is not None and name[:1].isupper() and fold(name[: cut[0]]) in organs:
            joined.append(c)
    return [c for c in cands if not any(w is not c and w.start <= c.start and c.end <= w.end for w in joined)]


_OF_PARENT = re.compile(r" (?:de la |de l'|de l\u2019|du |des )")


def _parent_cut(name: str) -> tuple[int, int] | None:
    """(end of the body's own name, start of the acronym) in "X de l'ACR", or None."""
    for joiner in (" de l'", " de l\u2019", " du ", " de la ", " des ", " de ", " d'", " d\u2019"):
        at = name.rfind(joiner)
        if at > 0 and is_acronym(name[at + len(joiner) :]):
            return at, at + len(joiner)
    return None


_PAST_END = re.compile(r"\s(?:pour|à|en)\s+(?:l'|l\u2019|la\s|le\s|les\s)?[A-ZÀ-Ý]")
# a preposition then a possessive, demonstrative or indefinite word, or a number: the
# sentence goes on past the name ("la Caisse d'épargne pour leurs subventions", "le Crédit
# mutuel avec ses 300 guichets"); a name's own complement takes the definite article ("Ligue
# pour la protection des oiseaux") or none ("Médecins sans frontières")
_PAST_END_DETERMINED = re.compile(
    r"\s(?:(?:pour|avec|par|sur|dans|chez|contre|depuis|après|avant|durant|pendant|à|en|de)\s+|d'|d\u2019)"
    r"(?:son|sa|ses|leur|leurs|notre|nos|votre|vos|mon|ma|mes|ce|cet|cette|ces|un|une|"
    r"plusieurs|quelques|chaque|\d)\b")


_SEAT = re.compile(r"\s([a-zéèêëàâîïôûüç]+)\s(?:de|d'|d\u2019)\s?"
                   r"([A-ZÀ-Ý][\w\-']*(?:[\s-][A-ZÀ-Ý][\w\-']*)*)$")


def _indefinite_cause_end(doc: Doc, c: Candidate, at: int) -> int | None:
    """Where the name of a body named by its cause ends when that cause takes the
    indefinite article ("l'Union pour un renouveau démocratique", "le Collectif pour un
    logement digne"): a capitalized noun of such bodies (`purpose_heads`) opens the model's
    name, only adjectives between it and "pour" or "contre" (at character `at`), then "un"
    or "une", a lower-case noun and at least one adjective or "de" complement in lower case,
    all inside the model's name; None otherwise ("l'Union pour un poste": the sentence goes
    on; "la Ligue" + "pour une saison": no adjective)."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    prep = next((t for t in span if t.idx == at), None) if span is not None else None
    if prep is None or prep.lower_ not in ("pour", "contre") or prep.i + 3 >= len(doc) \
            or doc[prep.i + 1].lower_ not in ("un", "une"):
        return None
    head = span[0]
    if not head.is_title or fold(head.text) not in _lex()["purpose_heads"] \
            or any(not (t.is_lower and t.pos_ == "ADJ") for t in doc[head.i + 1 : prep.i]):
        return None
    noun = doc[prep.i + 2]
    if not (noun.is_lower and noun.is_alpha and noun.pos_ == "NOUN"):
        return None
    end = noun.i + 1
    while end < len(doc):
        t = doc[end]
        if t.is_lower and t.is_alpha and t.pos_ == "ADJ":
            end += 1
            continue
        j = end + 1
        if t.lower_ in _DE and j < len(doc) and doc[j].lower_ in _ARTICLES:
            j += 1
        if t.lower_ in _DE and j < len(doc) and doc[j].is_lower and doc[j].is_alpha and doc[j].pos_ == "NOUN":
            end = j + 1
            continue
        break
    last = doc[end - 1]
    end_c = last.idx + len(last)
    return end_c if end > noun.i + 1 and end_c <= c.end else None


@cache
def _local_tail() -> re.Pattern[str]:
    units = "|".join(sorted((re.escape(w) for w in load_json("organizations.json")["local_units"]),
                            key=len, reverse=True))
    return re.compile(rf"\s+(?:de\s+la|du|des|de\s+l['\u2019]|d['\u2019])\s*(?:{units})s?$")


_NATIONAL = re.compile(r"(?<!\w)nationa(?:l|le|ux|les)(?!\w)", re.IGNORECASE)


def _local_branch_cut(name: str) -> str:
    """A national body's name ends before a lower-case de-complement that only says which
    local branch is meant ("l'Éducation nationale de la circonscription", "l'Office
    national des forêts du secteur": `local_units` of models/organizations.json); a name
    follows such a complement ("de la circonscription de Quimper") or no word "national"
    is in the name ("le comité des fêtes de la commune"): left as it is."""
    tail = _local_tail().search(name)
    if tail is None or tail.start() == 0 or not _NATIONAL.search(name, 0, tail.start()):
        return name
    return name[: tail.start()]


def _trim_local_branches(text: str, cands: list[Candidate]) -> None:
    """`_local_branch_cut` on every organization (after the institutions are read: their
    rule takes the whole complement)."""
    for c in cands:
        if c.label == "organization" and c.attrs.get("name"):
            name = _local_branch_cut(c.attrs["name"])
            if name != c.attrs["name"] and text[c.start : c.start + len(name)] == name:
                c.end = c.start + len(name)
                c.attrs["name"] = name


def _trim_past_end(doc: Doc, cands: list[Candidate]) -> None:
    """An organization's name ends before "pour l'Asie-Pacifique", "à Genève", "en
    France" (where it works, not what it is called), before a preposition and a possessive,
    demonstrative or indefinite word or a number ("pour leurs subventions": the sentence
    goes on), unless that is a cause put in the name with its indefinite article ("l'Union
    pour un renouveau démocratique"), before a nationality adjective
    after an acronym ("la BBC britannique" is the BBC; "Union européenne", "Autorité
    palestinienne" keep theirs)."""
    from factx.resolve.lexicon import lexicon

    text = base.original_text(doc)
    nationalities = lexicon().nationalities
    for c in cands:
        if c.label != "organization":
            continue
        name = c.attrs.get("name", "")
        cut = _PAST_END.search(name)
        if cut and cut.start() > 0 and len(name[: cut.start()].split()) >= 2:
            name = name[: cut.start()]
        cut = _PAST_END_DETERMINED.search(name)
        if cut and cut.start() > 0:
            cause_end = _indefinite_cause_end(doc, c, c.start + cut.start() + 1)
            name = text[c.start : cause_end] if cause_end is not None else name[: cut.start()]
        words = name.split()
        if len(words) >= 2 and words[-1].islower() and words[-1] in nationalities and is_acronym(words[-2]):
            name = name[: name.rfind(" ")]
        if name != c.attrs["name"]:
            c.end = c.start + len(name)
            c.attrs["name"] = text[c.start : c.end]


def national_tails(doc: Doc, cands: list[Candidate], nouns: Collection[str]) -> None:
    """A state's adjective of nationality written after a body's name that is a name on its
    own says where the body is, it is no word of the name: "le Storting norvégien" is the
    Storting, "la Chambre des députés italienne" the Chambre des députés. A name on its own:
    one capitalized word no French common noun or noun of bodies ("Storting"; not "le
    Parlement maltais", "la Croix-Rouge française"), or a head and its plural complement
    that a singular adjective cannot qualify ("des députés ... italienne"). The adjective of
    a name of several words ("Parti socialiste portugais", "Agence de presse malienne"), or
    of no state ("Commission européenne"), stays in it. `nouns`: the lemmatizer's common
    nouns (none known: only the complement is read).

    The other way, a body named by one capitalized common noun keeps the state's adjective
    that follows it when the model's span stops before it ("la Poste belge", "la Marine
    chilienne": the Poste belge, as "le Parlement maltais"); the article is left out."""
    from factx.resolve.lexicon import lexicon

    lex = lexicon()
    text = base.original_text(doc)
    heads = _lex()["ner_heads"]
    for c in cands:
        if c.label != "organization":
            continue
        span = doc.char_span(c.start, c.end)
        if span is None:
            continue
        _national_head(doc, c, span, text, nouns, heads)
        span = doc.char_span(c.start, c.end)
        if span is None or len(span) < 2:
            continue
        adj = span[-1]
        if not adj.is_lower or lex.nationalities.get(adj.lower_) not in lex.states:
            continue
        body = span[:-1]
        word = body[0]
        if len(body) == 1:
            alone = word.is_alpha and word.text[:1].isupper() and bool(nouns) \
                and word.lower_ not in nouns and fold(word.text) not in heads
        else:
            # "Chambre des lords britannique": "des" and a plural noun, then a singular adjective
            alone = len(body) >= 3 and body[0].text[:1].isupper() and body[-2].lower_ == "des" \
                and body[-1].is_lower and body[-1].pos_ == "NOUN" and body[-1].lower_.endswith(("s", "x")) \
                and not adj.lower_.endswith(("s", "x"))
        if alone:
            c.end = body.end_char
            c.attrs["name"] = text[c.start : c.end]


_ARTICLE_WORDS = frozenset({"le", "la", "l'", "l\u2019", "les"})


def _national_head(doc: Doc, c: Candidate, span: Span, text: str, nouns: Collection[str],
                   heads: Collection[str]) -> None:
    """`national_tails`' widening: "la Poste" + "portugaise" is the Poste portugaise. The
    span is one capitalized word, after an article perhaps, that is a French common noun or
    a noun of bodies ("Poste", "Marine", "Police"; not "Storting", not an acronym), and the
    word right after it is a state's adjective of nationality in lower case."""
    from factx.resolve.lexicon import lexicon

    lex = lexicon()
    toks = [t for t in span if t.lower_ not in _ARTICLE_WORDS]
    if len(toks) != 1 or len(span) - len(toks) > 1 or span.end >= len(doc) or not nouns:
        return
    word, adj = toks[0], doc[span.end]
    if not (word.is_alpha and word.text[:1].isupper() and not word.text.isupper()) \
            or not (word.lower_ in nouns or fold(word.text) in heads):
        return
    if not adj.is_lower or lex.nationalities.get(adj.lower_) not in lex.states \
            or adj.idx != word.idx + len(word.text) + 1:
        return
    c.start, c.end = word.idx, adj.idx + len(adj.text)
    c.attrs["name"] = text[c.start : c.end]


def _firms_at_their_site(doc: Doc, cands: list[Candidate]) -> None:
    """A firm's name right after the noun of one of its sites (`site_heads`: "l'usine",
    "le magasin") ends before the "de" and the town that close it, the town a place of its
    own: "l'usine [PSA de Sochaux]" is PSA and Sochaux, where the plant stands
    (`_site_town_cut`); the model's name as much as one found after its kind. Not the
    acronym of a body that exists once per territory (`territory_acronyms`): "l'agence ANPE
    de Verdun" is that body's own office, named with the place it serves."""
    sites = _lex()["sites"]
    text = base.original_text(doc)
    for c in list(cands):
        if c.label != "organization" or c.attrs.get("civility"):
            continue
        tok = _token_starting_at(doc, c.start)
        if tok is None or tok.i == 0 or not doc[tok.i - 1].is_lower \
                or fold(doc[tok.i - 1].text) not in sites or not _determined(doc, tok.i - 1):
            continue
        span = doc.char_span(c.start, c.end)
        cut = _site_town_cut(doc, tok.i, span.end) if span is not None else None
        if cut is not None and cut == tok.i + 1 and tok.text.upper() in _lex()["territory_acronyms"]:
            continue  # "l'agence ANPE de Verdun": the local office of a body that exists per territory
        if cut is None or span is None or any(o is not c and o.start < span.end_char and o.end > doc[cut].idx
                                              for o in cands if o.label in _NAMED):
            continue
        town = doc[cut + 1 : span.end]
        c.end = doc[cut - 1].idx + len(doc[cut - 1])
        c.attrs["name"] = text[c.start : c.end]
        cands.append(Candidate("place", town.start_char, town.end_char, "rules", {"name": town.text}))


def _own_name_head(doc: Doc, c: Candidate, tok: Token) -> int | None:
    """The index of the first word of the name proper when a lower-case noun of
    `own_name_heads` leads it, inside the candidate ("université La Vetusta") or right
    before it after a determiner ("la firme" + "Nuages en boîte"); None otherwise."""
    heads = _lex()["own_name_heads"]
    for k in (tok.i + 1, tok.i + 2, tok.i + 3):  # a head of one, two or three words inside
        if k < len(doc) and doc[k].idx > c.start and fold(doc[tok.i : k].text) in heads \
                and doc[tok.i].is_lower:
            return k
    for n in (1, 2, 3):
        if tok.i - n >= 1 and doc[tok.i - n].is_lower and fold(doc[tok.i - n : tok.i].text) in heads \
                and _determined(doc, tok.i - n):
            return tok.i
    return None


def _common_core(word: str, words: Collection[str]) -> bool:
    """A one-word name that a town completes: a common word of the lexicon ("Électricité",
    "Jeunesse"; all words when the model has no lexicon), a place ("Lorraine") or a demonym
    ("Vosgienne"), unlike a firm's coined or family name ("Korvalis")."""
    from factx import gazetteer

    low = fold(word)
    return not words or _in_words(word.lower(), words) or gazetteer.place_kind(word) is not None \
        or (low + "s").endswith(_lex()["demonym_suffixes"])


def _in_words(low: str, words: Collection[str]) -> bool:
    """A lower-case word, one of its hyphenated parts, its singular or its masculine is a
    common word ("lorraine" is "lorrain")."""
    return any(f in words for w in (low, *low.split("-")) if w
               for f in (w, w.rstrip("sx"), w.removesuffix("e"), w.removesuffix("es")))


def _own_names_before_their_town(doc: Doc, cands: list[Candidate], words: Collection[str]) -> None:
    """A firm's or a school's name that is already whole after its kind (`own_name_heads`):
    two words or more ("la firme Nuages en boîte", "l'université La Vetusta") or one word
    that is no common noun nor adjective of the lemmatizer's lexicon (`words`: "le groupe
    Vandrel"), ends before a closing "de" and a town the gazetteer knows, which says where
    it is: the town is a place of its own ("la firme Nuages en boîte de Montréal",
    "l'université La Vetusta de Rome", "le groupe Vandrel de Laval"). A common word keeps
    it ("la société Électricité de Strasbourg": the town makes the name), and so does a
    plural name on "Les" ("Les Vignerons de Corvelle")."""
    text = base.original_text(doc)
    for c in list(cands):
        if c.label != "organization" or c.attrs.get("civility"):
            continue
        tok = _token_starting_at(doc, c.start)
        span = doc.char_span(c.start, c.end)
        if tok is None or span is None or span.end - tok.i < 3:
            continue
        first = _own_name_head(doc, c, tok)
        if first is None or not doc[first].text[:1].isupper() or doc[first].text in ("Les", "L'", "L\u2019"):
            continue
        cut = _site_town_cut(doc, first if doc[first].text not in _CAPITAL_ARTICLES else first + 1, span.end)
        if cut is None or (cut - first < 2 and _common_core(doc[first].text, words)):
            continue  # "la société Électricité de Strasbourg": the town makes the name
        town = doc[cut + 1 : span.end]
        inside = [o for o in cands if o is not c and o.label in _NAMED
                  and o.start < span.end_char and o.end > doc[cut].idx]
        if any((o.label, o.start, o.end) != ("place", town.start_char, town.end_char) for o in inside):
            continue
        c.end = doc[cut - 1].idx + len(doc[cut - 1])
        c.attrs["name"] = text[c.start : c.end]
        if not inside:
            cands.append(Candidate("place", town.start_char, town.end_char, "rules", {"name": town.text}))


def _trim_seat(text: str, cands: list[Candidate]) -> None:
    """A proper name completed by a nationality adjective ends there, before its seat: "la
    Commission européenne de Bruxelles" is the Commission européenne (Brussels is where it
    sits); "le Conseil régional de Lorraine" keeps its region ("régional" is no
    nationality), and so does a name in lower case ("l'ambassade américaine de Rome"). A
    party and its adjective before a foreign town ("le Parti communiste de Pékin") ends
    there too: the town stands for the regime, a place."""
    from factx import gazetteer
    from factx.resolve.lexicon import lexicon

    nationalities = lexicon().nationalities
    for c in cands:
        name = c.attrs.get("name", "")
        seat = _SEAT.search(name) if c.label == "organization" and name[:1].isupper() else None
        if seat and seat.group(1) in nationalities and gazetteer.place_kind(seat.group(2)) is not None:
            c.end = c.start + seat.start(1) + len(seat.group(1))
            c.attrs["name"] = text[c.start : c.end]
        elif seat and fold(name).startswith("parti ") and name.count(" ") == 3 \
                and gazetteer.town_state(seat.group(2)) is not None:
            # "le Parti communiste de Pékin": a foreign town after a party stands for the
            # regime that rules from it; the party is named without it, the town is a place
            town = c.start + seat.start(2)
            c.end = c.start + seat.start(1) + len(seat.group(1))
            c.attrs["name"] = text[c.start : c.end]
            cands.append(Candidate("place", town, town + len(seat.group(2)), "rules",
                                   {"name": seat.group(2)}))


def _numbered(c: Candidate) -> bool:
    """A name with a figure in it, which no portfolio has: "les ministres du G7" name a body."""
    return any(ch.isdigit() for ch in c.attrs.get("name") or "")


# the article a name may open on: "la Ligue arabe", "l'Union du centre", "Les Verts"
_OPENING_ARTICLE = re.compile(r"^(?:les?|la|l['\u2019]) ?", re.IGNORECASE)


def _head_words(name: str) -> list[str]:
    """The folded words of a name, past the article it may open on."""
    return fold(_OPENING_ARTICLE.sub("", name)).split()


def _body_of_states(c: Candidate) -> bool:
    """The model's organization after "ministre(s) de" is a body whose ministers meet, not a
    portfolio: its name opens on a body's noun and says which one ("les ministres de la Ligue
    arabe", "de l'Organisation de l'unité africaine", "de l'Union européenne"); no portfolio
    opens so (models/organizations.json: state_body_heads)."""
    words = _head_words(c.attrs.get("name") or "")
    return c.label == "organization" and len(words) >= 2 and words[0] in _lex()["state_bodies"]


def _party_between(before: str, folded: str) -> bool:
    """The word `folded` (folded) before "de" in the text `before` is written as an acronym
    there ("ministre RPR de la Coopération", "ministre PS des Finances"): the party of the
    title's holder, between the title and its portfolio."""
    for word in reversed(before.replace("\u2019", "'").replace("'", "' ").split()):
        if fold(word) == folded:
            return is_acronym(word)
    return False


def _drop_portfolios(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """"ministre de l'Intérieur", "ministre des Affaires étrangères": the title's capitalized
    complement is its portfolio, not a body."""
    text = base.original_text(doc)
    lex = _lex()
    out = []
    for c in cands:
        first = fold(c.attrs.get("name", "")).split(" ")[0] if c.attrs.get("name") else ""
        if c.label == "organization" and first in lex["portfolios"]:
            continue  # "ministres des Affaires étrangères des Sept": people, not a body
        if c.label in ("organization", "misc") and c.attrs.get("name", "")[:1].isupper() \
                and not _numbered(c) and not _body_of_states(c):
            before = fold(text[max(0, c.start - 40) : c.start]).replace("\u2019", "'")
            words = before.replace("'", "' ").split()
            while words and words[-1] in ("la", "l'", "les", "le"):
                words.pop()
            if len(words) >= 3 and words[-1] in ("de", "du", "des", "d'") \
                    and _party_between(text[max(0, c.start - 40) : c.start], words[-2]):
                del words[-2]  # "ministre RPR de la Coopération": the party is the minister's
            while len(words) >= 3 and words[-1] in _PORTFOLIO_FOLDED_PREPS \
                    and words[-2] in lex["portfolio_adjectives"]:
                del words[-2]  # "le ministre chypriote des Finances": the title's adjective
            if len(words) >= 2 and words[-1] in _PORTFOLIO_FOLDED_PREPS \
                    and any(" ".join(words[-k:-1]) in lex["portfolios"] for k in (2, 3, 4)):
                continue
            if len(words) >= 2 and words[-1] in ("a", "aux", "au") and words[-2] in lex["portfolios_a"]:
                continue
        out.append(c)
    return out


def _secretary_posts(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """"le secrétaire à la Défense", "la secrétaire américaine au Trésor": a secretary's
    department (models/roles/titles.json's `secretary_posts`) is part of the title, no place
    and no body ("installé à la Défense", "le quartier de la Défense" stay places)."""
    from factx.resolve.lexicon import lexicon

    lex = lexicon()
    text = base.original_text(doc)
    out = []
    for c in cands:
        tok = _token_starting_at(doc, c.start) if c.label in ("organization", "misc", "place") else None
        if tok is None:
            out.append(c)
            continue
        j = tok.i - 1  # the preposition, right before the name or before its article
        if j >= 0 and doc[j].lower_ in _ARTICLES:
            j -= 1  # "à la [Défense]"
        if j < 0 or doc[j].lower_ not in ("à", "au", "aux") \
                or fold(text[doc[j].idx : c.end]) not in lex.secretary_posts:
            out.append(c)
            continue
        k = j - 1
        while k >= 0 and doc[k].is_lower and doc[k].lower_ in lex.nationalities:
            k -= 1  # "le secrétaire américain à la Défense"
        word = doc[k].lower_ if k >= 0 else ""
        if word.rstrip("s") not in ("secrétaire", "sous-secrétaire"):
            out.append(c)
    return out


_PORTFOLIO_PREPS = frozenset((*_DE, "à", "au", "aux"))
_PORTFOLIO_FOLDED_PREPS = frozenset(("de", "du", "des", "d'", "a", "aux", "au"))
_PORTFOLIO_LINKS = frozenset(("et", ","))


def _portfolio_item_start(doc: Doc, i: int) -> int | None:
    """Token of the preposition that introduces the capitalized phrase at token i ("de la" +
    "Culture", "aux" + "Sports"), or None."""
    j = i - 1
    if j >= 0 and doc[j].lower_ in _ARTICLES:
        j -= 1
    return j if j >= 0 and doc[j].lower_ in _PORTFOLIO_PREPS else None


def _after_minister(doc: Doc, prep: int) -> bool:
    """The preposition at token `prep` follows a minister's title: "ministre de",
    "secrétaire d'État chargée de", "ministre français délégué à"."""
    lex = _lex()
    k = prep - 1
    while k > 0 and doc[k].is_lower and fold(doc[k].text) in lex["portfolio_adjectives"]:
        k -= 1  # "la ministre fédérale de la Santé et des Sports"
    if k < 0:
        return False
    word = fold(doc[k].text)
    if word in lex["portfolios"] or (k >= 2 and fold(doc[k - 2 : k + 1].text) in lex["portfolios"]):
        return True
    # "délégué à", "chargée de" after a minister or a secretary of state, a nationality between
    if word in lex["portfolios_a"] and word.startswith(("delegu", "charg")) and any(
            fold(doc[m].text) in lex["portfolios"]
            or fold(doc[max(0, m - 2) : m + 1].text) in lex["portfolios"]
            for m in range(max(0, k - 3), k)):
        return True
    # "chargée de" right after a person's title, its adjectives between: the capitalized domain
    # is that office's ("la conseillère fédérale chargée des Transports", "l'adjoint chargé des Sports")
    if not word.startswith("charg") or doc[prep].lower_ not in _DE:
        return False
    from factx.resolve.lexicon import lexicon

    titles = lexicon()
    m = k - 1
    while m > 0 and doc[m].is_lower and doc[m].pos_ == "ADJ":
        m -= 1
    return m >= 0 and doc[m].is_lower and titles.title_of(doc[m].lower_) is not None


def _portfolio_chains(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A minister's portfolio of several domains is no body and no place, each of its
    capitalized domains: "délégué à la Francophonie et aux Partenariats internationaux",
    "chargée de la Jeunesse et des Sports", "ministre des Sports, de la Jeunesse et de la Vie
    associative" (`_drop_portfolios` reads one domain after the title)."""
    out = []
    starts = {t.idx: t.i for t in doc}
    for c in cands:
        i = starts.get(c.start)
        if i is not None and i + 1 < len(doc) and doc[i].lower_ in _ARTICLES and doc[i + 1].idx < c.end:
            i += 1  # the name opens with its article: "délégué à [la Défense]"
        # (a one-word "person" there is a domain read as a surname: "et à l'Urbanisme")
        one_word_person = c.label == "person" and i is not None and doc[i].idx + len(doc[i]) == c.end
        if (c.label in ("organization", "misc", "place") or one_word_person) and i is not None \
                and doc[i].text[:1].isupper() \
                and not _numbered(c) and (_in_portfolio(doc, i, c) or _office_field(doc, i, c)) \
                and not _body_of_states(c):
            continue
        out.append(c)
    return out


def _office_field(doc: Doc, i: int, c: Candidate) -> bool:
    """The capitalized name at token i is the field of a local officer's portfolio, no body
    and no place: after an alderman's title and "de" ("l'échevin des Travaux", "l'échevine
    de l'Enseignement": an échevin sits in his commune's college, his complement names what
    he is in charge of), or after an officer who holds a field and "à", set off by commas
    beside its holder's name ("Le vice-président aux Transports, X,", "X, échevin aux
    Finances,", "la conseillère déléguée au Logement"); not a town, a region or a country a
    gazetteer knows ("l'échevin de Namur", "le délégué à Paris") (organizations.json
    `field_aldermen`, `field_holders`)."""
    from factx import gazetteer

    prep = _portfolio_item_start(doc, i)
    if prep is None or prep < 1 or gazetteer.place_kind(c.attrs.get("name", "")) is not None:
        return False
    lex = _lex()
    k = prep - 1
    while k > 0 and doc[k].is_lower and doc[k].pos_ == "ADJ" \
            and fold(doc[k].text) not in lex["field_holders"]:
        k -= 1  # "l'échevine liégeoise des Finances"
    word = fold(doc[k].text)
    if word in lex["field_aldermen"] and doc[prep].lower_ not in ("à", "au", "aux"):
        return True
    if doc[prep].lower_ not in ("à", "au", "aux") or word not in lex["field_holders"]:
        return False
    # "à" may be the verb's ("a précisé l'adjoint à l'Écho de Valbrun"): the field only in a
    # title set off by commas, beside its holder's name ("Le vice-président aux Finances, X,";
    # "X, échevin aux Transports,")
    if k > 0 and word.startswith(("delegu", "charg")) and fold(doc[k - 1].text) in lex["field_holders"]:
        k -= 1  # "le conseiller délégué aux Travaux"
    j = k - 1 if k > 0 and doc[k - 1].lower_ in _ARTICLES else k
    end = _fields_end(doc, i)  # the portfolio's last field: "aux Travaux et à l'Urbanisme,"
    return (end < len(doc) and doc[end].text == ",") or (j > 0 and doc[j - 1].text == ",")


def _field_then_et(doc: Doc, i: int, c: Candidate) -> bool:
    """The candidate at token i is a field followed by "et" (or holds it): "Jeunesse et
    Culture" in "aux Sports, Jeunesse et Culture"."""
    end = next((t.i for t in doc[i:] if t.idx >= c.end), len(doc))
    return any(t.lower_ == "et" for t in doc[i:end]) or (end < len(doc) and doc[end].lower_ == "et")


def _fields_end(doc: Doc, i: int) -> int:
    """Token after the last of the coordinated fields whose first capitalized word is at
    token i: "Travaux" → past "et à l'Urbanisme"; "Sports" → past ", de la Jeunesse et de la
    Culture" (a link, a preposition, an article maybe, a capitalized word and its lower-case
    adjectives)."""
    m = i + 1
    while m < len(doc) and doc[m].is_lower and doc[m].is_alpha and doc[m].pos_ == "ADJ":
        m += 1
    while m + 1 < len(doc) and doc[m].lower_ in _PORTFOLIO_LINKS:
        n = m + 1
        prep = doc[n].lower_ in _PORTFOLIO_PREPS
        n += prep
        n += n < len(doc) and doc[n].lower_ in _ARTICLES
        if n >= len(doc) or not doc[n].is_alpha or not doc[n].text[:1].isupper():
            break
        e = n + 1
        while e < len(doc) and doc[e].is_lower and doc[e].is_alpha and doc[e].pos_ == "ADJ":
            e += 1
        if doc[m].text == "," and not prep and (e >= len(doc) or doc[e].lower_ not in _PORTFOLIO_LINKS):
            break  # "aux Sports, Marc Roy": the holder's name after the comma, no field
        m = e
    return m


def _in_portfolio(doc: Doc, i: int, c: Candidate | None = None) -> bool:
    """The capitalized domain at token i is one of a portfolio's coordinated domains, after a
    minister's title, or (given its candidate c) after a local officer's ("l'adjointe aux
    Sports et Loisirs, X", "l'échevin des Sports et de la Jeunesse, X": each field may have its
    preposition or not)."""
    for n in range(5):  # at most five domains
        prep = _portfolio_item_start(doc, i)
        if prep is None:
            if n == 0 and c is not None and c.label != "person" and i > 0 and (
                    doc[i - 1].lower_ == "et" or (doc[i - 1].text == "," and _field_then_et(doc, i, c))):
                prep = i  # a field after the link with no preposition: "aux Sports et Loisirs",
                # "aux Sports, Jeunesse et Culture" (after a comma, a name that no "et" follows
                # is the holder's: "le ministre de l'Eau, X")
            else:
                return False
        elif _after_minister(doc, prep) or (n > 0 and c is not None and _office_field(doc, i, c)):
            return True
        j = prep - 1 if prep < i else i - 1
        if j < 0 or doc[j].lower_ not in _PORTFOLIO_LINKS:
            return False
        # the domain before the link: a capitalized word and its lower-case words ("Enseignement
        # supérieur"), after its own preposition
        k = j - 1
        while k > max(0, j - 4) and doc[k].is_lower and doc[k].is_alpha \
                and doc[k].lower_ not in _PORTFOLIO_PREPS:
            k -= 1
        if k < 0 or not doc[k].text[:1].isupper():
            return False
        i = k
    return False


def _domain_item_end(doc: Doc, j: int) -> int | None:
    """End of one domain of a body's name at token j, "de la Culture", "des Finances", "de
    l'Enseignement supérieur": a preposition "de", an article, a capitalized word, then its
    lower-case adjectives or "de" + a lower-case noun ("des Personnes âgées"); None when the
    words there are no such domain."""
    if j >= len(doc) or doc[j].lower_ not in _DE:
        return None
    j += 1
    if j < len(doc) and doc[j].lower_ in _ARTICLES:
        j += 1
    if j >= len(doc) or not doc[j].text[:1].isupper() or not doc[j].is_alpha:
        return None
    j += 1
    while j < len(doc) and doc[j].is_lower and doc[j].is_alpha and doc[j].pos_ in ("ADJ", "NOUN") \
            and doc[j].lower_ not in ("et", "ou"):
        j += 1
    return j


def _enumerated_domains(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A ministry or a body named by the domains it covers lists them, each after "de", the
    last after "et": "le ministère de l'Économie, des Finances et de l'Industrie", "la
    direction des Sports, de la Jeunesse et de la Vie associative" are one body each, not a
    body and two more ("Finances", "Industrie"). The body's name must end on a capitalized
    domain right before the comma, and the list must close on "et de ..."."""
    from factx import gazetteer

    heads = _heads("heads", "bodies", "portfolio_bodies")
    starts = {t.idx: t.i for t in doc}
    ends = {t.idx + len(t): t.i + 1 for t in doc}
    out = list(cands)
    for c in cands:
        name = c.attrs.get("name") or ""
        words = fold(name).split()
        end = ends.get(c.end)
        if c.label != "organization" or len(words) < 3 or words[0] not in heads or end is None \
                or c not in out:
            continue
        last = doc[end - 1]
        if not last.text[:1].isupper() or not any(t.lower_ in _DE for t in doc[starts.get(c.start, end):end]):
            continue
        j, closed = end, False
        for _ in range(5):
            if j >= len(doc) or doc[j].text not in (",", "et"):
                break
            link = doc[j].text
            item_end = _domain_item_end(doc, j + 1)
            if item_end is None:
                break
            j = item_end
            if link == "et":
                closed = True
                break
        if not closed:
            continue
        new_end = doc[j - 1].idx + len(doc[j - 1])
        inside = [o for o in out
                  if o is not c and o.label in _NAMED and c.end <= o.start and o.end <= new_end]
        if any(o.attrs.get("civility") or gazetteer.place_kind(o.attrs.get("name") or "") is not None
               for o in inside) or gazetteer.place_kind(last.text) is not None:
            continue  # "le conseil général des Vosges, de la Meuse et de la Moselle": territories
        _run_over(c, new_end, base.original_text(doc), out, inside)
    return out


@cache
def _legal_forms_re() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(sorted(_lex()["legal_forms"], key=len, reverse=True)) + r")\b")


def _groupings_of_communes(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A grouping of communes named by the towns or the country it covers and a capitalized
    word of grouping ("Dinan Rance Agglomération", "Sèvre-Loire Communauté",
    "Rennes Métropole", `grouping_tails`) is one body, whatever the model read in it (a place
    ending before the last word); not over a person."""
    tails = _lex()["grouping_tails"]
    if not any(t.text in tails for t in doc):
        return cands
    text = base.original_text(doc)
    out = list(cands)
    for tok in doc:
        if tok.text not in tails or tok.i == 0:
            continue
        k = tok.i  # (the parser may start a sentence at the tail: the words before decide)
        while k > 0 and ((doc[k - 1].text[:1].isupper() and doc[k - 1].lower_ not in _ARTICLES
                          and all(p.isalpha() for p in doc[k - 1].text.split("-")))
                         or (doc[k - 1].text == "-" and not doc[k - 1].whitespace_)):
            k -= 1
        while k < tok.i and doc[k].text == "-":
            k += 1
        if k == tok.i:
            continue
        start, end = doc[k].idx, tok.idx + len(tok)
        over = [c for c in out if c.label in _NAMED and base.overlaps(c.start, c.end, start, end)]
        if not any(c.label == "person" or (c.label == "organization" and (c.start, c.end) == (start, end))
                   for c in over):
            _put_organization(out, text, start, end, over)
    return out


def _legal_form_names(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A legal form before a name ("la SARL Menuiserie Vincent", "le GAEC des Trois Sapins",
    "la SCI du Moulin") makes the form and the name one organization: the capitalized words
    after it, joined by "de", "du", "des", "&". The model's names inside it (a place
    "Moulin", a person "Vincent") are words of the firm's name; a person named with a
    civility stops it."""
    text = base.original_text(doc)
    forms = _lex()["legal_forms"]
    for hit in _legal_forms_re().finditer(text):  # no walk over every token
        tok = _token_starting_at(doc, hit.start())
        if tok is None or tok.text not in forms or tok.i + 1 >= len(doc):
            continue
        end = tok.i + 1
        while end < len(doc):
            t = doc[end]
            capital = (t.is_title or t.is_upper) and not t.is_punct and t.text not in forms \
                and t.lower_ not in _lex()["civilities"] and t.text != "M"
            joining = (t.lower_ in ("de", "du", "des", "d'", "&", "la", "l'") and end + 1 < len(doc)
                       and (doc[end + 1].is_title or doc[end + 1].lower_ in ("la", "l'")))
            if not (capital or joining):
                break
            end += 1
        while end > tok.i + 1 and doc[end - 1].lower_ in ("de", "du", "des", "d'", "&", "la", "l'"):
            end -= 1
        if end == tok.i + 1:
            continue  # "la SARL" alone
        start_c, end_c = tok.idx, doc[end - 1].idx + len(doc[end - 1])
        near = [c for c in _name_cands(cands) if base.overlaps(c.start, c.end, start_c, end_c)]
        if not any(c.attrs.get("civility") for c in near):
            # the model's "Le GAEC du Pré" at a sentence's start: the article is none of it
            if all(c.end <= end_c for c in near):
                for c in near:
                    if c.start < start_c and text[c.start : start_c].strip() in _CAPITAL_ARTICLES:
                        c.start = start_c
            _put_organization(cands, text, start_c, end_c, near)
    return cands


@cache
def _family_firm_re() -> re.Pattern[str]:
    tails = "|".join(re.escape(w) for w in _lex()["family_firm_tails"])
    name = r"[A-Z\u00c0-\u00de][\w'\u2019-]+"
    return re.compile(rf"\b{name}(?: {name})? (?:(?:et|&) (?:{tails})|Fr\u00e8res)\b")


@cache
def _trailing_form_re() -> re.Pattern[str]:
    forms = "|".join(sorted(_lex()["trailing_legal_forms"], key=len, reverse=True))
    word = r"[A-Z\u00c0-\u00de][\w'\u2019-]+"
    return re.compile(rf"\b{word}(?: {word}){{0,2}} (?:{forms})\b(?![\w-])")


def _names_before_legal_forms(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A firm's name and the legal form written after it ("Baccarat SA", "Menuiserie Vincent
    SARL", `trailing_legal_forms`) are one organization, whatever the model read in the
    name (a town, a man); a capitalized article opening it is the sentence's ("La Baccarat
    SA"), and a civility or a person with one inside keeps it out."""
    text = base.original_text(doc)
    if not any(f in text for f in _lex()["trailing_legal_forms"]):
        return cands
    civilities = _lex()["civilities"]
    for hit in _trailing_form_re().finditer(text):
        start, end = hit.start(), hit.end()
        first = text[start:end].split(" ")[0]
        if first in _CAPITAL_ARTICLES:
            start += len(first) + 1
        tok = _token_starting_at(doc, start)
        if tok is None or tok.idx + len(tok) >= end or fold(tok.text) in civilities \
                or (tok.i > 0 and fold(doc[tok.i - 1].text) in civilities):
            continue
        near = [c for c in _name_cands(cands) if base.overlaps(c.start, c.end, start, end)]
        if any(c.attrs.get("civility") or c.end > end
               or (c.start < start and not text[c.start : start].islower()) for c in near):
            continue  # (a name of its own before the firm's: not ours to cut)
        for c in near:  # "[direction de Baccarat]" + "SA": lower-case words and the firm's name
            if c.start < start:
                c.start, c.attrs["name"] = start, text[start : c.end]
        _put_organization(cands, text, start, end, near)
    return cands


def _family_firms(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A family's name and "et Fils", "& Cie", "Frères" (`family_firm_tails`) is a firm,
    one organization ("Colin et Fils", "Martin Frères"), whatever the model read in it (a
    man, "Fils" a second one); not at a sentence's start, where the first word may be any
    capitalized word, nor after a civility ("M. Colin et Fils")."""
    text = base.original_text(doc)
    for hit in _family_firm_re().finditer(text):
        start = hit.start()
        tok = _token_starting_at(doc, start)
        if tok is not None and (tok.is_sent_start or tok.i == 0 or _line_start(doc, tok.i)):
            # "Chez Colin et Fils", "L'entreprise Colin et Fils": the family's name is the next word
            second = re.match(r"\S+ (?=\S+ (?:et|&|Fr\u00e8res))", text[start : hit.end()])
            start += second.end() if second else 0
            tok = _token_starting_at(doc, start) if second else None
        if tok is None or tok.i == 0 or doc[tok.i - 1].lower_.rstrip(".") in _lex()["civilities"] \
                or doc[tok.i - 1].text in ("M", "MM"):
            continue
        near = [c for c in _name_cands(cands) if base.overlaps(c.start, c.end, start, hit.end())]
        if any(c.attrs.get("civility") for c in near):
            continue
        _put_organization(cands, text, start, hit.end(), near)
    return cands


def kinds_in_names() -> frozenset[str]:
    """Kinds that are part of the one-word name they come before ("la chorale Saint-Rémi")."""
    return _lex()["kind_in_name"]


def _one_word_name(name: str) -> bool:
    """A name of one word, or of one word and the town of the body after "de" ("Saint-Rémi",
    "Saint-Nabor de Vaubexviller"): after a kind that is part of such a name (`kind_in_name`),
    the kind is kept in it ("la chorale Saint-Nabor de Vaubexviller"), where a longer name
    stands on its own ("l'orchestre Les Alouettes")."""
    return re.fullmatch(r"\S+(?: (?:de|du|des) \S+| d['\u2019]\S+)?", name) is not None


def _title_before(doc: Doc, i: int) -> bool:
    """Token i comes right after a noun that says what the name is: "la chaîne (quatarie)",
    or that noun and the "de" of its field ("le club de gymnastique La Thaonnaise")."""
    return _kind_before(doc, i) is not None


def _kind_before(doc: Doc, i: int) -> int | None:
    """Index of the first token of the kind noun phrase right before token i ("chaîne",
    "club de gymnastique"), or None."""
    titles = _lex()["titles"]
    k = i - 1
    while k >= 0 and doc[k].pos_ == "ADJ" and doc[k].is_lower:
        k -= 1
    if k >= 1 and doc[k].text in _lex()["title_acronyms"] and _determined(doc, k):
        return k  # a kind written as an acronym, like a title: "l'ONG Mains Tendues"
    if k < 1 or not doc[k].is_lower:
        return None
    one, two = fold(doc[k].text), fold(doc[k - 1 : k + 1].text)
    if two in titles and _determined(doc, k - 1):
        return k - 1
    # the tagger reads a rare lower-case kind as a proper noun: "le bagad Brest"
    if one in titles and (doc[k].pos_ == "NOUN" or one in _lex()["kind_in_name"]) and _determined(doc, k):
        return k
    # a body's field between its kind and its name: "l'association de pêche La Gaule", "le
    # club de gymnastique La Thaonnaise", the name after an article of its own, capitalized
    # inside the sentence, or right after the field's noun when it opens on capitals
    # ("l'association de consommateurs UFC-Que Choisir", "le club de football FC Lérinville")
    article = doc[i].text in _CAPITAL_ARTICLES and doc[i - 1].is_lower  # not a sentence's article
    field = doc[i - 1].is_lower and doc[i - 1].is_alpha and doc[i - 1].pos_ == "NOUN" \
        and doc[i - 1].lower_ not in _DE
    acronym = field and _ACRONYM_START.match(doc[i].text) is not None  # no given name: "Jean"
    coined = field and not acronym and _coined_name(doc, i)
    if not (article or acronym or coined):
        return None
    bodies = _lex()["named_bodies"]
    j = i - 1
    while j >= 1 and i - j <= 6 and doc[j].is_lower and (doc[j].is_alpha or doc[j].lower_ in _DE):
        key = fold(doc[j].text)
        # a coined name may follow any kind of firm and its field: "le cabinet d'architectes X"
        if doc[j + 1].lower_ in _DE and (key in bodies or (coined and key in titles)) \
                and _determined(doc, j) and not _described(doc, j):
            return j
        j -= 1
    return None


_CAPITAL_ARTICLES = ("La", "Le", "Les", "L'", "L\u2019")


def _coined_name(doc: Doc, i: int) -> bool:
    """Token i opens a firm's or a body's coined name, one capitalized word that no lexicon
    knows ("la société de nettoyage Propnet", "l'agence de voyages Valtour"), not a sentence's
    first word: no given name, no place the gazetteer knows, no nationality, faith or country
    (roles/nationalities.json), no month nor weekday."""
    from factx import gazetteer
    from factx.resolve.names import is_given_name

    tok = doc[i]
    if not tok.is_title or not tok.is_alpha or len(tok.text) < 3 or tok.is_sent_start:
        return False
    return not is_given_name(tok.text) and gazetteer.place_kind(tok.text) is None \
        and fold(tok.text) not in _lex()["peoples"] and fold(tok.text) not in _lex()["countries"] \
        and fold(tok.text) not in _lex()["calendar"]


_ACRONYM_START = re.compile(r"^[A-ZÉÈ]{2,}")


@cache
def _sentence_words() -> dict[str, frozenset[str]]:
    """The words of models/entities.json that tell a sentence's end after a capital letter."""
    data = load_json("entities.json")
    weekdays = load_json("calendar.json")["weekdays"]
    return {"lettered": frozenset(fold(w) for w in data["lettered_nouns"]),
            "sentence_openers": frozenset(fold(w) for w in data["sentence_openers"]),
            "time_openers": frozenset(fold(w) for w in [*data["time_openers"], *weekdays])}


_LETTER = re.compile(r"^[A-Z]\.?$")


def letter_closing(doc: Doc, k: int) -> int | None:
    """Index of the word after a capital letter at token k and its full stop when they close
    a sentence: the letter of a label ("dans le groupe C." + "Samedi soir, ..."), or any
    capital letter and its full stop before a word of time or a word that opens sentences
    ("... en catégorie A. Demain, ...", "... B. Elles ..."); None for an initial ("J.
    Martin", "Paul R. Dumont") or anything else."""
    tok = doc[k]
    if len(tok.text) > 2 or not _LETTER.match(tok.text):  # most tokens: no regex
        return None
    lex = _sentence_words()
    n = k + 1 if tok.text.endswith(".") else k + 2
    if n >= len(doc) or (n == k + 2 and doc[k + 1].text != "."):
        return None
    word = doc[n]
    label = k > 0 and doc[k - 1].is_lower and fold(doc[k - 1].text) in lex["lettered"]
    folded = fold(word.text)
    opener = folded in lex["time_openers"] or folded in lex["sentence_openers"]
    return n if word.is_title and (label or opener) else None


def _title_name_end(doc: Doc, i: int) -> int:
    """End of a name of capitalized words from token i ("Brixworth Herald", "Journal des Arts"),
    before a capital letter that closes the sentence ("le groupe C." + "Samedi soir")."""
    end = i
    while end < len(doc):
        tok = doc[end]
        if letter_closing(doc, end) is not None:
            break
        capital = tok.is_title or tok.is_upper or (tok.like_num and end > i)
        joining = tok.lower_ in ("de", "des", "du", "of", "the", "and") and end > i \
            and end + 1 < len(doc) and doc[end + 1].is_title
        # a hyphen that glues two capitalized words ("UFC-Que Choisir") is inside the name
        joining = joining or (tok.text == "-" and end > i and not doc[end - 1].whitespace_
                              and not tok.whitespace_ and end + 1 < len(doc)
                              and (doc[end + 1].is_title or doc[end + 1].is_upper))
        if not (capital or joining):
            break
        end += 1
    return end


_PURPOSE_AFTER = re.compile(r"\s+(?:pour|avec|sur|dans)\s")


_POSSESSIVES = frozenset(("son", "sa", "ses", "leur", "leurs"))


def _adjectives_after_name(doc: Doc, i: int, end: int) -> int:
    """End of a one-word name after its kind with the lower-case adjectives that agree with
    it, which the parse gives to it or to the kind: "l'association Loisirs partagés",
    "Familles rurales"; not one that says which one ("seule", "actuelle"), nor a
    participle opening a clause ("l'association Loisirs fondée en 1990")."""
    if end != i + 1 or not doc[i].is_title:
        return end
    k = end
    limiting = _lex()["limiting"]
    while k < len(doc) and doc[k].is_lower and doc[k].is_alpha and _adjective(doc[k]) \
            and fold(doc[k].text) not in limiting \
            and doc[k].pos_ != "PROPN" and doc[k].head.i in (i, doc[i].head.i) \
            and doc[k].dep_ in ("amod", "acl") \
            and all(not a or not n or a == n for a, n in
                    ((doc[k].morph.get(f), doc[i].morph.get(f)) for f in ("Number", "Gender"))) \
            and not (k + 1 < len(doc) and doc[k + 1].lower_ in _POSSESSIVES):
        # the name may be tagged an adjective itself ("Loisirs"): agreement alone counts; one
        # before a possessive is the clause's verb and its object ("l'usine Tréfal ferme ses portes")
        k += 1
    if k > end and "Part" in doc[k - 1].morph.get("VerbForm") and k < len(doc) \
            and (doc[k].lower_ in ("en", "par", "à", "au", "dans", "depuis", "il", "hier", "lors")
                 or doc[k].pos_ in ("DET", "NUM") or fold(doc[k].text) in _lex()["weekdays"]):
        # "fondée en 1990", "créée par des parents"; a participle with its time after it opens
        # a clause on a thing the name made ("un rapport de l'agence Varnel publié mardi",
        # "publié le 3 mai", "diffusée ce soir")
        return end
    return k


def _place_ends_phrase(doc: Doc, k: int) -> bool:
    """The capitalized words from token k are a place the gazetteer knows and close the
    phrase (no capital nor linking word after them): "à Strasbourg", "en Lorraine"."""
    from factx import gazetteer

    j = k
    while j < len(doc) and (doc[j].is_title or (doc[j].text == "-" and j > k)):
        j += 1
    if j == k or (j < len(doc) and fold(doc[j].text) in _lex()["phrase_links"]
                  and doc[j].pos_ not in ("AUX", "VERB")):
        return False
    return gazetteer.place_kind(doc[k:j].text) is not None


def _phrase_name_end(doc: Doc, kind: int, i: int, end: int) -> int:
    """End of an association's name that is a phrase, after its kind ("l'association Vallée
    en Fête", "le collectif Sauvons nos écoles rurales", "l'association Bien vivre à Lorvan"):
    from the capitalized start at token i, through linking words (phrase_name_links) and
    capitals, up to the verb of the clause, punctuation or any other word; it ends on its last
    capitalized word; a slogan (a verb or an adverb first, or a capital then a possessive or
    "pas") runs through lower-case nouns, an adjective after each and infinitives too, and
    ends on its last of them. `end` (the
    capitalized run) otherwise: "l'association Terre Vivante, qui", "Emmaüs de Lyon"."""
    lex = _lex()
    if fold(doc[kind].text) not in lex["phrase_heads"] or i + 1 >= len(doc):
        return end
    second = doc[i + 1]
    slogan = doc[i].pos_ in ("VERB", "ADV") \
        or (second.is_lower and fold(second.text) in lex["slogan_seconds"])
    k = end
    last = end
    while k < len(doc):
        tok = doc[k]
        low = fold(tok.text)
        if tok.is_title and tok.is_alpha and tok.pos_ not in ("VERB", "AUX") and k > i:
            last = k + 1
        elif not ((tok.is_lower and tok.is_alpha) or tok.text in ("d'", "l'", "n'", "d\u2019", "l\u2019")):
            break
        elif low in ("a", "en", "dans") and not slogan and last > i + 1 and _place_ends_phrase(doc, k + 1):
            break  # "l'association Alsace Nature" + "à Strasbourg": where it is, not its name
        elif low in lex["phrase_links"]:
            pass
        elif slogan and (tok.pos_ == "NOUN" or (tok.pos_ == "VERB" and "Inf" in tok.morph.get("VerbForm"))
                         or (tok.pos_ == "ADJ" and doc[k - 1].pos_ == "NOUN" and doc[k - 1].is_lower)):
            last = k + 1  # a lower-case noun, an infinitive, one adjective after a noun: a slogan's words
        else:
            break
        k += 1
    return max(end, last)


def _split_second_kind(doc: Doc, cands: list[Candidate]) -> None:
    """A name does not run over "et" or a comma into a second body introduced by its kind:
    "Le Télégramme et la chaîne France 3" is two names, the second found after its kind."""
    text = base.original_text(doc)
    titles = _lex()["titles"]
    for c in _name_cands(cands):
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or len(span) < 4:
            continue
        for k in range(span.start + 1, span.end - 2):
            if doc[k].lower_ in ("et", "ou", ",") and doc[k + 1].lower_ in ("le", "la", "les", "l'", "l’") \
                    and doc[k + 2].is_lower and fold(doc[k + 2].text) in titles:
                c.end = doc[k - 1].idx + len(doc[k - 1])
                c.attrs["name"] = text[c.start : c.end]
                break


_SECOND_NAME = re.compile(r"\s+(?:et|ou)\s+(?:la|le|les|l['\u2019])\s*(?=[A-Z\u00c0-\u00dd])")


def _split_coordinated_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A name does not run over "et" and an article into a second name: "le Crédit agricole
    et la Ville ont renouvelé leur soutien" names two (a name's own coordination has no article
    or a preposition: "Moët et Chandon", "ministère de la Culture et de la Communication")."""
    admin = admin_nouns()
    out: list[Candidate] = []
    for c in cands:
        m = _SECOND_NAME.search(text, c.start, c.end) if c.label in _NAMED[:3] else None
        if m is None or c.attrs.get("civility") or m.start() <= c.start:
            out.append(c)
            continue
        first = text[c.start : m.start()]
        out.append(Candidate(c.label, c.start, m.start(), c.source, {**c.attrs, "name": first}))
        rest = text[m.end() : c.end]  # "la Ville", "la Région": the council, no name of its own
        label = "misc" if fold(rest) in admin else c.label
        out.append(Candidate(label, m.end(), c.end, c.source, {"name": rest}))
    return out


@cache
def admin_nouns() -> frozenset[str]:
    """"Ville", "Région", "Commune": capitalized, the council of a territory, named by no name."""
    return frozenset(fold(w) for w in load_json("place_types.json")["admin_heads"])


_DANGLING = re.compile(r"\s+(?:de\s+la|de\s+l['\u2019]|de|du|des|d['\u2019])\s*$")


_OWN_COORDINATION = re.compile(r"\s+(?:et|ou)\s+(?:ses|sa|son|leurs?)\s", re.IGNORECASE)


def _own_coordination(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A body's name never runs over "et" and a possessive, which points back to the body:
    "l'Organisation mondiale des pêcheurs et ses adhérents" is the body, then its members
    (the model read the whole as one name)."""
    for c in cands:
        if c.label != "organization":
            continue
        m = _OWN_COORDINATION.search(text, c.start, c.end)
        if m is not None and m.start() > c.start:
            c.end = m.start()
            c.attrs["name"] = text[c.start : c.end]
    return cands


def _dangling_de(text: str, cands: list[Candidate]) -> list[Candidate]:
    """No name ends on "de": the model's "L'Harmonie municipale de" + "Golbey" is one name,
    the town joined when a name of the text follows the "de" ("de Golbey"), the "de" left out
    otherwise."""
    starts = {c.start: c for c in cands if c.label in _NAMED}
    for c in cands:
        if c.label not in ("organization", "misc", "place") or c.attrs.get("civility"):
            continue
        m = _DANGLING.search(text, c.start, c.end)
        if m is None or m.start() <= c.start:
            continue
        j = c.end
        while text.startswith(" ", j):
            j += 1
        nxt = starts.get(j)
        if nxt is not None and nxt.label in ("place", "organization") and nxt is not c:
            c.end = nxt.end
        else:
            c.end = m.start()
        c.attrs["name"] = text[c.start : c.end]
    return cands


@cache
def _points() -> frozenset[str]:
    """The points of the compass as written in lower case (place_types.json `compass_points`)."""
    return frozenset(load_json("place_types.json")["compass_points"])


def _cardinal_points(doc: Doc, cands: list[Candidate]) -> None:
    """A body's name ending on a capitalized place goes on with a cardinal point in lower case
    ("l'Organisation du traité de l'Atlantique" + "nord"), not with the verb "est"."""
    text = base.original_text(doc)
    for c in cands:
        if c.label != "organization":
            continue
        tok = _token_starting_at(doc, c.end + 1) if text[c.end : c.end + 1] == " " else None
        if tok is not None and tok.lower_ in _points() and tok.is_lower \
                and tok.pos_ in ("ADJ", "NOUN", "PROPN") and tok.i > 0 and doc[tok.i - 1].is_title:
            c.end = tok.idx + len(tok)
            c.attrs["name"] = text[c.start : c.end]


def holder_named(doc: Doc, kind: int, c: Candidate) -> bool:
    """A person's name (a given name of the table, then one to three words) after a body's
    kind that is itself the complement of a title ("le président du club Paul Henry", "la
    secrétaire de l'association Marie-Claude Thiébaut"): the title's holder, not the body."""
    from factx.resolve.lexicon import lexicon
    from factx.resolve.names import is_given_name

    words = (c.attrs.get("name") or "").split()
    if c.label != "person" or not 2 <= len(words) <= 4 or not is_given_name(words[0].split("-")[0]):
        return False
    k = kind - 1
    if k >= 0 and doc[k].lower_ in ("l'", "l\u2019", "la", "le"):
        k -= 1
    return k >= 1 and doc[k].lower_ in ("de", "du", "d'", "d\u2019") \
        and lexicon().title_of(doc[k - 1].lower_) is not None


def _after_de_at(text: str, start: int) -> bool:
    """The name at `start` follows "de", "du", "des" or "d'"."""
    return re.search(r"(?:\b(?:de|du|des)\s+|\bd['\u2019])$", text[max(0, start - 6) : start]) is not None


def _titled_names(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A name after "le quotidien", "la chaîne", "le site", "le groupe" ... is an
    organization, and so is every mention of it in the document."""
    text = base.original_text(doc)
    starts = {t.idx: t.i for t in doc}
    titles, acronyms = _lex()["titles"], _lex()["title_acronyms"]  # "le groupe", "l'ONG"
    evidenced: set[str] = set()
    for c in _name_cands(cands):
        i = starts.get(c.start)
        if i is not None and i + 1 < len(doc) \
                and ((doc[i].is_lower and fold(doc[i].text) in titles) or doc[i].text in acronyms) \
                and doc[i + 1].idx < c.end and (doc[i + 1].is_title or doc[i + 1].is_upper) \
                and _determined(doc, i) and (c.label in ("place", "misc") or (
                    c.label == "organization" and fold(doc[i].text) not in _lex()["kind_in_name"]
                    and fold(doc[i].text) not in _lex()["trades"])):
            # "le supermarché Intermarché" read as one place: the name is what follows the kind;
            # "le parti Velmar", "le groupe Vinci" read as one body with their kind: the body
            # is named without it, the mention keeps it, as written (not a kind that is part
            # of a band's or a trade's name: "la chorale Saint-Rémi", "la laiterie Besnier")
            last = doc[max(i + 1, _title_name_end(doc, i + 1) - 1)]
            if c.label == "organization" and last.idx + len(last) < c.end:
                continue  # "la société Lorraine d'astronomie": no proper name after the kind
            if c.label != "organization":
                c.start = doc[i + 1].idx
            c.attrs["name"] = text[doc[i + 1].idx : c.end]
            if c.label == "organization":
                evidenced.add(fold(c.attrs["name"]))  # and so is the bare name elsewhere
    by_start = {c.start: c for c in _name_cands(cands)}
    for c in _name_cands(cands):
        i = starts.get(c.start)
        if i is not None and i >= 2 and doc[i - 1].text in _CAPITAL_ARTICLES and doc[i - 2].is_lower \
                and not c.attrs.get("civility") and _kind_before(doc, i - 1) is not None:
            i -= 1  # "la société de chasse La" + "Saint-Hubert": the article is the name's
            c.start = doc[i].idx
            c.attrs["name"] = text[c.start : c.end]
        kind = _kind_before(doc, i) if i is not None else None
        if kind is None or c.attrs.get("civility") or _place_headed(c):
            continue
        if holder_named(doc, kind, c):
            continue  # "le président du club Paul Henry": the club's president, not its name
        if kind == i - 1 and fold(doc[kind].text) in _lex()["kind_in_name"] \
                and _one_word_name(text[c.start : c.end]):
            # "la chorale Saint-Rémi", "le cabinet Lambert": the kind is part of a one-word name,
            # which alone would say a saint or a man ("l'orchestre Les Alouettes", "le cabinet
            # Durand Conseil" are names on their own); the bare name stays a form of that body
            evidenced.add(fold(c.attrs.get("name", "")))
            c.start = doc[kind].idx
            c.attrs["name"] = text[c.start : c.end]
            cands[:] = [o for o in cands if o is c or not (c.start <= o.start and o.end <= c.end)]
        if kind < i - 2:  # "le club de gymnastique" is the kind of "La Thaonnaise"
            kind_end = doc[i - 1].idx + len(doc[i - 1])
            cands[:] = [o for o in cands if not (o.label == "organization" and o.start == doc[kind].idx
                                                 and o.end == kind_end)]
        nxt = c
        while doc[i - 1].lower_.endswith(("s", "x")):  # "les magasins Leclerc et Cora": each of the list
            m = re.match(r"\s*(?:,|et)\s+", text[nxt.end : nxt.end + 6])
            nxt = by_start.get(nxt.end + m.end()) if m else None
            if nxt is None or nxt.attrs.get("civility"):
                break
            evidenced.add(fold(nxt.attrs.get("name", "")))
        name_end = _title_name_end(doc, i)
        plain_end = _adjectives_after_name(doc, i, name_end)
        adj_end = _phrase_name_end(doc, kind, i, plain_end)
        last = doc[adj_end - 1]
        end_c = last.idx + len(last)
        if adj_end > name_end and c.end > end_c and _PURPOSE_AFTER.match(text, end_c):
            # "l'association Jeunesse active" + "pour la garde des enfants": the name, said in
            # its capital and its adjective, ends before what the body is asked to do
            c.end, c.attrs["name"] = end_c, text[c.start : end_c]
        over = [o for o in _name_cands(cands) if o is not c and base.overlaps(o.start, o.end, c.end, end_c)]
        # the model cut it short: "la chaîne" + "Channel" + "Four"; or, in a name of common
        # nouns after their article, took the town it ends on for a place: "la cave
        # coopérative Les Coteaux de" + "Buzet" (not "l'usine Renault de Sandouville":
        # the firm, where its site is)
        common = text[c.start : c.end].split(" ")[0] in _CAPITAL_ARTICLES
        # a band's one-word name and its town: "la chorale Saint-Nabor" + "de Mévaux"
        band = kind == i - 1 and fold(doc[kind].text) in _lex()["kind_in_name"] \
            and _one_word_name(text[doc[i].idx : end_c])
        if adj_end > plain_end and end_c > c.end \
                and all(o.label != "person" or o.start > c.end for o in over):
            _run_over(c, end_c, text, cands, over)  # "Vallée" + "en" + "Fête": one phrase name
        elif end_c > c.end and (not over or common or band) and all(
                o.label == "place" and c.end < o.start and o.end <= end_c and _after_de_at(text, o.start)
                for o in over):
            _run_over(c, end_c, text, cands, over)
        evidenced.add(fold(c.attrs.get("name", "")))
    for tok in doc:
        # a sentence the parser starts right after a lower-case noun ("l'usine" | "Texfil en
        # 2009") is none: the name after its kind
        opens = tok.is_sent_start and not (tok.i > 0 and doc[tok.i - 1].is_alpha and doc[tok.i - 1].is_lower)
        if not (tok.is_title or tok.is_upper) or opens or not _title_before(doc, tok.i):
            continue
        plain_end = _adjectives_after_name(doc, tok.i, _title_name_end(doc, tok.i))
        end = _phrase_name_end(doc, tok.i - 1, tok.i, plain_end)
        start_c, end_c = tok.idx, doc[end - 1].idx + len(doc[end - 1])
        over = [c for c in _name_cands(cands) if base.overlaps(c.start, c.end, start_c, end_c)]
        kind = tok.i - 1
        in_name = fold(doc[kind].text) in _lex()["kind_in_name"]
        if over and end > plain_end and all(start_c < c.start and c.end <= end_c and c.label != "person"
                                            for c in over):
            cands[:] = [c for c in cands if c not in over]  # "Bien vivre à" + "Corlay": the phrase
        elif over and in_name and _one_word_name(text[start_c:end_c]) and all(
                o.label == "place" and start_c < o.start and o.end == end_c and _after_de_at(text, o.start)
                for o in over):
            cands[:] = [c for c in cands if c not in over]  # "la chorale Saint-Nabor de" + "Mévaux"
        elif over and not tok.ent_type_ and all(start_c < o.start and o.end <= end_c and o.label != "person"
                                                for o in over):
            cands[:] = [c for c in cands if c not in over]  # "la secte" + "Boko" + "Haram": the model cut it
        elif over:
            continue
        if fold(doc[kind].text) in _lex()["sites"] and (cut := _site_town_cut(doc, tok.i, end)) is not None:
            town = doc[cut + 1 : end]  # "l'usine Daum" + "de Nancy": the firm, then its site
            cands.append(Candidate("place", town.start_char, town.end_char, "rules", {"name": town.text}))
            end_c = doc[cut - 1].idx + len(doc[cut - 1])
        name = text[start_c:end_c]
        if in_name and _one_word_name(name) and len(name) >= 2:
            evidenced.add(fold(name))  # "la chorale Saint-Rémi", found by its kind alone
            start_c = doc[kind].idx
            name = text[start_c:end_c]
        if len(name) >= 2 and fold(name) not in ("le", "la", "les"):
            cands.append(Candidate("organization", start_c, end_c, "rules", {"name": name}))
            evidenced.add(fold(name))
    for c in _name_cands(cands):
        if fold(c.attrs.get("name", "")) in evidenced and not c.attrs.get("civility"):
            c.label = "organization"
    return cands


def _trade_names(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """"la boulangerie Thomas", "le garage Perrin", "la paroisse Saint-Martin": a shop, a
    craftsman's firm or a parish is named by its kind in lower case and, right after it, the
    family's or the saint's name (`trade_heads`); the two are one organization, whatever the
    model read in the name (a person, a place). Not after an indefinite or possessive word
    ("une boulangerie Thomas" does not occur; "sa pharmacie" names none), nor a person named
    with a civility ("le garage de M. Perrin"). A school is named the same way, its level
    or sector between ("l'école Jules-Ferry", "l'école élémentaire Sainte-Odile", "le lycée
    professionnel Émile-Gallé", `school_heads`)."""
    text = base.original_text(doc)
    trades = _lex()["trades"]
    starts = {c.start: c for c in _name_cands(cands)}
    named: dict[tuple[str, str], list[Candidate]] = {}  # (school noun, name) -> its mentions
    for c in list(starts.values()):
        tok = _token_starting_at(doc, c.start)
        if tok is None or tok.i < 2 or c.attrs.get("civility") \
                or (c.label == "organization" and c.attrs.get("name", "")[:1].islower()):
            continue
        name = c.attrs.get("name", "")
        k = _school_head(doc, tok.i)
        if k is None and tok.is_lower and fold(tok.text) in trades and c.label == "place" \
                and tok.i + 1 < len(doc) and doc[tok.i + 1].idx < c.end:
            k = tok.i  # the model took the kind into the place: "[boulangerie Hennequin]"
            name = text[doc[k + 1].idx : c.end]
        elif k is None:
            k = tok.i - 1
            if not doc[k].is_lower or fold(doc[k].text) not in trades:
                continue
        if not _determined(doc, k) or _described(doc, k):
            continue
        if not name[:1].isupper() or len(name.split()) > 3:
            continue
        head_end = doc[k].idx + len(doc[k])
        body = next((o for o in _name_cands(cands) if o.label == "organization" and o.end == head_end
                     and o.start < doc[k].idx), None)
        if body is not None:  # "l'Association des parents d'élèves du collège" + "Jules-Ferry": one body
            body.end = c.end
            body.attrs["name"] = text[body.start : body.end]
            cands.remove(c)
            continue
        named.setdefault((fold(doc[k].text), fold(name.split("\n")[0].strip())), []).append(c)
        c.start, c.label = doc[k].idx, "organization"
        c.attrs = {"name": text[c.start : c.end]}
    for group in named.values():  # "l'école élémentaire Sainte-Odile" and "l'école Sainte-Odile": one school
        full = max((c.attrs["name"].split("\n")[0].strip() for c in group), key=len)
        for c in group:
            c.attrs["name"] = full
    return cands


def _school_head(doc: Doc, i: int) -> int | None:
    """Index of the school noun before the name at token i, over at most two words of level
    or sector in lower case ("école maternelle", "lycée professionnel", "groupe scolaire"),
    or None; a home's kind in three words ("maison de retraite", `home_heads`) right before it."""
    schools = _lex()["schools"]
    for k in range(i - 1, max(0, i - 4), -1):
        if not (doc[k].is_lower and doc[k].is_alpha):
            return None
        if fold(doc[k].text) in schools and doc[k].pos_ == "NOUN":
            return k
        if fold(doc[k - 1 : k + 1].text) in schools:
            return k - 1
        if k == i - 1 and k >= 2 and fold(doc[k - 2 : k + 1].text) in schools:
            return k - 2  # "maison de retraite" + "Les Glycines"
        if doc[k].pos_ not in ("ADJ", "NOUN") or k < i - 2:
            return None
    return None


def _kind_adjective_names(doc: Doc, cands: list[Candidate]) -> None:
    """"la société Lorraine d'astronomie", "l'union Vosgienne des sociétés de pêche": a
    capitalized word between a noun of bodies and a complement in lower case is the body's
    adjective, capitalized as such names often are; the body is the whole phrase, not that
    word (which a brand after its kind would be: "la société Vittel")."""
    text = base.original_text(doc)
    heads = _lex()["named_bodies"]
    for c in _name_cands(cands):
        tok = _token_starting_at(doc, c.start)
        if tok is None or tok.i < 1 or tok.idx + len(tok) != c.end or c.attrs.get("civility"):
            continue
        k, j = tok.i - 1, tok.i + 1
        if not (doc[k].is_lower and fold(doc[k].text) in heads and _determined(doc, k)) or _described(doc, k):
            continue
        if j + 1 >= len(doc) or doc[j].lower_ not in _DE or not doc[j + 1].is_lower \
                or doc[j + 1].pos_ != "NOUN" or doc[j + 1].head.i not in (tok.i, k):
            continue
        end = j + 2
        while end < len(doc) and doc[end].is_lower and doc[end].pos_ == "ADJ":
            end += 1
        c.start, c.end, c.label = doc[k].idx, doc[end - 1].idx + len(doc[end - 1]), "organization"
        c.attrs = {"name": text[c.start : c.end]}


def _described_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A body described in lower-case words right before its name, with no comma, is that name:
    "l'association des transporteurs routiers européens Road Alliance", "la fédération des
    industries belges Agoria". The description is no name of its own; the name is a body's."""
    by_start = {c.start: c for c in _name_cands(cands) if c.label in ("organization", "misc")}
    drop: list[Candidate] = []
    for c in _name_cands(cands):
        name = text[c.start : c.end]
        if c.label != "organization" or not name[:1].islower() or any(w[:1].isupper() for w in name.split()):
            continue
        nxt = by_start.get(c.end + 1)
        if nxt is None or text[c.end] != " " or not text[nxt.start : nxt.start + 1].isupper() \
                or nxt.attrs.get("civility"):
            continue
        drop.append(c)
        nxt.label = "organization"
    return [c for c in cands if not any(c is d for d in drop)]


def _apposed_bodies(doc: Doc, cands: list[Candidate]) -> None:
    """A name followed by a comma and a noun of bodies in apposition is an organization, in
    every mention: "la SAR, entreprise de travaux publics", "Emmaüs, une association ...",
    "Vardel, le groupe pétrolier, a annoncé ..." (with a definite article, between commas);
    so is a name apposed, with its article, to an indefinite noun of bodies before it, even
    an acronym the model left untagged: "une entreprise de transport, la TVR, dirigée par"."""
    from factx import gazetteer

    lex = _lex()
    evidenced: set[str] = set()
    people: set[str] = set()  # names the model gave a person, which only a noun no person bears retypes
    surnames = _surnames(cands)
    for c in _name_cands(cands):
        name = c.attrs.get("name", "")
        # "Jean Martin, agence Martin Immobilier": the person keeps his name; "Varmotte,
        # filiale du groupe Sarmelle", a surname alone before a noun of things, is a firm
        person = c.label == "person" and len(name.split()) == 1 and not c.attrs.get("civility") \
            and fold(name) not in surnames
        if c.label == "organization" or (c.label == "person" and not person):
            continue
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        k = span.end if span is not None else len(doc)
        if k + 1 >= len(doc) or doc[k].text != ",":
            continue
        k += 1
        definite = doc[k].lower_ in ("le", "la", "l'", "l\u2019") and k + 1 < len(doc)
        if doc[k].lower_ in ("un", "une") and k + 1 < len(doc):
            k += 1
        if definite:
            # "Korvak, le parti de l'ancien Premier ministre, a remporté ...": the noun with its
            # definite article, between commas, says what the name is; not the subject of the
            # clause after a name introduced by a preposition ("Pour Dupont, le groupe a ...")
            if span is None or (span.start > 0 and doc[span.start - 1].pos_ == "ADP") \
                    or gazetteer.place_kind(name) is not None or not _closed_apposition(doc, k + 1):
                continue
            k += 1
        two = fold(doc[k : k + 2].text) if k + 1 < len(doc) else ""
        if doc[k].is_lower and (fold(doc[k].text) in lex["apposition"] or two in lex["apposition"]):
            if c.label != "person":
                evidenced.add(fold(name))
            elif fold(doc[k].text) not in lex["apposition_people"] and k + 2 < len(doc) \
                    and (doc[k + 1].lower_ in _DE or doc[k - 1].lower_ in ("un", "une") or definite
                         or (doc[k + 1].pos_ == "ADJ" and doc[k + 2].lower_ in _DE)):
                people.add(fold(name))
    for c in _name_cands(cands):
        if c.label not in ("organization", "person") and _apposed_after_body(doc, c):
            evidenced.add(fold(c.attrs.get("name", "")))
        elif c.label == "person" and not c.attrs.get("civility") and _apposed_after_body(doc, c) \
                and not _given_first(c.attrs.get("name", "")):
            people.add(fold(c.attrs.get("name", "")))  # "une entreprise de terrassement, Rivaud TP,"
    for tok in doc:
        # an acronym the model left untagged, so apposed: "une fondation de recherche, la FRV,"
        if len(tok) >= 2 and is_acronym(tok.text) and tok.is_alpha and not any(
                base.overlaps(c.start, c.end, tok.idx, tok.idx + len(tok)) for c in cands):
            new = Candidate("organization", tok.idx, tok.idx + len(tok), "rules", {"name": tok.text})
            if _apposed_after_body(doc, new):
                cands.append(new)
    for c in _name_cands(cands):
        key = fold(c.attrs.get("name", ""))
        if (key in evidenced and c.label != "person") or (key in people and not c.attrs.get("civility")):
            c.label = "organization"
    # "d'après le service intercommunal de l'eau, Hydrova,": the lower-case description before the
    # name it introduces is that body's, no other one
    text = base.original_text(doc)
    named = [c for c in _name_cands(cands) if c.label == "organization" and text[:c.start].endswith(", ")]
    for c in named:
        for d in [d for d in cands if d.label == "organization" and d.end == c.start - 2
                  and text[d.start : d.start + 1].islower()]:
            if _apposed_after_body(doc, c):
                cands.remove(d)


def _closed_apposition(doc: Doc, k: int) -> bool:
    """The words from token k on, within a few words and the sentence, end on a comma, a
    full stop or a dash, or open a relative clause, without a finite verb before (a
    participle may stand: "le groupe basé à Kiev,"): an apposition, not a clause's subject."""
    sent_end = doc[k].sent.end if k < len(doc) else len(doc)
    for j in range(k + 1, min(k + 10, sent_end)):
        if doc[j].text in (",", ".", ";", "\u2013", "\u2014", ")") or j == sent_end - 1 \
                or doc[j].lower_ in ("qui", "dont"):
            return True  # "la société qui gère le site": a relative clause inside the apposition
        if doc[j].pos_ in ("VERB", "AUX") and "Part" not in doc[j].morph.get("VerbForm"):
            return False
    return False


def _apposed_after_body(doc: Doc, c: Candidate) -> bool:
    """The name of candidate c, between commas, names the body an indefinite noun of bodies
    just before introduces: "une entreprise de transport, la TVR, dirigée par ...", "un groupe
    pétrolier, la Novex, qui ...", "à une entreprise de terrassement du Gard, Rivaud TP,
    dont ..." (`apposition_heads`, `apposed_name_heads`); or, with no article before the name,
    a definite one that is no noun's "de" complement ("selon le laboratoire d'analyse des eaux,
    Aquavelle, ...", not "le gérant de la société, Daniel Fourcade"); the clause has no other
    punctuation between them."""
    from factx import gazetteer

    lex = _lex()
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or span.start < 4 or span.end >= len(doc) \
            or doc[span.end].text not in (",", ".", ";", ")"):
        return False
    bare = doc[span.start - 1].text == ","  # no article before the name
    if bare and (gazetteer.place_kind(c.attrs.get("name", "")) is not None
                 or fold(doc[span.start - 2].text) in _place_nouns()):
        # "une coopérative du canton, Morvaux, ...", "le club du quartier, Bellevue, ...": the
        # name may be the place the description ends on
        return False
    comma = span.start - 1 if bare else span.start - 2
    if not bare and (doc[span.start - 1].lower_ not in _ARTICLES or doc[comma].text != ","):
        return False
    for k in range(comma - 1, max(-1, comma - (11 if bare else 9)), -1):
        tok = doc[k]
        if tok.is_punct or tok.is_space:
            return False
        definite = bare and tok.lower_ in _ARTICLES and (k == 0 or doc[k - 1].lower_ not in _DE)
        if (tok.lower_ in ("un", "une") or definite) and k + 1 < comma:
            nxt = doc[k + 1]
            two = fold(doc[k + 1 : k + 3].text)
            # a definite description, with no article before the name, only for a public
            # service's nouns ("le service municipal de l'air, X,"); "la société de chasse, X," may
            # name a place after it
            heads = lex["apposition"] if not bare else lex["apposed_names"] if not definite \
                else lex["public_apposed"]
            return nxt.is_lower and (fold(nxt.text) in heads or two in heads)
    return False


@cache
def _place_nouns() -> frozenset[str]:
    """Common nouns of places and lands (place_types.json: the units, districts, geography,
    streets, grounds, and a few of a sector: "secteur", "zone", "bourg", "cité")."""
    data = load_json("place_types.json")
    return frozenset(fold(w) for key in ("admin_heads", "district_heads", "geography_heads", "street_heads",
                                         "ground_nouns") for w in data[key]) \
        | frozenset(("secteur", "secteurs", "zone", "bourg", "cite", "environs", "alentours", "coin"))


def _given_first(name: str) -> bool:
    """The name opens on a given name ("Daniel Fourcade"): a person's, whatever precedes it."""
    from factx.resolve.names import is_given_name

    first = name.split(" ")[0].split("-")[0]
    return " " in name and is_given_name(first)


_LIST_JOINER = re.compile(r"^\s*(?:,\s*(?:et\s+|ou\s+)?|\s(?:et|ou)\s+)"
                          r"(?:(?:de|du|des|d'|d\u2019|aux?|à)\s*)?(?:(?:la|le|les|l'|l\u2019)\s*)?$")


_LISTING = re.compile(r"\b(?:et|ou|de|du|des|aux?|à)\b|\bd['\u2019]")


def _coordinated_with_organizations(doc: Doc, cands: list[Candidate]) -> None:
    """"du Sdep, du Moval et d'Agir Ensemble", "de Terres Vives, du Journal des Potiers": a name the
    model left untyped (misc), listed with organizations and no person or place, is one. Two
    names with only a comma and an article between them are no list ("À la Bourse de Paris,
    le CAC 40 a gagné 1 %")."""
    text = base.original_text(doc)
    names = sorted(_name_cands(cands), key=lambda c: c.start)
    groups: list[list[Candidate]] = []
    listed: set[int] = set()  # groups joined by "et", "ou" or a repeated preposition
    for c in names:
        joiner = text[groups[-1][-1].end : c.start] if groups else ""
        if groups and _LIST_JOINER.match(joiner):
            groups[-1].append(c)
            if _LISTING.search(joiner):
                listed.add(len(groups) - 1)
        else:
            groups.append([c])
    for n, group in enumerate(groups):
        labels = {c.label for c in group}
        if len(group) == 2 and n not in listed:
            continue  # "À la Bourse de Paris, le CAC 40 a gagné": a comma and an article list nothing
        if "misc" in labels and "organization" in labels and not labels & {"person", "place"}:
            for c in group:
                if fold(c.attrs.get("name", "")) not in admin_nouns():  # "le Crédit agricole et la Ville"
                    c.label = "organization"


def _line_of(text: str, start: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    return a, len(text) if b < 0 else b


# after a dateline's town: its date, if any, the agency in brackets and a dash
_AGENCY_DATELINE = re.compile(r"(?:,[^\n()]{1,30})?\s*\([^()\n]{2,20}\)\s*[-\u2013\u2014_]")


def _drop_capital_headings(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Words in capitals that head a paragraph as its rubric ("TOURISME. Les attentats ...")
    or make up a title line ("STAGE GYM ENFANT.") are not organization names; a dateline
    ("WASHINGTON. _ Les ...", "SKOPJE, 3 mai (AFP) - Les ...") is a place the gazetteer knows."""
    from factx import gazetteer
    out = []
    for c in cands:
        name = c.attrs.get("name", "")
        if c.label in ("organization", "misc") and name.isupper() and len(name) > 1:
            a, b = _line_of(text, c.start)
            line = text[a:b]
            after = text[c.end : c.end + 4]
            at_start = text[a : c.start].strip() == ""
            if at_start and after[:1] == "." and "_" in after:
                c.label = "place"  # the dateline: "DENVER. _ Les Comètes ..."
            elif at_start and _AGENCY_DATELINE.match(text, c.end) and gazetteer.place_kind(name) is not None:
                c.label = "place"  # a wire's dateline: "BELGRADE (AFP) -", "SKOPJE, 12 mars (AFP) -"
            elif (at_start and after[:1] == ".") or (line.upper() == line and " " in name):
                continue
        out.append(c)
    return out


def _generic_rubrics(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A headline or rubric that opens its line on the kind of a local body and its territorial
    adjective alone ("Conseil municipal : le budget voté", "Tribunal correctionnel : six mois
    pour un vol"): the capital is the line's; every commune or court has one, and without the
    town that names it ("de Charmes") the words name none, as "le conseil municipal" in the
    sentence names none."""
    territorial = _lex()["territorial"]
    out = []
    for c in cands:
        words = c.attrs.get("name", "").split()
        if c.label == "organization" and len(words) > 1 and words[0][:1].isupper() \
                and all(w.islower() and fold(w) in territorial for w in words[1:]) \
                and text[_line_of(text, c.start)[0] : c.start].strip() == "":
            continue
        out.append(c)
    return out


_CLOCK = re.compile(r"(?:\b\d{1,2}\s*h\s*\d{0,2}|\b\d{1,2}[:.]\d{2})$")


def _token_starting_at(doc: Doc, start: int) -> Token | None:
    """The token that begins at character `start`, if one does (no walk over the Doc)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = doc[span.start]
    return tok if tok.idx == start else None


def _common_plural_pair(doc: Doc, tok: Token) -> bool:
    """The plural noun `tok` is joined by "et", "ou" or a comma to a plural noun in lower case
    ("Pompiers et gendarmes", "Parents, élus ..."): a common noun like the one it is joined to."""
    k = tok.i + 1
    if tok.pos_ != "NOUN" or "Plur" not in tok.morph.get("Number") or k + 1 >= len(doc) \
            or doc[k].lower_ not in ("et", "ou", ","):
        return False
    nxt = doc[k + 1]
    return nxt.pos_ == "NOUN" and nxt.is_lower and "Plur" in nxt.morph.get("Number")


def _drop_non_names(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A one-word "name" that the parse reads as a verb, adverb or pronoun at the start of a
    sentence ("Rappelons que ..."), a participle opening a sentence before where from or
    to ("Parti de Vesoul": the place is Vesoul), and an acronym right after a clock time ("18 h 15 UTC":
    a time zone) are not organizations."""
    text = base.original_text(doc)
    out = []
    for c in cands:
        tok = _token_starting_at(doc, c.start) if c.label in ("organization", "misc") else None
        if tok is not None:
            one = tok.idx + len(tok) == c.end
            if one and tok.is_sent_start and not tok.is_upper \
                    and tok.pos_ in ("VERB", "AUX", "ADV", "PRON", "SCONJ", "CCONJ", "ADP"):
                continue
            if not one and tok.is_sent_start and not tok.is_upper and tok.pos_ == "VERB":
                # "Parti de Vesoul dans la nuit, ...": a participle and where from or to
                k = tok.i + 1
                while k < len(doc) and doc[k].pos_ in ("ADP", "DET") and doc[k].idx < c.end:
                    k += 1
                if k == tok.i + 1 or k >= len(doc) or doc[k].idx >= c.end:
                    continue
                c.start, c.label = doc[k].idx, "place"
                c.attrs["name"] = text[c.start : c.end]
            if one and (tok.is_sent_start or _line_start(doc, tok.i)) and tok.is_title \
                    and _common_plural_pair(doc, tok):
                continue  # "Pompiers et gendarmes": two common nouns, one capitalized by its place
            before = text[max(0, c.start - 12) : c.start].strip()
            if one and tok.is_upper and _CLOCK.search(before):
                continue
        out.append(c)
    return out


def _club_names(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """"l'AS Nancy-Lorraine", "le FC Metz": a club abbreviation and the town after it are
    one organization, whatever the model made of the town; a person's name the model read
    after the town is no part of it ("le gardien du FC Metz Paul Roy": the title's holder)."""
    text = base.original_text(doc)
    prefixes = _lex()["club_prefixes"]
    people = {c.start for c in cands if c.label == "person" and not c.attrs.get("civility")}
    for tok in doc:
        if tok.text not in prefixes or tok.i + 1 >= len(doc) or not doc[tok.i + 1].is_title:
            continue
        end = tok.i + 1
        while end < len(doc) and doc[end].pos_ != "VERB" \
                and not (end > tok.i + 1 and doc[end].idx in people) and (doc[end].is_title or (
                doc[end].text == "-" and not doc[end].whitespace_ and not doc[end - 1].whitespace_)):
            end += 1  # "Nancy-Lorraine", not the dash between two clubs ("US Golbey - FC Épinal")
        while end > tok.i + 1 and doc[end - 1].text == "-":
            end -= 1
        start_c, end_c = tok.idx, doc[end - 1].idx + len(doc[end - 1])
        inside = [c for c in _name_cands(cands) if base.overlaps(c.start, c.end, start_c, end_c)]
        for c in inside:
            cut = text.find("\n", c.start, start_c)
            if cut > c.start:  # the model ran the line before into the club ("Neufchâteau\n\nUS Toul")
                c.end = len(text[c.start : cut].rstrip()) + c.start
                c.attrs["name"] = text[c.start : c.end]
        inside = [c for c in inside if base.overlaps(c.start, c.end, start_c, end_c)]
        _put_organization(cands, text, start_c, end_c, inside)
    for tok in doc:
        if tok.text in _lex()["club_suffixes"] and tok.i >= 1:
            _club_before_suffix(doc, cands, text, tok)
        elif tok.text in _lex()["club_sport_words"] and tok.i >= 1:
            _club_around_sport_word(doc, cands, text, tok)
    return cands


def _club_around_sport_word(doc: Doc, cands: list[Candidate], text: str, tok: Token) -> None:
    """"Lorvigny Pyrénées Rugby", "Bréval Foot Picardie", "Varmont Picardie Basket": a town's
    name, its region's, and the name of a team sport (`club_sport_words`), capitalized words
    in a row, are one club, an organization, whatever the model made of them (a place, the
    region and the sport alone); the sport must follow a name, not open the run ("Football :"
    heading a report)."""
    start = tok.i
    words = ("DET", "ADP", "PRON", "VERB", "AUX")  # the parser's sentence starts are not trusted
    while start >= 1 and doc[start - 1].is_title and doc[start - 1].pos_ not in words:
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].is_title and doc[end].pos_ not in words:
        end += 1
    if start == tok.i or end - start > 6 or "\n" in text[doc[start].idx : doc[end - 1].idx]:
        return
    start_c, end_c = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    inside = [c for c in _name_cands(cands) if base.overlaps(c.start, c.end, start_c, end_c)]
    if any(c.label == "person" and c.attrs.get("civility") for c in inside) \
            or any(c.start < start_c or c.end > end_c for c in inside):
        return  # "M. Colin Rugby", or a longer name running across: left as it is
    _put_organization(cands, text, start_c, end_c, inside)


def _club_before_suffix(doc: Doc, cands: list[Candidate], text: str, tok: Token) -> None:
    """"le Beauvais RUFC", "face au Vireloup HBC": a town's name (capitalized words, hyphens
    between them) and the club's abbreviation after it (`club_suffixes`) are one organization,
    whatever the model made of the town (a place, or the town alone)."""
    start = tok.i
    while start >= 1 and (
            (doc[start - 1].is_title and doc[start - 1].pos_ not in ("DET", "ADP", "PRON", "VERB", "AUX"))
            or (doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and start >= 2
                and not doc[start - 2].whitespace_)):
        start -= 1
    while start < tok.i and not doc[start].is_title:
        start += 1  # never a dash first
    if start == tok.i or tok.i - start > 5 or any(t.is_sent_start for t in doc[start + 1 : tok.i + 1]):
        return
    start_c, end_c = doc[start].idx, tok.idx + len(tok)
    inside = [c for c in _name_cands(cands) if base.overlaps(c.start, c.end, start_c, end_c)]
    if any(c.label == "person" for c in inside):
        return  # "Paul Henry FC": no town
    # "Le Beauvais" read with its article: the article is the sentence's; any other name running
    # into the town ("AS Nancy FC") keeps it as it is
    if any(c.start < start_c and fold(text[c.start : start_c]).strip() not in ("le", "la", "l'", "les")
           for c in inside):
        return
    for c in inside:
        c.start = max(c.start, start_c)
    _put_organization(cands, text, start_c, end_c, inside)


# "le Stade toulousain", "l'Olympique lyonnais", "le Racing strasbourgeois": a club's word and the
# adjective of its town, in lower case
_CLUB_WORDS = frozenset(("Stade", "Olympique", "Racing", "Sporting"))
_TOWN_ADJECTIVE = re.compile(r"^[a-zéèêëàâîïôûüç-]{3,}"
                             r"(?:ien|ienne|ais|aise|ois|oise|ain|aine|in|ine|ard|arde)$")


def _town_clubs(cands: list[Candidate]) -> None:
    """A name that is a club's word and the adjective of its town ("le Stade toulousain", "le
    Stade rennais", "l'Olympique lyonnais") is the club, not a stadium (which is named after
    someone or something: "stade Jean-Bouin", "stade Marcel-Picot", "Stade municipal")."""
    for c in _name_cands(cands):
        words = c.attrs.get("name", "").split()
        if len(words) == 2 and words[0] in _CLUB_WORDS and _TOWN_ADJECTIVE.match(words[1]) \
                and not c.attrs.get("civility"):
            c.label = "organization"
            c.attrs["why"] = "team"


def level_acronym(doc: Doc, name: str) -> bool:
    """The acronym of a level, no body (`level_acronyms`): a primary-school class ("les élèves
    de CP") in a document that speaks of a school (`school_cues`), a level of an amateur
    championship ("Football (DH)") in a sports report."""
    lex = _lex()
    if name in lex["school_levels"]:
        known = doc.user_data.get("factx.school_text")
        if known is None:  # the words of the text, read once and only for such an acronym
            known = any(w in lex["school_cues"] for w in _WORDS.findall(base.original_text(doc).lower()))
            doc.user_data["factx.school_text"] = known
        return bool(known)
    return name in lex["sport_levels"] and is_sports_report(doc)


_WORDS = re.compile(r"[^\W\d_]+")


def thing_acronym(doc: Doc, name: str) -> bool:
    """An acronym of a thing ("la TVA", `thing_acronyms`) or of a level (`level_acronym`: "les
    élèves de CP"), never a body's."""
    return name in _lex()["thing_acronyms"] or level_acronym(doc, name)


def is_sports_report(doc: Doc) -> bool:
    """Three different words of sport ("championnat", "demi-finale", "entraîneur" ...), or a
    verb of the game with the score of a match in its sentence ("s'incliner par 70-61",
    "battre Y 3-1"): a short report of one game names no three words of sport."""
    known = doc.user_data.get("factx.sports_report")
    if known is None:  # asked by several steps: read the document once
        cues = _lex()["sport_cues"]
        words = {t.lemma_ for t in doc if t.is_alpha or (t.text[:1].isalpha() and "-" in t.text)}
        known = len({fold(lemma) for lemma in words} & cues) >= 3 \
            or (_SCORE.search(doc.text) is not None and any(_scored_game(sent) for sent in doc.sents)) \
            or _team_sport_rubric(doc) or _RESULT.search(base.original_text(doc)) is not None \
            or any(_WORD_SCORE.search(sent.text) and _scored_game(sent, _WORD_SCORE) for sent in doc.sents) \
            or _inline_sport_rubric(doc) or _unit_scored_game(doc)
        doc.user_data["factx.sports_report"] = known
    return bool(known)


# the score of a match: "70-61", "3 - 1" (no year span "1998-2002", no date "12/03")
_SCORE = re.compile(r"(?<![\d/.,-])\d{1,3}\s?[-\u2013]\s?\d{1,3}(?![\d/%-]|[.,]\d|\s?%)")


# a score in words of the lead: "mène 3 à 1", "l'emporte 85 à 77"
# (no quantity: "de 10 à 15 habitants")
_WORD_SCORE = re.compile(r"(?<![\d/.,])\b\d{1,3} à \d{1,3}\b(?![\d/.,]\d|\s?%)"
                         r"(?!\s+(?!(?:à|au|en|et|face|contre|devant|après|lors|ce|cet|cette|samedi|dimanche|lundi"
                         r"|mardi|mercredi|jeudi|vendredi)\b)[a-zà-ÿ])")
# a line that only names a team sport, heading a brief ("Basket", "Handball :", "Rugby -
# Fédérale 3")
_RUBRIC_LINE = re.compile(r"^[ \t]*(?P<sport>[^\W\d][\w -]{2,25}?)[ \t]*"
                          r"(?:[:.]|\s[-\u2013/]\s[^\n]{1,30})?[ \t]*$")


def _team_sport_rubric(doc: Doc) -> bool:
    """One of the first lines names a team sport alone ("Basket", "Handball :", "Football -
    Division 2"): the brief under it reports a game; an individual sport ("Cyclisme",
    "Tennis") heads wins of people."""
    text = base.original_text(doc)
    sports = _lex()["team_sports"]
    return any(m.group("sport") is not None and fold(m.group("sport").strip()) in sports
               for line in text.split("\n")[:4] for m in [_RUBRIC_LINE.match(line)] if m is not None)


# a rubric that opens the first line of a brief, the lead running on after it on the same line:
# "Handball. Épinal a perdu ...", "Basket : Toul ..."
_INLINE_RUBRIC = re.compile(r"^[ \t]*(?P<sport>[^\W\d][\w -]{2,25}?)[ \t]*[.:][ \t]+\S")


def _inline_sport_rubric(doc: Doc) -> bool:
    """One of the first lines opens with a team sport alone, closed by a full stop or a colon,
    and the lead follows on that line ("Handball. Épinal a perdu contre Dijon."): the rubric
    of a brief that reports a game, as `_team_sport_rubric` reads it on a line of its own."""
    text = base.original_text(doc)
    sports = _lex()["team_sports"]
    return any(m is not None and fold(m.group("sport").strip()) in sports
               for line in text.split("\n")[:4] for m in [_INLINE_RUBRIC.match(line)])


@cache
def _unit_score() -> re.Pattern[str]:
    """A score in words with its unit: "3 buts à 0", "2 sets à 1", "4 essais à 2"."""
    words = "|".join(sorted(map(re.escape, load_json("organizations.json")["unit_score_words"]["words"]),
                            key=len, reverse=True))
    return re.compile(rf"(?<![\d/.,])\b\d{{1,3}} (?:{words}) à \d{{1,3}}\b(?![\d/.,]\d|\s?%)")


def _unit_scored_game(doc: Doc) -> bool:
    """A verb of the game with a score in words and units in its sentence ("X a dominé Y sur
    le score de 3 buts à 0")."""
    score = _unit_score()
    return score.search(doc.text) is not None and any(_scored_game(sent, score) for sent in doc.sents)


def _scored_game(sent: Span, score: re.Pattern[str] = _SCORE) -> bool:
    """A verb of the game ("s'incliner", "battre", "céder") and a score in the sentence."""
    verbs = _heads("sport_verbs", "losing_verbs")
    return bool(score.search(sent.text)) and any(
        t.pos_ == "VERB" and fold(t.lemma_) in verbs for t in sent)


def plays_as_team(doc: Doc, span: Span) -> bool:
    """The name is a team in this match report: what a team plays against ("contre X",
    "face à X", "tombeurs de X") or who beats or loses ("X a battu Y")."""
    lex = _lex()
    before = fold(doc[max(0, span.start - 6) : span.start].text).replace("l' ", "l'")
    words = before.split()
    while words and words[-1] in ("le", "la", "les", "l'"):
        words.pop()
    joined = " ".join(words)
    if any(joined.endswith(w) for w in lex["opponent"]) or _BEATER_OF.search(joined):
        return True
    if _in_results(doc, span) or _leads_result(doc, span) or _beaten(doc, span):
        return True
    root = span.root
    if any(t.dep_.startswith("acl") and fold(t.lemma_) in lex["sport_verbs"]
           and "Part" in t.morph.get("VerbForm") and any(k.lower_ == "par" for k in t.subtree)
           for t in root.children):
        return True  # "Strasbourg, battu par Bastia, reste dernier"
    if any(t.dep_ == "acl:relcl" and fold(t.lemma_) in lex["sport_verbs"]
           and any(k.lower_ == "qui" and k.dep_.startswith("nsubj") for k in t.children)
           for t in root.children):
        return True  # "Villeurbanne, qui jouera mardi face au Real Madrid, ..."
    verb = root.head
    if root.dep_.startswith("nsubj") and _match_phrase(verb):
        return True  # "X a fait match nul", "X a tenu en échec Y", "X se déplace à Y"
    if fold(verb.lemma_) not in lex["sport_verbs"] or _beats_a_record(doc, verb):
        return False
    reflexive = any(t.lower_ in ("se", "s'", "s\u2019") for t in verb.children)
    if reflexive != (fold(verb.lemma_) in ("imposer", "incliner", "qualifier")):
        return False  # "se battre" is to fight; "s'imposer", "s'incliner", "se qualifier" are to win, to lose
    bare = root.dep_.startswith("obl") and not any(t.dep_ == "case" for t in root.children)
    return root.dep_ in ("nsubj", "nsubj:pass", "obj", "obl:agent") or bare


@cache
def _match_phrases() -> dict[str, frozenset[str]]:
    """The verbs of the game made of a verb and its words (`match_phrase_verbs`)."""
    data = load_json("organizations.json")["match_phrase_verbs"]
    return {fold(k): frozenset(fold(w) for w in v) for k, v in data.items() if not k.startswith("_")}


def _match_phrase(verb: Token) -> bool:
    """The verb with one of its words under it: "faire match nul", "tenir en échec", "se
    déplacer", "partager les points"."""
    words = _match_phrases().get(fold(verb.lemma_))
    return words is not None and any(fold(t.lower_) in words for t in verb.children)


# between a team that opens its sentence and its verb of result: "a", "a été", "s'est", "l'"
_RESULT_AUX = frozenset(("a", "ont", "avait", "avaient", "aura", "auront", "été", "est", "sont", "s'",
                         "s\u2019", "se", "l'", "l\u2019", "n'", "n\u2019", "ne",
                         "finalement", "encore", "enfin", "aussi"))
_REFLEXIVE_RESULT = frozenset(("imposer", "incliner", "qualifier"))
# verbs of result whose object is the other team: "X bat Y", "X a éliminé Y"
_BEATING = frozenset(("battre", "dominer", "surclasser", "renverser", "ecraser", "corriger", "devancer",
                      "eliminer", "vaincre", "affronter", "recevoir", "rencontrer", "accrocher", "defier"))


def _opens_clause(doc: Doc, i: int) -> bool:
    """Token i opens its sentence or its line (the model may glue a rubric line to the lead)."""
    if i == 0 or doc[i].is_sent_start:
        return True
    prev = doc[i - 1]
    return "\n" in prev.text + prev.whitespace_ or prev.is_space or prev.text in (".", "!", "?", ":")


def _after_fronted_phrase(doc: Doc, i: int) -> bool:
    """Token i follows the comma that closes a phrase fronted in its clause ("Dans le derby,
    X a dominé Y", "En coupe, X a éliminé Y"): the subject's place, which the parse may miss,
    taking the name for an apposition of the phrase's noun."""
    return i >= 2 and doc[i - 1].text == "," and doc[i - 2].pos_ in ("NOUN", "ADV")


def _leads_result(doc: Doc, span: Span) -> bool:
    """The name opens its sentence or line and a verb of result follows it, after its
    auxiliaries and pronouns only ("X a battu", "X s'est imposé", "X l'emporte", "X a été
    éliminé", "X mène"): the subject of a result, read from the words when the parse glued a
    rubric line to the lead. "s'imposer", "s'incliner", "se qualifier" need their "se",
    "l'emporter" its "l'"."""
    if not _opens_clause(doc, span.start) and not _after_fronted_phrase(doc, span.start):
        return False
    k, clitics = span.end, set()
    while k < len(doc) and doc[k].lower_ in _RESULT_AUX:
        clitics.add(doc[k].lower_.replace("\u2019", "'"))
        k += 1
    if k >= len(doc) or (doc[k].pos_ not in ("VERB", "AUX") and not doc[k].lower_.startswith("emport")):
        return False
    lemma = fold(doc[k].lemma_)
    if lemma not in _lex()["sport_verbs"]:
        return False
    if (lemma in _REFLEXIVE_RESULT) != bool(clitics & {"s'", "se"}):
        return False
    if _beats_a_record(doc, doc[k]):
        return False
    return lemma != "emporter" or "l'" in clitics


def _beats_a_record(doc: Doc, verb: Token) -> bool:
    """"X a battu son record de fréquentation": a verb of result whose object is a record is
    a town's or a firm's feat, no match."""
    return any(fold(t.lemma_) == "record" for t in doc[verb.i + 1 : verb.i + 4])


def _beaten(doc: Doc, span: Span) -> bool:
    """The name follows a verb of beating ("X bat Y", "X a éliminé Y") or the "par" of its
    passive ("éliminé par Y", "battu par Y"), no article between: the other team."""
    i = span.start
    if i < 1:
        return False
    prev = doc[i - 1]
    if prev.lower_ == "par":
        verbs = [t for t in doc[max(0, i - 8) : i - 1]
                 if t.pos_ in ("VERB", "AUX") and "Part" in t.morph.get("VerbForm")]
        return any(fold(t.lemma_) in _BEATING | {"battre", "eliminer"} for t in verbs[-1:])
    return prev.pos_ in ("VERB", "AUX", "NOUN") and fold(prev.lemma_) in _BEATING


# who beat the name, with when between: "tombeurs en demi-finale de X", "vainqueur en finale de X"
_BEATER_OF = re.compile(r"\b(?:tombeur|vainqueur)s? (?:au|en|lors|des) [^,;:()]{0,30} (?:de|d')$")


# a line of results or of standings: "Thaon - Raon-l'Étape 0-0 ;", "1. Nancy 62 pts ; 2. Sochaux 58"
_SCORE_AFTER = re.compile(r"\s*:?\s*\d{1,3}\s*[-\u2013]\s*\d{1,3}\b")
_VERSUS_AFTER = re.compile(r"\s+[-\u2013]\s+[A-Z\u00c0-\u00dd][^;:\n]{0,40}?(?:\s*:)?\s"
                           r"\d{1,3}\s*[-\u2013]\s*\d{1,3}\b")
_VERSUS_BEFORE = re.compile(r"(?:^|[;:.]\s*|\n)[A-Z\u00c0-\u00dd][^;:\n]{0,40}?\s[-\u2013]\s+$")
_RANK_BEFORE = re.compile(r"(?:^|[;:]\s*|\n)\d{1,2}\s*[.)e]\s*$")
_POINTS_AFTER = re.compile(r"\s+\d{1,3}\s*(?:pts?|points)?\s*(?:[;,.]|$)")


_NOT_NAMES = frozenset(("ADV", "ADP", "PRON", "DET", "CCONJ", "SCONJ", "AUX", "INTJ", "VERB"))
_NAME = r"[A-Z\u00c0-\u00dd][\w'\u2019-]*(?: [A-Z\u00c0-\u00dd][\w'\u2019-]*){0,3}"
_RESULT = re.compile(rf"(?:^|(?<=[;:.]) |\n)({_NAME})\s+[-\u2013]\s+({_NAME})"
                     r"(?:\s*:)?\s+\d{1,3}\s*[-\u2013]\s*\d{1,3}\b")


def _results_names(doc: Doc, cands: list[Candidate]) -> None:
    """The two teams of a results line ("Thaon - Raon-l'Étape 0-0 ; Neufchâteau - Mirecourt 3-1")
    are names the model may have left out: they join the candidates (typed by `_sports_clubs`)."""
    text = base.original_text(doc)
    for m in _RESULT.finditer(text):
        # one name the model ran over the dash ("Thaon - Raon-l'Étape") is the two teams
        cands[:] = [c for c in cands
                    if not (c.label in _NAMED and c.start <= m.end(1) and c.end >= m.start(2))]
        for g in (1, 2):
            start, end = m.start(g), m.end(g)
            if not any(base.overlaps(c.start, c.end, start, end) for c in cands if c.label in _NAMED):
                cands.append(Candidate("place", start, end, "rules", {"name": text[start:end]}))


def _in_results(doc: Doc, span: Span) -> bool:
    """The name is a team of a results line ("Thaon - Raon-l'Étape 0-0", "Neufchâteau -
    Mirecourt 3-1") or of the standings ("Classement : 1. Nancy 62 pts ; 2. Sochaux 58")."""
    text = base.original_text(doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    before, after = text[line_start : span.start_char], text[span.end_char : span.end_char + 60]
    if _VERSUS_AFTER.match(after) or (_VERSUS_BEFORE.search(before) and _SCORE_AFTER.match(after)):
        return True
    return bool(_RANK_BEFORE.search(before) and _POINTS_AFTER.match(after))


_CLUB_ARTICLES = frozenset(("la", "le", "l'", "l\u2019", "au", "du"))
_FACE_BEFORE = re.compile(r"\bface (?:au|à la|à l['’])\s*$", re.IGNORECASE)


def _played_clubs(doc: Doc, cands: list[Candidate]) -> None:
    """A one-word name no gazetteer knows, after a definite article, that a player leaves,
    joins, plays for or faces ("a quitté la Varessina", "joué à la Varessina", "face au
    Brenzano": object or complement of one of `play_verbs`), or that completes a noun of
    players and transfers ("l'attaquant de la Varessina", `play_nouns`), is a club, in any
    article: a town or a country ("a quitté la France") stays a place."""
    from factx import gazetteer

    lex = _lex()
    text = base.original_text(doc)
    surnames = _surnames(cands)
    regions: list[tuple[Candidate, Token]] = []  # named like a region: "la Lazio", "le Torino"
    for c in _name_cands(cands):
        name = c.attrs.get("name", "")
        kind = gazetteer.place_kind(name)
        # a lone word the model read as a person may be the club ("le défenseur a rejoint la X")
        if not (c.label in ("place", "misc") or (c.label == "person" and _lone_team_word(c, surnames))) \
                or " " in name or not name[:1].isupper() or name.isupper() \
                or kind not in (None, "subdivision") or fold(name) in lex["countries"] \
                or fold(name) in lex["peoples"]:
            continue
        tok = _token_starting_at(doc, c.start)
        if tok is None or tok.i == 0 or doc[tok.i - 1].lower_ not in _CLUB_ARTICLES:
            continue
        if kind is not None:
            regions.append((c, tok))
            continue
        # leaving or joining says a club only among words of sport ("le milieu de terrain a
        # quitté la X", not "elle a quitté la Sorbonne"); playing for it says it alone
        sporty = fold(tok.head.lemma_) in ("jouer", "evoluer", "affronter", "rejouer") or _sporty(tok)
        if any(_team_cues(text, c, tok, sporty)):
            c.label = "organization"
            c.attrs["why"] = "team"
    _region_clubs(doc, regions)


def _sporty(tok: Token) -> bool:
    """Whether the token's sentence holds a word of sport or of players ("match", "attaquant")."""
    lex = _lex()
    return any(fold(t.lemma_) in lex["sport_cues"] or fold(t.text) in lex["play_nouns"] for t in tok.sent)


def _team_cues(text: str, c: Candidate, tok: Token, sporty: bool) -> tuple[bool, bool, bool]:
    """How a name after its article is used as a team: faced ("face à la X"), played for,
    left or joined in a sentence of sport (object or complement of one of `play_verbs`), or
    completing a noun of players ("l'attaquant de la X", `play_nouns`)."""
    lex = _lex()
    faced = _FACE_BEFORE.search(text, max(0, c.start - 12), c.start) is not None
    played = sporty and tok.dep_ in ("obj", "obl", "obl:arg", "obl:mod") and tok.head.pos_ == "VERB" \
        and fold(tok.head.lemma_) in lex["play_verbs"]
    of_player = tok.dep_ == "nmod" and tok.head.pos_ == "NOUN" and fold(tok.head.text) in lex["play_nouns"]
    return faced, played, of_player


# a competition's rubric opening its line, before the name: "Serie A : la ", "Football - Ligue 1 : "
_RUBRIC_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[^\n:]{1,30}\s[-\u2013/]\s+)?(?P<rubric>[^\n:]{2,30}?)"
                            r"\s*:\s*(?:(?:la|le|les)\s+|l['\u2019]\s*)?$", re.IGNORECASE)


def _rubric_teams(doc: Doc, cands: list[Candidate]) -> None:
    """The name that opens a sports brief after its competition's rubric and is the subject
    of its sentence is a team ("Serie A : la X s'impose", "Football : le Stade Y l'emporte"):
    a country stays a place (a national team), a person a person. It runs after
    `_sports_clubs`, which names a town by its club first ("Thaon" of "l'ES Thaon")."""
    from factx import gazetteer

    lex = _lex()
    text = base.original_text(doc)
    for c in _name_cands(cands):
        if c.label not in ("place", "misc"):
            continue
        m = _RUBRIC_BEFORE.search(text, max(0, c.start - 60), c.start)
        if m is None or fold(m.group("rubric").strip()) not in lex["rubrics"]:
            continue
        name = c.attrs.get("name", "")
        if fold(name) in lex["countries"] or gazetteer.place_kind(name) in ("country", "continent"):
            continue  # a country is a national team: a place
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or not span.root.dep_.startswith("nsubj"):
            continue
        c.label = "organization"
        c.attrs["why"] = "team"


# leaving or joining, which a place undergoes too ("il a quitté la Bretagne")
_LEAVE_JOIN = frozenset(("quitter", "rejoindre", "rallier"))


def _region_clubs(doc: Doc, regions: list[tuple[Candidate, Token]]) -> None:
    """A name the gazetteer knows as a region or a province ("la Lazio", "le Torino": a
    club's name in its own language) is the club where the text uses it as a team among
    words of sport: faced ("face à la X"), completing a noun of players ("l'attaquant du X"),
    or what a player plays for or signs with ("joué à la X"); left or joined only with a
    word of transfer in the sentence ("a quitté la X, un transfert de ..."), or where another
    mention is a team already: "le milieu de terrain a quitté la Bretagne la saison dernière"
    stays a place. A place of play stays a place: "en Bretagne" has no article, "à la
    Réunion" is a country."""
    lex = _lex()
    text = base.original_text(doc)
    teams: set[str] = set()
    left: list[tuple[Candidate, Token]] = []
    transfers = lex["transfer_words"]
    for c, tok in regions:
        faced, played, of_player = _team_cues(text, c, tok, _sporty(tok))
        if played and fold(tok.head.lemma_) in _LEAVE_JOIN and not faced and not of_player:
            if any(fold(t.lemma_) in transfers or fold(t.text) in transfers for t in tok.sent):
                teams.add(fold(c.attrs.get("name", "")))
                c.label, c.attrs["why"] = "organization", "team"
            else:
                left.append((c, tok))
            continue
        if faced or played or of_player:
            teams.add(fold(c.attrs.get("name", "")))
            c.label, c.attrs["why"] = "organization", "team"
    for c, _tok in left:
        if fold(c.attrs.get("name", "")) in teams:
            c.label, c.attrs["why"] = "organization", "team"


def _sports_clubs(doc: Doc, cands: list[Candidate]) -> None:
    """In a sports report, a town or name playing as a team is the club, in every mention
    of it not introduced by "à" ("à Atlanta" is where the game was played). A national
    team is named by its country, which stays a place; a person who wins stays a person,
    but a lone word the model read as a person, that no person of the article bears as a
    surname and that is no given name, is a team when it plays ("s'inclina devant Joeuf").
    A town that names a club of the article after its abbreviation ("l'ES Thaon") is that
    club wherever it is not where something happens ("Thaon renverse Lunéville", "Buts pour
    Thaon", not "à Thaon", "de Thaon"): one organization, the club's name."""
    from factx import gazetteer

    if not is_sports_report(doc):
        return
    lex = _lex()
    clubs: dict[str, str] = {}  # the town of a club named after its abbreviation -> the club's name
    for c in _name_cands(cands):
        words = c.attrs.get("name", "").split(maxsplit=1)
        # "l'ES Thaon", "le SR Golbey": a club's abbreviation (a known one, or any short acronym
        # before a town the gazetteer knows) and its town
        if c.label == "organization" and len(words) == 2 and (words[0] in lex["club_prefixes"] or (
                is_acronym(words[0]) and len(words[0]) <= 4 and gazetteer.place_kind(words[1]) == "town")):
            clubs.setdefault(fold(words[1]), c.attrs["name"])
            clubs.setdefault(fold(words[1].split("-")[0]), c.attrs["name"])  # "Nancy" of "AS Nancy-Lorraine"
    surnames = {fold(c.attrs.get("name", "")).split()[-1] for c in cands
                if c.label == "person" and " " in c.attrs.get("name", "").strip()}
    teams: set[str] = set()
    playing: set[int] = set()
    _results_names(doc, cands)
    for c in _name_cands(cands):
        name = fold(c.attrs.get("name", ""))
        if c.label == "organization" or name in lex["countries"] \
                or gazetteer.place_kind(c.attrs.get("name", ""), ("country",)):
            continue  # people beat people too ("Federer a battu Nadal"); a country stays a place
        if c.label == "person" and not _lone_team_word(c, surnames):
            continue
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is not None and len(span) == 1 and span[0].pos_ in _NOT_NAMES:
            continue  # "Ailleurs, Metz a concédé le nul": an adverb opening the sentence
        if span is not None and len(span) > 1 and span[0].lower_ in _ARTICLES and span[1].is_lower:
            continue  # "[Les joueurs de l'AS X] ont perdu": a common noun's phrase, no team's name
        if span is not None and len(span) == 2 and span[0].lower_ in _ARTICLES \
                and fold(span[1].text).endswith(lex["demonym_suffixes"]):
            continue  # "les Vosgiens ont battu ...": the players of a town, no club's name
        if span is not None and plays_as_team(doc, span):
            teams.add(name)
            playing.add(c.start)
    for c in _name_cands(cands):
        name = fold(c.attrs.get("name", ""))
        if c.label == "organization" or (name not in teams and name not in clubs):
            continue
        if c.label == "person" and (name not in teams or not _lone_team_word(c, surnames)):
            continue
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            continue
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        where = before in ("à", "a", "en") or (name not in teams and before in _CLUB_PLACE)
        if c.start not in playing and where:
            continue
        c.label = "organization"
        c.attrs["why"] = "team"
        if name in clubs:
            c.attrs["name"] = clubs[name]  # "Thaon" is the ES Thaon: one entity


# the last of a list that names its kind: "et un autre club", "ou une équipe anglaise", "et un
# quatrième club dont ...", "et d'autres formations"
_CLUB_TAIL = re.compile(r"\s*,?\s+(?:et|ou)\s+(?:un|une|d['\u2019]|des|les|deux|trois|quatre|cinq)\s*"
                        r"(?P<other>(?:autres?|[a-zéè]+i[eè]mes?)\s+)?(?:clubs?|équipes?|formations?)\b",
                        re.IGNORECASE)
_CLUB_COMMA = re.compile(r"^\s*,\s*$")
# names given as examples of clubs: "des équipes de haut niveau telle X", "des clubs comme X et Y"
_CLUBS_SUCH_AS = re.compile(r"\b(?:clubs|équipes|formations)\b[^.;:!?()\"«»]{0,40}?"
                            r"\b(?:tels?|telles?|comme)(?:\s+que)?\s+(?:l[ea]\s+|l['\u2019]\s*)?$",
                            re.IGNORECASE)
_EXAMPLE_JOINER = re.compile(r"^\s*(?:,|,?\s+(?:et|ou))\s+(?:l[ea]\s+|l['\u2019]\s*)?$")


def _listed_clubs(doc: Doc, cands: list[Candidate]) -> None:
    """Names listed before a noun of clubs that closes the list ("Lorient, Niort et un autre
    club me font des offres", "Brest, Angers ou une équipe anglaise") are clubs: the list
    names its kind; so are names given as examples of clubs ("des équipes telle X", "des
    clubs comme X et Y"). One name alone needs "autre" or a rank ("X et un autre club"): "Lorient
    et un club anglais" may be a town and a club."""
    text = base.original_text(doc)
    names = sorted((c for c in _name_cands(cands) if c.label in ("place", "misc")), key=lambda c: c.start)
    example: Candidate | None = None
    for c in names:  # "des équipes telle X", "des clubs comme X, Y et Z"
        joined = example is not None and _EXAMPLE_JOINER.match(text[example.end : c.start])
        such = _CLUBS_SUCH_AS.search(text, max(0, c.start - 80), c.start)
        if such is not None:  # no verb between the clubs and their examples ("les équipes ont joué comme X")
            between = doc.char_span(such.start(), c.start, alignment_mode="expand")
            such = None if between is None or any(t.pos_ in ("VERB", "AUX") for t in between) else such
        if joined or such is not None:
            if fold(c.attrs.get("name", "")) not in _lex()["countries"]:
                c.label = "organization"
                c.attrs["why"] = "team"
            example = c
        else:
            example = None
    run: list[Candidate] = []
    for c in names:
        if c.label not in ("place", "misc"):
            run = []
            continue
        if run and not _CLUB_COMMA.match(text[run[-1].end : c.start]):
            run = []
        run.append(c)
        tail = _CLUB_TAIL.match(text, c.end)
        if tail is None or (len(run) < 2 and not tail.group("other")):
            continue
        for n in run:
            name = n.attrs.get("name", "")
            if fold(name) in _lex()["countries"]:
                continue  # "la France, l'Italie et une autre équipe": national teams stay places
            n.label = "organization"
            n.attrs["why"] = "team"
        run = []


# prepositions that put a club's town where something is, or whose it is ("de Thaon")
_CLUB_PLACE = frozenset(("à", "a", "au", "aux", "en", "de", "d'", "d\u2019", "du", "des", "vers", "depuis",
                         "dans", "sur", "par", "près", "entre"))


def _lone_team_word(c: Candidate, surnames: set[str]) -> bool:
    """A one-word "person" with no civility, no given name and no one's surname: maybe a town;
    or a club's word before a town the gazetteer knows ("Sturm Kalmar", "Viktoria Jihlava";
    `club_words` of models/organizations.json): maybe a foreign club named after its town
    ("Viktoria Lindqvist", a player, keeps her name: no town)."""
    from factx import gazetteer
    from factx.resolve.names import is_given_name

    name = c.attrs.get("name", "")
    words = name.split()
    if c.attrs.get("civility") or not words:
        return False
    if len(words) == 2:
        return words[0] in _lex()["club_words"] \
            and gazetteer.place_kind(words[1]) in ("town", "subdivision")
    return len(words) == 1 and fold(name) not in surnames and not is_given_name(name)


def _before_articles(doc: Doc, i: int) -> int:
    """Where the name at token i starts with the definite articles before it ("le", "l'")."""
    while i > 0 and doc[i - 1].lower_ in _ARTICLES:
        i -= 1
    return i


_MOTION_VERBS = frozenset(("passer", "repasser", "transiter", "arriver", "entrer", "sortir", "venir",
                           "aller"))


def _acts(doc: Doc, span: Span, depth: int = 0) -> bool:
    """The name acts or speaks: subject of a verb, or after "selon", "porte-parole de"; the
    agent of a passive ("bloqué par l'Élysée"), and a seat joined to one that acts ("par
    l'Élysée et le Quai d'Orsay")."""
    root = span.root
    if root.dep_ == "conj" and depth == 0 and root.head.dep_ in ("nsubj", "nsubj:pass") \
            and root.head.i < root.i:
        # one of the subjects a verb shares ("la France, le Kremlin et Berlin ont condamné")
        head = root.head
        return _acts(doc, doc[head.left_edge.i : head.i + 1], depth + 1) if head.head.pos_ in (
            "VERB", "AUX") else False
    if root.dep_ in ("nsubj", "nsubj:pass") and root.head.pos_ in ("VERB", "AUX") \
            and root.head.lemma_ not in ("trouver", "situer", "dresser", "élever", "être", "avoir"):
        return True  # "le Kremlin a démenti", not "le Kremlin se trouve à Moscou"
    if pronominal_subject(root):
        return True  # "le Quai d'Orsay s'est limité à ...", read as an adjective after "est"
    k = _before_articles(doc, span.start)
    opens = k == 0 or doc[k - 1].is_space or doc[k - 1].is_sent_start is True \
        or doc[k - 1].text in (".", "!", "?", ",", ";", ":")
    if (root.dep_ == "nsubj" and _auxiliary_subject(doc, root.head)) \
            or (opens and span.end < len(doc) and _auxiliary_subject(doc, doc[span.end])):
        return True  # "le Kremlin a pour sa part appelé", "l'Élysée a, de son côté, démenti"
    if opens and span.end < len(doc) and (doc[span.end].lower_ in _lex()["seat_verb_forms"] or (
            doc[span.end].pos_ == "VERB" and "Fin" in doc[span.end].morph.get("VerbForm")
            and doc[span.end].lemma_ not in _NOT_ACTS) or (
            doc[span.end].lemma_ == "se" and span.end + 2 < len(doc) and doc[span.end + 1].lemma_ == "être"
            and doc[span.end + 2].pos_ in ("VERB", "ADJ"))):
        # "Le Kremlin dément ...", whose verb the tagger read as an adverb; "Bercy promet des
        # contrôles", "Bercy s'est félicité": a verb right after the seat the parser left
        # without its subject
        return True
    if k >= 2 and doc[k - 1].lower_ == "par" and _participle(doc[k - 2]) \
            and doc[k - 2].lemma_ not in _MOTION_VERBS:
        return True  # "bloqué par l'Élysée": the agent of a passive, not "passé par le Kremlin"
    if depth == 0 and k >= 3 and doc[k - 1].lower_ in ("et", "ou"):
        for j in range(k - 2, max(0, k - 5), -1):  # "par l'Élysée et le Quai d'Orsay"
            if fold(doc[j : k - 1].text) in _lex()["seats"]:
                return _acts(doc, doc[j : k - 1], depth + 1)
    if k >= 2 and doc[k - 1].pos_ == "VERB" \
            and ("Inf" not in doc[k - 1].morph.get("VerbForm") or doc[k - 2].lemma_ == "faire") \
            and any(t.text in ("»", "\u201d", '"') for t in doc[max(0, k - 4):k - 1]):
        return True  # "« ... », a affirmé le Pentagone": the inverted subject of an incise
    before = fold(doc[max(0, span.start - 4) : span.start].text).replace("l' ", "l'").split()
    while before and before[-1] in ("le", "la", "les", "l'", "de", "du", "d'", "des"):
        before.pop()
    return bool(before) and before[-1] in ("selon", "porte parole", "parole", "conseiller", "conseillere")


def pronominal_subject(tok: Token) -> bool:
    """The token is the subject of a pronominal verb in a compound tense that the tagger read
    as an adjective after a copula ("l'Observatoire s'est félicité", "s'est contenté de"): the
    head carries "se" and the auxiliary "être", so the subject acts as with any verb."""
    head = tok.head
    if tok.dep_ != "nsubj" or head.pos_ != "ADJ" or head.i == tok.i:
        return False
    kids = list(head.children)
    return any(k.lemma_ == "se" and k.pos_ == "PRON" and k.i < head.i for k in kids) \
        and any(k.lemma_ == "être" and k.pos_ == "AUX" and k.i < head.i for k in kids)


def _participle(tok: Token) -> bool:
    return tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm") and "Past" in tok.morph.get("Tense")


_PARTICIPLE_ENDINGS = ("é", "i", "u", "it", "is", "int", "ert")


def _auxiliary_subject(doc: Doc, head: Token) -> bool:
    """The subject hangs from the auxiliary "avoir" of a compound past that an adverbial
    splits from its participle ("le Kremlin a pour sa part appelé", "l'Élysée a, de son
    côté, démenti"): a past participle follows within eight words, in the same clause;
    not a passive ("a été évacué") nor "avoir" alone ("le Kremlin a deux tours")."""
    if head.lemma_ != "avoir" or head.lower_ not in ("a", "avait", "aura", "ont", "avaient", "auront"):
        return False
    for tok in doc[head.i + 1 : min(len(doc), head.i + 9)]:
        if tok.lower_ in ("été", ".", ";", ":", "»", "«", "et", "mais", "qui", "que"):
            return False
        # the model may read a participle it finds far from "a" as a finite verb ("nié")
        if _participle(tok) or (tok.pos_ == "VERB" and tok.lower_.endswith(_PARTICIPLE_ENDINGS)):
            return tok.lemma_ not in ("trouver", "situer", "dresser", "élever")
    return False


def _reports(doc: Doc, span: Span) -> bool:
    """The name is a medium: it reports the news ("selon Ouest France", "cité par Télérama")
    or words are published or said on it ("publié sur Wikipédia", "a déclaré sur France Inter")."""
    lex = _lex()
    k = _before_articles(doc, span.start)
    before = tuple(fold(doc[max(0, k - 4) : k].text).replace("l' ", "l'").split())
    if any(before[-len(cue):] == cue for cue in lex["media_before"]):
        return True
    if k > 1 and doc[k - 1].lower_ == "par" and fold(doc[k - 2].lemma_) in lex["agent_verbs"]:
        return True  # "cités par Télérama"
    return _published_on(doc, span)


def _told_to(doc: Doc, span: Span) -> bool:
    """Words are said or sent to the name the model called a work, the recipient after "à" of a
    verb of saying that the phrase hangs from ("a confié au Courrier lorrain", "un message
    transmis à L'Écho du Jura"): a title of the press; not an event's name ("a déclaré au Salon
    de l'auto")."""
    lex = _lex()
    k = _before_articles(doc, span.start)
    words = _name_words(span.text)
    if k == 0 or doc[k - 1].lower_ not in ("à", "au") or (words and words[0] in lex["non_bodies"]):
        return False
    if k >= 2 and doc[k - 2].pos_ == "VERB" and fold(doc[k - 2].lemma_) in lex["told_verbs"]:
        return True  # right after the verb: "transmis au", which the parse may hang elsewhere
    tok = span.root
    for _ in range(2):  # the verb the "à" phrase hangs from
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX", "ADJ") and tok.i < span.start:
            return fold(tok.lemma_) in lex["told_verbs"]
    return False


def _published_on(doc: Doc, span: Span) -> bool:
    """Words are published or said on the name: "a réagi sur Twitter", "vue sur YouTube", or on
    an account, a page or a channel the name holds ("a écrit sur son compte Twitter", "sur sa
    page Facebook": media_cues `account_nouns`, after a determiner)."""
    lex = _lex()
    k = _before_articles(doc, span.start)
    if k > 2 and fold(doc[k - 1].text) in lex["account_nouns"] and doc[k - 2].pos_ == "DET" \
            and doc[k - 1].is_lower and len(span) == 1:
        k -= 2
    if k > 0 and doc[k - 1].lower_ == "sur":
        verbs = [doc[x] for x in range(max(0, k - 4), k - 1)]
        tok = span.root
        for _ in range(3):  # the verb the "sur" phrase hangs from: "vue deux millions de fois sur"
            if tok.head.i == tok.i:
                break
            tok = tok.head
            verbs.append(tok)
        return any(v.pos_ in ("VERB", "AUX", "ADJ") and fold(v.lemma_) in lex["online_verbs"] for v in verbs)
    return False


# what may stand before a title's noun instead of its article ("accordé au Monde", "l'attitude
# du Monde", "l'hebdomadaire le Canard enchaîné")
_TITLE_LEFT = re.compile(r"(?:\b(?:le|la|les|au|aux|du|des)\s+|\b[lL]['\u2019])$", re.IGNORECASE)
# a reference line's source: ", Title, 12 mai 2006" or ", Title (2006)" or the line's end
_REFERENCE_RIGHT = re.compile(r"\s*(?:,\s*(?:(?:le |du )?\d|[a-zéû]+ \d{4})|\(\d{4}\)|\.?\s*$)", re.M)


@cache
def _media_titles() -> tuple[re.Pattern[str], dict[str, tuple[str, bool]]]:
    """The titles of the press, channels and agencies cited by name (quotes.json media_names):
    one pattern of their nouns without the article, and for each noun its title and whether it
    is a common word of French (organizations.json media_cues `common_titles`)."""
    names = load_json("quotes.json")["media_names"]
    common = {fold(n) for n in load_json("organizations.json")["media_cues"]["common_titles"]}
    nouns = {_title_of(name): (name, fold(name) in common) for name in names}
    alts = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    return re.compile(rf"(?<![\w+-])(?:{alts})(?![\w+-]|['\u2019]\w)"), nouns


def _used_as_medium(doc: Doc, span: Span) -> bool:
    """The sentence uses the name as a medium: it reports ("selon", "cité par", "publié sur"),
    words are said or an interview given to it ("a confié au Monde", "un entretien accordé au
    Point", "dans un entretien à L'Express"), it publishes ("Le Point révèle", "publié dans
    Le Monde"), or it is the source of a reference line ("Headline, Le Monde, 3 mai 2006")."""
    lex = _lex()
    if _reports(doc, span):
        return True
    k = _before_articles(doc, span.start)
    prev = doc[k - 1] if k > 0 else None
    if prev is not None and prev.lower_ in ("à", "au", "aux"):
        if k >= 2 and fold(doc[k - 2].text) in lex["interview_nouns"]:
            return True
        if any(t.pos_ in ("VERB", "AUX") and fold(t.lemma_) in lex["told_verbs"]
               for t in doc[max(0, k - 4) : k - 1]):
            return True
    if prev is not None and prev.lower_ in ("dans", "par"):
        heads = [span.root.head, span.root.head.head]
        if any(fold(t.lemma_) in lex["agent_verbs"] or fold(t.lemma_) in lex["online_verbs"]
               for t in heads if t.pos_ in ("VERB", "AUX", "ADJ")):
            return True
    root = span.root
    if root.dep_.startswith("nsubj") and root.head.pos_ in ("VERB", "AUX") \
            and (fold(root.head.lemma_) in lex["agent_verbs"] or fold(root.head.lemma_) == "titrer"):
        return True
    text = base.original_text(doc)
    before = text[max(0, doc[k].idx - 3) : doc[k].idx].rstrip()
    return before.endswith(",") and _REFERENCE_RIGHT.match(text, span.end_char) is not None


def _known_media(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A title of the press, a channel or a news agency the media lexicon knows by name
    (quotes.json media_names) is an organization, whatever the model read in it (a work, a
    place, nothing: "franceinfo", "France Inter" read as "France"): in every mention when its
    name is no common word ("Le Canard enchaîné", "Ouest-France"); when it is one ("Le Monde",
    "Libération", media_cues `common_titles`), only once a sentence uses it as a medium
    (_used_as_medium), and each mention with the article or "au", "du" its title has ("tour
    du Monde" stays, "la Libération" of 1944 is no "Libération"). A person's name or a longer
    name that holds the title is left ("Michael Bloomberg", "Le Mariage de Figaro")."""
    pattern, nouns = _media_titles()
    text = base.original_text(doc)
    found: list[tuple[int, int, str, bool, int]] = []
    for m in pattern.finditer(text):
        name, common = nouns[m.group()]
        start = m.start()
        left = _TITLE_LEFT.search(text, max(0, start - 6), start)
        if name != m.group():  # a title with its article: the article or au/du before its noun
            if left is None:
                continue
            if text[left.start() : start].strip().lower() in ("le", "la", "les") \
                    or (text[left.start() : start][:1] in "lL" and text[start - 1] in "'\u2019"):
                start = left.start()
        elif common and left is not None and left.group().strip().lower() in ("la", "le", "les"):
            continue  # "la Libération": the event
        # the model's span may hold the article ("a rapporté l'ATS")
        lo = left.start() if left is not None and left.group()[:1] in "lL" else start
        # the article is the title's own when written in capitals ("selon Le Canard enchaîné");
        # in lower case it is the sentence's ("selon le Journal du dimanche")
        own = start < m.start() and text[start : start + 1].isupper()
        found.append((start if own else m.start(), m.end(), m.group(), common, lo))
    if not found:
        return cands
    used: set[str] = set()
    spans: list[tuple[int, int, str, int, Span]] = []
    for start, end, noun, common, lo in found:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        spans.append((start, end, noun, lo, span))
        if not common or _used_as_medium(doc, span):
            used.add(noun)
    from factx.resolve.names import is_given_name

    out = list(cands)
    for start, end, noun, lo, span in spans:
        if noun not in used:
            continue
        inside = [c for c in out if base.overlaps(c.start, c.end, lo, end)]
        if len(inside) == 1 and inside[0].start == start and inside[0].end > end \
                and text[end : end + 1] == " " and inside[0].label in ("organization", "misc", "person"):
            # "a réagi sur franceinfo Lucien Grobert": the model ran the title into the speaker
            rest = text[end + 1 : inside[0].end]
            words = rest.split()
            if 2 <= len(words) <= 3 and is_given_name(words[0]) and all(w[:1].isupper() for w in words):
                out.remove(inside[0])
                out.append(Candidate("person", end + 1, inside[0].end, "rules", {"name": rest}))
                inside = []
        if any(c.start < lo or c.end > end or c.label not in ("misc", "place", "person", "organization")
               for c in inside):
            continue
        same = [c for c in inside if c.label == "organization" and c.end == end]
        if same:  # the model's organization already names it: its span stays, marked a medium
            out.remove(same[0])
            out.append(Candidate("organization", same[0].start, end, same[0].source,
                                 {**same[0].attrs, "why": "media title"}))
            continue
        if any(c.label == "person" and (c.attrs.get("civility") or not _used_as_medium(doc, span))
               for c in inside):
            continue  # "M. Bloomberg"
        for c in inside:
            out.remove(c)
        out.append(Candidate("organization", start, end, "rules",
                             {"name": text[start:end], "why": "media title"}))
    return out


def _media(doc: Doc, cands: list[Candidate]) -> None:
    """A work or an unknown place that reports the news or carries it is a medium: an
    organization, in every mention ("Selon Ouest France", "publié sur Wikipédia")."""
    from factx import gazetteer
    from factx.resolve.names import is_given_name

    media: set[str] = set()
    for c in _name_cands(cands):
        name = c.attrs.get("name", "")
        if c.label not in ("misc", "place", "person") \
                or (c.label == "place" and gazetteer.place_kind(name) is not None):
            continue  # "selon la France": the state, a place
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            continue
        if c.label == "person":
            # a one-word name the model took for a person's, no given name, that words are
            # published on ("a réagi sur Mastodon"); "selon X" names a person there
            if " " not in name and not c.attrs.get("civility") and not is_given_name(name) \
                    and _published_on(doc, span):
                media.add(fold(name))
        elif _reports(doc, span) or (c.label == "misc" and _told_to(doc, span)):
            media.add(fold(name))  # (a work the words are said to; a place there is the town's)
    for c in _name_cands(cands):
        if c.label in ("misc", "place", "person") and fold(c.attrs.get("name", "")) in media:
            c.label = "organization"
            c.attrs["why"] = "medium"


# "de Vallorgue", "du Haut-Plateau", "des Combes": a title's town, capitalized words and hyphens
_CAP_WORD = r"[A-ZÉÈÀÂÎÔ][\w'\u2019-]*"
_PRESS_TOWN = re.compile(rf" (?:de |du |des |d['\u2019])({_CAP_WORD}(?: {_CAP_WORD})*)")
_BOOK_TITLE = re.compile(r"^\S+\s+d['\u2019]une?\b")
# a day word the model's span ran on into ("Le Moniteur d'hier", "la Gazette de ce matin")
_DAY_TAIL = re.compile(r"\s+(?:d['\u2019]|de |du )"
                       r"(?:hier|demain|aujourd['\u2019]hui|la veille|ce matin|ce soir|ce jour)$")


def _title_of(name: str) -> str:
    """A name without the capitalized article that opens it ("Le Courrier du Plateau")."""
    head, _, rest = name.partition(" ")
    if head in _CAPITAL_ARTICLES and rest:
        return rest
    return name[2:] if name[:2] in ("L'", "L\u2019") else name


def _press_titles(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A name that opens on a capitalized noun of the press titles (organizations.json
    `press_title_words`: "la Revue des Hautes-Terres", "le Courrier du Plateau") is a
    newspaper or a periodical, an organization in every mention, whatever the model read in it
    (a work, a place no gazetteer knows), when it runs on past that noun; "Journal d'un ..."
    opens a book's title and stays. A one-word title of that kind, capitalized inside a
    sentence, that "de", "du" or "des" and a place's or a work's name follow ("la Gazette" +
    "de Vallorgue"), is one name with it: the place is where the paper is from."""
    from factx import gazetteer

    words = _lex()["press_title_words"]
    text = base.original_text(doc)
    titles: set[str] = set()
    out = list(cands)
    for c in _name_cands(cands):
        if c.attrs.get("civility") or c not in out:
            continue
        bare = _title_of(c.attrs.get("name", "") or text[c.start : c.end])
        first = bare.split(" ", 1)[0].split("'")[0].split("\u2019")[0]
        if first not in words:
            continue
        tail = _DAY_TAIL.search(text[c.start : c.end])
        if tail is not None and c.label in ("misc", "place", "organization"):
            c.end = c.start + tail.start()
            c.attrs["name"] = text[c.start : c.end]
            bare = _title_of(c.attrs["name"])
            c.label = "organization"
            c.attrs["why"] = "press title"
            titles.add(fold(bare))
            continue
        if " " in bare and c.label in ("misc", "place") and _BOOK_TITLE.match(bare) is None \
                and (c.label == "misc" or gazetteer.place_kind(bare) is None):
            titles.add(fold(bare))
            continue
        # "la Gazette" + "de Vallorgue": the title's noun alone, then its town
        if " " in bare or c.label == "person" or (c.label == "place" and gazetteer.place_kind(bare)):
            continue
        m = _PRESS_TOWN.match(text, c.end)
        if m is None or text[m.start(1) : m.end()] in _CAPITAL_ARTICLES:
            continue
        inside = [o for o in out if o is not c and base.overlaps(o.start, o.end, c.end, m.end())]
        if any(o.end > m.end() or o.label not in ("place", "misc") for o in inside):
            continue
        for o in inside:
            out.remove(o)
        c.end = m.end()
        c.attrs["name"] = text[c.start : c.end]
        c.label = "organization"
        c.attrs["why"] = "press title"
        titles.add(fold(_title_of(c.attrs["name"])))
    for c in _name_cands(out):
        if c.label in ("misc", "place") and fold(_title_of(c.attrs.get("name", ""))) in titles:
            c.label = "organization"
            c.attrs["why"] = "press title"
    return out


def _title_adjectives(doc: Doc, cands: list[Candidate]) -> None:
    """A title of the press named by a capitalized article and one capitalized noun keeps the
    adjective that follows it in lower case, which the model often leaves out: "Le Canard"
    + "enchaîné", "Le Courrier" + "picard". The adjective agrees with the noun and has no
    complement or adverb of its own, and what follows closes the name (a punctuation, a
    verb, "et"): not "Le Monde paru hier", "Le Point cité par", "La Poste privatisée en
    2010"; a participle of a verb that says what is done to a title or a firm (published,
    quoted, bought) is no part of it."""
    lex = _lex()
    done = lex["agent_verbs"] | lex["online_verbs"] | lex["takeover_verbs"]
    text = base.original_text(doc)
    for c in _name_cands(cands):
        if c.label not in _NAMED or c.attrs.get("civility"):
            continue
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or span.end + 1 >= len(doc):
            continue
        # "Le Canard", or "le Canard" after a noun of the press ("l'hebdomadaire le Canard",
        # which the model may read as a person's or a place's name)
        capital = len(span) == 2 and span[0].text in _CAPITAL_ARTICLES
        press = len(span) == 1 and span.start >= 2 and doc[span.start - 1].lower_ in _ARTICLES \
            and fold(doc[span.start - 2].text) in lex["press_heads"]
        if not (capital or press) or (c.label in ("person", "place") and not press):
            continue
        noun, adj, nxt = span[-1], doc[span.end], doc[span.end + 1]
        if not (noun.is_title and noun.is_alpha and adj.is_lower and adj.is_alpha and _adjective(adj)
                and adj.pos_ != "PROPN" and adj.head.i == noun.i and not list(adj.children)
                and _agrees(adj, noun) and fold(adj.text) not in lex["limiting"]):
            continue
        if adj.pos_ == "VERB" and fold(adj.lemma_) in done:
            continue
        dated = nxt.lower_ == "le" and span.end + 2 < len(doc) and doc[span.end + 2].like_num  # "le 10 mai"
        if not (nxt.pos_ in ("PUNCT", "VERB", "AUX", "CCONJ", "PRON", "SCONJ") or dated
                or (nxt.pos_ == "NOUN" and fold(nxt.text) not in lex["calendar"])):
            continue
        if any(o is not c and base.overlaps(o.start, o.end, adj.idx, adj.idx + len(adj)) for o in cands):
            continue
        c.end = adj.idx + len(adj)
        c.attrs["name"] = text[c.start : c.end]
        if press:
            c.label = "organization"


def _movements(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Armed groups and movements French news names by a plural after an article: a listed
    word ("les talibans", "des shebab"; models/organizations.json: movement_names), and a
    one-word capitalized name after "les" that acts as a group does, the active subject of a
    verb of armed or political action ("Les Kodari ont revendiqué l'attaque"), when it names
    no people (no plural in -s, no nationality nor faith: "les Kurdes", "les Français") nor a
    place a gazetteer knows ("les Vosges"), outside sports reports. Either is the
    organization in every mention of the document."""
    from factx import gazetteer

    lex = _lex()
    text = base.original_text(doc)
    sports = is_sports_report(doc)  # "les Bleus ont battu ...": a team, another rule's
    names: set[str] = set()
    for tok in doc:
        if tok.i == 0 or doc[tok.i - 1].lower_ not in ("les", "des", "aux"):
            continue
        key = fold(tok.text)
        if key in lex["movements"]:
            names.add(key)
            continue
        head = tok.head
        if not (tok.text[:1].isupper() and tok.text[1:].islower() and tok.is_alpha and tok.dep_ == "nsubj"
                and head.pos_ == "VERB" and head.lemma_ in lex["movement_verbs"]
                and not any(k.dep_ == "aux:pass" for k in head.children)):
            continue
        # a one-word name: not the first word of a longer one ("les Verts européens")
        if tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper():
            continue
        # a name in the plural in -s names a people ("les Tchétchènes", "les Ouzbeks"), as
        # entity_types reads it; the movements named so are listed (movement_names)
        if key.endswith(("s", "x")):
            continue
        if {key, key[:-1] if key.endswith("e") else key} & lex["peoples"] \
                or (key.endswith(lex["demonym_suffixes"]) and key not in lex["demonym_exceptions"]) \
                or gazetteer.place_kind(tok.text) is not None \
                or gazetteer.place_kind("Les " + tok.text) is not None or sports:
            continue
        span = Span(doc, tok.i, tok.i + 1)
        over = [c for c in cands if base.overlaps(c.start, c.end, span.start_char, span.end_char)]
        # the model reads an unknown name as a person, a place or nothing it can type
        if over and all(c.label in ("misc", "person", "place") and not c.attrs.get("civility")
                        and c.start == span.start_char and c.end == span.end_char for c in over):
            names.add(key)
    if not names:
        return cands
    for tok in doc:
        key = fold(tok.text)
        if key not in names:
            continue
        start, end = tok.idx, tok.idx + len(tok.text)
        over = [c for c in cands if base.overlaps(c.start, c.end, start, end)]
        if not over:
            if key in lex["movements"] and tok.i > 0 and doc[tok.i - 1].lower_ in DEFINITE_ANY + _DE:
                cands.append(Candidate("organization", start, end, "rules", {"name": text[start:end]}))
            continue
        for c in over:
            if c.start == start and c.end == end and c.label in ("misc", "person", "place") \
                    and not c.attrs.get("civility"):
                c.label = "organization"
                c.attrs["why"] = "movement"
    return cands


_WRECK_NOUN = r"(?:naufrages?|épaves?|échouages?|chavirages?)\s+"
_OF_SHIP = r"(?:de\s+l['\u2019]\s*|de\s+la\s+|du\s+|d['\u2019]\s*|de\s+)"
_WRECK = re.compile(_WRECK_NOUN + _OF_SHIP + "$", re.IGNORECASE)
_WRECK_HEAD = re.compile(_WRECK_NOUN + _OF_SHIP, re.IGNORECASE)
_AND_OF = re.compile(r"\s+et\s+(?:de\s+l['\u2019]\s*|de\s+la\s+|du\s+|d['\u2019]\s*|de\s+)$")


def _wrecked_ships(text: str, cands: list[Candidate]) -> None:
    """A name after a noun of shipwrecks ("le naufrage de l'Erika", "l'épave du Prestige",
    "les naufrages du Titanic et de l'X") names a ship, not a body: a thing (misc), cut from
    the noun when the model took it in ("naufrages du Titanic"). Not where the document
    names it otherwise, as a body would be ("le naufrage de Vantexor", a firm's collapse,
    in a story where "Vantexor a annoncé ...")."""
    ships: list[tuple[Candidate, int]] = []
    for c in sorted(cands, key=lambda c: c.start):
        if c.label not in ("organization", "misc") or c.attrs.get("civility"):
            continue
        head = _WRECK_HEAD.match(text, c.start)
        if head is not None and head.end() < c.end:
            ships.append((c, head.end()))
        elif _WRECK.search(text, max(0, c.start - 30), c.start) \
                or any(_AND_OF.fullmatch(text, s.end, c.start) for s, _ in ships):
            ships.append((c, c.start))
    wrecked = {id(c) for c, _ in ships}
    elsewhere = {fold(c.attrs.get("name", "")) for c in cands
                 if c.label == "organization" and id(c) not in wrecked}
    for c, start in ships:
        if fold(text[start : c.end]) in elsewhere:
            continue
        c.start = start
        c.attrs["name"] = text[start : c.end]
        c.label = "misc"


_IN_COUNTRY = re.compile(r"[ \u00a0]+(?:au|aux|en)[ \u00a0]+")


def _bodies_in_exile(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A state's organ "en exil" is one named body ("le gouvernement tibétain en exil", "le
    parlement birman en exil"): from its lower-case head after an article, through its
    adjectives, to "exil"; not when a name already covers a word of it."""
    text = base.original_text(doc)
    if "en exil" not in text:
        return cands
    heads = _lex()["exile_heads"]
    for tok in doc:
        if tok.lower_ != "exil" or tok.i < 3 or doc[tok.i - 1].lower_ != "en":
            continue
        j = tok.i - 2
        while j > 0 and doc[j].is_lower and doc[j].pos_ == "ADJ":
            j -= 1  # the adjectives of the head: "tibétain", "provisoire"
        if not (doc[j].is_lower and fold(doc[j].text) in heads and j >= 1
                and doc[j - 1].lower_ in DEFINITE_ANY):
            continue
        start, end = doc[j].idx, tok.idx + len(tok.text)
        if any(base.overlaps(c.start, c.end, start, end) for c in _name_cands(cands)):
            continue
        cands.append(Candidate("organization", start, end, "rules", {"name": text[start:end]}))
    return cands


def _missions_in_countries(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """An international force or mission is named by the country it serves, after "au",
    "aux" or "en" ("la Force de paix au Kosovo", "la Mission des Nations unies en Sierra
    Leone"): a capitalized name headed by one of the mission_heads (models/organizations.json)
    runs on over a country the model read as a place (no town nor French subdivision:
    "la Mission locale en Moselle" stays), and it is an organization, named without the
    article the model may have taken in at a sentence's start ("La Force de paix")."""
    from factx import gazetteer

    text = base.original_text(doc)
    heads = _lex()["mission_heads"]
    out = list(cands)
    for c in cands:
        if c.label not in ("organization", "misc") or c not in out:
            continue
        name = text[c.start : c.end]
        article = re.match(r"(?:la|le|l['\u2019])\s*", name, re.IGNORECASE)
        bare = name[article.end():] if article else name
        if bare.split(" ")[0] not in heads or len(bare.split()) < 2:
            continue
        link = _IN_COUNTRY.match(text, c.end)
        if link is None:
            continue
        place = next((o for o in out if o.label == "place" and o.start == link.end()), None)
        if place is None or gazetteer.place_kind(text[place.start : place.end]) not in ("country", None):
            continue
        start = c.start + (article.end() if article else 0)
        out = [o for o in out if o is not c and o is not place]
        out.append(Candidate("organization", start, place.end, "rules",
                             {**c.attrs, "name": text[start : place.end], "why": "mission"}))
    return out


def _word_acronyms(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """The acronyms of bodies that French writes as words, a capital then lower case ("la
    Kfor", "l'Onu", "la Minuk", "la Cpam"; models/organizations.json: word_acronyms), after
    an article or a preposition: an organization whatever the model made of it (a thing, a
    place, nothing), named without the article the model may have taken in ("La Kfor").
    A longer name that holds one ("la Mission des Nations unies au Kosovo (Minuk)") stays.
    So is the native name of a foreign parliament ("le Sejm", "la Knesset"; parliament_names),
    after a definite article only ("à Douma" is a town)."""
    text = base.original_text(doc)
    acronyms, parliaments = _lex()["word_acronyms"], _lex()["parliaments"]
    out = list(cands)
    for tok in doc:
        if tok.text in parliaments:  # "la Knesset", "au Storting", not "à Douma", a town
            if tok.i == 0 or doc[tok.i - 1].lower_ not in DEFINITE_ANY:
                continue
        elif tok.text not in acronyms or tok.i == 0 \
                or doc[tok.i - 1].lower_ not in (*DEFINITE_ANY, *_DE, "à", "au", "aux", "par", "avec",
                                                 "contre"):
            continue
        start, end = tok.idx, tok.idx + len(tok.text)
        over = [c for c in out if c.label in _NAMED and base.overlaps(c.start, c.end, start, end)]
        if any(c.end > end or c.attrs.get("civility") for c in over):
            continue  # part of a longer name
        if any(c.start < start and text[c.start:start].strip().lower() not in ("la", "le", "l'", "les")
               for c in over):
            continue
        for c in over:
            out.remove(c)
        out.append(Candidate("organization", start, end, "rules", {"name": tok.text, "why": "word acronym"}))
    return out


def _acting_subject(doc: Doc, span: Span, verbs: frozenset[str]) -> bool:
    """The span is the active subject of one of the verbs: in the parse, or, when it opens a
    line (where the parser often hangs it on the headline above), by its place right before
    the verb or its auxiliary of tense, the verb having no other subject."""
    root, head = span.root, span.root.head
    if root.dep_ == "nsubj" and head.pos_ == "VERB":
        verb = head
    elif _line_start(doc, _before_articles(doc, span.start)) and span.end < len(doc):
        verb = doc[span.end]
        if verb.pos_ == "AUX" and verb.dep_ == "aux:tense" and verb.head.i > verb.i:
            verb = verb.head
        # (a subject on a line above is the parser's: "date" of the header line)
        if any(k.dep_.startswith("nsubj") and k.i >= span.end for k in verb.children):
            return False
    else:
        return False
    return verb.pos_ == "VERB" and verb.lemma_ in verbs \
        and not any(k.dep_ == "aux:pass" for k in verb.children)


def _acting_bodies(doc: Doc, cands: list[Candidate]) -> None:
    """A name that is the active subject of a verb only a body does (models/organizations.json:
    body_act_verbs: hire, buy, suspend an account, call a strike, claim an attack) is an
    organization, in every mention: a one-word capitalized name the model left untyped
    ("Twitter a suspendu le compte", "Facebook rachète une jeune pousse"; not one it took
    for a place: a village no gazetteer knows "réclame un pont" by its council), and a name of
    several words the model read with the capitalized article that opens a line, which is
    then no part of the name ("Les Frères musulmans ont appelé", "La Nouvelle Démocratie a
    remporté": inside a sentence the article is in lower case and left out). Not a name in
    quotation marks (a title), a place a gazetteer knows, a given name, a passive subject."""
    from factx import gazetteer
    from factx.resolve.names import is_given_name

    verbs = _lex()["body_act_verbs"]
    text = base.original_text(doc)
    bodies: set[str] = set()
    for c in _name_cands(cands):
        if c.label not in ("misc", "organization") or c.attrs.get("civility"):
            continue
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            continue
        name = c.attrs.get("name", "")
        if c.label == "misc" and len(span) == 1 and name[:1].isupper() and name[1:2].islower() \
                and name.isalpha() and gazetteer.place_kind(name) is None and not is_given_name(name) \
                and text[max(0, c.start - 2) : c.start].strip() not in ("«", "\u201c", '"') \
                and _acting_subject(doc, span, verbs):
            bodies.add(fold(name))
        elif len(span) >= 3 and span[0].text in ("La", "Le", "Les") and _line_start(doc, span.start) \
                and span[1].is_title and span[1].is_alpha and _acting_subject(doc, span, verbs):
            c.start = span[1].idx
            c.attrs["name"] = text[c.start : c.end]
            bodies.add(fold(c.attrs["name"]))
    for c in _name_cands(cands):
        if fold(c.attrs.get("name", "")) in bodies and not c.attrs.get("civility"):
            c.label = "organization"


def _linked_body(doc: Doc, k: int, body_ends: Collection[int] = ()) -> bool:
    """Token k, the preposition before a name, ties it to a group as the body the group
    belongs to: after a branch of it and its adjectives ("la branche yéménite d'", "une
    cellule de"), or after a group and a participle or adjective of ties ("un groupe lié à",
    "des milices proches de", "une faction affiliée à"), or in apposition to a body, whose
    ends are `body_ends` ("le Front Nosra, lié à")."""
    lex = _lex()
    prep = doc[k].lower_
    if prep not in _DE and prep not in ("à", "au", "aux"):
        return False
    j = k - 1
    if j >= 1 and fold(doc[j].text) in lex["linked"]:
        return fold(doc[j - 1].text) in lex["groups"] \
            or (doc[j - 1].text == "," and j >= 2 and doc[j - 2].idx + len(doc[j - 2]) in body_ends)
    if prep not in _DE:
        return False
    while j >= 1 and doc[j].is_lower and doc[j].pos_ == "ADJ":
        j -= 1
    return j >= 0 and fold(doc[j].text) in lex["branches"]


def _by_evidence(doc: Doc, cands: list[Candidate]) -> None:
    """Document-level evidence: a seat of power that acts ("le Kremlin a démenti"), a name
    after its members ("les militants d'Ansar Eddine") or tied to a group as its parent
    body ("un groupe lié à Al-Qaïda", `_linked_body`), a name whose first word is a noun
    of bodies ("Groupe Bel", which the model took for a person), and, in a sports report,
    a competition ("Ligue des champions", which is not a body)."""
    from factx import gazetteer
    from factx.resolve.names import is_given_name

    lex = _lex()
    sports = is_sports_report(doc)
    bodies: set[str] = set()
    person_words = {w for c in _name_cands(cands) if c.label == "person"
                    for w in fold(c.attrs.get("name", "")).split()[1:]}
    body_ends = {c.end for c in cands if c.label == "organization"}
    for c in _name_cands(cands):
        name = c.attrs.get("name", "")
        key = fold(name)
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            continue
        bare = re.sub(r"^(?:les?|la|l') ?", "", key)  # "Le Pentagone a annoncé", "le Pentagone"
        article = re.match(r"(?:[Ll]es?|[Ll]a|[Ll]['\u2019]) ?", name)
        if bare != key and bare in lex["seats"] and article:
            # a seat of power is named without its article, whatever its type ("le Pentagone"
            # read with its article as a man's name or as a building): "Pentagone"
            c.start += article.end()
            name = c.attrs["name"] = name[article.end():]
            key = bare
            span = doc.char_span(c.start, c.end, alignment_mode="expand") or span
        if {key, bare} & lex["seats"] and _acts(doc, span) and (c.label in ("place", "misc") or (
                c.label == "person" and not c.attrs.get("civility") and " " not in name
                and not any(o.label == "person" and o.attrs.get("name", "").endswith(" " + name)
                            for o in cands))):
            bodies.add(key)  # "approuvé par Matignon", which the model read as a man's name
        elif bare in lex["seats"] and c.label == "person" and not c.attrs.get("civility"):
            c.label = "place"  # a seat of power is a building, never a man ("Le Pentagone :")
        # "La FCPE déplore ...", "détenu par la SOVAL", "le siège du GLR": an acronym the model
        # left untyped or read as a thing, after a definite article, that no lexicon gives a
        # thing ("la TVA") or a kind of place ("le CHU"): a body (not in a line of capitals, a
        # headline's "LE FAIT DU JOUR")
        if c.label == "misc" and 2 <= len(name) <= 8 and name.isalpha() and name.isupper() \
                and name not in lex["thing_acronyms"] and name not in lex["place_acronyms"] \
                and span.start >= 1 and doc[span.start - 1].lower_ in DEFINITE_ANY \
                and not doc[span.start - 1].text.isupper():
            bodies.add(key)
        k = _before_articles(doc, span.start) - 1
        if c.label in ("misc", "person", "place") and not c.attrs.get("civility") and k >= 1 \
                and doc[k].lower_ in _DE and fold(doc[k - 1].text) in lex["members"] \
                and key not in lex["countries"]:
            bodies.add(key)
        # "le chef de Varkos", "les députés de Varkos": a man has no leader nor deputies
        if c.label == "person" and not c.attrs.get("civility") and k >= 1 and doc[k].lower_ in _DE \
                and fold(doc[k - 1].text) in lex["leaders"] and doc[k - 1].is_lower \
                and re.fullmatch(r"[A-ZÀ-Ý][\w'\u2019-]+", name) and key not in person_words \
                and not is_given_name(name.split("-")[0]) and gazetteer.place_kind(name) is None:
            bodies.add(key)
        if c.label in ("misc", "place") and name[:1].isupper() and k >= 1 \
                and _linked_body(doc, k, body_ends) and key not in lex["countries"] \
                and gazetteer.place_kind(name) is None:
            bodies.add(key)  # "un groupe lié à Al-Qaïda", "la branche yéménite d'Al-Qaïda"
        words = key.split()
        if c.label == "person" and len(words) > 1 and name[:1].isupper() \
                and (words[0] in lex["titles"] or words[0] in lex["bodies"]):
            bodies.add(key)
        competition = bool(words) and bool({words[0], " ".join(words[:2])} & lex["competitions"])
        if sports and c.label == "organization" and competition and not _league_of(name):
            c.label = "misc"
    bodies |= _bodies_by_role(doc, cands) | _taken_over(doc, cands)
    for c in _name_cands(cands):
        if fold(c.attrs.get("name", "")) in bodies and not c.attrs.get("civility"):
            c.label = "organization"


def _surnames(cands: list[Candidate]) -> set[str]:
    """The last words of the names of several words the model or the rules gave people."""
    return {fold(c.attrs.get("name", "")).split()[-1] for c in _name_cands(cands)
            if c.label == "person" and len(c.attrs.get("name", "").split()) > 1}


def _taken_over(doc: Doc, cands: list[Candidate]) -> set[str]:
    """The names of what is bought, absorbed, privatized or nationalized: a firm. The object
    of such a verb ("le groupe a racheté Varmotte"), its passive subject ("Varmotte a été
    racheté par ..."), the complement of such a noun ("le rachat de Varmotte") is a firm in
    every mention, whatever the model read (a person, a place). Not a person named by more
    than a word, or with a civility, or whose surname a person of the text bears ("Jean
    Varmotte"), nor a work bought after an indefinite article ("a acquis un Corvin")."""
    from factx import gazetteer

    if is_sports_report(doc):
        return set()  # "le club a acquis Dombrecq": a player
    lex = _lex()
    verbs, nouns = lex["takeover_verbs"], lex["takeover_nouns"]
    surnames = _surnames(cands)
    found: set[str] = set()
    for c in _name_cands(cands):
        name = c.attrs.get("name", "")
        key = fold(name)
        if c.label not in ("person", "place", "misc") or c.attrs.get("civility") or not name[:1].isupper() \
                or (c.label == "person" and len(name.split()) > 1) or key in surnames \
                or key in lex["countries"]:
            continue
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            continue
        root, before = span.root, doc[span.start - 1].lower_ if span.start else ""
        head = root.head
        if before in ("un", "une", "des") or head.i == root.i or _apposed_other(doc, span.end):
            continue
        passive = root.dep_ == "nsubj:pass" and any(t.dep_ == "aux:pass" for t in head.children)
        k = _before_articles(doc, span.start) - 1
        # the parser reads a name right after the verb as its object or leaves it loose
        # ("a acquis Sorbinet": dep, flat:name)
        right_after = k == head.i and root.dep_ in ("dep", "flat:name")
        verb = head.pos_ in ("VERB", "AUX") and fold(head.lemma_) in verbs \
            and (root.dep_ == "obj" or passive or right_after)
        noun = head.pos_ == "NOUN" and fold(head.lemma_) in nouns and root.dep_ == "nmod" \
            and k >= 0 and doc[k].lower_ in ("de", "du", "d'", "d\u2019") and head.i < root.i
        if verb or noun:
            found.add(key)
    # the agent of a purchase is a firm too ("Varmotte a été rachetée par Kolbix"): a name
    # after "par" on a passive verb of takeover that the model did not read as a person
    for o in _name_cands(cands):
        if o.label not in ("place", "misc") or not o.attrs.get("name", "")[:1].isupper() \
                or o.attrs.get("civility"):
            continue
        span = doc.char_span(o.start, o.end, alignment_mode="expand")
        if span is None or span.start < 3:
            continue
        root = span.root
        head = root.head
        if doc[span.start - 1].lower_ == "par" and root.dep_.startswith("obl") \
                and head.pos_ == "VERB" and fold(head.lemma_) in verbs \
                and any(t.dep_ == "aux:pass" for t in head.children) \
                and fold(o.attrs["name"]) not in lex["countries"] \
                and gazetteer.place_kind(o.attrs["name"]) is None:
            found.add(fold(o.attrs["name"]))
    return found


def _apposed_other(doc: Doc, k: int) -> bool:
    """Token k opens an apposition that says the name is something else than a body: a
    comma, an article and a noun that is no noun of bodies ("Dombrecq, un attaquant de 22
    ans")."""
    if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in ("un", "une", "le", "la", "l'"):
        return False
    noun = doc[k + 2]
    return noun.is_lower and fold(noun.text) not in _lex()["apposition"] | _lex()["titles"]


# what may stand between two items of an enumeration of names: ", de ", " et du ", ", l'"
_ENUMERATION = re.compile(r"\s*(?:,|\bet\b|\bou\b)\s*(?:(?:et|ou)\s+)?(?:(?:de|du|des|à|au|aux)\s+|d['’]\s*)?"
                          r"(?:(?:la|le|les)\s+|l['’]\s*)?")


@cache
def _first_words(*keys: str) -> frozenset[str]:
    """First words of the heads of places' names under `keys` of models/place_types.json."""
    data = load_json("place_types.json")
    return frozenset(fold(h.split()[0]) for key in keys for h in data[key])


def territory_heads() -> frozenset[str]:
    """First words of the names of territories, streets and features ("ville", "rue", "val",
    "mont", "île"); buildings' nouns are not among them."""
    return _first_words("admin_heads", "street_heads", "geography_heads")


def _site_town_cut(doc: Doc, i: int, end: int) -> int | None:
    """Where a firm's name found after the noun of a site (`site_heads`) ends when "de" and
    a town close it: "l'usine Daum de Nancy", "le magasin Muller de Lunéville" name the firm
    and the town its site stands in (a town the gazetteer knows); None when the name has no
    such tail or opens on an article ("Les Coteaux de Buzet": a phrase)."""
    from factx import gazetteer

    if doc[i].text in _CAPITAL_ARTICLES:
        return None
    for k in range(i + 1, end - 1):
        if doc[k].lower_ in ("de", "d'", "d\u2019") \
                and gazetteer.place_kind(doc[k + 1 : end].text, ("town",)) is not None:
            return k
    return None


def _place_headed(c: Candidate) -> bool:
    """A name led by a lower-case noun of places ("rue Thiers", "salle Jean-Vilar", "place
    du Marché") is the place's own name, its kind given in it: a body's noun before it says
    where the body is ("un magasin rue Thiers", "le bureau de tabac place Carnot"), not
    what the body is called."""
    first = c.attrs.get("name", "").split(" ")[0]
    return first.islower() and fold(first) in _first_words("facility_heads", "admin_heads", "street_heads")


def _bodies_by_role(doc: Doc, cands: list[Candidate]) -> set[str]:
    """Names the model took for places that the sentence gives a body's part, when no
    gazetteer knows them as places: the agent of a passive ("conduites par le Sivom": a place
    does not act), or one item of an enumeration whose other items are bodies ("avec le
    soutien de la SNCF, de Patrimoine Vosgien, de la Fnac et d'Arte")."""
    from factx import gazetteer

    text = base.original_text(doc)
    names = sorted(_name_cands(cands), key=lambda c: c.start)

    def open_to(c: Candidate) -> bool:
        name = c.attrs.get("name", "")
        # a name led by a lower-case noun of places is a place whatever stands around it:
        # "déposés à la Caisse d'épargne ou au Crédit mutuel, rue des Écoles" ("rue", "salle", "ville")
        return c.label == "place" and not c.attrs.get("civility") and not _place_headed(c) \
            and gazetteer.place_kind(name) is None

    out: set[str] = set()
    for c in names:
        if not open_to(c):
            continue
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        root = span.root if span is not None else None
        if root is not None and root.dep_ == "obl:agent" \
                and any(k.lower_ == "par" for k in root.children if k.dep_ == "case"):
            out.add(fold(c.attrs.get("name", "")))
    group: list[Candidate] = []
    for c in [*names, None]:
        between = _ENUMERATION.match(text, group[-1].end, c.start) if c is not None and group else None
        if c is not None and between is not None and between.end() == c.start:
            group.append(c)
            continue
        labels = [g.label for g in group]
        if len(group) >= 3 and labels.count("organization") >= 2 and "person" not in labels:
            out |= {fold(g.attrs.get("name", "")) for g in group if open_to(g)}
        group = [c] if c is not None else []
    return out


_LEAGUE = re.compile(r"^Ligue\s+(?:de\s+la\s+|de\s+l['\u2019]|de\s+|d['\u2019]|du\s+|des\s+)(.+)$")


def _league_of(name: str) -> bool:
    """"Ligue de Lorraine", "Ligue d'Alsace de football": the league of a region is the body
    that runs its sport there; "Ligue des champions", "Ligue 1" are competitions."""
    from factx import gazetteer

    m = _LEAGUE.match(name)
    if m is None:
        return False
    words = m.group(1).split()
    return any(gazetteer.place_kind(" ".join(words[:k])) is not None for k in range(len(words), 0, -1))


# a territory's noun capitalized inside a sentence names its council: "la Ville de Belfort",
# "la Région Grand Est", "le Département des Vosges" (in lower case, the territory itself)
_COUNCIL_NOUNS = frozenset(("Ville", "Région", "Département"))
_BEFORE_COUNCIL = frozenset(("la", "le", "l'", "l\u2019", "du", "au", "de", "à", "et"))


def _territory_end(doc: Doc, i: int) -> int | None:
    """End (token) of the territory a gazetteer knows, written from token i ("Grand Est",
    "Meurthe-et-Moselle", "Provence-Alpes-Côte d'Azur"), longest first; None if none."""
    from factx import gazetteer

    text = base.original_text(doc)
    for end in range(min(len(doc), i + 6), i, -1):
        last = doc[end - 1]
        if last.is_punct or last.is_space or "\n" in text[doc[i].idx : last.idx]:
            continue
        if gazetteer.place_kind(text[doc[i].idx : last.idx + len(last)]) is not None:
            return end
    return None


def _city_as_body(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """"la Ville de Belfort", "la Région Grand Est", "le Département des Vosges": with a
    capital inside the sentence, the territory's noun names the territory as a body (its
    council and services). "Ville" is followed by "de" and a name; "Région" and "Département"
    by a region or a département a gazetteer knows, "de" between them or not, and come after
    an article or a preposition (a headline's "Région : ..." is a rubric)."""
    text = base.original_text(doc)
    for tok in doc[1:-1]:
        if tok.text not in _COUNCIL_NOUNS or tok.is_sent_start:
            continue
        nxt = doc[tok.i + 1]
        first = tok.i + 2 if nxt.lower_ in _DE else tok.i + 1
        if tok.text == "Ville":
            if first == tok.i + 1 or first >= len(doc) or not doc[first].is_title:
                continue
            end = first + 1
            while end < len(doc) and (doc[end].is_title or doc[end].text == "-") \
                    and not doc[end - 1].whitespace_:
                end += 1
        else:
            if doc[tok.i - 1].lower_ not in _BEFORE_COUNCIL:
                continue
            if first < len(doc) and doc[first].lower_ in ("la", "l'", "l\u2019"):
                first += 1  # "le Département de la Meuse"
            found = _territory_end(doc, first) if first < len(doc) and doc[first].text[:1].isupper() else None
            if found is None:
                continue
            end = found
        start_c, end_c = tok.idx, doc[end - 1].idx + len(doc[end - 1])
        inside = [c for c in _name_cands(cands) if base.overlaps(c.start, c.end, start_c, end_c)]
        if not any(c.label == "person" for c in inside):
            _put_organization(cands, text, start_c, end_c, inside)
    return cands


_ROMAN = re.compile(r"^[IVXLC]+(?:e|er|ème)?$")


def _non_body_before(doc: Doc, i: int, name: str) -> bool:
    """Token i comes right after a lower-case noun of events or texts ("le festival
    Eurockéennes", "le plan Vigipirate"), or after it and "de" when the name is a place
    ("les accords de Schengen")."""
    from factx import gazetteer

    k = i - 1
    if k >= 0 and doc[k].lower_ in _ARTICLES:
        return False  # "le traité de l'OMPI": the body that made the text, named apart
    if k >= 0 and doc[k].lower_ in _DE:
        if gazetteer.place_kind(name) is None:
            return False  # "l'accord de Renault": the body that signed it; "accords de Schengen": a place
        k -= 1
    return non_body_noun(doc, k)


def _name_words(name: str) -> list[str]:
    """The folded words of a name, its leading articles aside ("l'Harmonie" -> ["harmonie"])."""
    words = fold(name).replace("'", "' ").split()
    while words and words[0] in ("la", "le", "les", "l'"):
        words.pop(0)
    return words


def non_body_noun(doc: Doc, k: int) -> bool:
    """Token k is a lower-case noun of events or texts ("festival", "plan", "grand prix"),
    alone or with the word before it."""
    if k < 0 or not doc[k].is_lower:
        return False
    non_bodies = _lex()["non_bodies"]
    two = fold(doc[k - 1 : k + 1].text) if k >= 1 else ""
    return fold(doc[k].text) in non_bodies or two in non_bodies


_OPENERS = ("«", "\u2014", "\u2013", "-")


def _opens_sentence(doc: Doc, i: int) -> bool:
    """Token i opens a sentence, after the quotation mark or dash that may open it
    ("« Pompiers et policiers ...")."""
    if doc[i].is_sent_start:
        return True
    k = i - 1
    while k >= 0 and not doc[k].is_space and (doc[k].is_quote or doc[k].text in _OPENERS):
        # a quotation opens an utterance: after "«", or after a quote mark that opens a
        # sentence or follows a colon
        if doc[k].is_sent_start or doc[k].text == "«" or (k >= 1 and doc[k - 1].text == ":"):
            return True
        k -= 1
    return False


def _sentence_capital_only(doc: Doc, tok: Token) -> bool:
    """A one-word name at the start of a sentence that is a common noun there: the text
    writes the same plural in lower case elsewhere, or joins it by "et", "ou" or a comma to a
    lower-case noun ("Pompiers et policiers effectueront des rondes")."""
    low = tok.lower_
    if low.endswith(("s", "x")) and any(t.text == low for t in doc if t.i != tok.i):
        return True  # a plural: "Orange", "Total" are companies whatever "orange" means
    j = tok.i + 1
    # not a name apposed to the noun of what it is: "Varmotte, filiale du groupe ..."
    return j + 1 < len(doc) and doc[j].lower_ in ("et", "ou", ",") and doc[j + 1].is_lower \
        and doc[j + 1].pos_ == "NOUN" \
        and not (doc[j].text == "," and fold(doc[j + 1].text) in _lex()["apposition"])


JOINERS = (" de la ", " de l'", " de l\u2019", " des ", " de ", " du ", " d'", " d\u2019")  # longest first


def _descriptive_name(name: str) -> bool:
    """A body's name made of its capitalized head and a complement in lower case ("Société de
    gymnastique", "Maison de la culture", "Office de tourisme"), which may go on with a town;
    not a name with a capital after its head ("Banque de France"), nor one qualified by an
    adjective alone ("Commission européenne"), nor a long one, a national body's that says its
    field ("Institut de recherche en biologie marine ..." + "de Concarneau", where it is)."""
    words = name.replace("'", "' ").replace("\u2019", "\u2019 ").split()
    return 3 <= len(words) <= 4 and words[0][:1].isupper() and fold(words[1]) in _DE \
        and all(w.islower() for w in words[1:])


def _cut_body_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A body the model named by its capitalized noun alone, then "de" and a name it cut
    off ("Papeteries" + "de" + "Clairefontaine", "Fonderie" + "de Rambervillers") is one
    name: the noun heads it (`named_body_heads`, singular or plural), also when the model
    took the noun for a place or a thing ("Verreries" + "de Brisemont")."""
    from factx import gazetteer

    heads = _lex()["named_bodies"]
    by_start = {c.start: c for c in _name_cands(cands)}
    for c in list(cands):
        name = c.attrs.get("name", "")
        key = fold(name)
        if c.label == "organization" and _descriptive_name(name):
            for join in (" de ", " d'", " d\u2019"):
                nxt = by_start.get(c.end + len(join)) if text.startswith(join, c.end) else None
                town = nxt.attrs.get("name", "") if nxt is not None else ""
                if nxt is not None and nxt in cands and nxt.label in ("misc", "place") \
                        and not nxt.attrs.get("civility") and gazetteer.place_kind(town) == "town":
                    # "la Société de gymnastique" + "de Darney": the town's society
                    _run_over(c, nxt.end, text, cands, [nxt])
            continue
        if c.label not in ("organization", "place", "misc") or " " in name or not name[:1].isupper() \
                or not _listed(key, heads):
            continue
        for join in JOINERS:
            if text.startswith(join, c.end):
                nxt = by_start.get(c.end + len(join))
                if nxt is not None and nxt in cands and nxt.label in ("misc", "place") \
                        and not nxt.attrs.get("civility"):
                    c.label = "organization"  # "Verreries" + "de Brisemont", whatever its type
                    _run_over(c, nxt.end, text, cands, [nxt])
                break
    return cands


# capitalized adjectives of rank that may open a body's name before its noun ("le Grand
# Conseil", a Swiss canton's parliament; "le Haut Conseil", "la Haute Autorité")
_RANK_ADJECTIVES = frozenset(("grand", "grande", "haut", "haute"))


def _body_noun_names(doc: Doc, cands: list[Candidate]) -> None:
    """A name headed by a capitalized noun of bodies that the model took for a place or left
    untyped, and that no gazetteer knows as a place, is a body: "l'Harmonie municipale" (a
    territorial adjective after it is part of the name), "l'Amicale des donneurs de sang"."""
    from factx import gazetteer

    lex = _lex()
    heads = lex["named_bodies"]
    for c in cands:
        name = c.attrs.get("name", "")
        if c.label not in ("place", "misc") or not name[:1].isupper() or c.attrs.get("why"):
            continue
        words = _name_words(name)
        if len(words) > 1 and words[0] in _RANK_ADJECTIVES:
            words = words[1:]  # "le Grand Conseil vaudois", "le Haut Conseil de la santé"
        first = words[0] if words else ""
        # a plural names a body only with a capitalized complement ("les Groupements
        # d'Intervention Régionaux"), not alone ("dans vos Foyers", "les deux Chambres")
        plural = first.endswith(("s", "x")) and first[:-1] in heads \
            and any(w[:1].isupper() for w in name.replace("'", "' ").split()[1:])
        if (first in heads or plural) and gazetteer.place_kind(name) is None:
            c.label = "organization"
            span = doc.char_span(c.start, c.end, alignment_mode="expand")
            if span is not None and span.end < len(doc) and fold(doc[span.end].text) in lex["territorial"]:
                adj = doc[span.end]
                c.end = adj.idx + len(adj.text.rstrip("-\u2013"))  # "l'Harmonie" + "municipale"
                c.attrs["name"] = base.original_text(doc)[c.start : c.end]
            elif span is not None and len(span) == 1:
                _head_with_complement(doc, c, span[0])


def _head_with_complement(doc: Doc, c: Candidate, head: Token) -> None:
    """The model's name is a capitalized noun of bodies alone: its name goes on with its
    complement in lower case, as the parse attaches it ("l'Amicale" + "des anciens de la
    ligne Maginot"), or with an adjective right after it that agrees with it ("l'Amicale" +
    "laïque")."""
    end = _complement_end(doc, head)
    while head.i < end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" \
            and head.i <= doc[end].head.i < end:
        end += 1  # "de la ligne" + "Maginot", "du collège" + "Jules-Ferry"
    if end <= head.i and head.i + 1 < len(doc):
        adj = doc[head.i + 1]
        if adj.dep_ == "amod" and adj.head.i == head.i and adj.is_lower and adj.is_alpha \
                and _adjective(adj) and _agrees(adj, head):
            end = head.i + 2
    if end > head.i + 1:
        last = doc[end - 1]
        c.end = last.idx + len(last.text)
        c.attrs["name"] = base.original_text(doc)[c.start : c.end]


_FRIENDS_OF = re.compile(r"\s+(?:de|d['\u2019])\s*$")


def _friends_of(text: str, cands: list[Candidate]) -> None:
    """"la Société des amis de Victor Hugo", "l'Association des amis de Jules Verne": a body
    whose name ends on "amis" (or "Amis") runs on over the person it is named after, whom the
    model read apart; the person keeps that mention as a person too."""
    people = sorted((c for c in cands if c.label == "person"), key=lambda c: c.start)
    for c in cands:
        if c.label != "organization" or not fold(c.attrs.get("name", "")).endswith(" amis"):
            continue
        for p in people:
            if p.start > c.end and p.start - c.end <= 5 and _FRIENDS_OF.fullmatch(text[c.end:p.start]):
                c.end = p.end
                c.attrs["name"] = text[c.start:p.end]
                break


def _purpose_complements(doc: Doc, cands: list[Candidate]) -> None:
    """A body named by its cause keeps it: after a name headed by a noun of such bodies
    (`purpose_heads`), "contre" or "pour", an article and lower-case nouns and adjectives
    joined by "de", attached in the parse to the name, are part of it ("la Ligue" + "contre
    le cancer", "l'Association française" + "contre les myopathies"); not a time or anything
    the verb governs ("le Comité a voté pour la deuxième fois")."""
    text = base.original_text(doc)
    lex = _lex()
    taken = [(o.start, o.end) for o in _name_cands(cands)]
    heads: list[Candidate] = []
    # the model may miss such a name where it opens a sentence ("La Ligue contre le cancer a
    # salué ..."): a capitalized head after an article, before "contre" or "pour" and an
    # article, is the name's start, left to the loop below to complete
    for tok in doc[1:-2]:
        if tok.is_title and fold(tok.text) in lex["purpose_heads"] and doc[tok.i - 1].pos_ == "DET" \
                and doc[tok.i + 1].lower_ in ("contre", "pour") and doc[tok.i + 2].pos_ == "DET" \
                and not any(a <= tok.idx < b for a, b in taken):
            end = tok.idx + len(tok)
            heads.append(Candidate("organization", tok.idx, end, "rules", {"name": text[tok.idx : end]}))
    cands.extend(heads)
    for c in cands:
        name = c.attrs.get("name", "")
        words = fold(name).split()
        if c.label != "organization" or not words or words[0] not in lex["purpose_heads"] \
                or not name[:1].isupper() \
                or text[c.end : c.end + 8].split(" ")[1:2] not in (["contre"], ["pour"]):
            continue
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        last = span.end - 1 if span is not None and len(span) else None
        if last is None or last + 3 >= len(doc) or doc[last + 1].lower_ not in ("contre", "pour"):
            continue
        k = last + 2
        if doc[k].lower_ in _ARTICLES or doc[k].pos_ == "DET":
            k += 1
        noun = doc[k]
        # attached to the name, or, misread, to the noun the name completes, like the name
        # itself ("les militants du Collectif" + "pour un logement digne"), when the name is
        # the head alone: a name the model completed says what that noun is for ("la haute
        # représentante de l'Union européenne" + "pour les affaires étrangères")
        named = span is not None and len(span) == 1 and span.root.dep_ == "nmod" \
            and noun.head.i == span.root.head.i < span.start
        if not (noun.is_lower and noun.pos_ == "NOUN" and noun.dep_ == "nmod"
                and ((noun.head.i <= last and noun.head.idx >= c.start) or named)):
            continue
        end = k + 1
        while end < len(doc):
            t = doc[end]
            if t.is_lower and t.pos_ == "ADJ":
                end += 1
                continue
            if t.lower_ in _DE and end + 1 < len(doc):
                j = end + 1
                if doc[j].lower_ in _ARTICLES and j + 1 < len(doc):
                    j += 1
                if doc[j].is_lower and doc[j].pos_ == "NOUN" and doc[j].head.i >= last + 1:
                    end = j + 1
                    continue
            break
        if named and doc[k - 1].lower_ in ("un", "une") and end == k + 1:
            continue  # "les militants de l'Union" + "pour un poste": no cause said
        end_c = doc[end - 1].idx + len(doc[end - 1])
        if any(base.overlaps(a, b, c.end, end_c) for a, b in taken):
            continue
        c.end = end_c
        c.attrs["name"] = text[c.start : end_c]
    for c in heads:  # a head left alone was no such name
        if c.end == c.start + len(c.attrs["name"].split()[0]) and " " not in c.attrs["name"]:
            cands.remove(c)


_CAUSES = frozenset(("pour", "contre"))


def _lower_noun(tok: Token) -> bool:
    return tok.is_lower and tok.is_alpha and tok.pos_ == "NOUN"


@cache
def _human_nouns() -> frozenset[str]:
    """models/quotes.json's nouns of people ("habitants", "riverains"), folded as the quotes
    layer folds them (read here, not through factx.resolve.quotes, which imports the roles
    layer, which imports this module)."""
    return frozenset(fold(x) for x in load_json("quotes.json")["human_nouns"])


def _coordinated_complements(doc: Doc, cands: list[Candidate]) -> None:
    """A name whose complement is coordinated goes on over the second member: "le Parti de la
    liberté" + "et de la justice", "la Ligue pour la défense" + "et la promotion des
    droits". The name ends on "de" (or "pour", "contre"), a definite article and a noun in
    lower case; the second member repeats the preposition ("de", "du", "des"; a cause may
    leave it out), takes a definite article and a noun in lower case, with its adjectives and
    its own complements in lower case; a body ("et des syndicats") or people where the first
    member names none is another party to the sentence, and "et de nombreux ..." no member."""
    text = base.original_text(doc)
    people = _human_nouns()
    for c in cands:
        name = c.attrs.get("name", "")
        if c.label != "organization" or not name[:1].isupper():
            continue
        span = doc.char_span(c.start, c.end)
        if span is None:
            continue
        if len(span) > 1 and span[-1].lower_ in ("et", "ou"):
            span = span[:-1]  # no name ends on "et": "le Parti du renouveau et" + "de la concorde"
            c.end = span.end_char
            c.attrs["name"] = text[c.start : c.end]
        n = span[-1]
        if len(span) < 3 or not _lower_noun(n) or span[-2].lower_ not in (*_ARTICLES, "du", "des"):
            continue
        prep = span[-2] if span[-2].lower_ in ("du", "des") else span[-3]
        cause = prep.lower_ in _CAUSES
        if not (cause or prep.lower_ in _DE):
            continue
        j = span.end
        if j + 2 >= len(doc) or doc[j].lower_ != "et":
            continue
        k = j + 1
        if doc[k].lower_ in ("de", "d'", "d\u2019") or (cause and doc[k].lower_ == prep.lower_):
            k += 1
            if k < len(doc) and doc[k].lower_ in _ARTICLES:
                k += 1
            else:
                continue
        elif doc[k].lower_ in ("du", "des") or (cause and doc[k].lower_ in _ARTICLES):
            k += 1  # "et du développement"; a cause leaves "pour" out: "et la démocratie"
        else:
            continue
        if k >= len(doc) or not _lower_noun(doc[k]):
            continue
        m = doc[k]
        human = fold(n.lemma_ or n.text) in people
        if names_a_body(m.text) or (fold(m.lemma_ or m.text) in people and not human):
            continue
        end = k + 1
        while end < len(doc):
            t = doc[end]
            if t.is_lower and t.is_alpha and t.pos_ == "ADJ" and t.dep_ == "amod" and t.head.i == end - 1:
                end += 1
                continue
            # its own complement with a definite article: "et la promotion" + "des droits"
            a = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ in _ARTICLES)
            if (t.lower_ in ("du", "des") or (t.lower_ in _DE and a == end + 2)) and a < len(doc) \
                    and _lower_noun(doc[a]) and not names_a_body(doc[a].text):
                end = a + 1
                continue
            break
        last = doc[end - 1]
        end_c = last.idx + len(last)
        if any(o is not c and base.overlaps(o.start, o.end, c.end, end_c) for o in _name_cands(cands)):
            continue
        c.end = end_c
        c.attrs["name"] = text[c.start : end_c]


_OF_PLACE = re.compile(r"\s+(?:de\s+la\s+|de\s+l['\u2019]|de\s+|du\s+|des\s+|d['\u2019])")


def _place_served(text: str, end: int) -> re.Match[str] | None:
    """The name of the town, the département or the region after "de" at `end` ("de
    Montluçon", "de la Corrèze"), when the gazetteer knows it: no country."""
    from factx import gazetteer

    link = _OF_PLACE.match(text[end : end + 12])
    words = _PLACE_WORDS.match(text, end + link.end()) if link else None
    kind = gazetteer.place_kind(words.group(0)) if words else None
    return words if kind is not None and kind != "country" else None


def _territory_named(text: str, end: int, cands: list[Candidate]) -> re.Match[str] | None:
    """The territory after "de" at `end` that the model read as a place or a thing, whether or
    not a gazetteer knows it: a Québec county ("de Charlevoix", "du Domaine-du-Roy") after
    the acronym of a body that exists once per territory."""
    link = _OF_PLACE.match(text[end : end + 12])
    words = _PLACE_WORDS.match(text, end + link.end()) if link else None
    if words is None or not any(c.label in ("place", "misc") and c.start == words.start()
                                and c.end == words.end() for c in cands):
        return None
    return words


def _acronym_of_place(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A body's acronym, then "de" and the town, the département or the region it serves
    ("la CAF de Montluçon", "l'ADMR des Hautes-Alpes", "l'URSSAF de la Corrèze"): one
    name, the place included, as when the model reads the whole as a place (see
    `_acronym_led_names`); not an acronym of a kind of place ("CHU de Nancy") nor a party's
    ("le RPR de Paris": its branch), nor before a country ("la CGT de France")."""
    lex = _lex()
    out = list(cands)
    for c in cands:
        name = c.attrs.get("name", "")
        if (c.label != "organization" and not _acronym_misread(text, c)) or " " in name \
                or name in lex["place_acronyms"] or _party_acronym(name, text, c.start) \
                or not (is_acronym(name) or name in lex["word_acronyms"]):
            continue
        words = _place_served(text, c.end)
        if words is None and name in lex["territory_acronyms"]:
            words = _territory_named(text, c.end, out)
        if words is None:
            continue
        end = words.end()
        over = [o for o in out
                if o is not c and o.label in _NAMED and base.overlaps(o.start, o.end, c.end, end)]
        town_as_person = [o for o in over if o.label == "person" and not o.attrs.get("civility")
                          and o.start == words.start() and o.end == end]
        if any((o.label not in ("place", "misc") and o not in town_as_person) or o.end > end for o in over):
            continue  # the town the gazetteer knows, whatever the model made of it ("de Bruyères": a person)
        _run_over(c, end, text, out, over)
        c.label = "organization"
    return out


def _acronym_misread(text: str, c: Candidate) -> bool:
    """An acronym the model read as a place or a thing, after an article (or "du", "au"):
    with "de" and the place it serves after it (`_acronym_of_place`), the body's acronym
    ("avec le SDIS de Vesoul", "la CAF d'Épinal"); not a name a gazetteer knows as a place,
    nor an acronym of a thing or of a kind of place ("le TER de Lorraine", "la ZAC de ...")."""
    from factx import gazetteer

    name = c.attrs.get("name", "")
    if c.label not in ("place", "misc") or not is_acronym(name) or name in _lex()["thing_acronyms"]:
        return False
    before = re.search(r"(\w+['\u2019]?)\s*$", text[max(0, c.start - 6) : c.start])
    return before is not None and before.group(1).lower() in DEFINITE_ANY \
        and gazetteer.place_kind(name) is None


@cache
def _union_lex() -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    """The kinds and levels of a union's structures (organizations.json) and the unions'
    acronyms (roles/titles.json affiliations), longest first ("CFE-CGC" before "CFE")."""
    data = load_json("organizations.json")
    acronyms = sorted(load_json("roles/titles.json")["affiliations"]["union_acronyms"], key=len, reverse=True)
    heads = frozenset(w if w.isupper() else fold(w) for w in data["union_branch_heads"])
    return (heads, frozenset(fold(w) for w in data["union_branch_levels"]),
            re.compile(r"(?:" + "|".join(re.escape(a) for a in acronyms) + r")(?![\w-])"))


def _token_at(doc: Doc, char: int) -> int:
    """The index of the first token that starts at or after character `char`."""
    return next((t.i for t in doc if t.idx >= char), len(doc))


def _trade_end(doc: Doc, k: int) -> int | None:
    """After a union's acronym at token k: "de"/"du"/"des" (an article between) and the
    lower-case trade it gathers, its adjectives after it ("des cheminots", "de la santé",
    "des services publics"): the end of the trade; none before a site or a firm
    ("de l'usine", "du centre hospitalier") or a capitalized name."""
    lex = _lex()
    if k >= len(doc) or doc[k].lower_ not in _DE:
        return None
    j = k + 1
    if j < len(doc) and doc[j].lower_ in ("la", "l'", "l\u2019"):
        j += 1
    if j >= len(doc) or not doc[j].is_lower or not doc[j].is_alpha or doc[j].pos_ != "NOUN":
        return None
    key = fold(doc[j].text)
    if key in lex["managed"] or key in lex["sites"] or key in lex["kinds"] or key in lex["calendar"]:
        return None
    end = j + 1
    while end < len(doc) and doc[end].is_lower and doc[end].pos_ == "ADJ":
        end += 1
    if end < len(doc) and (doc[end].text[:1].isupper() or doc[end].lower_ in _DE):
        return None  # "de la santé de Nancy", "des transports Varlet": another name runs on
    return end


def _site_after(doc: Doc, k: int) -> bool:
    """"de" (an article between) and a lower-case site or managed body at token k ("de
    l'usine", "du centre hospitalier")."""
    lex = _lex()
    if k >= len(doc) or doc[k].lower_ not in _DE:
        return False
    j = k + 2 if k + 1 < len(doc) and doc[k + 1].lower_ in ("la", "l'", "l\u2019") else k + 1
    return j < len(doc) and doc[j].is_lower and (fold(doc[j].text) in lex["managed"]
                                                  or fold(doc[j].text) in lex["sites"]
                                                  or fold(doc[j].text) in lex["kinds"])


@cache
def _union_acronyms() -> frozenset[str]:
    """The unions' acronyms (roles/titles.json affiliations), in capitals ("SNUIPP")."""
    return frozenset(a.upper() for a in load_json("roles/titles.json")["affiliations"]["union_acronyms"])


def _union_lists(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Unions' acronyms joined by hyphens name the unions acting together, each one a body
    ("l'intersyndicale CGT-CFDT-FO", "un tract CFDT-CFTC"): the model's one name is cut into
    them; not a union whose own acronym holds a hyphen ("CGT-FO", "CFE-CGC"), nor a list in
    which two neighbours spell one ("FO-CFE-CGC" stays whole)."""
    unions = _union_acronyms()
    out: list[Candidate] = []
    for c in cands:
        name = text[c.start : c.end]
        parts = name.upper().split("-")
        if c.label != "organization" or len(parts) < 2 or name.upper() in unions or not name[:1].isupper() \
                or not all(p in unions for p in parts) \
                or any(f"{a}-{b}" in unions for a, b in pairwise(parts)):
            out.append(c)
            continue
        start = c.start
        for part in parts:
            out.append(Candidate("organization", start, start + len(part), "rules",
                                 {"name": text[start : start + len(part)], "why": "union list"}))
            start += len(part) + 1
    return out


def _union_branches(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A trade union's own structure (models/organizations.json: union_branch_heads and
    union_branch_levels): after an article, a lower-case kind ("union", "fédération",
    "syndicat", "section", or "UD", "UL"), at most two levels ("départementale", "locale")
    and a union's acronym ("l'union départementale CGT", "la fédération FO", "l'UL CFDT"),
    then the trade it gathers after "de" ("des cheminots") or the town it serves
    ("de Raon-l'Étape"); or, after an article, the acronym and a trade written after it
    with no preposition, plural or hyphenated ("la CGT cheminots", "la CFDT santé-sociaux").
    One organization, whatever the model made of its parts; not when a name the rules keep
    runs out of it."""
    heads, levels, acronym = _union_lex()
    text = base.original_text(doc)
    out = list(cands)
    for tok in doc[1:]:
        if not tok.text.isupper() and not tok.is_lower:
            continue
        start_i = end = None
        if tok.text in heads or (tok.is_lower and fold(tok.text) in heads):
            if not _determined(doc, tok.i) or _described(doc, tok.i):
                continue
            j = tok.i + 1
            while j < len(doc) and j < tok.i + 3 and doc[j].is_lower and fold(doc[j].text) in levels:
                j += 1
            m = acronym.match(text, doc[j].idx) if j < len(doc) else None
            if m is None:
                continue
            k = _token_at(doc, m.end())
            start_i, end = tok.i, k
            served = _place_served(text, m.end())
            trade = _trade_end(doc, k)
            if served is not None:
                end = _token_at(doc, served.end())
            elif trade is not None:
                end = trade
            elif _site_after(doc, k):
                continue  # "la section CGT de l'usine X": the union at the firm's site
        elif doc[tok.i - 1].lower_ in ("la", "l'", "l\u2019") and (m := acronym.match(text, tok.idx)):
            k = _token_at(doc, m.end())
            if k >= len(doc) or doc[k].idx != m.end() + 1 or not doc[k].is_lower \
                    or doc[k].pos_ not in ("NOUN", "ADJ") or fold(doc[k].text) in _lex()["calendar"]:
                continue
            word = text[doc[k].idx :].split(" ", 1)[0]  # "santé-sociaux", hyphens and all
            if not ("-" in word[:40] or "Plur" in doc[k].morph.get("Number")):
                continue
            start_i = tok.i
            end = _token_at(doc, doc[k].idx + len(word.rstrip(",.;:)")))
        if start_i is None or end is None:
            continue
        start, stop = doc[start_i].idx, doc[end - 1].idx + len(doc[end - 1].text)
        over = [c for c in _name_cands(out) if base.overlaps(c.start, c.end, start, stop)]
        if any(c.start == start and c.end == stop and c.label == "organization" for c in over):
            continue
        _put_organization(out, text, start, stop, over)
    return out


@cache
def _confederations() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """The union confederations, in capitals ("UNSA", "SOLIDAIRES"); a member union's acronym
    hyphenated to one of them ("SNES-FSU", "SE-Unsa"); the names of unions, acronyms or in full,
    as they are written (models/organizations.json: union_confederations, union_names_in_full;
    roles/titles.json: union_acronyms)."""
    data = load_json("organizations.json")
    confs = sorted(data["union_confederations"], key=len, reverse=True)
    member = re.compile(r"(?<![\w-])([A-Z]{2}[A-Za-z]{0,7})-(" + "|".join(
        re.escape(c) + "|" + re.escape(c.capitalize()) for c in confs) + r")(?![\w-])")
    acronyms = set(load_json("roles/titles.json")["affiliations"]["union_acronyms"])
    names = sorted(acronyms | set(data["union_confederations"]) | set(data["union_names_in_full"]),
                   key=len, reverse=True)
    written = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r"|Unsa)(?![\w-])")
    return frozenset(c.upper() for c in confs), member, written


def _member_unions(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A member union's acronym joined by a hyphen to its confederation's ("le SNES-FSU", "le
    SGEN-CFDT", "le SE-Unsa") is one organization, whatever the model made of it (the two
    acronyms, a place, nothing); not a string of confederations alone ("CGT-CFDT", a list:
    `_union_lists`), nor when a name that runs out of it holds it ("l'union locale SNES-FSU de X")."""
    confs, member, _ = _confederations()
    out = list(cands)
    for m in member.finditer(text):
        if m.group(1).upper() in confs or m.group(1).upper() + "-" + m.group(2).upper() in confs:
            continue  # "CGT-CFDT", "CFE-CGC": confederations, a list or one's own name
        start, end = m.start(), m.end()
        over = [c for c in _name_cands(out) if base.overlaps(c.start, c.end, start, end)]
        if any(c.start == start and c.end == end and c.label == "organization" for c in over):
            continue
        _put_organization(out, text, start, end, over)
    return out


_UNION_GAP = re.compile(r"\s*(?:,|,?\s+(?:et|ou)\b)\s*(?:(?:de|à)\s+)?(?:(?:la|le|les)\s+|l['\u2019]\s*)?")


def _listed_unions(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A union's acronym or name left out or mistyped by the model ("SUD", read as the compass
    point, "Solidaires" or "Force ouvrière" opening a clause) is an organization when a list
    of unions holds it: a comma, "et" or "ou" (with "de" and an article) between it and another
    union's name ("la CGT, la CFDT et SUD", "Solidaires et la CGT", "FO, SUD et la CFDT"); a
    confederation's name in full ("Force ouvrière") is one on its own, in its capitals."""
    _, _, written = _confederations()
    found = [m for m in written.finditer(text) if not m.group(0).islower()]
    if not found:
        return cands
    full = {n for n in load_json("organizations.json")["union_names_in_full"] if " " in n}
    out = list(cands)
    for k, m in enumerate(found):
        pairs = [(a, b) for a, b in ((k - 1, k), (k, k + 1)) if a >= 0 and b < len(found)]
        listed = m.group(0) in full or any(
            _UNION_GAP.fullmatch(text, found[a].end(), found[b].start()) is not None for a, b in pairs)
        if not listed:
            continue
        start, end = m.start(), m.end()
        over = [c for c in _name_cands(out) if base.overlaps(c.start, c.end, start, end)]
        if not over or all(c.start == start and c.end == end and c.label in ("place", "misc") for c in over):
            _put_organization(out, text, start, end, over)
    return out


def _bare_acronyms_of_place(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """An acronym the model left out, after its article (or the article contracted with "de"
    or "à": "du", "au") and before "de" and a town, a département or a region the gazetteer
    knows ("La CPAM de Darney a fermé", "la CAF de Golbey", "le directeur du SDIS du Jura"):
    the body's acronym, which `_acronym_of_place` then names with its place; not an acronym
    of a kind of place, a party's or a thing's ("la RN de ...", "la TVA de ...")."""
    lex = _lex()
    text = base.original_text(doc)
    for tok in doc[1:]:
        name = tok.text
        if not is_acronym(name) or doc[tok.i - 1].lower_ not in DEFINITE_ANY \
                or name in lex["place_acronyms"] or name in lex["thing_acronyms"] \
                or _party_acronym(name, text, tok.idx) \
                or any(base.overlaps(c.start, c.end, tok.idx, tok.idx + len(name)) for c in cands):
            continue
        end = tok.idx + len(name)
        if _place_served(text, end) is not None:
            cands.append(Candidate("organization", tok.idx, end, "rules", {"name": name}))
    return cands


def _chez_firms(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """"chez" before one capitalized word that no gazetteer knows, that is no given name and
    that names no person of the document ("il a travaillé trente ans chez Brovinel", "Chez
    Fermilux, on embauche"): a firm, where people work or buy; a person's home is said with
    a civility or a given name ("chez M. Brovin", "chez Paul Brovin") or a kin after it ("chez
    Brovin, son oncle"), a family's with "les" ("chez les Brovin"), and a publisher's is seen
    apart. Not one of two names joined by "et" ("chez Brovin et Lagarde"): a partnership of
    people as often as a firm."""
    from factx import gazetteer
    from factx.resolve.names import is_given_name

    text = base.original_text(doc)
    people = {w for c in cands
              if c.label == "person" and (c.attrs.get("civility") or " " in c.attrs.get("name", ""))
              for w in c.attrs.get("name", "").split()}
    for tok in doc[:-1]:
        if tok.lower_ != "chez":
            continue
        nxt = doc[tok.i + 1]
        after = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
        name = nxt.text
        if not ((nxt.is_title and nxt.is_alpha) or ("-" in name and name[:1].isupper())) or len(name) < 3 \
                or (after is not None and (after.is_title or after.is_upper) and not after.is_punct) \
                or any(is_given_name(p) for p in name.split("-")) or name in people \
                or (after is not None and after.text == "," and tok.i + 3 < len(doc)
                    and doc[tok.i + 3].lower_ in ("sa", "son", "ses", "leur")) \
                or (after is not None and after.lower_ == "et" and tok.i + 3 < len(doc)
                    and doc[tok.i + 3].is_title) \
                or gazetteer.place_kind(name) is not None:
            continue
        start, end = nxt.idx, nxt.idx + len(name)
        over = [c for c in cands if base.overlaps(c.start, c.end, start, end)]
        if not over:
            cands.append(Candidate("organization", start, end, "rules", {"name": name}))
        elif len(over) == 1 and over[0].start == start and over[0].end == end \
                and over[0].label in ("person", "place", "misc") and not over[0].attrs.get("civility"):
            over[0].label = "organization"
            over[0].attrs["name"] = text[start:end]
    return cands


_ACTIVE_SUBJECT = frozenset(("nsubj",))


def _acting_acronyms(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """An acronym no gazetteer knows, after its definite article, that is the active subject
    of a verb ("La DDE a fermé la route", "Le SIVU scolaire a voté son budget"): a body
    that acts, whether the model left it out or read it as a place ("La MJC propose ...");
    not an acronym of a kind of place, a thing, a party or a kind of body ("le RMI a
    augmenté", "le TGV arrive", "l'ONG a dénoncé": `kind_acronyms`)."""
    from factx import gazetteer

    lex = _lex()
    for tok in doc[1:]:
        name = tok.text
        if not (2 <= len(name) <= 6 and tok.is_alpha and is_acronym(name)) \
                or doc[tok.i - 1].lower_ not in ("la", "le", "l'", "l’") \
                or tok.dep_ not in _ACTIVE_SUBJECT or tok.head.pos_ not in ("VERB", "AUX") \
                or name in lex["place_acronyms"] or name in lex["thing_acronyms"] \
                or name in lex["kind_acronyms"] \
                or name in _party_acronyms() or gazetteer.place_kind(name) is not None:
            continue
        start, end = tok.idx, tok.idx + len(name)
        over = [c for c in cands if base.overlaps(c.start, c.end, start, end)]
        if not over:
            cands.append(Candidate("organization", start, end, "rules", {"name": name}))
        elif len(over) == 1 and over[0].label == "place" and over[0].end == end \
                and over[0].start in (start, doc[tok.i - 1].idx):
            over[0].label, over[0].start = "organization", start  # "La MJC": its article is no part of it
            over[0].attrs["name"] = name
    return cands


def _party_acronym(name: str, text: str, start: int) -> bool:
    """A party's acronym at `start`, unless it is also the acronym of a territory's body and
    a feminine article says it is that body: "la MRC de Charlevoix" is a Québec regional
    county municipality, named with its territory, where "le MRC de Paris" is the branch of
    the French party (organizations.json `territory_acronyms`)."""
    if name not in _party_acronyms():
        return False
    return name not in _lex()["territory_acronyms"] \
        or not re.search(r"\b[Ll]a\s+$", text[max(0, start - 4) : start])


@cache
def _party_acronyms() -> frozenset[str]:
    """Parties' acronyms (roles/qualifiers.json): "le RPR des Hauts-de-Seine" is the party's
    branch, named by the party."""
    return frozenset(load_json("roles/qualifiers.json")["party_acronyms"])


# a place's name: a capitalized word, hyphens and elisions inside ("Côtes-d'Armor")
_PLACE_WORDS = re.compile(r"[A-ZÉÈÎÔ][\w'\u2019-]*\w")


def _acronym_led_names(cands: list[Candidate]) -> None:
    """A name the model took for a place that opens on an acronym no gazetteer knows, then
    a place ("la MJC Lorraine", "la CAF des Vosges", "l'ASPTT Nancy"), is a body of that
    place; not an acronym of a kind of place ("CHU de Nancy", "ZI Nord": `place_acronyms`)."""
    from factx import gazetteer

    lex = _lex()
    for c in cands:
        words = c.attrs.get("name", "").split()
        if c.label != "place" or len(words) < 2 or c.attrs.get("why"):
            continue
        first = words[0]
        rest = words[1:]
        while rest and rest[0].lower() in ("de", "du", "des", "la", "le", "les"):
            rest = rest[1:]
        if rest and rest[0].lower().startswith(("d'", "l'")):
            rest = [rest[0][2:], *rest[1:]]
        acronym = (is_acronym(first) and first not in lex["place_acronyms"]) or first in lex["word_acronyms"]
        if 2 <= len(first) <= 6 and acronym \
                and gazetteer.place_kind(first) is None and rest and gazetteer.place_kind(" ".join(rest)):
            c.label = "organization"


_NAME_FUNCTION_WORDS = frozenset(("que", "qui", "quoi", "de", "du", "des", "le", "la", "les", "et", "ou",
                                  "pour", "sans", "avec", "au", "aux", "en", "a", "à"))
_TEAM_ARTICLES = ("aux", "les", "des")


def _person_at(cands: list[Candidate], start: int) -> bool:
    return any(c.label == "person" and c.start <= start < c.end for c in cands)


def _capital_run_end(doc: Doc, k: int, cands: list[Candidate]) -> int:
    """End of the capitalized words from token k, joined by "de", a hyphen or an apostrophe,
    stopping at a sentence's start and at a person's name."""
    end = k
    while end < len(doc):
        tok = doc[end]
        if end > k and (tok.is_sent_start or _person_at(cands, tok.idx)):
            break
        if tok.is_title or (tok.is_upper and tok.is_alpha):
            end += 1
            continue
        if end > k and tok.lower_ in ("de", "du", "des", "-") and end + 1 < len(doc) \
                and doc[end + 1].is_title and not _person_at(cands, doc[end + 1].idx):
            end += 2
            continue
        break
    return end


def _untagged_capitals_end(doc: Doc, k: int, c: Candidate, cands: list[Candidate]) -> int:
    """End of the capitalized words from token k that go on the name of candidate c where the
    model stopped short ("Orval" + "Marine Systems", "The Boston" + "Herald"): right
    after its last word, which has a capital, one space between, inside the sentence and the
    line, words no other name covers, that open no person's name (no given name) and are no
    place; or k."""
    from factx import gazetteer
    from factx.resolve.names import is_given_name

    last = doc[k - 1]
    if not last.is_title or last.is_upper or last.is_punct:
        return k  # not after capitals: "DONNÉES CLINIQUES" + "Indications", a heading and the next
    end = k
    while end < len(doc):
        tok = doc[end]
        # one space after the word before: no full stop nor line break between them (the
        # parser's sentence starts are unsure inside such names: "Marine")
        gap = doc[end - 1].idx + len(doc[end - 1])
        if not (tok.is_title and tok.is_alpha) or tok.idx != gap + 1 or doc.text[gap] not in " \u00a0":
            break
        if any(base.overlaps(o.start, o.end, tok.idx, tok.idx + len(tok)) for o in cands if o is not c) \
                or is_given_name(tok.text) or gazetteer.place_kind(tok.text) is not None \
                or tok.pos_ in ("ADP", "DET", "PRON", "CCONJ", "SCONJ", "NUM") or tok.like_num:
            break
        end += 1
    return end


def _bare_tail(doc: Doc, end: int) -> int:
    """A name of capitalized words ending before token `end` closes on "de" and a bare noun
    when that closes the phrase ("Haguenau Cœur" + "de ville" + ","): the new end, or `end`."""
    if end + 2 < len(doc) and doc[end].lower_ == "de" and doc[end + 1].is_lower \
            and doc[end + 1].pos_ == "NOUN" and doc[end + 2].is_punct:
        return end + 2
    return end


def _run_on_names(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Local bodies named by a town and words of their own (see tests/test_run_on_names.py):
    - a body's name that ends on its town goes on over the capitalized words after it ("la
      communauté d'agglomération de Sarreguemines Confluences");
    - a name never ends on a function word ("l'UFC-Que Choisir");
    - a name of capitalized words inside a sentence may end on "de" and a bare noun closing
      the phrase ("l'union commerciale Brévanne Cœur de bourg,");
    - a town and a capitalized word that is no place, after "liste", after a body's kind, or
      after a plural article that no town takes ("tête de liste de Montbard Autrement", "face
      aux Vichy Lions"), is a list, an association or a team."""
    from factx import gazetteer

    text = base.original_text(doc)
    for c in list(cands):
        if c not in cands:
            continue
        if c.label == "misc" and _english_title(c):
            # "The Kelvindale" + "Reporter": an English title the model cut before a word it read
            # as a French verb or noun goes on over its capitalized words, whatever it names
            span = doc.char_span(c.start, c.end, alignment_mode="expand")
            if span is not None and len(span) and span.end < len(doc) \
                    and (tail := _untagged_capitals_end(doc, span.end, c, cands)) > span.end:
                _stretch(c, doc[tail - 1].idx + len(doc[tail - 1]), text, cands)
            continue
        if c.label != "organization":
            continue
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or not len(span) or span.end >= len(doc):
            continue
        last, nxt = doc[span.end - 1], doc[span.end]
        end = span.end
        last_word = re.split(r"[-\s]", c.attrs.get("name", "") or last.text)[-1]
        after_town = last.is_title and gazetteer.place_kind(last.text) is not None and len(span) > 1 \
            and nxt.is_title and not nxt.is_sent_start and not _person_at(cands, nxt.idx) \
            and gazetteer.place_kind(nxt.text) is None
        function_end = last_word[:1].isupper() and last_word.lower() in _NAME_FUNCTION_WORDS \
            and nxt.is_title and nxt.idx == c.end + 1 and not _person_at(cands, nxt.idx)
        if after_town or function_end:
            end = _capital_run_end(doc, span.end, cands)
        elif (tail := _untagged_capitals_end(doc, span.end, c, cands)) > span.end:
            end = tail
        elif last.is_title and not last.is_upper and len(span) >= 2 and all(t.is_title for t in span) \
                and span.start > 0 and doc[span.start - 1].is_lower and doc[span.start - 1].is_alpha:
            end = _bare_tail(doc, span.end)
        elif (territory := _territory_after_cause(doc, span, cands)) is not None:
            end = territory
        elif (named := _proper_name_after_kind(doc, span, cands)) > span.end:
            end = named
        if end > span.end:
            _stretch(c, doc[end - 1].idx + len(doc[end - 1]), text, cands)
    for i in range(1, len(doc) - 1):
        tok, nxt = doc[i], doc[i + 1]
        if not (tok.is_title and nxt.is_title and not nxt.is_sent_start and not tok.is_sent_start) \
                or gazetteer.place_kind(tok.text) != "town" or gazetteer.place_kind(nxt.text) is not None \
                or _person_at(cands, nxt.idx) or _person_at(cands, tok.idx):
            continue
        before = doc[i - 1].lower_
        listed = before == "liste" or (before in _DE and i >= 2 and doc[i - 2].lower_ == "liste")
        team = before in _TEAM_ARTICLES and doc[i - 1].is_lower
        if not (listed or team or _kind_before(doc, i) is not None):
            continue
        end = _capital_run_end(doc, i + 1, cands)
        if end - i >= 2 and not doc[end - 1].is_upper:
            end = _bare_tail(doc, end)
        start, end_c = tok.idx, doc[end - 1].idx + len(doc[end - 1])
        if any(c.label == "organization" and c.start <= start and c.end >= end_c for c in cands):
            continue
        over = [c for c in cands if c.label in ("place", "organization", "misc")
                and base.overlaps(c.start, c.end, start, end_c)]
        _put_organization(cands, text, start, end_c, over)
    return cands


def _proper_name_after_kind(doc: Doc, span: Span, cands: list[Candidate]) -> int:
    """End of the proper name a body's name closes on, where the model stopped at its kind: a
    name written with a capital inside its sentence and ending on lower-case words of kind
    ("le Cercle nautique", "l'Office départemental du tourisme") is completed by the
    capitalized words set right after it with no article, no preposition and no comma, a
    close apposition that says which one ("le Cercle nautique Les Cormorans", "l'Office
    départemental du tourisme Haute-Loire"); a lower-case adjective may close it ("Les
    Cormorans lorientais"), and a plural kind takes several names joined by "et" ("le
    Syndicat des appellations Saumur et Saumur blanc"). A person's name there is someone of
    the body, not its name; or span.end."""
    first, last = span[0], span[-1]
    k = span.end
    if len(span) < 2 or not first.is_title or first.is_sent_start or not last.is_lower \
            or not last.is_alpha or last.pos_ not in ("NOUN", "ADJ"):
        return k
    end = _apposed_capitals_end(doc, k, cands)
    if end == k:
        return k
    end = _closing_adjective_end(doc, end)
    plural = "Plur" in last.morph.get("Number") or last.lower_.endswith(("s", "x"))
    if plural and end + 1 < len(doc) and doc[end].lower_ == "et" \
            and (more := _apposed_capitals_end(doc, end + 1, cands)) > end + 1:
        end = _closing_adjective_end(doc, more)
    return end


def _apposed_capitals_end(doc: Doc, k: int, cands: list[Candidate]) -> int:
    """End of the capitalized words from token k, each one space after the word before (no
    full stop between, whatever the parser's sentence starts, unsure inside such names: "Cercle
    nautique" + "Les Cormorans"), none a person's nor opening on a given name; k when there are
    none or only articles and prepositions."""
    from factx.resolve.names import is_given_name

    end = k
    while end < len(doc):
        tok = doc[end]
        gap = doc[end - 1].idx + len(doc[end - 1])
        if end > k and tok.idx == gap and (tok.text == "-" or doc[end - 1].text == "-") \
                and tok.text[:1] in "-" + tok.text[:1].upper():
            end += 1  # a hyphenated name: "Saumur-Champigny"
            continue
        if tok.idx != gap + 1 or doc.text[gap] not in " \u00a0" \
                or not (tok.is_title or (tok.is_upper and len(tok) > 1)) or not tok.text[:1].isalpha() \
                or _person_at(cands, tok.idx) or (end == k and is_given_name(tok.text)):
            break
        end += 1
    if doc[end - 1].text == "-":
        end -= 1
    if all(doc[j].pos_ in ("DET", "ADP") for j in range(k, end)):
        return k
    return end


def _closing_adjective_end(doc: Doc, end: int) -> int:
    """`end`, or past the lower-case adjective right after a name that qualifies it ("Les
    Cormorans" + "lorientais", "Saumur" + "blanc")."""
    if end < len(doc) and doc[end].is_lower and doc[end].is_alpha \
            and doc[end].idx == doc[end - 1].idx + len(doc[end - 1]) + 1 \
            and (doc[end].pos_ == "ADJ" or (len(doc[end]) > 6 and doc[end].pos_ != "NOUN"
                                            and fold(doc[end].text).endswith(_DEMONYM_ENDINGS))):
        return end + 1
    return end


def _territory_after_cause(doc: Doc, span: Span, cands: list[Candidate]) -> int | None:
    """End of the territory a body's name closes on, when the model cut it off: a proper name
    that ends on the lower-case noun of its cause or its field ("le Front de libération",
    "le Parti du progrès") goes on over "du", "de la", "de l'", "des" and the capitalized
    name of the land it is for, which the model read as a place or a thing ("du Moraval"); a
    body or a person there is another name ("le Conseil de sécurité de l'ONU"), and a town
    after a bare "de" is where the body sits ("le Centre de recherche en X de Vandœuvre")."""
    last = doc[span.end - 1]
    if len(span) < 3 or not span[0].is_title or not last.is_lower or last.pos_ not in ("NOUN", "PROPN") \
            or doc[span.end].lower_ not in ("du", "de", "des"):
        return None
    k = span.end + 1
    if doc[span.end].lower_ == "de":  # a land takes its article; a town, the body's seat, none
        if k >= len(doc) or doc[k].lower_ not in ("la", "l'", "l\u2019"):
            return None
        k += 1
    if k >= len(doc) or not doc[k].is_title:
        return None
    o = next((o for o in cands if o.start == doc[k].idx), None)
    if o is None or o.label not in ("place", "misc"):
        return None
    end = doc.char_span(o.start, o.end, alignment_mode="expand")
    return end.end if end is not None else None


def _english_title(c: Candidate) -> bool:
    """The name opens on the English article, then a capitalized word: "The Kelvindale"."""
    words = c.attrs.get("name", "").split()
    return len(words) >= 2 and words[0] == "The" and words[1][:1].isupper()


def _stretch(c: Candidate, end: int, text: str, cands: list[Candidate]) -> None:
    """Candidate c runs to `end`; the names it covers there are part of it."""
    if any(o is not c and o.label == "organization" and base.overlaps(o.start, o.end, c.end, end)
           and o.end > end for o in cands):
        return
    over = [o for o in cands if o is not c and o.label in ("place", "organization", "misc")
            and o.start >= c.end and o.end <= end]
    _run_over(c, end, text, cands, over)


_OPEN_QUOTES = ("«", '"', "“")
_CLOSE_QUOTES = ("»", '"', "”")


_ACRONYM = re.compile(r"^[A-ZÀ-Ý]{2,}$")


def _names_the_quoted(doc: Doc, k: int, press: Collection[str]) -> bool:
    """Token k, introduced by a determiner, is a noun whose name follows in quotation marks: a
    noun of the press, or of a body (`quoted_name_heads`: "le club « Les Randonneurs du Val
    »", "le foyer rural « La Clé des Prés »", its lower-case adjectives between), or the
    acronym of a body that no gazetteer knows ("l'AAPPMA « La Truite de la Vallée »")."""
    from factx import gazetteer

    lex = _lex()
    if doc[k].is_lower and fold(doc[k].text) in press:
        return _determined(doc, k)
    while k >= 1 and doc[k].is_lower and doc[k].pos_ == "ADJ" \
            and fold(doc[k].text) not in lex["quoted_name_heads"]:
        k -= 1  # "le foyer rural", "l'association sportive"
    word = doc[k].text
    if doc[k].is_lower:
        return fold(word) in lex["quoted_name_heads"] and _determined(doc, k)
    return _ACRONYM.match(word) is not None and word not in lex["thing_acronyms"] \
        and word not in lex["kind_acronyms"] \
        and word not in lex["place_acronyms"] and gazetteer.place_kind(word) is None and _determined(doc, k)


def _quoted_titles(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A title in quotation marks given to a paper is that paper, an organization like any
    newspaper: right after a noun of the press (`press_heads`: "le journal « La Plume »"), or
    after that noun's participle phrase and a comma ("leur journal réalisé en classe, « Le
    Petit Écho »"). So is a name in quotation marks right after a noun or an acronym of a body
    (`_names_the_quoted`: "l'amicale « Les Joyeux Pétanqueurs »"). The title opens on a
    capital and holds no verb."""
    text = base.original_text(doc)
    heads = _lex()["press_heads"]
    for i, tok in enumerate(doc):
        if tok.text not in _OPEN_QUOTES or i + 1 >= len(doc) or not doc[i + 1].text[:1].isupper():
            continue
        close = next((j for j in range(i + 1, min(i + 9, len(doc))) if doc[j].text in _CLOSE_QUOTES), None)
        if close is None or close == i + 1 \
                or any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in doc[i + 1 : close]):
            continue
        k = i - 1
        if k >= 0 and doc[k].text == ",":
            k -= 1
            # the noun's participle phrase: "réalisé sur ordinateur", "écrit par les élèves"
            j = k
            while j > 0 and i - j <= 8 and doc[j].is_lower \
                    and doc[j].pos_ in ("ADP", "DET", "NOUN", "ADJ", "ADV"):
                j -= 1
            if j > 0 and doc[j].pos_ == "VERB" and doc[j].is_lower and doc[j].dep_ == "acl":
                k = j - 1
        if k < 1 or not _names_the_quoted(doc, k, heads):
            continue
        start, end = doc[i + 1].idx, doc[close - 1].idx + len(doc[close - 1])
        inside = [c for c in cands if c.label in _NAMED and base.overlaps(c.start, c.end, start, end)]
        if any(c.label == "person" for c in inside):
            continue
        # the model's name runs across a quotation mark ("Les Aigles » a perdu", "SIVOM « Val"):
        # no name does; the quoted one stands, and an acronym before it is a body of its own
        crossing = [c for c in inside if c.start < start or c.end > end]
        if crossing and not doc[k].is_lower:
            acro = doc[k].idx, doc[k].idx + len(doc[k])
            if not any(c.start <= acro[0] and acro[1] <= c.end for c in cands if c not in crossing):
                cands.append(Candidate("organization", acro[0], acro[1], "rules", {"name": doc[k].text}))
        for c in crossing:
            cands.remove(c)
        _put_organization(cands, text, start, end, [c for c in inside if c not in crossing])
    return cands


# "entier", "tout entier" after a noun: the whole of what it names ("le monde entier")
_WHOLE_AFTER = re.compile(r"\s+(?:tout(?:es?)?\s+)?enti(?:er|[eè]re)s?\b")


def _whole_of(text: str, end: int) -> bool:
    """"entier" right after a one-word name: the whole of a thing ("Le Monde entier", "la
    Planète entière"), which a body's name never takes; the name is the common noun."""
    return _WHOLE_AFTER.match(text, end) is not None


def _part_of_building(name: str) -> str | None:
    """"cour de l'hôtel Matignon", "parvis de la mairie de Varcourt", "cour du collège
    Jean-Moulin": a part of a building or of its grounds (organizations.json building_parts),
    its "de" and a building's, a venue's or a school's noun in lower case: what is named is the
    building or the school after "de" ("la cour d'appel", "la cour de l'Hôtel de Ville" have
    no such noun in lower case there and stay); None otherwise."""
    lex = _lex()
    low = name.lower().replace("\u2019", "'")
    for part in lex["building_parts"]:
        for de in (" de la ", " de l'", " du ", " des "):
            if low.startswith(part + de):
                inner = name[len(part) + len(de):]
                head = fold(inner).split(" ")[0]
                if " " in inner and inner[:1].islower() and (
                        head in lex["venues"] or head in lex["schools"] or head in lex["buildings"]):
                    return inner
                return None
    return None


def _not_bodies(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Organizations that name no body (see the module doc): an event, a text, a prize, a
    diploma or a regime ("Quatrième République") becomes misc; a day, a Roman numeral, a
    capitalized common noun or people addressed are dropped."""
    from factx import gazetteer

    lex = _lex()
    text = base.original_text(doc)
    out = []
    made = {c.attrs.get("name", "") for c in cands if c.label in ("place", "organization")
            and _one_made(doc, _token_starting_at(doc, c.start), c.attrs.get("name", ""))
            and gazetteer.place_kind(c.attrs.get("name", "")) is None}
    for c in cands:
        if c.label != "organization":
            out.append(c)
            continue
        name = c.attrs.get("name", "")
        words = _name_words(name)
        key = " ".join(words)
        if not words or key in lex["calendar"] or _ROMAN.match(name):
            continue
        tok = _token_starting_at(doc, c.start)
        if len(words) == 1 and tok is not None and _opens_sentence(doc, tok.i) and tok.is_title \
                and tok.idx + len(tok) == c.end and _sentence_capital_only(doc, tok):
            continue
        if tok is not None and _addressed(doc, tok.i):
            continue  # "Messieurs les Députés": people spoken to
        inner = _part_of_building(name)
        if inner is not None:  # "la cour de l'hôtel Matignon": the building is what is named
            shift = len(name) - len(inner)
            c.start += shift
            c.attrs["name"] = inner
            name, words = inner, _name_words(inner)
            if fold(inner).split(" ")[0] in lex["venues"]:
                c.label = "place"
        if len(words) == 1 and _whole_of(text, c.end):
            continue  # "Le Monde entier regarde ...": the world, a common noun with its capital
        if _division(words) or name in lex["thing_acronyms"] or _model_number(doc, tok, name) \
                or level_acronym(doc, name):
            c.label = "misc"  # "Nationale 3": a championship's level; "la TVA", "le RMI": things
        if words[0] in lex["non_bodies"] or " ".join(words[:2]) in lex["non_bodies"] \
                or (tok is not None and c.attrs.get("why") != "team" and _non_body_before(doc, tok.i, name)) \
                or _REGIME.match(name) \
                or name.split(" ", 1)[0] in lex["lower_non_bodies"] \
                or (tok is not None and tok.i >= 1 and doc[tok.i - 1].text in lex["lower_non_bodies"]):
            # "le programme Kavelo", with the noun in the name or before it
            # (a team beaten "au premier tour de X" is no event)
            c.label = "misc"
        out.append(c)
    for c in out:  # counted once ("une Clio"), the thing in every mention ("la Clio")
        if c.label in ("organization", "place") and c.attrs.get("name", "") in made:
            c.label = "misc"
    return out


_MODEL_NAME = re.compile(r"^[A-Z\u00c0-\u00dd][\w-]+ [A-Z]{0,2}\d{2,4}[a-z]?$")
_COUNTED = frozenset(("la", "le", "les", "l'", "l\u2019", "une", "un", "des", "sa", "son", "ses", "leur",
                      "leurs", "cette", "ce", "ces", "deux", "trois", "quatre", "cinq", "six", "dix", "cent"))


def _model_number(doc: Doc, tok: Token | None, name: str) -> bool:
    """"les Peugeot 306", "une Renault 21", "l'Airbus A380", "le CAC 40": a maker's name and a
    model's number after a determiner is a thing made (or an index), not the maker ("sur
    France 2" is a channel: no determiner)."""
    return tok is not None and tok.i > 0 and doc[tok.i - 1].lower_ in _COUNTED \
        and bool(_MODEL_NAME.match(name))


def _one_made(doc: Doc, tok: Token | None, name: str) -> bool:
    """"une Clio", "un Airbus", "une Twingo": a single capitalized word counted by an
    indefinite article is one thing made by or named after a maker, not the body (a body is
    named with the definite article: "la Renault", "chez Renault")."""
    if tok is None or tok.i == 0 or doc[tok.i - 1].lower_ not in ("un", "une"):
        return False
    if " " not in name:
        return name.istitle() and len(tok) >= len(name)
    return _maker_and_model(doc, tok, name)


def _maker_and_model(doc: Doc, tok: Token, name: str) -> bool:
    """"une Renault Clio", "une Citroën Xsara Picasso", "un Ford Transit": a maker's name and
    a model's, capitalized words that are names throughout, the first a proper noun (no
    adjective, no "de", no common noun first: "un Crédit Mutuel", "une Caisse d'Épargne",
    "une Banque Populaire" are branches of a body), after an indefinite article, is one
    thing made; not when the first word is a body's noun nor any word a place's name."""
    from factx import gazetteer

    words = name.split(" ")
    span = doc[tok.i : tok.i + len(words)]
    return 2 <= len(words) <= 3 and len(span) == len(words) \
        and all(w[:1].isupper() and w.replace("-", "").isalpha() and not w.isupper() for w in words) \
        and span[0].pos_ == "PROPN" and all(t.pos_ in ("PROPN", "NOUN") for t in span[1:]) \
        and fold(words[0]) not in _lex()["body_words"] \
        and all(gazetteer.place_kind(w) is None for w in words)


_REGIME = re.compile(r"^(?:[IVX]+e|\d+e|\w+i[eè]me|premi[eè]re|seconde?)\s+(?:République|Empire|Reich)\b",
                     re.IGNORECASE)


def _division(words: list[str]) -> bool:
    """The folded words of a name are a level of a championship: a level word and only
    numbers, letters, words of level or territory after it ("nationale 3", "promotion
    d'honneur", "excellence regionale")."""
    lex = _lex()
    return len(words) >= 2 and words[0] in lex["divisions"] and all(
        w in lex["division_tails"] or w.isdigit() for w in " ".join(words[1:]).replace("d' ", "d'").split())


def _addressed(doc: Doc, i: int) -> bool:
    """Token i follows a civility and an article: "Messieurs les Députés"."""
    return i >= 2 and doc[i - 1].lower_ in _ARTICLES and doc[i - 2].lower_ in (
        "messieurs", "mesdames", "monsieur", "madame", "mesdemoiselles")


def cut_at_line_breaks(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """No name runs over a line's end: "Assemblée générale du Judo club de Vierzon" + "\n" +
    "Le président ..." is the headline's name, ending with its line (the parser and the model
    may run a headline into the next line). The name keeps the line it starts on."""
    text = base.original_text(doc)
    out: list[Candidate] = []
    for c in cands:
        cut = text.find("\n", c.start, c.end) if c.label in _NAMED else -1
        if cut < 0:
            out.append(c)
            continue
        end = cut
        while end > c.start and text[end - 1] in " \t\r.,;:":
            end -= 1  # the line's full stop is no part of the name ("devant un McDonald's.")
        if end - c.start < 2:
            continue
        name = c.attrs.get("name")
        attrs = dict(c.attrs)
        if isinstance(name, str) and "\n" in name:
            attrs["name"] = name[: name.index("\n")].rstrip(" \t\r.,;:")
        out.append(Candidate(c.label, c.start, end, c.source, attrs))
    return out


@cache
def _word_sets() -> dict[str, frozenset[str]]:
    """Folded word lists of organizations.json read by the reference-line and time-tail steps."""
    data = load_json("organizations.json")
    return {key: frozenset(fold(w) for w in data[key]) for key in (
        "identifier_schemes", "time_tails", "english_title_words", "french_function_words")}


_ID_CODE = re.compile(r"[ \t]*:?[ \t]*(?:\d[\d \t-]{3,}[\dXx]\b|[A-Z]{2}\d)")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*\u2022^]|\d+\.)[ \t]")
_QUOTE_MARKS = frozenset(_OPEN_QUOTES + _CLOSE_QUOTES)  # either way round, on a reference's line
_LETTERS = re.compile(r"[^\W\d_]+")


def _quoted_on_line(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The quoted segment around `start`-`end`, when it stands on a list item's line."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    last = len(text) if last < 0 else last
    if not _LIST_ITEM.match(text, first):
        return None
    opens = [k for k in range(first, start) if text[k] in _QUOTE_MARKS]
    if len(opens) % 2 == 0:
        return None
    close = next((k for k in range(end, last) if text[k] in _QUOTE_MARKS), None)
    return None if close is None else (opens[-1] + 1, close)


def _english(segment: str, words: dict[str, frozenset[str]]) -> bool:
    folded = [fold(w) for w in _LETTERS.findall(segment)]
    return any(w in words["english_title_words"] for w in folded) \
        and not any(w in words["french_function_words"] for w in folded)


def not_bodies_in_references(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Two things of a reference list that are no organization. An identifier scheme's acronym
    followed by its code ("ISBN 2-9504418-3-7", "ISSN 1234-5679") names a number. A quoted title
    in English on a list item's line ("- \"Storm hits towns at dawn\", Ledger, 2004") is a cited
    work: the French model's organization inside it is a piece of the title, unless it is an
    acronym or the document names it as an organization outside that title."""
    words = _word_sets()
    text = base.original_text(doc)
    orgs = [c for c in cands if c.label == "organization"]
    if not orgs:
        return cands
    drop: set[int] = set()
    quotes = any(q in text for q in _QUOTE_MARKS)
    for c in orgs:
        name = c.attrs.get("name") or text[c.start : c.end]
        if fold(name) in words["identifier_schemes"] and _ID_CODE.match(text, c.end):
            drop.add(id(c))
            continue
        if not quotes or is_acronym(name):
            continue
        quoted = _quoted_on_line(text, c.start, c.end)
        if quoted is None or not _english(text[quoted[0] : quoted[1]], words):
            continue
        if any(o is not c and fold(o.attrs.get("name") or "") == fold(name)
               and not quoted[0] <= o.start < quoted[1] for o in orgs):
            continue
        drop.add(id(c))
    return [c for c in cands if id(c) not in drop] if drop else cands


def time_tails(doc: Doc, cands: list[Candidate]) -> None:
    """An adjective of time or succession after a body's name ("le Parlement précédent", "le
    conseil sortant") says which holder of the name is meant; it is no word of the name. After
    a title and "de" the adjective may be the holder's ("le président du Conseil sortant", the
    outgoing head of government): that name is left to the roles."""
    from factx.resolve.lexicon import lexicon

    tails = _word_sets()["time_tails"]
    text = base.original_text(doc)
    for c in cands:
        if c.label != "organization":
            continue
        span = doc.char_span(c.start, c.end)
        if span is None or len(span) < 2 or fold(span[-1].lower_) not in tails or not span[-1].is_lower:
            continue
        k = span.start - 1
        if k >= 1 and doc[k].lower_ in _ARTICLES and doc[k - 1].lower_ in _DE:
            k -= 1  # "de la", "de l'"
        if k >= 1 and doc[k].lower_ in _DE and lexicon().title_of(doc[k - 1].lower_) is not None:
            continue
        c.end = span[-2].idx + len(span[-2].text)
        c.attrs["name"] = text[c.start : c.end]


# the words of a body named after a person's friends ("l'Union des amis de Jules Verne")
_FRIENDS = {"amis", "amies", "compagnons", "fideles", "partisans", "heritiers"}

# "de" or "d'" then a given name and its surname to the end of a body's name
_LEADER_TAIL = re.compile(r"\s(?:de|d['\u2019])\s?([A-ZÉÈÎÔ][\w-]+)"
                          r"((?:\s(?:[A-ZÉÈÎÔ][\w'\u2019-]+|de|da|di|van|von|el|al|ben|bin))*"
                          r"\s[A-ZÉÈÎÔ][\w'\u2019-]+)$")


def _leaders_of_bodies(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A party or a movement named by its leader, "le Parti démocrate de Matteo Renzetti", "l'Union
    du centre de Pierre Vasseline", "le Front civique de Marine Le Bihanec": when the model
    ran the body's name over "de" and the leader's full name (a given name of the table, then
    the surname), the body ends before "de" and the leader is a person. Not a name of one word
    after "de" ("Ordre de Malte", "Académie de Marine"), nor a given name that a gazetteer
    knows as a place; only a name a party's noun opens ("Parti", "Front", "Union"), not one
    of its friends ("l'Union des amis de X") nor any other body named after a person."""
    from factx import gazetteer
    from factx.resolve.names import is_given_name

    out = list(cands)
    taken = {(c.start, c.end) for c in cands if c.label == "person"}
    for c in cands:
        name = text[c.start : c.end]
        m = _LEADER_TAIL.search(name) if c.label == "organization" else None
        while m is not None and not is_given_name(m.group(1).split("-")[0]):
            # the leader after the body's own place: "le Parti radical de Serbie de Goran X"
            m = _LEADER_TAIL.search(name, m.start() + 1)
        if m is None or gazetteer.place_kind(m.group(1)) is not None or m.start() == 0:
            continue
        body = name[: m.start()].rstrip()
        words = _head_words(body)
        if not words or words[0] not in _lex()["party_heads"] or words[-1] in _FRIENDS \
                or not any(w[:1].isupper() for w in body.split()):
            continue  # "l'Association des amis de Jules Verne", "le Musée de Victor Hugo": named after
        start = c.start + m.start(1)
        c.end = c.start + len(body)
        c.attrs["name"] = text[c.start : c.end]
        if (start, c.start + len(name)) not in taken:
            out.append(Candidate("person", start, c.start + len(name), "rules",
                                 {"name": text[start : c.start + len(name)], "why": "leader of a body"}))
    return out


def refine(doc: Doc, cands: list[Candidate], words: Collection[str] = frozenset()) -> list[Candidate]:
    """The entity candidates with factx's organization rules applied (see the module doc);
    `words` are the common nouns and adjectives of the model's lexicon, when it has them."""
    text = base.original_text(doc)
    # the model's spans that run over a line's end are cut there first, so that the rules
    # below read the name of the line ("l'US Val-de-Loire B." + "\n\n" + "Les Blésois")
    cands = _dangling_de(text, _own_coordination(text, cut_at_line_breaks(doc, cands)))
    _n_names(text, cands)
    cands = _club_word_towns(doc, _adjacent_names(text, cands))
    _cardinal_points(doc, cands)
    cands = _secretary_posts(doc, _portfolio_chains(doc, _drop_portfolios(doc, cands)))
    cands = _generic_rubrics(text, _drop_capital_headings(text, cands))
    cands = _drop_non_names(doc, cands)
    cands = _meetings(doc, cands)
    cands = _undetermined_heads(doc, cands)
    cands = _split_parent_acronym(text, cands)
    _trim_past_end(doc, cands)
    cands = _domain_bodies(doc, _add_institutions(doc, cands))
    _trim_seat(text, cands)
    _trim_local_branches(text, cands)
    cands = _enumerated_domains(doc, cands)
    _venues_are_places(cands)
    cands = _public_bodies(doc, _kind_named_bodies(doc, _local_bodies(doc, cands)))
    _split_second_kind(doc, cands)
    cands = _split_coordinated_names(text, cands)
    cands = _trade_names(doc, cands)
    _kind_adjective_names(doc, cands)
    cands = _titled_names(doc, cands)
    cands = _described_names(text, cands)
    cands = _groupings_of_communes(doc, _family_firms(doc, _names_before_legal_forms(
        doc, _legal_form_names(doc, cands))))
    _apposed_bodies(doc, cands)
    _coordinated_with_organizations(doc, cands)
    cands = _club_names(doc, cands)
    cands = _city_as_body(doc, cands)
    _played_clubs(doc, cands)
    _sports_clubs(doc, cands)
    _rubric_teams(doc, cands)
    _listed_clubs(doc, cands)
    _town_clubs(cands)
    cands = _cut_body_names(text, cands)
    _body_noun_names(doc, cands)
    _acronym_led_names(cands)
    cands = _acronym_of_place(text, _acting_acronyms(doc, _bare_acronyms_of_place(doc, cands)))
    cands = _union_branches(doc, _listed_unions(text, _member_unions(text, _union_lists(text, cands))))
    _purpose_complements(doc, cands)
    _coordinated_complements(doc, cands)
    _friends_of(text, cands)
    cands = _run_on_names(doc, cands)
    cands = _chez_firms(doc, _quoted_titles(doc, cands))
    cands = _movements(doc, cands)
    cands = _word_acronyms(doc, cands)
    cands = _bodies_in_exile(doc, _missions_in_countries(doc, cands))
    cands = _leaders_of_bodies(text, cands)
    _firms_at_their_site(doc, cands)  # after the names run on ("PSA" + "de Sochaux")
    _own_names_before_their_town(doc, cands, words)
    _by_evidence(doc, cands)
    cands = _known_media(doc, cands)
    _media(doc, cands)
    cands = _press_titles(doc, cands)
    _title_adjectives(doc, cands)
    _acting_bodies(doc, cands)  # after "Les Faucons" + "noirs"
    _wrecked_ships(text, cands)
    cands = _german_bodies(text, _national_charities(doc, cands))
    # a legal form alone is a kind of firm, not its name ("gérant de la SARL")
    forms = _lex()["legal_forms"]
    cands = [c for c in cands if not (c.label == "organization" and c.attrs.get("name") in forms)]
    return _names_only_arrived_at(doc, _not_bodies(doc, cands))


def _arrived_at(doc: Doc, c: Candidate) -> bool:
    """Mention c is where someone is or comes from: a fronted "À X," opening its sentence
    ("A Pine Harbor, dans l'Oregon, …", "A" being "À" without its accent), a nickname
    quoted after "à" ("toujours à « Kerbo »"), or after "de retour de" ("de retour
    d'El-Fasher"); not "à X" after a verb or a noun, where X is often a body spoken or
    belonging to ("affilié à Orvalis", "a déclaré à Radio Kervel")."""
    tok = _token_starting_at(doc, c.start)
    if tok is None or tok.i < 1:
        return False
    prev = doc[tok.i - 1]
    if prev.text in ("à", "À", "A") and prev.is_sent_start:
        end = next((t for t in doc[tok.i :] if t.idx >= c.end), None)
        return end is not None and end.text == ","
    if prev.text in _OPEN_QUOTES and tok.i >= 2 and doc[tok.i - 2].text in ("à", "À"):
        return True
    return prev.lower_ in ("de", "d'", "d\u2019") and tok.i >= 3 and doc[tok.i - 2].lower_ == "retour" \
        and doc[tok.i - 3].lower_ == "de"


def _names_only_arrived_at(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A name the model called an organization that the document only ever writes as a
    place one is at or comes from (`_arrived_at`), in capitals only, with no acronym and no
    body word of factx's rules (`why`), is a place ("A Pine Harbor, dans l'Oregon, …";
    "de retour d'El-Fasher")."""
    by_name: dict[str, list[Candidate]] = {}
    for c in cands:
        if c.label == "organization":
            by_name.setdefault(c.attrs.get("name", ""), []).append(c)
    for name, cs in by_name.items():
        words = name.replace("-", " ").split()
        if not words or len(words) > 3 or any(not w[:1].isupper() for w in words) \
                or any(is_acronym(w) for w in words) \
                or any(c.source != "ner" or c.attrs.get("why") for c in cs):
            continue
        if all(_arrived_at(doc, c) for c in cs):
            for c in cs:
                c.label = "place"
    return cands


def parties_conferences(cands: list[Candidate]) -> None:
    """"la COP21", "la COP 18": the conference of the parties of a treaty, its supreme body,
    named by its acronym and the number of its session (`parties_conferences`), is an
    organization, which the model had made a thing or an event."""
    acronyms = _lex()["parties_conferences"]
    for c in cands:
        m = _NUMBERED_ACRONYM.match(c.attrs.get("name", "")) if c.label != "organization" else None
        if m and m.group(1) in acronyms:
            c.label = "organization"


# an acronym and the number of a session: "COP21", "COP 21", "COP-21"
_NUMBERED_ACRONYM = re.compile(r"^([A-Z]{2,5})[ -]?\d{1,3}$")
