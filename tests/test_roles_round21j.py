"""The `of` of a title whose complement names again a body the text named before (round 21j).

Sentences written for this audit, with invented names. Rules of French news writing:
- a body is often introduced by its kind noun and what qualifies it ("la cave coopérative X",
  "l'association culturelle Y"); "le président de la cave", "de l'association" takes up the
  body that noun introduced, whatever was named in between ('cave', a wine cooperative, is a
  kind noun of a body: models/roles/nationalities.json org_nouns);
- a name that opens with "Les"/"Le" loses its article after "de": "Les Archers de X" becomes
  "le président des Archers de X", the same body; so does the kind noun with a part of the
  name ("le président de la cave des Coteaux" for "la cave coopérative Les Coteaux de X");
- a generic complement ("de la société", "de l'entreprise", "du club", "de l'association")
  never takes up a body of another known kind (models/roles/titles.json body_kinds): a firm
  is no club, a committee no firm; one the text calls by the noun's own kind comes first; and
  none is better than a wrong one.

The guard table holds what must not change.
"""

from collections.abc import Callable

import pytest

from conftest import held_of as _held
from conftest import role_triples as _roles


# ------------------------------------------------- the body the complement names again
@pytest.mark.parametrize(("text", "person", "title", "of"), [
    # "la cave" takes up the cooperative it introduced
    ("La cave coopérative Les Coteaux de Morvillard a clos ses vendanges mardi. Le président de "
     "la cave, Anselme Dutertre, se dit confiant pour le millésime.",
     "Anselme Dutertre", "président", "Coteaux de Morvillard"),
    # the kind noun with an adjective before the name: not the firm named in between
    ("L'association culturelle Les Tréteaux de Vernaz monte une pièce cet hiver. La société "
     "Kervalis prête ses locaux pour les répétitions. Le président de l'association, Romuald "
     "Fercoq, remercie le chef d'entreprise.",
     "Romuald Fercoq", "président", "Tréteaux de Vernaz"),
    # "des Archers de X" is "de" + "Les Archers de X"
    ("Le club Les Archers de Fontbrune a tenu son assemblée générale vendredi à Corvol. Le "
     "président des Archers de Fontbrune, Jérôme Castaing, a présenté le bilan.",
     "Jérôme Castaing", "président", "Archers de Fontbrune"),
    ("La chorale Les Voix du Lignon a donné un concert vendredi à Corvol. La présidente des Voix "
     "du Lignon, Maryse Tallandier, a remercié le public.",
     "Maryse Tallandier", "présidente", "Voix du Lignon"),
    # the kind noun and a part of the name: the cooperative, not a new body nor the firm
    ("La cave coopérative Les Coteaux de Morvillard a clos ses vendanges mardi. La société "
     "Kervalis a livré les cuves. Le président de la cave des Coteaux, Anselme Dutertre, se dit "
     "confiant.", "Anselme Dutertre", "président", "Coteaux de Morvillard"),
    # "du club": the club, not the festival committee named nearer
    ("Le FC Lormeville a gagné son derby samedi. Le comité des fêtes de Vernaz tenait la buvette. "
     "Le président du club, Jérôme Castaing, a offert une tournée.",
     "Jérôme Castaing", "président", "FC Lormeville"),
])
def test_the_complement_takes_up_the_body_named_before(extract: Callable[..., dict], text: str,
                                                       person: str, title: str, of: str) -> None:
    assert any(x is not None and of in x for x in _held(_roles(extract(text)), person, title))


# ------------------------------------------------- no body of the complement's kind: none
@pytest.mark.parametrize(("text", "person", "title"), [
    # an association is no "société"
    ("L'association Les Glaneurs de Brévaine a vidé son grenier dimanche. Le directeur de la "
     "société, Octave Barnier, n'a pas souhaité commenter.", "Octave Barnier", "directeur"),
    # a festival committee is no "entreprise"
    ("Kervalis Industrie a inauguré une ligne de production lundi. Le comité des fêtes de Vernaz "
     "avait installé un barnum. Le directeur de l'entreprise, Ludovic Pellerin, a salué les élus.",
     "Ludovic Pellerin", "directeur"),
])
def test_no_body_of_the_complements_kind_gives_none(extract: Callable[..., dict], text: str,
                                                    person: str, title: str) -> None:
    assert _held(_roles(extract(text)), person, title) == [None]


# ------------------------------------------------- guards
@pytest.mark.parametrize(("text", "person", "title", "of"), [
    # a mayor of a town stays the town's, whatever firm was named
    ("La société Ramondel Plasturgie recrute quinze opérateurs. Ghislaine Aubertin, maire de "
     "Vernaz, s'en félicite.", "Ghislaine Aubertin", "maire", "Vernaz"),
    # the association named before
    ("L'association Les Glaneurs de Brévaine a vidé son grenier dimanche. La présidente de "
     "l'association, Noémie Castagnac, est satisfaite.",
     "Noémie Castagnac", "présidente", "Glaneurs de Brévaine"),
    # a short form the entity layer links
    ("L'entreprise Castelbrun Charpente a livré la nouvelle halle jeudi. Le gérant de "
     "Castelbrun, Rodolphe Vasseur, est fier de ses compagnons.",
     "Rodolphe Vasseur", "gérant", "Castelbrun Charpente"),
    # a firm introduced by its kind noun, past an association
    ("La société Ramondel Plasturgie a ouvert ses portes samedi. L'amicale des pompiers de Vernaz "
     "tenait un stand. La directrice de la société, Ghislaine Aubertin, a guidé les visiteurs.",
     "Ghislaine Aubertin", "directrice", "Ramondel Plasturgie"),
])
def test_guards(extract: Callable[..., dict], text: str, person: str, title: str, of: str | None) -> None:
    got = _held(_roles(extract(text)), person, title)
    assert got
    assert all(x is None for x in got) if of is None else any(x is not None and of in x for x in got)
