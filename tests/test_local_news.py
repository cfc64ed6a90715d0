"""Organizations and places of local news (issue 11, round 6): a body's meeting names no
body, a headline's common noun names nothing, a time word starts no name, a company is
named with its legal form.

Each row is a sentence or a short article written for these tests, in the register of a
regional daily (clubs, associations, village councils, fêtes, courts).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest


def _forms(result: dict, kind: str) -> set[str]:
    return {m["text"] for e in result["entities"] if e["type"] == kind for m in e["mentions"]}


def _named(result: dict, kind: str) -> set[str]:
    return {e["name"] for e in result["entities"] if e["type"] == kind}


def _all_forms(result: dict) -> set[str]:
    return {m["text"] for e in result["entities"] if e["type"] in ("organization", "place", "person")
            for m in e["mentions"]}


MEETINGS = [
    # a headline: the capital is the line's, the body is the complement, named whole
    ("Assemblée générale de l'Union sportive de Mirecourt.\nLes membres de l'Union sportive de "
     "Mirecourt se sont retrouvés vendredi à la salle des fêtes.", "Union sportive de Mirecourt",
     "Assemblée générale de l'Union"),
    ("Assemblée générale du Football club de Thaon.\nLe club a réuni ses licenciés samedi.",
     "Football club de Thaon", "Assemblée générale du Football club de Thaon"),
    # in lower case inside the sentence
    ("Une trentaine de membres ont assisté vendredi à l'assemblée générale de l'amicale des "
     "sapeurs-pompiers de Darney.", "amicale des sapeurs-pompiers de Darney",
     "assemblée générale de l'amicale des sapeurs-pompiers de Darney"),
    ("L'assemblée constitutive de l'Association des amis de l'orgue s'est tenue mardi en mairie.",
     "Association des amis de l'orgue", "assemblée constitutive de l'Association des amis de l'orgue"),
    ("L'assemblée générale extraordinaire du Comité des fêtes de Vittel aura lieu lundi.",
     "Comité des fêtes de Vittel", "assemblée générale extraordinaire du Comité des fêtes de Vittel"),
]


@pytest.mark.parametrize(("text", "org", "not_org"), MEETINGS)
def test_a_meeting_names_the_body_that_holds_it(extract: Callable[..., dict], text: str, org: str,
                                                not_org: str) -> None:
    result = extract(text)
    assert org in _named(result, "organization")
    assert not_org not in _forms(result, "organization")


@pytest.mark.parametrize(("text", "not_org"), [
    # the meeting alone, as a rubric, is an event
    ("Assemblée générale.\nLes adhérents du club de gymnastique ont élu un nouveau bureau.",
     "Assemblée générale"),
])
def test_a_meeting_alone_is_no_body(extract: Callable[..., dict], text: str, not_org: str) -> None:
    assert not_org not in _forms(extract(text), "organization")


def test_a_capital_inside_the_sentence_keeps_the_body(extract: Callable[..., dict]) -> None:
    # the United Nations' assembly is a body: its capital is no headline's
    result = extract("Le texte a été adopté hier par l'Assemblée générale de l'ONU à New York.")
    assert any(name.startswith("Assemblée générale") for name in _named(result, "organization"))


HEADLINES = [
    # a rubric of one common noun above the paragraph
    ("date 2002-02-14\n\nCarnet.\nDécès de Marcel Henry.\nMarcel Henry s'est éteint mardi à "
     "l'hôpital de Remiremont, à l'âge de 82 ans. Né à Bussang, il avait travaillé pendant quarante "
     "ans aux Tissages de la Moselle avant de prendre sa retraite. Ses obsèques seront célébrées "
     "vendredi à 14 h 30 en l'église de Bussang.", "Carnet"),
    # a verbless headline opening on a common noun and its adjective
    ("Téléthon.\nMobilisation générale à Bruyères.\nVendredi et samedi, les associations de "
     "Bruyères se sont mobilisées.", "Mobilisation générale"),
]


@pytest.mark.parametrize(("text", "not_name"), HEADLINES)
def test_a_headline_noun_names_nothing(extract: Callable[..., dict], text: str, not_name: str) -> None:
    result = extract(text)
    assert not_name not in _all_forms(result)


@pytest.mark.parametrize(("text", "kind", "name"), [
    # a headline that opens on the head of a body's or a place's name keeps it
    ("Tribunal correctionnel d'Épinal.\nUn automobiliste comparaissait hier pour excès de vitesse.",
     "organization", "Tribunal correctionnel d'Épinal"),
    ("Union sportive de Mirecourt.\nLes dirigeants ont présenté le calendrier.", "organization",
     "Union sportive de Mirecourt"),
    # a town in a headline is known to the gazetteer
    ("Remiremont.\nLe marché de Noël ouvre samedi place de l'Abbaye.", "place", "Remiremont"),
    # a headline with a verb is a sentence: the model's name stays
    ("Bussang accueille le Tour.\nLes coureurs traverseront le village à midi.", "place", "Bussang"),
])
def test_a_headline_may_name(extract: Callable[..., dict], text: str, kind: str, name: str) -> None:
    assert name in _forms(extract(text), kind)


@pytest.mark.parametrize(("text", "place", "not_name"), [
    # a day opening the sentence, and the preposition after it, are no part of the venue
    ("BASKET. Nationale 3.\nDimanche au gymnase Pierre-de-Coubertin, les basketteurs de l'ASPTT "
     "Nancy ont dominé l'Entente Vandoeuvre-Brabois sur le score de 78 à 65.",
     "gymnase Pierre-de-Coubertin", "Dimanche au gymnase Pierre-de-Coubertin"),
    ("Hier soir au stade Marcel-Picot, les Nancéiens ont battu Metz.", "stade Marcel-Picot",
     "Hier soir au stade Marcel-Picot"),
])
def test_a_time_word_starts_no_name(extract: Callable[..., dict], text: str, place: str,
                                    not_name: str) -> None:
    result = extract(text)
    assert place in _named(result, "place")
    assert not_name not in _all_forms(result) | _forms(result, "misc")


@pytest.mark.parametrize(("text", "place"), [
    # a venue named after a person in one hyphenated word is one place, head included
    ("Les enfants s'entraînent au gymnase Pierre-de-Coubertin de Golbey.", "gymnase Pierre-de-Coubertin"),
    ("Le motard a été transporté au centre hospitalier de Saint-Dié.", "centre hospitalier de Saint-Dié"),
])
def test_a_venue_named_in_one_hyphenated_word(extract: Callable[..., dict], text: str, place: str) -> None:
    assert place in _named(extract(text), "place")


@pytest.mark.parametrize(("text", "org", "not_places"), [
    ("La SARL Menuiserie Vincent, installée à Rambervillers, emploie douze salariés.",
     "SARL Menuiserie Vincent", {"SARL Menuiserie"}),
    ("L'entreprise travaille avec le GAEC des Trois Sapins et la SCI du Moulin.",
     "GAEC des Trois Sapins", {"GAEC des Trois Sapins", "Moulin", "SCI"}),
    ("L'entreprise travaille avec le GAEC des Trois Sapins et la SCI du Moulin.",
     "SCI du Moulin", set()),
    ("Au marché, la SARL Didier Fromages proposait ses munsters.", "SARL Didier Fromages", set()),
])
def test_a_legal_form_names_a_firm(extract: Callable[..., dict], text: str, org: str,
                                   not_places: set[str]) -> None:
    result = extract(text)
    assert org in _named(result, "organization")
    assert not (not_places & _forms(result, "place"))




def test_a_firm_name_ends_at_a_lower_case_word(extract: Callable[..., dict]) -> None:
    result = extract("Depuis 1985, la SARL Vincent emploie douze salariés à Rambervillers.")
    assert "SARL Vincent" in _named(result, "organization")
    assert "Vincent" not in _named(result, "person")


@pytest.mark.parametrize(("text", "place"), [
    # halls, cultural centres, ponds named after their head noun are places, head included
    ("La cérémonie s'est déroulée à la salle Jean-Moulin en présence du maire.", "salle Jean-Moulin"),
    ("L'Amicale a tenu son assemblée générale à la salle Carbonnar de Saint-Dié.", "salle Carbonnar"),
    ("L'atelier aura lieu le mardi à l'espace Georges-Brassens.", "espace Georges-Brassens"),
    # a capitalized head at the start of a headline is the line's capital
    ("Église Saint-Martin.\nLes travaux de la toiture commencent lundi.", "Église Saint-Martin"),
])
def test_a_venue_is_a_place_with_its_head(extract: Callable[..., dict], text: str, place: str) -> None:
    result = extract(text)
    assert place in _named(result, "place")
    assert place not in _forms(result, "person")


def test_a_venue_noun_alone_is_no_person(extract: Callable[..., dict]) -> None:
    text = ("Vie municipale.\nLe conseil municipal de Frouard a voté les travaux de l'église. "
            "Salle des fêtes : le chauffage sera remplacé cet été.")
    assert "Salle" not in _forms(extract(text), "person")


@pytest.mark.parametrize(("text", "not_org"), [
    # a level of a championship in a sports page's rubric is no body
    ("BASKET. Nationale 3.\nL'ASPTT Nancy l'emporte face à Vandoeuvre.\nDimanche, les basketteurs de "
     "l'ASPTT Nancy ont dominé l'Entente Vandoeuvre-Brabois. L'entraîneur, Patrick Hanriot, se "
     "montrait satisfait du match. Prochain match samedi à Lunéville.", "Nationale 3"),
    ("HANDBALL. Excellence régionale.\nLe HBC Épinal reste leader.\nLe HBC Épinal s'est imposé "
     "samedi face à Saint-Nabord (28-21).", "Excellence régionale"),
])
def test_a_championship_level_is_no_body(extract: Callable[..., dict], text: str, not_org: str) -> None:
    result = extract(text)
    assert not_org not in _forms(result, "organization")
    assert any(name.startswith(("ASPTT", "HBC")) for name in _named(result, "organization"))


def test_a_body_named_by_a_level_word_stays(extract: Callable[..., dict]) -> None:
    # a level word followed by a body's complement is a name, not a level
    result = extract("La Promotion des arts populaires a ouvert une exposition à Épinal.")
    assert "Promotion des arts populaires" in _forms(result, "organization")


@pytest.mark.parametrize("acronym", ["CDI", "BTS", "MJC", "RMI", "SDF", "RPR", "PDG"])
def test_no_airport_code_in_the_towns(acronym: str) -> None:
    # GeoNames lists the codes of a big town's airports among its other names: they are no
    # town's name, and French acronyms (a contract, a diploma, a party) collide with them
    from factx import gazetteer

    assert gazetteer.place_kind(acronym) is None


@pytest.mark.parametrize(("name", "kind"), [("Londres", "town"), ("Pékin", "town"), ("Épinal", "town")])
def test_exonyms_stay_in_the_towns(name: str, kind: str) -> None:
    from factx import gazetteer

    assert gazetteer.place_kind(name) == kind


@pytest.mark.parametrize(("text", "not_place"), [
    ("Titulaire d'un BTS de comptabilité, elle a été embauchée en CDI par la mairie.", "CDI"),
])
def test_an_acronym_is_no_town(extract: Callable[..., dict], text: str, not_place: str) -> None:
    assert not_place not in _forms(extract(text), "place")


@pytest.mark.parametrize(("text", "org"), [
    # an acronym and a place after it: a local body of that place
    ("Le RMI est versé par la CAF des Vosges depuis janvier.", "CAF des Vosges"),
    ("Dès la semaine prochaine, la MJC Lorraine proposera un atelier de théâtre pour adolescents, "
     "le mardi de 17 h à 19 h.", "MJC Lorraine"),
])
def test_an_acronym_and_a_place_name_a_body(extract: Callable[..., dict], text: str, org: str) -> None:
    result = extract(text)
    assert org in _named(result, "organization")
    assert org not in _forms(result, "place")


def test_an_acronym_of_a_kind_of_place_stays_a_place(extract: Callable[..., dict]) -> None:
    result = extract("Les blessés ont été conduits au CHU de Nancy en fin de matinée.")
    assert "CHU de Nancy" in _named(result, "place")


@pytest.mark.parametrize(("text", "org"), [
    # a body named by its cause keeps it
    ("Le chèque a été remis à la Ligue contre le cancer samedi.", "Ligue contre le cancer"),
    ("Au total, 4 200 euros ont été remis à l'Association française contre les myopathies.",
     "Association française contre les myopathies"),
    ("Dans sa lettre, le Comité national pour la sauvegarde des moulins demande un rendez-vous.",
     "Comité national pour la sauvegarde des moulins"),
])
def test_a_body_named_by_its_cause(extract: Callable[..., dict], text: str, org: str) -> None:
    assert org in _named(extract(text), "organization")


@pytest.mark.parametrize(("text", "org"), [
    # what the verb governs, and a time, are not the cause
    ("Le Comité des fêtes a voté pour la deuxième fois la dissolution.", "Comité des fêtes"),
    ("L'Union sportive de Thaon joue contre le club de Golbey dimanche.", "Union sportive de Thaon"),
])
def test_a_verb_complement_is_no_cause(extract: Callable[..., dict], text: str, org: str) -> None:
    assert org in _named(extract(text), "organization")


@pytest.mark.parametrize(("text", "place"), [
    # cafés, restaurants and shopping centres are venues: places, head included
    ("Jean-Marie Thomas a présenté samedi ses colistiers au café de la Paix.", "café de la Paix"),
    ("Il avait dérobé trois voitures sur le parking du centre commercial Saint-Sébastien.",
     "centre commercial Saint-Sébastien"),
    ("Les aînés ont déjeuné samedi au restaurant Le Cheval Blanc à Ornans.", "restaurant Le Cheval Blanc"),
])
def test_a_cafe_or_a_shopping_centre_is_a_place(extract: Callable[..., dict], text: str, place: str) -> None:
    result = extract(text)
    assert place in _named(result, "place")
    assert place not in _forms(result, "organization")


@pytest.mark.parametrize(("text", "place"), [
    # a capitalized article inside the sentence belongs to the town's name
    ("Des milliers de spectateurs attendaient hier le passage du Tour de France à La Bresse.", "La Bresse"),
    ("Il habite Les Forges depuis dix ans.", "Les Forges"),
    # at the start of the sentence, the capital is the sentence's: the name is as the model read it
    ("La Haye accueille le tribunal. Le procès se tiendra à La Haye.", "La Haye"),
])
def test_a_capitalized_article_is_part_of_a_town(extract: Callable[..., dict], text: str, place: str) -> None:
    assert place in _named(extract(text), "place")


def test_an_event_in_a_headline_keeps_its_words(extract: Callable[..., dict]) -> None:
    # the headline rule leaves events (misc) alone: "France" in "Tour de France" is no place
    text = ("Tour de France.\nLes Vosgiens au bord de la route.\nDes milliers de spectateurs attendaient "
            "hier le passage des coureurs.")
    assert "France" not in _forms(extract(text), "place")


def test_a_headline_noun_that_is_also_a_town_is_no_body(extract: Callable[..., dict]) -> None:
    # "Grève" is a commune's name too; read as a body in a verbless headline, it is a strike
    text = ("Social.\nGrève à l'usine Tréfileurope.\nLes salariés de Tréfileurope, à Thaon-les-Vosges, "
            "ont débrayé hier à l'appel de la CGT et de FO.")
    result = extract(text)
    assert "Grève" not in _forms(result, "organization")
    assert "CGT" in _named(result, "organization")


@pytest.mark.parametrize(("text", "org", "not_org"), [
    # the board of a firm named after its kind is part of that firm, not a body of its own
    ("La direction du groupe Arcelor envisage la suppression de 120 emplois.", "Arcelor",
     "direction du groupe"),
    ("Le conseil d'administration du groupe Michelin se réunit lundi.", "Michelin",
     "conseil d'administration du groupe"),
])
def test_the_board_of_a_named_firm(extract: Callable[..., dict], text: str, org: str, not_org: str) -> None:
    result = extract(text)
    assert org in _named(result, "organization")
    assert not_org not in _forms(result, "organization")


@pytest.mark.parametrize(("text", "org"), [
    # a firm named by its trade, singular or plural, and the name the model cut off
    ("date 2001-04-03\n\nÉtat civil.\nNaissances : Léa Ferry, fille de Nicolas et Émilie Ferry ; Hugo "
     "Perrin, fils de Damien et Sophie Perrin.\nDécès : Marie Valentin, 91 ans, ancienne institutrice ; "
     "Roger Colin, 78 ans, retraité des Papeteries de Clairefontaine.", "Papeteries de Clairefontaine"),
    ("Il avait travaillé quarante ans aux Tissages de la Moselle.", "Tissages de la Moselle"),
    ("La Fonderie de Rambervillers embauche dix ouvriers.", "Fonderie de Rambervillers"),
])
def test_a_firm_named_by_its_trade(extract: Callable[..., dict], text: str, org: str) -> None:
    assert org in _named(extract(text), "organization")


def test_a_village_named_like_a_trade_stays_a_place(extract: Callable[..., dict]) -> None:
    # "Forges" names villages too: it is no trade of named_body_heads
    result = extract("Natif des Forges de Méziré, il a fréquenté l'école du village.")
    assert "Forges de Méziré" in _named(result, "place")


@pytest.mark.parametrize(("text", "rubric"), [
    # a common noun before a colon at the start of a line is a rubric, on the last line too
    ("Le loto aura lieu dimanche.\nRenseignements : Paul Colin, président du club.", "Renseignements"),
])
def test_a_rubric_before_a_colon(extract: Callable[..., dict], text: str, rubric: str) -> None:
    result = extract(text)
    assert rubric not in _all_forms(result)
    assert "Paul Colin" in _named(result, "person")


@pytest.mark.parametrize(("text", "orgs", "not_org"), [
    # shops named after their kind are firms, each of a list after a plural kind
    ("Le responsable remercie la Banque alimentaire des Vosges et les magasins Leclerc et Cora.",
     {"Leclerc", "Cora"}, None),
    ("Les quotidiens Le Monde, Libération et Le Figaro ont titré sur l'affaire.",
     {"Le Monde", "Libération", "Le Figaro"}, None),
    # a kind and its name read as one place by the model: the name is the firm
    ("Les bénévoles ont vendu des gâteaux devant le supermarché Intermarché.", {"Intermarché"},
     "supermarché Intermarché"),
])
def test_shops_and_lists_after_a_kind(extract: Callable[..., dict], text: str, orgs: set[str],
                                      not_org: str | None) -> None:
    result = extract(text)
    assert orgs <= _named(result, "organization")
    assert not_org is None or not_org not in _forms(result, "place")
    assert not (orgs & _named(result, "person"))


@pytest.mark.parametrize(("text", "rubric"), [
    # one word on its line: a rubric, whether the lexicon lists it or only the tagger reads a noun
    ("date 2001-10-09\n\nRandonnée.\nLes marcheurs du Club vosgien sur les crêtes.\nUne quarantaine de "
     "membres du Club vosgien de Saint-Dié ont parcouru dimanche les sentiers du Hohneck.", "Randonnée"),
    # a head of places alone names nothing
    ("date 2000-03-14\n\nThéâtre.\nLes Tréteaux de la Vologne jouent Feydeau.\nLa troupe amateur "
     "présentera samedi « Le Dindon » à la salle des fêtes de Docelles.", "Théâtre"),
])
def test_a_word_alone_on_its_line_is_a_rubric(extract: Callable[..., dict], text: str, rubric: str) -> None:
    assert rubric not in _all_forms(extract(text))


@pytest.mark.parametrize(("text", "place"), [
    ("Réservations au bar Le Central, place de la Mairie.", "bar Le Central"),
    ("Pique-nique au refuge du Sotré, sur les crêtes.", "refuge du Sotré"),
])
def test_a_bar_or_a_refuge_is_a_place(extract: Callable[..., dict], text: str, place: str) -> None:
    result = extract(text)
    assert place in _named(result, "place")
    assert place.split(" ", 1)[1] not in _named(result, "organization")


def test_a_community_of_towns_is_a_body(extract: Callable[..., dict]) -> None:
    # "Communauté" heads a body's name; its acronym was hidden before by an airport's code
    result = extract("La présidente de la Communauté urbaine de Nantes (CUN) a présenté un plan. "
                     "La CUN financera le tramway.")
    orgs = [e for e in result["entities"] if e["type"] == "organization"]
    cun = [e for e in orgs if e["name"] == "Communauté urbaine de Nantes"]
    assert cun and "CUN" in {m["text"] for m in cun[0]["mentions"]}
