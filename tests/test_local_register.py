"""Organizations and places of the local register of a regional daily (issue 11, round 9b):
a canton named by its noun and its town, and more rows of this round below.

Each row is a short text written for these tests in the register of a regional daily of
1999-2004 (councils, fêtes, schools, associations). Pitfall rows keep what must stay.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import mentions_by_name as _forms

DATE = "date 2001-05-12\n\n"


def _role_of(result: dict, role: str) -> str | None:
    """The name of the `of` of the first role fact of that title."""
    names = {e["id"]: e["name"] for e in result["entities"]}
    for fact in result["facts"]:
        if fact.get("type") == "role" and fact.get("role") == role:
            return names.get(fact.get("of"), fact.get("of"))
    return None


# a canton is a territory named by its noun and its chief town: "le canton de Bruyères" is the
# place, and the town named on its own stays a place of its own
CANTONS = [
    ("M. Paul Grosdidier, conseiller général du canton de Bruyères, a coupé le ruban. La "
     "fête de Bruyères a duré deux jours.", "canton de Bruyères", "Bruyères"),
    ("Le canton de Remiremont compte trois candidats. À Remiremont, le sortant se représente.",
     "canton de Remiremont", "Remiremont"),
    ("Les pompiers de Darney ont défilé. Les maires du canton de Darney étaient présents.",
     "canton de Darney", "Darney"),
]


@pytest.mark.parametrize(("text", "canton", "town"), CANTONS)
def test_a_canton_is_a_place_named_with_its_noun(
        extract: Callable[..., dict], text: str, canton: str, town: str) -> None:
    places = _forms(extract(DATE + text), "place")
    assert canton in places
    assert town in places


def test_a_general_councillor_holds_his_seat_in_the_canton(extract: Callable[..., dict]) -> None:
    result = extract(DATE + "M. Jean Collin, conseiller général du canton de Vézelise, assistait à "
                     "la cérémonie. Le maire de Vézelise l'a remercié.")
    assert _role_of(result, "conseiller général") == "canton de Vézelise"


# pitfalls: an adjective after the noun ("le canton voisin de Plombières") leaves the town
# alone as the place; the noun alone names nothing
CANTON_PITFALLS = [
    ("Dans le canton voisin de Plombières, le conseiller sortant ne se représente pas.",
     "Plombières"),
    ("Tous les maires du canton étaient réunis samedi à Dompaire.", "Dompaire"),
]


@pytest.mark.parametrize(("text", "town"), CANTON_PITFALLS)
def test_no_canton_without_its_complement(extract: Callable[..., dict], text: str, town: str) -> None:
    places = _forms(extract(DATE + text), "place")
    assert town in places
    assert not any(name.startswith("canton") for name in places)


# a ministry or a body named by the domains it covers lists them after "de", the last after
# "et": one body, not a body and two more
ENUMERATED_DOMAINS = [
    ("Le ministère de l'Écologie, de l'Énergie et de la Mer a lancé lundi une consultation.",
     "ministère de l'Écologie, de l'Énergie et de la Mer", ("Énergie", "Mer")),
    ("La direction de la Jeunesse, des Sports et de la Vie associative organise un stage à Épinal.",
     "direction de la Jeunesse, des Sports et de la Vie associative", ("Sports", "Vie associative")),
    ("Selon le ministère de l'Emploi, du Travail et de la Cohésion sociale, le chômage recule.",
     "ministère de l'Emploi, du Travail et de la Cohésion sociale", ("Travail", "Cohésion sociale")),
]


@pytest.mark.parametrize(("text", "body", "parts"), ENUMERATED_DOMAINS)
def test_a_body_named_by_its_domains_is_one(
        extract: Callable[..., dict], text: str, body: str, parts: tuple[str, ...]) -> None:
    orgs = _forms(extract(DATE + text), "organization")
    assert body in orgs
    assert not any(part in orgs for part in parts)


# pitfalls: territories listed after a council are places, and a list without "et" at its
# end is no name
DOMAIN_PITFALLS = [
    ("Le conseil général des Vosges, de la Meuse et de la Moselle financera la route.",
     "conseil général des Vosges", "Meuse"),
    ("Le ministère de la Culture, des collectivités locales et des associations ont signé.",
     "ministère de la Culture", None),
]


@pytest.mark.parametrize(("text", "body", "place"), DOMAIN_PITFALLS)
def test_no_domains_without_a_list_of_capitalized_domains(
        extract: Callable[..., dict], text: str, body: str, place: str | None) -> None:
    result = extract(DATE + text)
    assert body in _forms(result, "organization")
    if place is not None:
        assert place in _forms(result, "place")


# a name of several words spelled out by an acronym in parentheses, that no gazetteer knows
# as a place, is a body even where the model read it as a place
ACRONYM_BODIES = [
    ("Le musée occupe l'ancien siège des Forges et aciéries de la Sarre (FAS) depuis 1998.",
     "Forges et aciéries de la Sarre"),
    ("Le chantier a été confié à la Société des eaux de Moselle (SEM) en janvier.",
     "Société des eaux de Moselle"),
    ("Le manuscrit sera prêté à la Bibliothèque nationale de France (BnF) pour une exposition.",
     "Bibliothèque nationale de France"),
]


@pytest.mark.parametrize(("text", "body"), ACRONYM_BODIES)
def test_a_name_an_acronym_spells_out_is_a_body(extract: Callable[..., dict], text: str, body: str) -> None:
    result = extract(DATE + text)
    assert body in _forms(result, "organization")
    assert body not in _forms(result, "place")


# pitfalls: a country the gazetteer knows, a name headed by a noun of territories
ACRONYM_PLACES = [
    ("Le président de la République démocratique du Congo (RDC) est arrivé à Paris.",
     "République démocratique du Congo"),
    ("Les habitants de la Seine-Saint-Denis (93) ont voté dimanche.", "Seine-Saint-Denis"),
]


@pytest.mark.parametrize(("text", "place"), ACRONYM_PLACES)
def test_a_place_spelled_out_by_an_acronym_stays_a_place(
        extract: Callable[..., dict], text: str, place: str) -> None:
    assert place in _forms(extract(DATE + text), "place")


# a firm's first word alone (a headline's short form) that the model read as a place, and
# that no gazetteer knows, is the firm named in full in the story
SHORT_FIRMS = [
    ("Sedan : Vitrane agrandit son atelier\n\nLa société Vitrane Industries, reprise par un "
     "groupe belge, embauchera quarante personnes à Sedan.", "Vitrane Industries", "Vitrane"),
]


@pytest.mark.parametrize(("text", "firm", "short"), SHORT_FIRMS)
def test_a_firms_first_word_is_the_firm(
        extract: Callable[..., dict], text: str, firm: str, short: str) -> None:
    result = extract(DATE + text)
    assert short in _forms(result, "organization").get(firm, set())
    assert short not in _forms(result, "place")


def test_a_town_heading_a_firms_name_stays_a_town(extract: Callable[..., dict]) -> None:
    result = extract(DATE + "Nancy : la société Nancy Informatique recrute vingt techniciens à Nancy.")
    assert "Nancy" in _forms(result, "place")


# a list of results gives each person's town in parentheses: a word there that the model read
# as a person is a town when another name in that position of the list is one
def test_a_town_in_parentheses_in_a_list_of_results(extract: Callable[..., dict]) -> None:
    result = extract(DATE + "Le palmarès. Prix d'honneur : Bernard Mougin (Vauvillers). "
                     "Meilleur taureau : Denis Hatton (Senoncourt). Meilleure tenue : M. et Mme Luc "
                     "Grandjean (Gilley).")
    places = _forms(result, "place")
    assert {"Vauvillers", "Senoncourt", "Gilley"} <= set(places)
    assert "Gilley" not in _forms(result, "person")


def test_no_town_in_parentheses_without_a_listed_town(extract: Callable[..., dict]) -> None:
    result = extract(DATE + "Se présentent Jean Dupont (PS), Pierre Martin (Laurent) et Marie Colin (UMP).")
    assert "Laurent" not in _forms(result, "place")


# an acronym's expansion may list its domains after commas, each opening on "de"
def test_an_expansion_lists_its_domains_after_commas(extract: Callable[..., dict]) -> None:
    result = extract(DATE + "Des contrôleurs de la Direction générale de la concurrence, de la "
                     "consommation et de la répression des fraudes (DGCCRF) ont visité les marchés de "
                     "Noël. La DGCCRF rendra ses conclusions en avril.")
    orgs = _forms(result, "organization")
    name = ("Direction générale de la concurrence, de la consommation et de la répression des "
            "fraudes")
    assert "DGCCRF" in orgs.get(name, set())
    assert "Direction générale de la concurrence" not in orgs


# a town's band is "la Musique municipale", a body like "l'Harmonie municipale"; the feast
# of music stays an event
def test_a_towns_band_is_a_body(extract: Callable[..., dict]) -> None:
    result = extract(DATE + "Le marché a ouvert vendredi soir, au son de la Musique municipale. "
                     "La Fête de la Musique aura lieu en juin.")
    orgs = _forms(result, "organization")
    assert "Musique municipale" in orgs
    assert not any("Fête" in name for name in orgs)
