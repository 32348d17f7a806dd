"""Run by QGIS itself (``qgis --code``) at the start of ``make demo``.

Opens the Zhongshan Third Road sample through the plugin (a copy in the demo's folder) with the
Economic Layer panel. Headless (ECONOMIC_LAYER_DEMO_OUTPUT set) it then writes, into that folder,
a screenshot, the Table-1 spreadsheet of both schemes (xlsx, with their comparison), each scheme's
Table 1 as CSV (UTF-8) and a JSON report, and quits QGIS without a question: nobody could answer
one. If QGIS asks one all the same, the watchdog says so in one line and ends QGIS with ASKED_AT_EXIT.
"""

import json
import os
import sys
from pathlib import Path

import qgis.utils
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QDockWidget

PLUGIN = "economic_layer_plugin"
OUTPUT = os.environ.get("ECONOMIC_LAYER_DEMO_OUTPUT")
SAMPLE_COPY = Path(os.environ.get("ECONOMIC_LAYER_DEMO_SAMPLE", Path.home() / "economic_layer_demo_sample"))
problems = []
ASKED_AT_EXIT = 75  # scripts/demo.py reads it


def _dock():
    return qgis.utils.iface.mainWindow().findChild(QDockWidget, "EconomicLayerDock")


def _start() -> None:
    window = qgis.utils.iface.mainWindow()
    if OUTPUT:  # Xvfb has no window manager to maximise the window: give it the whole screen
        window.setGeometry(window.screen().availableGeometry())
    plugin = qgis.utils.plugins.get(PLUGIN)
    if plugin is None:
        problems.append(f"plugin {PLUGIN} is not active")
        return
    if not plugin.layer_commands.open_sample(SAMPLE_COPY, ask=False):
        problems.append("the sample project could not be opened")
    dock = _dock()
    if dock is not None:
        dock.setUserVisible(True)
        dock.raise_()


def _write_output() -> None:
    out = Path(OUTPUT)
    out.mkdir(parents=True, exist_ok=True)
    files = []
    dock = _dock()
    if dock is None or not dock.isVisible():
        problems.append("the Economic Layer dock is not visible")
    plugin = qgis.utils.plugins.get(PLUGIN)
    summary = {}
    schemes = []
    if plugin is not None and plugin.models is not None:
        for name in ("final_plan", "initial_plan"):
            layers = QgsProject.instance().mapLayersByName(name)
            live = plugin.models.get(layers[0]) if layers else None
            if live is None:
                problems.append(f"no economic layer {name} in the sample")
                continue
            table = live.model.table1("zh")
            csv = out / f"table1_{name}.csv"
            table.round(0).to_csv(csv, encoding="utf-8-sig", float_format="%.0f")  # 382796, not 382796.0
            files.append(csv.name)
            project = live.model.indicators()
            summary[name] = {key: project[key] for key in ("cost", "revenue", "net_profit", "npv", "irr")}
            schemes.append((name, live.model))
    if schemes:
        from economic_layer_plugin.io.xlsx import export_workbook

        workbook = out / "zhongshan_third_road_table1.xlsx"
        export_workbook(schemes, workbook, "zh")
        files.append(workbook.name)
        final = QgsProject.instance().mapLayersByName("final_plan")
        if plugin is not None and final:  # the scheme report itself, as the menu writes it
            pdf = out / "zhongshan_third_road_report.pdf"
            error = plugin.report.export(final[0], pdf, "zh", "A3")
            if error:
                problems.append(f"the report PDF: {error}")
            else:
                files.append(pdf.name)
    screenshot = out / "economic_layer_demo.png"
    qgis.utils.iface.mainWindow().grab().save(str(screenshot))
    files.insert(0, screenshot.name)
    files.append("demo_report.json")
    report = {
        "plugin_active": PLUGIN in qgis.utils.active_plugins,
        "dock_title": dock.windowTitle() if dock is not None else None,
        "sample_copy": str(SAMPLE_COPY),
        "schemes": summary,
        "files": files,
        "problems": problems,
    }
    (out / "demo_report.json").write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    _quit()


def _quit() -> None:
    """Quits QGIS with nothing to ask about: no pending edit, a clean project, no layers (QGIS counts a
    layer whose file lies under the temporary folder, as the sample copy does in a clone under /tmp, as
    "temporary" and asks before discarding it; the profile of the headless demo also turns that question
    off)."""
    import time

    from qgis.core import QgsApplication

    deadline = time.monotonic() + 20  # a finished task (the report's) leaves the task manager on the event loop:
    while QgsApplication.taskManager().countActiveTasks() and time.monotonic() < deadline:  # QGIS would ask
        QApplication.processEvents()  # at exit whether to cancel it
        time.sleep(0.05)
    project = QgsProject.instance()
    for layer in project.mapLayers().values():
        if getattr(layer, "isEditable", lambda: False)():
            layer.rollBack()
    project.removeAllMapLayers()
    project.setDirty(False)
    QTimer.singleShot(10_000, _watchdog)
    qgis.utils.iface.actionExit().trigger()


def _watchdog() -> None:
    """Still running 10 s after Exit: QGIS is waiting for an answer. Say what it asked, in one line, and end."""
    modal = QApplication.activeModalWidget()
    question = ""
    if modal is not None:
        text = getattr(modal, "text", lambda: "")()
        question = " ".join(f"{modal.windowTitle()}: {text}".split())[:300]
    print(f"QGIS asked at exit: \"{question or 'no dialog found'}\"; the demo ended it", file=sys.stderr, flush=True)
    os._exit(ASKED_AT_EXIT)


QTimer.singleShot(500, _start)
if OUTPUT:
    QTimer.singleShot(5000, _write_output)
