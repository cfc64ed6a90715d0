"""A sentence that opens on its source ("Selon X, ...", "D'après X, ...") and gives a quoted
complement further on (issue 13, round 14h: quotation recall).

Two ways the source was lost and the quotation, with no verb of its own, dropped: a long
apposition between the source and the quotation ("D'après le porte-parole de X, qui ..., Y,
la réunion pourrait se tenir « ... »") put the source beyond the 30 tokens read back; and a
thing subject of a verb that may be one of saying ("les travaux vont reprendre « ... »") ended
the search on nobody. Sentences written for this audit (invented names); the pitfall tables
hold what must not change: a wrong speaker is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import speaker_quotes as _quotes


# ---------------------------------------------------------------- the source the sentence opens on
@pytest.mark.parametrize(("text", "speaker", "quote"), [
    ("D'après le secrétaire général du syndicat des marins du port de commerce, qui dirige aussi "
     "depuis trois ans la fédération des dockers de la façade atlantique, Jean-Marc Tessandier, la "
     "grève des équipes de nuit sera levée « avant la fin de la semaine prochaine ».",
     "Jean-Marc Tessandier", "avant la fin de la semaine prochaine"),
    ("Selon Paul Escoubier, les travaux vont reprendre « avant la fin du printemps prochain ».",
     "Paul Escoubier", "avant la fin du printemps prochain"),
    ("D'après la maire de Plouzévédé, Odile Kerbrannec, la circulation reprendra « dès que les "
     "pompiers auront fini leur travail ».", "Odile Kerbrannec",
     "dès que les pompiers auront fini leur travail"),
    ("Mais selon l'entraîneur Rodolphe Vaissière, les matches de l'équipe reprendront « au plus tôt "
     "à la mi-janvier de l'an prochain ».", "Rodolphe Vaissière",
     "au plus tôt à la mi-janvier de l'an prochain"),
])
def test_the_source_a_sentence_opens_on(extract: Callable[..., dict], text: str, speaker: str,
                                        quote: str) -> None:
    assert _quotes(extract(text)) == [(speaker, quote)]


# ---------------------------------------------------------------- pitfalls: what must not change
@pytest.mark.parametrize(("text", "expected"), [
    # a person subject of the verb of saying still speaks, whatever the sentence opens on
    ("Selon le communiqué publié hier soir, Lucienne Abgrall a déclaré « qu'elle ne briguerait pas "
     "de second mandat ».",
     [("Lucienne Abgrall", "qu'elle ne briguerait pas de second mandat")]),
    # within 30 tokens, as before
    ("Selon la directrice de l'hôpital de Brignoles, qui dirige aussi le groupement des hôpitaux "
     "du Var, Agnès Pelliccioni, les urgences pourraient rouvrir « au début du mois de juin "
     "prochain ».", [("Agnès Pelliccioni", "au début du mois de juin prochain")]),
    # the source names nobody: no speaker (the verbless phrase is not kept, as before)
    ("Selon les riverains, les travaux vont reprendre « avant la fin du printemps prochain ».", []),
    # no source at the opening: a thing subject, no speaker
    ("Les travaux vont reprendre « avant la fin du printemps prochain », a écrit le journal local.",
     []),
    # a source in the sentence before is not this sentence's
    ("Selon Paul Escoubier, le chantier avance bien. Le syndicat Solidaires-Fret a dénoncé « des cadences "
     "devenues intenables pour les ouvriers ».",
     [("Solidaires-Fret", "des cadences devenues intenables pour les ouvriers")]),
])
def test_pitfalls_keep_their_speaker(extract: Callable[..., dict], text: str,
                                     expected: list[tuple[str | None, str]]) -> None:
    assert _quotes(extract(text)) == expected


# ---------------------------------------------------------------- an honorific in apposition
@pytest.mark.parametrize(("text", "speaker"), [
    ("« La foi rassemble bien au-delà des croyants du village », observe le curé de la paroisse, "
     "le père Anselme Troubadec.", "Anselme Troubadec"),
    ("« Les urgences débordent depuis le début du mois de janvier », constate le chef de service, "
     "le docteur Firmin Loiseleur.", "Firmin Loiseleur"),
    ("« Nous accueillons chaque hiver une vingtaine de sans-abri », confiait mardi la supérieure du "
     "couvent, la sœur Marie-Odile Castagnolle.", "Marie-Odile Castagnolle"),
])
def test_an_honorific_before_the_name_in_apposition(extract: Callable[..., dict], text: str,
                                                    speaker: str) -> None:
    assert [s for s, _ in _quotes(extract(text))] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # a kinship noun with its complement: the relative of someone, who is not that someone
    ("« Il ne rentrait jamais après minuit sans prévenir », raconte un voisin, le père de Julien "
     "Marquetti.", None),
    ("« Elle voulait devenir infirmière depuis toute petite », confie la sœur de Léonie Brassac.",
     None),
    # the apposition without honorific, or the parser's own reading, as before
    ("« Nos élèves viennent de toute la vallée depuis trente ans », rappelle le directeur du collège "
     "Saint-Joseph, le frère Ambroise Kerlidou.", "Ambroise Kerlidou"),
    ("« La foi rassemble bien au-delà des croyants du village », observe le curé de la paroisse, "
     "Anselme Troubadec.", "Anselme Troubadec"),
])
def test_a_relative_is_not_an_honorific(extract: Callable[..., dict], text: str,
                                        speaker: str | None) -> None:
    assert [s for s, _ in _quotes(extract(text))] == [speaker]
