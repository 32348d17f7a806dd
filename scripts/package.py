#!/usr/bin/env python3
"""Stages the plugin folder as QGIS installs it, and zips it for the plugin repository.

The folder ``economic_layer_plugin/`` gets the package's code, icons and compiled translations,
plus ``metadata.txt`` and ``LICENSE`` from the repository root; no tests, no ``__pycache__``, no
``.git``. The translation source (.ts) ships too: it is the catalogue that
``core/i18n.py`` reads where Qt is not imported (the command line, the workbook).

    python3 scripts/package.py --zip dist          # dist/economic_layer_plugin-<version>.zip
    python3 scripts/package.py --stage DIR         # DIR/economic_layer_plugin/ (used by the demo)
"""

from __future__ import annotations

import argparse
import shutil
import sys
import zipfile
from configparser import ConfigParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE_NAME = "economic_layer_plugin"
SOURCE = ROOT / PACKAGE_NAME
ROOT_FILES = ("metadata.txt", "LICENSE")
EXCLUDED_DIRS = {"__pycache__", ".git", "tests", ".pytest_cache", ".hypothesis"}
EXCLUDED_SUFFIXES = {".pyc", ".pyo", ".orig", ".rej"}
REQUIRED = ("__init__.py", "metadata.txt", "LICENSE")


def version() -> str:
    parser = ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return parser["general"]["version"]


def plugin_files() -> list[tuple[Path, str]]:
    """(source file, path inside the zip) of everything that ships."""
    files = []
    for path in sorted(SOURCE.rglob("*")):
        rel = path.relative_to(SOURCE)
        if path.is_dir() or EXCLUDED_DIRS.intersection(rel.parts) or path.suffix in EXCLUDED_SUFFIXES:
            continue
        files.append((path, f"{PACKAGE_NAME}/{rel.as_posix()}"))
    for name in ROOT_FILES:
        files.append((ROOT / name, f"{PACKAGE_NAME}/{name}"))
    return files


def check_translations_compiled() -> None:
    for ts in SOURCE.glob("i18n/*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            sys.exit(f"{qm.relative_to(ROOT)} is missing or older than its .ts: run `make translations`")


def stage(target: Path) -> Path:
    check_translations_compiled()
    folder = target / PACKAGE_NAME
    if folder.is_symlink() or folder.is_file():
        folder.unlink()
    elif folder.exists():
        shutil.rmtree(folder)
    for source, name in plugin_files():
        destination = target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, destination)
    return folder


def build_zip(out_dir: Path) -> Path:
    check_translations_compiled()
    out_dir.mkdir(parents=True, exist_ok=True)
    archive = out_dir / f"{PACKAGE_NAME}-{version()}.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for source, name in plugin_files():
            zf.write(source, name)
    check_zip(archive)
    return archive


def check_zip(archive: Path) -> None:
    """The checks of the plugin repository's validator that concern the zip's layout."""
    with zipfile.ZipFile(archive) as zf:
        names = zf.namelist()
    tops = {name.split("/", 1)[0] for name in names}
    problems = []
    if tops != {PACKAGE_NAME}:
        problems.append(f"one top folder {PACKAGE_NAME} expected, found {sorted(tops)}")
    for required in REQUIRED:
        if f"{PACKAGE_NAME}/{required}" not in names:
            problems.append(f"{required} missing")
    for name in names:
        parts = name.split("/")
        if EXCLUDED_DIRS.intersection(parts) or Path(name).suffix in {".pyc", ".pyo"}:
            problems.append(f"{name} must not ship")
    if problems:
        sys.exit(f"{archive}: " + "; ".join(problems))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--zip", type=Path, metavar="DIR", help="write the zip into DIR")
    group.add_argument("--stage", type=Path, metavar="DIR", help="copy the plugin folder into DIR")
    args = parser.parse_args()
    if args.zip:
        print(f"plugin zip: {build_zip(args.zip.resolve())}")
    else:
        print(f"plugin folder: {stage(args.stage.resolve())}")


if __name__ == "__main__":
    main()
