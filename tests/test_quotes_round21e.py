"""Quotes in wire text whose sentence names two candidates, the naive choice (the main
clause's subject) being wrong (round 21e: a grid of wire sentences crossing a speech verb
with a second person or a body).

Classes fixed:
- "X a accusé Y d'avoir dit « ... »", "X reproche à Y d'avoir affirmé que « ... »": the
  infinitive after "de" under a verb of object control (models/quotes.json: control_verbs)
  has the object for its subject; with a past infinitive the words are the object's, with a
  present one ("X a sommé Y de déclarer") or a clitic object they are nobody's
  (QuoteReader.controller);
- "X a cité Mme Y : « ... »", "X cite la fédération Y : « ... »": the one cited speaks, also
  when the tagger reads "cité" after "a" as a noun, or when a body is cited (read_text,
  cited_person, cited_body);
- "X a démenti les propos de Y selon lesquels « ... »": the relative gives the content of the
  noun before it, the words of its author when named, never the main subject's; nobody's for
  a bare noun ("la rumeur selon laquelle") (content_author);
- a body and a medium: "« ... », a déclaré la fédération X à l'agence Y" (the medium after "à"
  is the addressee, speaker_near), "Le quotidien Y rapporte que la fédération X a déclaré que"
  (a class noun with a name the tagger left untyped names a new body, not the one before,
  noun_speaker; nor does the reporter speak for it), "Selon l'agence Y, le syndicat X a
  déclaré que" (the subject the parser hung in apposition on the fronted source).
Guards: a medium alone after "Selon", a named speaker with a medium after "à", the
passive of a control verb, a verb of subject control, "citer" with a thing, a "Selon X"
opener, "selon" naming the report's source, an answer to someone.
The sentences are written for this audit, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # a direct object controls the past infinitive
    ("La conseillère régionale Annick Trévidic a accusé Loïc Bramoullé d'avoir dit « les cheminots "
     "de la ligne pourront attendre encore un an ».", ["Loïc Bramoullé"]),
    # an object opened by "à", the subject with a title in apposition
    ("Le président du club, Erwan Kerdoncuff, reproche à Jacques Lemarrec d'avoir affirmé que « le "
     "stade ne rouvrira jamais avant la fin de la saison ».", ["Jacques Lemarrec"]),
    # a body as the object
    ("Annick Trévidic a reproché à l'association Dunes Vivantes d'avoir assuré que « les chalutiers "
     "resteront à quai tout le mois de mars ».", ["Dunes Vivantes"]),
    # a present infinitive: words asked for, not said
    ("Annick Trévidic a sommé Loïc Bramoullé de déclarer publiquement que « la fermeture du guichet "
     "est abandonnée pour de bon ».", [None]),
    # a clitic object: not the subject's words
    ("Loïc Bramoullé a rencontré les parents d'élèves. Annick Trévidic l'accuse d'avoir promis que "
     "« chaque classe gardera son instituteur jusqu'en juin ».", [None]),
])
def test_object_control(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # "a cité" read as a noun, the name with its civility
    ("Le sénateur Yves Guermeur a cité Mme Solenn Picart : « aucune commune ne doit perdre son "
     "bureau de poste cette année ».", ["Solenn Picart"]),
    # a body cited
    ("Le sénateur Yves Guermeur cite la fédération Terre Paysanne : « les petites fermes "
     "disparaissent plus vite que prévu dans le département ».", ["fédération Terre Paysanne"]),
])
def test_the_one_cited(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # a person's words
    ("Le maire Hervé Ropars a démenti les propos de Gwenola Le Bihan selon lesquels « la piscine "
     "municipale fermera ses portes dès l'automne ».", ["Gwenola Le Bihan"]),
    # a body's words
    ("Le maire Hervé Ropars a démenti les propos du syndicat Force Marine selon lesquels « la dune "
     "sera rasée pour construire un parking ».", ["Force Marine"]),
    # no author: nobody's
    ("Le maire Hervé Ropars a démenti la rumeur selon laquelle « la piscine municipale fermera ses "
     "portes dès l'automne ».", [None]),
])
def test_content_relative(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # the passive: the one accused is the subject
    ("Annick Trévidic a été accusée par Loïc Bramoullé d'avoir dit « les cheminots de la ligne "
     "pourront attendre encore un an ».", ["Annick Trévidic"]),
    # subject control
    ("Annick Trévidic a refusé de dire que « les cheminots de la ligne pourront attendre encore un "
     "an ».", ["Annick Trévidic"]),
    # a thing cited: the subject's words
    ("Le sénateur Yves Guermeur a cité un chiffre : « un village sur trois a perdu son dernier "
     "commerce ».", ["Yves Guermeur"]),
    # "Selon X" opening the sentence
    ("Selon Gwenola Le Bihan, « la piscine municipale fermera ses portes dès l'automne ».",
     ["Gwenola Le Bihan"]),
    # "selon" naming the source of the report
    ("Le maire Hervé Ropars a déclaré, selon l'agence locale, que « la piscine municipale restera "
     "ouverte tout l'hiver ».", ["Hervé Ropars"]),
    # an answer to someone
    ("Annick Trévidic a répondu à Loïc Bramoullé : « les cheminots de la ligne ne seront pas "
     "oubliés cette fois ».", ["Annick Trévidic"]),
])
def test_guards(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


SHIPYARD = "les chantiers navals ne rouvriront pas avant le printemps prochain"


@pytest.mark.parametrize(("text", "speakers"), [
    # the medium after "à" is the addressee (the body's name untyped: nobody)
    (f"« {SHIPYARD[0].upper() + SHIPYARD[1:]} », a déclaré la fédération Mer Solidaire à l'agence "
     "Reuters.", [None]),
    # the reporter does not speak for the body it reports on
    (f"Le quotidien Le Courrier de Brévignac rapporte que la fédération Mer Solidaire a déclaré que "
     f"« {SHIPYARD} ».", [None]),
    # the subject hung on the fronted source
    (f"Selon l'agence Reuters, le syndicat Sud Rail a déclaré que « {SHIPYARD} ».", ["Sud Rail"]),
    # guards: the source alone, a named body or person with the medium after "à"
    (f"Selon l'agence Reuters, « {SHIPYARD} ».", ["Reuters"]),
    (f"« {SHIPYARD[0].upper() + SHIPYARD[1:]} », a déclaré le syndicat Sud Rail à l'agence Reuters.",
     ["Sud Rail"]),
    (f"« {SHIPYARD[0].upper() + SHIPYARD[1:]} », a déclaré Yannick Morvan à l'agence Reuters.",
     ["Yannick Morvan"]),
])
def test_a_body_and_a_medium(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers
