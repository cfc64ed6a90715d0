"""Quotes whose speaker is a definite description of someone named before (round 30f).

Class fixed: news writing takes up a body or a person named before by a definite class noun
("la fédération", "l'entreprise", "le dirigeant"); the speaker is the one it takes up.
- colon: "Dans un communiqué, la fédération va plus loin : « ... »", a body's class noun with
  the definite article as the subject of the clause before the colon (as in an incise);
- kind across adjectives: "l'enseigne bretonne X" makes X a firm, so "a expliqué la société"
  takes up X and not the body the sentence before is about;
- a description subject: "« A », explique X, le PDG. Le dirigeant cherche un associé. « B »,
  plaide-t-il": the pronoun still points to X, whom the description takes up (a word that
  stands for a title X was given: models/quotes.json periphrases).
Guards: an indefinite or plural class noun before the colon takes up nobody; a description
standing for no title of the one quoted ("le suspect" after a lawyer's words) is another topic.
The sentences are written for this audit, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # colon: a union's class noun
    ("Ruchers en danger\n\nLe Syndicat des apiculteurs du Jura a réagi jeudi à l'arrêté préfectoral. Dans "
     "un communiqué, le syndicat va plus loin : « Nous ne laisserons pas disparaître nos ruchers sans nous "
     "battre. »", ["Syndicat des apiculteurs du Jura"]),
    # colon: an association's class noun, a verb of stance
    ("Canal de Berry\n\nL'Association des amis du canal a tenu jeudi son assemblée générale. L'association "
     "ne mâche pas ses mots : « Le département a laissé pourrir les écluses depuis dix ans. »",
     ["Association des amis du canal"]),
    # incise: the firm's kind given across an adjective, another body the sentence before's topic
    ("Fermeture\n\nL'enseigne bretonne Maison Kerlann a fermé trois boutiques prêtées par l'Office de "
     "tourisme de Vannes. L'Office de tourisme de Vannes regrette ce départ. « Les loyers du centre-ville "
     "ne nous permettent plus de tenir », a expliqué la société mardi.", ["Maison Kerlann"]),
    # a pronoun after a sentence whose subject describes the one just quoted
    ("Scierie en difficulté\n\nLa scierie Dufay a été placée en redressement judiciaire. « Nous avons perdu "
     "trois gros clients cette année », explique Marc Vidal, le PDG. Le dirigeant cherche désormais un "
     "associé. « Nos machines sont récentes et nos salariés formés, ce serait un gâchis de fermer », "
     "plaide-t-il.", ["Marc Vidal", "Marc Vidal"]),
    ("Club de voile\n\nLe club nautique a élu sa présidente, Hélène Marchais. « Nous voulons ouvrir l'école "
     "de voile aux enfants du quartier », annonce Hélène Marchais. La dirigeante prépare déjà la saison. "
     "« Les premiers stages auront lieu dès le mois de juin au port », précise-t-elle.",
     ["Hélène Marchais", "Hélène Marchais"]),
])
def test_definite_description_speaker(extract: Callable[..., dict], text: str,
                                      speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


def test_description_given_no_title_is_another_topic(extract: Callable[..., dict]) -> None:
    # "le suspect" stands for no title the lawyer quoted before was given: not his words
    text = ("L'avocat de la famille, Me Lucien Ferrandier, a dénoncé « une instruction menée à charge "
            "depuis le début ».\nLe suspect a été entendu par la juge Claire Vautrin. « Je n'ai jamais "
            "mis les pieds dans cette maison », a-t-il déclaré à sa sortie.")
    assert _speakers(extract(text)) == ["Lucien Ferrandier", None]


@pytest.mark.parametrize("subject", ["Un autre syndicat va", "Les syndicats vont"])
def test_indefinite_or_plural_class_noun_takes_up_nobody(extract: Callable[..., dict], subject: str) -> None:
    text = ("Ruchers en danger\n\nLe Syndicat des apiculteurs du Jura a réagi jeudi à l'arrêté préfectoral. "
            f"{subject} plus loin : « Nous ne laisserons pas disparaître nos ruchers sans nous battre. »")
    assert _speakers(extract(text)) == [None]
