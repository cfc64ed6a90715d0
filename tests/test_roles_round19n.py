"""Roles of local news (round 19n): cells of a grid crossing titles, qualifiers and bodies.

Sentences written for this round, with invented names. A qualifier written after a municipal
title ("le maire sortant de X", "la conseillère municipale sortante de Y") or a prefix of rank
("la co-maire de Z") does not change what its "de" names: only a commune, which the model often
reads as a person when the holder follows in apposition; the complement of a village's festival
committee ("le comité des fêtes de X") is likewise only ever a commune. After a body named with
its own proper name ("l'école Louis-Pasteur"), a further "de" and a capitalized name is where
the body is, never a domain of the title ("directeur de Savignères" was read). The guards hold
what must not change: a domain after a body, a club named with its town, a title held for a
person.
"""

from collections.abc import Callable

import pytest

from conftest import role_triples as _roles


# ---------------------------------------------------------------- a qualifier before a municipal "de"
@pytest.mark.parametrize(("text", "triple"), [
    ("Le maire sortant de Ravignac, Hugues Terrandel, a ouvert la dernière séance du conseil.",
     ("Hugues Terrandel", "maire sortant", "Ravignac")),
    ("Solène Brivet, conseillère municipale sortante de Moncourtois, a présenté le budget annexe.",
     ("Solène Brivet", "conseillère municipale sortante", "Moncourtois")),
    ("Le conseiller municipal sortant de Lussagnet, Fernand Oriol, ne se représentera pas.",
     ("Fernand Oriol", "conseiller municipal sortant", "Lussagnet")),
    ("La co-maire de Lussagnet, Yasmina Toufik, a reçu les écoliers à la mairie.",
     ("Yasmina Toufik", "co-maire", "Lussagnet")),
])
def test_qualified_municipal_title(extract: Callable[..., dict], text: str,
                                   triple: tuple[str, str, str]) -> None:
    assert triple in _roles(extract(text, ref_date="2021-05-10"))


# ---------------------------------------------------------------- "le comité des fêtes de X"
@pytest.mark.parametrize(("text", "triple"), [
    ("Le trésorier du comité des fêtes de Bazerolles, Anatole Quintard, a dressé le bilan du banquet.",
     ("Anatole Quintard", "trésorier", "comité des fêtes de Bazerolles")),
    ("Selon la présidente du comité des fêtes de Tourvillac, Lina Carrasco, la brocante aura lieu.",
     ("Lina Carrasco", "présidente", "comité des fêtes de Tourvillac")),
])
def test_festival_committee_of_a_village(extract: Callable[..., dict], text: str,
                                         triple: tuple[str, str, str]) -> None:
    assert triple in _roles(extract(text, ref_date="2021-05-10"))


# ---------------------------------------------------------------- the body's town after its proper name
@pytest.mark.parametrize(("text", "triple"), [
    ("Romain Delacôte est directeur de l'école Jules-Ferry de Brescoux depuis 2016.",
     ("Romain Delacôte", "directeur", "école Jules-Ferry")),
    ("Le spectacle a été présenté par Maëlle Govin, directrice de l'école Jules-Ferry de Brescoux.",
     ("Maëlle Govin", "directrice", "école Jules-Ferry")),
    ("Thibaut Marsan, élu directeur de l'école Jules-Ferry de Brescoux en juin, a reçu les parents.",
     ("Thibaut Marsan", "directeur", "école Jules-Ferry")),
])
def test_town_after_a_named_body(extract: Callable[..., dict], text: str,
                                 triple: tuple[str, str, str]) -> None:
    # the body's name may keep its town ("école Louis-Pasteur de Savignères"): either is right
    person, role, body = triple
    assert any(p == person and r == role and (o or "").startswith(body)
               for p, r, o in _roles(extract(text, ref_date="2021-05-10")))


# ---------------------------------------------------------------- guards
@pytest.mark.parametrize(("text", "triple"), [
    ("Le maire de Ravignac, Hugues Terrandel, a ouvert la séance.",
     ("Hugues Terrandel", "maire", "Ravignac")),
    ("Le nouveau maire de Moncourtois, Bastien Mollard, a été installé samedi.",
     ("Bastien Mollard", "nouveau maire", "Moncourtois")),
    ("Le président du club de football de Bazerolles, Anatole Quintard, a remercié les bénévoles.",
     ("Anatole Quintard", "président", "club de football de Bazerolles")),
    ("La haute-commissaire des Nations unies aux réfugiés, Ines Vallgren, a visité le camp.",
     ("Ines Vallgren", "haute-commissaire aux réfugiés", "Nations unies")),
])
def test_guards(extract: Callable[..., dict], text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _roles(extract(text, ref_date="2021-05-10"))


def test_feast_is_no_committee(extract: Callable[..., dict]) -> None:
    # a feast's "de" names no commune: "Noël" stays no place
    result = extract("Les fêtes de Noël approchent, a rappelé Octave Salvan, le maire.",
                     ref_date="2021-12-01")
    assert not any(e["type"] == "place" for e in result["entities"])


# ---------------------------------------------------------------- a name read as a place that acts
@pytest.mark.parametrize(("text", "triple"), [
    ("Aïcha Mbarek, nommée sous-préfète de Dax en mars, a présenté ses priorités.",
     ("Aïcha Mbarek", "sous-préfète", "Dax")),
])
def test_given_name_and_surname_that_acts(extract: Callable[..., dict], text: str,
                                          triple: tuple[str, str, str]) -> None:
    assert triple in _roles(extract(text, ref_date="2021-05-10"))


def test_body_that_acts_stays_a_body(extract: Callable[..., dict]) -> None:
    # guard: a name of several words no gazetteer knows, led by no given name, that acts
    result = extract("Le Samu des Vosges a pris en charge le motard blessé.", ref_date="2021-05-10")
    assert any(e["type"] == "organization" and e["name"] == "Samu des Vosges" for e in result["entities"])


# ---------------------------------------------------------------- an office given by a verb or a passive
@pytest.mark.parametrize(("text", "triple"), [
    # a surname the tagger reads as an auxiliary still ends the subject's name
    ("Mehdi Benaissa a été réélu à la présidence de l'US Pontgrenet samedi.",
     ("Mehdi Benaissa", "président", "US Pontgrenet")),
    # the body's kind, then its name after "des": the name is the body presided
    ("L'association des Amis du vieux moulin est présidée par Bérénice Castagnède depuis 2012.",
     ("Bérénice Castagnède", "présidente", "Amis du vieux moulin")),
    ("L'association des Jardins partagés de Ravignac, présidée par Octave Salvan, compte quarante adhérents.",
     ("Octave Salvan", "président", "Jardins partagés de Ravignac")),
])
def test_office_by_verb(extract: Callable[..., dict], text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _roles(extract(text, ref_date="2021-05-10"))


@pytest.mark.parametrize(("text", "triple"), [
    # guards: a body named by its kind alone stays unnamed; a named body is kept
    ("Le tribunal est présidé par Marcel Olivane.", ("Marcel Olivane", "président", None)),
    ("Kofi Mensah a été élu à la présidence de l'amicale des Sapeurs de Brelande.",
     ("Kofi Mensah", "président", "Sapeurs de Brelande")),
])
def test_office_by_verb_guards(extract: Callable[..., dict], text: str,
                               triple: tuple[str, str, str | None]) -> None:
    assert triple in _roles(extract(text, ref_date="2021-05-10"))


# ---------------------------------------------------------------- a bare title opening the sentence
@pytest.mark.parametrize(("text", "triple"), [
    # the tagger calls a prefixed title an adjective; fronted with its complement it is still a title
    ("Co-maire de Ravignac, Ingrid Solberg a accueilli la délégation allemande.",
     ("Ingrid Solberg", "co-maire", "Ravignac")),
    ("Co-présidente du comité des fêtes de Bazerolles, Lina Carrasco a lancé la tombola.",
     ("Lina Carrasco", "co-présidente", "comité des fêtes de Bazerolles")),
])
def test_fronted_prefixed_title(extract: Callable[..., dict], text: str,
                                triple: tuple[str, str, str]) -> None:
    assert triple in _roles(extract(text, ref_date="2021-05-10"))


def test_fronted_adjective_is_no_title(extract: Callable[..., dict]) -> None:
    # guard: an adjective opening the sentence with a "de" complement holds no office
    result = extract("Seul de son équipe, Piotr Kowalczyk a terminé la course.", ref_date="2021-05-10")
    assert not _roles(result)
