"""The Python packages the plugin needs beyond QGIS, and what a missing one takes away.

QGIS on Windows and macOS ships its own Python: a package missing there must not be a Python error
at load. ``classFactory`` asks :func:`missing` before importing the plugin: without a required
package the plugin loads as :class:`MissingPackagesPlugin`, which only says in QGIS's message bar
what is missing and how to install it; without an optional one it loads and says which features
are unavailable. Nothing here imports QGIS at module level, nor any of the packages it checks.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass

# core.i18n imports nothing of the plugin (tests/unit/test_imports.py allows it here, and only it)
from economic_layer_plugin.core.i18n import N_, tr, translate


@dataclass(frozen=True)
class Package:
    module: str  # the import name
    pip_name: str  # the name to install (OSGeo4W Shell: python -m pip install NAME)
    required: bool
    features: str  # what it takes away when missing (English, marked for the catalogue)

    def features_in(self, language: str) -> str:
        return translate(self.features, language)


PACKAGES = (
    Package("pandas", "pandas", True,
            N_("the indicator tables, comparison, export and report (the whole plugin)")),
    Package("openpyxl", "openpyxl", False, N_("the spreadsheet export (Table 1, the workbook)")),
    Package("scipy", "scipy", False, N_("the optimiser (mixed-integer solver)")),
)


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def missing(required: bool | None = None) -> list:
    """The packages that cannot be imported here (only the required or optional ones if asked)."""
    return [p for p in PACKAGES if (required is None or p.required == required) and not _installed(p.module)]


def message(packages, language: str) -> str:
    """One sentence for QGIS's message bar: what is missing, what it takes away, how to install it."""
    names = ", ".join(p.pip_name for p in packages)
    chinese = language == "zh"
    # full-width separators in Chinese
    separator, colon = ("；", "：") if chinese else ("; ", ": ")
    lost = separator.join(f"{p.pip_name}{colon}{p.features_in(language)}" for p in packages)
    text = tr("Economic Layer is missing the Python package(s) {names}, so these are unavailable: {lost}. "
              "Install: on Windows run python -m pip install {install} in the OSGeo4W Shell; on Linux use the "
              "system's packages (e.g. python3-{first}); then restart QGIS.", "zh" if chinese else "en")
    return text.format(names=names, lost=lost, install=" ".join(p.pip_name for p in packages),
                       first=packages[0].pip_name)


def show_missing(iface, packages, required: bool) -> None:
    """Says it in QGIS's message bar (critical when the plugin cannot work, a warning otherwise)."""
    from qgis.core import Qgis, QgsApplication

    language = "zh" if QgsApplication.locale().lower().startswith("zh") else "en"
    level = Qgis.MessageLevel.Critical if required else Qgis.MessageLevel.Warning
    title = f"Economic Layer / {tr('Economic Layer', 'zh')}"  # both: shown before any translator is loaded
    iface.messageBar().pushMessage(title, message(packages, language), level, 0)


class MissingPackagesPlugin:
    """What QGIS loads when a required package is missing: a message, and nothing to clean up."""

    def __init__(self, iface, packages) -> None:
        self.iface = iface
        self.packages = list(packages)

    def initGui(self) -> None:
        show_missing(self.iface, self.packages, required=True)

    def unload(self) -> None:
        pass
