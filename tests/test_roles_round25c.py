"""Roles' `of`: a possessive's owner, and a body named between commas after the holder (round 25c).

Sentences written for this audit, with invented names. Rules of French news writing:
- "X, sa présidente, ..." (a possessive title in apposition after its holder's name): the
  holder is no other person whose relation the title would be; the possessive takes up the
  body the sentence before is about, even when the parser ran that sentence into the
  paragraph above it (a paragraph break always ends a sentence);
- a possessive whose owner is a name the entity layer missed ("L'UFL-Habitat dit ... « ... »,
  affirme son président, X") is that name's: the story's one organization named elsewhere
  is no fallback for it;
- "L'association Les Amis de X dit ..." : a body's kind with its name right after it is a
  named subject, even when the parser hung the name elsewhere;
- "le politologue X, de l'Institut Y de Tirlon, ...": the body between commas after the name
  may carry its town;
- "Me X, avocat du prévenu, du barreau de Z, ...": a title held for a client names the
  client in its complement; the body between commas after it is the holder's.

The guard table holds what must not change.
"""

from collections.abc import Callable

import pytest

from conftest import role_triples as _roles


def _of(result: dict, person: str) -> set[str | None]:
    return {o for p, _, o in _roles(result) if p == person}


# ------------------------------------------------- a possessive's owner
@pytest.mark.parametrize(("text", "person", "body"), [
    ("Les élèves ont chanté des airs du Chili et du Pérou. La journée s'est terminée par une "
     "tombola organisée par l'Amicale des parents du Bois-Joli. Murielle Dancourt, sa présidente, "
     "évalue la recette à 1 500 euros.", "Murielle Dancourt", "Amicale des parents du Bois-Joli"),
    ("L'école Jules-Ferry de Bréhaut a présenté un spectacle qui a mené le public du Chili au "
     "Japon. « Les enfants ont adoré », sourit la directrice, Anne Quérel.\n\nLa soirée s'est "
     "prolongée avec la buvette tenue par l'Association des parents de Bréhaut : crêpes, gaufres "
     "et boissons. Sophie Laumet, sa présidente, évoque une recette record.", "Sophie Laumet",
     "Association des parents de Bréhaut"),
])
def test_possessive_after_holder(extract: Callable[..., dict], text: str, person: str, body: str) -> None:
    assert _of(extract(text), person) == {body}


def test_kind_then_name_owner(extract: Callable[..., dict]) -> None:
    text = ("L'association Les Amis du Vieux Lavoir dit suivre le dossier de près. « Nous ne "
            "lâcherons rien sur ce point », affirme son président, Rémi Guillermin.")
    assert _of(extract(text), "Rémi Guillermin") == {"Les Amis du Vieux Lavoir"}


def test_named_owner_not_the_story_body(extract: Callable[..., dict]) -> None:
    text = ("Les loyers grimpent depuis la rénovation du quartier, selon la Caisse d'épargne de "
            "Morlange. Du côté des locataires, l'ALV-Que Dire affirme suivre le dossier avec "
            "attention. « Nous avons noté des hausses sur les charges », déclare son président, "
            "Gaston Verlinde.")
    assert "Caisse d'épargne de Morlange" not in _of(extract(text), "Gaston Verlinde")


# ------------------------------------------------- a body between commas after the holder
@pytest.mark.parametrize(("text", "person", "body"), [
    ("Selon le politologue Ion Rusu, de l'Institut des études sociales de Tirlon, « rien n'est "
     "joué ».", "Ion Rusu", "Institut des études sociales"),
    ("Le politologue Ion Rusu, de l'université Jean-Monnet de Tarbes, estime que la crise va "
     "durer.", "Ion Rusu", "université Jean-Monnet"),
    ("« La crise va durer », estime l'historienne Lucie Garnot, de la Fondation Verlaine de "
     "Chisinau.", "Lucie Garnot", "Fondation Verlaine"),
    ("En défense, Me Hugues Tardieu, avocat du prévenu, du barreau de Besançon, a plaidé la "
     "relaxe.", "Hugues Tardieu", "barreau de Besançon"),
    ("Me Hugues Tardieu, avocat de la victime, du barreau d'Épinal, a demandé des dommages.",
     "Hugues Tardieu", "barreau d'Épinal"),
])
def test_body_between_commas(extract: Callable[..., dict], text: str, person: str, body: str) -> None:
    assert _of(extract(text), person) == {body}


# ------------------------------------------------- guards
@pytest.mark.parametrize(("text", "person", "body"), [
    ("Le Club des aînés de Vaudricourt a fêté ses trente ans. Il compte 80 adhérents. Sa "
     "présidente, Josiane Ferlat, a remercié les bénévoles.", "Josiane Ferlat",
     "Club des aînés de Vaudricourt"),
    ("L'AS Pervilliers a battu le FC Morlange 2-1. Son entraîneur, Denis Ragueneau, savoure.",
     "Denis Ragueneau", "AS Pervilliers"),
    ("Julien Marsac et son entraîneur, Hervé Colliot, ont rejoint le stade de Brémonville.",
     "Hervé Colliot", None),
    ("Le chercheur Tanguy Mével, de Rennes, a présenté ses travaux.", "Tanguy Mével", None),
    ("Selon l'économiste Marine Dubreuil, de l'Observatoire régional de l'emploi, la crise va "
     "durer.", "Marine Dubreuil", "Observatoire régional de l'emploi"),
    ("Me Hugues Tardieu, avocat du prévenu, de Besançon, a plaidé la relaxe.", "Hugues Tardieu",
     None),
])
def test_guards(extract: Callable[..., dict], text: str, person: str, body: str | None) -> None:
    assert _of(extract(text), person) == {body}
