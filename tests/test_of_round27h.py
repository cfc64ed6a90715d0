"""Round 27h: benchmarks/role_of.py --steps names the step of resolve/roles.py that gave each
role its `of` (the title's own complement read by RoleReader, a document-level step of
resolve_roles, or none), so that each step's right and wrong outputs can be counted on the dev
sets, the blind parts as numbers only. Invented texts; the library is not changed by the
tracer (the last rows check that its output is the same with and without it)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))


@pytest.fixture(scope="module")
def tracer(nlp: Any) -> Iterator[Any]:
    from role_of import StepTracer

    t = StepTracer()
    yield t
    t.close()


def _steps(tracer: Any, text: str) -> dict[tuple[str, str], str]:
    from factx.api import extract

    result = extract(text).to_dict()
    ents = {e["id"]: e["name"] for e in result["entities"]}
    out = {}
    for f in result["facts"]:
        if f["type"] == "role":
            name = ents[f["person"]]
            out[(name, f["role"])] = tracer.step({"role": f["role"], "person": [name]})
    return out


@pytest.mark.parametrize("text,person,role,kind", [
    # the title's own complement names the body: the reader's
    ("Hier soir, Gaspard Vellerin, président de l'Amicale des boulistes de Farnay, a remis les coupes.",
     "Gaspard Vellerin", "président", "reader"),
    ("La maison Orvalis a recruté Solène Dubreuil, directrice commerciale de la société Tavernel.",
     "Solène Dubreuil", "directrice commerciale", "reader"),
    # a bare office, its body from the document: a step of resolve_roles
    ("L'Union cycliste de Pralon a tenu son assemblée générale samedi. L'Union cycliste de Pralon "
     "compte 40 licenciés. Le trésorier, Armand Quesnel, a présenté des comptes équilibrés.",
     "Armand Quesnel", "trésorier", "resolve_roles"),
    # a bare title and no body anywhere: none
    ("Le boulanger Norbert Ansel a fêté ses trente ans de métier dimanche.",
     "Norbert Ansel", "boulanger", "none"),
])
def test_step_of_each_role(tracer: Any, text: str, person: str, role: str, kind: str) -> None:
    steps = _steps(tracer, text)
    assert (person, role) in steps, steps
    assert steps[(person, role)].split(":")[0] == kind


@pytest.mark.parametrize("text", [
    "L'Union cycliste de Pralon a tenu son assemblée générale samedi. L'Union cycliste de Pralon "
    "compte 40 licenciés. Le trésorier, Armand Quesnel, a présenté des comptes équilibrés.",
    "Gaspard Vellerin, président de l'Amicale des boulistes de Farnay, a remis les coupes.",
])
def test_tracer_changes_no_output(nlp: Any, text: str) -> None:
    from factx.api import extract
    from role_of import StepTracer

    plain = extract(text).to_dict()
    t = StepTracer()
    try:
        traced = extract(text).to_dict()
    finally:
        t.close()
    assert traced == plain
