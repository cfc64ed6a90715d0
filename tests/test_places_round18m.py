"""Villages the model reads as a thing (issue 11, round 18m: generality audit).

A regional daily names villages no gazetteer knows; the model often labels them MISC, which
factx drops. Three classes of French, in sentences written for this audit with invented
village names: a word shaped as an eastern village's name ("-court", "-ville", "-villers",
"-ménil", "-mont") that the text places as a village (the head of a headline before its
colon, after "à", "par" or a noun's "de", or in a list with another such name or a place);
a village after "la commune de" that the tagger reads as an adjective; and "un motocycliste
de X" read whole as one thing, whose last word is the village. The pitfall tables hold what
must not change: people with such surnames, words so ended that name no place.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names as _names


# ------------------------------------------------ a village's shape and a place's evidence
@pytest.mark.parametrize(("text", "towns"), [
    # fixed: the model read the village as a thing (MISC), a person or a body
    ("Champvillers : la doyenne a cent ans\nMarthe Loison a fêté ses cent ans. La doyenne de "
     "Champvillers est née en 1900.", ["Champvillers"]),
    ("Harbévillers : la doyenne fête ses cent ans\nLa centenaire est née en 1900.", ["Harbévillers"]),
    ("Dormécourt : le club de gymnastique en fête\nLes gymnastes ont présenté leur gala.", ["Dormécourt"]),
    ("Xousseville : la fête du pain\nLes boulangers ont pétri toute la nuit.", ["Xousseville"]),
    ("Le rallye passera par Dormécourt, Harbécourt et Champvillers samedi.",
     ["Dormécourt", "Harbécourt", "Champvillers"]),
    ("Le cortège ira de Mervillers à Sarvillers en passant par Dormécourt.", ["Mervillers", "Sarvillers"]),
    ("La tournée passera par Gerbévillers, Varnois et Magnières.", ["Gerbévillers"]),
    # already right before
    ("Le Tour de Lorraine traversera Vaudrémont, Sorlicourt et Lorcourt mardi.",
     ["Vaudrémont", "Sorlicourt", "Lorcourt"]),
    pytest.param("Clévimont : la brocante a fait le plein\nPrès de cent exposants ont déballé dimanche.",
                 ["Clévimont"], marks=pytest.mark.xfail(strict=True, reason="headline rule taken back")),
    ("Tornécourt : le club de judo en fête\nLes judokas ont présenté leur gala.", ["Tornécourt"]),
])
def test_a_village_shaped_name_the_model_reads_as_a_thing(extract: Callable[..., dict], text: str,
                                                          towns: list[str]) -> None:
    places = _names(extract(text), "place")
    for town in towns:
        assert town in places


# ------------------------------------------------ "la commune de X", X tagged as an adjective
@pytest.mark.parametrize(("text", "town"), [
    # fixed
    ("Rozelieures\nLe téléthon a rapporté 12 000 francs. La commune de Rozelieures remercie les "
     "bénévoles.", "Rozelieures"),
    # already right before
    ("Le loto a rapporté 3 000 francs. La commune de Hablainvillers remercie les donateurs.",
     "Hablainvillers"),
    ("Les travaux sont finis. La commune de Frémifontaine a payé la facture.", "Frémifontaine"),
    ("Le conseil a voté le budget. La commune de Vennezières investira dans la voirie.", "Vennezières"),
])
def test_a_village_after_la_commune_de(extract: Callable[..., dict], text: str, town: str) -> None:
    assert town in _names(extract(text), "place")


# ------------------------------------------------ "un motocycliste de X" read whole or as a body
@pytest.mark.parametrize(("text", "town"), [
    # fixed: the model read "Un motocycliste de X" whole as a thing, or X as a body
    ("Un motocycliste de Gerbévillers a été blessé jeudi sur la nationale.", "Gerbévillers"),
    ("date 2000-03-14\nUn motocycliste de Xousseville a été blessé hier soir sur la route "
     "départementale.", "Xousseville"),
    ("date 2000-09-30\nUn cyclomotoriste de Dombrémont a chuté hier après-midi.", "Dombrémont"),
    # already right before
    ("Un cyclomotoriste de Barvelot a été renversé hier matin.", "Barvelot"),
    ("Une octogénaire de Mailloncourt a été secourue par les pompiers.", "Mailloncourt"),
])
def test_a_village_inside_a_residents_thing(extract: Callable[..., dict], text: str, town: str) -> None:
    assert town in _names(extract(text), "place")


# ------------------------------------------------ pitfalls: no place
@pytest.mark.parametrize(("text", "word"), [
    ("Jacques Harmécourt a été élu président du club. Harmécourt succède à Paul Vigneron.", "Harmécourt"),
    ("Marcel Dubrémont : quarante ans de bénévolat\nLe trésorier a été décoré dimanche.", "Dubrémont"),
    ("Les fleurs de Clémence ont été primées par le jury.", "Clémence"),
    ("Le maire, Jean Sarvillers, a ouvert la séance.\nSarvillers : « Le budget est tenu »", "Sarvillers"),
    ("Le trophée a été remis à Pierre Tornécourt. Tornécourt a remercié le club.", "Tornécourt"),
    ("Un motocycliste de Nathalie Verdois a été retrouvé.", "Nathalie Verdois"),
])
def test_no_place(extract: Callable[..., dict], text: str, word: str) -> None:
    assert word not in _names(extract(text), "place")
