"""Roles and their `of` by class of French construction (issue 12, round 14e: generality audit
on text nobody tuned on).

Three classes, each with sentences written for this audit (invented names):
- a name in a fronted prepositional phrase ("Avant X, un ancien banquier avait parlé"): the
  title after the comma is the subject of the verb, someone else's, not X's apposition;
- a town hall ("la mairie de Y") is no body of a bare "président": a commune has a mayor;
- the state of an unmarked state title ("le ministre de l'Intérieur, X") in a story set among
  French communes that names a foreign state in passing: not that state (none is sure).
The pitfall tables hold what must not change: a wrong `of` or person is worse than none.
"""

from collections.abc import Callable

import pytest

from conftest import held_of as _held
from conftest import role_triples as _roles


# ---------------------------------------------------------------- "Avant X, un banquier a dit"
@pytest.mark.parametrize(("text", "person", "title"), [
    ("Avant Gaspard Ternoise, un ancien banquier avait expliqué au juge que l'argent avait circulé.",
     "Gaspard Ternoise", "ancien banquier"),
    ("Après Clémence Vaudrey, une avocate lyonnaise a témoigné devant la cour d'assises.",
     "Clémence Vaudrey", "avocate"),
    ("Comme Octave Perrinel, un ancien ministre a refusé de répondre aux enquêteurs.",
     "Octave Perrinel", "ancien ministre"),
    ("Contrairement à Solène Ravignac, la directrice de l'école n'a pas signé la pétition.",
     "Solène Ravignac", "directrice"),
    ("Outre Marius Chaptel, le trésorier du club a démissionné jeudi soir.", "Marius Chaptel", "trésorier"),
    ("Bien avant Ysaline Morvrac, une journaliste belge l'avait révélé dans un livre.",
     "Ysaline Morvrac", "journaliste"),
])
def test_fronted_name_then_another_subject(extract: Callable[..., dict], text: str, person: str,
                                           title: str) -> None:
    assert not _held(_roles(extract(text)), person, title)


@pytest.mark.parametrize(("text", "person", "role"), [
    # an apposition closed by a comma stays the name's
    ("Gaspard Ternoise, un ancien banquier, a parlé au juge mardi.", "Gaspard Ternoise", "ancien banquier"),
    ("Selon Gaspard Ternoise, un ancien banquier, l'argent a circulé par la Suisse.",
     "Gaspard Ternoise", "ancien banquier"),
    ("Pour Solène Ravignac, présidente du club, la saison est réussie.", "Solène Ravignac", "présidente"),
    ("Avec Marius Chaptel, trésorier depuis dix ans, le bureau est au complet.", "Marius Chaptel",
     "trésorier"),
    # the name is the subject itself
    ("Octave Perrinel, ancien ministre, a refusé de répondre.", "Octave Perrinel", "ancien ministre"),
])
def test_apposition_after_a_name_kept(extract: Callable[..., dict], text: str, person: str,
                                      role: str) -> None:
    assert any(p == person and r == role for p, r, _ in _roles(extract(text)))


# ---------------------------------------------------------------- "le président X ... la mairie de Y"
@pytest.mark.parametrize(("text", "person"), [
    ("Le président Bertrand Lacassagne demande une enquête sur les emplois de la mairie de Mâcon. "
     "Les collaborateurs de Bertrand Lacassagne à la mairie de Mâcon sont poursuivis.",
     "Bertrand Lacassagne"),
    ("La mairie de Lunéville organise une fête. Le président, Albin Corvisart, a salué les bénévoles.",
     "Albin Corvisart"),
    ("Les comptes de la mairie de Vierzon sont contestés. La présidente Héloïse Tardivon a réclamé un "
     "audit. La mairie de Vierzon a répondu mardi.", "Héloïse Tardivon"),
    # (already right before this round: kept as a guard)
    ("L'hôtel de ville de Montluçon était fermé. Le vice-président Noël Garampon s'est étonné de la "
     "décision.", "Noël Garampon"),
])
def test_a_town_hall_has_no_president(extract: Callable[..., dict], text: str, person: str) -> None:
    roles = _roles(extract(text))
    ofs = [of for of in _held(roles, person, "pr") + _held(roles, person, "vice") if of is not None]
    assert not any(of.lower().startswith(("mairie", "hôtel de ville")) for of in ofs)


@pytest.mark.parametrize(("text", "person", "role", "of"), [
    # a municipal title keeps its commune; a president keeps a body named in his title
    ("La mairie de Lunéville organise une fête. Le maire, Albin Corvisart, a salué les bénévoles.",
     "Albin Corvisart", "maire", "Lunéville"),
    ("La mairie de Lunéville organise une fête. La présidente du comité des fêtes, Héloïse Tardivon, a "
     "salué les bénévoles.", "Héloïse Tardivon", "présidente", "comité des fêtes"),
])
def test_town_hall_pitfalls(extract: Callable[..., dict], text: str, person: str, role: str, of: str) -> None:
    assert (person, role, of) in _roles(extract(text))


# ---------------------------------------------------------------- a state title among French communes
@pytest.mark.parametrize(("text", "person", "foreign"), [
    ("Perquisition à Clichy au siège du journal de Firmin Daubrac, proche du ministre de l'Intérieur, "
     "Gilles Varambon. Les enquêteurs de Nanterre ont trouvé un compte ouvert en Suisse. Le juge de "
     "Créteil a entendu l'élu à Nanterre.", "Gilles Varambon", "Suisse"),
    ("Le ministre de la Justice, Aurore Ferlandin, était à Rennes lundi puis à Vannes et à Lorient. "
     "Elle a évoqué un accord signé avec l'Espagne.", "Aurore Ferlandin", "Espagne"),
    ("À Toulouse, le ministre des Finances, Léonce Bramerel, a défendu le budget devant les élus de "
     "Montauban et d'Albi. Les marchés de l'Italie ont salué la nouvelle.", "Léonce Bramerel", "Italie"),
    ("Le secrétaire d'État aux Transports, Thibaut Escalmel, a inauguré la gare de Dole puis celle de "
     "Besançon et de Vesoul. Le chantier avait pris du retard à cause d'un fournisseur allemand.",
     "Thibaut Escalmel", "Allemagne"),
])
def test_no_foreign_state_named_in_passing(extract: Callable[..., dict], text: str, person: str,
                                           foreign: str) -> None:
    assert foreign not in _held(_roles(extract(text)), person, "")


@pytest.mark.parametrize(("text", "person", "role", "of"), [
    # a story about the foreign state keeps its state
    ("À Athènes, le ministre des Finances, Kostas Varimidakis, a présenté le budget. La Grèce attend "
     "l'accord de ses créanciers.", "Kostas Varimidakis", "ministre des finances", "Grèce"),
    ("Le ministre de l'Intérieur, Jürgen Oberwaldt, a visité Munich puis Stuttgart. L'Allemagne durcit "
     "sa politique migratoire, a-t-il dit à Berlin.", "Jürgen Oberwaldt", "ministre de l'intérieur",
     "Allemagne"),
])
def test_foreign_state_story_kept(extract: Callable[..., dict], text: str, person: str, role: str,
                                  of: str) -> None:
    assert (person, role, of) in _roles(extract(text))


# ---------------------------------------------------------------- "directeur général de la Juventus"
@pytest.mark.parametrize(("text", "person", "other"), [
    ("Le trésorier du Parti républicain est mis en examen. Ailleurs, on entend Gianni Corvatelli, "
     "directeur général de la Juventus, et Paolo Lenzari, ancien arbitre.", "Gianni Corvatelli",
     "Parti républicain"),
    ("Le Parti radical dénonce l'accord. Sandrine Poulhac, présidente de la Sampdoria, a démissionné.",
     "Sandrine Poulhac", "Parti radical"),
    ("L'entreprise Solvatec recrute. Lise Carrachon, directrice de la Juventus, a visité l'usine.",
     "Lise Carrachon", "Solvatec"),
    ("La société Vermatoux a signé un contrat. On entend Ambroise Talmier, directeur général de la "
     "Juventus, et Jonas Pertuisot.", "Ambroise Talmier", "Vermatoux"),
])
def test_an_unread_named_complement_takes_no_other_body(extract: Callable[..., dict], text: str,
                                                         person: str, other: str) -> None:
    assert not any(p == person and of is not None and other in of for p, _, of in _roles(extract(text)))


@pytest.mark.parametrize(("text", "person", "role", "of"), [
    # a bare title keeps the body the story names
    ("La société Vermatoux a signé un contrat. Le directeur général, Gianni Corvatelli, est satisfait.",
     "Gianni Corvatelli", "directeur général", "Vermatoux"),
    ("Le Football club de Lunel a tenu son assemblée. Président : Ambroise Talmier ; trésorière : "
     "Sandrine Poulhac.", "Sandrine Poulhac", "trésorière", "Football club de Lunel"),
])
def test_bare_title_keeps_the_story_body(extract: Callable[..., dict], text: str, person: str, role: str,
                                         of: str) -> None:
    assert (person, role, of) in _roles(extract(text))
