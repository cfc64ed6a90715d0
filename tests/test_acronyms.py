"""Acronyms: an organization's acronym and its expansion are one entity (sentences written here)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factx.resolve.acronyms import initials, is_acronym, schwartz_hearst


def orgs(out: dict) -> list[dict]:
    return [e for e in out["entities"] if e["type"] == "organization"]


CASES = [
    # expansion before the acronym, which later appears elided ("l'OSEE") and plural
    ("Les organismes de soutien aux entreprises exportatrices (OSEE) publient un bilan. "
     "L'OSEE regroupe vingt membres et les OSEE recrutent.",
     "organismes de soutien aux entreprises exportatrices", "OSEE", 3),
    # expansion after the acronym, in parentheses
    ("L'OTAN (Organisation du traité de l'Atlantique nord) a tenu un sommet à Bruxelles.",
     "Organisation du traité de l'Atlantique nord", "OTAN", 1),
    # no parentheses: the acronym spells the initials of an organization named in the text
    ("Le Parti communiste chinois ouvre son congrès à Pékin. Le PCC compte des millions de membres.",
     "Parti communiste chinois", "PCC", 1),
    # a French expansion long on function words, opened by a noun that names a body before an
    # acronym ("maison")
    ("Luc Roy dirige la maison des jeunes et de la culture (MJC) de Bruyères. La MJC compte trois "
     "cents adhérents.",
     "maison des jeunes et de la culture", "MJC", 2),
]


@pytest.mark.parametrize(("text", "name", "acronym", "n_acronym"), CASES, ids=[c[2] for c in CASES])
def test_acronym_joins_its_expansion(extract: Callable[..., dict], text: str, name: str, acronym: str,
                                      n_acronym: int) -> None:
    out = extract(text)
    found = [e for e in orgs(out) if e["name"] == name]
    assert len(found) == 1, orgs(out)
    ent = found[0]
    assert ent["aliases"] == [acronym]
    assert sum(m["text"] == acronym for m in ent["mentions"]) == n_acronym
    assert all(text[m["start"] : m["end"]] == m["text"] for m in ent["mentions"])
    others = [e for e in out["entities"] if e is not ent and acronym in {m["text"] for m in e["mentions"]}]
    assert others == []
    keys = list(ent)
    assert keys.index("aliases") == keys.index("name") + 1


def test_short_form_and_acronym_join_the_full_name(extract: Callable[..., dict]) -> None:
    text = ("Le Parti socialiste européen a voté contre. Le Parti socialiste a ensuite publié un "
            "communiqué. Le PS réclame un nouveau vote.")
    found = [e for e in orgs(extract(text)) if e["name"] == "Parti socialiste européen"]
    assert len(found) == 1
    assert found[0]["aliases"] == ["Parti socialiste", "PS"]


def test_unrelated_parenthesis_is_not_an_alias(extract: Callable[..., dict]) -> None:
    out = extract("Le ministère de la Santé (MSSS) a publié un rapport sur les urgences.")
    assert not [e for e in out["entities"] if "aliases" in e]


@pytest.mark.parametrize(("short", "long", "start"), [
    ("ORPEX", "les organismes régionaux de promotion des exportations", 4),
    ("OTAN", "Organisation du traité de l'Atlantique nord", 0),
    ("MSSS", "ministère de la Santé", None),
    ("QC", "Québec", 0),  # a match, but one word: never taken as an expansion
])
def test_schwartz_hearst(short: str, long: str, start: int | None) -> None:
    assert schwartz_hearst(short, long) == start


def test_acronym_shapes() -> None:
    assert is_acronym("ORPEX") and is_acronym("CEDEAO") and is_acronym("UNESCO")
    assert not is_acronym("Paris") and not is_acronym("A") and not is_acronym("ONU des")
    assert initials("Parti communiste chinois") == ("PCC", "PCC")
    assert initials("Banque de France")[1] == "BF"
