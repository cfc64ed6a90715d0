"""Roles of round 21b: a person's second title, in the same sentence or in a later one.

Sentences written for this round, with invented names, villages and bodies. A second title
joined to the first by "et" / "mais" with an additive adverb ("et par ailleurs", "mais aussi"),
or opened by "à la fois", is the same person's; so is a title that a later sentence gives
through "il"/"elle" with "aussi" / "par ailleurs" before the title, through "celui-ci" /
"celle-ci" or "ce dernier" (parsed as a passive or hung on the copula), through "L'élu, qui
est aussi ...", or through "il" when the sentence before names two people and only one has the
pronoun's gender, or when a quotation's incise ("a-t-il lancé") stands between. Two people of
the same gender before "il": nobody gets the title. A new holder announced with no name
("le nouveau président ... a été élu", "a un nouveau trésorier") is the one person the next
sentence names as taking the office ("X succède à Y", "ont désigné X"); not someone that
sentence names without such a verb, nor one who holds the title's family otherwise.
"""

from collections.abc import Callable

import pytest

from conftest import role_triples as _roles


def _held(result: dict, person: str, title: str) -> bool:
    return any(p == person and title in r for p, r, _ in _roles(result))


# ---------------------------------------------------------------- two titles in one sentence
@pytest.mark.parametrize(("text", "person", "titles"), [
    ("Romuald Quesnoy, à la fois maire de Vernouillac et conseiller général, a coupé le ruban.",
     "Romuald Quesnoy", ("maire", "conseiller général")),
    ("Lise Marvaux, à la fois présidente du club de judo et adjointe au maire, a remis les ceintures.",
     "Lise Marvaux", ("présidente", "adjointe au maire")),
    ("Romuald Quesnoy, maire de Vernouillac et par ailleurs vice-président du syndicat des eaux, "
     "a signé la convention.", "Romuald Quesnoy", ("maire", "vice-président")),
    ("Lise Marvaux, directrice de la crèche mais aussi conseillère municipale, a lu le discours.",
     "Lise Marvaux", ("directrice", "conseillère municipale")),
    ("Romuald Quesnoy, trésorier du comité des fêtes et en outre secrétaire de la chorale, tenait "
     "la buvette.", "Romuald Quesnoy", ("trésorier", "secrétaire")),
])
def test_two_titles_one_sentence(extract: Callable[..., dict], text: str, person: str,
                                 titles: tuple[str, str]) -> None:
    result = extract(text, ref_date="2022-05-10")
    assert all(_held(result, person, t) for t in titles)


# ---------------------------------------------------------------- the second title in a later sentence
@pytest.mark.parametrize(("text", "person", "title"), [
    ("Romuald Quesnoy a présidé la cérémonie dimanche. Il est aussi adjoint au maire.",
     "Romuald Quesnoy", "adjoint au maire"),
    ("Romuald Quesnoy, maire de Vernouillac, a reçu Lise Marvaux lundi. Il est aussi conseiller "
     "général du canton.", "Romuald Quesnoy", "conseiller général"),
    ("Lise Marvaux, présidente du club, a félicité Romuald Quesnoy. Elle est aussi conseillère "
     "municipale.", "Lise Marvaux", "conseillère municipale"),
    ("Romuald Quesnoy, président du club, a salué le public. « Quelle belle soirée », a-t-il "
     "lancé. Il est aussi conseiller municipal.", "Romuald Quesnoy", "conseiller municipal"),
    ("Romuald Quesnoy, président du club, a salué le public. Celui-ci est aussi conseiller "
     "municipal.", "Romuald Quesnoy", "conseiller municipal"),
    ("Les spectateurs ont applaudi Lise Marvaux dimanche. Celle-ci est aussi secrétaire de "
     "l'harmonie.", "Lise Marvaux", "secrétaire"),
    ("Romuald Quesnoy a ouvert le marché de Noël. Ce dernier est conseiller général.",
     "Romuald Quesnoy", "conseiller général"),
    ("Romuald Quesnoy, maire de Vernouillac, a coupé le ruban. L'élu, qui est aussi conseiller "
     "général, a salué les artisans.", "Romuald Quesnoy", "conseiller général"),
    ("Romuald Quesnoy a coupé le ruban. L'homme, qui préside par ailleurs le club de pétanque, "
     "a salué les artisans.", "Romuald Quesnoy", "président"),
])
def test_second_title_later(extract: Callable[..., dict], text: str, person: str, title: str) -> None:
    assert _held(extract(text, ref_date="2022-05-10"), person, title)


# ---------------------------------------------------------------- guards
@pytest.mark.parametrize(("text", "person", "title"), [
    ("Romuald Quesnoy, maire et conseiller général, a coupé le ruban.", "Romuald Quesnoy",
     "conseiller général"),
    ("Romuald Quesnoy, maire de Vernouillac, a coupé le ruban. Il est également conseiller "
     "général.", "Romuald Quesnoy", "conseiller général"),
    ("Le maire mais aussi le député Romuald Quesnoy ont assisté au défilé.", "Romuald Quesnoy",
     "député"),    ("Lise Marvaux, directrice de la crèche, a accueilli les parents. Elle est par ailleurs "
     "trésorière du club de volley.", "Lise Marvaux", "trésorière"),
    ("Lise Marvaux a ouvert le marché de Noël. Cette dernière est aussi trésorière du comité.",
     "Lise Marvaux", "trésorière"),
])
def test_guards(extract: Callable[..., dict], text: str, person: str, title: str) -> None:
    assert _held(extract(text, ref_date="2022-05-10"), person, title)


@pytest.mark.parametrize(("text", "title"), [
    # two men before "il": whom it stands for is not read
    ("Romuald Quesnoy a reçu Anatole Brissac lundi. Il est aussi conseiller général.", "conseiller général"),
    # "le maire mais aussi le député X": the mayor is someone else
    ("Le maire mais aussi le député Romuald Quesnoy ont assisté au défilé.", "maire"),
])
def test_nobody_or_not_him(extract: Callable[..., dict], text: str, title: str) -> None:
    roles = _roles(extract(text, ref_date="2022-05-10"))
    assert not any(r == title for p, r, _ in roles)


# ---------------------------------------------------------------- a new holder announced, then named
@pytest.mark.parametrize(("text", "person", "title"), [
    ("La nouvelle présidente de la chorale Arpège a été élue vendredi. Lise Marvaux, institutrice "
     "retraitée, succède à Anatole Brissac.", "Lise Marvaux", "présidente"),
    ("Le comité des fêtes de Vernouillac a un nouveau trésorier. Réunis jeudi, les membres ont "
     "désigné Romuald Quesnoy, artisan menuisier, pour remplacer Anatole Brissac.", "Romuald Quesnoy",
     "trésorier"),
    # one sentence naming nobody between the announcement and the name
    ("La fanfare de Vernouillac a une nouvelle présidente. Le vote a eu lieu mardi soir dans la salle "
     "paroissiale. Lise Marvaux, clarinettiste depuis l'enfance, a été élue sans opposition.",
     "Lise Marvaux", "présidente"),
    # a headline's new title, the lead's one person holding another and taking the office
    ("Le nouveau président de la fanfare élu\n\nRomuald Quesnoy, boucher à Vernouillac, a été élu "
     "mardi à main levée.", "Romuald Quesnoy", "président"),
    ("Une nouvelle directrice nommée à la crèche\n\nLise Marvaux, puéricultrice à Vernouillac, a été "
     "nommée lundi par le conseil d'administration.", "Lise Marvaux", "directrice"),
])
def test_new_holder_named_next(extract: Callable[..., dict], text: str, person: str, title: str) -> None:
    assert _held(extract(text, ref_date="2022-05-10"), person, title)


@pytest.mark.parametrize("text", [
    # the next sentence names someone who takes no office
    "Le nouveau maire a présidé son premier conseil jeudi. Romuald Quesnoy, chef de l'opposition, "
    "a critiqué le budget.",
    "Le nouveau président du club a été élu jeudi. Le trésorier Romuald Quesnoy a présenté les comptes.",
    # the one named holds the title's family otherwise: the outgoing holder
    "Le nouveau président du club a été élu jeudi. Romuald Quesnoy, le président sortant, a "
    "remercié les bénévoles.",
    # a headline's title, the lead's person holding another and taking no office
    "Le nouveau président de la fanfare élu\n\nRomuald Quesnoy, boucher à Vernouillac, a offert "
    "le vin d'honneur mardi.",
    # the sentence after the announcement names someone else first
    "Le club a un nouveau président. Anatole Brissac a présidé le vote. Romuald Quesnoy a été élu "
    "trésorier adjoint.",
    # the passive of a succession verb: the one replaced
    "Le nouveau président du club a été élu jeudi. Romuald Quesnoy a été remplacé après douze ans.",
])
def test_new_holder_not_the_next_one(extract: Callable[..., dict], text: str) -> None:
    roles = _roles(extract(text, ref_date="2022-05-10"))
    assert not any(p == "Romuald Quesnoy" and (r.startswith("nouveau") or r == "maire") for p, r, _ in roles)
