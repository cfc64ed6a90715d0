"""People: precision, and one entity per person (round 19g).

Sentences written for this round, with invented people, parties and firms.

- One person, one entity: a full name the model read as a thing ("a reçu Recep Tayyip
  Erdogan") that ends on the word the story names a person by alone elsewhere is that
  person's full name; the two mentions make one person. Not a name whose first words are
  common nouns ("Tour", "Prix") nor one after a lower-case head ("le stade ...").
- A name in apposition to a noun of bodies with its definite article, between commas
  ("Vardel, le groupe pétrolier, a annoncé ...") is an organization, not a person; not the
  subject of a clause after a name a preposition introduces ("Pour Dupont, le groupe a ...").
- A one-word name after a noun of leaders and "de" ("le chef de Korvak", "les députés de
  Korvak") is a body: a man has no leader nor deputies; a person after other nouns ("le fils
  de", "l'avocat de") stays a person.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names, mentions_by_name


# ---------------------------------------------------------------- one entity per person
@pytest.mark.parametrize(("text", "full", "short"), [
    ("Le président a reçu Recep Tayyip Erdovan au palais. M. Erdovan a salué un accord.",
     "Recep Tayyip Erdovan", "M. Erdovan"),
    # right before the change too: the model's own person
    ("Le ministre a reçu Oumarou Sanda Kalbé à Niamey. Kalbé a promis une aide aux éleveurs.",
     "Oumarou Sanda Kalbé", "Kalbé"),
])
def test_full_name_read_as_a_thing_joins_the_lone_surname(extract: Callable[..., dict], text: str,
                                                           full: str, short: str) -> None:
    people = mentions_by_name(extract(text), "person")
    assert full in people
    assert short in people[full]
    assert len(people) == 1


@pytest.mark.parametrize(("text", "not_person"), [
    # guards: a common noun opening the name, a venue named after someone
    ("Les touristes ont visité la Tour Eiffel. Eiffel avait dessiné la structure en 1887.", "Tour Eiffel"),
    ("Le match aura lieu au stade Paul Dorvignac. Dorvignac fut maire de la ville.", "Paul Dorvignac"),
])
def test_named_after_a_person_is_no_full_name(extract: Callable[..., dict], text: str,
                                              not_person: str) -> None:
    assert not_person not in entity_names(extract(text), "person")


# ---------------------------------------------------------------- apposition with "le", "la"
@pytest.mark.parametrize(("text", "body"), [
    ("Morvenko, le groupe pétrolier russe, a annoncé des pertes records.", "Morvenko"),
    ("Dalmorel, la société qui gère le camping, a été condamnée à une amende.", "Dalmorel"),
    ("Vermontel, le club de Jean Favrel, a perdu en finale.", "Vermontel"),
])
def test_definite_apposition_of_a_body(extract: Callable[..., dict], text: str, body: str) -> None:
    result = extract(text)
    assert body not in entity_names(result, "person")
    assert body in entity_names(result, "organization")


@pytest.mark.parametrize(("text", "person"), [
    # guards: a person's noun in apposition; a clause's subject after "pour"
    ("Rémi Morlaine, le patron du groupe, a annoncé des pertes.", "Rémi Morlaine"),
    ("Aurélien Castagne, le président du club, a remercié les bénévoles.", "Aurélien Castagne"),
])
def test_apposition_of_a_person_stays(extract: Callable[..., dict], text: str, person: str) -> None:
    assert person in entity_names(extract(text), "person")


# ---------------------------------------------------------------- leaders of a body
@pytest.mark.parametrize(("text", "body"), [
    ("Les députés de Kastriza ont voté contre le texte.", "Kastriza"),
    ("Le chef de Podemar, Andras Kollar, a dénoncé l'austérité.", "Podemar"),
    # right before the change too
    ("Le fondateur de Likhod a quitté le conseil d'administration.", "Likhod"),
])
def test_a_name_after_its_leaders_is_no_person(extract: Callable[..., dict], text: str, body: str) -> None:
    assert body not in entity_names(extract(text), "person")


@pytest.mark.parametrize(("text", "person"), [
    # guards: kin and counsel take a person; a man named in full keeps his surname
    ("Le fils de Marchetti a témoigné à la barre.", "Marchetti"),
    ("L'avocat de Vauquelin a demandé sa libération.", "Vauquelin"),
    ("Jean Renaudin soutient la liste. Le candidat de Renaudin a été élu dimanche.", "Jean Renaudin"),
])
def test_a_person_after_other_nouns_stays(extract: Callable[..., dict], text: str, person: str) -> None:
    result = extract(text)
    assert person in entity_names(result, "person")
    assert person.split()[-1] not in entity_names(result, "organization")


# ---------------------------------------------------------------- initials in two tokens
@pytest.mark.parametrize(("text", "person", "not_person"), [
    ("Les billets étaient vendus par J.-C. Marvaldi ou par sa fille.", "J.-C. Marvaldi", "J.-C"),
    ("Les clés étaient confiées à J.-C. Marvaldi ou au gardien.", "J.-C. Marvaldi", "Marvaldi"),
    # the era is nobody
    ("En 52 av. J.-C. Vercingétorix a capitulé à Alésia.", "Vercingétorix", "J.-C"),
])
def test_initials_open_the_name(extract: Callable[..., dict], text: str, person: str,
                                not_person: str) -> None:
    people = entity_names(extract(text), "person")
    assert person in people
    assert not_person not in people


@pytest.mark.parametrize(("text", "person"), [
    # guards: initials the model already keeps with the name
    ("Selon J.-P. Hordelin, le chantier sera terminé en juin.", "J.-P. Hordelin"),
    ("La séance était présidée par J. Kermarrec, adjoint au maire.", "J. Kermarrec"),
])
def test_initials_kept(extract: Callable[..., dict], text: str, person: str) -> None:
    assert person in entity_names(extract(text), "person")


# ---------------------------------------------------------------- a body's name next to a title
@pytest.mark.parametrize(("text", "person"), [
    ("Le porte-parole du Front Pheu Chart, Anuwat Chaiyaporn, a dénoncé le scrutin.", "Anuwat Chaiyaporn"),
    # right before the change too: the model's own person
    ("Dans le camp adverse, Nabil Harrouk, l'un des principaux négociateurs, a jugé la décision grave.",
     "Nabil Harrouk"),
])
def test_a_name_next_to_a_title_is_a_person(extract: Callable[..., dict], text: str, person: str) -> None:
    result = extract(text)
    assert person in entity_names(result, "person")
    assert person not in entity_names(result, "organization")


@pytest.mark.parametrize(("text", "body"), [
    # guards: a body's name with a common noun, a head noun of bodies
    ("Le directeur de la banque, Crédit Mutuel, a démenti.", "Crédit Mutuel"),
    ("Le groupe Bolloré Transport, filiale du géant, a annoncé un plan.", "Bolloré Transport"),
])
def test_a_body_next_to_a_title_stays(extract: Callable[..., dict], text: str, body: str) -> None:
    assert body not in entity_names(extract(text), "person")


# ---------------------------------------------------------------- a place and a common noun
@pytest.mark.parametrize(("text", "body"), [
    ("Selon Moselle Environnement, la rivière est polluée depuis mai.", "Moselle Environnement"),
])
def test_a_place_and_a_noun_name_a_body(extract: Callable[..., dict], text: str, body: str) -> None:
    assert body not in entity_names(extract(text), "person")


@pytest.mark.parametrize(("text", "person"), [
    # guards: a given name that is also a town, a surname that is a place
    ("Le trophée a été remis à Paul Boucher et à Florence Marchand.", "Florence Marchand"),
    ("Jean Metz a été élu au premier tour.", "Jean Metz"),
])
def test_place_shaped_people_stay(extract: Callable[..., dict], text: str, person: str) -> None:
    assert person in entity_names(extract(text), "person")
