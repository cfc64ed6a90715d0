"""The state of an unmarked government title in a foreign story that names France in passing
(round 20p).

Sentences written for this audit, with invented names. French news leaves its own ministers
unmarked ("le ministre de l'Intérieur, X"), so factx gives an unmarked state title the story's
state only when the story does not name France. A story about a foreign state may still name
French people in passing, deep in the body ("dont un Français", "une touriste française"):
France is then no party to the story, and the minister is the foreign state's. The rule holds
only when France is named by nationality words alone (never by its name or a French commune),
none in the headline or the lead, and the foreign state is named at least three times as often.
The guard table holds what must not change: French nationals in the lead (a hostage story
where the French minister speaks), France named by its name, a French town named.
"""

from collections.abc import Callable

import pytest

from conftest import held_of as _held
from conftest import role_triples as _roles


# ------------------------------------- French people met in passing do not make the minister French
@pytest.mark.parametrize(("text", "person", "title", "of"), [
    # a dateline country, its towns and adjectives; one French victim in the body
    ("Zambie : des inondations meurtrières dans le nord\n\nLes secours zambiens fouillaient mardi "
     "les décombres à Kitwe et à Ndola. Selon la police zambienne, 40 personnes sont mortes, dont "
     "un Français. « Les recherches continueront toute la nuit », a déclaré le ministre de "
     "l'Intérieur, Mwamba Chisanga.", "Mwamba Chisanga", "ministre de l'intérieur", "Zambie"),
    # a woman minister named after her title, the French tourist in an adjective
    ("Chili : un séisme secoue le sud du pays\n\nLes pompiers chiliens sont à pied d'œuvre à "
     "Temuco. D'après la protection civile chilienne, une touriste française a été blessée. La "
     "ministre de la Santé, Carmela Ibarrondo, a visité l'hôpital mardi.", "Carmela Ibarrondo",
     "ministre de la santé", "Chili"),
    # the holder first, the title in apposition
    ("Pérou : la grève des mineurs se durcit\n\nLes mineurs péruviens bloquent les routes autour "
     "d'Arequipa. La police péruvienne a interpellé vingt manifestants, dont deux Françaises. "
     "Ramiro Quispe Tello, Premier ministre, a appelé au dialogue.", "Ramiro Quispe Tello",
     "premier ministre", "Pérou"),
    # a junior minister of a portfolio, speaking in a quote
    ("Norvège : un ferry s'échoue au large de Bergen\n\nLes garde-côtes norvégiens ont évacué "
     "les passagers. Parmi eux figuraient des randonneurs norvégiens et un couple français. "
     "« Personne n'est en danger », a assuré le secrétaire d'État aux Transports, Eirik Haugvaldstad.",
     "Eirik Haugvaldstad", "secrétaire d'état aux transports", "Norvège"),
])
def test_passing_french_people_leave_the_foreign_state(extract: Callable[..., dict], text: str,
                                                       person: str, title: str, of: str) -> None:
    assert _held(_roles(extract(text)), person, title) == [of]


# ------------------------------------------------------------------------------ guards
@pytest.mark.parametrize(("text", "person", "title", "wrong"), [
    # French hostages in the lead: the unmarked minister is the French one
    ("Deux Français ont été enlevés au Niger. Les autorités nigériennes et l'armée nigérienne les "
     "recherchent près de Niamey, selon un responsable nigérien. « Nous mettons tout en œuvre », "
     "a déclaré le ministre des Affaires étrangères, Bertrand Delorme.", "Bertrand Delorme",
     "ministre des affaires étrangères", "Niger"),
    # France named by its name
    ("Zambie : des inondations meurtrières\n\nLes secours zambiens sont mobilisés à Kitwe, selon "
     "la police zambienne. La France a proposé son aide. « Les recherches continueront », a déclaré "
     "le ministre de l'Intérieur, Mwamba Chisanga.", "Mwamba Chisanga", "ministre de l'intérieur",
     "Zambie"),
    # a French town named: France is a party
    ("Les secours zambiens sont mobilisés à Kitwe et à Ndola, selon la police zambienne. Des "
     "Français de Lyon figurent parmi les victimes. « Les recherches continueront », a déclaré le "
     "ministre de l'Intérieur, Mwamba Chisanga.", "Mwamba Chisanga", "ministre de l'intérieur",
     "Zambie"),
])
def test_france_as_a_party_keeps_the_title_unmarked(extract: Callable[..., dict], text: str,
                                                    person: str, title: str, wrong: str) -> None:
    held = _held(_roles(extract(text)), person, title)
    assert held and wrong not in held


# a story naming no other state than France by adjectives: unchanged
def test_a_story_without_france_keeps_its_state(extract: Callable[..., dict]) -> None:
    text = ("Chili : un séisme secoue le sud du pays\n\nLes pompiers chiliens sont à pied d'œuvre à "
            "Temuco. La ministre de la Santé, Carmela Ibarrondo, a visité l'hôpital mardi.")
    assert _held(_roles(extract(text)), "Carmela Ibarrondo", "ministre de la santé") == ["Chili"]
