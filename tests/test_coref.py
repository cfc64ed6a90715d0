"""Name coreference: surname-only and civility forms join the full name; namesakes stay apart."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factx.resolve.names import reconcile_people
from factx.types import Entity, Mention


def people(out: dict) -> dict[str, set[str]]:
    return {e["name"]: {m["text"] for m in e["mentions"]} for e in out["entities"] if e["type"] == "person"}


def test_civility_and_surname_forms_join_the_full_name(extract: Callable[..., dict]) -> None:
    out = extract("Nadine Lévesque a été réélue. Mme Lévesque dirige la fondation depuis 2010. "
                  "Selon Lévesque, le budget augmentera.")
    got = people(out)
    assert list(got) == ["Nadine Lévesque"]
    assert {"Nadine Lévesque", "Mme Lévesque"} <= got["Nadine Lévesque"]


def test_two_people_with_one_surname_stay_apart(extract: Callable[..., dict]) -> None:
    out = extract("Jean Martin et Marie Martin ont fondé l'entreprise en 1990. Mme Martin en est la "
                  "présidente. M. Martin s'occupe des ventes.")
    got = people(out)
    assert set(got) == {"Jean Martin", "Marie Martin"}
    assert "Mme Martin" in got["Marie Martin"]
    assert "M. Martin" in got["Jean Martin"]


def test_role_holder_through_coreference(extract: Callable[..., dict]) -> None:
    out = extract("Le président afghan Hamid Karzai a parlé. M. Karzai dirige le pays depuis 2001.")
    ents = {e["id"]: e for e in out["entities"]}
    holders = {ents[f["person"]]["name"] for f in out["facts"] if f["type"] == "role"}
    assert holders == {"Hamid Karzai"}
    assert len([e for e in ents.values() if e["type"] == "person"]) == 1


def _ent(type_: str, name: str, *spans: tuple[int, int, str]) -> Entity:
    return Entity(id="", type=type_, name=name, mentions=[Mention(*s) for s in spans])


def test_person_name_typed_as_place_or_inside_an_organization_joins_the_person() -> None:
    person = _ent("person", "Timor Goksel", (50, 62, "Timor Goksel"))
    place = _ent("place", "Timor Goksel", (0, 12, "Timor Goksel"))
    org = _ent("organization", "WikiLeaks Julian Assange", (80, 104, "WikiLeaks Julian Assange"))
    assange = _ent("person", "Julian Assange", (120, 134, "Julian Assange"))
    wl = _ent("organization", "WikiLeaks", (140, 149, "WikiLeaks"))
    out = reconcile_people([person, place, org, assange, wl])
    by = {(e.type, e.name): e for e in out}
    assert set(by) == {("person", "Timor Goksel"), ("person", "Julian Assange"),
                       ("organization", "WikiLeaks")}
    assert [m.start for m in by["person", "Timor Goksel"].mentions] == [0, 50]
    assert Mention(90, 104, "Julian Assange") in by["person", "Julian Assange"].mentions
    wikileaks = by["organization", "WikiLeaks"].mentions
    assert wikileaks == [Mention(80, 89, "WikiLeaks"), Mention(140, 149, "WikiLeaks")]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a first name alone names the one person of the text who bears it
        ("Julien Martin, 12 ans, a marqué deux buts dimanche. Julien rêve déjà du centre de formation.",
         {"Julien Martin": ["Julien", "Julien Martin"]}),
        # two people share it: the first name alone joins no one
        ("Julien Martin et Julien Petit ont marqué. Julien a été élu meilleur joueur du tournoi.",
         {"Julien Martin": ["Julien Martin"], "Julien Petit": ["Julien Petit"], "Julien": ["Julien"]}),
        # a word that is someone's surname stays that person's
        ("Martin Durand a rencontré Paul Martin hier. Martin a souri aux photographes.",
         {"Martin Durand": ["Martin Durand"], "Paul Martin": ["Martin", "Paul Martin"]}),
    ],
)
def test_a_first_name_alone_joins_its_only_bearer(extract: Callable[..., dict], text: str,
                                                  people: dict[str, list[str]]) -> None:
    out = extract(text)
    found = {e["name"]: sorted({m["text"] for m in e["mentions"]})
             for e in out["entities"] if e["type"] == "person"}
    assert found == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a first name coordinated with a full name shares its surname
        ("Les frères Philippe et Laurent Dominati ont été condamnés.",
         {"Philippe Dominati": ["Philippe"], "Laurent Dominati": ["Laurent Dominati"]}),
        ("Marie et Pierre Curie ont partagé le prix avec un troisième savant.",
         {"Marie Curie": ["Marie"], "Pierre Curie": ["Pierre Curie"]}),
        # not a word that is someone's surname in the text
        ("Lionel Jospin a parlé le premier. Jospin et Jacques Chirac se sont ensuite serré la main.",
         {"Lionel Jospin": ["Jospin", "Lionel Jospin"], "Jacques Chirac": ["Jacques Chirac"]}),
    ],
)
def test_coordinated_first_name_shares_the_surname(extract: Callable[..., dict], text: str,
                                                   people: dict[str, list[str]]) -> None:
    out = extract(text)
    found = {e["name"]: sorted({m["text"] for m in e["mentions"]})
             for e in out["entities"] if e["type"] == "person"}
    assert found == people
