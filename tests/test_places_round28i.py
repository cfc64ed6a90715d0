"""Round 28i (places): two decisions read off HIPE-2020's newspapers, about modern French too.

1. A country's or a region's mention leaves out the sentence's article: in "vers la
   Pologne", "avec le Japon" the place named is "Pologne", "Japon", and so is the
   mention's text and offsets, as the entity's name already was (`gazetteer.without_article`;
   resolve.entities._without_article). A town whose article is a word of its name keeps it
   ("La Rochelle", "Le Havre").
2. In a sports results table or brief, a one-word name right before a country's abbreviation
   in brackets ("Verhoest (Bel)") is a competitor, a person, not the model's place; the code
   itself is nobody (`nationality_codes` of models/entities.json;
   resolve.people_things._ranked_competitors). A name the gazetteer knows as a place keeps
   its type.

Invented names and sentences; each fix row fails on the start code.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import entity_names, mentions_by_name

ARTICLE = [
    ("a country after 'vers la'",
     "Les éleveurs de Vaudrange ont expédié leurs génisses vers la Pologne.",
     "Pologne"),
    ("a country opening the sentence with its article",
     "La Chine a fermé sa frontière aux camions de Brissac hier soir.",
     "Chine"),
    ("a country after 'avec le'",
     "La coopérative de Morlanges commerce désormais avec le Japon.",
     "Japon"),
    ("a country after 'de la' in a complement",
     "Le budget militaire de la France inquiète le maire de Vaudrange.",
     "France"),
    ("a region after 'dans toute la'",
     "Des concerts de la chorale Saint-Aubert ont eu lieu dans toute la Bretagne.",
     "Bretagne"),
]

ARTICLE_GUARDS = [
    ("guard: a country the model already reads bare",
     "Le budget militaire de la Belgique inquiète le maire de Vaudrange.",
     "Belgique"),
    ("guard: a town keeps the article of its name",
     "Le chalutier de Jean Morvel est rentré hier à La Rochelle.",
     "La Rochelle"),
    ("guard: so does a port after 'pour'",
     "Le cargo Orlanne est parti pour Le Havre avec trente conteneurs.",
     "Le Havre"),
    ("guard: a bare country stays as it is",
     "Paul Ternier a passé dix ans en Italie avant de rentrer à Vaudrange.",
     "Italie"),
]


@pytest.mark.parametrize(("why", "text", "place"), ARTICLE + ARTICLE_GUARDS,
                         ids=[r[0] for r in ARTICLE + ARTICLE_GUARDS])
def test_place_mention_without_article(extract: Callable[..., dict], why: str, text: str,
                                       place: str) -> None:
    places = mentions_by_name(extract(text), "place")
    assert places.get(place) == {place}, (why, places)


COMPETITORS = [
    ("a ranked rider before his country's code",
     "Contre-la-montre de Vaudrange : 1. Olazabel (Esp) 45'12\". 2. Verhoest (Bel) à 8\".",
     {"Olazabel", "Verhoest"}),
    ("an Olympic three-letter code",
     "En slalom, la victoire est pour Kornsetter (NOR), déjà titré l'an dernier.",
     {"Kornsetter"}),
    ("a code after a rider named in a brief",
     "Le Suisse a terminé devant Gontcharuk (Ukr), arrivé à une minute.",
     {"Gontcharuk"}),
]

COMPETITOR_GUARDS = [
    ("guard: a town in brackets after a runner stays a place",
     "Le cross de Morlanges a été gagné par Julien Farandou (Épinal) devant 200 coureurs.",
     "Épinal"),
    ("guard: a département in brackets after a town stays a place",
     "Un incendie a ravagé une grange à Mirecourt (Vosges) dans la nuit.",
     "Vosges"),
    # found by the round's review: the venue after "à", with its country's code
    ("guard: a venue after 'à' with its country's code stays a place",
     "La descente aura lieu samedi à Oberwindl (Aut) devant vingt mille spectateurs.",
     "Oberwindl"),
]


@pytest.mark.parametrize(("why", "text", "people"), COMPETITORS, ids=[r[0] for r in COMPETITORS])
def test_competitor_before_nationality_code(extract: Callable[..., dict], why: str, text: str,
                                            people: set[str]) -> None:
    result = extract(text)
    assert people <= entity_names(result, "person"), (why, result["entities"])
    assert not people & entity_names(result, "place"), why


def test_nationality_code_is_nobody(extract: Callable[..., dict]) -> None:
    result = extract("Au sprint, Bellamont (Fra) a devancé trois Italiens à Vaudrange.")
    assert "Bellamont" in entity_names(result, "person")
    assert "Fra" not in entity_names(result, "person")


@pytest.mark.parametrize(("why", "text", "place"), COMPETITOR_GUARDS,
                         ids=[r[0] for r in COMPETITOR_GUARDS])
def test_competitor_guards(extract: Callable[..., dict], why: str, text: str, place: str) -> None:
    result = extract(text)
    assert place in entity_names(result, "place"), (why, result["entities"])
    assert place not in entity_names(result, "person"), why
