"""Quotes: wrong speakers (round 22m: a grid of club, committee and firm portraits crossing
how the leader is introduced (a verb of office, "est président de", an apposition, "présidé
par"), the sentences between, a paragraph break, and "nous" or "je" in the quotation).

Classes fixed:
- "X préside le club. [sentences] Le club compte ... . « Nous ... », explique-t-il": when the
  sentence a pronoun goes back to has a body for its subject, and the text gave one person of
  the pronoun's gender a role held in that body (not a past one), that person speaks for it;
  before, the body was the speaker unless the leader's sentence came right before
  (QuoteReader.body_voice, fed by the roles' bodies from facts.build_facts);
- "La commune a recruté Y, un habitant du bourg. « ... », regrette l'habitant": a noun
  in an incise that the text gave one person in apposition before (between commas, or
  closing the sentence) takes up that person; before, a pronoun-like reach back to the
  subject of a sentence further up gave someone else (QuoteReader.apposed_description).
Guards: the noun given to someone further up, no apposition at all; a body with no leader
named, a former president, a leader of the other gender, a feminine body noun with a male
leader ("a-t-elle indiqué": the firm). Every sentence is written for this audit, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # a verb of office, one sentence between the leader's and the body's
    ("Hervé Lambertin préside le club de tennis de Sorgueil depuis six ans. Les courts ont été "
     "refaits au printemps. Le club accueille désormais quatre-vingts joueurs. « Nous manquons "
     "surtout d'éducateurs pour les enfants », explique-t-il.", ["Hervé Lambertin"]),
    # "est président de", the quotation in the next paragraph
    ("Gilles Morvandier est président du comité des fêtes de Lanvézec depuis 2015. Le comité "
     "prépare sa grande brocante d'été.\n\n« Nous attendons plus de deux cents exposants cette "
     "année », se réjouit-il.", ["Gilles Morvandier"]),
    # a title in apposition to the leader
    ("Josiane Keriven, présidente de l'association Les Jardins du Moulin, a reçu les adhérents "
     "dimanche. L'association a planté une centaine d'arbres fruitiers cet hiver. « Nous voulons "
     "que chaque famille puisse cueillir ses pommes », raconte-t-elle.", ["Josiane Keriven"]),
    # "présidé par", the first person in the quotation
    ("Le club de judo de Pontarmé, présidé par Lionel Ferrandou, a fêté ses trente ans. Le club "
     "a organisé un tournoi pour l'occasion. « Je suis fier de voir autant d'anciens revenus "
     "sur le tatami », confie-t-il.", ["Lionel Ferrandou"]),
    # a verb of office, a firm whose noun is feminine, a woman at its head
    ("Mireille Dauvergne dirige la société Laiteries Coustal depuis 2018. Les ventes ont "
     "progressé de 8 % l'an dernier. La société vient d'ouvrir un second atelier. « Nous allons "
     "embaucher une dizaine de personnes d'ici l'automne », annonce-t-elle.", ["Mireille Dauvergne"]),
])
def test_leader_speaks_for_the_body(extract: Callable[..., dict], text: str,
                                    speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # the incise's noun given in apposition closing the sentence, a man further up the text
    ("Bertrand Caussade cultive ses vignes à Lorvenne depuis trente ans.\n\nLa commune a "
     "recruté Yannick Derval, un habitant du bourg. « On ne trouve plus de chêne à un prix "
     "raisonnable dans la région », regrette l'habitant.", ["Yannick Derval"]),
    ("Bertrand Caussade habite Lorvenne depuis trente ans.\n\nLa mairie a embauché Yannick "
     "Derval, un riverain du lavoir. « Les enfants viennent y jouer tous les mercredis "
     "après-midi », raconte le riverain.", ["Yannick Derval"]),
    ("Bertrand Caussade cultive ses vignes à Lorvenne depuis trente ans.\n\nLe club a recruté "
     "Yannick Derval, un voisin du stade. « Les enfants viennent y jouer tous les mercredis "
     "après-midi », raconte le voisin.", ["Yannick Derval"]),
])
def test_apposed_description(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # the noun given to the man further up, another noun to the one the paragraph names
    ("Bertrand Caussade, un habitant du hameau, a repeint la chapelle.\n\nLa commune a recruté "
     "Yannick Derval, un voisin du bourg. « Les enfants viennent y jouer tous les mercredis "
     "après-midi », raconte l'habitant.", ["Bertrand Caussade"]),
    # nobody given the noun in apposition
    ("Yannick Derval a rouvert le lavoir du hameau. « Les enfants viennent y jouer tous les "
     "mercredis après-midi », raconte-t-il.", ["Yannick Derval"]),
    # nobody leads the club in the text: the club stays the one meant
    ("Le club de tennis de Sorgueil a battu celui de Bréval. Le club accueille désormais "
     "quatre-vingts joueurs. « Nous manquons surtout d'éducateurs pour les enfants », "
     "explique-t-il.", ["club de tennis de Sorgueil"]),
    # a former president does not speak for the club
    ("Hervé Lambertin, ancien président du club de tennis de Sorgueil, a quitté la région. Le "
     "club accueille désormais quatre-vingts joueurs. « Nous manquons surtout d'éducateurs pour "
     "les enfants », explique-t-il.", ["club de tennis de Sorgueil"]),
    # the leader is a woman, the pronoun masculine
    ("Josiane Keriven préside le club de tennis de Sorgueil. Le club accueille désormais "
     "quatre-vingts joueurs. « Nous manquons surtout d'éducateurs pour les enfants », "
     "explique-t-il.", ["club de tennis de Sorgueil"]),
    # a man leads the firm, the pronoun is feminine: the firm
    ("Lionel Ferrandou dirige la société Laiteries Coustal. La société emploie quarante "
     "salariés. « Le lait manque depuis le début de l'hiver », a-t-elle indiqué dans un "
     "communiqué.", ["Laiteries Coustal"]),
])
def test_guards(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers
