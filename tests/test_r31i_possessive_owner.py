"""Round 31i: a possessive title takes the body of the sentence before.

"Son directeur", "sa présidente", "son représentant" stand for the body the clause before
is about. Three shapes where the owner was lost or another body taken:

- the body speaks in the incise after a quotation ("« ... », a répondu la société dans une
  lettre. Son président, X"): the parser reads the inverted subject as the
  verb's object, and a phrase of the verb after it ("dans un communiqué") is no part of it;
- the subject is an organ of the body ("La direction de l'usine", "Le conseil
  d'administration de la société"): the body its de-complement names is the owner;
- a place after the possessive title ("X, son représentant en Bretagne") is the area of
  the office, never its body: the possessive's owner is.

A relative pronoun subject ("X, qui compte 45 salariés, ...") takes up the name before its
comma; a title held for a client ("son avocat") takes its owner when the clause's subject
names a body (never the one body of the sentence before: "leur avocate" of plaintiffs).

Working dev texts: own-654, own-658 (own_dev11), own-710, own-718 (own_dev12).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import held_of, role_triples

ROWS = [  # (text, person, title, the `of` expected)
    # the inverted subject of an incise, with a phrase of the verb after it
    ("La Commission de régulation a ouvert mardi une enquête sur la société Bellerive. « Les "
     "faits sont sérieux », a indiqué la présidente de la Commission, Anne Morel. Bellerive "
     "conteste. « Nous n'avons rien à cacher », a répondu la société dans une lettre aux "
     "salariés. Son président, Marc Tessier, a demandé à être entendu.",
     "Marc Tessier", "président", "Bellerive"),
    ("Le tribunal administratif de Dijon a rejeté le recours de l'association Les Amis du Canal. "
     "« Ce jugement est incompréhensible », a réagi l'association dans un communiqué. Sa "
     "présidente, Hélène Costa, envisage un appel.",
     "Hélène Costa", "présidente", "Les Amis du Canal"),
    # an organ of the body as the subject
    ("Le collège Victor-Hugo de Melun ouvre une classe de théâtre. La direction du collège "
     "attend vingt élèves. Son directeur, Paul Marchal, se dit confiant.",
     "Paul Marchal", "directeur", "collège Victor-Hugo de Melun"),
    ("La société Lumivert, installée à Brest, emploie 80 personnes. Le conseil d'administration "
     "de la société a validé le plan. Son président, Yves Le Goff, parle d'un tournant.",
     "Yves Le Goff", "président", "Lumivert"),
    # a relative pronoun subject takes up the name before its comma; a client's title ("son
    # avocat") then takes the body its clause's subject names
    ("Le parquet de Rennes a requis une amende contre la société Ardivel. La société Ardivel, "
     "qui emploie 300 salariés, a contesté les faits devant le tribunal, selon son avocat, Me "
     "Paul Vernet.",
     "Paul Vernet", "avocat", "Ardivel"),
    ("Mardi, le tribunal de commerce de Lille a validé le plan de reprise. L'imprimerie "
     "Delcourt, qui compte 45 salariés, sera reprise par le groupe Nordis, a précisé sa "
     "directrice, Anne Vasseur.",
     "Anne Vasseur", "directrice", "imprimerie Delcourt"),
    # a place after the possessive title: the area of the office
    ("Le syndicat Sud Rail, qui a soutenu les grévistes, salue la décision. « C'est une "
     "victoire », affirme Karim Lahlou, son représentant en Bretagne.",
     "Karim Lahlou", "représentant", "Sud Rail"),
    ("L'association Terre d'Accueil, qui gère trois foyers, a obtenu une subvention. « Cet "
     "argent arrive à temps », se réjouit Sylvie Morel, sa déléguée en Normandie.",
     "Sylvie Morel", "déléguée", "Terre d'Accueil"),
]


@pytest.mark.parametrize(("text", "person", "title", "body"), ROWS)
def test_possessive_owner(extract: Callable[..., dict], text: str, person: str, title: str,
                          body: str) -> None:
    assert held_of(role_triples(extract(text)), person, title) == [body]


def test_client_title_of_people_stays_bare(extract: Callable[..., dict]) -> None:
    """Guard (held before this round too): "leur avocate" of people takes no body the
    sentence before names."""
    text = ("Les salariés ont gagné contre la société Brévia devant les prud'hommes. « C'est une "
            "victoire », s'est félicitée leur avocate, Me Anne Roux.")
    assert held_of(role_triples(extract(text)), "Anne Roux", "avocate") == [None]
