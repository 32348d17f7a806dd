#!/usr/bin/env python3
"""Collects every ``tr("...")`` and ``N_("...")`` literal of the plugin into its Qt Linguist source files.

The .ts file is the plugin's one catalogue: Qt code reads it compiled (``self.tr``), code without
Qt reads it through ``core/i18n.py`` (``tr(text, language)``, ``N_`` and ``translate``).

pylupdate5 names the context after the enclosing class, while the plugin translates every
string in one context (definitions.TRANSLATION_CONTEXT); this script keeps the two in step.
Existing translations are kept; new strings are added as unfinished; strings no longer in the
code are marked obsolete. Pure Python: runs on any interpreter.

    python3 scripts/update_translations.py          # update the .ts files
    python3 scripts/update_translations.py --check  # exit 1 if they are out of date
"""

from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "economic_layer_plugin"
sys.path.insert(0, str(ROOT))
from economic_layer_plugin.definitions import TRANSLATION_BASENAME, TRANSLATION_CONTEXT  # noqa: E402

LANGUAGES = {"zh": "zh_CN"}


def tr_calls(path: Path):
    """Yields (lineno, literal or None) for every call of a function or method named ``tr`` or ``N_``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
        if name not in ("tr", "N_"):
            continue
        arg = node.args[0] if node.args else None
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            yield node.lineno, arg.value
        else:
            yield node.lineno, None


def collect() -> tuple[dict[str, list[str]], list[str]]:
    """Returns {source text: [files]} and the list of tr() calls whose argument is not a literal."""
    messages: dict[str, list[str]] = {}
    errors: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        for lineno, text in tr_calls(path):
            if text is None:
                errors.append(f"{rel}:{lineno}: tr() takes a string literal only")
            else:
                locations = messages.setdefault(text, [])
                if rel not in locations:
                    locations.append(rel)
    return messages, errors


def ts_path(lang: str) -> Path:
    return PACKAGE / "i18n" / f"{TRANSLATION_BASENAME}_{lang}.ts"


def read_ts(path: Path) -> dict[str, tuple[str, str | None]]:
    """{source: (translation, type attribute)} of an existing .ts file."""
    if not path.exists():
        return {}
    result = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        result[source] = (translation.text or "" if translation is not None else "", translation.get("type"))
    return result


def build_ts(lang: str, messages: dict[str, list[str]], existing: dict) -> bytes:
    root = ET.Element("TS", version="2.1", language=LANGUAGES[lang])
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = TRANSLATION_CONTEXT
    for source in sorted(set(messages) | set(existing)):
        message = ET.SubElement(context, "message")
        for location in messages.get(source, []):
            # Paths relative to the .ts file, without line numbers so that edits do not churn it.
            ET.SubElement(message, "location", filename="../" + location.split("/", 1)[1])
        ET.SubElement(message, "source").text = source
        translation_text, kind = existing.get(source, ("", "unfinished"))
        translation = ET.SubElement(message, "translation")
        translation.text = translation_text
        if source not in messages:
            translation.set("type", "obsolete")
        elif not translation_text:
            translation.set("type", "unfinished")
        elif kind not in (None, "obsolete"):
            translation.set("type", kind)
    ET.indent(root)
    return b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="utf-8") + b"\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a .ts file is out of date")
    args = parser.parse_args()
    messages, errors = collect()
    for error in errors:
        print(error, file=sys.stderr)
    stale = []
    for lang in LANGUAGES:
        path = ts_path(lang)
        content = build_ts(lang, messages, read_ts(path))
        if path.exists() and path.read_bytes() == content:
            continue
        if args.check:
            stale.append(path)
        else:
            path.write_bytes(content)
            print(f"updated {path.relative_to(ROOT)}")
    for path in stale:
        print(f"{path.relative_to(ROOT)} is out of date: run `make translations-update`", file=sys.stderr)
    return 1 if errors or stale else 0


if __name__ == "__main__":
    sys.exit(main())
