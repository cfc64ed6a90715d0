"""What a regional daily names as a body (issue 11, round 18e: fresh probes).

Five classes of French, probed with invented stories: a band or choir named by its kind, a
one-word name and its town ("la chorale Saint-Nabor de Vaubexviller": the kind stays in the
name, as it does without the town); a fire station, "le centre de secours (principal) de X" and
"le centre d'incendie et de secours de X", also when the tagger reads a town ending like an
infinitive ("-viller") as a verb; a wire's dateline in capitals ("KUKES (AFP) -"), a town, not a
body; a legal form or "Ets" after the article that opens the sentence ("Le GAEC du Pré Haut
..."), which the model takes into its span; a family firm, "Colin et Fils", "Marlier Frères".
The pitfall tables hold what must not change: a wrong organization is worse than none.
"""

from collections.abc import Callable

import pytest


def _types(result: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in result["entities"]}


def _orgs(result: dict) -> set[str]:
    return {e["name"] for e in result["entities"] if e["type"] == "organization"}


# ---------------------------------------------- a band named by its kind, a name and its town
@pytest.mark.parametrize(("text", "name"), [
    ("La chorale Saint-Fridolin de Blamont a donné un concert dimanche à l'église.",
     "chorale Saint-Fridolin de Blamont"),
    ("La fanfare Saint-Nabor de Marainviller a ouvert le cortège de la fête patronale samedi.",
     "fanfare Saint-Nabor de Marainviller"),
    ("Dimanche, la chorale Sainte-Bertille de Dolcourt fêtera ses quarante ans.",
     "chorale Sainte-Bertille de Dolcourt"),
    ("L'harmonie Saint-Éloi d'Ormeviller recrute de jeunes musiciens.",
     "harmonie Saint-Éloi d'Ormeviller"),
    ("Les choristes de la chorale Saint-Ambroise de Bourmont ont chanté pour les aînés.",
     "chorale Saint-Ambroise de Bourmont"),
])
def test_a_band_keeps_its_kind_before_a_name_and_its_town(extract: Callable[..., dict], text: str,
                                                         name: str) -> None:
    result = extract("date 2000-03-12\n" + text)
    assert _types(result).get(name) == "organization", _types(result)


@pytest.mark.parametrize(("text", "name"), [
    # one word alone: the kind is in the name already (round 16)
    ("La chorale Saint-Fridolin a donné un concert dimanche.", "chorale Saint-Fridolin"),
    # a name of several words stands on its own
    ("L'orchestre Les Alouettes a joué samedi à Dolcourt.", "Les Alouettes"),
])
def test_a_band_named_without_its_town_is_unchanged(extract: Callable[..., dict], text: str,
                                                   name: str) -> None:
    result = extract("date 2000-03-12\n" + text)
    assert _types(result).get(name) == "organization", _types(result)


def test_an_association_keeps_its_name_without_its_kind(extract: Callable[..., dict]) -> None:
    # "association" is no kind that is part of the name: unchanged
    orgs = _orgs(extract("date 2000-03-12\nL'association Arc-en-Ciel de Dolcourt organise une bourse "
                         "aux jouets."))
    assert not any(o.startswith("association Arc") for o in orgs), orgs


# ---------------------------------------------------------------------------- fire stations
@pytest.mark.parametrize(("text", "name"), [
    ("Le chef du centre de secours principal de Dolcourt, le capitaine Paul Ternier, a remis des galons.",
     "centre de secours principal de Dolcourt"),
    ("Le centre de secours de Bourmont a reçu vendredi un camion-citerne neuf.",
     "centre de secours de Bourmont"),
    # a town the tagger reads as an infinitive
    ("Les sapeurs-pompiers du centre d'incendie et de secours de Gerbéviller ont fêté la Sainte-Barbe.",
     "centre d'incendie et de secours de Gerbéviller"),
    ("Le nouveau véhicule du centre d'incendie et de secours de Gerbéviller a été béni samedi.",
     "centre d'incendie et de secours de Gerbéviller"),
    ("Le lieutenant Marc Ravenel commande le centre de secours de Gerbéviller depuis 1996.",
     "centre de secours de Gerbéviller"),
    ("L'adjudant Marc Ravenel a pris samedi le commandement du centre de secours de Thiébauménil.",
     "centre de secours de Thiébauménil"),
])
def test_a_fire_station_is_a_body(extract: Callable[..., dict], text: str, name: str) -> None:
    result = extract("date 2000-02-14\n" + text)
    assert _types(result).get(name) == "organization", _types(result)


@pytest.mark.parametrize(("text", "name"), [
    # already right: must stay
    ("Le centre d'incendie et de secours de Hardonviller a été inauguré en présence du préfet.",
     "centre d'incendie et de secours de Hardonviller"),
    ("Les sapeurs-pompiers du centre de secours de Vaubexviller sont intervenus lundi.",
     "centre de secours de Vaubexviller"),
])
def test_a_fire_station_stays_a_body(extract: Callable[..., dict], text: str, name: str) -> None:
    result = extract("date 2000-02-14\n" + text)
    assert _types(result).get(name) == "organization", _types(result)


@pytest.mark.parametrize("text", [
    "Le blessé a été conduit au centre de secours, puis à l'hôpital.",
    "Un centre de secours sera construit l'an prochain.",
    "Le centre de Dolcourt sera fermé à la circulation samedi.",
])
def test_no_fire_station_without_a_town(extract: Callable[..., dict], text: str) -> None:
    orgs = _orgs(extract("date 2000-02-14\n" + text))
    assert not any(o.startswith("centre") for o in orgs), orgs


# ------------------------------------------------------------------ a wire's dateline
@pytest.mark.parametrize(("text", "town"), [
    ("Kosovo : la tension monte\nPRISTINA (AFP) - La KFOR a renforcé ses patrouilles hier.", "PRISTINA"),
    ("Réfugiés\nKUKES, 12 avril (AFP) - Des milliers de réfugiés sont arrivés dans la nuit.", "KUKES"),
    ("Albanie\nDURRES (AFP) - Des réfugiés sont arrivés par bateau dans la nuit.", "DURRES"),
    ("Kosovo\nPRISTINA, 2 juin (Reuters) - Les premiers soldats sont entrés dans la ville.", "PRISTINA"),
])
def test_a_datelines_town_is_no_body(extract: Callable[..., dict], text: str, town: str) -> None:
    types = _types(extract("date 1999-04-13\n" + text))
    assert types.get(town) != "organization", types


def test_a_dateline_keeps_its_agency_and_the_bodies_of_the_story(extract: Callable[..., dict]) -> None:
    orgs = _orgs(extract("date 1999-04-13\nKosovo\nPRISTINA (AFP) - La KFOR a renforcé ses patrouilles "
                         "hier."))
    assert {"AFP", "KFOR"} <= orgs, orgs


@pytest.mark.parametrize(("text", "town"), [
    # already right: must stay
    ("Balkans\nPRIZREN (Reuters) - Les soldats allemands sont entrés dans la ville.", "PRIZREN"),
    ("Monténégro\nPODGORICA, 5 mai (AP) - Le président a reçu des diplomates européens.", "PODGORICA"),
])
def test_a_datelines_town_stays_no_body(extract: Callable[..., dict], text: str, town: str) -> None:
    types = _types(extract("date 1999-04-13\n" + text))
    assert types.get(town) != "organization", types


# ------------------------------------------------------- a legal form opening the sentence
@pytest.mark.parametrize(("text", "name"), [
    ("Le GAEC des Prés Fleuris, à Dolcourt, a reçu le prix de la qualité laitière.", "GAEC des Prés Fleuris"),
    ("Le GAEC du Haut-Bois élève quatre-vingts vaches laitières.", "GAEC du Haut-Bois"),
    ("Économie\nLes Ets Valdrin, spécialisés dans la menuiserie, embauchent deux apprentis.", "Ets Valdrin"),
    ("Agriculture\nLe GAEC de la Côte Rouge a ouvert sa ferme aux écoliers.", "GAEC de la Côte Rouge"),
])
def test_a_legal_form_after_the_sentences_article(extract: Callable[..., dict], text: str, name: str) -> None:
    result = extract("date 2000-08-23\n" + text)
    assert _types(result).get(name) == "organization", _types(result)


@pytest.mark.parametrize("text", [
    "Le GAEC a reçu le prix de la qualité laitière.",
    # the model's "Ets" alone was a body before
    "Les Ets ont fermé leurs portes en juin.",
])
def test_a_legal_form_alone_names_nothing(extract: Callable[..., dict], text: str) -> None:
    orgs = _orgs(extract("date 2000-08-23\n" + text))
    assert not orgs, orgs


# ---------------------------------------------------------------------------- family firms
@pytest.mark.parametrize(("text", "name"), [
    ("Chez Borsotti et Fils, le carnet de commandes est plein jusqu'en juin.", "Borsotti et Fils"),
    ("L'entreprise Lambin et Fils, de Bourmont, a rénové la toiture de l'église.", "Lambin et Fils"),
    ("Les travaux ont été confiés à Marlier Frères, une entreprise de Dolcourt.", "Marlier Frères"),
    ("Le garage a été repris par Colombier Frères en 1995.", "Colombier Frères"),
])
def test_a_family_firm_is_one_body(extract: Callable[..., dict], text: str, name: str) -> None:
    result = extract("date 2000-10-03\n" + text)
    assert _types(result).get(name) == "organization", _types(result)


@pytest.mark.parametrize(("text", "name"), [
    # already right: must stay
    ("La mairie a choisi le cabinet Pernod & Associés pour l'étude du plan.", "Pernod & Associés"),
    ("La commande a été passée à Ravenel & Cie, installé à Bourmont.", "Ravenel & Cie"),
])
def test_a_family_firm_stays_one_body(extract: Callable[..., dict], text: str, name: str) -> None:
    result = extract("date 2000-10-03\n" + text)
    assert _types(result).get(name) == "organization", _types(result)


@pytest.mark.parametrize(("text", "word"), [
    ("M. Borsotti et fils sont venus saluer le maire.", "Borsotti"),
    ("Pierre Lambin et Fils ont été reçus à la mairie.", "Lambin"),
    ("Le père Marlier et ses fils tiennent la ferme depuis 1970.", "Marlier"),
])
def test_a_man_and_his_sons_are_no_firm(extract: Callable[..., dict], text: str, word: str) -> None:
    orgs = _orgs(extract("date 2000-10-03\n" + text))
    assert not any(word in o for o in orgs), orgs
