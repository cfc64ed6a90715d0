"""A fast-compiling, equivalent `TOKEN_MATCH` for spaCy's French tokenizer.

Importing `spacy.lang.fr` builds `TOKEN_MATCH` in `spacy/lang/fr/tokenizer_exceptions.py`:
one regular expression of about 1.4 million characters, 266 anchored alternatives
(`^...$`), most of them repeating the same few Unicode letter classes of thousands of
characters each. Python's `re` compiles each copy of those classes again, with case
folding, which takes seconds on every start; loading a French model then compiles the
same pattern string again in `Tokenizer.from_bytes` (a cache hit in `re` only when the
import compiled it in the same process).

The alternatives come in a few shapes that differ only in a short literal part:

    ^<word>[<lower letters>]+$                        (fixed words, also with `*`)
    ^<prefix>[<hyphens>][<lower>][<hyphens lower elisions>]*$   (hyphen prefixes)
    ^<prefix>[<elisions>][<lower>][<hyphens lower elisions>]*$  (elision prefixes)
    ^[<letters>]+[<hyphens>]<combo>[<hyphens>](?:l[<elisions>])?[<letters>]+$

so `^A X$|^B X$|...` is rewritten `^(?:A|B|...)X$`: the same language (alternation
distributes over concatenation), the same engine (`re`), the same class texts and flags,
hence the same tokens, with each big class compiled a handful of times instead of 266
times. A grouped part must be a self-contained regex fragment (checked below: balanced
groups, no top-level `|`, no escapes, no capturing group); an alternative that is not is
kept as it is. Nothing is guessed: the rewrite is built from the very list spaCy joins
(`_regular_exp`), only after checking that joining it gives the stock pattern, and
anything unexpected falls back to the stock compile.

`install()` imports `spacy.lang.fr` with this rewrite; `tokenizer_load()` is a context
manager that makes `Tokenizer.from_bytes` use it for the stock pattern string of a model.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from factx.fastload.patching import lock, patched

STOCK_MODULE = "spacy.lang.fr.tokenizer_exceptions"

_re_compile = re.compile
# stock TOKEN_MATCH pattern string -> the equivalent fast compiled pattern
_FAST: dict[str, re.Pattern[str]] = {}

_SPECIAL = set("\\.^$*+?{}[]|()")


def is_fragment(part: str) -> bool:
    """True when `part` is a self-contained regex fragment that can be moved inside
    `(?:...|...)`: literal characters, simple `[...]` classes, non-capturing groups
    `(?:...)` (with `|` only inside a group) and `?`, `*`, `+` after an atom."""
    depth = 0
    i = 0
    atom = False  # is there an atom a quantifier can apply to?
    while i < len(part):
        c = part[i]
        if c == "\\":
            return False
        if c == "[":
            end = part.find("]", i + 2)  # "[]...]" is not used; a class has 1+ characters
            if end < 0 or "[" in part[i + 1 : end] or "\\" in part[i + 1 : end]:
                return False
            i = end + 1
            atom = True
            continue
        if c == "(":
            if not part.startswith("(?:", i):
                return False  # capturing group, lookaround or inline flags
            depth += 1
            i += 3
            atom = False
            continue
        if c == ")":
            if depth == 0 or not atom:
                return False
            depth -= 1
            atom = True
        elif c == "|":
            if depth == 0:
                return False
            atom = False
        elif c in "?*+":
            if not atom:
                return False
            if part[i - 1] in "?*+":
                return False  # lazy or possessive quantifiers, nested repeats
        elif c in _SPECIAL:
            return False  # ^ $ . { } ] and anything else not handled above
        else:
            atom = True
        i += 1
    return depth == 0 and atom


def factored_pattern(stock: str, alternatives: list[str], alpha: str, alpha_lower: str,
                     hyphens: str, elision: str) -> str | None:
    """The grouped equivalent of `stock`, or None when `stock` is not exactly
    `"(?iu)" + "|".join("(?:{})".format(m) for m in alternatives)`."""
    flags = "(?iu)"
    if flags + "|".join(f"(?:{m})" for m in alternatives) != stock:
        return None
    a, al = f"[{alpha}]", f"[{alpha_lower}]"
    h, e, hle = f"[{hyphens}]", f"[{elision}]", f"[{hyphens}{alpha_lower}{elision}]"
    templates = [  # (head, tail); the part between them is grouped
        ("^", f"{h}{al}{hle}*$"),
        ("^", f"{e}{al}{hle}*$"),
        (f"^{a}+{h}", f"{h}(?:l{e})?{a}+$"),
        ("^", f"{al}+$"),
        ("^", f"{al}*$"),
    ]
    groups: dict[int, list[str]] = {}
    order: list[int | str] = []  # a template index, or an alternative kept as it is
    for m in alternatives:
        for k, (head, tail) in enumerate(templates):
            if m.startswith(head) and m.endswith(tail) and len(m) > len(head) + len(tail):
                middle = m[len(head) : len(m) - len(tail)]
                if is_fragment(middle):
                    if k not in groups:
                        groups[k] = []
                        order.append(k)
                    groups[k].append(middle)
                    break
        else:
            order.append(m)
    parts = []
    for item in order:
        if isinstance(item, int):
            head, tail = templates[item]
            parts.append(f"(?:{head}(?:{'|'.join(groups[item])}){tail})")
        else:
            parts.append(f"(?:{item})")
    return flags + "|".join(parts)


def _build(stock: str, module_globals: dict[str, Any]) -> re.Pattern[str] | None:
    try:
        pattern = factored_pattern(
            stock,
            list(module_globals["_regular_exp"]),
            module_globals["ALPHA"],
            module_globals["ALPHA_LOWER"],
            module_globals["HYPHENS"],
            module_globals["ELISION"],
        )
    except (KeyError, TypeError):
        return None
    if pattern is None:
        return None
    compiled = _re_compile(pattern)
    _FAST[stock] = compiled
    return compiled


def _compile_hook(pattern: Any, flags: int = 0) -> Any:
    """`re.compile` while `spacy.lang.fr` is imported: the stock TOKEN_MATCH compile,
    called from spaCy's module, gets the fast equivalent; every other call is passed on."""
    if flags == 0 and isinstance(pattern, str) and len(pattern) > 100_000 \
            and pattern.startswith("(?iu)"):
        module_globals = sys._getframe(1).f_globals
        if module_globals.get("__name__") == STOCK_MODULE:
            fast = _FAST.get(pattern) or _build(pattern, module_globals)
            if fast is not None:
                return fast
    return _re_compile(pattern, flags)


def install() -> bool:
    """Import `spacy.lang.fr` with the fast TOKEN_MATCH (once per process). True when
    the French defaults use it; False when spaCy's module was already imported or its
    pattern is not the expected one (then it is the stock, slow, compiled pattern)."""
    with lock:
        if STOCK_MODULE not in sys.modules:
            re.compile = _compile_hook  # only for this import, restored below
            try:
                import spacy.lang.fr
            finally:
                re.compile = _re_compile
    import spacy.lang.fr  # noqa: F401  (imported elsewhere: waits until it is complete)

    return is_fast(sys.modules[STOCK_MODULE].TOKEN_MATCH)


def is_fast(token_match: Callable[..., Any] | None) -> bool:
    """True when `token_match` is the bound `match` of one of our fast patterns."""
    owner = getattr(token_match, "__self__", None)
    return owner is not None and any(owner is fast for fast in _FAST.values())


class _TokenizerRe:
    """Stands for the `re` module inside `spacy.tokenizer` while a model loads."""

    def compile(self, pattern: Any, flags: int = 0) -> Any:
        if flags == 0 and isinstance(pattern, str):
            fast = _FAST.get(pattern)
            if fast is not None:
                return fast
        return _re_compile(pattern, flags)

    def __getattr__(self, name: str) -> Any:
        return getattr(re, name)


@contextmanager
def tokenizer_load() -> Iterator[None]:
    """While active, `Tokenizer.from_bytes`/`from_disk` compile the stock TOKEN_MATCH
    pattern string of a model to the fast equivalent (other patterns as usual)."""
    import spacy.tokenizer as tokenizer_module

    with patched(tokenizer_module, "re", _TokenizerRe()):
        yield
