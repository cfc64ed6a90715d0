"""Where organization names begin and end (issue 11, round 12b: generality audit).

Each table holds sentences written for this audit, with invented names, one construction per
table: an organ named by its noun alone and its parent's acronym ("la Commission de
l'UEMOA"), a name whose complement is coordinated ("le Parti de la liberté et de la
justice"), a name that must not run on over a complement that says whose the body is or
what a title is for ("le ministère de l'Intérieur" + "du gouvernement de transition", "l'Union
européenne" + "pour les affaires étrangères"), and a body of a government named by its
domain after "à" ("le secrétariat d'État à l'Industrie"). The pitfall tables hold what must
not change: a wrong name is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import held_of, role_triples


def _names(result: dict, kind: str) -> set[str]:
    return {e["name"] for e in result["entities"] if e["type"] == kind}


# ------------------------------------------------ an organ and its parent's acronym
@pytest.mark.parametrize(("text", "body"), [
    ("Le président de la Commission de l'UEMOA, Boubacar Traoré, a salué l'accord.", "Commission de l'UEMOA"),
    ("La Commission de la SADC a condamné le coup de force.", "Commission de la SADC"),
    ("La présidente du Parlement de la CEMAC, Awa Diomandé, a ouvert la session à Malabo.",
     "Parlement de la CEMAC"),
    ("Le Conseil de l'OTAN se réunira jeudi à Bruxelles pour examiner la demande.", "Conseil de l'OTAN"),
    ("La Banque de l'UEMOA a relevé son taux directeur de 25 points.", "Banque de l'UEMOA"),
    ("L'Assemblée de la CEDEAO a adopté le budget lundi à Abuja.", "Assemblée de la CEDEAO"),
])
def test_an_organ_named_by_its_noun_and_its_parent_is_one_name(extract: Callable[..., dict], text: str,
                                                               body: str) -> None:
    names = _names(extract(text), "organization")
    assert body in names
    assert body.split()[0] not in names


@pytest.mark.parametrize(("text", "person", "title", "body"), [
    ("Le président de la Commission de l'UEMOA, Boubacar Traoré, a salué l'accord.",
     "Boubacar Traoré", "président", "Commission de l'UEMOA"),
    ("La présidente du Parlement de la CEMAC, Awa Diomandé, a ouvert la session à Malabo.",
     "Awa Diomandé", "présidente", "Parlement de la CEMAC"),
    ("Le porte-parole du Conseil de l'OTAN, Kofi Mensah, a démenti toute intervention.",
     "Kofi Mensah", "porte-parole", "Conseil de l'OTAN"),
])
def test_the_organ_is_the_body_of_the_role(extract: Callable[..., dict], text: str, person: str, title: str,
                                           body: str) -> None:
    assert body in held_of(role_triples(extract(text)), person, title)


@pytest.mark.parametrize(("text", "apart"), [
    ("Le président de la Commission, Jean Dufort, a salué l'accord de l'UE.", {"Commission", "UE"}),
    ("Le Conseil de sécurité de l'ONU se réunira lundi à New York.", {"Conseil de sécurité", "ONU"}),
    ("La Commission a rejeté mardi la demande de l'OTAN.", {"Commission", "OTAN"}),
])
def test_an_acronym_that_is_no_complement_of_the_organ_stays_apart(extract: Callable[..., dict], text: str,
                                                                  apart: set[str]) -> None:
    assert apart <= _names(extract(text), "organization")


# ------------------------------------------------------- a coordinated complement
@pytest.mark.parametrize(("text", "body"), [
    ("Le Parti de la liberté et de la justice conteste.", "Parti de la liberté et de la justice"),
    ("Le Parti de la liberté et de la justice conteste les résultats publiés à Ankara.",
     "Parti de la liberté et de la justice"),
    ("La Ligue pour la défense et la promotion des droits a porté plainte à Lomé.",
     "Ligue pour la défense et la promotion des droits"),
    ("Le Congrès pour la paix et le progrès boycotte le scrutin de dimanche.",
     "Congrès pour la paix et le progrès"),
    ("Le Parti du renouveau et de la concorde a remporté neuf sièges à Bangui.",
     "Parti du renouveau et de la concorde"),
])
def test_a_coordinated_complement_is_in_the_name(extract: Callable[..., dict], text: str, body: str) -> None:
    assert body in _names(extract(text), "organization")


@pytest.mark.parametrize(("text", "body"), [
    ("Le Parti de la justice et du développement a remporté trois sièges.",
     "Parti de la justice et du développement"),
    ("Elle a rejoint le Mouvement pour la justice et la paix en 2019.",
     "Mouvement pour la justice et la paix"),
    ("Le secrétaire général du Parti de l'unité et du progrès, Joseph Tembo, a démissionné.",
     "Parti de l'unité et du progrès"),
])
def test_names_the_model_already_reads_whole_stay_whole(extract: Callable[..., dict], text: str,
                                                        body: str) -> None:
    assert body in _names(extract(text), "organization")


@pytest.mark.parametrize(("text", "body"), [
    ("Le Parti de la liberté et de nombreux syndicats ont manifesté.", "Parti de la liberté"),
    ("Les militants du Parti des travailleurs et des syndicats ont manifesté.", "Parti des travailleurs"),
    ("Il a quitté le Parti de la liberté et la politique.", "Parti de la liberté"),
])
def test_another_party_to_the_sentence_is_no_member_of_the_name(extract: Callable[..., dict], text: str,
                                                                body: str) -> None:
    names = _names(extract(text), "organization")
    assert body in names
    assert not any(n.startswith(body + " ") for n in names)


# ------------------------------------------- a complement that is no part of the name
@pytest.mark.parametrize(("text", "body"), [
    ("La haute représentante de l'Union européenne pour les affaires étrangères, Ingrid Solheim, "
     "est arrivée à Kiev.", "Union européenne"),
    ("Le représentant de l'Union européenne pour les droits de l'homme, Lars Eklund, a protesté à Minsk.",
     "Union européenne"),
    ("L'envoyée de l'Union africaine pour les affaires politiques, Grace Mwansa, est arrivée à Juba.",
     "Union africaine"),
    ("Le ministère de l'Intérieur du gouvernement de transition a confirmé le couvre-feu.",
     "ministère de l'Intérieur"),
    ("Le ministère de la Défense du gouvernement intérimaire a démenti toute frappe.",
     "ministère de la Défense"),
    ("Le ministère des Finances du nouveau gouvernement a publié le budget.", "ministère des Finances"),
])
def test_a_name_ends_before_a_complement_of_another_word(extract: Callable[..., dict], text: str,
                                                         body: str) -> None:
    names = _names(extract(text), "organization")
    assert body in names
    assert not any(n.startswith(body + " ") for n in names)


@pytest.mark.parametrize(("text", "person", "title", "body"), [
    ("La haute représentante de l'Union européenne pour les affaires étrangères, Ingrid Solheim, "
     "est arrivée à Kiev.", "Ingrid Solheim", "haute représentante", "Union européenne"),
    ("Le représentant de l'Union européenne pour les droits de l'homme, Lars Eklund, a protesté à Minsk.",
     "Lars Eklund", "représentant", "Union européenne"),
])
def test_the_title_keeps_its_remit_and_its_body(extract: Callable[..., dict], text: str, person: str,
                                                title: str, body: str) -> None:
    roles = role_triples(extract(text))
    assert held_of(roles, person, title) == [body]
    remit = " pour " + text.split(" pour ")[1].split(",")[0]
    assert any(r.endswith(remit) for p, r, _ in roles if p == person)


@pytest.mark.parametrize(("text", "body"), [
    ("Le Haut Commissariat des Nations unies pour les réfugiés a alerté sur la situation.",
     "Haut Commissariat des Nations unies pour les réfugiés"),
    ("La Ligue contre le cancer a lancé une collecte à Brest.", "Ligue contre le cancer"),
    ("Le Comité pour l'abolition de la dette a organisé un débat.", "Comité pour l'abolition de la dette"),
    ("Le ministère de l'Agriculture et de la Pêche a publié un arrêté.",
     "ministère de l'Agriculture et de la Pêche"),
    ("La Ligue de Bretagne de football a sanctionné le club.", "Ligue de Bretagne de football"),
    ("Le président du Conseil national de l'ordre des médecins, Paul Kervella, a parlé.",
     "Conseil national de l'ordre des médecins"),
    ("Les militants du Collectif pour un logement digne ont manifesté devant la préfecture.",
     "Collectif pour un logement digne"),
    ("Le Haut Commissariat au Plan a publié une note sur la natalité.", "Haut Commissariat au Plan"),
])
def test_genuine_names_with_such_words_keep_them(extract: Callable[..., dict], text: str, body: str) -> None:
    assert body in _names(extract(text), "organization")


# ---------------------------------------- a body of a government named by its domain
@pytest.mark.parametrize(("text", "body"), [
    ("Le secrétariat d'État à l'Industrie suit le dossier de près.", "secrétariat d'État à l'Industrie"),
    ("Le secrétariat d'État aux Transports suit le dossier de près.", "secrétariat d'État aux Transports"),
    ("Le haut-commissariat aux Solidarités suit le dossier de près.", "haut-commissariat aux Solidarités"),
    ("Le secrétariat d'État aux Anciens combattants a répondu aux associations.",
     "secrétariat d'État aux Anciens combattants"),
    ("Le secrétariat d'État au Numérique a lancé un appel d'offres.", "secrétariat d'État au Numérique"),
    ("Le secrétariat d'État aux Transports et à la Mer a publié un rapport.",
     "secrétariat d'État aux Transports et à la Mer"),
    ("Le Haut-Commissariat aux réfugiés a ouvert un camp près de Goma.", "Haut-Commissariat aux réfugiés"),
])
def test_a_body_named_by_its_domain_keeps_it(extract: Callable[..., dict], text: str, body: str) -> None:
    assert body in _names(extract(text), "organization")


@pytest.mark.parametrize(("text", "word"), [
    ("Le secrétaire d'État à l'Industrie, Marc Okonkwo, a démenti.", "secrétaire"),
    ("Le secrétariat d'État à Washington a démenti l'information.", "Washington"),
    ("Le haut-commissariat au Liban a démenti l'information.", "Liban"),
])
def test_a_title_or_a_place_after_a_is_no_domain_body(extract: Callable[..., dict], text: str,
                                                      word: str) -> None:
    assert not any(word in n and n != word for n in _names(extract(text), "organization"))
