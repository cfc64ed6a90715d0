"""Titles standing right before the holder's name that were missed (round 23c).

Sentences written for this audit, with invented names. Five rules of French news writing:

- a second title set between commas by an additive adverb ("également", "aussi", "par
  ailleurs") after a first title and before the name is held by that name too: "Le président
  de X, également maire de Y, Z, ..." gives Z both titles, each in its own body (no sharing of
  the body, unlike "président et trésorier de X");
- a place after the title's body, opened by "dans", says where the holder works and is read
  over to the name: "le délégué de l'agence dans le Morbihan, Z", as "en" and "à" were;
- a title the tagger calls an adjective ("troisième-ligne") after the article of a contracted
  preposition ("du", "au") is a title when the name follows it: "une percée du troisième-ligne
  Z", as "le troisième-ligne Z" is;
- a party's acronym in parentheses between the title and the name is read over: "le député
  (LFI) Z", as it is before the title's complement ("le maire (PS) de Lure, Z");
- the title after the infinitive of a copula in a clause of time "avant de" is held by the
  subject of the verb the clause depends on: "X a enseigné à Lure avant de devenir principal
  du collège" (what came after is told as done; "pour devenir", "espère devenir" are not).

The guard table holds what must not change.
"""

from collections.abc import Callable

import pytest

from conftest import held_of as _held
from conftest import role_triples as _roles


# ------------------------------------------------- titles before the name, now read
@pytest.mark.parametrize(("text", "person", "title", "of"), [
    # a second title between commas after "également": the first one, with its own body
    ("Le président de l'association Les Amis du Lavoir, également maire de Frahier, Anselme "
     "Courtade, a ouvert la séance.", "Anselme Courtade", "président", "Amis du Lavoir"),
    # after "aussi", a woman, a firm
    ("La directrice de l'entreprise Valtech Industries, aussi conseillère municipale de Lure, "
     "Maëlle Quintarel, a reçu les élus.", "Maëlle Quintarel", "directrice", "Valtech"),
    # a bare first title, "par ailleurs"
    ("Le trésorier du club de Vaudrecourt, par ailleurs adjoint au maire, Firmin Caduc, a lu les "
     "comptes.", "Firmin Caduc", "trésorier", None),
    # "dans" and a département after a union
    ("Le délégué régional de la CFDT dans les Vosges, Octave Delabarre, dénonce le plan de "
     "départs.", "Octave Delabarre", "délégué régional", None),
    # "dans" and a département after a firm, the holder then quoted
    ("« Nous tiendrons les délais », a assuré le directeur de l'entreprise Valtech Industries "
     "dans le Doubs, Lucien Marquevel.", "Lucien Marquevel", "directeur", None),
    # a rugby position after "du"
    ("Les visiteurs ont réduit l'écart sur une percée du troisième-ligne Bastien Carrère peu "
     "avant le coup de sifflet final.", "Bastien Carrère", "troisième-ligne", None),
    # a party label in parentheses, then the name, after a passive's "par"
    ("Le texte a été critiqué par le député (LFI) Gaspard Mérindol lors du débat.",
     "Gaspard Mérindol", "député", None),
    # the same in a second sentence, feminine
    ("Le projet de loi a été adopté mardi. La sénatrice (PS) Solène Vitrac s'est abstenue.",
     "Solène Vitrac", "sénatrice", None),
    # "avant de devenir": the title of the infinitive is the main verb's subject's
    ("Anselme Courtade a enseigné à Lure avant de devenir principal du collège de Frahier.",
     "Anselme Courtade", "principal", "collège de Frahier"),
    # the same with a pronoun subject taking up the person named before
    ("Maëlle Quintarel est arrivée à Lure en 2001. Elle a travaillé chez Valtech pendant dix ans, "
     "avant de devenir directrice de l'usine de Frahier.", "Maëlle Quintarel", "directrice", None),
])
def test_a_title_before_the_name_is_read(extract: Callable[..., dict], text: str, person: str,
                                         title: str, of: str | None) -> None:
    held = _held(_roles(extract(text)), person, title)
    assert held
    if of is not None:
        assert any(x is not None and of in x for x in held)


# ------------------------------------------------- guards
@pytest.mark.parametrize(("text", "person", "title", "of"), [
    # the second title keeps its own body, not the first one's
    ("Le président de l'association Les Amis du Lavoir, également maire de Frahier, Anselme "
     "Courtade, a ouvert la séance.", "Anselme Courtade", "maire", "Frahier"),
    # the second title after the name, as before
    ("Le président du comité, Firmin Caduc, également adjoint au maire de Lure, a accueilli les "
     "parents.", "Firmin Caduc", "adjoint au maire", "Lure"),
    # a party label in parentheses before the complement, as before
    ("Le maire (PS) de Lure, Anselme Courtade, a voté contre.", "Anselme Courtade", "maire", "Lure"),
    # a title after "en" and a place, as before
    ("Le délégué de la CGT en Moselle, Octave Delabarre, a signé l'accord.", "Octave Delabarre",
     "délégué", None),
])
def test_titles_that_were_read_stay(extract: Callable[..., dict], text: str, person: str, title: str,
                                    of: str | None) -> None:
    held = _held(_roles(extract(text)), person, title)
    assert held
    if of is not None:
        assert any(x is not None and of in x for x in held)


@pytest.mark.parametrize(("text", "person", "title"), [
    # a word after "également" that is no title: nothing is added
    ("Le directeur de l'école, également présent, Firmin Caduc, a accueilli les parents.",
     "Firmin Caduc", "présent"),
    # an adjective after "du" before a name is no title
    ("On attendait le retour du jeune Bastien Carrère dans l'équipe.", "Bastien Carrère", "jeune"),
    # a title of the first person in a list is not the second's
    ("Le maire de Lure, Anselme Courtade, et son adjoint, Firmin Caduc, ont visité le chantier.",
     "Firmin Caduc", "maire"),
    # a purpose or a wish holds no office
    ("Anselme Courtade espère devenir maire de Frahier.", "Anselme Courtade", "maire"),
    # "avant de" under a verb with no subject of its own
    ("Anselme Courtade veut attendre avant de devenir président du club.", "Anselme Courtade",
     "président"),
    # "respectivement": each title to its own holder
    ("Maëlle Quintarel et Solène Vitrac, respectivement présidente et trésorière du club, ont "
     "parlé.", "Solène Vitrac", "présidente"),
])
def test_no_title_is_added(extract: Callable[..., dict], text: str, person: str, title: str) -> None:
    assert not _held(_roles(extract(text)), person, title)
