"""People: the whole name (round 20o).

Classes of names cut short or run over, probed with invented stories:
- a person's name the model ran over a day written with a capital after it ("selon Mme
  Odile Marchetti Samedi"): a name of two words or more never ends on a weekday, which
  dates what is told; a surname of two words ("Paul Samedi") and a title's complement
  ("le Journal du Dimanche") stay;
- a name the model stopped on a given name, the surname after it left untagged
  ("rencontré [Mamadou Lamine] Sakho samedi"): one capitalized proper noun after a name
  ending on a known given name is its surname, unless a longer capitalized run follows;
- a body's name the model ran over a person written family name first, the span the
  complement of a title ("la déléguée de la [CGT Tran Thi Hoa]", "du [FC Brévillers Nguyen
  Van Thanh]"): the family name (Vietnamese, Chinese, Korean: `family_names_first`) opens
  the person's name, though "Van" or "Thi" after it is a given name of the table.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names


@pytest.mark.parametrize(("text", "person"), [
    ("Selon Mme Odile Marchetti Samedi, la situation reste grave.", "Odile Marchetti"),
    ("D'après Mme Park Seo-yeon Lundi, le projet avance.", "Park Seo-yeon"),
    ("Les élus ont remercié Mme Agnès Perrichaud Jeudi pour son travail.", "Agnès Perrichaud"),
])
def test_a_name_never_ends_on_a_weekday(extract: Callable[..., dict], text: str, person: str) -> None:
    people = entity_names(extract(text), "person")
    assert person in people
    assert not any(p.endswith(("Samedi", "Lundi", "Vendredi")) for p in people)


@pytest.mark.parametrize(("text", "person"), [
    ("Nous avons rencontré Mamadou Lamine Sakho samedi à la mairie de Fontvrelle.", "Mamadou Lamine Sakho"),
    ("Nous avons rencontré Ousmane Lamine Camara dimanche au marché.", "Ousmane Lamine Camara"),
])
def test_the_surname_left_after_a_given_name(extract: Callable[..., dict], text: str, person: str) -> None:
    assert person in entity_names(extract(text), "person")


@pytest.mark.parametrize(("text", "person", "body"), [
    ("La déléguée de la CGT Tran Thi Lan a dénoncé les suppressions de postes.", "Tran Thi Lan", "CGT"),
    ("L'entraîneur du FC Brévillers Nguyen Van Khoa est satisfait de ses joueurs.", "Nguyen Van Khoa",
     "FC Brévillers"),
    ("Le délégué de la CFDT Park Min-seo a quitté la réunion.", "Park Min-seo", "CFDT"),
    ("Le patron de Stellavia Kim Seo-jun a visité l'usine de Vaudrecourt.", "Kim Seo-jun", "Stellavia"),
])
def test_a_family_name_written_first_after_a_body(
        extract: Callable[..., dict], text: str, person: str, body: str) -> None:
    result = extract(text)
    assert person in entity_names(result, "person")
    assert body in entity_names(result, "organization")


@pytest.mark.parametrize(("text", "person", "other"), [
    # guards: a body named after a person keeps the name; a surname that is a day's name,
    # a title with its day, a plain name and a day
    ("Le président de la Fondation Li Wei a remercié les généreux donateurs.", None, "Fondation Li Wei"),
    ("Paul Samedi a été élu maire de Vernouillet-sur-Orne.", "Paul Samedi", None),
    ("Nous avons croisé Paul Martolet samedi à la mairie.", "Paul Martolet", None),
    ("Les gendarmes ont interrogé Aminata Koulibaly lundi soir.", "Aminata Koulibaly", None),
    ("Le garde champêtre a vu Jean Moulinard Vendredi à Brévillers.", "Jean Moulinard", None),
    ("L'association a invité Mamadou Lamine Tounkara mardi pour une conférence.",
     "Mamadou Lamine Tounkara", None),
    ("Le Journal du Dimanche a publié une longue enquête sur Hélène Brossard.", "Hélène Brossard",
     "Journal du Dimanche"),
])
def test_guards_whole_names(extract: Callable[..., dict], text: str, person: str | None,
                            other: str | None) -> None:
    result = extract(text)
    if person:
        assert person in entity_names(result, "person")
    if other:
        assert other in entity_names(result, "organization")
