"""Person + title in the constructions of regional writing (round 20e).

Sentences written for this audit, with invented names. A local paper lists an association's
board with dashes between its items ("président, X – vice-présidente, Y"), sets a title between
dashes ("X – président du club – a ouvert ..."), opens a caption line with the name and a colon
("X : présidente du comité"), coordinates a title after a plain description of the person
("X, jeune retraitée et bénévole,"), writes a title with its own qualifier in a list
("Trésorière adjointe : X", one role, not a second "adjointe"), and a second title after a span
of time ("président depuis 2012 et conseiller municipal"). It takes up a person named before
with a demonstrative title after a fronted adverbial ("Depuis dix ans, cet accordéoniste"),
with "celui / celle qui fut TITLE", and with a pronoun subject over a span of time ("Il a été
pendant seize ans le trésorier"); a district ("le quartier de X") is no commune for a municipal
office. The guard tables hold what must not change: lists of several people, a colon after a
name that is no caption, a demonstrative or "celle qui" when two could be meant.
"""

from collections.abc import Callable

import pytest

from conftest import held_of as _held
from conftest import role_triples as _roles


def _pairs(result: dict) -> set[tuple[str, str]]:
    return {(p, r) for p, r, _ in _roles(result)}


# ---------------------------------------------------------------- constructions now read
@pytest.mark.parametrize(("text", "expected"), [
    # a board's list, items separated by en dashes, the tagger calling the title an adjective
    ("Le bureau : présidente, Nadège Carrouget – vice-président, Loïc Brunelot – trésorier, Hervé "
     "Guilbaudet.", {("Loïc Brunelot", "vice-président"), ("Hervé Guilbaudet", "trésorier")}),
    # a title between two en dashes, after the name
    ("Josiane Trévillot – vice-présidente du club de tarot – a ouvert la réunion.",
     {("Josiane Trévillot", "vice-présidente")}),
    # the same with hyphens between spaces, as a typewriter dash
    ("Marcel Hautecœur - président de l'amicale - a remercié les donateurs.",
     {("Marcel Hautecœur", "président")}),
    # a caption line: the name, a colon, a bare title
    ("Les nouveaux visages de l'amicale\n\nBlandine Orcelet : présidente de l'amicale depuis "
     "janvier.", {("Blandine Orcelet", "présidente")}),
    # a title coordinated after a plain description of the person (masculine participle noun)
    ("Thierry Barbezieux, retraité et menuisier, a restauré la charpente.",
     {("Thierry Barbezieux", "menuisier")}),
    # the same with an adjective before the description
    ("Lucien Pradelou, jeune retraité et bénévole, tient la buvette chaque dimanche.",
     {("Lucien Pradelou", "bénévole")}),
    # a description with its own complement
    ("Sandrine Vallerot, mère de deux enfants et infirmière, a lancé la collecte.",
     {("Sandrine Vallerot", "infirmière")}),
    # a second title after a span of time
    ("Gilles Marconnet, président du club depuis 2012 et conseiller municipal, a salué les "
     "joueurs.", {("Gilles Marconnet", "président"), ("Gilles Marconnet", "conseiller municipal")}),
])
def test_regional_title_constructions(extract: Callable[..., dict], text: str,
                                      expected: set[tuple[str, str]]) -> None:
    assert expected <= _pairs(extract(text))


# ------------------------------------- a demonstrative title takes up the person named before
@pytest.mark.parametrize(("text", "expected"), [
    # the demonstrative after a short adverbial and its comma
    ("Ludovic Ferragne a appris l'accordéon au conservatoire. Depuis dix ans, cet accordéoniste "
     "anime les bals du canton.", {("Ludovic Ferragne", "accordéoniste")}),
    # a new paragraph the parser joined to the sentence before; the sentence before names others
    # only as companions of its subject
    ("Solène Vaudrey a chanté avec Hugo Brissard, Paul Mercadier et Inès Lafosse...\nDésormais, "
     "cette chanteuse prépare un disque.", {("Solène Vaudrey", "chanteuse")}),
])
def test_a_demonstrative_title_takes_up_the_subject(extract: Callable[..., dict], text: str,
                                                    expected: set[tuple[str, str]]) -> None:
    assert expected <= _pairs(extract(text))


# ------------------------------- "celui qui fut maire": the demonstrative pronoun's antecedent
@pytest.mark.parametrize(("text", "expected"), [
    # in apposition to the name
    ("La commune a salué Armelle Quintane, celle qui fut directrice de l'école.",
     {("Armelle Quintane", "directrice")}),
    # the copula read as a passive auxiliary
    ("Les anciens ont applaudi Roger Béthencourt, celui qui a été président de la fanfare.",
     {("Roger Béthencourt", "président")}),
    # opening the sentence after the one that names him
    ("Roger Béthencourt s'est éteint mardi. Celui qui fut maire de Vanteuil pendant vingt ans "
     "avait 88 ans.", {("Roger Béthencourt", "maire")}),
    # the object of a verb, the one person of that gender named before in the sentence
    ("Très émue, l'oratrice a parlé du travail d'Armelle Quintane, puis a rendu hommage à celle "
     "qui fut secrétaire de l'amicale.", {("Armelle Quintane", "secrétaire")}),
])
def test_celui_qui_fut(extract: Callable[..., dict], text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _pairs(extract(text))


# ------------------------------------ a span of time between a pronoun's copula and the title
@pytest.mark.parametrize(("text", "expected"), [
    ("Roger Béthencourt nous a quittés. Il a été pendant seize ans le trésorier de la fanfare.",
     {("Roger Béthencourt", "trésorier")}),
    ("Armelle Quintane nous a quittés. Elle a été durant trente ans secrétaire de mairie.",
     {("Armelle Quintane", "secrétaire de mairie")}),
])
def test_pronoun_copula_over_a_span_of_time(extract: Callable[..., dict], text: str,
                                            expected: set[tuple[str, str]]) -> None:
    assert expected <= _pairs(extract(text))


def test_a_district_is_not_the_commune_of_a_municipal_office(extract: Callable[..., dict]) -> None:
    """"conseiller municipal de la ville" after "le quartier de X": X is a part of the town, the
    commune is the town named before."""
    text = ("Roger Béthencourt est mort lundi à Vanteuil. Figure du quartier de Bois-Fleuri, il avait "
            "été conseiller municipal de la ville.")
    assert _held(_roles(extract(text)), "Roger Béthencourt", "conseiller municipal") == ["Vanteuil"]


# ----------------------------------------------------- a title's own qualifier is one role
@pytest.mark.parametrize(("text", "person", "title"), [
    ("Bureau : Trésorière adjointe : Corinne Malaval ; secrétaire : Yvon Taillefert.",
     "Corinne Malaval", "trésorière adjointe"),
    ("Vice-présidente adjointe : Muriel Castex.", "Muriel Castex", "vice-présidente adjointe"),
])
def test_a_qualified_title_is_one_role(extract: Callable[..., dict], text: str, person: str,
                                       title: str) -> None:
    assert sorted(r for p, r in _pairs(extract(text)) if p == person) == [title]


# ---------------------------------------------------------------- guards: must not change
@pytest.mark.parametrize(("text", "expected"), [
    # a list of people: the last one's title is not the first one's
    ("Aurélien Castagnol, sa sœur et le maire ont visité l'atelier.", set()),
    # board items separated by em dashes, read as before
    ("Le comité : présidente, Odette Lamarcq — secrétaire, Maëlle Ducasset — trésorier adjoint, Rémi "
     "Poitevaux.", {("Odette Lamarcq", "présidente"), ("Maëlle Ducasset", "secrétaire"),
                    ("Rémi Poitevaux", "trésorier adjoint")}),
    # a masculine qualified title in a list, one role as before
    ("Trésorier adjoint : Fabrice Lemonnier ; secrétaire : Yvon Taillefert.",
     {("Fabrice Lemonnier", "trésorier adjoint"), ("Yvon Taillefert", "secrétaire")}),
    # board items separated by semicolons, as before
    ("Le bureau : président, Aurélien Castagnol ; trésorière, Lise Fontarède.",
     {("Aurélien Castagnol", "président"), ("Lise Fontarède", "trésorière")}),
    # a plain apposition
    ("Lise Fontarède, trésorière adjointe, a présenté les comptes.",
     {("Lise Fontarède", "trésorière adjointe")}),
    # a colon after a name inside a sentence is no caption
    ("Il a écrit à Aurélien Castagnol : président ou pas, il doit répondre.", set()),
    # the sentence before names a person as its object: the demonstrative is not read
    ("Ludovic Ferragne a croisé Hugo Brissard. Depuis, cet accordéoniste anime les bals.", set()),
    # the subject's gender disagrees with the title's
    ("Ludovic Ferragne a chanté avec Solène Vaudrey et Inès Lafosse. Depuis, cette chanteuse "
     "prépare un disque.", set()),
    # two women named before "celle qui": which one is not said
    ("Armelle Quintane et Lucie Daubigny sont arrivées. Celle qui fut institutrice a pris la "
     "parole.", set()),
    # no one named before "celui qui"
    ("Celui qui sera le prochain maire devra agir vite.", set()),
    # two titles coordinated with no span of time, as before
    ("Noémie Ravenel, institutrice et conseillère municipale, a ouvert l'exposition.",
     {("Noémie Ravenel", "institutrice"), ("Noémie Ravenel", "conseillère municipale")}),
])
def test_guards(extract: Callable[..., dict], text: str, expected: set[tuple[str, str]]) -> None:
    assert _pairs(extract(text)) == expected
