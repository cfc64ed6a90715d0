"""factx.recache: a long pattern compiled from the cache file is the very pattern `re`
compiles (`re.Pattern.__eq__` compares the pattern string, the flags and the engine code),
and a cache file that cannot be trusted is never used."""

from __future__ import annotations

import marshal
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from factx.fastload import recache

LETTERS = "a-zàâäçéèêëîïôöùûüÿœæA-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ"
WORDS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
         "octobre", "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
         "samedi", "dimanche", "aujourd'hui", "demain", "hier", "l'an dernier", "l’an prochain"]
PATTERNS = [
    (r"(?:(?P<weekday>" + "|".join(WORDS[12:19]) + r")\s+)?(?P<day>\d{1,2})(?:er)?\s+(?P<month>"
     + "|".join(WORDS[:12]) + r")(?:\s+(?P<year>\d{4}))?(?:\s+à\s+(?P<hour>\d{1,2})\s*h\s*(?P<min>\d\d)?)?",
     re.I),
    ("|".join(rf"(?<![{LETTERS}]){re.escape(w)}(?![{LETTERS}])" for w in WORDS), 0),
    (r"^(?:" + "|".join(re.escape(w) for w in WORDS) + rf")[{LETTERS}\-’']*$", re.IGNORECASE | re.UNICODE),
    ("(?x) # verbose\n" + "\n".join(rf"(?P<w{i}>{re.escape(w)})\s*  # {w}" for i, w in enumerate(WORDS)), 0),
]
TEXTS = ["Le 3 mars 2021, puis le 1er avril, et lundi ou l’an prochain.", "AOÛT 14 Février",
         "mercredi-là", "aujourd'hui", "demain matin", ""]


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("FACTX_CACHE_DIR", str(tmp_path))
    recache.forget()
    re.purge()
    with recache.active():
        yield tmp_path
    recache.forget()
    re.purge()


def _fresh() -> None:
    """As a new process: nothing read, `re`'s own cache empty."""
    recache.forget()
    re.purge()


def test_patterns_from_the_cache_are_the_compiled_patterns(cache: Path) -> None:
    assert all(len(p) >= recache.MIN_LENGTH for p, _ in PATTERNS)
    first = [re.compile(p, f) for p, f in PATTERNS]
    recache.save()
    path = recache.cache_file()
    assert path is not None and path.exists()
    _fresh()
    second = [re.compile(p, f) for p, f in PATTERNS]
    for (pattern, flags), a, b in zip(PATTERNS, first, second, strict=True):
        stock = recache._original(pattern, flags)
        assert a == stock and b == stock  # same string, flags and code
        assert b.groupindex == stock.groupindex and b.groups == stock.groups
        assert b.flags == stock.flags
        for text in TEXTS:
            assert [m.span() for m in b.finditer(text)] == [m.span() for m in stock.finditer(text)]
            assert [m.groupdict() for m in b.finditer(text)] == [m.groupdict() for m in stock.finditer(text)]
    assert recache._new == {}  # all were read from the file


def test_spacy_french_tokenizer_patterns(cache: Path) -> None:
    from spacy.lang.fr import French

    defaults = French.Defaults
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    made = [compile_prefix_regex(defaults.prefixes), compile_suffix_regex(defaults.suffixes),
            compile_infix_regex(defaults.infixes)]
    recache.save()
    _fresh()
    again = [compile_prefix_regex(defaults.prefixes), compile_suffix_regex(defaults.suffixes),
             compile_infix_regex(defaults.infixes)]
    assert recache._new == {}
    for a, b in zip(made, again, strict=True):
        assert a == b == recache._original(b.pattern, b.flags & ~re.UNICODE)


def test_short_or_debug_patterns_are_not_cached(cache: Path, capsys: pytest.CaptureFixture[str]) -> None:
    re.compile(r"\d+ ans")
    re.compile("x" * recache.MIN_LENGTH, re.DEBUG)  # DEBUG prints the code: never cached
    assert "LITERAL" in capsys.readouterr().out
    assert recache._new == {}


@pytest.mark.parametrize("damage", ["garbage", "empty", "other version", "bad entry"])
def test_a_cache_file_not_to_trust_is_ignored(cache: Path, damage: str) -> None:
    pattern, flags = PATTERNS[0]
    re.compile(pattern, flags)
    recache.save()
    path = recache.cache_file()
    data = marshal.loads(path.read_bytes())
    if damage == "garbage":
        path.write_bytes(b"\x00not marshal" * 5)
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "other version":
        data["version"] = [*data["version"][:1], "2.7.0", *data["version"][2:]]
        path.write_bytes(marshal.dumps(data))
    else:
        data["entries"][pattern, int(flags)] = (1, [1, 2, "x"], 0, {}, ())
        path.write_bytes(marshal.dumps(data))
    _fresh()
    assert re.compile(pattern, flags) == recache._original(pattern, int(flags))
    assert recache._new  # compiled again, to be written again
    recache.save()
    assert marshal.loads(path.read_bytes())["version"] == recache._version()


def test_no_file_when_the_cache_is_off(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTX_CACHE_DIR", "")
    pattern, flags = PATTERNS[1]
    assert re.compile(pattern, flags) == recache._original(pattern, flags)
    recache.save()
    assert list(cache.iterdir()) == []


def test_a_command_writes_then_reads_the_cache(tmp_path: Path) -> None:
    """Two fresh interpreters: the first compiles and writes, the second only reads."""
    code = ("import re, sys; from factx.fastload import recache; recache.install(); "
            "from factx.cli import app; "  # as `factx` starts
            f"ps = [re.compile(p, f) for p, f in {PATTERNS!r}]; "
            "print(len(recache._new), [p.pattern[:10] for p in ps] == [p[:10] for p, f in "
            f"{PATTERNS!r}])")
    env = {"FACTX_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                           check=True).stdout.split() for _ in range(2)]
    assert int(runs[0][0]) >= len(PATTERNS) and runs[0][1] == "True"  # + the CLI's own
    assert runs[1] == ["0", "True"]


def test_a_library_user_s_patterns_stay_out_of_the_cache(tmp_path: Path) -> None:
    """Imported as a library, factx caches only while it imports spaCy and loads a model."""
    code = ("import re; import factx.api; from factx.fastload import recache; "
            f"mine = re.compile({PATTERNS[1][0]!r}); "
            "print(len(recache._new) > 0, any(k[0] == mine.pattern for k in recache._new))")
    env = {"FACTX_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         check=True).stdout.split()
    assert out == ["True", "False"]  # spaCy's patterns cached, not the program's


def test_factx_patterns_are_the_same_in_every_process(tmp_path: Path) -> None:
    """factx's own long patterns must not depend on the hash seed (set order), or the cache
    would miss on every start: the figures' and numbers' patterns, in two seeds."""
    code = ("import json; from factx.components import figures; from factx import numbers; "
            "out = {}\n"
            "for name, lex in (('figures', figures._lex()), ('numbers', numbers._patterns())):\n"
            "    for k, v in lex.items():\n"
            "        src = getattr(v, 'source', None) or getattr(v, 'pattern', None)\n"
            "        if isinstance(src, str): out[name + '.' + k] = src\n"
            "print(json.dumps(out, sort_keys=True))")
    outs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": seed, "FACTX_CACHE_DIR": str(tmp_path),
                                "PATH": "/usr/bin:/bin"}).stdout
            for seed in ("1", "2")]
    assert len(outs[0]) > 5000 and outs[0] == outs[1]


def test_regex_module_flags_are_cached(cache: Path) -> None:
    """`re.compile(p, regex.I)` (factx's patterns that run on both engines): re reads the
    regex module's flags as ints; they are cached as such."""
    import regex

    pattern = PATTERNS[1][0]
    first = re.compile(pattern, regex.IGNORECASE)
    assert recache._new and next(iter(recache._new))[1] == int(regex.IGNORECASE)
    recache.save()
    _fresh()
    assert re.compile(pattern, regex.IGNORECASE) == first == recache._original(pattern, re.IGNORECASE)
    assert recache._new == {}


REGEX_PATTERNS = [
    # variable-width look-behind and Unicode properties: only the regex module reads them
    (r"(?<![\p{L}\d][ ]{0,3})(?:(?P<weekday>" + "|".join(WORDS[12:19]) + r")[ ]+)?(?P<day>\d{1,2})"
     r"(?:er)?[ ]+(?P<month>" + "|".join(WORDS[:12]) + r")(?:[ ]+(?P<year>\d{4}))?(?![\p{L}])",
     "IGNORECASE|VERSION1"),
    ("|".join(rf"(?<![\p{{L}}]){re.escape(w)}(?![\p{{L}}])" for w in WORDS), "IGNORECASE"),
]


def _regex_flags(names: str) -> int:
    import regex

    flags = 0
    for name in names.split("|"):
        flags |= getattr(regex, name)
    return flags


def test_regex_module_patterns_from_the_cache(cache: Path) -> None:
    import regex

    stock_compile = recache._regex_original[0]
    assert all(len(p) >= recache.MIN_LENGTH for p, _ in REGEX_PATTERNS)
    first = [regex.compile(p, _regex_flags(f)) for p, f in REGEX_PATTERNS]
    kept = {k: v for k, v in recache._new.items() if k[0] == "regex"}
    assert len(kept) == len(REGEX_PATTERNS)
    recache.save()
    _fresh()
    regex.purge()
    second = [regex.compile(p, _regex_flags(f)) for p, f in REGEX_PATTERNS]
    assert recache._new == {}  # read from the file
    for (pattern, names), a, b in zip(REGEX_PATTERNS, first, second, strict=True):
        stock = stock_compile(pattern, _regex_flags(names), False, {}, False)
        for compiled in (a, b):
            assert (compiled.pattern, compiled.flags, compiled.groupindex, compiled.groups) == (
                stock.pattern, stock.flags, stock.groupindex, stock.groups)
            for text in [*TEXTS, "Le 3 MARS 2021 et le 14 juillet ; x1 mars ; été 2020, mardi-gras"]:
                assert [(m.span(), m.groupdict()) for m in compiled.finditer(text)] == [
                    (m.span(), m.groupdict()) for m in stock.finditer(text)]
    # what is kept is what regex hands its engine, flags as plain ints
    for key, args in kept.items():
        capture = recache._Capture(regex._main._regex)
        regex._main._regex = capture
        try:
            stock_compile(key[3], key[4], False, {}, False)
        finally:
            regex._main._regex = capture.real
        assert args == recache._plain_data(capture.args)
