"""Organizations typed wrongly where they act (issue 11, round 17k: generality audit).

Sentences written for this audit, with invented names. A body is known by what it does: the
active subject of a verb only a body does (hire, lay off, buy, suspend an account, call a
strike, claim an attack, demand; models/organizations.json: body_act_verbs) is an
organization, whether the model left a one-word name untyped ("Pixoria a suspendu le compte")
or, at a line's start, read a party's or a movement's name with the capitalized article that
opens the line ("Les Démocrates unis ont appelé à la grève"), where the article is no part of
the name. Pitfalls: a title of a work, a passive subject, a person, a place keep their reading.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names


def _types(result: dict, name: str) -> set[str]:
    return {e["type"] for e in result["entities"] if e["name"] == name}


# ---------------------------------------------------------------- a one-word name that acts as a body
@pytest.mark.parametrize(("text", "name"), [
    ("date 2001-04-02\nRéseaux\nPixoria a suspendu le compte d'un conseiller municipal de Longwy.",
     "Pixoria"),
    ("date 2001-04-04\nInternet\nSelon le maire, ClikTube a supprimé la vidéo du conseil municipal.",
     "ClikTube"),
    ("date 2001-04-07\nRéseaux\nTchatLine a bloqué les messages du club de Jarny.", "TchatLine"),
    ("date 2001-04-09\nFotoBlik a suspendu le compte d'une école de Commercy.", "FotoBlik"),
])
def test_a_one_word_name_that_acts_as_a_body(extract: Callable[..., dict], text: str, name: str) -> None:
    result = extract(text)
    assert name in entity_names(result, "organization")
    assert _types(result, name) == {"organization"}


# ---------------------------------------------------------------- a line's capitalized article
@pytest.mark.parametrize(("text", "name"), [
    ("date 2001-05-05\nAlgérie\nLes Faucons noirs ont revendiqué l'attentat de mardi soir.", "Faucons noirs"),
    ("date 2001-05-06\nTurquie\nLes Aigles gris ont appelé à manifester samedi à Ankara.", "Aigles gris"),
    ("date 2001-05-07\nPérou\nLe Sentier rouge a revendiqué l'enlèvement de deux ingénieurs.",
     "Sentier rouge"),
    ("date 2001-05-08\nIrlande\nLes Panthères vertes ont appelé au boycott des élections.",
     "Panthères vertes"),
])
def test_a_line_article_is_no_part_of_an_acting_body(
        extract: Callable[..., dict], text: str, name: str) -> None:
    result = extract(text)
    assert name in entity_names(result, "organization")
    assert not {n for n in entity_names(result, "organization") | entity_names(result, "misc")
                if n.endswith(name) and n != name}


# ---------------------------------------------------------------- already right: must stay so
@pytest.mark.parametrize(("text", "name"), [
    ("date 2001-04-03\nIndustrie\nLe site de Toul ferme. MetalVix délocalise sa production en Pologne.",
     "MetalVix"),
    ("date 2001-04-05\nÉconomie\nKorvalia licenciera quarante salariés de son site de Golbey en juin.",
     "Korvalia"),
    ("date 2001-05-02\nPortugal\nLes Démocrates unis ont appelé à la grève générale lundi.",
     "Démocrates unis"),
    ("date 2001-05-03\nSocial\nLa Fraternité ouvrière réclame une hausse des salaires de cinq pour cent.",
     "Fraternité ouvrière"),
    ("date 2001-05-08\nLa Phalange noire a revendiqué l'incendie de la préfecture.", "Phalange noire"),
    ("date 2001-05-04\nKosovo\nLe Mouvement populaire albanais exige le retrait des troupes serbes.",
     "Mouvement populaire albanais"),
])
def test_acting_bodies_already_read(extract: Callable[..., dict], text: str, name: str) -> None:
    assert name in entity_names(extract(text), "organization")


# ---------------------------------------------------------------- pitfalls: no body acts
@pytest.mark.parametrize(("text", "name", "kind"), [
    # a person, whatever the verb
    ("date 2001-06-02\nLe maire, Gaston Vérillac, a condamné les tags de la salle des fêtes.",
     "Gaston Vérillac", "person"),
    # a place that no body names
    ("date 2001-06-03\nLe village de Laneuvelotte réclame un nouveau pont.", "Laneuvelotte", "place"),
])
def test_who_acts_keeps_its_reading(extract: Callable[..., dict], text: str, name: str, kind: str) -> None:
    assert name in entity_names(extract(text), kind)


@pytest.mark.parametrize(("text", "name"), [
    # a work in quotation marks, a passive subject: no body
    ("date 2001-06-04\nCinéma\n« Korvadine » a été suspendu par la chaîne après deux épisodes.", "Korvadine"),
    # a work's title at a line's start, with a verb no body alone does
    ("date 2001-06-05\nCinéma\nLe Dernier Rivage a remporté le prix du jury à Gérardmer.", "Dernier Rivage"),
    # two names joined by "et" after "chez": people as often as a firm (lead's review)
    ("date 1890-05-02\nL'ouvrage se trouve chez Ravonnet et Castellain, libraires à Dijon.", "Ravonnet"),
])
def test_no_body_where_none_acts(extract: Callable[..., dict], text: str, name: str) -> None:
    assert name not in entity_names(extract(text), "organization")
