"""Quotes: two people in one sentence (round 19m).

Cells of a grid crossing where the speaker stands, who else the sentence names and where,
the tense and where the quotation stands. Classes of French fixed:
1. a name closing a relative clause or governed by a preposition or a verb, right before the
   comma of the verb of saying ("La présidente, qui succède à X, affirme que « ... »",
   "Le directeur, qui a reçu X, assure que « ... »"): the complement of the clause, not the
   subject of the verb after the comma;
2. a description or a pronoun subject ("le ministre", "la présidente", "il") is not the one
   its own sentence names as a complement ("Après avoir reçu X, le syndicaliste a déclaré",
   "Le ministre a répondu à X :");
3. a name after "à", "devant", "avec" behind the title of an incise is the one spoken to or
   before ("», a répondu le ministre à X", "», a précisé la porte-parole à l'AFP"), not
   the speaker;
4. an incise closing the first sentence inside the marks, the quotation going on after it
   ("« Nous ne fermerons pas, a assuré X. Les familles ... »"): X speaks; not words retold
   to the speaker ("« ..., m'a dit X. ... »");
5. "En réponse à X, Y a affirmé", "Répondant à X, Y a déclaré", the parser taking the noun
   or the name under the preposition for the subject: Y, the name before the verb, speaks,
   and never X (not a source: "Selon X, ..." is left to its own rule);
6. a present participle of saying after a comma, which the parser hung on a thing ("X a
   rejeté les reproches de Y, assurant que « ... »"): the main clause's subject says it.
The sentences are written for this round, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers


# 1. the name closing a clause before the verb's comma
@pytest.mark.parametrize(("text", "speakers"), [
    ("Sigrid Holmqvist a pris ses fonctions lundi. La présidente, qui succède à Arnaud Vételay, affirme "
     "que « le club va enfin retrouver la sérénité ».", ["Sigrid Holmqvist"]),
    ("Le directeur de l'hôpital, qui a reçu Mathis Quenelle, assure que « les urgences resteront ouvertes "
     "toute la nuit ».", [None]),
    # guards: the name subject before the relative clause; the subject after a fronted participle
    ("Lucien Ferrandou, qui remplace Odile Garnache, estime que « le chantier du pont sera achevé avant "
     "l'hiver ».", ["Lucien Ferrandou"]),
    ("Interrogé par Karima Oussedik, Hugo Dellapina a déclaré : « les aides arriveront bien avant les "
     "moissons. »", ["Hugo Dellapina"]),
])
def test_name_closing_a_clause(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


# 2. a description subject and a person named as a complement of its sentence
@pytest.mark.parametrize(("text", "speakers"), [
    ("Bastien Morvanec dirige le syndicat depuis mars. Après avoir reçu Clémence Aubriot, le syndicaliste "
     "a déclaré : « rien ne sera signé sans un vote des salariés. »", [None]),
    # guards: the title held by the one named before; the named subject answering someone; a
    # pronoun after a sentence naming its one person; a topic "Quant à X, il ..."
    ("Le ministre de l'Agriculture, Hugo Dellapina, a visité une ferme mardi. Le ministre a répondu à "
     "Karima Oussedik : « les aides arriveront bien avant les moissons. »", ["Hugo Dellapina"]),
    ("Hugo Dellapina a répondu à Karima Oussedik : « les aides arriveront bien avant les moissons. »",
     ["Hugo Dellapina"]),
    ("Le maire Gilles Barthoux a reçu le préfet. Il a déclaré : « nous ouvrirons la salle des fêtes aux "
     "sinistrés dès demain. »", ["Gilles Barthoux"]),
    ("La buvette a été tenue par Jeanne Mauduit. Quant à Albin Roussard, il juge que « la fête a attiré "
     "plus de monde que prévu ».", ["Albin Roussard"]),
])
def test_description_subject_and_complement(extract: Callable[..., dict], text: str,
        speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


# 3. the one spoken to after the title of an incise
@pytest.mark.parametrize(("text", "speakers"), [
    ("Le ministre de l'Agriculture, Hugo Dellapina, a visité une ferme mardi. « Les aides arriveront bien "
     "avant les moissons », a répondu le ministre à Karima Oussedik.", ["Hugo Dellapina"]),
    ("La porte-parole de la préfecture a fait le point jeudi. « Aucune victime n'est à déplorer dans le "
     "quartier », a précisé la porte-parole à l'AFP.", [None]),
    # guards: the medium before the speaker's name; a title whose complement holds "à"
    ("« Les aides arriveront bien avant les moissons », a déclaré à l'AFP le ministre Hugo Dellapina.",
     ["Hugo Dellapina"]),
    ("« Les aides arriveront bien avant les moissons », a déclaré le conseiller à l'Élysée Jean-Marc "
     "Piroulet.", ["Jean-Marc Piroulet"]),
    ("Le ministre Hugo Dellapina a déclaré à l'AFP : « les aides arriveront bien avant les moissons. »",
     ["Hugo Dellapina"]),
])
def test_addressee_of_an_incise(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


# 4. an incise closing the quotation's first sentence inside the marks
@pytest.mark.parametrize(("text", "speakers"), [
    ("« Nous ne fermerons pas la maternité, a assuré Régine Poupardin. Les familles du canton peuvent être "
     "rassurées. »", ["Régine Poupardin"]),
    ("« Le match était difficile, explique Youssef Benali. Nous avons tenu jusqu'au bout malgré la "
     "fatigue. »", ["Youssef Benali"]),
    # guards: words retold to the speaker; a name in a verbless lead before a colon
    ("Paul Ravenaz se souvient de ce jour. « Tu es guéri, m'a dit Jean Lamyot. J'étais tellement soulagé "
     "ce jour-là. »", ["Paul Ravenaz"]),
    ("Réaction de Hugo Dellapina : « les aides arriveront bien avant les moissons, je m'y engage. »",
     ["Hugo Dellapina"]),
])
def test_incise_inside_the_marks(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


# 5. a fronted phrase under a preposition the parser took for the subject of the verb of saying
@pytest.mark.parametrize(("text", "speakers"), [
    ("En réponse à Yuki Tanabe, Lars Haugland a affirmé que « les négociations reprendront dès la semaine "
     "prochaine ».", ["Lars Haugland"]),
    ("Répondant à Yuki Tanabe, Ingrid Solberg a déclaré que « les négociations reprendront dès la semaine "
     "prochaine ».", ["Ingrid Solberg"]),
    ("Face à Margaux Delorme, la présidente du club a affirmé que « les négociations reprendront dès la "
     "semaine prochaine ».", [None]),
    # guards: a source opening the sentence, with and without a verb of saying after it
    ("Selon Margaux Delorme, Fabrice Angelvin a promis que « la piscine rouvrira dès le mois de juin ».",
     ["Fabrice Angelvin"]),
    ("D'après Margaux Delorme, « la piscine rouvrira dès le mois de juin ».", ["Margaux Delorme"]),
])
def test_fronted_phrase_is_no_subject(extract: Callable[..., dict], text: str,
        speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


# 6. a detached present participle of saying the parser hung on a thing
@pytest.mark.parametrize(("text", "speakers"), [
    ("Corinne Valadier a rejeté les reproches de Félix Brunetière, assurant que « la commune n'a jamais "
     "manqué à ses engagements ».", ["Corinne Valadier"]),
    # guards: the participle after people or a person as the object
    ("Corinne Valadier a reçu les grévistes, affirmant que « la commune n'a jamais manqué à ses "
     "engagements ».", ["Corinne Valadier"]),
    ("Corinne Valadier a salué Félix Brunetière, assurant que « la commune n'a jamais manqué à ses "
     "engagements ».", ["Corinne Valadier"]),
])
def test_detached_participle(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers
