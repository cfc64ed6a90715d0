"""The shape of the package: no import cycle among factx's modules, and nothing outside
`factx.fastload` reaching into its modules (docs/architecture.md).

The imports are read from the source (every `import` and `from ... import`, at module level
and inside functions and classes, type-checking ones included), not by importing, so a
cycle hidden in a function that runs only in some cases is found too. An import of a
package's module counts as an edge to that module, not to the package above it, which
Python imports first as a matter of course.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"


def module_names(root: Path) -> dict[str, Path]:
    """{dotted module name: file} for every module under `root` (a `src` folder)."""
    out = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _package(name: str, path: Path) -> str:
    return name if path.name == "__init__.py" else name.rpartition(".")[0]


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The modules among `known` that module `name` (its file `path`) imports."""
    found: set[str] = set()

    def nearest(dotted: str) -> str | None:
        while dotted and dotted not in known:
            dotted = dotted.rpartition(".")[0]
        return dotted or None

    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [nearest(alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = _package(name, path).split(".")
                head = package[: len(package) - (node.level - 1)]
                base = ".".join([*head, base] if base else head)
            targets = [nearest(f"{base}.{alias.name}") if f"{base}.{alias.name}" in known
                       else nearest(base) for alias in node.names]
        else:
            continue
        found.update(t for t in targets if t is not None and t != name)
    return found


def import_graph(root: Path) -> dict[str, set[str]]:
    modules = module_names(root)
    return {name: imports_of(name, path, set(modules)) for name, path in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle (a path that comes back to its first module) per group of modules that
    import each other, directly or not; sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.add(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(group)

    for v in sorted(graph):
        if v not in index:
            visit(v)

    def path_back(group: set[str]) -> list[str]:
        start = min(group)
        seen = {start: [start]}
        todo = [start]
        while todo:  # breadth first: a shortest way back to `start`
            v = todo.pop(0)
            for w in sorted(graph[v] & group):
                if w == start:
                    return [*seen[v], start]
                if w not in seen:
                    seen[w] = [*seen[v], w]
                    todo.append(w)
        raise AssertionError("not a cycle")

    return sorted(path_back(g) for g in groups)


def test_no_import_cycle_in_factx() -> None:
    graph = import_graph(SRC)
    assert "factx.pipeline" in graph and "factx.fastload" in graph["factx.pipeline"]
    assert "factx.temporal.triggers" in graph["factx.temporal.grammar"]
    found = cycles(graph)
    assert found == [], "import cycles: " + "; ".join(" -> ".join(c) for c in found)


def test_fastload_internals_stay_inside() -> None:
    """Outside `factx.fastload`, only the package itself (its public functions) is imported."""
    graph = import_graph(SRC)
    reaching_in = sorted(
        (name, target) for name, targets in graph.items() if not name.startswith("factx.fastload")
        for target in targets if target.startswith("factx.fastload.")
    )
    assert reaching_in == []
    users = sorted(name for name, targets in graph.items() if "factx.fastload" in targets
                   and not name.startswith("factx.fastload"))
    assert users == ["factx.batch", "factx.cli", "factx.components", "factx.pipeline"]


# the walker itself, on small made-up packages: (files, expected cycles)
CASES = [
    pytest.param({"p/__init__.py": "", "p/a.py": "from p import b\n", "p/b.py": "x = 1\n"},
                 [], id="one-way"),
    pytest.param({"p/__init__.py": "", "p/a.py": "from p.b import f\n",
                  "p/b.py": "def f():\n    from p.a import g\n"},
                 [["p.a", "p.b", "p.a"]], id="back-edge-inside-a-function"),
    pytest.param({"p/__init__.py": "", "p/a.py": "import p.b\n", "p/b.py": "import p.c\n",
                  "p/c.py": "from p import a\n"},
                 [["p.a", "p.b", "p.c", "p.a"]], id="three-modules"),
    pytest.param({"p/__init__.py": "from p.a import x\n", "p/a.py": "from p.b import y\nx = 1\n",
                  "p/b.py": "y = 2\n"},
                 [], id="package-importing-its-modules"),
    pytest.param({"p/__init__.py": "from p.a import x\n", "p/a.py": "from p import VERSION\n"},
                 [["p", "p.a", "p"]], id="module-importing-its-package-back"),
    pytest.param({"p/__init__.py": "", "p/q/__init__.py": "", "p/q/a.py": "from . import b\n",
                  "p/q/b.py": "from .a import z\n"},
                 [["p.q.a", "p.q.b", "p.q.a"]], id="relative-imports"),
    pytest.param({"p/__init__.py": "", "p/a.py": "from typing import TYPE_CHECKING\n"
                  "if TYPE_CHECKING:\n    from p.b import T\n", "p/b.py": "from p.a import U\n"},
                 [["p.a", "p.b", "p.a"]], id="type-checking-import"),
]


@pytest.mark.parametrize(("files", "expected"), CASES)
def test_cycle_finder(tmp_path: Path, files: dict[str, str], expected: list[list[str]]) -> None:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert cycles(import_graph(tmp_path)) == expected
