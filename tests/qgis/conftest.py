"""QGIS tier: pytest-qgis, offscreen. The plugin is loaded through ``classFactory`` as QGIS does.

pytest-qgis's stub iface does nothing in addDockWidget, addToolBarIcon and friends; the
``desktop_iface`` here does what the real QGIS interface does with them (on the stub's real
QMainWindow), so that what the plugin adds and removes can be counted.
"""

from __future__ import annotations

import logging

import pytest
from qgis.core import QgsApplication, QgsExpression, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QDockWidget, QMenu, QToolBar

from economic_layer_plugin.definitions import LOGGER_NAME


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


def flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    QCoreApplication.processEvents()


def qgis_state(iface) -> dict:
    """What a plugin can leave behind in QGIS, counted."""
    window = iface.mainWindow()
    project = QgsProject.instance()
    signals = {
        "project.layersAdded": (project, project.layersAdded),
        "project.layersWillBeRemoved": (project, project.layersWillBeRemoved),
        "project.readProject": (project, project.readProject),
        "project.cleared": (project, project.cleared),
        "layerTree.visibilityChanged": (project.layerTreeRoot(), project.layerTreeRoot().visibilityChanged),
        "messageLog.messageReceived": (QgsApplication.messageLog(), QgsApplication.messageLog().messageReceived),
    }
    flush_deletes()
    state = {
        "menus": [a.text() for a in window.menuBar().actions()],
        "toolbar_actions": sum(len(tb.actions()) for tb in window.findChildren(QToolBar)),
        "docks": len(window.findChildren(QDockWidget)),
        "providers": sorted(p.id() for p in QgsApplication.processingRegistry().providers()),
        "expression_functions": len(QgsExpression.Functions()),
        "log_handlers": len(logging.getLogger(LOGGER_NAME).handlers),
    }
    for name, (owner, signal) in signals.items():
        state[f"receivers:{name}"] = owner.receivers(signal)
    return state


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
