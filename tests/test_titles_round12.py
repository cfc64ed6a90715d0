"""Fixed titles of a state and two classes of names (issue 12, round 12: generality audit).

Each table holds sentences written for this audit, with invented names. A state's title whose
last word has a capital ("président de la République", "président du Conseil", "secrétaire
d'État") is one title, and the adjective of nationality after it says which state it is of:
"République française", "Conseil italien", "État américain" are no names of bodies or places.
"le camp" and the surname of a person the story names is that person's side, no place. A
state's adjective written after a name that stands on its own ("le Storting norvégien") is
no word of that name. The pitfall tables hold what must not change: bodies whose name opens
like the title ("Conseil européen", "conseil municipal"), camps that are places, and names
whose adjective is theirs ("Parti socialiste portugais").
"""

from collections.abc import Callable

import pytest

from conftest import mentions_by_name as _names
from conftest import role_triples as _roles


def _named(result: dict) -> set[str]:
    """The names of the organizations and places of a result."""
    return {*_names(result, "organization"), *_names(result, "place")}


# ---------------------------------------------------------------- "président de la République"
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Le président de la République, Gaston Verlaque, a reçu lundi les syndicats à l'Élysée.",
     "Gaston Verlaque", "président de la république", None),
    ("Le président de la République française, Hervé Dumoulin, est arrivé à Dakar.",
     "Hervé Dumoulin", "président de la république", "France"),
    ("Hier, le président de la République Hervé Dumoulin est arrivé à Dakar.",
     "Hervé Dumoulin", "président de la république", None),
    ("La présidente de la République, Solène Marivaux, a promulgué la loi mardi.",
     "Solène Marivaux", "présidente de la république", None),
    ("Le président de la République tunisienne, Kamel Benlakhdar, a dissous l'Assemblée.",
     "Kamel Benlakhdar", "président de la république", "Tunisie"),
    ("Reçu jeudi par le président de la République Anatole Fréchard, le syndicat a obtenu des garanties.",
     "Anatole Fréchard", "président de la république", None),
    ("Ancien président de la République, Joseph Malvoisin est mort dimanche à Lyon.",
     "Joseph Malvoisin", "ancien président de la république", None),
    ("La présidente de la République slovène, Mojca Brenčič, a reçu son homologue.",
     "Mojca Brenčič", "présidente de la république", "Slovénie"),
    # the adjective names the state itself: the place stays, the title is whole
    ("Le président de la République tchèque, Radek Vondrouš, est en visite à Paris.",
     "Radek Vondrouš", "président de la république", "République tchèque"),
])
def test_president_of_the_republic(extract: Callable[..., dict], text: str, person: str, role: str,
                                   of: str | None) -> None:
    result = extract(text)
    assert (person, role, of) in _roles(result)
    assert not any(n.startswith("République") and n != "République tchèque" for n in _named(result))


# ---------------------------------------------------------------- "président du Conseil"
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Au Parlement, le président du Conseil italien, Umberto Fanciulli, a défendu son budget.",
     "Umberto Fanciulli", "président du conseil", "Italie"),
    ("Le président du Conseil démissionnaire, Renzo Agnelotti, s'est abstenu lors du vote.",
     "Renzo Agnelotti", "président du conseil démissionnaire", None),
    ("Le président du Conseil italien, Massimo Ferracuti, a prêté serment mercredi à Rome.",
     "Massimo Ferracuti", "président du conseil", "Italie"),
    ("La présidente du Conseil italienne, Fiorella Bramante, a présenté sa démission.",
     "Fiorella Bramante", "présidente du conseil", "Italie"),
    ("L'ancien président du Conseil italien Lamberto Vescovi est mort samedi.",
     "Lamberto Vescovi", "ancien président du conseil", "Italie"),
])
def test_president_of_the_council(extract: Callable[..., dict], text: str, person: str, role: str,
                                  of: str | None) -> None:
    result = extract(text)
    assert (person, role, of) in _roles(result)
    assert not any(n.startswith("Conseil") for n in _named(result))


@pytest.mark.parametrize(("text", "person", "role", "of"), [
    # a council of a commune, a department, a firm, a body of its own: as before
    ("Le président du conseil municipal, Bernard Mauvillier, a ouvert la séance.",
     "Bernard Mauvillier", "président du conseil municipal", None),
    ("Le président du Conseil général de la Meuse, Gérard Lavouzelle, a inauguré le collège.",
     "Gérard Lavouzelle", "président", "Conseil général de la Meuse"),
    ("Le président du conseil d'administration de Fromagerie Durville, Alain Pétrequin, a démissionné.",
     "Alain Pétrequin", "président du conseil d'administration", "Fromagerie Durville"),
    ("Le président du Conseil européen, Jonas Veldkamp, a convoqué un sommet.",
     "Jonas Veldkamp", "président", "Conseil européen"),
    ("Le président du Conseil constitutionnel, Lucien Ravignac, a rendu sa décision.",
     "Lucien Ravignac", "président", "Conseil constitutionnel"),
    ("Le président de la République de Colombie, Andrés Quintanilla, est attendu à Madrid.",
     "Andrés Quintanilla", "président", "République de Colombie"),
])
def test_councils_of_their_own_keep_their_body(extract: Callable[..., dict], text: str, person: str,
                                               role: str, of: str | None) -> None:
    assert (person, role, of) in _roles(extract(text))


# ---------------------------------------------------------------- "secrétaire d'État"
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Le ministre des Affaires étrangères a rencontré jeudi le secrétaire d'État américain, Warren "
     "Hollbrook, à Genève.", "Warren Hollbrook", "secrétaire d'état", "États-Unis"),
    ("La secrétaire d'État américaine, Deborah Kinsell, est attendue à Pékin.",
     "Deborah Kinsell", "secrétaire d'état", "États-Unis"),
    ("Le secrétaire d'État britannique, Nigel Ashworthy, a démenti.",
     "Nigel Ashworthy", "secrétaire d'état", "Royaume-Uni"),
])
def test_secretary_of_state(extract: Callable[..., dict], text: str, person: str, role: str,
                            of: str | None) -> None:
    result = extract(text)
    assert (person, role, of) in _roles(result)
    assert not any(n.startswith("État") for n in _named(result))


@pytest.mark.parametrize(("text", "person", "role", "of"), [
    # already read whole: a French junior minister and the charge; the name right after the title
    ("La secrétaire d'État aux Sports, Manon Delbrêle, a inauguré le stade.", "Manon Delbrêle",
     "secrétaire d'état aux sports", None),
    ("Le secrétaire d'État chargé des Anciens combattants, Yves Morlanne, était présent.", "Yves Morlanne",
     "secrétaire d'état chargé des anciens combattants", None),
    ("Le ministre a reçu le secrétaire d'État américain Howard Quimby à Paris.",
     "Howard Quimby", "secrétaire d'état", "États-Unis"),
])
def test_secretary_of_state_already_read(extract: Callable[..., dict], text: str, person: str,
                                         role: str, of: str | None) -> None:
    assert (person, role, of) in _roles(extract(text))


# ---------------------------------------------------------------- "le camp Untel"
@pytest.mark.parametrize(("text", "side"), [
    ("Les partisans de Paul Grévenon dénoncent des fraudes. Le camp Grévenon réclame un nouveau vote.",
     "camp Grévenon"),
    ("Le maire sortant Lucien Chabrevaux brigue un troisième mandat. Dans le camp Chabrevaux, on se dit "
     "serein.", "camp Chabrevaux"),
    ("Nadine Ferrandou a perdu la primaire dimanche. Le camp Ferrandou conteste les résultats.",
     "camp Ferrandou"),
    ("Jean-Marc Delvigne et Sylvie Orsatelli s'affrontent au second tour. Le camp Delvigne accuse le camp "
     "Orsatelli de mensonge.", "camp Orsatelli"),
])
def test_a_persons_camp_is_no_place(extract: Callable[..., dict], text: str, side: str) -> None:
    assert not any(side in n for n in _named(extract(text)))


@pytest.mark.parametrize(("text", "place"), [
    ("Les recrues ont rejoint le camp d'Ouarzoulen à Taznakht.", "camp d'Ouarzoulen"),
    # no person of that name in the story: a camp's name
    ("Les soldats sont rentrés au camp Bastion après la mission.", "camp Bastion"),
])
def test_camps_that_are_places(extract: Callable[..., dict], text: str, place: str) -> None:
    assert place in _names(extract(text), "place")


@pytest.mark.parametrize(("text", "person"), [
    # the surname after "du camp" is the side's, not the holder of the title before it
    ("Aucun responsable du camp Ferrandou n'a été inquiété. Nadine Ferrandou a quitté le pays.",
     "Nadine Ferrandou"),
    ("Le porte-parole du camp Delvigne a démenti lundi. Jean-Marc Delvigne ne dit rien.",
     "Jean-Marc Delvigne"),
])
def test_a_title_in_a_persons_camp_is_not_the_persons(extract: Callable[..., dict], text: str,
                                                      person: str) -> None:
    assert not [r for p, r, _ in _roles(extract(text)) if p == person]


# ---------------------------------------------------------------- "le Bundestag allemand"
@pytest.mark.parametrize(("text", "names"), [
    ("Le traité doit encore être ratifié par le Bundestag allemand et par la Chambre des communes "
     "britannique.", {"Bundestag", "Chambre des communes"}),
    ("Le Riksdag suédois a voté la réforme des retraites.", {"Riksdag"}),
    ("Le gouvernement a saisi le Bundesrat allemand.", {"Bundesrat"}),
    ("La Chambre des lords britannique a amendé le projet.", {"Chambre des lords"}),
    ("Le texte a été rejeté par la Chambre des députés italienne.", {"Chambre des députés"}),
    ("Le budget a été voté par la Chambre des représentants américaine.", {"Chambre des représentants"}),
])
def test_a_states_adjective_after_a_name(extract: Callable[..., dict], text: str, names: set[str]) -> None:
    assert names <= set(_names(extract(text), "organization"))


@pytest.mark.parametrize(("text", "name"), [
    ("Le SPD allemand a choisi son candidat.", "SPD"),
    ("Le Parti socialiste portugais a remporté les élections.", "Parti socialiste portugais"),
    ("La Banque centrale européenne a relevé ses taux.", "Banque centrale européenne"),
    ("Le Parlement maltais a voté la réforme.", "Parlement maltais"),
    ("L'Agence de presse malienne a annoncé la nouvelle.", "Agence de presse malienne"),
    ("La Confédération générale des travailleurs portugais appelle à la grève.",
     "Confédération générale des travailleurs portugais"),
    ("Le Parti communiste chinois réunit son congrès.", "Parti communiste chinois"),
])
def test_names_that_keep_their_adjective(extract: Callable[..., dict], text: str, name: str) -> None:
    assert name in _names(extract(text), "organization")
