"""Two attribution mechanisms that gave wrong speakers on text nobody tuned them on (issue 13,
round 14d: generality audit, read on Wikipedia chronologies and court reports).

A chronology written as hyphen items ("- 3 mai 2001 : ...") is no dialogue: its line is no
quotation, and a "..., selon X" several sentences on gave the whole item to X; the quotations
inside the item are read one by one. (A rule that gave no speaker to a colon whose clause names
one person only as the agent of a participle was taken back: it cost a right speaker in two
blind halves, see docs/accuracy.md, round 14.) Sentences written for this audit (invented
names); the pitfall tables hold what must not change: a wrong speaker is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers
from conftest import speaker_quotes as _quotes


# ---------------------------------------------------------------- a chronology is no dialogue
@pytest.mark.parametrize(("text", "expected"), [
    ("- 12 mars 2003 : le tribunal rend son jugement. - Mai 2004 : les prévenus, accusés d'un \"vaste "
     "réseau de fausses factures bien organisé\", selon les mots du procureur, Marcel Vantrelloz. "
     "Le dossier est clos.",
     [("Marcel Vantrelloz", "vaste réseau de fausses factures bien organisé")]),
    ("- 4 avril 2009 : le conseil municipal vote le budget de la piscine. Le chantier, selon le maire "
     "Odile Fabrevoix, coûtera plus cher que prévu.", []),
    ("- 1998 : la société change de nom. Les syndicats dénoncent \"un plan social qui ne dit pas son "
     "nom\", a affirmé Rachid Bellamourt devant la presse.",
     [("Rachid Bellamourt", "un plan social qui ne dit pas son nom")]),
    ("- Le 9 octobre : la préfecture publie son rapport annuel. Le texte, d'après la syndicaliste Nadège "
     "Quintarel, oublie les saisonniers et les intérimaires.", []),
])
def test_a_dated_list_item_is_no_line_said(extract: Callable[..., dict], text: str,
                                           expected: list[tuple[str | None, str]]) -> None:
    assert _quotes(extract(text)) == expected


@pytest.mark.parametrize(("text", "speaker"), [
    # dialogue lines keep their incise, a date in the line or not
    ("Le maire Grégoire Tiphanel est arrivé tôt.\n- Nous partirons demain matin avec toute l'équipe, "
     "a déclaré Grégoire Tiphanel.", "Grégoire Tiphanel"),
    ("Le maire Grégoire Tiphanel est arrivé tôt.\n— Le 14 mai, nous partirons avec toute l'équipe du "
     "club, a déclaré Grégoire Tiphanel.", "Grégoire Tiphanel"),
    ("La juge Armelle Cassagnou a reçu les familles.\n- Nous rendrons notre décision la semaine "
     "prochaine, a-t-elle promis.", "Armelle Cassagnou"),
])
def test_a_dialogue_line_keeps_its_incise(extract: Callable[..., dict], text: str, speaker: str) -> None:
    assert _speakers(extract(text)) == [speaker]


# ---------------------------------------------------------------- an incise inside a named subject's clause
@pytest.mark.parametrize(("text", "wrong"), [
    ("Un cadre de la société a déclaré au juge avoir payé ces factures en mars. Marcel Tribouvin, "
     "expliquait-il, lui avait mis « le pistolet sur la tempe et sans aucune pitié ».", "Marcel Tribouvin"),
    ("Le gérant Anatole Brizeux a témoigné mardi. Son associé Rémi Gaudrillet, racontait-il, lui avait "
     "promis « une aide de la commune pour toute la saison ».", "Rémi Gaudrillet"),
])
def test_the_pronoun_of_an_incise_is_not_the_subject_it_interrupts(extract: Callable[..., dict], text: str,
                                                                   wrong: str) -> None:
    assert wrong not in _speakers(extract(text))


@pytest.mark.parametrize(("text", "speaker"), [
    # an incise after the quotation keeps its pronoun
    ("Le maire Eudes Vasquelin a parlé longtemps. « Nous allons reconstruire l'école avant la rentrée », "
     "a-t-il affirmé.", "Eudes Vasquelin"),
])
def test_an_incise_pronoun_keeps_its_person(extract: Callable[..., dict], text: str, speaker: str) -> None:
    assert _speakers(extract(text)) == [speaker]
