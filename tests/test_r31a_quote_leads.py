"""The quote lead (issue 13, round 31a): an article whose body opens on a quotation.

French news often opens its body on the words of someone it names only in the next sentence
("« ... » Devant le tribunal, hier, X faisait profil bas."). Such a quotation, attributed nowhere,
is the words of the one person that next sentence introduces: named there for the first time
(the headline apart), as the subject of one of its clauses, in apposition to that subject, or
as the agent of a participle that qualifies a noun of saying ("Le constat dressé par X").
Sentences written for this round (invented names). The pitfall table holds what must not
change: a wrong speaker is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers

HEADLINE = "Une soirée particulière à Gérardmer\n\n"


@pytest.mark.parametrize(("body", "speaker"), [
    # the subject after fronted phrases of place and time
    ("« J'ai eu tort. Je voulais seulement rendre service à un ami. » Devant le tribunal de police, "
     "hier matin, Lucien Pradeloup, 61 ans, faisait profil bas.", "Lucien Pradeloup"),
    # the agent of a noun of saying's participle, after a dateline
    ("REMIREMONT. — « Les effectifs baissent, les bénévoles fatiguent. » Le constat dressé vendredi par "
     "Odile Fermanville, présidente de la chorale, a ouvert l'assemblée.", "Odile Fermanville"),
    # the person in apposition to the subject of a clause after an impersonal "il était ..."
    ("« Je déclare la séance ouverte, et je vous demande un peu de silence. » Il était 20 h 15 lorsque "
     "le président du conseil, Armand Villequier, a frappé la table de son maillet.", "Armand Villequier"),
])
def test_a_quote_lead_is_said_by_the_one_person_the_next_sentence_introduces(
        extract: Callable[..., dict], body: str, speaker: str) -> None:
    assert _speakers(extract(HEADLINE + body + "\n")) == [speaker]


@pytest.mark.parametrize("body", [
    # a group as the subject: the strikers' words, not the prefect's
    "« Nous ne lâcherons rien, le site doit rester ouvert. » Devant la préfecture, les grévistes ont été "
    "reçus hier par le préfet Maxence Vaudrillon.",
    # the person only as an object
    "« Nous ne lâcherons rien, le site doit rester ouvert. » Les gendarmes ont interpellé Maxence "
    "Vaudrillon hier matin à son domicile.",
    # the agent of a participle that qualifies no noun of saying
    "« Je n'oublierai jamais cette nuit-là. » Le témoignage de la victime a bouleversé le tribunal "
    "présidé par Maxence Vaudrillon.",
    # another person by a title in the next sentence, who may be the one who spoke
    "« Je ne laisserai pas fermer la maternité. » Le maire, Lucien Corbelet, a rencontré jeudi le "
    "directeur de l'hôpital.",
    # two people in the next sentence
    "« Je n'oublierai jamais cette nuit-là. » Solène Marcadier a raconté hier l'incendie à son voisin, "
    "Maxence Vaudrillon.",
    # a noun of saying whose author is someone else than the agent of its participle's
    "« Je n'oublierai jamais cette nuit-là. » Le récit de la victime, recueilli par le brigadier Maxence "
    "Vaudrillon, a été lu à l'audience.",
])
def test_no_speaker_for_a_quote_lead_the_next_sentence_does_not_introduce(
        extract: Callable[..., dict], body: str) -> None:
    assert _speakers(extract(HEADLINE + body + "\n")) == [None]
