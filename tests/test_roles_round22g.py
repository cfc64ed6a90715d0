"""A title stated away from the name: a definite description taking up a person (round 22g).

Sentences written for this audit, with invented names. Rules of French news writing:
- a definite title marked by a status ("l'ancien instituteur", "le nouveau maire", "la
  présidente sortante") with no name and no complement points back to a known individual: an
  unnamed holder would be introduced by "un"; as the subject of a main clause, or of a speech
  verb after a quotation ("« ... », a commenté le nouveau maire"), it takes up the one person
  named in the nearest earlier sentence;
- a bare seat that many hold ("la conseillère municipale", "le député": titles.json
  member_titles) cannot name an unnamed holder picked out by the situation, as "le maire" can:
  it takes up that person too, when the person holds no title yet;
- never when the clause takes the person up as its object ("Le nouveau maire l'a félicité":
  somebody else), in reported speech, on a topic shift, when the gender disagrees, when the
  person already holds the same office or another office (save a former one, or the office a
  candidate won);
- "le prévenu", "le vainqueur" name a person by a part in the story, as "le jeune homme" does:
  a title in apposition to them at the head of a sentence is the one person named before.

The guard table holds what must not change.
"""

from collections.abc import Callable

import pytest

from conftest import role_triples as _roles


def _has(result: dict, person: str, title: str) -> bool:
    return any(p == person and r.startswith(title) for p, r, _ in _roles(result))


# ------------------------------------------------- the description takes up the person
@pytest.mark.parametrize(("text", "person", "title"), [
    # a status title, subject of a speech verb after a quotation
    ("Albert Foucou a été élu dimanche à Brivecourt. « Une page se tourne », a commenté le "
     "nouveau maire devant la mairie.", "Albert Foucou", "nouveau maire"),
    ("Gaston Remoiville a présenté le bilan de l'association. « Il faut transmettre le goût du "
     "patrimoine », a souligné l'ancien instituteur.", "Gaston Remoiville", "ancien instituteur"),
    # a status title opening the sentence, subject of its main verb
    ("Bernard Mougel a battu le sortant au second tour. Le nouveau maire a remercié ses électeurs.",
     "Bernard Mougel", "nouveau maire"),
    ("Maryse Cordelet a tenu son assemblée générale samedi à Vernaz. La présidente sortante a "
     "remercié les bénévoles.", "Maryse Cordelet", "présidente sortante"),
    # a former office for a person who holds another title already
    ("Théodore Vasselin, président du club, a présenté le bilan. L'ancien instituteur a remercié "
     "les bénévoles.", "Théodore Vasselin", "ancien instituteur"),
    # the office a candidate won
    ("Le candidat de la liste Avenir, Hubert Lanvin, a été élu dimanche. « Une page se tourne », "
     "a commenté le nouveau maire.", "Hubert Lanvin", "nouveau maire"),
    # a bare seat many hold
    ("Mme Odile Vautrin a critiqué le budget. « Les écoles attendent depuis longtemps », a lancé "
     "la conseillère municipale.", "Odile Vautrin", "conseillère municipale"),
    ("Fernand Quellec a critiqué le budget. Le conseiller municipal a voté contre.",
     "Fernand Quellec", "conseiller municipal"),
    # a person named by a part in the story ("le prévenu", "le vainqueur": titles.json
    # person_nouns) at the head of the sentence, a title in apposition
    ("Armand Gervillier a été condamné mardi. Le prévenu, employé dans une scierie, a reconnu les "
     "faits.", "Armand Gervillier", "employé"),
    ("Armand Gervillier a gagné la course de côte. Le vainqueur, 29 ans, boulanger à Vittel, a "
     "dédié sa victoire à son père.", "Armand Gervillier", "boulanger"),
])
def test_the_description_takes_up_the_person(extract: Callable[..., dict], text: str, person: str,
                                              title: str) -> None:
    assert _has(extract(text), person, title)


# ------------------------------------------------- guards: somebody else, or nobody
@pytest.mark.parametrize(("text", "person", "title"), [
    # the clause takes the person up as its object: the title is another's
    ("Albert Foucou a été élu dimanche à Brivecourt. Le nouveau président l'a chaleureusement "
     "félicité.", "Albert Foucou", "nouveau président"),
    # reported speech
    ("Albert Foucou a été élu dimanche à Brivecourt. Il a annoncé que le nouveau directeur "
     "viendrait en mars.", "Albert Foucou", "nouveau directeur"),
    # a name beside the title
    ("Albert Foucou a été élu dimanche à Brivecourt. Le nouveau président, Marcel Chaudron, a "
     "remercié les bénévoles.", "Albert Foucou", "nouveau président"),
    # a topic shift
    ("Albert Foucou a tenu son assemblée générale samedi. De son côté, l'ancien directeur a "
     "remercié les bénévoles.", "Albert Foucou", "ancien directeur"),
    # the gender disagrees
    ("Odile Vautrin a tenu son assemblée générale samedi à Vernaz. Le nouveau maire a remercié "
     "les bénévoles.", "Odile Vautrin", "nouveau maire"),
    # the same office held already
    ("Hubert Lanvin, maire sortant, a été battu dimanche. Le nouveau maire a remercié ses "
     "électeurs.", "Hubert Lanvin", "nouveau maire"),
    # another office held: a new or outgoing one may be anybody's
    ("Hubert Lanvin, président du club, a présenté le bilan. Le nouveau maire a salué les "
     "bénévoles.", "Hubert Lanvin", "nouveau maire"),
    ("Hubert Lanvin, président du club, a présenté le bilan. Le maire sortant a salué les "
     "bénévoles.", "Hubert Lanvin", "maire"),
    # an indefinite article introduces somebody new
    ("Hubert Lanvin a présenté le bilan. Un ancien instituteur a remercié les bénévoles.",
     "Hubert Lanvin", "ancien instituteur"),
    # a unique office, bare, may be an unnamed holder
    ("Fernand Quellec a critiqué le budget. Le maire a voté contre.", "Fernand Quellec", "maire"),
    ("Fernand Quellec a critiqué le budget. Le premier adjoint a voté contre.",
     "Fernand Quellec", "premier adjoint"),
    # a seat for a person who holds a title already
    ("Fernand Quellec, président du club, a critiqué le budget. « Nous verrons », a répondu la "
     "conseillère municipale.", "Fernand Quellec", "conseill"),
    # two people coordinated as the subject before: neither is the seat's holder alone
    ("Fernand Quellec et Hugo Sarrazin réclament un débat. Dans un courrier, le député juge que "
     "la réforme va trop loin.", "Fernand Quellec", "député"),
    ("Fernand Quellec et Hugo Sarrazin réclament un débat. Dans un courrier, le député juge que "
     "la réforme va trop loin.", "Hugo Sarrazin", "député"),
])
def test_guards(extract: Callable[..., dict], text: str, person: str, title: str) -> None:
    assert not _has(extract(text), person, title)


# ------------------------------------------------- guards: what was read before stays
@pytest.mark.parametrize(("text", "person", "title"), [
    ("Le FC Lormeville a gagné samedi. Son entraîneur, Jérôme Castaing, a salué le public.",
     "Jérôme Castaing", "entraîneur"),
    ("Marcel Tissier est décédé à 80 ans. Conseiller municipal pendant vingt ans, il avait aussi "
     "été trésorier de la fanfare.", "Marcel Tissier", "trésorier"),
])
def test_kept(extract: Callable[..., dict], text: str, person: str, title: str) -> None:
    assert _has(extract(text), person, title)
