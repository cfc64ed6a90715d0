"""People: given names of both genders, families named in the plural, a surname with its lone
particle (round 15l: generality audit).

Each table holds sentences written for this audit, with invented names, one class per table:
a given name of both sexes ("Claude", "Dominique", "Camille", "Charlie") is a given name for the
rules that only ask that (their gender stays unknown); a family written in the plural ("les
Ravenet sont éleveurs", "les jumelles Ravenet") is no place; a surname whose particle stands
alone ("l'avis de de Vassal", "selon de Vassal") keeps it and is a person. The pitfall tables
hold what must not change: a wrong answer is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names as _names


# ---------------------------------------------------------------- given names of both sexes
@pytest.mark.parametrize(("text", "person"), [
    ("Camille et Dominique ont rejoint l'équipe des bénévoles du comité.", "Dominique"),
    ("Au micro, Claude et Manon ont présenté le spectacle de fin d'année.", "Manon"),
    ("Sur scène, Dominique et Lucas ont joué une pièce de Molière.", "Dominique"),
    ("Le petit Charlie, 8 ans, a gagné le concours de dessin de l'école.", "Charlie"),
    ("La petite Camille, 6 ans, a soufflé ses bougies à la crèche.", "Camille"),
])
def test_a_given_name_of_both_sexes_is_a_given_name(extract: Callable[..., dict], text: str,
                                                     person: str) -> None:
    assert person in _names(extract(text), "person")


def test_a_given_name_of_both_sexes_says_no_gender() -> None:
    from factx.resolve.names import given_name_gender, is_given_name

    for name in ("Claude", "Dominique", "Camille", "Charlie", "Michèle", "Andrea"):
        assert is_given_name(name)
        assert given_name_gender(f"{name} Verhasselt") is None
    assert given_name_gender("Bernard Verhasselt") == "m"
    assert given_name_gender("Léa Verhasselt") == "f"
    # names of both sexes abroad that are surnames or places in French news stay out
    for word in ("Cruz", "Kim", "Marin", "Trinidad", "Vega"):
        assert not is_given_name(word)


@pytest.mark.parametrize(("text", "person"), [
    # full names opening on such a given name were read before and still are
    ("Claude Verhasselt, adjoint aux finances, a présenté le budget lundi soir.", "Claude Verhasselt"),
    ("La soprano Dominique Ravanelle chantera samedi à l'église.", "Dominique Ravanelle"),
    ("Camille Trouvenot a remporté le tournoi de tennis du club.", "Camille Trouvenot"),
    ("Le roman de Claude K. Tavernaud sort en septembre.", "Claude K. Tavernaud"),
])
def test_full_names_on_a_given_name_of_both_sexes_stay(extract: Callable[..., dict], text: str,
                                                       person: str) -> None:
    assert person in _names(extract(text), "person")


# ---------------------------------------------------------------- a family in the plural
@pytest.mark.parametrize(("text", "family"), [
    ("Les Larbouillet sont agriculteurs depuis trois générations à Charmes.", "Larbouillet"),
    ("À Mirecourt, les Gaudrimont élèvent des chèvres depuis vingt ans.", "Gaudrimont"),
    ("Les jumelles Castelbrune ont décroché leur bac avec mention très bien.", "Castelbrune"),
    ("Les jumeaux Ferrandou ont été sacrés champions de Lorraine de judo.", "Ferrandou"),
    ("Les cousines Belmontet tiennent l'épicerie de la place depuis 2019.", "Belmontet"),
])
def test_a_family_in_the_plural_is_no_place(extract: Callable[..., dict], text: str, family: str) -> None:
    result = extract(text)
    assert family not in _names(result, "place")
    assert family not in _names(result, "person")


@pytest.mark.parametrize(("text", "place"), [
    # a plural place name takes its -s or -x; a known place stays whatever precedes it
    ("Les randonneurs ont traversé les Vosges en trois jours.", "Vosges"),
    ("Ils passeront l'hiver dans les Landes, près de la côte.", "Landes"),
    ("Le ferry dessert les Baléares deux fois par semaine.", "Baléares"),
    ("Ils ont randonné dans les Pyrénées cet été.", "Pyrénées"),
])
def test_plural_place_names_stay_places(extract: Callable[..., dict], text: str, place: str) -> None:
    assert place in _names(extract(text), "place")


@pytest.mark.parametrize("text", [
    # an invariable plural place name after a word of place is no family
    "Le voilier a mouillé au large des Kerlévan samedi soir.",
    "Les plongeurs ont exploré les fonds près des Kerlévan.",
])
def test_an_island_group_after_a_word_of_place_is_no_family(extract: Callable[..., dict], text: str) -> None:
    assert "Kerlévan" not in _names(extract(text), "misc")


# ---------------------------------------------------------------- a surname's lone particle
@pytest.mark.parametrize(("text", "person"), [
    ("Il a souligné l'intérêt de de Villebrune pour la réforme des retraites.", "de Villebrune"),
    ("Selon de Villebrune, la réforme est nécessaire et urgente.", "de Villebrune"),
    ("Le discours de de Montferrand a été longuement applaudi au Sénat.", "de Montferrand"),
    ("Le retour de de Marcillac au gouvernement surprend les députés.", "de Marcillac"),
    ("Selon de Rocheval, l'accord sera signé avant l'été.", "de Rocheval"),
])
def test_a_lone_particle_stays_with_its_surname(extract: Callable[..., dict], text: str,
                                                person: str) -> None:
    result = extract(text)
    assert person in _names(result, "person")
    assert person.removeprefix("de ") not in _names(result, "place")


@pytest.mark.parametrize(("text", "name", "kind"), [
    # one "de" before a town is a preposition; a full name keeps its given name
    ("Le maire de Montferrand a présenté ses vœux aux habitants.", "Montferrand", "place"),
    ("Xavier de Villebrune est arrivé lundi. Selon de Villebrune, tout va bien.", "Xavier de Villebrune",
     "person"),
    ("Selon Vautrinel, la réforme est nécessaire.", "Vautrinel", "person"),
    # a doubled "de" before a country is a typo
    ("La délégation de de Belgique est arrivée mardi à Genève.", "Belgique", "place"),
    ("Le président de la Chambre, Paul de Vautrinel, a ouvert la séance.", "Paul de Vautrinel", "person"),
])
def test_one_de_before_a_name_stays(extract: Callable[..., dict], text: str, name: str, kind: str) -> None:
    assert name in _names(extract(text), kind)
