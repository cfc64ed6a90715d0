"""Quotes: "il"/"elle" as the subject of the quotation's own sentence, other people named as
complements in the sentences before it (round 21h: a grid crossing how the speaker is
introduced, the complements naming others, the sentences between and the quotation's verb).

Classes fixed:
- a sentence whose main subject is the same pronoun goes on with whom the pronoun meant, even
  when it opens with a complement naming someone else ("En présence de Y, il a ...", "Aux côtés
  de Y et de Z, elle ...", "Après avoir reçu Y, il ..."): QuoteReader.pronoun_goes_on, read by
  antecedent; not "Pour Y, ...", "Selon Y, ..." (Y's view) nor "Quand Y est arrivé, il ...";
- a headline line the parser runs into the article's first line: the phrase opening the line
  is its subject, not the headline's noun (sentence_subject, line_opener);
- "y voir" is a verb of stance ("Il y voit « le signe de ... »"), and a pronoun subject of a
  verb of stance takes up its antecedent when the sentence before names others too
  (models/quotes.json stance_verbs; QuoteReader.stance_verb and before);
- the quotation just before stays the pronoun's antecedent when only the rest of its own
  sentence names others, as complements ("« A », a-t-il ajouté, saluant le travail de Y. Il
  espère « B »": last_speaker); two bodies coordinated as a subject are not what "il" stands
  for (other_topic);
- a title as the subject of the sentence before a background one ("Le maire, X, a ... . Les
  travaux, suivis par Y, ... . Il ...") stands for its holder (subject_before_background).
Guards: the other person as the subject of the latest sentence, two people as the subject,
a view opened by "Pour Y," and a subordinate clause whose subject is Y. The sentences are
written for this audit, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # a fronted "en présence de Y" before the pronoun subject, then a verb of hope with « que »
    ("Firmin Lacaze a ouvert lundi la nouvelle médiathèque de Saint-Orcel. En présence de "
     "Gaspard Tellier, il a coupé le ruban tricolore. Il espère « que les écoliers viendront "
     "y emprunter des livres chaque semaine ».", ["Firmin Lacaze"]),
    # "aux côtés de Y et de Z", a woman speaking, another woman among the complements
    ("Solène Vidalenc a ouvert lundi la nouvelle médiathèque de Saint-Orcel. Aux côtés de "
     "Maëlle Bruneau et de Gaspard Tellier, elle a dévoilé la plaque. Elle se réjouit de "
     "« voir enfin un lieu de lecture ouvert le dimanche ».", ["Solène Vidalenc"]),
    # the object of an infinitive clause opening the sentence, then a colon
    ("Firmin Lacaze a ouvert lundi la nouvelle médiathèque de Saint-Orcel. Après avoir accueilli "
     "Gaspard Tellier, il a présenté les rayonnages. Il ne cache pas sa joie : « Nous avons "
     "attendu ce bâtiment pendant dix ans. »", ["Firmin Lacaze"]),
    # the same, the quotation closed by an incise with the pronoun
    ("Firmin Lacaze a ouvert lundi la nouvelle médiathèque de Saint-Orcel. En compagnie de "
     "Gaspard Tellier, il a visité la salle des contes. « Nous avons attendu ce bâtiment "
     "pendant dix ans », a-t-il confié.", ["Firmin Lacaze"]),
    # a headline run into the first line; the speaker given by his title and name
    ("Une médiathèque pour Saint-Orcel\nLe maire de Saint-Orcel, Firmin Lacaze, a ouvert lundi "
     "la médiathèque, avec le bibliothécaire Gaspard Tellier. Il souhaite « ouvrir bientôt un "
     "atelier d'écriture pour les adolescents ».", ["Firmin Lacaze"]),
    # a headline run into the first line, then a sentence naming another only as an agent
    ("Une médiathèque pour Vernosc\n\nLe maire Firmin Lacaze a ouvert lundi la médiathèque de "
     "Vernosc. Le chantier, conduit par Gaspard Tellier, a duré un an. Il espère « que les "
     "écoliers viendront y emprunter des livres ».", ["Firmin Lacaze"]),
    # the same, the speaker given by his title and name
    ("Une médiathèque pour Vernosc\nLe président de l'intercommunalité, Firmin Lacaze, a ouvert "
     "lundi la médiathèque. Le chantier, conduit par Gaspard Tellier, a duré un an. Il regrette "
     "« que le parking ne soit pas encore goudronné ».", ["Firmin Lacaze"]),
    # "y voir": the subject's reading, the one person named before
    ("Firmin Lacaze a ouvert lundi la médiathèque de Vernosc. Il y voit « une reconnaissance "
     "du travail mené par les bénévoles depuis des années ».", ["Firmin Lacaze"]),
    # "y voir" after a sentence naming two others as objects
    ("Firmin Lacaze a accueilli lundi le sous-préfet, Gaspard Tellier, et la députée Maëlle "
     "Bruneau. Il y voit « une reconnaissance du travail mené par les bénévoles depuis des "
     "années ».", ["Firmin Lacaze"]),
    # the rest of the quotation's own sentence names others as complements, then "il"
    ("Firmin Lacaze, président du club de rugby de Vernosc, a fait lundi le bilan de l'année. "
     "« Les cadets ont beaucoup appris », a-t-il ajouté, saluant le travail de Gaspard Tellier "
     "et de la mairie. Il espère « que l'équipe réserve jouera enfin à domicile ».",
     ["Firmin Lacaze", "Firmin Lacaze"]),
    # two bodies coordinated as the subject between a quotation and "il"
    ("« Cette année restera dans les mémoires », a lancé lundi Firmin Lacaze, président du club "
     "de rugby de Vernosc. Le comité des fêtes et l'amicale des sapeurs-pompiers ont tenu la "
     "buvette. Il espère « que l'équipe réserve jouera enfin à domicile ».",
     ["Firmin Lacaze", "Firmin Lacaze"]),
])
def test_pronoun_goes_on_past_complements(extract: Callable[..., dict], text: str,
                                          speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # the other person is the subject of the latest sentence: the pronoun is his
    ("Firmin Lacaze a ouvert lundi la médiathèque de Saint-Orcel. Gaspard Tellier a ensuite "
     "présenté les rayonnages. Il espère « que les écoliers viendront y emprunter des "
     "livres ».", ["Gaspard Tellier"]),
    # two men as the subject: whose words?
    ("Firmin Lacaze et Gaspard Tellier ont ouvert lundi la médiathèque de Saint-Orcel. Il "
     "espère « que les écoliers viendront y emprunter des livres ».", [None]),
    # a subordinate clause whose subject is the other man: unchanged
    ("Firmin Lacaze a ouvert lundi la médiathèque de Saint-Orcel. Quand Gaspard Tellier est "
     "arrivé, il a coupé le ruban. Il espère « que les écoliers viendront y emprunter des "
     "livres ».", ["Gaspard Tellier"]),
    # the other person of the other gender as a complement: unchanged
    ("Firmin Lacaze a ouvert lundi la médiathèque de Saint-Orcel. En présence de Maëlle "
     "Bruneau, il a coupé le ruban tricolore. Il espère « que les écoliers viendront y "
     "emprunter des livres ».", ["Firmin Lacaze"]),
    # no headline, the title and name as the subject: unchanged
    ("Le maire de Saint-Orcel, Firmin Lacaze, a ouvert lundi la médiathèque, avec le "
     "bibliothécaire Gaspard Tellier. Il souhaite « ouvrir bientôt un atelier d'écriture pour "
     "les adolescents ».", ["Firmin Lacaze"]),
    # "il y a": impersonal, nobody's reading
    ("Firmin Lacaze a ouvert lundi la médiathèque de Vernosc. Il y a « une salle de lecture "
     "pour tous les enfants qui viendront après l'école ».", [None]),
    # one body as the subject between a quotation and "il": it may be the body's
    ("« Cette année restera dans les mémoires », a lancé lundi Firmin Lacaze. Le comité des fêtes "
     "a tenu la buvette tout l'été. « Nous recommencerons l'an prochain avec plus de stands », "
     "a-t-il ajouté.", ["Firmin Lacaze", None]),
])
def test_guards(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers
