"""Role facts: one row per French construction (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factx.resolve.names import fold


def roles_of(out: dict) -> list[tuple[str, str, str | None, str | None]]:
    ents = {e["id"]: e for e in out["entities"]}
    rows = []
    for f in out["facts"]:
        if f["type"] == "role":
            of = f["of"]
            of_name = ents[of]["name"] if of in ents else of
            rows.append((ents[f["person"]]["name"], f["role"].replace("\u2019", "'"), of_name, f["status"]))
    return rows


def assert_roles(got: list[tuple[str, str, str | None, str | None]],
                 expected: list[tuple[str, str, str | None]]) -> None:
    """Each expected (person, role, of) is among `got` (names folded); `of` None means any."""
    for person, role, of in expected:
        match = [g for g in got if fold(g[0]) == fold(person) and fold(g[1]) == fold(role)]
        assert match, (person, role, got)
        if of is not None:
            assert match[0][2] is not None and fold(of) in fold(match[0][2]), (of, match)


CASES = [
    # apposition after the name, organization after "chez"
    ("Lors de la réunion, Carole Fontaine, commissaire à l'export chez Renault, a présenté le bilan.",
     [("Carole Fontaine", "commissaire à l'export", "Renault", None)]),
    # apposition before the name, with a comma, qualifier "sortant"
    ("Le président sortant, Jean Dupuis, a ouvert la séance à Lyon.",
     [("Jean Dupuis", "président sortant", None, "outgoing")]),
    # title before the name, no comma, with its domain
    ("Hier, le ministre de l'Intérieur Manuel Valls a visité la caserne.",
     [("Manuel Valls", "ministre de l'intérieur", None, None)]),
    # a domain the model reads as a name does not stop the title
    ("La ministre de la Transition énergétique, Agnès Pannier-Runacher, a salué le projet.",
     [("Agnès Pannier-Runacher", "ministre de la transition énergétique", None, None)]),
    # nationality adjective gives the country
    ("Le président afghan Hamid Karzai a reçu les ambassadeurs.",
     [("Hamid Karzai", "président", "Afghanistan", None)]),
    # a typographic apostrophe inside the title
    ("Hier, la secrétaire d’État américaine Hillary Clinton a atterri à Pékin.",
     [("Hillary Clinton", "secrétaire d'état", "États-Unis", None)]),
    ("L'astronome chilienne Maria Teresa Ruiz a découvert une naine brune.",
     [("Maria Teresa Ruiz", "astronome", "Chili", None)]),
    # appointment verb
    ("Paul Girard a été nommé directeur de la Banque de France en mai.",
     [("Paul Girard", "directeur", "Banque de France", "current")]),
    # qualifiers before: "ancien", "ex-"
    ("L'ancien Premier ministre Pierre Lambert est arrivé à Paris mardi.",
     [("Pierre Lambert", "ancien premier ministre", None, "former")]),
    ("Selon l'ex-directeur financier Marc Olivier, les comptes étaient faux.",
     [("Marc Olivier", "ex-directeur financier", None, "former")]),
    # qualifiers after: "adjoint", "par intérim"
    ("La présidente par intérim, Lucie Garnier, a démissionné vendredi.",
     [("Lucie Garnier", "présidente par intérim", None, None)]),
    ("Marc Roy, directeur adjoint de la Croix-Rouge, a confirmé la nouvelle.",
     [("Marc Roy", "directeur adjoint", "Croix-Rouge", None)]),
    # coordination: two titles, one organization
    ("Claire Dubois, directrice générale et trésorière de la Croix-Rouge, a signé l'accord.",
     [("Claire Dubois", "directrice générale", "Croix-Rouge", None),
      ("Claire Dubois", "trésorière", "Croix-Rouge", None)]),
    # "à titre de"
    ("Julie Bernard siègera au conseil de l'UNESCO à titre d'observatrice et d'administratrice.",
     [("Julie Bernard", "observatrice", None, None), ("Julie Bernard", "administratrice", None, None)]),
    # the widow's name is not the title holder
    ("La veuve de l'ancien président, Marie Durand, a demandé une enquête.", []),
    # two appositions in a row
    ("Hier, Me Paul Gard, avocat, commissaire général de la foire, a répondu aux questions.",
     [("Paul Gard", "avocat", None, None), ("Paul Gard", "commissaire général de la foire", None, None)]),
    # an age between the name and its apposition; the title's own complement and organization
    ("Marie Dupont, 45 ans, professeure de mathématiques au lycée Henri-IV, a témoigné.",
     [("Marie Dupont", "professeure de mathématiques", "lycée Henri-IV", None)]),
    # an office whose organization is named just before ("dont le directeur général")
    ("L'entreprise Renault, dont le directeur général Luca de Meo a présenté le plan, recrute.",
     [("Luca de Meo", "directeur général", "Renault", None)]),
    # copula, the title alone tagged by the model as a name
    ("Depuis juillet, Jean Castex est Premier ministre.",
     [("Jean Castex", "premier ministre", None, None)]),
    # a plural title after "l'un des"
    ("« Nous resterons ici jusqu'à la victoire finale », a déclaré Omar Diallo, l'un des organisateurs "
     "de la marche.",
     [("Omar Diallo", "organisateur de la marche", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_role_constructions(extract: Callable[..., dict], text: str,
                            expected: list[tuple[str, str, str | None, str | None]]) -> None:
    got = roles_of(extract(text))
    for person, role, of, status in expected:
        match = [g for g in got if fold(g[0]) == fold(person) and fold(g[1]) == fold(role)]
        assert match, (person, role, got)
        if of is not None:
            assert match[0][2] is not None and fold(of) in fold(match[0][2]), (of, match)
        if status is not None:
            assert match[0][3] == status, match
    if not expected:
        assert got == []


VERB_CASES = [
    # "X dirige Y", holder through coreference ("Mme Brassard" is Nadine Brassard)
    ("Nadine Brassard est arrivée en 2010. Mme Brassard dirige la Fondation Lionel-Groulx depuis dix ans.",
     "Nadine Brassard", "directrice", "Fondation Lionel-Groulx", "current"),
    # active appointment: the object is the one appointed, not the subject
    ("Le conseil d'administration a nommé Julie Tremblay directrice générale en mai.",
     "Julie Tremblay", "directrice générale", None, "current"),
    # participle appositions
    ("Paul Roy, nommé directeur de la Banque de France en 2010, a démissionné.",
     "Paul Roy", "directeur", "Banque de France", "current"),
    ("Marie Lenoir, élue maire de Lyon en 2020, a parlé aux habitants.",
     "Marie Lenoir", "maire", "Lyon", "current"),
    # relative clause
    ("Hier, Paul Henri, qui dirige la Fondation Lionel-Groulx depuis 2015, a parlé.",
     "Paul Henri", "directeur", "Fondation Lionel-Groulx", "current"),
    # a verb form the lemmatizer leaves as it is ("préside")
    ("Christine Lagarde préside la Banque centrale européenne depuis 2019.",
     "Christine Lagarde", "présidente", "Banque centrale européenne", "current"),
    # the holder's gender known from another title: feminine derived title
    ("La présidente de la chambre, Lucie Garnier, a ouvert la séance. Lucie Garnier dirige "
     "la Fondation Lionel-Groulx depuis 2015.",
     "Lucie Garnier", "directrice", "Fondation Lionel-Groulx", "current"),
    # succession: the subject takes the role, the object leaves it
    ("Luc Petit succèdera à Mme Anne Morel à la présidence de la fédération.",
     "Luc Petit", "président", None, "incoming"),
    ("Luc Petit succèdera à Mme Anne Morel à la présidence de la fédération.",
     "Anne Morel", "présidente", None, "outgoing"),
    # a role noun with its holder
    ("La réforme a été votée sous la présidence de François Hollande en 2013.",
     "François Hollande", "président", None, None),
]


@pytest.mark.parametrize(("text", "person", "role", "of", "status"), VERB_CASES,
                         ids=[f"{c[1]}-{c[2]}" for c in VERB_CASES])
def test_roles_from_verbs_and_nouns(extract: Callable[..., dict], text: str, person: str, role: str,
                                    of: str | None, status: str | None) -> None:
    out = extract(text)
    got = roles_of(out)
    match = [g for g in got if fold(g[0]) == fold(person) and fold(g[1]) == fold(role)]
    assert match, got
    if of is not None:
        assert match[0][2] is not None and fold(of) in fold(match[0][2])
    assert match[0][3] == status
    people = [e for e in out["entities"] if e["type"] == "person"]
    assert len({e["id"] for e in people}) == len(people)


def test_derived_role_does_not_duplicate_explicit_title(extract: Callable[..., dict]) -> None:
    text = ("Nadine Tremblay, directrice générale de la Fondation Lionel-Groulx, a parlé. "
            "Mme Tremblay dirige la fondation depuis 2010.")
    got = roles_of(extract(text))
    assert [(g[0], g[1]) for g in got] == [("Nadine Tremblay", "directrice générale")]


def test_generic_descriptor_dropped_beside_a_real_title(extract: Callable[..., dict]) -> None:
    text = "L'astronome suisse Paul Favre a parlé. Le scientifique Paul Favre a ensuite répondu."
    got = roles_of(extract(text))
    assert [(g[0], g[1], g[2]) for g in got] == [("Paul Favre", "astronome", "Suisse")]


def test_organization_from_a_complement_only_when_a_role_uses_it(extract: Callable[..., dict]) -> None:
    out = extract("Deux membres de l'organisation armée clandestine ont été arrêtés hier soir.")
    assert not [e for e in out["entities"] if e["type"] == "organization"]
    out = extract("Marc Roy, membre de l'association des amis du rail, a été arrêté hier soir.")
    orgs = [e["name"] for e in out["entities"] if e["type"] == "organization"]
    assert orgs == ["association des amis du rail"]


@pytest.mark.parametrize("text", [
    # passive voice: nobody "directs" anything here
    "Le projet Alpha est dirigé depuis Paris et le vaccin Beta est représenté par Marc Roy.",
    # the subject of an active "choisir" chooses, it does not become the referee
    "La Juventus de Turin choisit l'arbitre du match, a dit Marco Rossi.",
    # a title of address read by the model as a name is not a person
    "Madame la Présidente, je voudrais remercier le rapporteur pour son travail.",
])
def test_no_role(extract: Callable[..., dict], text: str) -> None:
    out = extract(text)
    assert roles_of(out) == []
    assert not [e for e in out["entities"] if e["type"] == "person" and "résidente" in e["name"]]


def test_title_followed_by_a_name_belongs_to_that_name(extract: Callable[..., dict]) -> None:
    got = roles_of(extract("Selon Jean Dupré, l'empereur Bao Dai avait refusé de signer le traité."))
    assert [(g[0], g[1]) for g in got] == [("Bao Dai", "empereur")]


def test_plural_title_coordinated_with_a_singular_one(extract: Callable[..., dict]) -> None:
    got = roles_of(extract("Les gendarmes et le colonel Henri Mazet sont arrivés sur place à midi."))
    assert [(g[0], g[1]) for g in got] == [("Henri Mazet", "colonel")]


def test_time_complement_is_not_a_domain(extract: Callable[..., dict]) -> None:
    got = roles_of(extract("Alain Gomez, PDG de l'époque, a démenti toute commission."))
    assert [(g[0], g[1]) for g in got] == [("Alain Gomez", "pdg")]


def test_one_domain_per_title(extract: Callable[..., dict]) -> None:
    text = "Hier, l'auteur du livre La Chute aux éditions Jacques Martin a été reçu au ministère."
    assert [g for g in roles_of(extract(text)) if g[0] == "Jacques Martin"] == []


def test_role_entities_and_evidence(extract: Callable[..., dict]) -> None:
    text = "Le président sortant, Jean Dupuis, a ouvert la séance. Le président sortant, Jean Dupuis, a ri."
    out = extract(text)
    roles = [e for e in out["entities"] if e["type"] == "role"]
    assert [r["name"] for r in roles] == ["président sortant"]
    assert len(roles[0]["mentions"]) == 2
    facts = [f for f in out["facts"] if f["type"] == "role"]
    assert len(facts) == 1  # one entry per role
    ev = facts[0]["evidence"]
    assert text[ev["start"] : ev["end"]] == ev["text"] == "Le président sortant, Jean Dupuis"
    assert list(facts[0]) == ["type", "person", "role", "of", "status", "evidence"]


def test_office_without_organization_takes_the_lead_organization(extract: Callable[..., dict]) -> None:
    text = ("L'Association des fromagers du Québec a tenu son assemblée. La présidente, Lise Côté, "
            "a remercié les membres de l'Association des fromagers du Québec.")
    got = roles_of(extract(text))
    assert got and got[0][0] == "Lise Côté" and got[0][2] == "Association des fromagers du Québec"
