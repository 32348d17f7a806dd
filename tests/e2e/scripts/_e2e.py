"""Helpers for scripts that run inside the real QGIS desktop (imported by them, not by pytest)."""

import json
import logging
import os
import traceback
from pathlib import Path

import qgis.utils
from qgis.core import QgsApplication, QgsExpression, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QDockWidget, QToolBar

PLUGIN = "economic_layer_plugin"
RESULT = Path(os.environ["ECONOMIC_LAYER_E2E_RESULT"])
ARTIFACTS = Path(os.environ["ECONOMIC_LAYER_E2E_ARTIFACTS"])

result = {"errors": []}


def iface():
    return qgis.utils.iface


def state() -> dict:
    """What a plugin can leave behind in QGIS, counted."""
    window = iface().mainWindow()
    project = QgsProject.instance()
    root = project.layerTreeRoot()
    signals = {
        "project.layersAdded": (project, project.layersAdded),
        "project.layersWillBeRemoved": (project, project.layersWillBeRemoved),
        "project.readProject": (project, project.readProject),
        "project.cleared": (project, project.cleared),
        "layerTree.visibilityChanged": (root, root.visibilityChanged),
        "iface.currentLayerChanged": (iface(), iface().currentLayerChanged),
        "messageLog.messageReceived": (QgsApplication.messageLog(), QgsApplication.messageLog().messageReceived),
    }
    counts = {
        "menus": sorted(a.text() for a in window.menuBar().actions()),
        "toolbar_actions": sum(len(tb.actions()) for tb in window.findChildren(QToolBar)),
        "docks": len(window.findChildren(QDockWidget)),
        "providers": sorted(p.id() for p in QgsApplication.processingRegistry().providers()),
        "expression_functions": len(QgsExpression.Functions()),
        "log_handlers": len(logging.getLogger(PLUGIN).handlers),
    }
    for name, (owner, signal) in signals.items():
        counts[f"receivers:{name}"] = owner.receivers(signal)
    return counts


def screenshot(name: str) -> str:
    path = ARTIFACTS / name
    iface().mainWindow().grab().save(str(path))
    return str(path)


def finish() -> None:
    RESULT.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    iface().actionExit().trigger()


def steps(*functions, delay_ms: int = 300) -> None:
    """Runs the functions one after another, each in its own turn of the event loop, then finishes.

    An exception is recorded in the result and ends the run.
    """
    queue = list(functions)

    def next_step():
        if not queue:
            finish()
            return
        function = queue.pop(0)
        try:
            function()
        except Exception:
            result["errors"].append(traceback.format_exc())
            finish()
            return
        QTimer.singleShot(delay_ms, next_step)

    QTimer.singleShot(2000, next_step)


def fill_screen() -> None:
    """Xvfb has no window manager to maximise the window: give it the whole screen."""
    window = iface().mainWindow()
    window.setGeometry(window.screen().availableGeometry())
