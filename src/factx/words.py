"""Word-shape tests shared by the components and the resolvers (below both): folding a
name for comparison, and telling an acronym by its letters."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# words that open a surname: "de Gaulle", "Le Pen", "Van Rompuy", "Ben Ali" (folded)
PARTICLES = frozenset({"de", "d", "du", "des", "le", "la", "van", "von", "der", "den", "di", "da",
                        "del", "della", "dos", "das", "ben", "bin", "abu", "al", "el", "mac", "ter"})


@lru_cache(maxsize=1 << 16)  # the same names and words are folded again and again
def fold(s: str) -> str:
    """Case, accents, apostrophes, hyphens and spaces folded: for comparing names."""
    if s.isascii():
        s = s.lower()  # nothing to decompose: the common case
    else:
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c)).lower()
        s = s.replace("\u2019", "'")
    s = s.replace("-", " ")
    return " ".join(s.split())


# an opening article of a folded name, with something after it: "la france", "l'inde"
_FOLDED_ARTICLE = re.compile(r"^(?:les |le |la |l')\s*(?=\S)")


def drop_article(folded: str) -> str:
    """A folded name without its opening article: "la france" -> "france", "l'inde" ->
    "inde" ("la" alone stays)."""
    return _FOLDED_ARTICLE.sub("", folded, count=1)


def is_acronym(s: str) -> bool:
    """2 to 10 letters, all or all but one upper case, one word, an upper-case start: "ONU",
    "CNRS", "SNCF", "MoDem" is not (two lower-case letters)."""
    letters = [c for c in s if c.isalpha()]
    return 2 <= len(letters) <= 10 and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1) \
        and " " not in s and s[0].isupper()
