"""The package's import graph: no cycles, and no import that runs up the layers.

Every import counts, also one inside a function (that is how a cycle is usually hidden). The
layers, lowest first: ``core`` (pure Python) < ``io`` (spreadsheets) < ``qgis_adapter`` <
``processing_provider``, ``gui`` and ``cli`` (the command line) < ``plugin``; ``definitions``, ``__about__`` and
``dependencies`` may be imported from anywhere, ``toolbelt`` from the QGIS layers.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "economic_layer_plugin"
NAME = "economic_layer_plugin"

#: what each part may import from the package (besides itself)
ALLOWED = {
    "core": {"definitions"},
    "io": {"core", "definitions"},
    "toolbelt": {"definitions", "__about__"},
    "qgis_adapter": {"core", "io", "definitions", "toolbelt", "__about__"},
    "processing_provider": {"core", "io", "qgis_adapter", "definitions", "toolbelt", "__about__"},
    "gui": {"core", "io", "qgis_adapter", "processing_provider", "definitions", "toolbelt", "__about__"},
    "cli": {"core", "io", "qgis_adapter", "definitions", "toolbelt", "__about__"},
    "plugin": {"core", "io", "qgis_adapter", "processing_provider", "gui", "definitions", "toolbelt", "__about__",
               "dependencies"},
    "__init__": {"dependencies", "plugin"},
    "dependencies": set(),
    "definitions": set(),
    "__about__": set(),
}
#: single modules a part may import beyond ALLOWED: core/i18n.py (the catalogue's reader) imports nothing
#: of the plugin, so the constants and the dependency check translate their text with it (#28); only it.
ALLOWED_MODULES = {
    "definitions": {f"{NAME}.core.i18n"},
    "dependencies": {f"{NAME}.core.i18n"},
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def modules() -> dict:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imports_of(name: str, path: Path, known: set) -> set:
    """The package's modules that ``name`` imports, anywhere in its body."""
    found = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            targets = [f"{base}.{alias.name}" for alias in node.names] + [base]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name and target.startswith(NAME + ".") and not name.startswith(target + "."):
                found.add(target)
    return found


def graph() -> dict:
    found = modules()
    known = set(found)
    return {name: imports_of(name, path, known) for name, path in found.items()}


def part(name: str) -> str:
    pieces = name.split(".")
    return pieces[1] if len(pieces) > 1 else "__init__"


def cycles(edges: dict) -> list:
    """The strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on_stack, result, counter = {}, {}, [], set(), [], [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for other in edges.get(node, ()):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                other = stack.pop()
                on_stack.discard(other)
                component.append(other)
                if other == node:
                    break
            if len(component) > 1:
                result.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return result


def test_the_checker_sees_a_cycle_and_an_import_inside_a_function():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
    edges = graph()
    # gui/export.py imports io.xlsx inside a function: counted
    assert f"{NAME}.io.xlsx" in edges[f"{NAME}.gui.export"]


def test_no_import_cycles():
    assert cycles(graph()) == []


def test_no_import_runs_up_the_layers():
    upward = []
    for name, targets in graph().items():
        for target in targets:
            if (part(target) != part(name) and part(target) not in ALLOWED[part(name)]
                    and target not in ALLOWED_MODULES.get(part(name), set())):
                upward.append(f"{name} -> {target}")
    assert upward == []


def test_the_catalogue_reader_imports_nothing_of_the_plugin():
    """What lets definitions.py and dependencies.py import it without running up the layers."""
    assert graph()[f"{NAME}.core.i18n"] == set()
