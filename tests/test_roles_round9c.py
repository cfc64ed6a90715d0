"""Roles, round 9c of issue 12: the `of` of a role on text nobody tuned on. A municipal office
coordinated with a second title keeps its commune; a possessive after a quotation stands for
the body of the narrative, not for a subject inside the speaker's words; a possessive after a
passive sentence stands for its agent; "le directeur du festival" takes up the festival named
before even when the entity layer did not type it a body; a body's kind and its trade's
acronym ("du groupe de BTP X") come before its name; "le ministre" with no portfolio is the
minister of the one ministry the story names; "le club" is never the league it plays in;
"commandant la compagnie de X" is a participle whose object is the body commanded; a bare
"directeur", "directrice" is an office of the body the story is about, like "président"; a
post in the town hall ("secrétaire de mairie") is held in the commune.
Sentences written for these tests; rows give (person, role, of), `of` None meaning the role
must have no organization or place."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from test_roles import roles_of
from test_roles_round5 import assert_of

COORDINATED = [
    # a municipal office names its own body: it never takes the next title's complement
    ("Le conseil municipal de Vaubexy s'est réuni lundi. Mme Odile Marchal, conseillère municipale "
     "et déléguée au syndicat des eaux de la Vôge, a présenté les travaux.",
     [("Odile Marchal", "conseillère municipale", "Vaubexy"),
      ("Odile Marchal", "déléguée", "syndicat des eaux de la Vôge")]),
    ("Le conseil municipal de Bult s'est réuni jeudi. M. Paul Henry, maire et président de la "
     "communauté de communes de la Vôge, a ouvert la séance.",
     [("Paul Henry", "maire", "Bult"),
      ("Paul Henry", "président", "communauté de communes de la Vôge")]),
    # two offices of one body still share it
    ("L'amicale des pêcheurs de Rupt a tenu son assemblée. M. Luc Didier, président et fondateur "
     "de l'amicale des pêcheurs de Rupt, a remercié les bénévoles.",
     [("Luc Didier", "président", "amicale des pêcheurs de Rupt"),
      ("Luc Didier", "fondateur", "amicale des pêcheurs de Rupt")]),
]


POSSESSIVE = [
    # the quotation's own subjects ("cela", "nous") are the speaker's words, not the owner
    ("La Fédération des loueurs de vélos (FLV) a réclamé une aide de l'État. \"Nos adhérents ont "
     "perdu la moitié de leurs clients, cela ne peut plus durer\", a expliqué son délégué général, "
     "Hervé Lambert.",
     [("Hervé Lambert", "délégué général", "Fédération des loueurs de vélos")]),
    ("L'Union des commerçants de Mirecourt (UCM) prépare la braderie. « Nous attendons plus de "
     "cent exposants cette année », annonce sa présidente, Mme Aline Thouvenin.",
     [("Aline Thouvenin", "présidente", "Union des commerçants de Mirecourt")]),
    # a passive sentence: its agent acts, and the possessive stands for it
    ("Les inscriptions seront gérées par l'Office municipal des sports (OMS). Sa directrice, "
     "Mme Julie Poirot, précise que les dossiers sont à rendre avant juin.",
     [("Julie Poirot", "directrice", "Office municipal des sports")]),
]


BODY = [
    # a definite body noun takes up a name the entity layer left untyped that opens with it
    ("Le Festival de Gérardmer a fermé ses portes dimanche. « Le public a répondu présent malgré "
     "la neige », a estimé le directeur du festival, Paul Gremillet.",
     [("Paul Gremillet", "directeur", "Festival de Gérardmer")]),
    ("Le Festival international de géographie s'ouvre vendredi à Saint-Dié. La présidente du "
     "festival, Mme Claire Humbert, attend 50 000 visiteurs.",
     [("Claire Humbert", "présidente", "Festival international de géographie")]),
    # the kind, the trade's acronym, then the firm's own name
    ("Marchés publics : l'ancien PDG de Lorbat condamné\nMETZ, 3 mars (AFP) - Le tribunal a "
     "condamné lundi Jean Collignon, ancien PDG du groupe de BTP Lorbat, à un an de prison "
     "avec sursis.",
     [("Jean Collignon", "ancien PDG", "Lorbat")]),
    # a festival with none named before: no body
    ("Le directeur du festival, Paul Gremillet, a remercié le public.",
     [("Paul Gremillet", "directeur", None)]),
]


MINISTRY = [
    ("Le ministère de l'Agriculture a annoncé mardi une aide de 20 millions d'euros aux éleveurs. "
     "« Personne ne sera laissé de côté », a assuré le ministre, Paul Lambert.",
     [("Paul Lambert", "ministre", "ministère de l'Agriculture")]),
    # two ministries named: none is chosen
    ("Le ministère de la Culture a validé le rachat. La ministre, Anne Picard, s'est dite "
     "satisfaite. Le ministère de l'Intérieur n'a pas réagi.",
     [("Anne Picard", "ministre", None)]),
    # a portfolio of its own is no bare "ministre"
    ("Le ministère des Sports a publié le calendrier. Le ministre de la Santé, Luc Bertin, a salué "
     "l'accord.", [("Luc Bertin", "ministre de la Santé", None)]),
]


@pytest.mark.parametrize(("text", "expected"), MINISTRY, ids=[c[0][:40] for c in MINISTRY])
def test_a_bare_minister_of_the_one_ministry_named(extract: Callable[..., dict], text: str,
                                                   expected: list[tuple[str, str, str | None]]) -> None:
    got = roles_of(extract(text))
    person, role, of = expected[0]
    match = [g for g in got if g[0] == person and g[1].lower() == role.lower()]
    assert match, got
    if of is None:
        assert match[0][2] is None or not match[0][2].startswith("ministère"), match
    else:
        assert match[0][2] == of, match


LEAGUE = [
    # the league is named more often than the club, yet "le club" takes up the club
    ("L'AS Nancy-Lorraine a fini quatrième de la Ligue 2. La Ligue 2 a publié le classement hier "
     "et la Ligue 2 reprendra en août. Le président du club, Paul Martel, a salué la saison.",
     [("Paul Martel", "président", "AS Nancy-Lorraine")]),
]


COMMANDING = [
    ("Le lieutenant-colonel Marc Hennequin, commandant le groupement de gendarmerie des Vosges, "
     "a présenté le bilan.", [("Marc Hennequin", "commandant", "groupement de gendarmerie des Vosges")]),
    ("La capitaine Sophie Barbier, commandant la compagnie de gendarmerie de Sarralbe, a ouvert "
     "l'enquête.", [("Sophie Barbier", "commandant", "compagnie de gendarmerie de Sarralbe")]),
    # a noun complement, no object: no body
    ("Paul Roy, commandant de bord, a posé l'avion sans encombre.",
     [("Paul Roy", "commandant de bord", None)]),
]


DIRECTOR = [
    ("Rentrée au collège Jules-Verne de Bruyères. Le collège Jules-Verne accueille 420 élèves cette "
     "année. Mme Sylvie Marchal, directrice, a présenté les nouveaux enseignants.",
     [("Sylvie Marchal", "directrice", "collège Jules-Verne")]),
    # no body named: none
    ("La rentrée s'est bien passée. Mme Sylvie Marchal, directrice, a présenté les nouveaux "
     "enseignants.", [("Sylvie Marchal", "directrice", None)]),
]


TOWN_HALL = [
    ("Darney : départ en retraite à la mairie\nLe maire, M. Paul Vautrin, a rendu hommage à "
     "Mme Odile Perrin, secrétaire de mairie, qui part après trente ans de service.",
     [("Odile Perrin", "secrétaire de mairie", "Darney")]),
    ("Le conseil municipal de Hennecourt s'est réuni lundi. Mme Odile Perrin, secrétaire de "
     "mairie, a lu le compte rendu.", [("Odile Perrin", "secrétaire de mairie", "Hennecourt")]),
    ("Mme Odile Perrin, secrétaire de mairie, a lu le compte rendu.",
     [("Odile Perrin", "secrétaire de mairie", None)]),
]


# one test over the tables of (person, role, of) rows above, each named after its construction
OF_TABLES = {
    "a municipal office keeps its commune": COORDINATED,
    "a possessive reads the narrative": POSSESSIVE,
    "the body a complement names": BODY,
    "a club is not its league": LEAGUE,
    "a participle commands its object": COMMANDING,
    "a bare director of the story's body": DIRECTOR,
    "a town hall post is held in the commune": TOWN_HALL,
}
OF_ROWS = [(name, text, expected) for name, table in OF_TABLES.items() for text, expected in table]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in OF_ROWS],
                         ids=[f"{r[0]}: {r[1][:30]}" for r in OF_ROWS])
def test_the_office_and_its_body(extract: Callable[..., dict], text: str,
                                 expected: list[tuple[str, str, str | None]]) -> None:
    assert_of(roles_of(extract(text)), expected, exact=True)
