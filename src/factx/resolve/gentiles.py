"""A gentilé right after a title, whatever the town: "le maire castelvarois, X".

Regional French writes the adjective of a town's or a region's inhabitants right after a
title ("l'entraîneur nancéien X", "la romancière vaudoise Y"). French has thousands of
them and no list covers them; the roles reader maps one to its place only by the rules of
models/roles/demonyms.json (derivation from a place the text names, `known`). Any other
word of that shape is still read as a gentilé here: left out of the title string, never an
obstacle between the title and the name in apposition, for the roles and the quotes' speakers.
"""

from __future__ import annotations

from spacy.tokens import Token

from factx.resolve.lexicon import Lexicon

# tags a gentilé never gets ("jamais", "mais", "toutefois" end like one); the model tags
# an unknown gentilé as an adjective, a noun, a proper noun or even a verb
NOT_GENTILE_POS = frozenset({"ADV", "ADP", "CCONJ", "SCONJ", "PRON", "DET", "AUX", "NUM", "PUNCT", "INTJ",
                             "SYM", "X"})


# the dependents only a verb has: "le maire a dessiné", "le maire examine le dossier"
VERB_DEPS = frozenset({"obj", "aux", "aux:tense", "aux:pass", "cop", "xcomp", "ccomp", "mark", "expl:comp"})


def gentile_form(tok: Token, title_head: int, lex: Lexicon) -> bool:
    """Whether the lower-case word `tok`, right after a title whose head is token
    `title_head`, is a gentilé: it ends with one of the demonym suffixes and is none of the
    nationalities, the title qualifiers ("adjoint", "sortant", "général"), the party labels,
    the titles themselves ("chef cuisinier", "médecin chirurgien": a compound title) or the
    `not_demonyms`; nor the title's verb ("le maire examine le dossier"). The parser often
    reads an unknown gentilé as a verb attached anywhere, even with the name after it as its
    subject: only a verb's own dependents (an object, an auxiliary) or the title among its
    dependents tell a verb."""
    low = tok.lower_.replace("’", "'")
    if not tok.is_lower or len(low) < 5 or not low.replace("-", "").isalpha() or tok.pos_ in NOT_GENTILE_POS:
        return False
    title = tok.doc[title_head]
    if tok in title.ancestors or any(c.dep_ in VERB_DEPS for c in tok.children):
        return False  # "le président examine le dossier": the verb of the title, no adjective of it
    if low in lex.demonyms:
        return True
    if low in lex.nationalities or low in lex.not_demonyms or low in lex.political or low in lex.after \
            or low in lex.before or low in lex.weekdays:
        return False
    if lex.title_of(low) is not None or (low.endswith("s") and lex.title_of(low[:-1]) is not None):
        return False
    suffix = next((x for x in lex.demonym_suffixes if low.endswith(x)), None)
    if suffix is None or len(low) - len(suffix) < 3:
        return False
    return not low.endswith(("icien", "icienne", "iciens", "iciennes"))  # trades: "logicien", "diététicien"
