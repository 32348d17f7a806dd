"""In the real desktop: the plugin is enabled, its dock opens; 20 reloads leak nothing."""

import os
import sys

sys.path.insert(0, os.environ["ECONOMIC_LAYER_E2E_SCRIPTS"])
import _e2e
import qgis.utils
from qgis.PyQt.QtWidgets import QDockWidget, QMenu

result = _e2e.result
RELOADS = 20


def first_look():
    window = _e2e.iface().mainWindow()
    _e2e.fill_screen()
    result["active"] = _e2e.PLUGIN in qgis.utils.active_plugins
    menu = window.findChild(QMenu, "EconomicLayerMenu")
    result["menu_title"] = menu.title() if menu else None
    result["menu_actions"] = [a.text() for a in menu.actions()] if menu else []
    toolbar_action = [a for tb in window.findChildren(__import__("qgis.PyQt.QtWidgets", fromlist=["QToolBar"]).QToolBar)
                      for a in tb.actions() if a.objectName() == "EconomicLayerActionDock"]
    result["toolbar_button"] = bool(toolbar_action)
    dock = window.findChild(QDockWidget, "EconomicLayerDock")
    dock.setUserVisible(True)
    result["dock_title"] = dock.windowTitle()


def shoot():
    dock = _e2e.iface().mainWindow().findChild(QDockWidget, "EconomicLayerDock")
    result["dock_visible"] = dock.isVisible()
    result["dock_geometry"] = [dock.x(), dock.y(), dock.width(), dock.height()]
    result["screenshot"] = _e2e.screenshot("plugin_dock.png")


def unload_once():
    result["state_loaded"] = _e2e.state()
    qgis.utils.unloadPlugin(_e2e.PLUGIN)


def count_without_plugin():
    result["state_unloaded"] = _e2e.state()
    qgis.utils.loadPlugin(_e2e.PLUGIN)
    qgis.utils.startPlugin(_e2e.PLUGIN)


def reload_step():
    qgis.utils.reloadPlugin(_e2e.PLUGIN)


def after_reloads():
    result["state_after_reloads"] = _e2e.state()
    result["active_after_reloads"] = _e2e.PLUGIN in qgis.utils.active_plugins
    qgis.utils.unloadPlugin(_e2e.PLUGIN)


def after_final_unload():
    result["state_after_final_unload"] = _e2e.state()


_e2e.steps(first_look, shoot, unload_once, count_without_plugin, *[reload_step] * RELOADS, after_reloads,
           after_final_unload)
