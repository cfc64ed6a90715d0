"""Extra roles: a second title that is no office (round 26j).

Sentences written for this round, with invented names. Two rules of French news writing:

- a cleric's form of address before his name ("l'abbé X", "le chanoine Y") is a standing in
  the Church, not an office: beside the office the same person holds ("curé de la paroisse",
  "aumônier du collège", "vicaire épiscopal") it is no second role; alone it stays his title
  (models/roles/titles.json address_titles, roles.py at the end of the role pass);
- a match report counts deeds in every sport: "auteur de 14 rebonds", "auteur de trois
  pénalités", "auteur de huit réalisations" is a deed, no function (titles.json deed_nouns).

The guard tables hold what must not change.
"""

from collections.abc import Callable

import pytest

from conftest import role_triples as _roles


def _titles(result: dict, person: str) -> set[str]:
    return {r for p, r, _ in _roles(result) if p == person}


# ------------------------------------------------- a cleric's form of address beside an office
@pytest.mark.parametrize(("text", "person", "office", "address"), [
    # the form of address first, the office in apposition after the name
    ("Fête paroissiale à Lavernay\n\nL'abbé Gaston Piroux, curé de la paroisse Saint-Rémi, a "
     "célébré la messe dimanche.", "Gaston Piroux", "curé", "abbé"),
    # the office first, the form of address in apposition before the name
    ("Fête paroissiale à Lavernay\n\nLe vicaire général du diocèse, le chanoine Rémi Vaultrin, "
     "a béni les cloches.", "Rémi Vaultrin", "vicaire général", "chanoine"),
    # an office held in a school, the form of address in the agent of a passive
    ("Rentrée à Brévilly\n\nLa cérémonie était présidée par l'abbé Lucien Forgeat. Originaire "
     "de Sauvigny, Forgeat est aumônier du collège Sainte-Anne depuis 2010.",
     "Lucien Forgeat", "aumônier", "abbé"),
    # a chanoine who runs a sanctuary
    ("Pèlerinage à Lavernay\n\nLe chanoine Ernest Malzac, recteur du sanctuaire de Lavernay, a "
     "accueilli les pèlerins.", "Ernest Malzac", "recteur", "chanoine"),
])
def test_form_of_address_beside_an_office(extract: Callable[..., dict], text: str, person: str,
                                          office: str, address: str) -> None:
    titles = _titles(extract(text), person)
    assert any(t.startswith(office) or t.endswith(office) for t in titles)
    assert address not in titles


# ------------------------------------------------- a deed counted in a match report
@pytest.mark.parametrize("text", [
    "Le club de Varnelle s'impose.\n\nC'est l'arrière Karim Dalbec, auteur de 8 réalisations, "
    "qui a porté l'estocade.",
    "Le club de Varnelle s'impose.\n\nLe pivot Karim Dalbec, auteur de 14 rebonds, a fait la "
    "différence en fin de match.",
    "Le club de Varnelle s'impose.\n\nKarim Dalbec, auteur de 5 pénalités, a été le meilleur "
    "joueur de la rencontre.",
    "Le club de Varnelle s'impose.\n\nLe demi d'ouverture Karim Dalbec, auteur de deux "
    "transformations, a fait la différence.",
    "Le club de Varnelle s'impose.\n\nKarim Dalbec, auteur de six tirs au but, a été le "
    "meilleur joueur de la rencontre.",
])
def test_a_deed_is_no_role(extract: Callable[..., dict], text: str) -> None:
    assert not any(r.startswith("auteur") for r in _titles(extract(text), "Karim Dalbec"))


# ------------------------------------------------- guards: what must not change
@pytest.mark.parametrize(("text", "person", "title"), [
    # a form of address alone stays the person's title
    ("Fête à Lavernay\n\nL'abbé Firmin Lagarde a lu l'évangile devant les fidèles.",
     "Firmin Lagarde", "abbé"),
    ("Fête à Lavernay\n\nLe chanoine Firmin Lagarde a lu l'évangile devant les fidèles.",
     "Firmin Lagarde", "chanoine"),
    # a professor's title is also a trade: kept beside a presidency
    ("Le professeur Léon Brévart, de l'université de Nancy, a présenté le rapport.",
     "Léon Brévart", "professeur"),
    # a work is no deed
    ("Paul Varnier, auteur de trois livres sur la région, signera ses ouvrages samedi.",
     "Paul Varnier", "auteur"),
    # two real offices of one person both stay
    ("Le curé de la paroisse, Alban Merlaut, aumônier du lycée Saint-Just, a béni la salle.",
     "Alban Merlaut", "aumônier"),
])
def test_guards(extract: Callable[..., dict], text: str, person: str, title: str) -> None:
    assert any(t.startswith(title) for t in _titles(extract(text), person))
