"""Run by QGIS itself (``qgis --code``) at the start of ``make demo``.

Opens the Economic Layer panel. Headless (ECONOMIC_LAYER_DEMO_OUTPUT set) it then saves a
screenshot and a JSON report into that folder and quits QGIS.
"""

import json
import os
from pathlib import Path

import qgis.utils
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QDockWidget

PLUGIN = "economic_layer_plugin"
OUTPUT = os.environ.get("ECONOMIC_LAYER_DEMO_OUTPUT")


def _dock():
    return qgis.utils.iface.mainWindow().findChild(QDockWidget, "EconomicLayerDock")


def _show_dock() -> None:
    window = qgis.utils.iface.mainWindow()
    if OUTPUT:  # Xvfb has no window manager to maximise the window: give it the whole screen
        window.setGeometry(window.screen().availableGeometry())
    dock = _dock()
    if dock is not None:
        dock.setUserVisible(True)
        dock.raise_()


def _write_output() -> None:
    out = Path(OUTPUT)
    out.mkdir(parents=True, exist_ok=True)
    problems = []
    if PLUGIN not in qgis.utils.active_plugins:
        problems.append(f"plugin {PLUGIN} is not active")
    dock = _dock()
    if dock is None or not dock.isVisible():
        problems.append("the Economic Layer dock is not visible")
    screenshot = out / "economic_layer_demo.png"
    qgis.utils.iface.mainWindow().grab().save(str(screenshot))
    report = {
        "plugin_active": PLUGIN in qgis.utils.active_plugins,
        "dock_title": dock.windowTitle() if dock is not None else None,
        "files": [screenshot.name, "demo_report.json"],
        "problems": problems,
    }
    (out / "demo_report.json").write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    qgis.utils.iface.actionExit().trigger()


QTimer.singleShot(500, _show_dock)
if OUTPUT:
    QTimer.singleShot(4000, _write_output)
