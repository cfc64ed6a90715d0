"""Roles, round 7 of issue 12: the `of` of regional news. A possessive before a title stands
for the body the sentence before is about ("La scierie Girard recrute. Son directeur, ...");
a commune named only inside a body's name in the headline is the mayor's; a title with its own
domain ("la présidente du directoire") is no head of state; a shop named after its owner ("la
boucherie Collin") is no title. Sentences written for these tests; rows give (person, role,
of), `of` None meaning the role must have no organization or place."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factx.resolve.names import fold
from test_roles import roles_of
from test_roles_round5 import assert_of

POSSESSIVE = [
    # the body is the subject of the sentence before
    ("La scierie Girard de Corcieux recrute. Son directeur, Bernard Poirel, cherche des "
     "scieurs.",
     [("Bernard Poirel", "directeur", "Girard")]),
    ("L'Union cycliste de Dompaire a fêté ses trente ans. Sa présidente, Monique Perrin, a "
     "remercié les bénévoles.",
     [("Monique Perrin", "présidente", "Union cycliste de Dompaire")]),
    # a body named by its kind and its town, which the entity layer does not name: its town
    ("Le centre de secours de Bains-les-Bains recrute. Son chef, Alain Claudel, lance un appel.",
     [("Alain Claudel", "chef", "Bains-les-Bains")]),
    # the same sentence: the subject of the clause before the title
    ("Le Cercle d'échecs de Golbey a tenu son assemblée et son trésorier, Marc Didier, a "
     "présenté les comptes.",
     [("Marc Didier", "trésorier", "Cercle d'échecs")]),
    # a person as the subject: the possessive is that person's, no office of a body
    ("Paul Mougeot a gagné la course. Son entraîneur, Jean Thomas, était ravi.",
     [("Jean Thomas", "entraîneur", None)]),
    # a title held for a client: a body that is the clause's subject is its client, the
    # `of` the dev sets' gold gives a lawyer (round 31i; was None)
    ("La société Vosges Bois a porté plainte. Son avocat, Me Luc Renard, réclame des "
     "dommages.",
     [("Luc Renard", "avocat", "Vosges Bois")]),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSIVE, ids=[c[0][:40] for c in POSSESSIVE])
def test_possessive_title_is_the_body_of_the_sentence_before(
        extract: Callable[..., dict], text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert_of(roles_of(extract(text)), expected, exact=False)


HEADLINE_COMMUNE = [
    # the commune appears only inside the name of the school in the headline
    ("date 2002-09-03\nRentrée à l'école de Bulgnéville\nLes élèves ont repris le chemin des "
     "classes. Le maire, Roland Didier, a salué les enseignants.",
     [("Roland Didier", "maire", "Bulgnéville")]),
    ("date 2001-06-12\nKermesse au collège de Senones\nLes parents ont tenu les "
     "stands. Odile Petit, adjointe, a tenu la buvette.",
     [("Odile Petit", "adjointe", "Senones")]),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINE_COMMUNE, ids=[c[0][16:50] for c in HEADLINE_COMMUNE])
def test_commune_inside_a_body_name_is_the_municipal_office_s(
        extract: Callable[..., dict], text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert_of(roles_of(extract(text)), expected, exact=False)


def test_a_president_with_a_domain_is_no_head_of_state(extract: Callable[..., dict]) -> None:
    text = ("La fonderie Perrin exporte vers l'Italie. La présidente du directoire, Anne Collin, "
            "a signé un contrat.")
    got = [g for g in roles_of(extract(text)) if fold(g[0]) == fold("Anne Collin")]
    assert got and all(g[2] != "Italie" for g in got), got
    # the bare title still takes the state the story is about
    text = "Le président Lula a quitté le Brésil hier pour une visite officielle."
    got = [g for g in roles_of(extract(text)) if fold(g[1]) == "president"]
    assert got and got[0][2] == "Brésil", got


SHOPS = [
    "La boucherie Collin ferme ses portes après quarante ans.",
    "La pharmacie Thiébaut déménage rue Gambetta.",
    "Le garage Marchal a été cambriolé cette nuit.",
]


@pytest.mark.parametrize("text", SHOPS)
def test_a_shop_named_after_its_owner_is_no_title(extract: Callable[..., dict], text: str) -> None:
    got = roles_of(extract(text))
    assert not [g for g in got if fold(g[1]).split()[0] in ("boucherie", "pharmacie", "garage")], got


DEMONYMS = [
    # derived from a town the text names: the club of that town for a place in a team
    ("L'US Raon-l'Étape a battu Sedan. L'entraîneur raonnais, Didier Masson, jubilait.",
     [("Didier Masson", "entraîneur", "Raon")]),
    ("Le Football club de Golbey a perdu. L'entraîneur golbéen, Thierry Simonin, reste calme.",
     [("Thierry Simonin", "entraîneur", "Football club de Golbey")]),
    # the town itself for an office of the commune
    ("Le marché de Noël a ouvert à Lunéville. Le maire lunévillois, Paul Grandjean, a coupé "
     "le ruban.",
     [("Paul Grandjean", "maire", "Lunéville")]),
    # a gentilé no suffix rule finds, known with its place
    ("L'entraîneur spinalien, Luc Rémy, prépare le derby.",
     [("Luc Rémy", "entraîneur", "Épinal")]),
    ("La députée vosgienne Anne Perrin a interrogé le ministre.",
     [("Anne Perrin", "députée", "Vosges")]),
    # after a title held in no body or territory, the gentilé says where one comes from
    ("Le match s'est joué à Nancy. L'arbitre nancéien, Luc Henry, a sifflé trois penalties.",
     [("Luc Henry", "arbitre", None)]),
    # adjectives with a gentilé's ending that qualify the title: kept in it, no place
    ("Le directeur adjoint, Marc Henry, a reçu la presse à Nancy.",
     [("Marc Henry", "directeur adjoint", None)]),
    ("L'évêque diocésain, Mgr Paul Leroy, a béni l'orgue à Dijon.",
     [("Paul Leroy", "évêque diocésain", None)]),
]


@pytest.mark.parametrize(("text", "expected"), DEMONYMS, ids=[c[0][:40] for c in DEMONYMS])
def test_a_gentile_after_a_title_gives_its_town(
        extract: Callable[..., dict], text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert_of(roles_of(extract(text)), expected, exact=False)


COMPOUNDS = [
    # two titles joined by a hyphen are one title
    ("Les pompiers de Corcieux, commandés par l'adjudant-chef Marc Didier, sont arrivés vite.",
     [("Marc Didier", "adjudant-chef", None)]),
    ("Le médecin-commandant Luc Perrin a examiné les recrues.",
     [("Luc Perrin", "médecin-commandant", None)]),
    ("Sophie Masson, viticultrice-négociante à Toul, ouvre sa cave.",
     [("Sophie Masson", "viticultrice-négociante", "Toul")]),
    # a hyphenated noun no lexicon knows, in the place of a title
    ("Le porte-drapeau, Roger Collin, a reçu la médaille du souvenir.",
     [("Roger Collin", "porte-drapeau", None)]),
]


@pytest.mark.parametrize(("text", "expected"), COMPOUNDS, ids=[c[0][:40] for c in COMPOUNDS])
def test_hyphenated_compound_titles(extract: Callable[..., dict], text: str,
                                    expected: list[tuple[str, str, str | None]]) -> None:
    assert_of(roles_of(extract(text)), expected, exact=False)


NOT_COMPOUND_TITLES = [
    "Hélène Roy, grand-mère de la mariée, a ouvert le bal.",
    "Paul Girard, sans-abri depuis l'hiver, a trouvé un foyer.",
]


@pytest.mark.parametrize("text", NOT_COMPOUND_TITLES)
def test_hyphenated_relations_are_no_titles(extract: Callable[..., dict], text: str) -> None:
    assert roles_of(extract(text)) == []


BUREAU = [
    # the offices of a bureau listed after the sentence about the body that elected it
    ("date 2001-02-11\nVie associative\nLe Club vosgien de Bruyères a élu son comité. "
     "Président : Alain Marchal ; trésorière : Denise Petit ; secrétaire : Luc Hingray.",
     [("Alain Marchal", "président", "Club vosgien"), ("Denise Petit", "trésorière", "Club vosgien"),
      ("Luc Hingray", "secrétaire", "Club vosgien")]),
    # a bare office after a sentence whose subject is a body
    pytest.param("Avec l'aide du Crédit agricole, la Société de pêche de Darney a aleviné la Moselle. La "
                 "secrétaire, Nicole Mathieu, a compté les truites.",
                 [("Nicole Mathieu", "secrétaire", "Société de pêche")],
                 marks=pytest.mark.xfail(strict=True, reason="rule does not carry: it held for the one town "
                                         "the row was first written with, not for others")),
]


@pytest.mark.parametrize(("text", "expected"), BUREAU,
                         ids=[(c.values if hasattr(c, "values") else c)[0][:40] for c in BUREAU])
def test_a_bare_office_is_the_body_the_sentence_before_is_about(
        extract: Callable[..., dict], text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert_of(roles_of(extract(text)), expected, exact=False)


SUCCESSION = [
    # the body named after the office one succeeds to, for both holders
    ("Réunie au foyer rural, l'assemblée a voté. Sylvie Jacquot succède à Henri Claude à la "
     "présidence du comité des fêtes.",
     [("Sylvie Jacquot", "présidente", "comité des fêtes"),
      ("Henri Claude", "président", "comité des fêtes")]),
    ("Marc Perrin succédera à Luc Vautrin à la direction de la Fonderie de Bayon.",
     [("Marc Perrin", "directeur", "Fonderie de Bayon"), ("Luc Vautrin", "directeur", "Fonderie de Bayon")]),
]


@pytest.mark.parametrize(("text", "expected"), SUCCESSION, ids=[c[0][:40] for c in SUCCESSION])
def test_the_body_of_an_office_succeeded_to(extract: Callable[..., dict], text: str,
                                            expected: list[tuple[str, str, str | None]]) -> None:
    assert_of(roles_of(extract(text)), expected, exact=False)


LATTER = [
    # "ce dernier", "cette dernière" take up the last person named
    ("Paul Masson remplace Roger Didier. Ce dernier, trésorier depuis 1990, part à Nice.",
     [("Roger Didier", "trésorier", None)]),
    ("Le club a honoré Jean Thomas et Louise Perrin. Cette dernière, institutrice à Vagney, "
     "a reçu un bouquet.",
     [("Louise Perrin", "institutrice", "Vagney")]),
    ("Luc Aubert a passé la main à Henri Colin. Ce dernier devient président du syndicat.",
     [("Henri Colin", "président", None)]),
]


@pytest.mark.parametrize(("text", "expected"), LATTER, ids=[c[0][:40] for c in LATTER])
def test_ce_dernier_holds_the_title(extract: Callable[..., dict], text: str,
                                    expected: list[tuple[str, str, str | None]]) -> None:
    got = roles_of(extract(text))
    for person, role, _ in expected:
        assert [g for g in got if fold(g[0]) == fold(person) and fold(g[1]).startswith(fold(role))], got


def test_ce_dernier_agrees_in_gender(extract: Callable[..., dict]) -> None:
    # "cette dernière" is not the man named last
    got = roles_of(extract("Mme Anne Roy a salué M. Paul Henry. Cette dernière, présidente du club, "
                           "a remis les coupes."))
    assert not [g for g in got if fold(g[0]) == fold("Paul Henry")], got


OFFICE_TAKEN = [
    ("Le Rotary club de Remiremont a changé de bureau. Anne Petit a pris la présidence du club.",
     [("Anne Petit", "présidente", "Rotary club de Remiremont", "current")]),
    ("Marc Henry quitte la présidence du Cercle philatélique de Golbey après trente ans.",
     [("Marc Henry", "président", "Cercle philatélique", "outgoing")]),
    ("Lucie Marchal assure désormais la trésorerie.",
     [("Lucie Marchal", "trésorière", None, "current")]),
]


@pytest.mark.parametrize(("text", "expected"), OFFICE_TAKEN, ids=[c[0][:40] for c in OFFICE_TAKEN])
def test_an_office_taken_held_or_left(extract: Callable[..., dict], text: str,
                                      expected: list[tuple[str, str, str | None, str]]) -> None:
    got = roles_of(extract(text))
    for person, role, of, status in expected:
        match = [g for g in got if fold(g[0]) == fold(person) and fold(g[1]) == fold(role)]
        assert match, got
        assert match[0][3] == status, match
        found = match[0][2]
        assert (found is None) if of is None else (found is not None and fold(of) in fold(found))


@pytest.mark.parametrize("text", [
    "Paul Roy a pris la direction de Nancy en fin d'après-midi.",  # a heading
    "Le cortège a pris la direction de la mairie.",
])
def test_taking_a_direction_is_no_office(extract: Callable[..., dict], text: str) -> None:
    assert not [g for g in roles_of(extract(text)) if fold(g[1]).startswith("direct")]


TRADES = [
    # a trade named without a name takes up the one person whose shop the text named
    ("Après trente ans, Gérard Masson ferme sa boucherie de la Grand-Rue. Le boucher part "
     "s'installer dans le Midi.",
     [("Gérard Masson", "boucher")]),
    ("Annie Colin a vendu sa librairie de Remiremont. La libraire ouvrira un salon de thé.",
     [("Annie Colin", "libraire")]),
]


@pytest.mark.parametrize(("text", "expected"), TRADES, ids=[c[0][:40] for c in TRADES])
def test_a_trade_takes_up_the_shop_keeper(extract: Callable[..., dict], text: str,
                                          expected: list[tuple[str, str]]) -> None:
    got = roles_of(extract(text))
    for person, role in expected:
        assert [g for g in got if fold(g[0]) == fold(person) and fold(g[1]) == fold(role)], got


def test_a_trade_with_no_shop_keeper_named_is_nobody_s(extract: Callable[..., dict]) -> None:
    # two visitors, a shop nobody is said to keep: the baker is not read as either
    got = roles_of(extract("Paul Roy et Jean Henry ont visité une fromagerie. Le fromager a offert "
                           "du munster."))
    assert not [g for g in got if fold(g[1]) == "fromager"], got


BARE_BODY = [
    # a body named bare after the title, then the end of the apposition
    ("Les ouvriers de la filature ont débrayé. Gilles Mougenot, délégué CFDT, dénonce le plan.",
     [("Gilles Mougenot", "délégué", "CFDT")]),
    ("Le délégué syndical CGT, Nadine Colin, a lu un communiqué.",
     [("Nadine Colin", "délégué syndical", "CGT")]),
    # the body stays the title's when a name follows at once, as before
    ("Le député UDF Jean Petit a interrogé le ministre.",
     [("Jean Petit", "député", "UDF")]),
]


@pytest.mark.parametrize(("text", "expected"), BARE_BODY, ids=[c[0][:40] for c in BARE_BODY])
def test_a_body_named_bare_after_a_title(extract: Callable[..., dict], text: str,
                                         expected: list[tuple[str, str, str | None]]) -> None:
    assert_of(roles_of(extract(text)), expected, exact=False)


UNNAMED_PERSON = [
    # a person named by a circumstance at the head of the sentence, in apposition to a title:
    # the one person the sentence before names
    ("Un motard de 19 ans, Kevin Marchal, a chuté hier à Dompaire. Le jeune homme, apprenti "
     "boulanger à Hadol, a été hospitalisé.",
     [("Kevin Marchal", "apprenti boulanger", "Hadol")]),
    ("Lucienne Petit a été renversée hier à Darney. La septuagénaire, ancienne institutrice, "
     "souffre d'une fracture.",
     [("Lucienne Petit", "ancienne institutrice", None)]),
]


@pytest.mark.parametrize(("text", "expected"), UNNAMED_PERSON, ids=[c[0][:40] for c in UNNAMED_PERSON])
def test_a_person_named_by_a_circumstance_holds_the_title(
        extract: Callable[..., dict], text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert_of(roles_of(extract(text)), expected, exact=False)


def test_a_circumstance_with_two_people_before_is_nobody_s(extract: Callable[..., dict]) -> None:
    got = roles_of(extract("Paul Roy et Marc Henry se sont battus à la sortie du bal. Le jeune homme, "
                           "apprenti maçon, a été interpellé."))
    assert not [g for g in got if "macon" in fold(g[1])], got
