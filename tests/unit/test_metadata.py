"""metadata.txt is complete for the official plugin repository and the only place of the version."""

import re
import subprocess
import sys
from configparser import ConfigParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = (
    "name", "qgisMinimumVersion", "description", "about", "version", "author", "email",
    "repository", "tracker", "homepage", "tags", "category", "icon", "hasProcessingProvider", "changelog",
)


@pytest.fixture(scope="module")
def metadata():
    parser = ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return parser["general"]


@pytest.mark.parametrize("key", REQUIRED)
def test_metadata_has_key(metadata, key):
    assert metadata.get(key, "").strip(), f"metadata.txt lacks {key}"


def test_metadata_values(metadata):
    assert metadata["qgisMinimumVersion"] == "3.22"
    # without a maximum QGIS assumes 3.99 and marks the plugin incompatible on QGIS 4; a Qt6 build of
    # QGIS 3.x offers it only with supportsQt6 (the code is checked for Qt6 by tests/unit/test_qt6.py)
    assert metadata["qgisMaximumVersion"] == "4.99"
    assert metadata["supportsQt6"] == "True"
    assert metadata["hasProcessingProvider"] == "yes"
    assert re.fullmatch(r"\d+\.\d+\.\d+", metadata["version"])
    for key in ("repository", "tracker", "homepage"):
        assert metadata[key].startswith("https://")
    assert (ROOT / "economic_layer_plugin" / metadata["icon"]).is_file()
    assert metadata["version"] in metadata["changelog"], "the changelog names the current version"


def test_about_reads_metadata(metadata):
    from economic_layer_plugin import __about__

    assert __about__.__version__ == metadata["version"]
    assert __about__.__title__ == "Economic Layer"
    assert __about__.__version_info__[:3] == tuple(int(p) for p in metadata["version"].split("."))
    assert __about__.__icon_path__.is_file()


def test_version_is_written_only_in_metadata(metadata):
    """No other tracked file carries the version literal (README and changelog prose aside)."""
    version = metadata["version"]
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True)
    offenders = []
    for name in tracked.stdout.split():
        path = ROOT / name
        if path.suffix not in {".py", ".toml", ".cfg", ".ini", ".sh", ".txt", ""} or name == "metadata.txt":
            continue
        if not path.is_file() or name == "LICENSE":
            continue
        if re.search(rf"(?<![\d.]){re.escape(version)}(?![\d.])", path.read_text(encoding="utf-8", errors="ignore")):
            offenders.append(name)
    assert offenders == []


def test_package_imports_without_qgis():
    """The package, its metadata, definitions and pure layers import in a Python without QGIS loaded."""
    code = (
        "import sys, importlib, pkgutil\n"
        "import economic_layer_plugin, economic_layer_plugin.__about__, economic_layer_plugin.definitions\n"
        "import economic_layer_plugin.core as core, economic_layer_plugin.io as io_\n"
        "for pkg in (core, io_):\n"
        "    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('qgis', 'PyQt5', 'sip')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
