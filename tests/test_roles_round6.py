"""Roles, round 6 of issue 12: what an `of` may take up, and when a verb states an office.
"Le curé de la paroisse" takes up only a parish named before, where "le président du club"
takes up any body named before; a municipal office without a complement belongs to the
commune the story is about, not to a town named in passing; "X a dirigé le concert" holds
no office. Sentences written for these tests; rows give (person, role, of), `of` None
meaning the role must have no organization or place."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factx.resolve.names import fold
from test_roles import roles_of
from test_roles_round5 import assert_of

ANTECEDENT = [
    # a specific noun of bodies needs a body of that kind named before
    ("L'Amicale des pêcheurs de Darney a fêté ses cinquante ans. L'abbé Louis Perrin, curé de "
     "la paroisse, a béni les bateaux.",
     [("Louis Perrin", "curé", None)]),
    ("Le Football club de Thaon a tenu son assemblée. Le directeur de l'hôpital, Paul Marchal, "
     "était invité.",
     [("Paul Marchal", "directeur", None)]),
    # a generic noun of bodies takes up the body named before, whatever its name
    ("Le Football club de Thaon a tenu son assemblée. Le président du club, Jean Valentin, a "
     "présenté les comptes.",
     [("Jean Valentin", "président", "Football club de Thaon")]),
    ("Le MoDem a choisi son candidat. « Nous irons jusqu'au bout », a déclaré Paul Mercier, "
     "le porte-parole du parti.",
     [("Paul Mercier", "porte-parole", "MoDem")]),
    # "l'amicale" is a body of its own kind, not the club named before
    ("Le club de pétanque fête ses vingt ans. Claude Henry, président de l'amicale, a offert "
     "un vin d'honneur.",
     [("Claude Henry", "président", None)]),
    # the noun in the body's own name
    ("L'Hôpital Saint-Charles de Toul recrute. Le directeur de l'hôpital, Paul Marchal, s'en "
     "réjouit.",
     [("Paul Marchal", "directeur", "Hôpital Saint-Charles")]),
]



COMMUNE_OF_THE_STORY = [
    # the commune named most often before, not the last town named in passing
    ("Gérardmer prépare l'été. A Gérardmer, les travaux du lac commencent. Maître "
     "Anne Roux, avocate au barreau de Nancy, était présente. Paul Didier, conseiller municipal, "
     "a présenté le budget.",
     [("Paul Didier", "conseiller municipal", "Gérardmer")]),
    # named in its bodies' names too, and first on a tie: the headline's commune
    ("Fête du comité des fêtes de Golbey. Jean Petit, agriculteur à Dompaire, a tenu un stand. "
     "L'ancien maire, Roger Didier, était présent.",
     [("Roger Didier", "ancien maire", "Golbey")]),
    ("Un centenaire à Dompaire. Paul Henry, étudiant à Nancy, a joué du piano. Le maire, Gilbert "
     "Huguenin, a félicité la doyenne.",
     [("Gilbert Huguenin", "maire", "Dompaire")]),
    # a site named by its kind is no commune
    ("Un centenaire à Dompaire. Anne Gérard, aide-soignante à l'hôpital de Remiremont, a été "
     "décorée. Le maire, Gilbert Huguenin, a félicité la doyenne.",
     [("Gilbert Huguenin", "maire", "Dompaire")]),
    # a commune in the office's own sentence comes first
    ("A Gérardmer, les travaux du lac commencent. A Xonrupt, Paul Didier, conseiller municipal, a "
     "présenté le budget.",
     [("Paul Didier", "conseiller municipal", "Xonrupt")]),
]



VERB_OFFICE = [
    # the object of "diriger", "présider" is a body: an office
    ("Jean Valentin préside le Football club de Thaon depuis 1998.", ("Jean Valentin", "président"), True),
    ("Mme Claire Mathieu dirige l'association des parents d'élèves.", ("Claire Mathieu", "directrice"), True),
    # the object is an event, a task or a person: no office
    ("Le chef Louis Gérard a dirigé le concert de Noël avec brio.", ("Louis Gérard", "directeur"), False),
    ("Le doyen, Paul Henry, présidait la séance d'ouverture.", ("Paul Henry", "président"), False),
    ("Maître Anne Roux représentait la famille de la victime.", ("Anne Roux", "représentante"), False),
    # "fonder" holds whatever was founded
    ("Mme Marie Colin a fondé le festival de jazz de Vittel en 1990.", ("Marie Colin", "fondatrice"), True),
]


@pytest.mark.parametrize(("text", "pair", "held"), VERB_OFFICE, ids=[c[0][:40] for c in VERB_OFFICE])
def test_a_role_verb_states_an_office_only_over_a_body(extract: Callable[..., dict], text: str,
                                                        pair: tuple[str, str], held: bool) -> None:
    got = {(fold(p), fold(r)) for p, r, *_ in roles_of(extract(text))}
    assert ((fold(pair[0]), fold(pair[1])) in got) is held, got


HOLDER = [
    # inverted copula: the title is the subject, the name the predicate
    ("Le club a tenu son assemblée. Le nouveau président, élu à l'unanimité, est Paul Henry.",
     ("Paul Henry", "nouveau président")),
    ("La secrétaire de l'amicale est désormais Mme Odile Thiébaut.", ("Odile Thiébaut", "secrétaire")),
    # a relative clause whose object is the body: "que préside X"
    ("L'Amicale des anciens de Golbey, que préside Roger Claudel, organise un loto.",
     ("Roger Claudel", "président")),
    # the name in parentheses after the title
    ("Le club a fêté ses champions. Le maire (Paul Henry) a remis les coupes.", ("Paul Henry", "maire")),
    # the office named as the subject's functions, post or mandate
    ("Pierre Masson a été reconduit dans ses fonctions de trésorier.", ("Pierre Masson", "trésorier")),
    ("Anne Roux quitte son poste de directrice après dix ans.", ("Anne Roux", "directrice")),
]



BODY_NAMED_BY_A_SURNAME = [
    # a body's office before a name never written with a first name: that name is a company
    ("Le patron de Thiriet, Michel Gaudé, se montre confiant.", "Thiriet", "organization"),
    ("Paul Henry, gérant de Mougel depuis dix ans, a agrandi l'atelier.", "Mougel", "organization"),
    # a title held for a person keeps the person ("l'avocat de Dupont")
    ("L'avocat de Dupont, Maître Anne Roux, a plaidé la relaxe.", "Dupont", "person"),
]


@pytest.mark.parametrize(("text", "name", "kind"), BODY_NAMED_BY_A_SURNAME,
                         ids=[c[0][:40] for c in BODY_NAMED_BY_A_SURNAME])
def test_a_body_s_office_before_a_bare_surname(extract: Callable[..., dict], text: str, name: str,
                                               kind: str) -> None:
    out = extract(text)
    types = {e["name"]: e["type"] for e in out["entities"]}
    assert types.get(name) == kind, types
    if kind == "organization":
        assert any(r[2] == name for r in roles_of(out)), roles_of(out)


INNER_TITLE = [
    # the name in apposition belongs to the whole phrase, not to the title in its complement
    ("Le substitut du procureur, M. Alain Ferry, a requis un an de prison.",
     ("Alain Ferry", "substitut du procureur"), ("Alain Ferry", "procureur")),
    ("La secrétaire du maire, Mme Odile Thiébaut, a reçu les plaignants.",
     ("Odile Thiébaut", "secrétaire"), ("Odile Thiébaut", "maire")),
]


@pytest.mark.parametrize(("text", "held", "not_held"), INNER_TITLE, ids=[c[0][:40] for c in INNER_TITLE])
def test_a_title_in_another_s_complement(extract: Callable[..., dict], text: str, held: tuple[str, str],
                                         not_held: tuple[str, str]) -> None:
    got = {(fold(p), fold(r)) for p, r, *_ in roles_of(extract(text))}
    assert any(p == fold(held[0]) and r.startswith(fold(held[1])) for p, r in got), got
    assert (fold(not_held[0]), fold(not_held[1])) not in got, got


def test_a_public_institution_is_no_team(extract: Callable[..., dict]) -> None:
    text = ("Le lieutenant-colonel Yves Thomas commande le groupement de gendarmerie des Vosges. "
            "Le soir, le coach de l'équipe, Thierry Gaspard, était satisfait du match.")
    got = [r for r in roles_of(extract(text)) if fold(r[0]) == fold("Thierry Gaspard")]
    assert got and got[0][2] is None, got


SOLE_BODY_AND_WORKPLACE = [
    # a story that names one body: a bare office is held in it
    ("Le tribunal correctionnel de Saint-Dié a jugé hier deux frères. Le président Marc Lhuillier "
     "a prononcé une peine de prison avec sursis.",
     [("Marc Lhuillier", "président", "tribunal correctionnel")]),
    # two bodies named once each: the subject of the sentence before (round 7), else no guess
    ("Le tribunal correctionnel de Saint-Dié a jugé hier deux frères pour un vol à la Société "
     "générale. Le président Marc Lhuillier a prononcé une peine de prison avec sursis.",
     [("Marc Lhuillier", "président", "tribunal correctionnel")]),
    ("Deux frères ont comparu devant le tribunal correctionnel de Saint-Dié pour un vol à la "
     "Société générale. Le président Marc Lhuillier a prononcé une peine de prison avec sursis.",
     [("Marc Lhuillier", "président", None)]),
    # an unnamed workplace, then the place it is in
    ("Paul Henry, cuisinier dans un restaurant à Nancy, a épousé Anne Morel.",
     [("Paul Henry", "cuisinier", "Nancy")]),
    ("Kevin Hart, mécanicien sur un chantier naval en Norvège, était le témoin du marié.",
     [("Kevin Hart", "mécanicien", "Norvège")]),
    # no place after the workplace: no `of`
    ("Paul Henry, cuisinier dans un petit restaurant, a épousé Anne Morel.",
     [("Paul Henry", "cuisinier", None)]),
]



AFTER_TITLE = [
    # the tagger calls the name a verb, and the parse starts a sentence at it
    ("Le discours du chancelier Kohl à Strasbourg a été très commenté dans la presse.",
     ("Kohl", "chancelier")),
    # an adjective before a title the tagger calls a participle, with its own article
    ("Anne Roux, la célèbre correspondante lyonnaise du Monde, a pris sa retraite en juin.",
     ("Anne Roux", "célèbre correspondante")),
]


CAPITAL_TITLES = [
    # a title written with a capital before the name: the name is the person, the title a role
    ("Nous souhaitons au Conseiller fédéral Chaudet une cordiale bienvenue.",
     ("Chaudet", "conseiller fédéral")),
    ("Le Président Obama a reçu le Premier ministre britannique David Cameron.",
     ("David Cameron", "premier ministre")),
]


@pytest.mark.parametrize(("text", "pair"), CAPITAL_TITLES, ids=[c[1][0] for c in CAPITAL_TITLES])
def test_a_capitalized_title_before_a_name(extract: Callable[..., dict], text: str,
                                           pair: tuple[str, str]) -> None:
    out = extract(text)
    got = {(fold(p), fold(r)) for p, r, *_ in roles_of(out)}
    assert (fold(pair[0]), fold(pair[1])) in got, got
    names = {e["name"] for e in out["entities"] if e["type"] in ("place", "misc", "organization")}
    assert not any(fold(pair[1]) in fold(n) for n in names), names  # no title left as a name


def test_a_party_label_before_a_name_is_not_the_name(extract: Callable[..., dict]) -> None:
    out = extract("Au conseil de Paris, l'élu Vert Marc Aubry a voté contre le budget de la culture.")
    people = {e["name"] for e in out["entities"] if e["type"] == "person"}
    assert "Marc Aubry" in people and not any(n.startswith("Vert") for n in people), people
    assert ("Marc Aubry", "élu") in {(p, r) for p, r, *_ in roles_of(out)}


OF_ROWS = ANTECEDENT + COMMUNE_OF_THE_STORY + SOLE_BODY_AND_WORKPLACE


@pytest.mark.parametrize(("text", "expected"), OF_ROWS, ids=[c[0][:40] for c in OF_ROWS])
def test_the_of_of_a_role(extract: Callable[..., dict], text: str,
                          expected: list[tuple[str, str, str | None]]) -> None:
    assert_of(roles_of(extract(text)), expected, exact=False)


HOLDER_ROWS = HOLDER + AFTER_TITLE


@pytest.mark.parametrize(("text", "pair"), HOLDER_ROWS, ids=[c[0][:40] for c in HOLDER_ROWS])
def test_the_holder_of_a_title(extract: Callable[..., dict], text: str, pair: tuple[str, str]) -> None:
    got = {(fold(p), fold(r)) for p, r, *_ in roles_of(extract(text))}
    assert (fold(pair[0]), fold(pair[1])) in got, got
