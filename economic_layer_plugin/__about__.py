"""The plugin's metadata, read from ``metadata.txt`` (the only place where the version is written).

In an installed plugin ``metadata.txt`` sits in the plugin folder; in the source tree it sits one
level up, at the repository root. No QGIS import here.
"""

from __future__ import annotations

from configparser import ConfigParser
from pathlib import Path

DIR_PLUGIN_ROOT = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    for folder in (DIR_PLUGIN_ROOT, DIR_PLUGIN_ROOT.parent):
        candidate = folder / name
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"{name} not found beside {DIR_PLUGIN_ROOT} nor one level up")


PATH_METADATA = _find("metadata.txt")

_parser = ConfigParser(interpolation=None)
_parser.read(PATH_METADATA, encoding="utf-8")
_general = _parser["general"]

__title__: str = _general["name"]
__version__: str = _general["version"]
__summary__: str = _general["description"]
__author__: str = _general["author"]
__email__: str = _general["email"]
__uri_homepage__: str = _general["homepage"]
__uri_tracker__: str = _general["tracker"]
__uri_repository__: str = _general["repository"]
__qgis_minimum_version__: str = _general["qgisMinimumVersion"]
__icon_path__: Path = DIR_PLUGIN_ROOT / _general["icon"]
__version_info__: tuple = tuple(
    int(part) if part.isdigit() else part for part in __version__.replace("-", ".").split(".")
)
