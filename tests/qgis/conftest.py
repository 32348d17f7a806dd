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


@pytest.fixture(scope="session", autouse=True)
def processing_first(qgis_processing):
    """Processing is initialised once, at the start of the session, before any test has started threads of
    its own (rendering, tasks): QGIS 3.44 once crashed in a worker thread while the first Processing test
    imported qgis.analysis after the GUI tests. The tests that use Processing still ask for it."""


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



class OpenSample:
    """The sample project copied to a temporary folder and opened, the plugin loaded, the dock on
    final_plan (see the fixture ``open_sample``)."""

    def __init__(self, plugin, project, layer, gpkg) -> None:
        self.plugin, self.project, self.layer, self.gpkg = plugin, project, layer, gpkg


@pytest.fixture()
def open_sample(tmp_path, plugin_factory):
    """The sample opened as a planner opens it; afterwards every edit session is rolled back and the
    project cleared (a test may have read the project again: its layers are looked up then)."""
    import shutil

    from qgis.core import QgsProject

    from economic_layer_plugin.definitions import PLUGIN_DIR

    for name in ("zhongshan_third_road.gpkg", "zhongshan_third_road.qgz"):
        shutil.copyfile(PLUGIN_DIR / "sample" / name, tmp_path / name)
    project = QgsProject.instance()
    assert project.read(str(tmp_path / "zhongshan_third_road.qgz"))
    plugin = plugin_factory()
    layer = project.mapLayersByName("final_plan")[0]
    plugin.dock.set_layer(layer)
    yield OpenSample(plugin, project, layer, tmp_path / "zhongshan_third_road.gpkg")
    for each in project.mapLayers().values():
        if getattr(each, "isEditable", lambda: False)():
            each.rollBack()
    project.clear()


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch):
    """Nothing headless may wait on a question: a test in which the plugin opens a message box or a
    modal dialog fails, naming it (a test that answers one patches it itself, after this fixture)."""
    from qgis.PyQt.QtWidgets import QDialog, QInputDialog, QMessageBox

    def refuse(kind):
        def shown(*args, **_kwargs):
            texts = [str(a) for a in args if isinstance(a, str)]
            raise AssertionError(f"a modal {kind} was shown in a headless test: {' / '.join(texts)[:200]}")
        return shown

    for name in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse(f"QMessageBox.{name}")))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(refuse("QInputDialog.getText")))
    monkeypatch.setattr(QDialog, "exec", lambda self: refuse(type(self).__name__)(self.windowTitle()))
