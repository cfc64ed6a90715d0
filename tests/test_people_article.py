"""A name right after a definite article is no person (factx.components.entity_types,
`_after_definite_article`): French names a person without an article, so "l'X Y", "au X Y",
"les X Y" name a body (a newspaper, a club, a band, a restaurant) or a thing; and a
one-word name that starts a firm's name in the same document is that firm. Example
sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from test_places_people import _names


@pytest.mark.parametrize(
    ("text", "bodies", "people"),
    [
        # a foreign newspaper, club, band or restaurant after its article: a body
        ("Hans et Anja lisent chaque jour le Het Nieuwsblad au camping.",
         {"het nieuwsblad"}, {"hans", "anja"}),
        ("Le milieu a été prêté au Sporting Braga jusqu'en juin.", {"sporting braga"}, set()),
        ("Le chanteur a longtemps joué avec les Jimmy Dorsey Brothers.",
         {"jimmy dorsey brothers"}, set()),
        ("Le chef a travaillé à la Tour d'Argent puis au Pierre Gagnaire.", {"pierre gagnaire"}, set()),
        # the article belongs to a title or a nationality the model kept out of the name
        ("L'Américain John Smith a remporté l'épreuve devant Paul Martin.",
         set(), {"john smith", "paul martin"}),
        ("Le maire Jean Dupont a inauguré la salle avec le préfet Paul Martin.",
         set(), {"jean dupont", "paul martin"}),
        # a plural article before a list of people stands for their kind: each is a person
        ("Les supporteurs attendent le retour des Olivier Giroud, Karim Benzema et Hugo Lloris.",
         set(), {"olivier giroud", "karim benzema", "hugo lloris"}),
    ],
)
def test_no_person_after_definite_article(extract: Callable[..., dict], text: str, bodies: set[str],
                                          people: set[str]) -> None:
    doc = extract(text)
    found = _names(doc, "person")
    assert people <= found
    assert not (bodies & found)
    assert bodies <= _names(doc, "organization")


@pytest.mark.parametrize(
    ("text", "firm", "people"),
    [
        # a one-word name that starts the name of a firm named in the document is that firm
        ("La société Thomson-CSF a signé le contrat en 1991. Selon un ancien cadre, Thomson "
         "aurait versé des commissions.", "thomson", set()),
        # not when a person of the document bears that name
        ("Le groupe Dassault Aviation a livré ses avions. Serge Dassault a salué l'accord.",
         "dassault", {"serge dassault"}),
    ],
)
def test_firm_named_by_its_first_word(extract: Callable[..., dict], text: str, firm: str,
                                      people: set[str]) -> None:
    doc = extract(text)
    found = _names(doc, "person")
    assert people <= found
    assert firm not in found


@pytest.mark.parametrize(
    ("text", "not_body"),
    [
        # a title the model read as a name, after its article, is still a title, no body
        ("Jean Morel a écrit au Premier ministre britannique pour demander une audience.",
         "premier ministre britannique"),
        ("Une délégation a été reçue hier par le Secrétaire général adjoint des Nations unies.",
         "secretaire general adjoint"),
    ],
)
def test_title_after_article_is_no_body(extract: Callable[..., dict], text: str, not_body: str) -> None:
    assert not_body not in _names(extract(text), "organization")
