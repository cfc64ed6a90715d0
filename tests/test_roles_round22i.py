"""Round 22i: the side of a player or a coach in a match report.

A team title with no body of its own ("l'ailier X", "le gardien Y") in a story about a match
between two sides is held in the side its clause is about: the club that is the subject of
the verb the title's phrase hangs from ("Le RC Loubière a ouvert le score par l'attaquant X"),
the plural name of a club's town's people or of a nation ("Les Brévillois ont égalisé grâce
à ...", "Les Gallois ..."), or the side a fronted "Côté ..." names ("Côté brévillois, le
gardien X ..."); not the story's lead club. When the clause sets the player against its
subject ("a encaissé un but de ...", "malgré un doublé de ...", verbs.json `conceding`), he is
of the other of the two clubs.

Also: the relative "où" right after a state named as a place ("Il se rendra au Brésil, où il
verra le président X") takes that state up; the bare "président" its clause names there is
that state's head, not the state the story is about (unless he travels there). Names, clubs
and villages are invented.
"""

from collections.abc import Callable

import pytest

from conftest import held_of, role_triples

HEAD = "Football : nouvelle défaite pour le SC Tavernes\n\n"
MATCH = "Le SC Tavernes s'est incliné dimanche à domicile face au RC Loubière (1-3). "


# ---------------------------------------------------------------- fixed in round 22i
@pytest.mark.parametrize(("text", "person", "title", "of"), [
    # the clause's subject is the other club than the story's lead
    (HEAD + MATCH + "Le RC Loubière a pris l'avantage par l'attaquant Bastien Gorce.",
     "Bastien Gorce", "attaquant", "RC Loubière"),
    (HEAD + MATCH + "Le RC Loubière a creusé l'écart grâce au défenseur Noé Quintard.",
     "Noé Quintard", "défenseur", "RC Loubière"),
    # the people of the club's town as subject
    (MATCH + "Les Loubiérois ont doublé la mise grâce à l'ailier Jordan Vaissac.",
     "Jordan Vaissac", "ailier", "RC Loubière"),
    # a fronted "Côté <gentilé>,"
    (MATCH + "Côté loubiérois, le gardien Rémi Castagné a multiplié les arrêts.",
     "Rémi Castagné", "gardien", "RC Loubière"),
    # a nation's people as subject, its side named by the country
    ("Le pays de Galles a battu l'Écosse samedi à Cardiff (28-13). Les Écossais ont sauvé "
     "l'honneur par l'ailier Craig Dunmore.", "Craig Dunmore", "ailier", "Écosse"),
    # a ground named like a club ("au Stade X") beside: the nation's people still name the side
    ("Le pays de Galles a battu l'Écosse samedi au Stade Millenium (28-13). Les Écossais ont sauvé "
     "l'honneur par l'ailier Ewan Lochart.", "Ewan Lochart", "ailier", "Écosse"),
    # the subject concedes the player's play: the other club
    (HEAD + MATCH + "Le SC Tavernes a encaissé un dernier but de l'attaquant Lilian Ferrandi.",
     "Lilian Ferrandi", "attaquant", "RC Loubière"),
    (MATCH + "Le RC Loubière a tremblé malgré un doublé du capitaine Anthony Rebière.",
     "Anthony Rebière", "capitaine", "SC Tavernes"),
])
def test_side_of_the_clause(extract: Callable[..., dict], text: str, person: str, title: str,
                            of: str) -> None:
    assert held_of(role_triples(extract(text)), person, title) == [of]


# ---------------------------------------------------------------- guards: must not change
@pytest.mark.parametrize(("text", "person", "title", "of"), [
    # the subject is the player's own club, the lead: kept
    (HEAD + MATCH + "Le SC Tavernes avait pourtant réduit le score par l'ailier Matthieu Oriol.",
     "Matthieu Oriol", "ailier", "SC Tavernes"),
    # a complement of its own wins over the clause
    (MATCH + "Le RC Loubière a ouvert le score par Hugo Sarrail, l'attaquant du SC Tavernes prêté cet hiver.",
     "Hugo Sarrail", "attaquant", "SC Tavernes"),
    # a gentilé right after the title names its club
    (MATCH + "Le RC Loubière a résisté grâce au gardien tavernois Kylian Brousse.",
     "Kylian Brousse", "gardien", "SC Tavernes"),
])
def test_side_guards(extract: Callable[..., dict], text: str, person: str, title: str, of: str) -> None:
    assert held_of(role_triples(extract(text)), person, title) == [of]


@pytest.mark.parametrize(("text", "person", "title"), [
    # a club story, no match: the side rule does not apply, the title has no side
    ("La fête du village de Ravelle aura lieu samedi. Les Ravellois ont accueilli le peintre Lucas Fromond.",
     "Lucas Fromond", "peintre"),
])
def test_no_side_outside_sport(extract: Callable[..., dict], text: str, person: str, title: str) -> None:
    assert held_of(role_triples(extract(text)), person, title) in ([None], [])


# ---------------------------------------------------------------- a state taken up by "où"
@pytest.mark.parametrize(("text", "person", "of"), [
    ("Le chef de la diplomatie russe, Oleg Varinski, a reçu hier son homologue. Il partira ensuite "
     "au Brésil, où il doit s'entretenir avec le président Mateus Carvalho.", "Mateus Carvalho", "Brésil"),
    ("Le Kremlin prépare la tournée du ministre. Elle précède le voyage d'Oleg Varinski aux "
     "États-Unis, où il verra le président Jim Barrow dans sa résidence.", "Jim Barrow", "États-Unis"),
    ("Le ministre russe Oleg Varinski est arrivé mardi au Sénégal, où le président Amadou Sylla "
     "l'a accueilli à l'aéroport.", "Amadou Sylla", "Sénégal"),
])
def test_state_taken_up_by_ou(extract: Callable[..., dict], text: str, person: str, of: str) -> None:
    assert held_of(role_triples(extract(text)), person, "président") == [of]


@pytest.mark.parametrize(("text", "person", "title", "not_of"), [
    # marked by his own nationality: not the host state's
    ("Le ministre russe Oleg Varinski est arrivé au Sénégal, où le président français Luc Armand "
     "est aussi attendu.", "Luc Armand", "président", "Sénégal"),
    # a title with its own complement is not the state's
    ("Le ministre russe Oleg Varinski est arrivé au Sénégal, où le président du club Amadou Sylla "
     "l'a accueilli.", "Amadou Sylla", "président", "Sénégal"),
])
def test_state_taken_up_guards(extract: Callable[..., dict], text: str, person: str, title: str,
                               not_of: str) -> None:
    assert not_of not in held_of(role_triples(extract(text)), person, title)
