"""In the real desktop: the sample's final plan with households put on two demolished modules (in the
edit buffer, rolled back at the end); the dock's Resettlement tab follows, and solves for balance."""

import os
import sys

sys.path.insert(0, os.environ["ECONOMIC_LAYER_E2E_SCRIPTS"])
import _e2e
from qgis.core import QgsProject
from qgis.PyQt.QtWidgets import QAction, QDockWidget

result = _e2e.result


def dock():
    return _e2e.iface().mainWindow().findChild(QDockWidget, "EconomicLayerDock")


def layer():
    return QgsProject.instance().mapLayersByName("final_plan")[0]


def open_sample():
    _e2e.fill_screen()
    _e2e.iface().mainWindow().findChild(QAction, "EconomicLayerActionSample").trigger()


def show_tab():
    dock().tabs.setCurrentWidget(dock().resettlement)
    result["table_columns"] = dock().resettlement.table.columnCount()
    result["answer_before"] = dock().resettlement.answer.toPlainText()
    result["screenshot_before"] = _e2e.screenshot("resettlement_before.png")


def put_households():
    main = _e2e.iface().mainWindow()
    main.resizeDocks([dock()], [760], 0x1)  # Qt.Horizontal: a wide dock, as a planner would drag it
    target = layer()
    model = dock().live.model
    demolished = sorted((m for m in model.modules.values() if m.action == "demolish" and m.unit == "3"),
                        key=lambda m: -m.existing_gfa)[:2]
    result["modules"] = [m.module_id for m in demolished]
    target.startEditing()
    households = target.fields().indexOf("el_households")
    resettled = target.fields().indexOf("el_resettled_onsite")
    for module, (count, in_kind) in zip(demolished, ((300, 200), (150, 60))):
        target.changeAttributeValue(module.fid, households, count)
        target.changeAttributeValue(module.fid, resettled, in_kind)


def look():
    panel = dock().resettlement
    table = panel.table
    rows = {table.verticalHeaderItem(r).text(): [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())}
    result["rows"] = rows
    result["answer_after"] = panel.answer.toPlainText()
    result["header"] = dock().header.text()
    result["screenshot_after"] = _e2e.screenshot("resettlement_after.png")
    dock().tabs.setCurrentWidget(dock().assumptions)
    box = dock().assumptions.resettlement_box
    dock().assumptions.ensureWidgetVisible(box.lumps)
    # a lump sum typed into the editor as a planner would: unit 1, public works, 5,000 (10,000 CNY), 2027, 2 years
    box._add_row(box.lumps)
    row = box.lumps.rowCount() - 1  # the new row, after the sample's calibration lump sums
    for column, text in ((0, "1"), (1, "市政道路"), (3, "5000"), (4, "2027"), (5, "2")):
        box.lumps.item(row, column).setText(text)


def look_assumptions():
    result["assumptions_status"] = dock().assumptions.status.text()
    from economic_layer_plugin.core.calibration import calibration_values

    result["lump_sum_cost"] = dock().live.model.indicators("1")["lump_sum_cost"]
    result["calibration_cost"] = calibration_values(dock().live.model.assumptions, "1")["calibration_cost"]
    result["screenshot_assumptions"] = _e2e.screenshot("resettlement_assumptions.png")


_e2e.steps(open_sample, show_tab, put_households, look, look_assumptions, delay_ms=2500)
