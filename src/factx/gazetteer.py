"""Place names from maintained data (CLDR, ISO 3166-2, GeoNames), as factx's evidence that a
name is a place. The lists are generated under models/gazetteer/ by
scripts/build_gazetteer.py (sources and licences in models/gazetteer/README.md).

Each kind is read once per process, when first asked; the big list of towns only when a
name is in none of the small ones.

The French communes no other list holds (under 500 inhabitants, or merged into another:
INSEE's COG) are a weaker kind still, "village", outside KINDS: `place_kind` answers it only
when asked (`village`), and callers ask only where the text already places the name
("à X", "le maire de X", "X (Vosges)", a headline's head ...), never to make a word a place.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from factx.errors import PatternError
from factx.resolve.names import fold
from factx.resources import models_dir

KINDS = ("continent", "country", "subdivision", "town")  # strongest first
# a kind strong enough to make a capitalized name a place wherever it is written
STRONG = ("continent", "country", "subdivision")
VILLAGE = ("village",)
# the articles INSEE writes before a commune's name, folded: "Le Val-d'Ajol" is named
# "au Val-d'Ajol", "Val-d'Ajol" once its article is the sentence's
_VILLAGE_ARTICLES = ("le ", "la ", "les ", "l'")


@cache
def _names(kind: str) -> frozenset[str]:
    path = models_dir() / "gazetteer" / f"{kind}.txt"
    try:
        return frozenset(path.read_text(encoding="utf-8").split("\n"))
    except OSError as exc:
        raise PatternError(f"cannot load {path}: {exc}") from exc


def village(name: str) -> bool:
    """`name` is a French commune only the village list knows ("Girmont-Val-d'Ajol",
    "La Neuveville-sous-Montfort"), with or without its article: a place only where the text
    gives a place's evidence besides."""
    if place_kind(name, VILLAGE) is not None:
        return True
    key = fold(name)
    names = _names("village")
    return bool(key) and not key.startswith(_VILLAGE_ARTICLES) \
        and any(a + key in names for a in _VILLAGE_ARTICLES)


_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae"})


def _spellings(key: str) -> list[str]:
    """A folded name and, when it has one, its spelling with the ligature written out: French
    writes "Wœrth", "Rœschwoog", the lists (GeoNames) sometimes "Woerth", "Roeschwoog"."""
    plain = key.translate(_LIGATURES)
    return [key, plain] if plain != key else [key]


def place_kind(name: str, kinds: tuple[str, ...] = KINDS) -> str | None:
    """The kind of place `name` is ("country", "town", ...), or None when it is no place the
    gazetteer knows. A leading article does not count ("la France", "Le Havre" both work),
    nor a ligature ("Wœrth" is the list's "Woerth")."""
    key = fold(name)
    if not key:
        return None
    spellings = _spellings(key)
    keys = list(spellings)
    for article in ("la ", "le ", "les ", "l'", "l "):
        if key.startswith(article):
            keys.extend(k[len(article) :] for k in spellings)
    for kind in kinds:
        names = _names(kind)
        if any(k in names for k in keys):
            return kind
    return None


def is_town(name: str) -> bool:
    """Whether some town bears `name`, even when the gazetteer files the name under a stronger
    kind and the town has 100,000 inhabitants or more ("Paris", a département as well; "Turin",
    a province; "Singapour", a country: models/gazetteer/also_town.txt; not "Mayenne"): for
    the callers that want a town where a département or a province of the same name would do
    as well ("le parquet de Paris", "le tribunal de Turin")."""
    if place_kind(name, ("town",)) is not None:
        return True
    key = fold(name)
    return bool(key) and key in _names("also_town")


def place_kinds(name: str) -> frozenset[str]:
    """Every kind of place `name` has: its strongest (`place_kind`), and "town" as well when
    a town bears it too; empty when the gazetteer knows no such place."""
    kind = place_kind(name)
    if kind is None:
        return frozenset()
    return frozenset((kind, "town")) if kind != "town" and is_town(name) else frozenset((kind,))


# a leading article as written: "la ", "Les ", "L'", "l’"
_LEAD_ARTICLE = re.compile(r"^(?:l[ae]s?\s+|l['’]\s*)", re.IGNORECASE)


def without_article(name: str) -> str | None:
    """`name` without its leading article when the article is the sentence's, not the
    place's: "la France" -> "France", "L'Allemagne" -> "Allemagne" (the bare name is a
    country, a continent or a subdivision). None when there is no article, when the bare name
    is no such place, or when some list names the place WITH its article ("La Paz", "La
    Réunion", "Le Val-d'Ajol": the article is a word of its name). A town keeps its article:
    French puts none before a town's name, so one there is the town's own ("La Baule", though
    the gazetteer has the commune as "La Baule-Escoublac" and a "Baule" elsewhere)."""
    m = _LEAD_ARTICLE.match(name)
    if m is None or m.end() == len(name):
        return None
    key = fold(name)
    if any(key in _names(kind) for kind in KINDS + VILLAGE):
        return None
    bare = name[m.end() :]
    return bare if place_kind(bare, STRONG) is not None else None


@cache
def _town_states() -> list[str]:
    """The lines of town_states.tsv ("town<TAB>state", sorted), searched by bisection: one
    split at load, no dictionary of 37,000 entries to build for a few look-ups a document."""
    path = models_dir() / "gazetteer" / "town_states.tsv"
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise PatternError(f"cannot load {path}: {exc}") from exc


def town_state(name: str) -> str | None:
    """The state a foreign town is in, by its French name ("Bissau" -> "Guinée-Bissau"), or
    None: no such town, a French commune's name, or a name towns of two states share
    (models/gazetteer/town_states.tsv, scripts/build_town_states.py)."""
    lines = _town_states()
    key = fold(name) + "\t"
    i = bisect_left(lines, key)
    return lines[i][len(key):] if i < len(lines) and lines[i].startswith(key) else None
