"""Quotes: the medium that reports a view (round 21n: a grid crossing sources opened by
"pour", "selon", "d'après" with a quotation and an incise naming a wire, a paper or a channel).

Class fixed: "Pour X, « ... », a indiqué l'AFP": the incise names the medium that reports the
words; the sentence opens on whose view they are, so the speaker is X, not the medium
(QuoteReader.medium with models/quotes.json media_heads and media_names, read in
QuoteReader.read). And "Reuters a eu accès à une note de X : « ... »": a medium as the
subject of the clause a colon closes, with a text noun after it, reports the text; its
author, if named once, speaks, else nobody (QuoteReader.medium_document).
And a passive whose subject is the pronoun after a fronted adverb or phrase ("Ensuite, il a
été rejoint par Y. « ... », a-t-il dit") goes on with the pronoun's antecedent, when the
sentence before has a named person of its gender for its subject (an incise's too), not
with the agent (QuoteReader.person_subject_before, read by pronoun_subject).
And "Selon l'agence X, l'Organisation Y a déclaré que « ... »": the parser may take the
fronted source for the subject and hang the real one on it after the comma as a complement
with no preposition: that complement is the subject (QuoteReader.verb_subject).
Guards: a person in the incise still speaks ("Pour X, « ... », a
ajouté Y"), a pronoun incise, a body that is no medium in the incise, a person who reads a
note, a medium writing in its own name, a passive "elle"
after a thing of its gender, a passive after a thing's sentence. The sentences are written
for this audit, with invented names.
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


@pytest.mark.parametrize(("text", "speakers"), [
    # a wire reads a person's note
    ("L'agence Reuters a pu consulter une note de Léontine Varaigne : « les digues du port ne "
     "tiendront pas un hiver de plus ».", ["Léontine Varaigne"]),
    # a wire names a body's letter
    ("L'AFP a eu accès à une lettre du syndicat Force Cheminote : « aucune reprise du trafic "
     "n'est envisageable avant lundi ».", ["Force Cheminote"]),
    # a text with no author named: nobody, not the medium
    ("Le quotidien La Voix du Causse a consulté un courrier anonyme : « la sécheresse a "
     "coûté un tiers des récoltes ».", [None]),
    # guard: a person who reads a note is not its author
    ("Anatole Brugnon a lu une note de Léontine Varaigne : « les digues du port ne "
     "tiendront pas un hiver de plus ».", ["Léontine Varaigne"]),
    # guard: a medium writing in its own name
    ("Le Monde écrit dans son éditorial : « les digues du port ne tiendront pas un hiver de "
     "plus ».", ["Le Monde"]),
])
def test_medium_document(extract: Callable[..., dict], text: str,
                         speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # the speaker as the plain subject, "Ensuite, il a été rejoint par Y"
    ("Firmin Lacassagne a ouvert dimanche la brocante de Saint-Aulaire. Ensuite, il a été "
     "rejoint par Hippolyte Dumazet. « Jamais nous n'avions accueilli autant d'exposants », "
     "a-t-il ajouté.", ["Firmin Lacassagne"]),
    # first named in an incise, a woman, "Puis elle a été accueillie par"
    ("« Le chemin de halage sera praticable dès le printemps », a annoncé Berthe Valadier "
     "lundi. Puis elle a été accueillie par Noémie Castagnet. « Les randonneurs attendaient "
     "ce chantier depuis dix ans », poursuit-elle.",
     ["Berthe Valadier", "Berthe Valadier"]),
    # guard: "elle" after a thing of its gender may be that thing, its maker speaks
    ("Berthe Valadier gère la halle de Saint-Aulaire. La halle a rouvert en juin. En 2021, "
     "elle a été restaurée par Noémie Castagnet. « J'ai gardé toutes les poutres d'origine », "
     "raconte-t-elle.", ["Noémie Castagnet"]),
    # guard: a thing's sentence before the passive, the agent speaks
    ("Le lavoir de Saint-Aulaire a été nettoyé. Ensuite, il a été inauguré par Firmin "
     "Lacassagne. « Les enfants du bourg pourront enfin le visiter », a-t-il déclaré.",
     ["Firmin Lacassagne"]),
])
def test_passive_pronoun(extract: Callable[..., dict], text: str,
                         speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # a medium fronted by "selon", a body after the comma
    ("Selon l'agence Reuters, l'Office régional des forêts a déclaré que « aucune coupe ne "
     "sera autorisée avant l'automne ».", ["Office régional des forêts"]),
    # guard: the fronted source alone speaks when no subject follows
    ("Selon l'Office régional des forêts, « aucune coupe ne sera autorisée avant "
     "l'automne ».", ["Office régional des forêts"]),
])
def test_fronted_source_subject(extract: Callable[..., dict], text: str,
                                speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers
