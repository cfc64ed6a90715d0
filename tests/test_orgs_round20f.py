"""Organizations in wire news: precision and extent (round 20f).

Classes found with a grid of wire phrases (kinds of bodies x positions in the sentence):
- a seat of power the model read with its article ("Le Pentagone a confirmé", "selon le
  Pentagone"): named without the article; never a man (a building when it does not act);
- a seat of power among the subjects a verb shares ("Berlin, le Kremlin et Paris ont
  condamné"): it acts, like the one subject of a verb;
- a participle with its time after a firm's name ("un rapport de l'agence Norvalis publié
  mardi"): it opens a clause on the report, it is no part of the name;
- a state's organ "en exil" ("le gouvernement birman en exil"): one named body, from its
  lower-case head to "exil";
- the agent of a passive takeover ("absorbé par Seltrix"): a firm, like what it bought;
- a club's word then a town the gazetteer knows ("le Real Murcie", "du Sporting Lisbonne"):
  one foreign club, which the model left out or cut to its town;
- two bodies the model cut apart with one space between them ("Europe Écologie" + "Les
  Verts"): one name;
- a West African name opening on "N'" and a capital ("N'Djamena", "N'Tavi Kourouma"): the
  model reads "N'" as the elided "ne" and cuts it off; the name keeps it;
- a lower-case noun of schemes before a name ("le programme Nordica", "le dispositif Horizon
  Jeunes"): a thing, not a body ("le Programme alimentaire mondial" keeps its capital and
  stays one).
"""

from collections.abc import Callable

import pytest


def _types(result: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in result["entities"]}


def _run(extract: Callable[..., dict], text: str) -> dict[str, str]:
    return _types(extract("14 avril 2013. - " + text))


@pytest.mark.parametrize(("text", "body"), [
    ("Le Pentagone a confirmé mardi la mort de deux soldats près de la frontière.", "Pentagone"),
    ("Selon le Pentagone, l'appareil s'est abîmé en mer au large des côtes.", "Pentagone"),
    ("Berlin, le Kremlin et Paris ont condamné l'attaque du convoi humanitaire.", "Kremlin"),
    ("Un rapport de l'agence Norvalis publié mardi pointe des retards de paiement.", "Norvalis"),
    ("Le gouvernement birman en exil a dénoncé l'arrestation de trois moines.",
     "gouvernement birman en exil"),
    ("Un porte-parole du parlement sahraoui en exil a démenti ces informations.",
     "parlement sahraoui en exil"),
    ("L'éditeur Ravelin a été absorbé par Seltrix en 2010.", "Seltrix"),
    ("Le Real Murcie a limogé son entraîneur dimanche soir.", "Real Murcie"),
    ("L'attaquant du Sporting Lisbonne a été suspendu trois matches.", "Sporting Lisbonne"),
    ("Europe Écologie Les Verts a dénoncé la décision du préfet.", "Europe Écologie Les Verts"),
])
def test_wire_bodies_have_their_type_and_extent(
        extract: Callable[..., dict], text: str, body: str) -> None:
    types = _run(extract, text)
    assert types.get(body) == "organization", types


@pytest.mark.parametrize(("text", "wrong"), [
    # the article is no part of a seat's name, and a seat is never a man
    ("Le Pentagone a confirmé mardi la mort de deux soldats près de la frontière.", "Le Pentagone"),
    ("Selon le Pentagone, l'appareil s'est abîmé en mer au large des côtes.", "le Pentagone"),
    # the participle and its time are not in the firm's name
    ("Un rapport de l'agence Norvalis publié mardi pointe des retards de paiement.", "Norvalis publié"),
])
def test_no_stretched_names(extract: Callable[..., dict], text: str, wrong: str) -> None:
    assert wrong not in _run(extract, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Le Pentagone : un nouveau chef d'état-major\n\nLe général a pris ses fonctions lundi.",
     "Pentagone"),
])
def test_a_seat_of_power_is_no_person(extract: Callable[..., dict], text: str, name: str) -> None:
    types = _run(extract, text)
    assert types.get(name) in ("place", "organization"), types


@pytest.mark.parametrize(("text", "thing"), [
    ("Le programme Jeunes Pousses a financé quarante projets cette année.", "Jeunes Pousses"),
    ("Les étudiants du programme Nordica partent en septembre pour un semestre.", "Nordica"),
    ("Le dispositif Horizon Jeunes a aidé mille chômeurs l'an dernier.", "Horizon Jeunes"),
])
def test_schemes_are_not_bodies(extract: Callable[..., dict], text: str, thing: str) -> None:
    types = _run(extract, text)
    assert all(t != "organization" for n, t in types.items() if thing in n), types


@pytest.mark.parametrize(("text", "name", "kind"), [
    # guards: what must not change
    ("Le ministre a été reçu au Kremlin mardi soir.", "Kremlin", "place"),
    ("Le Programme alimentaire mondial a suspendu ses distributions.",
     "Programme alimentaire mondial", "organization"),
    ("L'association Loisirs partagés a tenu son assemblée samedi.", "Loisirs partagés", "organization"),
    ("Un rapport de l'agence Norvalis, publié mardi, pointe des retards.", "Norvalis", "organization"),
    ("La joueuse Viktoria Lindqvist a marqué deux buts samedi.", "Viktoria Lindqvist", "person"),
    ("Le Dynamo Kiev a recruté un attaquant brésilien.", "Dynamo Kiev", "organization"),
])
def test_guards(extract: Callable[..., dict], text: str, name: str, kind: str) -> None:
    types = _run(extract, text)
    assert types.get(name) == kind, types


@pytest.mark.parametrize("text", [
    "Le poète vit en exil depuis 1990 dans une petite ville du Sud.",
    "Le gouvernement a envoyé le vieux roi en exil après la révolution.",
])
def test_exile_alone_names_no_body(extract: Callable[..., dict], text: str) -> None:
    types = _run(extract, text)
    assert not any(t == "organization" for t in types.values()), types


@pytest.mark.parametrize(("text", "name", "cut"), [
    ("L'avion s'est posé à N'Djamena dans la soirée de jeudi.", "N'Djamena", "Djamena"),
    ("Le milieu N'Tavi Kourouma a signé mardi à Montferrand.", "N'Tavi Kourouma", "Tavi Kourouma"),
])
def test_names_keep_their_n_apostrophe(
        extract: Callable[..., dict], text: str, name: str, cut: str) -> None:
    types = _run(extract, text)
    assert name in types and cut not in types, types


def test_the_elided_ne_is_no_name(extract: Callable[..., dict]) -> None:
    types = _run(extract, "N'importe qui peut s'inscrire avant la fin du mois.")
    assert not any(n.startswith("N'") for n in types), types
