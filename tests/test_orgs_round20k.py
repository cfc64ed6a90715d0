"""Organizations in regional news: recall and extent of local bodies (round 20k).

Classes found with a grid of local bodies (kinds x invented and real communes x places in
the sentence: subject, object, after "de", in a list, in a headline, after "pour"):
- "le comité des fêtes de X": "comité" is a kind of local body, like "amicale" or "foyer";
- a compound noun the tokenizer cuts in the kind words ("des sapeurs-pompiers de X");
- an adjective before the kind noun ("le club du troisième âge de X");
- "la fanfare de X", "l'harmonie de X", "la chorale de X": the commune alone names them;
- any sport's "X-club" ("le Tennis-club de X", "le Rugby-club de X"), like "Football-Club";
- a commune the model reads as a person or does not know ("de Vornay", "de Xertigny-le-Bas"):
  the kind and its "de" say it is the body's commune;
- the model's "misc" span that takes in "Pour le" before the body's name;
- "conseil communautaire": a territorial adjective (a rubric alone names no body);
- in a school's lower-case name ("le collège de X"), a one-word "person" after "de" is its
  commune;
- a service of a town hall named by its domain with a capital ("le service des Espaces
  verts", "le service de l'Urbanisme"): the domain is a word of its name;
- roles: "membre de l'amicale âgé de 52 ans": an adjective taking a measure ends the `of`.
"""

from collections.abc import Callable

import pytest

from conftest import role_triples


def _run(extract: Callable[..., dict], text: str) -> dict:
    return extract("date 2021-03-14\n" + text)


def _orgs(result: dict) -> list[str]:
    return [e["name"] for e in result["entities"] if e["type"] == "organization"]


def _people(result: dict) -> list[str]:
    return [e["name"] for e in result["entities"] if e["type"] == "person"]


@pytest.mark.parametrize(("text", "body"), [
    ("Le comité des fêtes de Vornay prépare la brocante du printemps.", "comité des fêtes de Vornay"),
    ("Les bénévoles du comité des fêtes de Vornay ont servi deux cents repas.",
     "comité des fêtes de Vornay"),
    ("L'amicale des sapeurs-pompiers de Vornay organise son bal le 14 juillet.",
     "amicale des sapeurs-pompiers de Vornay"),
    ("Le club du troisième âge de Vornay fête ses quarante ans.", "club du troisième âge de Vornay"),
    ("La fanfare de Vornay défilera dimanche dans les rues.", "fanfare de Vornay"),
    ("Le chef de la fanfare de Saint-Arbelin prendra sa retraite en juin.", "fanfare de Saint-Arbelin"),
    ("L'harmonie de Brescoux donnera un concert à l'église.", "harmonie de Brescoux"),
    ("La chorale de Vornay répète chaque jeudi soir.", "chorale de Vornay"),
    ("Le maire a félicité le Tennis-club de Brescoux pour sa montée.", "Tennis-club de Brescoux"),
    ("Le Rugby-club de Vornay a recruté deux joueurs cet hiver.", "Rugby-club de Vornay"),
    ("Le maire a salué le syndicat d'initiative de Brescoux pour son dépliant.",
     "syndicat d'initiative de Brescoux"),
    ("La société de chasse de Brescoux compte trente adhérents.", "société de chasse de Brescoux"),
    ("Le club de pétanque de Xertigny-le-Bas a organisé un concours samedi.",
     "club de pétanque de Xertigny-le-Bas"),
    ("Le comité des fêtes de Damas-aux-Bois en fête\nLa kermesse a attiré du monde.",
     "comité des fêtes de Damas-aux-Bois"),
    ("Le collège de Vornay a ouvert une classe de musique.", "collège de Vornay"),
    ("Les élèves de l'école primaire de Brescoux ont planté un verger.", "école primaire de Brescoux"),
])
def test_local_body_named_by_kind_and_commune(extract: Callable[..., dict], text: str, body: str) -> None:
    result = _run(extract, text)
    assert body in _orgs(result), result["entities"]
    town = body.rsplit(" de ", 1)[1]
    assert town not in _people(result), result["entities"]


@pytest.mark.parametrize(("text", "body"), [
    ("Le service des Espaces verts a fleuri les trois ronds-points.", "service des Espaces verts"),
    ("Deux agents du service de l'Urbanisme ont reçu les riverains.", "service de l'Urbanisme"),
])
def test_service_named_by_its_domain(extract: Callable[..., dict], text: str, body: str) -> None:
    assert body in _orgs(_run(extract, text))


@pytest.mark.parametrize(("text", "wrong"), [
    # a rubric of the kind and its territorial adjective alone names no body
    ("Conseil communautaire\nLes élus ont adopté le plan de mobilité.", "Conseil communautaire"),
])
def test_rubric_names_no_body(extract: Callable[..., dict], text: str, wrong: str) -> None:
    assert wrong not in _orgs(_run(extract, text))


@pytest.mark.parametrize(("text", "bad_of"), [
    ("Lucien Fachard, membre de l'amicale âgé de 52 ans, a reçu la médaille.", "amicale âgé"),
    ("Roger Bastien, président du club âgé de 40 ans, a remis les coupes.", "club âgé"),
])
def test_measure_adjective_ends_the_of(extract: Callable[..., dict], text: str, bad_of: str) -> None:
    result = _run(extract, text)
    # (neither "amicale âgé" nor "amicale âgé de 52 ans")
    assert not any(name.startswith(bad_of) for name in _orgs(result)), result["entities"]
    assert not any(of and of.startswith(bad_of) for _, _, of in role_triples(result))


# guards: what must not change
@pytest.mark.parametrize(("text", "body"), [
    ("Le foyer rural de Charmes organise une marche dimanche.", "foyer rural de Charmes"),
    ("La société de pêche de Vittel a lâché des truites.", "société de pêche de Vittel"),
    ("L'office de tourisme de Gérardmer a publié son guide d'été.", "office de tourisme de Gérardmer"),
    ("Le Football-Club de Sarrebourg a gagné dimanche.", "Football-Club de Sarrebourg"),
    ("Le maire a remercié le comité des fêtes de Charmes pour la brocante.", "comité des fêtes de Charmes"),
    ("Pour le Tennis-club de Mirecourt, la saison s'achève sur un titre.", "Tennis-club de Mirecourt"),
    ("Le maire a réuni le conseil municipal de Brescoux jeudi.", "conseil municipal de Brescoux"),
])
def test_known_local_bodies_stay(extract: Callable[..., dict], text: str, body: str) -> None:
    assert body in _orgs(_run(extract, text))


@pytest.mark.parametrize(("text", "person"), [
    # a person after a kind without its kind words stays a person
    ("Le club de Marcel Thiéry a gagné le tournoi de belote.", "Marcel Thiéry"),
    ("Paul Vornay préside le comité des fêtes. Le comité de Vornay se réunit lundi.", "Paul Vornay"),
    ("Le service de Jeanne Ricard a traité la demande.", "Jeanne Ricard"),
])
def test_people_stay_people(extract: Callable[..., dict], text: str, person: str) -> None:
    assert person in _people(_run(extract, text))


@pytest.mark.parametrize(("text", "place"), [
    # a building stays a place where the body does not act
    ("Le loto aura lieu au foyer rural de Charmes samedi soir.", "foyer rural de Charmes"),
])
def test_venue_stays_place(extract: Callable[..., dict], text: str, place: str) -> None:
    assert place not in _orgs(_run(extract, text))


@pytest.mark.parametrize(("text", "person", "title"), [
    # a body of a kind that fields no team, now found, is not the coach's club
    ("L'amicale des pêcheurs de Vornay organise un tournoi de football. L'entraîneur Gilles Parmentier "
     "sifflera les matches.", "Gilles Parmentier", "entraîneur"),
])
def test_no_team_for_a_body_that_fields_none(extract: Callable[..., dict], text: str, person: str,
                                             title: str) -> None:
    result = _run(extract, text)
    assert "amicale des pêcheurs de Vornay" in _orgs(result)
    assert all(of is None for who, role, of in role_triples(result) if who == person and role == title)
