"""Organizations and places of regional news (issue 11, round 8): a town that names a club in a
match report, a school named after a person or a saint, the prefecture as a body, an acronym
written as a word, two towns joined by a hyphen, a participle opening a sentence, a town
opening a headline before a colon, a name the model cut short in a headline.

Each row is a short article written for these tests, in the register of a regional daily
(match reports of village clubs, school starts, fêtes).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import mentions_by_name as _forms
from test_organizations import _named

# a town that names a club of the report after its abbreviation is the club where it plays,
# where it scores, where it heads the headline; it stays a town where the game is played
CLUB_TOWNS = [
    ("date 2004-10-04\n\nFootball : Golbey bat Épinal\n\nUS Golbey - FC Épinal : 2-0.\n"
     "Golbey a dominé le derby de bout en bout. L'entraîneur golbéen savourait la victoire, la "
     "troisième du championnat. Buts pour Golbey : Martin (12e), Colin (70e). Samedi, les joueurs "
     "se déplaceront à Vittel.\n",
     "US Golbey", "Golbey", "Vittel"),
    ("date 2005-03-14\n\nBasket : Toul renverse Neufchâteau\n\nUS Toul - SC Neufchâteau : 71-64.\n"
     "Menés à la pause, les joueurs de l'entraîneur Alain Roux ont renversé le match dans le "
     "dernier quart-temps. Toul remonte à la quatrième place du championnat. Prochaine rencontre "
     "à Mirecourt samedi.\n",
     "US Toul", "Toul", "Mirecourt"),
]


@pytest.mark.parametrize(("text", "club", "town", "venue"), CLUB_TOWNS)
def test_a_clubs_town_is_the_club_in_a_match_report(extract: Callable[..., dict], text: str, club: str,
                                                    town: str, venue: str) -> None:
    result = extract(text)
    orgs = _forms(result, "organization")
    assert town in orgs.get(club, set())
    assert town not in orgs  # one organization, named as the club
    assert town not in _named(result, "place")
    assert venue in _named(result, "place")


def test_a_club_town_where_something_is_stays_a_place(extract: Callable[..., dict]) -> None:
    result = extract("date 2004-10-04\n\nL'AS Ventron a battu le FC Cornimont (3-1) en championnat. "
                     "Le maire de Cornimont assistait au match, arbitré par un habitant de Ventron. "
                     "L'entraîneur a salué la victoire.\n")
    assert {"Cornimont", "Ventron"} <= _named(result, "place")


def test_a_lone_word_that_plays_is_a_team_not_a_person(extract: Callable[..., dict]) -> None:
    result = extract("date 2001-09-17\n\nL'Étoile de Darney a subi sa première défaite du championnat "
                     "face à Joeuf (68-75), samedi. « Joeuf a été plus adroit », reconnaissait "
                     "l'entraîneur après le match.\n")
    assert "Joeuf" in _named(result, "organization")
    assert "Joeuf" not in _named(result, "person")


def test_a_player_named_alone_stays_a_person(extract: Callable[..., dict]) -> None:
    result = extract("date 2001-09-17\n\nLe championnat : Pierre Lemoine a battu Jean Vautrin en finale. "
                     "Vautrin s'est incliné devant Lemoine après le match, et l'entraîneur a salué la "
                     "victoire.\n")
    assert {"Pierre Lemoine", "Jean Vautrin"} <= _named(result, "person")
    assert not _named(result, "organization") & {"Lemoine", "Vautrin"}


# a school named by its kind (and level) and a person's, a saint's or a place's name
SCHOOLS = [
    ("La kermesse de l'école Jules-Ferry aura lieu samedi dans la cour.", "école Jules-Ferry"),
    ("Les élèves de l'école maternelle Jean-Macé ont planté des tulipes.", "école maternelle Jean-Macé"),
    ("Au collège Le Tertre, la principale a accueilli trois nouveaux professeurs.", "collège Le Tertre"),
    ("Le lycée professionnel Émile-Gallé accueille 400 élèves cette année.",
     "lycée professionnel Émile-Gallé"),
    ("Le groupe scolaire Saint-Exupéry fête ses cinquante ans.", "groupe scolaire Saint-Exupéry"),
]


@pytest.mark.parametrize(("text", "school"), SCHOOLS)
def test_a_school_is_named_with_its_kind(extract: Callable[..., dict], text: str, school: str) -> None:
    result = extract(text)
    assert school in _named(result, "organization")
    name = school.split()[-1] if school.split()[-2] != "Le" else " ".join(school.split()[-2:])
    assert name not in _named(result, "place") | _named(result, "person") | _named(result, "misc")


def test_a_school_with_and_without_its_level_is_one(extract: Callable[..., dict]) -> None:
    result = extract("date 2024-09-03\n\nRentrée à l'école Sainte-Odile\n\nLes 200 élèves de l'école "
                     "élémentaire Sainte-Odile ont retrouvé leurs classes lundi.\n")
    orgs = _forms(result, "organization")
    assert orgs.get("école élémentaire Sainte-Odile", set()) >= {"école Sainte-Odile",
                                                                 "école élémentaire Sainte-Odile"}
    assert "école Sainte-Odile" not in orgs


def test_a_school_described_names_none(extract: Callable[..., dict]) -> None:
    result = extract("Une école Jules-Ferry existe dans chaque ville de France.")
    assert "école Jules-Ferry" not in _named(result, "organization")


# the prefecture after a definite article is the State's office; in apposition, the town
@pytest.mark.parametrize(("text", "org"), [
    ("La préfecture des Vosges interdit les feux de jardin jusqu'à la fin du mois.",
     "préfecture des Vosges"),
    ("Le directeur de cabinet de la préfecture de la Meuse a signé l'arrêté hier.", "préfecture de la Meuse"),
])
def test_the_prefecture_is_a_body(extract: Callable[..., dict], text: str, org: str) -> None:
    assert org in _named(extract(text), "organization")


def test_a_prefecture_in_apposition_is_the_town(extract: Callable[..., dict]) -> None:
    result = extract("Épinal, préfecture des Vosges, compte 32 000 habitants.")
    assert not any(o.startswith("préfecture") for o in _named(result, "organization"))
    assert {"Épinal", "Vosges"} <= _named(result, "place")


# an acronym written as a word, its expansion before it in parentheses
@pytest.mark.parametrize(("text", "org", "acronym"), [
    ("Un médecin du Service mobile d'urgence et de réanimation (Smur) a soigné le cycliste. Le Smur "
     "l'a conduit à Nancy.", "Service mobile d'urgence et de réanimation", "Smur"),
    ("Selon l'Institut national de la statistique et des études économiques (Insee), la population "
     "de la Meuse vieillit.", "Institut national de la statistique et des études économiques", "Insee"),
])
def test_an_acronym_written_as_a_word_joins_its_expansion(extract: Callable[..., dict], text: str, org: str,
                                                          acronym: str) -> None:
    result = extract(text)
    orgs = {e["name"]: e for e in result["entities"] if e["type"] == "organization"}
    assert acronym in orgs[org].get("aliases", [])
    assert acronym not in _named(result, "person") | set(orgs)


def test_a_place_in_parentheses_is_no_acronym(extract: Callable[..., dict]) -> None:
    result = extract("Le Comité des fêtes de Thaon (Vosges) organise un loto dimanche.")
    assert "Vosges" in _named(result, "place")


# two towns or two countries joined by a hyphen after a noun: the route, the war between them
@pytest.mark.parametrize(("text", "places"), [
    ("Un accident s'est produit hier sur la RN 57, dans le sens Épinal-Remiremont, vers 18 h.",
     {"Épinal", "Remiremont"}),
    ("Les deux pays se sont affrontés pendant la guerre Iran-Irak, de 1980 à 1988.", {"Iran", "Irak"}),
])
def test_two_places_joined_by_a_hyphen_are_two(extract: Callable[..., dict], text: str,
                                               places: set[str]) -> None:
    assert places <= _named(extract(text), "place")


@pytest.mark.parametrize(("text", "place"), [
    ("L'Alsace-Lorraine fut annexée en 1871.", "Alsace-Lorraine"),
    ("Il habite à Metz-Tessy depuis 1990.", "Metz-Tessy"),
])
def test_a_place_named_by_two_stays_one(extract: Callable[..., dict], text: str, place: str) -> None:
    assert place in _named(extract(text), "place")


# a participle opening a sentence is no place
@pytest.mark.parametrize(("text", "word"), [
    ("date 2024-05-02\n\nUn luthier primé\n\nInstallée depuis 2009 au fond d'une cour, "
     "la relieuse restaure des missels.\n", "Installée"),
    ("date 2024-05-02\n\nLe lac\n\nSituée au bord du lac, la commune attire les randonneurs.\n", "Située"),
])
def test_an_opening_participle_is_no_name(extract: Callable[..., dict], text: str, word: str) -> None:
    result = extract(text)
    assert word not in _named(result, "place") | _named(result, "organization") | _named(result, "person")


# the town a headline or a paragraph opens on, before a colon
@pytest.mark.parametrize(("text", "town"), [
    ("date 2024-07-01\n\nGérardmer : Thibault Gehin survole la course\n\nLe coureur a gagné dimanche.\n",
     "Gérardmer"),
    ("date 2024-07-01\n\nLe carnet\n\nXonrupt : les Amis du patrimoine se réunissent vendredi à la mairie.\n",
     "Xonrupt"),
])
def test_a_town_opening_a_line_before_a_colon_is_a_place(extract: Callable[..., dict], text: str,
                                                         town: str) -> None:
    assert town in _named(extract(text), "place")


def test_a_name_cut_short_in_a_headline_is_the_articles_name(extract: Callable[..., dict]) -> None:
    result = extract("date 2024-07-01\n\nGérardmer : un record pour le Trail des lacs\n\nLe Trail des lacs a "
                     "réuni dimanche 1 450 coureurs autour du lac.\n")
    assert "Trail" not in _named(result, "place") | _named(result, "organization")


@pytest.mark.parametrize(("text", "place"), [
    ("date 2025-08-12\n\nSoudan : la faim au Darfour\n\nGenève — L'organisation a alerté mardi sur la "
     "situation des enfants.\n", "Genève"),
    ("Plus de 40 000 déplacés vivent dans le camp de Kalma depuis l'été.", "camp de Kalma"),
    ("Les avions de la base aérienne de Nancy-Ochey ont décollé hier.", "base aérienne de Nancy-Ochey"),
])
def test_datelines_and_camps_are_places(extract: Callable[..., dict], text: str, place: str) -> None:
    assert place in _named(extract(text), "place")


def test_a_camp_without_a_name_is_no_place(extract: Callable[..., dict]) -> None:
    result = extract("Le camp de réfugiés accueille 3 000 personnes depuis le printemps.")
    assert not any(p.startswith("camp") for p in _named(result, "place"))


def test_a_rubric_named_like_a_town_is_no_place(extract: Callable[..., dict]) -> None:
    result = extract("date 2001-05-28\n\nRugby : Toulouse champion.\nLe club a remporté samedi son titre "
                     "au Stade de France.\n")
    assert "Rugby" not in _named(result, "place")


@pytest.mark.parametrize(("text", "club"), [
    ("Le Stade toulousain a remporté samedi son quinzième titre de champion de France.", "Stade toulousain"),
    ("L'Olympique lyonnais recevra Nantes dimanche soir.", "Olympique lyonnais"),
])
def test_a_club_named_by_its_towns_adjective(extract: Callable[..., dict], text: str, club: str) -> None:
    result = extract(text)
    assert club in _named(result, "organization")
    assert club not in _named(result, "place")


def test_a_stadium_stays_a_place(extract: Callable[..., dict]) -> None:
    result = extract("Le match aura lieu au Stade municipal de Golbey dimanche à 15 h.")
    assert not any(o.startswith("Stade") for o in _named(result, "organization"))


def test_a_womans_nationality_is_no_body(extract: Callable[..., dict]) -> None:
    result = extract("Chez les dames, Mary Pierce a été éliminée par la Suissesse Martina Hingis.")
    assert "Suissesse" not in _named(result, "organization") | _named(result, "place")
    assert "Martina Hingis" in _named(result, "person")


def test_a_comma_and_an_article_make_no_list(extract: Callable[..., dict]) -> None:
    result = extract("À la Bourse de Paris, le CAC 40 a gagné 1,2 % hier.")
    assert "CAC 40" not in _named(result, "organization")


def test_a_lines_full_stop_is_no_part_of_a_name(extract: Callable[..., dict]) -> None:
    result = extract("date 1999-11-30\n\nSeattle.\nJosé Bové a distribué du roquefort devant un "
                     "McDonald's.\nLe commissaire européen a défendu la position de l'Union.\n")
    assert not any(n.endswith(".") for n in _named(result, "organization") | _named(result, "place"))


@pytest.mark.parametrize("text", [
    "date 2002-11-20\n\nCinéma : « Amélie » toujours en tête.\nLe film reste en tête du box-office.\n",
])
def test_a_title_in_quotation_marks_is_no_place(extract: Callable[..., dict], text: str) -> None:
    assert "Amélie" not in _named(extract(text), "place")


# the teams of a results line, of the standings, of a passive defeat, in a match report
RESULTS = [
    ("date 2001-03-12\n\nLe championnat.\nLe club a gagné son match, l'entraîneur est satisfait. Les autres "
     "résultats : Thaon - Raon-l'Étape 0-0 ; Neufchâteau - Mirecourt 3-1.\n",
     {"Thaon", "Raon-l'Étape", "Neufchâteau", "Mirecourt"}),
    ("date 2003-03-10\n\nHandball : Saint-Dié assure.\nSaint-Dié s'est imposé face à Sélestat (27-22), "
     "samedi. L'entraîneur était ravi du match.\n"
     "Classement : 1. Saint-Dié 34 pts ; 2. Sélestat 31 ; 3. Épinal 28.\n",
     {"Saint-Dié", "Sélestat", "Épinal"}),
    ("date 2001-04-30\n\nFootball.\nLe championnat continue : Strasbourg, battu par Bastia, reste dernier "
     "avant le match de samedi. L'entraîneur a changé d'équipe.\n", {"Strasbourg", "Bastia"}),
]


@pytest.mark.parametrize(("text", "teams"), RESULTS)
def test_teams_of_results_and_standings_are_clubs(extract: Callable[..., dict], text: str,
                                                  teams: set[str]) -> None:
    result = extract(text)
    assert teams <= _named(result, "organization")
    assert not teams & _named(result, "place")


def test_an_adverb_opening_a_sports_sentence_is_no_team(extract: Callable[..., dict]) -> None:
    result = extract("date 2001-04-30\n\nFootball.\nNancy a battu Lorient (2-0) en championnat. Ailleurs, "
                     "Metz a concédé le nul à domicile. L'entraîneur messin regrette le match.\n")
    assert "Ailleurs" not in _named(result, "organization")
    assert "Metz" in _named(result, "organization")


@pytest.mark.parametrize(("text", "firm"), [
    ("La cristallerie de Rambervillers a définitivement fermé ses portes hier.",
     "cristallerie de Rambervillers"),
    ("Les ouvriers de la filature de Nomexy ont débrayé hier matin.", "filature de Nomexy"),
])
def test_a_firm_named_by_its_trade_and_town(extract: Callable[..., dict], text: str, firm: str) -> None:
    result = extract(text)
    assert firm in _named(result, "organization")
    assert firm not in _named(result, "place")


def test_a_trade_without_a_name_is_no_firm(extract: Callable[..., dict]) -> None:
    result = extract("Il a travaillé à la scierie du village pendant trente ans.")
    assert not any(o.startswith("scierie") for o in _named(result, "organization"))


def test_a_name_does_not_run_over_et_and_an_article(extract: Callable[..., dict]) -> None:
    result = extract("Le club compte 62 licenciés. Le Crédit agricole et la Ville ont renouvelé leur "
                     "soutien.")
    orgs = _named(result, "organization")
    assert "Crédit agricole" in orgs
    assert not any(" et " in o for o in orgs)
    assert "Ville" not in orgs


@pytest.mark.parametrize(("text", "full", "short"), [
    ("date 2002-07-09\n\nVittel : le Tour arrive.\nLe Tour de France fera étape à Vittel le 13 juillet.\n",
     "Tour de France", "Tour"),
    ("date 2003-05-02\n\nLa musique.\nLe concert de l'Union musicale de Thaon aura lieu dimanche. L'Union "
     "compte quarante musiciens.\n", "Union musicale de Thaon", "Union"),
])
def test_a_common_noun_alone_is_the_name_it_opens(extract: Callable[..., dict], text: str, full: str,
                                                  short: str) -> None:
    result = extract(text)
    ents = [e for e in result["entities"] if {m["text"] for m in e["mentions"]} & {short}]
    assert ents and all(full in e["name"] for e in ents)
    assert short not in _named(result, "place")


def test_a_noun_opening_two_names_stays_apart(extract: Callable[..., dict]) -> None:
    result = extract("Le Parti socialiste et le Parti communiste ont signé un accord. Le Parti a aussi voté.")
    assert "Parti socialiste" in _named(result, "organization")
    assert not any(e["name"] in ("Parti socialiste", "Parti communiste") and "Parti" in
                   {m["text"] for m in e["mentions"]} for e in result["entities"])


def test_a_name_never_ends_on_de(extract: Callable[..., dict]) -> None:
    result = extract("date 2003-05-02\n\nLa musique.\nL'Harmonie municipale de Golbey donnera un concert "
                     "dimanche.\n")
    orgs = _named(result, "organization")
    assert "Harmonie municipale de Golbey" in orgs
    assert not any(o.endswith(" de") for o in orgs)


@pytest.mark.parametrize(("text", "word"), [
    ("Le défilé de la Saint-Nicolas a rassemblé hier soir 5 000 personnes dans les rues de Saint-Dié.",
     "Saint-Nicolas"),
    ("Les feux de la Saint-Jean ont illuminé la colline samedi soir.", "Saint-Jean"),
])
def test_a_saints_feast_is_no_place(extract: Callable[..., dict], text: str, word: str) -> None:
    result = extract(text)
    assert word not in _named(result, "place") | _named(result, "person") | _named(result, "organization")


def test_a_common_noun_listed_at_a_sentence_start_is_no_place(extract: Callable[..., dict]) -> None:
    result = extract("date 2001-12-07\n\nSAINT-DIÉ. La fête en ville.\nLe défilé a rassemblé hier soir "
                     "près de 5 000 personnes dans les rues de Saint-Dié. Chars, fanfares et majorettes ont "
                     "accompagné le saint patron des Lorrains jusqu'à l'hôtel de ville.\n")
    assert "Chars" not in _named(result, "place")
    assert any("Saint-Dié" in forms for forms in _forms(result, "place").values())


def test_towns_listed_at_a_sentence_start_stay_places(extract: Callable[..., dict]) -> None:
    result = extract("date 2000-02-08\n\nIncendie.\nMetz, Nancy et Épinal ont envoyé des renforts.\n")
    assert {"Metz", "Nancy", "Épinal"} <= _named(result, "place")


@pytest.mark.parametrize(("text", "org"), [
    ("Les Amis du vieux Remiremont ont tenu leur assemblée générale vendredi soir.",
     "Les Amis du vieux Remiremont"),
    ("Xonrupt. Les Amis du patrimoine tiendront leur assemblée générale vendredi à la mairie.",
     "Les Amis du patrimoine"),
])
def test_the_friends_of_something_are_an_association(extract: Callable[..., dict], text: str,
                                                     org: str) -> None:
    orgs = _named(extract(text), "organization")
    assert org in orgs or org.removeprefix("Les ") in orgs


@pytest.mark.parametrize(("text", "org", "place"), [
    ("Les sapeurs-pompiers de Dompaire et le Smur d'Épinal sont intervenus.", "Smur d'Épinal", "Épinal"),
    ("Le Samu du Haut-Rhin a transporté les deux blessés.", "Samu du Haut-Rhin", "Haut-Rhin"),
])
def test_an_acronym_written_as_a_word_heads_a_body(extract: Callable[..., dict], text: str, org: str,
                                                   place: str) -> None:
    result = extract(text)
    assert org in _named(result, "organization")
    assert org not in _named(result, "place")
    assert place not in _named(result, "place")  # named only inside the body's name


def test_a_womens_division_is_no_body(extract: Callable[..., dict]) -> None:
    result = extract("date 2001-09-17\n\nBasket.\nEn Nationale 3 féminine, Golbey a battu Metz (54-50) "
                     "samedi. L'entraîneur a salué la victoire du match.\n")
    assert not any(o.startswith("Nationale") for o in _named(result, "organization"))


def test_a_national_team_stays_its_country(extract: Callable[..., dict]) -> None:
    result = extract("date 1999-06-12\n\nLes Bleus battent l'Andorre.\nL'équipe de France a difficilement "
                     "battu l'Andorre (2-0) hier soir, en match de qualification. Le sélectionneur était "
                     "déçu.\n")
    places, orgs = _named(result, "place"), _named(result, "organization")
    assert {"Andorre", "France"} <= places
    assert not any(o.startswith("de ") for o in orgs) and "Andorre" not in orgs


def test_the_french_firm_and_state_office(extract: Callable[..., dict]) -> None:
    result = extract("La cristallerie de Rambervillers a fermé. Le tribunal de commerce d'Épinal avait "
                     "prononcé la liquidation.")
    orgs = _named(result, "organization")
    assert {"cristallerie de Rambervillers", "tribunal de commerce d'Épinal"} <= orgs


@pytest.mark.parametrize(("text", "org", "short"), [
    ("La note a été publiée par Le Monde mardi. Dans un entretien accordé au Monde, le ministre confirme.",
     "Le Monde", "Monde"),
    ("Le Figaro a révélé l'affaire mardi. Interrogé par un journaliste du Figaro, le maire a démenti.",
     "Le Figaro", "Figaro"),
])
def test_a_title_after_a_contracted_article_is_the_title(extract: Callable[..., dict], text: str, org: str,
                                                          short: str) -> None:
    result = extract(text)
    assert short not in _named(result, "place")
    assert any(short in forms for forms in _forms(result, "organization").values())


@pytest.mark.parametrize(("text", "thing"), [
    ("Les Peugeot 306 et les Renault Clio sont les voitures les plus volées du département.", "Peugeot 306"),
    ("À la Bourse de Paris, le CAC 40 a gagné 1,2 % hier.", "CAC 40"),
])
def test_a_makers_model_is_no_body(extract: Callable[..., dict], text: str, thing: str) -> None:
    assert thing not in _named(extract(text), "organization")


def test_a_team_in_a_relative_clause_of_the_game(extract: Callable[..., dict]) -> None:
    result = extract("date 1999-11-08\n\nBasket.\nL'Élan béarnais a aligné samedi sa neuvième victoire en "
                     "championnat. Villeurbanne, qui jouera mardi face au Real Madrid, recule à la troisième "
                     "place du classement.\n")
    assert "Villeurbanne" in _named(result, "organization")


def test_a_force_named_after_its_kind_is_a_body(extract: Callable[..., dict]) -> None:
    result = extract("date 1999-09-21\n\nTimor.\nLes premiers soldats de la force internationale Interfet "
                     "ont débarqué hier à Dili.\n")
    assert "Interfet" in _named(result, "organization")


def test_a_parents_association_keeps_its_school(extract: Callable[..., dict]) -> None:
    result = extract("date 2001-07-02\n\nLe Thillot : kermesse réussie.\nLa kermesse organisée par "
                     "l'Association des parents d'élèves du collège Jules-Ferry a connu un beau succès "
                     "samedi.\n")
    assert "Association des parents d'élèves du collège Jules-Ferry" in _named(result, "organization")


def test_a_place_name_never_ends_on_de(extract: Callable[..., dict]) -> None:
    result = extract("date 2003-04-14\n\nBruyères.\nFoyer rural. Le Foyer rural de Champ-le-Duc organise une "
                     "sortie le 10 mai.\n")
    names = _named(result, "organization") | _named(result, "place")
    assert not any(n.endswith(" de") for n in names)


@pytest.mark.parametrize(("text", "town"), [
    ("date 2000-10-09\n\nMIRECOURT. Portes ouvertes à l'école de lutherie.\nL'école a ouvert ses portes "
     "samedi.\n", "MIRECOURT"),
    ("date 2002-02-18\n\nVITTEL. Le club des aînés en fête.\nLe club a fêté dimanche ses trente ans.\n",
     "VITTEL"),
])
def test_a_town_in_capitals_opening_a_local_page_is_a_place(extract: Callable[..., dict], text: str,
                                                             town: str) -> None:
    assert town in _named(extract(text), "place")


def test_a_rubric_in_capitals_is_no_town(extract: Callable[..., dict]) -> None:
    result = extract("date 2002-02-18\n\nVittel.\nPOLICE. Un vol a été commis dans la nuit rue de Verdun.\n")
    assert "POLICE" not in _named(result, "place")


def test_a_results_line_in_capitals(extract: Callable[..., dict]) -> None:
    result = extract("date 2003-01-27\n\nHandball. Nationale 3 masculine.\nÉPINAL HB - SÉLESTAT : "
                     "25-24.\nLes Spinaliens ont arraché la victoire du match. « On a eu chaud », avouait "
                     "l'entraîneur du club.\n")
    assert "SÉLESTAT" in _named(result, "organization")


def test_an_acronym_as_a_word_joins_the_name_it_spells(extract: Callable[..., dict]) -> None:
    result = extract("L'Organisation du traité de l'Atlantique nord réunit ses ministres en juin. La "
                     "secrétaire générale de l'Otan présidera.")
    orgs = _forms(result, "organization")
    assert "Otan" in orgs.get("Organisation du traité de l'Atlantique nord", set())
    assert "Otan" not in orgs


def test_a_body_and_the_verb_est(extract: Callable[..., dict]) -> None:
    result = extract("La Banque de France est prudente sur la croissance.")
    assert "Banque de France" in _named(result, "organization")


@pytest.mark.parametrize(("text", "event"), [
    ("Le Mondial des moins de 17 ans s'ouvre demain à Trinité.", "Mondial"),
    ("L'Open d'Australie commence lundi à Melbourne.", "Open d'Australie"),
])
def test_a_competition_is_no_body(extract: Callable[..., dict], text: str, event: str) -> None:
    assert event not in _named(extract(text), "organization")
