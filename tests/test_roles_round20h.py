"""Roles of round 20h: names without commas, ages after a trade, and headlines that give a title.

Sentences written for this round, with invented names and villages. With no comma between a
municipal title's commune and its holder ("le maire de X Prénom Nom"), the model reads the
commune and the name as one name, or the name as a second place: they are two names, the
commune and the person. An adjective that takes an age ("âgé de 45 ans") describes the person,
not the trade. A headline that opens on a title and names nobody ("Le nouveau proviseur
installé"), followed by a lead whose first sentence has one person as its subject, gives that
person the title; not when the lead names two people, takes the title up for someone else, or
the person holds another title.
"""

from collections.abc import Callable

import pytest

from conftest import role_triples as _roles


# ---------------------------------------------------------------- "le maire de X Prénom Nom"
@pytest.mark.parametrize(("text", "triple"), [
    ("Samedi, le maire de Baccarat Mehdi Benaissa a inauguré la nouvelle salle.",
     ("Mehdi Benaissa", "maire", "Baccarat")),
    ("La salle a été inaugurée par le maire de Lussagnet Piotr Kowalczyk samedi.",
     ("Piotr Kowalczyk", "maire", "Lussagnet")),
    ("Samedi, la maire de Toul Aïcha Mbarek a inauguré la nouvelle salle.",
     ("Aïcha Mbarek", "maire", "Toul")),
    ("Lundi, la conseillère municipale de Saint-Ombrelin-sur-Lize Aïcha Mbarek a accueilli les élèves.",
     ("Aïcha Mbarek", "conseillère municipale", "Saint-Ombrelin-sur-Lize")),
    ("Les médailles ont été remises par l'adjoint au maire de Vernouillac Mehdi Benaissa dimanche.",
     ("Mehdi Benaissa", "adjoint au maire", "Vernouillac")),
    ("La maire de Vernouillac Odile Ferrand présidera la cérémonie du 8-Mai.",
     ("Odile Ferrand", "maire", "Vernouillac")),
])
def test_holder_glued_to_the_commune(extract: Callable[..., dict], text: str,
                                     triple: tuple[str, str, str]) -> None:
    assert triple in _roles(extract(text, ref_date="2022-05-10"))


# ---------------------------------------------------------------- an age after the trade
@pytest.mark.parametrize(("text", "triple"), [
    ("Théo Marsaguet, un boulanger de Lunéville âgé de 38 ans, a gagné le concours.",
     ("Théo Marsaguet", "boulanger", "Lunéville")),
    ("Nadège Corvol, une infirmière de Brescoux âgée de 29 ans, a sauvé un randonneur.",
     ("Nadège Corvol", "infirmière", "Brescoux")),
])
def test_age_is_no_part_of_the_trade(extract: Callable[..., dict], text: str,
                                     triple: tuple[str, str, str]) -> None:
    assert triple in _roles(extract(text, ref_date="2022-05-10"))


# ---------------------------------------------------------------- a headline's title
@pytest.mark.parametrize(("text", "person", "role"), [
    ("Le nouveau proviseur installé\n\nBertrand Lavaudier a pris ses fonctions lundi au lycée "
     "Jean-Moulin de Brescoux.", "Bertrand Lavaudier", "nouveau proviseur"),
    ("date 2003-09-02\n\nBrescoux : la nouvelle directrice a fait sa rentrée\n\nOdile Ferrand a "
     "accueilli mardi cent douze élèves.", "Odile Ferrand", "nouvelle directrice"),
    ("Toul : le nouveau principal a pris ses fonctions\n\nÂgé de 51 ans, Mehdi Benaissa arrive "
     "d'un collège de la Meuse.", "Mehdi Benaissa", "nouveau principal"),
    ("La ministre de la Culture inaugure la médiathèque\n\nCoralie Vastin a coupé le ruban jeudi "
     "devant les lecteurs.", "Coralie Vastin", "ministre de la culture"),
])
def test_headline_title(extract: Callable[..., dict], text: str, person: str, role: str) -> None:
    assert any(p == person and r == role for p, r, _ in _roles(extract(text, ref_date="2003-09-02")))


# ---------------------------------------------------------------- guards
@pytest.mark.parametrize(("text", "triple"), [
    ("Le maire de Ravignac, Hugues Terrandel, a ouvert la séance.",
     ("Hugues Terrandel", "maire", "Ravignac")),
    ("Le maire de Lussagnet Piotr Kowalczyk a inauguré la nouvelle salle samedi.",
     ("Piotr Kowalczyk", "maire", "Lussagnet")),
    ("Dimanche, le maire de Lussagnet Piotr Kowalczyk a ouvert la fête du village.",
     ("Piotr Kowalczyk", "maire", "Lussagnet")),
    ("Mercredi, la maire de Toul Aïcha Mbarek a reçu les nouveaux habitants.",
     ("Aïcha Mbarek", "maire", "Toul")),
    ("Gaspard Lorient, 45 ans, agriculteur à Vernouillac, a reçu les élèves.",
     ("Gaspard Lorient", "agriculteur", "Vernouillac")),
    ("Romain Delacôte, directeur technique du club, a présenté le calendrier.",
     ("Romain Delacôte", "directeur technique", None)),
])
def test_guards(extract: Callable[..., dict], text: str, triple: tuple[str, str, str | None]) -> None:
    person, role, of = triple
    assert any(p == person and r == role and (of is None or o == of)
               for p, r, o in _roles(extract(text, ref_date="2022-05-10")))


@pytest.mark.parametrize("text", [
    # two people in the lead: which one holds the title is not said
    "Le nouveau proviseur installé\n\nGaspard Lorient a accueilli Mehdi Benaissa lundi au lycée.",
    # the lead takes the title up for someone else
    "Le ministre de l'Agriculture critiqué\n\nPaul Vernade a réclamé lundi la démission du ministre.",
    # the headline's verb read as a noun of the title's complement: no title of that shape
    "Le ministre de la Santé visite l'hôpital\n\nRaphaël Quintane a rencontré jeudi les soignants.",
    # a verbless headline: its title is left to the text
    "Un nouveau curé à Lussagnet\n\nGaspard Lorient a célébré dimanche sa première messe.",
    # the lead's one person holds another title
    "Le nouveau curé installé\n\nLe maire Paul Vernade a prononcé dimanche un discours d'accueil.",
])
def test_headline_title_held_by_nobody(extract: Callable[..., dict], text: str) -> None:
    roles = _roles(extract(text, ref_date="2003-09-02"))
    assert not any(r in ("nouveau proviseur", "ministre de l'agriculture", "nouveau curé", "proviseur",
                         "ministre", "curé") or "visite" in r for _, r, _ in roles)
