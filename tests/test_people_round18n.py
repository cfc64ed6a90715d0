"""People by class of French news writing (issue 11, round 18n: generality audit).

Sentences written for this audit, with invented names: a byline opening on "Par" (the
preposition is no given name, the author stays a person), a signature in initials alone on
the article's last line (a journalist's mark, nobody named), a one-word name in apposition to
a storm or a vehicle or after a participle of naming ("une seconde tempête, Vivaldo,", "le
cargo baptisé Orlanne": the thing's name, no person), and a house named "la villa X" (a
building). The pitfall tables hold what must not change: a wrong person is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names


def _people(result: dict) -> set[str]:
    return entity_names(result, "person")


# ---------------------------------------------------------------- "Par X" bylines
@pytest.mark.parametrize(("text", "person"), [
    ("date 2000-03-14\nLa fête du boudin à Velaincourt\nPar Jean-Luc Pelmartin\nL'association des amis du "
     "village a organisé dimanche sa fête annuelle.", "Jean-Luc Pelmartin"),
    ("date 2000-04-02\nPar Sophie Ravenal-Dutreuil\nLe conseil municipal de Bréhéville a voté le budget "
     "lundi soir.", "Sophie Ravenal-Dutreuil"),
    ("date 2001-06-20\nLes Serbes votent dimanche\nPar Odile Garnaudet\nLes bureaux de vote ouvriront à "
     "7 heures dans tout le pays.", "Odile Garnaudet"),
    ("date 1999-11-02\nPar Bernard Quilliec, à Bruxelles\nLes ministres de l'Agriculture des Quinze se "
     "sont réunis mardi.", "Bernard Quilliec"),
    ("date 2000-01-18\nGrève à l'usine\nPar Michel Vautrinot\nLes ouvriers ont cessé le travail hier "
     "matin pour protester contre les licenciements.", "Michel Vautrinot"),
])
def test_a_byline_keeps_its_author_without_the_preposition(extract: Callable[..., dict], text: str,
                                                           person: str) -> None:
    people = _people(extract(text))
    assert person in people
    assert not any(p.startswith("Par ") for p in people)


@pytest.mark.parametrize(("text", "person"), [
    # "par" inside a sentence, and other bylines already right
    ("date 2000-03-20\nLe prix a été remis par Danielle Vosgeret, adjointe au maire.", "Danielle Vosgeret"),
    ("date 2000-03-16\nPar notre correspondant Hervé Coustillat\nLa foire aux vins s'ouvre samedi.",
     "Hervé Coustillat"),
    ("date 2000-03-17\nDe notre envoyée spéciale à Skopje, Claire Ambrunet\nLes réfugiés affluent "
     "toujours à la frontière.", "Claire Ambrunet"),
    ("date 2000-03-15\n« Nous voulons un vrai gymnase », affirme Lucienne Baradot, présidente du club.\n"
     "Propos recueillis par Yannick Tesselin", "Yannick Tesselin"),
])
def test_other_bylines_stay(extract: Callable[..., dict], text: str, person: str) -> None:
    assert person in _people(extract(text))


# ---------------------------------------------------------------- a signature in initials
@pytest.mark.parametrize("text", [
    "date 2000-09-09\nLa kermesse de l'école\nLes élèves de l'école Jules-Ferry ont présenté leur spectacle "
    "samedi devant les parents.\nJ.-L. M.",
    "date 2000-09-10\nLe club de judo de Tomblaine a remporté trois médailles dimanche.\nR. D.",
    "date 2000-03-23\nLe loto de l'amicale a attiré plus de 300 personnes dimanche à la salle des fêtes.\n"
    "M.-C. L.",
    "date 2000-10-14\nLes anciens combattants ont déposé une gerbe au monument aux morts.\nP. G. (avec AFP)",
])
def test_a_signature_in_initials_names_nobody(extract: Callable[..., dict], text: str) -> None:
    assert not _people(extract(text))


@pytest.mark.parametrize(("text", "person"), [
    # initials and a surname: a person
    ("date 2000-03-25\nLa brocante a connu un beau succès.\nJ.-P. Rovellet", "J.-P. Rovellet"),
    ("date 2000-03-26\nLe trésorier, J.-M. Haumontel, a présenté les comptes.", "J.-M. Haumontel"),
    # a full name signing the article
    ("date 2000-11-08\nLes chasseurs de Remoncourt ont tenu leur assemblée générale.\nBernard Schlessier",
     "Bernard Schlessier"),
])
def test_initials_with_a_surname_stay_a_person(extract: Callable[..., dict], text: str, person: str) -> None:
    assert person in _people(extract(text))


# ---------------------------------------------------------------- a storm's or a ship's name
@pytest.mark.parametrize(("text", "name"), [
    ("date 1999-12-28\nUne seconde tempête, Martin, a frappé l'est de la France lundi.", "Martin"),
    ("date 1999-12-29\nLa tempête, baptisée Lothar par les météorologues, a fait 80 morts.", "Lothar"),
    ("date 2000-02-03\nUn violent cyclone, Barnabé, a dévasté la côte est de Madagascar.", "Barnabé"),
    ("date 2000-02-04\nLe chalutier, baptisé Hortense, a sombré au large de Lorient.", "Hortense"),
    # (right before 18n too)
    ("date 2000-09-12\nUn nouvel ouragan, Ursule, menace les Antilles depuis dimanche.", "Ursule"),
    # (right before 18n too)
    ("date 2000-02-05\nL'ouragan, nommé Félix, se dirige vers la Floride.", "Félix"),
])
def test_a_name_given_to_a_storm_or_a_ship_is_no_person(extract: Callable[..., dict], text: str,
                                                        name: str) -> None:
    assert name not in _people(extract(text))


@pytest.mark.parametrize(("text", "person"), [
    # after a preposition, the name opens the sentence's clause: a person
    ("date 2000-04-10\nDans la tempête, Martin Vaugrenier a perdu son toit.", "Martin Vaugrenier"),
    # a full name after the comma
    ("date 2000-04-10\nLe navire, Paul Rouvenel l'a acheté en 1990.", "Paul Rouvenel"),
    # a captain in apposition to his title
    ("date 2000-04-10\nLe cargo a coulé. Le capitaine, Hugues Marmelon, a survécu.", "Hugues Marmelon"),
    ("date 2000-04-10\nAprès la tempête, Lucien Pergolet a reconstruit sa grange.", "Lucien Pergolet"),
])
def test_people_near_a_storm_or_a_ship_stay(extract: Callable[..., dict], text: str, person: str) -> None:
    assert person in _people(extract(text))


# ---------------------------------------------------------------- "la villa X"
@pytest.mark.parametrize(("text", "name"), [
    ("date 2000-07-01\nLe peintre Henri Vaubrecourt a séjourné à la villa Médicis pendant deux ans.",
     "Médicis"),
    ("date 2000-07-02\nLes cambrioleurs ont visité la villa Montaigu, sur les hauteurs de Nice.", "Montaigu"),
    # (right before 18n too)
    ("date 2000-07-03\nLe festival se tiendra dans les jardins de la villa Castellane.", "Castellane"),
    ("date 2000-07-04\nLa villa Dufresnoy a été vendue aux enchères mardi.", "Dufresnoy"),
])
def test_a_villa_named_after_a_family_is_no_person(extract: Callable[..., dict], text: str,
                                                   name: str) -> None:
    assert name not in _people(extract(text))


@pytest.mark.parametrize(("text", "person"), [
    ("date 2000-04-10\nLa villa de Paul Gerbévaux a été cambriolée.", "Paul Gerbévaux"),
    ("date 2000-04-11\nLa sculptrice Irène Vautrelle expose à la villa Valdorelle jusqu'au 30 avril.",
     "Irène Vautrelle"),
])
def test_the_owner_of_a_villa_stays_a_person(extract: Callable[..., dict], text: str, person: str) -> None:
    assert person in _people(extract(text))
