"""What names a body and what does not (components/organizations.py, resolve/acronyms.py):
events, texts, prizes, days, numerals and common nouns capitalized by the sentence are no
organizations; a body noun without a definite article describes rather than names; a noun
of bodies in apposition makes a name an organization; a short form is the same body.

Each row is a sentence written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest


def _forms(result: dict, kind: str) -> set[str]:
    return {m["text"] for e in result["entities"] if e["type"] == kind for m in e["mentions"]}


def _named(result: dict, kind: str) -> set[str]:
    return {e["name"] for e in result["entities"] if e["type"] == kind}


NOT_BODIES = [
    # an event, a text, a prize or a diploma heads the name
    ("Le Salon du livre ouvrira ses portes samedi à Saint-Louis.", "Salon du livre"),
    ("Cette mesure viole l'article 12 de la Constitution, estime l'avocat.", "Constitution"),
    ("Le Festival international de géographie accueille 40 000 visiteurs à Saint-Dié.",
     "Festival international de géographie"),
    ("Il a obtenu son Brevet des collèges avec mention.", "Brevet"),
    # ... or comes right before it
    ("Les accords de Schengen suppriment les contrôles aux frontières intérieures.", "Schengen"),
    # a regime is a period of history
    ("Ce scandale financier a marqué la Quatrième République.", "Quatrième République"),
    ("Sous la IIIe République, les instituteurs étaient les hussards noirs.", "IIIe République"),
    # a capitalized common noun opening the sentence
    ("Cheminots et enseignants défileront jeudi. Les cheminots réclament des embauches.", "Cheminots"),
]


@pytest.mark.parametrize(("text", "not_org"), NOT_BODIES)
def test_events_texts_numerals_are_not_organizations(extract: Callable[..., dict], text: str,
                                                      not_org: str) -> None:
    assert not_org not in _forms(extract(text), "organization")


@pytest.mark.parametrize(("text", "org"), [
    # a company named by a common word opens the sentence: singular, it stays a name
    ("Orange a annoncé des résultats en hausse. Le ciel devient orange le soir.", "Orange"),
    # a body that made the text is still a body: it is introduced by its article
    ("Le traité de l'OMPI protège les droits des auteurs depuis 2002.", "OMPI"),
    ("L'accord de Renault avec les syndicats a été signé hier.", "Renault"),
    # the same constructions with a real body keep it
    ("Le Secours catholique ouvre un nouvel accueil de jour à Remiremont.", "Secours catholique"),
    ("L'université de Metz accueille un colloque sur l'eau.", "université de Metz"),
])
def test_bodies_stay(extract: Callable[..., dict], text: str, org: str) -> None:
    assert org in _forms(extract(text), "organization")


@pytest.mark.parametrize(("text", "not_org", "place"), [
    # a body noun with no definite article before it describes, or is another word
    ("Le juge a orienté son enquête en direction des Hauts-de-Seine.", "direction des Hauts-de-Seine",
     "Hauts-de-Seine"),
    ("Ils rêvaient d'une fédération de cantons libres et égaux.", "fédération de cantons libres et égaux",
     None),
])
def test_body_noun_without_article(extract: Callable[..., dict], text: str, not_org: str,
                                   place: str | None) -> None:
    result = extract(text)
    assert not_org not in _forms(result, "organization")
    if place is not None:
        assert place in _named(result, "place")


@pytest.mark.parametrize(("text", "org"), [
    ("Le chantier a été confié à la Sotrabat, entreprise de maçonnerie de Golbey.", "Sotrabat"),
    ("Les travaux reviennent à Batival, une entreprise de Thaon.", "Batival"),
    ("Le bal est organisé par les Joyeux Lurons, association de danse du quartier.", "Joyeux Lurons"),
])
def test_body_noun_in_apposition(extract: Callable[..., dict], text: str, org: str) -> None:
    assert org in _named(extract(text), "organization")


@pytest.mark.parametrize(("text", "full", "short"), [
    ("Le groupe Michelin Pneumatiques ferme une usine. Michelin promet de reclasser les salariés.",
     "Michelin Pneumatiques", "Michelin"),
    ("Les syndicats de l'Éducation nationale ont manifesté jeudi. A l'Éducation nat, on dénonce la réforme.",
     "Éducation nationale", "Éducation nat"),
    # a noun of bodies alone, when one body of the document starts with it
    ("La Chambre d'agriculture des Vosges organise un forum. La Chambre propose aussi des stages.",
     "Chambre d'agriculture des Vosges", "Chambre"),
])
def test_short_form_is_the_same_body(extract: Callable[..., dict], text: str, full: str, short: str) -> None:
    orgs = [e for e in extract(text)["entities"] if e["type"] == "organization"]
    holder = [e for e in orgs if e["name"] == full]
    assert holder and short in {m["text"] for m in holder[0]["mentions"]}
    assert short not in {e["name"] for e in orgs}


def test_a_noun_of_bodies_alone_is_no_short_form(extract: Callable[..., dict]) -> None:
    result = extract("Le Conseil général des Vosges a voté le budget. Le Conseil de l'Europe a répondu.")
    assert {"Conseil général des Vosges", "Conseil de l'Europe"} <= _named(result, "organization")


@pytest.mark.parametrize(("text", "org"), [
    # a capitalized noun of bodies heads the name, whatever type the model gave it (a town's
    # band keeps its town, as "conseil municipal de X" does)
    ("Le concert de l'Harmonie municipale de Golbey aura lieu dimanche.", "Harmonie municipale de Golbey"),
    ("La Chorale Saint-Nicolas chantera à Noël.", "Chorale Saint-Nicolas"),
    # a plural, with a capitalized complement
    ("Les Associations Familiales Catholiques tiennent leur congrès à Nancy.",
     "Associations Familiales Catholiques"),
])
def test_capitalized_noun_of_bodies_heads_a_body(extract: Callable[..., dict], text: str, org: str) -> None:
    result = extract(text)
    assert org in _named(result, "organization")
    assert org not in _forms(result, "place")


def test_a_plural_noun_of_bodies_alone_is_no_body(extract: Callable[..., dict]) -> None:
    result = extract("Emportez, en retournant dans vos Foyers, le témoignage de notre gratitude.")
    assert "Foyers" not in _forms(result, "organization")


@pytest.mark.parametrize(("text", "org", "not_org"), [
    # a nationality adjective completes a proper name; "de" and a town after it give its seat
    ("L'Agence spatiale européenne de Paris lance un satellite.", "Agence spatiale européenne",
     "Agence spatiale européenne de Paris"),
    # a territorial adjective is no nationality; a lower-case name keeps its town
    ("Le Conseil régional de Lorraine vote le budget.", "Conseil régional de Lorraine", "Conseil régional"),
    ("Le porte-parole de l'ambassade américaine de Rome a démenti.", "ambassade américaine de Rome",
     "ambassade américaine"),
])
def test_a_name_ends_before_its_seat(extract: Callable[..., dict], text: str, org: str, not_org: str) -> None:
    result = extract(text)
    assert org in _named(result, "organization")
    assert not_org not in _forms(result, "organization")
