"""A state title with no state, in a story that names France and another state (issue 12, round 13).

French news leaves its own ministers unmarked ("le ministre des Affaires étrangères, X, est
attendu à Tokyo") and marks a foreign one ("le ministre japonais de l'Intérieur", "son
homologue allemand"). So when a story names France as well as the state it is mostly about,
an unmarked "ministre de ..." or "Premier ministre" is no sure sign of that state and gets
none; in a story that names one state and not France, it still gets that state. The
sentences are written for this round, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import role_triples as _roles


@pytest.mark.parametrize(("text", "person", "role"), [
    ("Le ministre des Affaires étrangères, Bertrand Loisel, est arrivé lundi à Tokyo. Le Japon et la "
     "France doivent signer un accord naval. Le Japon a promis des investissements.",
     "Bertrand Loisel", "ministre des affaires étrangères"),
    ("Le Premier ministre, Hugues Varambon, a reçu la chancelière à Matignon. L'Allemagne souhaite un "
     "accord sur l'énergie avant l'été, et les industriels allemands pressent les deux capitales. "
     "Les entreprises françaises attendent.", "Hugues Varambon", "premier ministre"),
    ("La ministre de l'Économie, Armelle Corvisart, a commenté la décision de la banque centrale du "
     "Brésil. Le Brésil relève ses taux pour la troisième fois. Les exportateurs français s'inquiètent.",
     "Armelle Corvisart", "ministre de l'économie"),
])
def test_an_unmarked_title_is_no_sign_of_the_foreign_state(extract: Callable[..., dict], text: str,
                                                           person: str, role: str) -> None:
    triples = [t for t in _roles(extract(text)) if t[0] == person]
    assert (person, role, None) in triples, triples


@pytest.mark.parametrize(("text", "person", "role", "of"), [
    # France is not named: the state the story is about
    ("Le ministre de la Justice, Stavros Pavlidou, a démissionné. La Grèce traverse une crise et le "
     "gouvernement grec a annoncé des élections anticipées.", "Stavros Pavlidou",
     "ministre de la justice", "Grèce"),
    # the state marked in the title itself
    ("Le ministre japonais de l'Intérieur, Kenji Asahara, a rencontré des élus français à Tokyo. Le "
     "Japon et la France renforcent leur coopération.", "Kenji Asahara", "ministre de l'intérieur", "Japon"),
])
def test_a_story_about_one_state_or_a_marked_title(extract: Callable[..., dict], text: str, person: str,
                                                   role: str, of: str) -> None:
    assert (person, role, of) in _roles(extract(text))
