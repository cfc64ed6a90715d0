"""Quotes: the medium that reports a view (round 21n: a grid crossing sources opened by
"pour", "selon", "d'après" with a quotation and an incise naming a wire, a paper or a channel).

Class fixed: "Pour X, « ... », a indiqué l'AFP": the incise names the medium that reports the
words; the sentence opens on whose view they are, so the speaker is X, not the medium
(QuoteReader.medium with models/quotes.json media_heads and media_names, read in
QuoteReader.read). Guards: a person in the incise still speaks ("Pour X, « ... », a
ajouté Y"), a pronoun incise, a medium with no source opening the sentence, a body that is
no medium. The sentences are written for this audit, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # a person opened by "pour", a wire named alone in the incise
    ("Pour Léontine Varaigne, « les digues du port ne tiendront pas un hiver de plus », a "
     "indiqué l'AFP.", ["Léontine Varaigne"]),
    # a body opened by "pour", an agency named with its noun
    ("Pour le syndicat Force Cheminote, « aucune reprise du trafic n'est envisageable avant "
     "lundi », a précisé l'agence Reuters.", ["Force Cheminote"]),
    # "selon" a body, a regional paper named after "le quotidien"
    ("Selon la fédération Terres du Causse, « la sécheresse a coûté un tiers des récoltes », "
     "a écrit le quotidien La Voix du Causse.", ["fédération Terres du Causse"]),
    # "d'après" a person with a title, a broadcaster named alone
    ("D'après le maire Anatole Brugnon, « le pont sera rouvert à la circulation dès "
     "vendredi », a indiqué France Bleu.", ["Anatole Brugnon"]),
])
def test_medium_reports_view(extract: Callable[..., dict], text: str,
                             speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # a person in the incise speaks
    ("Pour Léontine Varaigne, « les digues du port ne tiendront pas un hiver de plus », a "
     "ajouté Anatole Brugnon.", ["Anatole Brugnon"]),
    # a pronoun incise: the one the sentence opens on
    ("Pour Léontine Varaigne, « les digues du port ne tiendront pas un hiver de plus », "
     "a-t-elle indiqué.", ["Léontine Varaigne"]),
    # a body that is no medium in the incise speaks
    ("Pour Léontine Varaigne, « les digues du port ne tiendront pas un hiver de plus », a "
     "répondu la préfecture de la Manche.", ["préfecture de la Manche"]),
])
def test_medium_guards(extract: Callable[..., dict], text: str,
                       speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers
