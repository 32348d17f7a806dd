"""One translation system (#28): Chinese text a person reads lives in one catalogue, the .ts file
(core/i18n.py for code without Qt, self.tr() for Qt code). No Python string literal of the plugin
holds Chinese characters, outside a short allowlist.

Not counted: docstrings (documentation, not output), and the English argument of ``tr``/``N_`` that
quotes a Chinese term (e.g. "above-ground (计容) floor area": the catalogue holds it, in English).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "economic_layer_plugin"
CHINESE = re.compile(r"[\u3400-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")

#: files allowed to hold Chinese literals (paths relative to the package)
ALLOWLIST = {
    # the schema is the one source of the fields' aliases in both languages; the catalogue's reader
    "core/schema.py", "core/i18n.py",
    # the one bilingual exception text (raised where no language is known)
    "core/optimise/options.py",
    # layer names the report recognises in a project (红线, 项目单元): data, not text it shows
    "qgis_adapter/report_items.py",
}


def _allowed(rel: str) -> bool:
    return any(rel == entry or (entry.endswith("/*") and rel.startswith(entry[:-1])) for entry in ALLOWLIST)


def _docstrings(tree) -> set:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _catalogue_sources(tree) -> set:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args:
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name in ("tr", "N_") and isinstance(node.args[0], ast.Constant):
                found.add(id(node.args[0]))
    return found


def chinese_literals(source: str) -> list:
    """(line, literal) of every string literal with Chinese characters, docstrings and English
    catalogue sources left out."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    sources = _catalogue_sources(tree)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str) and CHINESE.search(node.value)):
            continue
        if id(node) in skip or (id(node) in sources and LATIN_WORD.search(node.value)):
            continue
        found.append((node.lineno, node.value))
    return sorted(found)


def test_the_finder_sees_literals_and_f_strings_and_skips_docstrings_and_english_sources():
    source = '''"""模块说明"""
def f(language):
    """函数说明"""
    label = ("Total", "合计")
    text = f"单元 {language}"
    return tr("above-ground (计容) floor area", language), tr("中文", language), label, text
'''
    assert [text for _, text in chinese_literals(source)] == ["合计", "单元 ", "中文"]


def test_no_chinese_string_literal_outside_the_allowlist():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if _allowed(rel):
            continue
        found += [f"{rel}:{line}: {text[:60]!r}" for line, text in chinese_literals(path.read_text(encoding="utf-8"))]
    assert found == [], "\n".join(found)


def test_the_allowlist_names_files_that_exist():
    for entry in ALLOWLIST:
        assert list(PACKAGE.glob(entry)), entry
