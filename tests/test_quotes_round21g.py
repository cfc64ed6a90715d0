"""Quotes: a quotation with no verb of its own whose speaker, named in an earlier paragraph,
is taken up by a recast description as the subject before it (round 21g: a grid of paragraph
layouts crossing descriptions, typography and the sentence that sets the quotation up).

Class fixed: a definite description that recasts someone named before ("le jeune coureur",
"l'ancienne infirmière", "la nouvelle présidente": a trade or a noun for people with an
adjective of age or of a former state) as the subject of the sentence that sets up a bare
quotation (a colon, a sentence of stance before it, a quotation opening its predicate) takes
that person up as it already did in an incise after the quotation ("», a confié le jeune
coureur"), even when the name stands in the paragraph before; the description opening the
sentence before a bare quotation may carry adjectives before its noun.
Class fixed too: the part of the one beaten in a match or a race report ("la perdante", "le
vaincu": the object of "battre", "dominer", "éliminer", the subject of "perdre", "s'incliner";
models/quotes.json parties "beaten"), like "le vainqueur" for the one who won.
Guards: the description's own sentence names someone; nobody named before; a description of
the other gender; straight and curly marks read alike.
The sentences are written for this audit, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers

RACE = ("Goulven Arzel, 23 ans, a remporté dimanche la course de côte de Lannédern, "
        "sous une pluie battante.\n\n")
POTTER = "Solène Karadec a ouvert son atelier de poterie rue du Lavoir en 1987.\n\n"
FINAL = "Anaïs Le Dantec a battu Perrine Malvézy en demi-finale à Questembert.\n\n"
MAYOR = ("Ronan Quéméner, 44 ans, kinésithérapeute à Locmélar, a été élu maire de la commune "
         "dimanche soir.\n\n")


@pytest.mark.parametrize(("text", "speakers"), [
    # a colon after a sentence of stance
    (RACE + "Le jeune coureur se montrait comblé : « J'ai attaqué dans le dernier lacet, je ne "
     "pensais pas tenir jusqu'en haut. »", ["Goulven Arzel"]),
    (RACE + "Le jeune coureur se montrait comblé : \"J'ai attaqué dans le dernier lacet, je ne "
     "pensais pas tenir jusqu'en haut.\"", ["Goulven Arzel"]),
    # a colon after an act
    (POTTER + "L'ancienne institutrice a gardé son tablier d'écolière : « Je n'ai jamais su "
     "jeter quoi que ce soit. »", ["Solène Karadec"]),
    # a sentence of stance, then the bare quotation
    (POTTER + "La vieille artisane ne regrette rien. « J'ai appris le tour toute seule, avec des "
     "livres empruntés. »", ["Solène Karadec"]),
    (MAYOR + "Le nouveau maire ne cachait pas son émotion. « Je serai le maire de tous les "
     "habitants, sans exception. »", ["Ronan Quéméner"]),
    # a sentence with a verb of saying, then the bare quotation
    ("Yvon Le Bihan a tenu la boulangerie de Trégarvan pendant vingt-quatre ans.\n\n"
     "L'ancien boulanger a réagi sobrement. « Je souhaite bonne chance à mon successeur, il aura "
     "du travail. »", ["Yvon Le Bihan"]),
    # the quotation opening the predicate
    (RACE + "Le jeune coureur s'est dit « très heureux de gagner enfin devant sa famille et ses "
     "amis ».", ["Goulven Arzel"]),
])
def test_recast_subject_takes_up_the_one_named_before(extract: Callable[..., dict], text: str,
                                                       speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # the description's own sentence names someone: the sentence's logic, not the recast
    ("L'avocat de sa voisine Maïwenn Le Corre a déclaré : « Ma cliente n'a jamais signé ce "
     "bail. »", [None]),
    # nobody named before the description
    ("Le jeune coureur se montrait comblé : « J'ai attaqué dans le dernier lacet, je ne "
     "pensais pas tenir jusqu'en haut. »", [None]),
    # the description is of the other gender than the one named
    (POTTER + "Le jeune apprenti ne cachait pas sa joie : « J'ai enfin réussi mon premier "
     "vase. »", [None]),
    # the name itself still gives the speaker
    (RACE + "Goulven Arzel se montrait comblé : « J'ai attaqué dans le dernier lacet, je ne "
     "pensais pas tenir jusqu'en haut. »", ["Goulven Arzel"]),
    # curly marks after a bare description, as before
    (RACE + "Le jeune coureur ne cachait pas sa joie. “Je dédie cette victoire à mon grand-père, "
     "qui m'a offert mon premier vélo.”", ["Goulven Arzel"]),
    # the incise, as before
    (RACE + "« J'ai attaqué dans le dernier lacet, je ne pensais pas tenir jusqu'en haut », a "
     "confié le jeune coureur.", ["Goulven Arzel"]),
])
def test_recast_subject_guards(extract: Callable[..., dict], text: str,
                               speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) in (speakers, []) if speakers == [None] \
        else _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    (FINAL + "La vaincue ne cachait pas sa déception : « Je n'ai jamais trouvé mon rythme. »",
     ["Perrine Malvézy"]),
    (FINAL + "La perdante ne cachait pas sa déception. « Je n'ai jamais trouvé mon rythme. »",
     ["Perrine Malvézy"]),
    # guard: the one who won, as before
    (FINAL + "La gagnante ne cachait pas sa joie. « Je n'ai jamais aussi bien servi. »",
     ["Anaïs Le Dantec"]),
])
def test_the_one_beaten(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers
