"""The HTML view, opened in a real browser: headless Chromium parses the page (its DOM is
dumped and checked) and paints it (a screenshot, whose pixels show the highlights).

Skipped when Chromium is absent locally; in CI (CI=true) Chromium is installed by .ci/run
and a missing browser is a failure."""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factx.cli import app
from factx.html import COLOURS, TITLE

TEXTS = {
    "conseil": "Rimouski, le 4 avril 2022 – Le maire de Rimouski, M. Guy Caron, a présenté hier le budget "
               "au conseil municipal. « Nous tenons nos promesses », a dit M. Caron.\n",
    "balises": "À Lyon, Mme Claire Dumas a écrit <script>alert('x')</script> & <b>gras</b> dans son "
               "rapport au ministère de la Culture.\n",
}
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
         "--force-color-profile=srgb", "--force-device-scale-factor=1"]


@pytest.fixture(scope="module")
def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("CI") == "true":
        pytest.fail("Chromium is missing in CI: .ci/run installs the Debian package 'chromium'")
    pytest.skip("Chromium not installed (apt-get install chromium); it runs in CI")


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory, nlp) -> tuple[Path, list[dict[str, Any]]]:  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("html")
    for name, text in TEXTS.items():
        (root / f"{name}.txt").write_text(text, encoding="utf-8")
    runner = CliRunner()
    records = [json.loads(x) for x in runner.invoke(app, ["extract", str(root), "-j", "1", "-f", "jsonl"])
               .stdout.splitlines()]
    out = root / "view.html"
    result = runner.invoke(app, ["extract", str(root), "-j", "1", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    return out, records


def _browser(chromium: str, tmp: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    profile = tmp / f"profile-{len(list(tmp.glob('profile-*')))}"
    return subprocess.run([chromium, *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True,
                          timeout=120, check=True)


class _Dom(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.title = ""
        self.marks: list[dict[str, str | None]] = []
        self.tags: list[str] = []
        self.text_in_docs = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "mark":
            self.marks.append(dict(attrs))
        if tag not in ("meta", "br", "link", "img", "hr", "input"):
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.stack:
            while self.stack.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1] == "title":
            self.title += data
        if "article" in self.stack:
            self.text_in_docs += data


def test_chromium_parses_the_page(chromium: str, page: tuple[Path, list[dict[str, Any]]],
                                  tmp_path: Path) -> None:
    path, records = page
    dom = _Dom()
    dom.feed(_browser(chromium, tmp_path, "--dump-dom", path.as_uri()).stdout.decode("utf-8"))
    assert dom.title == TITLE
    assert dom.tags.count("article") == 2
    assert dom.tags.count("script") == 0 and dom.tags.count("b") == 0  # the text's tags stay text
    assert "<script>alert('x')</script> & <b>gras</b>" in dom.text_in_docs
    mentions = [(e["id"], m["text"]) for r in records for e in r["entities"] for m in e["mentions"]]
    assert len(dom.marks) == len(mentions) > 0
    assert {m["data-id"] for m in dom.marks} == {i for i, _ in mentions}
    names = {e["name"] for r in records for e in r["entities"] if e["type"] == "person"}
    assert {"Guy Caron", "Claire Dumas"} <= names
    assert any(m["title"] == f"{m['data-id']} · person · Claire Dumas" for m in dom.marks)


def _png_pixels(data: bytes) -> tuple[int, int, bytes, int]:
    """(width, height, raw unfiltered rows, bytes per pixel) of an 8-bit RGB/RGBA PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    height = depth = ctype = 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, ctype = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    assert depth == 8 and ctype in (2, 6)
    bpp = 3 if ctype == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    out = bytearray()
    prev = bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        row = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = row[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                row[i] = (row[i] + a) & 255
            elif f == 2:
                row[i] = (row[i] + b) & 255
            elif f == 3:
                row[i] = (row[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                row[i] = (row[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        out += row
        prev = row
    return width, height, bytes(out), bpp


def test_chromium_paints_the_highlights(chromium: str, page: tuple[Path, list[dict[str, Any]]],
                                        tmp_path: Path) -> None:
    path, records = page
    shot = tmp_path / "shot.png"
    _browser(chromium, tmp_path, f"--screenshot={shot}", "--window-size=1280,1000", path.as_uri())
    width, height, pixels, bpp = _png_pixels(shot.read_bytes())
    assert (width, height) == (1280, 1000)
    counts: dict[str, int] = {}
    for t, hex_colour in COLOURS.items():
        rgb = bytes.fromhex(hex_colour[1:])
        counts[t] = sum(1 for i in range(0, len(pixels), bpp) if pixels[i:i + 3] == rgb)
    types = {e["type"] for r in records for e in r["entities"]}
    absent = [t for t in COLOURS if t not in types]  # only in the legend
    legend_only = max((counts[t] for t in absent), default=0)
    for t in ("person", "place", "organization"):
        assert t in types
        assert counts[t] > legend_only + 300, counts  # highlights and swatches painted in its colour
