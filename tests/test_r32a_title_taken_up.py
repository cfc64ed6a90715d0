"""Round 32a: a definite title with no name in its sentence takes up a person named before.

- A title of several words ("l'ancien Premier ministre belge") plays its part in its clause by
  its syntactic head ("ministre"), so it is read as the subject it is.
- A title with a status ("le maire sortant") is not barred by the neuter "l'" of a verb of
  saying ("l'a confirmé"): that pronoun takes up what is said, not a person.
- A title in the complement of a noun ("la statue du président syrien") is the person spoken
  of, unless that noun names a person by a tie to him ("la fille de l'ambassadeur", "un proche
  du chef de l'État": titles.json 'kinship', 'person_nouns', 'relation_nouns', or a title).
- A title that names its body ("le sélectionneur de l'équipe de Belgique") is not the same
  office as a title held for another country by its nationality ("le sélectionneur portugais
  X"): it takes up the person just spoken of instead.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import role_triples

Pair = tuple[str, str]

ROWS: list[tuple[str, Pair | None, Pair | None]] = [  # (text, wanted, unwanted)
    # a title of several words, subject after a quotation's sentence
    ("« Nous avons atteint nos limites », a déclaré le directeur, Hervé Lamoureux, lors d'une "
     "conférence de presse. L'ancien Premier ministre belge a demandé une aide à l'Union "
     "européenne.", ("Hervé Lamoureux", "ancien premier ministre"), None),
    # the complement of a thing's noun is the person spoken of
    ("Trois semaines après le début de l'offensive, le régime de Karim Haddad s'est effondré hier. "
     "Une foule a renversé la statue géante du président syrien qui trônait sur la place centrale.",
     ("Karim Haddad", "président"), None),
    # the neuter "l'" of a verb of saying takes nobody up
    ("Après vingt ans à la tête de la commune, Jean Mougenot ne se représentera pas aux élections "
     "de mars. Le maire sortant l'a confirmé lundi soir devant le conseil.",
     ("Jean Mougenot", "maire sortant"), None),
    ("Jean Mougenot a été élu dimanche à la tête de l'amicale. Le nouveau président l'a annoncé "
     "lui-même aux adhérents.", ("Jean Mougenot", "nouveau président"), None),
    # a body named against a nationality: another office
    ("« Ce titre est pour notre peuple », a lancé le sélectionneur portugais Luis Amaral. « On "
     "avait tout pour le faire », a reconnu Paul Mercier. Le sélectionneur de l'équipe de "
     "Belgique a assuré qu'il ne comptait pas partir.",
     ("Paul Mercier", "sélectionneur"), ("Luis Amaral", "sélectionneur de l'équipe de belgique")),
]


# guards, which hold with or without the rules
GUARDS: list[tuple[str, Pair | None, Pair | None]] = [
    # a person's clitic object: somebody else
    ("Après vingt ans à la tête de la commune, Jean Mougenot ne se représentera pas aux élections "
     "de mars. Le maire sortant l'a félicité lundi soir devant le conseil.",
     None, ("Jean Mougenot", "maire sortant")),
    # the complement of a noun of a tie to a person ("un proche du chef de l'État") is another
    ("Jeudi, la commission avait annoncé la victoire de M. Kouadio, crédité de 54 % des voix. Le "
     "Conseil constitutionnel, présidé par Paul Yao Bamba, un proche du chef de l'État sortant, a "
     "annulé les résultats.", None, ("Kouadio", "chef de l'état sortant")),
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
