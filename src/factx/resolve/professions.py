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

The list is built once, when the lexicon is revised, with `python -m factx.resolve.professions`
(it needs the model, as factx does anyway) and shipped as data; reading it costs a JSON load.
"""

from __future__ import annotations

import json
import sys
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


def from_model(nlp) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """The derived entries from a loaded French pipeline's lemmatizer tables."""
    lookups = nlp.get_pipe("lemmatizer").lookups
    strings = nlp.vocab.strings
    index = lookups.get_table("lemma_index")
    exc = lookups.get_table("lemma_exc")
    noun_key = strings["noun"]
    nouns = list(index[noun_key]) if noun_key in index else []
    feminines = dict(exc[noun_key]) if noun_key in exc else {}
    adj_key = strings["adj"]
    return derive(nouns, feminines, list(index[adj_key]) if adj_key in index else [])


def main(argv: list[str] | None = None) -> int:
    """Rebuild models/roles/professions.json from a model (default fr_core_news_md)."""
    import spacy

    from factx.resources import models_dir

    args = sys.argv[1:] if argv is None else argv
    model = args[0] if args else "fr_core_news_md"
    nlp = spacy.load(model, exclude=["parser", "ner", "tagger", "morphologizer", "attribute_ruler"])
    entries = from_model(nlp)
    data = {
        "_comment": "Generated by `python -m factx.resolve.professions` from the lemmatizer tables "
                    f"of {model} (see that module): nouns of offices and professions, [masculine, "
                    "feminine] or [epicene], lower case. Hand-written titles (titles.json) come first.",
        "source": f"{model} {nlp.meta.get('version', '')}".strip(),
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
