"""In the real desktop: the sample's Optimise & risk tab, the optimiser dialog, and the optimised scheme
added as a new scheme and compared."""

import os
import sys

sys.path.insert(0, os.environ["ECONOMIC_LAYER_E2E_SCRIPTS"])
import _e2e
from qgis.core import QgsProject
from qgis.PyQt.QtWidgets import QAction, QDockWidget

result = _e2e.result
state = {}


def dock():
    return _e2e.iface().mainWindow().findChild(QDockWidget, "EconomicLayerDock")


def open_sample():
    _e2e.fill_screen()
    _e2e.iface().mainWindow().findChild(QAction, "EconomicLayerActionSample").trigger()


def show_risk():
    dock().tabs.setCurrentWidget(dock().risk)


def look_risk():
    result["risk_summary"] = dock().risk.summary.text()
    result["tornado_rows"] = len(dock().risk.tornado.rows)
    result["screenshot_risk"] = _e2e.screenshot("optimise_risk_tab.png")


def open_dialog():
    from economic_layer_plugin.gui.optimise_dialog import OptimiseDialog

    d = dock()
    dialog = OptimiseDialog(_e2e.iface(), d.layer, d.live.model, d)
    dialog.show()
    state["dialog"] = dialog


def run_optimiser():
    state["dialog"].run()  # a background task


def wait_for_it():
    import time

    from qgis.PyQt.QtCore import QCoreApplication

    deadline = time.monotonic() + 120
    while state["dialog"].busy() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.05)


def look_dialog():
    dialog = state["dialog"]
    result["report"] = dialog.report.toPlainText()
    path = _e2e.ARTIFACTS / "optimise_dialog.png"
    dialog.grab().save(str(path))
    result["screenshot_dialog"] = str(path)


def open_dialog_after_the_stack():
    """The scheme with the feasibility stack, optimised after the stack (its basis chosen in the dialog)."""
    from economic_layer_plugin.core.engine import EconomicModel
    from economic_layer_plugin.gui.optimise_dialog import OptimiseDialog
    from economic_layer_plugin.qgis_adapter.reader import ModuleReader
    from economic_layer_plugin.qgis_adapter.stored_assumptions import assumptions_of

    layer = QgsProject.instance().mapLayersByName("final_plan_feasibility")[0]
    model = EconomicModel.compute(ModuleReader(layer).modules(), assumptions_of(layer))
    dialog = OptimiseDialog(_e2e.iface(), layer, model, dock())
    dialog.basis.setCurrentIndex(1)
    dialog.show()
    state["stacked"] = dialog
    dialog.run()


def look_dialog_after_the_stack():
    import time

    from qgis.PyQt.QtCore import QCoreApplication

    dialog = state["stacked"]
    deadline = time.monotonic() + 120
    while dialog.busy() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.05)
    result["stacked_report"] = dialog.report.toPlainText()
    result["stacked_key"] = dialog.result.key if dialog.result else None
    path = _e2e.ARTIFACTS / "optimise_dialog_after_stack.png"
    dialog.grab().save(str(path))
    result["screenshot_stacked"] = str(path)
    dialog.close()


def add_scheme():
    state["dialog"].add_scheme()


def show_compare():
    dock().tabs.setCurrentWidget(dock().compare)


def look_compare():
    result["active_layer"] = _e2e.iface().activeLayer().name()
    result["schemes"] = [layer.name() for layer in QgsProject.instance().mapLayers().values()]
    result["changes_rows"] = dock().compare.changes.rowCount()
    result["screenshot_compare"] = _e2e.screenshot("optimise_compare.png")


_e2e.steps(
    open_sample,
    show_risk,
    look_risk,
    open_dialog,
    run_optimiser,
    wait_for_it,
    look_dialog,
    open_dialog_after_the_stack,
    look_dialog_after_the_stack,
    add_scheme,
    show_compare,
    look_compare,
    delay_ms=2500,
)
