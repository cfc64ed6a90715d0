"""Roles missed: a portrait names its protagonist again by a bare trade (round 24c).

Sentences written for this audit, with invented names. Rule of French news writing: a
portrait (its headline names one person, named again in the text) takes up its protagonist
by her trade, with a definite article and no name ("La factrice n'a pas caché son émotion",
"Née à Brenoux, la jeune institutrice avait débuté ...", "« ... », a confié la boulangère").
A trade is no office a situation picks out ("le maire" is the town's, "le président" the
club's), so the definite can only take up the person the story is about: when the trade's
form says its gender and it agrees with hers, when she is the last person who could be
meant named before it, and as the subject of a main clause or the speaker after a
quotation (a compound tense too: "», a confié la boulangère").

The guard table holds what must not change: a trade a situation brings in ("le conducteur"),
another person who could be meant named in between, a trade of the other gender, a trade
as an object, no person in the headline, a protagonist who holds an office, an epicene
trade.
"""

from collections.abc import Callable

import pytest

from conftest import role_triples as _roles


def _titles(result: dict, person: str) -> set[str]:
    return {r for p, r, _ in _roles(result) if p == person}


# ------------------------------------------------- the trade takes up the portrait's person
@pytest.mark.parametrize(("text", "person", "title"), [
    # the subject of the next sentence but one
    ("Brenoux : Odile Marny range sa sacoche\n\nOdile Marny, 62 ans, a été fêtée vendredi par "
     "toute l'équipe du centre de tri. Elle partait en tournée chaque matin depuis 1984. La "
     "factrice n'a pas caché son émotion.", "Odile Marny", "factrice"),
    # a participle set before the subject; the age adjective is no part of the trade
    ("Vellerange : Josiane Billot ferme son cahier\n\nLes familles du bourg ont salué mardi le "
     "départ de Josiane Billot. Née à Brenoux, la jeune institutrice avait débuté en 1971 à "
     "l'école du hameau.", "Josiane Billot", "institutrice"),
    # the speaker after a quotation, in a compound tense
    ("Sornay : Monique Duthil passe la main\n\nMonique Duthil a reçu samedi un panier garni de "
     "ses clients fidèles. « Je n'imaginais pas partir un jour », a confié la boulangère.",
     "Monique Duthil", "boulangère"),
    # a man, one sentence with a pronoun in between
    ("Carnet : Gaston Weber, quarante ans d'atelier\n\nGaston Weber a été honoré dimanche par "
     "la municipalité. Il a reçu un rabot ancien. Le menuisier a remercié chacun.",
     "Gaston Weber", "menuisier"),
])
def test_trade_takes_up_protagonist(extract: Callable[..., dict], text: str, person: str,
                                    title: str) -> None:
    assert title in _titles(extract(text), person)


# ------------------------------------------------- guards: no trade for the protagonist
@pytest.mark.parametrize(("text", "person", "title"), [
    # a trade a situation brings in: the driver is someone else
    ("Brenoux : René Thouvenot fauché sur la départementale\n\nRené Thouvenot, 45 ans, a été "
     "blessé samedi près du pont. Le conducteur a pris la fuite.", "René Thouvenot", "conducteur"),
    # another woman named in between
    ("Brenoux : Odile Marny range sa sacoche\n\nOdile Marny a été fêtée vendredi. Sa collègue "
     "Paulette Girard a lu un discours. La factrice a remercié chacun.", "Odile Marny", "factrice"),
    # a trade of the other gender
    ("Brenoux : Odile Marny range sa sacoche\n\nOdile Marny a été fêtée vendredi. Le facteur a "
     "remercié chacun.", "Odile Marny", "facteur"),
    # the trade as an object
    ("Sornay : Monique Duthil passe la main\n\nMonique Duthil a été fêtée samedi. Le maire a "
     "remercié la boulangère au nom de la commune.", "Monique Duthil", "boulangère"),
    # no person in the headline: no portrait
    ("Sornay : une fête au fournil\n\nMonique Duthil a été fêtée samedi. La boulangère a "
     "remercié chacun.", "Monique Duthil", "boulangère"),
    # the protagonist holds an office: the trade may be another's
    ("Vellerange : Gaston Weber renonce\n\nLe maire de Vellerange, Gaston Weber, ne se "
     "représentera pas. L'agriculteur a ouvert la séance.", "Gaston Weber", "agriculteur"),
    # an epicene trade says nothing of whom it stands for
    ("Brenoux : Odile Marny range ses livres\n\nOdile Marny a été fêtée vendredi. La "
     "bibliothécaire a remercié chacun.", "Odile Marny", "bibliothécaire"),
])
def test_trade_guards(extract: Callable[..., dict], text: str, person: str, title: str) -> None:
    assert title not in _titles(extract(text), person)
