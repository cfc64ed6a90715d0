"""Round 28f (people): name forms the person layer lost on real text.

1. A civility written only before a surname ("M.", "Mme", "Dr", "Me") followed directly by a
   capitalised word names a person even when the word is also a title ("M. Sergent", "le Dr
   Consul"): French puts an article between a civility and a title of address ("M. le
   Maire", "Madame la Présidente"), never before a surname (resolve.roles.release_titles no
   longer drops those people).
2. Initials of a compound given name that the model tags as one initial and an untagged
   second half ("[J.]" + "-C." + "[Morvillon]") open the next person's name, as when it tags
   both; initials before a name the model typed as a thing or a place ("F.L. Brassenot")
   make that name a person's (components.entities).

Invented names and sentences; each fix row fails on the start code.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest


def kinds(result: dict) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for e in result["entities"]:
        if e["type"] in ("person", "place", "organization", "misc"):
            out.setdefault(e["type"], set()).add(e["name"])
    return out


CIVILITY = [
    ("a doctor whose surname is a rank",
     "Le Dr Consul a reçu les familles à la clinique de Vaubrécourt.", "Consul"),
    ("'M.' before a surname that is a title of nobility",
     "M. Sergent, gérant du garage de Sorvilliers, a porté plainte.", "Sergent"),
    ("'Me' before a surname that is a title",
     "Me Sergent, avocat de la famille, a demandé un renvoi.", "Sergent"),
    ("'M.' before 'Prévôt'",
     "M. Prévôt a été réélu à la tête du club de Sorvilliers.", "Prévôt"),
    ("a doctor named at the end of a clause",
     "Une dispute a éclaté entre Paul Vernier et le Dr Consul ;", "Consul"),
]


@pytest.mark.parametrize(("case", "text", "name"), CIVILITY, ids=[c[0] for c in CIVILITY])
def test_surname_after_civility_is_a_person(extract: Callable[..., dict], case: str, text: str,
                                            name: str) -> None:
    assert name in kinds(extract(text)).get("person", set()), case


CIVILITY_GUARDS = [
    ("guard: a title of address with its article", "M. le Maire a ouvert la séance du conseil."),
    ("guard: a title of address after 'Madame'", "Madame la Présidente, je vous remercie de votre accueil."),
    ("guard: 'Monsieur le Président'", "Monsieur le Président, la parole est à vous."),
]


@pytest.mark.parametrize(("case", "text"), CIVILITY_GUARDS, ids=[c[0] for c in CIVILITY_GUARDS])
def test_title_of_address_is_no_person(extract: Callable[..., dict], case: str, text: str) -> None:
    assert not kinds(extract(text)).get("person"), case


INITIALS = [
    ("'J.-C.' before a surname, the model tagging 'J.' alone",
     "Les fonds étaient remis à J.-C. Morvillon ou à sa secrétaire.", "J.-C. Morvillon"),
    ("'J.-C.' after 'par'",
     "Le dossier a été transmis par J.-C. Dufrenet au parquet.", "J.-C. Dufrenet"),
    ("joined initials before a name the model calls a place",
     "L'expertise de F.L. Brassenot [3], ancien géomètre, a été contestée.", "F.L. Brassenot"),
]


@pytest.mark.parametrize(("case", "text", "name"), INITIALS, ids=[c[0] for c in INITIALS])
def test_initials_open_the_name(extract: Callable[..., dict], case: str, text: str, name: str) -> None:
    found = kinds(extract(text))
    assert name in found.get("person", set()), case
    others = found.get("place", set()) | found.get("misc", set())
    assert not any(n.startswith(("J.-C", "F.L")) for n in others), case
    assert len(found.get("person", set())) == 1, case


CIVILITY_KEPT = [
    ("guard: a surname that is no title, after 'Mme'",
     "Mme Duchesse a présidé la réunion du comité des fêtes de Lintrey.", "Duchesse"),
]


@pytest.mark.parametrize(("case", "text", "name"), CIVILITY_KEPT, ids=[c[0] for c in CIVILITY_KEPT])
def test_other_surnames_stay(extract: Callable[..., dict], case: str, text: str, name: str) -> None:
    assert name in kinds(extract(text)).get("person", set()), case


INITIALS_GUARDS = [
    ("guard: other initials already joined",
     "Le rapport de J.-P. Morvillon a été publié hier.", {"J.-P. Morvillon"}),
    ("guard: the era after a year", "La ville fut fondée vers 52 av. J.-C. par des colons grecs.", set()),
]


@pytest.mark.parametrize(("case", "text", "people"), INITIALS_GUARDS, ids=[c[0] for c in INITIALS_GUARDS])
def test_initials_guards(extract: Callable[..., dict], case: str, text: str, people: set[str]) -> None:
    assert kinds(extract(text)).get("person", set()) == people, case
