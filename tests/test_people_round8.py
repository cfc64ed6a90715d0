"""People of wire news, round 8 (issue 11): one person per person named, and no person where
the text names a thing after someone. Each row is a sentence or a short story in our own
words; `people` is the whole set of person entities factx should give, name -> mentions."""

from collections.abc import Callable

import pytest


def _people(extract: Callable[..., dict], text: str) -> dict[str, set[str]]:
    return {e["name"]: {m["text"] for m in e["mentions"]} for e in extract(text)["entities"]
            if e["type"] == "person"}


# a headline that names an affair, a law or a trial after a person, with the capital a line
# start gives its noun: the noun is no part of the name, and the surname is the person's
THINGS = [
    ("Affaire Morvan : le juge ordonne un procès\n\nLe juge a renvoyé Pierre Morvan devant le "
     "tribunal.",
     {"Pierre Morvan": {"Pierre Morvan", "Morvan"}}),
    ("Loi Kervella : les maires inquiets\n\nLa sénatrice Anne Kervella défend son texte.",
     {"Anne Kervella": {"Anne Kervella", "Kervella"}}),
    # read as a body or a place, the same headline names the person the story names in full
    ("Procès Ferrand : le député se défend\n\nL'ancien député Richard Ferrand conteste toute "
     "faute.",
     {"Richard Ferrand": {"Richard Ferrand", "Ferrand"}}),
    # a person the noun of a thing does not open stays whole
    ("Hier, Paul Loiseau a présenté son plan aux élus.", {"Paul Loiseau": {"Paul Loiseau"}}),
]


@pytest.mark.parametrize(("text", "people"), THINGS, ids=[str(i) for i in range(len(THINGS))])
def test_thing_named_after_a_person(extract: Callable[..., dict], text: str,
                                    people: dict[str, set[str]]) -> None:
    assert _people(extract, text) == people


# the model cuts a name before a capitalized particle that opens the surname ("Le Roy", "De
# Smet"): the given name before it, with its civility, is the same person's name
PARTICLES = [
    ("Me Virginie Le Roy, avocate de la famille, a demandé un renvoi.",
     {"Virginie Le Roy": {"Me Virginie Le Roy"}}),
    ("Virginie Le Roy, avocate de la famille, a demandé un renvoi.",
     {"Virginie Le Roy": {"Virginie Le Roy"}}),
    ("Selon Anne De Smet, la négociation reprendra jeudi à Bruxelles.",
     {"Anne De Smet": {"Anne De Smet"}}),
    # no given name before it: the surname keeps its particle
    ("Le ministre a reçu Le Roy, le délégué syndical, mardi.", {"Le Roy": {"Le Roy"}}),
    ("Le Pen a dénoncé un texte injuste.", {"Le Pen": {"Le Pen"}}),
]


@pytest.mark.parametrize(("text", "people"), PARTICLES, ids=[str(i) for i in range(len(PARTICLES))])
def test_given_name_before_capital_particle(extract: Callable[..., dict], text: str,
                                            people: dict[str, set[str]]) -> None:
    assert _people(extract, text) == people


# "Marie et Pierre Curie": a given name coordinated with a full name shares its surname; a
# surname coordinated with a full name does not ("les juges Portelli et Philippe Vandingenen")
COORDINATED = [
    ("Le dossier a été confié aux juges Castaing et Philippe Morvan.",
     {"Castaing": {"Castaing"}, "Philippe Morvan": {"Philippe Morvan"}}),
    ("Les sœurs Claire et Juliette Bardot ont repris la ferme familiale.",
     {"Claire Bardot": {"Claire"}, "Juliette Bardot": {"Juliette Bardot"}}),
]


@pytest.mark.parametrize(("text", "people"), COORDINATED, ids=[str(i) for i in range(len(COORDINATED))])
def test_coordinated_names(extract: Callable[..., dict], text: str, people: dict[str, set[str]]) -> None:
    assert _people(extract, text) == people
