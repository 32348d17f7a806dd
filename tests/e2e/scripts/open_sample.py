"""In the real desktop: Help > Open the Zhongshan Third Road sample, from the plugin's menu."""

import os
import sys
from pathlib import Path

sys.path.insert(0, os.environ["ECONOMIC_LAYER_E2E_SCRIPTS"])
import _e2e
import qgis.utils
from qgis.core import QgsProject
from qgis.PyQt.QtWidgets import QAction, QDockWidget

result = _e2e.result


def dock():
    return _e2e.iface().mainWindow().findChild(QDockWidget, "EconomicLayerDock")


def open_it():
    _e2e.fill_screen()
    action = _e2e.iface().mainWindow().findChild(QAction, "EconomicLayerActionSample")
    result["menu_text"] = action.text()
    action.trigger()  # the first time: no copy yet, so no question


def look():
    project = QgsProject.instance()
    group = project.layerTreeRoot().findGroup("方案 Schemes")
    result["group"] = group is not None and group.isMutuallyExclusive()
    result["visible"] = {node.layer().name(): node.isVisible() for node in group.findLayers()} if group else {}
    result["project_file"] = project.fileName()
    layer = project.mapLayersByName("final_plan")[0]
    result["renderer"] = layer.renderer().type()
    result["labels"] = layer.labelsEnabled()
    result["header"] = dock().header.text()
    result["figures"] = {key: label.text() for key, label in dock().overview.values.items()}
    result["screenshot"] = _e2e.screenshot("sample_final_plan.png")


def export():
    plugin = qgis.utils.plugins["economic_layer_plugin"]
    project = QgsProject.instance()
    layers = [project.mapLayersByName(name)[0] for name in ("final_plan", "initial_plan")]
    target = Path(os.environ["ECONOMIC_LAYER_E2E_WORK"]) / "sample_table1.xlsx"
    result["xlsx"] = str(target)
    plugin.export_commands.export_table1(target, layers, "zh")  # a background task of the QGIS task manager


def look_export():
    result["xlsx_written"] = Path(result["xlsx"]).exists()
    result["message_bar"] = [w.text() for w in _e2e.iface().messageBar().items()] if hasattr(
        _e2e.iface().messageBar(), "items") else []
    result["screenshot_export"] = _e2e.screenshot("sample_exported.png")


_e2e.steps(open_it, look, export, look_export, delay_ms=2500)
