"""The `of` of wire titles (issue 12, round 16g).

Sentences written for this audit, with invented names. Three classes of French wire writing:
an office of state followed by a country's name that the entity layer leaves untagged (a name
of several words, "des Pays-Bas", "des Émirats arabes unis", or one the model ran into the
title), also after the portfolio ("ministre de l'Économie des Émirats arabes unis"); a noun of
nationality before the holder of an office of state ("Le Serbe X, ministre de l'Intérieur"),
which names the state as the adjective does ("le ministre serbe"); and the Spanish or Italian
"président du gouvernement", one office of state. The pitfall tables hold what must not change.
"""

from collections.abc import Callable

import pytest

from conftest import held_of as _held
from conftest import role_triples as _roles


# ---------------------------------------------------------------- "Premier ministre des Pays-Bas"
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Wim Vanderkloot, Premier ministre des Pays-Bas, a rencontré mardi les dirigeants albanais.",
     "Wim Vanderkloot", "premier ministre", "Pays-Bas"),
    ("Le ministre de l'Économie des Émirats arabes unis, Rachid Benhamouda, a signé l'accord.",
     "Rachid Benhamouda", "ministre de l'économie", "Émirats arabes unis"),
    ("Le Premier ministre du Luxembourg, Jean-Claude Junkerman, est arrivé hier soir à Strasbourg.",
     "Jean-Claude Junkerman", "premier ministre", "Luxembourg"),
    ("Hamid Saïdouni, vice-Premier ministre des Comores, avait démissionné la veille.",
     "Hamid Saïdouni", "vice-premier ministre", "Comores"),
    # already read before (the entity layer tags the country): must stay
    ("La ministre de la Culture des Pays-Bas, Els Brouwerink, a inauguré l'exposition de Metz.",
     "Els Brouwerink", "ministre de la culture", "Pays-Bas"),
    ("Le ministre des Affaires étrangères des Philippines, Rodolfo Santamarina, sera reçu à Paris.",
     "Rodolfo Santamarina", "ministre des affaires étrangères", "Philippines"),
])
def test_state_named_after_the_title(extract: Callable[..., dict], text: str, person: str, role: str,
                                     of: str) -> None:
    roles = _roles(extract(text))
    assert _held(roles, person, role) == [of], roles


# ---------------------------------------------------------------- "Le Serbe X, ministre de l'Intérieur"
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Le Serbe Dragan Petrovicz, ministre de l'Intérieur, a démenti ces informations.",
     "Dragan Petrovicz", "ministre de l'intérieur", "Serbie"),
    ("Le Britannique Anthony Blackwood, Premier ministre, s'est rendu à Skopje.",
     "Anthony Blackwood", "premier ministre", "Royaume-Uni"),
    ("L'Allemand Gerhard Schrödel, chancelier, et le Russe Boris Eltsinov ont parlé au téléphone.",
     "Gerhard Schrödel", "chancelier", "Allemagne"),
    ("L'Américaine Margaret Olbright, secrétaire d'État, a quitté Genève dans la soirée.",
     "Margaret Olbright", "secrétaire d'état", "États-Unis"),
    ("Mardi, la Norvégienne Ingrid Solhaugen, ministre de la Pêche, présidait la réunion à Bruxelles.",
     "Ingrid Solhaugen", "ministre de la pêche", "Norvège"),
    ("Le ministre de l'Agriculture, le Polonais Jerzy Kowalczak, a reçu les éleveurs.",
     "Jerzy Kowalczak", "ministre de l'agriculture", "Pologne"),
    # the nationality wins over the state the story names most
    ("La ministre de la Justice du Royaume-Uni, Margaret Lindley, et l'Italien Massimo Dalessi, ministre "
     "de la Défense, se sont vus hier.", "Massimo Dalessi", "ministre de la défense", "Italie"),
])
def test_nationality_noun_names_the_state(extract: Callable[..., dict], text: str, person: str, role: str,
                                          of: str) -> None:
    roles = _roles(extract(text))
    assert _held(roles, person, role) == [of], roles


# ---------------------------------------------------------------- "président du gouvernement espagnol"
@pytest.mark.parametrize(("text", "person", "of"), [
    ("Le président du gouvernement espagnol Juan Carlos Alvarenga a reçu hier son homologue.",
     "Juan Carlos Alvarenga", "Espagne"),
    ("Juan Carlos Alvarenga, président du gouvernement espagnol, est attendu à Lyon.",
     "Juan Carlos Alvarenga", "Espagne"),
    ("La présidente du gouvernement espagnol, Carmen Villalbarra, a annoncé des élections.",
     "Carmen Villalbarra", "Espagne"),
    ("Le président du gouvernement italien, Romano Pradelli, s'est exprimé devant le Sénat.",
     "Romano Pradelli", "Italie"),
])
def test_head_of_government_title(extract: Callable[..., dict], text: str, person: str, of: str) -> None:
    roles = _roles(extract(text))
    assert _held(roles, person, "président du gouvernement") == [of] \
        or _held(roles, person, "présidente du gouvernement") == [of], roles


# ---------------------------------------------------------------- pitfalls: must not change
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    # a job is not an office of state: the nationality is no body
    ("Le Français Lucien Marcadet, attaquant de Sochaux, a marqué deux buts samedi.",
     "Lucien Marcadet", "attaquant", "Sochaux"),
    # the nationality noun stands before another person
    ("La Russe Olga Tarassenkova, traductrice, accompagnait le ministre Igor Lebedinov.",
     "Igor Lebedinov", "ministre", None),
    ("Le Russe Anatoli Krivochev a rencontré mardi le ministre de la Défense, Hugues Marbrecourt.",
     "Hugues Marbrecourt", "ministre de la défense", None),
    # a portfolio is no country
    ("Le ministre des Finances, Hugues Marbrecourt, a présenté le budget.",
     "Hugues Marbrecourt", "ministre des finances", None),
    # a body named with its country keeps the body
    ("Le président de la fédération des Pays-Bas, Henk Vermaelen, a démissionné.",
     "Henk Vermaelen", "président", "fédération des Pays-Bas"),
])
def test_pitfalls_keep_their_of(extract: Callable[..., dict], text: str, person: str, role: str,
                                of: str | None) -> None:
    roles = _roles(extract(text))
    assert _held(roles, person, role) == [of], roles


@pytest.mark.parametrize(("text", "person"), [
    ("Le Tour des Pays-Bas a été remporté par Jan Hoogerwerf.", "Jan Hoogerwerf"),
    ("L'Allemande Ute Kressmann, épouse du ministre, a visité l'hôpital.", "Ute Kressmann"),
])
def test_no_role_from_a_country(extract: Callable[..., dict], text: str, person: str) -> None:
    assert not [r for r in _roles(extract(text)) if r[0] == person]
