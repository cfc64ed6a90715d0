"""Quote facts: one row per way French news attributes a quotation (sentences written here)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factx.resolve.quotes import find_quotations


def quotes_of(out: dict, attributed: bool = True) -> list[tuple[str | None, str, str | None]]:
    """(speaker name, text, verb) of the quote facts; only those with a speaker unless told."""
    ents = {e["id"]: e for e in out["entities"]}
    return [(ents[f["speaker"]]["name"] if f["speaker"] else None, f["text"], f["verb"])
            for f in out["facts"] if f["type"] == "quote" and (f["speaker"] or not attributed)]


CASES = [
    # speaker after, with civility, joined to the full name by coreference
    ("Lucie Fortin a présenté le bilan. « Nous avons doublé nos ventes cette année », souligne Mme Fortin.",
     "Lucie Fortin", "Nous avons doublé nos ventes cette année", "souligne"),
    # inverted pronoun: the person named just before
    ("Julie Caron a visité le chantier lundi. « Le projet sera terminé avant la fin de l'été », "
     "a-t-elle déclaré.",
     "Julie Caron", "Le projet sera terminé avant la fin de l'été", "déclaré"),
    # inverted verb the tagger misreads, pronoun
    ("Le ministre Jean Roux a visité l'usine. « Nous allons sauver ces emplois coûte que coûte », "
     "estime-t-il.",
     "Jean Roux", "Nous allons sauver ces emplois coûte que coûte", "estime"),
    # "selon X" before the quotation
    ("Selon Marc Lévesque, « les négociations reprendront dès la semaine prochaine à Genève ».",
     "Marc Lévesque", "les négociations reprendront dès la semaine prochaine à Genève", "Selon"),
    # speaker and verb before, colon
    # announced before a colon, then a source after the quotation: the speaker is the one announced
    ("La ministre Anne Morel a déclaré : « Nous tiendrons nos engagements jusqu'au bout », selon l'AFP.",
     "Anne Morel", "Nous tiendrons nos engagements jusqu'au bout", "déclaré"),
    ("Le ministre Paul Henri a déclaré : « Nous ne céderons jamais devant ces menaces ».",
     "Paul Henri", "Nous ne céderons jamais devant ces menaces", "déclaré"),
    # "X a indiqué que « ... »"
    ("Pierre Gagnon a indiqué que « la corruption doit être combattue sans relâche ».",
     "Pierre Gagnon", "la corruption doit être combattue sans relâche", "indiqué"),
    # curly English-style marks, speaker after a title
    ("“Nous sommes très fiers de nos joueurs”, a dit l'entraîneur Michel Blanc.",
     "Michel Blanc", "Nous sommes très fiers de nos joueurs", "dit"),
    # a long title between the verb and the name
    ("« Nous ne reculerons pas devant les menaces », a déclaré le ministre de l'Intérieur Manuel Valls.",
     "Manuel Valls", "Nous ne reculerons pas devant les menaces", "déclaré"),
    # an organization speaks
    ("« Les tarifs augmenteront de cinq pour cent en janvier », a annoncé la Banque du Canada.",
     "Banque du Canada", "Les tarifs augmenteront de cinq pour cent en janvier", "annoncé"),
    # "Pour X, « ... »"
    ("Pour Sophie Binet, secrétaire générale de la CGT, « cette réforme est injuste et brutale ».",
     "Sophie Binet", "cette réforme est injuste et brutale", "Pour"),
    # two subjects: a title, then the name in apposition
    ("Son entraîneur, Carlo Ancelotti, a salué « une performance exceptionnelle de toute l'équipe ».",
     "Carlo Ancelotti", "une performance exceptionnelle de toute l'équipe", "salué"),
    # dialogue dash with an incise
    ("Le maire est sorti de la salle.\n— Nous partirons demain matin à l'aube, a déclaré Pierre Nadeau.\n",
     "Pierre Nadeau", "Nous partirons demain matin à l'aube", "déclaré"),
]


@pytest.mark.parametrize(("text", "speaker", "quote", "verb"), CASES, ids=[c[1] + "-" + c[3] for c in CASES])
def test_quote_attribution(extract: Callable[..., dict], text: str, speaker: str, quote: str,
                           verb: str) -> None:
    out = extract(text)
    got = quotes_of(out)
    assert got == [(speaker, quote, verb)]
    q = next(f for f in out["facts"] if f["type"] == "quote")
    assert text[q["start"] : q["end"]] == q["text"]
    assert list(q) == ["type", "speaker", "text", "start", "end", "verb", "rule"]


NOT_QUOTES = [
    # fewer than five words
    "« Jamais », a dit Marc Roy devant la presse.",
    # no speaker named anywhere
    "Le panneau indiquait « défense absolue de stationner ici la nuit ».",
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_not_a_quote_fact(extract: Callable[..., dict], text: str) -> None:
    assert quotes_of(extract(text)) == []


def test_a_title_in_guillemets_does_not_inherit_the_last_speaker(extract: Callable[..., dict]) -> None:
    text = ("« Nous tournerons encore un long métrage cet été », a dit Paul Morin. Le film « Les Choses de "
            "la vie et de la mort » sort mercredi.")
    assert [q[1][:10] for q in quotes_of(extract(text))] == ["Nous tourn"]


def test_a_following_quote_does_not_inherit_across_another_name(extract: Callable[..., dict]) -> None:
    text = ("« Nous avons gagné ce match avec beaucoup de courage », a dit Paul Morin. Lucie Roy n'est pas "
            "d'accord : « cette victoire ne change rien au classement final ».")
    got = quotes_of(extract(text))
    assert [g[0] for g in got] == ["Paul Morin", "Lucie Roy"]


def test_a_title_as_speaker_is_the_person_holding_it(extract: Callable[..., dict]) -> None:
    text = ("Le chef du gouvernement, Mario Rossi, a reçu le ministre des Finances, Paul Lenoir. "
            "« Nous devons agir ensemble pour sauver la monnaie », a déclaré M. Rossi. "
            "« Nous soutiendrons toutes les réformes nécessaires », a répondu le ministre.")
    assert [g[0] for g in quotes_of(extract(text))] == ["Mario Rossi", "Paul Lenoir"]


def test_according_to_an_organization_after_its_noun(extract: Callable[..., dict]) -> None:
    got = quotes_of(extract("Selon l'agence Reuters, « les marchés ont salué cette rencontre au sommet »."))
    assert got == [("Reuters", "les marchés ont salué cette rencontre au sommet", "Selon")]


def test_pronoun_gender_skips_the_last_speaker_of_the_other_gender(extract: Callable[..., dict]) -> None:
    text = ("« Le budget sera voté avant la fin du mois prochain », a déclaré M. Paul Morin. "
            "Mme Lucie Roy était présente. « Nous ne voterons jamais ce budget injuste », a-t-elle répondu.")
    assert [g[0] for g in quotes_of(extract(text))] == ["Paul Morin", "Lucie Roy"]


def test_a_second_quote_keeps_its_speaker(extract: Callable[..., dict]) -> None:
    text = ("« Les résultats sont encourageants pour toute l'équipe », explique Anne Lavoie. "
            "« Nous publierons la suite de nos travaux au printemps », résume la chercheuse.")
    got = quotes_of(extract(text))
    assert [g[0] for g in got] == ["Anne Lavoie", "Anne Lavoie"]


@pytest.mark.parametrize(("text", "spans"), [
    ("a « b c » d", [(3, 8)]),
    ("« a “b” c »", [(1, 10)]),
    ('x "a b" y "c"', [(3, 6), (11, 12)]),
    ("intro\n— Bonjour à tous\nfin", [(8, 22)]),
    ("« pas fermé\n\n« autre »", [(14, 21)]),
])
def test_find_quotations(text: str, spans: list[tuple[int, int]]) -> None:
    assert find_quotations(text) == spans
