"""Roles, round 4 of issue 12: constructions read on text nobody tuned on (HIPE, the Sequoia
corpus texts), in sentences written for these tests. Each row gives the (person, role, of)
that must be read, `of` matched on its folded name (None: not checked); the role must be
exactly the one given (a party label is no part of it)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from test_roles import assert_roles, roles_of

# a party label or a political leaning between a title and its complement or name is read
# over and left out of the role, as a nationality adjective is
PARTY_LABELS = [
    ("Hier, le maire communiste de Vénissieux, André Gerin, a signé un arrêté contre les expulsions.",
     [("André Gerin", "maire", "Vénissieux")]),
    ("Le juge a entendu le conseiller général RPR des Vosges Didier Laroche mardi matin.",
     [("Didier Laroche", "conseiller général", "Vosges")]),
    ("Les policiers sont allés jusqu'au maire UDF de la ville de Metz, Jean-Marie Rausch, en juin.",
     [("Jean-Marie Rausch", "maire", None)]),
    ("Le député (PS) de la Meuse, Jean-Louis Dumont, votera contre le texte.",
     [("Jean-Louis Dumont", "député", "Meuse")]),
    ("Jacques Barrot, le président centriste du conseil général de la Haute-Loire, a présenté le budget.",
     [("Jacques Barrot", "président", "conseil général de la Haute-Loire")]),
    ("Michel Perrin, président PS du conseil général, a inauguré le collège de Lunéville.",
     [("Michel Perrin", "président", "conseil général")]),
    ("Le premier ministre de droite Jean Ferrand a reçu les syndicats à Matignon.",
     [("Jean Ferrand", "premier ministre", None)]),
    ("Selon l'ex-ministre socialiste de la Défense Alain Richard, le contrat était connu.",
     [("Alain Richard", "ex-ministre de la défense", None)]),
]


@pytest.mark.parametrize(("text", "expected"), PARTY_LABELS, ids=[c[0][:40] for c in PARTY_LABELS])
def test_party_label_is_no_part_of_the_role(extract: Callable[..., dict], text: str,
                                            expected: list[tuple[str, str, str | None]]) -> None:
    got = roles_of(extract(text))
    assert_roles(got, expected)
    for person, _, _ in expected:  # and no second role with the label in it
        assert all(g[1] in {e[1] for e in expected} for g in got if g[0] == person), got


# a name right after a government, a kinship word or another title inside the complement is
# that noun's: the title before it is somebody else's (or held for that person)
NAME_OF_THE_COMPLEMENT = [
    ("En 1994, Nicolas Dupré est alors le ministre du Budget du gouvernement Balladur.",
     [("Nicolas Dupré", "ministre du budget", None)], "Balladur", "ministre du budget"),
    ("La lettre fut remise au lieutenant Morel, secrétaire particulier du général Duval.",
     [("Morel", "lieutenant", None), ("Duval", "général", None)], "Duval", "secrétaire particulier"),
    ("L'ancien conseiller du président Jacques Chirac a publié ses mémoires.",
     [("Jacques Chirac", "président", None)], "Jacques Chirac", "ancien conseiller"),
]


@pytest.mark.parametrize(("text", "expected", "other", "not_theirs"), NAME_OF_THE_COMPLEMENT,
                         ids=[c[0][:40] for c in NAME_OF_THE_COMPLEMENT])
def test_name_after_a_complement_noun_is_no_holder(extract: Callable[..., dict], text: str,
                                                   expected: list[tuple[str, str, str | None]],
                                                   other: str, not_theirs: str) -> None:
    got = roles_of(extract(text))
    assert_roles(got, expected)
    assert not [g for g in got if g[0] == other and not_theirs in g[1]], got


# appositions the earlier rounds did not read
APPOSITIONS = [
    # "tous deux", "toutes deux" before a plural title after coordinated names
    ("Anne Roy et Julie Petit, toutes deux infirmières à l'hôpital de Remiremont, ont témoigné.",
     [("Anne Roy", "infirmière", None), ("Julie Petit", "infirmière", None)]),
    ("Pierre Vautrin et Marc Simon, tous deux diplomates, ont été libérés hier.",
     [("Pierre Vautrin", "diplomate", None), ("Marc Simon", "diplomate", None)]),
    # the age between the name and a title no lexicon knows
    ("Jules Perrin, 31 ans, horloger, originaire de Morteau, a été condamné.",
     [("Jules Perrin", "horloger", None)]),
    # a second complement with "pour" and a place before the comma
    ("Selon l'ancien directeur de Renault pour l'Europe, Paul Monnier, les ventes ont chuté.",
     [("Paul Monnier", "ancien directeur", "Renault")]),
    # "homme d'affaires", "femme d'affaires", with a nationality
    ("Le contrat a été négocié par Edmond Kwan, un homme d'affaires chinois.",
     [("Edmond Kwan", "homme d'affaires", None)]),
    ("La femme d'affaires Lily Chen a démenti toute commission.", [("Lily Chen", "femme d'affaires", None)]),
    # a complement without an article is the title's domain, even on a noun of bodies
    ("Les enfants ont répété avec Julie Lamblin, professeure de théâtre, tout le trimestre.",
     [("Julie Lamblin", "professeure de théâtre", None)]),
    ("Marc Henry, directeur d'usine pendant vingt ans, a raconté la fermeture.",
     [("Marc Henry", "directeur d'usine", None)]),
    # "chef" and a trade: one title
    ("Après trente ans chez Solvay, Gérard Collin a fini au poste de chef magasinier.",
     [("Gérard Collin", "chef magasinier", None)]),
    ("Le chef comptable Bernard Thiery a reconnu les faits.", [("Bernard Thiery", "chef comptable", None)]),
    # the body between commas after a title and its name is the title's office
    ("Selon le lieutenant Marc Gérard, de la brigade de Mirecourt, l'enquête avance.",
     [("Marc Gérard", "lieutenant", "brigade de Mirecourt")]),
    ("D'après le technicien Paul Hanus, de l'ONF, la forêt souffre de la sécheresse.",
     [("Paul Hanus", "technicien", "ONF")]),
    # an acronym after the title's preposition names an organization, tagged or not
    ("Georges Vautrin, ancien directeur de l'OPAC, a été entendu par le juge.",
     [("Georges Vautrin", "ancien directeur", "OPAC")]),
    # a role verb's participle opening the sentence: the agent holds the office of the subject
    ("Présidé par Jean Colas, le conseil municipal de Golbey a voté le budget hier soir.",
     [("Jean Colas", "président", "conseil municipal de Golbey")]),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITIONS, ids=[c[0][:40] for c in APPOSITIONS])
def test_appositions(extract: Callable[..., dict], text: str,
                     expected: list[tuple[str, str, str | None]]) -> None:
    assert_roles(roles_of(extract(text)), expected)


# one office under two names: the second name, without a person beside it, takes up the
# person who holds the office under the first, not another person named around
SAME_OFFICE = [
    ("Le premier ministre Paul Garnier est arrivé à Nancy avec Martine Leroy. Le chef du gouvernement a "
     "visité l'usine.", ("Paul Garnier", "chef du gouvernement"), "Martine Leroy"),
    ("Le maire Henri Thiébaut a reçu les élus. Michel Gaudel était présent. Le premier magistrat de la "
     "commune n'a pas caché le coût des travaux.", ("Henri Thiébaut", "premier magistrat"),
     "Michel Gaudel"),
    ("Claire Vidal, ministre des Affaires étrangères, est à Moscou avec Jean Morin. Le chef de la "
     "diplomatie française rencontrera son homologue.", ("Claire Vidal", "chef de la diplomatie"),
     "Jean Morin"),
]


@pytest.mark.parametrize(("text", "expected", "other"), SAME_OFFICE, ids=[c[0][:40] for c in SAME_OFFICE])
def test_same_office_under_another_name(extract: Callable[..., dict], text: str, expected: tuple[str, str],
                                        other: str) -> None:
    got = roles_of(extract(text))
    assert_roles(got, [(expected[0], expected[1], None)])
    assert not [g for g in got if g[0] == other], got


# "élu" without its article is the noun when an assembly's adjective or a party label follows
ELECTED = [
    ("Hier soir, Jean Thomas, élu municipal de Golbey, a quitté la majorité.",
     [("Jean Thomas", "élu municipal", None)]),
    ("Marie Royer, élue écologiste de Lyon, a voté contre le budget.", [("Marie Royer", "élue", None)]),
]


@pytest.mark.parametrize(("text", "expected"), ELECTED, ids=[c[0][:40] for c in ELECTED])
def test_elected_noun(extract: Callable[..., dict], text: str,
                      expected: list[tuple[str, str, str | None]]) -> None:
    assert_roles(roles_of(extract(text)), expected)


# the participle, or a verb the tagger took for a noun after a name, is no title
NO_TITLE = [
    ("Jean Thomas, élu en 2001 à la tête du club, a démissionné hier.", "Jean Thomas"),
    ("L'amicale, que dirige depuis dix ans Anne Mougel, compte 40 membres.", "Anne Mougel"),
    ("Ont été élus : Gérard Hanus, président ; Odile Rémy, trésorière.", "Gérard Hanus"),
]


@pytest.mark.parametrize(("text", "person"), NO_TITLE, ids=[c[0][:40] for c in NO_TITLE])
def test_no_title_after_the_name(extract: Callable[..., dict], text: str, person: str) -> None:
    got = roles_of(extract(text))
    assert not [g for g in got if g[0] == person and g[1] in ("élu", "élus", "compte")], got
