"""In the real desktop: the sample's two schemes toggled in the layer panel; the dock follows."""

import os
import sys

sys.path.insert(0, os.environ["ECONOMIC_LAYER_E2E_SCRIPTS"])
import _e2e
from qgis.core import QgsProject
from qgis.PyQt.QtWidgets import QAction, QDockWidget

result = _e2e.result


def dock():
    return _e2e.iface().mainWindow().findChild(QDockWidget, "EconomicLayerDock")


def group():
    root = QgsProject.instance().layerTreeRoot()
    return next(g for g in root.findGroups(True) if g.customProperty("economic_layer/schemes"))


def open_sample():
    _e2e.fill_screen()
    _e2e.iface().mainWindow().findChild(QAction, "EconomicLayerActionSample").trigger()


def look_final():
    result["final_header"] = dock().header.text()
    result["final_cost"] = dock().overview.values["cost"].text()
    result["screenshot_final"] = _e2e.screenshot("schemes_final_plan.png")


def toggle():
    initial = QgsProject.instance().mapLayersByName("initial_plan")[0]
    group().findLayer(initial.id()).setItemVisibilityChecked(True)  # as a click in the layer panel


def look_initial():
    nodes = {node.layer().name(): node.isVisible() for node in group().findLayers()}
    result["visible_after_toggle"] = nodes
    result["initial_header"] = dock().header.text()
    result["initial_cost"] = dock().overview.values["cost"].text()
    result["active_layer"] = _e2e.iface().activeLayer().name()
    result["themes"] = sorted(QgsProject.instance().mapThemeCollection().mapThemes())
    result["screenshot_initial"] = _e2e.screenshot("schemes_initial_plan.png")
    dock().tabs.setCurrentWidget(dock().compare)


def look_compare():
    panel = dock().compare
    result["baseline"] = panel.baseline.currentText()
    result["changes_title"] = panel.changes_title.text()
    result["changes_rows"] = panel.changes.rowCount()
    result["screenshot_compare"] = _e2e.screenshot("schemes_compare.png")


_e2e.steps(open_sample, look_final, toggle, look_initial, look_compare, delay_ms=2500)
