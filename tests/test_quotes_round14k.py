""""Répondre de" is to answer for a charge, not to say something (issue 13, round 14).

"X devra répondre de « prise illégale d'intérêts »": the quoted words are the charge the
court holds against X, not X's words; no speaker is given. "répondre" as a verb of saying
keeps its speaker ("a répondu : « ... »", "a répondu que « ... »", "a répondu d'une voix
ferme : « ... »"). Invented names.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers


@pytest.mark.parametrize("text", [
    "Le maire Paul Gerbier devra répondre de « prise illégale d'intérêts dans plusieurs marchés "
    "publics ».",
    "L'ancienne trésorière Lise Marvaud devra répondre d'« abus de confiance au détriment de "
    "l'association » devant le tribunal.",
    "Le promoteur Hervé Castagnol doit répondre de « travaux dissimulés et emploi de salariés non "
    "déclarés » devant la cour.",
    # the quotation inside the charge's phrase
    "Le directeur Paul Gerbier devra répondre de faits qualifiés de « harcèlement moral envers trois "
    "employées du service ».",
])
def test_answering_for_a_charge_says_nothing(extract: Callable[..., dict], text: str) -> None:
    assert not any(_speakers(extract(text)))


@pytest.mark.parametrize(("text", "speaker"), [
    ("Interrogé sur ce point, Paul Gerbier a répondu : « nous ne céderons rien sur ce dossier ».",
     "Paul Gerbier"),
    ("Lise Marvaud a répondu que « rien ne serait cédé sur ce dossier avant l'été ».", "Lise Marvaud"),
    ("Paul Gerbier a répondu d'une voix ferme : « nous ne céderons rien sur ce dossier ».",
     "Paul Gerbier"),
    ("« Nous ne céderons rien sur ce dossier », a répondu Hervé Castagnol.", "Hervé Castagnol"),
])
def test_answering_someone_keeps_its_speaker(extract: Callable[..., dict], text: str, speaker: str) -> None:
    assert _speakers(extract(text)) == [speaker]
