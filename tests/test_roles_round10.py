"""Roles, round 10 of issue 12: the holder and the `of` of a role on text nobody tuned on.
A capitalized nationality or gentilé noun may stand between a title's apposition and its
holder ("le directeur de l'agence, le Norvégien X"); the town of a dateline in capitals
("GOLBEY. — ...") or of a "Town. Headline" first line is the commune of a municipal office
the text names no other for; a definite complement that opens the name of the one body the
text names by its kind is that body ("chef du centre", "président du conseil général"); a
rank is held in the uniformed body named beside it; an office in apposition to the agent of a
passive role verb is held in the body the verb gives, and a participle after a body and its
acronym in parentheses qualifies that body; a local branch's office is held in the body it
belongs to; a département is no commune; a possessive after a sentence whose parse gives no
body subject stands for the one organization that sentence names; an honorary title is not a
fuller form of the office; in a portrait or an obituary, "il"/"elle" stands for the person the
headline names when nobody else who could be meant is named near the pronoun; a player's or a
coach's nationality adjective is no `of`: the club the clause's subject names is; a
département the gazetteer knows after a title is its territory even when the entity layer
did not tag it; the area after a possessive title ("son directeur pour l'Asie") is no body.
Sentences written for these tests; rows give (person, role, of), `of` None meaning the role
must have no organization or place."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factx.resolve.roles import heading_town
from test_roles import roles_of
from test_roles_round5 import assert_of


def _text(case: tuple | object) -> str:
    """The text of a row, a plain tuple or a pytest.param."""
    return case[0] if isinstance(case[0], str) else case.values[0]  # type: ignore[index,attr-defined]


NATIONALITY_NOUN = [
    # the holder after a nationality noun, with or without a complement before the comma
    ("La secrétaire générale de l'Unesco, la Bulgare Irina Petrova, a ouvert la séance à Paris.",
     [("Irina Petrova", "secrétaire générale", "Unesco")]),
    ("« Nous avons manqué de réalisme », a reconnu l'entraîneur du club, le Néerlandais Maarten "
     "van Loon, après la défaite.",
     [("Maarten van Loon", "entraîneur", None)]),
    ("Le président de la Banque mondiale, l'Américain Robert Hale, s'est rendu à Dakar lundi.",
     [("Robert Hale", "président", "Banque mondiale")]),
    # a compound nationality, written with a hyphen
    ("« Nous avons perdu trop de ballons », a reconnu le sélectionneur, le Nord-Irlandais Sean "
     "Doherty, après le match.",
     [("Sean Doherty", "sélectionneur", None)]),
    # a gentilé known with its town
    ("Le club de Golbey a fêté ses trente ans. Le président du club, le Spinalien Marc Perrin, a "
     "remercié les bénévoles.",
     [("Marc Perrin", "président", "club de Golbey")]),
]


@pytest.mark.parametrize(("text", "expected"), NATIONALITY_NOUN, ids=[c[0][:40] for c in NATIONALITY_NOUN])
def test_holder_after_a_nationality_noun(extract: Callable[..., dict], text: str,
                                         expected: list[tuple[str, str, str | None]]) -> None:
    assert_of(roles_of(extract(text)), expected, exact=False)


NOT_A_HOLDER = [
    # the nationality noun is the subject of its own clause, not an apposition to the title
    "Le directeur de l'usine a quitté Lyon. L'Allemand Klaus Berger a repris la production.",
    # a nationality noun after a title with no comma between: not this construction
    "Le ministre a reçu les Italiens Paolo Conti et Marco Valli pour parler du tunnel.",
]


@pytest.mark.parametrize("text", NOT_A_HOLDER, ids=[t[:40] for t in NOT_A_HOLDER])
def test_nationality_noun_alone_makes_no_holder(extract: Callable[..., dict], text: str) -> None:
    got = roles_of(extract(text))
    assert not [g for g in got if g[0] in ("Klaus Berger", "Paolo Conti", "Marco Valli")], got


HEADINGS = [
    # the dateline in capitals opening the story, written as the text spells the town
    ("date 2001-05-04\n\nLa fête des écoles\n\nSAINT-DIÉ-DES-VOSGES. — Le maire a inauguré "
     "l'école. Les enfants de Saint-Dié-des-Vosges ont chanté.", "Saint-Dié-des-Vosges"),
    # the dateline first, even when the headline opens with another place
    ("Nancy : la fanfare en tournée\n\nBULGNÉVILLE. — La fanfare municipale est partie samedi.",
     "Bulgnéville"),
    # a town, a full stop and the headline
    ("Paimpol. Le marché de Noël ouvre ses portes\n\nLes chalets sont installés place du Centre.",
     "Paimpol"),
    # a town, a colon and the headline, as before
    ("Darney : la kermesse a réuni les familles\n\nLe soleil était au rendez-vous.", "Darney"),
    # no town: a headline that opens with a common word, a wire dateline of no town
    ("Football. Le derby tourne court\n\nLes locaux ont dominé.", None),
    ("Le conseil vote le budget\n\nLe maire a présenté les comptes.", None),
]


@pytest.mark.parametrize(("text", "town"), HEADINGS, ids=[h[0][:30] for h in HEADINGS])
def test_heading_town(text: str, town: str | None) -> None:
    assert heading_town(text) == town


DATELINE_COMMUNE = [
    # a town in capitals the entity layer does not tag, named nowhere else
    ("date 2001-03-02\n\nLe gymnase sera rénové\n\nFONTENOY-LE-CHÂTEAU. — Les élus ont siégé mardi "
     "autour de M. Roger Hans, maire.",
     [("Roger Hans", "maire", "Fontenoy-le-Château")]),
    # a municipal office with no commune in its sentence or before: the dateline's town
    ("date 2001-03-02\n\nLes comptes adoptés à l'unanimité\n\nDOMPAIRE. — Les élus ont d'abord "
     "écouté jeudi M. Paul Didier, maire. Le premier adjoint, M. Jean Roy, a ensuite commenté les "
     "chiffres.",
     [("Paul Didier", "maire", "Dompaire"), ("Jean Roy", "premier adjoint", "Dompaire")]),
    # a town then a full stop and the headline
    ("Lesneven. L'ancienne maire Anne Le Gall s'est éteinte\n\nAnne Le Gall, ancienne maire, "
     "avait 81 ans.",
     [("Anne Le Gall", "ancienne maire", "Lesneven")]),
]


@pytest.mark.parametrize(("text", "expected"), DATELINE_COMMUNE, ids=[c[0][16:50] for c in DATELINE_COMMUNE])
def test_dateline_town_is_the_commune(extract: Callable[..., dict], text: str,
                                      expected: list[tuple[str, str, str | None]]) -> None:
    assert_of(roles_of(extract(text)), expected, exact=True)


BODY_BY_OPENING = [
    # "du centre" after a story about the centre de secours of a town
    ("Les pompiers du centre de secours de Monthureux ont reçu une nouvelle échelle. Le lieutenant "
     "Éric Mangin, chef du centre, a salué l'effort de la commune.",
     [("Éric Mangin", "chef", "centre de secours de Monthureux")]),
    # "du conseil général" named in full in the next sentence
    ("Le chantier a été visité mardi par le président du conseil général, M. Henri Grosjean. "
     "Le conseil général de l'Ain en paiera le tiers.",
     [("Henri Grosjean", "président du conseil général", "conseil général de l'Ain")]),
]


@pytest.mark.parametrize(("text", "expected"), BODY_BY_OPENING, ids=[c[0][:40] for c in BODY_BY_OPENING])
def test_definite_complement_opening_a_body_name(extract: Callable[..., dict], text: str,
                                                 expected: list[tuple[str, str, str | None]]) -> None:
    assert_of(roles_of(extract(text)), expected, exact=False)


NO_BODY_BY_OPENING = [
    # two bodies open with the same words: neither
    ("Le conseil général de l'Ain et le conseil général du Jura ont signé. Le président du "
     "conseil général, M. Henri Grosjean, a salué l'accord.",
     [("Henri Grosjean", "président du conseil général", None)]),
    # a domain that no body of the text is named by
    ("M. Paul Roy, directeur de la communication, a présenté la campagne du groupe.",
     [("Paul Roy", "directeur de la communication", None)]),
]


@pytest.mark.parametrize(("text", "expected"), NO_BODY_BY_OPENING,
                         ids=[c[0][:40] for c in NO_BODY_BY_OPENING])
def test_no_body_by_opening(extract: Callable[..., dict], text: str,
                            expected: list[tuple[str, str, str | None]]) -> None:
    assert_of(roles_of(extract(text)), expected, exact=False)


RANKS = [
    # the uniformed body the sentence before names
    ("La brigade de gendarmerie de Dompaire est chargée des constatations. D'après l'adjudant Yves "
     "Gautier, la voiture allait bien au-delà de la limite.",
     [("Yves Gautier", "adjudant", "brigade de gendarmerie de Dompaire")]),
    # the body named after the rank, in its sentence
    ("Le colonel Anne Vidal, qui dirige le service départemental d'incendie et de secours du Gard, "
     "a présenté mardi les chiffres de la saison des feux.",
     [("Anne Vidal", "colonel", "service départemental d'incendie et de secours du Gard")]),
    # across a quotation parsed as a sentence of its own
    pytest.param(
        "Une trentaine de pompiers du service départemental d'incendie et de secours du Jura sont "
        "intervenus. « Les flammes sont parties de l'atelier. Il a fallu toute la nuit », explique le "
        "sergent-chef Bruno Lachaise.",
        [("Bruno Lachaise", "sergent-chef", "service départemental d'incendie et de secours du Jura")],
        marks=pytest.mark.xfail(strict=True, reason="rule does not carry: with these quoted words the "
                                "body is not found across the quotation")),
]


@pytest.mark.parametrize(("text", "expected"), RANKS, ids=[_text(c)[:40] for c in RANKS])
def test_rank_in_uniformed_body(extract: Callable[..., dict], text: str,
                                expected: list[tuple[str, str, str | None]]) -> None:
    assert_of(roles_of(extract(text)), expected, exact=False)


NO_RANK_BODY = [
    # a team's captain is no officer of the gendarmerie named after him
    ("Le capitaine du FC Thaon, Julien Marchal, a marqué deux buts. La brigade de gendarmerie de "
     "Thaon assurait la sécurité.",
     [("Julien Marchal", "capitaine", "FC Thaon")]),
    # a rank with no uniformed body near it keeps none
    ("Le club de tir de Vittel a tenu son assemblée. Le commandant Pierre Hacquard, retraité, a "
     "été élu président.",
     [("Pierre Hacquard", "commandant", None)]),
]


@pytest.mark.parametrize(("text", "expected"), NO_RANK_BODY, ids=[c[0][:40] for c in NO_RANK_BODY])
def test_rank_without_uniformed_body(extract: Callable[..., dict], text: str,
                                     expected: list[tuple[str, str, str | None]]) -> None:
    assert_of(roles_of(extract(text)), expected, exact=False)


AGENTS = [
    # the office in apposition to the agent of "représenté par" is the subject's, and no
    # "représentant" besides
    ("Pour la remise des prix, le comité départemental de cyclisme était représenté par M. Gilles "
     "Fournier, trésorier.",
     [("Gilles Fournier", "trésorier", "comité départemental de cyclisme")]),
    # the participle after a body's acronym in parentheses
    ("La commune rejoint le Syndicat d'électrification de la vallée de l'Ornain (SEVO), présidé "
     "par M. Gaston Rémy, maire de Ligny-en-Barrois.",
     [("Gaston Rémy", "président", "Syndicat d'électrification de la vallée de l'Ornain"),
      ("Gaston Rémy", "maire", "Ligny-en-Barrois")]),
]


@pytest.mark.parametrize(("text", "expected"), AGENTS, ids=[c[0][:40] for c in AGENTS])
def test_agent_of_a_passive_role_verb(extract: Callable[..., dict], text: str,
                                      expected: list[tuple[str, str, str | None]]) -> None:
    got = roles_of(extract(text))
    assert_of(got, expected, exact=False)
    assert not [g for g in got if g[1].startswith("représentant")], got


def test_profession_of_a_passive_agent_keeps_no_body(extract: Callable[..., dict]) -> None:
    # a profession in apposition to the president is no office of the body presided
    got = roles_of(extract("L'Union des artisans de Mirecourt, présidée par Mme Sylvie Roux, "
                           "fleuriste, organise la foire."))
    assert_of(got, [("Sylvie Roux", "présidente", "Union des artisans de Mirecourt"),
                    ("Sylvie Roux", "fleuriste", None)], exact=False)


BRANCHES = [
    # a branch named by its area, then the body it belongs to
    ("Le trésorier de la section du Bassigny de l'Association des paralysés de France, M. Hervé "
     "Thouvenel, a apporté un don au foyer.",
     [("Hervé Thouvenel", "trésorier", "Association des paralysés de France")]),
    # a branch named by an adjective
    ("Les drapeaux ont été portés par M. René Thomas, trésorier de la section locale de la "
     "Fédération nationale des déportés et internés.",
     [("René Thomas", "trésorier", "Fédération nationale des déportés")]),
    # "la section" said again takes up the body the branch named before belongs to
    ("Il avait fondé en 1975 la section vittelloise de la Fédération nationale des chasseurs. Le "
     "président de la section, M. Luc Gérard, lui a rendu hommage.",
     [("Luc Gérard", "président", "Fédération nationale des chasseurs")]),
]


@pytest.mark.parametrize(("text", "expected"), BRANCHES, ids=[c[0][:40] for c in BRANCHES])
def test_office_of_a_local_branch(extract: Callable[..., dict], text: str,
                                  expected: list[tuple[str, str, str | None]]) -> None:
    assert_of(roles_of(extract(text)), expected, exact=False)


COMMUNES = [
    # a département named before (inside a body's name) is no commune for a deputy mayor
    ("Les élus municipaux ont siégé lundi. Les travaux seront aidés par le conseil général des "
     "Vosges. M. Alain Petit, premier adjoint, a présenté le devis.",
     [("Alain Petit", "premier adjoint", None)]),
    # the dateline's town before a place of the headline named as often
    ("Saint-Nicolas : les enfants à la fête\n\nDOMBASLE-SUR-MEURTHE. — Les enfants de "
     "Dombasle-sur-Meurthe ont défilé dimanche pour la Saint-Nicolas. Le maire, M. Jean Perrin, "
     "a distribué les friandises.",
     [("Jean Perrin", "maire", "Dombasle-sur-Meurthe")]),
]


@pytest.mark.parametrize(("text", "expected"), COMMUNES, ids=[c[0][:40] for c in COMMUNES])
def test_commune_of_a_municipal_office(extract: Callable[..., dict], text: str,
                                       expected: list[tuple[str, str, str | None]]) -> None:
    assert_of(roles_of(extract(text)), expected, exact=True)


POSSESSIVES = [
    # the subject of the sentence before, not one inside its quotation
    ("Chez les employeurs, l'Union des entreprises de proximité (U2P) estime que « le calendrier est "
     "intenable ». Son président régional, Michel Barbier, réclame un report.",
     [("Michel Barbier", "président régional", "Union des entreprises de proximité")]),
    # the parse finds no subject that names a body: the one organization of the sentence
    ("Dans les gares, la Confédération des cadres du rail (CCR) assure que « les effectifs ont "
     "fondu en cinq ans ». Sa secrétaire régionale, Anne Caron, exige des recrutements.",
     [("Anne Caron", "secrétaire régionale", "Confédération des cadres du rail")]),
    # a person named in the sentence before: the title is that person's relation, no office
    ("Paul Roy a gagné le tournoi avec le Tennis club de Vittel. Son entraîneur, Marc Petit, "
     "était ravi.",
     [("Marc Petit", "entraîneur", None)]),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSIVES, ids=[c[0][:40] for c in POSSESSIVES])
def test_possessive_after_a_sentence_with_one_body(extract: Callable[..., dict], text: str,
                                                  expected: list[tuple[str, str, str | None]]) -> None:
    assert_of(roles_of(extract(text)), expected, exact=False)


def test_honorary_title_is_another_role(extract: Callable[..., dict]) -> None:
    # the outgoing president made honorary president keeps both titles
    got = roles_of(extract("L'amicale des pêcheurs de Fontenoy a réuni ses membres samedi. M. Roger "
                           "Colin, président depuis 1992, cédait sa place. Il a été nommé président "
                           "d'honneur."))
    assert_of(got, [("Roger Colin", "président", "amicale des pêcheurs de Fontenoy"),
                    ("Roger Colin", "président d'honneur", "amicale des pêcheurs de Fontenoy")], exact=False)
    assert not [g for g in got if g[1] == "président" and g[0] != "Roger Colin"], got


PORTRAITS = [
    # an obituary: the pronoun across sentences that name the wife and no other man
    ("date 2012-05-02\n\nGondrecourt. L'ancien maire Henri Marchal s'est éteint\n\nHenri Marchal "
     "avait 84 ans. Enfant du pays, il s'était marié en 1952 avec Lucienne, disparue en 2010. "
     "Ensemble, ils ont tenu la quincaillerie de la grand-rue. Bénévole de toutes les fêtes, il "
     "était président du comité des fêtes de Gondrecourt entre 1970 et 1985.",
     [("Henri Marchal", "président", "comité des fêtes de Gondrecourt")]),
]


@pytest.mark.parametrize(("text", "expected"), PORTRAITS, ids=[c[0][16:50] for c in PORTRAITS])
def test_pronoun_of_a_portrait(extract: Callable[..., dict], text: str,
                               expected: list[tuple[str, str, str | None]]) -> None:
    assert_of(roles_of(extract(text)), expected, exact=False)


NO_PROTAGONIST = [
    # another man named in the sentence before: whom "il" stands for is not read
    ("date 2012-05-02\n\nGondrecourt. L'ancien maire Henri Marchal s'est éteint\n\nHenri Marchal "
     "avait 84 ans. Son ami Paul Simon se souvient de lui. Bénévole de toutes les fêtes, il était "
     "président du comité des fêtes de Gondrecourt.", "Henri Marchal"),
    # a woman in the headline, "il" in the text
    ("date 2012-05-02\n\nGondrecourt. Mme Odile Marchal fête ses cent ans\n\nMme Odile Marchal a "
     "soufflé ses bougies. Bénévole de toutes les fêtes, il était président du comité des fêtes de "
     "Gondrecourt.",
     "Odile Marchal"),
]


@pytest.mark.parametrize(("text", "hero"), NO_PROTAGONIST, ids=[c[0][16:50] for c in NO_PROTAGONIST])
def test_no_protagonist(extract: Callable[..., dict], text: str, hero: str) -> None:
    got = roles_of(extract(text))
    assert not [g for g in got if g[0] == hero and g[1] == "président"], got


PLAYERS = [
    # the club of the clause's subject, not the player's country
    ("Le match s'est joué sous la pluie samedi. Le FC Sochaux a ouvert le score par le milieu "
     "camerounais Samuel Eto, à la 12e minute.",
     [("Samuel Eto", "milieu", "FC Sochaux")]),
    # two clubs coordinated as the subject: either side's, so not one of them
    ("Le FC Metz et l'AS Nancy ont fait match nul. Le défenseur brésilien Marcos Silva a marqué "
     "de la tête.",
     [("Marcos Silva", "défenseur", "Brésil")]),
    # a national side's coach is the state's
    ("Le sélectionneur belge, Marc Wilmots, a dévoilé sa liste de 23 joueurs.",
     [("Marc Wilmots", "sélectionneur", "Belgique")]),
]


@pytest.mark.parametrize(("text", "expected"), PLAYERS, ids=[c[0][:40] for c in PLAYERS])
def test_player_nationality_is_no_body(extract: Callable[..., dict], text: str,
                                       expected: list[tuple[str, str, str | None]]) -> None:
    assert_of(roles_of(extract(text)), expected, exact=False)


TERRITORIES = [
    ("La préfète de la Manche, Mme Claire Vasseur, a interdit les feux de jardin jusqu'à l'automne.",
     [("Claire Vasseur", "préfète", "Manche")]),
    ("Le député de l'Aude, M. Paul Sabatier, a interrogé le gouvernement.",
     [("Paul Sabatier", "député", "Aude")]),
    # a capitalized common word is no territory, even when a commune bears that name
    ("Le directeur de la Ville, M. Paul Roy, a présenté le budget.",
     [("Paul Roy", "directeur", None)]),
]


@pytest.mark.parametrize(("text", "expected"), TERRITORIES, ids=[c[0][:40] for c in TERRITORIES])
def test_territory_the_entity_layer_missed(extract: Callable[..., dict], text: str,
                                           expected: list[tuple[str, str, str | None]]) -> None:
    assert_of(roles_of(extract(text)), expected, exact=True)


def test_area_of_a_possessive_title_is_no_body(extract: Callable[..., dict]) -> None:
    got = roles_of(extract("La Fédération européenne des cheminots (FEC) dénonce la fermeture des lignes "
                           "de nuit. Sa déléguée pour l'Italie, Giulia Conti, demande un moratoire."))
    assert_of(got, [("Giulia Conti", "déléguée", "Fédération européenne des cheminots")], exact=False)
