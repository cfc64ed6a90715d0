"""Quotes: a pronoun past an unnamed title of the other gender (round 15o: generality audit).

"X a fêté ses cent ans. Le maire est venu la saluer. Elle garde bonne mémoire. « Je ... »":
the subject of the sentence in between is an unnamed title whose article or form ("le maire",
"la directrice") is of the other gender than the pronoun; it is not whom the pronoun takes up,
so the search goes on to the sentence before. The sentences are written for this audit, with
invented names. The pitfall table holds what must not change: a title of the pronoun's own
gender still stops the search (it may be the one meant), and nobody who fits is no answer.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers


@pytest.mark.parametrize(("text", "speaker"), [
    ("Germaine Paulhiac a fêté ses cent ans mardi à la maison de retraite. Le maire est venu lui offrir "
     "des fleurs. Elle a gardé toute sa tête. « J'ai connu deux guerres et je me souviens de tout », "
     "raconte-t-elle.", "Germaine Paulhiac"),
    ("Raymond Escoulet vient de prendre sa retraite après quarante ans de boulangerie. La directrice de "
     "l'école lui a remis un cadeau. Il n'a pas l'intention de s'ennuyer. « Je vais enfin voyager avec "
     "ma femme », assure-t-il.", "Raymond Escoulet"),
    ("Yvette Bourdarias a ouvert son salon de coiffure en 1982. Le proviseur du lycée l'a "
     "félicitée samedi. Elle ne pense pas encore à passer la main. « Je coiffe les petits-enfants de "
     "mes premières clientes », sourit-elle.", "Yvette Bourdarias"),
    ("Albert Soubiron a reçu la médaille de la ville jeudi. La présidente du comité des fêtes a salué "
     "son engagement. Il était visiblement touché. « Je n'ai fait que mon devoir de bénévole », a-t-il "
     "répondu.", "Albert Soubiron"),
])
def test_a_pronoun_past_a_title_of_the_other_gender(extract: Callable[..., dict], text: str,
                                                     speaker: str) -> None:
    assert _speakers(extract(text)) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # a title of the pronoun's gender: it may be the one meant
    ("Germaine Paulhiac a fêté ses cent ans mardi. La présidente du club est venue la saluer. Elle a "
     "gardé toute sa tête. « J'ai connu deux guerres et je me souviens de tout », raconte-t-elle.", None),
    # nobody of the pronoun's gender named before
    ("Raymond Escoulet a fêté ses cent ans mardi. Le maire est venu lui offrir des fleurs. Elle a gardé "
     "toute sa tête. « J'ai connu deux guerres et je me souviens de tout », raconte-t-elle.", None),
    ("Le maire est venu lui offrir des fleurs. Elle a gardé toute sa tête. « J'ai connu deux guerres et "
     "je me souviens de tout », raconte-t-elle.", None),
    # the title's holder named in the sentence: still the one
    ("Germaine Paulhiac a fêté ses cent ans mardi. Le maire, Bastien Croharé, est venu la saluer. Il a "
     "rappelé son parcours. « C'est une mémoire du village », a-t-il dit.", "Bastien Croharé"),
])
def test_the_search_still_stops(extract: Callable[..., dict], text: str, speaker: str | None) -> None:
    assert _speakers(extract(text)) == [speaker]
