"""People by class of French construction (issue 11, round 14b: generality audit).

Each table holds sentences written for this audit, with invented names, one construction per
table: a person named by a title in lower case and a surname only ("au juge Varnedou", "le
sergent Lebrisseau"), which the model often reads as a place or takes the title into; a
military rank before a surname with its particle ("le général de Trévillac": the person "de
Trévillac", as GUIDELINE.md keeps the particle where written) or with its corps between ("le
colonel de gendarmerie Morvanec"); and the publisher of a reference line, named after its
founder ("- Paul Dorimond, Les Ombres, Robert Vallandre (2001)"), which is a firm. The
pitfall tables hold what must not change: a wrong person is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import mentions_by_name


def _people(result: dict) -> dict[str, set[str]]:
    return mentions_by_name(result, "person")


# ---------------------------------------------------------------- title + surname
@pytest.mark.parametrize(("text", "name"), [
    ("L'affaire a été confiée au juge Brissotel, qui instruit depuis mars.", "Brissotel"),
    ("Le commissaire Lavergnat a ouvert une enquête à Rennes.", "Lavergnat"),
    ("Le dossier a été transmis au procureur Malvezan.", "Malvezan"),
    ("La réunion avec l'inspectrice Gradolet a eu lieu hier soir.", "Gradolet"),
    ("Le capitaine Ordanoz et le sergent Lebrisseau ont été blessés près de Kidal.", "Lebrisseau"),
    ("Selon l'inspecteur Tavernec, la voiture roulait trop vite.", "Tavernec"),
])
def test_a_person_named_by_title_and_surname(extract: Callable[..., dict], text: str, name: str) -> None:
    people = _people(extract(text))
    assert name in people and people[name] == {name}


@pytest.mark.parametrize(("text", "name", "mention"), [
    ("Le général de Trévillac a démissionné après la défaite.", "de Trévillac", "de Trévillac"),
    ("La succession du colonel de Maubrescq est ouverte.", "de Maubrescq", "de Maubrescq"),
    ("Le colonel de gendarmerie Morvanec a reconnu les faits devant le tribunal.", "Morvanec", "Morvanec"),
    ("Le capitaine de corvette Aubignac a quitté Brest lundi.", "Aubignac", "Aubignac"),
    ("Le lieutenant de vaisseau Carradec a quitté Brest.", "Carradec", "Carradec"),
])
def test_a_rank_before_a_particle_or_its_corps(extract: Callable[..., dict], text: str, name: str,
                                               mention: str) -> None:
    people = _people(extract(text))
    assert name in people and mention in people[name]


@pytest.mark.parametrize(("text", "name"), [
    # already right before this round: they must stay so
    ("Les gendarmes ont entendu l'adjudant Kerbastard dans la matinée.", "Kerbastard"),
    ("L'amiral d'Orvanne commandait alors la flotte de Toulon.", "d'Orvanne"),
    ("Le juge Varnedou a ordonné une expertise.", "Varnedou"),
    ("Le député Assoumani a voté contre.", "Assoumani"),
])
def test_titled_people_already_found_stay(extract: Callable[..., dict], text: str, name: str) -> None:
    assert name in _people(extract(text))


@pytest.mark.parametrize(("text", "not_person"), [
    # a firm named by its trade
    ("Le constructeur Varlonge a licencié quarante salariés.", "Varlonge"),
    ("L'assureur Mutelia a relevé ses tarifs.", "Mutelia"),
    # a rank of a town, not a particle: "de" + a place
    ("Le maire de Nancy a parlé devant le conseil.", "Nancy"),
    ("Le capitaine de Lorient a marqué deux buts.", "Lorient"),
    # no rank: "de" is the preposition
    ("Le directeur de Thomson a démissionné.", "Thomson"),
])
def test_no_person_from_a_trade_or_a_place(extract: Callable[..., dict], text: str, not_person: str) -> None:
    people = _people(extract(text))
    assert not any(not_person in n for n in people)
    assert not any(n.startswith(("de ", "d'")) for n in people)


# ---------------------------------------------------------------- publisher of a reference
@pytest.mark.parametrize(("text", "publisher"), [
    ("- Paul Dorimond, La guerre des ombres, Robert Vallandre (4 mars 2001).", "Robert Vallandre"),
    ("- Paul Dorimond, La guerre des ombres, Albin Michel, Paris, 1999.", "Albin Michel"),
    ("- Lucie Carvenne, Les Années de plomb, Guy Marbeuf, 1987.", "Guy Marbeuf"),
    ("* Hélène Ostrowska, Mémoires du fleuve, Odile Jacob (janvier 2004)", "Odile Jacob"),
])
def test_a_publisher_in_a_reference_line(extract: Callable[..., dict], text: str, publisher: str) -> None:
    result = extract(text)
    people = _people(result)
    assert publisher not in people
    assert len(people) == 1  # the author stays


@pytest.mark.parametrize(("text", "names"), [
    # a list of people with a year: no work between
    ("Paul Dorimond, Lucie Carvenne, Marc Olivani, 1999 : trois élus sortants.",
     {"Paul Dorimond", "Lucie Carvenne", "Marc Olivani"}),
    ("Paul Dorimond, le maire, Lucie Carvenne (2004).", {"Paul Dorimond", "Lucie Carvenne"}),
    ("- Paul Dorimond, Lucie Carvenne et Marc Olivani (juin 2004).",
     {"Paul Dorimond", "Lucie Carvenne", "Marc Olivani"}),
    # no year after the name
    ("- Paul Dorimond, Les Ombres, préface de Lucie Carvenne.", {"Paul Dorimond", "Lucie Carvenne"}),
])
def test_people_in_a_line_with_a_year_stay(extract: Callable[..., dict], text: str, names: set[str]) -> None:
    assert set(_people(extract(text))) >= names


@pytest.mark.parametrize(("text", "body"), [
    # an acronym after a title is the holder's party or body, not his name
    ("Le conseil a entendu jusqu'au maire UDR de la ville, Paul Dorimond.", "UDR"),
    ("La sénatrice PRG Lucie Carvenne a voté contre.", "PRG"),
    # a name the text gives a body elsewhere
    ("Le groupe Tavernel SA a licencié. Selon le directeur Tavernel SA, le plan est prêt.", "Tavernel SA"),
])
def test_no_person_from_a_body_after_a_title(extract: Callable[..., dict], text: str, body: str) -> None:
    assert body not in _people(extract(text))
