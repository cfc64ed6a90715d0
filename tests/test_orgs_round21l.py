"""Public and social administrations written in lower case (round 21l).

French writes the names of its public and social administrations in lower case ("la caisse
primaire d'assurance maladie", "l'inspection du travail", "la mutualité sociale agricole");
the annotation counts them as organizations, with the place they serve when "de" names one
("la direction départementale de l'équipement de X", "le service départemental d'incendie et
de secours de X", "le centre communal d'action sociale"). So a head, its adjectives and a
domain of public action, or an adjective that names the body alone, after a definite article,
is an organization (models/organizations.json: public_bodies); a head with a domain no
administration bears ("le service de presse", "la direction de l'usine") is not.

More bodies named in a stance sentence after a quotation: the one the stance stands against
("face à", "contre", "envers" and a body) is the adversary, not a second one who may have
spoken, and leaves the quotation to the person the sentence is about (resolve/quotes.py:
named_after, opposed).
"""

from collections.abc import Callable

import pytest

from conftest import entity_names, quote_speakers


def _orgs(extract: Callable[..., dict], text: str) -> set[str]:
    return entity_names(extract("date 2015-03-09\n" + text), "organization")


@pytest.mark.parametrize(("text", "body"), [
    ("Selon la caisse primaire d'assurance maladie, les remboursements ont baissé.",
     "caisse primaire d'assurance maladie"),
    ("Une conseillère de la caisse d'allocations familiales reçoit les parents jeudi.",
     "caisse d'allocations familiales"),
    ("L'inspection du travail a relevé plusieurs manquements dans l'atelier.", "inspection du travail"),
    ("Les agents de la direction départementale des services vétérinaires ont saisi des volailles.",
     "direction départementale des services vétérinaires"),
    ("Il s'est inscrit à l'agence nationale pour l'emploi dès son licenciement.",
     "agence nationale pour l'emploi"),
    ("La mutualité sociale agricole rembourse désormais ces soins aux éleveurs.",
     "mutualité sociale agricole"),
    ("Le centre communal d'action sociale distribue des colis aux aînés.",
     "centre communal d'action sociale"),
    ("Des bénévoles de la protection civile tenaient un poste de secours.", "protection civile"),
    ("L'office national des forêts a marqué les hêtres à abattre.", "office national des forêts"),
    ("Le salarié a saisi le conseil des prud'hommes pour licenciement abusif.", "conseil des prud'hommes"),
    ("Le peloton de gendarmerie de haute montagne a hélitreuillé le randonneur.",
     "peloton de gendarmerie de haute montagne"),
    ("Les renseignements généraux surveillaient le groupuscule depuis des mois.", "renseignements généraux"),
    ("Le recteur a obtenu de l'éducation nationale deux postes de plus.", "éducation nationale"),
    ("Le trésor public réclame encore les arriérés de taxe foncière.", "trésor public"),
    ("L'assurance maladie a lancé une campagne contre la grippe.", "assurance maladie"),
    # with the place it serves
    ("Un courrier de la caisse primaire d'assurance maladie des Vosges lui est parvenu.",
     "caisse primaire d'assurance maladie des Vosges"),
    ("Elle travaille à la trésorerie de Lunéville depuis dix ans.", "trésorerie de Lunéville"),
    ("Les douanes de Metz ont intercepté un camion de cigarettes.", "douanes de Metz"),
])
def test_a_public_body_in_lower_case(extract: Callable[..., dict], text: str, body: str) -> None:
    assert body in _orgs(extract, text)


@pytest.mark.parametrize("text", [
    # a head with a domain no administration bears
    "Le service de presse a diffusé un communiqué.",
    "La direction de l'usine a reçu les syndicats.",
    "La caisse du magasin était vide au matin.",
    "Un centre de loisirs ouvrira cet été.",
    "L'institut de beauté a changé de propriétaire.",
    # an adjective alone that names no body
    "La caisse primaire a été repeinte.",
    "La protection sociale des indépendants reste faible.",
    # another adjective after the one that names the body: another kind
    "Il a souscrit l'assurance maladie complémentaire proposée par la banque.",
    # described, not named
    "Une caisse d'allocations familiales serait plus proche des usagers.",
    # the domain runs on past the listed words
    "Le centre de gestion des déchets du garage est saturé.",
    # a firm's treasury: the firm keeps its own name
    "La trésorerie de Renault reste solide.",
])
def test_no_public_body(extract: Callable[..., dict], text: str) -> None:
    assert not {o for o in _orgs(extract, text) if o[:1].islower()}


def test_bare_customs_need_a_place(extract: Callable[..., dict]) -> None:
    assert "douanes" not in _orgs(extract, "Les voyageurs ont passé les douanes sans encombre.")


@pytest.mark.parametrize(("text", "body"), [
    # guards: what the earlier rules found stays whole
    ("La direction régionale de l'agriculture et de la forêt a publié ses chiffres.",
     "direction régionale de l'agriculture et de la forêt"),
    ("Le service départemental d'incendie et de secours de la Meuse recrute.",
     "service départemental d'incendie et de secours de la Meuse"),
    ("La préfecture des Vosges a pris un arrêté.", "préfecture des Vosges"),
])
def test_bodies_found_before_stay(extract: Callable[..., dict], text: str, body: str) -> None:
    assert body in _orgs(extract, text)


@pytest.mark.parametrize(("text", "speakers"), [
    ("date 2001-04-23\n« Je ne laisserai pas partir la dernière usine de la vallée. » La présidente, "
     "Odile Marchand, se montre combative face à la préfecture des Vosges.", ["Odile Marchand"]),
    ("date 2001-04-23\n« Je ne laisserai pas partir la dernière usine de la vallée. » La présidente, "
     "Odile Marchand, se montre combative contre la préfecture des Vosges.", ["Odile Marchand"]),
    ("date 2001-04-23\n« Je ne laisserai pas fermer notre petite école. » Le maire, Firmin Gaudel, "
     "reste remonté contre la préfecture de la Meuse.", ["Firmin Gaudel"]),
    # guard: an act, no stance, with a body named: nobody
    ("date 2001-04-23\n« Je ne laisserai pas fermer notre petite école. » Le maire, Firmin Gaudel, "
     "a reçu la présidente de la chambre d'agriculture.", [None]),
])
def test_a_stance_against_a_body(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert quote_speakers(extract(text)) == speakers
