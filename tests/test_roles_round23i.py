"""Titles that were missed around the holder's name (round 23i).

Sentences written for this audit, with invented names. Rules of French news writing:

- a state office that holds a portfolio ("secrétaire d'État", "vice-ministre", "sous-secrétaire",
  "ministre") reads its capitalized portfolio with its article as a field, even when the
  model tagged it as a name of several words and a nationality stands between: "le
  secrétaire d'État autrichien aux Affaires européennes, X"; a plural adjective of the plural
  portfolio is no state ("ministre des Affaires européennes" is not the European Union's);
- "auprès de" and a body after the body the holder serves names where he is posted: read
  over up to the name in apposition ("l'envoyé de la Suisse auprès de l'Unesco, X");
- "en charge de" says what "chargé de" says: a portfolio after the title ("l'adjointe en
  charge des écoles, X");
- a noun with its definite article and a short complement of "de" naming a body (by its
  name or its kind: "de l'association", "du club"), then a name between commas that the
  parse reads as an apposition, is the title that name holds, whether the lexicons know the
  noun or not ("Le garde-rivière de l'association, X, a ...");
- a compound title written without its hyphen after its article ("leur deuxième ligne X");
- a second title in apposition keeps its nationality before the name: "sa présidente, la
  juriste suisse X" gives X both titles;
- a German mayor's title is a local title ("le Bürgermeister de Neustadt, X");
- a definite title set after the verb of an incise that follows a quotation ("« ... »,
  soupirait l'entraîneur du club") continues the subject of the sentence before the
  quotation, not the person named most often.

The guard tables hold what must not change.
"""

from collections.abc import Callable

import pytest

from conftest import held_of as _held
from conftest import role_triples as _roles


# ------------------------------------------------- titles now read
@pytest.mark.parametrize(("text", "person", "title", "of"), [
    # a portfolio the model tagged as a name, after a nationality
    ("« Nous ne céderons pas », a prévenu le secrétaire d'État autrichien aux Affaires "
     "européennes, Lukas Oberlinden.", "Lukas Oberlinden", "secrétaire d'état", "Autriche"),
    # the same, a Belgian, before the verb
    ("Le secrétaire d'État belge aux Affaires européennes, Lucien Marbach, a quitté la réunion.",
     "Lucien Marbach", "secrétaire d'état aux affaires européennes", "Belgique"),
    # the post "auprès de" after the state served
    ("« Ce vote est une erreur », a regretté la représentante permanente de la Belgique auprès "
     "de l'ONU, Odile Ferrand, à la sortie de la salle.", "Odile Ferrand", "représentante permanente",
     "Belgique"),
    # "en charge de", a known title before the name
    ("L'adjointe en charge des écoles, Odile Ferrand, a présenté le nouveau restaurant scolaire.",
     "Odile Ferrand", "adjointe en charge des écoles", None),
    # "en charge de" after the name
    ("Bastien Quéré, conseiller en charge du sport, a remis les médailles.", "Bastien Quéré",
     "conseiller en charge du sport", None),
    # an unknown noun with its complement, then the name between commas
    ("Le garde-rivière de l'association, Bastien Quéré, a compté quarante truites cet hiver.",
     "Bastien Quéré", "garde-rivière", None),
    # a Swiss municipal office, unknown, with "en charge de"
    ("Le municipal en charge des écoles, Bastien Quéré, a défendu le budget devant le "
     "conseil.", "Bastien Quéré", "municipal", None),
    # a rugby position without its hyphen, after a possessive
    ("Les visiteurs ont plié pendant l'exclusion temporaire de leur deuxième ligne Bastien Quéré.",
     "Bastien Quéré", "deuxième ligne", None),
    # the same after the article, as subject
    ("Le troisième ligne Lucien Marbach a inscrit le seul essai du match.", "Lucien Marbach",
     "troisième ligne", None),
    # a second title with its nationality, after a possessive title
    ("« Le vote s'est bien passé », a estimé sa cheffe, la juriste suisse Odile Ferrand, devant "
     "la presse.", "Odile Ferrand", "cheffe", None),
    # a title speaking after a quotation continues the subject of the sentence before it
    ("Le FC Vernoy a dominé. Bastien Quéré a ouvert le score, puis Bastien Quéré a doublé la "
     "mise. Dans l'autre camp, Lucien Marbach restait amer. « On a manqué de tout », soupirait "
     "l'entraîneur du RC Frahier.", "Lucien Marbach", "entraîneur", None),
    # a German mayor
    ("Le Bürgermeister de Neustadt, Lukas Wendelmoser, a signé la charte de jumelage.",
     "Lukas Wendelmoser", "bürgermeister", None),
])
def test_a_missed_title_is_read(extract: Callable[..., dict], text: str, person: str, title: str,
                                of: str | None) -> None:
    held = _held(_roles(extract(text)), person, title)
    assert held
    if of is not None:
        assert any(x is not None and of in x for x in held)


# ------------------------------------------------- guards
@pytest.mark.parametrize(("text", "person", "title", "of"), [
    # a minister's singular nationality after the portfolio stays the state
    ("« Nous refusons », a déclaré le ministre des Finances grec, Nikos Marbachis.", "Nikos Marbachis",
     "ministre des finances", "Grèce"),
    # the qualified minister keeps his state
    ("La France a protesté. Le ministre délégué au Commerce, Lucien Marbach, a demandé des "
     "explications.", "Lucien Marbach", "ministre délégué", None),
    # a known profession with its complement, as before
    ("Le sacristain de la paroisse, Bastien Quéré, a sonné les cloches.", "Bastien Quéré",
     "sacristain", None),
    # two titles in apposition, no nationality, as before
    ("Le porte-parole de l'armée, le colonel Lucien Marbach, a démenti.", "Lucien Marbach",
     "porte-parole", None),
])
def test_titles_that_were_read_stay(extract: Callable[..., dict], text: str, person: str, title: str,
                                    of: str | None) -> None:
    held = _held(_roles(extract(text)), person, title)
    assert held
    if of is not None:
        assert any(x is not None and of in x for x in held)


@pytest.mark.parametrize(("text", "person", "title"), [
    # kinship before a name in apposition is no title
    ("Le fils de la victime, Bastien Quéré, a témoigné à la barre.", "Bastien Quéré", "fils"),
    # "en première ligne" is a locution, no rugby position
    ("Le maire est en première ligne face à la crise, a rappelé Lucien Marbach.", "Lucien Marbach",
     "première"),
    # a plural title before a second title is not the named person's
    ("Comme d'autres chefs d'État, la chancelière allemande Odile Ferrand a salué le "
     "vainqueur.", "Odile Ferrand", "chef"),
    # the title speaking after a quotation is not the one named most often before it
    ("Le FC Vernoy a dominé. Bastien Quéré a ouvert le score, puis Bastien Quéré a doublé la "
     "mise. Dans l'autre camp, Lucien Marbach restait amer. « On a manqué de tout », soupirait "
     "l'entraîneur du RC Frahier.", "Bastien Quéré", "entraîneur"),
    # a noun whose complement names no body holds no office
    ("Le cheval de la ferme, Bastien Quéré, a gagné la course.", "Bastien Quéré", "cheval"),
    # a circumstance with its complement holds no office
    ("Le vainqueur de la course, Bastien Quéré, a reçu une coupe.", "Bastien Quéré", "vainqueur"),
    # "en charge de" between commas after a title, no name: nothing
    ("Le maire, en charge de l'enquête, a parlé à Lucien Marbach.", "Lucien Marbach", "maire"),
])
def test_no_title_is_added(extract: Callable[..., dict], text: str, person: str, title: str) -> None:
    assert not _held(_roles(extract(text)), person, title)
