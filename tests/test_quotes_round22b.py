"""Quotes: a quotation after a colon that closes a clause with no verb of saying, and a
source cited by a medium (round 22b: grids of such clauses after a sentence naming the speaker,
and of two bodies in one paragraph).

Classes fixed:
- "Il se souvient de ses débuts :", "Il ne veut pas s'enflammer :": the parser reads "il" as
  impersonal with a verb that takes none; before words in the first person it is the personal
  pronoun (QuoteReader.colon, as personal_expletive did for verbs with an object);
- "Il reste lucide sur la suite :": more adjectives of stance (models/quotes.json);
- "Au moment de passer la main, elle n'a pas caché son émotion :", "Très attachée à sa
  commune, elle garde ... :": the main clause the parser hangs on the fronted phrase as a
  conjunct is read too;
- "Selon X, cité par l'agence Y, « ... »": the passive "cité par" names the medium that reports
  X, who speaks (unlike "Selon Y, qui cite X");
- "X a demandé de la patience, tout en réclamant « ... »", "en leur promettant « ... »": a gerund has
  the subject of the verb it goes with (QuoteReader.verb_subject), wherever the parser hung it.
Guards: an impersonal "il en va de", two men before "il", a notice's text, "qui cite" a
spokesperson left unnamed. The sentences are written for this audit, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # "il" read as impersonal with a verb that takes no impersonal subject
    ("Hervé Kerlidou préside le club de voile de Lanvézec depuis 2012. Il se souvient de ses "
     "débuts : « Je suis fier du chemin parcouru avec nos jeunes navigateurs ».", ["Hervé Kerlidou"]),
    ("Yvon Le Bihan a marqué deux buts dimanche. Il ne veut pas s'enflammer pour autant : « Nous "
     "avons encore trois matchs difficiles à jouer avant la trêve ».", ["Yvon Le Bihan"]),
    # an adjective of stance after "rester"
    ("Gaël Morvan dirige le comité des fêtes de Plouvenec. Il reste lucide sur la suite : « Nous "
     "manquons de bras pour monter les chapiteaux chaque été ».", ["Gaël Morvan"]),
    # the main clause hung on a fronted phrase
    ("Odile Marchetti a présidé samedi sa dernière assemblée. Au moment de passer la main, elle "
     "n'a pas caché son émotion : « Je garderai un souvenir précieux de ces dix années ».",
     ["Odile Marchetti"]),
    ("Odile Marchetti a présidé samedi sa dernière assemblée générale. Très attachée à sa commune, "
     "elle garde une tendresse particulière pour les anciens : « Je leur dois beaucoup depuis mon "
     "arrivée ».", ["Odile Marchetti"]),
    # "Selon X, cité par Y": X speaks
    ("Selon l'association Terre Vive, citée par l'agence Reuters, « la source du hameau est "
     "polluée depuis le mois de mars ».", ["Terre Vive"]),
    ("Selon Odile Marchetti, citée par le quotidien Le Progrès, « la salle polyvalente ne "
     "rouvrira pas avant l'automne ».", ["Odile Marchetti"]),
])
def test_clause_before_the_colon(extract: Callable[..., dict], text: str,
                                 speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # a gerund has the subject of the verb it goes with
    ("Gaëlle Riou a visité le chantier mardi, tout en réclamant « un planning précis "
     "des travaux sur le pont ».", ["Gaëlle Riou"]),
    ("Le syndicat Sud Rail a appelé au calme, tout en dénonçant « une gestion opaque des horaires "
     "depuis l'hiver ».", ["Sud Rail"]),
    ("Gaëlle Riou a reçu les pêcheurs lundi en leur promettant « une réponse écrite avant la fin "
     "du mois ».", ["Gaëlle Riou"]),
    # ... the relative clause's verb, not the main clause's
    ("Gaëlle Riou a reçu Yannick Corre, qui l'a remerciée en lui promettant « une réponse écrite "
     "avant la fin du mois ».", ["Yannick Corre"]),
    # guard
    ("Yannick Corre a quitté la réunion en réclamant « un calendrier précis des travaux sur le "
     "pont ».", ["Yannick Corre"]),
])
def test_gerund(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("Paul Verdier est arrivé lundi au club. Il en va de l'avenir de l'équipe : « Nous devons "
     "trouver de nouveaux partenaires cette année ».", [None]),
    ("Paul Verdier et Marc Tanguy ont visité l'atelier. Il se souvient de ses débuts : « Je suis "
     "fier de ce que nous avons bâti ici ensemble ».", [None]),
    ("La mairie a publié un avis mardi. Il se termine par ces mots : « Nous comptons sur la "
     "vigilance de tous les habitants cet hiver ».", [None]),
    ("Selon l'agence Reuters, qui cite un porte-parole du ministère, « les effectifs seront "
     "renforcés dès la semaine prochaine ».", [None]),
    ("Maëlle Kergoat entraîne l'équipe féminine. Elle se souvient de ses débuts au club : « Je "
     "n'avais alors que douze joueuses et un ballon crevé ».", ["Maëlle Kergoat"]),
    ("Arnaud Texier a signé son premier contrat au printemps. Il ne s'attendait pas à un tel "
     "succès : « Je pensais jouer les remplaçants toute la saison ».", ["Arnaud Texier"]),
    ("Paul Verdier a quitté la mairie. Il se montre confiant : « Je reviendrai dans cette maison "
     "dès les prochaines élections ».", ["Paul Verdier"]),
])
def test_guards(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers
