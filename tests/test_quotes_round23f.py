"""Quotes: dialogue lines opened by a dash (round 23f: a grid crossing how an interview is
introduced — "Nous avons interrogé X", "rencontré", "posé quelques questions à", a subject
who answers — with another speaker named earlier in the text, the dash, blank lines between
the lines; and a hearing's exchange where the question carries its own incise).

Class fixed: the answers of an interview laid out as question / answer lines are the words of
the one person the exchange's introduction names (its last sentence, else its paragraph), also
when the text named other people before (QuoteReader.introduced_guest, read by interviewee);
the subject of a verb of questioning asks, it does not answer. A dialogue line's incise may
follow its question mark ("— Pourquoi ... ? lui demande la juge, X."): the question is X's,
and the line answering it is the words of the one other person named before the exchange.
A dialogue line (em or en dash) right after the narration, no dialogue line before it, is
read as a quotation that opens its sentence: the one person the sentence before names, as its
subject (QuoteReader.introduced, named=True), or, after a colon, the one announcing it.
Guards: an introduction naming two people, a credit line naming the journalist, a hearing
where two people other than the one who asks were named, a portrait's line after a sentence
naming two people or no one. The sentences are written for this
audit, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import speaker_quotes

EARLIER = ("L'hiver a été rude pour les éleveurs du plateau. « Il a fallu acheter du foin "
           "jusqu'en avril », rappelait en mars Gaspard Belleville, président du syndicat.\n\n")


def _by_start(result: dict, starts: list[str]) -> dict[str, str | None]:
    """The speaker of the quote starting with each of `starts` ("absent" when none does)."""
    quotes = speaker_quotes(result)
    return {k: next((sp for sp, text in quotes if text.startswith(k)), "absent") for k in starts}


@pytest.mark.parametrize(("text", "expected"), [
    # "Nous avons interrogé X, ...": the object of the introduction answers, not the man
    # quoted in an earlier paragraph
    (EARLIER + "Nous avons interrogé Mireille Castagnol, vétérinaire à Saint-Aubrac.\n\n"
     "— Les troupeaux ont-ils souffert ?\n\n"
     "— Moins que prévu, heureusement. Nous avons surtout vu des bêtes fatiguées.\n\n"
     "— Et pour l'été ?\n\n"
     "— Tout dépendra de la pluie, comme toujours sur le plateau.\n",
     {"Moins que prévu, heureus": "Mireille Castagnol",
      "Tout dépendra de la plui": "Mireille Castagnol"}),
    # "rencontré", en dashes, no blank lines between the lines
    (EARLIER + "Nous avons rencontré Hervé Lamboley, maire de Cornimont-le-Haut, dans son "
     "bureau.\n"
     "– Comment voyez-vous l'avenir de la commune ?\n"
     "– Avec confiance, malgré tout. Trois familles se sont installées cette année.\n",
     {"Avec confiance, malgré t": "Hervé Lamboley"}),
    # "posé quelques questions à X": the questions are the paper's, no quotation
    (EARLIER + "Nous avons posé quelques questions à Yannick Perraudin, entraîneur de "
     "l'Étoile sportive de Vaubrecourt.\n\n"
     "— Quels sont vos objectifs pour la saison prochaine ?\n\n"
     "— Nous allons viser la montée, avec un groupe plus jeune et plus rapide.\n",
     {"Nous allons viser la mon": "Yannick Perraudin"}),
])
def test_interview_introduced(extract: Callable[..., dict], text: str,
                              expected: dict[str, str | None]) -> None:
    result = extract(text)
    assert _by_start(result, list(expected)) == expected
    # the questions are the paper's own words, no quotation
    assert not any(t.startswith(("Les troupeaux", "Quels sont vos", "Comment voyez"))
                   for _, t in speaker_quotes(result))


HEARING = ("Pendant quatre ans, Lucien Brébant a détourné l'argent de la coopérative de Sarlieu. "
           "Mardi, le prévenu comparaissait devant le tribunal.\n\n")


@pytest.mark.parametrize(("text", "expected"), [
    # the question's incise after its question mark; the answer is the defendant's
    (HEARING + "— Pourquoi avoir continué pendant si longtemps ? lui demande la présidente, "
     "Odile Ferrandier.\n\n"
     "— Je voulais tout rembourser avant la fin de l'année, je le jure.\n\n"
     "Le prévenu baisse les yeux.",
     {"Pourquoi avoir continué ": "Odile Ferrandier",
      "Je voulais tout rembours": "Lucien Brébant"}),
    # an inverted subject with no clitic, en dashes
    (HEARING + "– Qui d'autre était au courant de ces virements ? insiste le président du "
     "tribunal, Marc Delorme.\n"
     "– Personne, j'ai toujours tout fait seul dans mon bureau.\n",
     {"Qui d'autre était au co": "Marc Delorme",
      "Personne, j'ai toujours ": "Lucien Brébant"}),
    # guard: a lawyer named too, who answers? nobody is given
    (HEARING + "Son avocate, Me Solène Guirec, avait demandé un renvoi, refusé par le tribunal."
     "\n\n— Pourquoi avoir continué pendant si longtemps ? lui demande la présidente, "
     "Odile Ferrandier.\n\n"
     "— Je voulais tout rembourser avant la fin de l'année, je le jure.\n",
     {"Pourquoi avoir continué ": "Odile Ferrandier",
      "Je voulais tout rembours": None}),
])
def test_hearing_exchange(extract: Callable[..., dict], text: str,
                          expected: dict[str, str | None]) -> None:
    assert _by_start(extract(text), list(expected)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two people introduced: which one answers?
    ("La ferme reprend vie\n\nLe village compte désormais trois exploitations.\n\n"
     "Nous avons interrogé Paulette Guérin et Bastien Lhuillier, éleveurs à Vernois.\n\n"
     "— Pourquoi avoir repris la ferme ?\n\n"
     "— Nous voulions rester au pays, et la terre était disponible à un bon prix.\n",
     {"Nous voulions rester au ": None}),
    # the introduction names a man and the woman he is the father of
    ("La ferme reprend vie\n\nLe village compte désormais trois exploitations.\n\n"
     "Nous avons rencontré Paulette Guérin, la fille de Bastien Lhuillier.\n\n"
     "— Pourquoi avoir repris la ferme ?\n\n"
     "— Nous voulions rester au pays, et la terre était disponible à un bon prix.\n",
     {"Nous voulions rester au ": None}),
    # the credit line names the journalist: no introduction
    ("Le chantier du siècle\n\nGaspard Belleville, ingénieur, a suivi le chantier de bout en "
     "bout. « C'est une fierté », dit-il.\n\nLes travaux ont duré trois ans. Propos recueillis "
     "par Ninon Varlet.\n\n— Quel a été le moment le plus difficile ?\n\n"
     "— Sans doute l'hiver dernier, quand la grue est tombée en panne.\n",
     {"Sans doute l'hiver derni": None}),
    # the subject of the introduction answers, as before
    ("Le maire répond\n\nHervé Lamboley, maire de Cornimont-le-Haut, a accepté de répondre "
     "à nos questions.\n\n— Pourquoi fermer l'école ?\n\n"
     "— Nous n'avons plus que onze élèves, et l'académie ne nous laisse pas le choix.\n",
     {"Nous n'avons plus que on": "Hervé Lamboley"}),
])
def test_guards(extract: Callable[..., dict], text: str, expected: dict[str, str | None]) -> None:
    assert _by_start(extract(text), list(expected)) == expected


PORTRAIT = ("La dernière couturière de Vernois\n\nLe village a perdu sa boulangerie l'an dernier. "
            "Le maire, Julien Aubertin, cherche un repreneur.\n\n")


@pytest.mark.parametrize(("text", "expected"), [
    # a dialogue line right after the narration: the one person its last sentence names
    (PORTRAIT + "Dans son atelier de la rue Haute, Germaine Tissier coud encore chaque matin.\n\n"
     "— J'ai commencé à quatorze ans, chez ma tante, et je n'ai jamais arrêté depuis.\n",
     {"J'ai commencé à quatorze": "Germaine Tissier"}),
    # the same, announced by a colon, an en dash on the next line
    (PORTRAIT + "Germaine Tissier raconte ses débuts :\n"
     "– Nous étions six couturières dans la vallée, je suis la dernière aujourd'hui.\n",
     {"Nous étions six couturièr": "Germaine Tissier"}),
    # guard: the sentence before names two people
    (PORTRAIT + "Lucie Brenier et Germaine Tissier travaillent ensemble depuis dix ans.\n\n"
     "— Nous étions six couturières dans la vallée, je suis la dernière aujourd'hui.\n",
     {"Nous étions six couturièr": None}),
    # guard: the sentence before names no one; the mayor two sentences up is not the speaker
    (PORTRAIT + "Ses clientes viennent parfois de loin.\n\n"
     "— Nous étions six couturières dans la vallée, je suis la dernière aujourd'hui.\n",
     {"Nous étions six couturièr": None}),
])
def test_portrait_line(extract: Callable[..., dict], text: str, expected: dict[str, str | None]) -> None:
    assert _by_start(extract(text), list(expected)) == expected
