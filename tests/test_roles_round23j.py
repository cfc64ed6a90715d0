"""Roles' `of`: a club named by its people's gentilé (round 23j).

Sentences written for this audit, with invented names. Rules of French sports writing:
- a club is often named after the adjective of its people ("le Stade angevin", "l'Olympique
  lorrain"); the same adjective after a team or office title ("l'entraîneur lorrain X") is
  that club, even when the adjective is also a region's;
- the adjective on the noun a player's phrase completes ("deux essais angevins inscrits par le pilier
  X") gives the side those players are of, whatever their nationality;
- a possessive before a team title ("leur attaquant X") takes up the subject of its clause;
  the plural noun of a club's town's people ("les Malcourtois") names that club.
Of court reports: a bare "le président", "la présidente" at a hearing (the text names one
court before it and the one tried, "le prévenu", "l'accusée") is the judge presiding that
court, not the president of the club or the association the case is about; a judge or a
prosecutor given a nationality ("le juge kényan X") in a story about one international court
sits in that court: the nationality says where the holder comes from.

The guard table holds what must not change.
"""

from collections.abc import Callable

import pytest

from conftest import role_triples as _roles


def _of(result: dict, person: str, title: str) -> set[str | None]:
    return {o for p, r, o in _roles(result) if p == person and r == title}


@pytest.mark.parametrize(("text", "person", "title", "body"), [
    # the gentilé after the title is a word of the club's name
    ("Le Racing club de Vernolles a battu l'Olympique lorrain 2 à 1 dimanche. En face, "
     "l'entraîneur lorrain Didier Pamboux pestait contre l'arbitre.", "Didier Pamboux",
     "entraîneur", "Olympique lorrain"),
    ("L'US Tréveray a dominé le Stade angevin 30 à 12 samedi. Le président angevin, Marc Olivon, "
     "a regretté la faiblesse de sa mêlée.", "Marc Olivon", "président", "Stade angevin"),
    # the gentilé on the noun the title's phrase completes
    ("Le Rugby club de Vernolles a battu le Stade angevin 20 à 18. Les Vernollais ont su réagir "
     "malgré deux essais angevins inscrits par le pilier Marc Duthil.",
     "Marc Duthil", "pilier", "Stade angevin"),
    ("Le Rugby club de Vernolles a battu le Stade angevin 20 à 18. Les Vernollais ont su réagir "
     "malgré deux essais angevins inscrits par le pilier Marc Duthil et par l'ailier samoan "
     "Paul Arbeau.", "Paul Arbeau", "ailier", "Stade angevin"),
    # the possessive's owner is the plural noun of a club's town's people
    ("L'Union sportive de Tréveray a battu l'AS Malcourt 3 à 0 samedi. Les "
     "Malcourtois menaient pourtant au repos, mais leur attaquant Kévin Marbot a "
     "manqué un penalty.", "Kévin Marbot", "attaquant", "AS Malcourt"),
])
def test_gentile_club(extract: Callable[..., dict], text: str, person: str, title: str, body: str) -> None:
    assert _of(extract(text), person, title) == {body}


_TRIAL = ("Le trésorier de l'Amicale des boulistes de Vernolles comparaissait mardi devant le "
          "tribunal correctionnel de Malcourt pour abus de confiance. ")


@pytest.mark.parametrize(("text", "person", "title", "body"), [
    (_TRIAL + "« Pourquoi avoir caché ces retraits ? », lui a demandé le président, Henri Lavergne. "
     "Le prévenu a gardé le silence.", "Henri Lavergne", "président", "tribunal correctionnel de Malcourt"),
    ("Un ancien gérant de l'Union sportive de Tréveray était jugé jeudi par le tribunal "
     "correctionnel de Malcourt. La présidente, Odile Ferrant, a rappelé au prévenu ses "
     "précédentes condamnations.", "Odile Ferrant", "présidente", "tribunal correctionnel de Malcourt"),
])
def test_presiding_judge(extract: Callable[..., dict], text: str, person: str, title: str, body: str) -> None:
    assert _of(extract(text), person, title) == {body}


@pytest.mark.parametrize(("text", "person", "title", "body"), [
    ("La Cour pénale internationale a condamné jeudi à La Haye l'ancien milicien Joseph Kabwende "
     "à quinze ans de prison. « Les faits sont établis », a déclaré le juge kényan Samuel Otieno.",
     "Samuel Otieno", "juge", "Cour pénale internationale"),
    ("Le Tribunal pénal international pour le Rwanda (TPIR) a rendu son verdict mardi. La "
     "procureure canadienne Anne Morissette a annoncé qu'elle ferait appel.", "Anne Morissette",
     "procureure", "Tribunal pénal international pour le Rwanda"),
])
def test_international_bench(extract: Callable[..., dict], text: str, person: str, title: str,
                             body: str) -> None:
    assert _of(extract(text), person, title) == {body}


# ------------------------------------------------- guards: what was read before stays
@pytest.mark.parametrize(("text", "person", "title", "body"), [
    # a local office with a gentilé: the town, not the club named after its people
    ("L'AS Épinal-Golbey s'est imposée 2-1 face au FC Brenoux-Vallée samedi soir. Le maire "
     "spinalien, Paul Dorvier, a salué la victoire.", "Paul Dorvier", "maire", "Épinal"),
    # a club prefix and its town: read before this round too
    ("Le FC Brenoux-Vallée a battu l'US Thionville Ruisseau 3-0 dimanche. Le gardien "
     "thionvillois, Paul Dorvier, regrettait un manque de réalisme.", "Paul Dorvier", "gardien",
     "US Thionville Ruisseau"),
    # the side the clause's subject names
    ("Le FC Sorlin a reçu l'AS Bréville dimanche en championnat. Les Brévillois ont ouvert le "
     "score à la 10e minute par l'attaquant Hugo Mazel, avant de s'imposer 2 à 0.", "Hugo Mazel",
     "attaquant", "AS Bréville"),
    # the town's people own the possessive: read before this round too
    ("Le Stade castelbrivien a dominé l'US Morvanges 24 à 10. Les Morvangeois ont pourtant résisté "
     "longtemps, mais leur demi de mêlée Julien Ferrandou a manqué trois pénalités.",
     "Julien Ferrandou", "demi de mêlée", "US Morvanges"),
    # the club's own name as the owner
    ("L'AS Malcourt a battu l'US Tréveray 2 à 0. L'AS Malcourt a dominé la rencontre et son "
     "attaquant Kévin Marbot a marqué deux fois.", "Kévin Marbot", "attaquant", "AS Malcourt"),
])
def test_kept_sides(extract: Callable[..., dict], text: str, person: str, title: str, body: str) -> None:
    assert _of(extract(text), person, title) == {body}


@pytest.mark.parametrize(("text", "person", "title", "body"), [
    # the body's own president named with it at the trial
    (_TRIAL + "Dans la salle, la présidente de l'amicale, Odile Sarrat, écoutait. Le prévenu a été "
     "condamné à six mois avec sursis.", "Odile Sarrat", "présidente", "Amicale des boulistes de Vernolles"),
    # no trial: a court named in passing
    ("L'Amicale des boulistes de Vernolles a tenu son assemblée générale samedi. Le président, Henri "
     "Lavergne, a rappelé que le tribunal de Malcourt avait donné raison au club.", "Henri Lavergne",
     "président", "Amicale des boulistes de Vernolles"),
])
def test_kept_bodies(extract: Callable[..., dict], text: str, person: str, title: str, body: str) -> None:
    assert _of(extract(text), person, title) == {body}


@pytest.mark.parametrize(("text", "person", "title", "body"), [
    # a minister's nationality still gives the state, beside an international court
    ("La Cour pénale internationale a ouvert une enquête jeudi. Le ministre kényan de la Justice, "
     "Samuel Otieno, a promis de coopérer.", "Samuel Otieno", "ministre de la justice", "Kenya"),
])
def test_kept_states(extract: Callable[..., dict], text: str, person: str, title: str, body: str) -> None:
    assert _of(extract(text), person, title) == {body}
