"""Organizations of wire news (round 19f).

Classes of international and national wire writing, probed with invented stories:
- a body the model read with the lower-case kind before its capitalized name ("le parti
  Zevran", "le groupe Castelmor"): the body is named without its kind, the mention keeps it
  as written, and the bare name elsewhere in the story is the same body; a kind that is
  part of a band's or a trade's name stays in it ("la chorale Saint-Brice", "la laiterie X");
- a name tied to a group as the body it belongs to ("un groupe lié à X", "des milices
  proches de X", "Y, affilié à X" after a body, "la branche irakienne de X", "une cellule
  de X"): an organization in every mention, which the model had read as a place; a country
  or a town a gazetteer knows stays a place ("un groupe lié à l'Iran");
- a body's name whose last word the tagger read as a participle ("des Nations" + "unies",
  not "arabes unis") before the clause's verb: the name does not end before it (a finite
  verb after the name still ends it);
- militant kinds before a name ("la milice X", "la secte X", "la guérilla X", "la rébellion
  X"): the name is a body, read whole where the model cut it short.
"""

from collections.abc import Callable

import pytest


def _orgs(result: dict) -> dict[str, set[str]]:
    return {e["name"]: {m["text"] for m in e["mentions"]}
            for e in result["entities"] if e["type"] == "organization"}


def _types(result: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in result["entities"]}


@pytest.mark.parametrize(("text", "name", "mention"), [
    ("Le chef du parti Zevran a appelé ses partisans au calme dimanche soir.", "Zevran", "parti Zevran"),
    ("La société Brantelle, filiale du groupe Castelmor, construira le viaduc.", "Castelmor",
     "groupe Castelmor"),
    ("Le porte-parole du parti Solvane a démenti toute alliance.", "Solvane", "parti Solvane"),
])
def test_a_body_read_with_its_kind_is_named_without_it(
        extract: Callable[..., dict], text: str, name: str, mention: str) -> None:
    orgs = _orgs(extract("date 2013-12-02\n" + text))
    assert name in orgs, orgs
    assert mention in orgs[name], orgs


def test_the_bare_name_elsewhere_is_the_same_body(extract: Callable[..., dict]) -> None:
    orgs = _orgs(extract("date 2013-12-02\nLe chef du parti Zevran a appelé au calme. "
                         "Zevran a déjà remporté deux scrutins locaux depuis sa fondation."))
    assert set(orgs) == {"Zevran"}, orgs


@pytest.mark.parametrize(("text", "name"), [
    # guards: a kind that is part of the name stays in it
    ("La chorale Saint-Brice donnera un concert samedi à l'église.", "chorale Saint-Brice"),
    ("La laiterie Saint-Aubert a embauché six salariés cette année.", "laiterie Saint-Aubert"),
    # a capitalized adjective after the kind is no name of its own
    ("La société Normande de pêche a repeuplé la rivière.", "société Normande de pêche"),
    # a capitalized name of its own keeps its first word
    ("Le Parti travailliste a perdu la majorité au Parlement.", "Parti travailliste"),
])
def test_a_kind_of_the_name_stays(extract: Callable[..., dict], text: str, name: str) -> None:
    orgs = _orgs(extract("date 2013-12-02\n" + text))
    assert name in orgs, orgs


@pytest.mark.parametrize(("text", "body"), [
    ("Un groupe proche d'Al-Qaïda a revendiqué l'enlèvement des deux ingénieurs.", "Al-Qaïda"),
    ("La branche yéménite d'Al-Qaïda menace de nouvelles attaques contre Sanaa.", "Al-Qaïda"),
    ("Le Front Tirza, lié à Al-Qaïda, a pris le contrôle du poste frontière.", "Al-Qaïda"),
    ("Une branche locale de Dorvane Solidarité a ouvert ses portes à Nancy.", "Dorvane Solidarité"),
])
def test_a_name_tied_to_a_group_is_its_parent_body(
        extract: Callable[..., dict], text: str, body: str) -> None:
    types = _types(extract("date 2013-12-02\n" + text))
    assert types.get(body) == "organization", types


@pytest.mark.parametrize(("text", "place"), [
    # guards: a country or a known town a group is tied to stays a place
    ("Un groupe lié à l'Iran a frappé la base américaine dans la nuit.", "Iran"),
    ("Des milices proches de Tripoli ont attaqué le port mardi.", "Tripoli"),
])
def test_a_country_a_group_is_tied_to_stays_a_place(
        extract: Callable[..., dict], text: str, place: str) -> None:
    types = _types(extract("date 2013-12-02\n" + text))
    assert types.get(place) == "place", types


@pytest.mark.parametrize(("text", "body"), [
    ("La milice Amal a quitté les quartiers sud de la capitale.", "Amal"),
    ("La secte islamiste Boko Haram est active dans le nord du pays.", "Boko Haram"),
    ("La rébellion Séléka contrôle désormais la capitale.", "Séléka"),
    ("La guérilla Sendero Luminoso a repris les armes dans la jungle.", "Sendero Luminoso"),
])
def test_a_name_after_a_militant_kind_is_a_body(
        extract: Callable[..., dict], text: str, body: str) -> None:
    types = _types(extract("date 2013-12-02\n" + text))
    assert types.get(body) == "organization", types


@pytest.mark.parametrize(("text", "body"), [
    ("Le Comité de vigilance des Nations unies a condamné les tirs.",
     "Comité de vigilance des Nations unies"),
    ("La Commission de secours des Nations unies a ouvert un camp.",
     "Commission de secours des Nations unies"),
    # (already right before: the same participle after an adjective)
    ("Le Comité des Émirats arabes unis a annoncé un don.", "Comité des Émirats arabes unis"),
    # guard: a finite verb after the name still ends it
    ("Le Tribunal de commerce rend sa décision vendredi.", "Tribunal de commerce"),
])
def test_a_participle_of_the_name_is_no_verb(extract: Callable[..., dict], text: str, body: str) -> None:
    orgs = _orgs(extract("date 2013-12-02\n" + text))
    assert body in orgs, orgs
