"""Quoted fragments with no verb of their own, kept only when their speaker is found (round 27j).

A phrase in marks with no finite verb ("a jugé le vote « un signal inquiétant »") is a quotation
only when the reader finds who says it; else it is taken for a name or a label and dropped.
The working misses of that class all failed at the speaker, not at the marks. Steps fixed:
- "La délégation de l'Union X a jugé « ... »": a subject noun of an organ, a delegation or a
  staff of a body (models/quotes.json 'organ_nouns'), with the body named in its complement:
  the body speaks, as "la direction de X" already did (np_speaker);
- "X, l'une des fondatrices du collectif, a dénoncé « ... »": the parser may take "l'un",
  "l'une" set after the name's comma for the subject and hang the name elsewhere; the name
  before the apposition speaks (verb_subject, one_of_apposed).
Guards: a title of a work, a nickname, a slogan on a sign stay no quotation; an organ noun with
a person's name after it, or no body named, gives no body; a plain "X, 54 ans, a dit" still reads.
The sentences are written for this test, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # an organ of a body, the body named in its complement, a fragment with no verb
    ("L'Union des maires ruraux a tenu son congrès samedi à Lormeuil. La délégation de l'Union "
     "des maires ruraux a jugé la réforme « un signal très inquiétant pour toute la vallée ».",
     ["Union des maires ruraux"]),
    ("La Fédération bretonne de pétanque a réuni ses clubs. Le bureau de la Fédération bretonne "
     "de pétanque a qualifié le calendrier de « totalement irréaliste pour les petits clubs ».",
     ["Fédération bretonne de pétanque"]),
    ("Une mission d'observation de l'Alliance des Cantons Verts a estimé le vote « globalement "
     "fidèle aux règles fixées par la loi électorale ».", ["Alliance des Cantons Verts"]),
    # ... and a full clause, no longer left with no speaker
    ("Le secrétariat du Syndicat des apiculteurs du Vercors a réagi lundi : « Nous ne lâcherons "
     "rien sur ce dossier. »", ["Syndicat des apiculteurs du Vercors"]),
])
def test_organ_of_a_body_speaks_for_it(extract: Callable[..., dict], text: str,
                                      speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # "l'un", "l'une" in apposition after the name, taken by the parser for the subject
    ("Odile Marchetti, l'une des fondatrices du collectif, a dénoncé « une manœuvre grossière "
     "de la préfecture ».", ["Odile Marchetti"]),
    ("Odile Marchetti, l'une des avocates de la famille, a estimé que la décision représentait "
     "« une vraie trahison envers les éleveurs ».", ["Odile Marchetti"]),
    ("Dans le camp adverse, le ton est différent. Odile Marchetti, l'une des dirigeantes de "
     "l'Union paysanne, a jugé que ce vote constituait « un signal très inquiétant pour toute la "
     "vallée ».", ["Odile Marchetti"]),
])
def test_name_before_one_of_apposition(extract: Callable[..., dict], text: str,
                                       speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # titles of works, nicknames, slogans: no quotation
    ("La compagnie Les Tréteaux joue samedi un spectacle intitulé « Le grand voyage des "
     "oiseaux de passage » à la salle des fêtes.", []),
    ("Le coureur, surnommé « le petit prince des montagnes du Jura », a gagné dimanche.", []),
    ("Les manifestants brandissaient une banderole portant l'inscription « Non à la fermeture "
     "de notre maternité ».", []),
    # an organ noun with no body named: nobody
    ("Une délégation de parents d'élèves a jugé la mesure « totalement injuste pour les "
     "familles du plateau ».", []),
    # a plain apposition still reads
    ("Bastien Carrouge, 54 ans, a dénoncé « une manœuvre grossière de la préfecture ».",
     ["Bastien Carrouge"]),
    ("La direction de l'usine Ferlac a jugé la grève « sans fondement au regard des accords "
     "signés ».", ["Ferlac"]),
])
def test_guards(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers
