"""Without a Python package the plugin needs, QGIS still loads it, and the message bar says what is
missing, what it takes away and how to install it (QGIS on Windows ships its own Python)."""

from __future__ import annotations

from qgis.core import Qgis

import economic_layer_plugin
from economic_layer_plugin import dependencies
from tests.leak_state import qgis_state


class MessageBarSpy:
    def __init__(self) -> None:
        self.messages = []

    def pushMessage(self, title, text, level, duration):
        self.messages.append((title, text, level))


class IfaceWithBar:
    def __init__(self, iface) -> None:
        self._iface = iface
        self.bar = MessageBarSpy()

    def __getattr__(self, name):
        return getattr(self._iface, name)

    def messageBar(self):
        return self.bar


def _without(monkeypatch, *modules):
    real = dependencies._installed
    monkeypatch.setattr(dependencies, "_installed", lambda module: module not in modules and real(module))


def test_without_pandas_the_plugin_loads_and_says_what_is_missing(desktop_iface, monkeypatch):
    _without(monkeypatch, "pandas")
    iface = IfaceWithBar(desktop_iface)
    before = qgis_state(desktop_iface)
    plugin = economic_layer_plugin.classFactory(iface)
    assert isinstance(plugin, dependencies.MissingPackagesPlugin)
    plugin.initGui()
    ((title, text, level),) = iface.bar.messages
    assert level == Qgis.MessageLevel.Critical
    assert "pandas" in text and "pip install pandas" in text
    plugin.unload()
    assert qgis_state(desktop_iface) == before  # it added nothing, so nothing is left


def test_without_scipy_and_openpyxl_the_message_names_the_features():
    packages = [p for p in dependencies.PACKAGES if p.module in ("scipy", "openpyxl")]
    english = dependencies.message(packages, "en")
    chinese = dependencies.message(packages, "zh")
    assert "optimiser" in english and "spreadsheet export" in english
    assert "方案优化" in chinese and "导出 Excel" in chinese
    assert "pip install openpyxl scipy" in english


def test_nothing_is_missing_here():
    # this machine's QGIS sees every package (make deps): the stand-in is never used in the other tests
    assert dependencies.missing() == []
