"""The Upgrade button of an older scheme's message upgrades that layer or nothing: never the active layer
in the place of one removed since (gui/commands/upgrade_commands.py)."""

from __future__ import annotations

import shutil

from osgeo import gdal
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt import sip
from qgis.PyQt.QtWidgets import QPushButton

from economic_layer_plugin.definitions import PLUGIN_DIR
from economic_layer_plugin.gui.commands.upgrade_commands import BUTTON_NAME
from economic_layer_plugin.qgis_adapter.gpkg import is_economic_layer

SAMPLE = PLUGIN_DIR / "sample" / "zhongshan_third_road.gpkg"


def _older(tmp_path, name):
    older = tmp_path / f"{name}.gpkg"
    shutil.copy(SAMPLE, older)
    dataset = gdal.OpenEx(str(older), gdal.OF_VECTOR | gdal.OF_UPDATE)
    dataset.ExecuteSQL("ALTER TABLE final_plan DROP COLUMN el_households")
    dataset = None
    return QgsVectorLayer(f"{older}|layername=final_plan", name, "ogr")


def test_a_removed_layers_button_upgrades_nothing_and_its_message_goes(tmp_path, plugin_factory, desktop_iface,
                                                                        monkeypatch, qgis_app):
    plugin = plugin_factory()
    commands = plugin.upgrade_commands
    bar = desktop_iface.messageBar()
    gone, active = _older(tmp_path, "gone"), _older(tmp_path, "active")
    project = QgsProject.instance()
    project.addMapLayers([gone, active])
    monkeypatch.setattr(desktop_iface, "activeLayer", lambda: active)
    warnings = []
    monkeypatch.setattr(commands.messages, "warning", lambda text, details=None: warnings.append(text))
    try:
        gone_id = gone.id()
        button = commands._items[gone_id].findChild(QPushButton, BUTTON_NAME)
        project.removeMapLayer(gone_id)
        assert gone_id not in commands._items  # its message dismissed with the layer
        assert active.id() in commands._items
        if not sip.isdeleted(button):  # a button the planner could still reach
            button.click()
        else:
            commands._upgrade_offered(gone_id, "gone")
        assert warnings == ["gone is no longer in the project: nothing was upgraded."]
        assert not is_economic_layer(active)  # the active layer was not upgraded in its stead
        assert not list(tmp_path.glob("active.backup-*")) and not list(tmp_path.glob("gone.backup-*"))
    finally:
        project.removeMapLayer(active.id())
        bar.clearWidgets()
