"""Organizations' names that run on over the sentence's verb (round 22r).

The model's ORG span, and the institution spans built from the parse, may run past a complete
name into the verb after it when the tagger reads that verb as an adjective or a participle
("la Cour des comptes" + "critique la gestion", "du ministère de la Santé" + "cité par"). A
word inside a name is never straight followed by an article or a possessive (inside a name
those follow a preposition: "Maison de la culture"), and a participle with its agent ("par")
or agreeing with the name's head rather than with the capitalized word before it is the
clause's. Names ending in an adjective or a participle of their own stay whole.
"""

from collections.abc import Callable

import pytest


def _orgs(result: dict) -> list[str]:
    return [m["text"] for e in result["entities"] if e["type"] == "organization" for m in e["mentions"]]


@pytest.mark.parametrize(("text", "name"), [
    ("Mardi, la Cour des comptes critique la gestion du syndicat des eaux de Brévillon.", "Cour des comptes"),
    ("Depuis janvier, la Cour des comptes critique ses retards de paiement.", "Cour des comptes"),
    ("Mardi, le ministère de la Santé critique la réforme des urgences.", "ministère de la Santé"),
    ("Depuis lundi, la Chambre régionale des comptes critique une dépense de la commune.",
     "Chambre régionale des comptes"),
    ("Mardi, le conseil départemental du Cantal critique le projet de rocade.",
     "conseil départemental du Cantal"),
    ("Un avis du ministère de la Santé cité par l'AFP a été publié jeudi.", "ministère de la Santé"),
    ("Un rapport de la Cour des comptes visé par une plainte a été retiré jeudi.", "Cour des comptes"),
    ("Le bilan de la Fédération française de cyclisme cité par la presse locale reste flatteur.",
     "Fédération française de cyclisme"),
])
def test_a_name_ends_before_its_verb(extract: Callable[..., dict], text: str, name: str) -> None:
    orgs = _orgs(extract(text))
    assert name in orgs, orgs


@pytest.mark.parametrize(("text", "name"), [
    # guards: names that end in an adjective or a participle of their own
    ("Le Secours populaire organise une collecte samedi à Brévillon.", "Secours populaire"),
    ("Les Restos du cœur ouvrent leur campagne lundi à Brévillon.", "Restos du cœur"),
    ("Le Conseil supérieur de l'audiovisuel a rendu son avis mardi.", "Conseil supérieur de l'audiovisuel"),
    ("Selon l'Agence France-Presse, le bilan reste lourd à Brévillon.", "Agence France-Presse"),
    ("Le Conseil de sécurité des Nations unies se réunit jeudi.", "Conseil de sécurité des Nations unies"),
    ("Les Nations unies demandent un cessez-le-feu immédiat.", "Nations unies"),
    # the name is the object of a preposition: the article after it opens the verb's object
    ("La ministre lira devant l'Assemblée générale des Nations unies une déclaration commune.",
     "Assemblée générale des Nations unies"),
    ("L'Amicale des anciens déportés tient son assemblée samedi à Brévillon.",
     "Amicale des anciens déportés"),
])
def test_a_name_keeps_its_own_last_word(extract: Callable[..., dict], text: str, name: str) -> None:
    orgs = _orgs(extract(text))
    assert name in orgs, orgs
