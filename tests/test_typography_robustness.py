"""The same article typed another way gives the same entities and facts: Windows line ends,
no-break spaces inside « », the typographic apostrophe, a blank line between paragraphs; and
no name runs over the end of its line (a headline into the text below it)."""

from collections.abc import Callable

import pytest

ARTICLE = (
    "date 2002-05-06\n\nTrois questions à Odile Mangin, présidente de l'office de tourisme\n\n"
    "Comment s'annonce la saison d'été ?\n« Les réservations progressent surtout chez nos voisins "
    "belges et allemands. »\nQuels sont vos projets pour l'automne ?\n« Nous voulons ouvrir un point "
    "d'accueil au col de la Schlucht dès le mois de juillet. »\nLe maire d'Épinal, Michel Heinrich, "
    "a salué l'initiative : « C'est une bonne nouvelle pour l'emploi des jeunes de la vallée. »\n"
)

VARIANTS = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "no-break spaces": lambda t: t.replace("« ", "«\u00a0").replace(" »", "\u00a0»").replace(" :", "\u202f:"),
    "typographic apostrophe": lambda t: t.replace("'", "\u2019"),
    "blank lines": lambda t: t.replace("\n", "\n\n"),
}


def _facts(out: dict) -> tuple[list[tuple[str, str]], list[tuple[str, str, str]]]:
    ents = {e["id"]: e for e in out["entities"]}
    names = sorted((e["type"], e["name"].replace("\u2019", "'")) for e in out["entities"]
                   if e["type"] in ("person", "organization", "place"))
    facts = sorted((f["type"], ents[f["speaker"]]["name"] if f.get("speaker") else "",
                    " ".join(f["text"].split()[:3]).replace("\u2019", "'"))
                   for f in out["facts"] if f["type"] == "quote")
    return names, facts


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_same_facts_whatever_the_typing(extract: Callable[..., dict], variant: str) -> None:
    assert _facts(extract(VARIANTS[variant](ARTICLE))) == _facts(extract(ARTICLE))


def test_the_plain_article(extract: Callable[..., dict]) -> None:
    out = extract(ARTICLE)
    names, quotes = _facts(out)
    # the title's complement ends with its line: not "... tourisme\n\nComment" (a body described
    # in common nouns only is the role's `of` by name, no organization entity: round 26c)
    ents = {e["id"]: e["name"] for e in out["entities"]}
    assert [ents.get(f["of"], f["of"]) for f in out["facts"]
            if f["type"] == "role" and f["role"] == "présidente"] == ["office de tourisme"]
    assert all("\n" not in n for _, n in names)
    assert ("quote", "Odile Mangin", "Les réservations progressent") in quotes
    assert ("quote", "Michel Heinrich", "C'est une bonne") in quotes
