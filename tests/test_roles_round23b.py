"""Roles, round 23b: the body of a title opened by a possessive ("son", "sa") that names none
of its own. (1) A complement with no article names the kind of the office, not a body
("présidente de groupe", "chef d'équipe", "directeur de projet"): the possessive's owner, the
body the sentence before is about, still holds it. (2) When the sentence before names one
organization and no person, a relative pronoun subject there ("qui gère ...") takes up a noun
of that sentence and is no person who could own the title: the organization owns it. (3) A
plant or firm noun alone ("le directeur de l'usine", "de l'établissement", "de l'entreprise")
takes up the firm the story names, never a trade union named beside it: a union runs no plant;
"le directeur du site" takes up the one such firm the story names (none when several).
Sentences and names are invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest


def _roles(result: dict) -> list[tuple[str, str, str | None]]:
    ents = {e["id"]: e["name"] for e in result["entities"]}
    return sorted((ents[f["person"]], f["role"], ents.get(f["of"]))
                  for f in result["facts"] if f["type"] == "role")


FIXES = [
    # a possessive, then a title whose complement has no article
    ("Le parti Renouveau lorrain a voté contre le budget lundi soir. Sa présidente de groupe, "
     "Josiane Perrotet, a présenté les chiffres.",
     ("Josiane Perrotet", "présidente de groupe", "Renouveau lorrain")),
    ("La société Brelotex a inauguré hier sa nouvelle chaîne à Vaudrecourt. Son directeur "
     "d'usine, Paul Gremaux, a guidé les visiteurs.", ("Paul Gremaux", "directeur d'usine", "Brelotex")),
    ("La société Maxibrico ouvre un point de vente à Lorval. Selon son directeur de magasin, "
     "Paul Gremaux, quinze postes sont à pourvoir.", ("Paul Gremaux", "directeur de magasin", "Maxibrico")),
    ("L'association Les Amis de Varandeuil a présenté son programme samedi. Son président de "
     "section, Marc Lefort, a détaillé le calendrier.",
     ("Marc Lefort", "président de section", "Les Amis de Varandeuil")),
    ("Le FC Montbrelin a terminé la saison à la troisième place. Sa présidente de groupe, "
     "Josiane Perrotet, a présenté les chiffres.",
     ("Josiane Perrotet", "présidente de groupe", "FC Montbrelin")),
    # the sentence before: one organization, a relative pronoun as a second subject
    ("La préfecture de l'Oise a publié ses chiffres lundi. Trois blessés ont été recensés, selon "
     "l'association Secours Vert de Brimont, qui gère un refuge à Lorval. Sa porte-parole, "
     "Ingrid Marvik, a réclamé des moyens.",
     ("Ingrid Marvik", "porte-parole", "Secours Vert de Brimont")),
    ("Le tribunal de Sarrelieu a rendu sa décision. Deux familles ont été relogées, d'après la "
     "fondation Abri Commun, qui suit le dossier depuis mars. Son directeur, Marc Lefort, s'en "
     "est félicité.", ("Marc Lefort", "directeur", "Abri Commun")),
    # a plant noun taken up beside a union: the firm's
    ("Les Tissages de Mirbelle ferment leurs portes. La direction a annoncé hier aux 80 salariés "
     "la fin de l'activité. La CGT dénonce une décision brutale. Le patron de l'usine, Paul "
     "Gremaux, se dit très affecté.", ("Paul Gremaux", "patron", "Tissages de Mirbelle")),
    ("La société Brelotex va fermer son usine de Lorval. Le syndicat Force ouvrière dénonce une "
     "décision brutale. Le directeur de l'établissement, Paul Gremaux, se dit très affecté.",
     ("Paul Gremaux", "directeur", "Brelotex")),
    # "du site": the one firm named before (a union aside); the site stays in the title, as
    # the annotation writes it ("directeur du site"; round 23m)
    ("La société Brelotex va fermer son atelier de Lorval. La CGT dénonce une décision brutale. "
     "Le directeur du site, Paul Gremaux, se dit très affecté.",
     ("Paul Gremaux", "directeur du site", "Brelotex")),
    ("Les Tissages de Mirbelle ferment leurs portes. Le chef du site, Paul Gremaux, se dit très "
     "affecté.", ("Paul Gremaux", "chef du site", "Tissages de Mirbelle")),
]

GUARDS = [
    # a person owns the possessive: no body
    ("Paul Gremaux a quitté le club. Son chef d'équipe, Marc Lefort, reprend la main.",
     [("Marc Lefort", "chef d'équipe", None)]),
    # a subject pronoun standing for a person in the sentence before: no body
    ("La préfecture de l'Oise a publié ses chiffres lundi. Il a été reçu par la société Travaux "
     "Merlaud, qui gère le chantier. Son directeur technique, Paul Gremaux, a réclamé des moyens.",
     [("Paul Gremaux", "directeur technique", None)]),
    # with no possessive, a title of a kind names no body
    ("Le parti Renouveau lorrain a voté contre le budget lundi soir. La présidente de groupe, "
     "Josiane Perrotet, a présenté les chiffres.",
     [("Josiane Perrotet", "présidente de groupe", None)]),
    # a possessive and a plain title, as before
    ("La société Brelotex a inauguré hier sa nouvelle chaîne à Vaudrecourt. Son directeur, "
     "Paul Gremaux, a guidé les visiteurs.", [("Paul Gremaux", "directeur", "Brelotex")]),
    # the union's own officer stays the union's
    ("La société Brelotex va fermer son usine de Lorval. La CGT dénonce une décision brutale. Le "
     "secrétaire du syndicat, Paul Gremaux, appelle à la grève.", [("Paul Gremaux", "secrétaire", "CGT")]),
    ("La société Brelotex va fermer son usine de Lorval. La CFDT dénonce une décision brutale. "
     "Paul Gremaux, directeur de l'entreprise, se dit très affecté.",
     [("Paul Gremaux", "directeur", "Brelotex")]),
    # "du site de X": the site's town, as before
    ("La société Brelotex va fermer un atelier. Le directeur du site de Lorval, Paul Gremaux, se "
     "dit très affecté.", [("Paul Gremaux", "directeur du site", "Lorval")]),
    # "du site" with only a public institution named: no body
    ("Le tribunal de Lorval a jugé l'affaire. Le responsable du site, Paul Gremaux, a témoigné.",
     [("Paul Gremaux", "responsable du site", None)]),
]


@pytest.mark.parametrize(("text", "role"), FIXES)
def test_possessive_title_body(extract: Callable[..., dict], text: str,
                               role: tuple[str, str, str | None]) -> None:
    assert role in _roles(extract(text))


@pytest.mark.parametrize(("text", "roles"), GUARDS)
def test_possessive_title_guards(extract: Callable[..., dict], text: str,
                                 roles: list[tuple[str, str, str | None]]) -> None:
    assert _roles(extract(text)) == roles
