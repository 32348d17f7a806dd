"""Static Qt6 check: the plugin, its scripts and its tests are written for Qt6 as far as Qt5 allows.

Every attribute chain on a name imported from qgis.PyQt (Qt.AlignmentFlag.AlignRight,
QHeaderView.ResizeMode.ResizeToContents, QVariant.Double, ...) must resolve in PyQt6: an unscoped enum
member (Qt.AlignRight) or a QVariant field type (QVariant.Double) does not. No `exec_()` and no
QFontDatabase instance (its methods are static in Qt6, and QFontDatabase() is a TypeError in PyQt6).

PyQt6 lives in .venv-qt6 (`make venv-qt6`): the names are resolved in a subprocess with its python
(tests/unit/qt6_names.py), since the unit tier never imports Qt itself. The one place that may name a
Qt5-only API is the compatibility shim, qgis_adapter/compat.py, on lines that end with `# qt5-only` (its
QGIS 3.22 / Qt5 branch).
"""

import ast
import json
import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
QT6_PYTHON = REPO / ".venv-qt6" / "bin" / "python"
RESOLVER = Path(__file__).with_name("qt6_names.py")
CHECKED = ("economic_layer_plugin", "scripts", "tests")
QT5_ONLY_MARK = "# qt5-only"
QT5_ONLY_FILES = {"economic_layer_plugin/qgis_adapter/compat.py"}
SELF = Path(__file__).relative_to(REPO).as_posix()


def _sources():
    for top in CHECKED:
        yield from sorted((REPO / top).rglob("*.py"))


def _chain(node):
    """["Qt", "AlignmentFlag", "AlignRight"] for Qt.AlignmentFlag.AlignRight, None if not rooted at a name."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        return [node.id, *reversed(parts)]
    return None


def _qt_imports(tree):
    """Local name -> (module, class or None) for what a file imports from qgis.PyQt."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("qgis.PyQt"):
            for alias in node.names:
                if node.module == "qgis.PyQt":  # from qgis.PyQt import QtCore
                    names[alias.asname or alias.name] = (alias.name, None)
                else:
                    names[alias.asname or alias.name] = (node.module.split(".")[-1], alias.name)
    return names


def _uses(path):
    """(line, module, chain) for every Qt attribute chain, and (line, reason) for what is wrong anyhow."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source, filename=str(path))
    lines = source.splitlines()
    imported = _qt_imports(tree)
    rel = path.relative_to(REPO).as_posix()
    chains, wrong = [], []
    inner = set()  # the attributes inside a longer chain: only the whole chain is checked
    for node in ast.walk(tree):
        if hasattr(node, "lineno") and lines[node.lineno - 1].rstrip().endswith(QT5_ONLY_MARK):
            assert rel in QT5_ONLY_FILES, f"{rel}:{node.lineno}: {QT5_ONLY_MARK} belongs in the shim only"
            continue
        if isinstance(node, ast.Attribute) and node.attr == "exec_":
            wrong.append((node.lineno, "exec_(): use exec()"))
        named = isinstance(node, ast.FunctionDef) and node.name == "exec_"  # a stand-in dialog of a test
        if named or (isinstance(node, ast.Constant) and node.value == "exec_" and rel != SELF):  # setattr
            wrong.append((node.lineno, '"exec_": the method is exec()'))
        if isinstance(node, ast.Call) and (_chain(node.func) or [None])[0] in imported:
            chain = _chain(node.func)
            if imported[chain[0]][1] == "QFontDatabase" and len(chain) == 1:
                wrong.append((node.lineno, "QFontDatabase(): an error in PyQt6, use compat.font_families()"))
        if not isinstance(node, ast.Attribute) or id(node) in inner:
            continue
        chain = _chain(node)
        inside = node.value
        while isinstance(inside, ast.Attribute):
            inner.add(id(inside))
            inside = inside.value
        if not chain or chain[0] not in imported:
            continue
        module, cls = imported[chain[0]]
        chains.append((node.lineno, module, chain[1:] if cls is None else [cls, *chain[1:]]))
    return rel, chains, wrong


def _resolve(chains):
    """The chains PyQt6 does not have, with the reason, from the subprocess on .venv-qt6."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [str(QT6_PYTHON), str(RESOLVER)],
        input=json.dumps(sorted({(m, *c) for m, c in chains})),
        capture_output=True, text=True, env=env, timeout=300, check=False,
    )
    assert run.returncode == 0, f"the PyQt6 resolver failed (make venv-qt6 again?):\n{run.stderr[-2000:]}"
    return json.loads(run.stdout)


def test_qt_names_resolve_in_pyqt6():
    if os.environ.get("EL_NO_QT6_VENV") == "1":
        # e.g. the Debian 13 root, which sees the repository's .venv-qt6 but not the Python it was made with
        pytest.skip("EL_NO_QT6_VENV=1: the Qt6 check runs on the development machine, not here")
    if not QT6_PYTHON.exists():
        pytest.fail(f"{QT6_PYTHON.relative_to(REPO)} is missing: run `make venv-qt6` (PyQt6 for this check)")
    found, problems = [], []
    for path in _sources():
        rel, chains, wrong = _uses(path)
        found.extend((rel, line, module, chain) for line, module, chain in chains)
        problems.extend(f"{rel}:{line}: {reason}" for line, reason in wrong)
    unresolved = _resolve([(module, chain) for _, _, module, chain in found])
    for rel, line, module, chain in found:
        reason = unresolved.get(".".join([module, *chain]))
        if reason and chain[0] == "QVariant":
            reason = "a QVariant field type: use the field types of qgis_adapter/compat.py"
        if reason:
            problems.append(f"{rel}:{line}: {'.'.join(chain)}: {reason}")
    assert len(found) > 100, f"the check found only {len(found)} Qt names: is it still looking?"
    assert not problems, f"{len(problems)} names that Qt6 does not have:\n" + "\n".join(problems)
