"""Roles, round 22o: a one-word title after the comma that closes a person's apposition, when
the word is also a verb in the present and an article, a pronoun or "que" follows it, is the
verb of the sentence ("X, conseillère municipale de Y, juge que ..."), not a second title of X.
Sentences and names are invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest


def _titles(result: dict, name: str) -> list[str]:
    ents = {e["id"]: e["name"] for e in result["entities"]}
    return sorted(f["role"] for f in result["facts"] if f["type"] == "role" and ents.get(f["person"]) == name)


VERBS = [
    ("Odile Varnier, conseillère départementale du canton de Breuil, juge que la route reste dangereuse.",
     "Odile Varnier", ["conseillère départementale"]),
    ("Gaston Reboul, adjoint aux finances de Marcilly, juge la hausse des tarifs excessive.",
     "Gaston Reboul", ["adjoint aux finances"]),
    ("Le maire de Pontvallain, Armand Lequeux, juge que la dépense est inutile.",
     "Armand Lequeux", ["maire"]),
    ("Romane Tissot, présidente du comité de jumelage, pilote le projet depuis l'automne.",
     "Romane Tissot", ["présidente"]),
    ("Basile Fournel, trésorier de l'amicale laïque, arbitre les rencontres du samedi.",
     "Basile Fournel", ["trésorier"]),
    ("Inès Garandeau, directrice de la médiathèque, pilote son équipe avec douceur.",
     "Inès Garandeau", ["directrice"]),
    ("Firmin Quesnel, ancien maire, juge qu'il faut attendre.",
     "Firmin Quesnel", ["ancien maire"]),
    # right after the name, no comma
    ("Le président du syndicat des eaux Lucien Parmentier juge que le prix doit baisser.",
     "Lucien Parmentier", ["président"]),
    ("Agathe Sorbier juge que le chantier a pris trop de retard.",
     "Agathe Sorbier", []),
]

GUARDS = [
    # a real second title: its complement opens with a preposition, or nothing follows
    ("Solène Berthaud, conseillère municipale de Vaudrey, juge des enfants à Dole, a pris la parole.",
     "Solène Berthaud", ["conseillère municipale", "juge des enfants"]),
    ("Aurélien Massot, adjoint au maire de Lorcy, pilote de ligne, a présidé la séance.",
     "Aurélien Massot", ["adjoint au maire", "pilote de ligne"]),
    ("Clarisse Vernet, juge au tribunal de Vesoul, a rendu sa décision lundi.",
     "Clarisse Vernet", ["juge"]),
    ("Timothée Rambert juge d'instruction à Gray a entendu les témoins.",
     "Timothée Rambert", ["juge d'instruction"]),
    ("Le juge Hector Maubert a renvoyé l'affaire au mois de juin.",
     "Hector Maubert", ["juge"]),
    ("Noé Castaing, garde champêtre de Fléville, a dressé trois procès-verbaux.",
     "Noé Castaing", ["garde champêtre"]),
]


@pytest.mark.parametrize(("text", "name", "titles"), VERBS + GUARDS)
def test_verb_after_apposition(extract: Callable[..., dict], text: str, name: str, titles: list[str]) -> None:
    assert _titles(extract(text), name) == titles
