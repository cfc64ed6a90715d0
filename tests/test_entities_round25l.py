"""Bylines and kickers under a headline are no people (round 25l).

- A paper sets under the headline of its own reporter's piece a byline: the town it was
  written in, a comma, the reporter's post ("Lyon, envoyé spécial", "Berlin, de notre
  correspondante"). The comma and the title made the town a person holding that title; it
  is the dateline's town, and nobody named there holds the title.
- A feature opens its first paragraph on a one-word kicker ("Portrait.", "Récit.") that the
  model runs into the headline above it when the headline has a verb and no full stop; the
  word, a common noun in capitals, was a person and took the roles of the paragraph's
  subject. It is judged on its own sentence, from the start of its line.
- Guards: a reporter signing with a full name keeps the title; a surname before a byline
  title stays a person; a one-word name opening a paragraph as its subject stays a person.
Sentences and names are invented for these tests.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names, role_triples

_TRIAL = "Le procès du menuisier de Brévannes\n\n{B}\n\nIl n'a pas levé les yeux. Marc Dorvaud, 41 ans, " \
         "comparaît depuis mardi devant la cour d'assises."
_VOTE = "Les électeurs boudent les urnes\n\n{B}\n\nLes bureaux sont restés vides toute la matinée. " \
        "Oleg Sadrenko, un retraité, est venu voter seul."


# ------------------------------------------------------------- the byline's town
@pytest.mark.parametrize(("template", "byline", "town"), [
    (_TRIAL, "Lyon, envoyé spécial", "Lyon"),
    (_TRIAL, "Nantes, envoyée spéciale", "Nantes"),
    (_VOTE, "Kiev, correspondant", "Kiev"),
    (_VOTE, "Varsovie, correspondante", "Varsovie"),
    (_VOTE, "Rome, envoyée spéciale", "Rome"),
    (_TRIAL, "Bruxelles, correspondant", "Bruxelles"),
])
def test_byline_town_is_no_person(extract: Callable[..., dict], template: str, byline: str,
                                  town: str) -> None:
    result = extract(template.format(B=byline))
    assert town in entity_names(result, "place")
    assert town not in entity_names(result, "person")
    assert not [r for r in role_triples(result) if r[0] == town]


# ------------------------------------------------------------- a feature's kicker
@pytest.mark.parametrize(("text", "word"), [
    ("Une chèvrerie qui revit\n\nPortrait. À 36 ans, l'ancienne infirmière "
     "nantaise a repris la chèvrerie de sa tante à Vercennes. Élise Marchal vend ses tommes au "
     "marché.", "Portrait"),
    ("Le potier qui ne renonce pas\n\nChronique. Depuis vingt ans, l'ancien instituteur tourne "
     "ses bols dans une grange de Salvagnac. Paul Rouvière ne s'en lasse pas.", "Chronique"),
    ("Une vallée qui revit\n\nEntretien. À 29 ans, la jeune éleveuse défend les "
     "petites fermes de la vallée. Lise Ardonnet a repris le troupeau familial.", "Entretien"),
    ("Une ferme qui revit\n\nContexte. Dans la vallée, les habitants attendent. Le maire, Paul "
     "Esquinel, reste confiant.", "Contexte"),
])
def test_kicker_is_no_person(extract: Callable[..., dict], text: str, word: str) -> None:
    result = extract(text)
    assert word not in entity_names(result, "person")
    assert not [r for r in role_triples(result) if r[0] == word]


# ------------------------------------------------------------------------ guards
@pytest.mark.parametrize(("text", "person", "title"), [
    (_VOTE.format(B="Hélène Marchetti, envoyée spéciale"), "Hélène Marchetti", "envoyée spéciale"),
    ("Les électeurs boudent les urnes\n\nLes bureaux sont restés vides.\n\nMorelot, correspondant\n\n"
     "Le vote reprend demain matin.", "Morelot", "correspondant"),
    ("Le festival des granges\n\nClaire Vidalou, envoyée spéciale de la radio locale, a couvert la fête. "
     "Le maire était là.", "Claire Vidalou", "envoyée spéciale"),
])
def test_reporter_named_keeps_the_title(extract: Callable[..., dict], text: str, person: str,
                                        title: str) -> None:
    result = extract(text)
    assert person in entity_names(result, "person")
    assert any(p == person and r == title for p, r, _ in role_triples(result))


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Le procès du menuisier de Brévannes\n\nLyon, envoyé spécial\n\nMarc Dorvaud a grandi à Lyon.",
     "Lyon", "place"),
    ("Une ferme qui revit\n\nYannick Corvel, 40 ans, a repris la ferme de son oncle. Les voisins "
     "l'aident.", "Yannick Corvel", "person"),
    ("Les obsèques du luthier\n\nLa cérémonie a eu lieu samedi.\n\nCatherine Jaouvel", "Catherine Jaouvel",
     "person"),
])
def test_guards(extract: Callable[..., dict], text: str, name: str, kind: str) -> None:
    assert name in entity_names(extract(text), kind)
