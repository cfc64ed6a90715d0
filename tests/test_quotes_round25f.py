"""Quotes on new text (round 25f: the working half of own_dev10, then grids of invented text).

Classes fixed:
- "Devant la mairie de X, Paul Roy, adjoint, ne décolérait pas. « ... », a-t-il lancé": a
  fronted adverbial phrase ending on a name, the person after its comma hung by the parser as
  that name's apposition, the main verb left with no subject: the person is the subject
  (hung_on_frame, used by fronted_apposition and scene_set);
- a portrait's dialogue lines, one at a time between paragraphs of narration: a line with no
  incise is the voice of the earlier line whose incise named the speaker (dash_voice);
Guards: a question line and its answer, an interview, a subject of its own after the fronted
phrase, a body completing the thing ("le numéro deux du gouvernement, X").
The sentences are written for this audit, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers

Q = "Nous irons jusqu'au bout de ce combat pour nos salariés"


@pytest.mark.parametrize(("text", "speakers"), [
    # the headline hung on the verb, the person after a fronted phrase of place
    ("Grève à Vaubrenet\n\nÀ la sortie du tribunal de Brivecourt, Régis Malandrin, président du "
     f"comité des fêtes de Vaubrenet, ne cachait pas sa colère. « {Q} », a-t-il assuré.",
     ["Régis Malandrin"]),
    ("Grève à Vaubrenet\n\nSur le parvis de l'église Saint-Aubin, Gaspard Lheurin ne cachait pas "
     f"sa colère. « {Q} », a-t-il assuré.", ["Gaspard Lheurin"]),
    ("Grève à Vaubrenet\n\nSur le parvis de l'église Saint-Aubin, Odile Ferrandaz, directrice de "
     f"l'usine Tolvex, ne cachait pas sa colère. « {Q} », a-t-elle assuré.", ["Odile Ferrandaz"]),
    # a sentence between the person's and the quotation's
    ("Grève à Vaubrenet\n\nÀ la sortie du tribunal de Brivecourt, Gaspard Lheurin, maire de "
     "Saint-Aubin-des-Prés, a pris la parole. Il a rappelé les enjeux. "
     f"« {Q} », a-t-il ajouté.", ["Gaspard Lheurin"]),
    # a quotation with no incise after the person's sentence
    ("Grève à Vaubrenet\n\nÀ la sortie du tribunal de Brivecourt, Gaspard Lheurin, maire de "
     f"Saint-Aubin-des-Prés, ne mâchait pas ses mots. « {Q}. »", ["Gaspard Lheurin"]),
])
def test_person_after_a_fronted_phrase(extract: Callable[..., dict], text: str,
                                       speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # guard: the sentence has a subject of its own after the fronted phrase
    ("Grève à Vaubrenet\n\nAux côtés de Régis Malandrin, président du comité, la ministre Agathe "
     f"Vireux a rappelé les enjeux. « {Q} », a-t-elle ajouté.", ["Agathe Vireux"]),
    # guard: a view opened by "selon", the speaker named in the incise
    ("Grève à Vaubrenet\n\nSelon Régis Malandrin, président du comité, la grève durera. "
     f"« {Q} », a déclaré Paulin Gressard.", ["Paulin Gressard"]),
])
def test_fronted_phrase_guards(extract: Callable[..., dict], text: str,
                               speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


PORTRAIT = ("Portrait de la semaine\n\n{X} a repris la ferme familiale à Vaubrenet il y a six ans.\n\n"
            "— Les gens croient que c'est une vie facile au grand air, {V}. En vrai, la traite ne "
            "prend jamais de vacances.\n\n{N}\n\n— Ce prix, je le dédie à tous ceux qui m'ont "
            "soutenue depuis le début.\n")


@pytest.mark.parametrize(("person", "verb", "narration"), [
    # narration of facts, naming no one
    ("Maëlle Quintel", "sourit-elle",
     "La ferme compte aujourd'hui quatre-vingts chèvres et un atelier de fromagerie."),
    ("Bastien Orlhac", "explique-t-il",
     "La ferme compte aujourd'hui quatre-vingts chèvres et un atelier de fromagerie."),
    # a neighbour quoted in marks in between: the dashes still give the farmer's lines
    ("Solène Guirmel", "sourit-elle",
     "« Personne n'y croyait au début », témoigne Paulin Gressard, un voisin de 70 ans."),
    # the farmer as the narration's pronoun subject
    ("Bastien Orlhac", "sourit-il",
     "Il vend ses fromages sur les marchés de Brivecourt et de Valtreuil."),
])
def test_portrait_dialogue_lines(extract: Callable[..., dict], person: str, verb: str,
                                 narration: str) -> None:
    text = PORTRAIT.format(X=person, V=verb, N=narration)
    assert _speakers(extract(text))[-1] == person


@pytest.mark.parametrize(("text", "speakers"), [
    # guard: a question put by the judge, the answer is not hers
    ("Au tribunal de Brivecourt\n\nLe prévenu, Jonas Merlevède, 31 ans, a reconnu les faits.\n\n"
     "— Pourquoi avoir attendu si longtemps pour rembourser ? lui demande la présidente, Colette "
     "Vaudrey.\n— J'avais peur de perdre mon travail et ma maison.\n",
     ["Colette Vaudrey", "Jonas Merlevède"]),
    # guard: a body completing the noun, the name in apposition is the subject's
    ("Remaniement\n\nLe numéro deux du gouvernement, Albéric Sauvenet, a déclaré : « Nous "
     "tiendrons nos engagements jusqu'à la fin du mandat. »", ["Albéric Sauvenet"]),
])
def test_dialogue_guards(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers
