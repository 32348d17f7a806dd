"""QGIS tier: pytest-qgis, offscreen. The plugin is loaded through ``classFactory`` as QGIS does.

pytest-qgis's stub iface does nothing in addDockWidget, addToolBarIcon and friends; the
``desktop_iface`` here does what the real QGIS interface does with them (on the stub's real
QMainWindow), so that what the plugin adds and removes can be counted.
"""

from __future__ import annotations

import pytest
from qgis.PyQt.QtWidgets import QMenu, QToolBar

from tests.leak_state import flush_deletes, qgis_state  # noqa: F401 (re-exported for the tests)


class DesktopLikeIface:
    """Delegates to pytest-qgis's iface; docks, toolbar icons and the Help menu behave as in QGIS."""

    def __init__(self, stub) -> None:
        self._stub = stub
        window = stub.mainWindow()
        self.plugin_toolbar = window.findChild(QToolBar, "mPluginToolBar") or QToolBar("Plugins", window)
        self.plugin_toolbar.setObjectName("mPluginToolBar")
        window.addToolBar(self.plugin_toolbar)
        self.help_menu = window.findChild(QMenu, "mHelpMenu")
        if self.help_menu is None:
            self.help_menu = window.menuBar().addMenu("Help")
            self.help_menu.setObjectName("mHelpMenu")

    def __getattr__(self, name):
        return getattr(self._stub, name)

    def addDockWidget(self, area, dock):
        self._stub.mainWindow().addDockWidget(area, dock)

    def removeDockWidget(self, dock):
        self._stub.mainWindow().removeDockWidget(dock)

    def addToolBarIcon(self, action):
        self.plugin_toolbar.addAction(action)

    def removeToolBarIcon(self, action):
        self.plugin_toolbar.removeAction(action)

    def pluginToolBar(self):
        return self.plugin_toolbar

    def helpMenu(self):
        return self.help_menu


@pytest.fixture(scope="session")
def desktop_iface(qgis_iface):
    return DesktopLikeIface(qgis_iface)


@pytest.fixture()
def plugin_factory(desktop_iface):
    """Loads plugins through classFactory; unloads whatever a test left loaded."""
    import economic_layer_plugin

    loaded = []

    def load():
        plugin = economic_layer_plugin.classFactory(desktop_iface)
        plugin.initGui()
        loaded.append(plugin)
        return plugin

    yield load
    for plugin in loaded:
        if plugin.dock is not None:
            plugin.unload()
    flush_deletes()


# QGIS 3.22 may crash (segmentation fault) while Python tears down its Qt objects at interpreter
# exit, after every test has run and the summary is printed; make would then report the tier as
# failed. End the process with pytest's own exit status once pytest is done with it.
_EXIT_STATUS = {}


def pytest_sessionfinish(session, exitstatus):
    _EXIT_STATUS["status"] = int(exitstatus)


def pytest_unconfigure(config):
    if "status" in _EXIT_STATUS:
        import os
        import sys

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS["status"])
