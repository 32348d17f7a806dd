"""Exporting from the desktop: a background task on a snapshot, with progress and cancel."""

from __future__ import annotations

import shutil
import time

from openpyxl import load_workbook
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from economic_layer_plugin.definitions import PLUGIN_DIR

SAMPLE = PLUGIN_DIR / "sample" / "zhongshan_third_road.gpkg"


def wait_for(plugin, task, seconds: float = 60) -> None:
    """Until the plugin has heard the task finish (QGIS deletes the finished task's C++ side)."""
    end = time.time() + seconds
    while task in plugin.export_commands.tasks and time.time() < end:
        QCoreApplication.processEvents()
        time.sleep(0.02)
    assert task not in plugin.export_commands.tasks, "the export did not finish"


def test_export_task_writes_the_workbook_of_what_the_planner_sees(plugin_factory, tmp_path):
    copy = tmp_path / "sample.gpkg"
    shutil.copy(SAMPLE, copy)
    final = QgsVectorLayer(f"{copy}|layername=final_plan", "final_plan", "ogr")
    initial = QgsVectorLayer(f"{copy}|layername=initial_plan", "initial_plan", "ogr")
    QgsProject.instance().addMapLayers([final, initial])
    plugin = plugin_factory()
    try:
        # an unsaved edit is in the export: the figures are those the planner sees
        final.startEditing()
        apartments = next(f for f in final.getFeatures() if f["el_name"] == "服务式公寓")
        final.changeAttributeValue(apartments.id(), final.fields().indexOf("el_sale_price"), 20000.0)
        out = tmp_path / "out.xlsx"
        task = plugin.export_commands.export_table1(out, [final, initial], "zh")
        final.changeAttributeValue(apartments.id(), final.fields().indexOf("el_sale_price"), 1.0)  # after: not in
        wait_for(plugin, task)
        assert task.written and task.error is None
        sheet = load_workbook(out, data_only=True)["Table 1"]
        assert sheet["B2"].value == "合计"
        # 8,085 m2 more at +2,000 yuan: income +1,617 (10,000 CNY) over the paper's 1,141,820
        assert round(sheet["B10"].value) == 1_141_820 + round(8085 * 2000 / 10_000)
        assert "Comparison" in load_workbook(out).sheetnames
    finally:
        final.rollBack()
        QgsProject.instance().removeMapLayers([final.id(), initial.id()])


def test_cancelled_export_writes_nothing(plugin_factory, tmp_path):
    layer = QgsVectorLayer(f"{SAMPLE}|layername=final_plan", "final_plan", "ogr")
    QgsProject.instance().addMapLayer(layer)
    plugin = plugin_factory()
    try:
        out = tmp_path / "never.xlsx"
        task = plugin.export_commands.export_table1(out, [layer], "en")
        task.cancel()
        wait_for(plugin, task)
        assert not task.written and task.error is None
        assert not out.exists()
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
