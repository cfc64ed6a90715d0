"""A title followed by a gentilé, in roles and in quotes' speakers (issue 12, round 12).

Regional French writes a town's or a region's gentilé right after a title ("le maire
castelvarois, X", "la romancière vaudoise Y"). No list holds them all: a word of that
shape no rule maps to its place (no place named, not `known` in models/roles/demonyms.json)
is still read as a gentilé: left out of the role string, never an obstacle between the title
and the name in apposition, and the name, not the club the gentilé stands for, is the speaker.
The sentences are written for this audit, with invented names and towns. The pitfall tables
hold what must not change: the qualifiers of titles, compound titles, nationalities.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers
from conftest import role_triples as _roles

QUOTE = "« On a trop reculé en seconde période, ça doit changer dès samedi », "


# ---------------------------------------------------------------- the role: title, no gentilé
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    (QUOTE + "résumait l'entraîneur castelvarois, Régis Tournemire, qui a repris l'équipe en janvier.",
     "Régis Tournemire", "entraîneur", None),
    (QUOTE + "résumait le président lunévillois, Régis Tournemire.", "Régis Tournemire", "président", None),
    (QUOTE + "résumait le président fraisnois, Régis Tournemire.", "Régis Tournemire", "président", None),
    ("Le maire chaumontais, Régis Tournemire, a inauguré la salle.", "Régis Tournemire", "maire", None),
    ("L'adjoint dolois, Régis Tournemire, a inauguré la salle.", "Régis Tournemire", "adjoint", None),
    ("La romancière vaudoise Élise Brancard a reçu le prix.", "Élise Brancard", "romancière", None),
    # our own
    ("Le maire ramonchamois, Gilles Verdalon, a présenté le budget mardi.", "Gilles Verdalon", "maire", None),
    ("La présidente castelbriantaise Odile Marchevault a ouvert la séance.", "Odile Marchevault",
     "présidente", None),
    ("L'ancien entraîneur gérardinois, Thierry Vaucoulon, rejoint un club voisin.", "Thierry Vaucoulon",
     "ancien entraîneur", None),
    ("Le sculpteur bressan Armand Felgueiras expose ses œuvres à la médiathèque.", "Armand Felgueiras",
     "sculpteur", None),
    ("Le député haut-marnais, Lionel Abrantès, a interpellé le ministre.", "Lionel Abrantès", "député", None),
    ("La conseillère municipale bruyéroise Nadège Soubeyrol a démissionné.", "Nadège Soubeyrol",
     "conseillère municipale", None),
    ("La directrice rambertoise de l'école, Claire Pradalier, part à la retraite.", "Claire Pradalier",
     "directrice", None),
    ("« Les travaux de la salle commenceront à la rentrée, comme prévu », précisait l'adjointe "
     "xertinoise, Agathe Ravinel.", "Agathe Ravinel", "adjointe", None),
    ("« Les travaux de la salle commenceront à la rentrée, comme prévu », indiquait le président "
     "gérardinois, Hugo Delhomel, en fin de séance.", "Hugo Delhomel", "président", None),
    ("« La saison sera longue et il faudra rester humbles jusqu'au bout », prévient l'entraîneuse "
     "rambertoise Sandrine Escoffey.", "Sandrine Escoffey", "entraîneuse", None),
    ("« Les garçons ont répondu présent dans l'engagement », savourait le coach vrécourtois, "
     "Thierry Vaucoulon.", "Thierry Vaucoulon", "coach", None),
    # a gentilé the existing rules map keeps its place (already right before)
    ("« Nous voulons une décision rapide de la préfecture sur ce dossier », confiait l'adjointe "
     "lédonienne, Nadège Soubeyrol.", "Nadège Soubeyrol", "adjointe", "Lons-le-Saunier"),
    (QUOTE + "analysait l'entraîneur spinalien, Régis Tournemire, qui a repris l'équipe en janvier.",
     "Régis Tournemire", "entraîneur", "Épinal"),
    ("L'US Bertrimont a battu Golbey (2-0). " + QUOTE + "résumait l'entraîneur bertrimontais, "
     "Régis Tournemire, qui a repris l'équipe en janvier.", "Régis Tournemire", "entraîneur",
     "US Bertrimont"),
])
def test_a_gentile_after_the_title_is_left_out(extract: Callable[..., dict], text: str, person: str,
                                               role: str, of: str | None) -> None:
    roles = _roles(extract(text))
    assert (person, role, of) in roles
    assert not any(p == person and r.startswith(role + " ") for p, r, _ in roles)


# ---------------------------------------------------------------- the speaker past the gentilé
@pytest.mark.parametrize(("text", "speaker"), [
    (QUOTE + "résumait l'entraîneur castelvarois, Régis Tournemire, qui a repris l'équipe en janvier.",
     "Régis Tournemire"),
    ("L'US Bertrimont a battu Golbey (2-0). " + QUOTE + "résumait l'entraîneur bertrimontais, "
     "Régis Tournemire, qui a repris l'équipe en janvier.", "Régis Tournemire"),
    ("L'US Bertrimont a battu Golbey (2-0). " + QUOTE + "résumait l'entraîneur bertrimontais "
     "Régis Tournemire, qui a repris l'équipe en janvier.", "Régis Tournemire"),
    # our own
    ("« Il nous a manqué de la constance pendant tout le match, c'est frustrant », analysait le "
     "capitaine ramonchamois, Maxime Olivares.", "Maxime Olivares"),
    ("« Il nous a manqué de la constance pendant tout le match, c'est frustrant », déplorait "
     "l'entraîneur castelbriantais Maxime Olivares.", "Maxime Olivares"),
    ("L'ES Pagney a gagné dimanche. « Les garçons ont répondu présent dans l'engagement », savourait "
     "l'entraîneur pagnotin, Thierry Vaucoulon.", "Thierry Vaucoulon"),
    # already right before: the tagger read the gentilé as an adjective
    ("L'AS Ravenel a gagné dimanche. « Les garçons ont répondu présent dans l'engagement », savourait "
     "l'entraîneur ravenellois Thierry Vaucoulon.", "Thierry Vaucoulon"),
    ("Le FC Clairvaux s'est incliné à domicile. « Nous n'avons pas existé pendant toute la première "
     "mi-temps », lâchait l'entraîneur clairvalien, Bastien Morvillers.", "Bastien Morvillers"),
    ("« Les travaux de la salle commenceront à la rentrée, comme prévu », expliquait le maire "
     "chaumontais, Gilles Verdalon.", "Gilles Verdalon"),
])
def test_the_name_after_the_gentile_speaks(extract: Callable[..., dict], text: str, speaker: str) -> None:
    assert _speakers(extract(text)) == [speaker]


# ---------------------------------------------------------------- pitfalls: what must not change
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Le président afghan, Wahid Nourzaï, a reçu les ambassadeurs.", "Wahid Nourzaï", "président",
     "Afghanistan"),
    ("Le président malien Ibrahim Soubeyrol a reçu le ministre.", "Ibrahim Soubeyrol", "président", "Mali"),
    ("Le président sortant, Gérard Moncorgé, ne se représente pas.", "Gérard Moncorgé", "président sortant",
     None),
    ("L'entraîneur adjoint, Bastien Morvillers, assure l'intérim.", "Bastien Morvillers",
     "entraîneur adjoint", None),
    ("Le directeur technique, Hugo Delhomel, a présenté le plan.", "Hugo Delhomel", "directeur technique",
     None),
    ("Le secrétaire général Julien Peyrebrune a lu le rapport.", "Julien Peyrebrune", "secrétaire général",
     None),
    ("Le vice-président délégué Gilles Verdalon a signé la convention.", "Gilles Verdalon",
     "vice-président délégué", None),
    ("Le chef cuisinier Armand Felgueiras a ouvert un restaurant.", "Armand Felgueiras", "chef cuisinier",
     None),
    ("L'agent immobilier Lionel Abrantès a vendu la maison.", "Lionel Abrantès", "agent immobilier", None),
    ("Le contrôleur aérien Thierry Vaucoulon a donné l'alerte.", "Thierry Vaucoulon", "contrôleur aérien",
     None),
    ("Le dirigeant paysan Hugo Delhomel appelle à manifester.", "Hugo Delhomel", "dirigeant paysan", None),
    ("L'élu métropolitain Gilles Verdalon a voté contre.", "Gilles Verdalon", "élu métropolitain", None),
    # (a church's adjective says who the person is, no part of the title: round 12c)
    ("Le pasteur luthérien Armand Felgueiras a célébré l'office.", "Armand Felgueiras", "pasteur", None),
    ("Le médecin chirurgien Claire Pradalier a opéré le patient.", "Claire Pradalier", "médecin chirurgien",
     None),
    ("Le chasseur alpin Thierry Vaucoulon a été décoré.", "Thierry Vaucoulon", "chasseur alpin", None),
    ("Le conseiller municipal Gilles Verdalon a démissionné.", "Gilles Verdalon", "conseiller municipal",
     None),
])
def test_qualifiers_and_compound_titles_stay(extract: Callable[..., dict], text: str, person: str, role: str,
                                             of: str | None) -> None:
    assert (person, role, of) in _roles(extract(text))


@pytest.mark.parametrize(("text", "person"), [
    # the title's verb, not an adjective of it
    ("Le maire examine le dossier de Julien Peyrebrune.", "Julien Peyrebrune"),
    ("Le président imagine déjà Gilles Verdalon à sa place.", "Gilles Verdalon"),
])
def test_the_titles_verb_is_no_gentile(extract: Callable[..., dict], text: str, person: str) -> None:
    assert not any(p == person for p, _, _ in _roles(extract(text)))


@pytest.mark.parametrize(("text", "speaker"), [
    ("« Nous avons bien joué mais il a manqué de la réussite devant le but », a estimé l'entraîneur "
     "adjoint, Bastien Morvillers.", "Bastien Morvillers"),
    ("« Nous voulons une décision rapide du gouvernement sur ce dossier », a déclaré le président "
     "afghan, Wahid Nourzaï.", "Wahid Nourzaï"),
    ("« Nous voulons une décision rapide du gouvernement sur ce dossier », a déclaré le chef "
     "cuisinier Armand Felgueiras.", "Armand Felgueiras"),
])
def test_speakers_after_qualifiers_stay(extract: Callable[..., dict], text: str, speaker: str) -> None:
    assert _speakers(extract(text)) == [speaker]
