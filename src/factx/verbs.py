"""The lemmatizer's verbs and nouns, as the entity-type component reads them once per pipeline, for the
resolvers that see only a Doc (below both: the components register, the resolvers read)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc
from spacy.vocab import Vocab

# the endings of past participles of verbs not in -er: "attendue", "réunis", "construite", "ouverte"
_OTHER_PARTICIPLE_ENDS = ("u", "ue", "us", "ues", "i", "ie", "is", "ies", "it", "ite", "its", "ites",
                          "rt", "rte", "rts", "rtes", "ise", "ises")


class VerbLexicon:
    """The lemmatizer's verbs: its infinitives in -er and its exceptions, looked
    up one form at a time (read whole, they would cost start-up time): the past participles of
    the other verbs ("attendue" -> attendre, "ouverte" -> ouvrir, "prise" -> prendre)."""

    def __init__(self, infinitives: frozenset[str], exceptions: Any = None) -> None:
        self.infinitives = infinitives
        self.exceptions = exceptions

    def other_participle(self, form: str) -> bool:
        if self.exceptions is None or not form.endswith(_OTHER_PARTICIPLE_ENDS):
            return False
        lemmas = self.exceptions.get(form)
        return bool(lemmas) and not lemmas[0].endswith("er")  # "marie" is "marier" (present tense)

    def present(self, form: str) -> bool:
        """A present-tense form of a verb, third person singular: "juge" (juger), "pilote"."""
        if self.exceptions is not None and any(x.endswith("er") for x in self.exceptions.get(form) or ()):
            return True
        return form.endswith("e") and form + "r" in self.infinitives


NO_VERBS = VerbLexicon(frozenset())
# each pipeline's verbs and common nouns (the lemmatizer's), by its vocabulary: read by the
# resolvers, which see only the Doc
_WORDS: dict[int, tuple[VerbLexicon, frozenset[str]]] = {}
_NO_WORDS = (NO_VERBS, frozenset[str]())


def register_words(doc_vocab: Vocab, verbs: VerbLexicon, nouns: frozenset[str]) -> None:
    """The verbs and common nouns of the pipeline whose vocabulary this is (entity_types'
    component factory)."""
    _WORDS[id(doc_vocab)] = (verbs, nouns)


def doc_verbs(doc: Doc) -> VerbLexicon:
    """The verbs of the pipeline that made this Doc (none known when it made no entity types)."""
    return _WORDS.get(id(doc.vocab), _NO_WORDS)[0]


def doc_nouns(doc: Doc) -> frozenset[str]:
    """The common nouns of the pipeline that made this Doc (none known when it made no entity types)."""
    return _WORDS.get(id(doc.vocab), _NO_WORDS)[1]
