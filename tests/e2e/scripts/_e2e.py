"""Helpers for scripts that run inside the real QGIS desktop (imported by them, not by pytest)."""

import importlib.util
import json
import os
import traceback
from pathlib import Path

import qgis.utils
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QTimer


def load_tests_module(name: str):
    """tests/<name>.py, loaded by its path: putting the repository on sys.path would make QGIS
    import the plugin from the source tree instead of the installed plugin under test."""
    path = Path(os.environ["ECONOMIC_LAYER_E2E_SCRIPTS"]).parents[1] / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"economic_layer_tests_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


qgis_state = load_tests_module("leak_state").qgis_state

PLUGIN = "economic_layer_plugin"
RESULT = Path(os.environ["ECONOMIC_LAYER_E2E_RESULT"])
ARTIFACTS = Path(os.environ["ECONOMIC_LAYER_E2E_ARTIFACTS"])

result = {"errors": []}


def iface():
    return qgis.utils.iface


def state() -> dict:
    return qgis_state(iface())


def screenshot(name: str) -> str:
    path = ARTIFACTS / name
    iface().mainWindow().grab().save(str(path))
    return str(path)


def finish() -> None:
    RESULT.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    # quit without questions: no pending edits, no "save the project?" dialog
    for layer in QgsProject.instance().mapLayers().values():
        if getattr(layer, "isEditable", lambda: False)():
            layer.rollBack()
    # layers in /tmp count as "temporary" in QGIS, which asks before closing: remove them first
    QgsProject.instance().removeAllMapLayers()
    QgsProject.instance().setDirty(False)
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
        result.setdefault("steps_done", []).append(function.__name__)
        RESULT.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
        QTimer.singleShot(delay_ms, next_step)

    QTimer.singleShot(2000, next_step)


def fill_screen() -> None:
    """Xvfb has no window manager to maximise the window: give it the whole screen."""
    window = iface().mainWindow()
    window.setGeometry(window.screen().availableGeometry())
