"""The `of` of a title whose body the text names elsewhere (round 20a).

Sentences written for this audit, with invented names. Three rules of French news writing:

- one who runs or owns an establishment with a staff (a hospital, a clinic, a museum, a
  camping, a hotel, a shop) is named by the bare post, "le directeur", "la directrice des
  soins", "le propriétaire", "la patronne": the post is held in the establishment named in its
  sentence or the one before, else in the one the story opens on (models/roles/titles.json
  establishment_posts / establishment_heads);
- "au sein de" after a title opens the body the title is held in, as "de" does; it is no
  domain of the title ("trésorier au sein de l'amicale X");
- a bare office ("le président", "la responsable") with no body in its sentence is held in
  the organization the story opens on, the subject of its first sentence, when that sentence
  names no other; not when a possessive ties it to the body named just before.

The guard tables hold what must not change.
"""

from collections.abc import Callable

import pytest

from conftest import held_of as _held
from conftest import role_triples as _roles


# ------------------------------------------------- an establishment's head or owner
@pytest.mark.parametrize(("text", "person", "title", "of"), [
    # a hospital typed as a place, its director in the next sentence
    ("Le centre hospitalier de Mirecourt a inauguré un service de pédiatrie lundi. Le directeur, "
     "Anselme Courtade, a remercié les soignants.", "Anselme Courtade", "directeur",
     "centre hospitalier de Mirecourt"),
    # a post with a tail that says which part of the running
    ("La clinique des Sorbiers recrute dix infirmières. La directrice des soins, Maëlle Quintarel, "
     "reçoit les candidates.", "Maëlle Quintarel", "directrice des soins", "clinique des Sorbiers"),
    # the head physician, the hospital in the same sentence
    ("À l'hôpital de Remiremont, le médecin-chef, Octave Delabarre, réclame des lits.",
     "Octave Delabarre", "médecin-chef", "hôpital de Remiremont"),
    # the owner of a shop named two sentences before
    ("La Maison de la presse de Charmes vend des journaux de toute l'Europe. Les touristes "
     "adorent. « C'est un service que nous rendons », dit le propriétaire, Firmin Caduc.",
     "Firmin Caduc", "propriétaire", "Maison de la presse de Charmes"),
    # the manager of a camping
    ("Le camping des Mélèzes affiche complet. La gérante, Solène Vitrac, refuse du monde.",
     "Solène Vitrac", "gérante", "camping des Mélèzes"),
    # the boss of a hotel, feminine
    ("L'hôtel du Grand Cerf rouvre après travaux. La patronne, Ginette Brossard, a repeint les "
     "chambres.", "Ginette Brossard", "patronne", "hôtel du Grand Cerf"),
    # a museum's director, with a qualifier
    ("Le musée de la Broderie de Vaudrecourt a reçu un don. L'ancien directeur, Lucien Marquevel, "
     "était présent.", "Lucien Marquevel", "ancien directeur", "musée de la Broderie"),
])
def test_an_establishment_post_is_held_there(extract: Callable[..., dict], text: str, person: str,
                                             title: str, of: str) -> None:
    assert any(x is not None and of in x for x in _held(_roles(extract(text)), person, title))


# ------------------------------------------------- "au sein de" opens the body
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Anselme Courtade, trésorier au sein de l'association Les Amis du Lavoir, a présenté les "
     "comptes.", "Anselme Courtade", "trésorier", "Les Amis du Lavoir"),
    ("Maëlle Quintarel, bénévole au sein du Secours populaire, distribue les colis.",
     "Maëlle Quintarel", "bénévole", "Secours populaire"),
    ("Octave Delabarre, ingénieur au sein de la société Brivatec, a conçu la machine.",
     "Octave Delabarre", "ingénieur", "Brivatec"),
])
def test_au_sein_de_opens_the_body(extract: Callable[..., dict], text: str, person: str,
                                   role: str, of: str) -> None:
    roles = _roles(extract(text))
    assert (person, role, of) in roles


# ------------------------------------------------- the body the story opens on
@pytest.mark.parametrize(("text", "person", "title", "of"), [
    # a town hall named in between: a town hall has a mayor, the president is the association's
    ("L'association Les Amis du Lavoir a fêté ses vingt ans samedi. La mairie de Charmes avait "
     "prêté la salle. Le président, Anselme Courtade, a remercié les bénévoles.",
     "Anselme Courtade", "président", "Les Amis du Lavoir"),
    # a function named bare, two bodies named once each
    ("L'association La Main tendue a lancé sa collecte hier. Les bénévoles ont reçu des cartons "
     "de la Banque alimentaire. Responsable départementale, Maëlle Quintarel craint la hausse des "
     "demandes.", "Maëlle Quintarel", "responsable", "La Main tendue"),
])
def test_a_bare_office_is_held_in_the_opening_body(extract: Callable[..., dict], text: str,
                                                   person: str, title: str, of: str) -> None:
    assert of in _held(_roles(extract(text)), person, title)


# ------------------------------------------------- a bare deputy, a fire station's chief
@pytest.mark.parametrize(("text", "person", "title", "of"), [
    # "son adjoint": the deputy of one who heads a body, in that body
    ("Le directeur du centre de secours de Charmes, Anselme Courtade, et son adjoint, Octave "
     "Delabarre, ont reçu leurs médailles.", "Octave Delabarre", "adjoint", "centre de secours de Charmes"),
    ("Maëlle Quintarel, gérante de la société Brivatec, et son adjointe, Solène Vitrac, ont signé "
     "le contrat.", "Solène Vitrac", "adjointe", "Brivatec"),
    # "chef de centre", a function: in the body the sentence before is about
    ("Les sapeurs-pompiers de Charmes ont fêté la Sainte-Barbe. Le chef de centre, le lieutenant "
     "Lucien Marquevel, a remis les galons.", "Lucien Marquevel", "chef de centre",
     "sapeurs-pompiers de Charmes"),
])
def test_a_deputy_and_a_chief_of_station(extract: Callable[..., dict], text: str, person: str,
                                         title: str, of: str) -> None:
    assert of in _held(_roles(extract(text)), person, title)


# ------------------------------------------------- guards: what must not change
@pytest.mark.parametrize(("text", "person", "title", "of"), [
    # the title's own complement wins over the establishment
    ("Le centre hospitalier de Mirecourt recrute. Firmin Caduc, directeur de l'école de "
     "musique, a donné un concert.", "Firmin Caduc", "directeur", "école de musique"),
    # a possessive: its owner is named just before, never the story's opening body (round 23b:
    # the relative "qui" of the sentence before is no person, so the one body it names owns it)
    ("L'Agence de l'eau a publié son rapport jeudi. Selon l'ONG Terre du Sahel, qui gère un "
     "dispensaire à Niamey, la situation empire. Sa coordinatrice, Solène Vitrac, dénonce le "
     "manque de moyens.", "Solène Vitrac", "coordinatrice", "Terre du Sahel"),
    # two bodies in the opening sentence: no opening body
    ("Le FC Vaudrecourt a reçu l'US Brivay dimanche. L'entraîneur, Lucien Marquevel, était "
     "satisfait.", "Lucien Marquevel", "entraîneur", None),
    # a mayor stays in his commune
    ("L'association Les Amis du Lavoir a fêté ses vingt ans à Charmes. Le maire, Octave "
     "Delabarre, a coupé le gâteau.", "Octave Delabarre", "maire", "Charmes"),
    # a mayor's deputy stays in the commune
    ("Le maire, Anselme Courtade, et son adjointe, Maëlle Quintarel, ont accueilli les invités à "
     "Charmes.", "Maëlle Quintarel", "adjointe", "Charmes"),
    # the president named with his body keeps it
    ("La société Brivatec a ouvert un atelier. Anselme Courtade, président du club de rugby de "
     "Charmes, était invité.", "Anselme Courtade", "président", "club de rugby de Charmes"),
])
def test_guards(extract: Callable[..., dict], text: str, person: str, title: str,
                of: str | None) -> None:
    held = _held(_roles(extract(text)), person, title)
    if of is None:
        assert held and all(x is None for x in held)
    else:
        assert held and any(x is not None and of in x for x in held)
