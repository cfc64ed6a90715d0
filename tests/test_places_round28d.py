"""Places of round 28d: where a country's or a region's mention starts.

- A country's or a region's mention drops the article the sentence puts before it, as the
  entity's name already did ("dans toute la France" mentions "France"); the gazetteer says
  when the article is the place's own ("La Paz", "Le Havre" keep it). The model's span
  holds the article, so the mention is cut after the nested mentions are read off those
  spans (a mention inside its own untrimmed span is no nested name).

Villages and people are invented; the countries and regions are real (the gazetteer's
evidence is part of the rule).
"""

from collections.abc import Callable

import pytest

from conftest import mentions_by_name


@pytest.mark.parametrize(("text", "place"), [
    ("Les brasseurs de Kervalec ont livré leur bière dans toute la France cet hiver.", "France"),
    ("Les pêcheurs de Pornévan ont vendu trois chalutiers à la Chine en 2019.", "Chine"),
    ("La Bretagne attend toujours la ligne de car promise par le syndicat.", "Bretagne"),
])
def test_mention_without_the_sentence_article(extract: Callable[..., dict], text: str, place: str) -> None:
    mentions = mentions_by_name(extract(text), "place")
    assert mentions.get(place) == {place}


@pytest.mark.parametrize(("text", "place", "mention"), [
    # the article is the place's own: it stays in the mention
    ("Ils reviennent de La Paz, en Bolivie, après un mois de tournée.", "La Paz", "La Paz"),
    ("Le Havre accueille le tournoi des écoles de Vermoux cette année.", "Le Havre", "Le Havre"),
    # a mention without article is untouched
    ("Le budget de la Belgique ne suffira pas à racheter ces navires.", "Belgique", "Belgique"),
    ("Ils ont ouvert une boutique en Espagne l'an dernier.", "Espagne", "Espagne"),
])
def test_mention_guards(extract: Callable[..., dict], text: str, place: str, mention: str) -> None:
    mentions = mentions_by_name(extract(text), "place")
    assert mentions.get(place) == {mention}


@pytest.mark.parametrize(("text", "place"), [
    # the country named with and without the article: every mention is kept, each on the name
    ("En mars, la Pologne a acheté du lait. Depuis, Pologne et Vermoux échangent leurs fromages.",
     "Pologne"),
    ("La Hongrie a fermé sa frontière. Les routiers de Kervalec évitent désormais la Hongrie.",
     "Hongrie"),
])
def test_every_mention_kept(extract: Callable[..., dict], text: str, place: str) -> None:
    result = extract(text)
    spans = [(m["start"], m["end"]) for e in result["entities"] if e["type"] == "place" and e["name"] == place
             for m in e["mentions"]]
    starts = [i for i in range(len(text)) if text.startswith(place, i)]
    assert sorted(spans) == [(i, i + len(place)) for i in starts]
