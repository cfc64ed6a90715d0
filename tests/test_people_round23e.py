"""People the model invents or misses around titles and sites (round 23e).

Short texts written for this round, with invented people, clubs and towns (the towns of the
first table are communes the gazetteer knows, as the rule asks):
- a one-word town the gazetteer knows, in "de" right after the noun of a site or a sports
  ground ("sur sa pelouse de X", "au gymnase de X"): the town, no person whose surname it
  would be;
- a one-word name after the noun of a site and a participle of naming ("le site retenu,
  baptisé X"): the site's name, a place;
- the German mayor's title, capitalized as German writes nouns ("X, Bürgermeister de la
  ville jumelle", "le Bürgermeister de Y"): a title, no person; its "de" complement the town;
- a foreign full name the model does not know, right after a person's title and perhaps an
  adjective of nationality the model tags as a noun ("le ministre kényan", "le juge
  sud-africain"): the title's holder, whole, whatever tags the model gave the two words.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names, role_triples


def _people(result: dict) -> set[str]:
    return entity_names(result, "person")


# ---------------------------------------------------------------- a town after a site's noun
@pytest.mark.parametrize(("text", "town", "person"), [
    ("Sur sa pelouse de Vignot, l'équipe de Marc Tellier a battu les visiteurs.", "Vignot", "Marc Tellier"),
    ("Sur le terrain de Mouchard, les cadets de Marc Tellier ont perdu d'un point.",
     "Mouchard", "Marc Tellier"),
])
def test_a_town_after_the_noun_of_a_ground_is_a_place(
        extract: Callable[..., dict], text: str, town: str, person: str) -> None:
    result = extract(text)
    assert town not in _people(result)
    assert town in entity_names(result, "place")
    assert person in _people(result)


# ---------------------------------------------------------------- a site named by a participle
@pytest.mark.parametrize(("text", "site"), [
    ("Les fouilles ont repris sur le site, baptisé Zephira par les archéologues.", "Zephira"),
    ("Le nouveau terrain, baptisé Galdin, sera inauguré en mai.", "Galdin"),
    ("Le nouveau terrain, baptisé Demarsy, sera inauguré en mai.", "Demarsy"),
])
def test_a_name_given_to_a_site_is_a_place(extract: Callable[..., dict], text: str, site: str) -> None:
    result = extract(text)
    assert site not in _people(result)
    assert site in entity_names(result, "place")


# ---------------------------------------------------------------- the German mayor's title
@pytest.mark.parametrize(("text", "holder", "title", "town"), [
    ("Anne Roubaud, maire de Vaucourt, et Jonas Keller, Bürgermeister de la ville jumelle, "
     "ont signé la charte.", "Jonas Keller", "bürgermeister", None),
    ("Samedi, les élus ont accueilli le Bürgermeister de Rauschwald, M. Jonas Keller, et son épouse.",
     "Jonas Keller", "bürgermeister", "Rauschwald"),
    ("Lena Hoffmann, Oberbürgermeisterin de Waldheim, a reçu les élus de Vaucourt.",
     "Lena Hoffmann", "oberbürgermeisterin", "Waldheim"),
])
def test_the_german_mayor_is_a_title(
        extract: Callable[..., dict], text: str, holder: str, title: str, town: str | None) -> None:
    result = extract(text)
    people = _people(result)
    assert people & {"Bürgermeister", "Oberbürgermeisterin"} == set()
    assert not any("Bürgermeister" in p or "bürgermeister" in p for p in people)
    assert holder in people
    roles = role_triples(result)
    assert any(p == holder and r.startswith(title) for p, r, _ in roles)
    if town:
        assert (holder, title, town) in roles
        assert town in entity_names(result, "place")


# ---------------------------------------------------------------- a foreign name after a title
@pytest.mark.parametrize(("text", "person"), [
    ("Le juge sud-africain Sizwe Okafor a lu la déclaration lundi.", "Sizwe Okafor"),
    ("Le ministre kényan Thabo Okafor a lu la déclaration lundi.", "Thabo Okafor"),
    ("Le procureur nigérian Themba Ndlovane a lu la déclaration lundi.", "Themba Ndlovane"),
    ("L'ambassadeur zimbabwéen Thabo Mbekwa a lu la déclaration lundi.", "Thabo Mbekwa"),
    ("Le juge Themba Khumalo a lu la déclaration lundi.", "Themba Khumalo"),
    ("Le ministre Thabo Okafor a lu la déclaration lundi.", "Thabo Okafor"),
])
def test_a_foreign_name_after_a_title_is_its_holder(
        extract: Callable[..., dict], text: str, person: str) -> None:
    assert person in _people(extract(text))


# ---------------------------------------------------------------- guards: what must not change
@pytest.mark.parametrize(("text", "person", "not_person"), [
    ("Le bébé, baptisé Louis, pèse trois kilos.", "Louis", None),
    ("Le terrain de Paul Vignot a été inondé samedi.", "Paul Vignot", None),
    ("Le maire de Vaucourt, Paul Rives, a signé la charte.", "Paul Rives", "Vaucourt"),
    ("L'assureur français Groupama Gan a relevé ses tarifs.", None, "Groupama Gan"),
    ("Le président américain Donald Trump a parlé.", "Donald Trump", None),
    ("Le capitaine Haddock a juré.", "Haddock", None),
])
def test_guards(extract: Callable[..., dict], text: str, person: str | None, not_person: str | None) -> None:
    people = _people(extract(text))
    if person:
        assert person in people
    if not_person:
        assert not_person not in people
