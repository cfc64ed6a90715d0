"""Quotes in regional writing: the speaker named earlier, a pronoun or a title as the subject
(round 20b: a grid of invented local stories crossing how the person is introduced, what
stands between, and how the quotation is attributed).

Classes fixed:
- "Le président insiste : « ... »": the short clause hung by the parser on the quotation's
  verb, the finite verb of saying read as an adjective of its subject noun (adjective_read);
- "Titre\\nMme X dirige l'école. « Nous ... »": the name hung on the headline above, its verb
  read as a clause of the name (opening_subject_verb);
- "Mme X et M. Y ont ouvert le bal. « ... », confie-t-elle": of two people coordinated as the
  subject, the one of the pronoun's gender when each is given a civility (one_of_gender);
- "...\\nSelon lui, « ... »": a line the parser ran on from the paragraph above (stressed);
- "X préside le club. Le club compte cent membres. « ... », se félicite-t-il": a body by its
  class noun as the subject is not what "il" takes up when the sentence before has the man
  lead that body (leader_before).
Guards: two people of one gender, a given name of either gender, a body with no one named.
The sentences are written for this audit, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # the title the person was given in apposition
    ("Le loto du printemps\nAlain Berthomier, président de l'amicale des pêcheurs de Verquigny, a "
     "compté les cartons vendus. Le président insiste : « Sans les bénévoles, rien ne tiendrait. »",
     ["Alain Berthomier"]),
    # the title with its complement
    ("Le loto du printemps\nAlain Berthomier, président de l'amicale des pêcheurs de Verquigny, a "
     "compté les cartons vendus. Le président de l'amicale insiste : « Sans les bénévoles, rien ne "
     "tiendrait. »", ["Alain Berthomier"]),
    # the title given before the name
    ("Une salle neuve\nLe maire de Courtavel, Roland Bessenay, a coupé le ruban dimanche. Le maire "
     "insiste : « Cette salle appartient à toutes les associations. »", ["Roland Bessenay"]),
    # a man given his civility only
    ("Une rentrée calme\nM. Daubigny dirige le collège de Saint-Vrain depuis quatre ans. Le directeur "
     "insiste : « Les effectifs restent stables malgré la baisse des naissances. »", ["Daubigny"]),
])
def test_title_and_verb_before_a_colon(extract: Callable[..., dict], text: str,
                                       speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # "Mme X" opening the line under the headline, a bare quotation after her sentence
    ("La kermesse de l'été\nMme Bouvreuil dirige l'école primaire de Saint-Vrain depuis six ans. "
     "« Nous avons besoin de nouveaux bras pour continuer. »", ["Bouvreuil"]),
    ("La kermesse de l'été\nMme Bouvreuil dirige l'école primaire de Courtavel depuis dix ans. "
     "« Nous manquons de parents pour tenir les stands. »", ["Bouvreuil"]),
])
def test_civility_under_a_headline(extract: Callable[..., dict], text: str,
                                   speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("Fête au village\nMme Bouvreuil et M. Tissandier ont présenté le programme. « Je suis ravi de "
     "cette affluence », confie-t-il.", ["Tissandier"]),
    ("Fête au village\nMme Bouvreuil et M. Tissandier ont présenté le programme. « Je suis ravie de "
     "cette affluence », confie-t-elle.", ["Bouvreuil"]),
    # the man first
    ("Fête au village\nM. Tissandier et Mme Bouvreuil ont présenté le programme. « Je suis ravie de "
     "cette affluence », confie-t-elle.", ["Bouvreuil"]),
    ("Fête au village\nMme Mazelier et M. Combrouze ont présenté le programme. « Je suis ravi de "
     "cette affluence », confie-t-il.", ["Combrouze"]),
])
def test_pronoun_after_a_man_and_a_woman(extract: Callable[..., dict], text: str,
                                         speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # two women
    ("Fête au village\nJosiane Mazelier et Lucienne Combrouze ont présenté le programme. « Je suis "
     "ravie de cette affluence », confie-t-elle.", [None]),
    # two men
    ("Fête au village\nHubert Mazelier et Marcel Combrouze ont présenté le programme. « Je suis ravi "
     "de cette affluence », confie-t-il.", [None]),
    # a given name of either gender
    ("Fête au village\nDominique Mazelier et Hubert Combrouze ont présenté le programme. « Je suis "
     "ravie de cette affluence », confie-t-elle.", [None]),
])
def test_pronoun_guards(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("La kermesse de l'été\nLe maire de Courtavel, Roland Bessenay, a présenté le programme de la "
     "kermesse.\nSelon lui, « la fête doit rester gratuite pour les familles ».", ["Roland Bessenay"]),
    ("La kermesse de l'été\nJosiane Guénot, présidente du comité des fêtes de Courtavel, a présenté le "
     "programme de la kermesse.\nSelon elle, « la fête doit rester gratuite pour les familles ».",
     ["Josiane Guénot"]),
])
def test_according_to_a_pronoun_opening_a_paragraph(extract: Callable[..., dict], text: str,
                                                    speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("Le tennis se porte bien\nFabrice Olinet préside le club de tennis de Verquigny depuis 2016. "
     "Le club compte désormais cent vingt licenciés. « Nous avons doublé en cinq ans », se "
     "félicite-t-il.", ["Fabrice Olinet"]),
])
def test_pronoun_past_a_body_by_its_noun(extract: Callable[..., dict], text: str,
                                         speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # a body named, no person: the pronoun is the body
    ("Le tennis se porte bien\nLe club de tennis de Verquigny a tenu son assemblée samedi. Le club "
     "compte désormais cent vingt licenciés. « Nous avons doublé en cinq ans », se félicite-t-il.",
     "body"),
])
def test_body_guard(extract: Callable[..., dict], text: str, speakers: str) -> None:
    got = _speakers(extract(text))
    assert got == [None] or got == ["club de tennis de Verquigny"]
