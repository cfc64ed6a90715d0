"""Organizations: where a name ends (round 21d).

Classes found with a grid of invented firms, schools and associations (kinds x names x towns
x sentence places) and the working dev errors:
- a firm's or a university's name that is whole after its kind ("la firme Pixels Unis",
  "l'université La Fontanella", "la firme Korvalis") ends before a closing "de" and a town:
  the town says where it is and is a place of its own; a one-word common noun, place or
  demonym keeps its town ("la société Électricité de X"), and so do bands and clubs;
- an association's phrase name ("Ardennes en Scène") runs on over "en" when the model read
  its first word as a place (a region's name), and stops before "à"/"en" and a town or
  region that closes it ("l'association Alsace Nature à Strasbourg": where it is);
- "X et Compagnie", "X et Filles", "X et Partenaires" close a firm's name like "et Fils".
"""

from collections.abc import Callable

import pytest


def _types(extract: Callable[..., dict], text: str) -> dict[str, str]:
    result = extract("date 2011-09-22\n" + text)
    return {e["name"]: e["type"] for e in result["entities"]}


@pytest.mark.parametrize(("text", "body", "town"), [
    ("C'est la firme Pixels Unis de Besançon qui a conçu le décor de la pièce.", "Pixels Unis", "Besançon"),
    ("Le chantier a été confié à la société Terres Vives de Besançon, spécialisée dans les haies.",
     "Terres Vives", "Besançon"),
    ("Jeanne Morvan, chercheuse à l'université La Fontanella de Milan, doute de ces chiffres.",
     "université La Fontanella", "Milan"),
    ("Le laboratoire Biotech Santé de Besançon a breveté une molécule.", "Biotech Santé", "Besançon"),
    ("La firme Korvalis de Besançon a fermé son atelier de découpe.", "Korvalis", "Besançon"),
    # (already right before round 21d: the model split them itself)
    ("Le groupe Vandrel de Laval a racheté la fromagerie du village.", "Vandrel", "Laval"),
    ("Luc Barrot travaille pour le cabinet Morel Conseil de Metz depuis mai.", "Morel Conseil", "Metz"),
])
def test_a_whole_name_ends_before_its_town(extract: Callable[..., dict], text: str, body: str,
                                           town: str) -> None:
    types = _types(extract, text)
    assert types.get(body) == "organization", types
    assert types.get(town) == "place", types


@pytest.mark.parametrize(("text", "body"), [
    # guards: a common noun, a band, a club or a plural name on "Les" keep their town
    ("L'entreprise Électricité de Strasbourg embauche des techniciens.", "Électricité de Strasbourg"),
    ("La chorale Saint-Nabor de Mévaux chantera pour la Toussaint.", "chorale Saint-Nabor de Mévaux"),
    ("Samedi soir, le Racing Club de Strasbourg a battu son voisin.", "Racing Club de Strasbourg"),
    ("Elle enseigne le droit à l'université de Lorraine depuis 2010.", "université de Lorraine"),
    ("La société Lorraine de Nancy a fermé ses portes.", "Lorraine de Nancy"),
])
def test_a_name_made_with_its_town_stays_whole(extract: Callable[..., dict], text: str, body: str) -> None:
    types = _types(extract, text)
    assert types.get(body) == "organization", types


@pytest.mark.parametrize(("text", "body"), [
    ("Une centaine de bénévoles, encadrés par l'association Ardennes en Scène, ont tenu les buvettes.",
     "Ardennes en Scène"),
    ("Soixante marcheurs, guidés par l'association Morvan en Fête, ont rejoint le lac.", "Morvan en Fête"),
    ("L'association Vallée en Fête à Strasbourg a porté plainte contre X.", "Vallée en Fête"),
    ("L'association Culture et Loisirs à Épinal compte deux cents adhérents.", "Culture et Loisirs"),
    ("L'association Alsace Nature à Strasbourg a porté plainte contre X.", "Alsace Nature"),
    ("L'association Rando en Vosges organise une sortie dimanche.", "Rando en Vosges"),
    # guards: already right; a slogan keeps its town, a phrase name its words
    ("L'association Bien Vivre à Gérardmer organise une fête de quartier.", "Bien Vivre à Gérardmer"),
    ("Le collectif Saulxures en Colère dénonce la fermeture de la classe.", "Saulxures en Colère"),
])
def test_a_phrase_name_of_an_association(extract: Callable[..., dict], text: str, body: str) -> None:
    types = _types(extract, text)
    assert types.get(body) == "organization", types


@pytest.mark.parametrize(("text", "firm"), [
    ("L'entreprise Colin et Compagnie a livré les meubles de la mairie.", "Colin et Compagnie"),
    ("Le matériel a été livré lundi par les Transports Perrin et Filles.", "Transports Perrin et Filles"),
    # guard: already right before round 21d
    ("La société Perrin et Fils a livré le matériel lundi.", "Perrin et Fils"),
])
def test_a_family_firm_tail(extract: Callable[..., dict], text: str, firm: str) -> None:
    types = _types(extract, text)
    assert types.get(firm) == "organization", types


def test_a_man_and_company_stays_a_man(extract: Callable[..., dict]) -> None:
    types = _types(extract, "Jean Colin et Compagnie sont arrivés hier soir.")
    assert types.get("Jean Colin") == "person", types
