"""In the real desktop: an economic layer in the dock; editing a module's action changes the figures."""

import os
import sys
from pathlib import Path

sys.path.insert(0, os.environ["ECONOMIC_LAYER_E2E_SCRIPTS"])
import _e2e
from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsProject
from qgis.PyQt.QtWidgets import QDockWidget

from economic_layer_plugin.qgis_adapter.gpkg import create_economic_layer

result = _e2e.result
WORK = Path(os.environ["ECONOMIC_LAYER_E2E_WORK"])
MODULES = [  # x, y, width, depth, action, use, floors, unit, name
    (0, 0, 60, 40, "demolish", "residential", 6, "1", "老旧住宅"),
    (80, 0, 50, 50, "add", "apartment", 20, "1", "服务式公寓"),
    (0, 70, 60, 30, "retain", "office", 4, "2", "保留办公"),
    (80, 70, 50, 30, "renovate", "commercial", 3, "2", "改造商业"),
    (150, 0, 40, 100, "add", "commercial", 5, "2", "商业综合体"),
]
state = {}


def dock():
    return _e2e.iface().mainWindow().findChild(QDockWidget, "EconomicLayerDock")


def figures():
    panel = dock().overview
    return {key: label.text() for key, label in panel.values.items()}


def build():
    _e2e.fill_screen()
    layer = create_economic_layer(WORK / "scheme.gpkg", "方案A", QgsCoordinateReferenceSystem("EPSG:4547"), "zh")
    layer.startEditing()
    for i, (x, y, w, d, action, use, floors, unit, name) in enumerate(MODULES):
        feature = QgsFeature(layer.fields())
        x, y = 500000 + x, 3300000 + y
        feature.setGeometry(QgsGeometry.fromWkt(
            f"POLYGON(({x} {y}, {x + w} {y}, {x + w} {y + d}, {x} {y + d}, {x} {y}))"))
        for key, value in {"el_module_id": f"M{i}", "el_name": name, "el_action": action, "el_use": use,
                           "el_floors": floors, "el_unit": unit}.items():
            feature[key] = value
        if action == "demolish":
            feature["el_households"] = 60
            feature["el_resettled_onsite"] = 40
        layer.addFeature(feature)
    layer.commitChanges()
    QgsProject.instance().setCrs(layer.crs())
    QgsProject.instance().addMapLayer(layer)
    _e2e.iface().setActiveLayer(layer)
    _e2e.iface().mapCanvas().setExtent(layer.extent().buffered(30))
    _e2e.iface().mapCanvas().refresh()
    state["layer"] = layer
    dock().setUserVisible(True)


def look_before():
    result["header_before"] = dock().header.text()
    result["before"] = figures()
    result["screenshot_before"] = _e2e.screenshot("live_edit_before.png")


def edit():
    layer = state["layer"]
    fid = next(f.id() for f in layer.getFeatures() if f["el_action"] == "retain")
    layer.startEditing()
    layer.changeAttributeValue(fid, layer.fields().indexOf("el_action"), "demolish")


def look_after():
    result["header_after"] = dock().header.text()
    result["after"] = figures()
    result["screenshot_after"] = _e2e.screenshot("live_edit_after.png")
    layer = state["layer"]
    fid = next(f.id() for f in layer.getFeatures() if f["el_name"] == "服务式公寓")
    layer.selectByIds([fid])
    dock().tabs.setCurrentIndex(1)


def look_card():
    result["card_title"] = dock().module_card.title.text()
    result["screenshot_card"] = _e2e.screenshot("live_edit_module_card.png")
    dock().tabs.setCurrentIndex(2)


def look_checks():
    result["checks_summary"] = dock().checks.summary.text()
    result["screenshot_checks"] = _e2e.screenshot("live_edit_checks.png")
    state["layer"].rollBack()


_e2e.steps(build, look_before, edit, look_after, look_card, look_checks, delay_ms=800)
