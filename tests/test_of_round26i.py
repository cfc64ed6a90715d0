"""The story's lead body when the entity layer read no name in the headline (round 26i).

Sentences written for this audit, with invented names. One rule of news writing: a
headline names the body the story is about, and its first paragraph names it again. The
role layer takes "the organization the document is about" (`lead_organization`) to be the
first one named twice; a headline is a line with no sentence around it, where the entity
layer often reads no name, so a body named in full in the headline and once in the body
was counted once, and a bare title ("le PDG, X", "le directeur, Y") got no body. With no
organization named twice, a name the headline writes in full now counts once more; not a
name inside a longer one read there ("GAEC" in "GAEC du Pré Vert").

The guard table holds what must not change.
"""

from collections.abc import Callable

import pytest

from conftest import held_of as _held
from conftest import role_triples as _roles


# ------------------------------------------------- the headline's body is the story's
@pytest.mark.parametrize(("text", "person", "title", "of"), [
    # a union named between the body and the bare title
    ("date 2004-03-02\n\nTextile : les Forges de Bérange suppriment 74 emplois\n\nLes ouvriers "
     "des Forges de Bérange ont découvert mardi le plan social. Le syndicat FO parle d'un gâchis."
     "\n\nLe directeur, Gaston Pelleray, promet des reclassements.",
     "Gaston Pelleray", "directeur", "Forges de Bérange"),
    # a town before the headline's body; the title in an incise after a quotation
    ("date 2004-03-02\n\nVelmont : les Forges de Bérange changent de mains\n\nLe rachat des "
     "Forges de Bérange par un groupe belge a été signé lundi. La CGT reste prudente.\n\n"
     "« L'activité sera maintenue », a assuré le directeur général, Hector Vasseur.",
     "Hector Vasseur", "directeur général", "Forges de Bérange"),
])
def test_the_headline_names_the_lead_body(extract: Callable[..., dict], text: str, person: str,
                                          title: str, of: str) -> None:
    assert of in _held(_roles(extract(text)), person, title)


# ------------------------------------------------- guards
@pytest.mark.parametrize(("text", "person", "title", "of"), [
    # no headline: a body named once beside a union is no lead
    ("Les salariés des Tissages de la Sorne ont appris lundi la fermeture de l'usine. La CFDT "
     "réclame une table ronde. Le directeur, Alain Mervel, se tait.", "Alain Mervel", "directeur", None),
    # a short name read inside a longer one in the headline: the gendarmerie keeps its captain
    ("date 2004-03-02\n\nLe GAEC du Pré Vert perd son hangar\n\nLe GAEC a vu partir en fumée "
     "600 bottes de paille. La gendarmerie de Charmes enquête.\n\nLe capitaine Rachid Oulmi dirige "
     "l'enquête.", "Rachid Oulmi", "capitaine", "gendarmerie de Charmes"),
    # a headline the entity layer reads already: unchanged
    ("date 2004-03-02\n\nLes Papeteries de la Vèze ferment leurs portes\n\nLes 90 ouvriers des "
     "Papeteries de la Vèze ont été reçus mercredi par la direction. La CFDT demande un médiateur."
     "\n\nLa directrice, Colette Bernadin, évoque la concurrence étrangère.",
     "Colette Bernadin", "directrice", "Papeteries de la Vèze"),
])
def test_guards(extract: Callable[..., dict], text: str, person: str, title: str, of: str | None) -> None:
    assert _held(_roles(extract(text)), person, title) == [of]
