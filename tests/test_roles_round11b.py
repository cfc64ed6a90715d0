"""Roles and their `of` by class of French construction (issue 12, round 11b: generality audit).

Each table holds sentences written for this audit, with invented names, one construction per
table: a title named by a verb of naming ("Le curé de la paroisse s'appelle X"), a sports
side's positions, a pronoun taking up a plural title ("plusieurs maires, dont celui de X,
Y"), a counterpart ("son homologue allemand, X"). The pitfall tables hold what must not
change: a wrong `of` is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import Triple
from conftest import held_of as _held
from conftest import role_triples as _roles


# ---------------------------------------------------------------- "TITLE s'appelle NAME"
@pytest.mark.parametrize(("text", "expected"), [
    ("Le nouveau curé de la paroisse Saint-Martin s'appelle Anatole Brézin.",
     ("Anatole Brézin", "nouveau curé", "paroisse Saint-Martin")),
    ("Le maire de Ravignac s'appelle Jules Crépeau depuis 2020.", ("Jules Crépeau", "maire", "Ravignac")),
    ("La nouvelle directrice de l'école de Sarcenay s'appelle Odile Laborie.",
     ("Odile Laborie", "nouvelle directrice", None)),
    ("Le président du club de pétanque se nomme Marc Jouvenel.", ("Marc Jouvenel", "président", None)),
])
def test_a_title_named_by_a_verb_of_naming(extract: Callable[..., dict], text: str, expected: Triple) -> None:
    person, title, of = expected
    held = _held(_roles(extract(text)), person, title)
    assert held
    if of is not None:
        assert of in held


@pytest.mark.parametrize(("text", "person"), [
    ("Le fils du maire s'appelle Julien Vaussange.", "Julien Vaussange"),  # a kinship, not the title
    ("Le chien du maire s'appelle Médor, a raconté Paul Tournebise.", "Paul Tournebise"),
])
def test_no_title_for_a_name_given_to_another(extract: Callable[..., dict], text: str, person: str) -> None:
    assert not _held(_roles(extract(text)), person, "maire")


# ---------------------------------------------------------------- a side's positions
@pytest.mark.parametrize(("text", "expected"), [
    ("L'US Pellandre s'est imposée grâce à deux essais de l'ailier Théo Barnavel.",
     ("Théo Barnavel", "ailier", "US Pellandre")),
    ("Côté visiteur, le demi de mêlée Yannick Ferrandou a été remplacé à la pause.",
     ("Yannick Ferrandou", "demi de mêlée", None)),
    ("Le deuxième-ligne Romain Tournebise a été exclu dix minutes en seconde période.",
     ("Romain Tournebise", "deuxième-ligne", None)),
    ("Le Stade Colignac a ouvert le score par son milieu de terrain Noé Bramefort.",
     ("Noé Bramefort", "milieu de terrain", "Stade Colignac")),
    ("Le gardien Anselme Quintard a arrêté un penalty en fin de match pour le FC Gauchery.",
     ("Anselme Quintard", "gardien", "FC Gauchery")),
])
def test_a_sports_position_before_the_name(extract: Callable[..., dict], text: str, expected: Triple) -> None:
    person, title, of = expected
    held = _held(_roles(extract(text)), person, title)
    assert held
    if of is not None:
        assert of in held


@pytest.mark.parametrize(("text", "person", "title"), [
    # the one body the story names is no club: the coach is not its
    ("Le comité des fêtes de Plessac organise un tournoi de football. L'entraîneur Jules Roustan arbitrera.",
     "Jules Roustan", "entraîneur"),
    # a possessive of a person: that person's own coach
    ("Marc Tournebise a gagné le tournoi avec l'US Pellandre. Son entraîneur, Paul Lapouge, était ravi.",
     "Paul Lapouge", "entraîneur"),
])
def test_no_club_for_a_team_title_outside_a_club(extract: Callable[..., dict], text: str, person: str,
                                                 title: str) -> None:
    assert _held(_roles(extract(text)), person, title) == [None]


# ---------------------------------------------------------------- "dont celui de X, Y"
@pytest.mark.parametrize(("text", "expected"), [
    ("Plusieurs maires avaient fait le déplacement, dont celui de Vaudrecourt, Gaston Ribaudier.",
     ("Gaston Ribaudier", "maire", "Vaudrecourt")),
    ("Les présidents des clubs du district étaient réunis, parmi lesquels celui de l'Union sportive de "
     "Malvezie, Octave Brunelin.", ("Octave Brunelin", "président", "Union sportive de Malvezie")),
    ("Deux maires ont démissionné cette semaine, dont celui de Hautmesnil, Denis Rossignac, élu depuis 2008.",
     ("Denis Rossignac", "maire", "Hautmesnil")),
    ("Plusieurs directrices d'école ont signé la pétition, dont celle de Sarcenay, Mireille Tanchot.",
     ("Mireille Tanchot", "directrice", "Sarcenay")),
])
def test_a_pronoun_taking_up_a_plural_title(extract: Callable[..., dict], text: str,
                                            expected: Triple) -> None:
    person, title, of = expected
    assert of in _held(_roles(extract(text)), person, title)


@pytest.mark.parametrize(("text", "person"), [
    # the pronoun takes up a thing, not a title
    ("Plusieurs projets ont été retenus, dont celui de Vaudrecourt, porté par Gaston Ribaudier.",
     "Gaston Ribaudier"),
    # no title before the pronoun in its sentence
    ("Les habitants ont signé la pétition, dont ceux de Plessac. Celui de Vaudrecourt, Gaston Ribaudier, "
     "a refusé de la transmettre au maire.", "Gaston Ribaudier"),
])
def test_no_title_from_a_pronoun_that_takes_up_no_title(extract: Callable[..., dict], text: str,
                                                        person: str) -> None:
    assert not _held(_roles(extract(text)), person, "maire")


# ---------------------------------------------------------------- "son homologue"
@pytest.mark.parametrize(("text", "expected"), [
    ("Le ministre français des Affaires étrangères s'est entretenu avec son homologue allemand, "
     "Friedrich Oberwald.", ("Friedrich Oberwald", "ministre des affaires étrangères", "Allemagne")),
    ("Le président Pierre Ravignac a reçu mardi son homologue italien, Marco Bellandier.",
     ("Marco Bellandier", "président", "Italie")),
    ("Le maire de Plessac, Jean Colignac, a accueilli son homologue de Trégonnec, Yves Lanvezec.",
     ("Yves Lanvezec", "maire", "Trégonnec")),
    ("L'entraîneur du FC Gauchery, Paul Roustan, a félicité son homologue du Stade Colignac, Marc Jouvenel.",
     ("Marc Jouvenel", "entraîneur", "Stade Colignac")),
    # a gentilé: the club whose name holds the town, else the town
    ("Le FC Gauchery a battu le SA Épinal dimanche. L'entraîneur du FC Gauchery, Paul Roustan, était "
     "ravi. Son homologue spinalien, Marc Jouvenel, déplorait l'arbitrage.",
     ("Marc Jouvenel", "entraîneur", "SA Épinal")),
    ("Le Stade Colignac recevait l'AS Nancy samedi. L'entraîneur colignacais, Jean Lapouge, a salué ses "
     "joueurs. Son homologue nancéien, Yves Gorvel, a regretté les occasions manquées.",
     ("Yves Gorvel", "entraîneur", "AS Nancy")),
    ("Le maire de Plessac, Jean Colignac, a signé le jumelage avec Ravignac. Son homologue ravignacais, "
     "Yves Lanvezec, était présent.", ("Yves Lanvezec", "maire", "Ravignac")),
    # the title in the sentence before; no body said for the counterpart
    ("À la fin du match, l'entraîneur du FC Gauchery, Paul Roustan, se montrait satisfait. Son homologue, "
     "Marc Jouvenel, regrettait l'arbitrage.", ("Marc Jouvenel", "entraîneur", None)),
])
def test_a_counterpart_holds_the_title_elsewhere(extract: Callable[..., dict], text: str,
                                                 expected: Triple) -> None:
    person, title, of = expected
    assert _held(_roles(extract(text)), person, title) == [of]


@pytest.mark.parametrize(("text", "expected"), [
    # the counterpart's state is not the possessor's
    ("Le président Pierre Ravignac a reçu mardi son homologue italien, Marco Bellandier.",
     ("Pierre Ravignac", "président", None)),
    ("La ministre de la Santé, Claire Vernadet, a rencontré à Bruxelles son homologue belge Luc Mauvoisin.",
     ("Claire Vernadet", "ministre de la santé", None)),
])
def test_a_counterparts_state_is_not_the_story_s(extract: Callable[..., dict], text: str,
                                                 expected: Triple) -> None:
    person, title, of = expected
    assert _held(_roles(extract(text)), person, title) == [of]


def test_no_counterpart_without_a_title_to_take_up(extract: Callable[..., dict]) -> None:
    roles = _roles(extract("Pierre Treffort a retrouvé à Lyon son homologue, Jean Lapouge."))
    assert not [r for r in roles if r[0] == "Jean Lapouge"]


# ---------------------------------------------------------------- "le préfet de la région X"
@pytest.mark.parametrize(("text", "expected"), [
    ("La préfète de la région Occitanie, Sophie Chassagne, s'est rendue sur place.",
     ("Sophie Chassagne", "préfète", "Occitanie")),
    ("Jacques Roustan, préfet de la région Normandie, a présidé la cérémonie.",
     ("Jacques Roustan", "préfet", "Normandie")),
    ("Marie Talmont, conseillère de la région Auvergne, a défendu le projet.",
     ("Marie Talmont", "conseillère", "Auvergne")),
])
def test_an_office_of_a_region_named_after_its_noun(extract: Callable[..., dict], text: str,
                                                    expected: Triple) -> None:
    person, title, of = expected
    assert of in _held(_roles(extract(text)), person, title)


# ---------------------------------------------------------------- a portrait's successive titles
@pytest.mark.parametrize(("text", "expected"), [
    ("Élu conseiller municipal en 1983, Auguste Perrachon devint adjoint chargé des finances puis maire de "
     "Vaudrecourt en 1995.",
     [("Auguste Perrachon", "adjoint chargé des finances", "Vaudrecourt"),
      ("Auguste Perrachon", "maire", "Vaudrecourt")]),
    ("Roger Falconnet fut successivement trésorier, secrétaire puis président de l'Amicale des "
     "sapeurs-pompiers de Lirey.",
     [("Roger Falconnet", "trésorier", "Amicale des sapeurs-pompiers de Lirey"),
      ("Roger Falconnet", "président", "Amicale des sapeurs-pompiers de Lirey")]),
    ("Yvonne Crépeau fut tour à tour secrétaire, trésorière puis présidente du comité des fêtes de Plessac.",
     [("Yvonne Crépeau", "secrétaire", None), ("Yvonne Crépeau", "présidente", None)]),
    ("Après avoir été trésorier du club, Jean Vaussange en devint ensuite président en 2001.",
     [("Jean Vaussange", "président", None)]),
])
def test_successive_titles_after_a_copula(extract: Callable[..., dict], text: str,
                                          expected: list[Triple]) -> None:
    roles = _roles(extract(text))
    for person, title, of in expected:
        assert title in {r for p, r, _ in roles if p == person}, (title, roles)
        if of is not None:
            assert of in _held(roles, person, title)


@pytest.mark.parametrize(("text", "person", "role"), [
    # a degree adverb: an adjective after the copula, no title
    ("Le président du club, Thomas Lapouge, n'est pas très optimiste pour la suite.", "Thomas Lapouge",
     "optimiste"),
    # a charge of two domains stays one title
    ("Irène Bramefort, adjointe chargée des sports et de la culture, a remis les coupes.", "Irène Bramefort",
     "adjointe chargée des sports et de la culture"),
])
def test_a_copula_and_a_charge_pitfalls(extract: Callable[..., dict], text: str, person: str,
                                        role: str) -> None:
    roles = {r for p, r, _ in _roles(extract(text)) if p == person}
    assert (role in roles) == (not role.endswith("optimiste"))
