"""Quotations factx did not find at all (round 22n): a fragment in guillemets in the complement
of a verb that is no verb of saying, whose words are still the subject's.

Class fixed (models/quotes.json: aim_verbs, QuoteReader.aims_at): a verb of aim, bet, wish or
plan ("miser sur", "tabler sur", "viser", "rêver de", "se battre pour", "ambitionner",
"revendiquer") whose complement, opened by the preposition the verb takes, is a lower-case
fragment of five words or more in guillemets: the subject's own words for what it hopes or
plans. Before, such a fragment had no speaker and no verb of its own, and was dropped.
Guards: a capitalized name in guillemets after such a verb, "compter" with no "sur", a
fragment behind another complement, a thing as the subject, verbs of saying unchanged (also
with an aim verb in their clause).
The sentences are written for this audit, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import speaker_quotes


@pytest.mark.parametrize(("text", "speaker", "words"), [
    # "miser sur", the tagger reading "mise" as a form of "mettre"
    ("Théo Castagnier, président du club de pétanque de Morvillars, mise sur « une saison plus "
     "calme pour nos bénévoles ».", "Théo Castagnier", "une saison plus calme"),
    # "tabler sur", read as the noun "table" with a subject
    ("Nadège Ollivro, présidente du comité des fêtes de Brécourt, table sur « une fréquentation "
     "record pour la fête du cidre ».", "Nadège Ollivro", "une fréquentation record"),
    # "viser", a direct object
    ("Après une année blanche, Basile Ferrandou vise « une remontée rapide en division "
     "supérieure ».", "Basile Ferrandou", "une remontée rapide"),
    # "rêver de", the elided preposition
    ("Installée à Vaudrecourt depuis l'an dernier, Mireille Sanvoisin rêve d'« une boutique ouverte "
     "toute l'année aux artisans ».", "Mireille Sanvoisin", "une boutique ouverte"),
    # a pronoun subject taking up the one person named before
    ("Octave Larmignat dirige la fanfare de Pierrefeu depuis douze ans. Il parie sur « une relève "
     "venue de l'école de musique ».", "Octave Larmignat", "une relève venue"),
    # a body as the subject
    ("Le collectif Vallée Propre mise sur « une mobilisation massive des habitants du canton ».",
     "Vallée Propre", "une mobilisation massive"),
    # a pronominal verb with its preposition
    ("Hermine Coudrat, adjointe aux écoles de Saint-Aubrin, se bat pour « une cantine bio "
     "dans chaque école du secteur ».", "Hermine Coudrat", "une cantine bio"),
])
def test_fragment_after_a_verb_of_aim(extract: Callable[..., dict], text: str, speaker: str,
                                      words: str) -> None:
    assert (speaker, words) in [(s, q[:len(words)]) for s, q in speaker_quotes(extract(text))]


@pytest.mark.parametrize("text", [
    # a capitalized name after the verb: a title, not anyone's words
    "Basile Ferrandou vise « Le Grand Prix cycliste de la vallée du Lignon ».",
    # "compter" with no "sur": a count, no bet
    "Le club de Morvillars compte « plus de cent vingt licenciés cette saison ».",
    # the quotation behind another complement of the verb
    "Basile Ferrandou attend le jugement de la cour « dans les toutes prochaines semaines ».",
    # a thing as the subject
    "Le nouveau schéma routier vise « une circulation plus fluide pour les riverains du bourg ».",
])
def test_no_quote_for_names_things_and_other_complements(extract: Callable[..., dict], text: str) -> None:
    assert [s for s, _ in speaker_quotes(extract(text))] in ([], [None])


@pytest.mark.parametrize(("text", "speaker"), [
    # a verb of saying before the fragment, as before
    ("Hermine Coudrat, adjointe aux écoles de Saint-Aubrin, dénonce « un projet mal préparé "
     "depuis le départ ».", "Hermine Coudrat"),
    # the aim verb in the clause of a verb of saying: that verb's subject, each of the two
    ("Octave Larmignat et Hermine Coudrat ont assuré qu'ils visaient « une place parmi les trois "
     "premiers du championnat ».", "Octave Larmignat"),
    # a wish said by "souhaiter", as before
    ("Octave Larmignat souhaite « une salle plus grande pour les répétitions du jeudi ».",
     "Octave Larmignat"),
    # a noun's present participle of aim ("une manœuvre visant à"): the colon's speaker stays
    ("Maître Dufresne plaide : l'affaire n'a été qu'une « mise en scène » visant à « faire taire "
     "un témoin qui devenait encombrant pour la direction ».", "Dufresne"),
])
def test_verbs_that_already_gave_the_speaker(extract: Callable[..., dict], text: str, speaker: str) -> None:
    assert [s for s, _ in speaker_quotes(extract(text))][:1] == [speaker]
