"""Organizations and places, round 10: rules checked on articles nobody had tuned factx on.

Each table is written for these tests: sentences of French news in our own words.
"""

from __future__ import annotations

import pytest

from conftest import mentions_by_name

# a building named in full, then its town: two places
VENUE_AND_TOWN = [
    ("Les obsèques seront célébrées lundi en l'église Saint-Rémi de Vittel.",
     "église Saint-Rémi", "Vittel"),
    ("Ses gravures sont exposées jusqu'en avril au musée Magnin de Dijon.",
     "musée Magnin", "Dijon"),
    ("Le quatuor jouera samedi à la salle Poirel de Nancy, à guichets fermés.",
     "salle Poirel", "Nancy"),
]


@pytest.mark.parametrize(("text", "venue", "town"), VENUE_AND_TOWN)
def test_a_building_named_in_full_stops_before_its_town(extract, text: str, venue: str, town: str) -> None:
    places = mentions_by_name(extract(text), "place")
    assert venue in places
    assert town in places
    assert not any(name.startswith(venue + " ") for name in places)


# the head's complement is the name: one place, town included
VENUE_NAMED_BY_TOWN = [
    ("Le blessé a été conduit à l'hôpital de Remiremont par les pompiers.", "hôpital de Remiremont"),
    ("Le match se jouera dimanche au stade de l'Aube.", "stade de l'Aube"),
]


@pytest.mark.parametrize(("text", "place"), VENUE_NAMED_BY_TOWN)
def test_a_building_named_by_its_complement_stays_whole(extract, text: str, place: str) -> None:
    assert place in mentions_by_name(extract(text), "place")


# a body's name read as a body in the text and as a place on a line of its own
ONE_NAME_ONE_TYPE = [
    ("La CMA Occitanie ouvre ses ateliers aux collégiens ce samedi. « Nous voulons montrer nos "
     "métiers », explique sa présidente.\n\nContact presse de la CMA Occitanie\n\nTél. 05 61 00 00 00",
     "CMA Occitanie"),
    ("Selon la CCI Vendée, les commerces du littoral ont bien travaillé cet été.\n\n"
     "À propos de la CCI Vendée\n\nLa chambre représente les entreprises du département.",
     "CCI Vendée"),
]


@pytest.mark.parametrize(("text", "body"), ONE_NAME_ONE_TYPE)
def test_a_body_of_one_mention_is_a_body_in_all(extract, text: str, body: str) -> None:
    result = extract(text)
    assert body in mentions_by_name(result, "organization")
    assert body not in mentions_by_name(result, "place")


def _bodies(result: dict) -> dict[str, set[str]]:
    """Organization name -> its aliases and mentions."""
    return {e["name"]: set(e.get("aliases", [])) | {m["text"] for m in e["mentions"]}
            for e in result["entities"] if e["type"] == "organization"}


# an acronym in parentheses with the territory the expansion ends on: one body
ACRONYM_AND_TERRITORY = [
    ("La Chambre d'agriculture de Lorraine (CA Lorraine) lance une aide à l'installation. D'après "
     "la CA Lorraine, cent cinquante candidats se sont déjà signalés.",
     "Chambre d'agriculture de Lorraine", "CA Lorraine"),
    ("Les permanences de la Mutualité sociale agricole Alpes du Nord (MSA Alpes du Nord) "
     "fermeront le samedi dès le mois prochain.",
     "Mutualité sociale agricole Alpes du Nord", "MSA Alpes du Nord"),
]


@pytest.mark.parametrize(("text", "name", "alias"), ACRONYM_AND_TERRITORY)
def test_an_acronym_with_its_territory_names_the_body(extract, text: str, name: str, alias: str) -> None:
    result = extract(text)
    bodies = _bodies(result)
    assert name in bodies
    assert alias in bodies[name]
    assert alias not in mentions_by_name(result, "place")
    assert alias not in {n for n in bodies if n != name}


# the acronym spells the body's words, not the territory its name ends on, nor a word inside
SPELLED_EXPANSIONS = [
    ("Des cours de vente sont proposés par la chambre de commerce et d'industrie de l'Aube (CCI).",
     "chambre de commerce et d'industrie de l'Aube", "CCI"),
    ("Les demandes d'aide sont instruites par le centre communal d'action sociale (CCAS) en mairie.",
     "centre communal d'action sociale", "CCAS"),
    ("Le centre d'information et d'orientation (CIO) déménage rue Carnot.",
     "centre d'information et d'orientation", "CIO"),
]


@pytest.mark.parametrize(("text", "name", "acronym"), SPELLED_EXPANSIONS)
def test_the_acronym_joins_the_words_it_spells(extract, text: str, name: str, acronym: str) -> None:
    result = extract(text)
    bodies = _bodies(result)
    assert name in bodies
    assert acronym in bodies[name]
    assert acronym not in mentions_by_name(result, "misc")


def test_a_plural_of_centres_in_lower_case_is_a_kind_not_a_body(extract) -> None:
    result = extract("Dans le Cher, les centres de formation d'apprentis (CFA) cherchent des formateurs.")
    assert not any(name.startswith("centres") for name in mentions_by_name(result, "organization"))


# a town whose name holds lower-case words or an elision closes the body's name
BODIES_OF_HYPHENATED_TOWNS = [
    ("La piscine sera gérée dès janvier par la communauté de communes de Pont-sur-Yonne.",
     "communauté de communes de Pont-sur-Yonne"),
    ("Le bal de samedi est organisé par l'Amicale des donneurs de sang de Pont-l'Évêque.",
     "Amicale des donneurs de sang de Pont-l'Évêque"),
]


@pytest.mark.parametrize(("text", "body"), BODIES_OF_HYPHENATED_TOWNS)
def test_a_hyphenated_town_closes_the_name_of_its_body(extract, text: str, body: str) -> None:
    result = extract(text)
    assert body in mentions_by_name(result, "organization")
    assert body not in mentions_by_name(result, "place")


# a town in capitals opening a local page's first line, then a full stop and a dash
CAPITAL_DATELINES = [
    ("PONT-L'ABBÉ. — La médiathèque restera fermée tout le mois d'août.", "PONT-L'ABBÉ"),
    ("LUXEUIL-LES-BAINS. — Les thermes ont accueilli leur premier curiste lundi.", "LUXEUIL-LES-BAINS"),
]


@pytest.mark.parametrize(("text", "town"), CAPITAL_DATELINES)
def test_a_capital_dateline_names_its_town(extract, text: str, town: str) -> None:
    result = extract(text)
    assert any(town in forms for forms in mentions_by_name(result, "place").values())
    assert not any(town in forms for forms in mentions_by_name(result, "person").values())


def test_a_club_closing_its_paragraph_is_read_on_its_own_line(extract) -> None:
    text = ("Golbey est cinquième du championnat, à trois points du leader, l'US Toul B.\n\n"
            "Les Golbéens avaient pourtant bien commencé la saison.")
    result = extract(text)
    assert any(name.startswith("US Toul") for name in mentions_by_name(result, "organization"))
    assert not any(name.startswith("US Toul") for name in mentions_by_name(result, "place"))


# a grouping of communes named by its towns and a capitalized word of grouping
GROUPINGS_OF_COMMUNES = [
    ("Le vice-président de Quimperlé Communauté a présenté le schéma des pistes cyclables.",
     "Quimperlé Communauté"),
    ("Les élus de Saint-Brieuc Armor Agglomération ont voté la gratuité des bus le samedi.",
     "Saint-Brieuc Armor Agglomération"),
    ("Brest Métropole financera la moitié du nouveau téléphérique.", "Brest Métropole"),
]


@pytest.mark.parametrize(("text", "body"), GROUPINGS_OF_COMMUNES)
def test_a_grouping_of_communes_is_one_body(extract, text: str, body: str) -> None:
    result = extract(text)
    assert body in mentions_by_name(result, "organization")
    assert not any(body.startswith(name) for name in mentions_by_name(result, "place"))


def test_a_fire_service_written_as_a_word_with_its_number_joins_its_name(extract) -> None:
    text = ("Le service départemental d'incendie et de secours du Cher (Sdis 18) recrute des "
            "volontaires. Le Sdis 18 organise une journée portes ouvertes en mai.")
    result = extract(text)
    bodies = _bodies(result)
    name = "service départemental d'incendie et de secours du Cher"
    assert name in bodies
    assert "Sdis 18" in bodies[name]
    assert not any("Sdis" in forms for forms in mentions_by_name(result, "misc").values())


# a wine cooperative named after its kind, the village its name ends on included
COOPERATIVES = [
    ("Paul Granier, président de la cave Les Coteaux de Tautavel, a compté ses pertes.",
     "Les Coteaux de Tautavel"),
    ("Depuis 2019, Marie Cazes est à la tête de la cave coopérative Les Vignes de Maury.",
     "Les Vignes de Maury"),
]


@pytest.mark.parametrize(("text", "body"), COOPERATIVES)
def test_a_cooperative_cellar_names_its_body(extract, text: str, body: str) -> None:
    result = extract(text)
    assert body in mentions_by_name(result, "organization")
    assert not any(name in body for name in mentions_by_name(result, "place"))


# the men of a body named by its kind: the body is the name, not its men
MEN_OF_A_BODY = [
    ("Alertés peu avant l'aube, les sapeurs-pompiers du centre de secours de Dompaire ont dégagé la route.",
     "centre de secours de Dompaire"),
    ("Deux cambrioleurs ont été arrêtés par les gendarmes de la brigade de Bulgnéville.",
     "brigade de Bulgnéville"),
]


@pytest.mark.parametrize(("text", "body"), MEN_OF_A_BODY)
def test_the_men_of_a_body_named_by_its_kind_are_not_the_name(extract, text: str, body: str) -> None:
    bodies = mentions_by_name(extract(text), "organization")
    assert body in bodies
    assert not any(name.startswith(("sapeurs", "gendarmes")) for name in bodies)


def test_firemen_named_by_their_town_stay_a_body(extract) -> None:
    result = extract("Les pompiers de Darney ont éteint le feu dans la nuit.")
    bodies = mentions_by_name(result, "organization")
    assert "pompiers de Darney" in bodies


# a given name and a surname set off by commas after a title: the holder, a person, even
# where the model read a place or a body there
HOLDERS_AFTER_TITLES = [
    ("La porte-parole du syndicat, Martine Lefranc, a réclamé une nouvelle réunion avant l'été.",
     "Martine Lefranc", "place", "person"),
    ("a indiqué lundi la secrétaire générale adjointe de la fédération, Sophie Carrel.",
     "Sophie Carrel", "organization", "person"),
    # no title before the comma: the model's reading stands
    ("Après la visite du port, Vincent Martel, la délégation est repartie.",
     "Vincent Martel", "place", "place"),
]


@pytest.mark.parametrize(("text", "name", "read", "label"), HOLDERS_AFTER_TITLES)
def test_a_name_after_a_title_between_commas_is_its_holder(nlp, text: str, name: str, read: str,
                                                           label: str) -> None:
    from factx.components.entity_types import titled_people
    from factx.types import Candidate

    doc = nlp.make_doc(text)
    for _, proc in nlp.pipeline[:5]:  # the parse and the tags, not factx's layers
        doc = proc(doc)
    start = text.index(name)
    cands = [Candidate(read, start, start + len(name), "ner", {"name": name})]
    assert titled_people(doc, cands)[0].label == label


# a body's acronym and the place it serves: one name; the acronym alone later is that body
ACRONYMS_OF_PLACES = [
    ("Un forum de l'emploi sera tenu avec l'ANPE d'Auxerre en mars. D'après l'ANPE, "
     "soixante offres sont déjà recensées.", "ANPE d'Auxerre", "ANPE"),
    ("Il a été secrétaire de la FDSEA du Cher de 1990 à 2002.", "FDSEA du Cher", None),
]


@pytest.mark.parametrize(("text", "body", "alone"), ACRONYMS_OF_PLACES)
def test_a_body_acronym_keeps_the_place_it_serves(extract, text: str, body: str, alone: str | None) -> None:
    bodies = _bodies(extract(text))
    assert body in bodies
    if alone:
        assert alone in bodies[body]
        assert alone not in bodies


def test_a_party_branch_is_named_by_the_party(extract) -> None:
    result = extract("Le PS de Meurthe-et-Moselle a désigné son candidat aux cantonales.")
    assert "PS de Meurthe-et-Moselle" not in mentions_by_name(result, "organization")


def test_a_firm_named_after_its_kind_stops_before_its_site(extract) -> None:
    result = extract("Les salariés de l'usine Peugeot de Sochaux ont voté la grève ce matin.")
    bodies = mentions_by_name(result, "organization")
    assert "Peugeot" in bodies
    assert "Peugeot de Sochaux" not in bodies
