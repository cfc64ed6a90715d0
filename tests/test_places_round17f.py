"""Known towns the model reads as people (issue 11, round 17f: generality audit).

A one-word name that the gazetteer knows as a town, which the model labels a person (or a
thing), where French names only a place: after the "de" of a verb of coming or leaving ("il
arrive de X", "il débarque de X"), of "en provenance", and after the "de" of a title, with
its adjectives ("le maire sortant de X", "le conseiller général sortant de X"), a headline
line included ("L'instituteur de X"). The document decides against it when it gives the word
as a person's name (in a full name, after "M." or a title). Sentences written for this
audit, names invented.
"""

from collections.abc import Callable

import pytest

from conftest import entity_names as _names


# ---------------------------------------------------------------- "il arrive de X"
@pytest.mark.parametrize(("text", "town"), [
    ("Il arrive de Metz.", "Metz"),
    ("Il arrive de Ludres.", "Ludres"),
    ("Il arrive de Darney.", "Darney"),
    ("Il débarque de Gerbéviller avec ses valises.", "Gerbéviller"),
    ("Il débarque de Metz avec ses valises.", "Metz"),
    ("Le train en provenance de Metz est arrivé avec une heure de retard.", "Metz"),
])
def test_a_town_after_a_verb_or_noun_of_origin(extract: Callable[..., dict], text: str, town: str) -> None:
    result = extract(text)
    assert town in _names(result, "place")
    assert town not in _names(result, "person")


# ---------------------------------------------------------------- "le maire sortant de X"
@pytest.mark.parametrize(("text", "town"), [
    ("Le maire sortant de Ludres se représente. Gérald Vauthrin brigue un troisième mandat.", "Ludres"),
    ("Le curé sortant de Gerbéviller quitte la paroisse.", "Gerbéviller"),
    ("Le conseiller général sortant de Darney se retire.", "Darney"),
    ("La conseillère sortante de Darney ne se représentera pas en mars.", "Darney"),
    ("Le pâtissier de Montmédy\nRoland Picquet a remporté le concours régional.", "Montmédy"),
    ("L'instituteur de Fénétrange\nPaul Wendlock quitte l'école.", "Fénétrange"),
    ("La boulangère de Darney\nSylvie Kornmann fête ses trente ans de métier.", "Darney"),
    ("Le facteur de Gerbéviller, Marc Ollivry, a été décoré.", "Gerbéviller"),
    ("Le garagiste de Ludres a été cambriolé.", "Ludres"),
])
def test_a_town_after_a_title(extract: Callable[..., dict], text: str, town: str) -> None:
    result = extract(text)
    assert town in _names(result, "place")
    assert town not in _names(result, "person")


# ---------------------------------------------------------------- pitfalls: people
@pytest.mark.parametrize(("text", "person", "word"), [
    # the document names the person in full or with a civility: the surname stays a person
    ("Serge Liverdun, le maire, a reçu les élus. L'adjoint de Liverdun a pris la parole ensuite.",
     "Serge Liverdun", "Liverdun"),
    ("Lucien Spincourt comparaissait mardi. L'avocat de Spincourt a plaidé la relaxe.",
     "Lucien Spincourt", "Spincourt"),
    ("M. Albestroff a présidé l'assemblée générale. La fille de M. Albestroff était présente.",
     "Albestroff", "Albestroff"),
    ("Hervé Kalhausen dirige la chorale. Le successeur de Kalhausen sera désigné en juin.",
     "Hervé Kalhausen", "Kalhausen"),
    ("Maurice Ludres, ancien maire, est décédé. La veuve de Ludres a reçu de nombreux témoignages.",
     "Maurice Ludres", "Ludres"),
    ("Claire Darney expose ses aquarelles. Les toiles de Darney sont visibles jusqu'à dimanche.",
     "Claire Darney", "Darney"),
    ("Le général de Gaulle a visité la ville en 1959.", "de Gaulle", "Gaulle"),
    # a title of nobility or a cardinal's: the "de" names the person
    ("La révolte fut matée par le cardinal de Ludres en 1628. Un procès fut ouvert sur la demande "
     "de Ludres.", "Ludres", "Ludres"),
    ("La révolte fut matée par le cardinal de Fénétrange en 1628. Un procès fut ouvert sur la demande "
     "de Fénétrange.", "Fénétrange", "Fénétrange"),
])
def test_a_surname_that_is_a_town_stays_a_person(extract: Callable[..., dict], text: str, person: str,
                                                 word: str) -> None:
    result = extract(text)
    assert person in _names(result, "person")
    assert word not in _names(result, "place")


@pytest.mark.parametrize(("text", "word"), [
    # a firm named by the town's word elsewhere in the document: no place
    ("Le groupe Darney-Industries a vendu des frégates. L'ancien directeur de Darney pour l'Asie a témoigné.",
     "Darney"),
])
def test_a_word_of_a_body_named_in_the_document_is_no_place(extract: Callable[..., dict], text: str,
                                                             word: str) -> None:
    assert word not in _names(extract(text), "place")


@pytest.mark.parametrize(("text", "word"), [
    # a title whose complement is mostly a firm or a club: a bare town word there is no place
    ("Le président de Darney a démissionné après la défaite.", "Darney"),
    ("L'ancien directeur juridique de Ludres mis en examen", "Ludres"),
])
def test_a_firm_title_keeps_its_complement(extract: Callable[..., dict], text: str, word: str) -> None:
    assert word not in _names(extract(text), "place")
