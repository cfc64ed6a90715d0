"""Quotes: a speaker named earlier in the paragraph and taken up before the quotation
(round 32b).

Classes fixed:
- "Quarante bénévoles ont été remerciés, dont Odile Ferrand, qui ... . « ... », a-t-elle
  confié": the one person a sentence singles out of a group by "dont" (no verb of its own)
  is the one a pronoun, or "l'intéressé", of the next sentence takes up; before, the group
  as the subject, or a name read as a noun's complement, left the pronoun with no one
  (QuoteReader.singled_out);
- "Le trésorier du club, X, a présenté les comptes. Le responsable a souligné ... « ... »,
  a-t-il ajouté": a definite description with no complement, the subject of the sentence
  after one whose active subject is the one person it names, takes that person up (in the
  same paragraph); before, it stood for the one person of the whole text only
  (QuoteReader.subject_taken_up); "le responsable" may stand for any post held
  (models/quotes.json: periphrases);
- "Le hangar de X, un exploitant de Y, a brûlé ... « ... », confie l'agriculteur": the
  trades of the land stand for one another (periphrases: agriculteur, agricultrice,
  paysan, paysanne), as "l'éleveur" already did for "l'exploitant".
- "X se réjouit : « A. ¶« B. »": a quotation that runs to the end of its paragraph with
  no closing mark is reopened by the mark opening the next one (the French convention for
  words over several paragraphs): the same speaker goes on, forward (a blank line between
  the paragraphs as well as one line break) and back to paragraphs before the attribution
  (QuoteReader.reopened, used by the cascade's continuation and by run_on); before, only
  one line break between the paragraphs was read so, and only backward.
Guards: a group with no one singled out; "dont" opening a relative with its own verb; two
people named in the sentence before; a description in the next paragraph; a man singled out
before "elle". Every sentence is invented for this audit, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # a pronoun after a group, the one named member "dont" singles out (a noun before the
    # name), another man named in the sentence before
    ("Le procès de Julien Masson s'est ouvert lundi. Devant le palais, une centaine d'amis de "
     "l'accusé, dont son cousin Loïc Garnier, se sont rassemblés. « Nous voulons seulement que "
     "la vérité soit dite », a-t-il affirmé face aux caméras.", ["Loïc Garnier"]),
    # "l'intéressé" after the one singled out
    ("L'amicale des sapeurs-pompiers de Vaudrelle a tenu son assemblée dimanche. Douze anciens "
     "ont été décorés pour leur fidélité, dont Gaston Rivière, entré au corps en 1958. « Je n'ai "
     "jamais manqué une seule sainte Barbe », a souri l'intéressé.", ["Gaston Rivière"]),
])
def test_singled_out(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # "le responsable" after the treasurer's sentence, another person named further up
    ("Hélène Sarrazy a ouvert l'assemblée du comité des fêtes de Cerneuil. Le trésorier, "
     "Damien Fourcade, a présenté les comptes. Le responsable a souligné que les cotisations "
     "n'avaient pas bougé depuis trois ans. « Nous voulons rester accessibles aux familles », "
     "a-t-il ajouté.", ["Damien Fourcade"]),
    # a trade recast as the subject, another woman named in the paragraph before
    ("L'adjointe au maire, Claire Vasseur, a visité la ferme.\n\nArmelle Dutertre cultive vingt "
     "hectares de fraises à Plouzévet. La productrice a perdu la moitié de sa récolte dans "
     "l'orage. « Il ne reste presque rien à cueillir cette année », a-t-elle soupiré.",
     ["Armelle Dutertre"]),
    # "l'agriculteur" for the one the text called an exploitant
    ("Un incendie a détruit le hangar d'un exploitant de Sornéville, Mathieu Gérardin. Les "
     "pompiers de Nancy ont lutté toute la nuit, sous les ordres du capitaine Yves Tallard. "
     "« Trente ans de travail sont partis en fumée en une seule nuit », confiait l'agriculteur.",
     ["Mathieu Gérardin"]),
])
def test_description_taken_up(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # a group with no one singled out: the pronoun has no one
    ("Jean Meunier a salué les bénévoles. Une quarantaine de musiciens, venus de Lorraine et "
     "d'Alsace, ont été décorés. « J'avais douze ans quand tout a commencé », a-t-elle confié.",
     [None]),
    # a man singled out, "elle" after
    ("Une quarantaine de musiciens ont été décorés, dont Pierre Lallemand, qui joue du cornet "
     "depuis 1962. « J'avais douze ans quand tout a commencé », a-t-elle confié.", [None]),
    # two people named in the sentence before the description
    ("Le trésorier, Damien Fourcade, a reçu le maire, Alain Berthier. Le responsable a souligné "
     "que les cotisations n'avaient pas bougé. « Nous voulons rester accessibles aux familles », "
     "a-t-il ajouté.", [None]),
    # the description opens the next paragraph
    ("Alain Berthier a ouvert la séance. Le trésorier, Damien Fourcade, a présenté les comptes."
     "\n\nLe responsable a souligné que les cotisations n'avaient pas bougé. « Nous voulons rester "
     "accessibles aux familles », a-t-il ajouté.", [None]),
])
def test_guards(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # the quotation runs to its paragraph's end with no closing mark; a blank line, then the
    # next paragraph reopens it: the same speaker goes on
    ("Martine Keller, présidente du club de Rosbach, se réjouit : « Nous avons gagné trois "
     "titres cette saison, c'est une belle récompense pour les bénévoles.\n\n« Nous voulons "
     "maintenant ouvrir une école de football pour les filles du canton. »",
     ["Martine Keller", "Martine Keller"]),
    # the attribution in the last paragraph, a blank line between the two
    ("« Nous avons gagné trois titres cette saison, c'est une belle récompense pour tous.\n\n"
     "« Nous voulons maintenant ouvrir une école de football pour les filles », explique "
     "Martine Keller, présidente du club.", ["Martine Keller", "Martine Keller"]),
    # guard: the first quotation closed, its speaker given, someone else's words after a
    # paragraph that names them
    ("« Nous avons gagné trois titres cette saison, c'est une belle récompense », explique "
     "Martine Keller.\n\nLe maire, Jacques Roth, a félicité le club. « Nous financerons les "
     "nouveaux vestiaires dès l'an prochain », a-t-il promis.", ["Martine Keller", "Jacques Roth"]),
])
def test_reopened_paragraph(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers
