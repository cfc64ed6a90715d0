"""Quotes: a speaker named after a long title (round 23l: a grid crossing incises "« ... », a
déclaré" + twenty title phrases of every length + names + what follows the name, and the same
phrases as the subject before the quotation).

Classes fixed: an incise's subject phrase that goes on past a prepositional locution ("auprès
de") or a participle with no auxiliary ("chargée de", "désigné par") to the name set after a
comma (QuoteReader.speaker_near, title_extension); a lower-case word the tagger calls a name
between the article and the name in apposition ("sa cheffe, la juriste belge X":
titled_name); "Selon lui, X a fait « ... »": the stressed pronoun is read back from "selon",
never to the subject named after it (cue_char); a sentence opening on a description with no
article and the name between commas ("Lauréat de trois concours, X, 19 ans, partira ..."), the parser
leaving the verb without a subject: that name is the subject a pronoun after it takes up
(fronted_apposition). Guards: the agent after a participle is not the speaker, two names in
apposition after a spokesperson, a short title. The sentences are written for this audit,
with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import speaker_quotes

OPEN = "Le conseil s'est réuni jeudi à Vireux-sur-Aube. "


@pytest.mark.parametrize(("text", "speaker"), [
    # a locution "auprès de" inside the title's phrase
    (OPEN + "« Nous irons jusqu'au bout de cette négociation », a déclaré le délégué permanent "
     "de la Belgique auprès de l'Unesco, Achille Vandermolen, à la sortie de la séance.",
     "Achille Vandermolen"),
    # a spokesperson's body, then "auprès de": the name in apposition, not the body
    (OPEN + "« Le cessez-le-feu doit être respecté par tous », a déclaré l'envoyé spécial de "
     "l'Alliance des ports du Nord auprès de la Commission de Genève, Ludovic Perrache.",
     "Ludovic Perrache"),
    # a participle with its complement: "chargée de"
    (OPEN + "« Les travaux de la médiathèque commenceront avant l'hiver », a précisé l'adjointe "
     "chargée du patrimoine, Solène Marquebreuc.",
     "Solène Marquebreuc"),
    # a participle with its agent: "désigné par", the name after the comma
    (OPEN + "« Chacun devra faire un pas vers l'autre », a indiqué lundi le conciliateur désigné "
     "par la préfecture, Ambroise Tellier.",
     "Ambroise Tellier"),
    # a possessive title, then the apposition with a nationality the tagger reads as a name
    (OPEN + "L'association des riverains a rendu son rapport. « Le bruit a doublé en deux ans »,"
     " a résumé sa présidente, la diplomate autrichienne Clémence Aubertin-Vogel.",
     "Clémence Aubertin-Vogel"),
    # a trade outside the lexicon of titles, with a lower-case nationality
    (OPEN + "L'association des riverains a rendu son rapport. « Le bruit a doublé en deux ans »,"
     " a résumé sa présidente, la géologue danoise Clémence Aubertin-Vogel.",
     "Clémence Aubertin-Vogel"),
])
def test_incise_long_title(extract: Callable[..., dict], text: str, speaker: str) -> None:
    assert [sp for sp, _ in speaker_quotes(extract(text))] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # "Selon lui": the one quoted before, not the subject named after the pronoun
    ("« Le dossier ne tenait pas debout, les témoins se contredisaient tous », a tranché le "
     "magistrat Octave Perrichon, qui présidait l'audience. Selon lui, le promoteur Basile "
     "Fromentel a bel et bien signé « une vingtaine de faux contrats de vente » en deux ans.",
     "Octave Perrichon"),
    # a fronted description with no article, the name between commas, a pronoun incise
    ("Le club de Vaubrecourt a fini premier de sa poule. Auteur de quinze passes décisives "
     "cette année, Gaëtan Morvandiau, 23 ans, sera sûrement très sollicité l'été prochain. "
     "« Je me sens bien ici, je ne bougerai pas », promet-il.",
     "Gaëtan Morvandiau"),
])
def test_pronoun_after_title_phrase(extract: Callable[..., dict], text: str, speaker: str) -> None:
    speakers = [sp for sp, t in speaker_quotes(extract(text)) if not t.startswith("Le dossier")]
    assert speakers == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # the agent after the participle is not the speaker; no minister named: nobody
    (OPEN + "« Ce budget ne passera pas en l'état », a déclaré le ministre interrogé par "
     "Rodolphe Quincampoix.", None),
    # two names in apposition after a spokesperson: the first
    (OPEN + "« Rien n'a encore été décidé pour la cantine », a indiqué la porte-parole de la "
     "mairie, Judith Lamarguerie, et Noé Brassempouy.", "Judith Lamarguerie"),
    # a nationality the tagger reads as an adjective: found before as well
    (OPEN + "« Le bruit a doublé en deux ans », a résumé la présidente du comité, la juriste "
     "belge Clémence Aubertin-Vogel.", "Clémence Aubertin-Vogel"),
    # a trade outside the lexicon, no nationality: not read as the apposition's title
    (OPEN + "« Le bruit a doublé en deux ans », a résumé sa présidente, la géologue Clémence "
     "Aubertin-Vogel.", None),
    # a spokesperson of a body and no name after the phrase: the body speaks
    (OPEN + "« Rien n'est encore décidé pour la suite du chantier », a déclaré un porte-parole "
     "de la Banque Orvalis, à Paris.", "Banque Orvalis"),
    # a short title then the name: unchanged
    (OPEN + "« Le pont rouvrira au printemps », a assuré le maire de Vireux-sur-Aube, Fulbert "
     "Chamoiseau.", "Fulbert Chamoiseau"),
])
def test_guards(extract: Callable[..., dict], text: str, speaker: str | None) -> None:
    assert [sp for sp, _ in speaker_quotes(extract(text))] == [speaker]
