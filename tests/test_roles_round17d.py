"""Roles in regional writing (issue 12, round 17d: generality audit from fresh probes).

Each table holds sentences written for this audit, with invented names, one construction per
table: a title whose complement is an age group ("l'entraîneur des moins de 15 ans"), which
was cut at the number; and an elected officer's charge ("chargée des finances") followed by
the body it is held in, which belongs to the `of`, not to the wording of the role. The
pitfall tables hold what must not change: a wrong answer is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import role_triples as _roles


# ---------------------------------------------------------------- an age group as complement
@pytest.mark.parametrize(("text", "person", "role"), [
    ("Robert Claudinet, l'entraîneur des moins de 15 ans, se réjouit du bilan de l'année.",
     "Robert Claudinet", "entraîneur des moins de 15 ans"),
    ("Robert Claudinet, entraîneur des moins de 13 ans de l'ASPTT Nancy, est satisfait.",
     "Robert Claudinet", "entraîneur des moins de 13 ans"),
    ("L'éducatrice des moins de 11 ans, Sandrine Hautecourt, a organisé un plateau samedi à Golbey.",
     "Sandrine Hautecourt", "éducatrice des moins de 11 ans"),
    ("Le responsable des plus de 35 ans, Gaëtan Mirbecq, a présenté le calendrier des vétérans.",
     "Gaëtan Mirbecq", "responsable des plus de 35 ans"),
    ("Dimanche, les joueurs de Lucien Poussardin, entraîneur des moins de 18 ans, ont battu Vittel.",
     "Lucien Poussardin", "entraîneur des moins de 18 ans"),
])
def test_an_age_group_is_read_whole(extract: Callable[..., dict], text: str, person: str, role: str) -> None:
    assert role in {r for p, r, _ in _roles(extract(text)) if p == person}


@pytest.mark.parametrize(("text", "person", "role"), [
    # the age group is the body's, not the title's: the title keeps its own wording
    ("Marc Vautrinel, président de la section des plus de 50 ans, a ouvert la séance.", "Marc Vautrinel",
     "président"),
    # a number with no age: the reading stops at it as before
    ("Le tournoi des moins de 11 ans a réuni douze équipes, selon l'entraîneur Paul Thirionville.",
     "Paul Thirionville", "entraîneur"),
])
def test_age_group_pitfalls(extract: Callable[..., dict], text: str, person: str, role: str) -> None:
    assert role in {r for p, r, _ in _roles(extract(text)) if p == person}


# ---------------------------------------------------------------- a charge, then its body
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Lors du conseil, Mireille Staubach, vice-présidente chargée du budget de la Communauté urbaine "
     "du Grand Nancy, a présenté les comptes.", "Mireille Staubach", "vice-présidente chargée du budget",
     "Communauté urbaine du Grand Nancy"),
    ("« Nous tiendrons les délais », a assuré Hervé Kremberg, vice-président chargé de la voirie à "
     "Épinal Agglomération.", "Hervé Kremberg", "vice-président chargé de la voirie", "Épinal Agglomération"),
    ("Le conseiller délégué chargé de la jeunesse au conseil général des Vosges, Bruno Lallemandier, a "
     "inauguré le local.", "Bruno Lallemandier", "conseiller délégué chargé de la jeunesse",
     "conseil général des Vosges"),
    ("Josiane Perrinot, secrétaire nationale chargée de l'emploi à la CFDT, a dénoncé le plan social.",
     "Josiane Perrinot", "secrétaire nationale chargée de l'emploi", "CFDT"),
])
def test_a_charge_stops_at_its_body(extract: Callable[..., dict], text: str, person: str, role: str,
                                    of: str) -> None:
    assert (person, role, of) in _roles(extract(text))


@pytest.mark.parametrize(("text", "person", "role"), [
    # a field that names a place or a noun of bodies after "de": the field's own words
    ("Le haut représentant chargé de la reconstruction du Kosovo, Sven Eriksholm, est arrivé à Pristina.",
     "Sven Eriksholm", "haut représentant chargé de la reconstruction du kosovo"),
    ("Odette Grosjeanin, adjointe chargée de la politique de la ville, a présenté le contrat.",
     "Odette Grosjeanin", "adjointe chargée de la politique de la ville"),
    ("Le ministre chargé des relations avec le Parlement, Daniel Vaillotier, a répondu aux sénateurs.",
     "Daniel Vaillotier", "ministre chargé des relations avec le parlement"),
])
def test_charge_pitfalls(extract: Callable[..., dict], text: str, person: str, role: str) -> None:
    assert role in {r for p, r, _ in _roles(extract(text)) if p == person}


# ---------------------------------------------------------------- "artisan" and a trade
@pytest.mark.parametrize(("text", "person", "role"), [
    ("Nous avons rencontré Yannick Perrotelle, artisan boulanger rue Carnot à Saint-Dié.",
     "Yannick Perrotelle", "artisan boulanger"),
    ("L'artisane fleuriste Josette Marquaire a décoré l'église pour le mariage.", "Josette Marquaire",
     "artisane fleuriste"),
    ("Installé depuis 1985, Gilles Fréminel, artisan boucher à Charmes, prend sa retraite.",
     "Gilles Fréminel", "artisan boucher"),
    ("Pierre Jacquelotte, l'artisan maçon du village, a rénové le lavoir.", "Pierre Jacquelotte",
     "artisan maçon"),
])
def test_artisan_and_his_trade(extract: Callable[..., dict], text: str, person: str, role: str) -> None:
    assert role in {r for p, r, _ in _roles(extract(text)) if p == person}


@pytest.mark.parametrize(("text", "person", "role"), [
    # "artisan" alone, then another apposition: nothing is glued to it
    ("Michel Aubriotte, artisan, et sa femme Lucie, infirmière, ont fêté leurs noces d'or.",
     "Michel Aubriotte", "artisan"),
])
def test_artisan_alone(extract: Callable[..., dict], text: str, person: str, role: str) -> None:
    assert role in {r for p, r, _ in _roles(extract(text)) if p == person}


# ---------------------------------------------------------------- "que dirige X": the relative
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    # the tagger reads the verb as a name: the subject follows it, the body is the antecedent
    ("L'orchestre d'harmonie, que dirige Thierry Valentinois depuis 1990, fête ses cinquante ans.",
     "Thierry Valentinois", "directeur", None),
    # (round 21i: a local body named by its kind alone is an organization, the role's body)
    ("La troupe de théâtre que dirige Sylvie Maurelange depuis dix ans jouera samedi.",
     "Sylvie Maurelange", "directrice", "troupe de théâtre"),
    # the antecedent with its adjective or its complement: the noun it is built on is the body
    ("L'harmonie municipale, que dirige Gérard Thouvenard depuis vingt ans, donnera son concert.",
     "Gérard Thouvenard", "directeur", "harmonie municipale"),
    ("Le foyer rural, que préside Danielle Hocquard, organise un loto dimanche.", "Danielle Hocquard",
     "présidente", None),
    ("L'équipe réserve, qu'entraîne Serge Barbeaux, a battu Thaon samedi.", "Serge Barbeaux", "entraîneur",
     None),
    ("La maison de retraite, que dirige Hélène Grosdemange, accueille quatre-vingts résidents.",
     "Hélène Grosdemange", "directrice", None),
])
def test_an_inverted_relative_names_the_holder(extract: Callable[..., dict], text: str, person: str,
                                               role: str, of: str | None) -> None:
    assert (person, role, of) in _roles(extract(text))


@pytest.mark.parametrize(("text", "person", "role", "of"), [
    # the body is the relative's antecedent, not a place the rest of the sentence names
    ("La chorale, que dirige Annie Lhotellard, chantera dimanche à l'église de Vagney.",
     "Annie Lhotellard", "directrice", None),
    ("Le comité, que préside Hubert Lamarchette, se réunira jeudi à Gérardmer.",
     "Hubert Lamarchette", "président", None),
])
def test_the_relative_body_is_its_antecedent(extract: Callable[..., dict], text: str, person: str,
                                             role: str, of: str | None) -> None:
    assert (person, role, of) in _roles(extract(text))


@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("La fanfare de Bruyères, que dirige Claude Thiriotte, défilera le 14 juillet à Épinal.",
     "Claude Thiriotte", "directeur", "fanfare de Bruyères"),
    ("Le club de handball, qu'entraîne Fabien Mougenard, a gagné samedi.", "Fabien Mougenard", "entraîneur",
     "club de handball"),
])
def test_relative_kept(extract: Callable[..., dict], text: str, person: str, role: str, of: str) -> None:
    assert (person, role, of) in _roles(extract(text))


@pytest.mark.parametrize(("text", "person"), [
    # what is directed is no body: a concert, a match
    ("Le concert que dirige Sylvie Maurelange samedi sera gratuit.", "Sylvie Maurelange"),
])
def test_relative_no_body(extract: Callable[..., dict], text: str, person: str) -> None:
    assert not [r for p, r, _ in _roles(extract(text)) if p == person]


# ---------------------------------------------------------------- "occupe les fonctions de"
@pytest.mark.parametrize(("text", "person", "role"), [
    ("Jean-Luc Brocardier occupe les fonctions de secrétaire général de la mairie de Lunéville.",
     "Jean-Luc Brocardier", "secrétaire général"),
    ("Depuis 1997, Claire Mathieuvel exerce les fonctions de directrice de l'office de tourisme de "
     "Gérardmer.", "Claire Mathieuvel", "directrice"),
    ("Arnaud Pierrelot a quitté lundi les fonctions de trésorier du club.", "Arnaud Pierrelot", "trésorier"),
    ("Michel Gaudelet assume les fonctions de président par intérim de l'association.", "Michel Gaudelet",
     "président par intérim"),
    ("Sabine Cordiveau assurera les fonctions d'adjointe au maire chargée des écoles.", "Sabine Cordiveau",
     "adjointe au maire chargée des écoles"),
])
def test_the_functions_of_a_title(extract: Callable[..., dict], text: str, person: str, role: str) -> None:
    assert role in {r for p, r, _ in _roles(extract(text)) if p == person}


@pytest.mark.parametrize(("text", "person"), [
    # the functions are named, nobody holds them
    ("Le cumul des fonctions de maire et de député est critiqué par Paul Lenoirel.", "Paul Lenoirel"),
    ("Il a décrit les fonctions de maire à Lucie Garnerel, une élève de CM2.", "Lucie Garnerel"),
])
def test_functions_held_by_nobody(extract: Callable[..., dict], text: str, person: str) -> None:
    assert not [r for p, r, _ in _roles(extract(text)) if p == person and r != "élève"]


# ---------------------------------------------------------------- a charged guest, then the bureau
BUREAU = ("L'association Les Amis de la Valcourbe a tenu son assemblée générale samedi à Saulxures. « Nous "
          "avons restauré deux lavoirs », a résumé Bernard Vaxelière, président de l'association depuis "
          "2015. Invité, Patrick Demangeot, vice-président chargé du tourisme de la Communauté de communes "
          "des Hautes-Vosges, a promis une aide. Le Conseil départemental des Vosges a lui aussi fait "
          "savoir qu'il soutenait le projet. Le bureau a été réélu. Président : Bernard Vaxelière ; "
          "vice-présidente : Colette Thiébautin ; secrétaire : Régis Didiermont.")


@pytest.mark.parametrize(("person", "role", "of"), [
    # the guest's charge is held in his community of communes, named after the field
    ("Patrick Demangeot", "vice-président chargé du tourisme", "Communauté de communes des Hautes-Vosges"),
    # the bureau stays the association's: a guest with a portfolio sits in no bureau
    ("Colette Thiébautin", "vice-présidente", "Les Amis de la Valcourbe"),
    ("Régis Didiermont", "secrétaire", "Les Amis de la Valcourbe"),
])
def test_a_charged_guest_and_the_bureau(extract: Callable[..., dict], person: str, role: str,
                                       of: str) -> None:
    assert (person, role, of) in _roles(extract(BUREAU))
