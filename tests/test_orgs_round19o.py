"""Organizations named after a kind written as an acronym (round 19o).

A grid of invented bodies crossed with their positions in the sentence showed one class of
misses: French writes some kinds of bodies as an acronym, "l'ONG", "le GIE", right before
the body's own name, as it writes "l'association" or "le groupe" in lower case. The name
after them was left to the model, which read it as a place or a thing ("Ponts Fraternels",
"Regards Libres"), or cut it ("Ténéré" alone). The acronyms that so introduce a name
(`title_acronyms` in models/organizations.json) now work as the lower-case kinds do: the
name after them is an organization, without the acronym. The acronym alone, or after an
indefinite article, names no body.

A second class: a body named by its cause or field in lower case, then the land it is for
("le Front de résistance du Talvoran"), which the model cut before "du" when the body is an
object, leaving the land a place. The name now goes on over "du", "de la", "de l'", "des"
and that land (`_territory_after_cause` in organizations._run_on_names); a body after "de"
stays another name ("le Conseil de sécurité de l'ONU").

A third class: a body, then "et" or "ou" and a possessive ("et ses adhérents"), read by the
model as one name. The possessive points back to the body, so the name ends before "et"
(organizations._own_coordination); a name coordinating its own nouns ("des droits et des
libertés") keeps them.
"""

from collections.abc import Callable

import pytest


def _types(result: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in result["entities"]}


@pytest.mark.parametrize(("text", "body"), [
    ("L'ONG Ponts Fraternels, le premier réseau d'aide du pays, a contesté ces chiffres.",
     "Ponts Fraternels"),
    ("Selon l'ONG Ponts Fraternels, deux cents familles ont quitté la vallée.", "Ponts Fraternels"),
    ("Le rapport de l'ONG Vigie Paysanne sur la sécheresse a été publié lundi.", "Vigie Paysanne"),
    ("Le directeur de l'ONG Écoles du Ténéré, Marc Oulevay, est arrivé à Niamey.", "Écoles du Ténéré"),
    ("D'après l'ONG Regards Libres, trois journalistes ont été arrêtés.", "Regards Libres"),
])
def test_the_name_after_a_kind_acronym_is_a_body(
        extract: Callable[..., dict], text: str, body: str) -> None:
    types = _types(extract("date 2004-05-10\n" + text))
    assert types.get(body) == "organization", types


@pytest.mark.parametrize(("text", "body"), [
    # guards: what was right stays right
    ("La société Berlandix a annoncé la fermeture de son usine.", "Berlandix"),
    ("L'association Mains Ouvertes a réuni ses bénévoles samedi.", "Mains Ouvertes"),
])
def test_a_lower_case_kind_still_names_its_body(
        extract: Callable[..., dict], text: str, body: str) -> None:
    types = _types(extract("date 2004-05-10\n" + text))
    assert types.get(body) == "organization", types


@pytest.mark.parametrize("text", [
    # guards: the acronym alone, or after an indefinite article, names no body
    "L'ONG a dénoncé les violences commises dans le nord.",
    "Une ONG locale a distribué des vivres aux sinistrés.",
])
def test_the_kind_acronym_alone_names_no_body(extract: Callable[..., dict], text: str) -> None:
    types = _types(extract("date 2004-05-10\n" + text))
    assert "organization" not in types.values(), types


@pytest.mark.parametrize(("text", "body"), [
    ("Les soldats ont encerclé le Front de résistance du Talvoran jeudi.",
     "Front de résistance du Talvoran"),
    ("Le préfet a reçu le Front de libération du Moraval mardi après-midi.",
     "Front de libération du Moraval"),
    ("Les commandos ont attaqué le Front de libération du Moraval hier.", "Front de libération du Moraval"),
    ("Le chef du Parti du progrès du Vardistan a été arrêté.", "Parti du progrès du Vardistan"),
])
def test_a_body_named_by_its_cause_keeps_its_land(
        extract: Callable[..., dict], text: str, body: str) -> None:
    types = _types(extract("date 2004-05-10\n" + text))
    assert types.get(body) == "organization", types


@pytest.mark.parametrize(("text", "body", "other"), [
    # guards: a body after "de" is another name; a land after a verb stays a place
    ("Les membres du Conseil de sécurité de l'ONU se sont réunis.", "Conseil de sécurité", "ONU"),
    ("Le Conseil de sécurité a voté une résolution sur le Talvoran.", "Conseil de sécurité", "Talvoran"),
    ("La réunion du Comité des fêtes de Varcourt aura lieu mardi.", "Comité des fêtes de Varcourt", None),
])
def test_the_land_or_body_after_stays_apart(
        extract: Callable[..., dict], text: str, body: str, other: str | None) -> None:
    types = _types(extract("date 2004-05-10\n" + text))
    assert types.get(body) == "organization", types
    if other is not None:
        assert other in types, types


@pytest.mark.parametrize(("text", "body"), [
    ("L'Organisation mondiale des pêcheurs et ses adhérents ont manifesté devant la préfecture.",
     "Organisation mondiale des pêcheurs"),
    ("Le Syndicat national des brasseurs et ses représentants régionaux ont rencontré le ministre.",
     "Syndicat national des brasseurs"),
    ("L'Institut national des semences ou ses laboratoires publieront les chiffres.",
     "Institut national des semences"),
])
def test_a_body_ends_before_and_its_own(extract: Callable[..., dict], text: str, body: str) -> None:
    types = _types(extract("date 2004-05-10\n" + text))
    assert types.get(body) == "organization", types


@pytest.mark.parametrize(("text", "body"), [
    # guards: "et" inside a name, between its own nouns, stays in it
    ("Le vote a eu lieu hier. La Ligue des droits et des libertés a porté plainte.",
     "Ligue des droits et des libertés"),
    ("Le vote a eu lieu hier. Le Comité des fêtes et de la culture de Varcourt prépare la kermesse.",
     "Comité des fêtes et de la culture de Varcourt"),
    ("L'Union régionale des vignerons et leurs délégués se réuniront lundi.",
     "Union régionale des vignerons"),
])
def test_and_between_its_own_nouns_stays(extract: Callable[..., dict], text: str, body: str) -> None:
    types = _types(extract("date 2004-05-10\n" + text))
    assert types.get(body) == "organization", types
