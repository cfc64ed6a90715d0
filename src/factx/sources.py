"""Inputs -> documents: files, folders (sorted, recursive), globs, "-" for stdin, lists of
paths; decoding; the text of `.md` and `.html` files.

Sources are produced lazily and read one at a time, so a run over a huge folder holds one
text (per chunk in flight) at a time, never the corpus. Reading failures are `InputError`s
with a message fit for a user.

Offsets in the output always index the text factx read: for a `.txt` file the decoded file;
for a `.md` file too (markup is blanked with spaces, so offsets are those of the file); for
an `.html` file the text extracted from it (tags dropped, entities decoded).
"""

from __future__ import annotations

import fnmatch
import glob as globlib
import hashlib
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path, PurePath
from typing import ClassVar

from factx.errors import InputError

DEFAULT_GLOB = "*.txt"
TEXT_SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
                 ".html": "html", ".htm": "html", ".xhtml": "html"}
# bytes that cp1252 leaves undefined: a text holding them is latin-1 (or not text)
_CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}
_GLOB_CHARS = re.compile(r"[*?\[]")


@dataclass(frozen=True)
class Source:
    """One document to read: a file path, or standard input."""

    path: Path | None  # None for stdin
    label: str  # the path as given (or found in a folder), "-" for stdin

    @property
    def doc_id(self) -> str:
        return "stdin" if self.path is None else self.path.stem

    @property
    def display_path(self) -> str | None:
        return None if self.path is None else self.label

    @property
    def kind(self) -> str:
        """"text", "markdown" or "html", from the file name (stdin is text)."""
        if self.path is None:
            return "text"
        return TEXT_SUFFIXES.get(self.path.suffix.lower(), "text")


@dataclass(frozen=True)
class Loaded:
    """A source read and decoded: its text, the encoding used, the SHA-256 of its bytes."""

    source: Source
    text: str
    encoding: str
    sha256: str
    doc_date: str | None = None  # the date an HTML page's metadata gives, ISO (factx.temporal.header)


# byte order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one)
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Bytes -> (text, encoding). A byte order mark says the encoding: UTF-8, UTF-16 or
    UTF-32 (little or big endian), and the mark is dropped. Without one: UTF-8, else
    cp1252, else latin-1.

    Raises InputError for a binary file (NUL bytes without a mark, bytes the marked
    encoding cannot decode, control characters) or an empty text.
    """
    binary = f"{name}: binary file (NUL bytes), not a text"
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding.removesuffix("-sig"), errors="strict")
            except UnicodeDecodeError:
                raise InputError(f"{name}: binary file (not valid {encoding.removesuffix('-sig')}), "
                                 "not a text") from None
            if not text.strip():
                raise _empty(text, name)
            if "\x00" in text[:8192]:
                raise InputError(binary)
            return _check_controls(text, name), encoding
    if not data.strip():
        raise _empty(data, name)
    if b"\x00" in data[:8192]:
        raise InputError(binary)
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        if any(b in _CP1252_UNDEFINED for b in data):
            text, encoding = data.decode("latin-1"), "latin-1"
        else:
            text, encoding = data.decode("cp1252"), "cp1252"
    return _check_controls(text, name), encoding


def declared(encoding: str) -> bool:
    """Whether the file said its encoding (UTF-8 without a mark counts: it is checked
    strictly); cp1252 and latin-1 are guesses, which a note on stderr reports."""
    return encoding.startswith(("utf-8", "utf-16", "utf-32"))


def _empty(content: str | bytes, name: str) -> InputError:
    return InputError(f"{name}: empty file" if not content else f"{name}: no text (only white space)")


def _check_controls(text: str, name: str) -> str:
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\t\n\r\f\v")
    if controls > max(2, len(text[:8192]) // 100):
        raise InputError(f"{name}: binary file (control bytes), not a text")
    return text


# --- markup ---------------------------------------------------------------------------

_MD_RULES = [
    re.compile(r"^ {0,3}(#{1,6})(?=\s)", re.M),  # headings
    re.compile(r"^ {0,3}(>+ ?)", re.M),  # block quotes
    re.compile(r"^\s*([-*+]|\d{1,3}[.)])(?= )", re.M),  # list markers
    re.compile(r"^ {0,3}(`{3,}.*|~{3,}.*)$", re.M),  # code fences (with their language)
    re.compile(r"^ {0,3}((?:[-*_] ?){3,})$", re.M),  # horizontal rules
    re.compile(r"(!?\[)(?=[^\]\n]*\]\([^)\n]*\))"),  # the "[" or "![" of a link or image
    re.compile(r"(\]\([^)\n]*\))"),  # "](url)"
    re.compile(r"(?<![\w*])(\*{1,3}|_{1,3})(?=\S)(?:.+?)(?<=\S)(\1)(?![\w*])"),  # emphasis
    re.compile(r"(`+)[^`\n]+?(\1)"),  # inline code
    re.compile(r"(<[A-Za-z/!][^>\n]*>)"),  # inline HTML tags
]


def markdown_text(text: str) -> str:
    """The text of a Markdown document with its markup blanked by spaces, so that the
    offsets of the result are the offsets of the file."""
    chars = list(text)
    for rule in _MD_RULES:
        for m in rule.finditer(text):
            for g in range(1, (m.lastindex or 0) + 1):
                start, end = m.span(g)
                for i in range(max(start, 0), end):
                    if chars[i] != "\n":
                        chars[i] = " "
    return "".join(chars)


class _HTMLText(HTMLParser):
    _SKIP: ClassVar[set[str]] = {"script", "style", "noscript", "template", "svg", "head"}
    _BLOCK: ClassVar[set[str]] = {
        "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "h1", "h2", "h3",
        "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "blockquote", "pre",
        "figure", "figcaption", "form", "hr", "title", "body"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.in_title = False
        self.pre = 0
        self.meta: dict[str, str] = {}  # <meta> name (lower case) -> its first content
        self.times: list[tuple[bool, str]] = []  # <time datetime>: (marked as the publication, value)
        self.headers = 0  # depth of <header> elements (an article's byline is in one)
        self.paragraphs = 0  # </p> seen: a <time> after the first paragraph dates an event

    def _dates(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): v for k, v in attrs if v is not None}
        if tag == "meta" and "content" in values:
            for key in ("property", "name", "itemprop"):
                if key in values:
                    self.meta.setdefault(values[key].strip().lower(), values["content"])
        elif tag == "time" and values.get("datetime"):
            marked = "pubdate" in {k.lower() for k, _ in attrs} or \
                values.get("itemprop", "").lower() == "datepublished"
            if marked or self.headers or not self.paragraphs:  # the byline, not the body
                self.times.append((marked, values["datetime"]))

    def doc_date(self) -> str | None:
        """The publication date the page's markup states (see models/dates/header.json)."""
        if not self.meta and not self.times:
            return None
        from factx.resources import load_json
        from factx.temporal.header import parse_date_string

        candidates = [self.meta[k] for k in load_json("dates/header.json")["html_meta"] if k in self.meta]
        candidates += [v for marked, v in self.times if marked] + [v for _, v in self.times[:1]]
        for value in candidates:
            found = parse_date_string(value)
            if found:
                return found
        return None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("meta", "time"):
            self._dates(tag, attrs)
        elif tag == "header":
            self.headers += 1
        if tag == "title":
            self.in_title = True
        elif tag in self._SKIP:
            self.skip += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" ")
        elif tag in self._BLOCK:
            self.parts.append("\n\n")
        if tag == "pre":
            self.pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("meta", "time"):
            self._dates(tag, attrs)
        if tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "header":
            self.headers = max(0, self.headers - 1)
        elif tag == "p" and not self.headers:
            self.paragraphs += 1
        if tag == "title":
            self.in_title = False
            self.parts.append("\n\n")
        elif tag in self._SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n\n")
        if tag == "pre":
            self.pre = max(0, self.pre - 1)

    def handle_data(self, data: str) -> None:
        if self.skip and not self.in_title:
            return
        self.parts.append(data if self.pre else re.sub(r"\s+", " ", data))


def html_page(markup: str) -> tuple[str, str | None]:
    """The visible text of an HTML page (title first), paragraphs separated by blank lines,
    and the publication date its markup states (`<meta property="article:published_time">`,
    `<time datetime>`), ISO, or None."""
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n", parser.doc_date()


def html_text(markup: str) -> str:
    """The visible text of an HTML page (title first), paragraphs separated by blank lines."""
    return html_page(markup)[0]


def extract_text(raw: str, kind: str, name: str) -> tuple[str, str | None]:
    """The text of a document and the date its markup states outside the text (HTML)."""
    if kind == "markdown":
        return markdown_text(raw), None
    if kind == "html":
        text, doc_date = html_page(raw)
        if not text.strip():
            raise InputError(f"{name}: no text in this HTML page")
        return text, doc_date
    return raw, None


# --- reading --------------------------------------------------------------------------

def read_bytes(source: Source) -> bytes:
    if source.path is None:
        return sys.stdin.buffer.read()
    try:
        return source.path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(f"{source.label}: no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{source.label}: is a directory") from exc
    except PermissionError as exc:
        raise InputError(f"{source.label}: permission denied") from exc
    except OSError as exc:
        raise InputError(f"{source.label}: cannot read ({exc.strerror})") from exc


def load(source: Source, data: bytes | None = None) -> Loaded:
    """Read (unless `data` is given), hash, decode and extract the text of a source."""
    if data is None:
        data = read_bytes(source)
    name = "stdin" if source.path is None else source.label
    raw, encoding = decode(data, name)
    text, doc_date = extract_text(raw, source.kind, name)
    return Loaded(source, text, encoding, hashlib.sha256(data).hexdigest(), doc_date)


def read_source(source: Source) -> tuple[str, str]:
    """The decoded text of a source and the encoding used."""
    loaded = load(source)
    return loaded.text, loaded.encoding


# --- expanding inputs -----------------------------------------------------------------

def split_patterns(patterns: str | Iterable[str]) -> list[str]:
    """"*.txt" -> ["*.txt"]; "*.{txt,md}" -> ["*.txt", "*.md"]; "*.txt,*.md" likewise."""
    if isinstance(patterns, str):
        patterns = [patterns]
    out: list[str] = []
    for pattern in patterns:
        m = re.search(r"\{([^{}]*)\}", pattern)
        if m:
            for alt in m.group(1).split(","):
                out.extend(split_patterns(pattern[: m.start()] + alt + pattern[m.end():]))
        else:
            out.extend(p.strip() for p in pattern.split(",") if p.strip())
    return out


def _matches(rel: PurePath, patterns: list[str]) -> bool:
    for pattern in patterns:
        if "/" in pattern:
            if rel.match(pattern) or fnmatch.fnmatch(rel.as_posix(), pattern.removeprefix("**/")):
                return True
        elif fnmatch.fnmatchcase(rel.name, pattern):
            return True
    return False


def walk(folder: Path, patterns: list[str]) -> Iterator[Path]:
    """Matching files under a folder, recursively, in sorted order, lazily (one folder
    listing in memory at a time). The order is that of `sorted(folder.rglob(...))`."""

    def visit(current: Path) -> Iterator[Path]:
        try:
            with os.scandir(current) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            return
        for entry in entries:
            path = current / entry.name
            try:
                is_dir = entry.is_dir()
            except OSError:
                continue
            if is_dir:
                yield from visit(path)
            elif entry.is_file() and _matches(path.relative_to(folder), patterns):
                yield path

    yield from visit(folder)


def _label(folder_arg: str, folder: Path, path: Path) -> str:
    return str(Path(folder_arg) / path.relative_to(folder)) if folder_arg else str(path)


def _expand_one(raw: str, patterns: list[str], strict: bool) -> Iterator[Source]:
    if raw == "-":
        yield Source(None, "-")
        return
    path = Path(raw)
    if path.is_dir():
        found = False
        for p in walk(path, patterns):
            found = True
            yield Source(p, _label(raw, path, p))
        if not found and strict:
            raise InputError(f"{raw}: no {', '.join(patterns)} files in this folder")
    elif path.exists() or not _GLOB_CHARS.search(raw):
        if strict and not path.exists():
            raise InputError(f"{raw}: no such file or folder")
        yield Source(path, raw)  # a missing path from a list fails when read, in its place
    else:
        matches = sorted(globlib.glob(raw, recursive=True))
        if not matches and strict:
            raise InputError(f"{raw}: no file matches this pattern")
        for m in matches:
            mp = Path(m)
            if mp.is_dir():
                for p in walk(mp, patterns):
                    yield Source(p, _label(m, mp, p))
            else:
                yield Source(mp, m)


def check_inputs(inputs: Iterable[str], patterns: str | Iterable[str] = DEFAULT_GLOB) -> None:
    """Raise InputError for a command-line input that cannot give a document: a path that
    does not exist, a folder with no matching file, a pattern matching nothing."""
    pats = split_patterns(patterns)
    for raw in inputs:
        for _ in _expand_one(raw, pats, strict=True):
            break


def list_entries(list_file: str) -> Iterator[str]:
    """The paths of a list file (one a line; blank lines and lines starting with # skipped);
    "-" reads the list from standard input."""
    if list_file == "-":
        stream: Iterable[str] = sys.stdin
        for line in stream:
            entry = line.strip()
            if entry and not entry.startswith("#"):
                yield entry
        return
    try:
        with open(list_file, encoding="utf-8-sig") as fh:
            for line in fh:
                entry = line.strip()
                if entry and not entry.startswith("#"):
                    yield entry
    except FileNotFoundError as exc:
        raise InputError(f"{list_file}: no such list file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{list_file}: cannot read this list of paths ({exc})") from exc


def iter_sources(inputs: Iterable[str], patterns: str | Iterable[str] = DEFAULT_GLOB,
                 from_list: str | None = None) -> Iterator[Source]:
    """Sources in order, lazily: command-line inputs (checked with `check_inputs` first),
    then the entries of the list file. A missing entry of a list is yielded anyway: it
    becomes an error record in its place."""
    pats = split_patterns(patterns)
    for raw in inputs:
        yield from _expand_one(raw, pats, strict=True)
    if from_list is not None:
        for entry in list_entries(from_list):
            yield from _expand_one(entry, pats, strict=False)


def expand(inputs: Iterable[str], pattern: str | Iterable[str] = DEFAULT_GLOB) -> list[Source]:
    """Paths as given on a command line -> sources, in order; folders walked sorted.

    Raises InputError for a path that does not exist or a folder with no matching file.
    """
    inputs = list(inputs)
    check_inputs(inputs, pattern)
    return list(iter_sources(inputs, pattern))
