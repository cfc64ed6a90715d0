"""Roles and their `of` by class of French construction (issue 12, round 13w: generality audit).

Each table holds sentences written for this audit, with invented names, one construction per
table: a municipal deputy ("premier adjoint", "adjointe") coordinated with a title of another
body, which does not share that body; an elected officer's portfolio ("vice-présidente chargée
des transports", "conseiller délégué à l'habitat"), which names a field, not the body the
officer sits in; a school's staff ("le principal", "professeure d'anglais") with no body in the
title, held in the one school named beside them. The pitfall tables hold what must not change:
a wrong `of` is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import held_of as _held
from conftest import role_triples as _roles


# ---------------------------------------------------------------- a municipal deputy and another body
@pytest.mark.parametrize(("text", "person", "title", "of"), [
    ("Le conseil municipal de Thiers s'est réuni. Jacques Brunol, deuxième adjoint et président du comité "
     "des fêtes, a présenté le programme.", "Jacques Brunol", "deuxième adjoint", "Thiers"),
    ("À Issoire, Bernard Fumel, adjoint et trésorier du club de pétanque, a organisé le concours.",
     "Bernard Fumel", "adjoint", "Issoire"),
    ("Lors de la cérémonie à Gannat, Yvette Caral, troisième adjointe et secrétaire de l'Union nationale des "
     "combattants, avait déposé une gerbe.", "Yvette Caral", "troisième adjointe", "Gannat"),
])
def test_a_municipal_deputy_is_held_in_the_commune(extract: Callable[..., dict], text: str, person: str,
                                                  title: str, of: str) -> None:
    assert _held(_roles(extract(text)), person, title) == [of]


@pytest.mark.parametrize(("text", "person", "title", "body"), [
    ("Jean-Louis Kesler, premier adjoint et président de l'Office public d'HLM de Saint-Amour, a inauguré "
     "les logements.", "Jean-Louis Kesler", "premier adjoint", "Office public d'HLM de Saint-Amour"),
    ("Sylvie Perrat, adjointe et présidente de l'association des donneurs de sang de Riom, a remercié les "
     "bénévoles.", "Sylvie Perrat", "adjointe", "association des donneurs de sang de Riom"),
])
def test_a_municipal_deputy_takes_no_body_of_the_next_title(extract: Callable[..., dict], text: str,
                                                            person: str, title: str, body: str) -> None:
    held = _held(_roles(extract(text)), person, title)
    assert held and body not in held  # the commune is only inside the body's name: none is fine


@pytest.mark.parametrize(("text", "person", "title", "of"), [
    # two titles of one body share it
    ("Paul Dorvieux, président et directeur général de la société Bretel, a signé.", "Paul Dorvieux",
     "président", "Bretel"),
    ("Alain Berthaudin, secrétaire et trésorier de l'amicale des pompiers de Volvic, a ouvert la séance.",
     "Alain Berthaudin", "secrétaire", "amicale des pompiers de Volvic"),
    # an association's deputy is named by the title it seconds
    ("Maurice Plantade, secrétaire adjoint et trésorier du comité des fêtes de Lezoux, a tenu la buvette.",
     "Maurice Plantade", "secrétaire adjoint", "comité des fêtes de Lezoux"),
    # a mayor keeps the commune, the second title its own body
    ("À Riom, Sylvie Perrat, maire et présidente du syndicat des eaux, a signé.", "Sylvie Perrat",
     "maire", "Riom"),
    ("À Riom, Sylvie Perrat, maire et présidente du syndicat des eaux, a signé.", "Sylvie Perrat",
     "présidente", "syndicat des eaux"),
    ("À Vals-les-Bains, Hélène Morge, première adjointe et vice-présidente de la communauté de communes, a "
     "accueilli le ministre.", "Hélène Morge", "première adjointe", "Vals-les-Bains"),
])
def test_coordinated_titles_pitfalls(extract: Callable[..., dict], text: str, person: str, title: str,
                                     of: str) -> None:
    assert of in _held(_roles(extract(text)), person, title)


# ---------------------------------------------------------------- a portfolio is no body
@pytest.mark.parametrize(("text", "person", "body"), [
    ("Au conseil de la métropole, Paule Drancy, vice-présidente chargée des transports, a présenté le "
     "contrat avec la Compagnie des transports urbains de Vichy.", "Paule Drancy",
     "Compagnie des transports urbains de Vichy"),
    ("Au conseil de la métropole, Paule Drancy, vice-présidente chargée des transports, a présenté le "
     "contrat avec la société Keolor.", "Paule Drancy", "Keolor"),
    ("Lors du conseil communautaire, Hugues Ferlandin, vice-président délégué à l'habitat, a défendu le "
     "projet de l'Office départemental de l'habitat.", "Hugues Ferlandin",
     "Office départemental de l'habitat"),
    ("Le conseil de l'agglomération votera lundi. Rémi Chastel, vice-président chargé du tourisme, "
     "présentera le bilan de l'Office de tourisme du Livradois.", "Rémi Chastel",
     "Office de tourisme du Livradois"),
    # already right: no body named before, or a field the body's name does not hold
    ("Didier Morand, conseiller délégué aux sports, a remis un chèque au Club des sports de Gerzat.",
     "Didier Morand", "Club des sports de Gerzat"),
    ("Au conseil départemental, Joëlle Vinay, vice-présidente chargée de l'éducation, a visité l'Institut "
     "de l'éducation motrice de Moulins.", "Joëlle Vinay", "Institut de l'éducation motrice de Moulins"),
])
def test_a_portfolio_names_no_body(extract: Callable[..., dict], text: str, person: str, body: str) -> None:
    held = [of for p, r, of in _roles(extract(text)) if p == person]
    assert held and body not in held


@pytest.mark.parametrize(("text", "person", "of"), [
    ("Les élus de Vézère Agglomération ont adopté le plan vélo lundi. « Un grand pas », a salué Martine "
     "Goujard, vice-présidente chargée des mobilités. La Compagnie des mobilités de Brive exploitera le "
     "service.", "Martine Goujard", "Vézère Agglomération"),
    ("Les conseillers de la communauté de communes du Pays de Salers ont voté. « Nous tenons parole », a dit "
     "Bruno Lestang, vice-président chargé du tourisme. L'Office de tourisme de Salers gérera les gîtes.",
     "Bruno Lestang", "communauté de communes du Pays de Salers"),
])
def test_a_portfolio_is_held_in_the_one_assembly(extract: Callable[..., dict], text: str, person: str,
                                                 of: str) -> None:
    assert [o for p, r, o in _roles(extract(text)) if p == person] == [of]


@pytest.mark.parametrize(("text", "person", "of"), [
    ("La communauté de communes du Val d'Allier a voté le budget. Paule Drancy, vice-présidente chargée "
     "des transports, a présenté le contrat avec la Compagnie des transports urbains de Vichy.",
     "Paule Drancy", "communauté de communes du Val d'Allier"),
    ("La communauté de communes du Haut-Livradois signe avec l'Agence de l'eau Loire-Bretagne. Marcel "
     "Toussel, vice-président chargé de l'environnement, salue l'accord.", "Marcel Toussel",
     "communauté de communes du Haut-Livradois"),
    # a firm's vice-president: its organ is no assembly
    ("Chez Trelac, Louis Verdan, vice-président chargé des ventes, a présenté les résultats.",
     "Louis Verdan", "Trelac"),
    ("Au conseil d'administration, Louis Verdan, vice-président chargé des finances, a présenté les "
     "comptes de la société Trelac.", "Louis Verdan", "Trelac"),
    ("Au conseil municipal de Riom, Agnès Pélard, adjointe chargée de la culture, a annoncé la saison du "
     "Théâtre de la culture.", "Agnès Pélard", "Riom"),
    # a municipal portfolio: the commune, not the communauté the story names
    ("La communauté de communes du Pays de Salers a voté le budget. À Mauriac, Simone Pradal, adjointe "
     "chargée des écoles, s'est abstenue.", "Simone Pradal", "Mauriac"),
    ("Le conseil départemental du Cantal a voté le budget jeudi. Hervé Lagarrigue, vice-président délégué "
     "aux routes, a détaillé les chantiers de l'entreprise Colas-Routes du Cantal.", "Hervé Lagarrigue",
     "conseil départemental du Cantal"),
])
def test_a_portfolio_pitfalls(extract: Callable[..., dict], text: str, person: str, of: str) -> None:
    assert of in [o for p, r, o in _roles(extract(text)) if p == person]


# ---------------------------------------------------------------- a school's staff
_LEAD = ("Les élèves du collège Émile-Coutard ont reçu leurs correspondants de l'Union des jumelages de "
         "Cordoue. Le principal, Hervé Marsal, et Claire Bidault, professeur d'espagnol, ont préparé "
         "le séjour.")
_JUBILEE = ("Le collège Lucie-Aubrac a fêté ses cinquante ans. Anne Coly, enseignante, et l'institutrice "
            "Paule Vey ont ouvert le bal.")


@pytest.mark.parametrize(("text", "person", "title", "of"), [
    (_LEAD, "Hervé Marsal", "principal", "collège Émile-Coutard"),
    (_LEAD, "Claire Bidault", "professeur d'espagnol", "collège Émile-Coutard"),
    ("Le lycée Blaise-Pascal a reçu le prix. Marc Tavel, professeur de physique, a encadré les élèves.",
     "Marc Tavel", "professeur de physique", "lycée Blaise-Pascal"),
    (_JUBILEE, "Anne Coly", "enseignante", "collège Lucie-Aubrac"),
    (_JUBILEE, "Paule Vey", "institutrice", "collège Lucie-Aubrac"),
    ("La directrice d'école, Sandrine Teyssot, a accueilli les parents à l'école Marie-Curie.",
     "Sandrine Teyssot", "directrice d'école", "école Marie-Curie"),
    ("Le groupe scolaire Pasteur a ouvert une classe. Nadine Sorel, professeure des écoles, y enseignera.",
     "Nadine Sorel", "professeure des écoles", "groupe scolaire Pasteur"),
])
def test_school_staff_in_the_one_school(extract: Callable[..., dict], text: str, person: str, title: str,
                                        of: str) -> None:
    assert _held(_roles(extract(text)), person, title) == [of]


@pytest.mark.parametrize(("text", "person", "title", "of"), [
    # a teacher of no school subject
    ("Le collège Georges-Sand a fêté ses cinquante ans. Lucien Martignol, professeur de tennis, a animé un "
     "tournoi.", "Lucien Martignol", "professeur de tennis", None),
    # two schools: neither
    ("Les écoliers de l'école Jules-Ferry et du collège Voltaire ont chanté. L'institutrice, Paule Vey, a "
     "dirigé le chœur.", "Paule Vey", "institutrice", None),
    # a complement of its own
    ("Le lycée Blaise-Pascal a reçu le prix. Marc Tavel, professeur à l'université de Clermont, a remis les "
     "diplômes.", "Marc Tavel", "professeur", "université de Clermont"),
    # "le professeur X": a physician's or a scholar's honorific, no school's teacher
    ("Le lycée Blaise-Pascal a accueilli une conférence. Le professeur Yves Morlan, cancérologue, a parlé "
     "du tabac.", "Yves Morlan", "professeur", None),
    # no school: never another body
    ("Le principal, Hervé Marsal, a reçu l'Union des jumelages de Cordoue.", "Hervé Marsal",
     "principal", None),
])
def test_school_staff_pitfalls(extract: Callable[..., dict], text: str, person: str, title: str,
                               of: str | None) -> None:
    assert _held(_roles(extract(text)), person, title) == [of]


def test_a_school_of_a_trade_is_no_school() -> None:
    from factx.resolve.roles import _school
    from factx.types import Entity

    def org(name: str) -> Entity:
        return Entity(id="o1", type="organization", name=name, mentions=[], attrs={})

    assert _school(org("collège Lucie-Aubrac"))
    assert _school(org("école maternelle des Glycines"))
    assert not _school(org("école de musique de Riom"))
    assert not _school(org("école d'infirmières"))
