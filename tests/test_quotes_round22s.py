"""Quotes: speakers of the wrong kind (round 22s).

Classes fixed:
- a description noun of a kind of body after a quotation ("a répondu l'entreprise",
  "a déclaré le syndicat", "a indiqué la société") takes up the nearest organization of its
  kind named before, never the subject of the sentence before when that one is a body of
  another known kind (a union for "l'entreprise", a town hall for "le syndicat");
  QuoteReader.org_named, kind_of; models/quotes.json description_kinds; a noun of a town
  hall outside org_generic ("la municipalité") takes up the town hall ("la mairie de X"),
  synonym_kinds;
- a title tagged as a noun ("X, conseillère départementale : « ... »") is no verb of saying,
  whatever verb it shares its lemma with (is_speech_verb): the quote's verb is not
  "conseillère".
Guards: a body of the noun's kind that is the subject before; "conseille-t-il"; a verb
"a conseillé" before another speaker. The sentences are written for this audit, with
invented names.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers

Q = "« Nous allons étudier cette demande avec beaucoup d'attention dans les semaines à venir »"


def _verbs(result: dict) -> list[str | None]:
    return [f.get("verb") for f in result["facts"] if f["type"] == "quote"]


@pytest.mark.parametrize(("text", "speakers"), [
    # a union subject, a firm object: "l'entreprise" is the firm
    (f"La CGT a interpellé le groupe Tervalis sur les salaires. {Q}, a répondu l'entreprise.",
     ["Tervalis"]),
    # the firm named by its kind noun
    (f"La CFDT a écrit à la société Brunelac au sujet des horaires. {Q}, a indiqué la société.",
     ["Brunelac"]),
    # a town hall subject, a union object: "le syndicat" is the union
    (f"La mairie de Vaudrecourt a reçu le syndicat Sud Rail jeudi. {Q}, a déclaré le syndicat.",
     ["Sud Rail"]),
    # "la municipalité" for the town hall named "mairie de X" (synonym_kinds)
    (f"La CGT a interpellé la mairie de Brévilliers lundi. {Q}, a répondu la municipalité.",
     ["mairie de Brévilliers"]),
])
def test_description_of_its_kind(extract: Callable[..., dict], text: str, speakers: list[str]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "verb"), [
    ("Josiane Kerbrat, conseillère départementale : « Nous ne laisserons pas fermer "
     "la maternité de notre canton sans nous battre. »", None),
    ("Bertrand Lhuillier, conseiller municipal d'opposition : « Nous ne laisserons pas fermer "
     "la maternité de notre canton sans nous battre. »", None),
])
def test_title_no_verb(extract: Callable[..., dict], text: str, verb: str | None) -> None:
    result = extract(text)
    assert _verbs(result) == [verb]
    assert _speakers(result) == [text.split(",")[0]]


@pytest.mark.parametrize(("text", "speakers", "verbs"), [
    # an association before a club it wrote to: "l'association" is its own kind first
    (f"L'association Les Amis du Moulin a interpellé le FC Bresseval jeudi. {Q}, a répondu "
     "l'association.", ["Les Amis du Moulin"], ["répondu"]),
    # a union by its acronym, a firm by its kind noun, "l'entreprise" after a paragraph break
    (f"La CGT dénonce un plan social chez Ormeval.\n\nL'entreprise Ormeval emploie 300 salariés. "
     f"Force ouvrière a aussi réagi. {Q}, assure l'entreprise.", ["Ormeval"], ["assure"]),
    # the body of the noun's kind is the subject before: unchanged
    (f"Le club de Vaudrecourt a saisi la Fédération française de rugby. {Q}, a indiqué le club.",
     ["club de Vaudrecourt"], ["indiqué"]),
    # the town hall itself
    (f"Le syndicat Force ouvrière a écrit à la mairie de Vaudrecourt. {Q}, a répondu la mairie.",
     ["mairie de Vaudrecourt"], ["répondu"]),
    # the inverted verb "conseille-t-il" still says
    (f"Paul Garrigou est guide de montagne depuis vingt ans. {Q}, conseille-t-il.",
     ["Paul Garrigou"], ["conseille"]),
    # "a conseillé" before another speaker
    (f"Paul Garrigou a conseillé le maire. {Q}, a dit Jeanne Morvillier.",
     ["Jeanne Morvillier"], ["dit"]),
    # a title after the name in an incise: the verb before it says
    (f"{Q}, affirme Jeanne Morvillier, conseillère régionale.", ["Jeanne Morvillier"], ["affirme"]),
])
def test_guards(extract: Callable[..., dict], text: str, speakers: list[str | None],
                verbs: list[str | None]) -> None:
    result = extract(text)
    assert _speakers(result) == speakers
    assert _verbs(result) == verbs
