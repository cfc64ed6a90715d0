"""Roles and their `of` by class of French construction (issue 12, round 12: generality audit).

Each table holds sentences written for this audit, with invented names, one construction per
table: the state or body that speaks "par la voix de son ministre" after a clause about
another one; a title, capitalized or not, as the predicative complement of a verb of
appointment ("a nommé X Premier ministre"); a bare "président" whose sentence names a body
as the other side of his own clause (one he negotiates with, fights, meets or is judged by),
which he does not preside; and "Pape", "Cheikh" as West African given names before a full
name. The pitfall tables hold what must not change: a wrong `of` is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import held_of as _held
from conftest import mentions_by_name
from conftest import role_triples as _roles


# ---------------------------------------------------------------- "X, par la voix de son ministre"
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("La Banque mondiale a débloqué un prêt d'urgence, mais la Suisse, par la voix de son ministre de "
     "l'Économie, Josef Haidlinger, a jugé l'enveloppe trop modeste pour l'Ukraine.", "Josef Haidlinger",
     "ministre de l'économie", "Suisse"),
    ("L'OTAN a promis des renforts, et la Lituanie, par la voix de son président, Vytautas Merkelis, s'en "
     "est félicitée.", "Vytautas Merkelis", "président", "Lituanie"),
    ("La BCE maintient ses taux, mais l'Irlande, par la voix de sa ministre des Finances, Siobhan "
     "Carrigane, réclame une baisse.", "Siobhan Carrigane", "ministre des finances", "Irlande"),
    ("L'Union européenne a proposé un compromis que les Pays-Bas, par la voix de leur Premier ministre, "
     "Joost Verdonckel, ont aussitôt rejeté.", "Joost Verdonckel", "premier ministre", "Pays-Bas"),
    ("La Commission européenne a approuvé le projet alors que la Pologne, par la bouche de son Premier "
     "ministre, Tadeusz Wierzbowski, l'a rejeté.", "Tadeusz Wierzbowski", "premier ministre", "Pologne"),
])
def test_the_body_before_par_la_voix_de(extract: Callable[..., dict], text: str, person: str, role: str,
                                        of: str) -> None:
    assert (person, role, of) in _roles(extract(text))


@pytest.mark.parametrize(("text", "person", "role", "of"), [
    # a body named by its kind only: its president, not the firm of the clause before
    ("Renault a confirmé la fermeture, tandis que la région, par la voix de son président, Hervé "
     "Quintanel, promet des aides.", "Hervé Quintanel", "président", None),
    # what already worked: the sentence's subject, a verb between the body and the comma
    ("La Belgique, par la voix de son ministre des Affaires étrangères, Koenraad Vermaelen, a condamné "
     "l'attaque.", "Koenraad Vermaelen", "ministre des affaires étrangères", "Belgique"),
    ("Le ministre a reçu Renault, tandis que la CGT a, par la voix de son secrétaire, Lionel Bourdaret, "
     "refusé de venir.", "Lionel Bourdaret", "secrétaire", "CGT"),
    ("Le syndicat Sud, par la voix de son délégué Yannick Porcheron, dénonce la fermeture du site.",
     "Yannick Porcheron", "délégué", "Sud"),
])
def test_par_la_voix_de_pitfalls(extract: Callable[..., dict], text: str, person: str, role: str,
                                 of: str | None) -> None:
    assert _held(_roles(extract(text)), person, role) == [of]


# ---------------------------------------------------------------- "a nommé X Premier ministre"
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Au lendemain de sa victoire, le président a nommé hier Bernard Castagnol Premier ministre.",
     "Bernard Castagnol", "premier ministre", None),
    ("Le roi a désigné hier Amadou Kerfalla Premier ministre.", "Amadou Kerfalla", "premier ministre", None),
    ("La présidente a nommé Sandrine Pellegrue Première ministre.", "Sandrine Pellegrue",
     "première ministre", None),
    ("Le chef de l'État a choisi Octave Lamberdin Ministre de l'Intérieur.", "Octave Lamberdin",
     "ministre de l'intérieur", None),
    ("Le conseil municipal a élu hier Fabrice Lemoussier Maire de Cerbelle.", "Fabrice Lemoussier", "maire",
     "Cerbelle"),
])
def test_a_capitalized_title_after_the_one_appointed(extract: Callable[..., dict], text: str, person: str,
                                                     role: str, of: str | None) -> None:
    assert (person, role, of) in _roles(extract(text))


@pytest.mark.parametrize(("text", "person", "role", "of"), [
    # what already worked: the model's name stopped before the title, or it was in lower case
    ("Le président a nommé Léon Dravigny Secrétaire général de l'Élysée.", "Léon Dravigny",
     "secrétaire général", "Élysée"),
    ("Le président a nommé Bernard Castagnol ministre de la Culture.", "Bernard Castagnol",
     "ministre de la culture", None),
])
def test_an_appointment_already_read(extract: Callable[..., dict], text: str, person: str, role: str,
                                     of: str | None) -> None:
    assert (person, role, of) in _roles(extract(text))


@pytest.mark.parametrize(("text", "person"), [
    ("Le Parlement a élu Tomas Verhaelen Président de la République.", "Tomas Verhaelen"),
])
def test_the_name_stops_before_the_title(extract: Callable[..., dict], text: str, person: str) -> None:
    assert person in mentions_by_name(extract(text), "person")


@pytest.mark.parametrize(("text", "person"), [
    # a surname that is a trade or a rank stays in the name, with or without a verb of choosing
    ("Le jury a récompensé Jacques Paul Boucher pour son pain.", "Jacques Paul Boucher"),
    ("Le comité a choisi Anne Marie Chevalier.", "Anne Marie Chevalier"),
    ("Le club a recruté Anne Marie Berger cet été.", "Anne Marie Berger"),
])
def test_a_surname_like_a_title_stays(extract: Callable[..., dict], text: str, person: str) -> None:
    result = extract(text)
    assert person in mentions_by_name(result, "person")
    assert not [r for p, r, _ in _roles(result) if p == person]


# ---------------------------------------------------------------- the president and the other side
@pytest.mark.parametrize(("text", "person"), [
    ("Le président Ibrahim Sangaré a exclu toute négociation avec le Mouvement pour l'unité du Nord, qui "
     "contrôle Tessit.", "Ibrahim Sangaré"),
    ("Le président Anselme Kabrelgo a promis de combattre le Front de libération de l'Est jusqu'au bout.",
     "Anselme Kabrelgo"),
    ("La présidente Rosalía Montiel a rencontré lundi la Confédération des travailleurs pour sortir de la "
     "crise.", "Rosalía Montiel"),
    ("Le président Tiago Rebordão a été condamné par la Cour suprême pour corruption.", "Tiago Rebordão"),
    ("Face à l'Union des forces démocratiques, le président Souleymane Kondé refuse tout dialogue.",
     "Souleymane Kondé"),
    ("Le président Ibrahim Sangaré a lancé une offensive contre le Mouvement pour l'unité du Nord.",
     "Ibrahim Sangaré"),
    ("La présidente Rosalía Montiel a accepté de négocier avec la Confédération des travailleurs.",
     "Rosalía Montiel"),
    ("Le président Tiago Rebordão sera jugé par la Cour suprême en mars.", "Tiago Rebordão"),
])
def test_a_president_does_not_preside_the_other_side(extract: Callable[..., dict], text: str,
                                                      person: str) -> None:
    assert _held(_roles(extract(text)), person, "président") == [None]


@pytest.mark.parametrize(("text", "person", "of"), [
    # a state in the story: the head of state, as before
    ("Au Mali, le président Ibrahim Sangaré a exclu toute négociation avec le Mouvement pour l'unité du "
     "Nord, qui contrôle Tessit.", "Ibrahim Sangaré", "Mali"),
    # the body is his own: its meeting, his side ("avec" and no word of negotiating), the sentence before
    ("Le président Marcel Dufrénois a ouvert l'assemblée générale de l'Amicale des pêcheurs.",
     "Marcel Dufrénois", "Amicale des pêcheurs"),
    ("Le président Marcel Dufrénois, avec l'Amicale des pêcheurs, organise un concours dimanche.",
     "Marcel Dufrénois", "Amicale des pêcheurs"),
    ("L'Amicale des pêcheurs organise un concours. Le président Marcel Dufrénois a remercié les bénévoles.",
     "Marcel Dufrénois", "Amicale des pêcheurs"),
    # a verb of meeting takes the other side only as its direct object: his own members
    ("Le président Marcel Dufrénois a accueilli les adhérents de l'Amicale des pêcheurs.",
     "Marcel Dufrénois", "Amicale des pêcheurs"),
])
def test_a_president_of_his_own_body(extract: Callable[..., dict], text: str, person: str, of: str) -> None:
    assert _held(_roles(extract(text)), person, "président") == [of]


# ---------------------------------------------------------------- "Pape", "Cheikh": given names
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("Le maire de Kébémer, Pape Ousmane Ndour, a inauguré le marché couvert.", "Pape Ousmane Ndour", "maire",
     "Kébémer"),
    ("Le ministre sénégalais de la Pêche, Pape Malick Tounkarel, a reçu les armateurs.",
     "Pape Malick Tounkarel", "ministre de la pêche", "Sénégal"),
    ("Selon l'entraîneur Pape Cheikh Fayelle, l'équipe est prête.", "Pape Cheikh Fayelle", "entraîneur",
     None),
    ("Le gardien Pape Ibrahima Gueyeval a arrêté un penalty.", "Pape Ibrahima Gueyeval", "gardien", None),
    ("Le député Cheikh Tidiane Mbathié a interpellé le ministre.", "Cheikh Tidiane Mbathié", "député", None),
    ("Le club a honoré Pape Wagane Ndiagane, son ancien capitaine.", "Pape Wagane Ndiagane",
     "ancien capitaine", None),
])
def test_a_title_that_is_a_given_name(extract: Callable[..., dict], text: str, person: str, role: str,
                                      of: str | None) -> None:
    roles = _roles(extract(text))
    assert (person, role, of) in roles
    assert not [r for p, r, _ in roles if r in ("pape", "cheikh")]


@pytest.mark.parametrize(("text", "person"), [
    # with its article, or before one given name and an ordinal: the pope's title
    ("Le pape Innocent Castellane a reçu les évêques.", "Innocent Castellane"),
    ("Les fidèles ont acclamé le pape Benoît XVI à Dakar.", "Benoît XVI"),
])
def test_the_pope_stays_a_title(extract: Callable[..., dict], text: str, person: str) -> None:
    assert _held(_roles(extract(text)), person, "pape") == [None]
