"""In the real desktop: the industrial sample opened from the Help menu; the dock shows its industrial
page (categories, indicators, thresholds); a scheme made from the plots shows its economics."""

import os
import sys

sys.path.insert(0, os.environ["ECONOMIC_LAYER_E2E_SCRIPTS"])
import _e2e
from qgis.core import QgsProject
from qgis.PyQt.QtWidgets import QAction, QDockWidget

result = _e2e.result


def dock():
    return _e2e.iface().mainWindow().findChild(QDockWidget, "EconomicLayerDock")


def open_sample():
    _e2e.fill_screen()
    _e2e.iface().mainWindow().findChild(QAction, "EconomicLayerActionIndustrialSample").trigger()


def look_categories():
    panel = dock().industrial
    result["page_is_industrial"] = dock().stack.currentWidget() is panel
    result["plots_rows"] = panel.plots.rowCount()
    result["summary"] = panel.summary.text()
    result["first_category"] = panel.plots.item(0, 3).text()
    result["screenshot_categories"] = _e2e.screenshot("industrial_categories.png")


def look_indicators():
    panel = dock().industrial
    panel.tabs.setCurrentIndex(1)
    result["group_rows"] = panel.groups.rowCount()
    result["screenshot_indicators"] = _e2e.screenshot("industrial_indicators.png")


def look_thresholds():
    dock().industrial.tabs.setCurrentIndex(2)
    result["screenshot_thresholds"] = _e2e.screenshot("industrial_thresholds.png")


def look_scheme():
    layer = QgsProject.instance().mapLayersByName("scheme_concentration")[0]
    _e2e.iface().setActiveLayer(layer)


def look_scheme_dock():
    result["scheme_header"] = dock().header.text()
    result["scheme_page"] = dock().stack.currentIndex()
    result["screenshot_scheme"] = _e2e.screenshot("industrial_scheme.png")


def look_compare():
    tabs = dock().tabs
    tabs.setCurrentWidget(dock().compare)


def look_compare_shown():
    table = dock().compare.table
    result["compare_columns"] = [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())]
    result["screenshot_compare"] = _e2e.screenshot("industrial_compare.png")


_e2e.steps(open_sample, look_categories, look_indicators, look_thresholds, look_scheme, look_scheme_dock,
           look_compare, look_compare_shown, delay_ms=1500)
