"""The `of` of a title held in a unit inside a named body (round 19b).

Sentences written for this audit, with invented names. French news names a post by the unit
it runs inside a body, then the body: "directrice du département des cartes de la
Bibliothèque X", "chercheur au laboratoire de chimie de l'université de Y", "président du
collège de l'Autorité Z". The unit (département, service, laboratoire, collège, direction,
pôle, bureau, agence...: models/roles/titles.json unit_nouns) is no body of its own: the title
is held in the body named after it, as it already was after a local branch ("la section de
Vittel de l'Union ..."). A unit may cover two fields ("de géologie et d'hydrologie"). The
guard tables hold what must not change: a unit whose complement is a place or a person, a
named school, a département of France.
"""

from collections.abc import Callable

import pytest

from conftest import held_of as _held
from conftest import role_triples as _roles


# ------------------------------------------------- a unit's title is held in the body it belongs to
@pytest.mark.parametrize(("text", "person", "title", "of"), [
    # a board's college, the body given first by its acronym
    ("La Commission fédérale des pêches (CFP) publie son avis. « Il faut agir vite », a dit la "
     "présidente du collège de la CFP, Jeanne Dufrêne.", "Jeanne Dufrêne", "présidente",
     "Commission fédérale des pêches"),
    # a service of a body named by its acronym before
    ("L'Office régional des rivières (ORR) a compté les dégâts. Le directeur du service technique "
     "de l'ORR, Paul Rouyer, a réuni les maires.", "Paul Rouyer", "directeur",
     "Office régional des rivières"),
    # a unit of two fields, then the university
    ("Des géologues de l'Université de Valbrune ont daté la roche. « C'est une surprise », note "
     "Karl Odermatt, chercheur au département de géologie et d'hydrologie de l'Université de "
     "Valbrune.", "Karl Odermatt", "chercheur", "Université de Valbrune"),
    # a laboratory of a body named only here
    ("Pierre Lambotte, chercheur au laboratoire de botanique de l'Université de Marvelle, a "
     "identifié la plante.", "Pierre Lambotte", "chercheur", "Université de Marvelle"),
    # a regional directorate of a public body
    ("Sophie Marchal, directrice de la direction régionale de la Caisse d'allocations familiales, a "
     "présenté le bilan.", "Sophie Marchal", "directrice", "Caisse d'allocations familiales"),
    # the bureau of an association
    ("Le chef du bureau de l'Association des pêcheurs de Corvenne, Luc Didier, a répondu.",
     "Luc Didier", "chef", "Association des pêcheurs de Corvenne"),
])
def test_a_unit_title_is_held_in_its_body(extract: Callable[..., dict], text: str, person: str,
                                          title: str, of: str) -> None:
    assert _held(_roles(extract(text)), person, title) == [of]


# ------------------------------------------------- guards: what the unit rule must not change
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    # a French département is a place, not a unit of a body
    ("Le président du département des Vosges, Christian Poncelet, a inauguré le pont.",
     "Christian Poncelet", "président", "Vosges"),
    # a named school keeps its name
    ("La principale du collège Jules-Ferry de Sarvigny, Marie Colin, a accueilli les élèves.",
     "Marie Colin", "principale", "collège Jules-Ferry"),
    # a local branch still goes to the body it belongs to
    ("Le président de la section de Vittel de l'Union nationale des combattants, Jean Maire, a "
     "déposé une gerbe.", "Jean Maire", "président", "Union nationale des combattants"),
    # a school of a town is its own body
    ("Le directeur de l'école de musique de Vaubrange, Paul Hennequin, prépare le concert.",
     "Paul Hennequin", "directeur", "école de musique de Vaubrange"),
])
def test_guards(extract: Callable[..., dict], text: str, person: str, role: str, of: str) -> None:
    assert (person, role, of) in _roles(extract(text))


# ------------------------------------------------- a function whose kind is a bare complement
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    # "chef d'équipe": no team is named, the function is held in the story's one body
    ("Entré à la SNCF en 1980 comme ouvrier à Liverdange, il a ensuite conduit des trains. Chef "
     "d'équipe, Serge Aubry salue un collègue exemplaire.", "Serge Aubry", "chef d'équipe", "SNCF"),
    ("La Banque de Sarvigny recrute. Chef de projet, Luc Marveyre pilote le nouveau site.",
     "Luc Marveyre", "chef de projet", "Banque de Sarvigny"),
    # "responsable de magasin": a kind of post, not one shop the text leaves unnamed
    ("La boulangerie Marchal a ouvert une deuxième boutique à Corvenne. Responsable de magasin, "
     "Julie Perrin y accueille les clients.", "Julie Perrin", "responsable de magasin",
     "boulangerie Marchal"),
])
def test_a_bare_complement_names_no_body(extract: Callable[..., dict], text: str, person: str,
                                         role: str, of: str) -> None:
    assert (person, role, of) in _roles(extract(text))


# guards: a complement with its article names a body of its own, not the story's
@pytest.mark.parametrize(("text", "person", "title", "wrong"), [
    ("L'imprimerie Vosgelec tire le premier numéro. Le fondateur de la revue, Hubert Lanval, "
     "en est fier.", "Hubert Lanval", "fondateur", "Vosgelec"),
    ("La société Ferbois a vendu des grues à l'entreprise Darnel. La responsable du chantier, "
     "Julie Perrin, attend la livraison.", "Julie Perrin", "responsable", "Ferbois"),
])
def test_an_article_complement_keeps_its_own_body(extract: Callable[..., dict], text: str, person: str,
                                                  title: str, wrong: str) -> None:
    assert wrong not in _held(_roles(extract(text)), person, title)


# ------------------------------------------------- "Son président": the body the subject before names
@pytest.mark.parametrize(("text", "person", "title", "of"), [
    # the subject is a club named by its kind alone: its coach is no sponsor's
    ("Le club, fondé en 1920, compte 85 licenciés grâce à l'aide de la Caisse d'épargne. Son "
     "entraîneur, Paul Royer, est ravi.", "Paul Royer", "entraîneur", None),
    ("Le festival de la Moselotte a réuni 4 000 spectateurs samedi. L'association organisatrice, "
     "Vallée en Fête, qui compte 120 bénévoles, affiche un budget de 80 000 euros, aidé par la "
     "Région. Son président, Marc Thiébaut, parle d'une réussite.", "Marc Thiébaut", "président", None),
])
def test_a_possessive_owned_by_an_unnamed_body(extract: Callable[..., dict], text: str, person: str,
                                              title: str, of: str | None) -> None:
    assert _held(_roles(extract(text)), person, title) == [of]


# guards: a named subject, a passive's agent, a body named in apposition
@pytest.mark.parametrize(("text", "person", "role", "of"), [
    ("La grève est lancée par le Syndicat autonome des guichetiers (SAG), majoritaire dans les "
     "bureaux. « On nous prend pour des pions », accuse son secrétaire général, Yann Kerbrat.",
     "Yann Kerbrat", "secrétaire général", "Syndicat autonome des guichetiers"),
    ("La kermesse de Sarvigny a attiré 800 visiteurs. L'association organisatrice, Sarvigny "
     "Animations, forte de 40 bénévoles, annonce des recettes de 9 000 euros, financé par le Crédit "
     "mutuel et la Banque populaire. Son président, Marc Thiébaut, remercie les donateurs.",
     "Marc Thiébaut", "président", "Sarvigny Animations"),
    ("L'association Les Amis du Val d'Ornel a tenu hier son assemblée générale en présence de la "
     "Caisse d'épargne. Son président, Gérard Moulinot, a dressé le bilan.", "Gérard Moulinot",
     "président", "Les Amis du Val d'Ornel"),
])
def test_a_possessive_owned_by_a_named_body(extract: Callable[..., dict], text: str, person: str,
                                           role: str, of: str) -> None:
    assert (person, role, of) in _roles(extract(text))
