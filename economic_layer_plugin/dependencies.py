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


@dataclass(frozen=True)
class Package:
    module: str  # the import name
    pip_name: str  # the name to install (OSGeo4W Shell: python -m pip install NAME)
    required: bool
    features_zh: str
    features_en: str


PACKAGES = (
    Package("pandas", "pandas", True, "指标表、方案比较、导出和报告（插件的全部功能）",
            "the indicator tables, comparison, export and report (the whole plugin)"),
    Package("openpyxl", "openpyxl", False, "导出 Excel 表（表 1、工作簿）",
            "the spreadsheet export (Table 1, the workbook)"),
    Package("scipy", "scipy", False, "方案优化（整数规划求解）",
            "the optimiser (mixed-integer solver)"),
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
    if language == "zh":
        lost = "；".join(f"{p.pip_name}：{p.features_zh}" for p in packages)
        return (f"经济图层缺少 Python 包 {names}，以下功能不可用：{lost}。"
                "安装方法：Windows 在 OSGeo4W Shell 中运行 python -m pip install "
                f"{' '.join(p.pip_name for p in packages)}；"
                "Linux 用系统包管理器安装（如 python3-" + f"{packages[0].pip_name}），然后重启 QGIS。")
    lost = "; ".join(f"{p.pip_name}: {p.features_en}" for p in packages)
    return (f"Economic Layer is missing the Python package(s) {names}, so these are unavailable: {lost}. "
            f"Install: on Windows run python -m pip install {' '.join(p.pip_name for p in packages)} in the "
            f"OSGeo4W Shell; on Linux use the system's packages (e.g. python3-{packages[0].pip_name}); "
            "then restart QGIS.")


def show_missing(iface, packages, required: bool) -> None:
    """Says it in QGIS's message bar (critical when the plugin cannot work, a warning otherwise)."""
    from qgis.core import Qgis, QgsApplication

    language = "zh" if QgsApplication.locale().lower().startswith("zh") else "en"
    level = Qgis.MessageLevel.Critical if required else Qgis.MessageLevel.Warning
    iface.messageBar().pushMessage("Economic Layer / 经济图层", message(packages, language), level, 0)


class MissingPackagesPlugin:
    """What QGIS loads when a required package is missing: a message, and nothing to clean up."""

    def __init__(self, iface, packages) -> None:
        self.iface = iface
        self.packages = list(packages)

    def initGui(self) -> None:
        show_missing(self.iface, self.packages, required=True)

    def unload(self) -> None:
        pass
