"""In the real desktop: the plugin's Convert command on the Swellendam buildings (EPSG:4326)."""

import os
import sys
from pathlib import Path

sys.path.insert(0, os.environ["ECONOMIC_LAYER_E2E_SCRIPTS"])
import _e2e
import qgis.utils
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtWidgets import QDockWidget

from economic_layer_plugin.gui import dialogs

result = _e2e.result
WORK = Path(os.environ["ECONOMIC_LAYER_E2E_WORK"])
SOURCE = os.environ["ECONOMIC_LAYER_E2E_SOURCE"]


def dock():
    return _e2e.iface().mainWindow().findChild(QDockWidget, "EconomicLayerDock")


def load():
    _e2e.fill_screen()
    layer = QgsVectorLayer(f"{SOURCE}|layername=buildings", "buildings", "ogr")
    QgsProject.instance().addMapLayer(layer)
    _e2e.iface().setActiveLayer(layer)
    dock().setUserVisible(True)


def look_plain():
    result["plain_message"] = dock().status_label.text()
    result["convert_button"] = dock().convert_button.isVisible()


LOG = []


def convert():
    from qgis.core import QgsApplication

    QgsApplication.messageLog().messageReceived.connect(
        lambda message, tag, level: LOG.append(message) if tag == "Economic Layer" else None)
    def fill_and_accept(dialog):  # what the planner does in the dialog
        dialog.file.setFilePath(str(WORK / "swellendam_el.gpkg"))
        dialog.fields["floors"].setField("building:levels")
        dialog.fields["name"].setField("name")
        dialog._accept()
        return dialog.result()

    dialogs.ConvertDialog.exec = fill_and_accept
    plugin = qgis.utils.plugins["economic_layer_plugin"]
    plugin.layer_commands.convert_layer(_e2e.iface().activeLayer())


def look_converted():
    layer = _e2e.iface().activeLayer()
    result["active_layer"] = layer.name()
    result["crs"] = layer.crs().authid()
    result["header"] = dock().header.text()
    live = dock().live
    result["modules"] = live.model.project.count
    result["excluded"] = live.model.excluded_count
    result["excluded_floors"] = sum(1 for e in live.model.excluded.values() if "el_floors" in e.fields)
    result["log"] = LOG[:20]
    result["existing_area"] = live.model.indicators()["existing_area"]
    _e2e.iface().mapCanvas().setExtent(layer.extent())
    dock().tabs.setCurrentIndex(3)


def shoot():
    result["excluded_rows"] = dock().excluded.table.count()
    result["screenshot"] = _e2e.screenshot("convert_swellendam.png")


_e2e.steps(load, look_plain, convert, look_converted, shoot, delay_ms=1500)
