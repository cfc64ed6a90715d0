"""Round 27c: where a lower-case body's name ends when a verb's "de" complement follows it.

"remercier qqn de son aide", "assurer qqn de son soutien", "informer qqn d'une décision":
French verbs that take an object and a complement opened by "de". When the object is a body
named by a lower-case head noun ("l'amicale des pompiers de X"), the "de" phrase after the
body's own complements is the verb's, no word of the name
(organizations._complement_end, models/organizations.json `object_de_verbs`):
- a complement with a possessive ("de son engagement", "de leur aide") is never a name's;
- after a verb of `object_de_verbs`, the first singular lower-case complement with its
  article ("du plein appui de la mairie", "de la coupure de courant") is the verb's.

Guards: the body's plural and capitalized complements stay ("des pompiers", "de Vrignolles");
a bare "de" and noun is a compound of the word before it ("des joueurs de quilles"); a body
that no such verb governs keeps its singular complement ("le comité du souvenir").

Invented names and sentences; each fix row fails on the start code.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import entity_names

FIX_ROWS = [
    ("assurer + body + du soutien de",
     "Au nom du conseil, Mireille Ostrowski a assuré l'amicale des anciens du soutien de la commune.",
     "amicale des anciens", "soutien"),
    ("assurer + body without a complement of its own",
     "Présent à la remise des médailles, Hubert Lachaume a assuré la chorale du plein appui de la mairie.",
     None, "appui"),
    ("remercier + body + de son",
     "Le président Aristide Fourcault a remercié le comité des fêtes de son dévouement.",
     "comité des fêtes", "dévouement"),
    ("féliciter + body + de leurs",
     "La maire, Sidonie Pelleray, a félicité l'association des amis du carillon de leurs efforts.",
     "association des amis du carillon", "efforts"),
    ("informer + body + de la",
     "Le syndic Gontran Morvillier a informé l'amicale des locataires de la fermeture du parking.",
     "amicale des locataires", "fermeture"),
    ("prévenir + body + de la",
     "L'adjoint Firmin Bastoul a prévenu le comité des riverains de la coupure de courant mardi.",
     "comité des riverains", "coupure"),
    ("avertir + body + du",
     "Le secrétaire de mairie a averti l'amicale des chasseurs du changement d'horaire.",
     "amicale des chasseurs", "changement"),
    ("a possessive complement closes a body's name wherever it stands",
     "L'amicale des pompiers de son village a offert un repas aux anciens de Montrivel.",
     None, "village"),
]


@pytest.mark.parametrize("label,text,body,verbs_word", FIX_ROWS, ids=[r[0] for r in FIX_ROWS])
def test_verbs_complement_is_no_part_of_the_name(extract: Callable[..., dict], label: str, text: str,
                                                 body: str | None, verbs_word: str) -> None:
    orgs = entity_names(extract(text), "organization")
    assert not any(verbs_word in o for o in orgs), (label, orgs)
    if body is not None:
        assert body in orgs, (label, orgs)


GUARD_ROWS = [
    ("a town closing the body's name stays before the verb's complement",
     "Le secrétaire de mairie a averti l'amicale des chasseurs de Vaudrecourt du changement d'horaire.",
     "amicale des chasseurs de Vaudrecourt"),
    ("a compound complement stays: joueurs de quilles",
     "Le maire a salué puis remercié l'amicale des joueurs de quilles de Saint-Ferjeux de sa fidélité.",
     "amicale des joueurs de quilles de Saint-Ferjeux"),
    ("a body no such verb governs keeps its singular complement",
     "Le comité du souvenir de Pierrefaite a fleuri la stèle du square samedi.",
     "comité du souvenir de Pierrefaite"),
    ("a plural complement under the verb stays",
     "Le préfet a informé l'association des maires des Vosges de la décision.",
     "association des maires des Vosges"),
    ("a capitalized body after the verb stays whole",
     "Le maire a remercié l'Amicale des boulistes de Trémonzey pour son accueil.",
     "Amicale des boulistes de Trémonzey"),
]


@pytest.mark.parametrize("label,text,body", GUARD_ROWS, ids=[r[0] for r in GUARD_ROWS])
def test_body_name_stays(extract: Callable[..., dict], label: str, text: str, body: str) -> None:
    assert body in entity_names(extract(text), "organization"), label
