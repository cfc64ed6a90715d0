"""The facts layer's data: dependency patterns compiled once per vocabulary, lexicons consistent."""

from __future__ import annotations

from typing import Any

from factx.resolve.lexicon import _er_forms, inflect, lexicon
from factx.resolve.patterns import _matcher, matches


def test_dependency_matcher_compiled_once_per_vocab(nlp: Any) -> None:
    first = _matcher(nlp.vocab)[0]
    assert _matcher(nlp.vocab)[0] is first


def test_patterns_find_subject_title_and_object(nlp: Any) -> None:
    doc = nlp("Paul Girard a été nommé directeur. Julie Roy est présidente. Anne Roy dirige la banque.")
    dm = matches(doc)
    words = {label: [{k: doc[v].text for k, v in m.items()} for m in ms] for label, ms in dm.by_label.items()}
    assert {"verb": "nommé", "title": "directeur", "subject": "Paul"} in words["APPOINTMENT"]
    assert {"title": "présidente", "cop": "est", "subject": "Julie"} in words["COPULA"]
    assert {"verb": "dirige", "object": "banque"} in words["ROLE_VERB"]


def test_lexicon_forms() -> None:
    lex = lexicon()
    assert lex.title_of("présidente") == ("président", "f")
    assert lex.title_of("ex-ministre") == ("ex-ministre", None)
    assert lex.nationalities["afghane"] == "Afghanistan"
    assert lex.nationalities["libanaise"] == "Liban"
    assert lex.nationalities["équatorienne"] == "Équateur"
    assert inflect("grec|grecque") == ["grec", "grecque", "grecs", "grecques"]
    assert "préside" in _er_forms("présider") and "dirigeait" in _er_forms("diriger")
    # every office title is a known title
    assert all(lex.title_of(t) for t in lex.office)
