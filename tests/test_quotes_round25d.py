"""Round 25d: a paragraph break after a finished sentence starts a sentence for the parser.

The stock parser ran a paragraph's closing quotation mark ("... avec les riverains. »"), or
its last sentence, on into the next paragraph; the next paragraph's subject then hung as the
root of a fragment with its verb an `acl`, and the steps that read a sentence's subject and
verb (a quotation's speaker, an event's evidence) read across the break
(components/paragraphs.py). Rows in our own words, invented names.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers


def _first_after_break(doc):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.is_space and "\n" in t.text).i + 1


# ---------------------------------------------------------------- sentence starts
@pytest.mark.parametrize("text", [
    # a closing mark after the quotation's full stop ends the paragraph
    "Maryse Colinay, adjointe aux sentiers, détaille : « Aucun hameau ne restera isolé. "
    "Nous irons quartier par quartier. »\n\nLe Syndicat mixte de Vaudrenne, partenaire du "
    "chantier, salue « une initiative remarquable pour tout le plateau ».",
    # a quotation alone in its paragraph
    "« Nous avons déjà perdu deux saisons. Il faut agir avant l'hiver. »\n\nLa Fédération des "
    "pêcheurs de la Brenne dénonce « un retard inacceptable pour toute la filière ».",
    # an exclamation, then a name opening the next paragraph
    "« Quelle soirée pour le club ! »\n\nOdile Ferrandon, présidente des Mésanges de Brenoux, "
    "savoure la victoire.",
])
def test_paragraph_after_closing_mark_starts_a_sentence(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    first = _first_after_break(doc)
    assert doc[first].is_sent_start
    # the closing mark belongs to the sentence it closes
    mark = next(t for t in reversed(doc[:first]) if not t.is_space)
    assert mark.text == "»" and not mark.is_sent_start


# ---------------------------------------------------------------- evidence within a paragraph
@pytest.mark.parametrize("text", [
    # the meeting has no date in its own paragraph: "jeudi prochain" is the next one's
    "Les éleveurs ont quitté la réunion en promettant de revenir avec des propositions.\n\n"
    "À Valbrenne, la préfète Hélène Marsaud recevra les maires jeudi prochain.",
])
def test_event_evidence_does_not_cross_a_paragraph(extract: Callable[..., dict], text: str) -> None:
    cut = text.index("\n\n")
    for fact in extract(text)["facts"]:
        if fact["type"] in ("event", "figure"):
            ev = fact["evidence"]
            assert ev["end"] <= cut or ev["start"] > cut, fact


# ---------------------------------------------------------------- guards
@pytest.mark.parametrize(("text", "speakers"), [
    # a colon at the end of a line announces the quotation below: no break forced there
    ("Mme Lucienne Arbogast, la directrice de l'école, se souvient :\n\n« Nous avions quarante "
     "élèves à peine quand j'ai commencé ici. »", ["Lucienne Arbogast"]),
    # the body of the second paragraph still speaks its fragment
    ("« Nous avons déjà perdu deux saisons. Il faut agir avant l'hiver. »\n\nLa Fédération des "
     "pêcheurs de la Brenne, associée au projet, dénonce « un retard inacceptable pour toute la "
     "filière ».", [None, "Fédération des pêcheurs de la Brenne"]),
    # the incise after the closing mark is in the same paragraph: unchanged
    ("« Le chantier commencera en mai. Nous restons vigilants », a conclu Hervé Lantignac.\n\n"
     "Les travaux dureront deux ans.", ["Hervé Lantignac"]),
])
def test_quotes_around_paragraph_breaks(extract: Callable[..., dict], text: str,
                                        speakers: list[str | None]) -> None:
    assert quote_speakers(extract(text)) == speakers
