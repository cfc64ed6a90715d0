"""The state a story is about, for the `of` of a state office (issue 12, round 13).

A minister's or a head of government's title that names no state is held in the state the
story is about: the one named most often by its name or a nationality adjective, with its
foreign towns (from the gazetteer built from GeoNames) counting half a mention each; any
state the gazetteer knows counts, with or without an adjective in the lexicon, and with its
article ("la France"). Sentences written for this round, invented names; the pitfall rows
hold what must not change.
"""

from collections.abc import Callable

import pytest

from conftest import role_triples as _roles


@pytest.mark.parametrize(("text", "person", "role", "of"), [
    # of two states named once, the one whose towns the story names
    ("La Pologne et l'Allemagne ont demandé l'aide européenne. La chancelière, Greta Wolfhagen, s'est "
     "rendue à Leipzig puis à Dresde, où le fleuve est monté à un niveau jamais vu. À Magdebourg, les digues "
     "ont cédé.",
     "Greta Wolfhagen", "chancelière", "Allemagne"),
    # a state with no nationality adjective in the lexicon
    ("La Guinée-Bissau vit une nouvelle crise. Le Premier ministre Amílcar Sambú a été arrêté jeudi à "
     "Bissau. La Guinée-Bissau avait déjà connu un coup d'État en 2003, dénoncé alors par l'Angola.",
     "Amílcar Sambú", "premier ministre", "Guinée-Bissau"),
    # the state named with its article: since round 24j the `of` is that place's id, and since
    # round 24n the place's name drops the article the model's span kept ("France")
    ("Le ministre délégué aux Transports, Paul Vernadet, a promis que la France ne céderait rien. "
     "« Bruxelles veut tout privatiser », a-t-il dit.", "Paul Vernadet", "ministre délégué aux transports",
     "France"),
])
def test_the_state_of_a_state_office(extract: Callable[..., dict], text: str, person: str, role: str,
                                     of: str | None) -> None:
    assert (person, role, of) in _roles(extract(text))


@pytest.mark.parametrize(("text", "person", "role", "of"), [
    # a province named like its capital: the town gives no state
    ("La ministre de l'Éducation, Julie Tremblant, a rencontré les étudiants à Québec.", "Julie Tremblant",
     "ministre de l'éducation", None),
    # a state named outweighs one town of another
    ("Le ministre de l'Intérieur, Ruud Verhaegen, a annoncé de nouveaux contrôles en Belgique. La Belgique "
     "renforcera ses frontières, a-t-il déclaré à Berlin.", "Ruud Verhaegen", "ministre de l'intérieur",
     "Belgique"),
])
def test_what_stays(extract: Callable[..., dict], text: str, person: str, role: str, of: str | None) -> None:
    assert (person, role, of) in _roles(extract(text))


@pytest.mark.parametrize("text", [
    # a local story names a town of its country, not the state: no head of state is read
    "Réunis à Sherbrooke, les producteurs ont élu leur conseil. Le président du conseil d'administration, "
    "Rémi Beaulac, veut doubler les ventes.",
    "Le président Lionel Stucki a ouvert l'assemblée de la société de tir, samedi à Lausanne.",
])
def test_a_town_names_no_state(extract: Callable[..., dict], text: str) -> None:
    assert not any(of in ("Canada", "Suisse") for _, _, of in _roles(extract(text)))
