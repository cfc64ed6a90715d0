"""Quote facts: direct quotations and who said them.

Every « ... », “ ... ”, "..." and dialogue-dash quotation of five words or more is a quote
fact; titles of works ("un spectacle intitulé « ... »") are not. The speaker comes from a
cascade, each step named in the fact's `rule`:

- `incise`: a speech verb right after the closing mark ("», souligne Mme Doussin",
  "» a-t-il déclaré", "— Nous partirons, a dit X"), or later in the same sentence after
  a comma ("« ... » et n'octroyer aucune immunité, a déclaré X");
- `according_to`: "selon X", "d'après X", "Pour X, « ... »", "De l'avis de X, « ... »"; not a
  source set right after a verb of saying whose subject is named ("X a déclaré, selon l'AFP,
  que « ... »", "X a affirmé que « ... », selon Reuters": the report's source; X said it);
- `verb_before`: the subject of a speech verb before the opening mark in the same sentence
  ("X a estimé que « ... »", "X l'a dit : « ... »");
- `colon`: the subject of the clause that a colon closes ("X n'est pas optimiste : « ... »");
- `same_sentence`: another quotation of the same sentence has a speaker (a quotation split
  by its incise, "a indiqué « ... », et à « ... »");
- `continuation`: the quotation opens a sentence right after one of the previous speaker's,
  with nobody else named between; or a paragraph of a quotation running over several
  ("« ... ¶« ... », dit X"), each opened by a mark, takes the speaker of the last; or the
  next quotation's verb says its speaker goes on ("« A. » « B », a-t-il poursuivi");
- `introduced`: a first-person quotation opening its sentence, attributed nowhere, right
  after a sentence whose active subject is the one person it names ("Jean Dupont ne
  décolère pas. « On nous a oubliés »"); any clause when that sentence says the person's
  stance ("La trésorière, Sylvie Roux, se veut prudente. « Les subventions baissent »");
- `predicate`: a quotation opening the predicate of a subject named just before it ("X est
  « heureux de ... »", "X « regrette ... »");
- `cleft`: the sentence after the quotation names its speaker ("« ... ». C'est ce qu'a
  affirmé X", "Voilà ce que X a déclaré");
- `named_after`: a first-person quotation opening its paragraph (or a sentence of it after
  sentences naming no one), attributed nowhere, is
  the words of the one person the next sentence names as its subject ("« ... ». Jean
  Perrin ne cache pas sa satisfaction."), unless that sentence marks a contrast;
- `lead`: an article whose body opens on a quotation attributed nowhere introduces its
  speaker in the next sentence: the one person named there for the first time, as a
  clause's subject (or in apposition to it), or as the agent of a noun of saying's
  participle ("« ... » Le constat dressé vendredi par X a ouvert l'assemblée");
- `interview`: a dialogue line answering a question line is the person interviewed's, as
  is an answer in quotation marks on the line after a question put to someone;
- `echo`: a quotation whose words one speaker's quotation repeats (a headline);
- `reported`: a quotation in a sentence naming nobody and saying nothing of its own goes on
  with the speech the sentence before reports ("X explique le danger : ... . Et de citer
  les pays « qui ... »").

Not quotations: titles of works and cited articles ("intitulé « ... »", "cf. « ... »"),
list items opened by a hyphen with no incise, a straight mark that cannot open (glued to
the word before, or followed by a stop: the closing mark of a lost pair), and a phrase with
no finite verb that nobody is said to say (a name, a label, a charge in quotation marks).

The speaker named by a noun phrase: a person named in it (apposition, "l'entraîneur
Michel Blanc"), an organization that is its head ("la Banque du Canada") or whose
spokesperson or statement it is ("un porte-parole de X", "un communiqué de X"), the one
person a title points to ("répond le ministre"), the organization a class noun points to
("le ministère", "l'ONG"). A person named only as a complement ("l'avocate de Bernard") is
not the speaker, nor is the organization a title belongs to ("le président de la FIFA").
A pronoun ("a-t-elle déclaré") is the speaker quoted just before when nobody else who fits
was named since, else the subject of the nearest sentence naming someone who fits (gender
from civility and titles); two candidates, or an unnamed person as the nearest subject,
give none. A wrong speaker is worse than none: then `speaker` is null and `rule` "none".
Speech verbs are data (models/roles/verbs.json and models/quotes.json).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc, Span, Token

from factx import gazetteer
from factx.components import base
from factx.normalize import normalize
from factx.resolve.gentiles import gentile_form
from factx.resolve.lexicon import lexicon, parties
from factx.resolve.names import fold, given_name_gender, lone_given_name_gender
from factx.resolve.patterns import DepMatches
from factx.resolve.roles import CIVILITIES, NEGATION, _body_kind, _kind_words, _union
from factx.resolve.roles import person_gender as title_gender
from factx.resolve.spans import EntityIndex
from factx.resources import load_json
from factx.temporal.header import first_line_start
from factx.types import Entity

SPEAKERS = ("person", "organization", "misc")
PAIRS = {"«": "»", "“": "”", "„": "“"}
DASHES = ("—", "–", "-")
ON_FORMS = ("on", "-on", "t-on", "-t-on")  # "on", as written after the verb too ("lit-on")
PRONOUNS = {"il", "elle", "ils", "elles", "-il", "-elle", "-ils", "-elles", "t-il", "t-elle", "-t-il",
            "-t-elle", "-t-ils", "-t-elles", "t-ils", "t-elles"}
MIN_WORDS = 5
HAVE_FORMS = frozenset({"a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "eut"})
# words between the mark and an incise's verb: "», nous a confié X", "», leur a-t-il dit"
INCISE_FILLERS = frozenset({"a", "ont", "avait", "-t", "t", "ne", "n'", "se", "s'", "nous", "m'", "me", "lui",
                            "leur", "vous"})
# subject pronouns for one or some of a group, nobody named: "L'un d'eux a pris la parole."
ONE_OF_A_GROUP = frozenset({"un", "une", "l'un", "l'une", "chacun", "chacune", "aucun", "aucune", "certains",
                            "plusieurs"})
AUX_WORDS = {"a", "ont", "ne", "n'", "y"}
AUXILIARIES = {"avoir", "être", "pouvoir", "devoir", "faire", "aller", "venir", "sembler", "paraître"}
OBJECT_CLITICS = {"l'", "le", "la", "les", "lui", "leur", "se", "s'", "me", "m'", "te", "t'"}
SUBJECT_DEPS = ("nsubj", "nsubj:pass")
NAME_DEPS = ("flat:name", "flat", "compound", "appos", "flat:foreign")
NOBODY = "nobody"  # a noun phrase naming no one: the cascade stops, the speaker is null
SENTENCE_END = re.compile(r"[.!?]\s|\n")
FULL_STOP = re.compile(r"[.!?](?=\s)")
WORD = re.compile(r"[a-zàâçéèêëîïôöûùüÿœæ]+'?")
WILL_VERBS = frozenset({"vouloir", "souhaiter", "désirer", "préférer"})  # "X a voulu rappeler ..."
DATELINE_DASHES = (*DASHES, "_", "._", "-.")  # "TOUL. - ", "METZ._ "
# a dateline alone before a paragraph's opening quotation ("TOUL. —", "Metz, le 3 mai -")
DATELINE_BEFORE = re.compile(r"[A-ZÀ-Ý][^\n«»“”\"]{0,50}?\s*(?:—|–|-|_)")
# prepositions that hang a name on the verb of saying, not on the speaker's title: the one
# spoken to or before ("a répondu le ministre à X", "a déclaré la porte-parole à l'AFP",
# "devant le Parlement", "avec X")
VERB_PREPS = frozenset({"à", "au", "aux", "devant", "avec"})
QUOTE_MARKS = frozenset({"«", "»", "“", "”", '"'})
# a role no longer held: not the body's voice (body_voice())
PAST_STATUSES = frozenset({"former", "outgoing"})
# spokesperson nouns (folded) that are a person's title ("X, porte-parole du parti"), not a text
SPOKES_PEOPLE = frozenset({"porte parole", "porte voix", "representant", "representante"})
# the relative pronouns after "selon" or "pour" that take up the name before them ("X, selon qui")
RELATIVE_SOURCES = frozenset({"qui", "lequel", "laquelle", "lesquels", "lesquelles"})
STRESSED = {"lui": "pronoun:m", "elle": "pronoun:f", "eux": "pronoun_pl", "elles": "pronoun_pl"}
CLAUSE_WORDS = {"je", "j'", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "ne", "n'"}
WORD_VOUS = re.compile(r"\b(vous|votre|vos)\b|-vous\b")
GERUND_CLITICS = frozenset({"lui", "leur", "se", "s'", "s’", "me", "m'", "m’", "te", "t'", "nous", "vous",
                            "y", "le", "la", "l'", "l’", "les"})  # between "en" and its participle
FIRST_PERSON = {"je", "j'", "me", "m'", "moi", "nous", "mon", "ma", "mes", "notre", "nos", "on"}
FIRST_PLURAL = {"nous", "notre", "nos", "on"}
FIRST_SINGULAR = FIRST_PERSON - FIRST_PLURAL


@dataclass
class Quote:
    speaker: Entity | None
    text: str
    start: int
    end: int
    verb: str | None
    rule: str = "none"
    dash: bool = False  # a dialogue line opened by a dash (not in the output)

    def to_data(self) -> dict[str, Any]:
        return {"speaker": self.speaker.id if self.speaker is not None else None, "text": self.text,
                "start": self.start, "end": self.end, "verb": self.verb, "rule": self.rule}


@dataclass(frozen=True)
class QuoteWords:
    speech: frozenset[str]
    speech_forms: frozenset[str]
    opinion_verbs: frozenset[str]
    spokes_nouns: frozenset[str]
    org_nouns: frozenset[str]
    human_nouns: frozenset[str]
    work_markers: frozenset[str]
    label_markers: frozenset[str]
    org_generic: frozenset[str]
    management_nouns: frozenset[str]
    organ_nouns: frozenset[str]
    stance_adjectives: frozenset[str]
    demonym_suffixes: frozenset[str]
    contrast: frozenset[str]
    stance_nouns: frozenset[str]
    view_openers: frozenset[str]
    stance_verbs: frozenset[str]
    continuing_verbs: frozenset[str]
    reply_verbs: frozenset[str]
    incise_forms: frozenset[str]
    view_nouns: frozenset[str]
    group_nouns: frozenset[str]
    not_speech_pronominal: frozenset[str]
    death_nouns: frozenset[str]
    life_nouns: frozenset[str]  # "le départ de son oncle, X,": X is the uncle (titled_complement)
    death_verbs: frozenset[str]
    status_titles: frozenset[str]
    plain_person_nouns: frozenset[str]
    recast_adjectives: frozenset[str]
    member_nouns: frozenset[str]
    call_verbs: frozenset[str]
    topic_verbs: frozenset[str]
    memory_nouns: frozenset[str]
    succession_stems: frozenset[str]
    memory_verbs: frozenset[str]
    read_verbs: frozenset[str]
    publish_verbs: frozenset[str]
    address_verbs: frozenset[str]
    asking_verbs: frozenset[str]
    text_nouns: frozenset[str]
    agent_participles: frozenset[str]
    speech_phrases: frozenset[str]
    naming_verbs: frozenset[str]
    impersonal_verbs: frozenset[str]
    former_adjectives: frozenset[str]
    echo_nouns: frozenset[str]
    sentence_verbs: frozenset[str]
    honorifics: frozenset[str]
    interview_cues: frozenset[str]
    interview_said: frozenset[str]
    interviewer_cues: frozenset[str]
    portrait_passives: frozenset[str]
    reporter_nouns: frozenset[str]
    stance_copulas: frozenset[str]
    saying_nouns: frozenset[str]
    communication_verbs: frozenset[str]  # said by lemma only, no stem (models/quotes.json)
    control_verbs: frozenset[str]
    media_heads: frozenset[str]  # "l'agence X", "le quotidien X": X is a medium
    media_names: frozenset[str]  # wires and broadcasters cited by name alone ("l'AFP")
    utter_verbs: frozenset[str]  # "Ces mots, X les a prononcés": verbs whose object is words said
    incise_day_parts: frozenset[str]  # "», confiait hier matin X": parts of a day in an incise
    # derived from the fields above, once
    stance_words: frozenset[str] = field(init=False)  # adjectives and nouns of a stance
    view_words: frozenset[str] = field(init=False)  # nouns of a stance or a view
    suffixes: tuple[str, ...] = field(init=False)  # demonym_suffixes, for str.endswith
    opener_words: tuple[list[str], ...] = field(init=False)  # view_openers, word by word
    opener_index: dict[str, tuple[list[str], ...]] = field(init=False)  # opener_words by first word
    phrase_words: tuple[list[str], ...] = field(init=False)  # speech_phrases, word by word
    reply_stems: tuple[str, ...] = field(init=False)
    continuing_stems: tuple[str, ...] = field(init=False)
    memory_stems: tuple[str, ...] = field(init=False)
    echo_longest: tuple[str, ...] = field(init=False)  # echo_nouns, longest first

    def __post_init__(self) -> None:
        derive = object.__setattr__  # frozen: the derived fields are set once, here
        derive(self, "stance_words", self.stance_adjectives | self.stance_nouns)
        derive(self, "view_words", self.stance_nouns | self.view_nouns)
        derive(self, "suffixes", tuple(self.demonym_suffixes))
        derive(self, "opener_words", tuple(p.replace("'", "' ").split() for p in self.view_openers))
        derive(self, "opener_index", {w: tuple(p for p in self.opener_words if p[0] == w)
                                      for w in {p[0] for p in self.opener_words}})
        derive(self, "phrase_words", tuple(p.split() for p in self.speech_phrases))
        derive(self, "reply_stems", tuple(v[:-2] for v in self.reply_verbs))
        derive(self, "continuing_stems", tuple(v[:-2] for v in self.continuing_verbs))
        derive(self, "memory_stems", tuple(v[:-2] for v in self.memory_verbs))
        derive(self, "echo_longest", tuple(sorted(self.echo_nouns, key=len, reverse=True)))


@cache
def quote_words() -> QuoteWords:
    d = load_json("quotes.json")
    raw = ("speech", "speech_forms", "communication_verbs")  # lemmas and forms, not folded
    return QuoteWords(**{k: frozenset(x if k in raw else fold(x) for x in v)
                         for k, v in d.items() if not k.startswith("_") and isinstance(v, list)})


# the object pronouns that take up words said before ("Ces mots, X les a prononcés")
WORDS_CLITICS = frozenset({"les", "la", "le", "l'", "l\u2019"})

# the words after a title that make it an honour, not the office ("président d'honneur")
HONOURS = ("d'honneur", "honoraire")


@cache
def _periphrase_tails() -> dict[str, tuple[tuple[str, str], ...]]:
    """First word -> (periphrase, the words after it) for the periphrases of several words."""
    out: dict[str, list[tuple[str, str]]] = {}
    for name in periphrases():
        first, _, tail = name.partition(" ")
        if tail:
            out.setdefault(first, []).append((name, tail))
    return {k: tuple(v) for k, v in out.items()}


@cache
def periphrases() -> dict[str, frozenset[str]]:
    """Folded title -> folded title words it may stand for (models/quotes.json)."""
    table = load_json("quotes.json")["periphrases"]
    return {fold(k): frozenset(fold(w) for w in v) for k, v in table.items()}


@cache
def _state_offices() -> dict[str, str]:
    """Folded bare title -> the folded office of same_office it is when held in a state
    (models/quotes.json: state_offices)."""
    return {fold(k): fold(v) for k, v in load_json("quotes.json")["state_offices"].items()}


def office_group(phrase: str) -> frozenset[str]:
    """The folded names of the office this folded phrase names (models/roles/titles.json:
    same_office, and state_offices for a bare title): "chef de l'etat" gives itself and
    "president de la republique"; empty when the phrase names no such office."""
    key = _state_offices().get(phrase, phrase)
    for group in lexicon().same_office:
        if key in group:
            return frozenset(group)
    return frozenset()


def office_aliases(title: str, of_name: str | None) -> list[str]:
    """The other names of a role's office for the quote rules: a president of a state
    ("le président kényan") is its head of state ("chef de l'etat"); nothing for a
    president of anything else or of nothing named."""
    office = _state_offices().get(fold(title))
    if office is None or not of_name or gazetteer.place_kind(of_name) != "country":
        return []
    return [office]


@cache
def _tried() -> tuple[str, ...]:
    """The first noun of the part of the one tried (models/quotes.json: parties, "tried")."""
    return tuple(fold(n) for n in load_json("quotes.json")["parties"]["tried"]["nouns"][:1])


@cache
def _offices() -> frozenset[str]:
    """Offices of a state, a commune or a body (models/roles/titles.json)."""
    lex = lexicon()
    return lex.state_titles | lex.local_titles | lex.office


@cache
def _speech() -> frozenset[str]:
    return lexicon().speech | quote_words().speech | quote_words().communication_verbs


@cache
def _stems() -> tuple[str, ...]:
    """Stems of the verbs of saying of 6 letters or more; not of the verbs of communication,
    read by lemma only (their stems open nouns and adjectives that say nothing)."""
    out = []
    for lemma in lexicon().speech | quote_words().speech:
        word = lemma.split()[-1].split("'")[-1]
        if word.endswith(("er", "ir", "re")) and len(word) >= 6:
            out.append(word[:-2])
    return tuple(sorted(set(out)))


STOP_AFTER = re.compile(r"[ \t]*([.!?…]?)[ \t]*")  # what may follow a closing mark before the next sentence
INVERTED = {"-t", "-il", "-elle", "-ils", "-elles", "-on", "-t-il", "-t-elle", "-t-ils", "-t-elles"}
# the forms of "faire" that open a causative phrase of saying ("», fait remarquer X"), which the
# tagger may read as the noun "fait"
FAIRE_FORMS = frozenset({"fait", "faisait", "fera", "ferait", "font", "faisaient", "firent", "fit"})
# the infinitives of sight after "faire" that say only when no object follows ("fait observer
# une minute de silence" is no saying)
CAUSATIVE_SIGHT = frozenset({"observer", "remarquer"})


# the civilities that say a person's gender ("Mme Roux et M. Petit ... -t-elle")
CIVILITY_GENDER = {"m": "m", "monsieur": "m", "mme": "f", "madame": "f", "mlle": "f", "mademoiselle": "f"}

# nouns of a person one may cite, beside human_nouns and titles ("il a cité son grand-père :")
CITED_NOUNS = frozenset({"ami", "amie", "grand-père", "grand-mère", "prédécesseur", "prédécesseure",
                         "successeur", "homologue", "maître", "auteur", "auteure", "poète", "philosophe",
                         "écrivain", "écrivaine", "collègue", "oncle", "tante", "professeur", "professeure",
                         "cousin", "cousine", "neveu", "nièce"})
# the nouns of spokes_nouns that name a medium, not a person: "le site de X", "le compte de X"
# give X's words; a person who speaks for a person ("le porte-parole de X") is not that person
WRITTEN_SPOKES = frozenset({"site", "compte", "documentaire", "blog"})


@cache
def _description_kinds() -> dict[str, str]:
    """quotes.json description_kinds: the nouns of org_generic that name a kind of body
    besides roles' body_kinds, folded, to the kind."""
    return {fold(n): kind for kind, ns in load_json("quotes.json")["description_kinds"].items() for n in ns}


@cache
def _synonym_kinds() -> frozenset[str]:
    """quotes.json synonym_kinds: kinds of body whose nouns all name the same one body."""
    return frozenset(load_json("quotes.json")["synonym_kinds"]["kinds"])


def _description_kind(noun: str) -> str | None:
    """The kind of body a folded description noun names ("entreprise": a firm), if any."""
    return _kind_words()[0].get(noun) or _description_kinds().get(noun)


def is_speech_verb(tok: Token) -> bool:
    """A verb of saying, by lemma, known form or stem; any part of speech when an inverted
    pronoun follows it ("estime-t-il", which the tagger may read as an adverb). A passive
    ("furent signées", "soutenue par la mairie") says nothing of its subject."""
    lex = lexicon()
    low = tok.lower_
    # "», dixit X": a word the tagger does not know has no passive, whatever the parser hangs on it;
    # "elle s'est inquiétée de « ... »": a pronominal verb's "être", which the parser may read
    # as a passive's, is its compound tense's
    if (tok.pos_ != "X" and any(c.dep_ == "obl:agent" for c in tok.children)) \
            or (any(c.dep_ == "aux:pass" and c.pos_ == "AUX" for c in tok.children) and not any(
                c.lower_ in ("se", "s'", "s’") and c.i < tok.i
                for k in (tok, *(a for a in tok.children if a.dep_.startswith("aux"))) for c in k.children)):
        return False  # not "a-t-il seulement glissé", the parser taking "-il" for a passive's auxiliary
    if fold(tok.lemma_) in quote_words().not_speech_pronominal \
            and any(c.lower_ in ("se", "s'") for c in tok.children if c.i < tok.i):
        return False  # "la rentrée s'annonce sereine", "il se lance dans ...": no saying
    if fold(tok.lemma_) in quote_words().sentence_verbs and any(
            (c.dep_ == "obj" and c.pos_ in ("PROPN", "PRON"))
            or (c.dep_.startswith("obl")
                and any(k.dep_ == "case" and k.lower_ in ("à", "pour") for k in c.children))
            for c in tok.children):
        return False  # "le tribunal l'a condamné à deux ans pour « ... »": a sentence, not a saying
    if fold(tok.lemma_) in CAUSATIVE_SIGHT and any(c.dep_ == "obj" and c.pos_ == "NOUN"
                                                   for c in tok.children):
        return False  # "le préfet a fait observer une minute de silence": a thing seen, no saying
    following = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    if low in quote_words().speech_forms and (tok.pos_ in ("VERB", "AUX") or following in ("que", "qu'")
                                              or _que_after_aside(tok)):
        return True  # "le président juge que", the tagger reading "juge" as a noun
    if following in ("que", "qu'") and tok.pos_ == "VERB" and fold(tok.lemma_) in quote_words().opinion_verbs:
        return True  # "X, lui, trouve que « ... »" (not "a trouvé « ... »", a thing found)
    if _phrase_start(tok) is not None:
        return True  # "X a fait savoir que", "a laissé entendre que": the phrase says, not "savoir"
    inverted = following in INVERTED
    speech = _speech()
    lemma = _participle_lemma(tok)
    if lemma in speech and not inverted and _after_article(tok) and low not in lex.speech_forms:
        return False  # "a lancé au prévenu X", the tagger reading the noun as "prévenir"
    if not inverted and tok.pos_ == "NOUN" and low in lex.titles and low not in lex.speech_forms \
            and low not in quote_words().speech_forms and low not in quote_words().incise_forms:
        return False  # "X, conseillère municipale : « ... »": a title, not "conseiller" (to advise)
    if lemma in speech or low in lex.speech_forms or ("s'" + lemma) in speech or ("se " + lemma) in speech:
        # "X": a word the tagger does not know ("», dixit Yves Keller")
        return inverted or tok.pos_ in ("VERB", "AUX", "NOUN", "ADJ", "PROPN", "X") or low in lex.speech_forms
    if (inverted or tok.pos_ in ("VERB", "ADJ", "NOUN")) and any(low.startswith(s) for s in _stems()):
        if not inverted and _after_article(tok):
            return False  # "le prévenu", "au prévenu": a noun after its article, no verb of saying
        return low[-1] not in "sx" or low.endswith("ées")
    return False


def _participle_lemma(tok: Token) -> str:
    """The lemma, or for a past participle the lemmatizer left as it is ("tweeté", "persiflé",
    "enchéri"), the infinitive of the verb of communication it is a form of (1st group in -é,
    2nd in -i); the guess is kept only for those verbs, read by lemma alone."""
    lemma = tok.lemma_.lower()
    if lemma != tok.lower_:
        return lemma
    base = lemma.removesuffix("s").removesuffix("e")
    guess = base + "r" if base.endswith(("é", "i")) else ""
    return guess if guess in quote_words().communication_verbs else lemma


def _after_article(tok: Token) -> bool:
    """A word right after a contracted or indefinite article ("au prévenu", "du prévenu", "un
    prévenu"), or a noun with its own article before it ("le prévenu"): a noun, whatever verb of
    saying it shares its form with (not "il les prévient": a clitic is no article)."""
    if tok.dep_ == "ROOT":
        return False
    before = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
    return before in ("au", "aux", "du", "un", "une") or (
        tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.i < tok.i for c in tok.children))


def _phrase_start(tok: Token) -> Token | None:
    """The first word of a phrase of saying (models/quotes.json: speech_phrases) that `tok`
    ends, the words before it by lemma or form ("mis en garde"); None when it ends none."""
    last = fold(tok.lower_)
    # "», fait-elle remarquer": the inverted subject between the words is no part of the phrase
    inverted = tok.i > 0 and tok.doc[tok.i - 1].lower_ in INVERTED
    end = tok.i - inverted
    for words in quote_words().phrase_words:
        if last != words[-1] or end < len(words) - 1:
            continue
        before = tok.doc[end - len(words) + 1:end]
        if all(w in (fold(t.lemma_), fold(t.lower_)) or (w == "faire" and fold(t.lower_) in FAIRE_FORMS)
               for w, t in zip(words[:-1], before, strict=True)):
            if last in CAUSATIVE_SIGHT and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "DET":
                return None  # "le maire a fait observer une minute de silence": no saying
            return tok.doc[end - len(words) + 1]
    return None


@cache
def _date_item() -> re.Pattern[str]:
    """"3 mai 2001 :", "Juin 2005 :", "1994 :", "Le 14 mars :": a date that opens a list item
    (the months of models/calendar.json)."""
    months = "|".join(sorted(map(re.escape, load_json("calendar.json")["months"]), key=len, reverse=True))
    return re.compile(rf"(?i)(?:le\s+)?(?:(?:\d{{1,2}}(?:er)?\s+)?(?:{months})(?:\s+\d{{4}})?|\d{{4}})\s*:")


def find_quotations(text: str) -> list[tuple[int, int]]:
    """Character spans of the quoted text (marks excluded), outermost quotations only."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in PAIRS:
            close = PAIRS[c]
            depth, j = 1, i + 1
            unclosed = (-1, False)  # (line break, whether the quotation runs unclosed to it)
            while j < n and depth:
                if text[j] == c and c != close:
                    depth += 1
                elif text[j] == close:
                    depth -= 1
                elif text[j] == "\n":
                    if text[j + 1 : j + 2] == "\n":
                        break
                    if depth == 1:
                        unclosed = (j, _unclosed(text, i, j, c, close))
                        if unclosed[1]:
                            break
                j += 1
            if depth == 0:
                out.append((i + 1, j - 1))
                i = j
                continue
            if (j >= n or text[j] == "\n") and depth == 1 and c not in text[i + 1 : j] \
                    and (unclosed[1] if unclosed[0] == j else _unclosed(text, i, j, c, close)):
                # "« Il n'y a plus aucun char ... ¶": an unclosed quotation ends with its paragraph
                end = j
                while end > i + 1 and text[end - 1].isspace():
                    end -= 1
                out.append((i + 1, end))
                i = j
                continue
        elif c == '"':
            if not _opens(text, i):
                i += 1  # a closing mark whose opening one was lost: pair no further from it
                continue
            j = text.find('"', i + 1)
            para = text.find("\n\n", i + 1)
            if j > 0 and (para < 0 or j < para):
                out.append((i + 1, j))
                i = j + 1
                continue
        elif c in DASHES and (i == 0 or text[i - 1] == "\n") and text[i + 1 : i + 2] == " " \
                and not (c == "-" and _date_item().match(text, i + 2)):
            # "- 3 mai 2001 : ...", a date and a colon: an item of a chronology, no line said (the
            # quotations inside it are read one by one)
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append((i + 2, j))
            i = j
            continue
        i += 1
    return out


Who = Entity | str
Found = tuple[Who, str, str]  # (speaker or pronoun/title/org-noun marker, verb or cue, rule)


def origin_key(word: str) -> str:
    """A word of origin folded the same in both genders: "Norvégienne" and "norvegien" give
    "norvegien", "Française" "francais"."""
    key = fold(word).lower()
    if key.endswith("e"):
        key = key[:-1]
        if key.endswith("nn"):
            key = key[:-1]
    return key


@cache
def _nationalities() -> frozenset[str]:
    lex = lexicon()
    return frozenset(origin_key(w) for w in (*lex.nationalities, *lex.demonyms) if " " not in w)


def _nationality(noun: str) -> bool:
    """Whether a folded one-word noun is a nationality or demonym of the lexicon."""
    return origin_key(noun) in _nationalities()


class QuoteReader:
    def __init__(self, doc: Doc, idx: EntityIndex, dm: DepMatches,
                 roles: list[tuple[Entity, str, int]],
                 leads: tuple[tuple[Entity, Entity, str | None, int], ...] = ()) -> None:
        self.doc = doc
        self.idx = idx
        self.dm = dm
        self.starts = [t.idx for t in doc]
        self.roles = roles  # (person, folded masculine title, where stated)
        self.leads = leads  # (person, body a role is held in, status, where stated): body_voice()
        self.raw = base.original_text(doc)  # the text as written, for the quotations' words
        self._headline: tuple[int, int] | bool | None = False  # headline_span(), once
        self.text = normalize(self.raw)  # the same length, typography folded ("\u00a0»" is " »")
        self.lex = lexicon()
        self.words = quote_words()
        self.quoted: frozenset[int] = frozenset()  # tokens inside quotation marks
        self.labels: frozenset[int] = frozenset()  # the marks and words of quoted names (label_tokens())
        self._layout: bool | None = None  # interview_layout(), once
        self._guest: Entity | bool | None = False  # interview_guest(), once
        self._party_depth = False  # party_by_pronoun() is resolving a pronoun
        self._portrait = False  # introduced_by_pronoun() went to the one person of a portrait
        self._dead: set[int] | None = None  # ids of the people the text says are dead, once
        self._kinds: dict[int, str | None] = {}  # kind_of(), by organization id, once

    def tok_at(self, char: int) -> int:
        """Index of the first token starting at or after `char`."""
        return bisect_left(self.starts, char)

    def in_quote(self, i: int) -> bool:
        return i in self.quoted

    def voiced(self, t: Token) -> bool:
        """Whether token `t` is a quotation mark or a word inside one that may be someone's
        words: not the marks of a name or a short fragment (label_tokens())."""
        return (t.text in QUOTE_MARKS or self.in_quote(t.i)) and t.i not in self.labels

    @cached_property
    def spans(self) -> list[tuple[int, int]]:
        """find_quotations() of the text, once (candidates() and label_tokens() read them)."""
        return find_quotations(self.text)

    def label_tokens(self, cands: list[tuple[int, int, int, int, bool]]) -> frozenset[int]:
        """The tokens, marks included, of the quoted phrases that are names or fragments, not
        anyone's words: "l'association « Les Amis du Vieux Lavoir »", "l'exposition « Regards
        d'antan »", "parle d'une « saison réussie »" (shorter than a quotation, a title after
        its noun, or a phrase of eight words at most with no clause). Such marks leave a
        sentence's narration as it is: they do not stand for a voice between a person and
        the quotation that person goes on to say."""
        kept = {(s, e) for _, _, s, e, dash in cands if not dash}
        out: set[int] = set()
        for start, end in self.spans:
            if start < 1 or self.text[start - 1] not in QUOTE_MARKS:
                continue  # a dash line
            body = self.text[start:end].strip()
            s = start + len(self.text[start:end]) - len(self.text[start:end].lstrip())
            if (s, s + len(body)) in kept and (len(body.split()) > 8 or self.has_verb(start, end)):
                continue
            out.update(range(self.tok_at(start - 1), self.tok_at(end) + 1))
        return frozenset(out)

    # --- noun phrases -----------------------------------------------------------------

    def speaker_near(self, i: int, incise: bool = True) -> Who | None:
        """The speaker a noun phrase starting at token i names, read left to right: a name
        ("Michel Blanc"), a title then a name ("le ministre de l'Agriculture Lucien Marbot"),
        a spokesperson of an organization ("un porte-parole de la Banque X"); a person
        named only as a complement ("l'avocate de Bernard") is not the speaker."""
        doc = self.doc
        head: Token | None = None
        after_de = extended = False
        k = i
        if k + 3 < len(doc) and doc[k].lower_ == "l'" and doc[k + 1].lower_ in ("un", "une") \
                and doc[k + 2].lower_ in ("d'", "de", "des"):
            # "a déclaré l'un d'eux, Me Emre Yilmaz": one of a group, named in apposition
            comma = next((j for j in range(k + 3, min(len(doc), k + 7)) if doc[j].text == ","), None)
            hit = self.idx.starting_at(comma + 1, ("person",)) if comma is not None else None
            return hit[0] if hit is not None else NOBODY
        if k + 1 < len(doc) and doc[k].lower_ in ("ce", "cette") \
                and doc[k + 1].lower_ in ("dernier", "dernière"):
            # "», a répondu ce dernier": the person named last (the parser may take it for an object)
            return "latest:" + ("f" if doc[k + 1].lower_ == "dernière" else "m")
        while k < min(i + 16, len(doc)):
            t = doc[k]
            if head is None and self.demonym(t):
                return self.demonym_marker(t)  # "a confié le Sochalien": the one named before
            hit = self.idx.starting_at(k, ("person",)) or self.idx.starting_at(k, ("organization", "misc"))
            if hit:
                ent, _, end = hit
                j = k - 1 - (doc[k - 1].pos_ == "NOUN" and k - 1 > i)  # "à l'agence Reuters"
                if head is not None and doc[j - (doc[j].pos_ == "DET")].lower_ in VERB_PREPS:
                    k = end  # "a répondu le ministre à X", "à l'AFP": the addressee, not the speaker
                    continue
                if fold(ent.name) in self.words.org_nouns:
                    # "un communiqué de la Fédération": a class noun the tagger took for a name
                    ent = self.org_named(fold(ent.name), k, ent) or ent
                if head is None:
                    return ent
                if ent.type == "person":
                    if extended and doc[k - 1].text != ",":
                        k = end  # "le ministre interrogé par X": the participle's agent
                        continue
                    if after_de and (doc[k - 1].lower_ in ("de", "d'", "du", "des")
                                     or self.titled_complement(head, k)):
                        # "l'avocate de Bernard", "un collaborateur du ministre X": the one
                        # named in the complement is not the speaker
                        return NOBODY
                    return ent
                named = self.idx.starting_at(end, ("person",)) if end < len(doc) else None
                if named is not None:
                    return named[0]  # "le délégué CGT Jean Dupont": the person the title goes with
                if end + 1 < len(doc) and doc[end].text == ",":
                    # "le médecin-chef de la pneumologie au CHU, le Dr Marc Lemarié": the person in
                    # apposition, not the body the title belongs to
                    titled = self.titled_name(end + 1)
                    if titled is not None:
                        return titled
                if not after_de or fold(head.text) in self.words.spokes_nouns \
                        or (ent.type == "organization"
                            and fold(head.lemma_ or head.text) in self.words.org_nouns):
                    # "l'agence Reuters", "un porte-parole de la Banque X", "la direction de Renault";
                    # but "le représentant de X auprès de Y, Paul Roy": the one named in apposition
                    apposed = self.apposed_after(end) if head.i < k else None
                    return apposed if apposed is not None else ent
                k = end  # "le président de la FIFA": the organization is not the speaker
                continue
            # "le principal, Michel Roy": a noun the tagger read as an adjective
            nominal = head is not None or (k - i == 2 and doc[i].pos_ == "DET" and doc[i + 1].pos_ == "ADJ")
            if t.text == "," and nominal and k + 1 < len(doc):
                # "explique le gérant, Régis Carrec", "la présidente du collège, la professeure Anne Roux"
                titled = self.titled_name(k + 1)
                if titled is not None:
                    return titled
                if head is not None and doc[k + 1].lower_ == "qui":
                    # "l'attachée de presse du ministère, qui affirme ..., Ines Karlsson": the name in
                    # apposition after the relative clause
                    close = next((j for j in range(k + 2, min(len(doc), k + 20))
                                  if doc[j].text in (",", ".", ";", ":", "«", "»", '"')), None)
                    if close is not None and doc[close].text == "," and close + 1 < len(doc):
                        apposed = self.titled_name(close + 1)
                        if apposed is not None:
                            return apposed
            if t.text == "-" and head is not None and not doc[k - 1].whitespace_ and not t.whitespace_:
                k += 1  # "le sergent-chef X", cut at its hyphen
                continue
            if head is not None and k == head.i + 1 and gentile_form(t, head.i, self.lex):
                k += 1  # "l'entraîneur castelvarois, X": a town's adjective, whatever the tagger read
                continue
            if head is not None and k > head.i and self.title_extension(t):
                # "le délégué de la Suisse auprès de l'OMS, X", "l'adjointe chargée de la
                # culture, X", "le médiateur désigné par la préfecture, X": a title's phrase
                # goes on past a locution or a participle to the name in apposition
                extended = after_de = True
                k += 1
                continue
            if t.pos_ == "ADP" and head is None and k - i == 2 and doc[i].pos_ == "DET" \
                    and doc[i + 1].lower_ in ("proche", "proches"):
                head = doc[i + 1]  # "a confié un proche de X": the adjective as a noun, X's relative
            if t.is_punct or t.pos_ not in ("DET", "NOUN", "ADJ", "ADP", "PROPN", "NUM") \
                    or (t.pos_ == "ADP" and head is None):
                break
            if head is None and (t.pos_ in ("NOUN", "PROPN") or self.person_adjective(t)):
                head = t  # "confie la sexagénaire": a noun for a person the tagger read as an adjective
            if t.pos_ == "ADP":
                after_de = True
            k += 1
        if head is not None:
            age = self.age_of(head)
            if age is not None:
                # "a raconté le cycliste de 31 ans": the one person the text gave that age, if any
                aged = self.aged(age, head.i)
                if aged is not None:
                    return aged
                # "», confie l'éleveuse de 52 ans": a definite description that tells the age of
                # someone named just before (recast_of); "un habitant de 70 ans" is no one
                marker = self.age_recast(head, age) if incise else None
                return marker if marker is not None else NOBODY
            return self.noun_speaker(head, incise=incise)
        return None

    def apposed_after(self, k: int) -> Entity | None:
        """The person named in apposition after the rest of a title's phrase from token k on
        ("... auprès des Nations unies, Paul Roy"): words of a noun phrase or of a locution
        or participle carrying it on, then a comma and a name; None at anything else."""
        doc = self.doc
        for j in range(k, min(len(doc) - 1, k + 12)):
            t = doc[j]
            if t.text == ",":
                return self.titled_name(j + 1)
            if t.is_punct or (t.pos_ not in ("DET", "NOUN", "ADJ", "ADP", "PROPN", "NUM")
                              and not self.title_extension(t)):
                return None
        return None

    def title_extension(self, tok: Token) -> bool:
        """A word that carries a title's phrase on towards a name in apposition rather than
        ending it: an adverb opening a prepositional locution ("auprès de", "près de"), or a
        past participle with no auxiliary ("chargée de", "désigné par", "élu en").
        Lower-case words only, never a clause's finite verb."""
        doc = self.doc
        if not tok.text[:1].islower() or tok.i + 1 >= len(doc):
            return False
        if tok.pos_ == "ADV":
            return doc[tok.i + 1].lower_ in ("de", "d'", "du", "des")
        return tok.pos_ in ("VERB", "ADJ") and "Part" in tok.morph.get("VerbForm") \
            and doc[tok.i - 1].pos_ != "AUX" and not any(c.dep_.startswith("aux") for c in tok.children)

    def age_of(self, head: Token) -> str | None:
        """The age a description gives its noun: "le cycliste de 31 ans" gives "31"."""
        doc = self.doc
        k = head.i + 1
        while k < len(doc) and doc[k].pos_ == "ADJ":
            k += 1
        if k + 2 < len(doc) and doc[k].lower_ in ("de", "d'") and doc[k + 1].like_num \
                and doc[k + 2].lower_ == "ans":
            return doc[k + 1].text
        return None

    def age_recast(self, head: Token, age: str) -> str | None:
        """The marker of a definite singular description with an age after a quotation ("le
        skieur de 24 ans", "la jeune femme de 19 ans"): a trade of the lexicon (not an office,
        a spokesperson or a body) or a plain person noun (models/quotes.json:
        plain_person_nouns), "anaphor:NOUN:GENDER:aged:AGE"; None for anything else."""
        if "Plur" in head.morph.get("Number") or not any(
                c.dep_ == "det" and c.lower_ in ("le", "la", "l'") for c in head.children):
            return None
        title = self.trade_title(head)
        if title is not None:
            noun = fold(title[0])
            if noun in self.words.spokes_nouns or noun in self.words.member_nouns \
                    or noun in self.words.org_nouns or self._office(noun) or noun in self.lex.body_only:
                return None
            gender = title[1] or self.article_gender(head)
        else:
            noun = fold(head.lemma_ or head.text)
            if not {noun, fold(head.text)} & self.words.plain_person_nouns:
                return None
            gender = self.article_gender(head) or _tag_gender(head)
        return "anaphor:" + noun + ":" + gender + ":aged:" + age

    def ages_given(self, person: Entity, before: int) -> set[str]:
        """The ages written after this person's mentions before token `before` ("X, 30 ans,")."""
        doc = self.doc
        return {doc[b + 1].text for p, _, b in self.idx.in_span(0, before, ("person",))
                if p is person and b + 2 < len(doc) and doc[b].text in (",", "(")
                and doc[b + 1].like_num and doc[b + 2].lower_ == "ans"}

    def aged(self, age: str, before: int) -> Entity | None:
        """The one person named before token `before` with this age written after a mention
        ("Tom Ackermann, 19 ans,", "Tom Ackermann (19 ans)")."""
        doc = self.doc
        found = {id(p): p for p, _, b in self.idx.in_span(0, before, ("person",))
                 if b + 2 < len(doc) and doc[b].text in (",", "(") and doc[b + 1].text == age
                 and doc[b + 2].lower_ == "ans"}
        return next(iter(found.values())) if len(found) == 1 else None

    def titled_name(self, k: int) -> Entity | None:
        """The person named at token k, right there or after an article and a title ("la
        professeure Anne Roux"), an honorific ("le docteur Paul Roy", "le père Jean Roux"),
        a civility ("le Dr Paul Roy") or a word
        of origin ("le Péruvien Diego Salas", "l'Italienne Anna Conti"): an apposition that
        repeats who the phrase is."""
        doc = self.doc
        named = self.idx.starting_at(k, ("person",))
        if named is not None:
            return named[0]
        if k >= len(doc) or doc[k].pos_ != "DET" or "Poss=Yes" in doc[k].morph:
            return None
        for j in range(k + 1, min(len(doc), k + 4)):
            hit = self.idx.starting_at(j, ("person",))
            if hit is not None:
                # the civility may open the name itself ("le Dr Paul Roy")
                return hit[0] if any(self.lex.title_of(t.lower_) or self.origin_word(t)
                                     or fold(t.text) in self.words.honorifics
                                     or t.lower_ in self.lex.nationalities  # "la géologue danoise X"
                                     for t in doc[k + 1:j + 1]) else None
            if doc[j].pos_ not in ("NOUN", "ADJ") and not self.origin_word(doc[j]) \
                    and not (doc[j].pos_ == "PROPN" and doc[j].text.islower()):
                return None  # a lower-case word the tagger called a name is a noun or adjective
        return None

    def origin_word(self, tok: Token) -> bool:
        """A capitalized word of origin or a civility that may stand between an article and
        a name in apposition: "le Péruvien", "la Nord-Irlandaise", "le Dr" (nationalities and
        demonyms of the lexicon, or the endings of models/quotes.json)."""
        if tok.text in CIVILITIES:
            return True
        if not tok.text[:1].isupper() or tok.i == 0 or not tok.doc[tok.i - 1].text[:1].islower():
            return False
        if tok.i + 1 < len(tok.doc) and self.idx.starting_at(tok.i + 1, ("person",)) is not None \
                and self.idx.at(tok.i, ("person", "organization")) is None:
            return True  # "le Savoyard Rémi Jacquier": one capitalized word between article and name
        word = tok.lower_.replace("\u2019", "'")  # the lexicon's keys keep accents and hyphens
        last = word.rsplit("-", 1)[-1]
        if word in self.lex.nationalities or word in self.lex.demonyms or last in self.lex.nationalities:
            return True
        low = fold(tok.text)
        return low not in self.words.org_nouns and low.endswith(self.words.suffixes)

    def apposed(self, a: int) -> bool:
        """Whether the name at token `a` stands in apposition after a comma, right after it or
        after an article and a word of origin or a civility ("..., le Péruvien Diego Salas")."""
        doc = self.doc
        if a >= 1 and doc[a - 1].text == ",":
            return True
        j = a - 1
        while j > 0 and a - j <= 3 and (self.origin_word(doc[j]) or self.lex.title_of(doc[j].lower_)):
            j -= 1
        return j < a - 1 and j >= 1 and doc[j].pos_ == "DET" and doc[j - 1].text == ","

    def described(self, noun: str, before: int) -> Entity | None:
        """The one person the text named in apposition to this noun before token `before`
        ("son associé de toujours, Paul Roy", "Paul Roy, son associé"), if only one."""
        people: dict[int, Entity] = {}
        for p, a, b in self.idx.in_span(0, before, ("person",)):
            if any(t.pos_ == "NOUN" and fold(t.lemma_ or t.text) == noun for t in self.apposed_words(a, b)):
                people[id(p)] = p
        return next(iter(people.values())) if len(people) == 1 else None

    def apposed_description(self, noun: str, at_char: int, gender: str | None) -> Entity | None:
        """"La mairie a embauché Y, un habitant du bourg. « ... », confie l'habitant": the one
        person the text gave the incise's noun in apposition before it, of its gender, is
        the one it takes up, not a person of that gender named further up whose sentence a
        pronoun would reach back to."""
        word = noun.split()[-1]
        before = self.tok_at(at_char)
        people: dict[int, Entity] = {}
        for p, a, b in self.idx.in_span(0, before, ("person",)):
            words = self.apposed_words(a, b)
            if b + 1 < len(self.doc) and self.doc[b].text == ",":
                # "... a embauché Y, un habitant du bourg.": the apposition ends the sentence
                tail = list(self.doc[b + 1:min(len(self.doc), b + 6)])
                stop = next((k for k, t in enumerate(tail) if t.is_punct or t.pos_ in ("VERB", "AUX")), None)
                if stop is not None and tail[stop].text in (".", "!", "?", ";"):
                    words += tail[:stop]
            if any(t.pos_ == "NOUN" and fold(t.lemma_ or t.text) == word for t in words):
                people[id(p)] = p
        tied = next(iter(people.values())) if len(people) == 1 else None
        return tied if tied is not None and _fits(tied, gender) and not self.dead(tied) else None

    def demonym(self, tok: Token) -> bool:
        """"le Sochalien", "l'Uruguayen": a capitalized noun of origin after a lowercase
        definite article, one word (suffixes in models/quotes.json), standing for someone the
        text named before; not a name ("le Monde" is no demonym: no such suffix)."""
        doc = self.doc
        if not tok.text[:1].isupper() or tok.i == 0 or tok.i + 1 >= len(doc):
            return False
        art = doc[tok.i - 1]
        if art.lower_ not in ("le", "la", "l'") or not art.text[:1].islower():
            return False
        nxt = doc[tok.i + 1]
        if nxt.text[:1].isupper() or self.idx.at(tok.i, ("person", "organization")) is not None:
            return False  # "le Sochalien Marc Dufour" is read by its name
        low = fold(tok.text)
        return low not in self.words.org_nouns and low.endswith(self.words.suffixes)

    def demonym_marker(self, tok: Token) -> str:
        gender = _tag_gender(tok)
        return "anaphor:" + fold(tok.text) + (":" + gender if gender else "")

    def noun_speaker(self, head: Token, incise: bool = False, contracted: bool = False) -> Who:
        """What a noun phrase without a name points to: the organization of a spokesperson
        ("un représentant du groupe"), an organization by its class noun ("le ministère"),
        the person a definite title or description points back to ("répond le ministre",
        "résume l'universitaire" after a quotation), or nobody ("un habitant")."""
        low = head.lower_
        if low in ("dernier", "dernière") and any(c.lower_ in ("ce", "cette") for c in head.children):
            return "latest:" + ("f" if low.endswith("ère") else "m")  # "ce dernier a expliqué"
        noun = fold(head.lemma_ or low)
        definite = contracted or any(
            c.dep_ == "det" and (c.lower_ in ("le", "la", "l'", "les", "ce", "cet", "cette")
                                 or "Poss=Yes" in c.morph)
            for c in head.children)
        if self.one_member(head):
            return NOBODY
        office = self.office_phrase(head) if definite and "Plur" not in head.morph.get("Number") else None
        if office is not None:
            # "», a tranché le chef de l'État": the one who holds that office (title_holder)
            female = any(c.dep_ == "det" and c.lower_ == "la" for c in head.children)
            return ("anaphor:" if incise else "title:") + office + (":f" if female else ":") + ":office"
        phrase = self.periphrase_phrase(head) if definite and "Plur" not in head.morph.get("Number") else None
        if phrase is not None:
            # "a assuré le représentant de l'État": the press's name for a prefect, in words
            return ("anaphor:" if incise else "title:") + phrase
        if noun in self.words.spokes_nouns or fold(low) in self.words.spokes_nouns:
            for c in head.children:
                if c.dep_ == "nmod" and c.pos_ == "NOUN" and fold(c.lemma_ or c.text) in self.words.org_nouns:
                    return "org:" + fold(c.lemma_ or c.text)
            if definite and incise and noun in self.words.member_nouns \
                    and "Plur" not in head.morph.get("Number"):
                # "», a expliqué la dirigeante": a person, the one named before it points back to
                gender = self.epicene_female(head) or _tag_gender(head)  # "la responsable"
                if any(c.dep_ == "amod" and fold(c.text).startswith("syndica") for c in head.children):
                    # "a regretté le responsable syndical": a union man, as "le syndicaliste"
                    return "anaphor:syndicaliste" + (":" + gender if gender else "")
                return "anaphor:" + noun + (":" + gender if gender else "")
            spokes = self.spokesperson_titled(head, fold(low), incise) if definite else None
            if spokes is not None:
                return spokes  # "», a précisé le porte-parole": the one the text gave that title
            # "« ... », ajoute le documentaire": the one quoted just before, if anyone
            return "last:" if definite and incise else NOBODY
        if noun in self.words.org_nouns or fold(low) in self.words.org_nouns:
            nxt = self.doc[head.i + 1] if head.i + 1 < len(self.doc) else None
            if nxt is not None and nxt.head.i == head.i and nxt.text[:1].isupper() \
                    and nxt.pos_ in ("PROPN", "NOUN") \
                    and self.idx.at(nxt.i, ("organization",)) is None:
                # "la fédération Terre Paysanne", the name the tagger left untyped: a body
                # named here, not one named before that the class noun would take up
                return NOBODY
            return "org:" + (noun if noun in self.words.org_nouns else fold(low))
        if not definite or "Plur" in head.morph.get("Number"):
            return NOBODY
        title = self.lex.title_of(low)
        if any(c.dep_ == "det" and c.lower_ == "notre" for c in head.children) \
                and noun in self.words.reporter_nouns and not any(c.dep_ == "nmod" for c in head.children):
            # "raconte notre homme", "notre interlocutrice": the reporter's word for the person
            # the story is about, someone named before, like "l'homme", "la femme"
            word = fold(head.text)
            female = word == "femme" or word.endswith(("trice", "esse", "ee"))  # the tagger errs here
            return ("anaphor:" if incise else "title:") + ("femme:f" if female else "homme:m")
        if not title and any("Poss=Yes" in c.morph for c in head.children if c.dep_ == "det"):
            # "répondit son associé", "sa voisine": someone else's relative, not named; unless
            # the text tied that noun to one name ("son associé de toujours, Paul Roy")
            tied = None if incise else self.described(noun, head.i)  # "Selon son associé, « ... »"
            return tied if tied is not None else NOBODY
        # after a quotation ("résume l'universitaire") a definite description points back
        # to someone named; as a subject before it, to its holder or the one just quoted
        kind = "anaphor:" if incise else "title:"
        # "», a rappelé l'ancien boulanger": a trade or an age that tells something new of
        # someone named just before (description_speaker reads the mark ":recast")
        recast = ":recast" if incise and self.recast(head) else ""
        if incise and not recast and self.recast(head, bare=True):
            # "», a déploré l'attaquant", "», confie la fleuriste": a bare trade, which points
            # back to the one person just named when no subject before it fits (":trade")
            recast = ":trade"
        if title:
            # the adjectives between the article and the title ("l'ancien maire"), not the
            # incise's verb the tagger read as one before the article ("», positive le maire")
            first = min((c.i for c in head.children if c.dep_ == "det"), default=-1)
            adjs = [fold(t.text) for t in head.lefts if t.dep_ == "amod" and t.pos_ == "ADJ" and t.i > first]
            gender = title[1] or (self.article_gender(head) if recast == ":recast"
                                  else self.epicene_female(head))
            tail = (":" + (gender or "") if gender or recast else "") + recast
            return kind + " ".join([*adjs, fold(title[0])]) + tail
        if fold(low) in periphrases():
            noun = fold(low)  # "l'institutrice" as written, a key of its own, not its lemma
        if incise or _human(head, self.words) or noun in periphrases():
            # "L'édile s'est félicité de « ... »": the press's other name for a title; a noun of
            # both genders by age ("la sexagénaire", "le septuagénaire") takes its article's
            gender = (self.article_gender(head) or _tag_gender(head)) \
                if noun in self.words.plain_person_nouns else _tag_gender(head)
            if any(c.dep_ == "det" and c.lower_ == "la" for c in head.children):
                gender = "f"  # "la judokate", a rare feminine the tagger reads as masculine
            age = self.age_of(head) if not incise and noun in self.words.plain_person_nouns else None
            if age is not None:  # "La jeune femme de 23 ans raconte : « ... »"
                return kind + noun + ":" + gender + ":aged:" + age
            return kind + noun + (":" + gender if gender else "")
        return NOBODY

    def spokesperson_titled(self, head: Token, noun: str, incise: bool) -> str | None:
        """A bare spokesperson noun in an incise or as a subject ("», a précisé le
        porte-parole", "La représentante a ajouté :"), singular, with no complement of its
        own: when a role fact before it gives one person that very title ("X, porte-parole du
        gouvernement"), the description of that person (resolved by title_holder), not a
        body's voice."""
        if noun not in SPOKES_PEOPLE or "Plur" in head.morph.get("Number") \
                or any(c.dep_ in ("nmod", "amod", "appos", "acl", "acl:relcl") for c in head.children):
            return None
        if self.title_holder(noun, head.idx) is None:
            return None
        female = any(c.dep_ == "det" and c.lower_ == "la" for c in head.children)
        return ("anaphor:" if incise else "title:") + noun + (":f" if female else "")

    def periphrase_phrase(self, head: Token) -> str | None:
        """The folded periphrase of models/quotes.json in several words written from this noun
        on ("le représentant de l'État" for a prefect), ended there; else None."""
        tails = _periphrase_tails().get(fold(head.text))
        if not tails:
            return None  # (most nouns open none: the text after them is not folded)
        end = head.idx + len(head.text)
        written = "".join(fold(c) or c for c in self.text[end:end + 40])
        for name, tail in tails:
            if written.startswith(" " + tail) and not written[len(tail) + 1:len(tail) + 2].isalnum():
                return name
        return None

    def office_phrase(self, head: Token) -> str | None:
        """The folded name of an office of models/roles/titles.json:same_office written from
        this noun on, in several words ("le chef de l'État", "le chef du gouvernement", "le
        président de la République"), not followed by a word that makes it another ("chef
        de l'état-major"); not "le Premier ministre", "le premier magistrat", titles the
        lexicon reads as such."""
        title = self.lex.title_of(head.lower_)
        word = fold(head.text)
        # "la cheffe du gouvernement": the feminine of "chef", a title of its own in the lexicon
        firsts = {word, word[:-2] if word.endswith("ffe") else "", fold(title[0]) if title else ""}
        end = head.idx + len(head.text)
        # the words after the noun, character for character (a hyphen kept: "l'état-major")
        written = "".join(fold(c) or c for c in self.text[end:end + 40].replace("-", "\u2010"))
        for group in self.lex.same_office:
            for name in group:
                first, _, tail = name.partition(" ")
                if not tail or first not in firsts or first == "premier" \
                        or not written.startswith(" " + tail):
                    continue
                nxt = written[len(tail) + 1:len(tail) + 2]
                if not nxt or not (nxt.isalnum() or nxt == "\u2010"):
                    return name
        return None

    def recast(self, head: Token, bare: bool = False) -> bool:
        """"l'ancien cheminot", "la jeune viticultrice de Cramant", "l'ex-gendarme": a definite
        singular description whose noun is a trade (a title of the lexicon, not an office of a
        state, a commune or a body) and that gives something new about the one it stands for:
        an adjective of age or of a former state before it (models/quotes.json:
        recast_adjectives), "ex-", or the town the person is from ("de Rambluzin"); or a bare
        office the person held before ("l'ancien maire", "l'ex-président": former_adjectives)."""
        former = head.lower_.startswith("ex-")
        if "Plur" in head.morph.get("Number") or not any(
                c.dep_ == "det" and c.lower_ in ("le", "la", "l'") for c in head.children):
            return False
        title = self.trade_title(head)
        if title is None:
            return False
        trade = fold(title[0])
        if trade in self.words.spokes_nouns or trade in self.words.member_nouns \
                or trade in self.words.org_nouns:
            return False
        adjectives = {fold(c.text) for c in head.children if c.dep_ == "amod" and c.i < head.i}
        if self._office(trade) or trade in self.lex.body_only:
            # "a déclaré l'ancien maire", "l'ex-président": a former office, bare (not "l'ancien
            # ministre de l'Intérieur", someone the text may never have named)
            return (former or bool(adjectives & self.words.former_adjectives)) \
                and not any(c.dep_ == "nmod" and c.i > head.i for c in head.children)
        if former or adjectives & self.words.recast_adjectives or bare:
            return True  # (`bare`: any trade, "Le syndicaliste craint « ... »", a subject)
        for c in head.children:  # "l'agricultrice de Montfaucon": a town, no body, no person
            if c.dep_ == "nmod" and c.i > head.i and any(k.lower_ in ("de", "d'") for k in c.children) \
                    and c.pos_ == "PROPN" and c.text[:1].isupper():
                hit = self.idx.at(c.i)
                if hit is None or hit[0].type == "place":
                    return True
        return False

    def trade_title(self, head: Token) -> tuple[str, str | None] | None:
        """The lexicon's title of this noun, past an "ex-" ("l'ex-gendarme")."""
        word = head.lower_
        return self.lex.title_of(word[3:] if word.startswith("ex-") else word)

    def article_gender(self, head: Token) -> str:
        """The gender the article or an adjective gives a noun of both genders ("le
        gendarme", "l'ancienne journaliste"), not the tagger's guess; "" when none says."""
        for c in head.children:
            if c.dep_ == "det" and c.lower_ in ("le", "la"):
                return "m" if c.lower_ == "le" else "f"
        for c in head.children:
            if c.dep_ == "amod" and c.i < head.i and (gender := _tag_gender(c)):
                return gender
        return ""

    def recast_of(self, noun: str, at_char: int, gender: str | None) -> Entity | None:
        """Whom a recast description after a quotation ("», a rappelé l'ancien boulanger")
        takes up: the one person of its gender named (outside quotations) in the sentence
        the quotation opens, or else in the nearest of the two sentences before it that names
        someone, in the same paragraph; none when two people fit there, when another person
        holds that trade, or when that person was given a part in the event ("le prévenu, X":
        "le jeune avocat" is someone else)."""
        trade = noun.split()[-1]
        if any(trade in title.split() for _, title, at in self.roles if at < at_char):
            return None  # "l'agriculteur" when the text gave someone that trade: the title's logic
        i = self.tok_at(at_char)
        para = self.tok_at(self.text.rfind("\n", 0, at_char) + 1)
        end = i
        for _ in range(3):
            if end <= para:
                break
            lo = max(self.sentence_start(end - 1), para)
            people = self.people_named(lo, end, gender)
            if len(people) > 1:
                return None
            if people:
                person = next(iter(people.values()))
                return None if self.dead(person) or self.parts_of(person, at_char) else person
            end = lo
        return None

    def subject_recast(self, verb: Token, at_char: int) -> Entity | None:
        """"« ... », s'indigne X. ... . Le syndicaliste craint un plan social « ... »", "L'ancien
        maire s'est dit « ... »": the subject of the verb before the quotation is a definite
        description a person named just before may be given, a trade (a former office): that
        person, as after the quotation (recast_of); a bare trade only when the text gave that
        person no other title ("le boulanger" is not the one named as the mayor)."""
        tok = verb
        subj: Token | None = None
        for _ in range(3):
            subj = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS and not self.in_quote(c.i)), None)
            if subj is not None or tok.dep_ not in ("conj", "advcl", "xcomp") or tok.head is tok:
                break
            tok = tok.head
        if subj is None or subj.pos_ != "NOUN" or self.idx.at(subj.i) is not None \
                or any(c.dep_ in ("appos", "conj") for c in subj.children):
            return None
        title = self.trade_title(subj)
        marked = title is not None and self.recast(subj)
        if title is None or (not marked and not self.recast(subj, bare=True)):
            return None
        noun = fold(title[0])
        gender = title[1] or self.article_gender(subj) or None
        person = self.recast_of(noun, at_char, gender)
        if person is None or (not marked and self.other_title(person, noun, at_char)):
            return None
        if self.complement_in_sentence(person, at_char, at_char):
            return None  # "Le président a répondu à X : « ... »": not X, the one spoken to
        age = self.age_of(subj)
        if age is not None and (self.ages_given(person, subj.i) - {age} or len(self.people_named(
                self.tok_at(self.text.rfind("\n", 0, subj.idx) + 1), subj.i, gender)) != 1):
            # "Le skieur de 24 ans a confié : « ... »", as after the quotation: not one the text
            # gave another age, nor one of several of that gender named in the paragraph
            return None
        return person

    def recast_subject(self, subj: Token) -> Entity | None:
        """"Le jeune coureur se montrait ravi : « ... »", "L'ancienne institutrice ne regrette
        rien. « ... »": a definite description as the subject before a quotation that recasts
        someone named before (a trade or an age with an adjective of age or former state, or
        the town the person is from: recast()) takes that person up as it does in an incise
        after the quotation ("», a confié le jeune coureur"), even from the paragraph before:
        the one the incise's marker ("anaphor:...:recast") finds from the subject's place
        (description_speaker), when the subject's sentence names nobody itself."""
        if subj.pos_ != "NOUN" or not self.recast(subj):
            return None
        lo, hi = self.sentence_start(subj.i), subj.i
        while hi < len(self.doc) and not (self.doc[hi].text in (".", "!", "?") or "\n" in self.doc[hi].text):
            hi += 1
        if any(not self.in_quote(a) for _, a, _ in self.idx.in_span(lo, hi, ("person",))):
            return None  # "L'avocat de son voisin X a déclaré :": the sentence's own names decide
        who = self.noun_speaker(subj, incise=True)
        if not isinstance(who, str) or not who.startswith("anaphor:") or not who.endswith(":recast"):
            return None
        at = self.doc[subj.left_edge.i].idx
        person = self.resolve(who, at, None)
        return person if person is not None and person.type == "person" else None

    def recast_subject_of(self, verb: Token) -> Entity | None:
        """recast_subject() of the verb's own subject, outside quotations."""
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and not self.in_quote(c.i)), None)
        return self.recast_subject(subj) if subj is not None else None

    def article_marked(self, who: str, verb: Token) -> str:
        """"title:syndicaliste" for "Le syndicaliste dénonce « ... »", a noun of both genders
        the lexicon gives none: with the gender of its article, "le" or "la"."""
        if who.count(":") > 1:
            return who
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.pos_ == "NOUN"), None)
        if subj is None:
            return who
        det = next((c.lower_ for c in subj.children if c.dep_ == "det"), "")
        return who + ":" + ("m" if det == "le" else "f") if det in ("le", "la") else who

    def parts_of(self, person: Entity, before: int) -> set[str]:
        """The nouns of a part in the event, not a trade, the text set beside this person's
        name before character `before`: "Le prévenu, X,", "X, la victime,"; "un témoin, X"
        (models/quotes.json: human_nouns, parties); or the part of the one tried the text
        gives by a verb ("X comparaissait", "le tribunal a condamné X")."""
        # the one tried ("Le tribunal a condamné X", "X comparaissait"): not the prosecutor
        out = {noun for noun in _tried() if any(p is person for p in self.party(noun, before))}
        for p, a, b in self.idx.in_span(0, self.tok_at(before), ("person",)):
            if p is not person or self.in_quote(a):
                continue
            for t in self.apposed_words(a, b):
                low = fold(t.lemma_ or t.text)
                if t.pos_ == "NOUN" and (low in self.words.human_nouns or low in parties()) \
                        and self.lex.title_of(t.lower_) is None and low not in self.words.plain_person_nouns:
                    out.add(low)
        return out

    def apposed_words(self, a: int, b: int) -> list[Token]:
        """The words in apposition to the name at tokens [a, b): the phrase before its comma
        ("son associé de toujours, Paul Roy") and the one between commas after it ("Paul Roy,
        son associé de toujours, ...")."""
        doc = self.doc
        near: list[Token] = []
        if a >= 2 and doc[a - 1].text == ",":  # "son associé de toujours, Paul Roy"
            for t in reversed(doc[max(0, a - 6):a - 1]):
                if t.is_punct or t.pos_ in ("VERB", "AUX"):
                    break
                near.append(t)
        if b < len(doc) - 1 and doc[b].text == ",":  # "Paul Roy, son associé de toujours, ..."
            after: list[Token] = []
            for t in doc[b + 1:min(len(doc), b + 6)]:
                if t.is_punct or t.pos_ in ("VERB", "AUX"):
                    if t.text == ",":  # the apposition closes; not "X, sa disparition a ..."
                        near += after
                    break
                after.append(t)
        return near

    def read_text(self, verb: Token) -> Token | None:
        """"a lu le témoignage de la fillette", "cite un passage de la lettre": the object of a verb of
        reading or citing when it is a text (models/quotes.json: read_verbs, text_nouns); what
        follows is the text's words, not the reader's."""
        lemma = fold(verb.lemma_ or verb.text)
        # "X a cité Y :", the tagger reading the participle after "a" as the noun "cité" and the
        # name as part of it
        misread = verb.pos_ == "NOUN" and lemma == "cite" and verb.i > 0 \
            and self.doc[verb.i - 1].lemma_ == "avoir"
        lemma = "citer" if misread else lemma
        published = lemma in self.words.publish_verbs
        if lemma not in self.words.read_verbs and not published:
            return None
        deps = ("obj", "flat:name") if misread else ("obj",)
        objs = [c for c in verb.children if c.dep_ in deps and c.pos_ in ("NOUN", "PROPN")]
        text = next((c for c in objs if fold(c.lemma_ or c.text) in self.words.text_nouns), None)
        if published:
            # "publie une tribune du député X", "a recueilli le témoignage d'un habitant": a text
            # with its author after "de"; "X a publié un communiqué" is X's own text
            return text if text is not None and self.authored(text) else None
        if text is None and lemma in ("citer", "reciter") and objs and self.cited_person(objs[0]):
            return objs[0]  # "X cite Victor Dupuis : « ... »", "X a cité son père :": the one cited
        return text

    def authored(self, text: Token) -> bool:
        """The text noun has a complement opened by "de" in its phrase ("la lettre de X", "un
        message du ministre", "une lettre ouverte du maire"): its author, named or not."""
        return any(t.i > text.i and t.dep_ == "case" and t.lower_ in ("de", "d'", "d\u2019", "du", "des")
                   and t.head.i > t.i for t in text.subtree)  # "une lettre ouverte du maire"

    def text_authors(self, text: Token, colon: int) -> list[Entity]:
        """The people named as the author of a text noun before the colon: in its phrase after
        it, not after "à" ("une lettre de l'ambassadeur X"); or the name that follows its phrase
        right away, the parser having hung it elsewhere ("les propos du commissaire X")."""
        sub = list(text.subtree)
        hi = sub[-1].i + 1
        authors = [p for p, a, _ in self.idx.in_span(sub[0].i, hi, ("person",))
                   if a > text.i and self.doc[a - 1].lower_ not in ("à", "au", "aux")]
        if not authors and hi < colon and self.doc[hi - 1].pos_ == "NOUN" and self.authored(text):
            hit = self.idx.starting_at(hi, ("person",))
            if hit is not None and hit[2] == colon:
                authors = [hit[0]]
        return authors

    def cited_person(self, obj: Token) -> bool:
        """The object of "citer" names a person: a name, or a noun of a person, kin or title ("son
        père", "son prédécesseur"); not "l'exemple de Y", "un chiffre" (the words are the subject's)."""
        if self.cited_body(obj) is not None:
            return True  # "X a cité le syndicat Y :", "X cite l'Insee :": the body's words
        if obj.pos_ == "PROPN" or self.idx.at(obj.i, ("person",)) is not None:
            # ("Mme Y", the word of address read as a noun, within the name's mention)
            # a name the tagger left untyped ("misc") too: a title of a work, or a person it missed
            return bool(self.idx.at(obj.i, ("person", "misc")))
        low = obj.lower_
        return low in self.words.human_nouns or fold(low) in self.words.human_nouns or low in CITED_NOUNS \
            or self.lex.title_of(low) is not None

    def cited_body(self, obj: Token) -> Entity | None:
        """The organization the object of "citer" names: its name, or a noun of a body with the
        name right after it ("le syndicat Sud Rail"); not one named in a complement after "de"
        ("un élu du syndicat Y" is a person)."""
        hit = self.idx.at(obj.i, ("organization",))
        if hit is None and fold(obj.lemma_ or obj.text) in self.words.org_nouns:
            hit = self.idx.starting_at(obj.i + 1, ("organization",))
        return hit[0] if hit is not None else None

    def voice_of(self, lo: int, hi: int) -> Entity | None:
        """The person a body speaks through, named between its subject and its verb: "par la
        voix de X", "par la bouche de X", "par l'intermédiaire de X"; a side "assurée par X",
        "représentée par X" ("La défense, assurée par Me X, a plaidé ...")."""
        doc = self.doc
        for k in range(lo + 1, hi - 1):
            through = k >= 2 and doc[k].lower_ in ("voix", "bouche", "intermédiaire") \
                and doc[k - 2].lower_ == "par" and doc[k - 1].lower_ in ("la", "l'") \
                and doc[k + 1].lower_ in ("de", "d'", "du")
            agent = doc[k].lower_ == "par" and fold(doc[k - 1].text) in self.words.agent_participles
            if through or agent:
                for j in range(k + (2 if through else 1), min(hi, k + 6)):  # past "son secrétaire", "M."
                    hit = self.idx.starting_at(j, ("person",))
                    if hit is not None:
                        return hit[0]
                    if doc[j].pos_ not in ("DET", "NOUN", "ADJ"):
                        break
                return None
        return None

    def one_member(self, head: Token) -> bool:
        """"Le dirigeant de la Somatem avait confirmé", "le responsable de l'entreprise": one
        member of the body, a person the text does not name, who is not the body ("un
        dirigeant de X", "les responsables de X" may speak for it; models/quotes.json: member_nouns)."""
        # "la dirigeante" with no body after it points back to the one named before
        return fold(head.text) in self.words.member_nouns and any(
            c.dep_ == "det" and c.lower_ in ("le", "la", "l'") for c in head.children) \
            and any(c.dep_ == "nmod" and c.i > head.i for c in head.children)

    def np_speaker(self, head: Token, depth: int = 0) -> Who:
        """The speaker the subject whose head is `head` names."""
        low = head.lower_
        if low == "on":
            return self.fronted_body(head)
        if self.demonstrative(head):
            # "Celui-ci a indiqué que ...": the person named last before, as "ce dernier"
            return "latest:" + ("f" if low.startswith("celle") else "m")
        if head.pos_ == "PRON":
            if low == "qui" and head.head.dep_ == "acl:relcl" and depth < 2:
                return self.np_speaker(head.head.head, depth + 1)  # "l'organisation, qui affirme"
            if low == "qui" and head.i > 0 and self.doc[head.i - 1].text == "," and head.dep_ == "nsubj":
                # "Y a interrogé X, qui a répondu que", the parser hanging the relative on the
                # main verb: the name right before the comma is its subject
                named = self.antecedent_before_comma(head.i - 1, head.sent.start)
                if named is not None:
                    return named
            if low.lstrip("-t") in ("il", "elle", "ils", "elles") or low in PRONOUNS:
                return _pronoun(head)
            if low in ("lui", "eux") and head.dep_ in SUBJECT_DEPS:
                return STRESSED[low]  # "Lui aussi savourait : « ... »": the stressed form as subject
        if self.demonym(head):
            return self.demonym_marker(head)
        if head.pos_ == "VERB" and "Part" in head.morph.get("VerbForm") \
                and any(c.dep_ == "obl:agent" for c in head.children) and head.head.i > head.i:
            # "Accusé par X d'avoir menti, le ministre Y a rétorqué": a fronted passive
            # participle the parser took for the subject; the one named after its comma
            comma = next((t.i for t in self.doc[head.i:head.head.i] if t.text == ","), None)
            who = self.speaker_near(comma + 1, incise=False) if comma is not None else None
            return who if isinstance(who, Entity) and who.type == "person" else NOBODY
        if head.pos_ == "NOUN" and head.dep_ in SUBJECT_DEPS and any(c.dep_ == "case" for c in head.children):
            # "Côté patronal, l'union X estime que": a phrase of side the parser
            # took for the subject; the body in apposition to it is
            for c in head.children:
                body = self.idx.at(c.i, ("organization", "person")) if c.dep_ == "appos" else None
                if body is not None:
                    return body[0]
        hit = self.idx.at(head.i, SPEAKERS)
        if hit and hit[0].type != "person" and hit[1] >= 2 \
                and self.doc[hit[1] - 1].lower_ in ("de", "d'", "du") \
                and self.lex.title_of(self.doc[hit[1] - 2].lower_):
            # "Le maire de Saint-Ambroise-du-Lac, Réjean Thibodeau, regrette", the parser taking the
            # commune for the subject: the phrase of the title it completes
            start = hit[1] - 2
            if start >= 1 and self.doc[start - 1].pos_ == "DET":
                start -= 1
            who = self.speaker_near(start)
            return who if who is not None else NOBODY
        if hit:
            return hit[0]
        if low in ("dernier", "dernière") and any(c.lower_ in ("ce", "cette") for c in head.children):
            return "latest:" + ("f" if low.endswith("ère") else "m")  # "ce dernier a expliqué"
        body = self.acronym_body(head)
        if body is not None:
            return body
        sub = list(head.subtree)
        lo, hi = sub[0].i, sub[-1].i + 1
        for ent, a, _ in self.idx.in_span(lo, hi, ("person",)):
            if self.doc[a - 1].lower_ in ("de", "d'", "du", "des") or not self.near(head, a) \
                    or self.thing_named(a) or self.titled_complement(head, a) or self.in_clause_of(head, a):
                continue  # "l'avocate de Bernard": a complement; a name far down the phrase
            return ent  # "Son entraîneur, Fabrice Lhomond", "Une des juristes de Sotrel, Inès Dalbret"
        if fold(head.text) in self.words.spokes_nouns or fold(head.lemma_) in self.words.spokes_nouns:
            if self.one_member(head):
                return NOBODY
            named = [h for h in self.idx.in_span(lo, hi, SPEAKERS) if self.near(head, h[1])]
            spoken = fold(head.lemma_ or head.text) not in self.words.text_nouns | WRITTEN_SPOKES
            for ent, a, b in named[1:] if spoken else ():
                if ent is not named[0][0] and self.doc[a - 1].text == "," and self.doc[a].pos_ == "PROPN" \
                        and b < len(self.doc) and self.doc[b].text == ",":
                    # "Le porte-parole du parti X, Somchai Rattana, a appelé ...": the name set
                    # between commas after a spokesperson's body names that spokesperson, even
                    # one the types step took for a body (not "l'UMP", an article before)
                    return ent
            if named and named[0][0].type == "person" and spoken:
                return NOBODY  # "le porte-parole de X", "un représentant de X": not X speaking
            if named:  # "le documentaire de Canal Azur"
                return named[0][0]
        noun = fold(head.lemma_ or head.text)
        if (noun in self.words.org_nouns or noun in self.words.organ_nouns) and head.pos_ == "NOUN":
            # "La direction de l'usine Peugeot a confirmé", "La délégation de l'UMR a jugé": the
            # body it is the organ of
            named = [h for h in self.idx.in_span(lo, hi, ("organization",)) if self.near(head, h[1])]
            if named:
                return named[0][0]
        if head.pos_ == "NOUN" and fold(head.lemma_ or head.text) in self.words.view_words:
            # "Le constat du chef de centre est sans appel : « ... »": the view of the one the
            # description after "de" stands for
            for c in head.children:
                cases = {k.lower_ for k in c.children if k.dep_ == "case"}
                if c.dep_ == "nmod" and c.pos_ == "NOUN" and cases & {"de", "du", "d'"}:
                    who = self.noun_speaker(c, contracted="du" in cases)  # "du": "de le"
                    return who if isinstance(who, str) and who.startswith("title:") else NOBODY
        if head.pos_ in ("NOUN", "PROPN") and self.name_untyped(lo, hi, head.i):
            return NOBODY
        if head.pos_ in ("NOUN", "PROPN") or self.person_adjective(head):
            return self.noun_speaker(head)
        return NOBODY

    def in_clause_of(self, head: Token, a: int) -> bool:
        """Whether the name at token `a` stands inside a clause hung on the noun `head` (a
        relative or a participle: "La tournée, que X avait organisée, s'est achevée"): the
        clause's subject or complement, not what the noun phrase names."""
        t = self.name_head(a)
        for _ in range(8):
            if t.i == head.i or t.head.i == t.i:
                return False
            if t.dep_ in ("acl", "acl:relcl") and t.head.i == head.i:
                return True
            t = t.head
        return False

    def person_adjective(self, tok: Token) -> bool:
        """"la sexagénaire", "le quinquagénaire": a noun for a person by age or sex (models/
        quotes.json: plain_person_nouns) that the tagger read as an adjective, right after a
        definite singular article and before no noun it could qualify."""
        doc = self.doc
        if tok.pos_ != "ADJ" or "Plur" in tok.morph.get("Number") or tok.i == 0 \
                or doc[tok.i - 1].lower_ not in ("le", "la", "l'"):
            return False
        if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in ("NOUN", "PROPN"):
            return False  # "le quinquagénaire Paul Roy" reads the name; "la sexagénaire dame" the noun
        return fold(tok.text) in self.words.plain_person_nouns

    def epicene_female(self, head: Token) -> str:
        """"f" when a title of both genders ("libraire", "fleuriste", "juge", "ministre") is
        written with a feminine article or adjective ("sourit la libraire", "l'ancienne
        ministre"): the pronoun-like description then stands for a woman only; "" otherwise
        (a masculine article says nothing: "le maire" may be a woman)."""
        return "f" if self.article_gender(head) == "f" else ""

    def relative_demonstrative(self, k: int) -> str | None:
        """"», raconte celle qui a repris la ferme", "», sourit celui dont ...": a
        demonstrative pronoun heading a relative clause, set after the incise's verb, takes up
        a person of its gender named before, as the personal pronoun would ("pronoun:f"); the
        relative clause describes that person, it names no new speaker."""
        doc = self.doc
        if k + 1 >= len(doc) or doc[k].lower_ not in ("celle", "celui") \
                or doc[k + 1].lower_ not in ("qui", "dont", "que", "qu'"):
            return None
        return "pronoun:" + ("f" if doc[k].lower_ == "celle" else "m")

    def demonstrative(self, head: Token) -> bool:
        """"Celui-ci", "celle-ci" (one token, or three: "Celui", "-", "ci")."""
        low, doc = head.lower_, self.doc
        if low in ("celui-ci", "celle-ci"):
            return True
        return low in ("celui", "celle") and head.i + 2 < len(doc) \
            and doc[head.i + 1].text == "-" and doc[head.i + 2].lower_ == "ci"

    def name_untyped(self, lo: int, hi: int, after: int) -> bool:
        """Whether a name in apposition after a comma, in tokens [lo, hi) past `after`, is one
        the tagger did not read as a person ("Le ministre des Mines, Kwame Asante, a
        rétorqué", the name typed a place): the title then stands for that one, whom the
        text does not give as a person, not for the last holder of the title named before."""
        doc = self.doc
        for k in range(after + 1, min(hi, len(doc) - 2)):
            if doc[k].text != "," or k < lo:
                continue
            j = k + 1
            while j < len(doc) and doc[j].text in CIVILITIES:
                j += 1
            words = 0
            while j < len(doc) and (doc[j].text[:1].isupper() or doc[j].text == "-") \
                    and doc[j].pos_ in ("PROPN", "NOUN", "ADJ", "PUNCT", "X"):
                if self.idx.at(j, ("person",)) is not None or self.lex.title_of(doc[j].lower_):
                    return False
                words += doc[j].text != "-"
                j += 1
            if words >= 2 and j < len(doc) and doc[j].text in (",", ".", ":") \
                    and not doc[k + 1].text.isupper():
                return True
        return False

    def acronym_body(self, head: Token) -> Entity | None:
        """"La CAF appelle ...", the body named before as "CAF Vendée": an acronym the tagger
        left alone that opens the name or an alias of one organization named before it."""
        text = head.text
        if len(text) < 2 or not text.isupper() or not text.isalpha() or self.idx.at(head.i) is not None:
            return None
        found = {id(e): e for e, a, _ in self.idx.in_span(0, head.i, ("organization",))
                 if any(f.split()[0] == text and len(f.split()) > 1
                        for f in (e.name, *e.attrs.get("aliases", []), *(m.text for m in e.mentions)))}
        return next(iter(found.values())) if len(found) == 1 else None

    def fronted_body(self, on: Token) -> Who:
        """"Du côté de la SNCF, on explique que ...", "À la mairie de Golbey, on se veut
        rassurant": "on" speaks for the organization a phrase of place or side opening its
        clause names ("du côté de", "chez", "à", "au sein de"), else for nobody."""
        doc = self.doc
        first = self.sentence_start(on.i)
        k = first
        while k < on.i and doc[k].lower_ in ("du", "côté", "de", "d'", "chez", "à", "au", "aux", "sein",
                                              "la", "le", "les", "l'", "dans", "l'entourage"):
            k += 1
        if k == first or k >= on.i:
            return NOBODY
        hit = self.idx.starting_at(k, ("organization",))
        if hit is None or hit[2] >= on.i or doc[hit[2]].text != "," or hit[2] + 1 != on.i:
            return NOBODY
        return hit[0]

    def titled_complement(self, head: Token, a: int) -> bool:
        """A name at `a` after a noun of a person in a complement of `head`: "le porte-parole du
        président X", "l'avocat de son voisin X" (X is not the one the phrase names); or set
        between commas when `head` is an event of a life ("la mort de son oncle, X,")."""
        doc = self.doc
        noun = doc[a - 1] if a > head.i + 1 else None
        if noun is not None and noun.text == "," and a > head.i + 2 and head.pos_ == "NOUN" \
                and self.life_event(head):
            # "Le décès de son grand-père, X, a tout changé": the parser hangs the name on the
            # event, but an event of a life is no person; the name set between commas is its
            # complement's, a person named by one singular noun ("La tête de liste des
            # écologistes, X," is the head's; "Lors de la visite du préfet, X a ..." is the
            # subject after a fronted phrase)
            hit = self.idx.at(a)
            noun = doc[a - 2]
            a -= 1
            if hit is None or hit[2] >= len(doc) or doc[hit[2]].text != "," \
                    or noun.pos_ not in ("NOUN", "ADJ") or "Plur" in noun.morph.get("Number") \
                    or not self.person_noun(noun):  # "voisin" may be tagged as an adjective
                return False  # "La victime de l'agression, X,": a thing as the complement, X the head's
        elif noun is None or noun.pos_ != "NOUN" or not self.person_noun(noun):
            return False
        k = a - 2
        while k > head.i and doc[k].pos_ in ("DET", "ADJ"):
            k -= 1  # "de son ancien voisin X"
        return k > head.i and doc[k].lower_ in ("de", "d'", "du", "des")

    def life_event(self, head: Token) -> bool:
        """A noun of an event of someone's life (models/quotes.json: life_nouns, death_nouns,
        memory_nouns): "le départ", "la mort", "l'hommage"."""
        w = self.words
        return any(f in nouns for f in (fold(head.lemma_ or head.text), fold(head.text))
                   for nouns in (w.life_nouns, w.death_nouns, w.memory_nouns))

    def person_noun(self, noun: Token) -> bool:
        """A title, a noun of a person or one of CITED_NOUNS ("voisin", "oncle", "maire")."""
        return bool(self.lex.title_of(noun.lower_) or fold(noun.lower_) in self.words.human_nouns
                    or noun.lower_ in CITED_NOUNS)

    def near(self, head: Token, a: int) -> bool:
        """A name at token `a` belongs to the phrase of `head`: a few words after it, or in
        apposition after a comma that closes a longer complement ("Le président de
        l'association des amis du musée, Paul Roy"), no verb between."""
        d = a - head.i
        return d > 0 and (d <= 6 or (d <= 14 and self.apposed(a))) \
            and not any(t.pos_ == "VERB" for t in self.doc[head.i:a])

    def subjects(self, verb: Token) -> list[Token]:
        """Subjects of the verb, from the SUBJECT dependency pattern."""
        return [self.doc[m["subject"]] for m in self.dm.where("SUBJECT", "verb", verb.i)]

    def verb_subject(self, verb: Token) -> Who | None:
        """The speaker the verb's subject names, up the chain of governing verbs ("Estimant
        que ...", "et déclara", "indiquant que"); a linear fallback for a name right before.
        A subject naming nobody yields to a person named right before the verb ("Ancien
        directeur de l'usine, Paul Roy a assuré", the parser taking the title as subject)."""
        tok = verb
        root = verb.sent.root
        k = verb.i - 1
        while k > 0 and self.doc[k].lower_ in GERUND_CLITICS:
            k -= 1  # "en lui promettant", "en se disant"
        gerund = "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense") \
            and k >= 0 and self.doc[k].lower_ == "en"
        governing = verb.head
        while governing.pos_ not in ("VERB", "AUX") and governing.head.i != governing.i:
            governing = governing.head
        if gerund and governing is not verb and governing.pos_ in ("VERB", "AUX") \
                and governing.i < verb.i \
                and not any(c.dep_ in SUBJECT_DEPS and c.lower_ != "tout" for c in verb.children) \
                and (self.subjects(governing) or any(c.dep_ in SUBJECT_DEPS for c in governing.children)):
            # "X a quitté la salle tout en promettant « ... »", "X a appelé au calme, tout en
            # réclamant « ... »": a gerund has the subject of the verb it goes with, wherever
            # the parser hung it (on the object, or with "tout" for its subject)
            tok = governing
        elif verb.dep_ in ("advcl", "conj") and root is not verb and "Part" in verb.morph.get("VerbForm") \
                and "Pres" in verb.morph.get("Tense") and not self.subjects(verb) \
                and not any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
                and (self.subjects(root) or any(c.dep_ in SUBJECT_DEPS for c in root.children)):
            # "X a démenti que Y soit malade, indiquant que « ... »": a participle clause has
            # the main clause's subject, wherever the parser hung it
            tok = root
        elif verb.dep_ == "acl" and verb.head is not root and verb.i > 0 \
                and self.doc[verb.i - 1].text == "," \
                and "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense") \
                and verb.head.pos_ == "NOUN" and not _human(verb.head, self.words) \
                and fold(verb.head.lemma_ or verb.head.text) not in self.words.org_nouns \
                and self.idx.at(verb.head.i) is None and root.pos_ == "VERB" and root.i < verb.i \
                and any(c.dep_ in SUBJECT_DEPS for c in root.children):
            # "X a rejeté les critiques de Y, affirmant que « ... »": a detached participle the
            # parser hung on a thing, which says nothing; the main clause's subject says it
            tok = root
        own = self.subjects(verb) or any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        de = verb.i >= 1 and self.doc[verb.i - 1].lower_ in ("de", "d'")
        if de and not own and "Inf" in verb.morph.get("VerbForm"):
            if verb.i >= 2 and self.doc[verb.i - 2].lower_ == "et" \
                    and (verb.i == 2 or self.doc[verb.i - 3].is_punct or self.doc[verb.i - 3].is_space):
                return "pronoun"  # "Et d'ajouter : « ... »": the one the text was speaking of
            j = next((k for k in range(verb.i - 3, max(-1, verb.i - 10), -1)
                      if self.doc[k].lower_ == "et"), -1)
            if j >= 0 and (j == 0 or self.doc[j - 1].is_punct or self.doc[j - 1].is_space) \
                    and not any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in self.doc[j + 1:verb.i - 1]):
                # "Et le maire d'ajouter : « ... »", the infinitive of narration
                who = self.speaker_near(j + 1, incise=False)
                if who is not None and who != NOBODY:
                    return who
            if verb.i >= 2 and self.doc[verb.i - 2].lower_ == "avant" and root is not verb \
                    and root.i < verb.i and self.subjects(root):
                tok = root  # "X a promis ..., avant d'ajouter que « ... »": the main clause's subject
        for _ in range(3):
            subjects = self.subjects(tok) or [c for c in tok.children if c.dep_ in SUBJECT_DEPS] \
                or self.personal_expletive(tok)
            # a subject the parser found on another line ("date 2002-10-03" over the first
            # sentence) is none
            subjects = [c for c in subjects if not self.across_lines(c.i, tok.i)]
            if tok is verb and any(_fronted(c, tok.i) for c in subjects):
                # "Selon l'agence X, le syndicat Y a déclaré": the parser hanging the real subject
                # on the fronted phrase, in apposition after its comma (or as a complement with
                # no preposition of its own): that subject
                subjects = [next((a for a in c.children if c.i < a.i < tok.i
                                  and (a.dep_ == "appos" or (a.dep_ == "nmod" and not any(
                                      x.dep_ == "case" for x in a.children)))
                                  and self.doc[a.left_edge.i - 1].text == ","), c)
                            if _fronted(c, tok.i) else c for c in subjects]
            if tok is verb and any(_fronted(c, tok.i) for c in subjects):
                # "En réponse à X, Y a affirmé", "Répondant à X, Y a dit": a noun or a name under
                # a preposition, the parser taking the fronted phrase for the subject; the person
                # named right before the verb speaks
                named = self.name_before(verb)
                if isinstance(named, Entity) and named.type == "person":
                    return named
                # else no subject (not "Selon X", the source the parser may take for one)
                subjects = [c for c in subjects if not _fronted(c, tok.i, self.lex.according_to)]
            if not subjects and tok is verb and verb.pos_ == "NOUN" and verb.dep_ == "appos" \
                    and verb.head.i < verb.i:
                subjects = [verb.head]  # "le président de X juge que", "juge" read as a noun
            if not subjects and tok is verb:
                # "La présidente insiste : « ... »", "insiste" read as an adjective
                subjects = self.adjective_read(verb)
            if not subjects and tok is verb and verb.dep_ == "ROOT":
                # "Devant la presse, le maire, très calme, ne cache pas sa joie : « ... »"
                start = self.after_break(self.sentence_start(verb.i), verb.i)
                described = self.fronted_description(start, verb)
                subjects = [described] if described is not None else []
            if subjects:
                who = self.subject_speaker(subjects)
                voice = self.voice_of(subjects[0].i, verb.i) if tok is verb else None
                if voice is not None:
                    return voice  # "Le syndicat, par la voix de Mme Loiseau, a dénoncé"
                if tok is verb and isinstance(who, Entity) and who.type in ("organization", "misc"):
                    named = self.person_before_body(verb, subjects[0], max(0, verb.i - 40))
                    if named is not None:
                        return named
                # only a person's title ("Ancien directeur, X a assuré"), not a text ("Une note
                # adressée au PDG, X, précise")
                # or a fronted participle the parser took for it ("Interrogé par la presse, X
                # s'est dit « ... »")
                fronted = subjects[0].pos_ == "VERB" and "Part" in subjects[0].morph.get("VerbForm") \
                    and subjects[0].i < verb.i
                if tok is verb and not isinstance(who, Entity) \
                        and ((subjects[0].pos_ != "PRON" and (_human(subjects[0], self.words) or fronted))
                             or self.one_of_apposed(subjects[0])):
                    if any(self.titled_complement(subjects[0], a) for _, a, _ in
                           self.idx.in_span(subjects[0].i, verb.i, ("person",))):
                        return NOBODY  # "Le porte-parole du président X a affirmé": not X
                    named = self.name_before(verb)
                    if isinstance(named, Entity) and named.type == "person":
                        return named
                return who
            if tok is verb:
                named = self.name_before(verb)
                if named is not None:
                    return named
                aux = self.stray_auxiliary(verb)
                if aux is not None:
                    return self.subject_speaker(aux)
                # the subject after the verb: "comme le souligne le consul, Ambroise Vaudrey"
                after = self.speaker_near(verb.i + 1)
                if isinstance(after, Entity):
                    return after
            if tok.dep_ not in ("conj", "advcl", "xcomp", "acl", "mark") or tok.head is tok:
                break
            controlled = self.controller(tok)
            if controlled is not None:
                return controlled
            tok = tok.head
        return None

    def one_of_apposed(self, subj: Token) -> bool:
        """"X, l'un des négociateurs de Y, a jugé": "l'un", "l'une" set after a comma, which the
        parser may take for the subject while it hangs the name before the comma elsewhere;
        the apposition describes that name (found by `name_before`)."""
        return subj.lower_ in ("un", "une") and subj.i >= 2 \
            and any(c.dep_ == "det" and c.lower_ in ("l'", "l’") for c in subj.children) \
            and self.doc[subj.i - 2].text == ","

    def controller(self, inf: Token) -> Who | None:
        """"X a accusé Y d'avoir dit « ... »", "X reproche à Y d'avoir affirmé que": an
        infinitive after "de" under an active verb of object control (models/quotes.json:
        control_verbs) has that verb's object for its subject, not the verb's own subject. With
        a past infinitive, the object's words as reported (the person or body it names; nobody
        for a pronoun or a noun); with a present one ("X somme Y de déclarer"), words not yet
        said: nobody. None when the construction is not that one."""
        head = inf.head
        lemma = fold(head.lemma_ or head.text)
        # (the lemma may be left as the present's form: "reproche")
        if inf.dep_ != "xcomp" or head.i > inf.i or head.pos_ != "VERB" or (
                lemma not in self.words.control_verbs and lemma + "r" not in self.words.control_verbs):
            return None
        marked = [c for c in inf.children if c.dep_ == "mark" and c.i < inf.i]
        if not marked or marked[0].lower_ not in ("de", "d'", "d’") \
                or any(c.dep_ in ("aux:pass", "obl:agent") for c in head.children):
            return None  # "X a été accusé par Y d'avoir dit": the subject is the one accused
        objects = [c for c in head.children if head.i < c.i < inf.i and (
            c.dep_ in ("obj", "iobj") or (c.dep_ == "obl:arg" and any(
                g.dep_ == "case" and g.lower_ in ("à", "au", "aux") for g in c.children)))]
        clitics = [c for c in head.children if c.i < head.i and c.dep_ in ("obj", "iobj")
                   and c.pos_ == "PRON" and c.lower_ not in ("se", "s'", "s’")]
        if not objects and not clitics:
            return None
        past = any(c.dep_ == "aux:tense" and c.i < inf.i for c in inf.children)
        who = self.subject_speaker(objects[:1]) if objects and past else NOBODY
        return who if isinstance(who, Entity) else NOBODY

    def adjective_read(self, verb: Token) -> list[Token]:
        """"Le président insiste : « ... »": a short clause the parser hung on the quotation's
        verb, reading the finite verb of saying as an adjective of its subject noun: that noun
        (the head of its phrase, not a complement: "Le président du club insiste"). Only a
        form that is no participle ("une position affirmée" is a thing), right after the
        phrase, no comma between, and the colon right after it."""
        head = verb.head
        if not (verb.dep_ == "amod" and verb.pos_ in ("ADJ", "NOUN", "VERB")
                and head.pos_ in ("NOUN", "PROPN") and head.i < verb.i
                and "Part" not in verb.morph.get("VerbForm")
                and not verb.lower_.endswith(("é", "ée", "és", "ées"))
                and verb.i + 1 < len(self.doc) and self.doc[verb.i + 1].text == ":"):
            return []
        while head.dep_ == "nmod" and head.head.i < head.i and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head
        if any(t.is_punct for t in self.doc[head.i + 1:verb.i]):
            return []
        return [head]

    def personal_expletive(self, verb: Token) -> list[Token]:
        """"Il a ensuite tenu à saluer « ... »", the parser reading the subject "il" (or
        "elle") as impersonal: that pronoun, when the verb takes no impersonal subject
        (models/quotes.json: impersonal_verbs; not "il y a", "il se dit que", a passive)."""
        expl = [c for c in verb.children
                if c.dep_ == "expl:subj" and c.lower_ in ("il", "elle") and c.i < verb.i]
        if not expl or fold(verb.lemma_ or verb.text) in self.words.impersonal_verbs \
                or any(c.lower_ == "y" or c.dep_ in ("aux:pass", "obl:agent") for c in verb.children):
            return []
        nxt = self.doc[verb.i + 1].lower_ if verb.i + 1 < len(self.doc) else ""
        if nxt in ("que", "qu'", "qu’") and any(c.lower_ in ("se", "s'") for c in verb.children):
            return []  # "il se murmure que", "il se dit que": said by nobody in particular
        return expl[:1]

    def person_before_body(self, verb: Token, subj: Token, lo: int) -> Entity | None:
        """"Paul Roy, président de la communauté de communes de X, se réjouit", the parser
        taking the body in the apposition for the subject `subj` of `verb`: the person named
        right before the verb (name_before), a mention of whom from token lo on ends before
        that subject; else None."""
        named = self.name_before(verb)
        if isinstance(named, Entity) and named.type == "person" and any(
                p is named and b <= subj.i for p, _, b in self.idx.in_span(lo, verb.i, ("person",))):
            return named
        return None

    def stray_auxiliary(self, verb: Token) -> list[Token] | None:
        """"La directrice a pour sa part regretté « ... »", "a quant à elle jugé", the parser
        taking "a" for the main verb and the participle for a noun's complement: the subjects
        of that auxiliary, a few words before the participle with only an adverbial phrase
        between."""
        doc = self.doc
        if "Part" not in verb.morph.get("VerbForm"):
            return None
        for k in range(verb.i - 1, max(-1, verb.i - 8), -1):
            t = doc[k]
            if t.lemma_ in ("avoir", "être") and t.dep_ != "aux:pass":
                subjects = [c for c in t.children if c.dep_ in SUBJECT_DEPS]
                return subjects or None
            # the words of a fixed phrase ("a quant à elle jugé") and the commas of an aside
            # ("a, pour sa part, estimé") are adverbial too
            if (t.pos_ not in ("ADP", "DET", "NOUN", "ADV") or t.is_punct) and t.dep_ != "fixed" \
                    and t.text != ",":
                return None
        return None

    def name_before(self, verb: Token) -> Who | None:
        """A pronoun or a name right before the verb, past auxiliaries, object pronouns and
        adverbs of a finite verb ("X l'a aussi dit"; not a gerund's "en lui demandant"), and
        past an apposition between commas ("Le général Lucas, chef d'état-major, l'a rappelé")."""
        doc = self.doc
        k = verb.i - 1
        finite = "Fin" in verb.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in verb.children)
        while k >= 0 and (doc[k].pos_ == "AUX" or doc[k].lower_ in AUX_WORDS
                          or (finite and doc[k].lower_ in OBJECT_CLITICS)
                          or (finite and doc[k].pos_ == "ADV" and doc[k].dep_ == "advmod")):
            k -= 1
        if k >= 0 and doc[k].lower_ in ("il", "elle", "ils", "elles"):
            return _pronoun(doc[k])
        hit = self.idx.ending_at(k + 1, SPEAKERS)
        if hit is None and k >= 0 and doc[k].text == ")":
            # "L'Observatoire des Forêts Vivantes (OFV) regrette": the body before its acronym, the
            # parser leaving the verb without a subject
            hit = self.acronym_before(k + 1)
        if hit is None and k >= 0 and doc[k].text == ",":
            hit = self.idx.ending_at(k, ("person",))  # "Maître Vergès, plaide : ..."
            if hit is not None and self.governed_name(hit[1]):
                hit = None  # "X, qui succède à Y, affirme": Y closes the clause, X is the subject
            relative = False  # inside ", qui ... ," between the name and its verb
            for j in range(k - 1, max(-1, k - 25), -1):
                if hit is not None:
                    break
                if doc[j].lower_ == "qui" and j > 0 and doc[j - 1].text == "," and not relative:
                    relative = True  # "La Ligue (LPO), qui n'a pas signé, regrette": past the clause
                    continue
                if doc[j].text == ",":
                    hit = self.idx.ending_at(j, ("person",))
                    body = self.idx.ending_at(j, ("organization",)) or self.acronym_before(j)
                    if hit is None and body is not None and self.opens_clause(body[1]):
                        # "La mutuelle, partenaire de l'étude, rappelle que": the body
                        # that opens the clause, the parser leaving the verb without a subject
                        hit = body
                    break
                if (doc[j].pos_ in ("VERB", "AUX") and "Part" not in doc[j].morph.get("VerbForm")
                        and not self.relative_clause(j, k)) or doc[j].text in ".!?;:":
                    break
        if hit and not _complement(doc, hit[1]):
            return hit[0]
        return None

    def complement_in_sentence(self, person: Entity, open_c: int, close_c: int) -> bool:
        """Whether the quotation's sentence names this person, outside quotations, as the
        complement of a preposition or of a verb (governed_name)."""
        doc = self.doc
        lo = self.sentence_start(self.tok_at(open_c))
        hi = self.tok_at(close_c + 1)
        while hi < len(doc) and not (doc[hi].text in (".", "!", "?") or "\n" in doc[hi].text):
            hi += 1
        return any(p is person and not self.in_quote(a) and self.governed_name(a)
                   for p, a, _ in self.idx.in_span(lo, hi, ("person",)))

    def governed_name(self, a: int) -> bool:
        """Whether the name starting at token `a` is governed by a preposition or a verb right
        before it, past an article ("qui succède à Y", "après avoir rencontré Y", "qui a
        battu Y"): the complement of a clause, not the subject of the verb after the comma."""
        doc = self.doc
        k = a - 1
        if k >= 0 and doc[k].pos_ == "DET":
            k -= 1
        if k >= 0 and (doc[k].lower_ == "pour" or (k > 0 and doc[k - 1].lower_ == "quant")):
            return False  # "Quant à X, il estime", "Pour X, ...": the one the clause is about
        return k >= 0 and (doc[k].pos_ == "ADP" or (doc[k].pos_ == "VERB" and not is_speech_verb(doc[k])))

    def relative_clause(self, j: int, k: int) -> bool:
        """Whether token j stands in a relative clause ", qui ..." that the comma at k closes."""
        doc = self.doc
        for m in range(j, max(-1, j - 12), -1):
            if doc[m].lower_ == "qui":
                return m > 0 and doc[m - 1].text == "," and all(t.text != "," for t in doc[m:k])
            if doc[m].is_punct:
                return False
        return False

    def acronym_before(self, k: int) -> tuple[Entity, int, int] | None:
        """The organization whose name ends right before "(ACRONYM)", which ends at token k:
        "la Fédération des chasseurs (FDC)"."""
        doc = self.doc
        if k < 3 or doc[k - 1].text != ")" or doc[k - 3].text != "(" or not doc[k - 2].text[:1].isupper():
            return None
        return self.idx.ending_at(k - 3, ("organization",))

    def opens_clause(self, a: int) -> bool:
        """Whether the name at token `a` opens its sentence or line, past an article."""
        doc = self.doc
        k = a - (a > 0 and doc[a - 1].pos_ == "DET")
        return k == 0 or doc[k - 1].is_space or doc[k - 1].text in (".", "!", "?", "»", "”", '"') \
            or doc[k].is_sent_start

    # --- where the attribution stands ---------------------------------------------------

    def incise_noun(self, close_char: int) -> bool:
        """Whether the incise after the closing mark has a verb of saying whose subject, after
        it, is a common noun no entity covers ("», a répondu le prévenu", "», lance un
        voisin"): someone the incise describes, not the speaker of the sentence before."""
        doc = self.doc
        i = self.tok_at(close_char + 1)
        for k in range(i, min(len(doc), i + 6)):
            t = doc[k]
            if t.is_sent_start and k > i:
                return False
            if is_speech_verb(t):
                subj = next((c for c in t.children if c.dep_ in SUBJECT_DEPS and c.i > t.i), None)
                # "le prévenu" the tagger may read as a participle: a noun by its article
                noun = subj is not None and (subj.pos_ == "NOUN" or (
                    subj.pos_ in ("VERB", "ADJ") and any(c.dep_ == "det" for c in subj.children)))
                return noun and subj is not None and self.idx.at(subj.i) is None
        return False

    def after(self, close_char: int) -> Found | None:
        """Attribution right after the closing mark: (speaker or pronoun, verb, rule)."""
        doc, lex = self.doc, self.lex
        i = self.tok_at(close_char + 1)
        comma = False
        while i < len(doc) and (doc[i].text in (",", ")", "»", "”", '"', "-", "—", "–")
                                or (comma and doc[i].is_space and doc[i].text.count("\n") == 1)):
            # "« ... »,\na-t-il déclaré": a comma after the mark carries the incise to the next line
            comma = comma or doc[i].text == ","
            i += 1
        if i >= len(doc):
            return None
        if doc[i].text == "(" and comma is False:
            # "« ... » (Paul Roy).": the speaker signs in parentheses, a person's name alone
            hit = self.idx.starting_at(i + 1, ("person",))
            if hit is not None and hit[2] < len(doc) and (doc[hit[2]].text == ")" or (
                    doc[hit[2]].text == "," and any(t.text == ")" for t in doc[hit[2]:hit[2] + 6])
                    and self.lex.title_of(doc[hit[2] + 1].lower_) is not None)):
                return hit[0], "", "signed"  # "(Paul Roy)", "(Paul Roy, président)"
            return None
        if doc[i].lower_ in lex.according_to:
            if not comma and doc[i].text[:1].isupper() and self.text[:close_char].rstrip()[-1:] in ".!?…":
                return None  # "« ... . » Selon la fédération, ...": the next sentence's own source
            if i + 1 < len(doc) and doc[i + 1].lower_ in STRESSED:  # "», selon lui."
                return STRESSED[doc[i + 1].lower_], doc[i].text, "according_to"
            # "selon l'accusation", "selon l'enquête": a thing, not someone to point back to
            who = self.speaker_near(i + 1, incise=False)
            return (who, doc[i].text, "according_to") if who is not None else None
        if doc[i].text == ":":
            # "« ... » : le procureur Oudjane a réclamé la fermeté": the clause after the colon
            for k in range(i + 1, min(len(doc), i + 12)):
                if doc[k].is_sent_start or doc[k].text in (".", "«", "“"):
                    break
                if is_speech_verb(doc[k]):
                    who = self.verb_subject(doc[k])
                    return (who, doc[k].text, "incise") if who is not None else None
            return None
        verb: Token | None = None
        pron: str | None = None
        for k in range(i, min(len(doc), i + 6)):
            t = doc[k]
            if _clitic(t):
                pron = _pronoun(t)
                continue
            if (t.lemma_ == "faire" and k + 1 < len(doc) and doc[k + 1].lower_ == "savoir") \
                    or any(getattr(_phrase_start(doc[j]), "i", -1) == k
                           for j in range(k + 1, min(len(doc), k + 3))):
                continue  # "», a fait savoir X", "», fait-elle remarquer": the saying is the phrase
            if t.lower_ in ON_FORMS and k + 1 < len(doc) and doc[k + 1].lemma_ in ("apprendre", "lire"):
                continue
            if t.lemma_ == "pouvoir" and k + 2 < len(doc) and doc[k + 1].lower_ in ON_FORMS \
                    and doc[k + 2].lemma_ == "lire":
                continue  # "», peut-on lire dans un communiqué de X"
            inverted_on = k + 1 < len(doc) and doc[k + 1].lower_ in ("-on", "-t-on")
            if (t.lemma_ == "lire" or t.lower_ in ("lit", "lisait")) \
                    and ((t.i > i and doc[t.i - 1].lower_.endswith("on")) or inverted_on):
                # "», peut-on lire dans un communiqué de la préfecture": the text's author; not
                # a medium ("lit-on dans Le Monde"), which only reports
                j = k + 1 + inverted_on
                if j + 2 < len(doc) and doc[j].lower_ == "dans" and doc[j + 1].pos_ == "DET" \
                        and fold(doc[j + 2].lemma_ or doc[j + 2].text) in self.words.spokes_nouns:
                    who = self.speaker_near(j + 1)
                    return (who, t.text, "incise") if isinstance(who, Entity) else None
                return None
            if t.lemma_ == "apprendre" and t.i > i and doc[t.i - 1].lower_.endswith("on"):
                # "», a-t-on appris auprès de la gendarmerie": the source told is the speaker
                j = next((j for j in range(k + 1, min(len(doc), k + 4)) if doc[j].lower_ == "auprès"), None)
                if j is not None and j + 2 < len(doc) and doc[j + 1].lower_ in ("de", "d'", "du", "des"):
                    who = self.speaker_near(j + 2)  # past "de": "la gendarmerie", "syndicat FO"
                    return (who, t.text, "incise") if who is not None and who != NOBODY else None
                return None
            said = self.said_through(k)
            if said is not None:
                verb = said  # "», a-t-il fini par lâcher", "», a tenu à préciser X"
                # "», devait-il déclarer", "», allait-elle expliquer": the subject clitic
                # inverted on the modal or the auxiliary, before the infinitive
                clitics = [x for x in doc[k + 1:said.i] if _clitic(x)]
                if clitics:
                    pron = _pronoun(clitics[-1])
                break
            if (t.lower_ == "savoir" and doc[k - 1].lemma_ == "faire") or is_speech_verb(t) \
                    or (comma and self.incise_verb(t, pron is None)) \
                    or (comma and k == i and fold(t.text) in self.words.incise_forms):
                verb = t
                break
            if t.pos_ not in ("AUX", "ADV") and t.lower_ not in INCISE_FILLERS:
                break  # "», nous a confié X", "», leur a-t-il dit": the ones the words were said to
        if verb is None:
            return None
        k = verb.i + 1
        # "a expliqué à l'AFP Gaël Tromeur", "a expliqué hier à nos confrères X": skip
        # adverbs and the addressee (a name, or a common noun phrase)
        for _ in range(3):
            k = self.detached_after(k)  # "», a lancé, ravie, X", "», a promis, hier soir, X"
            while k < len(doc) and doc[k].pos_ == "ADV" and doc[k].lower_ not in PRONOUNS:
                k += 1
            k = self.time_phrase_end(k)  # "», racontait hier matin l'éleveur", "mardi soir"
            if k + 2 < len(doc) and doc[k].lower_ == "dans" and doc[k + 1].pos_ == "DET" \
                    and doc[k + 2].pos_ == "NOUN" and k + 3 < len(doc) and doc[k + 3].pos_ == "DET":
                k += 3  # "», a réagi dans un communiqué l'association X": where it was said
            if k < len(doc) and doc[k].lower_ in ("à", "au", "aux"):
                k += 1 + (k + 1 < len(doc) and doc[k + 1].lower_ in ("l'", "la", "le", "les"))
                hit = self.idx.at(k)
                if hit:
                    k = hit[2]
                elif k + 1 < len(doc) and doc[k].pos_ == "DET" and doc[k + 1].pos_ == "NOUN":
                    k += 2  # "à nos confrères"
                    while k < len(doc) and doc[k].pos_ == "ADJ":
                        k += 1
                elif k < len(doc) and doc[k].pos_ == "NOUN" \
                        and doc[k - 1].lower_ in ("l'", "la", "le", "les", "au", "aux"):
                    k += 1  # "à la télévision NHK", "au quotidien Le Monde": the medium, and its name
                    while k < len(doc) and doc[k].pos_ == "ADJ":
                        k += 1
                    named = self.idx.at(k)
                    if named and named[0].type != "person":
                        k = named[2]
                    elif not named:  # "aux journalistes Luc Lemarié": the one who speaks, not a medium's name
                        while k < len(doc) and doc[k].pos_ == "PROPN":
                            k += 1
        while k < len(doc) and (doc[k].lower_ in PRONOUNS or doc[k].lower_ == "-t"):
            pron = _pronoun(doc[k]) if doc[k].lower_ != "-t" else pron or "pronoun"
            k += 1
        if k < len(doc) and doc[k].lower_ in ON_FORMS:
            return self.body_said(k + 1), verb.text, "incise"
        if pron:
            return pron, verb.text, "incise"
        relative = self.relative_demonstrative(k)
        if relative is not None:
            return relative, verb.text, "incise"
        if k < len(doc) and self.demonstrative(doc[k]):
            # "», a déclaré celui-ci": the one named last, as "ce dernier" (the tagger may read
            # the pronoun as the verb's object)
            return "latest:" + ("f" if doc[k].lower_.startswith("celle") else "m"), verb.text, "incise"
        # the speaker, maybe after an article or a title ("a dit l'entraîneur Michel Blanc")
        who = self.speaker_near(k)
        if who is not None:
            return who, verb.text, "incise"
        for c in self.subjects(verb):
            if c.i > verb.i:
                return self.np_speaker(c), verb.text, "incise"
        person = self.past_adverbials(k)
        if person is not None:
            return person, verb.text, "incise"
        return None

    def time_phrase_end(self, k: int) -> int:
        """Past the day an incise's verb was said on, set between the verb and its subject
        ("», racontait hier matin l'éleveur", "», a redit jeudi soir le ministre", "», a
        expliqué ce matin la gérante"): a weekday or "hier"/"avant-hier" ("ce"/"cette" before a
        part of the day), then parts of the day and "dernier" (models/quotes.json:
        incise_day_parts); the token after it when a determiner or a name follows (the
        subject), else `k` itself. The parser often takes the day for the verb's subject."""
        doc = self.doc
        if k >= len(doc):
            return k
        parts = self.words.incise_day_parts
        j = k
        if doc[j].lower_ in ("ce", "cette") and j + 1 < len(doc) and fold(doc[j + 1].text) in parts:
            j += 2
        elif fold(doc[j].text) in self.lex.weekdays or doc[j].lower_ in ("hier", "avant-hier"):
            j += 1
        elif not (fold(doc[j].text) in parts and doc[j - 1].lower_ in ("hier", "avant-hier")):
            return k  # "hier", an adverb, stepped past before: its part of the day follows
        while j < len(doc) and fold(doc[j].text) in parts:
            j += 1
        if j < len(doc) and doc[j].text == ",":
            j += 1  # "», a dit hier soir, X"
        if j < len(doc) and (doc[j].pos_ == "DET" or self.idx.starting_at(j, SPEAKERS) is not None):
            return j
        return k

    def detached_after(self, k: int) -> int:
        """Past a short phrase set between commas right after an incise's verb ("», a
        lancé, ravie, X", "», a promis, hier soir, X", "», a dit, sans hésiter, X"): the
        token after its second comma, when it names no one, holds no finite verb nor
        quotation mark, and a speaker follows it; else `k` itself."""
        doc = self.doc
        if k >= len(doc) or doc[k].text != ",":
            return k
        j = next((j for j in range(k + 1, min(len(doc), k + 6)) if doc[j].text == ","), None)
        if j is None or j == k + 1:
            return k
        inner = doc[k + 1:j]
        if any(t.is_punct or t.is_space or "Fin" in t.morph.get("VerbForm") or t.pos_ == "PRON"
               or (t.pos_ == "PROPN" and not t.text[:1].islower()) for t in inner) \
                or self.idx.in_span(k + 1, j, SPEAKERS):
            return k
        return j + 1 if self.speaker_near(j + 1) is not None else k

    def body_said(self, k: int) -> Who:
        """"», indique-t-on à la mairie de Lunéville", "explique-t-on au club": an impersonal
        "on" speaks for the body where it was said: the organization named after "à", "au",
        "chez", "auprès de", or the one a class noun points to ("au club"). "On" is nobody
        else: not the person named before ("confie-t-on dans son entourage")."""
        doc = self.doc
        while k < len(doc) and doc[k].pos_ == "ADV":
            k += 1
        if k + 2 < len(doc) and doc[k].lower_ == "du" and doc[k + 1].lower_ == "côté":
            k += 1  # "», indique-t-on du côté d'Enedis"
        elif k >= len(doc) or doc[k].lower_ not in ("à", "au", "aux", "chez", "auprès"):
            return NOBODY
        k += 1
        while k < len(doc) and doc[k].lower_ in ("de", "du", "des", "d'", "l'", "la", "le", "les"):
            k += 1
        if k >= len(doc):
            return NOBODY
        hit = self.idx.at(k, ("organization",))
        if hit:
            return hit[0]
        noun = fold(doc[k].lemma_ or doc[k].text)
        if doc[k].pos_ == "NOUN" and noun in self.words.org_nouns:
            # "à la direction de l'usine Solvay", "à la direction départementale de La Poste"
            for ent, _, _ in self.idx.in_span(k + 1, min(len(doc), k + 7), ("organization",)):
                return ent
            return "org:" + noun
        return NOBODY

    def past_adverbials(self, k: int) -> Entity | None:
        """The person named after an incise verb's adverbials: "lance, amusé, X", "résume en
        souriant X", "prévient d'emblée X", "assure de son côté X" (commas, adverbs,
        prepositions, participles, and a possessive's noun: no other noun phrase, no verb)."""
        doc = self.doc
        j = k
        while j < min(len(doc), k + 10):
            hit = self.idx.starting_at(j, ("person",))
            if hit is not None:
                # "a souligné, à propos de X, le trésorier": the one spoken of, not the speaker
                return None if j > k and doc[j - 1].pos_ == "ADP" else hit[0]
            t, prev = doc[j], doc[j - 1]
            if prev.pos_ == "ADP" and prev.lower_ not in ("de", "d'", "du", "des"):
                # "a dénoncé sur RTL X", "a affirmé lors d'une visite à Goma le représentant
                # ...": the place, medium or occasion after a preposition is no subject
                place = self.idx.starting_at(j, ("organization", "place", "misc"))
                if place is not None:
                    j = place[2]
                    continue
                if t.pos_ == "PROPN":
                    j += 1
                    continue
            if t.pos_ == "DET" and prev.pos_ == "ADP":
                j += 1  # "lors d'une visite": the article of the preposition's noun
                continue
            participle = t.pos_ in ("ADJ", "VERB") and "Part" in t.morph.get("VerbForm") \
                and (prev.lower_ == "en" or prev.text == ",")  # "en souriant", ", amusé,"
            possessive = (t.pos_ == "DET" and "Poss=Yes" in t.morph) \
                or (t.pos_ == "NOUN" and prev.pos_ == "DET" and "Poss=Yes" in prev.morph)  # "de son côté"
            bare = (t.pos_ == "ADJ" and prev.text == ",") or (t.pos_ == "NOUN" and prev.pos_ == "ADP") \
                or (t.pos_ == "NOUN" and prev.pos_ == "DET" and j >= 2 and doc[j - 2].pos_ == "ADP")
            if not (t.text == "," or t.pos_ in ("ADV", "ADP") or participle or possessive or bare):
                if j > k and t.pos_ == "DET" and prev.pos_ != "ADP":
                    # "estimait pour sa part l'entraîneur Yves Keller"; not "au sujet de
                    # l'entraîneur X, ...": the one spoken of
                    who = self.speaker_near(j)
                    if isinstance(who, Entity) and who.type == "person":
                        return who
                return None  # "d'emblée": a bare noun after a preposition; anything else ends it
            j += 1
        return None

    def inner_incise(self, s: int, e: int) -> Found | None:
        """"« Nous ne pouvons pas, explique le maire, augmenter les impôts. »": an incise set
        between two commas inside the marks names the speaker (a verb of saying, or any verb
        with its subject inverted after it), when it is short and the quotation goes on."""
        text = self.text
        commas = [x for x in range(s, e) if text[x] == ","]
        for c, nxt in pairwise(commas):
            inside = text[c + 1:nxt]
            if len(inside.split()) > 12 or not text[nxt + 1:e].strip(" .!?…"):
                continue
            found = self.after(c - 1)
            if found is not None:
                return found
        # "« Nous ne céderons pas, a déclaré X. Ces menaces ne changent rien. »": the incise
        # closes the quotation's first sentence, the marks going on with the next
        for c in commas:
            stop = FULL_STOP.search(text, c, e)
            if stop is None or "," in text[c + 1:stop.start()] or len(text[c + 1:stop.start()].split()) > 12 \
                    or not text[stop.end():e].strip(" .!?…") \
                    or re.match(r"\s*(m'|m’|me |nous |lui |leur )", text[c + 1:stop.start()]):
                continue  # "« Tu es guéri, m'a dit le médecin. J'étais soulagé. »": words retold
            found = self.after(c - 1)
            if found is not None and found[2] == "incise":
                return found
        return None

    def cleft(self, close_char: int) -> Found | None:
        """"« ... ». C'est ce qu'a affirmé hier le maire, X", "Voilà ce que X a déclaré": the
        sentence after the quotation names its speaker in a cleft on "ce que"."""
        doc = self.doc
        i = self.tok_at(close_char + 1)
        while i < len(doc) and (doc[i].is_space or doc[i].text in (".", "!", "?", "»", "”", '"')):
            i += 1
        words = [t.lower_ for t in doc[i:i + 4]]
        echo = self.echo_named(close_char, i)
        if echo is not None:
            return echo
        said = next((j for j in range(i + 2, min(len(doc), i + 7)) if doc[j].lower_ in ("que", "qu'")), None)
        if words[:3] in (["c'", "est", "ce"], ["voilà", "ce", "qu'"], ["voilà", "ce", "que"]):
            k = i + (3 if words[0] == "c'" else 2)
        elif words[:2] == ["c'", "est"] and said is not None \
                and {t.lower_ for t in doc[i + 2:said]} & {"mots", "termes", "ainsi", "paroles", "propos"}:
            # "C'est par ces mots que X a clos la soirée", "C'est en ces termes que ...": the
            # words are the one named after "que", whatever the verb
            who = self.speaker_near(said + 1, incise=False)
            return (who, "", "cleft") if who is not None and who != NOBODY else None
        elif words[:2] in (["c'", "est"], ["tel", "est"], ["telle", "est"]) or words[:1] == ["voilà"]:
            return self.view_named(i)
        else:
            return self.taken_up(close_char, i)
        if k >= len(doc) or (doc[k].lower_ not in ("que", "qu'") and words[0] == "c'"):
            return None
        end = k
        while end < len(doc) and doc[end].text not in (".", "!", "?", ":", "«", "“") \
                and "\n" not in doc[end].text:
            end += 1
        if end < len(doc) and doc[end].text in (":", "«", "“"):
            return None  # "C'est ce qu'a confirmé X : « ... »": X's own words follow, not these
        found = self.after(doc[k].idx + len(doc[k].text) - 1)  # "qu'a affirmé hier le maire, X"
        if found is not None:
            return found[0], found[1], "cleft"
        for t in doc[k + 1:min(len(doc), k + 7)]:  # "ce que X a affirmé"
            if t.is_punct:
                break
            if is_speech_verb(t):
                who = self.verb_subject(t)
                return (who, t.text, "cleft") if who is not None else None
        return None

    def echo_named(self, close_char: int, i: int) -> Found | None:
        """"« ... » Le constat d'Hélène Roux, trésorière de ..., a ouvert la réunion", "Le cri
        d'alarme de X", "Les propos de X": the sentence right after a quotation that ends its
        own sentence opens with a noun naming those words as someone's saying
        (models/quotes.json: echo_nouns) and "de" with that one's name: that person (or body)."""
        doc, text = self.doc, self.text
        if i >= len(doc) or doc[i].lower_ not in ("le", "la", "l'", "les", "ce", "cet", "cette", "ces") \
                or not doc[i].text[:1].isupper():
            return None
        gap = text[close_char + 1:doc[i].idx]
        inner = text[:close_char].rstrip()
        if "\n\n" in gap or not (gap.strip() in (".", "!", "?") or inner.endswith((".", "!", "?", "…"))):
            return None  # the quotation ends its sentence; the next one in its paragraph or right after it
        start = doc[i + 1].idx if i + 1 < len(doc) else len(text)
        rest = fold(text[start:start + 60]).replace("’", "'")
        for noun in self.words.echo_longest:
            if not rest.startswith(noun):
                continue
            after = rest[len(noun):]
            # not "le constat du maire": a title, whose holder the title's logic finds
            de = next((d for d in (" de ", " d'") if after.startswith(d)), None)
            if de is None:
                return None
            k = self.tok_at(start + len(noun) + len(de))
            who = self.speaker_near(k, incise=False)
            if isinstance(who, Entity) and who.type in ("person", "organization") and not self.in_quote(k):
                return who, "", "cleft"
            return None
        return None

    def taken_up(self, close_char: int, i: int) -> Found | None:
        """"« ... » Ces mots, Yves Marec les a lancés ...", "Ces paroles sont celles de X", "Tels
        sont les mots de X", "Ainsi s'exprimait X", "X résume ainsi ...": the sentence right
        after a quotation that ends its own sentence takes those words up (a demonstrative with
        a noun of words, models/quotes.json: text_nouns, echo_nouns; or "ainsi" on a verb of
        saying) and says whose they are: the one person it names, the subject of a verb of
        saying whose object is those words, or after "de" on the words' noun ("celles de X").
        Not "Ces mots, X les a entendus" (heard, not said), nor a saying denied."""
        doc, text = self.doc, self.text
        if i >= len(doc) or not doc[i].text[:1].isupper():
            return None
        gap = text[close_char + 1:doc[i].idx]
        inner = text[:close_char].rstrip()
        ended = gap.strip() in (".", "!", "?") or inner.endswith((".", "!", "?", "…"))
        if gap.count("\n") > 2 or not (ended or not gap.strip(" \t")):
            return None  # the quotation ends its sentence (or its paragraph); the next one right after it
        hi = i
        while hi < len(doc) and doc[hi].text not in (".", "!", "?") and "\n" not in doc[hi].text:
            if doc[hi].text in ("«", "“", '"', ":"):
                return None  # words of its own: the sentence introduces another quotation
            hi += 1
        people = {id(p): (p, a, b) for p, a, b in self.idx.in_span(i, hi, ("person",))
                  if not self.in_quote(a)}
        if len(people) > 1:
            return None
        if doc[i].lower_ in ("ces", "ce", "cet", "cette", "tels", "telles", "tel", "telle"):
            return self.words_taken_up(i, hi, people)
        if "\n" in gap or not ended or len(people) != 1:
            return None
        person, a, b = next(iter(people.values()))
        head = next((t for t in doc[a:b] if not a <= t.head.i < b), doc[a])
        verb = head.head
        if head.dep_ != "nsubj" or verb.dep_ != "ROOT" or not self.utters(verb) \
                or _denied(verb) or _negated(verb) \
                or not any(c.lower_ == "ainsi" for c in verb.children) \
                or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
            return None
        return person, verb.text, "cleft"  # "Ainsi s'exprimait X", "X résume ainsi la soirée"

    def words_taken_up(self, i: int, hi: int, people: dict[int, tuple[Entity, int, int]]) -> Found | None:
        """The sentence [i, hi) opens with a demonstrative and a noun of words ("Ces mots",
        "Cette phrase", "Ces propos"; "Tels sont les mots"): whose words they are, if it says it.
        "Ces mots, X les a prononcés", "..., le maire les a lancés", "..., il les a tenus",
        "..., c'est X qui les a prononcés": the subject of a verb of uttering whose object
        pronoun takes the words up (read from the words' order: the parser often breaks this
        dislocation); "Ces paroles sont celles de X", "Tels sont les mots de X": after "de"."""
        doc = self.doc
        words = self.words.text_nouns | self.words.echo_nouns
        noun = next((t for t in doc[i + 1:min(hi, i + 4)] if t.pos_ == "NOUN"), None)
        if noun is None or (fold(noun.lemma_ or noun.text) not in words and fold(noun.text) not in words):
            return None
        comma = next((j for j in range(noun.i + 1, min(hi, noun.i + 3)) if doc[j].text == ","), None)
        if comma is not None:
            k = comma + 1
            cleft = [t.lower_ for t in doc[k:k + 2]] == ["c'", "est"]
            k += 2 * cleft
            for j in range(k + 1, min(hi, k + 14)):
                if doc[j].lower_ not in WORDS_CLITICS:
                    continue
                verb = next((t for t in doc[j + 1:min(hi, j + 4)] if t.pos_ != "AUX"), None)
                if verb is None or verb.pos_ != "VERB" or not self.utters(verb, only=True) \
                        or any(t.lower_ in NEGATION for t in doc[k:verb.i]):
                    continue
                end = j - (cleft and doc[j - 1].lower_ == "qui")
                named = [p for p, a, _ in people.values() if k <= a < end]
                if len(named) != len(people):
                    return None  # someone named outside the subject
                if named:
                    return named[0], verb.text, "cleft"
                if end == k + 1 and doc[k].lower_ in ("il", "elle"):
                    return _pronoun(doc[k]), verb.text, "cleft"
                who = self.speaker_near(k, incise=False)
                return (who, verb.text, "cleft") if who is not None and who != NOBODY else None
        if len(people) != 1:
            return None
        person, a, b = next(iter(people.values()))
        head = next((t for t in doc[a:b] if not a <= t.head.i < b), doc[a])
        if doc[a - 1].lower_ in ("de", "d'", "d\u2019") and (
                head.head.i == noun.i or head.head.lower_ in ("celles", "ceux", "celle", "celui")):
            return person, "", "cleft"  # "Tels sont les mots de X", "Ces paroles sont celles de X"
        return None

    def utters(self, verb: Token, only: bool = False) -> bool:
        """A verb whose object is words said (models/quotes.json: utter_verbs: "prononcer",
        "s'exprimer", "tenir des propos"; not "critiquer", "saluer", words one speaks of), active;
        unless `only`, any verb of saying too."""
        return (not only and is_speech_verb(verb)) or (
            verb.pos_ == "VERB" and fold(_participle_lemma(verb)) in self.words.utter_verbs
            and not any(c.dep_ in ("aux:pass", "obl:agent") for c in verb.children))

    def view_named(self, i: int) -> Found | None:
        """"« ... ». C'est l'avis de Jean X", "Tel est le constat dressé par X", "Voilà le
        sentiment de X": the sentence after the quotation names it a view (a noun of stance or
        of a speech given) and whose it is, one person after "de" or "par"."""
        doc = self.doc
        k = i + (2 if doc[i].lower_ in ("c'", "tel", "telle") else 1)
        hi = k
        while hi < len(doc) and hi < k + 12 and doc[hi].text not in (".", "!", "?", "«", "“") \
                and "\n" not in doc[hi].text:
            hi += 1
        views = self.words.view_words
        if not any(fold(t.text) in views for t in doc[k:min(hi, k + 4)]):
            return None
        people = [(p, a) for p, a, _ in self.idx.in_span(k, hi, ("person",))]
        if len({id(p) for p, _ in people}) != 1 or doc[people[0][1] - 1].lower_ not in ("de", "d'", "par"):
            return None
        return people[0][0], "", "cleft"

    def incise_verb(self, t: Token, first: bool) -> bool:
        """Any verb in the shape of an incise reports the quotation it follows ("», sourit-il",
        "», s'amuse Paul Vernier"), after the comma that closes the quotation: a finite verb
        with an inverted subject pronoun after it, or, as the first word after the quotation,
        a person named right after it (not "« ... » visant Paul Roy", a participle)."""
        # a finite verb, or a participle after its auxiliary ("», a justifié le ministre")
        compound = "Part" in t.morph.get("VerbForm") and t.i > 0 and self.doc[t.i - 1].pos_ == "AUX"
        finite = "Fin" in t.morph.get("VerbForm") or compound
        # "», tempère Hélder Fonseca", the tagger reading the verb as an auxiliary
        verb = t.pos_ == "VERB" or (t.pos_ == "AUX" and first and t.lemma_ not in AUXILIARIES)
        if not verb or t.i + 1 >= len(self.doc) or not finite:
            return False
        if self.doc[t.i + 1].lower_ in INVERTED:
            return True
        if first and self.described_noun(t.i + 1) is not None:
            return True  # "», plaisante la bénévole", "», sourit le boulanger"
        if first and self.described_noun(t.i + 1, any_noun=True) is not None and self.stance(t, t.i, t.i + 1):
            return True  # "», s'amuse la retraitée": a verb of feeling has a person for subject
        hit = self.idx.starting_at(t.i + 1, ("person",)) if first else None
        return bool(hit)

    def described_noun(self, k: int, any_noun: bool = False) -> Token | None:
        """The noun of a definite singular noun phrase for a person starting at token k: "la
        bénévole", "le vieil artisan", "l'entraîneur" (a title, a job or a noun for people,
        models/quotes.json's human_nouns; with `any_noun`, any noun: "la retraitée"), the
        inverted subject of an incise; else None."""
        doc = self.doc
        if k >= len(doc) or doc[k].lower_ not in ("le", "la", "l'"):
            return None
        for t in doc[k + 1:min(len(doc), k + 3)]:
            if t.pos_ == "ADJ" and not (any_noun and t.i + 1 < len(doc) and not doc[t.i + 1].is_alpha):
                continue
            human = t.pos_ in ("NOUN", "ADJ") if any_noun else t.pos_ == "NOUN" and _human(t, self.words)
            return t if human and "Plur" not in t.morph.get("Number") else None
        return None

    def late_incise(self, close_char: int, limit: int) -> Found | None:
        """An incise closing the sentence the quotation stands in: "« ... » et n'octroyer
        aucune immunité, a déclaré X." (up to the sentence end or the next quotation)."""
        seg = self.text[close_char + 1 : limit]
        m = SENTENCE_END.search(seg)
        seg = seg[: m.start()] if m else seg
        for j, c in enumerate(seg):
            if c == "," and j > 0:
                found = self.after(close_char + 1 + j)
                if found is not None and found[2] in ("incise", "according_to"):
                    return found
        return None

    def before(self, open_char: int, previous: bool = True) -> Found | None:
        """Attribution before the opening mark, in the same sentence; or, when `previous`, in
        the sentence before one the quotation opens."""
        doc, lex = self.doc, self.lex
        i = self.tok_at(open_char) - 1
        while i >= 0 and doc[i].text in ("«", "“", '"', "„", "—", "–"):
            i -= 1
        if i < 0:
            return None
        if doc[i].is_space or doc[i].text == "\n":
            # "Il explique :\n« ... »": a colon closing the line before opens the quotation
            k = i
            while k >= 0 and (doc[k].is_space or doc[k].text == "\n"):
                k -= 1
            if k >= 0 and doc[k].text in (":", ".", "!", "?"):
                i = k  # ... or the sentence that ends the paragraph before: "X confirme.\n« ... »"
        if (doc[i].text in (".", "!", "?", "\n") or doc[i].is_space) and not previous:
            return None
        if doc[i].text in (".", "!", "?", "\n") or doc[i].is_space:
            # the quotation opens its sentence; "X confirme. « ... »": the sentence before
            # ends on a speech verb with nothing said in it
            k = i
            while k >= 0 and (doc[k].is_space or doc[k].text in (".", "\n")):
                k -= 1
            if k < 0 or doc[i].text != ".":
                return None
            sent = doc[doc[k].sent.start:k + 1]
            if any(t.text in ("»", "”", "«", "“", '"') for t in sent):
                return None  # an incise sentence, or one with its own quotation
            last = doc[k]
            if is_speech_verb(last) and not any(c.dep_ in ("obj", "ccomp", "xcomp") for c in last.children):
                verb = last
            else:
                # "Jean Dupont a annoncé sa démission hier. « ... »": the sentence before
                # reports the speech the quotation gives
                verb = next((t for t in sent if t.dep_ == "ROOT" and is_speech_verb(t)), None)
            if verb is not None:
                who = self.verb_subject(verb)
                if isinstance(who, str) and who.startswith("title:"):
                    who = self.recast_subject_of(verb) or who  # "L'ancien maire a réagi. « ... »"
                if isinstance(who, Entity) or (isinstance(who, str)
                                               and who.startswith(("pronoun:", "title:"))):
                    return who, verb.text, "verb_before"  # "Il a expliqué. « ... »": his words
            return None
        # the parser may cut a sentence after its opening phrase ("»\nPour lui, « ... »" read
        # as two, the second opening on the comma): back to its start by punctuation and lines
        first = doc[i].sent.start
        if doc[first].text == ",":
            first = min(first, self.sentence_start(i))
        # "D'après le porte-parole de X, qui ..., Y, la réunion pourrait se tenir « ... »": a
        # sentence that opens on its source is read back to it, a long apposition on the way
        opening = self.source_opening(max(first, self.sentence_start(i)), i)
        lo = opening - 2 if opening is not None and i - opening <= 50 else max(first - 1, i - 30, -1)
        deferred: Found | None = None
        for k in range(i, lo, -1):
            t = doc[k]
            if (t.text in (".", "!", "?") and k != i) or self.in_quote(k):
                break  # a short quotation on the way ("«trois inconvénients»") does not stop
            cue = t.lower_ in lex.according_to \
                or (t.lower_ == "après" and k > 0 and doc[k - 1].lower_ == "d'")  # "D'" "après"
            opener = self.view_opener(k) if k == first or doc[k - 1].is_punct or doc[k - 1].is_space else 0
            if cue and not opener and self.source_of_report(k, i, first):
                continue  # "X a déclaré, selon l'AFP, que « ... »": the verb's subject said it
            if cue and k + 1 <= i and doc[k + 1].lower_ in RELATIVE_SOURCES and doc[k + 1].lower_ != "qui" \
                    and k > first and doc[k - 1].text != ",":
                # "X a démenti les propos de Y selon lesquels « ... »", "l'idée selon laquelle":
                # the relative gives the content of the noun before it, the words of its author
                # if named, never the main clause's subject
                return self.content_author(k, first)
            if cue or opener:
                # "Selon X", "Pour X", "De l'avis de X", at a sentence or line start for the last
                # two (the parser may run a paragraph on from the line before)
                nxt = k + max(1, opener)
                if nxt <= i and doc[nxt].lower_ in RELATIVE_SOURCES and k > first and doc[k - 1].text == ",":
                    # "X, selon qui « ... »", "X, pour qui « ... »": the relative pronoun stands
                    # for the name before the comma, whose view the clause gives
                    named = self.antecedent_before_comma(k - 1, first)
                    return (named, t.text, "according_to") if named is not None else None
                stressed = nxt < len(doc) and doc[nxt].lower_ in STRESSED  # "Selon elle, « ... »"
                who = self.stressed(doc[nxt], first) if stressed else self.speaker_near(nxt, incise=False)
                cited = next((x for x in range(nxt + 1, i) if doc[x].lemma_ == "citer"), None)
                if cited is not None and cited + 1 < len(doc) and doc[cited + 1].lower_ == "par":
                    # "Selon la CGT, citée par l'agence Reuters, « ... »": a passive; the one
                    # after "par" only reports the source the sentence opens on, who speaks
                    cited = None
                if cited is not None:
                    # "Selon l'agence Reuters, qui cite un responsable américain, « ... »": the
                    # one the medium quotes speaks, if named
                    who = self.speaker_near(cited + 1, incise=False)
                    return (who, t.text, "according_to") if isinstance(who, Entity) else None
                if who is not None and who != NOBODY:
                    body = isinstance(who, Entity) and who.type != "person"
                    voice = self.voice_of(nxt, i) if body else None
                    # "Pour la CFDT, représentée par Mme X, « ... »": the one the body speaks through
                    return (voice if voice is not None else who), t.text, "according_to"
            if any(self.view_opener(j) > k - j for j in range(max(k - 3, 0), k)):
                continue  # the "dire" of "Au dire de X, « ... »": a word of the opener, no verb
            if t.pos_ == "VERB" and not self.in_quote(k) and not is_speech_verb(t) \
                    and k <= i and doc[i].text != ":" and self.stance_verb(t, stems=t.lemma_ == t.lower_):
                # "X se rappelle une époque « ... »", "X se veut « serein pour l'avenir »": the
                # words of the named person whose stance the clause says
                subj = self.verb_subject(t)
                if isinstance(subj, str) and subj.startswith("pronoun:"):
                    # "X a visité l'usine. Il s'est montré inquiet pour « ... »": the one person
                    # of its gender the sentence before names (a pronoun may stand for a thing)
                    if subj[8:] and t.dep_ == "ROOT":
                        # "X a reçu Y et Z. Il y voit « ... »", "X ... . Il était accompagné de Y.
                        # Il se dit « ... »": the pronoun, subject of the main verb, takes up the
                        # person its antecedent is, not one named as a complement (resolved
                        # with the quotation before, if any)
                        ante = self.antecedent(open_char, None, subj[8:])
                        if ante is not None and ante.type == "person":
                            return subj, t.text, "verb_before"
                    else:
                        ante = None
                    named = self.named_before(first, subj[8:]) if ante is None else None
                    if named is not None and all(
                            self.governed(a) for p, a, _ in self.idx.in_span(
                                self.sentence_start(first - 1), first, ("person",)) if p is named):
                        named = None  # "Sur proposition de Y, le conseil a voté ... . Il ...": not Y
                    # (nor when a body the pronoun may stand for is the antecedent)
                    subj = named or subj
                elif isinstance(subj, str) and subj.startswith("title:"):
                    # "Le syndicaliste craint « ... »", "Le jeune coureur se dit « ... »"
                    subj = self.subject_recast(t, open_char) or self.recast_subject_of(t) or subj
                if isinstance(subj, Entity) and subj.type == "person":
                    return subj, t.text, "verb_before"
            keeper = self.memory_of(t, i)
            if keeper is not None:
                subj = self.verb_subject(keeper)
                if isinstance(subj, Entity) and subj.type == "person":
                    return subj, keeper.text, "verb_before"
            if t.lemma_ == "répondre" and k < i and self.answers_for(t, i):
                return None  # "X devra répondre de « ... »": to answer for a charge, nothing said
            if i - k <= 2 and is_speech_verb(t) and not self.in_quote(k) and _denied(t):
                # (the quotation right after the verb: not "X ne dit pas autre chose : « ... »")
                return None  # "X n'a jamais dit « ... »", "X dément avoir déclaré « ... »": not X's words
            if doc[i].text == ":" and self.read_text(t) is not None:
                break  # "X a répété les mots du ministre : « ... »": the text's author, by the colon rule
            if doc[i].text == ":" and k < i and not self.in_quote(k):
                asked = self.asked_person(t, i)
                if asked is not None:
                    return asked, t.text, "verb_before"
            if (is_speech_verb(t) or self.calls_for(t, i) or self.speaks_of(t, i) or self.aims_at(t, i)) \
                    and not self.in_quote(k):
                subj = self.verb_subject(t)
                if subj == NOBODY and opening is not None and opening < k:
                    # "Selon X, les travaux vont reprendre « ... »": a thing is the subject of a
                    # verb that may be one of saying; the source the sentence opens on speaks,
                    # if it names someone
                    deferred = deferred or (subj, t.text, "verb_before")
                    continue
                if subj is None and t.pos_ != "VERB":
                    # "X a mis en garde contre « ... »": the subject of the phrase's verb
                    start = _phrase_start(t)
                    subj = self.verb_subject(start) if start is not None else None
                if subj == NOBODY and doc[i].text == ":" and self.colon(first, i) is not None:
                    break  # "La directrice, Anne Roux, le reconnaît : « ... »", the parse astray
                if subj == NOBODY and t.dep_ == "ccomp" and is_speech_verb(t.head) and t.head.i < t.i \
                        and not self.in_quote(t.head.i) and not self.body_or_person_subject(t):
                    # "X a indiqué que Moscou espérait « ... »": the one who reports the hope
                    # of a place or a thing
                    reporter = self.verb_subject(t.head)
                    if isinstance(reporter, Entity):
                        return reporter, t.head.text, "verb_before"
                if isinstance(subj, str) and subj.startswith("pronoun:"):
                    if self.interrupts_named(t, first, subj[8:]):
                        return None
                    reporter = self.reporter(t, first, subj[8:])
                    if reporter == NOBODY:
                        return None
                    if reporter is not None:
                        return reporter, t.text, "verb_before"
                if isinstance(subj, str) and subj.startswith("title:"):
                    # "Le syndicaliste dénonce « ... »": the one named just before who may be
                    # given that trade, else the title's own logic, with the gender its
                    # article gives a noun of both ("le syndicaliste" is not the woman quoted)
                    subj = self.subject_recast(t, open_char) or self.recast_subject_of(t) \
                        or self.article_marked(subj, t)
                if subj is not None:
                    return subj, t.text, "verb_before"
        if deferred is not None:
            return deferred
        if doc[i].text == ":":
            # the parser may start a sentence at the colon: the clause it closes, by punctuation
            return self.colon(min(first, self.sentence_start(i)), i)
        # "il estime que la filière traversera ..., laissant planer la menace que le secteur
        # « ... »": a long clause, its main verb a verb of saying whose complement holds the quotation
        root = doc[i].sent.root
        if first <= root.i < i - 30 and is_speech_verb(root) and not self.in_quote(root.i) \
                and i + 2 < len(doc) and self.complement_of(doc[i + 2], root):
            subj = self.verb_subject(root)
            if subj is not None:
                return subj, root.text, "verb_before"
        return None

    def body_or_person_subject(self, verb: Token) -> bool:
        """The verb's subject is a noun of a body or a person the text leaves unnamed ("Reuters
        rapporte que la fédération X a déclaré que « ... »", the name untyped): someone speaks,
        not the one reporting (unlike "que Moscou espérait", a place or a thing)."""
        return any(c.dep_ in SUBJECT_DEPS and c.pos_ == "NOUN" and (
            fold(c.lemma_ or c.text) in self.words.org_nouns or _human(c, self.words)
            or self.lex.title_of(c.lower_) is not None) for c in verb.children)

    def content_author(self, cue: int, first: int) -> Found | None:
        """The author of the noun that "selon lequel" (at `cue`) follows: the one person or body
        its phrase names ("les propos de Y selon lesquels", "la déclaration du syndicat X selon
        laquelle"), not one addressed ("à Y"); None for a bare noun ("la rumeur selon laquelle").
        The noun is the antecedent of the relative, else the head of the phrase before "selon"."""
        doc = self.doc
        rel = doc[cue + 1].head
        noun = rel.head if rel.dep_ == "acl:relcl" and rel.head.i < cue else doc[cue - 1]
        while noun.dep_ in ("nmod", "flat:name", "amod") and first <= noun.head.i < noun.i:
            noun = noun.head
        if noun.pos_ != "NOUN" or noun.i < first:
            return None
        author = self.sole_author(noun.i + 1, cue)
        return (author, doc[cue].text, "according_to") if author is not None else None

    def sole_author(self, lo: int, hi: int) -> Entity | None:
        """The one person or body named in tokens [lo, hi), the phrase of a noun of a saying or
        a text, not one addressed ("à Y"); None for none or several."""
        named = {e.id: e for e, a, _ in self.idx.in_span(lo, hi, ("person", "organization"))
                 if self.doc[a - 1].lower_ not in ("à", "au", "aux")}
        return next(iter(named.values())) if len(named) == 1 else None

    def antecedent_before_comma(self, comma: int, first: int) -> Entity | None:
        """The person or body named right before the comma at `comma`, past an apposition with
        no verb ("X, ministre de la Santé, selon qui"): the antecedent of a relative after it."""
        named = [(e, a, b) for e, a, b in self.idx.in_span(first, comma, SPEAKERS)
                 if e.type in ("person", "organization") and not self.in_quote(a)]
        if not named:
            return None
        who, _, b = named[-1]
        if b == comma:
            return who
        between = self.doc[b:comma]
        if between[0].text == "," and not any(t.pos_ in ("VERB", "AUX") or t.text in ("«", "»", ";", ":")
                                              for t in between):
            return who  # "Paul Varennes, ministre de la Santé, selon qui ..."
        return None

    def said_as_complement(self, open_char: int, verb: str) -> bool:
        """Whether the quotation opening at `open_char` is the complement of the verb of saying
        `verb`, the nearest verb before it in its clause: the mark right after "que" or the verb
        itself ("X a déclaré que « ... »", "X a dénoncé « ... »"); not after a participle that
        qualifies a noun ("des mesures jugées « ... »")."""
        doc = self.doc
        i = self.tok_at(open_char) - 1
        while i >= 0 and doc[i].text in ("«", "“", '"'):
            i -= 1
        if i < 0 or not (doc[i].lower_ in ("que", "qu'", "qu\u2019") or doc[i].pos_ == "VERB"):
            return False
        k = i
        while k >= 0 and doc[k].pos_ != "VERB" and doc[k].text not in (".", "!", "?"):
            k -= 1
        return k >= 0 and doc[k].text == verb and doc[k].dep_ not in ("acl", "amod") \
            and not self.in_quote(k) and is_speech_verb(doc[k])

    def source_of_report(self, k: int, i: int, first: int) -> bool:
        """"X a déclaré, selon l'AFP, que « ... »", "X a affirmé d'après Le Monde que « ... »":
        a source ("selon", "d'après" at token k) set right after a verb of saying (commas and
        adverbs between) is where the report of the saying comes from, not who said it: the
        verb's subject did, when it names someone (a name, a pronoun, a title) and the
        quotation is the verb's complement (the mark right after "que", a colon or the verb;
        token i is the one before the mark), the source phrase holding no verb of its own
        (not "X a annoncé des mesures qui, selon Y, sont « ... »")."""
        doc = self.doc
        if doc[i].lower_ not in ("que", "qu'", "qu\u2019", ":") and not is_speech_verb(doc[i]):
            return False
        if any(t.pos_ in ("VERB", "AUX") for t in doc[k + 1:i]):
            return False
        j = k - 1
        while j >= first and (doc[j].is_punct or doc[j].pos_ == "ADV" or doc[j].lower_ in ("d'", "d\u2019")):
            j -= 1
        if j < first or self.in_quote(j) or doc[j].pos_ != "VERB" or not is_speech_verb(doc[j]):
            return False
        subj = self.verb_subject(doc[j])
        return isinstance(subj, Entity) or (isinstance(subj, str) and subj.startswith(("pronoun:", "title:")))

    def passive_agent(self, verb: Token, colon: int) -> Who | None:
        """"X a été interpellé par le député Y :", "X a été pris à partie par Y :": a verb of
        addressing someone (models/quotes.json: address_verbs) in the passive, its agent opened by
        "par" before the colon: what that agent names (nobody when unnamed: "par un
        manifestant"), not the subject addressed; None when the verb is no such passive."""
        if not any(c.dep_ == "nsubj:pass" for c in verb.children) \
                or fold(verb.lemma_ or verb.text) not in self.words.address_verbs:
            return None  # not "X a été cité par le journal :", "interrogé par Y :": X's words
        par = next((t for t in self.doc[verb.i + 1:colon] if t.lower_ == "par" and t.dep_ == "case"), None)
        if par is None or any(t.pos_ in ("VERB", "AUX") for t in self.doc[verb.i + 1:par.i]):
            return None
        who = self.speaker_near(par.i + 1, incise=False)
        if isinstance(who, Entity):
            return who
        return NOBODY

    def asked_person(self, verb: Token, i: int) -> Entity | None:
        """"La chaîne a interrogé le ministre X : « ... »": the person a verb of questioning
        has as its object answers in the words after the colon (token i), unless they end on a
        question mark (the asker's question: "Le juge a interrogé X : « Où étiez-vous ? »")."""
        if fold(verb.lemma_ or verb.text) not in self.words.asking_verbs:
            return None
        obj = next((c for c in verb.children if c.dep_ == "obj" and c.i < i), None)
        if obj is None:
            return None
        people = [p for p, a, _ in self.idx.in_span(obj.left_edge.i, i, ("person",))
                  if self.doc[a - 1].lower_ not in ("de", "d'", "du", "des", "à", "au", "aux")]
        if len({p.id for p in people}) != 1:
            return None
        close = next((t for t in self.doc[i + 2:] if t.text in ("»", "”", '"')), None)
        if close is None or any(t.text == "?" for t in self.doc[close.i - 2:close.i]):
            return None
        return people[0]

    def source_opening(self, first: int, i: int) -> int | None:
        """The token of "Selon" / "D'après" when the sentence from `first` opens on it (after an
        adverb or a conjunction at most) before token `i`; else None."""
        doc = self.doc
        for k in range(first, min(i, first + 3)):
            t = doc[k]
            if t.lower_ in self.lex.according_to and t.lower_ != "pour":
                return k
            if t.lower_ == "après" and k > 0 and doc[k - 1].lower_ in ("d'", "d\u2019"):
                return k
            if t.pos_ not in ("CCONJ", "ADV", "PUNCT", "SPACE") and t.lower_ not in ("d'", "d\u2019"):
                return None
        return None

    def named_before(self, first: int, gender: str) -> Entity | None:
        """The one person of this gender the sentence before token `first` names (outside
        quotations), in the same paragraph; None when it names none or two."""
        if first < 2 or self.doc[first - 1].text not in (".", "!", "?"):
            return None
        lo = self.sentence_start(first - 1)
        if "\n" in self.text[self.doc[lo].idx:self.doc[first].idx]:
            return None
        people = self.people_named(lo, first, gender)
        return next(iter(people.values())) if len(people) == 1 else None

    def interrupts_named(self, verb: Token, first: int, gender: str) -> bool:
        """"Paul Roy, expliquait-il, lui avait mis « ... »": an inverted incise set off by commas
        inside a clause whose subject is a person of the pronoun's gender named before it; the
        pronoun is someone else (the one Paul Roy did it to), not that subject, and the nearest
        person is that subject: nobody from this verb."""
        doc = self.doc
        inverted = any(c.dep_ in SUBJECT_DEPS and c.pos_ == "PRON" and c.i > verb.i for c in verb.children)
        if verb.i < 1 or doc[verb.i - 1].text != "," or not inverted:
            return False
        return any(doc[a].dep_ in SUBJECT_DEPS and doc[a].head.i > verb.i and _fits(p, gender or None)
                   for p, a, _ in self.idx.in_span(first, verb.i, ("person",)))

    def answers_for(self, verb: Token, i: int) -> bool:
        """"répondre de X" is to answer for X (a charge), not to say it: the quotation opening
        after token i is the "de" complement of `verb`, or lies inside it ("répondre de « ... »
        ayant « ... »")."""
        doc = self.doc
        if doc[i].lower_ in ("de", "d'", "d\u2019") or (
                doc[i].text in ("'", "\u2019") and doc[i - 1].lower_ == "d"):
            return True
        inside = next((x for x in range(i + 1, min(i + 4, len(doc))) if not doc[x].is_punct), None)
        if inside is None:
            return False
        for c in verb.children:
            case = any(x.dep_ == "case" and x.lower_ in ("de", "d", "d'", "d\u2019") for x in c.children)
            if c.dep_.startswith("obl") and case and c.left_edge.i <= inside <= c.right_edge.i:
                return True
        return False

    def reporter(self, verb: Token, first: int, gender: str) -> Who | None:
        """"Le comité a fait savoir qu'il soutenait ... : « ... »", "Le président a déclaré
        qu'il soutiendrait « ... »": the subject pronoun of a clause opened by "que" stands
        for the subject of the clause that reports it, before "que" in the same sentence,
        when that subject fits its gender: that subject's speaker (nobody when it names no
        one), not the last person named."""
        doc = self.doc
        pron = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.pos_ == "PRON"), None)
        mark = next((c for c in verb.children if c.dep_ in ("mark", "obj")
                     and c.lower_ in ("que", "qu'", "qu’") and c.i < verb.i), None)
        if pron is None or mark is None or not mark.i < pron.i < verb.i:
            return None
        subjects = [c for c in doc[first:mark.i] if c.dep_ in SUBJECT_DEPS and not self.in_quote(c.i)
                    and c.head.i < mark.i and c.pos_ in ("NOUN", "PROPN")]
        if not subjects or not _noun_fits(subjects[0], gender, False):
            return None
        return self.subject_speaker(subjects)

    def calls_for(self, verb: Token, i: int) -> bool:
        """"Le syndicat appelle l'État à « revoir ... »", "X prône « ... »": a
        verb of calling (models/quotes.json: call_verbs) whose complement holds the quotation
        that opens after token i; not "on l'appelle « le roi du ... »", a name. A verb of
        naming (naming_verbs: "X l'a surnommé « ... »") says the name its subject gave."""
        lemma = fold(verb.lemma_ or verb.text)
        if verb.pos_ != "VERB" or lemma not in self.words.call_verbs | self.words.naming_verbs:
            return False
        # a call to do ("à « ... »", "de « ... »"), or a course urged ("prône « ... »"); or a
        # quotation inside the call to do ("a appelé à voter pour X « afin de ... »")
        if self.doc[i].lower_ not in ("à", "de", "d'") and fold(verb.lemma_) in ("appeler", "inviter") \
                and not self.in_call(verb, i):
            return False
        dep = self.quote_dep(verb, i)
        return dep is not None and dep != "nsubj"

    def in_call(self, verb: Token, i: int) -> bool:
        """"X a appelé à voter pour Y « afin de ... »", "X a appelé les habitants à rester chez
        eux « tant que ... »": `verb` governs, before token i, an infinitive opened by "à" or
        "de" (the call to do, on the verb or on its object), and the quotation that opens after
        token i hangs inside that infinitive or, as an adverbial, on `verb`: the words of the
        call, not a name given ("on l'appelle « le roi du ... »")."""
        doc = self.doc
        calls = [t for t in doc[verb.i + 1:i + 1] if "Inf" in t.morph.get("VerbForm")
                 and any(c.dep_ == "mark" and c.lower_ in ("à", "de", "d'") for c in t.children)
                 and (t.head.i == verb.i or (t.head.head.i == verb.i and t.head.dep_ == "obj"))]
        if not calls:
            return False
        j = i + 1
        while j < len(doc) and doc[j].is_punct:
            j += 1
        if j >= len(doc):
            return False
        tok = doc[j]
        for _ in range(6):
            if tok.head.i == tok.i:
                return False
            if tok.head.i == verb.i or tok.head in calls:
                break
            tok = tok.head
        else:
            return False
        return tok.i <= i or tok.dep_ in ("advcl", "obl", "obl:mod", "advmod")

    def memory_of(self, noun: Token, i: int) -> Token | None:
        """"X garde le souvenir d'un homme « qui ... »", "X garde l'image d'une mère « ... »":
        a noun of memory (models/quotes.json: memory_nouns) right after a form of a verb of
        keeping (memory_verbs; the tagger may read "garde" as a noun), the quotation that opens
        after token i in its complement: that verb, whose subject remembers in those words."""
        doc = self.doc
        if fold(noun.text) not in self.words.memory_nouns or noun.i < 2 or doc[noun.i - 1].pos_ != "DET" \
                or not _de_between(doc[noun.i + 1:i + 1]):
            return None
        keep = doc[noun.i - 2]
        return keep if fold(keep.text).startswith(self.words.memory_stems) else None

    def speaks_of(self, verb: Token, i: int) -> bool:
        """"X a parlé d'« une journée noire »", "X parle d'un « pas modeste »": a verb that
        says something only through its complement opened by "de" (models/quotes.json:
        topic_verbs), the quotation that opens after token i standing in that complement."""
        doc = self.doc
        if verb.pos_ != "VERB" or fold(verb.lemma_ or verb.text) not in self.words.topic_verbs \
                or (verb.i > 0 and doc[verb.i - 1].lemma_ == "entendre"):
            return False  # "avoir entendu parler de « ... »": heard of, not said
        between = doc[verb.i + 1:i + 1]
        if not _de_between(between) or any(t.pos_ in ("VERB", "AUX") for t in between):
            return False  # no other clause between the verb and its "de"
        dep = self.quote_dep(verb, i)
        return dep is not None and dep not in SUBJECT_DEPS

    def aims_at(self, verb: Token, i: int) -> bool:
        """"X mise sur « une saison plus calme pour tous »", "X vise « ... »", "X rêve d'« ... »":
        a verb of aim, bet or wish (models/quotes.json: aim_verbs) whose complement, opened by
        the preposition the verb takes, holds the quotation that opens after token i, a fragment
        in lower case: the subject's words for what it hopes or plans. Not a capitalized name
        ("X vise « Le Tour de ... »"), nor one behind another clause."""
        doc = self.doc
        if verb.i > i or (verb.pos_ != "VERB" and not (
                verb.pos_ == "NOUN" and any(c.dep_ in SUBJECT_DEPS for c in verb.children))):
            return False  # (a noun with a subject: "X, présidente de Y, table sur", a verb misread)
        if verb.dep_ == "acl" and "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense"):
            return False  # "une manœuvre visant à « ... »": a noun's present participle, no one's aim
        if verb.dep_ == "ccomp" and verb.head.i < verb.i and is_speech_verb(verb.head):
            return False  # "X et Y ont affirmé qu'ils voulaient « ... »": the verb of saying's
        lemma = fold(verb.lemma_ or verb.text)
        if any(c.lower_ in ("se", "s'", "s’") for c in verb.children if c.i < verb.i):
            lemma = ("s'" if lemma[:1] in "aeiouhy" else "se ") + lemma
        preps = _aim_verbs().get(lemma)
        if preps is None:
            # a form the lemmatizer gets wrong ("mise" read as "mettre", "table" left as is)
            low = fold(verb.text)
            preps = next((p for stem, p in _aim_stems()
                          if low.startswith(stem) and len(low) <= len(stem) + 4), None)
        if preps is None:
            return False
        j = i + 1
        while j < len(doc) and doc[j].is_punct:
            j += 1
        if j >= len(doc) or not doc[j].text[:1].islower():
            return False
        between = doc[verb.i + 1:i + 1]
        if any(t.pos_ not in ("ADV", "ADP", "DET", "PUNCT") and fold(t.text) not in ("tout", "y", "en")
               for t in between):
            # "X attend le verdict « dans ... »", "X veut que le maire dise « ... »": the
            # quotation opens the complement itself, adverbs aside ("mise avant tout sur « ... »")
            return False
        if "" not in preps and not any(fold(t.text) in preps for t in between):
            return False  # "X compte « ... »" counts, it does not bet on
        dep = self.quote_dep(verb, i)
        return dep is not None and dep not in SUBJECT_DEPS

    def quote_dep(self, verb: Token, i: int) -> str | None:
        """The relation by which the quotation that opens after token i hangs on `verb`: that
        of its first word, or of a head at most six steps up, whose head is `verb`; None when
        it does not hang on it."""
        j = i + 1
        while j < len(self.doc) and self.doc[j].is_punct:
            j += 1
        if j >= len(self.doc):
            return None
        tok = self.doc[j]
        for _ in range(6):
            if tok.head.i == verb.i:
                return tok.dep_
            if tok.head.i == tok.i:
                return None
            tok = tok.head
        return None

    def view_opener(self, k: int) -> int:
        """The number of words of a phrase at token k that opens a sentence with the person
        whose view it gives ("Pour X, ...", "De l'avis de X", "Aux yeux de X", "À en croire
        X", "Selon les mots de X", "Pour reprendre les termes de X"; models/quotes.json), else 0."""
        # (looked up by its first word: called for each word before a quotation)
        for words in self.words.opener_index.get(fold(self.doc[k].text), ()):
            if [fold(t.text) for t in self.doc[k:k + len(words)]] == words:
                return len(words)
        return 1 if self.doc[k].lower_ == "pour" else 0

    def complement_of(self, tok: Token, verb: Token) -> bool:
        """Whether `tok` stands in the clause or object `verb` governs ("considère que ...")."""
        while tok.head.i != tok.i and tok.head.i != verb.i:
            tok = tok.head
        return tok.head.i == verb.i and tok.dep_ in ("ccomp", "obj", "xcomp")

    def stressed(self, pron: Token, first: int) -> Who:
        """"Selon lui": the subject of its sentence when it has one before ("X estime que, selon
        lui, ..."; nobody when that subject names no person: "le documentaire précise que,
        selon lui, ..."), else a pronoun pointing back. A line the parser ran on from the line
        before ("...programme.\nSelon lui, « ... »") starts at its line."""
        first = max(first, self.sentence_start(pron.i))
        subj = self.sentence_subject(first, pron.i)
        if subj is None:
            root = next((t for t in self.doc[first:pron.i] if t.dep_ == "ROOT"), None)
            kids = list(root.children) if root is not None else []
            # not the subject of a quotation the parser ran into the sentence ("« Nous ... . »
            # Pour lui, « ... »")
            subj = next((c for c in kids if c.dep_ in SUBJECT_DEPS and not self.in_quote(c.i)), None)
        if subj is not None:
            who = self.np_speaker(subj)
            if isinstance(who, Entity):
                return who if who.type == "person" else NOBODY
            return who if who.startswith(("title:", "pronoun")) else NOBODY  # "le président", "il"
        return STRESSED[pron.lower_]

    def across_lines(self, a: int, b: int) -> bool:
        """Whether a line break separates tokens a and b."""
        lo, hi = min(a, b), max(a, b)
        return "\n" in self.text[self.doc[lo].idx:self.doc[hi].idx]

    def subject_speaker(self, subjects: list[Token]) -> Who:
        """What the first subject names; but "Le président du club, Paul Roy, dresse le
        bilan", the parser making both the title and the name in apposition subjects of the
        verb: the person named."""
        who = self.np_speaker(subjects[0])
        if isinstance(who, str) and (who == NOBODY or who.startswith("title:")) \
                and self.lex.title_of(subjects[0].lower_):
            # "Présidente du club de randonnée, Agathe Lamotte, 64 ans, a guidé": the name after
            # the title that opens the sentence, which the parser left out of the subject
            named = self.name_after_title(subjects[0], subjects[0].sent.end)
            if named is not None:
                return named
        # "Le porte-parole de la compagnie, Paul Roy, a répondu": the spokesperson named, not the body
        if len(subjects) > 1 and isinstance(who, str) and who.startswith(("title:", "org:")):
            for other in subjects[1:]:
                named = self.np_speaker(other)
                # "..., le Finlandais Aku Virtanen, a rejoint": the name after its word of origin
                if isinstance(named, Entity) and named.type == "person" \
                        and self.doc[other.left_edge.i - 1].text == ",":
                    return named
        return who

    def colon(self, first: int, colon: int) -> Found | None:
        """"X : « ... »", "X n'est pas optimiste : « ... »": the subject of the clause the
        colon closes, else the one person it names; the clause nearest the colon, after any
        full stop the parser missed."""
        for k in range(colon - 1, first, -1):
            if self.doc[k].text in (".", "!", "?"):
                first = k + 1
                break
        related = self.relative_speaker(first, colon)
        if related is not None:
            return related, "", "colon"
        roots = [t for t in self.doc[first:colon]
                 if t.dep_ == "ROOT" or t.head.i >= colon or t.head.i < first]
        # "Au moment de passer la main, elle n'a pas caché son émotion :", "Très attachée au
        # village, elle garde ... :": the parser hangs the main clause, its subject right after
        # a comma, on the fronted phrase (which has no subject) as a conjunct; that clause too
        roots += [t for t in self.doc[first:colon] if t.dep_ == "conj" and first <= t.head.i < t.i
                  and not any(c.dep_ in SUBJECT_DEPS for c in t.head.children)
                  and any(c.dep_ in SUBJECT_DEPS and first < c.i < t.i and self.doc[c.i - 1].text == ","
                          for c in t.children)]
        # "Lors de la cérémonie, le préfet a lu un message de X : « ... »": a verb of reading the
        # parser hung under another word of the clause, the one nearest the colon (or "a cité"
        # read as a noun)
        readers = [t for t in self.doc[first:colon] if t.pos_ in ("VERB", "NOUN") and t not in roots
                   and not self.in_quote(t.i) and self.read_text(t) is not None]
        for r in roots + readers[-1:]:
            text = self.read_text(r)
            if text is not None:
                # "Le juge a lu le témoignage de la fillette : « ... »": the words of its author, if
                # named ("une lettre de l'ambassadeur X"), not the reader's
                sub = list(text.subtree)
                if fold(text.lemma_ or text.text) in self.words.text_nouns:
                    authors = self.text_authors(text, colon)
                else:
                    # a person cited: the one named in the object itself, not in a complement
                    # ("cite l'exemple de Y", "cite un ami de Y": nobody named speaks)
                    # ("son prédécesseur Paul Roy", the name the parser hangs on the verb)
                    authors = [p for p, a, _ in self.idx.in_span(sub[0].i, colon, ("person",))
                               if self.doc[a - 1].lower_ not in ("de", "d'", "du", "des", "à", "au", "aux")]
                    body = self.cited_body(text) if not authors else None
                    authors = [body] if body is not None else authors
                return (authors[0], "", "colon") if len(authors) == 1 else None
        for r in roots:
            agent = self.passive_agent(r, colon)
            if agent is not None:
                # "X a été interpellé par le député Y : « ... »": the one who addresses X speaks
                return (agent, "", "colon") if isinstance(agent, Entity) else None
            subj = [c for c in r.children if c.dep_ in SUBJECT_DEPS and c.i < colon]
            if not subj and r.pos_ == "NOUN" and r.left_edge.i <= first + 1:
                # "Une hypothèse que le procureur a écartée : « ... »", "Un argument qu'a
                # repoussé X : « ... »": a verbless clause, a noun of a view and the relative
                # that says whose it is; its subject speaks
                subj = self.fronted_relative_subject(r, colon)
                owner = self.fronted_owner(r, colon) if not subj else None
                if owner is not None:
                    return owner, "", "colon"
            if not subj and (r.i + 1 == colon or self.stance_copula(r, colon)):
                # "Il est catégorique : « ... »", "Il reste pourtant optimiste : « ... »", the
                # parser reading an impersonal "il"
                subj = [c for c in r.children if c.dep_ == "expl:subj" and c.lower_ in ("il", "elle")]
            if not subj and any(c.dep_ == "obj" and c.i < colon for c in r.children) \
                    and not self.impersonal_form(r):
                # "Il ne masque pas son inquiétude : « ... »", the parser reading the subject "il"
                # of a verb with its object as impersonal: a verb that takes no impersonal
                # subject has a person (or a thing) as its subject
                subj = self.personal_expletive(r)
            if not subj and r.pos_ == "VERB" and not self.impersonal_form(r) \
                    and not any(c.lower_ == "en" and c.i < r.i for c in r.children) \
                    and FIRST_PERSON & set(WORD.findall(self.quoted_after(colon).lower())):
                # "Il se souvient de ses débuts :", "Il ne s'attendait pas à un tel succès :",
                # "Il ne veut pas s'enflammer :", the parser reading "il" as impersonal with a
                # verb that takes none: before words in the first person, the personal pronoun
                # (not "il en va de", "il en résulte", impersonal with "en")
                subj = self.personal_expletive(r)
            if not subj and r.pos_ in ("VERB", "AUX"):
                # "Dans son bureau, la présidente, très calme, ne cache pas sa joie :"
                described = self.fronted_description(self.after_break(first, r.i), r)
                subj = [described] if described is not None else []
            noun = subj[0] if subj else (r if r.pos_ == "NOUN" and r.i < colon else None)
            if noun is not None and self.possessed_view(noun, first, colon):
                # "Son constat est amer : « ... »", "Sa devise : « ... »": the possessor's words
                person = self.topic_before(first, colon)
                return (person, "", "colon") if person is not None else None
            who = self.subject_speaker(subj) if subj else None
            if isinstance(who, Entity) and who.type in ("organization", "misc") and subj[0].i > first:
                # "Marc Lemarié, éleveur et gérant de la coopérative X, a constaté ... :"
                who = self.person_before_body(r, subj[0], first) or who
            if isinstance(who, str) and who.startswith("title:") and subj[0].pos_ == "NOUN":
                # "Le jeune coureur se montrait ravi : « ... »", "L'ancien boulanger a ce mot :":
                # a trade recast after someone named before, as in an incise (recast_subject)
                who = self.recast_subject(subj[0]) or who
            if isinstance(who, Entity) and who.type != "person" \
                    and self.medium(who, self.doc[first].idx, self.doc[colon].idx):
                document = self.medium_document(subj[0].i + 1, colon)
                if document is not None:
                    # "Reuters a eu accès à une note de X : « ... »": the medium only reports
                    # the document; its author speaks, if named once
                    return (document, "", "colon") if isinstance(document, Entity) else None
            if who is not None and who != NOBODY and not (isinstance(who, str) and who.startswith("org:")):
                return who, "", "colon"
            if isinstance(who, str) and who.startswith("org:") and _definite_singular(subj[0]):
                # "Dans un communiqué, la fédération va plus loin : « ... »": a body's class noun
                # with the definite article takes up the body named before, as in an incise
                return who, "", "colon"
            if who == NOBODY and subj[0].pos_ == "NOUN" and self.name_untyped(
                    subj[0].left_edge.i, subj[0].right_edge.i + 1, subj[0].i):
                return None  # "Le capitaine des Albatros, Niels Olsen, a regretté ... :", the name untyped
            named = self.idx.in_span(subj[0].left_edge.i, subj[0].right_edge.i + 1,
                                     ("person",)) if subj else []
            if who == NOBODY and subj[0].pos_ == "NOUN" and any(
                    self.doc[a - 1].lower_ in ("de", "d'", "du") or self.titled_complement(subj[0], a)
                    for _, a, _ in named):
                return None  # "Le porte-parole de X a déclaré :": someone unnamed, not X, speaks
        people = self.people_named(first, colon)
        if len(people) == 1:
            person = next(iter(people.values()))
            if any(c.dep_ in SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN") and c.i < colon
                   for r in roots for c in r.children) \
                    and all(self.governed_name(a) for p, a, _ in self.idx.in_span(first, colon, ("person",))
                            if p is person):
                # "Le maire X a déclaré aux côtés de Y :", the subject's name untyped: the one
                # named as a complement is not the speaker
                return None
            return person, "", "colon"
        bodies = self.idx.in_span(first, colon, ("organization",))
        lead = first + (first < colon and self.doc[first].pos_ == "DET")
        if not people and len(bodies) == 1 and bodies[0][1] == lead and bodies[0][2] == colon:
            return bodies[0][0], "", "colon"  # "Europol : « ... »": the body's name alone, like a person's
        if not people and not bodies and self.summary(first, colon):
            # "Satisfaction générale : « Nous ... »", "Les débuts ont été durs : « Je ... »": a
            # verbless phrase or a clause of facts sets up what the one person the sentences
            # before are about says
            person = self.topic_before(first, colon)
            if person is not None:
                return person, "", "colon"
        concerned = next((t for t in self.doc[first:colon] if fold(t.text) in ("interesse", "interessee")
                          and t.i > 0 and self.doc[t.i - 1].lower_ in ("l'", "l’")), None)
        if not people and concerned is not None:
            # "Une idée qui a amusé l'intéressé : « ... »": the one the article is about
            noun = fold(concerned.text)
            return "anaphor:" + noun + (":f" if noun.endswith("ee") else ":m"), "", "colon"
        return None

    def fronted_relative_subject(self, noun: Token, colon: int) -> list[Token]:
        """The subject of the object relative on a noun that opens a verbless clause before a
        colon ("Une thèse que le procureur a rejetée :", "Un constat qu'a dressé X :"); none when
        the noun is a text (a letter read, a message written: its author's words, not the
        subject's) or the relative has no subject before the colon."""
        if fold(noun.lemma_ or noun.text) in self.words.text_nouns | WRITTEN_SPOKES:
            return []
        for v in noun.children:
            if v.dep_ not in ("acl", "acl:relcl") or v.pos_ != "VERB" or not noun.i < v.i < colon:
                continue
            rel = self.doc[noun.i + 1]
            if rel.lower_ not in ("que", "qu'", "qu’") or rel.head.i != v.i:
                continue
            subj = [c for c in v.children if c.dep_ == "nsubj" and c.i < colon]
            if not subj and rel.dep_ == "obj":
                # "qu'a balayée le procureur": with "que" the object, the noun phrase the parser
                # reads as a second object after the verb is its subject, inverted
                subj = [c for c in v.children if c.dep_ == "obj" and v.i < c.i < colon
                        and c.pos_ in ("NOUN", "PROPN")]
            return subj[:1]
        return []

    def fronted_owner(self, noun: Token, colon: int) -> str | None:
        """"Réponse du procureur : « ... »", "Colère de la maire :", "Même analyse chez le juge :":
        a verbless clause, a noun of saying or feeling (models/quotes.json: saying_nouns,
        view_nouns, stance_nouns) and the title whose it is, as "de" or "chez" complement:
        that title's holder speaks (a name there is people_named's; a body is no speaker)."""
        words = self.words
        if not {fold(noun.lemma_ or noun.text), fold(noun.text)} & (
                words.saying_nouns | words.view_nouns | words.stance_nouns):
            return None
        for c in noun.children:
            if c.dep_ != "nmod" or c.pos_ != "NOUN" or not noun.i < c.i < colon \
                    or "Plur" in c.morph.get("Number"):
                continue
            case = next((k.lower_ for k in c.children if k.dep_ == "case"), "")
            if case not in ("de", "du", "chez") or self.lex.title_of(c.lower_) is None:
                continue
            who = self.noun_speaker(c, contracted=case == "du")
            return who if isinstance(who, str) and who.startswith("title:") else None
        return None

    def relative_speaker(self, first: int, colon: int) -> Entity | None:
        """"Y a interrogé X, qui a répondu : « ... »": the clause the colon closes is a relative
        opened by ", qui" with a verb of saying; its subject, the name before the comma, speaks
        (not the main clause's subject, whatever the parser hangs the relative on)."""
        for k in range(colon - 1, first, -1):
            t = self.doc[k]
            if t.lower_ == "qui" and t.pos_ == "PRON" and self.doc[k - 1].text == ",":
                if any(is_speech_verb(v) and v.pos_ in ("VERB", "AUX") for v in self.doc[k + 1:colon]):
                    return self.antecedent_before_comma(k - 1, first)
                return None
            if t.is_punct or t.is_space:
                return None
        return None

    def impersonal_form(self, verb: Token) -> bool:
        """Whether the form of `verb` may be one of an impersonal verb (models/quotes.json:
        impersonal_verbs) whose lemma the lemmatizer missed ("Il reste deux places", the lemma
        left as "reste"): its stem, the infinitive less its ending, of three letters or more."""
        low = fold(verb.text)
        return any(len(v) > 4 and low.startswith(fold(v)[:-2]) for v in self.words.impersonal_verbs)

    def stance_copula(self, verb: Token, colon: int) -> bool:
        """"Il reste pourtant optimiste :", "Il se montre prudent :": a verb that links its
        subject to an adjective of stance (models/quotes.json: stance_copulas) with such an
        adjective after it before the colon, and no noun or clause of its own ("Il reste trois
        places :" is impersonal)."""
        lemma = fold(verb.lemma_ or verb.text)
        reflexive = any(c.lower_ in ("se", "s'") for c in verb.children if c.i < verb.i)
        name = ("s'" if lemma[:1] in "aeiouhy" else "se ") + lemma if reflexive else lemma
        low = fold(verb.text)
        # the lemmatizer may leave the form ("reste"): its stem then
        if name not in self.words.stance_copulas and not any(
                low.startswith(c.split()[-1].split("'")[-1][:-2]) and (" " in c or "'" in c) == reflexive
                for c in self.words.stance_copulas):
            return False
        kids = [c for c in verb.children if verb.i < c.i < colon]
        if any(c.dep_ in ("obj", "nsubj", "nsubj:pass", "ccomp", "csubj") for c in kids):
            return False
        return any(c.pos_ in ("ADJ", "VERB") and fold(c.text) in self.words.stance_adjectives for c in kids)

    def possessed_view(self, noun: Token, first: int, colon: int) -> bool:
        """"Son constat est amer :", "Sa réponse :", "Son credo :": a noun of a saying, a view
        or a feeling (models/quotes.json: saying_nouns) with a singular possessive, as the
        subject of the clause the colon closes or as that clause alone (no verb of its own)."""
        saying = self.words.saying_nouns
        if noun.pos_ != "NOUN" or not {fold(noun.lemma_ or noun.text), fold(noun.text)} & saying:
            return False
        if not any(c.dep_ == "det" and c.lower_ in ("son", "sa", "ses") and c.i < noun.i
                   for c in noun.children):
            # "Le constat est simple :", "L'objectif est clair :": the noun with its definite
            # article, alone (no complement naming whose), the subject of an adjective with
            # its copula: the view of the one person the sentences before are about
            # (topic_before); "leur" is a group's
            head = noun.head
            return noun.dep_ == "nsubj" and head.pos_ == "ADJ" and head.i < colon \
                and any(c.dep_ == "cop" for c in head.children) \
                and all(c.dep_ in ("det", "amod") for c in noun.children) \
                and _definite(noun)
        if noun.dep_ in SUBJECT_DEPS:
            return True
        return not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
                       for t in self.doc[first:colon])

    def summary(self, first: int, colon: int) -> bool:
        """The clause [first, colon) opens its sentence, has no noun for people or a group, and
        is either "Satisfaction générale :", "Une promesse tenue :", "Grosse déception :" (a
        short phrase of nouns and adjectives, a participle at most, no verb, pronoun or name)
        before a quotation in the first person, or a clause of facts about things ("Les débuts
        ont été difficiles :", QuoteReader.quiet) before one that speaks as "je" only."""
        doc = self.doc
        toks = [t for t in doc[first:colon] if not t.is_space]
        if not toks or first == 0 or (doc[first - 1].text not in (".", "!")
                                      and "\n" not in doc[first - 1].text):
            return False
        nouns = [t for t in toks if t.pos_ == "NOUN"]
        if any(_human(t, self.words) or fold(t.lemma_ or t.text) in self.words.group_nouns for t in nouns):
            return False
        said = set(WORD.findall(self.quoted_after(colon).lower()))
        if nouns and len(toks) <= 6 and not any(
                t.pos_ in ("PRON", "PROPN", "AUX", "NUM") or t.is_punct
                or (t.pos_ == "VERB" and "Part" not in t.morph.get("VerbForm")) for t in toks):
            return bool(FIRST_PERSON & said)
        # "Les débuts ont été difficiles : « Je ... »", "La retraite approche :": a clause of
        # facts about things (quiet) before words in the first person singular, one voice
        return bool(FIRST_SINGULAR & said) and not FIRST_PLURAL & said and self.quiet(first, colon)

    def quoted_after(self, colon: int) -> str:
        """The text of the quotation that opens right after the colon at token `colon`."""
        start = self.doc[colon].idx + 1
        close = min((j for j in (self.text.find(m, start) for m in ("»", "”")) if j >= 0),
                    default=len(self.text))
        return self.text[start:close]

    def view_opened(self, lo: int, end: int, person: Entity) -> int | None:
        """"Pour X, ...", "Selon X, ...", "Aux yeux de X, ...": the sentence [lo, end) opens
        with the view of `person`, named right after the opener; the token after the name and
        its apposition ("Pour X, trésorier du club, ...": a title between commas, no verb)."""
        doc = self.doc
        k = self.opening_word(lo, end)
        width = (doc[k].lower_ in ("pour", "selon") and doc[k].is_title) or (
            doc[k].is_title and self.view_opener(k))
        if not width or k + width >= end:
            return None
        hit = self.idx.starting_at(k + width, ("person",))
        if hit is None or hit[0] is not person:
            return None
        after = hit[2]
        if after < end and doc[after].text == ",":
            close = next((j for j in range(after + 1, min(end, after + 12)) if doc[j].text == ","), None)
            if close is not None and not any(t.pos_ in ("VERB", "AUX") for t in doc[after + 1:close]):
                after = close + 1
        return after

    def topic_before(self, first: int, colon: int) -> Entity | None:
        """The one person the sentences before the clause [first, colon) are about: the
        nearest of the three sentences before that names someone names one person only, as
        the subject of its main verb, not dead, and the sentence before it no other person;
        neither it nor the sentences between name
        another person, a body as a subject, a noun for people or a group as a subject, a
        pronoun subject (but "il"/"elle" that fits the person), or hold a quotation (but the
        marks of a name or a short fragment: "l'exposition « Regards d'antan »") ("Paul Roy,
        maire de X, a présenté le budget. Les taux ne bougeront pas. Une promesse tenue :
        « Nous ... »")."""
        doc = self.doc
        k, end = first, 0
        for _ in range(3):
            end = self.previous_sentence_end(k)
            if end <= 0:
                return None
            k = self.sentence_start(end)
            if self.people_named(k, end + 1):
                break
        else:
            return None
        people = self.people_named(k, first)
        if len(people) != 1 or any(self.voiced(t)
                                   for t in doc[k:first]):
            return None
        person = next(iter(people.values()))
        verb = self.opening_subject_verb(k, end + 1, person)
        # "Pour X, président du club, la saison a été bonne.": the sentence gives X's view
        after = verb.i + 1 if verb is not None else self.view_opened(k, end + 1, person)
        if after is None or self.dead(person):
            return None
        back = self.previous_sentence_end(k)
        if back > 0 and any(p is not person
                            for p in self.people_named(self.sentence_start(back), k).values()):
            return None  # "X anime le club. Y tient la buvette. Satisfaction générale :": which one?
        if any(p.type != "person" and self.is_subject(a, b)
               for p, a, b in self.idx.in_span(k, end + 1, SPEAKERS)):
            return None
        said = set(WORD.findall(self.quoted_after(colon).lower()))
        plural = bool(FIRST_PLURAL & said)
        if plural or not FIRST_SINGULAR & said:
            # "X a reçu une délégation. Colère générale : « Nous ... »", "X a lu le rapport de
            # la commission. Son constat est sévère :": a group's, a body's or a text's words?
            # (after the verb: not the body of the person's own title, "Le président du club, X")
            others = self.words.group_nouns | self.words.org_nouns | self.words.text_nouns
            if any(t.pos_ == "NOUN" and {fold(t.lemma_ or t.text), fold(t.text)} & others
                   for t in doc[after:colon]):
                return None
        if any(t.pos_ == "NOUN" and _human(t, self.words)
               and (plural or not FIRST_SINGULAR & said or "Plur" not in t.morph.get("Number")
                    or t.i >= first)
               for t in doc[after:colon]):
            # "X a félicité le pompier. Le feu est éteint : « J'ai ... »": whose? ("Les clients
            # se font rares. Son constat : « Je ... »": one voice, not theirs; but not people in
            # the clause the colon closes, "Les clientes la connaissent :")
            return None
        lo = end + 1
        while lo < first and (doc[lo].is_space or doc[lo].text in (".", "!", "?")):
            lo += 1
        voice = bool(FIRST_SINGULAR & said) and not plural
        if lo < first and not self.quiet(lo, first, person, many=not plural, pronoun=True, voice=voice):
            return None
        return person

    # --- resolving markers to entities --------------------------------------------------

    def _office(self, phrase: str) -> bool:
        """An office of a state, a commune or a body ("premier ministre", "maire",
        "président"), not a descriptor ("l'universitaire", "le chercheur")."""
        words = phrase.split()
        offices = _offices()
        return any(" ".join(words[k:]) in offices for k in range(len(words)))

    def title_holder(self, phrase: str, before: int) -> Entity | None:
        """The one person a role fact before `before` gives this title ("le ministre",
        "le premier ministre"): the title as written, else one with its noun."""
        noun = phrase.split()[-1]
        tests = [lambda t: t == phrase]
        outgoing: set[int] = set()
        if phrase.split()[0] in ("nouveau", "nouvelle", "nouvel") and len(phrase.split()) == 2:
            # "le nouveau président": not one who held the title before ("président sortant",
            # "ancien président", "président d'honneur", "président depuis 1995"); first the
            # one who won the seat or took it over ("X lui succède", "X l'emporte"), then the
            # one the text gives that very title (the bureau elected: "Président : X")
            outgoing = self.former_holders(noun, before)
            winners = [p for p in self.party("nouveau " + noun, before) if id(p) not in outgoing]
            if len(winners) == 1:
                return winners[0]
            longer = {(id(p), at) for p, t, at in self.roles if t.startswith(noun + " ")}
            elected = {id(p): p for p, t, at in self.roles
                       if at < before and t == noun and (id(p), at) not in longer and id(p) not in outgoing
                       and self.written(noun, at)}
            if len(elected) == 1:
                return next(iter(elected.values()))
            if winners:
                return None
        if " " not in phrase:  # "le ministre": one whose title has that noun; "le premier ministre"
            tests.append(lambda t: t.split()[0] == noun or noun in t.split())  # is only that office
        else:  # "le premier adjoint" for the "premier adjoint chargé des sports": its qualifier after
            tests.append(lambda t: t.startswith(phrase + " "))
        if phrase.split()[0] in ("ancien", "ancienne") and len(phrase.split()) == 2 \
                and "reelu" not in fold(self.text) and "reconduit" not in fold(self.text):
            # "a déclaré l'ancien maire" for the one the text called "le maire sortant", beaten
            # (not one the text says kept the seat: "l'ancien maire" is then someone else)
            gone = {noun + " sortant", noun + " sortante", "ex-" + noun}
            tests.append(lambda t: t in gone)
        group = office_group(phrase)
        if group and " " in phrase and not phrase.startswith("premier "):
            # "le chef de l'État": the one given that office by any of its names ("président de
            # la République", a president of a state: office_aliases), not a president of a club
            tests.append(lambda t: t in group or any(t.startswith(m + " ") for m in group))
        else:
            # "le premier magistrat" for the mayor, "l'édile": the press's other name for a title
            stands = periphrases().get(phrase) or (periphrases().get(noun) if " " not in phrase else None)
            if stands:
                tests.append(lambda t: bool(stands & set(t.split())))
            if group:
                # "a déclaré le président" for the one the text calls "le chef de l'État malien"
                tests.append(lambda t: t in group or any(t.startswith(m + " ") for m in group))
        # "Le président d'honneur, X": the bare title the role facts also give X there is his
        # honour, not the office ("le président" is the other one)
        honour = {(id(p), at) for p, title, at in self.roles
                  if title.split()[0].startswith(noun) and any(w in HONOURS for w in title.split()[1:])}
        others = periphrases().get(phrase) if " " not in phrase else None
        for n, same in enumerate(tests):
            people = {id(p): p for p, title, at in self.roles
                      if at < before and same(title) and id(p) not in outgoing and (id(p), at) not in honour}
            if len(people) == 1 and " " not in phrase and self.same_title_longer(phrase, before, people):
                return None  # "le président" after the club's president and "le président du
                # conseil régional": both hold that title, the lexicon kept the complement of one
            if n and len(people) == 1 and others and any(
                    at < before and id(p) not in people and id(p) not in outgoing and p.type == "person"
                    and others & set(title.split()) for p, title, at in self.roles):
                return None  # "le chef" after a head of a ward and a cook: both may be called so
                # (the title as written, "l'institutrice", is someone's own: that one)
            if people:
                return next(iter(people.values())) if len(people) == 1 else None
        found = self.party(phrase, before)
        if found:
            return found[0] if len(found) == 1 else None
        # "sous la présidence de Mme X. La présidente a indiqué ... Bureau : présidente, X": a
        # title a later paragraph gives to the one person who holds it, named before
        para_end = self.text.find("\n", before)
        para_end = len(self.text) if para_end < 0 else para_end
        later = {id(p): p for p, title, at in self.roles if at > para_end and title == phrase}
        if len(later) == 1:
            person = next(iter(later.values()))
            if any(m.start < before for m in person.mentions):
                return person
        return None

    def same_title_longer(self, noun: str, before: int, found: dict[int, Entity]) -> bool:
        """Whether a role fact before `before` gives someone not in `found` this title noun
        with its complement kept ("president du conseil regional"), neither an honour nor a
        past ("president d'honneur", "president sortant"): another holder of that title."""
        return any(at < before and id(p) not in found and title.startswith(noun + " ")
                   and title.split()[1] not in (*HONOURS, "sortant", "sortante") and p.type == "person"
                   for p, title, at in self.roles)

    def former_holders(self, noun: str, before: int) -> set[int]:
        """The ids of the people the text shows held the title `noun` before a newcomer:
        "président sortant", "ancien président", "président d'honneur", "président depuis
        1995"; and by a change of holder reported before character `before`
        (models/quotes.json: succession_stems): the one named after it ("Il succède à l'abbé
        X", "remplace X", "le successeur de X"); or, when it points back to someone ("Y lui
        succède", "son successeur", "X sera remplacé par Y"), the holders of the title named
        before it, but the newcomer named beside it."""
        doc = self.doc
        former = {id(p) for p, t, at in self.roles
                  if t.startswith(noun + " ") or t in ("ancien " + noun, "ex-" + noun)
                  or (t == noun and self.held_since(noun, at))}
        stems = tuple(self.words.succession_stems)
        for tok in doc[:self.tok_at(before)]:
            if not fold(tok.text).startswith(stems) or self.in_quote(tok.i):
                continue
            passive = tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "par"
            named = self.idx.in_span(tok.i + 1, min(len(doc), tok.i + 6), ("person",))
            if named and not passive:
                former.add(id(named[0][0]))
                continue
            back = tok.i > 0 and doc[tok.i - 1].lower_ in ("lui", "le", "la", "l'", "son", "sa", "leur")
            if not (passive or back):
                continue
            beside = named if passive else self.idx.in_span(self.sentence_start(tok.i), tok.i, ("person",))
            newcomers = {id(p) for p, _, _ in beside}
            former |= {id(p) for p, t, at in self.roles
                       if t == noun and at < tok.idx and id(p) not in newcomers}
        return former

    def held_since(self, noun: str, at: int) -> bool:
        """Whether the statement of a role at character `at` says the title was held already
        ("M. X, président depuis 1995", "présidente depuis douze ans")."""
        since = r"\b" + re.escape(noun) + r"e?s?,? depuis\b"
        return re.search(since, fold(self.text[at:at + 80])) is not None

    def written(self, noun: str, at: int) -> bool:
        """Whether the title `noun` (folded, masculine) is written as such in the statement
        of a role at character `at` ("Président : Réjean Thibodeau"), not read from a verb
        ("Henri Lasserre, qui dirigeait la chorale")."""
        for word in self.text[at:at + 60].split():
            title = self.lex.title_of(word.strip(".,;:()").lower())
            if title is not None and fold(title[0]) == noun:
                return True
        return False

    def party(self, noun: str, before: int) -> list[Entity]:
        """"Le tribunal a condamné hier Paul Roy ... Le prévenu a ...", "Anne Roy s'est imposée
        ... la gagnante": the people named before `before` (a character offset) whom the text
        gives the part this noun names (models/quotes.json's 'parties'): the object of one of
        its verbs (passive included) or the subject of the others; an apposition counts for
        the noun it stands beside ("un homme de 34 ans, Paul Roy")."""
        if noun not in parties() and noun.startswith("nouveau "):
            noun = "nouveau *"  # the new holder of any title
        if noun not in parties():
            return []
        object_of, subject_of = parties()[noun]
        found: dict[int, Entity] = {}
        for p, a, b in self.idx.in_span(0, self.tok_at(before), ("person",)):
            if self.in_quote(a):
                continue
            t = self.name_head(a)
            if t.dep_ in ("appos", "conj"):
                t = t.head  # an apposition (the parser may read it as a conjunct), or one of two
            verb = fold(t.head.lemma_ or t.head.text)
            if (t.dep_ in ("obj", "nsubj:pass") and verb in object_of) \
                    or (t.dep_ == "nsubj" and verb in subject_of):
                found[id(p)] = p
                continue
            after = self.verb_of_name(a, b)
            if after is not None and ((after[1] and after[0] in object_of)
                                      or (not after[1] and after[0] in subject_of)):
                found[id(p)] = p
        if not found:
            found = self.party_by_pronoun(object_of, subject_of, self.tok_at(before))
        return list(found.values())

    def party_by_pronoun(self, object_of: frozenset[str], subject_of: frozenset[str],
                         end: int) -> dict[int, Entity]:
        """The parties' verbs before token `end` whose subject (or passive subject) is a
        personal pronoun ("Hier, il comparaissait devant le tribunal", "elle a été jugée"):
        the one person that pronoun stands for has the part ("le prévenu" after them)."""
        found: dict[int, Entity] = {}
        if self._party_depth:
            return found  # a pronoun resolved while resolving a party: no nesting
        self._party_depth = True
        try:
            for t in self.doc[:end]:
                if t.pos_ not in ("VERB", "AUX") or self.in_quote(t.i):
                    continue
                verb = fold(t.lemma_ or t.text)
                if verb not in subject_of and verb not in object_of:
                    continue
                for c in t.children:
                    plays = (c.dep_ == "nsubj" and verb in subject_of) \
                        or (c.dep_ == "nsubj:pass" and verb in object_of)
                    if c.lower_ not in ("il", "elle") or not plays:
                        continue
                    who = self.antecedent(c.idx, None, "f" if c.lower_ == "elle" else "m")
                    if who is not None and who.type == "person":
                        found[id(who)] = who
        finally:
            self._party_depth = False
        return found

    def verb_of_name(self, a: int, b: int) -> tuple[str, bool] | None:
        """The verb (folded lemma, and whether passive) a name at tokens [a, b) is the subject
        of by word order alone, for a parse that hangs it elsewhere: the name opens its
        sentence (after an adverbial of time and its comma at most: "Hier, X"), an age or a
        short apposition between commas may follow ("X, 48 ans, comparaissait", "X, chauffeur
        routier, était jugé"), then the verb, past its pronouns, auxiliaries and adverbs."""
        doc = self.doc
        first = self.sentence_start(a)
        lead = doc[first:a]
        if lead and not (lead[-1].text == "," and len(lead) <= 4
                         and not any(t.pos_ in ("VERB", "AUX", "PROPN") or t.is_punct for t in lead[:-1])):
            return None
        k = b
        if k < len(doc) and doc[k].text == ",":
            close = next((j for j in range(k + 1, min(len(doc), k + 7)) if doc[j].text == ","), None)
            if close is None or any(t.pos_ in ("VERB", "AUX", "PRON", "SCONJ") or t.is_punct
                                    for t in doc[k + 1:close]):
                return None
            k = close + 1
        passive = False
        while k < len(doc) and k < b + 14 and (doc[k].pos_ in ("AUX", "ADV") or doc[k].lower_ in (
                "se", "s'", "ne", "n'")):
            if doc[k].pos_ == "AUX" and doc[k].lemma_ == "être" and doc[k - 1].lower_ not in ("se", "s'"):
                passive = True
            k += 1
        if k >= len(doc) or doc[k].pos_ != "VERB" or self.in_quote(k):
            return None
        return fold(doc[k].lemma_ or doc[k].text), passive

    def org_named(self, noun: str, before_tok: int, other_than: Entity | None = None) -> Entity | None:
        """The organization a class noun points to: the one named before whose name starts
        with it ("le ministère" after "ministère des Affaires étrangères"), else, for a class
        noun ("l'ONG"), the only organization named before, or the one named most often
        (at least twice, and more than any other)."""
        counts: dict[int, tuple[int, int, Entity]] = {}
        last: dict[int, int] = {}
        for ent, a, _ in self.idx.in_span(0, before_tok, ("organization",)):
            if ent is other_than:
                continue
            n, first, _e = counts.get(id(ent), (0, a, ent))
            counts[id(ent)] = (n + 1, first, ent)
            last[id(ent)] = max(a, last.get(id(ent), a))
        management = noun in self.words.management_nouns
        if management:
            # "la direction" is the management a union faces, never the union
            counts = {key: v for key, v in counts.items() if self.kind_of(v[2]) != "union"}
        heads = {id(e): e for _, _, e in counts.values() if fold(e.name).split(" ")[0] == noun}
        if len(heads) == 1:
            return next(iter(heads.values()))
        kind = _description_kind(noun)
        if heads or (noun not in self.words.org_generic and kind not in _synonym_kinds()):
            return None
        if kind is not None:
            # "La CGT a interpellé le groupe Tervalis. « ... », a répondu l'entreprise": a
            # description of a kind takes the nearest body of that kind, never one of another
            fits = {kind, *(("club", "association") if kind in ("club", "association") else ())}
            kinds = {key: self.kind_of(e) for key, (_, _, e) in counts.items()}
            counts = {key: v for key, v in counts.items() if kinds[key] is None or kinds[key] in fits}
            # its own kind first: "l'association" after a club and an association is the association
            own = [key for key in counts if kinds[key] == kind] \
                or [key for key in counts if kinds[key] in fits]
            if own:
                return counts[max(own, key=lambda key: last[key])][2]
            if noun not in self.words.org_generic:
                return None  # "la mairie" with no town hall named before
        # "MSF a signalé une flambée de choléra. L'ONG dit ...": the body the sentence before
        # is about, whichever was named most
        k = self.sentence_start(min(before_tok, len(self.doc) - 1))
        if k > 0:
            lo = self.sentence_start(k - 1)
            subj = self.sentence_subject(lo, k)
            topic = self.np_speaker(subj) if subj is not None else None
            if subj is None:  # the parse astray: the body the sentence opens with
                lo += self.doc[lo].pos_ == "DET"
                opening = self.idx.starting_at(lo, ("organization",))
                topic = opening[0] if opening is not None else None
            if isinstance(topic, Entity) and topic.type == "organization" and topic is not other_than \
                    and ((kind is None and not management) or any(v[2] is topic for v in counts.values())):
                return topic
        ranked = sorted(counts.values(), key=lambda x: (-x[0], x[1]))
        if ranked and (len(ranked) == 1 or (ranked[0][0] >= 2 and ranked[1][0] < ranked[0][0])):
            return ranked[0][2]
        return None

    def kind_of(self, e: Entity) -> str | None:
        """The kind of an organization for a description noun to take it up: a union, else
        its kind by body_kinds (roles), else by a description noun of quotes.json
        description_kinds right before one of its mentions ("le groupe Tervalis": a firm)."""
        if id(e) not in self._kinds:
            self._kinds[id(e)] = self._kind_of(e)
        return self._kinds[id(e)]

    def _kind_of(self, e: Entity) -> str | None:
        if _union(e):
            return "union"
        kind = _body_kind(self.doc, e)
        if kind is not None:
            return kind
        found: set[str] = set()
        for m in e.mentions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.start == 0:
                continue
            before = self.doc[span.start - 1]
            k = _description_kinds().get(fold(before.text)) if before.is_lower else None
            if k is None:
                k = self.kind_past_adjectives(span.start)
            if k is not None:
                found.add(k)
        return found.pop() if len(found) == 1 else None

    def kind_past_adjectives(self, start: int) -> str | None:
        """The kind a class noun gives the name at token `start` across the adjectives set
        between them ("l'enseigne bretonne X", "la société lyonnaise X": a firm), the noun
        after its article; None when no adjective stands between (read by _body_kind). The
        tagger may read the lower-case adjective, or the noun, as a name."""
        doc = self.doc

        def kind(t: Token) -> str | None:
            word = fold(t.text)
            return _kind_words()[0].get(word) or _kind_words()[0].get(fold(t.lemma_)) \
                or _description_kinds().get(word)

        j = start - 1
        while j >= 1 and start - j <= 2 and doc[j].is_lower and doc[j].pos_ in ("ADJ", "PROPN") \
                and kind(doc[j]) is None:
            j -= 1
        if j == start - 1 or j < 1 or not doc[j].is_lower or doc[j].pos_ not in ("NOUN", "PROPN") \
                or doc[j - 1].lower_ not in ("le", "la", "l'", "l\u2019", "les", "du", "au", "de", "des"):
            return None
        return kind(doc[j])

    def name_head(self, a: int) -> Token:
        """The head of the phrase the name at token `a` stands in, past the name's own words."""
        t = self.doc[a]
        while t.dep_ in NAME_DEPS and t.head.i != t.i:
            t = t.head
        return t

    def sentence_start(self, k: int) -> int:
        """The first token of the sentence or line holding token k, by its punctuation and
        line breaks (the parser's sentences may run lines together)."""
        doc = self.doc
        while k > 0 and doc[k - 1].text not in (".", "!", "?") and "\n" not in doc[k - 1].text:
            k -= 1
        return k

    def previous_sentence_end(self, i: int) -> int:
        """The last word of the sentence before the one holding token i (its full stop and
        the blank lines after it left out); 0 or less when there is none."""
        doc = self.doc
        hi = self.sentence_start(min(i, len(doc) - 1)) - 1
        while hi > 0 and (doc[hi].is_space or doc[hi].text in (".", "!", "?")):
            hi -= 1
        return hi

    def said_through(self, k: int) -> Token | None:
        """The infinitive of saying a verb of aspect or will governs ("a-t-il fini par
        lâcher", "a tenu à préciser", "a voulu rappeler"): the verb of the incise."""
        doc = self.doc
        t = doc[k]
        if t.pos_ not in ("VERB", "AUX") or is_speech_verb(t):
            return None
        j = k + 1
        if j < len(doc) and doc[j].lower_ in ("-t", "t", "-t-il", "-t-elle", "-il", "-elle"):
            j += 1
        j += j < len(doc) and doc[j].lower_ in ("par", "à", "de", "d'")
        if j < len(doc) and "Inf" in doc[j].morph.get("VerbForm") and is_speech_verb(doc[j]):
            return doc[j]
        return None

    def after_break(self, lo: int, hi: int) -> int:
        """The first token after the last line break in [lo, hi), else lo."""
        for k in range(hi - 1, lo - 1, -1):
            if "\n" in self.doc[k].text:
                return k + 1
        return lo

    def governed(self, a: int) -> bool:
        """Whether the name at token `a` is governed by a preposition or is an object ("la
        politique du président X", "a rencontré X"): not a candidate subject."""
        t = self.name_head(a)
        return t.dep_ in ("obj", "iobj", "nmod") or any(c.dep_ == "case" for c in t.children)

    def noun_complement(self, a: int, lo: int = 0, hi: int | None = None) -> bool:
        """Whether the name at token `a` completes a noun ("les propositions de Paul Roy", "la
        maison Belot"): someone the sentence mentions, not the one it is about. A noun of
        another line (`lo`, `hi`: the line's sentence) governs nothing here: "La directrice
        de l'école, Anne Roux, ..." hung on the headline by the parser is the line's subject."""
        t = self.name_head(a)
        cases = [c.lower_ for c in t.children if c.dep_ == "case"]
        if any(c not in ("de", "d'", "du", "des") for c in cases):
            return False  # "pour Paul Roy, ...", "selon Paul Roy"
        if not cases and self.thing_named(a):
            return True
        if t.dep_ == "nmod" and not lo <= t.head.i < (len(self.doc) if hi is None else hi):
            return False
        return t.dep_ == "nmod" or _complement(self.doc, a)

    def thing_named(self, a: int) -> bool:
        """Whether the name at token `a` names a thing after someone, right after its common
        noun: "la maison Belot", "l'usine Peugeot" (not "le ministre Dupont", a title)."""
        if a < 2:
            return False
        prev, det = self.doc[a - 1], self.doc[a - 2]
        # "le juge d'instruction X": a title's complement, not the thing's noun
        return det.pos_ == "DET" and prev.pos_ == "NOUN" and prev.is_lower and not _human(prev, self.words)

    def dislocated(self, a: int, b: int) -> bool:
        """Whether the name at tokens [a, b) is set at the head of its clause and taken up by
        the subject pronoun right after its comma ("Quant à Lucien Roy, il ...", "Lucien Roy,
        lui, ..."), not the complement of a verb or preposition ("Après avoir reçu Paul Roy,
        il ...")."""
        doc = self.doc
        k = b + (b < len(doc) and doc[b].text == ",")
        if k == b or k >= len(doc) or doc[k].lower_ not in ("il", "elle", "lui") \
                or (doc[k].dep_ not in SUBJECT_DEPS and doc[k].lower_ != "lui"):
            return False
        t = self.name_head(a)
        cases = [c.lower_ for c in t.children if c.dep_ == "case"]
        if cases:
            return cases == ["quant"]
        return t.dep_ not in ("obj", "iobj", "nmod", "obl:arg", "obl:mod") and (a == 0 or doc[a - 1].is_space
                                                                               or doc[a - 1].text in ".!?")

    def is_subject(self, a: int, b: int) -> bool:
        return any(self.name_head(x).dep_ in SUBJECT_DEPS for x in range(a, b))

    def last_speaker(self, at_char: int, last: Quote | None, gender: str | None,
                     fits: tuple[str, ...] = SPEAKERS, far: bool = False) -> Entity | None:
        """The speaker quoted just before (within 600 characters unless `far`), when nobody
        else who fits was named since."""
        if last is None or last.speaker is None or (at_char - last.end >= 600 and not far) \
                or last.speaker.type not in fits or not _fits(last.speaker, gender):
            return None
        i = self.tok_at(at_char)
        j = self.tok_at(last.end)
        since = [a for p, a, _ in self.idx.in_span(j, i, fits)
                 if p is not last.speaker and _fits(p, gender) and not self.in_quote(a)]
        if since:
            # "« A », a-t-il ajouté, saluant le travail de Y. Il espère « B »": the people the
            # rest of the quotation's own sentence names as complements are not whom the next
            # sentence's pronoun takes up
            ends = [k for k in range(j, i) if self.doc[k].text in (".", "!", "?") and not self.in_quote(k)]
            if len(ends) != 1 or not all(a < ends[0] and self.governed(a) for a in since):
                return None
        return last.speaker

    def antecedent(self, at_char: int, last: Quote | None, gender: str | None, plural: bool = False,
                   ) -> Entity | None:
        """Who a pronoun is: the speaker quoted just before when nobody else who fits was
        named since; else the subject of the nearest sentence naming someone who fits;
        none when two people fit there, or when that sentence's subject is an unnamed person."""
        i = self.tok_at(at_char)
        fits = ("organization",) if plural else ("person",)
        recent = self.last_speaker(at_char, last, gender, fits)
        if recent is None and not plural and last is not None and last.speaker is not None \
                and last.speaker.type == "organization":
            # "Moody's explique que « ... ». Elle considère que « ... »": the body quoted just
            # before, nobody (person or body) named since
            recent = self.last_speaker(at_char, last, None, SPEAKERS)
        if recent is not None:
            if not self.other_topic(i, recent, gender, plural, last):
                return recent
            return None if plural else self.topic_holder(i, gender)
        if i >= len(self.doc):
            i = len(self.doc) - 1
        sent: Span = self.doc[i].sent
        end = i
        step = -1
        while step < 5:
            lo, hi = sent.start, min(end, sent.end)
            # a line break ends a sentence the parser ran on ("FO boycotte la rentrée.\nHier, ...")
            while hi > lo and "\n" in self.doc[hi - 1].text:
                hi -= 1
            lo = self.after_break(lo, hi)
            # six sentences back at most; a piece with no word (a line's end) is not one
            step += step < 0 or any(t.is_alpha for t in self.doc[lo:hi])
            if step == 1 and not plural and gender:
                # "Cent amis, dont sa fille Anne Roux, se sont rassemblés. « ... », a-t-elle dit"
                singled = self.singled_out(lo, hi, gender)
                if singled is not None:
                    return singled
            if step > 0 and not plural and gender and lo > 0 and ((hi > lo + 1 and (
                    (self.doc[lo].lower_ == ("elle" if gender == "f" else "il")
                     and self.doc[lo + 1].pos_ in ("VERB", "AUX") and not self.in_quote(lo))
                    or self.pronoun_subject(lo, hi, gender))) or self.pronoun_goes_on(lo, hi, gender)):
                # "X a été nommé. Il succède à Y. « ... », a-t-il dit": a sentence opened by the
                # same pronoun goes on with the same one, not with those it names after it; so
                # does one whose main subject is that pronoun after a word or phrase naming no
                # one ("Puis il a remercié Y", "Devant la foule, il a remis la médaille à Y",
                # "Il s'est tourné vers Y"), or after the mark closing a quotation before; or
                # after people it names only as complements ("En présence de Y, il a coupé le
                # ruban", "aux côtés de Y": pronoun_goes_on)
                end = lo
                sent = self.doc[lo - 1].sent
                continue
            subj = self.sentence_subject(lo, hi)
            if subj is not None and not plural and self.two_subjects(subj) \
                    and not self.other_gender_partner(subj, gender) and not self.bodies_only(subj):
                # "Paul et Marc se sont vus. « ... », a-t-il dit": which one? But "Mme Roux et
                # M. Petit ont ouvert le bal. « ... », confie-t-elle": the one of her gender
                return self.one_of_gender(subj, gender)
            if subj is not None:
                # "Le directeur de X, l'Estonien Paul Roy, a suivi": both subjects to the parser
                others = [c for c in subj.head.children if c.dep_ in SUBJECT_DEPS
                          and subj.i < c.i < hi and not self.in_quote(c.i)]
                who = self.subject_speaker([subj, *others])
                if isinstance(who, Entity):
                    if who.type in fits and _fits(who, gender):
                        if gender == "f" and who.type == "person" and person_gender(who) is None:
                            # "elle", the subject's gender unknown: one other person there known
                            # to be a woman ("Barack Obama a rencontré Angela Merkel")
                            others = [p for p, a, _ in self.idx.in_span(lo, hi, ("person",))
                                      if p is not who and not self.in_quote(a)]
                            woman = _one_woman(others)
                            if woman is not None:
                                return woman
                        return who
                    voice = None if plural else self.body_voice(who, at_char, gender)
                    if voice is not None:
                        return voice
                    if who.type == "organization" and step <= 1 and not plural and gender \
                            and _noun_fits(subj, gender, False) and not self.first_singular(at_char) \
                            and not any(not self.in_quote(a)
                                        for _, a, _ in self.idx.in_span(lo, hi, ("person",))) \
                            and self.person_before(lo, gender) is None:
                        # "La SNCF a reconnu des retards. « Nous ... », a-t-elle déclaré": the body
                        # the sentence before is about, no person named there; a person of the
                        # pronoun's gender named just before it is the one meant ("Le président,
                        # X, ... . Le club vient d'obtenir ... . « ... », a-t-il souligné")
                        return who
                elif who != NOBODY and who.startswith("org:") and (plural or (
                        _noun_fits(subj, gender, False) and not _possessed(subj)
                        and (step > 1 or self.leader_before(subj, lo, gender) is None))):
                    # "Le gouvernement s'est fixé un objectif. Il a déclaré": the body, not a
                    # person; but not the body the sentence before says the person of the
                    # pronoun's gender leads ("X préside le club. Le club compte cent
                    # licenciés. « ... », se félicite-t-il": the one who speaks for it)
                    body = self.org_named(who[4:], lo)
                    voice = None if plural or body is None else self.body_voice(body, at_char, gender)
                    return body if voice is None else voice
                elif not plural and who.startswith("latest:"):
                    # "Celui-ci a reconnu ... . « ... », a-t-il nuancé": the one named last
                    # before "celui-ci", not the subject of a sentence further back
                    latest = self.latest_person(subj.idx, who[7:])
                    return latest if latest is not None and _fits(latest, gender) else None
                elif not plural and who.startswith("title:") and self.other_gender(subj, who, gender):
                    # "Le maire est venu la saluer. Elle garde bonne mémoire. « Je ... »": an
                    # unnamed title of the other gender is not whom the pronoun takes up; the
                    # names of that sentence, or of those before it, are
                    pass
                elif not plural and who.startswith("title:"):
                    # "Anne Roux, la présidente du comité, est satisfaite": the title's holder
                    noun = who.split(":")[1]
                    holder = self.title_holder(noun, self.doc[hi - 1].idx if hi > lo else at_char)
                    if holder is None and self.first_said(subj) and self.bare_description(subj):
                        # "Le boulanger se souvient de ses débuts", "La jeune femme a choisi
                        # la campagne": the one person named, if no title the text gave them
                        # says otherwise ("la fille d'X" before: "la jeune fille" is another);
                        # else the subject of the sentence just before (subject_taken_up)
                        holder = self.only_person(lo, gender) or self.subject_taken_up(subj, lo, gender)
                        if holder is not None and (self.other_title(holder, noun, at_char)
                                                   or self.other_part(holder, noun, at_char)):
                            holder = None
                    if holder is not None and _fits(holder, gender):
                        return holder
                    return None
                elif who == NOBODY and subj.pos_ == "PROPN" and subj.text[:1].isupper() \
                        and self.idx.at(subj.i) is None and _noun_fits(subj, gender, plural):
                    return None  # a name the tagger missed is the subject: it may be the one meant
                elif subj.pos_ == "PRON" and subj.lower_ in ONE_OF_A_GROUP:
                    return None  # "L'un d'eux a pris la parole. « ... », a-t-il lancé": one of a group
                elif subj.pos_ == "NOUN" and _human(subj, self.words) and _noun_fits(subj, gender, plural):
                    # "La jeune fille ... . Elle a souligné": nobody named; unless the noun
                    # is new to the text and stands for the one person it named ("Le docteur
                    # Anne Roux s'est installée. La jeune femme ... . « ... », confie-t-elle")
                    alone = None if plural or not self.first_said(subj) else (
                        self.only_person(lo, gender) or self.subject_taken_up(subj, lo, gender))
                    return alone if alone is not None and not self.other_title(
                        alone, fold(subj.lemma_ or subj.text), at_char) else None
            if step and not plural and self.about_possessor(lo, hi):
                # "..., avec son ami Paul Roy, sa disparition a ému": a sentence about the one
                # "sa" points to, whom the pronoun points to too; not the others it names
                if lo == 0:
                    break
                end = lo
                sent = self.doc[lo - 1].sent
                continue
            named = [(p, a, b) for p, a, b in self.idx.in_span(lo, hi, fits)
                     if _fits(p, gender) and not self.in_quote(a)]
            if step and named and not plural:
                earlier = self.subject_before_background(named, subj, lo, hi, gender, last)
                if earlier is not None:
                    return earlier
            found = {id(p): p for p, a, b in named if step or self.is_subject(a, b) or not self.governed(a)}
            if not step and not plural:
                topic = [p for p, a, b in named if self.dislocated(a, b)]
                if topic:  # "Quant à Lucien Roy, il estime que « ... »": the one set up front
                    return topic[0] if len(topic) == 1 else None
            if step and named and not plural and all(self.noun_complement(a, lo, hi) for _, a, _ in named):
                return None  # "..., acceptant les propositions de Paul Roy. Il a dit": not its topic
            if step and len(found) > 1 and not plural:
                # "Y, président du club, rappelle que X est le quatrième à partir. « ... »,
                # regrette-t-il": the subject of a clause another's words report ("que X ...")
                # is what the sentence is about, not who goes on speaking
                outside = {id(p): p for p, a, _ in named
                           if id(p) in found and not self.in_reported_clause(a, lo, hi)}
                if outside and len(outside) < len(found):
                    found = outside
            woman = _one_woman(list(found.values())) if len(found) > 1 and gender == "f" else None
            if woman is not None:
                return woman  # "X a rencontré Angela Merkel. « ... », a-t-elle déclaré"
            if len(found) == 1:
                return next(iter(found.values()))
            if len(found) > 1:
                subjects = {id(p): p for p, a, b in self.idx.in_span(lo, hi, fits)
                            if id(p) in found and self.is_subject(a, b) and not self.in_quote(a)}
                # the parser may hang the first name apart ("Paul X et Jean Y ont signé"): a name
                # right after "et" that follows another is one of two
                coordinated = any(c.dep_ == "conj" and self.idx.at(c.i, ("person",)) is not None
                                  for p, a, b in self.idx.in_span(lo, hi, fits) if id(p) in subjects
                                  for c in self.doc[a].children) \
                    or any(a >= 2 and self.doc[a - 1].lower_ in ("et", "ou")
                           and self.idx.at(a - 2, ("person",)) is not None
                           for p, a, b in self.idx.in_span(lo, hi, fits) if id(p) in subjects)
                # "Paul X et Jean Y ont remis le chèque": which one?
                return next(iter(subjects.values())) if len(subjects) == 1 and not coordinated else None
            if lo == 0:
                break
            end = lo
            sent = self.doc[lo - 1].sent
        return None if plural else self.only_person(i, gender)

    def in_reported_clause(self, a: int, lo: int, hi: int) -> bool:
        """Whether the name at token `a` stands in a clause opened by "que" that completes a
        verb of the sentence [lo, hi) ("X rappelle que Y est ...", "X a dit qu'il attendait
        Y"): someone the words reported speak of."""
        t = self.name_head(a)
        while t.head.i != t.i and lo <= t.head.i < hi:
            if t.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ in ("que", "qu'") for c in t.children):
                return True
            t = t.head
        return False

    def pronoun_subject(self, lo: int, hi: int, gender: str) -> bool:
        """Whether the active subject of the main verb of the sentence [lo, hi) is the personal
        pronoun of `gender` alone (not impersonal, not coordinated: "Lui et Y ..."), with no
        person named before it: the people the sentence names then come after it, as objects
        or complements ("Puis il a remercié Y", "Ensuite, elle s'est tournée vers Y"). The
        passive is left out ("Elle a été conçue par Y": "elle" may be the thing made). An "il"
        the parser reads as impersonal with a verb that takes none ("Ensuite, il a félicité Y",
        "Il s'est tourné vers Y"; models/quotes.json impersonal_verbs) is the personal one."""
        subj = self.sentence_subject(lo, hi)
        if subj is None:
            root = next((t for t in self.doc[lo:hi] if t.dep_ == "ROOT"), None)
            subj = next((c for c in root.children if c.dep_ == "expl:subj" and lo <= c.i < root.i),
                        None) if root is not None else None
        if subj is None or subj.dep_ not in ("nsubj", "expl:subj", "nsubj:pass") \
                or subj.lower_ != ("elle" if gender == "f" else "il") \
                or self.in_quote(subj.i) or any(c.dep_ == "conj" for c in subj.children):
            return False
        if subj.dep_ == "nsubj:pass" and not self.person_subject_before(lo, gender):
            return False  # "En 2019, elle a été dessinée par Y": the building, maybe
        verb = subj.head
        if fold(verb.lemma_ or verb.text) in self.words.impersonal_verbs or self.impersonal_form(verb):
            return False
        return not any(not self.in_quote(a) for _, a, _ in self.idx.in_span(lo, subj.i, ("person",)))

    def person_subject_before(self, lo: int, gender: str) -> bool:
        """Whether the sentence ending right before token `lo` has for the subject of its main
        verb (an inverted one in an incise too: "« ... », a lancé X") a named person of
        `gender`: the one a passive "il"/"elle" after it goes on with ("X a inauguré la salle.
        Ensuite, il a été rejoint par Y": X), not a thing of that gender ("La médiathèque a
        ouvert. En 2019, elle a été dessinée par Y")."""
        k = lo - 1
        while k >= 0 and (self.doc[k].is_space or self.doc[k].text in (".", "!", "?", "»")):
            k -= 1
        if k < 0:
            return False
        sent = self.doc[k].sent
        hi = min(lo, sent.end)
        subj = self.sentence_subject(sent.start, hi)
        if subj is None or self.in_quote(subj.i):
            # "« ... », a lancé X lundi.": the parser roots the sentence in the quotation; the
            # subject of the incise's verb of saying
            subj = next((c for t in self.doc[sent.start:hi] if not self.in_quote(t.i) and is_speech_verb(t)
                         for c in t.children if c.dep_ == "nsubj" and not self.in_quote(c.i)), None)
        if subj is None:
            return False
        who = self.np_speaker(subj)
        return isinstance(who, Entity) and who.type == "person" and _fits(who, gender)

    def pronoun_goes_on(self, lo: int, hi: int, gender: str) -> bool:
        """Whether the sentence [lo, hi) has for the subject of its main verb the personal
        pronoun of `gender` ("il", "elle"), not an impersonal one, and every person it names
        before that pronoun is the complement of a preposition that gives no one's view ("En
        présence de Y, il ...", "Aux côtés de Y et de Z, elle ...", not "Pour Y, il ...",
        "Selon Y, il ...") or the object of a verb with no subject of its own ("Après avoir
        reçu Y, il ...", not "Quand Y est arrivé, il ..."): a sentence that goes on about
        whom the pronoun already meant."""
        subj = self.sentence_subject(lo, hi)
        if subj is None or subj.i == lo or subj.lower_ != ("elle" if gender == "f" else "il") \
                or self.in_quote(subj.i):
            return False
        verb = subj.head
        if fold(verb.lemma_ or verb.text) in self.words.impersonal_verbs or self.impersonal_form(verb):
            return False
        named = [a for _, a, _ in self.idx.in_span(lo, subj.i, ("person",)) if not self.in_quote(a)]
        if not named or self.view_opener(lo):
            return False
        for a in named:
            t = self.name_head(a)
            while t.dep_ in ("conj", "appos") and t.head.i != t.i and lo <= t.head.i < subj.i:
                t = t.head  # "de Y et de Z", "du maire, Y": the first of the phrase
            if t.dep_ in ("obj", "iobj") and t.head.i < subj.i \
                    and t.head.morph.get("VerbForm") and "Fin" not in t.head.morph.get("VerbForm") \
                    and not any(c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm")
                                for c in t.head.children):
                continue  # "Après avoir salué Y, il ...", "Recevant Y, elle ...": no subject of its own
            cases = [c.lower_ for c in t.children if c.dep_ == "case"]
            if not cases or any(c in ("pour", "selon", "quant") for c in cases):
                return False
        return True

    def background(self, a: int, root: Token) -> bool:
        """Whether the name at token `a` stands in the background of its sentence: not the
        subject of its main verb but its object or complement ("a rencontré X", "lancé par
        X", "les ouvriers de X"), or inside a relative or subordinate clause ("La visite,
        que X avait préparée, ...")."""
        t = self.name_head(a)
        while t.dep_ == "flat:name" and t.head.i != t.i:
            t = t.head
        return t.i != root.i and not (t.head.i == root.i and t.dep_ in ("nsubj", "nsubj:pass"))

    def subject_before_background(self, named: list[tuple[Entity, int, int]], subj: Token | None,
                                  lo: int, hi: int, gender: str | None,
                                  last: Quote | None = None) -> Entity | None:
        """Salience across sentences: the sentence [lo, hi) before a pronoun names the people
        who fit it only in the background (object, complement, agent, relative clause) and
        its main subject is no person ("La délégation a rencontré Y", "La visite, que Y avait
        préparée, a duré", "Le projet avait été lancé par Y"), while the sentence right
        before it has a named person who fits as the subject of its main verb: the pronoun
        goes on with that subject ("X a visité le chantier. La visite, que Y ... . « ... »,
        a-t-il ajouté": X), not with the one the story only mentions. The speaker of a
        quotation that sentence gives counts as its subject ("« ... », a assuré X. La société
        a reçu Y. « ... », a-t-il ajouté": X goes on)."""
        doc = self.doc
        if subj is not None and (subj.pos_ == "PRON" or self.idx.at(subj.i, ("person",)) is not None
                                 or (subj.pos_ == "PROPN" and self.idx.at(subj.i) is None)
                                 or (_human(subj, self.words) and _noun_fits(subj, gender, False))):
            return None  # a person or a pronoun is the subject: not a background sentence (a
            # body the pronoun could stand for was taken before: "La société Y a reçu Z")
        if any(self.in_quote(t) or doc[t].text in QUOTE_MARKS or is_speech_verb(doc[t])
               for t in range(lo, hi)):
            return None  # a sentence quoting or reporting someone's words is about its speaker
        roots = [t for t in doc[lo:hi] if t.dep_ == "ROOT"]
        if len(roots) != 1 or (subj is None and roots[0].pos_ != "NOUN") \
                or not all(self.background(a, roots[0]) for _, a, _ in named):
            return None  # no subject ("X lui succède" misparsed): nothing tells the name is aside
        k = lo - 1
        while k >= 0 and (doc[k].is_space or (doc[k].is_punct and doc[k].text not in ".!?»")):
            k -= 1
        if k < 0 or self.in_quote(k):
            return None
        phi = k + 1
        plo = self.after_break(self.sentence_start(k), phi)
        prev = self.sentence_subject(plo, phi)
        who = self.subject_speaker([prev]) if prev is not None else NOBODY
        if isinstance(who, str) and who.startswith("title:"):
            # "Le maire, X, a inauguré le stade. Les travaux, suivis par Y, ... . Il ...": the
            # one who holds the title the subject of the sentence before gives
            who = self.title_holder(who.split(":")[1], doc[phi - 1].idx) or NOBODY
        named_subject = self.idx.at(prev.i, ("person",)) \
            if prev is not None and prev.pos_ == "PROPN" else None
        if not isinstance(who, Entity) and named_subject is not None:
            who = named_subject[0]  # a name the parser hung elsewhere ("Firmin" as an nmod)
        opener = self.idx.starting_at(plo, ("person",))
        if not isinstance(who, Entity) and opener is not None and opener[2] < phi \
                and doc[opener[2]].text == ",":
            # "X, le ministre de ..., s'est rendu": the name opening the sentence before its
            # apposition, which the parser may leave out of the subject
            who = opener[0]
        if not isinstance(who, Entity) and last is not None and last.speaker is not None \
                and doc[plo].idx <= last.start and last.end <= doc[phi - 1].idx + len(doc[phi - 1]):
            who = last.speaker  # the quotation the sentence before gives: its speaker
        if not isinstance(who, Entity) or who.type != "person" or not _fits(who, gender) \
                or any(p is who for p, _, _ in named):
            return None
        rivals = [p for p, a, _ in self.idx.in_span(plo, phi, ("person",))
                  if p is not who and _fits(p, gender) and not self.in_quote(a) and self.is_subject(a, a + 1)]
        return None if rivals else who

    def other_gender(self, subj: Token, who: str, gender: str | None) -> bool:
        """The unnamed title `who` ("title:maire", "title:president:f") of the subject `subj`
        is of the other gender than the pronoun's, as its form ("la présidente") or its
        article ("le maire") tells; False when neither tells."""
        parts = who.split(":")
        own = parts[2] if len(parts) > 2 and parts[2] in ("m", "f") else self.article_gender(subj)
        return bool(gender and own and own != gender)

    def person_before(self, lo: int, gender: str) -> Entity | None:
        """A person known to be of this gender named (outside quotations) before token `lo`
        in its paragraph, or in the sentence before it; the latest one."""
        doc = self.doc
        para = self.text.rfind("\n", 0, doc[lo].idx) + 1 if lo < len(doc) else 0
        first = min(self.tok_at(para), self.sentence_start(max(0, self.previous_sentence_end(lo))))
        named = [p for p, a, _ in self.idx.in_span(first, lo, ("person",))
                 if not self.in_quote(a) and person_gender(p) == gender]
        return named[-1] if named else None

    def leader_before(self, subj: Token, lo: int, gender: str | None) -> Entity | None:
        """The person of this gender the sentence right before token `lo` has as its
        subject, when the object of that sentence's main verb is the body's class noun that
        `subj` takes up ("Anne Roux préside le club depuis 2016. Le club compte ..."); None
        when the body was not named so, or another subject."""
        if not gender or lo < 2 or self.doc[lo - 1].text not in (".", "!"):
            return None
        k = self.sentence_start(lo - 2)
        noun = fold(subj.lemma_ or subj.text)
        for t in self.doc[k:lo - 1]:
            if t.dep_ == "obj" and t.pos_ == "NOUN" and fold(t.lemma_ or t.text) == noun \
                    and k <= t.head.i < lo:
                subjects = [c for c in t.head.children if c.dep_ == "nsubj"]
                who = self.subject_speaker(subjects) if subjects else None
                if isinstance(who, Entity) and who.type == "person" and person_gender(who) in (gender, None):
                    return who
        return None

    def body_voice(self, body: Entity, at_char: int, gender: str | None) -> Entity | None:
        """The one person of the pronoun's gender the text gave, before `at_char`, a role held
        in `body` that is not a past one ("X préside le club. ... Le club compte cent
        licenciés. « Nous ... », explique-t-il": X speaks for the club, the club does not
        say "il"); None when no one or two such people fit."""
        if not gender:
            return None
        voices = {id(p): p for p, org, status, at in self.leads
                  if org is body and at < at_char and status not in PAST_STATUSES
                  and person_gender(p) in (gender, None) and not self.dead(p)}
        return next(iter(voices.values())) if len(voices) == 1 else None

    def first_singular(self, at_char: int) -> bool:
        """The quotation opening at or after `at_char` speaks in the first person singular
        ("je", "moi"): a person's words, not a body's."""
        close = min((j for j in (self.text.find(m, at_char) for m in ("»", "”", '"')) if j >= 0),
                    default=len(self.text))
        return bool(FIRST_SINGULAR & set(WORD.findall(self.text[at_char:close].lower())))

    def name_after_title(self, subj: Token, hi: int) -> Entity | None:
        """"Présidente du club, Agathe Lamotte, 64 ans, a ...", the parser taking the title for
        the subject: the person named between commas right after the title's phrase, which
        opens the sentence (no verb, no other name between)."""
        doc = self.doc
        if subj.i > 0 and not (doc[subj.i - 1].is_punct or doc[subj.i - 1].is_space
                               or (doc[subj.i - 1].pos_ == "DET" and doc[subj.i - 1].is_sent_start)):
            return None
        for k in range(subj.i + 1, min(hi, subj.i + 20)):
            t = doc[k]
            if (t.pos_ in ("VERB", "AUX") and "Part" not in t.morph.get("VerbForm")) or self.in_quote(k) \
                    or self.idx.at(k, ("person",)) is not None:
                return None
            if t.text == ",":
                hit = self.idx.starting_at(k + 1, ("person",))
                if hit is not None and hit[2] < hi and doc[hit[2]].text == ",":
                    return hit[0]
                return None
        return None

    def first_said(self, noun: Token) -> bool:
        """A definite description ("la jeune femme", "le boulanger") whose noun the text has
        not used before outside quotations: no other person it was said of ("la fille de X"
        makes "la jeune fille" someone else)."""
        doc = self.doc
        if not any(c.dep_ == "det" and c.lower_ in ("le", "la", "l'") for c in noun.children):
            return False
        lemma = fold(noun.lemma_ or noun.text)
        # the headline announces the article ("Plombières : la factrice prend sa retraite")
        top = self.headline_span()
        skip = top[1] if top is not None else 0
        return not any(fold(t.lemma_ or t.text) == lemma and not self.in_quote(t.i)
                       for t in doc[:noun.i] if t.pos_ == noun.pos_ and t.idx >= skip)

    def dead(self, person: Entity) -> bool:
        """Whether the text says this person is dead: named right after a noun of death or
        mourning ("les obsèques de l'abbé X", "un hommage à X"), or opening a sentence whose
        verb says so ("X, 82 ans, est mort", "X a été tué"). Nobody quoted after that is them."""
        if self._dead is None:
            self._dead = set()
            doc, words = self.doc, self.words
            for p, a, b in self.idx.in_span(0, len(doc), ("person",)):
                if self.in_quote(a):
                    continue
                k = a - 1
                while k >= 0 and k >= a - 4 and (doc[k].pos_ in ("DET", "ADP") or _human(doc[k], words)):
                    k -= 1
                if k >= 0 and k < a - 1 and fold(doc[k].lemma_ or doc[k].text) in words.death_nouns:
                    self._dead.add(id(p))
                    continue
                head = self.name_head(a)
                mourning = {fold(c.lemma_ or c.text) for c in head.head.children
                            if c.dep_ in ("nsubj", "nsubj:pass", "obj")}
                if head.dep_.startswith("obl") and mourning & words.death_nouns:
                    self._dead.add(id(p))  # "un hommage a été rendu à X", "rendre hommage à X"
                    continue
                first = self.sentence_start(a)
                if a - first > 3:
                    continue
                for t in doc[b:min(len(doc), b + 10)]:
                    if t.text in (".", "!", "?") or "\n" in t.text \
                            or self.idx.at(t.i, ("person",)) is not None:
                        break
                    if fold(t.text) in words.death_verbs or fold(t.lemma_) in words.death_verbs:
                        self._dead.add(id(p))
                        break
        return id(person) in self._dead

    def singled_out(self, lo: int, hi: int, gender: str) -> Entity | None:
        """"Vingt donneurs ont été distingués, dont Paul Roy, qui ...", "Trois cents partisans,
        dont sa fille Anne Roux, se sont rassemblés.": the one person the sentence [lo, hi)
        names (outside quotations), singled out of a group by "dont" after a comma with no
        verb of its own (at most three articles, nouns or adjectives between "dont" and the
        name, "sa fille", "son jeune cousin"; a comma, a stop or a bracket after it): the one
        the words that follow are about. None when that person may not be of the pronoun's
        gender, is dead, or the paragraph breaks between."""
        doc = self.doc
        if lo <= 0 or hi <= lo or any("\n" in t.text for t in doc[lo:hi]):
            return None
        person = self.one_named_in(lo, hi, gender)
        if person is None:
            return None
        for p, a, b in self.idx.in_span(lo, hi, ("person",)):
            if p is not person or self.in_quote(a) or (b < len(doc) and doc[b].text not in (",", ".", ")")):
                continue
            k = a - 1
            while k > lo + 1 and a - k <= 3 and doc[k].pos_ in ("DET", "NOUN", "ADJ"):
                k -= 1
            if doc[k].lower_ == "dont" and doc[k - 1].text == ",":
                return person
        return None

    def subject_taken_up(self, noun: Token, lo: int, gender: str | None) -> Entity | None:
        """"Au micro, le président du comité, Jean Roy, a remercié les bénévoles.
        Le responsable a ajouté que ...": a definite description with no complement opening
        the subject of the sentence [lo, ...) takes up the subject of the sentence right
        before it in the same paragraph, the one person that sentence names (outside
        quotations), of the description's gender, its active subject; none when that
        sentence names anyone else or holds a quotation, or when the description's own
        sentence names someone before it."""
        doc = self.doc
        if not gender or noun.i < lo or "Plur" in noun.morph.get("Number") \
                or self.idx.in_span(lo, noun.i, SPEAKERS) or not self.bare_description(noun) \
                or not _noun_fits(noun, gender, False):
            return None
        end = self.previous_sentence_end(lo)
        if end <= 0 or any("\n" in t.text for t in doc[end:lo]):
            return None  # no sentence before it, or one of another paragraph
        k = self.sentence_start(end)
        if k > 0 and doc[k - 1].text in ("»", "”", "«", "“", '"'):
            return None
        if any(self.voiced(t) for t in doc[k:end + 1]):
            return None
        person = self.one_named_in(k, end + 1, gender)
        if person is None or self.opening_subject_verb(k, end + 1, person) is None:
            return None
        return person

    def one_named_in(self, lo: int, hi: int, gender: str) -> Entity | None:
        """The one person tokens [lo, hi) name (outside quotations), when that person may be
        of `gender` and is alive; None when they name nobody or several."""
        named = self.people_named(lo, hi)
        if len(named) != 1:
            return None
        person = next(iter(named.values()))
        return None if not _fits(person, gender) or self.dead(person) else person

    def bare_description(self, noun: Token) -> bool:
        """A description with no complement and no office ("le boulanger", "la jeune femme"),
        which may take up the one person named; not "le chef de centre", "le président":
        an office, or a post in a body, is someone of its own until the text says who."""
        low = fold(noun.lemma_ or noun.text)
        if low in _offices() or low in self.lex.body_only:
            return False
        return not any(c.dep_ == "nmod" for c in noun.children)

    def people_named(self, lo: int, hi: int, gender: str | None = None) -> dict[int, Entity]:
        """The people named (outside quotations) in tokens [lo, hi) who may be of this
        gender (any when None), by id, in the order of their first mention there."""
        return {id(p): p for p, a, _ in self.idx.in_span(lo, hi, ("person",))
                if not self.in_quote(a) and _fits(p, gender)}

    def line_start(self, a: int) -> int:
        """The first token of the line of token `a`."""
        return self.tok_at(self.text.rfind("\n", 0, self.doc[a].idx) + 1)

    def one_named_before(self, i: int, gender: str | None) -> tuple[Entity, list[int]] | None:
        """The one person who may be of this gender that the text names before token i
        (outside quotations), with the first tokens of those mentions; None when it names
        none or several (the others known to be of the other gender do not count: "Elle
        succède à Louis Roy")."""
        mentions = [(p, a) for p, a, _ in self.idx.in_span(0, i, ("person",))
                    if not self.in_quote(a) and _fits(p, gender)]
        if len({id(p) for p, _ in mentions}) != 1:
            return None
        return mentions[0][0], [a for _, a in mentions]

    def only_person(self, i: int, gender: str | None) -> Entity | None:
        """The one person the text named before token i (outside quotations), when it names
        no other: the one a portrait's "il" or "l'artisan" stands for when no sentence near
        says so (a sentence the parser garbled, a quotation far down the story)."""
        one = self.one_named_before(i, gender)
        if one is None:
            return None
        person, mentions = one
        # a noun of the line before (a headline the parser hung the name on) governs nothing
        if all(self.noun_complement(a, self.line_start(a)) for a in mentions) or self.dead(person):
            return None  # "la fille d'Hélène Roux": someone the text is not about; the dead
        return person

    def only_owner(self, i: int, gender: str | None) -> Entity | None:
        """The one person the text named before token i (outside quotations), when it names
        no other, even only as the complement of a thing's noun ("Le hangar de X a brûlé. ...
        « ... », confie l'agriculteur"): whom a trade after a quotation takes up when no
        sentence near names anyone. Not a complement of a person's noun ("la fille de X":
        the trade may be that daughter's), not the dead."""
        one = self.one_named_before(i, gender)
        if one is None:
            return None
        person, mentions = one
        for a in mentions:
            t = self.name_head(a)
            if t.dep_ == "nmod" and (_human(t.head, self.words) or self.lex.title_of(t.head.lower_)):
                return None  # "la fille de X", "l'avocat de X": someone else's trade
        return None if self.dead(person) else person

    def other_topic(self, i: int, recent: Entity, gender: str | None, plural: bool,
                    last: Quote | None) -> bool:
        """Whether the sentence before the one at token i is about something else the pronoun
        may stand for: its subject a noun phrase of the pronoun's gender and number that is not
        the one quoted just before ("« A », dit X. La police a arrêté deux hommes. « B »,
        a-t-elle indiqué": the police, not X)."""
        doc = self.doc
        hi = self.previous_sentence_end(i)
        if hi <= 0:
            return False
        lo = self.sentence_start(hi)
        subj = self.sentence_subject(lo, hi + 1) or next(
            (t for t in doc[lo:hi + 1] if t.dep_ in SUBJECT_DEPS and lo <= t.head.i <= hi
             and t.head.dep_ in ("ROOT", "parataxis", "conj") and not self.in_quote(t.i)), None)
        if subj is None or subj.pos_ != "NOUN" or not _noun_fits(subj, gender, plural) or _possessed(subj):
            return False  # "Son parti lui reprochait son vote. Il a déclaré": about him still
        if not plural and any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > subj.i
                              and not any(x.dep_ == "case" for x in c.children) for c in subj.subtree):
            # "Le comité des fêtes et l'amicale ont tenu la buvette. Il ...": two, not "il" (the
            # second noun with no preposition of its own, whatever the parser hung it on)
            return False
        if not _human(subj, self.words) and fold(subj.lemma_ or subj.text) not in self.words.org_nouns \
                and fold(subj.text) not in self.words.org_nouns:
            return False  # a thing says nothing: "Le bilan est lourd. « ... », a-t-il déploré"
        who = self.np_speaker(subj)
        if isinstance(who, Entity):
            return who is not recent
        if self.resolve(who, doc[subj.i].idx, last) is recent:
            return False
        # "« A », explique X, le PDG. Le dirigeant cherche un associé. « B », plaide-t-il": a
        # definite word standing for a title (periphrases) the one just quoted was given
        # before is still about that one
        stands = periphrases().get(fold(subj.text)) or periphrases().get(fold(subj.lemma_ or subj.text))
        if not stands or not _definite_singular(subj):
            return True
        given = {w for p, title, at in self.roles if p is recent and at < subj.idx for w in title.split()}
        return not given & stands

    def topic_holder(self, i: int, gender: str | None) -> Entity | None:
        """The person the sentence before the one at token i is about, when its subject is
        a title a role fact before gives to one person who fits ("« A », a dit le commandant
        X. Le préfet a remercié les bénévoles. « B », a-t-il nuancé": the prefect the
        text named before), else None."""
        hi = self.previous_sentence_end(i)
        if hi <= 0:
            return None
        subj = self.sentence_subject(self.sentence_start(hi), hi + 1)
        if subj is None or subj.pos_ != "NOUN":
            return None
        who = self.np_speaker(subj)
        if not isinstance(who, str) or not who.startswith("title:"):
            return None
        holder = self.title_holder(who.split(":")[1], subj.idx)
        return holder if holder is not None and holder.type == "person" and _fits(holder, gender) else None

    def other_title(self, person: Entity, noun: str, at_char: int) -> bool:
        """Whether the text gave this person titles before, none of them this one ("le
        ministre" is not the one just quoted as the mayor); descriptions that are no title
        ("l'universitaire", "le chercheur") conflict with nothing."""
        last = noun.split()[-1]
        if last not in _folded_titles():
            return False
        # a status ("auxiliaire", "bénévole") is no function: "la factrice" may be the same one
        titles = {t for p, t, at in self.roles
                  if p is person and at < at_char and t not in self.words.status_titles}
        # a part in the event set beside the name ("Le prévenu, X,"): "le procureur" is another
        titles |= self.parts_of(person, at_char)
        words = {w for t in titles for w in t.split()}
        # "a lancé l'élu" after the mayor, "le premier magistrat", "le technicien" for the coach
        stands = periphrases().get(noun) or periphrases().get(last) or frozenset()
        return bool(titles) and last not in words and not (words & stands)

    def other_part(self, person: Entity, noun: str, at_char: int) -> bool:
        """Whether a noun of a part in the event ("le prévenu", "le suspect", "la victime")
        cannot be this person: a part of models/quotes.json's 'parties' the text gives nobody
        (party() found no one: someone unnamed), or a part given to one the text set in a
        function ("Le président du tribunal, X, ... . Le prévenu a reconnu ..." is not X);
        a noun for anyone by sex or age ("le jeune homme") is not such a part."""
        if noun in parties():
            return True
        if noun in self.words.plain_person_nouns or noun not in self.words.human_nouns:
            return False
        return any(p is person and at < at_char for p, _, at in self.roles)

    def sole_person(self, noun: str, at_char: int, gender: str | None) -> Entity | None:
        """"Odile Marbot ... . La présidente socialiste de la région juge que « ... »": a
        title no role fact gives anyone points to the person the article is about: the only
        person named before (outside quotations), named at least twice, whose title, if the
        text gives one, is this one. Anyone else named before, of either gender: none."""
        if noun.split()[-1] not in _folded_titles():
            return None  # a description ("le jeune homme"), not a title
        i = self.tok_at(at_char)
        named = [p for p, a, _ in self.idx.in_span(0, i, ("person",)) if not self.in_quote(a)]
        people = {id(p): p for p in named}
        if len(people) != 1:
            return None
        person = named[0]
        titles = {t for p, t, at in self.roles if p is person and at < at_char}
        if len(named) < 2 or not _fits(person, gender) or (titles and noun.split()[-1] not in
                                                            {w for t in titles for w in t.split()}):
            return None
        return person

    def two_subjects(self, subj: Token) -> bool:
        """"Paul et Marc", "le maire et son adjoint": coordinated subjects; not "le journaliste
        et commentateur Paul Roy", two nouns for one person named once."""
        # not the bare nouns of a detached description the parser hung on the subject ("le
        # maire, cravate rouge et mains jointes, a ..."): things, with no article, nobody named
        conj = [c for c in subj.children if c.dep_ == "conj"
                and not (c.pos_ == "NOUN" and not any(d.dep_ == "det" for d in c.children)
                         and not _human(c, self.words) and self.idx.at(c.i) is None)]
        if not conj:
            return False
        verb = subj.head
        plural = any("Plur" in t.morph.get("Number") for t in (verb, *verb.children)
                     if (t is verb or t.dep_.startswith("aux")) and "Fin" in t.morph.get("VerbForm"))
        if not plural and not any(c.dep_ == "cc" for k in conj for c in k.children):
            return False  # "L'avocate de Kevin, Mathilde Roux, a rappelé": a name in apposition
        sub = list(subj.subtree)
        people = {id(p) for p, _, _ in self.idx.in_span(sub[0].i, sub[-1].i + 1, ("person",))}
        # "le journaliste et commentateur X": one determiner for both nouns, one person
        return len(people) != 1 or any(c.dep_ == "det" for k in conj for c in k.children)

    def bodies_only(self, subj: Token) -> bool:
        """"Le club « X » et l'association Y ont prêté leurs tentes": a coordinated subject of
        bodies or things only (no person named, no noun for people): it is plural, and "il"
        or "elle" after it takes up no one of them who speaks, but someone named before."""
        heads = [subj, *(c for c in subj.children if c.dep_ == "conj")]
        sub = list(subj.subtree)
        return not self.idx.in_span(sub[0].i, sub[-1].i + 1, ("person",)) \
            and not any(_human(h, self.words) or (h.pos_ in ("PRON", "PROPN") and self.idx.at(h.i) is None)
                        for h in heads)

    def one_of_gender(self, subj: Token, gender: str | None) -> Entity | None:
        """Of the people named in the coordinated subject `subj`, the one the pronoun's gender
        fits when each is given a civility ("Mme Roux et M. Petit"): the written mark of a
        gender; given names leave it open ("Jeanne X et Paul Y ... -t-il" gives none)."""
        if gender not in ("m", "f"):
            return None
        sub = list(subj.subtree)
        people = {id(p): p for p, a, _ in self.idx.in_span(sub[0].i, sub[-1].i + 1, ("person",))
                  if not self.in_quote(a)}
        if len(people) < 2:
            return None
        genders = [(p, CIVILITY_GENDER.get(str(p.attrs.get("civility") or "").lower().rstrip(".")))
                   for p in people.values()]
        if any(g is None for _, g in genders):
            return None
        fit = [p for p, g in genders if g == gender]
        return fit[0] if len(fit) == 1 else None

    def other_gender_partner(self, subj: Token, gender: str | None) -> bool:
        """"Marc Roux et sa femme tiennent l'épicerie. « ... », explique-t-il": a named person
        of the pronoun's gender, coordinated with unnamed nouns of the other gender only
        ("sa femme", "son mari", "ses deux filles"): the pronoun can be only the named one."""
        if gender not in ("m", "f"):
            return False
        hit = self.idx.at(subj.i, ("person",))
        if hit is None or not _fits(hit[0], gender) or person_gender(hit[0]) != gender:
            return False
        conj = [c for c in subj.children if c.dep_ == "conj"]
        return bool(conj) and all(
            c.pos_ == "NOUN" and self.idx.at(c.i) is None and _tag_gender(c) not in ("", gender)
            and not any(self.idx.at(x.i) is not None for x in c.subtree)
            for c in conj)

    def about_possessor(self, lo: int, hi: int) -> bool:
        """Whether the clause's subject is a possessive phrase naming nobody ("sa disparition",
        "son franc-parler"), the parser's main verb or not."""
        subj = self.sentence_subject(lo, hi) or next(
            (t for t in self.doc[lo:hi] if t.dep_ in SUBJECT_DEPS and lo <= t.head.i < hi
             and t.head.pos_ in ("VERB", "AUX") and not self.in_quote(t.i)), None)
        return subj is not None and subj.pos_ != "PRON" and _possessed(subj) \
            and self.np_speaker(subj) == NOBODY

    def latest_person(self, at_char: int, gender: str) -> Entity | None:
        """"Ce dernier" / "cette dernière": the person named last before, outside quotations;
        none when that person's gender is known and differs."""
        i = self.tok_at(at_char)
        # "ce dernier a expliqué à Paul Roy que « ... »": named before "ce dernier" itself
        i = next((k - 1 for k in range(i - 1, max(0, i - 60), -1)
                  if self.doc[k].lower_ in ("dernier", "dernière")
                  and self.doc[k - 1].lower_ in ("ce", "cette") and not self.in_quote(k)), i)
        named = [(p, a, e) for p, a, e in self.idx.in_span(0, i, ("person",)) if not self.in_quote(a)]
        # the subject "ce dernier" itself stands in the quotation's sentence, before the mark
        if not named:
            return None
        p, a, end = named[-1]
        if end < i and self.doc[end].text == ",":  # "X, le maire du village, a reçu ...": X's own title
            end = next((j for j in range(end + 1, min(i, end + 10))
                        if self.doc[j].text in (",", ".", ";")), end)
        if any(not self.in_quote(b) and self.name_head(b).dep_ != "nmod"
               for _, b, _ in self.idx.in_span(end, i, ("organization",))) \
                or any(t.pos_ == "NOUN" and t.dep_ in ("obj", "iobj", "obl", "obl:arg", "obl:mod", "nsubj")
                       and _human(t, self.words) and not self.in_quote(t.i) and _noun_fits(t, gender, False)
                       for t in self.doc[end:i]):
            return None  # "X a écrit au ministère / au préfet. « ... », a répondu ce dernier"
        if person_gender(p) is None:  # gender unknown: only when nobody else is named with them
            sent = self.doc[a].sent
            if any(q is not p for q, b, _ in named if sent.start <= b < sent.end):
                return None
        return p if _fits(p, gender) else None

    def sentence_subject(self, lo: int, hi: int) -> Token | None:
        """The subject of the sentence's main verb, before `hi`, outside quotations; when the
        parser hung a line on the line before, the subject of the line's own root, or the
        phrase opening the line when the parser hung it on the line before (`line_opener`)."""
        roots = [t for t in self.doc[lo:hi] if t.dep_ == "ROOT"]
        if not roots and lo > 0 and "\n" in self.doc[lo - 1].text:
            roots = [t for t in self.doc[lo:hi]
                     if not lo <= t.head.i < hi and t.pos_ in ("VERB", "AUX", "ADJ")][:1]
        line = lo > 0 and "\n" in self.doc[lo - 1].text
        for t in roots:
            subjects = [c for c in t.children
                        if c.dep_ in SUBJECT_DEPS and c.i < hi and not self.in_quote(c.i)]
            own = [c for c in subjects if c.i >= lo or not line]
            if own:
                return own[0]
            if subjects:
                # "Le stade rénové\n\nX a inauguré ...": the parser took the headline's noun
                # for the subject of the line's verb; the phrase opening the line, which it
                # hung on the headline, is the subject; or the person set after the line's
                # fronted phrase ("Grève\n\nDevant l'usine Tolvex, X, délégué, ...")
                opener = self.line_opener(lo, t.i)
                return opener if opener is not None \
                    else self.fronted_apposition(self.after_break(lo, t.i), t.i)
            apposed = self.fronted_apposition(self.after_break(lo, t.i), t.i)
            if apposed is not None:
                return apposed
            described = self.fronted_description(self.after_break(lo, t.i), t)
            if described is not None:
                return described
        return self.line_opener(lo, roots[0].i) if line and roots else None

    def fronted_description(self, lo: int, root: Token) -> Token | None:
        """"Sur le quai, le chauffeur, tête basse, n'a rien dit", "Devant la presse, la
        présidente, visiblement émue, a remercié ...": after a fronted phrase and its comma, a
        singular noun for people (its article, adjectives, a complement with no verb)
        set right before the verb or before the commas of its own detached apposition is the
        subject of a verb the parser left without one: it hung the noun on the fronted phrase
        (an apposition or a conjunct of "barre") or on the verb as a bare modifier."""
        doc = self.doc
        if root.pos_ not in ("VERB", "AUX") or not doc[lo].text[:1].isupper():
            return None
        comma = next((k for k in range(lo + 1, root.i) if doc[k].text == ","), None)
        if comma is None or any(t.pos_ in ("VERB", "AUX") or self.in_quote(t.i) for t in doc[lo:comma]):
            return None
        j = comma + 1
        if j >= root.i or doc[j].lower_ not in ("le", "la", "l'", "un", "une"):
            return None  # (an indefinite one is someone unnamed: nobody the text named)
        j += 1
        while j < root.i and doc[j].pos_ == "ADJ":
            j += 1
        noun = doc[j]
        if j >= root.i or noun.pos_ != "NOUN" or not _human(noun, self.words) \
                or "Plur" in noun.morph.get("Number") \
                or fold(noun.lemma_ or noun.text) in self.words.group_nouns:
            return None
        if noun.head.i > noun.i and noun.head is not root:
            return None  # the parser hung it on something after it: not the stray subject
        if noun.head is root and any(c.dep_ == "case" for c in noun.children):
            return None
        # the verb group right after the noun phrase (its complement with no verb, then its
        # own detached apposition between commas, a participle there: "visiblement émue"),
        # only "ne", "se", "y" or an auxiliary before the verb
        k = root.i - 1
        while k > j and (doc[k].pos_ in ("ADV", "PRON", "AUX") or doc[k].dep_.startswith("aux")):
            k -= 1
        if k > j and doc[k].text != ",":
            return None
        if any((t.pos_ in ("VERB", "AUX") and "Part" not in t.morph.get("VerbForm"))
               or t.text in (";", ":", "«", "»") or self.in_quote(t.i) for t in doc[j + 1:k]):
            return None
        if self.idx.in_span(comma, root.i, ("person", "organization")):
            return None  # a name there is the subject's own apposition: fronted_apposition's
        return noun

    def fronted_apposition(self, lo: int, root: int) -> Token | None:
        """"Lauréat de trois concours, X, 19 ans, partira": a sentence opening on a
        description with no article, the name set after it between commas, which the parser
        hung on the description and left the verb without a subject: the one person so named
        before the verb is its subject. So too after a fronted adverbial phrase ending on a
        name ("Devant la mairie de Valtreuil, X, adjoint, ne décolérait pas", "Sur la place
        d'Italie, X répondait aux journalistes"): the parser hangs the person on that name as
        its apposition; a person set after the phrase's comma, right before the subjectless
        verb (or before the commas of the person's own apposition), is the verb's subject."""
        doc = self.doc
        if root - lo < 3 or not doc[lo].text[:1].isupper():
            return None
        fronted = doc[lo].pos_ == "ADP"
        if doc[lo].pos_ not in ("NOUN", "ADJ") and not fronted:
            return None
        named = [(a, b) for _, a, b in self.idx.in_span(lo, root, ("person",)) if not self.in_quote(a)]
        if len(named) != 1:
            return None
        a, b = named[0]
        if doc[a - 1].text != "," or b >= root or any(t.pos_ in ("VERB", "AUX") for t in doc[lo:a]):
            return None
        if not fronted:
            return doc[a] if doc[b].text == "," else None
        if not self.hung_on_frame(lo, a):
            return None
        if doc[b].text != "," and any(t.pos_ not in ("ADV", "PRON") for t in doc[b:root]):
            return None  # only "ne", "n'", "se", "y" between the name and its verb
        return doc[a]

    def line_opener(self, lo: int, root: int) -> Token | None:
        """The head of the noun phrase or name opening the line at token `lo` before its main
        verb `root`, when the parser hung it on the line before (no preposition before it)."""
        doc = self.doc
        k = lo
        while k < root and (doc[k].is_space or doc[k].pos_ == "DET"):
            k += 1
        if k >= root or doc[k].pos_ not in ("NOUN", "PROPN") or self.in_quote(k):
            return None
        t = doc[k]
        while lo <= t.head.i < root and t.head.i != t.i and t.dep_ in NAME_DEPS:
            t = t.head
        if t.head.i >= lo or any(c.dep_ == "case" for c in t.children):
            return None
        return t

    def cue_char(self, rule: str, who: Who, cue: str, open_c: int, s: int) -> int:
        """Where a pronoun after "selon" is read from: "Selon lui, X a signé « ... »" points
        back from the cue that opens the sentence, never to X, the subject the sentence goes
        on to name before the quotation; other attributions are read from the quotation."""
        if rule != "according_to" or not isinstance(who, str) or not who.startswith("pronoun") or not cue:
            return s
        j = self.text.rfind(cue, 0, open_c)
        return j if j >= 0 and j >= self.doc[self.tok_at(open_c)].sent.start_char else s

    def resolve(self, who: Who, at_char: int, last: Quote | None) -> Entity | None:
        if isinstance(who, Entity):
            return who
        if who == NOBODY:
            return None
        if who.startswith(("title:", "anaphor:")):
            _, noun, *gender = who.split(":")
            if noun in ("interesse", "interessee"):
                # "se souvient l'intéressé": the one the article is about, not the last named;
                # or the one the sentence just before singles out of a group ("dont X")
                g = gender[-1] if gender else None
                i = self.tok_at(at_char)
                back = self.previous_sentence_end(self.doc[min(i, len(self.doc) - 1)].sent.start)
                singled = self.singled_out(self.sentence_start(back), back + 1, g) if back > 0 and g else None
                return singled or self.article_subject(g)
            found = self.description_speaker(who, at_char, last)
            # a description never stands for one the text says is dead ("X, 82 ans, est mort
            # ... « ... », explique l'officier"); a pronoun may ("avait-il lancé")
            return None if found is not None and found.type == "person" and self.dead(found) else found
        if who == "last:":
            return self.last_speaker(at_char, last, None)
        if who.startswith("latest:"):
            return self.latest_person(at_char, who[7:])
        if who.startswith("org:"):
            return self.org_named(who[4:], self.tok_at(at_char))
        kind, _, gender = who.partition(":")
        if kind == "pronoun_pl":
            return self.antecedent(at_char, last, None, plural=True)
        return self.antecedent(at_char, last, gender or None)

    def origins_given(self, before: int) -> dict[int, tuple[Entity, set[str]]]:
        """The words of origin the text set before each person's name before token `before`,
        outside quotations ("le Norvégien Sven Hallvik", "la Française Anne Roux"), as
        origin_key()s: the people whom "a confié le Norvégien" may stand for."""
        doc = self.doc
        out: dict[int, tuple[Entity, set[str]]] = {}
        for p, a, _ in self.idx.in_span(0, before, ("person",)):
            if a < 2 or self.in_quote(a):
                continue
            word, art = doc[a - 1], doc[a - 2]
            if art.lower_ in ("le", "la", "l'") and word.text[:1].isupper() and word.is_alpha \
                    and (_nationality(word.text) or (fold(word.text) not in self.words.org_nouns
                                                     and fold(word.text).endswith(self.words.suffixes))):
                out.setdefault(id(p), (p, set()))[1].add(origin_key(word.text))
        return out

    def description_speaker(self, who: str, at_char: int, last: Quote | None) -> Entity | None:
        """"répond le ministre", "sourit la bénévole": the holder of that title, else the one
        quoted just before if the title fits, else the one person it points back to. "A
        confié le Norvégien": the one person the text called so before its name; none when
        the one found otherwise was given another origin ("le Français X")."""
        _, noun, *marks = who.split(":")
        found = self.described_speaker_of(who, at_char, last)
        if " " in noun:
            return found
        key = origin_key(noun)
        given = self.origins_given(self.tok_at(at_char))
        called = [p for p, words in given.values() if key in words]
        if len(called) == 1:
            return called[0] if _fits(called[0], marks[0] if marks and marks[0] else None) else None
        if called:
            return None  # two people the text called so: which one?
        if found is not None and id(found) in given and _nationality(noun):
            return None  # "le Norvégien" is not the one the text called "le Français"
        return found

    def described_speaker_of(self, who: str, at_char: int, last: Quote | None) -> Entity | None:
        kind, _, rest = who.partition(":")
        noun, _, gender = rest.partition(":")
        gender, _, mark = gender.partition(":")
        mark, _, age = mark.partition(":")
        holder = self.title_holder(noun, at_char)
        if holder is not None:
            # "a assuré la nouvelle directrice": not the director who is a man; a title in
            # the masculine may be a woman's ("le procureur")
            return None if gender == "f" and person_gender(holder) == "m" else holder
        if mark == "office":
            return None  # "le chef de l'État" when the text gives no one (or two) that office
        stands = (periphrases().get(noun) or frozenset()) if " " not in noun else frozenset()
        literal = {id(p) for p, title, at in self.roles if at < at_char and noun in title.split()}
        if len(literal | {id(p) for p, title, at in self.roles if literal and at < at_char
                          and p.type == "person" and stands & set(title.split())}) > 1:
            # a title two people named before hold: which one? Also when one holds it as
            # written and another holds a title it may stand for ("le chef" after a head of
            # a ward and a cook)
            return None
        if len(self.party(noun, at_char)) > 1:
            return None  # "le vainqueur" when the text gives two people that part
        if kind == "title":
            # a title points back to the one just quoted; a noun for anyone ("le
            # suspect", "la jeune fille") does not
            found = self.last_speaker(at_char, last, gender or None) \
                if self.lex.title_of(noun.split()[-1]) is not None or noun in periphrases() else None
            if found is not None:
                return None if self.other_title(found, noun, at_char) else found
            if noun.split()[-1] in self.words.plain_person_nouns:
                # "À la barre, le jeune homme a reconnu les faits": a person by sex or age only
                # points back to the one person named before who fits it ("le suspect", "la
                # victime" may be someone the text never named)
                alone = self.only_person(self.tok_at(at_char), gender or None)
                if alone is not None and mark == "aged" \
                        and self.ages_given(alone, self.tok_at(at_char)) - {age}:
                    return None  # "X, 31 ans, ... . La jeune femme de 23 ans" is someone else
                return alone
            return self.sole_person(noun, at_char, gender or None)
        if mark == "aged":
            # "« ... », confie le skieur de 24 ans": the one person of its gender named just
            # before, the only one so far in the paragraph (a race report naming three runners:
            # "le coureur de 31 ans" may be any), unless the text gave that person another age
            recast = self.recast_of(noun, at_char, gender or None)
            i = self.tok_at(at_char)
            para = self.tok_at(self.text.rfind("\n", 0, at_char) + 1)
            if recast is None or len(self.people_named(para, i, gender or None)) != 1 \
                    or self.ages_given(recast, i) - {age}:
                return None
            return recast
        if mark == "recast":
            # "Le président, X, ... . « ... », a rappelé l'ancien boulanger": the one just named
            recast = self.recast_of(noun, at_char, gender or None)
            if recast is not None:
                return recast
        if self._office(noun):
            return None  # "a réagi le Premier ministre grec": an office nobody is said to hold
        if noun.split()[0] in ("nouveau", "nouvelle", "nouvel") and len(noun.split()) == 2:
            # "le nouveau président" is not the one the text shows held the title before
            former = self.former_holders(noun.split()[1], at_char)
            found = self.antecedent(at_char, last, gender or None)
            return None if found is None or id(found) in former else found
        tied = self.apposed_description(noun, at_char, gender or None)
        if tied is not None:
            return tied
        # "résume l'universitaire" a page after the last quotation, nobody named since
        found = self.antecedent(at_char, last, gender or None) \
            or self.last_speaker(at_char, last, gender or None, ("person",), far=True)
        if found is None and mark == "trade":
            # "Les Bleus ont sauvé un point sur deux buts de X. « ... », a regretté l'attaquant":
            # a trade takes up the one person the sentences just before name, even as a
            # complement (a pronoun would look for their subject), as a recast one does
            found = self.recast_of(noun, at_char, gender or None) \
                or self.only_owner(self.tok_at(at_char), gender or None)
        return None if found is None or self.other_title(found, noun, at_char) else found

    # --- the document -------------------------------------------------------------------

    def candidates(self) -> list[tuple[int, int, int, int, bool]]:
        """(open mark, close mark, text start, text end, dash) of each quotation long enough."""
        out = []
        for start, end in self.spans:
            raw = self.text[start:end]
            lead = len(raw) - len(raw.lstrip())
            body = raw.strip()
            if len(body.split()) < MIN_WORDS:
                continue
            lead_in = self.text[max(0, start - 40):start - 1].rstrip()
            before = lead_in.removesuffix(":").split()
            # "de l'opération « ... »": the noun after its elided article too; "sur le thème :
            # « ... »", "portant l'inscription : « ... »": a label's noun before a colon too
            markers = self.words.label_markers if lead_in.endswith(":") else self.words.work_markers
            if before and fold(before[-1]).split("'")[-1] in markers and not (
                    len(before) > 1 and fold(before[-2]).split("'")[-1] in HAVE_FORMS):
                # "un spectacle intitulé « ... »": a title, not a quotation; but "le pape l'a
                # nommée « ... »", an active verb, gives its subject's words
                continue
            s = start + lead
            dash = start >= 2 and self.text[start - 2] in DASHES \
                and (start == 2 or self.text[start - 3] == "\n")
            out.append((start - 1, end, s, s + len(body), dash))
        return out

    def read(self) -> list[Quote]:
        cands = self.candidates()
        self.quoted = frozenset(i for _, _, s, e, _ in cands for i in range(self.tok_at(s), self.tok_at(e)))
        self.labels = self.label_tokens(cands)
        out: list[Quote] = []
        last: Quote | None = None
        for n, (open_c, close_c, s, e, dash) in enumerate(cands):
            nxt = cands[n + 1][0] if n + 1 < len(cands) else len(self.text)
            found: Found | None = None
            if dash:
                # "— Nous partirons demain, a déclaré Pierre Nadeau.": the incise ends the quotation;
                # a hyphen line may be a list item: its incise, if any, is in its first sentence
                # (not "..., selon le juge X" after a quotation three sentences on)
                hyphen = self.text[open_c - 1] == "-"
                stop = FULL_STOP.search(self.text, s, e) if hyphen else None
                for c in (x for x in range(s, stop.start() if stop else e) if self.text[x] in ",?!"):
                    if self.text[c] != "," and not self.text[c + 1:c + 3].rstrip()[1:2].islower():
                        continue  # "— Pourquoi ? lui demande la juge.": a question's incise, lower case
                    found = self.after(c)
                    if found is not None:
                        e = s + len(self.text[s:c + (self.text[c] != ",")].rstrip())
                        break
                if len(self.text[s:e].split()) < MIN_WORDS:
                    continue
                if found is None and self.text[open_c - 1] == "-" \
                        and not self.text[s:e].rstrip().endswith("?") and not self.answers(open_c):
                    # "- 12 mai : ...": a hyphen opens list items; a line said has its incise, or
                    # asks a question, or answers one ("- Pourquoi ... ?\n- Parce que ...")
                    continue
            q = Quote(speaker=None, text=self.raw[s:e], start=s, end=e, verb=None, dash=dash)
            if dash:
                attempts = [found]
                if found is None and self.opens_dialogue(open_c) \
                        and self.text[:open_c - 1].rstrip().endswith(":"):
                    # "Elle se souvient :\n— J'ai commencé à quatorze ans ...": announced as after a colon
                    attempts.append(self.before(open_c - 1))
            elif self.text[:open_c].rstrip().endswith(":"):
                # "X a déclaré : « ... », selon l'AFP": the speaker announced before the colon wins;
                # a colon with no speech verb before it comes after the incise
                first = self.before(open_c)
                attempts = [first, self.after(close_c), self.late_incise(close_c, nxt)]
                if first is not None and first[2] == "colon":
                    attempts = attempts[1:] + attempts[:1]
            else:
                incise = self.after(close_c)
                # "« ... », a-t-il répliqué" with no one the pronoun surely stands for: not the
                # sentence before's speaker either
                pronoun = incise is not None and isinstance(incise[0], str) \
                    and (incise[0].startswith(("pronoun", "anaphor:", "title:", "latest:"))
                         or (incise[0] == NOBODY and self.incise_noun(close_c)))
                attempts = [incise, self.before(open_c, previous=not pronoun), self.late_incise(close_c, nxt),
                            self.predicate(open_c, s, e), self.cleft(close_c)]
                said = attempts[1]
                if incise is not None and incise[2] == "according_to" and said is not None \
                        and said[2] == "verb_before" and self.said_as_complement(open_c, said[1]):
                    # "X a déclaré que « ... », selon l'AFP": the source of the report comes after
                    # the one the sentence says said it
                    attempts[0], attempts[1] = attempts[1], attempts[0]
                elif incise is not None and incise[2] == "incise" and said is not None \
                        and said[2] == "according_to" and isinstance(said[0], Entity) \
                        and isinstance(incise[0], Entity) and incise[0].type != "person" \
                        and self.medium(incise[0], close_c, nxt):
                    # "Pour X, « ... », a indiqué l'AFP": the medium only reports; the one the
                    # sentence opens on ("pour", "selon", "d'après") gives the view
                    attempts[0], attempts[1] = attempts[1], attempts[0]
            for found in attempts:
                if found is None:
                    continue
                who, verb, rule = found
                speaker = self.resolve(who, self.cue_char(rule, who, verb, open_c, s), last)
                if speaker is not None and isinstance(who, str) and who.startswith("pronoun") \
                        and self.replied_to(speaker, verb, s, who):
                    speaker = None  # "X a critiqué Y. « ... », a-t-il répliqué": X or Y?
                if speaker is not None and isinstance(who, str) \
                        and who.startswith(("title:", "anaphor:", "pronoun")) \
                        and self.complement_in_sentence(speaker, open_c, close_c):
                    # "Après avoir rencontré X, le ministre a déclaré : « ... »", "Le président,
                    # qui succède à X, affirme que « ... »": a description or a pronoun subject
                    # is not the one its own sentence names as a complement
                    speaker = None
                if q.verb is None or speaker is not None:
                    q.verb = verb or None
                if speaker is not None:
                    q.speaker, q.rule = speaker, rule
                    break
            if q.speaker is None and q.verb is None and not dash:
                found = self.inner_incise(s, e)
                if found is not None:
                    speaker = self.resolve(found[0], s, last)
                    if speaker is not None:
                        q.speaker, q.verb, q.rule = speaker, found[1], "incise"
            if q.speaker is None and q.verb is None and last is not None and last.speaker is not None \
                    and not q.dash and not last.dash \
                    and (self.continues(last, open_c, s, close_c) or self.reopened(last.end, q.start)):
                q.speaker, q.verb, q.rule = last.speaker, last.verb, "continuation"
            if q.speaker is None and q.verb is None and not dash:
                self._portrait = False
                q.speaker = self.introduced(open_c, s, e, last)
                q.rule = ("portrait" if self._portrait else "introduced") if q.speaker is not None else q.rule
            if q.speaker is None and q.verb is None and dash and self.opens_dialogue(open_c) \
                    and not self.text[s:e].rstrip().endswith("?"):
                # a portrait's line said after the narration: "X coud encore chaque matin.\n— J'ai
                # commencé ...", read as a quotation that opens its sentence
                q.speaker = self.introduced(open_c - 1, s, e, last, named=True)
                q.rule = "introduced" if q.speaker is not None else q.rule
                if q.speaker is None:
                    q.speaker = self.dash_voice(out)
                    q.rule = "dash_voice" if q.speaker is not None else q.rule
            if q.speaker is None and q.verb is None and not dash:
                found = self.reported(open_c)
                if found is not None:
                    q.speaker, q.verb, q.rule = found[0], found[1], "reported"
            if q.speaker is None and q.verb is None and not dash:
                q.speaker = self.named_after(open_c, close_c, s, e)
                q.rule = "named_after" if q.speaker is not None else q.rule
            if q.speaker is None and q.verb is None and not dash:
                q.speaker = self.quote_lead(open_c, close_c, s, e)
                q.rule = "lead" if q.speaker is not None else q.rule
            if q.speaker is None and q.verb is None and not dash:
                q.speaker = self.relative_quoted(open_c, s, e, last)
                q.rule = "relative" if q.speaker is not None else q.rule
            if q.speaker is None and q.verb is not None and not dash:
                q.speaker = self.introduced_after(open_c, close_c)
                q.rule = "introduced_after" if q.speaker is not None else q.rule
            out.append(q)
            if q.speaker is not None or self.has_verb(q.start, q.end):
                last = q  # not a name in marks nobody says ("l'association « Les Amis du ... »")
        self.share_sentences(out)
        self.run_on(out)
        self.went_on(out)
        asked = self.interview(out)
        self.echoed(out)
        self.headline(out)
        # a quoted phrase with no verb that nobody is said to say is a name, a label or a
        # charge ("mis en examen pour « recel d'abus de biens sociaux »"), not a quotation;
        # the questions of an interview are the paper's own words
        return self.coordinated([q for q in out
                                 if (q.speaker is not None or self.has_verb(q.start, q.end))
                                 and id(q) not in asked])

    def relative_quoted(self, open_c: int, s: int, e: int, last: Quote | None) -> Entity | None:
        """"L'entraîneur X a salué les bénévoles « qui ont tenu la buvette sous la pluie tout le
        week-end »", "Il a cité la rénovation du gymnase, « où la toiture fuit depuis dix ans »": a
        quotation that opens on a relative pronoun ("qui", "où", "dont") right after the noun
        it qualifies, with no verb of saying in its sentence, is the words of the one the
        sentence is about: the person subject of the verb that governs that noun (a name, a
        description or a pronoun taking one up). Five words at least (a shorter one is a
        phrase, no quotation); a body or a thing as the subject gives nobody."""
        doc = self.doc
        words = WORD.findall(self.text[s:e].lower())
        if len(words) < MIN_WORDS or words[0] not in ("qui", "où", "dont") \
                or not self.text[s:s + 1].islower():
            return None
        k = self.tok_at(open_c) - 1
        if k > 0 and doc[k].text == ",":
            k -= 1
        if k <= 0 or doc[k].pos_ not in ("NOUN", "PROPN") or self.in_quote(k) \
                or fold(doc[k].lemma_ or doc[k].text) in self.words.text_nouns \
                or fold(doc[k].text) in self.words.text_nouns:
            return None  # "le rapport « qui pointe ... »": a text's words, not the reader's
        lo = self.sentence_start(k)
        if any(self.in_quote(t.i) or (t.pos_ == "VERB" and is_speech_verb(t)) for t in doc[lo:k]):
            return None  # the sentence has its own quotation or a verb of saying
        verb = doc[k].head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and lo <= verb.head.i:
            verb = verb.head
        if verb.pos_ != "VERB" or not lo <= verb.i < k or _negated(verb):
            return None
        who = self.verb_subject(verb)
        if who is None or (isinstance(who, Entity) and who.type != "person"):
            return None
        speaker = self.resolve(who, doc[lo].idx, last)
        return speaker if speaker is not None and speaker.type == "person" else None

    def medium(self, who: Entity, lo: int, hi: int) -> bool:
        """Whether the body `who` is a medium (models/quotes.json): a wire or broadcaster cited
        by name ("l'AFP", "Reuters"), or one named in [lo, hi) after a noun of the press ("l'agence
        X", "le quotidien X")."""
        if fold(who.name) in self.words.media_names:
            return True
        for m in who.mentions:
            if lo <= m.start < hi:
                before = self.text[max(lo, m.start - 20):m.start].replace("'", " ").split()
                if before and fold(before[-1]) in self.words.media_heads:
                    return True
        return False

    def medium_document(self, lo: int, colon: int) -> Entity | str | None:
        """The author of the first text noun (models/quotes.json text_nouns) in tokens [lo, colon):
        the one person or body named in its phrase after it, not after "à" ("une note de X",
        "un communiqué du syndicat X"); NOBODY for a text with none or several; None when no
        text noun stands there."""
        doc = self.doc
        text = next((t for t in doc[lo:colon] if t.pos_ == "NOUN" and not self.in_quote(t.i)
                     and fold(t.lemma_ or t.text) in self.words.text_nouns), None)
        if text is None:
            return None
        hi = min(colon, max(t.i for t in text.subtree) + 1)
        author = self.sole_author(text.i + 1, hi)
        return author if author is not None else NOBODY

    def predicate(self, open_c: int, s: int, e: int) -> Found | None:
        """"Hugo Fersen est « heureux de retrouver ... »", "X « regrette ... »": a quotation that
        opens the predicate of a subject named just before the mark is that subject's words,
        when the predicate is an active verb or an adjective of stance (models/quotes.json),
        and the subject is a person or an organization. Not a passive ("X est « soupçonné
        de ... »"), a noun ("X est « le meilleur ... »") or a judgement ("X est « incapable ... »")."""
        doc = self.doc
        a, b = self.tok_at(s), self.tok_at(e)
        mark = self.tok_at(open_c)
        heads = [t for t in doc[a:b] if (t.head.i == t.i or not a <= t.head.i < b) and not t.is_punct]
        if len(heads) != 1 or a >= len(doc):
            return None
        h = heads[0]
        if any(not (t.pos_ in ("ADV", "PRON") or t.lower_ in ("ne", "n'")) for t in doc[a:h.i]):
            return None  # the predicate's head opens the quotation ("ne facilite pas")
        if h.pos_ == "VERB":
            if "Fin" not in h.morph.get("VerbForm") and not any(c.dep_ == "aux:tense" for c in h.children):
                return None
            if any(c.dep_ in ("aux:pass", "obl:agent") for c in h.children):
                return None
        elif h.pos_ == "ADJ":
            if fold(h.lemma_ or h.text) not in self.words.stance_adjectives \
                    and fold(h.text) not in self.words.stance_adjectives:
                return None
        else:
            return None
        subj = [c for c in h.children if c.dep_ == "nsubj" and c.i < mark]
        if not subj and h.dep_ == "acl" and h.head.i < mark and h.head.pos_ in ("NOUN", "PROPN") \
                and self.idx.at(h.head.i, ("organization", "person")) is not None:
            subj = [h.head]  # "..., la Région Bourgogne « regrette ... »", the verb hung on the name
        if not subj or self.in_quote(subj[0].i):
            return None
        # between the subject's phrase and the mark: auxiliaries, copula, clitics, adverbs only
        end = max(t.i for t in subj[0].subtree) + 1
        if any(t.pos_ not in ("AUX", "ADV", "PRON", "PUNCT") and t.lower_ not in AUX_WORDS
               and t.lower_ not in ("dit", "dite", "dits", "dites", "déclare", "montre", "affirme")
               for t in doc[end:mark]):
            return None
        who = self.np_speaker(subj[0])
        verb = h.text if h.pos_ == "VERB" else ""
        if isinstance(who, Entity) and who.type in ("person", "organization"):
            return who, verb, "predicate"
        if isinstance(who, str) and who.startswith("org:"):
            return who, verb, "predicate"  # "le groupe « regrette ... »": the group named before
        if isinstance(who, str) and who.startswith("title:"):
            # "La nouvelle directrice s'est dite « ravie ... »": the one person who holds the title
            holder = self.title_holder(who.split(":")[1], open_c)
            return (holder, verb, "predicate") if holder is not None else None
        return None  # a pronoun ("elle « ne facilite pas ... »" may be a thing)

    def interview(self, quotes: list[Quote]) -> set[int]:
        """An interview in dialogue lines: "— Pourquoi ... ?" / "— Parce que ...": a line that
        answers a question line (the dash line just before it ends with "?") with no
        attribution of its own is the words of the person interviewed: the active subject of
        the sentence that opens the exchange, else the only person named before it. Returns
        the ids of the question lines so answered: the journalist's, no quotation."""
        asked: set[int] = set()
        for n, q in enumerate(quotes):
            if not q.dash and q.rule == "none" and not q.verb:
                self.answer_in_marks(q)
                continue
            if not q.dash or q.rule != "none" or q.verb or q.text.rstrip().endswith("?"):
                continue
            lines, opening = self.dash_lines_before(q.start)
            prev = quotes[n - 1] if n else None
            # "— Pourquoi ... ? lui demande la présidente, X.": the line before asks, with its incise
            asker = prev.speaker if prev is not None and prev.dash and prev.rule == "incise" \
                and lines and prev.text.rstrip().endswith("?") and lines[-1].startswith(prev.text.strip()) \
                else None
            # the line before asks a question (short ones, "— Et l'avenir ?", are no quote facts)
            if asker is not None:
                # a hearing's exchange: the one who answers is the one person named before it
                # other than the one who asks (the defendant of a court report)
                who = self.sole_answerer(self.tok_at(opening), asker)
                if who is not None:
                    q.speaker, q.rule = who, "interview"
                continue
            if not lines or not lines[-1].endswith("?"):
                guest = self.asked_of_guest(q.start)
                if guest is not None:  # "Trois questions à X" / "Pourquoi ... ?" / "- Parce que ..."
                    q.speaker, q.rule = guest, "interview_guest"
                continue
            who, rule = self.interviewee_rule(opening)
            if who is not None:
                q.speaker, q.rule = who, rule
                if prev is not None and prev.dash and prev.speaker is None and not prev.verb \
                        and prev.text.rstrip().endswith("?"):
                    asked.add(id(prev))
        return asked

    def dash_voice(self, out: list[Quote]) -> Entity | None:
        """"X a repris la ferme.\n— Les gens croient ..., sourit-elle.\n(narration)\n— Ce prix,
        je le dédie ...": in a story whose dialogue lines come one at a time between paragraphs
        of narration, a line with no incise, after narration that names no speaker of its own,
        is the voice of the story's earlier dialogue line: the person its incise named (the
        quotations in marks of others, in the narration, do not change whose lines the dashes
        give). Not after a question line (an exchange: the answer is the other's), nor when the
        earlier line has no speaker."""
        prev = next((q for q in reversed(out) if q.dash), None)
        if prev is None or prev.speaker is None or prev.speaker.type != "person" \
                or prev.rule not in ("incise", "dash_voice") or prev.text.rstrip().endswith("?"):
            return None
        line = self.text.rfind("\n", 0, prev.start) + 1  # the earlier line's dash
        return prev.speaker if self.opens_dialogue(line + 1) else None

    def opens_dialogue(self, open_c: int) -> bool:
        """Whether the line at `open_c` is a dialogue line opened by a dash (not a hyphen, which
        opens list items too) right after narration: no dialogue line before it."""
        return self.text[open_c - 1] in "—–" and not self.dash_lines_before(open_c)[0]

    def answer_in_marks(self, q: Quote) -> None:
        """An interview laid out as question lines put to someone ("Comment avez-vous vécu
        cette saison ?") each followed by the answer in quotation marks on a line of its own:
        the answer is the interviewee's (as for dialogue lines)."""
        line_start = self.text.rfind("\n", 0, q.start) + 1
        if self.text[line_start:q.start].strip() not in ("«", "“", '"'):
            return
        first, question, anchor = line_start, False, line_start
        while first > 0:
            prev = self.text.rfind("\n", 0, first - 1) + 1
            line = self.text[prev:first - 1].strip()
            if not line and prev > 0:
                # a blank line between the exchange's lines: the answer's line, for the question
                # right before it, starts after it
                anchor = prev if first == anchor else anchor
                first = prev
                continue
            if line.endswith("?") and line[:1] not in "«“\"" and "«" not in line \
                    and (WORD_VOUS.search(line.lower()) or self.interview_layout()):
                question = question or first == anchor
                first = prev
            elif line[:1] in "«“\"" and first != anchor:
                first = prev  # an earlier answer of the exchange
            else:
                break
        if question:
            who, rule = self.interviewee_rule(first)
            if who is not None:
                q.speaker, q.rule = who, rule

    def interview_layout(self) -> bool:
        """Whether the text is laid out as an interview: two or more question lines each
        followed by a line that opens with a quotation mark, one of the questions put to
        someone ("vous", "votre"); then its other questions need not say "vous" ("Comment
        s'annonce la saison ?")."""
        if self._layout is None:
            lines = [x.strip() for x in self.text.split("\n") if x.strip()]
            pairs = [a for a, b in pairwise(lines)
                     if a.endswith("?") and a[:1] not in "«“\"" and "«" not in a and b[:1] in "«“\""]
            # a headline presenting the interview ("Trois questions à X") says so too
            self._layout = (len(pairs) >= 2 and any(WORD_VOUS.search(a.lower()) for a in pairs)) \
                or (bool(pairs) and self.interview_guest() is not None)
        return self._layout

    def answers(self, at_char: int) -> bool:
        """Whether the dialogue line at `at_char` follows a dialogue line asking a question,
        or, in an interview presented by its headline, any line asking one."""
        lines, _ = self.dash_lines_before(at_char)
        return (bool(lines) and lines[-1].endswith("?")) or self.asked_of_guest(at_char) is not None

    def asked_of_guest(self, at_char: int) -> Entity | None:
        """In an interview presented by a line naming the person interviewed (interview_guest()),
        the line at `at_char` answers the line before it (blank lines aside) when that line
        asks a question and is no quotation: the guest, who answers; else None."""
        guest = self.interview_guest()
        if guest is None:
            return None
        line_start = self.text.rfind("\n", 0, at_char) + 1
        prev = self.text[:line_start].rstrip()
        question = prev[prev.rfind("\n") + 1:].strip()
        if not question.endswith("?") or question[:1] in "«“\"" or "«" in question:
            return None
        return guest if self.guest_named_before(guest, at_char) else None

    def guest_named_before(self, guest: Entity, at_char: int) -> bool:
        return any(p is guest and self.doc[a].idx < at_char
                   for p, a, _ in self.idx.in_span(0, self.tok_at(at_char), ("person",)))

    def interview_guest(self) -> Entity | None:
        """The one person the head of the text (its first four lines with words) presents as
        interviewed: named right after a cue that opens its line ("Trois questions à X,
        présidente de ...", "Entretien avec X"), or the one person named on a line that says
        they answer ("X répond à nos questions"); models/quotes.json's interview_cues and
        interview_said. Not "Propos recueillis par Y" (the journalist). None when no line or
        two people are so presented."""
        if self._guest is not False:
            return self._guest if isinstance(self._guest, Entity) else None
        found: dict[int, Entity] = {}
        starts = [m.start() for m in re.finditer(r"(?m)^[ \t]*\S", self.text)][:4]
        head_end = len(self.text) if len(starts) < 4 else self.text.find("\n", starts[3])
        head_end = len(self.text) if head_end < 0 else head_end
        mentions = [(p, a) for p, a, _ in self.idx.in_span(0, self.tok_at(head_end), ("person",))
                    if not self.in_quote(a)]
        for p, a in mentions:
            at = self.doc[a].idx
            line_start = self.text.rfind("\n", 0, at) + 1
            line_end = self.text.find("\n", at)
            line_end = len(self.text) if line_end < 0 else line_end
            before = fold(self.text[line_start:at]).strip(" -—–:")
            words = before.split()
            cue = any(before == c or (before.endswith(" " + c) and len(words) <= len(c.split()) + 1)
                      for c in self.words.interview_cues)
            line = fold(self.text[line_start:line_end])
            others = {id(q) for q, b in mentions if q is not p and line_start <= self.doc[b].idx < line_end}
            # not "X n'a pas souhaité répondre à nos questions", "X a refusé de répondre ..."
            said = any(c in line for c in self.words.interview_said) \
                and not re.search(r"\b(?:pas|refuse\w*|jamais|decline\w*)\b", line)
            if (cue or said) and not others:  # "Questions à X et à Y": which one answers?
                found[id(p)] = p
        self._guest = next(iter(found.values())) if len(found) == 1 else None
        return self._guest

    def dash_lines_before(self, at_char: int) -> tuple[list[str], int]:
        """The dialogue lines (opened by a dash) right before the line of `at_char`, in order,
        dash and spaces removed, and where the first of them starts: the exchange so far."""
        line_start = self.text.rfind("\n", 0, at_char) + 1
        out: list[str] = []
        while line_start > 0:
            prev = self.text.rfind("\n", 0, line_start - 1) + 1
            line = self.text[prev:line_start - 1].strip()
            if not line and prev > 0:
                line_start = prev  # a blank line between two lines of the dialogue
                continue
            if not line or line[0] not in DASHES or line[1:2] != " ":
                break
            out.insert(0, line[1:].strip())
            line_start = prev
        return out, line_start

    def interviewee_rule(self, at_char: int) -> tuple[Entity | None, str]:
        """The one who answers the exchange opening at `at_char` and the rule: the guest a
        line at the head presents ("Trois questions à X, ...") when the exchange's own
        reading (interviewee()) finds nobody or someone else, rule `interview_guest`."""
        who = self.interviewee(at_char)
        guest = self.interview_guest()
        if guest is not None and guest is not who and self.guest_named_before(guest, at_char):
            return guest, "interview_guest"
        return who, "interview"

    def interviewee(self, at_char: int) -> Entity | None:
        i = self.tok_at(at_char)
        k = i - 1
        while k >= 0 and (self.doc[k].is_space or self.doc[k].is_punct):
            k -= 1
        if k < 0:
            return None
        sent = self.doc[k].sent
        subj = self.sentence_subject(sent.start, k + 1)
        if subj is not None and self.two_subjects(subj):
            return None  # "Paul X et Marc Y ont visité le chantier": which one answers?
        who = self.np_speaker(subj) if subj is not None else None
        # "La présidente, X, interroge le prévenu :": the subject of a verb of questioning asks
        asker = who if isinstance(who, Entity) and fold(subj.head.lemma_ or subj.head.text) \
            in self.words.asking_verbs else None
        if isinstance(who, Entity) and who.type == "person" and asker is None:
            return who  # "Jean Dupont a accepté de répondre à nos questions."
        guest = self.introduced_guest(sent.start, k + 1, asker)
        if guest is not None:
            return guest
        return self.sole_answerer(i, asker)

    def sole_answerer(self, i: int, asker: Entity | None) -> Entity | None:
        """The one person the text named before token i other than the one who asks, unless
        it names that person as the interviewer ("Propos recueillis par Y")."""
        people = self.people_named(0, i)
        if asker is not None:
            people.pop(id(asker), None)
        if len(people) != 1:
            return None
        person = next(iter(people.values()))
        return None if self.interviewer(person, i) else person

    def introduced_guest(self, lo: int, hi: int, asker: Entity | None) -> Entity | None:
        """The one person the introduction of an exchange names, other than the one who asks:
        its last sentence [lo, hi) ("Nous avons interrogé X, astronome à Y."), else, when that
        sentence names no one, the paragraph it ends ("X dirige la ferme depuis vingt ans. Nous
        l'avons rencontrée."); None when two are named there (which one answers?)."""
        line = self.line_start(hi - 1)
        for start in (max(lo, line), line):  # (the parser's sentence may run across a line break)
            people = self.people_named(start, hi)
            if asker is not None:
                people.pop(id(asker), None)
            if any(self.interviewer(p, hi) for p in people.values()):
                return None  # "Propos recueillis par Y": the credit line, no introduction
            if people:
                return next(iter(people.values())) if len(people) == 1 else None
        return None

    def interviewer(self, person: Entity, before: int) -> bool:
        """Whether the text names this person before token `before` as the one who asked the
        questions ("Propos recueillis par Y", "Entretien réalisé par Y"): the journalist, never
        the one who answers (models/quotes.json's interviewer_cues)."""
        for p, a, _ in self.idx.in_span(0, before, ("person",)):
            if p is person:
                line_start = self.text.rfind("\n", 0, self.doc[a].idx) + 1
                said = fold(self.text[line_start:self.doc[a].idx]).rstrip(" :")
                if any(said.endswith(c) for c in self.words.interviewer_cues):
                    return True
        return False

    def has_verb(self, start: int, end: int) -> bool:
        """A clause: a finite verb, or a subject pronoun or a negation the tagger may leave
        beside a verb it misreads ("Nous ne privilégions", "privilégions" read as an adjective)."""
        return any("Fin" in t.morph.get("VerbForm") or t.lower_ in CLAUSE_WORDS
                   for t in self.doc[self.tok_at(start):self.tok_at(end)])

    def introduced(self, open_c: int, s: int, e: int, last: Quote | None = None,
                   named: bool = False) -> Entity | None:
        """"Jean Dupont ne décolère pas. « On nous a oubliés »": a quotation in the first
        person that opens its sentence, attributed nowhere, is the words of the person the
        sentence just before is about: the active subject of its main verb, and the only
        person it names (that sentence may end the paragraph before). When that sentence says
        the person's stance ("La trésorière, Sylvie Roux, se veut prudente.", "X s'interroge",
        "X est formel"), the quotation need not be in the first person: it is what the stance
        announces (a clause, with a finite verb). `named`: only a person that sentence names
        (a dialogue line after the narration, no pronoun's antecedent further up)."""
        before = self.text[:open_c].rstrip()
        first_person = bool(FIRST_PERSON & set(WORD.findall(self.text[s:e].lower())))
        if not before or before[-1] not in ".!?" or not (first_person or self.has_verb(s, e)):
            return None
        end = self.tok_at(len(before) - 1)
        lo = end - 1
        # (past the marks of a name: "Le président de l'association « Les Amis du Lavoir », X, ...")
        while lo > 0 and (self.doc[lo - 1].text not in (".", "!", "?", "»", "”", "«", "“", '"')
                          or (lo - 1 in self.labels and self.doc[lo - 1].text not in (".", "!", "?"))) \
                and "\n" not in self.doc[lo - 1].text:
            lo -= 1
        closed = lo > 1 and self.doc[lo - 1].text in ("»", "”", '"') \
            and self.doc[lo - 2].text in (".", "!", "?", "…") and self.doc[lo].text[:1].isupper()
        if lo > 0 and self.doc[lo - 1].text in ("»", "”", "«", "“", '"') and not closed:
            return None  # a sentence with its own quotation, or an incise; not one that opens
            # after a quotation closed on its full stop ("« ... le paie. » Son homologue ...")
        people = {id(p): p for p, a, _ in self.idx.in_span(lo, end, ("person",))}
        if not people and named:
            return None
        if not people:
            viewer = self.view_holder(lo, end, last)
            if viewer is not None:
                return viewer  # "Selon lui, la formation est ouverte à tous. « Il suffit ... »"
            found = self.introduced_by_pronoun(lo, end, last, first_person)
            if found is not None or not first_person:
                return found
            return self.stance_across(lo, end) or self.told_across(open_c, lo, end, s, e, last)
        if len(people) != 1:
            return None
        person = next(iter(people.values()))
        verb = self.opening_subject_verb(lo, end, person)
        if verb is not None:
            if self.stance(verb, lo, end):
                return person
            plural = FIRST_PLURAL & set(WORD.findall(self.text[s:e].lower()))
            group = self.words.group_nouns
            if plural and any(t.pos_ == "NOUN" and {fold(t.lemma_ or t.text), fold(t.text)} & group
                              for t in self.doc[verb.i + 1:end]):
                return None  # "Le préfet X a reçu une délégation de grévistes. « Nous ... »": theirs?
            return person if first_person else None
        # "Pour Luc Bernard, la saison est réussie. « Nous avons ... »", "Au dire de Luc Bernard,
        # ...", "Aux yeux de ...": the one whose view the sentence opens with, after a
        # dateline's dash ("TOUL. - Pour Luc Bernard, ..."); or the one named in apposition to
        # the title it opens with ("Pour la présidente du club, Anne Roy, ...")
        k = self.opening_word(lo, end)
        width = (self.doc[k].lower_ in ("pour", "selon") and self.doc[k].is_title) or (
            self.doc[k].is_title and self.view_opener(k))
        if not first_person or not width or k + width >= end:
            return None
        hit = self.idx.starting_at(k + width, ("person",))
        if hit is not None:
            return person if hit[0] is person else None
        noun = self.described_noun(k + width)
        if noun is None:
            return None
        doc = self.doc
        for p, a, b in self.idx.in_span(noun.i + 1, end, ("person",)):
            # the title, its complement (no comma, no verb), then the name between commas
            return person if p is person and a - noun.i <= 12 and doc[a - 1].text == "," \
                and b < end and doc[b].text == "," \
                and not any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in doc[noun.i + 1:a - 1]) else None
        return None

    def opening_word(self, lo: int, end: int) -> int:
        """The first word of the sentence [lo, end) past a dateline's dash ("TOUL. - Pour ...",
        "METZ._ Selon ...") and a leading "mais"."""
        doc = self.doc
        k = lo
        while k + 1 < end and (doc[k].text in DATELINE_DASHES or doc[k].is_space):
            k += 1
        return k + (doc[k].lower_ == "mais")

    def stance_across(self, lo: int, end: int) -> Entity | None:
        """"Martine Roux ne cache pas sa fierté. Les ventes ont triplé en deux saisons.
        « Nous ... »": a sentence of facts that names nobody and has no one as its subject
        (no pronoun, no noun for people) between a first-person quotation and the sentence,
        in the same paragraph, that says the stance of the one person it names."""
        doc = self.doc
        if lo < 2 or any("\n" in t.text for t in doc[lo - 1:end]) or doc[lo - 1].text not in (".", "!"):
            return None
        if self.idx.in_span(lo, end, SPEAKERS) or any(
                t.dep_ in SUBJECT_DEPS and (t.pos_ == "PRON" or _human(t, self.words)) for t in doc[lo:end]):
            return None
        hi = lo - 1
        k = self.sentence_start(hi)  # it stops at a line break too
        if k > 0 and doc[k - 1].text in ("»", "”", "«", "“", '"'):
            return None
        people = self.people_named(k, hi)
        if len(people) != 1:
            return None
        person = next(iter(people.values()))
        verb = self.opening_subject_verb(k, hi, person)
        return person if verb is not None and self.stance(verb, k, hi) else None

    def told_across(self, open_c: int, lo: int, end: int, s: int, e: int,
                    last: Quote | None) -> Entity | None:
        """"Anne Roux vit dans la crainte. Trois maisons ont été visitées. ¶ « Les gens ont peur,
        on n'ose plus sortir. »": a bare quotation in the first person after one or two
        sentences of facts (things as subjects, nobody named, nobody saying anything) is the
        words of the person the sentence before them is about: its subject, the one person
        the text named so far, and no quotation since. The quotation opens a paragraph of its
        own, as a portrait sets the person's words apart; in the paragraph of the facts the
        sentence must say a stance (stance_across: "X a ouvert le local. Les demandes ont
        doublé. « Nous ... »" is no one's), unless the quotation speaks as "je" and never as
        "nous" (one voice, not a group's: the one person the story names). The sentence
        before may call that person by a noun for people with its definite article ("Le
        coureur a remporté le titre."), the story (a headline) having named that one person."""
        said = set(WORD.findall(self.text[s:e].lower()))
        alone = bool({"je", "j'"} & said) and not FIRST_PLURAL & said
        if last is not None or not self.bare(e) \
                or not (alone or self.text[:open_c].rstrip(" \t").endswith("\n")):
            return None
        doc = self.doc
        hi, k, spans = end, lo, 0
        if (described := self.described_before(k, hi, s)) is not None:
            return described
        while spans < 2:
            if not self.quiet(k, hi, many=alone):
                return None
            spans += 1
            hi = k - 1
            while hi > 0 and doc[hi].is_space:
                hi -= 1  # the sentence may end the paragraph before
            if hi <= 0 or doc[hi].text not in (".", "!"):
                return None
            k = self.sentence_start(hi)
            if k > 0 and doc[k - 1].text in ("»", "”", "«", "“", '"'):
                return None
            people = self.people_named(k, hi)
            if people:
                break
            if len(self.text[doc[k].idx:s]) <= 400:
                # "X prendra sa retraite. Elle a passé trente ans à l'école. Des générations
                # d'élèves ... « J'ai ... »": the sentence before the facts takes the person up
                # by "il"/"elle" or by a description ("Le jeune artisan a gardé ..."), the one
                # person the text named so far
                portrait = self._portrait
                taken = self.introduced_by_pronoun(k, hi, last) or self.described_before(k, hi, s)
                self._portrait = portrait
                if taken is not None and self.only_person(self.tok_at(s), None) is taken:
                    return taken
        else:
            return None
        if len(people) != 1 or len(self.text[doc[k].idx:s]) > 400:
            return None
        person = next(iter(people.values()))
        if self.only_person(self.tok_at(s), None) is not person \
                or self.opening_subject_verb(k, hi, person) is None:
            return None
        return person

    def described_before(self, k: int, hi: int, s: int) -> Entity | None:
        """"Paul Roy, champion régional ¶ Le coureur de Toul a gagné dimanche. ¶ « Je ... »":
        the sentence right before a bare quotation names nobody and its subject is a noun for
        people with a definite singular article (le, la), no complement naming a person: the
        one person the story named before it, of that noun's gender (only_person)."""
        if self.idx.in_span(k, hi, ("person", "organization")) \
                or any(self.in_quote(t.i) for t in self.doc[k:hi]):
            return None
        subj = self.sentence_subject(k, hi)
        if subj is None or subj.i < k:  # none, or a headline's name the parser made the subject
            subj = self.opening_noun(k, hi)
        if subj is None or subj.pos_ != "NOUN" or not _human(subj, self.words) \
                or "Plur" in subj.morph.get("Number") \
                or fold(subj.lemma_ or subj.text) in self.words.group_nouns:
            return None
        gender = self.article_gender(subj)
        if not gender or any(t.pos_ == "VERB" and is_speech_verb(t) for t in self.doc[k:hi]):
            return None
        lemma = fold(subj.lemma_ or subj.text)
        if any(fold(t.lemma_ or t.text) == lemma and not self.in_quote(t.i) for t in self.doc[:subj.i]):
            return None  # "X a reçu le maire. Le maire a promis ...": someone the text met before
        person = self.only_person(self.tok_at(s), gender)
        if person is not None and lemma in _offices() \
                and not any(p is person and t == lemma for p, t, _ in self.roles):
            return None  # "Le maire a promis une aide.": an office the one person was not given
        return person

    def opening_noun(self, k: int, hi: int) -> Token | None:
        """The noun of "Le jeune boulanger a ..." opening the line at token k, when the parser
        hung it on the line before (a headline) and gave the line's verb no subject."""
        doc = self.doc
        if k == 0 or "\n" not in doc[k - 1].text or doc[k].lower_ not in ("le", "la", "l'"):
            return None
        j = k + 1
        while j < hi and doc[j].pos_ == "ADJ":
            j += 1
        if j >= hi or doc[j].pos_ != "NOUN" or doc[j].head.i >= k:
            return None
        verbs = [t for t in doc[j + 1:hi] if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")]
        if not verbs:
            return None
        verb = verbs[0].head if verbs[0].dep_.startswith("aux") else verbs[0]
        if any(c.dep_ in SUBJECT_DEPS and k <= c.i < hi for c in verb.children):
            return None
        return doc[j]

    def quiet(self, lo: int, hi: int, allowed: Entity | None = None, many: bool = False,
              pronoun: bool = False, voice: bool = False) -> bool:
        """Whether the tokens [lo, hi) are narration that points to nobody: no person or
        organization named (but `allowed`; an organization only as no subject), no quotation
        mark (but a name's, label_tokens()), no subject that is a pronoun, a proper noun, a
        noun for people or a group, and no verb of saying. With `many`, for a quotation that
        speaks as "je": a plural noun for people as a subject ("Les clients se font rares.")
        may be, they are no one voice. With `pronoun`, "il" or "elle" as a subject may be, when
        it fits `allowed`, the one person named: it goes on about that person ("X a dressé le
        bilan. Il a remercié les bénévoles."). With `voice`, for a quotation that speaks as "je"
        and never as "nous": a body as a subject may be ("L'association compte quarante
        membres."), a body does not say "je"."""
        doc = self.doc
        if lo >= hi:
            return False
        for p, a, b in self.idx.in_span(lo, hi, SPEAKERS):
            if p is not allowed and (p.type == "person"
                                     or (p.type == "organization" and not voice and self.is_subject(a, b))):
                return False

        def goes_on(t: Token) -> bool:  # "il" or "elle" standing for `allowed`
            return pronoun and allowed is not None and t.pos_ == "PRON" and t.lower_ in ("il", "elle") \
                and _fits(allowed, _pronoun(t)[8:])

        for t in doc[lo:hi]:
            if self.voiced(t):
                return False
            if t.pos_ == "VERB" and is_speech_verb(t) and not any(  # not "la tempête" ("tempêter")
                    c.dep_ in SUBJECT_DEPS and goes_on(c) for c in t.children):
                return False  # someone speaks; but "Il a remercié les bénévoles", the person
            if t.dep_ not in SUBJECT_DEPS:
                continue
            hit = self.idx.at(t.i, SPEAKERS)
            if hit is not None and hit[0] is allowed:
                continue
            low = fold(t.lemma_ or t.text)
            if many and t.pos_ == "NOUN" and "Plur" in t.morph.get("Number") \
                    and low not in self.words.group_nouns:
                continue
            if goes_on(t):
                continue
            if voice and t.pos_ == "NOUN" and (low in self.words.org_nouns
                                               or (hit is not None and hit[0].type == "organization")):
                continue
            if (t.pos_ in ("PRON", "PROPN") or _human(t, self.words) or low in self.words.group_nouns) \
                    and not (t.pos_ == "PRON" and t.lower_ in ("c'", "ce", "cela", "ça", "tout", "rien")):
                return False
        return True

    def view_holder(self, lo: int, end: int, last: Quote | None) -> Entity | None:
        """The person whose view the sentence [lo, end) opens with when it names them by a
        pronoun or a description: "Selon lui, ...", "Pour la directrice, ..." (the one the
        pronoun or the description stands for)."""
        doc = self.doc
        k = self.opening_word(lo, end)
        width = self.view_opener(k) or (doc[k].lower_ in ("selon", "d'après"))
        nxt = k + width
        if not width or nxt + 1 >= end:
            return None
        if doc[nxt].lower_ in STRESSED and doc[nxt + 1].text == ",":
            return self.resolve(STRESSED[doc[nxt].lower_], doc[nxt].idx, last)
        noun = self.described_noun(nxt)
        if noun is not None:
            who = self.noun_speaker(noun)
            if isinstance(who, str) and who.startswith("title:"):
                return self.resolve("anaphor:" + who[6:], doc[nxt].idx, last)
        return None

    def opening_subject_verb(self, lo: int, end: int, person: Entity) -> Token | None:
        """The main verb of the sentence [lo, end) whose active subject is `person`: the
        parser's subject of the root, else the person's phrase opening the sentence ("Mme
        Roux, conseillère municipale, s'interroge", which the parser may read as a vocative)
        followed, past an apposition, by a main verb with no subject of its own."""
        doc = self.doc
        for t in doc[lo:end]:
            # the root, or the line's own root when the parser hung it on the line before
            # a passive only with a participle of feeling ("X n'était pas surpris", not "X a
            # été condamné")
            passive_ok = t.dep_ == "nsubj:pass" and (fold(t.head.text) in self.words.stance_adjectives
                                                     or self.portrait_passive(t.head, person))
            if (t.dep_ == "nsubj" or passive_ok) and lo <= t.head.i < end and self.np_speaker(t) is person \
                    and (t.head.dep_ == "ROOT" or not lo <= t.head.head.i < end or self.after_participle(t)
                         or (t.head.i > t.i and self.scene_set(lo, t.left_edge.i))):
                return t.head
        spans = [(a, b) for p, a, b in self.idx.in_span(lo, end, ("person",)) if p is person]
        if not spans:
            return None
        a, b = spans[0]
        if any(t.pos_ in ("VERB", "AUX", "PRON") or t.lower_ in ("pour", "selon", "avec", "chez", "à")
               for t in doc[lo:a]) and not self.scene_set(lo, a):
            return None  # the name is not the sentence's opening phrase
        head = next((t for t in doc[lo:a] if t.pos_ == "NOUN"), None)
        if head is not None and self.titled_complement(head, a):
            return None  # "La mort de son oncle, X, a tout changé": X is the complement's, not the subject
        # or a finite verb the parser hung on the name as a clause of it, the name itself hung
        # on the headline above ("Titre\nMme Roux dirige l'école depuis six ans.")
        roots = [t for t in doc[b:end] if (t.dep_ == "ROOT" or not lo <= t.head.i < end or (
                     t.dep_ == "acl" and a <= t.head.i < b and not lo <= t.head.head.i < end
                     and "Fin" in t.morph.get("VerbForm")))
                 and t.pos_ in ("VERB", "ADJ", "AUX") and not t.is_space]
        if not roots and doc[b].text == ",":
            # "Le propriétaire, X, était sous le choc", the parser rooting the sentence on
            # the title: the first finite verb after the apposition
            roots = [t for t in doc[b:end]
                     if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")][:1]
        if not roots:
            return None
        verb = roots[0]
        # a subject on a line before (a headline the parser made the subject) is none
        if any(c.dep_ in SUBJECT_DEPS and c.i >= lo for c in verb.children) \
                or any(t.pos_ == "VERB" and t.dep_ != "appos" for t in doc[b:verb.i]) \
                or doc[verb.i - 1].text in (":", ";"):
            return None
        return verb

    def hung_on_frame(self, lo: int, a: int) -> bool:
        """Whether the name at token `a` follows a fronted adverbial phrase [lo, a) ("Devant
        la mairie de Valtreuil,", "En tête du cortège, entre la place X et la rue Y,") that the
        parser took it as the apposition of: the phrase opens on a preposition, ends on the
        comma right before the name, has no verb, pronoun or person of its own, and the name
        is hung as `appos` on one of its words. The name then opens the clause."""
        doc = self.doc
        if a - lo < 3 or doc[a - 1].text != "," or doc[lo].pos_ != "ADP" \
                or doc[lo].lower_ in ("pour", "selon", "avec", "chez", "contre", "sans", "malgré"):
            return False
        head = doc[a]
        while head.dep_ in ("flat:name", "flat", "flat:foreign") and lo <= head.head.i < head.i:
            head = head.head
        if head.dep_ != "appos" or not lo <= head.head.i < a - 1:
            return False  # "Devant Paul Roy, ...": a complement of the phrase, not hung by mistake
        return not any(t.pos_ in ("VERB", "AUX", "PRON") for t in doc[lo + 1:a - 1]) \
            and not self.idx.in_span(lo, a - 1, ("person",))

    def scene_set(self, lo: int, a: int) -> bool:
        """"À Vernay, Luc Roy, gérant de la scierie, en sait quelque chose.": the tokens [lo, a)
        before the name are one short fronted adverbial of place ("à", "dans", "au", "en" + a
        place or a noun) closed by a comma right before the name; the name is still the
        sentence's opening phrase (not "Pour X," or "Selon X,", a view; not "Chez X," or
        "Avec X,", someone else; no verb or pronoun in the frame)."""
        doc = self.doc
        if self.hung_on_frame(lo, a):
            return True  # a longer frame the parser hung the name on ("À la sortie du tribunal de X,")
        if a - lo < 2 or a - lo > 6 or doc[a - 1].text != "," \
                or doc[lo].lower_ not in ("à", "au", "aux", "dans", "en", "sur"):
            return False
        frame = doc[lo + 1:a - 1]
        return not any(t.pos_ in ("VERB", "AUX", "PRON") or t.is_punct for t in frame) \
            and not self.idx.in_span(lo, a - 1, ("person",))

    def portrait_passive(self, verb: Token, person: Entity) -> bool:
        """"X a été élue présidente du club en 1998", "X a été nommé directeur", "X a été
        reçue au concours": a passive that tells what became of the person, the subject of a
        portrait like an active verb; not one with an agent that is someone ("X a été reçu
        par le préfet Y", "X a été agressé par deux jeunes"), nor one saying the person died
        ("X a été tué": nobody quoted after that is them), nor one of a thing done to them
        ("X a été condamné": the words after may be the lawyer's; models/quotes.json's
        portrait_passives)."""
        if fold(verb.lemma_ or verb.text) not in self.words.portrait_passives:
            return False
        for c in verb.children:
            if c.dep_ == "obl:agent" and (c.pos_ in ("PRON", "PROPN") or _human(c, self.words)
                                          or c.lemma_ in ("homme", "femme", "jeune", "individu")
                                          or "Plur" in c.morph.get("Number")
                                          or self.idx.in_span(c.left_edge.i, c.right_edge.i + 1, SPEAKERS)):
                return False
        return not self.dead(person)

    def after_participle(self, subj: Token) -> bool:
        """"Interrogée par nos soins, Marie Roux reste sceptique", "Responsable du club,
        Marie Roux reste sceptique": the subject's verb hangs on a participle clause or a
        noun in apposition that opens the sentence, which the parser made the root."""
        verb, root = subj.head, subj.head.head
        fronted = "Part" in root.morph.get("VerbForm") or (
            root.pos_ in ("NOUN", "ADJ")
            and not any(t.pos_ in ("VERB", "AUX") for t in self.doc[root.i:subj.i]))
        return verb.dep_ in ("parataxis", "conj", "advcl") and root.dep_ == "ROOT" and root.i < subj.i \
            and fronted and any(t.text == "," for t in self.doc[root.i:subj.i])

    def stance_verb(self, verb: Token, stems: bool = True) -> bool:
        """A verb of stance (models/quotes.json: "se veut", "s'interroge", "se souvient";
        "reste" with an adjective); by its lemma, or its stem when `stems`."""
        lemma = fold(verb.lemma_ or verb.text)
        reflexive = any(c.lower_ in ("se", "s'") for c in verb.children if c.i < verb.i)
        names = {lemma, ("s'" if lemma[:1] in "aeiouhy" else "se ") + lemma} if reflexive else {lemma}
        if any(c.lower_ == "y" for c in verb.children if c.i < verb.i):
            names.add("y " + lemma)  # "X y voit « le signe de ... »": the subject's reading
        low = fold(verb.text)
        if names & self.words.stance_verbs or (stems and verb.pos_ == "VERB" and any(
                low.startswith(stem) for refl, stem in _stance_stems() if refl == reflexive)):
            if lemma in ("rester", "demeurer") or low.startswith(("rest", "demeur")):
                return any(c.pos_ == "ADJ" for c in verb.children)
            return True
        return False

    def feeling(self, verb: Token) -> bool:
        """"X n'était pas surpris", "X était soulagé": a participle of feeling (a stance
        adjective), which the parser reads as a passive; not one with an agent."""
        return fold(verb.text) in self.words.stance_adjectives \
            and not any(c.dep_ == "obl:agent" for c in verb.children)

    def stance(self, verb: Token, lo: int, end: int) -> bool:
        """Whether the sentence [lo, end) with main verb `verb` says its subject's stance: a
        verb of saying, a verb of stance (models/quotes.json: "se veut", "s'interroge",
        "n'en démord pas"; "reste" with an adjective), a predicate adjective ("est formel",
        "en est convaincu"), or a noun of stance ("ne cache pas sa déception"). Not an act
        ("X a reçu les grévistes"), nor a passive."""
        if any(c.dep_ in ("aux:pass", "obl:agent") for c in verb.children):
            return self.feeling(verb)
        if self.stance_verb(verb):
            return True
        if is_speech_verb(verb):
            return True
        if any(c.dep_ == "xcomp" and c.pos_ == "VERB" and is_speech_verb(c)
               and (verb.lemma_ in WILL_VERBS or any(m.dep_ == "mark" for m in c.children))
               for c in verb.children):
            # "X a tenu à remercier les bénévoles", "X a voulu rappeler ...": a saying; not a
            # causative ("X a fait observer une minute de silence")
            return True
        if verb.pos_ == "ADJ" and any(c.dep_ == "cop" for c in verb.children):
            return True  # "X est formel", "X en est convaincu"
        stance = self.words.stance_words
        return any(fold(w.text) in stance for w in self.doc[lo:end])

    def introduced_by_pronoun(self, lo: int, end: int, last: Quote | None,
                              first_person: bool = True) -> Entity | None:
        """"Paul Robert a présenté son livre. Il a longtemps vécu en Afrique. « J'y ai
        appris ... »": the sentence before names nobody, its main verb's subject is "il" or
        "elle": the quotation is the words of the one that pronoun points to (a pronoun in
        an incise would be resolved the same way; ambiguous gives none). Not an impersonal
        "il" ("Il faut", "Il y a", "Il est temps")."""
        doc = self.doc
        for t in doc[lo:end]:
            # "Il ne regrette rien", which the parser may read as an impersonal "il": then
            # only with a verb of stance
            expletive = t.dep_ == "expl:subj" and t.lower_ == "il"
            # the parser may hang the subject on the auxiliary or an adverb ("Il a d'abord
            # rendu hommage"): the verb they belong to
            verb = t.head
            for _ in range(3):
                hung = verb.dep_.startswith("aux") or verb.dep_ in ("advmod", "fixed")
                if not hung or verb.head.i == verb.i:
                    break
                verb = verb.head
            # the sentence's root, or its own root the parser hung on what follows
            rooted = verb.dep_ == "ROOT" or not lo <= verb.head.i < end
            if (t.dep_ != "nsubj" and not expletive) or not rooted or not lo <= verb.i < end:
                continue
            if expletive and not self.stance(verb, lo, end):
                return None
            opening = lo + (doc[lo].pos_ in ("CCONJ", "ADV"))
            noun = self.described_noun(opening)
            if (noun is None or noun.i != t.i) and t.pos_ == "NOUN" and t.left_edge.i > opening \
                    and self.fronted(opening, t.left_edge.i):
                # "Mardi soir, le maire ne cache pas sa déception.", "Devant la presse, la
                # présidente reste prudente.": a phrase of time or place before the description
                noun = self.described_noun(t.left_edge.i)
            if noun is not None and noun.i == t.i:
                # "Le jeune coureur ne cache pas sa joie.", "La nouvelle présidente ...": the
                # description with its adjectives before the noun
                return self.described_speaker(t, lo, end, last, first_person)
            if t.lower_ not in ("il", "elle") or (t.i != opening and not self.fronted(opening, t.i)):
                return None
            if verb.lemma_ in ("falloir", "pleuvoir", "agir", "sembler", "paraître") \
                    or any(c.lower_ == "y" for c in verb.children) \
                    or (verb.pos_ == "ADJ"
                        and any(c.dep_ in ("csubj", "xcomp", "ccomp") for c in verb.children)):
                return None
            if not first_person and not self.stance(verb, lo, end):
                return None  # "Il a visité l'usine. « Les machines ... »": not his words
            who = self.resolve(_pronoun(t), doc[lo].idx, last)
            # the one named in the sentence right before ("La salle a été rénovée. Elle
            # accueille ...": a thing, not the woman named three sentences up)
            k = self.sentence_start(lo - 1)
            gender = "f" if t.lower_ == "elle" else "m"
            named = set(self.people_named(k, lo, gender))
            # and the only one who fits there ("X a rencontré Y. Il ...": which one?); or
            # nobody there but the one quoted in it ("Le boulanger se souvient : « ... ». Il
            # ne regrette rien. « ... »")
            quoted = not named and last is not None and last.speaker is who \
                and last.end <= doc[lo].idx and not self.text[last.end:doc[lo].idx].strip(" \n\t».!?…”\"")
            if who is not None and not named and not quoted:
                quoted = self.chained(k, lo, who, t.lower_, last)
            if who is not None and not named and not quoted and first_person \
                    and self.portrait(who, lo, gender):
                self._portrait = True
                return who
            return who if who is not None and (named == {id(who)} or quoted) else None
        # "Sur le parvis, la présidente, très émue, ne cache pas sa joie.": the description the
        # parser hung on the fronted phrase, the verb left with no subject
        root = next((t for t in doc[lo:end] if t.dep_ == "ROOT" and not self.in_quote(t.i)), None)
        if root is None or any(c.dep_ in SUBJECT_DEPS for c in root.children):
            return None
        noun = self.fronted_description(self.after_break(lo, root.i), root)
        if noun is None or doc[noun.left_edge.i].lower_ not in ("le", "la", "l'"):
            return None  # (someone unnamed, "une habitante": nobody)
        return self.described_speaker(noun, lo, end, last, first_person, root)

    def portrait(self, who: Entity, lo: int, gender: str) -> bool:
        """A portrait: the text named before token `lo` one person who fits the pronoun, this
        one ("Anne Roux a ouvert son atelier. ... Elle prépare une exposition. « Je ... »"),
        and the sentence right before (past those opened by the same pronoun) has no noun of
        the pronoun's gender and number as its subject (the pronoun may stand for it: "La rue a
        longtemps été déserte. Elle revit ... . Elle accueille ..."), whatever the distance."""
        if self.only_person(lo, gender) is not who:
            return False
        pronoun = "elle" if gender == "f" else "il"
        hi = lo
        while hi > 0:
            while hi > 0 and self.doc[hi - 1].is_space:
                hi -= 1  # the blank lines between paragraphs
            if hi == 0:
                break
            k = self.sentence_start(hi - 1)
            if self.idx.in_span(k, hi, ("person",)):
                return True  # back to a sentence naming someone: the one person
            subj = self.sentence_subject(k, hi)
            if subj is not None and subj.lower_ == pronoun:
                hi = k
                continue
            return subj is None or subj.pos_ not in ("NOUN", "PROPN") or not _noun_fits(subj, gender, False)
        return True

    def fronted(self, lo: int, subj: int) -> bool:
        """"Mardi, à la barre, il ...", "Touché à la jambe, il ...": a phrase of time,
        place or manner (a participle at most, no finite verb, nobody named) set before the
        subject pronoun by a comma."""
        doc = self.doc
        # (a "misc" there is no one: "Vendredi matin" the tagger may take for a name)
        return subj - lo >= 1 and doc[subj - 1].text == "," \
            and not self.idx.in_span(lo, subj, ("person", "organization")) \
            and not any((t.pos_ in ("VERB", "AUX") and "Part" not in t.morph.get("VerbForm"))
                        or (t.pos_ == "PRON" and t.lower_.lstrip("-") not in ("là", "ci"))  # "ce jour-là"
                        or t.text in ("«", "»", '"', ":", ";") for t in doc[lo:subj])

    def chained(self, k: int, lo: int, who: Entity, pronoun: str, last: Quote | None) -> bool:
        """The sentence [k, lo) before the pronoun's names nobody who fits it, but its subject
        stands for the same person: the same pronoun ("Il a vécu trois ans à Lyon. Il a
        ouvert un atelier.") or a description the text gives that person ("Le prévenu avait
        quitté les lieux."), so the pronoun goes on with that person."""
        subj = self.sentence_subject(k, lo)
        if subj is None or self.two_subjects(subj):
            return False
        if subj.lower_ == pronoun:
            return self.resolve(_pronoun(subj), self.doc[k].idx, last) is who
        said = self.np_speaker(subj) if subj.pos_ == "NOUN" else None
        if isinstance(said, str) and said.startswith("title:"):
            return self.resolve("anaphor:" + said[6:], self.doc[k].idx, last) is who
        return False

    def described_speaker(self, subj: Token, lo: int, end: int, last: Quote | None,
                          first_person: bool, verb: Token | None = None) -> Entity | None:
        """"Le boulanger se souvient de ses débuts. « On pétrissait ... »": the sentence before
        names nobody and its subject is a definite description of a person ("le boulanger",
        "la directrice"): the quotation is the words of the one it stands for (the holder of
        that title, else the one person the text named), when the sentence says their
        stance or the quotation is in the first person. `verb`: the subject's verb, when the
        parser hung the subject elsewhere."""
        verb = verb or subj.head
        if any(c.dep_ in ("aux:pass", "obl:agent") for c in verb.children):
            return None
        if not first_person and not self.stance(verb, lo, end):
            return None
        who = self.noun_speaker(subj)
        if not isinstance(who, str) or not who.startswith("title:"):
            return who if isinstance(who, Entity) and who.type == "person" else None
        return self.recast_subject(subj) or self.resolve("anaphor:" + who[6:], self.doc[lo].idx, last)

    def named_after(self, open_c: int, close_c: int, s: int, e: int) -> Entity | None:
        """"« Nous avons enfin une salle digne de ce nom ». Jean Perrin ne cache pas sa
        satisfaction.": a first-person quotation that opens its paragraph (or a sentence of it
        after sentences that name no one: opens_unnamed), attributed nowhere, and ends its
        sentence, is the words of the person the next sentence of
        that paragraph is about: the active subject of its main verb, the only person it
        names, when the sentence says that person's stance (a verb of saying, a stance
        adjective or noun: not an act, "X a reçu les grévistes"), with no quotation of its
        own and no word of contrast ("Marie Durand, elle,
        reste sceptique", "de son côté", "en revanche": someone else); or when that sentence
        opens with that person's view ("Pour X, ...", "Selon X, ...": view_opener)."""
        doc, text = self.doc, self.text
        k = open_c
        while k and text[k - 1] in " \t":
            k -= 1
        if not k or (text[k - 1] != "\n" and not self.opens_unnamed(k, open_c)):
            return None  # the quotation does not open its paragraph (nor is it the text's first)
        if not FIRST_PERSON & set(WORD.findall(text[s:e].lower())):
            return None
        m = STOP_AFTER.match(text, close_c + 1)  # always matches, maybe empty
        if not m.group(1) and not text[s:e].rstrip().endswith((".", "!", "?", "…")):
            return None
        lo = self.tok_at(m.end())
        if lo < len(doc) and doc[lo].is_space and doc[lo].text.strip(" \t") in ("\n", "\n\n"):
            lo += 1  # a paragraph of its own, the next one naming who said it
        elif lo < len(doc) and "\n" in doc[lo - 1].text:
            return None
        if lo >= len(doc) or doc[lo].is_space or not doc[lo].is_title:
            return None
        hi = lo
        while hi < len(doc) and doc[hi].text not in (".", "!", "?") and "\n" not in doc[hi].text:
            if doc[hi].text in ("«", "»", "“", "”", '"', ":") or fold(doc[hi].text) in self.words.contrast:
                return None
            hi += 1
        people = {id(p): p for p, a, _ in self.idx.in_span(lo, hi, ("person",))}
        if len(people) != 1:
            return None
        person = next(iter(people.values()))
        width = self.view_opener(lo) if doc[lo].is_title else 0
        if width and lo + width < hi:
            # "« ... » Pour Anne Roy, la saison est réussie", "Selon X, ...": the one whose view
            # the next sentence opens with
            hit = self.idx.starting_at(lo + width, ("person",))
            if hit is not None and hit[0] is person:
                return person
        if fold(doc[lo].text) in ("ces", "ce", "cet", "cette") and lo + 1 < hi \
                and fold(doc[lo + 1].lemma_ or doc[lo + 1].text) in self.words.text_nouns:
            return None  # "« ... » Ces propos, X les a critiqués": the words are the object (taken_up)
        for t in doc[lo:hi]:
            verb = t.head
            feeling = t.dep_ == "nsubj:pass" and self.feeling(verb)  # "X était soulagé"
            rooted = verb.dep_ == "ROOT" or not lo <= verb.head.i < hi
            if (t.dep_ != "nsubj" and not feeling) or not rooted \
                    or not lo <= verb.i < hi or self.np_speaker(t) is not person \
                    or next(x for x in t.subtree if not (x.is_punct or x.is_space) or x.i >= lo).i != lo:
                continue  # the subject opens the sentence ("Cette phrase, X l'a entendue": no)
            last = max(x.i for x in t.subtree)
            if any(not lo <= a <= last and not self.opposed(a)
                   for _, a, _ in self.idx.in_span(lo, hi, ("organization",))):
                return None  # an organization besides the subject's own ("présidente de l'union X")
            if not feeling and any(c.dep_ in ("aux:pass", "obl:agent") for c in verb.children):
                return None  # "X a été élu président": nothing X does
            speech = is_speech_verb(verb)
            if not speech and any(c.lower_ in ("l'", "le", "la", "les") and c.i < verb.i
                                                for c in verb.children if c.dep_ in ("obj", "iobj")):
                return None  # "X l'a entendue cent fois": the words are the object, not X's
            stance = self.words.stance_words
            if not speech and not feeling and not any(fold(w.text) in stance for w in doc[lo:hi]) \
                    and not self.first_met(person, lo, close_c, s, e):
                return None  # an act ("Le préfet X a reçu les grévistes"), not X's stance
            return person
        return None

    def quote_lead(self, open_c: int, close_c: int, s: int, e: int) -> Entity | None:
        """"« J'ai eu tort. » Devant le tribunal, hier, Paul Roy, 61 ans, faisait profil bas.",
        "TOUL. — « ... » Le constat dressé vendredi par Paul Roy, président de ..., a ouvert
        l'assemblée", "« ... » Il était 20 h 15 lorsque le président, Paul Roy, a frappé la
        table": an article that opens on a quotation (the first paragraph of its body, after
        the headline and any dateline), attributed nowhere, introduces the one who said it in
        the next sentence of that paragraph: the one person that sentence names, there for the
        first time in the text (the headline apart), as the subject of one of its clauses (or
        in apposition to it) or as the agent of a participle ("dressé par X"); when no other
        subject there is a person, a pronoun for one, a noun for people or a group, or a body;
        no noun for a person stands there outside the named one's phrase (a singular one, or
        any, and any group's noun, when the quotation says "nous"); no object pronoun takes
        the words up ("X l'a entendue"); and that sentence holds no quotation and no word of
        contrast."""
        doc, text = self.doc, self.text
        para = text.rfind("\n", 0, open_c) + 1
        before = text[para:open_c].strip()
        if before and (not DATELINE_BEFORE.fullmatch(before) or len(before.split()) > 6):
            return None  # words of the paragraph before the mark, not a dateline ("TOUL. —")
        head = self.headline_span()
        lines = [ln for ln in text[self.lead_start():para].split("\n") if ln.strip()]
        if len(lines) > (1 if head is not None else 0):
            return None  # not the first paragraph of the body
        if not self.has_verb(s, e):
            return None  # a title or a label in marks, not words said
        m = STOP_AFTER.match(text, close_c + 1)
        if not m.group(1) and not text[s:e].rstrip().endswith((".", "!", "?", "…")):
            return None  # the quotation does not end its sentence
        lo = self.tok_at(m.end())
        if lo >= len(doc) or doc[lo].is_space or "\n" in doc[lo - 1].text or not doc[lo].is_title:
            return None
        hi = lo
        while hi < len(doc) and doc[hi].text not in (".", "!", "?") and "\n" not in doc[hi].text:
            if doc[hi].text in QUOTE_MARKS or fold(doc[hi].text) in self.words.contrast:
                return None
            hi += 1
        named = [(p, a, b) for p, a, b in self.idx.in_span(lo, hi, ("person",)) if not self.in_quote(a)]
        if len({id(p) for p, _, _ in named}) != 1:
            return None
        person = named[0][0]
        if any(head is None or not head[0] <= mt.start < head[1]
               for mt in person.mentions if mt.start < doc[lo].idx):
            return None  # named before: the sentence does not introduce the speaker
        heads = [self.name_head(x) for _, a, b in named for x in range(a, b)]
        # the subject, or in apposition to it ("le ministre ..., X, a abattu"), or the agent
        if not any(h.dep_ == "nsubj" or (h.dep_ == "appos" and h.head.dep_ == "nsubj")
                   or self.agent_of_participle(h) for h in heads):
            return None  # "« ... » Les gendarmes ont interpellé X": not one X is said to do
        own = [h for h in heads if h.dep_ == "nsubj" or h.dep_ == "appos" or self.agent_of_participle(h)]
        mine = {x.i for h in own for x in (h.head.subtree if h.dep_ == "appos" else h.subtree)}
        plural = bool(FIRST_PLURAL & set(WORD.findall(text[s:e].lower())))
        for t in doc[lo:hi]:
            if t.pos_ == "PRON" and t.dep_ in ("obj", "iobj") \
                    and t.lower_ in ("l'", "l\u2019", "le", "la", "les"):
                return None  # "X l'a entendue cent fois, cette phrase": the words are the object
            group = bool({fold(t.lemma_ or t.text), fold(t.text)} & self.words.group_nouns)
            if t.i not in mine and t.pos_ == "NOUN" and ((group and plural) or (
                    _human(t, self.words) and (plural or "Plur" not in t.morph.get("Number")))):
                # "Le maire, X, a reçu la présidente de Y", "« Nous ... » X a reçu les familles":
                # they may be the ones who spoke
                return None
            if t.dep_ not in SUBJECT_DEPS or any(t.left_edge.i <= a and b - 1 <= t.right_edge.i
                                                 for _, a, b in named):
                continue  # the person's own phrase
            if t.pos_ == "PRON" and "Rel" in t.morph.get("PronType"):
                continue  # "qui": the subject the relative takes up
            low = fold(t.lemma_ or t.text)
            if self.idx.at(t.i, SPEAKERS) is not None or t.pos_ == "PROPN" or _human(t, self.words) \
                    or low in self.words.group_nouns or low in self.words.org_nouns:
                return None  # "« ... » Les grévistes ont reçu le préfet X": someone else may speak
            if t.pos_ == "PRON" and t.lower_ not in ("c'", "ce", "cela", "ça") \
                    and not (t.lower_ == "il" and fold(t.head.lemma_ or t.head.text) == "etre"
                             and any(c.like_num for c in t.head.subtree if c.i > t.head.i)):
                return None  # a pronoun for someone; not the impersonal "Il était 20 h 15"
        return None if self.dead(person) else person

    def agent_of_participle(self, tok: Token) -> bool:
        """"Le constat dressé par X a ouvert l'assemblée": the agent of a participle with no
        auxiliary that qualifies the subject, a noun of saying or of a view (models/quotes.json:
        saying_nouns, view_nouns, stance_nouns); not "le tribunal présidé par X"."""
        verb, noun = tok.head, tok.head.head
        words = {fold(noun.lemma_ or noun.text), fold(noun.text)}
        return tok.dep_ == "obl:agent" and "Part" in verb.morph.get("VerbForm") \
            and not any(c.dep_.startswith("aux") for c in verb.children) \
            and verb.dep_ == "acl" and noun.dep_ in SUBJECT_DEPS and noun.pos_ == "NOUN" \
            and bool(words & (self.words.saying_nouns | self.words.view_words))

    def introduced_after(self, open_c: int, close_c: int) -> Entity | None:
        """"« Je n'avais jamais vu ça », souffle-t-elle. Odile Roy, 74 ans, habite la rue
        depuis 1970.": an incise whose subject is a personal pronoun or a noun for a person by
        sex or age ("raconte la retraitée") when the text named nobody of that gender before
        the quotation: the pronoun looks ahead, to the person the next sentence of the
        paragraph introduces (the news lead that opens on the words, then says who spoke).
        That sentence must name one person of the gender, for the first time, opening the
        sentence or as its subject, with no quotation of its own; anyone else it names, or
        anyone of the gender named before, and nothing is given."""
        found = self.after(close_c)
        if found is None or not isinstance(found[0], str):
            return None
        kind, _, rest = found[0].partition(":")
        noun, _, gender = rest.partition(":")
        if kind == "pronoun" and noun in ("f", "m"):
            gender = noun
        elif not (kind == "anaphor" and noun in self.words.plain_person_nouns and gender[:1] in ("f", "m")):
            return None
        gender = gender[:1]
        doc, text = self.doc, self.text
        if self.people_named(0, self.tok_at(open_c), gender):
            return None  # someone of that gender named before: the pronoun looks back, if anywhere
        stop = FULL_STOP.search(text, close_c)
        if stop is None or "\n" in text[close_c:stop.start()]:
            return None
        lo = self.tok_at(stop.end())
        while lo < len(doc) and doc[lo].is_space and "\n" not in doc[lo].text:
            lo += 1
        if lo >= len(doc) or doc[lo].is_space or "\n" in doc[lo - 1].text:
            return None  # the paragraph ends with the quotation's sentence
        hi = lo
        while hi < len(doc) and doc[hi].text not in (".", "!", "?") and "\n" not in doc[hi].text:
            if doc[hi].text in QUOTE_MARKS:
                return None
            hi += 1
        named = list(self.idx.in_span(lo, hi, ("person",)))
        if len({id(p) for p, _, _ in named}) != 1:
            return None
        person, a, b = named[0]
        if not _fits(person, gender) or min(m.start for m in person.mentions) < close_c:
            return None
        if any("Poss=Yes" in t.morph for t in doc[lo:a]):
            return None  # "Sa voisine, X, ...": someone beside the one speaking
        if self.is_subject(a, b):
            return person  # "Depuis 1970, X habite la rue"
        # "X, 74 ans, ...", "À 74 ans, X, ...", not "Avec X, ..."
        opens = all(t.is_punct or t.pos_ in ("DET", "NUM", "NOUN", "ADV") or t.lower_ == "à"
                    for t in doc[lo:a]) and a - lo <= 4 and b < len(doc) and doc[b].text == ","
        return person if opens else None

    def first_met(self, person: Entity, lo: int, close_c: int, s: int, e: int) -> bool:
        """"« J'ai ouvert l'atelier à vingt ans. » Lucie Marot, 58 ans, a formé trois apprentis.":
        words in the first person singular (one voice), then the sentence that opens on a
        person the text names there for the first time, presented in apposition (", 58 ans,",
        ", son voisin,"): the story introduces whom it quoted (not "Le préfet X a reçu ...", an
        official's act after a crowd's words)."""
        if not FIRST_SINGULAR & set(WORD.findall(self.text[s:e].lower())):
            return False
        hit = self.idx.starting_at(lo, ("person",))
        if hit is None or hit[0] is not person or hit[2] >= len(self.doc) or self.doc[hit[2]].text != ",":
            return False
        return min(m.start for m in person.mentions) > close_c

    def opens_unnamed(self, k: int, open_c: int) -> bool:
        """The quotation at open_c (text[:k] the text before it, trimmed) opens a sentence of a
        paragraph whose sentences before it name no person and hold no quotation: as good as
        opening the paragraph ("Le club a fêté ses vingt ans. « Nous ... » Anne Roy sourit.")."""
        text = self.text
        if text[k - 1] not in ".!?":
            return False
        start = text.rfind("\n", 0, k) + 1
        if any(m in text[start:k] for m in QUOTE_MARKS):
            return False
        return not any(not self.in_quote(a) for _, a, _ in
                       self.idx.in_span(self.tok_at(start), self.tok_at(open_c), ("person",)))

    def opposed(self, a: int) -> bool:
        """The name opening at token a is what a stance stands against ("offensif face à la
        préfecture", "remonté contre l'agence", "méfiant envers la direction ..."): the
        adversary, not a second one who may speak."""
        doc = self.doc
        j = a - 1
        while j > 0 and doc[j].lower_ in ("la", "le", "les", "l'", "l\u2019"):
            j -= 1
        if j < 1:
            return False
        return doc[j].lower_ in ("contre", "envers") or (
            doc[j].lower_ in ("à", "au", "aux") and doc[j - 1].lower_ == "face")

    def reported(self, open_c: int) -> tuple[Entity, str] | None:
        """"X explique le danger : si ... . Du paysage français, puisque ..., « ... »": a
        quotation in a sentence that names nobody, has no verb of saying and no subject but
        a pronoun, goes on with the speech of the sentence just before it, in the same
        paragraph, whose main verb is a verb of saying with a named subject (that sentence
        with no quotation of its own)."""
        doc = self.doc
        i = self.tok_at(open_c)
        if i >= len(doc):
            return None
        sent = doc[i].sent
        lo = sent.start
        lo = self.after_break(lo, i)
        hi = sent.end
        cut = [t.i for t in doc[i:hi] if "\n" in t.text]
        hi = cut[0] if cut else hi
        own = [t for t in doc[lo:hi] if not self.in_quote(t.i)]
        if lo == 0 or any(is_speech_verb(t) or t.lower_ in self.lex.according_to or t.lower_ == "pour"
                          for t in own) or self.idx.in_span(lo, i, SPEAKERS):
            return None  # someone else's words ("Selon les auteurs, « ... »")
        subj = self.sentence_subject(lo, hi)
        if subj is not None and subj.lower_ not in ("il", "elle", "ils", "elles"):
            return None
        k = lo - 1
        if "\n" in doc[k].text or doc[k].text not in (".", "!", "?"):
            return None  # a new paragraph, or a sentence the parser cut elsewhere
        prev = doc[k].sent
        if any(t.text in ("«", "»", "“", "”", '"') or "\n" in t.text for t in prev):
            return None
        verbs = [t for t in prev if t.i < k and t.dep_ not in ("acl", "acl:relcl", "ccomp", "csubj", "xcomp")
                 and is_speech_verb(t) and t.pos_ in ("VERB", "AUX")]
        if len(verbs) != 1:
            return None
        subjects = self.subjects(verbs[0]) or [c for c in verbs[0].children if c.dep_ in SUBJECT_DEPS]
        if any(c.dep_ == "conj" for s in subjects for c in s.children):
            return None  # "X et Y expliquent": which one?
        who = self.verb_subject(verbs[0])
        if isinstance(who, Entity) and who.type in ("person", "organization"):
            return who, verbs[0].text
        return None

    def continues(self, last: Quote, open_c: int, s: int, close_c: int | None = None) -> bool:
        """« A », dit X. « B »: B opens the sentence right after A's, nobody else named
        between (no other person; no organization as a subject), nor after B in its sentence
        ("« B », dixit Y")."""
        if close_c is not None and close_c < len(self.text) and self.text[close_c] in "»”\"":
            rest = self.text[close_c + 1:]
            m = SENTENCE_END.search(rest)
            a, b = self.tok_at(close_c + 1), self.tok_at(close_c + 1 + (m.start() if m else len(rest)))
            if any(p is not last.speaker and not self.in_quote(x)
                   for p, x, _ in self.idx.in_span(a, b, ("person",))):
                return False
        before_mark = self.text[:open_c].rstrip()
        opens = not before_mark or before_mark[-1] in ".!?:»\n"
        between = self.text[last.end:open_c]
        ends = len(SENTENCE_END.findall(between.strip() + " "))
        if opens and before_mark[-1:] in (".", "!") and self.narrated_since(last, open_c, s) \
                and close_c is not None and self.bare(close_c):
            return True
        if not opens or ends > 1 or len(between) > 300 or "\n\n" in between:
            return False
        a, b = self.tok_at(last.end), self.tok_at(s)
        if before_mark.endswith(":"):
            # "« A », dit X. Un riverain, lui, reste sceptique : « B »": a clause of its own
            # introduces B; someone else (a person's noun, a title) is its speaker
            lo = b - 1
            while lo > a and self.doc[lo - 1].text not in (".", "!", "?", "»", "”") \
                    and "\n" not in self.doc[lo - 1].text:
                lo -= 1
            for t in self.doc[lo:b]:
                if t.pos_ not in ("NOUN", "PROPN") or not _human(t, self.words):
                    continue
                title = self.lex.title_of(t.lower_)
                if not title:
                    return False  # "un riverain", "une habitante"
                noun = fold(title[0])
                holder = self.title_holder(noun, open_c)
                if (holder is not None and holder is not last.speaker) \
                        or self.other_title(last.speaker, noun, open_c):
                    return False  # "Le maire est formel :" after the councillor's words
        for t in self.doc[a:b]:
            if t.dep_ in SUBJECT_DEPS and t.pos_ in ("NOUN", "PROPN") and not self.in_quote(t.i) \
                    and not self.saying_noun(t) \
                    and self.resolve(self.np_speaker(t), t.idx, last) is not last.speaker:
                return False  # "« A », dit X. Un riverain, lui, reste sceptique : « B »": someone else
        return all(h[0] is last.speaker or (h[0].type != "person" and not self.is_subject(h[1], h[2]))
                   for h in self.idx.in_span(a, b, SPEAKERS))

    def saying_noun(self, t: Token) -> bool:
        """"Et une certitude :", "Le constat est simple :": a noun of a saying or a view
        (models/quotes.json: saying_nouns) as the subject: what the quotation is, no other
        voice (not "Son adversaire s'est montré beau joueur :", a noun for a person)."""
        return t.pos_ == "NOUN" and self.idx.at(t.i) is None \
            and bool({fold(t.lemma_ or t.text), fold(t.text)} & self.words.saying_nouns)

    def bare(self, e: int) -> bool:
        """Whether the quotation whose text or closing mark ends at `e` stands as a sentence
        of its own: nothing after the mark but the end of the sentence, the line or the text
        (not "», glisse un ancien", an incise of its own, even one naming nobody)."""
        rest = self.text[e:].lstrip(" \t").lstrip("»”\"").lstrip(" \t")
        inner = self.text[:e].rstrip(" \t»”\"").rstrip()
        return not rest or rest[0] in ".!?\n" or (rest[0].isupper() and inner[-1:] in (".", "!", "?", "…"))

    def narrated_since(self, last: Quote, open_c: int, s: int) -> bool:
        """« A », dit X. Les patrouilles se succèdent. « Nous avons peur ... »: one or two
        sentences of facts (quiet()) between the sentence of X's quotation and a bare
        quotation in the first person that opens its own sentence: X goes on."""
        doc = self.doc
        q_end = s + len(self.text[s:].split("»")[0])
        words = set(WORD.findall(self.text[s:q_end].lower()))
        if not (FIRST_PERSON | {"vous", "votre", "vos"}) & words or open_c - last.end > 400:
            return False
        a, hi = self.tok_at(last.end), self.tok_at(open_c)
        while hi > a and (doc[hi - 1].is_space or doc[hi - 1].text in ("«", "“")):
            hi -= 1
        spans = 0
        while spans < 3:
            k = self.sentence_start(hi - 1)
            if k <= a:
                return 1 <= spans <= 2
            if not self.quiet(k, hi, last.speaker):
                return False
            spans += 1
            hi = k
            while hi > a and doc[hi - 1].is_space:
                hi -= 1
        return False

    def replied_to(self, speaker: Entity, verb: str, at_char: int, pronoun: str) -> bool:
        """Whether a pronoun subject of a verb of answering ("a-t-il répliqué") may stand for
        someone else than `speaker`: another person who fits named after the speaker's last
        mention before the quotation (the one who was attacked, or who asked)."""
        if not verb or not fold(verb).startswith(self.words.reply_stems):
            return False
        gender = pronoun.partition(":")[2] or None
        i = self.tok_at(at_char)
        named = [(p, a) for p, a, _ in self.idx.in_span(0, i, ("person",)) if not self.in_quote(a)]
        mine = [a for p, a in named if p is speaker]
        return bool(mine) and any(p is not speaker and a > mine[-1] and _fits(p, gender) for p, a in named)

    def echoed(self, quotes: list[Quote]) -> None:
        """A quotation attributed nowhere whose words another quotation of the text repeats
        (a headline taking up the words of the body, « Nous voulons garder notre poste »)
        is that quotation's speaker's, when only one speaker says them."""
        padded = [f" {' '.join(WORD.findall(fold(q.text)))} " for q in quotes]  # texts do not change
        for q, mine in zip(quotes, padded, strict=True):
            if q.rule != "none" or q.verb:
                continue
            said = {id(r.speaker): r for r, theirs in zip(quotes, padded, strict=True)
                    if r is not q and r.speaker is not None and r.rule != "echo" and mine in theirs}
            if len(said) == 1:
                r = next(iter(said.values()))
                q.speaker, q.verb, q.rule = r.speaker, r.verb, "echo"

    def headline(self, quotes: list[Quote]) -> None:
        """A quotation in the headline of an interview, attributed nowhere ("Remiremont : « La
        broderie demande dix ans de patience »"), is the interviewee's words: when the body
        is an exchange of questions and answers with one person, all its quotations attributed
        as answers. Not a headline over a report ("« Nous voulons garder notre poste »" over a
        demonstration): the body's one speaker need not be the headline's. The headline is the
        first line of the text with words (past a "date ..." header line), one line of its own
        with no sentence ended inside."""
        top = self.headline_span()
        if top is None:
            return
        start, end = top
        body = [q for q in quotes if q.start > end and q.speaker is not None]
        speakers = {id(q.speaker): q.speaker for q in body}
        if len(speakers) != 1 or any(q.rule not in ("interview", "interview_guest") for q in body):
            who = self.plain_interviewee(end)
            if who is None or any(s is not who for s in speakers.values()):
                return
        else:
            who = next(iter(speakers.values()))
        for q in quotes:
            if q.speaker is None and q.rule == "none" and not q.verb and not q.dash \
                    and start <= q.start < q.end <= end:
                q.speaker, q.rule = who, "headline"

    def plain_interviewee(self, end: int) -> Entity | None:
        """An interview laid out in plain paragraphs under its headline: the lead (the first
        paragraph after the headline) presents the one person it names, then questions, each
        a paragraph of its own ending with "?", each answered by the next paragraph, with no
        quotation marks ("Pourquoi avoir choisi ce métier ?" / "Par goût du
        terrain, d'abord. ..."). Two such exchanges at least; the lead names one person only
        (outside quotations): that person answers, and says the headline's quotation."""
        lines = [(m.start(), m.group().strip()) for m in re.finditer(r"[^\n]+", self.text[end:])]
        lines = [(end + a, line) for a, line in lines if line]
        if len(lines) < 5:
            return None
        asked = sum(1 for (_, q), (_, r) in pairwise(lines[1:])
                    if q.endswith("?") and not r.endswith("?") and q[:1] not in "«“\"—–-"
                    and len(q) <= 300)
        if asked < 2:
            return None
        lead_at, lead = lines[0]
        people = self.people_named(self.tok_at(lead_at), self.tok_at(lead_at + len(lead)))
        return next(iter(people.values())) if len(people) == 1 else None

    def article_subject(self, gender: str | None) -> Entity | None:
        """The person the article is about: the one person who fits that the lead names
        (the lines before the body and its first sentence), outside quotations."""
        found = FULL_STOP.search(self.text, self.lead_start())
        end = self.tok_at(found.start() if found else len(self.text))
        people = self.people_named(0, end, gender)
        return next(iter(people.values())) if len(people) == 1 else None

    def lead_start(self) -> int:
        """Where the first line of the text with words starts, past a "date ..." header line."""
        return first_line_start(self.text)

    def headline_span(self) -> tuple[int, int] | None:
        """(start, end) of the headline: the first line of the text with words (past a "date
        ..." header line), a line of its own with no sentence ended inside; else None."""
        if self._headline is False:
            start = self.lead_start()
            end = self.text.find("\n", start)
            one = end < 0 or bool(SENTENCE_END.search(self.text[start:end].rstrip(" .!?»”\"") + " "))
            # one line, or "Une grange a brûlé. Le fermier était absent.": a paragraph, no headline
            self._headline = None if one else (start, end)
        return self._headline

    def went_on(self, quotes: list[Quote]) -> None:
        """"« A. » « B », a-t-il poursuivi.": a verb saying the speaker goes on (`continuing_verbs`:
        poursuivre, ajouter, conclure, ...) makes the quotation attributed nowhere right before
        the same speaker's: in the sentence or the paragraph before, nobody else named between."""
        stems = self.words.continuing_stems
        for n in range(len(quotes) - 2, -1, -1):
            q, nxt = quotes[n], quotes[n + 1]
            if q.rule != "none" or q.verb or q.dash or nxt.speaker is None or nxt.rule != "incise" \
                    or not nxt.verb or not fold(nxt.verb).startswith(stems):
                continue
            before_mark = self.text[:q.start].rstrip(" \t«“\"")
            if before_mark and before_mark[-1] not in ".!?»”\n":
                continue  # "Les manifestants scandaient « ... »": their words, in their sentence
            between = self.text[q.end:nxt.start]
            if "\n\n" in between or between.count("\n") > 1 or len(SENTENCE_END.findall(between + " ")) > 1 \
                    or len(between) > 200:
                continue
            if self.idx.in_span(self.tok_at(q.end), self.tok_at(nxt.start), SPEAKERS):
                continue
            q.speaker, q.verb, q.rule = nxt.speaker, nxt.verb, "continuation"

    def reopened(self, end: int, start: int) -> bool:
        """Whether the quotation starting at `start` reopens, on the next paragraph, one that
        ran to the end of its own paragraph with no closing mark (`end`): in French a
        quotation over several paragraphs opens each with a mark and closes only the last
        ("« ... ¶« ... »"); nothing but line breaks (one, or a blank line) and the mark
        between them."""
        between = self.text[end:start]
        return between.strip() in ("«", "“") and 1 <= between.count("\n") <= 2

    def run_on(self, quotes: list[Quote]) -> None:
        """A quotation over several paragraphs, each opened by a mark and only the last one
        closed ("« ... ¶« ... », dit X"): the paragraphs before the attribution are the same
        speaker's, when nothing but the line break and the mark separates them."""
        for n in range(len(quotes) - 2, -1, -1):
            q, nxt = quotes[n], quotes[n + 1]
            if q.rule != "none" or q.verb or nxt.speaker is None or nxt.dash or q.dash \
                    or not self.reopened(q.end, nxt.start):
                continue
            q.speaker, q.verb, q.rule = nxt.speaker, nxt.verb, "continuation"

    def coordinated(self, quotes: list[Quote]) -> list[Quote]:
        """"L'ONG X et l'association Y ont dénoncé « ... »", "« ... », ont déclaré X et Y": a
        quotation said by coordinated subjects is each one's words: after the quote of the first,
        a quote of each named conjunct (a person or an organization; not "X et son avocat", a
        description, nor "X, avec Y", nor the objects of "a salué X et Y"), the verb plural."""
        out: list[Quote] = []
        for q in quotes:
            out.append(q)
            if q.speaker is None or not q.verb or q.rule in ("continuation", "same_sentence", "headline"):
                continue
            for other in self.conjuncts(q):
                out.append(replace(q, speaker=other, rule=q.rule + "+conj"))
        return out

    def conjuncts(self, q: Quote) -> list[Entity]:
        """The other named subjects coordinated with the one whose verb of saying gives `q`."""
        doc = self.doc
        a, b = self.tok_at(q.start), self.tok_at(q.end)
        lo = self.sentence_start(a)
        hi = min(len(doc), max(b, doc[min(b, len(doc) - 1)].sent.end))
        for t in doc[lo:hi]:
            if t.dep_ not in SUBJECT_DEPS or self.in_quote(t.i) or t.head.text != q.verb:
                continue
            verb = t.head
            if not any("Plur" in k.morph.get("Number")
                       or (k.lower_.endswith(("ent", "ont")) and not k.lower_.endswith("ient"))
                       for k in (verb, *verb.children) if k.i == verb.i or k.dep_.startswith("aux")):
                continue  # "X et Y a ...": a parse astray; "saluent" the tagger may read as singular
            if self.np_speaker(t) is not q.speaker:
                continue
            others: list[Entity] = []
            for c in t.children:
                linked = any((k.dep_ == "cc" and k.lower_ == "et") or (k.dep_ == "punct" and k.text == ",")
                             for k in c.children)
                if c.dep_ != "conj" or self.in_quote(c.i) or not linked:
                    continue  # "et", or a comma in a list: not "ou", "ni"
                who = self.np_speaker(c)
                if isinstance(who, Entity) and who.type in ("person", "organization") \
                        and who is not q.speaker and who not in others \
                        and (any(h[0] is who for h in self.idx.in_subtree(c, ("person", "organization")))
                             or (self.idx.at(c.i, ("person", "organization")) or (None,))[0] is who):
                    others.append(who)
            return others
        return []

    def share_sentences(self, quotes: list[Quote]) -> None:
        """Quotations of one sentence with no attribution of their own take the speaker of
        a neighbour in that sentence, when nobody else is named between them."""
        for order in (range(1, len(quotes)), range(len(quotes) - 2, -1, -1)):
            for n in order:
                q = quotes[n]
                if q.rule != "none" or q.verb:
                    continue
                other = quotes[n - 1] if order.step == 1 else quotes[n + 1]
                if other.speaker is None:
                    continue
                a, b = (other.end, q.start) if order.step == 1 else (q.end, other.start)
                between = self.text[a:b]
                if "\n" in between or SENTENCE_END.search(between.strip(" »”\"") + " ") or len(between) > 200:
                    continue
                if self.text[:a].rstrip(" »”\"")[-1:] in (".", "!", "?", "…") \
                        and between.strip(" »”\"")[:1].isupper():
                    continue  # "« ... officiers. » Le nouveau chef a ajouté : « ... »": two sentences
                names = self.idx.in_span(self.tok_at(a), self.tok_at(b), SPEAKERS)
                if any(h[0] is not other.speaker for h in names):
                    continue
                q.speaker, q.verb, q.rule = other.speaker, other.verb, "same_sentence"


# the forms a preposition of models/quotes.json's aim_verbs takes before a noun, folded
_PREPOSITION_FORMS = {"a": ("a", "au", "aux"), "de": ("de", "d'", "du", "des"), "sur": ("sur",),
                      "pour": ("pour",)}


@cache
def _aim_verbs() -> dict[str, frozenset[str]]:
    """models/quotes.json's aim_verbs: lemma (with "se" when pronominal) -> the folded forms of
    the preposition that opens its complement ("" for a direct object)."""
    return {fold(verb): frozenset(f for p in preps for f in _PREPOSITION_FORMS.get(fold(p), (p,)))
            for verb, preps in load_json("quotes.json")["aim_verbs"].items()}


@cache
def _aim_stems() -> tuple[tuple[str, frozenset[str]], ...]:
    """(stem, prepositions) of the aim verbs that are not pronominal ("miser": "mis")."""
    return tuple((verb[:-2], preps) for verb, preps in _aim_verbs().items()
                 if " " not in verb and "'" not in verb and verb.endswith(("er", "ir", "re")))


@cache
def _stance_stems() -> tuple[tuple[bool, str], ...]:
    """(reflexive, stem) of the stance verbs of six letters or more ("se montrer": "montr"),
    for forms the lemmatizer gets wrong ("montre" left as its own lemma)."""
    out = set()
    for verb in quote_words().stance_verbs:
        word = verb.split()[-1].split("'")[-1]
        if len(word) >= 6 and word.endswith(("er", "ir", "re")):
            out.add((verb.startswith(("se ", "s'")), word[:-2]))
    return tuple(sorted(out))


@cache
def _folded_titles() -> frozenset[str]:
    return frozenset(fold(masc) for masc, _ in lexicon().titles.values())


def _fronted(c: Token, before: int, but: frozenset[str] = frozenset()) -> bool:
    """A noun or a name before token `before` under a preposition (other than those of `but`):
    a phrase fronted in the clause ("En réponse à X, Y a affirmé"), no subject."""
    return c.pos_ in ("NOUN", "PROPN") and c.i < before and any(
        x.dep_ == "case" and x.pos_ == "ADP" and x.i < c.i and x.lower_ not in but for x in c.children)


def _que_after_aside(tok: Token) -> bool:
    """"juge de son côté que", "estime quant à lui qu'", "note pour leur part que": "que"
    a few words on, past a short phrase with no verb and no stop."""
    doc = tok.doc
    if any(c.dep_ == "det" for c in tok.children) or (tok.i > 0 and doc[tok.i - 1].pos_ == "DET"):
        return False  # "le juge pour enfants qu'il a vu": a noun
    for k in range(tok.i + 1, min(len(doc), tok.i + 6)):
        t = doc[k]
        if t.lower_ in ("que", "qu'"):
            return k > tok.i + 1
        if t.pos_ in ("VERB", "AUX", "PROPN") or (t.is_punct and t.text != ","):
            return False
    return False


def _unclosed(text: str, i: int, j: int, mark: str, close: str) -> bool:
    """The quotation opened at i, still open at the line end j, is unclosed: it opens a
    sentence with a capital, its paragraph ends a sentence, and the next paragraph opens
    another quotation before any closing mark (or none follows). A quotation running over
    several paragraphs in the French way ("« ... ¶« ... »") is one quotation a paragraph."""
    if not text[i:j].rstrip().endswith((".", "!", "?", "…")):
        return False
    k = i
    while k and text[k - 1] in " \t":
        k -= 1
    first = text[i + 1 : j].lstrip()[:1]
    if (k and text[k - 1] not in "\n.!?:…»”") or not first.isupper():
        return False  # it opens a sentence ("… disant : « Il faut …"), not a word ("au « Journal >")
    nxt_close, nxt_open = text.find(close, j), text.find(mark, j)
    return nxt_close < 0 or 0 <= nxt_open < nxt_close


def _opens(text: str, i: int) -> bool:
    """Whether the straight mark at `i` can open a quotation: not glued to the word before
    ("Chine\", signalant"), and followed by a word, not by a space or a stop ("\" . Tout")."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after == " " and i + 2 < len(text) and text[i + 2].isalpha() and not _digit_before(text, i):
        # '" Nous irons ... "': the French space inside the marks, typed plain; not the seconds
        # of "2'24 \" seulement"
        after = text[i + 2]
    return not before.isalnum() and not after.isspace() and after not in ".,;:!?)"


def _digit_before(text: str, i: int) -> bool:
    """Whether the last character before `i` on its line that is not a space is a digit (not
    the end of a "date 2002-03-04" line over a paragraph that opens on a mark)."""
    k = i - 1
    while k >= 0 and text[k].isspace() and text[k] != "\n":
        k -= 1
    return k >= 0 and text[k].isdigit()


def _complement(doc: Doc, start: int) -> bool:
    """Whether the name starting at token `start` follows "de" ("le président de
    l'Assemblée nationale"): a complement, not the head of its phrase."""
    k = start - 1
    if k >= 0 and doc[k].lower_ in ("l'", "la", "le", "les"):
        k -= 1
    return k >= 0 and doc[k].lower_ in ("de", "d'", "du", "des")


def _clitic(tok: Token) -> bool:
    """A subject pronoun, inverted ("-t-il") or not."""
    return tok.lower_ in PRONOUNS or tok.lower_.startswith("-t-")


def _pronoun(tok: Token) -> str:
    """"pronoun:f" for elle/-t-elle, "pronoun:m" for il/-t-il, "pronoun_pl" for ils/elles."""
    low = tok.lower_
    if low.endswith(("ils", "elles")):
        return "pronoun_pl"
    if low.endswith("elle"):
        return "pronoun:f"
    if low.endswith("il"):
        return "pronoun:m"
    return "pronoun"


def person_gender(person: Entity) -> str | None:
    """The person's gender for a pronoun: from the civility or a feminine title; a title in
    the masculine ("le substitut", "le procureur") is written for women too, so a given
    name of one gender ("Anne") wins over it."""
    known = title_gender(person)
    civility = str(person.attrs.get("civility") or "").lower().rstrip(".")
    if known is None:
        return lone_given_name_gender(person.name)  # a given name alone: "Son mari, Paul,"
    if known != "m" or civility in ("m", "monsieur", "mm"):
        return known  # "Me", "Dr" say nothing of it
    return given_name_gender(person.name) or known


def _one_woman(people: list[Entity]) -> Entity | None:
    """The one person among these known to be a woman (civility, title, given name), if one:
    what "elle" stands for when the others' gender is unknown or a man's; most names left
    unknown are men's, so there is no such rule for "il"."""
    women = {id(p): p for p in people if person_gender(p) == "f"}
    return next(iter(women.values())) if len(women) == 1 else None


def _fits(person: Entity, gender: str | None) -> bool:
    if person.type != "person":
        return True
    known = person_gender(person)
    return gender is None or known is None or known == gender


def _de_between(span: Span) -> bool:
    """A complement opened by "de" in `span`, with no comma or stop before the quotation."""
    return any(t.lower_ in ("de", "d'", "d", "du", "des") for t in span) \
        and not any(t.text in (",", ";", ":", ".") for t in span)


# verbs of saying that, negated, say the words were not said ("n'a jamais dit « ... »"); unlike
# "n'a pas caché que", "n'a pas manqué de souligner"
DENIABLE = frozenset({"dire", "declarer", "affirmer", "prononcer", "ecrire"})
# verbs of denying before an infinitive of saying ("nie avoir dit", "dément avoir déclaré")
DENYING = frozenset({"nier", "nie", "nient", "niait", "nié", "niant", "démentir", "dément", "démenti",
                     "démentait", "démentant", "contester", "conteste", "contesté", "contestait"})


def _denied(verb: Token) -> bool:
    """A saying negated ("X n'a jamais dit", "n'avait pas déclaré") or denied ("X nie avoir dit",
    "dément avoir affirmé", "se défend d'avoir dit"): the words that follow are not the subject's."""
    doc = verb.doc
    lemma = fold(verb.lemma_ or verb.text)
    if lemma in DENIABLE:
        negs = _verb_words(verb)
        if negs & NEGATION and negs & {"jamais", "pas", "point"}:
            return True
    k = verb.i - 1
    if k >= 0 and doc[k].lower_ == "avoir":
        k -= 1
        if k >= 0 and doc[k].lower_ in ("d'", "d’"):
            return k >= 2 and doc[k - 1].lower_ == "défend"  # "se défend d'avoir dit"
        return k >= 0 and (doc[k].lower_ in DENYING or fold(doc[k].lemma_) in ("nier", "dementir"))
    return False


def _verb_words(verb: Token) -> set[str]:
    """The words (lower case) hung on a verb or its auxiliaries ("ne", "jamais" of "n'a jamais dit")."""
    heads = (verb, *(a for a in verb.children if a.dep_.startswith("aux")))
    return {c.lower_ for h in heads for c in h.children}


def _negated(verb: Token) -> bool:
    """"X ne les a jamais prononcés", "n'a pas parlé ainsi": a saying negated, whatever the verb."""
    return bool(_verb_words(verb) & NEGATION)


def _human(tok: Token, words: QuoteWords) -> bool:
    return fold(tok.lemma_ or tok.text) in words.human_nouns or fold(tok.text) in words.human_nouns \
        or lexicon().title_of(tok.lower_) is not None or fold(tok.text) in parties()


_DEFINITE_ARTICLES = ("le", "la", "l'", "l\u2019")


def _definite(noun: Token) -> bool:
    """The noun takes the definite article ("la fédération", "l'entreprise")."""
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE_ARTICLES for c in noun.children)


def _definite_singular(noun: Token) -> bool:
    """A common noun in the singular with the definite article ("la fédération", "le
    dirigeant"): a description that may take up the one named before."""
    return noun.pos_ == "NOUN" and "Plur" not in noun.morph.get("Number") and _definite(noun)


def _possessed(tok: Token) -> bool:
    """"son parti", "leur syndicat": someone's, not the body the text is about."""
    return any("Poss=Yes" in c.morph for c in tok.children)


def _noun_fits(tok: Token, gender: str | None, plural: bool) -> bool:
    number = tok.morph.get("Number")
    if number and (number[0] == "Plur") != plural:
        return False
    g = _tag_gender(tok)
    return gender is None or not g or g == gender


def _tag_gender(tok: Token) -> str:
    """"m" or "f" as the tagger reads the word's gender; "" when it gives none."""
    g = tok.morph.get("Gender")
    return g[0][0].lower() if g else ""


def resolve_quotes(doc: Doc, entities: list[Entity], dm: DepMatches,
                   roles: list[tuple[Entity, str, int]] | None = None,
                   leads: list[tuple[Entity, Entity, str | None, int]] | None = None) -> list[Quote]:
    """Quote facts; `roles` (person, folded title, position) resolve "répond le ministre";
    `leads` (person, the body a role is held in, its status, position) tell who speaks for
    a body a pronoun would otherwise take up."""
    return QuoteReader(doc, EntityIndex(doc, entities), dm, roles or [], tuple(leads or ())).read()
