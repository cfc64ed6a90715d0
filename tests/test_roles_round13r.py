"""A bare "président" who is a head of state, in a story about another actor (issue 12, round 13r).

Each table holds sentences written for this audit, with invented names. A story whose lead or
only organization is a court, a movement, a party or a seat of power names a president with
no complement; the text places him in a state: "le gouvernement du président X" (a government
is a state's), or a state as the place of his clause ("En Serbie, la présidente X a ...",
"Il se rendra en Argentine, où le président X l'accueillera"). He is that state's head, not
the body's president. The pitfall tables hold what must not change: a guest in a state (the
one who travels there, the one received or escorted there), a firm's or an association's
president (a wrong `of` is worse than none).
"""

from collections.abc import Callable

import pytest

from conftest import held_of as _held
from conftest import role_triples as _roles


# ---------------------------------------------------------------- "le gouvernement du président X"
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("La Cour pénale internationale vient de reporter encore l'audience de l'ancien chef rebelle. En Côte "
     "d'Ivoire, le gouvernement du président Koffi Adjaro n'a pas réagi. La Cour doit statuer en mars.",
     "Koffi Adjaro", "président", "Côte d'Ivoire"),
    ("Le Mouvement pour la démocratie a appelé à manifester samedi au Gabon. Le régime du président "
     "Baltazar Orimbo a interdit tout rassemblement. Le Mouvement maintient son appel.",
     "Baltazar Orimbo", "président", "Gabon"),
    ("La Cour africaine des droits de l'homme a rendu son arrêt mardi. Au Bénin, le gouvernement de la "
     "présidente Adjoa Kénékou a accueilli la décision sans commentaire. La Cour avait été saisie en 2019.",
     "Adjoa Kénékou", "présidente", "Bénin"),
    ("Amnesty International dénonce des arrestations arbitraires. Selon l'organisation, le gouvernement "
     "du président Tomás Aguirrebeña multiplie les détentions au Paraguay. Amnesty demande une enquête.",
     "Tomás Aguirrebeña", "président", "Paraguay"),
    ("Le Parlement européen a voté une résolution jeudi sur les États-Unis. Les députés accusent "
     "l'administration du président Evander Stroud de bloquer les négociations. Le Parlement attend une "
     "réponse.", "Evander Stroud", "président", "États-Unis"),
])
def test_the_president_of_a_government(extract: Callable[..., dict], text: str, person: str, role: str,
                                       of: str) -> None:
    assert (person, role, of) in _roles(extract(text))


# ---------------------------------------------------------------- a state, the place of his clause
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Vladimir Orlov se rendra aux États-Unis, où il verra le président Bill Harmon dans son "
     "ranch. Le Kremlin a confirmé la visite. Le Kremlin espère un accord.",
     "Bill Harmon", "président", "États-Unis"),
    ("L'Élysée a annoncé un déplacement du ministre. Au Sénégal, il sera reçu par le président Mamadou "
     "Ndiayène jeudi. L'Élysée n'a rien précisé.", "Mamadou Ndiayène", "président", "Sénégal"),
    ("Le Tribunal pénal international a entendu trois témoins. En Serbie, la présidente Vesna Radojkić a "
     "qualifié le procès de politique. Le Tribunal reprendra ses audiences lundi.",
     "Vesna Radojkić", "présidente", "Serbie"),
    ("Le Vatican a confirmé la visite du pape. Il se rendra en Argentine, où le président Facundo Irazábal "
     "l'accueillera à l'aéroport. Le Vatican prépare le voyage depuis des mois.",
     "Facundo Irazábal", "président", "Argentine"),
    ("La Maison-Blanche a démenti toute rencontre secrète. Le ministre se rendra au Brésil, où il doit "
     "s'entretenir avec le président Otávio Carnelhas. La Maison-Blanche espère un accord.",
     "Otávio Carnelhas", "président", "Brésil"),
])
def test_the_president_of_the_state_he_is_placed_in(extract: Callable[..., dict], text: str, person: str,
                                                    role: str, of: str) -> None:
    assert (person, role, of) in _roles(extract(text))


# ---------------------------------------------------------------- already right, kept
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Les rebelles du Front de libération du Nord ont pris la ville de Gao, au Mali. Le président Modibo "
     "Keïtana a exclu toute négociation avec le Front. Le Front réclame l'indépendance.",
     "Modibo Keïtana", "président", "Mali"),
    ("Le Front patriotique a remporté les législatives. Au Rwanda, le président Théoneste Gakwerere a salué "
     "un scrutin apaisé. Le Front détient désormais la majorité.", "Théoneste Gakwerere", "président",
     "Rwanda"),
    ("La Cour pénale internationale vient de reporter l'audience. Le président ivoirien, Laurent "
     "Kouassibo, n'a pas réagi. La Cour doit statuer en mars.", "Laurent Kouassibo", "président",
     "Côte d'Ivoire"),
])
def test_a_head_of_state_already_read(extract: Callable[..., dict], text: str, person: str, role: str,
                                      of: str) -> None:
    assert (person, role, of) in _roles(extract(text))


# ---------------------------------------------------------------- pitfalls: the body's, or none
@pytest.mark.parametrize(("text", "person", "of"), [
    # an association, a club: their president
    ("L'association des parents d'élèves de Vittel a tenu son assemblée générale samedi. Le président "
     "Jean Corbelin a ouvert l'assemblée.", "Jean Corbelin", "association des parents d'élèves de Vittel"),
    ("Le club de rugby de Saint-Dié a fêté ses cinquante ans. Le président du club, Gaston Fresquet, a "
     "remercié les bénévoles.", "Gaston Fresquet", "club de rugby de Saint-Dié"),
    # a firm's president in a foreign state, with or without his firm in the title
    ("Le groupe Veltis a annoncé ses résultats. Le président du groupe Veltis, Paul Arnoudel, a signé un "
     "contrat au Brésil.", "Paul Arnoudel", "Veltis"),
    ("Le groupe Veltis a annoncé un nouveau contrat. Au Brésil, le président Paul Arnoudel a signé l'accord "
     "avec un client local. Veltis emploie 300 personnes.", "Paul Arnoudel", "Veltis"),
    ("Le groupe Veltis a annoncé ses résultats. Le président Paul Arnoudel s'est rendu au Brésil pour signer "
     "un contrat. Veltis emploie 300 personnes.", "Paul Arnoudel", "Veltis"),
    ("Renault a présenté sa stratégie. En France, le président de Renault, Luc Dorvalle, a promis de "
     "maintenir l'emploi.", "Luc Dorvalle", "Renault"),
    # the body named in his own sentence: his (the state is the body's seat)
    ("Le Parlement européen a ouvert sa session. À Strasbourg, en France, la présidente Ingrid Valdemar a "
     "salué les députés. Le Parlement votera mardi.", "Ingrid Valdemar", "Parlement européen"),
])
def test_a_president_of_the_body_stays_its(extract: Callable[..., dict], text: str, person: str,
                                          of: str) -> None:
    assert _held(_roles(extract(text)), person, "président") == [of]


@pytest.mark.parametrize(("text", "person", "state"), [
    # a guest in the state: who travels there, who is escorted there
    ("Le Kremlin a annoncé la visite. Le président Bill Harmon se rendra au Brésil pour rencontrer les "
     "dirigeants. Le Kremlin espère un accord.", "Bill Harmon", "Brésil"),
    ("Le Kremlin a reçu la délégation. Vladimir Orlov accompagnera le président Bill Harmon en Chine la "
     "semaine prochaine. Le Kremlin espère un accord.", "Bill Harmon", "Chine"),
    ("La Cour pénale internationale vient de convoquer les témoins. Le président Koffi Adjaro a été "
     "reçu au Ghana lundi. La Cour doit statuer en mars.", "Koffi Adjaro", "Ghana"),
    ("Le Mouvement pour la démocratie appelle au calme. Le gouvernement du président Baltazar Orimbo a "
     "envoyé des troupes au Mali. Le Mouvement dénonce une ingérence.", "Baltazar Orimbo", "Mali"),
])
def test_not_the_state_a_guest_is_in(extract: Callable[..., dict], text: str, person: str,
                                     state: str) -> None:
    assert state not in _held(_roles(extract(text)), person, "président")
