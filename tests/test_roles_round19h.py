"""Roles in wire news (round 19h): a holder written with "le Dr", a former office that names
the story's protagonist again, and a minister's portfolio of several words after a nationality.

Sentences written for this round, with invented names. A title in apposition may be followed by
its holder with an article and an abbreviated civility ("le Dr X", "la Dre Y"), which the model
keeps inside the name. The wire also names its protagonist again by an office held before
("l'ex-maire de Rennes", "l'ancien chef du gouvernement italien") as the subject of a later
sentence, without the name, although a current title was read for him. A minister's portfolio
("des Affaires religieuses", "de la Santé publique") may be tagged by the model as a body or a
place; after the minister's nationality it was then lost with the role. The pitfall tables hold
what must not change: a wrong person is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import role_triples as _roles


# ---------------------------------------------------------------- "..., le Dr X" after a title
@pytest.mark.parametrize(("text", "triple"), [
    ("« Le virus circule encore », a averti le chef des urgences sanitaires de l'OMS, le Dr Kofi Amankwah.",
     ("Kofi Amankwah", "chef des urgences sanitaires", "OMS")),
    ("Le directeur des opérations du HCR, le Dr Peter Wanjiru, a jugé la situation très grave.",
     ("Peter Wanjiru", "directeur des opérations", "HCR")),
    ("La responsable du service de pédiatrie, la Dre Agathe Vernoux, a alerté la direction.",
     ("Agathe Vernoux", "responsable", "service de pédiatrie")),
])
def test_holder_after_article_and_civility(extract: Callable[..., dict], text: str,
                                           triple: tuple[str, str, str]) -> None:
    assert triple in _roles(extract(text, ref_date="2014-06-10"))


@pytest.mark.parametrize(("text", "triple"), [
    # guards: a civility written out, or with no article, was read before and stays
    ("Le directeur de l'hôpital, le docteur Armand Quelven, a annoncé la fermeture du service.",
     ("Armand Quelven", "directeur", None)),
    ("Le porte-parole du ministère, M. Gaspard Orlinski, a indiqué que rien n'était décidé.",
     ("Gaspard Orlinski", "porte-parole", None)),
])
def test_civility_guards(extract: Callable[..., dict], text: str,
                         triple: tuple[str, str, str | None]) -> None:
    assert triple in _roles(extract(text, ref_date="2014-06-10"))


# ---------------------------------------------------------------- a former office names the protagonist again
@pytest.mark.parametrize(("text", "triple"), [
    ("Le Premier ministre Gaspard Lemarchal a présenté son programme devant les députés mardi. "
     "Pourtant, l'ex-maire de Rennes s'est heurté à des députés remontés.",
     ("Gaspard Lemarchal", "ex-maire", "Rennes")),
    ("Le président de la Commission européenne, Lorenzo Vittadini, a ouvert le sommet. "
     "L'ancien chef du gouvernement italien a plaidé pour une relance budgétaire.",
     ("Lorenzo Vittadini", "ancien chef du gouvernement", "Italie")),
    ("La présidente du Parlement, Ingrid Malmqvist, a présidé la séance. "
     "L'ancienne ministre des Finances suédoise a appelé à la rigueur.",
     ("Ingrid Malmqvist", "ancienne ministre des finances", "Suède")),
])
def test_former_office_takes_up_the_protagonist(extract: Callable[..., dict], text: str,
                                                triple: tuple[str, str, str | None]) -> None:
    roles = _roles(extract(text, ref_date="2012-07-04"))
    assert triple in roles
    # the current title stays beside it
    assert any(p == triple[0] and not r.startswith(("ancien", "ex-")) for p, r, _ in roles)


@pytest.mark.parametrize(("text", "person", "role"), [
    # the protagonist is the pronoun of the sentence: the former office is somebody else's
    ("Le président de la Commission européenne, Lorenzo Vittadini, a ouvert le sommet. "
     "Selon lui, l'ancien chef du gouvernement italien doit être entendu.",
     "Lorenzo Vittadini", "ancien chef du gouvernement"),
    # an object, not a subject
    ("Le président de la Commission européenne, Lorenzo Vittadini, a ouvert le sommet. "
     "Il a salué l'ancien chef du gouvernement italien.",
     "Lorenzo Vittadini", "ancien chef du gouvernement"),
    # the same title, former: another holder of his office, not him
    ("Le Premier ministre Aurelio Bascetti a ouvert le congrès. "
     "L'ancien Premier ministre a pris la parole ensuite.",
     "Aurelio Bascetti", "ancien premier ministre"),
    # two people named as often: no guess
    ("Le président du Parlement, Lorenzo Vittadini, a reçu le président du Sénat, Bruno Castellan. "
     "L'ancien ministre des Finances a appelé à la rigueur.",
     "Lorenzo Vittadini", "ancien ministre des finances"),
    ("Le président du Parlement, Lorenzo Vittadini, a reçu le président du Sénat, Bruno Castellan. "
     "L'ancien ministre des Finances a appelé à la rigueur.",
     "Bruno Castellan", "ancien ministre des finances"),
])
def test_former_office_pitfalls(extract: Callable[..., dict], text: str, person: str, role: str) -> None:
    roles = _roles(extract(text, ref_date="2012-07-04"))
    assert not any(p == person and r == role for p, r, _ in roles)


# ---------------------------------------------------------------- a minister's portfolio of several words
@pytest.mark.parametrize(("text", "person", "role"), [
    ("« Le barrage nous prive d'eau », a assuré le ministre soudanais des Affaires religieuses, "
     "Karim Fawzi, jeudi soir.", "Karim Fawzi", "ministre des affaires religieuses"),
    ("Le ministre tunisien de la Santé publique, Karim Fawzi, a présenté sa démission.",
     "Karim Fawzi", "ministre de la santé publique"),
    # guards: a portfolio of one word, or without a nationality, was read before and stays
    ("Le ministre tunisien des Transports, Karim Fawzi, a présenté sa démission.",
     "Karim Fawzi", "ministre des transports"),
    ("Le ministre des Ressources naturelles, Karim Fawzi, a présenté sa démission.",
     "Karim Fawzi", "ministre des ressources naturelles"),
])
def test_minister_portfolio_after_nationality(extract: Callable[..., dict], text: str, person: str,
                                              role: str) -> None:
    roles = _roles(extract(text, ref_date="2013-06-05"))
    assert any(p == person and r == role for p, r, _ in roles)
