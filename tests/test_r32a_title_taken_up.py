"""Round 32a: a definite title with no name in its sentence takes up a person named before.

- A title of several words ("l'ancien Premier ministre belge") plays its part in its clause by
  its syntactic head ("ministre"), so it is read as the subject it is.
- A title with a status ("le maire sortant") is not barred by the neuter "l'" of a verb of
  saying ("l'a confirmé"): that pronoun takes up what is said, not a person.
- A title in the complement of a noun ("la statue du président moldave") is the person spoken
  of, unless that noun names a person by a tie to him ("la fille de l'ambassadeur", "un allié
  du ministre": titles.json 'kinship', 'person_nouns', 'relation_nouns', or a title).
- A title that names its body ("le sélectionneur de la Belgique") is not the same
  office as a title held for another country by its nationality ("le sélectionneur chilien
  X"): it takes up the person just spoken of instead.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import role_triples

Pair = tuple[str, str]

ROWS: list[tuple[str, Pair | None, Pair | None]] = [  # (text, wanted, unwanted)
    # a title of several words, subject after a quotation's sentence
    ("« Nous avons atteint nos limites », a déclaré le directeur, Hervé Lacassagne, lors d'une "
     "conférence de presse. L'ancien Premier ministre belge a demandé une aide à l'Union "
     "européenne.", ("Hervé Lacassagne", "ancien premier ministre"), None),
    # the complement of a thing's noun is the person spoken of
    ("Deux mois après les premières grèves, le pouvoir de Karim Haddad est tombé dimanche. "
     "Des manifestants ont abattu la statue en bronze du président moldave devant la mairie.",
     ("Karim Haddad", "président"), None),
    # the neuter "l'" of a verb of saying takes nobody up
    ("Élu depuis 1995, Jean Mourlevat ne briguera pas de quatrième mandat au printemps. "
     "Le maire sortant l'a confirmé mardi à ses adjoints.",
     ("Jean Mourlevat", "maire sortant"), None),
    ("Après deux mandats, Odile Brassac ne se représentera pas en mars. La maire sortante l'a "
     "promis à ses électeurs dès 2014.", ("Odile Brassac", "maire sortante"), None),
    ("Jean Mourlevat a été élu dimanche à la tête de l'amicale. Le nouveau président l'a annoncé "
     "lui-même aux adhérents.", ("Jean Mourlevat", "nouveau président"), None),
    # a body named against a nationality: another office
    ("« Cette coupe revient à nos supporters », a déclaré le sélectionneur chilien Luis Amaral. "
     "« Nous méritions mieux », a admis Paul Mercier. Le sélectionneur de la Belgique a indiqué "
     "qu'il resterait en poste.",
     ("Paul Mercier", "sélectionneur"), ("Luis Amaral", "sélectionneur de la belgique")),
]


# guards, which hold with or without the rules
GUARDS: list[tuple[str, Pair | None, Pair | None]] = [
    # a person's clitic object: somebody else
    ("Élu depuis 1995, Jean Mourlevat ne briguera pas de quatrième mandat au printemps. "
     "Le maire sortant l'a félicité mardi devant ses adjoints.",
     None, ("Jean Mourlevat", "maire sortant")),
    # the complement of a noun of a tie to a person ("un allié du ministre") is another
    ("Lundi, la commission électorale avait donné M. Dagbo vainqueur avec 52 % des suffrages. La "
     "Cour suprême, présidée par Marc Ehui Tanoh, un allié du chef de l'État sortant, a "
     "invalidé le scrutin.", None, ("Dagbo", "chef de l'état sortant")),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), ROWS + GUARDS)
def test_title_taken_up(extract: Callable[..., dict], text: str,
                        wanted: Pair | None, unwanted: Pair | None) -> None:
    triples = role_triples(extract(text))
    pairs = {(person, role) for person, role, _ in triples}
    if wanted is not None:
        assert wanted in pairs
    if unwanted is not None:
        assert unwanted not in pairs
