"""Roles and their `of` by mechanism (issue 12, round 14g: per-branch audit).

The story's only organization is the last fallback of a bare office ("le président X"). In a
story about a foreign state whose one body is a rebel movement, an agency or a bloc, a bare
"président" reached by no link of its sentence is the head of state, not that body's
president: the state the story is about, and none when the story also names France (a French
president abroad). The pitfall tables keep the fallback where it is right: a club's or an
association's president in local news, a body named in the title's sentence.
"""

from collections.abc import Callable

import pytest

from conftest import held_of as _held
from conftest import role_triples as _roles

BODY_NOT_STATE = [
    ("Au Varnistan, les combats ont repris. Le Front uni de libération du Nord a attaqué deux villes "
     "dimanche. Le lendemain, le président Ostap Verhelyi a décrété l'état d'urgence dans tout le Varnistan. "
     "La Bolivie a proposé sa médiation.",
     "Ostap Verhelyi", "Front uni de libération du Nord"),
    ("La Bolivie traverse une crise. Le Mouvement paysan révolutionnaire réclame des terres depuis "
     "trois ans. Les routes restent bloquées. Mardi, la présidente Ximena Cotarrolo a promis une "
     "réforme agraire à La Paz. "
     "Les paysans restent sceptiques.",
     "Ximena Cotarrolo", "Mouvement paysan révolutionnaire"),
    ("Le Pérou a voté dimanche. L'Alliance andine des travailleurs a appelé au boycott du scrutin. "
     "Le président par intérim Teodulo Quispecahua a salué une participation élevée. "
     "Les résultats sont attendus jeudi au Pérou.",
     "Teodulo Quispecahua", "Alliance andine des travailleurs"),
    ("Les pluies ont ravagé le nord du Chili. La Croix-Rouge chilienne a ouvert des abris à Arica. "
     "Les routes sont coupées. Le président Ignacio Valdebenito Oyarce s'est rendu sur place mercredi. "
     "Le Chili a demandé une aide internationale.",
     "Ignacio Valdebenito Oyarce", "Croix-Rouge chilienne"),
]


@pytest.mark.parametrize(("text", "person", "body"), BODY_NOT_STATE)
def test_a_head_of_state_is_not_president_of_the_story_s_one_body(
        extract: Callable[..., dict], text: str, person: str, body: str) -> None:
    held = _held(_roles(extract(text)), person, "président")
    assert held and body not in held


@pytest.mark.parametrize(("text", "person", "state"), [
    # the `of` is the place "La Bolivie" names (round 24j: its id; round 24n: named without the article)
    (BODY_NOT_STATE[1][0], "Ximena Cotarrolo", "Bolivie"),
    (BODY_NOT_STATE[2][0], "Teodulo Quispecahua", "Pérou"),
])
def test_the_head_of_state_is_the_story_s_state(extract: Callable[..., dict], text: str, person: str,
                                                 state: str) -> None:
    assert _held(_roles(extract(text)), person, "président") == [state]


@pytest.mark.parametrize(("text", "person"), [
    ("La Colombie et la France ont signé un accord. L'Armée de libération populaire a libéré trois "
     "otages. Les familles ont pleuré de joie. Le président Hugues Berthoumieux a salué ce geste à "
     "Bogota.", "Hugues Berthoumieux"),
    ("La France aide le Guatemala. Le Comité d'urgence des volcans a évacué quatre villages. "
     "La lave coule encore. Le président Lucien Marchadier a promis des vivres au Guatemala.",
     "Lucien Marchadier"),
])
def test_a_visiting_president_gets_neither_the_body_nor_the_host_state(
        extract: Callable[..., dict], text: str, person: str) -> None:
    assert _held(_roles(extract(text)), person, "président") == [None]


# ------------------------------------------------------------ pitfalls: the fallback is right
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("L'Union cycliste de Vaubrecourt a tenu son assemblée samedi. Les comptes sont sains. "
     "Le président Gaëtan Schwindenhammer a remercié les bénévoles.",
     "Gaëtan Schwindenhammer", "président", "Union cycliste de Vaubrecourt"),
    ("Le club de pétanque Les Boules d'Orvillers fête ses trente ans. Une exposition retrace son "
     "histoire. La présidente, Odile Kerbrivin, a coupé le ruban.",
     "Odile Kerbrivin", "présidente", "Les Boules d'Orvillers"),
    ("Au Chili, la Société minière du Pacifique a annoncé des licenciements. Son directeur, "
     "Rolando Etcheverría Puga, a justifié ces départs par la chute du cuivre.",
     "Rolando Etcheverría Puga", "directeur", "Société minière du Pacifique"),
])
def test_the_story_s_one_body_stays_where_it_is_right(extract: Callable[..., dict], text: str, person: str,
                                                      role: str, of: str) -> None:
    assert (person, role, of) in _roles(extract(text))


# ------------------------------------------- the story's one body, named only after the title
@pytest.mark.parametrize(("text", "person", "title", "body"), [
    ("Le trésorier, Firmin Lacoussade, a présenté des comptes équilibrés samedi. La salle était comble. "
     "Dimanche, la société Moulins Darribère a ouvert ses portes au public.",
     "Firmin Lacoussade", "trésorier", "Moulins Darribère"),
    ("La directrice, Apolline Vercoutère, a accueilli les parents lundi. Les travaux de la cantine "
     "sont finis. Le Syndicat des eaux du Pays de Gâvre coupera l'eau mardi.",
     "Apolline Vercoutère", "directrice", "Syndicat des eaux du Pays de Gâvre"),
    ("Le principal, Gustave Ribardière, a salué les résultats du brevet. Les élèves partiront en juin. "
     "L'Office des échanges lycéens organisera leur séjour à Cracovie.",
     "Gustave Ribardière", "principal", "Office des échanges lycéens"),
    ("La secrétaire, Noëlle Pradalié, a lu le rapport moral. Plusieurs projets ont été votés. "
     "Ensuite, la Compagnie des autocars Lestrouvel a présenté ses nouveaux horaires.",
     "Noëlle Pradalié", "secrétaire", "Compagnie des autocars Lestrouvel"),
])
def test_a_bare_office_does_not_take_a_body_named_only_after_it(
        extract: Callable[..., dict], text: str, person: str, title: str, body: str) -> None:
    assert body not in _held(_roles(extract(text)), person, title)


@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("La société Moulins Darribère a ouvert ses portes au public. La salle était comble. "
     "Le directeur, Firmin Lacoussade, a présenté les nouvelles machines.",
     "Firmin Lacoussade", "directeur", "Moulins Darribère"),
    ("Le Syndicat des eaux du Pays de Gâvre a voté son budget. Les travaux commenceront en mai. "
     "La présidente, Apolline Vercoutère, a remercié les élus.",
     "Apolline Vercoutère", "présidente", "Syndicat des eaux du Pays de Gâvre"),
])
def test_a_bare_office_keeps_the_one_body_named_before_it(
        extract: Callable[..., dict], text: str, person: str, role: str, of: str) -> None:
    assert (person, role, of) in _roles(extract(text))
